"""Build held-out set v5: every expected answer is computed with SymPy by evaluating the
clean restatement (a small call language defined below)."""
import sympy as sp
import yaml
from sympy import Matrix, Rational, sqrt, exp, log, sin, cos, tan, tanh, acos, eye, pi, Max, atan, asin

SYMS = 'x y z t u v w a b c r s k n m p h i j e E l q x1 x2 x3 w1 w2 w0 b0 theta theta0 theta1 alpha beta'.split()
NS = {s: sp.Symbol(s) for s in SYMS}
X, Y, Z = NS['x'], NS['y'], NS['z']

def V(v):
    return Matrix(v) if not isinstance(v, Matrix) else v

def S(v):
    if isinstance(v, sp.MatrixBase):
        return 'Matrix(%s)' % sp.sstr(v.tolist())
    if isinstance(v, (list, tuple)):
        return '[' + ', '.join(S(a) for a in v) + ']'
    if isinstance(v, dict):
        return '{' + ', '.join('%s: %s' % (sp.sstr(k), S(a)) for k, a in v.items()) + '}'
    return sp.sstr(v)

_HYP = (sp.cosh, sp.sinh, sp.tanh, sp.coth, sp.sech, sp.csch)
def _simp(r):
    """simplify, but keep the input's function family (no cosh from exp, no sin(x + pi/4))."""
    if isinstance(r, sp.MatrixBase):
        return r.applyfunc(_simp)
    s = sp.simplify(r)
    bad = (s.has(*_HYP) and not r.has(sp.cosh, sp.sinh)) or (s.has(sp.pi) and not r.has(sp.pi))
    return r if bad else s

def R(v, d=6):
    return float(round(float(v), d))

def det(A): return ('det', 'number', S(sp.simplify(V(A).det())))
def inverse(A): return ('inverse', 'matrix', S(V(A).inv()))
def transpose(A): return ('transpose', 'matrix', S(V(A).T))
def multiply(A, B):
    r = V(A) * V(B)
    return ('multiply', 'vector' if r.shape[1] == 1 else 'matrix', S(r))
def add(A, B): return ('add', 'matrix', S(V(A) + V(B)))
def subtract(A, B): return ('subtract', 'matrix', S(V(A) - V(B)))
def matrix_expression(expr, **mats):
    env = {k: V(m) for k, m in mats.items()}
    n = list(env.values())[0].shape[0]
    env['I'] = eye(n)
    r = eval(expr, {'__builtins__': {}}, env)
    if isinstance(r, Matrix) and r.shape == (1, 1):
        return ('matrix_expression', 'number', S(r[0, 0]))
    return ('matrix_expression', 'matrix', S(r))
def rank(*vs):
    A = V(vs[0]) if len(vs) == 1 else Matrix([list(v) for v in vs])
    return ('rank', 'number', S(A.rank()))
def rref(A): return ('rref', 'matrix', S(V(A).rref()[0]))
def nullspace(A): return ('nullspace', 'vectors_up_to_scale', S(V(A).nullspace()))
def trace(A): return ('trace', 'number', S(V(A).trace()))
def _roots(A):
    lam = sp.Symbol('lambda')
    p = sp.Poly(V(A).charpoly(lam).as_expr(), lam)
    rts = p.all_roots() if all(c.is_rational for c in p.all_coeffs()) else sp.polys.polyroots.roots(p, multiple=True)
    if any(isinstance(r, sp.CRootOf) for r in rts):
        return [R(r.evalf(20)) for r in sorted(rts, key=lambda r: float(r.evalf()))]
    rts = [sp.nsimplify(sp.simplify(r)) if r.is_real else sp.simplify(r) for r in rts]
    return sorted(rts, key=lambda r: (float(sp.re(r.evalf())), float(sp.im(r.evalf()))))
def eigenvalues(A): return ('eigenvalues', 'multiset', S(_roots(A)))
def eigenvectors(A):
    vecs = []
    for val, mult, vs in V(A).eigenvects():
        vecs += [sp.simplify(v) for v in vs]
    return ('eigenvectors', 'vectors_up_to_scale', S(vecs))
def solve_system(eqs, vars):
    sol = sp.solve([sp.sympify(e, locals=NS) for e in eqs], vars, dict=True)
    return ('solve_system', 'points', S(sol))
def dot(u, v): return ('dot', 'number', S(V(u).dot(V(v))))
def cross(u, v): return ('cross', 'vector', S(V(u).cross(V(v))))
def distance(u, v): return ('distance', 'number', S(sp.sqrt(sum((a - b) ** 2 for a, b in zip(u, v)))))
def norm(v, p=2):
    if p == 1: r = sum(abs(a) for a in v)
    elif p == 'inf': r = max(abs(a) for a in v)
    else: r = sp.sqrt(sum(sp.sympify(a) ** 2 for a in v))
    return ('norm', 'number', S(sp.simplify(r)))
def angle(u, v):
    u, v = V(u), V(v)
    return ('angle', 'number', S(sp.simplify(acos(u.dot(v) / (u.norm() * v.norm())))))
def projection(u, v):
    u, v = V(u), V(v)
    return ('projection', 'vector', S(sp.simplify(u.dot(v) / v.dot(v) * v)))
def projection_span(u, *basis):
    B = Matrix.hstack(*[V(b) for b in basis]); u = V(u)
    return ('projection', 'vector', S(sp.simplify(B * (B.T * B).inv() * B.T * u)))
def scalar_projection(u, v):
    u, v = V(u), V(v)
    return ('scalar_projection', 'number', S(sp.simplify(u.dot(v) / v.norm())))
def gram_schmidt(*vs):
    return ('gram_schmidt', 'list', S([sp.simplify(q) for q in sp.GramSchmidt([V(a) for a in vs], True)]))
def _cov(pts, sample=False):
    P = Matrix(pts); N = P.shape[0]
    mu = Matrix([[sum(P[:, c]) / N for c in range(P.shape[1])]])
    D = P - Matrix.vstack(*[mu] * N)
    return D.T * D / (N - 1 if sample else N)
def mean(data):
    if not isinstance(data[0], (list, tuple)):
        return ('mean', 'number', S(Rational(sum(sp.nsimplify(d) for d in data), len(data))))
    P = Matrix(data); N = P.shape[0]
    return ('mean', 'vector', S(Matrix([sum(P[:, c]) / N for c in range(P.shape[1])])))
def variance(data, sample=False):
    d = [sp.nsimplify(a) for a in data]; N = len(d); mu = sum(d) / N
    return ('variance', 'number', S(sum((a - mu) ** 2 for a in d) / (N - 1 if sample else N)))
def covariance(pts, sample=False): return ('covariance', 'matrix', S(_cov(pts, sample)))
def pca(pts, what='directions'):
    C = _cov(pts)
    ev = C.eigenvects()
    ev.sort(key=lambda t: -float(t[0]))
    if what == 'variance':
        vals = []
        for val, mult, vs in ev: vals += [val] * mult
        return ('pca', 'multiset', S(sorted(vals, key=lambda a: float(a))))
    if what == 'ratio':
        tot = C.trace(); vals = []
        for val, mult, vs in ev: vals += [sp.nsimplify(val / tot)] * mult
        return ('pca', 'multiset', S(sorted(vals, key=lambda a: float(a))))
    vecs = []
    for val, mult, vs in ev: vecs += [sp.simplify(v) for v in vs]
    return ('pca', 'vectors_up_to_scale', S(vecs[:1] if what == 'first' else vecs))
def _f(f): return sp.sympify(f, locals=NS) if isinstance(f, str) else f
def derivative(f, var=None, at=None):
    f = _f(f); var = var if var is not None else (X if X in f.free_symbols or not f.free_symbols else list(f.free_symbols)[0])
    r = _simp(sp.diff(f, var))
    if at is not None: return ('derivative', 'number', S(sp.simplify(r.subs(var, at))))
    return ('derivative', 'expr', S(r))
def higher_derivative(f, var, n, at=None):
    f = _f(f); r = _simp(sp.diff(f, var, n))
    if at is not None: return ('higher_derivative', 'number', S(sp.simplify(r.subs(var, at))))
    return ('higher_derivative', 'expr', S(r))
def partial_derivative(f, *vars, at=None):
    f = _f(f); r = _simp(sp.diff(f, *vars))
    if at is not None: return ('partial_derivative', 'number', S(sp.simplify(r.subs(at))))
    return ('partial_derivative', 'expr', S(r))
def gradient(f, vars, at=None):
    f = _f(f); g = Matrix([_simp(sp.diff(f, a)) for a in vars])
    if at is not None: g = sp.simplify(g.subs(at))
    return ('gradient', 'vector', S(g))
def jacobian(fs, vars, at=None):
    J = Matrix([_f(a) for a in fs]).jacobian(vars)
    if at is not None: J = J.subs(at)
    return ('jacobian', 'matrix', S(_simp(J)))
def hessian(f, vars, at=None):
    H = sp.hessian(_f(f), vars)
    if at is not None: H = H.subs(at)
    return ('hessian', 'matrix', S(_simp(H)))
def taylor(f, var, x0, n):
    f = _f(f)
    r = sum(sp.diff(f, var, k).subs(var, x0) / sp.factorial(k) * (var - x0) ** k for k in range(n + 1))
    return ('taylor', 'expr', S(sp.expand(r) if x0 == 0 else r))
def taylor_terms(f, var, k):
    f = _f(f); terms = []; d = 0
    while len(terms) < k:
        c = sp.simplify(sp.diff(f, var, d).subs(var, 0) / sp.factorial(d))
        if c != 0: terms.append(c * var ** d)
        d += 1
    return ('taylor', 'expr', S(sum(terms)))
def critical_points(f, vars):
    f = _f(f)
    sol = sp.solve([sp.diff(f, a) for a in vars], vars, dict=True)
    sol = [s for s in sol if all(val.is_real for val in s.values())]
    return ('critical_points', 'points', S(sol))
def chain_rule(f, subs, tvar, at=None):
    f = _f(f); g = f.subs({k: _f(v) for k, v in subs.items()})
    r = _simp(sp.diff(g, tvar))
    if at is not None: return ('chain_rule', 'number', S(sp.simplify(r.subs(tvar, at))))
    return ('chain_rule', 'expr', S(r))
def newton(f, x0, steps, var=None):
    f = _f(f); var = var or X; df = sp.diff(f, var); xs = []; xv = sp.nsimplify(x0)
    for _ in range(steps):
        xv = sp.nsimplify(xv - f.subs(var, xv) / df.subs(var, xv)); xs.append(R(xv))
    return ('newton', 'list', S(xs))
def gradient_descent(f, vars, x0, lr, steps):
    f = _f(f); g = [sp.diff(f, a) for a in vars]; pt = [sp.nsimplify(a) for a in x0]; out = []; lr = sp.nsimplify(lr)
    for _ in range(steps):
        env = dict(zip(vars, pt))
        pt = [pt[k] - lr * g[k].subs(env) for k in range(len(vars))]
        out.append(R(pt[0]) if len(vars) == 1 else [R(a) for a in pt])
    return ('gradient_descent', 'list', S(out))
def loss_gradient(xs, ys, model, params, at, kind='mse'):
    m = _f(model); L = 0
    for xv, yv in zip(xs, ys):
        L += (m.subs(X, xv) - yv) ** 2
    if kind == 'mse': L = L / len(xs)
    if kind == 'half_sse': L = L / 2
    g = Matrix([sp.simplify(sp.diff(L, p).subs(at)) for p in params])
    return ('loss_gradient', 'vector', S(g))

ENV = dict(NS)
ENV.update({k: v for k, v in globals().items() if callable(v) and not k.startswith('_')})
ENV.update(dict(exp=exp, log=log, sin=sin, cos=cos, tan=tan, tanh=tanh, sqrt=sqrt, Rational=Rational, pi=pi, Max=Max, atan=atan, asin=asin))

ITEMS = []
def add_item(cls, text, rest, note='', amb=False):
    ITEMS.append((cls, text, rest, note, amb))
P = add_item

# ---------------- plain ----------------
P('plain', 'Find the determinant of [[3, 7], [1, 4]]', 'det([[3,7],[1,4]])')
P('plain', 'Compute the inverse of the matrix [[2, 5], [1, 3]].', 'inverse([[2,5],[1,3]])')
P('plain', 'What is the rank of the matrix [[1, 2, 3], [2, 4, 6], [1, 0, 1]]?', 'rank([[1,2,3],[2,4,6],[1,0,1]])')
P('plain', 'Find the eigenvalues of [[4, 1], [2, 3]]', 'eigenvalues([[4,1],[2,3]])')
P('plain', 'Let f(x) = 4*x**3 - 2*x**2 + 7*x - 1. What is the second derivative of f with respect to x?', "higher_derivative('4*x**3 - 2*x**2 + 7*x - 1', x, 2)")
P('plain', 'Find the trace of [[5, 2, 0], [1, -3, 4], [7, 8, 6]]', 'trace([[5,2,0],[1,-3,4],[7,8,6]])')
P('plain', 'Solve the system 3x + 2y = 12 and x - y = -1', "solve_system(['3*x + 2*y - 12', 'x - y + 1'], [x, y])")
P('plain', 'Compute the dot product of (2, -1, 4) and (3, 5, 1)', 'dot([2,-1,4],[3,5,1])')
P('plain', 'Find the gradient of f(x, y) = x^2 y + 3y^3', "gradient('x**2*y + 3*y**3', [x, y])")
P('plain', 'Find the reduced row echelon form of [[1, 2, -1], [2, 5, 1], [3, 7, 0]]', 'rref([[1,2,-1],[2,5,1],[3,7,0]])')
P('plain', 'Find the null space of [[1, 2, 3], [2, 4, 6]]', 'nullspace([[1,2,3],[2,4,6]])')
P('plain', 'Find the critical points of f(x, y) = x^2 + xy + y^2 - 3x', "critical_points('x**2 + x*y + y**2 - 3*x', [x, y])")
P('plain', 'Find the eigenvalues of the matrix [[2, 1, 1], [1, 3, 1], [1, 1, 4]]', 'eigenvalues([[2,1,1],[1,3,1],[1,1,4]])', 'harder: irreducible cubic, three real roots (numeric)')
P('plain', 'Differentiate sin(3x^2 + 1) with respect to x', "derivative('sin(3*x**2 + 1)', x)")
P('plain', 'What is the angle between the vectors (1, 0, 1) and (0, 1, 1)?', 'angle([1,0,1],[0,1,1])')
P('plain', 'Use two iterations of Newton-Raphson on f(x) = x^2 - 5 starting from x0 = 2', "newton('x**2 - 5', 2, 2)")
P('plain', 'Find the Jacobian of (x^2 y, x + sin y) with respect to x and y', "jacobian(['x**2*y', 'x + sin(y)'], [x, y])")
P('plain', 'Let g(t) = t**4 - 3*t**2 + t. Calculate the derivative of g(t) with respect to t.', "derivative('t**4 - 3*t**2 + t', t)")

# ---------------- words_dropped ----------------
P('words_dropped', 'd/dx of x squared times cos x', "derivative('x**2*cos(x)', x)")
P('words_dropped', 'differentiate x cubed minus 4x plus 9', "derivative('x**3 - 4*x + 9', x)")
P('words_dropped', 'derivative of e to the x times x squared', "derivative('exp(x)*x**2', x)")
P('words_dropped', 'derivative of e to the power 2x', "derivative('exp(2*x)', x)")
P('words_dropped', 'find A.T for A = [[1, 2, 3], [4, 5, 6]]', 'transpose([[1,2,3],[4,5,6]])')
P('words_dropped', "A = [[2, 0], [5, 1]], find A'", 'transpose([[2,0],[5,1]])', "A' read as transpose (not derivative)")
P('words_dropped', 'A^T of [[7, -1], [3, 2], [0, 4]]', 'transpose([[7,-1],[3,2],[0,4]])')
P('words_dropped', 'determinant and inverse of [[4, 7], [2, 6]]', 'det([[4,7],[2,6]]) && inverse([[4,7],[2,6]])')
P('words_dropped', 'trace and determinant of [[1, 2], [3, 8]]', 'trace([[1,2],[3,8]]) && det([[1,2],[3,8]])')
P('words_dropped', 'second derivative of x to the fourth plus 2x cubed', "higher_derivative('x**4 + 2*x**3', x, 2)")
P('words_dropped', 'derivative of square root of x plus x squared', "derivative('sqrt(x) + x**2', x)")
P('words_dropped', 'gradient of x squared plus y squared plus z squared at (1, 2, 3)', "gradient('x**2 + y**2 + z**2', [x, y, z], {x: 1, y: 2, z: 3})")
P('words_dropped', 'find eigenvalues and rank of [[2, 2], [1, 3]]', 'eigenvalues([[2,2],[1,3]]) && rank([[2,2],[1,3]])')
P('words_dropped', 'derivative of 5 x to the power 7', "derivative('5*x**7', x)")
P('words_dropped', 'A = [[1, 2], [3, 4]], B = [[0, 1], [1, 0]]. compute A times B transpose', 'matrix_expression("A*B.T", A=[[1,2],[3,4]], B=[[0,1],[1,0]])', 'read as A·(Bᵀ), not (AB)ᵀ', True)
P('words_dropped', 'differentiate one over x squared', "derivative('1/x**2', x)")

# ---------------- exp_ml ----------------
P('exp_ml', 'd/dx sigmoid 1/(1+e^-3x)', "derivative('1/(1 + exp(-3*x))', x)")
P('exp_ml', 'derivative of softplus log(1+e^x)', "derivative('log(1 + exp(x))', x)")
P('exp_ml', 'derivative of tanh(2x)', "derivative('tanh(2*x)', x)")
P('exp_ml', 'd/dx e^3x sin x', "derivative('exp(3*x)*sin(x)', x)", 'e^3x read as e^(3x)', True)
P('exp_ml', 'differentiate exp(-x^2/2)', "derivative('exp(-x**2/2)', x)")
P('exp_ml', 'second derivative of e^-2x', "higher_derivative('exp(-2*x)', x, 2)")
P('exp_ml', 'find derivative of relu(x) = max(0, x) at x = 3', "derivative('Max(0, x)', x, 3)")
P('exp_ml', 'sigmoid(x) = 1/(1+exp(-x)). find its derivative at x = 0', "derivative('1/(1 + exp(-x))', x, 0)")
P('exp_ml', 'd/dx log(x^2 + 1)', "derivative('log(x**2 + 1)', x)")
P('exp_ml', 'derivative of x*sigmoid(x) where sigmoid(x)=1/(1+e^(-x))', "derivative('x/(1 + exp(-x))', x)")
P('exp_ml', 'gradient of log(1 + exp(w1*x1 + w2*x2)) wrt w1 and w2', "gradient('log(1 + exp(w1*x1 + w2*x2))', [w1, w2])")
P('exp_ml', 'derivative of tanh(x)^2', "derivative('tanh(x)**2', x)")
P('exp_ml', 'maclaurin series of e^2x up to x^3', "taylor('exp(2*x)', x, 0, 3)", 'e^2x read as e^(2x)', True)
P('exp_ml', 'd/dx of log(sigmoid(x)), sigmoid = 1/(1+e^-x)', "derivative('log(1/(1 + exp(-x)))', x)")
P('exp_ml', 'partial derivative of exp(x*y) + y*log(x) wrt x', "partial_derivative('exp(x*y) + y*log(x)', x)")

# ---------------- superscript_unicode ----------------
P('superscript_unicode', '3rd derivative of x³ eˣ', "higher_derivative('x**3*exp(x)', x, 3)")
P('superscript_unicode', 'derivative of x⁻¹ + x²', "derivative('x**(-1) + x**2', x)")
P('superscript_unicode', 'A = [[1, 4], [2, 9]], find Aᵀ', 'transpose([[1,4],[2,9]])')
P('superscript_unicode', 'gradient of f = x₁² + 3x₁x₂ + x₂²', "gradient('x1**2 + 3*x1*x2 + x2**2', [x1, x2])")
P('superscript_unicode', 'd/dx √x · sin x', "derivative('sqrt(x)*sin(x)', x)")
P('superscript_unicode', 'differentiate ½x² − 3x', "derivative('x**2/2 - 3*x', x)")
P('superscript_unicode', 'd/dθ of sin²θ', "derivative('sin(theta)**2', theta)")
P('superscript_unicode', 'find ∂f/∂y for f = x²y³ + y', "partial_derivative('x**2*y**3 + y', y)")
P('superscript_unicode', 'hessian of x⁴ + y⁴ − 4xy', "hessian('x**4 + y**4 - 4*x*y', [x, y])")
P('superscript_unicode', 'A = [[2, 1], [1, 2]] then A² = ?', 'matrix_expression("A**2", A=[[2,1],[1,2]])')
P('superscript_unicode', 'second derivative of x⁵ − 2x³', "higher_derivative('x**5 - 2*x**3', x, 2)")
P('superscript_unicode', 'find ∂²f/∂x∂y, f = x³y² + eˣʸ', "partial_derivative('x**3*y**2 + exp(x*y)', x, y)")
P('superscript_unicode', 'norm of v = (½, ½, ½, ½)', 'norm([Rational(1,2)]*4)')
P('superscript_unicode', 'derivative of x^(3/2) + ∛x', "derivative('x**Rational(3,2) + x**Rational(1,3)', x)")

# ---------------- indexed_vars ----------------
P('indexed_vars', 'hessian of 2x1^2 - x1x2 + 4x2^2', "hessian('2*x1**2 - x1*x2 + 4*x2**2', [x1, x2])")
P('indexed_vars', 'gradient of x_1^2 + x_2^2 + x_3^2 - x_1 x_3', "gradient('x1**2 + x2**2 + x3**2 - x1*x3', [x1, x2, x3])")
P('indexed_vars', 'partial derivative of w1*x1 + w2*x2 + b wrt w2', "partial_derivative('w1*x1 + w2*x2 + b', w2)")
P('indexed_vars', 'h = theta0 + theta1 x. gradient of (h - 3)^2 wrt theta0, theta1', "gradient('(theta0 + theta1*x - 3)**2', [theta0, theta1])")
P('indexed_vars', 'critical points of x1^2 + x2^2 - 2x1 + 6x2', "critical_points('x1**2 + x2**2 - 2*x1 + 6*x2', [x1, x2])")
P('indexed_vars', 'find ∂f/∂x2 where f = x1^3 x2 + 5x2^2 - x1', "partial_derivative('x1**3*x2 + 5*x2**2 - x1', x2)")
P('indexed_vars', 'jacobian of [x1*x2, x1 + x2^2] wrt x1, x2', "jacobian(['x1*x2', 'x1 + x2**2'], [x1, x2])")
P('indexed_vars', 'hessian of f(x_1, x_2) = x_1^2 x_2 + x_2^3', "hessian('x1**2*x2 + x2**3', [x1, x2])")
P('indexed_vars', 'gradient of w0 + w1*x + w2*x^2 wrt w0, w1, w2', "gradient('w0 + w1*x + w2*x**2', [w0, w1, w2])")
P('indexed_vars', 'gradient of 3x1 + 2x2 - x3 + x1x2x3 at x1=1, x2=1, x3=2', "gradient('3*x1 + 2*x2 - x3 + x1*x2*x3', [x1, x2, x3], {x1: 1, x2: 1, x3: 2})")
P('indexed_vars', 'minimise f = (x1 - 2)^2 + (x2 + 1)^2, find critical point', "critical_points('(x1 - 2)**2 + (x2 + 1)**2', [x1, x2])")
P('indexed_vars', 'd/d theta1 of (theta0 + theta1*2 - 5)^2', "partial_derivative('(theta0 + 2*theta1 - 5)**2', theta1)")
P('indexed_vars', 'hessian of x₁³ + x₂³ − 3x₁x₂', "hessian('x1**3 + x2**3 - 3*x1*x2', [x1, x2])")

# ---------------- letter_vars ----------------
P('letter_vars', 'second derivative of 5*i**3 - 2*i + 8 wrt i', "higher_derivative('5*i**3 - 2*i + 8', i, 2)")
P('letter_vars', 'What is the derivative of 6*q**4 - q**2 + 3?', "derivative('6*q**4 - q**2 + 3', q)")
P('letter_vars', 'Let f(j) = 2*j**3 + 7*j. What is the derivative of f with respect to j?', "derivative('2*j**3 + 7*j', j)")
P('letter_vars', 'differentiate 3*l**5 - 4*l wrt l', "derivative('3*l**5 - 4*l', l)")
P('letter_vars', 'Find the third derivative of -e**4 + 9*e**2 - 2*e wrt e.', "higher_derivative('-e**4 + 9*e**2 - 2*e', e, 3)", 'e is the variable here (wrt e), not Euler number')
P('letter_vars', 'What is the second derivative of E**3 - 11*E wrt E?', "higher_derivative('E**3 - 11*E', E, 2)")
P('letter_vars', 'derivative of t^2 sin t', "derivative('t**2*sin(t)', t)")
P('letter_vars', 'Let u(k) = -k**3 + 4*k**2 - k. Find the first derivative of u(k) wrt k.', "derivative('-k**3 + 4*k**2 - k', k)")
P('letter_vars', 'Differentiate -8*i**2 + 3*i - 14 with respect to i.', "derivative('-8*i**2 + 3*i - 14', i)")
P('letter_vars', 'Calculate the derivative of 2*q**3*l - 5*q wrt q.', "partial_derivative('2*q**3*l - 5*q', q)")
P('letter_vars', 'Find the second derivative of 4*j**5 + j**2 wrt j.', "higher_derivative('4*j**5 + j**2', j, 2)")
P('letter_vars', 'partial derivative of i*j**2 + 3*i wrt j', "partial_derivative('i*j**2 + 3*i', j)")
P('letter_vars', 'Let v(r) = r**3 - 12*r. Find the critical points of v.', "critical_points('r**3 - 12*r', [r])")

# ---------------- multi_operand ----------------
P('multi_operand', 'rank of (1, 2, 1), (0, 1, 1), (1, 3, 2)', 'rank([1,2,1],[0,1,1],[1,3,2])')
P('multi_operand', 'A + A^T for A = [[1, 4], [0, 2]]', 'matrix_expression("A + A.T", A=[[1,4],[0,2]])')
P('multi_operand', 'compute 2A - 3I where A = [[3, 1], [2, 5]]', 'matrix_expression("2*A - 3*I", A=[[3,1],[2,5]])')
P('multi_operand', 'A^3 for A = [[1, 1], [0, 1]]', 'matrix_expression("A**3", A=[[1,1],[0,1]])')
P('multi_operand', 'A = [[1, 0], [2, 1]], B = [[3, 1], [0, 2]], C = [[1, 1], [1, 0]]. find ABC', 'matrix_expression("A*B*C", A=[[1,0],[2,1]], B=[[3,1],[0,2]], C=[[1,1],[1,0]])')
P('multi_operand', 'v = (1, 2), A = [[2, 1], [1, 3]]. compute vᵀAv', 'matrix_expression("v.T*A*v", A=[[2,1],[1,3]], v=[1,2])')
P('multi_operand', 'are (1, 0, 2), (2, 1, 0), (3, 1, 2) linearly independent? give the rank', 'rank([1,0,2],[2,1,0],[3,1,2])')
P('multi_operand', 'A squared plus 2A for A = [[0, 1], [-1, 2]]', 'matrix_expression("A**2 + 2*A", A=[[0,1],[-1,2]])')
P('multi_operand', 'find A A^T for A = [[1, 2, 0], [0, 1, 3]]', 'matrix_expression("A*A.T", A=[[1,2,0],[0,1,3]])')
P('multi_operand', 'gram schmidt on (1, 1, 0), (1, 0, 1), (0, 1, 1)', 'gram_schmidt([1,1,0],[1,0,1],[0,1,1])')
P('multi_operand', 'A = [[2, 0], [1, 1]], B = [[1, 3], [0, 1]]; compute A^2 - B^2', 'matrix_expression("A**2 - B**2", A=[[2,0],[1,1]], B=[[1,3],[0,1]])')
P('multi_operand', 'rank of the vectors (1, 1, 1, 1), (1, 2, 3, 4), (2, 3, 4, 5), (0, 1, 2, 3)', 'rank([1,1,1,1],[1,2,3,4],[2,3,4,5],[0,1,2,3])')
P('multi_operand', 'compute A^T A - 2I for A = [[1, 2], [3, 4]]', 'matrix_expression("A.T*A - 2*I", A=[[1,2],[3,4]])')
P('multi_operand', 'u = (1, 2, 3), v = (0, 1, 4), w = (2, 2, 1). find u + v - w dot (1,1,1)', 'dot([-1,1,6],[1,1,1])', 'read as (u + v - w)·(1,1,1); u + v - w = (-1, 1, 6)', True)

# ---------------- scope_words ----------------
P('scope_words', 'taylor series of cos x till the x^4 term', "taylor('cos(x)', x, 0, 4)")
P('scope_words', 'maclaurin series of sin x upto x^5', "taylor('sin(x)', x, 0, 5)")
P('scope_words', 'taylor polynomial of e^x up to order 4', "taylor('exp(x)', x, 0, 4)")
P('scope_words', 'first three non-zero terms of the maclaurin series of cos(2x)', "taylor_terms('cos(2*x)', x, 3)")
P('scope_words', 'taylor series of ln x about x = 1 up to order 3', "taylor('log(x)', x, 1, 3)")
P('scope_words', 'expand sqrt(1 + x) till x^2', "taylor('sqrt(1 + x)', x, 0, 2)")
P('scope_words', 'taylor of 1/(1-x) upto 4th order', "taylor('1/(1 - x)', x, 0, 4)")
P('scope_words', 'first two nonzero terms of tan x maclaurin', "taylor_terms('tan(x)', x, 2)")
P('scope_words', 'second order taylor approx of e^x about x = 2', "taylor('exp(x)', x, 2, 2)")
P('scope_words', 'linearise sin x around x = pi/2 (first order taylor)', "taylor('sin(x)', x, pi/2, 1)")
P('scope_words', 'maclaurin of log(1+x) till the cubic term', "taylor('log(1 + x)', x, 0, 3)")
P('scope_words', 'first 4 non zero terms of maclaurin series of e^x - e^-x', "taylor_terms('exp(x) - exp(-x)', x, 4)")
P('scope_words', 'taylor series of x^3 - 2x about x = 1 up to order 2', "taylor('x**3 - 2*x', x, 1, 2)")

# ---------------- norms_distances ----------------
P('norms_distances', '||u - v|| for u = (3, 1, 2), v = (1, -1, 1)', 'norm([2,2,1])', 'u - v = (2, 2, 1)')
P('norms_distances', 'distance between (2, 3) and (7, 15)', 'distance([2,3],[7,15])')
P('norms_distances', 'find |v| where v = (1, 2, 2, 4)', 'norm([1,2,2,4])')
P('norms_distances', 'L1 norm of (3, -4, 1)', 'norm([3,-4,1], 1)')
P('norms_distances', 'L2 norm of (3, -4, 12)', 'norm([3,-4,12])')
P('norms_distances', 'euclidean distance between points (1, 0, -1) and (4, 4, -1)', 'distance([1,0,-1],[4,4,-1])')
P('norms_distances', 'magnitude of the vector 2i + 3j - k', 'norm([2,3,-1])', 'i, j, k are unit vectors here')
P('norms_distances', 'modulus of r = [5, 12]', 'norm([5,12])')
P('norms_distances', 'how far apart are (0, 0, 0, 0) and (1, 1, 1, 1)', 'distance([0,0,0,0],[1,1,1,1])')
P('norms_distances', 'max norm (infinity norm) of (2, -7, 3)', "norm([2,-7,3], 'inf')")
P('norms_distances', 'length of u + v with u = (1, 2), v = (2, 2)', 'norm([3,4])')
P('norms_distances', '‖a − b‖ for a = (6, 2), b = (3, −2)', 'norm([3,4])')

# ---------------- cross_vs_dot ----------------
P('cross_vs_dot', 'cross product of (1, 2, 3) and (4, 5, 6)', 'cross([1,2,3],[4,5,6])')
P('cross_vs_dot', 'dot product of (1, 2, 3) and (4, 5, 6)', 'dot([1,2,3],[4,5,6])')
P('cross_vs_dot', 'u x v for u = (2, 0, -1), v = (1, 3, 2)', 'cross([2,0,-1],[1,3,2])', 'x here is the cross operator')
P('cross_vs_dot', 'a · b where a = (3, -2, 5), b = (1, 4, 2)', 'dot([3,-2,5],[1,4,2])')
P('cross_vs_dot', 'a × b, a = (0, 1, 1), b = (1, 0, 1)', 'cross([0,1,1],[1,0,1])')
P('cross_vs_dot', 'vector product of (2, 3, 1) and (1, -1, 2)', 'cross([2,3,1],[1,-1,2])')
P('cross_vs_dot', 'scalar product of (2, 3, 1) and (1, -1, 2)', 'dot([2,3,1],[1,-1,2])')
P('cross_vs_dot', 'inner product of [1, 0, 2, 3] and [2, 5, -1, 1]', 'dot([1,0,2,3],[2,5,-1,1])')
P('cross_vs_dot', 'find a vector perpendicular to both (1, 1, 0) and (0, 1, 1) using cross product', 'cross([1,1,0],[0,1,1])')
P('cross_vs_dot', 'np.cross([3, 0, 1], [1, 2, 0])', 'cross([3,0,1],[1,2,0])')
P('cross_vs_dot', 'np.dot([3, 0, 1], [1, 2, 0])', 'dot([3,0,1],[1,2,0])')

# ---------------- layout ----------------
P('layout', 'det | 5 1 ; 3 2 |', 'det([[5,1],[3,2]])')
P('layout', 'find |2 -1; 4 3|', 'det([[2,-1],[4,3]])', '|..; ..| with rows: determinant, not absolute value')
P('layout', 'covariance matrix of x: 1, 3, -2, 0 | y: 2, 0, 1, -1', 'covariance([[1,2],[3,0],[-2,1],[0,-1]])')
P('layout', 'mean of p1=(1,0), p2=(2,2), p3=(4,1), p4=(1,1)', 'mean([[1,0],[2,2],[4,1],[1,1]])')
P('layout', 'X = [[1, 2], [3, 1], [2, 3]] rows are samples, find the covariance matrix', 'covariance([[1,2],[3,1],[2,3]])')
P('layout', 'inverse of [1 2; 3 5]', 'inverse([[1,2],[3,5]])')
P('layout', 'eigenvalues of [2 0 0; 0 3 4; 0 4 9]', 'eigenvalues([[2,0,0],[0,3,4],[0,4,9]])')
P('layout', 'A = [1 2; 0 1; 1 0], v = column (1, 2). compute Av', 'multiply([[1,2],[0,1],[1,0]], [1,2])')
P('layout', 'data points (1,2), (2,4), (3,5), (4,5). what is the PCA first principal direction?', "pca([[1,2],[2,4],[3,5],[4,5]], 'first')")
P('layout', 'x: 2, 4, 6, 8 | y: 1, 3, 2, 6, find the mean vector', 'mean([[2,1],[4,3],[6,2],[8,6]])')
P('layout', '| 1 2 0 ; 0 1 3 ; 2 0 1 | = ?', 'det([[1,2,0],[0,1,3],[2,0,1]])')
P('layout', 'solve [2 1; 1 3] [x; y] = [5; 10]', "solve_system(['2*x + y - 5', 'x + 3*y - 10'], [x, y])")
P('layout', 'variance of the data 4, 8, 6, 2, 10', 'variance([4,8,6,2,10])')
P('layout', 'sample variance of 3, 5, 7, 9', 'variance([3,5,7,9], True)')
P('layout', 'samples: a=(2,1), b=(0,3), c=(4,5). explained variance of each principal component', "pca([[2,1],[0,3],[4,5]], 'variance')")

# ---------------- latex ----------------
P('latex', r'Find the determinant of $\begin{vmatrix} 3 & 2 \\ 1 & 4 \end{vmatrix}$', 'det([[3,2],[1,4]])')
P('latex', r'Compute the inverse of $A = \begin{pmatrix} 2 & 1 \\ 7 & 4 \end{pmatrix}$', 'inverse([[2,1],[7,4]])')
P('latex', r'Differentiate $f(x) = \frac{x^2}{1 + x}$', "derivative('x**2/(1 + x)', x)")
P('latex', r'Find $\mathbf{u} \cdot \mathbf{v}$ for $\mathbf{u} = (1, -2, 3)$ and $\mathbf{v} = (4, 0, -1)$', 'dot([1,-2,3],[4,0,-1])')
P('latex', r'Find $\nabla f$ where $f(x,y) = x^{2} y - \sin(y)$', "gradient('x**2*y - sin(y)', [x, y])")
P('latex', r'Compute $\frac{\partial f}{\partial y}$ for $f = x e^{xy}$', "partial_derivative('x*exp(x*y)', y)")
P('latex', r'$\frac{d}{dx}\left( \sqrt{x^{2} + 4} \right)$', "derivative('sqrt(x**2 + 4)', x)")
P('latex', r'Eigenvalues of $\begin{pmatrix} 1 & 2 \\ 2 & 1 \end{pmatrix}$ ?', 'eigenvalues([[1,2],[2,1]])')
P('latex', r'Find $\|\mathbf{v}\|$ for $\mathbf{v} = \begin{pmatrix} 2 \\ 3 \\ 6 \end{pmatrix}$', 'norm([2,3,6])')
P('latex', r'Let $f(x) = x^{3} \cdot \ln x$. Find $f''(x)$.', "higher_derivative('x**3*log(x)', x, 2)")
P('latex', r'Compute $\mathbf{a} \times \mathbf{b}$ with $\mathbf{a} = (1, 0, 2)$, $\mathbf{b} = (3, 1, 0)$', 'cross([1,0,2],[3,1,0])')
P('latex', r'Find the Hessian $\nabla^2 f$ of $f(x, y) = x^{3} + 2xy^{2}$', "hessian('x**3 + 2*x*y**2', [x, y])")
P('latex', r'Find the Taylor polynomial of $\frac{1}{1+x}$ about $x = 0$ up to $x^{3}$', "taylor('1/(1 + x)', x, 0, 3)")
P('latex', r'Find $\det\left(\begin{bmatrix} 1 & 2 & 3 \\ 0 & 4 & 5 \\ 1 & 0 & 6 \end{bmatrix}\right)$', 'det([[1,2,3],[0,4,5],[1,0,6]])')
P('latex', r'If $x = \cos t$, $y = \sin t$ and $f = x^{2} y$, find $\frac{df}{dt}$', "chain_rule('x**2*y', {x: 'cos(t)', y: 'sin(t)'}, t)")
P('latex', r'Project $\mathbf{u} = (3, 4)$ onto $\mathbf{v} = (1, 0)$', 'projection([3,4],[1,0])')

# ---------------- numpy ----------------
P('numpy', 'np.linalg.det(np.array([[2, 3], [1, 4]]))', 'det([[2,3],[1,4]])')
P('numpy', 'A = np.array([[1, 2], [3, 4]]); B = np.array([[0, 1], [1, 1]]); A @ B = ?', 'multiply([[1,2],[3,4]], [[0,1],[1,1]])')
P('numpy', 'np.linalg.inv([[3, 1], [5, 2]])', 'inverse([[3,1],[5,2]])')
P('numpy', 'what is A**2 in numpy for A = np.array([[1, 2], [3, 4]])', 'matrix_expression("A.multiply_elementwise(A)", A=[[1,2],[3,4]])', 'in NumPy A**2 is elementwise square, not the matrix product')
P('numpy', 'array([[1, 2],\n       [3, 4]])\nfind det of this', 'det([[1,2],[3,4]])')
P('numpy', 'np.linalg.eigvals(np.array([[5, 4], [1, 2]]))', 'eigenvalues([[5,4],[1,2]])')
P('numpy', 'A.T @ A where A = np.array([[1, 0], [2, 1], [0, 3]])', 'matrix_expression("A.T*A", A=[[1,0],[2,1],[0,3]])')
P('numpy', 'np.linalg.matrix_rank(np.array([[1, 1, 2], [2, 2, 4], [0, 1, 1]]))', 'rank([[1,1,2],[2,2,4],[0,1,1]])')
P('numpy', 'np.trace([[4, 1, 0], [2, 9, 1], [3, 3, -2]])', 'trace([[4,1,0],[2,9,1],[3,3,-2]])')
P('numpy', 'np.cov(X) for X = np.array([[1, 2, 3, 4], [2, 4, 5, 9]])', 'covariance([[1,2],[2,4],[3,5],[4,9]], True)', 'np.cov: rows are variables, N-1')
P('numpy', 'np.var([2, 4, 4, 4, 5, 5, 7, 9])', 'variance([2,4,4,4,5,5,7,9])')
P('numpy', 'np.linalg.norm([1, 4, 8])', 'norm([1,4,8])')
P('numpy', 'np.linalg.solve([[1, 2], [3, -1]], [8, 3])', "solve_system(['x + 2*y - 8', '3*x - y - 3'], [x, y])")
P('numpy', 'np.mean(np.array([[1, 2], [3, 6], [5, 1]]), axis=0)', 'mean([[1,2],[3,6],[5,1]])')
P('numpy', 'array([[2, 0, 0],\n       [0, 3, 1],\n       [0, 1, 3]])\neigenvalues of this?', 'eigenvalues([[2,0,0],[0,3,1],[0,1,3]])')

# ---------------- multiline ----------------
P('multiline', 'A =\n[[2, 1],\n [1, 2]]\nfind eigenvectors', 'eigenvectors([[2,1],[1,2]])')
P('multiline', 'A = [[3, 0, 1], [0, 2, 0], [1, 0, 3]]\nwhat are its eigenvalues', 'eigenvalues([[3,0,1],[0,2,0],[1,0,3]])')
P('multiline', 'data:\n1 2\n2 3\n3 7\n(rows are samples)\ncovariance matrix?', 'covariance([[1,2],[2,3],[3,7]])')
P('multiline', 'M =\n1 2 3\n0 1 4\n5 6 0\nfind inverse', 'inverse([[1,2,3],[0,1,4],[5,6,0]])')
P('multiline', 'f(x, y) = x^2 + 3xy - y^2\nfind the hessian', "hessian('x**2 + 3*x*y - y**2', [x, y])")
P('multiline', 'x + y + z = 6\n2x - y + z = 3\nx + 2y - z = 2\nsolve', "solve_system(['x + y + z - 6', '2*x - y + z - 3', 'x + 2*y - z - 2'], [x, y, z])")
P('multiline', 'u = (1, 2, 2)\nv = (2, 0, 1)\nangle between them', 'angle([1,2,2],[2,0,1])')
P('multiline', 'A = [[1, 2], [3, 4]]\nB = [[5, 6], [7, 8]]\nA + B', 'add([[1,2],[3,4]], [[5,6],[7,8]])')
P('multiline', 'A = [[6, 2], [1, 3]]\nB = [[2, 2], [1, 1]]\nA - B = ?', 'subtract([[6,2],[1,3]], [[2,2],[1,1]])')
P('multiline', 'f(x) = x^3 - 2x - 5\nx0 = 2\nnewton raphson 2 steps', "newton('x**3 - 2*x - 5', 2, 2)")
P('multiline', 'f(x,y) = x^2 + 2y^2\nstart (2, 1), learning rate 0.1\n2 steps of gradient descent', "gradient_descent('x**2 + 2*y**2', [x, y], [2, 1], Rational(1,10), 2)")
P('multiline', 'x = [1, 2, 3]\ny = [2, 4, 5]\nmodel y = w*x + b, MSE loss\ngradient wrt w and b at w = 0, b = 0', "loss_gradient([1,2,3], [2,4,5], 'w*x + b', [w, b], {w: 0, b: 0})")
P('multiline', 'A =\n4 -2\n1 1\neigenvalues and eigenvectors', 'eigenvalues([[4,-2],[1,1]]) && eigenvectors([[4,-2],[1,1]])')

# ---------------- hinglish ----------------
P('hinglish', 'A = [[2, 3], [1, 4]] ka determinant nikalo', 'det([[2,3],[1,4]])')
P('hinglish', 'x^2 sin x ka derivative batao', "derivative('x**2*sin(x)', x)")
P('hinglish', '[[3, 1], [0, 2]] iska eigen value kya hoga', 'eigenvalues([[3,1],[0,2]])')
P('hinglish', 'bhai [[1, 2], [2, 5]] ka inverse nikal do', 'inverse([[1,2],[2,5]])')
P('hinglish', 'yaar e^x cos x ka second derivative kya aayega', "higher_derivative('exp(x)*cos(x)', x, 2)")
P('hinglish', '(1, 2, 3) aur (2, -1, 1) ka cross product batao', 'cross([1,2,3],[2,-1,1])')
P('hinglish', 'f = x^2 y + y^3 ka gradient nikalna hai', "gradient('x**2*y + y**3', [x, y])")
P('hinglish', 'in points ka covariance matrix kya hoga: (1, 1), (2, 3), (3, 2)', 'covariance([[1,1],[2,3],[3,2]])')
P('hinglish', 'cos x ka taylor series x^4 tak likho', "taylor('cos(x)', x, 0, 4)")
P('hinglish', 'bhai ye system solve kar do: x + 2y = 7, 3x - y = 0', "solve_system(['x + 2*y - 7', '3*x - y'], [x, y])")
P('hinglish', '(3, 4) ka (1, 1) pe projection kitna hoga', 'projection([3,4],[1,1])', 'read as vector projection of (3,4) onto (1,1)', True)
P('hinglish', 'matrix [[1, 2, 1], [2, 4, 2], [1, 0, 1]] ki rank kya hai yaar', 'rank([[1,2,1],[2,4,2],[1,0,1]])')
P('hinglish', 'x^3 y^2 ka d/dy nikalo', "partial_derivative('x**3*y**2', y)")
P('hinglish', 'points (0, 0) aur (6, 8) ke beech ki distance kitni hai', 'distance([0,0],[6,8])')
P('hinglish', 'sigmoid 1/(1+e^-x) ka derivative x=0 pe kya hoga bhai', "derivative('1/(1 + exp(-x))', x, 0)")
P('hinglish', '[[4, 0], [0, 9]] ke eigenvectors bhi batao aur eigenvalues bhi', 'eigenvectors([[4,0],[0,9]]) && eigenvalues([[4,0],[0,9]])')

# ---------------- whatsapp ----------------
P('whatsapp', 'd/dx x2sinx', "derivative('x**2*sin(x)', x)", 'x2 read as x^2 (student shorthand)', True)
P('whatsapp', 'det of [[1,3],[2,8]] plz', 'det([[1,3],[2,8]])')
P('whatsapp', 'wat is inverse of [[2,1],[1,1]] ??', 'inverse([[2,1],[1,1]])')
P('whatsapp', 'eigenvalues 4 [[6,2],[2,3]] pls 🙏', 'eigenvalues([[6,2],[2,3]])')
P('whatsapp', 'diff x^3+5x^2-x pls', "derivative('x**3 + 5*x**2 - x', x)")
P('whatsapp', 'gradient of x^2+y^2-xy plz fast exam h', "gradient('x**2 + y**2 - x*y', [x, y])")
P('whatsapp', 'dot prod (1,2,3),(3,2,1)??', 'dot([1,2,3],[3,2,1])')
P('whatsapp', 'rank [[1,2],[2,4]] 😅', 'rank([[1,2],[2,4]])')
P('whatsapp', 'hessian x^3+y^3 pls', "hessian('x**3 + y**3', [x, y])")
P('whatsapp', 'taylor sinx upto x^3 plz', "taylor('sin(x)', x, 0, 3)")
P('whatsapp', 'norm of (2,3,6) ?? 🤔', 'norm([2,3,6])')
P('whatsapp', 'd/dx e^xsinx', "derivative('exp(x)*sin(x)', x)", 'e^xsinx read as e^x·sin x', True)
P('whatsapp', 'mean n var of 1,2,3,4,10 pls', 'mean([1,2,3,4,10]) && variance([1,2,3,4,10])')
P('whatsapp', 'cross (1,0,0) (0,1,0)', 'cross([1,0,0],[0,1,0])')
P('whatsapp', 'trace [[9,1],[4,-2]] wat', 'trace([[9,1],[4,-2]])')

# ---------------- trailing_chat ----------------
P('trailing_chat', 'derivative of 3x^4 - 2x + 1?', "derivative('3*x**4 - 2*x + 1', x)")
P('trailing_chat', 'det [[7, 2], [3, 1]] = ?', 'det([[7,2],[3,1]])')
P('trailing_chat', 'inverse of [[1, 1], [1, 2]] thanks', 'inverse([[1,1],[1,2]])')
P('trailing_chat', 'sir what is the rank of [[2, 4], [1, 2]]? thank you sir', 'rank([[2,4],[1,2]])')
P('trailing_chat', 'eigenvalues of [[1, 4], [1, 1]]?? thanks a lot', 'eigenvalues([[1,4],[1,1]])')
P('trailing_chat', 'd/dx (x^2 + 1)^5 = ?', "derivative('(x**2 + 1)**5', x)")
P('trailing_chat', 'good morning sir, gradient of xy + yz + zx please', "gradient('x*y + y*z + z*x', [x, y, z])")
P('trailing_chat', 'Let f(x) = 2*x**5 + x. What is the second derivative of f(x) wrt x? thx', "higher_derivative('2*x**5 + x', x, 2)")
P('trailing_chat', 'distance between (1, 2, 3) and (3, 2, 1) = ? ty', 'distance([1,2,3],[3,2,1])')
P('trailing_chat', 'angle between (1, 1) and (1, -1)? thanks in advance', 'angle([1,1],[1,-1])')
P('trailing_chat', 'hi! nullspace of [[1, 1], [2, 2]] pls. ok bye', 'nullspace([[1,1],[2,2]])')

# ---------------- juxtaposition ----------------
P('juxtaposition', 'derivative of 1/2x^2', "derivative('x**2/2', x)", 'most students mean (1/2)·x^2, not 1/(2x^2)', True)
P('juxtaposition', 'gradient of 2x y + y^2', "gradient('2*x*y + y**2', [x, y])")
P('juxtaposition', 'partial derivative of xy + yz wrt y', "partial_derivative('x*y + y*z', y)")
P('juxtaposition', 'derivative of sinx cosx', "derivative('sin(x)*cos(x)', x)")
P('juxtaposition', 'hessian of 3x^2y + xy^2', "hessian('3*x**2*y + x*y**2', [x, y])")
P('juxtaposition', 'gradient of ab + 2a - b^2 wrt a and b', "gradient('a*b + 2*a - b**2', [a, b])")
P('juxtaposition', 'd/dx 1/2x', "derivative('x/2', x)", 'read as (1/2)·x; the other reading 1/(2x) gives -1/(2x^2)', True)
P('juxtaposition', 'derivative of 4xe^x', "derivative('4*x*exp(x)', x)")
P('juxtaposition', 'partial of x^2yz wrt z', "partial_derivative('x**2*y*z', z)")
P('juxtaposition', 'd/dx xsinx', "derivative('x*sin(x)', x)")
P('juxtaposition', 'critical points of xy - x - y', "critical_points('x*y - x - y', [x, y])")
P('juxtaposition', 'derivative of 2sin3x', "derivative('2*sin(3*x)', x)")
P('juxtaposition', 'derivative of x/2 + 3/4x^4', "derivative('x/2 + Rational(3,4)*x**4', x)", 'read 3/4x^4 as (3/4)x^4', True)

# ---------------- multi_task ----------------
P('multi_task', 'det and inverse of [[3, 2], [5, 4]]', 'det([[3,2],[5,4]]) && inverse([[3,2],[5,4]])')
P('multi_task', 'eigenvalues and eigenvectors of [[2, 0], [1, 3]]', 'eigenvalues([[2,0],[1,3]]) && eigenvectors([[2,0],[1,3]])')
P('multi_task', 'mean and covariance of (1, 2), (3, 4), (5, 0)', 'mean([[1,2],[3,4],[5,0]]) && covariance([[1,2],[3,4],[5,0]])')
P('multi_task', 'gradient and hessian of x^2 y + y^3', "gradient('x**2*y + y**3', [x, y]) && hessian('x**2*y + y**3', [x, y])")
P('multi_task', 'Find the rank and the null space of [[1, 2, 1], [2, 4, 2], [0, 1, 1]]', 'rank([[1,2,1],[2,4,2],[0,1,1]]) && nullspace([[1,2,1],[2,4,2],[0,1,1]])')
P('multi_task', 'u = (1, 2, 0), v = (2, 1, 2). find u·v, u×v and the angle between them', 'dot([1,2,0],[2,1,2]) && cross([1,2,0],[2,1,2]) && angle([1,2,0],[2,1,2])')
P('multi_task', 'Let f(x) = x**4 - x**2. (a) What is the first derivative of f? (b) What is the second derivative? (c) Find the critical points.', "derivative('x**4 - x**2', x) && higher_derivative('x**4 - x**2', x, 2) && critical_points('x**4 - x**2', [x])")
P('multiline', 'Q1. det of [[1, 2], [3, 7]]\nQ2. derivative of x^3 ln x', "det([[1,2],[3,7]]) && derivative('x**3*log(x)', x)")
P('multi_task', 'trace, det and eigenvalues of [[5, 2], [2, 2]]', 'trace([[5,2],[2,2]]) && det([[5,2],[2,2]]) && eigenvalues([[5,2],[2,2]])')
P('multi_task', 'find the projection and scalar projection of (2, 3) onto (4, 0)', 'projection([2,3],[4,0]) && scalar_projection([2,3],[4,0])')
P('multi_task', 'transpose and inverse of [[1, 0, 2], [0, 1, 0], [0, 0, 1]]', 'transpose([[1,0,2],[0,1,0],[0,0,1]]) && inverse([[1,0,2],[0,1,0],[0,0,1]])')
P('multi_task', 'bhai 2 doubts: 1) [[2, 1], [1, 1]] ka det 2) d/dx tanh x', "det([[2,1],[1,1]]) && derivative('tanh(x)', x)")
P('multi_task', 'jacobian of (xy, x - y) and also its determinant', "jacobian(['x*y', 'x - y'], [x, y]) && det([[y, x], [1, -1]])", 'det of the Jacobian: -x - y')
P('multi_task', 'variance of 2, 4, 6 and also sample variance', 'variance([2,4,6]) && variance([2,4,6], True)')
P('multi_task', 'find dot product of (1, 1, 2), (2, 0, 1), then distance between them', 'dot([1,1,2],[2,0,1]) && distance([1,1,2],[2,0,1])')
P('multi_task', 'Let f(x, y) = x**2*y - 3*y. Find df/dx. Also find df/dy. Finally give the gradient at (1, 2).', "partial_derivative('x**2*y - 3*y', x) && partial_derivative('x**2*y - 3*y', y) && gradient('x**2*y - 3*y', [x, y], {x: 1, y: 2})")

# ---------------- more calculus / optimisation / stats in various classes ----------------
P('plain', 'If f(x, y) = x^2 + y^2 with x = t^2 and y = 2t, find df/dt using the chain rule', "chain_rule('x**2 + y**2', {x: 't**2', y: '2*t'}, t)")
P('plain', 'Perform 3 steps of gradient descent on f(x) = x^2 - 4x starting at x = 0 with learning rate 0.25', "gradient_descent('x**2 - 4*x', [x], [0], Rational(1,4), 3)")
P('plain', 'Apply Gram-Schmidt to (3, 4) and (1, 0)', 'gram_schmidt([3,4],[1,0])')
P('plain', 'Find the scalar projection of (1, 2, 3) onto (0, 3, 4)', 'scalar_projection([1,2,3],[0,3,4])')
P('plain', 'Find the orthogonal projection of (1, 2, 3) onto the span of (1, 0, 0) and (0, 1, 1)', 'projection_span([1,2,3],[1,0,0],[0,1,1])')
P('plain', 'For data x = (0, 1, 2), y = (1, 3, 7) and model y = m*x + c, find the gradient of the sum of squared errors with respect to m and c at m = 1, c = 0', "loss_gradient([0,1,2], [1,3,7], 'm*x + c', [m, c], {m: 1, c: 0}, 'sse')")
P('plain', 'Find the eigenvectors of [[1, 1, 0], [0, 2, 0], [0, 0, 3]]', 'eigenvectors([[1,1,0],[0,2,0],[0,0,3]])')
P('plain', 'Find the eigenvalues of [[0, 1, 0], [0, 0, 1], [1, 2, 0]]', 'eigenvalues([[0,1,0],[0,0,1],[1,2,0]])', 'harder: cubic l^3 - 2l - 1 = (l+1)(l^2-l-1)')
P('plain', 'Find the explained variance ratio of each principal component for points (0, 0), (2, 0), (0, 2), (2, 2)', "pca([[0,0],[2,0],[0,2],[2,2]], 'ratio')")
P('plain', 'Calculate the derivative of sin(cos(x^2)) with respect to x', "derivative('sin(cos(x**2))', x)", 'composite function')
P('plain', 'Find the Hessian of f(x, y, z) = x^2 y + y z^2 - 2xz', "hessian('x**2*y + y*z**2 - 2*x*z', [x, y, z])")
P('plain', 'Find the determinant of the 4x4 matrix [[1, 0, 2, 1], [0, 3, 1, 0], [2, 1, 0, 1], [1, 0, 1, 2]]', 'det([[1,0,2,1],[0,3,1,0],[2,1,0,1],[1,0,1,2]])')
P('plain', 'Find the inverse of [[1, 2, 0], [0, 1, 1], [1, 0, 3]]', 'inverse([[1,2,0],[0,1,1],[1,0,3]])')
P('hinglish', 'x = t^2, y = sin t aur f = x*y hai, df/dt nikalo chain rule se', "chain_rule('x*y', {x: 't**2', y: 'sin(t)'}, t)")
P('hinglish', 'f(x) = x^2 - 2 pe newton raphson lagao x0 = 1 se, 3 iterations', "newton('x**2 - 2', 1, 3)")
P('whatsapp', 'gd on f=x^2 lr 0.1 x0=5 2 steps?', "gradient_descent('x**2', [x], [5], Rational(1,10), 2)")
P('latex', r'Find the Jacobian matrix $J$ of $\mathbf{f}(x, y) = \begin{pmatrix} x^{2} + y \\ xy \end{pmatrix}$', "jacobian(['x**2 + y', 'x*y'], [x, y])")
P('numpy', 'A = np.array([[1, 1], [0, 2]]); x = np.array([3, 4]); A @ x', 'multiply([[1,1],[0,2]], [3,4])')
P('layout', 'column vectors\n[1]   [2]\n[2]   [0]\n[2]   [1]\nfind the dot product', 'dot([1,2,2],[2,0,1])')
P('superscript_unicode', 'eigenvalues of [[4, 1, 2], [1, 3, 0], [2, 0, 5]]', 'eigenvalues([[4,1,2],[1,3,0],[2,0,5]])', 'harder: irreducible cubic with three real roots (numeric)')
P('indexed_vars', 'loss L = (w1*x1 + w2*x2 - y)^2 with x1 = 1, x2 = 2, y = 3. find dL/dw1 and dL/dw2 at w1 = w2 = 0', "gradient('(w1*1 + w2*2 - 3)**2', [w1, w2], {w1: 0, w2: 0})")
P('letter_vars', 'Find the derivative of 3*t**2*exp(t) with respect to t', "derivative('3*t**2*exp(t)', t)")
P('exp_ml', 'loss = -log(sigmoid(w)) where sigmoid(w) = 1/(1+e^-w). dloss/dw at w = 0?', "derivative('-log(1/(1 + exp(-w)))', w, 0)")
P('scope_words', 'taylor expansion of x e^x about 0 till x^3', "taylor('x*exp(x)', x, 0, 3)")
P('norms_distances', 'unit vector in direction of (3, 0, 4): first find its norm', 'norm([3,0,4])')
P('multi_operand', 'A = [[1, 2], [0, 1]], find A^4', 'matrix_expression("A**4", A=[[1,2],[0,1]])')

# ---------------- refuse ----------------
R_ = lambda text, note: P('refuse', text, 'refuse', note)
R_('integrate x^2 sin x dx', 'integration is out of scope')
R_('limit of sin x / x as x tends to 0', 'limits are out of scope')
R_('solve the differential equation dy/dx = 3y', 'differential equations are out of scope')
R_('find the inverse', 'incomplete: no matrix given')
R_('cross product of (1, 2) and (3, 4)', 'impossible: cross product needs 3-D vectors')
R_('det of [[1, 2, 3], [4, 5, 6]]', 'impossible: determinant of a non-square (2x3) matrix')
R_('bhai kal exam hai, kya padhu?', 'no problem in the message')
R_('explain what an eigenvector is', 'concept explanation without numbers is out of scope')
R_('prove that the determinant of AB equals det A times det B', 'proofs are out of scope')
R_('asdf qwer zxcv ??', 'nonsense')
R_('P(X = 2) for binomial n = 5, p = 0.3', 'probability distributions are out of scope')
R_('find the eigenvalues of A', 'incomplete: A not given')
R_('thanks sir 🙏', 'no problem in the message')
R_('inverse of [[1, 2], [2, 4]]', 'impossible: singular matrix (det 0) has no inverse')
R_('multiply [[1, 2, 3], [4, 5, 6]] by [[1, 2], [3, 4]]', 'impossible: 2x3 times 2x2 dimensions do not match')
R_('add [[1, 2], [3, 4]] and [[1, 2, 3], [4, 5, 6]]', 'impossible: shapes 2x2 and 2x3 cannot be added')
R_('dot product of (1, 2, 3) and (4, 5)', 'impossible: vectors of different lengths')
R_('∫ e^x dx from 0 to 1 = ?', 'definite integral is out of scope')
R_('what is the derivative of', 'incomplete: no function')
R_('write a python code for linear regression using sklearn', 'coding request, out of scope')
R_('taylor series up to x^3', 'incomplete: no function')
R_('hello bot', 'no problem in the message')
R_('np.linalg.det(np.array([[1, 2], [3, 4], [5, 6]]))', 'impossible: determinant of a non-square 3x2 matrix')
R_('angle between (0, 0, 0) and (1, 2, 3)', 'impossible: angle with the zero vector is undefined')
R_('who will win the ipl this year', 'off-topic')
R_('lim x->inf (1 + 1/x)^x batao', 'limit, out of scope')
R_('solve x^5 + x + 1 = 0 for all complex roots and plot them', 'polynomial root plotting, out of scope (not a linear system)')

def main():
    out = []
    for k, (cls, text, rest, note, amb) in enumerate(ITEMS, 1):
        if rest == 'refuse':
            ans, expect = [], 'refuse'
        else:
            ans = []
            for part in rest.split(' && '):
                task, typ, val = eval(part, {'__builtins__': {}}, ENV)
                ans.append({'task': task, 'type': typ, 'value': val})
            expect = 'answer'
        out.append({'id': 'hv5-%03d' % k, 'text': text, 'class': cls, 'restatement': rest,
                    'expect': expect, 'ambiguous': bool(amb), 'note': note, 'answers': ans})
    class D(yaml.SafeDumper): pass
    def sp_(dumper, s):
        return dumper.represent_scalar('tag:yaml.org,2002:str', s, style='|' if '\n' in s else None)
    D.add_representer(str, sp_)
    with open('/work/heldout_v5/parse_heldout_v5.yaml', 'w') as f:
        yaml.dump(out, f, Dumper=D, sort_keys=False, allow_unicode=True, width=1000)
    from collections import Counter
    c = Counter(o['class'] for o in out)
    print(len(out), dict(c))
    print('refuse', sum(o['expect'] == 'refuse' for o in out), 'ambiguous', sum(o['ambiguous'] for o in out))

if __name__ == '__main__':
    main()
