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
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
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

_MATHTEXT = MathTextParser("path")


@contextmanager
def style() -> Iterator[None]:
    """The shared rc settings, restored afterwards (artists read them when created/drawn)."""
    with matplotlib.rc_context(_RC):
        yield


def new_figure(height_px: int = 750, width_px: int = 1000) -> Figure:
    """A blank white figure with an Agg canvas attached. Call inside ``style()``."""
    fig = Figure(figsize=(width_px / FIG_DPI, height_px / FIG_DPI), dpi=FIG_DPI,
                 layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def to_png(fig: Figure) -> bytes:
    """Draw the figure and encode it as a deterministic, palette-quantised PNG."""
    canvas = fig.canvas
    if not isinstance(canvas, FigureCanvasAgg):
        canvas = FigureCanvasAgg(fig)
    canvas.draw()
    rgba = np.asarray(canvas.buffer_rgba())
    image = Image.fromarray(np.ascontiguousarray(rgba[..., :3]))
    image = image.quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False, compress_level=6)
    data = out.getvalue()
    if len(data) > MAX_PNG_BYTES:  # rare: very busy plots; fewer colours shrink it
        image = image.convert("RGB").quantize(
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
    renderer = fig.canvas.get_renderer()
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
