"""Lagrange multipliers: contours of f, the constraint curve g = 0, and where they touch.

A Lagrangian typed as ``critical points of f − λ·(g)`` (three variables, one of them named
``l``, ``lam``, ``lambda`` or ``λ``, the expression linear in it) is split into f and g. The
picture draws contours of f, the curve g = 0 and every real stationary point of the Lagrangian:
there the contour of f through the point touches the curve, and ∇f and ∇g are parallel. Each
point is labelled with f's value only (not "max" or "min": on an unbounded constraint curve the
largest of these values need not be a maximum), so the student compares them.
"""

from __future__ import annotations

import logging

import numpy as np
import sympy as sp

from ..problem import Problem
from ._numeric import as_float, compile_fn, real_part
from ._style import (
    BLACK,
    BLUE,
    CMAP,
    ORANGE,
    VERMILLION,
    fit_title,
    message_png,
    new_figure,
    short_number,
    style,
    to_png,
)

logger = logging.getLogger(__name__)

MULTIPLIER_NAMES = frozenset({"l", "lam", "lambda", "λ", "mu"})
GRID = 160
MAX_POINTS = 8


def split_lagrangian(problem: Problem) -> tuple[sp.Expr, sp.Expr, sp.Symbol, sp.Symbol,
                                                 sp.Symbol] | None:
    """(f, g, x, y, λ) when the problem is ``critical points of f − λ·g``, else None."""
    if problem.kind != "critical_points" or problem.expr is None or len(problem.variables) != 3:
        return None
    multipliers = [v for v in problem.variables if v.name in MULTIPLIER_NAMES]
    if len(multipliers) != 1:
        return None
    lam = multipliers[0]
    x, y = [v for v in problem.variables if v != lam]
    expr = sp.expand(problem.expr)
    if sp.degree(expr, lam) != 1:
        return None
    g = -expr.coeff(lam, 1)
    f = expr.coeff(lam, 0)
    if not (f.free_symbols | g.free_symbols) <= {x, y} or not f.free_symbols \
            or not g.free_symbols:
        return None
    return f, g, x, y, lam


def tangency_points(f: sp.Expr, g: sp.Expr, x: sp.Symbol, y: sp.Symbol,
                    lam: sp.Symbol) -> list[tuple[float, float, float, float]]:
    """Real stationary points of f − λg as (x, y, λ, f) floats, at most MAX_POINTS."""
    lagrangian = f - lam * g
    try:
        sols = sp.solve([sp.diff(lagrangian, v) for v in (x, y, lam)], [x, y, lam], dict=True)
    except (NotImplementedError, ValueError, TypeError):
        return []
    out = []
    for s in sols[:MAX_POINTS]:
        vals = [as_float(s.get(v, sp.nan)) for v in (x, y, lam)]
        if any(v is None for v in vals):
            continue  # complex or undetermined: not a point of the real picture
        fv = as_float(f.subs({x: s[x], y: s[y]}))
        if fv is not None:
            out.append((vals[0], vals[1], vals[2], fv))
    return out


def _on_grid(expr: sp.Expr, x: sp.Symbol, y: sp.Symbol, mx: np.ndarray,
             my: np.ndarray) -> np.ndarray:
    """Real values on the grid (a constant broadcast to its shape; NaN where undefined)."""
    values = real_part(compile_fn(expr, (x, y))(mx, my))
    return np.array(np.broadcast_to(values, mx.shape), dtype=float)


def plot_lagrange(f: sp.Expr, g: sp.Expr, x: sp.Symbol, y: sp.Symbol, lam: sp.Symbol) -> bytes:
    points = tangency_points(f, g, x, y, lam)
    if not points:
        return message_png("I found no real point where a contour of f touches g = 0.")
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    centre = np.array([(min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2])
    half = max(max(xs) - min(xs), max(ys) - min(ys), 2.0) * 0.85 + 0.8
    gx = np.linspace(centre[0] - half, centre[0] + half, GRID)
    gy = np.linspace(centre[1] - half, centre[1] + half, GRID)
    mx, my = np.meshgrid(gx, gy)
    fz, gz = (_on_grid(e, x, y, mx, my) for e in (f, g))
    grad_f = [compile_fn(sp.diff(f, v), (x, y)) for v in (x, y)]
    grad_g = [compile_fn(sp.diff(g, v), (x, y)) for v in (x, y)]
    with style():
        fig = new_figure(height_px=950)
        ax = fig.add_subplot()
        ax.contourf(mx, my, fz, levels=14, cmap=CMAP, alpha=0.35)
        ax.contour(mx, my, fz, levels=14, colors="#555555", linewidths=0.8)
        ax.contour(mx, my, gz, levels=[0], colors=VERMILLION, linewidths=4)
        ax.plot([], [], color=VERMILLION, linewidth=4, label="constraint g = 0")
        levels = sorted({round(p[3], 9) for p in points})
        if len(levels) >= 1:
            ax.contour(mx, my, fz, levels=levels if len(levels) > 1 else [levels[0]],
                       colors=BLACK, linewidths=2.2, linestyles="--")
        ax.plot([], [], color=BLACK, linewidth=2.2, linestyle="--",
                label="contour of f through the point")
        arrow = 0.28 * half
        for px, py, _lv, fv in points:
            # ∇g long and wide underneath, ∇f shorter on top: both stay visible when parallel
            for grads, colour, length, width in ((grad_g, ORANGE, arrow, 6.0),
                                                 (grad_f, BLUE, 0.65 * arrow, 3.0)):
                vx = float(np.real(grads[0](np.array(px), np.array(py))))
                vy = float(np.real(grads[1](np.array(px), np.array(py))))
                n = np.hypot(vx, vy)
                if n > 1e-12:
                    ax.annotate("", xy=(px + length * vx / n, py + length * vy / n),
                                xytext=(px, py), zorder=6,
                                arrowprops={"arrowstyle": "-|>,head_width=0.45",
                                            "color": colour, "lw": width})
            # f's value only: which point is the maximum depends on the whole constraint curve
            ax.plot([px], [py], "o", color=BLACK, markersize=12, zorder=7)
            ax.annotate(f"f = {short_number(fv)}", (px, py),
                        textcoords="offset points", xytext=(12, -28), fontsize=19, zorder=8,
                        bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none",
                              "alpha": 0.85})
        ax.plot([], [], color=BLUE, linewidth=3.5, label="∇f")
        ax.plot([], [], color=ORANGE, linewidth=3.5, label="∇g (parallel to ∇f)")
        ax.set_xlim(gx[0], gx[-1])
        ax.set_ylim(gy[0], gy[-1])
        ax.set_aspect("equal")
        ax.set_xlabel(f"${sp.latex(x)}$")
        ax.set_ylabel(f"${sp.latex(y)}$")
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncols=2, frameon=False,
                  fontsize=17)
        fit_title(fig, "Lagrange: where a contour of f touches the constraint g = 0")
        return to_png(fig)


def lagrange_picture(problem: Problem) -> tuple | None:
    """(render, caption) for ``critical points of f − λ·g``, or None (``choose.py`` wraps it)."""
    parts = split_lagrangian(problem)
    if parts is None:
        return None
    return (lambda: plot_lagrange(*parts), lambda: (
        "Red: the constraint g = 0. Grey lines: contours of f. At each black point the dashed "
        "contour of f just touches the constraint, so ∇f (blue) and ∇g (orange) are parallel: "
        "∇f = λ∇g. Compare the values of f at the points to find the maximum and the minimum."))
