"""Parse, then dispatch to the solver registered for the problem's kind."""

from __future__ import annotations

from collections.abc import Callable

from .errors import ParseError, TooHard
from .problem import Problem
from .solution import Solution

Solver = Callable[[Problem], Solution]


def _registry() -> dict[str, Solver]:
    """Every kind of the table (solver/kinds.py) with its solver."""
    from .calculus import SOLVERS as CALCULUS
    from .linalg import SOLVERS as LINALG

    return {**LINALG, **CALCULUS}


def solve_problem(problem: Problem) -> Solution:
    """Solve a parsed problem step by step; the answer is verified before it is returned."""
    if problem.kind is None:
        raise ParseError(
            "I can see the math but not what you want done with it.",
            "Say what to find, e.g. 'det [[1,2],[3,4]]' or 'd/dx x^2 sin x'.",
        )
    solver = _registry().get(problem.kind)
    if solver is None:
        raise TooHard(f"I can read '{problem.kind}' problems but cannot solve them yet.")
    return solver(problem)


def solve(text: str) -> Solution:
    """Parse a student's message and solve it."""
    from .parsing import parse

    return solve_problem(parse(text))
