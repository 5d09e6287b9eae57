"""Cross product of two 3-vectors and distance between two points (new kinds of issue 10)."""

from __future__ import annotations

import logging

import sympy as sp

from ..errors import ParseError
from ..problem import Problem
from ..solution import Solution, Step
from ._common import entry_point, fmt, need_vectors, paren, same, simp, verified

logger = logging.getLogger(__name__)


@entry_point
def solve_cross(problem: Problem) -> Solution:
    u, v = need_vectors(problem, 2, "a cross product")
    if u.rows != 3 or v.rows != 3:
        raise ParseError(
            f"The cross product is for two vectors with 3 entries; these have {u.rows} and "
            f"{v.rows}.", "For example: cross product of (1, 0, 0) and (0, 1, 0).")
    (a1, a2, a3), (b1, b2, b3) = list(u), list(v)
    parts = [(a2, b3, a3, b2), (a3, b1, a1, b3), (a1, b2, a2, b1)]
    values = [simp(p * q - r * s) for p, q, r, s in parts]
    lines = [f"{name} = {paren(p)}·{paren(q)} − {paren(r)}·{paren(s)} = {fmt(val)}"
             for name, (p, q, r, s), val in zip(("x", "y", "z"), parts, values, strict=True)]
    result = sp.Matrix(values)
    check = simp(result.dot(u)), simp(result.dot(v))
    steps = [
        Step("Each component is a 2×2 determinant of the other two", lines,
             why="u × v = (u₂v₃ − u₃v₂, u₃v₁ − u₁v₃, u₁v₂ − u₂v₁)."),
        Step("Check: the result is perpendicular to both",
             [f"(u × v)·u = {fmt(check[0])}, (u × v)·v = {fmt(check[1])}"],
             why="A cross product is always perpendicular to the two vectors it comes from."),
    ]
    return verified(problem, result, u.cross(v), steps)


def _other_distance(problem: Problem, u: sp.Matrix, v: sp.Matrix, diff: sp.Matrix,
                    ord_: object) -> Solution:
    """The L1 (Manhattan) or the max (Chebyshev) distance: that norm of u − v."""
    sizes = [simp(sp.Abs(d)) for d in diff]
    listed = [f"|{fmt(d)}|" for d in diff]
    if ord_ == 1:
        value = simp(sum(sizes, sp.Integer(0)))
        last = Step("L1 distance: add the absolute differences",
                    [f"‖u − v‖₁ = {' + '.join(listed)} = {fmt(value)}"],
                    why="Also called the Manhattan or taxicab distance: the length of a path "
                        "along the axes.")
        truth = (u - v).norm(1)
    else:
        value = simp(sp.Max(*sizes))
        last = Step("Max distance: the largest absolute difference",
                    [f"‖u − v‖∞ = max({', '.join(listed)}) = {fmt(value)}"],
                    why="Also called the Chebyshev or L∞ distance.")
        truth = (u - v).norm(sp.oo)
    steps = [Step("Subtract the coordinates", [f"u − v = {fmt(diff)}"]), last]
    return verified(problem, value, truth, steps,
                    check=lambda a, t: same(sp.simplify(a - t), 0))


@entry_point
def solve_distance(problem: Problem) -> Solution:
    u, v = need_vectors(problem, 2, "a distance")
    if u.rows != v.rows:
        raise ParseError(f"Those points have {u.rows} and {v.rows} coordinates.",
                         "For example: distance between (1, 1) and (4, 5).")
    diff = sp.Matrix([simp(a - b) for a, b in zip(u, v, strict=True)])
    if (ord_ := problem.options.get("ord")) in (1, "inf"):
        return _other_distance(problem, u, v, diff, ord_)
    total = simp(sum((d**2 for d in diff), sp.Integer(0)))
    value = simp(sp.sqrt(total))
    squares = " + ".join(f"{paren(d)}²" for d in diff)
    if problem.options.get("squared"):  # ‖u − v‖²: the sum of squares, no root
        steps = [
            Step("Subtract the coordinates", [f"u − v = {fmt(diff)}"]),
            Step("Squared length of the difference", [f"‖u − v‖² = {squares} = {fmt(total)}"],
                 why="The squared distance is the sum of the squared differences (no root)."),
        ]
        return verified(problem, total, (u - v).dot(u - v), steps,
                        check=lambda a, t: same(sp.simplify(a - t), 0))
    steps = [
        Step("Subtract the coordinates", [f"u − v = {fmt(diff)}"]),
        Step("Length of the difference",
             [f"‖u − v‖ = √({squares}) = √{paren(total)} = {fmt(value)}"],
             why="The distance between two points is the length of the vector between them."),
    ]
    return verified(problem, value, (u - v).norm(), steps,
                    check=lambda a, t: same(sp.simplify(a - t), 0))
