"""LaTeX as students paste it (``\\frac``, ``\\sqrt``, ``bmatrix``) rewritten to plain math text.

Only known commands are rewritten; an unknown command is an error rather than a guess.
Matrix environments become ``[[..], [..]]``; ``vmatrix`` becomes ``det [[..]]``.
"""

from __future__ import annotations

import logging
import re

from ..errors import ParseError
from .lexicon import LATEX_COMMANDS, LATEX_STYLES
from .source import replace, sub

logger = logging.getLogger(__name__)

_ENV = re.compile(r"\\begin\{([pbvBV]?matrix|array)\}(\{[^{}]*\})?(.*?)\\end\{\1\}", re.S)
_FRAC = re.compile(r"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
_SQRT_N = re.compile(r"\\sqrt\s*\[([^\[\]]*)\]\s*\{([^{}]*)\}")
_SQRT = re.compile(r"\\sqrt\s*\{([^{}]*)\}")
_D_FRAC = re.compile(  # \\frac{d}{dx}, \\frac{dy}{dx}, \\frac{\\partial f}{\\partial x}: notation
    r"\\[dt]?frac\s*\{\s*((?:d|\\partial)(?:\^\{?\d\}?)?\s*[A-Za-z]?)\s*\}"
    r"\s*\{\s*((?:(?:d|\\partial)\s*[A-Za-z]\s*(?:\^\{?\d\}?)?\s*)+)\}"
)
_COMMAND = re.compile(r"\\([A-Za-z]+)")
_AT = re.compile(r"(?:\\(?:bigg?|Bigg?|right)\s*)?\|\s*_\s*\{\s*([A-Za-z])\s*=\s*([-\d./]+)\s*\}")
_CASES = re.compile(r"\\begin\{(cases|aligned|align\*?|gathered|gather\*?|split|eqnarray\*?)\}"
                    r"(?:\{[lcr|]*\})?(.*?)\\end\{\1\}", re.S)
# f^{\prime}(x), f^\prime, f^{\prime\prime}: primes (a derivative), not a power
_PRIMES = re.compile(r"\^\s*(?:\{\s*((?:\\prime\s*)+)\}|(\\prime))")
# \mathbf{v}, \text{and}: the styles are lexicon.LATEX_STYLES (\hat{y} is not y: asked about)
_STYLED = re.compile(r"\\(?:" + "|".join(LATEX_STYLES) + r")\s*\{([^{}]*)\}")



def _cell(cell: str) -> str:
    """One entry: ``e^x \\sin y`` is one expression (bracketed), not two entries."""
    cell = cell.strip()
    if not cell:
        return "0"
    return cell if re.fullmatch(r"-?[\w.]+", cell) else f"({cell})"


def _matrix(match: re.Match[str]) -> str:
    env, body = match.group(1), match.group(3)
    rows = [r for r in re.split(r"\\\\|\\cr", body) if r.strip() and r.strip() != "\\hline"]
    cells = ["[" + ", ".join(_cell(c) for c in r.split("&")) + "]" for r in rows]
    text = "[" + ", ".join(cells) + "]"
    return f" det {text} " if env.lower() == "vmatrix" else f" {text} "


def _command(match: re.Match[str]) -> str:
    name = match.group(1)
    if name in LATEX_COMMANDS:
        return LATEX_COMMANDS[name]
    raise ParseError(
        f"I don't know the LaTeX command \\{name}.",
        "Plain text works too, e.g. x^2 sin(x) or [[1, 2], [3, 4]].",
    )


def latex_to_plain(text: str) -> str:
    """Rewrite the LaTeX in a message; text outside ``$...$`` passes through unchanged."""
    for old in ("$", "\\(", "\\)", "\\[", "\\]"):
        text = replace(text, old, " ")
    text = sub(_PRIMES, lambda m: "'" * (m.group(0).count("prime")), text)
    # a system in cases/aligned: one equation a row, the alignment marks & dropped
    text = sub(_CASES, lambda m: " " + ", ".join(
        r.replace("&", " ") for r in re.split(r"\\\\", m.group(2)) if r.strip()) + " ", text)
    text = sub(_ENV, _matrix, text)
    # "\frac{d}{dx} x^2 \Big|_{x=1}": evaluated at the point
    text = sub(_AT, r" at \1 = \2 ", text)
    # \left[ ... \right], \left\{ ... \right\}: grouping brackets, not a matrix
    text = sub(r"\\left\s*(?:\[|\\\{)", " (", text)
    text = sub(r"\\right\s*(?:\]|\\\})", ") ", text)
    text = sub(_D_FRAC, lambda m: f" {m.group(1).strip()}/{m.group(2).strip()} ", text)
    for _ in range(8):  # nested \frac{\frac{..}{..}}{..}: innermost first
        new = sub(_SQRT_N, r"((\2)^(1/(\1)))", text)
        new = sub(_SQRT, r" sqrt(\1)", new)
        new = sub(_FRAC, r"((\1)/(\2))", new)
        new = sub(r"\^\s*\{([^{}]*)\}", r"^(\1)", new)  # e^{-x} inside a \frac
        if new == text:
            break
        text = new
    # \mathbf{v}, \text{and}: the letter or word itself; \mathbf{v}_1 is the name v_1
    text = sub(_STYLED, lambda m: f" {m.group(1)}" + ("" if m.string[m.end():m.end() + 1]
                                                      in ("_", "^") else " "), text)
    text = sub(r"\\[,;:! ]", " ", text)
    for old, new in (("\\{", "("), ("\\}", ")"), ("\\|", "||")):
        text = replace(text, old, new)
    text = sub(_COMMAND, _command, text)
    # \sigma'(x): the prime of the name before it (a derivative), not a quote
    text = sub(r"(?<=[A-Za-z]) +'(?=\s*\()", "'", text)
    text = replace(text, "\\\\", " ; ")
    if "\\" in text:
        raise ParseError("I could not read the LaTeX in that message.",
                         "Try plain text, e.g. [[1, 2], [3, 4]] or x^2 + 1.")
    return replace(replace(text, "{", "("), "}", ")")
