"""Wrong answers the held-out set v3 found (measured once, then fixed as families): each is now
read as asked, or asked back, never answered as another problem."""

from __future__ import annotations

import pytest
import sympy as sp

from solver import ParseError, parse, solve

x, y, z = sp.symbols("x y z")
A = sp.Matrix([[5, 3], [2, 7]])
B = sp.Matrix([[1, 1], [1, 1]])


def _one(text: str):
    s = solve(text)
    return s[0] if isinstance(s, list) else s


# --------------------------------------------------------------- subtract A from B is B − A
@pytest.mark.parametrize(("text", "want"), [
    ("Subtract [[1, 1], [1, 1]] from [[5, 3], [2, 7]]", A - B),
    ("subtract B from A where A = [[5,3],[2,7]], B = [[1,1],[1,1]]", A - B),
    ("subtract A from B where A = [[5,3],[2,7]], B = [[1,1],[1,1]]", B - A),
    ("subtract (1, 2) from (4, 4)", sp.Matrix([3, 2])),
    ("from [[5, 3], [2, 7]] subtract [[1, 1], [1, 1]]", A - B),
    ("[[5, 3], [2, 7]] minus [[1, 1], [1, 1]]", A - B),
])
def test_subtract_from_is_the_second_minus_the_first(text: str, want: sp.Matrix) -> None:
    s = _one(text)
    assert s.kind == "add" and s.problem.options.get("subtract")
    assert sp.Matrix(s.answer) == want
    first = s.problem.matrices[0]
    assert sp.Matrix(first) == (want + sp.Matrix(s.problem.matrices[1]))
