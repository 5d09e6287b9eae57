"""The machinery of exercise generators: a seeded draft, solved by the solver, checked by SymPy.

A generator turns a ``random.Random`` into a ``Draft``: the question text, the solver input
(``prompt``), SymPy's direct computation of the asked value (``direct``) and, when the solver's
answer is not itself the asked value, a ``pick`` that extracts it (the largest variance of a
PCA, a coefficient of a Taylor polynomial). ``Generator(seed)`` then solves the prompt with
``solver.solve`` and keeps the solver's value only when it matches ``direct``; otherwise (solver
not able to read or solve it, or a mismatch, which is logged as an error) the direct value is
used and ``computed_by`` says so.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sympy as sp

from .answers import answers_match

logger = logging.getLogger(__name__)

x, y, t, w, b = sp.symbols("x y t w b")


@dataclass(frozen=True)
class Draft:
    """What a generator builds from its random numbers, before the solver runs."""

    question: str
    prompt: str
    direct: Any
    explanation: str  # "{answer}" is replaced by the answer in Unicode math
    answer_kind: str = "expression"
    pick: Callable[[Any], Any] | None = None  # solver answer → the asked value
    then: Callable[[Any], str] | None = None  # a second solver input built from the first answer
    options: tuple[str, ...] = ()  # a choice question: value is one of the options


@dataclass(frozen=True)
class GeneratedQuestion:
    """A fresh question, shaped like ``content.models.Question`` plus its seed and value."""

    id: str
    module: str
    generator: str
    seed: int
    topic: str
    difficulty: int
    question: str
    prompt: str  # the solver input that computes the answer (the student may send it)
    value: Any  # the answer as SymPy objects (what ``check_free_answer`` compares with)
    answer: str  # the answer in our math syntax (what a student could type)
    answer_kind: str
    explanation: str
    type: str = "free"
    options: tuple[str, ...] = ()
    correct: int | None = None
    computed_by: str = "solver"  # "solver", or "sympy" when the solver could not do it
    note: str = ""  # why SymPy's value was used, if it was
    verify: None = field(default=None, repr=False)  # Question compatibility: no stored key


@dataclass(frozen=True)
class Generator:
    """A named, seeded question maker for one module."""

    name: str
    module: str
    topic: str
    difficulty: int
    kind: str  # the solver kind the prompt asks for
    build: Callable[[random.Random], Draft]

    def draft(self, seed: int) -> Draft:
        """The question before solving: the same seed always gives the same draft."""
        return self.build(random.Random(f"{self.module}/{self.name}/{seed}"))

    def __call__(self, seed: int) -> GeneratedQuestion:
        draft = self.draft(seed)
        value, by, note = _solve_and_check(draft, self.name)
        display = value if isinstance(value, str) else _display(value)
        correct = draft.options.index(value) if draft.options else None
        explanation = draft.explanation.replace("{answer}", display)
        return GeneratedQuestion(
            id=f"{self.module}-gen-{self.name}-{seed}", module=self.module, generator=self.name,
            seed=seed, topic=self.topic, difficulty=self.difficulty, question=draft.question,
            prompt=draft.prompt, value=value, answer=value if isinstance(value, str) else
            key_text(value), answer_kind=draft.answer_kind, explanation=explanation,
            type="choice" if draft.options else "free", options=draft.options, correct=correct,
            computed_by=by, note=note,
        )


def _solve_and_check(draft: Draft, name: str) -> tuple[Any, str, str]:
    """(value, "solver" or "sympy", why SymPy's value was used)."""
    from solver import solve
    from solver.errors import ParseError, TooHard

    try:
        answer = solve(draft.prompt).answer
        if draft.then is not None:
            answer = solve(draft.then(answer)).answer
        picked = draft.pick(answer) if draft.pick else answer
    except (ParseError, TooHard) as exc:
        logger.info("%s: solver cannot do %r (%s); using SymPy", name, draft.prompt, exc)
        return draft.direct, "sympy", f"{SOLVER_CANNOT}: {exc}"
    if same_value(draft.direct, picked):
        return picked, "solver", ""
    logger.error("%s: solver gave %r for %r, SymPy %r", name, picked, draft.prompt, draft.direct)
    return draft.direct, "sympy", f"{SOLVER_DISAGREES}: {picked!r}"


SOLVER_CANNOT = "the solver cannot do this"
SOLVER_DISAGREES = "the solver disagrees with SymPy"


def same_value(direct: Any, picked: Any) -> bool:
    if isinstance(direct, str) or isinstance(picked, str):
        return direct == picked
    return answers_match(direct, picked)


# --------------------------------------------------------------------- writing math
def expr_text(e: Any) -> str:
    """Our math syntax for an expression: ``3*x^2 - 1``."""
    return sp.sstr(e).replace("**", "^")


def show(e: Any) -> str:
    """An expression as a student reads it on a phone: ``5·x² + 3``."""
    from solver.render import inline

    return inline(e)


def mat_text(m: sp.MatrixBase) -> str:
    return "[" + ", ".join(
        "[" + ", ".join(expr_text(m[i, j]) for j in range(m.cols)) + "]" for i in range(m.rows)
    ) + "]"


def vec_text(v: sp.MatrixBase | list) -> str:
    return "[" + ", ".join(expr_text(e) for e in list(v)) + "]"


def key_text(value: Any) -> str:
    """An answer in our math syntax: a matrix, a list, ``x = 1, y = 2`` or an expression."""
    if isinstance(value, sp.MatrixBase):
        return vec_text(value) if value.cols == 1 else mat_text(value)
    if isinstance(value, dict):
        return ", ".join(f"{k} = {expr_text(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(key_text(v) for v in value)
    return expr_text(value)


def _display(value: Any) -> str:
    from solver.render import inline

    if isinstance(value, dict):
        return ", ".join(f"{inline(k)} = {inline(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(_display(v) for v in value)
    if isinstance(value, sp.MatrixBase) and value.cols == 1:
        return inline(value.T).removeprefix("[").removesuffix("]")
    return inline(value)


def nonzero(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = rng.randint(lo, hi)
        if n:
            return n


def rand_matrix(rng: random.Random, rows: int, cols: int, lo: int, hi: int) -> sp.Matrix:
    return sp.Matrix(rows, cols, lambda i, j: rng.randint(lo, hi))


def linear(coeffs: list[int], names: list[str]) -> str:
    """``[2, -1], ["x", "y"]`` → ``2x - y`` (what a student writes)."""
    out = ""
    for c, n in zip(coeffs, names, strict=True):
        if c == 0:
            continue
        mag = "" if abs(c) == 1 else str(abs(c))
        if not out:
            out = f"{'-' if c < 0 else ''}{mag}{n}"
        else:
            out += f" {'-' if c < 0 else '+'} {mag}{n}"
    return out or "0"
