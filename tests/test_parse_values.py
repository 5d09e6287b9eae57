"""parse_value and parse_expression: the small safe readers other parts of the bot use."""

from __future__ import annotations

import pytest
import sympy as sp

import solver.parsing as parsing
from solver import ParseError
from solver.parsing import parse_expression, parse_value

x, y = sp.symbols("x y")


def test_public_names() -> None:
    assert set(parsing.__all__) == {"parse", "parse_expression", "parse_value"}
    import solver

    assert solver.parse is parsing.parse


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("3", sp.Integer(3)), ("-3/4", sp.Rational(-3, 4)), ("√2/2", sp.sqrt(2) / 2),
        ("2 + 3i", 2 + 3 * sp.I), ("x^2 - 1", x**2 - 1), ("e", sp.E), ("pi/4", sp.pi / 4),
        ("(1, 2)", sp.Matrix([1, 2])), ("[[1, 0], [0, 1]]", sp.eye(2)),
        ("1, 2, 3", [1, 2, 3]), ("1; 2", [1, 2]), ("3, -1/2", [3, sp.Rational(-1, 2)]),
        ("x = 1, y = 2", {x: 1, y: 2}), ("x = 1/2", {x: sp.Rational(1, 2)}),
        ("λ = 2", {sp.Symbol("lambda"): 2}),
        ("(1, 0), (0, 1)", [sp.Matrix([1, 0]), sp.Matrix([0, 1])]),
    ],
)
def test_parse_value(text: str, want: object) -> None:
    assert parse_value(text) == want


def test_parse_value_equation() -> None:
    eq = parse_value("x + y = 3")
    assert isinstance(eq, sp.Eq) and eq.lhs == x + y and eq.rhs == 3


def test_parse_expression_rejects_non_scalars() -> None:
    with pytest.raises(ParseError):
        parse_expression("[[1, 2], [3, 4]]")
    with pytest.raises(ParseError):
        parse_expression("(1, 2)")


@pytest.mark.parametrize("text", ["", "   ", "x = 1, 2", "[[1,2],[3,4]]^T"])
def test_parse_value_errors(text: str) -> None:
    with pytest.raises(ParseError):
        parse_value(text)


def test_not_text_is_a_parse_error() -> None:
    with pytest.raises(ParseError):
        parse_value(None)  # type: ignore[arg-type]
    with pytest.raises(ParseError):
        parsing.parse(b"det")  # type: ignore[arg-type]
