"""Eigenvectors when the eigenvalues have no readable closed form.

A random 3×3 integer matrix usually has an irreducible cubic as its characteristic polynomial:
its roots in radicals run to hundreds of characters, and SymPy's exact ``eigenvects`` on them
takes minutes. Students need decimals they can read, quickly. Here each exact eigenvalue is
evaluated to 15 digits, the null space of A − λI is found with an SVD, and the result is
verified by its residual ‖Av − λv‖ instead of by an exact comparison.
"""

from __future__ import annotations

import logging

import numpy as np
import sympy as sp

from ..solution import Step
from ._common import LAMBDA, MESSY, fmt, numeric

logger = logging.getLogger(__name__)

DIGITS = 6  # significant figures shown
TOLERANCE = 1e-9  # relative residual that counts as an eigenvector


def needs_decimals(m: sp.Matrix, values: dict[sp.Expr, int]) -> bool:
    """Numeric entries and at least one eigenvalue too long to read exactly."""
    return not m.free_symbols and any(k.has(sp.CRootOf, sp.Float) or len(fmt(k)) > MESSY
                                      for k in values)


def _why_decimals(m: sp.Matrix) -> str:
    """Why decimals, from the factors of det(A − λI) over the rationals."""
    from .eigen import charpoly, factor_list  # eigen imports this module

    _, factors = factor_list(sp.Poly(charpoly(m), LAMBDA))
    degrees = sorted({f.degree() for f, _ in factors if f.degree() >= 3})
    if degrees:
        which = " and ".join(str(d) for d in degrees)
        return (f"p(λ) has a factor of degree {which} that does not factor further over the "
                "rationals: its exact roots are long radical expressions (or have none), and "
                "decimals say the same thing readably.")
    return "The exact eigenvalues are long expressions; decimals say the same thing readably."


def _unit_like(v: np.ndarray) -> np.ndarray:
    """Scale so the largest entry is 1 (readable, and any nonzero multiple is as good)."""
    return v / v[int(np.argmax(np.abs(v)))]


def _to_sympy(v: np.ndarray) -> sp.Matrix:
    def num(z: complex) -> sp.Expr:
        re, im = float(np.real(z)), float(np.imag(z))
        re = 0.0 if abs(re) < 1e-12 else re
        im = 0.0 if abs(im) < 1e-12 else im
        value = sp.Float(float(f"{re:.{DIGITS}g}"), 15) + (
            sp.I * sp.Float(float(f"{im:.{DIGITS}g}"), 15) if im else 0)
        return sp.nsimplify(value) if value == int(re) and not im else value

    return sp.Matrix([num(z) for z in v])


def numeric_eigenvectors(
    m: sp.Matrix, values: dict[sp.Expr, int]
) -> tuple[list[tuple[sp.Expr, int, list[sp.Matrix]]], list[Step], float]:
    """(eigenvalue, multiplicity, [basis]) with decimal vectors, the steps, the worst residual."""
    a = np.array(m.evalf(17).tolist(), dtype=complex)
    n = m.rows
    result, steps, worst = [], [], 0.0
    for value, mult in values.items():
        lam = complex(numeric(value, 17))
        _, s, vh = np.linalg.svd(a - lam * np.eye(n))
        scale = max(1.0, float(s[0]))
        null = [vh[-k - 1].conj() for k in range(n) if s[n - k - 1] <= 1e-7 * scale][:mult]
        if not null:
            null = [vh[-1].conj()]
        basis = []
        for v in null:
            v = _unit_like(v)
            residual = float(np.linalg.norm(a @ v - lam * v) / np.linalg.norm(v))
            worst = max(worst, residual)
            basis.append(_to_sympy(v))
        result.append((value, mult, basis))
        shown = numeric(value, 6)
        steps.append(Step(f"λ ≈ {fmt(shown)}: solve (A − λI)v = 0 numerically", basis,
                          why="Scaled so the largest entry is 1; any nonzero multiple of an "
                              "eigenvector is an eigenvector too."))
    steps.insert(0, Step(
        "Some eigenvalues have no short exact form, so I use decimals",
        [f"Each eigenvector below was checked before rounding to {DIGITS} significant "
         "figures: ‖Av − λv‖ < 10⁻⁹·‖v‖."],
        why=_why_decimals(m)))
    return result, steps, worst
