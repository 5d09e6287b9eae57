"""Exercise generators for the Linear Algebra course (modules la-w1 … la-w5)."""

from __future__ import annotations

import logging
import random

import sympy as sp

from .generators_base import (
    Draft,
    Generator,
    linear,
    mat_text,
    nonzero,
    rand_matrix,
    show,
    vec_text,
    x,
    y,
)

logger = logging.getLogger(__name__)

_LAMBDA = sp.Symbol("lambda")


def system_2x2(rng: random.Random) -> Draft:
    x0, y0 = rng.randint(-5, 5), rng.randint(-5, 5)
    while True:
        a, bb, c, d = (nonzero(rng, -5, 5) for _ in range(4))
        if a * d - bb * c:
            break
    e1 = f"{linear([a, bb], ['x', 'y'])} = {a * x0 + bb * y0}"
    e2 = f"{linear([c, d], ['x', 'y'])} = {c * x0 + d * y0}"
    direct = sp.solve([sp.Eq(a * x + bb * y, a * x0 + bb * y0),
                       sp.Eq(c * x + d * y, c * x0 + d * y0)], [x, y], dict=True)[0]
    return Draft(
        question=f"Solve the simultaneous equations {e1} and {e2}. Answer as x = …, y = ….",
        prompt=f"solve {e1}, {e2}",
        direct=direct,
        explanation="Eliminate one unknown, then back-substitute: {answer}.",
    )


def dot_product(rng: random.Random) -> Draft:
    u, v = rand_matrix(rng, 3, 1, -5, 5), rand_matrix(rng, 3, 1, -5, 5)
    return Draft(
        question=f"Find the dot product u·v for u = {vec_text(u)} and v = {vec_text(v)}.",
        prompt=f"dot {vec_text(u)} and {vec_text(v)}",
        direct=u.dot(v),
        explanation="Multiply matching entries and add them: u·v = {answer}.",
        answer_kind="number",
    )


def vector_norm(rng: random.Random) -> Draft:
    p, q = rng.choice([(3, 4), (5, 12), (6, 8), (8, 15), (7, 24)])
    k = rng.randint(1, 2)
    v = sp.Matrix([rng.choice([1, -1]) * p * k, rng.choice([1, -1]) * q * k])
    if rng.random() < 0.5:
        v = sp.Matrix([v[1], v[0]])
    return Draft(
        question=f"What is the length (modulus) |v| of v = {vec_text(v)}?",
        prompt=f"norm of {vec_text(v)}",
        direct=v.norm(),
        explanation="|v| = √(v₁² + v₂²) = {answer}.",
        answer_kind="number",
    )


def vector_projection(rng: random.Random) -> Draft:
    s = rand_matrix(rng, 2, 1, -4, 4)
    r = rand_matrix(rng, 2, 1, -3, 3)
    while not any(r) or s.dot(r) == 0:
        s, r = rand_matrix(rng, 2, 1, -4, 4), rand_matrix(rng, 2, 1, -3, 3)
    return Draft(
        question=f"Project s = {vec_text(s)} onto r = {vec_text(r)} (the vector projection).",
        prompt=f"project {vec_text(s)} onto {vec_text(r)}",
        direct=(s.dot(r) / r.dot(r)) * r,
        explanation="proj = (s·r / r·r)·r = {answer}.",
        answer_kind="matrix",
    )


def det_2x2(rng: random.Random) -> Draft:
    m = rand_matrix(rng, 2, 2, -6, 6)
    while m.det() == 0:
        m = rand_matrix(rng, 2, 2, -6, 6)
    return Draft(
        question=f"Find the determinant of A = {mat_text(m)}.",
        prompt=f"det {mat_text(m)}",
        direct=m.det(),
        explanation="For a 2×2 matrix, det = ad − bc = {answer}.",
        answer_kind="number",
    )


def det_3x3(rng: random.Random) -> Draft:
    m = rand_matrix(rng, 3, 3, -3, 3)
    while m.det() == 0:
        m = rand_matrix(rng, 3, 3, -3, 3)
    return Draft(
        question=f"Find the determinant of the 3×3 matrix {mat_text(m)}.",
        prompt=f"det {mat_text(m)}",
        direct=m.det(),
        explanation="Expand along the row or column with the most zeros: det = {answer}.",
        answer_kind="number",
    )


def inverse_2x2(rng: random.Random) -> Draft:
    m = rand_matrix(rng, 2, 2, -5, 5)
    while m.det() not in (1, -1, 2, -2):
        m = rand_matrix(rng, 2, 2, -5, 5)
    return Draft(
        question=f"Find the inverse of A = {mat_text(m)}.",
        prompt=f"inverse of {mat_text(m)}",
        direct=m.inv(),
        explanation=f"det A = {m.det()}; swap a and d, negate b and c, divide by det: {{answer}}.",
        answer_kind="matrix",
    )


def matmul_nonsquare(rng: random.Random) -> Draft:
    rows, inner = rng.choice([(2, 3), (3, 2), (1, 3)])
    a = rand_matrix(rng, rows, inner, -3, 3)
    bm = rand_matrix(rng, inner, rng.choice([2, 3]), -3, 3)
    return Draft(
        question=f"Multiply A = {mat_text(a)} by B = {mat_text(bm)} (find AB).",
        prompt=f"multiply {mat_text(a)} and {mat_text(bm)}",
        direct=a * bm,
        explanation=f"A is {a.rows}×{a.cols}, B is {bm.rows}×{bm.cols}, so AB is "
                    f"{a.rows}×{bm.cols}; entry (i, j) is row i of A · column j of B.",
        answer_kind="matrix",
    )


def eigenvalues_pdp(rng: random.Random) -> Draft:
    k, m = rng.randint(-2, 2), rng.randint(-2, 2)
    p = sp.Matrix([[1, k], [0, 1]]) * sp.Matrix([[1, 0], [m, 1]])  # det 1: integer inverse
    l1, l2 = rng.sample(range(-4, 6), 2)
    a = p * sp.diag(l1, l2) * p.inv()
    return Draft(
        question=f"Find the eigenvalues of A = {mat_text(a)}.",
        prompt=f"eigenvalues of {mat_text(a)}",
        direct=sorted([l1, l2]),
        pick=lambda ans: sorted(v for v, mult in ans.items() for _ in range(int(mult))),
        explanation=f"Solve det(A − λI) = {show(_LAMBDA**2 - a.trace() * _LAMBDA + a.det())} = 0 "
                    "(trace and determinant): λ = {answer}.",
        answer_kind="list",
    )


GENERATORS_LA: list[Generator] = [
    Generator("system-2x2", "la-w1", "simultaneous equations", 1, "solve_system", system_2x2),
    Generator("dot-product", "la-w2", "dot product", 1, "dot", dot_product),
    Generator("vector-norm", "la-w2", "modulus", 1, "norm", vector_norm),
    Generator("vector-projection", "la-w2", "projection", 2, "projection", vector_projection),
    Generator("det-2x2", "la-w3", "determinant", 1, "det", det_2x2),
    Generator("det-3x3", "la-w3", "determinant", 2, "det", det_3x3),
    Generator("inverse-2x2", "la-w3", "inverse", 2, "inverse", inverse_2x2),
    Generator("matmul-nonsquare", "la-w4", "matrix multiplication", 1, "multiply",
              matmul_nonsquare),
    Generator("eigenvalues-pdp", "la-w5", "eigenvalues", 2, "eigenvalues", eigenvalues_pdp),
]
