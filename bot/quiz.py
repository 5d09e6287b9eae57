"""Quiz questions: multiple choice as quiz polls, free answers typed and graded in a worker.

A question is picked from the module the student is learning: unseen questions first, then the
ones they got wrong, then any. Every answer is stored as an attempt (spaced repetition builds on
these rows).
"""

from __future__ import annotations

import logging
import random
from datetime import datetime, timedelta
from html import escape
from typing import TYPE_CHECKING

from content import Question

from . import jobs, texts
from .events import (
    Button,
    ButtonPress,
    Event,
    Quiz,
    QuizAnswer,
    Reply,
    Text,
    TextMessage,
    User,
    keyboard,
)
from .workers import WorkerCrashed, WorkerTimeout

if TYPE_CHECKING:
    from .context import Context

logger = logging.getLogger(__name__)

PENDING_FOR = timedelta(minutes=30)  # a typed answer counts this long after the question
SKIP_WORDS = {"skip", "pass", "idk", "don't know", "dont know", "next"}


def _next_button(module_id: str) -> tuple:
    return keyboard([Button("➡️ Next question", f"{texts.QUIZ}next:{module_id}")])


def pick_question(ctx: Context, user_id: int, module_id: str) -> Question:
    questions = ctx.curriculum.questions(module_id)
    seen = ctx.storage.answered_questions(user_id)
    unseen = [q for q in questions if q.id not in seen]
    wrong = [q for q in questions if seen.get(q.id) is False]
    pool = unseen or wrong or questions
    return random.choice(pool)


def option_order(user_id: int, question: Question) -> list[int]:
    """The order a student sees the options in: shuffled (authors tend to write the right
    answer first), the same for the same student and question, so an answer maps back."""
    order = list(range(len(question.options)))
    random.Random(f"{user_id}:{question.id}").shuffle(order)  # str seed: stable across runs
    return order


def ask_question(ctx: Context, user: User, module_id: str) -> list[Reply]:
    q = pick_question(ctx, user.id, module_id)
    if q.type == "choice":
        ctx.storage.set_pending_question(user.id, None)
        order = option_order(user.id, q)
        return [Quiz(q.id, q.question, tuple(q.options[i] for i in order),
                     order.index(int(q.correct or 0)), q.explanation)]
    ctx.storage.set_pending_question(user.id, q.id)
    return [Text(
        f"❓ <b>{escape(q.question)}</b>\n\n"
        f"Type your answer ({_answer_hint(q)}), or <i>skip</i>.",
    )]


def _answer_hint(q: Question) -> str:
    if q.answer_kind == "matrix":
        return "a matrix like <code>[[1, 2], [3, 4]]</code>"
    if q.answer_kind == "expression":
        return "an expression like <code>2x + 3</code>"
    return "a number"


async def quiz(ctx: Context, event: Event) -> list[Reply]:
    """/quiz: a question on the module the student is on."""
    return ask_question(ctx, event.user, ctx.current_ref(event.user.id).module.id)


async def quiz_button(ctx: Context, event: Event) -> list[Reply]:
    assert isinstance(event, ButtonPress)
    module_id = event.data.removeprefix(texts.QUIZ + "next:")
    try:
        ctx.curriculum.module(module_id)
    except KeyError:
        return [Text("That quiz has moved. Send /quiz for a new question.")]
    return ask_question(ctx, event.user, module_id)


async def quiz_answer(ctx: Context, event: Event) -> list[Reply]:
    """An answer to a quiz poll (or a numbered option in the terminal)."""
    assert isinstance(event, QuizAnswer)
    try:
        q = ctx.curriculum.question(event.question_id)
    except KeyError:
        return [Text("That question is no longer in the bank. Send /quiz for a new one.")]
    order = option_order(event.user.id, q)
    if not 0 <= event.option < len(order):
        return [Text("That option is not in the question. Send /quiz for a new one.")]
    correct = order[event.option] == q.correct
    ctx.storage.record_attempt(event.user.id, q.id, correct)
    module_id = ctx.curriculum.question_module(q.id).id
    if correct:
        return [Text(f"✅ Correct! {escape(q.explanation)}", _next_button(module_id))]
    right = q.options[q.correct or 0]
    return [Text(f"❌ Not quite. The answer is <b>{escape(right)}</b>.\n{escape(q.explanation)}",
                 _next_button(module_id))]


async def maybe_grade_typed_answer(ctx: Context, event: TextMessage) -> list[Reply] | None:
    """Grade the message as the answer to a pending free question, if there is one."""
    pending = ctx.storage.pending_question(event.user.id)
    if pending is None:
        return None
    qid, asked = pending
    if asked and ctx.now() - datetime.fromisoformat(asked) > PENDING_FOR:
        ctx.storage.set_pending_question(event.user.id, None)
        return None
    try:
        q = ctx.curriculum.question(qid)
    except KeyError:
        ctx.storage.set_pending_question(event.user.id, None)
        return None
    module_id = ctx.curriculum.question_module(qid).id
    if event.text.strip().lower() in SKIP_WORDS:
        ctx.storage.set_pending_question(event.user.id, None)
        return [Text(f"⏭ Skipped. The answer was <code>{escape(q.answer)}</code>.\n"
                     f"{escape(q.explanation)}", _next_button(module_id))]
    try:
        parsed, correct = await ctx.pool.run(jobs.grade_job, qid, event.text)
    except (WorkerTimeout, WorkerCrashed, MemoryError):
        return None
    if not parsed:
        return None  # not an answer: treat it as a new problem or question
    ctx.storage.set_pending_question(event.user.id, None)
    ctx.storage.record_attempt(event.user.id, qid, correct)
    if correct:
        return [Text(f"✅ Correct! {escape(q.explanation)}", _next_button(module_id))]
    return [Text(f"❌ Not quite. The answer is <code>{escape(q.answer)}</code>.\n"
                 f"{escape(q.explanation)}", _next_button(module_id))]


async def daily_tick(ctx: Context, event: Event) -> list[Reply]:
    """The daily push: one question on the module the student is on."""
    return await quiz(ctx, event)


def daily_question(ctx: Context, user: User) -> list[Reply]:
    """The day's question for the daily push: the next question of the student's module (the
    course they chose to follow, when their lessons are elsewhere)."""
    module_id = ctx.current_ref(user.id).module.id
    row = ctx.storage.user(user.id)
    if row is not None and row.course and not module_id.startswith(row.course + "-"):
        modules = ctx.curriculum.course_modules(row.course)
        done = ctx.storage.modules_done(user.id)
        if modules:
            module_id = next((m.id for m in modules if m.id not in done), modules[-1].id)
    return ask_question(ctx, user, module_id)
