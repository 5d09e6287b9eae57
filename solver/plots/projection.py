"""Projections and Gram–Schmidt: the shadow of a vector on a line or plane, at a right angle.

``plot_projection(x, basis)`` draws x, its projection π(x) onto span(basis) and the residual
x − π(x), which meets the line or plane at a right angle (2-D or 3-D). With no x (a projection
matrix asked for), the standard basis vectors are projected: their shadows are P's columns.
``plot_gram_schmidt(vectors)`` draws the vectors, the part of each one along the earlier
directions, and the orthonormal vectors e₁, e₂ (, e₃) that Gram–Schmidt builds.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np
import sympy as sp
from matplotlib.axes import Axes

from ..problem import Problem
from ._numeric import as_float
from ._style import (
    BLACK,
    BLUE,
    GREEN,
    GREY,
    ORANGE,
    PURPLE,
    VERMILLION,
    fit_title,
    message_png,
    new_figure,
    short_number,
    style,
    to_png,
)

logger = logging.getLogger(__name__)

_ARROW = "-|>,head_width=0.45,head_length=0.9"


def _vector(v: sp.MatrixBase | Sequence[float] | np.ndarray) -> np.ndarray | None:
    if isinstance(v, sp.MatrixBase):
        values = [as_float(e) for e in v]
        if any(x is None for x in values):
            return None
        return np.array(values, dtype=float)
    arr = np.asarray(v, dtype=float).ravel()
    return arr if np.isfinite(arr).all() else None


def _vectors(vs: Sequence) -> list[np.ndarray] | None:
    out = [_vector(v) for v in vs]
    if not out or any(v is None for v in out) or len({v.size for v in out}) != 1:
        return None
    return out  # type: ignore[return-value]


def project(x: np.ndarray, basis: list[np.ndarray]) -> np.ndarray:
    """π(x) onto the span of ``basis`` (least squares: B(BᵀB)⁻¹Bᵀx, rank-safe)."""
    b = np.column_stack(basis)
    coeffs, *_ = np.linalg.lstsq(b, x, rcond=None)
    return b @ coeffs


def _frame(ax: Axes, points: list[np.ndarray]) -> float:
    """Square, equal-aspect limits around the origin and ``points``; returns the half width."""
    pts = np.vstack([np.zeros(2), *points])
    lo, hi = pts.min(axis=0), pts.max(axis=0)
    centre = (lo + hi) / 2
    half = max(float((hi - lo).max()) / 2, 0.5) * 1.25
    ax.set_xlim(centre[0] - half, centre[0] + half)
    ax.set_ylim(centre[1] - half, centre[1] + half)
    ax.set_aspect("equal")
    ax.axhline(0, color="#bbbbbb", linewidth=1, zorder=0)
    ax.axvline(0, color="#bbbbbb", linewidth=1, zorder=0)
    return half


def _label(v: np.ndarray) -> str:
    return "(" + ", ".join(short_number(float(c)) for c in v) + ")"


# ------------------------------------------------------------------------------- projection
def plot_projection(x: sp.MatrixBase | Sequence[float] | None,
                    basis: Sequence[sp.MatrixBase | Sequence[float]]) -> bytes:
    """x, its projection onto span(basis) and the residual at a right angle (2-D or 3-D)."""
    vs = _vectors(list(basis))
    if vs is None or vs[0].size not in (2, 3):
        return message_png("I draw projections in 2-D and 3-D with numeric vectors.")
    if np.linalg.matrix_rank(np.column_stack(vs)) == 0:
        return message_png("The zero vector spans no line: there is nothing to project onto.")
    dim = vs[0].size
    if x is None:
        targets = [np.eye(dim)[i] for i in range(dim)]
    else:
        xv = _vector(x)
        if xv is None or xv.size != dim:
            return message_png("The vector and the line or plane must live in the same space.")
        targets = [xv]
    with style():
        fig = new_figure(height_px=950)
        if dim == 2:
            ax = fig.add_subplot()
            _projection_2d(ax, targets, vs, matrix=x is None)
        else:
            ax = fig.add_subplot(projection="3d")
            _projection_3d(ax, targets, vs, matrix=x is None)
        onto = "a line" if np.linalg.matrix_rank(np.column_stack(vs)) == 1 else "a plane"
        if x is None:
            title = f"P projects e₁, e₂{', e₃' if dim == 3 else ''} onto {onto}: P's columns"
        else:
            title = f"π(x) = {_label(project(targets[0], vs))}: the shadow of x on {onto}"
        fit_title(fig, title)
        return to_png(fig)


def _arrow(ax: Axes, tip: np.ndarray, tail: np.ndarray, colour: str, lw: float = 4,
           style_: str = "-") -> None:
    ax.annotate("", xy=tip, xytext=tail, zorder=5,
                arrowprops={"arrowstyle": _ARROW, "color": colour, "lw": lw,
                            "linestyle": style_, "shrinkA": 0, "shrinkB": 0})


def _right_angle(ax: Axes, corner: np.ndarray, along: np.ndarray, up: np.ndarray,
                 size: float) -> None:
    """A small square where the residual meets the line."""
    na, nu = np.linalg.norm(along), np.linalg.norm(up)
    if na < 1e-12 or nu < 1e-12:
        return
    a, u = along / na * size, up / nu * size
    pts = np.array([corner + a, corner + a + u, corner + u])
    ax.plot(pts[:, 0], pts[:, 1], color=BLACK, linewidth=1.8, zorder=4)


def _projection_2d(ax: Axes, targets: list[np.ndarray], basis: list[np.ndarray],
                   matrix: bool) -> None:
    b = basis[0] / np.linalg.norm(basis[0])
    shadows = [project(t, basis) for t in targets]
    half = _frame(ax, [*targets, *shadows, basis[0]])
    reach = 4 * half + float(np.abs(np.vstack(targets)).max())
    line = np.outer([-reach, reach], b)
    ax.plot(line[:, 0], line[:, 1], color=GREY, linewidth=2.5, zorder=1, label="the line span(b)")
    _arrow(ax, basis[0], np.zeros(2), PURPLE, lw=3)
    ax.plot([], [], color=PURPLE, linewidth=3, label=f"b = {_label(basis[0])}")
    colours = (BLUE, GREEN)
    for k, (t, p) in enumerate(zip(targets, shadows, strict=True)):
        name = f"e{'₁₂'[k]}" if matrix else "x"
        shadow = colours[k % 2] if matrix else ORANGE
        _arrow(ax, t, np.zeros(2), colours[k % 2])
        _arrow(ax, p, np.zeros(2), shadow, lw=5)
        ax.plot([t[0], p[0]], [t[1], p[1]], color=VERMILLION, linewidth=2.5, linestyle="--",
                zorder=3)
        _right_angle(ax, p, -p if np.linalg.norm(p) > 1e-9 else b, t - p, 0.06 * half)
        ax.plot([], [], color=colours[k % 2], linewidth=4, label=f"{name} = {_label(t)}")
        ax.plot([], [], color=shadow, linewidth=5, label=f"π({name}) = {_label(p)}")
    ax.plot([], [], color=VERMILLION, linewidth=2.5, linestyle="--",
            label=("e − π(e)" if matrix else "x − π(x)") + ": at 90° to the line")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), ncols=2, frameon=False,
              fontsize=17)


def _projection_3d(ax: Axes, targets: list[np.ndarray], basis: list[np.ndarray],
                   matrix: bool) -> None:
    b = np.column_stack(basis)
    q, _ = np.linalg.qr(b)
    rank = np.linalg.matrix_rank(b)
    q = q[:, :rank]
    reach = max(max(np.abs(t).max() for t in targets), 1.0) * 1.2
    if rank >= 2:
        s = np.linspace(-reach, reach, 2)
        uu, vv = np.meshgrid(s, s)
        plane = q[:, 0, None, None] * uu + q[:, 1, None, None] * vv
        ax.plot_surface(plane[0], plane[1], plane[2], color=GREY, alpha=0.25, linewidth=0)
    else:
        line = np.outer([-reach, reach], q[:, 0])
        ax.plot(line[:, 0], line[:, 1], line[:, 2], color=GREY, linewidth=2.5)
    colours = (BLUE, GREEN, PURPLE)
    for k, t in enumerate(targets):
        p = project(t, basis)
        c = colours[k % 3]
        name = f"e{'₁₂₃'[k]}" if matrix else "x"
        ax.quiver(0, 0, 0, *t, color=c, linewidth=3.5, arrow_length_ratio=0.12)
        ax.quiver(0, 0, 0, *p, color=ORANGE if not matrix else c, linewidth=5,
                  arrow_length_ratio=0.12)
        ax.plot(*zip(t, p, strict=True), color=VERMILLION, linewidth=2.5, linestyle="--")
        ax.plot([], [], color=c, linewidth=4, label=f"{name} = {_label(t)}")
        ax.plot([], [], color=ORANGE if not matrix else c, linewidth=5,
                label=f"π({name}) = {_label(p)}")
    ax.plot([], [], color=VERMILLION, linewidth=2.5, linestyle="--",
            label="x − π(x): at 90° to it")
    for setter in (ax.set_xlim, ax.set_ylim, ax.set_zlim):
        setter(-reach, reach)
    ax.set_xlabel("x", labelpad=12)
    ax.set_ylabel("y", labelpad=12)
    ax.set_zlabel("z", labelpad=12)
    if rank >= 2:  # look at the plane from the side its normal points to, obliquely
        n = np.cross(q[:, 0], q[:, 1])
        n = n if n[2] >= 0 else -n
        azim = float(np.degrees(np.arctan2(n[1], n[0]))) + 35
        elev = 20 + 0.5 * float(np.degrees(np.arcsin(min(1.0, abs(n[2])))))
        ax.view_init(elev=elev, azim=azim)
    else:
        ax.view_init(elev=22, azim=-58)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, 0.02), ncols=2, frameon=False,
              fontsize=16)


# ------------------------------------------------------------------------------- Gram–Schmidt
def gram_schmidt_steps(vs: list[np.ndarray]) -> list[tuple[np.ndarray, np.ndarray]]:
    """(part of vₖ along the earlier e's, eₖ) for each independent vₖ, in order."""
    es: list[np.ndarray] = []
    steps = []
    for v in vs:
        along = sum((np.dot(v, e) * e for e in es), np.zeros_like(v))
        u = v - along
        n = np.linalg.norm(u)
        if n < 1e-9:
            continue
        es.append(u / n)
        steps.append((along, u / n))
    return steps


def plot_gram_schmidt(vectors: Sequence[sp.MatrixBase | Sequence[float]]) -> bytes:
    """The vectors vₖ (thin), each one's part along the earlier directions (dotted), and the
    orthonormal eₖ (thick), in 2-D or 3-D."""
    vs = _vectors(list(vectors))
    if vs is None or vs[0].size not in (2, 3) or len(vs) > 3:
        return message_png("I draw Gram–Schmidt for two or three numeric vectors in 2-D or 3-D.")
    steps = gram_schmidt_steps(vs)
    if len(steps) < len(vs):
        return message_png("These vectors are dependent: one of them lies in the span of the "
                           "others, so Gram–Schmidt finds fewer directions.")
    dim = vs[0].size
    colours = (BLUE, VERMILLION, GREEN)
    with style():
        fig = new_figure(height_px=950)
        reach = max(max(np.abs(v).max() for v in vs), 1.0) * 1.25
        if dim == 2:
            ax = fig.add_subplot()
            for k, (v, (along, e)) in enumerate(zip(vs, steps, strict=True)):
                c = colours[k]
                _arrow(ax, v, np.zeros(2), c, lw=2.5)
                if k:
                    ax.plot([along[0], v[0]], [along[1], v[1]], color=c, linestyle=":",
                            linewidth=2.5)
                    _arrow(ax, along, np.zeros(2), GREY, lw=2.5)
                    _right_angle(ax, along, -along if np.linalg.norm(along) > 1e-9 else e,
                                 v - along, 0.05 * reach)
                _arrow(ax, e, np.zeros(2), c, lw=6)
                ax.plot([], [], color=c, linewidth=2.5, label=f"v{'₁₂₃'[k]} = {_label(v)}")
                ax.plot([], [], color=c, linewidth=6, label=f"e{'₁₂₃'[k]} = {_label(e)}")
            ax.plot([], [], color=GREY, linewidth=2.5, label="part of v₂ along e₁ (removed)")
            _frame(ax, [*vs, *(e for _, e in steps)])
            ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), ncols=2, frameon=False,
                      fontsize=17)
        else:
            ax = fig.add_subplot(projection="3d")
            for k, (v, (_along, e)) in enumerate(zip(vs, steps, strict=True)):
                c = colours[k]
                ax.quiver(0, 0, 0, *v, color=c, linewidth=2, arrow_length_ratio=0.08,
                          linestyle=":")
                ax.quiver(0, 0, 0, *e, color=c, linewidth=5, arrow_length_ratio=0.2)
                ax.plot([], [], color=c, linewidth=2, linestyle=":",
                        label=f"v{'₁₂₃'[k]} = {_label(v)}")
                ax.plot([], [], color=c, linewidth=5, label=f"e{'₁₂₃'[k]} = {_label(e)}")
            for setter in (ax.set_xlim, ax.set_ylim, ax.set_zlim):
                setter(-reach, reach)
            ax.view_init(elev=22, azim=-58)
            ax.legend(loc="upper center", bbox_to_anchor=(0.5, 0.02), ncols=2, frameon=False,
                      fontsize=16)
        fit_title(fig, "Gram–Schmidt: subtract the part along earlier e's, then normalise")
        return to_png(fig)


# ------------------------------------------------------------------------------- choosing
def projection_picture(problem: Problem) -> tuple | None:
    """(render, caption) callables for a ``projection`` or ``gram_schmidt`` problem, or None.

    ``choose.py`` wraps them in its ``_Choice``; nothing is drawn until ``render()``.
    """
    vectors = list(problem.vectors)
    if problem.kind == "gram_schmidt":
        vs = _vectors(vectors)
        if vs is None or vs[0].size not in (2, 3) or not 2 <= len(vs) <= 3:
            return None
        if vs[0].size == 3:
            caption = ("Dotted arrows: the vectors v₁, v₂, … in order. Thick arrows of the same "
                       "colour: e₁, e₂, …, each vₖ minus its parts along the earlier e's, scaled "
                       "to length 1. The e's are at right angles to each other.")
        else:
            caption = ("Thin arrows: the vectors v₁, v₂ in order. Thick arrows: e₁ (v₁ scaled to "
                       "length 1) and e₂, what is left of v₂ after removing its part along e₁ "
                       "(grey), scaled to length 1. The dotted line meets e₁'s direction at a "
                       "right angle.")
        return (lambda: plot_gram_schmidt(vectors), lambda: caption)
    if problem.kind != "projection":
        return None
    if problem.matrices:
        m = problem.matrices[0]
        basis = [m[:, j] for j in range(m.cols)]
    else:
        basis = vectors[1:] if not problem.options.get("matrix") else vectors
    x = None if problem.options.get("matrix") else (vectors[0] if vectors else None)
    vs = _vectors(basis)
    if vs is None or vs[0].size not in (2, 3) or (x is not None and _vector(x) is None):
        return None
    if not 0 < np.linalg.matrix_rank(np.column_stack(vs)) < vs[0].size:
        return None  # onto the whole space (π(x) = x) or onto nothing: no shadow to draw
    if x is None and not problem.options.get("matrix"):
        return None
    caption = (
        "Blue: x. Orange: its projection π(x), the closest point of the line (or plane) to x. "
        "The dashed red residual x − π(x) meets the line at a right angle: that is what makes "
        "π(x) the closest point.") if x is not None else (
        "Each standard basis vector and its shadow on the line (or plane): the shadows are the "
        "columns of the projection matrix P. The dashed residuals are at right angles to it.")
    return (lambda: plot_projection(x, basis), lambda: caption)
