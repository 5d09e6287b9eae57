"""MML Tutor's solver: read what a student typed, solve it step by step, draw it.

Importable with no Telegram: nothing here imports ``telegram`` or ``bot``.

Usage::

    from solver import solve
    print(solve("det [1 2; 3 4]").render("text"))
"""

from .errors import ParseError, TooHard
from .parsing import parse
from .problem import CALCULUS_KINDS, KINDS, LINALG_KINDS, Problem
from .render import block, inline
from .solution import Solution, Step
from .solve import solve, solve_problem

__all__ = [
    "CALCULUS_KINDS",
    "KINDS",
    "LINALG_KINDS",
    "ParseError",
    "Problem",
    "Solution",
    "Step",
    "TooHard",
    "block",
    "inline",
    "parse",
    "solve",
    "solve_problem",
]
