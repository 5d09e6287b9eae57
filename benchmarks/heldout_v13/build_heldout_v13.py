#!/usr/bin/env python
"""Build heldout_v13: every expected answer computed by SymPy from the clean restatement."""
import os, sympy as sp, yaml
from sympy import Matrix, Rational, sqrt, sstr, Symbol, S, eye, zeros, pi

OUT = os.path.dirname(os.path.abspath(__file__))
ITEMS = []
x, y, z, t = sp.symbols('x y z t')

def Mx(a):
    return a if isinstance(a, sp.MatrixBase) else Matrix(a)
def V(a):
    return a if isinstance(a, sp.MatrixBase) else Matrix(list(a))
_LOC = {n: Symbol(n) for n in ('E', 'Q', 'N', 'S', 'O', 'beta', 'gamma')}
def P(s):
    # restatements use exp() for Euler's number, so E, Q, N, S, O are plain variables here
    return sp.sympify(s, locals=_LOC) if isinstance(s, str) else sp.sympify(s)
def A_(task, typ, val):
    return {'task': task, 'type': typ, 'value': val if isinstance(val, str) else sstr(val)}
def syms_of(f, var=None):
    if var is not None:
        return Symbol(var) if isinstance(var, str) else var
    fs = sorted(P(f).free_symbols, key=lambda s: s.name)
    if Symbol('x') in fs: return Symbol('x')
    assert len(fs) == 1, f
    return fs[0]
def vs(vars_, f=None):
    if vars_ is None:
        return sorted(P(f).free_symbols, key=lambda s: s.name)
    return [Symbol(v) if isinstance(v, str) else v for v in vars_]
def rnd(v, d=6):
    v = sp.N(v, 30)
    if v.is_real:
        return sp.Float(round(float(v), d))
    return sp.Float(round(float(sp.re(v)), d)) + sp.I * sp.Float(round(float(sp.im(v)), d))

# ---- linear algebra
def det(A): return A_('det', 'number', sp.simplify(Mx(A).det()))
def inverse(A): return A_('inverse', 'matrix', Mx(A).inv())
def transpose(A): return A_('transpose', 'matrix', Mx(A).T)
def multiply(*Ms):
    r = Mx(Ms[0])
    for m in Ms[1:]: r = r * Mx(m)
    return A_('multiply', 'vector' if r.shape[1] == 1 else 'matrix', r)
def add(A, B): return A_('add', 'matrix', Mx(A) + Mx(B))
def subtract(A, B): return A_('subtract', 'matrix', Mx(A) - Mx(B))
def matrix_expression(val):
    if isinstance(val, sp.MatrixBase) and val.shape == (1, 1):
        return A_('matrix_expression', 'number', val[0, 0])
    if isinstance(val, sp.MatrixBase):
        return A_('matrix_expression', 'matrix', val)
    return A_('matrix_expression', 'number', val)
def rank(A): return A_('rank', 'number', Mx(A).rank())
def rref(A): return A_('rref', 'matrix', Mx(A).rref()[0])
def nullspace(A): return A_('nullspace', 'vectors_up_to_scale', Mx(A).nullspace())
def trace(A): return A_('trace', 'number', Mx(A).trace())
def _eigs(A):
    A = Mx(A)
    lam = Symbol('lam')
    p = A.charpoly(lam).as_expr()
    rts = sp.roots(p, lam)
    if sum(rts.values()) == A.shape[0] and all(len(str(r)) < 40 for r in rts):
        out = []
        for r, m in rts.items(): out += [sp.nsimplify(r) if r.is_rational else r] * m
        return sorted(out, key=lambda r: (float(sp.re(r)), float(sp.im(r)))), True
    out = [rnd(r) for r in sp.Poly(p, lam).nroots(n=30)]
    return sorted(out, key=lambda r: (float(sp.re(r)), float(sp.im(r)))), False
def eigenvalues(A):
    ev, exact = _eigs(A)
    return A_('eigenvalues', 'multiset', ev)
def eigenvectors(A):
    out = []
    for val, m, vecs in sorted(Mx(A).eigenvects(), key=lambda t_: float(sp.re(t_[0]))):
        out += vecs
    return A_('eigenvectors', 'vectors_up_to_scale', out)
def solve_system(eqs, vars_):
    ss = vs(vars_)
    E = []
    for e_ in eqs:
        l, r = e_.split('=')
        E.append(sp.Eq(P(l), P(r)))
    return A_('solve_system', 'points', sp.solve(E, ss, dict=True))
def solve_matrix(A, b):
    return A_('solve_system', 'vector', Mx(A).LUsolve(V(b)))
def dot(u, v): return A_('dot', 'number', V(u).dot(V(v)))
def cross(u, v): return A_('cross', 'vector', V(u).cross(V(v)))
def distance(p, q): return A_('distance', 'number', sp.sqrt(sum((a - b) ** 2 for a, b in zip(V(p), V(q)))))
def norm(v, p=2):
    v = V(v)
    if p == 1: r = sum(abs(a) for a in v)
    elif p == 'inf': r = max(abs(a) for a in v)
    else: r = sp.sqrt(sum(a ** 2 for a in v))
    return A_('norm', 'number', r)
def angle(u, v):
    u, v = V(u), V(v)
    return A_('angle', 'number', sp.simplify(sp.acos(u.dot(v) / (u.norm() * v.norm()))))
def projection(u, v):
    u, v = V(u), V(v)
    return A_('projection', 'vector', (u.dot(v) / v.dot(v)) * v)
def projection_span(u, basis):
    Am = Matrix.hstack(*[V(b) for b in basis])
    return A_('projection', 'vector', sp.simplify(Am * (Am.T * Am).inv() * Am.T * V(u)))
def scalar_projection(u, v):
    u, v = V(u), V(v)
    return A_('scalar_projection', 'number', sp.simplify(u.dot(v) / v.norm()))
def gram_schmidt(vecs):
    return A_('gram_schmidt', 'list', [sp.simplify(q) for q in sp.GramSchmidt([V(v) for v in vecs], True)])

# ---- statistics / PCA (rows = samples; population /N unless sample=True)
def _data(pts):
    return Matrix([[Rational(c) for c in p] for p in pts])
def mean(data):
    if not isinstance(data[0], (list, tuple)):
        return A_('mean', 'number', Rational(sum(Rational(d) for d in data), len(data)))
    X = _data(data)
    return A_('mean', 'vector', Matrix([sum(X[:, j]) / X.shape[0] for j in range(X.shape[1])]))
def variance(data, sample=False):
    d = [Rational(a) for a in data]; n = len(d); mu = sum(d) / n
    return A_('variance', 'number', sum((a - mu) ** 2 for a in d) / (n - 1 if sample else n))
def _cov(pts, sample=False):
    X = _data(pts); n = X.shape[0]
    mu = Matrix([[sum(X[:, j]) / n for j in range(X.shape[1])]])
    C = X - Matrix.vstack(*[mu] * n)
    return (C.T * C) / (n - 1 if sample else n)
def covariance(pts, sample=False): return A_('covariance', 'matrix', _cov(pts, sample))
def pca(pts, what='directions', k=1, sample=False):
    C = _cov(pts, sample)
    ev = sorted(C.eigenvects(), key=lambda t_: -float(t_[0]))
    if what == 'directions':
        vecs = []
        for val, m, vv in ev: vecs += vv
        return A_('pca', 'vectors_up_to_scale', vecs[:k])
    vals = []
    for val, m, vv in ev: vals += [val] * m
    if what == 'variance':
        return A_('pca', 'list', vals)
    tot = sum(vals)
    return A_('pca', 'list', [sp.nsimplify(v / tot) if (v / tot).is_rational else rnd(v / tot, 4) for v in vals])

# ---- calculus
def derivative(f, var=None):
    v = syms_of(f, var)
    return A_('derivative', 'expr', sp.diff(P(f), v))
def higher_derivative(f, n, var=None):
    v = syms_of(f, var)
    return A_('higher_derivative', 'expr', sp.diff(P(f), v, n))
def partial_derivative(f, *vars_):
    r = P(f)
    for v in vars_: r = sp.diff(r, Symbol(v))
    return A_('partial_derivative', 'expr', r)
def gradient(f, vars_=None, at=None):
    ss = vs(vars_, f)
    g = Matrix([sp.diff(P(f), s) for s in ss])
    if at is not None: g = g.subs(dict(zip(ss, [P(a) for a in at])))
    return A_('gradient', 'vector', sp.simplify(g))
def jacobian(fs, vars_, at=None):
    ss = vs(vars_)
    J = Matrix([P(f) for f in fs]).jacobian(ss)
    if at is not None: J = J.subs(dict(zip(ss, [P(a) for a in at])))
    return A_('jacobian', 'matrix', J)
def hessian(f, vars_=None, at=None):
    ss = vs(vars_, f)
    H = sp.hessian(P(f), ss)
    if at is not None: H = H.subs(dict(zip(ss, [P(a) for a in at])))
    return A_('hessian', 'matrix', H)
def taylor(f, n, a=0, var='x'):
    v = Symbol(var)
    return A_('taylor', 'expr', sp.series(P(f), v, P(a), n + 1).removeO())
def taylor_terms(f, k, a=0, var='x'):
    v = Symbol(var)
    g = sp.series(P(f), v, P(a), n=None)
    terms = [next(g) for _ in range(k)]
    return A_('taylor', 'expr', sp.Add(*terms))
def critical_points(f, vars_=None):
    ss = vs(vars_, f)
    sol = sp.solve([sp.diff(P(f), s) for s in ss], ss, dict=True)
    sol = [s for s in sol if all(val.is_real for val in s.values())]
    return A_('critical_points', 'points', sol)
def chain_rule(f, subs, var='t'):
    g = P(f).subs({Symbol(k): P(v) for k, v in subs.items()})
    return A_('chain_rule', 'expr', sp.simplify(sp.diff(g, Symbol(var))))
def newton(f, x0, n, var='x'):
    v = Symbol(var); f = P(f); fp = sp.diff(f, v); xk = P(x0); out = []
    for _ in range(n):
        xk = sp.nsimplify(xk - f.subs(v, xk) / fp.subs(v, xk))
        out.append(rnd(xk))
    return A_('newton', 'list', out)
def gradient_descent(f, x0, lr, n, vars_=None):
    ss = vs(vars_, f); f = P(f); lr = P(lr)
    g = [sp.diff(f, s) for s in ss]
    xk = [P(a) for a in (x0 if isinstance(x0, (list, tuple)) else [x0])]
    out = []
    for _ in range(n):
        d = dict(zip(ss, xk))
        xk = [xk[i_] - lr * g[i_].subs(d) for i_ in range(len(ss))]
        out.append(rnd(xk[0]) if len(ss) == 1 else [rnd(a) for a in xk])
    return A_('gradient_descent', 'list', out)
def loss_gradient(kind, data, at, params=('w', 'b')):
    w, b = Symbol(params[0]), Symbol(params[1]); N = len(data)
    if kind == 'mse':
        L = sum((w * Rational(a) + b - Rational(c)) ** 2 for a, c in data) / N
    elif kind == 'half_mse':
        L = sum((w * Rational(a) + b - Rational(c)) ** 2 for a, c in data) / (2 * N)
    elif kind == 'sse':
        L = sum((w * Rational(a) + b - Rational(c)) ** 2 for a, c in data)
    elif kind == 'logistic':
        L = -sum(c * sp.log(1 / (1 + sp.exp(-(w * a + b)))) + (1 - c) * sp.log(1 - 1 / (1 + sp.exp(-(w * a + b)))) for a, c in data) / N
    g = Matrix([sp.diff(L, w), sp.diff(L, b)]).subs({w: P(at[0]), b: P(at[1])})
    return A_('loss_gradient', 'vector', sp.simplify(g))

# ---- registration
def m(cls, text, rest, amb=None):
    ITEMS.append(dict(cls=cls, text=text, rest=rest, amb=amb, refuse=False))
def r(cls, text, note):
    ITEMS.append(dict(cls=cls, text=text, rest='(refuse) ' + note, amb=None, refuse=True, note=note))
# ===== plain
m('plain', "Find the determinant of [[3, 5], [1, 4]]", "det([[3,5],[1,4]])")
m('plain', "Compute the inverse of the matrix [[4, 7], [2, 6]].", "inverse([[4,7],[2,6]])")
m('plain', "What is the rank of [[1, 2, 3], [2, 4, 6], [1, 0, 1]]?", "rank([[1,2,3],[2,4,6],[1,0,1]])")
m('plain', "Find the eigenvalues of [[5, 2], [2, 2]]", "eigenvalues([[5,2],[2,2]])")
m('plain', "Find the trace of [[7, 1, 0], [3, -2, 4], [0, 5, 6]]", "trace([[7,1,0],[3,-2,4],[0,5,6]])")
m('plain', "Differentiate x^3 - 4x + 7 with respect to x", "derivative('x**3 - 4*x + 7')")
m('plain', "Find the gradient of f(x, y) = x^2 y + 3y^2", "gradient('x**2*y + 3*y**2', ['x','y'])")
m('plain', "Solve the system 2x + y = 7 and x - y = 2", "solve_system(['2*x + y = 7', 'x - y = 2'], ['x','y'])")
m('plain', "Find the dot product of (2, -1, 3) and (4, 0, -2)", "dot([2,-1,3],[4,0,-2])")
m('plain', "Find the reduced row echelon form of [[1, 2, -1], [2, 5, 1], [3, 7, 0]]", "rref([[1,2,-1],[2,5,1],[3,7,0]])")
m('plain', "Find the null space of [[1, 2, 3], [2, 4, 6]]", "nullspace([[1,2,3],[2,4,6]])")
m('plain', "Find the Hessian of f(x, y) = x^3 + 2xy + y^2", "hessian('x**3 + 2*x*y + y**2', ['x','y'])")
m('plain', "Find the critical points of f(x, y) = x^2 + y^2 - 4x + 6y", "critical_points('x**2 + y**2 - 4*x + 6*y', ['x','y'])")
m('plain', "Project u = (3, 4) onto v = (1, 0)", "projection([3,4],[1,0])")
m('plain', "Find the angle between the vectors (1, 0, 1) and (0, 1, 1)", "angle([1,0,1],[0,1,1])")
m('plain', "Use Newton's method on f(x) = x^2 - 5 starting at x0 = 2 for three iterations", "newton('x**2 - 5', 2, 3)")
m('plain', "Find the Jacobian of (x^2 y, x + y^3) with respect to x and y", "jacobian(['x**2*y', 'x + y**3'], ['x','y'])")
m('plain', "Find the eigenvalues of [[2, 0, 0], [1, 3, 0], [4, -1, 5]]", "eigenvalues([[2,0,0],[1,3,0],[4,-1,5]])")
m('plain', "Find the eigenvalues of the symmetric matrix [[2, 1, 1], [1, 3, 0], [1, 0, 4]]", "eigenvalues([[2,1,1],[1,3,0],[1,0,4]])")
m('plain', "Apply Gram-Schmidt to (1, 1, 0), (1, 0, 1), (0, 1, 1) to get an orthonormal basis", "gram_schmidt([[1,1,0],[1,0,1],[0,1,1]])")
m('plain', "Find the scalar projection of a = (2, 3, 6) onto b = (1, 2, 2)", "scalar_projection([2,3,6],[1,2,2])")
m('plain', "Find the determinant of the 4x4 matrix [[1, 0, 2, 0], [0, 3, 0, 1], [2, 0, 1, 0], [0, 1, 0, 2]]", "det([[1,0,2,0],[0,3,0,1],[2,0,1,0],[0,1,0,2]])")
m('plain', "Find df/dt where f = x^2 + y^2, x = cos t, y = 2 sin t", "chain_rule('x**2 + y**2', {'x':'cos(t)','y':'2*sin(t)'})")
m('plain', "Do two steps of gradient descent on f(x) = (x - 3)^2 from x = 0 with learning rate 0.25", "gradient_descent('(x-3)**2', 0, '1/4', 2)")

# ===== words_dropped
m('words_dropped', "d/dx x squared times cos x", "derivative('x**2*cos(x)')")
m('words_dropped', "differentiate x cubed minus 5x squared plus 2", "derivative('x**3 - 5*x**2 + 2')")
m('words_dropped', "derivative of e to the x times x", "derivative('exp(x)*x')")
m('words_dropped', "find e to the 2x squared derivative", "derivative('exp(2*x**2)')", amb="read as e^(2x^2) (the exponent 2x squared); the other reading (e^(2x))^2 = e^(4x) is less likely")
m('words_dropped', "find A.T for A = [[1, 2, 3], [4, 5, 6]]", "transpose([[1,2,3],[4,5,6]])")
m('words_dropped', "A = [[2, 1], [0, 3]], compute A' A", "matrix_expression(Mx([[2,1],[0,3]]).T * Mx([[2,1],[0,3]]))")
m('words_dropped', "compute A^T B where A = [[1, 0], [2, 1]] and B = [[3, 1], [1, 2]]", "matrix_expression(Mx([[1,0],[2,1]]).T * Mx([[3,1],[1,2]]))")
m('words_dropped', "det and inverse of [[2, 3], [1, 4]]", "det([[2,3],[1,4]]), inverse([[2,3],[1,4]])")
m('words_dropped', "rank and trace of [[1, 2], [2, 4]]", "rank([[1,2],[2,4]]), trace([[1,2],[2,4]])")
m('words_dropped', "second derivative of x to the power 5 plus x squared", "higher_derivative('x**5 + x**2', 2)")
m('words_dropped', "derivative of square root of x plus x cubed", "derivative('sqrt(x) + x**3')")
m('words_dropped', "gradient of x squared plus y squared plus z squared", "gradient('x**2 + y**2 + z**2', ['x','y','z'])")
m('words_dropped', "find the transpose and the determinant of [[4, 1], [2, 5]]", "transpose([[4,1],[2,5]]), det([[4,1],[2,5]])")
m('words_dropped', "x cubed times e to the minus x, differentiate", "derivative('x**3*exp(-x)')")
m('words_dropped', "d/dx of sin x squared", "derivative('sin(x)**2')", amb="'sin x squared' read as (sin x)^2 as most students mean; sin(x^2) is the other reading")
m('words_dropped', "B = [[1, 2], [3, 4]]. Find B^T and B inverse", "transpose([[1,2],[3,4]]), inverse([[1,2],[3,4]])")

# ===== exp_ml
m('exp_ml', "d/dx sigmoid 1/(1+e^-3x)", "derivative('1/(1+exp(-3*x))')")
m('exp_ml', "derivative of sigmoid(x)", "derivative('1/(1+exp(-x))')")
m('exp_ml', "differentiate softplus log(1 + e^x)", "derivative('log(1+exp(x))')")
m('exp_ml', "d/dx e^4x", "derivative('exp(4*x)')")
m('exp_ml', "derivative of e^-2x sin x", "derivative('exp(-2*x)*sin(x)')")
m('exp_ml', "find derivative of tanh(2x)", "derivative('tanh(2*x)')")
m('exp_ml', "differentiate exp(-x^2/2)", "derivative('exp(-x**2/2)')")
m('exp_ml', "second derivative of log(1 + e^(-x))", "higher_derivative('log(1+exp(-x))', 2)")
m('exp_ml', "d/dx of x * sigmoid(x)  (the swish function)", "derivative('x/(1+exp(-x))')")
m('exp_ml', "derivative of ln(x^2 + 1)", "derivative('log(x**2+1)')")
m('exp_ml', "gradient of log(1 + exp(w*x + b)) with respect to w and b", "gradient('log(1+exp(w*x+b))', ['w','b'])")
m('exp_ml', "differentiate e^3x + e^-x", "derivative('exp(3*x) + exp(-x)')")
m('exp_ml', "derivative of tanh(x)^2", "derivative('tanh(x)**2')")
m('exp_ml', "Maclaurin series of e^-2x up to order 3", "taylor('exp(-2*x)', 3)")
m('exp_ml', "d/dx log(sigmoid(x))", "derivative('log(1/(1+exp(-x)))')")
m('exp_ml', "partial derivative of exp(x*y^2) wrt y", "partial_derivative('exp(x*y**2)', 'y')")
m('exp_ml', "derivative of relu(x) = max(0, x) for x > 0", "derivative('x')", amb="relu restricted to x > 0 is x, so the derivative is 1; a bot may also say relu is not differentiable at 0")
m('exp_ml', "d/dx (e^x - e^-x)/(e^x + e^-x)", "derivative('(exp(x)-exp(-x))/(exp(x)+exp(-x))')")

# ===== superscript_unicode
m('superscript_unicode', "3rd derivative of x³ eˣ", "higher_derivative('x**3*exp(x)', 3)")
m('superscript_unicode', "d/dx x⁻¹ + x²", "derivative('x**(-1) + x**2')")
m('superscript_unicode', "find Aᵀ for A = [[1, 4], [2, 5], [3, 6]]", "transpose([[1,4],[2,5],[3,6]])")
m('superscript_unicode', "gradient of x₁² + 3x₁x₂ + x₂²", "gradient('x1**2 + 3*x1*x2 + x2**2', ['x1','x2'])")
m('superscript_unicode', "derivative of √x · sin x", "derivative('sqrt(x)*sin(x)')")
m('superscript_unicode', "differentiate ½x² − 3x", "derivative('x**2/2 - 3*x')")
m('superscript_unicode', "d/dθ of sin²θ", "derivative('sin(theta)**2', 'theta')")
m('superscript_unicode', "∂/∂y of x²y³", "partial_derivative('x**2*y**3', 'y')")
m('superscript_unicode', "compute AᵀA for A = [[1, 2], [0, 1]]", "matrix_expression(Mx([[1,2],[0,1]]).T * Mx([[1,2],[0,1]]))")
m('superscript_unicode', "hessian of x³ + y³ − 3xy", "hessian('x**3 + y**3 - 3*x*y', ['x','y'])")
m('superscript_unicode', "derivative of x⁴ − 2x³ + x", "derivative('x**4 - 2*x**3 + x')")
m('superscript_unicode', "find ∂²f/∂x∂y for f = x²y² + xy", "partial_derivative('x**2*y**2 + x*y', 'x', 'y')")
m('superscript_unicode', "taylor series of cos θ up to θ⁴", "taylor('cos(theta)', 4, 0, 'theta')")
m('superscript_unicode', "critical points of x² + xy + y² − 3x", "critical_points('x**2 + x*y + y**2 - 3*x', ['x','y'])")
m('superscript_unicode', "d/dx ∛x", "derivative('x**(1/3)')")
m('superscript_unicode', "find the norm of v = (⅓, ⅔, ⅔)", "norm([Rational(1,3),Rational(2,3),Rational(2,3)])")
# ===== indexed_vars
m('indexed_vars', "hessian of 2x1^2 - x1x2 + 4x2^2", "hessian('2*x1**2 - x1*x2 + 4*x2**2', ['x1','x2'])")
m('indexed_vars', "gradient of x_1^2 + 2 x_2^2 + x_1 x_3", "gradient('x1**2 + 2*x2**2 + x1*x3', ['x1','x2','x3'])")
m('indexed_vars', "partial derivative of w1*x1 + w2*x2 + b with respect to w2", "partial_derivative('w1*x1 + w2*x2 + b', 'w2')")
m('indexed_vars', "gradient of (theta0 + theta1 x - y)^2 wrt theta0 and theta1", "gradient('(theta0 + theta1*x - y)**2', ['theta0','theta1'])")
m('indexed_vars', "find critical points of x1^2 + x2^2 - 2x1 + 4x2", "critical_points('x1**2 + x2**2 - 2*x1 + 4*x2', ['x1','x2'])")
m('indexed_vars', "d/dx2 of x1^3 x2^2 + 5x2", "partial_derivative('x1**3*x2**2 + 5*x2', 'x2')")
m('indexed_vars', "hessian of x_1 x_2 x_3", "hessian('x1*x2*x3', ['x1','x2','x3'])")
m('indexed_vars', "gradient of w1^2 + w1 w2 + 3 w2^2 at w1 = 1, w2 = -1", "gradient('w1**2 + w1*w2 + 3*w2**2', ['w1','w2'], [1,-1])")
m('indexed_vars', "jacobian of f1 = x1 + x2^2, f2 = x1 x2 wrt x1, x2", "jacobian(['x1 + x2**2', 'x1*x2'], ['x1','x2'])")
m('indexed_vars', "gradient of 3x1 - 2x2 + x3^2 + x1x3", "gradient('3*x1 - 2*x2 + x3**2 + x1*x3', ['x1','x2','x3'])")
m('indexed_vars', "partial of sigmoid(w0 + w1 x) w.r.t. w1", "partial_derivative('1/(1+exp(-(w0 + w1*x)))', 'w1')")
m('indexed_vars', "hessian of x₁⁴ + x₁x₂ + x₂² ", "hessian('x1**4 + x1*x2 + x2**2', ['x1','x2'])")
m('indexed_vars', "gradient of a1*x^2 + a2*x + a3 wrt x", "gradient('a1*x**2 + a2*x + a3', ['x'])")
m('indexed_vars', "find the gradient of (w_0 + w_1*2 - 5)^2 + (w_0 + w_1*3 - 7)^2 wrt w_0, w_1", "gradient('(w0 + 2*w1 - 5)**2 + (w0 + 3*w1 - 7)**2', ['w0','w1'])")

# ===== letter_vars
m('letter_vars', "second derivative of 5*i**3 - 2*i + 8 wrt i", "higher_derivative('5*i**3 - 2*i + 8', 2, 'i')")
m('letter_vars', "What is the derivative of 4*q**3 - 7*q + 2?", "derivative('4*q**3 - 7*q + 2', 'q')")
m('letter_vars', "differentiate 3*j**2 + j with respect to j", "derivative('3*j**2 + j', 'j')")
m('letter_vars', "d/dl of l^4 - 6l", "derivative('l**4 - 6*l', 'l')")
m('letter_vars', "derivative of t^3 sin t", "derivative('t**3*sin(t)', 't')")
m('letter_vars', "find the derivative of 2*e**2 + 9*e with respect to e", "derivative('2*e**2 + 9*e', 'e')")
m('letter_vars', "third derivative of -3*E**4 + E**2 wrt E", "higher_derivative('-3*E**4 + E**2', 3, 'E')")
m('letter_vars', "differentiate k(i) = 2*i**2 - i wrt i", "derivative('2*i**2 - i', 'i')")
m('letter_vars', "Differentiate 6*q**2*l - q with respect to l", "partial_derivative('6*q**2*l - q', 'l')")
m('letter_vars', "d/dt (e^t + t^2)", "derivative('exp(t) + t**2', 't')")
m('letter_vars', "find the second derivative of -8*j**5 + 3*j**2 - j", "higher_derivative('-8*j**5 + 3*j**2 - j', 2, 'j')")
m('letter_vars', "gradient of i*j + j^2 wrt i and j", "gradient('i*j + j**2', ['i','j'])")
m('letter_vars', "Find the first derivative of 11*l**2 + 4*l - 3.", "derivative('11*l**2 + 4*l - 3', 'l')")
m('letter_vars', "derivative of n^2 log n", "derivative('n**2*log(n)', 'n')")

# ===== multi_operand
m('multi_operand', "rank of (1, 2, 0), (2, 1, 1), (3, 3, 1)", "rank([[1,2,0],[2,1,1],[3,3,1]])")
m('multi_operand', "A + Aᵀ for A = [[3, 1], [5, 2]]", "matrix_expression(Mx([[3,1],[5,2]]) + Mx([[3,1],[5,2]]).T)")
m('multi_operand', "compute vᵀAv for v = (1, 2) and A = [[2, 1], [1, 3]]", "matrix_expression(V([1,2]).T * Mx([[2,1],[1,3]]) * V([1,2]))")
m('multi_operand', "find ABC where A = [[1, 1], [0, 1]], B = [[2, 0], [0, 3]], C = [[1, 0], [1, 1]]", "multiply([[1,1],[0,1]],[[2,0],[0,3]],[[1,0],[1,1]])")
m('multi_operand', "A squared for A = [[1, 2], [3, 0]]", "matrix_expression(Mx([[1,2],[3,0]])**2)")
m('multi_operand', "A^3 where A = [[1, 1], [0, 2]]", "matrix_expression(Mx([[1,1],[0,2]])**3)")
m('multi_operand', "2A - 3I for A = [[4, 1], [2, 5]]", "matrix_expression(2*Mx([[4,1],[2,5]]) - 3*eye(2))")
m('multi_operand', "A^2 + 2A + I with A = [[0, 1], [1, 1]]", "matrix_expression(Mx([[0,1],[1,1]])**2 + 2*Mx([[0,1],[1,1]]) + eye(2))")
m('multi_operand', "are (1, 0, 1), (0, 1, 1), (1, 1, 2) independent? find the rank", "rank([[1,0,1],[0,1,1],[1,1,2]])")
m('multi_operand', "Gram-Schmidt on (1, 0, 0, 1), (1, 1, 0, 0), (0, 1, 1, 0)", "gram_schmidt([[1,0,0,1],[1,1,0,0],[0,1,1,0]])")
m('multi_operand', "find A Aᵀ for A = [[1, 2, 0], [0, 1, 3]]", "matrix_expression(Mx([[1,2,0],[0,1,3]]) * Mx([[1,2,0],[0,1,3]]).T)")
m('multi_operand', "mean of the points (1, 2), (3, 4), (5, 0), (7, 2)", "mean([[1,2],[3,4],[5,0],[7,2]])")
m('multi_operand', "A - 2B + C for A = [[1, 0], [0, 1]], B = [[1, 1], [1, 1]], C = [[3, 2], [2, 3]]", "matrix_expression(Mx([[1,0],[0,1]]) - 2*Mx([[1,1],[1,1]]) + Mx([[3,2],[2,3]]))")
m('multi_operand', "multiply [[1, 2], [3, 4]] by the vector (5, 6)", "multiply([[1,2],[3,4]], V([5,6]))")
m('multi_operand', "compute uᵀv + vᵀw for u = (1, 2, 3), v = (0, 1, -1), w = (2, 2, 2)", "matrix_expression(V([1,2,3]).dot(V([0,1,-1])) + V([0,1,-1]).dot(V([2,2,2])))")
m('multi_operand', "A^2 - 5A + 6I for A = [[2, 0], [1, 3]]", "matrix_expression(Mx([[2,0],[1,3]])**2 - 5*Mx([[2,0],[1,3]]) + 6*eye(2))")

# ===== scope_words
m('scope_words', "taylor series of cos x till the x^6 term", "taylor('cos(x)', 6)")
m('scope_words', "maclaurin series of sin x upto x^5", "taylor('sin(x)', 5)")
m('scope_words', "taylor expansion of e^x up to order 4", "taylor('exp(x)', 4)")
m('scope_words', "first three non-zero terms of the maclaurin series of sin x", "taylor_terms('sin(x)', 3)")
m('scope_words', "taylor series of ln x about x = 1 up to order 3", "taylor('log(x)', 3, 1)")
m('scope_words', "taylor polynomial of degree 2 for sqrt(x) about x = 4", "taylor('sqrt(x)', 2, 4)")
m('scope_words', "first four non zero terms of the series of cos x", "taylor_terms('cos(x)', 4)")
m('scope_words', "expand log(1+x) till x^4", "taylor('log(1+x)', 4)")
m('scope_words', "taylor series of 1/(1-x) up to x^3", "taylor('1/(1-x)', 3)")
m('scope_words', "second order taylor of e^x sin x at 0", "taylor('exp(x)*sin(x)', 2)")
m('scope_words', "taylor of x^3 - 2x about x = 2 upto order 3", "taylor('x**3 - 2*x', 3, 2)")
m('scope_words', "first two nonzero terms of taylor series of tan x", "taylor_terms('tan(x)', 2)")
m('scope_words', "maclaurin of sigmoid(x) up to x^3", "taylor('1/(1+exp(-x))', 3)")
m('scope_words', "taylor series of cos(2x) upto the x^4 term", "taylor('cos(2*x)', 4)")
m('scope_words', "expand e^(-x) around x = 1 up to second order", "taylor('exp(-x)', 2, 1)")

# ===== norms_distances
m('norms_distances', "||u - v|| for u = (4, 1, 2) and v = (1, 5, 2)", "norm(V([4,1,2]) - V([1,5,2]))")
m('norms_distances', "distance between (1, 1) and (4, 5)", "distance([1,1],[4,5])")
m('norms_distances', "find |v| for v = (2, -3, 6)", "norm([2,-3,6])")
m('norms_distances', "L1 norm of (3, -4, 1, -2)", "norm([3,-4,1,-2], 1)")
m('norms_distances', "L2 norm of (1, 2, 2, 4)", "norm([1,2,2,4])")
m('norms_distances', "euclidean distance between p = (0, 2, -1) and q = (3, -2, 11)", "distance([0,2,-1],[3,-2,11])")
m('norms_distances', "norm of (1, 1, 1)", "norm([1,1,1])")
m('norms_distances', "infinity norm of (2, -7, 5)", "norm([2,-7,5], 'inf')")
m('norms_distances', "how far apart are the points (2, 3, 1) and (5, 7, 1)?", "distance([2,3,1],[5,7,1])")
m('norms_distances', "||a + b|| where a = (1, 2) and b = (2, 2)", "norm(V([1,2]) + V([2,2]))")
m('norms_distances', "length of the vector (5, 12)", "norm([5,12])")
m('norms_distances', "manhattan distance between (1, 4) and (5, 1)", "norm(V([1,4]) - V([5,1]), 1)")
m('norms_distances', "||2u - v|| with u = (1, 0, 2), v = (0, 3, 1)", "norm(2*V([1,0,2]) - V([0,3,1]))")

# ===== cross_vs_dot
m('cross_vs_dot', "cross product of (2, 0, -1) and (1, 4, 3)", "cross([2,0,-1],[1,4,3])")
m('cross_vs_dot', "dot product of (2, 0, -1) and (1, 4, 3)", "dot([2,0,-1],[1,4,3])")
m('cross_vs_dot', "u x v for u = (1, 2, 3), v = (4, 5, 6)", "cross([1,2,3],[4,5,6])", amb="'u x v' with vectors read as the cross product")
m('cross_vs_dot', "u . v for u = (1, 2, 3), v = (4, 5, 6)", "dot([1,2,3],[4,5,6])")
m('cross_vs_dot', "find a × b where a = (3, -1, 2), b = (0, 2, 1)", "cross([3,-1,2],[0,2,1])")
m('cross_vs_dot', "a · b where a = (3, -1, 2), b = (0, 2, 1)", "dot([3,-1,2],[0,2,1])")
m('cross_vs_dot', "inner product of (1, -1, 2, 0) and (3, 1, 1, 5)", "dot([1,-1,2,0],[3,1,1,5])")
m('cross_vs_dot', "vector product of i + 2j and 3k... i mean (1, 2, 0) and (0, 0, 3)", "cross([1,2,0],[0,0,3])")
m('cross_vs_dot', "find a vector perpendicular to both (1, 1, 0) and (0, 1, 1) using the cross product", "cross([1,1,0],[0,1,1])")
m('cross_vs_dot', "scalar product of (4, 2) and (-1, 3)", "dot([4,2],[-1,3])")
m('cross_vs_dot', "cross (1, 0, 0) with (0, 1, 0) and also dot them", "cross([1,0,0],[0,1,0]), dot([1,0,0],[0,1,0])")
m('cross_vs_dot', "v cross w, v = (2, 2, 1), w = (1, -1, 0)", "cross([2,2,1],[1,-1,0])")
# ===== layout
m('layout', "find the determinant | 5 1 ; 3 2 |", "det([[5,1],[3,2]])")
m('layout', "det |2 -1; 4 3|", "det([[2,-1],[4,3]])")
m('layout', "evaluate |1 2 0; 3 1 4; 0 2 1|", "det([[1,2,0],[3,1,4],[0,2,1]])")
m('layout', "covariance matrix of x: 1, 3, -2, 0 | y: 2, 0, 1, -1", "covariance([[1,2],[3,0],[-2,1],[0,-1]])")
m('layout', "mean and variance of x: 2, 4, 4, 4, 5, 5, 7, 9", "mean([2,4,4,4,5,5,7,9]), variance([2,4,4,4,5,5,7,9])")
m('layout', "samples p1=(1,0), p2=(2,2), p3=(3,4) find covariance", "covariance([[1,0],[2,2],[3,4]])")
m('layout', "data matrix [[1, 2], [3, 6], [5, 4]], rows are samples. find the covariance matrix", "covariance([[1,2],[3,6],[5,4]])")
m('layout', "inverse of [1 2; 3 5]", "inverse([[1,2],[3,5]])")
m('layout', "rank of [1 2 3; 4 5 6; 7 8 9]", "rank([[1,2,3],[4,5,6],[7,8,9]])")
m('layout', "eigenvalues of [4 1; 2 3]", "eigenvalues([[4,1],[2,3]])")
m('layout', "multiply A = [1 0 2; 0 1 1] with the column vector [1; 2; 3]", "multiply([[1,0,2],[0,1,1]], V([1,2,3]))")
m('layout', "first principal component of points (0,0), (2,2), (4,4), (1,3), (3,1)", "pca([[0,0],[2,2],[4,4],[1,3],[3,1]], 'directions', 1)")
m('layout', "columns are samples: X = [[1, 2, 3], [2, 4, 6]]. find the mean vector", "mean([[1,2],[2,4],[3,6]])")
m('layout', "solve: x + 2y - z = 3 ; 2x - y + z = 1 ; x + y + z = 6", "solve_system(['x + 2*y - z = 3', '2*x - y + z = 1', 'x + y + z = 6'], ['x','y','z'])")
m('layout', "det of\n[2 0 1]\n[1 3 2]\n[1 1 1]", "det([[2,0,1],[1,3,2],[1,1,1]])")
m('layout', "A = (1 2 | 3 4) find A inverse", "inverse([[1,2],[3,4]])", amb="'|' read as a row separator: rows (1 2) and (3 4)")
m('layout', "u = [1; 2; 2], v = [2; 0; 1] angle between u and v", "angle([1,2,2],[2,0,1])")
m('layout', "points a=(0,0) b=(3,4) distance?", "distance([0,0],[3,4])")

# ===== latex
m('latex', r"Find the determinant of $\begin{vmatrix} 3 & 2 \\ 1 & 4 \end{vmatrix}$", "det([[3,2],[1,4]])")
m('latex', r"Compute the inverse of $\begin{pmatrix} 2 & 1 \\ 5 & 3 \end{pmatrix}$", "inverse([[2,1],[5,3]])")
m('latex', r"Differentiate $\frac{x^2}{1+x}$", "derivative('x**2/(1+x)')")
m('latex', r"Find $\frac{d}{dx}\left( x^{3} \sin x \right)$", "derivative('x**3*sin(x)')")
m('latex', r"Find $\nabla f$ for $f(x,y) = x^{2} y + e^{xy}$", "gradient('x**2*y + exp(x*y)', ['x','y'])")
m('latex', r"Compute $\mathbf{u} \cdot \mathbf{v}$ where $\mathbf{u} = (1, 3, -2)$ and $\mathbf{v} = (4, -1, 2)$", "dot([1,3,-2],[4,-1,2])")
m('latex', r"find $\frac{\partial f}{\partial y}$ if $f = x^2 y^3 + \sin(y)$", "partial_derivative('x**2*y**3 + sin(y)', 'y')")
m('latex', r"eigenvalues of $A = \begin{bmatrix} 1 & 2 \\ 2 & 1 \end{bmatrix}$", "eigenvalues([[1,2],[2,1]])")
m('latex', r"Differentiate $\sqrt{x^2 + 1}$", "derivative('sqrt(x**2+1)')")
m('latex', r"$\mathbf{a} \times \mathbf{b}$ with $\mathbf{a} = (1,0,2)$, $\mathbf{b} = (2,1,0)$", "cross([1,0,2],[2,1,0])")
m('latex', r"Find the Hessian of $f(x,y) = x^{4} + x y^{2}$", "hessian('x**4 + x*y**2', ['x','y'])")
m('latex', r"Compute $\|\mathbf{v}\|$ for $\mathbf{v} = (2, 1, 2)$", "norm([2,1,2])")
m('latex', r"Find the derivative of $\frac{1}{1+e^{-x}}$ with respect to $x$", "derivative('1/(1+exp(-x))')")
m('latex', r"Taylor series of $e^{x}\cos x$ up to $x^{3}$", "taylor('exp(x)*cos(x)', 3)")
m('latex', r"rank of $\begin{pmatrix} 1 & 2 & 1 \\ 0 & 1 & 1 \\ 1 & 3 & 2 \end{pmatrix}$", "rank([[1,2,1],[0,1,1],[1,3,2]])")
m('latex', r"Find $\frac{d^2}{dx^2} \ln(x^2)$", "higher_derivative('log(x**2)', 2)")
m('latex', r"Compute $A^{T}A$ for $A = \begin{pmatrix} 1 & 1 \\ 0 & 2 \end{pmatrix}$", "matrix_expression(Mx([[1,1],[0,2]]).T * Mx([[1,1],[0,2]]))")
m('latex', r"Find $\frac{\partial^2 f}{\partial x \partial y}$ for $f = x^3 y^2$", "partial_derivative('x**3*y**2', 'x', 'y')")
m('latex', "Find the trace of \\(\\begin{pmatrix} 4 & 0 & 1 \\\\ 2 & -3 & 5 \\\\ 1 & 1 & 7 \\end{pmatrix}\\)", "trace([[4,0,1],[2,-3,5],[1,1,7]])")

# ===== numpy
m('numpy', "np.linalg.det(np.array([[2, 5], [1, 3]]))", "det([[2,5],[1,3]])")
m('numpy', "what does np.linalg.inv(np.array([[3, 1], [2, 1]])) give", "inverse([[3,1],[2,1]])")
m('numpy', "A = np.array([[1, 2], [3, 4]]); B = np.array([[0, 1], [1, 0]]); A @ B = ?", "multiply([[1,2],[3,4]],[[0,1],[1,0]])")
m('numpy', "I got this from numpy, find its determinant:\narray([[1, 2],\n       [3, 4]])", "det([[1,2],[3,4]])")
m('numpy', "np.linalg.eigvals(np.array([[2, 1], [1, 2]]))", "eigenvalues([[2,1],[1,2]])")
m('numpy', "A = np.array([[1, 1], [2, 0]]). what is A**2 in numpy", "matrix_expression(Mx([[1,1],[2,0]]).applyfunc(lambda a: a**2))", amb="A**2 in NumPy is the elementwise square, not the matrix product A@A; expected is the elementwise square")
m('numpy', "np.dot([1, 2, 3], [4, -5, 6])", "dot([1,2,3],[4,-5,6])")
m('numpy', "np.cross([1, 0, 2], [3, 1, 1])", "cross([1,0,2],[3,1,1])")
m('numpy', "np.linalg.norm([3, 4, 12])", "norm([3,4,12])")
m('numpy', "np.linalg.matrix_rank(np.array([[1, 2, 3], [2, 4, 6], [1, 1, 1]]))", "rank([[1,2,3],[2,4,6],[1,1,1]])")
m('numpy', "X = np.array([[1, 2, 3, 4], [2, 4, 5, 9]]). np.cov(X) = ?", "covariance([[1,2],[2,4],[3,5],[4,9]], sample=True)")
m('numpy', "np.var([1, 2, 3, 4, 10])", "variance([1,2,3,4,10])")
m('numpy', "np.mean(np.array([[1, 2], [3, 6], [5, 4]]), axis=0)", "mean([[1,2],[3,6],[5,4]])")
m('numpy', "np.trace(np.array([[5, 2, 1], [0, 3, 8], [4, 4, -1]]))", "trace([[5,2,1],[0,3,8],[4,4,-1]])")
m('numpy', "A = np.array([[2, 0], [1, 1]])\nv = np.array([3, 4])\nA @ v", "multiply([[2,0],[1,1]], V([3,4]))")
m('numpy', "np.linalg.solve(np.array([[2, 1], [1, 3]]), np.array([3, 5]))", "solve_matrix([[2,1],[1,3]], [3,5])")
m('numpy', "np.array([[1, 2, 3], [4, 5, 6]]).T", "transpose([[1,2,3],[4,5,6]])")
m('numpy', "find eigenvectors of this:\narray([[ 3,  0],\n       [ 1,  2]])", "eigenvectors([[3,0],[1,2]])")
m('numpy', "X = np.array([[1, 2], [2, 1], [3, 3]]) and np.cov(X, rowvar=False), what is it", "covariance([[1,2],[2,1],[3,3]], sample=True)")

# ===== multiline
m('multiline', "A =\n2 1\n1 2\nfind the eigenvalues", "eigenvalues([[2,1],[1,2]])")
m('multiline', "A = [[1, 2], [3, 4]]\nfind the determinant", "det([[1,2],[3,4]])")
m('multiline', "Matrix:\n1 0 2\n0 1 1\n1 1 0\nwhat is the inverse?", "inverse([[1,0,2],[0,1,1],[1,1,0]])")
m('multiline', "data\nx y\n1 2\n2 3\n3 5\n4 6\ncovariance matrix please", "covariance([[1,2],[2,3],[3,5],[4,6]])")
m('multiline', "solve\n3x + 2y = 12\nx - y = -1", "solve_system(['3*x + 2*y = 12', 'x - y = -1'], ['x','y'])")
m('multiline', "u = (1, 2, 3)\nv = (3, 2, 1)\nfind u x v", "cross([1,2,3],[3,2,1])")
m('multiline', "f(x, y) = x^2 + 3xy + y^3\nfind the gradient\nand the hessian", "gradient('x**2 + 3*x*y + y**3', ['x','y']), hessian('x**2 + 3*x*y + y**3', ['x','y'])")
m('multiline', "A =\n[1 2 0]\n[0 1 0]\n[0 0 3]\nrank?", "rank([[1,2,0],[0,1,0],[0,0,3]])")
m('multiline', "points:\n(1, 1)\n(2, 3)\n(3, 2)\n(4, 6)\nfind the mean", "mean([[1,1],[2,3],[3,2],[4,6]])")
m('multiline', "B =\n4 -2\n1  1\n\neigenvalues and eigenvectors of B", "eigenvalues([[4,-2],[1,1]]), eigenvectors([[4,-2],[1,1]])")
m('multiline', "f(x) = x^3 - 2x - 5\nx0 = 2\ndo 2 newton iterations", "newton('x**3 - 2*x - 5', 2, 2)")
m('multiline', "A = [[1, 2], [0, 1]]\nB = [[3, 0], [1, 1]]\nAB = ?", "multiply([[1,2],[0,1]],[[3,0],[1,1]])")
m('multiline', "M =\n2 0 0 0\n0 3 0 0\n0 0 1 4\n0 0 0 5\ndeterminant", "det([[2,0,0,0],[0,3,0,0],[0,0,1,4],[0,0,0,5]])")
m('multiline', "x = [1, 2, 3, 4]\ny = [2, 4, 5, 4]\nMSE loss with y_hat = w x + b. gradient wrt w, b at w = 1, b = 0", "loss_gradient('mse', [(1,2),(2,4),(3,5),(4,4)], [1,0])")
m('multiline', "vectors\nv1 = (1, 1, 0)\nv2 = (1, 0, 1)\northonormal basis by gram schmidt", "gram_schmidt([[1,1,0],[1,0,1]])")

# ===== hinglish
m('hinglish', "A = [[2, 3], [1, 4]] ka determinant nikalo", "det([[2,3],[1,4]])")
m('hinglish', "x^2 sin x ka derivative batao", "derivative('x**2*sin(x)')")
m('hinglish', "bhai [[4, 1], [2, 3]] iska eigen value kya hoga", "eigenvalues([[4,1],[2,3]])")
m('hinglish', "yaar is matrix ka inverse nikal do [[1, 1], [1, 2]]", "inverse([[1,1],[1,2]])")
m('hinglish', "e^x cos x ka derivative kya aayega", "derivative('exp(x)*cos(x)')")
m('hinglish', "f(x,y) = x^2 y + y^3 iska gradient batao bhai", "gradient('x**2*y + y**3', ['x','y'])")
m('hinglish', "(1,2,3) aur (2,0,1) ka dot product kitna hoga", "dot([1,2,3],[2,0,1])")
m('hinglish', "(1,2,3) aur (2,0,1) ka cross product bhi batao", "cross([1,2,3],[2,0,1])")
m('hinglish', "[[1,2,1],[2,4,2],[1,0,1]] ki rank kya hai", "rank([[1,2,1],[2,4,2],[1,0,1]])")
m('hinglish', "sin x ka taylor series x^5 tak likho", "taylor('sin(x)', 5)")
m('hinglish', "2x + 3y = 8 aur x - y = -1 ko solve karo", "solve_system(['2*x + 3*y = 8', 'x - y = -1'], ['x','y'])")
m('hinglish', "bhai x^3 y^2 ka hessian chahiye", "hessian('x**3*y**2', ['x','y'])")
m('hinglish', "in points ka covariance matrix nikalo: (1,2), (2,4), (3,3)", "covariance([[1,2],[2,4],[3,3]])")
m('hinglish', "yaar (3,4) aur (0,0) ke beech distance kitna hai", "distance([3,4],[0,0])")
m('hinglish', "sigmoid 1/(1+e^-x) ka second derivative nikalo", "higher_derivative('1/(1+exp(-x))', 2)")
m('hinglish', "[[2,0],[0,5]] ke eigenvalues aur eigenvectors dono batao", "eigenvalues([[2,0],[0,5]]), eigenvectors([[2,0],[0,5]])")
m('hinglish', "log(x^2+1) ko x ke respect me differentiate karo", "derivative('log(x**2+1)')")
# ===== whatsapp
m('whatsapp', "d/dx x2sinx", "derivative('x**2*sin(x)')", amb="'x2' read as x^2 (phone shorthand); as the indexed variable x2 the derivative wrt x would be x2*cos(x)")
m('whatsapp', "det [[1,2],[3,7]] plz", "det([[1,2],[3,7]])")
m('whatsapp', "wat is eigen val of [[3,1],[0,2]] ??", "eigenvalues([[3,1],[0,2]])")
m('whatsapp', "inverse 4 [[2,1],[1,1]] pls", "inverse([[2,1],[1,1]])")
m('whatsapp', "grad of x^2+y^2+xy 😭😭", "gradient('x**2 + y**2 + x*y', ['x','y'])")
m('whatsapp', "dx of e^2x??", "derivative('exp(2*x)')")
m('whatsapp', "det[[2,1],[1,3]]plz", "det([[2,1],[1,3]])")
m('whatsapp', "pls tell derivative of x^3+2x^2+x fast exam h 🙏", "derivative('x**3 + 2*x**2 + x')")
m('whatsapp', "rank of [[1,1],[2,2]] ?? 🤔", "rank([[1,1],[2,2]])")
m('whatsapp', "cross prod (1,2,3) (0,1,4) plz", "cross([1,2,3],[0,1,4])")
m('whatsapp', "taylor cosx upto x4 pls", "taylor('cos(x)', 4)", amb="'x4' read as x^4 (the usual phone shorthand)")
m('whatsapp', "hessian x^2y+y^3 ??", "hessian('x**2*y + y**3', ['x','y'])")
m('whatsapp', "norm of (1,2,2) wat", "norm([1,2,2])")
m('whatsapp', "plz solve x+y=5 , x-y=1", "solve_system(['x + y = 5', 'x - y = 1'], ['x','y'])")
m('whatsapp', "sir d/dx ln(sinx) 🙏🙏", "derivative('log(sin(x))')")
m('whatsapp', "eigen vectors 4 [[2,0],[0,3]] plzz", "eigenvectors([[2,0],[0,3]])")
m('whatsapp', "mean n variance of 3,5,7,9 ??", "mean([3,5,7,9]), variance([3,5,7,9])")

# ===== trailing_chat
m('trailing_chat', "d/dx x^2 + 3x + 1?", "derivative('x**2 + 3*x + 1')")
m('trailing_chat', "det [[4, 2], [3, 1]] = ?", "det([[4,2],[3,1]])")
m('trailing_chat', "find the inverse of [[2, 0], [0, 4]] thanks", "inverse([[2,0],[0,4]])")
m('trailing_chat', "Sir please find the rank of [[1, 0, 1], [0, 1, 1], [1, 1, 2]]. Thank you sir", "rank([[1,0,1],[0,1,1],[1,1,2]])")
m('trailing_chat', "gradient of x*y^2 at (1, 2)?? thanks a lot", "gradient('x*y**2', ['x','y'], [1,2])")
m('trailing_chat', "what is the derivative of cos(3x)? thank you!!", "derivative('cos(3*x)')")
m('trailing_chat', "eigenvalues of [[6, 2], [2, 3]] = ? pls reply soon", "eigenvalues([[6,2],[2,3]])")
m('trailing_chat', "(2, 1, 2) . (1, 1, 0) = ?", "dot([2,1,2],[1,1,0])")
m('trailing_chat', "hessian of x^2 + 4xy + y^2 ? ok", "hessian('x**2 + 4*x*y + y**2', ['x','y'])")
m('trailing_chat', "differentiate x e^x, thanks in advance sir", "derivative('x*exp(x)')")
m('trailing_chat', "distance between (1, 2, 3) and (4, 6, 3)?? ty", "distance([1,2,3],[4,6,3])")
m('trailing_chat', "trace of [[2, 5], [7, 9]]... thx", "trace([[2,5],[7,9]])")
m('trailing_chat', "d/dx tan x = ? 🙂", "derivative('tan(x)')")
m('trailing_chat', "inverse of [[1, 2, 0], [0, 1, 0], [0, 0, 2]] please sir, urgent", "inverse([[1,2,0],[0,1,0],[0,0,2]])")

# ===== juxtaposition
m('juxtaposition', "derivative of 1/2x", "derivative('1/(2*x)')", amb="'1/2x' read as 1/(2x); the other reading is x/2 (derivative 1/2)")
m('juxtaposition', "d/dx 1/2x^2 - 3x", "derivative('x**2/2 - 3*x')", amb="'1/2x^2' read as (1/2)x^2 as in a loss; the other reading is 1/(2x^2)")
m('juxtaposition', "gradient of 2x y + y^2", "gradient('2*x*y + y**2', ['x','y'])")
m('juxtaposition', "partial derivative of xy + yz wrt y", "partial_derivative('x*y + y*z', 'y')")
m('juxtaposition', "derivative of sinx cosx", "derivative('sin(x)*cos(x)')")
m('juxtaposition', "hessian of 3x^2y - xy^2", "hessian('3*x**2*y - x*y**2', ['x','y'])")
m('juxtaposition', "d/da of a^2b + ab^2", "partial_derivative('a**2*b + a*b**2', 'a')")
m('juxtaposition', "differentiate xsinx", "derivative('x*sin(x)')")
m('juxtaposition', "derivative of 2sinx + 3cosx", "derivative('2*sin(x) + 3*cos(x)')")
m('juxtaposition', "d/dx xe^x", "derivative('x*exp(x)')")
m('juxtaposition', "gradient of xyz", "gradient('x*y*z', ['x','y','z'])")
m('juxtaposition', "find d/dx of x^2y^3 + 4xy", "partial_derivative('x**2*y**3 + 4*x*y', 'x')")
m('juxtaposition', "d/dx 3xcos2x", "derivative('3*x*cos(2*x)')")
m('juxtaposition', "partial wrt b of (ax + b - y)^2", "partial_derivative('(a*x + b - y)**2', 'b')")
m('juxtaposition', "derivative of e^xsinx", "derivative('exp(x)*sin(x)')", amb="read as e^x * sin x; e^(x sin x) is the other reading")

# ===== multi_task
m('multi_task', "det and inverse of [[3, 1], [4, 2]]", "det([[3,1],[4,2]]), inverse([[3,1],[4,2]])")
m('multi_task', "eigenvalues and eigenvectors of [[2, 1], [1, 2]]", "eigenvalues([[2,1],[1,2]]), eigenvectors([[2,1],[1,2]])")
m('multi_task', "mean and covariance of (1, 2), (3, 3), (5, 7)", "mean([[1,2],[3,3],[5,7]]), covariance([[1,2],[3,3],[5,7]])")
m('multi_task', "gradient and hessian of x^3 y + y^2", "gradient('x**3*y + y**2', ['x','y']), hessian('x**3*y + y**2', ['x','y'])")
m('multi_task', "For A = [[1, 2], [2, 5]]: Q1 determinant Q2 trace Q3 eigenvalues", "det([[1,2],[2,5]]), trace([[1,2],[2,5]]), eigenvalues([[1,2],[2,5]])")
m('multi_task', "(a) dot product (b) cross product of u = (1, -1, 2) and v = (3, 0, 1)", "dot([1,-1,2],[3,0,1]), cross([1,-1,2],[3,0,1])")
m('multi_task', "find the rank, then the null space of [[1, 1, 2], [2, 2, 4], [0, 1, 1]]", "rank([[1,1,2],[2,2,4],[0,1,1]]), nullspace([[1,1,2],[2,2,4],[0,1,1]])")
m('multi_task', "differentiate x^2 e^x, also find its second derivative", "derivative('x**2*exp(x)'), higher_derivative('x**2*exp(x)', 2)")
m('multi_task', "norm of u = (3, 4, 0), norm of v = (1, 2, 2) and the angle between them", "norm([3,4,0]), norm([1,2,2]), angle([3,4,0],[1,2,2])")
m('multiline', "Q1. det of [[2, 1], [1, 1]]\nQ2. d/dx x^4\nQ3. dot product of (1, 2) and (3, 4)", "det([[2,1],[1,1]]), derivative('x**4'), dot([1,2],[3,4])")
m('multi_task', "Hi sir, I have my MML quiz tomorrow and I am stuck on this one. For A = [[4, 1], [2, 3]] find the eigenvalues and eigenvectors, also the determinant.", "eigenvalues([[4,1],[2,3]]), eigenvectors([[4,1],[2,3]]), det([[4,1],[2,3]])")
m('multi_task', "Good evening. Our professor gave this in class today and nobody got it. f(x, y) = x^2 y - y^3, find the gradient and the hessian at (1, 1)", "gradient('x**2*y - y**3', ['x','y'], [1,1]), hessian('x**2*y - y**3', ['x','y'], [1,1])")
m('multi_task', "hello! I am revising for endsem and want to check my answers. The points are (2, 1), (4, 3), (6, 2). 1) mean 2) covariance matrix 3) first principal component", "mean([[2,1],[4,3],[6,2]]), covariance([[2,1],[4,3],[6,2]]), pca([[2,1],[4,3],[6,2]], 'directions', 1)")
m('multi_task', "I am trying to do the tutorial sheet but my answer does not match the key. u = (1, 2, 2), v = (2, 0, 1). projection of u onto v and the scalar projection too please", "projection([1,2,2],[2,0,1]), scalar_projection([1,2,2],[2,0,1])")
m('multi_task', "sir I missed the lecture because of a fever, sorry. Can you do det, inverse and transpose of [[1, 3], [2, 7]]?", "det([[1,3],[2,7]]), inverse([[1,3],[2,7]]), transpose([[1,3],[2,7]])")
m('multi_task', "A = [[1, 2], [3, 4]], B = [[2, 0], [1, 3]]. find A + B, A - B and AB", "add([[1,2],[3,4]],[[2,0],[1,3]]), subtract([[1,2],[3,4]],[[2,0],[1,3]]), multiply([[1,2],[3,4]],[[2,0],[1,3]])")
m('multi_task', "find the partial derivatives of f = x^2 sin y wrt x and wrt y, then the mixed partial", "partial_derivative('x**2*sin(y)', 'x'), partial_derivative('x**2*sin(y)', 'y'), partial_derivative('x**2*sin(y)', 'x', 'y')")
m('multi_task', "Hey, I'm preparing for placements and brushing up my ML maths. Gradient descent on f(x, y) = x^2 + 2y^2 from (2, 1) with learning rate 0.1, two steps, and also tell me the critical point.", "gradient_descent('x**2 + 2*y**2', [2,1], '1/10', 2, ['x','y']), critical_points('x**2 + 2*y**2', ['x','y'])")
m('multi_task', "(a) rref of [[1, 2, 1], [2, 4, 3], [1, 2, 2]] (b) its rank (c) its null space", "rref([[1,2,1],[2,4,3],[1,2,2]]), rank([[1,2,1],[2,4,3],[1,2,2]]), nullspace([[1,2,1],[2,4,3],[1,2,2]])")
m('multi_task', "taylor series of e^x till x^3 and of cos x till x^4", "taylor('exp(x)', 3), taylor('cos(x)', 4)")
m('multi_task', "Namaste sir. This is from last year's paper. Solve x + y + z = 6, x - y = 0, y + 2z = 7 and also find the determinant of the coefficient matrix.", "solve_system(['x + y + z = 6', 'x - y = 0', 'y + 2*z = 7'], ['x','y','z']), det([[1,1,1],[1,-1,0],[0,1,2]])")
m('multi_task', "jacobian of (x y, x + y, x^2) wrt x and y, then evaluate it at (1, 2)", "jacobian(['x*y','x + y','x**2'], ['x','y']), jacobian(['x*y','x + y','x**2'], ['x','y'], [1,2])")
m('multi_task', "Q1 variance of 2, 4, 6, 8  Q2 sample variance of the same numbers", "variance([2,4,6,8]), variance([2,4,6,8], sample=True)")
m('multi_task', "I think my textbook has a typo so want to double check. PCA on (1, 1), (2, 2), (3, 3), (4, 5): principal directions and explained variance", "pca([[1,1],[2,2],[3,3],[4,5]], 'directions', 2), pca([[1,1],[2,2],[3,3],[4,5]], 'variance')")
m('multi_task', "eigenvalues of [[2, 0, 0], [0, 3, 4], [0, 4, 9]] and the eigenvectors", "eigenvalues([[2,0,0],[0,3,4],[0,4,9]]), eigenvectors([[2,0,0],[0,3,4],[0,4,9]])")
m('multi_task', "so basically we did linear regression in the lab today. data (1, 3), (2, 5), (3, 6). loss is MSE, model y = w x + b. gradient at w = 0, b = 0, then one gradient descent step with lr 0.1 on w and b", "loss_gradient('mse', [(1,3),(2,5),(3,6)], [0,0]), gradient_descent('((w+b-3)**2 + (2*w+b-5)**2 + (3*w+b-6)**2)/3', [0,0], '1/10', 1, ['w','b'])")
m('hinglish', "bhai kal viva hai, thoda help kar do. [[5, 4], [1, 2]] ke eigenvalues nikalo aur determinant bhi batao", "eigenvalues([[5,4],[1,2]]), det([[5,4],[1,2]])")
m('hinglish', "sir maine try kiya par answer match nahi ho raha. f = x^2 + xy + y^2 ka gradient aur hessian dono chahiye", "gradient('x**2 + x*y + y**2', ['x','y']), hessian('x**2 + x*y + y**2', ['x','y'])")
m('whatsapp', "hi sir sorry to disturb so late 🙏 my assignment due tmrw. det of [[2,1,0],[1,2,1],[0,1,2]] n its inverse plz", "det([[2,1,0],[1,2,1],[0,1,2]]), inverse([[2,1,0],[1,2,1],[0,1,2]])")
m('plain', "Hello. I am a second year student and I am new to this bot. Could you find the eigenvalues of [[1, 2, 0], [2, 1, 0], [0, 0, 3]]?", "eigenvalues([[1,2,0],[2,1,0],[0,0,3]])")
m('trailing_chat', "ok so I understood the lecture mostly but this one question is bugging me. what is d/dx of x^x? thanks sir, you are the best", "derivative('x**x')")
m('exp_ml', "We are learning about activation functions in our deep learning course. What is the derivative of softplus ln(1 + e^(2x))?", "derivative('log(1+exp(2*x))')")
m('plain', "Find the eigenvalues of [[1, 1, 0], [1, 2, 1], [0, 1, 3]]", "eigenvalues([[1,1,0],[1,2,1],[0,1,3]])")
m('plain', "Find the eigenvalues of [[0, 1, 0], [0, 0, 1], [2, 1, 0]]", "eigenvalues([[0,1,0],[0,0,1],[2,1,0]])")
m('plain', "Find the orthogonal projection of u = (1, 2, 3) onto the span of (1, 0, 0) and (0, 1, 1)", "projection_span([1,2,3],[[1,0,0],[0,1,1]])")
m('plain', "derivative of sin(e^(x^2)) with respect to x", "derivative('sin(exp(x**2))')")
m('plain', "Find the gradient of the logistic loss for data (x, y) = (1, 1), (2, 0) with p = sigmoid(w x + b), at w = 0, b = 0", "loss_gradient('logistic', [(1,1),(2,0)], [0,0])")

# ===== refuse
r('refuse', "integrate x^2 from 0 to 3", "integration is out of scope")
r('refuse', "lim x->0 sin(x)/x", "limits are out of scope")
r('refuse', "solve the differential equation dy/dx = 3y", "differential equations are out of scope")
r('refuse', "P(X > 1) if X is normal with mean 0 and variance 1", "probability distributions are out of scope")
r('refuse', "prove that det(AB) = det(A) det(B)", "proofs are out of scope")
r('refuse', "explain what PCA is", "concept explanation with no numbers is out of scope")
r('refuse', "what is an eigenvector intuitively?", "concept explanation with no numbers")
r('refuse', "find the inverse", "incomplete: no matrix given")
r('refuse', "find the derivative", "incomplete: no function given")
r('refuse', "solve the system of equations", "incomplete: no equations given")
r('refuse', "determinant of [[1, 2, 3], [4, 5, 6]]", "impossible: the determinant of a non-square 2x3 matrix is undefined")
r('refuse', "cross product of (1, 2) and (3, 4)", "impossible: the cross product is defined for 3-D vectors, these are 2-D")
r('refuse', "inverse of [[1, 2], [2, 4]]", "impossible: the matrix is singular (det 0), no inverse")
r('refuse', "dot product of (1, 2) and (1, 2, 3)", "impossible: vectors of different dimensions")
r('refuse', "multiply [[1, 2, 3]] by [[4, 5, 6]]", "impossible: 1x3 times 1x3 is not defined")
r('refuse', "eigenvalues of [[1, 2, 3], [4, 5, 6]]", "impossible: eigenvalues need a square matrix")
r('refuse', "asdfgh jkl qwerty", "nonsense, no problem")
r('refuse', "hi sir", "greeting only, no problem")
r('refuse', "ok thanks 👍", "no problem in the message")
r('refuse', "what is the capital of France", "out of scope, not maths for ML")
r('refuse', "write my assignment on backpropagation in 500 words", "essay request, out of scope")
r('refuse', "∫ e^x sin x dx", "integration is out of scope")
r('refuse', "bhai integration of 1/x kya hoga", "integration is out of scope (Hinglish)")
r('refuse', "find A inverse", "incomplete: A is not given")
r('refuse', "gradient descent with learning rate 0.1", "incomplete: no function and no starting point")
r('refuse', "what is the probability of getting two heads in three coin tosses", "probability is out of scope")
r('refuse', "det of banana", "nonsense: no matrix")
r('refuse', "find the eigenvalues of A where A is a 3x3 matrix", "incomplete: entries of A not given")
r('whatsapp', "plz help 😭😭", "no problem in the message")
r('refuse', "limit of (1 + 1/n)^n as n goes to infinity", "limits are out of scope")
# ===== more realistic long / several-task messages
m('multi_task', "Hi! I'm a 3rd sem CSE student and our MML teacher moves really fast. Can you help with this: A = [[2, 1], [1, 2]], find A squared, its determinant, its trace and its eigenvalues", "matrix_expression(Mx([[2,1],[1,2]])**2), det([[2,1],[1,2]]), trace([[2,1],[1,2]]), eigenvalues([[2,1],[1,2]])")
m('multi_task', "Sorry for the long message, I tried this for an hour. f(x) = x^3 - 3x^2 + 2. Find f'(x), f''(x) and the critical points.", "derivative('x**3 - 3*x**2 + 2'), higher_derivative('x**3 - 3*x**2 + 2', 2), critical_points('x**3 - 3*x**2 + 2', ['x'])")
m('multi_task', "my friend says the answer is 7 but I get 5. vectors a = (2, 1, -2) and b = (1, 2, 2). find the dot product, the cross product, and |a|", "dot([2,1,-2],[1,2,2]), cross([2,1,-2],[1,2,2]), norm([2,1,-2])")
m('multi_task', "distance between (1, 0, 2) and (3, 4, 6) and also the angle between the vectors (1, 0, 2) and (3, 4, 6)", "distance([1,0,2],[3,4,6]), angle([1,0,2],[3,4,6])")
m('multi_task', "Q1) inverse of [[1, 1, 0], [0, 1, 1], [1, 0, 1]] Q2) rank of the same matrix", "inverse([[1,1,0],[0,1,1],[1,0,1]]), rank([[1,1,0],[0,1,1],[1,0,1]])")
m('multi_task', "first find the transpose of A = [[1, 2], [3, 4], [5, 6]], then AᵀA, then det(AᵀA)", "transpose([[1,2],[3,4],[5,6]]), matrix_expression(Mx([[1,2],[3,4],[5,6]]).T * Mx([[1,2],[3,4],[5,6]])), det(Mx([[1,2],[3,4],[5,6]]).T * Mx([[1,2],[3,4],[5,6]]))")
m('hinglish', "bhai mera exam parso hai aur ye topic samajh nahi aaya. u = (3, 1) ka v = (1, 1) par projection nikalo, aur angle bhi", "projection([3,1],[1,1]), angle([3,1],[1,1])")
m('hinglish', "yaar ek doubt hai, sir ne class me bola tha but maine miss kar diya. e^x ka maclaurin series x^4 tak aur sin x ka x^3 tak", "taylor('exp(x)', 4), taylor('sin(x)', 3)")
m('whatsapp', "hlo sir gm 🙏 quick one, d/dx of x^2 e^3x and d/dx of ln(2x) plz", "derivative('x**2*exp(3*x)'), derivative('log(2*x)')")
m('whatsapp', "sir exam in 10 min 😭😭 eigen val n eigen vec of [[3,1],[1,3]] plzzz", "eigenvalues([[3,1],[1,3]]), eigenvectors([[3,1],[1,3]])")
m('trailing_chat', "Thank you for the last answer, it really helped! Next one: find the jacobian of (x^2 - y, xy) with respect to x, y. Thanks again", "jacobian(['x**2 - y', 'x*y'], ['x','y'])")
m('plain', "Good morning sir. I am practising PCA for my lab viva. For the data points (1, 2), (2, 1), (3, 4), (4, 3), what is the variance explained by each principal component?", "pca([[1,2],[2,1],[3,4],[4,3]], 'variance')")
m('plain', "This is for my ML assignment where we implement optimisers from scratch. Run 3 steps of gradient descent on f(w) = w^2 - 4w with learning rate 0.25 starting from w = 0.", "gradient_descent('w**2 - 4*w', 0, '1/4', 3, ['w'])")
m('multiline', "Hello sir, doubt from today's tutorial.\nA = [[1, 2, 3], [0, 1, 4], [5, 6, 0]]\n(a) determinant\n(b) inverse\n(c) trace", "det([[1,2,3],[0,1,4],[5,6,0]]), inverse([[1,2,3],[0,1,4],[5,6,0]]), trace([[1,2,3],[0,1,4],[5,6,0]])")
m('multi_task', "compute the gradient of f = x^2 + y^2 + z^2 - xy, then the hessian, then the critical points", "gradient('x**2 + y**2 + z**2 - x*y', ['x','y','z']), hessian('x**2 + y**2 + z**2 - x*y', ['x','y','z']), critical_points('x**2 + y**2 + z**2 - x*y', ['x','y','z'])")
m('layout', "My data has rows as samples: [[2, 3], [4, 7], [6, 5]]. Find the mean vector and the sample covariance matrix (N-1).", "mean([[2,3],[4,7],[6,5]]), covariance([[2,3],[4,7],[6,5]], sample=True)")
m('scope_words', "I keep getting extra terms in my answer. What are the first three non-zero terms of the taylor series of e^x about x = 0?", "taylor_terms('exp(x)', 3)")
m('plain', "If z = x^2 y, x = t^2 and y = sin t, find dz/dt by the chain rule", "chain_rule('x**2*y', {'x':'t**2','y':'sin(t)'})")
m('letter_vars', "my prof uses weird letters in his notes. differentiate 7*q**4 - 3*q**2 + q with respect to q, and also find the second derivative", "derivative('7*q**4 - 3*q**2 + q', 'q'), higher_derivative('7*q**4 - 3*q**2 + q', 2, 'q')")
m('numpy', "I ran this in colab and want to verify by hand: np.linalg.det(A) and np.linalg.inv(A) where A = np.array([[3, 2], [1, 1]])", "det([[3,2],[1,1]]), inverse([[3,2],[1,1]])")
m('latex', r"From my notes: find $\nabla f$ and $\nabla^2 f$ for $f(x, y) = e^{x} \sin y$", "gradient('exp(x)*sin(y)', ['x','y']), hessian('exp(x)*sin(y)', ['x','y'])")
r('refuse', "Hi sir, I am a first year student. Can you explain what a vector space is and why it is important in machine learning?", "concept explanation with no numbers is out of scope")
r('refuse', "sir pls tell me the integral of x e^x and the limit of sin x / x as x -> 0", "integration and limits are out of scope")
r('whatsapp', "sir ans of Q3 from yesterday's sheet?? 🙏", "no problem stated in the message")

# ---- build
class Block(str): pass
def _rep(d, s):
    if '\n' in s:
        return d.represent_scalar('tag:yaml.org,2002:str', s, style='|')
    return d.represent_scalar('tag:yaml.org,2002:str', s)
yaml.add_representer(str, _rep)
NS = {k: v for k, v in globals().items() if not k.startswith('__')}
out = []
for n_, it in enumerate(ITEMS, 1):
    d = {'id': 'hv13-%03d' % n_, 'text': it['text'], 'class': it['cls'], 'restatement': it['rest']}
    if it['refuse']:
        d.update(expect='refuse', ambiguous=False, note=it['note'], answers=[])
    else:
        res = eval(it['rest'], NS)
        if isinstance(res, dict): res = (res,)
        d.update(expect='answer', ambiguous=bool(it['amb']), note=it['amb'] or '', answers=list(res))
    out.append(d)
with open(os.path.join(OUT, 'parse_heldout_v13.yaml'), 'w') as fh:
    yaml.dump(out, fh, sort_keys=False, allow_unicode=True, width=1000)
from collections import Counter
print(len(out), Counter(d['class'] for d in out))
print('refuse', sum(d['expect'] == 'refuse' for d in out), 'ambiguous', sum(d['ambiguous'] for d in out))
