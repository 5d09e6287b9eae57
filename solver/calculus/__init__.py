"""Step-by-step multivariate calculus. ``SOLVERS`` maps a problem kind to its solver.

Map of the package:

- ``rules``: one class per differentiation technique (constant, constant multiple, sum, power,
  product, quotient, chain, exp, log of any base, trig, inverse trig, hyperbolic, abs,
  max/min for ReLU, piecewise, rewrite for f^g, fallback); ``eval()`` recomputes the derivative
  from the tree.
- ``build``: the dispatcher that turns an expression into a rule tree.
- ``steps``: the printer that turns a tree into ``solver.Step``s.
- ``check``: real symbols, variable order, textbook-form ``tidy``, the check against SymPy
  (``same``, ``checked``), bounded values at a point.
- ``sample``: both sides of an identity at three sample points to 60 digits (mpmath).
- ``derivatives``, ``matrices``, ``taylor``, ``critical``, ``iterate``, ``loss``: the solvers.

Answers by kind (besides the table of issue 5):

- ``derivative``, ``partial``, ``higher_derivative``, ``chain_rule``: a SymPy expression
  (``chain_rule``: df/dt written in t). A point, when given, is evaluated in the steps and the
  answer text; the answer stays the expression.
- ``gradient``, ``jacobian``, ``hessian``, ``loss_gradient``: a ``Matrix``; when a point is
  given, the matrix evaluated at that point (the general matrix is in the steps).
- ``critical_points``: list of dicts {Symbol: value}, as ``sympy.solve`` gives them (a variable
  free along a curve of critical points is left out of its dict).
- ``newton``: the iterates [x0, x1, ..., xn]: exact Rationals while small (≤ 12 digits), Floats
  from the first iterate that is not.
- ``gradient_descent``: the points [p0, p1, ..., pn] as dicts {Symbol: value}, exact or Float
  as for Newton; the learning rate defaults to 0.1 (with a note).
- ``loss_gradient``: column ``Matrix`` of ∂L/∂param in the order of ``variables``, where L is
  the per-sample loss summed over ``options["data"]``.

Parser notes in ``Problem.options["notes"]`` are carried into ``Solution.notes``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from .. import kinds
from ..problem import Problem
from ..render import log_name_for, log_style
from ..solution import Solution

__all__ = ["SOLVERS"]


def _in_students_notation(solver: Callable[[Problem], Solution]
                          ) -> Callable[[Problem], Solution]:
    """Run ``solver`` with the student's name for the natural log (ln or log) in the working."""

    @functools.wraps(solver)
    def run(problem: Problem) -> Solution:
        with log_style(log_name_for(problem.source)):
            return solver(problem)

    return run


# every calculus kind of the one table (solver/kinds.py), in the student's log notation
SOLVERS = {k: _in_students_notation(kinds.solver_for(k)) for k in kinds.names("calculus")}
