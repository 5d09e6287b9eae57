"""PCA: the data, its mean, the principal axes scaled by their standard deviation, PC1 projection.

The covariance is ÷ n (the course's), or ÷ n − 1 for a sample covariance (``sample=True``), as
in the PCA solver's working, so the σ on the picture match the numbers in the solution.
"""

from __future__ import annotations

import logging

import numpy as np
import sympy as sp
from matplotlib.axes import Axes
from matplotlib.patches import Ellipse

from ._numeric import as_float
from ._style import (
    BLACK,
    BLUE,
    GREEN,
    GREY,
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


def principal_axes(data: np.ndarray, sample: bool = False
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(mean, variances descending, unit axes as columns) of the rows of ``data`` (÷ n, or
    ÷ n − 1 with ``sample``)."""
    mean = data.mean(axis=0)
    centred = data - mean
    cov = centred.T @ centred / max(data.shape[0] - (1 if sample else 0), 1)
    values, vectors = np.linalg.eigh(cov)
    order = np.argsort(values)[::-1]
    values, vectors = np.clip(values[order], 0.0, None), vectors[:, order]
    for j in range(vectors.shape[1]):  # a fixed sign: the largest entry positive
        if vectors[np.argmax(np.abs(vectors[:, j])), j] < 0:
            vectors[:, j] *= -1
    return mean, values, vectors


def _to_array(data: sp.MatrixBase | np.ndarray | list) -> np.ndarray | None:
    if isinstance(data, sp.MatrixBase):
        values = [as_float(e) for e in data]
        if any(v is None for v in values):
            return None
        return np.array(values, dtype=float).reshape(data.rows, data.cols)
    try:
        arr = np.asarray(data, dtype=float)
    except (TypeError, ValueError):
        return None
    if arr.ndim == 1:
        arr = arr[:, None]
    return arr if arr.ndim == 2 and np.isfinite(arr).all() else None


def plot_pca(data: sp.MatrixBase | np.ndarray | list, *, covariance: bool = False,
             sample: bool = False) -> bytes:
    """Scatter (rows are points) or, for a covariance matrix, its 1σ and 2σ ellipses."""
    arr = _to_array(data)
    if arr is None or arr.size == 0:
        return message_png("I can draw PCA only for numeric data.")
    if covariance:
        return _covariance_plot(arr)
    n, d = arr.shape
    if n < 2:
        return message_png("PCA needs at least two data points.")
    if d > 3 or d < 1:
        return message_png(f"I draw PCA for 1-, 2- or 3-dimensional data; these points have "
                           f"{d} coordinates.")
    if d == 1:
        arr = np.hstack([arr, np.zeros_like(arr)])
    elif d == 3:
        mean, _, axes = principal_axes(arr, sample)
        arr = (arr - mean) @ axes[:, :2]  # the plane of the first two components
    mean, variances, axes = principal_axes(arr, sample)
    std = np.sqrt(variances)
    total = variances.sum()
    with style():
        fig = new_figure(height_px=950)
        ax = fig.add_subplot()
        _scatter_with_axes(ax, arr, mean, std, axes)
        if d == 3:
            ax.set_xlabel("PC1 coordinate")
            ax.set_ylabel("PC2 coordinate")
        else:
            ax.set_xlabel("$x_1$")
            ax.set_ylabel("$x_2$" if d == 2 else "")
        share = 100 * variances[0] / total if total > 0 else 100.0
        fit_title(fig, f"PCA of {n} points: PC1 keeps {share:.1f}% of the variance")
        return to_png(fig)


def _scatter_with_axes(ax: Axes, arr: np.ndarray, mean: np.ndarray, std: np.ndarray,
                       axes: np.ndarray) -> None:
    pc1 = axes[:, 0]
    proj = mean + np.outer((arr - mean) @ pc1, pc1)
    for p, q in zip(arr, proj, strict=True):
        ax.plot([p[0], q[0]], [p[1], q[1]], color=GREY, linewidth=1.2, zorder=1)
    ax.scatter(arr[:, 0], arr[:, 1], s=170, color=BLUE, edgecolors="white", zorder=3,
               label="data")
    ax.scatter(proj[:, 0], proj[:, 1], s=110, marker="D", color=ORANGE, edgecolors=BLACK,
               linewidths=0.8, zorder=4, label="projection onto PC1")
    spread = max(float(np.ptp(arr, axis=0).max()), 1e-9)
    line = np.outer([-spread, spread], pc1) + mean
    ax.plot(line[:, 0], line[:, 1], color=ORANGE, linewidth=1.8, linestyle="--", zorder=2)
    for j, colour in ((0, VERMILLION), (1, GREEN)):
        tip = mean + std[j] * axes[:, j]
        if std[j] > 1e-12:
            ax.annotate("", xy=tip, xytext=mean, zorder=6,
                        arrowprops={"arrowstyle": "-|>,head_width=0.5,head_length=0.9",
                                    "color": colour, "lw": 4})
        ax.plot([], [], color=colour, linewidth=4,
                label=f"PC{j + 1}: σ = {short_number(std[j])}")
    ax.scatter([mean[0]], [mean[1]], s=260, marker="P", color=BLACK, zorder=7, label="mean")
    centre = (arr.min(axis=0) + arr.max(axis=0)) / 2
    half = 0.6 * spread
    ax.set_xlim(centre[0] - half, centre[0] + half)
    ax.set_ylim(centre[1] - half, centre[1] + half)
    ax.set_aspect("equal", adjustable="box")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncols=2, frameon=False)


def _covariance_plot(cov: np.ndarray) -> bytes:
    if cov.shape != (2, 2) or not np.allclose(cov, cov.T):
        return message_png("I draw a covariance matrix when it is 2x2 and symmetric.")
    values, vectors = np.linalg.eigh(cov)
    if values.min() < -1e-12:
        return message_png("This is not a covariance matrix: it has a negative eigenvalue.")
    order = np.argsort(values)[::-1]
    values, vectors = np.clip(values[order], 0.0, None), vectors[:, order]
    std = np.sqrt(values)
    angle = float(np.degrees(np.arctan2(vectors[1, 0], vectors[0, 0])))
    with style():
        fig = new_figure(height_px=950)
        ax = fig.add_subplot()
        for k, style_ in ((1, "-"), (2, "--")):
            ax.add_patch(Ellipse((0, 0), 2 * k * std[0], 2 * k * std[1], angle=angle,
                                 fill=False, edgecolor=BLUE, linewidth=2.5, linestyle=style_,
                                 label=f"{k}σ"))
        for j, colour in ((0, VERMILLION), (1, GREEN)):
            tip = std[j] * vectors[:, j]
            ax.annotate("", xy=tip, xytext=(0, 0),
                        arrowprops={"arrowstyle": "-|>,head_width=0.5,head_length=0.9",
                                    "color": colour, "lw": 4})
            ax.plot([], [], color=colour, linewidth=4,
                    label=f"PC{j + 1}: σ = {short_number(std[j])}")
        reach = 2.3 * max(std[0], 1e-9)
        ax.set_xlim(-reach, reach)
        ax.set_ylim(-reach, reach)
        ax.set_aspect("equal")
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncols=2, frameon=False)
        share = 100 * values[0] / values.sum() if values.sum() > 0 else 100.0
        fit_title(fig, f"Covariance ellipses: PC1 keeps {share:.1f}% of the variance")
        return to_png(fig)
