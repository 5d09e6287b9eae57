"""Row reduction and what it reveals: RREF, rank, null space, and solving linear systems."""

from __future__ import annotations

import logging

import sympy as sp
from sympy.solvers.solveset import NonlinearError

from ..errors import ParseError, TooHard
from ..problem import Problem
from ..solution import Solution, Step
from ._common import (
    as_column,
    check_limits,
    entry_point,
    exact,
    field_matrix,
    fmt,
    is_zero,
    need_matrices,
    same,
    shape,
    simp,
    unformal,
    verified,
)
from ._rules import Elimination, eliminate, elimination_steps

logger = logging.getLogger(__name__)


def _names(n: int) -> list[sp.Symbol]:
    return [sp.Symbol(f"x{k + 1}") for k in range(n)]


def _pivot_step(elim: Elimination, names: list[sp.Symbol], ncols: int) -> Step:
    free = [names[c] for c in range(ncols) if c not in elim.pivots]
    pivots = ", ".join(str(c + 1) for c in elim.pivots) or "none"
    free_text = ", ".join(fmt(f) for f in free) if free else "none"
    return Step(f"Pivot columns: {pivots}; free variables: {free_text}", [],
                why="A column without a pivot gives a variable we may choose freely.")


def _assumption_notes(elim: Elimination) -> list[str]:
    if not elim.assumed_nonzero:
        return []
    return ["Pivots with symbols were assumed nonzero: "
            + ", ".join(fmt(p) for p in elim.assumed_nonzero[:4]) + "."]


@entry_point
def solve_rref(problem: Problem) -> Solution:
    (m,) = need_matrices(problem, 1, "row reduction")
    elim = eliminate(m)
    result = elim.eval()
    steps = elimination_steps(elim, "A")
    steps.append(Step(f"Reduced row echelon form (pivots in columns "
                      f"{', '.join(str(c + 1) for c in elim.pivots) or 'none'})", [result],
                      why="Each pivot is 1 and is the only nonzero entry in its column."))
    return verified(problem, result, m, steps, notes=_assumption_notes(elim),
                    check=_is_rref_of, fallback=lambda: m.rref()[0])


def _is_rref_of(answer: sp.Matrix, m: sp.Matrix) -> bool:
    """Equal to SymPy's RREF: with symbols, first the exact RREF over the fraction field
    (DomainMatrix; ``Matrix.rref`` tests pivots with ``simplify``: 15 s for a 4×4), with i
    as a formal generator put back afterwards; SymPy's ``Matrix.rref`` decides when that
    candidate disagrees (a denominator that vanishes only at j = i)."""
    dm = field_matrix(m, formal_i=True)
    if dm is not None:
        if same(answer, unformal(dm.rref()[0].to_Matrix())):
            return True
        if not m.has(sp.I):  # exact over the field: the disagreement is decisive
            return False
    return same(answer, m.rref()[0])


def _sympy_rank(m: sp.Matrix) -> int:
    dm = field_matrix(m)
    return m.rank(simplify=True) if dm is None else len(dm.rref()[1])


@entry_point
def solve_rank(problem: Problem) -> Solution:
    (m,) = need_matrices(problem, 1, "a rank")
    elim = eliminate(m, reduced=False, scale=False)
    echelon = elim.eval()
    rank = sp.Integer(len(elim.pivots))
    steps = elimination_steps(elim, "A")
    steps[0].title = steps[0].title.replace("Row reduce", "Reduce to echelon form:")
    steps.append(Step("Echelon form", [echelon]))
    steps.append(Step(f"Count the nonzero rows (pivots): rank = {rank}", [],
                      why="Rank is the number of independent rows, which equals the number "
                          "of independent columns."))
    return verified(problem, rank, sp.Integer(_sympy_rank(m)), steps,
                    notes=_assumption_notes(elim))


def nullspace_from(rref: sp.Matrix, pivots: list[int]) -> list[sp.Matrix]:
    """A null space basis read from an RREF: one vector per free column (that variable = 1)."""
    basis = []
    for free in (c for c in range(rref.cols) if c not in pivots):
        v = sp.zeros(rref.cols, 1)
        v[free] = 1
        for r, p in enumerate(pivots):
            v[p] = simp(-rref[r, free])
        basis.append(v)
    return basis


@entry_point
def solve_nullspace(problem: Problem) -> Solution:
    (m,) = need_matrices(problem, 1, "a null space")
    names = _names(m.cols)
    elim = eliminate(m)
    rref = elim.eval()
    steps = [Step("Solve A·x = 0", [f"x = ({', '.join(fmt(n) for n in names)})"],
                  why="The null space is every x that A sends to 0.")]
    steps += elimination_steps(elim, "A")
    steps.append(Step("RREF", [rref], detail=bool(elim.ops)))
    steps.append(_pivot_step(elim, names, m.cols))
    basis = nullspace_from(rref, elim.pivots)
    if not basis:
        steps.append(Step("Every column has a pivot, so only x = 0 solves A·x = 0",
                          ["null space = {0}, basis = []"]))
    else:
        lines = []
        for r, p in enumerate(elim.pivots):
            rhs = simp(sum((-rref[r, c] * names[c] for c in range(m.cols) if c not in
                            elim.pivots), sp.Integer(0)))
            lines.append(f"{fmt(names[p])} = {fmt(rhs)}")
        steps.append(Step("Pivot variables in terms of the free ones", lines))
        steps.append(Step(f"Set one free variable to 1, the others to 0: "
                          f"{len(basis)} basis vector{'s' * (len(basis) > 1)}", list(basis),
                          why=f"dim null space = {m.cols} − rank = {len(basis)}."))
    if m.free_symbols and _is_rref_of(rref, m):
        # symbols: a basis is right when A·v = 0 exactly for each v, there are cols − rank
        # of them (rank: the pivots of the RREF, just checked against SymPy's) and they are
        # independent; SymPy's own nullspace(simplify=True) took 10 s for a 4×4
        rank = sum(1 for r in range(rref.rows) if any(not is_zero(x) for x in rref.row(r)))
        out = verified(problem, basis, m, steps, notes=_assumption_notes(elim),
                       check=lambda b, a: _is_nullspace_basis(b, a, rank),
                       fallback=lambda: [v.applyfunc(simp) for v in m.nullspace(simplify=True)])
    else:
        truth = [v.applyfunc(simp) for v in m.nullspace(simplify=True)]
        out = verified(problem, basis, truth, steps, notes=_assumption_notes(elim))
    out.answer_text = ("basis: " + "; ".join(fmt(v) for v in out.answer) if out.answer
                       else "only the zero vector (basis [])")
    return out


def _is_nullspace_basis(basis: list[sp.Matrix], m: sp.Matrix, rank: int) -> bool:
    if len(basis) != m.cols - rank:
        return False
    if any(not is_zero(x) for v in basis for x in m * v):
        return False
    if not basis:
        return True
    # independent: some len(basis) rows of the basis matrix form an invertible block
    b = sp.Matrix.hstack(*basis)
    return _sympy_rank(b) == len(basis) if field_matrix(b) is not None else \
        b.rank(simplify=True) == len(basis)


def _system_operands(problem: Problem) -> tuple[sp.Matrix, sp.Matrix, list[sp.Symbol],
                                                  list[sp.Expr]]:
    """A, b, the unknowns and the equations as expressions equal to 0."""
    if problem.equations:
        names = list(problem.variables) or sorted(
            set().union(*(e.free_symbols for e in problem.equations)), key=str)
        eqs = [exact(sp.Matrix([e.lhs - e.rhs]))[0] for e in problem.equations]
        try:
            a, b = sp.linear_eq_to_matrix(eqs, names)
        except (NonlinearError, ValueError) as exc:
            raise TooHard("I solve linear systems step by step; this one is not linear in "
                          + ", ".join(map(str, names)) + ".") from exc
        a, b = sp.Matrix(a), sp.Matrix(b)
    elif len(problem.matrices) >= 2:
        a = exact(problem.matrices[0])
        b = as_column(problem.matrices[1])
        names = _names(a.cols)
        if b.rows != a.rows:
            raise ParseError(
                f"For A·x = b, b needs one entry per row of A: A is {shape(a)} but b has "
                f"{b.rows} entr{'y' if b.rows == 1 else 'ies'}.",
                "Give b as a column with as many entries as A has rows.",
            )
        xs = sp.Matrix(names)
        eqs = [(a.row(i) * xs)[0] - b[i] for i in range(a.rows)]
    else:
        raise ParseError("I need equations, or a matrix A and a vector b, to solve a system.",
                         "Write e.g. 'solve x + y = 3, x - y = 1' or 'solve [1 2; 3 4] x = "
                         "[5; 6]'.")
    check_limits(a, b)
    return a, b, names, eqs


def _check_system(answer: dict | None, truth: dict | None) -> bool:
    if answer is None or truth is None:
        return answer is None and truth is None
    return all(is_zero(answer.get(k, k) - v) for k, v in truth.items()) and all(
        is_zero(v - truth.get(k, k)) for k, v in answer.items())


@entry_point
def solve_system(problem: Problem) -> Solution:
    """Gauss-Jordan on the augmented matrix; parametric, unique or no solution."""
    a, b, names, eqs = _system_operands(problem)
    n = a.cols
    aug = a.row_join(b)
    steps = [Step(f"Augmented matrix [A | b] ({len(eqs)} equations, {n} unknowns)", [aug],
                  why="Each row is one equation; the last column is the right-hand side.")]
    elim = eliminate(aug, ncols=n)
    rref = elim.eval()
    steps += elimination_steps(elim, "[A | b]")
    steps.append(Step("Reduced form", [rref], detail=bool(elim.ops)))
    notes = _assumption_notes(elim)
    bad = [r for r in range(rref.rows)
           if all(is_zero(rref[r, c]) for c in range(n)) and not is_zero(rref[r, n])]
    answer: dict | None
    if bad:
        r = bad[0]
        zeros = " + ".join(f"0·{fmt(x)}" for x in names[:3]) + (" + …" if n > 3 else "")
        steps.append(Step(f"Row {r + 1} says {zeros} = {fmt(rref[r, n])}: impossible",
                          ["no solution"],
                          why="A contradictory row means the equations are inconsistent."))
        answer = None
    else:
        steps.append(_pivot_step(elim, names, n))
        answer = {}
        lines = []
        for r, p in enumerate(elim.pivots):
            value = simp(rref[r, n] - sum((rref[r, c] * names[c] for c in range(n)
                                           if c not in elim.pivots), sp.Integer(0)))
            answer[names[p]] = value
            lines.append(f"{fmt(names[p])} = {fmt(value)}")
        free = [names[c] for c in range(n) if c not in elim.pivots]
        for x in free:
            answer[x] = x
        answer = {x: answer[x] for x in names}  # in the unknowns' order
        if free:
            lines.append(", ".join(fmt(x) for x in free) + " free (any value)")
            title = "Infinitely many solutions: read them off the pivot rows"
        else:
            title = "Unique solution: read it off the pivot rows"
        steps.append(Step(title, lines))
    sol = sp.linsolve(eqs, names)
    truth = None if not sol else dict(zip(names, next(iter(sol)), strict=True))
    out = verified(problem, answer, truth, steps, check=_check_system, notes=notes)
    if out.answer is not None and not out.answer_text:
        out.answer_text = ", ".join(f"{fmt(k)} = {fmt(v)}" for k, v in out.answer.items()
                                    if k != v) or "every value works"
        free = [k for k, v in out.answer.items() if k == v]
        if free:
            out.answer_text += f" ({', '.join(fmt(k) for k in free)} free)"
    elif out.answer is None:
        out.answer_text = "no solution (the system is inconsistent)"
    return out
