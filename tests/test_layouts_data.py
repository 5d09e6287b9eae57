"""Layouts of data and matrices (issue 10, held-out v9 layout class): arrows as separators,
points typed with spaces between them, the augmented matrix [A | b] on lines, column vectors
typed as columns, a capital letter labelling the matrix after it, the orientation of data said
in words, a labelled line of spaced numbers, and [u v] of vectors defined in the message.
Every expected value is computed here from the numbers (SymPy), never copied from the solver."""

from __future__ import annotations

import pytest
import sympy as sp

from solver.dispatch import solve
from solver.errors import ParseError
from solver.parsing import parse


def _cov(rows: list[list[int]], sample: bool = False) -> sp.Matrix:
    """The covariance matrix of data with one sample a row (÷N, or ÷(N − 1) for a sample)."""
    x = sp.Matrix(rows)
    n = x.rows
    centred = x - sp.ones(n, 1) * (sp.ones(1, n) * x) / n
    return centred.T * centred / (n - 1 if sample else n)


XY = [[1, 2], [2, 4], [3, 7]]


# ------------------------------------------------------------------- arrows as separators
@pytest.mark.parametrize("arrow", ["->", "=>", "→", "⇒", "-->", "⟶"])
def test_an_arrow_before_the_task_words_is_a_separator(arrow: str) -> None:
    text = f"x = 1, 2, 3 ; y = 2, 4, 7 {arrow} covariance matrix of (x, y)"
    assert solve(text).answer == _cov(XY)


@pytest.mark.parametrize("text", [
    "[[1, 2], [3, 4]] => det", "data 2, 4, 6 --> mean", "f(x) = x^2 ⇒ d/dx",
    "f(x)=x^2 → derivative"])
def test_arrows_between_givens_and_tasks(text: str) -> None:
    want = {"det": -2, "mean": 4}
    problem = parse(text)
    answer = solve(text).answer
    if problem.kind in want:
        assert answer == want[problem.kind]
    else:
        x = sp.Symbol("x")
        assert sp.simplify(answer - 2 * x) == 0


@pytest.mark.parametrize("text", ["x -> 0", "f: R^2 -> R", "lim x→0 sin x / x", "x → infinity"])
def test_an_arrow_to_a_number_or_a_letter_is_never_a_separator(text: str) -> None:
    with pytest.raises(ParseError):
        solve(text)


def test_the_pair_covariance_of_x_y_in_brackets_is_one_number() -> None:
    text = "x = 1, 2, 3 ; y = 2, 4, 7 => covariance of (x, y)"
    assert solve(text).answer == _cov(XY)[0, 1]


# ------------------------------------------------------------ tuples typed with spaces
@pytest.mark.parametrize("text", [
    "points: (1,1) (2,2) (3,3) (4,4) first principal component",
    "pca of (1, 1)  (2, 2) (3, 3) (4, 4)",
    "data [1, 1] [2, 2] [3, 3] [4, 4], do PCA",
])
def test_points_separated_by_spaces_are_the_data(text: str) -> None:
    assert parse(text).matrices[0] == sp.Matrix([[1, 1], [2, 2], [3, 3], [4, 4]])


def test_vectors_separated_by_spaces_are_a_list() -> None:
    rows = [[1, 2, 3], [2, 4, 6], [1, 0, 1]]
    assert solve("rank of (1,2,3) (2,4,6) (1,0,1)").answer == sp.Matrix(rows).rank()
    assert solve("mean of (1, 2, 3) (3, 4, 5)").answer == sp.Matrix([2, 3, 4])


@pytest.mark.parametrize("text", [
    "points: (1,1) (2,2,2) pca",  # the points differ in length: no list is guessed
    "det [1,2] [3,4]",  # square brackets outside a data message may be rows: not a list
])
def test_spaced_tuples_that_are_not_a_list_are_not_answered(text: str) -> None:
    with pytest.raises(ParseError):
        solve(text)


# ------------------------------------------------------------- the augmented matrix
@pytest.mark.parametrize("text", [
    "1 2 | 3\n4 5 | 6\nsolve this augmented matrix",
    "augmented:\n[1 2 | 3]\n[4 5 | 6]",
    "solve the system with augmented matrix\n1  2 | 3\n4  5 | 6",
    "augmented matrix [1 2 | 3; 4 5 | 6]",
])
def test_an_augmented_matrix_on_lines_is_the_system(text: str) -> None:
    x = sp.Matrix([[1, 2], [4, 5]]).LUsolve(sp.Matrix([3, 6]))
    answer = solve(text).answer
    assert [answer[k] for k in sorted(answer, key=str)] == list(x)


def test_a_3x3_augmented_matrix_is_solved_or_found_inconsistent() -> None:
    text = "augmented matrix\n1 2 3 | 4\n0 1 1 | 2\n1 0 1 | 1"
    a, b = sp.Matrix([[1, 2, 3], [0, 1, 1], [1, 0, 1]]), sp.Matrix([4, 2, 1])
    assert a.rank() < a.row_join(b).rank()  # inconsistent: no solution
    assert "no solution" in solve(text).summary()


@pytest.mark.parametrize("text", ["augmented matrix\n1 2 | 3\n4 5 | 6\nrref",
                                  "the augmented matrix is\n1 2 | 3\n4 5 | 6\nfind its rank"])
def test_reducing_an_augmented_matrix_reduces_all_of_it(text: str) -> None:
    assert parse(text).matrices[0] == sp.Matrix([[1, 2, 3], [4, 5, 6]])


# ------------------------------------------------------- column vectors typed as columns
def test_column_vectors_typed_as_columns() -> None:
    text = "column vectors\n[1]   [2]\n[2]   [0]\n[2]   [1]\nfind the dot product"
    u, v = parse(text).vectors
    assert (u, v) == (sp.Matrix([1, 2, 2]), sp.Matrix([2, 0, 1]))
    assert solve(text).answer == u.dot(v)


@pytest.mark.parametrize(("text", "want"), [
    ("column vectors\n(1)   (2)\n(2)   (0)\n(2)   (1)\nfind the dot product", 4),
    ("angle between\n[1] [0]\n[0] [1]", sp.pi / 2),
    ("cross product\n[1]  [0]\n[0]  [1]\n[0]  [0]", sp.Matrix([0, 0, 1])),
])
def test_vectors_typed_as_columns_side_by_side(text: str, want: sp.Basic) -> None:
    assert solve(text).answer == want


def test_one_column_typed_as_a_column() -> None:
    assert solve("u =\n(3)\n(4)\nnorm of u").answer == 5
    text = "norm of\n[3]\n[4]\n[12]"
    assert solve(text).answer == sp.Matrix([3, 4, 12]).norm()


# ------------------------------------------------- a capital letter labelling a matrix
@pytest.mark.parametrize("text", [
    "X (each row one sample):\n2 1\n4 3\n6 2\ndo PCA",
    "X: [[2,1],[4,3],[6,2]] do PCA",
    "X (rows are samples) = [[2,1],[4,3],[6,2]] pca",
    "X (columns are samples):\n2 4 6\n1 3 2\nPCA",
    "X:\n2 1\n4 3\n6 2\nprincipal components",
])
def test_a_labelled_data_matrix(text: str) -> None:
    assert parse(text).matrices[0] == sp.Matrix([[2, 1], [4, 3], [6, 2]])


def test_a_label_with_a_colon_over_rows_names_the_matrix() -> None:
    assert solve("A = [[1,2],[3,4]]\nB:\n1 0\n0 1\nA+B").answer == sp.Matrix([[2, 2], [3, 5]])


# ------------------------------------------------------ the orientation said in words
ROWS = [[2, 0], [0, 1], [4, 5]]


@pytest.mark.parametrize("text", [
    "data (rows = observations): [2, 0], [0, 1], [4, 5]. find sample covariance",
    "data (columns are observations): [2, 0, 4], [0, 1, 5]. find sample covariance",
    "data [[2,0,4],[0,1,5]] (rows are variables) sample covariance",
    "data [[2,0,4],[0,1,5]], each row is a feature, sample covariance",
    "data [[2,0],[0,1],[4,5]], columns = features, sample covariance",
    "one sample per column: [[2,0,4],[0,1,5]] sample covariance",
    "each column is one data point: [[2,0,4],[0,1,5]] sample covariance",
    "[[2,0],[0,1],[4,5]] (rows = samples) sample covariance",
])
def test_the_orientation_of_data_said_in_words(text: str) -> None:
    assert solve(text).answer == _cov(ROWS, sample=True)


def test_each_pair_of_named_entries_is_a_sample() -> None:
    text = "x = [1, 2, 3], y = [2, 4, 7], each (x, y) pair is one sample, covariance matrix"
    assert solve(text).answer == _cov(XY)
    text = ("PCA: x = [1, 2, 3, 4], y = [2, 3, 5, 6] (each (x_i, y_i) is a sample); give the "
            "eigenvalues of the covariance matrix")
    assert parse(text).matrices[0] == sp.Matrix([[1, 2], [2, 3], [3, 5], [4, 6]])


# ------------------------------------------------------- a labelled line of spaced data
@pytest.mark.parametrize(("text", "want"), [
    ("x: 2 4 6 8\nvariance", 5), ("marks:\n10 12 14 16\nfind mean", 13),
    ("x = 2 4 6 8\nstd deviation", sp.sqrt(5)), ("variance\n3 5 7 9", 5),
])
def test_a_line_of_spaced_numbers_in_a_statistics_message(text: str, want: sp.Expr) -> None:
    assert solve(text).answer == want


def test_rows_of_spaced_numbers_stay_a_matrix() -> None:
    assert solve("data\n1 2\n3 4\n5 6\nmean").answer == sp.Matrix([3, 4])
    assert solve("x: 1 2 3\ny: 2 4 7\ncovariance").answer == _cov(XY)


# --------------------------------------------------- [u v] of vectors named in the message
@pytest.mark.parametrize(("text", "rows"), [
    ("u = (1,2), v = (3,4), det [u v]", [[1, 3], [2, 4]]),
    ("inverse of [u v] where u = (1,2), v = (3,7)", [[1, 3], [2, 7]]),
    ("v1 = [1,0,1], v2 = [0,1,1], v3 = [1,1,0]; rank of [v1, v2, v3]",
     [[1, 0, 1], [0, 1, 1], [1, 1, 0]]),
    ("v1 = [1;2], v2 = [3;4] as columns, rank of [v1 v2]", [[1, 3], [2, 4]]),
    ("u = (1,2), v = (3,7); inverse of [u; v]", [[1, 2], [3, 7]]),
])
def test_a_bracket_of_named_vectors_is_their_matrix(text: str, rows: list[list[int]]) -> None:
    assert parse(text).matrices[0] == sp.Matrix(rows)


@pytest.mark.parametrize("text", [
    "v1 = [1;2], v2 = [3;4] as rows, det of [v1 v2]",  # the words say the other layout
    "u = (1,2), v = (3,7,1); det [u v]",  # not one size
    "det [u v]",  # u and v are not given
])
def test_a_bracket_of_names_that_cannot_be_a_matrix_is_not_answered(text: str) -> None:
    with pytest.raises(ParseError):
        solve(text)


# ------------------------------------------------------- the coefficient matrix of a system
@pytest.mark.parametrize(("text", "rows"), [
    ("det of the coefficient matrix of 2x+y=3, x-y=0", [[2, 1], [1, -1]]),
    ("inverse of the matrix of coefficients of the system x + 2y = 5, 3x + 4y = 6",
     [[1, 2], [3, 4]]),
    ("rank of coefficient matrix: x+y+z=1, x-y=0, 2x+z=1", [[1, 1, 1], [1, -1, 0], [2, 0, 1]]),
    ("det of the coefficient matrix for 3x1 + x2 = 1, x1 - x2 = 4", [[3, 1], [1, -1]]),
    ("coefficient matrix ka det nikalo: y + 2x = 3, -y + x = 0", [[2, 1], [1, -1]]),
])
def test_the_coefficient_matrix_of_equations(text: str, rows: list[list[int]]) -> None:
    problem = parse(text)
    assert problem.matrices[0] == sp.Matrix(rows)
    assert any("coefficient matrix" in n for n in problem.options["notes"])
    if problem.kind == "det":
        assert solve(text).answer == sp.Matrix(rows).det()


@pytest.mark.parametrize("text", [
    "the coefficient matrix of 2x + y = 3, x - y = 0",  # no task for it: never a solve
    "coefficient matrix of x^2+y=3, x-y=0 det",  # not linear
    "det of coefficient matrix of 2x + ky = 3, x - y = 0",  # k: an unknown or a constant?
    "det of the coefficient matrix of 2x+y=3",  # one equation
    "coefficient of x^2 in the taylor series of e^x",
])
def test_a_coefficient_matrix_that_is_not_asked_clearly_is_asked_back(text: str) -> None:
    with pytest.raises(ParseError):
        solve(text)
# ("solve .. and also the inverse of the coefficient matrix" is two tasks since session 7:
# tests/test_parse_s7_tasks.py)


# ----------------------------------------------------------- the rewrites stay fast
@pytest.mark.parametrize("text", [
    " " * 1990 + "->", "pca " + "(1,1) " * 330, "data " + "[1, 2] " * 280,
    "dot\n" + "[1] [2]\n" * 250, "augmented\n" + "1 2 | 3\n" * 220, "augmented |" + " " * 1990,
    "X" + " " * 1990 + ": [[1]]", "u = (1, 2) [" + "u " * 990 + "]",
    "variance\n" + "x: " + "1 " * 990, "each " + " " * 1990 + "samples",
])
def test_layout_rewrites_are_fast_on_long_inputs(text: str) -> None:
    import time

    from solver.parsing.layout import rows_to_brackets
    from solver.parsing.lexicon import word_math
    from solver.parsing.source import Source

    start = time.process_time()
    word_math(str(rows_to_brackets(Source(text))))
    assert (time.process_time() - start) * 1000 < 200


# ------------------------------------------------- more separators of the same layouts
@pytest.mark.parametrize("text", [
    "x = 1 2 3, y = 2 4 7, covariance", "x: 1 2 3 | y: 2 4 7 covariance",
    "x = 1 2 3 y = 2 4 7 covariance matrix", "covariance of x = 1 2 3 and y = 2 4 7",
])
def test_named_columns_typed_with_spaces_on_one_line(text: str) -> None:
    assert solve(text).answer == _cov(XY)


def test_three_points_split_by_bars_in_a_data_message() -> None:
    assert solve("data: (1,2) | (3,4) | (5,6) covariance").answer == _cov(
        [[1, 2], [3, 4], [5, 6]])
    with pytest.raises(ParseError):  # a norm named: the bars may be |(3, 4)|, never guessed
        solve("norm of (1,2) | (3,4) | (5,6)")


@pytest.mark.parametrize("text", ["solve [1 2 | 3; 4 5 | 6]", "solve\n1 2 | 3\n4 5 | 6",
                                  "system:\n[1 2 | 3]\n[4 5 | 6]"])
def test_a_system_typed_as_its_augmented_matrix(text: str) -> None:
    answer = solve(text).answer
    assert [answer[k] for k in sorted(answer, key=str)] == [-1, 2]


# ----------------------------------------------------- a loss's data columns, separators
@pytest.mark.parametrize("text", [
    "x: 0, 1, 2 | y: 1, 3, 7, fit y = mx + c, gradient of sum of squared errors wrt m, c at "
    "m = 0, c = 0",
    "x: 0, 1, 2 | y: 1, 3, 7 — fit y = mx + c, gradient of sum of squared errors wrt m, c at "
    "m = 0, c = 0",
    "x: 0 1 2 | y: 1 3 7; model y = mx + c; gradient of the sum of squared errors wrt m, c at "
    "m = 0, c = 0",
])
def test_a_loss_on_named_columns_split_by_bars(text: str) -> None:
    m, c = sp.symbols("m c")
    loss = sum((y - m * x - c) ** 2 for x, y in [(0, 1), (1, 3), (2, 7)])
    want = [sp.diff(loss, v).subs({m: 0, c: 0}) for v in (m, c)]
    assert list(solve(text).answer) == want


def test_an_em_dash_before_words_is_a_separator_but_a_minus_before_a_function() -> None:
    assert solve("data 1, 2, 3 — mean").answer == 2
    x = sp.Symbol("x")
    assert sp.simplify(solve("d/dx x^2 — sin x").answer - (2 * x - sp.cos(x))) == 0


# ---------------------------------------------- tables, and a variable a line (transposed)
@pytest.mark.parametrize("text", [
    "x | y\n1 | 2\n2 | 4\n3 | 7\ncovariance",
    "| x | y |\n|---|---|\n| 1 | 2 |\n| 2 | 4 |\n| 3 | 7 |\ncovariance matrix",
    "x,y\n1,2\n2,4\n3,7\ncovariance",
    "x 1 2 3\ny 2 4 7\ncovariance",
    "x: 1 2 3\ny: 2 4 7\ncovariance",
    "x y\n1 2\n2 4\n3 7\ncovariance",
])
def test_data_tables_and_variables_on_lines(text: str) -> None:
    assert solve(text).answer == _cov(XY)


def test_three_variables_on_lines_are_3d_data() -> None:
    rows = [[1, 2, 0], [2, 4, 1], [3, 7, 5]]
    assert solve("x 1 2 3\ny 2 4 7\nz 0 1 5\ncovariance matrix").answer == _cov(rows)
    assert parse("3D data (1,2,0) (2,4,1) (3,7,5) PCA").matrices[0] == sp.Matrix(rows)


def test_bars_around_each_row_stay_a_determinant() -> None:
    with pytest.raises(ParseError):  # det bars in a data message: the tasks clash, asked
        solve("mean of\n|1 2|\n|3 4|")
    assert solve("|1 2|\n|3 4|").answer == -2


# ------------------------------------- a statistic of each row or column (the orientation)
M = [[1, 2], [3, 4], [5, 9]]
ROW_MEANS = sp.Matrix([sp.Rational(sum(r), len(r)) for r in M])
COLUMN_MEANS = sp.Matrix([sp.Rational(sum(c), len(c)) for c in zip(*M, strict=True)])


@pytest.mark.parametrize(("text", "want"), [
    ("mean of each row of [[1,2],[3,4],[5,9]]", ROW_MEANS),
    ("row means of [[1,2],[3,4],[5,9]]", ROW_MEANS),
    ("row-wise mean of [[1,2],[3,4],[5,9]]", ROW_MEANS),
    ("mean of each column of [[1,2],[3,4],[5,9]]", COLUMN_MEANS),
    ("column means of [[1,2],[3,4],[5,9]]", COLUMN_MEANS),
    # "columns" named near "samples" / "points" but not linked to them: the default layout
    ("data [[1,2],[3,4],[5,9]] (rows are samples) mean of the columns", COLUMN_MEANS),
    ("X (rows = observations): [[1,2],[3,4],[5,9]] mean of each column", COLUMN_MEANS),
    ("mean of each column for the points [[1,2],[3,4],[5,9]]", COLUMN_MEANS),
    ("data [[1,3,5],[2,4,9]] with samples as columns, mean", COLUMN_MEANS),
])
def test_a_statistic_of_each_row_or_column(text: str, want: sp.Matrix) -> None:
    assert solve(text).answer == want


def test_the_variance_of_each_row_is_over_its_entries() -> None:
    want = sp.Matrix([sp.Rational(1, 4), sp.Rational(1, 4), 4])  # (1, 2), (3, 4), (5, 9)
    assert solve("variance of each row of [[1,2],[3,4],[5,9]]").answer == want


@pytest.mark.parametrize("text", [
    "data [[1,3,5],[2,4,9]] (columns are samples, rows are samples) mean",
    "X (rows are samples) = [[1,2],[3,4],[5,9]], mean of each row",
])
def test_two_layouts_said_are_asked_back(text: str) -> None:
    with pytest.raises(ParseError):
        solve(text)


def test_the_lexicons_own_word_for_a_coefficient_matrix_is_never_suggested() -> None:
    with pytest.raises(ParseError) as info:
        solve("taylor coefficients of e^x up to x^3")
    assert "coefficientmatrix" not in info.value.message


def test_only_variable_names_label_a_variable_a_line() -> None:
    with pytest.raises(ParseError):  # "a 1 2" over "b 3 4": points a and b, or variables?
        solve("data\na 1 2\nb 3 4\nmean")
