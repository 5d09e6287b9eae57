"""Gradient descent and Newton steps: the path of iterates on the curve (1D) or contours (2D).

``method="gradient"``: x ← x − lr·∇f. ``method="newton"``: in one variable Newton–Raphson for
f(x) = 0 (x ← x − f/f′, the course's root finder); in two variables Newton's method for a
stationary point (x ← x − H⁻¹∇f). Iterates are computed here in floating point.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

import numpy as np
import sympy as sp
from matplotlib.axes import Axes

from ._numeric import as_float, auto_ylim, break_jumps, compile_fn, realify
from ._style import (
    BLACK,
    BLUE,
    GREY,
    VERMILLION,
    fit_title,
    message_png,
    new_figure,
    short_number,
    style,
    tex,
    to_png,
)
from .surface import contour_panel

logger = logging.getLogger(__name__)

DEFAULT_LR = 0.1
BLOW_UP = 1e6
MAX_STEPS = 200


def descent_path(expr: sp.Expr, variables: Sequence[sp.Symbol], start: Sequence[float],
                 lr: float | None = None, steps: int = 10,
                 method: str = "gradient") -> tuple[np.ndarray, str]:
    """The iterates as rows (start first) and how it ended: "ok", "diverged" or "stuck"."""
    variables = list(variables)
    grad = [compile_fn(sp.diff(expr, v), variables) for v in variables]
    x = np.array(start, dtype=float)
    path = [x.copy()]
    lr = DEFAULT_LR if lr is None else float(lr)
    if method == "newton" and len(variables) == 1:
        f = compile_fn(expr, variables)
        step_fn = lambda p: np.array([f(*p) / grad[0](*p)])  # noqa: E731
    elif method == "newton":
        hess = sp.hessian(expr, variables)
        h = [[compile_fn(hess[i, j], variables) for j in range(len(variables))]
             for i in range(len(variables))]

        def step_fn(p: np.ndarray) -> np.ndarray:
            g = np.array([gi(*p) for gi in grad], dtype=float)
            hm = np.array([[hij(*p) for hij in row] for row in h], dtype=float)
            return np.linalg.solve(hm, g)
    else:
        step_fn = lambda p: lr * np.array([gi(*p) for gi in grad], dtype=float)  # noqa: E731
    for _ in range(max(0, min(int(steps), MAX_STEPS))):
        try:
            with np.errstate(all="ignore"):
                step = np.asarray(step_fn(x), dtype=float)
        except (np.linalg.LinAlgError, ZeroDivisionError):
            return np.array(path), "stuck"
        if not np.isfinite(step).all():
            return np.array(path), "stuck"
        x = x - step
        path.append(x.copy())
        if np.abs(x).max() > BLOW_UP:
            return np.array(path), "diverged"
    return np.array(path), "ok"


def _start_values(variables: Sequence[sp.Symbol],
                  start: Mapping[sp.Symbol, object] | Sequence[object]) -> list[float] | None:
    raw = [start.get(v, 0) for v in variables] if isinstance(start, Mapping) else list(start)
    values = [as_float(v) for v in raw]
    if len(values) != len(variables) or any(v is None for v in values):
        return None
    return [float(v) for v in values]  # type: ignore[arg-type]


def plot_descent(expr: sp.Expr, variables: Sequence[sp.Symbol],
                 start: Mapping[sp.Symbol, object] | Sequence[object], lr: float | None = None,
                 steps: int = 10, method: str = "gradient") -> bytes:
    """The iterates drawn on the curve y = f(x) (1D) or the contours of f(x, y) (2D)."""
    expr = sp.sympify(expr, strict=True)  # safe: a SymPy object
    variables = list(variables)
    extra = expr.free_symbols - set(variables)
    if extra or not 1 <= len(variables) <= 2:
        return message_png("I draw descent paths for functions of one or two variables.")
    x0 = _start_values(variables, start)
    if x0 is None:
        return message_png("The starting point must be a real number for every variable.")
    expr, variables = realify(expr, variables)
    path, status = descent_path(expr, variables, x0, lr, steps, method)
    name = "Newton" if method == "newton" else "Gradient descent"
    rate = "" if method == "newton" else f", lr = {short_number(DEFAULT_LR if lr is None else lr)}"
    with style():
        fig = new_figure(height_px=850 if len(variables) == 1 else 950)
        ax = fig.add_subplot()
        if len(variables) == 1:
            _curve_path(ax, expr, variables[0], path[:, 0], newton=method == "newton")
        else:
            _contour_path(ax, expr, variables, path)
        end = ", ".join(short_number(v) for v in path[-1])
        end = f"({end})" if len(variables) > 1 else f"{variables[0]} = {end}"
        verdict = {"ok": f"ends at {end}", "diverged": "diverges",
                   "stuck": "stops: the step is undefined"}[status]
        ax.set_title(f"{len(path) - 1} steps{rate}: {verdict}", fontsize=20)
        fit_title(fig, f"{name} on " + _math(expr))
        return to_png(fig)


def _math(expr: sp.Expr) -> str:
    return tex(expr, max_len=70)


def _labelled(xs: Sequence[float], ys: Sequence[float], gap: float = 0.07) -> list[int]:
    """Which iterates get an x_k label: the first, the last, and (for short runs) the others
    that stand at least ``gap`` of the path's extent from every label kept (labels of iterates
    bunched near the limit overlapped)."""
    count = len(xs)
    pts = np.array([xs, ys], dtype=float).T
    span = np.ptp(pts, axis=0)
    span[~(span > 0)] = 1.0
    scaled = pts / span

    def far(k: int, kept: list[int]) -> bool:
        return all(np.hypot(*(scaled[k] - scaled[j])) >= gap for j in kept)

    kept = [0]
    for k in range(1, count - 1):
        if count <= 7 and far(k, kept):
            kept.append(k)
    if count > 1:
        kept = [j for j in kept if j == 0 or far(count - 1, [j])] + [count - 1]
    return kept


def _label_points(ax: Axes, xs: Sequence[float], ys: Sequence[float]) -> None:
    for k in _labelled(xs, ys):
        px, py = xs[k], ys[k]
        ax.annotate(f"$x_{{{k}}}$", (px, py), textcoords="offset points", xytext=(8, 10),
                    fontsize=20, zorder=7,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none",
                          "alpha": 0.8})


def _in_view(path: np.ndarray) -> np.ndarray:
    """The iterates worth framing: a diverging run is shown until it leaves the start's scale."""
    finite = path[np.isfinite(path).all(axis=1)]
    limit = 6 * (np.abs(finite[0]).max() + 1.0)
    inside = np.abs(finite).max(axis=1) <= limit
    if inside.all():
        return finite
    first_out = int(np.argmin(inside))
    return finite[: max(first_out, 2)]


def _curve_path(ax: Axes, expr: sp.Expr, var: sp.Symbol, xs: np.ndarray, newton: bool) -> None:
    f = compile_fn(expr, [var])
    finite = _in_view(xs[:, None])[:, 0]
    lo, hi = float(finite.min()), float(finite.max())
    pad = max(1.0, 0.25 * (hi - lo))
    grid = np.linspace(lo - pad, hi + pad, 1200)
    ys = f(grid)
    fx = f(xs)
    ylim = auto_ylim([ys, f(finite)])
    if ylim is None:
        ax.text(0.5, 0.5, "f has no real values here", transform=ax.transAxes, ha="center")
        return
    if newton:  # include the x-axis: Newton's tangents land on it
        ylim = (min(ylim[0], -0.1 * (ylim[1] - ylim[0])), max(ylim[1], 0.1 * (ylim[1] - ylim[0])))
    bx, by = break_jumps(grid, ys, ylim)
    ax.plot(bx, by, color=BLUE, zorder=2, label=f"f({var})")
    ax.axhline(0, color=GREY, linewidth=1.2, zorder=1)
    if newton:
        for k in range(len(xs) - 1):
            ax.plot([xs[k], xs[k]], [0, fx[k]], color=GREY, linestyle=":", linewidth=2)
            ax.plot([xs[k], xs[k + 1]], [fx[k], 0], color=VERMILLION, linewidth=2.2,
                    label="tangent to the next x" if k == 0 else None, zorder=3)
        ax.plot(xs, np.zeros_like(xs), "o", color=BLACK, zorder=5, markersize=10)
        _label_points(ax, xs, np.zeros_like(xs))
    else:
        for k in range(len(xs) - 1):
            ax.annotate("", xy=(xs[k + 1], fx[k + 1]), xytext=(xs[k], fx[k]), zorder=4,
                        arrowprops={"arrowstyle": "-|>", "color": VERMILLION, "lw": 2.5,
                                    "shrinkA": 6, "shrinkB": 6})
        ax.plot(xs, fx, "o", color=BLACK, zorder=5, markersize=10)
        _label_points(ax, xs, fx)
    ax.set_ylim(*ylim)
    ax.set_xlim(lo - pad, hi + pad)
    ax.set_xlabel(f"${sp.latex(var)}$")
    ax.legend(loc="best")


def _contour_path(ax: Axes, expr: sp.Expr, variables: Sequence[sp.Symbol],
                  path: np.ndarray) -> None:
    fn = compile_fn(expr, variables)
    ok = path[np.isfinite(path).all(axis=1)]
    view = _in_view(path)
    lo, hi = view.min(axis=0), view.max(axis=0)
    centre = (lo + hi) / 2
    half = max(float((hi - lo).max()) / 2 * 1.3, 1.0)
    window = (centre[0] - half, centre[0] + half, centre[1] - half, centre[1] + half)
    contour_panel(ax, fn, variables[0], variables[1], window, arrows=False)
    ax.plot(ok[:, 0], ok[:, 1], "-", color="white", linewidth=5, zorder=3)
    ax.plot(ok[:, 0], ok[:, 1], "-o", color=VERMILLION, linewidth=2.5, markersize=9,
            markeredgecolor=BLACK, zorder=4)
    ax.plot([ok[0, 0]], [ok[0, 1]], "s", color="white", markeredgecolor=BLACK, markersize=14,
            zorder=5)
    shown = len(view)
    _label_points(ax, list(ok[:shown, 0]), list(ok[:shown, 1]))
