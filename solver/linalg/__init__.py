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

__all__ = ["SOLVERS"]

# every linear algebra kind of the one table (solver/kinds.py): a row there is enough
SOLVERS: dict[str, Callable[[Problem], Solution]] = {
    k: kinds.solver_for(k) for k in kinds.names("linalg")}
