"""What every chart of the suite shares: plain-text labels, wrapping, legends outside the data,
labels that would collide left out, and the figure drawn when there is nothing to show.

`analysis.charts` and `analysis.actor_charts` build on these; `tests/chart_checks.py` checks the
result (no text drawn over text, no legend over data).
"""

from __future__ import annotations

import functools
import textwrap
from collections.abc import Callable, Mapping, Sequence

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.text import Text

# Characters per line of a wrapped category label (an article's or an outlet's name under a
# column or beside a bar); chosen so that a column 1.7 inches wide at 8 pt holds the line.
WRAP_CHARS = 18


def plain_text(chart: Callable[..., Figure]) -> Callable[..., Figure]:
    """Build ``chart``'s figure with mathtext off: every string it draws is shown as written."""

    @functools.wraps(chart)
    def build(*args, **kwargs) -> Figure:
        with mpl.rc_context({"text.parse_math": False}):
            return chart(*args, **kwargs)

    return build


def wrapped(label: object, width: int = WRAP_CHARS) -> str:
    """``label`` broken into lines of at most ``width`` characters (long words are kept whole)."""
    return textwrap.fill(str(label), width, break_long_words=False, break_on_hyphens=False) or str(label)


def legend_below(axes, ncols: int, below: float = 0.18) -> None:
    """A legend under the axes' x label (``below`` axes heights down), outside the data."""
    axes.legend(fontsize=8, frameon=False, loc="upper center", bbox_to_anchor=(0.5, -below), ncols=max(ncols, 1))


def drop_colliding(figure: Figure, texts: Sequence[Text], fallbacks: Mapping[Text, Callable[[], bool]] | None = None) -> int:
    """Remove each of ``texts`` (in priority order) that overlaps one kept before it or its
    own box (``fallbacks[text]()`` may shorten it first and says whether it fits now).
    Returns how many were removed. The figure's layout must be final: extents are measured."""
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    kept = []
    removed = 0
    for text in texts:
        fits = (fallbacks or {}).get(text)
        if fits is not None and not fits():
            text.remove()
            removed += 1
            continue
        box = text.get_window_extent(renderer)
        if any(box.overlaps(other) for other in kept):
            text.remove()
            removed += 1
        else:
            kept.append(box)
    return removed


def ordered_articles(table: pd.DataFrame, names: Mapping[str, str] | None) -> list[str]:
    """Articles in the order of ``names`` (the comparison's order), else first appearance."""
    seen = list(dict.fromkeys(table["article"]))
    if names:
        return [a for a in names if a in set(seen)] + [a for a in seen if a not in names]
    return seen


def article_name(article: str, names: Mapping[str, str] | None) -> str:
    """The article's short name from ``names`` (id → label), else its id."""
    return (names or {}).get(article, article)


def empty_figure(title: str, message: str) -> Figure:
    """A small figure with only ``title`` and ``message`` (a chart with nothing to draw)."""
    figure, axes = plt.subplots(figsize=(7, 1.6))
    axes.set_axis_off()
    axes.set_title(title)
    axes.text(0.5, 0.4, message, ha="center", va="center", color="0.4")
    return figure
