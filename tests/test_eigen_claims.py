"""What an eigenvalue check accepts and rejects (solver/linalg/eigen.py)."""

from __future__ import annotations


def test_symbolic_eigenvalues_are_checked_as_a_multiset_not_root_by_root() -> None:
    """cos θ ± i·sin θ and SymPy's cos θ ± √(cos²θ − 1) are the same pair (for real θ) but
    not the same one by one: the check compares characteristic polynomials, so the rotation
    matrix's working is shown (it was replaced by "did not match", a false sentence), and a
    wrong multiplicity or value is still caught."""
    import sympy as sp

    from solver import solve
    from solver.linalg._common import MISMATCH_NOTE
    from solver.linalg.eigen import check_eigenvalues

    t, a, b = sp.symbols("theta a b")
    rot = sp.Matrix([[sp.cos(t), -sp.sin(t)], [sp.sin(t), sp.cos(t)]])
    pair = {sp.cos(t) + sp.I * sp.sin(t): 1, sp.cos(t) - sp.I * sp.sin(t): 1}
    assert check_eigenvalues(pair, rot)
    assert not check_eigenvalues({sp.cos(t) + sp.I * sp.sin(t): 2}, rot)
    sym = sp.Matrix([[a, b], [b, a]])
    assert check_eigenvalues({a + b: 1, a - b: 1}, sym)
    assert not check_eigenvalues({a + b: 1, a - 2 * b: 1}, sym)
    jordan = sp.Matrix([[a, 1, 0], [0, a, 1], [0, 0, b]])
    assert check_eigenvalues({a: 2, b: 1}, jordan)
    assert not check_eigenvalues({a: 1, b: 2}, jordan)
    out = solve("eigenvalues of [[cos θ, -sin θ], [sin θ, cos θ]]")
    assert MISMATCH_NOTE not in out.notes
    assert len(out.steps) > 1
