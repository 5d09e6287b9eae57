"""The one table of problem kinds: a new kind is one row here (plus its solver function).

Each row says, for one kind: its family (which ``SOLVERS`` registry holds it), the solver
(``module:function`` under ``solver``, imported when first used), the words that restate it
for one matrix (``restate.py`` uses them), the lesson topic behind "Related lesson", and the
offers: for which bare operands (a square matrix, a rectangular one, two or more vectors, a
function of one or of several variables) the bot offers it as a button, with its label.

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


KINDS: tuple[Kind, ...] = (
    Kind("det", "linalg", "det:solve_det", "determinant", "the determinant of", "Determinant",
         ("square",)),
    Kind("inverse", "linalg", "inverse:solve_inverse", "inverse matrix", "the inverse of",
         "Inverse", ("square",)),
    Kind("transpose", "linalg", "basic:solve_transpose", "transpose", "the transpose of",
         "Transpose", ("rect",)),
    Kind("multiply", "linalg", "basic:solve_multiply", "matrix multiplication"),
    Kind("add", "linalg", "basic:solve_add", "matrix addition"),
    Kind("matrix_expr", "linalg", "expression:solve_matrix_expression",
         "matrix multiplication"),
    Kind("rank", "linalg", "reduce:solve_rank", "rank", "the rank of", "Rank", ("rect",)),
    Kind("rref", "linalg", "reduce:solve_rref", "gaussian elimination",
         "the reduced row echelon form of", "RREF", ("square", "rect")),
    Kind("nullspace", "linalg", "reduce:solve_nullspace", "null space", "the null space of",
         "Null space", ("rect",)),
    Kind("trace", "linalg", "trace:solve_trace", "eigenvalues", "the trace of"),
    Kind("eigenvalues", "linalg", "eigen:solve_eigenvalues", "eigenvalues",
         "the eigenvalues of"),
    Kind("eigenvectors", "linalg", "eigen:solve_eigenvectors", "eigenvectors",
         "the eigenvalues and eigenvectors of", "Eigen", ("square",)),
    Kind("solve_system", "linalg", "reduce:solve_system", "simultaneous equations"),
    Kind("dot", "linalg", "vectors:solve_dot", "dot product", offer="Dot product",
         offer_for=("vectors",)),
    Kind("cross", "linalg", "cross:solve_cross", "cross product"),
    Kind("distance", "linalg", "cross:solve_distance", "modulus length"),
    Kind("norm", "linalg", "vectors:solve_norm", "modulus length"),
    Kind("angle", "linalg", "vectors:solve_angle", "angle between vectors", offer="Angle",
         offer_for=("vectors",)),
    Kind("projection", "linalg", "vectors:solve_projection", "projection"),
    Kind("gram_schmidt", "linalg", "vectors:solve_gram_schmidt", "gram schmidt",
         offer="Gram-Schmidt", offer_for=("vectors",)),
    Kind("pca", "linalg", "pca:solve_pca", "principal component", offer="PCA",
         offer_for=("tall",)),
    Kind("mean", "linalg", "stats:solve_mean", "mean of a dataset"),
    Kind("variance", "linalg", "stats:solve_variance", "variance"),
    Kind("covariance", "linalg", "stats:solve_covariance", "covariance matrix"),
    Kind("derivative", "calculus", "derivatives:derivative", "derivative", offer="d/dx",
         offer_for=("fn1",)),
    Kind("partial", "calculus", "derivatives:partial", "partial derivative"),
    Kind("higher_derivative", "calculus", "derivatives:higher_derivative",
         "second derivative"),
    Kind("gradient", "calculus", "matrices:gradient", "gradient", offer="Gradient",
         offer_for=("fnN",)),
    Kind("jacobian", "calculus", "matrices:jacobian", "jacobian"),
    Kind("hessian", "calculus", "matrices:hessian", "hessian", offer="Hessian",
         offer_for=("fnN",)),
    Kind("taylor", "calculus", "taylor:taylor", "taylor series", offer="Taylor",
         offer_for=("fn1",)),
    Kind("critical_points", "calculus", "critical:critical_points", "stationary points",
         offer="Critical points", offer_for=("fnN",)),
    Kind("chain_rule", "calculus", "derivatives:chain_rule", "multivariate chain rule"),
    Kind("newton", "calculus", "iterate:newton", "newton raphson"),
    Kind("gradient_descent", "calculus", "iterate:gradient_descent", "gradient descent"),
    Kind("loss_gradient", "calculus", "loss:loss_gradient", "least squares"),
)

BY_NAME = {k.name: k for k in KINDS}
NAMES = tuple(k.name for k in KINDS)


def names(family: str) -> tuple[str, ...]:
    return tuple(k.name for k in KINDS if k.family == family)


def offers(group: str) -> list[tuple[str, str]]:
    """(label, kind) buttons for bare operands of one group, in table order."""
    return [(k.offer, k.name) for k in KINDS if group in k.offer_for]


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
