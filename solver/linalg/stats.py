"""Statistics of a dataset (PCA course, week 1): mean, variance, covariance matrix.

Data points are the rows of ``matrices[0]`` (n×d; 1-D data is n×1). The course divides by N
(population); "sample variance/covariance" divides by N − 1 (``options["sample"]``), and the
other convention's value is always shown too. Each answer is checked by a second formula
(Σx²/N − x̄² for the deviations route), never by re-running the steps.
"""

from __future__ import annotations

import sympy as sp

from ..errors import ParseError, TooHard
from ..problem import Problem
from ..solution import Solution, Step
from ._common import check_limits, entry_point, exact, fmt, simp, simp_matrix, verified

MAX_POINTS = 30


def _data(problem: Problem) -> sp.Matrix:
    if not problem.matrices:
        raise ParseError("I need the data: numbers, or points one per row.",
                         "For example: variance of 2, 4, 4, 5 or covariance of (1, 2), (3, 5).")
    m = exact(problem.matrices[0])
    if m.free_symbols:  # a row of names is a header; letters among the data are asked back
        names = ", ".join(sorted(str(x) for x in m.free_symbols))
        raise ParseError(f"The data has letters in it ({names}): statistics need numbers.",
                         "Type the data points as numbers, one per row, e.g. "
                         "covariance of (1, 2), (3, 3), (5, 7); column names go on a line "
                         "of their own above the numbers.")
    if m.rows > MAX_POINTS:
        raise TooHard(f"I work through up to {MAX_POINTS} data points step by step.")
    check_limits(sp.zeros(1, m.cols))
    if m.rows < 2:
        raise ParseError("I need at least two data points.", "variance of 2, 4, 4, 5")
    return m


def _divisor(problem: Problem, n: int) -> tuple[int, str, int, str]:
    """(the divisor used, its name, the other one, its name)."""
    if problem.options.get("sample"):
        return n - 1, "N − 1 (sample)", n, "N (population)"
    return n, "N (population, as in the course)", n - 1, "N − 1 (sample)"


def _means(m: sp.Matrix) -> sp.Matrix:
    return simp_matrix(sp.Matrix([[sum(m.col(j)) / m.rows for j in range(m.cols)]]))


def _listed(m: sp.Matrix) -> str:
    return ", ".join(fmt(x) for x in m) if m.cols == 1 else ", ".join(
        fmt(m.row(i)) for i in range(m.rows))


@entry_point
def solve_mean(problem: Problem) -> Solution:
    m = _data(problem)
    n = m.rows
    mean = _means(m)
    total = simp_matrix(sp.Matrix([[sum(m.col(j)) for j in range(m.cols)]]))
    answer = mean[0] if m.cols == 1 else mean.T
    steps = [
        Step("Add the data", [f"N = {n} points: {_listed(m)}",
                              f"sum = {fmt(total[0] if m.cols == 1 else total)}"]),
        Step("Divide by N", [f"mean = sum / {n} = {fmt(answer)}"],
             why="The mean is the centre of mass of the data; PCA subtracts it first."),
    ]
    truth = (m.T * sp.ones(n, 1) / n)  # a second route: Xᵀ·1 / N
    truth = simp(truth[0]) if m.cols == 1 else simp_matrix(truth)
    return verified(problem, answer, truth, steps)


@entry_point
def solve_variance(problem: Problem) -> Solution:
    m = _data(problem)
    n = m.rows
    div, div_name, other, other_name = _divisor(problem, n)
    mean = _means(m)
    dev = simp_matrix(m - sp.ones(n, 1) * mean)
    sq = dev.applyfunc(lambda e: e**2)
    ss = simp_matrix(sp.Matrix([[sum(sq.col(j)) for j in range(m.cols)]]))
    var = simp_matrix(ss / div)
    want_std = bool(problem.options.get("std"))
    steps = [
        Step("Mean", [f"x̄ = {fmt(mean[0] if m.cols == 1 else mean)}"]),
        Step("Deviations from the mean, squared", [
            "x − x̄ = " + _listed(dev), "(x − x̄)² = " + _listed(sq)], detail=n > 8),
        Step(f"Sum of squares, divided by {div_name}", [
            f"Σ(x − x̄)² = {fmt(ss[0] if m.cols == 1 else ss)}",
            f"variance = {fmt(ss[0] if m.cols == 1 else ss)} / {div} = "
            f"{fmt(var[0] if m.cols == 1 else var)}"],
            why="Variance is the average squared distance from the mean."),
        Step(f"With {other_name} instead", [
            f"variance = {fmt(simp_matrix(ss / other)[0] if m.cols == 1 else ss / other)}"],
            why="Statistics texts often divide by N − 1 (unbiased for a sample)."),
    ]
    answer: sp.Expr | sp.Matrix = var[0] if m.cols == 1 else var.T
    if want_std:
        answer = sp.sqrt(answer) if m.cols == 1 else answer.applyfunc(sp.sqrt)
        steps.append(Step("Standard deviation = √variance", [f"σ = {fmt(answer)}"]))
    # a second route: Σx²/div − N·x̄²/div
    sq_sum = sp.Matrix([[sum(x**2 for x in m.col(j)) for j in range(m.cols)]])
    truth_var = simp_matrix((sq_sum - n * mean.applyfunc(lambda e: e**2)) / div)
    truth: sp.Expr | sp.Matrix = truth_var[0] if m.cols == 1 else truth_var.T
    if want_std:
        truth = sp.sqrt(truth) if m.cols == 1 else truth.applyfunc(sp.sqrt)
    return verified(problem, answer, truth, steps)


@entry_point
def solve_covariance(problem: Problem) -> Solution:
    m = _data(problem)
    n = m.rows
    div, div_name, other, other_name = _divisor(problem, n)
    mean = _means(m)
    centred = simp_matrix(m - sp.ones(n, 1) * mean)
    scatter = simp_matrix(centred.T * centred)
    cov = simp_matrix(scatter / div)
    steps = [
        Step("Mean of each coordinate", [f"μ = {fmt(mean)}"]),
        Step("Centre the data (subtract μ from every point)", [centred], detail=n > 6),
        Step(f"Σ = XᵀX / {div_name}", ["XᵀX =", scatter, f"Σ = XᵀX / {div} =", cov],
             why="Entry (i, j) is the average product of the i-th and j-th deviations: "
                 "the diagonal holds variances, off-diagonal entries say how coordinates "
                 "move together."),
        Step(f"With {other_name} instead", [simp_matrix(scatter / other)], detail=True),
    ]
    truth = simp_matrix((m.T * m - n * mean.T * mean) / div)  # Σ = (XᵀX − N·μᵀμ)/div
    if problem.options.get("pair") and m.cols == 2:
        # "covariance of x and y": one number, Σ's off-diagonal entry (the matrix above it)
        pair = problem.options["pair"]
        a, b = pair if isinstance(pair, tuple) else ("x", "y")
        steps.append(Step(f"cov({a}, {b}) is the off-diagonal entry of Σ",
                          [f"cov({a}, {b}) = Σ₁₂ = {fmt(cov[0, 1])}"],
                          why=f"Positive: {a} and {b} tend to rise together; negative: one "
                              "rises as the other falls."))
        return verified(problem, cov[0, 1], truth[0, 1], steps)
    return verified(problem, cov, truth, steps)
