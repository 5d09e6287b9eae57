"""The tutor core: one event in, a list of replies out. Transport-independent.

``Tutor.handle`` routes an event to the feature module that owns it (``start``, ``solving``,
``lessons``, ``quiz``, ``practice``, ``review`` (here), ``interview``, ``progress``,
``preferences``). Every feature takes the one ``Context`` (settings, storage, worker pool,
curriculum, clock) and none imports another: a flow that crosses features (a menu button,
"Quiz me on this", the concept search after a failed solve, "Related lesson", a worked solution
under a quiz or practice question, /review serving due cards of every kind) is wired here.
"""

from __future__ import annotations

import inspect
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from solver.kinds import NAMES as KINDS

from . import (
    admin,
    chat,
    interview,
    lessons,
    practice,
    preferences,
    privacy,
    progress,
    push,
    quiz,
    schedule,
    solving,
    start,
    texts,
)
from .config import Settings
from .context import Clock, Context, system_clock
from .events import (
    Button,
    ButtonPress,
    Command,
    Document,
    Event,
    Keyboard,
    Photo,
    Quiz,
    QuizAnswer,
    Reply,
    Text,
    TextMessage,
    Tick,
    Typing,
    User,
    keyboard,
)
from .gate import Busy, Gate
from .questions import Worked, question_snippet
from .srs import iso
from .storage import Storage, UserRow
from .workers import WorkerPool

if TYPE_CHECKING:
    from content import Curriculum

logger = logging.getLogger(__name__)

Handler = Callable[[Context, Event], Awaitable[list[Reply]]]
# A handler whose work is SQL and content only is a plain function: the router runs it on the
# database thread, in the event's first hop (``Tutor._open``); a ``Worked`` it returns gets
# its solution from the workers after the hop. The SQL of an async handler goes through
# ``ctx.storage.run`` too: no handler touches SQLite on the event loop
# (tests/test_loop_sqlite.py walks the flows and checks).
Step = Callable[[Context, Event], "list[Reply] | Worked"]
AnyHandler = Handler | Step


def in_hop(handler: AnyHandler) -> bool:
    """Whether the router runs ``handler`` on the database thread (a plain function)."""
    return not inspect.iscoroutinefunction(handler)


# ------------------------------------------------------- flows that cross features
_SOLVER_FAILURES = (texts.TOO_SLOW.split("{")[0], texts.CRASHED, "🧠")


def _failed(replies: list[Reply]) -> bool:
    return any(isinstance(r, Text) and r.html.startswith(_SOLVER_FAILURES) for r in replies)


def _tally(ctx: Context) -> Callable[[list[Reply]], None]:
    """Count a solver request (and a failure: timeout, crash, memory) for /stats: a storage
    function, run in the hop that stores the problem (``solving.solve_text``'s ``record``)."""
    def tally(replies: list[Reply]) -> None:
        admin.count(ctx, "solver_requests", *(["solver_errors"] * _failed(replies)))
    return tally


async def _counted(ctx: Context, replies: list[Reply]) -> list[Reply]:
    """Count a solver request in a hop of its own (the paths that store nothing)."""
    await ctx.storage.run(_tally(ctx), replies)
    return replies


@dataclass(frozen=True)
class Opened:
    """What an event's first database hop read (``Tutor._open``): whether a settings menu
    waits for a typed answer, the open practice question (``practice.open_ask``), and the
    replies of a handler that ran in that hop (``in_hop``)."""

    setting: bool = False
    ask: tuple | None = None
    replies: list[Reply] | Worked | None = None


async def _text_message(ctx: Context, event: Event, opened: Opened | None = None
                        ) -> list[Reply]:
    """A typed message: the answer to a pending question, else a problem, else a concept.
    ``opened``: the router's first hop read the state it is judged against (else: read here)."""
    assert isinstance(event, TextMessage)
    if not event.text.strip():
        return [Text("Send me a problem or a question. " + texts.SOLVE_PROMPT)]
    if opened is None or opened.setting:  # "7pm" right after the time menu (one hop)
        setting = await ctx.storage.run(preferences.typed_setting, ctx, event)
        if setting is not None:
            return setting
    polite = await chat.before_solving(ctx, event)  # small talk, help, unsupported topics
    if polite is not None:
        return polite
    graded = await practice.typed_answer(ctx, event, opened.ask if opened else None)
    if graded is not None:
        return await _worked(ctx, event.user, graded)
    replies = await solving.solve_text(ctx, event.user, event.text,
                                       fallback=_not_a_problem(ctx, event.user),
                                       record=_tally(ctx))
    return _with_buttons(replies, _STUCK)  # "could not read that" leads on


# Under a reply that would otherwise end the conversation (the solver could not read it).
_STUCK = keyboard([Button("❓ What I can do", f"{texts.MENU}help"),
                   Button("📚 Learn", f"{texts.MENU}learn")])


def _not_a_problem(ctx: Context, user: User) -> solving.Fallback:
    """What a message that is not a problem gets: the concept search, else a kind reply."""
    def answer(text: str) -> list[Reply] | None:
        if chat.carries_math(text):  # the solver's own reply says what it could not read
            return None
        return lessons.concept_answer(ctx, user, text) or chat.after_solving(ctx, user, text)

    return answer


async def _solve_command(ctx: Context, event: Event) -> list[Reply]:
    topic = chat.unsupported_topic(event.args) if isinstance(event, Command) else None
    if topic is not None:  # "/solve integrate x^2": say so, not a wrong error
        return await ctx.storage.run(chat.cant_do, ctx, event.user, topic)
    replies = await solving.solve_command(ctx, event, fallback=_not_a_problem(ctx, event.user),
                                          record=_tally(ctx))
    return _with_buttons(replies, _STUCK)


def _with_buttons(replies: list[Reply], buttons: Keyboard) -> list[Reply]:
    """The last message of a reply gets the next steps, when it has none of its own."""
    for i in range(len(replies) - 1, -1, -1):
        last = replies[i]
        if isinstance(last, Text | Photo):
            if not last.buttons:
                replies[i] = replace(last, buttons=buttons)
            break
    return replies


def _after_solution(data: str) -> Keyboard:
    """Under a solution's plot or its full working: back to the problem (a plot may come from
    bare math, which has no working yet), a new problem, the lessons."""
    action, _, rest = data.removeprefix(texts.SOLUTION).partition(":")
    back = [Button("🧮 Work with it", f"{texts.SOLUTION}op:{rest}")] if action == "plot" else []
    return keyboard(back, [Button("🧮 New problem", f"{texts.MENU}solve"),
                           Button("📚 Learn", f"{texts.MENU}learn")])


async def _plot_command(ctx: Context, event: Event) -> list[Reply]:
    """/plot TEXT, then the way on: work with the same input, or something new."""
    assert isinstance(event, Command)
    replies = await solving.plot_command(ctx, event)
    if not any(isinstance(r, Photo) for r in replies):
        return await _counted(ctx, replies)
    pid = await ctx.storage.run(_remember_counted, ctx, event.user.id, event.args.strip(),
                                replies)  # one hop: the problem and the count
    return _with_buttons(replies, keyboard(
        [Button("🧮 Work with it", f"{texts.SOLUTION}op:{pid}")],
        [Button("🧮 New problem", f"{texts.MENU}solve"),
         Button("📚 Learn", f"{texts.MENU}learn")]))


def _remember_counted(ctx: Context, user_id: int, text: str, replies: list[Reply]) -> int:
    with ctx.storage.transaction():
        _tally(ctx)(replies)
        return ctx.storage.remember_problem(user_id, text)


async def _worked(ctx: Context, user: User, out: list[Reply] | Worked) -> list[Reply]:
    """A feature's replies, with the solver's worked solution filled in where it asked."""
    if not isinstance(out, Worked):
        return out
    steps = await solving.solve_text(ctx, user, out.solve)
    return [*out.before, *steps, *out.after]


async def _practice_button(ctx: Context, event: Event) -> list[Reply]:
    return await _worked(ctx, event.user, await practice.practice_button(ctx, event))


async def _review(ctx: Context, event: Event) -> list[Reply]:
    """/review: the most overdue card first, whatever it is (a quiz poll, a question to work
    out, an interview flashcard). Cards whose question left the content are passed over."""
    user = event.user
    due = await ctx.storage.run(ctx.storage.due_cards, user.id, iso(ctx.now()))
    asked = await _ask_due(ctx, user, due, flashcards=True)
    if asked:
        return [Text(texts.REVIEW_HEADER.format(count=len(due))), *asked]
    return await ctx.storage.run(_nothing_due, ctx, user)


def _nothing_due(ctx: Context, user: User) -> list[Reply]:
    """/review with no card due: when the next one is, and the way on (one hop)."""
    dues = sorted(ctx.storage.card_dues(user.id).values())
    if dues:
        wait = datetime.fromisoformat(dues[0]) - ctx.now()
        hours = wait.total_seconds() / 3600
        when = (f"in about {max(1, round(hours * 60))} min" if hours < 1 else
                f"in about {round(hours)} h" if hours < 36 else
                f"in about {round(hours / 24)} days")
        text = texts.REVIEW_NONE.format(next=texts.REVIEW_NEXT.format(when=when))
    else:
        text = texts.REVIEW_NONE.format(next=texts.REVIEW_EMPTY)
    module = ctx.current_ref(user.id).module
    return [Text(text, keyboard([Button(texts.NEXT_QUESTION, f"{texts.QUIZ}next:{module.id}"),
                                 Button(texts.BUTTON_PRACTISE,
                                        f"{texts.PRACTICE}next:{module.id}")]))]


def _is_choice(ctx: Context, question_id: str) -> bool:
    try:
        return ctx.curriculum.question(question_id).type == "choice"
    except KeyError:
        return False


def _start(ctx: Context, event: Event) -> list[Reply]:
    """/start: the welcome with one line on the daily question (and its settings)."""
    replies = start.start(ctx, event)
    intro = preferences.daily_intro(ctx, event.user.id)
    if replies and isinstance(replies[0], Text):
        first = replies[0]
        replies[0] = Text(f"{first.html}\n{intro}", first.buttons, first.edit)
    return replies


def _admin_only(handler: Step) -> Step:
    """Admins get the command; everyone else the normal unknown-command reply."""

    def guarded(ctx: Context, event: Event) -> list[Reply] | Worked:
        if event.user.id not in ctx.settings.admin_user_ids:
            if isinstance(event, Command):
                return start.unknown_command(ctx, event)
            return start.stale_button(ctx, event)
        return handler(ctx, event)

    return guarded


async def daily_question(ctx: Context, user: User) -> list[Reply]:
    """The day's question: a due review card first (a quiz poll or a question to work out),
    else the next new question of the student's module."""
    due = await ctx.storage.run(ctx.storage.due_cards, user.id, iso(ctx.now()))
    # flashcards wait for /review or /interview; the push's SQL runs off the event loop
    return (await _ask_due(ctx, user, due, flashcards=False)
            or await ctx.storage.run(quiz.daily_question, ctx, user))


async def _ask_due(ctx: Context, user: User, due: list[tuple[str, str]],
                   flashcards: bool) -> list[Reply]:
    """Ask the most overdue card that is still in the content (a quiz poll, a question to
    work out, or an interview flashcard when ``flashcards``); [] when there is none."""
    for key, _ in due:
        if key.startswith(interview.PREFIX):  # (plain SQL and content: the database thread)
            asked = (await ctx.storage.run(interview.ask_card_id, ctx, user, key)
                     if flashcards else None)
        elif _is_choice(ctx, key):
            asked = await ctx.storage.run(quiz.ask_question_id, ctx, user, key)
        else:
            asked = await practice.ask_question_id(ctx, user, key)
        if asked:
            return asked
    return []


async def daily_push(ctx: Context, user: UserRow) -> list[Reply]:
    """The push's message: the day's question with the streak line."""
    replies = await daily_question(ctx, User(user.id, user.name, user.language))
    days, _ = await ctx.storage.run(push.current_streak, ctx, user)
    return push.with_streak(replies, days)


async def _tick(ctx: Context, event: Event) -> list[Reply]:
    """A Tick (terminal, tests): what the daily push would send this student now."""
    user = await ctx.storage.run(ctx.storage.user, event.user.id)
    return await daily_push(ctx, user) if user is not None else []


async def _solution_button(ctx: Context, event: Event) -> list[Reply]:
    assert isinstance(event, ButtonPress)
    topic = solving.lesson_topic(event.data)
    if topic is not None:  # "Related lesson" under a solution: the /learn bookmark stays
        return await lessons.lesson_for_topic(ctx, event.user, topic)
    replies = await solving.solution_button(ctx, event)
    if event.data.startswith((f"{texts.SOLUTION}plot:", f"{texts.SOLUTION}more:")):
        return _with_buttons(replies, _after_solution(event.data))
    return replies


async def _lesson_button(ctx: Context, event: Event) -> list[Reply]:
    assert isinstance(event, ButtonPress)
    action, _, snippet_id = event.data.removeprefix(texts.LESSON).partition(":")
    if action == "quiz" and ctx.curriculum.has_snippet(snippet_id):  # "Quiz me on this"
        ref = ctx.curriculum.snippet(snippet_id)
        topics = [q.topic for q in ref.module.questions if q.type == "choice"
                  and question_snippet(ctx.curriculum, ref.module.id, q.topic).id == ref.id]
        return await ctx.storage.run(quiz.ask_choice, ctx, event.user, ref.module,
                                     topics[0] if topics else None)
    if action == "see":  # a lesson's picture, then the way on with the lesson
        plot = lessons.lesson_plot(ctx, snippet_id)
        if plot is None:
            return await lessons.lesson_button(ctx, event)
        replies = [Typing(), *await solving.plot_reply(ctx, plot)]
        buttons = await ctx.storage.run(lessons.picture_buttons, ctx, event.user, snippet_id)
        return _with_buttons(replies, buttons)
    return await lessons.lesson_button(ctx, event)


MENU_ACTIONS: dict[str, AnyHandler] = {  # M:<action> (the router resolves them)
    "learn": lessons.learn,
    "quiz": quiz.quiz,
    "solve": start.solve_prompt,
    "settings": preferences.settings,
    "help": start.help_,
}


COMMAND_HANDLERS: dict[str, AnyHandler] = {
    "start": _start,
    "help": start.help_,
    "learn": lessons.learn,
    "topics": lessons.topics,
    "quiz": quiz.quiz,
    "practice": practice.practice,
    "review": _review,
    "progress": progress.progress,
    "interview": interview.interview,
    "solve": _solve_command,
    "plot": _plot_command,
    "settings": preferences.settings,
    "privacy": privacy.privacy,
    "mydata": privacy.mydata,
    "forget": privacy.forget,
    "daily": preferences.daily,
    "stats": _admin_only(admin.stats),
    "broadcast": _admin_only(admin.broadcast),
}

BUTTON_HANDLERS: dict[str, AnyHandler] = {
    texts.SOLUTION: _solution_button,
    texts.LESSON: _lesson_button,
    texts.TOPICS: lessons.topics_button,
    texts.PRIVACY_PREFIX: privacy.privacy_button,
    texts.QUIZ: quiz.quiz_button,
    texts.PRACTICE: _practice_button,
    texts.INTERVIEW: interview.interview_button,
    texts.REVIEW: _review,
    texts.PREFS: preferences.prefs_button,
    texts.BROADCAST: _admin_only(admin.broadcast_button),
}


_BUTTON_RE = re.compile(r"[A-Z]:[A-Za-z0-9_.:~\-]{1,62}")
_KIND_ACTIONS = frozenset({"op", "more", "plot", "lesson", "alt"})  # S:<action>:<id>:<slot>


def valid_button(data: str) -> bool:
    """Callback data we could have made: short, our alphabet, sane ids, known kinds.
    Anything else (crafted by a client) is answered "that button has expired"."""
    if not _BUTTON_RE.fullmatch(data):
        return False
    parts = data[2:].split(":")
    if any(p.startswith("_") or (p.isdigit() and len(p) > 15) for p in parts):
        return False
    if data.startswith(texts.SOLUTION) and parts[0] in _KIND_ACTIONS and len(parts) > 2:
        # a kind and the readings chosen ("derivative.2~i.jd", solving.read_slot)
        read = solving.read_slot(parts[0], parts[2])
        if read is None or len(parts) > 3:
            return False
        kind, _, n = (read[0] or "").partition(".")  # "derivative.2": the 2nd task of a kind
        return not kind or (kind in KINDS and (not n or n.isdigit()))
    return True


HEAVY_COMMANDS = frozenset({"solve", "plot", "learn", "quiz", "practice", "review", "progress"})
HEAVY_BUTTONS = (texts.SOLUTION, texts.LESSON, texts.MENU + "learn", texts.MENU + "quiz",
                 texts.QUIZ, texts.PRACTICE, texts.REVIEW)


def is_heavy(event: Event) -> bool:
    """Work that may wait for a worker process (solving, grading, plots, formula images)."""
    if isinstance(event, TextMessage):
        return True
    if isinstance(event, Command):
        return event.name in HEAVY_COMMANDS
    if isinstance(event, ButtonPress):
        return event.data.startswith(HEAVY_BUTTONS)
    return False


BugReporter = Callable[[BaseException, Event], None]


def _in_transaction(storage: Storage, fn: Callable[[], Any]) -> None:
    """``fn`` (the transport's request record) in one write transaction: a storage function."""
    with storage.transaction():
        fn()


def _clean(text: str) -> str:
    """Text as storable UTF-8: a lone surrogate (a JSON escape a client can send) becomes
    U+FFFD instead of an encoding error deep in SQLite or the parser."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


MESSAGE_LIMIT, CAPTION_LIMIT = 4096, 1024  # Telegram's, in characters
_TAGS = re.compile(r"<[^>]+>")


def fitted(replies: list[Reply]) -> list[Reply]:
    """Replies Telegram will accept: a text over 4,096 characters becomes a short message and
    the whole thing as a .txt file (never lost); a caption over 1,024 is cut at a line."""
    import html as _html

    out: list[Reply] = []
    for r in replies:
        if isinstance(r, Text) and len(r.html) > MESSAGE_LIMIT:
            plain = _html.unescape(_TAGS.sub("", r.html))
            head = _html.escape(plain[:600].rsplit("\n", 1)[0])
            out.append(Text(texts.TOO_LONG.format(head=head), r.buttons))
            out.append(Document(plain.encode(), "answer.txt"))
        elif isinstance(r, Photo | Document) and len(r.caption) > CAPTION_LIMIT:
            cut = r.caption[:CAPTION_LIMIT - 2].rsplit("\n", 1)[0]
            out.append(replace(r, caption=_html.escape(_html.unescape(_TAGS.sub("", cut)))
                               + " …"))
        else:
            out.append(r)
    return out


def sanitized(event: Event) -> Event:
    user = event.user
    if _clean(user.name) != user.name or _clean(user.language) != user.language:
        event = replace(event, user=replace(user, name=_clean(user.name),
                                            language=_clean(user.language)))
    if isinstance(event, TextMessage):
        return replace(event, text=_clean(event.text))
    if isinstance(event, Command):
        return replace(event, args=_clean(event.args), name=_clean(event.name))
    if isinstance(event, ButtonPress):
        return replace(event, data=_clean(event.data))
    return event


class Tutor:
    """The router: one event in, the owning feature's replies out."""

    def __init__(
        self,
        settings: Settings,
        storage: Storage,
        pool: WorkerPool,
        curriculum: Curriculum | None = None,
        clock: Clock = system_clock,
    ) -> None:
        if curriculum is None:
            from content import load_curriculum

            curriculum = load_curriculum()
        self.ctx = Context(settings, storage, pool, curriculum, clock)
        self.gate = Gate()
        self.on_bug: BugReporter | None = None  # the Telegram adapter tells the admins

    @property
    def settings(self) -> Settings:
        return self.ctx.settings

    @property
    def storage(self) -> Storage:
        return self.ctx.storage

    @property
    def pool(self) -> WorkerPool:
        return self.ctx.pool

    async def handle(self, event: Event, opening: Callable[[], Any] | None = None
                     ) -> list[Reply]:
        """Answer one event. Never raises: a bug is logged, reported and apologised for.

        ``opening``: a storage function of the transport's (the request record), run in the
        event's first database hop, with the student's row (and, for a typed message, the
        reads it is judged against): one hop before the work, in one transaction."""
        try:
            event = sanitized(event)
            with Storage.serving(event.user.id, light=not is_heavy(event)):
                return await self._handle(event, opening)
        except Exception as exc:
            logger.exception("bug while handling %s", type(event).__name__)
            if self.on_bug is not None:
                try:
                    self.on_bug(exc, event)
                except Exception:
                    logger.exception("the bug reporter failed")
            return [Text(texts.GENERIC_ERROR)]

    async def _handle(self, event: Event, opening: Callable[[], Any] | None) -> list[Reply]:
        handler = self._route(event)
        step = handler if in_hop(handler) else None
        if not is_heavy(event):
            if step is not None:
                opened = await self.storage.run(self._open, event, opening, step)
                return fitted(await _worked(self.ctx, event.user, opened.replies or []))
            if not isinstance(event, Tick) or opening is not None:
                await self.storage.run(self._open, event, opening)
            return fitted(await handler(self.ctx, event))  # type: ignore[misc]
        opened: Opened | None = None
        if opening is not None and 0 < self.gate.pending(event.user.id) < self.gate.per_user:
            # it waits for the student's previous request: the transport's record (a crash
            # now is owned up to after the restart) goes ahead, not after the wait
            await self.storage.run(_in_transaction, self.storage, opening)
            opening = None
        try:
            async with self.gate.heavy(event.user.id):
                # inside the student's lane: what a typed message is read against (the open
                # question, a settings menu) is read after their previous request finished
                opened = await self.storage.run(self._open, event, opening, step)
                if isinstance(event, TextMessage):
                    return fitted(await _text_message(self.ctx, event, opened))
                if step is not None:
                    return fitted(await _worked(self.ctx, event.user, opened.replies or []))
                return fitted(await handler(self.ctx, event))  # type: ignore[misc]
        except Busy as busy:  # one reply per burst; the rest of the burst is dropped
            if opened is None and not isinstance(event, Tick):
                await self.storage.run(self._open, event, None)  # the student's row all the same
            if not busy.warn:
                return []
            return [Text(texts.SLOW_DOWN if busy.reason == "user" else texts.BUSY)]

    def _open(self, event: Event, opening: Callable[[], Any] | None,
              step: Step | None = None) -> Opened:
        """An event's first hop (on the database thread): in one transaction the transport's
        ``opening``, the student's row (``remember``; not for a scheduler tick), and for a
        typed message whether a settings menu waits for it and the open practice question;
        then the handler when it is a ``Step`` (its replies come back in ``Opened``)."""
        with self.storage.transaction():
            if opening is not None:
                opening()
            if not isinstance(event, Tick):
                self.remember(event.user, isinstance(event, Command) and event.name == "start")
            if isinstance(event, TextMessage) and event.text.strip():
                uid = event.user.id
                return Opened(setting=self.storage.pending_setting(uid) is not None,
                              ask=practice.open_ask(self.ctx, uid, practice.message_key(event)))
        if step is not None:  # after the transaction: a step may hold its own
            return Opened(replies=step(self.ctx, event))
        return Opened()

    def _route(self, event: Event) -> AnyHandler:
        handler: AnyHandler
        if isinstance(event, Command):
            handler = COMMAND_HANDLERS.get(event.name, start.unknown_command)
        elif isinstance(event, ButtonPress):
            if not valid_button(event.data):
                handler = start.stale_button
            elif event.data.startswith(texts.MENU):
                handler = MENU_ACTIONS.get(event.data.removeprefix(texts.MENU),
                                           start.stale_button)
            else:
                handler = BUTTON_HANDLERS.get(event.data[:2], start.stale_button)
        elif isinstance(event, QuizAnswer):
            handler = quiz.quiz_answer
        elif isinstance(event, TextMessage):
            handler = _text_message
        elif isinstance(event, Tick):
            handler = _tick
        else:  # pragma: no cover - the Event union is closed
            raise TypeError(f"unknown event {event!r}")
        return handler

    def poll_sent(self, ask_id: int, poll_id: str) -> None:
        """A transport sent the ``Quiz`` reply ``ask_id`` as the poll ``poll_id``: its answers
        (``QuizAnswer(user, poll_id, option)``) are resolved through this link."""
        self.storage.link_poll(ask_id, poll_id)

    def open_quiz(self, user: User) -> Quiz | None:
        """The student's quiz poll still waiting for an answer (from the last day), as it was
        sent: a transport that restarted can show it again (the terminal does)."""
        ask = self.storage.open_poll(user.id, iso(self.ctx.now() - timedelta(days=1)))
        if ask is None or not ask.options or ask.correct is None:
            return None
        return Quiz(ask.id, ask.question, tuple(ask.options), ask.correct, ask.explanation)

    def remember(self, user: User, reactivate: bool = False) -> None:
        """Create or refresh the student's row from their own event. Only /start (and an
        unblock, ``unblocked``) turns a blocked student active again. Storage calls only: the
        event loop runs it on the database thread (``storage.run``)."""
        before = self.storage.user(user.id)
        row = self.storage.touch_user(
            user.id,
            user.name,
            user.language,
            self.settings.default_timezone,
            self.settings.default_push_time.strftime("%H:%M"),
            reactivate=reactivate,
        )
        if before is None or (reactivate and not before.active):
            schedule.reschedule(self.storage, self.settings, row, self.ctx.now())

    def set_blocked(self, user_id: int, blocked: bool) -> None:
        """``my_chat_member`` in the student's private chat: blocked (kicked) or unblocked
        (member). Creates nobody, renames nobody. Storage calls only: the adapter runs it on
        the database thread (``storage.run``)."""
        before = self.storage.user(user_id)
        if before is None or before.active != blocked:
            return
        self.storage.set_active(user_id, not blocked)
        row = self.storage.user(user_id)
        assert row is not None
        schedule.reschedule(self.storage, self.settings, row, self.ctx.now())

    def pusher(self, send: push.Send) -> push.Pusher:
        """The daily push over this tutor's context, with the router's "day's question"."""
        return push.Pusher(self.ctx, daily_push, send)
