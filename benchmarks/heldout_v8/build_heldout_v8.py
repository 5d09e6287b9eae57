#!/usr/bin/env python
"""Build the held-out set v8 for the MML Tutor input reader.

Every item: the message as typed, a clean restatement (a chain of calls separated by '; '),
and answers computed with SymPy by evaluating that restatement. Nothing is hand-typed.
"""
import string
import sympy as sp
import yaml
from sympy import Matrix, sstr, Rational, eye

L = {c: sp.Symbol(c) for c in string.ascii_letters}


def S(s):
    return sp.sympify(s, locals=L) if isinstance(s, str) else sp.sympify(s)


def syms(v):
    if isinstance(v, str):
        v = [t for t in v.replace(',', ' ').split()]
    return [S(t) for t in v]


def M(a):
    if isinstance(a, Matrix):
        return a
    return Matrix([[S(x) for x in row] for row in a]) if isinstance(a[0], (list, tuple)) else Matrix([S(x) for x in a])


def fmt(v):
    if isinstance(v, sp.MatrixBase):
        return 'Matrix(%s)' % sstr(v.tolist())
    if isinstance(v, (list, tuple)):
        return '[' + ', '.join(fmt(t) for t in v) + ']'
    return sstr(v)


def R(task, typ, val):
    return {'task': task, 'type': typ, 'value': fmt(val)}


def mx(expr, **mats):
    env = {k: M(v) for k, v in mats.items()}
    n = max(m.shape[0] for m in env.values())
    env['I'] = eye(n)
    env['Rational'] = Rational
    return eval(expr, {'__builtins__': {}}, env)


def _mt(A):
    return A if isinstance(A, Matrix) else M(A)


def det(A, typ='number'):
    return R('det', typ, sp.simplify(_mt(A).det()))


def inverse(A):
    return R('inverse', 'matrix', _mt(A).inv())


def transpose(A):
    return R('transpose', 'matrix', _mt(A).T)


def multiply(*ms):
    r = _mt(ms[0])
    for m in ms[1:]:
        r = r * _mt(m)
    return R('multiply', 'vector' if r.shape[1] == 1 else 'matrix', r)


def add(*ms):
    r = _mt(ms[0])
    for m in ms[1:]:
        r = r + _mt(m)
    return R('add', 'vector' if r.shape[1] == 1 else 'matrix', r)


def subtract(A, B):
    r = _mt(A) - _mt(B)
    return R('subtract', 'vector' if r.shape[1] == 1 else 'matrix', r)


def matrix_expression(expr, **mats):
    r = mx(expr, **mats)
    if isinstance(r, Matrix) and r.shape == (1, 1):
        v = sp.expand(r[0, 0])
        return R('matrix_expression', 'number' if v.is_number else 'expr', v)
    return R('matrix_expression', 'matrix', r)


def rank(A):
    return R('rank', 'number', _mt(A).rank())


def rank_of_vectors(*vs):
    return R('rank', 'number', Matrix([list(M(v)) for v in vs]).rank())


def rref(A):
    return R('rref', 'matrix', _mt(A).rref()[0])


def nullspace(A):
    return R('nullspace', 'vectors_up_to_scale', _mt(A).nullspace())


def trace(A):
    return R('trace', 'number', _mt(A).trace())


lam = sp.Symbol('lambda_')


def _eigs(A):
    p = sp.Poly(_mt(A).charpoly(lam).as_expr(), lam)
    return p.all_roots()


def eigenvalues(A):
    return R('eigenvalues', 'multiset', _eigs(A))


def eigenvectors(A):
    out = []
    for val, mult, vecs in sorted(_mt(A).eigenvects(), key=lambda t: sp.re(sp.N(t[0]))):
        out.extend([sp.simplify(v) for v in vecs])
    return R('eigenvectors', 'vectors_up_to_scale', out)


def solve_system(eqs, vars):
    es = []
    for e in eqs:
        lhs, rhs = e.split('=')
        es.append(sp.Eq(S(lhs), S(rhs)))
    return R('solve_system', 'points', sp.solve(es, syms(vars), dict=True))


def solve_Ab(A, b):
    return R('solve_system', 'vector', _mt(A).LUsolve(M(b)))


def dot(u, v):
    return R('dot', 'number', M(u).dot(M(v)))


def cross(u, v):
    return R('cross', 'vector', M(u).cross(M(v)))


def distance(p, q, squared=False):
    d = M(p) - M(q)
    v = d.dot(d)
    return R('distance', 'number', v if squared else sp.sqrt(v))


def norm(v, p=2):
    v = _mt(v)
    if p == 1:
        r = sum(abs(t) for t in v)
    elif p == 'inf':
        r = max(abs(t) for t in v)
    else:
        r = sp.sqrt(v.dot(v))
    return R('norm', 'number', r)


def angle(u, v):
    u, v = M(u), M(v)
    return R('angle', 'number', sp.simplify(sp.acos(u.dot(v) / sp.sqrt(u.dot(u) * v.dot(v)))))


def projection(u, v):
    u, v = M(u), M(v)
    return R('projection', 'vector', (u.dot(v) / v.dot(v)) * v)


def projection_span(u, basis):
    B = Matrix.hstack(*[M(b) for b in basis])
    return R('projection', 'vector', sp.simplify(B * (B.T * B).inv() * B.T * M(u)))


def scalar_projection(u, v):
    u, v = M(u), M(v)
    return R('scalar_projection', 'number', sp.simplify(u.dot(v) / sp.sqrt(v.dot(v))))


def gram_schmidt(*vs):
    return R('gram_schmidt', 'list', [sp.simplify(w) for w in sp.GramSchmidt([M(v) for v in vs], True)])


def _X(points):
    return Matrix([[S(t) for t in p] for p in points])


def mean(data):
    if isinstance(data[0], (list, tuple)):
        X = _X(data)
        return R('mean', 'vector', Matrix([sum(X[:, j]) / X.shape[0] for j in range(X.shape[1])]))
    return R('mean', 'number', sum(S(t) for t in data) / len(data))


def variance(data, ddof=0):
    xs = [S(t) for t in data]
    m = sum(xs) / len(xs)
    return R('variance', 'number', sum((t - m) ** 2 for t in xs) / (len(xs) - ddof))


def _cov(points, ddof=0):
    X = _X(points)
    n = X.shape[0]
    mu = Matrix([[sum(X[:, j]) / n for j in range(X.shape[1])]])
    D = X - Matrix.vstack(*[mu] * n)
    return D.T * D / (n - ddof)


def covariance(points, ddof=0):
    return R('covariance', 'matrix', _cov(points, ddof))


def pca(points, what='directions', k=None, ddof=0):
    C = _cov(points, ddof)
    ev = sorted(C.eigenvects(), key=lambda t: -sp.N(t[0]))
    if what == 'variance':
        vals = []
        for val, mult, vecs in ev:
            vals.extend([val] * mult)
        return R('pca', 'multiset', vals)
    out = []
    for val, mult, vecs in ev:
        out.extend([sp.simplify(v) for v in vecs])
    return R('pca', 'vectors_up_to_scale', out[:k] if k else out)


def _at(r, at):
    if at:
        r = sp.simplify(r.subs({S(k): S(v) for k, v in at.items()}))
    return r


def derivative(f, x='x', at=None):
    r = _at(sp.diff(S(f), S(x)), at)
    return R('derivative', 'number' if at else 'expr', r)


def higher_derivative(f, n, x='x', at=None):
    r = _at(sp.diff(S(f), S(x), n), at)
    return R('higher_derivative', 'number' if at else 'expr', r)


def partial_derivative(f, *vs, at=None):
    r = S(f)
    for v in vs:
        r = sp.diff(r, S(v))
    r = _at(r, at)
    return R('partial_derivative', 'number' if at else 'expr', r)


def gradient(f, vars='x y', at=None):
    g = Matrix([sp.simplify(sp.diff(S(f), v)) for v in syms(vars)])
    if at:
        g = g.subs({S(k): S(v) for k, v in at.items()})
    return R('gradient', 'vector', g)


def jac(fs, vars='x y'):
    return Matrix([S(f) for f in fs]).jacobian(syms(vars))


def jacobian(fs, vars='x y'):
    return R('jacobian', 'matrix', Matrix([S(f) for f in fs]).jacobian(syms(vars)))


def hessian(f, vars='x y'):
    return R('hessian', 'matrix', sp.hessian(S(f), syms(vars)))


def taylor(f, x='x', a=0, n=3):
    x = S(x)
    a = S(a)
    r = sp.series(S(f), x, a, n + 1).removeO()
    return R('taylor', 'expr', sp.expand(r))


def taylor_terms(f, k, x='x', a=0):
    x, a = S(x), S(a)
    order = k
    while True:
        r = sp.expand(sp.series(S(f), x, a, order).removeO())
        terms = sp.Add.make_args(r) if r != 0 else ()
        if len(terms) >= k:
            break
        order += 1
    # keep the k lowest-order terms
    assert a == 0
    terms = sorted(terms, key=lambda t: sp.Poly(t, x).degree())
    return R('taylor', 'expr', sp.Add(*terms[:k]))


def taylor_mv(f, vars, point, n):
    vs = syms(vars)
    t = sp.Symbol('t_')
    sub = {v: S(p) + t * (v - S(p)) for v, p in zip(vs, point)}
    r = sp.series(S(f).subs(sub, simultaneous=True), t, 0, n + 1).removeO().subs(t, 1)
    return R('taylor', 'expr', sp.expand(r))


def critical_points(f, vars='x y'):
    vs = syms(vars)
    sol = sp.solve([sp.diff(S(f), v) for v in vs], vs, dict=True)
    return R('critical_points', 'points', sol)


def chain_rule(f, subs, t='t'):
    r = S(f).subs({S(k): S(v) for k, v in subs.items()}, simultaneous=True)
    return R('chain_rule', 'expr', sp.simplify(sp.diff(r, S(t))))


def _num(v):
    return round(float(v), 6)


def newton(f, x0, n, x='x'):
    x = S(x)
    f = S(f)
    g = x - f / sp.diff(f, x)
    cur = S(x0)
    out = []
    for _ in range(n):
        cur = sp.nsimplify(g.subs(x, cur)) if cur.is_Rational else sp.N(g.subs(x, cur), 30)
        out.append(_num(cur))
    return {'task': 'newton', 'type': 'list', 'value': str(out)}


def gradient_descent(f, x0, lr, n, vars='x'):
    vs = syms(vars)
    f = S(f)
    grad = [sp.diff(f, v) for v in vs]
    cur = [S(c) for c in (x0 if isinstance(x0, (list, tuple)) else [x0])]
    lr = S(lr)
    out = []
    for _ in range(n):
        d = dict(zip(vs, cur))
        cur = [sp.nsimplify(c - lr * g.subs(d)) for c, g in zip(cur, grad)]
        out.append(_num(cur[0]) if len(vs) == 1 else [_num(c) for c in cur])
    return {'task': 'gradient_descent', 'type': 'list', 'value': str(out)}


def loss_gradient(term, data, datavars, params, at, mean=True):
    dv = syms(datavars)
    ps = syms(params)
    Ltot = 0
    for row in data:
        Ltot += S(term).subs(dict(zip(dv, [S(c) for c in row])))
    if mean:
        Ltot = Ltot / len(data)
    g = Matrix([sp.diff(Ltot, p) for p in ps]).subs({S(k): S(v) for k, v in at.items()})
    return R('loss_gradient', 'vector', sp.simplify(g))


NS = {k: v for k, v in globals().items() if callable(v) and not k.startswith('__')}

ITEMS = []


def P(cls, text, restatement, amb=False, note='', expect='answer'):
    ITEMS.append(dict(cls=cls, text=text, restatement=restatement, amb=amb, note=note, expect=expect))


def X(text, note):
    ITEMS.append(dict(cls='refuse', text=text, restatement='refuse', amb=False, note=note, expect='refuse'))


# ---------------------------------------------------------------- plain
P('plain', "Find the determinant of the matrix [[3, -1], [5, 2]].", "det([[3,-1],[5,2]])")
P('plain', "Compute the inverse of [[4, 7], [2, 6]]", "inverse([[4,7],[2,6]])")
P('plain', "What is the rank of [[1, 2, 3], [2, 4, 6], [1, 0, 1]]?", "rank([[1,2,3],[2,4,6],[1,0,1]])")
P('plain', "Find the eigenvalues of the matrix [[2, 1], [1, 2]]", "eigenvalues([[2,1],[1,2]])")
P('plain', "Compute the dot product of (1, -2, 4) and (3, 0, 5).", "dot([1,-2,4],[3,0,5])")
P('plain', "Find the trace of [[5, 1, 0], [2, -3, 4], [7, 8, 9]]", "trace([[5,1,0],[2,-3,4],[7,8,9]])")
P('plain', "Solve the system 2x + y = 7, x - 3y = -7", "solve_system(['2*x+y=7','x-3*y=-7'],'x y')")
P('plain', "Differentiate f(x) = x^4 - 3x^2 + 2x with respect to x", "derivative('x**4-3*x**2+2*x')")
P('plain', "Find the gradient of f(x, y) = x^2 y + 3y^2", "gradient('x**2*y+3*y**2','x y')")
P('plain', "Compute the Hessian of f(x, y) = x^3 + 2xy + y^2", "hessian('x**3+2*x*y+y**2','x y')")
P('plain', "Find the reduced row echelon form of [[1, 2, -1], [2, 4, 1], [3, 6, 0]]", "rref([[1,2,-1],[2,4,1],[3,6,0]])")
P('plain', "Find the null space of [[1, 2], [2, 4]]", "nullspace([[1,2],[2,4]])")
P('plain', "Compute the vector projection of u = (2, 3) onto v = (1, 1)", "projection([2,3],[1,1])")
P('plain', "Find the angle between the vectors (1, 0, 1) and (0, 1, 1)", "angle([1,0,1],[0,1,1])")
P('plain', "Compute the mean of the data points (1, 2), (3, 4), (5, 0)", "mean([[1,2],[3,4],[5,0]])")
P('plain', "Find the critical points of f(x, y) = x^2 + y^2 - 4x + 6y", "critical_points('x**2+y**2-4*x+6*y','x y')")
P('plain', "Apply two iterations of Newton-Raphson to f(x) = x^2 - 5 starting from x0 = 2", "newton('x**2-5',2,2)")
P('plain', "Find the Jacobian of f(x, y) = (x^2 y, x + sin y)", "jacobian(['x**2*y','x+sin(y)'],'x y')")
P('plain', "Multiply the matrices [[1, 2], [0, 1]] and [[3, 0], [1, 4]]", "multiply([[1,2],[0,1]],[[3,0],[1,4]])")
P('plain', "Find the eigenvectors of [[4, 1], [2, 3]]", "eigenvectors([[4,1],[2,3]])")
P('plain', "Perform two steps of gradient descent on f(x) = x^2 + 4x starting at x = 0 with learning rate 0.1", "gradient_descent('x**2+4*x',0,'1/10',2)")
P('plain', "Given x = cos t and y = sin t, find df/dt for f(x, y) = x^2 y", "chain_rule('x**2*y',{'x':'cos(t)','y':'sin(t)'})")
P('plain', "For the data (x, y) = (1, 2), (2, 3), (3, 5) and the model y = wx + b, compute the gradient of the mean squared error L = (1/N) sum (w x_i + b - y_i)^2 with respect to w and b at w = 1, b = 0.",
  "loss_gradient('(w*x+b-y)**2',[[1,2],[2,3],[3,5]],'x y','w b',{'w':1,'b':0})")
P('plain', "Find the scalar projection of (3, 4) onto (0, 5)", "scalar_projection([3,4],[0,5])")
P('plain', "Find the eigenvalues of [[2, 1, 1], [1, 3, 0], [1, 0, 4]]", "eigenvalues([[2,1,1],[1,3,0],[1,0,4]])", note='irreducible cubic, three real roots')
P('plain', "Find the orthogonal projection of v = (1, 0, 0) onto the span of (1, 1, 0) and (0, 1, 1)", "projection_span([1,0,0],[[1,1,0],[0,1,1]])")
P('plain', "Differentiate sin(e^(x^2)) with respect to x", "derivative('sin(exp(x**2))')")

# ---------------------------------------------------------------- words_dropped
P('words_dropped', "d/dx x squared times cos x", "derivative('x**2*cos(x)')")
P('words_dropped', "derivative of x cubed minus 4x", "derivative('x**3-4*x')")
P('words_dropped', "differentiate e to the x times x", "derivative('exp(x)*x')")
P('words_dropped', "transpose of A where A = [[1, 2, 3], [4, 5, 6]]", "transpose([[1,2,3],[4,5,6]])")
P('words_dropped', "A.T for A = [[2, 0], [7, 1]]", "transpose([[2,0],[7,1]])")
P('words_dropped', "find A' if A = [[1, -1], [3, 5]]", "transpose([[1,-1],[3,5]])", note="A' is the transpose (MATLAB notation)")
P('words_dropped', "compute A^T A for A = [[1, 2], [3, 4], [5, 6]]", "matrix_expression('A.T*A',A=[[1,2],[3,4],[5,6]])")
P('words_dropped', "det and inverse of [[2, 5], [1, 3]]", "det([[2,5],[1,3]]); inverse([[2,5],[1,3]])")
P('words_dropped', "rank and trace of [[1, 2], [3, 6]]", "rank([[1,2],[3,6]]); trace([[1,2],[3,6]])")
P('words_dropped', "second derivative of x to the power 5 plus x squared", "higher_derivative('x**5+x**2',2)")
P('words_dropped', "d/dx of e to the power 2x", "derivative('exp(2*x)')")
P('words_dropped', "derivative of y cubed with respect to y", "derivative('y**3','y')")
P('words_dropped', "find the gradient of x squared plus y squared plus z squared", "gradient('x**2+y**2+z**2','x y z')")
P('words_dropped', "eigenvalues and trace and det of [[3, 1], [0, 2]]", "eigenvalues([[3,1],[0,2]]); trace([[3,1],[0,2]]); det([[3,1],[0,2]])")
P('words_dropped', "square root of x plus x cubed, differentiate it", "derivative('sqrt(x)+x**3')")
P('words_dropped', "differentiate x to the fourth minus 2 x cubed", "derivative('x**4-2*x**3')")
P('words_dropped', "inverse of B transpose, B = [[1, 2], [3, 5]]", "inverse(mx('B.T',B=[[1,2],[3,5]]))")
P('words_dropped', "x squared y plus y cubed, partial wrt y", "partial_derivative('x**2*y+y**3','y')")

# ---------------------------------------------------------------- exp_ml
P('exp_ml', "d/dx sigmoid(x) where sigmoid(x) = 1/(1+e^-x)", "derivative('1/(1+exp(-x))')")
P('exp_ml', "derivative of 1/(1+e^-3x)", "derivative('1/(1+exp(-3*x))')")
P('exp_ml', "differentiate the softplus log(1+e^x)", "derivative('log(1+exp(x))')")
P('exp_ml', "d/dx tanh(2x)", "derivative('tanh(2*x)')")
P('exp_ml', "derivative of e^-2x * sin x", "derivative('exp(-2*x)*sin(x)')")
P('exp_ml', "derivative of e^3x + x", "derivative('exp(3*x)+x')")
P('exp_ml', "d/dx exp(-x^2/2)", "derivative('exp(-x**2/2)')")
P('exp_ml', "second derivative of log(1 + x^2)", "higher_derivative('log(1+x**2)',2)")
P('exp_ml', "gradient of log(e^x + e^y)", "gradient('log(exp(x)+exp(y))','x y')")
P('exp_ml', "derivative of relu(x) = max(0, x) at x = 3", "derivative('Max(0,x)',at={'x':3})")
P('exp_ml', "d/dw of sigmoid(w*x + b)", "partial_derivative('1/(1+exp(-(w*x+b)))','w')")
P('exp_ml', "derivative of x * sigmoid(x)", "derivative('x/(1+exp(-x))')")
P('exp_ml', "d/dx ln(3x^2 + 1)", "derivative('log(3*x**2+1)')")
P('exp_ml', "derivative of tanh(x)^2", "derivative('tanh(x)**2')")
P('exp_ml', "find d/dx of e^(x^2) * cos(3x)", "derivative('exp(x**2)*cos(3*x)')")
P('exp_ml', "derivative of softplus(2x) i.e. log(1 + exp(2x))", "derivative('log(1+exp(2*x))')")
P('exp_ml', "taylor series of e^-x up to x^3", "taylor('exp(-x)','x',0,3)")
P('exp_ml', "newton raphson for e^x - 3 = 0 from x0 = 1, 2 iterations", "newton('exp(x)-3',1,2)")
P('exp_ml', "d/dz of log(sigmoid(z))", "derivative('log(1/(1+exp(-z)))','z')")

# ---------------------------------------------------------------- superscript_unicode
P('superscript_unicode', "d/dx x³ sin x", "derivative('x**3*sin(x)')")
P('superscript_unicode', "3rd derivative of x⁴ eˣ", "higher_derivative('x**4*exp(x)',3)")
P('superscript_unicode', "derivative of x⁻¹ + x²", "derivative('x**-1+x**2')")
P('superscript_unicode', "Aᵀ for A = [[1, 4], [2, 5], [3, 6]]", "transpose([[1,4],[2,5],[3,6]])")
P('superscript_unicode', "gradient of x₁² + 3x₁x₂ + x₂²", "gradient('x1**2+3*x1*x2+x2**2','x1 x2')")
P('superscript_unicode', "d/dx √x · ln x", "derivative('sqrt(x)*log(x)')")
P('superscript_unicode', "derivative of ½x² − 3x", "derivative('x**2/2-3*x')")
P('superscript_unicode', "d/dθ sin²θ", "derivative('sin(theta)**2','theta')")
P('superscript_unicode', "∂f/∂y for f = x²y³ + y", "partial_derivative('x**2*y**3+y','y')")
P('superscript_unicode', "AAᵀ where A = [[1, 2], [0, 1]]", "matrix_expression('A*A.T',A=[[1,2],[0,1]])")
P('superscript_unicode', "find ‖v‖ for v = (3, 4, 12)", "norm([3,4,12])")
P('superscript_unicode', "d²/dx² of x⁵ − 2x³", "higher_derivative('x**5-2*x**3',2)")
P('superscript_unicode', "hessian of x²y + y³", "hessian('x**2*y+y**3','x y')")
P('superscript_unicode', "derivative of ∛x", "derivative('x**(1/3)')")
P('superscript_unicode', "∂²f/∂x∂y of f = x³y²", "partial_derivative('x**3*y**2','x','y')")
P('superscript_unicode', "d/dx (x² + 1)⁻²", "derivative('(x**2+1)**-2')")
P('superscript_unicode', "eigenvalues of A² where A = [[1, 1], [0, 2]]", "eigenvalues(mx('A**2',A=[[1,1],[0,2]]))")

# ---------------------------------------------------------------- indexed_vars
P('indexed_vars', "hessian of 2x1^2 - x1x2 + 4x2^2", "hessian('2*x1**2-x1*x2+4*x2**2','x1 x2')")
P('indexed_vars', "gradient of x_1^2 + x_2^2 + x_1 x_3", "gradient('x1**2+x2**2+x1*x3','x1 x2 x3')")
P('indexed_vars', "partial derivative of w1*x1 + w2*x2 + b with respect to w2", "partial_derivative('w1*x1+w2*x2+b','w2')")
P('indexed_vars', "gradient of theta0 + theta1 x wrt theta0 and theta1", "gradient('theta0+theta1*x','theta0 theta1')")
P('indexed_vars', "d/dtheta1 of (theta0 + theta1*x - y)^2", "partial_derivative('(theta0+theta1*x-y)**2','theta1')")
P('indexed_vars', "hessian of x1^3 + x2^3 - 3x1x2", "hessian('x1**3+x2**3-3*x1*x2','x1 x2')")
P('indexed_vars', "find critical points of x1^2 + x1x2 + x2^2 - 3x1", "critical_points('x1**2+x1*x2+x2**2-3*x1','x1 x2')")
P('indexed_vars', "∂/∂x₂ of x₁x₂ + x₂²x₃", "partial_derivative('x1*x2+x2**2*x3','x2')")
P('indexed_vars', "jacobian of (x1 + x2, x1*x2) wrt x1, x2", "jacobian(['x1+x2','x1*x2'],'x1 x2')")
P('indexed_vars', "gradient of w_1^2 + 2w_1w_2 + 5w_2^2", "gradient('w1**2+2*w1*w2+5*w2**2','w1 w2')")
P('indexed_vars', "partial of f = 3x1^2x2 - x2^3 wrt x1", "partial_derivative('3*x1**2*x2-x2**3','x1')")
P('indexed_vars', "gradient of (y - w0 - w1 x)^2 w.r.t w0, w1", "gradient('(y-w0-w1*x)**2','w0 w1')")
P('indexed_vars', "d/dx1 of sin(x1 x2)", "partial_derivative('sin(x1*x2)','x1')")
P('indexed_vars', "hessian of f(x1,x2,x3) = x1^2 + x2^2 + x3^2 + x1x2 + x2x3", "hessian('x1**2+x2**2+x3**2+x1*x2+x2*x3','x1 x2 x3')")
P('indexed_vars', "L = (w1*x1 + w2*x2 - y)^2, find dL/dw1 at x1=1, x2=2, y=3, w1=0, w2=1", "partial_derivative('(w1*x1+w2*x2-y)**2','w1',at={'x1':1,'x2':2,'y':3,'w1':0,'w2':1})")

# ---------------------------------------------------------------- letter_vars
P('letter_vars', "second derivative of 5*i**3 - 2*i**2 + i wrt i", "higher_derivative('5*i**3-2*i**2+i',2,'i')")
P('letter_vars', "What is the derivative of 4*q**4 - 7*q + 2?", "derivative('4*q**4-7*q+2','q')")
P('letter_vars', "differentiate 3*l**2 + 8*l with respect to l", "derivative('3*l**2+8*l','l')")
P('letter_vars', "d/dt of t^3 - 6t", "derivative('t**3-6*t','t')")
P('letter_vars', "find the derivative of 2*e**3 - 5*e wrt e", "derivative('2*e**3-5*e','e')")
P('letter_vars', "third derivative of -j**5 + 3*j**2 wrt j", "higher_derivative('-j**5+3*j**2',3,'j')")
P('letter_vars', "differentiate E**4 + 2*E with respect to E", "derivative('E**4+2*E','E')", note="E is an ordinary variable here (the value's E is the symbol E, not Euler's number)")
P('letter_vars', "partial of i*j**2 + 3*j wrt j", "partial_derivative('i*j**2+3*j','j')")
P('letter_vars', "Let y = 6*r**3 - r. What is dy/dr?", "derivative('6*r**3-r','r')")
P('letter_vars', "differentiate n**3 - 4*n**2 + n", "derivative('n**3-4*n**2+n','n')")
P('letter_vars', "d/dp of p^2 (1 - p)", "derivative('p**2*(1-p)','p')")
P('letter_vars', "what is the 2nd derivative of -2*s**4 + s**3 - 7*s wrt s", "higher_derivative('-2*s**4+s**3-7*s',2,'s')")
P('letter_vars', "gradient of i^2 + 3ij + j^2 wrt i and j", "gradient('i**2+3*i*j+j**2','i j')")
P('letter_vars', "Find the first derivative of 3*c**5 - c**2 + 11.", "derivative('3*c**5-c**2+11','c')")
P('letter_vars', "Let f(k) = -4*k**3 + 2*k. Calculate f'(k).", "derivative('-4*k**3+2*k','k')")

# ---------------------------------------------------------------- multi_operand
P('multi_operand', "rank of (1, 0, 2), (2, 1, 3), (3, 1, 5)", "rank_of_vectors([1,0,2],[2,1,3],[3,1,5])")
P('multi_operand', "A + Aᵀ for A = [[1, 4], [0, 2]]", "matrix_expression('A+A.T',A=[[1,4],[0,2]])")
P('multi_operand', "compute vᵀAv with A = [[2, 1], [1, 3]] and v = (1, 2)", "matrix_expression('v.T*A*v',A=[[2,1],[1,3]],v=[1,2])")
P('multi_operand', "ABC where A = [[1, 1], [0, 1]], B = [[2, 0], [0, 3]], C = [[1, 0], [1, 1]]", "multiply([[1,1],[0,1]],[[2,0],[0,3]],[[1,0],[1,1]])")
P('multi_operand', "A^3 for A = [[1, 1], [0, 1]]", "matrix_expression('A**3',A=[[1,1],[0,1]])")
P('multi_operand', "2A - 3I where A = [[4, 1], [2, 5]]", "matrix_expression('2*A-3*I',A=[[4,1],[2,5]])")
P('multi_operand', "A squared for A = [[0, 1], [1, 1]]", "matrix_expression('A**2',A=[[0,1],[1,1]])")
P('multi_operand', "are (1, 2, 3), (4, 5, 6), (7, 8, 9) linearly independent? find the rank", "rank_of_vectors([1,2,3],[4,5,6],[7,8,9])")
P('multi_operand', "gram schmidt on (1, 1, 0), (1, 0, 1), (0, 1, 1)", "gram_schmidt([1,1,0],[1,0,1],[0,1,1])")
P('multi_operand', "A + B + C for A=[[1,2],[3,4]], B=[[0,1],[1,0]], C=[[2,2],[2,2]]", "matrix_expression('A+B+C',A=[[1,2],[3,4]],B=[[0,1],[1,0]],C=[[2,2],[2,2]])")
P('multi_operand', "A^2 - 5A + 6I for A = [[2, 1], [0, 3]]", "matrix_expression('A**2-5*A+6*I',A=[[2,1],[0,3]])")
P('multi_operand', "determinant of AB where A = [[1, 2], [3, 4]] and B = [[0, 1], [1, 1]]", "det(mx('A*B',A=[[1,2],[3,4]],B=[[0,1],[1,1]]))")
P('multi_operand', "rank of span{(1, 2, 0, 1), (2, 4, 1, 3), (0, 0, 1, 1)}", "rank_of_vectors([1,2,0,1],[2,4,1,3],[0,0,1,1])")
P('multi_operand', "x^T A x for A = [[1, 2], [2, 1]] and x = (x, y)", "matrix_expression('v.T*A*v',A=[[1,2],[2,1]],v=['x','y'])")
P('multi_operand', "find A^-1 B for A = [[2, 1], [1, 1]], B = [[1, 0], [2, 3]]", "matrix_expression('A.inv()*B',A=[[2,1],[1,1]],B=[[1,0],[2,3]])")
P('multi_operand', "sum of (1, 2, 3), (4, 0, -1) and (2, 2, 2)", "add([1,2,3],[4,0,-1],[2,2,2])")
P('multi_operand', "compute A B^T for A = [[1, 0, 2], [0, 1, 1]] and B = [[1, 1, 1], [2, 0, 1]]", "matrix_expression('A*B.T',A=[[1,0,2],[0,1,1]],B=[[1,1,1],[2,0,1]])")

# ---------------------------------------------------------------- scope_words
P('scope_words', "taylor series of cos x till the x^4 term", "taylor('cos(x)','x',0,4)")
P('scope_words', "maclaurin series of sin x upto x^5", "taylor('sin(x)','x',0,5)")
P('scope_words', "expand e^x up to order 3", "taylor('exp(x)','x',0,3)")
P('scope_words', "first three non-zero terms of the maclaurin series of sin x", "taylor_terms('sin(x)',3)")
P('scope_words', "taylor series of ln x about x = 1 up to order 3", "taylor('log(x)','x',1,3)")
P('scope_words', "taylor expansion of sqrt(x) around x = 4 till second order", "taylor('sqrt(x)','x',4,2)")
P('scope_words', "first 3 nonzero terms of the series of cos(2x)", "taylor_terms('cos(2*x)',3)")
P('scope_words', "maclaurin series of 1/(1-x) up to x^4", "taylor('1/(1-x)','x',0,4)")
P('scope_words', "taylor polynomial of degree 2 of e^(2x) at x = 0", "taylor('exp(2*x)','x',0,2)")
P('scope_words', "taylor series of x^3 + 2x about x = 1 upto order 2", "taylor('x**3+2*x','x',1,2)")
P('scope_words', "linearise f(x) = sqrt(1+x) about x = 0", "taylor('sqrt(1+x)','x',0,1)")
P('scope_words', "taylor of tan x till x^3", "taylor('tan(x)','x',0,3)")
P('scope_words', "expand log(1+x) upto 4 terms", "taylor('log(1+x)','x',0,4)", note='4 terms and order 4 coincide here')
P('scope_words', "2nd order taylor of f(x,y) = e^x cos y about (0,0)", "taylor_mv('exp(x)*cos(y)','x y',[0,0],2)")
P('scope_words', "taylor series of e^x about x = 1 upto the (x-1)^2 term", "taylor('exp(x)','x',1,2)")
P('scope_words', "first two non zero terms of the expansion of e^(-x^2)", "taylor_terms('exp(-x**2)',2)")

# ---------------------------------------------------------------- norms_distances
P('norms_distances', "||u - v|| for u = (3, 1, 2), v = (1, -1, 1)", "norm(mx('u-v',u=[3,1,2],v=[1,-1,1]))")
P('norms_distances', "distance between (1, 2) and (4, 6)", "distance([1,2],[4,6])")
P('norms_distances', "|v| where v = (2, -3, 6)", "norm([2,-3,6])")
P('norms_distances', "L1 norm of (3, -4, 1)", "norm([3,-4,1],p=1)")
P('norms_distances', "L2 norm of (1, 1, 1, 1)", "norm([1,1,1,1])")
P('norms_distances', "find the length of the vector (5, 12)", "norm([5,12])")
P('norms_distances', "euclidean distance between points p = (0, 1, 2) and q = (2, 3, 3)", "distance([0,1,2],[2,3,3])")
P('norms_distances', "infinity norm of (2, -7, 3)", "norm([2,-7,3],p='inf')")
P('norms_distances', "distance between (1,1,1,1) and (2,3,4,5)", "distance([1,1,1,1],[2,3,4,5])")
P('norms_distances', "norm of 2u - v, u = (1, 2), v = (0, 1)", "norm(mx('2*u-v',u=[1,2],v=[0,1]))")
P('norms_distances', "how far is the point (3, 4) from the origin", "distance([3,4],[0,0])")
P('norms_distances', "||x||_1 and ||x||_2 for x = (1, -2, 2)", "norm([1,-2,2],p=1); norm([1,-2,2])")
P('norms_distances', "magnitude of the vector 3i + 4j - 12k", "norm([3,4,-12])", note='i, j, k are unit vectors here')
P('norms_distances', "squared distance between (1,2,3) and (2,0,1)", "distance([1,2,3],[2,0,1],squared=True)", note='squared Euclidean distance')
P('norms_distances', "|a - b| with a = (5, 5) and b = (2, 1)", "norm(mx('a-b',a=[5,5],b=[2,1]))")

# ---------------------------------------------------------------- cross_vs_dot
P('cross_vs_dot', "cross product of (1, 2, 3) and (4, 5, 6)", "cross([1,2,3],[4,5,6])")
P('cross_vs_dot', "dot product of (1, 2, 3) and (4, 5, 6)", "dot([1,2,3],[4,5,6])")
P('cross_vs_dot', "a × b for a = (2, 0, -1), b = (1, 3, 2)", "cross([2,0,-1],[1,3,2])")
P('cross_vs_dot', "a · b for a = (2, 0, -1), b = (1, 3, 2)", "dot([2,0,-1],[1,3,2])")
P('cross_vs_dot', "u x v where u = (1, 0, 0), v = (0, 1, 0)", "cross([1,0,0],[0,1,0])", note="'x' between two 3-D vectors is the cross product")
P('cross_vs_dot', "inner product of (3, -1) and (2, 5)", "dot([3,-1],[2,5])")
P('cross_vs_dot', "vector product of (0, 1, 2) and (3, 4, 5)", "cross([0,1,2],[3,4,5])")
P('cross_vs_dot', "scalar product of (1,1,1) and (2,-3,4)", "dot([1,1,1],[2,-3,4])")
P('cross_vs_dot', "cross and dot product of (1, -1, 2) and (3, 0, 1)", "cross([1,-1,2],[3,0,1]); dot([1,-1,2],[3,0,1])")
P('cross_vs_dot', "u.v for u=(2,3,1), v=(1,-1,4)", "dot([2,3,1],[1,-1,4])")
P('cross_vs_dot', "find a vector perpendicular to both (1, 1, 0) and (0, 1, 1)", "cross([1,1,0],[0,1,1])")
P('cross_vs_dot', "(2,1,0) cross (0,1,3)", "cross([2,1,0],[0,1,3])")
P('cross_vs_dot', "w = (4, -2, 1), z = (1, 1, 1). find w × z", "cross([4,-2,1],[1,1,1])")

# ---------------------------------------------------------------- layout
P('layout', "det | 4 2 ; 1 3 |", "det([[4,2],[1,3]])")
P('layout', "| 2 -1 0 ; 1 3 2 ; 0 1 4 | find value", "det([[2,-1,0],[1,3,2],[0,1,4]])")
P('layout', "covariance of x: 1, 2, 3, 4 | y: 2, 4, 5, 9", "covariance([[1,2],[2,4],[3,5],[4,9]])")
P('layout', "mean of p1=(2, 0), p2=(4, 2), p3=(0, 4)", "mean([[2,0],[4,2],[0,4]])")
P('layout', "covariance matrix, rows are samples: [[1, 2], [3, 6], [5, 4]]", "covariance([[1,2],[3,6],[5,4]])")
P('layout', "inverse of [1 2; 3 5]", "inverse([[1,2],[3,5]])")
P('layout', "solve Ax = b with A = [2 1; 1 3] and b = [3; 5]", "solve_Ab([[2,1],[1,3]],[3,5])")
P('layout', "eigenvalues of [4 -2; 1 1]", "eigenvalues([[4,-2],[1,1]])")
P('layout', "columns are data points: [[1, 2, 3], [4, 6, 8]], find the covariance matrix", "covariance([[1,4],[2,6],[3,8]])")
P('layout', "v = [1; 2; 3] and w = [4; 5; 6], dot product", "dot([1,2,3],[4,5,6])")
P('layout', "x = (1, 2, 3, 4, 5) find the variance", "variance([1,2,3,4,5])")
P('layout', "A = [[1 2],[3 4]] B = [[0 1],[1 0]] AB = ?", "multiply([[1,2],[3,4]],[[0,1],[1,0]])")
P('layout', "points: (0,0), (1,1), (2,2), (3,3), first principal component", "pca([[0,0],[1,1],[2,2],[3,3]],k=1)")
P('layout', "rank of the matrix with rows 1 2 3 / 2 4 6 / 1 1 1", "rank([[1,2,3],[2,4,6],[1,1,1]])")
P('layout', "data x = 2,4,6 y = 1,3,2 covariance", "covariance([[2,1],[4,3],[6,2]])")
P('layout', "A = [1 0 2; 0 3 0; 2 0 1], eigenvalues", "eigenvalues([[1,0,2],[0,3,0],[2,0,1]])")
P('layout', "x: 0, 1, 2 | y: 1, 3, 7 — fit y = mx + c, gradient of sum of squared errors wrt m, c at m = 0, c = 0", "loss_gradient('(m*x+c-y)**2',[[0,1],[1,3],[2,7]],'x y','m c',{'m':0,'c':0},mean=False)")

# ---------------------------------------------------------------- latex
P('latex', r"Find $\det \begin{pmatrix} 3 & 2 \\ 1 & 4 \end{pmatrix}$", "det([[3,2],[1,4]])")
P('latex', r"\begin{vmatrix} 1 & 2 & 0 \\ 0 & 1 & 3 \\ 2 & 0 & 1 \end{vmatrix} = ?", "det([[1,2,0],[0,1,3],[2,0,1]])")
P('latex', r"Differentiate $f(x) = \frac{x^2}{1+x}$", "derivative('x**2/(1+x)')")
P('latex', r"compute $\mathbf{u} \cdot \mathbf{v}$ for $\mathbf{u} = (1, 3, -2)$, $\mathbf{v} = (4, -1, 2)$", "dot([1,3,-2],[4,-1,2])")
P('latex', r"find $\nabla f$ where $f(x,y) = x^{2} y + \sin(y)$", "gradient('x**2*y+sin(y)','x y')")
P('latex', r"$\frac{\partial}{\partial x} \left( x^3 y^2 + e^{xy} \right)$", "partial_derivative('x**3*y**2+exp(x*y)','x')")
P('latex', r"inverse of $A = \begin{bmatrix} 2 & 1 \\ 5 & 3 \end{bmatrix}$", "inverse([[2,1],[5,3]])")
P('latex', r"eigenvalues of $\begin{pmatrix} 1 & 2 \\ 2 & 1 \end{pmatrix}$", "eigenvalues([[1,2],[2,1]])")
P('latex', r"$\frac{d}{dx} \sqrt{x^2 + 1}$", "derivative('sqrt(x**2+1)')")
P('latex', r"Compute $\|\mathbf{x}\|_2$ for $\mathbf{x} = (2, 3, 6)$", "norm([2,3,6])")
P('latex', r"Let $\sigma(z) = \frac{1}{1+e^{-z}}$. Find $\sigma'(z)$", "derivative('1/(1+exp(-z))','z')")
P('latex', r"hessian of $f(x, y) = x^{3} - 3xy + y^{2}$", "hessian('x**3-3*x*y+y**2','x y')")
P('latex', r"Taylor series of $e^{x}\cos(x)$ up to $x^{3}$", "taylor('exp(x)*cos(x)','x',0,3)")
P('latex', r"$\mathbf{a} \times \mathbf{b}$ where $\mathbf{a} = (1, 2, 0)$ and $\mathbf{b} = (0, 1, 4)$", "cross([1,2,0],[0,1,4])")
P('latex', r"Find $A^{T}A$ for $A = \begin{pmatrix} 1 & 0 \\ 2 & 1 \\ 0 & 3 \end{pmatrix}$", "matrix_expression('A.T*A',A=[[1,0],[2,1],[0,3]])")
P('latex', r"$\frac{d^2}{dx^2} \left( x^4 \ln x \right)$", "higher_derivative('x**4*log(x)',2)")
P('latex', r"Solve $\begin{cases} x + y = 4 \\ 2x - y = 2 \end{cases}$", "solve_system(['x+y=4','2*x-y=2'],'x y')")
P('latex', r"projection of $\vec{u} = (3, 4)$ onto $\vec{v} = (1, 0)$", "projection([3,4],[1,0])")
P('latex', r"PCA: find the principal directions of the data $X = \begin{pmatrix} 2 & 0 \\ 0 & 1 \\ -2 & 0 \\ 0 & -1 \end{pmatrix}$ (rows are samples)", "pca([[2,0],[0,1],[-2,0],[0,-1]])")
P('latex', r"Apply Gram--Schmidt to $\{(1,1)^T, (1,2)^T\}$", "gram_schmidt([1,1],[1,2])")
P('latex', r"$\frac{\partial^2 f}{\partial y^2}$ for $f = x^2 y^3 \cdot \cos(x)$", "partial_derivative('x**2*y**3*cos(x)','y','y')")

# ---------------------------------------------------------------- numpy
P('numpy', "np.linalg.det(np.array([[2, 3], [1, 4]]))", "det([[2,3],[1,4]])")
P('numpy', "A = np.array([[1, 2], [3, 4]]); B = np.array([[5, 6], [7, 8]]); what is A @ B", "multiply([[1,2],[3,4]],[[5,6],[7,8]])")
P('numpy', "np.linalg.inv([[3, 1], [2, 1]])", "inverse([[3,1],[2,1]])")
P('numpy', "what eigenvalues will np.linalg.eig(np.array([[2, 0], [0, 3]])) give", "eigenvalues([[2,0],[0,3]])")
P('numpy', "A**2 in numpy for A = np.array([[1, 2], [3, 4]])", "matrix_expression('A.applyfunc(lambda t: t**2)',A=[[1,2],[3,4]])", amb=True,
  note='in NumPy A**2 is elementwise; chosen reading is the elementwise square [[1,4],[9,16]], the other is the matrix power')
P('numpy', "np.dot([1, 2, 3], [4, 5, 6])", "dot([1,2,3],[4,5,6])")
P('numpy', "np.cross([1, 0, 2], [0, 3, 1])", "cross([1,0,2],[0,3,1])")
P('numpy', "array([[1, 2],\n       [3, 4]])\nye mera A hai, iska det?", "det([[1,2],[3,4]])")
P('numpy', "np.linalg.norm(np.array([6, 8]))", "norm([6,8])")
P('numpy', "np.trace(np.array([[1, 2, 3], [4, 5, 6], [7, 8, 10]]))", "trace([[1,2,3],[4,5,6],[7,8,10]])")
P('numpy', "np.cov(X) where X = np.array([[1, 2, 3], [2, 4, 7]])", "covariance([[1,2],[2,4],[3,7]],ddof=1)", note='np.cov: rows are variables, divides by N-1')
P('numpy', "np.var([2, 4, 4, 4, 5, 5, 7, 9])", "variance([2,4,4,4,5,5,7,9])", note='np.var divides by N')
P('numpy', "np.linalg.matrix_rank(np.array([[1, 2], [2, 4]]))", "rank([[1,2],[2,4]])")
P('numpy', "A.T @ A where A = np.array([[1, 1], [0, 1], [1, 0]])", "matrix_expression('A.T*A',A=[[1,1],[0,1],[1,0]])")
P('numpy', "np.mean(np.array([[1, 2], [3, 4], [5, 6]]), axis=0)", "mean([[1,2],[3,4],[5,6]])")
P('numpy', "np.linalg.solve([[3, 1], [1, 2]], [9, 8])", "solve_Ab([[3,1],[1,2]],[9,8])")
P('numpy', "np.cov(X.T) for X = np.array([[0, 1], [2, 3], [4, 8]])", "covariance([[0,1],[2,3],[4,8]],ddof=1)", note='X.T makes the columns variables; N-1')
P('numpy', "M = np.array([[2, -1], [-1, 2]])\nnp.linalg.eigvals(M) = ?", "eigenvalues([[2,-1],[-1,2]])")

# ---------------------------------------------------------------- multiline
P('multiline', "A =\n[[2, 1],\n [1, 3]]\nfind eigenvalues", "eigenvalues([[2,1],[1,3]])")
P('multiline', "|3 1|\n|2 4|\nfind det", "det([[3,1],[2,4]])")
P('multiline', "data:\n1 2\n2 3\n3 5\n4 4\nfind covariance matrix", "covariance([[1,2],[2,3],[3,5],[4,4]])", note='each line is one sample')
P('multiline', "A = [[1, 2], [3, 4]]\nB = [[2, 0], [1, 2]]\nfind A - B", "subtract([[1,2],[3,4]],[[2,0],[1,2]])")
P('multiline', "f(x, y) = x^2 y - y^3\nfind hessian", "hessian('x**2*y-y**3','x y')")
P('multiline', "solve:\n x + y + z = 6\n 2x - y + z = 3\n x + 2y - z = 2", "solve_system(['x+y+z=6','2*x-y+z=3','x+2*y-z=2'],'x y z')")
P('multiline', "v1 = (1, 0, 1)\nv2 = (1, 1, 0)\northonormal basis using gram schmidt", "gram_schmidt([1,0,1],[1,1,0])")
P('multiline', "M =\n1 2 0\n0 1 0\n2 0 1\ninverse?", "inverse([[1,2,0],[0,1,0],[2,0,1]])")
P('multiline', "x: 2 4 6 8\nvariance", "variance([2,4,6,8])")
P('multiline', "u = [1, 2, 2]\nv = [2, 1, -2]\nangle between them", "angle([1,2,2],[2,1,-2])")
P('multiline', "A is\n[[1,2,1],\n[0,1,0],\n[1,0,1]]\nrank and determinant", "rank([[1,2,1],[0,1,0],[1,0,1]]); det([[1,2,1],[0,1,0],[1,0,1]])")
P('multiline', "f = x^3 - 2x - 5\nx0 = 2\n3 newton iterations", "newton('x**3-2*x-5',2,3)")
P('multiline', "points\n(1, 1)\n(2, 3)\n(4, 2)\nmean and covariance", "mean([[1,1],[2,3],[4,2]]); covariance([[1,1],[2,3],[4,2]])")
P('multiline', "A =\n[ 2  0  0 ]\n[ 1  3  0 ]\n[ 4  5  6 ]\neigenvalues?", "eigenvalues([[2,0,0],[1,3,0],[4,5,6]])")

# ---------------------------------------------------------------- hinglish
P('hinglish', "A = [[3, 2], [1, 4]] ka determinant nikalo", "det([[3,2],[1,4]])")
P('hinglish', "x^2 sin x ka derivative batao", "derivative('x**2*sin(x)')")
P('hinglish', "iska eigen value kya hoga [[5, 4], [1, 2]]", "eigenvalues([[5,4],[1,2]])")
P('hinglish', "bhai [[1, 3], [2, 7]] ka inverse chahiye", "inverse([[1,3],[2,7]])")
P('hinglish', "yaar e^x cos x ka second derivative kya hai", "higher_derivative('exp(x)*cos(x)',2)")
P('hinglish', "(2, 1, 3) aur (1, 0, -1) ka dot product batao", "dot([2,1,3],[1,0,-1])")
P('hinglish', "f(x,y) = x^2 + 3xy ka gradient nikal do", "gradient('x**2+3*x*y','x y')")
P('hinglish', "is matrix ka rank kitna hai [[2, 4], [1, 2]]", "rank([[2,4],[1,2]])")
P('hinglish', "sin x ka taylor series x^5 tak likho", "taylor('sin(x)','x',0,5)")
P('hinglish', "(1,2) aur (4,6) ke beech distance kya hai", "distance([1,2],[4,6])")
P('hinglish', "bhai x^3 y + y^2 ka hessian nikal de jaldi", "hessian('x**3*y+y**2','x y')")
P('hinglish', "in points ka mean nikalo: (2, 3), (4, 5), (6, 1)", "mean([[2,3],[4,5],[6,1]])")
P('hinglish', "A = [[1, 2], [2, 1]] iske eigenvectors batao yaar", "eigenvectors([[1,2],[2,1]])")
P('hinglish', "log(1+x^2) ka derivative kya aayega", "derivative('log(1+x**2)')")
P('hinglish', "2x + 3y = 12 aur x - y = 1 solve karo", "solve_system(['2*x+3*y=12','x-y=1'],'x y')")
P('hinglish', "(1, 0, 2) aur (0, 1, 1) ka cross product nikalna hai", "cross([1,0,2],[0,1,1])")
P('hinglish', "x^2 - 2 ka newton raphson se 2 iteration karo x0 = 1 se", "newton('x**2-2',1,2)")
P('hinglish', "A = [[2, 0], [1, 3]] ka transpose aur inverse dono chahiye", "transpose([[2,0],[1,3]]); inverse([[2,0],[1,3]])")
P('hinglish', "data 3, 5, 7, 9 ka variance kitna hoga", "variance([3,5,7,9])")
P('hinglish', "x = t^2, y = 2t hai aur f = xy, df/dt nikalo", "chain_rule('x*y',{'x':'t**2','y':'2*t'})")
P('hinglish', "in points ka first principal component batao: (1,2),(2,4),(3,6)", "pca([[1,2],[2,4],[3,6]],k=1)")
P('hinglish', "sir f = x^2 + y^2 - 2x ke critical points kaha honge", "critical_points('x**2+y**2-2*x','x y')")

# ---------------------------------------------------------------- whatsapp
P('whatsapp', "d/dx x2sinx", "derivative('x**2*sin(x)')", amb=True, note="x2 read as x^2 (most students mean x squared); other reading: the variable x2 times sin x")
P('whatsapp', "det of [[1,2],[3,4]] plz", "det([[1,2],[3,4]])")
P('whatsapp', "wat is eigenvalues of [[2,1],[1,2]] ??", "eigenvalues([[2,1],[1,2]])")
P('whatsapp', "pls inverse 4 [[2,1],[7,4]]", "inverse([[2,1],[7,4]])", amb=True, note="'4' means 'for'; not 4 times the matrix")
P('whatsapp', "grad of x^2y+xy^2 😭😭", "gradient('x**2*y+x*y**2','x y')")
P('whatsapp', "derivative of sinx/x pls", "derivative('sin(x)/x')")
P('whatsapp', "hessian 4 f=x^2+xy+y^2 plzzz", "hessian('x**2+x*y+y**2','x y')")
P('whatsapp', "rank [[1,1,1],[1,1,1],[2,2,2]] ??", "rank([[1,1,1],[1,1,1],[2,2,2]])")
P('whatsapp', "dot (1,2,3).(3,2,1)", "dot([1,2,3],[3,2,1])")
P('whatsapp', "bhai help d/dx e^2xcosx", "derivative('exp(2*x)*cos(x)')", amb=True, note='read as e^(2x)·cos x; other reading e^(2x cos x)')
P('whatsapp', "inv [[2,0],[0,4]] fast 🙏", "inverse([[2,0],[0,4]])")
P('whatsapp', "cov mat of (1,1),(2,2),(3,1)", "covariance([[1,1],[2,2],[3,1]])")
P('whatsapp', "taylor cosx upto x^6 pls", "taylor('cos(x)','x',0,6)")
P('whatsapp', "whats the trace of [[9,1],[2,3]] lol", "trace([[9,1],[2,3]])")
P('whatsapp', "solve x+y=5,x-y=1 asap", "solve_system(['x+y=5','x-y=1'],'x y')")
P('whatsapp', "norm of (1,2,2)??", "norm([1,2,2])")
P('whatsapp', "crit pts of x^3-3x ??", "critical_points('x**3-3*x','x')")
P('whatsapp', "partial wrt y of x^2y^3 👍", "partial_derivative('x**2*y**3','y')")
P('whatsapp', "eigen vals [[3,0,0],[0,2,0],[0,0,1]] 🙏🙏", "eigenvalues([[3,0,0],[0,2,0],[0,0,1]])")
P('whatsapp', "gd on f=(x-3)^2 lr 0.25 x0=0 2 steps", "gradient_descent('(x-3)**2',0,'1/4',2)")
P('whatsapp', "A=[[1,2],[3,4]] A^2=??", "matrix_expression('A**2',A=[[1,2],[3,4]])")
P('whatsapp', "d/dx (x^2+1)^5 quick", "derivative('(x**2+1)**5')")

# ---------------------------------------------------------------- trailing_chat
P('trailing_chat', "d/dx x^3 + 2x + 1 = ?", "derivative('x**3+2*x+1')")
P('trailing_chat', "det [[5, 2], [3, 1]] = ?", "det([[5,2],[3,1]])")
P('trailing_chat', "what is the derivative of cos(x)*x^2 ? thanks", "derivative('cos(x)*x**2')")
P('trailing_chat', "inverse of [[1, 1], [1, 2]] sir?", "inverse([[1,1],[1,2]])")
P('trailing_chat', "gradient of xy + yz + zx thank you so much!!", "gradient('x*y+y*z+z*x','x y z')")
P('trailing_chat', "eigenvalues of [[0, 1], [-2, -3]]? thanks in advance", "eigenvalues([[0,1],[-2,-3]])")
P('trailing_chat', "find rank of [[1,2,3],[4,5,6]] sir please help", "rank([[1,2,3],[4,5,6]])")
P('trailing_chat', "d/dx ln(x^2 + 1)??", "derivative('log(x**2+1)')")
P('trailing_chat', "|(3,4)| = ?", "norm([3,4])")
P('trailing_chat', "projection of (1,2,3) onto (1,1,1) ? ty", "projection([1,2,3],[1,1,1])")
P('trailing_chat', "hessian of x^2 y^2 ... thx bhai", "hessian('x**2*y**2','x y')")
P('trailing_chat', "2x + y = 5 and x + y = 3, solve. thanks sir 🙏", "solve_system(['2*x+y=5','x+y=3'],'x y')")
P('trailing_chat', "taylor of e^x at 0 till x^2 ??? pls reply", "taylor('exp(x)','x',0,2)")
P('trailing_chat', "d/dx of tan(x) + 5 = ? good morning sir", "derivative('tan(x)+5')")

# ---------------------------------------------------------------- juxtaposition
P('juxtaposition', "derivative of 1/2x", "derivative('1/(2*x)')", amb=True, note='read as 1/(2x); other reading (1/2)·x')
P('juxtaposition', "d/dx 2xy", "derivative('2*x*y','x')")
P('juxtaposition', "gradient of xy + 3x^2y", "gradient('x*y+3*x**2*y','x y')")
P('juxtaposition', "d/dx sinx cosx", "derivative('sin(x)*cos(x)')")
P('juxtaposition', "derivative of 3x^2y wrt y", "derivative('3*x**2*y','y')")
P('juxtaposition', "partial wrt a of ab + b^2", "partial_derivative('a*b+b**2','a')")
P('juxtaposition', "d/dx xsinx", "derivative('x*sin(x)')")
P('juxtaposition', "derivative of 1/2 x^2 + 3x", "derivative('x**2/2+3*x')", amb=True, note='read as (1/2)x^2 + 3x; other reading 1/(2x^2) + 3x')
P('juxtaposition', "d/dx 2sin3x", "derivative('2*sin(3*x)')")
P('juxtaposition', "hessian of xyz", "hessian('x*y*z','x y z')")
P('juxtaposition', "d/dx e^xsinx", "derivative('exp(x)*sin(x)')", amb=True, note='read as e^x·sin x; other reading e^(x sin x)')
P('juxtaposition', "derivative of x/2y wrt x", "derivative('x/(2*y)','x')", amb=True, note='read as x/(2y); other reading (x/2)·y')
P('juxtaposition', "gradient of 4xy^2 - 2yz", "gradient('4*x*y**2-2*y*z','x y z')")
P('juxtaposition', "d/dx 5xe^x", "derivative('5*x*exp(x)')")
P('juxtaposition', "derivative of sin2x cos3x", "derivative('sin(2*x)*cos(3*x)')")
P('juxtaposition', "d/dx 3x^2y^3 + xy, y constant", "derivative('3*x**2*y**3+x*y','x')")

# ---------------------------------------------------------------- multi_task
P('multi_task', "eigenvalues and eigenvectors of [[1, 2], [2, 4]]", "eigenvalues([[1,2],[2,4]]); eigenvectors([[1,2],[2,4]])")
P('multi_task', "mean and covariance of (1, 2), (2, 4), (3, 3)", "mean([[1,2],[2,4],[3,3]]); covariance([[1,2],[2,4],[3,3]])")
P('multi_task', "gradient and hessian of x^2 y + y^3", "gradient('x**2*y+y**3','x y'); hessian('x**2*y+y**3','x y')")
P('multi_task', "det and inverse of [[3, 1], [4, 2]]", "det([[3,1],[4,2]]); inverse([[3,1],[4,2]])")
P('multi_task', "find the rank and the null space of [[1, 2, 3], [2, 4, 6]]", "rank([[1,2,3],[2,4,6]]); nullspace([[1,2,3],[2,4,6]])")
P('multi_task', "dot product and angle between (1, 1) and (1, 0)", "dot([1,1],[1,0]); angle([1,1],[1,0])")
P('multi_task', "first and second derivative of x^3 e^x", "derivative('x**3*exp(x)'); higher_derivative('x**3*exp(x)',2)")
P('multi_task', "trace, determinant and eigenvalues of [[6, 2], [2, 3]]", "trace([[6,2],[2,3]]); det([[6,2],[2,3]]); eigenvalues([[6,2],[2,3]])")
P('multi_task', "find the distance and the angle between u = (1, 0) and v = (0, 1)", "distance([1,0],[0,1]); angle([1,0],[0,1])")
P('multi_task', "transpose and rank of [[1, 0, 2], [0, 1, 1]]", "transpose([[1,0,2],[0,1,1]]); rank([[1,0,2],[0,1,1]])")
P('multi_task', "compute the gradient and find the critical points of f = x^2 - xy + y^2 - 3y", "gradient('x**2-x*y+y**2-3*y','x y'); critical_points('x**2-x*y+y**2-3*y','x y')")
P('multi_task', "variance and mean of 1, 4, 4, 7", "variance([1,4,4,7]); mean([1,4,4,7])")
P('multi_task', "projection and scalar projection of (2, 3) onto (4, 0)", "projection([2,3],[4,0]); scalar_projection([2,3],[4,0])")
P('multi_task', "rref and rank of [[1, 2, 1], [2, 4, 3], [3, 6, 4]]", "rref([[1,2,1],[2,4,3],[3,6,4]]); rank([[1,2,1],[2,4,3],[3,6,4]])")
P('multi_task', "jacobian of (x^2 - y^2, 2xy) and its determinant", "jacobian(['x**2-y**2','2*x*y'],'x y'); det(jac(['x**2-y**2','2*x*y'],'x y'),typ='expr')")
P('multi_task', "explained variance and principal directions for (1, 2), (3, 4), (5, 6), (7, 8)", "pca([[1,2],[3,4],[5,6],[7,8]],what='variance'); pca([[1,2],[3,4],[5,6],[7,8]])")

# ---------------------------------------------------------------- extra: harder / ambiguous
P('plain', "Find the eigenvalues of [[1, 2, 0], [2, 1, 1], [0, 1, 3]]", "eigenvalues([[1,2,0],[2,1,1],[0,1,3]])", note='3x3 symmetric, irrational real roots')
P('plain', "Compute the determinant of [[1, 0, 2, 1], [0, 1, 0, 3], [2, 1, 1, 0], [1, 0, 0, 1]]", "det([[1,0,2,1],[0,1,0,3],[2,1,1,0],[1,0,0,1]])")
P('hinglish', "4x4 matrix [[1, 2, 3, 4], [2, 4, 6, 8], [0, 1, 1, 1], [1, 3, 4, 5]] ka rank kya hai", "rank([[1,2,3,4],[2,4,6,8],[0,1,1,1],[1,3,4,5]])")
P('multiline', "A =\n0 1 0\n0 0 1\n3 1 0\neigenvalues nikalo", "eigenvalues([[0,1,0],[0,0,1],[3,1,0]])", note='cubic with one real root and a complex pair')
P('exp_ml', "derivative of log(tanh(3x^2 + 1))", "derivative('log(tanh(3*x**2+1))')")
P('juxtaposition', "find sin x^2 derivative", "derivative('sin(x**2)')", amb=True, note='read as sin(x^2); other reading (sin x)^2')
P('exp_ml', "derivative of e^x^2", "derivative('exp(x**2)')", amb=True, note='read as e^(x^2); other reading (e^x)^2')
P('layout', "mean of [[1, 2], [3, 4], [5, 9]]", "mean([[1,2],[3,4],[5,9]])", amb=True, note='read as rows are samples (column means); other reading: mean of all entries')
P('letter_vars', "i^2 + 2i derivative", "derivative('i**2+2*i','i')", amb=True, note='i read as an ordinary variable (no complex context); other reading: imaginary unit, a constant')
P('multi_operand', "compute AᵀBA for A = [[1, 1], [0, 1]], B = [[2, 0], [0, 1]]", "matrix_expression('A.T*B*A',A=[[1,1],[0,1]],B=[[2,0],[0,1]])")
P('numpy', "x = np.array([1, 2, 3])\nW = np.array([[1, 0, 1], [2, 1, 0]])\nW @ x = ?", "multiply([[1,0,1],[2,1,0]],[1,2,3])")
P('scope_words', "maclaurin of x e^x up to x^4", "taylor('x*exp(x)','x',0,4)")

# ---------------------------------------------------------------- refuse
X("integrate x^2 from 0 to 1", 'integration is out of scope')
X("find the inverse", 'no matrix given')
X("cross product of (1, 2) and (3, 4)", 'cross product needs 3-D vectors')
X("determinant of [[1, 2, 3], [4, 5, 6]]", 'determinant of a non-square matrix')
X("what is a vector space? explain in simple words", 'concept explanation without numbers')
X("limit of sin x / x as x -> 0", 'limits are out of scope')
X("hello bhai", 'no problem in the message')
X("solve dy/dx = y", 'differential equations are out of scope')
X("asdfgh qwerty zxcv", 'nonsense')
X("prove that the eigenvalues of a symmetric matrix are real", 'proofs are out of scope')
X("what is the probability of getting two heads in three tosses", 'probability is out of scope')
X("find the eigenvalues", 'no matrix given')
X("multiply [[1, 2, 3], [4, 5, 6]] and [[1, 2], [3, 4]]", '2x3 times 2x2 is undefined')
X("inverse of [[1, 2], [2, 4]]", 'singular matrix has no inverse')
X("derivative of", 'incomplete: no function')
X("bhai kal exam hai, PCA samjha do", 'concept explanation without numbers')
X("dot product of (1, 2, 3) and (4, 5)", 'vectors of different lengths')
X("∫ e^x dx", 'integration is out of scope')
X("add [[1, 2], [3, 4]] and [[1, 2, 3], [4, 5, 6]]", 'matrix sizes do not match')
X("gaussian distribution ka pdf kya hota hai", 'probability distributions are out of scope')
X("ok thanks 👍", 'no problem in the message')
X("taylor series up to x^3", 'no function given')
X("what's the weather in pune today", 'unrelated')
X("find the angle between (0, 0) and (1, 2)", 'angle with the zero vector is undefined')
X("solve x + y = 2 and x + y = 5", 'inconsistent system: no solution')
X("rank of", 'incomplete: no matrix')
X("write python code for gradient descent", 'code request without a problem')
X("laplace transform of e^-2t", 'out of scope')
X("cross product of (1, 2, 3, 4) and (0, 1, 0, 1)", 'cross product is not defined for 4-D vectors')


def build():
    out = []
    for n, it in enumerate(ITEMS, 1):
        if it['expect'] == 'refuse':
            answers = []
            restatement = 'refuse: ' + it['note']
        else:
            restatement = it['restatement']
            answers = [eval(part, {'__builtins__': {}}, NS) for part in restatement.split('; ')]
        d = {'id': 'hv8-%03d' % n, 'text': it['text'], 'class': it['cls'], 'restatement': restatement,
             'expect': it['expect'], 'ambiguous': it['amb'], 'note': it['note'], 'answers': answers}
        out.append(d)
    return out


class D(yaml.SafeDumper):
    pass


def _str(dumper, s):
    if '\n' in s:
        return dumper.represent_scalar('tag:yaml.org,2002:str', s, style='|')
    return dumper.represent_scalar('tag:yaml.org,2002:str', s)


D.add_representer(str, _str)

if __name__ == '__main__':
    items = build()
    with open('parse_heldout_v8.yaml', 'w', encoding='utf-8') as f:
        yaml.dump(items, f, Dumper=D, sort_keys=False, allow_unicode=True, width=10000)
    from collections import Counter
    print(len(items), Counter(i['class'] for i in items))
    print('refuse', sum(i['expect'] == 'refuse' for i in items), 'ambiguous', sum(i['ambiguous'] for i in items))
