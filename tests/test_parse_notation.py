"""Expressions and matrices in every common notation, read exactly."""

from __future__ import annotations

import pytest
import sympy as sp

from solver import ParseError
from solver.parsing import parse_expression, parse_value

x, y, z, t, a, b, w = sp.symbols("x y z t a b w")
lam, theta = sp.Symbol("lambda"), sp.Symbol("theta")


def _relu(arg: sp.Expr) -> sp.Expr:
    return sp.Piecewise((0, arg < 0), (arg, True))


EXPRESSIONS = [
    ("x^2", x**2), ("x**2", x**2), ("x²", x**2), ("x³ + x⁻¹", x**3 + 1 / x), ("2x", 2 * x),
    ("2xy", 2 * x * y), ("x y", x * y), ("sin x", sp.sin(x)), ("sinx", sp.sin(x)),
    ("sin^2 x", sp.sin(x) ** 2), ("sin(x)^2", sp.sin(x) ** 2), ("sin²x", sp.sin(x) ** 2),
    ("sin 2x", sp.sin(2 * x)), ("sin x cos x", sp.sin(x) * sp.cos(x)),
    ("sin^-1 x", sp.asin(x)), ("e^x", sp.exp(x)), ("exp(x)", sp.exp(x)), ("e^-x", sp.exp(-x)),
    ("ln x", sp.log(x)), ("log(x)", sp.log(x)), ("log_2 x", sp.log(x, 2)),
    ("log_2(8x)", sp.log(8 * x, 2)), ("sqrt(x)", sp.sqrt(x)), ("√x", sp.sqrt(x)),
    ("√(x+1)", sp.sqrt(x + 1)), ("|x|", sp.Abs(x)), ("|x - 1| + 2", sp.Abs(x - 1) + 2),
    ("1/(1+e^-x)", 1 / (1 + sp.exp(-x))), ("tanh(x)", sp.tanh(x)),
    ("sigmoid(x)", 1 / (1 + sp.exp(-x))), ("relu(x)", _relu(x)), ("max(0, x)", _relu(x)),
    ("x(x+1)", x * (x + 1)), ("(x+1)(x-1)", (x + 1) * (x - 1)), ("2(x+1)", 2 * (x + 1)),
    ("x − 1", x - 1), ("2×3", 6), ("2·x", 2 * x), ("6÷3", 2), ("π", sp.pi), ("2πr", 2 * sp.pi
                                                                              * sp.Symbol("r")),
    ("θ + λ", theta + lam), ("theta^2", theta**2), ("alpha x", sp.Symbol("alpha") * x),
    ("x_1 + x2", sp.Symbol("x1") + sp.Symbol("x2")), ("1/2", sp.Rational(1, 2)),
    ("0.5", sp.Float("0.5")), ("3!", 6), ("2^-1", sp.Rational(1, 2)), ("-x^2", -(x**2)),
    ("2^3^2", 2**9), ("a x^2 + b x", a * x**2 + b * x), ("(w x + b)^2", (w * x + b) ** 2),
    ("(x/2)y", x / 2 * y), ("e^(2x)", sp.exp(2 * x)), ("xsinx", x * sp.sin(x)),
    ("cos^3(2x)", sp.cos(2 * x) ** 3), ("[x + 1]^2", (x + 1) ** 2), ("1 + 2i", 1 + 2 * sp.I),
    ("\\frac{1}{2}x", x / 2), ("\\sqrt{x^2+1}", sp.sqrt(x**2 + 1)),
    ("\\sin(x) \\cdot \\cos(x)", sp.sin(x) * sp.cos(x)), ("x^{10}", x**10),
]


@pytest.mark.parametrize(("text", "want"), EXPRESSIONS)
def test_expression(text: str, want: sp.Expr) -> None:
    got = parse_expression(text)
    assert got == want or sp.simplify(got - want) == 0, f"{text!r}: {got} != {want}"


MATRICES = [
    "[[1,2],[3,4]]", "[[1, 2], [3, 4]]", "[1 2; 3 4]", "[1, 2; 3, 4]", "1 2 / 3 4",
    "1 2\n3 4", "[(1, 2), (3, 4)]", "[[1 2], [3 4]]", "(1 2; 3 4)",
    "\\begin{bmatrix}1&2\\\\3&4\\end{bmatrix}", "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}",
]


@pytest.mark.parametrize("text", MATRICES)
def test_matrix_notations(text: str) -> None:
    assert parse_value(text) == sp.Matrix([[1, 2], [3, 4]])


def test_matlab_spaces_and_signs() -> None:
    assert parse_value("[1 -2; 3 - 4 5]") == sp.Matrix([[1, -2], [-1, 5]])
    assert parse_value("[x 2*x; 1/2 0]") == sp.Matrix([[x, 2 * x], [sp.Rational(1, 2), 0]])


@pytest.mark.parametrize("text", ["(1, 2, 3)", "[1, 2, 3]", "<1, 2, 3>", "[1 2 3]", "⟨1,2,3⟩"])
def test_vector_notations(text: str) -> None:
    assert parse_value(text) == sp.Matrix([1, 2, 3])


def test_symbolic_entries() -> None:
    assert parse_value("[[lambda, 1], [0, 2]]") == sp.Matrix([[lam, 1], [0, 2]])
    assert parse_value("[[θ, k], [1/3, 0.5]]")[0, 0] == theta
    assert parse_value("[[cos θ, -sin θ], [sin θ, cos θ]]")[0, 1] == -sp.sin(theta)


def test_exact_fractions_and_typed_decimals() -> None:
    assert parse_value("[[1/2, 1/3]]")[0, 0] == sp.Rational(1, 2)
    assert isinstance(parse_value("[[0.5, 1]]")[0, 0], sp.Float)


@pytest.mark.parametrize(
    "text", ["foo(x)", "sin()", "(x + 1", "x + 1)", "[[1, 2], [3]]", "x ^", "2 + * 3",
             "[[1,2],[3,4]] + 1", "sin([[1, 2]])", "log(x, 2, 3)", "max(x)", "5.5!"],
)
def test_bad_expressions_are_parse_errors(text: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_expression(text)
    assert info.value.message and info.value.hint
