"""Held-out set v9 for the MML Tutor reader. Every expected answer is computed with SymPy
from the clean restatement (a ';'-separated list of task calls evaluated below)."""
import re, itertools, yaml
import sympy as sp
from sympy import Matrix, sstr, Rational, eye

FUN = {'sin', 'cos', 'tan', 'exp', 'log', 'sqrt', 'tanh', 'sinh', 'cosh', 'atan', 'asin',
       'acos', 'pi', 'Max', 'Abs', 'sec', 'cbrt', 'Rational', 'sum'}

def P(s):
    names = set(re.findall(r'[A-Za-z_]\w*', s)) - FUN
    loc = {n: sp.Symbol(n) for n in names}
    return sp.parse_expr(s, local_dict=loc)

def S(n): return sp.Symbol(n)
def M(m): return Matrix(m)
def V(v): return Matrix(v) if not isinstance(v, Matrix) else v
def R(x): return sp.nsimplify(x) if isinstance(x, float) else sp.sympify(x)
def num(x, d=4): return float(round(float(x), d))

def ser(v):
    if isinstance(v, sp.MatrixBase): return 'Matrix(' + ser(v.tolist()) + ')'
    if isinstance(v, (list, tuple)): return '[' + ', '.join(ser(x) for x in v) + ']'
    if isinstance(v, dict): return '{' + ', '.join(sstr(k) + ': ' + ser(x) for k, x in v.items()) + '}'
    return sstr(v)

def ans(task, typ, val):
    return {'task': task, 'type': typ, 'value': ser(val)}

def _eigs(A):
    A = M(A); lam = sp.Symbol('lam')
    p = sp.Poly(A.charpoly(lam).as_expr(), lam)
    r = sp.roots(p)
    vals = []
    if sum(r.values()) == p.degree() and not any(v.has(sp.I) and p.degree() >= 3 for v in r):
        for k, m in r.items(): vals += [sp.simplify(k)] * m
    else:
        vals = p.all_roots()
    try: vals = sorted(vals, key=lambda z: (sp.re(z).evalf(), sp.im(z).evalf()))
    except TypeError: pass
    return vals

def _norm_vecs(vs):
    out = []
    for v in vs:
        v = sp.simplify(v)
        for c in v:
            if c != 0: v = sp.simplify(v / c); break
        out.append(v)
    return out

# ---- tasks -----------------------------------------------------------------
def det(A): return ans('det', 'number', M(A).det())
def detexpr(e, **k): return ans('det', 'number', _mx(e, **k).det())
def det_of_jacobian(fs, vs): return ans('det', 'expr', sp.simplify(Matrix([P(f) for f in fs]).jacobian([S(v) for v in vs]).det()))
def inverse(A): return ans('inverse', 'matrix', M(A).inv())
def transpose(A): return ans('transpose', 'matrix', M(A).T)
def multiply(A, B): return ans('multiply', 'matrix', M(A) * M(B))
def add(*xs):
    r = M(xs[0])
    for x in xs[1:]: r = r + M(x)
    return ans('add', 'vector' if r.shape[1] == 1 else 'matrix', r)
def subtract(A, B):
    r = M(A) - M(B); return ans('subtract', 'vector' if r.shape[1] == 1 else 'matrix', r)
def hadamard_pow(A, n): return A.applyfunc(lambda t: t ** n)
def _mx(e, **k):
    env = {n: (V(v) if (isinstance(v, list) and not isinstance(v[0], list)) else M(v)) for n, v in k.items()}
    n = next(iter(env.values())).shape[0]
    env['I'] = eye(n); env['hadamard_pow'] = hadamard_pow; env['matrix_power'] = lambda A, p: A ** p
    return eval(e, {'__builtins__': {}}, env)
def matexpr(e, **k):
    r = _mx(e, **k)
    if r.shape == (1, 1): return ans('matrix_expression', 'number', r[0, 0])
    return ans('matrix_expression', 'matrix', r)
def rank(A): return ans('rank', 'number', M(A).rank())
def rref(A): return ans('rref', 'matrix', M(A).rref()[0])
def nullspace(A): return ans('nullspace', 'vectors_up_to_scale', _norm_vecs(M(A).nullspace()))
def trace(A): return ans('trace', 'number', M(A).trace())
def eigenvalues(A): return ans('eigenvalues', 'multiset', _eigs(A))
def eigenvectors(A):
    vs = []
    for lam, m, basis in sorted(M(A).eigenvects(), key=lambda t: sp.re(t[0]).evalf()):
        vs += basis
    return ans('eigenvectors', 'vectors_up_to_scale', _norm_vecs(vs))
def solve_system(eqs, vs):
    syms = [S(v) for v in vs]
    E = [P(l) - P(r) for l, r in (q.split('=') for q in eqs)]
    sol = sp.solve(E, syms, dict=True)
    assert len(sol) == 1 and len(sol[0]) == len(syms), sol
    return ans('solve_system', 'points', [{s: sol[0][s] for s in syms}])
def solve_matrix(A, b):
    x = M(A).LUsolve(V(b)); return ans('solve_system', 'vector', x)
def dot(u, v): return ans('dot', 'number', V(u).dot(V(v)))
def cross(u, v):
    assert len(u) == 3 == len(v); return ans('cross', 'vector', V(u).cross(V(v)))
def vsub(u, v): return list(V(u) - V(v))
def vadd(u, v): return list(V(u) + V(v))
def distance(p, q): return ans('distance', 'number', sp.sqrt(sum((R(a) - R(b)) ** 2 for a, b in zip(p, q))))
def norm(v, p=2):
    v = [R(a) for a in v]
    if p == 'inf': r = max(abs(a) for a in v)
    elif p == 1: r = sum(abs(a) for a in v)
    else: r = sp.sqrt(sum(a ** 2 for a in v))
    return ans('norm', 'number', sp.nsimplify(r))
def angle(u, v):
    u, v = V(u), V(v)
    return ans('angle', 'number', sp.simplify(sp.acos(u.dot(v) / (u.norm() * v.norm()))))
def projection(u, v):
    u, v = V(u), V(v); return ans('projection', 'vector', (u.dot(v) / v.dot(v)) * v)
def projection_span(u, basis):
    B = Matrix.hstack(*[V(b) for b in basis])
    return ans('projection', 'vector', sp.simplify(B * (B.T * B).inv() * B.T * V(u)))
def scalar_projection(u, v):
    u, v = V(u), V(v); return ans('scalar_projection', 'number', sp.simplify(u.dot(v) / v.norm()))
def gram_schmidt(*vs):
    return ans('gram_schmidt', 'list', [sp.simplify(w) for w in sp.GramSchmidt([V(v) for v in vs], True)])
def _cov(pts, sample=False):
    X = M(pts); n = X.shape[0]
    mu = Matrix([[sum(X[:, j]) / n for j in range(X.shape[1])]])
    C = (X - Matrix.vstack(*[mu] * n)).T * (X - Matrix.vstack(*[mu] * n))
    return C / (n - 1 if sample else n)
def _pca_vecs(pts):
    C = _cov(pts); vs = []
    for lam, m, basis in sorted(C.eigenvects(), key=lambda t: -t[0].evalf()): vs += basis
    return _norm_vecs(vs)
def pca(pts): return ans('pca', 'vectors_up_to_scale', _pca_vecs(pts))
def pca_first(pts):
    d = pca(pts); d['value'] = ser(_pca_vecs(pts)[:1]); return d
def pca_ratio(pts):
    C = _cov(pts); ev = sorted(_eigs(C), key=lambda z: -z.evalf()); t = sum(ev)
    return ans('pca', 'list', [sp.simplify(e / t) for e in ev])
def mean(data):
    if isinstance(data[0], (list, tuple)):
        X = M(data); n = X.shape[0]
        return ans('mean', 'vector', Matrix([sum(X[:, j]) / n for j in range(X.shape[1])]))
    return ans('mean', 'number', sp.Rational(sum(R(a) for a in data), len(data)) if all(isinstance(a, int) for a in data) else sum(R(a) for a in data) / len(data))
def variance(data, sample=False):
    d = [R(a) for a in data]; n = len(d); mu = sum(d) / n
    return ans('variance', 'number', sum((a - mu) ** 2 for a in d) / (n - 1 if sample else n))
def covariance(pts, sample=False): return ans('covariance', 'matrix', _cov(pts, sample))
def np_cov_rows(X): return ans('covariance', 'matrix', _cov(M(X).T.tolist(), True))
def derivative(f, v='x'): return ans('derivative', 'expr', sp.diff(P(f), S(v)))
def derivative_at(f, v, a): return ans('derivative', 'number', sp.diff(P(f), S(v)).subs(S(v), R(a)))
def relu_derivative_at(a): return ans('derivative', 'number', 1 if a > 0 else 0)
def higher_derivative(f, v, n): return ans('higher_derivative', 'expr', sp.diff(P(f), S(v), n))
def partial_derivative(f, v):
    vs = [v] if isinstance(v, str) else v
    return ans('partial_derivative', 'expr', sp.diff(P(f), *[S(a) for a in vs]))
def gradient(f, vs, at=None):
    g = Matrix([sp.diff(P(f), S(v)) for v in vs])
    if at is not None: g = g.subs({S(v): R(a) for v, a in zip(vs, at)})
    return ans('gradient', 'vector', g)
def jacobian(fs, vs): return ans('jacobian', 'matrix', Matrix([P(f) for f in fs]).jacobian([S(v) for v in vs]))
def hessian(f, vs): return ans('hessian', 'matrix', sp.hessian(P(f), [S(v) for v in vs]))
def taylor(f, v='x', a=0, n=3):
    x = S(v); return ans('taylor', 'expr', sp.series(P(f), x, R(a), n + 1).removeO())
def taylor_nonzero(f, v='x', a=0, k=3):
    x = S(v); return ans('taylor', 'expr', sum(itertools.islice(P(f).series(x, R(a), None), k)))
def critical_points(f, vs):
    syms = [S(v) for v in vs]
    sol = sp.solve([sp.diff(P(f), s) for s in syms], syms, dict=True)
    sol = [d for d in sol if all(sp.im(val) == 0 for val in d.values())]
    return ans('critical_points', 'points', sol)
def chain_rule(f, subs, t='t'):
    g = P(f).subs({S(k): P(val) for k, val in subs.items()})
    return ans('chain_rule', 'expr', sp.simplify(sp.diff(g, S(t))))
def newton(f, x0, n, v='x'):
    x = S(v); F = P(f); d = sp.diff(F, x); xs = []; cur = R(x0)
    for _ in range(n):
        cur = sp.nsimplify(cur - F.subs(x, cur) / d.subs(x, cur)); xs.append(num(cur))
    return ans('newton', 'list', xs)
def gradient_descent(f, vs, x0, lr, n):
    syms = [S(v) for v in vs]; F = P(f); g = [sp.diff(F, s) for s in syms]
    cur = [R(a) for a in x0]; lr = R(lr); out = []
    for _ in range(n):
        gv = [gi.subs(dict(zip(syms, cur))) for gi in g]
        cur = [c - lr * q for c, q in zip(cur, gv)]
        out.append(num(cur[0]) if len(cur) == 1 else [num(c) for c in cur])
    return ans('gradient_descent', 'list', out)
def loss_gradient(per_point, params, data, reduce='sum', at=None):
    e = P(per_point); x, y = S('x'), S('y')
    L = sum(e.subs({x: R(a), y: R(b)}) for a, b in data)
    if reduce == 'mean': L = L / len(data)
    g = Matrix([sp.expand(sp.diff(L, S(p))) for p in params])
    if at is not None: g = g.subs({S(p): R(a) for p, a in zip(params, at)})
    return ans('loss_gradient', 'vector' if len(params) > 1 else ('number' if at is not None else 'expr'), g if len(params) > 1 else g[0])

NS = {k: v for k, v in globals().items() if callable(v)}

ITEMS = []
def a(cls, text, rs, expect='answer', amb=False, note=''):
    ITEMS.append(dict(cls=cls, text=text, rs=rs, expect=expect, amb=amb, note=note))
def r(cls, text, note):
    a(cls, text, '', expect='refuse', note=note)

# ============================ plain ==========================================
C = 'plain'
a(C, "Find the determinant of [[3, 7], [1, 5]]", "det([[3,7],[1,5]])")
a(C, "Compute the inverse of the matrix [[4, 7], [2, 6]].", "inverse([[4,7],[2,6]])")
a(C, "What is the transpose of [[1, 0, 5], [2, -3, 4]]?", "transpose([[1,0,5],[2,-3,4]])")
a(C, "Multiply the matrices [[1, 2], [0, 1]] and [[3, -1], [2, 4]].", "multiply([[1,2],[0,1]],[[3,-1],[2,4]])")
a(C, "Find the rank of the matrix [[1, 2, 3], [2, 4, 6], [1, 0, 1]].", "rank([[1,2,3],[2,4,6],[1,0,1]])")
a(C, "Find the trace of [[5, 2, 0], [1, -3, 4], [7, 8, 9]]", "trace([[5,2,0],[1,-3,4],[7,8,9]])")
a(C, "Find the eigenvalues of [[2, 1], [1, 2]].", "eigenvalues([[2,1],[1,2]])")
a(C, "Solve the system 2x + y = 5, x - 3y = -1.", "solve_system(['2*x+y=5','x-3*y=-1'],['x','y'])")
a(C, "Find the dot product of (3, -2, 5) and (1, 4, 2).", "dot([3,-2,5],[1,4,2])")
a(C, "Differentiate f(x) = x^3 - 4x^2 + 7x - 2.", "derivative('x**3-4*x**2+7*x-2')")
a(C, "Find the gradient of f(x, y) = x^2 y + 3y^3.", "gradient('x**2*y+3*y**3',['x','y'])")
a(C, "Compute the Hessian of f(x, y) = x^3 + 2xy^2 - y.", "hessian('x**3+2*x*y**2-y',['x','y'])")
a(C, "Find the Jacobian of (x^2 y, x + sin y) with respect to x and y.", "jacobian(['x**2*y','x+sin(y)'],['x','y'])")
a(C, "Find the reduced row echelon form of [[1, 2, -1], [2, 5, 1], [3, 7, 0]].", "rref([[1,2,-1],[2,5,1],[3,7,0]])")
a(C, "Find the null space of [[1, 2], [2, 4]].", "nullspace([[1,2],[2,4]])")
a(C, "Find the eigenvectors of [[4, 1], [2, 3]].", "eigenvectors([[4,1],[2,3]])")
a(C, "Find the angle between u = (1, 0, 1) and v = (0, 1, 1).", "angle([1,0,1],[0,1,1])")
a(C, "Find the vector projection of u = (2, 3) onto v = (1, 1).", "projection([2,3],[1,1])")
a(C, "Find the critical points of f(x, y) = x^2 + y^2 - 4x + 6y.", "critical_points('x**2+y**2-4*x+6*y',['x','y'])")
a(C, "Find the mean of the data 4, 8, 15, 16, 23, 42.", "mean([4,8,15,16,23,42])")
a(C, "Use Gram-Schmidt to find an orthonormal basis from (1, 1, 0) and (1, 0, 1).", "gram_schmidt([1,1,0],[1,0,1])")
a(C, "Find the scalar projection of (3, 4) onto (1, 0).", "scalar_projection([3,4],[1,0])")
a(C, "Find the principal components of the data (2, 0), (0, 2), (-2, 0), (0, -2), (1, 1), (-1, -1) and the fraction of variance each explains.", "pca([[2,0],[0,2],[-2,0],[0,-2],[1,1],[-1,-1]]) ; pca_ratio([[2,0],[0,2],[-2,0],[0,-2],[1,1],[-1,-1]])")
a(C, "Apply Newton-Raphson to f(x) = x^3 - 2x - 5 starting from x0 = 2. Give the first 3 iterates.", "newton('x**3-2*x-5',2,3)")
a(C, "Do 3 steps of gradient descent on f(x) = (x - 3)^2 starting at x = 0 with learning rate 0.1.", "gradient_descent('(x-3)**2',['x'],[0],'1/10',3)")
a(C, "Perform two gradient descent steps on f(x, y) = x^2 + 2y^2 from (1, 1) with step size 0.25.", "gradient_descent('x**2+2*y**2',['x','y'],[1,1],'1/4',2)")
a(C, "Let f(x, y) = x^2 y with x = cos t and y = sin t. Find df/dt.", "chain_rule('x**2*y',{'x':'cos(t)','y':'sin(t)'})")
a(C, "If f = xy + y^2, x = t^2 and y = 3t, use the chain rule to find df/dt.", "chain_rule('x*y+y**2',{'x':'t**2','y':'3*t'})")
a(C, "Project the vector (1, 2, 3) onto the span of (1, 0, 0) and (0, 1, 0).", "projection_span([1,2,3],[[1,0,0],[0,1,0]])")
a(C, "Find the orthogonal projection of v = (2, 1, 3) onto the subspace spanned by (1, 1, 0) and (0, 1, 1).", "projection_span([2,1,3],[[1,1,0],[0,1,1]])")
a(C, "Compute the covariance matrix of the points (1, 1), (2, 3), (3, 2).", "covariance([[1,1],[2,3],[3,2]])")
a(C, "Find the eigenvalues of [[2, 1, 0], [1, 3, 1], [0, 1, 4]].", "eigenvalues([[2,1,0],[1,3,1],[0,1,4]])", note='harder: irreducible cubic with three real roots')
a(C, "Differentiate sin(e^(x^2)).", "derivative('sin(exp(x**2))')")
a(C, "Solve x + 2y - z = 3, 2x - y + z = 3, x + y + 2z = 9.", "solve_system(['x+2*y-z=3','2*x-y+z=3','x+y+2*z=9'],['x','y','z'])")
a(C, "For the data (1, 2), (2, 3), (3, 5), find the gradient of the mean squared error L(m, c) = (1/3) * sum of (m x_i + c - y_i)^2 at m = 1, c = 0.", "loss_gradient('(m*x+c-y)**2',['m','c'],[(1,2),(2,3),(3,5)],'mean',[1,0])")
a(C, "Find the sample variance of 2, 4, 4, 5.", "variance([2,4,4,5],sample=True)")
a(C, "Find the derivative of log(cos(3x)).", "derivative('log(cos(3*x))')")
a(C, "Find the eigenvalues of [[3, 1, 1], [1, 2, 0], [1, 0, 5]].", "eigenvalues([[3,1,1],[1,2,0],[1,0,5]])", note='harder: symmetric, irreducible cubic, three real irrational roots')
a(C, "What are the eigenvalues of [[0, 1, 0], [0, 0, 1], [2, 1, 0]]?", "eigenvalues([[0,1,0],[0,0,1],[2,1,0]])", note='harder: one real root and a complex pair')
a(C, "Find the eigenvalues of the matrix [[1, 2, 0], [2, 1, 0], [0, 0, 5]].", "eigenvalues([[1,2,0],[2,1,0],[0,0,5]])")

# ============================ words_dropped ==================================
C = 'words_dropped'
a(C, "d/dx of x cubed times sin x", "derivative('x**3*sin(x)')")
a(C, "differentiate 3x squared plus 5x minus 2", "derivative('3*x**2+5*x-2')")
a(C, "derivative of e to the x times x squared", "derivative('exp(x)*x**2')")
a(C, "find A.T A where A = [[1, 2], [3, 4], [0, 1]]", "matexpr('A.T*A',A=[[1,2],[3,4],[0,1]])")
a(C, "A' for A = [[2, 5, 1], [0, 3, 7]]", "transpose([[2,5,1],[0,3,7]])")
a(C, "compute B^T B for B = [[1, 0], [2, 1]]", "matexpr('B.T*B',B=[[1,0],[2,1]])")
a(C, "determinant and inverse of [[2, 3], [1, 4]]", "det([[2,3],[1,4]]) ; inverse([[2,3],[1,4]])")
a(C, "rank and trace of [[1, 1, 0], [0, 1, 1], [1, 2, 1]]", "rank([[1,1,0],[0,1,1],[1,2,1]]) ; trace([[1,1,0],[0,1,1],[1,2,1]])")
a(C, "x to the power 4 minus 2 x cubed, differentiate", "derivative('x**4-2*x**3')")
a(C, "partial derivative of x squared y cubed with respect to y", "partial_derivative('x**2*y**3','y')")
a(C, "second derivative of x to the fifth plus e to the minus x", "higher_derivative('x**5+exp(-x)','x',2)")
a(C, "square root of x plus 1 over x, find derivative", "derivative('sqrt(x)+1/x')", amb=True, note='could be sqrt(x+1)/x or sqrt(x) + 1/x; took sqrt(x) + 1/x')
a(C, "transpose of [[1, 2], [3, 4]] and its determinant", "transpose([[1,2],[3,4]]) ; det([[1,3],[2,4]])", note='det of the transpose (equal to det of A)')
a(C, "d/dx sin squared x", "derivative('sin(x)**2')")
a(C, "gradient of x squared plus y squared plus z squared at (1, 2, 3)", "gradient('x**2+y**2+z**2',['x','y','z'],[1,2,3])")
a(C, "find C transpose times C, C = [[2, 1], [0, 3]]", "matexpr('C.T*C',C=[[2,1],[0,3]])")
a(C, "cube of x minus x squared over 2, derivative", "derivative('x**3-x**2/2')", amb=True, note='took x^3 - x^2/2 (not (x^3 - x^2)/2)')
a(C, "what is A^T when A = [[7, 8], [9, 10], [11, 12]]", "transpose([[7,8],[9,10],[11,12]])")

# ============================ exp_ml =========================================
C = 'exp_ml'
a(C, "d/dx sigmoid(x)", "derivative('1/(1+exp(-x))')")
a(C, "derivative of 1/(1+e^-3x)", "derivative('1/(1+exp(-3*x))')", amb=True, note='e^-3x read as e^(-3x), as students mean')
a(C, "differentiate softplus log(1+e^x)", "derivative('log(1+exp(x))')")
a(C, "d/dx tanh(2x)", "derivative('tanh(2*x)')")
a(C, "derivative of relu(x) at x = -2", "relu_derivative_at(-2)")
a(C, "d/dx e^3x", "derivative('exp(3*x)')", amb=True, note='e^3x read as e^(3x), not x*e^3')
a(C, "d/dx exp(-x^2/2)", "derivative('exp(-x**2/2)')")
a(C, "derivative of x*e^-2x", "derivative('x*exp(-2*x)')", amb=True, note='e^-2x read as e^(-2x)')
a(C, "second derivative of log(x^2 + 1)", "higher_derivative('log(x**2+1)','x',2)")
a(C, "gradient of sigmoid(w1*x1 + w2*x2) wrt w1, w2", "gradient('1/(1+exp(-(w1*x1+w2*x2)))',['w1','w2'])")
a(C, "d/dx tanh(x)^2", "derivative('tanh(x)**2')")
a(C, "derivative of ln(sigmoid(x))", "derivative('log(1/(1+exp(-x)))')")
a(C, "differentiate exp(2x) * cos(x)", "derivative('exp(2*x)*cos(x)')")
a(C, "d/dz of 1/(1 + exp(-z)) at z = 0", "derivative_at('1/(1+exp(-z))','z',0)")
a(C, "taylor series of e^-x up to x^3", "taylor('exp(-x)','x',0,3)")
a(C, "derivative of softplus(2x)", "derivative('log(1+exp(2*x))')")
a(C, "d/dx log(1 + e^(-x))", "derivative('log(1+exp(-x))')")
a(C, "d/dx (e^x - e^-x)/(e^x + e^-x)", "derivative('(exp(x)-exp(-x))/(exp(x)+exp(-x))')")
a(C, "derivative of relu(x) at x = 3.5", "relu_derivative_at(3.5)")
a(C, "d/dx of e^(x^2 + 1)", "derivative('exp(x**2+1)')")

# ============================ superscript_unicode ============================
C = 'superscript_unicode'
a(C, "d/dx x³ sin x", "derivative('x**3*sin(x)')")
a(C, "3rd derivative of x² eˣ", "higher_derivative('x**2*exp(x)','x',3)")
a(C, "derivative of x⁻¹ + x⁻²", "derivative('x**(-1)+x**(-2)')")
a(C, "find Aᵀ for A = [[1, 4], [2, 5], [3, 6]]", "transpose([[1,4],[2,5],[3,6]])")
a(C, "differentiate √(x² + 1)", "derivative('sqrt(x**2+1)')")
a(C, "∂/∂y of x²y³ + 4y", "partial_derivative('x**2*y**3+4*y','y')")
a(C, "gradient of f = x₁² + 3x₁x₂ + x₂²", "gradient('x1**2+3*x1*x2+x2**2',['x1','x2'])")
a(C, "derivative of ½x² − 3x", "derivative('x**2/2-3*x')")
a(C, "d/dθ sin²θ", "derivative('sin(theta)**2','theta')")
a(C, "f(x,y) = 3x²y − y³, find ∂²f/∂x∂y", "partial_derivative('3*x**2*y-y**3',['x','y'])")
a(C, "det of AᵀA, A = [[1, 2], [0, 1]]", "detexpr('A.T*A',A=[[1,2],[0,1]])")
a(C, "d/dx (x² + 1)³", "derivative('(x**2+1)**3')")
a(C, "d/dx x⁴ − 2x³ + x", "derivative('x**4-2*x**3+x')")
a(C, "derivative of eˣ⁺¹", "derivative('exp(x+1)')")
a(C, "taylor series of cos θ up to θ⁴", "taylor('cos(theta)','theta',0,4)")
a(C, "∂f/∂x for f = x²y + y²", "partial_derivative('x**2*y+y**2','x')")
a(C, "x = (2, −1), find ‖x‖", "norm([2,-1])")
a(C, "hessian of x² + xy + 2y²", "hessian('x**2+x*y+2*y**2',['x','y'])")
a(C, "d/dx 5√x − 2/x³", "derivative('5*sqrt(x)-2/x**3')")

# ============================ indexed_vars ===================================
C = 'indexed_vars'
a(C, "hessian of 2x1^2 - x1x2 + 4x2^2", "hessian('2*x1**2-x1*x2+4*x2**2',['x1','x2'])")
a(C, "gradient of x_1^2 + x_2^2 + x_1 x_2", "gradient('x1**2+x2**2+x1*x2',['x1','x2'])")
a(C, "partial derivative of w1*x1 + w2*x2 + b wrt w2", "partial_derivative('w1*x1+w2*x2+b','w2')")
a(C, "gradient of theta0 + theta1 x wrt theta0 and theta1", "gradient('theta0+theta1*x',['theta0','theta1'])")
a(C, "f(x1, x2, x3) = x1*x2*x3 + x3^2, find the gradient", "gradient('x1*x2*x3+x3**2',['x1','x2','x3'])")
a(C, "jacobian of [x1 + x2, x1*x2] wrt x1, x2", "jacobian(['x1+x2','x1*x2'],['x1','x2'])")
a(C, "critical points of x1^2 - 2x1 + x2^2 + 4x2", "critical_points('x1**2-2*x1+x2**2+4*x2',['x1','x2'])")
a(C, "d/dw1 of (w1*x1 + w0 - y)^2", "partial_derivative('(w1*x1+w0-y)**2','w1')")
a(C, "grad of x₁x₂ + x₂x₃", "gradient('x1*x2+x2*x3',['x1','x2','x3'])")
a(C, "∂/∂x2 of 3*x1^2*x2 - x2^3", "partial_derivative('3*x1**2*x2-x2**3','x2')")
a(C, "hessian of theta1^2 + 3 theta1 theta2 + theta2^2", "hessian('theta1**2+3*theta1*theta2+theta2**2',['theta1','theta2'])")
a(C, "gradient of a1*x^2 + a2*x wrt a1, a2", "gradient('a1*x**2+a2*x',['a1','a2'])")
a(C, "compute the gradient of f = 5x_1 - 3x_2 + x_1^2 x_2 at x_1 = 1, x_2 = 2", "gradient('5*x1-3*x2+x1**2*x2',['x1','x2'],[1,2])")
a(C, "gradient of (y - w0 - w1*x)^2 w.r.t. w0, w1", "gradient('(y-w0-w1*x)**2',['w0','w1'])")
a(C, "hessian of x1^3 + x2^3 - 3x1x2", "hessian('x1**3+x2**3-3*x1*x2',['x1','x2'])")
a(C, "partial of z1*z2^2 + z3 wrt z2", "partial_derivative('z1*z2**2+z3','z2')")
a(C, "d/dtheta1 of (theta0 + theta1*2 - 5)^2", "partial_derivative('(theta0+2*theta1-5)**2','theta1')")
a(C, "critical points of w_1^2 + w_1 w_2 + w_2^2 - 3w_1", "critical_points('w1**2+w1*w2+w2**2-3*w1',['w1','w2'])")

# ============================ letter_vars ====================================
C = 'letter_vars'
a(C, "second derivative of 5*i**4 - 2*i + 3 wrt i", "higher_derivative('5*i**4-2*i+3','i',2)")
a(C, "derivative of 4q^3 - q + 7", "derivative('4*q**3-q+7','q')")
a(C, "d/dt of t^2 e^t", "derivative('t**2*exp(t)','t')")
a(C, "differentiate 3*l**2 + 2*l with respect to l", "derivative('3*l**2+2*l','l')")
a(C, "d/dj (j^3 - 6j)", "derivative('j**3-6*j','j')")
a(C, "derivative of E^2 + 3E wrt E", "derivative('E**2+3*E','E')")
a(C, "find dy/dk for y = k^4 - 3k", "derivative('k**4-3*k','k')")
a(C, "third derivative of p^5 wrt p", "higher_derivative('p**5','p',3)")
a(C, "derivative of e*x^2", "derivative('exp(1)*x**2')", amb=True, note='e taken as Euler number (constant); x is the variable')
a(C, "partial derivative of i*j^2 + j wrt j", "partial_derivative('i*j**2+j','j')")
a(C, "d/dq (q^2 + 1)^3", "derivative('(q**2+1)**3','q')")
a(C, "what is the derivative of 7*n**2 - 3*n + 1 with respect to n", "derivative('7*n**2-3*n+1','n')")
a(C, "differentiate sin(t)*t^3 wrt t", "derivative('sin(t)*t**3','t')")
a(C, "derivative of 2*e**3 + 5*e wrt e", "derivative('2*e**3+5*e','e')", note='e is the variable here (wrt e)')
a(C, "gradient of i^2 + j^2 + k^2", "gradient('i**2+j**2+k**2',['i','j','k'])")
a(C, "What is the second derivative of -3*l**4 + l**2 - 8 wrt l?", "higher_derivative('-3*l**4+l**2-8','l',2)")

# ============================ multi_operand ==================================
C = 'multi_operand'
a(C, "rank of (1, 2, 1), (2, 0, 3), (3, 2, 4)", "rank([[1,2,1],[2,0,3],[3,2,4]])")
a(C, "A + Aᵀ for A = [[1, 3], [-2, 4]]", "matexpr('A+A.T',A=[[1,3],[-2,4]])")
a(C, "find A^2 where A = [[1, 1], [0, 2]]", "matexpr('A**2',A=[[1,1],[0,2]])")
a(C, "A^3 for A = [[2, 0], [1, 1]]", "matexpr('A**3',A=[[2,0],[1,1]])")
a(C, "compute 2A - 3I where A = [[4, 1], [2, 5]]", "matexpr('2*A-3*I',A=[[4,1],[2,5]])")
a(C, "find ABC: A = [[1, 0], [1, 1]], B = [[2, 1], [0, 1]], C = [[1, -1], [3, 0]]", "matexpr('A*B*C',A=[[1,0],[1,1]],B=[[2,1],[0,1]],C=[[1,-1],[3,0]])")
a(C, "vᵀAv with v = (1, 2), A = [[2, 1], [1, 3]]", "matexpr('v.T*A*v',A=[[2,1],[1,3]],v=[1,2])")
a(C, "dot product of u + v and w where u = (1,0,2), v = (0,3,1), w = (2,1,1)", "dot(vadd([1,0,2],[0,3,1]),[2,1,1])")
a(C, "are (1,0,0), (1,1,0), (1,1,1) linearly independent? give the rank", "rank([[1,0,0],[1,1,0],[1,1,1]])")
a(C, "A^2 + 2A + I for A = [[0, 1], [-1, 0]]", "matexpr('A**2+2*A+I',A=[[0,1],[-1,0]])")
a(C, "multiply [[1, 2, 3]], [[1], [0], [2]] and [[4, 5]]", "matexpr('A*B*C',A=[[1,2,3]],B=[[1],[0],[2]],C=[[4,5]])")
a(C, "AB - BA for A = [[1, 2], [3, 4]], B = [[0, 1], [1, 0]]", "matexpr('A*B-B*A',A=[[1,2],[3,4]],B=[[0,1],[1,0]])")
a(C, "determinant of AB where A = [[2, 1], [1, 1]] and B = [[3, 0], [1, 2]]", "detexpr('A*B',A=[[2,1],[1,1]],B=[[3,0],[1,2]])")
a(C, "gram schmidt on (1, 1, 1), (1, 1, 0), (1, 0, 0)", "gram_schmidt([1,1,1],[1,1,0],[1,0,0])")
a(C, "sum of the vectors (1, 2, 3), (4, 5, 6) and (-2, 0, 1)", "add([1,2,3],[4,5,6],[-2,0,1])")
a(C, "find A A^T for A = [[1, 2, 0], [0, 1, 3]]", "matexpr('A*A.T',A=[[1,2,0],[0,1,3]])")
a(C, "x^T A x for x = (1, -1, 2) and A = [[1,0,0],[0,2,0],[0,0,3]]", "matexpr('x.T*A*x',A=[[1,0,0],[0,2,0],[0,0,3]],x=[1,-1,2])")
a(C, "A squared minus 5A for A = [[1, 2], [3, 4]]", "matexpr('A**2-5*A',A=[[1,2],[3,4]])")
a(C, "rank of the 4 vectors (1,0,1,0), (0,1,0,1), (1,1,1,1), (2,1,2,1)", "rank([[1,0,1,0],[0,1,0,1],[1,1,1,1],[2,1,2,1]])")

# ============================ scope_words ====================================
C = 'scope_words'
a(C, "taylor series of sin x till the x^5 term", "taylor('sin(x)','x',0,5)")
a(C, "maclaurin of e^x upto x^4", "taylor('exp(x)','x',0,4)")
a(C, "taylor of ln(1+x) up to order 3", "taylor('log(1+x)','x',0,3)")
a(C, "first three non-zero terms of the maclaurin series of cos x", "taylor_nonzero('cos(x)','x',0,3)")
a(C, "taylor series of e^x about x = 1 up to order 2", "taylor('exp(x)','x',1,2)")
a(C, "taylor expansion of 1/(1-x) till x^3", "taylor('1/(1-x)','x',0,3)")
a(C, "taylor series of sqrt(x) about x = 4 upto second order", "taylor('sqrt(x)','x',4,2)")
a(C, "first two non zero terms of the series of tan x", "taylor_nonzero('tan(x)','x',0,2)")
a(C, "expand cos(2x) upto x^4", "taylor('cos(2*x)','x',0,4)")
a(C, "linearise x^3 - 2x about x = 2 (taylor up to order 1)", "taylor('x**3-2*x','x',2,1)")
a(C, "second order taylor polynomial of ln x about x = 1", "taylor('log(x)','x',1,2)")
a(C, "maclaurin series of e^(2x) till the x^3 term", "taylor('exp(2*x)','x',0,3)")
a(C, "first four nonzero terms of the sin(x) maclaurin series", "taylor_nonzero('sin(x)','x',0,4)")
a(C, "taylor of 1/(1+x^2) up to x^4", "taylor('1/(1+x**2)','x',0,4)")
a(C, "taylor polynomial of cos x around pi up to order 2", "taylor('cos(x)','x','pi',2)")
a(C, "maclaurin series of x*e^x upto 4th order", "taylor('x*exp(x)','x',0,4)")

# ============================ norms_distances ================================
C = 'norms_distances'
a(C, "||u - v|| for u = (3, 1, 2), v = (1, 1, 0)", "norm(vsub([3,1,2],[1,1,0]))")
a(C, "distance between (1, 1) and (4, 5)", "distance([1,1],[4,5])")
a(C, "|v| where v = (2, -3, 6)", "norm([2,-3,6])")
a(C, "L1 norm of (3, -4, 1)", "norm([3,-4,1],1)")
a(C, "L2 norm of [1, 2, 2, 4]", "norm([1,2,2,4])")
a(C, "how far apart are the points (0, 0, 0) and (2, 3, 6)", "distance([0,0,0],[2,3,6])")
a(C, "magnitude of the vector 5i - 12j", "norm([5,-12])", note='i, j are unit vectors here')
a(C, "find the length of (1, 1, 1, 1)", "norm([1,1,1,1])")
a(C, "infinity norm of (2, -7, 5)", "norm([2,-7,5],'inf')")
a(C, "euclidean distance between p = (1, 2, 3) and q = (4, 6, 3)", "distance([1,2,3],[4,6,3])")
a(C, "norm of u + v, u = (1, 2), v = (2, 2)", "norm(vadd([1,2],[2,2]))")
a(C, "distance from (2, -1) to (-1, 3)", "distance([2,-1],[-1,3])")
a(C, "||x||_1 for x = (1, -2, 3, -4)", "norm([1,-2,3,-4],1)")
a(C, "‖a‖ for a = (1, 2, 3)", "norm([1,2,3])")
a(C, "||a - b||_2 where a = [0.5, 1.5] and b = [1.5, -0.5]", "norm(vsub(['1/2','3/2'],['3/2','-1/2']))")

# ============================ cross_vs_dot ===================================
C = 'cross_vs_dot'
a(C, "cross product of (1, 2, 3) and (4, 5, 6)", "cross([1,2,3],[4,5,6])")
a(C, "dot product of (1, 2, 3) and (4, 5, 6)", "dot([1,2,3],[4,5,6])")
a(C, "u x v where u = (2, 0, -1), v = (1, 3, 2)", "cross([2,0,-1],[1,3,2])")
a(C, "u · v for u = (2, 0, -1), v = (1, 3, 2)", "dot([2,0,-1],[1,3,2])")
a(C, "vector product of i + 2j and 3i - k", "cross([1,2,0],[3,0,-1])")
a(C, "scalar product of (3, -1) and (2, 5)", "dot([3,-1],[2,5])")
a(C, "a × b, a = [1, 0, 0], b = [0, 1, 0]", "cross([1,0,0],[0,1,0])")
a(C, "inner product of (1, 2, 3, 4) and (4, 3, 2, 1)", "dot([1,2,3,4],[4,3,2,1])")
a(C, "cross (2, 3, 4) with (5, 6, 7)", "cross([2,3,4],[5,6,7])")
a(C, "np.cross([1, -1, 2], [0, 3, 1])", "cross([1,-1,2],[0,3,1])")
a(C, "np.dot([1, -1, 2], [0, 3, 1])", "dot([1,-1,2],[0,3,1])")
a(C, "a.b where a = (2, 2, 1) and b = (1, -2, 4)", "dot([2,2,1],[1,-2,4])")
a(C, "b × a for a = (1, 0, 2), b = (0, 1, 1)", "cross([0,1,1],[1,0,2])")

# ============================ layout =========================================
C = 'layout'
a(C, "det | 4 2 ; 1 3 |", "det([[4,2],[1,3]])")
a(C, "x: 1, 3, -2, 0 | y: 2, 0, 1, -1 find covariance matrix", "covariance([[1,2],[3,0],[-2,1],[0,-1]])")
a(C, "p1=(1,0), p2=(2,2), p3=(4,1) find mean", "mean([[1,0],[2,2],[4,1]])")
a(C, "rows are samples: [[1, 2], [3, 4], [5, 0]]. covariance matrix?", "covariance([[1,2],[3,4],[5,0]])")
a(C, "solve [1 2; 3 4] x = [5; 6]", "solve_matrix([[1,2],[3,4]],[5,6])")
a(C, "inverse of [2 1; 5 3]", "inverse([[2,1],[5,3]])")
a(C, "eigenvalues of [6 -2; -2 9]", "eigenvalues([[6,-2],[-2,9]])")
a(C, "det |1 2 3; 0 4 5; 1 0 6|", "det([[1,2,3],[0,4,5],[1,0,6]])")
a(C, "column vectors u = [1; 2; 3], v = [0; 1; -1], find u.v", "dot([1,2,3],[0,1,-1])")
a(C, "variance of x: 2, 4, 6, 8", "variance([2,4,6,8])")
a(C, "A = [[1, 2],[3, 4]] , B = [[0, 1],[1, 0]] ; A*B", "multiply([[1,2],[3,4]],[[0,1],[1,0]])", amb=True, note='A*B taken as the matrix product (not elementwise); no NumPy context')
a(C, "points: (1,1) (2,2) (3,3) (4,4) first principal component", "pca_first([[1,1],[2,2],[3,3],[4,4]])", note='only the first direction (1,1) is asked; the second has zero variance')
a(C, "matrix with columns (1,2) and (3,4): find the inverse", "inverse([[1,3],[2,4]])")
a(C, """1 2 | 3
4 5 | 6
solve this augmented matrix""", "solve_matrix([[1,2],[4,5]],[3,6])")
a(C, "mean of the samples (2, 4, 6), (0, 2, 4), (1, 0, 2)", "mean([[2,4,6],[0,2,4],[1,0,2]])")
a(C, "x = 1, 2, 3 ; y = 2, 4, 7 -> covariance matrix of (x, y)", "covariance([[1,2],[2,4],[3,7]])")
a(C, "trace of [ 3 1 0 ; 2 2 1 ; 0 5 -4 ]", "trace([[3,1,0],[2,2,1],[0,5,-4]])")
a(C, "data (rows = observations): [2, 0], [0, 1], [4, 5]. find sample covariance", "covariance([[2,0],[0,1],[4,5]],sample=True)")

# ============================ latex ==========================================
C = 'latex'
a(C, r"Find $\det\begin{pmatrix} 2 & 1 \\ 7 & 4 \end{pmatrix}$", "det([[2,1],[7,4]])")
a(C, r"\begin{vmatrix} 3 & 2 \\ 1 & 5 \end{vmatrix} = ?", "det([[3,2],[1,5]])")
a(C, r"Differentiate $\frac{x^2}{x+1}$", "derivative('x**2/(x+1)')")
a(C, r"Find the gradient of $f(x,y) = x^{2} y + \sin(y)$", "gradient('x**2*y+sin(y)',['x','y'])")
a(C, r"Compute $\mathbf{u} \cdot \mathbf{v}$ for $\mathbf{u} = (1, 2, 3)$ and $\mathbf{v} = (-1, 0, 2)$", "dot([1,2,3],[-1,0,2])")
a(C, r"$\nabla f$ where $f = x^2 + y^2 z$", "gradient('x**2+y**2*z',['x','y','z'])")
a(C, r"$\frac{\partial}{\partial y}\left( x^3 y^2 + e^{xy} \right)$", "partial_derivative('x**3*y**2+exp(x*y)','y')")
a(C, r"Find the inverse of $A = \begin{bmatrix} 1 & 2 \\ 3 & 5 \end{bmatrix}$", "inverse([[1,2],[3,5]])")
a(C, r"Eigenvalues of \begin{pmatrix} 2 & 0 & 0 \\ 0 & 3 & 4 \\ 0 & 4 & 9 \end{pmatrix}", "eigenvalues([[2,0,0],[0,3,4],[0,4,9]])")
a(C, r"Differentiate $\sqrt{x^2 + 4}$ with respect to $x$", "derivative('sqrt(x**2+4)')")
a(C, r"taylor series of $e^{x}$ up to $x^{3}$", "taylor('exp(x)','x',0,3)")
a(C, r"$\frac{d}{dx}\left(x^2 \cdot \ln x\right)$", "derivative('x**2*log(x)')")
a(C, r"find the hessian of $f(x, y) = x^{3} - 3xy + y^{3}$", "hessian('x**3-3*x*y+y**3',['x','y'])")
a(C, r"$\| \mathbf{v} \|$ for $\mathbf{v} = \begin{pmatrix} 1 \\ 4 \\ 8 \end{pmatrix}$", "norm([1,4,8])")
a(C, r"Compute $\mathbf{a} \times \mathbf{b}$ with $\mathbf{a} = (1, 1, 0)$, $\mathbf{b} = (0, 1, 1)$", "cross([1,1,0],[0,1,1])")
a(C, r"Find $\frac{d^2}{dx^2} \left( x^4 - \cos x \right)$", "higher_derivative('x**4-cos(x)','x',2)")
a(C, r"$A = \begin{pmatrix} 1 & 2 \\ 2 & 1 \end{pmatrix}$, find the eigenvectors", "eigenvectors([[1,2],[2,1]])")
a(C, r"Find $A^{T}A$ for $A = \begin{pmatrix} 1 & 0 \\ 2 & 1 \\ 0 & 3 \end{pmatrix}$", "matexpr('A.T*A',A=[[1,0],[2,1],[0,3]])")
a(C, r"Compute the Jacobian $\frac{\partial (u, v)}{\partial (x, y)}$ for $u = x^2 - y$, $v = xy$", "jacobian(['x**2-y','x*y'],['x','y'])")
a(C, r"Solve $\begin{cases} 3x - y = 7 \\ x + 2y = 0 \end{cases}$", "solve_system(['3*x-y=7','x+2*y=0'],['x','y'])")

# ============================ numpy ==========================================
C = 'numpy'
a(C, "np.linalg.det(np.array([[2, 3], [1, 4]]))", "det([[2,3],[1,4]])")
a(C, "A = np.array([[1, 2], [3, 4]]); B = np.array([[5, 6], [7, 8]]); A @ B", "multiply([[1,2],[3,4]],[[5,6],[7,8]])")
a(C, "np.linalg.inv([[3, 1], [2, 1]])", "inverse([[3,1],[2,1]])")
a(C, """eigenvalues of
array([[2, 1],
       [1, 2]])""", "eigenvalues([[2,1],[1,2]])")
a(C, "A**2 in numpy for A = np.array([[1, 2], [3, 4]])", "matexpr('hadamard_pow(A,2)',A=[[1,2],[3,4]])", amb=True, note='NumPy ** is elementwise; took elementwise square [[1,4],[9,16]] (the matrix square would be A@A)')
a(C, "np.linalg.matrix_rank(np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))", "rank([[1,2,3],[4,5,6],[7,8,9]])")
a(C, "np.trace([[4, 0, 1], [2, 3, 5], [1, 1, 1]])", "trace([[4,0,1],[2,3,5],[1,1,1]])")
a(C, "np.linalg.norm([6, 8])", "norm([6,8])")
a(C, "np.cov(X) where X = np.array([[1, 2, 3], [2, 4, 9]])", "np_cov_rows([[1,2,3],[2,4,9]])", note='NumPy: rows are variables, N-1')
a(C, "np.var([2, 4, 4, 4, 5, 5, 7, 9])", "variance([2,4,4,4,5,5,7,9])")
a(C, "np.mean([[1, 2], [3, 4], [5, 6]], axis=0)", "mean([[1,2],[3,4],[5,6]])")
a(C, "x = np.array([1, 2, 3]); y = np.array([4, -5, 6]); np.dot(x, y)", "dot([1,2,3],[4,-5,6])")
a(C, "np.linalg.eig(np.array([[5, 4], [1, 2]]))", "eigenvalues([[5,4],[1,2]]) ; eigenvectors([[5,4],[1,2]])")
a(C, "A.T @ A for A = np.array([[1, 1], [0, 1], [1, 0]])", "matexpr('A.T*A',A=[[1,1],[0,1],[1,0]])")
a(C, "np.linalg.solve([[2, 1], [1, 3]], [3, 5])", "solve_matrix([[2,1],[1,3]],[3,5])")
a(C, "np.cov(X, rowvar=False), X = [[0, 1], [2, 3], [4, 8]]", "covariance([[0,1],[2,3],[4,8]],sample=True)")
a(C, """A = np.array([[2, 0], [0, 3]])
np.linalg.matrix_power(A, 3)""", "matexpr('matrix_power(A,3)',A=[[2,0],[0,3]])")
a(C, """what is the det of this
array([[ 1,  0,  2],
       [-1,  3,  1],
       [ 2,  1,  0]])""", "det([[1,0,2],[-1,3,1],[2,1,0]])")
a(C, "np.linalg.eigvals([[0, -1], [1, 0]])", "eigenvalues([[0,-1],[1,0]])", note='complex pair ±i')
a(C, "np.outer([1, 2], [3, 4])", "multiply([[1],[2]],[[3,4]])")

# ============================ multiline ======================================
C = 'multiline'
a(C, """A =
[[1, 2],
 [3, 4]]
find det""", "det([[1,2],[3,4]])")
a(C, """A = [[2, 1], [1, 3]]
what is the inverse""", "inverse([[2,1],[1,3]])")
a(C, """data:
1 2
3 5
4 4
6 9
covariance matrix""", "covariance([[1,2],[3,5],[4,4],[6,9]])")
a(C, """f(x, y) = x^2 y - y^3
find gradient
and hessian""", "gradient('x**2*y-y**3',['x','y']) ; hessian('x**2*y-y**3',['x','y'])")
a(C, """solve
x + y + z = 6
x - y + z = 2
2x + y - z = 1""", "solve_system(['x+y+z=6','x-y+z=2','2*x+y-z=1'],['x','y','z'])")
a(C, """M =
| 2 0 1 |
| 1 3 2 |
| 1 1 1 |
rank?""", "rank([[2,0,1],[1,3,2],[1,1,1]])", note='bars here are matrix brackets, rank is asked (not det)')
a(C, """u = (1, 2, 2)
v = (2, 1, -2)
angle between them""", "angle([1,2,2],[2,1,-2])")
a(C, """points
(0,0)
(1,2)
(2,4)
(3,6)
find mean and covariance""", "mean([[0,0],[1,2],[2,4],[3,6]]) ; covariance([[0,0],[1,2],[2,4],[3,6]])")
a(C, """B =
1 0 2
0 1 0
2 0 1
eigenvalues""", "eigenvalues([[1,0,2],[0,1,0],[2,0,1]])")
a(C, """newton raphson for f(x) = x^2 - 5
x0 = 2
3 iterations""", "newton('x**2-5',2,3)")
a(C, """A = [[1, 2], [3, 4]]
B = [[2, 0], [1, 2]]
A + B""", "add([[1,2],[3,4]],[[2,0],[1,2]])")
a(C, """v1 = (1, 0, 1)
v2 = (1, 1, 0)
orthonormal basis using gram schmidt""", "gram_schmidt([1,0,1],[1,1,0])")
a(C, """x = [1, 2, 3, 4]
y = [2, 4, 5, 8]
loss = sum (w*x - y)^2
dL/dw at w = 2""", "loss_gradient('(w*x-y)**2',['w'],[(1,2),(2,4),(3,5),(4,8)],'sum',[2])")
a(C, """C =
[4 1]
[1 4]
find eigen vectors""", "eigenvectors([[4,1],[1,4]])")
a(C, """g(x,y,z) = x*y*z
x = t, y = t^2, z = t^3
dg/dt = ?""", "chain_rule('x*y*z',{'x':'t','y':'t**2','z':'t**3'})")
a(C, """X (each row one sample):
2 1
4 3
6 2
do PCA""", "pca([[2,1],[4,3],[6,2]])")

# ============================ hinglish =======================================
C = 'hinglish'
a(C, "A = [[3, 2], [1, 4]] ka determinant nikalo", "det([[3,2],[1,4]])")
a(C, "x^2 sin x ka derivative batao", "derivative('x**2*sin(x)')")
a(C, "iska eigen value kya hoga [[2, 0], [0, 5]]", "eigenvalues([[2,0],[0,5]])")
a(C, "bhai [[1, 2], [2, 5]] ka inverse chahiye", "inverse([[1,2],[2,5]])")
a(C, "yaar x^3 e^x ka second derivative kya aayega", "higher_derivative('x**3*exp(x)','x',2)")
a(C, "(1,2,3) aur (4,0,-1) ka dot product nikal do", "dot([1,2,3],[4,0,-1])")
a(C, "f(x,y) = x^2 + 3xy ka gradient batao bhai", "gradient('x**2+3*x*y',['x','y'])")
a(C, "is matrix ka rank kya hai [[1, 2], [2, 4]]", "rank([[1,2],[2,4]])")
a(C, "cos x ka taylor series x^4 tak likho", "taylor('cos(x)','x',0,4)")
a(C, "sir (2,1) aur (5,5) ke beech ki distance kitni hai", "distance([2,1],[5,5])")
a(C, "A = [[1, 1], [1, 0]] ka A^2 nikalo", "matexpr('A**2',A=[[1,1],[1,0]])")
a(C, "data 2, 4, 6, 8, 10 ka variance kya hoga", "variance([2,4,6,8,10])")
a(C, "bhai hessian nikal de x^2 y + y^2 ka", "hessian('x**2*y+y**2',['x','y'])")
a(C, "[[4, 1], [2, 3]] ke eigenvalues aur eigenvectors dono chahiye", "eigenvalues([[4,1],[2,3]]) ; eigenvectors([[4,1],[2,3]])")
a(C, "(1,0,1) aur (0,1,1) ka cross product kya hoga", "cross([1,0,1],[0,1,1])")
a(C, "log(1+x^2) ko differentiate karo", "derivative('log(1+x**2)')")
a(C, "yeh system solve karo: x + 2y = 7, 3x - y = 7", "solve_system(['x+2*y=7','3*x-y=7'],['x','y'])")
a(C, "matrix [[2, 3], [4, 1]] ka transpose aur trace batao", "transpose([[2,3],[4,1]]) ; trace([[2,3],[4,1]])")
a(C, "e^(2x) ka maclaurin series x^3 tak chahiye yaar", "taylor('exp(2*x)','x',0,3)")
a(C, "gradient descent ke 2 steps karo f(x) = x^2, x0 = 4, learning rate 0.25", "gradient_descent('x**2',['x'],[4],'1/4',2)")
a(C, "in points ka mean nikalo bhai: (1,2), (3,4), (5,9)", "mean([[1,2],[3,4],[5,9]])")
a(C, "u = (3,4) ka v = (1,0) pe projection kya hoga", "projection([3,4],[1,0])")

# ============================ whatsapp =======================================
C = 'whatsapp'
a(C, "d/dx x2sinx", "derivative('x**2*sin(x)')", amb=True, note='x2 read as x^2 (typed without caret), not a variable x_2')
a(C, "det of [[1,2],[3,4]] plz", "det([[1,2],[3,4]])")
a(C, "wat is inverse of [[2,0],[0,4]] ??", "inverse([[2,0],[0,4]])")
a(C, "eigenvalues 4 [[1,2],[2,1]] pls 🙏", "eigenvalues([[1,2],[2,1]])")
a(C, "grad of x^2+y^2 @ (1,1) pls", "gradient('x**2+y**2',['x','y'],[1,1])")
a(C, "plz solve 2x+3y=8 , x-y=-1 asap 😭", "solve_system(['2*x+3*y=8','x-y=-1'],['x','y'])")
a(C, "derivative of sinxcosx", "derivative('sin(x)*cos(x)')")
a(C, "rank??? [[1,1,1],[2,2,2],[3,3,3]]", "rank([[1,1,1],[2,2,2],[3,3,3]])")
a(C, "hessian x^3+y^3 fast pls exam h kal", "hessian('x**3+y**3',['x','y'])")
a(C, "cross prod (1,1,1) (1,2,3)??", "cross([1,1,1],[1,2,3])")
a(C, "d/dx e^x/x pls", "derivative('exp(x)/x')")
a(C, "taylor sinx upto x3 🙏🙏", "taylor('sin(x)','x',0,3)", amb=True, note='x3 read as x^3')
a(C, "trace of [[9,1],[2,-4]] ???", "trace([[9,1],[2,-4]])")
a(C, "norm of (1,2,2) plzz", "norm([1,2,2])")
a(C, "mean n variance of 3,5,7 pls", "mean([3,5,7]) ; variance([3,5,7])")
a(C, "jacobian of (xy, x+y) wrt x y quick", "jacobian(['x*y','x+y'],['x','y'])")
a(C, "ddx x^4 - 3x", "derivative('x**4-3*x')")
a(C, "inverse 4 A=[[1,2],[0,1]] ?? 😅", "inverse([[1,2],[0,1]])", amb=True, note="'4' means 'for', not the scalar 4A")
a(C, "eigen vectors of [[2,1],[0,3]] bro", "eigenvectors([[2,1],[0,3]])")
a(C, "dy/dx y=x^3+2x+1 ??", "derivative('x**3+2*x+1')")
a(C, "partial wrt y x^2y^2+xy", "partial_derivative('x**2*y**2+x*y','y')")
a(C, "det [[2,0,0],[0,3,0],[0,0,4]] fst 🙏", "det([[2,0,0],[0,3,0],[0,0,4]])")

# ============================ trailing_chat ==================================
C = 'trailing_chat'
a(C, "derivative of x^5 + 2x = ?", "derivative('x**5+2*x')")
a(C, "det [[6, 2], [1, 3]] = ?", "det([[6,2],[1,3]])")
a(C, "What is the gradient of xy + z^2 at (1, 2, 3)?", "gradient('x*y+z**2',['x','y','z'],[1,2,3])")
a(C, "Find the inverse of [[1, 3], [2, 7]]. Thanks!", "inverse([[1,3],[2,7]])")
a(C, "eigenvalues of [[0, 1], [1, 0]]? thank you sir", "eigenvalues([[0,1],[1,0]])")
a(C, "differentiate ln(x)/x please sir, thanks in advance", "derivative('log(x)/x')")
a(C, "rank of [[1, 0, 2], [0, 1, 3]]?? thx", "rank([[1,0,2],[0,1,3]])")
a(C, "dot product of (1,1) and (2,-2) = ?", "dot([1,1],[2,-2])")
a(C, "taylor series of cos x till x^2 ? ty", "taylor('cos(x)','x',0,2)")
a(C, "Hessian of x^2 + 4xy + y^2? Thank you so much 😊", "hessian('x**2+4*x*y+y**2',['x','y'])")
a(C, "find the distance between (0, 3) and (4, 0) ? pls reply fast", "distance([0,3],[4,0])")
a(C, "mean of 10, 20, 30, 40 = ??", "mean([10,20,30,40])")
a(C, "transpose of [[1, 2, 3]] ? thanks bhai", "transpose([[1,2,3]])")
a(C, "d/dx tan(x) ... ?", "derivative('tan(x)')")
a(C, "nullspace of [[1, -1], [-2, 2]] = ? 🙂", "nullspace([[1,-1],[-2,2]])")
a(C, "good morning sir, what is the second derivative of x^4 + 1 ?", "higher_derivative('x**4+1','x',2)")

# ============================ juxtaposition ==================================
C = 'juxtaposition'
a(C, "derivative of 1/2x", "derivative('x/2')", amb=True, note='1/2x could be x/2 or 1/(2x); took (1/2)x, the bot should say which reading it took')
a(C, "partial derivative of 2x y with respect to x", "partial_derivative('2*x*y','x')")
a(C, "gradient of xy + yz", "gradient('x*y+y*z',['x','y','z'])")
a(C, "d/dx sinx cosx", "derivative('sin(x)*cos(x)')")
a(C, "partial wrt y of 3x^2y", "partial_derivative('3*x**2*y','y')")
a(C, "hessian of xyz", "hessian('x*y*z',['x','y','z'])")
a(C, "d/dx 1/2x^2 + 3x", "derivative('x**2/2+3*x')", amb=True, note='took (1/2)x^2 + 3x, not 1/(2x^2) + 3x')
a(C, "differentiate 4xsinx", "derivative('4*x*sin(x)')")
a(C, "gradient of ab + b^2 wrt a and b", "gradient('a*b+b**2',['a','b'])")
a(C, "d/dx xe^x", "derivative('x*exp(x)')")
a(C, "∂/∂x of 5xy^2 - 2x^2y", "partial_derivative('5*x*y**2-2*x**2*y','x')")
a(C, "d/dx 3x(x+1)^2", "derivative('3*x*(x+1)**2')")
a(C, "d/dx 2sin3x", "derivative('2*sin(3*x)')")
a(C, "d/dx xlnx", "derivative('x*log(x)')")
a(C, "d/dt 2t e^-t", "derivative('2*t*exp(-t)','t')")
a(C, "gradient of x^2y + xy^2", "gradient('x**2*y+x*y**2',['x','y'])")
a(C, "d/dx cos2x sin x", "derivative('cos(2*x)*sin(x)')")
a(C, "hessian of 3x^2y - 2xy^3", "hessian('3*x**2*y-2*x*y**3',['x','y'])")

# ============================ multi_task =====================================
C = 'multi_task'
a(C, "det and inverse of [[4, 3], [3, 2]]", "det([[4,3],[3,2]]) ; inverse([[4,3],[3,2]])")
a(C, "eigenvalues and eigenvectors of [[5, 0], [0, -1]]", "eigenvalues([[5,0],[0,-1]]) ; eigenvectors([[5,0],[0,-1]])")
a(C, "mean and covariance of (1, 2), (3, 6), (5, 4)", "mean([[1,2],[3,6],[5,4]]) ; covariance([[1,2],[3,6],[5,4]])")
a(C, "gradient and hessian of x^3 y + y^2", "gradient('x**3*y+y**2',['x','y']) ; hessian('x**3*y+y**2',['x','y'])")
a(C, "rank and null space of [[1, 2, 1], [2, 4, 2]]", "rank([[1,2,1],[2,4,2]]) ; nullspace([[1,2,1],[2,4,2]])")
a(C, "find the transpose, determinant and trace of [[2, -1], [4, 3]]", "transpose([[2,-1],[4,3]]) ; det([[2,-1],[4,3]]) ; trace([[2,-1],[4,3]])")
a(C, "dot and cross product of (1, 0, 2) and (2, 1, 0)", "dot([1,0,2],[2,1,0]) ; cross([1,0,2],[2,1,0])")
a(C, "first and second derivatives of sin(x^2)", "derivative('sin(x**2)') ; higher_derivative('sin(x**2)','x',2)")
a(C, "critical points and hessian of x^2 - y^2 + 2x", "critical_points('x**2-y**2+2*x',['x','y']) ; hessian('x**2-y**2+2*x',['x','y'])")
a(C, "variance and mean of 1, 2, 3, 4, 5, 6", "variance([1,2,3,4,5,6]) ; mean([1,2,3,4,5,6])")
a(C, "partial derivatives of x^2 y^3 wrt x and y", "partial_derivative('x**2*y**3','x') ; partial_derivative('x**2*y**3','y')")
a(C, "inverse and rank of [[1, 0, 0], [0, 2, 0], [0, 0, 4]]", "inverse([[1,0,0],[0,2,0],[0,0,4]]) ; rank([[1,0,0],[0,2,0],[0,0,4]])")
a(C, "projection and scalar projection of (3, 4) onto (0, 2)", "projection([3,4],[0,2]) ; scalar_projection([3,4],[0,2])")
a(C, "norm of u, norm of v and the angle between u = (1, 0), v = (1, 1)", "norm([1,0]) ; norm([1,1]) ; angle([1,0],[1,1])")
a(C, "A = [[1, 2], [3, 4]]: find A^T, A^2 and det(A)", "transpose([[1,2],[3,4]]) ; matexpr('A**2',A=[[1,2],[3,4]]) ; det([[1,2],[3,4]])")
a(C, "jacobian and its determinant for (x^2 - y^2, 2xy)", "jacobian(['x**2-y**2','2*x*y'],['x','y']) ; det_of_jacobian(['x**2-y**2','2*x*y'],['x','y'])")
a(C, "find the eigenvalues, the determinant and the trace of [[2, 1, 1], [1, 2, 1], [1, 1, 2]]", "eigenvalues([[2,1,1],[1,2,1],[1,1,2]]) ; det([[2,1,1],[1,2,1],[1,1,2]]) ; trace([[2,1,1],[1,2,1],[1,1,2]])")
a(C, "covariance matrix and principal components of (0, 0), (2, 2), (4, 0), (6, 2)", "covariance([[0,0],[2,2],[4,0],[6,2]]) ; pca([[0,0],[2,2],[4,0],[6,2]])")

# ============================ refuse =========================================
C = 'refuse'
r(C, "find the inverse", 'incomplete: no matrix given')
r(C, "integrate x^2 from 0 to 1", 'integration is out of scope')
r(C, "what is the limit of sin x / x as x -> 0", 'limits are out of scope')
r(C, "cross product of (1, 2) and (3, 4)", 'cross product needs 3-D vectors')
r(C, "determinant of [[1, 2, 3], [4, 5, 6]]", 'determinant of a non-square (2x3) matrix does not exist')
r(C, "hello", 'no problem in the message')
r(C, "explain what an eigenvector is", 'concept explanation without numbers is out of scope')
r(C, "solve dy/dx = 3y", 'differential equations are out of scope')
r(C, "probability that two dice sum to 7", 'probability is out of scope')
r(C, "asdfgh qwerty zxcv", 'nonsense')
r(C, "prove that det(AB) = det(A)det(B)", 'proofs are out of scope')
r(C, "inverse of [[1, 2], [2, 4]]", 'singular matrix (det 0): no inverse; should say so')
r(C, "multiply [[1, 2], [3, 4]] and [[1, 2, 3]]", 'dimension mismatch: 2x2 times 1x3 is undefined')
r(C, "bhai kal exam hai kuch tips do", 'no problem in the message')
r(C, "find the eigenvalues", 'incomplete: no matrix given')
r(C, "dot product of (1, 2, 3) and (4, 5)", 'vectors of different lengths')
r(C, "what is the gradient?", 'incomplete: no function given')
r(C, "∫ sin x dx", 'integration is out of scope')
r(C, "who made you", 'no problem in the message')
r(C, "derivative of", 'incomplete: no function given')
r(C, "write python code for PCA on MNIST", 'coding request, no concrete problem')
r(C, "N(2, 9) ka pdf batao at x = 1", 'probability distributions are out of scope')
r(C, "😂😂😂", 'no problem in the message')
r(C, "find the taylor series", 'incomplete: no function given')
r(C, "add [[1, 2], [3, 4]] and [[1, 2, 3], [4, 5, 6]]", 'dimension mismatch: 2x2 plus 2x3 is undefined')
r(C, "laplace transform of e^(2t)", 'out of scope')
r(C, "det of A", 'incomplete: A not given')

# ============================ build ==========================================
class Lit(str): pass
def _rep(d, s):
    style = '|' if '\n' in s else None
    return d.represent_scalar('tag:yaml.org,2002:str', s, style=style)
yaml.add_representer(str, _rep)

def build():
    out = []
    for k, it in enumerate(ITEMS, 1):
        answers = []
        if it['expect'] == 'answer':
            for part in it['rs'].split(' ; '):
                answers.append(eval(part, {'__builtins__': {}}, NS))
        d = {'id': 'hv9-%03d' % k, 'text': it['text'], 'class': it['cls'],
             'restatement': it['rs'], 'expect': it['expect'], 'ambiguous': it['amb'],
             'note': it['note'], 'answers': answers}
        out.append(d)
    return out

if __name__ == '__main__':
    items = build()
    with open(__file__.rsplit('/', 1)[0] + '/parse_heldout_v9.yaml', 'w') as f:
        yaml.dump(items, f, allow_unicode=True, sort_keys=False, width=1000)
    from collections import Counter
    c = Counter(i['class'] for i in items)
    print(len(items), dict(c))
    print('refuse', sum(i['expect'] == 'refuse' for i in items), 'ambiguous', sum(i['ambiguous'] for i in items))
