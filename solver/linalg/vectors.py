"""Vectors: dot product, norm, angle, projection (onto a vector or a subspace), Gram-Schmidt."""

from __future__ import annotations

import logging

import sympy as sp

from ..errors import ParseError
from ..problem import Problem
from ..solution import Solution, Step
from ._common import (
    as_column,
    check_limits,
    entry_point,
    exact,
    fmt,
    is_zero,
    need_vectors,
    paren,
    same,
    simp,
    simp_matrix,
    verified,
)

logger = logging.getLogger(__name__)


def _same_length(u: sp.Matrix, v: sp.Matrix, what: str) -> None:
    if u.rows != v.rows:
        raise ParseError(
            f"For {what} both vectors need the same number of entries; these have "
            f"{u.rows} and {v.rows}.",
            "Check that the vectors live in the same space, e.g. (1, 2, 3) and (4, 5, 6).",
        )


def _dot_text(u: sp.Matrix, v: sp.Matrix) -> str:
    return " + ".join(f"{paren(a)}·{paren(b)}" for a, b in zip(u, v, strict=True))


def _real(expr: sp.Basic) -> sp.Basic:
    """Symbols taken as real: students' vector entries are real numbers."""
    return expr.subs({s: sp.Symbol(s.name, real=True) for s in expr.free_symbols})


def _norm(u: sp.Matrix) -> sp.Expr:
    return simp(sp.sqrt(sum((x**2 for x in u), sp.Integer(0))))


@entry_point
def solve_dot(problem: Problem) -> Solution:
    u, v = need_vectors(problem, 2, "a dot product")
    _same_length(u, v, "a dot product")
    value = simp(sum((a * b for a, b in zip(u, v, strict=True)), sp.Integer(0)))
    steps = [Step("Multiply matching entries and add",
                  [f"u·v = {_dot_text(u, v)} = {fmt(value)}"],
                  why="0 would mean the vectors are perpendicular." if not is_zero(value) else
                  "The dot product is 0: the vectors are perpendicular.")]
    return verified(problem, value, u.dot(v), steps)


def _other_norm(problem: Problem, u: sp.Matrix, ord_: object) -> Solution:
    """The L1 norm (sum of absolute values) or the max norm (largest absolute value)."""
    sizes = [simp(sp.Abs(_real(x))) for x in u]
    listed = ", ".join(f"|{fmt(x)}|" for x in u)
    if ord_ == 1:
        value = simp(sum(sizes, sp.Integer(0)))
        steps = [Step("L1 norm: add the absolute values of the entries",
                      [f"‖u‖₁ = {' + '.join(f'|{fmt(x)}|' for x in u)} = {fmt(value)}"],
                      why="Also called the taxicab or Manhattan length.")]
        truth = u.norm(1)
    else:
        value = simp(sp.Max(*sizes))
        steps = [Step("Max norm: the largest absolute value of an entry",
                      [f"‖u‖∞ = max({listed}) = {fmt(value)}"],
                      why="Also called the L∞ or Chebyshev norm.")]
        truth = u.norm(sp.oo)
    return verified(problem, value, truth, steps, check=lambda a, t: same(_real(a), _real(t)))


@entry_point
def solve_norm(problem: Problem) -> Solution:
    (u,) = need_vectors(problem, 1, "a norm")
    if (ord_ := problem.options.get("ord")) in (1, "inf"):
        return _other_norm(problem, u, ord_)
    squares = " + ".join(f"{paren(x)}²" for x in u)
    total = simp(sum((x**2 for x in u), sp.Integer(0)))
    if problem.options.get("squared"):  # |u|² = u·u: the sum of squares, no root
        steps = [Step("Squared length: the sum of squares", [f"|u|² = {squares} = {fmt(total)}"],
                      why="The squared length is u·u: the length before its square root.")]
        return verified(problem, total, u.dot(u), steps,
                        check=lambda a, t: same(_real(a), _real(t)))
    value = _norm(u)
    steps = [Step("Length: square root of the sum of squares",
                  [f"|u| = √({squares}) = √{paren(total)} = {fmt(value)}"],
                  why="Pythagoras in as many dimensions as the vector has.")]
    return verified(problem, value, u.norm(), steps,
                    check=lambda a, t: same(_real(a), _real(t)))


@entry_point
def solve_unit_vector(problem: Problem) -> Solution:
    """u/|u|: the vector of length 1 pointing the same way as u."""
    (u,) = need_vectors(problem, 1, "a unit vector")
    if all(is_zero(x) for x in u):
        raise ParseError("The zero vector has no direction, so it has no unit vector.",
                         "Use a nonzero vector.")
    squares = " + ".join(f"{paren(x)}²" for x in u)
    length = _norm(u)
    unit = sp.Matrix([simp(sp.radsimp(x / length)) for x in u])
    steps = [Step("Length first", [f"|u| = √({squares}) = {fmt(length)}"]),
             Step("Divide every entry by the length", [f"u/|u| = {fmt(unit)}"],
                  why="Dividing by the length keeps the direction and makes the length 1.")]
    return verified(problem, unit, u / u.norm(), steps,
                    check=lambda a, t: all(same(_real(p), _real(q)) for p, q in zip(a, t,
                                                                                    strict=True)))


@entry_point
def solve_angle(problem: Problem) -> Solution:
    u, v = need_vectors(problem, 2, "an angle")
    _same_length(u, v, "an angle")
    if all(is_zero(x) for x in u) or all(is_zero(x) for x in v):
        raise ParseError("The angle with the zero vector is not defined: it has no direction.",
                         "Use two nonzero vectors.")
    dot = simp(u.dot(v))
    nu, nv = _norm(u), _norm(v)
    cos = simp(sp.radsimp(dot / (nu * nv)))
    theta = sp.acos(cos)
    steps = [
        Step("cos θ = u·v / (|u|·|v|)", [f"u·v = {_dot_text(u, v)} = {fmt(dot)}",
                                         f"|u| = {fmt(nu)}, |v| = {fmt(nv)}",
                                         f"cos θ = {fmt(dot)}/({fmt(nu * nv)}) = {fmt(cos)}"],
             why="The dot product is |u|·|v|·cos θ."),
        Step("θ = acos(cos θ)", [f"θ = {fmt(theta)}"] + (
            [f"≈ {float(theta):.4g} rad ≈ {float(theta * 180 / sp.pi):.4g}°"]
            if not theta.free_symbols else [])),
    ]
    truth = sp.acos(u.dot(v) / (u.norm() * v.norm()))
    if problem.options.get("cos"):  # "cos of the angle between u and v": cos θ is the answer
        return verified(problem, cos, sp.cos(truth), steps[:1],
                        check=lambda a, t: same(_real(a), _real(t)))
    out = verified(problem, theta, truth, steps,
                   check=lambda a, t: same(sp.cos(_real(a)), sp.cos(_real(t))))
    if not out.answer.free_symbols:
        out.answer_text = f"θ = {fmt(out.answer)} ≈ {float(out.answer * 180 / sp.pi):.4g}°"
    return out


def _subspace(problem: Problem) -> tuple[sp.Matrix | None, sp.Matrix]:
    """(x or None, B): the vector to project and the matrix whose columns span the target."""
    want_matrix = bool(problem.options.get("matrix"))
    vecs = [as_column(v) for v in problem.vectors]
    if problem.matrices:
        b = exact(problem.matrices[0])
        x = vecs[0] if vecs else None
    elif want_matrix and vecs:
        b, x = sp.Matrix.hstack(*vecs), None
    elif len(vecs) >= 2:
        x, b = vecs[0], sp.Matrix.hstack(*vecs[1:])
    else:
        raise ParseError("I need a vector and what to project it onto.",
                         "Write e.g. 'project (1, 2) onto (3, 4)'.")
    if x is not None and x.rows != b.rows:
        raise ParseError(
            f"The vector has {x.rows} entries but the target vectors have {b.rows}: "
            "they are not in the same space.",
            "Give all vectors the same number of entries.")
    if not want_matrix and x is None:
        raise ParseError("Which vector should I project?", "Write 'project (1, 2) onto (3, 4)'.")
    check_limits(b, *([x] if x is not None else []))
    return x, b


def _independent_columns(b: sp.Matrix) -> tuple[sp.Matrix, list[str]]:
    _, pivots = b.rref(simplify=True)
    if len(pivots) == b.cols:
        return b, []
    if not pivots:
        raise ParseError("Cannot project onto the zero vector: it spans only the origin.",
                         "Use at least one nonzero vector.")
    kept = b.extract(list(range(b.rows)), list(pivots))
    note = (f"The {b.cols} spanning vectors are dependent; columns "
            f"{', '.join(str(p + 1) for p in pivots)} already span the same space.")
    return kept, [note]


@entry_point
def solve_projection(problem: Problem) -> Solution:
    """Projection of x onto span(B): (x·b/b·b)·b for one vector, else B(BᵀB)⁻¹Bᵀx."""
    x, b_all = _subspace(problem)
    b, notes = _independent_columns(b_all)
    steps: list[Step] = []
    if notes:
        steps.append(Step("Drop dependent spanning vectors", [b], why=notes[0]))
    q, _ = b.QRdecomposition()  # an independent route for the check: P = Q·Qᵀ
    truth_p = simp_matrix(q * q.T)
    if b.cols == 1 and x is not None and not problem.options.get("matrix"):
        d = b.col(0)
        num, den = simp(x.dot(d)), simp(d.dot(d))
        coef = simp(num / den)
        result = simp_matrix(coef * d)
        steps += [
            Step("proj = (x·b / b·b)·b", [f"x·b = {_dot_text(x, d)} = {fmt(num)}",
                                          f"b·b = {fmt(den)}",
                                          f"proj = {fmt(coef)}·{fmt(d)}"],
                 why="The part of x along b; what is left, x − proj, is perpendicular to b."),
            Step("Projected vector", [result]),
            Step("Scalar projection (signed length along b)",
                 [f"x·b/|b| = {fmt(simp(num / sp.sqrt(den)))}"], detail=True),
        ]
        return verified(problem, result, truth_p * x, steps, notes=notes)
    btb = simp_matrix(b.T * b)
    inv = simp_matrix(btb.inv())
    p = simp_matrix(b * inv * b.T)
    steps += [
        Step("Columns of B span the subspace", [b],
             why="Projection onto the column space: P = B(BᵀB)⁻¹Bᵀ."),
        Step("BᵀB", [btb]),
        Step("(BᵀB)⁻¹", [inv], detail=True),
        Step("Projection matrix P = B(BᵀB)⁻¹Bᵀ", [p],
             why="P is symmetric and P² = P: projecting twice changes nothing."),
    ]
    if problem.options.get("matrix") or x is None:
        return verified(problem, p, truth_p, steps, notes=notes)
    coeffs = simp_matrix(inv * b.T * x)
    result = simp_matrix(b * coeffs)
    steps += [
        Step("Coefficients c = (BᵀB)⁻¹Bᵀx", [coeffs],
             why="The projection is c₁·b₁ + c₂·b₂ + …: the closest point of the subspace."),
        Step("Projected vector B·c", [result]),
    ]
    return verified(problem, result, truth_p * x, steps, notes=notes)


def _sign_sentence(value: sp.Expr) -> str:
    """What the sign of a scalar projection says, from the number itself (nothing for a
    symbolic one: its sign is not known)."""
    if value.free_symbols or not value.is_real:
        return "Its sign says whether u leans along v (+) or against it (−)."
    if is_zero(value):
        return "It is 0: u is perpendicular to v."
    if value.is_positive:
        return "It is positive: u leans along v's direction (the angle is under 90°)."
    return "It is negative: u leans against v's direction (the angle is over 90°)."


@entry_point
def solve_scalar_projection(problem: Problem) -> Solution:
    """The scalar projection (component) of u onto v: u·v / |v|, a signed length."""
    u, v = need_vectors(problem, 2, "a scalar projection")
    _same_length(u, v, "a scalar projection")
    if all(is_zero(x) for x in v):
        raise ParseError("There is no projection onto the zero vector: it has no direction.",
                         "Project onto a nonzero vector, e.g. (1, 1).")
    dot = simp(u.dot(v))
    squares = " + ".join(f"{paren(x)}²" for x in v)
    total = simp(sum((x**2 for x in v), sp.Integer(0)))
    length = _norm(v)
    value = simp(sp.radsimp(dot / length))
    steps = [
        Step("u·v: multiply matching entries and add", [f"u·v = {_dot_text(u, v)} = {fmt(dot)}"]),
        Step("|v|: square root of the sum of squares",
             ["|v| = " + " = ".join(dict.fromkeys((f"√({squares})", f"√{paren(total)}",
                                                  fmt(length))))]),
        Step("comp_v u = u·v / |v|", [f"comp_v u = {paren(dot)}/{paren(length)} = {fmt(value)}"],
             why="The signed length of u's shadow on the line of v. " + _sign_sentence(value)),
        Step("The vector projection, for comparison",
             [f"proj_v u = (u·v/|v|²)·v = {fmt(simp_matrix((dot / total) * v))}"],
             detail=True),
    ]
    truth = u.dot(v) / v.norm()
    out = verified(problem, value, truth, steps, check=lambda a, t: same(_real(a), _real(t)))
    if not out.answer.free_symbols and not out.answer.is_Rational:
        out.answer_text = f"{fmt(out.answer)} ≈ {float(out.answer):.4g}"
    return out


@entry_point
def solve_gram_schmidt(problem: Problem) -> Solution:
    """Subtract the projections onto the earlier vectors, then normalise each one."""
    vecs = need_vectors(problem, max(1, len(problem.vectors)), "Gram-Schmidt")
    for v in vecs[1:]:
        _same_length(vecs[0], v, "Gram-Schmidt")
    ortho: list[sp.Matrix] = []
    kept: list[sp.Matrix] = []
    steps: list[Step] = []
    notes: list[str] = []
    for k, v in enumerate(vecs, 1):
        u = v
        terms, coef_lines = "", []
        for j, w in enumerate(ortho, 1):
            num, den = simp(v.dot(w)), simp(w.dot(w))
            coef = simp(num / den)
            u = simp_matrix(u - coef * w)
            ratio = f"{paren(num) if not num.is_Integer else fmt(num)}/{paren(den)}"
            tail = "" if ratio == fmt(coef) else f" = {fmt(coef)}"
            coef_lines.append(f"(v{k}·u{j})/(u{j}·u{j}) = {ratio}{tail}")
            if coef != 0:
                sign, mag = ("+", -coef) if coef.could_extract_minus_sign() else ("−", coef)
                terms += f" {sign} {paren(mag)}·u{j}" if mag != 1 else f" {sign} u{j}"
        if all(is_zero(x) for x in u):
            notes.append(f"v{k} depends on the earlier vectors, so it adds no new direction "
                         "and is skipped.")
            steps.append(Step(f"v{k}: nothing left after subtracting projections",
                              coef_lines, why=notes[-1]))
            continue
        onto = "u1" if k == 2 else f"u1…u{k - 1}"
        steps.append(Step(f"u{k} = v{k} minus its projections onto {onto}" if ortho
                          else "u1 = v1", [*coef_lines, f"u{k} = v{k}{terms} = {fmt(u)}"],
                          why="What remains is perpendicular to every earlier u." if ortho
                          else "The first direction is kept as it is."))
        ortho.append(u)
        kept.append(v)
    units = []
    lines = []
    for k, u in enumerate(ortho, 1):
        n = _norm(u)
        e = simp_matrix(u / n)
        units.append(e)
        lines.append(f"e{k} = u{k}/|u{k}| = {fmt(u)}/{paren(n)} = {fmt(e)}")
    if problem.options.get("orthogonal"):  # "(not normalised)": the u's are the answer
        truth = [simp_matrix(u) for u in sp.GramSchmidt(kept, False)] if kept else []
        out = verified(problem, ortho, truth, steps, notes=notes)
        out.answer_text = "; ".join(fmt(u) for u in out.answer) or "no nonzero vectors"
        return out
    steps.append(Step("Normalise: divide each u by its length", lines,
                      why="Unit length makes the set orthonormal."))
    truth = [simp_matrix(e) for e in sp.GramSchmidt(kept, True)] if kept else []
    out = verified(problem, units, truth, steps, notes=notes)
    out.answer_text = "; ".join(fmt(e) for e in out.answer) or "no nonzero vectors"
    return out
