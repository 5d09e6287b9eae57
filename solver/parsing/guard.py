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
    # a.b( a.b[ a.b.c; not a sentence's end: "... [[2, 7]]. Thanks!" (! is read as .)
    (re.compile(r"\.\s*[A-Za-z_]\w*\s*(?:[(\[]|\.(?![\s.]|$))"), "attribute access"),
    (re.compile(r"\b(?:import|exec|eval|compile|getattr|setattr|delattr|globals|locals|vars|"
                r"builtins|subprocess|system|open|input|print|breakpoint|format|type|"
                r"sympify|parse_expr|S)\s*\(", re.I), "a code call"),
    (re.compile(r"\bfrom\s+\w+\s+import\b|\bimport\s+[A-Za-z_]"), "an import"),
    (re.compile(r"\blambda\b[\w\s,*]{0,40}:"), "a lambda"),
    (re.compile(r"\b(?:def|class|return|yield|async|await)\s+\w"), "code"),
]


_LOOP = re.compile(r"\b(?:for\s+\w+\s+in\s+range\s*\(\s*(\d+)\s*\)|while\b[^\n]*):")


def refuse_code(text: str) -> None:
    if (loop := _LOOP.search(text)) is not None:  # a Newton or descent loop: asked in words
        steps = loop.group(1) or "3"
        logger.info("refused a code loop")
        raise ParseError(
            "That is a Python loop, and I do not run code. If it is Newton's method or gradient "
            "descent, say it in words and I will show every step.",
            f"e.g. {steps} Newton steps for x^2 - 2 from x0 = 1, or {steps} gradient descent "
            "steps for (w - 1)^2 from w = 3 with lr 0.1")
    for pattern, what in _CODE:
        if pattern.search(text):
            logger.info("refused code-like input (%s)", what)
            raise ParseError(f"That looks like program code ({what}), not math.", _HINT)
