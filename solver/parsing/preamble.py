"""Definitions before the question: ``Let t be (-5)/(-2 - -1) - 2. Suppose 3*s = 2*s + t.``

Textbook and DeepMind-style questions define names first, then ask::

    Let f(q) = -3*q**2 - 7*q. Let o(g) = 14*d(g) + 6*f(g). Differentiate o(c) wrt c.
    Let z(x) be the second derivative of 3*x**5/2 - x. What is the derivative of z(t) wrt t?
    Suppose 3*s + 10 = -5*t - 1, 0 = -5*s - 3*t + 3. What is the derivative of s*o**2 wrt o?

``read_preamble(text)`` reads every ``Let ...`` / ``Suppose ...`` sentence (a constant, a
function, a function defined as a derivative, a small linear system with one solution) with the
safe expression parser, and returns the question with each defined name replaced by its value,
plus a note per definition. A sentence it cannot read stops the solve with a question back:
a definition is never skipped.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import sympy as sp

from ..errors import ParseError
from ..render import inline
from . import readings
from .expr import is_scalar, parse_tokens
from .limits import MAX_RESULT_DIGITS, _digits

logger = logging.getLogger(__name__)

_SENTENCES = re.compile(r"(?<=[.?])\s+(?=[A-Z])")
_START = re.compile(r"\s*(?:Let|Suppose|Assume)\s+", re.I)
_NAME = r"[A-Za-z]"
_CONST = re.compile(rf"(?:Let|Assume)\s+({_NAME})\s*(?:=|be)\s*(.+)", re.I | re.S)
_FUNC = re.compile(rf"(?:Let|Assume)\s+({_NAME})\s*\(\s*({_NAME})\s*\)\s*=\s*(.+)", re.I | re.S)
_ORDERS = {"": 1, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_DERIV = re.compile(rf"(?:Let|Assume)\s+({_NAME})\s*\(\s*({_NAME})\s*\)\s*be\s+the\s+"
                    r"(first\s+|second\s+|third\s+|fourth\s+|fifth\s+)?derivative\s+of\s+(.+)",
                    re.I | re.S)
_SUPPOSE = re.compile(r"(?:Suppose|Assume)\s+(.+)", re.I | re.S)
_MAX_DEFINITIONS = 12
_HINT = "Write the definitions like: Let f(x) = x^2 + 1. Let a = 3. Then the question."


class _Scope:
    def __init__(self) -> None:
        self.consts: dict[str, sp.Expr] = {}
        self.funcs: dict[str, tuple[sp.Symbol, sp.Expr]] = {}
        self.notes: list[str] = []
        self.used: set[str] = set()
        self.systems: list[set[str]] = []  # unknowns solved together: one used is all used

    def value(self, text: str, skip: frozenset[str] = frozenset()) -> sp.Expr:
        """An expression with the defined constants and function calls put in."""
        env: dict[str, Any] = {k: v for k, v in self.consts.items() if k not in skip}
        self.used |= {k for k in env if re.search(rf"(?<![A-Za-z]){k}(?![A-Za-z(])", text)}
        text = self._calls(text, env, skip)
        value = parse_tokens(text.strip().rstrip(".?"), env, [])
        if not is_scalar(value):
            raise ParseError(f"I expected a number or an expression in “{text.strip()}”.", _HINT)
        return value

    def _calls(self, text: str, env: dict[str, Any], skip: frozenset[str]) -> str:
        """``d(g)``, ``z(10)``: calls of defined functions, replaced by placeholders."""
        out, i, n = [], 0, 0
        pattern = re.compile(r"(?<![A-Za-z])([A-Za-z])\s*\(")
        while (m := pattern.search(text, i)) is not None:
            name = m.group(1)
            if name not in self.funcs or name in skip:
                out.append(text[i:m.end()])
                i = m.end()
                continue
            depth, j = 1, m.end()
            while j < len(text) and depth:
                depth += {"(": 1, ")": -1}.get(text[j], 0)
                j += 1
            if depth:
                raise ParseError("A bracket is not closed.", _HINT)
            param, body = self.funcs[name]
            self.used.add(name)
            arg = self.value(text[m.end():j - 1], skip)
            key = f"qcall{len(env)}x{n}"
            value = body.subs(param, arg)
            if value.is_Rational and _digits(value) > MAX_RESULT_DIGITS:
                raise ParseError("That value has more than 1000 digits.", "Use smaller numbers.")
            if sp.count_ops(value) > 2000:
                raise ParseError("Those definitions make an expression too long for me.",
                                 "Use smaller definitions.")
            env[key] = value
            out.append(f"{text[i:m.start()]} {key} ")
            i, n = j, n + 1
        out.append(text[i:])
        return "".join(out)

    def sentence(self, text: str) -> None:
        text = text.strip().rstrip(".")
        if m := _DERIV.fullmatch(text):
            name, param, which, body = m.groups()
            order = _ORDERS[(which or "").strip().lower()]
            x = sp.Symbol(param)
            expr = self.value(body, frozenset({param}))
            self.funcs[name] = (x, sp.diff(expr, x, order))
            self.notes.append(f"{name}({param}) = {inline(self.funcs[name][1])}")
            return
        if m := _FUNC.fullmatch(text):
            name, param, body = m.groups()
            self.funcs[name] = (sp.Symbol(param), self.value(body, frozenset({param})))
            self.notes.append(f"{name}({param}) = {inline(self.funcs[name][1])}")
            return
        if m := _CONST.fullmatch(text):
            name, body = m.groups()
            self.consts[name] = self.value(body)
            self.notes.append(f"{name} = {inline(self.consts[name])}")
            return
        if m := _SUPPOSE.fullmatch(text):
            self._system(m.group(1))
            return
        raise ParseError(f"I could not read the definition “{text[:60]}”.", _HINT)

    def _system(self, text: str) -> None:
        eqs = []
        for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", text):
            sides = part.split("=")
            if len(sides) != 2:
                raise ParseError(f"I could not read the equation “{part.strip()}”.", _HINT)
            eqs.append(self.value(sides[0]) - self.value(sides[1]))  # = 0
        unknowns = sorted(set().union(*(e.free_symbols for e in eqs)), key=lambda s: s.name)
        if not unknowns or len(unknowns) > len(eqs) or len(eqs) > 4:
            raise ParseError("I could not tell which letters those equations solve for.", _HINT)
        for e in eqs:
            poly = sp.Poly(e, *unknowns)
            if poly.total_degree() > 1:
                raise ParseError("I solve only linear equations in the definitions.", _HINT)
        solutions = sp.solve(eqs, unknowns, dict=True)
        if len(solutions) != 1 or set(solutions[0]) != set(unknowns) or any(
                v.free_symbols for v in solutions[0].values()):
            raise ParseError("Those equations do not have exactly one solution.", _HINT)
        self.systems.append({s.name for s in solutions[0]})
        for sym, val in solutions[0].items():
            self.consts[sym.name] = val
            self.notes.append(f"{sym.name} = {inline(val)}")

    def question(self, text: str) -> str:
        """The question with defined names put in (inside its math only)."""
        m = re.search(r"(derivative\s+of|[Dd]ifferentiate)\s+(.+?)"
                      r"(\s+(?:wrt|with\s+respect\s+to)\s+[A-Za-z]\s*[.?]?\s*|\s*[.?]?\s*)$",
                      text, re.S)
        if m is None:
            raise ParseError("I could not find the question after the definitions.", _HINT)
        math = m.group(2)
        wrt = re.search(r"([A-Za-z])\s*[.?]?\s*$", m.group(3))
        skip = frozenset({wrt.group(1)}) if wrt and m.group(3).strip() else frozenset()
        if (name := math.strip()) in self.funcs:
            # "What is the second derivative of f with respect to x?": f named bare is f of
            # the variable differentiated (else of its own parameter)
            param = self.funcs[name][0]
            variable = next(iter(skip), param.name)
            self.used.add(name)
            body = self.funcs[name][1].subs(param, sp.Symbol(variable))
            if body.has(sp.I):
                raise ParseError("I could not read that function back.", _HINT)
            math = "(" + re.sub(r"(?<![A-Za-z])E(?![A-Za-z])", "exp(1)", sp.sstr(body)) + ")"
        value = self.value(math, skip)
        if value.has(sp.I):
            raise ParseError("Those definitions give a complex number; I read i as a variable.",
                             _HINT)
        shown = re.sub(r"(?<![A-Za-z])E(?![A-Za-z])", "exp(1)", sp.sstr(value))
        return f"{text[:m.start(2)]}{shown}{m.group(3)}"


def read_preamble(text: str) -> tuple[str, list[str]]:
    """``(question, notes)``: the text unchanged unless it starts with definitions."""
    if not _START.match(text):
        return text, []
    sentences = [s for s in _SENTENCES.split(text.strip()) if s.strip()]
    if len(sentences) < 2 or len(sentences) > _MAX_DEFINITIONS + 1:
        return text, []
    scope = _Scope()
    names = set(re.findall(r"(?:Let|Assume)\s+([A-Za-z])\b|\(\s*([A-Za-z])\s*\)\s*(?:=|be)"
                           r"|wrt\s+([A-Za-z])\b", text))
    named = {n for group in names for n in group if n}
    complex_ctx = re.search(r"complex|imaginary", text, re.I)
    constants_as_names = {n for n in ("i", "e") if n in named} | (
        set() if complex_ctx else {"i"})
    readings.set_variables(frozenset(constants_as_names))
    first_question = next((n for n, s in enumerate(sentences) if not _START.match(s)), None)
    if not first_question:
        return text, []
    defs, question = sentences[:first_question], " ".join(sentences[first_question:])
    try:
        for s in defs:
            scope.sentence(s)
        asked = scope.question(question)
        for names in scope.systems:  # "Suppose 3s = 2t, s + t = 5": t helps to find s
            if names & scope.used:
                scope.used |= names
        unused = [n for n in (*scope.consts, *scope.funcs) if n not in scope.used]
    except ParseError:
        # not definitions of numbers and functions ("Let a = (1, 2) and b = ..."): the whole
        # message goes to the ordinary reader, whose accounting still drops nothing
        logger.info("preamble not read; reading the message whole")
        return text, []
    if unused:
        raise ParseError(f"You defined {', '.join(unused)} but the question does not use "
                         f"{'it' if len(unused) == 1 else 'them'}.",
                         "Check the question, or leave that definition out.")
    return asked, [f"Using {', '.join(scope.notes)}."]
