"""Exercise generators for the Multivariate Calculus course (modules calc-w1 … calc-w6)."""

from __future__ import annotations

import logging
import random

import sympy as sp

from .generators_base import (
    Draft,
    Generator,
    b,
    expr_text,
    nonzero,
    show,
    t,
    vec_text,
    w,
    x,
    y,
)

logger = logging.getLogger(__name__)

_U = sp.Symbol("u")
CLASSES = ("a minimum", "a maximum", "a saddle point")


def product_rule(rng: random.Random) -> Draft:
    m, n = rng.randint(1, 3), rng.randint(1, 3)
    p = rng.randint(1, 5) * x**m + nonzero(rng, -5, 5)
    q = rng.randint(1, 5) * x**n + nonzero(rng, -5, 5)
    f = sp.Mul(p, q, evaluate=False)
    text = f"({expr_text(p)})*({expr_text(q)})"
    return Draft(
        question=f"Differentiate f(x) = ({show(p)})({show(q)}) with respect to x.",
        prompt=f"d/dx {text}",
        direct=sp.expand(sp.diff(f, x)),
        explanation="Product rule: (uv)′ = u′v + uv′, then expand: f′(x) = {answer}.",
    )


def chain_rule_power(rng: random.Random) -> Draft:
    a, c, n = rng.randint(1, 4), nonzero(rng, -5, 5), rng.randint(2, 4)
    inner = a * x**2 + c
    text = f"({expr_text(inner)})^{n}"
    return Draft(
        question=f"Differentiate f(x) = {show(inner**n)}.",
        prompt=f"d/dx {text}",
        direct=sp.diff(inner**n, x),
        explanation=f"Chain rule with u = {show(inner)}: f′ = {n}·{show(_U ** (n - 1))}·u′ = "
                    "{answer}.",
    )


def partial_derivative(rng: random.Random) -> Draft:
    p, q = rng.randint(1, 3), rng.randint(1, 3)
    f = nonzero(rng, -4, 4) * x**p * y**q + nonzero(rng, -5, 5) * x * y + rng.randint(1, 5) * y**2
    var = rng.choice([x, y])
    held = y if var == x else x
    return Draft(
        question=f"Find ∂f/∂{var} for f(x, y) = {show(f)}.",
        prompt=f"partial derivative of {expr_text(f)} wrt {var}",
        direct=sp.diff(f, var),
        explanation=f"Hold {held} constant and differentiate in {var}: {{answer}}.",
    )


def jacobian(rng: random.Random) -> Draft:
    f1 = nonzero(rng, -3, 3) * x**2 * y + nonzero(rng, -4, 4) * y
    f2 = nonzero(rng, -4, 4) * x + nonzero(rng, -3, 3) * x * y**2
    return Draft(
        question=f"Find the Jacobian of (u, v) = ({show(f1)}, {show(f2)}) "
                 "with respect to (x, y).",
        prompt=f"jacobian of ({expr_text(f1)}, {expr_text(f2)})",
        direct=sp.Matrix([f1, f2]).jacobian([x, y]),
        explanation="Row i holds the partial derivatives of output i: J = {answer}.",
        answer_kind="matrix",
    )


def hessian(rng: random.Random) -> Draft:
    f = (nonzero(rng, -3, 3) * x**3 + nonzero(rng, -4, 4) * x * y**2
         + rng.randint(1, 5) * y**2 + nonzero(rng, -5, 5) * x)
    return Draft(
        question=f"Find the Hessian of f(x, y) = {show(f)}.",
        prompt=f"hessian of {expr_text(f)}",
        direct=sp.hessian(f, (x, y)),
        explanation="The entries are the second partials f_xx, f_xy = f_yx, f_yy: H = {answer}.",
        answer_kind="matrix",
    )


def classify(h: sp.MatrixBase) -> str:
    det, tr = h.det(), h.trace()
    if det < 0:
        return CLASSES[2]
    return CLASSES[0] if tr > 0 else CLASSES[1]


def hessian_classification(rng: random.Random) -> Draft:
    while True:
        a, bb, c = nonzero(rng, -4, 4), rng.randint(-4, 4), nonzero(rng, -4, 4)
        if 4 * a * c - bb * bb:
            break
    f = a * x**2 + bb * x * y + c * y**2 + rng.randint(-5, 5) * x + rng.randint(-5, 5) * y
    return Draft(
        question=f"f(x, y) = {show(f)} has one critical point. What is it?",
        prompt=f"hessian of {expr_text(f)}",
        direct=classify(sp.hessian(f, (x, y))),
        pick=classify,
        explanation="The Hessian is constant here: det H < 0 gives a saddle; det H > 0 gives a "
                    "minimum if the trace is positive, else a maximum. So: {answer}.",
        options=CLASSES,
    )


def multivariate_chain(rng: random.Random) -> Draft:
    a, c = rng.randint(1, 3), nonzero(rng, -4, 4)
    f = a * x**2 * y + c * y
    xt = rng.randint(1, 3) * t**rng.randint(1, 2)
    yt = nonzero(rng, -3, 3) * t + rng.randint(-3, 3)
    return Draft(
        question=f"f(x, y) = {show(f)} with x = {show(xt)}, y = {show(yt)}. "
                 "Find df/dt as a function of t.",
        prompt=f"df/dt for f = {expr_text(f)}, x = {expr_text(xt)}, y = {expr_text(yt)}",
        direct=sp.expand(sp.diff(f.subs({x: xt, y: yt}), t)),
        pick=sp.expand,
        explanation="df/dt = ∂f/∂x·dx/dt + ∂f/∂y·dy/dt = {answer}.",
    )


def taylor_coefficient(rng: random.Random) -> Draft:
    a = nonzero(rng, -3, 3)
    f = rng.choice([sp.exp(a * x), sp.cos(a * x), (1 + a * x) ** rng.randint(3, 5),
                    sp.exp(a * x) * (1 + x)])
    k = rng.randint(2, 3)
    return Draft(
        question=f"What is the coefficient of {show(x**k)} in the Taylor (Maclaurin) series of "
                 f"f(x) = {show(f)} about x = 0?",
        prompt=f"taylor series of {expr_text(f)} about x = 0 up to order 3",
        direct=sp.diff(f, x, k).subs(x, 0) / sp.factorial(k),
        pick=lambda poly: sp.Poly(sp.expand(poly), x).coeff_monomial(x**k),
        explanation=f"The coefficient of {show(x**k)} is f⁽{'²³'[k - 2]}⁾(0)/{k}! = {{answer}}.",
        answer_kind="number",
    )


def newton_step(rng: random.Random) -> Draft:
    c = rng.choice([n for n in range(2, 30) if sp.sqrt(n).is_irrational])
    x0 = max(1, int(c**0.5) + rng.choice([0, 1]))
    f = x**2 - c
    return Draft(
        question=f"Apply one Newton-Raphson step to f(x) = {show(f)} from x₀ = {x0}. "
                 "What is x₁?",
        prompt=f"newton raphson for {expr_text(f)} from x0 = {x0}, 1 step",
        direct=sp.Rational(x0) - f.subs(x, x0) / sp.diff(f, x).subs(x, x0),
        pick=_last_iterate,
        explanation=f"x₁ = x₀ − f(x₀)/f′(x₀) = {x0} − ({x0**2 - c})/({2 * x0}) = {{answer}}.",
        answer_kind="number",
    )


def _last_iterate(ans: object) -> object:
    """Newton's answer: the last iterate, whether given alone, in a list or as {x: value}."""
    if isinstance(ans, dict):
        return next(iter(ans.values()))
    if isinstance(ans, list | tuple):
        return _last_iterate(ans[-1])
    return ans


def gradient_descent_step(rng: random.Random) -> Draft:
    a, c = rng.randint(1, 4), rng.randint(1, 4)
    f = a * x**2 + c * y**2
    p = sp.Matrix([nonzero(rng, -4, 4), nonzero(rng, -4, 4)])
    lr = sp.Rational(1, 10)
    grad_at = sp.Matrix([sp.diff(f, v).subs({x: p[0], y: p[1]}) for v in (x, y)])
    return Draft(
        question=f"One gradient descent step on f(x, y) = {show(f)} from ({p[0]}, {p[1]}) "
                 "with learning rate 0.1: where do you land?",
        prompt=f"gradient of {expr_text(f)} at x = {p[0]}, y = {p[1]}",
        direct=p - lr * grad_at,
        pick=lambda g: p - lr * sp.Matrix(g),
        explanation=f"∇f({p[0]}, {p[1]}) = {vec_text(grad_at)}; new point = old − 0.1·∇f = "
                    "{answer}.",
        answer_kind="matrix",
    )


def loss_gradient(rng: random.Random) -> Draft:
    xs = rng.sample(range(1, 5), 2)
    ys = [rng.randint(0, 9) for _ in xs]
    w0, b0 = rng.randint(-1, 2), rng.randint(-1, 2)
    loss = sum(((yi - (w * xi + b)) ** 2 for xi, yi in zip(xs, ys, strict=True)), sp.S.Zero)
    text = " + ".join(f"({yi} - ({xi}*w + b))^2" for xi, yi in zip(xs, ys, strict=True))
    return Draft(
        question=f"Squared error for the line y = wx + b on the points "
                 f"{', '.join(f'({xi}, {yi})' for xi, yi in zip(xs, ys, strict=True))}: "
                 f"L = {text}. Find ∇L = (∂L/∂w, ∂L/∂b) at w = {w0}, b = {b0}.",
        prompt=f"gradient of {text} wrt w, b at w = {w0}, b = {b0}",
        direct=sp.Matrix([sp.diff(loss, v) for v in (w, b)]).subs({w: w0, b: b0}),
        explanation="∂L/∂w = Σ −2xᵢ(yᵢ − wxᵢ − b), ∂L/∂b = Σ −2(yᵢ − wxᵢ − b): ∇L = {answer}.",
        answer_kind="matrix",
    )


GENERATORS_CALC: list[Generator] = [
    Generator("product-rule", "calc-w1", "product rule", 1, "derivative", product_rule),
    Generator("chain-rule-power", "calc-w1", "chain rule", 2, "derivative", chain_rule_power),
    Generator("partial-derivative", "calc-w2", "partial derivatives", 1, "partial",
              partial_derivative),
    Generator("jacobian", "calc-w2", "jacobian", 2, "jacobian", jacobian),
    Generator("hessian", "calc-w2", "hessian", 2, "hessian", hessian),
    Generator("hessian-classification", "calc-w2", "hessian", 2, "hessian",
              hessian_classification),
    Generator("multivariate-chain", "calc-w3", "multivariate chain rule", 2, "chain_rule",
              multivariate_chain),
    Generator("taylor-coefficient", "calc-w4", "taylor series", 2, "taylor",
              taylor_coefficient),
    Generator("newton-step", "calc-w5", "newton-raphson", 1, "newton", newton_step),
    Generator("gradient-descent-step", "calc-w5", "gradient descent", 2, "gradient",
              gradient_descent_step),
    Generator("loss-gradient", "calc-w6", "least squares", 2, "gradient", loss_gradient),
]
