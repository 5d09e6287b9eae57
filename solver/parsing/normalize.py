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
from .lexicon import FRACTION_SIGNS as _FRACTIONS
from .lexicon import GREEK_LETTERS as GREEK
from .lexicon import NUMPY_CALLS as _CALLS
from .lexicon import SUBSCRIPTS as _SUB
from .lexicon import SUPERSCRIPTS as _SUPER
from .lexicon import UNICODE_SIGNS as _SIMPLE
from .source import Source, edit, follow, replace, splice, sub, translate, typed

logger = logging.getLogger(__name__)

# NumPy output pasted back: array([[1, 2], [3, 4]]) is the matrix itself (SymPy's Matrix too)
_NUMPY = re.compile(r"\b(?:(?:np|numpy|sp|sympy)\s*\.\s*)?(?:array|matrix|Matrix)\s*\(\s*(?=\[)")
_DTYPE = re.compile(r",\s*dtype\s*=\s*[\w.]+(?=\s*\))")
_LIB = r"\b(?:np|numpy|sp|sympy|scipy|la|LA)\s*\.\s*(?:linalg\s*\.\s*)?([a-z_]+)"
_LIB_CALL = re.compile(_LIB + r"\s*\(")
# "np.linalg.det gives 10.000000000000002 for this ...": the function named, and the float it
# printed (the student asks for the exact value)
_LIB_NAMED = re.compile(_LIB + r"(?![\w(])(?:\s+(?:gives|returns|prints|shows|says|outputs)\s+"
                        r"-?\d+\.\d+(?:e-?\d+)?(?:\s+for\s+(?:this|the|my))?)?")
_METHOD = re.compile(r"\.\s*([a-z_]+)\s*\(")
_DOT_T = re.compile(r"(?<=[\w\])])\s*\.\s*T\b")  # A.T (NumPy's transpose)
_TRANSLATE = str.maketrans({**_FRACTIONS, "⁄": "/", **_SUB})
_SUPER_RUN = re.compile("[" + "".join(_SUPER) + "]+")


def _super(match: re.Match[str]) -> str:
    run = "".join(_SUPER[c] for c in match.group(0))
    if run == "T":
        return "^T "  # uᵀv is uᵀ·v, never u^(Tv)
    return f"^({run})"


# NumPy's print(A): [[1. 2.]\n [3. 4.]] (no commas, "1." floats): rows and entries split
_PRINTED = re.compile(r"\[\s*\[[-+\d. \n\]\[]*\]\s*\]")


_PRINT_GIVES = re.compile(r"\bprint\s*\(\s*([A-Za-z]\w?)\s*\)\s*(?:gives|shows|prints|outputs|"
                          r"returns|is)?\s*:?\s*(?=\[)")


def _printed(m: re.Match[str]) -> str:
    body = m.group(0)
    if "," in body or (not re.search(r"\]\s*\[", body) and not re.search(r"\d\.(?!\d)", body)):
        return body
    body = re.sub(r"(?<=\d)\.(?!\d)", "", body)
    body = re.sub(r"\]\s*\[", "], [", body)
    return re.sub(r"(?<=[\d.])[ \n]+(?=[-+]?[\d.])", ", ", body)


def _close(text: str, at: int) -> int:
    """The index of the bracket closing the one at ``at`` (or -1)."""
    depth = 0
    for i in range(at, len(text)):
        depth += text[i] in "([{"
        depth -= text[i] in ")]}"
        if depth == 0:
            return i
    return -1


def _open(text: str, at: int) -> int:
    """The index of the bracket opening the one closing at ``at`` (or -1)."""
    depth = 0
    for i in range(at, -1, -1):
        depth += text[i] in ")]}"
        depth -= text[i] in "([{"
        if depth == 0:
            return i
    return -1


def _arguments(inner: str) -> list[str]:
    parts, depth, cur = [], 0, ""
    for ch in inner:
        depth += ch in "([{"
        depth -= ch in ")]}"
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return [p.strip() for p in parts if p.strip()]


_NOTATION = {"inverse": "^-1", "transpose": "^T"}


def _as_math(name: str, args: list[str], embedded: bool, text: str = "") -> str | None:
    """``det(A)`` -> `` det (A) ``, ``inv(A)`` -> ``((A)^-1)``, ``dot(a, b)`` -> ``(a) * (b)``,
    ``solve(A, b)`` -> ``solve (A) x = (b)``; None when the call is not one of ``_CALLS``
    with its arity, or when a word would have to stand inside a larger expression
    (``inv(A) @ b`` is A⁻¹·b, but ``det(A) + 1`` has no words for it)."""
    if (special := _numpy_special(name, args, embedded, text)) is not None:
        return special or None
    arity, word = _CALLS.get(name, (0, ""))
    if len(args) != arity or any("=" in a for a in args):
        return None
    if word in _NOTATION:
        return f" (({args[0]}){_NOTATION[word]}) "
    if arity == 2 and word != "solve":
        return f" (({args[0]}) {word} ({args[1]})) "
    if embedded:
        return None
    if word == "solve":
        return f" solve ({args[0]}) x = ({args[1]}) "
    return f" {word} ({args[0]}) "


_TRANSPOSED = re.compile(r"([A-Za-z]\w?|\(\s*\[.*\]\s*\))\s*(?:\.\s*T|\^\s*T)")
_INTEGER = re.compile(r"\d{1,2}")


def _numpy_special(name: str, args: list[str], embedded: bool, text: str = "") -> str | None:
    """Calls whose arguments are not all matrices, read with NumPy's conventions: ``""`` when
    the call is one of these but not in a form read here (it stays code), None otherwise.

    - ``matrix_power(A, 3)``: A³;
    - ``mean(X, axis=0)``: the mean of the rows of X (``axis=1``, the mean of each row, is not
      a kind here);
    - ``cov(X.T)``: NumPy's ``cov`` takes the variables as rows, so ``X.T`` has the samples of
      X as columns, and the default divides by N − 1 (``bias=True`` by N)."""
    if name == "outer":
        return (_outer(*args, text) or "") if len(args) == 2 else ""
    if name == "matrix_power":
        ok = len(args) == 2 and _INTEGER.fullmatch(args[1]) is not None
        return f" (({args[0]})^{args[1]}) " if ok else ""
    if name == "mean" and len(args) == 2:
        ok = re.fullmatch(r"axis\s*=\s*0", args[1]) is not None and not embedded
        return f" mean ({args[0]}) " if ok else ""
    if name == "cov":
        return "" if embedded else _covariance(args, text=text)
    if name == "norm" and len(args) == 2:  # norm([3, -4], ord=1) of a vector typed as a list
        order = re.fullmatch(r"ord\s*=\s*(1|2|(?:np\s*\.\s*)?inf)", args[1].strip())
        flat = re.fullmatch(r"\[[^\[\]]*\]", args[0].strip())
        if not (order and flat) or embedded:
            return ""
        word = {"1": "manhattan norm", "2": "norm"}.get(order.group(1), "chebyshev norm")
        return f" {word} of {args[0]} "
    inner = _COV_CALL.fullmatch(args[0]) if len(args) == 1 else None
    if name in ("eig", "eigh", "eigvals", "eigvalsh") and inner:  # eigh(cov(X.T)): PCA
        # population (bias=True) stays code here: the PCA reading divides by N - 1
        cov = _covariance(_arguments(inner.group(1)), population=False)
        what = "eigenvalues" if name.startswith("eigval") else "eigenvectors"
        return f" PCA: {what} of the{cov} " if cov and not embedded else ""
    return None


_COV_CALL = re.compile(r"(?:np|numpy)\s*\.\s*cov\s*\((.*)\)")
_FLAT = r"[\[(][^\[\]()]*,[^\[\]()]*[\])]"  # (1, 2) or [1, 2]: one vector, typed flat


def _flat_vector(arg: str, text: str) -> bool:
    """``arg`` is a vector typed flat, or the name of one defined so in ``text``: np.outer of
    a matrix flattens it first, a reading not given here."""
    arg = arg.strip()
    while re.fullmatch(r"\((\[.*\])\)", arg):  # np.array([1, 2]) is ([1, 2]) by now
        arg = arg[1:-1].strip()
    if re.fullmatch(_FLAT, arg):
        return True
    return re.fullmatch(r"[A-Za-z]\w?", arg) is not None and re.search(
        rf"(?<![\w.]){arg}\s*=\s*\(?\s*{_FLAT}", text) is not None


def _outer(a: str, b: str, text: str) -> str | None:
    """``np.outer(u, v)``, "outer product of u and v": u vᵀ, a column times a row."""
    if not (_flat_vector(a, text) and _flat_vector(b, text)):
        return None
    a, b = (f"[{v.strip()[1:-1]}]" if re.fullmatch(_FLAT, v.strip()) else v.strip()
            for v in (a, b))
    return f" (({a}) * ({b})^T) "


# each operand typed, named, or named where it is typed (u = (1, 2))
_OUTER_ARG = rf"(?:[A-Za-z]\w?\s*=\s*)?{_FLAT}|[A-Za-z]\w?"
_OUTER_WORDS = re.compile(rf"\bouter\s+product\s+(?:of\s+)?({_OUTER_ARG})\s*"
                          rf"(?:,|and|with|&)\s*({_OUTER_ARG})(?![\w(\[])", re.I)


def _outer_words(m: re.Match[str], text: str) -> str:
    a, b = (re.sub(r"^[A-Za-z]\w?\s*=\s*", "", g) for g in m.groups())
    return _outer(a, b, text) or m.group(0)


def _columns_of(arg: str, text: str) -> str | None:
    """``X`` (defined in the message as ``X = [[..], [..]]``) or a typed ``[[..], [..]]`` of
    numbers, transposed: NumPy's ``cov(X)`` takes each row as a variable, so the data points
    are X's columns."""
    literal = arg.strip()
    if re.fullmatch(r"[A-Za-z]\w?", literal):
        found = re.search(rf"(?<![\w.]){literal}\s*=\s*\(?\s*(\[\s*\[[-\d.,\s\[\]]*\]\s*\])",
                          text)
        literal = found.group(1) if found else ""
    rows = [[c.strip() for c in r.split(",")] for r in re.findall(r"\[([^\[\]]*)\]", literal)]
    if (not rows or len({len(r) for r in rows}) != 1
            or not all(re.fullmatch(r"-?\d+(?:\.\d+)?", c) for r in rows for c in r)):
        return None
    return "[" + ", ".join("[" + ", ".join(col) + "]" for col in zip(*rows, strict=True)) + "]"


def _covariance(args: list[str], population: bool = True, text: str = "") -> str:
    data = _TRANSPOSED.fullmatch(args[0]) if args else None
    bias = [re.sub(r"\s+", "", a) for a in args[1:]]
    if data is None and args and "rowvar=False" not in bias and (
            points := _columns_of(args[0], text)) is not None:  # cov(X): X's columns
        data = re.fullmatch(r"(.*)", points)
    if data is None and args and "rowvar=False" in bias:  # cov(X, rowvar=False): X's rows
        data = re.fullmatch(r"([A-Za-z]\w?|\(\s*\[.*\]\s*\)|\[.*\])", args[0].strip())
        bias = [b for b in bias if b != "rowvar=False"]
    if data is None or bias not in ([], ["bias=True"] if population else [], ["bias=False"]):
        return ""
    which = "population" if bias == ["bias=True"] else "sample"
    return f" {which} covariance matrix of {data.group(1)} "


def _embedded(text: str, start: int, end: int) -> bool:
    """The call at ``text[start:end]`` has an operator or a bracket right next to it."""
    before = text[:start].rstrip()[-1:]
    after = text[end:].lstrip()[:1]
    return bool((before and before in "@*+-/^(") or (after and after in "@*+-/^."))


def _code_calls(text: str) -> str:
    """NumPy and SymPy calls pasted from notes, read as the math they compute:
    ``np.linalg.det(A)``, ``np.dot(u, v)``, ``A @ B``, ``Matrix([[1, 2], [3, 4]]).inv()``.
    Anything else that looks like code is left for ``guard`` to refuse."""
    for _ in range(8):
        m = _LIB_CALL.search(text)
        if not m:
            break
        end = _close(text, m.end() - 1)
        math = _as_math(m.group(1), _arguments(text[m.end():end]),
                        _embedded(text, m.start(), end + 1), str(text)) if end > 0 else None
        if math is None:
            break
        text = splice(text, m.start(), end + 1, math)
    for _ in range(8):
        m = next((m for m in _METHOD.finditer(text) if m.group(1) in _CALLS), None)
        if not m:
            break
        end = _close(text, m.end() - 1)
        stop = m.start()
        while stop and text[stop - 1] == " ":
            stop -= 1
        if end < 0 or not stop:
            break
        if text[stop - 1] == ")":  # Matrix([[1, 2], [3, 4]]).inv(); a bare [[..]].inv() stays
            start = _open(text, stop - 1)
        else:
            name = re.search(r"[A-Za-z]\w*$", text[:stop])
            start = name.start() if name else -1
        if start < 0:
            break
        math = _as_math(m.group(1), [text[start:stop], *_arguments(text[m.end():end])],
                        _embedded(text, start, end + 1))
        if math is None:
            break
        text = splice(text, start, end + 1, math)

    def named(m: re.Match[str]) -> str:
        arity, word = _CALLS.get(m.group(1), (0, ""))
        return f" {word} " if arity == 1 else m.group(0)

    return sub(_LIB_NAMED, named, text)


_INNER = re.compile(r"<\s*([A-Za-z]\w?)\s*,\s*([A-Za-z]\w?)\s*>")


def _defined(name: str, text: str) -> bool:
    """``name = (..)`` or ``name = [..]`` somewhere in the message: a vector or matrix."""
    return re.search(rf"(?<![\w.]){re.escape(name)}\s*=\s*[(\[]", text) is not None


def _alone(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is not part of a larger expression (``2<u, v>``, ``|(3, 4)| + 1``):
    only then can it be said in words ("the dot product of u and v")."""
    before = text[:start].rstrip()
    after = text[end:].lstrip()[:1]
    single = re.search(r"(?<![A-Za-z])[A-Za-z]$", before) is not None
    return not ((before[-1:] and (before[-1].isdigit() or before[-1] in "@*+-/^()[]|" or single))
                or (after and (after.isdigit() or after in "@*+-/^([|")))


def _inner(m: re.Match[str], text: str) -> str:
    a, b = m.group(1), m.group(2)
    if _defined(a, text) and _defined(b, text) and _alone(m.string, m.start(), m.end()):
        return f" dot product of {a} and {b} "
    return m.group(0)


_CROSS_NAMES = re.compile(r"(?<![\w^.])([A-Za-wyzA-Z]\w?)\s+x\s+([A-Za-wyzA-Z]\w?)(?![\w(^])")
_TRIPLE = r"(\(\s*[-\d./]+\s*,\s*[-\d./]+\s*,\s*[-\d./]+\s*\))"
_CROSS_LITERAL = re.compile(rf"{_TRIPLE}\s*x\s*{_TRIPLE}")  # (1,0,2)x(0,1,1) too
_METRIC = re.compile(r"(?<![\w^/])d\s*\(\s*([A-Za-z]\w?)\s*,\s*([A-Za-z]\w?)\s*\)(?!\s*/)")


def _names(m: re.Match[str], text: str, form: str) -> str:
    a, b = m.group(1), m.group(2)
    words = form.strip()[0].isalpha()
    if a != b and _defined(a, text) and _defined(b, text) and (
            not words or _alone(m.string, m.start(), m.end())):
        return form.format(a=a, b=b)
    return m.group(0)


def _unreadable(ch: str, before: list[str]) -> None:
    """A character that may carry meaning never vanishes: a math sign (±, ≤, ∑, →), a letter
    or digit of another script (a word in Devanagari), an accent on a letter (x̄, ẋ). Emoji
    and invisible marks do vanish."""
    cat = unicodedata.category(ch)
    accent = cat in ("Mn", "Me") and before and before[-1][-1:].isalnum()
    if cat == "Sm" or cat[0] in "LN" or accent:
        shown = f"◌{ch}" if accent else ch
        hint = ("I read English and Hinglish typed in English letters, e.g. "
                "x^2 ka derivative batao." if cat[0] == "L" and not accent else
                "Write the math with + - * / ^ and words, e.g. d/dx x^2 or det [[1, 2], [3, 4]].")
        raise ParseError(f"I did not understand “{shown}” in your message.", hint)


_PRIMED = re.compile(r"(?<![\w.])(sigma|sigmoid)(?=\s*'?\s*\()")


def _primed_name(text: str) -> str:
    """``σ(x) = 1/(1 + e^-x), find σ'(x)``: a function named by a word, defined and then primed,
    is the function g (only when the name occurs just there and g is not used)."""
    if "'" not in text:
        return text
    found = _PRIMED.findall(text)
    defined = re.search(r"(?<![\w.])(?:sigma|sigmoid)\s*\(\s*[a-z]\s*\)\s*=", text)
    primed = re.search(r"(?<![\w.])(?:sigma|sigmoid)\s*'\s*\(\s*[a-z]\s*\)", text)
    if len(found) != 2 or not defined or not primed or defined.start(
            ) > primed.start() or re.search(r"(?<![\w.])g(?![\w])", text):
        return text
    return replace(sub(_PRIMED, "g", text), "g '", "g'")


_DEGREES = re.compile(r"(\d+(?:\.\d+)?)\s*°")
# "x = 90 degrees", "30 deg": an angle (a "degree 3 polynomial" has the number after the word)
_DEGREE_WORD = re.compile(r"(?<![\w.^])(\d+(?:\.\d+)?)\s*(?:degrees|degree|degs|deg)\b"
                          r"(?!\s*(?:polynomial|taylor|term|approximation|expansion|order))",
                          re.I)


def _translated(text: str) -> str:
    """``_TRANSLATE`` (fractions, ``⁄``, subscripts), each character's origin kept."""
    plain = text.translate(_TRANSLATE)
    if not isinstance(text, Source) or plain == text:
        return plain if plain != text else text
    return translate(text, [ch.translate(_TRANSLATE) for ch in text])


_MARK = re.compile(r"[^\W\d_]?[\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff]+|.", re.S)


def _nfkc(text: str) -> str:
    """Unicode NFKC (``ﬁ`` is fi, a full-width digit a digit), each character's origin kept:
    a character and the marks on it are normalized together, as NFKC does."""
    whole = unicodedata.normalize("NFKC", text)
    if not isinstance(text, Source) or whole == text:
        return whole if not isinstance(text, Source) else text
    parts = [unicodedata.normalize("NFKC", m.group(0)) for m in _MARK.finditer(text)]
    if "".join(parts) != whole:
        return follow(text, whole)
    edits = [(m.start(), m.end(), part, None)
             for m, part in zip(_MARK.finditer(text), parts, strict=True) if part != m.group(0)]
    return edit(text, edits)


_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")  # tab, CR and other control characters


_DASH_MATH = ("sin", "cos", "tan", "sec", "csc", "cot", "exp", "log", "sqrt", "sinh", "cosh",
              "tanh", "arc", "sigmoid", "relu", "softplus", "det", "max", "min", "abs", "cbrt",
              "theta", "alpha", "beta", "gamma", "delta", "lambda", "sigma", "mu", "phi", "pi")


def _unicode(text: str) -> str:
    """Every character in ASCII (plus ``∂``, ``⨯`` and ``°``): fractions, superscripts,
    subscripts, signs and Greek letters spelled out; a sign that may carry meaning is asked
    back (``_unreadable``); emoji and invisible marks become spaces."""
    text = _translated(text)
    # "x: 0, 1 | y: 1, 3 — fit y = mx + c": an em (or en) dash between spaces, before a word,
    # is the sentence's punctuation, never a minus (a function name after it stays a minus)
    if "—" in text or "–" in text:
        text = sub(r"[ \t]+[—–][ \t]+(?=([A-Za-z]{3,}))(?!(?:" + "|".join(_DASH_MATH) + r")\b)",
                   ", ", text)
    # σ(z) is the sigmoid in ML notes (σ alone stays sigma, a standard deviation)
    if "σ" in text:
        text = sub(r"σ\s*\(", "sigmoid(", text)
    # ³√x, ²√x: the index of a root typed as a superscript before √ (∛ is one sign)
    if "√" in text:
        text = sub(r"(?<![\w)\]²³])[²³]\s*√",
                   lambda m: " cbrt" if m.group(0)[0] == "³" else " sqrt", text)
    text = sub(_SUPER_RUN, _super, text)
    text = _nfkc(text)
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
        elif ch == "°":
            out.append("°")  # degrees: read below
        else:
            try:
                _unreadable(ch, out)
            except ParseError as exc:  # quoted as typed (é may have been e and an accent)
                at = len(out)  # one piece per character so far
                exc.message = exc.message.replace(f"“{ch}”", f"“{typed(text, at, at + 1)}”")
                exc.args = (exc.message,)
                raise
            out.append(" ")  # emoji, invisible marks
    return translate(text, out)


_IMPORT = re.compile(r"(?m)^[ \t]*(?:import\s+numpy(?:\s+as\s+np)?|from\s+numpy\s+import\s+\*|"
                     r"import\s+sympy(?:\s+as\s+sp)?)[ \t]*;?[ \t]*$")
# print(np.linalg.det(M)) on a line of its own: what it prints is the value asked for
_PRINT_LINE = re.compile(r"(?m)^([ \t]*)print\s*\((.*)\)[ \t]*(?=#|$)")
_COMMENT = re.compile(r"[ \t]*#+[ \t]*(?=[A-Za-z?])")
# "w, v = np.linalg.eig(A)" then "what is w": NumPy's eig returns (eigenvalues, eigenvectors)
_EIG_UNPACK = re.compile(r"(?m)^[ \t]*([A-Za-z]\w{0,9})\s*,\s*([A-Za-z]\w{0,9})\s*=\s*"
                         r"(?:np|numpy)\s*\.\s*linalg\s*\.\s*eigh?\s*\(\s*([A-Za-z]\w?)\s*\)"
                         r"[ \t]*;?[ \t]*$")
_OUTPUT = re.compile(r"\b(?:i\s+)?(?:got|get|have|see)\s+this\s+(?:output|result|array)\s*:?",
                     re.I)


# ">>> " and "... " before the lines of a Python session; ">>> A" alone, then the array
# printed on the next line: A's value (the output of a call is the student's own result,
# claims.split_claim, blanked before this)
_PROMPT = re.compile(r"(?m)^[ \t]*(?:>>>|\.\.\.)[ \t]?")
_PROMPT_NAME = re.compile(r"(?m)^[ \t]*>>>[ \t]*([A-Za-z]\w?)[ \t]*\n(?:[ \t]*\n)?"
                          r"(?=[ \t]*(?:array\(|\[))")
_ECHO = re.compile(r"(?m)^[ \t]*>>>[ \t]*([A-Za-z]\w?)[ \t]*\n(?:[ \t]*\n)?[ \t]*"
                   r"array\(([^()]*)\)[ \t]*$")


def _echoes(text: str) -> str:
    """``>>> A = np.array([[2, 1], [1, 1]])``, then ``>>> A`` and NumPy's echo of the same
    array: said twice, read once (an echo that differs is left, and asked about)."""
    for m in reversed(list(_ECHO.finditer(str(text)))):
        given = re.search(rf"(?m)^[ \t]*(?:>>>)?[ \t]*{m.group(1)}[ \t]*=[ \t]*(?:np|numpy)"
                          r"\s*\.\s*array\(([^()]*)\)", str(text)[:m.start()])
        if given and re.sub(r"[\s.]", "", given.group(1)) == re.sub(r"[\s.]", "", m.group(2)):
            text = splice(text, m.start(), m.end(), "")
    return text


_PRINT_NAME = re.compile(r"(?m)^[ \t]*print\s*\(\s*([A-Za-z]\w?)\s*\)")


def _printed_expression(text: str) -> str:
    """``C = A @ B + A.T`` then ``print(C)``: what is printed is that expression of the
    matrices typed (a value typed as a bracket or np.array stays the matrix C itself)."""
    m = _PRINT_NAME.search(str(text))
    if m is None:
        return text
    name = m.group(1)
    defs = list(re.finditer(rf"(?m)^[ \t]*{name}[ \t]*=[ \t]*([^\n=]+?)[ \t]*$",
                            str(text)[:m.start()]))
    if len(defs) != 1 or re.match(r"[\[(]|(?:np|numpy)\s*\.|array", defs[0].group(1)):
        return text
    d = defs[0]
    text = splice(text, m.start(), m.end(), f"({d.group(1)})")
    return splice(text, d.start(), d.end(), "")


# "C = np.cov(X.T, bias=True)" then "what should C be?", "C = ?": the name of a call's
# result (a NumPy call or a method, never np.array: that is C's value), asked once after it
_CALL_DEF = re.compile(r"(?m)^[ \t]*([A-Za-z]\w{0,9})[ \t]*=[ \t]*(?!(?:np|numpy)\s*\.\s*"
                       r"(?:array|matrix)\b|array\b)((?:np|numpy|[A-Za-z]\w?)\s*\.[\w.]*\w\s*"
                       r"\([^\n]*\)[^\n;#]*?)[ \t]*;?[ \t]*$")


# "X.mean(axis=0)" over "np.cov(X, rowvar=False, bias=True)": a call a line, each its own
# task (joined with "and", as a sentence asking for both would be)
_CALL_LINE = r"[ \t]*(?:np|numpy|[A-Za-z]\w?)\s*\.[\w.]*\w\s*\([^\n=]*(?:=[^\n=]*)*\)[ \t]*"
_CALL_LINES = re.compile(rf"(?m)^{_CALL_LINE}(?:\n{_CALL_LINE})+$")


_ONE_CALL = r"(?:np|numpy|[A-Za-z]\w?)\s*\.[\w.]*\w\s*\((?:[^()\n]|\([^()\n]*\))*\)"
# "X.mean(axis=0), np.cov(X.T)": two calls on a line, a tuple of results, a task each
_CALLS_ON_A_LINE = re.compile(rf"(?m)^[ \t]*{_ONE_CALL}(?:[ \t]*,[ \t]*{_ONE_CALL})+[ \t]*$")
# "np.linalg.eig(A)[0]": the eigenvalues; [1] the eigenvectors (eig returns both)
_EIG_PART = re.compile(r"(?:np|numpy)\s*\.\s*linalg\s*\.\s*eigh?\s*\(\s*([A-Za-z]\w?)\s*\)"
                       r"\s*\[\s*([01])\s*\]")


def _call_lines(text: str) -> str:
    for m in reversed(list(_CALLS_ON_A_LINE.finditer(str(text)))):
        for c in reversed(list(re.finditer(rf"(?<=\))[ \t]*,[ \t]*(?={_ONE_CALL})",
                                           m.group(0)))):
            text = splice(text, m.start() + c.start(), m.start() + c.end(), " and ")
    for m in reversed(list(_CALL_LINES.finditer(str(text)))):
        if any(re.match(r"\s*[A-Za-z]\w*\s*=(?!=)", ln) for ln in m.group(0).split("\n")):
            continue  # an assignment is not a task
        at = m.start()
        for ln in m.group(0).split("\n")[:-1]:
            at += len(ln)
            text = splice(text, at, at + 1, " and ")
            at += 5
    return text


_ASKED_LINE = (r"print\s*\(\s*{names}\s*\)|"
               r"(?:(?:so\s+|and\s+|then\s+)?(?:what|wat)\s+(?:is|are|should|will|would|does|do)"
               r"\s+(?:the\s+)?(?:values?\s+of\s+)?)?{names}(?:\s+(?:be|give|contain|hold|"
               r"print|equal|come\s+out(?:\s+as)?))?\s*(?:=\s*)?\?*")


def _asked_name(text: str) -> str:
    """``d = np.dot(u, v)``, ``n = np.linalg.norm(u)``, then ``what are d and n``: each name
    asked, on a question line of its own, is the call it was assigned (the assignment goes)."""
    defs = {}
    for m in _CALL_DEF.finditer(str(text)):
        if not re.search(rf"(?<![\w.]){m.group(1)}(?![\w])", str(text)[:m.start()]):
            defs[m.group(1)] = m
    if not defs:
        return text
    one = "(?-i:" + "|".join(re.escape(n) for n in sorted(defs, key=len, reverse=True)) + ")"
    names = rf"{one}(?:\s*(?:,|\band\b|&)\s*{one})*"
    asked = re.compile(_ASKED_LINE.format(names=names), re.I)
    edits: list[tuple[int, int, str]] = []
    used: list[re.Match[str]] = []
    for line in re.finditer(r"(?m)^[^\n]*$", str(text)):
        if not line.group(0).strip() or not asked.fullmatch(line.group(0).strip()):
            continue
        for k in re.finditer(rf"(?<![\w.]){one}(?![\w(.\[])", line.group(0)):
            d = defs[k.group(0)]
            later = re.findall(rf"(?<![\w.]){k.group(0)}(?![\w(.\[])", str(text)[d.end():])
            if len(later) != 1 or line.start() < d.end():
                return text  # used again in more code ("gradient of loss"): not asked
            edits.append((line.start() + k.start(), line.start() + k.end(), f" {d.group(2)} "))
            used.append(d)
    for start, stop, new in sorted(edits + [(d.start(), d.end(), "") for d in used],
                                   reverse=True):
        text = splice(text, start, stop, new)
    return text


def _python_lines(text: str) -> str:
    """Lines of a NumPy session pasted in, read for what they ask: ``import numpy as np`` is
    filler, ``print(X)`` alone on a line asks for X, ``# what does this give`` is words, and
    ``w, v = np.linalg.eig(A)`` names the eigenvalues w and the eigenvectors v."""
    if ">>>" in text:  # a Python prompt: ">>> A" over its output is A's value
        text = _echoes(text)
        text = sub(_PROMPT_NAME, r"\1 = ", text)
        text = sub(_PROMPT, "", text)
    if "import" in text:
        text = sub(_IMPORT, "", text)
    if "print" in text:
        text = _printed_expression(text)
    if "." in text and "=" in text:
        text = _asked_name(text)
    if "print" in text:
        text = sub(_PRINT_LINE, r"\1\2 ", text)
    if "(" in text and "\n" in text:
        text = _call_lines(text)
    if "#" in text:
        text = sub(_COMMENT, "\n", text)
    if "this" in text:
        text = sub(_OUTPUT, " ", text)
    if "eig" in text and "[" in text:
        text = sub(_EIG_PART, lambda m: f" the {('eigenvalues', 'eigenvectors')[int(m.group(2))]}"
                   f" of {m.group(1)} ", text)
    if "eig" in text and (m := _EIG_UNPACK.search(str(text))) is not None:
        values, vectors, matrix = m.groups()
        rest = str(text)[m.end():]
        asked = {n for n in (values, vectors) if re.search(rf"(?<![\w.]){n}(?![\w(=])", rest)}
        if asked and values != vectors:
            text = splice(text, m.start(), m.end(), "")
            words = {values: f" the eigenvalues of {matrix} ",
                     vectors: f" the eigenvectors of {matrix} "}
            # "what are w and V": both, one phrase (the matrix named once)
            both = {values: "eigenvalues", vectors: "eigenvectors"}
            pair = re.search(rf"(?<![\w.])({values}|{vectors})\s*(?:,|\band\b|&)\s*"
                             rf"({values}|{vectors})(?![\w(=])", str(text))
            if pair and pair.group(1) != pair.group(2):  # each word on its own name's place
                text = splice(text, *pair.span(2), f" the {both[pair.group(2)]} of {matrix} ")
                text = splice(text, *pair.span(1), f" the {both[pair.group(1)]} ")
            text = sub(rf"(?<![\w.])({values}|{vectors})(?![\w(=])",
                       lambda k: words[k.group(1)], text)
    return text


# "... in radians θ = ?", "answer = ?": the unknown asked for, named at the end (never the
# argument of a function: "cos θ = ?")
_NAMED_UNKNOWN = re.compile(r"[\s,;]*(?<!\w)(?<!(?:sin|cos|tan|sec|csc|cot|exp|log)\s)"
                            r"(?:θ|theta|φ|phi|answer|ans|result)\s*=\s*\?+\s*\Z", re.I)


def normalize(text: str) -> str:
    """The message in canonical ASCII (plus ``∂``), one space between words kept as typed."""
    if "print" in text or "#" in text or "import" in text or "eig" in text or "this" in text or (
            ">>>" in text) or ("np." in text and "=" in text):
        text = _python_lines(text)
    if not text.isascii() or _CONTROL.search(text):  # printable ASCII is itself here
        text = _unicode(text)
    text = sub(_DEGREE_WORD, r"\1°", text)
    if "°" in text:  # 30° is π/6: angles in degrees, read as radians for the math
        text = sub(_DEGREES, r"(\1*pi/180)", text)
        if "°" in text:
            raise ParseError("I did not understand “°” in your message.",
                             "Write an angle in degrees as a number, e.g. 30°.")
    if "\\" in text or "$" in text:
        text = latex_to_plain(text)
    text = _primed_name(text)
    # runs of spaces read as one (and keep every later pattern linear on long runs)
    if "  " in text:
        text = sub(r"[ ]{2,}", " ", text)
    if "\n" in text:
        text = sub(r"(?:[ ]*\n){3,}", "\n\n", text)
    if "dtype" in text:
        text = sub(_DTYPE, "", text)
    if "(" in text:
        text = sub(_NUMPY, "(", text)
    # "print(M) gives\n[[1 2]\n [3 4]]": the matrix M, as NumPy printed it
    if "print" in text:
        text = sub(_PRINT_GIVES, r"\1 = ", text)
    if "[" in text:
        text = sub(_PRINTED, _printed, text)
    if "outer" in text:
        text = sub(_OUTER_WORDS, lambda m: _outer_words(m, str(text)), text)
    if "." in text:
        # "np.linalg.eig(A) - just the eigenvectors": a dash before words, not a minus
        text = sub(r"(?<=\))\s+-\s+(?=(?:just|only|which|what|give|show)\b)", ", ", text)
        text = _code_calls(text)
    if "@" in text:  # A @ B: NumPy's matrix product; "grad f @ (1, 1)" in a chat: at
        product = re.search(r"\[|\bnp\b|\barray\b", text) is not None
        text = sub(r"(?<=[\w)\]])\s*@\s*(?=[\w(\[])", " * " if product else " at ", text)
    # chat: "= ?" is "what is"; "hi!" is not a factorial; "1. find ..." is a list number
    if "?" in text:
        # "... in radians θ = ?", "answer = ?": the unknown asked for, named at the end
        text = sub(_NAMED_UNKNOWN, " ?", text)
        text = sub(r"\s*=\s*\?+", " ?", text)
    if "!" in text:
        text = sub(r"(?<=[A-Za-z]{2})!+", ".", text)
        text = sub(r"(?<=\s)[!?]*![!?]*(?=\s|$)|(?<=[\w)\]])\?+![!?]*", " ?", text)  # "?!"
    text = sub(r"(?m)^\s*(?:[Qq]\.?\s*)?\d{1,2}\s*[.)]\s+(?=[A-Za-z])", "", text)
    if "T" in text:
        text = sub(_DOT_T, "^T", text)
        text = sub(r"\^\s*\(\s*T\s*\)", "^T ", text)  # A^{T}, A^{\top}: the transpose
    # ||v||_2 is the Euclidean norm (||v||_1 and the rest stay for a question)
    if "||" in text:
        text = sub(r"(\|\|[^|]+\|\|)\s*_\s*(?:2\b|\(\s*2\s*\))", r"\1", text)
    # "u = (1, 2)ᵀ": the textbook's way to write a column vector on one line (our vectors are
    # columns already); only in a definition, where nothing else can be meant
    if "T" in text:
        text = sub(r"(?<==)(\s*\([^()=]*,[^()=]*\))\s*\^\s*T(?=\s*(?:[,;\n]|$|and\b))",
                   r"\1", text)
    if "." in text:
        text = sub(r"(?<=\d)\.(?=\s*[,\]])", "", text)  # NumPy floats: [[2., 1.]]
    # x^(2) from superscripts and "x ^ 2" read the same; "**" is Python's power.
    text = replace(text, "**", "^")
    # "u x v" with u and v defined, "(1, 0, 0) x (0, 1, 0)": the cross product (x is not a
    # variable between two vectors); "d(u, v)" with u and v defined: their distance
    if re.search(r"\sx\s", text):
        text = sub(_CROSS_NAMES, lambda m: _names(m, text, "{a} ⨯ {b}"), text)
    if re.search(r"\)\s*x\s*\(", text):
        text = sub(_CROSS_LITERAL, r"\1 ⨯ \2", text)
    if "d" in text:
        text = sub(_METRIC, lambda m: _names(m, text, " distance between {a} and {b} "),
                   text)
    # |(3, 4)|: bars around a vector are its length
    if "|" in text:
        text = sub(r"(?<!\|)\|\s*(\([^()|]*,[^()|]*\))\s*\|(?!\|)",
                   lambda m: f" norm {m.group(1)} " if _alone(m.string, m.start(), m.end())
                   else m.group(0), text)
    # <u, v> with u and v defined is their inner product; <1, 2, 3> is a vector (1, 2, 3)
    if "<" in text:
        text = sub(_INNER, lambda m: _inner(m, text), text)
        text = sub(r"<([^<>=]*,[^<>=]*)>", r"(\1)", text)
    if len(max(re.findall(r"[A-Za-z0-9_]+", text) or [""], key=len)) > 60:
        raise ParseError("That has a word or number longer than 60 characters.",
                         "Put spaces or * between things, e.g. 2*x*y.")
    return text
