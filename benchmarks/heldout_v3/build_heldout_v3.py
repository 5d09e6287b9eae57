#!/usr/bin/env python
"""Held-out test set v3 for the MML Tutor parser.

Written from the syllabus and issue 10 only, without reading the bot's code.
Every answer value is computed here with SymPy from a clean restatement
(the helper arguments); the restatement string is generated from the same
arguments.  Run:  python build_heldout_v3.py  -> parse_heldout_v3.yaml
"""
import os
import sympy as sp
import yaml
from sympy import Matrix, Rational as Q, Symbol
from sympy.parsing.sympy_parser import parse_expr, standard_transformations

NAMES = ("x y z t u v w q i j e E l k n s p c m r a b h theta sigma "
         "x1 x2 x3 w0 w1 w2 theta0 theta1 a1 a2 a3").split()
LD = {n: Symbol(n) for n in NAMES}


def P(s):
    """Parse a clean restatement expression (explicit *, exp(), log = ln)."""
    if not isinstance(s, str):
        return sp.sympify(s)
    return parse_expr(s, local_dict=dict(LD), transformations=standard_transformations)


def syms(names):
    return [LD[n] if n in LD else Symbol(n) for n in names.split()]


def col(v):
    return Matrix([P(c) if isinstance(c, str) else c for c in v])


def mat(m):
    return Matrix([[P(c) if isinstance(c, str) else c for c in row] for row in m])


def sstr(val):
    if isinstance(val, list):
        return '[' + ', '.join(sstr(v) for v in val) + ']'
    if isinstance(val, tuple):
        return '(' + ', '.join(sstr(v) for v in val) + (',)' if len(val) == 1 else ')')
    return str(val)


def ans(task, typ, val, r):
    return {'task': task, 'type': typ, 'value': sstr(val), '_r': r}


def _ftypes(e):
    return {type(f) for f in e.atoms(sp.Function)} | ({sp.pi} & e.atoms(sp.NumberSymbol))


def simp(e):
    """Simplify, but keep the student's functions (no cosh for sigmoid, no sin(x+pi/4))."""
    if isinstance(e, sp.MatrixBase):
        return e.applyfunc(simp)
    e = sp.sympify(e)
    s = sp.simplify(e)
    if _ftypes(s) <= _ftypes(e) and sp.count_ops(s) <= sp.count_ops(e):
        return s
    f = sp.factor_terms(e)
    return f if sp.count_ops(f) <= sp.count_ops(e) else e


def atstr(at):
    return ', '.join(f'{k}={v}' for k, v in at.items())


def subs_at(e, at):
    return e.subs({LD.get(k, Symbol(k)): P(v) for k, v in at.items()})


# ---------------------------------------------------------------- linear algebra
def det_(m):
    M = mat(m); assert M.rows == M.cols
    return ans('det', 'number', simp(M.det()), f'det({m})')


def inv_(m):
    M = mat(m); assert M.det() != 0
    return ans('inverse', 'matrix', M.inv(), f'inverse({m})')


def rank_(m):
    return ans('rank', 'number', mat(m).rank(), f'rank({m})')


def rref_(m):
    return ans('rref', 'matrix', mat(m).rref()[0], f'rref({m})')


def null_(m):
    ns = mat(m).nullspace(); assert len(ns) == 1, 'basis must be unique up to scale'
    return ans('nullspace', 'vectors_up_to_scale', ns, f'nullspace basis of {m}')


def eig_(m):
    ev = mat(m).eigenvals()
    lst = []
    for val, mult in sorted(ev.items(), key=lambda kv: sp.default_sort_key(kv[0])):
        lst += [val] * mult
    return ans('eigenvalues', 'multiset', lst, f'eigenvalues of {m}')


def eigv_(m):
    ev = mat(m).eigenvects(); assert all(len(b) == 1 for _, _, b in ev), 'eigenspaces must be 1-dim'
    vs = [v for _, _, basis in ev for v in basis]
    return ans('eigenvectors', 'vectors_up_to_scale', vs, f'eigenvectors of {m}')


def mul_(a, b, task='multiply'):
    A = mat(a)
    if isinstance(b[0], (list, tuple)):
        B = mat(b); typ = 'matrix'
    else:
        B = col(b); typ = 'vector'
    assert A.cols == B.rows
    return ans(task, typ, A * B, f'{a} * {b}')


def add_(a, b, sub=False):
    A, B = mat(a), mat(b); assert A.shape == B.shape
    return ans('subtract' if sub else 'add', 'matrix', A - B if sub else A + B,
               f'{a} {"-" if sub else "+"} {b}')


def vadd_(vs, task='add'):
    C = [col(v) for v in vs]
    s = C[0]
    for c in C[1:]:
        assert c.shape == s.shape
        s = s + c
    return ans(task, 'vector', s, ' + '.join(str(v) for v in vs))


def mx_(r, f, typ=None, **kw):
    """Matrix expression; kw values: nested list -> Matrix, flat list -> column."""
    env = {}
    for k, v in kw.items():
        env[k] = mat(v) if isinstance(v[0], (list, tuple)) else col(v)
    val = f(**env)
    if typ is None:
        if isinstance(val, sp.MatrixBase):
            typ = 'vector' if val.cols == 1 and val.rows > 1 else 'matrix'
        else:
            typ = 'number'
    if typ == 'number' and isinstance(val, sp.MatrixBase):
        assert val.shape == (1, 1); val = val[0]
    return ans('matrix_expression', typ, val, r + ' with ' + ', '.join(f'{k}={v}' for k, v in kw.items()))


def transpose_(m):
    return ans('transpose', 'matrix', mat(m).T, f'transpose({m})')


def dot_(u, v):
    U, V = col(u), col(v); assert U.shape == V.shape
    return ans('dot', 'number', simp(U.dot(V)), f'dot({u}, {v})')


def cross_(u, v):
    U, V = col(u), col(v); assert U.rows == 3 and V.rows == 3
    return ans('cross', 'vector', U.cross(V), f'cross({u}, {v})')


def norm_(u, ord=2, squared=False, G=None):
    U = col(u)
    if G is not None:
        val = sp.sqrt((U.T * mat(G) * U)[0]); r = f'norm of {u} under <x,y> = x^T {G} y'
    elif ord == 2:
        val = U.norm(); r = f'2-norm of {u}'
    elif ord == 1:
        val = sum(abs(c) for c in U); r = f'1-norm of {u}'
    else:
        val = max(abs(c) for c in U); r = f'inf-norm of {u}'
    if squared:
        val = val ** 2; r = 'squared ' + r
    return ans('norm', 'number', simp(val), r)


def normexpr_(r, f, **kw):
    env = {k: col(v) for k, v in kw.items()}
    return ans('norm', 'number', simp(f(**env).norm()),
               f'2-norm of {r} with ' + ', '.join(f'{k}={v}' for k, v in kw.items()))


def dist_(u, v):
    U, V = col(u), col(v); assert U.shape == V.shape
    return ans('distance', 'number', simp((U - V).norm()), f'euclidean distance({u}, {v})')


def angle_(u, v):
    U, V = col(u), col(v)
    c = simp(U.dot(V) / (U.norm() * V.norm()))
    return ans('angle', 'number', sp.acos(c), f'angle({u}, {v}) in radians')


def proj_(v, u):
    U, V = col(u), col(v)
    return ans('projection', 'vector', (V.dot(U) / U.dot(U)) * U, f'projection of {v} onto line of {u}')


def projspan_(v, basis):
    B = Matrix.hstack(*[col(b) for b in basis]); V = col(v)
    Pm = B * (B.T * B).inv() * B.T
    return ans('projection', 'vector', simp(Pm * V), f'orthogonal projection of {v} onto span{basis}')


def gs_(vs, orthonormal=True):
    out = sp.GramSchmidt([col(v) for v in vs], orthonormal)
    return ans('gram_schmidt', 'list', [simp(o) for o in out],
               f'Gram-Schmidt ({"orthonormal" if orthonormal else "orthogonal"}) of {vs} in order')


def solve_(eqs, names):
    X = syms(names)
    E = []
    for e in eqs:
        lhs, rhs = e.split('=')
        E.append(P(lhs) - P(rhs))
    sol = sp.linsolve(E, X)
    assert len(sol) == 1
    s = list(sol)[0]
    assert not any(c.free_symbols for c in s)
    return ans('solve_system', 'vector', Matrix(s), f'solve {eqs} for ({", ".join(names.split())})')


def solve_aug_(aug):
    M = mat(aug); A, b = M[:, :-1], M[:, -1]
    assert A.det() != 0
    return ans('solve_system', 'vector', A.inv() * b, f'solve A x = b, augmented {aug}')


# ---------------------------------------------------------------- calculus
def d_(f, var='x', at=None, task='derivative'):
    x = LD[var]; d = sp.diff(P(f), x)
    if at is not None:
        return ans(task, 'number', simp(d.subs(x, P(at))), f'd/d{var} ({f}) at {var}={at}')
    return ans(task, 'expr', simp(d), f'd/d{var} ({f})')


def hd_(f, n, var='x', at=None):
    x = LD[var]; d = sp.diff(P(f), x, n)
    if at is not None:
        return ans('higher_derivative', 'number', simp(d.subs(x, P(at))), f'd^{n}/d{var}^{n} ({f}) at {var}={at}')
    return ans('higher_derivative', 'expr', simp(d), f'd^{n}/d{var}^{n} ({f})')


def pd_(f, wrt, at=None):
    """wrt: space separated, differentiate in that order (mixed partials)."""
    d = P(f)
    for w in wrt.split():
        d = sp.diff(d, LD[w])
    r = f'partial of ({f}) wrt {wrt}'
    if at is not None:
        return ans('partial_derivative', 'number', simp(subs_at(d, at)), r + f' at {atstr(at)}')
    return ans('partial_derivative', 'expr', simp(d), r)


def grad_(f, names, at=None):
    X = syms(names); g = Matrix([sp.diff(P(f), x) for x in X])
    r = f'gradient of ({f}) wrt ({", ".join(names.split())})'
    if at is not None:
        return ans('gradient', 'vector', simp(subs_at(g, at)), r + f' at {atstr(at)}')
    return ans('gradient', 'vector', simp(g), r)


def jac_(fs, names, at=None):
    X = syms(names); J = Matrix([P(f) for f in fs]).jacobian(X)
    r = f'jacobian of {fs} wrt ({", ".join(names.split())})'
    if at is not None:
        return ans('jacobian', 'matrix', simp(subs_at(J, at)), r + f' at {atstr(at)}')
    return ans('jacobian', 'matrix', simp(J), r)


def hess_(f, names, at=None):
    X = syms(names); H = sp.hessian(P(f), X)
    r = f'hessian of ({f}) wrt ({", ".join(names.split())})'
    if at is not None:
        return ans('hessian', 'matrix', simp(subs_at(H, at)), r + f' at {atstr(at)}')
    return ans('hessian', 'matrix', simp(H), r)


def chain_(z, inner, t='t', at=None):
    T = LD[t]
    zt = P(z).subs({LD[k]: P(v) for k, v in inner.items()})
    d = sp.diff(zt, T)
    r = f'dz/d{t} for z = {z} with ' + ', '.join(f'{k} = {v}' for k, v in inner.items())
    if at is not None:
        return ans('chain_rule', 'number', d.subs(T, P(at)), r + f' at {t}={at}')
    return ans('chain_rule', 'expr', simp(d), r)


def taylor_(f, n, var='x', x0=0):
    x = LD[var]
    s = sp.series(P(f), x, P(x0), n + 1).removeO()
    return ans('taylor', 'expr', s, f'Taylor polynomial of {f} about {var}={x0}, terms up to degree {n}')


def taylor_nz_(f, k, var='x'):
    x = LD[var]
    n = k
    while True:
        s = sp.series(P(f), x, 0, n).removeO()
        terms = sp.Add.make_args(sp.expand(s))
        if len(terms) >= k + 1 or n > 40:
            # take the k lowest-degree non-zero terms
            terms = sorted(terms, key=lambda tt: sp.degree(tt, x))
            if len(terms) > k:
                break
        n += 1
    terms = sorted(sp.Add.make_args(sp.expand(sp.series(P(f), x, 0, n).removeO())),
                   key=lambda tt: sp.degree(tt, x))[:k]
    return ans('taylor', 'expr', sp.Add(*terms), f'first {k} non-zero terms of Maclaurin series of {f}')


def crit_(f, names):
    X = syms(names); F = P(f)
    sols = sp.solve([sp.diff(F, x) for x in X], X, dict=True)
    order = sorted(X, key=lambda s: s.name)
    pts = []
    for s in sols:
        vals = tuple(simp(s[x]) for x in order)
        if all(v.is_real for v in vals):
            pts.append(vals)
    pts.sort(key=sp.default_sort_key)
    return ans('critical_points', 'points', pts,
               f'critical points of ({f}), coordinates ({", ".join(o.name for o in order)})')


def newton_(f, x0, steps, var='x'):
    x = LD[var]; F = P(f); dF = sp.diff(F, x)
    xs = []; cur = P(x0)
    for _ in range(steps):
        cur = simp(cur - F.subs(x, cur) / dF.subs(x, cur)); xs.append(cur)
    return ans('newton', 'list', xs, f'Newton-Raphson on {f}=0 from {var}0={x0}, iterates 1..{steps}')


def gd_(f, names, x0, lr, steps):
    X = syms(names); F = P(f)
    g = [sp.diff(F, x) for x in X]
    cur = [P(c) for c in x0]; lr_ = P(lr); out = []
    for _ in range(steps):
        sub = dict(zip(X, cur))
        cur = [simp(c - lr_ * gi.subs(sub)) for c, gi in zip(cur, g)]
        out.append(cur[0] if len(X) == 1 else Matrix(cur))
    return ans('gradient_descent', 'list', out,
               f'gradient descent on {f} from ({", ".join(map(str, x0))}), lr={lr}, iterates 1..{steps}')


def lossgrad_(xs, ys, model, params, at, scale='1/n'):
    Ps = syms(params); x = Symbol('xx')
    mdl = P(model).subs(LD['x'], x)
    n = len(xs)
    sc = Q(1, n) if scale == '1/n' else (Q(1, 2 * n) if scale == '1/2n' else P(scale))
    L = sc * sum((mdl.subs(x, xi) - yi) ** 2 for xi, yi in zip(xs, ys))
    g = Matrix([sp.diff(L, p) for p in Ps]).subs(dict(zip(Ps, [P(a) for a in at])))
    return ans('loss_gradient', 'vector', simp(g),
               f'L = {scale} * sum (({model}) - y_i)^2 over x={xs}, y={ys}; gradient wrt ({", ".join(params.split())}) at {at}')


# ---------------------------------------------------------------- statistics / PCA
def mean_(data):
    if isinstance(data[0], (list, tuple)):
        D = mat(data)
        return ans('mean', 'vector', Matrix([sum(D[:, j]) / D.rows for j in range(D.cols)]),
                   f'mean vector of samples {data}')
    return ans('mean', 'number', Q(sum(P(d) for d in data), len(data)), f'mean of {data}')


def var_(data, sample=False):
    D = [P(d) for d in data]; n = len(D); mu = sum(D) / n
    ss = sum((d - mu) ** 2 for d in D)
    return ans('variance', 'number', simp(ss / (n - 1 if sample else n)),
               f'{"sample (N-1)" if sample else "population (N)"} variance of {data}')


def covmat(rows, sample=False):
    D = mat(rows); n = D.rows
    mu = Matrix([[sum(D[:, j]) / n for j in range(D.cols)]])
    C = D - Matrix.vstack(*[mu] * n)
    return (C.T * C) / (n - 1 if sample else n)


def cov_(rows, sample=False):
    return ans('covariance', 'matrix', covmat(rows, sample),
               f'{"sample (N-1)" if sample else "population (N)"} covariance matrix, rows are samples {rows}')


def pca_dirs_(rows, k=None, sample=False):
    S = covmat(rows, sample)
    ev = []
    for val, _, basis in S.eigenvects():
        for b in basis:
            ev.append((val, b))
    ev.sort(key=lambda t: -float(t[0]))
    vals = [t[0] for t in ev]
    assert len(set(vals)) == len(vals), 'distinct covariance eigenvalues'
    if k is not None:
        assert k == len(vals) or vals[k - 1] != vals[k], 'ties'
        ev = ev[:k]
    return ans('pca', 'vectors_up_to_scale', [b for _, b in ev],
               f'principal directions (eigenvectors of covariance, desc eigenvalue{"" if k is None else ", first " + str(k)}), rows are samples {rows}')


def pca_eigs_(rows, sample=False):
    S = covmat(rows, sample)
    lst = []
    for val, mult in S.eigenvals().items():
        lst += [val] * mult
    return ans('pca', 'multiset', sorted(lst, key=lambda v: -float(v)),
               f'eigenvalues of covariance ({"N-1" if sample else "N"}), rows are samples {rows}')


# ---------------------------------------------------------------- entries
ITEMS = []


def E(cls, text, *answers, amb=None, r=None):
    assert answers
    item = {'id': None, 'text': text, 'class': cls,
            'restatement': r if r else '; '.join(a['_r'] for a in answers),
            'expect': 'answer'}
    if amb:
        item['ambiguous'] = True
        item['note'] = amb
    item['answers'] = [{k: v for k, v in a.items() if k != '_r'} for a in answers]
    ITEMS.append(item)


def R(text, r):
    ITEMS.append({'id': None, 'text': text, 'class': 'refuse', 'restatement': r,
                  'expect': 'refuse', 'answers': []})



# ============================================================ plain (~60)
C = 'plain'
E(C, "Find the determinant of [[2, 1], [4, 3]]", det_([[2, 1], [4, 3]]))
E(C, "Compute the inverse of the matrix [[4, 7], [2, 6]]", inv_([[4, 7], [2, 6]]))
E(C, "What is the rank of [[1, 2, 3], [2, 4, 6], [1, 0, 1]]?", rank_([[1, 2, 3], [2, 4, 6], [1, 0, 1]]))
E(C, "Find the reduced row echelon form of [[1, 2, -1], [2, 4, 1], [3, 6, 0]]", rref_([[1, 2, -1], [2, 4, 1], [3, 6, 0]]))
E(C, "Find a basis for the null space of [[1, 2, 3], [2, 5, 7]]", null_([[1, 2, 3], [2, 5, 7]]))
E(C, "Find the eigenvalues of [[4, 1], [2, 3]]", eig_([[4, 1], [2, 3]]))
E(C, "Find the eigenvectors of the matrix [[3, 1], [0, 2]]", eigv_([[3, 1], [0, 2]]))
E(C, "Multiply [[1, 2], [3, 4]] by [[0, 1], [1, 0]]", mul_([[1, 2], [3, 4]], [[0, 1], [1, 0]]))
E(C, "What is the transpose of [[1, 2, 3], [4, 5, 6]]?", transpose_([[1, 2, 3], [4, 5, 6]]))
E(C, "Compute the dot product of (1, -2, 3) and (4, 0, -1)", dot_([1, -2, 3], [4, 0, -1]))
E(C, "Find the cross product of (1, 2, 3) and (4, 5, 6)", cross_([1, 2, 3], [4, 5, 6]))
E(C, "What is the norm of the vector (3, 4, 12)?", norm_([3, 4, 12]))
E(C, "Find the distance between the points (1, 2) and (4, 6)", dist_([1, 2], [4, 6]))
E(C, "Find the angle between the vectors (1, 0) and (1, 1)", angle_([1, 0], [1, 1]))
E(C, "Find the projection of (2, 3) onto (1, 1)", proj_([2, 3], [1, 1]))
E(C, "Apply Gram-Schmidt to (1, 1, 0) and (1, 0, 1) to get an orthonormal basis", gs_([[1, 1, 0], [1, 0, 1]]))
E(C, "Solve the system x + y = 5, x - y = 1", solve_(["x + y = 5", "x - y = 1"], 'x y'))
E(C, "Solve 2x + y - z = 1, x - y + z = 2, x + 2y + z = 5", solve_(["2*x + y - z = 1", "x - y + z = 2", "x + 2*y + z = 5"], 'x y z'))
E(C, "Find the derivative of x^3 - 4x + 7", d_("x**3 - 4*x + 7"))
E(C, "Differentiate sin(x)cos(x)", d_("sin(x)*cos(x)"))
E(C, "What is the derivative of x*exp(x)?", d_("x*exp(x)"))
E(C, "Find the derivative of ln(x^2 + 1)", d_("log(x**2 + 1)"))
E(C, "Find the second derivative of x^4 - 3x^2", hd_("x**4 - 3*x**2", 2))
E(C, "Find the partial derivative of x^2 y + 3 x y^2 with respect to y", pd_("x**2*y + 3*x*y**2", 'y'))
E(C, "Find the gradient of x^2 + y^2 + z^2 at (1, -1, 2)", grad_("x**2 + y**2 + z**2", 'x y z', {'x': 1, 'y': -1, 'z': 2}))
E(C, "Find the Jacobian of (x^2 y, x + y) with respect to x and y", jac_(["x**2*y", "x + y"], 'x y'))
E(C, "Compute the Hessian of x^3 + x y^2 - 2y", hess_("x**3 + x*y**2 - 2*y", 'x y'))
E(C, "Use the chain rule to find df/dt where f = x y, x = t^2, y = 3t", chain_("x*y", {'x': 't**2', 'y': '3*t'}))
E(C, "Find the Maclaurin series of e^x up to x^3", taylor_("exp(x)", 3))
E(C, "Taylor series of ln(x) about x = 1 up to order 3", taylor_("log(x)", 3, x0=1))
E(C, "Find the critical points of f(x, y) = x^2 + y^2 - 2x + 4y", crit_("x**2 + y**2 - 2*x + 4*y", 'x y'))
E(C, "Do two iterations of Newton-Raphson for x^2 - 2 = 0 starting at x0 = 1", newton_("x**2 - 2", 1, 2))
E(C, "Run 3 steps of gradient descent on f(x) = x^2 with learning rate 0.1 starting from x = 5", gd_("x**2", 'x', [5], '1/10', 3))
E(C, "Find the mean of 2, 4, 4, 4, 5, 5, 7, 9", mean_([2, 4, 4, 4, 5, 5, 7, 9]))
E(C, "Find the variance of 2, 4, 4, 4, 5, 5, 7, 9", var_([2, 4, 4, 4, 5, 5, 7, 9]))
E(C, "Find the covariance matrix of the points (1, 2), (2, 3), (3, 5). Each point is one sample.", cov_([[1, 2], [2, 3], [3, 5]]))
E(C, "Find the first principal component of the data (1, 0), (0, 1), (-1, 0), (0, -1), (1, 1), (-1, -1), each row a sample",
  pca_dirs_([[1, 0], [0, 1], [-1, 0], [0, -1], [1, 1], [-1, -1]], k=1))
E(C, "Find the determinant of [[1, 2, 3], [0, 1, 4], [5, 6, 0]]", det_([[1, 2, 3], [0, 1, 4], [5, 6, 0]]))
E(C, "Find the inverse of [[1, 2, 3], [0, 1, 4], [5, 6, 0]]", inv_([[1, 2, 3], [0, 1, 4], [5, 6, 0]]))
E(C, "Add the matrices [[1, -1], [2, 0]] and [[3, 4], [-2, 5]]", add_([[1, -1], [2, 0]], [[3, 4], [-2, 5]]))
E(C, "Subtract [[1, 1], [1, 1]] from [[5, 3], [2, 7]]", add_([[5, 3], [2, 7]], [[1, 1], [1, 1]], sub=True))
E(C, "Find the eigenvalues of [[2, 0, 0], [0, 3, 4], [0, 4, 9]]", eig_([[2, 0, 0], [0, 3, 4], [0, 4, 9]]))
E(C, "Differentiate x^2 tan(x)", d_("x**2*tan(x)"))
E(C, "What is the derivative of sqrt(1 + x^2)?", d_("sqrt(1 + x**2)"))
E(C, "Find the partial derivative of exp(x*y) with respect to x", pd_("exp(x*y)", 'x'))
E(C, "Find the gradient of f(x, y, z) = x y z", grad_("x*y*z", 'x y z'))
E(C, "Find the Hessian of x^2 y + y^3 at the point (1, 2)", hess_("x**2*y + y**3", 'x y', {'x': 1, 'y': 2}))
E(C, "Find the Jacobian of x = r cos(theta), y = r sin(theta) with respect to r and theta", jac_(["r*cos(theta)", "r*sin(theta)"], 'r theta'))
E(C, "Find the orthogonal projection of (1, 2, 3) onto the plane spanned by (1, 1, 0) and (0, 1, 1)", projspan_([1, 2, 3], [[1, 1, 0], [0, 1, 1]]))
E(C, "For the data x = 1, 2, 3 and y = 2, 4, 5, with model y = w x + b and loss L = (1/3) * sum of (w x_i + b - y_i)^2, find the gradient of L with respect to w and b at w = 1, b = 0",
  lossgrad_([1, 2, 3], [2, 4, 5], "w*x + b", 'w b', [1, 0]))
E(C, "Find the third derivative of sin(2x)", hd_("sin(2*x)", 3))
E(C, "Compute the dot product of [1, 2, 3] and [4, 5, 6]", dot_([1, 2, 3], [4, 5, 6]))
E(C, "What is the norm of (1, 1, 1, 1)?", norm_([1, 1, 1, 1]))
E(C, "Find the sample variance of 3, 5, 7, 9", var_([3, 5, 7, 9], sample=True))
E(C, "Find the mean vector of the samples (1, 2), (3, 4), (5, 9)", mean_([[1, 2], [3, 4], [5, 9]]))
E(C, "Apply two steps of Newton's method to x^3 - x - 1 = 0 starting from x0 = 1", newton_("x**3 - x - 1", 1, 2))
E(C, "Find dz/dt at t = 1 where z = x^2 y, x = cos t, y = sin t", chain_("x**2*y", {'x': 'cos(t)', 'y': 'sin(t)'}, at=1))
E(C, "Find ∂f/∂v of f = w^2 v + v^3 w at (w, v) = (1/2, 3)", pd_("w**2*v + v**3*w", 'v', {'w': '1/2', 'v': 3}))
E(C, "Find the gradient of x^2 y - 3 x y^2 at x = 1, y = -1", grad_("x**2*y - 3*x*y**2", 'x y', {'x': 1, 'y': -1}))
E(C, "Find the rank of [[1, 0, 2], [0, 1, 1], [1, 1, 4]]", rank_([[1, 0, 2], [0, 1, 1], [1, 1, 4]]))
E(C, "Multiply the matrix [[1, 2, 0], [0, 1, 3]] by the vector (1, 1, 1)", mul_([[1, 2, 0], [0, 1, 3]], [1, 1, 1]))
E(C, "Find the derivative of x^5 / 5 - cos(x) + 2^x", d_("x**5/5 - cos(x) + 2**x"))

# ============================================================ words_dropped
C = 'words_dropped'
E(C, "d/dx x squared", d_("x**2"))
E(C, "derivative of x cubed plus 2x", d_("x**3 + 2*x"))
E(C, "differentiate e to the x times x squared", d_("exp(x)*x**2"))
E(C, "what is A transpose times A where A = [[1, 2], [3, 4]]", mx_("A^T A", lambda A: A.T * A, A=[[1, 2], [3, 4]]))
E(C, "derivative of x to the power 5 minus 3 x", d_("x**5 - 3*x"))
E(C, "differentiate square root of (x plus 1)", d_("sqrt(x + 1)"))
E(C, "second derivative of x to the fourth", hd_("x**4", 2))
E(C, "partial of x squared y cubed with respect to y", pd_("x**2*y**3", 'y'))
E(C, "derivative of x cubed minus x squared plus x at x equals 2", d_("x**3 - x**2 + x", at=2))
E(C, "gradient of x squared plus 3 y squared at the point (1, 2)", grad_("x**2 + 3*y**2", 'x y', {'x': 1, 'y': 2}))
E(C, "differentiate natural log of x plus x to the power half", d_("log(x) + x**(Rational(1, 2))"))
E(C, "derivative of e to the minus x times cos x", d_("exp(-x)*cos(x)"))
E(C, "A squared where A = [[1, 2], [3, 4]]", mx_("A^2", lambda A: A ** 2, A=[[1, 2], [3, 4]]))
E(C, "derivative of sine of x squared", d_("sin(x**2)"),
  amb="'sine of x squared' could be sin(x^2) or sin(x)^2; expected reading sin(x^2)")
E(C, "inverse of A transpose for A = [[2, 1], [1, 1]]", mx_("(A^T)^-1", lambda A: A.T.inv(), A=[[2, 1], [1, 1]]))

# ============================================================ exp_ml
C = 'exp_ml'
E(C, "d/dx sigmoid 1/(1+e^-2x)", d_("1/(1 + exp(-2*x))"))
E(C, "d/dx e^3x", d_("exp(3*x)"))
E(C, "derivative of log(1+e^x)", d_("log(1 + exp(x))"))
E(C, "derivative of exp(-x^2/2)", d_("exp(-x**2/2)"))
E(C, "what is the derivative of tanh(x)", d_("tanh(x)"))
E(C, "derivative of softplus(x) = ln(1 + e^x) at x = 0", d_("log(1 + exp(x))", at=0))
E(C, "derivative of relu(x) at x = 2", d_("Max(0, x)", at=2))
E(C, "derivative of relu(x) = max(0, x) at x = -3", d_("Max(0, x)", at=-3))
E(C, "second derivative of the sigmoid σ(x) = 1/(1+e^{-x})", hd_("1/(1 + exp(-x))", 2))
E(C, "derivative of swish x * sigmoid(x), sigmoid(x) = 1/(1+exp(-x))", d_("x/(1 + exp(-x))"))
E(C, "derivative of e^(2x) sin 3x", d_("exp(2*x)*sin(3*x)"))
E(C, "d/dx of e^x/(1+e^x)", d_("exp(x)/(1 + exp(x))"))
E(C, "derivative of -log(sigmoid(z)) wrt z where sigmoid(z) = 1/(1+e^-z)", d_("-log(1/(1 + exp(-z)))", var='z'))
E(C, "d/dx tanh(2x+1)", d_("tanh(2*x + 1)"))
E(C, "derivative of ln(cosh x)", d_("log(cosh(x))"))
E(C, "derivative of x e^-x", d_("x*exp(-x)"))
E(C, "partial derivative of the logistic loss -y*log(s) - (1-y)*log(1-s) with respect to s", pd_("-y*log(s) - (1 - y)*log(1 - s)", 's'))

# ============================================================ superscript_unicode
C = 'superscript_unicode'
E(C, "3rd derivative of x³ eˣ", hd_("x**3*exp(x)", 3))
E(C, "derivative of x⁻¹ + x²", d_("x**-1 + x**2"))
E(C, "find AᵀA where A = [[1, 0], [2, 1]]", mx_("A^T A", lambda A: A.T * A, A=[[1, 0], [2, 1]]))
E(C, "partial derivative of x₁² x₂ w.r.t. x₁", pd_("x1**2*x2", 'x1'))
E(C, "derivative of √x · sin x", d_("sqrt(x)*sin(x)"))
E(C, "derivative of ½x² + 3x", d_("x**2/2 + 3*x"))
E(C, "d/dx (x² + 1)³", d_("(x**2 + 1)**3"))
E(C, "derivative of e⁻ˣ", d_("exp(-x)"))
E(C, "∂/∂y (x²y³)", pd_("x**2*y**3", 'y'))
E(C, "gradient of x² + xy + y² at (1, −1)", grad_("x**2 + x*y + y**2", 'x y', {'x': 1, 'y': -1}))
E(C, "[[2, 1], [1, 1]]⁻¹ = ?", inv_([[2, 1], [1, 1]]))
E(C, "eigenvalues of A² where A = [[1, 1], [0, 2]]",
  ans('eigenvalues', 'multiset', sorted([k for k, mlt in (mat([[1, 1], [0, 2]]) ** 2).eigenvals().items() for _ in range(mlt)]),
      'eigenvalues of A^2, A=[[1, 1], [0, 2]]'))
E(C, "derivative of x·e²ˣ", d_("x*exp(2*x)"))
E(C, "d²y/dx² for y = x⁴ − x³", hd_("x**4 - x**3", 2))
E(C, "∛x derivative", d_("x**(Rational(1, 3))"))
E(C, "hessian of x³ + y³ − 3xy", hess_("x**3 + y**3 - 3*x*y", 'x y'))
E(C, "‖v‖² for v = (1, −2, 2)", norm_([1, -2, 2], squared=True))

# ============================================================ indexed_vars
C = 'indexed_vars'
E(C, "hessian of 3x1² - x1x2 + 5x2²", hess_("3*x1**2 - x1*x2 + 5*x2**2", 'x1 x2'))
E(C, "gradient of x_1^2 + 2 x_1 x_2 + 3 x_2^2 + x_3", grad_("x1**2 + 2*x1*x2 + 3*x2**2 + x3", 'x1 x2 x3'))
E(C, "partial derivative of w1*x1 + w2*x2 + b with respect to w2", pd_("w1*x1 + w2*x2 + b", 'w2'))
E(C, "derivative of theta0 + theta1 x with respect to theta1", pd_("theta0 + theta1*x", 'theta1'))
E(C, "hessian of x1^2 x2 + x2^3", hess_("x1**2*x2 + x2**3", 'x1 x2'))
E(C, "gradient of f(x1, x2) = x1^2 + x1 x2 + x2^2 at (1, 2)", grad_("x1**2 + x1*x2 + x2**2", 'x1 x2', {'x1': 1, 'x2': 2}))
E(C, "jacobian of [x1 + x2, x1*x2] wrt x1, x2", jac_(["x1 + x2", "x1*x2"], 'x1 x2'))
E(C, "critical points of x1^2 + x2^2 - 2x1 - 6x2", crit_("x1**2 + x2**2 - 2*x1 - 6*x2", 'x1 x2'))
E(C, "∂L/∂w0 for L = (w0 + 2 w1 - 5)^2", pd_("(w0 + 2*w1 - 5)**2", 'w0'))
E(C, "gradient of a1^2 + a2^2 + a3^2 at (1, 2, 3)", grad_("a1**2 + a2**2 + a3**2", 'a1 a2 a3', {'a1': 1, 'a2': 2, 'a3': 3}))
E(C, "hessian of x_1 x_2 x_3", hess_("x1*x2*x3", 'x1 x2 x3'))
E(C, "gradient wrt (theta_0, theta_1) of (theta_0 + 3 theta_1 - 7)^2 at theta_0 = 1, theta_1 = 1",
  grad_("(theta0 + 3*theta1 - 7)**2", 'theta0 theta1', {'theta0': 1, 'theta1': 1}))
E(C, "partial of y = w1 x1 + w2 x2 + w1 w2 wrt w1", pd_("w1*x1 + w2*x2 + w1*w2", 'w1'))
E(C, "hessian of 2x₁² + 3x₁x₂ + x₂² at x₁ = 1, x₂ = 0", hess_("2*x1**2 + 3*x1*x2 + x2**2", 'x1 x2', {'x1': 1, 'x2': 0}))

# ============================================================ letter_vars
C = 'letter_vars'
E(C, "second derivative of 7*i**3 + 4*i - 9 wrt i", hd_("7*i**3 + 4*i - 9", 2, var='i'))
E(C, "What is the derivative of 5*q**3 - 2*q + 1?", d_("5*q**3 - 2*q + 1", var='q'))
E(C, "differentiate 3j^2 + 2j with respect to j", d_("3*j**2 + 2*j", var='j'))
E(C, "derivative of e^2 + 4e with respect to e", d_("e**2 + 4*e", var='e'))
E(C, "d/dl of l^3 - 6l", d_("l**3 - 6*l", var='l'))
E(C, "find dE/dw for E = (w - 3)^2 / 2", d_("(w - 3)**2/2", var='w'))
E(C, "derivative of 4*k**4 - k with respect to k", d_("4*k**4 - k", var='k'))
E(C, "third derivative of 2*n**5 w.r.t n", hd_("2*n**5", 3, var='n'))
E(C, "what's d/ds (s^2 + 1)^3", d_("(s**2 + 1)**3", var='s'))
E(C, "partial derivative of i*j + j^2 wrt j", pd_("i*j + j**2", 'j'))
E(C, "derivative of p ln p w.r.t p", d_("p*log(p)", var='p'))
E(C, "Differentiate -3*c**2 + 8*c - 1 wrt c", d_("-3*c**2 + 8*c - 1", var='c'))
E(C, "d/dm of (y - m x - c)^2", pd_("(y - m*x - c)**2", 'm'))
E(C, "gradient of u^2 v + v^2 w wrt u, v, w", grad_("u**2*v + v**2*w", 'u v w'))
E(C, "second derivative of E^3 - 2E wrt E", hd_("E**3 - 2*E", 2, var='E'))
E(C, "d/dt of 4t^3 - t at t = 2", d_("4*t**3 - t", var='t', at=2))

# ============================================================ multi_operand
C = 'multi_operand'
E(C, "rank of (2,1,0), (1,1,1), (3,2,1)", rank_([[2, 1, 0], [1, 1, 1], [3, 2, 1]]))
E(C, "A + Aᵀ for A = [[2,1],[0,3]]", mx_("A + A^T", lambda A: A + A.T, A=[[2, 1], [0, 3]]))
E(C, "vᵀAv for A = [[2,1],[1,3]], v = (1,2)", mx_("v^T A v", lambda A, v: (v.T * A * v)[0], A=[[2, 1], [1, 3]], v=[1, 2]))
E(C, "ABC for A=[[1,0],[1,1]], B=[[2,1],[0,1]], C=[[1,1],[0,1]]",
  mx_("A B C", lambda A, B, C: A * B * C, A=[[1, 0], [1, 1]], B=[[2, 1], [0, 1]], C=[[1, 1], [0, 1]]))
E(C, "A^3 where A = [[1,1],[0,1]]", mx_("A^3", lambda A: A ** 3, A=[[1, 1], [0, 1]]))
E(C, "2A - 3I with A = [[4, 1], [2, 5]]", mx_("2A - 3I", lambda A: 2 * A - 3 * sp.eye(2), A=[[4, 1], [2, 5]]))
E(C, "determinant of the matrix with rows (1,2,3), (4,5,6), (7,8,10)", det_([[1, 2, 3], [4, 5, 6], [7, 8, 10]]))
E(C, "what is the rank of the set of vectors (1,0,1), (0,1,1), (1,1,0)", rank_([[1, 0, 1], [0, 1, 1], [1, 1, 0]]))
E(C, "AB - BA for A = [[1,2],[0,1]] and B = [[1,0],[3,1]]",
  mx_("A B - B A", lambda A, B: A * B - B * A, A=[[1, 2], [0, 1]], B=[[1, 0], [3, 1]]))
E(C, "sum of the vectors (1,2), (3,-1), (0,4)", vadd_([[1, 2], [3, -1], [0, 4]]))
E(C, "3u - 2v + w for u=(1,0,2), v=(2,1,0), w=(0,3,1)", mx_("3u - 2v + w", lambda u, v, w: 3 * u - 2 * v + w, u=[1, 0, 2], v=[2, 1, 0], w=[0, 3, 1]))
E(C, "orthonormalise (1,1,1), (1,1,0), (1,0,0) with Gram-Schmidt", gs_([[1, 1, 1], [1, 1, 0], [1, 0, 0]]))
E(C, "A^2 - 5A - 2I for A = [[1,2],[3,4]]", mx_("A^2 - 5A - 2I", lambda A: A ** 2 - 5 * A - 2 * sp.eye(2), A=[[1, 2], [3, 4]]))
E(C, "rank of the span of (1,2,3), (2,4,6), (1,1,1), (0,1,2)", rank_([[1, 2, 3], [2, 4, 6], [1, 1, 1], [0, 1, 2]]))
E(C, "x^T A x with A = [[1,2],[2,1]] and x = [1,-1]", mx_("x^T A x", lambda A, x: (x.T * A * x)[0], A=[[1, 2], [2, 1]], x=[1, -1]))
E(C, "(A + B)^2 for A = [[1,0],[0,2]], B = [[0,1],[1,0]]", mx_("(A + B)^2", lambda A, B: (A + B) ** 2, A=[[1, 0], [0, 2]], B=[[0, 1], [1, 0]]))

# ============================================================ scope_words
C = 'scope_words'
E(C, "taylor series of cos x till the x^4 term", taylor_("cos(x)", 4))
E(C, "maclaurin of e^x upto x^3", taylor_("exp(x)", 3))
E(C, "expand sin x up to order 5", taylor_("sin(x)", 5))
E(C, "first three non-zero terms of the maclaurin series of cos(2x)", taylor_nz_("cos(2*x)", 3))
E(C, "taylor series of ln(1+x) up to order 4", taylor_("log(1 + x)", 4))
E(C, "taylor expansion of cos x about x = pi up to the quadratic term", taylor_("cos(x)", 2, x0="pi"))
E(C, "first two non-zero terms of tan x", taylor_nz_("tan(x)", 2))
E(C, "1/(1-x) maclaurin series upto x^5", taylor_("1/(1 - x)", 5))
E(C, "sqrt(1+x) taylor till x^2 term", taylor_("sqrt(1 + x)", 2))
E(C, "taylor series of sin x about x = pi/2 up to order 2", taylor_("sin(x)", 2, x0='pi/2'))
E(C, "first 4 nonzero terms of e^-x", taylor_nz_("exp(-x)", 4))
E(C, "second order taylor polynomial of x^3 at x = 2", taylor_("x**3", 2, x0=2))
E(C, "linearise sqrt(x) around x = 4", taylor_("sqrt(x)", 1, x0=4))
E(C, "Maclaurin series of e^x sin x up to x^3", taylor_("exp(x)*sin(x)", 3))
E(C, "taylor of 1/(1+x^2) up to and including the x^6 term", taylor_("1/(1 + x**2)", 6))

# ============================================================ norms_distances
C = 'norms_distances'
E(C, "||u - v|| for u = (1, 2, 3), v = (4, 6, 3)", normexpr_("u - v", lambda u, v: u - v, u=[1, 2, 3], v=[4, 6, 3]))
E(C, "distance between (1,1) and (4,5)", dist_([1, 1], [4, 5]))
E(C, "magnitude of (2, -3, 6)", norm_([2, -3, 6]))
E(C, "|v| where v = <1, 2, 2>", norm_([1, 2, 2]))
E(C, "euclidean distance between [1, 2, 3] and [2, 4, 5]", dist_([1, 2, 3], [2, 4, 5]))
E(C, "L1 norm of (3, -4, 1)", norm_([3, -4, 1], ord=1))
E(C, "infinity norm of (3, -7, 2)", norm_([3, -7, 2], ord='inf'))
E(C, "length of the vector 1i+2j+3k", norm_([1, 2, 3]))
E(C, "how far is the point (2, 3, 6) from the origin", dist_([2, 3, 6], [0, 0, 0]))
E(C, "norm of 2u + v for u = (1,0), v = (1,2)", normexpr_("2u + v", lambda u, v: 2 * u + v, u=[1, 0], v=[1, 2]))
E(C, "distance between vectors a = (1, 0, -1) and b = (0, 1, 1)", dist_([1, 0, -1], [0, 1, 1]))
E(C, "length of (1,1) under the inner product <x,y> = x^T A y with A = [[2,1],[1,2]]", norm_([1, 1], G=[[2, 1], [1, 2]]))
E(C, "angle between (1,2,2) and (2,1,-2)", angle_([1, 2, 2], [2, 1, -2]))
E(C, "‖a − b‖ where a = (5, 1) and b = (2, −3)", normexpr_("a - b", lambda a, b: a - b, a=[5, 1], b=[2, -3]))

# ============================================================ cross_vs_dot
C = 'cross_vs_dot'
E(C, "cross product of (2,0,-1) and (1,3,2)", cross_([2, 0, -1], [1, 3, 2]))
E(C, "(1,2,3) x (4,5,6)", cross_([1, 2, 3], [4, 5, 6]),
  amb="'x' between two 3-vectors: expected reading cross product (not a variable x, not dot)")
E(C, "a × b for a = (1, 0, 2), b = (3, 1, 0)", cross_([1, 0, 2], [3, 1, 0]))
E(C, "a · b for a = (1, 0, 2), b = (3, 1, 0)", dot_([1, 0, 2], [3, 1, 0]))
E(C, "vector product of i + 2j and 3j - k", cross_([1, 2, 0], [0, 3, -1]))
E(C, "scalar product of [2, 3, -1] and [1, -1, 4]", dot_([2, 3, -1], [1, -1, 4]))
E(C, "inner product of (1,2) and (3,4)", dot_([1, 2], [3, 4]))
E(C, "cross of <1,-1,2> and <0,3,1>", cross_([1, -1, 2], [0, 3, 1]))
E(C, "using the cross product find a vector perpendicular to both (1,2,0) and (0,1,3)", cross_([1, 2, 0], [0, 1, 3]))
E(C, "u⋅v where u = 2i − j + k, v = i + 3j − 2k", dot_([2, -1, 1], [1, 3, -2]))
E(C, "a x b where a=(3,-1,2) b=(1,2,-1)", cross_([3, -1, 2], [1, 2, -1]),
  amb="'a x b' with vector names: expected reading cross product a × b")
E(C, "dot(u, v) for u=[1,2,3], v=[-1,0,1]", dot_([1, 2, 3], [-1, 0, 1]))
E(C, "a · (b × c) for a=(1,2,0), b=(0,1,0), c=(0,0,1)",
  ans('dot', 'number', col([1, 2, 0]).dot(col([0, 1, 0]).cross(col([0, 0, 1]))), 'dot(a, cross(b, c)), a=(1,2,0), b=(0,1,0), c=(0,0,1)'))
E(C, "u cross v for u = (0, 2, 1), v = (1, 1, 1)", cross_([0, 2, 1], [1, 1, 1]))

# ============================================================ layout
C = 'layout'
E(C, "| 5 1 ; 3 2 |", det_([[5, 1], [3, 2]]))
E(C, "data x: 1, 3, -2, 0 | y: 2, 0, 1, -1 find the covariance matrix", cov_([[1, 2], [3, 0], [-2, 1], [0, -1]]))
E(C, "samples p1=(1,0), p2=(2,2), p3=(4,1): find the mean and the covariance matrix",
  mean_([[1, 0], [2, 2], [4, 1]]), cov_([[1, 0], [2, 2], [4, 1]]))
E(C, "rows are samples: [[1,2],[3,4],[5,6]] covariance matrix", cov_([[1, 2], [3, 4], [5, 6]]))
E(C, "det [1 2; 3 4]", det_([[1, 2], [3, 4]]))
E(C, "inverse of [2 1; 5 3]", inv_([[2, 1], [5, 3]]))
E(C, "columns are samples: [[1, 2, 3], [2, 4, 7]]. covariance matrix?", cov_([[1, 2], [2, 4], [3, 7]]))
E(C, "| 1 2 3 ; 0 4 5 ; 1 0 6 |", det_([[1, 2, 3], [0, 4, 5], [1, 0, 6]]))
E(C, "A = {{1,2},{3,4}} find A inverse", inv_([[1, 2], [3, 4]]))
E(C, "solve the augmented matrix [1 1 | 3; 1 -1 | 1]", solve_aug_([[1, 1, 3], [1, -1, 1]]))
E(C, "v1 = [1;2], v2 = [3;4] as columns, rank of [v1 v2]", rank_([[1, 3], [2, 4]]))
E(C, "heights: 150, 160, 170, 180 (cm). mean and variance", mean_([150, 160, 170, 180]), var_([150, 160, 170, 180]))
E(C, "PCA direction for data (rows = samples) 2 0 / 0 2 / -2 0 / 0 -2 / 1 1 / -1 -1, first component only",
  pca_dirs_([[2, 0], [0, 2], [-2, 0], [0, -2], [1, 1], [-1, -1]], k=1))
E(C, "matrix: 1,2,3 / 4,5,6 / 7,8,9  rank", rank_([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
E(C, "eigenvalues of (2 1)(1 2) where each bracket is a row", eig_([[2, 1], [1, 2]]))

# ============================================================ multiline
C = 'multiline'
E(C, "find det\n2 1\n1 3", det_([[2, 1], [1, 3]]))
E(C, "A =\n[1 2]\n[3 4]\ninverse?", inv_([[1, 2], [3, 4]]))
E(C, "eigenvalues of\n[[2, 1],\n [1, 2]]", eig_([[2, 1], [1, 2]]))
E(C, "solve\nx + y + z = 6\nx - y = 0\nx + z = 4", solve_(["x + y + z = 6", "x - y = 0", "x + z = 4"], 'x y z'))
E(C, "data (rows are samples):\n1 2\n2 4\n3 5\n4 4\ncovariance matrix?", cov_([[1, 2], [2, 4], [3, 5], [4, 4]]))
E(C, "u = (1, 2, 3)\nv = (0, 1, -1)\nfind u·v", dot_([1, 2, 3], [0, 1, -1]))
E(C, "f(x,y) = x^2 y + y^3\ngradient at (1, 2)", grad_("x**2*y + y**3", 'x y', {'x': 1, 'y': 2}))
E(C, "A = [[1, 2],\n     [0, 1]]\nB = [[3, 0],\n     [1, 1]]\nAB?", mul_([[1, 2], [0, 1]], [[3, 0], [1, 1]]))
E(C, "hessian\nf = x^2 + 3xy + y^3", hess_("x**2 + 3*x*y + y**3", 'x y'))
E(C, "x: 1 2 3 4\ny: 2 4 5 8\nfit y = mx + c with MSE = (1/4) sum (m x + c - y)^2\ngradient of MSE at m=1, c=0",
  lossgrad_([1, 2, 3, 4], [2, 4, 5, 8], "m*x + c", 'm c', [1, 0]))
E(C, "rank\n1 2 3\n2 4 6\n3 6 9", rank_([[1, 2, 3], [2, 4, 6], [3, 6, 9]]))
E(C, "Newton Raphson\nf(x) = x^2 - 5\nx0 = 2\ngive x1 and x2", newton_("x**2 - 5", 2, 2))
E(C, "vectors\nv1 = [1, 1, 0]\nv2 = [1, 0, 1]\nv3 = [0, 1, 1]\ngram schmidt pls (orthonormal)", gs_([[1, 1, 0], [1, 0, 1], [0, 1, 1]]))
E(C, "z = x^2 + y^2\nx = 2t\ny = t^2\ndz/dt?", chain_("x**2 + y**2", {'x': '2*t', 'y': 't**2'}))

# ============================================================ numpy
C = 'numpy'
E(C, "np.linalg.det(np.array([[1,2],[3,4]]))", det_([[1, 2], [3, 4]]))
E(C, "array([[1, 2],\n       [3, 4]])\nwhat is the inverse of this", inv_([[1, 2], [3, 4]]))
E(C, "A = np.array([[2, 1], [1, 2]]); what will np.linalg.eig(A) give (eigenvalues and eigenvectors)?",
  eig_([[2, 1], [1, 2]]), eigv_([[2, 1], [1, 2]]))
E(C, "A.T for A = np.array([[1, 2, 3], [4, 5, 6]])", transpose_([[1, 2, 3], [4, 5, 6]]))
E(C, "A @ B with A = np.array([[1,2],[3,4]]), B = np.array([[5,6],[7,8]])", mul_([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
E(C, "np.dot([1,2,3],[4,5,6])", dot_([1, 2, 3], [4, 5, 6]))
E(C, "np.cross([1,0,0],[0,0,1])", cross_([1, 0, 0], [0, 0, 1]))
E(C, "np.linalg.norm([3, 4])", norm_([3, 4]))
E(C, "np.linalg.matrix_rank(np.array([[1,2],[2,4]]))", rank_([[1, 2], [2, 4]]))
E(C, "np.linalg.inv(np.array([[2., 0.], [0., 4.]]))", inv_([[2, 0], [0, 4]]))
E(C, "np.linalg.solve([[3,1],[1,2]], [9,8])", solve_aug_([[3, 1, 9], [1, 2, 8]]))
E(C, "X = np.array([[1,2],[3,4],[5,6]]) what does np.cov(X.T) give", cov_([[1, 2], [3, 4], [5, 6]], sample=True))
E(C, "np.mean(np.array([[1, 2], [3, 4]]), axis=0)", mean_([[1, 2], [3, 4]]))
E(C, "np.var([1, 2, 3, 4])", var_([1, 2, 3, 4]))
E(C, "printed output:\narray([[4, 1],\n       [2, 3]])\nfind eigenvalues", eig_([[4, 1], [2, 3]]))
E(C, "A**2 in numpy for A = np.array([[1,2],[3,4]])",
  ans('matrix_expression', 'matrix', mat([[1, 2], [3, 4]]).applyfunc(lambda c: c ** 2), 'elementwise square of [[1,2],[3,4]] (numpy **)'),
  amb="numpy ** is elementwise: expected [[1,4],[9,16]], not the matrix power A@A")
E(C, "np.linalg.matrix_power(A, 3) where A = np.array([[2, 0], [1, 1]])", mx_("A^3", lambda A: A ** 3, A=[[2, 0], [1, 1]]))
E(C, "np.linalg.eigvals(np.array([[0, 1], [-2, -3]]))", eig_([[0, 1], [-2, -3]]))
E(C, "x = np.array([1., 2., 3.])\ny = np.array([2., 4., 5.])\nwhat is np.linalg.norm(x - y)", dist_([1, 2, 3], [2, 4, 5]))
E(C, "np.linalg.det(np.array([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))", det_([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
E(C, "print(M) gives\n[[1 2 3]\n [0 1 4]\n [5 6 0]]\nwhat is its inverse", inv_([[1, 2, 3], [0, 1, 4], [5, 6, 0]]))
E(C, "np.array([[1,2],[3,4]]).T @ np.array([[1,2],[3,4]])", mx_("A^T A", lambda A: A.T * A, A=[[1, 2], [3, 4]]))
E(C, "np.outer is not what I want, I need np.dot(np.array([2, -1]), np.array([3, 5]))", dot_([2, -1], [3, 5]))
E(C, "M = np.array([[1, 1], [1, -1]])\nM @ np.array([3, 1]) = ?", mul_([[1, 1], [1, -1]], [3, 1]))
E(C, "np.linalg.eig(np.array([[5, 0], [0, -2]])) - just the eigenvectors", eigv_([[5, 0], [0, -2]]))

# ============================================================ latex
C = 'latex'
E(C, r"\frac{d}{dx}\left( x^2 e^{3x} \right)", d_("x**2*exp(3*x)"))
E(C, r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix} find the inverse", inv_([[1, 2], [3, 4]]))
E(C, r"$\nabla f$ for $f = x^2 y$", grad_("x**2*y", 'x y'))
E(C, r"\mathbf{v} \cdot \mathbf{w} where \mathbf{v} = (1, 2, 3), \mathbf{w} = (4, -5, 6)", dot_([1, 2, 3], [4, -5, 6]))
E(C, r"\begin{vmatrix} 3 & 1 \\ 2 & 4 \end{vmatrix} = ?", det_([[3, 1], [2, 4]]))
E(C, r"\frac{\partial}{\partial y} \left( x^3 y^2 + \sin y \right)", pd_("x**3*y**2 + sin(y)", 'y'))
E(C, r"$\frac{d^2}{dx^2} \ln(x)$", hd_("log(x)", 2))
E(C, r"find the eigenvalues of $A = \begin{bmatrix} 2 & 1 \\ 1 & 2 \end{bmatrix}$", eig_([[2, 1], [1, 2]]))
E(C, r"$\|\mathbf{x}\|_2$ for $\mathbf{x} = (1, 2, 2)$", norm_([1, 2, 2]))
E(C, r"compute $A^\top A$ for $A = \begin{bmatrix} 1 & 2 \\ 0 & 1 \\ 1 & 0 \end{bmatrix}$", mx_("A^T A", lambda A: A.T * A, A=[[1, 2], [0, 1], [1, 0]]))
E(C, r"$\sigma(x) = \frac{1}{1 + e^{-x}}$, find $\sigma'(x)$", d_("1/(1 + exp(-x))"))
E(C, r"Taylor expansion of $e^{x}$ about $x = 0$ up to $x^4$", taylor_("exp(x)", 4))
E(C, r"$\frac{\partial^2 f}{\partial x \partial y}$ for $f = x^2 y^3$", pd_("x**2*y**3", 'x y'))
E(C, r"Hessian of $f(x,y) = x^2 + 4xy + y^2$", hess_("x**2 + 4*x*y + y**2", 'x y'))
E(C, r"$\mathbf{a} \times \mathbf{b}$ with $\mathbf{a} = (1,2,3)^T$, $\mathbf{b} = (0,1,0)^T$", cross_([1, 2, 3], [0, 1, 0]))
E(C, r"Solve $\begin{cases} 2x + y = 3 \\ x - y = 0 \end{cases}$", solve_(["2*x + y = 3", "x - y = 0"], 'x y'))
E(C, r"$\operatorname{rank}\begin{pmatrix} 1 & 2 \\ 2 & 4 \end{pmatrix}$", rank_([[1, 2], [2, 4]]))
E(C, r"$\frac{d}{dx} \tanh(x^2)$", d_("tanh(x**2)"))
E(C, r"derivative of $\sqrt{x^2 + 1}$", d_("sqrt(x**2 + 1)"))
E(C, r"$\frac{dz}{dt}$ where $z = x^2 y$, $x = \cos t$, $y = \sin t$, at $t = 0$", chain_("x**2*y", {'x': 'cos(t)', 'y': 'sin(t)'}, at=0))
E(C, r"$\mathrm{proj}_{\mathbf{u}} \mathbf{v}$ with $\mathbf{u} = (1, 0, 1)$, $\mathbf{v} = (2, 3, 4)$", proj_([2, 3, 4], [1, 0, 1]))
E(C, r"Jacobian $J$ of $\mathbf{f}(x, y) = \begin{pmatrix} x y \\ x + y^2 \end{pmatrix}$", jac_(["x*y", "x + y**2"], 'x y'))
E(C, r"$\frac{d}{dx}\left[\log\left(1 + e^{x}\right)\right]$", d_("log(1 + exp(x))"))
E(C, r"Find $\frac{d^3}{dx^3} \left( x^4 - 2x^2 \right)$", hd_("x**4 - 2*x**2", 3))
E(C, r"$\det\begin{bmatrix} 1 & 0 & 2 \\ -1 & 3 & 1 \\ 2 & 1 & 0 \end{bmatrix}$", det_([[1, 0, 2], [-1, 3, 1], [2, 1, 0]]))
E(C, r"$f(x) = x^3 - 2x - 5$, apply Newton's method once from $x_0 = 2$", newton_("x**3 - 2*x - 5", 2, 1))

# ============================================================ trailing_chat
C = 'trailing_chat'
E(C, "derivative of x^2 + 3x + 1?", d_("x**2 + 3*x + 1"))
E(C, "det of [[1,3],[2,5]] = ?", det_([[1, 3], [2, 5]]))
E(C, "eigenvalues of [[5,4],[1,2]]??", eig_([[5, 4], [1, 2]]))
E(C, "inverse of [[1,1],[1,2]] 🙏", inv_([[1, 1], [1, 2]]))
E(C, "gradient of x*y^2 at (2, 1) pls 😅", grad_("x*y**2", 'x y', {'x': 2, 'y': 1}))
E(C, "rank of [[1,2],[2,4],[3,6]] thanks in advance!!", rank_([[1, 2], [2, 4], [3, 6]]))
E(C, "d/dx sin(3x) ... thanks sir", d_("sin(3*x)"))
E(C, "norm of (6, 8)?? quick pls", norm_([6, 8]))
E(C, "solve 2x + 3y = 7 and x - y = 1 , = ?", solve_(["2*x + 3*y = 7", "x - y = 1"], 'x y'))
E(C, "dot product of (1, 2) and (3, 4). thx :)", dot_([1, 2], [3, 4]))
E(C, "Hessian of x^2 y^2 ?!", hess_("x**2*y**2", 'x y'))
E(C, "cross product (1,2,0) (0,1,2) 👍👍", cross_([1, 2, 0], [0, 1, 2]))
E(C, "taylor series of cos x up to x^2 ... is it 1 - x^2/2 ?", taylor_("cos(x)", 2))
E(C, "mean of 10, 20, 30, 40 ... sorry if this is too basic 😬", mean_([10, 20, 30, 40]))

# ============================================================ juxtaposition
C = 'juxtaposition'
E(C, "derivative of 1/2x", d_("1/(2*x)"),
  amb="'1/2x' could be (1/2)x or 1/(2x); expected reading 1/(2x) (student wrote the x in the denominator), answer -1/(2x^2)")
E(C, "d/dx 1/2x^2 + 3x", d_("x**2/2 + 3*x"),
  amb="'1/2x^2' could be (1/2)x^2 or 1/(2x^2); expected reading (1/2)x^2 + 3x")
E(C, "orthogonal projection of v = (1, 2, 3) onto span [(1,0,0), (0,1,1)]", projspan_([1, 2, 3], [[1, 0, 0], [0, 1, 1]]))
E(C, "taylor series of e^2x upto x^3", taylor_("exp(2*x)", 3))
E(C, "d/dx 2xsinx", d_("2*x*sin(x)"))
E(C, "differentiate xe^x", d_("x*exp(x)"))
E(C, "gradient of xy+yz+zx", grad_("x*y + y*z + z*x", 'x y z'))
E(C, "derivative of sinxcosx", d_("sin(x)*cos(x)"))
E(C, "d/dx x^2lnx", d_("x**2*log(x)"))
E(C, "partial wrt y of 4xy^2z", pd_("4*x*y**2*z", 'y'))
E(C, "derivative of e^xsinx", d_("exp(x)*sin(x)"))
E(C, "d/dx of sin2x", d_("sin(2*x)"))
E(C, "derivative of 1/x+1", d_("1/x + 1"),
  amb="'1/x+1' could be 1/x + 1 or 1/(x+1); expected the literal reading 1/x + 1, answer -1/x^2")
E(C, "x^2y at (1,2) gradient", grad_("x**2*y", 'x y', {'x': 1, 'y': 2}))
E(C, "d/dx sin^2x", d_("sin(x)**2"))
E(C, "derivative of e^x^2", d_("exp(x**2)"),
  amb="'e^x^2' could be e^(x^2) or (e^x)^2; expected e^(x^2), answer 2x e^(x^2)")
E(C, "derivative of sin x^2", d_("sin(x**2)"),
  amb="'sin x^2' could be sin(x^2) or (sin x)^2; expected sin(x^2)")
E(C, "2x^3y^2 partial wrt x", pd_("2*x**3*y**2", 'x'))

# ============================================================ multi_task
C = 'multi_task'
E(C, "det and inverse of [[1,2],[3,4]]", det_([[1, 2], [3, 4]]), inv_([[1, 2], [3, 4]]))
E(C, "eigenvalues and eigenvectors of [[2, 1], [1, 2]]", eig_([[2, 1], [1, 2]]), eigv_([[2, 1], [1, 2]]))
E(C, "rank and null space of [[1,2,3],[2,4,6],[1,1,1]]", rank_([[1, 2, 3], [2, 4, 6], [1, 1, 1]]), null_([[1, 2, 3], [2, 4, 6], [1, 1, 1]]))
E(C, "find the dot product, cross product and angle of (1,0,1) and (0,1,1)",
  dot_([1, 0, 1], [0, 1, 1]), cross_([1, 0, 1], [0, 1, 1]), angle_([1, 0, 1], [0, 1, 1]))
E(C, "gradient and hessian of x^3 + 2xy + y^2", grad_("x**3 + 2*x*y + y**2", 'x y'), hess_("x**3 + 2*x*y + y**2", 'x y'))
E(C, "mean and variance of 1, 2, 3, 4, 10", mean_([1, 2, 3, 4, 10]), var_([1, 2, 3, 4, 10]))
E(C, "first and second derivative of x^5 - x", d_("x**5 - x"), hd_("x**5 - x", 2))
E(C, "transpose and inverse of [[3, 1], [2, 1]]", transpose_([[3, 1], [2, 1]]), inv_([[3, 1], [2, 1]]))
E(C, "norm of u, norm of v and the distance between them for u=(1,2), v=(4,6)", norm_([1, 2]), norm_([4, 6]), dist_([1, 2], [4, 6]))
E(C, "jacobian of f = (x^2 - y^2, 2xy) and its determinant", jac_(["x**2 - y**2", "2*x*y"], 'x y'),
  ans('det', 'expr', simp(Matrix([P("x**2 - y**2"), P("2*x*y")]).jacobian(syms('x y')).det()), 'det of that jacobian'))
E(C, "solve x + 2y = 5, 3x + 4y = 6 and also find the inverse of the coefficient matrix",
  solve_(["x + 2*y = 5", "3*x + 4*y = 6"], 'x y'), inv_([[1, 2], [3, 4]]))
E(C, "rref and rank of [[1,2,1],[2,4,0],[3,6,1]]", rref_([[1, 2, 1], [2, 4, 0], [3, 6, 1]]), rank_([[1, 2, 1], [2, 4, 0], [3, 6, 1]]))
E(C, "covariance matrix and both principal directions for (rows = samples) (1,0), (0,1), (-1,0), (0,-1), (1,1), (-1,-1)",
  cov_([[1, 0], [0, 1], [-1, 0], [0, -1], [1, 1], [-1, -1]]), pca_dirs_([[1, 0], [0, 1], [-1, 0], [0, -1], [1, 1], [-1, -1]]))
E(C, "critical points and hessian of x^2 - y^2", crit_("x**2 - y**2", 'x y'), hess_("x**2 - y**2", 'x y'))
E(C, "AB and BA for A = [[1,2]], B = [[3],[4]]", mul_([[1, 2]], [[3], [4]]), mul_([[3], [4]], [[1, 2]]))
E(C, "det of [[2,1],[1,2]], then its eigenvalues, then the eigenvectors",
  det_([[2, 1], [1, 2]]), eig_([[2, 1], [1, 2]]), eigv_([[2, 1], [1, 2]]))

# ============================================================ hinglish
C = 'hinglish'
E(C, "A ka determinant nikalo, A = [[3, 2], [1, 4]]", det_([[3, 2], [1, 4]]))
E(C, "x^2 sin x ka derivative batao", d_("x**2*sin(x)"))
E(C, "bhai eigen values btao [[2,1],[1,2]] plz", eig_([[2, 1], [1, 2]]))
E(C, "is matrix ka inverse kya hoga [[1, 2], [2, 5]]", inv_([[1, 2], [2, 5]]))
E(C, "(1,2,3) aur (4,5,6) ka dot product kitna hai", dot_([1, 2, 3], [4, 5, 6]))
E(C, "e^x cos x ka second derivative nikal do", hd_("exp(x)*cos(x)", 2))
E(C, "f = x y^2 + x^3, iska gradient (1, -1) pe batao", grad_("x*y**2 + x**3", 'x y', {'x': 1, 'y': -1}))
E(C, "yaar ye system solve karo: x + y = 10, x - y = 4", solve_(["x + y = 10", "x - y = 4"], 'x y'))
E(C, "[[1,2,3],[4,5,6],[7,8,9]] ka rank kya hai bhai", rank_([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
E(C, "sigmoid ka derivative kaise nikalte hai? σ(x) = 1/(1+e^-x)", d_("1/(1 + exp(-x))"))
E(C, "cos x ki taylor series x^4 tak likho", taylor_("cos(x)", 4))
E(C, "(3,4) ka norm kitna hoga", norm_([3, 4]))
E(C, "in dono vectors ke beech ka angle batao (1,1) aur (1,0)", angle_([1, 1], [1, 0]))
E(C, "f(x,y) = x^2 + xy + y^2 - 3x ke critical points nikalo", crit_("x**2 + x*y + y**2 - 3*x", 'x y'))
E(C, "data 2, 4, 6, 8 ka mean aur variance batao", mean_([2, 4, 6, 8]), var_([2, 4, 6, 8]))
E(C, "is matrix ke eigenvectors chahiye [[3, 0], [0, -1]]", eigv_([[3, 0], [0, -1]]))
E(C, "bhai (2,0,-1) aur (1,3,2) ka cross product", cross_([2, 0, -1], [1, 3, 2]))
E(C, "hessian nikalo x^2 y + x y^2 ka", hess_("x**2*y + x*y**2", 'x y'))
E(C, "mujhe ln(x^2+1) ka derivative samajh nahi aa raha, batao na", d_("log(x**2 + 1)"))
E(C, "x^2 - 3 = 0 pe newton raphson lagao x0 = 2 se, 2 steps", newton_("x**2 - 3", 2, 2))
E(C, "A = [[1,2],[3,4]] hai to A transpose A kya aayega", mx_("A^T A", lambda A: A.T * A, A=[[1, 2], [3, 4]]))
E(C, "v = (2, 3) ka projection u = (1, 0) pe nikalna hai", proj_([2, 3], [1, 0]))
E(C, "f(x) = x^2 pe gradient descent chalao, lr = 0.25, x0 = 4, 2 steps", gd_("x**2", 'x', [4], '1/4', 2))
E(C, "in points ka covariance matrix chahiye (rows samples hai): (0,0), (2,2), (4,0)", cov_([[0, 0], [2, 2], [4, 0]]))
E(C, "dz/dt nikalo, z = x y, x = t^2, y = t^3", chain_("x*y", {'x': 't**2', 'y': 't**3'}))
E(C, "sir ye do matrix multiply karke dikhao [[1,0],[2,3]] aur [[4,1],[0,2]]", mul_([[1, 0], [2, 3]], [[4, 1], [0, 2]]))

# ============================================================ whatsapp
C = 'whatsapp'
E(C, "bro det of [[2,3],[1,4]] asap", det_([[2, 3], [1, 4]]))
E(C, "eigen vlaues of [[1,2],[2,1]] ??", eig_([[1, 2], [2, 1]]))
E(C, "derivitive of x^2 e^x pls", d_("x**2*exp(x)"))
E(C, "determinent [[4,2],[1,3]]", det_([[4, 2], [1, 3]]))
E(C, "hey can u do inverse [[2,5],[1,3]] thx", inv_([[2, 5], [1, 3]]))
E(C, "gradnt of x^2+y^2 at 1,2 🙏🙏", grad_("x**2 + y**2", 'x y', {'x': 1, 'y': 2}))
E(C, "d/dx sinx/x", d_("sin(x)/x"))
E(C, "wat is rank of [[1,1],[1,1]]", rank_([[1, 1], [1, 1]]))
E(C, "need hessian 4 x^3+y^3 urgent", hess_("x**3 + y**3", 'x y'),
  amb="'4' is WhatsApp for 'for': expected hessian of x^3 + y^3, not of 4x^3 + y^3")
E(C, "solv x+2y=4, 3x-y=5", solve_(["x + 2*y = 4", "3*x - y = 5"], 'x y'))
E(C, "cros product (1,2,3),(3,2,1)", cross_([1, 2, 3], [3, 2, 1]))
E(C, "projn of (3,4) on (1,0)", proj_([3, 4], [1, 0]))
E(C, "eigenvectrs [[4,1],[0,3]] pls", eigv_([[4, 1], [0, 3]]))
E(C, "mean n variance: 3,3,4,6,9", mean_([3, 3, 4, 6, 9]), var_([3, 3, 4, 6, 9]))
E(C, "taylor sinx upto x^3 quick", taylor_("sin(x)", 3))
E(C, "2nd derivative x^3lnx", hd_("x**3*log(x)", 2))
E(C, "partial of x^2y wrt x??", pd_("x**2*y", 'x'))
E(C, "dist b/w (0,0) n (5,12)", dist_([0, 0], [5, 12]))
E(C, "jacobian [x*y, x^2] wrt x,y plsss", jac_(["x*y", "x**2"], 'x y'))
E(C, "norm (1,2,2) ?", norm_([1, 2, 2]))
E(C, "ok so whats AB if A=[[1,0],[2,1]] n B=[[1,3],[0,1]]", mul_([[1, 0], [2, 1]], [[1, 3], [0, 1]]))
E(C, "gram schmidt (1,1),(1,0) orthonormal pls", gs_([[1, 1], [1, 0]]))
E(C, "|A| for A=[[2,1],[1,3]] ?", det_([[2, 1], [1, 3]]),
  amb="'|A|' for a matrix: expected reading determinant (not a norm)")
E(C, "pls tell d/dx(tan x)", d_("tan(x)"))
E(C, "d/dx log x ??", d_("log(x)"),
  amb="'log x' with no base: expected natural log, answer 1/x (base 10 would give 1/(x ln 10))")
E(C, "sin^-1 x derivative", d_("asin(x)"),
  amb="'sin^-1 x' could be arcsin x or 1/sin x; expected arcsin x")

# ============================================================ refuse
R("find the determinant", "no matrix given")
R("what is the capital of France", "off-topic")
R("determinant of [[1, 2, 3], [4, 5, 6]]", "det of a non-square 2x3 matrix")
R("multiply [[1,2,3],[4,5,6]] by [[1,2,3],[4,5,6]]", "2x3 times 2x3: dimension mismatch")
R("inverse of [[1, 2], [2, 4]]", "singular matrix (det 0), no inverse")
R("integrate e^(x^2) dx, give the antiderivative in elementary functions", "non-elementary integral, outside syllabus")
R("prove that every real symmetric matrix has real eigenvalues", "proof request, not a computation")
R("derivative of", "incomplete: no function")
R("eigenvalues of [[1,2,3],[4,5,6]]", "eigenvalues of a non-square matrix")
R("add (1,2) and (1,2,3)", "vector dimension mismatch")
R("cross product of (1,2) and (3,4)", "cross product needs 3-vectors")
R("dot product of (1,2,3) and (4,5)", "dot product dimension mismatch")
R("can you write my resume for a data scientist job", "off-topic")
R("what is the derivative of banana", "nonsense math")
R("inverse of [[1,2,3],[4,5,6],[7,8,9]]", "singular matrix (det 0), no inverse")
R("good morning sir 🙏", "greeting only, no question")
R("which laptop should I buy for ML", "off-topic")
R("gradient of", "incomplete: no function")
R("find the determinant of [[1,2],[3,]]", "malformed matrix")
R("prove the Cauchy-Schwarz inequality", "proof request")
R("AB for A = [[1,2],[3,4]], B = [[1,2,3]]", "2x2 times 1x3: dimension mismatch")
R("bhai inverse nikalo [[3, 6], [1, 2]]", "singular matrix (det 0), no inverse (Hinglish)")
R("d/dx (x ++ * 3)", "nonsense expression")

# ============================================================ extra coverage (tasks with few items)
E('layout', "PCA: x = [1, 2, 3, 4], y = [2, 3, 5, 6] (each (x_i, y_i) is a sample); give the eigenvalues of the covariance matrix",
  pca_eigs_([[1, 2], [2, 3], [3, 5], [4, 6]]))
E('latex', r"Given the data matrix $X = \begin{bmatrix} 1 & 1 \\ -1 & -1 \\ 2 & 0 \\ -2 & 0 \end{bmatrix}$ (rows are samples), find the principal components",
  pca_dirs_([[1, 1], [-1, -1], [2, 0], [-2, 0]]))
E('hinglish', "PCA karna hai: points (2,2), (-2,-2), (1,-1), (-1,1), rows samples hai, covariance ke eigenvalues batao",
  pca_eigs_([[2, 2], [-2, -2], [1, -1], [-1, 1]]))
E('whatsapp', "pca first component?? data (3,1),(1,3),(-3,-1),(-1,-3) rows=samples", pca_dirs_([[3, 1], [1, 3], [-3, -1], [-1, -3]], k=1))
E('numpy', "X = np.array([[2, 0], [0, 1], [-2, 0], [0, -1]])  # rows = samples\nwhat eigenvalues does np.linalg.eigh(np.cov(X.T, bias=True)) return",
  pca_eigs_([[2, 0], [0, 1], [-2, 0], [0, -1]]))
E('multiline', "f(x, y) = x^2 + 2y^2\nstart (1, 1)\nlr 0.1\n2 steps of gradient descent", gd_("x**2 + 2*y**2", 'x y', [1, 1], '1/10', 2))
E('latex', r"Gradient descent on $f(w) = (w - 3)^2$ with $\eta = 0.25$ from $w_0 = 0$: give $w_1$ and $w_2$", gd_("(w - 3)**2", 'w', [0], '1/4', 2))
E('whatsapp', "gd 1 step f=x^2+y^2 from (2,-1) lr 0.5 ??", gd_("x**2 + y**2", 'x y', [2, -1], '1/2', 1))
E('hinglish', "linear regression y = m x + c, data (1, 1), (2, 3), (3, 2); MSE = (1/n) Σ (y_i - (m x_i + c))^2 ka gradient m = 0, c = 0 pe batao",
  lossgrad_([1, 2, 3], [1, 3, 2], "m*x + c", 'm c', [0, 0]))
E('latex', r"$L(w, b) = \frac{1}{2n}\sum_{i=1}^{n} (w x_i + b - y_i)^2$ with $x = (0, 1, 2)$, $y = (1, 3, 7)$; compute $\nabla L$ at $w = 2, b = 1$",
  lossgrad_([0, 1, 2], [1, 3, 7], "w*x + b", 'w b', [2, 1], scale='1/2n'))
E('numpy', "X = np.array([1, 2, 4]); y = np.array([3, 5, 9])\nloss = np.mean((w*X + b - y)**2)\nwhat is the gradient (dL/dw, dL/db) at w = 0, b = 0",
  lossgrad_([1, 2, 4], [3, 5, 9], "w*x + b", 'w b', [0, 0]))
E('latex', r"Find the RREF of $\begin{bmatrix} 2 & 4 & 2 \\ 1 & 3 & 2 \end{bmatrix}$", rref_([[2, 4, 2], [1, 3, 2]]))
E('whatsapp', "rref [[1,1,1],[1,2,3],[2,3,4]] pls", rref_([[1, 1, 1], [1, 2, 3], [2, 3, 4]]))
E('hinglish', "[[1, 1, 0], [0, 1, 1]] ka null space nikalo", null_([[1, 1, 0], [0, 1, 1]]))
E('numpy', "scipy.linalg.null_space(np.array([[1, 2, 1], [2, 5, 3]])) - which direction does it give (up to scale)?", null_([[1, 2, 1], [2, 5, 3]]))
E('hinglish', "[[1,2],[3,4],[5,6]] ka transpose", transpose_([[1, 2], [3, 4], [5, 6]]))
E('latex', r"$\begin{bmatrix} 1 & 0 & 2 \\ 3 & 1 & 4 \end{bmatrix}^T$", transpose_([[1, 0, 2], [3, 1, 4]]))
E('whatsapp', "chain rule: f = sin(x), x = t^2, df/dt?", chain_("sin(x)", {'x': 't**2'}))
E('trailing_chat', "dz/dt if z = e^x y, x = t, y = t^2 ??", chain_("exp(x)*y", {'x': 't', 'y': 't**2'}))
E('latex', r"$a = \sigma(w x + b)$ with $\sigma(z) = \frac{1}{1 + e^{-z}}$; find $\frac{\partial a}{\partial w}$", pd_("1/(1 + exp(-(w*x + b)))", 'w'))
E('multiline', "eigenvectors of\n2 1 0\n1 2 0\n0 0 5", eigv_([[2, 1, 0], [1, 2, 0], [0, 0, 5]]))
E('latex', r"Find the stationary points of $f(x,y) = x^3 - 3x + y^2$", crit_("x**3 - 3*x + y**2", 'x y'))
E('whatsapp', "critcal pts of x^3+y^3-3xy", crit_("x**3 + y**3 - 3*x*y", 'x y'))
E('latex', r"angle between $\mathbf{u} = (1, 2)$ and $\mathbf{v} = (2, 1)$", angle_([1, 2], [2, 1]))
E('latex', r"Use Gram–Schmidt to find an orthogonal (not normalised) basis from $\mathbf{v}_1 = (1, 1, 1)$, $\mathbf{v}_2 = (0, 1, 2)$",
  gs_([[1, 1, 1], [0, 1, 2]], orthonormal=False))
E('numpy', "B = np.array([[1, 0], [0, 1], [1, 1]])\nP = B @ np.linalg.inv(B.T @ B) @ B.T\nP @ np.array([1, 2, 0]) = ?", projspan_([1, 2, 0], [[1, 0, 1], [0, 1, 1]]))
E('hinglish', "f = (x^2 y, x y^3) ka jacobian (1, 2) pe", jac_(["x**2*y", "x*y**3"], 'x y', {'x': 1, 'y': 2}))
E('latex', r"sample covariance matrix (divide by $N-1$) of $\mathbf{x}_1 = (1, 2)$, $\mathbf{x}_2 = (3, 3)$, $\mathbf{x}_3 = (5, 7)$",
  cov_([[1, 2], [3, 3], [5, 7]], sample=True))
E('hinglish', "sample variance (n-1 wala) of 4, 8, 6, 2", var_([4, 8, 6, 2], sample=True))
E('trailing_chat', "(1,2,3) + (4,5,6) = ?", vadd_([[1, 2, 3], [4, 5, 6]]))
E('whatsapp', "[[5,5],[5,5]] minus [[1,2],[3,4]]", add_([[5, 5], [5, 5]], [[1, 2], [3, 4]], sub=True))
E('latex', r"$\begin{bmatrix} 1 & 2 & 3 \end{bmatrix} \begin{bmatrix} 1 \\ 0 \\ -1 \end{bmatrix}$", mul_([[1, 2, 3]], [[1], [0], [-1]]))
E('layout', "x1 = (1, 2), x2 = (2, 1), x3 = (3, 3), x4 = (2, 2): the four samples. mean?", mean_([[1, 2], [2, 1], [3, 3], [2, 2]]))
E('multiline', "newton step\ng(x) = x^3 - 8\nx0 = 3\nfind x1", newton_("x**3 - 8", 3, 1))


def main():
    for k, it in enumerate(ITEMS, 1):
        it['id'] = f'hv3-{k:03d}'
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'parse_heldout_v3.yaml')
    with open(out, 'w', encoding='utf-8') as fh:
        yaml.safe_dump(ITEMS, fh, sort_keys=False, allow_unicode=True, width=10000)
    from collections import Counter
    print(len(ITEMS), 'messages')
    print(Counter(it['class'] for it in ITEMS))
    print(Counter(a['task'] for it in ITEMS for a in it['answers']))
    print('ambiguous', sum(1 for it in ITEMS if it.get('ambiguous')), 'refuse', sum(1 for it in ITEMS if it['expect'] == 'refuse'))


if __name__ == '__main__':
    main()
