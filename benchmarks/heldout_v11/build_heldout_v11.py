#!/usr/bin/env python
"""Build the held-out set v11 for the MML Tutor input reader.

Every message has a clean restatement (a small Python-like DSL of calls, parts separated by
'; ', with 'NAME=value' assignments for matrices/vectors).  Every expected answer is computed
with SymPy from that restatement; no answer value is typed by hand.
Run:  python build_heldout_v11.py   -> writes parse_heldout_v11.yaml next to this file.
"""
import os, re
import yaml
import sympy as sp
from sympy import Matrix, Rational, sqrt, sstr, eye, Symbol

# ---------------------------------------------------------------- symbols / parsing
LOC = {c: Symbol(c) for c in 'abcdefghijklmnopqrstuvwxyz'}
LOC.update({n: Symbol(n) for n in ['E', 'theta', 'alpha', 'beta', 'gamma', 'mu', 'sigma',
                                   'theta0', 'theta1', 'w0', 'w1', 'w2', 'x1', 'x2', 'x3',
                                   'a1', 'a2', 'y1', 'y2']})
LOC['exp'] = sp.exp; LOC['log'] = sp.log; LOC['pi'] = sp.pi; LOC['Max'] = sp.Max


def X(s):
    if isinstance(s, str):
        return sp.sympify(s, locals=LOC)
    return sp.sympify(s)


def V(s):
    return [X(t.strip()) for t in s.split(',')] if isinstance(s, str) else [X(t) for t in s]


def M(a):
    if isinstance(a, Matrix):
        return a
    if isinstance(a, (list, tuple)) and a and isinstance(a[0], (list, tuple)):
        return Matrix([[X(e) for e in r] for r in a])
    return Matrix([X(e) for e in a])          # flat list -> column vector


def ans(task, typ, value):
    return {'task': task, 'type': typ, 'value': value}


def mtype(m):
    return 'vector' if m.shape[1] == 1 else 'matrix'


def fl(v):
    return float(round(float(v), 6))

# ---------------------------------------------------------------- linear algebra
def det(A): return ans('det', 'number', sp.simplify(M(A).det()))
def inverse(A): return ans('inverse', 'matrix', M(A).inv())
def transpose(A): return ans('transpose', 'matrix', M(A).T)
def multiply(A, B):
    r = M(A) * M(B); return ans('multiply', mtype(r), r)
def add(*ms):
    r = M(ms[0])
    for m in ms[1:]: r = r + M(m)
    return ans('add', mtype(r), r)
def subtract(A, B):
    r = M(A) - M(B); return ans('subtract', mtype(r), r)
def matrix_expression(r):
    r = M(r)
    if r.shape == (1, 1): return ans('matrix_expression', 'number', sp.simplify(r[0, 0]))
    return ans('matrix_expression', mtype(r), sp.simplify(r))
def rank(A): return ans('rank', 'number', M(A).rank())
def rank_of_vectors(*vs): return ans('rank', 'number', Matrix([list(M(v)) for v in vs]).rank())
def rref(A): return ans('rref', 'matrix', M(A).rref()[0])
def nullspace(A): return ans('nullspace', 'vectors_up_to_scale', M(A).nullspace())
def trace(A): return ans('trace', 'number', M(A).trace())


def _eigs(A):
    ev = M(A).eigenvals()
    out = []
    for k, m in ev.items():
        out += [k] * m
    out = sorted(out, key=lambda z: (sp.re(sp.N(z)), sp.im(sp.N(z))))
    if any(sp.N(z).has(sp.I) or not z.is_real for z in out) and all(abs(sp.im(sp.N(z, 30))) < 1e-20 for z in out):
        out = [sp.Float(sp.re(sp.N(z, 15)), 10) for z in out]   # casus irreducibilis: 10 digits
    return out
def eigenvalues(A): return ans('eigenvalues', 'multiset', _eigs(A))
def eigenvectors(A):
    vs = []
    for val, mult, basis in sorted(M(A).eigenvects(), key=lambda t: sp.N(t[0])):
        vs += [sp.simplify(b) for b in basis]
    return ans('eigenvectors', 'vectors_up_to_scale', vs)


def solve_system(eqs, vars):
    vs = V(vars)
    ex = []
    for e in eqs:
        l, r = e.split('=')
        ex.append(X(l) - X(r))
    sol = sp.solve(ex, vs, dict=True)
    return ans('solve_system', 'points', [{v: s[v] for v in vs} for s in sol])
def solve_Ab(A, b): return ans('solve_system', 'vector', M(A).LUsolve(M(b)))

# ---------------------------------------------------------------- vectors
def dot(u, v):
    u, v = M(u), M(v); return ans('dot', 'number', u.dot(v))
def cross(u, v): return ans('cross', 'vector', M(u).cross(M(v)))
def perpendicular(u, v): return ans('cross', 'vectors_up_to_scale', [M(u).cross(M(v))])
def norm(v, p=2):
    v = M(v)
    if p == 'inf': r = max(abs(e) for e in v)
    else: r = sp.simplify(sum(abs(e) ** p for e in v) ** Rational(1, p))
    return ans('norm', 'number', sp.nsimplify(r))
def norm_squared(v):
    v = M(v); return ans('norm', 'number', v.dot(v))
def distance(p, q, ord=2):
    d = M(p) - M(q)
    r = sum(abs(e) for e in d) if ord == 1 else sp.sqrt(d.dot(d))
    return ans('distance', 'number', sp.simplify(r))
def angle(u, v):
    u, v = M(u), M(v)
    return ans('angle', 'number', sp.simplify(sp.acos(u.dot(v) / (u.norm() * v.norm()))))
def projection(u, v):
    u, v = M(u), M(v); return ans('projection', 'vector', (u.dot(v) / v.dot(v)) * v)
def projection_span(u, *bs):
    B = Matrix.hstack(*[M(b) for b in bs]); u = M(u)
    return ans('projection', 'vector', sp.simplify(B * (B.T * B).inv() * B.T * u))
def scalar_projection(u, v):
    u, v = M(u), M(v); return ans('scalar_projection', 'number', sp.simplify(u.dot(v) / v.norm()))
def gram_schmidt(*vs):
    return ans('gram_schmidt', 'list', [sp.simplify(w) for w in sp.GramSchmidt([M(v) for v in vs], True)])

# ---------------------------------------------------------------- statistics
def _data(rows):
    return Matrix([[X(e) for e in r] for r in rows])   # rows are samples
def mean(data):
    if data and not isinstance(data[0], (list, tuple)):
        return ans('mean', 'number', sum(X(e) for e in data) / len(data))
    D = _data(data); n = D.shape[0]
    return ans('mean', 'vector', Matrix([sum(D[:, j]) / n for j in range(D.shape[1])]))
def variance(data, sample=False):
    xs = [X(e) for e in data]; n = len(xs); mu = sum(xs) / n
    return ans('variance', 'number', sum((x - mu) ** 2 for x in xs) / (n - 1 if sample else n))
def _cov(D, sample=False):
    n = D.shape[0]
    mu = Matrix([[sum(D[:, j]) / n for j in range(D.shape[1])]])
    C = D - Matrix.vstack(*[mu] * n)
    return (C.T * C) / (n - 1 if sample else n)
def covariance(rows, sample=False): return ans('covariance', 'matrix', _cov(_data(rows), sample))
def covariance_vars(vars_rows, sample=False):   # rows are variables (np.cov default)
    return ans('covariance', 'matrix', _cov(_data(vars_rows).T, sample))
def covariance_xy(xs, ys, sample=False):
    return ans('covariance', 'number', _cov(_data(list(zip(xs, ys))), sample)[0, 1])
def pca(rows, what='first'):
    C = _cov(_data(rows))
    ev = sorted(C.eigenvects(), key=lambda t: -sp.N(t[0]))
    vecs = []
    vals = []
    for val, mult, basis in ev:
        vecs += basis; vals += [val] * mult
    if what == 'first': return ans('pca', 'vectors_up_to_scale', [vecs[0]])
    if what == 'directions': return ans('pca', 'vectors_up_to_scale', vecs)
    tot = sum(vals)
    return ans('pca', 'list', [sp.nsimplify(v / tot) for v in vals])

# ---------------------------------------------------------------- calculus
def derivative(f, var='x', at=None):
    r = sp.diff(X(f), X(var))
    if at is not None:
        return ans('derivative', 'number', sp.simplify(r.subs(X(var), X(at))))
    return ans('derivative', 'expr', r)
def higher_derivative(f, var, n): return ans('higher_derivative', 'expr', sp.diff(X(f), X(var), n))
def partial_derivative(f, vars):
    return ans('partial_derivative', 'expr', sp.diff(X(f), *V(vars)))
def gradient(f, vars, at=None):
    vs = V(vars); g = Matrix([sp.diff(X(f), v) for v in vs])
    if at is not None: g = g.subs(dict(zip(vs, V(at))))
    return ans('gradient', 'vector', g)
def jacobian(fs, vars): return ans('jacobian', 'matrix', Matrix([X(f) for f in fs]).jacobian(V(vars)))
def hessian(f, vars): return ans('hessian', 'matrix', sp.hessian(X(f), V(vars)))
def taylor(f, var='x', x0=0, n=3):
    x = X(var)
    return ans('taylor', 'expr', sp.series(X(f), x, X(x0), n + 1).removeO())
def taylor_nonzero(f, var='x', k=3):
    x = X(var); n = k
    while True:
        s = sp.expand(sp.series(X(f), x, 0, n).removeO())
        terms = [t for t in sp.Add.make_args(s) if t != 0]
        if len(terms) >= k + 1 or n > 40:
            terms = sorted(terms, key=lambda t: sp.degree(t, x))[:k]
            return ans('taylor', 'expr', sp.Add(*terms))
        n += 2
def critical_points(f, vars):
    vs = V(vars); f = X(f)
    sol = sp.solve([sp.diff(f, v) for v in vs], vs, dict=True)
    sol = [s for s in sol if all(s[v].is_real for v in vs)]
    sol = sorted(sol, key=lambda s: [sp.N(s[v]) for v in vs])
    return ans('critical_points', 'points', [{v: s[v] for v in vs} for s in sol])
def chain_rule(f, subs, t='t'):
    g = X(f).subs({X(k): X(v) for k, v in subs.items()})
    return ans('chain_rule', 'expr', sp.simplify(sp.diff(g, X(t))))
def newton(f, x0, n, var='x'):
    x = X(var); f = X(f); fp = sp.diff(f, x); xs = []; cur = X(x0)
    for _ in range(n):
        cur = sp.nsimplify(cur - f.subs(x, cur) / fp.subs(x, cur))
        xs.append(fl(cur))
    return ans('newton', 'list', xs)
def gradient_descent(f, vars, x0, lr, n):
    vs = V(vars); f = X(f); g = [sp.diff(f, v) for v in vs]
    cur = V(x0); lr = sp.nsimplify(lr); out = []
    for _ in range(n):
        sub = dict(zip(vs, cur))
        cur = [c - lr * gi.subs(sub) for c, gi in zip(cur, g)]
        out.append(fl(cur[0]) if len(vs) == 1 else [fl(c) for c in cur])
    return ans('gradient_descent', 'list', out)
def loss_gradient(model, params, xs, ys, at, kind='mse'):
    ps = V(params); x = Symbol('x')
    L = sum((X(model).subs(x, X(xi)) - X(yi)) ** 2 for xi, yi in zip(xs, ys))
    if kind == 'mse': L = L / len(xs)
    if kind == 'half_sse': L = L / 2
    g = Matrix([sp.diff(L, p) for p in ps]).subs(dict(zip(ps, V(at))))
    return ans('loss_gradient', 'vector', sp.simplify(g))


NS = {k: v for k, v in globals().items() if callable(v)}
NS.update({'Matrix': Matrix, 'eye': eye, 'sqrt': sqrt, 'Rational': Rational})


def compute(restatement):
    env = dict(NS)
    out = []
    for part in restatement.split('; '):
        m = re.match(r'^([A-Za-z]\w*)\s*=\s*(.*)$', part)
        if m and not part.startswith(('solve', 'derivative')):
            env[m.group(1)] = M(eval(m.group(2), {}, {}))
            continue
        out.append(eval(part, env))
    return out

# ---------------------------------------------------------------- the messages
ITEMS = []
def P(cls, text, rest, amb=False, note=''):
    ITEMS.append(dict(cls=cls, text=text, rest=rest, expect='answer', amb=amb, note=note))
def R(cls, text, note):
    ITEMS.append(dict(cls=cls, text=text, rest='refuse', expect='refuse', amb=False, note=note))

# plain
c = 'plain'
P(c, "Find the determinant of [[3, -1], [2, 5]]", "det([[3, -1], [2, 5]])")
P(c, "Compute the inverse of the matrix [[4, 7], [2, 6]].", "inverse([[4, 7], [2, 6]])")
P(c, "What is the rank of the matrix [[1, 2, 3], [2, 4, 6], [1, 0, 1]]?", "rank([[1, 2, 3], [2, 4, 6], [1, 0, 1]])")
P(c, "Find the eigenvalues of [[5, 4], [1, 2]]", "eigenvalues([[5, 4], [1, 2]])")
P(c, "Find the eigenvectors of [[3, 1], [0, 2]]", "eigenvectors([[3, 1], [0, 2]])")
P(c, "Solve the system 2x + y = 5 and x - y = 1", "solve_system(['2*x + y = 5', 'x - y = 1'], 'x, y')")
P(c, "Compute the trace of [[7, 2, 0], [1, -3, 4], [5, 5, 9]]", "trace([[7, 2, 0], [1, -3, 4], [5, 5, 9]])")
P(c, "Find the dot product of (1, -2, 4) and (3, 0, 2)", "dot([1, -2, 4], [3, 0, 2])")
P(c, "Differentiate f(x) = x^4 - 3x^2 + 7 with respect to x", "derivative('x**4 - 3*x**2 + 7', 'x')")
P(c, "Find the gradient of f(x, y) = x^2 y + 3y^2", "gradient('x**2*y + 3*y**2', 'x, y')")
P(c, "Find the Hessian of f(x, y) = x^3 + 2xy + y^2", "hessian('x**3 + 2*x*y + y**2', 'x, y')")
P(c, "Find the reduced row echelon form of [[1, 2, -1], [2, 4, 1], [3, 6, 0]]", "rref([[1, 2, -1], [2, 4, 1], [3, 6, 0]])")
P(c, "Find the null space of [[1, 1, 2], [2, 2, 4]]", "nullspace([[1, 1, 2], [2, 2, 4]])")
P(c, "Find the angle between the vectors (1, 0) and (1, 1).", "angle([1, 0], [1, 1])")
P(c, "Find the mean of the data 4, 8, 15, 16, 23, 42", "mean([4, 8, 15, 16, 23, 42])")
P(c, "Find the critical points of f(x, y) = x^2 + y^2 - 4x + 6y", "critical_points('x**2 + y**2 - 4*x + 6*y', 'x, y')")
P(c, "Use Newton-Raphson on f(x) = x^2 - 5 starting at x0 = 2 for 3 iterations.", "newton('x**2 - 5', 2, 3)")
P(c, "Find the Jacobian of F(x, y) = (x^2 y, 5x + sin y)", "jacobian(['x**2*y', '5*x + sin(y)'], 'x, y')")
P(c, "Find the vector projection of u = (2, 3) onto v = (4, 0)", "projection([2, 3], [4, 0])")
P(c, "Apply Gram-Schmidt to the vectors (1, 1, 0) and (1, 0, 1) to get an orthonormal basis.", "gram_schmidt([1, 1, 0], [1, 0, 1])")
P(c, "Find the eigenvalues of [[2, 1, 0], [1, 3, 1], [0, 1, 5]]", "eigenvalues([[2, 1, 0], [1, 3, 1], [0, 1, 5]])", note='harder: irreducible cubic, three real roots (given to 10 digits)')
P(c, "Find the orthogonal projection of v = (1, 2, 3) onto the span of (1, 0, 0) and (0, 1, 1)", "projection_span([1, 2, 3], [1, 0, 0], [0, 1, 1])")

# words_dropped
c = 'words_dropped'
P(c, "differentiate x squared times sin x", "derivative('x**2*sin(x)', 'x')")
P(c, "derivative of x cubed minus 4 x squared plus x", "derivative('x**3 - 4*x**2 + x', 'x')")
P(c, "d/dx of x times e to the x", "derivative('x*exp(x)', 'x')")
P(c, "what is the derivative of e to the power 2x plus x cubed", "derivative('exp(2*x) + x**3', 'x')", True, 'read as e^(2x) + x^3 (not e^(2x + x^3))')
P(c, "find A.T where A = [[1, 2, 3], [4, 5, 6]]", "transpose([[1, 2, 3], [4, 5, 6]])")
P(c, "A' for A = [[0, -1], [5, 2]]", "transpose([[0, -1], [5, 2]])", note="A' is the transpose")
P(c, "compute A^T A for A = [[1, 2], [0, 1], [3, 1]]", "A=[[1, 2], [0, 1], [3, 1]]; matrix_expression(A.T*A)")
P(c, "find the determinant and the inverse of [[2, 5], [1, 3]]", "det([[2, 5], [1, 3]]); inverse([[2, 5], [1, 3]])")
P(c, "trace and rank of [[1, 2], [2, 4]]", "trace([[1, 2], [2, 4]]); rank([[1, 2], [2, 4]])")
P(c, "second derivative of x to the fourth", "higher_derivative('x**4', 'x', 2)")
P(c, "differentiate square root of x plus 1 over x", "derivative('sqrt(x) + 1/x', 'x')", True, 'read as sqrt(x) + 1/x (not sqrt(x+1)/x)')
P(c, "d/dx cos squared x", "derivative('cos(x)**2', 'x')")
P(c, "find the partial derivative with respect to y of x squared y cubed", "partial_derivative('x**2*y**3', 'y')")
P(c, "gradient of x squared plus y squared plus z squared at the point (1, 2, 3)", "gradient('x**2 + y**2 + z**2', 'x, y, z', at='1, 2, 3')")
P(c, "transpose of B and then B times B transpose, B = [[1, 0, 2], [3, 1, 1]]", "B=[[1, 0, 2], [3, 1, 1]]; transpose(B); matrix_expression(B*B.T)")
P(c, "derivative of natural log of x squared", "derivative('log(x**2)', 'x')", True, 'read as ln(x^2), not (ln x)^2')
P(c, "third derivative of x to the fifth minus x cubed", "higher_derivative('x**5 - x**3', 'x', 3)")

# exp_ml
c = 'exp_ml'
P(c, "d/dx sigmoid(x) where sigmoid(x) = 1/(1+e^-x)", "derivative('1/(1 + exp(-x))', 'x')")
P(c, "derivative of 1/(1+e^-3x)", "derivative('1/(1 + exp(-3*x))', 'x')")
P(c, "differentiate e^3x sin x", "derivative('exp(3*x)*sin(x)', 'x')", True, 'read as e^(3x)*sin(x)')
P(c, "derivative of softplus log(1+e^x)", "derivative('log(1 + exp(x))', 'x')")
P(c, "d/dx tanh(2x)", "derivative('tanh(2*x)', 'x')")
P(c, "derivative of relu(x) = max(0, x) at x = 3", "derivative('Max(0, x)', 'x', at=3)")
P(c, "d/dx exp(-x^2/2)", "derivative('exp(-x**2/2)', 'x')")
P(c, "differentiate e^-2x cos x", "derivative('exp(-2*x)*cos(x)', 'x')", True, 'read as e^(-2x)*cos(x)')
P(c, "derivative of log(1 + exp(-x))", "derivative('log(1 + exp(-x))', 'x')")
P(c, "second derivative of e^(x^2)", "higher_derivative('exp(x**2)', 'x', 2)")
P(c, "gradient of sigmoid(w*x + b) w.r.t. w and b", "gradient('1/(1 + exp(-(w*x + b)))', 'w, b')")
P(c, "d/dx x*tanh(x)", "derivative('x*tanh(x)', 'x')")
P(c, "derivative of ln(sigmoid(x))", "derivative('log(1/(1 + exp(-x)))', 'x')")
P(c, "Derivative of the softplus function ln(1 + e^{2x})", "derivative('log(1 + exp(2*x))', 'x')")
P(c, "d/dz of (1 - e^-2z)/(1 + e^-2z)", "derivative('(1 - exp(-2*z))/(1 + exp(-2*z))', 'z')")
P(c, "taylor series of e^-x up to x^3", "taylor('exp(-x)', 'x', 0, 3)")
P(c, "d/dx of exp(x)/(1+exp(x)) at x = 0", "derivative('exp(x)/(1 + exp(x))', 'x', at=0)")

# superscript_unicode
c = 'superscript_unicode'
P(c, "2nd derivative of x² eˣ", "higher_derivative('x**2*exp(x)', 'x', 2)")
P(c, "differentiate x⁻¹ + x⁴", "derivative('x**(-1) + x**4', 'x')")
P(c, "find Aᵀ for A = [[1, 4], [2, 5], [3, 6]]", "transpose([[1, 4], [2, 5], [3, 6]])")
P(c, "∂/∂y of x²y³ + 4y", "partial_derivative('x**2*y**3 + 4*y', 'y')")
P(c, "derivative of √x · sin x", "derivative('sqrt(x)*sin(x)', 'x')")
P(c, "d/dx ½x² + 3x", "derivative('x**2/2 + 3*x', 'x')")
P(c, "gradient of f(x₁, x₂) = x₁² + 3x₁x₂", "gradient('x1**2 + 3*x1*x2', 'x1, x2')")
P(c, "d/dθ sin²θ", "derivative('sin(theta)**2', 'theta')")
P(c, "∇f for f = x² + y²z", "gradient('x**2 + y**2*z', 'x, y, z')")
P(c, "find A⁻¹ if A = [[2, 1], [1, 1]]", "inverse([[2, 1], [1, 1]])")
P(c, "d/dx x^½ + x^⅓", "derivative('x**Rational(1, 2) + x**Rational(1, 3)', 'x')")
P(c, "Taylor series of cos x till x⁶", "taylor('cos(x)', 'x', 0, 6)")
P(c, "find ‖v‖ for v = (3, −4, 12)", "norm([3, -4, 12])")
P(c, "d/dx (x² − 1)³", "derivative('(x**2 - 1)**3', 'x')")
P(c, "compute A² for A = [[1, 1], [0, 1]]", "A=[[1, 1], [0, 1]]; matrix_expression(A**2)")
P(c, "d/dt e⁻ᵗ cos t", "derivative('exp(-t)*cos(t)', 't')")
P(c, "∂²f/∂x∂y for f = x³y²", "partial_derivative('x**3*y**2', 'x, y')")
P(c, "find the angle between a = (1, 1, 0) and b = (0, 1, 1) in radians θ = ?", "angle([1, 1, 0], [0, 1, 1])")

# indexed_vars
c = 'indexed_vars'
P(c, "hessian of x1^2 + 4*x1*x2 + 3*x2^2 - x1", "hessian('x1**2 + 4*x1*x2 + 3*x2**2 - x1', 'x1, x2')")
P(c, "gradient of f = x_1^2 + x_2^2 + x_3^2 - 2x_1x_3", "gradient('x1**2 + x2**2 + x3**2 - 2*x1*x3', 'x1, x2, x3')")
P(c, "partial derivative of w1*x1 + w2*x2 + b with respect to w2", "partial_derivative('w1*x1 + w2*x2 + b', 'w2')")
P(c, "gradient of theta0 + theta1 x wrt theta0 and theta1", "gradient('theta0 + theta1*x', 'theta0, theta1')")
P(c, "d/dx1 of x1^3 x2 + x2^2", "partial_derivative('x1**3*x2 + x2**2', 'x1')")
P(c, "Jacobian of (x1 + x2, x1*x2) wrt x1, x2", "jacobian(['x1 + x2', 'x1*x2'], 'x1, x2')")
P(c, "find the critical points of f(x1, x2) = x1^2 - 2x1 + x2^2 + 4x2", "critical_points('x1**2 - 2*x1 + x2**2 + 4*x2', 'x1, x2')")
P(c, "∂f/∂x₂ where f = x₁x₂ + x₂²x₃", "partial_derivative('x1*x2 + x2**2*x3', 'x2')")
P(c, "gradient of the loss (y - w0 - w1*x)^2 with respect to w0, w1", "gradient('(y - w0 - w1*x)**2', 'w0, w1')")
P(c, "hessian of f(x_1, x_2) = x_1^4 + x_1 x_2 + x_2^2", "hessian('x1**4 + x1*x2 + x2**2', 'x1, x2')")
P(c, "gradient of 3a1 + 2a2^2 - a1a2", "gradient('3*a1 + 2*a2**2 - a1*a2', 'a1, a2')")
P(c, "gradient descent on f(w1, w2) = w1^2 + 2*w2^2 from (1, 1) with learning rate 0.1, 2 steps", "gradient_descent('w1**2 + 2*w2**2', 'w1, w2', '1, 1', '0.1', 2)")
P(c, "partial of theta1^2 + theta0*theta1 wrt theta1", "partial_derivative('theta1**2 + theta0*theta1', 'theta1')")
P(c, "hessian of x1*x2*x3", "hessian('x1*x2*x3', 'x1, x2, x3')")
P(c, "gradient of y1^2 + y2^2 - y1y2 at (1,-1)", "gradient('y1**2 + y2**2 - y1*y2', 'y1, y2', at='1, -1')")
P(c, "∂/∂w₁ (w₁x₁ + w₀ − y)²", "partial_derivative('(w1*x1 + w0 - y)**2', 'w1')")

# letter_vars
c = 'letter_vars'
P(c, "second derivative of 4*i**3 - 2*i**2 + i wrt i", "higher_derivative('4*i**3 - 2*i**2 + i', 'i', 2)")
P(c, "differentiate 3*j**4 + j with respect to j", "derivative('3*j**4 + j', 'j')")
P(c, "What is the derivative of 2*q**5 - q**2 + 8?", "derivative('2*q**5 - q**2 + 8', 'q')")
P(c, "d/dl of l^3 - 6l", "derivative('l**3 - 6*l', 'l')")
P(c, "derivative of 5*t**2*sin(t)", "derivative('5*t**2*sin(t)', 't')")
P(c, "differentiate E**2 + 3*E with respect to E", "derivative('E**2 + 3*E', 'E')")
P(c, "find d/de of e^2 + 4e", "derivative('e**2 + 4*e', 'e')", True, 'e is the variable here (d/de), not Euler number')
P(c, "derivative of k*exp(k) with respect to k", "derivative('k*exp(k)', 'k')")
P(c, "What is the third derivative of -i**4 + 7*i**2 wrt i?", "higher_derivative('-i**4 + 7*i**2', 'i', 3)")
P(c, "partial derivative of i*j**2 + j with respect to j", "partial_derivative('i*j**2 + j', 'j')")
P(c, "d/dn n^3 + 2n", "derivative('n**3 + 2*n', 'n')")
P(c, "What is the derivative of 9*u**2 - 11*u?", "derivative('9*u**2 - 11*u', 'u')")
P(c, "gradient of p^2 q + q^3 wrt p and q", "gradient('p**2*q + q**3', 'p, q')")
P(c, "second derivative of 6*l**4 - l wrt l", "higher_derivative('6*l**4 - l', 'l', 2)")
P(c, "Differentiate -2*s**3 + s**2 - 10*s + 1 with respect to s.", "derivative('-2*s**3 + s**2 - 10*s + 1', 's')")
P(c, "d/dr (pi r^2)", "derivative('pi*r**2', 'r')")
P(c, "Let i be a real variable. Find the critical points of i^2 - 6i + 2", "critical_points('i**2 - 6*i + 2', 'i')")

# multi_operand
c = 'multi_operand'
P(c, "rank of (1,2,0), (0,1,1), (1,3,1)", "rank_of_vectors([1, 2, 0], [0, 1, 1], [1, 3, 1])")
P(c, "A + Aᵀ for A = [[1, 4], [2, 3]]", "A=[[1, 4], [2, 3]]; matrix_expression(A + A.T)")
P(c, "compute vᵀAv for A = [[2, 1], [1, 3]] and v = (1, 2)", "A=[[2, 1], [1, 3]]; v=[1, 2]; matrix_expression(v.T*A*v)")
P(c, "find ABC where A = [[1, 0], [1, 1]], B = [[2, 1], [0, 1]], C = [[1, -1], [0, 2]]", "A=[[1, 0], [1, 1]]; B=[[2, 1], [0, 1]]; C=[[1, -1], [0, 2]]; matrix_expression(A*B*C)")
P(c, "A squared for A = [[0, 1], [1, 1]]", "A=[[0, 1], [1, 1]]; matrix_expression(A**2)")
P(c, "A^3 where A = [[1, 2], [0, 1]]", "A=[[1, 2], [0, 1]]; matrix_expression(A**3)")
P(c, "2A - 3I for A = [[4, 1], [2, 5]]", "A=[[4, 1], [2, 5]]; matrix_expression(2*A - 3*eye(2))")
P(c, "A^2 - 5A + 6I where A = [[2, 1], [0, 3]]", "A=[[2, 1], [0, 3]]; matrix_expression(A**2 - 5*A + 6*eye(2))")
P(c, "are the vectors (1, 0, 1), (2, 1, 0), (0, 1, -2) independent? find the rank", "rank_of_vectors([1, 0, 1], [2, 1, 0], [0, 1, -2])")
P(c, "Gram-Schmidt on (1, 1, 1), (1, 1, 0), (1, 0, 0)", "gram_schmidt([1, 1, 1], [1, 1, 0], [1, 0, 0])")
P(c, "AB - BA for A = [[1, 2], [3, 4]] and B = [[0, 1], [1, 0]]", "A=[[1, 2], [3, 4]]; B=[[0, 1], [1, 0]]; matrix_expression(A*B - B*A)")
P(c, "sum of u, v and w: u = (1, 2, 3), v = (0, -1, 4), w = (2, 2, 2)", "add([1, 2, 3], [0, -1, 4], [2, 2, 2])")
P(c, "det of AB where A = [[1, 2], [3, 4]], B = [[2, 0], [1, 1]]", "A=[[1, 2], [3, 4]]; B=[[2, 0], [1, 1]]; det(A*B)")
P(c, "A Aᵀ with A = [[1, 2, 0], [0, 1, 3]]", "A=[[1, 2, 0], [0, 1, 3]]; matrix_expression(A*A.T)")
P(c, "mean of the vectors (1, 2), (3, 4), (5, 0), (-1, 2)", "mean([[1, 2], [3, 4], [5, 0], [-1, 2]])")
P(c, "xᵀAx where A = [[1, 2, 0], [2, 1, 0], [0, 0, 3]], x = (1, -1, 1)", "A=[[1, 2, 0], [2, 1, 0], [0, 0, 3]]; x=[1, -1, 1]; matrix_expression(x.T*A*x)")
P(c, "3u - 2v + w for u = (1, 0, 2), v = (2, 1, 1), w = (0, 4, -1)", "u=[1, 0, 2]; v=[2, 1, 1]; w=[0, 4, -1]; matrix_expression(3*u - 2*v + w)")

# scope_words
c = 'scope_words'
P(c, "taylor series of sin x till the x^5 term", "taylor('sin(x)', 'x', 0, 5)")
P(c, "maclaurin series of e^x upto x^4", "taylor('exp(x)', 'x', 0, 4)")
P(c, "taylor expansion of ln(1+x) up to order 3", "taylor('log(1 + x)', 'x', 0, 3)")
P(c, "first three non-zero terms of the maclaurin series of cos x", "taylor_nonzero('cos(x)', 'x', 3)")
P(c, "taylor series of ln x about x = 1 up to order 3", "taylor('log(x)', 'x', 1, 3)")
P(c, "taylor polynomial of e^x about x = 2 till (x-2)^2", "taylor('exp(x)', 'x', 2, 2)")
P(c, "maclaurin of 1/(1-x) upto x^5", "taylor('1/(1 - x)', 'x', 0, 5)")
P(c, "first two non-zero terms of the maclaurin series of tan x", "taylor_nonzero('tan(x)', 'x', 2)")
P(c, "taylor series of sqrt(x) about x = 4 up to second order", "taylor('sqrt(x)', 'x', 4, 2)")
P(c, "expand cos(2x) up to x^4", "taylor('cos(2*x)', 'x', 0, 4)")
P(c, "maclaurin series of e^(-x^2) till x^6", "taylor('exp(-x**2)', 'x', 0, 6)")
P(c, "2nd order taylor of x^3 around x = 1", "taylor('x**3', 'x', 1, 2)")
P(c, "first four non zero terms of sin x maclaurin", "taylor_nonzero('sin(x)', 'x', 4)")
P(c, "linear approximation of sqrt(x) at x = 9", "taylor('sqrt(x)', 'x', 9, 1)")
P(c, "taylor series of 1/x about x = 1 till third order", "taylor('1/x', 'x', 1, 3)")
P(c, "second-order Taylor of sigmoid(x) about 0", "taylor('1/(1 + exp(-x))', 'x', 0, 2)")
P(c, "taylor of x*e^x upto the x^3 term", "taylor('x*exp(x)', 'x', 0, 3)")

# norms_distances
c = 'norms_distances'
P(c, "||u - v|| for u = (3, 1, 2) and v = (1, -1, 1)", "distance([3, 1, 2], [1, -1, 1])", note='norm of u - v (a number, not the vector)')
P(c, "distance between (2, 3) and (5, 7)", "distance([2, 3], [5, 7])")
P(c, "|v| where v = (1, 2, 2)", "norm([1, 2, 2])")
P(c, "L1 norm of (3, -4, 1)", "norm([3, -4, 1], 1)")
P(c, "L2 norm of (1, 1, 1, 1)", "norm([1, 1, 1, 1])")
P(c, "euclidean distance between the points (1, 0, -1) and (4, 4, -1)", "distance([1, 0, -1], [4, 4, -1])")
P(c, "find the magnitude of 2i + 3j - 6k", "norm([2, 3, -6])", note='i, j, k are unit vectors here')
P(c, "infinity norm of (2, -7, 5)", "norm([2, -7, 5], 'inf')")
P(c, "length of the vector (5, 12)", "norm([5, 12])")
P(c, "||2u + v|| with u = (1, 0), v = (1, 3)", "u=[1, 0]; v=[1, 3]; norm(2*u + v)")
P(c, "distance from p = (1, 2, 3) to q = (2, 4, 5)", "distance([1, 2, 3], [2, 4, 5])")
P(c, "|u|² for u = (2, -1, 3)", "norm_squared([2, -1, 3])", note='squared norm')
P(c, "manhattan distance between (1, 2) and (4, -2)", "distance([1, 2], [4, -2], 1)")
P(c, "norm of u - v where u = [4, 0, 3], v = [1, 4, 3]", "distance([4, 0, 3], [1, 4, 3])")
P(c, "distance between points A(0,0,0) and B(1,2,2)", "distance([0, 0, 0], [1, 2, 2])")
P(c, "‖(1, −1, 1, −1)‖₂ = ?", "norm([1, -1, 1, -1])")

# cross_vs_dot
c = 'cross_vs_dot'
P(c, "cross product of (1, 2, 3) and (4, 5, 6)", "cross([1, 2, 3], [4, 5, 6])")
P(c, "dot product of (1, 2, 3) and (4, 5, 6)", "dot([1, 2, 3], [4, 5, 6])")
P(c, "u × v for u = (2, 0, 1), v = (1, -1, 3)", "cross([2, 0, 1], [1, -1, 3])")
P(c, "u · v for u = (2, 0, 1), v = (1, -1, 3)", "dot([2, 0, 1], [1, -1, 3])")
P(c, "find a x b where a = (1,0,0) and b = (0,1,0)", "cross([1, 0, 0], [0, 1, 0])", True, "'x' between two 3-D vectors read as the cross product")
P(c, "a.b where a = (3, -2) and b = (1, 4)", "dot([3, -2], [1, 4])")
P(c, "vector product of (0, 2, -1) and (3, 1, 1)", "cross([0, 2, -1], [3, 1, 1])")
P(c, "scalar product of (0, 2, -1) and (3, 1, 1)", "dot([0, 2, -1], [3, 1, 1])")
P(c, "inner product of [1, -1, 2, 0] and [3, 3, 1, 5]", "dot([1, -1, 2, 0], [3, 3, 1, 5])")
P(c, "cross multiply (1,1,1) with (1,-1,2)", "cross([1, 1, 1], [1, -1, 2])")
P(c, "dot and cross product of (2, 1, -1) and (0, 3, 2)", "dot([2, 1, -1], [0, 3, 2]); cross([2, 1, -1], [0, 3, 2])")
P(c, "u⋅v with u=(1,2,3,4), v=(4,3,2,1)", "dot([1, 2, 3, 4], [4, 3, 2, 1])")
P(c, "find a vector perpendicular to both (1, 0, 2) and (0, 1, -1)", "perpendicular([1, 0, 2], [0, 1, -1])")
P(c, "(1, 2, 0) ✕ (0, 1, 3)", "cross([1, 2, 0], [0, 1, 3])", note='U+2715 multiplication x copied from a website')

# layout
c = 'layout'
P(c, "det | 4 2 ; 1 3 |", "det([[4, 2], [1, 3]])")
P(c, "|2 1 0; 1 3 1; 0 1 4| = ?", "det([[2, 1, 0], [1, 3, 1], [0, 1, 4]])")
P(c, "covariance of x: 1, 2, 3, 4 | y: 2, 4, 5, 9", "covariance([[1, 2], [2, 4], [3, 5], [4, 9]])")
P(c, "mean of p1=(2,1), p2=(4,3), p3=(0,5)", "mean([[2, 1], [4, 3], [0, 5]])")
P(c, "covariance matrix, rows are samples: [[1, 2], [3, 6], [5, 4]]", "covariance([[1, 2], [3, 6], [5, 4]])")
P(c, "inverse of [1 2; 3 5]", "inverse([[1, 2], [3, 5]])")
P(c, "A = [2 0 1; 0 1 0; 1 0 2], find eigenvalues", "eigenvalues([[2, 0, 1], [0, 1, 0], [1, 0, 2]])")
P(c, "multiply [[1, 2], [3, 4]] by the column vector [5; 6]", "multiply([[1, 2], [3, 4]], [5, 6])")
P(c, "solve Ax = b where A = [3 1; 1 2] and b = [9; 8]", "solve_Ab([[3, 1], [1, 2]], [9, 8])")
P(c, "variance of x: 2, 4, 4, 4, 5, 5, 7, 9", "variance([2, 4, 4, 4, 5, 5, 7, 9])")
P(c, "first principal component of the points (2,0), (0,2), (-2,0), (0,-2), (1,1), (-1,-1)", "pca([[2, 0], [0, 2], [-2, 0], [0, -2], [1, 1], [-1, -1]], 'first')")
P(c, "rows: (1,0,2) (0,1,1) (2,1,5) find rank", "rank([[1, 0, 2], [0, 1, 1], [2, 1, 5]])")
P(c, "covariance of data: x = [1, 3, 5], y = [2, 2, 8] (sample)", "covariance([[1, 2], [3, 2], [5, 8]], sample=True)")
P(c, "matrix with rows 1 1 0 / 0 1 1 / 1 0 1, determinant", "det([[1, 1, 0], [0, 1, 1], [1, 0, 1]])")
P(c, "p1 = (1, 1), p2 = (2, 3), p3 = (3, 2), p4 = (6, 6): covariance matrix", "covariance([[1, 1], [2, 3], [3, 2], [6, 6]])")
P(c, "trace of [ 1 2 3 ; 4 5 6 ; 7 8 10 ]", "trace([[1, 2, 3], [4, 5, 6], [7, 8, 10]])")

# latex
c = 'latex'
P(c, r"Find $\det\begin{pmatrix} 2 & 3 \\ 1 & 4 \end{pmatrix}$", "det([[2, 3], [1, 4]])")
P(c, r"\begin{vmatrix} 1 & 2 & 0 \\ 3 & 1 & 1 \\ 0 & 2 & 1 \end{vmatrix}", "det([[1, 2, 0], [3, 1, 1], [0, 2, 1]])")
P(c, r"Differentiate $f(x) = \frac{x^2}{1+x}$", "derivative('x**2/(1 + x)', 'x')")
P(c, r"find \frac{d}{dx} \left( x^{3} \sin x \right)", "derivative('x**3*sin(x)', 'x')")
P(c, r"Compute $\mathbf{u} \cdot \mathbf{v}$ for $\mathbf{u} = (1, 2, -1)$ and $\mathbf{v} = (2, 0, 3)$", "dot([1, 2, -1], [2, 0, 3])")
P(c, r"$\nabla f$ where $f(x,y) = x^2 y + e^{xy}$", "gradient('x**2*y + exp(x*y)', 'x, y')")
P(c, r"$\frac{\partial}{\partial y} (x^2 y^3 + \sin(xy))$", "partial_derivative('x**2*y**3 + sin(x*y)', 'y')")
P(c, r"Find the eigenvalues of $A = \begin{bmatrix} 4 & 1 \\ 2 & 3 \end{bmatrix}$", "eigenvalues([[4, 1], [2, 3]])")
P(c, r"differentiate \sqrt{x^2 + 1}", "derivative('sqrt(x**2 + 1)', 'x')")
P(c, r"Find $\|\mathbf{a} - \mathbf{b}\|$ with $\mathbf{a} = (1,2,3)$, $\mathbf{b} = (4,6,3)$", "distance([1, 2, 3], [4, 6, 3])")
P(c, r"Compute the inverse of \left[\begin{array}{cc} 1 & 2 \\ 2 & 5 \end{array}\right]", "inverse([[1, 2], [2, 5]])")
P(c, r"Find the Hessian of $f(x,y) = x^{3} - 3xy + y^{3}$", "hessian('x**3 - 3*x*y + y**3', 'x, y')")
P(c, r"Maclaurin series of $e^{2x}$ up to $x^3$", "taylor('exp(2*x)', 'x', 0, 3)")
P(c, r"$\frac{d^2}{dx^2} \ln(x^2+1)$", "higher_derivative('log(x**2 + 1)', 'x', 2)")
P(c, r"Find $\mathbf{u} \times \mathbf{v}$, $\mathbf{u} = \langle 1, 0, -2 \rangle$, $\mathbf{v} = \langle 2, 1, 1 \rangle$", "cross([1, 0, -2], [2, 1, 1])")
P(c, r"$\sigma(x) = \frac{1}{1+e^{-x}}$, find $\sigma'(x)$", "derivative('1/(1 + exp(-x))', 'x')")
P(c, r"Find the critical points of $f(x,y) = x^2 + xy + y^2 - 3x$", "critical_points('x**2 + x*y + y**2 - 3*x', 'x, y')")
P(c, r"Compute $A^{T}A$ for $A = \begin{pmatrix} 1 & 0 \\ 2 & 1 \\ 0 & 3 \end{pmatrix}$", "A=[[1, 0], [2, 1], [0, 3]]; matrix_expression(A.T*A)")
P(c, r"Project $\vec{u} = (3, 4)$ onto $\vec{v} = (1, 1)$", "projection([3, 4], [1, 1])")
P(c, r"Solve $\begin{cases} x + 2y = 4 \\ 3x - y = 5 \end{cases}$", "solve_system(['x + 2*y = 4', '3*x - y = 5'], 'x, y')")
P(c, r"Find $\frac{\partial^2 f}{\partial x \partial y}$ for $f = x^2 y^2 + x y$", "partial_derivative('x**2*y**2 + x*y', 'x, y')")
P(c, r"$\operatorname{tr}\begin{pmatrix}1&2\\3&4\end{pmatrix}$", "trace([[1, 2], [3, 4]])")
P(c, r"From the notes: $J = \begin{bmatrix} \frac{\partial u}{\partial x} & \frac{\partial u}{\partial y} \\ \frac{\partial v}{\partial x} & \frac{\partial v}{\partial y}\end{bmatrix}$, find J for u = x^2 - y^2, v = 2xy", "jacobian(['x**2 - y**2', '2*x*y'], 'x, y')")
P(c, r"Compute $\cos\theta = \frac{\mathbf{a}\cdot\mathbf{b}}{\|\mathbf{a}\|\|\mathbf{b}\|}$ i.e. the angle $\theta$ between $\mathbf{a}=(1,2,2)$ and $\mathbf{b}=(2,1,-2)$", "angle([1, 2, 2], [2, 1, -2])")
P(c, r"$\frac{d}{dx}\left[\frac{e^{x}}{x^{2}}\right]$ = ?", "derivative('exp(x)/x**2', 'x')")

# numpy
c = 'numpy'
P(c, "np.linalg.det(np.array([[1, 2], [3, 4]]))", "det([[1, 2], [3, 4]])")
P(c, "A = np.array([[2, 1], [1, 2]])\nnp.linalg.eig(A)", "eigenvalues([[2, 1], [1, 2]]); eigenvectors([[2, 1], [1, 2]])", note='np.linalg.eig returns eigenvalues and eigenvectors')
P(c, "what does np.linalg.inv([[4, 3], [3, 2]]) give", "inverse([[4, 3], [3, 2]])")
P(c, "A @ B with A = np.array([[1, 2], [3, 4]]), B = np.array([[0, 1], [1, 0]])", "multiply([[1, 2], [3, 4]], [[0, 1], [1, 0]])")
P(c, "I got this output: array([[1, 2],\n       [3, 4]]) what is its determinant?", "det([[1, 2], [3, 4]])")
P(c, "A**2 in numpy for A = [[1, 2], [3, 4]]", "A=[[1, 2], [3, 4]]; matrix_expression(A.multiply_elementwise(A))", True, 'in NumPy A**2 is elementwise (not the matrix square A @ A); expected elementwise')
P(c, "np.dot([1, 2, 3], [4, 5, 6])", "dot([1, 2, 3], [4, 5, 6])")
P(c, "np.cross([1, 0, 2], [0, 3, 1])", "cross([1, 0, 2], [0, 3, 1])")
P(c, "np.linalg.norm([6, 8])", "norm([6, 8])")
P(c, "np.linalg.matrix_rank(np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))", "rank([[1, 2, 3], [4, 5, 6], [7, 8, 9]])")
P(c, "np.trace(np.array([[5, 1], [2, -3]]))", "trace([[5, 1], [2, -3]])")
P(c, "np.cov(X) for X = np.array([[1, 2, 3], [2, 4, 7]])", "covariance_vars([[1, 2, 3], [2, 4, 7]], sample=True)", note='np.cov: rows are variables, N-1')
P(c, "np.var([1, 2, 3, 4])", "variance([1, 2, 3, 4])", note='np.var divides by N')
P(c, "np.mean([[1, 2], [3, 4], [5, 6]], axis=0)", "mean([[1, 2], [3, 4], [5, 6]])")
P(c, "X = np.array([[1, 2], [3, 4], [5, 9]])\nnp.cov(X, rowvar=False)", "covariance([[1, 2], [3, 4], [5, 9]], sample=True)")
P(c, "np.linalg.solve([[2, 1], [1, 3]], [3, 5])", "solve_Ab([[2, 1], [1, 3]], [3, 5])")
P(c, "A.T @ A where A = np.array([[1, 2], [3, 4], [5, 6]])", "A=[[1, 2], [3, 4], [5, 6]]; matrix_expression(A.T*A)")
P(c, "np.linalg.eigvals(np.array([[2, 0, 0], [0, 3, 4], [0, 4, 9]]))", "eigenvalues([[2, 0, 0], [0, 3, 4], [0, 4, 9]])")
P(c, "np.linalg.inv(A) for A = np.array([[1, 0, 2], [0, 1, 0], [1, 0, 3]])", "inverse([[1, 0, 2], [0, 1, 0], [1, 0, 3]])")
P(c, "pasted output:\n[[ 2. -1.]\n [-1.  2.]]\nwhat are the eigenvalues of this", "eigenvalues([[2, -1], [-1, 2]])")
P(c, "np.outer([1, 2], [3, 4])", "multiply([[1], [2]], [[3, 4]])", note='outer product = column times row')
P(c, "A @ v, A = np.array([[1, 2, 0], [0, 1, 1]]), v = np.array([1, 1, 2])", "multiply([[1, 2, 0], [0, 1, 1]], [1, 1, 2])")
P(c, "x = np.array([3, 4, 12]); np.sqrt(np.sum(x**2))", "norm([3, 4, 12])")
P(c, "A = np.array([[1, 2], [3, 4]])\nA @ A  # what does this print?", "A=[[1, 2], [3, 4]]; matrix_expression(A*A)")

# multiline
c = 'multiline'
P(c, "A =\n[[2, 1],\n [1, 3]]\nfind the inverse", "inverse([[2, 1], [1, 3]])")
P(c, "A = [[1, 2], [3, 4]]\nB = [[0, 1], [1, 1]]\nfind AB", "multiply([[1, 2], [3, 4]], [[0, 1], [1, 1]])")
P(c, "data:\n1 2\n3 4\n5 9\nfind the covariance matrix", "covariance([[1, 2], [3, 4], [5, 9]])", note='rows are samples, divide by N')
P(c, "A =\n| 1 2 |\n| 3 4 |\ninverse?", "inverse([[1, 2], [3, 4]])")
P(c, "f(x, y) = x^2 y - y^3\nfind the gradient\nand the hessian", "gradient('x**2*y - y**3', 'x, y'); hessian('x**2*y - y**3', 'x, y')")
P(c, "solve:\nx + y + z = 6\n2x - y + z = 3\nx + 2y - z = 2", "solve_system(['x + y + z = 6', '2*x - y + z = 3', 'x + 2*y - z = 2'], 'x, y, z')")
P(c, "Matrix:\n6 2\n2 3\neigenvalues pls", "eigenvalues([[6, 2], [2, 3]])")
P(c, "v =\n1\n2\n2\nfind its norm", "norm([1, 2, 2])")
P(c, "points\n(1, 2)\n(2, 4)\n(3, 9)\nmean?", "mean([[1, 2], [2, 4], [3, 9]])")
P(c, "x = 0, 1, 2, 3\ny = 1, 3, 5, 6\nfind the gradient of the MSE loss for y = m x + c at m = 0, c = 0", "loss_gradient('m*x + c', 'm, c', [0, 1, 2, 3], [1, 3, 5, 6], '0, 0', 'mse')")
P(c, "f(x) = x^3 - 2x - 5\nx0 = 2\nnewton raphson, 2 iterations", "newton('x**3 - 2*x - 5', 2, 2)")
P(c, "A = [[3, 0], [0, 2]]\n\nwhat is A^3?", "A=[[3, 0], [0, 2]]; matrix_expression(A**3)")
P(c, "u = (1, 2, 3)\nv = (4, 5, 6)\nangle between them?", "angle([1, 2, 3], [4, 5, 6])")
P(c, "B =\n1 0 2\n0 3 0\n2 0 1\n\ndet B = ?", "det([[1, 0, 2], [0, 3, 0], [2, 0, 1]])")
P(c, "x(t) = cos t\ny(t) = sin t\nf = x^2 y\ndf/dt = ?", "chain_rule('x**2*y', {'x': 'cos(t)', 'y': 'sin(t)'}, 't')")
P(c, "A =\n2 1\n1 2\nv =\n1\n1\nfind Av", "multiply([[2, 1], [1, 2]], [1, 1])")
P(c, "Q.\nFind the eigenvalues\nof the matrix\n[[1, 2, 3], [4, 5, 6], [7, 8, 9]]... wait no, use [[3, 1, 1], [1, 3, 1], [1, 1, 3]]", "eigenvalues([[3, 1, 1], [1, 3, 1], [1, 1, 3]])", True, 'student corrects the matrix in the message; the last matrix is meant')

# hinglish
c = 'hinglish'
P(c, "A = [[3, 1], [2, 4]] ka determinant nikalo", "det([[3, 1], [2, 4]])")
P(c, "x^3 cos x ka derivative batao bhai", "derivative('x**3*cos(x)', 'x')")
P(c, "iska eigen value kya hoga [[1, 2], [2, 1]]", "eigenvalues([[1, 2], [2, 1]])")
P(c, "bhai [[1,2],[2,5]] ka inverse nikal do", "inverse([[1, 2], [2, 5]])")
P(c, "yaar e^x sin x ka second derivative kya aayega", "higher_derivative('exp(x)*sin(x)', 'x', 2)")
P(c, "(1,2,3) aur (2,-1,0) ka cross product batao", "cross([1, 2, 3], [2, -1, 0])")
P(c, "in do vectors ka dot product nikalo: (2,3) aur (4,-1)", "dot([2, 3], [4, -1])")
P(c, "f(x,y) = x^2 + 3xy ka gradient kya hai", "gradient('x**2 + 3*x*y', 'x, y')")
P(c, "sir ye matrix [[1,2,3],[0,1,4],[5,6,0]] ka inverse kaise nikale", "inverse([[1, 2, 3], [0, 1, 4], [5, 6, 0]])")
P(c, "mujhe x^3 - 6x^2 + 9x ke critical points chahiye", "critical_points('x**3 - 6*x**2 + 9*x', 'x')")
P(c, "[[2,0],[0,5]] ke eigenvectors batao na", "eigenvectors([[2, 0], [0, 5]])")
P(c, "log(1+x) ka taylor series x^3 tak", "taylor('log(1 + x)', 'x', 0, 3)")
P(c, "is data ka mean aur variance nikalo: 2, 4, 6, 8", "mean([2, 4, 6, 8]); variance([2, 4, 6, 8])")
P(c, "bhai ye system solve karo: x + y = 3, x - y = 1", "solve_system(['x + y = 3', 'x - y = 1'], 'x, y')")
P(c, "A = [[1,1],[1,0]] hai, A^2 kya hoga", "A=[[1, 1], [1, 0]]; matrix_expression(A**2)")
P(c, "sigmoid ka derivative kya hota hai, 1/(1+e^-x)", "derivative('1/(1 + exp(-x))', 'x')")
P(c, "(3,4) aur (0,0) ke beech ka distance", "distance([3, 4], [0, 0])")
P(c, "[[1,2],[3,4]] ka rank kitna hai", "rank([[1, 2], [3, 4]])")
P(c, "vector (1,1,0) ka projection (1,0,0) pe nikalo", "projection([1, 1, 0], [1, 0, 0])")
P(c, "x^2 y^3 ka partial derivative y ke respect me", "partial_derivative('x**2*y**3', 'y')")
P(c, "f = x^2 + y^2 ka hessian aur gradient dono chahiye", "hessian('x**2 + y**2', 'x, y'); gradient('x**2 + y**2', 'x, y')")
P(c, "is matrix ka trace kya hai [[5, 2, 1], [0, 3, 7], [1, 1, -2]]", "trace([[5, 2, 1], [0, 3, 7], [1, 1, -2]])")
P(c, "newton raphson se x^2 - 3 ka root nikalo, x0 = 2, 3 iteration", "newton('x**2 - 3', 2, 3)")
P(c, "bhai ye gram schmidt karna hai (1,0,1) aur (1,1,0) pe", "gram_schmidt([1, 0, 1], [1, 1, 0])")
P(c, "A=[[2,1],[1,2]] ke eigenvalues aur eigenvectors dono batao yaar", "eigenvalues([[2, 1], [1, 2]]); eigenvectors([[2, 1], [1, 2]])")
P(c, "sinx ka taylor expansion 0 ke around, pehle 3 non zero terms", "taylor_nonzero('sin(x)', 'x', 3)")
P(c, "u=(1,2,2) ka magnitude kya hai bhai", "norm([1, 2, 2])")
P(c, "x^2*e^x ko differentiate karo wrt x", "derivative('x**2*exp(x)', 'x')")
R(c, "bhai integration kaise karte hai x^2 ka", 'integration is out of scope')
R(c, "kal exam hai, PCA samjha do please", 'concept explanation without numbers is out of scope')
R(c, "bhai mera laptop hang ho raha hai", 'no maths problem in the message')
R(c, "iska inverse nikalo", "no matrix given ('iska' = of this): ask for the matrix")

# whatsapp
c = 'whatsapp'
P(c, "d/dx x3cosx plz", "derivative('x**3*cos(x)', 'x')", True, 'x3 read as x^3 (exponent typed without ^), not a variable x3')
P(c, "det [[2,3],[1,4]] plz", "det([[2, 3], [1, 4]])")
P(c, "wat is inverse of [[1,1],[1,2]]??", "inverse([[1, 1], [1, 2]])")
P(c, "eigen values 4 [[2,1],[1,2]] pls", "eigenvalues([[2, 1], [1, 2]])", note="'4' means 'for'")
P(c, "diff sinx cosx", "derivative('sin(x)*cos(x)', 'x')")
P(c, "grad of x^2+y^2+xy plz 🙏", "gradient('x**2 + y**2 + x*y', 'x, y')")
P(c, "cross prdct of (1,2,0) n (0,1,3)", "cross([1, 2, 0], [0, 1, 3])", note="'n' means 'and'")
P(c, "dot prod (1,2,3).(3,2,1) ?", "dot([1, 2, 3], [3, 2, 1])")
P(c, "rank [[1,2],[2,4]] ??", "rank([[1, 2], [2, 4]])")
P(c, "derivtive of e^2x pls", "derivative('exp(2*x)', 'x')")
P(c, "hessian x^3+y^3 asap 😭", "hessian('x**3 + y**3', 'x, y')")
P(c, "taylor sinx upto x^3 plz", "taylor('sin(x)', 'x', 0, 3)")
P(c, "mean n variance of 3,5,7 pls", "mean([3, 5, 7]); variance([3, 5, 7])")
P(c, "solve 2x+3y=8,x-y=-1", "solve_system(['2*x + 3*y = 8', 'x - y = -1'], 'x, y')")
P(c, "dist btw (0,1) & (6,9)", "distance([0, 1], [6, 9])")
P(c, "norm of (1,2,2)?? urgent", "norm([1, 2, 2])")
P(c, "inv of [[3,2],[1,1]] thnx", "inverse([[3, 2], [1, 1]])")
P(c, "d/dx (x^2+1)^3 ?", "derivative('(x**2 + 1)**3', 'x')")
P(c, "partial wrt y x^2y+y^2", "partial_derivative('x**2*y + y**2', 'y')")
P(c, "wats trace of [[1,2],[3,4]]", "trace([[1, 2], [3, 4]])")
P(c, "A → [[1,2],[3,5]], det?", "det([[1, 2], [3, 5]])")
P(c, "plz find eigenvectors [[4,1],[2,3]] 🙏🙏", "eigenvectors([[4, 1], [2, 3]])")
P(c, "A=[[1,2],[0,1]] A^2=? A^3=?", "A=[[1, 2], [0, 1]]; matrix_expression(A**2); matrix_expression(A**3)")
P(c, "2nd derivtv of x^4-x^2 ?", "higher_derivative('x**4 - x**2', 'x', 2)")
P(c, "jacobian of (xy, x+y) wrt x,y plz", "jacobian(['x*y', 'x + y'], 'x, y')")
P(c, "gd on x^2 from x=3 lr=0.1 2 steps", "gradient_descent('x**2', 'x', '3', '0.1', 2)")
P(c, "det of [[1,−2],[3,4]] fast pls", "det([[1, -2], [3, 4]])", note='U+2212 minus sign')
P(c, "d/dx x²·sinx ??", "derivative('x**2*sin(x)', 'x')")
P(c, "hw q5: ||(2,−1,2)|| = ? 🙏", "norm([2, -1, 2])")
P(c, "anglebetween (1,0,0)and(0,0,1) ??", "angle([1, 0, 0], [0, 0, 1])")
P(c, "eigenvals of [[1,1],[1,1]] kya h", "eigenvalues([[1, 1], [1, 1]])")
P(c, "d/dx of 1/(1+e^(-x)) fast plz exam in 10 min", "derivative('1/(1 + exp(-x))', 'x')")
P(c, "determinent [[2,−1,0],[−1,2,−1],[0,−1,2]]", "det([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])")
R(c, "hii", 'greeting only, no problem')
R(c, "??", 'no problem in the message')

# trailing_chat
c = 'trailing_chat'
P(c, "derivative of x^5 - 2x + 1?", "derivative('x**5 - 2*x + 1', 'x')")
P(c, "det of [[6, 2], [3, 1]] = ?", "det([[6, 2], [3, 1]])")
P(c, "inverse of [[2, 0], [0, 4]] thanks", "inverse([[2, 0], [0, 4]])")
P(c, "what is the gradient of xy + y^2 sir?", "gradient('x*y + y**2', 'x, y')")
P(c, "eigenvalues of [[3, 1], [1, 3]]?? thank you so much!!", "eigenvalues([[3, 1], [1, 3]])")
P(c, "d/dx sin(3x) = ?", "derivative('sin(3*x)', 'x')")
P(c, "find the rank of [[1, 0], [0, 0]]. thanks in advance :)", "rank([[1, 0], [0, 0]])")
P(c, "trace of [[2, 9], [4, 1]]...?", "trace([[2, 9], [4, 1]])")
P(c, "cross product of (1, 0, 0) and (0, 0, 1)? 🙂", "cross([1, 0, 0], [0, 0, 1])")
P(c, "norm of (2, 3, 6) sir plz reply fast", "norm([2, 3, 6])")
P(c, "derivative of cos(x^2) ??? 🤔", "derivative('cos(x**2)', 'x')")
P(c, "solve x + 2y = 7, 2x - y = 4 ?? ty", "solve_system(['x + 2*y = 7', '2*x - y = 4'], 'x, y')")
P(c, "d/dx x ln x = ?? 😅 thanks bro", "derivative('x*log(x)', 'x')")
P(c, "Hessian of x^2*y?! good night sir", "hessian('x**2*y', 'x, y')")
P(c, "det [[1, 2, 3], [0, 1, 4], [5, 6, 0]] =?", "det([[1, 2, 3], [0, 1, 4], [5, 6, 0]])")
P(c, "mean of 10, 20, 30, 40. Thank you sir 🙏", "mean([10, 20, 30, 40])")
P(c, "good morning sir, what is the dot product of (1, 1) and (2, 5)? have a nice day", "dot([1, 1], [2, 5])")

# juxtaposition
c = 'juxtaposition'
P(c, "d/dx 1/2x", "derivative('1/(2*x)', 'x')", True, '1/2x read as 1/(2x); the other reading is x/2')
P(c, "d/dx 2x y wrt x", "partial_derivative('2*x*y', 'x')")
P(c, "gradient of xy + yz", "gradient('x*y + y*z', 'x, y, z')")
P(c, "d/dx x sinx cosx", "derivative('x*sin(x)*cos(x)', 'x')")
P(c, "partial derivatives of 3x^2y + 2xy^2", "gradient('3*x**2*y + 2*x*y**2', 'x, y')", note='both partial derivatives (the gradient)')
P(c, "d/dx of 2sinxcosx", "derivative('2*sin(x)*cos(x)', 'x')")
P(c, "derivative of xe^x", "derivative('x*exp(x)', 'x')")
P(c, "d/dy of xy^2z", "partial_derivative('x*y**2*z', 'y')")
P(c, "ab + bc + ca gradient wrt a, b, c", "gradient('a*b + b*c + c*a', 'a, b, c')")
P(c, "differentiate 4x^3y^2 w.r.t. y", "partial_derivative('4*x**3*y**2', 'y')")
P(c, "hessian of xyz + x^2", "hessian('x*y*z + x**2', 'x, y, z')")
P(c, "d/dx sin2x", "derivative('sin(2*x)', 'x')")
P(c, "derivative of xlnx", "derivative('x*log(x)', 'x')")
P(c, "d/dx e^xcosx", "derivative('exp(x)*cos(x)', 'x')", True, 'read as e^x * cos x, not e^(x cos x)')
P(c, "d/dt 5t^2sin t", "derivative('5*t**2*sin(t)', 't')")
P(c, "find the gradient of 2xy - x^2y^2 at (1, 1)", "gradient('2*x*y - x**2*y**2', 'x, y', at='1, 1')")
P(c, "d/dx 3x^2y with y constant", "partial_derivative('3*x**2*y', 'x')")

# multi_task
c = 'multi_task'
P(c, "find the determinant, inverse and rank of [[1, 2], [3, 7]]", "A=[[1, 2], [3, 7]]; det(A); inverse(A); rank(A)")
P(c, "eigenvalues and eigenvectors of [[2, 2], [1, 3]]", "A=[[2, 2], [1, 3]]; eigenvalues(A); eigenvectors(A)")
P(c, "mean and covariance of (1, 2), (2, 1), (3, 3)", "mean([[1, 2], [2, 1], [3, 3]]); covariance([[1, 2], [2, 1], [3, 3]])")
P(c, "gradient and hessian of x^2 y + y^3", "gradient('x**2*y + y**3', 'x, y'); hessian('x**2*y + y**3', 'x, y')")
P(c, "find u·v and u×v for u = (1, 2, 2), v = (2, 1, -2)", "dot([1, 2, 2], [2, 1, -2]); cross([1, 2, 2], [2, 1, -2])")
P(c, "transpose and trace of [[1, 2, 3], [4, 5, 6], [7, 8, 9]]", "A=[[1, 2, 3], [4, 5, 6], [7, 8, 9]]; transpose(A); trace(A)")
P(c, "det and inverse of [[2, 1, 0], [0, 1, 0], [1, 0, 1]]", "A=[[2, 1, 0], [0, 1, 0], [1, 0, 1]]; det(A); inverse(A)")
P(c, "first and second derivative of x^3 e^x", "derivative('x**3*exp(x)', 'x'); higher_derivative('x**3*exp(x)', 'x', 2)")
P(c, "find the norm of u, the norm of v and the angle between them: u = (1, 0), v = (1, √3)", "norm([1, 0]); norm([1, sqrt(3)]); angle([1, 0], [1, sqrt(3)])")
P(c, "rref and null space of [[1, 2, 3], [2, 4, 6]]", "A=[[1, 2, 3], [2, 4, 6]]; rref(A); nullspace(A)")
P(c, "the distance between u = (1, 2) and v = (4, 6), and also u·v", "distance([1, 2], [4, 6]); dot([1, 2], [4, 6])")
P(c, "variance of x and y and their covariance: x = 1, 2, 3; y = 2, 4, 7", "variance([1, 2, 3]); variance([2, 4, 7]); covariance_xy([1, 2, 3], [2, 4, 7])")
P(c, "critical points and hessian of x^3 - 3x + y^2", "critical_points('x**3 - 3*x + y**2', 'x, y'); hessian('x**3 - 3*x + y**2', 'x, y')")
P(c, "scalar and vector projection of (3, 4) onto (1, 2)", "scalar_projection([3, 4], [1, 2]); projection([3, 4], [1, 2])")
P(c, "find A + B and A - B for A = [[1, 2], [3, 4]], B = [[4, 3], [2, 1]]", "add([[1, 2], [3, 4]], [[4, 3], [2, 1]]); subtract([[1, 2], [3, 4]], [[4, 3], [2, 1]])")
P(c, "eigenvalues, trace and determinant of [[1, 2, 0], [2, 1, 0], [0, 0, 3]]", "A=[[1, 2, 0], [2, 1, 0], [0, 0, 3]]; eigenvalues(A); trace(A); det(A)")
P(c, "PCA on (1, 1), (2, 2), (3, 1), (4, 4): principal directions and explained variance ratio", "pca([[1, 1], [2, 2], [3, 1], [4, 4]], 'directions'); pca([[1, 1], [2, 2], [3, 1], [4, 4]], 'ratio')")

# refuse
c = 'refuse'
R(c, "integrate x^2 from 0 to 1", 'integration is out of scope')
R(c, "find the limit of sin x / x as x → 0", 'limits are out of scope')
R(c, "solve the differential equation dy/dx = 3y", 'differential equations are out of scope')
R(c, "what is the probability of getting two heads in three coin tosses", 'probability is out of scope')
R(c, "explain what an eigenvector is", 'concept explanation without numbers')
R(c, "prove that det(AB) = det(A)det(B)", 'proofs are out of scope')
R(c, "find the inverse", 'no matrix given: ask for it')
R(c, "find the determinant of the matrix", 'no matrix given: ask for it')
R(c, "cross product of (1, 2) and (3, 4)", 'cross product needs 3-D vectors')
R(c, "determinant of [[1, 2, 3], [4, 5, 6]]", 'determinant of a non-square (2x3) matrix does not exist')
R(c, "inverse of [[1, 2], [2, 4]]", 'singular matrix (det 0): no inverse; should say so, not invent one')
R(c, "asdfgh jkl", 'nonsense')
R(c, "hello sir", 'greeting only, no problem')
R(c, "thanks!", 'no problem in the message')
R(c, "multiply [[1, 2, 3], [4, 5, 6]] and [[1, 2], [3, 4]]", 'shapes 2x3 and 2x2 cannot be multiplied')
R(c, "dot product of (1, 2, 3) and (4, 5)", 'vectors of different lengths')
R(c, "what is the capital of France", 'not maths')
R(c, "write my assignment on PCA in 500 words", 'essay, not a problem')
R(c, "derivative of", 'incomplete: no function')
R(c, "eigenvalues of A", 'A not given')
R(c, "solve the system for x, y and z", 'no equations given')
R(c, "what is the Fourier transform of e^{-t^2}", 'Fourier transform is out of scope')
R(c, "find the angle between (0, 0) and (1, 2)", 'angle with the zero vector is undefined')
R(c, "add [[1, 2], [3, 4]] and [[1, 2, 3], [4, 5, 6]]", 'shapes differ, cannot add')
R(c, "find the mean of", 'incomplete: no data')
R(c, "tell me a joke", 'not maths')
R(c, "can you give me the answers to week 3 quiz", 'no problem in the message')
R(c, "SVD of [[1, 2], [3, 4]]", 'SVD is not in the bot scope')
R(c, "find the maximum of xy subject to x + y = 10 using Lagrange multipliers", 'Lagrange multipliers are not in the bot scope')
R(c, "∫ sin x dx", 'integration is out of scope')
R(c, "rank of", 'incomplete: no matrix')
R(c, "gradient descent on f(x) = x^2", 'incomplete: no start point, learning rate or number of steps: ask back')
R(c, "newton raphson for x^3 - 2", 'incomplete: no starting point: ask back')
R(c, "taylor series", 'incomplete: no function')
R(c, "😂😂😂", 'no problem')
R(c, "cholesky decomposition of [[4, 2], [2, 3]]", 'Cholesky is not in the bot scope')
R(c, "is the matrix [[1,2],[3,4]] beautiful?", 'not a maths question')
R(c, "find x", 'no problem given')
R(c, "what is the derivative of the loss", 'incomplete: no loss function or data')
R(c, "eigenvalues of [[1, 2, 3], [4, 5, 6]]", 'eigenvalues of a non-square matrix do not exist')
R(c, "distance between (1, 2) and (1, 2, 3)", 'points of different dimensions')
R(c, "bhai kal ka paper leak hai kya", 'not maths')
R(c, "what's the difference between PCA and LDA?", 'concept question, LDA out of scope')
R(c, "find the covariance", 'incomplete: no data')
R(c, "inverse of [[0, 0], [0, 0]]", 'zero matrix is singular: no inverse')
R(c, "lim x→∞ (1 + 1/x)^x", 'limits are out of scope')
R(c, "plz send pdf of mml book", 'not a problem')
R(c, "find the eigenvalues of [[1, 2], [3]]", 'malformed matrix (rows of different lengths): ask back')
R(c, "solve x^2 + y^2 = 1 and x + y = 1", 'non-linear system is out of scope (solve_system is linear)')

# ---------------------------------------------------------------- build
def show(v):
    """sstr(), with matrices written on one line as Matrix([[..], ..])."""
    if isinstance(v, str):
        return v
    if isinstance(v, sp.MatrixBase):
        return 'Matrix(%s)' % sstr(v.tolist())
    if isinstance(v, (list, tuple)):
        return '[%s]' % ', '.join(show(e) for e in v)
    return sstr(v)


def build():
    out = []
    for n, it in enumerate(ITEMS, 1):
        answers = []
        if it['expect'] == 'answer':
            for a in compute(it['rest']):
                answers.append({'task': a['task'], 'type': a['type'], 'value': show(a['value'])})
        d = {'id': 'hv11-%03d' % n, 'text': it['text'], 'class': it['cls'],
             'restatement': it['rest'], 'expect': it['expect'], 'ambiguous': it['amb'],
             'note': it['note'], 'answers': answers}
        out.append(d)
    return out


class Dumper(yaml.SafeDumper):
    pass


def _str(dumper, s):
    if '\n' in s:
        return dumper.represent_scalar('tag:yaml.org,2002:str', s, style='|')
    return dumper.represent_scalar('tag:yaml.org,2002:str', s)


Dumper.add_representer(str, _str)

if __name__ == '__main__':
    data = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'parse_heldout_v11.yaml'), 'w', encoding='utf-8') as f:
        f.write('# Held-out set v11 for MML Tutor; generated by build_heldout_v11.py (answers via SymPy)\n')
        yaml.dump(data, f, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=10000)
    from collections import Counter
    print(len(data), 'messages')
    print(Counter(d['class'] for d in data))
    print('refuse:', sum(d['expect'] == 'refuse' for d in data), 'ambiguous:', sum(d['ambiguous'] for d in data))
