"""Every sentence the linear algebra and PCA workings state about the numbers is true.

Each test feeds a matrix of one case (three real irrational roots, one real root and a
complex pair, repeated roots, defective, singular, symbolic ...) and compares what the working
*says* (real or complex, how many, repeated, exact or approximate, singular, defective, the
sum = trace line) with the truth computed here independently: the cubic's discriminant, numpy's
eigenvalues, exact ranks. A wrong answer or step must still be caught by verification.
"""

from __future__ import annotations

import random
import re

import numpy as np
import pytest
import sympy as sp
from test_linalg_helpers import M, run

from solver import Problem, solve_problem
from solver.linalg import eigen
from solver.linalg._common import LAMBDA, MISMATCH_NOTE
from solver.linalg.eigen import check_eigenvalues
from solver.solution import VERIFIED_NOTE

a, b = sp.symbols("a b")
WORDS = {"one": 1, "no": 0}


def _why(sol, title: str) -> str:
    step = next(s for s in sol.steps if s.title.startswith(title))
    return step.why


def _count(pattern: str, text: str) -> int | None:
    found = re.search(pattern, text)
    if not found:
        return None
    word = found.group(1)
    return WORDS.get(word) if not word.isdigit() else int(word)


def claimed(text: str) -> tuple[int | None, int]:
    """(real roots claimed, complex-conjugate pairs claimed) from the sentence."""
    pairs = _count(r"(\d+|one) complex-conjugate pair", text) or 0
    if "no real roots" in text:
        return 0, pairs
    times = re.search(r"one real root, counted (\d+) times", text)
    if times:
        return int(times.group(1)), pairs
    real = _count(r"(\d+) different real roots \((\d+) counted", text)
    if real is not None:
        real = int(re.search(r"\((\d+) counted", text).group(1))
    else:
        real = _count(r"(\d+|one) (?:different )?real roots?", text)
    return real, pairs


def truth_counts(mat: sp.Matrix) -> tuple[int, int, int]:
    """(real roots with multiplicity, complex pairs, distinct roots), computed independently:
    the discriminant for a 3×3, numpy's eigenvalues (distinct roots only) otherwise."""
    n = mat.rows
    p = sp.Poly(mat.charpoly(LAMBDA).as_expr(), LAMBDA)
    if sp.discriminant(p) != 0:
        if n == 3:
            disc = sp.discriminant(p)
            return (3, 0, 3) if disc > 0 else (1, 1, 3)
        vals = np.linalg.eigvals(np.array(mat.tolist(), dtype=float))
        real = int(sum(1 for v in vals if v.imag == 0))
        return real, (n - real) // 2, n
    # repeated roots: exact roots with multiplicity from SymPy's roots of each factor
    roots = sp.roots(p)
    real = sum(k for r, k in roots.items() if r.is_real)
    return real, (n - real) // 2, len(roots)


CASES = {
    "symmetric, three irrational real roots": M([4, 1, 2], [1, 3, 0], [2, 0, 5]),
    "non-symmetric, three irrational real roots": M([1, 2, 3], [4, 5, 6], [7, 8, 10]),
    "one real root and a pair": M([0, 1, 0], [0, 0, 1], [1, 1, 0]),
    "repeated, defective": M([4, 1, 2], [0, 3, 1], [0, 0, 3]),
    "triple root": M([2, 1, 0], [0, 2, 1], [0, 0, 2]),
    "rotation": M([0, -1], [1, 0]),
    "two complex pairs": M([0, -1, 0, 0], [1, 0, 0, 0], [0, 0, 1, -2], [0, 0, 2, 1]),
    "4x4 random": M([5, -3, 0, 3], [9, 6, 7, 5], [6, 0, -4, 2], [5, 3, -4, 7]),
    "singular": M([1, 2], [2, 4]),
    "surds": M([1, 2], [3, 4]),
    "rational roots": M([6, -2, -1], [-2, 6, -1], [-1, -1, 5]),
    "4x4 blocks": M([1, 2, 0, 0], [2, 1, 0, 0], [0, 0, 1, 1], [0, 0, 1, 1]),
}


def _random_matrices(count: int, seed: int = 7) -> list[sp.Matrix]:
    rng = random.Random(seed)
    return [sp.Matrix(n, n, lambda i, j: rng.randint(-5, 9))
            for n in [3, 4] * (count // 2)]


@pytest.mark.parametrize("mat", list(CASES.values()) + _random_matrices(16),
                         ids=list(CASES) + [f"random-{k}" for k in range(16)])
def test_real_and_complex_roots_are_counted_truly(mat: sp.Matrix) -> None:
    sol = run("eigenvalues", matrices=(mat,))
    assert VERIFIED_NOTE in sol.notes
    why = _why(sol, "Solve p(λ) = 0")
    real, pairs, distinct = truth_counts(mat)
    assert claimed(why) == (real, pairs), why
    if pairs:
        assert "complex-conjugate pair" in why
        assert ("no real eigenvector" in why) == (real == 0)
    else:
        assert "complex" not in why.replace("pass through complex numbers", "")
    assert ("repeated root" in why or "counted" in why) == (distinct < mat.rows)
    assert ("symmetric" in why) == mat.is_symmetric()
    lines = next(s for s in sol.steps if s.title.startswith("Solve p")).math
    assert len(lines) == distinct
    # decimals are marked ≈, exact values are not; nothing is a wall of radicals
    assert all(len(line) < 60 for line in lines)
    values = np.linalg.eigvals(np.array(mat.tolist(), dtype=float))
    for key in sol.answer:
        approx = complex(sp.N(key, 15))
        assert min(abs(approx - v) for v in values) < 1e-5 * (1 + abs(approx))


@pytest.mark.parametrize("name", ["symmetric, three irrational real roots",
                                  "one real root and a pair", "4x4 random", "surds",
                                  "repeated, defective"])
def test_sum_and_product_line_is_short_and_true(name: str) -> None:
    mat = CASES[name]
    sol = run("eigenvalues", matrices=(mat,))
    step = next(s for s in sol.steps if s.title.startswith("Check: sum = trace"))
    (line,) = step.math
    assert len(line) < 90, line
    numbers = [float(x.replace("−", "-")) for x in
               re.findall(r"[−-]?\d+(?:\.\d+)?", line.replace("/", " "))]
    tr, det = float(mat.trace()), float(mat.det())
    if "≈" in line:  # sum ≈ s (trace A = t), product ≈ p (det A = d)
        s, t, p, d = numbers
        assert abs(s - tr) < 1e-4 and t == tr and abs(p - det) < 1e-3 * (1 + abs(det))
        assert d == det
    else:
        assert f"{sp.nsimplify(mat.trace())}".replace("-", "−") in line


def test_symbolic_entries_make_no_real_or_complex_claim() -> None:
    sol = run("eigenvalues", matrices=(M([a, b], [b, a]),))
    why = _why(sol, "Solve p(λ) = 0")
    assert "depends on the values" in why
    assert "complex-conjugate" not in why and "different real roots" not in why


def test_symbolic_cubic_factor_is_refused_quickly() -> None:
    from solver import TooHard

    with pytest.raises(TooHard, match="degree 3"):
        run("eigenvalues", matrices=(M([a, 1, 0], [0, b, 1], [1, 1, 0]),))


@pytest.mark.parametrize("mat", [CASES["repeated, defective"], CASES["triple root"],
                                 M([2, 0, 0], [0, 2, 0], [0, 0, 3]), M([2, 1], [0, 2]),
                                 CASES["4x4 blocks"], CASES["rational roots"]])
def test_defective_and_diagonalisable_claims_match_exact_ranks(mat: sp.Matrix) -> None:
    sol = run("eigenvectors", matrices=(mat,))
    text = sol.render("text", detail=True)
    n = mat.rows
    geo = {value: n - (mat - value * sp.eye(n)).rank() for value in mat.eigenvals()}
    alg = mat.eigenvals()
    defective = [v for v in alg if geo[v] < alg[v]]
    assert ("Defective" in text) == bool(defective)
    assert ("Not diagonalisable" in text) == bool(defective)
    assert ("P D P⁻¹" in text) == (not defective)
    for v in defective:
        assert f"algebraic multiplicity {alg[v]} but geometric multiplicity only {geo[v]}" in text
    for value, mult, vecs in sol.answer:
        assert len(vecs) == geo[value] and mult == alg[value]


@pytest.mark.parametrize("mat", [M([1, 2], [2, 4]), M([1, 2, 3], [4, 5, 6], [7, 8, 9]),
                                 M([2, 1, 0], [1, 3, 1], [0, 1, 4]), M([0, 1], [1, 0])])
def test_singular_and_invertible_claims(mat: sp.Matrix) -> None:
    sol = run("inverse", matrices=(mat,))
    singular = mat.det(method="bareiss") == 0
    text = sol.render("text", detail=True)
    assert ("no inverse" in text) == singular
    assert ("A is singular" in text) == singular
    assert (sol.answer is None) == singular
    rank = run("rank", matrices=(mat,))
    assert rank.answer == np.linalg.matrix_rank(np.array(mat.tolist(), dtype=float))


def _pca(data: sp.Matrix, source: str = "data"):
    return run("pca", matrices=(data,), options={"source": source, "k": 1})


@pytest.mark.parametrize("data,source", [
    (M([1, 2, 3], [4, 0, 2], [3, 3, 1], [0, 1, 5]), "data"),
    (M([4, 2, 0], [2, 3, 1], [0, 1, 2]), "covariance"),
    (M([2, 0], [0, 1], [4, 2], [2, 3]), "data"),
    (M([3, 4], [1, 6], [8, 5], [8, 7], [8, 3], [1, 0], [1, 2]), "data"),
    (M([3, 0, 0], [0, 1, 0], [0, 0, 1]), "covariance"),
    (M([2, 1], [1, 2]), "covariance"),
])
def test_pca_ratios_are_exact_only_when_exact(data: sp.Matrix, source: str) -> None:
    sol = _pca(data, source)
    if source == "data":
        centred = np.array(data.tolist(), dtype=float)
        centred -= centred.mean(axis=0)
        cov = centred.T @ centred / (data.rows - 1)
    else:
        cov = np.array(data.tolist(), dtype=float)
    values = sorted(np.linalg.eigvalsh(cov), reverse=True)
    ratios = [v / np.trace(cov) for v in values]
    step = next(s for s in sol.steps if s.title.startswith("Explained variance"))
    for line, ratio in zip(step.math, ratios, strict=True):
        assert "^" not in line and len(line) < 45, line
        pct = float(re.search(r"(\d+(?:\.\d+)?)%", line).group(1))
        assert abs(pct - 100 * ratio) <= 0.05 + 1e-9
        if " = " in line:  # claimed exact: an exact fraction equal to that percentage
            frac = line.split(": ")[1].split(" = ")[0]
            p, _, q = frac.partition("/")
            assert abs(int(p) / int(q or 1) - ratio) < 1e-12
            assert abs(1000 * ratio - round(1000 * ratio)) < 1e-9
        else:
            assert "≈" in line
    note = " ".join(sol.notes)
    degrees = [f.degree() for f, _ in sp.Poly(sp.Matrix(cov).charpoly(LAMBDA).as_expr(),
                                               LAMBDA).factor_list()[1]]
    if "degree 3" in note:
        assert 3 in degrees
    if any(isinstance(v, sp.Float) for v in sol.answer[0]):
        assert "6 significant figures" in note


def test_wrong_eigenvalues_are_caught() -> None:
    mat = CASES["one real root and a pair"]
    right = run("eigenvalues", matrices=(mat,)).answer
    assert check_eigenvalues(right, mat)
    keys = list(right)
    assert not check_eigenvalues({keys[0]: 1, keys[1]: 2}, mat)  # a root dropped
    assert not check_eigenvalues({**right, keys[0]: 2}, mat)  # a wrong multiplicity
    assert not check_eigenvalues({sp.Integer(1): 1, keys[1]: 1, keys[2]: 1}, mat)
    # decimals: 30 digits, each proven within 10⁻²⁰ of a root; 10⁻¹⁵ off is caught
    z = keys[0]
    assert not check_eigenvalues({z + sp.Float("1e-15", 30): 1, keys[1]: 1, keys[2]: 1}, mat)
    assert check_eigenvalues({z: 1, keys[1]: 1, sp.conjugate(keys[1]): 1}, mat)
    twice = keys[1] + sp.Float("1e-25", 30)  # the same root twice, the conjugate missing
    assert not check_eigenvalues({z: 1, keys[1]: 1, twice: 1}, mat)
    repeated = CASES["repeated, defective"]
    assert check_eigenvalues({sp.Integer(3): 2, sp.Integer(4): 1}, repeated)
    assert not check_eigenvalues({sp.Integer(3): 1, sp.Integer(4): 2}, repeated)
    surds = CASES["surds"]
    r = sp.sqrt(33) / 2
    assert check_eigenvalues({sp.Rational(5, 2) - r: 1, sp.Rational(5, 2) + r: 1}, surds)
    assert not check_eigenvalues({sp.Rational(5, 2) - r: 1, sp.Rational(5, 2) + r + 1: 1},
                                 surds)


def test_a_wrong_step_falls_back_to_the_verified_answer(monkeypatch) -> None:
    original = eigen.roots_with_facts

    def wrong(poly, m):
        values, facts = original(poly, m)
        first = next(iter(values))
        values = {(k + 1 if k == first else k): v for k, v in values.items()}
        return values, facts

    monkeypatch.setattr(eigen, "roots_with_facts", wrong)
    mat = M([2, 1], [1, 2])
    sol = solve_problem(Problem("eigenvalues", matrices=(mat,)))
    assert MISMATCH_NOTE in sol.notes and VERIFIED_NOTE not in sol.notes
    assert sol.answer == mat.eigenvals()


def test_wrong_pca_variance_is_caught() -> None:
    from solver.linalg import pca

    c = M([2, 1], [1, 2])
    dirs = [sp.Matrix([1, 1]) / sp.sqrt(2), sp.Matrix([1, -1]) / sp.sqrt(2)]
    assert pca._check(([3, 1], dirs), [3.0, 1.0], c)
    assert not pca._check(([3, 2], dirs), [3.0, 1.0], c)
    assert not pca._check(([3, 1], [dirs[1], dirs[0]]), [3.0, 1.0], c)


# ------------------------------------------------------------------ symbolic 4×4 (issue 13)
SYM4 = sp.Matrix(4, 4, sp.symbols("a b c d f g h k l m n o p q r s"))


@pytest.mark.parametrize("kind", ["det", "inverse", "rref", "nullspace"])
def test_symbolic_4x4_is_fast_and_verified(kind: str) -> None:
    import time

    start = time.process_time()  # CPU time: a busy machine does not make it flaky
    sol = run(kind, matrices=(SYM4,))
    assert time.process_time() - start < 6  # ~1 s; it was over 10 s
    assert VERIFIED_NOTE in sol.notes
    if kind == "det":
        assert sp.expand(sol.answer - SYM4.det(method="laplace")) == 0
    elif kind == "inverse":
        from sympy.polys.matrices import DomainMatrix

        dm_a, dm_x = DomainMatrix.from_Matrix(SYM4).unify(DomainMatrix.from_Matrix(sol.answer))
        product = dm_a.to_field() * dm_x.to_field()
        assert product == DomainMatrix.eye(4, product.domain)
    elif kind == "rref":
        assert sol.answer == sp.eye(4)  # generic: every pivot nonzero (said in a note)
        assert any("assumed nonzero" in n for n in sol.notes)
    else:
        assert sol.answer == []


def test_letters_e_and_i_in_a_matrix_stay_fast() -> None:
    """However the parser reads e and i (symbols, or Euler's number and the imaginary
    unit), the 4×4 is solved well within the time limit and verified."""
    import time

    from solver import solve

    for kind in ("det", "inverse of", "rref", "null space of"):
        start = time.process_time()  # CPU time: a busy machine does not make it flaky
        sol = solve(f"{kind} [[a,b,c,d],[e,f,g,h],[i,j,k,l],[m,n,o,p]]")
        assert time.process_time() - start < 6
        assert VERIFIED_NOTE in sol.notes, kind


def test_wrong_symbolic_answers_are_caught() -> None:
    from solver.linalg import inverse, reduce

    a2 = M([a, b], [1, a])
    right = a2.inv()
    det = a2.det()
    assert inverse._is_inverse(a2, right, det)
    assert not inverse._is_inverse(a2, right.T, det)
    assert not inverse._is_inverse(a2, None, det)
    assert reduce._is_rref_of(sp.eye(4), SYM4)
    assert not reduce._is_rref_of(sp.Matrix([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0],
                                             [0, 0, 0, 0]]), SYM4)
    rank1 = M([a, b], [2 * a, 2 * b])
    good = [sp.Matrix([-b / a, 1])]
    assert reduce._is_nullspace_basis(good, rank1, 1)
    assert not reduce._is_nullspace_basis([sp.Matrix([b / a, 1])], rank1, 1)
    assert not reduce._is_nullspace_basis(good + good, rank1, 0)


def test_wrong_eigenvectors_are_caught() -> None:
    check = eigen._check_vects_exact
    surds = CASES["surds"]
    right = run("eigenvectors", matrices=(surds,)).answer
    assert check(right, surds)
    (v1, m1, b1), (v2, m2, b2) = right
    assert not check([(v1, m1, b2), (v2, m2, b1)], surds)  # vectors swapped
    assert not check([(v1, m1, [2 * b1[0] + b2[0]]), (v2, m2, b2)], surds)
    assert not check([(v1, m1, [sp.zeros(2, 1)]), (v2, m2, b2)], surds)
    repeated = M([2, 0, 0], [0, 2, 0], [0, 0, 3])
    e1, e2, e3 = (sp.Matrix([1, 0, 0]), sp.Matrix([0, 1, 0]), sp.Matrix([0, 0, 1]))
    assert check([(2, 2, [e1, e2]), (3, 1, [e3])], repeated)
    assert not check([(2, 2, [e1]), (3, 1, [e3])], repeated)  # an eigenvector missing
    assert not check([(2, 2, [e1, 2 * e1]), (3, 1, [e3])], repeated)  # dependent
    defective = M([2, 1], [0, 2])
    assert check([(2, 2, [sp.Matrix([1, 0])])], defective)
    assert not check([(2, 2, [sp.Matrix([1, 0]), sp.Matrix([0, 1])])], defective)


@pytest.mark.parametrize("mat,real", [(M([1, sp.I], [-sp.I, 1]), 2),
                                      (M([sp.I, 0], [0, 2 * sp.I]), 0),
                                      (M([1, sp.I], [0, 2 * sp.I]), 1)])
def test_complex_entries_count_real_roots_without_conjugate_pairs(mat: sp.Matrix,
                                                                  real: int) -> None:
    sol = run("eigenvalues", matrices=(mat,))
    why = _why(sol, "Solve p(λ) = 0")
    assert sum(v for k, v in mat.eigenvals().items() if k.is_real) == real
    assert "conjugate pair:" not in why and "complex-conjugate pair" not in why
    if real == 2:
        assert "2 different real roots" in why
    else:
        assert f"{2 - real} non-real" in why


def test_typed_decimals_mark_rounded_eigenvalues() -> None:
    """With decimals typed, irrational eigenvalues are shown rounded, so with ≈."""
    rounded = run("eigenvalues", matrices=(M([0.5, 1], [2, 0.5]),))
    assert sol_lines(rounded) == ["λ ≈ −0.914214", "λ ≈ 1.91421"]
    assert rounded.summary().startswith("λ: ≈")
    exact = run("eigenvalues", matrices=(M([0.5, 1], [2, 1.5]),))
    assert sol_lines(exact) == ["λ = −0.5", "λ = 2.5"] and "≈" not in exact.summary()


def sol_lines(sol) -> list[str]:
    return next(s for s in sol.steps if s.title.startswith("Solve p")).math
