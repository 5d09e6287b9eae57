"""The look shared by every plot, and turning a figure into small, reproducible PNG bytes.

Figures are ``matplotlib.figure.Figure`` objects on an Agg canvas (no pyplot state). They are
about 1000 px wide at 135 DPI, so fonts are large enough to read when a phone shows the image
about 300 px wide (check with ``benchmarks/render_replies.py``),
drawn on white in the Okabe-Ito colour-blind-safe palette, then quantised to a 256-colour PNG.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager

import matplotlib
import numpy as np
import sympy as sp
from matplotlib import _constrained_layout as _cl
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.mathtext import MathTextParser
from PIL import Image

from ..render import inline

logger = logging.getLogger(__name__)

DPI = 100
WIDTH_IN = 10.0  # 1000 px
# Figures are drawn at this DPI: sizes stay in pixels (1000 wide) but fonts and lines, given in
# points, come out 1.35x larger than at 100 DPI. A phone shows the picture about 300 px wide,
# where 18 pt ticks at 100 DPI were 7 px tall (unreadable); at 135 DPI they are 10 px.
FIG_DPI = 135
MAX_PNG_BYTES = 200_000
# The canvas is SCALE x the 1000 px design grid: 720 px wide, twice the 360 px a phone gives
# the photo (sharp on a 2x screen), fonts and lines scaled alike (text keeps its share of the
# width). Half the pixels of 1000 px: half the rasterising, quantising and encoding.
SCALE = 0.72
WIDTH_PX = round(1000 * SCALE)
PNG_LEVEL = 3  # zlib level: 6 cost twice the time for 15% fewer bytes

# Okabe & Ito (2008): distinguishable with every common form of colour blindness.
BLACK = "#000000"
ORANGE = "#E69F00"
SKY = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
GREY = "#999999"
PALETTE = (BLUE, VERMILLION, GREEN, ORANGE, PURPLE, SKY, YELLOW, BLACK)
CMAP = "cividis"  # perceptually uniform and colour-blind safe, for filled contours

_RC = {
    "font.size": 20,
    "axes.titlesize": 24,
    "axes.labelsize": 21,
    "xtick.labelsize": 18,
    "ytick.labelsize": 18,
    "legend.fontsize": 18,
    "legend.framealpha": 0.9,
    "axes.linewidth": 1.4,
    "lines.linewidth": 3.0,
    "lines.markersize": 11,
    "axes.grid": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 1.0,
    "axes.prop_cycle": matplotlib.cycler(color=list(PALETTE)),
    "figure.facecolor": "white",
    "axes.facecolor": "white",
    "savefig.facecolor": "white",
    "mathtext.fontset": "dejavusans",
    "axes.unicode_minus": True,
    "path.simplify": True,
}

# One mathtext parser for every figure of the process: each Agg renderer makes its own, and
# its cache (the parsed "$x$" of an axis label, a title drawn again) died with the figure.
_MATHTEXT = MathTextParser("path")


class _Layout(ConstrainedLayoutEngine):
    """Matplotlib's constrained layout, without its second pass when that pass cannot move
    anything.

    ``do_constrained_layout`` runs its pass twice because an axes' decorations can change size
    once the axes is moved (the locator picks other ticks for the new length). When the tick
    labels of every axis are the same after the first pass as before it, and no decoration
    scales with the axes (``_fixed_decorations``), the second pass
    measures the same boxes and repeats the first one's result: skipping it saves a third of
    a plot's CPU. Otherwise the second pass runs, as matplotlib's does; and the whole of
    matplotlib's algorithm runs if its private layout helpers are not the ones this was
    written against (3.9-3.11).
    """

    def execute(self, fig: Figure):
        if not _ONE_PASS:
            return super().execute(fig)
        width, height = fig.get_size_inches()
        pads = {"w_pad": self._params["w_pad"] / width, "h_pad": self._params["h_pad"] / height,
                "hspace": self._params["hspace"], "wspace": self._params["wspace"]}
        grids = _cl.make_layoutgrids(fig, None, rect=self._params["rect"])
        if not grids["hasgrids"]:
            return super().execute(fig)
        fixed = _fixed_decorations(fig)
        before = _tick_labels(fig) if fixed else None
        if not _layout_pass(fig, grids, pads):
            return super().execute(fig)
        if not fixed or _tick_labels(fig) != before:
            _layout_pass(fig, grids, pads)
        return grids


def _fixed_decorations(fig: Figure) -> bool:
    """No decoration whose size or place depends on the axes' size other than its tick
    labels (not: 3D axes, a fixed aspect ratio, a colorbar, a legend anchored outside)."""
    for ax in fig.axes:
        if ax.name != "rectilinear" or ax.get_aspect() != "auto" or ax._colorbars:
            return False
        legend = ax.get_legend()
        if legend is not None and legend.get_bbox_to_anchor() is not ax.bbox:
            return False
    return not fig.subfigs


def _tick_labels(fig: Figure) -> list[tuple]:
    """Every axis' tick positions, labels and offset text, as the next draw will make them."""
    out = []
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            locs = list(axis.get_majorticklocs()) if axis.get_visible() else []
            formatter = axis.get_major_formatter()
            labels = formatter.format_ticks(locs) if locs else []
            offset = formatter.get_offset() if hasattr(formatter, "get_offset") else ""
            out.append((locs, labels, offset))
    return out


def _layout_pass(fig: Figure, grids: dict, pads: dict) -> bool:
    """One iteration of the loop in ``matplotlib._constrained_layout.do_constrained_layout``
    (False, axes untouched, when they would collapse: the caller lets matplotlib warn)."""
    renderer = fig._get_renderer()
    w_pad, h_pad = pads["w_pad"], pads["h_pad"]
    _cl.make_layout_margins(grids, fig, renderer, h_pad=h_pad, w_pad=w_pad,
                            hspace=pads["hspace"], wspace=pads["wspace"])
    _cl.make_margin_suptitles(grids, fig, renderer, h_pad=h_pad, w_pad=w_pad)
    _cl.match_submerged_margins(grids, fig)
    grids[fig].update_variables()
    ok = _cl.check_no_collapsed_axes(grids, fig)
    if ok:
        _cl.reposition_axes(grids, fig, renderer, h_pad=h_pad, w_pad=w_pad,
                            hspace=pads["hspace"], wspace=pads["wspace"])
        suptitle = fig._suptitle
        if suptitle is not None and suptitle.get_in_layout() and suptitle._autopos:
            x, _ = suptitle.get_position()
            suptitle.set_position((x, grids[fig].get_inner_bbox().y1 + h_pad))
            suptitle.set_verticalalignment("bottom")
    _cl.reset_margins(grids, fig)
    return ok


_ONE_PASS = all(hasattr(_cl, name) for name in (
    "make_layoutgrids", "make_layout_margins", "make_margin_suptitles",
    "match_submerged_margins", "check_no_collapsed_axes", "reposition_axes",
    "reset_margins"))


def _renderer(fig: Figure):
    """The figure's Agg renderer, with the process's shared mathtext parser (and cache)."""
    renderer = fig.canvas.get_renderer()
    renderer.mathtext_parser = _MATHTEXT
    return renderer


@contextmanager
def style() -> Iterator[None]:
    """The shared rc settings, restored afterwards (artists read them when created/drawn)."""
    with matplotlib.rc_context(_RC):
        yield


def new_figure(height_px: int = 750, width_px: int = 1000, scale: float | None = None) -> Figure:
    """A blank white figure with an Agg canvas attached. Call inside ``style()``.

    Sizes are given on the 1000 px design grid; the canvas is ``scale`` times that in pixels
    (``SCALE`` by default), with every font and line scaled alike, so the picture is the same,
    only with fewer pixels."""
    scale = SCALE if scale is None else scale
    fig = Figure(figsize=(width_px / FIG_DPI, height_px / FIG_DPI), dpi=FIG_DPI * scale,
                 layout=_Layout())
    FigureCanvasAgg(fig)
    return fig


def to_png(fig: Figure) -> bytes:
    """Draw the figure and encode it as a deterministic, palette-quantised PNG."""
    canvas = fig.canvas
    if not isinstance(canvas, FigureCanvasAgg):
        canvas = FigureCanvasAgg(fig)
    _renderer(fig)
    canvas.draw()
    width, height = canvas.get_width_height(physical=True)
    rgb = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0,
                           1).convert("RGB")  # one C pass (a numpy slice copy cost 3x more)
    image = rgb.quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False, compress_level=PNG_LEVEL)
    data = out.getvalue()
    if len(data) > MAX_PNG_BYTES:  # rare: very busy plots; fewer colours shrink it
        image = rgb.quantize(
            64, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE
        )
        out = io.BytesIO()
        image.save(out, format="PNG", optimize=True)
        data = out.getvalue()
    return data


def message_png(text: str, title: str = "") -> bytes:
    """A plot-sized PNG that says why there is no picture (never an empty plot)."""
    with style():
        fig = new_figure(height_px=420)
        if title:
            fig.suptitle(title, fontsize=24)
        fig.text(0.5, 0.5, _wrap(text, 48), ha="center", va="center", fontsize=24,
                 color="#333333", wrap=True)
        return to_png(fig)


def note(ax: Axes, text: str) -> None:
    """A boxed remark in the middle of an axes (e.g. 'f is undefined here')."""
    ax.text(0.5, 0.5, _wrap(text, 40), transform=ax.transAxes, ha="center", va="center",
            fontsize=22, color="#333333",
            bbox={"boxstyle": "round,pad=0.5", "fc": "white", "ec": GREY})


def _wrap(text: str, width: int) -> str:
    import textwrap

    return "\n".join(textwrap.fill(line, width) for line in text.splitlines() or [""])


def is_mathtext(text: str) -> bool:
    """Whether matplotlib's mathtext can typeset ``text`` (checked before drawing)."""
    try:
        _MATHTEXT.parse(text, dpi=DPI)
    except (ValueError, RuntimeError):
        return False
    return True


def tex(expr: sp.Basic | str, max_len: int = 90) -> str:
    """``$...$`` mathtext for a SymPy object, or Unicode text when mathtext cannot show it."""
    if isinstance(expr, str):
        return expr
    try:
        latex = sp.latex(expr)
    except Exception:  # printing must never break a plot
        latex = ""
    text = "$" + latex.replace(r"\frac{", r"\dfrac{") + "$"  # full-size fractions
    if latex and len(latex) <= max_len and is_mathtext(text):
        return text
    plain = inline(expr)
    return plain if len(plain) <= max_len else plain[: max_len - 1] + "…"


def fit_title(fig: Figure, text: str, size: float = 24, min_size: float = 14) -> None:
    """Set the figure title, shrinking the font until it fits the figure's width."""
    title = fig.suptitle(text, fontsize=size)
    renderer = _renderer(fig)
    width = title.get_window_extent(renderer).width
    limit = fig.bbox.width * 0.96
    if width > limit:
        title.set_fontsize(max(min_size, size * limit / width))


def short_number(value: float) -> str:
    """A number in at most about 5 significant digits, without float noise."""
    if not np.isfinite(value):
        return "∞" if value > 0 else ("−∞" if value < 0 else "NaN")
    if abs(value - round(value)) < 1e-9 and abs(value) < 1e9:
        return str(round(value)).replace("-", "−")
    return f"{value:.4g}".replace("-", "−")
