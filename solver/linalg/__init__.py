"""Step-by-step linear algebra and PCA. ``SOLVERS`` maps a problem kind to its solver.

Map of the package:

- ``_rules``: the step engine (``RowSwap``, ``RowScale``, ``RowAdd``, ``Elimination``,
  ``CofactorExpansion``), each rule able to replay itself;
- ``_common``: limits, exactness, comparison and the final verification;
- ``det``, ``inverse``, ``basic`` (transpose, multiply, add), ``reduce`` (rref, rank,
  null space, systems), ``eigen``, ``vectors`` (dot, norm, angle, projection, Gram-Schmidt),
  ``pca``, ``stats`` (mean, variance, covariance): one module per family of problems.

Usage::

    from solver.linalg import SOLVERS
    solution = SOLVERS["det"](problem)
"""

from __future__ import annotations

from collections.abc import Callable

from .. import kinds
from ..problem import Problem
from ..solution import Solution
from .basic import solve_add, solve_multiply, solve_transpose
from .det import solve_det
from .eigen import solve_eigenvalues, solve_eigenvectors
from .inverse import solve_inverse
from .pca import solve_pca
from .reduce import solve_nullspace, solve_rank, solve_rref, solve_system
from .stats import solve_covariance, solve_mean, solve_variance
from .vectors import (
    solve_angle,
    solve_dot,
    solve_gram_schmidt,
    solve_norm,
    solve_projection,
)

__all__ = ["SOLVERS"]

SOLVERS: dict[str, Callable[[Problem], Solution]] = {
    "det": solve_det,
    "inverse": solve_inverse,
    "transpose": solve_transpose,
    "multiply": solve_multiply,
    "add": solve_add,
    "rank": solve_rank,
    "rref": solve_rref,
    "nullspace": solve_nullspace,
    "solve_system": solve_system,
    "eigenvalues": solve_eigenvalues,
    "eigenvectors": solve_eigenvectors,
    "dot": solve_dot,
    "norm": solve_norm,
    "angle": solve_angle,
    "projection": solve_projection,
    "gram_schmidt": solve_gram_schmidt,
    "pca": solve_pca,
    "mean": solve_mean,
    "variance": solve_variance,
    "covariance": solve_covariance,
}
# new kinds are registered from the one table (solver/kinds.py): a row there is enough
SOLVERS.update({k: kinds.solver_for(k) for k in kinds.names("linalg") if k not in SOLVERS})
