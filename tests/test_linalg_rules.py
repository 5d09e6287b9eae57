"""The step engine: row operations replay to the recorded matrices; mismatches fall back."""

from __future__ import annotations

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from test_linalg_helpers import M

from solver import Problem, solve_problem
from solver.linalg import _rules, det
from solver.linalg._common import MISMATCH_NOTE
from solver.linalg._rules import (
    RowAdd,
    RowScale,
    RowSwap,
    cofactor_expansion,
    eliminate,
)


def test_labels() -> None:
    assert RowSwap(0, 1).label() == "R1 ↔ R2"
    assert RowScale(2, sp.Rational(1, 2)).label() == "R3 → ½·R3"
    assert RowAdd(1, 0, -3).label() == "R2 → R2 − 3·R1"
    assert RowAdd(2, 1, sp.Rational(2, 7)).label() == "R3 → R3 + (2/7)·R2"
    assert RowAdd(0, 1, sp.Integer(1)).label() == "R1 → R1 + R2"


def _replay_ok(mat: sp.Matrix, **kwargs) -> _rules.Elimination:
    elim = eliminate(mat, **kwargs)
    current = elim.start
    for op, after in zip(elim.ops, elim.after, strict=True):
        current = op.apply(current)
        assert current == after, op.label()
    assert elim.eval() == elim.final
    return elim


matrices = st.integers(1, 4).flatmap(lambda n: st.lists(
    st.lists(st.integers(-5, 5), min_size=n, max_size=n), min_size=1, max_size=4))


@settings(max_examples=60, deadline=None)
@given(matrices)
def test_gauss_jordan_replays_to_sympy_rref(rows: list[list[int]]) -> None:
    mat = sp.Matrix(rows)
    elim = _replay_ok(mat)
    rref, pivots = mat.rref()
    assert elim.final == rref
    assert tuple(elim.pivots) == pivots


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 4).flatmap(lambda n: st.lists(
    st.lists(st.integers(-4, 4), min_size=n, max_size=n), min_size=n, max_size=n)))
def test_echelon_tracks_determinant(rows: list[list[int]]) -> None:
    mat = sp.Matrix(rows)
    elim = _replay_ok(mat, reduced=False, scale=False)
    u = elim.final
    assert sp.Mul(*[u[i, i] for i in range(u.rows)]) == elim.det_factor() * mat.det()
    value, _ = det.det_steps(mat)
    assert value == mat.det()


def test_cofactor_expansion_eval() -> None:
    mat = M([1, 0, 2], [3, 0, 4], [5, 6, 7])
    exp = cofactor_expansion(mat)
    assert (exp.axis, exp.index) == ("column", 1)
    assert len(exp.terms) == 1
    assert exp.eval() == exp.value() == mat.det()


def test_mismatch_returns_sympy_answer_with_note(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in the steps never reaches the student: the verified answer does."""
    monkeypatch.setattr(det, "det_steps", lambda m, name="A": (sp.Integer(99), []))
    sol = solve_problem(Problem("det", matrices=(M([1, 2], [3, 4]),)))
    assert sol.answer == -2
    assert MISMATCH_NOTE in sol.notes


def test_a_mismatch_logs_the_reference_answer_not_what_the_check_needed(
        caplog: pytest.LogCaptureFixture) -> None:
    """With a ``fallback``, ``truth`` is only the check's input (here the matrix): the log line
    names the answer SymPy computed, which is what the student is then shown."""
    from solver.linalg._common import verified

    m = M([1, 2], [3, 4])
    with caplog.at_level("ERROR"):
        sol = verified(Problem("rref", matrices=(m,)), sp.zeros(2, 2), m, [],
                       check=lambda a, t: False, fallback=lambda: m.rref()[0])
    assert sol.answer == sp.eye(2) and MISMATCH_NOTE in sol.notes
    line = next(r.getMessage() for r in caplog.records if "steps gave" in r.getMessage())
    assert line.split("SymPy gives ")[1].startswith(repr(sp.eye(2))), line


def test_symbolic_pivots_are_noted() -> None:
    a = sp.Symbol("a")
    sol = solve_problem(Problem("rref", matrices=(M([a, 1], [1, 1]),)))
    assert sol.answer == sp.eye(2)
    assert any("assumed nonzero" in n for n in sol.notes)
