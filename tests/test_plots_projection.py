"""Lesson pictures: projections, Gram–Schmidt (la-w2, la-w4, pca-w3) and Lagrange (calc-w5)."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

from solver import solve
from solver.parsing import parse
from solver.plots import can_plot, plot_for
from solver.plots.projection import gram_schmidt_steps, project

PNG = b"\x89PNG"


@pytest.mark.parametrize("text, kind", [
    ("projection of [2,1] onto [1,1]", "projection"),
    ("project [3,1,4] onto the plane spanned by [1,1,0] and [0,0,1]", "projection"),
    ("projection matrix onto [1,2]", "projection"),
    ("gram schmidt [2,1],[1,2]", "gram_schmidt"),
    ("gram schmidt [1,1,0],[1,0,1],[0,1,1]", "gram_schmidt"),
])
def test_projection_pictures_render_small(text: str, kind: str) -> None:
    plot = plot_for(parse(text))
    assert plot is not None and plot.kind == kind
    assert plot.png.startswith(PNG) and len(plot.png) < 200_000
    assert ("right angle" in plot.caption or "right angles" in plot.caption)
    assert len(plot.caption) <= 1024


def test_no_picture_in_four_dimensions() -> None:
    assert not can_plot(parse("projection of [1,2,3,4] onto [1,0,0,0]"))
    assert not can_plot(parse("gram schmidt [1,0,0,0],[1,1,0,0]"))


@pytest.mark.parametrize("text", [
    "projection of [2,1] onto [1,1]",
    "project [3,1,4] onto the plane spanned by [1,1,0] and [0,0,1]",
])
def test_the_drawn_shadow_is_the_solvers_projection(text: str) -> None:
    problem = parse(text)
    x, *basis = [np.array([float(c) for c in v]) for v in problem.vectors]
    exact = np.array([float(c) for c in solve(text).answer], dtype=float)
    assert np.allclose(project(x, basis), exact)
    assert np.isclose(np.dot(x - exact, basis[0]), 0)  # the residual is at a right angle


def test_gram_schmidt_steps_match_the_solver() -> None:
    vs = [np.array([2.0, 1.0]), np.array([1.0, 2.0])]
    es = [e for _, e in gram_schmidt_steps(vs)]
    exact = [np.array([float(c) for c in v]) for v in solve("gram schmidt [2,1],[1,2]").answer]
    assert all(np.allclose(e, x) for e, x in zip(es, exact, strict=True))
    assert np.isclose(np.dot(*es), 0) and np.allclose([np.linalg.norm(e) for e in es], 1)


def test_dependent_vectors_get_a_message_not_a_wrong_picture() -> None:
    assert len(gram_schmidt_steps([np.array([1.0, 2.0]), np.array([2.0, 4.0])])) == 1
    plot = plot_for(parse("gram schmidt [1,2],[2,4]"))
    assert plot is None or plot.png.startswith(PNG)


# ------------------------------------------------------------------ Lagrange tangency (calc-w5)
def test_a_lagrangian_is_split_into_f_and_the_constraint() -> None:
    from solver.plots.lagrange import split_lagrangian

    f, g, x, y, lam = split_lagrangian(parse("critical points of x + y - l*(x^2 + y^2 - 2)"))
    assert (x.name, y.name, lam.name) == ("x", "y", "l")
    assert sp.simplify(f - (x + y)) == 0 and sp.simplify(g - (x**2 + y**2 - 2)) == 0
    assert split_lagrangian(parse("critical points of x*y*l")) is None  # f would be 0
    assert split_lagrangian(parse("critical points of x^2 - y^2")) is None  # two variables
    assert split_lagrangian(parse("critical points of x + y - l^2*(x^2 + y^2 - 2)")) is None


def test_tangency_points_are_the_solvers_critical_points() -> None:
    from solver.plots.lagrange import split_lagrangian, tangency_points

    text = "critical points of x + y - l*(x^2 + y^2 - 2)"
    points = sorted(tangency_points(*split_lagrangian(parse(text))))
    assert np.allclose(points, [(-1, -1, -0.5, -2), (1, 1, 0.5, 2)])
    named = [{str(k): v for k, v in d.items()} for d in solve(text).answer]
    exact = sorted((float(d["x"]), float(d["y"])) for d in named)
    assert np.allclose([p[:2] for p in points], exact)


@pytest.mark.parametrize("text", [
    "critical points of x + y - l*(x^2 + y^2 - 2)",
    "critical points of x*y - lambda*(x + y - 20)",
    "critical points of 2a^2 + 2a*b + 2b^2 - l*(a^2 + b^2 - 1)",
])
def test_lagrange_pictures_render_small(text: str) -> None:
    plot = plot_for(parse(text))
    assert plot is not None and plot.kind == "lagrange"
    assert plot.png.startswith(PNG) and len(plot.png) < 200_000
    assert "∇f = λ∇g" in plot.caption


def test_plain_critical_points_keep_the_surface_picture() -> None:
    plot = plot_for(parse("critical points of x^2 - y^2"))
    assert plot is not None and plot.kind == "surface"
    assert not can_plot(parse("critical points of x*y*l"))


def test_no_projection_picture_onto_the_whole_space() -> None:
    assert not can_plot(parse("project [1,2] onto the plane spanned by [1,0] and [0,1]"))
    plot = plot_for(parse("project [1,2] onto [1,1] and [2,2]"))  # one line, spanned twice
    assert plot is not None and plot.kind == "projection"
