"""A class at once: 50 students send a problem at the same moment, through the real bot.

The real ``Application`` (PTB 22.8, the bot's handlers, worker pool, cache, storage) talks to
the local fake Bot API (``tests/fake_bot_api.py``) over HTTP on 127.0.0.1. Per scenario and
round it pushes 50 updates at once and measures, for each student, the time from the push to
the first message or photo they get; meanwhile five other students each send one /start at a
random moment of the burst's first second (``--old-bystander``: one sending /start again and
again, 8-9 a second, as before session 4). Bursts start 1.2 s apart, each with an empty send
window. Also reported: the p95 of the first 30 replies of each burst (what the 30-a-second cap
lets out at once) and the CPU the bot's event loop spends per message.

Scenarios: corpus-like problems (tests/parse_corpus.yaml), the same with 20% /plot requests,
and seeded random problems (benchmarks/random_inputs.py, harder). Each round uses new problem
texts, so the result cache does not flatter the figures; a last scenario sends one problem that
was already answered (the cache's case). Also: cold start to first reply, and the peak RSS of
the whole process tree (the bot and its workers).

Usage::

    .venv/bin/python benchmarks/bench_burst.py [--rounds 5] [--students 50] [--workers 2]
        [--no-overall-limit]   # without the 30 messages/s cap: the bot's own speed

The fake server runs in a process of its own (as Telegram is remote), so its work does not
take the bot's CPU; the peak RSS counts the bot and its workers, not the fake server.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import yaml  # noqa: E402
from burst_timeline import SolveTimeline, StartTimeline, StorageTrips  # noqa: E402
from fake_bot_api import FakeBotAPI  # noqa: E402

from bot.config import Settings  # noqa: E402

# Nothing heavier at the top: every worker imports this script again as ``__mp_main__`` (a
# script started by path, unlike ``python -m bot``), so what it imports at the top is in every
# worker's memory. Until session 6 that was python-telegram-bot and the whole bot (imported
# here for build_application): ~25 MB a worker that the real bot's workers do not hold.

REPLIES = ("sendMessage", "sendPhoto", "sendDocument")
START_PROBE = None  # a StartTimeline, set by main()
START_SPLITS: list[tuple[float, float, float]] = []
ROUND_GAP = 1.2  # s between bursts: each starts with an empty send window (before session 4
#                  the next burst began at once, inside the last one's second: its first
#                  replies queued behind the cap)


def _tree_rss(exclude: frozenset[int] = frozenset(), root: int = 0) -> dict[str, float]:
    """Resident memory (MB) of a process (``root``; this one by default) and each descendant,
    by role: ``bot`` (that process), ``forkserver``, ``worker N``, ``other`` (Linux /proc);
    and ``pss``, the tree's proportional set size."""
    me = root or os.getpid()
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            ppid, pages = int(fields[1]), int(fields[21])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = pages * os.sysconf("SC_PAGE_SIZE")
    roles: dict[str, float] = {}
    todo = [(me, "bot")]
    while todo:
        pid, role = todo.pop()
        if pid in exclude:
            continue
        roles[role] = roles.get(role, 0) + rss.get(pid, 0) / 1024**2
        roles["pss"] = roles.get("pss", 0) + _pss_mb(pid)
        for child in sorted(children.get(pid, [])):
            todo.append((child, _role(child, role, len(roles))))
    return roles


def _children_cpu(exclude: frozenset[int] = frozenset()) -> float:
    """CPU seconds (user + system) used so far by this process's descendants: the workers,
    the forkserver (Linux /proc; a worker replaced meanwhile takes its seconds with it)."""
    children: dict[int, list[int]] = {}
    cpu: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        cpu[int(entry)] = (int(fields[11]) + int(fields[12])) / tick
    total, todo = 0.0, list(children.get(os.getpid(), []))
    while todo:
        pid = todo.pop()
        if pid not in exclude:
            total += cpu.get(pid, 0.0)
            todo += children.get(pid, [])
    return total


def _pss_mb(pid: int) -> float:
    """Proportional set size: shared pages split between the processes sharing them (the
    memory the tree really takes; RSS counts a shared page in every process)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def _role(pid: int, parent: str, n: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmd = f.read()
    except OSError:
        return "other"
    if parent == "forkserver":  # forked from it: the same command line
        return f"worker {pid}"
    if b"forkserver" in cmd:
        return "forkserver"
    return "other" if b"resource_tracker" in cmd or parent != "bot" else f"child {pid}"


class PeakRSS(threading.Thread):
    """The peak of the whole tree's RSS, and each role's own peak."""

    def __init__(self, exclude: frozenset[int] = frozenset(), root: int = 0) -> None:
        super().__init__(daemon=True)
        self.exclude = exclude
        self.root = root
        self.peak = 0.0
        self.at_peak: dict[str, float] = {}
        self.roles: dict[str, float] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        self.pss = 0.0
        while not self.stop.is_set():
            roles = _tree_rss(self.exclude, self.root)
            self.pss = max(self.pss, roles.pop("pss", 0.0))
            total = sum(roles.values())
            if total > self.peak:
                self.peak, self.at_peak = total, roles
            for role, mb in roles.items():
                self.roles[role] = max(self.roles.get(role, 0.0), mb)
            time.sleep(0.1)

    def report(self) -> str:
        workers = sorted(v for k, v in self.at_peak.items() if k.startswith("worker"))
        parts = [f"{k} {v:.0f}" for k, v in sorted(self.at_peak.items())
                 if not k.startswith("worker")]
        parts += [f"workers {' + '.join(f'{w:.0f}' for w in workers)}"] if workers else []
        return (f"peak RSS of the process tree: {self.peak:.0f} MB ({', '.join(parts)} MB); "
                f"peak PSS {self.pss:.0f} MB")


class LoopLag:
    """The event loop's lag: a task sleeps 10 ms again and again and records how late it
    wakes (what any callback waits behind: a busy loop shows here)."""

    def __init__(self, every: float = 0.01) -> None:
        self.every = every
        self.lags: list[float] = []
        self.task: asyncio.Task | None = None

    async def _probe(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            t = loop.time()
            await asyncio.sleep(self.every)
            self.lags.append(loop.time() - t - self.every)

    def start(self) -> None:
        self.task = asyncio.get_running_loop().create_task(self._probe())

    def take(self) -> list[float]:
        lags, self.lags = self.lags, []
        return lags


class StorageClock:
    """Seconds spent inside ``Storage`` methods on the event loop's thread (SQLite calls the
    loop waits for), counted by wrapping every public method."""

    def __init__(self) -> None:
        from bot.storage import Storage

        self.seconds = 0.0
        self.calls = 0
        loop_thread = threading.get_ident()
        for name, fn in list(vars(Storage).items()):
            if name.startswith("_") or not callable(fn) or name in (
                    "transaction", "run", "serving", "now"):  # (the last two run no SQL)
                continue

            def timed(*a, __fn=fn, **k):
                if threading.get_ident() != loop_thread:
                    return __fn(*a, **k)
                t = time.perf_counter()
                try:
                    return __fn(*a, **k)
                finally:
                    self.seconds += time.perf_counter() - t
                    self.calls += 1

            setattr(Storage, name, timed)

    def take(self) -> tuple[float, int]:
        out = (self.seconds, self.calls)
        self.seconds, self.calls = 0.0, 0
        return out


def corpus_texts() -> list[str]:
    entries = yaml.safe_load((ROOT / "tests" / "parse_corpus.yaml").read_text(encoding="utf-8"))
    return [e["text"] for e in entries if e.get("kind")]


def random_texts(seed: int) -> list[str]:
    from random_inputs import problems

    return [text for _, text in problems(random.Random(seed), 3)]


def _server(conn, limits: bool) -> None:
    """The fake Bot API in its own process (Telegram is remote: its work must not take this
    process's CPU or GIL), with Telegram's limits (``limits``): 30 messages in any one-second
    window overall, one a second to a chat, 429 ``retry_after: 1`` beyond. Commands:
    ("send", chat, text) -> push time; ("first", chats) -> {chat: first reply delivered};
    "stats" -> (messages delivered, 429s, [messages per chat]); "stop"."""
    fake = FakeBotAPI()
    if limits:
        fake.rate_limit, fake.per_chat_interval = 30, 1.0
    fake.start()
    conn.send((fake.url, fake.token))
    first: dict[str, float] = {}
    per_chat: dict[str, int] = {}
    seen = 0
    while (msg := conn.recv()) != "stop":
        if msg[0] == "send":
            fake.send_text(msg[1], msg[2])
            conn.send(time.monotonic())
        elif msg[0] == "sendmany":  # a class at once: one round trip for every update
            times = []
            for chat, text in msg[1]:
                fake.send_text(chat, text)
                times.append(time.monotonic())
            conn.send(times)
        elif msg[0] == "stats":
            conn.send((sum(per_chat.values()), fake.rejected[429], sorted(per_chat.values())))
            per_chat.clear()
            fake.rejected.clear()
        else:
            calls = fake.calls
            for c in calls[seen:len(calls)]:
                if c.method in REPLIES and c.result is not None:  # a 429 is not a reply
                    chat = str(c.params.get("chat_id"))
                    first.setdefault(chat, c.at)
                    per_chat[chat] = per_chat.get(chat, 0) + 1
            seen = len(calls)
            conn.send({chat: first.get(str(chat)) for chat in msg[1]})
    fake.stop()


class RemoteFake:
    def __init__(self, limits: bool = True) -> None:
        import multiprocessing

        self.conn, child = multiprocessing.Pipe()
        self.proc = multiprocessing.get_context("spawn").Process(target=_server,
                                                                 args=(child, limits),
                                                                 daemon=True)
        self.proc.start()
        self.url, self.token = self.conn.recv()

    def send_text(self, chat: int, text: str) -> float:
        self.conn.send(("send", chat, text))
        return self.conn.recv()

    def send_many(self, pairs: list[tuple[int, str]]) -> list[float]:
        self.conn.send(("sendmany", pairs))
        return self.conn.recv()

    def first(self, chats: list[int]) -> dict[int, float | None]:
        self.conn.send(("first", chats))
        return self.conn.recv()

    def stats(self) -> tuple[int, int, list[int]]:
        self.conn.send(("stats",))
        return self.conn.recv()

    def stop(self) -> None:
        self.conn.send("stop")
        self.proc.join(10)


def _first_reply_at(fake: RemoteFake, chat: int) -> float | None:
    return fake.first([chat])[chat]


async def burst(fake: RemoteFake, texts: list[str], base_chat: int, rng: random.Random,
                bystanders: int = 5, spread: float = 1.0, old_bystander: bool = False,
                timeout: float = 120.0) -> tuple[list[float], list[float], float]:
    """Push every text at once (one student each); first-reply latencies, /start latencies
    of bystanders during the burst, and the wall time until the last reply.

    Bystanders: ``bystanders`` other students each send one /start at a random moment of the
    burst's first ``spread`` seconds (``old_bystander``: one student sending /start again and
    again, 8-9 a second, as before session 4: those took places in the send window the class
    needed and skewed the burst's figures)."""
    chats = [base_chat + i for i in range(len(texts))]
    # The pipe to the fake Telegram is used from a thread: a blocking round trip on the bot's
    # own event loop (every 2-10 ms before session 4) stalled the bot it measures.
    pushed = await asyncio.to_thread(fake.send_many, list(zip(chats, texts, strict=True)))
    start = pushed[0]
    if old_bystander:
        done, starts = await _old_bystander(fake, chats, base_chat + 9000, timeout)
    else:
        offsets = sorted(rng.uniform(0, spread) for _ in range(bystanders))
        others = [base_chat + 9000 + i for i in range(bystanders)]
        asked: dict[int, float] = {}
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for chat, offset in zip(others, offsets, strict=True):
                if chat not in asked and time.monotonic() - start >= offset:
                    asked[chat] = await asyncio.to_thread(fake.send_text, chat, "/start")
            seen = await asyncio.to_thread(fake.first, chats + others)
            done = {c: seen[c] for c in chats}
            if all(v is not None for v in seen.values()) and len(asked) == len(others):
                break
            await asyncio.sleep(0.01)  # the poll is a pipe round trip on the bot's own loop
        starts = [seen[c] - asked[c] for c in others if seen.get(c) is not None]
        if START_PROBE is not None:
            START_SPLITS.extend(START_PROBE.split(c, asked[c], seen[c]) for c in others
                                if seen.get(c) is not None)
    latencies = [(done[c] - p) if done.get(c) is not None else float("inf")
                 for c, p in zip(chats, pushed, strict=True)]
    wall = max((v for v in done.values() if v is not None), default=start) - start
    return latencies, starts, wall


async def _old_bystander(fake: RemoteFake, chats: list[int], bystander: int,
                         timeout: float) -> tuple[dict[int, float | None], list[float]]:
    starts: list[float] = []
    deadline = time.monotonic() + timeout
    k = 0
    done: dict[int, float | None] = {}
    while time.monotonic() < deadline:
        done = fake.first(chats)
        if all(v is not None for v in done.values()):
            break
        chat = bystander + k
        k += 1
        t = fake.send_text(chat, "/start")
        got = None
        while got is None and time.monotonic() < t + 10:
            await asyncio.sleep(0.002)
            got = _first_reply_at(fake, chat)
        if got is not None:
            starts.append(got - t)
        await asyncio.sleep(0.1)
    return done, starts


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")


def _line(label: str, lat: list[float], starts: list[float], n_cores: int, wall: float) -> str:
    solves = len([x for x in lat if x != float("inf")])
    return (f"{label:<28} p50 {statistics.median(lat):5.2f} s  p95 {_pct(lat, 0.95):5.2f} s  "
            f"max {max(lat):5.2f} s  | {solves / wall / n_cores:5.1f} solves/s/core  "
            f"| bystander /start p95 {_pct(starts, 0.95) * 1000:4.0f} ms (n={len(starts)})")


def _forked_workers(root: int) -> int:
    """How many workers the forkserver under ``root`` has forked (they start warm)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parents[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    servers = {p for p, pp in parents.items() if pp == root and _role(p, "bot", 0) == "forkserver"}
    return sum(1 for pp in parents.values() if pp in servers)


async def process_cold_start(fake: RemoteFake, workers: int, tmp: str,
                             bursts: list[list[str]]) -> tuple[str, str]:
    """``python -m bot run`` as an operator starts it, against the fake Telegram: seconds from
    the process's start to the first reply to a problem sent at that moment (Python's start,
    the imports, the database, the forkserver and warm workers included), and to every worker
    forked (from the preloaded forkserver: warm). Then ``bursts`` (one student a text, all at
    once) through that process: the peak RSS and PSS of the real process tree, whose workers
    import nothing of this script."""
    import subprocess

    env = dict(os.environ, TELEGRAM_BOT_TOKEN=fake.token, TELEGRAM_API_URL=fake.url,
               DATABASE_PATH=str(Path(tmp) / "cold.db"), SOLVER_WORKERS=str(workers),
               LOG_LEVEL="WARNING")
    chat = 999_001
    began = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    fake.send_text(chat, "det [[1,2],[3,4]]")
    try:
        all_forked, scanned = None, 0.0
        while (at := _first_reply_at(fake, chat)) is None or all_forked is None:
            if proc.poll() is not None or time.monotonic() - began > 60:
                return f"no reply (exit {proc.poll()}): {proc.stderr.read()[-300:]!r}", ""
            if all_forked is None and time.monotonic() - scanned >= 0.05:  # a scan of /proc
                scanned = time.monotonic()  # costs ~4 ms of CPU: not one every 5 ms (the
                if _forked_workers(proc.pid) >= workers:  # start it measures needs the cores)
                    all_forked = scanned - began
            await asyncio.sleep(0.005)
        cold = f"{at - began:.2f} s, every worker forked warm at {all_forked:.2f} s"
        peak = PeakRSS(root=proc.pid)
        peak.start()
        for texts in bursts:
            chats = list(range(chat + 1, chat + 1 + len(texts)))
            await asyncio.to_thread(fake.send_many, list(zip(chats, texts, strict=True)))
            while None in (await asyncio.to_thread(fake.first, chats)).values():
                if proc.poll() is not None or time.monotonic() - began > 300:
                    return cold, f"burst unanswered (exit {proc.poll()})"
                await asyncio.sleep(0.05)
            chat += len(texts) + 1
        await asyncio.sleep(0.5)  # what the workers hold once the bursts are done
        peak.stop.set()
        peak.join()
        return cold, peak.report()
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--students", type=int, default=50)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-overall-limit", action="store_true",
                    help="lift the 30 messages/s, ours and the fake Telegram's (what the bot's "
                         "CPU alone does; "
                         "Telegram would answer 429 beyond ~30/s)")
    ap.add_argument("--bystanders", type=int, default=5,
                    help="other students, each sending one /start at a random moment of the "
                         "burst's first second")
    ap.add_argument("--old-bystander", action="store_true",
                    help="the bystander before session 4: /start again and again, 8-9 a second")
    ap.add_argument("-v", "--verbose", action="store_true", help="every latency, sorted")
    ap.add_argument("--only", default="", help="run the scenarios whose name contains this")
    ap.add_argument("--profile", default="",
                    help="cProfile the bot's process (its event loop) during the bursts into "
                         "this file (pstats)")
    args = ap.parse_args()
    from bot.workers import bot_process_env

    bot_process_env()  # as `python -m bot run` does: this process is the bot's
    if args.no_overall_limit:
        import bot.telegram_app as adapter
        from bot.delivery import SendWindow

        adapter.SendWindow = lambda: SendWindow(limit=0)  # type: ignore[misc]  # no limit
    cores = os.cpu_count() or 1
    rng = random.Random(args.seed)
    corpus = corpus_texts()
    rng.shuffle(corpus)
    rand = random_texts(args.seed)
    rng.shuffle(rand)

    storage_clock = StorageClock()
    trips = StorageTrips()
    global START_PROBE
    START_PROBE = StartTimeline()
    timeline = SolveTimeline(os.path.join(tempfile.gettempdir(),
                                          f"burst-timeline-{os.getpid()}.txt"))
    fake = RemoteFake(limits=not args.no_overall_limit)
    fake_pid = frozenset({fake.proc.pid})
    with tempfile.TemporaryDirectory() as tmp:
        n = args.students
        real_bursts = [[("/plot " + t if i % 5 == 0 else t)
                        for i, t in enumerate(corpus[-(r + 1) * n:][:n])] for r in range(2)]
        cold, real_memory = await process_cold_start(fake, args.workers, tmp, real_bursts)
        print(f"cold start of `python -m bot run`: first reply {cold} after the process "
              f"started ({args.workers} workers, {cores} cores)")
        print(f"`python -m bot run` through 2 bursts of {n} (20% plots): {real_memory}")
        peak = PeakRSS(fake_pid)  # this process's tree from here on (not the one above)
        peak.start()
        settings = Settings(telegram_bot_token=fake.token, telegram_api_url=fake.url,
                            database_path=Path(tmp) / "burst.db", solver_workers=args.workers,
                            solver_timeout_seconds=10)
        from bot.telegram_app import build_application

        started = time.monotonic()
        app = build_application(settings)
        await app.initialize()
        await app.post_init(app)
        await app.start()
        await app.updater.start_polling(poll_interval=0, timeout=1)
        await app.bot_data["warm_up"]
        warm = time.monotonic() - started
        fake.send_text(1, "det [[1,2],[3,4]]")
        while _first_reply_at(fake, 1) is None:
            await asyncio.sleep(0.005)
        print(f"in-process start: workers warm in {warm:.2f} s; first reply "
              f"{_first_reply_at(fake, 1) - started:.2f} s after start "
              f"({args.workers} workers, {cores} cores)")
        n, chat = args.students, 10_000
        scenarios = {
            "corpus (text)": lambda r: corpus[(r * n) % len(corpus):][:n],
            "corpus + 20% plots": lambda r: [
                ("/plot " + t if i % 5 == 0 else t)
                for i, t in enumerate(corpus[((r + args.rounds) * n) % len(corpus):][:n])],
            "seeded random (harder)": lambda r: rand[(r * n) % len(rand):][:n],
        }
        lag = LoopLag()
        lag.start()
        profiler = None
        if args.profile:
            import cProfile

            profiler = cProfile.Profile()
        for label, make in scenarios.items():
            if args.only not in label:
                continue
            all_lat, all_starts, first_30 = [], [], []
            loop_cpu = process_cpu = workers_cpu = 0.0
            lag.take()
            storage_clock.take()
            trips.take()
            timeline.take()
            bursts: list[tuple[float, float]] = []
            fake.first([])
            fake.stats()
            t0 = time.monotonic()
            for r in range(args.rounds):
                await asyncio.sleep(ROUND_GAP)  # the last burst's messages leave the window
                texts = make(r)
                texts = (texts * (n // max(1, len(texts)) + 1))[:n]
                if profiler is not None:
                    profiler.enable()
                cpu = time.thread_time(), time.process_time(), _children_cpu(fake_pid)
                began = time.monotonic()
                lat, starts, wall = await burst(fake, texts, chat, rng, args.bystanders,
                                                old_bystander=args.old_bystander)
                bursts.append((began, time.monotonic()))
                loop_cpu += time.thread_time() - cpu[0]
                process_cpu += time.process_time() - cpu[1]
                workers_cpu += _children_cpu(fake_pid) - cpu[2]
                if profiler is not None:
                    profiler.disable()
                first_30 += sorted(lat)[:30]
                if args.verbose:
                    print("    " + " ".join(f"{x:.2f}" for x in sorted(lat)))
                chat += 20_000
                all_lat += lat
                all_starts += starts
                print("  " + _line(f"{label} round {r + 1}", lat, starts, cores, wall))
            print(_line(f"{label} (all rounds)", all_lat, all_starts, cores, 1.0).split("|")[0]
                  + f"| bystander /start p95 {_pct(all_starts, 0.95) * 1000:4.0f} ms"
                  + f" | the first 30 of each burst: p95 {_pct(first_30, 0.95):4.2f} s")
            fake.first([])
            sent, refused, per_chat = fake.stats()
            most = per_chat[-1] if per_chat else 0
            print(f"    {sent} messages delivered ({most} at most to one"
                  f" chat), {refused} answered 429 by the fake Telegram")
            lags = lag.take()
            db_s, db_calls = storage_clock.take()
            span = time.monotonic() - t0
            updates = args.rounds * (n + args.bystanders)
            print(f"    CPU of the bot's process (not its workers) {process_cpu:.2f} s, of which "
                  f"its event loop's thread {loop_cpu:.2f} s: "
                  f"{loop_cpu / updates * 1000:.1f} ms a message on the loop; the workers "
                  f"{workers_cpu:.2f} s: {workers_cpu / (args.rounds * n) * 1000:.1f} ms a "
                  "problem")
            print(f"    event loop lag p95 {_pct(lags, 0.95) * 1000:.1f} ms, max "
                  f"{max(lags, default=0) * 1000:.1f} ms; SQLite on the loop {db_s * 1000:.0f} ms"
                  f" in {db_calls} calls over {span:.1f} s")
            print("    " + StorageTrips.report(*trips.take(), problems=args.rounds * n))
            print("    results from the workers (gaps between consecutive arrivals, within a "
                  "burst):")
            print(SolveTimeline.report(timeline.take(), bursts, timeline.names))
            print("    " + StartTimeline.report(START_SPLITS))
            START_SPLITS.clear()
        if profiler is not None:
            profiler.dump_stats(args.profile)
        # the same problem a second time, from another student: the cache answers
        text = corpus[0]
        fake.send_text(chat, text)
        while _first_reply_at(fake, chat) is None:
            await asyncio.sleep(0.002)
        t = fake.send_text(chat + 1, text)
        while _first_reply_at(fake, chat + 1) is None:
            await asyncio.sleep(0.001)
        print(f"repeated problem (second time, another student): "
              f"{(_first_reply_at(fake, chat + 1) - t) * 1000:.0f} ms end to end")
        await app.updater.stop()
        await app.stop()
        await app.post_shutdown(app)
        await app.shutdown()
    peak.stop.set()
    print(peak.report())
    fake.stop()


if __name__ == "__main__":
    asyncio.run(main())
