"""Context around the problem: sentences (or clauses) that hold no math and no task word.

Students on phones write a sentence or two around the problem: "Long question sorry.", "My
roommate and I disagree.", "We did this in the backprop tutorial but I lost my notes.",
"Question from a past paper (2023):", "Due tomorrow morning 😅". ``account.check_words`` asks
back about every word it does not know, and must keep doing so for words *inside* the problem;
but a piece of the message that holds no number, no variable, no operator and no word that could
change the problem cannot change it. ``split_context`` blanks each such piece to spaces (every
span of the message keeps its place, as ``claims.split_claim`` does) and returns it, accounted
for as ``(piece, "context")``.

A piece is a sentence (cut at ``. ? !`` and newlines outside brackets), or a clause of one set
off by a comma, colon, semicolon or a spaced dash. It is context when

- it has no digit and no math sign (a label's number is the exception: "problem 5 of the
  assignment", "Week 3", "past paper (2023)");
- no word is a single letter other than "I" and "a" (a variable), and none is a word of the
  lexicon that could change the problem: a kind's word or a typo of one ("determinent"), a word
  with a meaning (``lexicon.MEANING``) other than the connectives that only act on math beside
  them (at, for, in, from, ...), a word said only for some kinds, a claim word about the matrix,
  a number word, or one of ``STEERING`` ("dividing", "normalised", "sample", "radians", ...);
  course names and ML vocabulary used as labels ("the linear regression lecture", "the lab on
  logistic loss", "k-means") are not task words;
- what is left of the message still holds math (a message of chat alone is left as it is).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from .intent import VOCAB, canonical
from .lexicon import (
    CONTEXT_WORDS,
    CORRECTION_MARKERS,
    DESCRIBED_WORDS,
    FILLER,
    FOR_KINDS,
    FUNCTIONS,
    GREEK_NAMES,
    MEANING,
    NUMBER_WORDS,
    ORDINALS,
    SHORT_KEYS,
    UNSUPPORTED,
)
from .segment import _is_math_word, assigned_names

# words of MEANING that act only on math beside them: with no math in the piece, they cannot
# change the problem
_CONNECTIVES = frozenset({
    "at", "about", "around", "near", "when", "pe", "par", "from", "on", "to", "for", "in",
    "into", "over", "and", "or", "between", "vs", "where", "both", "all", "same", "also",
    "learning", "model", "multivariate", "multivariable", "value", "matrix", "equal", "up"})
_KNOWN = FILLER | CONTEXT_WORDS | _CONNECTIVES | frozenset(
    {"but", "because", "since", "though", "although", "while", "until", "yet", "not", "no"})
_ACCEPTED = FILLER | CONTEXT_WORDS | frozenset(MEANING)  # what account.check_words reads
_LETTERS = re.compile(r"[A-Za-z]{2,}")
# words of the kinds' vocabulary that name no task alone
_GENERIC = frozenset({"find", "of", "matrix", "vector", "vectors", "point", "points", "where",
                      "equation", "equations", "onto", "learning", "rule"})
_CODE_WORDS = frozenset({"python", "numpy", "matlab", "octave", "jupyter", "colab", "code",
                         "program", "script", "sympy", "torch", "pandas"})
_TASK_WORDS = sorted(w for w in VOCAB if w not in _GENERIC and len(w) > 3)
# words that change what is asked even in a sentence with no math (never context)
STEERING = re.compile(
    r"divid|normali[sz]|unnormali|round|decimal|exact|approx|simplif|factori|fraction|percent|"
    r"degree|radian|sample|popul|bias|transpos|invers|revers|order|only|except|instead|ignor|"
    r"skip|assum|treat|constant|variab|column|row|vector|symmetric|scal|sign|negative|positive|"
    r"real|complex|imaginar|integer|rational|sum|mean|average|total|each|per\b|rate|iterat|"
    r"start|initial|origin|respect|wrt|partial|deriv|differentia|grad|slope|tangent|limit|"
    r"bound|interval|domain|plot|graph|draw|unit|length|norm|squar|cube|root|power|times|"
    r"plus|minus|half|twice|double|triple|first|second|third|last|next|previous|other|"
    r"opposite|left|right|without|ignore|orthogonal|orthonormal|independ|depend|basis|span|"
    r"unbias|rank|trace|det|eigen|invert|singular|pivot|echelon|reduce|null|kernel|image|projec|"
    r"angle|distance|dot|cross|inner|outer|product|jacobian|hessian|taylor|series|expan|"
    r"newton|descent|step|update|converg|python|numpy|np\b|matlab|octave|code|program|script|"
    r"jupyter|colab|torch|pandas|sympy|excel|augment|coefficient|identity|unknown|observation|"
    r"feature|attribute|measurement|entr|element|table|layout|learning\s+rate|lambda|alpha|beta|theta|sigma|mu\b",
    re.I)
# a word of the lexicon in a label: "the linear regression lecture", "the PCA week", "the lab
# on logistic loss", "the part of the assignment on multivariate chain rule"
_LABEL_NOUN = (r"(?:lectures?|tutorials?|week|labs?|course|class|module|unit|chapter|"
               r"assignments?|quiz|exam|paper|notes|record|sheet|homework|section|topic|"
               r"question|doubt|problem|session|video|slides?|book)")
_ML_TERMS = re.compile(
    r"(?i)\b(?:linear\s+regression|logistic\s+regression|logistic\s+loss|k\s*-\s*means|"
    r"machine\s+learning|deep\s+learning|linear\s+algebra|data\s+science|neural\s+networks?|"
    r"multivariable\s+calculus|multivariate\s+calculus|back\s*-?\s*prop(?:agation)?|svm|knn|"
    r"cnn|rnn|ml|ai)\b")  # (never a kind's name: "PCA karna hai:" asks for a PCA)
# "Last one for tonight", "last question": the message itself, not the last vector
_LAST_ONE = re.compile(r"(?i)\blast\s+(?=(?:one|question|doubt|problem|thing)\b)")
_LABELLED = re.compile(
    rf"(?i)\b(?:{_LABEL_NOUN}|part)\s+(?:of\s+the\s+\w+\s+)?(?:on|about)\s+(?:the\s+)?"
    rf"(?P<a>(?:[a-z][\w-]*\s+){{0,3}}[a-z][\w-]*)"
    rf"|\b(?P<b>(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)\s+{_LABEL_NOUN}\b")
# a label's number: "problem 5", "Week 3", "assignment 2", "tutorial 4", "(2023)"
_LABEL_NUMBER = re.compile(
    rf"(?i)\b(?:{_LABEL_NOUN}|q|qn|ex|exercise|page|pg|slide|no\.?|number)\s*#?\d{{1,3}}[a-z]?\b"
    r"|\(\s*(?:19|20)\d\d\s*\)|\b(?:19|20)\d\d\b(?=\s*\)?\s*[:.,]?\s*$)")
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*(?:-[A-Za-z]+)*")
# characters a piece of chat may hold: letters, spaces, quotes and punctuation, and emoji
_CHAT_SIGN = re.compile(r"[\s.,!?;:'’‘\"“”…—–-]")
_SIGN = re.compile(r"[=+*/^<>|\[\]{}_\\@$%&~`]")  # math in any piece (not a label's brackets)
_LONGEST = 240
_CORRECTED = re.compile(r"(?i)\b(?:" + "|".join(CORRECTION_MARKERS) + r")(?![A-Za-z])")
# the start of a word of the kinds' vocabulary ("cov", "eig", "var", "deriv"): a task word
_STARTS = frozenset(w[:k] for w in (*VOCAB, *MEANING, *SHORT_KEYS) if len(w) >= 5
                    for k in range(3, len(w)))
_MATH = re.compile(r"\d|[=+*/^<>|\[\]{}()_\\@#$%&~`]")


def _is_chat_char(ch: str) -> bool:
    if ch.isalpha():
        return ch.isascii()
    code = ord(ch)  # emoji (and their joiners); never a math sign, arrow or superscript
    return bool(_CHAT_SIGN.fullmatch(ch)) or 0x2600 <= code <= 0x27BF or code >= 0x1F000 or (
        code in (0xFE0F, 0x200D))


def _pieces(text: str) -> list[tuple[int, int]]:
    """The sentences and clauses of the text as spans, each with its closing punctuation."""
    out: list[tuple[int, int]] = []
    depth, start, n = 0, 0, len(text)
    for i, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(depth - 1, 0)
        if depth or i < start:
            continue
        after = text[i + 1] if i + 1 < n else " "
        cut = (ch in ".?!" and (after.isspace() or after in "\"”'’)" or i + 1 == n)) or (
            ch == "\n") or (ch in ",;:" and after.isspace()) or (
            ch in "—–-" and i and text[i - 1] == " " and after == " ")
        if cut:
            j = i + 1
            while j < n and text[j] in ".?!" and ch in ".?!":
                j += 1  # "??", "?!"
            out.append((start, j))
            start = j
    if start < n:
        out.append((start, n))
    return out


def _unlabelled(piece: str) -> str:
    """The piece with its label numbers and ML / course names taken out."""
    piece = _LABEL_NUMBER.sub(" ", piece)
    for m in list(_LABELLED.finditer(piece))[::-1]:
        name = m.group("a") or m.group("b")
        start = m.start("a") if m.group("a") else m.start("b")
        words = name.split()
        # only the words of the lexicon right before the label noun (or after "on")
        if m.group("b"):
            keep = 0
            while keep < len(words) and not _steers(words[keep]):
                keep += 1
            start += len(" ".join(words[:keep])) + (1 if keep else 0)
            name = " ".join(words[keep:])
        piece = piece[:start] + " " * len(name) + piece[start + len(name):]
    return _LAST_ONE.sub(" ", _ML_TERMS.sub(" ", piece))


def _steers(word: str) -> bool:
    """Could this word change the problem (or is it a variable)?"""
    low = word.lower()
    if len(word) == 1:
        return word not in "Ia"
    if low in CONTEXT_WORDS:
        return False
    if low in FILLER or low in _CONNECTIVES:  # "plot", "solve", "steps": a task even here
        return (canonical(word) in VOCAB and canonical(word) not in _GENERIC) or (
            low in _CODE_WORDS)  # "in python": NumPy's conventions
        return False
    if low in GREEK_NAMES or low in NUMBER_WORDS or low in ORDINALS or low in UNSUPPORTED:
        return True
    if low in MEANING or low in FOR_KINDS or low in DESCRIBED_WORDS:
        return True
    if low in SHORT_KEYS or (low in _STARTS and low not in _KNOWN):
        return True  # "cov matrix", "evals", "eig"
    canon = canonical(word)
    if (canon in VOCAB and canon not in _GENERIC) or canon in MEANING:
        return True
    return bool(STEERING.match(low)) or _close_to_task(low)


def _math_word(word: str, names: frozenset[str]) -> bool:
    """A word segment reads as math: ``AB`` of named matrices, ``sinx``, ``xy`` (a short word
    with no vowel); a short English word ("see", "lot") is prose here."""
    if len(word) < 2 or word.lower() in _KNOWN:
        return False
    if len(word) <= 3 and not word.isupper() and not all(c in names for c in word):
        return not re.search(r"[aeiou]", word.lower()) or word.lower() in FUNCTIONS
    return _is_math_word(word, names)


def _close_to_task(low: str) -> bool:
    """A typo of a kind's word ("determinent", "eigen valus"): a task word, never context."""
    if len(low) <= 3:
        return False
    return process.extractOne(low, _TASK_WORDS, scorer=fuzz.ratio, score_cutoff=75) is not None


# "I always mess up the normalisation step.": a remark about the student, on a step of the
# working (never an option: "I always forget the sample correction" is not one)
_REMARK = re.compile(
    r"(?i)^\s*(?:but\s+|and\s+)?i\s+(?:always|usually|often|sometimes|still|keep|tend\s+to\s+)?"
    r"\s*(?:mess(?:ed)?\s+up|forget|forgot|mix(?:ed)?\s+up|get\s+confused\s+(?:by|with|about|at)|"
    r"struggle\s+with|get\s+stuck\s+(?:on|at)|am\s+bad\s+at|get\s+wrong)\s+(?:on\s+)?"
    r"(?:the\s+|my\s+|these\s+|those\s+)?(?P<what>(?:[a-z]+\s+){0,2}[a-z]+)\s*[.!]*\s*$")
_STEP_WORDS = re.compile(r"(?i)normali[sz]\w*|signs?|steps?|chain|product|quotient|rule|"
                         r"row|operations?|pivots?|expansion|cofactors?|arithmetic|algebra|"
                         r"fractions?|part|bit|calculation|working|order|brackets?")


def _remark(piece: str) -> bool:
    m = _REMARK.match(piece)
    return m is not None and all(_STEP_WORDS.fullmatch(w) or not _steers(w)
                                 for w in m.group("what").split())


def is_context(piece: str, names: frozenset[str] = frozenset()) -> bool:
    """No math and no word that could change the problem (the module docstring's rule);
    ``names``: the names the message defines (``AB`` with A and B named is math)."""
    if len(piece) > _LONGEST or _SIGN.search(piece) or _CORRECTED.search(piece):
        return False  # a sentence of chat is short; "=", "^", "[": math; "no sorry": a fix
    if re.search(r"\d", piece) and not _LABEL_NUMBER.search(piece):
        return False
    bare = _unlabelled(piece)
    if _MATH.search(bare) or not all(_is_chat_char(ch) for ch in bare):
        return False
    words = _WORD.findall(bare)
    if not words:
        return False
    if any("-" in w and not all(len(p) > 1 for p in w.split("-")) for w in words):
        return False  # "x-y" is math
    # "I'm", "today's", "don't": the word before the apostrophe ("n't" is a "not": harmless
    # alone, and a word it negates is judged on its own)
    parts = [p for w in words for p in re.split(r"-", re.split(r"['’]", w)[0]) if p]
    if _remark(bare):
        return True
    if any(_steers(p) for p in parts) or any(
            _math_word(w, names) for word in words for w in re.split(r"['’-]", word) if w):
        return False  # "find AB", "sinx", "xy": math
        return False
    # a sentence of English: most of its words known ("blorptastic" alone is asked about)
    known = sum(p.lower() in _KNOWN for p in parts)
    return len(parts) >= 2 and 2 * known >= len(parts)


def _read_as_is(piece: str) -> bool:
    """Every word is one ``account.check_words`` reads and no label number is in it: the piece
    is left in the message (its words are accounted one by one)."""
    typed = [p for w in _WORD.findall(piece) for p in re.split(r"-", re.split(r"['’]", w)[0])]
    return not _LABEL_NUMBER.search(piece) and all(
        p.lower() in _ACCEPTED for p in typed if p)


# a narrative lead-in before the task's verb: "Our TA asked us to find ..", "the professor
# wants us to compute ..", "my friend told me to verify .."
_LEAD_IN = re.compile(
    r"(?i)\b(?:our|my|the)\s+(?-i:TAs?|[Pp]rof|[Pp]rofessor|[Tt]eacher|[Ii]nstructor|"
    r"[Ll]ecturer|[Tt]utor|[Ss]ir|[Ff]riend|[Ss]enior|[Mm]entor)\s+(?:asked|asks|told|tells|"
    r"wants|wanted|said|says|gave|gives|set)\s+(?:us|me|the\s+class)?\s*(?:to\s+)?"
    r"(?=(?:find|compute|calculate|get|give|show|do|solve|work|evaluate|determine|verify|"
    r"check|apply|run)\b)")


# "(not the dot product, I always mix them up)": a task named only to say it is not the one
_NOT_TASK = re.compile(r"\(\s*(?i:not|never|no)\s+(?i:the\s+|a\s+)?"
                       r"(?P<task>[A-Za-z][A-Za-z ]{1,30}?)"
                       r"\s*(?:[,;:.]\s*(?P<rest>[^()\[\]=]{0,80}?))?\s*\)")


def _kinds(low: str) -> list[str]:
    """The kinds the phrases of ``low`` name, the most specific first ("cross product": cross,
    never the product of "product")."""
    from .intent import _TABLE

    spans: list[tuple[int, int, int, str]] = []
    for phrase, kind, priority in _TABLE:
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", low):
            spans.append((m.start(), m.end(), priority, kind))
    kept = [s for s in spans if not any(
        o[0] <= s[0] and s[1] <= o[1] and (o[1] - o[0]) > (s[1] - s[0]) for o in spans)]
    return list(dict.fromkeys(k for *_s, k in sorted(kept, key=lambda s: -s[2])))


def _negated_tasks(text: str) -> list[tuple[int, int]]:
    """The brackets that name a task only to rule it out, when the message asks another task:
    the spans to cut. Anything else is left (read, or asked back, as before)."""
    out = []
    for m in _NOT_TASK.finditer(text):
        named = _kinds(m.group("task").lower())
        rest = m.group("rest") or ""
        outside = _kinds((text[:m.start()] + " " + text[m.end():]).lower())
        if named and outside and not set(named) & set(outside) and (
                not rest.strip() or is_context(rest)) and re.fullmatch(
                r"(?i)(?:the\s+|a\s+)?(?:[a-z]+\s+)?[a-z]+", m.group("task").strip()):
            out.append(m.span())
    return out


def split_context(text: str) -> tuple[str, list[tuple[str, str]]]:
    """(the text with each context piece blanked to spaces, [(piece as typed, "context")]).
    Nothing is blanked when what is left holds no math."""
    negated = _negated_tasks(text) if "(" in text and len(text) <= 2000 else []
    if negated:  # "(not the dot product, ..)": the task named only to rule it out
        cut = list(text)
        for a, b in negated:
            cut[a:b] = " " * (b - a)
        rest, found = split_context("".join(cut))
        return rest, sorted([(text[a:b], "a task ruled out (not asked)") for a, b in negated]
                            + found)
    if len(text) > 2000 or not (any(
            w.lower() not in _ACCEPTED for w in _LETTERS.findall(text)) or (
                _LABEL_NUMBER.search(text))):
        return text, []  # every word is one account.check_words reads: nothing to cut
    names = assigned_names(text)
    found = [(a, b) for a, b in _pieces(text)
             if is_context(text[a:b], names) and not _read_as_is(text[a:b])]
    found += [m.span() for m in _LEAD_IN.finditer(text)
              if not any(a <= m.start() < b for a, b in found)]
    if not found:
        return text, []
    found.sort()
    out = list(text)
    for a, b in found:
        out[a:b] = [ch if ch == "\n" else " " for ch in text[a:b]]
    rest = "".join(out)
    if not re.search(r"\d|[=\[(]|\b[A-Za-z]\b", rest):
        return text, []
    return rest, [(text[a:b].strip(), "context") for a, b in found]
