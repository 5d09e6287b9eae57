"""Mean, variance and covariance of a dataset (PCA course, week 1), checked against numpy."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

from solver import ParseError, solve

DATA_1D = [2, 4, 4, 4, 5, 5, 7, 9]
POINTS = [[1, 2], [3, 4], [5, 7], [2, 2]]


def _points(points: list[list[int]]) -> str:
    return ", ".join(f"({a}, {b})" for a, b in points)


def test_mean_of_numbers_and_of_points() -> None:
    assert solve("mean of " + ", ".join(map(str, DATA_1D))).answer == 5
    sol = solve("mean of " + _points(POINTS))
    assert sol.answer == sp.Matrix(np.mean(POINTS, axis=0).tolist()).applyfunc(sp.nsimplify)
    assert sol.kind == "mean"


@pytest.mark.parametrize(("words", "ddof"), [("variance of", 0), ("sample variance of", 1)])
def test_variance_population_by_default_sample_on_request(words: str, ddof: int) -> None:
    sol = solve(f"{words} " + ", ".join(map(str, DATA_1D)))
    assert float(sol.answer) == pytest.approx(np.var(DATA_1D, ddof=ddof))
    assert sol.answer.is_Rational  # exact
    html = sol.render("html")
    assert "N − 1" in html and "N (population" in html  # both conventions shown


def test_standard_deviation() -> None:
    sol = solve("standard deviation of " + ", ".join(map(str, DATA_1D)))
    assert sol.answer == 2


@pytest.mark.parametrize(("words", "ddof"), [("covariance matrix of", 0),
                                             ("sample covariance of", 1)])
def test_covariance_matrix(words: str, ddof: int) -> None:
    sol = solve(f"{words} " + _points(POINTS))
    want = np.cov(np.array(POINTS, dtype=float).T, ddof=ddof)
    got = np.array(sol.answer.tolist(), dtype=float)
    assert np.allclose(got, want)
    assert sol.answer == sol.answer.T


def test_pca_keeps_priority_over_the_word_covariance() -> None:
    assert solve("pca with covariance [[2,1],[1,2]]").kind == "pca"
    assert solve("eigenvalues of the covariance matrix [[2,1],[1,2]]").kind == "eigenvalues"


def test_one_point_is_not_data() -> None:
    with pytest.raises(ParseError):
        solve("variance of 7")
