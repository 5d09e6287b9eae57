"""Plots that explain, as PNG bytes (matplotlib figures on the Agg canvas, no pyplot state).

A map of the package:

- ``plot_for(problem)`` / ``can_plot(problem)``: the right picture for a parsed ``Problem``
  (``choose.py``), returned as a ``Plot`` with a caption saying what to look at.
- ``plot_function``, ``plot_taylor``: one variable (``function.py``).
- ``plot_surface_contour``: f(x, y) as contours, ∇f arrows, critical points (``surface.py``).
- ``plot_linear_map``: a 2x2 or 3x3 matrix as a map (``linear_map.py``).
- ``plot_pca``: data, mean, principal axes, projection onto PC1 (``pca.py``).
- ``plot_descent``: gradient descent and Newton iterates (``descent.py``).
- ``plot_progress``, ``render_formula``: mastery bars and typeset formulas (``misc.py``).

Usage::

    from solver.plots import plot_for
    plot = plot_for(problem)
    if plot is not None:
        Path("plot.png").write_bytes(plot.png)
"""

from __future__ import annotations

from .choose import Plot, can_plot, plot_for
from .descent import plot_descent
from .function import plot_function, plot_taylor
from .linear_map import plot_linear_map
from .misc import plot_progress, render_formula
from .pca import plot_pca
from .surface import plot_surface_contour

__all__ = [
    "Plot",
    "can_plot",
    "plot_descent",
    "plot_for",
    "plot_function",
    "plot_linear_map",
    "plot_pca",
    "plot_progress",
    "plot_surface_contour",
    "plot_taylor",
    "render_formula",
]
