"""The real curriculum: loads, meets the counts, every limit and key checked with the solver."""

from __future__ import annotations

import pytest

from content.answers import answers_match, parse_key, values_equal, verify_question
from content.loader import MODULE_IDS, check_try_it, load_curriculum
from content.models import (
    EXPLANATION_MAX,
    INTERVIEW_WORDS_MAX,
    OPTION_MAX,
    QUESTION_MAX,
    SNIPPET_MAX,
)
from content.search import search
from solver import ParseError, TooHard, solve

CUR = load_curriculum()
QUESTIONS = CUR.questions()
KEYED = [q for q in QUESTIONS if q.verify is not None]


def test_all_modules_and_counts() -> None:
    assert [m.id for m in CUR.modules] == list(MODULE_IDS)
    counts = CUR.counts()
    assert counts["snippets"] >= 75
    assert counts["questions"] >= 150
    assert counts["generators"] >= 15
    assert counts["glossary terms"] >= 60
    assert counts["interview cards"] >= 40
    for m in CUR.modules:
        assert len(m.snippets) >= 5 and len(m.questions) >= 10, m.id


def test_length_limits() -> None:
    for m in CUR.modules:
        for s in m.snippets:
            assert len(s.text) + len(s.why) <= SNIPPET_MAX, s.id
        for q in m.questions:
            assert len(q.question) <= QUESTION_MAX, q.id
            assert len(q.explanation) <= EXPLANATION_MAX, q.id
            assert all(len(o) <= OPTION_MAX for o in q.options), q.id
        for c in m.interview:
            assert len(c.answer.split()) < INTERVIEW_WORDS_MAX, c.id


def test_every_question_has_topic_difficulty_explanation() -> None:
    for q in QUESTIONS:
        assert q.topic and 1 <= q.difficulty <= 3 and q.explanation, q.id


def test_choice_questions_have_exactly_one_correct_option() -> None:
    for q in QUESTIONS:
        if q.type != "choice":
            continue
        assert 2 <= len(q.options) <= 10, q.id
        assert q.correct is not None and 0 <= q.correct < len(q.options), q.id
        assert len({o.strip().lower() for o in q.options}) == len(q.options), q.id


def test_cross_references_resolve() -> None:
    for t in CUR.glossary:
        assert CUR.has_snippet(t.snippet), t.term
    for c in CUR.interview_cards():
        assert not c.snippet or CUR.has_snippet(c.snippet), c.id


def test_mix_of_question_types() -> None:
    for m in CUR.modules:
        kinds = {q.type for q in m.questions}
        assert kinds == {"choice", "free"}, m.id


# --------------------------------------------------------------------- with the solver
@pytest.mark.parametrize("q", KEYED, ids=lambda q: q.id)
def test_answer_key_recomputed_by_solver(q) -> None:
    problem = verify_question(q)
    assert problem is None, problem


@pytest.mark.parametrize("q", [q for q in KEYED if q.type == "choice"], ids=lambda q: q.id)
def test_computational_choice_has_one_matching_option(q) -> None:
    """The solver's answer matches the correct option and no other (when options are math).

    Only where the key is the correct option itself; a key may also check an intermediate
    fact (the eigenvalues behind a reconstruction error), then options are not comparable.
    """
    try:
        if not values_equal(parse_key(q.verify.equals), parse_key(q.options[q.correct])):
            return
    except (ParseError, TooHard):
        return
    answer = solve(q.verify.solve)
    matching = []
    for i, option in enumerate(q.options):
        try:
            value = parse_key(option)
        except (ParseError, TooHard):
            continue
        if answers_match(value, answer.answer, answer.kind):
            matching.append(i)
    assert matching in ([], [q.correct]), (q.id, matching)


@pytest.mark.parametrize("module", CUR.modules, ids=lambda m: m.id)
def test_try_it_parses_and_solves(module) -> None:
    assert check_try_it(module) is None


# --------------------------------------------------------------------- concept search
@pytest.mark.parametrize("question, snippets", [
    ("what is an eigenvector", {"la-w5-eigen-idea"}),
    ("explain hessian pls", {"calc-w2-hessian"}),
    ("difference between gradient and jacobian", {"calc-w2-jacobian-matrix",
                                                  "calc-w2-gradient"}),
    ("why center data in PCA", {"pca-w4-steps", "pca-w1-shift"}),
    ("what is the determinant", {"la-w3-determinant"}),
    ("how does gradient descent work", {"calc-w5-gradient-descent"}),
    ("what is backpropagation", {"calc-w3-backpropagation"}),
    ("what is a covariance matrix", {"pca-w1-covmatrix"}),
    ("gram schmidt kya hai", {"la-w4-gram-schmidt"}),
    ("what is learning rate", {"calc-w5-gradient-descent"}),
    ("how many principal components to keep", {"pca-w4-howmany"}),
    ("what is a taylor series", {"calc-w4-taylor-about-point"}),
    ("what is span of vectors", {"la-w2-basis"}),
    ("sir chain rule explain", {"calc-w1-chain-rule"}),
    ("what does the projection matrix do", {"pca-w3-pmatrix"}),
    ("newton raphson method", {"calc-w5-newton-raphson"}),
    ("what is least squares", {"calc-w6-least-squares"}),
    ("what is an inner product", {"pca-w2-inner"}),
    ("what is a saddle point", {"calc-w2-stationary-points"}),
    ("what does PCA maximise", {"pca-w4-objective", "pca-w4-goal"}),
    ("what is a singular matrix", {"la-w3-determinant"}),
    ("eigen values kaise nikale", {"la-w5-eigen-idea", "la-w5-char-poly"}),
])
def test_search_natural_questions(question: str, snippets: set[str]) -> None:
    hits = search(question)
    assert hits, question
    assert {h.snippet_id for h in hits} & snippets, [(h.kind, h.snippet_id) for h in hits]


def test_search_nothing_found() -> None:
    assert search("best biryani in hyderabad") == []
    assert search("hello sir") == []
