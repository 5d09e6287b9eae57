#!/usr/bin/env python
"""Held-out set v6 for the MML Tutor input reader.
Every expected answer is computed with SymPy from the clean restatement (evaluated below)."""
import sympy as sp
import yaml
from sympy.parsing.sympy_parser import parse_expr

_NAMES = list('abcdefghijklmnopqrstuvwxyz') + ['E', 'x1', 'x2', 'x3', 'x4', 'w1', 'w2', 'w0',
          'theta', 'theta0', 'theta1', 'theta2', 'y1', 'y2', 'u1', 'u2']
SYM = {n: sp.Symbol(n) for n in _NAMES}
_LOC = dict(SYM)
_LOC.update({'exp': sp.exp, 'log': sp.log, 'sin': sp.sin, 'cos': sp.cos, 'tan': sp.tan,
             'sqrt': sp.sqrt, 'tanh': sp.tanh, 'Rational': sp.Rational, 'pi': sp.pi,
             'Max': sp.Max, 'Heaviside': sp.Heaviside, 'atan': sp.atan, 'sec': sp.sec})

def P(s):
    if not isinstance(s, str):
        return sp.sympify(s)
    return parse_expr(s, local_dict=_LOC)

def M(m):
    return sp.Matrix([[P(str(c)) if isinstance(c, str) else sp.nsimplify(c) for c in r] for r in m])

def V(v):
    return sp.Matrix([P(c) if isinstance(c, str) else sp.nsimplify(c) for c in v])

def S(val):
    """One-line SymPy string: Matrix([[..], ..]) for matrices, recursing into lists/dicts."""
    if isinstance(val, sp.MatrixBase):
        return 'Matrix([%s])' % ', '.join('[%s]' % ', '.join(sp.sstr(c) for c in row) for row in val.tolist())
    if isinstance(val, (list, tuple)):
        return '[%s]' % ', '.join(S(v) for v in val)
    if isinstance(val, dict):
        return '{%s}' % ', '.join('%s: %s' % (sp.sstr(k), S(v)) for k, v in val.items())
    return sp.sstr(val)

def A(task, typ, val):
    return {'task': task, 'type': typ, 'value': S(val)}

def det(m): return A('det', 'number', M(m).det())
def inverse(m): return A('inverse', 'matrix', M(m).inv())
def transpose(m): return A('transpose', 'matrix', M(m).T)
def multiply(a, b):
    B = M(b) if isinstance(b[0], (list, tuple)) else V(b)
    return A('multiply', 'matrix' if B.shape[1] > 1 else 'vector', M(a) * B)
def add(a, b): return A('add', 'matrix', M(a) + M(b))
def subtract(a, b): return A('subtract', 'matrix', M(a) - M(b))
def mexpr(expr, **mats):
    loc = {}
    for k, v in mats.items():
        loc[k] = M(v) if isinstance(v[0], (list, tuple)) else V(v)
    n = next(iter(loc.values())).shape[0]
    loc['I'] = sp.eye(n)
    loc['T'] = lambda X: X.T
    r = eval(expr, {'__builtins__': {}}, loc)
    if isinstance(r, sp.MatrixBase) and r.shape == (1, 1):
        return A('matrix_expression', 'number', r[0, 0])
    if isinstance(r, sp.MatrixBase) and r.shape[1] == 1:
        return A('matrix_expression', 'vector', r)
    return A('matrix_expression', 'matrix', r)
def rank(m): return A('rank', 'number', M(m).rank())
def rank_vectors(*vs): return A('rank', 'number', sp.Matrix.hstack(*[V(v) for v in vs]).rank())
def rref(m): return A('rref', 'matrix', M(m).rref()[0])
def nullspace(m): return A('nullspace', 'vectors_up_to_scale', M(m).nullspace())
def trace(m): return A('trace', 'number', M(m).trace())
def _eigs(m):
    X = M(m)
    lam = sp.Symbol('lambda')
    out = []
    _, facs = sp.factor_list(X.charpoly(lam).as_expr(), lam)
    for fac, k in facs:
        p = sp.Poly(fac, lam)
        if p.degree() <= 2:
            rs = sp.roots(p, multiple=True)
        else:
            rs = p.all_roots()  # irreducible cubic or higher: exact CRootOf
        out += [sp.simplify(r) for r in rs] * k
    return out
def eigenvalues(m): return A('eigenvalues', 'multiset', _eigs(m))
def eigenvectors(m):
    vs = []
    for val, mult, vecs in M(m).eigenvects():
        vs += [sp.simplify(v) for v in vecs]
    return A('eigenvectors', 'vectors_up_to_scale', vs)
def solve_system(eqs, vars):
    vs = [P(v) for v in vars]
    es = []
    for e in eqs:
        l, r = e.split('=')
        es.append(sp.Eq(P(l), P(r)))
    return A('solve_system', 'points', sp.solve(es, vs, dict=True))
def solve_Ab(a, b): return A('solve_system', 'vector', M(a).LUsolve(V(b)))
def dot(u, v): return A('dot', 'number', V(u).dot(V(v)))
def cross(u, v): return A('cross', 'vector', V(u).cross(V(v)))
def distance(u, v): return A('distance', 'number', sp.sqrt(sum((a - b)**2 for a, b in zip(V(u), V(v)))))
def norm(v, p=2):
    X = V(v)
    if p == 1: r = sum(abs(a) for a in X)
    elif p == 'inf': r = max(abs(a) for a in X)
    else: r = sp.sqrt(sum(a**2 for a in X))
    return A('norm', 'number', sp.nsimplify(r))
def norm_diff(u, v, p=2):
    d = [a - b for a, b in zip(V(u), V(v))]
    r = norm(d, p); return r
def angle(u, v):
    U, W = V(u), V(v)
    return A('angle', 'number', sp.simplify(sp.acos(U.dot(W) / (U.norm() * W.norm()))))
def projection(u, v):
    U, W = V(u), V(v)
    return A('projection', 'vector', sp.simplify(U.dot(W) / W.dot(W) * W))
def projection_span(u, basis):
    B = sp.Matrix.hstack(*[V(b) for b in basis])
    return A('projection', 'vector', sp.simplify(B * (B.T * B).inv() * B.T * V(u)))
def scalar_projection(u, v):
    U, W = V(u), V(v)
    return A('scalar_projection', 'number', sp.simplify(U.dot(W) / W.norm()))
def gram_schmidt(*vs):
    return A('gram_schmidt', 'list', [sp.simplify(w) for w in sp.GramSchmidt([V(v) for v in vs], True)])
def _data(rows): return sp.Matrix([[sp.nsimplify(c) for c in r] for r in rows])  # rows = samples
def mean(rows):
    X = _data(rows)
    m = sp.Matrix([sum(X[:, j]) / X.shape[0] for j in range(X.shape[1])])
    if X.shape[1] == 1: return A('mean', 'number', m[0])
    return A('mean', 'vector', m)
def _cov(rows, ddof=0):
    X = _data(rows); n = X.shape[0]
    mu = sp.Matrix([[sum(X[:, j]) / n for j in range(X.shape[1])]])
    C = sp.zeros(X.shape[1])
    for i in range(n):
        d = X[i, :] - mu
        C += d.T * d
    return C / (n - ddof)
def variance(vals, ddof=0): return A('variance', 'number', _cov([[v] for v in vals], ddof)[0, 0])
def covariance(rows, ddof=0): return A('covariance', 'matrix', _cov(rows, ddof))
def pca_variances(rows, ddof=0):
    return A('pca', 'multiset', sorted(_eigs(_cov(rows, ddof).tolist()), key=lambda r: -float(r)))
def pca_first(rows, ddof=0):
    C = _cov(rows, ddof)
    best = max(C.eigenvects(), key=lambda t: float(t[0]))
    return A('pca', 'vectors_up_to_scale', [sp.simplify(best[2][0])])
def derivative(f, v='x'): return A('derivative', 'expr', sp.diff(P(f), P(v)))
def higher_derivative(f, v, n): return A('higher_derivative', 'expr', sp.diff(P(f), P(v), n))
def partial_derivative(f, *vs): return A('partial_derivative', 'expr', sp.diff(P(f), *[P(v) for v in vs]))
def gradient(f, vars, at=None):
    g = sp.Matrix([sp.diff(P(f), P(v)) for v in vars])
    if at: g = g.subs({P(k): sp.nsimplify(w) for k, w in at.items()})
    return A('gradient', 'vector', g)
def jacobian(fs, vars, at=None):
    J = sp.Matrix([P(f) for f in fs]).jacobian([P(v) for v in vars])
    if at: J = J.subs({P(k): sp.nsimplify(w) for k, w in at.items()})
    return A('jacobian', 'matrix', J)
def hessian(f, vars, at=None):
    H = sp.hessian(P(f), [P(v) for v in vars])
    if at: H = H.subs({P(k): sp.nsimplify(w) for k, w in at.items()})
    return A('hessian', 'matrix', H)
def taylor(f, v='x', x0=0, n=3):
    X = P(v); x0 = sp.nsimplify(x0)
    return A('taylor', 'expr', sp.series(P(f), X, x0, n + 1).removeO())
def taylor_nonzero(f, v='x', k=3, x0=0):
    X = P(v); n = k
    while True:
        s = sp.series(P(f), X, x0, n).removeO()
        terms = sp.Add.make_args(sp.expand(s))
        if len(terms) >= k and s != 0:
            terms = sorted(terms, key=lambda t: sp.degree(t, X) if x0 == 0 else 0)
            return A('taylor', 'expr', sp.Add(*terms[:k]))
        n += 1
def critical_points(f, vars):
    vs = [P(v) for v in vars]
    sols = sp.solve([sp.diff(P(f), v) for v in vs], vs, dict=True)
    sols = [s for s in sols if all(sp.im(val) == 0 for val in s.values())]
    return A('critical_points', 'points', sols)
def chain_rule(f, subs, t='t'):
    g = P(f).subs({P(k): P(w) for k, w in subs.items()})
    return A('chain_rule', 'expr', sp.simplify(sp.diff(g, P(t))))
def newton(f, x0, n, v='x'):
    X = P(v); F = P(f); dF = sp.diff(F, X); xk = sp.nsimplify(x0); out = []
    for _ in range(n):
        xk = sp.nsimplify(xk - F.subs(X, xk) / dF.subs(X, xk)); out.append(round(float(xk), 6))
    return A('newton', 'list', out)
def gradient_descent(f, x0, lr, n, vars=('x',)):
    vs = [P(v) for v in vars]; F = P(f); g = [sp.diff(F, v) for v in vs]
    xk = [sp.nsimplify(c) for c in (x0 if isinstance(x0, (list, tuple)) else [x0])]
    lr = sp.nsimplify(lr); out = []
    for _ in range(n):
        d = dict(zip(vs, xk))
        xk = [xk[i] - lr * g[i].subs(d) for i in range(len(vs))]
        out.append(round(float(xk[0]), 6) if len(vs) == 1 else [round(float(c), 6) for c in xk])
    return A('gradient_descent', 'list', out)
def loss_gradient(xs, ys, model, params, at, kind='mse'):
    ps = [P(p) for p in params]; x = SYM['x']; N = len(xs)
    r = [P(model).subs(x, sp.nsimplify(a)) - sp.nsimplify(b) for a, b in zip(xs, ys)]
    L = sum(e**2 for e in r)
    if kind == 'mse': L = L / N
    elif kind == 'half_mse': L = L / (2 * N)
    elif kind == 'half_sse': L = L / 2
    g = sp.Matrix([sp.diff(L, p) for p in ps]).subs({P(k): sp.nsimplify(w) for k, w in at.items()})
    return A('loss_gradient', 'vector', sp.simplify(g))

ITEMS = []
def it(cls, text, restatement, amb=False, note=''):
    ITEMS.append((cls, text, restatement, amb, note))
def ref(cls, text, note):
    ITEMS.append((cls, text, 'refuse', False, note))
# ---------------- plain ----------------
it('plain', 'Find the determinant of [[3, 7], [1, 4]]', "det([[3,7],[1,4]])")
it('plain', 'Compute the inverse of the matrix [[4, 3], [3, 2]].', "inverse([[4,3],[3,2]])")
it('plain', 'What is the rank of [[1, 2, 3], [2, 4, 6], [1, 0, 1]]?', "rank([[1,2,3],[2,4,6],[1,0,1]])")
it('plain', 'Find the eigenvalues of [[5, 2], [2, 2]].', "eigenvalues([[5,2],[2,2]])")
it('plain', 'Differentiate x^3 cos(x) with respect to x.', "derivative('x**3*cos(x)','x')")
it('plain', 'Find the dot product of (3, -1, 2) and (4, 0, -5).', "dot([3,-1,2],[4,0,-5])")
it('plain', 'Compute the trace of [[7, 1, 0], [2, -3, 4], [5, 5, 6]].', "trace([[7,1,0],[2,-3,4],[5,5,6]])")
it('plain', 'Find the gradient of f(x, y) = x^2 y + 3y^3.', "gradient('x**2*y+3*y**3',['x','y'])")
it('plain', 'Find the reduced row echelon form of [[1, 2, -1], [2, 3, 1], [3, 5, 0]].', "rref([[1,2,-1],[2,3,1],[3,5,0]])")
it('plain', 'Find a basis for the null space of [[1, 1, 2], [2, 2, 4]].', "nullspace([[1,1,2],[2,2,4]])")
it('plain', 'Solve the system 2x + y = 7, x - 3y = -7.', "solve_system(['2*x+y=7','x-3*y=-7'],['x','y'])")
it('plain', 'Find the angle between the vectors (1, 0, 1) and (0, 1, 1).', "angle([1,0,1],[0,1,1])")
it('plain', 'Find the Hessian of f(x, y) = x^3 - 3xy + y^2.', "hessian('x**3-3*x*y+y**2',['x','y'])")
it('plain', 'Find the critical points of f(x, y) = x^2 + xy + y^2 - 6x.', "critical_points('x**2+x*y+y**2-6*x',['x','y'])")
it('plain', 'Apply Gram-Schmidt to the vectors (1, 1, 0) and (1, 0, 1) to get an orthonormal basis.', "gram_schmidt([1,1,0],[1,0,1])")
it('plain', 'Find the vector projection of u = (2, 3) onto v = (1, 1).', "projection([2,3],[1,1])")
# ---------------- words_dropped ----------------
it('words_dropped', 'd/dx x squared times sin x', "derivative('x**2*sin(x)','x')")
it('words_dropped', 'differentiate x cubed minus 4x squared plus 7', "derivative('x**3-4*x**2+7','x')")
it('words_dropped', 'derivative of e to the x times x squared', "derivative('exp(x)*x**2','x')")
it('words_dropped', 'derivative of e to the power 2x', "derivative('exp(2*x)','x')")
it('words_dropped', 'find det and inverse of [[2, 5], [1, 3]]', "det([[2,5],[1,3]]); inverse([[2,5],[1,3]])")
it('words_dropped', 'A = [[1, 4], [2, 0]], find A.T', "transpose([[1,4],[2,0]])")
it('words_dropped', "A = [[3, 1, 2], [0, 5, 1]]. what is A'", "transpose([[3,1,2],[0,5,1]])")
it('words_dropped', 'A=[[2,1],[1,3]] compute A^T A', "mexpr('T(A)*A', A=[[2,1],[1,3]])")
it('words_dropped', 'derivative of x to the fourth plus x to the power 3', "derivative('x**4+x**3','x')")
it('words_dropped', 'square root of x plus x squared, differentiate', "derivative('sqrt(x)+x**2','x')")
it('words_dropped', 'find the trace and the rank of [[1, 2], [2, 4]]', "trace([[1,2],[2,4]]); rank([[1,2],[2,4]])")
it('words_dropped', 'second derivative of x cubed times log x', "higher_derivative('x**3*log(x)','x',2)")
it('words_dropped', 'differentiate 5 over x plus x squared over 2', "derivative('5/x+x**2/2','x')")
it('words_dropped', 'A = [[0, 2], [1, 1]], find A squared', "mexpr('A**2', A=[[0,2],[1,1]])")
it('words_dropped', 'A = [[1, 2], [3, 1]], find A cubed', "mexpr('A**3', A=[[1,2],[3,1]])")
it('words_dropped', 'partial of x squared y cubed with respect to y', "partial_derivative('x**2*y**3','y')")
it('words_dropped', 'gradient of x squared plus y squared plus z squared at (1, 2, 2)', "gradient('x**2+y**2+z**2',['x','y','z'],at={'x':1,'y':2,'z':2})")
it('words_dropped', 'eigenvalues and eigenvectors of [[2, 0], [0, 5]]', "eigenvalues([[2,0],[0,5]]); eigenvectors([[2,0],[0,5]])")
# ---------------- exp_ml ----------------
it('exp_ml', 'd/dx sigmoid 1/(1+e^-3x)', "derivative('1/(1+exp(-3*x))','x')")
it('exp_ml', 'derivative of e^4x', "derivative('exp(4*x)','x')")
it('exp_ml', 'differentiate e^-2x sin x', "derivative('exp(-2*x)*sin(x)','x')")
it('exp_ml', 'derivative of softplus log(1+e^x)', "derivative('log(1+exp(x))','x')")
it('exp_ml', 'derivative of tanh(3x)', "derivative('tanh(3*x)','x')")
it('exp_ml', 'd/dx exp(-x^2/2)', "derivative('exp(-x**2/2)','x')")
it('exp_ml', 'second derivative of sigmoid(x)', "higher_derivative('1/(1+exp(-x))','x',2)", note='sigmoid(x) = 1/(1+exp(-x))')
it('exp_ml', 'gradient of log(1 + e^(w1 x1 + w2 x2)) wrt w1, w2', "gradient('log(1+exp(w1*x1+w2*x2))',['w1','w2'])")
it('exp_ml', 'd/dx log(x^2 + 1)', "derivative('log(x**2+1)','x')")
it('exp_ml', 'derivative of x e^(3x)', "derivative('x*exp(3*x)','x')")
it('exp_ml', 'd/dx of e^(x^2) + e^2', "derivative('exp(x**2)+exp(2)','x')")
it('exp_ml', 'derivative of (e^x - e^-x)/(e^x + e^-x)', "derivative('(exp(x)-exp(-x))/(exp(x)+exp(-x))','x')")
it('exp_ml', 'taylor series of e^2x up to order 3', "taylor('exp(2*x)','x',0,3)")
it('exp_ml', 'derivative of relu(x) for x > 0', "derivative('x','x')", note='relu(x)=x for x>0, derivative 1')
it('exp_ml', 'd/dz of sigmoid(2z - 1)', "derivative('1/(1+exp(-(2*z-1)))','z')")
it('exp_ml', 'derivative of log(sigmoid(x))', "derivative('log(1/(1+exp(-x)))','x')")
it('exp_ml', 'differentiate tanh(x)^2', "derivative('tanh(x)**2','x')")
it('exp_ml', 'derivative of 1/(1 + exp(-(2x+1)))', "derivative('1/(1+exp(-(2*x+1)))','x')")
# ---------------- superscript_unicode ----------------
it('superscript_unicode', 'differentiate x² sin x', "derivative('x**2*sin(x)','x')")
it('superscript_unicode', '3rd derivative of x⁴ eˣ', "higher_derivative('x**4*exp(x)','x',3)")
it('superscript_unicode', 'd/dx (x⁻¹ + x³)', "derivative('1/x+x**3','x')")
it('superscript_unicode', 'A = [[1, 2], [0, 3]], find A + Aᵀ', "mexpr('A+T(A)', A=[[1,2],[0,3]])")
it('superscript_unicode', 'gradient of x₁² + 3x₁x₂ + x₂²', "gradient('x1**2+3*x1*x2+x2**2',['x1','x2'])")
it('superscript_unicode', 'derivative of √x · ln x', "derivative('sqrt(x)*log(x)','x')")
it('superscript_unicode', 'd/dx ½x² + 3x', "derivative('x**2/2+3*x','x')")
it('superscript_unicode', 'derivative of sin θ cos θ wrt θ', "derivative('sin(theta)*cos(theta)','theta')")
it('superscript_unicode', '∂/∂y (x²y³ + xy)', "partial_derivative('x**2*y**3+x*y','y')")
it('superscript_unicode', 'hessian of x² + 4xy + y³', "hessian('x**2+4*x*y+y**3',['x','y'])")
it('superscript_unicode', 'Find A⁻¹ where A = [[2, 1], [1, 1]]', "inverse([[2,1],[1,1]])")
it('superscript_unicode', 'derivative of x⁵ − 2x³ + x', "derivative('x**5-2*x**3+x','x')")
it('superscript_unicode', 'd/dx e^(x²)', "derivative('exp(x**2)','x')")
it('superscript_unicode', 'A = [[1, 1], [2, 3]] find A² − 4A', "mexpr('A**2-4*A', A=[[1,1],[2,3]])")
it('superscript_unicode', '∇f for f = x₁x₂x₃', "gradient('x1*x2*x3',['x1','x2','x3'])")
it('superscript_unicode', 'derivative of ³√x + x^½', "derivative('x**Rational(1,3)+sqrt(x)','x')")
# ---------------- indexed_vars ----------------
it('indexed_vars', 'hessian of 2x1^2 - x1x2 + 4x2^2', "hessian('2*x1**2-x1*x2+4*x2**2',['x1','x2'])")
it('indexed_vars', 'gradient of x_1^2 + x_2^2 + x_1 x_2 + 3x_2', "gradient('x1**2+x2**2+x1*x2+3*x2',['x1','x2'])")
it('indexed_vars', 'partial derivative of w1*x1 + w2*x2 + b with respect to w2', "partial_derivative('w1*x1+w2*x2+b','w2')")
it('indexed_vars', 'gradient of (theta0 + theta1 x - y)^2 wrt theta0 and theta1', "gradient('(theta0+theta1*x-y)**2',['theta0','theta1'])")
it('indexed_vars', 'find critical points of x1^2 + x2^2 - 2x1 + 4x2', "critical_points('x1**2+x2**2-2*x1+4*x2',['x1','x2'])")
it('indexed_vars', 'jacobian of [x1 + x2^2, x1*x2] wrt x1, x2', "jacobian(['x1+x2**2','x1*x2'],['x1','x2'])")
it('indexed_vars', 'hessian of x1^3 + x2^3 + x3^2 - 3x1x2', "hessian('x1**3+x2**3+x3**2-3*x1*x2',['x1','x2','x3'])")
it('indexed_vars', 'd/dx2 of x1^2 x2 + 5 x2^3', "partial_derivative('x1**2*x2+5*x2**3','x2')")
it('indexed_vars', 'gradient of f(x1,x2,x3) = x1x2 + x2x3 + x1x3', "gradient('x1*x2+x2*x3+x1*x3',['x1','x2','x3'])")
it('indexed_vars', 'partial of theta0^2 + theta0*theta1 + 2theta1^2 wrt theta1', "partial_derivative('theta0**2+theta0*theta1+2*theta1**2','theta1')")
it('indexed_vars', 'hessian of x_1^2 x_2 + x_2^2', "hessian('x1**2*x2+x2**2',['x1','x2'])")
it('indexed_vars', 'gradient of (w0 + w1 x)^2 with respect to w0, w1 at w0=1, w1=2, x=3', "gradient('(w0+w1*x)**2',['w0','w1'],at={'w0':1,'w1':2,'x':3})")
it('indexed_vars', 'find the gradient of 3x1 - 2x2 + x1x2^2 at x1 = 1, x2 = -1', "gradient('3*x1-2*x2+x1*x2**2',['x1','x2'],at={'x1':1,'x2':-1})")
it('indexed_vars', 'hessian of x1x2x3', "hessian('x1*x2*x3',['x1','x2','x3'])")
it('indexed_vars', 'partial derivative wrt x1 of exp(x1 x2) + x2', "partial_derivative('exp(x1*x2)+x2','x1')")
# ---------------- letter_vars ----------------
it('letter_vars', 'second derivative of 4*i**3 - 2*i + 6 wrt i', "higher_derivative('4*i**3-2*i+6','i',2)")
it('letter_vars', 'What is the derivative of 3*q**4 - q**2 + 8?', "derivative('3*q**4-q**2+8','q')")
it('letter_vars', 'differentiate 2*j**5 + 7*j with respect to j', "derivative('2*j**5+7*j','j')")
it('letter_vars', 'derivative of 6*l**2 - 5*l + 1 wrt l', "derivative('6*l**2-5*l+1','l')")
it('letter_vars', 'Find the third derivative of t**5 - 3*t**2', "higher_derivative('t**5-3*t**2','t',3)")
it('letter_vars', 'Differentiate -9*E**3 + 2*E**2 with respect to E.', "derivative('-9*E**3+2*E**2','E')")
it('letter_vars', 'derivative of 5*e**2 + e wrt e', "derivative('5*e**2+e','e')", note='e is the variable here (wrt e)')
it('letter_vars', 'Let f(i) = i**4 + 2*i. What is f\'(i)?', "derivative('i**4+2*i','i')")
it('letter_vars', 'partial derivative of i*j**2 + j with respect to j', "partial_derivative('i*j**2+j','j')")
it('letter_vars', 'What is the second derivative of -2*q**3 + q wrt q?', "higher_derivative('-2*q**3+q','q',2)")
it('letter_vars', 'd/dl (l**3 + 4*l)', "derivative('l**3+4*l','l')")
it('letter_vars', 'differentiate 8*i**2 - 3*i**4', "derivative('8*i**2-3*i**4','i')", note='only variable present is i; no complex context')
# ---------------- multi_operand ----------------
it('multi_operand', 'rank of (1,2,0), (0,1,1), (1,3,1)', "rank_vectors([1,2,0],[0,1,1],[1,3,1])")
it('multi_operand', 'A + Aᵀ for A = [[3, 2], [0, 1]]', "mexpr('A+T(A)', A=[[3,2],[0,1]])")
it('multi_operand', 'v = (1, 2), A = [[2, 1], [1, 3]]; compute vᵀAv', "mexpr('T(v)*A*v', v=[1,2], A=[[2,1],[1,3]])")
it('multi_operand', 'A=[[1,0],[2,1]], B=[[0,1],[1,0]], C=[[2,0],[0,3]], find ABC', "mexpr('A*B*C', A=[[1,0],[2,1]], B=[[0,1],[1,0]], C=[[2,0],[0,3]])")
it('multi_operand', 'A = [[1, 2], [3, 4]], compute 2A - 3I', "mexpr('2*A-3*I', A=[[1,2],[3,4]])")
it('multi_operand', 'A = [[1, 1], [0, 1]], find A^4', "mexpr('A**4', A=[[1,1],[0,1]])")
it('multi_operand', 'A = [[2, 0], [1, 1]], find A^2 + 2A + I', "mexpr('A**2+2*A+I', A=[[2,0],[1,1]])")
it('multi_operand', 'are (1,0,2), (2,1,0), (3,1,2) linearly independent? give the rank', "rank_vectors([1,0,2],[2,1,0],[3,1,2])")
it('multi_operand', 'A = [[1, 2, 0], [0, 1, 3]], compute A Aᵀ', "mexpr('A*T(A)', A=[[1,2,0],[0,1,3]])")
it('multi_operand', 'A=[[1,2],[0,1]] B=[[3,0],[1,2]] find AB - BA', "mexpr('A*B-B*A', A=[[1,2],[0,1]], B=[[3,0],[1,2]])")
it('multi_operand', 'orthonormalise (1,1,1), (1,1,0), (1,0,0) with gram schmidt', "gram_schmidt([1,1,1],[1,1,0],[1,0,0])")
it('multi_operand', 'x = (1, -1, 2), A = [[1,0,0],[0,2,0],[0,0,3]]; find xᵀAx', "mexpr('T(x)*A*x', x=[1,-1,2], A=[[1,0,0],[0,2,0],[0,0,3]])")
it('multi_operand', 'A = [[0, 1], [1, 1]] compute A^5', "mexpr('A**5', A=[[0,1],[1,1]])")
it('multi_operand', 'A=[[2,1],[1,2]], B=[[1,0],[0,-1]]: 3A + 2B - I', "mexpr('3*A+2*B-I', A=[[2,1],[1,2]], B=[[1,0],[0,-1]])")
it('multi_operand', 'rank of the vectors (1,2,3,4), (2,4,6,8), (0,1,0,1), (1,3,3,5)', "rank_vectors([1,2,3,4],[2,4,6,8],[0,1,0,1],[1,3,3,5])")
it('multi_operand', 'A = [[1,2],[3,4]], B = [[0,1],[1,0]]; find (A+B)^2', "mexpr('(A+B)**2', A=[[1,2],[3,4]], B=[[0,1],[1,0]])")
# ---------------- scope_words ----------------
it('scope_words', 'taylor series of cos x till the x^6 term', "taylor('cos(x)','x',0,6)")
it('scope_words', 'maclaurin series of e^x upto x^4', "taylor('exp(x)','x',0,4)")
it('scope_words', 'taylor expansion of sin x up to order 5', "taylor('sin(x)','x',0,5)")
it('scope_words', 'first three non-zero terms of the maclaurin series of sin x', "taylor_nonzero('sin(x)','x',3)")
it('scope_words', 'taylor series of ln x about x = 1 up to order 3', "taylor('log(x)','x',1,3)")
it('scope_words', 'taylor polynomial of degree 2 for sqrt(x) about x = 4', "taylor('sqrt(x)','x',4,2)")
it('scope_words', 'maclaurin series of 1/(1-x) till x^3', "taylor('1/(1-x)','x',0,3)")
it('scope_words', 'first two non zero terms of taylor series of cos(2x)', "taylor_nonzero('cos(2*x)','x',2)")
it('scope_words', 'expand e^x about x = 2 up to second order', "taylor('exp(x)','x',2,2)")
it('scope_words', 'taylor series of log(1+x) upto 4th order', "taylor('log(1+x)','x',0,4)")
it('scope_words', 'linearise sin(x) about x = pi', "taylor('sin(x)','x',sp.pi,1)")
it('scope_words', 'maclaurin series for x e^x till the x^3 term', "taylor('x*exp(x)','x',0,3)")
it('scope_words', 'first four nonzero terms of the maclaurin series of e^(-x)', "taylor_nonzero('exp(-x)','x',4)")
it('scope_words', 'taylor series of 1/x about x=1 upto (x-1)^3', "taylor('1/x','x',1,3)")
# ---------------- norms_distances ----------------
it('norms_distances', 'u = (3, 1, 2), v = (1, -1, 0). find ||u - v||', "norm_diff([3,1,2],[1,-1,0])")
it('norms_distances', 'distance between (2, 1) and (5, 5)', "distance([2,1],[5,5])")
it('norms_distances', 'find |v| for v = (2, -3, 6)', "norm([2,-3,6])")
it('norms_distances', 'L1 norm of (3, -4, 1, -2)', "norm([3,-4,1,-2],1)")
it('norms_distances', 'L2 norm of (1, 2, 2, 4)', "norm([1,2,2,4])")
it('norms_distances', 'euclidean distance between p = (1, 2, 3) and q = (4, 6, 3)', "distance([1,2,3],[4,6,3])")
it('norms_distances', 'magnitude of the vector (5, 12)', "norm([5,12])")
it('norms_distances', 'find the length of (1, 1, 1, 1)', "norm([1,1,1,1])")
it('norms_distances', 'a=(2,0,1) b=(0,2,1), what is ||a+b||', "norm([2,2,2])", note='a+b = (2,2,2)')
it('norms_distances', 'how far is the point (-1, 4) from (3, 1)?', "distance([-1,4],[3,1])")
it('norms_distances', 'infinity norm of (2, -7, 3)', "norm([2,-7,3],'inf')")
it('norms_distances', 'modulus of r = (3, 4, 12)', "norm([3,4,12])")
it('norms_distances', 'L1 distance between (1, 5) and (4, 1)', "norm_diff([1,5],[4,1],1)")
it('norms_distances', 'size of the vector [1, -2, 2]', "norm([1,-2,2])")
# ---------------- cross_vs_dot ----------------
it('cross_vs_dot', 'cross product of (1, 2, 3) and (4, 5, 6)', "cross([1,2,3],[4,5,6])")
it('cross_vs_dot', 'dot product of (1, 2, 3) and (4, 5, 6)', "dot([1,2,3],[4,5,6])")
it('cross_vs_dot', 'find a × b for a = (2, 0, -1), b = (1, 3, 2)', "cross([2,0,-1],[1,3,2])")
it('cross_vs_dot', 'a · b for a = (2, 0, -1), b = (1, 3, 2)', "dot([2,0,-1],[1,3,2])")
it('cross_vs_dot', 'u x v where u = (1,0,0), v = (0,1,0)', "cross([1,0,0],[0,1,0])", amb=True, note='x between vectors read as cross product')
it('cross_vs_dot', 'vector product of (3, -1, 2) and (0, 4, 1)', "cross([3,-1,2],[0,4,1])")
it('cross_vs_dot', 'scalar product of (3, -1, 2) and (0, 4, 1)', "dot([3,-1,2],[0,4,1])")
it('cross_vs_dot', 'inner product of [1, 2, 3, 4] and [2, 0, 1, -1]', "dot([1,2,3,4],[2,0,1,-1])")
it('cross_vs_dot', 'find a vector perpendicular to both (1, 1, 0) and (0, 1, 1) using cross product', "cross([1,1,0],[0,1,1])")
it('cross_vs_dot', 'compute (2,1,1) cross (1,-1,3)', "cross([2,1,1],[1,-1,3])")
it('cross_vs_dot', 'compute (2,1,1) dot (1,-1,3)', "dot([2,1,1],[1,-1,3])")
# ---------------- layout ----------------
it('layout', 'det | 4 1 ; 2 3 |', "det([[4,1],[2,3]])")
it('layout', 'evaluate |2 -1; 5 3|', "det([[2,-1],[5,3]])")
it('layout', 'covariance matrix of x: 2, 4, 0, 2 | y: 1, 3, 1, 3', "covariance([[2,1],[4,3],[0,1],[2,3]])")
it('layout', 'mean of p1=(1,2), p2=(3,0), p3=(5,4)', "mean([[1,2],[3,0],[5,4]])")
it('layout', 'data (rows are samples): [[1, 2], [2, 3], [3, 7]]. covariance matrix?', "covariance([[1,2],[2,3],[3,7]])")
it('layout', 'inverse of [1 2; 3 5]', "inverse([[1,2],[3,5]])")
it('layout', 'eigenvalues of [2 1 0; 1 2 0; 0 0 3]', "eigenvalues([[2,1,0],[1,2,0],[0,0,3]])")
it('layout', 'A = [1 2; 0 1; 1 1], B = [1 0 2; 0 1 1], find AB', "multiply([[1,2],[0,1],[1,1]],[[1,0,2],[0,1,1]])")
it('layout', 'multiply [[1, 2], [3, 4]] by the column vector (5, 6)', "multiply([[1,2],[3,4]],[5,6])")
it('layout', 'det of |1 0 2; 3 1 0; 0 2 1|', "det([[1,0,2],[3,1,0],[0,2,1]])")
it('layout', 'points p1=(0,0), p2=(2,2), p3=(4,1), p4=(2,1): covariance matrix', "covariance([[0,0],[2,2],[4,1],[2,1]])")
it('layout', 'x: 1, 2, 3, 4 | y: 2, 4, 5, 9. find the mean of x and y', "mean([[1,2],[2,4],[3,5],[4,9]])")
it('layout', 'solve [2 1; 1 3] x = [3; 5]', "solve_Ab([[2,1],[1,3]],[3,5])")
it('layout', 'rank of [1 2 3; 4 5 6; 7 8 9]', "rank([[1,2,3],[4,5,6],[7,8,9]])")
it('layout', 'first principal component of p1=(2,0), p2=(0,2), p3=(-2,0), p4=(0,-2), p5=(1,1), p6=(-1,-1)', "pca_first([[2,0],[0,2],[-2,0],[0,-2],[1,1],[-1,-1]])")
it('layout', 'variance of the data 2, 4, 4, 4, 5, 5, 7, 9', "variance([2,4,4,4,5,5,7,9])")
it('layout', 'sample variance of 1, 3, 5, 7', "variance([1,3,5,7],1)")
it('layout', 'columns are the vectors: [1 0; 1 1; 0 1]. apply gram schmidt to the columns', "gram_schmidt([1,1,0],[0,1,1])")
it('layout', 'det | 2 0 1 ; 1 3 2 ; 1 1 1 |', "det([[2,0,1],[1,3,2],[1,1,1]])")
# ---------------- latex ----------------
it('latex', r'Find $\det \begin{pmatrix} 3 & 2 \\ 1 & 4 \end{pmatrix}$', "det([[3,2],[1,4]])")
it('latex', r'Evaluate \begin{vmatrix} 1 & 2 & 0 \\ 0 & 3 & 1 \\ 2 & 0 & 1 \end{vmatrix}', "det([[1,2,0],[0,3,1],[2,0,1]])")
it('latex', r'Differentiate $f(x) = \frac{x^{2}}{1 + x}$ with respect to $x$.', "derivative('x**2/(1+x)','x')")
it('latex', r'Compute $\mathbf{u} \cdot \mathbf{v}$ for $\mathbf{u} = (1, -2, 4)$ and $\mathbf{v} = (3, 1, 1)$.', "dot([1,-2,4],[3,1,1])")
it('latex', r'Find $\frac{d}{dx} \left( \sin(x) e^{2x} \right)$', "derivative('sin(x)*exp(2*x)','x')")
it('latex', r'Compute $\nabla f$ where $f(x,y) = x^{2}y + \sqrt{y}$', "gradient('x**2*y+sqrt(y)',['x','y'])")
it('latex', r'Find $\frac{\partial f}{\partial y}$ for $f = x^3 y^2 + \sin(xy)$', "partial_derivative('x**3*y**2+sin(x*y)','y')")
it('latex', r'Find the eigenvalues of $A = \begin{bmatrix} 4 & 1 \\ 2 & 3 \end{bmatrix}$', "eigenvalues([[4,1],[2,3]])")
it('latex', r'Let $A = \begin{pmatrix} 2 & 1 \\ 1 & 1 \end{pmatrix}$. Find $A^{-1}$.', "inverse([[2,1],[1,1]])")
it('latex', r'Compute $\mathbf{a} \times \mathbf{b}$, $\mathbf{a} = (1,0,2)^\top$, $\mathbf{b} = (0,1,-1)^\top$', "cross([1,0,2],[0,1,-1])")
it('latex', r'Find $\|\mathbf{x}\|_2$ for $\mathbf{x} = [2, 3, 6]^\top$', "norm([2,3,6])")
it('latex', r'Exercise 5.1: Compute the derivative $f^{\prime}(x)$ for $f(x) = \log(x^{4}) \sin(x^{3})$.', "derivative('log(x**4)*sin(x**3)','x')")
it('latex', r'Exercise 5.2: Compute the derivative of the logistic sigmoid $f(x) = \frac{1}{1 + \exp(-x)}$.', "derivative('1/(1+exp(-x))','x')")
it('latex', r'Compute the Hessian of $f(x_1, x_2) = x_1^{2} x_2 + x_2^{3}$', "hessian('x1**2*x2+x2**3',['x1','x2'])")
it('latex', r'Find the rank of $\begin{pmatrix} 1 & 2 & 1 \\ 2 & 4 & 2 \\ 1 & 0 & 3 \end{pmatrix}$', "rank([[1,2,1],[2,4,2],[1,0,3]])")
it('latex', r'Compute $\frac{d^2}{dx^2} \left( x^{3} \ln x \right)$', "higher_derivative('x**3*log(x)','x',2)")
it('latex', r'Find the Jacobian $\frac{\partial (u, v)}{\partial (x, y)}$ for $u = x^2 - y^2$, $v = 2xy$', "jacobian(['x**2-y**2','2*x*y'],['x','y'])")
it('latex', r'Compute $\operatorname{tr}(A)$ for $A=\begin{pmatrix}5&1&0\\2&-2&3\\1&1&4\end{pmatrix}$', "trace([[5,1,0],[2,-2,3],[1,1,4]])")
it('latex', r'Taylor polynomial $T_4$ of $f(x) = \cos(x)$ at $x_0 = 0$', "taylor('cos(x)','x',0,4)")
# ---------------- numpy ----------------
it('numpy', 'A = np.array([[2, 1], [5, 3]])\nwhat does np.linalg.det(A) give', "det([[2,1],[5,3]])", note='float 1.0000000000000002 in NumPy; exact 1')
it('numpy', 'np.linalg.inv(np.array([[4, 7], [2, 6]])) what does this give', "inverse([[4,7],[2,6]])")
it('numpy', 'A = np.array([[1,2],[3,4]]); B = np.array([[0,1],[1,0]]); what is A @ B', "multiply([[1,2],[3,4]],[[0,1],[1,0]])")
it('numpy', 'A = np.array([[1,2],[3,4]])\nprint(A**2)  # what does this give in numpy', "mexpr('A.multiply_elementwise(A)', A=[[1,2],[3,4]])", amb=True, note='NumPy ** is elementwise: [[1,4],[9,16]], not the matrix square')
it('numpy', 'A = np.array([[1,2],[3,4]])\nnp.linalg.matrix_power(A, 2) = ?', "mexpr('A**2', A=[[1,2],[3,4]])")
it('numpy', 'I got this output:\narray([[2, 1],\n       [1, 2]])\nwhat are its eigenvalues', "eigenvalues([[2,1],[1,2]])")
it('numpy', 'np.dot(np.array([1, 3, -2]), np.array([4, 0, 5]))', "dot([1,3,-2],[4,0,5])")
it('numpy', 'np.cross([1, 0, 2], [3, 1, 0]) what does this give', "cross([1,0,2],[3,1,0])")
it('numpy', 'np.linalg.norm(np.array([1, 2, 2]))', "norm([1,2,2])")
it('numpy', 'np.linalg.norm([3, -4], ord=1) what does it return', "norm([3,-4],1)")
it('numpy', 'X = np.array([[1, 2], [3, 6], [5, 7]])\nX.mean(axis=0) gives what', "mean([[1,2],[3,6],[5,7]])")
it('numpy', 'X = np.array([[1, 2], [3, 6], [5, 7]])  # rows are samples\nwhat does np.cov(X.T) give', "covariance([[1,2],[3,6],[5,7]],1)", note='np.cov divides by N-1')
it('numpy', 'X = np.array([[0, 2, 4], [1, 1, 4]])\nnp.cov(X) = ?', "covariance([[0,1],[2,1],[4,4]],1)", note='np.cov default rowvar=True: rows are the 2 variables, N-1')
it('numpy', 'np.var([2, 4, 6, 8]) what does this give', "variance([2,4,6,8])")
it('numpy', 'A = np.array([[3, 1], [0, 2]])\nw, v = np.linalg.eig(A)\nwhat is w', "eigenvalues([[3,1],[0,2]])")
it('numpy', 'np.trace(np.array([[1,2,3],[4,5,6],[7,8,10]]))', "trace([[1,2,3],[4,5,6],[7,8,10]])")
it('numpy', 'np.linalg.matrix_rank(np.array([[1,1,1],[1,2,3],[2,3,4]]))', "rank([[1,1,1],[1,2,3],[2,3,4]])")
it('numpy', 'A = np.array([[2, 1], [1, 3]])\nb = np.array([3, 5])\nnp.linalg.solve(A, b) what does this give', "solve_Ab([[2,1],[1,3]],[3,5])")
it('numpy', 'A = np.array([[1, 2, 0], [0, 1, 1]])\nA.T @ A', "mexpr('T(A)*A', A=[[1,2,0],[0,1,1]])")
it('numpy', 'M = np.array([[1, 2],\n              [2, 1]])\nprint(np.linalg.det(M))', "det([[1,2],[2,1]])")
# ---------------- multiline ----------------
it('multiline', 'A =\n[2 1 0]\n[1 3 1]\n[0 1 2]\nfind the determinant', "det([[2,1,0],[1,3,1],[0,1,2]])")
it('multiline', 'A = [[4, 2], [1, 3]]\nfind the eigenvalues and eigenvectors', "eigenvalues([[4,2],[1,3]]); eigenvectors([[4,2],[1,3]])")
it('multiline', 'Data:\nx  y\n1  2\n3  3\n5  7\nfind the covariance matrix', "covariance([[1,2],[3,3],[5,7]])")
it('multiline', 'Let\nA = | 1 2 |\n    | 3 4 |\nB = | 0 1 |\n    | 1 1 |\nCompute AB', "multiply([[1,2],[3,4]],[[0,1],[1,1]])")
it('multiline', 'Solve:\n x + y + z = 6\n 2x - y + z = 3\n x + 2y - z = 2', "solve_system(['x+y+z=6','2*x-y+z=3','x+2*y-z=2'],['x','y','z'])")
it('multiline', 'The matrix is\n1 0 1\n0 2 0\n1 0 1\nwhat is its rank?', "rank([[1,0,1],[0,2,0],[1,0,1]])")
it('multiline', 'f(x, y) = x^2 y - y^3\nfind the gradient\nand the hessian', "gradient('x**2*y-y**3',['x','y']); hessian('x**2*y-y**3',['x','y'])")
it('multiline', 'samples:\n(1, 1)\n(2, 3)\n(3, 2)\n(4, 6)\nfind the mean vector', "mean([[1,1],[2,3],[3,2],[4,6]])")
it('multiline', 'A =\n[[2, -1],\n [-1, 2]]\ninverse?', "inverse([[2,-1],[-1,2]])")
it('multiline', 'u = (1, 2, 2)\nv = (3, 0, 4)\nangle between u and v', "angle([1,2,2],[3,0,4])")
it('multiline', 'f(x) = x^3 - 2x - 5\nx0 = 2\ndo 2 newton raphson iterations', "newton('x**3-2*x-5',2,2)")
it('multiline', 'f(x,y) = x^2 + 2y^2\nstart (2, 1)\nlearning rate 0.1\n2 steps of gradient descent', "gradient_descent('x**2+2*y**2',[2,1],0.1,2,['x','y'])")
it('multiline', 'Matrix:\n 3  0  0\n 0 -1  0\n 0  0  2\neigen values?', "eigenvalues([[3,0,0],[0,-1,0],[0,0,2]])")
it('multiline', 'x(t) = cos t\ny(t) = sin t\nf = x^2 y\nfind df/dt', "chain_rule('x**2*y',{'x':'cos(t)','y':'sin(t)'})")
it('multiline', 'Q3.\nA = [1 2 1\n     0 1 0\n     2 3 4]\nFind det(A).', "det([[1,2,1],[0,1,0],[2,3,4]])")
it('multiline', 'points\n(2, 2)\n(4, 4)\n(6, 6)\n(0, 0)\nexplained variance of each principal component', "pca_variances([[2,2],[4,4],[6,6],[0,0]])")
it('multiline', 'A = [[1, 2, 3],\n     [0, 1, 4],\n     [5, 6, 0]]\n\nfind A inverse', "inverse([[1,2,3],[0,1,4],[5,6,0]])")
it('multiline', 'vectors\na = (1, 0, 1, 0)\nb = (1, 1, 1, 1)\nproject b onto a', "projection([1,1,1,1],[1,0,1,0])")
it('multiline', 'x: 1 2 3\ny: 1 3 2\nmodel y = w x + b, MSE loss\ngradient wrt w and b at w = 0, b = 0', "loss_gradient([1,2,3],[1,3,2],'w*x+b',['w','b'],{'w':0,'b':0})")
# ---------------- hinglish ----------------
it('hinglish', 'A = [[3, 1], [2, 4]] ka determinant nikalo', "det([[3,1],[2,4]])")
it('hinglish', 'x^2 cos x ka derivative batao', "derivative('x**2*cos(x)','x')")
it('hinglish', 'bhai [[2,1],[1,2]] iska eigen value kya hoga', "eigenvalues([[2,1],[1,2]])")
it('hinglish', 'yaar is matrix ka inverse nikal do [[1, 1], [2, 3]]', "inverse([[1,1],[2,3]])")
it('hinglish', 'sin x * e^x ka second derivative kya aayega', "higher_derivative('sin(x)*exp(x)','x',2)")
it('hinglish', '(1,2,3) aur (2,0,1) ka dot product batao bhai', "dot([1,2,3],[2,0,1])")
it('hinglish', '(1,2,3) aur (2,0,1) ka cross product kya hai', "cross([1,2,3],[2,0,1])")
it('hinglish', 'f = x^2 y + y^2 iska gradient aur hessian dono chahiye', "gradient('x**2*y+y**2',['x','y']); hessian('x**2*y+y**2',['x','y'])")
it('hinglish', 'cos x ka taylor series x^4 tak nikalo', "taylor('cos(x)','x',0,4)")
it('hinglish', 'ye data ka mean aur covariance batao: (1,2), (3,4), (5,9)', "mean([[1,2],[3,4],[5,9]]); covariance([[1,2],[3,4],[5,9]])")
it('hinglish', 'matrix [[1,2,3],[2,4,6],[1,1,1]] ki rank kitni hai', "rank([[1,2,3],[2,4,6],[1,1,1]])")
it('hinglish', 'bhai 2x + 3y = 12 aur x - y = 1 solve karo', "solve_system(['2*x+3*y=12','x-y=1'],['x','y'])")
it('hinglish', 'indha matrix oda determinant enna [[5, 2], [3, 2]] da', "det([[5,2],[3,2]])")
it('hinglish', 'machi e^3x sin x derivative sollu', "derivative('exp(3*x)*sin(x)','x')")
it('hinglish', '(3,4) vector ka norm kya hai yaar', "norm([3,4])")
it('hinglish', 'x^3 - 3x ke critical points nikalo', "critical_points('x**3-3*x',['x'])")
it('hinglish', 'A = [[0,1],[-2,-3]] ke eigen vectors bhi chahiye aur eigen values bhi', "eigenvectors([[0,1],[-2,-3]]); eigenvalues([[0,1],[-2,-3]])")
it('hinglish', 'u=(2,2) ka v=(3,0) pe projection batao', "projection([2,2],[3,0])")
it('hinglish', 'da x^2 y^3 la dou/dou x enna varum', "partial_derivative('x**2*y**3','x')")
# ---------------- whatsapp ----------------
it('whatsapp', 'd/dx x2sinx', "derivative('x**2*sin(x)','x')", amb=True, note='x2 read as x^2 (x squared), the usual phone shorthand')
it('whatsapp', 'det [[1,2],[3,9]] plz', "det([[1,2],[3,9]])")
it('whatsapp', 'wat is inverse of [[3,1],[5,2]]??', "inverse([[3,1],[5,2]])")
it('whatsapp', 'eigenvalues 4 [[6,2],[2,3]] pls 🙏', "eigenvalues([[6,2],[2,3]])")
it('whatsapp', 'derivative of x^3e^x pls', "derivative('x**3*exp(x)','x')")
it('whatsapp', 'gradient of x^2+xy+y^2 pls urgent 😭😭', "gradient('x**2+x*y+y**2',['x','y'])")
it('whatsapp', 'hessian x^3+y^3-3xy ??', "hessian('x**3+y**3-3*x*y',['x','y'])")
it('whatsapp', 'rank [[1,2],[2,4]] ?', "rank([[1,2],[2,4]])")
it('whatsapp', 'cross (1,1,1) (1,2,3) plz', "cross([1,1,1],[1,2,3])")
it('whatsapp', 'taylor sinx upto x^5 pls', "taylor('sin(x)','x',0,5)")
it('whatsapp', 'd/dx sin2x', "derivative('sin(2*x)','x')")
it('whatsapp', 'd/dx cos^2x', "derivative('cos(x)**2','x')", amb=True, note='cos^2x read as (cos x)^2')
it('whatsapp', 'distance b/w (1,1) n (4,5) ??', "distance([1,1],[4,5])")
it('whatsapp', 'trace of [[2,3],[1,7]] wat', "trace([[2,3],[1,7]])")
it('whatsapp', 'partial wrt y of x^2y+y^3 😅', "partial_derivative('x**2*y+y**3','y')")
it('whatsapp', 'mean n var of 3,5,7,9 plz', "mean([[3],[5],[7],[9]]); variance([3,5,7,9])")
it('whatsapp', 'solve x+y=5,x-y=1 fast pls', "solve_system(['x+y=5','x-y=1'],['x','y'])")
it('whatsapp', 'angle btw (1,0) n (1,1)??', "angle([1,0],[1,1])")
it('whatsapp', 'nullspace [[1,2],[2,4]] 🤔', "nullspace([[1,2],[2,4]])")
# ---------------- trailing_chat ----------------
it('trailing_chat', 'd/dx (x^4 - 3x + 2) = ?', "derivative('x**4-3*x+2','x')")
it('trailing_chat', 'det of [[2, 3], [1, 5]] is 7 right? is my answer correct?', "det([[2,3],[1,5]])")
it('trailing_chat', 'good morning sir, please find the inverse of [[1, 2], [2, 5]]. thank you sir', "inverse([[1,2],[2,5]])")
it('trailing_chat', 'hi bro, eigenvalues of [[1, 4], [2, 3]]? I got 5 and -1, is it correct?', "eigenvalues([[1,4],[2,3]])")
it('trailing_chat', 'what is the derivative of x^2 e^x?? thanks in advance 🙂', "derivative('x**2*exp(x)','x')")
it('trailing_chat', 'gradient of 3x^2 + 2y at (1, 1) = ? my answer is (6, 2)', "gradient('3*x**2+2*y',['x','y'],at={'x':1,'y':1})")
it('trailing_chat', 'sir rank of [[1,0,1],[0,1,1],[1,1,2]] is 3 na?', "rank([[1,0,1],[0,1,1],[1,1,2]])")
it('trailing_chat', 'Hello! Can you compute (2,3,1)·(1,1,4)? Thanks!!', "dot([2,3,1],[1,1,4])")
it('trailing_chat', 'trace of [[4,0],[0,9]]? is 5 correct', "trace([[4,0],[0,9]])", note='student guess 5 is wrong (13); the 5 is chat, not data')
it('trailing_chat', 'sir pls help, d/dx tan x + 1?', "derivative('tan(x)+1','x')")
it('trailing_chat', 'determinant [[6,1],[4,2]] =? ok thanks bye', "det([[6,1],[4,2]])")
it('trailing_chat', 'second derivative of x^5?? i think answer is 20x^3, am I right sir', "higher_derivative('x**5','x',2)")
it('trailing_chat', 'namaste sir 🙏 |u| for u = (1, 4, 8) ?', "norm([1,4,8])")
# ---------------- juxtaposition ----------------
it('juxtaposition', 'd/dx 1/2x', "derivative('x/2','x')", amb=True, note='1/2x: read as (1/2)x; other reading 1/(2x) gives -1/(2x^2)')
it('juxtaposition', 'partial derivative wrt x of 3x^2y', "partial_derivative('3*x**2*y','x')")
it('juxtaposition', 'd/dx sinx cosx', "derivative('sin(x)*cos(x)','x')")
it('juxtaposition', 'gradient of 2x y + xy^2', "gradient('2*x*y+x*y**2',['x','y'])")
it('juxtaposition', 'hessian of xyz', "hessian('x*y*z',['x','y','z'])")
it('juxtaposition', 'partial of ab + a^2 b wrt a', "partial_derivative('a*b+a**2*b','a')")
it('juxtaposition', 'derivative of 4xsinx', "derivative('4*x*sin(x)','x')")
it('juxtaposition', 'd/dx xe^x', "derivative('x*exp(x)','x')")
it('juxtaposition', 'derivative of 1/(2x)', "derivative('1/(2*x)','x')")
it('juxtaposition', 'gradient of 5xy^2z', "gradient('5*x*y**2*z',['x','y','z'])")
it('juxtaposition', 'd/dx 2xlogx', "derivative('2*x*log(x)','x')")
it('juxtaposition', 'partial wrt y of 3xy - 2y^2x', "partial_derivative('3*x*y-2*y**2*x','y')")
it('juxtaposition', 'd/dt t^2sint', "derivative('t**2*sin(t)','t')")
# ---------------- multi_task ----------------
it('multi_task', 'find det and inverse of [[3, 2], [1, 1]]', "det([[3,2],[1,1]]); inverse([[3,2],[1,1]])")
it('multi_task', 'eigenvalues and eigenvectors of [[2, 1], [1, 2]]', "eigenvalues([[2,1],[1,2]]); eigenvectors([[2,1],[1,2]])")
it('multi_task', 'mean and covariance of (1, 0), (2, 2), (3, 1)', "mean([[1,0],[2,2],[3,1]]); covariance([[1,0],[2,2],[3,1]])")
it('multi_task', 'gradient and hessian of x^3 + xy^2 - y', "gradient('x**3+x*y**2-y',['x','y']); hessian('x**3+x*y**2-y',['x','y'])")
it('multi_task', '1) det of [[1,2],[3,4]] 2) trace of [[1,2],[3,4]] 3) its transpose', "det([[1,2],[3,4]]); trace([[1,2],[3,4]]); transpose([[1,2],[3,4]])")
it('multi_task', 'u=(1,2,3), v=(0,1,1). find u.v, u×v and |u|', "dot([1,2,3],[0,1,1]); cross([1,2,3],[0,1,1]); norm([1,2,3])")
it('multi_task', 'for A = [[2,0,1],[0,1,0],[1,0,2]] find the rank, the determinant and the trace', "rank([[2,0,1],[0,1,0],[1,0,2]]); det([[2,0,1],[0,1,0],[1,0,2]]); trace([[2,0,1],[0,1,0],[1,0,2]])")
it('multi_task', 'first and second derivative of x^4 e^x', "derivative('x**4*exp(x)','x'); higher_derivative('x**4*exp(x)','x',2)")
it('multi_task', '1) d/dx sin(x^2) 2) d/dx cos(3x) 3) d/dx e^x^2', "derivative('sin(x**2)','x'); derivative('cos(3*x)','x'); derivative('exp(x**2)','x')", amb=True, note='e^x^2 read as e^(x^2)')
it('multi_task', 'find the rref and the null space of [[1, 2, 1], [2, 4, 3]]', "rref([[1,2,1],[2,4,3]]); nullspace([[1,2,1],[2,4,3]])")
it('multi_task', 'a = (3, 4), b = (4, 3): dot product, angle, and projection of a onto b', "dot([3,4],[4,3]); angle([3,4],[4,3]); projection([3,4],[4,3])")
it('multi_task', 'find the jacobian of (x^2 y, x + y) and its determinant', "jacobian(['x**2*y','x+y'],['x','y']); A('det','expr',sp.Matrix([P('x**2*y'),P('x+y')]).jacobian([x,y]).det())")
it('multi_task', 'A=[[1,1],[1,0]]; B=[[2,0],[1,1]]. 1) A+B 2) A-B 3) AB', "add([[1,1],[1,0]],[[2,0],[1,1]]); subtract([[1,1],[1,0]],[[2,0],[1,1]]); multiply([[1,1],[1,0]],[[2,0],[1,1]])")
it('multi_task', 'critical points of x^2 - y^2 + 2x and the hessian there', "critical_points('x**2-y**2+2*x',['x','y']); hessian('x**2-y**2+2*x',['x','y'])")
it('multi_task', 'variance and sample variance of 2, 3, 7', "variance([2,3,7]); variance([2,3,7],1)")
it('multi_task', 'find the scalar projection and vector projection of (2, 1, 3) on (1, 0, 1)', "scalar_projection([2,1,3],[1,0,1]); projection([2,1,3],[1,0,1])")
it('multi_task', 'det, inverse and eigenvalues of [[4, 1], [2, 3]]', "det([[4,1],[2,3]]); inverse([[4,1],[2,3]]); eigenvalues([[4,1],[2,3]])")
it('multi_task', 'partial derivatives fx and fy of f = x^2 sin y', "partial_derivative('x**2*sin(y)','x'); partial_derivative('x**2*sin(y)','y')")
it('multi_task', 'explained variance and first principal component of (1,1), (2,2), (3,3), (2,1), (2,3)', "pca_variances([[1,1],[2,2],[3,3],[2,1],[2,3]]); pca_first([[1,1],[2,2],[3,3],[2,1],[2,3]])")
# ---------------- refuse ----------------
ref('refuse', 'find the inverse', 'no matrix given')
ref('refuse', 'integrate x^2 sin x dx', 'integration is out of scope')
ref('refuse', 'what is the limit of sin(x)/x as x -> 0', 'limits out of scope')
ref('refuse', 'cross product of (1, 2) and (3, 4)', '2-D vectors have no cross product')
ref('refuse', 'determinant of [[1, 2, 3], [4, 5, 6]]', 'non-square matrix has no determinant')
ref('refuse', 'hi', 'no problem in the message')
ref('refuse', 'thank you sir 🙏', 'no problem in the message')
ref('refuse', 'explain what an eigenvector is', 'concept question without numbers')
ref('refuse', 'solve dy/dx = 3y', 'differential equation out of scope')
ref('refuse', 'what is P(X > 2) for a poisson with lambda 3', 'probability distributions out of scope')
ref('refuse', 'prove that det(AB) = det(A) det(B)', 'proofs out of scope')
ref('refuse', 'find the eigenvalues', 'no matrix given')
ref('refuse', 'asdf qwerty zxcv', 'nonsense')
ref('refuse', 'multiply [[1, 2], [3, 4]] by [[1, 2, 3]]', 'incompatible shapes 2x2 times 1x3')
ref('refuse', 'inverse of [[1, 2], [2, 4]]', 'singular matrix, no inverse')
ref('refuse', 'dot product of (1, 2, 3) and (4, 5)', 'vectors of different lengths')
ref('refuse', 'differentiate', 'no function given')
ref('refuse', 'bhai kal exam hai kya padhu', 'no problem; chat')
ref('refuse', 'who won the cricket match yesterday', 'off-topic')
ref('refuse', 'gradient of f at (1, 2)', 'f not given')
ref('refuse', 'what is the integral of e^-x from 0 to infinity', 'integration out of scope')
ref('refuse', 'write my assignment on PCA in 500 words', 'essay request, out of scope')
ref('refuse', 'np.linalg.inv(A) what does this give', 'A not given')
ref('refuse', 'add [[1, 2], [3, 4]] and [[1, 2, 3], [4, 5, 6]]', 'shapes differ, cannot add')
ref('refuse', 'trace of [[1, 2, 3], [4, 5, 6]]', 'trace of non-square matrix undefined')
ref('refuse', 'laplace transform of t^2', 'out of scope')
ref('refuse', '1) ??? 2) ???', 'no problem in the message')
ref('refuse', 'what is the meaning of life, sir', 'off-topic')
# ---------------- extra weight: persona mixes ----------------
it('latex', r'''Exercise 4.1 (MML). Compute the determinant using the Laplace expansion:
$$A = \begin{bmatrix} 1 & 3 & 5 \\ 2 & 4 & 6 \\ 0 & 2 & 4 \end{bmatrix}$$''', "det([[1,3,5],[2,4,6],[0,2,4]])")
it('latex', r'''Slide 12, Q2: Compute the eigenvalues of
\[
A = \begin{pmatrix}
4 & 1 & 2 \\
1 & 3 & 0 \\
2 & 0 & 5
\end{pmatrix}
\]''', "eigenvalues([[4,1,2],[1,3,0],[2,0,5]])", note='irreducible cubic, three real roots')
it('latex', r'''Exercise 5.6: Compute the partial derivatives of
$f(x_1, x_2) = \sin(x_1)\cos(x_2)$''', "partial_derivative('sin(x1)*cos(x2)','x1'); partial_derivative('sin(x1)*cos(x2)','x2')")
it('multiline', r'''Exercise 2.x: Solve
$$\begin{aligned}
x_1 + 2x_2 &= 5 \\
3x_1 - x_2 &= 1
\end{aligned}$$''', "solve_system(['x1+2*x2=5','3*x1-x2=1'],['x1','x2'])")
it('latex', r'Find the orthonormal basis of span$\{ (1,1,0)^\top, (0,1,1)^\top \}$ using Gram--Schmidt', "gram_schmidt([1,1,0],[0,1,1])")
it('latex', r'Compute the projection of $\mathbf{x} = [1, 2, 3]^\top$ onto the subspace spanned by $\mathbf{b}_1 = [1, 0, 0]^\top$, $\mathbf{b}_2 = [0, 1, 1]^\top$', "projection_span([1,2,3],[[1,0,0],[0,1,1]])")
it('latex', r'''Given $\mathbf{x} = \begin{pmatrix} 1 \\ 2 \\ 0 \end{pmatrix}$ and $\mathbf{y} = \begin{pmatrix} 0 \\ 1 \\ 3 \end{pmatrix}$, compute $\mathbf{x}^\top \mathbf{y}$ and $\|\mathbf{x} - \mathbf{y}\|$.''', "dot([1,2,0],[0,1,3]); norm_diff([1,2,0],[0,1,3])")
it('hinglish', '1) [[2,1],[1,1]] ka det 2) uska inverse 3) eigenvalues bhi batao bro', "det([[2,1],[1,1]]); inverse([[2,1],[1,1]]); eigenvalues([[2,1],[1,1]])")
it('whatsapp', 'bro 1)d/dx x^3sinx 2)d/dx e^5x 3)d/dx log(3x) pls sir tmrw exam', "derivative('x**3*sin(x)','x'); derivative('exp(5*x)','x'); derivative('log(3*x)','x')")
it('hinglish', 'machi 1) (1,2,2) norm enna 2) (1,2,2) and (2,1,0) dot product sollu da', "norm([1,2,2]); dot([1,2,2],[2,1,0])")
it('whatsapp', 'sir q1 det[[1,1,0],[0,2,1],[3,0,1]] q2 rank of same matrix. is my ans 5 crct?', "det([[1,1,0],[0,2,1],[3,0,1]]); rank([[1,1,0],[0,2,1],[3,0,1]])")
it('numpy', '''import numpy as np
A = np.array([[1, 2],
              [3, 4]])
B = np.array([[2, 0],
              [1, 2]])
C = A @ B + A.T
print(C)  # what does this give''', "mexpr('A*B+T(A)', A=[[1,2],[3,4]], B=[[2,0],[1,2]])")
it('numpy', '''x = np.array([1, 2, 3, 4])
y = np.array([2, 3, 5, 6])
w, b = 0.0, 0.0
loss = np.mean((w*x + b - y)**2)
what is the gradient of loss wrt w and b''', "loss_gradient([1,2,3,4],[2,3,5,6],'w*x+b',['w','b'],{'w':0,'b':0})")
it('numpy', '''def f(x): return x**2 - 2
x = 1.0
for _ in range(3):
    x = x - f(x)/(2*x)
print(x)  # what does this give, show all 3 values''', "newton('x**2-2',1,3)")
it('numpy', '''w = 3.0
lr = 0.1
for step in range(3):
    grad = 2*(w - 1)
    w = w - lr*grad
# what are the w values''', "gradient_descent('(x-1)**2',3,0.1,3)", note='loss (w-1)^2, written with x for w')
it('multiline', '''hi sir good evening
A =
 2  1
 1  2
B =
 1  0
 0  3
find A + B and AB
thank u''', "add([[2,1],[1,2]],[[1,0],[0,3]]); multiply([[2,1],[1,2]],[[1,0],[0,3]])")
it('multiline', '''data (rows are samples):
2 1 0
4 3 1
0 2 2
2 2 1
covariance matrix pls''', "covariance([[2,1,0],[4,3,1],[0,2,2],[2,2,1]])")
it('multiline', '''find the eigenvalues of
[[1, 2, 0],
 [2, 1, 0],
 [0, 0, 4]]
and the eigenvectors''', "eigenvalues([[1,2,0],[2,1,0],[0,0,4]]); eigenvectors([[1,2,0],[2,1,0],[0,0,4]])")
it('plain', 'Use the chain rule to find df/dt for f(x, y) = x y^2, x = t^2, y = 3t.', "chain_rule('x*y**2',{'x':'t**2','y':'3*t'})")
it('plain', 'Perform two Newton-Raphson iterations for f(x) = x^2 - 5 starting at x0 = 2.', "newton('x**2-5',2,2)")
it('plain', 'Find the Jacobian of f(x, y, z) = (xy, yz, xz).', "jacobian(['x*y','y*z','x*z'],['x','y','z'])")
it('plain', 'Find the eigenvalues of [[0, 1, 0], [0, 0, 1], [1, 1, 0]].', "eigenvalues([[0,1,0],[0,0,1],[1,1,0]])", note='one real root ~1.3247 and a complex pair')
it('plain', 'Find the eigenvalues of [[2, 1, 1], [1, 2, 1], [1, 1, 2]].', "eigenvalues([[2,1,1],[1,2,1],[1,1,2]])")
it('plain', 'Find the scalar projection of (4, 2, 4) onto (1, 2, 2).', "scalar_projection([4,2,4],[1,2,2])")
it('exp_ml', 'derivative of the composite function sin(e^(x^2))', "derivative('sin(exp(x**2))','x')")
it('exp_ml', 'gradient of the squared error (sigmoid(w x + b) - 1)^2 wrt w and b', "gradient('(1/(1+exp(-(w*x+b)))-1)**2',['w','b'])")
it('trailing_chat', 'bro what is d/dx sqrt(1 + x^2) ?? 😅 thx', "derivative('sqrt(1+x**2)','x')")
it('letter_vars', 'find d/dt of e*t**2 + t wrt t (here e is just some constant, not 2.718)', "derivative('e*t**2+t','t')", note='e declared a constant symbol, not Euler e')
it('juxtaposition', 'd/dx (2x+1)(x-3)', "derivative('(2*x+1)*(x-3)','x')")
it('multi_operand', 'u = (1,2), v = (3,1), w = (0,2): find u + 2v - w', "mexpr('u+2*v-w', u=[1,2], v=[3,1], w=[0,2])")
it('scope_words', 'taylor series of e^x sin x up to x^3', "taylor('exp(x)*sin(x)','x',0,3)")
it('norms_distances', 'distance between the points (1, 2, 3, 4) and (2, 2, 1, 6)', "distance([1,2,3,4],[2,2,1,6])")
it('layout', 'inverse of the column-wise matrix with columns (1, 2) and (3, 7)', "inverse([[1,3],[2,7]])")
it('superscript_unicode', 'hessian of x²y + y² at (1, 2)', "hessian('x**2*y+y**2',['x','y'],at={'x':1,'y':2})")
it('indexed_vars', 'loss L = (w1*x1 + w2*x2 - y)^2, find dL/dw1 and dL/dw2', "partial_derivative('(w1*x1+w2*x2-y)**2','w1'); partial_derivative('(w1*x1+w2*x2-y)**2','w2')")

def build():
    out = []
    ns = dict(globals()); ns.update(SYM); ns['sp'] = sp
    for n, (cls, text, rest, amb, note) in enumerate(ITEMS, 1):
        item = {'id': 'hv6-%03d' % n, 'text': text, 'class': cls, 'restatement': rest}
        if rest == 'refuse':
            item['expect'] = 'refuse'; item['answers'] = []
        else:
            item['expect'] = 'answer'
            item['answers'] = [eval(part.strip(), ns) for part in rest.split('; ')]
        item['ambiguous'] = bool(amb)
        item['note'] = note
        out.append(item)
    return out

class _D(yaml.SafeDumper):
    pass
def _str(d, s):
    if '\n' in s:
        return d.represent_scalar('tag:yaml.org,2002:str', s, style='|')
    return d.represent_scalar('tag:yaml.org,2002:str', s)
_D.add_representer(str, _str)

if __name__ == '__main__':
    import os, collections
    items = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'parse_heldout_v6.yaml'), 'w', encoding='utf-8') as f:
        yaml.dump(items, f, Dumper=_D, allow_unicode=True, sort_keys=False, width=1000)
    c = collections.Counter(i['class'] for i in items)
    print(len(items), dict(c))
    print('refuse', sum(i['expect'] == 'refuse' for i in items), 'ambiguous', sum(i['ambiguous'] for i in items))
