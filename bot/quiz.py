"""/quiz: multiple-choice questions as Telegram quiz polls, graded through the stored poll.

Every question put to a student is an ``ask`` row (user, question, the option order they saw,
the right position). A transport sends a ``Quiz`` reply as a poll and tells the tutor its id
(``Tutor.poll_sent``); a ``QuizAnswer`` carries that poll id back, and the answer is graded
against the *stored* order, so a restart between poll and answer loses nothing and a vote by
someone else on a forwarded poll is graded with the order that poll was sent with. Texts over
Telegram's poll limits are sent as a message with numbered buttons instead (``Q:opt:``).

Each answer is recorded once per (ask, voter) and reviews the question's FSRS card
(``bot.srs``): a redelivered update or a second vote changes nothing.
"""

from __future__ import annotations

import logging
import random
from html import escape
from typing import TYPE_CHECKING

from content import Module, Question

from . import srs, texts
from .events import (
    Button,
    ButtonPress,
    Command,
    Event,
    Quiz,
    QuizAnswer,
    Reply,
    Text,
    User,
    keyboard,
)
from .questions import (
    Worked,
    generated_parts,
    lesson_button,
    pick,
    pick_any,
    question_snippet,
    resolve_topic,
    solve_text,
)

if TYPE_CHECKING:
    from .context import Context
    from .storage import Ask

logger = logging.getLogger(__name__)

# Telegram's limits for a quiz poll (Bot API sendPoll).
POLL_QUESTION_MAX = 300
POLL_OPTION_MAX = 100
POLL_EXPLANATION_MAX = 200
POLL_OPTIONS = (2, 10)


def option_order(user_id: int, question: Question) -> list[int]:
    """The order a student sees the options in: shuffled (authors tend to write the right
    answer first), the same for the same student and question."""
    order = list(range(len(question.options)))
    random.Random(f"{user_id}:{question.id}").shuffle(order)  # str seed: stable across runs
    return order


def fits_poll(question: str, options: list[str], explanation: str) -> bool:
    return (0 < len(question) <= POLL_QUESTION_MAX
            and POLL_OPTIONS[0] <= len(options) <= POLL_OPTIONS[1]
            and all(0 < len(o) <= POLL_OPTION_MAX for o in options)
            and len(explanation) <= POLL_EXPLANATION_MAX)


def ask_choice(ctx: Context, user: User, module: Module, topic: str | None = None,
               question: Question | None = None) -> list[Reply]:
    """Put a multiple-choice question to the student (the next one picked, or ``question``)."""
    preview = None
    if question is None:
        picked = pick(ctx, user.id, module, "choice", topic)
        if picked is not None:
            question, preview = picked.question, picked.preview
        else:
            question = pick_any(ctx, user.id, module, "choice")
    if question is None:
        return [Text(texts.NO_CHOICE)]
    q = question
    order = option_order(user.id, q)
    shown = [q.options[i] for i in order]
    correct = order.index(int(q.correct or 0))
    ctx.storage.set_pending_ask(user.id, None)  # a poll replaces a question waiting for text
    ask_id = ctx.storage.new_ask(
        user.id, q.id, "choice", module_id=module.id, question=q.question,
        answer=q.options[int(q.correct or 0)], explanation=q.explanation, solve=solve_text(q),
        options=shown, option_order=order, correct=correct)
    srs.seen(ctx, user.id, q.id)  # a card from now on, answered or not
    replies: list[Reply] = []
    if preview is not None:
        replies.append(Text(texts.PREVIEW.format(title=escape(preview.snippet.title))))
    if fits_poll(q.question, shown, q.explanation):
        replies.append(Quiz(ask_id, q.question, tuple(shown), correct, q.explanation))
    else:
        listed = "\n".join(f"{i}. {escape(o)}" for i, o in enumerate(shown, 1))
        replies.append(Text(
            texts.CHOICE_FALLBACK.format(question=escape(q.question), options=listed),
            keyboard([Button(str(i), f"{texts.QUIZ}opt:{ask_id}:{i - 1}")
                      for i in range(1, len(shown) + 1)])))
    return replies


def quiz(ctx: Context, event: Event) -> list[Reply]:
    """/quiz [topic]: a multiple-choice question on the module the student is on, or the
    topic or module named."""
    args = event.args if isinstance(event, Command) else ""
    found = resolve_topic(ctx, event.user.id, args)
    if found is None:
        return [Text(texts.TOPIC_UNKNOWN.format(topic=escape(args[:60])))]
    module, topic = found
    return ask_choice(ctx, event.user, module, topic)


def ask_question_id(ctx: Context, user: User, question_id: str) -> list[Reply] | None:
    """Ask this bank question again (a review); None when it is gone from the bank."""
    try:
        q = ctx.curriculum.question(question_id)
    except KeyError:
        return None
    return ask_choice(ctx, user, ctx.curriculum.question_module(q.id), question=q)


def quiz_answer(ctx: Context, event: Event) -> list[Reply]:
    """A vote on a quiz poll: resolved through the stored poll, graded, recorded once."""
    assert isinstance(event, QuizAnswer)
    if event.option is None:  # a retracted vote: the first answer stands
        return []
    ask = ctx.storage.ask_for_poll(event.poll_id)
    if ask is None:
        return [Text(texts.POLL_UNKNOWN)]
    return answer_ask(ctx, event.user, ask, event.option)


def _bank_question(ctx: Context, ask: Ask) -> Question | None:
    if generated_parts(ask.question_id) is not None:
        return None
    try:
        return ctx.curriculum.question(ask.question_id)
    except KeyError:
        return None


def answer_ask(ctx: Context, voter: User, ask: Ask, option: int) -> list[Reply]:
    """Grade ``option`` against the order the ask was sent with (whoever votes)."""
    if ask.kind != "choice":
        return [Text(texts.OPTION_UNKNOWN)]
    q = _bank_question(ctx, ask)
    if q is None:  # removed from the content since: counts not at all
        return [Text(texts.QUIZ_GONE)]
    # Polls from before the asks table have no stored order: it was the shuffle of the
    # student the poll was sent to (never the voter's).
    order = ask.option_order or option_order(ask.user_id, q)
    right = ask.correct if ask.correct is not None else order.index(int(q.correct or 0))
    if not 0 <= option < len(order) or sorted(order) != list(range(len(q.options))):
        return [Text(texts.OPTION_UNKNOWN)]
    correct = option == right
    key = f"poll:{ask.id}:{voter.id}"
    before = ctx.storage.attempt_answer(key)
    if before is not None:  # a redelivered update or a second vote: counted already
        return [] if before == str(option) else [Text(texts.ALREADY_COUNTED)]
    srs.record(ctx, ask, voter.id, idem_key=key, answer=str(option),
               verdict="right" if correct else "wrong", correct=correct)
    if voter.id == ask.user_id:
        ctx.storage.set_ask_status(ask.id, "answered")
    module_id = ctx.curriculum.question_module(q.id).id
    buttons = keyboard(
        [Button(texts.NEXT_QUESTION, f"{texts.QUIZ}next:{module_id}"),
         Button(texts.EXPLAIN, f"{texts.QUIZ}explain:{ask.id}")],
        [lesson_button(ctx.curriculum, module_id, q.topic)],
    )
    if correct:
        return [Text(texts.QUIZ_RIGHT.format(explanation=escape(q.explanation)), buttons)]
    answer = escape(q.options[int(q.correct or 0)])
    return [Text(texts.QUIZ_WRONG.format(answer=answer, explanation=escape(q.explanation)),
                 buttons)]


def quiz_button(ctx: Context, event: Event) -> list[Reply] | Worked:
    """Q:next:<module> (another question), Q:opt:<ask>:<i> (an answer without a poll),
    Q:explain:<ask> (the worked solution, which the router fills in)."""
    assert isinstance(event, ButtonPress)
    action, _, rest = event.data.removeprefix(texts.QUIZ).partition(":")
    if action == "next":
        try:
            module = ctx.curriculum.module(rest)
        except KeyError:
            return [Text("That quiz has moved. Send /quiz for a new question.")]
        return ask_choice(ctx, event.user, module)
    ask_text, _, option = rest.partition(":")
    ask = ctx.storage.ask(int(ask_text)) if ask_text.isdigit() and len(ask_text) < 12 else None
    if ask is None:
        return [Text(texts.POLL_UNKNOWN)]
    if action == "opt" and option.isdigit() and len(option) < 3:
        return answer_ask(ctx, event.user, ask, int(option))
    if action == "explain":
        return explain(ctx, ask)
    return [Text(texts.POLL_UNKNOWN)]


def explain(ctx: Context, ask: Ask) -> list[Reply] | Worked:
    """The worked solution of a computational question; the lesson's words otherwise."""
    q = _bank_question(ctx, ask)
    if q is None:
        return [Text(texts.QUIZ_GONE)]
    module_id = ctx.curriculum.question_module(q.id).id
    after = [Text(escape(q.explanation), keyboard(
        [Button(texts.NEXT_QUESTION, f"{texts.QUIZ}next:{module_id}"),
         lesson_button(ctx.curriculum, module_id, q.topic)]))]
    if ask.solve:
        return Worked(ask.solve, [Text(texts.WORKED_SOLUTION)], after)
    ref = question_snippet(ctx.curriculum, module_id, q.topic)
    return [Text(texts.NO_WORKING.format(explanation=escape(q.explanation),
                                         title=escape(ref.snippet.title)),
                 keyboard([Button(texts.NEXT_QUESTION, f"{texts.QUIZ}next:{module_id}"),
                           lesson_button(ctx.curriculum, module_id, q.topic)]))]


def daily_question(ctx: Context, user: User) -> list[Reply]:
    """The day's new question for the daily push: the next question of the student's module
    (the course they chose to follow, when their lessons are elsewhere). The router asks a due
    review card first."""
    module_id = ctx.current_ref(user.id).module.id
    row = ctx.storage.user(user.id)
    if row is not None and row.course and not module_id.startswith(row.course + "-"):
        modules = ctx.curriculum.course_modules(row.course)
        done = ctx.storage.modules_done(user.id)
        if modules:
            module_id = next((m.id for m in modules if m.id not in done), modules[-1].id)
    return ask_choice(ctx, user, ctx.curriculum.module(module_id))
