#!/usr/bin/env python3
"""Held-out set v10 for the MML Tutor input reader.

Every item: the text exactly as a student typed it, a clean restatement (Python/SymPy syntax,
statements separated by ' ; '), and answers computed with SymPy by evaluating that restatement.
Run: python build_heldout_v10.py  -> writes parse_heldout_v10.yaml next to this file.
"""
import os, re
import yaml
import sympy as sp
from sympy import (Matrix, Rational, sqrt, exp, log, sin, cos, tan, tanh, atan, asin, acos,
                   pi, eye, zeros, oo, Piecewise, Max, Symbol, symbols, sstr, nsimplify,
                   simplify, expand, factor, diff, Poly, S)

NAMES = ('x y z t u s w b a c k n p q r i j e E l m theta theta0 theta1 x1 x2 x3 x4 '
         'w0 w1 w2 b0 b1 alpha beta lam mu sigma phi').split()
SYM = {nm: Symbol(nm) for nm in NAMES}


def R(v):
    """exact: floats typed by students become rationals"""
    v = sp.sympify(v)
    if v.has(sp.Float):
        v = nsimplify(v, rational=True)
    return v


def M(rows):
    return Matrix([[R(c) for c in row] for row in rows])


def V(*xs):
    return Matrix([R(c) for c in xs])


def _fmt(v):
    if isinstance(v, sp.MatrixBase):
        return 'Matrix([%s])' % ', '.join('[%s]' % ', '.join(sstr(c) for c in row) for row in v.tolist())
    if isinstance(v, (list, tuple)):
        return '[%s]' % ', '.join(_fmt(c) for c in v)
    if isinstance(v, dict):
        return '{%s}' % ', '.join('%s: %s' % (sstr(k), _fmt(c)) for k, c in v.items())
    return sstr(v)


def _ans(task, typ, val):
    return {'task': task, 'type': typ, 'value': _fmt(val)}


def _num(v):
    v = sp.nsimplify(sp.simplify(v)) if not v.has(sp.Symbol) else sp.simplify(v)
    return v


def _mat(m):
    return m.applyfunc(sp.simplify)


def _tidy(e):
    """simplify, unless that brings in functions the raw result did not have (e.g. cosh)"""
    s = sp.simplify(e)
    fn = lambda q: {type(a) for a in q.atoms(sp.Function)}
    if fn(s) <= fn(e) and (e.has(pi) or not s.has(pi)):
        return s
    return e


# ---------------- linear algebra
def det(m): return _ans('det', 'number', _num(m.det()))
def inverse(m): return _ans('inverse', 'matrix', _mat(m.inv()))
def transpose(m): return _ans('transpose', 'matrix', m.T)
def multiply(*ms):
    r = ms[0]
    for q in ms[1:]:
        r = r * q
    if r.shape == (1, 1):
        return _ans('multiply', 'number', r[0])
    return _ans('multiply', 'vector' if r.shape[1] == 1 else 'matrix', r)
def add(a, b): return _ans('add', 'vector' if a.shape[1] == 1 else 'matrix', a + b)
def subtract(a, b): return _ans('subtract', 'vector' if a.shape[1] == 1 else 'matrix', a - b)
def mexpr(r):
    if r.shape == (1, 1):
        return _ans('matrix_expression', 'number', _num(r[0]))
    return _ans('matrix_expression', 'matrix', _mat(r))
def rank(m): return _ans('rank', 'number', m.rank())
def rref(m): return _ans('rref', 'matrix', m.rref()[0])
def nullspace(m): return _ans('nullspace', 'vectors_up_to_scale', m.nullspace())
def trace(m): return _ans('trace', 'number', m.trace())


def _eigs(m):
    lam = Symbol('lambda')
    p = Poly(m.charpoly(lam).as_expr(), lam)
    rs = p.all_roots() if all(c.is_rational for c in p.all_coeffs()) else sp.roots(p, multiple=True)
    rs = [sp.nsimplify(r) if r.is_rational else r for r in rs]
    return sorted(rs, key=lambda r: (float(sp.re(sp.N(r))), float(sp.im(sp.N(r)))))


def eigenvalues(m): return _ans('eigenvalues', 'multiset', _eigs(m))
def eigenvectors(m):
    vs = []
    for val, mult, vecs in sorted(m.eigenvects(), key=lambda t: float(sp.re(sp.N(t[0])))):
        vs += [v.applyfunc(sp.simplify) for v in vecs]
    return _ans('eigenvectors', 'vectors_up_to_scale', vs)


def solve_system(eqs, vs):
    sol = sp.solve([R(e) for e in eqs], vs, dict=True)
    return _ans('solve_system', 'points', sol)


def dot(u, v): return _ans('dot', 'number', u.dot(v))
def cross(u, v): return _ans('cross', 'vector', u.cross(v))
def distance(u, v): return _ans('distance', 'number', _num((u - v).norm()))
def norm(v, p=2):
    if p == 1:
        return _ans('norm', 'number', sum(abs(c) for c in v))
    if p == oo:
        return _ans('norm', 'number', max(abs(c) for c in v))
    return _ans('norm', 'number', _num(v.norm()))
def angle(u, v): return _ans('angle', 'number', sp.simplify(acos(sp.simplify(u.dot(v) / (u.norm() * v.norm())))))
def projection(u, v): return _ans('projection', 'vector', _mat(v * (u.dot(v) / v.dot(v))))
def projection_span(u, basis):
    A = Matrix.hstack(*basis)
    return _ans('projection', 'vector', _mat(A * (A.T * A).inv() * A.T * u))
def scalar_projection(u, v): return _ans('scalar_projection', 'number', _num(u.dot(v) / v.norm()))
def gram_schmidt(*vs): return _ans('gram_schmidt', 'list', [w.applyfunc(sp.simplify) for w in sp.GramSchmidt(list(vs), True)])


# ---------------- statistics
def _data(pts):
    return Matrix([[R(c) for c in p] for p in pts])  # rows are samples


def mean(pts):
    if not isinstance(pts[0], (list, tuple)):
        return _ans('mean', 'number', sum(R(c) for c in pts) / len(pts))
    X = _data(pts)
    return _ans('mean', 'vector', Matrix([sum(X[:, k]) / X.rows for k in range(X.cols)]))


def variance(xs, sample=False):
    xs = [R(c) for c in xs]
    mu = sum(xs) / len(xs)
    return _ans('variance', 'number', sum((c - mu) ** 2 for c in xs) / (len(xs) - (1 if sample else 0)))


def _cov(pts, sample=False):
    X = _data(pts)
    mu = Matrix([[sum(X[:, k]) / X.rows for k in range(X.cols)]])
    Xc = X - Matrix.vstack(*[mu] * X.rows)
    return (Xc.T * Xc) / (X.rows - (1 if sample else 0))


def covariance(pts, sample=False): return _ans('covariance', 'matrix', _cov(pts, sample))


def pca(pts, sample=False):
    """principal directions, largest variance first"""
    C = _cov(pts, sample)
    ev = sorted(C.eigenvects(), key=lambda t: -float(sp.N(t[0])))
    vs = []
    for val, mult, vecs in ev:
        vs += [v.applyfunc(sp.simplify) for v in vecs]
    return _ans('pca', 'vectors_up_to_scale', vs)


def pca_variance(pts, sample=False):
    """explained variance of each principal component (eigenvalues of the covariance), largest first"""
    C = _cov(pts, sample)
    return _ans('pca', 'list', sorted(_eigs(C), key=lambda r: -float(sp.N(r))))


def pca_ratio(pts, sample=False):
    C = _cov(pts, sample)
    ev = sorted(_eigs(C), key=lambda r: -float(sp.N(r)))
    tot = sum(ev)
    return _ans('pca', 'list', [sp.simplify(v / tot) for v in ev])


# ---------------- calculus
def derivative(f, v, at=None):
    d = _tidy(diff(R(f), v))
    if at is not None:
        return _ans('derivative', 'number', _num(d.subs(v, R(at))))
    return _ans('derivative', 'expr', d)


def higher_derivative(f, v, n, at=None):
    d = _tidy(diff(R(f), v, n))
    if at is not None:
        return _ans('higher_derivative', 'number', _num(d.subs(v, R(at))))
    return _ans('higher_derivative', 'expr', d)


def partial(f, *vs, at=None):
    d = _tidy(diff(R(f), *vs))
    if at is not None:
        return _ans('partial_derivative', 'number', _num(d.subs({k: R(val) for k, val in at.items()})))
    return _ans('partial_derivative', 'expr', d)


def gradient(f, vs, at=None):
    g = Matrix([_tidy(diff(R(f), v)) for v in vs])
    if at is not None:
        g = g.subs({k: R(val) for k, val in at.items()}).applyfunc(_tidy)
    return _ans('gradient', 'vector', g)


def jacobian(fs, vs, at=None):
    J = Matrix([R(f) for f in fs]).jacobian(list(vs)).applyfunc(_tidy)
    if at is not None:
        J = J.subs({k: R(val) for k, val in at.items()}).applyfunc(_tidy)
    return _ans('jacobian', 'matrix', J)


def hessian(f, vs, at=None):
    H = sp.hessian(R(f), list(vs)).applyfunc(_tidy)
    if at is not None:
        H = H.subs({k: R(val) for k, val in at.items()}).applyfunc(_tidy)
    return _ans('hessian', 'matrix', H)


def taylor(f, v, a=0, n=3):
    """Taylor polynomial with the terms (v-a)^0 .. (v-a)^n"""
    f = R(f); a = R(a)
    poly = sum(diff(f, v, k).subs(v, a) / sp.factorial(k) * (v - a) ** k for k in range(n + 1))
    return _ans('taylor', 'expr', sp.expand(poly) if a == 0 else poly)


def taylor_nonzero(f, v, a=0, k=3):
    """exactly the first k non-zero terms of the Taylor series about a"""
    f = R(f); a = R(a)
    terms, d = [], 0
    while len(terms) < k:
        c = _tidy(diff(f, v, d).subs(v, a) / sp.factorial(d))
        if c != 0:
            terms.append(c * (v - a) ** d)
        d += 1
    return _ans('taylor', 'expr', sum(terms))


def critical_points(f, vs):
    f = R(f)
    sol = sp.solve([diff(f, v) for v in vs], list(vs), dict=True)
    sol = [s for s in sol if all(val.is_real for val in s.values())]
    sol = sorted(sol, key=lambda s: [float(s[v]) for v in vs])
    return _ans('critical_points', 'points', sol)


def chain_rule(f, subs, tv, at=None):
    g = R(f).subs({k: R(val) for k, val in subs.items()})
    d = _tidy(diff(g, tv))
    if at is not None:
        return _ans('chain_rule', 'number', _num(d.subs(tv, R(at))))
    return _ans('chain_rule', 'expr', d)


def newton(f, v, x0, n):
    f = R(f); xs = []; xk = R(x0)
    for _ in range(n):
        xk = sp.nsimplify(sp.simplify(xk - f.subs(v, xk) / diff(f, v).subs(v, xk)))
        xs.append(xk)
    return _ans('newton', 'list', xs)


def gradient_descent(f, vs, x0, lr, n):
    f = R(f); lr = R(lr)
    g = [diff(f, v) for v in vs]
    pt = [R(c) for c in x0]; out = []
    for _ in range(n):
        sub = dict(zip(vs, pt))
        pt = [sp.simplify(pt[k] - lr * g[k].subs(sub)) for k in range(len(vs))]
        out.append(pt[0] if len(vs) == 1 else Matrix(pt))
    return _ans('gradient_descent', 'list', out)


def loss_gradient(loss, params, at):
    L = R(loss)
    g = Matrix([_tidy(diff(L, p).subs({k: R(val) for k, val in at.items()})) for p in params])
    return _ans('loss_gradient', 'vector', g)


def mse(xs, ys, model, pred_var=None):
    """mean squared error (1/N) sum (model(x_k) - y_k)^2 as a SymPy expression in the parameters"""
    xv = pred_var or SYM['x']
    return sum((R(model).subs(xv, R(a)) - R(b)) ** 2 for a, b in zip(xs, ys)) / len(xs)


def sse(xs, ys, model, pred_var=None):
    xv = pred_var or SYM['x']
    return sum((R(model).subs(xv, R(a)) - R(b)) ** 2 for a, b in zip(xs, ys))


NS = dict(SYM)
NS.update({k: v for k, v in dict(globals()).items() if not k.startswith('_') and callable(v)})
NS.update(dict(M=M, V=V, Matrix=Matrix, Rational=Rational, sqrt=sqrt, exp=exp, log=log, sin=sin,
               cos=cos, tan=tan, tanh=tanh, atan=atan, pi=pi, eye=eye, oo=oo, Max=Max, S=S,
               sigmoid=lambda z: 1 / (1 + exp(-z)), relu=lambda z: Max(0, z),
               softplus=lambda z: log(1 + exp(z)), EULER=sp.E, I_=sp.I, asin=asin, acos=acos,
               Abs=sp.Abs))


def solve_restatement(rest):
    ns = dict(NS)
    out = []
    for stmt in [s.strip() for s in rest.split(' ; ') if s.strip()]:
        m = re.match(r'^([A-Za-z_]\w*)\s*=(?!=)\s*(.*)$', stmt)
        if m:
            ns[m.group(1)] = eval(m.group(2), ns)
            continue
        r = eval(stmt, ns)
        out.extend(r if isinstance(r, list) else [r])
    return out

# ------------------------------------------------------------------ items
ITEMS = []


def it(cls, text, rest, amb=False, note=''):
    ITEMS.append(dict(cls=cls, text=text, rest=rest, amb=amb, note=note))


def refuse(text, note, amb=False):
    ITEMS.append(dict(cls='refuse', text=text, rest='refuse', amb=amb, note=note))


# plain
it('plain', 'Find the determinant of the matrix [[3, -2], [5, 7]].', 'det(M([[3,-2],[5,7]]))')
it('plain', 'Compute the inverse of the matrix [[4, 7], [2, 6]].', 'inverse(M([[4,7],[2,6]]))')
it('plain', 'What are the eigenvalues of [[2, 0, 0], [1, 3, 0], [4, -1, 5]]?', 'eigenvalues(M([[2,0,0],[1,3,0],[4,-1,5]]))')
it('plain', 'Find the rank of the matrix [[1, 2, 3], [2, 4, 6], [1, 0, -1]].', 'rank(M([[1,2,3],[2,4,6],[1,0,-1]]))')
it('plain', 'Solve the system 2x + 3y = 7 and x - 4y = -2.', 'solve_system([2*x+3*y-7, x-4*y+2],[x,y])')
it('plain', 'Find the dot product of (1.5, -2, 4) and (2, 0.5, -1).', 'dot(V(1.5,-2,4),V(2,0.5,-1))')
it('plain', 'Differentiate f(x) = x^4 - 3x^2 + 2x - 9 with respect to x.', 'derivative(x**4-3*x**2+2*x-9, x)')
it('plain', 'Find the gradient of f(x, y) = x^2 y + 3y^3 at the point (1, -2).', 'gradient(x**2*y+3*y**3,[x,y],at={x:1,y:-2})')
it('plain', 'Compute the trace of the matrix [[7, 2, -1], [0, -3, 4], [5, 5, 1/2]].', 'trace(M([[7,2,-1],[0,-3,4],[5,5,Rational(1,2)]]))')
it('plain', 'Find the reduced row echelon form of [[1, 2, -1, 3], [2, 4, 1, 0], [3, 6, 0, 3]].', 'rref(M([[1,2,-1,3],[2,4,1,0],[3,6,0,3]]))')
it('plain', 'Find a basis for the null space of [[1, -1, 2], [2, -2, 4]].', 'nullspace(M([[1,-1,2],[2,-2,4]]))')
it('plain', 'Find the Hessian matrix of f(x, y, z) = x^2 + xy z + z^3.', 'hessian(x**2+x*y*z+z**3,[x,y,z])')
it('plain', 'Find the critical points of f(x, y) = x^2 + y^2 - 4x + 6y.', 'critical_points(x**2+y**2-4*x+6*y,[x,y])')
it('plain', 'Find the vector projection of u = (3, 4) onto v = (1, -2).', 'projection(V(3,4),V(1,-2))')
it('plain', 'What is the angle between the vectors (1, 0, 1) and (0, 1, 1)?', 'angle(V(1,0,1),V(0,1,1))')
it('plain', 'Find the Jacobian of F(x, y) = (x^2 - y, x y^2) at (2, -1).', 'jacobian([x**2-y, x*y**2],[x,y],at={x:2,y:-1})')

# words_dropped
it('words_dropped', 'd/dx of x squared times sin x', 'derivative(x**2*sin(x), x)')
it('words_dropped', 'differentiate x cubed minus 4 x squared plus 7', 'derivative(x**3-4*x**2+7, x)')
it('words_dropped', 'derivative of e to the x times cos x', 'derivative(exp(x)*cos(x), x)')
it('words_dropped', 'derivative of e to the power 2x', 'derivative(exp(2*x), x)')
it('words_dropped', 'find det and inverse of [[5, 2], [-3, 1]]', 'det(M([[5,2],[-3,1]])) ; inverse(M([[5,2],[-3,1]]))')
it('words_dropped', 'A = [[1, 4], [-2, 3]], find A.T', 'transpose(M([[1,4],[-2,3]]))')
it('words_dropped', "A = [[2, 0, 1], [3, -1, 4]]. what is A'", 'transpose(M([[2,0,1],[3,-1,4]]))')
it('words_dropped', 'A = [[1, 2], [3, 4]]; compute A^T A', 'A = M([[1,2],[3,4]]) ; mexpr(A.T*A)')
it('words_dropped', 'second derivative of x to the fourth minus x cubed', 'higher_derivative(x**4-x**3, x, 2)')
it('words_dropped', 'integrate? no sorry, differentiate the square root of x plus x squared', 'derivative(sqrt(x)+x**2, x)', note='student corrects themselves: differentiate, not integrate')
it('words_dropped', 'find eigenvalues and eigenvectors and trace of [[3, 1], [0, -2]]', 'eigenvalues(M([[3,1],[0,-2]])) ; eigenvectors(M([[3,1],[0,-2]])) ; trace(M([[3,1],[0,-2]]))')
it('words_dropped', 'gradient of x squared y plus y cubed', 'gradient(x**2*y+y**3,[x,y])')
it('words_dropped', 'd/dx x squared over 3 minus 1 over x', 'derivative(x**2/3-1/x, x)', amb=True, note='read as x^2/3 - 1/x (the usual reading), not x^2/(3-1/x)')
it('words_dropped', 'derivative of 3 times e to the minus x', 'derivative(3*exp(-x), x)')
it('words_dropped', 'A = [[0, 1], [-1, 0]]. find A squared and A cubed', 'A = M([[0,1],[-1,0]]) ; mexpr(A**2) ; mexpr(A**3)')

# exp_ml
it('exp_ml', 'derivative of sigmoid 1/(1+e^-3x)', 'derivative(1/(1+exp(-3*x)), x)')
it('exp_ml', 'd/dx e^5x', 'derivative(exp(5*x), x)')
it('exp_ml', 'differentiate log(1 + e^x) w.r.t x', 'derivative(log(1+exp(x)), x)')
it('exp_ml', 'find the derivative of softplus(2x)', 'derivative(log(1+exp(2*x)), x)', note='softplus(z) = log(1 + e^z)')
it('exp_ml', 'what is d/dx tanh(3x) ?', 'derivative(tanh(3*x), x)')
it('exp_ml', 'derivative of exp(-x^2/2)', 'derivative(exp(-x**2/2), x)')
it('exp_ml', 'second derivative of e^-2x sin x', 'higher_derivative(exp(-2*x)*sin(x), x, 2)')
it('exp_ml', 'derivative of x*sigmoid(x) (the swish function) at x = 0', 'derivative(x/(1+exp(-x)), x, at=0)')
it('exp_ml', 'Compute the derivative of ln(x^2 + 1) with respect to x', 'derivative(log(x**2+1), x)')
it('exp_ml', 'derivative of relu(x) for x = 2.5', 'derivative(x, x, at=2.5)', note='relu(x) = x for x > 0, so the derivative at 2.5 is 1')
it('exp_ml', 'Find the gradient of log(e^x + e^y) (log-sum-exp)', 'gradient(log(exp(x)+exp(y)),[x,y])')
it('exp_ml', 'partial derivative wrt w of log(1 + exp(-w x))', 'partial(log(1+exp(-w*x)), w)')
it('exp_ml', 'd/dx of e^(3x) / x', 'derivative(exp(3*x)/x, x)')
it('exp_ml', 'derivative of 1/(1 + e^(-x)) evaluated at x = ln 2', 'derivative(1/(1+exp(-x)), x, at=log(2))')
it('exp_ml', 'maclaurin series of e^-x up to x^3', 'taylor(exp(-x), x, 0, 3)')
it('exp_ml', 'derivative of tanh(x)^2 + exp(-0.5x)', 'derivative(tanh(x)**2+exp(-x/2), x)')

# superscript_unicode
it('superscript_unicode', '3rd derivative of x³ eˣ', 'higher_derivative(x**3*exp(x), x, 3)')
it('superscript_unicode', 'derivative of x⁻¹ + x⁻²', 'derivative(x**-1+x**-2, x)')
it('superscript_unicode', 'A = [[2, 5], [-1, 3]], find Aᵀ', 'transpose(M([[2,5],[-1,3]]))')
it('superscript_unicode', 'hessian of x₁² + 4x₁x₂ − 3x₂²', 'hessian(x1**2+4*x1*x2-3*x2**2,[x1,x2])')
it('superscript_unicode', 'differentiate √x · sin x', 'derivative(sqrt(x)*sin(x), x)')
it('superscript_unicode', 'derivative of ½x² − 3x', 'derivative(x**2/2-3*x, x)')
it('superscript_unicode', '∂/∂y of x²y³ + y', 'partial(x**2*y**3+y, y)')
it('superscript_unicode', 'find dθ derivative of sin²θ i.e. d/dθ (sin θ)²', 'derivative(sin(theta)**2, theta)')
it('superscript_unicode', 'gradient of f = x² + y² + z² at (1, −1, 2)', 'gradient(x**2+y**2+z**2,[x,y,z],at={x:1,y:-1,z:2})')
it('superscript_unicode', 'A = [[1, 2], [0, 1]]. compute A² − 2A', 'A = M([[1,2],[0,1]]) ; mexpr(A**2-2*A)')
it('superscript_unicode', 'd/dx (x² + 1)³', 'derivative((x**2+1)**3, x)')
it('superscript_unicode', 'find ∂²f/∂x∂y for f = x³y² − 2xy', 'partial(x**3*y**2-2*x*y, x, y)')
it('superscript_unicode', 'derivative of ∛x + x^(3/2)', 'derivative(x**Rational(1,3)+x**Rational(3,2), x)')
it('superscript_unicode', 'find the norm of v = (⅓, ⅔, ⅔)', 'norm(V(Rational(1,3),Rational(2,3),Rational(2,3)))')
it('superscript_unicode', 'eigenvalues of [[4, −2], [1, 1]]', 'eigenvalues(M([[4,-2],[1,1]]))')

# indexed_vars
it('indexed_vars', 'hessian of 2x1^2 - 3x1x2 + x2^2 + 5x1', 'hessian(2*x1**2-3*x1*x2+x2**2+5*x1,[x1,x2])')
it('indexed_vars', 'gradient of x_1^2 + x_2^2 + x_3^2 - x_1 x_3', 'gradient(x1**2+x2**2+x3**2-x1*x3,[x1,x2,x3])')
it('indexed_vars', 'partial derivative of w1*x1 + w2*x2 + b with respect to w2', 'partial(w1*x1+w2*x2+b, w2)')
it('indexed_vars', 'find gradient of (theta0 + theta1*x - y)^2 wrt theta0 and theta1', 'gradient((theta0+theta1*x-y)**2,[theta0,theta1])')
it('indexed_vars', 'critical points of f(x1, x2) = x1^2 + x1 x2 + x2^2 - 3 x1', 'critical_points(x1**2+x1*x2+x2**2-3*x1,[x1,x2])')
it('indexed_vars', 'gradient of x₁x₂ + x₂x₃ + x₁x₃', 'gradient(x1*x2+x2*x3+x1*x3,[x1,x2,x3])')
it('indexed_vars', 'jacobian of (x1 + x2^2, x1*x2, sin(x1)) wrt x1, x2', 'jacobian([x1+x2**2, x1*x2, sin(x1)],[x1,x2])')
it('indexed_vars', 'hessian of 0.5 x1^2 + 2 x2^2 - x1 x2 at x1 = 1, x2 = -1', 'hessian(x1**2/2+2*x2**2-x1*x2,[x1,x2],at={x1:1,x2:-1})')
it('indexed_vars', 'd/dw1 of (w0 + w1*3 - 5)^2', 'partial((w0+3*w1-5)**2, w1)')
it('indexed_vars', 'gradient of 3x_1 - 2x_2 + 7x_3 - x_1x_2x_3 at (1, 2, -1)', 'gradient(3*x1-2*x2+7*x3-x1*x2*x3,[x1,x2,x3],at={x1:1,x2:2,x3:-1})')
it('indexed_vars', 'partial of theta0^2 + theta0*theta1 + 4*theta1^2 with respect to theta1', 'partial(theta0**2+theta0*theta1+4*theta1**2, theta1)')
it('indexed_vars', 'hessian of x1^4 + x2^4 - 4x1x2', 'hessian(x1**4+x2**4-4*x1*x2,[x1,x2])')
it('indexed_vars', 'find the critical points of x1^3 - 3x1 + x2^2 - 2x2', 'critical_points(x1**3-3*x1+x2**2-2*x2,[x1,x2])')
it('indexed_vars', 'gradient of exp(w1 x1 + w2 x2) wrt w1, w2', 'gradient(exp(w1*x1+w2*x2),[w1,w2])')

# letter_vars
it('letter_vars', 'second derivative of 6*i**3 - 5*i + 2 wrt i', 'higher_derivative(6*i**3-5*i+2, i, 2)')
it('letter_vars', 'What is the derivative of 4*q**5 - 3*q**2 + q?', 'derivative(4*q**5-3*q**2+q, q)')
it('letter_vars', 'differentiate 2*j**4 - 7*j with respect to j', 'derivative(2*j**4-7*j, j)')
it('letter_vars', 'find d/dl of -3*l**3 + 8*l**2 - l', 'derivative(-3*l**3+8*l**2-l, l)')
it('letter_vars', 'derivative of e**3 + 2*e wrt e', 'derivative(e**3+2*e, e)', note='e is the variable here (wrt e)')
it('letter_vars', 'third derivative of -E**4 + 9*E**2 with respect to E', 'higher_derivative(-E**4+9*E**2, E, 3)')
it('letter_vars', 'Let t be a variable. Differentiate 5*t**2*sin(t).', 'derivative(5*t**2*sin(t), t)')
it('letter_vars', 'Find the first derivative of -2*i**2 + 11*i - 4.', 'derivative(-2*i**2+11*i-4, i)', note='no complex context: i is the variable')
it('letter_vars', 'What is the second derivative of 3*q**4 - q**3 + 12*q?', 'higher_derivative(3*q**4-q**3+12*q, q, 2)')
it('letter_vars', 'partial derivative of i*j**2 + 3*i wrt j', 'partial(i*j**2+3*i, j)')
it('letter_vars', 'differentiate 7*s**3 - 2*s + 1/s', 'derivative(7*s**3-2*s+1/s, s)')
it('letter_vars', 'd/dk of k^2 e^k', 'derivative(k**2*exp(k), k)', amb=True, note='e^k read as the exponential (usual meaning), not a variable e')
it('letter_vars', 'derivative of 0.5*m**2 - 1.5*m wrt m', 'derivative(m**2/2-3*m/2, m)')
it('letter_vars', 'gradient of i**2 + j**2 + i*j with respect to i and j', 'gradient(i**2+j**2+i*j,[i,j])')

# multi_operand
it('multi_operand', 'rank of (1, 2, 0), (0, 1, 1), (1, 3, 1)', 'rank(M([[1,2,0],[0,1,1],[1,3,1]]))')
it('multi_operand', 'A = [[3, 1], [-1, 2]]. find A + Aᵀ', 'A = M([[3,1],[-1,2]]) ; mexpr(A + A.T)')
it('multi_operand', 'A = [[1, 2], [0, -1]], B = [[2, 0], [1, 3]], C = [[1, 1], [1, 0]]. compute ABC', 'A = M([[1,2],[0,-1]]) ; B = M([[2,0],[1,3]]) ; C = M([[1,1],[1,0]]) ; multiply(A, B, C)')
it('multi_operand', 'v = (1, -1), A = [[2, 1], [1, 3]]. compute vᵀAv', 'v = V(1,-1) ; A = M([[2,1],[1,3]]) ; mexpr(v.T*A*v)')
it('multi_operand', 'A = [[2, -1], [3, 0]]. find A^3', 'A = M([[2,-1],[3,0]]) ; mexpr(A**3)')
it('multi_operand', 'for A = [[4, 1], [2, -2]] compute 2A - 3I', 'A = M([[4,1],[2,-2]]) ; mexpr(2*A-3*eye(2))')
it('multi_operand', 'are (1, 0, 2), (2, 1, 0) and (3, 1, 2) linearly independent? find the rank', 'rank(M([[1,0,2],[2,1,0],[3,1,2]]))', note='rank 2: dependent')
it('multi_operand', 'A = [[1, 0, 2], [0, 1, -1], [3, 1, 0]]. compute A^2 + 2A - I', 'A = M([[1,0,2],[0,1,-1],[3,1,0]]) ; mexpr(A**2+2*A-eye(3))')
it('multi_operand', 'Let A = [[0.5, 1], [1, -0.5]]. What is A A^T?', 'A = M([[0.5,1],[1,-0.5]]) ; mexpr(A*A.T)')
it('multi_operand', 'orthonormalise the vectors (1, 1, 0), (1, 0, 1), (0, 1, 1) using gram schmidt', 'gram_schmidt(V(1,1,0),V(1,0,1),V(0,1,1))')
it('multi_operand', 'find the sum of the vectors (1, -2, 3), (4, 0, -1) and (-2, 5, 2)', 'add(V(1,-2,3)+V(4,0,-1),V(-2,5,2))')
it('multi_operand', 'A = [[2, 1], [1, 1]], B = [[1, -1], [0, 2]]. compute AB - BA', 'A = M([[2,1],[1,1]]) ; B = M([[1,-1],[0,2]]) ; mexpr(A*B-B*A)')
it('multi_operand', 'rank of the vectors (1,1,1,1), (1,2,3,4), (2,3,4,5), (0,1,2,3)', 'rank(M([[1,1,1,1],[1,2,3,4],[2,3,4,5],[0,1,2,3]]))')
it('multi_operand', 'compute (A + B)^2 where A = [[1, 0], [2, 1]] and B = [[0, 1], [-1, 0]]', 'A = M([[1,0],[2,1]]) ; B = M([[0,1],[-1,0]]) ; mexpr((A+B)**2)')
it('multi_operand', 'given u = (1, 2, -1) and A = [[1, 0, 1], [2, -1, 0], [0, 3, 1]], find uᵀ A u', 'u = V(1,2,-1) ; A = M([[1,0,1],[2,-1,0],[0,3,1]]) ; mexpr(u.T*A*u)')

# scope_words
it('scope_words', 'taylor series of sin x till the x^5 term', 'taylor(sin(x), x, 0, 5)')
it('scope_words', 'taylor expansion of ln(1+x) upto x^4', 'taylor(log(1+x), x, 0, 4)')
it('scope_words', 'maclaurin series of cos(2x) up to order 4', 'taylor(cos(2*x), x, 0, 4)')
it('scope_words', 'first three non-zero terms of the taylor series of e^x sin x', 'taylor_nonzero(exp(x)*sin(x), x, 0, 3)')
it('scope_words', 'taylor polynomial of sqrt(x) about x = 4 up to second order', 'taylor(sqrt(x), x, 4, 2)')
it('scope_words', 'taylor series of 1/x about x = 1 till (x-1)^3', 'taylor(1/x, x, 1, 3)')
it('scope_words', 'expand e^(2x) as a maclaurin series upto the cubic term', 'taylor(exp(2*x), x, 0, 3)')
it('scope_words', 'first 4 nonzero terms of maclaurin series for cos x', 'taylor_nonzero(cos(x), x, 0, 4)')
it('scope_words', 'taylor of ln x around x = 1, up to and including the (x - 1)^3 term', 'taylor(log(x), x, 1, 3)')
it('scope_words', 'second order taylor approximation of 1/(1 - x) at 0', 'taylor(1/(1-x), x, 0, 2)')
it('scope_words', 'taylor series of tan x till x^5', 'taylor(tan(x), x, 0, 5)')
it('scope_words', 'linear approximation (first order taylor) of e^x about x = 2', 'taylor(exp(x), x, 2, 1)')
it('scope_words', 'first two non zero terms of the series of sin(3x) about 0', 'taylor_nonzero(sin(3*x), x, 0, 2)')
it('scope_words', 'taylor expansion of x^3 - 2x + 1 about x = -1 up to order 2', 'taylor(x**3-2*x+1, x, -1, 2)')
it('scope_words', 'maclaurin expansion of 1/(1+x^2) upto x^6', 'taylor(1/(1+x**2), x, 0, 6)')
it('scope_words', 'taylor series of sigmoid(x) about 0 up to x^3', 'taylor(1/(1+exp(-x)), x, 0, 3)')

# norms_distances
it('norms_distances', 'u = (3, -1, 2), v = (1, 1, 0). find ||u - v||', 'norm(V(3,-1,2)-V(1,1,0))')
it('norms_distances', 'distance between (2, -1) and (-4, 7)', 'distance(V(2,-1),V(-4,7))')
it('norms_distances', 'find |v| for v = (2, -3, 6)', 'norm(V(2,-3,6))')
it('norms_distances', 'L1 norm of (3, -4, 0.5, -1)', 'norm(V(3,-4,0.5,-1), 1)')
it('norms_distances', 'L2 norm of (1, -2, 2, 4)', 'norm(V(1,-2,2,4))')
it('norms_distances', 'what is the euclidean distance between the points (1.5, 2, -1) and (0, -2, 3)?', 'distance(V(1.5,2,-1),V(0,-2,3))')
it('norms_distances', 'find the magnitude of the vector 3i - 4j + 12k', 'norm(V(3,-4,12))', note='i, j, k are unit vectors here')
it('norms_distances', 'find ||a + b|| where a = (1, 2) and b = (-4, 2)', 'norm(V(1,2)+V(-4,2))')
it('norms_distances', 'infinity norm (max norm) of (2, -7, 3)', 'norm(V(2,-7,3), oo)')
it('norms_distances', 'how far apart are p = (1, 1, 1, 1) and q = (2, 0, 3, -1)?', 'distance(V(1,1,1,1),V(2,0,3,-1))')
it('norms_distances', 'length of the vector (1/2, -1/2, 1/2, -1/2)', 'norm(V(Rational(1,2),Rational(-1,2),Rational(1,2),Rational(-1,2)))')
it('norms_distances', 'modulus of r = (-5, 12)', 'norm(V(-5,12))')
it('norms_distances', 'find ||2u - 3v|| with u = (1, 0, -1), v = (0, 2, 1)', 'norm(2*V(1,0,-1)-3*V(0,2,1))')
it('norms_distances', 'Manhattan distance between (1, 4, -2) and (3, -1, 0)', 'norm(V(1,4,-2)-V(3,-1,0), 1)', note='Manhattan distance = L1 norm of the difference')

# cross_vs_dot
it('cross_vs_dot', 'cross product of (3, -1, 2) and (1, 4, 0)', 'cross(V(3,-1,2),V(1,4,0))')
it('cross_vs_dot', 'dot product of (3, -1, 2) and (1, 4, 0)', 'dot(V(3,-1,2),V(1,4,0))')
it('cross_vs_dot', 'find a x b for a = (1, 2, 3), b = (4, 5, 6)', 'cross(V(1,2,3),V(4,5,6))', amb=True, note='"a x b" with 3-D vectors read as the cross product')
it('cross_vs_dot', 'u · v where u = (2, 0.5, -1) and v = (4, -2, 3)', 'dot(V(2,0.5,-1),V(4,-2,3))')
it('cross_vs_dot', 'u × v for u = (0, 1, -1), v = (2, -3, 1)', 'cross(V(0,1,-1),V(2,-3,1))')
it('cross_vs_dot', 'vector product of i + 2j - k and 3i - j + 2k', 'cross(V(1,2,-1),V(3,-1,2))')
it('cross_vs_dot', 'scalar product of (1, -1, 1, -1) and (2, 3, -4, 5)', 'dot(V(1,-1,1,-1),V(2,3,-4,5))')
it('cross_vs_dot', 'inner product of (1/2, 1/3) and (6, -9)', 'dot(V(Rational(1,2),Rational(1,3)),V(6,-9))')
it('cross_vs_dot', 'find both the dot and the cross product of (2, 1, 0) and (-1, 3, 4)', 'dot(V(2,1,0),V(-1,3,4)) ; cross(V(2,1,0),V(-1,3,4))')
it('cross_vs_dot', 'find a vector perpendicular to both (1, 0, 2) and (0, 3, -1) using the cross product', 'cross(V(1,0,2),V(0,3,-1))')
it('cross_vs_dot', 'compute (1, 2, -2) cross (3, 0, 1)', 'cross(V(1,2,-2),V(3,0,1))')
it('cross_vs_dot', 'compute (1, 2, -2) dot (3, 0, 1)', 'dot(V(1,2,-2),V(3,0,1))')

# layout
it('layout', 'find | 4 -1 ; 2 3 |', 'det(M([[4,-1],[2,3]]))')
it('layout', 'evaluate the determinant |2 0 1; -1 3 2; 1 1 1|', 'det(M([[2,0,1],[-1,3,2],[1,1,1]]))')
it('layout', 'covariance matrix of x: 1, 3, -2, 0 | y: 2, 0, 1, -1', 'covariance([(1,2),(3,0),(-2,1),(0,-1)])')
it('layout', 'mean of the points p1=(2,1), p2=(0,-3), p3=(4,5), p4=(-2,1)', 'mean([(2,1),(0,-3),(4,5),(-2,1)])')
it('layout', 'data matrix [[1, 2], [3, 1], [2, 3]], rows are samples. find the covariance matrix', 'covariance([(1,2),(3,1),(2,3)])')
it('layout', 'inverse of [2 1; 5 3]', 'inverse(M([[2,1],[5,3]]))')
it('layout', 'eigenvalues of [1 2 0; 2 1 0; 0 0 3]', 'eigenvalues(M([[1,2,0],[2,1,0],[0,0,3]]))')
it('layout', 'multiply [[1, 2, 3], [0, -1, 4]] by the column vector [2; -1; 1]', 'multiply(M([[1,2,3],[0,-1,4]]), V(2,-1,1))')
it('layout', 'solve [[2, 1], [1, -3]] x = [3; 5]', 'solve_system([2*x1+x2-3, x1-3*x2-5],[x1,x2])', note='x = (x1, x2) is the unknown vector')
it('layout', 'pca of points p1=(1,0), p2=(3,2), p3=(5,4): principal direction', 'pca([(1,0),(3,2),(5,4)])', note='directions sorted by variance; the first is the principal one')
it('layout', 'rank of\n[1 2 3]\n[2 4 6]\n[1 1 1]', 'rank(M([[1,2,3],[2,4,6],[1,1,1]]))')
it('layout', 'x = [2, 4, 4, 5, 7] find the variance', 'variance([2,4,4,5,7])')
it('layout', 'samples (columns are samples): X = [[1, 2, 3, 6], [0, 2, 1, 1]]. compute the mean vector and covariance matrix', 'mean([(1,0),(2,2),(3,1),(6,1)]) ; covariance([(1,0),(2,2),(3,1),(6,1)])')
it('layout', 'det of\n| 1  2  0 |\n| 3 -1  4 |\n| 0  2  5 |', 'det(M([[1,2,0],[3,-1,4],[0,2,5]]))')
it('layout', 'u = [1; 2; 2], v = [0; 3; 4]. angle between them', 'angle(V(1,2,2),V(0,3,4))')

# latex
it('latex', r'Find the determinant of $\begin{pmatrix} 3 & -2 \\ 1 & 4 \end{pmatrix}$', 'det(M([[3,-2],[1,4]]))')
it('latex', r'\begin{vmatrix} 1 & 0 & 2 \\ -1 & 3 & 1 \\ 2 & 1 & 0 \end{vmatrix} = ?', 'det(M([[1,0,2],[-1,3,1],[2,1,0]]))')
it('latex', r'Differentiate $f(x) = \frac{x^2}{1+x}$', 'derivative(x**2/(1+x), x)')
it('latex', r'compute $\mathbf{u} \cdot \mathbf{v}$ for $\mathbf{u} = (1, -2, 3)$, $\mathbf{v} = (4, 0, -1)$', 'dot(V(1,-2,3),V(4,0,-1))')
it('latex', r'find $\frac{d}{dx}\left( x^{3} \sin x \right)$', 'derivative(x**3*sin(x), x)')
it('latex', r'compute $\nabla f$ where $f(x,y) = x^{2} y - \sqrt{y}$', 'gradient(x**2*y-sqrt(y),[x,y])')
it('latex', r'$\frac{\partial}{\partial y} \left( e^{xy} + x^2 \right)$', 'partial(exp(x*y)+x**2, y)')
it('latex', r'eigenvalues of $A = \begin{bmatrix} 2 & 1 \\ 1 & 2 \end{bmatrix}$', 'eigenvalues(M([[2,1],[1,2]]))')
it('latex', r'inverse of \begin{pmatrix} 1 & 2 \\ 3 & 5 \end{pmatrix} please', 'inverse(M([[1,2],[3,5]]))')
it('latex', r'In the lecture notes: let $\mathbf{x} = (1, 2, 2)^T$. Find $\|\mathbf{x}\|$.', 'norm(V(1,2,2))')
it('latex', r'Find the Taylor series of $\frac{1}{1-x}$ up to $x^{3}$', 'taylor(1/(1-x), x, 0, 3)')
it('latex', r'$\frac{d^2}{dx^2} \left( \ln x \cdot x^2 \right)$', 'higher_derivative(log(x)*x**2, x, 2)')
it('latex', r'hessian of $f = x^{2} + 3xy + \frac{1}{2}y^{2}$', 'hessian(x**2+3*x*y+y**2/2,[x,y])')
it('latex', r'$\mathbf{a} \times \mathbf{b}$ with $\mathbf{a} = (2,1,-1)$ and $\mathbf{b} = (0,1,3)$', 'cross(V(2,1,-1),V(0,1,3))')
it('latex', r'Let $\sigma(z) = \frac{1}{1+e^{-z}}$. Compute $\sigma^\prime(z)$.', 'derivative(1/(1+exp(-z)), z)')
it('latex', r'find the projection of $\vec{u} = (2, 3)$ onto $\vec{v} = (4, 1)$', 'projection(V(2,3),V(4,1))')

# numpy
it('numpy', 'A = np.array([[2, 1], [7, 4]]); np.linalg.det(A) = ?', 'det(M([[2,1],[7,4]]))')
it('numpy', 'np.linalg.inv(np.array([[1, 3], [2, 8]]))', 'inverse(M([[1,3],[2,8]]))')
it('numpy', 'A = np.array([[1, 2], [3, 4]])\nB = np.array([[0, 1], [1, 0]])\nwhat is A @ B', 'multiply(M([[1,2],[3,4]]), M([[0,1],[1,0]]))')
it('numpy', 'i printed my matrix and got\narray([[ 2, -1],\n       [ 0,  3]])\nwhat are its eigenvalues', 'eigenvalues(M([[2,-1],[0,3]]))')
it('numpy', 'A = np.array([[1, 2], [3, 4]]). what does A**2 give in numpy', 'A = M([[1,2],[3,4]]) ; mexpr(A.multiply_elementwise(A))', amb=True, note='in NumPy A**2 is elementwise squaring, not the matrix product A@A')
it('numpy', 'np.dot([1, -2, 3], [0.5, 4, -1])', 'dot(V(1,-2,3),V(0.5,4,-1))')
it('numpy', 'np.cross([1, 0, 2], [3, -1, 1])', 'cross(V(1,0,2),V(3,-1,1))')
it('numpy', 'np.linalg.norm(np.array([6, -2, 3]))', 'norm(V(6,-2,3))')
it('numpy', 'X = np.array([[1, 2], [3, 6], [5, 1]])\nnp.cov(X.T) = ?', 'covariance([(1,2),(3,6),(5,1)], sample=True)', note='np.cov divides by N-1; X.T makes rows variables, so columns of X are the variables')
it('numpy', 'np.var([1.5, 2.5, 4, 8])', 'variance([1.5,2.5,4,8])', note='np.var divides by N')
it('numpy', 'np.linalg.eig(np.array([[4, 1], [2, 3]])) - what eigenvalues and eigenvectors should i get', 'eigenvalues(M([[4,1],[2,3]])) ; eigenvectors(M([[4,1],[2,3]]))')
it('numpy', 'np.linalg.matrix_rank(np.array([[1, 2, 1], [2, 4, 2], [0, 1, 5]]))', 'rank(M([[1,2,1],[2,4,2],[0,1,5]]))')
it('numpy', 'A.T @ A for A = np.array([[1, 0], [2, -1], [0, 3]])', 'A = M([[1,0],[2,-1],[0,3]]) ; mexpr(A.T*A)')
it('numpy', 'np.trace(np.array([[3, 1, 4], [1, 5, 9], [2, 6, 5]]))', 'trace(M([[3,1,4],[1,5,9],[2,6,5]]))')
it('numpy', 'np.linalg.solve([[3, 1], [1, 2]], [9, 8])', 'solve_system([3*x1+x2-9, x1+2*x2-8],[x1,x2])', note='unknown vector (x1, x2)')
it('numpy', 'X = np.array([[2, 0], [4, 2], [0, 1]])\nX.mean(axis=0)', 'mean([(2,0),(4,2),(0,1)])')

# multiline
it('multiline', 'A =\n[[3, 0, 2],\n [2, 0, -2],\n [0, 1, 1]]\nfind the inverse', 'inverse(M([[3,0,2],[2,0,-2],[0,1,1]]))')
it('multiline', 'My matrix is\n1 2\n3 -1\nfind its determinant and eigenvalues', 'det(M([[1,2],[3,-1]])) ; eigenvalues(M([[1,2],[3,-1]]))')
it('multiline', 'data:\nx  y\n1  2\n2  4\n3  5\n4  9\nfind the covariance matrix', 'covariance([(1,2),(2,4),(3,5),(4,9)])')
it('multiline', 'f(x, y) = x^3 + y^3 - 3xy\nfind the critical points', 'critical_points(x**3+y**3-3*x*y,[x,y])')
it('multiline', 'Solve:\n x + y + z = 6\n 2x - y + z = 3\n x + 2y - z = 2', 'solve_system([x+y+z-6, 2*x-y+z-3, x+2*y-z-2],[x,y,z])')
it('multiline', 'u = (2, -1, 3)\nv = (1, 4, -2)\nfind u x v', 'cross(V(2,-1,3),V(1,4,-2))')
it('multiline', 'B =\n[ 2  -1   0 ]\n[-1   2  -1 ]\n[ 0  -1   2 ]\nrank? and trace?', 'rank(M([[2,-1,0],[-1,2,-1],[0,-1,2]])) ; trace(M([[2,-1,0],[-1,2,-1],[0,-1,2]]))')
it('multiline', 'f(x) = x^3 - 2x - 5\nx0 = 2\ndo 2 iterations of newton raphson', 'newton(x**3-2*x-5, x, 2, 2)')
it('multiline', 'Points:\n(0, 1)\n(1, 3)\n(2, 2)\n(3, 6)\nmean and covariance (population)', 'mean([(0,1),(1,3),(2,2),(3,6)]) ; covariance([(0,1),(1,3),(2,2),(3,6)])')
it('multiline', 'A = [[1, 1], [0, 2]]\nB = [[2, -1], [3, 0]]\nA - B = ?', 'subtract(M([[1,1],[0,2]]), M([[2,-1],[3,0]]))')
it('multiline', 'x(t) = cos t\ny(t) = sin 2t\nf = x^2 y\nfind df/dt', 'chain_rule(x**2*y, {x: cos(t), y: sin(2*t)}, t)')
it('multiline', 'v1 = (1, 0, 1)\nv2 = (1, 1, 0)\nmake them orthonormal', 'gram_schmidt(V(1,0,1),V(1,1,0))')
it('multiline', 'Q. Find the eigenvectors of\n\n  4  -2\n  1   1\n', 'eigenvectors(M([[4,-2],[1,1]]))')
it('multiline', 'f(w) = w^2 - 6w + 10\nstart at w = 0, learning rate 0.25\n3 steps of gradient descent', 'gradient_descent(w**2-6*w+10, [w], [0], 0.25, 3)')

# hinglish
it('hinglish', 'A = [[2, 3], [1, 4]] ka determinant nikalo', 'det(M([[2,3],[1,4]]))')
it('hinglish', 'x^3 cos x ka derivative batao', 'derivative(x**3*cos(x), x)')
it('hinglish', '[[5, 4], [1, 2]] iska eigen value kya hoga', 'eigenvalues(M([[5,4],[1,2]]))')
it('hinglish', 'bhai [[1, 2], [2, 5]] ka inverse chahiye jaldi', 'inverse(M([[1,2],[2,5]]))')
it('hinglish', 'yaar e^2x sin x ka second derivative kaise niklega', 'higher_derivative(exp(2*x)*sin(x), x, 2)')
it('hinglish', '(1, 2, 3) aur (4, -1, 0) ka cross product kya aayega', 'cross(V(1,2,3),V(4,-1,0))')
it('hinglish', 'sir f(x,y) = x^2 + xy + y^2 ka gradient aur hessian dono batao', 'gradient(x**2+x*y+y**2,[x,y]) ; hessian(x**2+x*y+y**2,[x,y])')
it('hinglish', 'ye matrix [[1, 0, 1], [2, 1, 0], [0, 1, 3]] ka rank kitna hai', 'rank(M([[1,0,1],[2,1,0],[0,1,3]]))')
it('hinglish', 'cos x ki taylor series x^4 tak likho', 'taylor(cos(x), x, 0, 4)')
it('hinglish', '2x + y = 5 aur x - y = 1 solve karo', 'solve_system([2*x+y-5, x-y-1],[x,y])')
it('hinglish', 'in dono vectors (3, 4) aur (4, 3) ke beech ka angle nikalna hai', 'angle(V(3,4),V(4,3))')
it('hinglish', 'bhai data 2, 4, 6, 8 ka mean aur variance batao', 'mean([2,4,6,8]) ; variance([2,4,6,8])')
it('hinglish', 'mere teacher ne diya hai: A = [[2, 0], [0, 3]], A ka transpose aur A^2 nikalo', 'transpose(M([[2,0],[0,3]])) ; A = M([[2,0],[0,3]]) ; mexpr(A**2)')
it('hinglish', 'ln(x^2 + 3) ka differentiation karna hai x ke respect me', 'derivative(log(x**2+3), x)')
it('hinglish', '(2, -1, 2) ka magnitude kya hai bhai', 'norm(V(2,-1,2))')
it('hinglish', 'x1^2 + 3x1x2 ka partial derivative x2 ke wrt batao', 'partial(x1**2+3*x1*x2, x2)')

# whatsapp
it('whatsapp', 'd/dx x2sinx', 'derivative(x**2*sin(x), x)', amb=True, note='x2 read as x^2 (WhatsApp style), not a variable x2')
it('whatsapp', 'det [[1,2],[3,4]] plz', 'det(M([[1,2],[3,4]]))')
it('whatsapp', 'wat is inverse of [[3,1],[2,1]] ??', 'inverse(M([[3,1],[2,1]]))')
it('whatsapp', 'eigenvals 4 [[2,1],[1,2]] pls 🙏', 'eigenvalues(M([[2,1],[1,2]]))')
it('whatsapp', 'derivative of x^3-5x+2 pls 😭😭', 'derivative(x**3-5*x+2, x)')
it('whatsapp', 'dot prod (1,2,3).(4,5,6)??', 'dot(V(1,2,3),V(4,5,6))')
it('whatsapp', 'gradnt of x^2y+y^2 plzz', 'gradient(x**2*y+y**2,[x,y])')
it('whatsapp', 'hw qn: rank [[1,1],[2,2]] ??', 'rank(M([[1,1],[2,2]]))')
it('whatsapp', 'cross (1,0,0)x(0,1,0) 🤔', 'cross(V(1,0,0),V(0,1,0))')
it('whatsapp', 'taylor sinx upto x^3 fast pls exam tmrw', 'taylor(sin(x), x, 0, 3)')
it('whatsapp', 'norm of (3,4)?? 👀', 'norm(V(3,4))')
it('whatsapp', 'hessian x^3+y^3 ?', 'hessian(x**3+y**3,[x,y])')
it('whatsapp', 'pls solve x+2y=4 , 3x-y=5', 'solve_system([x+2*y-4, 3*x-y-5],[x,y])')
it('whatsapp', 'd/dx ln(x)/x ???', 'derivative(log(x)/x, x)')
it('whatsapp', 'trace [[2,3],[4,-7]] ty', 'trace(M([[2,3],[4,-7]]))')

# trailing_chat
it('trailing_chat', 'derivative of 3x^2 - 2x + 1 = ?', 'derivative(3*x**2-2*x+1, x)')
it('trailing_chat', 'What is the determinant of [[6, -2], [3, 1]]? thanks!', 'det(M([[6,-2],[3,1]]))')
it('trailing_chat', 'inverse of [[2, 3], [1, 2]] sir', 'inverse(M([[2,3],[1,2]]))')
it('trailing_chat', 'Good morning sir. Please find the eigenvalues of [[1, 4], [2, 3]]. Thank you so much sir.', 'eigenvalues(M([[1,4],[2,3]]))')
it('trailing_chat', 'hello! can you find the gradient of x*y^2 + z? much appreciated', 'gradient(x*y**2+z,[x,y,z])')
it('trailing_chat', 'd/dx (5x^4 + 1/x) ... ?', 'derivative(5*x**4+1/x, x)')
it('trailing_chat', 'cross product of (1, 2, 0) and (0, 1, 2)?? thanks in advance', 'cross(V(1,2,0),V(0,1,2))')
it('trailing_chat', 'rank of [[1, 2], [2, 4]] = ???', 'rank(M([[1,2],[2,4]]))')
it('trailing_chat', 'hi, norm of (1, 1, 1, 1) please. ok bye', 'norm(V(1,1,1,1))')
it('trailing_chat', 'Find d/dx of sin(x) cos(x). I got cos 2x, is that right?', 'derivative(sin(x)*cos(x), x)')
it('trailing_chat', 'sir the trace of [[9, 1], [1, -4]] is what? 🙂', 'trace(M([[9,1],[1,-4]]))')
it('trailing_chat', 'solve x - y = 2, x + y = 10 . thanks a lot bro!!', 'solve_system([x-y-2, x+y-10],[x,y])')

# juxtaposition
it('juxtaposition', 'derivative of 1/2x', 'derivative(x/2, x)', amb=True, note='1/2x read as (1/2)x (the literal precedence); many students mean 1/(2x) whose derivative is -1/(2x^2): a careful reader should say which reading it took')
it('juxtaposition', 'partial derivative of 2x y^2 with respect to y', 'partial(2*x*y**2, y)')
it('juxtaposition', 'gradient of xy + yz + xz', 'gradient(x*y+y*z+x*z,[x,y,z])')
it('juxtaposition', 'd/dx sinx cosx', 'derivative(sin(x)*cos(x), x)')
it('juxtaposition', 'partial of 3x^2y wrt x', 'partial(3*x**2*y, x)')
it('juxtaposition', 'derivative of ab x^2 wrt x where a and b are constants', 'derivative(a*b*x**2, x)')
it('juxtaposition', 'hessian of 4xy - x^2y^2', 'hessian(4*x*y-x**2*y**2,[x,y])')
it('juxtaposition', 'derivative of 2sin3x', 'derivative(2*sin(3*x), x)')
it('juxtaposition', 'd/dx x^2e^x', 'derivative(x**2*exp(x), x)')
it('juxtaposition', 'gradient of 5xyz - 2z^2 at (1, 2, 1)', 'gradient(5*x*y*z-2*z**2,[x,y,z],at={x:1,y:2,z:1})')
it('juxtaposition', 'partial wrt y of x sin y + y cos x', 'partial(x*sin(y)+y*cos(x), y)')
it('juxtaposition', 'derivative of 3/4x^2', 'derivative(Rational(3,4)*x**2, x)', amb=True, note='3/4x^2 read as (3/4)x^2; the other reading is 3/(4x^2)')
it('juxtaposition', 'd/dt of 4t cos2t', 'derivative(4*t*cos(2*t), t)')
it('juxtaposition', 'jacobian of (xy, x + y) wrt x, y', 'jacobian([x*y, x+y],[x,y])')

# multi_task
it('multi_task', 'find the determinant and inverse of [[3, 5], [1, 2]]', 'det(M([[3,5],[1,2]])) ; inverse(M([[3,5],[1,2]]))')
it('multi_task', 'eigenvalues and eigenvectors of [[5, -2], [-2, 2]]', 'eigenvalues(M([[5,-2],[-2,2]])) ; eigenvectors(M([[5,-2],[-2,2]]))')
it('multi_task', 'mean and covariance of (1, 1), (2, 3), (3, 2), (6, 6)', 'mean([(1,1),(2,3),(3,2),(6,6)]) ; covariance([(1,1),(2,3),(3,2),(6,6)])')
it('multi_task', 'gradient and hessian of f(x, y) = x^3 y - 2y^2 + x', 'gradient(x**3*y-2*y**2+x,[x,y]) ; hessian(x**3*y-2*y**2+x,[x,y])')
it('multi_task', 'For A = [[2, 1, 0], [1, 2, 1], [0, 1, 2]] find: (a) det A (b) trace A (c) rank A', 'det(M([[2,1,0],[1,2,1],[0,1,2]])) ; trace(M([[2,1,0],[1,2,1],[0,1,2]])) ; rank(M([[2,1,0],[1,2,1],[0,1,2]]))')
it('multi_task', 'u = (1, 2, -2), v = (3, 0, 4). find u.v, |u|, |v| and the angle between u and v', 'dot(V(1,2,-2),V(3,0,4)) ; norm(V(1,2,-2)) ; norm(V(3,0,4)) ; angle(V(1,2,-2),V(3,0,4))')
it('multi_task', 'first and second derivatives of x^2 ln x', 'derivative(x**2*log(x), x) ; higher_derivative(x**2*log(x), x, 2)')
it('multi_task', 'find the scalar projection and vector projection of (2, 3, 1) onto (1, 1, 0)', 'scalar_projection(V(2,3,1),V(1,1,0)) ; projection(V(2,3,1),V(1,1,0))')
it('multi_task', 'rref and null space of [[1, 2, 3], [2, 4, 7]]', 'rref(M([[1,2,3],[2,4,7]])) ; nullspace(M([[1,2,3],[2,4,7]]))')
it('multi_task', 'A = [[1, 2], [3, 4]], B = [[-1, 0], [2, 5]]: find A + B, A - B and AB', 'add(M([[1,2],[3,4]]), M([[-1,0],[2,5]])) ; subtract(M([[1,2],[3,4]]), M([[-1,0],[2,5]])) ; multiply(M([[1,2],[3,4]]), M([[-1,0],[2,5]]))')
it('multi_task', 'Our teacher gave this in class: for f(x, y) = e^x cos y find the gradient at (0, 0) and the Hessian at (0, 0).', 'gradient(exp(x)*cos(y),[x,y],at={x:0,y:0}) ; hessian(exp(x)*cos(y),[x,y],at={x:0,y:0})')
it('multi_task', 'variance of 1.2, 3.4, 2.2, 5.0 and also the sample variance', 'variance([1.2,3.4,2.2,5.0]) ; variance([1.2,3.4,2.2,5.0], sample=True)')
it('multi_task', 'for the data (2, 1), (4, 3), (6, 2) give the covariance matrix and the principal components', 'covariance([(2,1),(4,3),(6,2)]) ; pca([(2,1),(4,3),(6,2)])')
it('multi_task', 'find det, inverse and transpose of [[-1, 2], [0.5, 3]]', 'det(M([[-1,2],[0.5,3]])) ; inverse(M([[-1,2],[0.5,3]])) ; transpose(M([[-1,2],[0.5,3]]))')
it('multi_task', 'compute the jacobian of (x^2 y, y - x) and its determinant at (1, 2)', 'jacobian([x**2*y, y-x],[x,y],at={x:1,y:2}) ; det(Matrix([x**2*y, y-x]).jacobian([x,y]).subs({x:1,y:2}))')

# refuse
refuse('find the inverse', 'no matrix given: ask for it')
refuse('what is the determinant of the matrix?', 'no matrix given')
refuse('integrate x^2 sin x from 0 to pi', 'integration is out of scope')
refuse('limit of sin(x)/x as x tends to 0', 'limits are out of scope')
refuse('solve the differential equation dy/dx = 3y', 'differential equations are out of scope')
refuse('cross product of (1, 2) and (3, 4)', 'cross product needs 3-D vectors: impossible for 2-D vectors as typed')
refuse('determinant of [[1, 2, 3], [4, 5, 6]]', 'a 2x3 matrix has no determinant')
refuse('inverse of [[1, 2], [2, 4]]', 'singular matrix (det 0): no inverse exists; say so')
refuse('explain what an eigenvector is', 'concept question without numbers: out of scope')
refuse('hi sir good evening', 'no problem in the message')
refuse('asdfgh qwerty ??', 'nonsense')
refuse('prove that the determinant of AB equals det A times det B', 'proofs are out of scope')
refuse('what is the probability of getting two heads in three tosses', 'probability is out of scope')
refuse('multiply [[1, 2], [3, 4]] by [[1, 2, 3]]', 'incompatible shapes: 2x2 times 1x3 is undefined')
refuse('dot product of (1, 2, 3) and (4, 5)', 'vectors of different length: no dot product')
refuse('find the eigenvalues of [[1, 2, 3], [4, 5, 6]]', 'eigenvalues need a square matrix')
refuse('derivative of', 'incomplete: no function given')
refuse('taylor series up to x^4', 'incomplete: no function given')
refuse('my teacher said the exam will have PCA questions, what should I study?', 'study advice, no problem given')
refuse('expected value of a normal distribution with mean 3 and variance 2', 'probability distributions are out of scope')
refuse('add [[1, 2], [3, 4]] and [[1, 2, 3], [4, 5, 6]]', 'shapes differ: matrix addition undefined')
refuse('can u do my assignment pls, due tonight', 'no problem in the message')
refuse('find x', 'no problem given')
refuse('integral of e^(-x^2) dx', 'integration is out of scope')
refuse('what is the meaning of life 42?', 'nonsense / out of scope')
refuse('angle between (0, 0, 0) and (1, 2, 3)', 'angle with the zero vector is undefined')
refuse('solve x + y = 2 and x + y = 5', 'inconsistent system: no solution; say so rather than give numbers', amb=True)

# extra: longer context messages, several tasks, non-integer values (various classes)
it('plain', 'In the lecture we had a 3x3 example and I want to check my answer: the eigenvalues of [[4, 1, 2], [1, 3, 0], [2, 0, 5]].', 'eigenvalues(M([[4,1,2],[1,3,0],[2,0,5]]))', note='irreducible cubic with three real roots')
it('plain', 'eigenvalues of [[0, 1, 0], [0, 0, 1], [1, 1, 0]]', 'eigenvalues(M([[0,1,0],[0,0,1],[1,1,0]]))', note='one real root (about 1.3247) and a complex-conjugate pair')
it('plain', 'My teacher gave this problem: f(x, y) = x^2 y where x = t^2 and y = 3t - 1. Use the chain rule to find df/dt.', 'chain_rule(x**2*y, {x: t**2, y: 3*t-1}, t)')
it('plain', 'Apply two iterations of the Newton-Raphson method to f(x) = x^2 - 5 starting from x0 = 2.', 'newton(x**2-5, x, 2, 2)')
it('plain', 'Do 3 steps of gradient descent on f(x) = (x - 3)^2 with learning rate 0.1 starting from x = 0.', 'gradient_descent((x-3)**2, [x], [0], 0.1, 3)')
it('plain', 'For the linear model y = w x + b and data (1, 3), (2, 5), (3, 6), the loss is the mean squared error. Find the gradient of the loss with respect to w and b at w = 1, b = 0.', 'loss_gradient(mse([1,2,3],[3,5,6], w*x+b), [w,b], {w:1, b:0})')
it('plain', 'Project u = (1, 2, 3) onto the plane spanned by (1, 0, 0) and (0, 1, 1).', 'projection_span(V(1,2,3), [V(1,0,0), V(0,1,1)])')
it('plain', 'Find the scalar projection of (-2, 5, 1) onto (2, -1, 2).', 'scalar_projection(V(-2,5,1),V(2,-1,2))')
it('plain', 'Find the explained variance ratio of each principal component for the data (1, 2), (2, 1), (3, 4), (4, 3).', 'pca_ratio([(1,2),(2,1),(3,4),(4,3)])')
it('plain', 'Apply the Gram-Schmidt process to (3, 4) and (1, -2) to get an orthonormal basis.', 'gram_schmidt(V(3,4),V(1,-2))')
it('plain', 'Find the eigenvalues of the symmetric matrix [[2, -1, 0], [-1, 2, -1], [0, -1, 2]].', 'eigenvalues(M([[2,-1,0],[-1,2,-1],[0,-1,2]]))')
it('plain', 'Compute the inverse of the 3x3 matrix [[1, 2, 0], [0, 1, 3], [-2, 0, 1]].', 'inverse(M([[1,2,0],[0,1,3],[-2,0,1]]))')
it('plain', 'Find the determinant of the 4x4 matrix [[1, 0, 2, -1], [3, 1, 0, 2], [0, -2, 1, 1], [2, 1, 1, 0]].', 'det(M([[1,0,2,-1],[3,1,0,2],[0,-2,1,1],[2,1,1,0]]))')
it('plain', 'Find the derivative of sin(x^2 + 1) * e^(cos x).', 'derivative(sin(x**2+1)*exp(cos(x)), x)')
it('words_dropped', 'in our tutorial sheet there is this one: find the derivative of x squared times e to the minus x, and then its value at x equals 2', 'derivative(x**2*exp(-x), x) ; derivative(x**2*exp(-x), x, at=2)')
it('words_dropped', 'A = [[1.5, -2], [0.5, 4]]. find A transpose times A and the determinant of A', 'A = M([[1.5,-2],[0.5,4]]) ; mexpr(A.T*A) ; det(A)')
it('exp_ml', 'In the lecture we derived the logistic loss. Can you find d/dz of -log(sigmoid(z))? sigmoid(z) = 1/(1+e^-z)', 'derivative(-log(1/(1+exp(-z))), z)')
it('exp_ml', 'one gradient descent step on f(w) = log(1 + e^(-2w)) from w = 0 with learning rate 0.5', 'gradient_descent(log(1+exp(-2*w)), [w], [0], 0.5, 1)')
it('indexed_vars', 'loss L = (w0 + w1*2 - 3)^2 + (w0 + w1*(-1) - 0.5)^2. gradient wrt w0, w1 at w0 = 0, w1 = 1', 'loss_gradient((w0+2*w1-3)**2+(w0-w1-Rational(1,2))**2, [w0,w1], {w0:0, w1:1})')
it('multi_operand', 'A = [[1/2, 0], [1, -1/3]] and B = [[2, 1], [0, 3]]: what is 3A - 2B + AB?', 'A = M([[Rational(1,2),0],[1,Rational(-1,3)]]) ; B = M([[2,1],[0,3]]) ; mexpr(3*A-2*B+A*B)')
it('scope_words', 'My professor wants the Taylor polynomial of e^x cos x about x = 0 up to degree 3. Then also give the value of the 2nd derivative of e^x cos x at 0.', 'taylor(exp(x)*cos(x), x, 0, 3) ; higher_derivative(exp(x)*cos(x), x, 2, at=0)')
it('norms_distances', 'points A(-1.5, 2) and B(2.5, -1). find the distance AB and the norm of the vector AB', 'distance(V(-1.5,2),V(2.5,-1)) ; norm(V(2.5,-1)-V(-1.5,2))')
it('layout', 'x: 0.5, 1.5, 2.5, 3.5 | y: 1, -1, 2, 0\nmean vector please', 'mean([(0.5,1),(1.5,-1),(2.5,2),(3.5,0)])')
it('latex', r'In class we wrote $f(\mathbf{x}) = \mathbf{x}^T A \mathbf{x}$ with $A = \begin{pmatrix} 2 & 1 \\ 1 & 3 \end{pmatrix}$. Find $\nabla f$ and the Hessian in terms of $x_1, x_2$.', 'gradient(2*x1**2+2*x1*x2+3*x2**2,[x1,x2]) ; hessian(2*x1**2+2*x1*x2+3*x2**2,[x1,x2])')
it('numpy', 'my code prints\narray([[ 0.5, -1. ],\n       [ 2. ,  1.5]])\nfor A. what is the inverse of this A by hand?', 'inverse(M([[0.5,-1],[2,1.5]]))')
it('multiline', 'Question 3 from the assignment\nf(x,y,z) = x*y*z - x^2 + 2z\n(a) gradient\n(b) hessian\n(c) gradient at (1, -1, 2)', 'gradient(x*y*z-x**2+2*z,[x,y,z]) ; hessian(x*y*z-x**2+2*z,[x,y,z]) ; gradient(x*y*z-x**2+2*z,[x,y,z],at={x:1,y:-1,z:2})')
it('hinglish', 'bhai kal exam hai, newton raphson ke 2 iteration karke dikhao x^3 - x - 1 = 0 ke liye, x0 = 1.5 se', 'newton(x**3-x-1, x, 1.5, 2)')
it('hinglish', 'sir ek doubt tha: (1, 1, 0) aur (0, 1, 1) ka gram schmidt karke orthonormal basis kya aayega?', 'gram_schmidt(V(1,1,0),V(0,1,1))')
it('whatsapp', 'plz chain rule f=xy, x=e^t, y=t^2 ... df/dt??', 'chain_rule(x*y, {x: exp(t), y: t**2}, t)')
it('whatsapp', 'pca 4 pts (0,0),(2,1),(4,2) pls directions', 'pca([(0,0),(2,1),(4,2)])')
it('trailing_chat', 'Sir I was solving a question from the book and got stuck. Find the projection of (4, -1, 2) onto (1, 1, 1). Thank you sir, and sorry for the late message.', 'projection(V(4,-1,2),V(1,1,1))')
it('juxtaposition', 'hessian of 1/2x^2 + 3xy - y^2', 'hessian(x**2/2+3*x*y-y**2,[x,y])', amb=True, note='1/2x^2 read as (1/2)x^2 (what students mean in a quadratic form)')
it('multi_task', 'I have the matrix [[-2, 1], [1, -2]] from my notes. Find its eigenvalues, eigenvectors and also the determinant, and check det = product of eigenvalues.', 'eigenvalues(M([[-2,1],[1,-2]])) ; eigenvectors(M([[-2,1],[1,-2]])) ; det(M([[-2,1],[1,-2]]))')
it('multi_task', 'f(x) = x^4 - 2x^2. find the critical points and the second derivative', 'critical_points(x**4-2*x**2,[x]) ; higher_derivative(x**4-2*x**2, x, 2)')
it('letter_vars', 'the lecturer used l for length: differentiate V = l**3 - 2.5*l**2 with respect to l and evaluate at l = 0.4', 'derivative(l**3-Rational(5,2)*l**2, l) ; derivative(l**3-Rational(5,2)*l**2, l, at=Rational(2,5))')
it('superscript_unicode', 'f(x) = e^(−x²). find f′(x) and f″(x)', 'derivative(exp(-x**2), x) ; higher_derivative(exp(-x**2), x, 2)')
it('cross_vs_dot', 'For the torque question the teacher gave r = (0.5, -1, 2) and F = (3, 0, -1.5). Torque is r × F, find it.', 'cross(V(0.5,-1,2),V(3,0,-1.5))')
it('layout', 'rows are samples:\n2.5 2.4\n0.5 0.7\n2.2 2.9\n1.9 2.2\nfind the mean vector', 'mean([(2.5,2.4),(0.5,0.7),(2.2,2.9),(1.9,2.2)])')
it('plain', 'Solve the system x + 2y - z = -1, 3x - y + 2z = 7.5, 2x + y + z = 4.', 'solve_system([x+2*y-z+1, 3*x-y+2*z-Rational(15,2), 2*x+y+z-4],[x,y,z])')


# ------------------------------------------------------------------ build
class _Lit(str):
    pass


def _lit_rep(dumper, data):
    return dumper.represent_scalar('tag:yaml.org,2002:str', data, style='|')


def _str_rep(dumper, data):
    if '\n' in data:
        return dumper.represent_scalar('tag:yaml.org,2002:str', data, style='|')
    return dumper.represent_scalar('tag:yaml.org,2002:str', data)


yaml.SafeDumper.add_representer(str, _str_rep)


def build():
    out = []
    for k, d in enumerate(ITEMS, 1):
        if d['rest'] == 'refuse':
            answers, expect = [], 'refuse'
        else:
            answers, expect = solve_restatement(d['rest']), 'answer'
        out.append({'id': 'hv10-%03d' % k, 'text': d['text'], 'class': d['cls'],
                    'restatement': d['rest'], 'expect': expect, 'ambiguous': bool(d['amb']),
                    'note': d['note'], 'answers': answers})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'parse_heldout_v10.yaml')
    with open(path, 'w', encoding='utf-8') as fh:
        yaml.safe_dump(out, fh, allow_unicode=True, sort_keys=False, width=10000)
    return out


if __name__ == '__main__':
    items = build()
    from collections import Counter
    print(len(items), 'items')
    for c, n in sorted(Counter(i['class'] for i in items).items()):
        print('  %-20s %d' % (c, n))
    print('refuse', sum(i['expect'] == 'refuse' for i in items),
          'ambiguous', sum(i['ambiguous'] for i in items))
