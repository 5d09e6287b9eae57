"""Eigenvalues, eigenvectors, vectors (dot, norm, angle, projection, Gram-Schmidt) and PCA."""

from __future__ import annotations

import pytest
import sympy as sp
from test_linalg_helpers import M, V, run

from solver import ParseError, Problem, TooHard, solve_problem

a, b = sp.symbols("a b")

EIGEN_CASES = {
    "symmetric": M([2, 1], [1, 2]),
    "complex": M([0, -1], [1, 0]),
    "defective": M([2, 1], [0, 2]),
    "repeated, not defective": M([2, 0, 0], [0, 2, 0], [0, 0, 3]),
    "defective 3x3": M([4, 1, 2], [0, 3, 1], [0, 0, 3]),
    "surds": M([1, 2], [3, 4]),
    "symbolic": M([a, b], [b, a]),
    "singular": M([1, 2], [2, 4]),
    "4x4 blocks": M([1, 2, 0, 0], [2, 1, 0, 0], [0, 0, 1, 1], [0, 0, 1, 1]),
    "4x4 defective": M([2, 0, 0, 0], [1, 2, 0, 0], [0, 0, 3, 0], [0, 0, 1, 3]),
    "3x3 integer": M([6, -2, -1], [-2, 6, -1], [-1, -1, 5]),
    "complex 3x3": M([1, 0, 0], [0, 0, -2], [0, 2, 0]),
}


@pytest.mark.parametrize("name", list(EIGEN_CASES))
def test_eigenvalues_match_sympy(name: str) -> None:
    mat = EIGEN_CASES[name]
    sol = run("eigenvalues", matrices=(mat,))
    truth = mat.eigenvals()
    assert len(sol.answer) == len(truth)
    for value, mult in truth.items():
        assert any(sp.simplify(k - value) == 0 and m == mult for k, m in sol.answer.items())


@pytest.mark.parametrize("name", list(EIGEN_CASES))
def test_eigenvectors_match_sympy(name: str) -> None:
    mat = EIGEN_CASES[name]
    sol = run("eigenvectors", matrices=(mat,))
    truth = mat.eigenvects()
    assert len(sol.answer) == len(truth)
    for value, mult, vecs in sol.answer:
        (_, t_mult, t_vecs), = [t for t in truth if sp.simplify(value - t[0]) == 0]
        assert mult == t_mult
        assert len(vecs) == len(t_vecs)
        for v in vecs:
            assert (mat * v - value * v).applyfunc(sp.simplify) == sp.zeros(mat.rows, 1)


def test_defective_is_explained_and_not_diagonalised() -> None:
    sol = run("eigenvectors", matrices=(M([2, 1], [0, 2]),))
    text = sol.render("text")
    assert "Defective" in text and "geometric multiplicity" in text
    assert "Not diagonalisable" in text


def test_diagonalisation_offered() -> None:
    sol = run("eigenvectors", matrices=(M([2, 1], [1, 2]),))
    assert "P D P⁻¹" in sol.render("text")


def test_characteristic_polynomial_factored() -> None:
    sol = run("eigenvalues", matrices=(M([4, 1, 2], [0, 3, 1], [0, 0, 3]),))
    assert "p(λ) = −(λ − 4)·(λ − 3)²" in sol.render("text")


def test_complex_eigenvalues_say_so() -> None:
    sol = run("eigenvalues", matrices=(M([0, -1], [1, 0]),))
    assert set(sol.answer) == {sp.I, -sp.I}
    assert "complex-conjugate" in sol.render("text")


def test_eigen_non_square() -> None:
    with pytest.raises(ParseError, match="square"):
        solve_problem(Problem("eigenvalues", matrices=(M([1, 2, 3], [4, 5, 6]),)))


# ------------------------------------------------------------------ vectors
def test_dot_norm() -> None:
    assert run("dot", vectors=(V(1, 2, 3), V(4, 5, 6))).answer == 32
    assert run("dot", vectors=(V(a, b), V(b, -a))).answer == 0
    assert run("norm", vectors=(V(1, 2, 2),)).answer == 3
    assert run("norm", vectors=(V(1, 1),)).answer == sp.sqrt(2)
    assert run("norm", vectors=(V(a, b),)).answer == sp.sqrt(a**2 + b**2)


def test_dot_length_mismatch() -> None:
    with pytest.raises(ParseError, match="same number of entries"):
        solve_problem(Problem("dot", vectors=(V(1, 2), V(1, 2, 3))))


def test_angle_exact_acos() -> None:
    sol = run("angle", vectors=(V(1, 0), V(1, 1)))
    assert sol.answer == sp.pi / 4
    sol = run("angle", vectors=(V(1, 2, 3), V(4, 5, 6)))
    assert isinstance(sol.answer, sp.acos)
    assert abs(float(sol.answer) - float(sp.acos(32 / sp.sqrt(14 * 77)))) < 1e-12
    assert "cos θ" in sol.render("text")
    with pytest.raises(ParseError, match="zero vector"):
        solve_problem(Problem("angle", vectors=(V(0, 0), V(1, 1))))


def test_projection_onto_vector_and_subspace() -> None:
    assert run("projection", vectors=(V(1, 2), V(3, 4))).answer == V(sp.Rational(33, 25),
                                                                      sp.Rational(44, 25))
    sol = run("projection", vectors=(V(1, 2, 3), V(1, 0, 0), V(0, 1, 0)))
    assert sol.answer == V(1, 2, 0)
    sol = run("projection", vectors=(V(6, 0, 0),), matrices=(M([1, 0], [1, 1], [1, 2]),))
    bmat = M([1, 0], [1, 1], [1, 2])
    assert sol.answer == bmat * (bmat.T * bmat).inv() * bmat.T * V(6, 0, 0)


def test_projection_matrix_and_dependent_span() -> None:
    bmat = M([1, 0], [1, 1], [1, 2])
    sol = run("projection", matrices=(bmat,), options={"matrix": True})
    assert sol.answer == bmat * (bmat.T * bmat).inv() * bmat.T
    sol = run("projection", vectors=(V(1, 2, 3), V(1, 1, 0), V(2, 2, 0)))
    assert sol.answer == V(sp.Rational(3, 2), sp.Rational(3, 2), 0)
    assert any("dependent" in n for n in sol.notes)


def test_gram_schmidt_orthonormal_in_order() -> None:
    vecs = (V(1, 1, 0), V(1, 0, 1), V(0, 1, 1))
    sol = run("gram_schmidt", vectors=vecs)
    assert sol.answer == [e.applyfunc(sp.nsimplify) for e in sp.GramSchmidt(list(vecs), True)]
    gram = sp.Matrix.hstack(*sol.answer)
    assert (gram.T * gram).applyfunc(sp.simplify) == sp.eye(3)
    assert "u2 = v2 − (1/2)·u1" in sol.render("text")


def test_gram_schmidt_skips_dependent_vector() -> None:
    sol = run("gram_schmidt", vectors=(V(1, 1), V(2, 2), V(1, 0)))
    assert len(sol.answer) == 2
    assert any("v2 depends" in n for n in sol.notes)


# ------------------------------------------------------------------ PCA
def _pca(mat: sp.Matrix, source: str = "data", k: int = 1, sample: bool = False):
    options = {"source": source, "k": k} | ({"sample": True} if sample else {})
    return run("pca", matrices=(mat,), options=options)


def test_pca_from_data_exact() -> None:
    data = M([2, 0], [0, 1], [4, 2], [2, 3])
    sol = _pca(data)
    variances, dirs = sol.answer
    assert variances == [sp.Rational(9, 4), 1]  # the course's covariance: ÷ N
    assert dirs[0] == V(2 / sp.sqrt(5), 1 / sp.sqrt(5))
    text = sol.render("text")
    for word in ("Mean", "Centre", "covariance", "Explained variance", "Project"):
        assert word in text


def test_pca_sample_covariance_divides_by_n_minus_1() -> None:
    data = M([1, 2], [3, 4], [5, 7])
    centred = data - sp.ones(3, 1) * sp.Matrix([[3, sp.Rational(13, 3)]])
    sol = _pca(data, sample=True)
    variances, _ = sol.answer
    assert sp.simplify(sum(variances) - (centred.T * centred / 2).trace()) == 0
    assert "Sample covariance" in sol.render("text")
    variances, _ = _pca(data).answer  # by default ÷ N, as the course's covariance
    assert sp.simplify(sum(variances) - (centred.T * centred / 3).trace()) == 0
    sample_first = _pca(data, sample=True).answer[0][0]
    assert sp.simplify(3 * variances[0] - 2 * sample_first) == 0


def test_pca_from_covariance_repeated_eigenvalue() -> None:
    variances, dirs = _pca(M([3, 0, 0], [0, 1, 0], [0, 0, 1]), "covariance", 2).answer
    assert variances == [3, 1, 1]
    gram = sp.Matrix.hstack(*dirs)
    assert gram.T * gram == sp.eye(3)


def test_pca_unwieldy_roots_fall_back_to_decimals() -> None:
    sol = _pca(M([4, 2, 0], [2, 3, 1], [0, 1, 2]), "covariance")
    variances, _ = sol.answer
    assert variances == sorted(variances, reverse=True)
    assert any("6 significant figures" in n and "degree 3" in n for n in sol.notes)


def test_pca_decimal_data() -> None:
    data = M([2.5, 2.4], [0.5, 0.7], [2.2, 2.9], [1.9, 2.2], [3.1, 3.0])
    variances, _ = _pca(data).answer
    assert abs(float(variances[0]) - 1.73707 * 4 / 5) < 1e-4  # ÷ N (sample: 1.73707)


def test_pca_rejects_bad_input() -> None:
    with pytest.raises(ParseError, match="symmetric"):
        solve_problem(Problem("pca", matrices=(M([1, 2], [3, 4]),),
                              options={"source": "covariance"}))
    with pytest.raises(TooHard):
        solve_problem(Problem("pca", matrices=(M([a, 1], [1, 2]),)))
    with pytest.raises(ParseError, match="k = 3"):
        solve_problem(Problem("pca", matrices=(M([1, 2], [3, 4]),), options={"k": 3}))


def test_irreducible_cubic_gives_readable_verified_decimal_eigenvectors() -> None:
    """A random integer 3×3 usually has no rational eigenvalues: decimals, checked."""
    import numpy as np

    from solver import solve

    a = sp.Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
    values = solve("eigenvalues of [[1,2,3],[4,5,6],[7,8,10]]")
    def numeric(d: dict) -> list:
        return sorted(complex(sp.N(k, 20)).real for k in d)

    # 30-digit decimals, each proven within 10⁻²⁰ of an exact root of det(A − λI)
    assert all(f._prec >= 99 for k in values.answer for f in k.atoms(sp.Float))
    assert np.allclose(numeric(values.answer), numeric(a.eigenvals()), atol=1e-12)
    assert "≈" in values.summary() and len(values.summary()) < 60
    sol = solve("eigenvectors of [[1,2,3],[4,5,6],[7,8,10]]")
    assert len(sol.answer) == 3 and "≈" in sol.summary()
    assert any("‖Av − λv‖" in n for n in sol.notes)
    an = np.array(a.tolist(), dtype=float)
    for value, mult, vecs in sol.answer:
        lam = complex(sp.N(value))
        assert mult == 1 and len(vecs) == 1
        v = np.array([complex(x) for x in vecs[0]])
        assert np.linalg.norm(an @ v - lam * v) < 1e-4 * np.linalg.norm(v)  # 6 figures shown
    assert len(sol.render("html")) <= 4096


def test_complex_irreducible_case_pairs_conjugates() -> None:
    from solver import solve

    sol = solve("eigenvectors of [[0,1,0],[0,0,1],[1,1,0]]")
    complex_values = [v for v, _, _ in sol.answer if sp.N(v).has(sp.I)]
    assert len(complex_values) == 2
