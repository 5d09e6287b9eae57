"""Mastery per module from recent results, in five levels as Khan Academy shows them.

Pure functions over attempts, so ``/topics`` and ``/progress`` agree:

- 0 not started: no answer yet;
- 1 attempted: answered, but fewer than 3 answers or under half of the recent ones right;
- 2 familiar: at least 3 answers and at least half of the recent ones right;
- 3 proficient: at least 5 different questions right and 80 % of the recent ones right;
- 4 mastered: proficient on 8 different questions, 90 % recent, and right on two days at
  least a day apart (it has survived a spaced review).

"Recent" is the last ``RECENT`` graded answers in the module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from content import Curriculum

RECENT = 10
_GENERATED = re.compile(r"^((?:la|calc|pca)-w\d)-gen-")


@dataclass(frozen=True)
class Standing:
    level: int  # 0..4
    answered: int
    right: int
    recent_accuracy: float  # 0..1 over the last RECENT answers (0 when none)


def module_of(cur: Curriculum, question_id: str) -> str | None:
    m = _GENERATED.match(question_id)
    if m:
        return m[1]
    try:
        return cur.question_module(question_id).id
    except KeyError:
        return None  # a question removed from the content counts for nothing


def level(results: list[tuple[str, bool, datetime]]) -> Standing:
    """The standing in one module from (question id, right, when), oldest first."""
    if not results:
        return Standing(0, 0, 0, 0.0)
    recent = results[-RECENT:]
    accuracy = sum(ok for _, ok, _ in recent) / len(recent)
    right_questions = {q for q, ok, _ in results if ok}
    right_days = sorted({t.date() for _, ok, t in results if ok})
    spaced = len(right_days) >= 2 and (right_days[-1] - right_days[0]).days >= 1
    right = sum(ok for _, ok, _ in results)
    if len(right_questions) >= 8 and accuracy >= 0.9 and spaced:
        lv = 4
    elif len(right_questions) >= 5 and accuracy >= 0.8:
        lv = 3
    elif len(results) >= 3 and accuracy >= 0.5:
        lv = 2
    else:
        lv = 1
    return Standing(lv, len(results), right, accuracy)


def standings(cur: Curriculum, attempts: Iterable[tuple[str, bool, datetime]]
              ) -> dict[str, Standing]:
    """Module id -> standing, for every module of the curriculum."""
    per: dict[str, list[tuple[str, bool, datetime]]] = {m.id: [] for m in cur.modules}
    for qid, ok, when in attempts:
        module = module_of(cur, qid)
        if module in per:
            per[module].append((qid, ok, when))
    return {m: level(rs) for m, rs in per.items()}


def results(rows: Iterable[object]) -> list[tuple[str, bool, datetime]]:
    """Stored attempt rows (``Storage.attempts``) as (question id, right, when)."""
    return [(r.question_id, bool(r.correct), datetime.fromisoformat(r.answered_at))  # type: ignore[attr-defined]
            for r in rows]
