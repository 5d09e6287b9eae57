"""Held-out set v12 for MML Tutor's input reader. Every expected answer is computed with SymPy
from the clean restatement (a call expression evaluated against the helpers below)."""
import string, yaml, sympy as sp
from sympy.parsing.sympy_parser import parse_expr

LOC = {c: sp.Symbol(c) for c in string.ascii_letters}
LOC.update(exp=sp.exp, log=sp.log, sin=sp.sin, cos=sp.cos, tan=sp.tan, sqrt=sp.sqrt,
           tanh=sp.tanh, pi=sp.pi, Max=sp.Max, Rational=sp.Rational, acos=sp.acos)

def P(s):
    if isinstance(s, sp.Basic): return s
    if isinstance(s, float): return sp.nsimplify(s)
    if isinstance(s, int): return sp.Integer(s)
    return parse_expr(str(s), local_dict=LOC)
def S(v): return P(v) if isinstance(v, sp.Symbol) else sp.Symbol(v) if isinstance(v, str) else v
def Mx(m):
    if isinstance(m, sp.MatrixBase): return sp.Matrix(m)
    return sp.Matrix([[P(a) for a in row] for row in m])
def cv(v):
    if isinstance(v, sp.MatrixBase): return sp.Matrix(v)
    return sp.Matrix([P(a) for a in v])
def _s(v):
    if isinstance(v, sp.MatrixBase): return 'Matrix(' + sp.sstr(v.tolist()) + ')'
    if isinstance(v, (list, tuple)): return '[' + ', '.join(_s(a) for a in v) + ']'
    return sp.sstr(v)
def out(task, typ, val): return {'task': task, 'type': typ, 'value': _s(val)}
def key(v):
    n = complex(sp.N(v)); return (n.real, n.imag)

def det(m): return out('det', 'number', sp.simplify(Mx(m).det()))
def inverse(m): return out('inverse', 'matrix', Mx(m).inv())
def transpose(m): return out('transpose', 'matrix', Mx(m).T)
def mm(a, b): return Mx(a) * (Mx(b) if isinstance(b[0], (list, tuple)) else cv(b))
def multiply(a, b):
    r = mm(a, b); return out('multiply', 'vector' if r.shape[1] == 1 and not isinstance(b[0], (list, tuple)) else 'matrix', r)
def add(*ms):
    r = Mx(ms[0])
    for m in ms[1:]: r = r + Mx(m)
    return out('add', 'matrix', r)
def subtract(a, b): return out('subtract', 'matrix', Mx(a) - Mx(b))
def matrix_expression(expr, **mats):
    ns = {k: (Mx(v) if isinstance(v[0], (list, tuple)) else cv(v)) for k, v in mats.items()}
    n = [m.shape[0] for m in ns.values() if m.shape[0] == m.shape[1]]
    if n: ns['I'] = sp.eye(n[0])
    r = eval(expr, {}, ns)
    if r.shape == (1, 1): return out('matrix_expression', 'number', r[0, 0])
    return out('matrix_expression', 'matrix', r)
def ew_pow(m, k): return out('matrix_expression', 'matrix', Mx(m).applyfunc(lambda a: a**k))
def rank(m): return out('rank', 'number', Mx(m).rank())
def rref(m): return out('rref', 'matrix', Mx(m).rref()[0])
def nullspace(m): return out('nullspace', 'vectors_up_to_scale', Mx(m).nullspace())
def trace(m): return out('trace', 'number', Mx(m).trace())
def _eigs(A):
    lam = sp.Symbol('x'); p = A.charpoly(lam).as_expr(); res = []
    for f, mult in sp.factor_list(p)[1]:
        d = sp.degree(f, lam)
        if d >= 3: rs = [sp.CRootOf(f, k) for k in range(d)]
        else: rs = [r for r, k in sp.roots(f, lam).items() for _ in range(k)]
        res += rs * mult
    return sorted(res, key=key)
def eigenvalues(m): return out('eigenvalues', 'multiset', _eigs(Mx(m)))
def eigenvectors(m):
    A = Mx(m); vs = []
    for val, mult, basis in sorted(A.eigenvects(), key=lambda t: key(t[0])): vs += basis
    return out('eigenvectors', 'vectors_up_to_scale', vs)
def solve_system(eqs, vars):
    ex = [P(e.split('=')[0]) - P(e.split('=')[1]) for e in eqs]
    return out('solve_system', 'points', sp.solve(ex, [S(v) for v in vars], dict=True))
def solve_mat(A, b): return out('solve_system', 'vector', Mx(A).LUsolve(cv(b)))
def dot(u, v): return out('dot', 'number', cv(u).dot(cv(v)))
def cross(u, v): return out('cross', 'vector', cv(u).cross(cv(v)))
def _pn(v, p):
    v = cv(v)
    if p == 'inf': return max(abs(a) for a in v)
    return sp.nsimplify(sum(abs(a)**p for a in v)**sp.Rational(1, p))
def distance(p, q, pn=2): return out('distance', 'number', sp.simplify(_pn(cv(p) - cv(q), pn)))
def sqdistance(p, q): return out('distance', 'number', (cv(p) - cv(q)).dot(cv(p) - cv(q)))
def norm(v, p=2): return out('norm', 'number', sp.simplify(_pn(v, p)))
def sub(u, v): return cv(u) - cv(v)
def lin(a, u, b, v): return a * cv(u) + b * cv(v)
def angle(u, v):
    u, v = cv(u), cv(v); return out('angle', 'number', sp.simplify(sp.acos(u.dot(v) / (u.norm() * v.norm()))))
def projection(u, v):
    u, v = cv(u), cv(v); return out('projection', 'vector', (u.dot(v) / v.dot(v)) * v)
def proj_span(u, basis):
    A = sp.Matrix.hstack(*[cv(b) for b in basis]); return out('projection', 'vector', sp.simplify(A * (A.T * A).inv() * A.T * cv(u)))
def scalar_projection(u, v): u, v = cv(u), cv(v); return out('scalar_projection', 'number', sp.simplify(u.dot(v) / v.norm()))
def gram_schmidt(*vs): return out('gram_schmidt', 'list', [sp.simplify(w) for w in sp.GramSchmidt([cv(v) for v in vs], True)])
def _data(data, rowvar=False):
    X = Mx(data)
    return X.T if rowvar else X
def _cov(X, sample):
    n = X.shape[0]; mu = sp.Matrix([[sum(X[:, j]) / n for j in range(X.shape[1])]])
    D = X - sp.ones(n, 1) * mu
    return D.T * D / (n - 1 if sample else n)
def covariance(data, sample=False, rowvar=False): return out('covariance', 'matrix', _cov(_data(data, rowvar), sample))
def mean(data):
    if not isinstance(data[0], (list, tuple)): return out('mean', 'number', sum(P(a) for a in data) / len(data))
    X = Mx(data); return out('mean', 'vector', sp.Matrix([sum(X[:, j]) / X.shape[0] for j in range(X.shape[1])]))
def variance(data, sample=False):
    xs = [P(a) for a in data]; mu = sum(xs) / len(xs)
    return out('variance', 'number', sum((a - mu)**2 for a in xs) / (len(xs) - 1 if sample else len(xs)))
def _pca(data):
    C = _cov(Mx(data), False)
    return sorted(C.eigenvects(), key=lambda t: -sp.N(t[0]))
def pca(data):
    vs = []
    for val, mult, basis in _pca(data): vs += basis
    return out('pca', 'vectors_up_to_scale', vs)
def pca_ratio(data):
    ev = [val for val, mult, basis in _pca(data) for _ in range(mult)]; tot = sum(ev)
    return out('pca', 'list', [sp.nsimplify(v / tot) for v in ev])
def derivative(f, x='x', at=None):
    d = sp.diff(P(f), S(x))
    return out('derivative', 'number', d.subs(S(x), P(at))) if at is not None else out('derivative', 'expr', d)
def higher_derivative(f, n, x='x'): return out('higher_derivative', 'expr', sp.diff(P(f), S(x), n))
def partial_derivative(f, v):
    vs = v if isinstance(v, list) else [v]; d = P(f)
    for w in vs: d = sp.diff(d, S(w))
    return out('partial_derivative', 'expr', d)
def gradient(f, vars='xy', at=None):
    g = sp.Matrix([sp.diff(P(f), S(v)) for v in vars])
    if at is not None: g = g.subs(dict(zip([S(v) for v in vars], [P(a) for a in at])))
    return out('gradient', 'vector', g)
def jacobian(F, vars='xy'): return out('jacobian', 'matrix', sp.Matrix([P(f) for f in F]).jacobian([S(v) for v in vars]))
def jacdet(F, vars='xy'): return out('det', 'number', sp.factor(sp.Matrix([P(f) for f in F]).jacobian([S(v) for v in vars]).det()))
def hessian(f, vars='xy'): return out('hessian', 'matrix', sp.hessian(P(f), [S(v) for v in vars]))
def taylor(f, n, x='x', x0=0): return out('taylor', 'expr', sp.series(P(f), S(x), P(x0), n + 1).removeO())
def taylor_nz(f, k, x='x'):
    x = S(x); n = k + 2
    while True:
        s = sp.expand(sp.series(P(f), x, 0, n).removeO())
        terms = sorted(sp.Add.make_args(s), key=lambda t: sp.degree(t, x))
        if len(terms) >= k and n > sp.degree(terms[k - 1], x) + 1: return out('taylor', 'expr', sp.Add(*terms[:k]))
        n += 2
def critical_points(f, vars='xy'):
    vs = [S(v) for v in vars]; sol = sp.solve([sp.diff(P(f), v) for v in vs], vs, dict=True)
    sol = [s for s in sol if all(sp.im(sp.N(val)) == 0 for val in s.values())]
    return out('critical_points', 'points', sol)
def chain_rule(f, subs, t='t'):
    g = P(f).subs({S(k): P(v) for k, v in subs.items()}); return out('chain_rule', 'expr', sp.diff(g, S(t)))
def newton(f, x0, n, x='x'):
    x = S(x); f = P(f); d = sp.diff(f, x); xs = []; c = P(x0)
    for _ in range(n):
        c = c - f.subs(x, c) / d.subs(x, c); xs.append(round(float(c), 4))
    return out('newton', 'list', xs)
def gradient_descent(f, vars, x0, lr, n):
    vs = [S(v) for v in vars]; f = P(f); g = [sp.diff(f, v) for v in vs]
    c = [P(a) for a in x0]; lr = P(lr); its = []
    for _ in range(n):
        sub_ = dict(zip(vs, c)); c = [ci - lr * gi.subs(sub_) for ci, gi in zip(c, g)]
        its.append([round(float(a), 4) for a in c] if len(vs) > 1 else round(float(c[0]), 4))
    return out('gradient_descent', 'list', its)
def loss_gradient(model, xs, ys, params, at=None, kind='mse', x='x'):
    m = P(model); L = sum((m.subs(S(x), P(a)) - P(b))**2 for a, b in zip(xs, ys))
    if kind == 'mse': L = L / len(xs)
    if kind == 'half_sse': L = L / 2
    g = sp.Matrix([sp.diff(L, S(p)) for p in params])
    if at is not None: g = g.subs({S(p): P(a) for p, a in zip(params, at)})
    return out('loss_gradient', 'vector', sp.expand(g))

ITEMS = []
def X(text, cls, rest, amb=False, note=''):
    ITEMS.append(dict(text=text, cls=cls, rest=rest, expect='answer', amb=amb, note=note))
def R(text, cls, note):
    ITEMS.append(dict(text=text, cls=cls, rest='refuse: ' + note, expect='refuse', amb=False, note=note))

# ---------------- plain ----------------
X("Find the determinant of [[3, -1], [5, 2]]", 'plain', "det([[3,-1],[5,2]])")
X("Compute the inverse of the matrix [[4, 7], [2, 6]].", 'plain', "inverse([[4,7],[2,6]])")
X("What is the rank of [[1, 2, 3], [2, 4, 6], [1, 0, 1]]?", 'plain', "rank([[1,2,3],[2,4,6],[1,0,1]])")
X("Find the eigenvalues of [[2, 0, 0], [0, 3, 4], [0, 4, 9]]", 'plain', "eigenvalues([[2,0,0],[0,3,4],[0,4,9]])")
X("Find the trace of [[5, 1, 2], [0, -3, 7], [4, 4, 8]]", 'plain', "trace([[5,1,2],[0,-3,7],[4,4,8]])")
X("Differentiate f(x) = x^3 - 4x + 7 with respect to x", 'plain', "derivative('x**3-4*x+7')")
X("Find the gradient of f(x, y) = x^2 y + 3y^3", 'plain', "gradient('x**2*y+3*y**3')")
X("Solve the system 2x + 3y = 7 and x - y = 1", 'plain', "solve_system(['2*x+3*y=7','x-y=1'],'xy')")
X("Find the dot product of (1, -2, 4) and (3, 0, 5)", 'plain', "dot([1,-2,4],[3,0,5])")
X("Find the reduced row echelon form of [[1, 2, -1], [2, 4, 1], [3, 6, 0]]", 'plain', "rref([[1,2,-1],[2,4,1],[3,6,0]])")
X("Find the null space of [[1, 2], [2, 4]]", 'plain', "nullspace([[1,2],[2,4]])")
X("Compute the Hessian of f(x, y) = x^3 + 2xy^2 - y", 'plain', "hessian('x**3+2*x*y**2-y')")
X("Find the critical points of f(x, y) = x^2 + y^2 - 4x + 6y", 'plain', "critical_points('x**2+y**2-4*x+6*y')")
X("Find the angle between u = (1, 0) and v = (1, 1)", 'plain', "angle([1,0],[1,1])")
X("Project u = (3, 4) onto v = (1, 0).", 'plain', "projection([3,4],[1,0])")
X("Find the scalar projection of a = (2, 3, 6) onto b = (1, 2, 2)", 'plain', "scalar_projection([2,3,6],[1,2,2])")
X("Use Gram-Schmidt to find an orthonormal basis for the span of (1, 1, 0) and (1, 0, 1)", 'plain', "gram_schmidt([1,1,0],[1,0,1])")
X("Find the Jacobian of F(x, y) = (x^2 y, x + sin y)", 'plain', "jacobian(['x**2*y','x+sin(y)'])")
X("Good evening. In today's lecture the professor multiplied two matrices and I want to verify it. Multiply A = [[1, 2], [3, 4]] by B = [[0, 1], [1, 0]], in that order (AB).", 'plain', "multiply([[1,2],[3,4]],[[0,1],[1,0]])")
X("Find the eigenvalues of the symmetric matrix [[2, 1, 0], [1, 2, 1], [0, 1, 2]]", 'plain', "eigenvalues([[2,1,0],[1,2,1],[0,1,2]])")
X("Find the eigenvalues of [[2, 1, 1], [1, 3, 0], [1, 0, 5]]", 'plain', "eigenvalues([[2,1,1],[1,3,0],[1,0,5]])", note='irreducible cubic with three real roots; exact values as CRootOf')

# ---------------- words_dropped ----------------
X("d/dx x squared plus 3x", 'words_dropped', "derivative('x**2+3*x')")
X("derivative of x cubed minus 5x squared + 2", 'words_dropped', "derivative('x**3-5*x**2+2')")
X("differentiate e to the x times x squared", 'words_dropped', "derivative('exp(x)*x**2')")
X("det and inverse of [[2, 5], [1, 3]]", 'words_dropped', "det([[2,5],[1,3]]) ; inverse([[2,5],[1,3]])")
X("A = [[1, 4], [2, 0]], find A.T", 'words_dropped', "transpose([[1,4],[2,0]])")
X("find A' where A = [[3, 1, 0], [2, 5, 7]]", 'words_dropped', "transpose([[3,1,0],[2,5,7]])", note="A' is the transpose (MATLAB notation)")
X("A^T for A = [[1,2,3],[4,5,6],[7,8,9]]", 'words_dropped', "transpose([[1,2,3],[4,5,6],[7,8,9]])")
X("rank and trace of [[1, 2], [3, 6]]", 'words_dropped', "rank([[1,2],[3,6]]) ; trace([[1,2],[3,6]])")
X("x to the power 4 minus x cubed, differentiate twice", 'words_dropped', "higher_derivative('x**4-x**3',2)")
X("second derivative of e to the minus x times cos x", 'words_dropped', "higher_derivative('exp(-x)*cos(x)',2)")
X("derivative of square root of x plus 1 over x", 'words_dropped', "derivative('sqrt(x)+1/x')", amb=True, note='read as sqrt(x) + 1/x; other readings sqrt(x+1)/x or sqrt(x + 1/x)')
X("eigen values and vectors of [[4, 1], [2, 3]]", 'words_dropped', "eigenvalues([[4,1],[2,3]]) ; eigenvectors([[4,1],[2,3]])")
X("mean and variance of 2, 4, 4, 4, 5, 5, 7, 9", 'words_dropped', "mean([2,4,4,4,5,5,7,9]) ; variance([2,4,4,4,5,5,7,9])")
X("find B transpose times B, B = [[1, 2], [0, 1], [3, 1]]", 'words_dropped', "matrix_expression('B.T*B', B=[[1,2],[0,1],[3,1]])")
X("partial of x squared y cubed with respect to y", 'words_dropped', "partial_derivative('x**2*y**3','y')")
X("gradient and hessian of x squared plus xy plus y squared", 'words_dropped', "gradient('x**2+x*y+y**2') ; hessian('x**2+x*y+y**2')")
X("derivative of ln x over x", 'words_dropped', "derivative('log(x)/x')")
X("derivative of 3x cube + 2x square - x", 'words_dropped', "derivative('3*x**3+2*x**2-x')")
X("third derivative of x to the fifth", 'words_dropped', "higher_derivative('x**5',3)")

# ---------------- exp_ml ----------------
X("d/dx sigmoid(x)", 'exp_ml', "derivative('1/(1+exp(-x))')")
X("derivative of 1/(1+e^-3x)", 'exp_ml', "derivative('1/(1+exp(-3*x))')")
X("differentiate e^4x", 'exp_ml', "derivative('exp(4*x)')")
X("d/dx e^-2x sin x", 'exp_ml', "derivative('exp(-2*x)*sin(x)')")
X("derivative of softplus log(1+e^x)", 'exp_ml', "derivative('log(1+exp(x))')")
X("derivative of tanh(2x)", 'exp_ml', "derivative('tanh(2*x)')")
X("derivative of relu(x) = max(0, x) at x = 3", 'exp_ml', "derivative('Max(0,x)','x',3)")
X("d/dx exp(-x^2/2)", 'exp_ml', "derivative('exp(-x**2/2)')")
X("derivative of log(sigmoid(x))", 'exp_ml', "derivative('log(1/(1+exp(-x)))')")
X("second derivative of e^(x^2)", 'exp_ml', "higher_derivative('exp(x**2)',2)")
X("d/dx x e^-x", 'exp_ml', "derivative('x*exp(-x)')")
X("differentiate ln(1 + x^2)", 'exp_ml', "derivative('log(1+x**2)')")
X("what's the derivative of tanh x at x = 0", 'exp_ml', "derivative('tanh(x)','x',0)")
X("derivative of sigmoid(2x - 1)", 'exp_ml', "derivative('1/(1+exp(-(2*x-1)))')")
X("d/dx of e^3x / (1 + e^3x)", 'exp_ml', "derivative('exp(3*x)/(1+exp(3*x))')")
X("gradient of log(1 + exp(w1*x1 + w2*x2)) wrt w1, w2", 'exp_ml', "gradient('log(1+exp(w1*x1+w2*x2))',['w1','w2'])")
X("taylor series of e^-x up to x^3", 'exp_ml', "taylor('exp(-x)',3)")
X("For logistic regression with one weight, the loss is L(w) = -log(sigmoid(2w)). Our TA asked us to find dL/dw, can you do it step by step?", 'exp_ml', "derivative('-log(1/(1+exp(-2*w)))','w')")

# ---------------- superscript_unicode ----------------
X("d/dx x³ + 2x²", 'superscript_unicode', "derivative('x**3+2*x**2')")
X("derivative of x⁻¹ + x⁻²", 'superscript_unicode', "derivative('x**(-1)+x**(-2)')")
X("find Aᵀ for A = [[1, 2], [3, 4], [5, 6]]", 'superscript_unicode', "transpose([[1,2],[3,4],[5,6]])")
X("∂/∂y (x²y + y³)", 'superscript_unicode', "partial_derivative('x**2*y+y**3','y')")
X("derivative of √x · sin x", 'superscript_unicode', "derivative('sqrt(x)*sin(x)')")
X("d/dx ½x² − 3x", 'superscript_unicode', "derivative('x**2/2-3*x')")
X("gradient of f = x₁² + 3x₁x₂ + x₂²", 'superscript_unicode', "gradient('x1**2+3*x1*x2+x2**2',['x1','x2'])")
X("3rd derivative of x³ eˣ", 'superscript_unicode', "higher_derivative('x**3*exp(x)',3)")
X("d/dθ sin²θ", 'superscript_unicode', "derivative('sin(theta)**2','theta')")
X("hessian of x₁³ − x₁x₂ + 4x₂²", 'superscript_unicode', "hessian('x1**3-x1*x2+4*x2**2',['x1','x2'])")
X("eigenvalues of AᵀA where A = [[1, 1], [0, 1]]", 'superscript_unicode', "eigenvalues(Mx([[1,1],[0,1]]).T*Mx([[1,1],[0,1]]))")
X("d/dx (x² + 1)³", 'superscript_unicode', "derivative('(x**2+1)**3')")
X("∂f/∂x for f = eˣʸ", 'superscript_unicode', "partial_derivative('exp(x*y)','x')")
X("taylor series of cos θ up to θ⁴", 'superscript_unicode', "taylor('cos(theta)',4,'theta')")
X("d/dx 5x⁴ − x³ + 2", 'superscript_unicode', "derivative('5*x**4-x**3+2')")
X("∇f where f = x² + y² + z²", 'superscript_unicode', "gradient('x**2+y**2+z**2','xyz')")
X("d/dx x^½ + x^(3/2)", 'superscript_unicode', "derivative('sqrt(x)+x**(Rational(3,2))')")

# ---------------- indexed_vars ----------------
X("hessian of 3x1^2 - x1x2 + 5x2^2", 'indexed_vars', "hessian('3*x1**2-x1*x2+5*x2**2',['x1','x2'])")
X("gradient of f = x_1^2 + 2x_2^2 - x_1 x_3", 'indexed_vars', "gradient('x1**2+2*x2**2-x1*x3',['x1','x2','x3'])")
X("partial derivative of w1*x1 + w2*x2 + b wrt w2", 'indexed_vars', "partial_derivative('w1*x1+w2*x2+b','w2')")
X("d/dtheta1 of (theta0 + theta1*x - y)^2", 'indexed_vars', "partial_derivative('(theta0+theta1*x-y)**2','theta1')")
X("gradient of J = (theta0 + theta1 x - 3)^2 with respect to theta0 and theta1", 'indexed_vars', "gradient('(theta0+theta1*x-3)**2',['theta0','theta1'])")
X("find the gradient of x1*x2*x3 + x1^2", 'indexed_vars', "gradient('x1*x2*x3+x1**2',['x1','x2','x3'])")
X("hessian of f(x1, x2) = x1^4 + x2^4 - 4 x1 x2", 'indexed_vars', "hessian('x1**4+x2**4-4*x1*x2',['x1','x2'])")
X("critical points of x1^2 + x2^2 - 2x1 + 4x2", 'indexed_vars', "critical_points('x1**2+x2**2-2*x1+4*x2',['x1','x2'])")
X("partial of x1^2 x2 + x2^3 wrt x2", 'indexed_vars', "partial_derivative('x1**2*x2+x2**3','x2')")
X("jacobian of (x1 + x2, x1*x2) wrt x1, x2", 'indexed_vars', "jacobian(['x1+x2','x1*x2'],['x1','x2'])")
X("gradient of y1 = w11 x1 + w12 x2 w.r.t. w11, w12", 'indexed_vars', "gradient('w11*x1+w12*x2',['w11','w12'])")
X("derivative of a0 + a1 x + a2 x^2 wrt x", 'indexed_vars', "derivative('a0+a1*x+a2*x**2')")
X("gradient of (w0 + w1*2 - 5)^2 + (w0 + w1*3 - 7)^2 wrt w0 w1", 'indexed_vars', "gradient('(w0+w1*2-5)**2+(w0+w1*3-7)**2',['w0','w1'])")
X("hessian of theta0^2 + theta0*theta1 + 2*theta1^2", 'indexed_vars', "hessian('theta0**2+theta0*theta1+2*theta1**2',['theta0','theta1'])")
X("partial of x_1 e^{x_2} wrt x_2", 'indexed_vars', "partial_derivative('x1*exp(x2)','x2')")
X("gradient of f(x1,x2)=sin(x1)cos(x2)", 'indexed_vars', "gradient('sin(x1)*cos(x2)',['x1','x2'])")
X("For the neuron z = w1 x1 + w2 x2 + w3 x3 + b, what is the gradient of z with respect to w1, w2, w3 and b? We did this in the backprop tutorial but I lost my notes.", 'indexed_vars', "gradient('w1*x1+w2*x2+w3*x3+b',['w1','w2','w3','b'])")

# ---------------- letter_vars ----------------
X("second derivative of 6*i**3 - 2*i + 5 wrt i", 'letter_vars', "higher_derivative('6*i**3-2*i+5',2,'i')")
X("What is the derivative of 4*q**3 - 7*q + 2?", 'letter_vars', "derivative('4*q**3-7*q+2','q')")
X("d/dt (t^3 - 2t)", 'letter_vars', "derivative('t**3-2*t','t')")
X("differentiate l^2 + 3l with respect to l", 'letter_vars', "derivative('l**2+3*l','l')")
X("derivative of e^2 + 3e wrt e", 'letter_vars', "derivative('e**2+3*e','e')", amb=True, note="'wrt e' makes e a variable: 2e + 3 (not Euler's number)")
X("find dE/dw for E = (w*x - y)^2", 'letter_vars', "partial_derivative('(w*x-y)**2','w')")
X("derivative of j^4 - j wrt j", 'letter_vars', "derivative('j**4-j','j')")
X("d/di of (i^2 + 1)^3", 'letter_vars', "derivative('(i**2+1)**3','i')")
X("d/dk 3k^2 e^k", 'letter_vars', "derivative('3*k**2*exp(k)','k')", note='here e^k is the exponential')
X("gradient of f(p, q) = p^2 q - q^3", 'letter_vars', "gradient('p**2*q-q**3','pq')")
X("derivative of E = 0.5*(t - o)^2 with respect to o", 'letter_vars', "derivative('(t-o)**2/2','o')")
X("partial derivative of u*v + v^2 wrt v", 'letter_vars', "partial_derivative('u*v+v**2','v')")
X("find d/dr of pi r^2", 'letter_vars', "derivative('pi*r**2','r')")
X("second derivative of 2*n**4 + n wrt n", 'letter_vars', "higher_derivative('2*n**4+n',2,'n')")
X("d/ds s e^-s", 'letter_vars', "derivative('s*exp(-s)','s')")
X("What is the derivative of -3*i**2 + 8*i - 1 with respect to i?", 'letter_vars', "derivative('-3*i**2+8*i-1','i')")

# ---------------- multi_operand ----------------
X("rank of (1,2,0), (0,1,1), (1,3,1)", 'multi_operand', "rank([[1,2,0],[0,1,1],[1,3,1]])")
X("A + Aᵀ for A = [[1, 4], [0, 2]]", 'multi_operand', "matrix_expression('A + A.T', A=[[1,4],[0,2]])")
X("find vᵀAv for v = (1, 2) and A = [[2, 1], [1, 3]]", 'multi_operand', "matrix_expression('v.T*A*v', v=[1,2], A=[[2,1],[1,3]])")
X("ABC where A = [[1,0],[2,1]], B = [[0,1],[1,0]], C = [[3,0],[0,2]]", 'multi_operand', "matrix_expression('A*B*C', A=[[1,0],[2,1]], B=[[0,1],[1,0]], C=[[3,0],[0,2]])")
X("A squared for A = [[1, 1], [0, 1]]", 'multi_operand', "matrix_expression('A**2', A=[[1,1],[0,1]])")
X("A^3 where A = [[2, 0], [1, 1]]", 'multi_operand', "matrix_expression('A**3', A=[[2,0],[1,1]])")
X("2A - 3I for A = [[4, 1], [2, 5]]", 'multi_operand', "matrix_expression('2*A - 3*I', A=[[4,1],[2,5]])")
X("A^2 + 2A + I, A = [[0, 1], [-1, 0]]", 'multi_operand', "matrix_expression('A**2 + 2*A + I', A=[[0,1],[-1,0]])")
X("are (1,0,1), (0,1,1), (1,1,0) linearly independent? find the rank", 'multi_operand', "rank([[1,0,1],[0,1,1],[1,1,0]])", note='rank 3 means independent')
X("gram schmidt on (1,1,1), (1,1,0), (1,0,0)", 'multi_operand', "gram_schmidt([1,1,1],[1,1,0],[1,0,0])")
X("add A = [[1,2],[3,4]], B = [[5,6],[7,8]] and C = [[1,1],[1,1]]", 'multi_operand', "add([[1,2],[3,4]],[[5,6],[7,8]],[[1,1],[1,1]])")
X("AB - BA for A = [[1,2],[0,1]], B = [[1,0],[3,1]]", 'multi_operand', "matrix_expression('A*B - B*A', A=[[1,2],[0,1]], B=[[1,0],[3,1]])")
X("det of AB where A = [[2,1],[0,3]], B = [[1,4],[2,1]]", 'multi_operand', "det(mm([[2,1],[0,3]],[[1,4],[2,1]]))")
X("multiply A = [[1,2,3],[0,1,4]] with x = (1, -1, 2)", 'multi_operand', "multiply([[1,2,3],[0,1,4]],[1,-1,2])")
X("rank of the span of (1,2,3),(2,4,6),(0,1,1),(1,3,4)", 'multi_operand', "rank([[1,2,3],[2,4,6],[0,1,1],[1,3,4]])")
X("A A^T for A = [[1, 2, 0], [0, 1, 3]]", 'multi_operand', "matrix_expression('A*A.T', A=[[1,2,0],[0,1,3]])")
X("compute uᵀv + vᵀv for u = (1, 0, 2) and v = (3, 1, 1)", 'multi_operand', "matrix_expression('u.T*v + v.T*v', u=[1,0,2], v=[3,1,1])")

# ---------------- scope_words ----------------
X("taylor series of cos x till the x^6 term", 'scope_words', "taylor('cos(x)',6)")
X("maclaurin of sin x upto x^5", 'scope_words', "taylor('sin(x)',5)")
X("taylor expansion of ln(1+x) up to order 4", 'scope_words', "taylor('log(1+x)',4)")
X("first three non-zero terms of e^x sin x", 'scope_words', "taylor_nz('exp(x)*sin(x)',3)")
X("taylor of e^x about x = 1 up to order 3", 'scope_words', "taylor('exp(x)',3,'x',1)")
X("taylor series of sqrt(x) about x = 4 till second order", 'scope_words', "taylor('sqrt(x)',2,'x',4)")
X("expand 1/(1-x) upto x^4", 'scope_words', "taylor('1/(1-x)',4)")
X("first 2 nonzero terms of the maclaurin series of tan x", 'scope_words', "taylor_nz('tan(x)',2)")
X("taylor polynomial of degree 3 for x^4 about x=1", 'scope_words', "taylor('x**4',3,'x',1)")
X("series of cos(2x) upto 4th order", 'scope_words', "taylor('cos(2*x)',4)")
X("taylor of e^(2x) till x^3 at 0", 'scope_words', "taylor('exp(2*x)',3)")
X("2nd order taylor of f(x) = log(x) around x = 1", 'scope_words', "taylor('log(x)',2,'x',1)")
X("first four nonzero terms of cos x", 'scope_words', "taylor_nz('cos(x)',4)")
X("taylor series of 1/(1+x^2) up to x^6", 'scope_words', "taylor('1/(1+x**2)',6)")
X("do newton's method on x^3 - x - 1 starting at 1.5, upto 3 iterations", 'scope_words', "newton('x**3-x-1',1.5,3)")
X("gradient descent on f(x) = x^2 with lr 0.1 from x = 5, up to 3 steps", 'scope_words', "gradient_descent('x**2','x',[5],0.1,3)")

# ---------------- norms_distances ----------------
X("||u - v|| for u = (3, 1, 2), v = (1, 1, 0)", 'norms_distances', "norm(sub([3,1,2],[1,1,0]))")
X("distance between (2,1) and (5,5)", 'norms_distances', "distance([2,1],[5,5])")
X("|v| where v = (2, -3, 6)", 'norms_distances', "norm([2,-3,6])")
X("L1 norm of (3, -4, 1)", 'norms_distances', "norm([3,-4,1],1)")
X("L2 norm of (1, 2, 2, 4)", 'norms_distances', "norm([1,2,2,4])")
X("find the euclidean distance between points p = (0, 0, 0) and q = (2, 3, 6)", 'norms_distances', "distance([0,0,0],[2,3,6])")
X("norm of 2u - v for u = (1, 2), v = (0, 1)", 'norms_distances', "norm(lin(2,[1,2],-1,[0,1]))")
X("infinity norm of (3, -7, 2)", 'norms_distances', "norm([3,-7,2],'inf')")
X("dist b/w (2,-1) and (-1,3)", 'norms_distances', "distance([2,-1],[-1,3])")
X("how far is (1, 2, 3) from (4, 6, 3)", 'norms_distances', "distance([1,2,3],[4,6,3])")
X("||x||_1 and ||x||_2 for x = (1, -1, 2)", 'norms_distances', "norm([1,-1,2],1) ; norm([1,-1,2])")
X("length of vector (1, 1, 1, 1)", 'norms_distances', "norm([1,1,1,1])")
X("manhattan distance between (1, 5) and (4, 1)", 'norms_distances', "distance([1,5],[4,1],1)")
X("||a|| where a = [1, -2, 2]", 'norms_distances', "norm([1,-2,2])")
X("squared distance between (1,2) and (3,5)", 'norms_distances', "sqdistance([1,2],[3,5])", note='squared Euclidean distance, 13')
X("In k-means we assign a point to the nearest centroid. What is the Euclidean distance from the point (2, 3) to the centroid (5, 7)? And its L1 distance too.", 'norms_distances', "distance([2,3],[5,7]) ; distance([2,3],[5,7],1)")

# ---------------- cross_vs_dot ----------------
X("cross product of (1,-2,3) and (4,0,-1)", 'cross_vs_dot', "cross([1,-2,3],[4,0,-1])")
X("dot product of (2, 3, -1) and (1, -1, 4)", 'cross_vs_dot', "dot([2,3,-1],[1,-1,4])")
X("u x v for u = (1, 0, 0), v = (0, 1, 0)", 'cross_vs_dot', "cross([1,0,0],[0,1,0])", amb=True, note="'x' between two 3-D vectors read as the cross product")
X("u · v for u = (1, 2, 3), v = (4, 5, 6)", 'cross_vs_dot', "dot([1,2,3],[4,5,6])")
X("a × b where a = (2, 1, 0), b = (0, 3, 1)", 'cross_vs_dot', "cross([2,1,0],[0,3,1])")
X("find the vector product of i + 2j - k and 3i + j", 'cross_vs_dot', "cross([1,2,-1],[3,1,0])")
X("scalar product of (1, 1, 1, 1) and (2, -1, 3, 0)", 'cross_vs_dot', "dot([1,1,1,1],[2,-1,3,0])")
R("cross product of (1, 2) and (3, 4)", 'cross_vs_dot', 'cross product needs 3-D vectors; ask back')
X("inner product of [1, 0, 2] and [3, 5, -1]", 'cross_vs_dot', "dot([1,0,2],[3,5,-1])")
X("dot and cross product of (1, 2, 0) and (0, 1, 3)", 'cross_vs_dot', "dot([1,2,0],[0,1,3]) ; cross([1,2,0],[0,1,3])")
X("cross of (3,4,0) and (4,3,0) and tell the angle between them", 'cross_vs_dot', "cross([3,4,0],[4,3,0]) ; angle([3,4,0],[4,3,0])")
R("dot product of (1,2,3) and (4,5)", 'cross_vs_dot', 'vectors of different length; ask back')
X("np.cross([1,2,3],[0,1,1])", 'cross_vs_dot', "cross([1,2,3],[0,1,1])")
X("np.dot([2,1],[3,-4])", 'cross_vs_dot', "dot([2,1],[3,-4])")
X("Physics doubt but related: torque is r × F. If r = (0, 2, 1) and F = (3, 0, -1), compute the cross product r × F (not the dot product, I always mix them up).", 'cross_vs_dot', "cross([0,2,1],[3,0,-1])")

# ---------------- layout ----------------
X("| 4 2 ; 1 3 |", 'layout', "det([[4,2],[1,3]])", note='determinant bars')
X("x: 2, 4, 6, 8 | y: 1, 3, 2, 6 covariance", 'layout', "covariance([[2,1],[4,3],[6,2],[8,6]])")
X("p1=(1,2), p2=(3,0), p3=(5,4) find the mean", 'layout', "mean([[1,2],[3,0],[5,4]])")
X("covariance matrix, rows are samples: [[1, 2], [3, 6], [5, 4]]", 'layout', "covariance([[1,2],[3,6],[5,4]])")
X("[1 2; 3 4] inverse", 'layout', "inverse([[1,2],[3,4]])")
X("det [2 0 1; 1 3 2; 1 1 1]", 'layout', "det([[2,0,1],[1,3,2],[1,1,1]])")
X("the columns of A are (1,0,1) and (0,1,1). find AᵀA", 'layout', "matrix_expression('A.T*A', A=[[1,0],[0,1],[1,1]])")
X("|1 2 3; 4 5 6; 7 8 10|", 'layout', "det([[1,2,3],[4,5,6],[7,8,10]])")
X("data (x, y): (1, 2), (2, 4), (3, 5), (4, 7) – find the mean vector and covariance", 'layout', "mean([[1,2],[2,4],[3,5],[4,7]]) ; covariance([[1,2],[2,4],[3,5],[4,7]])")
X("eigenvalues of [3 1; 0 2]", 'layout', "eigenvalues([[3,1],[0,2]])")
R("det of [[1,2,3],[4,5,6]]", 'layout', 'determinant of a non-square (2x3) matrix does not exist')
X("solve [2 1; 1 3] x = [3; 5]", 'layout', "solve_mat([[2,1],[1,3]],[3,5])")
X("PCA of p1=(2,2), p2=(-2,-2), p3=(1,-1), p4=(-1,1)", 'layout', "pca([[2,2],[-2,-2],[1,-1],[-1,1]])")
X("x = [1 2 3 4], y = [2 4 5 4]: find variance of y", 'layout', "variance([2,4,5,4])")
X("v = [1; 2; 3], w = [0; 1; -1] dot product", 'layout', "dot([1,2,3],[0,1,-1])")
X("x: 0, 1, 2 | y: 1, 3, 2  sample covariance matrix", 'layout', "covariance([[0,1],[1,3],[2,2]],True)")

# ---------------- latex ----------------
X(r"Find $\det\begin{pmatrix} 2 & 1 \\ 7 & 4 \end{pmatrix}$", 'latex', "det([[2,1],[7,4]])")
X(r"\begin{vmatrix} 3 & 1 & 0 \\ 2 & 5 & 1 \\ 0 & 1 & 4 \end{vmatrix}", 'latex', "det([[3,1,0],[2,5,1],[0,1,4]])")
X(r"Differentiate $f(x) = \frac{x^2}{1 + x}$", 'latex', "derivative('x**2/(1+x)')")
X(r"Compute $\mathbf{u} \cdot \mathbf{v}$ where $\mathbf{u} = (1, 3, -2)$ and $\mathbf{v} = (4, 0, 1)$", 'latex', "dot([1,3,-2],[4,0,1])")
X(r"Find $\nabla f$ for $f(x,y) = x^{2} y + \sin(xy)$", 'latex', "gradient('x**2*y+sin(x*y)')")
X(r"$\frac{\partial}{\partial y} \left( x^3 y^2 + e^{xy} \right)$", 'latex', "partial_derivative('x**3*y**2+exp(x*y)','y')")
X(r"Find the eigenvalues of $A = \begin{bmatrix} 1 & 2 \\ 2 & 1 \end{bmatrix}$", 'latex', "eigenvalues([[1,2],[2,1]])")
X(r"Find the derivative of $\sqrt{x^2 + 1}$", 'latex', "derivative('sqrt(x**2+1)')")
X(r"Compute $A^{-1}$ for $A = \begin{pmatrix} 1 & 2 \\ 3 & 5 \end{pmatrix}$", 'latex', "inverse([[1,2],[3,5]])")
X(r"Let $f(x) = e^{-x^{2}}$. Find $f''(x)$.", 'latex', "higher_derivative('exp(-x**2)',2)")
X(r"Find the Taylor expansion of $\ln(1+x)$ about $x=0$ up to $x^{3}$", 'latex', "taylor('log(1+x)',3)")
X(r"$\| \mathbf{a} - \mathbf{b} \|$ with $\mathbf{a} = (5, 2)$, $\mathbf{b} = (1, -1)$", 'latex', "norm(sub([5,2],[1,-1]))")
X(r"Find the Hessian $\nabla^2 f$ of $f = x^2 + 3xy + 2y^2$", 'latex', "hessian('x**2+3*x*y+2*y**2')")
X(r"Compute $\mathbf{a} \times \mathbf{b}$ for $\mathbf{a} = (1,1,0)$, $\mathbf{b} = (0,1,1)$", 'latex', "cross([1,1,0],[0,1,1])")
X(r"\text{rank} \begin{pmatrix} 1 & 2 & 1 \\ 2 & 4 & 2 \\ 0 & 1 & 1 \end{pmatrix}", 'latex', "rank([[1,2,1],[2,4,2],[0,1,1]])")
X(r"Find \frac{d}{dx}\left(x^3 \cdot \cos x\right)", 'latex', "derivative('x**3*cos(x)')")
R(r"$\int_0^1 x^2 \, dx$", 'latex', 'integration is out of scope')
X(r"Find the eigenvectors of $\begin{pmatrix} 2 & 0 \\ 0 & 3 \end{pmatrix}$", 'latex', "eigenvectors([[2,0],[0,3]])")
X("From the lecture notes (Week 3):\n$$A = \\begin{pmatrix} 2 & -1 & 0 \\\\ -1 & 2 & -1 \\\\ 0 & -1 & 2 \\end{pmatrix}$$\nCompute $\\det(A)$ and $\\operatorname{tr}(A)$.", 'latex', "det([[2,-1,0],[-1,2,-1],[0,-1,2]]) ; trace([[2,-1,0],[-1,2,-1],[0,-1,2]])")

# ---------------- numpy ----------------
X("A = np.array([[2, 1], [1, 3]])\nnp.linalg.det(A)", 'numpy', "det([[2,1],[1,3]])")
X("np.linalg.inv(np.array([[1, 2], [3, 4]]))", 'numpy', "inverse([[1,2],[3,4]])")
X("A @ B where A = np.array([[1,0],[2,3]]), B = np.array([[4,1],[0,2]])", 'numpy', "multiply([[1,0],[2,3]],[[4,1],[0,2]])")
X("array([[1, 2],\n       [3, 4]]) whats its eigenvalues", 'numpy', "eigenvalues([[1,2],[3,4]])")
X("A**2 in numpy for A = np.array([[1, 2], [3, 4]])", 'numpy', "ew_pow([[1,2],[3,4]],2)", amb=True, note='NumPy ** is elementwise: [[1,4],[9,16]]; the matrix square A@A would be [[7,10],[15,22]]')
X("np.cov(X) for X = np.array([[1, 2, 3], [2, 4, 7]])", 'numpy', "covariance([[1,2,3],[2,4,7]],True,True)", note='np.cov: rows are variables, N-1')
X("np.var([2, 4, 6, 8])", 'numpy', "variance([2,4,6,8])")
X("np.linalg.matrix_rank([[1,2],[2,4]])", 'numpy', "rank([[1,2],[2,4]])")
X("np.trace(np.array([[5, 2, 1], [0, 3, 3], [1, 1, -2]]))", 'numpy', "trace([[5,2,1],[0,3,3],[1,1,-2]])")
X("np.linalg.eig(np.array([[2, 1], [1, 2]])) pls explain output", 'numpy', "eigenvalues([[2,1],[1,2]]) ; eigenvectors([[2,1],[1,2]])")
X("x = np.array([3, 4])\nnp.linalg.norm(x)", 'numpy', "norm([3,4])")
X("np.linalg.norm(a - b) where a = np.array([1, 2, 3]), b = np.array([4, 6, 3])", 'numpy', "norm(sub([1,2,3],[4,6,3]))")
X("A.T @ A with A = np.array([[1, 2], [3, 4], [5, 6]])", 'numpy', "matrix_expression('A.T*A', A=[[1,2],[3,4],[5,6]])")
X("np.linalg.solve([[3, 1], [1, 2]], [9, 8])", 'numpy', "solve_mat([[3,1],[1,2]],[9,8])")
X("np.mean(X, axis=0) for X = np.array([[1, 2], [3, 4], [5, 9]])", 'numpy', "mean([[1,2],[3,4],[5,9]])")
X("np.cov(X, rowvar=False), X = [[0, 1], [2, 3], [4, 8]]", 'numpy', "covariance([[0,1],[2,3],[4,8]],True)")
X("np.matmul(A, v) with A = [[1, 2], [3, 4]] and v = [1, 1]", 'numpy', "multiply([[1,2],[3,4]],[1,1])")
R("np.linalg.svd(np.array([[3, 0], [4, 5]]))", 'numpy', 'SVD is not one of the supported tasks; refuse or ask back')
X("my code prints this, is it right?\n>>> A = np.array([[4, -2], [1, 1]])\n>>> np.linalg.eigvals(A)\narray([3., 2.])\nwhat are the actual eigenvalues", 'numpy', "eigenvalues([[4,-2],[1,1]])")
X("import numpy as np\nX = np.array([[1, 1], [2, 3], [3, 2]])\nC = np.cov(X.T, bias=True)\nwhat should C be?", 'numpy', "covariance([[1,1],[2,3],[3,2]])", note='bias=True divides by N; X.T makes rows variables of the transposed = samples rows of X')

# ---------------- multiline ----------------
X("A =\n2 1 0\n1 3 1\n0 1 2\nfind det", 'multiline', "det([[2,1,0],[1,3,1],[0,1,2]])")
X("rank of\n1 2 3\n2 4 6\n1 1 1", 'multiline', "rank([[1,2,3],[2,4,6],[1,1,1]])")
X("A = [[1, 2],\n     [3, 4]]\nB = [[0, 1],\n     [1, 1]]\nfind AB", 'multiline', "multiply([[1,2],[3,4]],[[0,1],[1,1]])")
X("data:\nx y\n1 2\n2 3\n3 5\n4 6\ncovariance matrix pls", 'multiline', "covariance([[1,2],[2,3],[3,5],[4,6]])")
X("f(x, y) = x^3 - 3xy + y^3\nfind critical points", 'multiline', "critical_points('x**3-3*x*y+y**3')")
X("A = \n[4 1]\n[2 3]\neigen values?", 'multiline', "eigenvalues([[4,1],[2,3]])")
X("v1 = (1, 0, 1)\nv2 = (1, 1, 0)\nv3 = (0, 1, 1)\northonormalise using gram schmidt", 'multiline', "gram_schmidt([1,0,1],[1,1,0],[0,1,1])")
X("Q3.\nLet A = [[2, -1], [-1, 2]]\n(a) find eigenvalues\n(b) find eigenvectors", 'multiline', "eigenvalues([[2,-1],[-1,2]]) ; eigenvectors([[2,-1],[-1,2]])")
X("x = [1, 2, 3]\ny = [2, 4, 7]\nmodel y = w x, find gradient of mean squared error wrt w at w = 1", 'multiline', "loss_gradient('w*x',[1,2,3],[2,4,7],['w'],[1])")
X("solve:\nx + y + z = 6\n2x - y + z = 3\nx + 2y - z = 2", 'multiline', "solve_system(['x+y+z=6','2*x-y+z=3','x+2*y-z=2'],'xyz')")
X("matrix\n1 0 2\n0 1 1\nfind its transpose", 'multiline', "transpose([[1,0,2],[0,1,1]])")
X("f = x^2*y + y^2*z\nfind the gradient\nand the hessian", 'multiline', "gradient('x**2*y+y**2*z','xyz') ; hessian('x**2*y+y**2*z','xyz')")
X("A is\n| 1 2 |\n| 3 4 |\nand B is\n| 2 0 |\n| 1 2 |\nfind A - B", 'multiline', "subtract([[1,2],[3,4]],[[2,0],[1,2]])")
X("points\n(1, 1)\n(2, 3)\n(4, 2)\nfind distance between first and last", 'multiline', "distance([1,1],[4,2])")
X("newton raphson\nf(x) = x^3 - 2x - 5\nx0 = 2\n2 iterations", 'multiline', "newton('x**3-2*x-5',2,2)")
X("gradient descent\nf(x, y) = x^2 + 2y^2\nstart (1, 1), lr = 0.1\n2 steps", 'multiline', "gradient_descent('x**2+2*y**2','xy',[1,1],0.1,2)")
X("A = [[1,2],[3,4]]\n\nfind inverse", 'multiline', "inverse([[1,2],[3,4]])")
R("A =\n\nfind the determinant", 'multiline', 'matrix missing; ask for it')
X("Linear regression question from assignment 2:\nx = 1, 2, 3, 4\ny = 3, 5, 7, 10\nmodel y = w*x + b, loss = mean squared error\nfind dL/dw and dL/db at w = 2, b = 0", 'multiline', "loss_gradient('w*x+b',[1,2,3,4],[3,5,7,10],['w','b'],[2,0])")

# ---------------- hinglish ----------------
X("A = [[3, 2], [1, 4]] ka determinant nikalo", 'hinglish', "det([[3,2],[1,4]])")
X("x^2 sin x ka derivative batao", 'hinglish', "derivative('x**2*sin(x)')")
X("iska eigen value kya hoga [[5, 4], [1, 2]]", 'hinglish', "eigenvalues([[5,4],[1,2]])")
X("bhai [[2,3],[1,2]] ka inverse kya aayega", 'hinglish', "inverse([[2,3],[1,2]])")
X("yaar e^x cos x ka 2nd derivative nikal do", 'hinglish', "higher_derivative('exp(x)*cos(x)',2)")
X("(1,2,3) aur (4,5,6) ka cross product batao", 'hinglish', "cross([1,2,3],[4,5,6])")
X("is matrix ka rank kya hai [[1,1,1],[2,2,2],[3,3,4]]", 'hinglish', "rank([[1,1,1],[2,2,2],[3,3,4]])")
X("f(x,y) = x^2 + xy + y^2 iska gradient aur hessian dono chahiye", 'hinglish', "gradient('x**2+x*y+y**2') ; hessian('x**2+x*y+y**2')")
X("cos x ka taylor series x^4 tak likho", 'hinglish', "taylor('cos(x)',4)")
X("ye points ka mean nikalo: (2,4), (4,6), (6,2)", 'hinglish', "mean([[2,4],[4,6],[6,2]])")
R("bhai integration kaise karte hai x^2 ka", 'hinglish', 'integration is out of scope')
X("u = (1,2,2) ka norm kitna hoga", 'hinglish', "norm([1,2,2])")
X("(2,1) aur (5,5) ke beech distance kya hai", 'hinglish', "distance([2,1],[5,5])")
X("sigmoid ka derivative kya hota hai x ke respect me", 'hinglish', "derivative('1/(1+exp(-x))')")
X("ln(x^2 + 1) ko x ke respect me differentiate karo", 'hinglish', "derivative('log(x**2+1)')")
X("A = [[1,2],[2,1]] ke eigenvectors batao na", 'hinglish', "eigenvectors([[1,2],[2,1]])")
R("kal exam hai, kuch important questions bata do", 'hinglish', 'no problem in the message')
X("2x + y = 5 aur x - y = 1 ko solve karo", 'hinglish', "solve_system(['2*x+y=5','x-y=1'],'xy')")
X("[[1,0],[0,1]] aur [[2,3],[4,5]] ka product", 'hinglish', "multiply([[1,0],[0,1]],[[2,3],[4,5]])")
X("x1^2 + x2^2 ka hessian bta", 'hinglish', "hessian('x1**2+x2**2',['x1','x2'])")
X("sir maine det nikala [[2,1,1],[1,2,1],[1,1,2]] ka aur 4 aaya, sahi hai kya? pls check karke batao", 'hinglish', "det([[2,1,1],[1,2,1],[1,1,2]])")
X("bhai ye data hai (1,3), (2,5), (3,4) iska covariance matrix aur mean dono nikalna hai, population wala", 'hinglish', "covariance([[1,3],[2,5],[3,4]]) ; mean([[1,3],[2,5],[3,4]])")
R("matrix ka inverse nikalo", 'hinglish', 'no matrix given; ask for it')

# ---------------- whatsapp ----------------
X("d/dx x2sinx", 'whatsapp', "derivative('x**2*sin(x)')", amb=True, note='x2 read as x^2 (x squared times sin x); x2 could also be a variable')
X("det of [[1,2],[3,4]] plz", 'whatsapp', "det([[1,2],[3,4]])")
X("wat is inverse of [[2,1],[1,1]]??", 'whatsapp', "inverse([[2,1],[1,1]])")
X("eigenvalues 4 [[6,2],[2,3]] pls 🙏", 'whatsapp', "eigenvalues([[6,2],[2,3]])")
X("derivative of x^3+2x^2-x pls 😭", 'whatsapp', "derivative('x**3+2*x**2-x')")
X("gradient of x^2y+y^2 ??", 'whatsapp', "gradient('x**2*y+y**2')")
X("rank [[1,2],[2,4],[3,6]] fast plz", 'whatsapp', "rank([[1,2],[2,4],[3,6]])")
X("dotproduct (1,2,3)(4,5,6)", 'whatsapp', "dot([1,2,3],[4,5,6])")
X("hessian x^2+y^2+xy plz", 'whatsapp', "hessian('x**2+y**2+x*y')")
X("sir pls solve x+y=3,x-y=1", 'whatsapp', "solve_system(['x+y=3','x-y=1'],'xy')")
X("d/dx (x^2+1)^5 ??", 'whatsapp', "derivative('(x**2+1)**5')")
X("crossproduct of (1,0,2) n (2,1,0)", 'whatsapp', "cross([1,0,2],[2,1,0])")
X("trace [[1,2,3],[4,5,6],[7,8,9]] 🙂", 'whatsapp', "trace([[1,2,3],[4,5,6],[7,8,9]])")
X("norm of (6,8) ??", 'whatsapp', "norm([6,8])")
R("hi", 'whatsapp', 'no problem in the message')
R("ok thanks", 'whatsapp', 'no problem in the message')
R("can u do my assignmnt", 'whatsapp', 'no problem in the message')
X("derivatve of tan x", 'whatsapp', "derivative('tan(x)')")
X("eigen vals of [[2,0],[0,5]] 👍", 'whatsapp', "eigenvalues([[2,0],[0,5]])")
X("taylor e^x upto x^3 plz", 'whatsapp', "taylor('exp(x)',3)")
X("mean of 3,7,8,10,12 ?", 'whatsapp', "mean([3,7,8,10,12])")
X("variance of 1,2,3,4,5 plzz", 'whatsapp', "variance([1,2,3,4,5])")
X("transpose [[1,2,3]] 🙏", 'whatsapp', "transpose([[1,2,3]])")
R("???", 'whatsapp', 'no problem in the message')
R("inverse", 'whatsapp', 'incomplete: no matrix')
X("partial wrt y of x^2y^3 pls", 'whatsapp', "partial_derivative('x**2*y**3','y')")
X("angle btw (1,1,0) n (0,1,1)?", 'whatsapp', "angle([1,1,0],[0,1,1])")
R("bro wats the answer to q5", 'whatsapp', 'no problem in the message')

# ---------------- trailing_chat ----------------
X("d/dx 3x^2 + 5x + 1?", 'trailing_chat', "derivative('3*x**2+5*x+1')")
X("det [[4, 3], [6, 5]] = ?", 'trailing_chat', "det([[4,3],[6,5]])")
X("Find the inverse of [[1, 3], [2, 7]]. Thanks!", 'trailing_chat', "inverse([[1,3],[2,7]])")
X("eigenvalues of [[1, 4], [2, 3]] sir", 'trailing_chat', "eigenvalues([[1,4],[2,3]])")
X("What is the gradient of x*y*z? Thank you so much sir 🙏", 'trailing_chat', "gradient('x*y*z','xyz')")
X("rank of [[1,0,2],[0,1,3],[1,1,5]] ?? thanks in advance", 'trailing_chat', "rank([[1,0,2],[0,1,3],[1,1,5]])")
X("x^2 e^x derivative = ?", 'trailing_chat', "derivative('x**2*exp(x)')")
X("dot product (2, -1, 0) and (1, 4, 3)... thanks bhai", 'trailing_chat', "dot([2,-1,0],[1,4,3])")
X("trace of [[2, 9], [1, 7]]? :)", 'trailing_chat', "trace([[2,9],[1,7]])")
X("Solve 3x - y = 4, x + 2y = 6. Please reply fast, exam tomorrow", 'trailing_chat', "solve_system(['3*x-y=4','x+2*y=6'],'xy')")
X("Good evening sir, what is the hessian of x^2 y^2? regards, Rohit", 'trailing_chat', "hessian('x**2*y**2')")
X("taylor of sin x upto x^3 = ? ty", 'trailing_chat', "taylor('sin(x)',3)")
X("norm of (1, -1, 1, -1)? ok thx", 'trailing_chat', "norm([1,-1,1,-1])")
R("Thank you sir for yesterday's class", 'trailing_chat', 'no problem in the message')
X("derivative of cos(3x) !!", 'trailing_chat', "derivative('cos(3*x)')")
X("what is d/dx of 7x^4 - 2 ??? 🤔🤔", 'trailing_chat', "derivative('7*x**4-2')")

# ---------------- juxtaposition ----------------
X("d/dx 1/2x", 'juxtaposition', "derivative('1/(2*x)')", amb=True, note='read as 1/(2x); the other reading (1/2)x gives 1/2. A question back is acceptable')
X("derivative of 2x y wrt x", 'juxtaposition', "partial_derivative('2*x*y','x')")
X("gradient of xy + yz", 'juxtaposition', "gradient('x*y+y*z','xyz')")
X("d/dx sinx cosx", 'juxtaposition', "derivative('sin(x)*cos(x)')")
X("partial of 3x^2y wrt y", 'juxtaposition', "partial_derivative('3*x**2*y','y')", amb=True, note='3x^2y read as 3*x^2*y, not 3*x^(2y)')
X("ab + bc + ca, gradient wrt a, b, c", 'juxtaposition', "gradient('a*b+b*c+c*a','abc')")
X("d/dx 2xe^x", 'juxtaposition', "derivative('2*x*exp(x)')")
X("d/dx xlnx", 'juxtaposition', "derivative('x*log(x)')")
X("derivative of 4xsin2x", 'juxtaposition', "derivative('4*x*sin(2*x)')")
X("hessian of xy^2 + x^2y", 'juxtaposition', "hessian('x*y**2+x**2*y')")
X("d/dx x/2 + 1/3x", 'juxtaposition', "derivative('x/2+1/(3*x)')", amb=True, note='1/3x read as 1/(3x); (1/3)x is the other reading')
X("d/dx (1/2)x^2", 'juxtaposition', "derivative('x**2/2')")
X("derivative of sin2x", 'juxtaposition', "derivative('sin(2*x)')")
X("d/dx e^xsinx", 'juxtaposition', "derivative('exp(x)*sin(x)')")
X("partial wrt x of 5xyz", 'juxtaposition', "partial_derivative('5*x*y*z','x')")
X("derivative of cos^2x", 'juxtaposition', "derivative('cos(x)**2')", note='cos^2x = (cos x)^2')
X("d/dy of 2xy^3", 'juxtaposition', "partial_derivative('2*x*y**3','y')")

# ---------------- multi_task ----------------
X("Find the determinant and inverse of [[3, 1], [4, 2]]", 'multi_task', "det([[3,1],[4,2]]) ; inverse([[3,1],[4,2]])")
X("Eigenvalues and eigenvectors of [[2, 2], [1, 3]]", 'multi_task', "eigenvalues([[2,2],[1,3]]) ; eigenvectors([[2,2],[1,3]])")
X("Mean and covariance of points (1, 2), (3, 4), (5, 0)", 'multi_task', "mean([[1,2],[3,4],[5,0]]) ; covariance([[1,2],[3,4],[5,0]])")
X("gradient and hessian of f(x, y) = x^3 y - 2y^2", 'multi_task', "gradient('x**3*y-2*y**2') ; hessian('x**3*y-2*y**2')")
X("For A = [[1, 2], [3, 4]] find the transpose, the trace and the rank", 'multi_task', "transpose([[1,2],[3,4]]) ; trace([[1,2],[3,4]]) ; rank([[1,2],[3,4]])")
X("Hi sir, I'm stuck on tutorial 4. Q2 says: given u = (1, 2, 2) and v = (2, 0, 1), find (a) u·v, (b) ||u||, (c) the angle between them. Can you check my answer? I got angle = 1.2 rad", 'multi_task', "dot([1,2,2],[2,0,1]) ; norm([1,2,2]) ; angle([1,2,2],[2,0,1])")
X("Find rank, nullspace of [[1, 2, 1], [2, 4, 2]]", 'multi_task', "rank([[1,2,1],[2,4,2]]) ; nullspace([[1,2,1],[2,4,2]])")
X("Compute det(A), A^-1 and A^T for A = [[2, 0, 1], [1, 1, 0], [0, 3, 1]]", 'multi_task', "det([[2,0,1],[1,1,0],[0,3,1]]) ; inverse([[2,0,1],[1,1,0],[0,3,1]]) ; transpose([[2,0,1],[1,1,0],[0,3,1]])")
X("for f = x^2 + y^2 - 2x, find the gradient, the critical points and the hessian", 'multi_task', "gradient('x**2+y**2-2*x') ; critical_points('x**2+y**2-2*x') ; hessian('x**2+y**2-2*x')")
X("Given the data (2, 1), (4, 3), (6, 5), (8, 7) compute the mean and the covariance matrix, then give the principal directions (PCA)", 'multi_task', "mean([[2,1],[4,3],[6,5],[8,7]]) ; covariance([[2,1],[4,3],[6,5],[8,7]]) ; pca([[2,1],[4,3],[6,5],[8,7]])")
X("projection of u = (2, 3) on v = (4, 0) and also the scalar projection", 'multi_task', "projection([2,3],[4,0]) ; scalar_projection([2,3],[4,0])")
X("Find the partial derivatives f_x and f_y of f = x^2 e^y", 'multi_task', "partial_derivative('x**2*exp(y)','x') ; partial_derivative('x**2*exp(y)','y')")
X("taylor series of e^x up to x^2 and of cos x up to x^4", 'multi_task', "taylor('exp(x)',2) ; taylor('cos(x)',4)")
X("dot product and distance between (1, 0, 3) and (2, 2, 1)", 'multi_task', "dot([1,0,3],[2,2,1]) ; distance([1,0,3],[2,2,1])")
X("jacobian and its determinant for (x^2 - y^2, 2xy)", 'multi_task', "jacobian(['x**2-y**2','2*x*y']) ; jacdet(['x**2-y**2','2*x*y'])")
X("Solve x + 2y = 5, 3x - y = 1 and also find the determinant of the coefficient matrix", 'multi_task', "solve_system(['x+2*y=5','3*x-y=1'],'xy') ; det([[1,2],[3,-1]])")
X("Our PCA assignment: the data points are (3, 3), (-3, -3), (1, -1), (-1, 1). Find the covariance matrix (divide by N), the principal directions and the fraction of variance explained by each.", 'multi_task', "covariance([[3,3],[-3,-3],[1,-1],[-1,1]]) ; pca([[3,3],[-3,-3],[1,-1],[-1,1]]) ; pca_ratio([[3,3],[-3,-3],[1,-1],[-1,1]])")
X("If x = t^2 and y = sin t and f = x*y, find df/dt using the chain rule, and also the gradient of f in x, y", 'multi_task', "chain_rule('x*y',{'x':'t**2','y':'sin(t)'}) ; gradient('x*y')")
X("Orthogonal projection of v = (1, 2, 3) onto the span of (1, 0, 0) and (0, 1, 0), and then the distance from v to that plane", 'multi_task', "proj_span([1,2,3],[[1,0,0],[0,1,0]]) ; distance([1,2,3],[1,2,0])")

# ---------------- refuse ----------------
R("integrate x^2 from 0 to 1", 'refuse', 'integration is out of scope')
R("lim x->0 sin x / x", 'refuse', 'limits are out of scope')
R("solve dy/dx = 2y", 'refuse', 'differential equations are out of scope')
R("what is the probability of getting 2 heads in 3 tosses", 'refuse', 'probability is out of scope')
R("prove that the eigenvalues of a symmetric matrix are real", 'refuse', 'proofs are out of scope')
R("explain what an eigenvector is", 'refuse', 'concept explanation without numbers')
R("find the inverse", 'refuse', 'incomplete: no matrix')
R("find the determinant of the matrix", 'refuse', 'incomplete: no matrix')
R("cross product of (1,2,3) and (4,5)", 'refuse', 'vectors of different dimension')
R("inverse of [[1,2],[2,4]]", 'refuse', 'singular matrix (det 0): no inverse; should say so')
R("asdfgh jkl", 'refuse', 'nonsense')
R("what is the capital of France", 'refuse', 'out of scope')
R("hello bot", 'refuse', 'no problem in the message')
R("derivative of", 'refuse', 'incomplete: no function')
R("multiply [[1,2,3],[4,5,6]] and [[1,2],[3,4]]", 'refuse', 'incompatible shapes 2x3 times 2x2')
R("eigenvalues of [[1,2,3],[4,5,6]]", 'refuse', 'non-square matrix has no eigenvalues')
R("write my ML assignment on neural networks", 'refuse', 'out of scope')
R("gaussian distribution pdf formula", 'refuse', 'probability distributions out of scope')
R("find x", 'refuse', 'incomplete')
R("Find the Fourier transform of e^-|t|", 'refuse', 'out of scope')
R("what is PCA", 'refuse', 'concept explanation without numbers')
R("taylor series", 'refuse', 'incomplete: no function')
R("gradient of", 'refuse', 'incomplete')
R("angle between (0,0) and (1,1)", 'refuse', 'zero vector: angle undefined')
R("add [[1,2],[3,4]] and [[1,2,3],[4,5,6]]", 'refuse', 'incompatible shapes')
R("Laplace transform of t^2", 'refuse', 'out of scope')
R("1 2 3 4", 'refuse', 'no problem stated')
R("🙏🙏🙏", 'refuse', 'no problem in the message')
R("determinant of [[1,2],[3]]", 'refuse', 'ragged matrix')
R("Sir, could you please explain the intuition behind gradient descent and why the learning rate matters? I did not understand it in class today.", 'refuse', 'concept explanation without numbers')
R("find the eigenvalues of A", 'refuse', 'incomplete: A not given')

# ---------------- extra: longer messages with context and several tasks ----------------
X("Sir, in the Week 2 quiz there was a question: vectors r = (3, 4) and s = (2, 1). Find the scalar projection of s onto r and also the vector projection of s onto r. I got 2 for the scalar one, please confirm.", 'multi_task', "scalar_projection([2,1],[3,4]) ; projection([2,1],[3,4])")
X("Hello! I am revising for the midsem. For the matrix A = [[4, -1], [2, 1]] I need the eigenvalues, the eigenvectors and the determinant. My friend says det = 6 but I am not sure.", 'multi_task', "eigenvalues([[4,-1],[2,1]]) ; eigenvectors([[4,-1],[2,1]]) ; det([[4,-1],[2,1]])")
X("We have three students' marks in two subjects: (60, 70), (80, 90), (100, 80). Compute the mean of the data and the covariance matrix dividing by N. This is for our data science lab record.", 'multi_task', "mean([[60,70],[80,90],[100,80]]) ; covariance([[60,70],[80,90],[100,80]])")
X("Our optimisation tutorial: f(x, y) = x^2 - xy + y^2 - 3x. Find all critical points and the Hessian there, and tell me the gradient at (0, 0) too.", 'multi_task', "critical_points('x**2-x*y+y**2-3*x') ; hessian('x**2-x*y+y**2-3*x') ; gradient('x**2-x*y+y**2-3*x','xy',[0,0])")
X("Can you help me with problem 5 of the assignment? It says: let A = [[1, 2, 1], [0, 1, 3], [2, 4, 2]]. (i) find the rank of A, (ii) find a basis for the null space. Due tomorrow morning 😅", 'multi_task', "rank([[1,2,1],[0,1,3],[2,4,2]]) ; nullspace([[1,2,1],[0,1,3],[2,4,2]])")
X("Prof said we should verify Newton's method by hand. f(x) = x^2 - 5, start from x0 = 2, do three iterations and give the iterates. Also what is f'(x)?", 'multi_task', "newton('x**2-5',2,3) ; derivative('x**2-5')")
X("I am trying to understand backprop. If L = (w*x + b - y)^2 with one data point x = 2, y = 3, what is the gradient of L with respect to w and b at w = 1, b = 0? Please show the chain rule steps.", 'indexed_vars', "loss_gradient('w*x+b',[2],[3],['w','b'],[1,0],'sse')")
X("Hi, this is from the linear regression lecture. Data x = 0, 1, 2 and y = 1, 3, 4, model y = m*x + c, loss is the sum of squared errors (no dividing). Find the gradient of the loss w.r.t. m and c at m = 0, c = 0.", 'multi_task', "loss_gradient('m*x+c',[0,1,2],[1,3,4],['m','c'],[0,0],'sse')")
X("Good evening ma'am. The question in the book is to run two steps of gradient descent on f(x, y) = (x - 1)^2 + 3y^2 from (0, 1) with learning rate 0.1. I keep getting different numbers, can you list both iterates?", 'multi_task', "gradient_descent('(x-1)**2+3*y**2','xy',[0,1],0.1,2)")
X("For the transformation T(x, y, z) = (x + y, y*z, x^2), find the Jacobian matrix. This is the part of the assignment on multivariate chain rule.", 'plain', "jacobian(['x+y','y*z','x**2'],'xyz')")
X("In class we did f(x, y) = x^2 y with x = cos t and y = sin t. Find df/dt using the multivariable chain rule. I want to compare with my notebook.", 'plain', "chain_rule('x**2*y',{'x':'cos(t)','y':'sin(t)'})")
X("Hi, doubt from the PCA week: for points (1, 1), (-1, -1), (2, -2), (-2, 2) what are the principal components and what fraction of the variance does each explain? Divide by N like the course does.", 'multi_task', "pca([[1,1],[-1,-1],[2,-2],[-2,2]]) ; pca_ratio([[1,1],[-1,-1],[2,-2],[-2,2]])")
X("My roommate and I disagree. The matrix is [[1, 1], [1, 1]]. He says eigenvalues are 1 and 1, I say 0 and 2. Who is right? Also give the eigenvectors please.", 'multi_task', "eigenvalues([[1,1],[1,1]]) ; eigenvectors([[1,1],[1,1]])")
X("We were asked to check whether the vectors (1, 2, 1), (2, 1, 0) and (3, 3, 1) are linearly independent. Please compute the rank of the matrix with these as rows, and the determinant as well.", 'multi_operand', "rank([[1,2,1],[2,1,0],[3,3,1]]) ; det([[1,2,1],[2,1,0],[3,3,1]])")
X("Tutorial sheet 6, Q1: Find the Taylor polynomial of f(x) = e^x cos x about x = 0 up to and including the x^3 term. Q2: the same for sin(x)/(1 + x) up to order 2.", 'scope_words', "taylor('exp(x)*cos(x)',3) ; taylor('sin(x)/(1+x)',2)")
X("Sir my question is about norms. For v = (2, -2, 1) compute the L1 norm, the L2 norm and the max norm. In the lecture you said they are all different, I want to see it with numbers.", 'norms_distances', "norm([2,-2,1],1) ; norm([2,-2,1]) ; norm([2,-2,1],'inf')")
X("Long question sorry. Let u = (1, 1, 0, 1) and v = (0, 1, 1, 1). (a) compute u · v (b) compute ||u - v|| (c) the angle between u and v in radians.", 'multi_task', "dot([1,1,0,1],[0,1,1,1]) ; norm(sub([1,1,0,1],[0,1,1,1])) ; angle([1,1,0,1],[0,1,1,1])")
X("I'm making flashcards for the exam. For f(x) = x^4 - 2x^2, I need f'(x), f''(x) and the critical points. Thanks a lot in advance!", 'multi_task', "derivative('x**4-2*x**2') ; higher_derivative('x**4-2*x**2',2) ; critical_points('x**4-2*x**2','x')")
X("The professor wrote A = [[2, 1], [1, 2]] and B = [[1, -1], [0, 1]] on the board and asked for AB, BA and A + B. I copied it in a hurry so hopefully the numbers are right.", 'multi_task', "multiply([[2,1],[1,2]],[[1,-1],[0,1]]) ; multiply([[1,-1],[0,1]],[[2,1],[1,2]]) ; add([[2,1],[1,2]],[[1,-1],[0,1]])")
X("Hello sir, I have a 3x3 system from the electrical circuits class: 2a + b = 5, a + 3b + c = 10, b + 2c = 7, where a, b, c are currents. Can you solve it for a, b and c?", 'letter_vars', "solve_system(['2*a+b=5','a+3*b+c=10','b+2*c=7'],'abc')")
X("Hi, hope you are doing well. I wanted the gradient of the function g(u, v) = u^2 v + e^(u v) with respect to u and v, and then its value at u = 0, v = 1.", 'letter_vars', "gradient('u**2*v+exp(u*v)','uv') ; gradient('u**2*v+exp(u*v)','uv',[0,1])")
X("Question from a past paper (2023): Apply Gram-Schmidt to the vectors (1, 0, 1, 0), (1, 1, 0, 0) and (0, 1, 1, 1) to get an orthonormal set. I always mess up the normalisation step.", 'multi_operand', "gram_schmidt([1,0,1,0],[1,1,0,0],[0,1,1,1])")
X("In the ML course they say the derivative of sigmoid is s(1 - s). Can you actually compute d/dx of 1/(1 + e^(-x)) at x = 0 so I can check it equals 1/4?", 'exp_ml', "derivative('1/(1+exp(-x))','x',0)")
X("Ma'am I have the matrix [[1, 0, 1], [0, 2, 0], [1, 0, 1]] from the assignment. Find the eigenvalues first and then the trace, and check that the trace is the sum of the eigenvalues.", 'multi_task', "eigenvalues([[1,0,1],[0,2,0],[1,0,1]]) ; trace([[1,0,1],[0,2,0],[1,0,1]])")
X("Last one for tonight I promise 🙏 — find the inverse of [[1, 1, 0], [0, 1, 1], [1, 0, 1]] and its determinant.", 'multi_task', "inverse([[1,1,0],[0,1,1],[1,0,1]]) ; det([[1,1,0],[0,1,1],[1,0,1]])")
X("We are doing the lab on logistic loss. For one sample with label y = 1, the loss is L(z) = log(1 + e^(-z)). Find dL/dz and its second derivative as well.", 'exp_ml', "derivative('log(1+exp(-z))','z') ; higher_derivative('log(1+exp(-z))',2,'z')")
R("Sir I missed yesterday's lecture on eigenvalues, can you tell me what topics were covered and what will come in the quiz?", 'refuse', 'no problem in the message; schedule question')
R("Hi, the question says: find the inverse of the matrix given in Figure 2. I can't upload the figure, can you still do it?", 'refuse', 'matrix not given; ask for it')
R("Our teacher asked to compute the double integral of x*y over the unit square and also explain Green's theorem. Please help, it's urgent.", 'refuse', 'integration and proofs are out of scope')
R("For A = [[1, 2], [3, 4]] and B = [[1, 2, 3]], find A + B. My answer key says it's possible but I don't see how.", 'refuse', 'shapes 2x2 and 1x3 cannot be added')
R("Bro I need the eigenvalues of the 5x5 matrix from the project, I will send it later. Just tell me the method for now.", 'refuse', 'no matrix given; concept question')

# ---------------- extra: pasted from notes or code ----------------
X("B = np.array([[1, 2, 0],\n              [0, 1, 1],\n              [2, 0, 1]])\nprint(np.linalg.det(B))\nwhat will this print", 'numpy', "det([[1,2,0],[0,1,1],[2,0,1]])")
X(">>> np.linalg.inv(A)\nwhere\n>>> A\narray([[ 2, -1],\n       [ 1,  1]])", 'numpy', "inverse([[2,-1],[1,1]])")
X("u = np.array([1, 2, 2])\nv = np.array([2, 1, -2])\nnp.dot(u, v), np.cross(u, v)", 'numpy', "dot([1,2,2],[2,1,-2]) ; cross([1,2,2],[2,1,-2])")
X("X = np.array([[2, 0],\n              [0, 2],\n              [4, 4]])\nX.mean(axis=0)\nnp.cov(X, rowvar=False, bias=True)", 'numpy', "mean([[2,0],[0,2],[4,4]]) ; covariance([[2,0],[0,2],[4,4]])")
X("M = np.array([[3, 1], [1, 3]])\nw, V = np.linalg.eigh(M)\nwhat are w and V", 'numpy', "eigenvalues([[3,1],[1,3]]) ; eigenvectors([[3,1],[1,3]])")
X("A = np.array([[1, 2], [0, 1]])\nA @ A @ A", 'numpy', "matrix_expression('A*A*A', A=[[1,2],[0,1]])")
X("np.linalg.norm([1, 2, 2], ord=1)", 'numpy', "norm([1,2,2],1)")
X(r"Evaluate $\mathbf{A}\mathbf{x}$ where $\mathbf{A} = \begin{bmatrix} 2 & 0 & 1 \\ 1 & 3 & 0 \end{bmatrix}$ and $\mathbf{x} = \begin{bmatrix} 1 \\ 2 \\ 3 \end{bmatrix}$", 'latex', "multiply([[2,0,1],[1,3,0]],[1,2,3])")
X(r"Find $\frac{d^2}{dx^2}\left[ x^2 \ln x \right]$", 'latex', "higher_derivative('x**2*log(x)',2)")
X(r"Let $f(x, y, z) = x y^2 z^3$. Compute $\frac{\partial^2 f}{\partial x \partial z}$.", 'latex', "partial_derivative('x*y**2*z**3',['x','z'])")
X(r"Compute $\det \begin{pmatrix} 1 & 0 & 2 & 0 \\ 0 & 1 & 0 & 3 \\ 2 & 0 & 1 & 0 \\ 0 & 3 & 0 & 1 \end{pmatrix}$", 'latex', "det([[1,0,2,0],[0,1,0,3],[2,0,1,0],[0,3,0,1]])")
X(r"Find the Jacobian $\frac{\partial (u, v)}{\partial (x, y)}$ for $u = x e^{y}$, $v = x + y^{2}$", 'latex', "jacobian(['x*exp(y)','x+y**2'])")
X("From my notes:\nA =\n[ 1  2  0 ]\n[ 2  1  0 ]\n[ 0  0  3 ]\nEigenvalues = ?", 'multiline', "eigenvalues([[1,2,0],[2,1,0],[0,0,3]])")
X("f(x1, x2, x3) = x1*x2 + x2*x3 + x3*x1\n∇f = ?\nH = ?", 'multiline', "gradient('x1*x2+x2*x3+x3*x1',['x1','x2','x3']) ; hessian('x1*x2+x2*x3+x3*x1',['x1','x2','x3'])")
X("samples (rows) :\n 1  0  2\n 3  2  2\n 2  1  5\ncompute covariance matrix (population)", 'multiline', "covariance([[1,0,2],[3,2,2],[2,1,5]])")
X("Given\n  u = [2, 1, -1]\n  v = [1, 0, 3]\nfind projection of u onto v", 'multiline', "projection([2,1,-1],[1,0,3])")
X("eqns\n3x + 2y = 12\nx - y = -1\nsolve it", 'multiline', "solve_system(['3*x+2*y=12','x-y=-1'],'xy')")

def build():
    items = []
    for k, it in enumerate(ITEMS, 1):
        if it['expect'] == 'refuse': ans = []
        else:
            ns = {k2: v for k2, v in globals().items() if callable(v)}
            ans = [eval(part.strip(), ns) for part in it['rest'].split(' ; ')]
        d = {'id': 'hv12-%03d' % k, 'text': it['text'], 'class': it['cls'], 'restatement': it['rest'],
             'expect': it['expect'], 'ambiguous': it['amb'], 'note': it['note'], 'answers': ans}
        items.append(d)
    return items

class D(yaml.SafeDumper): pass
def _str(dumper, s):
    if '\n' in s: return dumper.represent_scalar('tag:yaml.org,2002:str', s, style='|')
    return dumper.represent_scalar('tag:yaml.org,2002:str', s)
D.add_representer(str, _str)

if __name__ == '__main__':
    import os, collections
    items = build()
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'parse_heldout_v12.yaml')
    with open(path, 'w', encoding='utf-8') as f:
        yaml.dump(items, f, Dumper=D, sort_keys=False, allow_unicode=True, width=1000)
    c = collections.Counter(i['class'] for i in items)
    print(len(items), dict(c))
    print('refuse', sum(i['expect'] == 'refuse' for i in items), 'ambiguous', sum(i['ambiguous'] for i in items))
