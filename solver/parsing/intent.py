"""What the student wants: derivative notations rewritten to words, then typo-tolerant keywords.

``notation(text)`` turns ``d/dx``, ``dy/dx``, ``d^2y/dx^2``, ``∂f/∂x``, ``f'(x)`` into the
words ``derivative`` / ``partial`` and records the variables, order and dependent name.
``detect(words)`` matches (fuzzily, with RapidFuzz) the intent phrases and returns the kind.
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from ..errors import ParseError
from .lexicon import (
    DEGREE_WORDS,
    DESCRIBED_WORDS,
    FILLER,
    FOR_KINDS,
    MEANING,
    NUMBER_WORDS,
    VOCAB_WORDS,
    word_math,
)
from .lexicon import FUNC_WORDS as _FUNC_WORDS
from .lexicon import JOINED as _JOINED
from .lexicon import JOINERS as _JOINERS
from .lexicon import MISSPELT as _MISSPELT
from .lexicon import ORDINALS as _ORDINALS
from .readings import flipped, said, took
from .source import sub

logger = logging.getLogger(__name__)


@dataclass
class Hints:
    """What the derivative notation said: variables, order, the dependent name, partial."""

    wrt: list[str] = field(default_factory=list)
    order: int | None = None
    dependent: str | None = None
    partial: bool = False
    prime: bool = False
    separate: int = 0  # how many separate derivative notations (∂f/∂x and ∂f/∂y: 2)
    n_terms: int | None = None  # "the first three non-zero terms" (Taylor)
    orders: list[int] = field(default_factory=list)  # the order of each d/dx-like notation
    groups: list[list[str]] = field(default_factory=list)  # the variables of each ∂f/∂x, f_x
    signs: dict[str, int] = field(default_factory=dict)  # "for x > 0": {"x": 1}
    dims: int | None = None  # "2D taylor": the number of variables said
    firsts: list[str] = field(default_factory=list)  # the variable of each d/dx, df/dx


_D_HIGH = re.compile(
    r"\bd\s*\^\s*\(?(\d)\)?\s*\(?([A-Za-z])?\)?\s*/\s*\(?\s*d\s*([A-Za-z])\s*\^\s*\(?\d\)?\s*\)?"
)
_D_TWO = re.compile(r"\bd(\d)([A-Za-z])?\s*/\s*d([A-Za-z])\d\b")
_VAR = (r"((?:theta|alpha|beta|lambda|phi|tau|w|x|y|z)_?\d+|theta|alpha|beta|lambda|phi|tau"
        r"|[A-Za-z])")
_D_OP = re.compile(rf"\(\s*d\s*\)\s*/\s*\(\s*d\s*{_VAR}\s*\)|\bd\s*/\s*d\s*{_VAR}\b")
# dy/dx, dL/dw0, dL/dtheta1, dJ/dw_2: the variable may be indexed or a Greek name
_D_FRAC = re.compile(r"\bd([A-Za-z])\s*/\s*d((?:theta|alpha|beta|gamma|lambda|mu|sigma|phi|omega|"
                     r"eta|tau|rho)(?:_?\d+)?|[A-Za-z](?:_?\d+)?)(?![A-Za-z0-9_])")
_D_NAMED = re.compile(rf"\bd\s*([A-Za-z][A-Za-z0-9_]{{1,9}})\s*/\s*d\s*{_VAR}(?![A-Za-z0-9])")
_PARTIAL = re.compile(
    r"∂\s*(?:\^\s*\(?(\d)\)?)?\s*([A-Za-z])?\s*/\s*((?:∂\s*[A-Za-z](?:_?\d)?\s*(?:\^\s*\(?\d\)?)?\s*)+)"
)
_PRIME = re.compile(r"\b([A-Za-z])('+)(?![A-Za-z])\s*(?:\(\s*([A-Za-z])\s*\)|"
                    r"\(\s*(-?\d+(?:\.\d+)?(?:/\d+)?)\s*\))?")
# "for x > 0", "where x < 0": the sign of a variable (relu, |x| on that side)
_DOMAIN = re.compile(r"\b(?:for|where|when|with|if)\s+([a-z])\s*([<>])\s*0(?![\d.])")
# f(x(t), y(t)), f(x(t)): a function of inner functions of one variable
_COMPOSED = re.compile(r"\b[A-Za-z]\s*\(\s*[a-z]\s*\(\s*([a-z])\s*\)\s*"
                       r"(?:,\s*[a-z]\s*\(\s*\1\s*\)\s*)*\)")
_SUBSCRIPT_PARTIAL = re.compile(r"(?<![A-Za-z])([fgh])_([xyz]{1,3})(?![A-Za-z0-9])")
# what can start a math operand after a word: a bracket, a number, a lone letter, a Greek name
_OPERAND = (r"-?\s*(?:[\[(]|\.?\d|[A-Za-z](?![A-Za-z])|(?:alpha|beta|gamma|theta|phi|pi|omega"
            r"|lambda|mu|sigma)\b|(?:sin|cos|tan|sec|csc|cot|exp|log|ln|sqrt)(?!e\b|ine))")
_FUNC_ALT = "|".join(w.replace(" ", r"\s+") for w in _FUNC_WORDS)
_FN_NAMES = r"(?:sin|cos|tan|sec|csc|cot|log|ln|exp|sqrt|e\s*\^)"
# the one operand of "square of" / "cube of": a bracket, a function of a bracket or a letter,
# a letter (with its index or power; not the article: "square of a number"), a number (with
# one letter: "2x")
_POWER_OPERAND = (r"\((?:[^()]|\([^()]*\))*\)|(?:sin|cos|tan|sec|csc|cot|log|ln|exp|sqrt)\s*"
                  r"(?:\([^()]*\)|[a-z](?![A-Za-z(]))|\d+(?:\.\d+)?(?:\s*[a-z](?![A-Za-z(]))?"
                  r"(?:\s*\^\s*\w+)?|(?!a\s+[A-Za-z]{2})[a-z](?:_?\d)?(?![A-Za-z(])(?:\s*\^\s*\w+)?")
# where the math after it ends: a comma, a question mark, the end, or a word (not an operator)
_POWER_OPERAND_END = (r"\s*(?:[,;?\n)]|$|(?<![A-Za-z])(?!(?:plus|minus|times|over|into|sin|cos|"
                      r"tan|sec|csc|cot|log|ln|exp|sqrt|pi)\b)[A-Za-z]{2,}\b)")
_PHRASES = [
    # caps lock: "D/DX X^2" is d/dX X² (was read as X^2 ÷ D, then × X)
    (re.compile(r"(?<![\w/])D\s*/\s*D(?=\s*[A-Za-z](?![A-Za-z0-9]))"), "d/d"),
    (re.compile(r"\bw\.?\s*r\.?\s*t\.?(?=\s|$|[^A-Za-z])", re.I), " wrt "),
    (re.compile(r"\bwith respect to\b", re.I), " wrt "),
    # "partial wrt y x^2y^2 + xy", "derivative w.r.t. t: t^3 - t": the task words, the one
    # variable, then the function itself (read as "wrt y of ..."); only words before "wrt"
    (re.compile(r"^((?:\s*[A-Za-z]{2,}\b)+\s+wrt\s+[a-z](?:_?\d)?)\s*[,:]?\s+"
                r"(?!(?:of|for|at|in|on|and|or|the|where|when|is|from|about|around|near|to)\b)"
                r"(?=[-(\[\d]|[a-z]+\s*(?:[\^*+/(\d-]|$))(?=[^,;\n]*[\^*+/\d-])"),
     r"\1 of "),
    (re.compile(r"(?<!\^)(?<!\^\s)\b(\d+)\s*(?:st|nd|rd|th)\b", re.I), r" order \1 "),
    (re.compile(r"\b(?:del|nabla)\b", re.I), " grad "),
    (re.compile(r"\bb/w\b", re.I), " between "),
    (re.compile(r"\s&\s|&"), " and "),
    (re.compile(r"(?:^|(?<=[\s,.]))i\s+mean\b", re.I), " "),  # "..., i mean derivative"
    (re.compile(r"\bstd\.?\s*dev(?:iation)?\b|\bstd\b|\bs\.d\.", re.I), " standard deviation "),
    (re.compile(r"\bup\s*-?\s*to\b", re.I), " upto "),
    # e^3x, 2^3x: the power runs on to the letter (x^2y stays x²·y: a letter base is not this)
    # e^ax, e^-kt: a letter and the variable (read as e^(ax); "e^pi", "e^xi" are one name)
    (re.compile(r"(?<![A-Za-z])(e|(?<![0-9.])\d+)\s*\^\s*(-?\d+(?:\.\d+)?\*?[A-Za-z]|"
                r"-?(?!pi|mu|nu|xi|ln|lg)[A-Za-z]{2})"  # e^2xcosx: a function glued on ends it
                r"(?:(?![A-Za-z0-9(^_])|(?=(?:sin|cos|tan|sec|csc|cot|log|ln|sqrt|exp)))"),
     lambda m: _exp_juxtaposed(m)),
    # e^2xy, 2^3ab: where the power ends is anyone's guess (e^(2xy), e^(2x)·y): asked
    (re.compile(r"(?<![A-Za-z])(e|(?<![0-9.])\d+)\s*\^\s*(-?\d+(?:\.\d+)?"
                r"[A-Za-z]{2,})(?![A-Za-z0-9(_])"),
     lambda m: _exp_unclear(m)),
    # "A'" for a matrix A the message types: the transpose (MATLAB, many course notes); f' of
    # a function stays the derivative
    (re.compile(r"(?<![\w'])([A-Z])'(?![a-z0-9_('])"), lambda m: _matrix_prime(m)),
    (re.compile(r"\b(sigmoid|softplus|relu)\s*(?:function\s*)?[:=]?\s+(?=1\s*/|log|ln|max)", re.I),
     lambda m: _label(m)),
    (re.compile(r"\b[1-6]-?d(?=\s+(?:data|points?|vectors?|space|plot)\b)", re.I), " "),
    # "MSE loss L = ...", "cross entropy -y log(p) ...": the name of the loss written after it
    (re.compile(r"\b(?:binary\s+)?cross[\s-]*entropy(?:\s+(?:loss|cost))?\b", re.I), " loss "),
    (re.compile(r"\b(?:MSE|RMSE|SSE|MAE|RSS|BCE|NLL|L2|L1)\s+(?=loss\b|cost\b)"), " "),
    # "jacobian of f(x, y) = ... (row vector)": the shape the Jacobian of one function has
    (re.compile(r"\(\s*(?:as\s+(?:a\s+)?)?row\s+vector\s*\)", re.I),
     lambda m: " ; as a row vector " if re.search(r"(?i)jacobian", m.string) else m.group(0)),
    # "where grad f = 0", "∇f = 0": the critical points
    (re.compile(r"\b(?:grad|gradient)\s*(?:of\s+)?(?:[A-Za-z](?![A-Za-z(]))?\s*=\s*0(?![\d.])",
                re.I), " critical points ; "),
    # "J for f1 = ..., f2 = ...": J of named components is the Jacobian (not a cost J = ...)
    (re.compile(r"(?<![\w=])J\s+(for|of)\s+(?=[A-Za-z]_?1\s*=)"), r" jacobian \1 "),
    (re.compile(r"\|\|([^|]+)\|\|"), lambda m: _norm_bars(m)),
    (re.compile(r"\b(?:e\.g|i\.e|viz)\.?", re.I), " "),
    (re.compile(r"\b(gram|newton|eigen|row|null|gauss|maclaurin|taylor)\s*-\s*", re.I), r"\1 "),
    # "second-order Taylor polynomial", "3rd-degree", "first-order approximation": the order
    # (the hyphen was read as a minus: "the math ends too early")
    (re.compile(r"\b(first|second|third|fourth|fifth|sixth|zeroth|\d+(?:st|nd|rd|th)?)\s*-\s*"
                r"(order|degree)\b", re.I), r"\1 \2"),
    # "square root of x plus 1", "sin of x + 1": how far "of" reaches is open; √x + 1 is taken
    # (as typed math reads), with a button for √(x + 1)
    (re.compile(rf"\b({_FUNC_ALT}|sin|cos|tan|sec|csc|cot|log|ln|exp|sqrt)\s+of\s+"
                r"(\w+(?:\^\w+)?)\s*(\+|-|\bplus\b|\bminus\b)\s*"
                rf"(?!{_FN_NAMES})(\w+(?:\^\w+)?)(?![\w(^])"
                rf"(?!\s*(?:[\d(\[^*/+-]|[A-Za-z]\b|{_FN_NAMES}|[A-Za-z]\w*\s*\())", re.I),
     lambda m: _of_scope(m)),
    # "cube of x minus x squared over 2", "the square of (x + 1)", "square of sin x": the power
    # of the one operand after "of"; with + or - after it, how far "of" reaches is open (the
    # operand alone is taken, the button raises the whole sum), with * / ^ it is asked
    (re.compile(rf"\b(?:the\s+)?(square|cube)\s+of\s+(?:the\s+)?({_POWER_OPERAND})"
                rf"(?:(\s*(?:[-+]|\bplus\b|\bminus\b)[^,;?\n()]*?)(?={_POWER_OPERAND_END})|"
                rf"(?={_POWER_OPERAND_END}|\s*(?:[*/^]|(?:times|into|over)\b)))",
                re.I), lambda m: _power_of(m)),
    # "sine of x", "cosine 2x", "log of x", "square root of x": the function itself
    (re.compile(rf"\b({_FUNC_ALT})\s+(?:of\s+)?(?={_OPERAND})", re.I),
     lambda m: " " + _FUNC_WORDS[" ".join(m.group(1).lower().split())] + " "),
    (re.compile(rf"\b(sin|cos|tan|sec|csc|cot|log|ln|exp|sqrt)\s+of\s+(?={_OPERAND})", re.I),
     r" \1 "),
    # "A times B", "[[1, 2]] into [[3], [4]]": a product sign between two operands
    (re.compile(rf"(?:(?<=[\])\d])|(?<=\b[A-Za-z]))\s*\btimes\b\s*(?={_OPERAND})", re.I),
     " * "),
    (re.compile(r"(?<=[\])])\s*\binto\b\s*(?=[\[(])", re.I), " * "),
    # WhatsApp "4" = "for" between a task word and the math: "hessian 4 x^3 + y^3"
    (re.compile(r"\b(hessian|gradient|grad|jacobian|derivatives?|differentiate|diff|"
                r"eigen\s*values?|eigen\s*vectors?|det|determinant|inverse|inv|rank|transpose|"
                r"taylor|partial|pca|trace|rref|null\s*space|kernel|norm|length|magnitude|"
                r"(?:cross|dot|inner)\s+product|projection|gram\s*schmidt|orthonormal\s+basis|"
                r"critical\s+points|unit\s+vector)"
                r"\s+4\s+(?!\s|(?:terms?|steps?|iterations?|"
                r"components?|times|order|th|dimensions?|points?|by|for|of)\b)", re.I),
     lambda m: _four(m)),
    # iteration targets: "give x1 and x2", "find x1", "x1, x2, x3" of Newton / descent are
    # that many steps; "apply Newton's method once" / "twice" is 1 / 2 steps
    (re.compile(r"\b(?:give|find|compute|calculate|get|show|what\s+(?:is|are))\s+"
                r"(?:the\s+)?((?:(?:[a-z]|theta|θ)_?\d{1,2}\b[\s,]*(?:and\s+)?)+)", re.I),
     lambda m: _iterates(m)),
    (re.compile(r"(?<=\bmethod)\s+(once|twice)\b|(?<=\bnewton)\s+(once|twice)\b", re.I),
     lambda m: f" {1 if (m.group(1) or m.group(2)).lower() == 'once' else 2} steps "),
]

_ITERATIVE = re.compile(r"\b(?:newton|raphson|gradient\s+descent|descent|iteration|iterate)",
                        re.I)


# the math on the other side of "and" beside ||…||: up to a word that ends it
_OTHER_SIDE = re.compile(r"\b(?:for|where|with|given|if|of|find|compute)\b|[,;:\n]")


def _norm_bars(m: re.Match[str]) -> str:
    """``||u - v||``: the norm task of what is inside; beside another piece of math joined by
    "and" (``x^T y and ||x - y||``) it stays an expression, ``|x - y|`` (the norm of a vector),
    so each expression is its own task (``build._one_expression``)."""
    before, after = m.string[:m.start()], m.string[m.end():]
    other = None
    if (b := re.search(r"\band\s*$", before)) is not None:
        other = _OTHER_SIDE.split(before[:b.start()])[-1]
    elif (a := re.match(r"\s*and\b", after)) is not None:
        other = _OTHER_SIDE.split(after[a.end():])[0]
    if other and other.strip() and not re.search(r"[A-Za-z]{3,}", other):
        return f" |{m.group(1)}| "
    return f" norm ({m.group(1)}) "


def _iterates(m: re.Match[str]) -> str:
    """``give x1 and x2`` in a Newton / descent problem: the iterates asked, as steps."""
    named = re.findall(r"([a-z]|theta|θ)_?(\d+)", m.group(1), re.I)
    letters = {name.lower() for name, _ in named}
    found = [int(n) for _, n in named]
    if not _ITERATIVE.search(m.string) or not found or 0 in found or max(found) > 20:
        return m.group(0)
    if len(letters) != 1 or not (letters == {"x"} or re.search(
            rf"(?<![A-Za-z]){re.escape(next(iter(letters)))}_?0\b", m.string, re.I)):
        return m.group(0)  # "w1 and w2" are iterates only where w0 starts them
    return f" {max(found)} steps "


# "J = ∂(u, v)/∂(x, y)" (LaTeX \frac{\partial(u, v)}{\partial(x, y)}): the Jacobian of the
# components named, in the variables below
_JACOBIAN_FRACTION = re.compile(
    r"(?:\b[A-Z]\s*=\s*)?\(*\s*∂\s*\(\s*([A-Za-z]\w?(?:\s*,\s*[A-Za-z]\w?)+)\s*\)\s*\)*"
    r"\s*/\s*\(*\s*∂\s*\(\s*([A-Za-z]\w?(?:\s*,\s*[A-Za-z]\w?)+)\s*\)\s*\)*")


def _jacobian_fraction(m: re.Match[str]) -> str:
    """∂(u, v)/∂(x, y): the Jacobian matrix, said; many texts mean its determinant (the
    button)."""
    took("jdet", f"∂({m.group(1)})/∂({m.group(2)}) is the Jacobian matrix",
         "its determinant")
    word = "" if re.search(r"(?i)jacobian", m.string) else " jacobian "
    if flipped("jdet"):
        return f" {word} determinant of the jacobian wrt ({m.group(2)}) ; "
    return f" {word} wrt ({m.group(2)}) ; "


def _matrix_prime(m: re.Match[str]) -> str:
    """``A'`` with ``A = [[..]]`` (or ``A'`` right before a matrix) is Aᵀ, said."""
    name = m.group(1)
    after = m.string[m.end():]
    if not (re.search(rf"(?<![\w.]){name}\s*=\s*(?:np\.array\s*\(\s*)?\[", m.string)
            or re.match(r"\s*(?:for|of|where|if|with|given)?\s*\[", after)):
        return m.group(0)
    took("prime", f"{name}' is the transpose of the matrix {name}", f"{name}' as a derivative")
    return m.group(0) if flipped("prime") else f" {name}^T "


def _four(m: re.Match[str]) -> str:
    """``hessian 4 x^3``: chat's "4" for "for" (taken), or the factor 4 (the button)."""
    word = m.group(1)
    if flipped("four"):
        took("four", f"“{word} 4 …”: 4 is a factor of the function", "4 = “for”", flip_aware=True)
        return m.group(0)
    took("four", f"“{word} 4 …” is read as “{word} for …”", "4 as a factor", flip_aware=True)
    return f"{word} for "


def _exp_unclear(m: re.Match[str]) -> str:
    """``e^2xy``, ``2^3ab``, ``e^2pi``: where the power ends is a guess either way, so ask."""
    from .lexer import GREEK_NAMES

    base, power = m.group(1), m.group(2)
    digits = re.match(r"-?[\d.]+", power).group(0)
    if power[len(digits):].lower() in GREEK_NAMES:  # e^2pi: e^(2π) or e²·π
        head, rest = digits, power[len(digits):]
    else:  # e^2xy: e^(2xy) or e^(2x)·y
        head, rest = power[:len(digits) + 1], power[len(digits) + 1:]
    raise ParseError(f"In “{m.group(0).strip()}” I can't tell where the power ends: "
                     f"{base}^({power}) or {base}^({head})·{rest}?",
                     f"Add brackets, e.g. {base}^({power}) or {base}^({head})*{rest}.")


def _exp_juxtaposed(m: re.Match[str]) -> str:
    """``e^3x``, ``e^-2x``, ``2^3x``: students mean e^(3x); the other reading is one button
    away."""
    base, power = m.group(1), m.group(2)
    shown = f"{base}^{' '.join(power.split())}"
    head = power[:-1].rstrip("* ")  # e^3x: 3; e^ax: a
    if flipped("exp"):
        took("exp", f"{shown} is read as {base}^{head} · {power[-1]}",
             f"{base}^({power.strip('()')})", flip_aware=True)
        return m.group(0)
    took("exp", f"{shown} is read as {base}^({power.replace('(', '').replace(')', '')})",
         f"{base}^{head}·{power[-1]}", flip_aware=True)
    return f"{base}^({power.replace('(', '').replace(')', '')})"


def _of_scope(m: re.Match[str]) -> str:
    """``sqrt of x plus 1``: √x + 1 (taken) or √(x + 1) (the button)."""
    word, a, b = " ".join(m.group(1).lower().split()), m.group(2), m.group(4)
    fn = _FUNC_WORDS.get(word, word)
    op = {"plus": "+", "minus": "-"}.get(m.group(3).lower(), m.group(3))
    shown = {"sqrt": "√"}.get(fn, fn)
    if flipped("of"):
        took("of", f"“{m.group(0).strip()}” is read as {shown}({a} {op} {b})",
             f"{shown}({a}) {op} {b}", flip_aware=True)
        return f" {fn}({a} {op} {b}) "
    took("of", f"“{m.group(0).strip()}” is read as {shown}({a}) {op} {b}",
         f"{shown}({a} {op} {b})", flip_aware=True)
    return f" {fn}({a}) {op} {b} "


def _power_of(m: re.Match[str]) -> str:
    """``cube of x minus x^2/2``: x³ − x²/2 (taken) or (x − x²/2)³ (the button); ``square of
    x/2``: (x/2)² or x²/2 is asked; ``cube of x`` alone is x³."""
    n = 2 if m.group(1).lower() == "square" else 3
    a, tail = m.group(2), m.group(3)
    after = m.string[m.end():].lstrip()
    if after[:1] in ("*", "/", "^") or re.match(r"(?:times|into|over)\b", after):
        rest = " ".join(re.match(rf"(.*?)(?={_POWER_OPERAND_END})", after).group(1).split())
        raise ParseError(f"How far does “{m.group(1)} of” reach in “{m.group(0).strip()} "
                         f"{rest}”: ({a})^{n} {rest} or ({a} {rest})^{n}?",
                         f"Add brackets, e.g. ({a} {rest})^{n}.")
    if not tail:
        return f" ({a})^{n} "
    body = " ".join(tail.replace("plus", "+").replace("minus", "-").split())
    if body in ("+", "-"):  # "square of x plus cube of x": the next word starts a term
        return f" ({a})^{n} {body} "
    if flipped("ofpow"):
        took("ofpow", f"“{m.group(0).strip()}” is read as ({a} {body})^{n}",
             f"({a})^{n} {body}", flip_aware=True)
        return f" ({a} {body})^{n} "
    took("ofpow", f"“{m.group(0).strip()}” is read as ({a})^{n} {body}",
         f"({a} {body})^{n}", flip_aware=True)
    return f" ({a})^{n} {body} "


def _label(m: re.Match[str]) -> str:
    """``sigmoid 1/(1+e^-x)``: the name of the function written out after it, not sigmoid(1).
    ``log(sigmoid(x)), sigmoid = 1/(1+e^-x)``: with the name called elsewhere, ``=`` defines
    it (``items`` checks the definition is the usual one and reads the calls)."""
    name = re.escape(m.group(1))
    if "=" in m.group(0) and re.search(rf"(?i)\b{name}\s*\(", m.string):
        return m.group(0)
    took("label", f"“{m.group(1)}” is a name for the formula after it",
         f"{m.group(1)} applied to it")
    return m.group(0) if flipped("label") else " "


_N_TERMS = re.compile(  # "first 3 terms", "upto 3 terms", "1/(1-x) 4 terms" (the 4 is no factor)
    r"(?:\bfirst\s+|\b(?:upto|till|until)\s+|(?<=[\s,])(?<![-+*/^=(]\s))"
    r"(\d+|one|two|three|four|five|six)\s+"
    r"(non\s*-?\s*zero\s+|nonzero\s+)?terms?\b(?:\s+of)?", re.I)


def notation(text: str) -> tuple[str, Hints]:
    """Rewrite derivative notation as words; ``Hints`` keeps what it said."""
    hints = Hints()
    text = word_math(text)
    if "∂" in text:
        text = sub(_JACOBIAN_FRACTION, _jacobian_fraction, text)
    for pattern, repl in _PHRASES:
        text = sub(pattern, repl, text)

    def n_terms(m: re.Match[str]) -> str:
        word = m.group(1).lower()
        n = int(NUMBER_WORDS.get(word, word))
        tail = " series of " if (m.group(0).rstrip().endswith("of")) else " series "
        if not m.group(2):  # "first 3 terms": non-zero terms, unless the button says not
            took("terms", f"{n} terms means {n} non-zero terms", f"terms up to x^{n - 1}")
            if flipped("terms"):
                hints.order = max(n - 1, 0)
                return tail
        hints.n_terms = n
        return tail

    text = sub(_N_TERMS, n_terms, text)

    def high(m: re.Match[str]) -> str:
        hints.order, hints.dependent = int(m.group(1)), m.group(2)
        hints.orders.append(hints.order)
        hints.wrt.append(m.group(3))
        return " derivative ; "

    def two(m: re.Match[str]) -> str:
        hints.order, hints.dependent = int(m.group(1)), m.group(2)
        hints.orders.append(hints.order)
        hints.wrt.append(m.group(3))
        return " derivative ; "

    def op(m: re.Match[str]) -> str:
        hints.orders.append(1)
        hints.wrt.append((m.group(1) or m.group(2)).replace("_", ""))
        hints.firsts.append(hints.wrt[-1])
        return " derivative ; "

    def frac(m: re.Match[str]) -> str:
        hints.orders.append(1)
        hints.dependent = m.group(1)
        hints.wrt.append(m.group(2).replace("_", ""))
        hints.firsts.append(hints.wrt[-1])
        return " derivative ; "

    def partial(m: re.Match[str]) -> str:
        hints.partial, hints.dependent = True, m.group(2)
        hints.separate += 1
        group: list[str] = []
        for var, power in re.findall(r"∂\s*([A-Za-z](?:_?\d)?)\s*(?:\^\s*\(?(\d)\)?)?",
                                     m.group(3)):
            group.extend([var.replace("_", "")] * int(power or 1))
        hints.wrt.extend(group)
        hints.groups.append(group)
        return " partial ; "

    def prime(m: re.Match[str]) -> str:
        hints.prime, hints.dependent = True, m.group(1)
        hints.order = len(m.group(2))
        hints.orders.append(hints.order)
        if m.group(3):
            hints.wrt.append(m.group(3))
        if m.group(4):  # f'(2): the derivative at 2
            return f" derivative at {m.group(4)} ; of "
        return " derivative ; "

    def subscript(m: re.Match[str]) -> str:
        """``f_x``, ``f_xy`` for a function f the message defines: partial derivatives."""
        if not re.search(rf"(?<![A-Za-z]){m.group(1)}\s*(?:\([^()]*\))?\s*=", text):
            return m.group(0)
        hints.partial, hints.dependent = True, m.group(1)
        hints.separate += 1
        hints.wrt.extend(m.group(2))
        hints.groups.append(list(m.group(2)))
        return " partial ; "

    def domain(m: re.Match[str]) -> str:
        hints.signs[m.group(1)] = 1 if m.group(2) == ">" else -1  # "for x > 0"
        return " "

    text = sub(_DOMAIN, domain, text)

    def dims(m: re.Match[str]) -> str:
        hints.dims = int(m.group(1))
        return " "

    text = sub(r"\b([1-6])-?d(?=\s+(?:taylor|maclaurin)\b)", dims, text, flags=re.I)

    def composed(m: re.Match[str]) -> str:
        """f(x(t), y(t)) with x = ..., y = ... given: the chain rule in t."""
        t = m.group(1)
        inner = re.findall(rf"([a-z])\s*\(\s*{t}\s*\)", m.group(0))
        rest = text[:m.start()] + text[m.end():]
        if not all(re.search(rf"(?<![A-Za-z]){v}\s*(?:\(\s*{t}\s*\))?\s*=(?!=)", rest)
                   for v in inner):
            return m.group(0)
        outer = re.match(r"\s*([A-Za-z])", m.group(0))
        if outer and re.search(rf"(?<![A-Za-z]){outer.group(1)}\s*\(\s*[a-z]\s*\)\s*=(?!=)",
                               rest):
            return m.group(0)  # f(g(x)) where f(u) = .. and g(x) = ..: each put in (items)
        hints.wrt.append(t)
        return " chain rule ; "

    text = sub(_COMPOSED, composed, text)
    named = _orders_named(text)
    text = sub(_D_HIGH, high, text)
    text = sub(_D_TWO, two, text)
    text = sub(_D_OP, op, text)
    text = sub(_D_FRAC, frac, text)
    def defined_name(m: re.Match[str]) -> str:
        """dMSE/dw, dloss/dw: the derivative of a multi-letter name the message defines."""
        name = m.group(1)
        if not (name.lower() in ("loss", "cost", "error") or re.search(
                rf"(?<![A-Za-z]){re.escape(name)}\s*(?:\([^()]*\))?\s*=(?!=)", text)):
            return m.group(0)
        hints.orders.append(1)
        hints.dependent = name
        hints.wrt.append(m.group(2).replace("_", ""))
        return " derivative ; "

    text = sub(_D_NAMED, defined_name, text)
    text = sub(_PARTIAL, partial, text)
    text = sub(_PRIME, prime, text)
    text = sub(_SUBSCRIPT_PARTIAL, subscript, text)
    if len(set(hints.orders)) > 1:
        hints.orders = named  # in the order written, not the order of the patterns
    # possessives: "today's lecture", "Newton's method", "the students' marks" (a word of
    # two letters or more: "A's" and "f'" stay)
    text = sub(r"(?<=[A-Za-z]{2})['’]s\b|(?<=[A-Za-z]{2}s)['’](?=\s)", "", text)
    text = sub(r"(?<=[A-Za-z])['’](?=[A-Za-z])", "", text)  # contractions: what's, don't
    if "∂" in text:
        raise ParseError("I could not read that partial derivative.", "Write it like ∂f/∂x.")
    if re.search(r"['\"`]", text):
        raise ParseError("I can't read quotes (strings) in a problem.",
                         "Write the math directly, e.g. det [[1, 2], [3, 4]].")
    return text, hints


def _orders_named(text: str) -> list[int]:
    """The order of each derivative notation (d/dx, d^2/dx^2, f'') in the order written."""
    spots: list[tuple[int, int, int]] = []
    for pattern, order in ((_D_HIGH, lambda m: int(m.group(1))),
                           (_D_TWO, lambda m: int(m.group(1))), (_D_OP, lambda m: 1),
                           (_D_FRAC, lambda m: 1), (_PRIME, lambda m: len(m.group(2)))):
        for m in pattern.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b, _o in spots):
                spots.append((m.start(), m.end(), order(m)))
    return [o for _a, _b, o in sorted(spots)]


# (phrase, kind, priority): the most specific phrase wins, then the earliest.
_TABLE: list[tuple[str, str, int]] = [
    ("gradient descent", "gradient_descent", 10), ("learning rate", "gradient_descent", 6),
    ("newton raphson", "newton", 10), ("newton", "newton", 9), ("raphson", "newton", 9),
    ("nr", "newton", 9), ("gd", "gradient_descent", 10),
    ("chain rule", "chain_rule", 9), ("dot product", "dot", 9), ("inner product", "dot", 9),
    ("scalar product", "dot", 9), ("dot", "dot", 7), ("angle", "angle", 8),
    ("null space", "nullspace", 9), ("nullspace", "nullspace", 9), ("kernel", "nullspace", 9),
    ("eigenvectors", "eigenvectors", 9), ("eigenvector", "eigenvectors", 9),
    ("eigenspace", "eigenvectors", 9), ("diagonalize", "eigenvectors", 9),
    ("diagonalise", "eigenvectors", 9), ("eigenvalues", "eigenvalues", 8),
    ("eigenvalue", "eigenvalues", 8), ("eigen", "eigenvalues", 8),
    ("characteristic", "eigenvalues", 8), ("gram schmidt", "gram_schmidt", 10),
    ("schmidt", "gram_schmidt", 10), ("orthonormal", "gram_schmidt", 9),
    ("orthonormalize", "gram_schmidt", 9), ("orthogonalize", "gram_schmidt", 9),
    ("cross product", "cross", 10), ("vector product", "cross", 10), ("cross", "cross", 8),
    ("distance", "distance", 8), ("linearly independent", "rank", 7),
    ("linearly dependent", "rank", 7), ("independent", "rank", 6), ("dependent", "rank", 6),
    ("pca", "pca", 10), ("principal", "pca", 10), ("rref", "rref", 9), ("echelon", "rref", 9),
    ("row reduce", "rref", 9), ("gauss jordan", "rref", 8), ("rank", "rank", 8),
    ("trace", "trace", 8), ("determinant", "det", 8), ("det", "det", 8), ("inverse", "inverse", 8),
    ("invert", "inverse", 8), ("inv", "inverse", 8), ("transpose", "transpose", 8),
    ("multiply", "multiply", 6), ("multiplication", "multiply", 6),
    ("product", "multiply", 5), ("add", "add", 5),
    ("sum", "add", 4), ("subtract", "add", 5), ("difference", "add", 5),
    ("system", "solve_system", 6),
    ("simultaneous", "solve_system", 7), ("equations", "solve_system", 5),
    ("norm", "norm", 7), ("magnitude", "norm", 7), ("length", "norm", 6),
    ("modulus", "norm", 6), ("unit vector", "unit_vector", 9), ("normalize", "unit_vector", 8),
    ("normalise", "unit_vector", 8), ("project", "projection", 8), ("projection", "projection", 8),
    ("scalar projection", "scalar_projection", 10),
    ("jacobian", "jacobian", 9), ("hessian", "hessian", 9), ("taylor", "taylor", 9),
    ("maclaurin", "taylor", 9), ("linearize", "taylor", 8), ("linearise", "taylor", 8),
    ("linearization", "taylor", 8), ("linearisation", "taylor", 8),
    ("linear approximation", "taylor", 8), ("quadratic approximation", "taylor", 8),
    ("critical", "critical_points", 9), ("stationary", "critical_points", 9),
    ("turning", "critical_points", 9), ("extrema", "critical_points", 8),
    ("maxima", "critical_points", 8), ("minima", "critical_points", 8),
    ("maximum", "critical_points", 7), ("minimum", "critical_points", 7),
    ("maximize", "critical_points", 7), ("minimize", "critical_points", 7),
    ("maximise", "critical_points", 7), ("minimise", "critical_points", 7),
    ("gradient", "gradient", 7), ("grad", "gradient", 7), ("partial", "partial", 7),
    ("derivative", "derivative", 6), ("derivatives", "derivative", 6),
    ("differentiate", "derivative", 6), ("diff", "derivative", 6), ("slope", "derivative", 5),
    ("rate of change", "derivative", 5), ("solve", "solve", 3),
    ("mean", "mean", 4), ("average", "mean", 5), ("variance", "variance", 7),
    ("standard deviation", "variance", 7), ("covariance", "covariance", 6),
]
VOCAB = sorted({w for phrase, _, _ in _TABLE for w in phrase.split()} | VOCAB_WORDS)


@lru_cache(maxsize=4096)
@lru_cache(maxsize=4096)  # a pure lookup; the fuzzy match is the costly part, once per word
def canonical(word: str) -> str:
    """The vocabulary word a (possibly misspelt) word stands for, or the word itself."""
    low = word.lower()
    low = _MISSPELT.get(low, low)
    if low in VOCAB or low in MEANING or low in FOR_KINDS or low in DESCRIBED_WORDS or len(
            low) < 5:
        return low
    if low in FILLER and low not in _FILLER_FORMS:
        return low  # "meant" is not "mean"
    best = process.extractOne(low, VOCAB, scorer=fuzz.ratio, score_cutoff=_CLOSE)
    return best[0] if best else low


# filler words that are forms of vocabulary words (read as them, as before)
_FILLER_FORMS = frozenset({"equation", "point", "reduced"})
_CLOSE = 82  # how close (rapidfuzz ratio) a typo is to the word it is read as
# the kind a one-word phrase names ("hessian" -> hessian); other words name no kind
_KIND_OF = {phrase: kind for phrase, kind, _p in _TABLE if " " not in phrase}


def rival_guesses(word: str) -> list[str]:
    """The words of different kinds that a typo is about as close to as the one ``canonical``
    takes (within 5 points of it): empty when the guess is clear. ``covariances`` is
    covariance (95), far ahead of variance (84); a word as close to two kinds is asked back."""
    found = process.extract(word.lower(), VOCAB, scorer=fuzz.ratio, score_cutoff=_CLOSE,
                            limit=6)
    if not found:
        return []
    top = found[0][1]
    near = [w for w, score, _i in found if score >= top - 5]
    kinds = {_KIND_OF.get(w, w) for w in near}
    return near if len(kinds) > 1 else []

# "subtract A from B", "subtract B from A where ...": the second operand minus the first
_SUBTRACT_FROM = re.compile(r"\bsubtract\b(?:(?!\bfrom\b).)+?\bfrom\b", re.I | re.S)

# ÷(N − 1) only when asked for by name: "sample (co)variance", "unbiased", "N − 1", Bessel;
# "each point is one sample", "rows are samples" say what the data are (÷N, the course's)
_SAMPLE = re.compile(r"\bsample\s+(?:co)?var(?:iance)?s?\b|\bsample\s+(?:std|standard\s+"
                     r"deviation|cov)\b|\bunbiased\b|\bbessel|\b[nN]\s*[-−]\s*1\b", re.I)


@dataclass
class Intent:
    kind: str | None = None
    order: int | None = None
    scoped: str = ""  # the word that set the order ("a linear approximation"), if one did
    covariance: bool = False
    subtract: bool = False
    subtract_from: bool = False  # "subtract A from B": B − A (the operands swap)
    plot: bool = False
    projection_matrix: bool = False
    sample: bool = False  # "sample variance": divide by N − 1
    # "variance, sample variance and standard deviation": each task's (÷(N − 1), √) in order
    spreads: list[tuple[bool, bool]] = field(default_factory=list)
    # "L1 norm and L2 norm of v", "||x||_1 and ||x||_2": each norm task's order, in order
    norms: list[int | str] = field(default_factory=list)
    std: bool = False  # "standard deviation"
    words: list[str] = field(default_factory=list)
    also: list[str] = field(default_factory=list)  # "det and inverse": the other tasks
    orders: list[int] = field(default_factory=list)  # "first and second derivative": [1, 2]
    task: int = 1  # which of several tasks of one kind (``partial.2``: the second partial)
    forced: bool = False  # read for one task named by the caller (solve, a bot button)
    inside: list[str] = field(default_factory=list)  # named and shown by the kind's answer
    task_used: bool = False  # the reading found the task-th task (else it is not there)
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # kind phrases found
    before: str | None = None  # "unit vector of v: first find its norm": the norm first
    commas: list[int] = field(default_factory=list)  # where a comma stood in the words' text


# a kind that already answers another ("eigenvalues and eigenvectors": the eigenvectors
# solver shows both); the kinds a phrase may name besides the one asked
_COVERS = {"eigenvectors": {"eigenvalues"},
           "gradient_descent": {"gradient", "derivative", "critical_points"},
           "newton": {"derivative"}, "chain_rule": {"derivative", "partial"},
           "critical_points": {"gradient", "derivative", "partial", "hessian"},
           "hessian": {"partial"}, "jacobian": {"partial"}, "gradient": {"partial"},
           "higher_derivative": {"derivative"}, "partial": {"derivative"},
           "taylor": {"derivative"}, "loss_gradient": {"gradient"},
           "projection": {"dot", "gram_schmidt"}, "scalar_projection": {"dot", "norm"},
           "pca": {"covariance", "eigenvectors", "eigenvalues", "mean", "projection"},
           "inverse": {"rref"}, "solve_system": {"rref", "solve", "inverse"},
           "covariance": {"variance"}}
for _k in ("det", "inverse", "rank", "eigenvalues", "eigenvectors", "transpose", "rref",
           "trace"):
    _COVERS[_k] = {*_COVERS.get(_k, ()), "covariance"}  # "eigenvalues of the covariance matrix"
# covered, and still one answer when both are named: the eigenvectors solver gives the values
_INSIDE = {("eigenvectors", "eigenvalues")}
_ORDINAL = r"(first|second|third|fourth|fifth|double|triple)"
# a degree word as the scope of a Taylor polynomial ("the cubic term", "quadratic taylor"),
# not a word about the function ("the cubic x^3 + x")
DEGREE_SCOPE = re.compile(r"\b(" + "|".join(DEGREE_WORDS) + r")\s+(?:terms?|approximation|"
                          r"approx|taylor|maclaurin|polynomial|expansion|order|series)\b")
# "first and second derivative", "derivative aur second derivative dono", "f' and f''"
_TWO_ORDERS = (re.compile(rf"\b{_ORDINAL}(?:\s+(?:and\s+|aur\s+|,\s*)?(?:the\s+|its\s+)?"
                          rf"{_ORDINAL})+\s+(?:order\s+)?(?:partial\s+)?derivatives?\b"),
               re.compile(rf"\bderivatives?\s+(?:and|aur)\s+(?:the\s+|its\s+|also\s+)?"
                          rf"{_ORDINAL}\s+(?:order\s+)?derivatives?\b"))


_BY_LENGTH = sorted(_TABLE, key=lambda t: -len(t[0]))
_NUMBERED = ("norm",)  # named twice with "and": two tasks of the kind (tasks.own_items)
_ARTICLES = {"the", "its", "their", "a", "an"}
_TOO = {"bhi", "too", "also"}
# kinds also named as the way to work ("by the chain rule")
_METHODS = ("chain_rule",)  # after a task word: one task more ("det bhi batao")


def _kind_spans(text: str) -> list[tuple[int, int, str]]:
    """Non-overlapping kind phrases of the words, longest first, in text order."""
    found: list[tuple[int, int, str]] = []
    taken = bytearray(len(text) + 1)
    for phrase, kind, _prio in _BY_LENGTH:
        if phrase not in text:
            continue
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", text):
            if not any(taken[m.start():m.end()]):
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
                found.append((m.start(), m.end(), kind))
                if len(found) > 20:  # "eigen eigen eigen ...": enough to decide
                    return sorted(found)
    return sorted(found)


# "..., also what is f'(x)?", "also give the gradient": words that may stand between "also"
# and the task it names
_ASKING = {"what", "is", "are", "give", "compute", "calculate", "tell", "me", "show", "write",
           "get", "find", "us", "do", "can", "you", "please", "pls", "plz", "state", "list",
           "about", "bhi", "batao", "nikalo", "chahiye", "karo", "kya", "hai", "hoga", "too"}


def _also_named(between: list[str]) -> bool:
    """Is the kind phrase after ``between`` (the words since the kind phrase before it) a task
    of its own, named after "also" ("critical points of f, also the derivative")? A kind that
    another one covers (the critical points show the gradient) is still asked for here."""
    if "also" not in between:
        return False
    after = between[len(between) - between[::-1].index("also"):]
    return set(after) <= _JOINERS | _ASKING


def _also(intent: Intent, text: str) -> None:
    """Other tasks joined by "and": ``det and inverse of A``, ``gradient and hessian``."""
    spans = [s for s in _kind_spans(text) if s[2] not in ("solve", "multiply")]
    # "partial derivatives f_x and f_y": one phrase (its "derivatives" is not another task:
    # it was answered as the mixed partial ∂²f/∂x∂y, a problem not asked)
    spans = [s for n, s in enumerate(spans) if not (
        n and s[2] == "derivative" and spans[n - 1][2] == "partial"
        and not text[spans[n - 1][1]:s[0]].strip())]
    # "please show the chain rule steps", "using the chain rule": the method, not a task
    spans = [(a, b, k) for a, b, k in spans if not (k in _METHODS and k != intent.kind and (
        text[b:].split()[:1] in (["steps"], ["step"], ["method"], ["working"]) or
        text[:a].split()[-2:][-1:] in (["using"], ["use"], ["by"], ["via"], ["apply"],
                                      ["applying"]) or text[:a].split()[-2:] in (
            ["using", "the"], ["use", "the"], ["by", "the"], ["via", "the"], ["apply", "the"])))]
    intent.spans = spans
    pairs = list(itertools.pairwise(spans))
    joined = [False] * len(pairs)
    for n in range(len(pairs) - 1, -1, -1):  # "dot product, cross product and angle": a list
        between = set(text[pairs[n][0][1]:pairs[n][1][0]].split())
        # "the gradient, the critical points and the hessian" (the commas are gone from the
        # words): an article between two kind phrases is a list too
        listed = between <= _ARTICLES or (between <= {"of", "the"} and pairs[n][0][2] == pairs[
            n][1][2] in _NUMBERED)  # "norm of u, norm of v and ..."
        after = text[pairs[n][1][1]:].split()[:2]  # "trace bhi", "the det as well"
        named = bool({"and", "aur", "then", "first"} & between) or (
            {"what", "about"} <= between) or (after[:1] and after[0] in _TOO) or (
            after == ["as", "well"]) or (
            listed and n + 1 < len(pairs) and joined[n + 1]) or (
            between <= _ARTICLES and any(
                pairs[n][0][1] <= c <= pairs[n][1][0] for c in intent.commas))  # "rank, nullspace"
        seq = text[pairs[n][0][1]:pairs[n][1][0]].split()
        if pairs[n][0][2] == "distance" and "between" in seq and seq[
                seq.index("between"):].count("and") >= 2:
            between -= {"between"}  # "distance between A and B and the norm of ..."
            # (the angle's is asked back: tests/test_parse_backlog.py)
        # ("the Hessian there, and tell me the gradient": "there" is the Hessian's point)
        joined[n] = (named and between <= _JOINERS | _ASKING | {"there"}) or _also_named(seq)
    seen = {spans[0][2]: 1} if spans else {}
    for ((_a, _b, k1), (_c, _d, k2)), ok in zip(pairs, joined, strict=True):
        seen[k2] = seen.get(k2, 0) + 1
        if k1 == k2 and ok and k1 in _NUMBERED and seen[k2] > 1:
            intent.also.append(f"{k2}.{seen[k2]}")  # "norm of u and norm of v": norm.2
        if k1 != k2 and ok and "first" in text[_b:_c].split()[:-1] and "then" not in text[
                _b:_c].split() and {"its", "the"} & set(text[_b:_c].split()):
            # ("first find its norm"; never the ordinal of "the first derivative")
            intent.before = k2  # "unit vector along v: first find its norm": named first
        if k1 != k2 and ok:
            # named with "and", a covered kind is still its own task ("critical points and
            # hessian"), unless the one answer shows both (eigenvalues and eigenvectors)
            for k in (k1, k2):
                if (intent.kind, k) in _INSIDE and k not in intent.inside:
                    intent.inside.append(k)  # eigenvalues and eigenvectors: one answer
                elif k != intent.kind and k not in intent.also and (
                        intent.kind, k) not in _INSIDE:
                    intent.also.append(k)
    _in_order(intent)


def _in_order(intent: Intent) -> None:
    """The tasks in the order the student named them: ``rank and nullspace`` is the rank
    first (the most specific phrase decides the kind; the order of the answers is the
    student's)."""
    first: dict[str, int] = {}
    count: dict[str, int] = {}
    for a, _b, k in intent.spans:
        first.setdefault(k, a)
        count[k] = count.get(k, 0) + 1
        first.setdefault(f"{k}.{count[k]}", a)  # norm.2: where the second norm is named
    if not intent.also or intent.kind not in first:
        return
    if intent.before in first:  # "..., first find its norm"
        first[intent.before] = -1
    tasks = sorted([intent.kind, *intent.also], key=lambda k: first.get(k, 1 << 30))
    intent.kind, intent.also = tasks[0], tasks[1:]


def force_task(intent: Intent, task: str) -> None:
    """Read the message for one task: a kind (``inverse``) or the n-th task of a kind
    (``derivative.2``: the second derivative named, ``partial.2``: the second partial)."""
    kind, _, n = task.partition(".")
    intent.kind, intent.also, intent.forced, intent.inside = kind, [], True, []
    intent.task = int(n) if n.isdigit() else 1


def conflicting(intent: Intent, kind: str | None) -> list[str]:
    """Kinds the words name that the reading neither answers, covers nor offers ("sum of the
    eigenvalues": the sum would be dropped): the parser asks which one was meant."""
    known = {kind, intent.kind, *intent.also, *_COVERS.get(kind or "", ()),
             *_COVERS.get(intent.kind or "", ()), *intent.inside,
             *(c for k in intent.also for c in _COVERS.get(k, ()))}  # "det, then eigenvectors"
    return sorted({k for _a, _b, k in intent.spans} - known - {None})


def detect(words: list[str], commas: frozenset[int] = frozenset()) -> Intent:
    """The intent in the text words of a message (already canonical); ``commas``: the
    indices of the words a comma follows ("rank, nullspace of A": a list of two tasks)."""
    text = " ".join(w + ("\x00" if n in commas else "") for n, w in enumerate(words))
    for joined, single in _JOINED.items():
        text = text.replace(joined, single)
    intent = Intent()
    while (at := text.find("\x00")) >= 0:
        intent.commas.append(at)
        text = text[:at] + text[at + 1:]
    words = text.split()
    intent.words = words
    best: tuple[int, int] | None = None
    for phrase, kind, prio in _TABLE:
        if phrase not in text:  # most phrases are not there: no pattern built or run
            continue
        m = re.search(rf"\b{re.escape(phrase)}\b", text)
        if m and (best is None or (prio, -m.start()) > best):
            best, intent.kind = (prio, -m.start()), kind
    if intent.kind is None and "expand" in words and {
            "upto", "till", "until", "order", "series"} & set(words):  # ("4 terms": series)
        intent.kind = "taylor"  # "expand e^(-x^2) upto x^4": a Taylor polynomial, not algebra
    if intent.kind is None and {"series", "expansion"} & set(words) and {
            "upto", "till", "until", "order"} & set(words) and not {
            "sum", "fourier", "geometric", "arithmetic", "converge", "converges"} & set(words):
        intent.kind = "taylor"  # "series of cos(2x) upto 4th order": the Taylor series (said)
        said("I took “series” as the Taylor series")
    if "zero" in words and ("gradient" in words or "grad" in words) and "where" in words:
        intent.kind = "critical_points"
    for word, n in _ORDINALS.items():
        if word in words:
            intent.order = n
    for pattern in _TWO_ORDERS:
        if (m := pattern.search(text)) and re.search(r"\b(?:and|aur)\b", m.group(0)):
            named = [_ORDINALS[w] for w in re.findall(_ORDINAL, m.group(0))]
            intent.orders = [1, *named] if len(named) == 1 else named
            intent.order = intent.orders[0]
    if "linearize" in text or "linearise" in text or "linear approximation" in text or (
            "linearization" in text or "linearisation" in text):
        _scope(intent, 1, "a linear approximation")
    if "quadratic approximation" in text:
        _scope(intent, 2, "a quadratic approximation")
    if intent.kind == "taylor" and (m := DEGREE_SCOPE.search(text)):
        _scope(intent, DEGREE_WORDS[m.group(1)], f"the {m.group(1)} term")  # "cubic term": 3
    intent.covariance = "covariance" in words
    intent.subtract = "subtract" in words or "minus" in words or "difference" in words
    intent.subtract_from = bool(_SUBTRACT_FROM.search(text))
    intent.projection_matrix = "projection matrix" in text
    intent.sample = bool(_SAMPLE.search(text))
    intent.std = "standard deviation" in text
    intent.plot = bool(words) and words[0] in ("plot", "graph", "draw", "sketch")
    _also(intent, text)
    _orders_listed(intent, text)
    _spreads(intent, text)
    return intent


def _orders_listed(intent: Intent, text: str) -> None:
    """"the derivative, the critical points and the second derivative of f": derivatives of
    different orders named apart in one list are a task each (the orders in the order named),
    never the first one covered by the second."""
    spans = [(a, b) for a, b, k in intent.spans if k == "derivative"]
    if intent.orders or len(spans) < 2 or intent.kind not in ("derivative", *intent.also):
        return
    orders = []
    for a, _b in spans:
        before = text[:a].split()[-1:]
        if before == ["partial"]:
            return
        orders.append(_ORDINALS.get(before[0], 1) if before else 1)
    if len(set(orders)) == len(orders):
        intent.orders, intent.order = orders, orders[0]


def _scope(intent: Intent, order: int, said: str) -> None:
    """The order a scope word says ("linearise": 1, "the cubic term": 3); another order said
    too ("linearise ... (second order taylor)") is asked back, never one of them dropped."""
    if intent.order is not None and intent.order != order:
        raise ParseError(f"You ask for order {intent.order} and for {said} (order {order}): "
                         "which one?", "Say one, e.g. 'taylor of e^x up to x^3'.")
    intent.order, intent.scoped = order, said


# a norm named after the lexicon's rewrites: "manhattan norm" (L1), "chebyshev norm" (max),
# "norm" (Euclidean, L2)
_NORM_NAMED = re.compile(r"\b(?:(manhattan|chebyshev)\s+)?norm\b|(?<!\|)\|[^|\n]+\|(?!\|)")
_NORM_ORD: dict[str, int | str] = {"manhattan": 1, "chebyshev": "inf", "": 2}


def norm_tasks(intent: Intent, text: str) -> None:
    """"L1 norm and L2 norm of v", "||x||_1 and ||x||_2 for x = ...", "l1, l2 and max norm":
    one norm task per norm named (``norm``, ``norm.2``, ...), in the order named, each with
    its order (``intent.norms``). The same norm twice, or one alone, is read as before.
    ``text`` is the whole message (typed bars ``||x||_2`` are math, not words)."""
    if intent.kind != "norm" or not re.search(r"\b(?:and|aur)\b|,", text):
        return
    ords = [_NORM_ORD[m.group(1) or ""] for m in _NORM_NAMED.finditer(text)]
    if len(ords) < 2 or len(set(ords)) != len(ords) or "distance" in intent.words:
        return
    intent.norms = ords
    # one id per norm typed, in the order typed ("Sir my question is about norms. .. the L1
    # norm, the L2 norm and the max norm": the word "norms" is no norm of its own)
    ids = [f"norm.{n}" for n in range(2, len(ords) + 1)]
    at = [n for n, k in enumerate(intent.also) if k.startswith("norm.")]
    if len(at) == len(ids):
        for n, k in zip(at, ids, strict=True):
            intent.also[n] = k
    else:
        intent.also = [k for k in intent.also if not k.startswith("norm.")] + ids


_SPREAD = re.compile(r"\b(sample\s+|unbiased\s+|population\s+)?(variance|covariance|"
                     r"standard\s+deviation|std)\b")


def _spreads(intent: Intent, text: str) -> None:
    """"variance and sample variance", "variance and standard deviation", "mean, variance,
    sample variance and standard deviation of 2, 4, 6": one task of the variance kind per
    statistic named (``variance``, ``variance.2``, ...), in the order named, each with its own
    divisor and root (``intent.spreads``). A root named without a divisor, beside a sample
    variance and no plain one, is the sample's ("sample variance and standard deviation")."""
    named = list(_SPREAD.finditer(text))
    found = [(m.group(2), (m.group(1) or "").strip()) for m in named]
    kinds = {"covariance" if k == "covariance" else "variance" for k, _w in found}
    if len(found) < 2 or len(kinds) != 1 or not (re.search(r"\b(?:and|aur)\b|,", text)
                                                  or intent.commas):  # "variance, std of .."
        return
    kind = kinds.pop()
    if kind not in (intent.kind, *intent.also):
        return
    tasks = [(w in ("sample", "unbiased"), k in ("standard deviation", "std")) for k, w in found]
    plain = any(not w and k in ("variance", "covariance") for k, w in found)
    if not plain and any(s for s, _r in tasks) and not any(w == "population" for _k, w in found):
        tasks = [(True, root) for _s, root in tasks]
    if len(set(tasks)) != len(tasks):
        return  # the same statistic twice: read as before
    intent.spreads = tasks
    for n in range(2, len(tasks) + 1):
        if f"{kind}.{n}" not in intent.also:
            intent.also.append(f"{kind}.{n}")
    # each where it was named: "the variance, std and the mean" is variance, std, then mean
    at = {k: a for a, _b, k in reversed(intent.spans)} | {
        f"{kind}.{n}": m.start() for n, m in enumerate(named, 1) if n > 1}
    at[kind] = named[0].start()
    order = sorted([intent.kind, *intent.also], key=lambda k: at.get(k or "", 1 << 30))
    if intent.kind in (kind, *at) and all(k in at for k in order):
        intent.kind, intent.also = order[0], order[1:]
