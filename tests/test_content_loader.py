"""The loader on small fixture modules: validation errors name file and field; look-ups work."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

import content
from content.loader import MODULE_IDS, ContentError, load_curriculum

FIXTURES = Path(__file__).parent / "fixtures" / "content"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A writable copy of the fixture modules."""
    target = tmp_path / "data"
    shutil.copytree(FIXTURES, target)
    load_curriculum.cache_clear()
    return target


def _edit(path: Path, change) -> None:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(raw)
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _error(data: Path) -> str:
    with pytest.raises(ContentError) as info:
        load_curriculum(data, expected=None)
    return str(info.value)


def test_public_names() -> None:
    assert sorted(content.__all__) == sorted([
        "COURSES", "GENERATORS", "MODULE_IDS", "ContentError", "Curriculum",
        "GeneratedQuestion", "Generator", "GlossaryTerm", "Hit", "InterviewCard", "Module",
        "Question", "Snippet", "SnippetRef", "answers_match", "check_content",
        "check_free_answer", "generate", "load_curriculum", "parse_key", "search",
        "verify_question",
    ])
    for name in content.__all__:
        assert getattr(content, name) is not None


def test_fixture_loads_in_course_order() -> None:
    cur = load_curriculum(FIXTURES, expected=None)
    assert [m.id for m in cur.modules] == ["la-w3", "calc-w2"]
    assert load_curriculum(FIXTURES, expected=None) is cur  # cached


def test_snippet_navigation_crosses_modules() -> None:
    cur = load_curriculum(FIXTURES, expected=None)
    ref = cur.snippet("la-w3-inverse")
    assert (ref.module.id, ref.index) == ("la-w3", 1)
    last = cur.snippet("la-w3-eigenvector")
    assert last.is_last_in_module
    assert cur.next_snippet(last.id).id == "calc-w2-partial"
    assert cur.prev_snippet("calc-w2-partial").id == last.id
    assert cur.prev_snippet("la-w3-det") is None
    assert cur.next_snippet("calc-w2-centering") is None
    assert cur.first_snippet("calc-w2").id == "calc-w2-partial"
    with pytest.raises(KeyError):
        cur.snippet("nope")


def test_questions_glossary_interview_counts() -> None:
    cur = load_curriculum(FIXTURES, expected=None)
    assert len(cur.questions("la-w3")) == 10
    assert {q.id for q in cur.questions("la-w3", topic="Inverse")} == {"la-w3-q3", "la-w3-q6"}
    assert cur.question_module("calc-w2-q5").id == "calc-w2"
    assert "determinant" in cur.topics("la-w3")
    assert cur.term("DET").term == "determinant"
    assert [t.term for t in cur.glossary][:2] == ["determinant", "eigenvector"]
    assert len(cur.interview_cards()) == 3
    counts = cur.counts()
    assert counts["snippets"] == 10 and counts["questions"] == 20
    assert counts["glossary terms"] == 7 and counts["interview cards"] == 3
    assert counts["generators"] >= 2
    assert list(counts) == ["snippets", "questions", "generators", "glossary terms",
                            "interview cards"]


def test_missing_modules_are_named(data: Path) -> None:
    with pytest.raises(ContentError) as info:
        load_curriculum(data)
    assert "la-w1.yaml" in str(info.value) and "pca-w4.yaml" in str(info.value)
    assert len(MODULE_IDS) == 15


def test_schema_error_names_file_and_field(data: Path) -> None:
    def long_option(raw):
        raw["questions"][1]["options"][0] = "x" * 101
    _edit(data / "la" / "la-w3.yaml", long_option)
    msg = _error(data)
    assert "la/la-w3.yaml: questions[1] (la-w3-q2).options" in msg


def test_choice_without_valid_correct(data: Path) -> None:
    _edit(data / "la" / "la-w3.yaml", lambda raw: raw["questions"][1].update(correct=7))
    assert "la/la-w3.yaml: questions[1] (la-w3-q2)" in _error(data)


def test_snippet_too_long(data: Path) -> None:
    _edit(data / "calc" / "calc-w2.yaml",
          lambda raw: raw["snippets"][2].update(text="word " * 150))
    msg = _error(data)
    assert "calc/calc-w2.yaml: snippets[2] (calc-w2-jacobian)" in msg and "max 450" in msg


def test_snippet_why_too_long(data: Path) -> None:
    _edit(data / "calc" / "calc-w2.yaml",
          lambda raw: raw["snippets"][2].update(why="word " * 40))
    assert "why is 200 characters (max 160)" in _error(data)


def test_unknown_field_and_missing_field(data: Path) -> None:
    def change(raw):
        raw["glossary"][0]["colour"] = "red"
        del raw["worked_example"]["try_it"]
    _edit(data / "calc" / "calc-w2.yaml", change)
    msg = _error(data)
    assert "calc/calc-w2.yaml: glossary[0] (gradient).colour" in msg
    assert "calc/calc-w2.yaml: worked_example.try_it" in msg


def test_interview_answer_word_limit(data: Path) -> None:
    _edit(data / "la" / "la-w3.yaml",
          lambda raw: raw["interview"][0].update(answer="word " * 120))
    assert "la/la-w3.yaml: interview[0] (la-w3-i1).answer" in _error(data)


def test_bad_yaml_names_line(data: Path) -> None:
    (data / "la" / "la-w3.yaml").write_text("id: la-w3\ncourse: [la\n", encoding="utf-8")
    msg = _error(data)
    assert "la/la-w3.yaml: not valid YAML (line" in msg


def test_duplicate_ids_across_files(data: Path) -> None:
    _edit(data / "calc" / "calc-w2.yaml",
          lambda raw: raw["interview"][0].update(id="la-w3-i1"))
    msg = _error(data)
    assert "calc/calc-w2.yaml: interview[0].id: duplicate interview id 'la-w3-i1'" in msg
    assert "la/la-w3.yaml" in msg


def test_duplicate_snippet_ids_across_files(data: Path) -> None:
    _edit(data / "calc" / "calc-w2.yaml", lambda raw: raw["snippets"][0].update(id="calc-w2-x"))
    _edit(data / "calc" / "calc-w2.yaml", lambda raw: raw["snippets"][1].update(id="calc-w2-x"))
    assert "snippets[1].id: duplicate snippet id 'calc-w2-x'" in _error(data)


def test_dangling_references(data: Path) -> None:
    def change(raw):
        raw["glossary"][1]["snippet"] = "calc-w2-nowhere"
        raw["interview"][1]["snippet"] = "la-w9-x"
    _edit(data / "calc" / "calc-w2.yaml", change)
    msg = _error(data)
    assert "calc/calc-w2.yaml: glossary[1] (Jacobian).snippet: no snippet 'calc-w2-nowhere'" in msg
    assert "interview[1] (calc-w2-i2).snippet: no snippet 'la-w9-x'" in msg


def test_duplicate_glossary_term(data: Path) -> None:
    _edit(data / "calc" / "calc-w2.yaml",
          lambda raw: raw["glossary"][0].update(aliases=["Determinant"]))
    assert "term 'Determinant' already defined" in _error(data)


def test_file_name_must_match_id(data: Path) -> None:
    (data / "la" / "la-w3.yaml").rename(data / "la" / "la-w4.yaml")
    assert "la/la-w4.yaml: id: 'la-w3' does not match the file name" in _error(data)


def test_every_problem_is_reported_at_once(data: Path) -> None:
    _edit(data / "la" / "la-w3.yaml", lambda raw: raw["questions"][0].update(difficulty=9))
    _edit(data / "calc" / "calc-w2.yaml", lambda raw: raw["questions"][0].update(topic=""))
    with pytest.raises(ContentError) as info:
        load_curriculum(data, expected=None)
    assert len(info.value.problems) == 2
