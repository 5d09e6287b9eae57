"""Functions of two variables: filled contours, the gradient field, labelled critical points."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import sympy as sp
from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator

from ._numeric import as_float, compile_fn, realify
from ._style import (
    BLACK,
    CMAP,
    WIDTH_IN,
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

GRID = 120
SLOW_GRID = 45  # when each value costs an mpmath call
ARROWS = 13
MAX_POINTS = 12
MARKERS = {"min": ("o", "#56B4E9"), "max": ("^", "#E69F00"), "saddle": ("X", "#CC79A7"),
           "degenerate": ("s", "#F0E442")}


@dataclass(frozen=True)
class CriticalPoint:
    x: float
    y: float
    kind: str  # "min", "max", "saddle" or "degenerate" (second-derivative test inconclusive)


def classify(hessian: np.ndarray) -> str:
    """Second-derivative test from the 2x2 Hessian at a critical point."""
    det = float(np.linalg.det(hessian))
    scale = max(1.0, float(np.abs(hessian).max()))
    if abs(det) <= 1e-9 * scale * scale:
        return "degenerate"
    if det < 0:
        return "saddle"
    return "min" if hessian[0, 0] > 0 else "max"


def find_critical_points(expr: sp.Expr, x: sp.Symbol, y: sp.Symbol) -> list[CriticalPoint]:
    """Real points where ∇f = 0: exactly for polynomials, numerically otherwise."""
    fx, fy = sp.diff(expr, x), sp.diff(expr, y)
    hess = sp.hessian(expr, (x, y))
    points: list[tuple[float, float]] = []
    if _low_degree(fx, x, y) and _low_degree(fy, x, y):
        try:
            sols = sp.solve([fx, fy], [x, y], dict=True)
        except (NotImplementedError, ValueError):
            sols = None
        if sols is not None:
            for sol in sols:  # a solution missing a variable is a curve of points: not marked
                px, py = as_float(sol.get(x, sp.nan)), as_float(sol.get(y, sp.nan))
                if px is not None and py is not None:
                    points.append((px, py))
            return _classified(points, hess, x, y)
    points = _numeric_critical_points(expr, x, y)
    return _classified(points, hess, x, y)


def _low_degree(expr: sp.Expr, x: sp.Symbol, y: sp.Symbol) -> bool:
    """Polynomial of degree ≤ 2: SymPy solves these systems in milliseconds."""
    if not expr.is_polynomial(x, y):
        return False
    return expr == 0 or sp.Poly(expr, x, y).total_degree() <= 2


def _classified(points: list[tuple[float, float]], hess: sp.Matrix, x: sp.Symbol,
                y: sp.Symbol) -> list[CriticalPoint]:
    result = []
    for px, py in points[:MAX_POINTS]:
        h = np.array([[as_float(hess[i, j].subs({x: px, y: py})) or 0.0 for j in range(2)]
                      for i in range(2)])
        result.append(CriticalPoint(px, py, classify(h)))
    if sum(p.kind == "degenerate" for p in result) > 2:  # a valley floor, not isolated points
        result = [p for p in result if p.kind != "degenerate"]
    return result


def _numeric_critical_points(expr: sp.Expr, x: sp.Symbol, y: sp.Symbol,
                             box: float = 4.0) -> list[tuple[float, float]]:
    """Newton's method on ∇f = 0 from the grid's local minima of |∇f|²."""
    grad = [compile_fn(sp.diff(expr, v), [x, y]) for v in (x, y)]
    hess = sp.hessian(expr, (x, y))
    h = [[compile_fn(hess[i, j], [x, y]) for j in range(2)] for i in range(2)]
    xs = np.linspace(-box, box, 31 if any(getattr(g, "slow", False) for g in grad) else 81)
    gx, gy = np.meshgrid(xs, xs)
    g2 = grad[0](gx, gy) ** 2 + grad[1](gx, gy) ** 2
    g2 = np.where(np.isfinite(g2), g2, np.inf)
    found: list[tuple[float, float]] = []
    inner = g2[1:-1, 1:-1]
    is_min = np.ones_like(inner, dtype=bool)
    for di in (-1, 0, 1):
        for dj in (-1, 0, 1):
            if di or dj:
                is_min &= inner <= g2[1 + di: g2.shape[0] - 1 + di, 1 + dj: g2.shape[1] - 1 + dj]
    cand = np.argwhere(is_min & np.isfinite(inner))
    order = np.argsort(inner[is_min & np.isfinite(inner)])
    for i, j in cand[order][:40]:
        p = np.array([gx[i + 1, j + 1], gy[i + 1, j + 1]])
        for _ in range(30):
            g = np.array([grad[0](*p), grad[1](*p)], dtype=float)
            hm = np.array([[h[a][b](*p) for b in range(2)] for a in range(2)], dtype=float)
            if not (np.isfinite(g).all() and np.isfinite(hm).all()):
                break
            try:
                step = np.linalg.solve(hm, g)
            except np.linalg.LinAlgError:
                break
            p = p - step
            if np.linalg.norm(step) < 1e-12:
                break
        g = np.array([grad[0](*p), grad[1](*p)], dtype=float)
        if (np.isfinite(g).all() and np.linalg.norm(g) < 1e-8 and np.abs(p).max() <= box * 1.5
                and all(np.hypot(p[0] - q[0], p[1] - q[1]) > 1e-4 for q in found)):
            found.append((float(p[0]), float(p[1])))
    return found


def _window(points: Sequence[CriticalPoint]) -> tuple[float, float, float, float]:
    if not points:
        return (-3.0, 3.0, -3.0, 3.0)
    px = [p.x for p in points]
    py = [p.y for p in points]
    cx, cy = (min(px) + max(px)) / 2, (min(py) + max(py)) / 2
    half = max(max(px) - min(px), max(py) - min(py)) / 2
    half = max(2.0, 1.5 * half + 1.0)
    return (cx - half, cx + half, cy - half, cy + half)


def contour_panel(ax: Axes, fn, x: sp.Symbol, y: sp.Symbol,
                  window: tuple[float, float, float, float], arrows: bool = True):
    """Filled contours of fn over the window, with unit gradient arrows; returns the mappable."""
    x0, x1, y0, y1 = window
    n = SLOW_GRID if getattr(fn, "slow", False) else GRID
    gx, gy = np.meshgrid(np.linspace(x0, x1, n), np.linspace(y0, y1, n))
    z = fn(gx, gy)
    finite = np.isfinite(z)
    if not finite.any():
        note(ax, "f has no real values in this window.")
        return None
    levels = contour_levels(z[finite])
    zc = np.clip(z, levels[0], levels[-1])
    ax.set_facecolor("#e6e6e6")  # where f is undefined
    mappable = ax.contourf(gx, gy, zc, levels=levels, cmap=CMAP, alpha=0.9)
    ax.contour(gx, gy, zc, levels=levels, colors="white", linewidths=0.6, alpha=0.6,
               negative_linestyles="solid")
    if finite.mean() < 0.97:
        ax.text(0.01, 0.01, "grey: f undefined", transform=ax.transAxes, fontsize=16,
                va="bottom", bbox={"fc": "white", "ec": "none", "alpha": 0.8})
    if arrows:
        _gradient_arrows(ax, fn, window)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect("equal")
    ax.set_xlabel(f"${sp.latex(x)}$")
    ax.set_ylabel(f"${sp.latex(y)}$", rotation=0, labelpad=14)
    ax.grid(False)
    return mappable


def contour_levels(values: np.ndarray, count: int = 15) -> np.ndarray:
    """Round-numbered levels; equal-count levels when a few huge values would hide the shape."""
    lo, p5, med, p95, hi = (float(v) for v in np.percentile(values, [1, 5, 50, 95, 99]))
    if hi - lo > 20 * max(p95 - p5, 1e-12):  # poles: a few enormous values
        lo, hi = p5, p95
    if hi - lo < 1e-12 * max(1.0, abs(hi)):
        return np.array([lo - 1.0, lo - 0.5, lo + 0.5, lo + 1.0])
    skewed = max(hi - med, med - lo) > 12 * max(min(hi - med, med - lo), 1e-12 * (hi - lo))
    if skewed:
        inside = values[(values >= lo) & (values <= hi)]
        levels = np.unique(np.percentile(inside, np.linspace(0, 100, count + 1)))
        if levels.size >= 4:
            return levels
    levels = MaxNLocator(count).tick_values(lo, hi)
    return levels[(levels >= lo - (hi - lo)) & (levels <= hi + (hi - lo))]


def _gradient_arrows(ax: Axes, fn, window) -> None:
    """Arrows of equal length along ∇f (finite differences: cheap and works everywhere)."""
    x0, x1, y0, y1 = window
    ax_, ay_ = np.meshgrid(np.linspace(x0, x1, ARROWS + 2)[1:-1],
                           np.linspace(y0, y1, ARROWS + 2)[1:-1])
    h = 1e-5 * max(x1 - x0, y1 - y0)
    u = (fn(ax_ + h, ay_) - fn(ax_ - h, ay_)) / (2 * h)
    v = (fn(ax_, ay_ + h) - fn(ax_, ay_ - h)) / (2 * h)
    norm = np.hypot(u, v)
    ok = np.isfinite(norm) & (norm > 1e-9)
    u = np.where(ok, u / np.where(ok, norm, 1), np.nan)
    v = np.where(ok, v / np.where(ok, norm, 1), np.nan)
    ax.quiver(ax_, ay_, u, v, color="white", edgecolor=BLACK, linewidth=0.8, pivot="mid",
              scale=ARROWS * 1.4, scale_units="width", width=0.006, headwidth=4, zorder=3)


def mark_points(ax: Axes, points: Sequence[CriticalPoint], window) -> None:
    """Markers by kind; coordinates written beside them when there are few enough to read."""
    x0, x1, y0, y1 = window
    shown = [p for p in points if x0 <= p.x <= x1 and y0 <= p.y <= y1]
    seen: set[str] = set()
    for p in shown:
        marker, colour = MARKERS[p.kind]
        ax.plot([p.x], [p.y], marker=marker, color=colour, markeredgecolor=BLACK,
                markeredgewidth=2, markersize=20, zorder=5, linestyle="none",
                label=p.kind if p.kind not in seen else None)
        seen.add(p.kind)
        if len(shown) <= 3:
            ax.annotate(f"{p.kind} ({short_number(p.x)}, {short_number(p.y)})", (p.x, p.y),
                        textcoords="offset points", xytext=(14, 10), fontsize=17, zorder=6,
                        bbox={"boxstyle": "round,pad=0.25", "fc": "white", "ec": "none",
                              "alpha": 0.85})
    if len(shown) > 3:
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncols=len(seen),
                  frameon=False, markerscale=0.8)


def plot_surface_contour(
    expr: sp.Expr,
    x: sp.Symbol,
    y: sp.Symbol,
    *,
    critical_points: Sequence[CriticalPoint] | None = None,
    surface: bool = False,
) -> bytes:
    """Contours of f(x, y) with ∇f arrows and critical points; a 3D surface above if asked."""
    expr = sp.sympify(expr, strict=True)  # safe: a SymPy object
    extra = expr.free_symbols - {x, y}
    if extra:
        names = ", ".join(sorted(str(s) for s in extra))
        return message_png(f"I can only draw a function of {x} and {y}; it also has {names}.")
    expr, (x, y) = realify(expr, [x, y])
    if critical_points is None:
        try:
            points = find_critical_points(expr, x, y)
        except Exception:  # the picture is still worth sending
            logger.info("critical points failed for %s", expr, exc_info=True)
            points = []
    else:
        points = list(critical_points)
    window = _window(points)
    fn = compile_fn(expr, [x, y])
    title = f"$f({sp.latex(x)}, {sp.latex(y)}) = $" + _math(expr)

    with style():
        if surface:
            fig = new_figure(height_px=1500)
            ax3 = fig.add_subplot(2, 1, 1, projection="3d")
            _surface(ax3, fn, x, y, window, points)
            ax = fig.add_subplot(2, 1, 2)
        else:
            fig = new_figure(height_px=int(WIDTH_IN * 100 * 0.9))
            ax = fig.add_subplot()
        mappable = contour_panel(ax, fn, x, y, window)
        if mappable is not None:
            bar = fig.colorbar(mappable, ax=ax, shrink=0.8, pad=0.02, label="f")
            steps = np.diff(mappable.levels)
            if steps.max() > 1.5 * steps.min():  # equal-count levels: label a few of them
                bar.set_ticks(mappable.levels[:: max(1, len(mappable.levels) // 4)])
                bar.ax.set_yticklabels([short_number(v) for v in bar.get_ticks()])
            else:
                bar.locator = MaxNLocator(6)
                bar.update_ticks()
            mark_points(ax, points, window)
        fit_title(fig, title)
        return to_png(fig)


def _math(expr: sp.Expr) -> str:
    text = tex(expr)
    return text if text.startswith("$") else " " + text


def _surface(ax: Axes, fn, x, y, window, points) -> None:
    x0, x1, y0, y1 = window
    gx, gy = np.meshgrid(np.linspace(x0, x1, 40), np.linspace(y0, y1, 40))
    z = fn(gx, gy)
    finite = np.isfinite(z)
    if not finite.any():
        return
    lo, hi = np.percentile(z[finite], [1, 99])
    z = np.where(finite, np.clip(z, lo, hi), np.nan)
    ax.plot_surface(gx, gy, z, cmap=CMAP, linewidth=0, antialiased=False, alpha=0.95)
    for p in points:
        pz = fn(np.array(p.x), np.array(p.y))
        if x0 <= p.x <= x1 and y0 <= p.y <= y1 and np.isfinite(pz):
            marker, colour = MARKERS[p.kind]
            ax.scatter([p.x], [p.y], [float(pz)], marker=marker, color=colour, s=200,
                       edgecolors=BLACK, depthshade=False, zorder=10)
    ax.set_xlabel(f"${sp.latex(x)}$", labelpad=12)
    ax.set_ylabel(f"${sp.latex(y)}$", labelpad=12)
    ax.tick_params(labelsize=14)
    for axis in (ax.xaxis, ax.yaxis, ax.zaxis):
        axis.set_major_locator(MaxNLocator(5))
    ax.view_init(elev=30, azim=-60)
