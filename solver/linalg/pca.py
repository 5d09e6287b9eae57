"""PCA from data points (rows) or from a covariance matrix, step by step.

Mean → centred data → covariance (÷ n as in the course; ÷ n−1 when the problem asks for the
sample covariance: options["sample"]) → eigenvalues and unit eigenvectors →
descending order → explained-variance ratios → projection onto the first k components.
Exact throughout; when the exact eigenvalues are unwieldy (a cubic's casus irreducibilis)
they are given to 12 digits with a note, and the check is numerical.
"""

from __future__ import annotations

import logging

import numpy as np
import sympy as sp

from ..errors import ParseError, TooHard
from ..problem import Problem
from ..solution import Solution, Step
from ._common import (
    LAMBDA,
    MISMATCH_NOTE,
    entry_point,
    exact,
    fmt,
    is_zero,
    numeric,
    shape,
    simp,
    simp_matrix,
    verified,
)
from ._rules import eliminate
from .eigen import RootFacts, charpoly, eigenvalue_working, factor_list
from .reduce import nullspace_from

logger = logging.getLogger(__name__)

MAX_POINTS = 30
MAX_DIMS = 4
TOL = 1e-9


def _operands(problem: Problem) -> tuple[sp.Matrix, str, int]:
    if not problem.matrices:
        raise ParseError("PCA needs data points (one per row) or a covariance matrix.",
                         "Write e.g. 'pca [1 2; 3 4; 5 7]'.")
    m = exact(problem.matrices[0])
    source = problem.options.get("source", "data")
    k = int(problem.options.get("k", 1))
    if m.free_symbols:
        raise TooHard("PCA needs numbers: with symbols the components cannot be ordered.")
    if m.cols > MAX_DIMS or m.rows > MAX_POINTS:
        raise TooHard(f"I explain PCA for up to {MAX_POINTS} points in up to {MAX_DIMS} "
                      f"dimensions; this is {shape(m)}.")
    if source == "covariance":
        if m.rows != m.cols or any(not is_zero(x) for x in m - m.T):
            raise ParseError(f"A covariance matrix is square and symmetric; this {shape(m)} "
                             "matrix is not.", "For data points, say 'pca of the data …'.")
    elif m.rows < 2:
        raise ParseError("PCA from data needs at least 2 points (rows).",
                         "Write one data point per row: [1 2; 3 4; 5 7].")
    if not 1 <= k <= m.cols:
        raise ParseError(f"k = {k} components, but the data has {m.cols} dimensions.",
                         f"Choose k between 1 and {m.cols}.")
    return m, source, k


def _unit(v: sp.Matrix) -> sp.Matrix:
    """Unit vector with its first nonzero entry positive (a fixed sign convention)."""
    first = next(x for x in v if not is_zero(x))
    sign = -1 if sp.N(first) < 0 else 1
    n = sp.sqrt(sum((x**2 for x in v), sp.Integer(0)))
    return simp_matrix(sign * v / n)


def _orthonormal(basis: list[sp.Matrix]) -> list[sp.Matrix]:
    if len(basis) <= 1:
        return [_unit(v) for v in basis]
    return [_unit(v) for v in sp.GramSchmidt(basis, False)]


def _exact_eigen(c: sp.Matrix
                 ) -> tuple[tuple[list[sp.Expr], list[sp.Matrix]] | None, list[Step], RootFacts]:
    """Exact variances and unit directions when the eigenvalues have a short exact form
    (else ``None``), with the eigenvalue working and the facts about the roots."""
    values, steps, _, facts = eigenvalue_working(c, "C")
    if facts.decimal or facts.nonreal:
        return None, steps, facts
    if any(not v.is_Rational for v in values):
        # surd variances stay exact; their unit directions are nested radicals nobody reads
        # (shown in decimals anyway) and radsimp on them was most of PCA's time: LAPACK's
        # orthonormal eigenvectors instead, checked numerically (C·W = W·Λ, WᵀW = I)
        _, dirs = _numeric_eigen(c)
        ordered = sorted((v for v, mult in values.items() for _ in range(mult)),
                         key=lambda v: -float(v))
        return (ordered, dirs), steps, facts
    pairs = []
    for value in values:
        elim = eliminate(simp_matrix(c - value * sp.eye(c.rows)))
        for u in _orthonormal(nullspace_from(elim.eval(), elim.pivots)):
            pairs.append((value, u))
    pairs.sort(key=lambda p: -float(sp.N(p[0])))
    return ([p[0] for p in pairs], [p[1] for p in pairs]), steps, facts


def _numeric_eigen(c: sp.Matrix) -> tuple[list[sp.Expr], list[sp.Matrix]]:
    """LAPACK's variances and unit directions, never with float noise on show: an entry of a
    unit direction below 10⁻⁹ is 0 (LAPACK printed −1.1e-16 where the exact entry is 0,
    shown in the ≈ vector), and a variance that is exactly 0 (C singular: n − rank C of
    them, counted exactly for a rational C) is the exact 0, not −1.06e-14."""
    vals, vecs = np.linalg.eigh(np.array(c.evalf(20).tolist(), dtype=float))
    order = np.argsort(-vals)
    zeros = 0 if c.has(sp.Float) else c.rows - c.rank()
    out_v, out_w = [], []
    for n, i in enumerate(order):
        w = vecs[:, i]
        w = -w if w[np.flatnonzero(np.abs(w) > TOL)[0]] < 0 else w
        exact_zero = n >= len(order) - zeros  # C is positive semi-definite: 0 is the least
        out_v.append(sp.Integer(0) if exact_zero else sp.Float(vals[i], 12))
        out_w.append(sp.Matrix([sp.Integer(0) if abs(x) < TOL else sp.Float(x, 12)
                                for x in w]))
    return out_v, out_w


def _denoised(m: sp.Matrix) -> sp.Matrix:
    """Decimal entries below 10⁻⁹ of the largest are 0 (products of LAPACK's directions)."""
    floats = [abs(float(x)) for x in m if x.is_Float]
    if not floats:
        return m
    scale = max([1.0, *floats])
    return m.applyfunc(lambda x: sp.Integer(0) if x.is_Float and abs(float(x)) < TOL * scale
                       else x)


def _check(answer: tuple, truth: tuple, c: sp.Matrix) -> bool:
    values, dirs = answer
    t_values = truth
    if len(values) != len(t_values) or len(dirs) != len(values):
        return False
    if any(abs(complex(sp.N(a - b))) > TOL * (1 + abs(complex(sp.N(b))))
           for a, b in zip(values, t_values, strict=True)):
        return False
    cn = np.array(c.evalf(20).tolist(), dtype=float)
    w = np.array([[float(x) for x in d] for d in dirs]).T
    lam = np.array([complex(sp.N(v)).real for v in values])
    scale = 1 + np.abs(cn).max()
    return bool(np.allclose(cn @ w, w * lam, atol=TOL * scale)
                and np.allclose(w.T @ w, np.eye(len(values)), atol=1e-9))


@entry_point
def solve_pca(problem: Problem) -> Solution:
    """Principal components with the full working."""
    m, source, k = _operands(problem)
    steps: list[Step] = []
    centred = None
    if source == "covariance":
        c = m
        steps.append(Step("Covariance matrix (given)", [c]))
    else:
        n = m.rows
        mean = simp_matrix(sp.Matrix([[sum(m.col(j)) / n for j in range(m.cols)]]))
        centred = simp_matrix(m - sp.ones(n, 1) * mean)
        sample = bool(problem.options.get("sample"))
        d = n - 1 if sample else n  # the course's covariance is ÷ n; "sample" asks ÷ (n − 1)
        c = simp_matrix(centred.T * centred / d)
        steps += [
            Step(f"Mean of the {n} points", [f"μ = {fmt(mean.T)}"],
                 why="PCA describes spread around the centre of the data."),
            Step("Centre the data: subtract μ from every point", [centred], detail=n > 4),
            Step(f"Sample covariance C = XcᵀXc/(n − 1), n = {n}" if sample else
                 f"The covariance C = XcᵀXc/n, n = {n}", [c],
                 why="Diagonal: variance of each coordinate; off-diagonal: how they vary "
                     "together."),
        ]
        # independent route for the check: C_ij = (Σ x_i x_j − n μ_i μ_j)/d
        direct = sp.Matrix(m.cols, m.cols, lambda i, j: (
            sum(m[r, i] * m[r, j] for r in range(n)) - n * mean[i] * mean[j]) / d)
        if any(not is_zero(x) for x in c - direct):
            logger.error("covariance mismatch for %s", m)
            c = simp_matrix(direct)
    notes: list[str] = []
    found, eig_steps, facts = _exact_eigen(c)
    for s in eig_steps:
        s.detail = s.detail or not s.title.startswith("Solve p")
    steps += eig_steps
    if found is None:
        values, dirs = _numeric_eigen(c)
        notes.append(_decimal_note(c, facts))
    else:
        values, dirs = found
    steps.append(Step("Principal directions: unit eigenvectors, largest variance first",
                      [_pc_text(i, v, d)
                       for i, (v, d) in enumerate(zip(values, dirs, strict=True), 1)],
                      why="The eigenvalue is the variance of the data along its eigenvector."))
    total = simp(c.trace())  # = Σλ exactly; checked against the variances in _check
    ratios = [(simp(v / total) if not v.is_Float else v / total) if total != 0
              else sp.Integer(0) for v in values]
    steps.append(Step("Explained variance ratio λᵢ / Σλ",
                      [_ratio_text(i, r) for i, r in enumerate(ratios, 1)],
                      why=f"Total variance Σλ = trace C = {fmt(total)}."))
    if centred is not None:
        w = sp.Matrix.hstack(*dirs[:k])
        scores = _denoised(simp_matrix(centred * w))
        shown = scores if all(len(fmt(x)) <= 20 for x in scores) else scores.evalf(6)
        which = "first component" if k == 1 else f"first {k} components"
        steps.append(Step(f"Project the centred data onto the {which} (Z = Xc·W, "
                          f"{shape(scores)}" + (", ≈" if shown is not scores else "") + ")",
                          [shown],
                          detail=scores.rows > 6,
                          why=f"Keeps {float(sum(ratios[:k])):.1%} of the variance."))
    else:
        steps.append(Step("Keep the first component" if k == 1 else
                          f"Keep the first {k} components",
                          [f"{float(sum(ratios[:k])):.1%} of the variance"]))
    # SymPy's exact roots of det(C − λI) (CRootOf: real roots isolated exactly, values by
    # the secant method), largest first: the variances must match them
    truth_vals = sorted((complex(numeric(r, 20)).real
                         for r in sp.Poly(charpoly(c), LAMBDA).all_roots()), reverse=True)
    out = verified(problem, (values, dirs), truth_vals, steps, notes=notes,
                   check=lambda a, t: _check(a, t, c))
    if MISMATCH_NOTE in out.notes:  # mismatch: LAPACK's eigenvectors, in decimals
        out.answer = _numeric_eigen(c)
    vals, dirs = out.answer
    total = sum(vals)  # each PC's share of the variance is in the answer line, not only step 10
    out.answer_text = "; ".join(_pc_text(i, v, d, v / total if total != 0 else None)
                                for i, (v, d) in enumerate(zip(vals, dirs, strict=True), 1))
    if problem.options.get("ratio"):
        _ratio_answer(out, vals, truth_vals)
    return out


def _ratio_answer(out: Solution, vals: list[sp.Expr], truth: list[float]) -> None:
    """"What fraction of the variance does each PC explain": the answer is the ratios
    λᵢ/Σλ (from the verified variances, each checked against SymPy's roots' own ratios) with
    the directions, ``(ratios, directions)``; the answer line shows the ratios."""
    total = sum(vals)
    t_total = sum(truth)
    if total == 0 or t_total == 0:
        raise TooHard("The data do not vary at all, so no component explains any variance.")
    ratios = [simp(v / total) if not v.has(sp.Float) else v / total for v in vals]
    if any(abs(float(r) - t / t_total) > TOL for r, t in zip(ratios, truth, strict=True)):
        logger.error("pca ratios %s do not match SymPy's %s", ratios, truth)
        ratios = [sp.Float(t / t_total, 15) for t in truth]
    dirs = out.answer[1]
    out.answer = (ratios, dirs)
    lines = []
    for i, (r, v, d) in enumerate(zip(ratios, vals, dirs, strict=True), 1):
        direction = _pc_text(i, v, d).split("direction ", 1)[1]  # as the plain answer says
        lines.append(f"{_ratio_text(i, r)} of the variance, direction {direction}")
    out.answer_text = "\n".join(lines)  # a line a component (a phone wraps each on its own)


def _decimal_note(c: sp.Matrix, facts: RootFacts) -> str:
    """Why the variances are decimals, from the factors of det(C − λI)."""
    _, factors = factor_list(sp.Poly(charpoly(c), LAMBDA))
    degrees = sorted({f.degree() for f, _ in factors if f.degree() >= 3})
    if degrees:
        why = (f"det(C − λI) has a factor of degree {' and '.join(map(str, degrees))} with no "
               "rational factors, so the exact eigenvalues are long radicals")
    else:
        why = "The exact eigenvalues are long expressions"
    return (f"{why}: the variances and directions are decimals (LAPACK, checked against "
            "SymPy's exact roots), 6 significant figures.")


def _ratio_text(i: int, r: sp.Expr) -> str:
    """``PC1: 3/4 = 75.0%`` when exact and short, else ``PC1: ≈ 73.6%`` (never an "exact"
    form of a decimal)."""
    pct = f"{float(r):.1%}"
    if r.is_Rational:
        return f"PC{i}: {fmt(r)} = {pct}" if float(r * 1000).is_integer() else (
            f"PC{i}: {fmt(r)} ≈ {pct}")
    if not r.has(sp.Float) and len(fmt(r)) <= 24:
        return f"PC{i}: {fmt(r)} ≈ {pct}"
    return f"PC{i}: ≈ {pct}"


def _approx(obj: sp.Basic) -> str:
    """``≈ 0.5513`` (or a vector of them) when the exact form is too long for a phone."""
    if isinstance(obj, sp.MatrixBase):
        text = "≈ (" + ", ".join(f"{complex(sp.N(x)).real:.4g}" for x in obj) + ")"
    else:
        text = f"≈ {complex(sp.N(obj)).real:.4g}"
    return text.replace("-", "−")


def _pc_text(i: int, value: sp.Expr, direction: sp.Matrix, share: sp.Expr | None = None) -> str:
    v_text, d_text = fmt(value), fmt(direction)
    if value.is_Float:
        v_text = f"≈ {v_text}"
    elif not value.is_Rational:
        v_text = f"{v_text} {_approx(value)}" if len(v_text) <= 24 else _approx(value)
    if direction.has(sp.Float):
        d_text = f"≈ {d_text}"
    elif len(d_text) > 36:
        d_text = _approx(direction)
    explained = f" ({float(share):.1%} of the total)" if share is not None else ""
    return f"PC{i}: variance {v_text}{explained}, direction {d_text}"
