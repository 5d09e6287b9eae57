"""MML Tutor's solver: read what a student typed, solve it step by step, draw it.

Importable with no Telegram: nothing here imports ``telegram`` or ``bot``.

Usage::

    from solver import solve
    print(solve("det [1 2; 3 4]").render("text"))
"""

from .errors import ParseError, TooHard

# Everything else is imported on first use (PEP 562), so that ``solver.kinds`` and
# ``solver.errors`` can be read without importing SymPy: the bot's main process never solves
# (its workers do) and keeps ~100 MB less that way.
_LAZY = {
    "parse": ".parsing", "Problem": ".problem", "CALCULUS_KINDS": ".problem",
    "KINDS": ".problem", "LINALG_KINDS": ".problem", "block": ".render", "inline": ".render",
    "Solution": ".solution", "Step": ".solution", "solve": ".dispatch",
    "solve_problem": ".dispatch",
}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'solver' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_LAZY[name], __name__), name)
    globals()[name] = value
    return value


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
