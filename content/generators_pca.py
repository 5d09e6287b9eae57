"""Exercise generators for the PCA course (modules pca-w1 … pca-w4)."""

from __future__ import annotations

import logging
import random

import sympy as sp

from .generators_base import Draft, Generator, mat_text, rand_matrix, vec_text

logger = logging.getLogger(__name__)

# (a − d, b) with (a − d)² + 4b² a perfect square: symmetric 2×2 with integer eigenvalues
_SPLITS = ((0, 1), (0, 2), (0, 3), (3, 2), (6, 4), (8, 3), (5, 6), (4, 0))


def variance_1d(rng: random.Random) -> Draft:
    """Variance with the course's convention (divide by N); every third seed asks for the
    sample variance (divide by N − 1) and says so."""
    n = rng.choice([4, 5])
    data = [rng.randint(0, 10) for _ in range(n)]
    while len(set(data)) == 1:
        data = [rng.randint(0, 10) for _ in range(n)]
    sample = rng.random() < 1 / 3
    mean = sp.Rational(sum(data), n)
    divisor = n - 1 if sample else n
    var = sum((sp.Integer(v) - mean) ** 2 for v in data) / divisor
    listed = ", ".join(map(str, data))
    which = "sample variance (divide by N − 1)" if sample else "variance (divide by N)"
    return Draft(
        question=f"Daily runs scored by a batter: {listed}. Find the {which}.",
        prompt=f"{'sample ' if sample else ''}variance of {listed}",
        direct=var,
        explanation=f"Mean = {mean}; add the squared deviations and divide by {divisor}: "
                    "variance = {answer}.",
        answer_kind="number",
    )


def covariance_matrix(rng: random.Random) -> Draft:
    """The covariance matrix with the course's convention (divide by N)."""
    n = rng.choice([3, 4])
    while True:
        pts = rand_matrix(rng, n, 2, 0, 10)
        mean = sp.Matrix([[sum(pts[:, j]) / n for j in range(2)]])
        centred = pts - sp.ones(n, 1) * mean
        if all(v.is_integer for v in mean) and all(any(centred[:, j]) for j in range(2)):
            break
    points = ", ".join(f"({pts[i, 0]}, {pts[i, 1]})" for i in range(n))
    return Draft(
        question=f"Quiz scores (maths, physics) out of 10 for {n} students: {points}. Find the "
                 "covariance matrix (divide by N).",
        prompt=f"covariance matrix of {mat_text(pts)}",
        direct=(centred.T * centred) / n,
        explanation=f"Mean = ({mean[0]}, {mean[1]}); centre the points (X₀), then "
                    f"C = X₀ᵀX₀ / {n} = {{answer}}.",
        answer_kind="matrix",
    )


def spd_inner_product(rng: random.Random) -> Draft:
    while True:
        a, bb, c = rng.randint(1, 4), rng.randint(-2, 2), rng.randint(1, 4)
        if a * c - bb * bb > 0:
            break
    m = sp.Matrix([[a, bb], [bb, c]])
    u, v = rand_matrix(rng, 2, 1, -3, 3), rand_matrix(rng, 2, 1, -3, 3)
    return Draft(
        question=f"With the inner product ⟨u, v⟩ = uᵀAv, A = {mat_text(m)}, find ⟨u, v⟩ for "
                 f"u = {vec_text(u)}, v = {vec_text(v)}.",
        prompt=f"multiply {mat_text(u.T)} and {mat_text(m)}",
        then=lambda row: f"dot {vec_text(list(row))} and {vec_text(v)}",
        direct=(u.T * m * v)[0, 0],
        explanation="First uᵀA (a row), then its dot product with v: ⟨u, v⟩ = {answer}.",
        answer_kind="number",
    )


def projection_3d(rng: random.Random) -> Draft:
    u = rand_matrix(rng, 3, 1, -3, 3)
    d = rand_matrix(rng, 3, 1, -2, 2)
    while not any(d):
        d = rand_matrix(rng, 3, 1, -2, 2)
    return Draft(
        question=f"Project x = {vec_text(u)} onto the line spanned by b = {vec_text(d)}.",
        prompt=f"project {vec_text(u)} onto {vec_text(d)}",
        direct=(u.dot(d) / d.dot(d)) * d,
        explanation="π(x) = (bᵀx / bᵀb)·b = {answer}.",
        answer_kind="matrix",
    )


def projection_matrix(rng: random.Random) -> Draft:
    d = rand_matrix(rng, 2, 1, -3, 3)
    while not any(d):
        d = rand_matrix(rng, 2, 1, -3, 3)
    return Draft(
        question=f"Find the projection matrix P onto the line spanned by b = {vec_text(d)}.",
        prompt=f"projection matrix onto {vec_text(d)}",
        direct=(d * d.T) / d.dot(d),
        explanation=f"P = b bᵀ / (bᵀb) with bᵀb = {d.dot(d)}: P = {{answer}}.",
        answer_kind="matrix",
    )


def _covariance(rng: random.Random) -> sp.Matrix:
    """A positive-definite symmetric 2×2 with integer eigenvalues."""
    diff, off = rng.choice(_SPLITS)
    d = off + rng.randint(1, 4)  # a·d ≥ d² > off²: positive definite
    a = d + diff
    if rng.random() < 0.5:
        a, d = d, a
    off *= rng.choice([1, -1])
    return sp.Matrix([[a, off], [off, d]])


def pca_first_variance(rng: random.Random) -> Draft:
    cov = _covariance(rng)
    return Draft(
        question=f"A dataset has covariance matrix {mat_text(cov)}. What is the variance along "
                 "the first principal component?",
        prompt=f"principal components of covariance {mat_text(cov)}",
        direct=max(cov.eigenvals()),
        pick=lambda ans: ans[0][0],
        explanation="The first principal component is the eigenvector with the largest "
                    "eigenvalue; that eigenvalue is the variance along it: {answer}.",
        answer_kind="number",
    )


def explained_ratio(rng: random.Random) -> Draft:
    cov = _covariance(rng)
    return Draft(
        question=f"For the covariance matrix {mat_text(cov)}, what fraction of the total variance "
                 "does the first principal component explain?",
        prompt=f"principal components of covariance {mat_text(cov)}",
        direct=max(cov.eigenvals()) / cov.trace(),
        pick=lambda ans: ans[0][0] / sum(ans[0]),
        explanation=f"λ₁ / (λ₁ + λ₂), and λ₁ + λ₂ = trace = {cov.trace()}: ratio = {{answer}}.",
        answer_kind="number",
    )


GENERATORS_PCA: list[Generator] = [
    Generator("variance-1d", "pca-w1", "variance", 1, "pca", variance_1d),
    Generator("covariance-matrix", "pca-w1", "covariance", 2, "multiply", covariance_matrix),
    Generator("spd-inner-product", "pca-w2", "inner products", 2, "multiply", spd_inner_product),
    Generator("projection-3d", "pca-w3", "projection onto a line", 2, "projection",
              projection_3d),
    Generator("projection-matrix", "pca-w3", "projection matrix", 2, "projection",
              projection_matrix),
    Generator("pca-first-variance", "pca-w4", "principal components", 2, "pca",
              pca_first_variance),
    Generator("explained-ratio", "pca-w4", "explained variance", 2, "pca", explained_ratio),
]
