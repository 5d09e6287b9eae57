"""Shared helpers: real symbols, variable order, bounded simplification and the SymPy check.

Every calculus solver works on real copies of the student's symbols (so |x|′ is sign(x), not a
complex-valued formula), simplifies with a bounded budget, checks its result against SymPy's
direct computation with ``same`` and maps the answer back to the student's symbols.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import re
from collections.abc import Iterable
from typing import Any

import sympy as sp

from ..errors import TooHard
from ..problem import Problem
from ..render import inline, log_name_for, scientific
from ..solution import VERIFIED_NOTE, Solution, Step
from .sample import SAMPLE_TOLERANCE, agree_at_samples, sampled_size

logger = logging.getLogger(__name__)

SIMPLIFY_OPS = 40  # factor() (and exact identity proofs) up to this size; cheap forms above
TINY_OPS = 6  # below this, with no fractions, an expression is taken as tidy already
_HYPERBOLIC = (sp.tanh, sp.sinh, sp.cosh, sp.sech, sp.csch, sp.coth)
CORNER_NOTES = ("|u| has a corner", "max/min (ReLU)", "At the boundaries")
_INDEXED = re.compile(r"^([A-Za-z]+)_?(\d+)$")
# Evaluated values (at a point, Taylor coefficients, iterates) may have at most this many digits:
# the parser bounds the numbers typed, not what x⁵⁰⁰ becomes at x = 10⁹ (Python refuses to print
# integers of over 4,300 digits, and a 4,000-digit number is no answer on a phone anyway).
MAX_VALUE_DIGITS = 1000
_LOG10_2 = math.log10(2)


class Real:
    """Real copies of a problem's symbols and the way back."""

    def __init__(self, problem: Problem) -> None:
        symbols: set[sp.Symbol] = set()
        for obj in _operands(problem):
            symbols |= {s for s in getattr(obj, "free_symbols", set()) if isinstance(s, sp.Symbol)}
        self.fwd = {s: sp.Symbol(s.name, real=True) for s in symbols if not s.is_real}
        self.back = {v: k for k, v in self.fwd.items()}

    def __call__(self, obj: Any) -> Any:
        return _map(obj, self.fwd)

    def undo(self, obj: Any) -> Any:
        return _map(obj, self.back)


def _operands(problem: Problem) -> Iterable[Any]:
    yield from (problem.expr, *problem.exprs, *problem.variables)
    for mapping in (problem.point or {}, problem.options.get("subs") or {}):
        yield from mapping.keys()
        yield from (sp.sympify(v, strict=True) for v in mapping.values())  # safe: strict
    for row in problem.options.get("data") or []:
        yield from row.keys()


def _map(obj: Any, mapping: dict) -> Any:
    if isinstance(obj, dict):
        return {_map(k, mapping): _map(v, mapping) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return type(obj)(_map(o, mapping) for o in obj)
    if isinstance(obj, sp.Basic | sp.MatrixBase):
        return obj.xreplace(mapping)
    if isinstance(obj, int | float) and not isinstance(obj, bool):
        return sp.sympify(obj, strict=True)  # safe: a Python number, not text
    return obj


def natural_order(symbols: Iterable[sp.Symbol]) -> list[sp.Symbol]:
    """x, y, z first, then the rest alphabetically, x1, x2, ... by index."""

    def key(s: sp.Symbol) -> tuple:
        if s.name in ("x", "y", "z"):
            return (0, s.name, 0)
        match = _INDEXED.match(s.name)
        if match:
            return (1, match.group(1), int(match.group(2)))
        return (1, s.name, -1)

    return sorted(symbols, key=key)


def variables_of(problem: Problem, exprs: Iterable[sp.Expr]) -> tuple[sp.Symbol, ...]:
    """The variables the student named, else the free symbols in natural order (x if none)."""
    if problem.variables:
        return tuple(problem.variables)
    free: set[sp.Symbol] = set()
    for e in exprs:
        free |= {s for s in e.free_symbols if isinstance(s, sp.Symbol)}
    return tuple(natural_order(free)) or (sp.Symbol("x"),)


def tidy(expr: Any, light: bool = False) -> Any:
    """A short equivalent form, in the shape a course writes it; the budget is bounded.

    Candidates: the form as computed, its common factors pulled out (``factor_terms``) and,
    for mid-sized forms, ``factor`` (quotients: (−x − 3)/(x − 1)³). No ``simplify``: on the
    corpus and 168 seeded random problems it never gave a shorter form that survives the
    no-new-atoms rule below, and it was most of the time of a solve (its trig search on sums
    with sin or tanh costs seconds). The shortest wins, except that a sum is not written as a
    power of x times a bracket: ``2x·sin x + x²·cos x``, not ``x·(x·cos x + 2·sin x)``.
    ``light``: only the cheapest forms, for the derivatives and values of a Taylor expansion.
    """
    if isinstance(expr, sp.MatrixBase):
        return expr.applyfunc(lambda e: tidy(e, light))
    if not isinstance(expr, sp.Basic) or expr.is_Atom:
        return expr
    candidates = [expr, sp.factor_terms(expr)]
    ops = sp.count_ops(expr)
    if light:
        if ops <= SIMPLIFY_OPS and not expr.has(*_HYPERBOLIC):
            candidates.append(sp.cancel(expr))
    elif ops <= TINY_OPS and not any(p.exp.is_negative for p in expr.atoms(sp.Pow)):
        pass  # already short, no fractions
    elif ops <= SIMPLIFY_OPS and _has_quotient(expr):
        candidates.append(_factored(expr))
    elif not any(node.is_Add for node in sp.preorder_traversal(expr)):
        pass  # a product of powers (4/x, e^x/√x): no sum to bring over a common denominator
        # (on 188 such forms from the corpus and random problems, cancel and together never
        # gave another form)
    else:
        candidates += [sp.cancel(expr), sp.together(expr)]
    # No new functions: the sigmoid's derivative should not come back as 1/(4·cosh²(x/2)),
    # e^(−x) as e^x, e^(x + y) as e^x·e^y, or 2·sin x·cos x as sin 2x.
    known = _function_atoms(expr)
    candidates = [c for c in candidates if _function_atoms(c) <= known] or [expr]
    return _shortest(candidates, expr, ops)


def _shortest(candidates: list[sp.Basic], expr: sp.Basic, ops: int) -> sp.Basic:
    """``min(candidates, key=(count_ops + monomial penalty, len(str)))``, the same winner
    computed for less: repeated candidates scored once, ``expr``'s count reused, and the
    printed length (SymPy's printer is slow) only for candidates tied on the count."""
    unique = list(dict.fromkeys(candidates))  # first occurrences, in order
    scores = [(ops if c is expr else sp.count_ops(c)) + _monomial_penalty(c) for c in unique]
    best = min(scores)
    tied = [c for c, score in zip(unique, scores, strict=True) if score == best]
    return tied[0] if len(tied) == 1 else min(tied, key=lambda e: len(str(e)))


def _has_quotient(expr: sp.Basic) -> bool:
    """A sum inside a product or a power ((x − 1)⁻², x·((2x + 6)·e^x + …)): where factor()
    finds shorter forms. A flat sum of products (4x³ − 6x) is left as it is."""
    return any(arg.is_Add for node in sp.preorder_traversal(expr) if node.is_Mul or node.is_Pow
               for arg in node.args)


def _factored(expr: sp.Expr) -> sp.Expr:
    try:
        return sp.factor(expr)
    except (sp.PolynomialError, NotImplementedError, ValueError):
        return expr


def _monomial_penalty(expr: sp.Basic) -> int:
    """2 for c·xⁿ·(sum) (a power of a variable taken out of a sum), else 0."""
    if not expr.is_Mul:
        return 0
    sums = [f for f in expr.args if f.is_Add]
    rest = [f for f in expr.args if not f.is_Add]
    if len(sums) != 1 or not rest:
        return 0
    monomial = all(f.is_Number or f.is_Symbol or (f.is_Pow and f.base.is_Symbol
                                                   and f.exp.is_positive) for f in rest)
    return 2 if monomial and any(not f.is_Number for f in rest) else 0


def _function_atoms(expr: sp.Basic) -> set[sp.Basic]:
    """The function atoms of ``expr``, e^(k·u) counted as e^u (1/(1 + e^(−x)) may become
    e^x/(e^x + 1), e^x·e^x may be e^(2x); e^(x + y) may not become e^x·e^y)."""
    out = set()
    for f in expr.atoms(sp.Function):
        if isinstance(f, sp.exp):
            f = sp.exp(f.args[0].as_coeff_Mul()[1], evaluate=False)
        out.add(f)
    return out


def same(a: Any, b: Any) -> bool:
    """Exact equality of two results, cheap checks first, bounded ``simplify`` last.

    Before any simplification both sides are evaluated at three sample points to 60 digits
    (``sample.sampled_size``): a difference there is a mismatch; a zero there lets large forms pass
    (exact cancellation of Taylor coefficients with e⁻¹, cos 1, ... can take minutes) and small
    forms go on to an exact proof.
    """
    if isinstance(a, sp.MatrixBase) or isinstance(b, sp.MatrixBase):
        return (isinstance(a, sp.MatrixBase) and isinstance(b, sp.MatrixBase)
                and a.shape == b.shape and all(same(p, q) for p, q in zip(a, b, strict=True)))
    a, b = sp.sympify(a, strict=True), sp.sympify(b, strict=True)  # safe: strict
    if a == b:
        return True
    diff = a - b
    if diff == 0:
        return True
    sampled = sampled_size(a, b)
    if sampled is not None and sampled > SAMPLE_TOLERANCE:
        # Different at a sample point: no identity to look for (expand, in case the
        # difference was rounding in a huge cancellation: then it is exactly 0).
        return sp.expand(diff) == 0
    if sampled is not None and sp.count_ops(diff) > SIMPLIFY_OPS:
        return True  # zero to 30 digits (relative) at three unrelated points
    # Two exact proofs: the difference expands to 0; or, a rational identity in the function
    # atoms (quotient rule forms), over the common denominator that ``together`` writes
    # (nothing cancelled) the numerator expands to 0, so the difference is 0 wherever it is
    # defined (half the cost of ``cancel``'s gcd, which stays as the next try: of 69
    # differences that reached it on the corpus and two seeds of random problems, it proved
    # the same 68). Either proves it; with a sum in a denominator the second is tried first
    # (expand alone almost never cancels there: 21 of 22 Hessian and chain-rule entries that
    # reached it on seeded random problems, 3-17 ms each).
    proofs = [lambda: sp.expand(diff) == 0,
              lambda: sp.expand(sp.fraction(sp.together(diff))[0]) == 0]
    if _sum_in_denominator(diff):
        proofs.reverse()
    if any(proof() for proof in proofs):
        return True
    if sp.cancel(diff) == 0:
        return True
    if sp.count_ops(diff) > 4 * SIMPLIFY_OPS:
        logger.warning("too large to compare exactly: %s", diff)
        return False
    if sp.simplify(diff) == 0:
        return True
    return bool(diff.has(sp.Function) and sp.simplify(diff.rewrite(sp.exp)) == 0)


def _sum_in_denominator(expr: sp.Basic) -> bool:
    """A power with a negative exponent of a sum somewhere in ``expr`` (1/(x + 1)², ...)."""
    return any(node.is_Pow and node.base.is_Add and node.exp.is_negative
               for node in sp.preorder_traversal(expr))


def checked(ours: Any, direct: Any, what: str, notes: list[str], implied: bool = False
            ) -> Any:
    """``ours`` when it equals SymPy's ``direct`` result; otherwise SymPy's, with a note.

    ``implied``: every piece of ``ours`` was already proved equal to SymPy's derivative of its
    own input (each entry of a Hessian, each order of a higher derivative), so the whole follows
    by transitivity; what is left to catch is an assembly slip (an entry in the wrong place, a
    wrong variable), and that a comparison at the sample points finds. An expression that
    cannot be sampled gets the exact comparison.
    """
    if implied and agree_at_samples(ours, direct):
        return ours
    if same(ours, direct):
        return ours
    logger.error("calculus mismatch for %s: ours=%s sympy=%s", what, ours, direct)
    notes.append(f"My working for {what} did not match SymPy's direct computation, "
                 "so the answer shown is SymPy's.")
    return direct


def solution(problem: Problem, real: Real, answer: Any, steps: list[Step],
             notes: list[str], answer_text: str = "", keep_form: bool = False) -> Solution:
    """Assemble the Solution with the student's own symbols and any parser notes.

    ``keep_form``: the answer is deliberately unevaluated (Taylor's 2·(x − 1)); keep it so.
    """
    parser_notes = problem.options.get("notes") or []
    if isinstance(parser_notes, str):
        parser_notes = [parser_notes]
    if any("differentiable" in n for n in parser_notes):  # the parser already said where
        notes = [n for n in notes if not n.startswith(CORNER_NOTES)]
    all_notes = [*parser_notes, *(n for n in notes if n not in parser_notes)]
    if not any("did not match" in n for n in all_notes):
        all_notes.append(VERIFIED_NOTE)
    for step in steps:
        step.math = [real.undo(m) for m in step.math]
    if keep_form:
        with sp.evaluate(False):
            answer = real.undo(answer)
    else:
        answer = real.undo(answer)
    if log_name_for(problem.source) == "ln" and "log(" in problem.restated:
        # the restatement was printed before the solver knew: the student's ln there too
        problem = dataclasses.replace(problem, restated=problem.restated.replace("log(", "ln("))
    return Solution(kind=problem.kind or "", problem=problem, answer=answer,
                    steps=steps, answer_text=answer_text, notes=all_notes, ordered=keep_form)


def at_point(expr: Any, point: dict[sp.Symbol, Any], light: bool = False) -> Any:
    """``expr`` evaluated at ``point`` (bounded in size, see ``bounded``), simplified."""
    if not isinstance(expr, sp.Basic | sp.MatrixBase):
        return expr
    value = bounded(expr.subs(point), f"at {point_text(point)}")
    # A number (tanh(4), e⁻¹ ...): the cheap forms; simplify's trig search costs seconds there.
    constant = not getattr(value, "free_symbols", None)
    return tidy(value, light or constant)


def digits(value: sp.Basic) -> float:
    """Decimal digits of the largest number in ``value`` (integers, fractions, floats)."""
    worst = 0.0
    for atom in value.atoms(sp.Number):
        if atom.is_Rational:
            size = max(int(atom.p).bit_length(), int(atom.q).bit_length()) * _LOG10_2
        elif atom.is_Float and atom.is_finite and atom != 0:
            size = abs(float(sp.log(abs(atom), 10).evalf(5)))
        else:
            continue
        worst = max(worst, size)
    return worst


def bounded(value: Any, where: str) -> Any:
    """``value`` unchanged when its numbers have at most ``MAX_VALUE_DIGITS`` digits; else
    ``TooHard`` saying so, with the value's size as a power of ten."""
    items = list(value) if isinstance(value, sp.MatrixBase) else [value]
    for item in items:
        if not isinstance(item, sp.Basic):
            continue
        size = digits(item)
        if size <= MAX_VALUE_DIGITS:
            continue
        over = f"{int(size) // 1000 * 1000:,}" if size >= 2000 else f"{MAX_VALUE_DIGITS:,}"
        approx = scientific(item)
        shown = f"; it is about {approx}" if approx else ""
        raise TooHard(f"The value {where} has over {over} digits{shown}. I show values of at "
                      f"most {MAX_VALUE_DIGITS:,} digits: try smaller numbers.")
    return value


def point_text(point: dict[sp.Symbol, Any]) -> str:
    """x = 1, y = 2; a power of ten from a million up as 10⁹ (not 1000000000)."""
    return ", ".join(f"{inline(k)} = {_coordinate(v)}" for k, v in point.items())


def _coordinate(value: Any) -> str:
    text = inline(value)
    digits = text.lstrip("−")
    if len(digits) > 6 and digits.startswith("1") and set(digits[1:]) == {"0"}:
        return text[: len(text) - len(digits)] + "10" + str(len(digits) - 1).translate(
            str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
    return text
