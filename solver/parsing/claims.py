"""The student's own answer in the message: ``det of A is 7 right?``, ``I got 5 and -1, is it
correct?``, ``my answer is (6, 2)``, ``is my ans 5 crct?``.

Those numbers are never part of the problem. ``split_claim`` cuts the clause out of the text
(blanked to spaces, so every span of the message keeps its place) and returns the value typed;
``verdict`` compares it with the computed answer: the note under the answer ("You wrote 7:
that matches the answer ✓") is derived from the numbers. A clause whose value does not read as
a value is left in the text (the parser then asks back, as before).
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

# the words that ask "is my value right?" (English, Hinglish, chat spellings)
_CHECK = r"(?:right|correct|corect|crct|currect|na|naa|sahi|ok|okay|true|wrong)"
# a value: a number, an expression, a tuple/list of them, or "5 and -1" (a matrix only
# after "my answer is")
_GROUP = r"\([^()\[\]?!\n]*\)|\[[^\[\]?!\n]*(?:\[[^\[\]]*\][^\[\]?!\n]*)*\]"
_PIECE = rf"(?:[-+\w^*/.√πλ ]|{_GROUP})*?(?:[\w)π]|{_GROUP})"
_VALUE = rf"(?P<val>{_PIECE}(?:\s*(?:,|\band\b|&|\bn\b)\s*{_PIECE})*?)"
_END = (rf"(?=\s*(?:[,?!;]|\.(?!\d)|$|\b(?:is|am|{_CHECK}|or|but|though|sir|bro|bhai|da|aa|"
        r"hai|ha|hain|plz|pls|only)\b))")
# "I got 5 and -1", "my answer is (6, 2)", "i think answer is 20x^3", "is my ans 5"
_LED = re.compile(
    r"(?i)\b(?:(?:i|we)\s+(?:got|get|gt|found|am\s+getting|m\s+getting|think\s+(?:the\s+)?"
    r"(?:answer|ans)\s+(?:is|=)|think\s+it\s+is|think\s+its)|"
    r"my\s+(?:final\s+)?(?:answer|ans|result|value)\s*(?:is|=|was|comes?|came)?|"
    r"(?:the\s+)?(?:answer|ans)\s+(?:should\s+be|is\s+coming|comes?(?:\s+out)?(?:\s+to\s+be|"
    r"\s+as)?|aa\s+raha|aaya)|is\s+(?:my\s+)?(?:answer|ans)|mera\s+(?:answer|ans|jawab)"
    r"(?:\s+(?:hai|is))?)\s*[:=]?\s*" + _VALUE + _END)
# "is 7 right?", "= 3 na?", "is 5 correct", "is it 7 right?"
_CHECKED = re.compile(  # never "x = 2 na" (an assignment): no lower-case letter before
    r"(?<![a-z])(?<![a-z]\s)(?:\b(?i:is)(?:\s+(?i:it))?|=)\s*" + _VALUE
    + r"\s*[,.]?\s*\b(?i:right|correct|corect|crct|currect|sahi|wrong|na|naa)\b")
# "trace of A, is the answer 5?": a value asked about, closing the message ("is it 5?" is the
# guess of readings.py, with its button)
_ASKED = re.compile(r"(?i)\bis\s+(?:the\s+)?(?:answer|ans)\s+" + _VALUE + r"\s*(?:\?+|$)\s*$")
# someone's answer, or the student's own, said with the quantity named: "My friend says det
# = 6", "He says eigenvalues are 1 and 1, I say 0 and 2", "I got angle = 1.2 rad"
_WHO = (r"(?P<who>(?:my|our|a)\s+(?:friend|roommate|classmate|brother|sister|teacher|tutor|"
        r"senior|partner|professor|prof|ta|book|textbook|answer\s+key)|he|she|they|someone|"
        r"the\s+(?:book|textbook|answer\s+key)|i|we)")
_QUANTITY = (r"(?P<name>det(?:erminant)?|eigen\s*values?|rank|trace|angle|norm|length|"
             r"distance|dot\s+product|answer|ans|it)")
# (bounded and flat: a value of a few characters, read by _readable; never backtracks far)
_SHORT_VALUE = r"(?P<val>[-+\w.^/*()√π ]{1,40}?(?:\s*(?:,|\band\b|&)\s*[-+\w.^/*()√π ]{1,20}?)??)"
_SAYS = re.compile(
    rf"(?i)\b{_WHO}\s+(?:says?|said|thinks?|claims?|gets?|got|found|wrote)\s+(?:that\s+)?"
    rf"(?:(?:the\s+)?{_QUANTITY}\s*(?:=|is|are|comes?\s+out\s+as|as)\s*)?" + _SHORT_VALUE
    + r"(?:\s*(?P<unit>rad(?:ians?)?|deg(?:rees?)?|°))?" + _END)
# Hinglish: "aur 4 aaya, sahi hai kya?", "mera 5 aa raha hai": the value the student got
_CAME = re.compile(r"(?i)\b(?:aur|and|toh|to|mera|mujhe)\s+" + _SHORT_VALUE
                   + r"\s+(?:aaya|aya|aa\s+raha|aa\s+gaya|mila|aata)\b")
_SAYS_WORD = re.compile(r"(?i)\b(?:say|says|said|think|thinks|claim|claims|get|gets|got|found|"
                        r"wrote)\b")
_CAME_WORD = re.compile(r"(?i)\b(?:aaya|aya|aa\s+raha|aa\s+gaya|mila|aata)\b")
# the kind each quantity names (a claim is compared with that task's answer only)
_NAMED_KIND = {"det": "det", "determinant": "det", "eigenvalue": "eigenvalues",
               "eigenvalues": "eigenvalues", "rank": "rank", "trace": "trace", "angle": "angle",
               "norm": "norm", "length": "norm", "distance": "distance", "dot product": "dot"}
_WORD = re.compile(r"[A-Za-z]{2,}")
_ALLOWED_WORDS = {"and", "sin", "cos", "tan", "exp", "log", "ln", "sqrt", "pi", "e"}


def _readable(value: str, matrices: bool) -> Any:
    from . import parse_value

    words = _WORD.findall(value)
    if ("[" in value and not matrices) or any(w.lower() not in _ALLOWED_WORDS for w in words):
        return None
    parts = re.split(r"\s*(?:\band\b|&|\bn\b)\s*", value.strip())
    try:
        read = [parse_value(p) for p in parts if p]
    except Exception:
        return None
    if any(isinstance(v, dict) for v in read):
        return None
    return read[0] if len(read) == 1 else read


# a Python session pasted in: ">>> np.linalg.eigvals(A)" then its output "array([3., 2.])":
# what the student's program printed for a call is their result, not a given (the output
# of ">>> A", a bare name, is A's value: normalize reads that one)
_PROMPT_OUTPUT = re.compile(
    r"(?m)^[ \t]*>>>(?![ \t]*[A-Za-z]\w?[ \t]*$)(?![^\n]*(?<![=!<>])=(?!=))[^\n]*\S"
    r"[ \t]*\n(?:[ \t]*\n)?(?P<val>(?:(?![ \t]*>>>)[ \t]*(?:array\(|\[|\(|-?\d)[^\n]*(?:\n|$)|"
    r"(?<=,\n)[ \t]+\[[^\n]*(?:\n|$))+)")
_IPYTHON_IN = re.compile(r"(?m)^[ \t]*In[ \t]*\[\d{1,4}\]:")
_IPYTHON_OUT = re.compile(r"(?m)^[ \t]*Out[ \t]*\[\d{1,4}\]:")
_ARRAY = re.compile(r"^\s*array\((.*)\)\s*$", re.S)


# ">>> B" over its output, B assigned before in the session (B = np.linalg.inv(A)): the
# printed result of the student's code too (a B never assigned is a given: normalize)
_NAME_OUTPUT = re.compile(
    r"(?m)^[ \t]*>>>[ \t]*(?P<name>[A-Za-z]\w{0,9})[ \t]*\n(?:[ \t]*\n)?(?P<val>(?:(?![ \t]*>>>)"
    r"[ \t]*(?:array\(|\[|-?\d)[^\n]*(?:\n|$)|(?<=,\n)[ \t]+\[[^\n]*(?:\n|$))+)")


# no prompt: "print(np.linalg.inv(A))" or "np.linalg.eigvals(A)" on its line, then what it
# printed (after "output:", "# gives" ...): the student's result too
_CODE_OUTPUT = re.compile(
    r"(?m)^[ \t]*(?:print\s*\((?![ \t]*[A-Za-z]\w?[ \t]*\))[^\n]*\)|(?:np|numpy|[A-Za-z]\w?)\s*\."
    r"[\w.]*\w\s*\([^\n]*\))[ \t]*\n"
    r"(?:[ \t]*#?[ \t]*(?:output|out|o/p|result|(?:it\s+)?(?:gives|prints|returns|shows))[ \t]*:?"
    r"[ \t]*\n?)?(?P<val>[ \t]*(?:array\(|\[|-?\d)[^\n]*(?:\n|$)(?:[ \t]+\[[^\n]*(?:\n|$))*)")


def _numpy_printed(value: str) -> str:
    """NumPy's print format, ``[[-2.   1. ]\n [ 1.5 -0.5]]`` (no commas, ``1.``), as a list."""
    value = re.sub(r"(\d)\.(?!\d)", r"\1", value)
    if "," in value:
        return value
    rows = re.findall(r"\[([^\[\]]*)\]", value)
    if not rows:
        return value
    listed = ["[" + ", ".join(r.split()) + "]" for r in rows]
    return listed[0] if value.strip().count("[") == 1 else "[" + ", ".join(listed) + "]"


def _printed_output(text: str) -> tuple[str, str | None, Any]:
    m = _PROMPT_OUTPUT.search(text)
    if m is None and ("np." in text or "numpy" in text):
        m = _CODE_OUTPUT.search(text)
    for named in _NAME_OUTPUT.finditer(text):
        assigned = re.search(rf"(?m)^[ \t]*(?:>>>)?[ \t]*{named.group('name')}[ \t]*=(?!=)"
                             r"(?![ \t]*(?:np\s*\.\s*array\b|numpy\s*\.\s*array\b|array\b|\[))",
                             text[:named.start()])
        if assigned and (m is None or named.start() < m.start()):
            m = named
    if m is None:
        return text, None, None
    typed = m.group("val").strip()
    inner = _numpy_printed(_ARRAY.sub(r"\1", typed))
    value = _readable(" ".join(inner.split()), True)
    if value is None:
        return text, None, None
    a, b = m.span("val")  # blanked, its line breaks kept (the lines stay lines)
    return text[:a] + re.sub(r"[^\n]", " ", text[a:b]) + text[b:], typed, value


def split_claims(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Each answer said with who said it and what it is of (``split_claim`` first, then
    "My friend says det = 6", "He says eigenvalues are 1 and 1, I say 0 and 2", "I got angle =
    1.2 rad", Hinglish "aur 4 aaya"): the text with each blanked out, and for each a dict
    ``typed``, ``value``, ``who`` ("" for the student), ``kind`` (the task it answers, or
    None). A clause whose value does not read as a value is left in the text."""
    found: list[dict[str, Any]] = []
    text, typed, value = split_claim(text)
    if typed is not None:
        found.append({"typed": typed, "value": value, "who": "", "kind": None})
    for pattern, needs in ((_SAYS, _SAYS_WORD), (_CAME, _CAME_WORD)):
        if not needs.search(text):
            continue  # (the verb the pattern needs is not in the message)
        pos = 0
        while (m := pattern.search(text, pos)) is not None:
            pos = m.start() + 1
            got = m.group("val").strip()
            value = _readable(got, False) if got else None
            if value is None:
                continue
            groups = m.groupdict()
            who = (groups.get("who") or "").lower()
            name = re.sub(r"\s+", " ", (groups.get("name") or "").lower())
            name = "eigenvalues" if name.startswith("eigen") else name
            unit = (groups.get("unit") or "").lower()
            if unit.startswith("deg") or unit == "°":
                value = value * sp.pi / 180 if isinstance(value, sp.Expr) else value
            kind = _NAMED_KIND.get(name)
            said = [c for c in found if c.get("end") is not None]
            if kind is None and name in ("", "it") and said and not re.search(
                    r"[.?!]", text[said[-1]["end"]:m.start()]):
                kind = said[-1]["kind"]  # "He says eigenvalues are 1 and 1, I say 0 and 2"
            mine = who in ("i", "we", "")
            found.append({"typed": got + (f" {groups['unit']}" if unit else "") if mine else
                          m.group(0).strip(), "value": value, "who": "" if mine else who,
                          "kind": kind, "end": m.end()})
            a, b = m.span()
            keep = m.span("name") if kind and not _asked_elsewhere(
                text[:a] + text[b:], kind) else None  # the claim is the only ask: keep it
            text = text[:a] + "".join(
                ch if keep and keep[0] <= a + n < keep[1] else " "
                for n, ch in enumerate(text[a:b])) + text[b:]
    for claim in found:
        claim.pop("end", None)
    return text, found


def _asked_elsewhere(text: str, kind: str) -> bool:
    from .tasks import phrase_at

    return phrase_at(text.lower(), kind, 0) is not None


def split_claim(text: str) -> tuple[str, str | None, Any]:
    """(the text with the student's own answer blanked out, the value as typed, its value)."""
    if "In" in text and _IPYTHON_IN.search(text):  # Jupyter's In [2]: / Out[2]: as >>>
        text = _IPYTHON_IN.sub(lambda m: ">>>".ljust(len(m.group(0))), text)
        text = _IPYTHON_OUT.sub(lambda m: " " * len(m.group(0)), text)
    if ">>>" in text or "np." in text or "numpy" in text:
        out = _printed_output(text)
        if out[1] is not None:
            return out
    for pattern in (_LED, _CHECKED, _ASKED):
        pos = 0
        while (m := pattern.search(text, pos)) is not None:
            pos = m.start() + 1
            typed = m.group("val").strip()
            value = _readable(typed, pattern is _LED) if typed else None
            if value is None:
                continue
            a, b = m.span()
            return text[:a] + " " * (b - a) + text[b:], typed, value
    return text, None, None


def _number(k: Any) -> Any:
    return sp.Integer(k) if isinstance(k, int) else sp.Float(k) if isinstance(k, float) else k


def _entries(obj: Any) -> list | None:
    if isinstance(obj, int | float):
        obj = sp.Integer(obj) if isinstance(obj, int) else sp.Float(obj)
    if isinstance(obj, dict):  # eigenvalues {value: multiplicity}
        keys = [_number(k) for k in obj]
        return keys if all(isinstance(k, sp.Expr) for k in keys) else None
    if isinstance(obj, sp.MatrixBase):
        return list(obj)
    if isinstance(obj, list | tuple):
        out: list = []
        for x in obj:
            got = _entries(x)
            if got is None or not all(isinstance(g, sp.Expr) for g in got):
                return None
            out += got
        return out
    if isinstance(obj, sp.Expr):
        return [obj]
    return None


def _same(a: sp.Expr, b: sp.Expr) -> bool:
    """Equal; a decimal typed (1.4142) is equal to the answer to the digits typed."""
    if isinstance(a, sp.Float) and isinstance(b, sp.Expr) and b.is_number:
        digits = max(len(repr(float(a)).split(".")[-1].rstrip("0")), 1)
        return abs(float(a) - complex(b.evalf())) <= 0.5 * 10.0 ** -digits * (1 + 1e-9)
    a, b = _number(a), _number(b)
    if not (isinstance(a, sp.Expr) and isinstance(b, sp.Expr)):
        return False
    return sp.simplify(a - b) == 0


def matches(claim: Any, answer: Any) -> bool | None:
    """True/False when the student's value can be compared with the answer, else None."""
    mine, ours = _entries(claim), _entries(answer)
    if mine is None or ours is None:
        return None
    if isinstance(answer, dict):  # eigenvalues: the same values, each once or as repeated
        mine = list(dict.fromkeys(mine))
    if len(mine) != len(ours):  # eigenvalues: some missing; else shapes differ: not decided
        return False if isinstance(answer, dict) else None
    left = list(ours)
    for x in mine:
        hit = next((k for k, y in enumerate(left) if _same(x, y)), None)
        if hit is None:
            return False
        left.pop(hit)
    return True


# the sentences shown (one place, for translation)
TEXTS = {
    "match": "You wrote {typed}: that matches the answer ✓",
    "differ": "You wrote {typed}; the answer worked out here is {answer}.",
    "open": "You wrote {typed}: compare it with the answer above.",
    "their_match": "“{typed}”: that matches the answer ✓",
    "their_differ": "“{typed}”: the answer worked out here is {answer}.",
    "their_open": "“{typed}”: compare it with the answer above.",
}


def verdict(typed: str, claim: Any, answer: Any, shown: str, point: Any = None,
            kind: str | None = None, who: str = "") -> str:
    """The note under the answer, from the numbers: a match, a difference, or neither. With a
    point (``d/dx x^2 at x = 3``), the value there is an answer too (6 as well as 2x); an
    angle may be written in degrees (90 for π/2)."""
    same = matches(claim, answer)
    forms = []
    if point and isinstance(answer, sp.Basic):
        forms.append(answer.subs(point))
    if kind == "angle" and isinstance(answer, sp.Expr):
        forms.append(answer * 180 / sp.pi)
    for form in forms:
        if not same:
            there = matches(claim, form)
            same = None if same is None and there is not True else bool(same or there)
    key = "open" if same is None else "match" if same else "differ"
    return TEXTS[("their_" if who else "") + key].format(typed=typed, answer=shown)


# "..., and check det = product of eigenvalues", "verify that the trace equals the sum of the
# eigenvalues": a textbook identity to check on the matrix asked about (never an equation)
_IDENTITY = re.compile(
    r"(?i)[,;.]?\s*(?:\band\s+)?(?:also\s+)?\b(?:check|verify|confirm|show)\s+(?:that\s+)?"
    r"(?:the\s+)?(?P<side>det(?:erminant)?|trace|tr)\s*(?:=|==|equals|is\s+equal\s+to|is)\s*"
    r"(?:the\s+)?(?P<op>product|sum)\s+of\s+(?:the\s+|its\s+|all\s+)?eigen\s*values"
    r"\s*[.!?]*\s*$")


def split_identity(text: str) -> tuple[str, tuple[str, str] | None]:
    """(the text with a closing identity check blanked to spaces, ("det", "product") or
    ("trace", "sum")); a check whose two sides do not belong together is left in the text."""
    if not re.search(r"(?i)eigen\s?values", text) or not re.search(
            r"(?i)\b(?:check|verify|confirm|show)\b", text):
        return text, None
    m = _IDENTITY.search(text[-300:])
    if m is None:
        return text, None
    side = "trace" if m.group("side").lower().startswith("tr") else "det"
    if (side, m.group("op").lower()) not in (("det", "product"), ("trace", "sum")):
        return text, None
    at = len(text) - len(text[-300:])  # (the clause closes the message)
    start, end = at + m.start(), at + m.end()
    return text[:start] + " " * (end - start), (side, m.group("op").lower())


def identity_note(side: str, matrix: Any) -> str | None:
    """The check, derived from the matrix: det (or trace) and the product (or sum) of the
    eigenvalues with their multiplicities, each computed by SymPy, compared exactly."""
    m = sp.Matrix(matrix)
    if not m.is_square or m.free_symbols or m.rows > 3:
        return None
    values = [v for v, k in m.eigenvals().items() for _ in range(k)]
    if side == "det":
        lhs, rhs, what = m.det(), sp.prod(values), "product"
    else:
        lhs, rhs, what = m.trace(), sp.Add(*values), "sum"
    lhs, rhs = sp.nsimplify(sp.simplify(lhs)), sp.nsimplify(sp.simplify(rhs))
    agree = sp.simplify(lhs - rhs) == 0
    shown = ", ".join(str(v) for v in values)
    return (f"Check: {side} = {lhs}; the {what} of the eigenvalues ({shown}) is {rhs}: "
            + ("they agree ✓" if agree else "they differ"))
