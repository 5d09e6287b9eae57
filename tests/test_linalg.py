"""Matrix solvers: det, inverse, transpose, multiply, add, rref, rank, nullspace, systems."""

from __future__ import annotations

import pytest
import sympy as sp
from test_linalg_helpers import M, V, run

from solver import LINALG_KINDS, ParseError, Problem, TooHard, solve_problem
from solver.linalg import SOLVERS

a, b, c, x, y, z = sp.symbols("a b c x y z")


def test_every_kind_has_a_solver() -> None:
    assert set(SOLVERS) == set(LINALG_KINDS)


# ------------------------------------------------------------------ determinant
@pytest.mark.parametrize("mat", [
    M([1, 2], [3, 4]),
    M([7]),
    M([1, 0, 2], [3, 0, 4], [5, 6, 7]),
    M([1, 2, 3], [4, 5, 6], [7, 8, 9]),
    M([0, 1, 2, 3], [1, 2, 3, 4], [2, 1, 0, 5], [1, 1, 1, 2]),
    M([0, 0, 1, 0], [2, 0, 0, 0], [0, 0, 0, 3], [0, 4, 0, 0]),
    M([a, b, 0], [b, a, b], [0, b, a]),
    M([a, 1, 0, 0], [1, a, 1, 0], [0, 1, a, 1], [0, 0, 1, a]),
    M([2, 1, 0, 0, 0], [1, 2, 1, 0, 0], [0, 1, 2, 1, 0], [0, 0, 1, 2, 1], [0, 0, 0, 1, 2]),
])
def test_det_matches_sympy(mat: sp.Matrix) -> None:
    sol = run("det", matrices=(mat,))
    assert sp.simplify(sol.answer - mat.det()) == 0


def test_det_2x2_shows_ad_minus_bc() -> None:
    sol = run("det", matrices=(M([1, 2], [3, 4]),))
    assert sol.answer == -2
    assert "1·4 − 2·3 = −2" in sol.render("text")


def test_det_3x3_expands_along_line_with_most_zeros() -> None:
    sol = run("det", matrices=(M([1, 0, 2], [3, 0, 4], [5, 6, 7]),))
    assert sol.steps[0].title == "Cofactor expansion along column 2"
    assert sol.answer == 12


def test_det_decimals_stay_decimal() -> None:
    sol = run("det", matrices=(M([0.5, 2], [3, 4]),))
    assert isinstance(sol.answer, sp.Float)
    assert abs(sol.answer - (-4)) < 1e-12
    assert "1/2" not in sol.render("text")


def test_det_of_non_square_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="2×3"):
        solve_problem(Problem("det", matrices=(M([1, 2, 3], [4, 5, 6]),)))


def test_limits() -> None:
    with pytest.raises(TooHard):
        solve_problem(Problem("det", matrices=(sp.eye(7),)))
    with pytest.raises(TooHard):
        solve_problem(Problem("det", matrices=(a * sp.eye(5),)))


# ------------------------------------------------------------------ inverse
@pytest.mark.parametrize("mat", [
    M([2, 1], [5, 3]),
    M([1, 2, 3], [0, 1, 4], [5, 6, 0]),
    M([0, 1, 2], [1, 0, 3], [4, -3, 8]),
    M([2, 0, 0, 1], [0, 1, 0, 0], [1, 0, 1, 0], [0, 0, 3, 1]),
    M([a, b], [c, a]),
    M([1, a, 0], [0, 1, b], [0, 0, 1]),
])
def test_inverse_matches_sympy(mat: sp.Matrix) -> None:
    sol = run("inverse", matrices=(mat,))
    assert (sol.answer - mat.inv()).applyfunc(sp.simplify) == sp.zeros(*mat.shape)


def test_inverse_names_row_operations() -> None:
    sol = run("inverse", matrices=(M([0, 1, 2], [1, 0, 3], [4, -3, 8]),))
    text = sol.render("text")
    assert "R1 ↔ R2" in text
    assert "R3 → R3 − 4·R1" in text


def test_inverse_of_singular_matrix_is_none_and_says_why() -> None:
    sol = run("inverse", matrices=(M([1, 2, 3], [4, 5, 6], [7, 8, 9]),))
    assert sol.answer is None
    assert "det A = 0" in sol.steps[-1].title


def test_inverse_symbolic_mentions_condition() -> None:
    sol = run("inverse", matrices=(M([a, b], [b, a]),))
    assert any("≠ 0" in n for n in sol.notes)


# ------------------------------------------------------------------ transpose, multiply, add
def test_transpose_non_square() -> None:
    sol = run("transpose", matrices=(M([1, 2, 3], [4, 5, 6]),))
    assert sol.answer == M([1, 4], [2, 5], [3, 6])


def test_multiply_shows_entries_and_shapes() -> None:
    sol = run("multiply", matrices=(M([1, 2, 3], [4, 5, 6]), M([1, 0], [0, 1], [1, 1])))
    assert sol.answer == M([4, 5], [10, 11])
    assert "c21 = 4·1 + 5·0 + 6·1 = 10" in sol.render("text")


def test_multiply_matrix_vector_and_symbols() -> None:
    sol = run("multiply", matrices=(M([a, b], [c, a]), M([x], [y])))
    assert sol.answer == M([a * x + b * y], [c * x + a * y])


def test_multiply_shape_mismatch_explains() -> None:
    with pytest.raises(ParseError) as err:
        solve_problem(Problem("multiply", matrices=(M([1, 2], [3, 4]), M([1, 2, 3]))))
    assert "2×2" in err.value.message and "1×3" in err.value.message


def test_add_and_subtract() -> None:
    assert run("add", matrices=(M([1, 2]), M([3, 4]))).answer == M([4, 6])
    sol = run("add", matrices=(M([1, 2]), M([3, 4])), options={"subtract": True})
    assert sol.answer == M([-2, -2])
    with pytest.raises(ParseError, match="same shape"):
        solve_problem(Problem("add", matrices=(M([1, 2]), M([1], [2]))))


# ------------------------------------------------------------------ rref, rank, nullspace
@pytest.mark.parametrize("mat", [
    M([1, 2, 3], [4, 5, 6], [7, 8, 9]),
    M([0, 0, 1], [0, 2, 4], [3, 1, 1]),
    M([1, 2, 1, 0], [2, 4, 0, 2], [3, 6, 1, 2]),
    M([1, a], [a, 1]),
    M([2, 4], [1, 2], [3, 6]),
    sp.zeros(2, 3),
])
def test_rref_rank_nullspace_match_sympy(mat: sp.Matrix) -> None:
    assert run("rref", matrices=(mat,)).answer == mat.rref()[0].applyfunc(sp.simplify)
    assert run("rank", matrices=(mat,)).answer == mat.rank()
    basis = run("nullspace", matrices=(mat,)).answer
    assert len(basis) == len(mat.nullspace())
    for v in basis:
        assert (mat * v).applyfunc(sp.simplify) == sp.zeros(mat.rows, 1)


def test_nullspace_trivial_is_empty_list() -> None:
    assert run("nullspace", matrices=(M([1, 2], [3, 4]),)).answer == []


def test_nullspace_names_free_variables() -> None:
    sol = run("nullspace", matrices=(M([1, 2, 3], [4, 5, 6], [7, 8, 9]),))
    assert sol.answer == [V(1, -2, 1)]
    assert "free variables: x₃" in sol.render("text")


# ------------------------------------------------------------------ systems
def test_system_unique_from_equations() -> None:
    sol = run("solve_system", equations=(sp.Eq(x + y, 3), sp.Eq(x - y, 1)), variables=(x, y))
    assert sol.answer == {x: 2, y: 1}


def test_system_three_unknowns() -> None:
    eqs = (sp.Eq(2 * x + y - z, 8), sp.Eq(-3 * x - y + 2 * z, -11), sp.Eq(-2 * x + y + 2 * z, -3))
    sol = run("solve_system", equations=eqs, variables=(x, y, z))
    assert sol.answer == {x: 2, y: 3, z: -1}


def test_system_parametric_from_matrix() -> None:
    sol = run("solve_system", matrices=(M([1, 2, 3], [4, 5, 6], [7, 8, 9]), V(1, 2, 3)))
    x1, x3 = sp.symbols("x1 x3")
    assert sol.answer[x3] == x3
    assert sp.simplify(sol.answer[x1] - (x3 - sp.Rational(1, 3))) == 0
    assert "free" in sol.summary()


def test_system_inconsistent_shows_contradictory_row() -> None:
    sol = run("solve_system", matrices=(M([1, 2, 3], [4, 5, 6], [7, 8, 9]), V(1, 2, 4)))
    assert sol.answer is None
    assert "impossible" in sol.steps[-1].title


def test_system_non_square_and_symbolic() -> None:
    sol = run("solve_system", equations=(sp.Eq(x + y + z, 1), sp.Eq(x - y, a)),
              variables=(x, y, z))
    assert sp.simplify(sol.answer[x] - (a / 2 - z / 2 + sp.Rational(1, 2))) == 0
    sol = run("solve_system", matrices=(M([1, 1], [1, -1], [2, 0]), V(2, 0, 2)))
    x1, x2 = sp.symbols("x1 x2")
    assert sol.answer == {x1: 1, x2: 1}


def test_system_shape_mismatch_and_nonlinear() -> None:
    with pytest.raises(ParseError, match="b needs one entry per row"):
        solve_problem(Problem("solve_system", matrices=(M([1, 2], [3, 4]), V(1, 2, 3))))
    with pytest.raises(TooHard, match="linear"):
        solve_problem(Problem("solve_system", equations=(sp.Eq(x * y, 1), sp.Eq(x, 2)),
                              variables=(x, y)))


def test_long_working_fits_one_message() -> None:
    mat = M([2, 1, 1, 3, 1, 1], [1, 3, 1, 1, 2, 1], [1, 1, 4, 1, 1, 2], [3, 1, 1, 5, 1, 1],
            [1, 2, 1, 1, 6, 1], [1, 1, 2, 1, 1, 7])
    sol = run("inverse", matrices=(mat,))
    assert len(sol.render("html", detail=True)) <= 4096
    assert len(sol.render_pages()) > 1


# ------------------------------------------------------------------ end to end (parser + solver)
@pytest.mark.parametrize(("text", "kind", "answer"), [
    ("det [[1, 2], [3, 4]]", "det", sp.Integer(-2)),
    ("inverse of [[2, 1], [5, 3]]", "inverse", M([3, -1], [-5, 2])),
    ("rank [[1, 2, 3], [4, 5, 6], [7, 8, 9]]", "rank", sp.Integer(2)),
    ("eigenvalues [[2, 1], [1, 2]]", "eigenvalues", {sp.Integer(1): 1, sp.Integer(3): 1}),
    ("dot (1, 2, 3) and (4, 5, 6)", "dot", sp.Integer(32)),
])
def test_solve_end_to_end(text: str, kind: str, answer: object) -> None:
    from solver import solve

    sol = solve(text)
    assert sol.kind == kind
    assert sol.answer == answer
