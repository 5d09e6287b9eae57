"""/practice: a question to work out, the typed answer graded by mathematical equivalence.

The question comes from the bank (due cards first, then lessons the student has read) or, when
the bank has nothing new, from a seeded generator (the seed is stored with the ask and the
attempt). The typed answer is graded in a worker (``jobs.grade_job``). A wrong answer gets a
targeted hint where the mistake is recognisable (``content.hints``), else a pointer to the
lesson, and the question stays open for another try; "Show solution" gives the solver's steps.

While a question is open, ``hint``, ``skip`` and ``I don't know`` do what they say. A skipped
question is not asked again for a while (``questions.RECENT``). The first graded answer to an
ask is the one recorded (and reviews its FSRS card); retries after a hint do not count again.
"""

from __future__ import annotations

import logging
import random
import re
from datetime import datetime, timedelta
from html import escape
from typing import TYPE_CHECKING

from content import Module, Question

from . import jobs, srs, texts
from .events import Button, ButtonPress, Command, Event, Reply, Text, TextMessage, User, keyboard
from .questions import (
    Worked,
    generated_parts,
    pick,
    pick_any,
    question_snippet,
    resolve_topic,
    solve_text,
)
from .workers import WorkerCrashed, WorkerTimeout

if TYPE_CHECKING:
    from .context import Context
    from .storage import Ask

logger = logging.getLogger(__name__)

PENDING_FOR = timedelta(minutes=30)  # a typed answer counts this long after the question
_WORDS = re.compile(r"[^a-z' ]+")
HINT_WORDS = frozenset({"hint", "a hint", "give me a hint", "hint please", "clue", "help me"})
SKIP_WORDS = frozenset({"skip", "pass", "next", "skip it", "next question", "another one"})
GIVE_UP_WORDS = frozenset({"i don't know", "i dont know", "idk", "dont know", "don't know",
                           "no idea", "i give up", "give up", "show solution", "solution",
                           "show me", "show the solution", "tell me", "pata nahi"})


def intent(text: str) -> str | None:
    """"hint", "skip" or "give_up" when the message says so, else None (an answer)."""
    words = " ".join(_WORDS.sub(" ", text.lower().replace("’", "'")).split())
    if words in HINT_WORDS:
        return "hint"
    if words in SKIP_WORDS:
        return "skip"
    if words in GIVE_UP_WORDS:
        return "give_up"
    return None


def _form(answer_kind: str) -> str:
    if answer_kind == "matrix":
        return texts.FORM_MATRIX
    if answer_kind == "expression":
        return texts.FORM_EXPRESSION
    return texts.FORM_NUMBER


def _ask_buttons(ask_id: int) -> tuple:
    return keyboard([Button(texts.BUTTON_HINT, f"{texts.PRACTICE}hint:{ask_id}"),
                     Button(texts.BUTTON_SKIP, f"{texts.PRACTICE}skip:{ask_id}")],
                    [Button(texts.BUTTON_SOLUTION, f"{texts.PRACTICE}sol:{ask_id}")])


def _next_buttons(module_id: str) -> tuple:
    return keyboard([Button(texts.NEXT_QUESTION, f"{texts.PRACTICE}next:{module_id}")])


def _asked(ctx: Context, user: User, ask_id: int, question: str, answer_kind: str,
           preview: str = "") -> list[Reply]:
    ctx.storage.set_pending_ask(user.id, ask_id)
    replies: list[Reply] = []
    if preview:
        replies.append(Text(texts.PREVIEW.format(title=escape(preview))))
    replies.append(Text(texts.PRACTICE_ASK.format(question=escape(question),
                                                  form=_form(answer_kind)),
                        _ask_buttons(ask_id)))
    return replies


def ask_bank(ctx: Context, user: User, module: Module, q: Question,
             preview: str = "") -> list[Reply]:
    ask_id = ctx.storage.new_ask(user.id, q.id, "free", module_id=module.id,
                                 question=q.question, answer=q.answer,
                                 explanation=q.explanation, solve=solve_text(q))
    srs.seen(ctx, user.id, q.id)  # a card from now on, answered or not
    return _asked(ctx, user, ask_id, q.question, q.answer_kind, preview)


async def ask_generated(ctx: Context, user: User, module: Module, seed: int,
                        question_id: str = "") -> list[Reply] | None:
    """A fresh generated question, or the one with ``question_id`` again (a review)."""
    try:
        if question_id:
            g = await ctx.pool.run(jobs.generated_job, question_id)
        else:
            g = await ctx.pool.run(jobs.generate_job, module.id, seed, "free")
    except (WorkerTimeout, WorkerCrashed, MemoryError, KeyError):
        logger.warning("no generated question for %s/%s", module.id, seed, exc_info=True)
        return None
    if g is None or g.type != "free":
        return None
    return await ctx.storage.run(_ask_made, ctx, user, module, g)


def _ask_made(ctx: Context, user: User, module: Module, g: jobs.GeneratedData
              ) -> list[Reply]:
    """Ask a generated question (a storage function: one hop)."""
    ask_id = ctx.storage.new_ask(user.id, g.id, "free", module_id=module.id, seed=g.seed,
                                 question=g.question, answer=g.answer,
                                 explanation=g.explanation, solve=g.prompt)
    srs.seen(ctx, user.id, g.id)
    return _asked(ctx, user, ask_id, g.question, g.answer_kind)


def _ask_new(ctx: Context, user: User, module: Module,
             topic: str | None = None) -> list[Reply] | None:
    """Ask the bank question picked for the student (a storage function: one hop); None when
    none is left to pick (then one is generated)."""
    picked = pick(ctx, user.id, module, "free", topic)
    if picked is None:
        return None
    preview = picked.preview.snippet.title if picked.preview else ""
    return ask_bank(ctx, user, module, picked.question, preview)


def _ask_any(ctx: Context, user: User, module: Module) -> list[Reply]:
    q = pick_any(ctx, user.id, module, "free")
    if q is None:
        return [Text(texts.NO_PRACTICE)]
    return ask_bank(ctx, user, module, q)


async def _or_generated(ctx: Context, user: User, module: Module,
                        asked: list[Reply] | None) -> list[Reply]:
    """``asked``, else a generated question, else any bank question again."""
    if asked is not None:
        return asked
    generated = await ask_generated(ctx, user, module, random.randrange(1, 10**9))
    if generated is not None:
        return generated
    return await ctx.storage.run(_ask_any, ctx, user, module)


async def ask_free(ctx: Context, user: User, module: Module,
                   topic: str | None = None) -> list[Reply]:
    asked = await ctx.storage.run(_ask_new, ctx, user, module, topic)
    return await _or_generated(ctx, user, module, asked)


async def ask_question_id(ctx: Context, user: User, question_id: str) -> list[Reply] | None:
    """Ask this free question again (a review); None when it is gone."""
    parts = generated_parts(question_id)
    if parts is not None:
        try:
            module = ctx.curriculum.module(parts[0])
        except KeyError:
            return None
        return await ask_generated(ctx, user, module, parts[2], question_id)
    try:
        q = ctx.curriculum.question(question_id)
    except KeyError:
        return None
    return await ctx.storage.run(ask_bank, ctx, user, ctx.curriculum.question_module(q.id), q)


async def practice(ctx: Context, event: Event) -> list[Reply]:
    """/practice [topic]: a question to work out on the module the student is on (or the
    topic or module named)."""
    args = event.args if isinstance(event, Command) else ""
    module, asked = await ctx.storage.run(_practice_first, ctx, event.user, args)
    if module is None:
        return asked or []
    return await _or_generated(ctx, event.user, module, asked)


def _practice_first(ctx: Context, user: User, args: str
                    ) -> tuple[Module | None, list[Reply] | None]:
    """/practice's hop: the module (and topic) meant, and its bank question if one is left."""
    found = resolve_topic(ctx, user.id, args)
    if found is None:
        return None, [Text(texts.TOPIC_UNKNOWN.format(topic=escape(args[:60])))]
    module, topic = found
    return module, _ask_new(ctx, user, module, topic)


def _module(ctx: Context, ask: Ask) -> Module | None:
    try:
        return ctx.curriculum.module(ask.module_id)
    except KeyError:
        return None


def _question_gone(ctx: Context, ask: Ask) -> bool:
    if generated_parts(ask.question_id) is not None:
        return _module(ctx, ask) is None
    try:
        ctx.curriculum.question(ask.question_id)
    except KeyError:
        return True
    return False


def _lesson_hint(ctx: Context, ask: Ask) -> str:
    """A pointer to the lesson the question comes from (its first sentence)."""
    module = _module(ctx, ask)
    if module is None:
        return ""
    topic = ask.question_id
    if generated_parts(ask.question_id) is None:
        topic = ctx.curriculum.question(ask.question_id).topic
    else:
        topic = ask.question  # the question's own words find its lesson
    ref = question_snippet(ctx.curriculum, module.id, topic)
    plain = re.sub(r"<[^>]+>", "", ref.snippet.text)
    first = re.split(r"(?<=[.:])\s", " ".join(plain.split()), maxsplit=1)[0]
    return texts.GENERIC_HINT.format(title=escape(ref.snippet.title), first=escape(first))


def _expired(ctx: Context, ask: Ask) -> bool:
    return ctx.now() - datetime.fromisoformat(ask.created_at) > PENDING_FOR


def message_key(event: TextMessage) -> str | None:
    """What makes grading a message idempotent (a redelivered update has the same id)."""
    return f"m:{event.message_id}" if event.message_id is not None else None


def open_ask(ctx: Context, user_id: int, message_key: str | None) -> tuple[Ask | None, bool]:
    """The open question, and whether this message was graded already (storage calls only:
    the router reads it in an event's first hop)."""
    ask = ctx.storage.pending_ask(user_id)
    return ask, bool(message_key) and ctx.storage.message_answered(user_id, message_key or "")


async def typed_answer(ctx: Context, event: TextMessage,
                       opened: tuple[Ask | None, bool] | None = None
                       ) -> list[Reply] | Worked | None:
    """The message as the answer to the open practice question, if there is one (None: it is
    not an answer; the router treats it as a problem or a question). ``opened``: what
    ``open_ask`` gave in the router's first hop (else it is read here, one hop)."""
    user = event.user
    key = message_key(event)
    ask, answered = opened if opened is not None else await ctx.storage.run(
        open_ask, ctx, user.id, key)
    if ask is None:
        if answered:
            return []  # a redelivered answer that was graded already
        return None
    if _expired(ctx, ask):
        await ctx.storage.run(ctx.storage.set_pending_ask, user.id, None)
        return None
    if _question_gone(ctx, ask):
        await ctx.storage.run(ctx.storage.set_pending_ask, user.id, None)
        return [Text(texts.PRACTICE_GONE)]
    wanted = intent(event.text)
    if wanted == "hint":
        return await hint(ctx, ask)
    if wanted == "skip":
        return await skip(ctx, user, ask)
    if wanted == "give_up":
        return await ctx.storage.run(give_up, ctx, user, ask)
    if answered:
        return []
    try:
        result = await ctx.pool.run(jobs.grade_job, ask.question_id, event.text)
    except (WorkerTimeout, WorkerCrashed, MemoryError):
        return [Text(texts.NOT_CHECKED, _ask_buttons(ask.id))]
    if not result.understood:
        return None  # not an answer: a new problem or a question
    return await ctx.storage.run(_graded, ctx, user, ask, event.text, key, result)


def _graded(ctx: Context, user: User, ask: Ask, text: str, key: str | None,
            result: jobs.GradeResult) -> list[Reply]:
    """A graded answer recorded (once per key), and the reply (a storage function: one hop)."""
    recorded = srs.record(ctx, ask, user.id, idem_key=f"ask:{ask.id}:{user.id}",
                          answer=text, verdict="right" if result.correct else "wrong",
                          correct=result.correct, message_key=key)
    if (not recorded.counted and key
            and ctx.storage.message_answered(user.id, key)):
        return []  # the same message delivered twice at once: graded and answered once
    read_as = texts.READ_AS.format(read_as=escape(result.read_as)) if result.read_as else ""
    if result.correct:
        ctx.storage.set_pending_ask(user.id, None)
        ctx.storage.set_ask_status(ask.id, "answered")
        return [Text(texts.PRACTICE_RIGHT.format(read_as=read_as,
                                                 explanation=escape(ask.explanation)),
                     _next_buttons(ask.module_id))]
    nudge = escape(result.hint) if result.hint else _lesson_hint(ctx, ask)
    return [Text(texts.PRACTICE_WRONG.format(read_as=read_as, hint=nudge),
                 _ask_buttons(ask.id))]


async def hint(ctx: Context, ask: Ask) -> list[Reply]:
    """A nudge: the method the solver starts with (not its numbers), and the lesson."""
    method = ""
    if ask.solve:
        try:
            method = await ctx.pool.run(jobs.first_step_job, ask.solve)
        except (WorkerTimeout, WorkerCrashed, MemoryError):
            method = ""
    text = texts.HINT.format(hint=_lesson_hint(ctx, ask))
    if method:
        text = texts.METHOD_HINT.format(method=escape(method)) + "\n" + text
    return [Text(text, _ask_buttons(ask.id))]


def _close(ctx: Context, user: User, ask: Ask) -> None:
    """No more typed answers for this ask (another question may be open by now: keep it)."""
    pending = ctx.storage.pending_ask(user.id)
    if pending is not None and pending.id == ask.id:
        ctx.storage.set_pending_ask(user.id, None)


async def skip(ctx: Context, user: User, ask: Ask) -> list[Reply]:
    """Skip without grading; the next question is a different one."""
    module, asked = await ctx.storage.run(_skip, ctx, user, ask)
    if module is None:
        return [Text(texts.SKIPPED.split(".")[0] + ".")]
    return [Text(texts.SKIPPED), *await _or_generated(ctx, user, module, asked)]


def _skip(ctx: Context, user: User, ask: Ask) -> tuple[Module | None, list[Reply] | None]:
    """The skip's hop: the ask closed, and the module's next bank question if one is left."""
    _close(ctx, user, ask)
    ctx.storage.set_ask_status(ask.id, "skipped")
    module = _module(ctx, ask)
    return module, _ask_new(ctx, user, module) if module is not None else None


def give_up(ctx: Context, user: User, ask: Ask) -> list[Reply] | Worked:
    """"I don't know": the solution (recorded as not known: the card comes back soon; a
    storage function: one hop)."""
    _close(ctx, user, ask)
    ctx.storage.set_ask_status(ask.id, "solved")
    srs.record(ctx, ask, user.id, idem_key=f"ask:{ask.id}:{user.id}", answer="",
               verdict="solution", correct=False)
    before = [Text(texts.SOLUTION_HEADER.format(answer=escape(ask.answer),
                                                explanation=escape(ask.explanation)))]
    after = [Text(texts.BUTTON_PRACTISE + "?", _next_buttons(ask.module_id))]
    if ask.solve:
        return Worked(ask.solve, before, after)
    return [Text(before[0].html, _next_buttons(ask.module_id))]  # type: ignore[union-attr]


async def practice_button(ctx: Context, event: Event) -> list[Reply] | Worked:
    """P:next:<module>, P:hint:<ask>, P:skip:<ask>, P:sol:<ask>."""
    assert isinstance(event, ButtonPress)
    action, _, rest = event.data.removeprefix(texts.PRACTICE).partition(":")
    if action == "next":
        try:
            module = ctx.curriculum.module(rest)
        except KeyError:
            return [Text(texts.EXPIRED)]
        return await ask_free(ctx, event.user, module)
    ask = (await ctx.storage.run(ctx.storage.ask, int(rest))
           if rest.isdigit() and len(rest) < 12 else None)
    if ask is None or ask.user_id != event.user.id or ask.kind != "free":
        return [Text(texts.EXPIRED)]
    if _question_gone(ctx, ask):
        return [Text(texts.PRACTICE_GONE)]
    if action == "hint":
        return await hint(ctx, ask)
    if action == "skip":
        if ask.status != "open":
            return [Text(texts.EXPIRED)]
        return await skip(ctx, event.user, ask)
    if action == "sol":
        return await ctx.storage.run(give_up, ctx, event.user, ask)
    return [Text(texts.EXPIRED)]
