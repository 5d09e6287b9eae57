"""Build the held-out set v4 for MML Tutor's input reader.
Every expected answer is computed with SymPy from the clean restatement (eval'd with the helpers below)."""
import string, sys
import sympy as sp
import yaml

SYMS = {c: sp.Symbol(c) for c in string.ascii_letters}

def S(s):
    return sp.sympify(s, locals=SYMS) if isinstance(s, str) else sp.sympify(s)

def M(a):
    return sp.Matrix(a).applyfunc(S) if not isinstance(a, sp.MatrixBase) else a

def V(a):
    return sp.Matrix(list(a)).applyfunc(S)

def R(task, typ, value):
    return {'task': task, 'type': typ, 'value': sp.sstr(value)}

def vs(vecs):
    return [sp.Matrix(v) for v in vecs]

# ---- linear algebra
def det(A): return R('det', 'number', sp.simplify(M(A).det()))
def inverse(A): return R('inverse', 'matrix', sp.simplify(M(A).inv()))
def transpose(A): return R('transpose', 'matrix', M(A).T)
def multiply(*ms):
    out = M(ms[0])
    for m in ms[1:]:
        m = M(m) if isinstance(m[0], (list, tuple)) else V(m)
        out = out * m
    return R('multiply', 'vector' if out.shape[1] == 1 else 'matrix', out)
def add(A, B): return R('add', 'matrix', M(A) + M(B))
def subtract(A, B): return R('subtract', 'matrix', M(A) - M(B))
def matrix_expression(expr, **mats):
    n = M(list(mats.values())[0]).shape[0]
    loc = dict(SYMS)
    for k, v in mats.items():
        loc[k] = M(v) if isinstance(v[0], (list, tuple)) else V(v)
    loc['I'] = sp.eye(n)
    val = eval(expr, {'__builtins__': {}}, loc)
    val = sp.simplify(val)
    if isinstance(val, sp.MatrixBase) and val.shape == (1, 1):
        val = val[0, 0]
    typ = 'matrix' if isinstance(val, sp.MatrixBase) else 'number'
    return R('matrix_expression', typ, val)
def rank(A): return R('rank', 'number', M(A).rank())
def rref(A): return R('rref', 'matrix', M(A).rref()[0])
def nullspace(A): return R('nullspace', 'vectors_up_to_scale', M(A).nullspace())
def trace(A): return R('trace', 'number', M(A).trace())
def eigenvalues(A):
    A = M(A)
    ev = A.eigenvals(multiple=True)
    if any(len(sp.sstr(e)) > 40 or (e.has(sp.I) and sp.im(sp.N(e)) == 0) for e in ev):
        ev = sp.Poly(A.charpoly().as_expr(), sp.Symbol('lambda')).all_roots()
    try:
        ev = sorted(ev, key=lambda z: (sp.re(sp.N(z)), sp.im(sp.N(z))))
    except TypeError:
        pass
    return R('eigenvalues', 'multiset', list(ev))
def eigenvectors(A):
    out = []
    for val, mult, vecs in sorted(M(A).eigenvects(), key=lambda t: sp.re(sp.N(t[0]))):
        out += [sp.simplify(v) for v in vecs]
    return R('eigenvectors', 'vectors_up_to_scale', out)
def solve_system(eqs, vars_):
    vv = [S(v) for v in vars_]
    ex = []
    for e in eqs:
        l, r = e.split('=')
        ex.append(S(l) - S(r))
    sol = sp.solve(ex, vv, dict=True)
    return R('solve_system', 'points', sol)
def vsub(u, v): return [S(a) - S(b) for a, b in zip(u, v)]
def vadd(u, v): return [S(a) + S(b) for a, b in zip(u, v)]
def vcross(u, v): return list(V(u).cross(V(v)))
def jacobian_det(F, vars_): return R('det', 'expr', sp.simplify(sp.Matrix([S(f) for f in F]).jacobian([S(v) for v in vars_]).det()))
def dot(u, v): return R('dot', 'number', V(u).dot(V(v)))
def cross(u, v): return R('cross', 'vector', V(u).cross(V(v)))
def distance(p, q): return R('distance', 'number', sp.sqrt(sum((a - b)**2 for a, b in zip(V(p), V(q)))))
def norm(v, p=2):
    v = V(v)
    if p == 1: val = sum(abs(x) for x in v)
    elif p == 'inf': val = max(abs(x) for x in v)
    else: val = sp.sqrt(sum(x**2 for x in v))
    return R('norm', 'number', sp.simplify(val))
def angle(u, v):
    u, v = V(u), V(v)
    return R('angle', 'number', sp.simplify(sp.acos(u.dot(v) / sp.sqrt(u.dot(u) * v.dot(v)))))
def projection(u, v):
    u, v = V(u), V(v)
    return R('projection', 'vector', sp.simplify(u.dot(v) / v.dot(v) * v))
def projection_span(u, basis):
    B = sp.Matrix.hstack(*[V(b) for b in basis])
    return R('projection', 'vector', sp.simplify(B * (B.T * B).inv() * B.T * V(u)))
def scalar_projection(u, v):
    u, v = V(u), V(v)
    return R('scalar_projection', 'number', sp.simplify(u.dot(v) / sp.sqrt(v.dot(v))))
def gram_schmidt(vecs):
    return R('gram_schmidt', 'list', [sp.simplify(w) for w in sp.GramSchmidt([V(a) for a in vecs], True)])

# ---- statistics (rows of data = samples)
def _X(data): return M(data)
def mean(data):
    X = _X(data)
    if X.shape[1] == 1 or X.shape[0] == 1:
        xs = list(X)
        return R('mean', 'number', sp.Rational(1, len(xs)) * sum(xs))
    return R('mean', 'vector', sp.simplify(sp.ones(1, X.shape[0]) * X / X.shape[0]).T)
def variance(data, sample=False):
    xs = [S(a) for a in data]; n = len(xs); mu = sum(xs) / n
    return R('variance', 'number', sp.nsimplify(sum((a - mu)**2 for a in xs) / (n - 1 if sample else n)))
def _cov(data, sample=False):
    X = _X(data); n = X.shape[0]
    mu = sp.ones(1, n) * X / n
    C = (X - sp.ones(n, 1) * mu).T * (X - sp.ones(n, 1) * mu) / (n - 1 if sample else n)
    return C
def covariance(data, sample=False): return R('covariance', 'matrix', _cov(data, sample))
def pca(data, what='first'):
    C = _cov(data)
    ev = sorted(C.eigenvects(), key=lambda t: -sp.N(t[0]))
    if what == 'first':
        return R('pca', 'vectors_up_to_scale', [sp.simplify(ev[0][2][0])])
    if what == 'ratio':
        vals = []
        for val, mult, vecs in ev: vals += [val] * mult
        tot = sum(vals)
        return R('pca', 'list', [sp.nsimplify(sp.simplify(v / tot)) for v in vals])
    if what == 'variances':
        vals = []
        for val, mult, vecs in ev: vals += [val] * mult
        return R('pca', 'list', [sp.simplify(v) for v in vals])

# ---- calculus
def derivative(f, x='x'): return R('derivative', 'expr', sp.diff(S(f), S(x)))
def higher_derivative(f, x, n): return R('higher_derivative', 'expr', sp.diff(S(f), S(x), n))
def partial_derivative(f, *vars_): return R('partial_derivative', 'expr', sp.diff(S(f), *[S(v) for v in vars_]))
def gradient(f, vars_, at=None):
    g = sp.Matrix([sp.diff(S(f), S(v)) for v in vars_])
    if at: g = g.subs({S(k): S(v) for k, v in at.items()})
    return R('gradient', 'vector', g)
def jacobian(F, vars_, at=None):
    J = sp.Matrix([S(f) for f in F]).jacobian([S(v) for v in vars_])
    if at: J = J.subs({S(k): S(v) for k, v in at.items()})
    return R('jacobian', 'matrix', J)
def hessian(f, vars_, at=None):
    H = sp.hessian(S(f), [S(v) for v in vars_])
    if at: H = H.subs({S(k): S(v) for k, v in at.items()})
    return R('hessian', 'matrix', H)
def taylor(f, x='x', a=0, n=3):
    x = S(x); a = S(a)
    poly = sum(sp.diff(S(f), x, k).subs(x, a) / sp.factorial(k) * (x - a)**k for k in range(n + 1))
    return R('taylor', 'expr', sp.expand(sp.simplify(poly)) if a == 0 else poly)
def taylor_nonzero(f, x='x', k=3):
    x = S(x); terms = []; n = 0
    while len(terms) < k:
        c = sp.simplify(sp.diff(S(f), x, n).subs(x, 0) / sp.factorial(n))
        if c != 0: terms.append(c * x**n)
        n += 1
    return R('taylor', 'expr', sum(terms))
def critical_points(f, vars_):
    vv = [S(v) for v in vars_]
    sol = sp.solve([sp.diff(S(f), v) for v in vv], vv, dict=True)
    sol = [s for s in sol if all(val.is_real for val in s.values())]
    return R('critical_points', 'points', sol)
def chain_rule(f, subs, t='t'):
    g = S(f).subs({S(k): S(v) for k, v in subs.items()})
    return R('chain_rule', 'expr', sp.simplify(sp.diff(g, S(t))))
def newton(f, x0, steps, x='x'):
    x = S(x); f = S(f); df = sp.diff(f, x); cur = S(x0); out = []
    for _ in range(steps):
        cur = sp.N(cur - f.subs(x, cur) / df.subs(x, cur), 30); out.append(round(float(cur), 4))
    return R('newton', 'list', out)
def gradient_descent(f, vars_, x0, lr, steps):
    vv = [S(v) for v in vars_]; g = [sp.diff(S(f), v) for v in vv]
    cur = [S(a) for a in x0]; lr = S(lr); out = []
    for _ in range(steps):
        d = {v: c for v, c in zip(vv, cur)}
        cur = [sp.nsimplify(c - lr * gi.subs(d)) for c, gi in zip(cur, g)]
        out.append(cur[0] if len(cur) == 1 else sp.Matrix(cur))
    return R('gradient_descent', 'list', out)
def loss_gradient(loss, params, at=None):
    g = sp.Matrix([sp.expand(sp.diff(S(loss), S(p))) for p in params])
    if at: g = g.subs({S(k): S(v) for k, v in at.items()})
    return R('loss_gradient', 'vector', g)
def mse(xs, ys, model='m*x + c'):
    n = len(xs)
    return '(' + ' + '.join('(%s - (%s))**2' % (y, S(model).subs(SYMS['x'], S(x))) for x, y in zip(xs, ys)) + ')/%d' % n
def sse(xs, ys, model='m*x + c'):
    return ' + '.join('(%s - (%s))**2' % (y, S(model).subs(SYMS['x'], S(x))) for x, y in zip(xs, ys))

ITEMS = []
def m(cls, text, rest, amb=False, note=''):
    ITEMS.append((cls, text, rest, amb, note))
def ref(text, note, cls='refuse'):
    ITEMS.append((cls, text, 'REFUSE', False, note))

# ================= plain
m('plain', 'Find the determinant of the matrix [[3, -1], [5, 2]].', 'det([[3,-1],[5,2]])')
m('plain', 'Compute the inverse of [[4, 7], [2, 6]].', 'inverse([[4,7],[2,6]])')
m('plain', 'What is the transpose of [[1, 2, 3], [4, 5, 6]]?', 'transpose([[1,2,3],[4,5,6]])')
m('plain', 'Multiply the matrices [[1, 2], [0, 1]] and [[3, 0], [1, 4]].', 'multiply([[1,2],[0,1]], [[3,0],[1,4]])')
m('plain', 'Find the rank of the matrix [[1, 2, 3], [2, 4, 6], [1, 0, 1]].', 'rank([[1,2,3],[2,4,6],[1,0,1]])')
m('plain', 'Reduce [[1, 2, -1], [2, 3, 1], [3, 5, 0]] to reduced row echelon form.', 'rref([[1,2,-1],[2,3,1],[3,5,0]])')
m('plain', 'Find a basis for the null space of [[1, 1, 2], [2, 2, 4]].', 'nullspace([[1,1,2],[2,2,4]])')
m('plain', 'What is the trace of [[7, 2, 0], [1, -3, 4], [5, 5, 9]]?', 'trace([[7,2,0],[1,-3,4],[5,5,9]])')
m('plain', 'Find the eigenvalues of [[5, 4], [1, 2]].', 'eigenvalues([[5,4],[1,2]])')
m('plain', 'Solve the system 2x + y = 7 and x - 3y = -7.', 'solve_system(["2*x + y = 7", "x - 3*y = -7"], ["x","y"])')
m('plain', 'Compute the dot product of (3, -2, 5) and (1, 4, 2).', 'dot([3,-2,5],[1,4,2])')
m('plain', 'Find the angle between the vectors (1, 0, 1) and (0, 1, 1).', 'angle([1,0,1],[0,1,1])')
m('plain', 'Find the vector projection of u = (2, 3) onto v = (4, 0).', 'projection([2,3],[4,0])')
m('plain', 'Find the scalar projection of s = (3, 4, 0) onto r = (1, 2, 2).', 'scalar_projection([3,4,0],[1,2,2])')
m('plain', 'Use Gram-Schmidt to find an orthonormal basis from (1, 1, 0) and (1, 0, 1).', 'gram_schmidt([[1,1,0],[1,0,1]])')
m('plain', 'Find the derivative of x^3 - 4x + 7.', 'derivative("x**3 - 4*x + 7")')
m('plain', 'Find the gradient of f(x, y) = x^2 y + 3y^2.', 'gradient("x**2*y + 3*y**2", ["x","y"])')
m('plain', 'Find the Hessian of f(x, y) = x^3 + 2xy + y^2.', 'hessian("x**3 + 2*x*y + y**2", ["x","y"])')
m('plain', 'Find the critical points of f(x, y) = x^2 + y^2 - 4x + 6y.', 'critical_points("x**2 + y**2 - 4*x + 6*y", ["x","y"])')
m('plain', 'Find the covariance matrix of the data points (1, 2), (3, 4), (5, 9).', 'covariance([[1,2],[3,4],[5,9]])')
m('plain', 'Find the Jacobian of F(x, y) = (x^2 - y, x*y) with respect to x and y.', 'jacobian(["x**2 - y", "x*y"], ["x","y"])')

# ================= words_dropped
m('words_dropped', 'differentiate x squared plus 5x', 'derivative("x**2 + 5*x")')
m('words_dropped', 'derivative of x cubed minus 3x squared', 'derivative("x**3 - 3*x**2")')
m('words_dropped', 'find the derivative of e to the x times x', 'derivative("exp(x)*x")')
m('words_dropped', 'd/dx of e to the power 2x', 'derivative("exp(2*x)")')
m('words_dropped', 'A = [[1, 2], [3, 5]], find A.T', 'transpose([[1,2],[3,5]])')
m('words_dropped', "what is A' if A = [[0, 4, 1], [2, 3, 7]]", 'transpose([[0,4,1],[2,3,7]])')
m('words_dropped', 'find A^T A where A = [[1, 2], [0, 1], [1, 1]]', 'matrix_expression("A.T*A", A=[[1,2],[0,1],[1,1]])')
m('words_dropped', 'find determinant and inverse of [[2, 5], [1, 3]]', 'det([[2,5],[1,3]]); inverse([[2,5],[1,3]])')
m('words_dropped', 'find the rank and the trace of [[1, 2], [2, 4]]', 'rank([[1,2],[2,4]]); trace([[1,2],[2,4]])')
m('words_dropped', 'second derivative of x to the fourth plus x squared', 'higher_derivative("x**4 + x**2", "x", 2)')
m('words_dropped', 'derivative of square root of x plus x cubed', 'derivative("sqrt(x) + x**3")')
m('words_dropped', 'find the gradient of x squared y plus y cubed', 'gradient("x**2*y + y**3", ["x","y"])')
m('words_dropped', 'compute A squared for A = [[1, 1], [0, 2]]', 'matrix_expression("A**2", A=[[1,1],[0,2]])')
m('words_dropped', 'differentiate sin x squared', 'derivative("sin(x)**2")', True, 'sin x squared: most students mean (sin x)^2; the other reading is sin(x^2) with derivative 2x cos(x^2)')
m('words_dropped', 'find the transpose and the determinant of [[3, 1], [2, 2]]', 'transpose([[3,1],[2,2]]); det([[3,1],[2,2]])')
m('words_dropped', 'derivative of x cubed times e to the minus x', 'derivative("x**3*exp(-x)")')
m('words_dropped', 'partial derivative of x squared y cubed with respect to y', 'partial_derivative("x**2*y**3", "y")')

# ================= exp_ml
m('exp_ml', 'd/dx sigmoid 1/(1+e^-3x)', 'derivative("1/(1 + exp(-3*x))")')
m('exp_ml', 'derivative of sigmoid(x)', 'derivative("1/(1 + exp(-x))")')
m('exp_ml', 'find the derivative of the softplus function log(1 + e^x)', 'derivative("log(1 + exp(x))")')
m('exp_ml', 'differentiate tanh(2x)', 'derivative("tanh(2*x)")')
m('exp_ml', 'd/dx e^4x sin x', 'derivative("exp(4*x)*sin(x)")')
m('exp_ml', 'derivative of e^-2x', 'derivative("exp(-2*x)")')
m('exp_ml', 'differentiate exp(-3x^2)', 'derivative("exp(-3*x**2)")')
m('exp_ml', 'second derivative of log(1+e^(2x))', 'higher_derivative("log(1 + exp(2*x))", "x", 2)')
m('exp_ml', 'derivative of relu(x) for x > 0', 'derivative("x")', False, 'relu(x) = x on x > 0, derivative 1')
m('exp_ml', 'derivative of x*sigmoid(x)  (the swish activation)', 'derivative("x/(1 + exp(-x))")')
m('exp_ml', 'find d/dx of ln(x^2 + 1)', 'derivative("log(x**2 + 1)")')
m('exp_ml', 'gradient of log(1 + e^(w*x + b)) with respect to w and b', 'gradient("log(1 + exp(w*x + b))", ["w","b"])')
m('exp_ml', 'differentiate e^(x^2) * log(x)', 'derivative("exp(x**2)*log(x)")')
m('exp_ml', 'd/dz of 1/(1+exp(-z))', 'derivative("1/(1 + exp(-z))", "z")')
m('exp_ml', 'derivative of tanh(x)^2', 'derivative("tanh(x)**2")')
m('exp_ml', 'Maclaurin series of e^-x up to order 3', 'taylor("exp(-x)", "x", 0, 3)')
m('exp_ml', 'derivative of (e^x - e^-x)/(e^x + e^-x)', 'derivative("(exp(x) - exp(-x))/(exp(x) + exp(-x))")')
# ================= superscript_unicode
m('superscript_unicode', 'derivative of x² sin x', 'derivative("x**2*sin(x)")')
m('superscript_unicode', '3rd derivative of x⁴ eˣ', 'higher_derivative("x**4*exp(x)", "x", 3)')
m('superscript_unicode', 'differentiate x⁻¹ + x³', 'derivative("x**(-1) + x**3")')
m('superscript_unicode', 'find Aᵀ for A = [[2, 0, 1], [3, 4, 5]]', 'transpose([[2,0,1],[3,4,5]])')
m('superscript_unicode', 'gradient of x₁² + 3x₁x₂ + x₂²', 'gradient("x1**2 + 3*x1*x2 + x2**2", ["x1","x2"])')
m('superscript_unicode', 'd/dx √x · ln x', 'derivative("sqrt(x)*log(x)")')
m('superscript_unicode', 'differentiate ½x² + 3x', 'derivative("x**2/2 + 3*x")')
m('superscript_unicode', 'd/dθ of sin²θ', 'derivative("sin(theta)**2", "theta")')
m('superscript_unicode', 'find ∂f/∂y for f = x²y³ + 4y', 'partial_derivative("x**2*y**3 + 4*y", "y")')
m('superscript_unicode', 'find AᵀA for A = [[1, 2], [3, 4]]', 'matrix_expression("A.T*A", A=[[1,2],[3,4]])')
m('superscript_unicode', 'derivative of e^(x²)', 'derivative("exp(x**2)")')
m('superscript_unicode', 'Hessian of f = x³ + y³ − 3xy', 'hessian("x**3 + y**3 - 3*x*y", ["x","y"])')
m('superscript_unicode', 'derivative of x^½ + x^(−½)', 'derivative("x**Rational(1,2) + x**Rational(-1,2)")')
m('superscript_unicode', 'find ∂²f/∂x∂y of f = x³y² + sin(xy)', 'partial_derivative("x**3*y**2 + sin(x*y)", "x", "y")')
m('superscript_unicode', 'd/dx ∛x + x⁵', 'derivative("x**Rational(1,3) + x**5")')

# ================= indexed_vars
m('indexed_vars', 'hessian of 2x1² - x1x2 + 4x2²', 'hessian("2*x1**2 - x1*x2 + 4*x2**2", ["x1","x2"])', True, 'x1x2 read as x1*x2 (indexed variables), not x*1*x*2')
m('indexed_vars', 'gradient of x_1^2 + x_2^2 + x_1*x_2 - 3x_1', 'gradient("x1**2 + x2**2 + x1*x2 - 3*x1", ["x1","x2"])')
m('indexed_vars', 'partial derivative of w1*x1 + w2*x2 + b with respect to w2', 'partial_derivative("w1*x1 + w2*x2 + b", "w2")')
m('indexed_vars', 'derivative of theta0 + theta1 x + theta2 x^2 wrt x', 'derivative("theta0 + theta1*x + theta2*x**2", "x")')
m('indexed_vars', 'gradient of (theta0 + theta1*2 - 5)^2 wrt theta0 and theta1', 'gradient("(theta0 + 2*theta1 - 5)**2", ["theta0","theta1"])')
m('indexed_vars', 'find hessian of x1^2 x2 + x2^3 - x3^2 + x1 x3', 'hessian("x1**2*x2 + x2**3 - x3**2 + x1*x3", ["x1","x2","x3"])')
m('indexed_vars', 'jacobian of f1 = x1 + x2^2, f2 = x1*x2 wrt x1, x2', 'jacobian(["x1 + x2**2", "x1*x2"], ["x1","x2"])')
m('indexed_vars', 'gradient of w_0 + w_1 x_1 + w_2 x_2 wrt w_0, w_1, w_2', 'gradient("w0 + w1*x1 + w2*x2", ["w0","w1","w2"])')
m('indexed_vars', 'critical points of x1^2 + x2^2 - 2x1 + 4x2', 'critical_points("x1**2 + x2**2 - 2*x1 + 4*x2", ["x1","x2"])')
m('indexed_vars', 'd/dx2 of 5x1x2 + x2^3', 'partial_derivative("5*x1*x2 + x2**3", "x2")')
m('indexed_vars', 'gradient of 3x₁² − x₁x₂ + 2x₂² − x₂x₃ + x₃²', 'gradient("3*x1**2 - x1*x2 + 2*x2**2 - x2*x3 + x3**2", ["x1","x2","x3"])')
m('indexed_vars', 'partial of sigmoid(w1*x1 + w2*x2) wrt w1', 'partial_derivative("1/(1 + exp(-(w1*x1 + w2*x2)))", "w1")')
m('indexed_vars', 'hessian of a1^2 + a1*a2 + 3*a2^2', 'hessian("a1**2 + a1*a2 + 3*a2**2", ["a1","a2"])')
m('indexed_vars', 'loss L = (y - theta0 - theta1*x)^2 with x = 2, y = 3, find dL/dtheta0 and dL/dtheta1', 'loss_gradient("(3 - theta0 - theta1*2)**2", ["theta0","theta1"])')

# ================= letter_vars
m('letter_vars', 'second derivative of 5*i**3 - 2*i + 8 wrt i', 'higher_derivative("5*i**3 - 2*i + 8", "i", 2)')
m('letter_vars', 'What is the derivative of 4*q**3 - 7*q + 2?', 'derivative("4*q**3 - 7*q + 2", "q")')
m('letter_vars', 'differentiate 3*j**2 + j with respect to j', 'derivative("3*j**2 + j", "j")')
m('letter_vars', 'find the derivative of 2*l**4 - l**2 with respect to l', 'derivative("2*l**4 - l**2", "l")')
m('letter_vars', 'derivative of -6*t**5 + 3*t**2 - t', 'derivative("-6*t**5 + 3*t**2 - t", "t")')
m('letter_vars', 'Differentiate 9*E**2 - 4*E wrt E', 'derivative("9*E**2 - 4*E", "E")')
m('letter_vars', 'third derivative of e**4 + 2*e**3 with respect to e', 'higher_derivative("e**4 + 2*e**3", "e", 3)', False, 'e is the variable here (wrt e)')
m('letter_vars', 'partial derivative of i*j^2 + 3i wrt j', 'partial_derivative("i*j**2 + 3*i", "j")')
m('letter_vars', 'find d/dk of k^3 - 2k^2 + k', 'derivative("k**3 - 2*k**2 + k", "k")')
m('letter_vars', 'derivative of 8*n**2 - 5*n + 1 wrt n', 'derivative("8*n**2 - 5*n + 1", "n")')
m('letter_vars', 'second derivative of -2*i**4 + i**2 with respect to i', 'higher_derivative("-2*i**4 + i**2", "i", 2)')
m('letter_vars', 'gradient of p^2 q + q^3 wrt p and q', 'gradient("p**2*q + q**3", ["p","q"])')

# ================= multi_operand
m('multi_operand', 'rank of (1,0,2), (2,1,1), (3,1,3)', 'rank([[1,0,2],[2,1,1],[3,1,3]])', False, 'three vectors stacked as rows')
m('multi_operand', 'A + Aᵀ for A = [[1, 4], [2, 3]]', 'matrix_expression("A + A.T", A=[[1,4],[2,3]])')
m('multi_operand', 'compute ABC where A = [[1,0],[1,1]], B = [[2,1],[0,1]], C = [[1,1],[1,0]]', 'multiply([[1,0],[1,1]], [[2,1],[0,1]], [[1,1],[1,0]])')
m('multi_operand', 'find vᵀAv for v = (1, 2) and A = [[2, 1], [1, 3]]', 'matrix_expression("v.T*A*v", A=[[2,1],[1,3]], v=[1,2])')
m('multi_operand', 'find A^3 for A = [[1, 1], [0, 1]]', 'matrix_expression("A**3", A=[[1,1],[0,1]])')
m('multi_operand', 'compute 2A - 3I where A = [[4, 1], [2, 5]]', 'matrix_expression("2*A - 3*I", A=[[4,1],[2,5]])')
m('multi_operand', 'A^2 + 2A for A = [[0, 1], [1, 1]]', 'matrix_expression("A**2 + 2*A", A=[[0,1],[1,1]])')
m('multi_operand', 'Are (1,2,3), (4,5,6), (7,8,9) independent? find the rank of the matrix with these rows', 'rank([[1,2,3],[4,5,6],[7,8,9]])')
m('multi_operand', 'find A B^T where A = [[1, 2, 0], [0, 1, 1]] and B = [[1, 1, 1], [2, 0, 1]]', 'matrix_expression("A*B.T", A=[[1,2,0],[0,1,1]], B=[[1,1,1],[2,0,1]])')
m('multi_operand', 'Gram-Schmidt on (1,1,1), (0,1,1), (0,0,1)', 'gram_schmidt([[1,1,1],[0,1,1],[0,0,1]])')
m('multi_operand', 'compute A^2 - 5A + 6I for A = [[2, 0], [1, 3]]', 'matrix_expression("A**2 - 5*A + 6*I", A=[[2,0],[1,3]])')
m('multi_operand', 'find (A + B)C for A = [[1,2],[3,4]], B = [[0,1],[1,0]], C = [[2,0],[0,2]]', 'matrix_expression("(A + B)*C", A=[[1,2],[3,4]], B=[[0,1],[1,0]], C=[[2,0],[0,2]])')
m('multi_operand', 'mean of the vectors (2,4,1), (0,2,3), (4,0,5), (2,2,3)', 'mean([[2,4,1],[0,2,3],[4,0,5],[2,2,3]])')
m('multi_operand', 'compute u·v + v·w for u = (1,2), v = (3,1), w = (0,4)', 'matrix_expression("u.T*v + v.T*w", u=[1,2], v=[3,1], w=[0,4])')
# ================= scope_words
m('scope_words', 'taylor series of cos x till the x^6 term', 'taylor("cos(x)", "x", 0, 6)')
m('scope_words', 'maclaurin series of e^x upto x^4', 'taylor("exp(x)", "x", 0, 4)')
m('scope_words', 'taylor polynomial of sin x up to order 5', 'taylor("sin(x)", "x", 0, 5)')
m('scope_words', 'first three non-zero terms of the maclaurin series of sin x', 'taylor_nonzero("sin(x)", "x", 3)')
m('scope_words', 'taylor series of ln x about x = 1 up to order 3', 'taylor("log(x)", "x", 1, 3)')
m('scope_words', 'expand 1/(1-x) till x^3', 'taylor("1/(1 - x)", "x", 0, 3)')
m('scope_words', 'second order taylor expansion of e^x around x = 2', 'taylor("exp(x)", "x", 2, 2)')
m('scope_words', 'first two non-zero terms of the series of cos(2x)', 'taylor_nonzero("cos(2*x)", "x", 2)')
m('scope_words', 'maclaurin of sqrt(1+x) upto order 2', 'taylor("sqrt(1 + x)", "x", 0, 2)')
m('scope_words', 'linearise f(x) = x^3 about x = 1', 'taylor("x**3", "x", 1, 1)', False, 'linearisation = first-order Taylor polynomial')
m('scope_words', 'taylor series of log(1+x) up to and including x^4', 'taylor("log(1 + x)", "x", 0, 4)')
m('scope_words', 'first 4 nonzero terms of maclaurin series of e^(2x)', 'taylor_nonzero("exp(2*x)", "x", 4)')
m('scope_words', 'do 3 iterations of newton raphson for x^2 - 2 = 0 starting from x0 = 1', 'newton("x**2 - 2", 1, 3)')

# ================= norms_distances
m('norms_distances', 'find ||u - v|| for u = (3, 1, 2) and v = (1, -1, 1)', 'norm(vsub([3,1,2],[1,-1,1]))')
m('norms_distances', 'what is |v| for v = (2, -3, 6)', 'norm([2,-3,6])')
m('norms_distances', 'L1 norm of (1, -4, 2, -3)', 'norm([1,-4,2,-3], 1)')
m('norms_distances', 'L2 norm of (1, 2, 2, 4)', 'norm([1,2,2,4])')
m('norms_distances', 'distance between (1, 1) and (4, 6)', 'distance([1,1],[4,6])')
m('norms_distances', 'distance between the points (0, 2, -1) and (3, -2, 4)', 'distance([0,2,-1],[3,-2,4])')
m('norms_distances', 'modulus of r = (5, 12)', 'norm([5,12])')
m('norms_distances', 'find the length of the vector 3i + 4j - 12k', 'norm([3,4,-12])', False, 'i, j, k are unit vectors here')
m('norms_distances', 'euclidean distance between x = (2, 2, 2, 2) and y = (1, 3, 0, 4)', 'distance([2,2,2,2],[1,3,0,4])')
m('norms_distances', '||a + b|| where a = (1, 2) and b = (2, 2)', 'norm(vadd([1,2],[2,2]))')
m('norms_distances', 'size of the vector (1, 1, 1, 1)', 'norm([1,1,1,1])')
m('norms_distances', 'infinity norm of (3, -7, 2)', 'norm([3,-7,2], "inf")')

# ================= cross_vs_dot
m('cross_vs_dot', 'cross product of (2, 0, -1) and (3, 1, 2)', 'cross([2,0,-1],[3,1,2])')
m('cross_vs_dot', 'find a x b for a = (1, 2, 3) and b = (4, 5, 6)', 'cross([1,2,3],[4,5,6])', True, '"a x b" of two 3-D vectors read as the cross product, x as the cross sign')
m('cross_vs_dot', 'dot product of (1, 2, 3) and (4, 5, 6)', 'dot([1,2,3],[4,5,6])')
m('cross_vs_dot', 'find u × v where u = (0, 1, 1), v = (1, 0, 2)', 'cross([0,1,1],[1,0,2])')
m('cross_vs_dot', 'u · v for u = (2, -1, 3) and v = (1, 4, 0)', 'dot([2,-1,3],[1,4,0])')
m('cross_vs_dot', 'vector product of (1, -1, 0) and (2, 3, 1)', 'cross([1,-1,0],[2,3,1])')
m('cross_vs_dot', 'scalar product of (3, 3) and (-1, 2)', 'dot([3,3],[-1,2])')
m('cross_vs_dot', 'inner product of (1, 0, 2, -1) and (3, 5, 1, 2)', 'dot([1,0,2,-1],[3,5,1,2])')
m('cross_vs_dot', 'find the cross product of b = (4, -2, 1) and a = (1, 1, 1)', 'cross([4,-2,1],[1,1,1])')
m('cross_vs_dot', 'compute (1,2,0) cross (0,1,3) and then its dot with (1,1,1)', 'cross([1,2,0],[0,1,3]); dot(vcross([1,2,0],[0,1,3]),[1,1,1])')
m('cross_vs_dot', 'find a vector perpendicular to both (1, 0, 1) and (0, 2, 1) using the cross product', 'cross([1,0,1],[0,2,1])')

# ================= layout
m('layout', 'find det | 6 2 ; 4 3 |', 'det([[6,2],[4,3]])')
m('layout', 'evaluate |2 -1 0; 1 3 2; 0 1 4|', 'det([[2,-1,0],[1,3,2],[0,1,4]])')
m('layout', 'covariance of x: 2, 4, -1, 3 | y: 1, 0, 3, -2', 'covariance([[2,1],[4,0],[-1,3],[3,-2]])', False, 'x and y are the two variables; population covariance (divide by N)')
m('layout', 'mean of p1=(3,1), p2=(0,2), p3=(5,4)', 'mean([[3,1],[0,2],[5,4]])')
m('layout', 'find the covariance matrix, rows are samples: [[1, 2], [2, 3], [3, 7], [4, 4]]', 'covariance([[1,2],[2,3],[3,7],[4,4]])')
m('layout', 'inverse of [1 2; 3 5]', 'inverse([[1,2],[3,5]])')
m('layout', 'eigenvalues of [2 1 0; 1 2 0; 0 0 3]', 'eigenvalues([[2,1,0],[1,2,0],[0,0,3]])')
m('layout', 'multiply [[1, 2], [3, 4]] by the column vector [5; 6]', 'multiply([[1,2],[3,4]], [5,6])')
m('layout', 'variance of x: 2, 4, 4, 4, 5, 5, 7, 9', 'variance([2,4,4,4,5,5,7,9])')
m('layout', 'PCA: first principal direction for points p1=(2,0), p2=(0,2), p3=(-2,0), p4=(0,-2), p5=(3,3), p6=(-3,-3)', 'pca([[2,0],[0,2],[-2,0],[0,-2],[3,3],[-3,-3]], "first")')
m('layout', 'solve [[2, 1], [1, 3]] x = [3; 5]', 'solve_system(["2*x1 + x2 = 3", "x1 + 3*x2 = 5"], ["x1","x2"])', False, 'unknown vector x = (x1, x2)')
m('layout', 'det of the matrix with rows (1,2,3), (0,1,4), (5,6,0)', 'det([[1,2,3],[0,1,4],[5,6,0]])')
m('layout', 'A·x for A = [2 0 1; 1 1 0] and x = [1; 2; 3]', 'multiply([[2,0,1],[1,1,0]], [1,2,3])')
m('layout', 'project (1, 2, 3) onto span{(1, 0, 0), (0, 1, 1)}', 'projection_span([1,2,3], [[1,0,0],[0,1,1]])')
# ================= latex
m('latex', r'Compute $\det\begin{pmatrix} 3 & 2 \\ 1 & 4 \end{pmatrix}$', 'det([[3,2],[1,4]])')
m('latex', r'Evaluate \begin{vmatrix} 1 & 0 & 2 \\ -1 & 3 & 1 \\ 2 & 1 & 0 \end{vmatrix}', 'det([[1,0,2],[-1,3,1],[2,1,0]])')
m('latex', r'Find $\frac{d}{dx}\left( x^{3} \sin x \right)$', 'derivative("x**3*sin(x)")')
m('latex', r'Calculate $\mathbf{u} \cdot \mathbf{v}$ where $\mathbf{u} = (1, -2, 4)$ and $\mathbf{v} = (3, 0, 2)$', 'dot([1,-2,4],[3,0,2])')
m('latex', r'Find $\nabla f$ for $f(x,y) = x^{2}y - \sin(y)$', 'gradient("x**2*y - sin(y)", ["x","y"])')
m('latex', r'Compute $\frac{\partial f}{\partial y}$ for $f = e^{xy} + y^{2}$', 'partial_derivative("exp(x*y) + y**2", "y")')
m('latex', r'Differentiate $\sqrt{x^{2} + 1}$ with respect to $x$.', 'derivative("sqrt(x**2 + 1)")')
m('latex', r'Find the inverse of $A = \begin{bmatrix} 2 & 1 \\ 7 & 4 \end{bmatrix}$', 'inverse([[2,1],[7,4]])')
m('latex', r'Find the eigenvalues of $\begin{pmatrix} 4 & 1 \\ 2 & 3 \end{pmatrix}$.', 'eigenvalues([[4,1],[2,3]])')
m('latex', r'Differentiate $f(x) = \frac{1}{1 + e^{-x}}$', 'derivative("1/(1 + exp(-x))")')
m('latex', r'Find $\frac{d^2}{dx^2} \left( x^{4} - 2x^{2} \right)$', 'higher_derivative("x**4 - 2*x**2", "x", 2)')
m('latex', r'Compute the Hessian $\mathbf{H}$ of $f(x, y) = x^{2} + 3xy + 2y^{2}$', 'hessian("x**2 + 3*x*y + 2*y**2", ["x","y"])')
m('latex', r'Find $\|\mathbf{a} - \mathbf{b}\|$ for $\mathbf{a} = (4, 1)$ and $\mathbf{b} = (1, 5)$', 'norm(vsub([4,1],[1,5]))')
m('latex', r'Compute $\mathbf{a} \times \mathbf{b}$ with $\mathbf{a} = \begin{pmatrix} 1 \\ 0 \\ 2 \end{pmatrix}$, $\mathbf{b} = \begin{pmatrix} 0 \\ 3 \\ 1 \end{pmatrix}$', 'cross([1,0,2],[0,3,1])')
m('latex', r'Find the Jacobian $J = \frac{\partial(u, v)}{\partial(x, y)}$ of $u = x^{2} - y^{2}$, $v = 2xy$', 'jacobian(["x**2 - y**2", "2*x*y"], ["x","y"])')
m('latex', r'Given $x(t) = \cos t$ and $y(t) = \sin t$, find $\frac{df}{dt}$ for $f(x, y) = x^{2} y$', 'chain_rule("x**2*y", {"x": "cos(t)", "y": "sin(t)"})')
m('latex', r'Find the Maclaurin series of $\ln(1 + x)$ up to $x^{3}$', 'taylor("log(1 + x)", "x", 0, 3)')

# ================= numpy
m('numpy', 'A = np.array([[2, 1], [1, 3]]); what is np.linalg.det(A)?', 'det([[2,1],[1,3]])')
m('numpy', 'np.linalg.inv(np.array([[1, 2], [3, 7]]))', 'inverse([[1,2],[3,7]])')
m('numpy', 'A = np.array([[1, 2], [3, 4]]); B = np.array([[0, 1], [1, 0]]); A @ B = ?', 'multiply([[1,2],[3,4]], [[0,1],[1,0]])')
m('numpy', 'what does A**2 give in numpy for A = np.array([[1, 2], [3, 4]])', 'matrix_expression("A.multiply_elementwise(A)", A=[[1,2],[3,4]])', True, 'in NumPy ** is elementwise: [[1,4],[9,16]]; the matrix square A @ A would be [[7,10],[15,22]]')
m('numpy', 'np.linalg.eigvals(np.array([[6, -2], [-2, 9]]))', 'eigenvalues([[6,-2],[-2,9]])')
m('numpy', 'x = np.array([3, 4, 12]); np.linalg.norm(x)', 'norm([3,4,12])')
m('numpy', 'np.dot([1, 3, -5], [4, -2, -1])', 'dot([1,3,-5],[4,-2,-1])')
m('numpy', 'np.cross([1, 0, 0], [0, 1, 1])', 'cross([1,0,0],[0,1,1])')
m('numpy', 'X = np.array([[1, 2], [3, 6], [5, 4]]); np.cov(X, rowvar=False)', 'covariance([[1,2],[3,6],[5,4]], True)', False, 'np.cov divides by N-1; rowvar=False so rows are samples')
m('numpy', 'np.var([1, 2, 3, 4, 10])', 'variance([1,2,3,4,10])', False, 'np.var divides by N')
m('numpy', 'M = np.array([[1, 2, 3], [4, 5, 6]]); M.T', 'transpose([[1,2,3],[4,5,6]])')
m('numpy', 'np.trace(np.array([[3, 1, 2], [0, 4, 1], [2, 2, 5]]))', 'trace([[3,1,2],[0,4,1],[2,2,5]])')
m('numpy', 'np.linalg.matrix_rank(np.array([[1, 1, 1], [1, 2, 3], [2, 3, 4]]))', 'rank([[1,1,1],[1,2,3],[2,3,4]])')
m('numpy', 'np.mean(np.array([[1, 2], [3, 8], [5, 5]]), axis=0)', 'mean([[1,2],[3,8],[5,5]])')
m('numpy', 'np.linalg.solve(np.array([[3, 1], [1, 2]]), np.array([9, 8]))', 'solve_system(["3*x1 + x2 = 9", "x1 + 2*x2 = 8"], ["x1","x2"])')
m('numpy', 'find the determinant of\narray([[5, 2],\n       [7, 3]])', 'det([[5,2],[7,3]])')
m('numpy', 'eigenvalues of this (printed by numpy):\narray([[ 2,  0,  0],\n       [ 1,  3,  0],\n       [ 4, -1,  5]])', 'eigenvalues([[2,0,0],[1,3,0],[4,-1,5]])')
m('numpy', 'X = np.array([[2, 0], [0, 1], [4, 3], [2, 4]])\nC = np.cov(X.T)\nwhat is C?', 'covariance([[2,0],[0,1],[4,3],[2,4]], True)', False, 'np.cov(X.T): rows of X are samples, N-1')
# ================= multiline
m('multiline', 'A =\n[[3, 1],\n [2, 4]]\nfind the eigenvalues', 'eigenvalues([[3,1],[2,4]])')
m('multiline', 'A = [[1, 2, 0], [0, 1, 3], [2, 0, 1]]\nfind det A', 'det([[1,2,0],[0,1,3],[2,0,1]])')
m('multiline', 'data:\n1 2\n2 4\n3 3\n4 7\ncovariance matrix?', 'covariance([[1,2],[2,4],[3,3],[4,7]])')
m('multiline', 'Solve\nx + y + z = 6\n2x - y + z = 3\nx + 2y - z = 2', 'solve_system(["x + y + z = 6", "2*x - y + z = 3", "x + 2*y - z = 2"], ["x","y","z"])')
m('multiline', 'Let\n1 2 3\n0 1 4\n0 0 2\nbe A. Find A inverse.', 'inverse([[1,2,3],[0,1,4],[0,0,2]])')
m('multiline', 'u = (1, 2, 2)\nv = (2, 1, -2)\nangle between them?', 'angle([1,2,2],[2,1,-2])')
m('multiline', 'f(x, y) = x^2 y + y^3\nfind the hessian\nat (1, 2)', 'hessian("x**2*y + y**3", ["x","y"], {"x": 1, "y": 2})')
m('multiline', 'B =\n| 2 1 |\n| 1 2 |\neigenvectors of B?', 'eigenvectors([[2,1],[1,2]])')
m('multiline', 'Points:\n(0, 0)\n(1, 2)\n(2, 1)\n(3, 3)\nFind the mean and covariance.', 'mean([[0,0],[1,2],[2,1],[3,3]]); covariance([[0,0],[1,2],[2,1],[3,3]])')
m('multiline', 'A = [[1, 1], [1, 0]]\nB = [[2, 0], [1, 3]]\nfind AB and BA', 'multiply([[1,1],[1,0]], [[2,0],[1,3]]); multiply([[2,0],[1,3]], [[1,1],[1,0]])')
m('multiline', 'f(x) = x^3 - 2x - 5\nx0 = 2\ndo two newton steps', 'newton("x**3 - 2*x - 5", 2, 2)')
m('multiline', 'minimise f(x, y) = x^2 + 3y^2 by gradient descent\nstart (1, 1)\nlearning rate 0.1\n2 steps', 'gradient_descent("x**2 + 3*y**2", ["x","y"], [1,1], "1/10", 2)')
m('multiline', 'M =\n5 1 2\n1 2 0\n2 0 4\nfind the eigenvalues of M', 'eigenvalues([[5,1,2],[1,2,0],[2,0,4]])', False, 'irreducible cubic with three real roots (harder)')

# ================= hinglish
m('hinglish', 'A = [[2, 3], [1, 4]] ka determinant nikalo', 'det([[2,3],[1,4]])')
m('hinglish', 'x^3 cos x ka derivative batao', 'derivative("x**3*cos(x)")')
m('hinglish', '[[3, 0], [4, 5]] iska eigenvalue kya hoga yaar', 'eigenvalues([[3,0],[4,5]])')
m('hinglish', 'bhai [[1, 2], [2, 5]] ka inverse nikal do', 'inverse([[1,2],[2,5]])')
m('hinglish', 'yaar e^2x cos x ka derivative kaise nikalte hai', 'derivative("exp(2*x)*cos(x)")')
m('hinglish', '(1, 2, 3) aur (4, 0, -1) ka dot product kya hai', 'dot([1,2,3],[4,0,-1])')
m('hinglish', 'bhai (2,1,0) aur (0,1,3) ka cross product batao', 'cross([2,1,0],[0,1,3])')
m('hinglish', 'f = x^2 + xy + y^2 ka gradient aur hessian dono chahiye', 'gradient("x**2 + x*y + y**2", ["x","y"]); hessian("x**2 + x*y + y**2", ["x","y"])')
m('hinglish', 'cos x ka taylor series x^4 tak likho', 'taylor("cos(x)", "x", 0, 4)')
m('hinglish', 'in points ka mean nikalo: (1,2), (3,4), (5,0)', 'mean([[1,2],[3,4],[5,0]])')
m('hinglish', 'sir [[1,1,0],[0,1,1],[1,0,1]] ka rank kitna hoga?', 'rank([[1,1,0],[0,1,1],[1,0,1]])')
m('hinglish', 'yaar 2x + 3y = 12 aur x - y = 1 solve karo', 'solve_system(["2*x + 3*y = 12", "x - y = 1"], ["x","y"])')
m('hinglish', 'u = (3,4) ka v = (1,0) pe projection kya aayega', 'projection([3,4],[1,0])')
m('hinglish', '[[2,1],[1,2]] ke eigenvectors bhi batao aur eigenvalues bhi', 'eigenvectors([[2,1],[1,2]]); eigenvalues([[2,1],[1,2]])')
m('hinglish', 'ln(x^2+3) ka double derivative chahiye bhai', 'higher_derivative("log(x**2 + 3)", "x", 2)')

# ================= whatsapp
m('whatsapp', 'd/dx x3cosx', 'derivative("x**3*cos(x)")', True, 'x3 read as x^3 (typed without the caret)')
m('whatsapp', 'det of [[1,2],[3,4]] plz', 'det([[1,2],[3,4]])')
m('whatsapp', 'wat is inverse of [[3,1],[5,2]] ??', 'inverse([[3,1],[5,2]])')
m('whatsapp', 'eigenvalues 4 [[2,2],[1,3]] pls 🙏', 'eigenvalues([[2,2],[1,3]])')
m('whatsapp', 'diff x^3+2x^2-x pls', 'derivative("x**3 + 2*x**2 - x")')
m('whatsapp', 'grad of x^2+y^2+z^2 ??', 'gradient("x**2 + y**2 + z**2", ["x","y","z"])')
m('whatsapp', 'someone tell d/dx of e^xsinx 😭', 'derivative("exp(x)*sin(x)")')
m('whatsapp', 'dot (1,2,3),(3,2,1) quick', 'dot([1,2,3],[3,2,1])')
m('whatsapp', 'rank [[1,2],[2,4]]??', 'rank([[1,2],[2,4]])')
m('whatsapp', 'hessian x^2y+xy^2 plz sir urgent', 'hessian("x**2*y + x*y**2", ["x","y"])')
m('whatsapp', 'pls tell taylor of e^x upto x^3', 'taylor("exp(x)", "x", 0, 3)')
m('whatsapp', 'distance b/w (1,2) n (4,6)', 'distance([1,2],[4,6])')
m('whatsapp', 'transpose [[1,2,3],[4,5,6]] 👍', 'transpose([[1,2,3],[4,5,6]])')
m('whatsapp', 'derivative of tan x?? cant find in notes', 'derivative("tan(x)")')
m('whatsapp', 'd/dx (x^2+1)^5 pls 🙏🙏', 'derivative("(x**2 + 1)**5")')
m('whatsapp', 'norm of (1,1,1,1)?', 'norm([1,1,1,1])')
m('whatsapp', 'critical pts of x^3-3x ??', 'critical_points("x**3 - 3*x", ["x"])')

# ================= trailing_chat
m('trailing_chat', 'd/dx x^4 + 2x + 1 = ?', 'derivative("x**4 + 2*x + 1")')
m('trailing_chat', 'det [[4, 3], [6, 5]] = ?', 'det([[4,3],[6,5]])')
m('trailing_chat', 'what is the derivative of 3x^2 - x + 1?', 'derivative("3*x**2 - x + 1")')
m('trailing_chat', 'find the inverse of [[2, 0], [0, 5]] thanks', 'inverse([[2,0],[0,5]])')
m('trailing_chat', 'eigenvalues of [[1, 2], [2, 1]] sir', 'eigenvalues([[1,2],[2,1]])')
m('trailing_chat', 'trace of [[1,5],[6,2]] thank you sir!', 'trace([[1,5],[6,2]])')
m('trailing_chat', 'Good morning sir, please find the gradient of x*y + y^2. Thanks in advance.', 'gradient("x*y + y**2", ["x","y"])')
m('trailing_chat', 'd/dx cos(3x) ... is it -3sin(3x)?', 'derivative("cos(3*x)")')
m('trailing_chat', 'cross product of (1,1,0) and (0,1,1)?? thx', 'cross([1,1,0],[0,1,1])')
m('trailing_chat', 'derivative of x e^x = ? sir pls check', 'derivative("x*exp(x)")')
m('trailing_chat', 'angle between (1,1) and (1,0)? answer in radians pls :)', 'angle([1,1],[1,0])')
# ================= juxtaposition
m('juxtaposition', 'd/dx 1/4x', 'derivative("1/(4*x)")', True, '1/4x: most students mean 1/(4x); the other reading (1/4)x gives 1/4')
m('juxtaposition', 'partial derivative of 2x y + y^2 with respect to x', 'partial_derivative("2*x*y + y**2", "x")')
m('juxtaposition', 'gradient of xy + yz + zx', 'gradient("x*y + y*z + z*x", ["x","y","z"])')
m('juxtaposition', 'derivative of sinx cosx', 'derivative("sin(x)*cos(x)")')
m('juxtaposition', 'partial derivative of 3x^2y wrt y', 'partial_derivative("3*x**2*y", "y")')
m('juxtaposition', 'gradient of ab + b^2 wrt a and b', 'gradient("a*b + b**2", ["a","b"])')
m('juxtaposition', 'derivative of 4xsinx', 'derivative("4*x*sin(x)")')
m('juxtaposition', 'hessian of x^2y^2 + 2xy', 'hessian("x**2*y**2 + 2*x*y", ["x","y"])')
m('juxtaposition', 'd/dx 3/4x^2', 'derivative("3/(4*x**2)")', True, '3/4x^2 read as 3/(4x^2); the other reading (3/4)x^2 gives 3x/2')
m('juxtaposition', 'differentiate 2xe^x', 'derivative("2*x*exp(x)")')
m('juxtaposition', 'differentiate 1/2 x^2 + 3x', 'derivative("x**2/2 + 3*x")', False, 'space after 1/2: one half times x^2')
m('juxtaposition', 'partial of xyz^2 wrt z', 'partial_derivative("x*y*z**2", "z")')
m('juxtaposition', 'd/dt of t^2 cost', 'derivative("t**2*cos(t)", "t")', True, '"cost" read as cos t (t is the variable); not the word cost')

# ================= multi_task
m('multi_task', 'det and inverse of [[1, 3], [2, 7]]', 'det([[1,3],[2,7]]); inverse([[1,3],[2,7]])')
m('multi_task', 'find the eigenvalues and eigenvectors of [[4, 1], [2, 3]]', 'eigenvalues([[4,1],[2,3]]); eigenvectors([[4,1],[2,3]])')
m('multi_task', 'mean and covariance of (2, 1), (4, 3), (6, 2)', 'mean([[2,1],[4,3],[6,2]]); covariance([[2,1],[4,3],[6,2]])')
m('multi_task', 'gradient and hessian of f(x, y) = x^3 y + e^y', 'gradient("x**3*y + exp(y)", ["x","y"]); hessian("x**3*y + exp(y)", ["x","y"])')
m('multi_task', 'find the rank, trace and determinant of [[2, 0, 1], [1, 1, 0], [0, 3, 1]]', 'rank([[2,0,1],[1,1,0],[0,3,1]]); trace([[2,0,1],[1,1,0],[0,3,1]]); det([[2,0,1],[1,1,0],[0,3,1]])')
m('multi_task', 'dot product and cross product of (1, 2, 1) and (0, 1, 2)', 'dot([1,2,1],[0,1,2]); cross([1,2,1],[0,1,2])')
m('multi_task', 'first and second derivative of x^5 - 3x^3', 'derivative("x**5 - 3*x**3"); higher_derivative("x**5 - 3*x**3", "x", 2)')
m('multi_task', 'mean and variance of 3, 5, 7, 9, 11', 'mean([3,5,7,9,11]); variance([3,5,7,9,11])')
m('multi_task', 'norm of u = (1, 2, 2), norm of v = (0, 3, 4) and the angle between them', 'norm([1,2,2]); norm([0,3,4]); angle([1,2,2],[0,3,4])')
m('multi_task', 'find the rref and the null space of [[1, 2, 1], [2, 4, 0]]', 'rref([[1,2,1],[2,4,0]]); nullspace([[1,2,1],[2,4,0]])')
m('multi_task', 'PCA of (1, 1), (2, 2), (3, 1), (4, 4): give the first principal direction and the explained variance ratios', 'pca([[1,1],[2,2],[3,1],[4,4]], "first"); pca([[1,1],[2,2],[3,1],[4,4]], "ratio")')
m('multi_task', 'transpose of A = [[1, 2], [3, 4], [5, 6]] and then A^T A', 'transpose([[1,2],[3,4],[5,6]]); matrix_expression("A.T*A", A=[[1,2],[3,4],[5,6]])')
m('multi_task', 'jacobian of (x*y, x + y^2) and its determinant', 'jacobian(["x*y", "x + y**2"], ["x","y"]); jacobian_det(["x*y", "x + y**2"], ["x","y"])')

# ================= harder / remaining tasks (class plain unless noted)
m('plain', 'Find the eigenvalues of [[2, 1, 1], [1, 3, 1], [1, 1, 4]].', 'eigenvalues([[2,1,1],[1,3,1],[1,1,4]])', False, 'cubic with three irrational real roots')
m('plain', 'Find the eigenvalues of [[0, 1, 0], [0, 0, 1], [2, 1, 0]].', 'eigenvalues([[0,1,0],[0,0,1],[2,1,0]])', False, 'one real root (about 1.5214) and a complex-conjugate pair')
m('plain', 'If f(x, y) = x^2 + y^2 with x = cos t and y = 2 sin t, find df/dt.', 'chain_rule("x**2 + y**2", {"x": "cos(t)", "y": "2*sin(t)"})')
m('plain', 'Do two steps of gradient descent on f(x) = (x - 3)^2 from x = 0 with learning rate 0.25.', 'gradient_descent("(x - 3)**2", ["x"], [0], "1/4", 2)')
m('plain', 'For the data x = 1, 2, 3 and y = 2, 3, 5 and the mean squared error of y = m x + c, find the gradient with respect to m and c at m = 1, c = 0.', 'loss_gradient(mse([1,2,3],[2,3,5]), ["m","c"], {"m": 1, "c": 0})', False, 'MSE = (1/N) sum (y - (m x + c))^2')
m('plain', 'Find the derivative of sin(cos(x^2)).', 'derivative("sin(cos(x**2))")')
m('plain', 'Find the explained variance ratios of PCA on the points (2, 1), (3, 4), (5, 0), (6, 5).', 'pca([[2,1],[3,4],[5,0],[6,5]], "ratio")')
m('plain', 'Find the sample variance of 4, 8, 6, 2.', 'variance([4,8,6,2], True)', False, 'sample: divide by N-1')
m('plain', 'Find the Jacobian of (x^2 y, y z, x + z) with respect to x, y, z at (1, 2, 3).', 'jacobian(["x**2*y", "y*z", "x + z"], ["x","y","z"], {"x": 1, "y": 2, "z": 3})')
m('plain', 'Find the eigenvectors of [[1, 1, 0], [0, 2, 0], [0, 0, 3]].', 'eigenvectors([[1,1,0],[0,2,0],[0,0,3]])')
m('plain', 'Compute the determinant of [[1, 2, 0, 1], [0, 1, 3, 2], [2, 0, 1, 1], [1, 1, 1, 0]].', 'det([[1,2,0,1],[0,1,3,2],[2,0,1,1],[1,1,1,0]])')
m('plain', 'Find the second-order Taylor polynomial of f(x) = e^(sin x) about x = 0.', 'taylor("exp(sin(x))", "x", 0, 2)')
m('plain', 'The sum of squared errors for y = m x + c on points (0, 1), (1, 3), (2, 4) is chi^2. Find d(chi^2)/dm and d(chi^2)/dc.', 'loss_gradient(sse([0,1,2],[1,3,4]), ["m","c"])')
# ================= refuse
ref('integrate x^2 sin x dx', 'integration is out of scope')
ref('find the limit of sin(x)/x as x -> 0', 'limits are out of scope')
ref('solve the differential equation dy/dx = 3y', 'differential equations are out of scope')
ref('what is the probability of getting two heads in three coin tosses', 'probability is out of scope')
ref('prove that the eigenvalues of a symmetric matrix are real', 'proofs are out of scope')
ref('explain what an eigenvector is', 'concept explanation without numbers is out of scope')
ref('hello sir', 'no problem in the message')
ref('find the inverse', 'incomplete: no matrix given')
ref('find the determinant of A', 'incomplete: A is not given')
ref('cross product of (1, 2) and (3, 4)', 'impossible: cross product needs 3-D vectors')
ref('determinant of [[1, 2, 3], [4, 5, 6]]', 'impossible: non-square matrix has no determinant')
ref('inverse of [[1, 2], [2, 4]]', 'impossible: singular matrix (det 0), no inverse; the reply should say so')
ref('multiply [[1, 2], [3, 4]] and [[1, 2, 3]]', 'impossible: shapes 2x2 and 1x3 do not match')
ref('asdfgh jkl qwerty', 'nonsense')
ref('bhai kal ka quiz kitne baje hai?', 'no problem in the message (asks about quiz time)')
ref('dot product of (1, 2, 3) and (4, 5)', 'impossible: vectors of different lengths')
ref('what is the pdf of a gaussian with mean 0 and variance 1', 'probability distributions are out of scope')
ref('find the eigenvalues', 'incomplete: no matrix given')
ref('d/dx', 'incomplete: no function given')
ref('integrate e^-x from 0 to infinity', 'integration is out of scope')
ref('sir pls share the week 3 notes pdf 🙏', 'no problem in the message')
ref('why do we need PCA? explain in simple words', 'concept explanation without numbers is out of scope')
ref('add [[1, 2], [3, 4]] and [[1, 2, 3], [4, 5, 6]]', 'impossible: 2x2 plus 2x3, shapes do not match')
ref('solve the Lagrange dual of an SVM with RBF kernel on my dataset', 'out of scope and no data given')
ref('find the taylor series', 'incomplete: no function given')
ref('what is the derivative of', 'incomplete: message ends before the function')
ref('lim x->inf (1 + 1/x)^x', 'limits are out of scope')
ref('🙏🙏🙏', 'no problem in the message')

# ================= builder
def main():
    out = []
    for k, (cls, text, rest, amb, note) in enumerate(ITEMS, 1):
        it = {'id': 'hv4-%03d' % k, 'text': text, 'class': cls, 'restatement': rest}
        if rest == 'REFUSE':
            it['expect'] = 'refuse'; answers = []
        else:
            it['expect'] = 'answer'
            answers = [eval(part.strip(), {'__builtins__': {}}, NS) for part in split_parts(rest)]
        it['ambiguous'] = bool(amb)
        it['note'] = note
        it['answers'] = answers
        out.append(it)
    return out

def split_parts(rest):
    parts, depth, cur, q = [], 0, '', None
    for ch in rest:
        if q:
            cur += ch
            if ch == q: q = None
            continue
        if ch in '"\'': q = ch
        if ch in '([{': depth += 1
        if ch in ')]}': depth -= 1
        if ch == ';' and depth == 0:
            parts.append(cur); cur = ''
        else:
            cur += ch
    parts.append(cur)
    return [p for p in parts if p.strip()]

NS = {name: obj for name, obj in globals().items() if callable(obj) and not name.startswith('_')}

class Dumper(yaml.SafeDumper):
    pass
def _str(d, s):
    if '\n' in s:
        return d.represent_scalar('tag:yaml.org,2002:str', s, style='|')
    return d.represent_scalar('tag:yaml.org,2002:str', s)
Dumper.add_representer(str, _str)

if __name__ == '__main__':
    items = main()
    import os, collections
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'parse_heldout_v4.yaml'), 'w', encoding='utf-8') as f:
        yaml.dump(items, f, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=4096)
    c = collections.Counter(i['class'] for i in items)
    print(len(items), dict(c))
    print('refuse', sum(i['expect'] == 'refuse' for i in items), 'ambiguous', sum(i['ambiguous'] for i in items))
