"""Work that runs in the worker processes: parse, solve, plot, render, grade.

Every function here takes and returns plain picklable data. They are called only through
``WorkerPool.run``, never on the event loop.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from solver import ParseError, Problem, TooHard, parse, solve_problem

from .texts import SOLVER_GAVE_UP

logger = logging.getLogger(__name__)

# What to offer when the student sent bare math with no question.
_MATRIX_OFFERS = (("Determinant", "det"), ("Inverse", "inverse"), ("Eigen", "eigenvectors"),
                  ("RREF", "rref"))
_RECT_OFFERS = (("RREF", "rref"), ("Rank", "rank"), ("Transpose", "transpose"),
                ("Null space", "nullspace"))
_VECTORS_OFFERS = (("Gram-Schmidt", "gram_schmidt"), ("Dot product", "dot"), ("Angle", "angle"))
_FN1_OFFERS = (("d/dx", "derivative"), ("Taylor", "taylor"))
_FNN_OFFERS = (("Gradient", "gradient"), ("Hessian", "hessian"),
               ("Critical points", "critical_points"))


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
            return [("PCA", "pca")]
        offers = list(_MATRIX_OFFERS if m.is_square else _RECT_OFFERS)
        return [*offers, ("PCA", "pca")] if m.rows > m.cols else offers
    if len(problem.vectors) >= 2:
        return list(_VECTORS_OFFERS)
    if problem.expr is not None:
        free = problem.variables or tuple(problem.expr.free_symbols)
        return list(_FN1_OFFERS if len(free) <= 1 else _FNN_OFFERS)
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


def solve_job(text: str, kind: str | None = None) -> SolveResult:
    """Parse and solve ``text`` (with ``kind`` forcing the intent, from an offer button)."""
    try:
        problem = parse(text)
        if kind is not None:
            problem = problem.with_kind(kind)
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
        )
    except ParseError as exc:
        return SolveResult(ok=False, error=exc.message, hint=exc.hint)
    except TooHard as exc:
        return SolveResult(ok=False, error=exc.message, too_hard=True)
    except (ValueError, OverflowError, RecursionError, ZeroDivisionError, ArithmeticError,
            TypeError, KeyError, IndexError, NotImplementedError, AttributeError) as exc:
        # A limit or a gap deep inside SymPy (e.g. "Exceeds the limit (4300 digits)"): the
        # student hears what happened, the log keeps the trace for us.
        logger.exception("solver failed on a %d-character problem", len(text))
        return SolveResult(ok=False, error=SOLVER_GAVE_UP.format(kind=type(exc).__name__),
                           too_hard=True)


solve_job.cacheable = True  # type: ignore[attr-defined]  # pure: same text, same result


def plot_job(text: str, kind: str | None = None) -> PlotResult:
    """The picture that explains ``text``."""
    from solver.plots import plot_for

    try:
        problem = parse(text)
        if kind is not None:
            problem = problem.with_kind(kind)
        plot = plot_for(problem)
    except ParseError as exc:
        return PlotResult(ok=False, error=exc.message, hint=exc.hint)
    except TooHard as exc:
        return PlotResult(ok=False, error=exc.message)
    except (ValueError, OverflowError, RecursionError, ZeroDivisionError, ArithmeticError,
            TypeError, KeyError, IndexError, NotImplementedError, AttributeError) as exc:
        logger.exception("plot failed on a %d-character problem", len(text))
        return PlotResult(ok=False, error=SOLVER_GAVE_UP.format(kind=type(exc).__name__))
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


formula_job.cacheable = True  # type: ignore[attr-defined]  # lesson formulas repeat all day


def grade_job(question_id: str, answer_text: str) -> tuple[bool, bool]:
    """Grade a typed answer to a free quiz question: (it parsed as an answer, it is correct)."""
    from content import check_free_answer, load_curriculum

    question = load_curriculum().question(question_id)
    try:
        return True, bool(check_free_answer(question, answer_text))
    except ParseError:
        return False, False
