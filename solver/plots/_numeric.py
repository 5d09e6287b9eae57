"""Numbers for plots: safe vectorised evaluation, automatic ranges, and breaking lines at poles.

Functions are compiled with ``sympy.lambdify(..., "numpy")`` from SymPy objects only (never
from strings). Evaluation never raises: complex results keep their real part only where the
imaginary part is negligible, everything else undefined becomes NaN.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence

import numpy as np
import sympy as sp

logger = logging.getLogger(__name__)

NumFn = Callable[..., np.ndarray]
DEFAULT_WINDOW = (-5.0, 5.0)
SLOW_SAMPLES = 400  # points evaluated with mpmath when numpy cannot evaluate a function
SEARCH = 10.0  # roots and extrema are looked for in [-SEARCH, SEARCH] (around the point)


def compile_fn(expr: sp.Expr, variables: Sequence[sp.Symbol]) -> NumFn:
    """A NaN-safe numpy function of ``variables``; works for constants and odd functions."""
    expr = sp.sympify(expr, strict=True)  # safe: strict
    try:
        raw = sp.lambdify(tuple(variables), expr, modules="numpy")
    except Exception:  # fall back to mpmath below
        raw = None
    slow = None

    def slow_eval(*arrays: np.ndarray) -> np.ndarray:
        nonlocal slow
        if slow is None:
            try:
                slow = sp.lambdify(tuple(variables), expr, modules="mpmath")
            except Exception:  # nothing can evaluate it (e.g. an unevaluated Derivative)
                logger.info("cannot evaluate %s numerically", expr)
                slow = lambda *_: math.nan  # noqa: E731

        def one(*values: float) -> complex:
            try:
                return complex(slow(*values))
            except Exception:  # undefined at this point
                return complex(math.nan)

        return np.vectorize(one, otypes=[complex])(*arrays)

    def fn(*arrays: np.ndarray) -> np.ndarray:
        arrays = tuple(np.asarray(a, dtype=float) for a in arrays)
        shape = np.broadcast_shapes(*(a.shape for a in arrays)) if arrays else ()
        result = None
        if raw is not None:
            with np.errstate(all="ignore"):
                try:
                    result = np.asarray(raw(*arrays))
                except Exception:  # e.g. a function numpy does not know
                    result = None
        if result is None or result.dtype == object:
            flat = [a.ravel() for a in np.broadcast_arrays(*arrays)] if arrays else []
            result = slow_eval(*flat).reshape(shape) if flat else np.asarray(slow_eval())
        return real_part(np.broadcast_to(result, shape).copy())

    fn.slow = _is_slow(raw, len(variables))  # type: ignore[attr-defined]
    return fn


def _is_slow(raw: Callable[..., object] | None, arity: int) -> bool:
    """Whether numpy cannot evaluate the function (then mpmath does it point by point)."""
    if raw is None:
        return True
    probe = np.array([0.3, 0.7])
    try:
        with np.errstate(all="ignore"):
            out = np.asarray(raw(*([probe] * arity)))
    except Exception:
        return True
    return out.dtype == object


def samples(fn: NumFn, fast: int) -> int:
    """How many points to evaluate: fewer when each one costs an mpmath call."""
    return min(fast, SLOW_SAMPLES) if getattr(fn, "slow", False) else fast


def realify(expr: sp.Expr, variables: Sequence[sp.Symbol]) -> tuple[sp.Expr, list[sp.Symbol]]:
    """The expression in real symbols of the same names: d|x|/dx is then sign(x)."""
    real = [sp.Symbol(v.name, real=True) for v in variables]
    return expr.xreplace(dict(zip(variables, real, strict=True))), real


def real_part(values: np.ndarray) -> np.ndarray:
    """Real floats; complex values with a real-valued meaning keep it, the rest become NaN."""
    values = np.asarray(values)
    if np.iscomplexobj(values):
        with np.errstate(all="ignore"):
            tiny = np.abs(values.imag) <= 1e-9 * np.maximum(1.0, np.abs(values.real))
        values = np.where(tiny, values.real, np.nan)
    try:
        out = np.asarray(values, dtype=float)
    except (TypeError, ValueError):
        return np.full(values.shape, np.nan)
    out[~np.isfinite(out)] = np.nan
    return out


def interesting_points(xs: np.ndarray, ys: np.ndarray) -> list[float]:
    """Roots, extrema and edges of the domain seen on a sampled curve."""
    points: list[float] = []
    finite = np.isfinite(ys)
    with np.errstate(all="ignore"):
        sign = np.sign(ys)
        dy = np.diff(ys)
    both = finite[:-1] & finite[1:]
    scale = np.nanmax(np.abs(ys)) if finite.any() else 1.0
    roots = both & (sign[:-1] * sign[1:] < 0) & (np.abs(dy) < 0.1 * scale + 1e-12)
    points += list(xs[:-1][roots])
    points += list(xs[:-1][finite[:-1] & (ys[:-1] == 0)])
    slope = np.sign(dy)
    turns = both[:-1] & both[1:] & (slope[:-1] * slope[1:] < 0)
    points += list(xs[1:-1][turns])
    edges = finite[:-1] != finite[1:]
    points += list(xs[:-1][edges])
    return sorted(float(p) for p in points)


def auto_xrange(fn: NumFn, focus: Sequence[float] = ()) -> tuple[float, float]:
    """An x-window showing the roots, extrema and given points of ``fn``, not too wide."""
    focus = [float(f) for f in focus if np.isfinite(float(f))]
    centre = float(np.mean(focus)) if focus else 0.0
    spread = max(SEARCH, max((abs(f - centre) for f in focus), default=0.0) * 2)
    xs = np.linspace(centre - spread, centre + spread, samples(fn, 4001))
    ys = fn(xs)
    if not np.isfinite(ys).any():
        return (centre - 5.0, centre + 5.0)
    found = interesting_points(xs, ys)
    if len(found) > 6:  # periodic or wiggly: keep a few periods near the centre
        near = [p for p in found if abs(p - centre) <= 0.5 * spread]
        found = near or found
    pts = found + focus
    if not pts:
        finite_x = xs[np.isfinite(ys)]
        lo, hi = float(finite_x.min()), float(finite_x.max())
        lo, hi = max(lo, centre - 5.0), min(hi, centre + 5.0)
        return (lo, hi) if hi > lo else (centre - 5.0, centre + 5.0)
    lo, hi = min(pts), max(pts)
    width = hi - lo
    pad = max(1.0, 0.3 * width)
    lo, hi = lo - pad, hi + pad
    if hi - lo < 4.0:
        mid = (lo + hi) / 2
        lo, hi = mid - 2.0, mid + 2.0
    return (lo, hi)


def auto_ylim(values: Sequence[np.ndarray]) -> tuple[float, float] | None:
    """y-limits that show the shape, ignoring the huge values near poles. None: nothing finite."""
    finite = [v[np.isfinite(v)] for v in values]
    finite = [v for v in finite if v.size]
    if not finite:
        return None
    allv = np.concatenate(finite)
    lo, hi = float(allv.min()), float(allv.max())
    plo, phi = (float(v) for v in np.percentile(allv, [3, 97]))
    if hi - lo > 6 * max(phi - plo, 1e-12):  # a pole or a blow-up: trust the bulk
        plo, phi = (float(v) for v in np.percentile(allv, [10, 90]))
        core = max(phi - plo, 1e-9)
        lo, hi = max(lo, plo - core), min(hi, phi + core)
    span = hi - lo
    if span < 1e-9 * max(1.0, abs(hi)):  # constant
        half = max(1.0, 0.5 * abs(hi))
        return (lo - half, hi + half)
    margin = 0.08 * span
    return (lo - margin, hi + margin)


def break_jumps(
    xs: np.ndarray, ys: np.ndarray, ylim: tuple[float, float]
) -> tuple[np.ndarray, np.ndarray]:
    """``(xs, ys)`` with a NaN inserted wherever the curve jumps across the view (a pole)."""
    lo, hi = ylim
    span = hi - lo
    with np.errstate(all="ignore"):
        a, b = ys[:-1], ys[1:]
        across = ((a > hi) & (b < lo)) | ((a < lo) & (b > hi))
        d = np.abs(np.diff(ys))
        # a steep but continuous curve changes by a similar amount on the next step too
        neighbour = np.fmax(np.r_[0.0, d[:-1]], np.r_[d[1:], 0.0])
        isolated = (d > 0.5 * span) & (d > 8 * np.nan_to_num(neighbour, nan=0.0))
    idx = np.nonzero(across | isolated)[0] + 1
    xs = np.insert(xs, idx, np.nan)
    ys = np.insert(ys, idx, np.nan)
    far = 50 * span
    with np.errstate(invalid="ignore"):
        ys[(ys > hi + far) | (ys < lo - far)] = np.nan  # keeps the drawn paths small
    return xs, ys


def as_float(value: object) -> float | None:
    """A finite float from a SymPy number or Python number, else None."""
    try:
        out = complex(sp.N(value))  # value is a SymPy object or number, never user text
    except Exception:  # unevaluated derivatives, symbols, recursion in evalf: not a number
        return None
    if abs(out.imag) > 1e-12 * max(1.0, abs(out.real)) or not math.isfinite(out.real):
        return None
    return out.real


def is_numeric_matrix(matrix: sp.MatrixBase) -> bool:
    """Every entry is a real number (no symbols)."""
    return all(as_float(e) is not None for e in matrix)
