"""Build held-out set v7: every expected answer is computed with SymPy from the clean restatement."""
import itertools, math
import sympy as sp
from sympy import Matrix, Rational, sstr, eye, sqrt, acos, simplify, oo
import yaml

_L = {c: sp.Symbol(c) for c in 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'}
for nm in ['theta0', 'theta1', 'theta2', 'w0', 'w1', 'w2', 'w3', 'x0', 'x1', 'x2', 'x3', 'b0', 'b1',
           'beta', 'gamma', 'alpha', 'theta', 'lam', 'mu', 'sigma', 'phi']:
    _L[nm] = sp.Symbol(nm)
_L.update({'exp': sp.exp, 'log': sp.log, 'sin': sp.sin, 'cos': sp.cos, 'tan': sp.tan, 'sqrt': sp.sqrt,
           'tanh': sp.tanh, 'pi': sp.pi, 'Rational': sp.Rational, 'Max': sp.Max, 'atan': sp.atan,
           'asin': sp.asin, 'sinh': sp.sinh, 'cosh': sp.cosh, 'Abs': sp.Abs})

def X(s):
    return sp.parse_expr(s, local_dict=_L) if isinstance(s, str) else sp.nsimplify(s)

def _n(v):
    if isinstance(v, float):
        return Rational(str(v))
    if isinstance(v, str):
        return X(v)
    return sp.sympify(v)

def Mx(rows):
    if isinstance(rows, Matrix):
        return rows
    if rows and not isinstance(rows[0], (list, tuple)):
        return Matrix([_n(v) for v in rows])
    return Matrix([[_n(v) for v in r] for r in rows])

def V(v):
    return Matrix([_n(t) for t in v])

def syms(vs):
    return [_L[v] if v in _L else sp.Symbol(v) for v in (vs.split() if isinstance(vs, str) else vs)]

def _key(r):
    c = complex(sp.N(r))
    return (round(c.real, 9), round(c.imag, 9))

# ---- tasks: each returns (task, type, sympy value) ----
def det(m): return ('det', 'number', sp.simplify(Mx(m).det()))
def inverse(m): return ('inverse', 'matrix', sp.simplify(Mx(m).inv()))
def transpose(m): return ('transpose', 'matrix', Mx(m).T)
def multiply(a, b):
    r = Mx(a) * Mx(b)
    return ('multiply', 'vector' if r.shape[1] == 1 else 'matrix', r)
def add(a, b): return ('add', 'matrix', Mx(a) + Mx(b))
def subtract(a, b): return ('subtract', 'matrix', Mx(a) - Mx(b))
def matexpr(e, **mats):
    ns = {k: Mx(v) for k, v in mats.items()}
    n = list(ns.values())[0].shape[0]
    ns['I'] = eye(n)
    r = eval(e, {'__builtins__': {}}, ns)
    if isinstance(r, Matrix) and r.shape == (1, 1):
        return ('matrix_expression', 'number', sp.simplify(r[0]))
    return ('matrix_expression', 'matrix', sp.simplify(r))
def det_of(e, **mats): return ('det', 'number', eval(e, {'__builtins__': {}}, {k: Mx(v) for k, v in mats.items()}).det())
def rank(m): return ('rank', 'number', sp.Integer(Mx(m).rank()))
def rank_vecs(*vs): return ('rank', 'number', sp.Integer(Matrix.hstack(*[V(v) for v in vs]).rank()))
def rref(m): return ('rref', 'matrix', Mx(m).rref()[0])
def nullspace(m): return ('nullspace', 'vectors_up_to_scale', Mx(m).nullspace())
def trace(m): return ('trace', 'number', Mx(m).trace())
def eigenvalues(m):
    M = Mx(m); lam = sp.Symbol('lam')
    p = sp.Poly(M.charpoly(lam).as_expr(), lam)
    out = []
    for fac, k in sp.factor_list(p)[1]:
        fac = sp.Poly(fac, lam)
        rs = [sp.simplify(r) for r in sp.roots(fac, multiple=True)] if fac.degree() <= 2 else list(fac.all_roots())
        out += rs * k
    assert len(out) == p.degree()
    return ('eigenvalues', 'multiset', sorted(out, key=_key))
def eigenvectors(m):
    res = []
    for val, k, vecs in sorted(Mx(m).eigenvects(), key=lambda t: _key(t[0])):
        res += [sp.simplify(v) for v in vecs]
    return ('eigenvectors', 'vectors_up_to_scale', res)
def solve_system(eqs, vs):
    ex = [X(a) - X(b) for a, b in (q.split('=') for q in eqs)]
    sol = sp.solve(ex, syms(vs), dict=True)
    return ('solve_system', 'points', sol)
def dot(u, v): return ('dot', 'number', V(u).dot(V(v)))
def cross(u, v): return ('cross', 'vector', V(u).cross(V(v)))
def distance(u, v): return ('distance', 'number', sp.sqrt(sum(t**2 for t in V(u) - V(v))))
def vadd(u, v): return list(V(u) + V(v))
def norm(v, p=2):
    w = V(v)
    if p == 1: r = sum(abs(t) for t in w)
    elif p == oo or p == 'inf': r = max(abs(t) for t in w)
    else: r = sp.sqrt(sum(t**2 for t in w))
    return ('norm', 'number', sp.simplify(r))
def angle(u, v):
    a, b = V(u), V(v)
    return ('angle', 'number', sp.simplify(acos(a.dot(b) / (sp.sqrt(a.dot(a)) * sp.sqrt(b.dot(b))))))
def projection(u, v):
    a, b = V(u), V(v)
    return ('projection', 'vector', sp.simplify(a.dot(b) / b.dot(b) * b))
def projection_span(u, *basis):
    B = Matrix.hstack(*[V(b) for b in basis])
    return ('projection', 'vector', sp.simplify(B * (B.T * B).inv() * B.T * V(u)))
def scalar_projection(u, v):
    a, b = V(u), V(v)
    return ('scalar_projection', 'number', sp.simplify(a.dot(b) / sp.sqrt(b.dot(b))))
def gram_schmidt(*vs):
    return ('gram_schmidt', 'list', [sp.simplify(w) for w in sp.GramSchmidt([V(v) for v in vs], True)])
def _cov(pts, sample=False):
    P = Matrix([[_n(t) for t in p] for p in pts])
    N = P.shape[0]
    mu = Matrix([sum(P[:, j]) / N for j in range(P.shape[1])]).T
    C = P - Matrix.vstack(*[mu] * N)
    return (C.T * C) / (N - 1 if sample else N)
def covariance(pts, sample=False): return ('covariance', 'matrix', _cov(pts, sample))
def mean(data):
    if isinstance(data[0], (list, tuple)):
        P = Matrix([[_n(t) for t in p] for p in data])
        return ('mean', 'vector', Matrix([sum(P[:, j]) / P.shape[0] for j in range(P.shape[1])]))
    d = [_n(t) for t in data]
    return ('mean', 'number', sum(d) / len(d))
def variance(data, sample=False):
    d = [_n(t) for t in data]; mu = sum(d) / len(d)
    return ('variance', 'number', sum((t - mu)**2 for t in d) / (len(d) - 1 if sample else len(d)))
def pca(pts, k=1):
    C = _cov(pts)
    ev = sorted(C.eigenvects(), key=lambda t: -sp.N(t[0]))
    dirs = []
    for val, mult, vecs in ev:
        dirs += [sp.simplify(v) for v in vecs]
    return ('pca', 'vectors_up_to_scale', dirs[:k])
def pca_ratio(pts):
    C = _cov(pts)
    ev = sorted([sp.N(r) for r, k in C.eigenvals().items() for _ in range(k)], reverse=True)
    s = sum(ev)
    return ('pca', 'list', [round(float(r / s), 4) for r in ev])
def derivative(f, v='x'): return ('derivative', 'expr', sp.diff(X(f), _L[v]))
def derivative_at(f, v, a): return ('derivative', 'number', sp.simplify(sp.diff(X(f), _L[v]).subs(_L[v], _n(a))))
def higher_derivative(f, v, n): return ('higher_derivative', 'expr', sp.diff(X(f), _L[v], n))
def partial_derivative(f, *vs): return ('partial_derivative', 'expr', sp.diff(X(f), *syms(list(vs))))
def gradient(f, vs, at=None):
    g = Matrix([sp.diff(X(f), s) for s in syms(vs)])
    if at: g = g.subs({_L[k]: _n(v) for k, v in at.items()})
    return ('gradient', 'vector', g)
def jacobian(F, vs, at=None):
    J = Matrix([X(f) for f in F]).jacobian(syms(vs))
    if at: J = J.subs({_L[k]: _n(v) for k, v in at.items()})
    return ('jacobian', 'matrix', J)
def hessian(f, vs, at=None):
    H = sp.hessian(X(f), syms(vs))
    if at: H = H.subs({_L[k]: _n(v) for k, v in at.items()})
    return ('hessian', 'matrix', H)
def taylor(f, v='x', a=0, n=3):
    s = _L[v]; a = _n(a); g = X(f)
    poly = sum(sp.diff(g, s, k).subs(s, a) / sp.factorial(k) * (s - a)**k for k in range(n + 1))
    return ('taylor', 'expr', sp.expand(poly) if a == 0 else poly)
def taylor_terms(f, v='x', a=0, k=3):
    s = _L[v]; a = _n(a); g = X(f); terms = []; j = 0
    while len(terms) < k and j < 40:
        c = sp.simplify(sp.diff(g, s, j).subs(s, a) / sp.factorial(j))
        if c != 0: terms.append(c * (s - a)**j)
        j += 1
    return ('taylor', 'expr', sp.Add(*terms))
def critical_points(f, vs):
    ss = syms(vs)
    sol = sp.solve([sp.diff(X(f), s) for s in ss], ss, dict=True)
    sol = [d for d in sol if all(sp.im(sp.N(t)) == 0 for t in d.values())]
    return ('critical_points', 'points', sorted(sol, key=lambda d: [float(d[s]) for s in ss if s in d]))
def chain_rule(f, subs, t='t'):
    g = X(f).subs({_L[k]: X(v) for k, v in subs.items()})
    return ('chain_rule', 'expr', sp.simplify(sp.diff(g, _L[t])))
def newton(f, x0, n, v='x'):
    s = _L[v]; g = X(f); d = sp.diff(g, s); x = _n(x0); out = []
    for _ in range(n):
        x = sp.nsimplify(x - g.subs(s, x) / d.subs(s, x))
        out.append(round(float(x), 4))
    return ('newton', 'list', out)
def gradient_descent(f, vs, x0, lr, n):
    ss = syms(vs); g = X(f); gr = [sp.diff(g, s) for s in ss]
    x = [_n(t) for t in (x0 if isinstance(x0, (list, tuple)) else [x0])]; lr = _n(lr); out = []
    for _ in range(n):
        sub = dict(zip(ss, x))
        x = [xi - lr * gi.subs(sub) for xi, gi in zip(x, gr)]
        out.append(round(float(x[0]), 4) if len(x) == 1 else [round(float(t), 4) for t in x])
    return ('gradient_descent', 'list', out)
def sse(data, model):
    return ' + '.join('((%s) - (%s))**2' % (model.replace('x', '(%s)' % x), y) for x, y in data)
def mse(data, model):
    return '(%s)/%d' % (sse(data, model), len(data))
def loss_gradient(L, params, at):
    g = Matrix([sp.diff(X(L), s) for s in syms(params)]).subs({_L[k]: _n(v) for k, v in at.items()})
    return ('loss_gradient', 'vector', sp.simplify(g))

NS = {k: v for k, v in globals().items() if callable(v) and not k.startswith('__')}
NS['oo'] = oo

ITEMS = []
def P(cls, text, rest, amb=False, note=''):
    ITEMS.append((cls, text, rest, amb, note))
def R(cls, text, note):
    ITEMS.append((cls, text, 'refuse', False, note))

# ===================== plain =====================
P('plain', 'Find the determinant of the matrix [[3, -2], [5, 4]].', "det([[3,-2],[5,4]])")
P('plain', 'Compute the inverse of [[4, 7], [2, 6]].', "inverse([[4,7],[2,6]])")
P('plain', 'What is the rank of the matrix [[1, 2, 3], [2, 4, 6], [1, 0, 1]]?', "rank([[1,2,3],[2,4,6],[1,0,1]])")
P('plain', 'Find the eigenvalues of [[6, 2], [2, 3]].', "eigenvalues([[6,2],[2,3]])")
P('plain', 'Solve the system 2x + 3y = 12 and x - y = 1.', "solve_system(['2*x+3*y=12','x-y=1'], 'x y')")
P('plain', 'Find the dot product of (4, -1, 2) and (3, 5, -6).', "dot([4,-1,2],[3,5,-6])")
P('plain', 'Differentiate f(x) = 5x^4 - 3x^2 + 7x - 2.', "derivative('5*x**4-3*x**2+7*x-2','x')")
P('plain', 'Find the gradient of f(x, y) = x^2 y + 3y^3 at the point (1, 2).', "gradient('x**2*y+3*y**3','x y',{'x':1,'y':2})")
P('plain', 'Compute the Hessian of f(x, y) = x^3 - 2xy + y^4.', "hessian('x**3-2*x*y+y**4','x y')")
P('plain', 'Find the trace of [[7, 1, 0], [2, -3, 4], [5, 5, 9]].', "trace([[7,1,0],[2,-3,4],[5,5,9]])")
P('plain', 'Find the angle between the vectors (1, 0, 1) and (0, 1, 1).', "angle([1,0,1],[0,1,1])")
P('plain', 'Find the projection of u = (3, 4) onto v = (1, 2).', "projection([3,4],[1,2])")
P('plain', 'Find the null space of the matrix [[1, 2, -1], [2, 4, -2]].', "nullspace([[1,2,-1],[2,4,-2]])")
P('plain', 'Compute the reduced row echelon form of [[2, 4, 2], [1, 3, 4], [3, 7, 6]].', "rref([[2,4,2],[1,3,4],[3,7,6]])")
P('plain', 'Find the critical points of f(x, y) = x^2 + 4y^2 - 6x + 8y.', "critical_points('x**2+4*y**2-6*x+8*y','x y')")
P('plain', 'Find the variance of the data 4, 8, 6, 2, 10.', "variance([4,8,6,2,10])")
P('plain', 'Compute the Jacobian of F(x, y) = (x^2 - y, 3xy) with respect to x and y.', "jacobian(['x**2-y','3*x*y'],'x y')")
P('plain', 'Use Gram-Schmidt to find an orthonormal basis from (1, 1, 0) and (1, 0, 1).', "gram_schmidt([1,1,0],[1,0,1])")

# ===================== words_dropped =====================
P('words_dropped', 'd/dx of x squared times cos x', "derivative('x**2*cos(x)','x')")
P('words_dropped', 'differentiate x cubed minus 4x squared plus 9', "derivative('x**3-4*x**2+9','x')")
P('words_dropped', 'derivative of e to the x times x', "derivative('exp(x)*x','x')")
P('words_dropped', 'find the derivative of e to the power 2x plus x squared', "derivative('exp(2*x)+x**2','x')")
P('words_dropped', 'A = [[1, 3], [2, 5]], find A.T', "transpose([[1,3],[2,5]])")
P('words_dropped', "A = [[2, 0, 1], [1, 4, 3]]. What is A'?", "transpose([[2,0,1],[1,4,3]])")
P('words_dropped', 'compute A^T A for A = [[1, 2], [0, 1], [3, 1]]', "matexpr('A.T*A', A=[[1,2],[0,1],[3,1]])")
P('words_dropped', 'determinant and trace of [[5, 2], [1, 3]]', "det([[5,2],[1,3]]) ; trace([[5,2],[1,3]])")
P('words_dropped', 'find rank and rref of [[1, 1, 2], [2, 2, 4], [0, 1, 1]]', "rank([[1,1,2],[2,2,4],[0,1,1]]) ; rref([[1,1,2],[2,2,4],[0,1,1]])")
P('words_dropped', 'Second derivative of x to the fourth minus 3x cubed', "higher_derivative('x**4-3*x**3','x',2)")
P('words_dropped', 'd/dx square root of x plus 1 over x', "derivative('sqrt(x)+1/x','x')", True, 'could be sqrt(x+1/x); chose sqrt(x) + 1/x (natural spoken grouping)')
P('words_dropped', 'gradient of x squared plus y squared plus z squared at (1, -1, 2)', "gradient('x**2+y**2+z**2','x y z',{'x':1,'y':-1,'z':2})")
P('words_dropped', 'transpose and inverse of [[2, 1], [7, 4]]', "transpose([[2,1],[7,4]]) ; inverse([[2,1],[7,4]])")
P('words_dropped', 'find the derivative of sin squared x', "derivative('sin(x)**2','x')")
P('words_dropped', 'differentiate 3 x to the power 5 minus x to the power minus 2', "derivative('3*x**5-x**(-2)','x')")
P('words_dropped', 'partial derivative wrt y of x cubed y squared', "partial_derivative('x**3*y**2','y')")
P('words_dropped', 'Find B transpose B where B = [[1, -1], [2, 0]]', "matexpr('B.T*B', B=[[1,-1],[2,0]])")

# ===================== exp_ml =====================
P('exp_ml', 'derivative of sigmoid(x) = 1/(1+e^-x)', "derivative('1/(1+exp(-x))','x')")
P('exp_ml', 'd/dx 1/(1+e^-3x)', "derivative('1/(1+exp(-3*x))','x')")
P('exp_ml', 'differentiate softplus log(1 + e^x)', "derivative('log(1+exp(x))','x')")
P('exp_ml', 'find d/dx of tanh(2x)', "derivative('tanh(2*x)','x')")
P('exp_ml', 'derivative of e^-2x sin x', "derivative('exp(-2*x)*sin(x)','x')")
P('exp_ml', 'differentiate e^3x + e^-x', "derivative('exp(3*x)+exp(-x)','x')")
P('exp_ml', 'd/dx exp(-x^2/2)', "derivative('exp(-x**2/2)','x')")
P('exp_ml', 'second derivative of log(x^2 + 1)', "higher_derivative('log(x**2+1)','x',2)")
P('exp_ml', 'derivative of x*sigmoid(x) where sigmoid(x)=1/(1+exp(-x))', "derivative('x/(1+exp(-x))','x')")
P('exp_ml', 'gradient of log(1 + exp(w1*x1 + w2*x2)) wrt w1 and w2', "gradient('log(1+exp(w1*x1+w2*x2))','w1 w2')")
P('exp_ml', 'Find the derivative of relu(x) = max(0, x) at x = 2', "derivative_at('Max(0,x)','x',2)")
P('exp_ml', 'derivative of the sigmoid 1/(1+e^(-x)) at x = 0', "derivative_at('1/(1+exp(-x))','x',0)")
P('exp_ml', 'differentiate tanh(x)^2', "derivative('tanh(x)**2','x')")
P('exp_ml', 'Newton-Raphson on f(x) = e^x - 3 starting from x0 = 1, two iterations', "newton('exp(x)-3',1,2)")
P('exp_ml', 'taylor series of e^2x upto x^3', "taylor('exp(2*x)','x',0,3)")
P('exp_ml', 'd/dx of ln(3x + 2)', "derivative('log(3*x+2)','x')")
P('exp_ml', 'partial derivative of exp(x*y) + log(y) wrt y', "partial_derivative('exp(x*y)+log(y)','y')")

# ===================== superscript_unicode =====================
P('superscript_unicode', 'differentiate x³ - 5x² + 2', "derivative('x**3-5*x**2+2','x')")
P('superscript_unicode', 'derivative of x⁻¹ + x⁻²', "derivative('x**(-1)+x**(-2)','x')")
P('superscript_unicode', 'find Aᵀ for A = [[1, 4, 2], [0, 3, 5]]', "transpose([[1,4,2],[0,3,5]])")
P('superscript_unicode', 'd/dx √x · sin x', "derivative('sqrt(x)*sin(x)','x')")
P('superscript_unicode', 'differentiate ½x² + 3x', "derivative('x**2/2+3*x','x')")
P('superscript_unicode', 'find ∂f/∂y for f = x²y³ + 4xy', "partial_derivative('x**2*y**3+4*x*y','y')")
P('superscript_unicode', '∂/∂x of sin(x₁x₂)? no sorry ∂/∂x₁ of sin(x₁x₂)', "partial_derivative('sin(x1*x2)','x1')")
P('superscript_unicode', 'gradient of f(x₁, x₂) = x₁² + 3x₁x₂ + x₂²', "gradient('x1**2+3*x1*x2+x2**2','x1 x2')")
P('superscript_unicode', 'd/dθ of cos²θ', "derivative('cos(theta)**2','theta')")
P('superscript_unicode', '3rd derivative of x⁴ eˣ', "higher_derivative('x**4*exp(x)','x',3)")
P('superscript_unicode', 'compute AᵀA where A = [[2, 1], [1, 3]]', "matexpr('A.T*A', A=[[2,1],[1,3]])")
P('superscript_unicode', 'derivative of ∛x + x^½', "derivative('x**Rational(1,3)+sqrt(x)','x')")
P('superscript_unicode', 'Find the hessian of f = x² + xy + 2y² − 3x', "hessian('x**2+x*y+2*y**2-3*x','x y')")
P('superscript_unicode', 'd/dx (x² + 1)⁵', "derivative('(x**2+1)**5','x')")
P('superscript_unicode', 'solve 3x₁ + x₂ = 7, x₁ − 2x₂ = 0', "solve_system(['3*x1+x2=7','x1-2*x2=0'], 'x1 x2')")
P('superscript_unicode', 'taylor of eˣ about 0 up to x⁴', "taylor('exp(x)','x',0,4)")

# ===================== indexed_vars =====================
P('indexed_vars', 'hessian of 2x1^2 - 3x1x2 + 4x2^2', "hessian('2*x1**2-3*x1*x2+4*x2**2','x1 x2')")
P('indexed_vars', 'gradient of f = x_1^2 + x_2^2 + x_3^2 - x_1 x_3', "gradient('x1**2+x2**2+x3**2-x1*x3','x1 x2 x3')")
P('indexed_vars', 'partial derivative of w1*x1 + w2*x2 + b with respect to w2', "partial_derivative('w1*x1+w2*x2+b','w2')")
P('indexed_vars', 'gradient of J = (theta0 + theta1*3 - 5)^2 wrt theta0, theta1', "gradient('(theta0+theta1*3-5)**2','theta0 theta1')")
P('indexed_vars', 'find d/dtheta1 of (theta0 + theta1 x - y)^2', "partial_derivative('(theta0+theta1*x-y)**2','theta1')")
P('indexed_vars', 'critical points of f(x1, x2) = x1^2 + x2^2 - 2x1 + 6x2', "critical_points('x1**2+x2**2-2*x1+6*x2','x1 x2')")
P('indexed_vars', 'jacobian of (x1*x2, x1 + x2^2) wrt x1, x2', "jacobian(['x1*x2','x1+x2**2'],'x1 x2')")
P('indexed_vars', 'hessian of x_1^3 + x_1 x_2^2 - 5x_2 at x_1 = 1, x_2 = 2', "hessian('x1**3+x1*x2**2-5*x2','x1 x2',{'x1':1,'x2':2})")
P('indexed_vars', 'd/dw1 of (w0 + w1*x1 + w2*x2)^2', "partial_derivative('(w0+w1*x1+w2*x2)**2','w1')")
P('indexed_vars', 'gradient of 5x1 - 2x2 + x1x2x3', "gradient('5*x1-2*x2+x1*x2*x3','x1 x2 x3')")
P('indexed_vars', 'solve x1 + x2 + x3 = 6, x1 - x2 = -1, 2x2 - x3 = 1', "solve_system(['x1+x2+x3=6','x1-x2=-1','2*x2-x3=1'],'x1 x2 x3')")
P('indexed_vars', 'partial of theta0^2 + 4*theta0*theta1 wrt theta0', "partial_derivative('theta0**2+4*theta0*theta1','theta0')")
P('indexed_vars', 'hessian of f(x_1,x_2)=x_1^4+2x_2^2-x_1x_2', "hessian('x1**4+2*x2**2-x1*x2','x1 x2')")
P('indexed_vars', 'mixed partial ∂²/∂x1∂x2 of x1²x2³', "partial_derivative('x1**2*x2**3','x1','x2')")

# ===================== letter_vars =====================
P('letter_vars', 'second derivative of 4*i**3 - 2*i**2 + 6 wrt i', "higher_derivative('4*i**3-2*i**2+6','i',2)")
P('letter_vars', 'What is the derivative of 7*q**4 - q + 3?', "derivative('7*q**4-q+3','q')")
P('letter_vars', 'differentiate 3*j**2 + 5*j with respect to j', "derivative('3*j**2+5*j','j')")
P('letter_vars', 'derivative of e**3 + 2*e wrt e', "derivative('e**3+2*e','e')", True, 'e declared variable by "wrt e"; e**3 is e cubed, not exp')
P('letter_vars', 'Find d/dt of 2t^3 - 9t + 1', "derivative('2*t**3-9*t+1','t')")
P('letter_vars', 'differentiate l**5 - 4*l**2 with respect to l', "derivative('l**5-4*l**2','l')")
P('letter_vars', 'Let E = 3*m*v**2. Differentiate E with respect to v.', "derivative('3*m*v**2','v')")
P('letter_vars', 'third derivative of -2*i**4 + i**3 - i wrt i', "higher_derivative('-2*i**4+i**3-i','i',3)")
P('letter_vars', 'Find the derivative of 6*k**3 - 8*k**2 + k', "derivative('6*k**3-8*k**2+k','k')")
P('letter_vars', 'partial derivative of i*j**2 + 3*i wrt j', "partial_derivative('i*j**2+3*i','j')")
P('letter_vars', 'What is the second derivative of -5*q**3 + 2*q**2 - 11*q?', "higher_derivative('-5*q**3+2*q**2-11*q','q',2)")
P('letter_vars', 'differentiate E**2 - 4*E + 1 wrt E', "derivative('E**2-4*E+1','E')")
P('letter_vars', 'd/dr of pi r^2 h', "derivative('pi*r**2*h','r')")
P('letter_vars', 'Find the first derivative of 9*u**2 - 3*u*w + w wrt u', "partial_derivative('9*u**2-3*u*w+w','u')")

# ===================== multi_operand =====================
P('multi_operand', 'rank of (1, 2, 1), (2, 0, 3), (3, 2, 4)', "rank_vecs([1,2,1],[2,0,3],[3,2,4])")
P('multi_operand', 'A + Aᵀ for A = [[1, 4], [-2, 3]]', "matexpr('A + A.T', A=[[1,4],[-2,3]])")
P('multi_operand', 'compute vᵀAv for v = (1, 2) and A = [[2, 1], [1, 3]]', "matexpr('v.T*A*v', A=[[2,1],[1,3]], v=[[1],[2]])")
P('multi_operand', 'A = [[1, 2], [0, 1]], B = [[3, 0], [1, 1]], C = [[1, 1], [2, 0]]. Find ABC', "matexpr('A*B*C', A=[[1,2],[0,1]], B=[[3,0],[1,1]], C=[[1,1],[2,0]])")
P('multi_operand', 'find A squared for A = [[2, -1], [1, 0]]', "matexpr('A**2', A=[[2,-1],[1,0]])")
P('multi_operand', 'A^3 where A = [[1, 1], [0, 2]]', "matexpr('A**3', A=[[1,1],[0,2]])")
P('multi_operand', 'compute 2A - 3I for A = [[4, 1], [2, 5]]', "matexpr('2*A - 3*I', A=[[4,1],[2,5]])")
P('multi_operand', 'A^2 + 2A + I with A = [[0, 1], [-1, 0]]', "matexpr('A**2 + 2*A + I', A=[[0,1],[-1,0]])")
P('multi_operand', 'are (1, 0, 2), (0, 1, 1), (2, 1, 5) independent? give the rank', "rank_vecs([1,0,2],[0,1,1],[2,1,5])")
P('multi_operand', 'Gram-Schmidt on (1, 1, 1), (1, 0, 1), (0, 1, 2)', "gram_schmidt([1,1,1],[1,0,1],[0,1,2])")
P('multi_operand', 'A = [[1, 2], [3, 4]], B = [[0, 1], [1, 0]]. compute AB - BA', "matexpr('A*B - B*A', A=[[1,2],[3,4]], B=[[0,1],[1,0]])")
P('multi_operand', 'find A Aᵀ for A = [[1, 0, 2], [3, 1, 0]]', "matexpr('A*A.T', A=[[1,0,2],[3,1,0]])")
P('multi_operand', 'det of A^2 where A = [[3, 1], [2, 2]]', "det_of('A**2', A=[[3,1],[2,2]])")
P('multi_operand', 'rank of the vectors (1, 2, 0, 1), (0, 1, 1, 0), (1, 3, 1, 1), (2, 5, 1, 2)', "rank_vecs([1,2,0,1],[0,1,1,0],[1,3,1,1],[2,5,1,2])")
P('multi_operand', 'compute 3A + 2B - C for A = [[1, 0], [0, 1]], B = [[2, 1], [1, 2]], C = [[0, 4], [4, 0]]', "matexpr('3*A + 2*B - C', A=[[1,0],[0,1]], B=[[2,1],[1,2]], C=[[0,4],[4,0]])")
P('multi_operand', 'xᵀAx with x = (1, -1, 2) and A = [[1, 0, 1], [0, 2, 0], [1, 0, 3]]', "matexpr('x.T*A*x', A=[[1,0,1],[0,2,0],[1,0,3]], x=[[1],[-1],[2]])")

# ===================== scope_words =====================
P('scope_words', 'taylor series of cos x till the x^4 term', "taylor('cos(x)','x',0,4)")
P('scope_words', 'maclaurin series of sin x upto x^5', "taylor('sin(x)','x',0,5)")
P('scope_words', 'taylor polynomial of ln(1+x) up to order 3', "taylor('log(1+x)','x',0,3)")
P('scope_words', 'first three non-zero terms of the maclaurin series of cos(2x)', "taylor_terms('cos(2*x)','x',0,3)")
P('scope_words', 'taylor series of e^x about x = 1 up to order 2', "taylor('exp(x)','x',1,2)")
P('scope_words', 'expand 1/(1-x) till x^4', "taylor('1/(1-x)','x',0,4)")
P('scope_words', 'taylor expansion of sqrt(x) about x = 4 to second order', "taylor('sqrt(x)','x',4,2)")
P('scope_words', 'first 2 nonzero terms of the taylor series of tan x', "taylor_terms('tan(x)','x',0,2)")
P('scope_words', 'maclaurin of e^(-x) upto the cubic term', "taylor('exp(-x)','x',0,3)")
P('scope_words', 'taylor series of ln x about x = 1 up to (x-1)^3', "taylor('log(x)','x',1,3)")
P('scope_words', 'linearise sin(x) about x = pi/2', "taylor('sin(x)','x','pi/2',1)")
P('scope_words', 'first four nonzero terms of maclaurin series for sin x', "taylor_terms('sin(x)','x',0,4)")
P('scope_words', 'taylor series of 1/x around x = 2 upto order 3', "taylor('1/x','x',2,3)")
P('scope_words', 'quadratic approximation of cos x about x = 0', "taylor('cos(x)','x',0,2)")
P('scope_words', 'taylor series of (1+x)^(1/2) till x^2', "taylor('sqrt(1+x)','x',0,2)")

# ===================== norms_distances =====================
P('norms_distances', 'find ||u - v|| for u = (3, 1, 2) and v = (1, -1, 1)', "distance([3,1,2],[1,-1,1])")
P('norms_distances', 'distance between (2, 3) and (7, 15)', "distance([2,3],[7,15])")
P('norms_distances', 'what is |v| for v = (2, -3, 6)', "norm([2,-3,6])")
P('norms_distances', 'L1 norm of (3, -4, 1, -2)', "norm([3,-4,1,-2],1)")
P('norms_distances', 'L2 norm of (1, 2, 2, 4)', "norm([1,2,2,4])")
P('norms_distances', 'euclidean distance between points (1, 0, -2) and (4, 4, -2)', "distance([1,0,-2],[4,4,-2])")
P('norms_distances', 'modulus of the vector r = (5, 12)', "norm([5,12])")
P('norms_distances', 'find ||a + b|| where a = (1, 2, 3), b = (2, 0, -1)', "norm(vadd([1,2,3],[2,0,-1]))")
P('norms_distances', 'length of vector (1, 1, 1, 1)', "norm([1,1,1,1])")
P('norms_distances', 'infinity norm of (2, -7, 5)', "norm([2,-7,5],oo)")
P('norms_distances', 'how far apart are the points A(-1, 2) and B(3, -1)?', "distance([-1,2],[3,-1])")
P('norms_distances', 'size of s = (3, 0, 4)', "norm([3,0,4])")
P('norms_distances', 'distance between the vectors u = (1, 2, 3, 4) and v = (2, 2, 1, 0)', "distance([1,2,3,4],[2,2,1,0])")
P('norms_distances', '||x||_1 for x = (-1, 5, -3)', "norm([-1,5,-3],1)")

# ===================== cross_vs_dot =====================
P('cross_vs_dot', 'cross product of (1, -2, 3) and (4, 0, -1)', "cross([1,-2,3],[4,0,-1])")
P('cross_vs_dot', 'find a x b for a = (2, 1, 0), b = (0, 3, 1)', "cross([2,1,0],[0,3,1])", True, "'a x b' read as cross product (3-D vectors), not dot")
P('cross_vs_dot', 'dot product of (2, 0, -1) and (1, 3, 2)', "dot([2,0,-1],[1,3,2])")
P('cross_vs_dot', 'u × v where u = (1, 1, 1) and v = (1, 2, 3)', "cross([1,1,1],[1,2,3])")
P('cross_vs_dot', 'u · v where u = (3, -1, 4) and v = (2, 2, 1)', "dot([3,-1,4],[2,2,1])")
P('cross_vs_dot', 'vector product of i + 2j - k and 3i - j + 2k', "cross([1,2,-1],[3,-1,2])")
P('cross_vs_dot', 'scalar product of (5, 1, 2, -1) and (1, 0, 3, 4)', "dot([5,1,2,-1],[1,0,3,4])")
P('cross_vs_dot', 'inner product of (1, 2) and (-3, 4)', "dot([1,2],[-3,4])")
P('cross_vs_dot', 'find the cross product of (0, 0, 2) and (3, 0, 0)', "cross([0,0,2],[3,0,0])")
P('cross_vs_dot', 'compute (4, 1, -2) cross (1, 1, 1)', "cross([4,1,-2],[1,1,1])")
P('cross_vs_dot', 'compute (4, 1, -2) dot (1, 1, 1)', "dot([4,1,-2],[1,1,1])")
P('cross_vs_dot', 'find a vector perpendicular to both (1, 0, 1) and (0, 1, -1) using the cross product', "cross([1,0,1],[0,1,-1])")
P('cross_vs_dot', 'cross prod of (3,-3,1) & (4,9,2)', "cross([3,-3,1],[4,9,2])")

# ===================== layout =====================
P('layout', 'find | 4 2 ; 3 5 |', "det([[4,2],[3,5]])")
P('layout', 'evaluate |2 -1 0; 1 3 2; 0 1 4|', "det([[2,-1,0],[1,3,2],[0,1,4]])")
P('layout', 'covariance of x: 2, 4, 6, 8 | y: 1, 3, 2, 6', "covariance([[2,1],[4,3],[6,2],[8,6]])")
P('layout', 'mean of p1=(1,2), p2=(3,0), p3=(5,4)', "mean([[1,2],[3,0],[5,4]])")
P('layout', 'covariance matrix of p1=(0,1), p2=(2,3), p3=(4,2), p4=(2,2)', "covariance([[0,1],[2,3],[4,2],[2,2]])")
P('layout', 'rows are samples: [[1, 2], [3, 6], [5, 4]]. find the covariance matrix', "covariance([[1,2],[3,6],[5,4]])")
P('layout', 'inverse of [1 2; 3 5]', "inverse([[1,2],[3,5]])")
P('layout', 'eigenvalues of [2 0 0; 0 3 4; 0 4 9]', "eigenvalues([[2,0,0],[0,3,4],[0,4,9]])")
P('layout', 'A = [1 -1; 2 0], b = [3; 4]. compute Ab', "multiply([[1,-1],[2,0]],[[3],[4]])")
P('layout', 'det [[1,2,0],[0,1,3],[2,0,1]]', "det([[1,2,0],[0,1,3],[2,0,1]])")
P('layout', 'x: 1, 2, 3, 4 | y: 2, 4, 5, 9  mean?', "mean([[1,2],[2,4],[3,5],[4,9]])")
P('layout', 'solve [[2, 1], [1, 3]] x = [5, 10]', "solve_system(['2*x1+x2=5','x1+3*x2=10'],'x1 x2')", False, 'unknown vector x = (x1, x2)')
P('layout', 'columns are samples: [[1, 3, 5], [2, 2, 8]]. mean vector?', "mean([[1,2],[3,2],[5,8]])")
P('layout', 'first principal component of the points (2,0), (0,2), (-2,0), (0,-2), (3,3), (-3,-3)', "pca([[2,0],[0,2],[-2,0],[0,-2],[3,3],[-3,-3]])")
P('layout', 'variance of x: 3, 7, 7, 19', "variance([3,7,7,19])")
P('layout', 'rref of\n[1 2 1\n 2 5 3\n 1 3 2]', "rref([[1,2,1],[2,5,3],[1,3,2]])")

# ===================== latex =====================
P('latex', r'Find the determinant of $\begin{pmatrix} 2 & 5 \\ 1 & 4 \end{pmatrix}$', "det([[2,5],[1,4]])")
P('latex', r'evaluate \begin{vmatrix} 1 & 2 & 3 \\ 0 & 4 & 5 \\ 1 & 0 & 6 \end{vmatrix}', "det([[1,2,3],[0,4,5],[1,0,6]])")
P('latex', r'differentiate $\frac{x^2}{x+1}$', "derivative('x**2/(x+1)','x')")
P('latex', r'find $\frac{d}{dx}\left( x^{3} \cdot e^{2x} \right)$', "derivative('x**3*exp(2*x)','x')")
P('latex', r'compute $\nabla f$ for $f(x,y) = x^{2} y + \sin(y)$', "gradient('x**2*y+sin(y)','x y')")
P('latex', r'find $\frac{\partial f}{\partial y}$ if $f = x e^{xy}$', "partial_derivative('x*exp(x*y)','y')")
P('latex', r'Let $\mathbf{u} = (1, 2, 2)$ and $\mathbf{v} = (3, 0, 4)$. Find $\mathbf{u} \cdot \mathbf{v}$.', "dot([1,2,2],[3,0,4])")
P('latex', r'derivative of $\sqrt{x^2 + 9}$', "derivative('sqrt(x**2+9)','x')")
P('latex', r'inverse of $A = \begin{bmatrix} 3 & 1 \\ 5 & 2 \end{bmatrix}$', "inverse([[3,1],[5,2]])")
P('latex', r'eigenvalues of $\begin{pmatrix} 4 & 1 \\ 2 & 3 \end{pmatrix}$ please', "eigenvalues([[4,1],[2,3]])")
P('latex', r'find $\|\mathbf{a} - \mathbf{b}\|$ with $\mathbf{a}=(4,0,3)$, $\mathbf{b}=(1,4,3)$', "distance([4,0,3],[1,4,3])")
P('latex', r'Compute the Hessian of $f(x,y) = x^{4} + 2x^{2}y^{2} - y$', "hessian('x**4+2*x**2*y**2-y','x y')")
P('latex', r'$\frac{d^2}{dx^2} \ln(x^2+4)$', "higher_derivative('log(x**2+4)','x',2)")
P('latex', r'differentiate $\frac{1}{1 + e^{-x}}$ w.r.t. $x$', "derivative('1/(1+exp(-x))','x')")
P('latex', r'$\mathbf{a} \times \mathbf{b}$ for $\mathbf{a} = (1,0,2)$, $\mathbf{b} = (2,1,0)$', "cross([1,0,2],[2,1,0])")
P('latex', r'Taylor series of $\cos(x)$ up to $x^{6}$', "taylor('cos(x)','x',0,6)")
P('latex', r'find the projection of $\vec{u} = (2, 3, 1)$ onto $\vec{v} = (1, 1, 0)$', "projection([2,3,1],[1,1,0])")

# ===================== numpy =====================
P('numpy', 'np.linalg.det(np.array([[2, 3], [1, 4]]))', "det([[2,3],[1,4]])")
P('numpy', 'what does np.linalg.inv(np.array([[1, 1], [1, 2]])) give', "inverse([[1,1],[1,2]])")
P('numpy', 'A = np.array([[1, 2], [3, 4]]); B = np.array([[0, 1], [1, 1]]); A @ B = ?', "multiply([[1,2],[3,4]],[[0,1],[1,1]])")
P('numpy', 'i got this from numpy\narray([[2, 1],\n       [1, 2]])\nwhat are its eigenvalues', "eigenvalues([[2,1],[1,2]])")
P('numpy', 'A = np.array([[1, 2], [3, 4]])\nwhat is A**2 in numpy', "matexpr('A.multiply_elementwise(A)', A=[[1,2],[3,4]])", True, 'A**2 on an ndarray is elementwise square; a student may expect the matrix power. Expected: elementwise [[1,4],[9,16]]')
P('numpy', 'np.dot([1, 2, 3], [4, -5, 6])', "dot([1,2,3],[4,-5,6])")
P('numpy', 'np.cross([1, 0, 0], [0, 1, 0])', "cross([1,0,0],[0,1,0])")
P('numpy', 'np.linalg.norm([6, 8])', "norm([6,8])")
P('numpy', 'np.linalg.matrix_rank(np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))', "rank([[1,2,3],[4,5,6],[7,8,9]])")
P('numpy', 'np.trace(np.array([[3, 1, 2], [0, -1, 5], [4, 4, 8]]))', "trace([[3,1,2],[0,-1,5],[4,4,8]])")
P('numpy', 'X = np.array([[1, 2], [2, 4], [3, 3]])\nnp.cov(X, rowvar=False)', "covariance([[1,2],[2,4],[3,3]], True)", False, 'np.cov uses N-1')
P('numpy', 'np.var([2, 4, 4, 4, 5, 5, 7, 9])', "variance([2,4,4,4,5,5,7,9])")
P('numpy', 'np.mean(np.array([[1, 5], [3, 7], [8, 0]]), axis=0)', "mean([[1,5],[3,7],[8,0]])")
P('numpy', 'A = np.array([[2, 0], [1, 3]]) and x = np.array([1, -1]). A @ x?', "multiply([[2,0],[1,3]],[[1],[-1]])")
P('numpy', 'np.linalg.eig(np.array([[5, 4], [1, 2]])) eigenvalues only', "eigenvalues([[5,4],[1,2]])")
P('numpy', 'A.T @ A where A = np.array([[1, 1], [0, 2], [1, 0]])', "matexpr('A.T*A', A=[[1,1],[0,2],[1,0]])")
P('numpy', 'np.linalg.solve([[3, 1], [1, 2]], [9, 8])', "solve_system(['3*x1+x2=9','x1+2*x2=8'],'x1 x2')")

# ===================== multiline =====================
P('multiline', 'A =\n[[2, 1, 0],\n [1, 3, 1],\n [0, 1, 2]]\nfind det', "det([[2,1,0],[1,3,1],[0,1,2]])")
P('multiline', 'A = [[4, 1], [2, 3]]\nfind its eigenvectors', "eigenvectors([[4,1],[2,3]])")
P('multiline', 'data:\n1 2\n3 4\n5 9\ncovariance matrix?', "covariance([[1,2],[3,4],[5,9]])")
P('multiline', 'Let f(x, y) = x^2 y - y^3\nfind the gradient\nat (2, 1)', "gradient('x**2*y-y**3','x y',{'x':2,'y':1})")
P('multiline', 'M = \n1 0 2\n0 1 1\n1 1 3\nrank?', "rank([[1,0,2],[0,1,1],[1,1,3]])")
P('multiline', 'u = (1, 2, -1)\nv = (2, -1, 3)\ncross product', "cross([1,2,-1],[2,-1,3])")
P('multiline', 'Solve:\n x + 2y + z = 4\n 2x - y + z = 3\n x + y - z = 0', "solve_system(['x+2*y+z=4','2*x-y+z=3','x+y-z=0'],'x y z')")
P('multiline', 'f(x) = x^3 - 2x - 5\nx0 = 2\ndo 2 newton raphson steps', "newton('x**3-2*x-5',2,2)")
P('multiline', 'A=\n[1 2\n 3 4]\nB=\n[0 1\n 1 0]\nAB?', "multiply([[1,2],[3,4]],[[0,1],[1,0]])")
P('multiline', 'points:\n(0, 0)\n(1, 2)\n(2, 4)\n(3, 2)\nfind the mean', "mean([[0,0],[1,2],[2,4],[3,2]])")
P('multiline', 'x = 2t + 1\ny = t^2\nf = x*y\nfind df/dt', "chain_rule('x*y',{'x':'2*t+1','y':'t**2'})")
P('multiline', 'matrix:\n3 1 1\n1 3 1\n1 1 3\neigenvalues pls', "eigenvalues([[3,1,1],[1,3,1],[1,1,3]])")
P('multiline', 'v1 = (1, 0, 1)\nv2 = (1, 1, 0)\northonormalise these with gram schmidt', "gram_schmidt([1,0,1],[1,1,0])")
P('multiline', 'f(x,y)=x^2+3y^2\nstart (1,1), learning rate 0.1\n2 steps of gradient descent', "gradient_descent('x**2+3*y**2','x y',[1,1],0.1,2)")

# ===================== hinglish =====================
P('hinglish', 'A = [[3, 1], [4, 2]] ka determinant nikalo', "det([[3,1],[4,2]])")
P('hinglish', 'x^2 cos x ka derivative batao', "derivative('x**2*cos(x)','x')")
P('hinglish', '[[2, 1], [1, 2]] iska eigen value kya hoga', "eigenvalues([[2,1],[1,2]])")
P('hinglish', 'bhai [[1, 2], [3, 7]] ka inverse nikal do', "inverse([[1,2],[3,7]])")
P('hinglish', 'yaar (1,2,3) aur (4,5,6) ka dot product kya aayega', "dot([1,2,3],[4,5,6])")
P('hinglish', 'x^3 + 2xy + y^2 ka gradient nikalo', "gradient('x**3+2*x*y+y**2','x y')")
P('hinglish', 'sin x ki taylor series x^5 tak batao', "taylor('sin(x)','x',0,5)")
P('hinglish', 'in vectors ka cross product chahiye (2,1,1) and (1,0,3)', "cross([2,1,1],[1,0,3])")
P('hinglish', 'matrix [[1,0,1],[0,2,0],[1,0,1]] ki rank kitni hai', "rank([[1,0,1],[0,2,0],[1,0,1]])")
P('hinglish', 'e^2x ka second derivative kya hai bhai', "higher_derivative('exp(2*x)','x',2)")
P('hinglish', '2x + y = 7 aur x - y = 2 ko solve karo', "solve_system(['2*x+y=7','x-y=2'],'x y')")
P('hinglish', 'data 3, 5, 7, 9 ka variance nikalo', "variance([3,5,7,9])")
P('hinglish', 'f = x^2 y^2 ka hessian batao yaar', "hessian('x**2*y**2','x y')")
P('hinglish', 'points (1,1) aur (4,5) ke beech ki distance kitni hai', "distance([1,1],[4,5])")
P('hinglish', 'A = [[2,3],[1,4]] ka transpose aur determinant dono chahiye', "transpose([[2,3],[1,4]]) ; det([[2,3],[1,4]])")
P('hinglish', 'log(x) * x ka derivative kya hoga sir', "derivative('log(x)*x','x')")
P('hinglish', 'bhai [[5,2],[2,2]] ke eigenvectors nikalo jaldi', "eigenvectors([[5,2],[2,2]])")
P('hinglish', 'u = (3,4) ka v = (4,3) pe projection kya hoga', "projection([3,4],[4,3])")

# ===================== whatsapp =====================
P('whatsapp', 'd/dx x2sinx', "derivative('x**2*sin(x)','x')", True, 'x2 read as x^2 (phone typing), not a variable x2')
P('whatsapp', 'plz det of [[2,7],[1,3]] 🙏', "det([[2,7],[1,3]])")
P('whatsapp', 'wat is inverse of [[3,2],[1,1]]??', "inverse([[3,2],[1,1]])")
P('whatsapp', 'eigenvalues 4 [[1,2],[2,1]] pls', "eigenvalues([[1,2],[2,1]])")
P('whatsapp', 'diff x^3+3x^2-x pls', "derivative('x**3+3*x**2-x','x')")
P('whatsapp', 'grad of x^2y+y^3 at (1,1) asap 😭', "gradient('x**2*y+y**3','x y',{'x':1,'y':1})")
P('whatsapp', 'hessian x^3+y^3-3xy???', "hessian('x**3+y**3-3*x*y','x y')")
P('whatsapp', 'dot (1,2,3) (3,2,1)', "dot([1,2,3],[3,2,1])")
P('whatsapp', 'rank [[1,2],[2,4]] ?', "rank([[1,2],[2,4]])")
P('whatsapp', 'pls solve x+y=5,x-y=1', "solve_system(['x+y=5','x-y=1'],'x y')")
P('whatsapp', 'derivtive of sinx cosx', "derivative('sin(x)*cos(x)','x')")
P('whatsapp', 'taylr series e^x till x^3 plss', "taylor('exp(x)','x',0,3)")
P('whatsapp', 'crossprod (1,0,2)x(0,1,1) ??', "cross([1,0,2],[0,1,1])")
P('whatsapp', 'wats d eigenvectrs of [[2,0],[0,3]]', "eigenvectors([[2,0],[0,3]])")
P('whatsapp', 'detrminant [[1,2,3],[0,1,4],[5,6,0]] 👍', "det([[1,2,3],[0,1,4],[5,6,0]])")
P('whatsapp', 'mean n variance of 2,4,6,8,10 pls', "mean([2,4,6,8,10]) ; variance([2,4,6,8,10])")
P('whatsapp', 'norm of (1,-2,2) plz fast', "norm([1,-2,2])")
P('whatsapp', 'partial derv wrt x of x^2y^3 ??', "partial_derivative('x**2*y**3','x')")

# ===================== trailing_chat =====================
P('trailing_chat', 'd/dx (3x^2 + 2x + 1) = ?', "derivative('3*x**2+2*x+1','x')")
P('trailing_chat', 'what is the determinant of [[6, 1], [2, 4]]? thanks', "det([[6,1],[2,4]])")
P('trailing_chat', 'inverse of [[2, 5], [1, 3]] sir', "inverse([[2,5],[1,3]])")
P('trailing_chat', 'derivative of x^4 - 2x + 1?', "derivative('x**4-2*x+1','x')")
P('trailing_chat', 'eigenvalues of [[3, 0], [1, 2]] = ??', "eigenvalues([[3,0],[1,2]])")
P('trailing_chat', 'trace of [[1, 2], [3, 4]] thank you so much!!', "trace([[1,2],[3,4]])")
P('trailing_chat', 'gradient of xy + yz + zx? please explain step by step sir', "gradient('x*y+y*z+z*x','x y z')")
P('trailing_chat', 'distance between (0,0,0) and (2,3,6)... thanks in advance', "distance([0,0,0],[2,3,6])")
P('trailing_chat', 'Good morning sir, find the rank of [[2, 4], [1, 2]]. Thank you', "rank([[2,4],[1,2]])")
P('trailing_chat', 'cross product of (1,2,3) and (0,1,0) =', "cross([1,2,3],[0,1,0])")
P('trailing_chat', 'second derivative of x^5? :)', "higher_derivative('x**5','x',2)")
P('trailing_chat', 'hessian of x^2 + xy + y^2 ?? ty', "hessian('x**2+x*y+y**2','x y')")
P('trailing_chat', 'hi! can u find angle between (1,1) and (1,0)? thx', "angle([1,1],[1,0])")

# ===================== juxtaposition =====================
P('juxtaposition', 'd/dx 1/2x', "derivative('1/(2*x)','x')", True, '1/2x: most students mean 1/(2x); the other reading is x/2')
P('juxtaposition', 'differentiate 1/2 x^2', "derivative('x**2/2','x')", True, 'space after 1/2 suggests (1/2)x^2; other reading 1/(2x^2)')
P('juxtaposition', 'partial of 2x y + y^2 wrt y', "partial_derivative('2*x*y+y**2','y')")
P('juxtaposition', 'gradient of xy + 3x', "gradient('x*y+3*x','x y')")
P('juxtaposition', 'd/dx sinx cosx', "derivative('sin(x)*cos(x)','x')")
P('juxtaposition', 'hessian of 3x^2y + xy^2', "hessian('3*x**2*y+x*y**2','x y')")
P('juxtaposition', 'partial derivative of ab + b^2 wrt a', "partial_derivative('a*b+b**2','a')")
P('juxtaposition', 'derivative of 3xe^x', "derivative('3*x*exp(x)','x')")
P('juxtaposition', 'd/dx x sin2x', "derivative('x*sin(2*x)','x')")
P('juxtaposition', 'gradient of xyz at (1,2,3)', "gradient('x*y*z','x y z',{'x':1,'y':2,'z':3})")
P('juxtaposition', 'derivative of 2x(x+1)^3', "derivative('2*x*(x+1)**3','x')")
P('juxtaposition', 'partial wrt x of 4x^2y^3z', "partial_derivative('4*x**2*y**3*z','x')")
P('juxtaposition', 'd/dx x/2x+1', "derivative('x/(2*x+1)','x')", True, 'x/2x+1 most likely x/(2x+1); literal precedence gives x/2*x+1')
P('juxtaposition', 'derivative of cos2x sin3x', "derivative('cos(2*x)*sin(3*x)','x')")

# ===================== multi_task =====================
P('multi_task', 'det and inverse of [[1, 2], [3, 4]]', "det([[1,2],[3,4]]) ; inverse([[1,2],[3,4]])")
P('multi_task', 'find the eigenvalues and eigenvectors of [[2, 1], [1, 2]]', "eigenvalues([[2,1],[1,2]]) ; eigenvectors([[2,1],[1,2]])")
P('multi_task', 'mean and covariance of (1,2), (3,4), (5,3)', "mean([[1,2],[3,4],[5,3]]) ; covariance([[1,2],[3,4],[5,3]])")
P('multi_task', 'gradient and hessian of x^2 y + y^3', "gradient('x**2*y+y**3','x y') ; hessian('x**2*y+y**3','x y')")
P('multi_task', 'find the rank and null space of [[1, 2, 3], [2, 4, 6]]', "rank([[1,2,3],[2,4,6]]) ; nullspace([[1,2,3],[2,4,6]])")
P('multi_task', 'dot and cross product of (1, 3, -1) and (2, 0, 4)', "dot([1,3,-1],[2,0,4]) ; cross([1,3,-1],[2,0,4])")
P('multi_task', 'first and second derivative of x^3 e^x', "derivative('x**3*exp(x)','x') ; higher_derivative('x**3*exp(x)','x',2)")
P('multi_task', 'trace, determinant and eigenvalues of [[4, 2], [1, 3]]', "trace([[4,2],[1,3]]) ; det([[4,2],[1,3]]) ; eigenvalues([[4,2],[1,3]])")
P('multi_task', 'find the critical points and the hessian of f = x^3 - 3x + y^2', "critical_points('x**3-3*x+y**2','x y') ; hessian('x**3-3*x+y**2','x y')")
P('multi_task', 'projection and scalar projection of (2, 2, 1) onto (1, 0, 1)', "projection([2,2,1],[1,0,1]) ; scalar_projection([2,2,1],[1,0,1])")
P('multi_task', 'norm of u and of v, and the angle between them: u = (1, 0, 0), v = (1, 1, 0)', "norm([1,0,0]) ; norm([1,1,0]) ; angle([1,0,0],[1,1,0])")
P('multi_task', 'partial derivatives wrt x and y of x^2 sin y', "partial_derivative('x**2*sin(y)','x') ; partial_derivative('x**2*sin(y)','y')")
P('multi_task', 'A = [[2, 0], [1, 1]], B = [[1, 3], [0, 2]]. find A + B and AB', "add([[2,0],[1,1]],[[1,3],[0,2]]) ; multiply([[2,0],[1,1]],[[1,3],[0,2]])")
P('multi_task', 'det, inverse and transpose of [[3, 1], [5, 2]]', "det([[3,1],[5,2]]) ; inverse([[3,1],[5,2]]) ; transpose([[3,1],[5,2]])")
P('multi_task', 'mean, variance and sample variance of 1, 4, 7, 10', "mean([1,4,7,10]) ; variance([1,4,7,10]) ; variance([1,4,7,10], True)")

# ===================== more plain / harder (coverage of every task) =====================
P('plain', 'Find the eigenvalues of the symmetric matrix [[2, 1, 1], [1, 3, 0], [1, 0, 4]].', "eigenvalues([[2,1,1],[1,3,0],[1,0,4]])", False, 'irreducible cubic, three real roots')
P('plain', 'Find the eigenvalues of [[0, 1, 0], [0, 0, 1], [2, 1, 0]].', "eigenvalues([[0,1,0],[0,0,1],[2,1,0]])")
P('plain', 'Find the eigenvalues of [[1, 2, 0], [2, 1, 0], [0, 0, 3]].', "eigenvalues([[1,2,0],[2,1,0],[0,0,3]])")
P('plain', 'Differentiate f(x) = sin(x^2 + 3x).', "derivative('sin(x**2+3*x)','x')")
P('plain', 'Differentiate f(x) = log(cos(2x)).', "derivative('log(cos(2*x))','x')")
P('plain', 'Find the derivative of exp(sin(x)) * sqrt(x).', "derivative('exp(sin(x))*sqrt(x)','x')")
P('plain', 'Subtract [[1, 2], [3, 4]] from [[5, 5], [5, 5]].', "subtract([[5,5],[5,5]],[[1,2],[3,4]])")
P('plain', 'Add the matrices [[1, -1, 0], [2, 2, 2]] and [[0, 3, 1], [-2, 1, 4]].', "add([[1,-1,0],[2,2,2]],[[0,3,1],[-2,1,4]])")
P('plain', 'Multiply [[1, 2, 0], [0, 1, 3]] by [[2, 1], [0, 1], [1, 0]].', "multiply([[1,2,0],[0,1,3]],[[2,1],[0,1],[1,0]])")
P('plain', 'Find the scalar projection of (3, 1, 2) onto (0, 3, 4).', "scalar_projection([3,1,2],[0,3,4])")
P('plain', 'Find the orthogonal projection of v = (1, 2, 3) onto the span of (1, 0, 0) and (0, 1, 1).', "projection_span([1,2,3],[1,0,0],[0,1,1])")
P('plain', 'Let x = cos t and y = sin t. For f(x, y) = x^2 y, find df/dt.', "chain_rule('x**2*y',{'x':'cos(t)','y':'sin(t)'})")
P('plain', 'Apply two steps of Newton-Raphson to f(x) = x^2 - 5 starting at x0 = 2.', "newton('x**2-5',2,2)")
P('plain', 'Run three steps of gradient descent on f(x) = (x - 3)^2 from x0 = 0 with learning rate 0.25.', "gradient_descent('(x-3)**2','x',0,0.25,3)")
P('plain', 'For the model y = m x + c and data (1, 3), (2, 5), (3, 6), find the gradient of the sum of squared errors with respect to m and c at m = 1, c = 0.', "loss_gradient(sse([(1,3),(2,5),(3,6)],'m*x+c'),'m c',{'m':1,'c':0})")
P('plain', 'Mean squared error loss for y = w x with data (1, 2), (2, 3), (4, 7): find dL/dw at w = 1.', "loss_gradient(mse([(1,2),(2,3),(4,7)],'w*x'),'w',{'w':1})")
P('plain', 'Compute the Jacobian of (x y z, x + y + z, x^2 - z) at (1, 2, 3).', "jacobian(['x*y*z','x+y+z','x**2-z'],'x y z',{'x':1,'y':2,'z':3})")
P('plain', 'Find the first principal component of the data (1, 1), (2, 2), (3, 3), (4, 5).', "pca([[1,1],[2,2],[3,3],[4,5]])")
P('plain', 'What fraction of the variance does each principal component explain for the points (2, 0), (-2, 0), (0, 1), (0, -1)?', "pca_ratio([[2,0],[-2,0],[0,1],[0,-1]])")
P('plain', 'Find the sample covariance matrix of (1, 2), (2, 1), (3, 5), (6, 4).', "covariance([[1,2],[2,1],[3,5],[6,4]], True)")
P('plain', 'Find the determinant of the 4x4 matrix [[1, 0, 2, 1], [0, 3, 1, 0], [2, 1, 0, 1], [1, 0, 1, 2]].', "det([[1,0,2,1],[0,3,1,0],[2,1,0,1],[1,0,1,2]])")
P('plain', 'Find the inverse of [[1, 0, 1], [2, 1, 0], [0, 1, 1]].', "inverse([[1,0,1],[2,1,0],[0,1,1]])")
P('plain', 'Find the angle between u = (1, 2, 3, 4) and v = (4, 3, 2, 1).', "angle([1,2,3,4],[4,3,2,1])")
P('plain', 'Find the eigenvectors of [[3, 1, 0], [0, 3, 0], [0, 0, 5]].', "eigenvectors([[3,1,0],[0,3,0],[0,0,5]])", False, 'defective: one eigenvector for 3')
P('plain', 'Find the critical points of f(x, y) = x^3 - 12x + y^2 - 4y.', "critical_points('x**3-12*x+y**2-4*y','x y')")

# ===================== refuse =====================
R('refuse', 'find the inverse', 'no matrix given')
R('refuse', 'integrate x^2 sin x dx', 'integration is out of scope')
R('refuse', 'what is the limit of sin(x)/x as x goes to 0', 'limits out of scope')
R('refuse', 'solve the differential equation dy/dx = 3y', 'ODEs out of scope')
R('refuse', 'cross product of (1, 2) and (3, 4)', 'cross product needs 3-D vectors')
R('refuse', 'determinant of [[1, 2, 3], [4, 5, 6]]', 'non-square matrix has no determinant')
R('refuse', 'explain what an eigenvector is', 'concept explanation without numbers')
R('refuse', 'hello bhai', 'no problem in message')
R('refuse', 'asdf qwerty zxcv', 'nonsense')
R('refuse', 'prove that the determinant of AB equals det A times det B', 'proofs out of scope')
R('refuse', 'P(A|B) if P(A)=0.3, P(B|A)=0.5, P(B)=0.4', 'probability out of scope')
R('refuse', 'what is the pdf of a gaussian with mean 0 and variance 1 at x = 1', 'probability distributions out of scope')
R('refuse', 'inverse of [[1, 2], [2, 4]]', 'singular matrix (det 0): should say the inverse does not exist')
R('refuse', 'multiply [[1, 2], [3, 4]] by [[1, 2, 3]]', 'dimension mismatch 2x2 times 1x3')
R('refuse', 'dot product of (1, 2, 3) and (4, 5)', 'vectors of different length')
R('refuse', 'find the eigenvalues of', 'no matrix given')
R('refuse', 'differentiate', 'no function given')
R('refuse', 'what is the derivative of ??', 'no function given')
R('refuse', 'thanks sir, that helped a lot 🙏', 'no problem in message')
R('refuse', 'can you do my whole assignment for tomorrow', 'no problem in message')
R('refuse', 'tell me about PCA in simple words', 'concept explanation without numbers')
R('refuse', 'add [[1, 2], [3, 4]] and [[1, 2, 3], [4, 5, 6]]', 'matrix sizes differ; addition undefined')
R('refuse', 'what is the weather in pune today', 'out of scope, not maths')
R('refuse', 'find the area under y = x^2 from 0 to 3', 'integration out of scope')
R('refuse', 'd/dx of', 'no function given')
R('refuse', 'bhai kal exam hai kuch important questions batao', 'no problem in message')
R('refuse', 'angle between (0, 0, 0) and (1, 2, 3)', 'angle undefined with the zero vector')
R('refuse', 'solve x + y = 2 and x + y = 5', 'inconsistent system: should say there is no solution rather than give values')

# ===================== build =====================
def _val(v):
    if isinstance(v, sp.MatrixBase):
        return 'Matrix(%s)' % sstr(v.tolist())
    if isinstance(v, (list, tuple)):
        return '[' + ', '.join(_val(t) for t in v) + ']'
    if isinstance(v, dict):
        return '{' + ', '.join('%s: %s' % (sstr(a), _val(b)) for a, b in v.items()) + '}'
    return sstr(v)

def build():
    out = []
    for k, (cls, text, rest, amb, note) in enumerate(ITEMS, 1):
        if rest == 'refuse':
            expect, answers = 'refuse', []
        else:
            expect, answers = 'answer', []
            for part in rest.split(' ; '):
                r = eval(part, NS)
                task, typ, val = r
                answers.append({'task': task, 'type': typ, 'value': _val(val)})
        it = {'id': 'hv7-%03d' % k, 'text': text, 'class': cls, 'restatement': rest, 'expect': expect}
        if amb:
            it['ambiguous'] = True
        if note:
            it['note'] = note
        it['answers'] = answers
        out.append(it)
    return out

class _D(yaml.SafeDumper):
    pass
def _str(d, s):
    if '\n' in s:
        return d.represent_scalar('tag:yaml.org,2002:str', s, style='|')
    return d.represent_scalar('tag:yaml.org,2002:str', s)
_D.add_representer(str, _str)

if __name__ == '__main__':
    import os
    items = build()
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'parse_heldout_v7.yaml')
    with open(path, 'w', encoding='utf-8') as f:
        yaml.dump(items, f, Dumper=_D, allow_unicode=True, sort_keys=False, width=1000)
    from collections import Counter
    print(len(items), Counter(i['class'] for i in items))
    print('refuse', sum(i['expect'] == 'refuse' for i in items), 'ambiguous', sum(bool(i.get('ambiguous')) for i in items))
