"""The one table of problem kinds: a new kind is one row here (plus its solver function).

Each row says, for one kind: its family (which ``SOLVERS`` registry holds it), the solver
(``module:function`` under ``solver``, imported when first used), the words that restate it
for one matrix (``restate.py`` uses them), the lesson topic behind "Related lesson", and the
offers: for which bare operands (a square matrix, a rectangular one, two or more vectors, a
function of one or of several variables) the bot offers it as a button, with its label, and
the picture ``solver/plots/choose.py`` draws for it (``plot``, one of ``PLOTS``), and an
example message (a test parses it, solves it, restates it, finds its lesson and its picture).

The phrases that *ask* for a kind (``determinant``, ``det``, ``|A|``) are in
``solver/parsing/intent.py`` (``_TABLE``); its operands are described in ``problem.py``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    name: str
    family: str  # "linalg" or "calculus"
    solver: str  # "module:function" under solver.<family>
    topic: str = ""  # the lesson topic searched for "Related lesson"
    restate: str = ""  # "the determinant of" (kinds on one matrix)
    offer: str = ""  # button label when offered for bare operands
    offer_for: tuple[str, ...] = ()  # "square", "rect", "tall", "vectors", "fn1", "fnN"
    plot: str | None = None  # the picture (see PLOTS); None: not decided (a test fails)
    example: str = ""  # a message asking for it (tests/test_tokens_kinds.py reads it)


# The pictures ``solver/plots/choose.py`` draws for a kind (the ``plot`` column):
PLOTS = {
    "matrix": "the linear map of a 2x2 or 3x3 matrix (grid and unit square or cube)",
    "pca": "the data, its mean and principal axes (or the 1σ/2σ ellipses of a covariance)",
    "descent": "the path of Newton or gradient descent steps over the curve or contours",
    "projection": "the vector, its projection and the line, plane or orthonormal basis",
    "lagrange": "the tangency of f and the constraint (else as 'function')",
    "taylor": "the function and its Taylor polynomials about the point",
    "derivative": "the function with f' (and f''), the tangent at the point",
    "function": "the curve of a function of one variable, contours of a function of two",
    "none": "no picture",
}


KINDS: tuple[Kind, ...] = (
    Kind("det", "linalg", "det:solve_det", "determinant", "the determinant of", "Determinant",
         ("square",), plot="matrix", example="det of [[1, 2], [3, 4]]"),
    Kind("inverse", "linalg", "inverse:solve_inverse", "inverse matrix", "the inverse of",
         "Inverse", ("square",), plot="matrix", example="inverse of [[2, 1], [1, 1]]"),
    Kind("transpose", "linalg", "basic:solve_transpose", "transpose", "the transpose of",
         "Transpose", ("rect",), plot="matrix", example="transpose of [[1, 2], [3, 4]]"),
    Kind("multiply", "linalg", "basic:solve_multiply", "matrix multiplication", plot="none",
         example="multiply [[1, 2], [3, 4]] and [[0, 1], [1, 0]]"),
    Kind("add", "linalg", "basic:solve_add", "matrix addition", plot="none",
         example="add [[1, 2], [3, 4]] and [[1, 0], [0, 1]]"),
    Kind("matrix_expr", "linalg", "expression:solve_matrix_expression",
         "matrix multiplication", plot="none", example="A = [[1, 2], [0, 1]], find A^2 + 2A"),
    Kind("rank", "linalg", "reduce:solve_rank", "rank", "the rank of", "Rank", ("rect",),
         plot="matrix", example="rank of [[1, 2], [2, 4]]"),
    Kind("rref", "linalg", "reduce:solve_rref", "gaussian elimination",
         "the reduced row echelon form of", "RREF", ("square", "rect"), plot="matrix",
         example="rref of [[1, 2], [2, 5]]"),
    Kind("nullspace", "linalg", "reduce:solve_nullspace", "null space", "the null space of",
         "Null space", ("rect",), plot="matrix", example="null space of [[1, 2], [2, 4]]"),
    Kind("trace", "linalg", "trace:solve_trace", "eigenvalues", "the trace of", plot="none",
         example="trace of [[1, 2], [3, 4]]"),
    Kind("eigenvalues", "linalg", "eigen:solve_eigenvalues", "eigenvalues",
         "the eigenvalues of", plot="matrix", example="eigenvalues of [[2, 0], [0, 3]]"),
    Kind("eigenvectors", "linalg", "eigen:solve_eigenvectors", "eigenvectors",
         "the eigenvalues and eigenvectors of", "Eigen", ("square",), plot="matrix",
         example="eigenvectors of [[2, 1], [1, 2]]"),
    Kind("solve_system", "linalg", "reduce:solve_system", "simultaneous equations", plot="none",
         example="solve x + y = 3, x - y = 1"),
    Kind("dot", "linalg", "vectors:solve_dot", "dot product", offer="Dot product",
         offer_for=("vectors",), plot="none", example="dot product of (1, 2, 3) and (4, 5, 6)"),
    Kind("cross", "linalg", "cross:solve_cross", "cross product", plot="none",
         example="cross product of (1, 0, 0) and (0, 1, 0)"),
    Kind("distance", "linalg", "cross:solve_distance", "modulus length", plot="none",
         example="distance between (1, 1) and (4, 5)"),
    Kind("norm", "linalg", "vectors:solve_norm", "modulus length", plot="none",
         example="norm of (3, 4)"),
    Kind("unit_vector", "linalg", "vectors:solve_unit_vector", "modulus length", plot="none",
         example="unit vector along (3, 0, 4)"),
    Kind("angle", "linalg", "vectors:solve_angle", "angle between vectors", offer="Angle",
         offer_for=("vectors",), plot="none", example="angle between (1, 0) and (1, 1)"),
    Kind("projection", "linalg", "vectors:solve_projection", "projection", plot="projection",
         example="project (2, 3) onto (1, 0)"),
    Kind("scalar_projection", "linalg", "vectors:solve_scalar_projection", "projection",
         plot="none", example="scalar projection of (2, 1) onto (1, 1)"),
    Kind("gram_schmidt", "linalg", "vectors:solve_gram_schmidt", "gram schmidt",
         offer="Gram-Schmidt", offer_for=("vectors",), plot="projection",
         example="gram schmidt of (1, 1) and (1, 0)"),
    Kind("pca", "linalg", "pca:solve_pca", "principal component", offer="PCA",
         offer_for=("tall",), plot="pca", example="pca of (1, 2), (2, 3), (3, 5), (4, 4)"),
    Kind("mean", "linalg", "stats:solve_mean", "mean of a dataset", plot="none",
         example="mean of 2, 4, 9"),
    Kind("variance", "linalg", "stats:solve_variance", "variance", plot="none",
         example="variance of 2, 4, 9"),
    Kind("covariance", "linalg", "stats:solve_covariance", "covariance matrix", plot="none",
         example="covariance matrix of (1, 2), (2, 3), (3, 5)"),
    Kind("derivative", "calculus", "derivatives:derivative", "derivative", offer="d/dx",
         offer_for=("fn1",), plot="derivative", example="d/dx x^2 sin x"),
    Kind("partial", "calculus", "derivatives:partial", "partial derivative", plot="function",
         example="partial derivative of x^2 y wrt y"),
    Kind("higher_derivative", "calculus", "derivatives:higher_derivative",
         "second derivative", plot="derivative", example="second derivative of x^4"),
    Kind("gradient", "calculus", "matrices:gradient", "gradient", offer="Gradient",
         offer_for=("fnN",), plot="function", example="gradient of x^2 y + y^3"),
    Kind("jacobian", "calculus", "matrices:jacobian", "jacobian", plot="none",
         example="jacobian of (x y, x + y)"),
    Kind("hessian", "calculus", "matrices:hessian", "hessian", offer="Hessian",
         offer_for=("fnN",), plot="function", example="hessian of x^3 + x y^2"),
    Kind("taylor", "calculus", "taylor:taylor", "taylor series", offer="Taylor",
         offer_for=("fn1",), plot="taylor", example="taylor series of cos x up to order 4"),
    Kind("critical_points", "calculus", "critical:critical_points", "stationary points",
         offer="Critical points", offer_for=("fnN",), plot="lagrange",
         example="critical points of x^2 + y^2 - 2x"),
    Kind("chain_rule", "calculus", "derivatives:chain_rule", "multivariate chain rule",
         plot="none", example="df/dt where f = x^2 y, x = cos t, y = sin t"),
    Kind("newton", "calculus", "iterate:newton", "newton raphson", plot="descent",
         example="newton raphson for x^2 - 2 from x = 1, 3 steps"),
    Kind("gradient_descent", "calculus", "iterate:gradient_descent", "gradient descent",
         plot="descent",
         example="gradient descent on x^2 + y^2 from (1, 1) with lr = 0.1, 2 steps"),
    Kind("loss_gradient", "calculus", "loss:loss_gradient", "least squares", plot="none",
         example="gradient of the loss (y - w x)^2 over data (1, 2), (2, 3) wrt w"),
)

BY_NAME = {k.name: k for k in KINDS}
NAMES = tuple(k.name for k in KINDS)


def names(family: str) -> tuple[str, ...]:
    return tuple(k.name for k in KINDS if k.family == family)


def offers(group: str) -> list[tuple[str, str]]:
    """(label, kind) buttons for bare operands of one group, in table order."""
    return [(k.offer, k.name) for k in KINDS if group in k.offer_for]


def plot(kind: str | None) -> str:
    """The picture for ``kind`` (a key of ``PLOTS``); "" for bare operands (no kind)."""
    row = BY_NAME.get(kind or "")
    return (row.plot or "none") if row else ""


def topic(kind: str | None) -> str:
    row = BY_NAME.get(kind or "")
    return row.topic if row else ""


def solver_for(kind: str):
    """The solver function of ``kind`` (imported from its module on first use)."""
    import importlib

    row = BY_NAME[kind]
    module, _, func = row.solver.partition(":")
    # the module name comes from the table above, never from user text
    return getattr(importlib.import_module(f"solver.{row.family}.{module}"), func)
