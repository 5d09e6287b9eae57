"""Choosing the picture for a parsed problem, and the caption that says what to look at.

Which picture a kind gets is the ``plot`` column of ``solver/kinds.py``; this module draws
it when the operands allow (a 2x2 or 3x3 numeric matrix, one or two plotting variables, ...).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import sympy as sp

from .. import kinds
from ..problem import Problem
from ..render import inline
from ._numeric import as_float
from .descent import plot_descent
from .function import plot_function, plot_taylor
from .lagrange import lagrange_picture
from .linear_map import plot_linear_map
from .pca import plot_pca
from .projection import projection_picture
from .surface import plot_surface_contour

logger = logging.getLogger(__name__)

CAPTION_MAX = 1024  # Telegram's limit for a photo caption

@dataclass(frozen=True)
class Plot:
    """A rendered picture: PNG bytes, a caption (≤ 1024 characters) and which plot it is."""

    png: bytes
    caption: str
    kind: str


@dataclass(frozen=True)
class _Choice:
    kind: str
    render: Callable[[], bytes]
    caption: Callable[[], str]


def can_plot(problem: Problem) -> bool:
    """Whether ``plot_for`` has a picture for this problem (cheap: nothing is drawn)."""
    try:
        return _choose(problem) is not None
    except Exception:  # a button must never break the solution message
        logger.info("can_plot failed for %r", problem.source, exc_info=True)
        return False


def plot_for(problem: Problem) -> Plot | None:
    """The picture that explains this problem, or None when there is none."""
    choice = _choose(problem)
    if choice is None:
        return None
    caption = choice.caption()
    if len(caption) > CAPTION_MAX:
        caption = caption[: CAPTION_MAX - 1] + "…"
    return Plot(png=choice.render(), caption=caption, kind=choice.kind)


# ------------------------------------------------------------------------------- choosing
def _choose(problem: Problem) -> _Choice | None:
    """The picture of the kind's ``plot`` column (``solver/kinds.py``), when the operands
    allow one."""
    kind = problem.kind
    picture = kinds.plot(kind)
    if picture == "none":
        return None
    if picture == "pca":
        return _pca(problem)
    if picture == "descent":
        return _descent(problem)
    if picture == "projection":
        found = projection_picture(problem)
        return _Choice(kind or "projection", *found) if found else None
    if picture == "lagrange" and (found := lagrange_picture(problem)):
        return _Choice("lagrange", *found)
    if problem.matrices and (picture == "matrix" or (kind is None and problem.expr is None)):
        return _matrix(problem.matrices[0])
    if problem.expr is None:
        return None
    variables = _function_variables(problem)
    if variables is None:
        return None
    if len(variables) == 2:
        return _surface(problem.expr, *variables)
    var = variables[0]
    if picture == "taylor":
        return _taylor(problem, var)
    if picture == "derivative":
        return _derivative(problem, var)
    expr, x_range = problem.expr, problem.options.get("x_range")
    return _Choice("function", lambda: plot_function(expr, var, x_range=x_range), lambda: (
        f"The curve y = {inline(expr)}. Look where it crosses the axis (roots) and where it "
        "turns (maxima and minima)."))


def _function_variables(problem: Problem) -> tuple[sp.Symbol, ...] | None:
    """One or two plotting variables holding every free symbol of the expression (none for a
    complex-valued one, 3·i·x² with i = √−1: it has no real curve to draw)."""
    if problem.expr.has(sp.I):
        return None
    free = problem.expr.free_symbols
    names = tuple(problem.variables) if problem.variables else tuple(
        sorted(free, key=lambda s: s.name))
    if problem.kind == "partial" and len(names) == 1 and len(free) == 2 and names[0] in free:
        names = tuple(sorted(free, key=lambda s: s.name))  # ∂/∂x of f(x, y): draw f(x, y)
    if not 1 <= len(names) <= 2 or not free <= set(names):
        return None
    return names


def _point_value(problem: Problem, var: sp.Symbol) -> float | None:
    if not problem.point or var not in problem.point:
        return None
    return as_float(problem.point[var])


def _derivative(problem: Problem, var: sp.Symbol) -> _Choice:
    expr = problem.expr
    order = 2 if (problem.order or 1) >= 2 else 1
    at = _point_value(problem, var)
    primes = "f′ (dashed orange)" + (" and f″ (dotted green)" if order == 2 else "")

    def caption() -> str:
        text = (f"Blue: f({var}) = {inline(expr)}; {primes}. Where f′ = 0 the curve is flat; "
                "where f′ > 0 it climbs, where f′ < 0 it falls.")
        if at is not None:
            text += (f" The black line is the tangent at {var} = {inline(problem.point[var])}: "
                     "its slope is the derivative there.")
        return text

    return _Choice("derivative", lambda: plot_function(
        expr, var, derivatives=order, tangent_at=at, x_range=problem.options.get("x_range")),
        caption)


def _taylor(problem: Problem, var: sp.Symbol) -> _Choice | None:
    about = problem.point.get(var, sp.Integer(0)) if problem.point else sp.Integer(0)
    if as_float(about) is None:
        return None
    order = problem.order or 3
    expr = problem.expr
    return _Choice("taylor", lambda: plot_taylor(expr, var, about, order), lambda: (
        f"Black: f({var}) = {inline(expr)}. The dashed curves are its Taylor polynomials of "
        f"order 1 to {min(order, 7)} about {var} = {inline(about)}: each hugs f near that point, "
        "and higher orders stay close over a wider stretch."))


def _surface(expr: sp.Expr, x: sp.Symbol, y: sp.Symbol) -> _Choice:
    return _Choice("surface", lambda: plot_surface_contour(expr, x, y), lambda: (
        f"Contours of f({x}, {y}) = {inline(expr)}: yellow is high, dark blue is low. The arrows "
        "point uphill: ∇f, at right angles to the contour lines. Markers: ● minimum, "
        "▲ maximum, ✖ saddle, ■ degenerate (the Hessian test cannot tell)."))


def _matrix(matrix: sp.MatrixBase) -> _Choice | None:
    if matrix.shape not in ((2, 2), (3, 3)) or any(as_float(e) is None for e in matrix):
        return None
    if matrix.shape == (3, 3):
        return _Choice("linear_map", lambda: plot_linear_map(matrix), lambda: (
            "Grey: the unit cube. Orange: where A sends it; the arrows are the columns of A "
            "(the images of e₁, e₂, e₃). The volume is multiplied by |det A|."))
    return _Choice("linear_map", lambda: plot_linear_map(matrix), lambda: (
        "Grey: the grid and unit square before. Blue grid and orange shape: after A; the "
        "arrows Ae₁, Ae₂ are A's columns. Area is multiplied by |det A|. Dashed lines are the "
        "eigenvectors: A only stretches them, by λ."))


def _pca(problem: Problem) -> _Choice | None:
    if not problem.matrices:
        return None
    m = problem.matrices[0]
    if any(as_float(e) is None for e in m):
        return None
    if problem.options.get("source") == "covariance":
        if m.shape != (2, 2):
            return None
        return _Choice("pca", lambda: plot_pca(m, covariance=True), lambda: (
            "The ellipses hold the data 1σ and 2σ from the mean. The arrows are the principal "
            "axes (eigenvectors of the covariance), each as long as its standard deviation."))
    if m.rows < 2 or not 1 <= m.cols <= 3:
        return None
    sample = bool(problem.options.get("sample"))
    return _Choice("pca", lambda: plot_pca(m, sample=sample), lambda: (
        "Blue: the data; ✚ the mean. The arrows are the principal axes, each as long as one "
        "standard deviation along it. Orange diamonds: each point projected onto PC1 (grey "
        "lines); that 1-D shadow keeps the most variance."))


def _descent(problem: Problem) -> _Choice | None:
    expr = problem.expr
    if expr is None or not problem.variables or not problem.point:
        return None
    variables = problem.variables[:1] if problem.kind == "newton" else problem.variables
    if len(variables) > 2 or not expr.free_symbols <= set(variables):
        return None
    start = [as_float(problem.point.get(v, sp.nan)) for v in variables]
    if any(s is None for s in start):
        return None
    steps = int(problem.options.get("steps") or 3)
    if problem.kind == "newton":
        return _Choice("descent", lambda: plot_descent(
            expr, variables, start, steps=steps, method="newton"), lambda: (
            f"Newton–Raphson for {inline(expr)} = 0. At each guess xₖ the red line is the "
            "tangent; where it meets the x-axis is the next guess xₖ₊₁."))
    lr = problem.options.get("lr")
    lr_value = as_float(lr) if lr is not None else None
    where = "the contours" if len(variables) == 2 else "the curve"
    return _Choice("descent", lambda: plot_descent(
        expr, variables, start, lr=lr_value, steps=steps), lambda: (
        f"Gradient descent on {inline(expr)}: each step moves against the gradient, "
        f"x ← x − η∇f, so the path runs downhill across {where}. Big η overshoots; "
        "small η crawls."))
