"""A matrix as a linear map: the unit grid and square (2x2) or cube (3x3), before and after."""

from __future__ import annotations

import logging

import numpy as np
import sympy as sp
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

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

GRID_LINES = 5  # integer grid lines from -5 to 5


def _numeric(matrix: sp.MatrixBase) -> np.ndarray | None:
    values = [as_float(e) for e in matrix]
    if any(v is None for v in values):
        return None
    return np.array(values, dtype=float).reshape(matrix.rows, matrix.cols)


def real_eigenvectors(matrix: sp.MatrixBase) -> list[tuple[float, np.ndarray]]:
    """(eigenvalue, unit eigenvector) pairs with real eigenvalues, from SymPy's exact answer."""
    pairs = []
    for value, _mult, vectors in sp.Matrix(matrix).eigenvects():
        lam = as_float(value)
        if lam is None:
            continue
        for v in vectors:
            vec = np.array([as_float(c) or 0.0 for c in v], dtype=float)
            norm = np.linalg.norm(vec)
            if norm > 0:
                pairs.append((lam, vec / norm))
    return pairs


def _text_matrix(matrix: sp.MatrixBase) -> str:
    rows = ["  ".join(short_number(as_float(e) or 0.0) for e in matrix.row(i))
            for i in range(matrix.rows)]
    return "[" + "; ".join(rows) + "]"


def plot_linear_map(matrix: sp.MatrixBase) -> bytes:
    """2x2: the grid and unit square before/after, det as area, eigenvectors; 3x3: the cube."""
    matrix = sp.Matrix(matrix)
    shape = (matrix.rows, matrix.cols)
    if shape not in ((2, 2), (3, 3)):
        return message_png(f"I draw 2x2 and 3x3 matrices as maps; this one is "
                           f"{shape[0]}x{shape[1]}.")
    a = _numeric(matrix)
    if a is None:
        return message_png("I can draw a matrix as a map only when every entry is a number.")
    try:
        pairs = real_eigenvectors(matrix)
    except Exception:  # the map is still worth drawing
        logger.info("eigenvectors failed for %s", matrix, exc_info=True)
        pairs = []
    det = as_float(matrix.det())
    det = float(np.linalg.det(a)) if det is None else det
    with style():
        if shape == (2, 2):
            fig = new_figure(height_px=1000)
            _plane(fig, a, det, pairs)
        else:
            fig = new_figure(height_px=950)
            _space(fig, a, det)
        fit_title(fig, f"A = {_text_matrix(matrix)}     det A = {short_number(det)}")
        return to_png(fig)


def _plane(fig: Figure, a: np.ndarray, det: float, pairs) -> None:
    ax = fig.add_subplot()
    square = np.array([[0, 1, 1, 0, 0], [0, 0, 1, 1, 0]], dtype=float)
    moved = a @ square
    reach = max(2.0, float(np.abs(np.hstack([moved, square])).max()) * 1.35)
    n = min(int(np.ceil(reach)) + 1, 40)
    ts = np.linspace(-4 * n, 4 * n, 2)
    before, after, axes_after = [], [], []
    for k in range(-n, n + 1):
        for line in (np.array([ts, [k, k]]), np.array([[k, k], ts])):
            before.append(line.T)
            (after if k else axes_after).append((a @ line).T)
    ax.add_collection(LineCollection(before, colors="#d0d0d0", linewidths=1.2, zorder=1))
    ax.add_collection(LineCollection(after, colors="#9ecae1", linewidths=1.6, zorder=2))
    ax.add_collection(LineCollection(axes_after, colors=BLUE, linewidths=2.2, zorder=2))
    ax.fill(*square, facecolor="none", edgecolor=GREY, linewidth=2.5, linestyle="--",
            hatch="//", zorder=3, label="unit square (area 1)")
    ax.fill(*moved, facecolor=ORANGE, alpha=0.45, edgecolor=ORANGE, linewidth=3, zorder=4,
            label=f"its image (area |det A| = {short_number(abs(det))})")
    for col, colour, name in ((0, VERMILLION, "Ae₁"), (1, GREEN, "Ae₂")):
        ax.annotate("", xy=a[:, col], xytext=(0, 0), zorder=6,
                    arrowprops={"arrowstyle": "-|>,head_width=0.5,head_length=0.9",
                                "color": colour, "lw": 3.5})
        ax.annotate(name, xy=a[:, col], textcoords="offset points",
                    xytext=_label_offset(a[:, col], a[:, 1 - col]), ha="center", va="center",
                    color=colour, fontsize=22, fontweight="bold", zorder=8,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none",
                          "alpha": 0.85})
    for i, (lam, vec) in enumerate(pairs[:2]):
        ends = np.outer(vec, [-reach * 2, reach * 2])
        ax.plot(*ends, color=(PURPLE, BLACK)[i], linestyle=((0, (6, 4)), ":")[i],
                linewidth=2.8, zorder=5, label=f"eigenvector, λ = {short_number(lam)}")
    if not pairs:
        ax.text(0.02, 0.02, "no real eigenvectors: every direction turns", fontsize=17,
                transform=ax.transAxes, bbox={"fc": "white", "ec": "none", "alpha": 0.85})
    if abs(det) < 1e-12:
        ax.text(0.02, 0.09, "det A = 0: the plane is squashed onto a line", fontsize=17,
                transform=ax.transAxes, bbox={"fc": "white", "ec": "none", "alpha": 0.85})
    ax.set_xlim(-reach, reach)
    ax.set_ylim(-reach, reach)
    ax.set_aspect("equal")
    ax.grid(False)
    ax.axhline(0, color=BLACK, linewidth=1)
    ax.axvline(0, color=BLACK, linewidth=1)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.06), ncols=1, frameon=False)


def _label_offset(tip: np.ndarray, other: np.ndarray, points: float = 22.0) -> tuple:
    """Where a column's label goes (offset points from its arrow's tip): out past the tip and
    to the side away from the other column, so it sits off the image square and the arrows."""
    length = float(np.hypot(*tip))
    if length < 1e-12:
        return (points * 0.7, points * 0.7)
    along = tip / length
    side = np.array([-along[1], along[0]])
    if float(side @ other) > 0:  # the image square lies on this side: go the other way
        side = -side
    step = 0.6 * along + 0.8 * side
    return (float(step[0] * points), float(step[1] * points))


def _space(fig: Figure, a: np.ndarray, det: float) -> None:
    from mpl_toolkits.mplot3d.art3d import Poly3DCollection

    ax = fig.add_subplot(projection="3d")
    corners = np.array([[i, j, k] for i in (0, 1) for j in (0, 1) for k in (0, 1)], dtype=float)
    faces = [[0, 1, 3, 2], [4, 5, 7, 6], [0, 1, 5, 4], [2, 3, 7, 6], [0, 2, 6, 4],
             [1, 3, 7, 5]]
    moved = corners @ a.T
    ax.add_collection3d(Poly3DCollection([corners[f] for f in faces], facecolor="none",
                                         edgecolor=GREY, linewidths=2, linestyles="--"))
    ax.add_collection3d(Poly3DCollection([moved[f] for f in faces], facecolor=ORANGE,
                                         alpha=0.3, edgecolor=VERMILLION, linewidths=2))
    for col, colour, name in ((0, VERMILLION, "Ae₁"), (1, GREEN, "Ae₂"), (2, BLUE, "Ae₃")):
        ax.quiver(0, 0, 0, *a[:, col], color=colour, linewidth=3.5, arrow_length_ratio=0.12)
        ax.text(*(a[:, col] * 1.08), name, color=colour, fontsize=20, fontweight="bold",
                zorder=10, bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none",
                                 "alpha": 0.85})
    pts = np.vstack([corners, moved])
    lo, hi = pts.min(axis=0), pts.max(axis=0)
    mid, half = (lo + hi) / 2, max(float((hi - lo).max()) / 2, 1.0)
    ax.set_xlim(mid[0] - half, mid[0] + half)
    ax.set_ylim(mid[1] - half, mid[1] + half)
    ax.set_zlim(mid[2] - half, mid[2] + half)
    ax.set_box_aspect((1, 1, 1))
    ax.tick_params(labelsize=14)
    ax.view_init(elev=22, azim=-55)
    for axis in (ax.xaxis, ax.yaxis, ax.zaxis):
        axis.set_major_locator(MaxNLocator(4))
    ax.set_title(f"grey: unit cube (volume 1)\norange: its image "
                 f"(volume |det A| = {short_number(abs(det))})", fontsize=19)
