"""Each math item parsed: a value, a definition (``A = ...``, ``f(x, y) = ...``) or an equation.

Named matrices and vectors go into an environment first, so ``find AB`` or ``project u onto v``
can refer to them later in the message.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

import sympy as sp

from ..errors import ParseError
from .expr import Defined, MatOp, Seq, is_scalar, parse_tokens
from .limits import MAX_ITEMS, check_matrix
from .segment import Item, is_product_name

logger = logging.getLogger(__name__)

_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
# f(x) = ..., and a named ML function written out: "softplus(x) = ln(1 + e^x)"
_FUNC_DEF = re.compile(r"([A-Za-z]|sigma|phi|psi|[A-Za-z]\d|softplus|relu|sigmoid|swish|gelu|"
                       r"tanh)\s*\(([^()]*)\)")


@dataclass
class Parsed:
    role: str
    value: Any = None  # the value, or the right-hand side of a definition / equation
    name: str | None = None  # "A" in A = ..., "f" in f(x, y) = ...
    params: tuple[sp.Symbol, ...] = ()  # (x, y) in f(x, y) = ...
    names: tuple[str, ...] = ()  # (u, v) in (u, v) = (...)
    lhs: Any = None  # the left side of an equation
    called: bool = False  # a definition f(x) = ... that other math calls: f(2), x f(x)
    typed: str = field(default="", compare=False)  # the item as the student typed it

    @property
    def is_equation(self) -> bool:
        return self.lhs is not None


def as_vector(value: Any) -> sp.Matrix | None:
    """A column vector from ``(1, 2)``, ``[1, 2]``, ``<1, 2>`` or a one-row matrix."""
    if isinstance(value, Seq) and all(is_scalar(v) for v in value):
        return check_matrix([[v] for v in value])
    if isinstance(value, sp.MatrixBase):
        if value.cols == 1:
            return sp.Matrix(value)
        if value.rows == 1:
            return sp.Matrix(value.T)
    return None


def _split_equals(text: str) -> list[str]:
    parts, depth, cur = [], 0, []
    for ch in text:
        depth += ch in "([{"
        depth -= ch in ")]}"
        if ch == "=" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def _symbols(text: str) -> tuple[sp.Symbol, ...] | None:
    """``x, y`` in ``f(x, y) = ...``; None when they are not plain variable names."""
    out = []
    for part in text.split(","):
        value = parse_tokens(part.strip()) if part.strip() else None
        if not isinstance(value, sp.Symbol):
            return None
        out.append(value)
    return tuple(out)


def parse_item(item: Item, env: dict[str, Any], notes: list[str]) -> Parsed:
    parts = _split_equals(item.text)
    if len(parts) > 2:
        parts = [parts[0], parts[-1]]  # f(x) = y = x^2: the outer two
    if len(parts) == 1:
        return Parsed(item.role, parse_tokens(item.text, env, notes))
    lhs, rhs = parts[0].strip(), parts[1].strip()
    if lhs and not rhs:  # "A*B = ?"
        return Parsed(item.role, parse_tokens(lhs, env, notes))
    if not lhs or not rhs:
        raise ParseError("One side of an '=' is empty.",
                         "For example x + y = 3 or A = [1 2; 3 4].")
    value = parse_tokens(rhs, env, notes)
    if _NAME.fullmatch(lhs) and (len(lhs) == 1 or lhs in env or not _looks_product(lhs)
                                 or _capital_name(lhs, env)):
        return Parsed(item.role, value, name=lhs)
    m = _FUNC_DEF.fullmatch(lhs)
    if m and (params := _symbols(m.group(2))):
        if m.group(1).lower() in _KNOWN:
            _known_definition(m.group(1).lower(), params, value, notes)
        return Parsed(item.role, value, name=m.group(1), params=params)
    m = re.fullmatch(r"\(([A-Za-z0-9_,\s]+)\)", lhs)
    if m and isinstance(value, Seq):
        names = tuple(n.strip() for n in m.group(1).split(","))
        if all(_NAME.fullmatch(n) for n in names):
            return Parsed(item.role, value, names=names)
    return Parsed(item.role, value, lhs=parse_tokens(lhs, env, notes))


# names of known functions a message may define (``_FUNC_DEF``): the definition must be the
# function itself, or it is asked back (never a silent redefinition of relu or the sigmoid)
_KNOWN = ("softplus", "relu", "sigmoid", "tanh")
_KNOWN_NAMES = frozenset(_KNOWN) | {n.capitalize() for n in _KNOWN}
_SAMPLES = (-1.7, -0.6, 0.35, 1.2, 2.5)


def _known_definition(name: str, params: tuple[sp.Symbol, ...], value: Any,
                      notes: list[str]) -> None:
    """``sigmoid(x) = 1/(1 + e^-x)``: the sigmoid written out (read, with a note);
    ``relu(x) = x^2``: another function under a known name, asked back."""
    from ..render import inline
    from .account import Unclear
    from .functions import apply

    hint = (f"Give yours another name, e.g. f({', '.join(map(str, params))}) = …, or write "
            f"{name}(x) without defining it.")
    if len(params) != 1:
        raise Unclear(f"{name} is a known function of one variable, so I am not sure what "
                      f"{name}({', '.join(map(str, params))}) = … means.", hint)
    (p,) = params
    known = apply(name, [p], [])
    if not is_scalar(value) or value.free_symbols - {p} or not _agree(known, value, p):
        shown = inline(value) if isinstance(value, sp.Basic) else "…"
        usual = f"max(0, {p})" if name == "relu" else inline(known.rewrite(sp.exp))
        raise Unclear(f"{name} is a known function ({name}({p}) = {usual}), and here "
                      f"{name}({p}) = {shown} is another one: which do you mean?", hint)
    notes.append(f"{name}({p}) = {inline(value)} is the usual {name}.")


def _agree(a: sp.Expr, b: sp.Expr, x: sp.Symbol) -> bool:
    """Equal at every sample point (to 10 digits): the known function as written out."""
    try:
        for t in _SAMPLES:
            va, vb = complex(a.subs(x, t).evalf(15)), complex(b.subs(x, t).evalf(15))
            if abs(va - vb) > 1e-10 * max(1.0, abs(va)):
                return False
    except (TypeError, ValueError, ZeroDivisionError):
        return False
    return True


def _capital_name(name: str, env: dict[str, Any]) -> bool:
    """``MSE = ...``, ``KE = ...``: capitals defined by ``=`` name one thing (``AB = ...``
    with A and B matrices of the message stays a product)."""
    return name.isupper() and (len(name) >= 3 or name in ("KE", "PE", "CE")) and not all(
        c in env for c in name)  # "XY = 6" stays x·y


def _looks_product(name: str) -> bool:
    """``xy`` in ``xy = 1`` is a product; ``x1``, ``lr``, ``u2`` are names."""
    return is_product_name(name)


_NEXT_NAME = re.compile(r"\s+(?=[A-Za-z]\w*\s*=(?!=))")


def _two_definitions(item: Item) -> list[Item]:
    """``f(x)=(x-1)^2 x0=0`` (no comma between): two definitions, not ``f(x) = ... = 0``."""
    if len(_split_equals(item.text)) < 3:
        return [item]
    for m in _NEXT_NAME.finditer(item.text):
        left, right = item.text[:m.start()], item.text[m.end():]
        parts = _split_equals(left)
        if len(parts) == 2 and parts[0].strip() and parts[1].strip() and _depth(left) == 0:
            return [Item(left, item.role), *_two_definitions(Item(right, item.role))]
    return [item]


def _depth(text: str) -> int:
    return sum(ch in "([{" for ch in text) - sum(ch in ")]}" for ch in text)


def _called_definitions(items: list[Item], env: dict[str, Any], notes: list[str]) -> set[str]:
    """``derivative of x^2 g(x) where g(x) = sin x``: a function defined in the message and
    called in another piece of its math (``g(`` with no space) goes into ``env``, so the call
    is the definition with its argument put in; the texts of the definitions called (each one
    then reached the problem through its calls). A known function (``sigmoid(x) = ...``)
    written out is checked by ``_known_definition`` and its calls read as usual."""
    out: set[str] = set()
    if len(items) < 2 or not any("=" in i.text for i in items):
        return out
    splits = [_split_equals(i.text) if "=" in i.text else [i.text] for i in items]
    heads = [_FUNC_DEF.fullmatch(parts[0].strip()) if len(parts) == 2 else None
             for parts in splits]
    defined = {m.group(1) for m in heads if m}
    for n, item in enumerate(items):
        parts = splits[n]
        m = heads[n]
        known = len(parts) == 2 and parts[0].strip().lower() in _KNOWN
        if (m is None and not known) or not parts[1].strip():
            continue
        name = m.group(1) if m is not None else parts[0].strip()
        # a call: g(x) (a letter then its bracket, no space: "x (y + 1)" is a product), or a
        # longer name with or without one (LaTeX's "\sigma(z)" arrives as "sigma (z)")
        call = re.compile(rf"(?<![\w.']){re.escape(name)}{'' if len(name) == 1 else '[ ]?'}\(")
        callers = [other.text for k, other in enumerate(items) if k != n and call.search(
            other.text)]
        # "f(g(x))" with g not defined: g(x) would be read as g·x, so f is not put in there
        if not callers or any(set(re.findall(r"(?<![\w.'])([A-Za-z])\(", text)) - defined
                              for text in callers):
            continue
        try:
            body = parse_tokens(parts[1].strip(), env, notes)
        except ParseError:
            continue  # read as before (the definition alone), asked back if unused
        if not is_scalar(body):
            continue
        if m is None:  # "sigmoid = 1/(1+e^-x)": the known function written out, in its letter
            if len(free := sorted(body.free_symbols, key=str)) != 1:
                continue
            _known_definition(name.lower(), (free[0],), body, notes)
            out.add(item.text)
            continue
        params = _symbols(m.group(2))
        if not params:
            continue
        if name.lower() not in _KNOWN:
            from ..render import inline

            env[name] = Defined(params, body)
            notes.append(f"{name}({', '.join(map(str, params))}) = {inline(body)} is put in "
                         f"where {name} is called.")
        out.add(item.text)
    return out


def parse_items(items: list[Item], names: frozenset[str], notes: list[str]
                ) -> tuple[list[Parsed], dict[str, Any]]:
    """Parse every item; named matrices/vectors are known to the items after them."""
    if len(items) > MAX_ITEMS:
        raise ParseError(f"That message has more than {MAX_ITEMS} separate pieces of math.",
                         "Send one problem at a time.")
    items = [piece for item in items for piece in _two_definitions(item)]
    env: dict[str, Any] = {}
    # first the definitions of matrices and vectors, so later items may use them
    for item in items:
        parts = _split_equals(item.text)
        if len(parts) == 2 and _NAME.fullmatch(parts[0].strip()) and parts[1].strip()[:1] in "[(<":
            try:
                value = parse_tokens(parts[1].strip(), env, notes)
            except ParseError:
                continue
            if isinstance(value, sp.MatrixBase):
                env[parts[0].strip()] = value
            elif (vec := as_vector(value)) is not None:
                env[parts[0].strip()] = vec
    called = _called_definitions(items, env, notes)
    parsed = [parse_item(item, env, notes) for item in items]
    for item, p in zip(items, parsed, strict=True):
        p.typed = item.typed
        p.called = item.text in called and (p.params != () or p.name in _KNOWN_NAMES)
    for p in parsed:
        if isinstance(p.value, MatOp | sp.MatrixBase | Seq) or is_scalar(p.value):
            continue
        raise ParseError("I could not read part of that.", "For example det [[1, 2], [3, 4]].")
    return parsed, env
