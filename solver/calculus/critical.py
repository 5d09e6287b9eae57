"""Critical points: solve ∇f = 0, then classify each real point with the Hessian."""

from __future__ import annotations

import logging

import sympy as sp

from ..errors import TooHard
from ..problem import Problem
from ..render import decimal, inline
from ..solution import Solution, Step
from .check import Real, point_text, same, solution, tidy
from .matrices import _setup, partial_entries

logger = logging.getLogger(__name__)

SURD_HEADLINE = 60  # characters (two phone lines): longer answers with surds go to decimals

MAX_POINTS = 12


def _real_point(sol: dict) -> bool:
    return all(not v.has(sp.I) and v.is_real is not False for v in sol.values())


def _sort_key(point: dict) -> tuple:
    key = []
    for v in point.values():
        try:
            key.append((0, float(v), ""))
        except TypeError:
            key.append((1, 0.0, str(v)))
    return tuple(key)


def classify(hess: sp.Matrix) -> tuple[str, str]:
    """(kind, reason) for a Hessian evaluated at a critical point."""
    n = hess.rows
    if n == 1:
        h = hess[0, 0]
        if h.is_positive:
            return "minimum", f"f″ = {inline(h)} > 0"
        if h.is_negative:
            return "maximum", f"f″ = {inline(h)} < 0"
        if h.is_zero:
            return "test inconclusive", "f″ = 0"
        return "depends on the parameters", f"f″ = {inline(h)}"
    if n == 2:
        det, fxx = tidy(hess.det()), hess[0, 0]
        tr = tidy(hess.trace())
        text = f"det H = {inline(det)}, trace H = {inline(tr)}"
        if det.is_negative:
            return "saddle point", text + " (det < 0)"
        if det.is_positive and fxx.is_positive:
            return "minimum", text + " (det > 0, fxx > 0)"
        if det.is_positive and fxx.is_negative:
            return "maximum", text + " (det > 0, fxx < 0)"
        if det.is_zero:
            return "test inconclusive", text + " (det = 0)"
        return "depends on the parameters", text
    eigen = list(hess.eigenvals(multiple=True))
    text = "eigenvalues of H: " + ", ".join(inline(e) for e in eigen)
    if all(e.is_positive for e in eigen):
        return "minimum", text + " (all positive)"
    if all(e.is_negative for e in eigen):
        return "maximum", text + " (all negative)"
    if any(e.is_positive for e in eigen) and any(e.is_negative for e in eigen):
        return "saddle point", text + " (mixed signs)"
    if all(e.is_nonnegative for e in eigen) or all(e.is_nonpositive for e in eigen):
        return "test inconclusive", text + " (a zero eigenvalue)"
    return "depends on the parameters", text


def critical_points(problem: Problem) -> Solution:
    """Real solutions of ∇f = 0, each classified as minimum, maximum, saddle or inconclusive."""
    real = Real(problem)
    f, variables = _setup(problem, real)
    entries, steps, notes = partial_entries(f, variables)
    direct = [sp.diff(f, v) for v in variables]
    if not all(same(a, b) for a, b in zip(entries, direct, strict=True)):
        notes.append("My partial derivatives did not match SymPy's; I used SymPy's.")
        entries = direct
    steps.append(Step("Set the gradient to zero", [f"{inline(e)} = 0" for e in entries],
                      why="At a critical point every partial derivative is 0."))
    try:
        found = sp.solve(entries, list(variables), dict=True)
    except NotImplementedError as exc:
        raise TooHard("SymPy cannot solve ∇f = 0 exactly for this function.") from exc
    points = [{v: tidy(p[v]) if v in p else v for v in variables} for p in found
              if _real_point(p)]
    points = sorted(points, key=_sort_key)
    if len(points) > MAX_POINTS:
        raise TooHard(f"There are more than {MAX_POINTS} critical points; too many to list.")
    for p in points:  # the check: the gradient really vanishes there
        if not all(same(d.subs(p), 0) for d in direct):
            raise TooHard("I could not confirm the solutions of ∇f = 0; not answering.")
    if any(p[v] == v for p in points for v in variables):
        notes.append("Some critical points form a whole line or curve (a variable stays free).")
    if f.has(sp.sin, sp.cos, sp.tan, sp.cot, sp.sec, sp.csc):
        notes.append("f is periodic: these are the solutions SymPy finds in one period; "
                     "shifting by the period gives more.")
    hess = sp.hessian(f, variables)
    steps.append(Step("Hessian", ["H =", hess], why="used to classify each point"))
    lines, summary, kinds = [], [], []
    for p in points:
        kind, reason = classify(tidy(hess.subs(p)))
        kinds.append(kind)
        value = tidy(f.subs(p))
        lines.append(f"({', '.join(inline(p[v]) for v in variables)}): {reason} → {kind}, "
                     f"f = {inline(value)}")
        summary.append(f"({', '.join(inline(p[v]) for v in variables)}) {kind}")
    if points:
        steps.append(Step(f"Solutions: {len(points)} real critical point"
                          + ("s" if len(points) > 1 else ""), [point_text(p) for p in points]))
        steps.append(Step("Classify with the Hessian", lines,
                          why=_CLASSIFY_WHY.get(len(variables), _CLASSIFY_WHY[3])))
    text = "; ".join(summary) if points else "no real critical points"
    long_surd = any(len(inline(p[v])) > 10 and "√" in inline(p[v]) for p in points
                    for v in variables)
    if len(text) > SURD_HEADLINE and long_surd:  # the headline in decimals (exact below)
        text = "; ".join(f"≈ ({', '.join(decimal(p[v]) for v in variables)}) {kind}"
                         for p, kind in zip(points, kinds, strict=True))
    # As sympy.solve gives them: a variable left free along a curve is not in the dict.
    answer = [{v: p[v] for v in variables if p[v] != v} for p in points]
    return solution(problem, real, answer, steps, notes, text)


_CLASSIFY_WHY: dict[int, str] = {
    1: "f″ > 0: minimum; f″ < 0: maximum; f″ = 0: the test says nothing.",
    2: "det H < 0: saddle; det H > 0 with fxx > 0: minimum, with fxx < 0: maximum; "
       "det H = 0: inconclusive.",
    3: "All eigenvalues > 0: minimum; all < 0: maximum; mixed signs: saddle; a zero "
       "eigenvalue: inconclusive.",
}


