"""Spans through the rewrites: ``source.Source`` maps the rewritten message back to the message as
typed, so every question back quotes the student's own characters, and reads nothing new."""

from __future__ import annotations

import pickle
import re
import unicodedata
from pathlib import Path

import pytest

from solver import ParseError, parse
from solver.parsing.intent import notation
from solver.parsing.layout import rows_to_brackets
from solver.parsing.lexicon import LATEX_COMMANDS, NUMPY_CALLS, UNICODE_SIGNS
from solver.parsing.normalize import normalize
from solver.parsing.source import Source, follow, replace, requote, splice, sub, translate

ROOT = Path(__file__).resolve().parent.parent
_QUOTED = re.compile(r"“([^“”]+)”")


def _all_quotes_are_substrings(s: Source) -> None:
    for a in range(len(s)):
        for b in range(a + 1, min(len(s), a + 12) + 1):
            assert s.quote(a, b) in s.original or s.quote(a, b) == s[a:b].strip()


# ------------------------------------------------------------------------- the helper
@pytest.mark.parametrize(("pattern", "repl", "text"), [
    (r"²", "^(2)", "x² + y²"),
    (r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"((\1)/(\2))", r"a \frac{1}{2} + \frac{x}{y}"),
    (r"[ ]{2,}", " ", "a   b    c"),
    (r"(?<=\d)\.(?=\s*[,\]])", "", "[[2., 1.], [3., 4.]]"),
    (r"x*", "-", "abxxc"),  # empty matches, as re.sub has them
    (r"(\w+)@(\w+)", r"\2 at \1", "grad f@p and u@v"),
    (r"\b(one|two)\b", lambda m: {"one": "1", "two": "2"}[m.group(1)], "one plus two"),
    (r"a", lambda m: m.group(0), "banana"),  # a callable that changes nothing
    (r"\s*=\s*\?+", " ?", "det A = ??"),
])
def test_sub_gives_exactly_the_text_re_sub_gives(pattern, repl, text):
    got = sub(pattern, repl, Source(text))
    assert isinstance(got, Source)
    assert str(got) == re.sub(pattern, repl, text)
    _all_quotes_are_substrings(got)
    assert sub(pattern, repl, text) == re.sub(pattern, repl, text)  # plain str in, str out


def test_sub_count_and_a_str_stays_a_str():
    assert str(sub("a", "b", Source("aaa"), count=2)) == "bba"
    assert type(sub("a", "b", "aaa")) is str


def test_a_replacement_comes_from_what_it_replaced():
    s = sub("²", "^(2)", Source("d/dx x² please"))
    assert str(s) == "d/dx x^(2) please"
    assert s.quote(5, 10) == "x²"  # x^(2)
    assert s.quote(7, 10) == "²"  # (2)
    assert s.quote(11, 17) == "please"  # untouched text maps one to one


def test_the_groups_of_a_template_keep_their_own_characters():
    s = sub(r"\\frac\{(\d)\}\{(\d)\}", r"((\1)/(\2))", Source(r"a \frac{1}{2} b"))
    assert str(s) == "a ((1)/(2)) b"
    assert s.quote(2, 11) == r"\frac{1}{2}"  # the whole fraction, as typed
    assert s.quote(4, 5) == "1"  # the numerator alone


def test_slicing_concatenation_strip_splice_translate_keep_origins():
    s = Source("  abc def  ")
    assert s.strip().quote(0, 3) == "abc" and isinstance(s.strip(), Source)
    t = s[2:5] + " and " + s[6:9]
    assert str(t) == "abc and def" and t.quote(8, 11) == "def"
    u = splice(Source("det(A) now"), 0, 6, " det (A) ")
    assert str(u) == " det (A)  now" and u.quote(1, 8) == "det(A)"
    v = translate(Source("½x"), ["(1/2)", "x"])
    assert str(v) == "(1/2)x" and v.quote(0, 5) == "½"
    assert str(replace(Source("a**b"), "**", "^")) == "a^b"


def test_a_plain_rewrite_is_aligned_back():
    before = Source("d/dx x cubed plus 2x")
    after = follow(before, "d/dx x^3 + 2x")
    assert str(after) == "d/dx x^3 + 2x"
    assert after.quote(0, 4) == "d/dx" and after.quote(11, 13) == "2x"
    assert "cubed" in after.quote(6, 8)  # ^3 came from the words
    _all_quotes_are_substrings(after)


def test_a_source_crosses_a_process_boundary_as_its_text():
    s = sub("²", "^(2)", Source("x²"))
    back = pickle.loads(pickle.dumps(s))
    assert back == "x^(2)" and type(back) is str


def test_requote_leaves_suggestions_and_typed_pieces_alone():
    s = sub("²", "^(2)", Source("x² blah"))
    exc = ParseError("I did not understand “x^(2)”. Did you mean “x^(2)”? “blah”")
    requote(exc, s)
    assert exc.message == "I did not understand “x²”. Did you mean “x^(2)”? “blah”"


# ------------------------------------------------------ nothing new is read (the text)
def _corpus() -> list[str]:
    out = [
        "x² + ½ − √x", r"$\frac{1}{2} x^{2}$ \cdot \sin x", "np.linalg.det(np.array([[1, 2], "
        "[3, 4]]))", "A @ B for A = [[1, 2], [3, 4]], B = [[1, 0], [0, 1]]", "1 2\n3 4",
        "| 5 1 ; 3 2 |", "x: 1, 3, -2 | y: 2, 0, 1", "x cubed plus 2x ka derivative batao",
        "ｄｅｔ [[1, 2], [3, 4]]", "e\u0301 and x", "θ² + σ(z)",
    ]
    for path in sorted((ROOT / "benchmarks" / "corpus").glob("*.txt")):
        out += [ln for ln in path.read_text(encoding="utf-8").splitlines()
                if ln.strip() and not ln.startswith("#")]
    return out


def _stages(text):
    try:
        n = rows_to_brackets(normalize(text))
        return n, notation(n)[0]
    except ParseError as exc:
        return exc.message


def test_the_rewritten_text_is_the_text_the_old_rewrites_gave():
    for text in _corpus():
        plain, tracked = _stages(text), _stages(Source(text))
        if isinstance(plain, str):  # the same question (quoting what was typed, on a Source)
            assert isinstance(tracked, str), text
            assert unicodedata.normalize("NFC", tracked) == unicodedata.normalize("NFC", plain)
            continue
        assert [str(x) for x in tracked] == list(plain), text
        for stage in tracked:
            assert isinstance(stage, Source), text
            _all_quotes_are_substrings(stage)


# ------------------------------------------------------- questions back quote as typed
@pytest.mark.parametrize(("text", "quoted"), [
    ("det [[1,2],[3,4]] and x²+1", "x²+1"),  # Unicode superscript
    (r"det [[1,2],[3,4]] and \frac{1}{2}", r"\frac{1}{2}"),  # LaTeX
    (r"$\det \begin{bmatrix}1 & 2\\3 & 4\end{bmatrix}$ and $\frac{1}{2}$", r"\frac{1}{2}"),
    ("np.linalg.det(np.array([[1, 2], [3, 4]])) and x² + 1", "x² + 1"),  # NumPy
    ("[[1,2],[3,4]] ka determinant nikalo aur x² bhi", "x²"),  # Hinglish
    ("x² ka derivative batao, y²", "y²"),
    ("A = [[1,2],[3,4]], B = [[5,6],[7,8]], det A", "B = [[5,6],[7,8]]"),
    ("rank of [[1,2],[2,4]] and √2", "√2"),
    ("det | 5 1 ; 3 2 | and θ²", "θ²"),
    ("inverse of [[1,2],[3,4]] plz 🙏 and 2x²", "2x²"),
    ("d/dx x² + αβγδε", "αβγδε"),  # Greek letters are rewritten to names
    ("det of [[1,2],[3,4]] ｂｌｏｒｆ", "ｂｌｏｒｆ"),  # full-width letters (NFKC)
    (r"det [[1,2],[3,4]] \text{blorf}", "blorf"),
    ("gradient of x² y at (1, 2) kyaa", "kyaa"),
    ("d/dx (x² + ｚｏｒｐｙ)", "ｚｏｒｐｙ"),  # a word inside the math (the lexer's question)
    # (a model's loss over these columns is now read: tests/test_parse_assemble.py; columns
    # beside a problem that does not use them are still quoted as typed)
    ("x: 1 2 3 4\ny: 2 4 5 8\nd/dx sin x", "x: 1 2 3 4\ny: 2 4 5 8"),
])
def test_a_question_back_quotes_the_students_own_characters(text, quoted):
    with pytest.raises(ParseError) as info:
        parse(text)
    message = info.value.message
    found = _QUOTED.findall(message)
    assert quoted in found, message
    for piece in found:
        if not message.split(f"“{piece}”")[0].endswith("mean "):
            assert piece in text, (piece, text)  # a substring of the message, exactly


def test_the_problem_keeps_the_message_as_sent():
    p = parse("det [[1,2],[3,4]] plz")
    assert type(p.source) is str and p.source == "det [[1,2],[3,4]] plz"


# ------------------------------------------------------- a new spelling is one entry
def test_a_new_latex_command_numpy_call_or_sign_is_one_entry_in_the_lexicon(monkeypatch):
    for text in (r"$\mydet [[1, 2], [3, 4]]$", "np.linalg.mydet([[1, 2], [3, 4]])",
                 "⊿ [[1, 2], [3, 4]]"):
        with pytest.raises(ParseError):
            parse(text)
    monkeypatch.setitem(LATEX_COMMANDS, "mydet", " det ")
    monkeypatch.setitem(NUMPY_CALLS, "mydet", (1, "det"))
    monkeypatch.setitem(UNICODE_SIGNS, "⊿", " det ")
    for text in (r"$\mydet [[1, 2], [3, 4]]$", "np.linalg.mydet([[1, 2], [3, 4]])",
                 "⊿ [[1, 2], [3, 4]]"):
        assert parse(text).kind == "det", text


def test_every_question_back_over_the_corpora_quotes_the_message_itself():
    import yaml
    texts = list(_corpus())
    for name in ("parse_corpus.yaml", "heldout/parse_heldout_v2.yaml",
                 "heldout/parse_heldout_v3.yaml", "heldout/parse_heldout_v4.yaml",
                 "heldout/parse_heldout_v5.yaml",
                 "heldout/parse_heldout_v6.yaml", "heldout/parse_heldout_v7.yaml"):
        entries = yaml.safe_load((ROOT / "tests" / name).read_text(encoding="utf-8"))
        texts += [e["text"] for e in entries if isinstance(e.get("text"), str)]
    asked = 0
    for text in texts:
        try:
            parse(text)
        except ParseError as exc:
            for m in _QUOTED.finditer(exc.message):
                if exc.message[:m.start()].endswith("mean ") or m.group(1).startswith("◌"):
                    continue  # a suggestion, or an accent shown on a dotted circle
                asked += 1
                assert m.group(1) in text, (m.group(1), text)
    assert asked > 30  # the check ran on real questions back
