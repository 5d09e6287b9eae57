"""The bare SymPy call that gives each linear algebra kind's final form, for the benchmark.

``BASELINES[kind](problem)`` does what a student could do in one or two SymPy lines, with no
steps, no verification and no rendering: the denominator of "the cost of explaining". Each is
the default SymPy call (``det()``, ``inv()``, ``rref()``, ``eigenvals()``, ``eigenvects()``
...) with no added ``simplify``, and with the solver's conventions: PCA divides by N − 1 and
gives unit eigenvectors; variance and covariance divide by N, or by N − 1 when the problem
asks for the sample statistic (``options["sample"]``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import sympy as sp

from solver import Problem

logger = logging.getLogger(__name__)


def _col(v: sp.Matrix) -> sp.Matrix:
    return v.T if v.rows == 1 else v


def _inverse(p: Problem) -> Any:
    a = p.matrices[0]
    return None if a.det() == 0 else a.inv()


def _add(p: Problem) -> sp.Matrix:
    a, b = p.matrices[:2]
    return a - b if p.options.get("subtract") else a + b


def _system(p: Problem) -> Any:
    if p.equations:
        return sp.linsolve(list(p.equations), list(p.variables))
    a, b = p.matrices[:2]
    return sp.linsolve((a, _col(b)), sp.symbols(f"x1:{a.cols + 1}"))


def _angle(p: Problem) -> sp.Expr:
    u, v = (_col(x) for x in p.vectors[:2])
    return sp.acos(u.dot(v) / (u.norm() * v.norm()))


def _projection(p: Problem) -> sp.Matrix:
    vecs = [_col(v) for v in p.vectors]
    if p.matrices:
        b, x = p.matrices[0], (vecs[0] if vecs else None)
    elif p.options.get("matrix"):
        b, x = sp.Matrix.hstack(*vecs), None
    else:
        b, x = sp.Matrix.hstack(*vecs[1:]), vecs[0]
    proj = b * (b.T * b).inv() * b.T
    return proj if x is None or p.options.get("matrix") else proj * x


def _pca(p: Problem) -> Any:
    m = p.matrices[0]
    if p.options.get("source") == "covariance":
        c = m
    else:
        centred = m - sp.ones(m.rows, 1) * (sp.ones(1, m.rows) * m) / m.rows
        c = centred.T * centred / (m.rows - 1)
    return [(value, mult, [v / v.norm() for v in vecs]) for value, mult, vecs in c.eigenvects()]


def _centred(p: Problem) -> sp.Matrix:
    m = p.matrices[0]
    return m - sp.ones(m.rows, 1) * (sp.ones(1, m.rows) * m) / m.rows


def _divisor(p: Problem) -> int:
    n = p.matrices[0].rows
    return n - 1 if p.options.get("sample") else n


def _variance(p: Problem) -> sp.Matrix:
    c = _centred(p)
    return (c.T * c).diagonal() / _divisor(p)


def _covariance(p: Problem) -> sp.Matrix:
    c = _centred(p)
    return c.T * c / _divisor(p)


BASELINES: dict[str, Callable[[Problem], Any]] = {
    "det": lambda p: p.matrices[0].det(),
    "inverse": _inverse,
    "transpose": lambda p: p.matrices[0].T,
    "multiply": lambda p: p.matrices[0] * p.matrices[1],
    "add": _add,
    "rank": lambda p: p.matrices[0].rank(),
    "rref": lambda p: p.matrices[0].rref(),
    "nullspace": lambda p: p.matrices[0].nullspace(),
    "eigenvalues": lambda p: p.matrices[0].eigenvals(),
    "eigenvectors": lambda p: p.matrices[0].eigenvects(),
    "solve_system": _system,
    "dot": lambda p: _col(p.vectors[0]).dot(_col(p.vectors[1])),
    "norm": lambda p: _col(p.vectors[0]).norm(),
    "angle": _angle,
    "projection": _projection,
    "gram_schmidt": lambda p: sp.GramSchmidt([_col(v) for v in p.vectors], True),
    "pca": _pca,
    "mean": lambda p: (sp.ones(1, p.matrices[0].rows) * p.matrices[0]) / p.matrices[0].rows,
    "variance": _variance,
    "covariance": _covariance,
}
