"""Several tasks in one message, none dropped without a word (session 7, the class behind v12's
two wrong answers and its partials): a list with articles, a task named after "also" that
another kind covers, tasks typed as A^-1 / A^T beside a word task, and an other task that
cannot be read (named in a note, never a button that fails)."""

from __future__ import annotations

import pytest
import sympy as sp

from solver import parse, solve

x, y = sp.symbols("x y")
A3 = "[[2, 0, 1], [1, 1, 0], [0, 3, 1]]"


def _tasks(text: str) -> list[str]:
    p = parse(text)
    return [p.kind, *p.options.get("also", ())]


# ------------------------------------------------- a list of tasks, each with its article
@pytest.mark.parametrize(("text", "tasks"), [
    ("for f = x^2 + y^2 - 2x, find the gradient, the critical points and the hessian",
     ["gradient", "critical_points", "hessian"]),
    ("f = x^3 - 3xy + y^3: the gradient, the hessian and the critical points",
     ["gradient", "hessian", "critical_points"]),
    ("find the derivative, the critical points and the second derivative of x^3 - 12x",
     ["derivative", "critical_points", "derivative.2"]),
    ("for f = x^2 y + y^3 find its gradient, its hessian and its critical points",
     ["gradient", "hessian", "critical_points"]),
])
def test_a_list_with_articles_keeps_every_task(text: str, tasks: list[str]) -> None:
    assert _tasks(text) == tasks


def test_the_covered_task_of_a_list_is_answered_in_the_order_named() -> None:
    got = solve("for f = x^2 + y^2 - 2x, find the gradient, the critical points and the "
                "hessian")
    assert [s.kind for s in got] == ["gradient", "critical_points", "hessian"]
    assert sp.simplify(got[0].answer - sp.Matrix([2 * x - 2, 2 * y])) == sp.zeros(2, 1)
    assert got[2].answer == sp.Matrix([[2, 0], [0, 2]])


# ---------------------------------------------- "also" names a task of its own
@pytest.mark.parametrize(("text", "tasks"), [
    ("find the critical points of x^3 - 3x, also the derivative",
     ["critical_points", "derivative"]),
    ("critical points of x^3-3x. Also find f'(x)", ["critical_points", "derivative"]),
    ("Newton's method for x^2 - 5 from x0 = 2, 3 iterations. Also what is f'(x)?",
     ["newton", "derivative"]),
    ("gradient descent on x^2 from 1 with learning rate 0.1 for 2 steps, also give the "
     "gradient", ["gradient_descent", "gradient"]),
])
def test_a_covered_task_named_after_also_is_its_own(text: str, tasks: list[str]) -> None:
    assert _tasks(text) == tasks


def test_a_covered_word_used_as_the_method_is_no_task() -> None:
    # the gradient is how the critical points are found, not another thing asked
    assert _tasks("critical points of x^2 + y^2 - 2x where the gradient is zero") == [
        "critical_points"]


def test_newton_then_the_derivative_leaves_the_iteration_its_own() -> None:
    got = solve("Prof said we should verify Newton's method by hand. f(x) = x^2 - 5, start "
                "from x0 = 2, do three iterations and give the iterates. Also what is f'(x)?")
    assert [s.kind for s in got] == ["newton", "derivative"]
    assert got[1].answer == 2 * x  # f' itself: x0 = 2 is where Newton starts, not a point


def test_gradient_descent_then_the_gradient_is_not_at_the_start() -> None:
    got = solve("gradient descent on x^2 + y^2 from (1, 1) with learning rate 0.1 for 2 "
                "steps, also give the gradient")
    assert [s.kind for s in got] == ["gradient_descent", "gradient"]
    assert got[1].answer == sp.Matrix([2 * x, 2 * y])


# ---------------------------------------------- typed tasks beside a word task
def test_det_named_first_then_typed_inverse_and_transpose() -> None:
    text = f"Compute det(A), A^-1 and A^T for A = {A3}"
    got = solve(text)
    m = sp.Matrix([[2, 0, 1], [1, 1, 0], [0, 3, 1]])
    assert [s.kind for s in got] == ["det", "inverse", "transpose"]
    assert [s.answer for s in got] == [m.det(), m.inv(), m.T]
    assert "A^T" in parse(text).restated  # the typed task named as typed, not "transpose #2"


@pytest.mark.parametrize("text", [
    f"A^-1 and A^T for A = {A3}",
    f"A^T and A^-1 for A = {A3}",
])
def test_two_typed_tasks_are_both_answered(text: str) -> None:
    m = sp.Matrix([[2, 0, 1], [1, 1, 0], [0, 3, 1]])
    got = solve(text)
    want = [m.inv(), m.T] if text.startswith("A^-1") else [m.T, m.inv()]
    assert [s.answer for s in got] == want


# ---------------------------------------------- a task that cannot be read is said
def test_an_other_task_that_cannot_be_read_is_named_in_a_note() -> None:
    text = ("If x = t^2 and y = sin t and f = x*y, find df/dt using the chain rule, and also "
            "the gradient of f in x, y")
    p = parse(text)
    assert p.kind == "chain_rule"
    if "gradient" not in p.options.get("also", ()):
        assert any("gradient" in n and "could not read" in n for n in p.options["notes"])
        assert "also asked" not in p.restated  # no button that would fail
    else:  # read: then it is the gradient of x·y in (x, y), never of x(t)·y(t)
        assert solve(text)[1].answer == sp.Matrix([y, x])


# ---------------------------------------------- more ways of listing tasks
@pytest.mark.parametrize(("text", "tasks"), [
    ("Find rank, nullspace of [[1, 2, 1], [2, 4, 2]]", ["rank", "nullspace"]),
    ("det, inverse of [[1,2],[3,5]]", ["det", "inverse"]),
    ("cross of (3,4,0) and (4,3,0) and tell the angle between them", ["cross", "angle"]),
])
def test_a_comma_or_an_asking_word_lists_tasks(text: str, tasks: list[str]) -> None:
    assert _tasks(text) == tasks


def test_two_kind_words_side_by_side_without_a_comma_are_still_asked() -> None:
    from solver import ParseError

    with pytest.raises(ParseError):  # "jacobian determinant": the det of J, or both?
        parse("jacobian determinant of (x^2 y, x + y)")


@pytest.mark.parametrize(("text", "second", "value"), [
    ("Solve x + 2y = 5, 3x - y = 1 and also find the determinant of the coefficient matrix",
     "det", -7),
    ("solve x + 2y = 5, 3x + 4y = 6 and also find the inverse of the coefficient matrix",
     "inverse", sp.Matrix([[-2, 1], [sp.Rational(3, 2), -sp.Rational(1, 2)]])),
])
def test_solve_and_a_task_on_the_coefficient_matrix(text: str, second: str,
                                                    value: object) -> None:
    got = solve(text)
    assert [s.kind for s in got] == ["solve_system", second]
    assert got[1].answer == value


def test_the_coefficient_matrix_task_first_keeps_that_order() -> None:
    got = solve("find the det of the coefficient matrix of x + 2y = 5, 3x + 4y = 6 and solve it")
    assert [s.kind for s in got] == ["det", "solve_system"]
    assert got[0].answer == -2


def test_scalar_and_vector_projection_on_the_same_named_vectors() -> None:
    got = solve("r = (3, 4), s = (2, 1): scalar projection of s onto r and the vector "
                "projection of s onto r")
    assert [s.kind for s in got] == ["scalar_projection", "projection"]
    assert got[0].answer == 2
    assert got[1].answer == sp.Matrix([sp.Rational(6, 5), sp.Rational(8, 5)])


# ---------------------------------------------- "Q2: the same for ..."
@pytest.mark.parametrize(("text", "answers"), [
    ("Tutorial sheet 6, Q1: Find the Taylor polynomial of f(x) = e^x cos x about x = 0 up to "
     "and including the x^3 term. Q2: the same for sin(x)/(1 + x) up to order 2.",
     [1 + x - x**3 / 3, x - x**2]),
    ("(a) derivative of x^3 sin x (b) same for x^2 cos x",
     [sp.diff(x**3 * sp.sin(x), x), sp.diff(x**2 * sp.cos(x), x)]),
    ("1) det of [[1,2],[3,4]]\n2) the same for [[2,0],[1,5]]", [-2, 10]),
])
def test_the_same_for_repeats_the_task_before(text: str, answers: list[object]) -> None:
    got = solve(text)
    assert [sp.simplify(s.answer - a) for s, a in zip(got, answers, strict=True)] == [0, 0]
    assert any("the same" in n for n in got[0].problem.options["notes"])


def test_the_same_keeps_the_point_and_scope_said_before() -> None:
    got = solve("Q1: taylor of e^x about x = 1 up to order 2. Q2: the same for cos x")
    assert got[0].problem.order == 2  # the "2." of "order 2. Q2" is no list marker
    want = sp.series(sp.cos(x), x, 1, 3).removeO()
    assert sp.simplify(got[1].answer - want) == 0


def test_the_same_with_nothing_to_repeat_is_said() -> None:
    p = parse("1) det of [[1,2],[3,4]]\n2) the same")
    assert "also" not in p.options
    assert any("part 2" in n for n in p.options["notes"])


# ---------------------------------------------- typed and word tasks listed together
_FORMS = {"det": ["det(A)", "|A|", "the determinant"], "inverse": ["A^-1", "A⁻¹", "the inverse"],
          "trace": ["tr(A)", "the trace"], "rank": ["rank(A)", "the rank"],
          "transpose": ["A^T", "Aᵀ", "the transpose"]}
_A = sp.Matrix([[2, 1], [1, 3]])
_VALUE = {"det": _A.det(), "inverse": _A.inv(), "trace": _A.trace(), "rank": _A.rank(),
          "transpose": _A.T}


def _lists() -> list[tuple[str, tuple[str, ...]]]:
    """Lists of two and three tasks, each written typed or in words, with the matrix given
    before or after (a fixed sample of every combination)."""
    import itertools
    import random

    rnd = random.Random(7)
    out = []
    for n in (2, 3):
        for combo in itertools.permutations(_FORMS, n):
            words = [rnd.choice(_FORMS[k]) for k in combo]
            listed = ", ".join(words[:-1]) + " and " + words[-1]
            out.append((rnd.choice([f"find {listed} for A = [[2, 1], [1, 3]]",
                                    f"A = [[2, 1], [1, 3]]. Compute {listed}"]), combo))
    return rnd.sample(out, 24)


@pytest.mark.parametrize(("text", "combo"), _lists())
def test_every_listed_task_is_answered_in_the_order_asked(text: str,
                                                          combo: tuple[str, ...]) -> None:
    got = solve(text)
    assert [s.kind for s in got] == list(combo)  # none dropped, none the operand of another
    assert [s.answer for s in got] == [_VALUE[k] for k in combo]


@pytest.mark.parametrize("text", [
    "find the inverse of Aᵀ for A = [[2, 1], [1, 3]]",  # Aᵀ is the operand here
    "find Aᵀ and its inverse for A = [[2, 1], [1, 3]]",  # "its": of Aᵀ
])
def test_a_typed_operand_of_a_word_task_stays_its_operand(text: str) -> None:
    got = solve(text)
    assert (got if isinstance(got, tuple) else (got,))[-1].answer == _A.T.inv()


_U, _V = sp.Matrix([1, 2, 2]), sp.Matrix([2, 0, 1])
_VEC_FORMS = {"dot": ["u·v", "u.v", "the dot product"],
              "cross": ["u×v", "u x v", "the cross product"],
              "norm": ["|u|", "||u||", "the norm of u"], "angle": ["the angle between them"],
              "distance": ["||u - v||", "the distance between u and v"],
              "projection": ["the projection of u onto v"], "add": ["u + v"]}
_VEC_VALUE = {"dot": _U.dot(_V), "cross": _U.cross(_V), "norm": _U.norm(),
              "angle": sp.acos(_U.dot(_V) / (_U.norm() * _V.norm())),
              "distance": (_U - _V).norm(), "projection": _U.dot(_V) / _V.dot(_V) * _V,
              "add": _U + _V}


def _vector_lists() -> list[tuple[str, tuple[str, ...]]]:
    import itertools
    import random

    rnd = random.Random(11)
    out = []
    for n in (2, 3):
        for combo in itertools.permutations(_VEC_FORMS, n):
            words = [rnd.choice(_VEC_FORMS[k]) for k in combo]
            listed = ", ".join(words[:-1]) + rnd.choice([" and ", ", and also ", " and also "]) \
                + words[-1]
            out.append((rnd.choice(["u = (1, 2, 2), v = (2, 0, 1): find {}",
                                    "find {} for u = (1, 2, 2) and v = (2, 0, 1)"]).format(listed),
                        combo))
    return rnd.sample(out, 40)


def _same(a: object, b: object) -> bool:
    if isinstance(b, sp.MatrixBase):
        return isinstance(a, sp.MatrixBase) and sp.simplify(a - b).is_zero_matrix
    return sp.simplify(a - b) == 0  # type: ignore[operator]


@pytest.mark.parametrize(("text", "combo"), _vector_lists())
def test_a_listed_vector_task_is_answered_said_or_asked_never_dropped(
        text: str, combo: tuple[str, ...]) -> None:
    from solver import ParseError

    try:
        got = solve(text)
    except ParseError:
        return  # asked back: allowed (a question is never a wrong answer)
    got = got if isinstance(got, tuple) else (got,)
    answers = [s.answer for s in got]
    want = [_VEC_VALUE[k] for k in combo]
    if len(answers) == len(want):
        assert all(_same(a, b) for a, b in zip(answers, want, strict=True))  # in order
        return
    notes = " ".join(got[0].problem.options.get("notes", []))
    assert "could not read part" in notes or "do not see what part" in notes  # said
    assert all(any(_same(a, w) for w in want) for a in answers)  # and the rest right


# ---------------------------------------------- calculus: a partial is its own task only
_F = x**3 - 3 * x * y + y**3


@pytest.mark.parametrize(("text", "want"), [
    ("find f_x, the critical points and the gradient of f = x^3 - 3xy + y^3",
     [sp.diff(_F, x), [{x: 0, y: 0}, {x: 1, y: 1}], sp.Matrix([sp.diff(_F, x), sp.diff(_F, y)])]),
    ("f(x, y) = x^3 - 3xy + y^3. Find the hessian, f_y and the critical points",
     [sp.hessian(_F, (x, y)), sp.diff(_F, y), [{x: 0, y: 0}, {x: 1, y: 1}]]),
    ("find f_x and the gradient of f = x^3 - 3xy + y^3",
     [sp.diff(_F, x), sp.Matrix([sp.diff(_F, x), sp.diff(_F, y)])]),
    ("find ∇f, ∂f/∂x and ∂f/∂y of f = x^3 - 3xy + y^3",
     [sp.Matrix([sp.diff(_F, x), sp.diff(_F, y)]), sp.diff(_F, x), sp.diff(_F, y)]),
    ("for f(x) = x^3 - 3x find the stationary points, f'(x), and also the second derivative",
     [[{x: -1}, {x: 1}], 3 * x**2 - 3, 6 * x]),
])
def test_a_partial_beside_other_tasks_names_only_its_own_variable(text: str,
                                                                   want: list) -> None:
    got = solve(text)
    assert len(got) == len(want)
    for s, w in zip(got, want, strict=True):  # a 1×1 "Hessian" in y was answered before
        if isinstance(w, list):
            assert sorted(map(str, s.answer)) == sorted(map(str, w))
        elif isinstance(w, sp.MatrixBase):
            assert s.answer.shape == w.shape and sp.simplify(s.answer - w).is_zero_matrix
        else:
            assert sp.simplify(s.answer - w) == 0


def test_an_item_that_cannot_be_read_is_quoted_as_written() -> None:
    p = parse("find ∂f/∂y, H and also the critical points of f = x^3 - 3xy + y^3")
    assert any("(“H”)" in n for n in p.options["notes"])


# ---------------------------------------------- statistics listed with commas only
_D = [2, 4, 4, 5, 7]
_MEAN = sp.Rational(sum(_D), len(_D))
_VAR = sum((sp.Integer(d) - _MEAN) ** 2 for d in _D) / len(_D)
_SVAR = sum((sp.Integer(d) - _MEAN) ** 2 for d in _D) / (len(_D) - 1)


@pytest.mark.parametrize(("text", "want"), [
    ("find variance, the sample variance of 2, 4, 4, 5, 7", [_VAR, _SVAR]),
    ("data: 2, 4, 4, 5, 7. find the variance, the standard deviation", [_VAR, sp.sqrt(_VAR)]),
    ("find mean, variance, std of 2, 4, 4, 5, 7", [_MEAN, _VAR, sp.sqrt(_VAR)]),
    ("find the variance, std and the mean of 2, 4, 4, 5, 7", [_VAR, sp.sqrt(_VAR), _MEAN]),
    ("data: 2, 4, 4, 5, 7. find the standard deviation, the variance and average",
     [sp.sqrt(_VAR), _VAR, _MEAN]),
])
def test_statistics_listed_with_commas_are_each_answered_in_order(text: str,
                                                                 want: list) -> None:
    got = solve(text)
    assert [sp.simplify(s.answer - w) for s, w in zip(got, want, strict=True)] == [0] * len(want)


def test_a_root_beside_a_sample_variance_is_said_to_be_the_samples() -> None:
    p = parse("data: 2, 4, 4, 5, 7. find std, the sample variance and mean")
    assert p.restated.startswith("the sample standard deviation")  # the reading is shown


# ---------------------------------------------- the next task in its own sentence
@pytest.mark.parametrize(("text", "combo"), [
    ("A = [[2, 1], [1, 3]]. What is its determinant? What about the trace?", ["det", "trace"]),
    ("A = [[2, 1], [1, 3]]. Find the trace. Also the rank.", ["trace", "rank"]),
    ("A = [[2, 1], [1, 3]]. What is its inverse? trace bhi batao.", ["inverse", "trace"]),
    ("A = [[2, 1], [1, 3]]. Find the rank. transpose bhi batao. det bhi batao.",
     ["rank", "transpose", "det"]),
    ("Find the inverse of A = [[2, 1], [1, 3]]. And its rank? trace bhi batao.",
     ["inverse", "rank", "trace"]),
])
def test_a_task_in_a_sentence_of_its_own_is_answered(text: str, combo: list[str]) -> None:
    got = solve(text)
    assert [s.answer for s in got] == [_VALUE[k] for k in combo]


@pytest.mark.parametrize(("text", "kinds"), [
    ("A = [[0,1],[-2,-3]] ke eigen vectors bhi chahiye aur eigen values bhi",
     ["eigenvectors", "eigenvalues"]),
    ("eigen values and eigen vectors of [[2,0],[0,3]]", ["eigenvalues", "eigenvectors"]),
    ("eigenvectors and eigenvalues of [[2,0],[0,3]]", ["eigenvectors", "eigenvalues"]),
])
def test_eigen_words_split_by_a_space_keep_the_order_named(text: str, kinds: list[str]) -> None:
    assert [s.kind for s in solve(text)] == kinds


def test_a_list_item_reads_only_the_givens_it_names() -> None:
    got = solve("Hi sir, Q2 says: given u = (1, 2, 2) and v = (2, 0, 1), find (a) u·v, "
                "(b) ||u||, (c) the angle between them.")
    assert [s.answer for s in got] == [_U.dot(_V), _U.norm(),
                                       sp.acos(_U.dot(_V) / (_U.norm() * _V.norm()))]
    assert got[0].problem.options["task_names"]["norm"] == "||u||"  # the label as typed


# ---------------------------------------------- one task on two operands: ".. of f and of g"
@pytest.mark.parametrize(("text", "want"), [
    ("taylor series of e^x up to x^2 and of cos x up to x^4",
     [1 + x + x**2 / 2, 1 - x**2 / 2 + x**4 / 24]),
    ("derivative of x^2 sin x and of e^x cos x",
     [sp.diff(x**2 * sp.sin(x), x), sp.diff(sp.exp(x) * sp.cos(x), x)]),
    ("det of [[1,2],[3,4]] and of [[2,0],[0,3]]", [-2, 6]),
])
def test_one_task_of_two_functions_each_with_its_scope(text: str, want: list) -> None:
    got = solve(text)
    assert [sp.simplify(s.answer - w) for s, w in zip(got, want, strict=True)] == [0, 0]


def test_several_norms_after_a_remark_about_norms_keep_their_order() -> None:
    got = solve("Sir my question is about norms. For v = (2, -2, 1) compute the L1 norm, the "
                "L2 norm and the max norm. In the lecture you said they are all different.")
    assert [s.answer for s in got] == [5, 3, 2]


def test_rank_and_the_determinant_as_well() -> None:
    got = solve("compute the rank of [[1, 2, 1], [2, 1, 0], [3, 3, 1]], and the determinant "
                "as well")
    assert [s.kind for s in got] == ["rank", "det"]


@pytest.mark.parametrize("text", [
    "For the matrix A = [[4, -1], [2, 1]] I need the eigenvalues, the eigenvectors and the "
    "determinant.",
    "Hello! I am revising. For the matrix A = [[4, -1], [2, 1]] I need the eigenvalues, the "
    "eigenvectors and the determinant. My friend says det = 6 but I am not sure.",
])
def test_the_pronoun_i_beside_a_matrix_is_no_identity(text: str) -> None:
    got = solve(text)
    assert got[-1].kind == "det" and got[-1].answer == 6


@pytest.mark.parametrize(("text", "want"), [
    ("find A - 2I for A = [[1,2],[3,4]]", sp.Matrix([[-1, 2], [3, 2]])),
    ("A = [[1,2],[3,4]]: A + I", sp.Matrix([[2, 2], [3, 5]])),
])
def test_the_identity_stays_the_identity(text: str, want: sp.Matrix) -> None:
    assert solve(text).answer == want


def test_one_data_point_named_coordinate_wise() -> None:
    got = solve("I am trying to understand backprop. If L = (w*x + b - y)^2 with one data point "
                "x = 2, y = 3, what is the gradient of L with respect to w and b at w = 1, "
                "b = 0? Please show the chain rule steps.")
    got = got[0] if isinstance(got, tuple) else got  # ("chain rule" is also offered)
    assert got.kind == "loss_gradient" and got.answer == sp.Matrix([-4, -2])
    assert "1 data point " in got.problem.restated + " "


# ---------------------------------------------- after v13: short forms and chat words
@pytest.mark.parametrize(("text", "kinds"), [
    ("wat is eigen val of [[3,1],[0,2]] ??", ["eigenvalues"]),
    ("eigen val and eigen vec of [[3,1],[1,3]] plz", ["eigenvalues", "eigenvectors"]),
    ("Q1) inverse of [[1, 1, 0], [0, 1, 1], [1, 0, 1]] Q2) rank of the same matrix",
     ["inverse", "rank"]),
    ("I ran this in colab: np.linalg.det(A) and np.linalg.inv(A) where "
     "A = np.array([[3, 2], [1, 1]])", ["det", "inverse"]),
])
def test_short_forms_and_markers_after_v13(text: str, kinds: list[str]) -> None:
    got = solve(text)
    assert [s.kind for s in (got if isinstance(got, tuple) else (got,))] == kinds


def test_extra_is_no_extremum() -> None:
    got = solve("I keep getting extra terms in my answer. What are the first three non-zero "
                "terms of the taylor series of e^x about x = 0?")
    assert got.kind == "taylor" and sp.simplify(got.answer - (1 + x + x**2 / 2)) == 0


def test_the_same_numbers_of_a_list_item_before() -> None:
    got = solve("Q1 variance of 2, 4, 6, 8  Q2 sample variance of the same numbers")
    assert [s.answer for s in got] == [5, sp.Rational(20, 3)]


@pytest.mark.parametrize(("text", "want"), [
    ("(a) dot product (b) cross product of u = (1, -1, 2) and v = (3, 0, 1)",
     [5, sp.Matrix([-1, 5, 3])]),
    ("(a) the angle (b) the distance between u = (1, 0) and v = (0, 1)", [sp.pi / 2, sp.sqrt(2)]),
    ("a) det b) trace of [[1, 2], [3, 4]]", [-2, 5]),
])
def test_items_before_the_givens_take_every_vector_defined(text: str, want: list) -> None:
    assert [s.answer for s in solve(text)] == want
