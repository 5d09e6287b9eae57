"""Small pictures for the rest of the bot: a student's mastery per topic, a typeset formula."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

import numpy as np

from ._style import (
    GREEN,
    ORANGE,
    VERMILLION,
    fit_title,
    is_mathtext,
    message_png,
    new_figure,
    style,
    to_png,
)

logger = logging.getLogger(__name__)

MAX_TOPICS = 20
LABEL_CHARS = 26


def _level_colour(value: float) -> str:
    if value < 0.4:
        return VERMILLION
    if value < 0.75:
        return ORANGE
    return GREEN


def plot_progress(mastery: Mapping[str, float], title: str = "Your progress") -> bytes:
    """A horizontal bar per topic (0..1, shown as %), in the order given."""
    items = []
    for topic, value in list(mastery.items())[:MAX_TOPICS]:
        try:
            v = float(value)
        except (TypeError, ValueError):
            v = 0.0
        v = 0.0 if not np.isfinite(v) else min(1.0, max(0.0, v))
        label = str(topic)
        items.append((label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…", v))
    if not items:
        return message_png("No quiz answers yet: try /quiz to see your progress here.", title)
    with style():
        fig = new_figure(height_px=min(2000, 220 + 70 * len(items)))
        ax = fig.add_subplot()
        ys = np.arange(len(items))[::-1]
        values = [v for _, v in items]
        ax.barh(ys, [1.0] * len(items), color="#eeeeee", height=0.7, zorder=1)
        ax.barh(ys, values, color=[_level_colour(v) for v in values], height=0.7, zorder=2,
                edgecolor="#333333", linewidth=0.8)
        for y, v in zip(ys, values, strict=True):
            ax.text(min(v, 0.86) + 0.02, y, f"{v:.0%}", va="center", fontsize=20, zorder=3)
        ax.set_yticks(ys, [name for name, _ in items], fontsize=20)
        ax.set_xlim(0, 1)
        ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0], ["0%", "25%", "50%", "75%", "100%"])
        ax.grid(axis="y", visible=False)
        ax.tick_params(axis="y", length=0)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        fit_title(fig, title)
        return to_png(fig)


FORMULA_WIDTH = 800  # px: a phone shows the photo about 300 px wide, so ~2.7x down
FORMULA_PT = 34  # glyphs about 20 px tall on the phone; long formulas shrink to fit
FORMULA_MIN_PT = 18


def render_formula(mathtext: str, fontsize: int = FORMULA_PT) -> bytes:
    """A white PNG of a mathtext formula (trusted lesson content, not user text), centred on a
    fixed-width canvas so that the phone shows it at the bubble's width, large enough to read
    (it was a 190x75 px thumbnail before)."""
    text = mathtext if "$" in mathtext else f"${mathtext}$"
    if not is_mathtext(text):
        logger.warning("formula is not valid mathtext: %r", mathtext)
        text = mathtext.replace("$", "")
    with style():
        fig = new_figure(height_px=100, width_px=FORMULA_WIDTH, scale=1)  # px as given
        fig.set_layout_engine("none")
        label = fig.text(0.5, 0.5, text, fontsize=fontsize, color="#111111", ha="center",
                         va="center")
        fig.canvas.draw()
        box = label.get_window_extent(fig.canvas.get_renderer())
        pad = 28
        room = FORMULA_WIDTH - 2 * pad
        if box.width > room:  # a long formula: smaller type, never cut
            label.set_fontsize(max(FORMULA_MIN_PT, fontsize * room / box.width))
            fig.canvas.draw()
            box = label.get_window_extent(fig.canvas.get_renderer())
        width = max(FORMULA_WIDTH, int(np.ceil(box.width)) + 2 * pad)
        height = int(np.ceil(box.height)) + 2 * pad
        fig.set_size_inches(width / fig.dpi, height / fig.dpi)
        return to_png(fig)



def _short(label: str, limit: int = LABEL_CHARS) -> str:
    """A label cut at a word boundary, with an ellipsis when cut."""
    if len(label) <= limit:
        return label
    cut = label[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" :,-") + "…"


MASTERY_LEVELS = ("not started", "attempted", "familiar", "proficient", "mastered")
_LEVEL_COLOURS = ("#eeeeee", VERMILLION, ORANGE, "#56B4E9", GREEN)


def progress_chart(mastery: Sequence[tuple[str, int]],
                   days: Sequence[tuple[str, int, int]]) -> bytes:
    """The /progress picture for a phone: mastery per module (levels 0..4 of
    ``MASTERY_LEVELS``) above the last days' answers (right and wrong, stacked per day)."""
    rows = [(_short(str(m)), min(4, max(0, int(level)))) for m, level in mastery]
    rows = rows[:MAX_TOPICS]
    with style():
        top_px = 52 * max(len(rows), 1) + 40
        fig = new_figure(height_px=top_px + 420 + 90)
        grid = fig.add_gridspec(2, 1, height_ratios=[top_px, 380], hspace=0.12 + 40 / top_px)
        ax = fig.add_subplot(grid[0])
        ys = np.arange(len(rows))[::-1]
        levels = [lv for _, lv in rows]
        ax.barh(ys, [4] * len(rows), color="#f6f6f6", height=0.7, zorder=1)
        ax.barh(ys, [max(lv, 0.08) for lv in levels], height=0.7, zorder=2,
                color=[_LEVEL_COLOURS[lv] for lv in levels], edgecolor="#333333",
                linewidth=0.8)
        for y, lv in zip(ys, levels, strict=True):
            ax.text(max(lv, 0.08) + 0.08, y, MASTERY_LEVELS[lv], va="center",
                    fontsize=17, zorder=3)
        ax.set_yticks(ys, [name for name, _ in rows], fontsize=17)
        ax.set_xlim(0, 5.5)  # room for the level's name after a full bar
        ax.set_xticks([])
        ax.grid(visible=False)
        ax.tick_params(axis="y", length=0)
        for side in ("top", "right", "bottom"):
            ax.spines[side].set_visible(False)
        ax.set_title("Mastery per module", fontsize=22, loc="left")

        bx = fig.add_subplot(grid[1])
        xs = np.arange(len(days))
        right = [r for _, r, _ in days]
        wrong = [w for _, _, w in days]
        bx.bar(xs, right, color=GREEN, label="right", zorder=2)
        bx.bar(xs, wrong, bottom=right, color=VERMILLION, label="wrong", zorder=2)
        ticks = xs[::-2][::-1]  # every other day, ending today
        bx.set_xticks(ticks, [days[i][0] for i in ticks], fontsize=15)
        top = max([r + w for r, w in zip(right, wrong, strict=True)] + [1])
        bx.set_ylim(0, top * 1.15 + 0.5)
        bx.yaxis.get_major_locator().set_params(integer=True)
        bx.grid(axis="x", visible=False)
        for side in ("top", "right"):
            bx.spines[side].set_visible(False)
        bx.legend(loc="upper left", fontsize=15, ncols=2)
        bx.set_title(f"Answers, last {len(days)} days", fontsize=22, loc="left")
        return to_png(fig)
