"""Practice figures: grading, generated questions, hints and the /progress chart.

Usage::

    .venv/bin/python benchmarks/bench_practice.py

In this process (what one worker does per task): every bank free question graded with its own
key (must be right) and with its key negated where that is a number (must be wrong, and the
hint must name the sign); one generated question per module; the /progress chart for 15
modules and 14 days. Prints medians, p95 and the PNG size.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot import jobs
from content import load_curriculum


def _ms(times: list[float]) -> str:
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    return f"median {statistics.median(times) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms"


def main() -> int:
    cur = load_curriculum()
    free = [q for q in cur.questions() if q.type == "free"]
    jobs.grade_job(free[0].id, free[0].answer)  # warm-up: imports, caches
    times, wrong_keys, signs, sign_tries = [], [], 0, 0
    for q in free:
        t = time.perf_counter()
        result = jobs.grade_job(q.id, q.answer)
        times.append(time.perf_counter() - t)
        if not (result.understood and result.correct):
            wrong_keys.append(q.id)
        if q.answer.lstrip("-").isdigit() and q.answer != "0":
            sign_tries += 1
            negated = q.answer[1:] if q.answer.startswith("-") else "-" + q.answer
            hinted = jobs.grade_job(q.id, negated)
            signs += (not hinted.correct) and "sign" in hinted.hint
    print(f"grade_job, {len(free)} bank keys: {_ms(times)}; keys graded wrong: {wrong_keys}")
    print(f"sign-slip hint on negated integer keys: {signs}/{sign_tries}")
    gen_times = []
    for m in cur.modules:
        t = time.perf_counter()
        g = jobs.generate_job(m.id, 1, "free")
        gen_times.append(time.perf_counter() - t)
        if g is not None:
            assert jobs.grade_job(g.id, g.answer).correct, g.id
    print(f"generate_job, one per module ({len(gen_times)}): {_ms(gen_times)}; "
          "each graded right with its own key")
    rows = [(f"{m.course.upper()} W{m.week} {m.title}", i % 5) for i, m in enumerate(cur.modules)]
    days = [(f"{d} Dec", d % 4, d % 3) for d in range(1, 15)]
    chart_times = []
    for _ in range(5):
        t = time.perf_counter()
        png = jobs.progress_chart_job(rows, days)
        chart_times.append(time.perf_counter() - t)
    print(f"/progress chart: {_ms(chart_times)}; {len(png) / 1000:.0f} KB")
    return 0 if not wrong_keys else 1


if __name__ == "__main__":
    raise SystemExit(main())
