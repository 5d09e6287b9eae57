"""Functions of one variable: f with f′ and f″, the tangent line at a point, Taylor polynomials."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np
import sympy as sp
from matplotlib.axes import Axes

from ._numeric import (
    as_float,
    auto_xrange,
    auto_ylim,
    break_jumps,
    compile_fn,
    realify,
    samples,
)
from ._style import (
    BLACK,
    BLUE,
    GREEN,
    GREY,
    PALETTE,
    VERMILLION,
    fit_title,
    message_png,
    new_figure,
    note,
    short_number,
    style,
    tex,
    to_png,
)

logger = logging.getLogger(__name__)

SAMPLES = 1600
PRIME = ("", "′", "″")


def _extra_symbols(expr: sp.Expr, allowed: Sequence[sp.Symbol]) -> set[sp.Symbol]:
    return set(sp.sympify(expr, strict=True).free_symbols) - set(allowed)  # safe: a SymPy object


def _curve(ax: Axes, xs: np.ndarray, ys: np.ndarray, ylim, **kwargs) -> None:
    bx, by = break_jumps(xs, ys, ylim)
    ax.plot(bx, by, **kwargs)


def _given_range(x_range: tuple[float, float] | None) -> tuple[float, float] | None:
    if not x_range or len(x_range) != 2:
        return None
    lo, hi = (as_float(v) for v in x_range)
    if lo is None or hi is None or not (np.isfinite(lo) and np.isfinite(hi)):
        return None
    if not 1e-9 < hi - lo < 1e7:
        return None
    return lo, hi


def plot_function(
    expr: sp.Expr,
    var: sp.Symbol,
    *,
    derivatives: int = 0,
    tangent_at: sp.Expr | float | None = None,
    title: str | None = None,
    x_range: tuple[float, float] | None = None,
) -> bytes:
    """f (and f′, f″ when ``derivatives`` is 1 or 2), with the tangent line at ``tangent_at``.

    ``x_range`` (the student's "from a to b") overrides the automatic range when it is sane.
    """
    expr = sp.sympify(expr, strict=True)  # safe: expr is a SymPy object or a number we were given
    extra = _extra_symbols(expr, [var])
    if extra:
        names = ", ".join(sorted(str(s) for s in extra))
        return message_png(f"I can only draw a function of {var} alone; it also has {names}.")
    expr, (var,) = realify(expr, [var])
    derivatives = max(0, min(2, int(derivatives)))
    exprs = [expr]
    for _ in range(derivatives):
        exprs.append(sp.diff(exprs[-1], var))
    fns = [compile_fn(e, [var]) for e in exprs]
    a = as_float(tangent_at) if tangent_at is not None else None
    lo, hi = _given_range(x_range) or auto_xrange(fns[0], [a] if a is not None else [])
    xs = np.linspace(lo, hi, min(samples(fn, SAMPLES) for fn in fns))
    values = [fn(xs) for fn in fns]

    with style():
        fig = new_figure()
        ax = fig.add_subplot()
        ylim = auto_ylim(values)
        if ylim is None:
            ax.set_xlim(lo, hi)
            note(ax, f"f({var}) has no real values for {short_number(lo)} ≤ {var} ≤ "
                     f"{short_number(hi)}.")
        else:
            colours = (BLUE, VERMILLION, GREEN)
            styles = ("-", "--", ":")
            for k, ys in enumerate(values):
                _curve(ax, xs, ys, ylim, color=colours[k], linestyle=styles[k],
                       label=f"f{PRIME[k]}({var})", zorder=3 - k * 0.1)
            if a is not None:
                _tangent(ax, expr, var, a, xs, ylim)
            ax.set_ylim(*ylim)
            ax.set_xlim(lo, hi)
            if len(values) + (a is not None) > 2:  # several curves: the key under the plot
                ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncols=2,
                          frameon=False)
            elif len(values) > 1 or a is not None:
                ax.legend(loc="best")
            if not np.isfinite(values[0]).any():
                note(ax, f"f({var}) has no real values here.")
        _axes_lines(ax)
        ax.set_xlabel(f"${sp.latex(var)}$")
        fit_title(fig, title or f"$f({sp.latex(var)}) = $" + _math(expr))
        return to_png(fig)


def _math(expr: sp.Expr) -> str:
    text = tex(expr)
    return text if text.startswith("$") else " " + text


def _axes_lines(ax: Axes) -> None:
    ax.axhline(0, color=GREY, linewidth=1.2, zorder=1)
    ax.axvline(0, color=GREY, linewidth=1.2, zorder=1)


def _tangent(ax: Axes, expr: sp.Expr, var: sp.Symbol, a: float, xs, ylim) -> None:
    """The tangent line y = f(a) + f′(a)(x − a) and the point of contact, when they exist."""
    fa = as_float(expr.subs(var, a))
    slope = as_float(sp.diff(expr, var).subs(var, a))
    if fa is None or slope is None:
        ax.axvline(a, color=BLACK, linestyle=":", linewidth=2)
        ax.annotate(f"f is not differentiable at {var} = {short_number(a)}",
                    (0.02, 0.96), xycoords="axes fraction", va="top", fontsize=17)
        return
    ys = fa + slope * (xs - a)
    ax.plot(xs, np.where((ys > ylim[0] - 1e3) & (ys < ylim[1] + 1e3), ys, np.nan),
            color=BLACK, linewidth=2.2, linestyle="-.",
            label=f"tangent, slope {short_number(slope)}", zorder=4)
    ax.plot([a], [fa], "o", color=BLACK, markersize=13, zorder=5)
    ax.annotate(f"({short_number(a)}, {short_number(fa)})", (a, fa), textcoords="offset points",
                xytext=(12, -28 if slope > 0 else 12), fontsize=18, zorder=6,
                bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.8})


def taylor_terms(expr: sp.Expr, var: sp.Symbol, about: sp.Expr, order: int) -> list[sp.Expr]:
    """The terms f⁽ᵏ⁾(a)/k! (x − a)ᵏ for k = 0..order, computed from derivatives (exact)."""
    terms = []
    derivative = expr
    for k in range(order + 1):
        terms.append(derivative.subs(var, about) / sp.factorial(k) * (var - about) ** k)
        derivative = sp.diff(derivative, var)
    return terms


def taylor_polynomial(expr: sp.Expr, var: sp.Symbol, about: sp.Expr, order: int) -> sp.Expr:
    """Σ f⁽ᵏ⁾(a)/k! (x − a)ᵏ for k ≤ order."""
    return sp.Add(*taylor_terms(expr, var, sp.sympify(about, strict=True), order))  # safe: strict


def plot_taylor(expr: sp.Expr, var: sp.Symbol, about: sp.Expr | float = 0,
                max_order: int = 3) -> bytes:
    """f and its Taylor polynomials of order 1..max_order about ``about``."""
    expr = sp.sympify(expr, strict=True)  # safe: a SymPy object
    extra = _extra_symbols(expr, [var])
    if extra:
        names = ", ".join(sorted(str(s) for s in extra))
        return message_png(f"I can only draw a function of {var} alone; it also has {names}.")
    expr, (var,) = realify(expr, [var])
    a = as_float(about)
    if a is None:
        return message_png(f"The expansion point {about} is not a real number.")
    max_order = max(1, min(int(max_order), 7))
    terms = taylor_terms(expr, var, sp.sympify(about, strict=True), max_order)  # safe: strict
    if any(t.has(sp.nan, sp.zoo, sp.oo, -sp.oo) for t in terms):
        return message_png(f"f has no Taylor polynomial at {var} = {short_number(a)}: "
                           "it is not differentiable there.")
    polys: list[tuple[int, sp.Expr]] = []
    for k in range(1, max_order + 1):
        if k == 1 or terms[k] != 0:  # sin x: orders 1 and 2 are the same polynomial
            polys.append((k, sp.Add(*terms[: k + 1])))
    fn = compile_fn(expr, [var])
    lo, hi = auto_xrange(fn, [a])
    half = max(a - lo, hi - a, 2.0)
    half = min(half, 6.0)
    lo, hi = a - half, a + half
    xs = np.linspace(lo, hi, samples(fn, SAMPLES))
    ys = fn(xs)

    with style():
        fig = new_figure()
        ax = fig.add_subplot()
        ylim = auto_ylim([ys])
        if ylim is None:
            note(ax, f"f({var}) has no real values near {var} = {short_number(a)}.")
            ax.set_xlim(lo, hi)
        else:
            ylim = (min(ylim[0], -1.0) if ylim[0] < 0.5 else ylim[0], ylim[1])
            _curve(ax, xs, ys, ylim, color=BLACK, linewidth=4.5, label=f"f({var})", zorder=5)
            colours = [c for c in PALETTE if c != BLACK]
            for i, (k, poly) in enumerate(polys):
                pv = compile_fn(poly, [var])(xs)
                ax.plot(xs, pv, color=colours[i % len(colours)], linewidth=2.6,
                        linestyle=("--", "-.", ":")[i % 3], label=f"order {k}", zorder=4)
            fa = as_float(expr.subs(var, a))
            if fa is not None:
                ax.plot([a], [fa], "o", color=BLACK, markersize=12, zorder=6)
            ax.set_ylim(*ylim)
            ax.set_xlim(lo, hi)
            ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), frameon=False,
                      ncols=min(3, len(polys) + 1))  # under the plot: off the curves
        _axes_lines(ax)
        ax.set_xlabel(f"${sp.latex(var)}$")
        fit_title(fig, _math(expr) + f" and its Taylor polynomials about "
                  f"${sp.latex(var)} = {short_number(a).replace('−', '-')}$")
        return to_png(fig)
