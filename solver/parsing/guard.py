"""Refuse code-like text before any parsing: dunders, attribute calls, imports, lambdas.

The grammar could never execute any of it (nothing is evaluated), but saying clearly "that is
code, not math" is kinder than a confusing parse error, and it is a second line of defence.
"""

from __future__ import annotations

import logging
import re

from ..errors import ParseError

logger = logging.getLogger(__name__)

_HINT = "Send the math itself, e.g. det [[1, 2], [3, 4]] or d/dx x^2 sin x."
_CODE = [
    (re.compile(r"__"), "double underscores"),
    # x.attr( / x.attr[ / x.a.b: the dot glued to both sides (a full stop ends a sentence)
    (re.compile(r"(?<=[\w)\]'\"])\.[A-Za-z_]\w*(?:[(\[]|\.(?=[A-Za-z_]))"), "attribute access"),
    (re.compile(r"\b(?:import|exec|eval|compile|getattr|setattr|delattr|globals|locals|vars|"
                r"builtins|subprocess|system|open|input|print|breakpoint|format|type|"
                r"sympify|parse_expr|(?-i:S))\s*\(", re.I), "a code call"),  # s(1 - s): math
    (re.compile(r"\bfrom\s+\w+\s+import\b|\bimport\s+[A-Za-z_]"), "an import"),
    (re.compile(r"\blambda\b[\w\s,*]{0,40}:"), "a lambda"),
    # "def f(x):", "class Net(..):"; never "in class we did ..."
    (re.compile(r"\b(?:def|class)\s+[A-Za-z_]\w*\s*[(:]|\b(?:return|yield|async|await)\s+\w"),
     "code"),
]


_LOOP = re.compile(r"\b(?:for\s+\w+\s+in\s+range\s*\(\s*(\d+)\s*\)|while\b[^\n]*):")


# abbreviations of a sentence, dots and all: "e.g. det(A)", "w.r.t. x", "etc. (x)"
_ABBREVIATIONS = re.compile(r"(?<![\w.])(?:e\.g|i\.e|w\.r\.t|a\.k\.a|viz|cf|resp|etc|approx|"
                            r"vs|eq|eqn|fig|no)\.(?![\w.])", re.I)


def refuse_code(text: str) -> None:
    if (loop := _LOOP.search(text)) is not None:  # a Newton or descent loop: asked in words
        steps = loop.group(1) or "3"
        logger.info("refused a code loop")
        raise ParseError(
            "That is a Python loop, and I do not run code. If it is Newton's method or gradient "
            "descent, say it in words and I will show every step.",
            f"e.g. {steps} Newton steps for x^2 - 2 from x0 = 1, or {steps} gradient descent "
            "steps for (w - 1)^2 from w = 3 with lr 0.1")
    prose = _ABBREVIATIONS.sub(" ", str(text))
    for pattern, what in _CODE:
        if pattern.search(prose if what == "attribute access" else text):
            logger.info("refused code-like input (%s)", what)
            raise ParseError(f"That looks like program code ({what}), not math.", _HINT)
