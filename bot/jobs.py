"""Work that runs in the worker processes: parse, solve, plot, render, grade.

Every function here takes and returns plain picklable data. They are called only through
``WorkerPool.run``, never on the event loop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from solver import ParseError, Problem, TooHard, parse, solve_problem
from solver.kinds import offers as _offers

# What to offer for bare math comes from the kinds table (solver/kinds.py, "offer_for").


@dataclass
class SolveResult:
    ok: bool
    kind: str | None = None
    restated: str = ""
    html: str = ""  # the solution as one Telegram message
    text: str = ""  # the solution for a terminal
    pages: list[str] = field(default_factory=list)  # the full working, message by message
    offers: list[tuple[str, str]] = field(default_factory=list)  # (label, kind) for bare math
    can_plot: bool = False
    error: str = ""
    hint: str = ""
    too_hard: bool = False
    json: dict = field(default_factory=dict)
    also: list[str] = field(default_factory=list)  # other tasks asked ("det and inverse")
    readings: list[tuple[str, str]] = field(default_factory=list)  # (key, other reading)
    has_math: bool = False  # the message had math in it (a failure is not a concept question)


@dataclass
class PlotResult:
    ok: bool
    png: bytes = b""
    caption: str = ""
    error: str = ""
    hint: str = ""


def offers_for(problem: Problem) -> list[tuple[str, str]]:
    """The operations that make sense for bare math."""
    if problem.matrices:
        m = problem.matrices[0]
        if m.rows > 6:  # a data table: too tall for the matrix operations
            return _offers("tall")
        offers = _offers("square" if m.is_square else "rect")
        return [*offers, *_offers("tall")] if m.rows > m.cols else offers
    if len(problem.vectors) >= 2:
        return _offers("vectors")
    if problem.expr is not None:
        free = problem.variables or tuple(problem.expr.free_symbols)
        return _offers("fn1" if len(free) <= 1 else "fnN")
    return []


def _can_plot(problem: Problem) -> bool:
    try:
        from solver.plots import can_plot
    except ImportError:  # plots not installed in this build
        return False
    try:
        return bool(can_plot(problem))
    except Exception:  # a picture is optional: never fail a solution over it
        return False


_MATH = re.compile(r"[\d\[\]()^=+*/|]")


def solve_job(text: str, kind: str | None = None, flip: str | None = None) -> SolveResult:
    """Parse and solve ``text`` (``kind`` forces the intent, from an offer or "also" button;
    ``flip`` reads one ambiguous spot the other way, from the "other reading" button)."""
    try:
        problem = _read(text, kind, flip)
        if problem.kind is None:
            return SolveResult(ok=True, restated=problem.restated, offers=offers_for(problem),
                               can_plot=_can_plot(problem))
        solution = solve_problem(problem)
        return SolveResult(
            ok=True,
            kind=solution.kind,
            restated=problem.restated,
            html=solution.render("html"),
            text=solution.render("text"),
            pages=solution.render_pages("html"),
            can_plot=_can_plot(problem),
            json=solution.to_json(),
            also=list(problem.options.get("also", [])),
            readings=[(r.key, r.other) for r in problem.options.get("readings", [])
                      if flip is None],
        )
    except ParseError as exc:
        return SolveResult(ok=False, error=exc.message, hint=exc.hint,
                           has_math=bool(_MATH.search(text)))
    except TooHard as exc:
        return SolveResult(ok=False, error=exc.message, too_hard=True)


def _read(text: str, kind: str | None, flip: str | None) -> Problem:
    """The problem, read for ``kind`` when given (a button), with ``flip`` read the other way.

    A kind the message did not ask for (an offer under bare math) keeps the operands as read;
    a kind it did ask ("also") is read again from the words, so its operands fit."""
    flips = frozenset({flip}) if flip else frozenset()
    problem = parse(text, flips)
    if kind is None or kind == problem.kind:
        return problem
    if kind in problem.options.get("also", ()):
        return parse(text, flips, kind=kind)
    return problem.with_kind(kind)


def plot_job(text: str, kind: str | None = None, flip: str | None = None) -> PlotResult:
    """The picture that explains ``text`` (as read for ``kind``, with ``flip``)."""
    from solver.plots import plot_for

    try:
        problem = _read(text, kind, flip)
        plot = plot_for(problem)
    except ParseError as exc:
        return PlotResult(ok=False, error=exc.message, hint=exc.hint)
    except TooHard as exc:
        return PlotResult(ok=False, error=exc.message)
    if plot is None:
        return PlotResult(
            ok=False,
            error="I have no picture for that one.",
            hint="Try a function like x^2 - 2x, f(x,y) = x^2 + y^2, or a 2x2 matrix.",
        )
    return PlotResult(ok=True, png=plot.png, caption=plot.caption)


def formula_job(mathtext: str) -> bytes:
    """A small PNG of a lesson formula (trusted content, not user text)."""
    from solver.plots import render_formula

    return render_formula(mathtext)


def grade_job(question_id: str, answer_text: str) -> tuple[bool, bool]:
    """Grade a typed answer to a free quiz question: (it parsed as an answer, it is correct)."""
    from content import check_free_answer, load_curriculum

    question = load_curriculum().question(question_id)
    try:
        return True, bool(check_free_answer(question, answer_text))
    except ParseError:
        return False, False
