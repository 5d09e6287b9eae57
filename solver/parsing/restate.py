"""``Problem.restated``: one line saying what was understood, in phone-friendly Unicode."""

from __future__ import annotations

import logging
from typing import Any

from ..kinds import KINDS
from ..render import inline

logger = logging.getLogger(__name__)

# kinds on one matrix: their words come from the kinds table
_MATRIX_WORDS = {k.name: k.restate for k in KINDS if k.restate}


def _vars(variables: Any) -> str:
    return ", ".join(inline(v) for v in variables)


def _at(point: dict | None) -> str:
    return f" at {inline(point)}" if point else ""


def restate(kind: str | None, f: dict[str, Any]) -> str:
    text = _restate(kind, f)
    tree = f.get("options", {}).get("tree")
    if tree is not None and kind != "matrix_expr":
        from ..linalg.expression import describe

        text += f", where that {'vector' if kind == 'norm' else 'matrix'} is {describe(tree)}"
    if operands := f.get("options", {}).get("operands"):  # dot product of u + v and w
        from ..linalg.expression import describe

        text += ", where " + " and ".join(f"{inline(v)} = {describe(t)}" for v, t in operands)
    if of := f.get("options", {}).get("of_matrix"):
        text += f", {of}"  # the determinant of [[..]], the Jacobian of (sin(x), cos(y))
    return with_also(text, f.get("options", {}).get("also") or (),
                     f.get("options", {}).get("task_names", {}))


ALSO = "; you also asked for: "
_SHOWN = {"dot": "dot product", "cross": "cross product"}


def task_label(task: str, names: dict[str, str]) -> str:
    """What a task id names for the student: ``task_names``' label, else the kind's words
    (``transpose.2``: "transpose #2", ``dot``: "dot product")."""
    return names.get(task, _SHOWN.get(task, task.replace("_", " ").replace(".", " #")))


def with_also(restated: str, also: Any, names: dict[str, str]) -> str:
    """``restated`` (its own "you also asked for" part replaced) naming the other tasks."""
    first = restated.split(ALSO)[0]
    return first + ALSO + ", ".join(task_label(k, names) for k in also) if also else first


def _restate(kind: str | None, f: dict[str, Any]) -> str:
    m, v = f.get("matrices", ()), f.get("vectors", ())
    expr, variables, opts = f.get("expr"), f.get("variables", ()), f.get("options", {})
    point, order = f.get("point"), f.get("order")
    if kind == "eigenvectors" and (which := opts.get("pick")):
        unit = "the unit eigenvector" if opts.get("unit") else "the eigenvector"
        named = (f"its {which} eigenvalue" if which in ("largest", "smallest")
                 else "its dominant eigenvalue (largest |λ|)" if which == "dominant"
                 else f"the eigenvalue λ = {which}")
        return f"{unit} of {inline(m[0])} for {named}"
    if kind in _MATRIX_WORDS:
        return f"{_MATRIX_WORDS[kind]} {inline(m[0])}"
    if kind == "multiply":
        return f"the product {inline(m[0])} · {inline(m[1])}"
    if kind == "add":
        if opts.get("subtract"):
            return f"the difference {inline(m[0])} − {inline(m[1])}"
        return f"the sum {inline(m[0])} + {inline(m[1])}"
    if kind == "solve_system":
        if f.get("equations"):
            return "the solution of " + "; ".join(inline(e) for e in f["equations"])
        return f"the solution of A·x = b with A = {inline(m[0])}, b = {inline(m[1])}"
    if kind == "dot":
        return f"the dot product {inline(v[0])} · {inline(v[1])}"
    if kind == "cross":
        return f"the cross product {inline(v[0])} × {inline(v[1])}"
    if kind == "distance" and opts.get("squared"):
        return f"the squared distance between {inline(v[0])} and {inline(v[1])} (‖u − v‖²)"
    if kind == "norm" and opts.get("squared"):
        return f"the squared length of {inline(v[0])} (|u|² = u·u)"
    if kind == "distance":
        name = {1: "the L1 (Manhattan) distance", "inf": "the max (Chebyshev) distance"}.get(
            opts.get("ord"), "the distance")
        norm = {1: "‖u − v‖₁: the sum of |differences|", "inf": "‖u − v‖∞: the largest "
                "|difference|"}.get(opts.get("ord"), "‖u − v‖")
        return f"{name} between {inline(v[0])} and {inline(v[1])} ({norm})"
    if kind == "matrix_expr":
        from ..linalg.expression import describe
        from .expr import shape

        tree = opts["tree"]
        ops = [getattr(a, "op", None) for a in tree.args]
        if tree.op == "multiply" and sorted(map(str, ops)) == ["None", "cross"] and not any(
                hasattr(a, "op") for a in tree.args[ops.index("cross")].args):
            return f"the scalar triple product {describe(tree)}"  # a · (b × c), (a × b) · c
        if opts.get("inner"):  # ⟨u, v⟩_A (A checked symmetric positive definite)
            return f"the inner product ⟨u, v⟩_A = uᵀAv = {describe(tree)}"
        size = shape(tree)
        if size is None and tree.op == "multiply" and (
                (a := shape(tree.args[0])) == shape(tree.args[1]) and a and a[1] == 1):
            size = (1, 1)  # (u + v) · w: two columns of one length, their dot product
        what = ("the number" if size == (1, 1) else "the vector" if size and size[1] == 1
                and tree.op == "cross" else "the matrix")  # xᵀy + 2
        return f"{what} {describe(tree)}"
    if kind == "angle" and opts.get("cos"):
        return f"the cosine of the angle between {inline(v[0])} and {inline(v[1])}"
    if kind == "angle":
        return f"the angle between {inline(v[0])} and {inline(v[1])}"
    if kind == "unit_vector":
        return f"the unit vector along {inline(v[0])} (u/|u|)"
    if kind == "norm" and opts.get("ord") == 1:
        return f"the L1 norm (sum of absolute values) of {inline(v[0])}"
    if kind == "norm" and opts.get("ord") == "inf":
        return f"the max norm L∞ (largest absolute value) of {inline(v[0])}"
    if kind == "norm":
        return f"the length (norm) of {inline(v[0])}"
    if kind == "projection" and opts.get("matrix") and m:
        return f"the projection matrix onto the column space of {inline(m[0])}"
    if kind == "projection" and opts.get("matrix"):
        return f"the projection matrix onto the span of {_vars(v)}"
    if kind == "projection":
        target = inline(m[0]) + "'s column space" if m else (
            f"the span of {_vars(v[1:])}" if len(v) > 2 else _vars(v[1:]))
        return f"the projection of {inline(v[0]) if v else 'vectors'} onto {target}"
    if kind == "scalar_projection":
        return (f"the scalar projection (the signed length u·v/|v|) of u = {inline(v[0])} onto "
                f"v = {inline(v[1])}")
    if kind == "gram_schmidt" and opts.get("orthogonal"):
        return f"an orthogonal basis (Gram–Schmidt, not normalised) from {_vars(v)}"
    if kind == "gram_schmidt":
        return f"an orthonormal basis (Gram–Schmidt) from {_vars(v)}"
    if kind == "pca":
        src = "covariance matrix" if opts.get("source") == "covariance" else "data points"
        which = " (sample covariance, ÷ (N − 1))" if opts.get("sample") else ""
        if opts.get("ratio"):
            return (f"the share of the variance each principal component explains (λᵢ/Σλ) "
                    f"for the {src} {inline(m[0])}{which}")
        return f"the principal components of the {src} {inline(m[0])}{which}"
    if kind in ("mean", "variance", "covariance"):
        data = m[0]
        shown = ", ".join(inline(x) for x in data) if data.cols == 1 else inline(data)
        which = "sample " if opts.get("sample") else ""
        word = {"mean": "the mean", "variance": f"the {which}variance",
                "covariance": f"the {which}covariance matrix"}[kind]
        if kind == "variance" and opts.get("std"):
            word = f"the {which}standard deviation"
        if kind == "covariance" and opts.get("pair"):
            x, y = (", ".join(inline(v) for v in data.col(j)) for j in (0, 1))
            a, b = opts["pair"] if isinstance(opts["pair"], tuple) else ("x", "y")
            return f"the {which}covariance cov({a}, {b}) of {a} = {x} and {b} = {y}"
        return f"{word} of the data {shown}"
    if kind == "derivative":
        return f"d/d{inline(variables[0])} of {inline(expr)}{_at(point)}"
    if kind == "higher_derivative":
        return f"the derivative of order {order} of {inline(expr)} with respect to " \
               f"{inline(variables[0])}{_at(point)}"
    if kind == "partial" and len(set(variables)) > 1:  # ∂²f/∂x∂y: say which, in the order
        power = {2: "²", 3: "³"}.get(len(variables), f"^{len(variables)}")
        return (f"the mixed partial derivative ∂{power}/"
                + "".join(f"∂{inline(v)}" for v in variables)
                + f" of {inline(expr)}{_at(point)}")
    if kind == "partial":
        return (f"the partial derivative of {inline(expr)} with respect to {_vars(variables)}"
                f"{_at(point)}")
    if kind in ("gradient", "hessian", "critical_points"):
        word = {"gradient": "the gradient", "hessian": "the Hessian",
                "critical_points": "the critical points"}[kind]
        return f"{word} of {inline(expr)} in ({_vars(variables)}){_at(point)}"
    if kind == "jacobian":
        return f"the Jacobian of ({_vars(f['exprs'])}) in ({_vars(variables)}){_at(point)}"
    if kind == "taylor" and opts.get("n_terms"):
        return (f"the first {opts['n_terms']} non-zero terms of the Taylor series of "
                f"{inline(expr)} about {inline(point)} (order {order})")
    if kind == "taylor":
        return f"the Taylor polynomial of order {order} of {inline(expr)} about {inline(point)}"
    if kind == "chain_rule":
        return (f"d{'f'}/d{inline(variables[0])} of f = {inline(expr)} with "
                f"{inline(opts['subs'])} (chain rule){_at(point)}")
    if kind == "newton":
        return (f"{opts['steps']} Newton–Raphson step{_s(opts['steps'])} for {inline(expr)} = 0 "
                f"from {inline(point)}")
    if kind == "gradient_descent":
        return (f"{opts['steps']} gradient descent step{_s(opts['steps'])} on {inline(expr)} from "
                f"{inline(point)}"
                f" with learning rate {inline(opts['lr'])}")
    if kind == "loss_gradient":
        return (f"the gradient in ({_vars(variables)}) of the loss {inline(expr)} summed over "
                f"{len(opts['data'])} data point{_s(len(opts['data']))}{_at(point)}")
    what = [inline(x) for x in m] + [inline(x) for x in v]
    if expr is not None:
        what.append(inline(expr))
    prefix = "a plot of " if opts.get("plot") else ""
    return prefix + ", ".join(what)


def _s(count: object) -> str:
    """The plural ending: "1 step", "2 steps"."""
    return "" if count == 1 else "s"
