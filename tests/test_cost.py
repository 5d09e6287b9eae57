"""The fast paths of issue 16 ("cost of explaining") give the same verdicts as the slow ones.

Each shortcut taken to make a solve cheaper (a zero test on sight, a minimal polynomial written
down, a cached characteristic polynomial) is compared here with the general computation it
skips, on many random inputs; and a wrong answer or a wrong step is still caught.
"""

from __future__ import annotations

import random

import sympy as sp

from solver import Problem, parse, solve_problem
from solver.linalg import eigen
from solver.linalg._common import (
    LAMBDA,
    MISMATCH_NOTE,
    _field_cancel,
    expanded_polynomial,
    is_zero,
    simp,
)
from solver.linalg.eigen import check_eigenvalues, minimal_poly
from solver.render import inline

x, y, a = sp.symbols("x y a")


def _random_polynomials(rng: random.Random, count: int) -> list[sp.Expr]:
    gens = [x, y, a, LAMBDA]
    out = []
    for _ in range(count):
        terms = []
        for _ in range(rng.randint(1, 5)):
            c = sp.Rational(rng.randint(-9, 9), rng.randint(1, 4))
            terms.append(c * sp.Mul(*[rng.choice(gens) ** rng.randint(1, 3)
                                      for _ in range(rng.randint(0, 3))]))
        out.append(sp.Add(*terms))
    return out


def test_an_expanded_polynomial_is_its_own_normal_form() -> None:
    """simp() returns an expanded polynomial as it is: exactly what the fraction field gives."""
    seen = 0
    for e in _random_polynomials(random.Random(3), 600):
        if not e.free_symbols:
            continue
        assert expanded_polynomial(e) is True, e
        seen += 1
        assert simp(e) == _field_cancel(e), e
        assert sp.srepr(simp(e)) == sp.srepr(_field_cancel(e)), e
        assert is_zero(e) is False
    assert seen > 500


def test_zero_is_still_zero() -> None:
    assert is_zero(sp.Integer(0)) and not is_zero(sp.Integer(3))
    assert not expanded_polynomial(sp.Integer(0))
    assert is_zero((x + 1) ** 2 - x**2 - 2 * x - 1)  # not expanded: decided by cancelling
    assert is_zero(sp.sqrt(2) * sp.sqrt(3) - sp.sqrt(6))
    assert not is_zero(x * (x + 1) - x**2)
    assert not expanded_polynomial(x * (x + 1))
    assert not expanded_polynomial(sp.sqrt(2) * x + 1)  # an irrational coefficient


def test_minimal_polynomial_shortcut_matches_sympy() -> None:
    rng = random.Random(5)
    values = [sp.Integer(3), sp.Rational(-5, 2), sp.I, -sp.I, 2 + 3 * sp.I, sp.sqrt(8),
              sp.Rational(5, 2) - sp.sqrt(33) / 2, -sp.sqrt(sp.Rational(3, 5)),
              sp.sqrt(2) + sp.sqrt(3), 2 ** sp.Rational(1, 3), sp.sqrt(-3),
              -sp.Rational(1, 2) + sp.sqrt(3) * sp.I / 2, 2 - 3 * sp.sqrt(7) * sp.I,
              sp.sqrt(2) * sp.I + sp.sqrt(3)]
    for _ in range(150):
        values.append(sp.Rational(rng.randint(-20, 20), rng.randint(1, 6))
                      + sp.Rational(rng.randint(-9, 9), rng.randint(1, 6))
                      * sp.sqrt(sp.Rational(rng.randint(-30, 60), rng.randint(1, 5))))
    for _ in range(100):
        values.append(sp.Rational(rng.randint(-20, 20), rng.randint(1, 6))
                      + sp.Rational(rng.randint(-9, 9), rng.randint(1, 6)) * sp.I
                      * sp.sqrt(sp.Rational(rng.randint(1, 60), rng.randint(1, 5))))
    for v in values:
        assert minimal_poly(v).monic() == sp.Poly(sp.minimal_polynomial(v, LAMBDA),
                                                  LAMBDA).monic(), v


def test_wrong_surd_and_complex_eigenvalues_are_caught() -> None:
    surds = sp.Matrix([[1, 2], [3, 4]])
    r = sp.sqrt(33) / 2
    half = sp.Rational(5, 2)
    assert check_eigenvalues({half - r: 1, half + r: 1}, surds)
    assert not check_eigenvalues({half + r: 2}, surds)  # one root twice, its conjugate missing
    assert not check_eigenvalues({half - r: 1, half + sp.sqrt(34) / 2: 1}, surds)
    assert not check_eigenvalues({half - r: 1, 2 * half + r: 1}, surds)
    rotation = sp.Matrix([[0, -1], [1, 0]])
    assert check_eigenvalues({sp.I: 1, -sp.I: 1}, rotation)
    assert not check_eigenvalues({sp.I: 2}, rotation)
    assert not check_eigenvalues({sp.I: 1, -2 * sp.I: 1}, rotation)
    assert not check_eigenvalues({1 + sp.I: 1, 1 - sp.I: 1}, rotation)
    cube_roots = sp.Matrix([[0, -1], [1, -1]])  # λ² + λ + 1: −1/2 ± i·√3/2
    w = -sp.Rational(1, 2) + sp.sqrt(3) * sp.I / 2
    assert check_eigenvalues({w: 1, sp.conjugate(w): 1}, cube_roots)
    assert not check_eigenvalues({w: 2}, cube_roots)
    assert not check_eigenvalues({w: 1, -sp.Rational(1, 2) - sp.sqrt(5) * sp.I / 2: 1},
                                 cube_roots)
    repeated = sp.Matrix([[2, 1], [0, 2]])
    assert check_eigenvalues({sp.Integer(2): 2}, repeated)
    assert not check_eigenvalues({sp.Integer(2): 1, sp.Integer(3): 1}, repeated)


def test_a_wrong_characteristic_polynomial_in_the_working_is_replaced(monkeypatch) -> None:
    """The working's p(λ) is still compared with SymPy's own (now computed once per solve)."""
    original = eigen.det_steps

    def wrong(m, name="A"):
        value, steps = original(m, name)
        return value + 1, steps

    monkeypatch.setattr(eigen, "det_steps", wrong)
    mat = sp.Matrix([[2, 0, 0], [0, 3, 4], [0, 4, 9]])
    sol = solve_problem(Problem("eigenvalues", matrices=(mat,)))
    assert sol.answer == mat.eigenvals()
    assert MISMATCH_NOTE not in sol.notes  # the direct polynomial was used: answer right
    shown = [m for s in sol.steps for m in s.math if isinstance(m, str) and "p(λ) =" in m]
    direct = sp.expand(-mat.charpoly(LAMBDA).as_expr())
    assert shown and shown[0] == f"p(λ) = {inline(direct)}"  # not the wrong one
    assert not any(s.title.startswith("Cofactor") for s in sol.steps)


def test_a_wrong_second_derivative_in_a_hessian_is_caught(monkeypatch) -> None:
    """Each Hessian entry is checked against sympy.hessian's entry (computed once): a wrong
    second-derivative working gives SymPy's entry and the mismatch note, never the ✓ note."""
    from solver.calculus import derivatives, matrices
    from solver.solution import VERIFIED_NOTE

    real_tidy, real_differentiate = derivatives.tidy, matrices.differentiate
    second = {"on": False}
    calls: list[bool] = []

    def wrong_tidy(expr, light=False):
        out = real_tidy(expr, light)
        return out + 1 if second["on"] else out

    def flagged(expr, var, partial=False, detail=False, direct=None):
        second["on"] = expr != f  # only the second derivatives (of ∂f/∂xᵢ) go wrong
        calls.append(second["on"])
        try:
            return real_differentiate(expr, var, partial, detail, direct)
        finally:
            second["on"] = False

    xr, yr = sp.symbols("x y")
    f = (xr**3 + xr * yr**2).xreplace({xr: sp.Symbol("x", real=True),
                                      yr: sp.Symbol("y", real=True)})  # the solver's symbols
    monkeypatch.setattr(derivatives, "tidy", wrong_tidy)
    monkeypatch.setattr(matrices, "differentiate", flagged)
    sol = solve_problem(Problem("hessian", expr=xr**3 + xr * yr**2, variables=(xr, yr)))
    assert sol.answer == sp.hessian(xr**3 + xr * yr**2, (xr, yr))
    assert calls == [False, False, True, True, True]  # 2 first, 3 second derivatives
    assert any("did not match" in n for n in sol.notes)
    assert VERIFIED_NOTE not in sol.notes


def test_quotient_identities_are_proved_exactly_and_slips_are_not(monkeypatch) -> None:
    """With sampling unavailable, same() must prove a quotient-rule identity exactly (the
    numerator over together's common denominator expands to 0) and reject a near miss."""
    from solver.calculus import check

    monkeypatch.setattr(check, "sampled_size", lambda a, b: None)
    xr = sp.Symbol("x", real=True)
    u, v = sp.exp(xr) * sp.sin(xr), xr**2 + 1
    quotient = (sp.diff(u, xr) * v - u * sp.diff(v, xr)) / v**2
    assert check.same(quotient, sp.diff(u / v, xr))
    assert check.same(1 / (xr + 1) - 1 / (xr + 2), 1 / ((xr + 1) * (xr + 2)))
    assert not check.same(quotient + 1 / v**2, sp.diff(u / v, xr))
    assert not check.same((xr + 1) / (xr + 2), xr / (xr + 1))


def test_a_wrong_piece_of_a_chain_rule_loses_the_check_mark(monkeypatch) -> None:
    """A mismatch inside one ∂f/∂x or dx/dt of the chain rule is reported (it was dropped, so
    the corrected answer still carried the ✓ note under the wrong working)."""
    from solver.calculus import derivatives
    from solver.solution import VERIFIED_NOTE

    real_tidy = derivatives.tidy

    def wrong_tidy(expr, light=False):
        out = real_tidy(expr, light)
        return out + 1 if out.has(sp.Symbol("t", real=True)) and not out.has(sp.cos) else out

    monkeypatch.setattr(derivatives, "tidy", wrong_tidy)
    sol = solve_problem(parse("df/dt for f = x^2 y, x = cos t, y = t^2"))
    t = sp.Symbol("t")
    assert sp.simplify(sol.answer - sp.diff(sp.cos(t) ** 2 * t**2, t)) == 0
    assert any("did not match" in n for n in sol.notes)
    assert VERIFIED_NOTE not in sol.notes


def test_a_chat_solve_renders_only_what_a_chat_reads() -> None:
    """solve_job(..., CHAT_FORMATS) gives the same message and pages as the full job, and
    skips the terminal text and the JSON (LaTeX) that only `mml-tutor solve` reads."""
    from dataclasses import asdict

    from bot.jobs import CHAT_FORMATS, solve_job

    for text in ("inverse of [[2, 1], [1, 1]]", "hessian of x^3 + x y^2",
                 "eigenvectors of [[2, 1], [1, 2]]"):
        full, chat = solve_job(text), solve_job(text, None, None, CHAT_FORMATS)
        assert full.text and full.json and full.pages
        assert chat.html == full.html and chat.pages == full.pages
        assert chat.text == "" and chat.json == {}
        rest = {k: v for k, v in asdict(full).items() if k not in ("text", "json")}
        assert rest == {k: v for k, v in asdict(chat).items() if k not in ("text", "json")}


def test_tidy_skips_common_denominators_only_where_they_change_nothing() -> None:
    """A product of powers (no sum anywhere) skips cancel/together in tidy(): on random such
    products the full candidate list picks the same form."""
    from solver.calculus import check

    xr = sp.Symbol("x", real=True)
    atoms = [xr, sp.exp(xr), sp.sin(xr), sp.cos(xr), sp.log(xr), sp.sqrt(xr), sp.tanh(xr)]
    rng = random.Random(11)
    for _ in range(150):
        e = sp.Rational(rng.randint(-9, 9) or 1, rng.randint(1, 5)) * sp.Mul(
            *[rng.choice(atoms) ** rng.choice([-3, -2, -1, 1, 2, sp.Rational(1, 2)])
              for _ in range(rng.randint(1, 3))])
        if e.is_Atom or any(n.is_Add for n in sp.preorder_traversal(e)):
            continue
        full = [e, sp.factor_terms(e), sp.cancel(e), sp.together(e)]
        known = check._function_atoms(e)
        full = [c for c in full if check._function_atoms(c) <= known]
        expected = check._shortest(full, e, sp.count_ops(e))
        assert sp.srepr(check.tidy(e)) == sp.srepr(expected), e


# ------------------------------------------------------------------ Taylor (session 4)
_TAYLOR = (  # (cheap ones: series, the path compared, takes seconds on the sigmoid's)
    "taylor series of cos(x)/(x^2 + 2) about x = 1 up to order 3",
    "taylor series of e^x about x = 1 up to order 4",
    "taylor series of ln(1 + x) up to order 5",
    "taylor series of sqrt(x) * tanh(x) about x = 1 up to order 3",
    "taylor expansion of x y^2/(x + 3) + x y about (1, 1) order 2",
    "taylor expansion of sin(x y) + y^3 about (1, 2) order 3",
)


def test_taylor_reference_is_sympys_series() -> None:
    """The definition Σ ∂ᵅf(a)/α!·Δᵅ from SymPy's derivatives is the polynomial sp.series
    gives (one variable, and several along the path a + tΔ)."""
    from solver.calculus.taylor import reference

    xr, yr, t = sp.Symbol("x", real=True), sp.Symbol("y", real=True), sp.Symbol("t")
    one = [(sp.cos(xr) / (xr**2 + 2), 1, 3), (sp.log(1 + xr), 0, 5),
           (sp.exp(xr) * sp.sin(xr), 2, 4), (sp.sqrt(xr) * sp.tanh(xr), 1, 3)]
    for f, a0, n in one:
        direct = sp.series(f, xr, a0, n + 1).removeO()
        difference = sp.expand(reference(f, (xr,), {xr: sp.S(a0)}, n) - direct)
        assert difference == 0 or sp.nsimplify(difference.evalf(50), tolerance=1e-40) == 0, f
    for f, (p, q), n in [(sp.sin(xr * yr) + yr**3, (1, 2), 3), (sp.exp(xr - yr) * xr, (0, 1), 2)]:
        path = f.subs({xr: p + t * (xr - p), yr: q + t * (yr - q)}, simultaneous=True)
        direct = sp.series(path, t, 0, n + 1).removeO().subs(t, 1)
        ours = reference(f, (xr, yr), {xr: sp.S(p), yr: sp.S(q)}, n)
        assert sp.expand(ours - direct) == 0, f


def test_taylor_reference_gives_the_same_solutions_as_series(monkeypatch) -> None:
    """With the reference or with sp.series (the path it replaced) every message, steps and
    pages are the same; a removable singularity (no finite value by substitution) goes to
    series."""
    from bot.jobs import CHAT_FORMATS, solve_job
    from solver.calculus import taylor

    real = taylor.reference
    fast = [solve_job(t, None, None, CHAT_FORMATS) for t in _TAYLOR]
    monkeypatch.setattr(taylor, "reference", lambda *args: None)
    slow = [solve_job(t, None, None, CHAT_FORMATS) for t in _TAYLOR]
    for text, a, b in zip(_TAYLOR, fast, slow, strict=True):
        assert a.ok and "did not match" not in a.html, text
        assert (a.html, a.pages) == (b.html, b.pages), text
    xr = sp.Symbol("x", real=True)
    assert real(sp.sin(xr) / xr, (xr,), {xr: sp.S.Zero}, 2) is None


def test_a_wrong_taylor_coefficient_is_caught(monkeypatch) -> None:
    """A slip in one value f⁽ᵏ⁾(a) of the working gives SymPy's polynomial and the mismatch
    note, never the ✓ note (one variable and several)."""
    from solver.calculus import taylor
    from solver.solution import VERIFIED_NOTE

    real_at_point = taylor.at_point
    calls = {"n": 0}

    def wrong(expr, point, light=False):
        calls["n"] += 1
        out = real_at_point(expr, point, light)
        if calls["n"] != 3:  # the third value only (a Hessian at the point: each entry)
            return out
        return out + sp.ones(*out.shape) if isinstance(out, sp.MatrixBase) else out + 1

    monkeypatch.setattr(taylor, "at_point", wrong)
    for text in ("taylor series of e^x about x = 1 up to order 3",
                 "taylor expansion of x^2 y + e^y about (1, 0) order 2"):
        calls["n"] = 0
        sol = solve_problem(parse(text))
        assert any("did not match" in n for n in sol.notes), text
        assert VERIFIED_NOTE not in sol.notes, text


def test_the_decimal_summary_is_kept_per_answer_and_log_name() -> None:
    """Solution keeps its decimal summary (asked for by the summary, the steps and the pages)
    per answer object and per name of the logarithm; a new answer is summarised afresh."""
    from solver.render import log_style

    sol = solve_problem(parse("taylor series of cos(x)/(x^2 + 2) about x = 1 up to order 3"))
    first = sol._decimal_summary()
    assert first.startswith("≈") and sol._decimal_summary() is first
    with log_style("ln"):
        assert sol._decimal_summary_of_answer() == sol._decimal_summary()
    sol.answer = sp.Integer(3)
    assert sol._decimal_summary() == ""


def test_same_tries_the_common_denominator_first_with_the_same_verdicts(monkeypatch) -> None:
    """With a sum in a denominator same() tries together's numerator before expand: both are
    exact proofs and both are still tried, so every verdict is the one of the old order
    (quotient-rule identities proved, near misses rejected)."""
    from solver.calculus import check

    xr, yr = sp.Symbol("x", real=True), sp.Symbol("y", real=True)
    e = sp.exp(xr + yr)
    pairs = [
        ((-xr * e + e + 3) / (e + 3) ** 2, -xr * e / (e + 3) ** 2 + 1 / (e + 3)),
        (2 * xr**2 * (xr + 6) / (xr + 4) ** 2, -xr**3 / (xr + 4) ** 2 + 3 * xr**2 / (xr + 4)),
        (yr**2 * (4 - xr**2) / (xr**2 + 4) ** 2, -2 * xr**2 * yr**2 / (xr**2 + 4) ** 2
         + yr**2 / (xr**2 + 4)),
        (5 * (4 * xr**2 + 4 * xr - 1) * sp.exp(xr) / (4 * xr ** sp.Rational(3, 2)),
         5 * sp.sqrt(xr) * sp.exp(xr) + 5 * sp.exp(xr) / sp.sqrt(xr)
         - 5 * sp.exp(xr) / (4 * xr ** sp.Rational(3, 2))),
        (2 * xr**2 * (xr + 6) / (xr + 4) ** 2, -xr**3 / (xr + 4) ** 2 + 3 * xr / (xr + 4)),
        ((xr + 1) / (xr + 2), xr / (xr + 1)),
    ]
    monkeypatch.setattr(check, "sampled_size", lambda a, b: None)  # the exact proofs decide
    new = [check.same(a, b) for a, b in pairs]
    monkeypatch.setattr(check, "_sum_in_denominator", lambda expr: False)  # the old order
    assert new == [check.same(a, b) for a, b in pairs] == [True, True, True, True, False, False]


def test_row_operations_entry_by_entry_equal_the_matrix_slices() -> None:
    """RowScale/RowAdd build the new row entry by entry (simp only where an entry is not a
    rational): the same matrices, entry for entry and in form, as the row-slice arithmetic
    with simp on every entry that they replaced; on rational, symbolic and decimal rows."""
    from solver.linalg._rules import RowAdd, RowScale

    rng = random.Random(5)
    pool = [sp.Rational(rng.randint(-9, 9), rng.randint(1, 4)) for _ in range(20)]
    pool += [a, a**2 - 1, 1 / (a + 1), sp.Float("0.25"), sp.sqrt(2), sp.I]
    for _ in range(300):
        n = rng.randint(2, 4)
        m = sp.Matrix(n, n, lambda i, j: rng.choice(pool))
        c = rng.choice(pool) or sp.Integer(1)
        i, k = rng.sample(range(n), 2)
        scaled = m.copy()
        scaled[i, :] = (m[i, :] * c).applyfunc(simp)
        added = m.copy()
        added[i, :] = (m[i, :] + c * m[k, :]).applyfunc(simp)
        for ours, old in ((RowScale(i, c).apply(m), scaled), (RowAdd(i, k, c).apply(m), added)):
            assert [sp.srepr(e) for e in ours] == [sp.srepr(e) for e in old], (m, c)


def test_a_wrong_chain_rule_sum_is_caught(monkeypatch) -> None:
    """The assembled df/dt is compared with d/dt of the composed function (numerically from
    its values at the sample points, SymPy's derivative when that disagrees): a slip in the
    sum (every piece right) gives SymPy's answer and the mismatch note."""
    from solver.calculus import derivatives
    from solver.solution import VERIFIED_NOTE

    real_tidy = derivatives.tidy
    calls = {"n": 0}

    def wrong_last(expr, light=False):
        calls["n"] += 1
        out = real_tidy(expr, light)
        return out + out.free_symbols.pop() if calls["n"] == 5 else out  # the final sum

    monkeypatch.setattr(derivatives, "tidy", wrong_last)
    sol = solve_problem(parse("df/dt for f = x^2 y, x = cos t, y = t^2"))
    t = sp.Symbol("t")
    assert calls["n"] == 5
    assert sp.simplify(sol.answer - sp.diff(sp.cos(t) ** 2 * t**2, t)) == 0
    assert any("did not match" in n for n in sol.notes)
    assert VERIFIED_NOTE not in sol.notes


def test_the_numerical_derivative_check_accepts_only_the_derivative() -> None:
    from solver.calculus.sample import derivative_agrees

    t, k = sp.Symbol("t", real=True), sp.Symbol("k", real=True)
    for g in (sp.sin(t**2 * sp.sin(t)), sp.exp(k * t) / (t**2 + 3), sp.sqrt(t) * sp.log(t + 2),
              sp.tanh(t) ** 3 * sp.cos(k)):
        right = sp.diff(g, t)
        assert derivative_agrees(right, g, t), g
        assert not derivative_agrees(right * (1 + sp.Rational(1, 10**20)), g, t), g
        assert not derivative_agrees(right + t / 1000, g, t), g
    assert not derivative_agrees(sp.sign(t), sp.Abs(t), t)  # a kink: SymPy decides
