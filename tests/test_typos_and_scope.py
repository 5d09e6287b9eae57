"""Words the reader does not know yet (issue 10): typos and phone short forms, scope words,
words that describe the matrix, chat around the problem. Each is read and *said* ("Read: I
took “derv” as “derivative”"), checked (a claim about the matrix), or asked back; none is
dropped or guessed silently."""

from __future__ import annotations

import pytest
import sympy as sp

from solver import ParseError, parse, solve_problem
from solver.parsing.account import Unclear
from solver.parsing.lexicon import AMBIGUOUS_SHORT, TYPOS

x, y, x1, x2 = sp.symbols("x y x1 x2")
M = sp.Matrix


def _answer(text: str):
    problem = parse(text)
    return problem, solve_problem(problem).answer


def _read_notes(problem) -> list[str]:
    return [n for n in problem.options.get("notes", []) if n.startswith("Read:")]


# ------------------------------------------------------------------------ typos
@pytest.mark.parametrize(("text", "typed", "word", "kind"), [
    ("partial derv wrt x of x^2y^3 ??", "derv", "derivative", "partial"),
    ("wats d eigenvectrs of [[2,0],[0,3]]", "eigenvectrs", "eigenvectors", "eigenvectors"),
    ("crossprod (1,0,2)x(0,1,1) ??", "crossprod", "cross product", "cross"),
    ("eigen valus of [[2,0],[0,3]]", "eigen valus", "eigenvalues", "eigenvalues"),
    ("determinent of [[1,2],[3,4]]", "determinent", "determinant", "det"),
    ("hessain of x^2y", "hessain", "hessian", "hessian"),
    ("inverce of [[2,0],[0,4]]", "inverce", "inverse", "inverse"),
    ("jacobain of (x*y, x+y)", "jacobain", "jacobian", "jacobian"),
    ("derivate of x^3", "derivate", "derivative", "derivative"),
    ("mclaurin of e^x", "mclaurin", "maclaurin", "taylor"),
])
def test_a_typo_is_read_and_said(text: str, typed: str, word: str, kind: str) -> None:
    problem = parse(text)
    assert problem.kind == kind
    assert f"Read: I took “{typed}” as “{word}”." in _read_notes(problem)


def test_typo_answers_are_the_problem_meant() -> None:
    _p, answer = _answer("partial derv wrt x of x^2y^3 ??")
    assert sp.simplify(answer - 2 * x * y**3) == 0
    _p, answer = _answer("crossprod (1,0,2)x(0,1,1) ??")
    assert M(answer) == M([1, 0, 2]).cross(M([0, 1, 1]))
    problem, _a = _answer("wats d eigenvectrs of [[2,0],[0,3]]")
    assert problem.matrices == (M([[2, 0], [0, 3]]),)


def test_a_fuzzy_typo_outside_the_table_is_said_too() -> None:
    problem = parse("derivatve of x^2")  # one letter out: respell
    assert "Read: I took “derivatve” as “derivative”." in _read_notes(problem)
    problem = parse("eigenvectrz of [[2,0],[0,3]]")  # rapidfuzz: canonical
    assert problem.kind == "eigenvectors"
    assert any("“eigenvectrz”" in n for n in _read_notes(problem))


def test_word_forms_and_plurals_are_not_called_typos() -> None:
    for text in ("orthonormalise (1,1),(1,0)", "covariances of (1,2),(2,3),(3,5)",
                 "det of [[1,2],[3,4]]", "sorry i meant, find det [[1,2],[3,4]]"):
        assert not any("I took" in n for n in _read_notes(parse(text))), text


@pytest.mark.parametrize("text", ["ortho projection of (1,2) onto (1,0)",
                                  "diag of [[1,2],[2,1]]"])
def test_an_ambiguous_short_form_is_asked_back(text: str) -> None:
    with pytest.raises(Unclear) as err:
        parse(text)
    assert "do you mean" in err.value.message


def test_a_typo_as_close_to_two_kinds_has_rivals(monkeypatch: pytest.MonkeyPatch) -> None:
    from solver.parsing import intent
    assert intent.rival_guesses("varianse") == []  # one clear guess: read (and said)
    assert intent.rival_guesses("projectons") == []
    # two words of different kinds, each one letter from the typo: rivals (asked back)
    monkeypatch.setattr(intent, "VOCAB", ["gradient", "gradienz", "eigenvalues"])
    monkeypatch.setattr(intent, "_KIND_OF", {"gradient": "gradient", "gradienz": "rank"})
    assert set(intent.rival_guesses("gradienx")) == {"gradient", "gradienz"}
    # the same kind twice is no rivalry (eigenvector / eigenvectors)
    monkeypatch.setattr(intent, "_KIND_OF", {"gradient": "gradient", "gradienz": "gradient"})
    assert intent.rival_guesses("gradienx") == []


def test_rival_guesses_stop_the_parse() -> None:
    from solver.parsing import account
    seen = account.rival_guesses
    try:
        account.rival_guesses = lambda word: ["gradient", "gradients"]  # type: ignore[assignment]
        with pytest.raises(Unclear) as err:
            parse("gradiunt of x^2 y")
        assert "“gradiunt”" in err.value.message and "do you mean" in err.value.message
    finally:
        account.rival_guesses = seen


def test_one_table_of_typos() -> None:
    assert all(k == k.lower() and v for k, v in TYPOS.items())
    assert not set(TYPOS) & set(AMBIGUOUS_SHORT)


# ------------------------------------------------------------------------ scope words
@pytest.mark.parametrize(("text", "order"), [
    ("maclaurin of e^(-x) upto the cubic term", 3),
    ("maclaurin of log(1+x) till the cubic term", 3),
    ("taylor of cos x upto the quartic term", 4),
    ("quadratic taylor polynomial of e^x", 2),
    ("taylor of e^x, linear term", 1),
    ("taylor expansion of cos x about x = pi up to the quadratic term", 2),
    ("taylor of cos x till the x^4 term", 4),
    ("taylor of cos x up to degree 4", 4),
    ("second-order taylor of e^x at 0", 2),
    ("second order taylor approx of e^x about x = 2", 2),
])
def test_scope_words_set_the_order(text: str, order: int) -> None:
    assert parse(text).order == order


def test_cubic_term_answer() -> None:
    _p, answer = _answer("maclaurin of e^(-x) upto the cubic term")
    assert sp.expand(answer - (1 - x + x**2 / 2 - x**3 / 6)) == 0


def test_quartic_is_not_read_as_quadratic() -> None:
    assert parse("quartic taylor of cos x").order == 4


def test_two_scopes_that_disagree_are_asked_back() -> None:
    with pytest.raises(ParseError):
        parse("second order cubic taylor of e^x")


def test_a_degree_word_elsewhere_is_asked_about() -> None:
    with pytest.raises(Unclear):
        parse("derivative of the cubic x^3 + x")


# ------------------------------------------------------------ words describing the matrix
def test_a_true_claim_is_answered() -> None:
    problem, answer = _answer("Find the eigenvalues of the symmetric matrix "
                              "[[2, 1, 1], [1, 3, 0], [1, 0, 4]].")
    assert problem.kind == "eigenvalues"
    assert sum(answer.values()) == 3
    assert ("symmetric", "claim: symmetric (checked)") in problem.options["account"]
    for text in ("det of the diagonal matrix [[1,0],[0,2]]",
                 "inverse of the orthogonal matrix [[0,1],[1,0]]",
                 "eigenvalues of the real symmetric matrix [[2,1],[1,2]]",
                 "eigenvalues of the positive definite matrix [[2,1],[1,2]]",
                 "det of the upper triangular matrix [[1,2],[0,3]]",
                 "det of the 2x2 matrix [[1,2],[3,4]]",
                 "eigenvalues of the square matrix [[1,2],[3,4]]"):
        assert parse(text).matrices, text


@pytest.mark.parametrize(("text", "said"), [
    ("eigenvalues of the symmetric matrix [[1,2],[3,4]]", "entry (1, 2) is 2 but entry (2, 1)"),
    ("det of the upper triangular matrix [[1,2],[3,2]]", "entry (2, 1) is 3"),
    ("eigenvalues of the positive definite matrix [[1,2],[2,1]]", "not positive definite"),
    ("inverse of the orthogonal matrix [[1,1],[0,1]]", "not orthonormal"),
    ("det of the diagonal matrix [[1,2],[0,3]]", "entry (1, 2)"),
    ("eigenvalues of the 3x3 matrix [[1,2],[3,4]]", "3×3"),
])
def test_a_false_claim_is_asked_back(text: str, said: str) -> None:
    with pytest.raises(Unclear) as err:
        parse(text)
    assert said in err.value.message


def test_orthogonal_projection_is_no_claim() -> None:
    assert parse("orthogonal projection of (1,2) onto (1,0)").kind == "projection"


def test_a_describing_word_not_about_a_matrix_is_asked() -> None:
    with pytest.raises(Unclear):
        parse("is [[1,2],[2,1]] symmetric")


# ------------------------------------------------------------ chat around the problem
def test_thanks_and_pasted_numpy() -> None:
    assert parse("trace of [[1, 2], [3, 4]] thank you so much!!").kind == "trace"
    assert parse("eigenvalues of [[1, 4], [1, 1]]?? thanks a lot").kind == "eigenvalues"
    problem = parse("i got this from numpy\narray([[2, 1],\n       [1, 2]])\n"
                    "what are its eigenvalues")
    assert problem.kind == "eigenvalues" and problem.matrices == (M([[2, 1], [1, 2]]),)


def test_a_self_correction_takes_the_part_after_it() -> None:
    problem, answer = _answer("∂/∂x of sin(x₁x₂)? no sorry ∂/∂x₁ of sin(x₁x₂)")
    assert sp.simplify(answer - x2 * sp.cos(x1 * x2)) == 0
    assert "Read: I took the part after “no sorry” (your correction)." in _read_notes(problem)
    problem = parse("det [[1,2],[3,4]] oops i meant det [[1,2],[3,5]]")
    assert problem.kind == "det" and problem.matrices == (M([[1, 2], [3, 5]]),)


def test_no_correction_without_math_before_it() -> None:
    assert not _read_notes(parse("sorry i meant, find det [[1,2],[3,4]]"))


def test_mixed_partial() -> None:
    _p, answer = _answer("mixed partial ∂²/∂x1∂x2 of x1²x2³")
    assert sp.simplify(answer - 6 * x1 * x2**2) == 0


def test_scope_in_brackets_and_conflicting_scopes() -> None:
    assert parse("linearise sin x around x = pi/2 (first order taylor)").order == 1
    with pytest.raises(ParseError) as err:
        parse("linearise sin x around x = 0 (second order taylor)")
    assert "which one" in err.value.message


@pytest.mark.parametrize("text", ["det of the 3 by 3 matrix [[1,2],[3,4]]",
                                  "eigenvalues of this 3×3 matrix: [[1,2],[3,4]]",
                                  "det of 2x2 [[1,2,3],[4,5,6],[7,8,10]]"])
def test_every_way_of_writing_a_size_is_checked(text: str) -> None:
    with pytest.raises(Unclear) as err:
        parse(text)
    assert "You say the matrix is" in err.value.message


def test_a_true_size_in_any_spelling_is_answered() -> None:
    for text in ("det of the 2 by 2 matrix [[1,2],[3,4]]",
                 "eigenvalues of this 2×2 matrix: [[1,2],[3,4]]",
                 "det of 3x3 [[1,2],[3,4]] oops i meant det of 2x2 [[1,2],[3,4]]"):
        assert parse(text).matrices == (M([[1, 2], [3, 4]]),), text


def test_a_matrix_asked_for_is_no_claim_about_the_one_given() -> None:
    problem = parse("find an orthogonal matrix that diagonalizes [[2,1],[1,2]]")
    assert problem.kind == "eigenvectors"  # "orthogonal" describes the answer, not the data
    assert not _read_notes(problem)  # "diagonalizes" is a form of diagonalize, no typo
    with pytest.raises(Unclear) as err:  # "a symmetric matrix [[..]]": the one given
        parse("eigenvalues of a symmetric matrix [[2,1],[4,3]]")
    assert "symmetric" in err.value.message


def test_size_and_adjective_together() -> None:
    assert parse("eigenvalues of the 2x2 symmetric matrix [[2,1],[1,3]]").kind == "eigenvalues"
    with pytest.raises(Unclear):
        parse("eigenvalues of the 3x3 symmetric matrix [[2,1],[1,3]]")
