"""The Problem contract (solver/problem.py): which fields carry which operands, per kind."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import sympy as sp

from solver import KINDS, ParseError, Problem, parse

x, y, t, w, b = sp.symbols("x y t w b")
_BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "parse_accuracy.py"
_spec = importlib.util.spec_from_file_location("parse_accuracy", _BENCH)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


@pytest.mark.parametrize("entry", bench.load_corpus(), ids=lambda e: e["text"][:40])
def test_every_corpus_problem_keeps_the_contract(entry: dict) -> None:
    try:
        p = parse(entry["text"])
    except ParseError:
        return  # the accuracy test reports these
    assert isinstance(p, Problem) and (p.kind is None or p.kind in KINDS)
    assert p.source == entry["text"]
    assert p.restated and "\n" not in p.restated
    assert all(isinstance(m, sp.MatrixBase) for m in p.matrices)
    assert all(isinstance(v, sp.MatrixBase) and v.cols == 1 for v in p.vectors)
    assert all(isinstance(v, sp.Symbol) for v in p.variables)
    assert p.point is None or all(isinstance(k, sp.Symbol) for k in p.point)
    assert p.order is None or isinstance(p.order, int)
    assert all(isinstance(n, str) for n in p.options.get("notes", []))
    if p.kind in ("det", "inverse", "transpose", "rank", "rref", "nullspace", "eigenvalues",
                  "eigenvectors", "pca"):
        assert p.matrices
    if p.kind in ("multiply", "add"):
        assert len(p.matrices) >= 2
    if p.kind in ("dot", "angle"):
        assert len(p.vectors) == 2
    if p.kind in ("derivative", "higher_derivative", "partial", "gradient", "hessian", "taylor",
                  "critical_points", "chain_rule", "newton", "gradient_descent",
                  "loss_gradient"):
        assert p.expr is not None and p.variables
    if p.kind == "derivative":
        assert p.order == 1
    if p.kind == "higher_derivative":
        assert p.order >= 2
    if p.kind == "taylor":
        assert p.point is not None and p.order is not None
    if p.kind in ("newton", "gradient_descent"):
        assert p.point and p.options["steps"] >= 1
    if p.kind == "gradient_descent":
        assert p.options["lr"] > 0
    if p.kind == "jacobian":
        assert p.exprs and p.variables


def test_restated_and_source() -> None:
    p = parse("sir pls find det of [[1,2],[3,4]] ??")
    assert p.restated == "the determinant of [[1, 2], [3, 4]]"
    assert p.source == "sir pls find det of [[1,2],[3,4]] ??"
    assert parse("d/dx x^2 sin x").restated == "d/dx of x²·sin(x)"


def test_bare_operands_have_no_kind_and_offer_buttons() -> None:
    bare = parse("[[1, 2], [3, 4]]")
    assert bare.kind is None and bare.has_matrix
    assert bare.with_kind("det").kind == "det"
    fn = parse("x^2 e^x")
    assert fn.kind is None and fn.has_function and fn.variables == (x,)


def test_named_matrices() -> None:
    p = parse("A = [[1, 2], [3, 4]]\nB = [[0, 1], [1, 0]]\nfind AB")
    assert p.kind == "multiply" and p.matrices == (sp.Matrix([[1, 2], [3, 4]]),
                                                    sp.Matrix([[0, 1], [1, 0]]))
    assert parse("A = [[1, 2], [3, 4]]. A^-1 ?").kind == "inverse"
    assert parse("A = [[1, 2], [3, 4]], find A^T").kind == "transpose"
    sub = parse("A = [[1, 2], [3, 4]], B = [[1, 0], [0, 1]], A - B")
    assert sub.kind == "add" and sub.options["subtract"] is True


def test_variables_named_then_natural() -> None:
    assert parse("d/dy x^2 y").variables == (y,)
    assert parse("gradient of z x + y").variables == sp.symbols("x y z")
    assert parse("gradient of f(y, x) = x y^2").variables == (y, x)
    assert parse("gradient of x10 + x2 + x1").variables == sp.symbols("x1 x2 x10")
    assert parse("gradient of b + a + x").variables == (x, sp.Symbol("a"), b)
    d = parse("d/dx a x^2 + b x + w")
    assert d.variables == (x,) and d.expr.free_symbols == {x, sp.Symbol("a"), b, w}


def test_ml_kinds() -> None:
    chain = parse("f = x^2 y, x = cos t, y = sin t, find df/dt")
    assert chain.kind == "chain_rule" and chain.variables == (t,)
    assert chain.options["subs"] == {x: sp.cos(t), y: sp.sin(t)}
    newton = parse("newton raphson for x^3 - 2x - 5 from x0 = 2, 3 steps")
    assert newton.point == {x: 2} and newton.options["steps"] == 3
    gd = parse("gradient descent on x^2 + 3y^2 from (1, 1) with learning rate 0.1, 2 steps")
    assert gd.point == {x: 1, y: 1} and gd.options["steps"] == 2
    assert gd.options["lr"] == sp.Float("0.1")
    loss = parse("gradient of (y - (w x + b))^2 wrt w, b for data (1, 2), (2, 3)")
    assert loss.kind == "loss_gradient" and loss.variables == (w, b)
    assert loss.options["data"] == [{x: 1, y: 2}, {x: 2, y: 3}]


def test_non_smooth_functions_carry_notes() -> None:
    assert "relu is not differentiable at x = 0" in parse("d/dx relu(x)").options["notes"]
    assert parse("d/dx |x - 1|").options["notes"] == ["|x − 1| is not differentiable at "
                                                       "x − 1 = 0"]
    assert parse("d/dx max(0, x)").options["notes"]
    assert "notes" not in parse("d/dx x^2").options


def test_plot_requests() -> None:
    p = parse("plot x^2 - 2x")
    assert p.kind is None and p.options["plot"] is True and p.expr == x**2 - 2 * x
    g = parse("graph of sin x from -5 to 5")
    assert g.options["x_range"] == (-5, 5) and g.expr == sp.sin(x)
    assert parse("sketch e^-x").options["plot"] is True
    assert "plot" not in parse("d/dx x^2").options


@pytest.mark.parametrize("text", ["", "hi sir", "???", "find the determinant", "d/dx"])
def test_nothing_to_read_is_a_parse_error(text: str) -> None:
    with pytest.raises(ParseError) as info:
        parse(text)
    assert info.value.hint
