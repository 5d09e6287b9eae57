"""Every sentence a working states about the numbers is derived from them (issue 10): 30
seeded 3×3 integer matrices (general, symmetric, singular, triangular with repeated
diagonals, rank one), each through eigenvalues, inverse and a linear system, every claim
checked against SymPy computed independently (real roots by ``real_roots``, ranks, det)."""

from __future__ import annotations

import random
import re

import pytest
import sympy as sp
from test_linalg_claims import claimed

from solver import solve

LAM = sp.Symbol("lam")


def _matrix(seed: int) -> sp.Matrix:
    rng = random.Random(1000 + seed)
    r = lambda: rng.randint(-4, 6)  # noqa: E731
    family = seed % 5
    if family == 1:  # symmetric
        a, b, c, d, e, f = (r() for _ in range(6))
        return sp.Matrix([[a, b, c], [b, d, e], [c, e, f]])
    if family == 2:  # singular: row 3 = row 1 + k·row 2
        m = sp.Matrix(3, 3, lambda i, j: r())
        k = rng.choice([-1, 1, 2])
        m[2, :] = m[0, :] + k * m[1, :]
        return m
    if family == 3:  # upper triangular, a repeated diagonal entry
        d = r()
        return sp.Matrix([[d, r(), r()], [0, d, r()], [0, 0, rng.choice([d, r()])]])
    if family == 4:  # rank one
        u, v = [r() or 1 for _ in range(3)], [r() or 1 for _ in range(3)]
        return sp.Matrix(3, 3, lambda i, j: u[i] * v[j])
    return sp.Matrix(3, 3, lambda i, j: r())


def _typed(m: sp.Matrix) -> str:
    return "[" + ", ".join("[" + ", ".join(str(x) for x in m.row(i)) + "]"
                           for i in range(m.rows)) + "]"


SEEDS = range(30)


@pytest.mark.parametrize("seed", SEEDS)
def test_eigenvalue_sentences_match_sympy(seed: int) -> None:
    m = _matrix(seed)
    sol = solve(f"eigenvalues of {_typed(m)}")
    step = next(s for s in sol.steps if s.title.startswith("Solve p"))
    p = sp.Poly(m.charpoly(LAM).as_expr(), LAM)
    real = len(sp.real_roots(p))  # with multiplicity
    distinct = p.degree() - sp.gcd(p, p.diff(LAM)).degree()
    assert claimed(step.why) == (real, (3 - real) // 2), (m, step.why)
    assert ("symmetric" in step.why) == m.is_symmetric(), (m, step.why)
    assert ("repeated root" in step.why or "counted" in step.why) == (distinct < 3), step.why
    assert len(step.math) == distinct
    for value in sol.answer:  # exact values are roots exactly; decimals are marked ≈
        if value.has(sp.Float, sp.CRootOf):
            assert any("≈" in x for x in step.math), step.math
        else:
            assert sp.simplify(p.as_expr().subs(LAM, value)) == 0, (m, value)
    for line in step.math:  # an exact line has no decimals
        assert "≈" in line or not re.search(r"\d\.\d{4,}", line), line
    check = next(s for s in sol.steps if s.title.startswith("Check: sum = trace"))
    text = check.math[0].replace("−", "-")
    assert str(m.trace()) in text and str(m.det()) in text, (m, text)


@pytest.mark.parametrize("seed", SEEDS)
def test_singular_and_solution_count_sentences_match_ranks(seed: int) -> None:
    m = _matrix(seed)
    det = m.det()
    inverse = solve(f"inverse of {_typed(m)}")
    shown = inverse.render("text", detail=True)
    assert ("A is singular" in shown) == (det == 0), (m, det)
    assert (inverse.answer is None) == (det == 0)
    rng = random.Random(seed)
    x0 = sp.Matrix([rng.randint(-3, 3) for _ in range(3)])
    b = m * x0 if seed % 2 else sp.Matrix([rng.randint(-5, 5) for _ in range(3)])
    names = sp.symbols("x y z")
    eqs = ", ".join(
        " ".join(f"{'-' if m[i, j] < 0 else '+'} {abs(m[i, j])}*{names[j]}"
                 for j in range(3)).removeprefix("+ ") + f" = {b[i]}"
        for i in range(3))
    system = solve(f"solve {eqs}")
    titles = " | ".join(s.title for s in system.steps)
    rank_a, rank_ab = m.rank(), m.row_join(b).rank()
    assert ("impossible" in titles) == (rank_a < rank_ab), (m, b, titles)
    assert ("Unique solution" in titles) == (rank_a == rank_ab == 3), (m, b, titles)
    assert ("Infinitely many" in titles) == (rank_a == rank_ab < 3), (m, b, titles)
    if rank_a == rank_ab == 3:
        assert sp.Matrix([system.answer[n] for n in names]) == m.solve(b)
