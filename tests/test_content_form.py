"""The form of the lessons on a phone (issues 14 and 15): no hard-wrapped sentences."""

from __future__ import annotations

import itertools
import re

import pytest

from content.loader import load_curriculum

CUR = load_curriculum()
SNIPPETS = [s for m in CUR.modules for s in m.snippets]

# a line may end a sentence, a clause before a list, or be an item of a list or a code line
_LINE_END = re.compile(r"([.!?:✓]|\.\))(</[a-z]+>)?[\"”']?$")
_LIST_ITEM = re.compile(r"^(•|<code>|<pre>|\d+\.\s|[-–] )")
_CODE = re.compile(r"^(<code>|<pre>)")


def mid_sentence_breaks(text: str) -> list[str]:
    """Lines that end in the middle of a sentence (the next line goes on with it)."""
    lines = text.split("\n")
    return [a for a, b in itertools.pairwise(lines)
            if not _LINE_END.search(a.rstrip()) and not _LIST_ITEM.match(b.strip())
            and not _CODE.match(a.strip())]


def test_the_check_finds_a_hard_wrap() -> None:
    assert mid_sentence_breaks("Take a chord from x to x + h and let\nh shrink to 0.")
    assert mid_sentence_breaks("• a list item that goes on\nover two lines.")
    assert not mid_sentence_breaks("One idea.\nAnother idea.\n• an item\n• another item")


@pytest.mark.parametrize("s", SNIPPETS, ids=lambda s: s.id)
def test_no_line_break_in_the_middle_of_a_sentence(s) -> None:
    assert mid_sentence_breaks(s.text) == [], s.id


@pytest.mark.parametrize("m", CUR.modules, ids=lambda m: m.id)
def test_worked_example_has_no_hard_wraps(m) -> None:
    assert mid_sentence_breaks(m.worked_example.text) == [], m.id


def test_shorten_cuts_at_a_word_boundary() -> None:
    from content.models import shorten

    assert shorten("Chains of functions multiply Jacobians", 22) == "Chains of functions…"
    assert shorten("Projections", 22) == "Projections"
    assert len(shorten("Supercalifragilisticexpialidocious", 22)) == 22


@pytest.mark.parametrize("m", CUR.modules, ids=lambda m: m.id)
def test_module_buttons_fit_a_phone(m) -> None:
    from content.models import LABEL_MAX

    assert m.short_title and len(m.label) <= LABEL_MAX + 3, m.id  # "W1 " + the short title
    assert not m.label.endswith("…"), m.id


@pytest.mark.parametrize("s", [s for s in SNIPPETS if s.formula], ids=lambda s: s.id)
def test_formulas_typeset(s) -> None:
    from solver.plots._style import is_mathtext

    assert is_mathtext(s.formula), s.formula


@pytest.mark.parametrize("s", [s for s in SNIPPETS if s.plot], ids=lambda s: s.id)
def test_lesson_pictures_are_drawable(s) -> None:
    from solver.parsing import parse
    from solver.plots import can_plot

    assert can_plot(parse(s.plot)), s.plot


_ORDER_WORDS = re.compile(r"\b(the others|the other (two|three)|the rest|first option|"
                          r"second option|last option|option [a-d1-4]|options? (a|b|c|d))\b",
                          re.I)


@pytest.mark.parametrize("q", [q for q in CUR.questions() if q.type == "choice"],
                         ids=lambda q: q.id)
def test_choice_explanations_do_not_depend_on_option_order(q) -> None:
    """Options are shuffled per student: an explanation names options, never their place."""
    assert not _ORDER_WORDS.search(q.explanation), q.explanation


@pytest.mark.parametrize("m", CUR.modules, ids=lambda m: m.id)
def test_at_least_half_the_lessons_have_a_picture(m) -> None:
    pictures = sum(bool(s.plot) for s in m.snippets)
    assert 2 * pictures >= len(m.snippets), (m.id, pictures, len(m.snippets))


def test_lesson_html_is_telegram_safe() -> None:
    """Texts may use <b>, <i>, <code> and entities; the why line is escaped by the bot, so it
    holds plain text (a tag there would show as literal '<code>')."""
    for m in CUR.modules:
        for text in [s.text for s in m.snippets] + [m.worked_example.text]:
            bare = re.sub(r"</?(b|i|code)>", "", text)
            assert not re.search(r"[<>]|&(?!(lt|gt|amp|quot);)", bare), text
        for s in m.snippets:
            assert not re.search(r"<[a-z/]|&[a-z]+;", s.why), s.id
