"""Matrices typed without brackets: rows on separate lines, or rows split by `` / ``.

``1 2\\n3 4`` and ``1 2 / 3 4`` both become ``[[1, 2], [3, 4]]`` before anything else reads
the message; a line ending in ``=`` (``A =``) takes the matrix that follows it.
"""

from __future__ import annotations

import itertools
import logging
import re

from ..errors import ParseError
from .lexicon import DESCRIBED
from .readings import flipped, pick, said, took
from .source import follow, splice, sub, typed

logger = logging.getLogger(__name__)

_ENTRY = (r"-?(?:\d+(?:\.\d+)?(?:/\d+)?|[A-Za-z](?![A-Za-z])|lambda|theta|alpha|beta|"
          r"gamma|delta|mu|sigma|pi)")
_ROW = re.compile(rf"[\[(|]?\s*(?:{_ENTRY})(?:,?\s+(?:{_ENTRY})|,(?:{_ENTRY}))+,?\s*[\])|]?,?")
_SLASH = re.compile(rf"(?<![\w^*/+\-.])((?:{_ENTRY})(?:[ ,]+(?:{_ENTRY}))+(?:\s+/\s+(?:{_ENTRY})"
                    rf"(?:[ ,]+(?:{_ENTRY}))+)+)(?![\w.])")


def _cells(row: str) -> list[str]:
    return [c for c in re.split(r"[ ,\[\]()|]+", row.strip()) if c]


def _bracket(rows: list[list[str]]) -> str:
    return "[" + ", ".join("[" + ", ".join(r) + "]" for r in rows) + "]"


def _slash(match: re.Match[str]) -> str:
    rows = [_cells(r) for r in re.split(r"\s+/\s+", match.group(1))]
    if len({len(r) for r in rows}) != 1:
        return match.group(0)
    return _bracket(rows)


_BARS = re.compile(r"\|([^|\n]*;[^|\n]*)\|")  # | 5 1 ; 3 2 |: a determinant
# "3x3 matrix", "2x2 [[..": a size, a claim that described.check tests on the matrix read
_DESCRIBED = "|".join(w.replace(" ", r"\s+") for w in DESCRIBED)  # "2x2 symmetric matrix"
_SIZE_WORD = re.compile(rf"\b[1-6]\s*[x*⨯]\s*[1-6]\s+(?=(?:(?:{_DESCRIBED})\s+)*"
                        r"(?:matri|det|system|square|identity))"
                        r"|\b[1-6]\s*[x⨯]\s*[1-6]\s+(?=\[\[)", re.I)
_COLUMN = re.compile(r"(?<![\w.])([A-Za-z]\w?)\s*:\s*((?:-?\d+(?:\.\d+)?\s*,\s*)+-?\d+(?:\.\d+)?)")
# "x = 1, 2, 3, 4  y = 2, 4, 5, 9", "x = [1, 2, 3], y = [2, 4, 5]": named columns with "=" (in
# a statistics message only: elsewhere "x = 1, 2" may be a point or a system)
_COLUMN_EQ = re.compile(r"(?<![\w.])([A-Za-z]\w?)\s*=\s*(?P<open>[\[(])?\s*((?:-?\d+(?:\.\d+)?\s*,"
                        r"\s*)+-?\d+(?:\.\d+)?)\s*(?(open)[\])])(?![\w.^(]|\s*,\s*-?\d)")
_STATISTIC_WORDS = r"mean|average|avg|variance|covariance|cov|deviation|std"
_STATISTICS = re.compile(rf"\b(?:{_STATISTIC_WORDS})\b", re.I)


_NUM = r"-?\d+(?:\.\d+)?(?:/\d+)?"
_ROW_RE = rf"{_NUM}(?:[ ,]+{_NUM})+"
_SEMI_ROWS = re.compile(rf"(?<![\w\[(,;.^*/+\-])({_ROW_RE}(?:\s*;\s*{_ROW_RE})+)(?![\w\].,;])")


def _semicolon_rows(match: re.Match[str]) -> str:
    """``2 1 ; 1 1`` typed inline: a matrix when every row has the same length."""
    rows = [_cells(r) for r in match.group(1).split(";")]
    return _bracket(rows) if len({len(r) for r in rows}) == 1 else match.group(0)


_COLUMN_LINE = re.compile(r"(?m)^(\s*[A-Za-z]\w?\s*:\s*)((?:-?\d+(?:\.\d+)?[ ]+)+-?\d+(?:\.\d+)?)"
                          r"\s*$")


# "x = 1 2 3, y = 2 4 7", "x: 1 2 3 | y: 2 4 7": named columns typed with spaces inside one
# line (three numbers or more each; in a statistics message, two columns or more)
_COLUMN_SPACED = re.compile(rf"(?<![\w.])([A-Za-z]\w?\s*[:=]\s*)({_NUM}(?:[ ]+{_NUM}){{2,}})"
                            r"(?=\s*(?:[,;|]|\n|$)|\s+(?:[A-Za-z]{3,}|[A-Za-z]\w?\s*[:=]))")


# a model's data as two named columns, x = (0, 1, 2), y = [1, 3, 7], x = 1, 2, 3, x: 1 2 3
_LIST = rf"\(\s*{_NUM}(?:\s*,\s*{_NUM})+\s*\)|\[\s*{_NUM}(?:\s*,\s*{_NUM})+\s*\]|" \
        rf"{_NUM}(?:\s*,\s*{_NUM})+(?![\d.]|\s*,\s*[-\d])"
# "L(w, b) = (1/(2n)) Σ_i (..)^2", "J = sum (..)^2": a loss named by its letter, summed
_WRITTEN_LOSS = re.compile(r"(?<![\w.])[LJ]\s*(?:\([^()]*\))?\s*=[^\n=]*?"
                           r"(?:\b(?:sum|mean)\b|Sigma)")
# (np.array([1, 2]) is ([1, 2]) by now; X is the data's x when the message has no x)
_MODEL_COLUMN = re.compile(rf"(?<![\w.])([xyX])\s*[:=]\s*(\(\s*\[[^\[\]()]*\]\s*\)|{_LIST})")
# "np.mean((w*x + b - y)**2)" of a loss over the columns: (1/N) Σ of the squared error
_MEAN_OF = re.compile(r"(?<![\w.])mean\s*\(\s*(\((?:[^()]|\([^()]*\))*\)\s*\^\s*2)\s*\)")
_LOSS_CONTEXT = re.compile(r"\b(?:mse|sse|loss|squared\s+errors?|mean\s+squared|least\s+"
                           r"squares|cost)\b", re.I)
_MODEL = re.compile(r"(?<![\w.])y\s*=\s*[^,;\n]*(?<![\w.])[a-wz]\s*\*?\s*x\b")
# "loss = sum (w*x - y)^2", "np.mean((w*x + b - y)**2)", "\sum_i (w x_i - y_i)^2": a loss
# written out over the columns x and y (the model is inside it)
_LOSS_OVER_XY = re.compile(r"(?:\b(?:sum|mean)|Sigma)\s*"
                           r"(?:_\s*[({]?\s*[ijn]\s*(?:=\s*[01])?\s*[)}]?)?"
                           r"(?:\s*\^\s*[({]?\s*[nNm]\s*[)}]?)?\s*(?:of\s+)?\("
                           r"(?=[^\n]*?(?<![\w.])[xX](?:_i)?\b)"
                           r"(?=[^\n]*?(?<![\w.])y(?:_i)?\b)")


def _model_data(text: str) -> str:
    """``x = (0, 1, 2), y = (1, 3, 7) and model y = m x + c``, ``x: 1 2 3 / y: 1 3 2``, MSE:
    the columns x and y of a loss's data are its data points ``data (0, 1), (1, 3), (2, 7)``
    (not vectors named x and y put into the model). Only with a model y = .. x .. and a loss
    named; the columns typed next to each other, of one length."""
    loss = _LOSS_CONTEXT.search(text) is not None
    if not loss and not _WRITTEN_LOSS.search(text):
        return text
    over = _LOSS_OVER_XY.search(text)
    if not ((loss and (over or _MODEL.search(text))) or over):
        return text
    if len(_COLUMN_LINE.findall(text)) >= 2:
        text = sub(_COLUMN_LINE, lambda m: m.group(1) + ", ".join(m.group(2).split()), text)
    elif len(_COLUMN_SPACED.findall(text)) >= 2:  # "x: 0 1 2 | y: 1 3 7" inside a line
        text = sub(_COLUMN_SPACED, lambda m: m.group(1) + ", ".join(m.group(2).split()), text)
    found = list(_MODEL_COLUMN.finditer(text))
    if [m.group(1) for m in found] == ["X", "y"] and not re.search(r"(?<![\w.])x(?!\w)", text):
        text = sub(r"(?<![\w.])X(?![\w(])", "x", text)  # X = [..], y = [..]: the columns
        found = list(_MODEL_COLUMN.finditer(text))
    if [m.group(1) for m in found] != ["x", "y"]:
        return text
    cols = [re.findall(_NUM, m.group(2)) for m in found]
    between = text[found[0].end():found[1].start()]
    if len(cols[0]) != len(cols[1]) or not re.fullmatch(r"[\s;,|\n]*(?:and)?[\s;,|\n]*",
                                                        between):
        return text
    said = re.search(r"\bdata\s*(?:points?\s*)?:?\s*$", str(text)[:found[0].start()], re.I)
    points = ", ".join(f"({a}, {b})" for a, b in zip(*cols, strict=True))
    if not _MODEL.search(text) and "mean" in text:
        text = sub(_MEAN_OF, rf"(1/{len(cols[0])}) Sigma (\1)", text)
        found = list(_MODEL_COLUMN.finditer(text))
    return splice(text, found[0].start(), found[1].end(), f" {'' if said else 'data '}{points} ")


def _equal_columns(text: str) -> list[re.Match[str]]:
    """Columns typed ``x = 1, 2, 3``: three numbers or more each; in brackets
    (``x = [1, 2, 3]``, which may also be a point or a vector) only when the message names them
    as columns of the statistic ("covariance of x and y", "cov(x, y)", "mean of x and y")."""
    found = list(_COLUMN_EQ.finditer(text))
    if len(found) < 2 or any(len(m.group(3).split(",")) < 3 for m in found):
        return []
    if any(m.group("open") for m in found):
        names = [re.escape(m.group(1)) for m in found]
        listed = r"\s*(?:,|and|&)\s*".join(names)
        if not re.search(rf"\b(?:{_STATISTIC_WORDS})\s*(?:matrix\s+)?(?:of\s+|between\s+|"
                         rf"\(\s*)(?:both\s+)?{listed}(?![\w=])", text, re.I):
            return []
    return found


# "x 1 2 3" over "y 2 4 7": a variable a line, its name first (no colon), in a data message;
# only the names of variables (x, y, z, w, x1 ...): "a 1 2" over "b 3 4" may name two points
_NAMED_ROW = re.compile(rf"(?m)^([ \t]*[xyzwXYZW]\d?)[ \t]+({_NUM}(?:[ \t]+{_NUM})+)[ \t]*$")


# "x = [1 2 3 4], y = [2 4 5 4]" in a statistics message: data typed MATLAB's way, spaces
# between the entries of a named bracket (three or more numbers): the same as commas
_SPACED_NAMED = re.compile(rf"(?<![\w.])([A-Za-z]\w{{0,11}}\s*[:=]\s*)\[[ \t]*"
                           rf"({_NUM}(?:[ \t]+{_NUM}){{2,}})[ \t]*\]")
# "u = 1 2 3" over "v = 4 5 6": vectors typed with spaces, a lowercase name a line (three
# numbers or more, or two lines of two); statistics messages read such lines as data
_SPACED_VECTOR = re.compile(rf"(?m)^([ \t]*[a-z]\w?[ \t]*=[ \t]*)({_NUM}(?:[ \t]+{_NUM})+)[ \t]*$")


def _spaced_vectors(text: str) -> str:
    found = list(_SPACED_VECTOR.finditer(str(text)))
    if not found or (len(found) == 1 and len(found[0].group(2).split()) < 3):
        return text
    return sub(_SPACED_VECTOR, lambda m: m.group(1) + "(" + ", ".join(m.group(2).split()) + ")",
               text)


# "heights = [150 160 170]", "marks = 40, 50, 60" in a statistics message: a word naming the
# data (as "marks: 40, 50, 60"), never a function of the math (sin, exp ...)
_WORD_NAMED = re.compile(rf"(?<![\w.])((?!(?:sin|cos|tan|exp|log|sqrt|mean|variance|std|sum|"
                         rf"norm|det|rank|trace)\b)[A-Za-z]{{3,12}})[ \t]*=[ \t]*"
                         rf"(?=[\[(]?[ \t]*{_NUM}(?:[ \t]*,[ \t]*{_NUM}|[ \t]+{_NUM}){{2,}})")
# "x = 1, 2, 3 and y = 2, 4, 5: variance of y": the statistic of ONE of the named columns;
# the others are not used (said)
_NAMED_DATA = re.compile(rf"(?<![\w.])([A-Za-z]\w{{0,11}})\s*[:=]\s*(?P<open>[\[(])?\s*({_NUM}"
                         rf"(?:\s*,\s*{_NUM}){{2,}})\s*(?(open)[\])])(?![\w.^(]|\s*,\s*-?\d)")
_ONE_STATISTIC = re.compile(r"\b(mean|average|avg|variance|standard\s+deviation|std|sd)\s+"
                            r"(?:of\s+)?(?:the\s+)?([A-Za-z]\w{0,11})(?![\w(=])"
                            r"(?!\s*(?:,|and|&)\s*[A-Za-z]\w*(?![\w(]))", re.I)


_OTHER_USES = re.compile(r"\b(?:fit\w*|regression|model|loss|mse|sse|line|slope|predict\w*|"
                         r"least|gradient|correlat\w*|cov\w*|descent|plot)\b", re.I)


def _one_column(text: str) -> str:
    found = list(_NAMED_DATA.finditer(str(text)))
    if len(found) < 2:
        return text
    names = [m.group(1) for m in found]
    asked = list(_ONE_STATISTIC.finditer(str(text)))
    between = [str(text)[a.end():b.start()] for a, b in itertools.pairwise(found)]
    name = asked[0].group(2) if len(asked) == 1 else None
    if _OTHER_USES.search(str(text)) or len(_STATISTICS.findall(str(text))) != 1 or (
            names.count(name) != 1 or len(set(names)) != len(names) or any(
            not re.fullmatch(r"[\s|;,]*(?:and)?[\s|;,]*", g) for g in between) or (
            asked[0].start() < found[-1].end() and asked[0].end() > found[0].start())):
        if all(len(n) >= 3 for n in names) and len(set(names)) == len(names):
            # "scores: 1, 2, 3 and weights: 2, 2, 1: mean": lists named by words (never
            # run together as one list of numbers)
            raise ParseError(f"You give {len(names)} lists ({', '.join(names)}): which one is "
                             "the data?", f"Ask about one, e.g. the mean of {names[0]}.")
        return text
    chosen = found[names.index(name)]
    others = ", ".join(n for n in names if n != name)
    said(f"I used the numbers of {name} (you ask about {name}; {others} "
         f"{'is' if len(names) == 2 else 'are'} not used)")
    sign = "=" if len(name) <= 2 else ":"  # (a word names data with a colon)
    return splice(text, found[0].start(), found[-1].end(), f"{name} {sign} {chosen.group(3)}")


def _columns(text: str) -> str:
    """``x: 1, 3, -2 | y: 2, 0, 1``: named data columns, read as points (one per row); a column
    on its own line may be typed with spaces (``x: 1 2 3``), or without the colon."""
    if _DATA_WORDS.search(str(text)) and len(_NAMED_ROW.findall(text)) >= 2:
        text = sub(_NAMED_ROW, lambda m: m.group(1) + ": " + ", ".join(m.group(2).split()), text)
    if len(_COLUMN_LINE.findall(text)) >= 2:
        text = sub(_COLUMN_LINE, lambda m: m.group(1) + ", ".join(m.group(2).split()), text)
    elif _STATISTICS.search(str(text)) and len(_COLUMN_SPACED.findall(text)) >= 2:
        text = sub(_COLUMN_SPACED, lambda m: m.group(1) + ", ".join(m.group(2).split()), text)
    found, at = list(_COLUMN.finditer(text)), 2
    if len(found) < 2 and _STATISTICS.search(str(text)):
        found, at = _equal_columns(str(text)), 3
    if len(found) < 2:
        return text
    cols = [[c.strip() for c in m.group(at).split(",")] for m in found]
    between = [text[a.end():b.start()] for a, b in itertools.pairwise(found)]
    if len({len(c) for c in cols}) != 1 or any(not re.fullmatch(r"[\s|;,\n]*(?:and)?[\s|;,\n]*",
                                                               g) for g in between):
        return text
    matrix = _bracket([list(r) for r in zip(*cols, strict=True)])
    names = [m.group(1) for m in found]
    text = splice(text, found[0].start(), found[-1].end(), matrix)
    # "find the mean of x and y": the named columns, every one of them (the data itself);
    # "covariance of x and y", "cov(x, y)": one number, the covariance between the two columns
    if re.search(r"correlat", str(text), re.I):
        return text
    if re.search(r"covarian|\bcov\b", str(text), re.I):
        if len(names) != 2:
            return text
        a, b = (re.escape(n) for n in names)
        pair = (rf"\b(?:covariance|cov)(\s+matrix)?\s*(?:(?:(?:of|between)\s+)?\(\s*{a}\s*,\s*{b}"
                rf"\s*\)|(?:of|between)\s+(?:both\s+)?{a}\s*(?:,|and|&)\s*{b}(?![\w(=]))")
        if re.search(pair, str(text)) and not re.search(pair, str(text)).group(1):
            pick(f"columns:{names[0]},{names[1]}")  # their names, for the restatement
        return sub(pair, lambda m: " covariance matrix of the data " if m.group(1)
                   else " covariance between the data ", text, count=1)
    listed = r"\s*(?:,|and|&)\s*".join(re.escape(n) for n in names)
    return sub(rf"(?<![\w.])(?:of\s+)?(?:both\s+)?{listed}(?![\w(=])", " of the data ", text)


_ITERATION = re.compile(r"\b(?:gd|gradient\s+descent|newton|raphson|nr|lr|learning|steps?|"
                        r"iterations?|iters?)\b", re.I)
_STATS = re.compile(r"\b(?:mean|average|avg|variance|deviation|data|numbers|marks|scores)\b",
                    re.I)
_SPACED = re.compile(rf"(?<![\w.^*/+\-=,(\[|;])({_NUM}(?:[ ]+{_NUM}){{2,}})(?![\w.^*/(\[|;])")


def _spaced_data(text: str) -> str:
    """``variance of 10 12 14``: numbers typed with spaces in a statistics message are the
    data ``10, 12, 14`` (a line of numbers elsewhere may be a matrix row)."""
    if not _STATS.search(text):
        return text
    if "\n" not in text.strip():
        return sub(_SPACED, lambda m: ", ".join(m.group(1).split()), text)
    # on lines: a line of numbers (``x: 2 4 6 8`` over ``variance``) with no row of numbers
    # above or below it (rows of numbers one under another are a matrix)
    lines = str(text).split("\n")
    rows = [bool(_ROW.fullmatch(line.strip())) for line in lines]
    at, edits = 0, []
    for n, line in enumerate(lines):
        alone = not (n and rows[n - 1]) and not (n + 1 < len(lines) and rows[n + 1])
        if alone and (m := _DATA_LINE.fullmatch(line)) is not None:
            edits.append((at + m.start(2), at + m.end(2), ", ".join(m.group(2).split())))
        at += len(line) + 1
    for start, end, new in reversed(edits):
        text = splice(text, start, end, new)
    return text


_DATA_LINE = re.compile(rf"(\s*(?:[A-Za-z]\w{{0,9}}\s*[:=]\s*)?)({_NUM}(?:[ ]+{_NUM}){{2,}})\s*")


# (4 7 | 2 6), [1 2 | 3 4]: rows split by bars inside one bracket
_BAR_ROWS = re.compile(rf"[(\[]\s*({_ROW_RE}(?:\s*\|\s*{_ROW_RE})+)\s*[)\]]")
# "[[1, 1], [0, 2]] x = [6, -4]" alone: the system A x = b
_SYSTEM = re.compile(r"\s*(\[\s*\[[^=]*\]\s*\])\s*([a-z])\s*=\s*(\[[^\[\]=]*\]|\([^()=]*\))"
                     r"\s*[?.]?\s*")


def _bar_rows(match: re.Match[str]) -> str:
    rows = [_cells(r) for r in match.group(1).split("|")]
    return _bracket(rows) if len({len(r) for r in rows}) == 1 else match.group(0)


_BAR_ROW = re.compile(rf"\|\s*{_ROW_RE}\s*\|")


def _first_row_split(lines: list[str]) -> list[str]:
    """``det |1 2|`` over ``|3 4|``: the first row typed after the words is a row of the
    matrix below it (only with bars, where the row cannot be part of the math before it)."""
    out: list[str] = []
    for n, line in enumerate(lines):
        nxt = lines[n + 1].strip() if n + 1 < len(lines) else ""
        head = re.match(rf"(.*?\S)\s*(\|\s*{_ROW_RE}\s*\|)\s*$", line)
        if head and not _BAR_ROW.fullmatch(line.strip()) and _BAR_ROW.fullmatch(nxt) and (
                len(_cells(head.group(2))) == len(_cells(nxt))):
            out.extend([head.group(1), head.group(2)])
        else:
            out.append(line)
    return out


_UNIT = re.compile(r"(?<=\d)\s*\(\s*(?:cm|mm|m|km|kg|g|s|sec|min|hrs?|yrs?|years|rs|inr|marks|"
                   r"points|kmph|km/h|m/s|°C|C)\s*\)", re.I)
# {{1, 2}, {3, 4}}: a matrix in Mathematica / C braces
_BRACES = re.compile(r"\{\s*\{[-\d\s,./{}]*\}\s*\}")
# "augmented matrix [1 1 | 3; 1 -1 | 1]": the system A x = b
_AUGMENTED = re.compile(rf"\baugmented\s+(?:matrix\s+)?\[\s*({_ROW_RE}\s*\|\s*{_NUM}"
                        rf"(?:\s*;\s*{_ROW_RE}\s*\|\s*{_NUM})+)\s*\]", re.I)


def _augmented(m: re.Match[str]) -> str:
    rows = [r.split("|") for r in m.group(1).split(";")]
    a = [_cells(left) for left, _ in rows]
    if len({len(r) for r in a}) != 1:
        return m.group(0)
    b = ", ".join(right.strip() for _, right in rows)
    return f"{_bracket(a)} x = [{b}]"


_SPAN_SET = re.compile(r"\b(span(?:\s+of)?)\s*[\[{]\s*(\([^()\[\]]*\)(?:\s*,\s*\([^()\[\]]*\))+)"
                       r"\s*[\]}]", re.I)
_BRACKET_ROWS = re.compile(rf"((?:\(\s*{_ROW_RE}\s*\)\s*){{2,}})\s*,?\s*(?:where\s+|with\s+)?"
                           r"each\s+(?:bracket|pair\s+of\s+brackets)\s+is\s+(?:a|one)\s+row\b",
                           re.I)


def _bracket_rows(m: re.Match[str]) -> str:
    rows = [_cells(r) for r in re.findall(r"\(([^()]*)\)", m.group(1))]
    return _bracket(rows) + " " if len({len(r) for r in rows}) == 1 else m.group(0)


# "A =" ending a line, its value (a bracket, a number, np.array) starting the next one
_VALUE_NEXT_LINE = re.compile(r"(?m)^([ \t]*[A-Za-z]\w{0,9}(?:\([^()\n]*\))?[ \t]*=)[ \t]*\n"
                              r"[ \t]*(?=[\[(]|np\.|array)"
                              # rows one a line ("[1 2]\n[3 4]") are read as rows below
                              r"(?![\[(][^\[\]()\n]*[\])][ \t]*\n[ \t]*[\[(|])")


# "x = [2, 3, 6]^T", "span{(1,1,0)^T, (0,1,1)^T}": a list written as a row and transposed is
# the column vector itself (only as a value or a list item: [1, 2]^T A [1, 2] is a product)
_COLUMN_T = re.compile(r"(?:(?<=[=,{(:])|^)(\s*)([\[(]\s*-?[\w./]+(?:\s*,\s*-?[\w./]+)+\s*[\])])"
                       r"\s*\^\s*(?:T|\(T\))(?=\s*(?:[,;.)}?]|$|\n|(?:and|onto|on|for|then|"
                       r"in|using|with|find|compute|what)\b))")


# "A = [1 2 1\n     0 1 0\n     2 3 4]": one bracket, a row a line (MATLAB style, no ;)
_BRACKET_LINES = re.compile(rf"\[[ \t]*({_ROW_RE}(?:[ \t]*;?[ \t]*\n[ \t]*{_ROW_RE})+)[ \t]*\]")


def _bracket_lines(m: re.Match[str]) -> str:
    rows = [_cells(r) for r in re.split(r"[ \t]*;?[ \t]*\n", m.group(1))]
    return _bracket(rows) if len({len(r) for r in rows}) == 1 else m.group(0)


# "x = 1, 2, 3 ; y = 2, 4, 7 -> covariance", "[[1,2],[3,4]] => det", "data → mean": an arrow
# between the givens and the words of the task is a separator (never before a number or one
# letter, where it is a limit or a map: x -> 0, f: R^2 -> R)
_ARROW_CHARS = re.compile(r"->|=>")
_ARROW = re.compile(r"(?<![<\-=])(?:-+>|=+>)\s*(?=\?|$|d\s*\^?\s*\d?\s*/\s*d|"
                    r"(?!inf|infinity\b)[A-Za-z]{3,})", re.I)

# "(1,1) (2,2) (3,3)": points or vectors typed with spaces between them are a list (a product
# of tuples means nothing); with square brackets "[1, 2] [3, 4]" only in a data or vector-list
# message (elsewhere they may be the rows of a matrix)
_TUPLE = rf"\(\s*{_NUM}(?:\s*,\s*{_NUM})+\s*\)"
_SQUARE = rf"\[\s*{_NUM}(?:\s*,\s*{_NUM})+\s*\]"
_SPACED_TUPLES = re.compile(rf"(?<![\w)\]^*/.])(?:{_TUPLE})(?:[ \t]+(?:{_TUPLE}))+(?![\w(\[^*/.])")
_SPACED_SQUARE = re.compile(rf"(?<![\w)\]^*/.\[])(?:{_SQUARE})(?:[ \t]+(?:{_SQUARE}))+"
                            r"(?![\w(\[\]^*/.])")
_LIST_WORDS = re.compile(r"\b(?:mean|average|variance|deviation|data|covariance|cov|pca|"
                         r"principal|samples?|points?|rank|span|independen\w*|dependen\w*|"
                         r"basis|gram|orthonormal\w*|vectors)\b", re.I)


def _joined(m: re.Match[str]) -> str:
    parts = re.findall(r"[(\[][^()\[\]]*[)\]]", m.group(0))
    if len({len(p.split(",")) for p in parts}) != 1:
        return m.group(0)
    return ", ".join(parts)


# "data: (1,2) | (3,4) | (5,6)": three points or more split by bars (never two: |(3, 4)| may be
# a norm), in a data message that names no norm
_BARRED_TUPLES = re.compile(rf"(?<![\w)\]^*/.|])(?:{_TUPLE})(?:[ \t]*\|[ \t]*(?:{_TUPLE})){{2,}}"
                            r"(?![\w(\[^*/.|])")
_NORM_WORDS = re.compile(r"\b(?:norm|length|magnitude|modulus|abs|absolute|distance)", re.I)


def _spaced_tuples(text: str) -> str:
    text = sub(_SPACED_TUPLES, _joined, text)
    if "|" in text and _STATS.search(str(text)) and not _NORM_WORDS.search(str(text)):
        text = sub(_BARRED_TUPLES, _joined, text)
    if "[" in text and _LIST_WORDS.search(str(text)):
        text = sub(_SPACED_SQUARE, _joined, text)
    return text


# column vectors typed as columns, one bracketed entry per vector on each line:
# "[1]   [2]" over "[2]   [0]" over "[2]   [1]" are the vectors (1, 2, 2) and (2, 0, 1)
_CELL = rf"\[\s*{_NUM}\s*\]|\(\s*{_NUM}\s*\)"
_CELL_LINE = rf"[ \t]*(?:{_CELL})(?:[ \t]+(?:{_CELL}))*[ \t]*"
_COLUMN_LAYOUT = re.compile(rf"(?m)^{_CELL_LINE}(?:\n{_CELL_LINE}){{1,}}$")


def _column_layout(m: re.Match[str]) -> str:
    rows = [re.findall(_NUM, line) for line in m.group(0).split("\n")]
    if len({len(r) for r in rows}) != 1:
        return m.group(0)
    columns = list(zip(*rows, strict=True))
    if len(columns) == 1:
        return "[" + ", ".join(f"[{c}]" for c in columns[0]) + "]"  # one column vector
    return ", ".join("[" + ", ".join(c) + "]" for c in columns)


# "1 2 | 3" over "4 5 | 6", "[1 2 | 3]" a line: the augmented matrix [A | b] of A x = b
# (said "augmented"); "row reduce the augmented matrix" reduces the whole matrix instead
_AUGMENTED_WORD = re.compile(r"\baugmented\b|\bsolve\b|\bsystem\b|\bhal\s+kar", re.I)
_AUG_ROW = rf"[ \t]*\[?[ \t]*{_ROW_RE}[ \t]*\|[ \t]*{_NUM}[ \t]*\]?[ \t]*"
_AUG_LINES = re.compile(rf"(?m)^{_AUG_ROW}(?:\n{_AUG_ROW})+$"
                        # typed inline in one bracket: [1 2 | 3; 4 5 | 6]
                        rf"|\[\s*{_ROW_RE}\s*\|\s*{_NUM}(?:\s*;\s*{_ROW_RE}\s*\|\s*{_NUM})+\s*\]")
_REDUCE_WORDS = re.compile(r"\b(?:rref|echelon|row\s*-?\s*reduc\w*|reduce|gauss\w*|rank|"
                           r"pivots?)\b", re.I)
_AUG_PHRASE = re.compile(r"\b(?:this|the|an|given)?\s*augmented(?:\s+matri(?:x|ces))?\b", re.I)


def _augmented_lines(text: str) -> str:
    found = list(_AUG_LINES.finditer(text))
    if len(found) != 1:
        return text
    m = found[0]
    rows = [[_cells(left), right.strip(" \t[]")] for left, right in
            (line.split("|") for line in re.split(r"\s*[\n;]\s*", m.group(0).strip()))]
    if len({len(a) for a, _b in rows}) != 1:
        return text
    if _REDUCE_WORDS.search(str(text)):  # the whole matrix [A | b] is what is reduced
        text = splice(text, m.start(), m.end(), " " + _bracket([[*a, b] for a, b in rows]) + " ")
        return sub(r"\baugmented\b", " ", text, flags=re.I)
    b = ", ".join(b for _a, b in rows)
    text = splice(text, m.start(), m.end(), f" {_bracket([a for a, _b in rows])} x = [{b}] ")
    text = sub(_AUG_PHRASE, " ", text)
    if not re.search(r"\bsolve|\bsolution", str(text), re.I):
        text = splice(text, 0, 0, "solve ")
    return text


# "x: 0, 1, 2 | y: 1, 3, 7 — fit y = mx + c": an em dash typed between the givens and the
# words of the task is a separator (normalize made it a minus; the typed character says)
_DASH = re.compile(r"(?<=[\d)\]]) - (?=(?!(?:sin|cos|tan|sec|csc|cot|exp|log|ln|sqrt|sinh|cosh|"
                   r"tanh|sigma|sigmoid|theta|alpha|beta|gamma|delta|lambda|mu|pi)\b)[A-Za-z]{3,})")


# "(0, 1, 1) - compute AᵀA": a hyphen typed for a dash before a verb of the task (never math)
_HYPHEN_TASK = re.compile(r"(?<=[\d)\]])[ \t]+-[ \t]+(?=(?:find|compute|calculate|determine|"
                          r"evaluate|get|what|show|give|solve)\b)", re.I)


def _em_dashes(text: str) -> str:
    for m in reversed(list(_DASH.finditer(str(text)))):
        if typed(text, m.start() + 1, m.start() + 2) == "—":
            text = splice(text, m.start(), m.end(), ", ")
    return text


# a table typed with bars: "x | y" over "1 | 2" over "2 | 4", or Markdown's "| x | y |" with
# a "|---|---|" rule: one entry a cell, in a data message (two bars around a row are a det)
_TABLE_LINE = re.compile(r"[ \t]*\|?[ \t]*[-\w.]+(?:[ \t]*\|[ \t]*[-\w.]+)+[ \t]*\|?[ \t]*")
_RULE_LINE = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}:?(?:[ \t]*\|[ \t]*:?-{2,}:?)+[ \t]*\|?[ \t]*")


def _bar_tables(text: str) -> str:
    lines = str(text).split("\n")
    out, n = [], 0
    while n < len(lines):
        block = n
        while block < len(lines) and (_TABLE_LINE.fullmatch(lines[block]) or _RULE_LINE.fullmatch(
                lines[block])):
            block += 1
        table = [ln for ln in lines[n:block] if not _RULE_LINE.fullmatch(ln)]
        cells = [[c for c in re.split(r"[ \t]*\|[ \t]*", ln.strip()) if c] for ln in table]
        framed = [ln.strip().startswith("|") and ln.strip().endswith("|") for ln in table]
        # framed rows need three bars or more ("| 1 | 2 |"): "|1 2|" over "|3 4|" is a det
        markdown = all(framed) and all(ln.count("|") >= 3 for ln in table)
        if len(table) >= 2 and len({len(c) for c in cells}) == 1 and len(cells[0]) >= 2 and (
                markdown or not any(framed)) and all(
                re.fullmatch(rf"{_NUM}|[A-Za-z]\w?", c) for r in cells for c in r):
            out.extend(" ".join(r) for r in cells)
        else:
            out.extend(lines[n:max(block, n + 1)])
        n = max(block, n + 1)
    plain = "\n".join(out)
    return text if plain == text else follow(text, plain)


# "points (1, 1), (2, 3), (4, 2): distance between the first and last", "dot product of the
# second and third vectors": items of a list of three or more, named by their place; the
# list is read as the two named (said), the others leave the problem
_PLACES = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
           "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "last": -1}
_PLACE = "|".join(_PLACES)
_ITEM_NOUN = r"(?:\s+(?:ones?|points?|vectors?|samples?|items?))?"
_ITEMS_WORD = re.compile(r"\b(?:points?|vectors?|samples?|data|observations?|coordinates|"
                         r"distance|angle|dot|cross)\b", re.I)
_BY_PLACE = re.compile(rf"\b(?:the\s+)?({_PLACE}){_ITEM_NOUN}\s+(?:and|&|,)\s+(?:the\s+)?"
                       rf"({_PLACE}){_ITEM_NOUN}\b"
                       # ("the first and second principal components": not items of the list)
                       r"(?:\s+(?:in|from|of)\s+(?:the\s+|this\s+|that\s+)?(?:list|points|vectors|"
                       r"above|given)\b|\s+(?:listed|given|above)\b)?"
                       r"(?=\s*(?:[.,;:?!)]|$)|\s+(?:please|pls|plz)\b)", re.I)
_LISTED = re.compile(rf"\(\s*{_NUM}(?:\s*,\s*{_NUM})+\s*\)|\[\s*{_NUM}(?:\s*,\s*{_NUM})+\s*\]")


# "distance between the first two", "the last two points": two neighbours by place
_TWO_BY_PLACE = re.compile(r"\b(?:the\s+)?(first|last)\s+two(?:\s+(?:ones|points|vectors))?"
                           r"(?=\s*(?:[.,;:?!)]|$))", re.I)


def _by_place(text: str) -> str:
    m = _BY_PLACE.search(str(text))
    two = _TWO_BY_PLACE.search(str(text)) if m is None else None
    if m is None and two is None:
        return text
    phrase = m or two
    listed = list(_LISTED.finditer(str(text)))
    if len(listed) < 3 or listed[-1].end() > phrase.start() or len(
            (_BY_PLACE if m else _TWO_BY_PLACE).findall(str(text))) > 1:
        return text
    head = str(text)[:listed[0].start()]
    if not _ITEMS_WORD.search(str(text)) or re.search(r"=\s*\[?\s*$", head):
        return text  # a list of points (or vectors) said so, never a matrix named A = ..
    gaps = [str(text)[a.end():b.start()] for a, b in itertools.pairwise(listed)]
    if not all(re.fullmatch(r"[\s,;]*(?:and\s*)?", g) for g in gaps):
        return text  # one list, nothing but separators between its items
    if two is not None:  # "the first two", "the last two"
        picked = listed[:2] if two.group(1).lower() == "first" else listed[-2:]
        said(f"I took “{two.group(0).strip()}” as {picked[0].group(0)} and "
             f"{picked[1].group(0)}")
    else:
        places = [_PLACES[g.lower()] for g in m.groups()]
        if max(places) > len(listed):
            named = m.group(2) if places[1] > len(listed) else m.group(1)
            raise ParseError(f"You name the {named} one, but I count {len(listed)} in the list.",
                             "Type the two you mean, e.g. distance between (1, 1) and (4, 2).")
        picked = [listed[p - 1 if p > 0 else len(listed) + p] for p in places]
        if picked[0] is picked[1]:
            return text
        said(f"I took “{m.group(1)}” as {picked[0].group(0)} and “{m.group(2)}” as "
             f"{picked[1].group(0)}")
    both = f"{picked[0].group(0)} and {picked[1].group(0)}"
    text = splice(text, phrase.start(), phrase.end(), both)
    start, end = listed[0].start(), listed[-1].end()
    if str(text)[start - 1:start] == "[" and str(text)[end:end + 1] == "]":
        start, end = start - 1, end + 1  # the rows of a matrix typed a line each
    return splice(text, start, end, " ")


# "f(x1, x2) = ..", then "∇f = ?" and "H = ?" on lines of their own (normalize leaves
# "grad f ?", "H ?"): the tasks asked, one a line; H (or H(f), Hf) is the Hessian of the
# function defined (said), when no H is given (∇²f alone is also the Laplacian: not here)
_ASK = (r"grad\s*[a-z]?|(?i:gradient(?:\s+vector)?|hessian(?:\s+matrix)?|(?:critical|stationary)"
        r"\s+points?|det(?:erminant)?|inverse|rank|trace|transpose|eigen\s*values|eigen\s*vectors|"
        r"jacobian(?:\s+matrix)?)|H(?:\s*\(\s*[a-z]\s*\)|[a-z])?")
_ASK_LINE = re.compile(rf"(?m)^[ \t]*({_ASK})[ \t]*\?[ \t]*$")
_DEFINED = re.compile(r"(?<![\w.])(?:[a-z]\s*(?:\([^()\n]*\))?\s*=\s*[^\s?]|[A-Z]\s*=\s*[\[(])")
_FUNCTION = re.compile(r"(?<![\w.])[a-z]\s*(?:\([^()\n]*\))?\s*=\s*[^\s?\[]")


def _asked_lines(text: str) -> str:
    found = list(_ASK_LINE.finditer(str(text)))
    if not found or not _DEFINED.search(str(text)):
        return text
    if any(m.group(1).startswith("H") for m in found) and (re.search(
            r"(?<![\w.])H\s*(?:\([^()\n]*\))?\s*=\s*[^\s?]", str(text))
            or not _FUNCTION.search(str(text))):
        return text  # an H of the message's own (or no function): never read as the Hessian
    edits = []
    for n, m in enumerate(found):
        ask = m.group(1)
        if ask.startswith("H"):
            said(f"I took “{typed(text, m.start(1), m.end(1))}” as the Hessian")
            word = "hessian"
        else:
            word = re.sub(r"\s+(?:vector|matrix)$", "", ask)
        joined = n > 0 and found[n - 1].end() + 1 == m.start()
        edits.append((found[n - 1].end() if joined else m.start(), m.end(),
                      (" and " if joined else " ") + word + " "))
    for start, end, new in reversed(edits):
        text = splice(text, start, end, new)
    return text


# "data (x, y): (1, 2), (2, 4), ..", "(x, y) pairs: ..", "points (x1, x2) = (..), ..": the
# names of the columns in a bracket, a header over data points of as many entries
_HEAD_NAMES = r"\(\s*[a-z]\w{0,11}(?:\s*,\s*[a-z]\w{0,11})+\s*\)"
_DATA_HEADER = re.compile(
    rf"(?<![\w)\]])(?:(?P<word>data|points|samples|observations|pairs)\s*(?P<a>{_HEAD_NAMES})"
    rf"|(?P<b>{_HEAD_NAMES})\s*(?:data|points|pairs|samples|observations))\s*(?:[:=]|\bare\b)?"
    rf"(?=\s*(?P<first>\(\s*{_NUM}(?:\s*,\s*{_NUM})+\s*\)))", re.I)


def _data_header(m: re.Match[str]) -> str:
    names = (m.group("a") or m.group("b")).count(",")
    if m.group("first").count(",") != names:  # a header names each entry of a point
        return m.group(0)
    return f" {m.group('word') or 'data'}: "


# "the columns of A are (1,0,1) and (0,1,1)", "A has rows [1, 2] and [3, 4]", "A's columns:
# (..), (..)", "columns of A = (..), (..)": the matrix A, built from its columns or rows
_VEC = rf"[(\[]\s*{_NUM}(?:\s*,\s*{_NUM})+\s*[)\]](?:\s*\^\s*\(?T\)?)?"  # ([..]^T: a column)
_VECS = rf"(?P<vecs>{_VEC}(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*){_VEC})+)"
_SAMPLES_SAID = r"(?:\s+(?:the\s+)?(?P<said>samples?|(?:data\s+)?points?|observations?)\s*:?)?"
_PARTS_OF = re.compile(
    r"(?<![\w.])(?:(?:the\s+)?(?P<w1>columns?|cols?|rows?)\s+of\s+(?:the\s+matrix\s+)?"
    rf"(?P<n1>[A-Z])\s*(?:are|=|:){_SAMPLES_SAID}"
    r"|(?P<n2>[A-Z])\s*(?:'s\s+(?P<w2>columns?|cols?|rows?)\s*(?:are|=|:)|\s+has\s+(?:the\s+)?"
    r"(?P<w3>columns?|cols?|rows?)(?:\s*:)?|\s*(?:\(\s*\d\s*[x×*]\s*\d\s*\)\s*)?(?:with|whose)\s+"
    r"(?:the\s+)?(?P<w5>columns?|cols?|rows?)(?:\s*(?:are|:))?))"
    rf"\s*{_VECS}"
    # "the vectors (..) and (..) are the rows of M", "(..), (..) form the columns of A"
    rf"|(?<![\w.])(?:the\s+)?(?:vectors?\s+)?{_VECS.replace('vecs', 'vecs2')}\s+(?:are|form|as)"
    r"\s+(?:the\s+)?(?P<w4>columns|cols|rows)\s+of\s+(?:the\s+matrix\s+|a\s+matrix\s+)?"
    r"(?P<n3>[A-Z])\b", re.I)


def _parts_of(m: re.Match[str]) -> str:
    vecs = [re.findall(_NUM, re.sub(r"\^\s*\(?T\)?", "", v))
            for v in re.findall(_VEC, m.group("vecs") or m.group("vecs2"))]
    if len({len(v) for v in vecs}) != 1:
        return m.group(0)
    which = (m.group("w1") or m.group("w2") or m.group("w3") or m.group("w4")
             or m.group("w5")).lower()
    # "the columns of X are the samples (..), (..)": the data, a sample a row (as read)
    by_row = which.startswith("row") or bool(m.group("said"))
    rows = vecs if by_row else [list(r) for r in zip(*vecs, strict=True)]
    return f" {m.group('n1') or m.group('n2') or m.group('n3')} = {_bracket(rows)} "


def rows_to_brackets(text: str) -> str:
    """Rewrite bracket-less matrices; everything else is left as typed."""
    if re.search(r"\b(?:col|row)", str(text), re.I):
        text = sub(_PARTS_OF, _parts_of, text)
    if "(" in text and _DATA_WORDS.search(str(text)):
        text = sub(_DATA_HEADER, _data_header, text)
    if "(" in text or "[" in text:
        text = _by_place(text)
    if "?" in text and "\n" in text:
        text = _asked_lines(text)
    if "|" in text and "\n" in text and _DATA_WORDS.search(str(text)) and not (
            _AUGMENTED_WORD.search(str(text))):
        text = _bar_tables(text)
    if _ARROW_CHARS.search(text):  # "x = 1, 2, 3 -> covariance": an arrow before the task
        text = sub(_ARROW, ", ", text)
    if " - " in text:
        text = _em_dashes(text)
        text = sub(_HYPHEN_TASK, ", ", text)
    if "|" in text and _AUGMENTED_WORD.search(text):
        text = _augmented_lines(text)
    if ("[" in text or "(" in text) and "\n" in text:
        text = sub(_COLUMN_LAYOUT, _column_layout, text)
        text = sub(_BRACKET_LINES, _bracket_lines, text)
    if ") " in text or "] " in text or ")|" in text:
        text = _spaced_tuples(text)
    text = sub(_SIZE_WORD, " ", text)
    if "^" in text:
        text = sub(_COLUMN_T, r"\1\2", text)
    if "=" in text and "\n" in text:  # "A =\n[[3, 1],\n [2, 4]]": the value on the next line
        text = sub(_VALUE_NEXT_LINE, r"\1 ", text)
    if "(" in text and _STATS.search(text):  # "150, 160, 170 (cm)": a unit, not a product
        text = sub(_UNIT, " ", text)
    if "{" in text:
        text = sub(_BRACES, lambda m: m.group(0).replace("{", "[").replace("}", "]"), text)
    if "span" in text.lower():  # "span [(1,0,0), (0,1,1)]", "span{(..), (..)}": the vectors
        text = sub(_SPAN_SET, r"\1 \2 ", text)
    if "bracket" in text.lower():  # "(2 1)(1 2) where each bracket is a row"
        text = sub(_BRACKET_ROWS, _bracket_rows, text)
    if "|" in text and "augmented" in text.lower():
        text = sub(_AUGMENTED, _augmented, text)
    # "f(x)=(x-1)^2 x0=0 lr 0.25": a start value x0 = .. after the math is its own piece (in
    # an iteration only: "x1 - 2 x0 = 1" is an equation)
    if _ITERATION.search(text):
        text = sub(r"(?<=[\d)])[ ]+(?=[A-Za-z]+_?0\s*=\s*-?\.?\d)", ", ", text)
    if "|" in text:
        text = sub(_BAR_ROWS, _bar_rows, text)
    if (m := _SYSTEM.fullmatch(text)) is not None:
        text = splice(text, 0, len(text), f"solve {m.group(1)} {m.group(2)} = {m.group(3)}", m)
    if " is" in text:  # "A is [[1, 2], [3, 4]] and B is" over rows: A = .., B = ..
        text = sub(_NAMED_IS, _named_is, text)
    if "=" in text and _STATISTICS.search(str(text)):  # "marks = 40, 50, 60": a label
        text = sub(_WORD_NAMED, r"\1:", text)
    if "[" in text and _STATISTICS.search(str(text)):
        text = sub(_SPACED_NAMED, lambda m: m.group(1) + "[" + ", ".join(m.group(2).split())
                   + "]", text)
    if "=" in text and "\n" in text and not _STATISTICS.search(str(text)):
        text = _spaced_vectors(text)
    text = _spaced_data(text)
    text = sub(_BARS, lambda m: f" det [{m.group(1)}] ", text)
    text = _model_data(text)
    if _STATISTICS.search(str(text)):
        text = _one_column(text)
    text = _columns(text)
    if ";" in text and "[" not in text:
        text = sub(_SEMI_ROWS, _semicolon_rows, text)
    plain = _line_matrices(str(text))
    if plain != text:
        text = follow(text, plain)  # the rows' characters aligned back to the lines typed
    if "[" in text and (":" in text or "(" in text):
        text = sub(_LABEL, r"\2 \1 = ", text)
    if "[" in text and "=" in text:
        text = sub(_NAMES_BRACKET, _named_columns, text)
    if plain != str(text) or "\n" in text:  # "points" over "1 1", "2 3": rows now, items too
        text = _by_place(text)
    return text


# "A is [[..]]", "A is" over rows (of bars or numbers), "and B is:": a capital letter
# naming the matrix that follows ("A is singular", "rank of A is 2" name nothing)
_NAMED_IS = re.compile(r"(?<![\w.])([A-Z])[ \t]+is[ \t]*:?(?:(?=[ \t]*\[)|([ \t]*\n)(?=[ \t]*"
                       rf"(?:\[|\||{_NUM}[ \t,]+{_NUM})))")


def _named_is(m: re.Match[str]) -> str:
    """``A is`` names the matrix after it when A is used again ("find A - B"); else the words
    stay ("A is [[..]], rank and det": A is not needed to read it)."""
    # (a product of capitals, "find PQ", uses both)
    again = re.search(rf"(?<![a-z\d_.]){m.group(1)}(?![a-z\d_(])", m.string[m.end():])
    return f"{m.group(1)} ={m.group(2) or ''}" if again else m.group(0)


# "det [u v] where u = (1, 2), v = (3, 4)", "[v1, v2, v3]": the vectors defined in the message
# side by side in one bracket are the columns of the matrix (the textbook's [b1 b2]); with
# semicolons, "[u; v]", they are its rows (MATLAB's stacking). Lowercase names only: [A B] of
# matrices is a block matrix.
_NAMES_BRACKET = re.compile(r"\[\s*([a-z]\d?)((?:\s*[,; ]\s*[a-z]\d?)+)\s*\]")


def _defined_vector(name: str, text: str) -> int | None:
    m = re.search(rf"(?<![\w.]){name}\s*=\s*[\[(]\s*({_NUM}(?:\s*[,;]\s*{_NUM})+)\s*[\])]", text)
    return len(re.split(r"[,;]", m.group(1))) if m else None


def _named_columns(m: re.Match[str]) -> str:
    names = [m.group(1), *re.findall(r"[a-z]\d?", m.group(2))]
    seps = {gap.strip() or " " for gap in re.split(r"[a-z]\d?", m.group(0).strip("[] "))[1:-1]}
    which = "rows" if ";" in seps else "columns"
    other = "columns?" if which == "rows" else "rows?"
    if len(names) != len(set(names)) or len(seps) != 1 or re.search(
            rf"\b{other}\b", m.string, re.I):  # "[u v] ... as rows": asked, never guessed
        return m.group(0)
    sizes = {_defined_vector(n, m.string) for n in names}
    if len(sizes) != 1 or None in sizes:
        return m.group(0)
    return f" the matrix with {which} {', '.join(names[:-1])} and {names[-1]} "


# "X: [[..]]", "B:" over rows, "X (each row one sample):" over rows, "X (rows are samples) =
# [[..]]": a capital letter labelling the matrix after it names it (the remark goes first;
# "Q1:", "P2:" number a question)
_LABEL = re.compile(r"(?<![\w.])(?![QP]\d)([A-Z][0-9]?)[ \t]*(?:(\([^()\n]*[A-Za-z]{3}[^()\n]*\))"
                    r"[ \t]*[:=]|()[:])\s*(?=\[\s*\[)")


_DATA_WORDS = re.compile(r"\b(?:mean|average|avg|variance|deviation|data|covariance|cov|pca|"
                         r"principal|loss|mse|regression|fit|samples?|points)\b", re.I)
_NAME = re.compile(r"[A-Za-z]")


def _header(rows: list[list[str]], text: str) -> bool:
    """``x  y`` over rows of numbers in a statistics message: the columns' names, a header
    (not a data point of symbols)."""
    return (len({len(r) for r in rows}) == 1 and len(rows[0]) >= 2
            and all(_NAME.fullmatch(c) for c in rows[0])
            and len(set(rows[0])) == len(rows[0])
            and all(re.fullmatch(_NUM, c) for r in rows[1:] for c in r)
            and _DATA_WORDS.search(text) is not None)


# "v =" alone on its line, then one number a line: the column vector v (a lowercase name;
# "A =" over numbers stays a matrix's rows)
_NAMED_VECTOR_EQ = re.compile(r"(?:^|[\s,;:])[a-z]\w?\s*=\s*$")
_ONE_NUMBER = re.compile(rf"[ \t]*{_NUM}[ \t]*")


def _line_matrices(text: str) -> str:
    """Rows typed on lines of their own (``1 2`` over ``3 4``), or split by `` / ``: one
    matrix ``[[1, 2], [3, 4]]``."""
    lines = [_SLASH.sub(_slash, line) if " / " in line and len(line) <= 200 else line
             for line in text.split("\n")]
    lines = _first_row_split(lines)
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        if out and _NAMED_VECTOR_EQ.search(out[-1]):  # "v =" over 1, 2, 2: the column v
            while j < len(lines) and _ONE_NUMBER.fullmatch(lines[j]):
                j += 1
            if j - i >= 2:
                out[-1] = (out[-1].rstrip() + " ("
                           + ", ".join(line.strip() for line in lines[i:j]) + ")")
                i = j
                continue
            j = i
        while j < len(lines) and _ROW.fullmatch(lines[j].strip()):
            j += 1
        rows = [_cells(line) for line in lines[i:j]]
        if j - i >= 3 and _header(rows, text):  # "x  y" over rows of numbers: column names
            out.append("")
            i += 1
            continue
        if j - i >= 2 and len({len(r) for r in rows}) == 1:
            matrix = _bracket(rows)
            named = bool(out and re.search(r"(?:^|[\s,;:])[A-Z]\s*[=:]\s*$", out[-1]))
            if all(ln.strip().startswith("|") and ln.strip().endswith("|") for ln in lines[i:j]):
                if named:  # "B =\n| 2 1 |\n| 1 2 |": bars as the brackets of the matrix B
                    took("bars", "the bars are the brackets of the matrix (not its det)",
                         "bars as a determinant")
                if not named or flipped("bars"):
                    matrix = "det " + matrix  # |1 2| over |3 4|: determinant bars
            if out and out[-1].rstrip().endswith("="):
                out[-1] = out[-1].rstrip() + " " + matrix
            else:
                out.append(matrix)
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)
