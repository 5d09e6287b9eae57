"""Operands of the calculus kinds: the function, its variables, point, order and options."""

from __future__ import annotations

import logging
import re
from typing import Any

import sympy as sp

from ..errors import ParseError
from ..render import inline
from .expr import Seq, is_scalar
from .intent import Hints, Intent
from .items import Parsed
from .readings import flipped, took
from .variables import free_symbols, natural_order, point_fits, point_of, symbols_of

logger = logging.getLogger(__name__)

_FUNC_NAMES = ("f", "g", "h", "y", "z", "L", "J", "E", "F", "u", "C", "loss", "cost", "error",
               "objective", "MSE", "mse", "SSE", "sse")
_LR_NAMES = ("lr", "alpha", "eta", "rate")
_HINT = "For example: d/dx x^2 sin x, or gradient of x^2 y at (1, 2)."


def _role(parsed: list[Parsed], role: str) -> list[Parsed]:
    return [p for p in parsed if p.role == role]


def _whole(items: list[Parsed], what: str, low: int, high: int,
           reached: list[Any] | None = None) -> int | None:
    if not items:
        return None
    v = items[0].value
    if what == "order" and isinstance(v, sp.Pow) and _power_of_x(v.base) and v.exp.is_Integer:
        if reached is not None:
            reached.append(v)
        v = v.exp  # "up to x^4", "till the x^4 term", "up to (x-1)^3": order 4
    if not (is_scalar(v) and v.is_number and v == int(v) and low <= int(v) <= high):
        raise ParseError(f"The {what} should be a whole number from {low} to {high}.",
                         f"For example '{what} 3'.")
    return int(v)


def _power_of_x(base: Any) -> bool:
    """``x`` or ``x − a`` (the base of "up to (x-1)^3")."""
    if isinstance(base, sp.Symbol):
        return True
    syms = free_symbols(base)
    if len(syms) != 1 or not isinstance(base, sp.Add):
        return False
    (s,) = syms
    return (base - s).is_number is True


def _up_to(kind: str | None, intent: Intent, parsed: list[Parsed], reached: list[Any]
           ) -> list[Parsed]:
    """The math after "up to", "till", "until" (lexicon.UP_TO_WORDS): the order of a Taylor
    series and of no other kind. With a Taylor task in the same message it is that task's
    ("derivative and taylor series of sin x upto x^3": the derivative is the first one);
    anywhere else it is asked back, never taken as the order of a derivative nor dropped."""
    items = _role(parsed, "upto")
    if not items or kind in ("taylor", None):
        return items
    if "taylor" in {k for _a, _b, k in intent.spans}:
        reached += [p.value for p in items]  # the Taylor task's order, not this task's
        return []
    from .account import Unclear
    what = ", ".join(inline(p.value) for p in items)
    named = {"partial": "partial derivative", "higher_derivative": "derivative",
             "critical_points": "critical point problem"}.get(kind, kind.replace("_", " "))
    raise Unclear(f"I did not see how “up to {what}” fits a {named}: up to "
                  "(till, until) gives the order of a Taylor series.",
                  "Ask for the Taylor series, or leave that part out.")


def _order_base_fits(parsed: list[Parsed], point: dict) -> None:
    """"about x = 1 up to (x-1)^3" fits; "about 0 up to (x-1)^3" does not: ask."""
    for p in _role(parsed, "order") + _role(parsed, "upto"):
        v = p.value
        if isinstance(v, sp.Pow) and isinstance(v.base, sp.Add) and _power_of_x(v.base):
            (s,) = free_symbols(v.base)
            if sp.simplify(v.base - (s - point.get(s, sp.Integer(0)))) != 0:
                raise ParseError(f"The point of the expansion and {inline(v)} do not match.",
                                 "For example: taylor of log(x) about x = 1 up to (x-1)^3.")


def _expression(kind: str | None, hints: Hints, main: list[Parsed]
                ) -> tuple[Any, tuple[sp.Symbol, ...], Parsed | None]:
    """The function to work on, the parameters named in f(x, y) = ..., and its definition."""
    # a definition called in the other math (x^2 g(x) where g(x) = ...) is not the function
    defs = [p for p in main if p.params and is_scalar(p.value) and not p.called]
    # "x(t) = cos t, y(t) = sin t, f(x, y) = x^2 y, find df/dt": f (the one asked, or the one
    # the others feed), not the first definition typed
    inner = {p.name for p in defs if any(
        q is not p and sp.Symbol(p.name or "_") in free_symbols(q.value) for q in defs)}
    for p in sorted(defs, key=lambda p: (p.name != hints.dependent, p.name in inner)):
        return p.value, p.params, p
    defined = {p.name for p in main if p.name}
    plain = [p for p in main if p.name is None and not p.is_equation and not p.names
             and not (isinstance(p.value, sp.Symbol) and p.value.name in defined)]
    scalars = [p for p in plain if is_scalar(p.value) and free_symbols(p.value)
               and not isinstance(p.value, sp.Symbol)]  # "for x" names a variable
    if scalars:
        return scalars[0].value, (), None
    assigns = [p for p in main if p.name and is_scalar(p.value)]
    for p in assigns:
        if p.name == hints.dependent:
            return p.value, (), p
    # "model y = w x + b and loss L = (w x + b - y)^2": the loss (it uses y), not the model
    outer = sorted((p for p in assigns if p.name in _FUNC_NAMES), key=lambda p: not any(
        q is not p and sp.Symbol(q.name or "_") in free_symbols(p.value) for q in assigns))
    for p in outer:
        return p.value, (), p
    # "gradient of y1 = w11 x1 + w12 x2": a function name with an index (y1, z_2, f1, y_hat),
    # the only definition of the message
    if len(assigns) == 1 and re.fullmatch(r"[a-zA-Z]_?(?:\d{1,2}|hat|pred)", assigns[0].name) and (
            assigns[0].name[0] in _FUNC_NAMES) and free_symbols(assigns[0].value) and (
            sp.Symbol(assigns[0].name) not in free_symbols(assigns[0].value)):
        return assigns[0].value, (), assigns[0]
    # "differentiate V = l^3 - 2.5 l^2": a quantity named by one capital letter, the only
    # definition of the message (never a matrix: the value is a scalar expression)
    if len(assigns) == 1 and len(name := assigns[0].name) == 1 and name.isupper() and \
            free_symbols(assigns[0].value):
        return assigns[0].value, (), assigns[0]
    eqs = [p for p in main if p.is_equation and is_scalar(p.lhs) and is_scalar(p.value)]
    if eqs and kind in ("newton", None, "critical_points"):
        return eqs[0].lhs - eqs[0].value, (), None
    if plain and (kind is None or is_scalar(plain[0].value)):
        return plain[0].value, (), None
    return None, (), None


def _components(main: list[Parsed], expr: Any) -> tuple[Any, ...]:
    for p in main:
        if p.params and isinstance(p.value, Seq | sp.MatrixBase):
            return tuple(p.value)
        if p.names and isinstance(p.value, Seq):
            return tuple(p.value)
        if p.name is None and isinstance(p.value, Seq | sp.MatrixBase):
            return tuple(p.value)
    named = [p.value for p in main if p.name and not p.params and is_scalar(p.value)]
    if len(named) >= 2:
        return tuple(named)
    return (expr,) if expr is not None else ()


# the kinds a d/dx, ∂f/∂x, f_x or f'(x) of the message names the variable of
_OPERATOR_KINDS = ("derivative", "higher_derivative", "partial", "chain_rule")


def fill_calculus(out: dict[str, Any], kind: str | None, intent: Intent, hints: Hints,
                  parsed: list[Parsed], main: list[Parsed]) -> None:
    opts = out["options"]
    expr, params, definition = _expression(kind, hints, main)
    if params and is_scalar(expr) and not set(params) & free_symbols(expr) and free_symbols(expr):
        params = ()  # f(x) = x_1^2 + x_2^2: x names the vector (x1, x2), not a variable
    said_wrt = symbols_of([p.value for p in _role(parsed, "wrt")])
    if kind in ("derivative", "higher_derivative", "partial") and hints.wrt and (
            other := [v.name for v in said_wrt if v.name not in hints.wrt]):
        # "d/dx 3x^2y wrt y": the operator and the words name different variables
        raise ParseError(f"You wrote d/d{hints.wrt[0]} and also “with respect to "
                         f"{', '.join(other)}”: which variable do you mean?",
                         f"For example: d/d{other[0]} of the function, on its own.")
    operator_wrt = [sp.Symbol(n) for n in hints.wrt]
    if kind not in _OPERATOR_KINDS and (intent.also or intent.forced):
        # "find f_x, the critical points and the gradient": ∂/∂x is the partial's own, the
        # other tasks are in every variable (a 1×1 "gradient" in x was answered)
        operator_wrt = []
    wrt = said_wrt + operator_wrt
    reached = opts.setdefault("reached_scalars", [])
    if kind in ("gradient", "hessian", "jacobian"):  # "wrt w1 w2": the variables, in order
        reached += [p.value for p in _role(parsed, "wrt") if isinstance(p.value, sp.Mul)]
    orders = _role(parsed, "order") + _up_to(kind, intent, parsed, reached)
    order = _whole(orders, "order", 0, 10, reached) or hints.order or intent.order
    if kind == "taylor" and intent.scoped and order != intent.order:
        # "linearise x^3 about x = 2, up to order 3": two orders said, neither dropped
        raise ParseError(f"You ask for {intent.scoped} (order {intent.order}) and for order "
                         f"{order}: which one?", "Say one, e.g. 'taylor of e^x up to x^3'.")
    if len(intent.orders) > 1 and kind in ("derivative", "higher_derivative"):
        # "first and second derivative": one task per order, in the order named
        order = intent.orders[min(intent.task, len(intent.orders)) - 1]
        kind, intent.task_used = "derivative", intent.task <= len(intent.orders)
        _more_tasks(intent, opts, "derivative", [_ORDER_WORDS.get(o, f"order {o}") + " derivative"
                                                 for o in intent.orders])
    if kind in ("derivative", "partial") and len(set(hints.firsts)) == len(hints.firsts) > 1 and (
            not hints.groups and set(hints.orders) == {1}):
        kind, hints.groups = "partial", [[v] for v in hints.firsts]  # d/dx and d/dy of x^2 y
    if kind == "partial" and not hints.groups and len(intent.orders) > 1 and len(set(wrt)) == 1:
        # "first and second partial derivative of x^2 y wrt x": ∂/∂x, then ∂²/∂x²
        n = intent.orders[min(intent.task, len(intent.orders)) - 1]
        intent.task_used = intent.task <= len(intent.orders)
        _more_tasks(intent, opts, "partial", [f"∂{'^' + str(o) if o > 1 else ''}/"
                                              f"∂{wrt[0].name}{'^' + str(o) if o > 1 else ''}"
                                              for o in intent.orders])
        wrt = [wrt[0]] * n
    elif kind == "partial" and not hints.groups and (intent.order or 1) >= 2:
        if len(set(wrt)) != 1:  # "second partial derivatives of x^2 y^3": which ones?
            raise ParseError("Which second partial derivatives: ∂²f/∂x², ∂²f/∂x∂y, ...?",
                             "Write one, e.g. ∂²f/∂x∂y, or ask for the Hessian for all of them.")
        wrt = [wrt[0]] * intent.order  # "second partial derivative wrt x": ∂²/∂x²
    if kind == "derivative" and not hints.groups and not hints.wrt and (
            (intent.order or 1) == 1 and len(wrt) == len(set(wrt)) > 1):
        kind = "partial"  # "differentiate x^2 y wrt x and y": y was dropped (d/dx only)
    if kind == "partial" and not hints.groups and (intent.order or 1) == 1 and (
            len(wrt) == len(set(wrt)) > 1) and not hints.wrt and "then" not in intent.words:
        # ("wrt x then y" is the mixed partial, in that order)
        # "partial derivatives of u^2 v wrt u and v": each first partial (the mixed ∂²/∂u∂v is
        # the other reading, one button away)
        names = [v.name for v in wrt]
        took("mixed", f"“wrt {' and '.join(names)}” asks for ∂/∂{', ∂/∂'.join(names)} "
             "(each first partial)", "mixed partial ∂²/∂" + "∂".join(names))
        if not flipped("mixed"):
            hints.groups, wrt = [[n] for n in names], []
    if kind == "partial" and not wrt and not hints.groups and "derivatives" in intent.words and (
            len(several := natural_order(free_symbols(expr))) > 1):
        hints.groups = [[v.name] for v in several]  # "partial derivatives of x^2 y": each one
    if kind == "partial" and len(hints.groups) > 1:
        # "f_x and f_y", "∂f/∂x and ∂f/∂y": each partial its own task, as asked
        wrt = [sp.Symbol(n) for n in hints.groups[min(intent.task, len(hints.groups)) - 1]]
        intent.task_used = intent.task <= len(hints.groups)
        _more_tasks(intent, opts, "partial", ["∂/∂" + "∂".join(g) for g in hints.groups])
    if kind == "jacobian":
        exprs = _components(main, expr)
        if len(exprs) < 1 or not all(is_scalar(e) for e in exprs):
            raise ParseError("I need the component functions for the Jacobian.",
                             "For example: jacobian of (x^2 y, x + y).")
        out["exprs"] = exprs
        params = params or next((p.params for p in main if p.params), ())
        out["variables"] = tuple(wrt) or params or natural_order(free_symbols(*exprs))
        out["point"] = point_of(_role(parsed, "point"), out["variables"])
        return
    if expr is None or not is_scalar(expr):
        raise ParseError("I could not find the function to work on.", _HINT)
    if hints.signs:
        expr = _on_side(expr, hints.signs, opts)
    out["expr"] = expr
    # x = t + 1, or x(t) = t + 1: the inner functions of a chain rule
    subs = {sp.Symbol(p.name): p.value for p in main
            if p.name and p is not definition and len(p.params) <= 1 and is_scalar(p.value)
            and sp.Symbol(p.name) in free_symbols(expr) and free_symbols(p.value)}
    if kind in ("derivative", "partial", "chain_rule") and subs:
        kind = "chain_rule"
    elif kind == "chain_rule":
        kind = "derivative"  # "use the chain rule on sin(x^2)": an ordinary derivative
    elif kind == "derivative" and hints.partial:
        kind = "partial"
    if ({"mse", "sse"} & set(intent.words) and not _role(parsed, "data")
            and kind in ("gradient", "derivative", "partial")):
        # "MSE of y = m x + c for points (1, 2), (2, 4)": the points typed are the data
        for p in main:
            if (p.name is None and not p.is_equation and isinstance(p.value, Seq)
                    and all(is_scalar(v) and v.is_number for v in p.value)):
                p.role = "data"
    if kind in ("gradient", "derivative", "partial") and _role(parsed, "data"):
        # the gradient (or d/dw) of a loss over the data points: summed over them
        kind = "loss_gradient"
    if kind == "derivative" and order and order >= 2:
        kind = "higher_derivative"
    out["kind"] = kind
    natural = natural_order(free_symbols(expr))
    variables: tuple[sp.Symbol, ...] = tuple(dict.fromkeys(wrt)) or params or natural
    if kind == "chain_rule":
        t = wrt[:1] or list(natural_order(free_symbols(*subs.values())))[:1]
        if not t:
            raise ParseError("Which variable should I differentiate by?", "find df/dt")
        out["variables"], opts["subs"] = tuple(t), subs
        # dz/dt at t = 0: the point is in t alone
        out["point"] = point_of(_role(parsed, "point") + [
            p for p in main if p.name == t[0].name and is_scalar(p.value)
            and p.value.is_number], tuple(t))
        return
    if kind in ("derivative", "higher_derivative", "newton"):
        variables = variables[:1] or (sp.Symbol("x"),)
    if kind == "partial":
        variables = tuple(wrt) or variables[:1]
    if kind in ("derivative", "partial"):
        out["order"] = 1 if kind == "derivative" else len(variables)
    if kind == "higher_derivative":
        out["order"] = order
    out["variables"] = variables
    if kind in _GIVEN_KINDS:
        out["expr"] = expr = _given_put_in(expr, variables, main, definition, opts)
    _variables_in(expr, variables, kind)
    starts = [p for p in main if p.name and re.fullmatch(r"[A-Za-z]_?0", p.name)]
    if kind in ("newton", "gradient_descent") and not starts:
        # "theta0 = 0, theta1 = 0, J = ...": every variable given a number is the start
        given = [p for p in main if p.name in {v.name for v in variables} and not p.params
                 and is_scalar(p.value) and p.value.is_number]
        if {p.name for p in given} == {v.name for v in variables}:
            starts = given
    point_items = _role(parsed, "point") + starts
    if not point_items and kind in ("derivative", "higher_derivative", "gradient", "hessian",
                                    "loss_gradient"):
        # "d/dx x^3 where x = 2", "for x = 2": every variable given a number is the point
        given = [p for p in main if p.name in {v.name for v in variables} and not p.params
                 and is_scalar(p.value) and p.value.is_number]
        if given and {p.name for p in given} == {v.name for v in variables}:
            point_items = given
    try:
        point = point_of(point_items, variables)
    except ParseError:
        # "slope of y = x^2 at (1, 1)": a point of the curve, (x, y), is the point x
        if (on := _on_curve(kind, point_items, variables, definition, expr, opts)) is not None:
            point = on
        # ∂f/∂x at (1, 2): the point is in all the function's variables, not only x
        elif kind != "partial" or not (params or natural):
            raise
        else:
            point = point_of(point_items, params or natural)
    if kind == "loss_gradient":
        mean = "mse" in intent.words
        out["expr"] = expr = _count_put_in(expr, wrt, point, main, _role(parsed, "data"), opts)
        if ("sse" in intent.words or mean) and definition is not None and definition.name in (
                "y", "f", "h") and not definition.params:
            # "model y = m x + c, sum of squared errors": the loss (y − (m x + c))² per point;
            # the mean squared error is that sum divided by N, the number of data points
            n = len(_role(parsed, "data"))
            out["expr"] = expr = (sp.Symbol(definition.name) - expr) ** 2 / (n if mean else 1)
            opts.setdefault("reached_scalars", []).append(definition.value)
            error = f"({definition.name} − ({inline(definition.value)}))²"
            opts.setdefault("notes", []).append(
                f"The loss is the mean squared error, (1/N)·Σ {error} over the N = {n} data "
                "points." if mean else f"The loss is the sum over the data of {error}.")
        elif definition is not None and (model := next((
                p for p in main if p is not definition and p.name in ("y", "f", "h")
                and not p.params and is_scalar(p.value)
                and sp.Symbol(p.name) in free_symbols(expr)), None)) is not None:
            # "model y = m x + c, MSE = (1/4) sum (m x + c - y)^2": the loss is written out;
            # the model says what it fits (its y is the data's)
            opts.setdefault("reached_scalars", []).append(model.value)
        elif mean and not _over_count(expr, len(_role(parsed, "data"))):
            # "MSE loss (y - w x)^2 over the data": the error of one point, or the mean?
            # ("MSE = (1/3) Σ (..)²" for 3 points says it: the factor is 1/N)
            from .account import Unclear
            raise Unclear("You say mean squared error and write the loss yourself: I am not "
                          "sure whether to divide its sum over the data by N.",
                          "Give the model, e.g. MSE of y = w x for data (1, 2), (2, 3), or "
                          "write the whole loss, e.g. L = (1/2)·((w - 2)^2 + (2w - 3)^2).")
        params = set(free_symbols(expr)) - {sp.Symbol("x"), sp.Symbol("y")}
        if not wrt and point and params and set(point) == params:
            wrt = list(point)  # "at m = 1, c = 0": the parameters in the order named
        _loss(out, expr, wrt, parsed)
        if point:  # "at m = 1, c = 0": the gradient there
            out["point"] = point
    elif kind == "taylor":
        if hints.dims and hints.dims != len(variables):  # "3D taylor of e^x"
            raise ParseError(f"You say {hints.dims}D, but {inline(expr)} has "
                             f"{len(variables)} variable{'s' if len(variables) > 1 else ''}.",
                             "Check the function, e.g. 2D taylor of e^x cos y about (0, 0).")
        out["point"] = point or dict.fromkeys(variables, sp.Integer(0))
        _order_base_fits(parsed, out["point"])
        out["order"] = order if order is not None else (3 if len(variables) == 1 else 2)
        if hints.n_terms:
            if order is not None or len(variables) != 1:
                raise ParseError("Give either the order or the number of terms, not both.",
                                 "taylor series of sin x, first 3 non-zero terms")
            out["order"] = _order_for_terms(expr, variables[0], out["point"], hints.n_terms)
            opts["n_terms"] = hints.n_terms
    elif kind in ("newton", "gradient_descent"):
        if not point:
            raise ParseError("Where should I start?",
                             "Say it like 'from x0 = 2' or 'from (1, 1)'.")
        out["point"] = point
        opts["steps"] = _whole(_role(parsed, "steps"), "number of steps", 1, 20) or 3
        if kind == "gradient_descent":
            lr = [p.value for p in _role(parsed, "lr")] + [
                p.value for p in parsed if p.name in _LR_NAMES and is_scalar(p.value)]
            if lr and not (is_scalar(lr[0]) and lr[0].is_number and lr[0] > 0):
                raise ParseError("The learning rate should be a positive number.", "lr = 0.1")
            if not lr:  # every iterate depends on it: never a rate the student did not give
                raise ParseError("What learning rate (step size) should I use?",
                                 "Add it, e.g. 'learning rate 0.1' or 'lr = 0.1'.")
            opts["lr"] = lr[0]
    else:
        out["point"] = point
    if kind != "loss_gradient":
        point_fits(out.get("point"), expr, variables)


_ORDER_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}
# kinds whose function may use names the message defines (not the chain rule's x = x(t), not
# the start values of Newton or descent, not a loss's data)
_GIVEN_KINDS = ("derivative", "partial", "higher_derivative", "gradient", "hessian")


def _given_put_in(expr: sp.Expr, variables: tuple[sp.Symbol, ...], main: list[Parsed],
                  definition: Parsed | None, opts: dict[str, Any]) -> sp.Expr:
    """Names the message gives a value, put into the function (each said in a note):

    - a number for a letter that is not differentiated: ``d/dx x^2 y where y = 3``, ``loss
      (w1 x1 + w2 x2 - y)^2 with x1 = 1, x2 = 2, y = 3`` (a constant of the problem);
    - an expression in the variables differentiated for a letter the function uses:
      ``h = theta0 + theta1 x. gradient of (h - 3)^2 wrt theta0, theta1``.

    A value for a differentiated variable is the point (``point_of``), never put in here."""
    free = free_symbols(expr)
    put: dict[sp.Symbol, Any] = {}
    for p in main:
        if not p.name or p.params or p is definition or not is_scalar(p.value):
            continue
        s = sp.Symbol(p.name)
        if s not in free or s in variables:
            continue
        if p.value.is_number or free_symbols(p.value) & set(variables):
            put[s] = p.value
    if not put:
        return expr
    out = expr.subs(put, simultaneous=True)
    opts.setdefault("reached_scalars", []).append(expr)  # read as ``out``
    opts.setdefault("reached_given", []).extend(put.items())
    opts.setdefault("notes", []).append(
        "Using " + ", ".join(f"{inline(k)} = {inline(v)}" for k, v in put.items()) + ".")
    return out


def _on_curve(kind: str | None, items: list[Parsed], variables: tuple[sp.Symbol, ...],
              definition: Parsed | None, expr: sp.Expr, opts: dict[str, Any]
              ) -> dict[sp.Symbol, Any] | None:
    """``slope of y = x^2 at (1, 1)``: the point (x, y) of the curve y = f(x) (named, with no
    parameters) is the point x, after checking that it lies on the curve; a point off the
    curve is asked back (never the slope at another point). None: not a point of a curve."""
    if (kind not in ("derivative", "higher_derivative") or definition is None
            or definition.params or not definition.name or len(items) != 1
            or len(variables) != 1):
        return None
    value = items[0].value
    if not isinstance(value, Seq | sp.MatrixBase) or len(value) != 2:
        return None
    a, b = list(value)
    if not (is_scalar(a) and is_scalar(b) and a.is_number and b.is_number):
        return None
    (x,) = variables
    height = expr.subs(x, a)
    name = definition.name
    if not height.is_number or height.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
        return None
    curve = f"{name} = {inline(expr)}"
    if sp.simplify(height - b) != 0:
        from .account import Unclear
        raise Unclear(f"The point ({inline(a)}, {inline(b)}) is not on the curve {curve}: at "
                      f"{x} = {inline(a)}, {name} = {inline(height)}.",
                      f"Check the point, or give {x} alone, e.g. at {x} = {inline(a)}.")
    opts.setdefault("reached_scalars", []).append(b)
    opts.setdefault("notes", []).append(
        f"({inline(a)}, {inline(b)}) lies on {curve} ({name} = {inline(height)} at "
        f"{x} = {inline(a)}), so the slope is taken at {x} = {inline(a)}.")
    return {x: a}


def _on_side(expr: sp.Expr, signs: dict[str, int], opts: dict[str, Any]) -> sp.Expr:
    """``relu(x) for x > 0``: the branch of each piecewise part on that side (a note says so)."""
    side = {sp.Symbol(n): sp.Symbol(n, positive=True) if s > 0 else sp.Symbol(n, negative=True)
            for n, s in signs.items()}
    if not set(side) <= free_symbols(expr):
        raise ParseError("The condition names a variable the function does not have.",
                         "For example: derivative of relu(x) for x > 0.")
    on = expr.subs(side).subs({v: k for k, v in side.items()})
    if on.has(sp.Piecewise, sp.Abs, sp.Max, sp.Min, sp.sign):
        raise ParseError("I could not use that condition on this function.",
                         "Write the function for that side, e.g. x instead of relu(x).")
    if on != expr:
        opts.setdefault("reached_scalars", []).append(expr)  # read as ``on`` on that side
        shown = ", ".join(f"{n} {'>' if s > 0 else '<'} 0" for n, s in signs.items())
        opts.setdefault("notes", []).append(f"For {shown}: {inline(expr)} = {inline(on)}.")
    return on


def _more_tasks(intent: Intent, opts: dict[str, Any], kind: str, labels: list[str]) -> None:
    """The tasks after the first of several of one kind (``derivative.2``), each read by
    ``parse(text, kind="derivative.2")``; ``options["task_names"]`` says what each is."""
    opts["task_names"] = {f"{kind}.{i}": label for i, label in enumerate(labels, 1)}
    if not intent.forced:
        intent.also[:0] = [f"{kind}.{i}" for i in range(2, len(labels) + 1)]
        named = [a for a, _b, k in intent.spans if k == kind]
        if len(named) == len(labels):  # "the derivative, the critical points and the second
            # derivative": each where it was named
            at = {f"{kind}.{i}": a for i, a in enumerate(named[1:], 2)} | {
                k: a for a, _b, k in reversed(intent.spans)}
            intent.also.sort(key=lambda k: at.get(k, 1 << 30))


def _variables_in(expr: sp.Expr, variables: tuple[sp.Symbol, ...], kind: str | None) -> None:
    """d/dx of an expression with no x in it is 0: almost always a misreading (``wrt i`` lost,
    x1 meant as x): ask instead of answering 0."""
    free = free_symbols(expr)
    if not free or kind not in ("derivative", "higher_derivative", "partial", "gradient",
                                "hessian", "taylor"):
        return
    missing = [v for v in variables if v not in free]
    if not missing or (kind in ("gradient", "hessian") and len(missing) < len(variables)):
        return
    has = ", ".join(inline(s) for s in natural_order(free))
    raise ParseError(
        f"{inline(expr)} has no {', '.join(inline(v) for v in missing)} in it (it has {has}).",
        f"Say which variable, e.g. 'wrt {inline(natural_order(free)[0])}'.")


def _order_for_terms(expr: sp.Expr, x: sp.Symbol, point: dict, n: int) -> int:
    """The smallest order whose Taylor polynomial has ``n`` non-zero terms (orders up to 10)."""
    a = point.get(x, sp.Integer(0))
    coeffs: list[sp.Expr] = []
    term = expr
    for k in range(11):
        if k:
            term = sp.diff(term, x)
        c = sp.simplify(term.subs(x, a))
        if c.has(sp.zoo, sp.oo, sp.nan):
            raise ParseError("That function has no Taylor series at that point.",
                             "Try another point, e.g. about x = 1.")
        coeffs.append(c)
        if sum(1 for c in coeffs if c != 0) == n:
            return k
    raise ParseError(f"I did not find {n} non-zero terms up to order 10.",
                     "Ask for an order instead, e.g. taylor series of sin x order 5.")


_COUNT_NAMES = ("N", "n")


def _count_put_in(expr: sp.Expr, wrt: list[sp.Symbol], point: Any, main: list[Parsed],
                  data: list[Parsed], opts: dict[str, Any]) -> sp.Expr:
    """``(1/N) Σ (w x_i + b − y_i)²`` over data points: N (or n) is the number of points,
    unless the message gives it a value or asks about it."""
    for name in _COUNT_NAMES:
        sym = sp.Symbol(name)
        if sym not in free_symbols(expr) or sym in wrt or not data:
            continue
        if sym in (point or {}) or any(p.name == name for p in main):
            from .account import Unclear  # "N = 4" with 3 points typed: which is it?
            raise Unclear(f"You give {name} a value and also {len(data)} data points: I am not "
                          f"sure whether {name} is the number of points.",
                          f"Leave {name} out to average over the {len(data)} points typed.")
        opts.setdefault("notes", []).append(
            f"{name} = {len(data)}, the number of data points.")
        opts.setdefault("reached_scalars", []).append(expr)  # the loss as typed, N in it
        return expr.subs(sym, len(data))
    return expr


def _over_count(expr: sp.Expr, n: int) -> bool:
    """The loss per point is written with the factor 1/N of a mean, N the number of points."""
    return n > 0 and isinstance(expr, sp.Mul) and sp.Rational(1, n) in expr.args


def _loss(out: dict[str, Any], expr: sp.Expr, wrt: list[sp.Symbol], parsed: list[Parsed]) -> None:
    params = tuple(dict.fromkeys(wrt)) or natural_order(free_symbols(expr) - {
        sp.Symbol("x"), sp.Symbol("y")})
    data_syms = natural_order(free_symbols(expr) - set(params))
    rows: list[dict[sp.Symbol, Any]] = []
    data = _role(parsed, "data")
    named = {sp.Symbol(p.name): p.value for p in [*data, *_role(parsed, "main")]
             if p.name and not p.params and is_scalar(p.value) and p.value.is_number}
    if data and all(p.name and sp.Symbol(p.name) in named for p in data) and set(
            named) == set(data_syms):
        data = []  # "with one data point x = 2, y = 3": the one point, named coordinate-wise
        rows.append(named)
    for p in data:
        values = list(p.value) if isinstance(p.value, Seq | sp.MatrixBase) else [p.value]
        if len(values) != len(data_syms):
            raise ParseError(
                f"Each data point needs {len(data_syms)} values "
                f"({', '.join(s.name for s in data_syms)}).",
                "For example: for data (1, 2), (2, 3).")
        rows.append(dict(zip(data_syms, values, strict=True)))
    out["variables"] = params
    out["options"]["data"] = rows
