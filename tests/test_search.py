"""Concept search: natural questions find the right lesson; chatter alone finds nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from content.loader import load_curriculum
from content.search import excerpt, keywords, search

FIXTURES = Path(__file__).parent / "fixtures" / "content"


@pytest.fixture(scope="module")
def fixture_cur():
    return load_curriculum(FIXTURES, expected=None)


def test_keywords_drop_chatter_and_fold() -> None:
    assert keywords("sir what is an eigen vector pls??") == ["eigenvector"]
    assert keywords("Why centre the data in PCA") == ["center", "data", "pca"]
    assert keywords("difference between gradient and jacobian") == ["gradient", "jacobian"]
    assert keywords("what is normalisation") == ["normalization"]
    assert keywords("what is the") == []


@pytest.mark.parametrize("question, snippet", [
    ("what is an eigenvector", "la-w3-eigenvector"),
    ("eigen vectors kya hai", "la-w3-eigenvector"),
    ("explain hessian pls", "calc-w2-hessian"),
    ("why center data in PCA", "calc-w2-centering"),
    ("why do we centre data before pca", "calc-w2-centering"),
    ("what does a zero determinant mean", "la-w3-det"),
    ("what is a partial derivative", "calc-w2-partial"),
    ("how does back substitution work", "la-w3-elimination"),
])
def test_fixture_questions(fixture_cur, question: str, snippet: str) -> None:
    hits = search(question, curriculum=fixture_cur)
    assert hits and hits[0].snippet_id == snippet, hits


def test_difference_question_finds_both_terms(fixture_cur) -> None:
    hits = search("difference between gradient and jacobian", curriculum=fixture_cur)
    assert {h.snippet_id for h in hits[:2]} == {"calc-w2-gradient", "calc-w2-jacobian"}


def test_glossary_exact_term_first(fixture_cur) -> None:
    hit = search("determinant", curriculum=fixture_cur)[0]
    assert hit.kind == "glossary" and hit.title == "determinant"
    assert search("det", curriculum=fixture_cur)[0].title == "determinant"  # alias


def test_nothing_found(fixture_cur) -> None:
    assert search("cricket stadium biryani", curriculum=fixture_cur) == []
    assert search("what is the", curriculum=fixture_cur) == []
    assert search("", curriculum=fixture_cur) == []
    assert search('"; drop table docs; --', curriculum=fixture_cur) == []


def test_limit_and_fields(fixture_cur) -> None:
    hits = search("matrix", limit=2, curriculum=fixture_cur)
    assert len(hits) == 2
    assert all(h.title and h.text and h.kind for h in hits)
    assert hits[0].score >= hits[1].score
    assert len({h.snippet_id for h in hits}) == len(hits)


def test_hostile_queries_do_not_break_fts(fixture_cur) -> None:
    for q in ['eigen* OR "', "NEAR(a b)", "col:hessian", "^hessian", "AND OR NOT", "x" * 5000]:
        search(q, curriculum=fixture_cur)  # no exception


def test_excerpt_strips_tags_and_cuts() -> None:
    assert excerpt("<b>Bold</b> and <code>ad − bc</code>") == "Bold and ad − bc"
    long = excerpt("word " * 100, limit=50)
    assert len(long) <= 50 and long.endswith("…")


# ----------------------------------------------- the real curriculum: aliases name their own card
@pytest.mark.parametrize("question, title, snippet", [
    ("what is SGD", "stochastic gradient descent", "calc-w5-sgd"),
    ("mini-batch", "stochastic gradient descent", "calc-w5-sgd"),
    ("steepest ascent", "steepest ascent", "calc-w5-steepest-ascent"),
    ("what is the lagrangian", "Lagrangian", "calc-w5-lagrange-curved"),
    ("jacobian determinant", "Jacobian determinant", "calc-w2-jacobian-determinant"),
    ("sample covariance", "sample variance", "pca-w1-n-or-n-minus-1"),
    ("what is gradient descent", "gradient descent", "calc-w5-gradient-descent"),
    ("directional derivative", "directional derivative", "calc-w5-steepest-ascent"),
    ("lagrange multiplier", "Lagrange multiplier", "calc-w5-lagrange-multipliers"),
    ("what is a jacobian", "Jacobian", "calc-w2-jacobian-matrix"),
    ("covariance matrix", "covariance matrix", "pca-w1-covmatrix"),
    ("what is adam", "Adam", "calc-w5-momentum-adam"),
    ("convexity", "convex function", "calc-w5-convexity"),
    ("quotient rule", "quotient rule", "calc-w1-quotient-rule"),
])
def test_concept_search_finds_the_card_named(question: str, title: str, snippet: str) -> None:
    top = search(question)[0]
    assert (top.kind, top.title, top.snippet_id) == ("glossary", title, snippet), top


def test_no_alias_names_another_concept() -> None:
    """An alias that is itself a concept with its own card sends search to the wrong card."""
    cur = load_curriculum()
    terms = {t.term.lower() for t in cur.glossary}
    for t in cur.glossary:
        for alias in t.aliases:
            assert alias.lower() not in terms, (t.term, alias)
    aliases = {a.lower(): t.term for t in cur.glossary for a in t.aliases}
    for wrong in ("sgd", "steepest ascent", "lagrangian", "jacobian determinant",
                  "sample covariance"):
        assert aliases.get(wrong, "").lower() not in {
            "gradient descent", "directional derivative", "lagrange multiplier", "jacobian",
            "covariance matrix"}, wrong
