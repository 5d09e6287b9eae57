"""LaTeX as students paste it (``\\frac``, ``\\sqrt``, ``bmatrix``) rewritten to plain math text.

Only known commands are rewritten; an unknown command is an error rather than a guess.
Matrix environments become ``[[..], [..]]``; ``vmatrix`` becomes ``det [[..]]``.
"""

from __future__ import annotations

import logging
import re

from ..errors import ParseError

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
_CASES = re.compile(r"\\begin\{cases\}(.*?)\\end\{cases\}", re.S)
# \hat{y}, \bar{x}, \tilde{x}, \dot{x} are not the letter itself (ŷ is a prediction, x̄ a
# mean): they stay unknown commands and are asked about
_STYLED = re.compile(r"\\(?:mathbf|mathrm|mathit|mathsf|boldsymbol|vec|bf|operatorname|text|"
                     r"textbf|textit|mbox|mathbb)\s*\{([^{}]*)\}")

_WORDS = {
    # functions and names that read the same without the backslash
    **{f: f" {f} " for f in (
        "sin", "cos", "tan", "sec", "csc", "cot", "sinh", "cosh", "tanh", "arcsin", "arccos",
        "arctan", "exp", "ln", "log", "det", "max", "min", "alpha", "beta", "gamma", "delta",
        "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "pi",
        "rho", "sigma", "tau", "phi", "chi", "psi", "omega", "sqrt",
    )},
    "varepsilon": " epsilon ", "vartheta": " theta ", "varphi": " phi ",
    "cdot": "*", "times": " ⨯ ", "div": "/", "ast": "*", "top": "T", "intercal": "T",
    "partial": "∂", "nabla": " grad ", "infty": " oo ", "prime": "'",
    "left": "", "right": "", "bigl": "", "bigr": "", "Bigl": "", "Bigr": "", "big": "",
    "Big": "", "displaystyle": "", "mathrm": "", "mathbf": "", "mathit": "", "boldsymbol": "",
    "vec": "", "bf": "", "operatorname": "", "text": "", "quad": " ", "qquad": " ",
    "langle": "<", "rangle": ">", "lvert": "|", "rvert": "|", "vert": "|", "mid": "|",
    "lVert": "||", "rVert": "||", "Vert": "||",
    "sum": " Sigma ",  # a sum over the data (lexicon: the loss summed over the data points)
    "lbrack": "[", "rbrack": "]", "to": " to ", "in": " in ", "approx": "=", "neq": "!=",
}


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
    if name in _WORDS:
        return _WORDS[name]
    raise ParseError(
        f"I don't know the LaTeX command \\{name}.",
        "Plain text works too, e.g. x^2 sin(x) or [[1, 2], [3, 4]].",
    )


def latex_to_plain(text: str) -> str:
    """Rewrite the LaTeX in a message; text outside ``$...$`` passes through unchanged."""
    text = text.replace("$", " ").replace("\\(", " ").replace("\\)", " ")
    text = text.replace("\\[", " ").replace("\\]", " ")
    text = _CASES.sub(lambda m: " " + ", ".join(
        r.replace("&", " ") for r in re.split(r"\\\\", m.group(1)) if r.strip()) + " ", text)
    text = _ENV.sub(_matrix, text)
    # "\frac{d}{dx} x^2 \Big|_{x=1}": evaluated at the point
    text = _AT.sub(r" at \1 = \2 ", text)
    # \left[ ... \right], \left\{ ... \right\}: grouping brackets, not a matrix
    text = re.sub(r"\\left\s*(?:\[|\\\{)", " (", text)
    text = re.sub(r"\\right\s*(?:\]|\\\})", ") ", text)
    text = _D_FRAC.sub(lambda m: f" {m.group(1).strip()}/{m.group(2).strip()} ", text)
    for _ in range(8):  # nested \frac{\frac{..}{..}}{..}: innermost first
        new = _SQRT_N.sub(r"((\2)^(1/(\1)))", text)
        new = _SQRT.sub(r" sqrt(\1)", new)
        new = _FRAC.sub(r"((\1)/(\2))", new)
        new = re.sub(r"\^\s*\{([^{}]*)\}", r"^(\1)", new)  # e^{-x} inside a \frac
        if new == text:
            break
        text = new
    # \mathbf{v}, \text{and}: the letter or word itself; \mathbf{v}_1 is the name v_1
    text = _STYLED.sub(lambda m: f" {m.group(1)}" + ("" if m.string[m.end():m.end() + 1] == "_"
                                                      else " "), text)
    text = re.sub(r"\\[,;:! ]", " ", text)
    text = text.replace("\\{", "(").replace("\\}", ")").replace("\\|", "||")
    text = _COMMAND.sub(_command, text)
    # \sigma'(x): the prime of the name before it (a derivative), not a quote
    text = re.sub(r"(?<=[A-Za-z]) +'(?=\s*\()", "'", text)
    text = text.replace("\\\\", " ; ")
    if "\\" in text:
        raise ParseError("I could not read the LaTeX in that message.",
                         "Try plain text, e.g. [[1, 2], [3, 4]] or x^2 + 1.")
    return text.replace("{", "(").replace("}", ")")
