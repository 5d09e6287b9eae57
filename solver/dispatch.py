"""Parse, then dispatch to the solver registered for the problem's kind."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from .errors import ParseError, TooHard
from .problem import Problem
from .solution import Solution

logger = logging.getLogger(__name__)

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
    solution = solver(problem)
    # the parser's notes (the readings taken, "Read: I took “derv” as “derivative”") come
    # first, for every kind: a linear algebra solver does not carry them itself
    said = [n for n in problem.options.get("notes", ()) if n not in solution.notes]
    if said and isinstance(problem.options.get("notes"), list):
        solution.notes[:0] = said
    claims = problem.options.get("claims") or ([(*problem.options["claim"], "", None)]
                                               if problem.options.get("claim") is not None
                                               else [])
    for typed, value, who, named in claims:  # "is 7 right?", "he says 1 and 1": say if it is
        from .parsing.claims import verdict

        answer, shown = solution.answer, solution.summary()
        if named == "eigenvalues" and problem.kind == "eigenvectors":
            # "he says the eigenvalues are 1 and 1": the eigenvalues of the eigenvector answer
            answer = {v: m for v, m, _vectors in solution.answer}
            shown = ", ".join(str(v) for v in answer)
        solution.notes.append(verdict(typed, value, answer, shown, problem.point,
                                      problem.kind, who))
    return solution


def _named_first(text: str, kind: str, than: str | None) -> bool:
    from .parsing.tasks import phrase_span

    low = text.lower()
    a, b = phrase_span(low, kind, 0), phrase_span(low, than or "", 0)
    if a is None and b is None:  # "w, V = np.linalg.eig(A); w and V?": named by neither word,
        return True  # the eigenvalues first (as eig returns them)
    if a is not None and b is not None and a[0] == b[0]:  # "eigen vectors" is not "eigen"
        return a[1] >= b[1]
    return a is not None and (b is None or a[0] <= b[0])


class Solutions(tuple):
    """Every task of one message (``det and inverse of A``), each solved and verified, in the
    order asked. Attribute access reads the first, so ``solve(text).answer`` still works."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or not self:
            raise AttributeError(name)
        return getattr(self[0], name)


def solve(text: str) -> Solution | Solutions:
    """Parse a student's message and solve it: a ``Solution``, or ``Solutions`` when the
    message asks several things (``options["also"]``); a task that cannot be solved is left
    out (the bot offers it as a button and says why when pressed)."""
    from .parsing import parse

    problem = parse(text)
    first = solve_problem(problem)
    before, more = [], []
    # "eigenvalues and eigenvectors": the eigenvectors answer shows both (the bot sends that
    # one); here each task named has its own answer, in the order named
    for kind in problem.options.get("inside", ()):
        try:
            other = solve_problem(parse(text, kind=kind))
        except (ParseError, TooHard) as exc:
            logger.info("task %s not solved: %s", kind, exc)
            continue
        (before if _named_first(text, kind, problem.kind) else more).append(other)
    for kind in problem.options.get("also", ()):
        try:
            more.append(solve_problem(parse(text, kind=kind)))
        except (ParseError, TooHard) as exc:
            logger.info("also-task %s not solved: %s", kind, exc)
    every = (*before, first, *more)
    return Solutions(every) if len(every) > 1 else first
