"""Variable order and points: the student's order when named, else x, y, z, then the rest."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import Any

import sympy as sp

from ..errors import ParseError
from .expr import Seq, is_scalar
from .items import Parsed

logger = logging.getLogger(__name__)

_FIRST = {"x": 0, "y": 1, "z": 2}


def natural_key(sym: sp.Symbol) -> tuple[int, str, int]:
    m = re.fullmatch(r"([A-Za-z]+)(\d*)", sym.name)
    base, idx = (m.group(1), m.group(2)) if m else (sym.name, "")
    return (_FIRST.get(base, 3), base, int(idx) if idx else -1)


def natural_order(symbols: Iterable[sp.Symbol]) -> tuple[sp.Symbol, ...]:
    return tuple(sorted(set(symbols), key=natural_key))


def free_symbols(*exprs: Any) -> set[sp.Symbol]:
    out: set[sp.Symbol] = set()
    for e in exprs:
        if isinstance(e, sp.Basic):
            out |= {s for s in e.free_symbols if isinstance(s, sp.Symbol)}
    return out


def symbols_of(values: list[Any]) -> list[sp.Symbol]:
    """The variables named after 'wrt' (``x``, ``x, y``, ``(w, b)``)."""
    out: list[sp.Symbol] = []
    for v in values:
        items = list(v) if isinstance(v, Seq | sp.MatrixBase) else [v]
        for s in items:
            if isinstance(s, sp.Mul) and all(isinstance(a, sp.Symbol) for a in s.args):
                out.extend(sorted(s.args, key=natural_key))  # "wrt xy" is x, y
            elif isinstance(s, sp.Symbol):
                out.append(s)
            elif s == sp.E:
                out.append(sp.Symbol("e"))
            else:
                raise ParseError("After 'wrt' I expect variable names.",
                                 "e.g. 'wrt x' or 'wrt w, b'")
    return out


def _indexed(name: str) -> str:
    """``x_1`` -> ``x1``, ``theta_0`` -> ``theta0``: the names the expression parser makes."""
    return re.sub(r"(?<=[A-Za-z])_(?=\d+$)", "", name)


def point_fits(point: dict[sp.Symbol, Any] | None, expr: Any,
               variables: tuple[sp.Symbol, ...]) -> None:
    """A point that names a variable the problem does not have is never ignored: "d/dx of
    x^2 y at z = 1" is asked back, not answered without the point."""
    if not point:
        return
    known = set(variables) | free_symbols(expr)
    stray = [k for k in point if isinstance(k, sp.Symbol) and k not in known]
    if stray:
        names = ", ".join(s.name for s in stray)
        raise ParseError(f"The point gives {names}, which the problem does not have.",
                         "Name the function's variables, e.g. at x = 1, y = 2.")


def point_of(items: list[Parsed], variables: tuple[sp.Symbol, ...]) -> dict[sp.Symbol, Any] | None:
    """``at (1, 2)``, ``at x = 1, y = 2``, ``from x0 = 2`` or ``about 0`` as {variable: value}."""
    if not items:
        return None
    point: dict[sp.Symbol, Any] = {}
    loose: list[Any] = []
    names = {v.name: v for v in variables}
    for n, p in enumerate(items):
        if p.name in ("lr", "alpha", "eta", "rate", "k", "steps", "n"):
            continue
        if (p.name is None and isinstance(p.value, sp.Symbol) and p.typed.rstrip().endswith("=")
                and n + 1 < len(items) and items[n + 1].name and is_scalar(items[n + 1].value)):
            # "at w1 = w2 = 0": w1 has the value of the assignment after it
            point[names.get(_indexed(p.value.name), p.value)] = items[n + 1].value
            continue
        if p.names and isinstance(p.value, Seq) and len(p.names) == len(p.value):
            # at (w, v) = (1/2, 3): by the names given, not in alphabetical order
            if names and (stray := [n for n in p.names if _indexed(n) not in names]):
                raise ParseError(f"The point names {', '.join(stray)}, which the problem "
                                 "does not have.", "Name its variables, e.g. at (x, y) = (1, 2).")
            point.update({names.get(_indexed(n), sp.Symbol(_indexed(n))): v
                          for n, v in zip(p.names, p.value, strict=True)})
        elif p.name is not None and is_scalar(p.value):
            name = _indexed(p.name)  # theta_0 is theta0, as in the expression
            if name not in names and re.fullmatch(r"[A-Za-z]+0", name):
                name = name[:-1]  # x0 = 2 is the start value of x (when x0 is no variable)
            point[names.get(name, sp.Symbol(name))] = p.value
        elif isinstance(p.value, Seq | sp.MatrixBase):
            loose.extend(list(p.value))
        elif is_scalar(p.value):
            loose.append(p.value)
    if loose:
        if len(loose) != len(variables):
            raise ParseError(
                f"The point has {len(loose)} coordinates but there are {len(variables)} "
                "variables.",
                "Name them, e.g. 'at x = 1, y = 2'.",
            )
        point.update(zip(variables, loose, strict=True))
    return point
