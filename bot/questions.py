"""What the practice features share: which lesson a question belongs to, whether the student has
seen it, reading "/quiz eigenvalues" as a module and topic, and choosing the next question.

Pure look-ups over the curriculum and storage (no SymPy: generated questions are built in a
worker, see ``bot.jobs.generate_job``). ``quiz``, ``practice`` and ``review`` use these; they are
helpers, not a feature, so features stay independent of each other.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from content import Curriculum, Module, Question, SnippetRef

from . import texts
from .events import Button, Reply
from .srs import iso

if TYPE_CHECKING:
    from .context import Context

GENERATED_RE = re.compile(r"^((?:la|calc|pca)-w\d)-gen-(.+)-(\d+)$")
RECENT = timedelta(hours=6)  # a question asked or skipped this recently is not asked again
_WORD_RE = re.compile(r"[a-z]+")


def generated_parts(question_id: str) -> tuple[str, str, int] | None:
    """(module, generator name, seed) of a generated question's id, else None."""
    m = GENERATED_RE.match(question_id)
    return (m[1], m[2], int(m[3])) if m else None


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _WORD_RE.findall(text.lower()) if len(w) > 2}


@lru_cache(maxsize=512)
def _snippet_for(module_id: str, topic: str, cur: Curriculum) -> int:
    module = cur.module(module_id)
    words = _stems(topic)
    best, best_score = len(module.snippets) - 1, 0.0
    for i, s in enumerate(module.snippets):
        head = _stems(s.id.removeprefix(module_id) + " " + s.title)
        score = 2 * len(words & head) + 0.5 * len(words & _stems(s.text))
        if score > best_score:
            best, best_score = i, score
    return best


def question_snippet(cur: Curriculum, module_id: str, topic: str) -> SnippetRef:
    """The lesson snippet a question on ``topic`` comes from (by the words they share; the
    module's last snippet when none match, so an unmatched question counts as seen only once
    the whole module is)."""
    module = cur.module(module_id)
    return cur.snippet(module.snippets[_snippet_for(module_id, topic, cur)].id)


def seen_snippet(ctx: Context, user_id: int, ref: SnippetRef) -> bool:
    """Has the student opened this snippet (or any later one in its module)?"""
    furthest = ctx.storage.module_snippet_index(user_id).get(ref.module.id)
    return furthest is not None and furthest >= ref.index


def resolve_topic(ctx: Context, user_id: int, text: str) -> tuple[Module, str | None] | None:
    """``/quiz`` arguments: nothing (the module the student is on), a module id (``la-w3``), a
    course week (``la 3``), a topic (``eigenvalues``) or words of a module title. None if
    nothing matches."""
    cur = ctx.curriculum
    text = text.strip().lower()
    if not text:
        return ctx.current_ref(user_id).module, None
    compact = re.sub(r"[\s_]+", "-", text)
    week = re.fullmatch(r"(la|calc|pca)-?(?:w|week)?-?(\d)", compact)
    if week:
        try:
            return cur.module(f"{week[1]}-w{week[2]}"), None
        except KeyError:
            return None
    words = _stems(text)
    if not words:
        return None
    best: tuple[float, Module, str | None] | None = None
    for m in cur.modules:
        for topic in cur.topics(m.id):
            score = len(words & _stems(topic)) / max(len(_stems(topic)), 1)
            if topic.lower() == text:
                score += 1
            if score > 0.5 and (best is None or score > best[0]):
                best = (score, m, topic)
        score = len(words & _stems(m.title)) / max(len(words), 1)
        if score >= 0.5 and (best is None or score > best[0]):
            best = (score, m, None)
    return (best[1], best[2]) if best else None


@dataclass(frozen=True)
class Pick:
    question: Question
    preview: SnippetRef | None  # set when the question is from a lesson the student has not seen
    due: bool = False  # a card due for review


def pick(ctx: Context, user_id: int, module: Module, kind: str, topic: str | None = None,
         rng: random.Random | None = None) -> Pick | None:
    """The next bank question of ``kind`` ("choice" or "free"): a due card first, then an
    unseen question from a lesson the student has read, then one they got wrong, then an
    unseen one from a lesson ahead (a preview). Never one asked or skipped in the last hours
    while another is available; None when the bank has nothing new (the caller may generate)."""
    rng = rng or random.Random()
    cur = ctx.curriculum
    qs = [q for q in module.questions if q.type == kind
          and (topic is None or q.topic.lower() == topic.lower())]
    if not qs:
        return None
    recent = {a.question_id for a in ctx.storage.recent_asks(user_id, iso(ctx.now() - RECENT))}
    dues = ctx.storage.card_dues(user_id)
    now = iso(ctx.now())
    history = {a.question_id: a.correct for a in ctx.storage.attempts(user_id)}

    def ref(q: Question) -> SnippetRef:
        return question_snippet(cur, module.id, q.topic)

    fresh = [q for q in qs if q.id not in recent]
    due = sorted((q for q in fresh if q.id in dues and dues[q.id] <= now),
                 key=lambda q: dues[q.id])
    if due:
        return Pick(due[0], None, due=True)
    unseen = [q for q in fresh if q.id not in dues]
    read = [q for q in unseen if seen_snippet(ctx, user_id, ref(q))]
    if read:
        return Pick(rng.choice(read), None)
    wrong = [q for q in fresh if history.get(q.id) is False]
    if wrong:
        return Pick(rng.choice(wrong), None)
    if unseen:
        ahead = sorted(unseen, key=lambda q: ref(q).index)
        first = [q for q in ahead if ref(q).index == ref(ahead[0]).index]
        q = rng.choice(first)
        return Pick(q, ref(q))
    return None


def pick_any(ctx: Context, user_id: int, module: Module, kind: str,
             rng: random.Random | None = None) -> Question | None:
    """Any question of ``kind`` not asked in the last hours (the bank when nothing is new)."""
    rng = rng or random.Random()
    recent = {a.question_id for a in ctx.storage.recent_asks(user_id, iso(ctx.now() - RECENT))}
    qs: Sequence[Question] = [q for q in module.questions if q.type == kind]
    fresh = [q for q in qs if q.id not in recent]
    return rng.choice(fresh or list(qs)) if qs else None


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉", "01234567890123456789")
_NUMBER_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                 "eight": "8", "nine": "9", "ten": "10", "twice": "2", "half": "2"}
_INT_RE = re.compile(r"\d+")


def _numbers(text: str) -> list[str]:
    text = text.translate(_SUPERSCRIPTS).lower()
    text = re.sub(r"[a-z]+", lambda m: f" {_NUMBER_WORDS.get(m[0], '')} ", text)
    return [n for n in _INT_RE.findall(text) if n not in ("0", "1")]


def _bracket_groups(text: str) -> set[str]:
    """The top-level [...] groups of a text, spaces removed and minus signs plain."""
    flat = text.replace(" ", "").replace("−", "-")
    out, depth, start = set(), 0, 0
    for i, ch in enumerate(flat):
        if ch == "[":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
            if depth == 0:
                out.add(flat[start:i + 1])
    return out


def solve_text(question: Question) -> str:
    """The solver input whose working answers this question, or "".

    A key's ``verify.solve`` is sometimes a check rather than the question (a variance checked
    as a dot product of deviations, 2a − b as a matrix product): its working would explain a
    problem the student was not asked. It is used only when every matrix and vector in it is
    one the question shows, and it is built from the question's own numbers (every number but
    0 and 1, as often as it is used)."""
    if question.verify is None:
        return ""
    groups = _bracket_groups(question.question)
    if any(g not in groups for g in _bracket_groups(question.verify.solve)):
        return ""  # a matrix or vector the question does not show
    given = _numbers(question.question)
    for n in _numbers(question.verify.solve):
        if n not in given:
            return ""
        given.remove(n)
    return question.verify.solve


@dataclass(frozen=True)
class Worked:
    """Replies around a worked solution: a feature asks for it, the router fills it in with
    the solver's steps (solving is another feature), ``before`` + steps + ``after``."""

    solve: str  # the solver input
    before: list[Reply]
    after: list[Reply]


def lesson_button(cur: Curriculum, module_id: str, topic: str) -> Button:
    ref = question_snippet(cur, module_id, topic)
    return Button(texts.BACK_TO_LESSON, f"{texts.LESSON}go:{ref.id}")
