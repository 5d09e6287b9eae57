"""Exercise generators: one per module at least, reproducible by seed, answers verified."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

from content.answers import answers_match, check_free_answer
from content.generators import GENERATORS, generate, generator
from content.generators_base import SOLVER_CANNOT, SOLVER_DISAGREES, key_text, linear
from content.loader import MODULE_IDS
from solver.dispatch import _registry

SEEDS = range(20)
# generators whose prompts the solver cannot serve yet (answers then come from SymPy): none
SOLVER_GAPS: set[str] = set()
ALL = [g for gens in GENERATORS.values() for g in gens]


def _solver_ready(kind: str) -> bool:
    return kind in _registry()


def test_every_module_has_a_generator() -> None:
    assert set(GENERATORS) == set(MODULE_IDS)
    assert len(ALL) >= 15
    assert len({g.name for g in ALL}) == len(ALL)


@pytest.mark.parametrize("g", ALL, ids=lambda g: g.name)
def test_generator_reproducible_and_verified(g) -> None:
    for seed in SEEDS:
        draft = g.draft(seed)
        again = g.draft(seed)
        assert (draft.question, draft.prompt) == (again.question, again.prompt)
        q = g(seed)
        assert q.question == draft.question and q.prompt == draft.prompt
        assert q.id == f"{g.module}-gen-{g.name}-{seed}"
        assert q.answer and q.explanation and "{answer}" not in q.explanation
        assert len(q.question) <= 300 and len(q.explanation) <= 200, q
        # the stated value equals SymPy's direct computation
        if q.type == "choice":
            assert q.options[q.correct] == q.value == draft.direct
        else:
            assert answers_match(draft.direct, q.value), (q.prompt, q.value, draft.direct)
        # never a disagreement; SymPy's value only where the solver cannot read/solve it yet
        assert SOLVER_DISAGREES not in q.note, (g.name, seed, q.prompt, q.note)
        if g.name in SOLVER_GAPS:
            assert q.computed_by == "solver" or SOLVER_CANNOT in q.note
        elif _solver_ready(g.kind):
            assert q.computed_by == "solver", (g.name, seed, q.prompt, q.note)


@pytest.mark.parametrize("g", [g for g in ALL if g.name != "hessian-classification"],
                         ids=lambda g: g.name)
def test_stated_answer_is_accepted_when_typed(g) -> None:
    for seed in range(3):
        q = g(seed)
        assert check_free_answer(q, q.answer), (q.answer, q.value)


@pytest.mark.parametrize("g", ALL, ids=lambda g: g.name)
def test_generator_varies_with_seed(g) -> None:
    assert len({g.draft(s).question for s in SEEDS}) >= 5


def test_generate_picks_by_seed() -> None:
    for module in MODULE_IDS:
        a, b = generate(module, 11), generate(module, 11)
        assert a == b and a.module == module
    with pytest.raises(KeyError):
        generate("la-w9", 0)


def test_generators_do_not_touch_global_random() -> None:
    import random

    random.seed(5)
    before = random.random()
    random.seed(5)
    generate("la-w3", 3)
    assert random.random() == before


def _lists(prompt: str) -> list:
    """The literal lists in a generator's own prompt (our text, not a student's)."""
    import ast
    import re

    return [ast.literal_eval(m) for m in re.findall(r"\[[\[\]0-9, -]*\]", prompt)]


@pytest.mark.parametrize("name, check", [
    ("det-2x2", lambda ops, v: np.isclose(np.linalg.det(np.array(ops[0])), v) and v != 0),
    ("det-3x3", lambda ops, v: np.isclose(np.linalg.det(np.array(ops[0])), v) and v != 0),
    ("inverse-2x2", lambda ops, v: np.allclose(np.linalg.inv(np.array(ops[0])), v)),
    ("matmul-nonsquare", lambda ops, v: np.allclose(np.array(ops[0]) @ np.array(ops[1]), v)),
    ("dot-product", lambda ops, v: np.dot(ops[0], ops[1]) == v),
    ("eigenvalues-pdp", lambda ops, v: np.allclose(sorted(np.linalg.eigvals(ops[0]).real), v)),
    ("projection-matrix", lambda ops, v: np.allclose(
        np.outer(ops[0], ops[0]) / np.dot(ops[0], ops[0]), v)),
    ("pca-first-variance", lambda ops, v: np.isclose(max(np.linalg.eigvalsh(ops[0])), v)),
])
def test_answers_against_numpy(name: str, check) -> None:
    g = generator(name)
    for seed in SEEDS:
        q = g(seed)
        value = np.array(q.value.tolist() if isinstance(q.value, sp.MatrixBase) else q.value,
                         dtype=float)
        assert check(_lists(q.prompt), value), (q.prompt, q.value)


def test_eigenvalues_are_integers() -> None:
    g = generator("eigenvalues-pdp")
    for seed in SEEDS:
        q = g(seed)
        assert all(sp.Integer(v) == v for v in q.value)
        assert len(q.value) == 2


def test_pca_covariances_are_positive_definite() -> None:
    import random

    from content.generators_pca import _covariance

    for seed in SEEDS:
        cov = _covariance(random.Random(seed))
        assert cov.is_symmetric() and all(v > 0 and v.is_integer for v in cov.eigenvals())


def test_answer_text_helpers() -> None:
    x, y = sp.symbols("x y")
    assert key_text(sp.Matrix([[1, 2], [3, 4]])) == "[[1, 2], [3, 4]]"
    assert key_text(sp.Matrix([1, 2])) == "[1, 2]"
    assert key_text({x: 1, y: -2}) == "x = 1, y = -2"
    assert key_text(3 * x**2 - 1) == "3*x^2 - 1"
    assert linear([2, -1], ["x", "y"]) == "2x - y"
    assert linear([-1, 3], ["x", "y"]) == "-x + 3y"


# ------------------------------------------------------ one variance convention (issue 15)
def test_variance_generator_divides_by_n_unless_it_says_sample() -> None:
    g = generator("variance-1d")
    kinds = set()
    for seed in SEEDS:
        q = g(seed)
        data = np.array([float(v) for v in q.prompt.split(" of ", 1)[1].split(",")])
        sample = "sample" in q.question
        kinds.add(sample)
        assert ("N − 1" in q.question) is sample and ("divide by N)" in q.question) is not sample
        assert q.prompt.startswith("sample variance of" if sample else "variance of")
        assert np.isclose(float(q.value), np.var(data, ddof=1 if sample else 0)), q.question
        assert q.computed_by == "solver"
    assert kinds == {True, False}  # both conventions are taught, each named


def test_covariance_generator_divides_by_n() -> None:
    g = generator("covariance-matrix")
    for seed in SEEDS:
        q = g(seed)
        assert "divide by N)" in q.question and q.prompt.startswith("covariance matrix of")
        rows = sp.Matrix(read_matrix_text(q.prompt.split(" of ", 1)[1]))
        data = np.array(rows.tolist(), dtype=float)
        assert np.allclose(np.array(q.value.tolist(), dtype=float), np.cov(data.T, bias=True))
        assert q.computed_by == "solver"


def read_matrix_text(text: str) -> list[list[int]]:
    """``[[1, 2], [3, 4]]`` written by the generator, read without eval."""
    return [[int(v) for v in row.split(",")] for row in text.strip("[] ").split("], [")]
