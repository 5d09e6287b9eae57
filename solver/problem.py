"""What the parser understood: a problem kind and its operands as SymPy objects.

Field use by kind (the contract between the parser, the solvers and the plots):

=================  ==========================================================================
kind               operands
=================  ==========================================================================
det, inverse,      ``matrices[0]``
transpose, rank,
rref, nullspace,
eigenvalues,
eigenvectors
multiply, add      ``matrices[0]``, ``matrices[1]`` (left, right); ``options["subtract"]``
                   for A - B
solve_system       either ``equations`` (SymPy ``Eq``) with ``variables`` the unknowns, or
                   ``matrices == (A, b)`` for Ax = b (unknowns x1..xn)
dot, angle,        ``vectors[0]``, ``vectors[1]`` (column matrices); scalar_projection is
cross, distance,   vectors[0]·vectors[1]/|vectors[1]| (u onto v)
scalar_projection
matrix_expr        ``options["tree"]``: the ``MatOp`` tree (A + Aᵀ, vᵀAv, ABC, A^3, 2A − 3I);
                   ``matrices``: its leaves in order
norm               ``vectors[0]``; with distance: ``options["ord"]`` 1 or "inf" (L1, max
                   norm), ``options["squared"]``: ‖u‖² / ‖u − v‖², no root
projection         ``vectors[0]`` is projected onto the span of ``vectors[1:]``, or onto the
                   column space of ``matrices[0]`` when given; ``options["matrix"] = True``
                   asks for the projection matrix itself (then ``vectors`` may be empty)
gram_schmidt       ``vectors`` in input order
pca                ``matrices[0]``: data points as rows (``options["source"] == "data"``) or
                   a covariance matrix (``options["source"] == "covariance"``);
                   ``options["k"]`` components to project onto (default 1);
                   ``options["ratio"]``: the answer is (λᵢ/Σλ, directions), not (λᵢ, ...)
mean, variance,    ``matrices[0]``: data points as rows (1-D data is n×1);
covariance         ``options["sample"]`` divides by N − 1 (default N, as in the course);
                   ``options["std"]`` (variance) asks for the standard deviation
derivative         ``expr``, ``variables[0]``; ``order`` 1
higher_derivative  ``expr``, ``variables[0]``, ``order`` >= 2
partial            ``expr``, ``variables`` = the variables differentiated, in order (mixed
                   partials allowed: (x, y) means d/dy of d/dx)
gradient, hessian  ``expr``, ``variables``; optional ``point``
jacobian           ``exprs`` (component functions), ``variables``; optional ``point``
taylor             ``expr``, ``variables``, ``point`` (default 0), ``order``;
                   ``options["n_terms"]`` when the first n non-zero terms were asked
critical_points    ``expr``, ``variables``
chain_rule         ``expr`` f(x, y, ...), ``options["subs"]`` {x: x(t), ...}, ``variables[0]``
                   is t
newton             ``expr`` (solve expr = 0), ``variables[0]``, ``point`` {x: x0},
                   ``options["steps"]`` (default 3)
gradient_descent   ``expr``, ``variables``, ``point`` (start), ``options["lr"]``,
                   ``options["steps"]`` (default 3)
loss_gradient      ``expr`` the per-sample loss in parameters and data symbols,
                   ``variables`` the parameters (w, b), ``options["data"]``: list of dicts
                   {data Symbol: value}; the loss is summed over the data
=================  ==========================================================================

``kind is None`` means the operands were read but the intent was not: the bot then offers
buttons for the sensible operations.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import sympy as sp

from . import kinds

# the kinds come from the one table (solver/kinds.py)
LINALG_KINDS = kinds.names("linalg")
CALCULUS_KINDS = kinds.names("calculus")
KINDS = kinds.NAMES


@dataclass(frozen=True)
class Problem:
    """A parsed problem. Frozen: solvers and plots never change what was read."""

    kind: str | None
    restated: str = ""
    matrices: tuple[sp.Matrix, ...] = ()
    vectors: tuple[sp.Matrix, ...] = ()
    expr: sp.Expr | None = None
    exprs: tuple[sp.Expr, ...] = ()
    equations: tuple[sp.Eq, ...] = ()
    variables: tuple[sp.Symbol, ...] = ()
    point: dict[sp.Symbol, sp.Expr] | None = None
    order: int | None = None
    options: dict[str, Any] = field(default_factory=dict)
    source: str = ""  # the text as the student sent it

    def __post_init__(self) -> None:
        if self.kind is not None and self.kind not in KINDS:
            raise ValueError(f"unknown problem kind {self.kind!r}")

    def with_kind(self, kind: str) -> Problem:
        """The same operands with another intent (a button press on a bare matrix)."""
        return replace(self, kind=kind)

    @property
    def has_matrix(self) -> bool:
        return bool(self.matrices)

    @property
    def has_function(self) -> bool:
        return self.expr is not None or bool(self.exprs)
