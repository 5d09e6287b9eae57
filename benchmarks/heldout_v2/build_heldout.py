"""Held-out parse test set v2 for MML Tutor (issue 10).

Written without reading the parser/solver/bot/tests/benchmarks/content. Every answer value is
produced by running the SymPy code next to its entry. Run:
    /work/main/.venv/bin/python /work/notes/heldout/build_heldout.py
"""
import collections
import os
import sys

import sympy as sp
import yaml
from sympy import Matrix as M, Rational as R, sqrt, exp, sin, cos, tan, log, tanh, pi, E, acos

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "parse_heldout_v2.yaml")

x, y, z, t, r, s, m, c, h = sp.symbols("x y z t r s m c h")
a, b, d, w, q, l, e_, v_ = sp.symbols("a b d w q l e v")
i_, j_, E_ = sp.symbols("i j E")
x1, x2, x3, w1, w2 = sp.symbols("x1 x2 x3 w1 w2")
theta, theta0, theta1 = sp.symbols("theta theta0 theta1")


# ---------------------------------------------------------------- helpers
def V(*xs):
    return M([sp.nsimplify(v) for v in xs])


def Q(rows):
    """Exact matrix from nested lists (floats -> rationals)."""
    return M([[sp.nsimplify(v) for v in row] for row in rows])


def eigvals(A):
    ev = A.eigenvals()
    out = []
    for k, mult in ev.items():
        out += [k] * mult
    return out


def eigvals_roots(A):
    """Eigenvalues as exact CRootOf/closed roots of the characteristic polynomial (with multiplicity)."""
    lam = sp.Symbol("lambda")
    return sp.Poly(A.charpoly(lam).as_expr(), lam).all_roots()


def eigvecs(A):
    return [vec for _val, _mult, vs in A.eigenvects() for vec in vs]


def proj(vv, uu):
    return (vv.dot(uu) / uu.dot(uu)) * uu


def projmat(*cols):
    B = M.hstack(*cols)
    return sp.simplify(B * (B.T * B).inv() * B.T)


def projspan(vv, *cols):
    return sp.simplify(projmat(*cols) * vv)


def mean_vec(rows):
    X = Q(rows)
    return (X.T * M.ones(X.rows, 1)) / X.rows


def cov(rows, sample=False):
    X = Q(rows)
    n = X.rows
    mu = mean_vec(rows).T
    Xc = X - M.ones(n, 1) * mu
    return Xc.T * Xc / (n - 1 if sample else n)


def top_eigvec(C):
    best = max(C.eigenvects(), key=lambda p: float(sp.re(sp.N(p[0]))))
    assert len(best[2]) == 1, "top eigenvalue repeated"
    return [sp.simplify(best[2][0])]


def pca1(rows):
    return top_eigvec(cov(rows))


def explained_ratios(rows):
    vals = sorted(eigvals(cov(rows)), key=lambda v: -float(v))
    tot = sum(vals)
    return [sp.nsimplify(sp.simplify(v / tot)) for v in vals]


def pca_scores(rows):
    X = Q(rows)
    mu = mean_vec(rows).T
    Xc = X - M.ones(X.rows, 1) * mu
    u = top_eigvec(cov(rows))[0]
    u = u / u.norm()
    return sp.simplify(Xc * u)


def mean(xs):
    xs = [sp.nsimplify(v) for v in xs]
    return sum(xs) / len(xs)


def var(xs, sample=False):
    xs = [sp.nsimplify(v) for v in xs]
    mu = sum(xs) / len(xs)
    ss = sum((v - mu) ** 2 for v in xs)
    return ss / (len(xs) - 1 if sample else len(xs))


def covxy(xs, ys, sample=False):
    xs = [sp.nsimplify(v) for v in xs]
    ys = [sp.nsimplify(v) for v in ys]
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    return sum((p - mx) * (q_ - my) for p, q_ in zip(xs, ys)) / (n - 1 if sample else n)


def angle(u, v):
    return sp.simplify(acos(u.dot(v) / (u.norm() * v.norm())))


def gs(*vecs, normal=True):
    return [sp.simplify(v) for v in sp.GramSchmidt(list(vecs), normal)]


def grad(f, vs, at=None):
    g = M([sp.diff(f, v) for v in vs])
    if at is not None:
        g = g.subs(dict(zip(vs, at)))
    return sp.simplify(g)


def jac(F, vs, at=None):
    J = M(F).jacobian(vs)
    if at is not None:
        J = J.subs(dict(zip(vs, at)))
    return sp.simplify(J)


def hess(f, vs, at=None):
    H = sp.hessian(f, vs)
    if at is not None:
        H = H.subs(dict(zip(vs, at)))
    return sp.simplify(H)


def taylor(f, var_, a0, deg):
    """Polynomial through (var-a0)^deg inclusive."""
    return sp.series(f, var_, a0, deg + 1).removeO()


def nonzero_terms(f, var_, k, a0=0):
    n = k + 1
    while True:
        p = sp.expand(sp.series(f, var_, a0, n).removeO())
        terms = sp.Add.make_args(p)
        if len([tt for tt in terms if tt != 0]) >= k + 1 or n > 40:
            break
        n += 1
    # take the first k non-zero terms in increasing degree
    poly = sp.Poly(p.subs(var_, var_ + a0) if a0 else p, var_)
    mons = sorted(poly.terms(), key=lambda tc: tc[0][0])
    sel = [cf * var_ ** deg[0] for deg, cf in mons if cf != 0][:k]
    res = sum(sel)
    return res.subs(var_, var_ - a0) if a0 else res


def taylor2d(f, vs, at, deg):
    hh = sp.Symbol("hh")
    sub = {v: a0 + (v - a0) * hh for v, a0 in zip(vs, at)}
    p = sp.series(f.subs(sub, simultaneous=True), hh, 0, deg + 1).removeO().subs(hh, 1)
    return sp.expand(p)


def crit(f, vs):
    sols = sp.solve([sp.diff(f, v) for v in vs], vs, dict=True)
    sols = [sd for sd in sols if all(val.is_real for val in sd.values())]
    return sorted(sols, key=lambda sd: [float(sd[v]) for v in vs])


def chain(f, subs, tv, at=None):
    g = sp.diff(f.subs(subs), tv)
    if at is not None:
        g = g.subs(tv, at)
    return sp.simplify(g)


def newton(f, var_, x0, n):
    fp = sp.diff(f, var_)
    xs, xk = [], sp.nsimplify(x0)
    for _ in range(n):
        xk = sp.simplify(xk - (f / fp).subs(var_, xk))
        xs.append(xk)
    return xs


def gd(f, vs, start, lr, steps):
    lr = sp.nsimplify(lr)
    g = [sp.diff(f, v) for v in vs]
    pt = [sp.nsimplify(p) for p in start]
    out = []
    for _ in range(steps):
        sub = dict(zip(vs, pt))
        pt = [sp.simplify(p - lr * gi.subs(sub)) for p, gi in zip(pt, g)]
        out.append(pt[0] if len(vs) == 1 else list(pt))
    return out


def sol(eqs, vs):
    s_ = sp.solve(eqs, vs, dict=True)
    assert len(s_) == 1
    return M([s_[0][v] for v in vs])


def cross(u, v):
    return u.cross(v)


def sig(zz):
    return 1 / (1 + exp(-zz))


# ---------------------------------------------------------------- entries
ENTRIES = []


def add(text, cls, restatement, answers=(), expect="answer", ambiguous=False, note=None):
    ENTRIES.append(dict(text=text, cls=cls, restatement=restatement, answers=list(answers),
                        expect=expect, ambiguous=ambiguous, note=note))


def A_(task, typ, fn):
    return (task, typ, fn)


# ======================= LINEAR ALGEBRA =======================
# --- determinant
add("Find the determinant of [[2, 1], [4, 3]]", "plain", "det of [[2,1],[4,3]]",
    [A_("det", "number", lambda: M([[2, 1], [4, 3]]).det())])
add("det | 5 1 ; 3 2 |", "layout", "det of [[5,1],[3,2]] (bars are determinant bars)",
    [A_("det", "number", lambda: M([[5, 1], [3, 2]]).det())])
add(r"Evaluate $\begin{vmatrix} 1 & 2 & 0 \\ 3 & -1 & 4 \\ 0 & 2 & 1 \end{vmatrix}$", "latex",
    "det of [[1,2,0],[3,-1,4],[0,2,1]]",
    [A_("det", "number", lambda: M([[1, 2, 0], [3, -1, 4], [0, 2, 1]]).det())])
add("A = [[3,2],[1,4]] ka determinant nikalo", "hinglish", "det of [[3,2],[1,4]]",
    [A_("det", "number", lambda: M([[3, 2], [1, 4]]).det())])
add("determinent of [1 2 3; 0 1 4; 5 6 0] pls", "whatsapp", "det of [[1,2,3],[0,1,4],[5,6,0]]",
    [A_("det", "number", lambda: M([[1, 2, 3], [0, 1, 4], [5, 6, 0]]).det())])
add("det of\n2 0 1\n1 3 2\n1 1 1", "multiline", "det of [[2,0,1],[1,3,2],[1,1,1]]",
    [A_("det", "number", lambda: M([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())])
add("np.linalg.det gives 10.000000000000002 for this\narray([[4, 7],\n       [2, 6]])\nwhat is the exact det?",
    "numpy", "det of [[4,7],[2,6]]",
    [A_("det", "number", lambda: M([[4, 7], [2, 6]]).det())])
add("det of [[a, b], [c, d]]", "plain", "det of the symbolic matrix [[a,b],[c,d]]",
    [A_("det", "expr", lambda: M([[a, b], [c, d]]).det())])
add("det [[1,2],[3,4]] = ?", "trailing_chat", "det of [[1,2],[3,4]]",
    [A_("det", "number", lambda: M([[1, 2], [3, 4]]).det())])
add("determinant of [[0,1,2],[1,0,3],[4,-3,8]] 🙏", "trailing_chat", "det of [[0,1,2],[1,0,3],[4,-3,8]]",
    [A_("det", "number", lambda: M([[0, 1, 2], [1, 0, 3], [4, -3, 8]]).det())])
add("det [[1/2, 1/3], [1/4, 1/5]]", "plain", "det of [[1/2,1/3],[1/4,1/5]]",
    [A_("det", "number", lambda: M([[R(1, 2), R(1, 3)], [R(1, 4), R(1, 5)]]).det())])
add("determinant of [[0.5, 1.5],[2, 4]]", "plain", "det of [[0.5,1.5],[2,4]] (exact: -1)",
    [A_("det", "number", lambda: Q([[0.5, 1.5], [2, 4]]).det())])
add("Compute det(A) for A = [[1,0,2,0],[0,1,0,3],[2,0,1,0],[0,3,0,1]].", "plain",
    "det of the 4x4 matrix [[1,0,2,0],[0,1,0,3],[2,0,1,0],[0,3,0,1]]",
    [A_("det", "number", lambda: M([[1, 0, 2, 0], [0, 1, 0, 3], [2, 0, 1, 0], [0, 3, 0, 1]]).det())])
add("bhai det nikal do [2 -1; -3 5]", "hinglish", "det of [[2,-1],[-3,5]]",
    [A_("det", "number", lambda: M([[2, -1], [-3, 5]]).det())])
add("|A| where A = [[6, 2], [3, 2]]", "norms_distances", "det of [[6,2],[3,2]] (|A| of a matrix = determinant)",
    [A_("det", "number", lambda: M([[6, 2], [3, 2]]).det())], ambiguous=True,
    note="|A| of a square matrix read as determinant (course notation)")
add(r"$\det\left(\begin{bmatrix} 2 & -3 \\ 1 & 4 \end{bmatrix}\right)$ ?", "latex",
    "det of [[2,-3],[1,4]]",
    [A_("det", "number", lambda: M([[2, -3], [1, 4]]).det())])
add("det(x I - A) for A = [[2,1],[1,2]]", "multi_operand",
    "characteristic polynomial det(xI - A) for A = [[2,1],[1,2]], as a polynomial in x",
    [A_("det", "expr", lambda: sp.expand((x * sp.eye(2) - M([[2, 1], [1, 2]])).det()))])

# --- inverse
add("Find the inverse of [[2, 1], [5, 3]].", "plain", "inverse of [[2,1],[5,3]]",
    [A_("inverse", "matrix", lambda: M([[2, 1], [5, 3]]).inv())])
add("A⁻¹ for A = [[4,3],[3,2]]", "superscript_unicode", "inverse of [[4,3],[3,2]]",
    [A_("inverse", "matrix", lambda: M([[4, 3], [3, 2]]).inv())])
add(r"inverse of $\begin{pmatrix} 1 & 2 \\ 3 & 5 \end{pmatrix}$", "latex", "inverse of [[1,2],[3,5]]",
    [A_("inverse", "matrix", lambda: M([[1, 2], [3, 5]]).inv())])
add("inverce of [[1,0,1],[0,2,1],[1,1,1]]", "whatsapp", "inverse of [[1,0,1],[0,2,1],[1,1,1]]",
    [A_("inverse", "matrix", lambda: M([[1, 0, 1], [0, 2, 1], [1, 1, 1]]).inv())])
add("is matrix ka inverse batao [[2,3],[1,2]]", "hinglish", "inverse of [[2,3],[1,2]]",
    [A_("inverse", "matrix", lambda: M([[2, 3], [1, 2]]).inv())])
add("A^-1 where A = [1 2; 2 5]", "superscript_unicode", "inverse of [[1,2],[2,5]]",
    [A_("inverse", "matrix", lambda: M([[1, 2], [2, 5]]).inv())])
add("inverse of [[a, 1], [0, a]]", "plain", "inverse of the symbolic matrix [[a,1],[0,a]] (a != 0)",
    [A_("inverse", "matrix", lambda: M([[a, 1], [0, a]]).inv())])
add("inv([[3, 0, 0], [0, 1/2, 0], [0, 0, -4]])", "plain", "inverse of diag(3, 1/2, -4)",
    [A_("inverse", "matrix", lambda: M([[3, 0, 0], [0, R(1, 2), 0], [0, 0, -4]]).inv())])
add("inverse of\n[0.2 0.4]\n[0.1 0.3]", "multiline", "inverse of [[0.2,0.4],[0.1,0.3]] (exact rationals)",
    [A_("inverse", "matrix", lambda: Q([[0.2, 0.4], [0.1, 0.3]]).inv())])

# --- transpose
add("A.T for A = [[1,2,3],[4,5,6]]", "words_dropped", "transpose of [[1,2,3],[4,5,6]]",
    [A_("transpose", "matrix", lambda: M([[1, 2, 3], [4, 5, 6]]).T)])
add("find Aᵀ if A = [[1, 0], [2, 3]]", "superscript_unicode", "transpose of [[1,0],[2,3]]",
    [A_("transpose", "matrix", lambda: M([[1, 0], [2, 3]]).T)])
add("transpose [1 2; 3 4; 5 6]", "whatsapp", "transpose of the 3x2 matrix [[1,2],[3,4],[5,6]]",
    [A_("transpose", "matrix", lambda: M([[1, 2], [3, 4], [5, 6]]).T)])
add("what is the transpose of the row vector [1, -2, 7]", "plain",
    "transpose of the 1x3 row vector [1,-2,7] (a 3x1 column)",
    [A_("transpose", "matrix", lambda: M([[1, -2, 7]]).T)])

# --- multiply
add("[[1,2],[3,4]] times [[0,1],[1,0]]", "plain", "matrix product [[1,2],[3,4]]·[[0,1],[1,0]]",
    [A_("multiply", "matrix", lambda: M([[1, 2], [3, 4]]) * M([[0, 1], [1, 0]]))])
add("multiply [[1,2,3],[4,5,6]] by the vector (1, 0, -1)", "plain",
    "matrix-vector product [[1,2,3],[4,5,6]]·(1,0,-1)",
    [A_("multiply", "vector", lambda: M([[1, 2, 3], [4, 5, 6]]) * V(1, 0, -1))])
add(r"\begin{pmatrix}1&2\\0&1\end{pmatrix} \cdot \begin{pmatrix}3\\4\end{pmatrix}", "latex",
    "matrix-vector product [[1,2],[0,1]]·(3,4)",
    [A_("multiply", "vector", lambda: M([[1, 2], [0, 1]]) * V(3, 4))])
add("A = np.array([[1, 2], [3, 4]])\nB = np.array([[2, 0], [1, 2]])\nA @ B = ?", "numpy",
    "matrix product A·B, A=[[1,2],[3,4]], B=[[2,0],[1,2]]",
    [A_("multiply", "matrix", lambda: M([[1, 2], [3, 4]]) * M([[2, 0], [1, 2]]))])
add("AB where A = [[1,2],[3,4],[5,6]] and B = [[1,0,2],[0,1,1]]", "plain",
    "matrix product A·B of a 3x2 and a 2x3 matrix",
    [A_("multiply", "matrix", lambda: M([[1, 2], [3, 4], [5, 6]]) * M([[1, 0, 2], [0, 1, 1]]))])
add("multiply\n1 2\n3 4\nwith\n5 6\n7 8", "multiline", "matrix product [[1,2],[3,4]]·[[5,6],[7,8]]",
    [A_("multiply", "matrix", lambda: M([[1, 2], [3, 4]]) * M([[5, 6], [7, 8]]))])
add("BA for A = [[1,2],[3,4]], B = [[0,1],[1,0]]", "plain",
    "matrix product B·A (B first), A=[[1,2],[3,4]], B=[[0,1],[1,0]]",
    [A_("multiply", "matrix", lambda: M([[0, 1], [1, 0]]) * M([[1, 2], [3, 4]]))])
add("[2 1 0] * [1; 3; 5]", "layout", "row (1x3) times column (3x1): [[2,1,0]]·[[1],[3],[5]] = 1x1 matrix",
    [A_("multiply", "matrix", lambda: M([[2, 1, 0]]) * M([[1], [3], [5]]))])
add("matrix vector product plz\nA =\n1 0 2\n0 3 1\nx = (2, 1, 1)", "multiline",
    "matrix-vector product [[1,0,2],[0,3,1]]·(2,1,1)",
    [A_("multiply", "vector", lambda: M([[1, 0, 2], [0, 3, 1]]) * V(2, 1, 1))])
add("3 * [[1,-1],[0,2]]", "plain", "scalar multiple 3·[[1,-1],[0,2]]",
    [A_("multiply", "matrix", lambda: 3 * M([[1, -1], [0, 2]]))])

# --- add / subtract
add("[[1,2],[3,4]] + [[4,3],[2,1]]", "plain", "matrix sum [[1,2],[3,4]] + [[4,3],[2,1]]",
    [A_("add", "matrix", lambda: M([[1, 2], [3, 4]]) + M([[4, 3], [2, 1]]))])
add("A - B where A=[[5,5],[5,5]], B=[[1,2],[3,4]]", "plain", "matrix difference A - B",
    [A_("subtract", "matrix", lambda: M([[5, 5], [5, 5]]) - M([[1, 2], [3, 4]]))])
add("(1,2,3) + (4,-1,0)", "plain", "vector sum (1,2,3) + (4,-1,0)",
    [A_("add", "vector", lambda: V(1, 2, 3) + V(4, -1, 0))])
add("3u - 2v for u = (1,2), v = (0,5)", "multi_operand", "linear combination 3u - 2v with u=(1,2), v=(0,5)",
    [A_("matrix_expression", "vector", lambda: 3 * V(1, 2) - 2 * V(0, 5))])
add("u + v + w with u=(1,0,0) v=(0,2,0) w=(1,1,1)", "multi_operand", "sum of three vectors u+v+w",
    [A_("add", "vector", lambda: V(1, 0, 0) + V(0, 2, 0) + V(1, 1, 1))])

# --- matrix expressions (several operands)
add("2A - 3I for A = [[1,2],[3,4]]", "multi_operand", "2A - 3I with A=[[1,2],[3,4]], I the 2x2 identity",
    [A_("matrix_expression", "matrix", lambda: 2 * M([[1, 2], [3, 4]]) - 3 * sp.eye(2))])
add("A + Aᵀ for A = [[2,1],[0,3]]", "multi_operand", "A + transpose(A) with A=[[2,1],[0,3]]",
    [A_("matrix_expression", "matrix", lambda: M([[2, 1], [0, 3]]) + M([[2, 1], [0, 3]]).T)])
add("vᵀAv, v = (1,2), A = [[2,1],[1,3]]", "multi_operand", "quadratic form vᵀAv with v=(1,2), A=[[2,1],[1,3]]",
    [A_("matrix_expression", "number", lambda: (V(1, 2).T * M([[2, 1], [1, 3]]) * V(1, 2))[0])])
add("ABC where A=[[1,1],[0,1]], B=[[2,0],[0,1]], C=[[1,0],[1,1]]", "multi_operand",
    "triple product A·B·C",
    [A_("matrix_expression", "matrix", lambda: M([[1, 1], [0, 1]]) * M([[2, 0], [0, 1]]) * M([[1, 0], [1, 1]]))])
add("A squared, A = [[1,2],[3,4]]", "words_dropped", "A^2 = A·A with A=[[1,2],[3,4]]",
    [A_("matrix_expression", "matrix", lambda: M([[1, 2], [3, 4]]) ** 2)])
add("A^3 for A = [[1,1],[0,1]]", "multi_operand", "A^3 with A=[[1,1],[0,1]]",
    [A_("matrix_expression", "matrix", lambda: M([[1, 1], [0, 1]]) ** 3)])
add("A² where A = [[0,1],[1,0]]", "superscript_unicode", "A^2 with A=[[0,1],[1,0]]",
    [A_("matrix_expression", "matrix", lambda: M([[0, 1], [1, 0]]) ** 2)])
add("AᵀA for A = [[1,2],[3,4],[5,6]]", "superscript_unicode", "transpose(A)·A with A the 3x2 [[1,2],[3,4],[5,6]]",
    [A_("matrix_expression", "matrix", lambda: M([[1, 2], [3, 4], [5, 6]]).T * M([[1, 2], [3, 4], [5, 6]]))])
add("x^T A x with x = [1, -1, 2] and A = [[1,0,0],[0,2,0],[0,0,3]]", "multi_operand",
    "quadratic form xᵀAx",
    [A_("matrix_expression", "number", lambda: (V(1, -1, 2).T * sp.diag(1, 2, 3) * V(1, -1, 2))[0])])
add("A^-1 B, A=[[2,0],[0,4]], B=[[2,4],[4,8]]", "multi_operand", "inverse(A)·B",
    [A_("matrix_expression", "matrix", lambda: M([[2, 0], [0, 4]]).inv() * M([[2, 4], [4, 8]]))])
add("A cubed where A = [[2,0],[0,-1]]", "words_dropped", "A^3 with A=[[2,0],[0,-1]]",
    [A_("matrix_expression", "matrix", lambda: M([[2, 0], [0, -1]]) ** 3)])
add("(A + B)^T for A = [[1,2],[3,4]] and B = [[0,1],[1,0]]", "multi_operand", "transpose of (A + B)",
    [A_("matrix_expression", "matrix", lambda: (M([[1, 2], [3, 4]]) + M([[0, 1], [1, 0]])).T)])
add("A^2 - 5A + 6I, A = [[2,1],[0,3]]", "multi_operand", "A^2 - 5A + 6I with A=[[2,1],[0,3]]",
    [A_("matrix_expression", "matrix", lambda: M([[2, 1], [0, 3]]) ** 2 - 5 * M([[2, 1], [0, 3]]) + 6 * sp.eye(2))])

# --- rank
add("rank of (2,1,0), (1,1,1), (3,2,1)", "multi_operand", "rank of the matrix with rows (2,1,0),(1,1,1),(3,2,1)",
    [A_("rank", "number", lambda: M([[2, 1, 0], [1, 1, 1], [3, 2, 1]]).rank())])
add("What is the rank of [[1,2,3],[2,4,6],[1,1,1]]?", "plain", "rank of [[1,2,3],[2,4,6],[1,1,1]]",
    [A_("rank", "number", lambda: M([[1, 2, 3], [2, 4, 6], [1, 1, 1]]).rank())])
add("rnak of matrix 1 2 ; 2 4", "whatsapp", "rank of [[1,2],[2,4]]",
    [A_("rank", "number", lambda: M([[1, 2], [2, 4]]).rank())])
add("iska rank kya hoga [[1,0,1],[0,1,1],[1,1,2]]", "hinglish", "rank of [[1,0,1],[0,1,1],[1,1,2]]",
    [A_("rank", "number", lambda: M([[1, 0, 1], [0, 1, 1], [1, 1, 2]]).rank())])
add(r"rank of $\begin{bmatrix} 1 & 2 & 0 & 1 \\ 0 & 1 & 1 & 0 \\ 1 & 3 & 1 & 1 \end{bmatrix}$", "latex",
    "rank of the 3x4 matrix [[1,2,0,1],[0,1,1,0],[1,3,1,1]]",
    [A_("rank", "number", lambda: M([[1, 2, 0, 1], [0, 1, 1, 0], [1, 3, 1, 1]]).rank())])
add("are (1,2,3), (4,5,6), (7,8,9) linearly independent? give the rank", "multi_operand",
    "rank of the matrix with rows (1,2,3),(4,5,6),(7,8,9)",
    [A_("rank", "number", lambda: M([[1, 2, 3], [4, 5, 6], [7, 8, 9]]).rank())])

# --- rref
add("rref of [[1,2,1],[2,4,0],[3,6,1]]", "plain", "reduced row echelon form of [[1,2,1],[2,4,0],[3,6,1]]",
    [A_("rref", "matrix", lambda: M([[1, 2, 1], [2, 4, 0], [3, 6, 1]]).rref()[0])])
add("row reduce\n1 2 -1 3\n2 4 1 0", "multiline", "rref of [[1,2,-1,3],[2,4,1,0]]",
    [A_("rref", "matrix", lambda: M([[1, 2, -1, 3], [2, 4, 1, 0]]).rref()[0])])
add("reduced row echelon form of [[2,4,2],[1,3,4]]", "plain", "rref of [[2,4,2],[1,3,4]]",
    [A_("rref", "matrix", lambda: M([[2, 4, 2], [1, 3, 4]]).rref()[0])])
add("gaussian elimination karke rref do: [[0,1,2],[1,0,3],[2,1,8]]", "hinglish",
    "rref of [[0,1,2],[1,0,3],[2,1,8]]",
    [A_("rref", "matrix", lambda: M([[0, 1, 2], [1, 0, 3], [2, 1, 8]]).rref()[0])])

# --- nullspace
add("null space of [[1,2,3],[2,4,6]]", "plain", "basis of the null space of [[1,2,3],[2,4,6]] (2-dimensional)",
    [A_("nullspace", "vectors_up_to_scale", lambda: M([[1, 2, 3], [2, 4, 6]]).nullspace())],
    note="2-dimensional kernel: any basis of the same span is right")
add("kernel of [[1,1,0],[0,1,1]]", "plain", "null space of [[1,1,0],[0,1,1]]",
    [A_("nullspace", "vectors_up_to_scale", lambda: M([[1, 1, 0], [0, 1, 1]]).nullspace())])
add("ker A, A = [1 -1 2; 2 -2 4; 0 0 1]", "whatsapp", "null space of [[1,-1,2],[2,-2,4],[0,0,1]]",
    [A_("nullspace", "vectors_up_to_scale", lambda: M([[1, -1, 2], [2, -2, 4], [0, 0, 1]]).nullspace())])
add("find all x with Ax = 0 for A = [[1,2],[3,6]]", "plain", "null space of [[1,2],[3,6]]",
    [A_("nullspace", "vectors_up_to_scale", lambda: M([[1, 2], [3, 6]]).nullspace())])

# --- eigenvalues
add("eigenvalues of [[2,1],[1,2]]", "plain", "eigenvalues of [[2,1],[1,2]]",
    [A_("eigenvalues", "multiset", lambda: eigvals(M([[2, 1], [1, 2]])))])
add("eigen vales of [[4,1],[2,3]]", "whatsapp", "eigenvalues of [[4,1],[2,3]]",
    [A_("eigenvalues", "multiset", lambda: eigvals(M([[4, 1], [2, 3]])))])
add("iska eigenvalue kya hoga [[5,4],[1,2]]", "hinglish", "eigenvalues of [[5,4],[1,2]]",
    [A_("eigenvalues", "multiset", lambda: eigvals(M([[5, 4], [1, 2]])))])
add("eigenvalues of [[4,1,2],[1,3,0],[2,0,5]]", "plain",
    "eigenvalues of the symmetric [[4,1,2],[1,3,0],[2,0,5]] (three real roots of an irreducible cubic)",
    [A_("eigenvalues", "multiset", lambda: eigvals_roots(M([[4, 1, 2], [1, 3, 0], [2, 0, 5]])))],
    note="three real irrational eigenvalues; compare numerically")
add("eigenvalues of [[0,1,0],[0,0,1],[1,1,0]]", "plain",
    "eigenvalues of [[0,1,0],[0,0,1],[1,1,0]] (one real root ≈1.3247, one complex pair)",
    [A_("eigenvalues", "multiset", lambda: eigvals_roots(M([[0, 1, 0], [0, 0, 1], [1, 1, 0]])))],
    note="roots of x^3 - x - 1; compare numerically")
add("eigenvalues of [[3,1],[0,3]]", "plain", "eigenvalues of [[3,1],[0,3]] (repeated)",
    [A_("eigenvalues", "multiset", lambda: eigvals(M([[3, 1], [0, 3]])))])
add("eigenvalues of the rotation [[0,-1],[1,0]]", "plain", "eigenvalues of [[0,-1],[1,0]] (complex ±i)",
    [A_("eigenvalues", "multiset", lambda: eigvals(M([[0, -1], [1, 0]])))])
add("λ's of [[1,2,3],[0,4,5],[0,0,6]]", "superscript_unicode", "eigenvalues (λ) of the triangular [[1,2,3],[0,4,5],[0,0,6]]",
    [A_("eigenvalues", "multiset", lambda: eigvals(M([[1, 2, 3], [0, 4, 5], [0, 0, 6]])))])
add(r"Find the eigenvalues of $A = \begin{pmatrix} 2 & 3 \\ 3 & 2 \end{pmatrix}$.", "latex",
    "eigenvalues of [[2,3],[3,2]]",
    [A_("eigenvalues", "multiset", lambda: eigvals(M([[2, 3], [3, 2]])))])
add("array([[2., 0.],\n       [0., 3.]])  eigenvalues?", "numpy", "eigenvalues of [[2,0],[0,3]]",
    [A_("eigenvalues", "multiset", lambda: eigvals(M([[2, 0], [0, 3]])))])
add("eigenvalues of [[a, 1], [0, b]]", "plain", "eigenvalues of the symbolic upper-triangular [[a,1],[0,b]]",
    [A_("eigenvalues", "multiset", lambda: eigvals(M([[a, 1], [0, b]])))])
add("eigenvalues of\n[1 1]\n[4 1]", "multiline", "eigenvalues of [[1,1],[4,1]]",
    [A_("eigenvalues", "multiset", lambda: eigvals(M([[1, 1], [4, 1]])))])
add("eigenvals of [[0.5, 0.5], [0.5, 0.5]] ??", "trailing_chat", "eigenvalues of [[1/2,1/2],[1/2,1/2]]",
    [A_("eigenvalues", "multiset", lambda: eigvals(Q([[0.5, 0.5], [0.5, 0.5]])))])
add("characteristic polynomial roots of [[2,0,0],[0,3,4],[0,4,9]]", "plain",
    "eigenvalues of [[2,0,0],[0,3,4],[0,4,9]]",
    [A_("eigenvalues", "multiset", lambda: eigvals(M([[2, 0, 0], [0, 3, 4], [0, 4, 9]])))])

# --- eigenvectors
add("eigenvectors of [[2,1],[1,2]]", "plain", "eigenvectors of [[2,1],[1,2]]",
    [A_("eigenvectors", "vectors_up_to_scale", lambda: eigvecs(M([[2, 1], [1, 2]])))])
add("find eigen vectors [[4,-2],[1,1]]", "whatsapp", "eigenvectors of [[4,-2],[1,1]]",
    [A_("eigenvectors", "vectors_up_to_scale", lambda: eigvecs(M([[4, -2], [1, 1]])))])
add("eigenvectors for A = [[1,1],[0,1]]", "plain", "eigenvectors of the shear [[1,1],[0,1]] (defective: one)",
    [A_("eigenvectors", "vectors_up_to_scale", lambda: eigvecs(M([[1, 1], [0, 1]])))])
add("eigenvectors of\n2 0 0\n0 3 4\n0 4 9", "multiline", "eigenvectors of [[2,0,0],[0,3,4],[0,4,9]]",
    [A_("eigenvectors", "vectors_up_to_scale", lambda: eigvecs(M([[2, 0, 0], [0, 3, 4], [0, 4, 9]])))])
add("[[3,0],[0,3]] ke eigenvectors kya honge", "hinglish", "eigenvectors of 3I (2x2): any basis, e.g. e1, e2",
    [A_("eigenvectors", "vectors_up_to_scale", lambda: eigvecs(M([[3, 0], [0, 3]])))],
    note="repeated eigenvalue 3 with 2-dim eigenspace: any basis is right")
add("eigenvector of [[6,-2],[-2,9]] for the biggest eigenvalue", "plain",
    "eigenvector of [[6,-2],[-2,9]] for its largest eigenvalue (10)",
    [A_("eigenvectors", "vectors_up_to_scale", lambda: top_eigvec(M([[6, -2], [-2, 9]])))])

# --- solve systems
add("solve x + y = 5, x - y = 1", "plain", "solve x + y = 5, x - y = 1 for (x, y)",
    [A_("solve_system", "vector", lambda: sol([x + y - 5, x - y - 1], [x, y]))])
add("2x + 3y = 7 and 4x - y = 0 solve kar do", "hinglish", "solve 2x + 3y = 7, 4x - y = 0 for (x, y)",
    [A_("solve_system", "vector", lambda: sol([2 * x + 3 * y - 7, 4 * x - y], [x, y]))])
add("solve Ax=b, A = [[2,1],[1,3]], b = [3,5]", "plain", "solve Ax = b, solution column (x1, x2)",
    [A_("solve_system", "vector", lambda: M([[2, 1], [1, 3]]).LUsolve(V(3, 5)))])
add("x + y + z = 6\n2x - y + z = 3\nx + 2y - z = 2", "multiline", "solve the 3x3 linear system for (x, y, z)",
    [A_("solve_system", "vector", lambda: sol([x + y + z - 6, 2 * x - y + z - 3, x + 2 * y - z - 2], [x, y, z]))])
add("solve x1 + 2x2 = 4, 3x1 - x2 = 5", "indexed_vars", "solve x1 + 2*x2 = 4, 3*x1 - x2 = 5 for (x1, x2)",
    [A_("solve_system", "vector", lambda: sol([x1 + 2 * x2 - 4, 3 * x1 - x2 - 5], [x1, x2]))])
add("Solve $x + 2y = 3$ and $2x + 5y = 7$", "latex", "solve x + 2y = 3, 2x + 5y = 7 for (x, y)",
    [A_("solve_system", "vector", lambda: sol([x + 2 * y - 3, 2 * x + 5 * y - 7], [x, y]))])
add("solve x/2 + y = 3, x - y/3 = 1", "plain", "solve x/2 + y = 3, x - y/3 = 1 for (x, y)",
    [A_("solve_system", "vector", lambda: sol([x / 2 + y - 3, x - y / 3 - 1], [x, y]))])
add("slove 3a + b = 7, a - b = 1", "whatsapp", "solve 3a + b = 7, a - b = 1 for (a, b)",
    [A_("solve_system", "vector", lambda: sol([3 * a + b - 7, a - b - 1], [a, b]))])
add("0.5x + 0.25y = 1, x - y = 2", "plain", "solve 0.5x + 0.25y = 1, x - y = 2 for (x, y)",
    [A_("solve_system", "vector", lambda: sol([R(1, 2) * x + R(1, 4) * y - 1, x - y - 2], [x, y]))])
add("[[1,1,1],[0,2,5],[2,5,-1]] x = [6,-4,27]", "layout", "solve Ax = b with A=[[1,1,1],[0,2,5],[2,5,-1]], b=(6,-4,27)",
    [A_("solve_system", "vector", lambda: M([[1, 1, 1], [0, 2, 5], [2, 5, -1]]).LUsolve(V(6, -4, 27)))])
add("x₁ + x₂ = 3, x₁ − x₂ = 1 solve karo", "superscript_unicode",
    "solve x1 + x2 = 3, x1 - x2 = 1 for (x1, x2) (Unicode subscripts and minus sign)",
    [A_("solve_system", "vector", lambda: sol([x1 + x2 - 3, x1 - x2 - 1], [x1, x2]))])
add("apples and bananas: 2a + 3b = 12 and a + b = 5. find a and b", "plain",
    "solve 2a + 3b = 12, a + b = 5 for (a, b)",
    [A_("solve_system", "vector", lambda: sol([2 * a + 3 * b - 12, a + b - 5], [a, b]))])

# --- dot
add("dot product of (1,2,3) and (4,5,6)", "plain", "dot product (1,2,3)·(4,5,6)",
    [A_("dot", "number", lambda: V(1, 2, 3).dot(V(4, 5, 6)))])
add("u·v where u = (2,-1), v = (3,4)", "superscript_unicode", "dot product u·v",
    [A_("dot", "number", lambda: V(2, -1).dot(V(3, 4)))])
add(r"$\mathbf{u} \cdot \mathbf{v}$ for $\mathbf{u} = (1, 0, 2)$, $\mathbf{v} = (3, 1, -1)$", "latex",
    "dot product u·v with u=(1,0,2), v=(3,1,-1)",
    [A_("dot", "number", lambda: V(1, 0, 2).dot(V(3, 1, -1)))])
add("u.v for u=[1,1,1] v=[2,-3,5]", "whatsapp", "dot product u·v",
    [A_("dot", "number", lambda: V(1, 1, 1).dot(V(2, -3, 5)))])
add("inner product of [1 2] and [3 4]", "plain", "standard inner (dot) product of (1,2) and (3,4)",
    [A_("dot", "number", lambda: V(1, 2).dot(V(3, 4)))])
add("a = 2i + 3j - k, b = i - j + 4k, find a·b", "letter_vars",
    "dot product of a=(2,3,-1) and b=(1,-1,4) (i, j, k are unit vectors)",
    [A_("dot", "number", lambda: V(2, 3, -1).dot(V(1, -1, 4)))])
add("dot of (0.5, 1.5) with (2, -2)", "plain", "dot product (1/2,3/2)·(2,-2)",
    [A_("dot", "number", lambda: V(0.5, 1.5).dot(V(2, -2)))])

# --- cross
add("cross product of (2,0,-1) and (1,3,2)", "cross_vs_dot", "cross product (2,0,-1) × (1,3,2)",
    [A_("cross", "vector", lambda: cross(V(2, 0, -1), V(1, 3, 2)))])
add("a × b, a = (1,2,3), b = (4,5,6)", "cross_vs_dot", "cross product a × b",
    [A_("cross", "vector", lambda: cross(V(1, 2, 3), V(4, 5, 6)))])
add("u x v for u=(1,0,0) v=(0,1,0)", "cross_vs_dot", "cross product u × v (lowercase x used as the cross sign)",
    [A_("cross", "vector", lambda: cross(V(1, 0, 0), V(0, 1, 0)))], ambiguous=True,
    note="'x' between two vector names read as the cross product")
add("vector product of [3,-1,2] and [1,2,-1]", "cross_vs_dot", "cross (vector) product (3,-1,2) × (1,2,-1)",
    [A_("cross", "vector", lambda: cross(V(3, -1, 2), V(1, 2, -1)))])
add("b × a for a = (1,0,2), b = (0,1,1)", "cross_vs_dot", "cross product b × a (order matters)",
    [A_("cross", "vector", lambda: cross(V(0, 1, 1), V(1, 0, 2)))])
add(r"$\mathbf{a} \times \mathbf{b}$ where $\mathbf{a} = (1,1,1)$ and $\mathbf{b} = (1,-1,0)$", "latex",
    "cross product a × b",
    [A_("cross", "vector", lambda: cross(V(1, 1, 1), V(1, -1, 0)))])

# --- norm
add("norm of (3,4)", "plain", "Euclidean norm of (3,4)",
    [A_("norm", "number", lambda: V(3, 4).norm())])
add("||v|| for v = (1, 2, 2)", "norms_distances", "Euclidean norm of v=(1,2,2)",
    [A_("norm", "number", lambda: V(1, 2, 2).norm())])
add("||u - v|| where u = (1,2,3), v = (4,6,3)", "norms_distances", "norm of u - v",
    [A_("norm", "number", lambda: (V(1, 2, 3) - V(4, 6, 3)).norm())])
add("|v| for v = (1,1,1,1)", "norms_distances", "Euclidean length of v=(1,1,1,1)",
    [A_("norm", "number", lambda: V(1, 1, 1, 1).norm())])
add("length of vector [2, -1, 2]", "plain", "Euclidean length of (2,-1,2)",
    [A_("norm", "number", lambda: V(2, -1, 2).norm())])
add("magnitude of 2i + 3j - k", "letter_vars", "norm of (2,3,-1) (i, j, k unit vectors)",
    [A_("norm", "number", lambda: V(2, 3, -1).norm())])
add(r"$\left\| \mathbf{x} \right\|$ with $\mathbf{x} = (1, -2, 2)$", "latex", "Euclidean norm of x=(1,-2,2)",
    [A_("norm", "number", lambda: V(1, -2, 2).norm())])
add("L1 norm of (1,-2,3)", "norms_distances", "L1 norm |1|+|-2|+|3|",
    [A_("norm", "number", lambda: V(1, -2, 3).norm(1))])
add("||(1, 1)||", "norms_distances", "Euclidean norm of (1,1)",
    [A_("norm", "number", lambda: V(1, 1).norm())])
add("modulus of r = [3, 0, -4] bhai", "trailing_chat", "Euclidean norm (modulus) of (3,0,-4)",
    [A_("norm", "number", lambda: V(3, 0, -4).norm())])
add("||2u + v||, u = (1,0), v = (1,3)", "norms_distances", "norm of 2u + v = (3,3)",
    [A_("norm", "number", lambda: (2 * V(1, 0) + V(1, 3)).norm())])
add("infinity norm of (3, -7, 2)", "norms_distances", "max-norm of (3,-7,2)",
    [A_("norm", "number", lambda: V(3, -7, 2).norm(sp.oo))])

# --- distance
add("distance between (1,1) and (4,5)", "norms_distances", "Euclidean distance between points (1,1) and (4,5)",
    [A_("distance", "number", lambda: (V(4, 5) - V(1, 1)).norm())])
add("dist b/w points (0,0,0) and (1,2,2)", "whatsapp", "Euclidean distance between (0,0,0) and (1,2,2)",
    [A_("distance", "number", lambda: V(1, 2, 2).norm())])
add("p1=(1,0), p2=(4,4) distance?", "layout", "distance between p1=(1,0) and p2=(4,4)",
    [A_("distance", "number", lambda: (V(4, 4) - V(1, 0)).norm())])
add("how far apart are u = (2, 3, 1) and v = (0, 1, 0)", "norms_distances", "distance ||u - v||",
    [A_("distance", "number", lambda: (V(2, 3, 1) - V(0, 1, 0)).norm())])
add("d(x, y) for x = (1,2,3,4), y = (2,2,2,2)", "norms_distances", "Euclidean distance between x and y",
    [A_("distance", "number", lambda: (V(1, 2, 3, 4) - V(2, 2, 2, 2)).norm())])

# --- angle
add("angle between (1,0) and (1,1)", "plain", "angle between (1,0) and (1,1), radians",
    [A_("angle", "number", lambda: angle(V(1, 0), V(1, 1)))])
add("angle b/w u=(1,2,2) and v=(2,1,-2)", "whatsapp", "angle between u and v, radians",
    [A_("angle", "number", lambda: angle(V(1, 2, 2), V(2, 1, -2)))])
add("angle between [1,1,0] and [0,1,1] in degrees", "plain", "angle between (1,1,0) and (0,1,1) in degrees",
    [A_("angle", "number", lambda: sp.simplify(angle(V(1, 1, 0), V(0, 1, 1)) * 180 / pi))])
add("cos of the angle between (3,4) and (4,3)", "plain", "cosine of the angle between (3,4) and (4,3)",
    [A_("angle", "number", lambda: V(3, 4).dot(V(4, 3)) / (V(3, 4).norm() * V(4, 3).norm()))])
add(r"angle $\theta$ between $\mathbf{a}=(1,-1)$ and $\mathbf{b}=(-1,1)$", "latex", "angle between (1,-1) and (-1,1), radians",
    [A_("angle", "number", lambda: angle(V(1, -1), V(-1, 1)))])
add("do vectors ka angle batao (1,√3) aur (1,0)", "hinglish", "angle between (1, sqrt(3)) and (1, 0), radians",
    [A_("angle", "number", lambda: angle(M([1, sqrt(3)]), V(1, 0)))])

# --- projection
add("projection of (2,3) onto (1,0)", "plain", "vector projection of (2,3) onto (1,0)",
    [A_("projection", "vector", lambda: proj(V(2, 3), V(1, 0)))])
add("scalar projection of s = (3,4) onto r = (1,1)", "plain", "scalar projection s·r/|r|",
    [A_("projection", "number", lambda: V(3, 4).dot(V(1, 1)) / V(1, 1).norm())])
add("vector projection of s=[1,2,3] onto r=[1,1,1]", "plain", "vector projection (s·r/r·r) r",
    [A_("projection", "vector", lambda: proj(V(1, 2, 3), V(1, 1, 1)))])
add("orthogonal projection of v = (1,2,3) onto span{(1,0,0),(0,1,0)}", "juxtaposition",
    "orthogonal projection of v onto the plane spanned by (1,0,0) and (0,1,0)",
    [A_("projection", "vector", lambda: projspan(V(1, 2, 3), V(1, 0, 0), V(0, 1, 0)))])
add("projection matrix onto the column space of [[1,0],[1,1],[1,2]]", "plain",
    "projection matrix B(BᵀB)⁻¹Bᵀ with B=[[1,0],[1,1],[1,2]]",
    [A_("projection", "matrix", lambda: projmat(V(1, 1, 1), V(0, 1, 2)))])
add("projection matrix onto line spanned by (1,2)", "plain", "projection matrix u uᵀ/(uᵀu) for u=(1,2)",
    [A_("projection", "matrix", lambda: projmat(V(1, 2)))])
add("project x = (6,0,0) onto span of b1=(1,1,1), b2=(0,1,2)", "indexed_vars",
    "orthogonal projection of (6,0,0) onto span{(1,1,1),(0,1,2)}",
    [A_("projection", "vector", lambda: projspan(V(6, 0, 0), V(1, 1, 1), V(0, 1, 2)))])
add(r"$\mathrm{proj}_{\mathbf{u}}\mathbf{v}$ for $\mathbf{u}=(2,1)$, $\mathbf{v}=(3,4)$", "latex",
    "vector projection of v=(3,4) onto u=(2,1)",
    [A_("projection", "vector", lambda: proj(V(3, 4), V(2, 1)))])
add("project (1,1,1) onto the span of [[1,0],[0,1],[0,0]] columns", "juxtaposition",
    "orthogonal projection of (1,1,1) onto span of the columns (1,0,0),(0,1,0)",
    [A_("projection", "vector", lambda: projspan(V(1, 1, 1), V(1, 0, 0), V(0, 1, 0)))])
add("proj of b=(1,2,2) on a=(0,3,4) plz", "whatsapp", "vector projection of b onto a",
    [A_("projection", "vector", lambda: proj(V(1, 2, 2), V(0, 3, 4)))])
add("project v = (3, 1, 2) onto span of (1, 1, 0)", "juxtaposition",
    "projection of v onto the line spanned by (1,1,0) (span of one vector)",
    [A_("projection", "vector", lambda: proj(V(3, 1, 2), V(1, 1, 0)))])

# --- gram-schmidt
add("gram schmidt on (1,1,0), (1,0,1)", "plain", "Gram-Schmidt on (1,1,0),(1,0,1), in this order (orthonormal or orthogonal, compared up to scale)",
    [A_("gram_schmidt", "vectors_up_to_scale", lambda: gs(V(1, 1, 0), V(1, 0, 1)))])
add("orthonormalise [1,0,1], [1,1,0], [0,1,1]", "plain", "orthonormal basis by Gram-Schmidt, in the given order",
    [A_("gram_schmidt", "vectors_up_to_scale", lambda: gs(V(1, 0, 1), V(1, 1, 0), V(0, 1, 1)))])
add("gram-schmidt v1 = (3,1), v2 = (2,2)", "indexed_vars", "Gram-Schmidt on v1=(3,1), v2=(2,2)",
    [A_("gram_schmidt", "vectors_up_to_scale", lambda: gs(V(3, 1), V(2, 2)))])
add("GS process karo in vectors pe: (1,2,2) aur (1,0,1)", "hinglish", "Gram-Schmidt on (1,2,2),(1,0,1)",
    [A_("gram_schmidt", "vectors_up_to_scale", lambda: gs(V(1, 2, 2), V(1, 0, 1)))])
add("orthonormal basis for the columns of\n1 0\n2 1\n0 1", "multiline",
    "Gram-Schmidt on the columns (1,2,0),(0,1,1) of the 3x2 matrix",
    [A_("gram_schmidt", "vectors_up_to_scale", lambda: gs(V(1, 2, 0), V(0, 1, 1)))])

# --- PCA
add("pca of points (1,2), (3,4), (5,5)", "plain", "first principal direction of the data rows (1,2),(3,4),(5,5) (covariance of centred data)",
    [A_("pca", "vectors_up_to_scale", lambda: pca1([[1, 2], [3, 4], [5, 5]]))])
add("x: 1, 3, -2, 0 | y: 2, 0, 1, -1 find first principal component", "layout",
    "first principal direction of the 4 points (1,2),(3,0),(-2,1),(0,-1)",
    [A_("pca", "vectors_up_to_scale", lambda: pca1([[1, 2], [3, 0], [-2, 1], [0, -1]]))])
add("p1=(1,0), p2=(2,2), p3=(4,1) do PCA", "layout", "first principal direction of points (1,0),(2,2),(4,1)",
    [A_("pca", "vectors_up_to_scale", lambda: pca1([[1, 0], [2, 2], [4, 1]]))])
add("rows are samples: [[2,0],[0,2],[4,4]] principal components", "layout",
    "first principal direction; data points (2,0),(0,2),(4,4) as rows",
    [A_("pca", "vectors_up_to_scale", lambda: pca1([[2, 0], [0, 2], [4, 4]]))])
add("PCA on covariance matrix [[2,1],[1,2]]", "plain", "first principal direction = top eigenvector of the covariance [[2,1],[1,2]]",
    [A_("pca", "vectors_up_to_scale", lambda: top_eigvec(M([[2, 1], [1, 2]])))])
add("explained variance ratio for data [[1,1],[2,2],[3,1],[4,3]]", "plain",
    "explained-variance ratios (largest first) of the data rows (1,1),(2,2),(3,1),(4,3)",
    [A_("pca", "list", lambda: explained_ratios([[1, 1], [2, 2], [3, 1], [4, 3]]))])
add("X = np.array([[1, 2],\n              [2, 3],\n              [3, 5]])\nfirst principal component?", "numpy",
    "first principal direction of the rows (1,2),(2,3),(3,5)",
    [A_("pca", "vectors_up_to_scale", lambda: pca1([[1, 2], [2, 3], [3, 5]]))])
add("pca of 3d data (2,0,1), (-2,0,-1), (0,1,0), (0,-1,0)", "plain",
    "first principal direction of four 3-D points (rows)",
    [A_("pca", "vectors_up_to_scale", lambda: pca1([[2, 0, 1], [-2, 0, -1], [0, 1, 0], [0, -1, 0]]))])
add("project the data (1,1), (2,2), (3,3) onto its first principal component", "plain",
    "coordinates (scores) of the centred data on the unit first principal direction (1,1)/sqrt(2); sign of the direction is arbitrary",
    [A_("pca", "matrix", lambda: pca_scores([[1, 1], [2, 2], [3, 3]]))],
    note="scores are up to a global sign")
add("in points ka PCA karo: (2,1), (3,3), (4,2), (5,6)", "hinglish",
    "first principal direction of the points (2,1),(3,3),(4,2),(5,6)",
    [A_("pca", "vectors_up_to_scale", lambda: pca1([[2, 1], [3, 3], [4, 2], [5, 6]]))])
add("data matrix (each row one sample)\n1 0\n3 2\n5 4\nwhat is PC1", "multiline",
    "first principal direction of rows (1,0),(3,2),(5,4)",
    [A_("pca", "vectors_up_to_scale", lambda: pca1([[1, 0], [3, 2], [5, 4]]))])
add("principal component of cov [[5, 2], [2, 2]] pls", "whatsapp", "top eigenvector of covariance [[5,2],[2,2]]",
    [A_("pca", "vectors_up_to_scale", lambda: top_eigvec(M([[5, 2], [2, 2]])))])
add("array([[ 1. ,  2. ],\n       [ 3. ,  3. ],\n       [ 5. ,  7. ]])\nthis is my data, give me the PCA direction", "numpy",
    "first principal direction of rows (1,2),(3,3),(5,7)",
    [A_("pca", "vectors_up_to_scale", lambda: pca1([[1, 2], [3, 3], [5, 7]]))])
add("how much variance does each PC explain? data: (0,0), (2,0), (0,2), (2,2), (1,5)", "plain",
    "explained-variance ratios (largest first) of the five points",
    [A_("pca", "list", lambda: explained_ratios([[0, 0], [2, 0], [0, 2], [2, 2], [1, 5]]))])

# --- mean / variance / covariance
add("mean of 2, 4, 4, 4, 5, 5, 7, 9", "plain", "arithmetic mean",
    [A_("mean", "number", lambda: mean([2, 4, 4, 4, 5, 5, 7, 9]))])
add("mean vector of (1,2), (3,4), (5,0)", "plain", "mean of the three 2-D points",
    [A_("mean", "vector", lambda: mean_vec([[1, 2], [3, 4], [5, 0]]))])
add("avg of 1.5, 2.5, 3", "whatsapp", "mean of 3/2, 5/2, 3",
    [A_("mean", "number", lambda: mean([R(3, 2), R(5, 2), 3]))])
add("variance of 2, 4, 4, 4, 5, 5, 7, 9", "plain", "population variance (÷N)",
    [A_("variance", "number", lambda: var([2, 4, 4, 4, 5, 5, 7, 9]))])
add("sample variance of 1, 2, 3, 4", "plain", "sample variance (÷(N-1))",
    [A_("variance", "number", lambda: var([1, 2, 3, 4], sample=True))])
add("std dev of 2,4,4,4,5,5,7,9", "whatsapp", "population standard deviation (÷N)",
    [A_("variance", "number", lambda: sqrt(var([2, 4, 4, 4, 5, 5, 7, 9])))])
add("variance of [1, 3, 5, 7] (divide by n-1)", "plain", "sample variance (÷(N-1))",
    [A_("variance", "number", lambda: var([1, 3, 5, 7], sample=True))])
add("in numbers ka variance nikalo 10 12 14", "hinglish", "population variance (÷N) of 10, 12, 14",
    [A_("variance", "number", lambda: var([10, 12, 14]))])
add("sample standard deviation of 3, 5, 7", "plain", "sample standard deviation (÷(N-1))",
    [A_("variance", "number", lambda: sqrt(var([3, 5, 7], sample=True)))])
add("σ² for 1, 1, 2, 4", "superscript_unicode", "population variance σ² (÷N) of 1,1,2,4",
    [A_("variance", "number", lambda: var([1, 1, 2, 4]))])
add("covariance matrix of (1,2),(2,4),(3,5)", "plain", "population covariance matrix (÷N) of the rows",
    [A_("covariance", "matrix", lambda: cov([[1, 2], [2, 4], [3, 5]]))])
add("cov matrix, rows are samples [[1,0],[0,1],[1,1],[2,2]]", "layout", "population covariance matrix (÷N), rows are samples",
    [A_("covariance", "matrix", lambda: cov([[1, 0], [0, 1], [1, 1], [2, 2]]))])
add("sample covariance matrix x: 1,2,3 | y: 1,3,2", "layout", "sample covariance (÷(N-1)) of points (1,1),(2,3),(3,2)",
    [A_("covariance", "matrix", lambda: cov([[1, 1], [2, 3], [3, 2]], sample=True))])
add("covariance of x and y: x = 1,2,3,4 y = 2,4,5,9", "plain", "population covariance (÷N) cov(x, y), a number",
    [A_("covariance", "number", lambda: covxy([1, 2, 3, 4], [2, 4, 5, 9]))])
add("covariance matrix for these samples\n(0, 1, 2)\n(2, 1, 0)\n(1, 1, 1)", "multiline",
    "population covariance matrix (÷N) of three 3-D samples",
    [A_("covariance", "matrix", lambda: cov([[0, 1, 2], [2, 1, 0], [1, 1, 1]]))])
add("mean of the columns of array([[1, 4],\n       [3, 8]])", "numpy", "column means of [[1,4],[3,8]] (rows are samples)",
    [A_("mean", "vector", lambda: mean_vec([[1, 4], [3, 8]]))])

# --- several tasks in one message (linear algebra)
add("det and inverse of [[1,2],[3,4]]", "multi_task", "determinant, then inverse, of [[1,2],[3,4]]",
    [A_("det", "number", lambda: M([[1, 2], [3, 4]]).det()),
     A_("inverse", "matrix", lambda: M([[1, 2], [3, 4]]).inv())])
add("find rank and nullspace of [[1,2],[2,4]]", "multi_task", "rank, then null space, of [[1,2],[2,4]]",
    [A_("rank", "number", lambda: M([[1, 2], [2, 4]]).rank()),
     A_("nullspace", "vectors_up_to_scale", lambda: M([[1, 2], [2, 4]]).nullspace())])
add("eigenvalues and eigenvectors of [[1,2],[2,1]]", "multi_task", "eigenvalues, then eigenvectors, of [[1,2],[2,1]]",
    [A_("eigenvalues", "multiset", lambda: eigvals(M([[1, 2], [2, 1]]))),
     A_("eigenvectors", "vectors_up_to_scale", lambda: eigvecs(M([[1, 2], [2, 1]])))])
add("transpose and determinant of [[2,5],[1,3]]", "multi_task", "transpose, then determinant",
    [A_("transpose", "matrix", lambda: M([[2, 5], [1, 3]]).T),
     A_("det", "number", lambda: M([[2, 5], [1, 3]]).det())])
add("mean and variance of 3, 7, 8", "multi_task", "mean, then population variance (÷N)",
    [A_("mean", "number", lambda: mean([3, 7, 8])),
     A_("variance", "number", lambda: var([3, 7, 8]))])
add("det, inverse and transpose of [[1,1],[1,2]]", "multi_task", "determinant, inverse, transpose of [[1,1],[1,2]]",
    [A_("det", "number", lambda: M([[1, 1], [1, 2]]).det()),
     A_("inverse", "matrix", lambda: M([[1, 1], [1, 2]]).inv()),
     A_("transpose", "matrix", lambda: M([[1, 1], [1, 2]]).T)])
add("norms of u and v and the angle between them: u = (1,0), v = (1,1)", "multi_task",
    "||u||, ||v||, then the angle between u and v (radians)",
    [A_("norm", "number", lambda: V(1, 0).norm()),
     A_("norm", "number", lambda: V(1, 1).norm()),
     A_("angle", "number", lambda: angle(V(1, 0), V(1, 1)))])
add("is matrix ka det aur inverse dono batao [[3,1],[2,1]]", "hinglish", "determinant and inverse of [[3,1],[2,1]]",
    [A_("det", "number", lambda: M([[3, 1], [2, 1]]).det()),
     A_("inverse", "matrix", lambda: M([[3, 1], [2, 1]]).inv())])
add("dot and cross product of (1,1,0) and (0,1,1)", "multi_task", "dot product, then cross product",
    [A_("dot", "number", lambda: V(1, 1, 0).dot(V(0, 1, 1))),
     A_("cross", "vector", lambda: cross(V(1, 1, 0), V(0, 1, 1)))])
add("For A = [[2,0],[0,5]]:\n(a) det A\n(b) A^-1\n(c) eigenvalues", "multi_task", "det, inverse, eigenvalues of diag(2,5)",
    [A_("det", "number", lambda: M([[2, 0], [0, 5]]).det()),
     A_("inverse", "matrix", lambda: M([[2, 0], [0, 5]]).inv()),
     A_("eigenvalues", "multiset", lambda: eigvals(M([[2, 0], [0, 5]])))])
add("covariance matrix and first principal component of (1,1), (2,3), (3,2)", "multi_task",
    "population covariance matrix (÷N), then first principal direction",
    [A_("covariance", "matrix", lambda: cov([[1, 1], [2, 3], [3, 2]])),
     A_("pca", "vectors_up_to_scale", lambda: pca1([[1, 1], [2, 3], [3, 2]]))])
add("A = [[1,2],[0,1]]\nB = [[3,0],[1,1]]\nfind AB and BA", "multi_task", "product A·B, then B·A",
    [A_("multiply", "matrix", lambda: M([[1, 2], [0, 1]]) * M([[3, 0], [1, 1]])),
     A_("multiply", "matrix", lambda: M([[3, 0], [1, 1]]) * M([[1, 2], [0, 1]]))])
add("rref and rank of [[1,2,3],[4,5,6],[7,8,9]] plz", "multi_task", "rref, then rank",
    [A_("rref", "matrix", lambda: M([[1, 2, 3], [4, 5, 6], [7, 8, 9]]).rref()[0]),
     A_("rank", "number", lambda: M([[1, 2, 3], [4, 5, 6], [7, 8, 9]]).rank())])
add("projection of u=(1,2) onto v=(3,1) and the distance between u and v", "multi_task",
    "vector projection of u onto v, then ||u - v||",
    [A_("projection", "vector", lambda: proj(V(1, 2), V(3, 1))),
     A_("distance", "number", lambda: (V(1, 2) - V(3, 1)).norm())])

# --- more layouts / chat for linear algebra
add("det\n| 2 3 |\n| 1 4 |", "layout", "det of [[2,3],[1,4]] (bars on each line)",
    [A_("det", "number", lambda: M([[2, 3], [1, 4]]).det())])
add("matrix([[1, 2], [3, 4]]).inv()", "numpy", "inverse of [[1,2],[3,4]] (SymPy/NumPy-style call)",
    [A_("inverse", "matrix", lambda: M([[1, 2], [3, 4]]).inv())])
add("Matrix([[2, 1], [1, 1]]) eigenvals??", "numpy", "eigenvalues of [[2,1],[1,1]]",
    [A_("eigenvalues", "multiset", lambda: eigvals(M([[2, 1], [1, 1]])))])
add("sir plz tell det of {{1,3},{2,7}}", "layout", "det of [[1,3],[2,7]] (Mathematica braces)",
    [A_("det", "number", lambda: M([[1, 3], [2, 7]]).det())])
add("rank of 1,2,3;2,4,6;3,6,9", "layout", "rank of [[1,2,3],[2,4,6],[3,6,9]]",
    [A_("rank", "number", lambda: M([[1, 2, 3], [2, 4, 6], [3, 6, 9]]).rank())])
add("inverse of (4 7 | 2 6)", "layout", "inverse of [[4,7],[2,6]] (| separates rows)",
    [A_("inverse", "matrix", lambda: M([[4, 7], [2, 6]]).inv())], ambiguous=True,
    note="'|' read as row separator")
add("eigenvalues of [[2,-1],[-1,2]] 😅😅", "trailing_chat", "eigenvalues of [[2,-1],[-1,2]]",
    [A_("eigenvalues", "multiset", lambda: eigvals(M([[2, -1], [-1, 2]])))])
add("A=[[1,2],[3,4]], B=[[1,0],[0,2]]. AB - BA = ?", "multi_operand", "commutator AB - BA",
    [A_("matrix_expression", "matrix", lambda: M([[1, 2], [3, 4]]) * M([[1, 0], [0, 2]]) - M([[1, 0], [0, 2]]) * M([[1, 2], [3, 4]]))])
add("u = (1, 2)ᵀ, v = (3, -1)ᵀ, uᵀv?", "superscript_unicode", "uᵀv = dot product of u=(1,2) and v=(3,-1)",
    [A_("dot", "number", lambda: V(1, 2).dot(V(3, -1)))])
add("u vᵀ for u = (1, 2), v = (3, 4)", "superscript_unicode", "outer product u·vᵀ (2x2)",
    [A_("multiply", "matrix", lambda: V(1, 2) * V(3, 4).T)])
add("I need eigen values of this matrix 3 2 ; 2 0 asap", "whatsapp", "eigenvalues of [[3,2],[2,0]]",
    [A_("eigenvalues", "multiset", lambda: eigvals(M([[3, 2], [2, 0]])))])
add("detrminant 3x3 [[2,1,1],[1,2,1],[1,1,2]] ??", "whatsapp", "det of [[2,1,1],[1,2,1],[1,1,2]]",
    [A_("det", "number", lambda: M([[2, 1, 1], [1, 2, 1], [1, 1, 2]]).det())])
add("angle between vectors a and b where a = 3i + 4j, b = 4i + 3j", "letter_vars",
    "angle between (3,4) and (4,3), radians (i, j unit vectors)",
    [A_("angle", "number", lambda: angle(V(3, 4), V(4, 3)))])
add("det of [[x, 1], [1, x]]", "plain", "det of the symbolic [[x,1],[1,x]]",
    [A_("det", "expr", lambda: M([[x, 1], [1, x]]).det())])
add("eigenvalues of [[a, b], [b, a]]", "plain", "eigenvalues of the symbolic symmetric [[a,b],[b,a]]",
    [A_("eigenvalues", "multiset", lambda: eigvals(M([[a, b], [b, a]])))])
add("A = [[1,2],[3,4]]\nx = [1,1]\n||Ax|| = ?", "norms_distances", "norm of the product A·x = (3,7)",
    [A_("norm", "number", lambda: (M([[1, 2], [3, 4]]) * V(1, 1)).norm())])
add("unit eigenvector of [[2,0],[0,1]] for λ=2", "superscript_unicode", "eigenvector of diag(2,1) for eigenvalue 2",
    [A_("eigenvectors", "vectors_up_to_scale", lambda: (M([[2, 0], [0, 1]]) - 2 * sp.eye(2)).nullspace())])

# ======================= CALCULUS =======================
D = sp.diff
# --- derivatives
add("d/dx x squared plz", "words_dropped", "derivative of x^2 with respect to x",
    [A_("derivative", "expr", lambda: D(x ** 2, x))])
add("differentiate x cubed plus 2x", "words_dropped", "derivative of x^3 + 2x",
    [A_("derivative", "expr", lambda: D(x ** 3 + 2 * x, x))])
add("derivative of e to the x times sin x", "words_dropped", "derivative of e^x·sin(x)",
    [A_("derivative", "expr", lambda: D(exp(x) * sin(x), x))])
add("d/dx e^3x", "exp_ml", "derivative of e^(3x)",
    [A_("derivative", "expr", lambda: D(exp(3 * x), x))], ambiguous=True,
    note="e^3x read as e^(3x), the usual student meaning")
add("d/dx sigmoid 1/(1+e^-2x)", "exp_ml", "derivative of 1/(1 + e^(-2x))",
    [A_("derivative", "expr", lambda: D(1 / (1 + exp(-2 * x)), x))])
add("derivative of log(1+e^x)", "exp_ml", "derivative of ln(1 + e^x) (softplus)",
    [A_("derivative", "expr", lambda: D(log(1 + exp(x)), x))])
add("derivative of softplus(x)", "exp_ml", "derivative of softplus(x) = ln(1 + e^x)",
    [A_("derivative", "expr", lambda: D(log(1 + exp(x)), x))])
add("derivative of relu(x) at x = 2", "exp_ml", "derivative of max(0, x) at x = 2",
    [A_("derivative", "number", lambda: D(sp.Max(0, x), x).subs(x, 2))])
add("d/dx tanh(2x)", "exp_ml", "derivative of tanh(2x)",
    [A_("derivative", "expr", lambda: D(tanh(2 * x), x))])
add("derivative of exp(-x^2/2)", "exp_ml", "derivative of e^(-x^2/2)",
    [A_("derivative", "expr", lambda: D(exp(-x ** 2 / 2), x))])
add("derivative of sigmoid(x)", "exp_ml", "derivative of σ(x) = 1/(1 + e^(-x))",
    [A_("derivative", "expr", lambda: D(sig(x), x))])
add("d/dz σ(z)", "exp_ml", "derivative of the logistic sigmoid σ(z) = 1/(1+e^(-z)) in z",
    [A_("derivative", "expr", lambda: D(1 / (1 + exp(-z)), z))])
add("d/dx e^(x^2)", "exp_ml", "derivative of e^(x^2)",
    [A_("derivative", "expr", lambda: D(exp(x ** 2), x))])
add("derivative of x e^{-x}", "exp_ml", "derivative of x·e^(-x)",
    [A_("derivative", "expr", lambda: D(x * exp(-x), x))])
add("d/dx 3x^2 e^-x", "exp_ml", "derivative of 3x^2·e^(-x)",
    [A_("derivative", "expr", lambda: D(3 * x ** 2 * exp(-x), x))], ambiguous=True,
    note="e^-x read as e^(-x)")
add("derivative of tanh(x)^2 + relu(x) for x > 0", "exp_ml",
    "derivative of tanh(x)^2 + x (relu(x) = x for x > 0)",
    [A_("derivative", "expr", lambda: D(tanh(x) ** 2 + x, x))])
add("derivative of e^x/(1+e^x)", "exp_ml", "derivative of e^x/(1 + e^x)",
    [A_("derivative", "expr", lambda: D(exp(x) / (1 + exp(x)), x))])
add("d/dx exp(2x) * cos(x)", "exp_ml", "derivative of e^(2x)·cos(x)",
    [A_("derivative", "expr", lambda: D(exp(2 * x) * cos(x), x))])
add("3rd derivative of x³ eˣ", "superscript_unicode", "third derivative of x^3·e^x",
    [A_("higher_derivative", "expr", lambda: D(x ** 3 * exp(x), x, 3))])
add("d/dx x⁻¹", "superscript_unicode", "derivative of x^(-1)",
    [A_("derivative", "expr", lambda: D(1 / x, x))])
add("derivative of √x + ½x²", "superscript_unicode", "derivative of sqrt(x) + x^2/2",
    [A_("derivative", "expr", lambda: D(sqrt(x) + x ** 2 / 2, x))])
add("d/dx (x² − 3x + 2)", "superscript_unicode", "derivative of x^2 - 3x + 2 (Unicode minus)",
    [A_("derivative", "expr", lambda: D(x ** 2 - 3 * x + 2, x))])
add("derivative of ∛x", "superscript_unicode", "derivative of x^(1/3)",
    [A_("derivative", "expr", lambda: D(sp.cbrt(x), x))])
add("d/dx (x⁴ + x^½)", "superscript_unicode", "derivative of x^4 + x^(1/2)",
    [A_("derivative", "expr", lambda: D(x ** 4 + sqrt(x), x))])
add("x^2 sin x ka derivative batao", "hinglish", "derivative of x^2·sin(x)",
    [A_("derivative", "expr", lambda: D(x ** 2 * sin(x), x))])
add("diffrentiate sin(x)cos(x) pls", "whatsapp", "derivative of sin(x)·cos(x)",
    [A_("derivative", "expr", lambda: D(sin(x) * cos(x), x))])
add("What is the derivative of 5*q**3 - 2*q + 1?", "letter_vars", "derivative of 5q^3 - 2q + 1 with respect to q",
    [A_("derivative", "expr", lambda: D(5 * q ** 3 - 2 * q + 1, q))])
add("second derivative of 7*i**3 + 4*i - 9 wrt i", "letter_vars", "second derivative of 7i^3 + 4i - 9 with respect to the variable i",
    [A_("higher_derivative", "expr", lambda: D(7 * i_ ** 3 + 4 * i_ - 9, i_, 2))])
add("d/dl (l^2 + 3l)", "letter_vars", "derivative of l^2 + 3l with respect to l",
    [A_("derivative", "expr", lambda: D(l ** 2 + 3 * l, l))])
add("differentiate E = 1/2 m v^2 with respect to v", "letter_vars", "derivative of (1/2)·m·v^2 with respect to v (m constant)",
    [A_("derivative", "expr", lambda: D(R(1, 2) * m * v_ ** 2, v_))])
add("d/dj of 4j^3 - j", "letter_vars", "derivative of 4j^3 - j with respect to j",
    [A_("derivative", "expr", lambda: D(4 * j_ ** 3 - j_, j_))])
add("derivative of e^2 + 3e wrt e", "letter_vars", "derivative of e^2 + 3e with respect to the variable e",
    [A_("derivative", "expr", lambda: D(e_ ** 2 + 3 * e_, e_))])
add("diff E^3 - 2E with respect to E", "letter_vars", "derivative of E^3 - 2E with respect to the variable E",
    [A_("derivative", "expr", lambda: D(E_ ** 3 - 2 * E_, E_))])
add("d/dq (q*e^q)", "letter_vars", "derivative of q·e^q in q (e is Euler's number here)",
    [A_("derivative", "expr", lambda: D(q * exp(q), q))])
add("find dy/dt if y = t^2 + i t where i is just a constant", "letter_vars", "derivative of t^2 + i·t in t, i a real constant (not the imaginary unit)",
    [A_("derivative", "expr", lambda: D(t ** 2 + i_ * t, t))])
add("d/dx 1/2x", "juxtaposition", "derivative of 1/(2x) (reading taken: 1/(2x), not x/2)",
    [A_("derivative", "expr", lambda: D(1 / (2 * x), x))], ambiguous=True,
    note="genuinely ambiguous: x/2 gives 1/2")
add("d/dx (1/2)x^2", "juxtaposition", "derivative of (1/2)·x^2",
    [A_("derivative", "expr", lambda: D(R(1, 2) * x ** 2, x))])
add("derivative of 3/4x^2", "juxtaposition", "derivative of 3/(4x^2) (reading taken: denominator 4x^2)",
    [A_("derivative", "expr", lambda: D(R(3, 4) / x ** 2, x))], ambiguous=True,
    note="other reading (3/4)x^2 gives 3x/2")
add("d/dx 2x sin x", "juxtaposition", "derivative of 2x·sin(x)",
    [A_("derivative", "expr", lambda: D(2 * x * sin(x), x))])
add("derivative of sin x^2", "juxtaposition", "derivative of sin(x^2)",
    [A_("derivative", "expr", lambda: D(sin(x ** 2), x))], ambiguous=True,
    note="conventional reading sin(x^2); (sin x)^2 would give sin(2x)")
add("d/dx sin^2 x", "plain", "derivative of (sin x)^2",
    [A_("derivative", "expr", lambda: D(sin(x) ** 2, x))])
add("derivative of ln(x^2 + 1) ??", "trailing_chat", "derivative of ln(x^2 + 1)",
    [A_("derivative", "expr", lambda: D(log(x ** 2 + 1), x))])
add("d/dt (t^3 - 2t) = ?", "trailing_chat", "derivative of t^3 - 2t with respect to t",
    [A_("derivative", "expr", lambda: D(t ** 3 - 2 * t, t))])
add("differentiate 4x^3 - 3x^2 + 2x - 7 🙂", "trailing_chat", "derivative of 4x^3 - 3x^2 + 2x - 7",
    [A_("derivative", "expr", lambda: D(4 * x ** 3 - 3 * x ** 2 + 2 * x - 7, x))])
add("x^2 + 3x ka differentiation karo bhai", "hinglish", "derivative of x^2 + 3x",
    [A_("derivative", "expr", lambda: D(x ** 2 + 3 * x, x))])
add("dy/dx if y = tan(3x)", "plain", "derivative of tan(3x)",
    [A_("derivative", "expr", lambda: D(tan(3 * x), x))])
add(r"Find $\frac{d}{dx}\left( \frac{x^2}{x+1} \right)$", "latex", "derivative of x^2/(x + 1)",
    [A_("derivative", "expr", lambda: D(x ** 2 / (x + 1), x))])
add(r"$\frac{d}{dx} \sin(x) \cdot e^{x}$", "latex", "derivative of sin(x)·e^x",
    [A_("derivative", "expr", lambda: D(sin(x) * exp(x), x))])
add(r"Differentiate $f(x) = \sqrt{x^2 + 1}$", "latex", "derivative of sqrt(x^2 + 1)",
    [A_("derivative", "expr", lambda: D(sqrt(x ** 2 + 1), x))])
add(r"$\frac{d}{dx}\ln\left(\cos x\right)$ = ?", "latex", "derivative of ln(cos x)",
    [A_("derivative", "expr", lambda: D(log(cos(x)), x))])
add("derivative of x^x", "plain", "derivative of x^x",
    [A_("derivative", "expr", lambda: D(x ** x, x))])
add("Find the derivative of 2^x.", "plain", "derivative of 2^x",
    [A_("derivative", "expr", lambda: D(2 ** x, x))])
add("d/dx (x+1)(x-2)(x+3)", "multi_operand", "derivative of the product (x+1)(x-2)(x+3)",
    [A_("derivative", "expr", lambda: D((x + 1) * (x - 2) * (x + 3), x))])
add("derivative of cos(3x+1) at x=0", "plain", "derivative of cos(3x + 1) evaluated at x = 0",
    [A_("derivative", "number", lambda: D(cos(3 * x + 1), x).subs(x, 0))])
add("d/dx log base 2 of x", "words_dropped", "derivative of log_2(x)",
    [A_("derivative", "expr", lambda: D(log(x, 2), x))])
add("deriv of (x^2+1)^5", "whatsapp", "derivative of (x^2 + 1)^5",
    [A_("derivative", "expr", lambda: D((x ** 2 + 1) ** 5, x))])
add("find derivative\ny = x^3 - 6x^2 + 9x", "multiline", "derivative of x^3 - 6x^2 + 9x",
    [A_("derivative", "expr", lambda: D(x ** 3 - 6 * x ** 2 + 9 * x, x))])
add("what is the slope of y = x^3 - x at x = 2", "plain", "derivative of x^3 - x at x = 2",
    [A_("derivative", "number", lambda: D(x ** 3 - x, x).subs(x, 2))])
add("derivative of x to the power 5 minus 3 x", "words_dropped", "derivative of x^5 - 3x",
    [A_("derivative", "expr", lambda: D(x ** 5 - 3 * x, x))])
add("diff of x squared times e to the minus x", "words_dropped", "derivative of x^2·e^(-x)",
    [A_("derivative", "expr", lambda: D(x ** 2 * exp(-x), x))])
add("derivative of square root of (3x + 1)", "words_dropped", "derivative of sqrt(3x + 1)",
    [A_("derivative", "expr", lambda: D(sqrt(3 * x + 1), x))])
add("derivative of 1 over x cubed", "words_dropped", "derivative of 1/x^3",
    [A_("derivative", "expr", lambda: D(1 / x ** 3, x))])
add("derivative of sin inverse x", "words_dropped", "derivative of arcsin(x)",
    [A_("derivative", "expr", lambda: D(sp.asin(x), x))])
add("derivative of tan⁻¹(x)", "superscript_unicode", "derivative of arctan(x) (tan⁻¹ is the inverse function)",
    [A_("derivative", "expr", lambda: D(sp.atan(x), x))])
add("differentiate wrt x: y = sin(x)/x", "plain", "derivative of sin(x)/x",
    [A_("derivative", "expr", lambda: D(sin(x) / x, x))])
add("differentiate kar do na 5x^4 - 2/x", "hinglish", "derivative of 5x^4 - 2/x",
    [A_("derivative", "expr", lambda: D(5 * x ** 4 - 2 / x, x))])
add("derivative of 1/(1+exp(-(w*x+b))) with respect to w", "exp_ml", "partial derivative in w of σ(w x + b)",
    [A_("partial_derivative", "expr", lambda: D(1 / (1 + exp(-(w * x + b))), w))])

# --- partial derivatives
add("∂/∂x of x^2 y + y^3", "superscript_unicode", "partial derivative of x^2 y + y^3 with respect to x",
    [A_("partial_derivative", "expr", lambda: D(x ** 2 * y + y ** 3, x))])
add("partial derivative of x^2 y^3 wrt y", "plain", "∂/∂y of x^2 y^3",
    [A_("partial_derivative", "expr", lambda: D(x ** 2 * y ** 3, y))])
add("df/dy for f = x sin(y) + y^2", "plain", "∂f/∂y for f = x sin y + y^2",
    [A_("partial_derivative", "expr", lambda: D(x * sin(y) + y ** 2, y))])
add("partial of e^(xy) with respect to x", "exp_ml", "∂/∂x of e^(x y)",
    [A_("partial_derivative", "expr", lambda: D(exp(x * y), x))])
add("∂f/∂w1 for f = w1*x1 + w2*x2 + b", "indexed_vars", "∂/∂w1 of w1 x1 + w2 x2 + b",
    [A_("partial_derivative", "expr", lambda: D(w1 * x1 + w2 * x2 + b, w1))])
add("partial wrt theta1 of (theta0 + theta1 x - y)^2", "indexed_vars", "∂/∂theta1 of (theta0 + theta1·x - y)^2",
    [A_("partial_derivative", "expr", lambda: D((theta0 + theta1 * x - y) ** 2, theta1))])
add("f(x,y,z) = xyz + x^2 z, find f_z", "indexed_vars", "∂f/∂z for f = x y z + x^2 z (f_z is the partial in z)",
    [A_("partial_derivative", "expr", lambda: D(x * y * z + x ** 2 * z, z))])
add("∂²f/∂x∂y of x^3 y^2", "superscript_unicode", "mixed second partial ∂²/∂x∂y of x^3 y^2",
    [A_("partial_derivative", "expr", lambda: D(x ** 3 * y ** 2, x, y))])
add("x^2 y + sin y ka partial derivative y ke respect me", "hinglish", "∂/∂y of x^2 y + sin y",
    [A_("partial_derivative", "expr", lambda: D(x ** 2 * y + sin(y), y))])
add(r"$\frac{\partial}{\partial x} \left( x^2 + 3xy \right)$", "latex", "∂/∂x of x^2 + 3xy",
    [A_("partial_derivative", "expr", lambda: D(x ** 2 + 3 * x * y, x))])
add("partial derivative of x_1^2 x_2 + x_2^3 with respect to x_2", "indexed_vars", "∂/∂x2 of x1^2 x2 + x2^3",
    [A_("partial_derivative", "expr", lambda: D(x1 ** 2 * x2 + x2 ** 3, x2))])
add("∂/∂y (x·y² + eʸ)", "superscript_unicode", "∂/∂y of x y^2 + e^y",
    [A_("partial_derivative", "expr", lambda: D(x * y ** 2 + exp(y), y))])
add("partial derivative wrt b of (w*x + b - y)^2", "plain", "∂/∂b of (w x + b - y)^2",
    [A_("partial_derivative", "expr", lambda: D((w * x + b - y) ** 2, b))])
add("f_xx for f = x^3 y + x y^2", "indexed_vars", "second partial ∂²f/∂x² of x^3 y + x y^2",
    [A_("partial_derivative", "expr", lambda: D(x ** 3 * y + x * y ** 2, x, 2))])

# --- higher derivatives
add("second derivative of x^4 - 3x^2", "plain", "second derivative of x^4 - 3x^2",
    [A_("higher_derivative", "expr", lambda: D(x ** 4 - 3 * x ** 2, x, 2))])
add("d²y/dx² of sin(2x)", "superscript_unicode", "second derivative of sin(2x)",
    [A_("higher_derivative", "expr", lambda: D(sin(2 * x), x, 2))])
add("4th derivative of e^(2x)", "plain", "fourth derivative of e^(2x)",
    [A_("higher_derivative", "expr", lambda: D(exp(2 * x), x, 4))])
add("3rd derivative of ln x", "plain", "third derivative of ln(x)",
    [A_("higher_derivative", "expr", lambda: D(log(x), x, 3))])
add("f''(x) if f(x) = x ln x", "plain", "second derivative of x ln x",
    [A_("higher_derivative", "expr", lambda: D(x * log(x), x, 2))])
add("double derivative of tan x", "whatsapp", "second derivative of tan(x)",
    [A_("higher_derivative", "expr", lambda: D(tan(x), x, 2))])
add("d^3/dx^3 (x^5)", "plain", "third derivative of x^5",
    [A_("higher_derivative", "expr", lambda: D(x ** 5, x, 3))])
add("x^3 - 2x ka second derivative kya hoga", "hinglish", "second derivative of x^3 - 2x",
    [A_("higher_derivative", "expr", lambda: D(x ** 3 - 2 * x, x, 2))])
add("2nd derivative of sigmoid(x)", "exp_ml", "second derivative of 1/(1+e^(-x))",
    [A_("higher_derivative", "expr", lambda: D(sig(x), x, 2))])
add("f'''(t) for f(t) = t^4 e^t ??", "trailing_chat", "third derivative of t^4 e^t in t",
    [A_("higher_derivative", "expr", lambda: D(t ** 4 * exp(t), t, 3))])

# --- gradients
add("gradient of x^2 + y^2", "plain", "gradient of x^2 + y^2 in (x, y)",
    [A_("gradient", "vector", lambda: grad(x ** 2 + y ** 2, [x, y]))])
add("∇f for f = x^2 y + 3y at (1,2)", "superscript_unicode", "gradient of x^2 y + 3y at (x, y) = (1, 2)",
    [A_("gradient", "vector", lambda: grad(x ** 2 * y + 3 * y, [x, y], [1, 2]))])
add("grad of x*y*z at (1, 2, 3)", "plain", "gradient of x y z at (1, 2, 3)",
    [A_("gradient", "vector", lambda: grad(x * y * z, [x, y, z], [1, 2, 3]))])
add("gradient of 3x1² - x1x2 + 5x2²", "indexed_vars", "gradient of 3x1^2 - x1·x2 + 5x2^2 in (x1, x2)",
    [A_("gradient", "vector", lambda: grad(3 * x1 ** 2 - x1 * x2 + 5 * x2 ** 2, [x1, x2]))])
add("gradient of x_1^2 + 2 x_1 x_2 + 3 x_2^2 at x = (1, -1)", "indexed_vars", "gradient of x1^2 + 2x1x2 + 3x2^2 at (1, -1)",
    [A_("gradient", "vector", lambda: grad(x1 ** 2 + 2 * x1 * x2 + 3 * x2 ** 2, [x1, x2], [1, -1]))])
add("gradient of w1*x1 + w2*x2 w.r.t. w1, w2", "indexed_vars", "gradient in (w1, w2) of w1 x1 + w2 x2",
    [A_("gradient", "vector", lambda: grad(w1 * x1 + w2 * x2, [w1, w2]))])
add("grad f, f = e^(x+y) + sin(xy)", "exp_ml", "gradient of e^(x+y) + sin(x y) in (x, y)",
    [A_("gradient", "vector", lambda: grad(exp(x + y) + sin(x * y), [x, y]))])
add(r"$\nabla f$ where $f(x, y) = x^2 \cdot y + \frac{y}{x}$", "latex", "gradient of x^2 y + y/x in (x, y)",
    [A_("gradient", "vector", lambda: grad(x ** 2 * y + y / x, [x, y]))])
add("gradient of sin(x)cos(y) at (0,0)", "plain", "gradient of sin x cos y at (0, 0)",
    [A_("gradient", "vector", lambda: grad(sin(x) * cos(y), [x, y], [0, 0]))])
add("f = x^2 + xy + y^2 ka gradient point (1,1) pe", "hinglish", "gradient of x^2 + x y + y^2 at (1, 1)",
    [A_("gradient", "vector", lambda: grad(x ** 2 + x * y + y ** 2, [x, y], [1, 1]))])
add("gradient of theta0 + theta1 x wrt theta0 and theta1", "indexed_vars", "gradient in (theta0, theta1) of theta0 + theta1·x",
    [A_("gradient", "vector", lambda: grad(theta0 + theta1 * x, [theta0, theta1]))])
add("grad of f(x, y) = x^3 - 3xy^2 at (2,1) pls", "whatsapp", "gradient of x^3 - 3x y^2 at (2, 1)",
    [A_("gradient", "vector", lambda: grad(x ** 3 - 3 * x * y ** 2, [x, y], [2, 1]))])
add("gradient of ln(x^2 + y^2 + z^2)", "plain", "gradient of ln(x^2+y^2+z^2) in (x, y, z)",
    [A_("gradient", "vector", lambda: grad(log(x ** 2 + y ** 2 + z ** 2), [x, y, z]))])
add("gradient of f(x,y)=x²y+y³\nat the point (1, -1)", "multiline", "gradient of x^2 y + y^3 at (1, -1)",
    [A_("gradient", "vector", lambda: grad(x ** 2 * y + y ** 3, [x, y], [1, -1]))])
add("∇(x₁² + x₂² + x₃²)", "superscript_unicode", "gradient of x1^2 + x2^2 + x3^2 in (x1, x2, x3)",
    [A_("gradient", "vector", lambda: grad(x1 ** 2 + x2 ** 2 + x3 ** 2, [x1, x2, x3]))])

# --- jacobians
add("jacobian of (x^2 y, x + y)", "plain", "Jacobian of F(x, y) = (x^2 y, x + y)",
    [A_("jacobian", "matrix", lambda: jac([x ** 2 * y, x + y], [x, y]))])
add("Jacobian of u = x^2 - y^2, v = 2xy", "plain", "Jacobian of (u, v) = (x^2 - y^2, 2xy) with respect to (x, y)",
    [A_("jacobian", "matrix", lambda: jac([x ** 2 - y ** 2, 2 * x * y], [x, y]))])
add("jacobian of f(x,y,z) = (x+y+z, xyz)", "plain", "2x3 Jacobian of (x+y+z, xyz)",
    [A_("jacobian", "matrix", lambda: jac([x + y + z, x * y * z], [x, y, z]))])
add("jacobian of polar: x = r cos θ, y = r sin θ", "superscript_unicode", "Jacobian of (r cos θ, r sin θ) with respect to (r, θ)",
    [A_("jacobian", "matrix", lambda: jac([r * cos(theta), r * sin(theta)], [r, theta]))])
add("J for f1 = x1 + x2^2, f2 = x1 x2 at (1,2)", "indexed_vars", "Jacobian of (x1 + x2^2, x1 x2) at (x1, x2) = (1, 2)",
    [A_("jacobian", "matrix", lambda: jac([x1 + x2 ** 2, x1 * x2], [x1, x2], [1, 2]))])
add(r"Jacobian of $\begin{pmatrix} e^x \sin y \\ e^x \cos y \end{pmatrix}$", "latex", "Jacobian of (e^x sin y, e^x cos y) w.r.t. (x, y)",
    [A_("jacobian", "matrix", lambda: jac([exp(x) * sin(y), exp(x) * cos(y)], [x, y]))])
add("jacobian of (sin x, cos y) and its determinant", "multi_task", "Jacobian of (sin x, cos y), then its determinant",
    [A_("jacobian", "matrix", lambda: jac([sin(x), cos(y)], [x, y])),
     A_("det", "expr", lambda: jac([sin(x), cos(y)], [x, y]).det())])
add("jacobian matrix f = [x*y, y*z, z*x] pls", "whatsapp", "Jacobian of (x y, y z, z x) w.r.t. (x, y, z)",
    [A_("jacobian", "matrix", lambda: jac([x * y, y * z, z * x], [x, y, z]))])
add("u = x + 2y, v = 3x - y ka jacobian", "hinglish", "Jacobian of (x + 2y, 3x - y)",
    [A_("jacobian", "matrix", lambda: jac([x + 2 * y, 3 * x - y], [x, y]))])
add("jacobian of f(x, y) = x^2 + y^3 (row vector)", "plain", "Jacobian (1x2 row) of the scalar x^2 + y^3",
    [A_("jacobian", "matrix", lambda: jac([x ** 2 + y ** 3], [x, y]))])

# --- hessians
add("hessian of 3x1² - x1x2 + 5x2²", "indexed_vars", "Hessian of 3x1^2 - x1 x2 + 5x2^2 in (x1, x2)",
    [A_("hessian", "matrix", lambda: hess(3 * x1 ** 2 - x1 * x2 + 5 * x2 ** 2, [x1, x2]))])
add("hessian of x^3 + y^3 - 3xy", "plain", "Hessian of x^3 + y^3 - 3xy",
    [A_("hessian", "matrix", lambda: hess(x ** 3 + y ** 3 - 3 * x * y, [x, y]))])
add("Hessian of x^2 y + y z^2", "plain", "3x3 Hessian of x^2 y + y z^2 in (x, y, z)",
    [A_("hessian", "matrix", lambda: hess(x ** 2 * y + y * z ** 2, [x, y, z]))])
add("hessian of f = x^4 + y^2 at (1, 0)", "plain", "Hessian of x^4 + y^2 at (1, 0)",
    [A_("hessian", "matrix", lambda: hess(x ** 4 + y ** 2, [x, y], [1, 0]))])
add("hessian of theta0^2 + theta0 theta1 + 2 theta1^2", "indexed_vars", "Hessian in (theta0, theta1)",
    [A_("hessian", "matrix", lambda: hess(theta0 ** 2 + theta0 * theta1 + 2 * theta1 ** 2, [theta0, theta1]))])
add("hessian of e^(x y)", "exp_ml", "Hessian of e^(x y)",
    [A_("hessian", "matrix", lambda: hess(exp(x * y), [x, y]))])
add("hessian matrix for x₁² + x₁x₂ + x₂²", "superscript_unicode", "Hessian of x1^2 + x1 x2 + x2^2",
    [A_("hessian", "matrix", lambda: hess(x1 ** 2 + x1 * x2 + x2 ** 2, [x1, x2]))])
add("hessian nikalo: x^2 + 4xy + y^2", "hinglish", "Hessian of x^2 + 4xy + y^2",
    [A_("hessian", "matrix", lambda: hess(x ** 2 + 4 * x * y + y ** 2, [x, y]))])
add(r"$\nabla^2 f$ (the Hessian) for $f = \sin(x) \cos(y)$", "latex", "Hessian of sin x cos y",
    [A_("hessian", "matrix", lambda: hess(sin(x) * cos(y), [x, y]))])
add("hessain of x^2y^2 plz", "whatsapp", "Hessian of x^2 y^2",
    [A_("hessian", "matrix", lambda: hess(x ** 2 * y ** 2, [x, y]))])
add("hessian of w1^2 + 3 w1 w2 + w2^2 + w1", "indexed_vars", "Hessian in (w1, w2)",
    [A_("hessian", "matrix", lambda: hess(w1 ** 2 + 3 * w1 * w2 + w2 ** 2 + w1, [w1, w2]))])

# --- taylor
add("taylor series of cos x till the x^4 term", "scope_words", "Maclaurin polynomial of cos x through the x^4 term",
    [A_("taylor", "expr", lambda: taylor(cos(x), x, 0, 4))])
add("taylor series of e^x upto x^3", "scope_words", "Maclaurin polynomial of e^x through x^3",
    [A_("taylor", "expr", lambda: taylor(exp(x), x, 0, 3))])
add("maclaurin series of sin x up to order 5", "scope_words", "Maclaurin polynomial of sin x through x^5",
    [A_("taylor", "expr", lambda: taylor(sin(x), x, 0, 5))])
add("first three non-zero terms of the taylor series of ln(1+x)", "scope_words", "first three non-zero terms of the Maclaurin series of ln(1+x)",
    [A_("taylor", "expr", lambda: nonzero_terms(log(1 + x), x, 3))])
add("taylor polynomial of degree 2 of sqrt(x) about x = 1", "scope_words", "degree-2 Taylor polynomial of sqrt(x) about x = 1",
    [A_("taylor", "expr", lambda: taylor(sqrt(x), x, 1, 2))])
add("taylor series of 1/(1-x) upto x^4", "scope_words", "Maclaurin polynomial of 1/(1-x) through x^4",
    [A_("taylor", "expr", lambda: taylor(1 / (1 - x), x, 0, 4))])
add("expand e^(-x^2) upto x^4", "scope_words", "Maclaurin polynomial of e^(-x^2) through x^4",
    [A_("taylor", "expr", lambda: taylor(exp(-x ** 2), x, 0, 4))])
add("2nd order taylor of e^x about x = 2", "scope_words", "Taylor polynomial of e^x about 2 through (x-2)^2",
    [A_("taylor", "expr", lambda: taylor(exp(x), x, 2, 2))])
add("taylor series of sin(x) around pi upto 3rd order", "scope_words", "Taylor polynomial of sin x about π through (x-π)^3",
    [A_("taylor", "expr", lambda: taylor(sin(x), x, pi, 3))])
add("first 4 terms of maclaurin series of cos x", "scope_words", "first four non-zero terms of the Maclaurin series of cos x",
    [A_("taylor", "expr", lambda: nonzero_terms(cos(x), x, 4))], ambiguous=True,
    note="'first 4 terms' read as four non-zero terms (through x^6), not through x^3")
add("linearise f(x) = x^3 at x = 1", "plain", "first-order Taylor polynomial (linearisation) of x^3 at x = 1",
    [A_("taylor", "expr", lambda: taylor(x ** 3, x, 1, 1))])
add("sigmoid ka taylor series x=0 ke paas 3rd order tak", "hinglish", "Maclaurin polynomial of σ(x) = 1/(1+e^(-x)) through x^3",
    [A_("taylor", "expr", lambda: taylor(sig(x), x, 0, 3))])
add("2D taylor of e^x cos y about (0,0) to second order", "scope_words", "second-order Taylor polynomial of e^x cos y about (0, 0)",
    [A_("taylor", "expr", lambda: taylor2d(exp(x) * cos(y), [x, y], [0, 0], 2))])
add("taylor of tanh x upto x^5", "exp_ml", "Maclaurin polynomial of tanh x through x^5",
    [A_("taylor", "expr", lambda: taylor(tanh(x), x, 0, 5))])
add("taylor expansion of log(x) about x=1 up to (x-1)^3", "scope_words", "Taylor polynomial of ln x about 1 through (x-1)^3",
    [A_("taylor", "expr", lambda: taylor(log(x), x, 1, 3))])
add(r"Taylor series of $\frac{1}{1+x}$ about $x=0$ up to $x^3$", "latex", "Maclaurin polynomial of 1/(1+x) through x^3",
    [A_("taylor", "expr", lambda: taylor(1 / (1 + x), x, 0, 3))])
add("taylor series of exp(-x^2/2) till x^6", "exp_ml", "Maclaurin polynomial of e^(-x^2/2) through x^6",
    [A_("taylor", "expr", lambda: taylor(exp(-x ** 2 / 2), x, 0, 6))])
add("taylor series of softplus log(1+e^x) up to x^2", "exp_ml", "Maclaurin polynomial of ln(1+e^x) through x^2",
    [A_("taylor", "expr", lambda: taylor(log(1 + exp(x)), x, 0, 2))])
add("taylor series of cos(2x) up to order 4", "scope_words", "Maclaurin polynomial of cos(2x) through x^4",
    [A_("taylor", "expr", lambda: taylor(cos(2 * x), x, 0, 4))])
add("quadratic approximation of cos x near x = 0", "scope_words", "second-order Maclaurin polynomial of cos x",
    [A_("taylor", "expr", lambda: taylor(cos(x), x, 0, 2))])
add("taylr series sinx till x^7 pls", "whatsapp", "Maclaurin polynomial of sin x through x^7",
    [A_("taylor", "expr", lambda: taylor(sin(x), x, 0, 7))])
add("first two non zero terms of taylor series of x e^x about 0", "scope_words", "first two non-zero terms of the Maclaurin series of x e^x",
    [A_("taylor", "expr", lambda: nonzero_terms(x * exp(x), x, 2))])
add("taylor series of √(1+x) up to x²", "superscript_unicode", "Maclaurin polynomial of sqrt(1+x) through x^2",
    [A_("taylor", "expr", lambda: taylor(sqrt(1 + x), x, 0, 2))])
add("taylor polynomial of order 3 for x^4 + x about x = 1", "scope_words", "Taylor polynomial of x^4 + x about 1 through (x-1)^3",
    [A_("taylor", "expr", lambda: taylor(x ** 4 + x, x, 1, 3))])

# --- critical points
add("critical points of x^3 - 3x", "plain", "real critical points of x^3 - 3x",
    [A_("critical_points", "points", lambda: crit(x ** 3 - 3 * x, [x]))])
add("stationary points of x^2 + y^2 - 4x + 6y", "plain", "critical points of x^2 + y^2 - 4x + 6y",
    [A_("critical_points", "points", lambda: crit(x ** 2 + y ** 2 - 4 * x + 6 * y, [x, y]))])
add("critical points of x^3 + y^3 - 3xy", "plain", "real critical points of x^3 + y^3 - 3xy",
    [A_("critical_points", "points", lambda: crit(x ** 3 + y ** 3 - 3 * x * y, [x, y]))])
add("find where grad f = 0 for f = x^2 + xy + y^2 - 3x", "plain", "solve ∇f = 0 for f = x^2 + xy + y^2 - 3x",
    [A_("critical_points", "points", lambda: crit(x ** 2 + x * y + y ** 2 - 3 * x, [x, y]))])
add("critical pts of x^4 - 2x^2", "whatsapp", "real critical points of x^4 - 2x^2",
    [A_("critical_points", "points", lambda: crit(x ** 4 - 2 * x ** 2, [x]))])
add("stationary points of f(x,y) = xy - x^2 - y^2 + 3y ?", "trailing_chat", "critical points of x y - x^2 - y^2 + 3y",
    [A_("critical_points", "points", lambda: crit(x * y - x ** 2 - y ** 2 + 3 * y, [x, y]))])
add("x^3 - 6x^2 + 9x + 1 ke critical points", "hinglish", "real critical points of x^3 - 6x^2 + 9x + 1",
    [A_("critical_points", "points", lambda: crit(x ** 3 - 6 * x ** 2 + 9 * x + 1, [x]))])
add("critical points of x e^(-x)", "exp_ml", "critical points of x e^(-x)",
    [A_("critical_points", "points", lambda: crit(x * exp(-x), [x]))])

# --- chain rule
add("f = x^2 + y^2, x = cos t, y = sin t, find df/dt", "plain", "df/dt for f = x^2 + y^2 with x = cos t, y = sin t",
    [A_("chain_rule", "expr", lambda: chain(x ** 2 + y ** 2, {x: cos(t), y: sin(t)}, t))])
add("df/dt for f(x,y) = x y, x = t^2, y = e^t", "exp_ml", "df/dt for f = x y with x = t^2, y = e^t",
    [A_("chain_rule", "expr", lambda: chain(x * y, {x: t ** 2, y: exp(t)}, t))])
add("chain rule: f = x^2 y, x = 2t, y = t^3", "plain", "df/dt for f = x^2 y with x = 2t, y = t^3",
    [A_("chain_rule", "expr", lambda: chain(x ** 2 * y, {x: 2 * t, y: t ** 3}, t))])
add("f(x(t), y(t)) with f = sin(x) + y^2, x = t^2, y = 3t, find total derivative", "plain", "df/dt with x = t^2, y = 3t",
    [A_("chain_rule", "expr", lambda: chain(sin(x) + y ** 2, {x: t ** 2, y: 3 * t}, t))])
add(r"$f(x,y,z) = xyz$, $x = t$, $y = t^2$, $z = t^3$, find $\frac{df}{dt}$", "latex", "df/dt for f = x y z with x=t, y=t^2, z=t^3",
    [A_("chain_rule", "expr", lambda: chain(x * y * z, {x: t, y: t ** 2, z: t ** 3}, t))])
add("dz/dt at t=0 where z = e^(xy), x = t+1, y = t", "exp_ml", "dz/dt at t = 0 for z = e^(x y), x = t + 1, y = t",
    [A_("chain_rule", "number", lambda: chain(exp(x * y), {x: t + 1, y: t}, t, 0))])
add("f = x1^2 + x2, x1 = sin t, x2 = cos t. df/dt?", "indexed_vars", "df/dt for f = x1^2 + x2 with x1 = sin t, x2 = cos t",
    [A_("chain_rule", "expr", lambda: chain(x1 ** 2 + x2, {x1: sin(t), x2: cos(t)}, t))])
add("multivariate chain rule\nf(x, y) = x^2 - y\nx(t) = t + 1\ny(t) = t^2\nfind df/dt at t = 1", "multiline",
    "df/dt at t = 1 for f = x^2 - y with x = t + 1, y = t^2",
    [A_("chain_rule", "number", lambda: chain(x ** 2 - y, {x: t + 1, y: t ** 2}, t, 1))])
add("f = 1/(1+e^-z), z = w x + b, find df/dw", "exp_ml", "d/dw of σ(z) with z = w x + b (chain rule)",
    [A_("chain_rule", "expr", lambda: D(1 / (1 + exp(-(w * x + b))), w))])

# --- newton
add("newton's method for x^2 - 2 = 0 from x0 = 1, 3 iterations", "plain", "Newton-Raphson iterates x1, x2, x3 for x^2 - 2 from x0 = 1",
    [A_("newton", "list", lambda: newton(x ** 2 - 2, x, 1, 3))])
add("newton raphson x^3 - x - 1, x0 = 1, two steps", "plain", "Newton iterates x1, x2 for x^3 - x - 1 from 1",
    [A_("newton", "list", lambda: newton(x ** 3 - x - 1, x, 1, 2))])
add("use NR to find root of cos x - x starting at x0 = 0, 2 iterations", "plain", "Newton iterates x1, x2 for cos x - x from 0",
    [A_("newton", "list", lambda: newton(cos(x) - x, x, 0, 2))],
    note="x2 = (sin 1 + cos 1)/(1 + sin 1) ≈ 0.7504; compare numerically")
add("newton method f(x) = x^2 - 5, x_0 = 2, do 2 iterations", "indexed_vars", "Newton iterates x1, x2 for x^2 - 5 from x0 = 2",
    [A_("newton", "list", lambda: newton(x ** 2 - 5, x, 2, 2))])
add("x^3 - 2x - 5 ka root newton se nikalo x0=2, 2 iteration", "hinglish", "Newton iterates x1, x2 for x^3 - 2x - 5 from 2",
    [A_("newton", "list", lambda: newton(x ** 3 - 2 * x - 5, x, 2, 2))])
add("newton raphson on e^x - 3, start 1, 1 step", "exp_ml", "one Newton step for e^x - 3 from x0 = 1",
    [A_("newton", "list", lambda: newton(exp(x) - 3, x, 1, 1))])
add("3 iterations of newton for f(x)=x^2-x-1 with x₀=2", "superscript_unicode", "Newton iterates x1..x3 for x^2 - x - 1 from 2",
    [A_("newton", "list", lambda: newton(x ** 2 - x - 1, x, 2, 3))])

# --- gradient descent
add("gradient descent on f(x) = x^2, start x = 4, learning rate 0.1, 3 steps", "plain", "GD iterates after each of 3 steps, lr 1/10",
    [A_("gradient_descent", "list", lambda: gd(x ** 2, [x], [4], R(1, 10), 3))])
add("GD on f(x,y) = x^2 + 2y^2 from (1,1), lr = 0.25, 2 steps", "plain", "GD points after each of 2 steps, lr 1/4",
    [A_("gradient_descent", "list", lambda: gd(x ** 2 + 2 * y ** 2, [x, y], [1, 1], R(1, 4), 2))])
add("do 2 steps of gradient descent for (w - 3)^2 with w0 = 0 and alpha = 0.5", "indexed_vars", "GD on (w-3)^2 from w0 = 0, lr 1/2, 2 steps",
    [A_("gradient_descent", "list", lambda: gd((w - 3) ** 2, [w], [0], R(1, 2), 2))])
add("gradient descent f = x^2 + y^2 - 2x, start (0,0), η = 0.1, 2 iterations", "superscript_unicode", "GD with η = 1/10, 2 steps from (0,0)",
    [A_("gradient_descent", "list", lambda: gd(x ** 2 + y ** 2 - 2 * x, [x, y], [0, 0], R(1, 10), 2))])
add("gd 3 steps f(x)=(x-1)^2 x0=0 lr 0.25", "whatsapp", "GD on (x-1)^2 from 0, lr 1/4, 3 steps",
    [A_("gradient_descent", "list", lambda: gd((x - 1) ** 2, [x], [0], R(1, 4), 3))])
add("gradient descent\nf(x, y) = (x - 2)^2 + (y + 1)^2\nstart at (0, 0)\nstep size 0.5\n1 step", "multiline", "one GD step, lr 1/2",
    [A_("gradient_descent", "list", lambda: gd((x - 2) ** 2 + (y + 1) ** 2, [x, y], [0, 0], R(1, 2), 1))])
add("theta0 = 0, theta1 = 0, J = (theta0 + 2 theta1 - 4)^2, learning rate 0.05, one step of gradient descent", "indexed_vars",
    "one GD step on J from (theta0, theta1) = (0, 0), lr 1/20",
    [A_("gradient_descent", "list", lambda: gd((theta0 + 2 * theta1 - 4) ** 2, [theta0, theta1], [0, 0], R(1, 20), 1))])

# --- loss gradients
add("gradient of MSE loss L = (w x + b - y)^2 wrt w and b", "plain", "gradient of (w x + b - y)^2 in (w, b)",
    [A_("loss_gradient", "vector", lambda: grad((w * x + b - y) ** 2, [w, b]))])
add("loss L(w) = (1/2)(2w - 3)^2, dL/dw at w = 1", "plain", "dL/dw at w = 1 for L = (1/2)(2w - 3)^2",
    [A_("loss_gradient", "number", lambda: D(R(1, 2) * (2 * w - 3) ** 2, w).subs(w, 1))])
add("data (1,2), (2,3), (3,5), model y = m x + c, gradient of sum of squared errors wrt m and c at m=1, c=0", "plain",
    "gradient in (m, c) of Σ (m x_i + c - y_i)^2 at m = 1, c = 0",
    [A_("loss_gradient", "vector", lambda: grad(sum((m * xi + c - yi) ** 2 for xi, yi in [(1, 2), (2, 3), (3, 5)]), [m, c], [1, 0]))])
add("gradient of cross entropy -y log(σ(z)) - (1-y) log(1-σ(z)) wrt z", "exp_ml", "d/dz of binary cross-entropy with σ the logistic sigmoid (equals σ(z) - y)",
    [A_("loss_gradient", "expr", lambda: sp.simplify(D(-y * log(sig(z)) - (1 - y) * log(1 - sig(z)), z)))])
add("L(theta0, theta1) = (theta0 + theta1*2 - 5)^2, gradient at theta0 = 1, theta1 = 1", "indexed_vars",
    "gradient of (theta0 + 2 theta1 - 5)^2 at (1, 1)",
    [A_("loss_gradient", "vector", lambda: grad((theta0 + 2 * theta1 - 5) ** 2, [theta0, theta1], [1, 1]))])
add("MSE = 1/2 * ((w*1 - 1)^2 + (w*2 - 3)^2), find dMSE/dw", "plain", "derivative in w of (1/2)((w - 1)^2 + (2w - 3)^2)",
    [A_("loss_gradient", "expr", lambda: sp.expand(D(R(1, 2) * ((w - 1) ** 2 + (2 * w - 3) ** 2), w)))])
add("grad of loss (y - w1 x1 - w2 x2)^2 wrt w1 w2", "indexed_vars", "gradient in (w1, w2) of (y - w1 x1 - w2 x2)^2",
    [A_("loss_gradient", "vector", lambda: grad((y - w1 * x1 - w2 * x2) ** 2, [w1, w2]))])
add("loss = log(1 + e^(-y w x)), dloss/dw", "exp_ml", "d/dw of ln(1 + e^(-y w x))",
    [A_("loss_gradient", "expr", lambda: D(log(1 + exp(-y * w * x)), w))])

# --- several tasks in one message (calculus)
add("gradient and hessian of x^2 y + y^3", "multi_task", "gradient, then Hessian, of x^2 y + y^3",
    [A_("gradient", "vector", lambda: grad(x ** 2 * y + y ** 3, [x, y])),
     A_("hessian", "matrix", lambda: hess(x ** 2 * y + y ** 3, [x, y]))])
add("first and second derivative of x^3 e^x", "multi_task", "first derivative, then second derivative, of x^3 e^x",
    [A_("derivative", "expr", lambda: D(x ** 3 * exp(x), x)),
     A_("higher_derivative", "expr", lambda: D(x ** 3 * exp(x), x, 2))])
add("f = x^2 + 3xy: find f_x and f_y", "multi_task", "∂f/∂x, then ∂f/∂y",
    [A_("partial_derivative", "expr", lambda: D(x ** 2 + 3 * x * y, x)),
     A_("partial_derivative", "expr", lambda: D(x ** 2 + 3 * x * y, y))])
add("critical points and hessian of x^2 - y^2", "multi_task", "critical points, then Hessian, of x^2 - y^2",
    [A_("critical_points", "points", lambda: crit(x ** 2 - y ** 2, [x, y])),
     A_("hessian", "matrix", lambda: hess(x ** 2 - y ** 2, [x, y]))])
add("derivative aur second derivative dono of sin(3x)", "hinglish", "first and second derivative of sin(3x)",
    [A_("derivative", "expr", lambda: D(sin(3 * x), x)),
     A_("higher_derivative", "expr", lambda: D(sin(3 * x), x, 2))])
add("f(x, y) = e^x y\n1) gradient at (0, 2)\n2) hessian at (0, 2)", "multi_task", "gradient and Hessian of e^x·y at (0, 2)",
    [A_("gradient", "vector", lambda: grad(exp(x) * y, [x, y], [0, 2])),
     A_("hessian", "matrix", lambda: hess(exp(x) * y, [x, y], [0, 2]))], ambiguous=True,
    note="'e^x y' read as e^x·y (not e^(xy))")

# ======================= SHOULD NOT BE ANSWERED =======================
add("integrate x^2 from 0 to 1", "refuse", "definite integral: not a supported kind", expect="refuse")
add("limit of sin x / x as x -> 0", "refuse", "limit: not a supported kind", expect="refuse")
add("find the eigenvalues", "refuse", "incomplete: no matrix given", expect="refuse")
add("hi bhai kaise ho", "refuse", "greeting, no math", expect="refuse")
add("det of A", "refuse", "incomplete: A never given", expect="refuse")
add("solve the system plz", "refuse", "incomplete: no equations", expect="refuse")
add("∫ e^x dx", "refuse", "indefinite integral: not supported", expect="refuse")
add("what is the capital of France", "refuse", "not math", expect="refuse")
add("iska derivative kya hoga", "refuse", "incomplete: no function ('iska' = of this)", expect="refuse")
add("inverse of [[1,2],[3", "refuse", "truncated matrix", expect="refuse")
add("multiply [[1,2],[3,4]] and [[1,2,3]]", "refuse", "incompatible shapes (2x2 times 1x3)", expect="refuse")
add("prove that det(AB) = det(A)det(B)", "refuse", "a proof, not a computation", expect="refuse")
add("sum of 1/n^2 from n=1 to infinity", "refuse", "infinite series sum: not supported", expect="refuse")
add("laplace transform of t^2", "refuse", "Laplace transform: not supported", expect="refuse")
add("find the projection", "refuse", "incomplete: no vectors", expect="refuse")
add("inverse of [[1,2],[2,4]]", "refuse", "singular matrix (det 0): no inverse exists; the bot should say so, not give a matrix", expect="refuse")
add("gradient of f at (1,2)", "refuse", "incomplete: f never given", expect="refuse")
add("dot product of (1,2,3) and (4,5)", "refuse", "vectors of different lengths", expect="refuse")


# ---------------------------------------------------------------- build
def fmt(val):
    """str() of a SymPy result; lists/dicts element-wise so matrices stay on one line."""
    if isinstance(val, (list, tuple)):
        return "[" + ", ".join(fmt(v) for v in val) + "]"
    if isinstance(val, dict):
        return "{" + ", ".join(f"{fmt(k)}: {fmt(v)}" for k, v in val.items()) + "}"
    return str(val)


def run():
    out = []
    errors = []
    for k, ent in enumerate(ENTRIES, 1):
        item = dict(id=f"hv2-{k:03d}", text=ent["text"], **{"class": ent["cls"]},
                    restatement=ent["restatement"], expect=ent["expect"])
        if ent["ambiguous"]:
            item["ambiguous"] = True
        if ent["note"]:
            item["note"] = ent["note"]
        answers = []
        for task, typ, fn in ent["answers"]:
            try:
                val = fn()
            except Exception as exc:  # noqa: BLE001
                errors.append((item["id"], ent["text"], repr(exc)))
                continue
            answers.append(dict(task=task, type=typ, value=fmt(val)))
        item["answers"] = answers
        out.append(item)
    return out, errors


TASKS = {"det", "inverse", "transpose", "multiply", "add", "subtract", "rank", "rref", "nullspace",
         "eigenvalues", "eigenvectors", "solve_system", "dot", "norm", "angle", "projection",
         "gram_schmidt", "pca", "mean", "variance", "covariance", "derivative", "partial_derivative",
         "higher_derivative", "gradient", "jacobian", "hessian", "taylor", "critical_points",
         "chain_rule", "newton", "gradient_descent", "loss_gradient", "cross", "distance",
         "matrix_expression"}
TYPES = {"number", "expr", "matrix", "vector", "multiset", "list", "vectors_up_to_scale", "points"}
LA = {"det", "inverse", "transpose", "multiply", "add", "subtract", "rank", "rref", "nullspace",
      "eigenvalues", "eigenvectors", "solve_system", "dot", "norm", "angle", "projection",
      "gram_schmidt", "pca", "mean", "variance", "covariance", "cross", "distance", "matrix_expression"}


def validate(items, errors):
    ok = True
    if errors:
        ok = False
        for e_ in errors:
            print("COMPUTE ERROR", e_)
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    texts = [it["text"] for it in items]
    dup = [t_ for t_, n in collections.Counter(texts).items() if n > 1]
    if dup:
        ok = False
        print("DUPLICATE TEXTS", dup)
    for it in items:
        if not it["text"].strip():
            ok = False
            print("EMPTY TEXT", it["id"])
        if it["expect"] == "answer":
            if not it["answers"]:
                ok = False
                print("NO ANSWERS", it["id"])
            for an in it["answers"]:
                if not (an.get("task") and an.get("type") and an.get("value")):
                    ok = False
                    print("BAD ANSWER", it["id"], an)
                if an["task"] not in TASKS or an["type"] not in TYPES:
                    ok = False
                    print("UNKNOWN TASK/TYPE", it["id"], an)
        elif it["answers"]:
            ok = False
            print("REFUSE WITH ANSWERS", it["id"])
    return ok


def main():
    items, errors = run()
    ok = validate(items, errors)
    header = ("# MML Tutor held-out parse set v2 (issue 10). Written apart from the parser;\n"
              "# every value is str() of a SymPy computation in build_heldout.py.\n")
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(header)
        yaml.safe_dump(items, fh, allow_unicode=True, sort_keys=False, width=10_000)
    with open(OUT, encoding="utf-8") as fh:
        back = yaml.safe_load(fh)
    assert back == items, "YAML round-trip mismatch"
    print("entries:", len(items))
    print("per class:", dict(sorted(collections.Counter(it["class"] for it in items).items())))
    tc = collections.Counter(an["task"] for it in items for an in it["answers"])
    print("per task:", dict(sorted(tc.items())))
    la = sum(1 for it in items if it["answers"] and it["answers"][0]["task"] in LA)
    ca = sum(1 for it in items if it["answers"] and it["answers"][0]["task"] not in LA)
    print(f"linear algebra/PCA: {la}, calculus: {ca}, refuse: {sum(it['expect'] == 'refuse' for it in items)}")
    print("ambiguous:", [it["id"] for it in items if it.get("ambiguous")])
    if not ok or len(items) < 270:
        print("VALIDATION FAILED")
        sys.exit(1)
    print("VALID")


if __name__ == "__main__":
    main()
