"""Unicode and phone-keyboard clean-up: one canonical ASCII spelling of the math.

Superscripts become ``^(...)``, subscripts digits, ``−×·÷√π`` and Greek letters their ASCII
names, smart quotes plain quotes, emoji and other symbols disappear.
"""

from __future__ import annotations

import logging
import re
import unicodedata

from ..errors import ParseError
from .latex import latex_to_plain

logger = logging.getLogger(__name__)

_SUPER = dict(zip("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺⁽⁾ⁿᵀˣʸᶻⁱʲᵏᵃᵇᶜᵈᵉᶠᵍʰᵐᵖʳˢᵗᵘᵛʷ",
                  "0123456789-+()nTxyzijkabcdefghmprstuvw", strict=True))
_FRACTIONS = {"½": "(1/2)", "⅓": "(1/3)", "⅔": "(2/3)", "¼": "(1/4)", "¾": "(3/4)",
              "⅕": "(1/5)", "⅖": "(2/5)", "⅗": "(3/5)", "⅘": "(4/5)", "⅙": "(1/6)",
              "⅚": "(5/6)", "⅛": "(1/8)", "⅜": "(3/8)", "⅝": "(5/8)", "⅞": "(7/8)"}
# NumPy output pasted back: array([[1, 2], [3, 4]]) is the matrix itself
_NUMPY = re.compile(r"\b(?:np\s*\.\s*|numpy\s*\.\s*)?(?:array|matrix)\s*\(\s*(?=\[)")
_DOT_T = re.compile(r"(?<=[\w\])])\s*\.\s*T\b")  # A.T (NumPy's transpose)
_SUB = dict(zip("₀₁₂₃₄₅₆₇₈₉", "0123456789", strict=True))
_TRANSLATE = str.maketrans({**_FRACTIONS, "⁄": "/", **_SUB})
_SUPER_RUN = re.compile("[" + "".join(_SUPER) + "]+")

GREEK = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ϵ": "epsilon",
    "ζ": "zeta", "η": "eta", "θ": "theta", "ϑ": "theta", "ι": "iota", "κ": "kappa",
    "λ": "lambda", "μ": "mu", "µ": "mu", "ν": "nu", "ξ": "xi", "π": "pi", "ρ": "rho",
    "σ": "sigma", "τ": "tau", "φ": "phi", "ϕ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega",
}

_SIMPLE = {
    "−": "-", "–": "-", "—": "-", "‐": "-", "‒": "-", "﹣": "-", "－": "-",
    "×": "⨯", "⨯": "⨯", "·": "*", "∙": "*", "⋅": "*", "✕": "⨯", "∗": "*", "÷": "/", "∕": "/",
    "√": " sqrt", "∛": " cbrt", "∇": " grad ", "∂": "∂", "ᵀ": "^T",
    "‘": "'", "’": "'", "′": "'", "″": "''", "“": '"', "”": '"',
    "⟨": "<", "⟩": ">", "〈": "<", "〉": ">", "∞": " oo ",
    "\u00a0": " ", "\u2009": " ", "\u2007": " ", "\u202f": " ", "\t": " ", "\r": "",
}


def _super(match: re.Match[str]) -> str:
    run = "".join(_SUPER[c] for c in match.group(0))
    if run == "T":
        return "^T"
    return f"^({run})"


def normalize(text: str) -> str:
    """The message in canonical ASCII (plus ``∂``), one space between words kept as typed."""
    text = text.translate(_TRANSLATE)
    # σ(z) is the sigmoid in ML notes (σ alone stays sigma, a standard deviation)
    text = re.sub(r"σ\s*\(", "sigmoid(", text)
    text = _SUPER_RUN.sub(_super, text)
    text = unicodedata.normalize("NFKC", text)
    out: list[str] = []
    for ch in text:
        if ch in _SIMPLE:
            out.append(_SIMPLE[ch])
        elif ch in GREEK:
            out.append(GREEK[ch])
        elif ch.lower() in GREEK:  # capital Greek: its name capitalised
            out.append(GREEK[ch.lower()].capitalize())
        elif ch == "\n" or 32 <= ord(ch) < 127:
            out.append(ch)
        else:
            out.append(" ")  # emoji, other scripts, invisible marks
    text = "".join(out)
    if "\\" in text or "$" in text:
        text = latex_to_plain(text)
    # runs of spaces read as one (and keep every later pattern linear on long runs)
    text = re.sub(r"[ ]{2,}", " ", text)
    text = re.sub(r"(?:[ ]*\n){3,}", "\n\n", text)
    text = _NUMPY.sub("(", text)
    # chat: "= ?" is "what is"; "hi!" is not a factorial; "1. find ..." is a list number
    text = re.sub(r"\s*=\s*\?+", " ?", text)
    text = re.sub(r"(?<=[A-Za-z]{2})!+", ".", text)
    text = re.sub(r"(?m)^\s*(?:[Qq]\.?\s*)?\d{1,2}\s*[.)]\s+(?=[A-Za-z])", "", text)
    text = _DOT_T.sub("^T", text)
    text = re.sub(r"(?<=\d)\.(?=\s*[,\]])", "", text)  # NumPy floats: [[2., 1.]]
    # x^(2) from superscripts and "x ^ 2" read the same; "**" is Python's power.
    text = text.replace("**", "^")
    # <1, 2, 3> is a vector: read it as (1, 2, 3)
    text = re.sub(r"<([^<>=]*,[^<>=]*)>", r"(\1)", text)
    if len(max(re.findall(r"[A-Za-z0-9_]+", text) or [""], key=len)) > 60:
        raise ParseError("That has a word or number longer than 60 characters.",
                         "Put spaces or * between things, e.g. 2*x*y.")
    return text
