"""What a reader would see as a broken chart, found from matplotlib's own layout.

`chart_problems(figure)` draws the figure and returns one line per defect:
- two pieces of text (tick labels, titles, axis labels, annotations, legend entries, cell
  labels) whose window extents overlap, so one is drawn over the other;
- a legend whose box covers data: a point of a data line or scatter, a bar, or an image
  drawn in data coordinates. Reference lines and shaded bands (axhline, axvspan: drawn in
  axes coordinates on one side) are not data and may sit under a legend.
Extents come from ``Text.get_window_extent`` and ``Legend.get_window_extent`` (display
pixels); only text that is actually drawn counts, recorded by wrapping ``Text.draw``.
"""

from __future__ import annotations

from contextlib import contextmanager
from itertools import combinations

import numpy as np
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.text import Text
from matplotlib.transforms import Bbox

# Overlaps smaller than this many pixels either way are antialiasing, not text drawn on text.
TOLERANCE_PX = 1.0
# Points sampled along each segment of a data line when checking it against a legend box.
SAMPLES_PER_SEGMENT = 16


@contextmanager
def _recording_drawn_text(drawn: list[Text]):
    original = Text.draw

    def draw(self, renderer):
        if self.get_visible() and self.get_text().strip():
            drawn.append(self)
        return original(self, renderer)

    Text.draw = draw
    try:
        yield
    finally:
        Text.draw = original


def _overlap(a: Bbox, b: Bbox) -> bool:
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.y1, b.y1) - max(a.y0, b.y0)
    return width > TOLERANCE_PX and height > TOLERANCE_PX


def _inside(points: np.ndarray, box: Bbox) -> bool:
    if not len(points):
        return False
    x, y = points[:, 0], points[:, 1]
    return bool(np.any((x > box.x0) & (x < box.x1) & (y > box.y0) & (y < box.y1)))


def _data_hit(axes, box: Bbox, renderer) -> str | None:
    """The first data artist of ``axes`` drawn inside ``box``, described, or None."""
    for line in axes.lines:
        if not line.get_visible() or line.get_transform() is not axes.transData:
            continue
        xy = np.asarray(line.get_xydata(), dtype=float)
        xy = xy[np.isfinite(xy).all(axis=1)]
        if len(xy) > 1 and line.get_linestyle() not in ("None", "none", ""):
            steps = np.linspace(0, 1, SAMPLES_PER_SEGMENT)[:, None, None]
            xy = (xy[:-1] + steps * (xy[1:] - xy[:-1])).reshape(-1, 2)
        if _inside(axes.transData.transform(xy), box):
            return f"line {line.get_label()!r}"
    for patch in axes.patches:
        if patch.get_visible() and patch.get_data_transform() is axes.transData:
            extent = patch.get_window_extent(renderer)
            if extent.width > 0 and extent.height > 0 and _overlap(extent, box):
                return f"bar/patch at {extent.bounds}"
    for collection in axes.collections:
        offsets = collection.get_offsets()
        if collection.get_visible() and len(offsets) and collection.get_offset_transform() is axes.transData:
            if _inside(axes.transData.transform(np.asarray(offsets, dtype=float)), box):
                return "scatter points"
    for image in axes.images:
        if _overlap(image.get_window_extent(renderer), box):
            return "image"
    return None


def chart_problems(figure: Figure) -> list[str]:
    """Overlapping text and legends over data in ``figure`` (see the module docstring)."""
    drawn: list[Text] = []
    with _recording_drawn_text(drawn):
        figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    problems = []
    extents = [(text, text.get_window_extent(renderer)) for text in dict.fromkeys(drawn)]
    for (a, box_a), (b, box_b) in combinations(extents, 2):
        if _overlap(box_a, box_b):
            problems.append(f"text {a.get_text()!r} overlaps text {b.get_text()!r}")
    legends = [legend for legend in figure.legends] + [a.get_legend() for a in figure.axes if a.get_legend()]
    for legend in legends:
        if not isinstance(legend, Legend) or not legend.get_visible():
            continue
        box = legend.get_window_extent(renderer)
        for axes in figure.axes:
            hit = _data_hit(axes, box, renderer)
            if hit:
                problems.append(f"legend covers {hit} in {axes.get_title(loc='left') or axes.get_title()!r}")
    return problems


def drawn_cells(axes) -> dict[tuple[str, str], str]:
    """The text drawn in each cell of a matrix chart (imshow grid with one tick label per row and
    column): ``{(row label, column label): text}``, labels with their line breaks as spaces.
    A text is placed in the cell whose centre is nearest its position (data coordinates)."""
    rows = {round(tick): label.get_text().replace("\n", " ") for tick, label in zip(axes.get_yticks(), axes.get_yticklabels())}
    columns = {round(tick): label.get_text().replace("\n", " ") for tick, label in zip(axes.get_xticks(), axes.get_xticklabels())}
    cells = {}
    for text in axes.texts:
        x, y = text.get_position()
        cells[(rows[round(y)], columns[round(x)])] = text.get_text()
    return cells
