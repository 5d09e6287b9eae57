"""A matrix expression with more than one operation: ``A + Aᵀ``, ``vᵀAv``, ``ABC``, ``A^3``,
``2A − 3I``. Each operation is one step (innermost first); the result is checked against
SymPy's own evaluation of the whole expression.
"""

from __future__ import annotations

import logging
from typing import Any

import sympy as sp

from ..errors import ParseError
from ..problem import Problem
from ..render import inline
from ..solution import Solution, Step
from ._common import check_limits, entry_point, fmt, simp, simp_matrix, verified

logger = logging.getLogger(__name__)

_SIGN = {"add": "+", "subtract": "−", "multiply": "·"}


def describe(tree: Any) -> str:
    """The expression written out, matrices inline: ``[[2, 1], [0, 3]] + [[2, 1], [0, 3]]ᵀ``."""
    if isinstance(tree, sp.MatrixBase):
        return inline(tree)
    op, args = getattr(tree, "op", None), getattr(tree, "args", ())
    if op == "number":
        return inline(args[0])
    if op in _SIGN:
        left, right = describe(args[0]), describe(args[1])
        if op == "multiply":
            left, right = _wrap(args[0], left), _wrap(args[1], right)
        elif op == "subtract" and getattr(args[1], "op", "") in ("add", "subtract"):
            right = f"({right})"
        return f"{left} {_SIGN[op]} {right}"
    if op == "transpose":
        return f"{_wrap(args[0], describe(args[0]), True)}ᵀ"
    if op == "inverse":
        return f"{_wrap(args[0], describe(args[0]), True)}⁻¹"
    if op == "power":
        return f"{_wrap(args[0], describe(args[0]), True)}^{args[1]}"
    if op == "entrywise_power":
        return f"(each entry of {describe(args[0])} to the power {args[1]})"
    if op == "scale":
        return f"{inline(args[0])}·{_wrap(args[1], describe(args[1]))}"
    if op == "det":
        return f"det({describe(args[0])})"
    if op == "norm":
        return f"‖{describe(args[0])}‖"
    if op == "cross":
        return f"{_wrap(args[0], describe(args[0]))} × {_wrap(args[1], describe(args[1]))}"
    raise ValueError(f"no description for the matrix operation {op!r}")


def _wrap(node: Any, text: str, tight: bool = False) -> str:
    op = getattr(node, "op", None)
    if op in ("add", "subtract", "cross") or (tight and op is not None and op not in (
            "transpose",)):
        return f"({text})"
    return text


def _product(a: sp.Matrix, b: sp.Matrix) -> sp.Matrix:
    if a.cols != b.rows:
        raise ParseError(f"I can't multiply a {a.rows}×{a.cols} by a {b.rows}×{b.cols} matrix: "
                         "the inner sizes differ.", "Check the order of the factors.")
    return sp.Matrix(a.rows, b.cols, lambda i, j: simp(sum(
        (a[i, k] * b[k, j] for k in range(a.cols)), sp.Integer(0))))


def _eval(tree: Any, steps: list[Step]) -> Any:
    """Evaluate with one step per operation (entry by entry, not by SymPy's operators)."""
    if isinstance(tree, sp.MatrixBase):
        return sp.Matrix(tree)
    op, args = tree.op, tree.args
    if op == "number":  # xᵀy + 2: the number as the 1×1 matrix it is added to
        return sp.Matrix([[args[0]]])
    if op == "scale":
        k, m = args[0], _eval(args[1], steps)
        if not isinstance(m, sp.MatrixBase):  # 2|u|: a number times a number
            out = simp(k * m)
            steps.append(Step(f"Multiply by {inline(k)}", [f"= {fmt(out)}"]))
            return out
        out = simp_matrix(m.applyfunc(lambda e: k * e))
        steps.append(Step(f"Multiply every entry by {inline(k)}", [out]))
        return out
    if op == "power":
        base = _eval(args[0], steps)
        if base.rows != base.cols:
            raise ParseError("Only a square matrix has powers.", "Try a square matrix.")
        out = base
        for n in range(2, int(args[1]) + 1):
            out = _product(out, base)
            steps.append(Step(f"A^{n} = A^{n - 1}·A", [out], detail=n < int(args[1])))
        return out
    if op == "entrywise_power":  # NumPy's A**n: each entry to the power n
        base, n = _eval(args[0], steps), int(args[1])
        out = sp.Matrix(base.rows, base.cols, lambda i, j: simp(base[i, j] ** n))
        steps.append(Step(f"Raise every entry to the power {n} (NumPy's ** works entry by "
                          "entry; the matrix power is A @ A)", [out]))
        return out
    if op == "transpose":
        m = _eval(args[0], steps)
        out = m.T
        steps.append(Step("Transpose: rows become columns", [out]))
        return out
    if op == "inverse":
        m = _eval(args[0], steps)
        if m.rows != m.cols or simp(m.det()) == 0:
            raise ParseError("That matrix has no inverse (it is not square, or its determinant "
                             "is 0).", "Check the matrix.")
        out = simp_matrix(m.inv())
        steps.append(Step("Inverse", [out], why="Found by row reduction of [M | I]."))
        return out
    if op == "det":
        m = _eval(args[0], steps)
        if m.rows != m.cols:
            raise ParseError("Only a square matrix has a determinant.", "Check the matrix.")
        out = simp(m.det())
        steps.append(Step("Determinant", [f"det = {fmt(out)}"]))
        return out
    if op == "norm":  # |u| inside an expression (|u|², 2|u|, |u|·|v|): a number
        m = _eval(args[0], steps)
        if not isinstance(m, sp.MatrixBase) or m.cols != 1:
            raise ParseError("|…| inside an expression is the length of a vector here.",
                             "For example |u|^2 for u = (2, -1, 3).")
        out = simp(sp.sqrt(sum((e**2 for e in m), sp.Integer(0))))
        steps.append(Step(f"Length |{inline(m)}| = √({' + '.join(_factor(e) + '²' for e in m)})",
                          [f"= {fmt(out)}"]))
        return out
    a, b = _eval(args[0], steps), _eval(args[1], steps)
    if not (isinstance(a, sp.MatrixBase) and isinstance(b, sp.MatrixBase)):
        return _with_number(op, a, b, steps)
    if op == "cross":
        if a.shape != (3, 1) or b.shape != (3, 1):
            raise ParseError("The cross product × needs two vectors with 3 entries.",
                             "For example (1, 0, 0) × (0, 1, 0).")
        out = sp.Matrix([simp(a[1] * b[2] - a[2] * b[1]), simp(a[2] * b[0] - a[0] * b[2]),
                         simp(a[0] * b[1] - a[1] * b[0])])
        f = _factor
        steps.append(Step(f"Cross product {inline(a)} × {inline(b)}",
                          [f"= ({f(a[1])}·{f(b[2])} − {f(a[2])}·{f(b[1])}, "
                           f"{f(a[2])}·{f(b[0])} − {f(a[0])}·{f(b[2])}, "
                           f"{f(a[0])}·{f(b[1])} − {f(a[1])}·{f(b[0])})", out]))
        return out
    if op == "multiply" and _dot_of_columns(a, b):
        out = simp(sum((x * y for x, y in zip(a, b, strict=True)), sp.Integer(0)))
        steps.append(Step(f"Dot product {inline(a)} · {inline(b)}",
                          [" + ".join(f"{_factor(x)}·{_factor(y)}"
                                      for x, y in zip(a, b, strict=True))
                           + f" = {fmt(out)}"]))
        return out
    if op == "multiply":
        out = _product(a, b)
        steps.append(Step(f"Multiply ({a.rows}×{a.cols})·({b.rows}×{b.cols}): each entry is a "
                          "row times a column", [out]))
        return out
    if op in ("add", "subtract"):
        if a.shape != b.shape:
            raise ParseError(f"I can't {'add' if op == 'add' else 'subtract'} a "
                             f"{a.rows}×{a.cols} and a {b.rows}×{b.cols} matrix.",
                             "Both need the same size.")
        sign = 1 if op == "add" else -1
        out = sp.Matrix(a.rows, a.cols, lambda i, j: simp(a[i, j] + sign * b[i, j]))
        steps.append(Step(("Add" if op == "add" else "Subtract") + " entry by entry", [out]))
        return out
    raise ParseError("I can't work out that matrix expression.", "Try one operation at a time.")


def _with_number(op: str, a: Any, b: Any, steps: list[Step]) -> Any:
    """An operation with a number in it (a length, a determinant): numbers multiply and add
    as numbers; a number times a matrix scales it; a number plus a matrix is asked back."""
    if op == "multiply":
        out = simp(a * b) if not isinstance(a, sp.MatrixBase) and not isinstance(
            b, sp.MatrixBase) else simp_matrix(a * b)
        steps.append(Step(f"Multiply {fmt(a) if not isinstance(a, sp.MatrixBase) else inline(a)}"
                          f" · {fmt(b) if not isinstance(b, sp.MatrixBase) else inline(b)}",
                          [out if isinstance(out, sp.MatrixBase) else f"= {fmt(out)}"]))
        return out
    if op in ("add", "subtract") and not isinstance(a, sp.MatrixBase) and not isinstance(
            b, sp.MatrixBase):
        out = simp(a + b if op == "add" else a - b)
        steps.append(Step("Add" if op == "add" else "Subtract", [f"= {fmt(out)}"]))
        return out
    raise ParseError("I can't add a number and a matrix.", "Check the expression.")


def evaluate(tree: Any) -> Any:
    """The value of a ``MatOp`` tree by SymPy's matrix operators (exact), with the student's
    errors (sizes that do not fit, no inverse) as ``ParseError``."""
    try:
        value = _truth(tree)
    except ParseError:
        raise
    except (sp.ShapeError, sp.NonSquareMatrixError, ValueError, ZeroDivisionError) as exc:
        raise ParseError("Those matrices do not fit together (sizes, or no inverse).",
                         "Check the sizes of the matrices.") from exc
    return sp.Matrix(value) if isinstance(value, sp.MatrixBase) else value


def _truth(tree: Any) -> Any:
    """SymPy's own evaluation with its matrix operators."""
    if isinstance(tree, sp.MatrixBase):
        return sp.ImmutableMatrix(tree)
    if not hasattr(tree, "op"):  # a letter or number where a matrix belongs ("M into a")
        raise ParseError(f"I can only combine the matrices and vectors given, and "
                         f"“{fmt(tree)}” is not one of them.",
                         "Name every matrix, e.g. A = [[1, 2], [3, 4]], then ask for 2A + A^2.")
    op, args = tree.op, tree.args
    if op == "number":
        return sp.ImmutableMatrix([[args[0]]])
    if op == "scale":
        return args[0] * _truth(args[1])
    if op == "power":
        return _truth(args[0]) ** int(args[1])
    if op == "entrywise_power":
        n = int(args[1])
        return sp.ImmutableMatrix(_truth(args[0]).applyfunc(lambda e: e ** n))
    if op == "transpose":
        return _truth(args[0]).T
    if op == "inverse":
        return _truth(args[0]).inv()
    if op == "det":
        return _truth(args[0]).det()
    if op == "norm":
        return sp.Matrix(_truth(args[0])).norm()
    a, b = _truth(args[0]), _truth(args[1])
    if not (isinstance(a, sp.MatrixBase) and isinstance(b, sp.MatrixBase)):
        if op in ("add", "subtract") and (isinstance(a, sp.MatrixBase)
                                          or isinstance(b, sp.MatrixBase)):
            raise ParseError("I can't add a number and a matrix.", "Check the expression.")
        return {"multiply": lambda: a * b, "add": lambda: a + b, "subtract": lambda: a - b}[op]()
    if op == "cross":
        return sp.Matrix(a).cross(sp.Matrix(b))
    if op == "multiply" and _dot_of_columns(a, b):
        return sp.Matrix(a).dot(sp.Matrix(b))
    return {"multiply": lambda: a * b, "add": lambda: a + b, "subtract": lambda: a - b}[op]()


def _factor(x: Any) -> str:
    """An entry as a factor of a product: ``(−3)``, ``(a + b)``; ``2``, ``x`` as they are."""
    text = fmt(x)
    return f"({text})" if text.startswith(("-", "−")) or isinstance(x, sp.Add) else text


def _dot_of_columns(a: Any, b: Any) -> bool:
    """``a · (b × c)``: two column vectors of one length "multiplied" are their dot product
    (as ``u·v`` of two named vectors is; a column times a column is otherwise undefined)."""
    return (isinstance(a, sp.MatrixBase) and isinstance(b, sp.MatrixBase) and a.cols == 1
            and b.cols == 1 and a.rows == b.rows > 1)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, sp.MatrixBase) and isinstance(b, sp.MatrixBase):
        return a.shape == b.shape and all(simp(x - y) == 0 for x, y in zip(a, b, strict=True))
    return simp(a - b) == 0


@entry_point
def solve_matrix_expression(problem: Problem) -> Solution:
    tree = problem.options.get("tree")
    if tree is None:
        raise ParseError("I need a matrix expression, e.g. A + Aᵀ.", "A = [[1, 2], [3, 4]], A^3")
    check_limits(*problem.matrices)
    steps: list[Step] = []
    answer, truth = _eval(tree, steps), _truth(tree)
    if isinstance(answer, sp.MatrixBase) and answer.shape == (1, 1):
        # xᵀy, u·v + v·w, xᵀAx + bᵀx: the answer is the number (it was a 1×1 matrix)
        steps.append(Step("A 1×1 matrix is a number", [f"= {fmt(answer[0, 0])}"]))
        answer = answer[0, 0]
        truth = truth[0, 0] if isinstance(truth, sp.MatrixBase) else truth
    return verified(problem, answer, truth, steps, check=_same)
