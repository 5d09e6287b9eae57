"""Unicode math for phones, and solutions that always fit a Telegram message."""

from __future__ import annotations

import re

import pytest
import sympy as sp

from solver import Problem, Solution, Step, block, inline, solve
from solver.render import approximate

x, y, lam = sp.symbols("x y lambda")


def test_inline_reads_like_handwriting() -> None:
    assert inline(x**2 * sp.sin(x)) == "x²·sin(x)"
    assert inline(1 / (1 + sp.exp(-x))) == "1/(1 + e^(−x))"
    assert inline(lam**2 - 5 * lam + 6) == "λ² − 5·λ + 6"
    assert inline(sp.sqrt(x) + x / 2) == "√x + x/2"
    assert inline(sp.Symbol("x1") * sp.Symbol("theta")) == "θ·x₁"
    assert inline(sp.Matrix([1, 2, 3])) == "(1, 2, 3)"
    assert inline(sp.Matrix([[1, 2], [3, 4]])) == "[[1, 2], [3, 4]]"
    assert inline(sp.Max(x, 2)) == "max(2, x)"
    assert inline(sp.Piecewise((0, x < 0), (x, True))) == "{0 for x < 0; x otherwise}"


def test_block_aligns_matrix_columns() -> None:
    lines = block(sp.Matrix([[1, sp.Rational(-1, 2)], [30, -4]])).split("\n")
    assert lines[0].startswith("⎡") and lines[-1].startswith("⎣")
    assert len({len(line) for line in lines}) == 1  # every row as wide: aligned


def test_approximate_keeps_structure() -> None:
    approx = approximate(sp.E * (x - 1) ** 3 / 6 + sp.E)
    assert inline(approx) == "0.453047·(x − 1)³ + 2.71828"
    assert approximate(sp.Rational(1, 3)) == sp.Rational(1, 3)  # rationals stay exact


def _balanced(html: str) -> bool:
    stack = []
    for closing, tag in re.findall(r"<(/?)(\w+)[^>]*>", html):
        if closing:
            if not stack or stack.pop() != tag:
                return False
        else:
            stack.append(tag)
    return not stack


def test_huge_working_is_cut_to_one_message_with_balanced_tags() -> None:
    problem = Problem("det", restated="the determinant of a big matrix")
    steps = [Step(f"Step {i}", [sp.Matrix(4, 4, lambda r, c, i=i: r * c + i), "<i> & more"],
                  why="because " * 20) for i in range(80)]
    sol = Solution("det", problem, 7, steps)
    html = sol.render("html")
    assert len(html) <= 4096 and _balanced(html)
    assert "More detail" in html
    pages = sol.render_pages("html")
    assert len(pages) > 1 and all(len(p) <= 4096 and _balanced(p) for p in pages)
    assert "&lt;i&gt; &amp; more" in html  # text in steps is escaped, never markup


def test_typed_column_transposes_to_a_row() -> None:
    assert solve("transpose [[1],[2],[3]]").answer == sp.Matrix([[1, 2, 3]])
    assert solve("transpose [1, 2, 3]").answer == sp.Matrix([[1], [2], [3]])


@pytest.mark.parametrize(("expr", "text"), [
    (x**-2, "1/x²"), (1 + x**-2, "1 + 1/x²"), ((x + 1) ** -2, "1/(x + 1)²"),
    (sp.Pow(x, -1, evaluate=False), "1/x"), (x ** sp.Rational(-3, 2), "1/x^(3/2)"),
    (x ** sp.Rational(3, 2), "x^(3/2)"), (3 * x**-2, "3/x²"),
])
def test_negative_powers_read_as_fractions(expr: sp.Expr, text: str) -> None:
    assert inline(expr) == text
    assert "**" not in inline(expr) and "⁻" not in inline(expr)


def test_restatement_of_a_negative_power_is_a_fraction() -> None:
    assert solve("d/dx x^-2").problem.restated == "d/dx of 1/x²"
