"""Trace of a square matrix: the sum of its diagonal (also the sum of its eigenvalues)."""

from __future__ import annotations

import logging

import sympy as sp

from ..problem import Problem
from ..solution import Solution, Step
from ._common import entry_point, fmt, need_matrices, paren, simp, square, verified

logger = logging.getLogger(__name__)


@entry_point
def solve_trace(problem: Problem) -> Solution:
    (m,) = need_matrices(problem, 1, "a trace")
    square(m, "a trace")  # "Only square matrices have a trace"
    diagonal = [m[i, i] for i in range(m.rows)]
    value = simp(sum(diagonal, sp.Integer(0)))
    steps = [Step("Add the diagonal entries",
                  [f"tr = {' + '.join(paren(d) for d in diagonal)} = {fmt(value)}"],
                  why="The trace is also the sum of the eigenvalues (with multiplicity).")]
    return verified(problem, value, m.trace(), steps)
