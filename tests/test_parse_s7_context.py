"""Context around the problem (issue 10): chat sentences with no math and no task word are
accounted for as context, never refused; anything that could change the problem still is read
(or asked back); claims by the student or someone else are compared, never read as operands.

The messages are new variations, not the held-out ones."""

from __future__ import annotations

import time

import pytest
import sympy as sp

from solver import ParseError, parse, solve
from solver.parsing.context import is_context, split_context


def _context(problem) -> list[str]:
    return [typed for typed, went in problem.options.get("account", ()) if went == "context"]


# ------------------------------------------------------------- read, with the context kept
@pytest.mark.parametrize(("text", "kind", "piece"), [
    ("My hostel wifi is terrible today. Find the determinant of [[2, 1], [1, 3]]", "det",
     "My hostel wifi is terrible today."),
    ("Quick one before my viva tomorrow: d/dx x^3 sin x", "derivative",
     "Quick one before my viva tomorrow:"),
    ("Question from an old quiz (2022): rank of [[1, 2], [2, 4]]", "rank",
     "Question from an old quiz (2022):"),
    ("Can you help with problem 7 of the tutorial sheet? It says: find the inverse of "
     "[[1, 2], [3, 5]].", "inverse", "Can you help with problem 7 of the tutorial sheet?"),
    ("Sorry for the spam, my roommate borrowed my notes. trace of [[4, 1], [2, 9]]", "trace",
     "my roommate borrowed my notes."),
    ("Trace of [[4, 1], [2, 9]] please. Exam tomorrow and I am panicking 😭", "trace",
     "Exam tomorrow and I am panicking 😭"),
    ("This came up in the logistic regression lecture, a bit tricky. gradient of x^2 y at "
     "(1, 2)", "gradient", "a bit tricky."),
    ("Our TA asked us to find the eigenvalues of [[2, 0], [0, 3]]", "eigenvalues",
     "Our TA asked us to "),
])
def test_a_context_sentence_is_accounted_and_the_problem_read(text: str, kind: str,
                                                             piece: str) -> None:
    problem = parse(text)
    assert problem.kind == kind
    assert piece.strip() in [p.strip() for p in _context(problem)]
    assert problem.source == text  # the message as sent, context and all


def test_the_answer_is_the_one_without_the_context() -> None:
    chat = solve("Long day, sorry for the late doubt. det [[2, 1], [1, 3]]")
    plain = solve("det [[2, 1], [1, 3]]")
    assert chat.answer == plain.answer == 5


def test_every_word_of_a_context_sentence_is_in_the_account() -> None:
    text = "My flatmate thinks this is impossible. Find the rank of [[1, 2], [2, 4]]."
    account = parse(text).options["account"]
    held = " ".join(typed for typed, _went in account)
    for word in ("flatmate", "thinks", "impossible", "rank"):
        assert word in held


def test_narrative_words_beside_a_task_are_context() -> None:
    p = parse("For the neuron z = w1 x1 + w2 x2 + b, find the gradient of z wrt w1, w2 and b")
    assert p.kind == "gradient" and ("neuron", "context") in p.options["account"]
    p = parse("The professor wrote [[1, 2], [3, 4]] on the board, find its determinant")
    assert p.kind == "det" and ("board", "context") in p.options["account"]


def test_possessives_are_words() -> None:
    assert parse("Newton's method for x^2 - 3 from x0 = 2, 2 iterations").kind == "newton"
    assert parse("Today's doubt: det [[1, 2], [3, 4]]").kind == "det"
    assert parse("the students' marks are (60, 70), (80, 90), (100, 80): find the mean"
                 ).kind == "mean"


# -------------------------------------------------- never context: math, tasks, steering
@pytest.mark.parametrize("piece", [
    "Please round to two decimals.",  # a number word and an instruction
    "Do not normalise them.",
    "Use the sample formula please.",
    "Give it in degrees.",
    "In my notes x is the weight.",  # a variable
    "Also the determinnt please.",  # a typo of a task word
    "Also plot it.",  # a task
    "Then the transpose.",
    "It is for the cov matrix,",  # shorthand of a kind
    "in python,",  # NumPy's conventions
    "no sorry,",  # a correction
    "blorptastic",  # one unknown word: asked about
    "I keep getting 7.",  # a number
    "the answer has x^2 in it.",
])
def test_what_could_change_the_problem_is_never_context(piece: str) -> None:
    assert not is_context(piece)


@pytest.mark.parametrize("piece", [
    "My roommate and I disagree.", "Long question sorry.", "Due tomorrow morning 😅",
    "We did this in the backprop tutorial but I lost my notes.",
    "Question from a past paper (2023):", "Hi, hope you are doing well.",
    "This is the part of the assignment on multivariate chain rule.",
])
def test_chat_pieces_are_context(piece: str) -> None:
    assert is_context(piece)


def test_a_steering_sentence_is_still_asked_back() -> None:
    with pytest.raises(ParseError, match="round"):
        parse("Please round it off nicely. d/dx x^2 sin x")
    with pytest.raises(ParseError):
        parse("Our sir wants it without fractions. det [[1, 2], [3, 4]]")


def test_a_message_of_chat_alone_is_left_as_it_is() -> None:
    text = "My roommate and I disagree about everything."
    assert split_context(text) == (text, [])


def test_named_matrices_in_a_short_sentence_are_math() -> None:
    p = parse("A = [[1, 2], [3, 4]], B = [[0, 1], [1, 0]]. Find AB.")
    assert p.kind == "multiply"


# ------------------------------------------------------------------ claims, not operands
def test_a_friend_and_the_student_disagree() -> None:
    s = solve("For A = [[2, 1], [1, 3]] find det(A). My roommate says det = 7, I say 5. "
              "Who is right?")
    assert s.answer == 5
    notes = " ".join(s.notes)
    assert "“My roommate says det = 7”: the answer worked out here is 5" in notes
    assert "You wrote 5: that matches the answer ✓" in notes


def test_a_claim_naming_the_only_ask_keeps_its_task() -> None:
    s = solve("The matrix is [[2, 0], [0, 3]]. My friend says the eigenvalues are 2 and 4.")
    assert s.kind == "eigenvalues" if hasattr(s, "kind") else True
    assert "“My friend says the eigenvalues are 2 and 4”: the answer worked out here" in (
        " ".join(s.notes))


def test_a_claim_with_a_unit_is_compared_with_its_task_only() -> None:
    p = parse("u = (1, 0) and v = (0, 1): the angle between u and v. I got angle = 90 degrees")
    assert p.kind == "angle"
    (typed, value) = p.options["claim"]
    assert typed == "90 degrees" and sp.simplify(value - sp.pi / 2) == 0
    assert "matches" in " ".join(solve(
        "u = (1, 0) and v = (0, 1): the angle between u and v. I got angle = 90 degrees").notes)
    # a claim about an angle is never compared with a determinant: asked back
    with pytest.raises(ParseError):
        parse("det [[1, 2], [3, 4]]. My friend says angle = 3")


def test_hinglish_claim_after_the_matrix() -> None:
    s = solve("bhai maine rank nikala [[1, 2], [2, 4]] ka aur 1 aaya, sahi hai?")
    assert s.answer == 1 and "matches" in " ".join(s.notes)


# ---------------------------------------------------------------------- stays fast
def test_context_splitting_is_fast_on_long_inputs() -> None:
    for text in ("a " * 999, "Sorry. " * 280, "x y " * 500, "my roommate, " * 150):
        start = time.perf_counter()
        split_context(text)
        assert (time.perf_counter() - start) < 0.05


# ------------------------------------------------- a task ruled out, a remark about oneself
def test_a_task_ruled_out_in_brackets_is_not_a_task() -> None:
    p = parse("If p = (1, 0, 2) and q = (0, 3, 1), compute the cross product p × q "
              "(not the dot product, I always mix them up).")
    assert p.kind == "cross" and "also" not in p.options
    assert any(went == "a task ruled out (not asked)" for _t, went in p.options["account"])


def test_a_task_ruled_out_with_no_other_task_is_asked_back() -> None:
    with pytest.raises(ParseError):
        parse("(1, 2, 3) and (0, 1, 1) (not the dot product)")
    with pytest.raises(ParseError):  # the same task named and ruled out
        parse("dot product of (1, 2, 3) and (0, 1, 1) (not the dot product)")


@pytest.mark.parametrize(("piece", "context"), [
    ("I always mess up the normalisation step.", True),
    ("I always mix up the signs", True),
    ("I always get confused by the chain rule.", True),
    ("I always forget the sample correction.", False),  # an option, not a step
    ("I forgot the transpose.", False),
    ("I keep forgetting to divide by N", False),
])
def test_a_remark_about_the_working_is_context(piece: str, context: bool) -> None:
    assert is_context(piece) is context


def test_code_words_in_prose_are_not_code() -> None:
    assert parse("In class we did f(x, y) = x^2 y with x = cos t and y = sin t. Find df/dt "
                 "using the chain rule.").kind == "chain_rule"
    with pytest.raises(ParseError, match="code"):
        parse("class Net(nn.Module): pass")


def test_to_the_before_a_noun_is_the_word_to() -> None:
    p = parse("What is the distance from the point (2, 3) to the centroid (5, 7)?")
    assert p.kind == "distance" and ("centroid", "context") in p.options["account"]
    assert parse("d/dx e to the x").expr == parse("d/dx e^x").expr
    assert parse("d/dx (x+1) to the third").expr == parse("d/dx (x+1)^3").expr
