"""Plots: valid, small, phone-sized, non-blank, deterministic PNGs; robust input; checked math."""

from __future__ import annotations

import io
import itertools
import subprocess
import sys

import numpy as np
import pytest
import sympy as sp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

import solver.plots as plots
from solver import Problem, parse, solve_problem
from solver.plots import (
    Plot,
    can_plot,
    plot_descent,
    plot_for,
    plot_function,
    plot_linear_map,
    plot_pca,
    plot_progress,
    plot_surface_contour,
    plot_taylor,
    render_formula,
)
from solver.plots._numeric import auto_ylim, break_jumps, compile_fn
from solver.plots._style import WIDTH_PX
from solver.plots.descent import descent_path
from solver.plots.function import taylor_polynomial
from solver.plots.linear_map import real_eigenvectors
from solver.plots.pca import principal_axes
from solver.plots.surface import find_critical_points

x, y, z, a = sp.symbols("x y z a")
M = sp.Matrix
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def check_png(data: bytes, min_variance: float = 100.0,
              width: int | None = WIDTH_PX) -> Image.Image:
    """A real PNG under 200 KB, the plots' width (720 px), with something drawn on it."""
    assert data[:8] == PNG_SIGNATURE
    assert len(data) < 200_000, len(data)
    image = Image.open(io.BytesIO(data))
    image.load()
    if width is not None:
        assert abs(image.width - width) <= 20, image.size
    grey = np.asarray(image.convert("L"), dtype=float)
    assert grey.var() > min_variance, "the image is (nearly) blank"
    assert grey.mean() > 120, "the background should be white"
    return image


# ------------------------------------------------------------------ one plot per kind
KINDS = {
    "function": lambda: plot_function(x**3 - 3 * x, x),
    "derivative": lambda: plot_function(sp.sin(x) * x, x, derivatives=2, tangent_at=1),
    "surface": lambda: plot_surface_contour(x**3 - 3 * x + y**2, x, y),
    "surface_3d": lambda: plot_surface_contour(sp.exp(-x**2 - y**2), x, y, surface=True),
    "linear_map_2x2": lambda: plot_linear_map(M([[2, 1], [1, 2]])),
    "linear_map_3x3": lambda: plot_linear_map(M([[1, 1, 0], [0, 2, 0], [0, 0, 1]])),
    "pca": lambda: plot_pca(M([[1, 2], [2, 3], [3, 5], [4, 4], [5, 7]])),
    "pca_covariance": lambda: plot_pca(M([[3, 1], [1, 2]]), covariance=True),
    "descent_1d": lambda: plot_descent(x**2 - 4 * x, [x], [0], lr=0.3, steps=5),
    "descent_2d": lambda: plot_descent(x**2 + 3 * y**2, [x, y], {x: 3, y: 2}, lr=0.1),
    "newton": lambda: plot_descent(x**3 - 2 * x - 5, [x], [3], steps=3, method="newton"),
    "taylor": lambda: plot_taylor(sp.sin(x), x, 0, 5),
    "progress": lambda: plot_progress({"Vectors": 0.9, "Determinants": 0.5, "PCA": 0.1}),
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_kind_is_a_valid_non_blank_phone_png(kind: str) -> None:
    check_png(KINDS[kind]())


@pytest.mark.parametrize("kind", ["function", "surface", "linear_map_2x2", "pca", "descent_2d",
                                  "taylor", "progress"])
def test_output_is_deterministic(kind: str) -> None:
    assert KINDS[kind]() == KINDS[kind]()


def test_formula_is_a_small_png() -> None:
    data = render_formula(r"$A^{-1} = \dfrac{1}{ad - bc}\begin{bmatrix}d\end{bmatrix}$")
    image = check_png(data, width=None)  # not valid mathtext: falls back to plain text
    good = check_png(render_formula(r"\dfrac{\partial f}{\partial x} = 2x"), width=None)
    assert 50 < good.width < 1000 and 40 < good.height < 300
    assert image.width > 50


# ------------------------------------------------------------- readable on a phone
PHONE_PX = 300  # how wide a phone shows a photo in a chat bubble (benchmarks/render_replies.py)


def _ink_height(image: Image.Image) -> int:
    grey = np.asarray(image.convert("L"))
    rows = np.nonzero((grey < 128).any(axis=1))[0]
    return int(rows[-1] - rows[0] + 1) if len(rows) else 0


def test_formula_images_are_read_at_bubble_width() -> None:
    """Every lesson formula fills the bubble (800 px wide) and its glyphs are at least ~12 px
    tall on the phone (a 190x75 px thumbnail before)."""
    from content import load_curriculum

    formulas = [r.snippet.formula for r in load_curriculum().snippets() if r.snippet.formula]
    assert formulas
    for f in formulas:
        image = check_png(render_formula(f), width=800)
        assert _ink_height(image) * PHONE_PX / image.width >= 12, (f, image.size)
    short = check_png(render_formula(r"A\mathbf{v} = \lambda\mathbf{v}"), width=800)
    assert _ink_height(short) * PHONE_PX / short.width >= 18  # short ones stay big


def test_tick_labels_are_readable_at_phone_width() -> None:
    """Figure text measured on the canvas, scaled to a 300 px wide photo: at least 9 px."""
    from solver.plots._style import new_figure, style

    with style():
        fig = new_figure()
        ax = fig.add_subplot()
        ax.plot([0, 1], [0, 1])
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        heights = [t.get_window_extent(renderer).height for t in ax.get_xticklabels()
                   if t.get_text()]
    assert heights and min(heights) * PHONE_PX / fig.bbox.width >= 9, heights


@pytest.mark.parametrize("matrix", [[[2, 1], [1, 3]], [[3, 0], [0, -2]], [[0, -1], [1, 0]],
                                    [[1, 2], [2, 4]], [[-1, 2], [3, 1]]])
def test_column_labels_sit_off_the_image_square(matrix) -> None:
    """Ae1/Ae2 go past their arrow's tip, on the side away from the other column (they
    overlapped the orange square before)."""
    from solver.plots.linear_map import _label_offset

    a = np.array(matrix, dtype=float)
    for col in (0, 1):
        tip, other = a[:, col], a[:, 1 - col]
        off = np.array(_label_offset(tip, other))
        assert off @ tip > 0  # beyond the tip
        side = np.array([-tip[1], tip[0]])
        assert (off @ side) * (other @ side) <= 0  # not towards the square


def test_public_names_are_pinned() -> None:
    assert sorted(plots.__all__) == sorted([
        "Plot", "can_plot", "plot_descent", "plot_for", "plot_function", "plot_linear_map",
        "plot_pca", "plot_progress", "plot_surface_contour", "plot_taylor", "render_formula",
    ])


def test_no_pyplot_global_state() -> None:
    code = ("import sys, sympy as sp; from solver.plots import plot_function, plot_linear_map;"
            "x = sp.Symbol('x'); plot_function(x**2, x);"
            "plot_linear_map(sp.eye(3));"
            "assert 'matplotlib.pyplot' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


# ------------------------------------------------------------------------- robustness
ROBUST = {
    "pole": 1 / x,
    "tan": sp.tan(x),
    "double_pole": 1 / (x**2 - 1),
    "complex_half": sp.sqrt(x),
    "complex_everywhere": sp.sqrt(-x**2 - 1),
    "imaginary_unit": sp.I * x,
    "log": sp.log(x),
    "constant": sp.Integer(7),
    "zero": sp.Integer(0),
    "huge": sp.exp(x**2),
    "huge_power": x**50,
    "tiny": sp.Float(1e-12) * x,
    "nan_source": sp.sin(x) / x,
    "gamma": sp.gamma(x),
    "piecewise": sp.Piecewise((x, x > 0), (-1, True)),
    "floor": sp.floor(x),
    "abs": sp.Abs(x),
    "asin": sp.asin(x),
    "zoo": sp.zoo * x,
}


@pytest.mark.parametrize("name", sorted(ROBUST))
def test_function_plot_never_crashes_nor_is_empty(name: str) -> None:
    check_png(plot_function(ROBUST[name], x, derivatives=1, tangent_at=0))


@pytest.mark.parametrize("expr", [1 / (x * y), sp.sqrt(-x**2 - y**2 - 1), sp.log(x * y),
                                  sp.Integer(3) + 0 * x, x**2, sp.tan(x + y)])
def test_surface_plot_never_crashes(expr: sp.Expr) -> None:
    check_png(plot_surface_contour(expr, x, y))


def test_extra_symbols_give_a_message_not_a_crash() -> None:
    check_png(plot_function(a * x**2, x))
    check_png(plot_surface_contour(a * x * y, x, y))
    check_png(plot_taylor(a * x, x, 0, 2))
    check_png(plot_descent(a * x**2, [x], [1]))


def test_bad_matrices_and_data_give_messages() -> None:
    check_png(plot_linear_map(M([[a, 1], [0, 1]])))
    check_png(plot_linear_map(M([[1, 2, 3]])))
    check_png(plot_linear_map(sp.zeros(2, 2)))
    check_png(plot_pca(M([[1, 2]])))
    check_png(plot_pca(M([[1, a], [2, 3]])))
    check_png(plot_pca(M([[1, 2], [3, 4]]), covariance=True))  # not symmetric
    check_png(plot_pca(np.ones((4, 5))))
    check_png(plot_progress({}))
    check_png(plot_progress({"x" * 80: float("nan"), "y": 7}))


def test_descent_that_diverges_or_gets_stuck_still_draws() -> None:
    check_png(plot_descent(x**2 + 3 * y**2, [x, y], [3, 2], lr=0.5, steps=40))
    check_png(plot_descent(x**3, [x], [0], method="newton"))  # f′(0) = 0
    check_png(plot_descent(x**2, [x], [1], lr=1.1, steps=200))


def test_taylor_at_a_singular_point_gives_a_message() -> None:
    check_png(plot_taylor(sp.log(x), x, 0, 3))
    check_png(plot_taylor(sp.exp(x), x, sp.I, 3))


@settings(max_examples=10, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(-5, 5), min_size=1, max_size=4),
       st.lists(st.integers(-5, 5), min_size=1, max_size=3))
def test_rational_functions_always_plot(top: list[int], bottom: list[int]) -> None:
    num = sum(c * x**k for k, c in enumerate(top))
    den = sum(c * x**k for k, c in enumerate(bottom))
    expr = num / den if den != 0 else num
    check_png(plot_function(expr, x, derivatives=1), min_variance=10)


def test_poles_are_not_joined_by_vertical_lines() -> None:
    xs = np.linspace(-5, 5, 1001)
    ys = compile_fn(sp.tan(x), [x])(xs)
    ylim = auto_ylim([ys])
    assert ylim is not None and ylim[1] - ylim[0] < 40  # the bulk, not the pole's spikes
    _bx, by = break_jumps(xs, ys, ylim)
    lo, hi = ylim
    for p, q in itertools.pairwise(by):
        assert not ((p > hi and q < lo) or (p < lo and q > hi))
    assert np.isnan(by).sum() >= 3  # tan has poles at ±π/2 and ±3π/2 in [-5, 5]


def test_compile_keeps_real_values_of_complex_results() -> None:
    values = compile_fn(sp.sqrt(x), [x])(np.array([-4.0, 4.0]))
    assert np.isnan(values[0]) and values[1] == pytest.approx(2.0)
    values = compile_fn(sp.Integer(3), [x])(np.zeros(5))
    assert values.shape == (5,) and (values == 3).all()
    values = compile_fn(sp.gamma(x), [x])(np.array([0.5, 5.0]))
    assert values[1] == pytest.approx(24.0)


# --------------------------------------------------------- math, checked against SymPy
def test_critical_points_match_sympy() -> None:
    f = x**3 - 3 * x + y**2
    found = {(round(p.x, 9), round(p.y, 9)): p.kind for p in find_critical_points(f, x, y)}
    assert found == {(-1.0, 0.0): "saddle", (1.0, 0.0): "min"}
    f = (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2  # Himmelblau: solved numerically
    points = find_critical_points(f, x, y)
    grad = [sp.diff(f, v) for v in (x, y)]
    assert len(points) == 9
    for p in points:
        assert all(abs(float(g.subs({x: p.x, y: p.y}))) < 1e-6 for g in grad)
    assert sum(p.kind == "min" for p in points) == 4
    assert sum(p.kind == "max" for p in points) == 1
    kinds = {p.kind for p in find_critical_points(-(x**2) - y**2, x, y)}
    assert kinds == {"max"}


def test_descent_iterates_match_exact_computation() -> None:
    f = x**2 + 3 * y**2 - x * y
    path, status = descent_path(f, [x, y], [3, 2], lr=0.1, steps=4)
    point = {x: sp.Integer(3), y: sp.Integer(2)}
    lr = sp.Rational(1, 10)
    for row in path[1:]:
        point = {v: point[v] - lr * sp.diff(f, v).subs(point) for v in (x, y)}
        assert row == pytest.approx([float(point[x]), float(point[y])], rel=1e-12)
    assert status == "ok"
    path, _ = descent_path(x**3 - 2 * x - 5, [x], [2], steps=3, method="newton")
    value = sp.Integer(2)
    g = x**3 - 2 * x - 5
    for row in path[1:]:
        value = value - (g / sp.diff(g, x)).subs(x, value)
        assert row[0] == pytest.approx(float(value), rel=1e-12)


def test_taylor_polynomial_matches_series() -> None:
    for expr, about in ((sp.sin(x), 0), (sp.exp(x), 1), (sp.log(x), 1), (1 / (1 - x), 0)):
        ours = taylor_polynomial(expr, x, about, 4)
        series = sp.series(expr, x, about, 5).removeO()
        assert sp.simplify(ours - series) == 0


def test_pca_axes_match_sympy_eigenvectors() -> None:
    data = M([[1, 2], [2, 3], [3, 5], [4, 4], [5, 7]])
    _mean, variances, axes = principal_axes(np.array(data.tolist(), dtype=float))
    _m, sample_variances, _a = principal_axes(np.array(data.tolist(), dtype=float), True)
    assert sample_variances == pytest.approx(variances * 5 / 4)  # ÷ (n − 1) when asked
    centred = data - sp.ones(5, 1) * (sp.ones(1, 5) * data / 5)
    cov = centred.T * centred / 5  # ÷ n, the course's covariance (as the PCA solver)
    exact = sorted(((float(v), vecs[0]) for v, _, vecs in cov.eigenvects()),
                   key=lambda t: t[0], reverse=True)
    for j, (value, vec) in enumerate(exact):
        assert variances[j] == pytest.approx(value)
        unit = np.array([float(c) for c in vec]) / float(vec.norm())
        assert abs(abs(unit @ axes[:, j]) - 1) < 1e-9


def test_linear_map_eigenvectors_are_real_ones_only() -> None:
    pairs = real_eigenvectors(M([[2, 1], [1, 2]]))
    assert sorted(round(lam, 9) for lam, _ in pairs) == [1.0, 3.0]
    for lam, vec in pairs:
        assert np.allclose(np.array([[2, 1], [1, 2]]) @ vec, lam * vec)
    assert real_eigenvectors(M([[0, -1], [1, 0]])) == []


# ---------------------------------------------------------------- choosing for a Problem
PROBLEMS = {
    "derivative": Problem("derivative", expr=x**2 * sp.sin(x), variables=(x,), order=1,
                          point={x: sp.pi / 2}),
    "higher": Problem("higher_derivative", expr=sp.exp(-x**2), variables=(x,), order=2),
    "gradient": Problem("gradient", expr=x**2 * y + y**3, variables=(x, y)),
    "critical": Problem("critical_points", expr=x**3 - 3 * x + y**2, variables=(x, y)),
    "partial_1var": Problem("partial", expr=x**2 * y, variables=(x,)),
    "det": Problem("det", matrices=(M([[1, 2], [3, 4]]),)),
    "eigen3": Problem("eigenvectors", matrices=(M([[2, 0, 0], [0, 3, 4], [0, 4, 9]]),)),
    "bare_matrix": Problem(None, matrices=(M([[0, 1], [1, 0]]),)),
    "bare_function": Problem(None, expr=sp.cos(x)),
    "pca": Problem("pca", matrices=(M([[1, 2], [3, 3], [4, 6], [6, 7]]),),
                   options={"source": "data"}),
    "pca_cov": Problem("pca", matrices=(M([[2, 1], [1, 2]]),),
                       options={"source": "covariance"}),
    "newton": Problem("newton", expr=x**2 - 2, variables=(x,), point={x: sp.Integer(1)}),
    "descent": Problem("gradient_descent", expr=x**2 + y**2, variables=(x, y),
                       point={x: sp.Integer(1), y: sp.Integer(2)},
                       options={"lr": sp.Rational(1, 4), "steps": 5}),
    "taylor": Problem("taylor", expr=sp.cos(x), variables=(x,), point={x: sp.Integer(0)},
                      order=4),
}
EXPECTED_KIND = {
    "derivative": "derivative", "higher": "derivative", "gradient": "surface",
    "critical": "surface", "partial_1var": "surface", "det": "linear_map",
    "eigen3": "linear_map", "bare_matrix": "linear_map", "bare_function": "function",
    "pca": "pca", "pca_cov": "pca", "newton": "descent", "descent": "descent",
    "taylor": "taylor",
}


@pytest.mark.parametrize("name", sorted(PROBLEMS))
def test_plot_for_picks_the_right_picture(name: str) -> None:
    problem = PROBLEMS[name]
    assert can_plot(problem)
    plot = plot_for(problem)
    assert isinstance(plot, Plot)
    assert plot.kind == EXPECTED_KIND[name]
    assert 20 < len(plot.caption) <= 1024
    check_png(plot.png)


def test_surface_caption_says_arrows_point_uphill() -> None:
    plot = plot_for(PROBLEMS["gradient"])
    assert plot is not None and "uphill" in plot.caption and "∇f" in plot.caption


@pytest.mark.parametrize("problem", [
    Problem("jacobian", exprs=(x * y, x + y), variables=(x, y)),
    Problem("det", matrices=(M([[a, 1], [2, 3]]),)),
    Problem("det", matrices=(sp.eye(4),)),
    Problem("derivative", expr=a * x**2, variables=(x,), order=1),
    Problem("gradient", expr=x * y * z, variables=(x, y, z)),
    Problem("dot", vectors=(M([1, 2]), M([3, 4]))),
    Problem("pca", matrices=(M([[1, 2, 3, 4], [2, 3, 4, 5]]),), options={"source": "data"}),
    Problem("gradient_descent", expr=x**2 + y**2, variables=(x, y)),  # no start point
    Problem(None),
])
def test_nothing_to_plot(problem: Problem) -> None:
    assert not can_plot(problem)
    assert plot_for(problem) is None


def test_long_captions_are_cut_to_telegram_limit() -> None:
    big = sum(x**k / (k + 1) for k in range(150))
    plot = plot_for(Problem(None, expr=big))
    assert plot is not None and len(plot.caption) <= 1024


# ------------------------------------------------------------ through the real parser
PARSED = {
    "d/dx x^2 sin x at x = 1": "derivative",
    "gradient of x^2 y + y^3": "surface",
    "critical points of x^3 - 3x + y^2": "surface",
    "eigenvectors [[2,1],[1,2]]": "linear_map",
    "det [[1,2,3],[0,1,4],[5,6,0]]": "linear_map",
    "taylor series of cos x about 0 order 4": "taylor",
    "pca [[1,2],[3,3],[4,6],[6,7]]": "pca",
    "newton raphson for x^3 - 2x - 5 from x0 = 2, 3 steps": "descent",
    "gradient descent on x^2 + 3y^2 from (3, 2), lr = 0.1, 5 steps": "descent",
    "sin x / x": "function",
}


@pytest.mark.parametrize("text", sorted(PARSED))
def test_plot_for_parsed_text(text: str) -> None:
    problem = parse(text)
    assert can_plot(problem)
    plot = plot_for(problem)
    assert plot is not None and plot.kind == PARSED[text]
    check_png(plot.png)


def test_parsed_jacobian_has_no_plot() -> None:
    assert not can_plot(parse("jacobian of (x y, x + y)"))


def test_descent_path_agrees_with_the_calculus_solver() -> None:
    problem = parse("gradient descent on x^2 + 3y^2 - x y from (3, 2), lr = 0.1, 4 steps")
    answer = solve_problem(problem).answer
    variables = list(problem.variables)
    path, _ = descent_path(problem.expr, variables,
                           [float(problem.point[v]) for v in variables], lr=0.1, steps=4)
    solver_points = [[float(sp.N(p[v])) for v in variables] for p in answer]
    assert np.allclose(path, solver_points, rtol=1e-12)
    problem = parse("newton raphson for x^3 - 2x - 5 from x0 = 2, 3 steps")
    answer = solve_problem(problem).answer
    path, _ = descent_path(problem.expr, problem.variables[:1], [2.0], steps=3,
                           method="newton")
    assert np.allclose(path[:, 0], [float(sp.N(v)) for v in answer], rtol=1e-12)


def test_student_x_range_is_used_and_insane_ranges_ignored() -> None:
    x = sp.Symbol("x")
    wide = plots.plot_function(sp.exp(-(x - 165) ** 2 / 50), x, x_range=(145, 185))
    auto = plots.plot_function(sp.exp(-(x - 165) ** 2 / 50), x)
    assert wide != auto  # the bump is visible only in the student's window
    assert plots.plot_function(x**2, x, x_range=(3, 3)) == plots.plot_function(x**2, x)
    plot = plots.plot_for(parse("plot exp(-(x-165)^2/50) from 145 to 185"))
    assert plot is not None and plot.png == wide


def test_iterate_labels_near_the_limit_do_not_pile_up() -> None:
    """x_k labels are kept apart (x_3, x_4, x_5 bunched at the minimum overlapped)."""
    from solver.plots.descent import _labelled

    xs = [0.0, 1.2, 1.68, 1.87, 1.95, 1.98]
    ys = [v * v - 4 * v for v in xs]
    kept = _labelled(xs, ys)
    assert kept[0] == 0 and kept[-1] == len(xs) - 1
    pts = np.array([xs, ys]).T / np.ptp(np.array([xs, ys]).T, axis=0)
    for i, j in itertools.combinations(kept, 2):
        assert np.hypot(*(pts[i] - pts[j])) >= 0.07, (i, j)
    assert len(kept) < len(xs)


def test_the_pca_picture_and_the_answer_give_the_same_percentage(monkeypatch) -> None:
    """Issue 14: the plot's and the text's percentages agree."""
    import re

    from solver import parse, solve
    from solver.plots import pca as pca_plot
    from solver.plots import plot_for

    titles: list[str] = []
    real = pca_plot.fit_title
    monkeypatch.setattr(pca_plot, "fit_title", lambda fig, t, *a, **k: (titles.append(t),
                                                                       real(fig, t, *a, **k)))
    text = "pca of (1,2), (3,4), (5,7), (2,2), (4,3)"
    said = re.search(r"Keeps (\d+(?:\.\d)?)% of the variance", solve(text).render("text"))
    assert said is not None
    assert plot_for(parse(text)) is not None and titles
    drawn = re.search(r"keeps (\d+(?:\.\d)?)% of the variance", titles[0])
    assert drawn is not None and drawn.group(1) == said.group(1), (titles[0], said.group(0))


# ------------------------------------------------------------------ the layout's shortcut
def _positions(draw, one_pass: bool, monkeypatch) -> list[tuple[float, ...]]:
    from solver.plots import _style

    monkeypatch.setattr(_style, "_ONE_PASS", one_pass)
    with _style.style():
        fig = _style.new_figure()
        draw(fig)
        _style.fit_title(fig, "$f(x) = x^2$")
        _style.to_png(fig)
        return [tuple(np.round(ax.get_position().bounds, 6)) for ax in fig.axes]


@pytest.mark.parametrize("draw", [
    lambda fig: fig.add_subplot().plot([0, 1], [0, 1]),
    # the y ticks change (steps of 2.5 -> 2) once the axes is moved: the second pass runs
    lambda fig: fig.add_subplot().set_ylim(-8.5, 8.5),
    lambda fig: [*fig.add_subplot().plot([0, 1], [0, 1], label="a"), fig.axes[0].legend(
        loc="upper center", bbox_to_anchor=(0.5, -0.14))],
    lambda fig: fig.colorbar(fig.add_subplot().imshow(np.eye(3)), ax=fig.axes[0]),
])
def test_layout_shortcut_places_axes_as_matplotlib_does(draw, monkeypatch) -> None:
    """Skipping constrained layout's second pass (when it cannot move anything) leaves every
    axes where matplotlib's own two passes put it."""
    assert _positions(draw, True, monkeypatch) == _positions(draw, False, monkeypatch)


def test_layout_shortcut_skips_the_second_pass_only_when_nothing_changes(monkeypatch) -> None:
    from solver.plots import _style

    passes = []
    real = _style._layout_pass
    monkeypatch.setattr(_style, "_layout_pass", lambda *a: passes.append(1) or real(*a))
    _positions(lambda fig: fig.add_subplot().plot([0, 1], [0, 1]), True, monkeypatch)
    assert len(passes) == 1
    passes.clear()
    _positions(lambda fig: fig.add_subplot().set_ylim(-8.5, 8.5), True, monkeypatch)
    assert len(passes) == 2


def test_mathtext_is_parsed_once_per_process() -> None:
    """Every figure's renderer shares one mathtext parser, so "$x$" is not parsed again."""
    from solver.plots import _style

    plot_function(x**2, x)
    before = _style._MATHTEXT._parse_cached.cache_info().hits
    plot_function(x**2, x)
    assert _style._MATHTEXT._parse_cached.cache_info().hits > before
