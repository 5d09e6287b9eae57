"""The one table of kinds (solver/kinds.py): every row has what a kind needs.

A new kind is one row: this test fails until the row has a solver, an example message that
parses to it, a restatement of its own, a lesson topic that finds a lesson, and a picture
decision that the plot chooser follows.
"""

from __future__ import annotations

import pytest

from content.search import search
from solver import kinds
from solver.calculus import SOLVERS as CALCULUS_SOLVERS
from solver.dispatch import solve_problem
from solver.linalg import SOLVERS as LINALG_SOLVERS
from solver.parsing import parse
from solver.parsing.restate import restate
from solver.plots import can_plot

_ROWS = [pytest.param(k, id=k.name) for k in kinds.KINDS]


def test_names_are_unique() -> None:
    assert len(set(kinds.NAMES)) == len(kinds.NAMES)


@pytest.mark.parametrize("row", _ROWS)
def test_every_kind_has_a_solver(row: kinds.Kind) -> None:
    registry = LINALG_SOLVERS if row.family == "linalg" else CALCULUS_SOLVERS
    assert row.family in ("linalg", "calculus")
    assert callable(registry[row.name])
    assert callable(kinds.solver_for(row.name))


@pytest.mark.parametrize("row", _ROWS)
def test_every_kind_has_an_example_that_is_read_restated_and_solved(row: kinds.Kind) -> None:
    assert row.example, "give the row an example message"
    problem = parse(row.example)
    assert problem.kind == row.name
    fields = {"matrices": problem.matrices, "vectors": problem.vectors, "expr": problem.expr,
              "exprs": problem.exprs, "variables": problem.variables,
              "point": problem.point, "order": problem.order,
              "options": {k: v for k, v in problem.options.items() if k != "also"}}
    generic = restate(None, fields)
    assert problem.restated and problem.restated != generic  # says what is asked, not only
    solution = solve_problem(problem)  # what it is asked of
    assert solution.kind == row.name


@pytest.mark.parametrize("row", _ROWS)
def test_every_kind_has_a_lesson_topic(row: kinds.Kind) -> None:
    assert row.topic
    hits = search(row.topic, limit=3)
    assert any(h.snippet_id for h in hits), f"no lesson found for {row.topic!r}"


@pytest.mark.parametrize("row", _ROWS)
def test_every_kind_has_a_plot_decision_that_the_chooser_follows(row: kinds.Kind) -> None:
    assert row.plot in kinds.PLOTS, "set plot= to one of kinds.PLOTS"
    assert can_plot(parse(row.example)) == (row.plot != "none")


def test_bare_operands_have_no_kind_and_still_get_a_picture() -> None:
    assert kinds.plot(None) == ""
    assert can_plot(parse("[[2, 1], [1, 3]]"))
