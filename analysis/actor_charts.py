"""Charts of one article's actors: how each is named (and the tone around it), and who speaks
about whom.

`actor_portrait` reads the actors and actor_labels tables (`analysis.actors`), `voices_matrix`
the voices table (one row per article × speaker × actor mentioned in that speaker's
statements). Every label is plain text and none is drawn over another: the portrait lists each
actor's names in a column of its own, wrapped, with the rarest collapsed into "+N more"
(`label_list`), and `tests/test_charts.py` checks the drawn text boxes.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .chart_base import empty_figure, plain_text, wrapped

# The portrait's list of names per actor: characters per line and lines at most (then "+N more").
LIST_CHARS = 46
LIST_LINES = 2
# Names and labels of an actor are joined by this in the list ("Hamas 11 · terror group 1").
LIST_SEPARATOR = " · "
# Coloured labels in the portrait's legend at most (the list beside each bar names them all).
LEGEND_LABELS = 12
LEGEND_COLUMNS = 4
# Speakers (rows) and actors (columns) of the voices matrix at most, the most statements first.
VOICES_TOP = 12
# The voices matrix's colour scale reaches at least ±this polarity (so near-zero tones stay pale).
MIN_POLARITY_SCALE = 0.2


def label_list(terms: list[tuple[str, int]], width: int = LIST_CHARS, lines: int = LIST_LINES) -> str:
    """``terms`` (label, count), most used first, as "label n · label n" in at most ``lines``
    lines of about ``width`` characters; the terms that do not fit end as "+N more".

    A single term longer than ``width`` is shortened with "…". Every term kept is whole, so two
    labels are never run together ("terror group 1terrorist 1").
    """
    pieces = [_fit(f"{label} {count}", width) for label, count in terms]
    shown: list[list[str]] = [[]]
    for index, piece in enumerate(pieces):
        line = shown[-1]
        if len(LIST_SEPARATOR.join([*line, piece])) <= width or not line:
            line.append(piece)
        elif len(shown) < lines:
            shown.append([piece])
        else:
            return _with_more(shown, len(pieces) - index, width)
    return "\n".join(LIST_SEPARATOR.join(line) for line in shown)


def _fit(piece: str, width: int) -> str:
    return piece if len(piece) <= width else piece[: width - 1].rstrip() + "…"


def _with_more(shown: list[list[str]], hidden: int, width: int) -> str:
    """The lines with "+N more" appended to the last, dropping its last terms until it fits."""
    last = shown[-1]
    while last and len(LIST_SEPARATOR.join([*last, f"+{hidden} more"])) > width:
        last.pop()
        hidden += 1
    last.append(f"+{hidden} more")
    return "\n".join(LIST_SEPARATOR.join(line) for line in shown)


@plain_text
def actor_portrait(actors: pd.DataFrame, labels: pd.DataFrame, top: int = 8) -> Figure:
    """How each actor is referred to (label counts) and the tone around it, side by side.

    ``actors`` is `analysis.actors.actors`, ``labels`` `analysis.actors.actor_labels` of one
    article. Left: stacked bars of the terms used for each actor (labels in colour, names and
    aliases in grey). Middle: the terms with their counts, most used first (`label_list`: at
    most two lines, the rest as "+N more"). Right: mean TextBlob polarity of the sentences
    mentioning the actor in the writer's voice (circle) and of the quotations mentioning it
    (square).
    """
    title = "How each actor is named, and the tone around it"
    if actors.empty:
        return empty_figure(title, "no actors found")
    shown = actors.head(top)
    order = list(shown["actor"])[::-1]
    label_rows = -(-min(int((labels["kind"] == "label").sum()), LEGEND_LABELS) // LEGEND_COLUMNS) if len(labels) else 0
    legend_inches = 0.25 * label_rows + (0.15 if label_rows else 0.0)
    height = 1.5 + 0.5 * len(order) + legend_inches
    figure, (left, middle, right) = plt.subplots(
        1, 3, figsize=(12, height), sharey=True, gridspec_kw={"width_ratios": [2.2, 2.0, 1.5]}
    )
    colour_of = _stacked_terms(left, labels, order)
    left.set_yticks(range(len(order)), [wrapped(actor, 24) for actor in order], fontsize=8)
    left.set_xlabel("mentions (grey: names and aliases;\ncolour: labels, listed below)")
    if colour_of:  # under the whole figure, in space kept free for it (never over the axes' labels)
        handles, names = left.get_legend_handles_labels()
        figure.legend(handles[:LEGEND_LABELS], names[:LEGEND_LABELS], fontsize=8, frameon=False, loc="lower left",
                      bbox_to_anchor=(0.02, 0.01), ncols=LEGEND_COLUMNS)
    middle.set_axis_off()
    middle.set_xlim(0, 1)
    middle.set_title("names and labels used (count)", fontsize=9, loc="left")
    lists = []
    for row, actor in enumerate(order):
        own = labels[labels["actor"] == actor].sort_values("count", ascending=False, kind="stable")
        terms = list(zip(own["label"], own["count"]))
        lists.append((middle.text(0.0, row, label_list(terms), ha="left", va="center", fontsize=8), terms))
    _tone_dots(right, shown, order)
    left.set_title(title, fontsize=10, loc="left")
    figure.tight_layout(rect=(0, legend_inches / height, 1, 1))
    _narrow_lists(figure, middle, lists)
    return figure


def _stacked_terms(axes, labels: pd.DataFrame, order: list[str]) -> dict[str, tuple]:
    """One stacked bar per actor of ``order``: a segment per term, labels coloured (first use
    labelled for the legend), names and aliases grey. Returns the colour of each label."""
    palette = plt.get_cmap("tab10")
    colour_of: dict[str, tuple] = {}
    for row, actor in enumerate(order):
        position = 0
        own = labels[labels["actor"] == actor].sort_values("count", ascending=False, kind="stable")
        for label, kind, count in zip(own["label"], own["kind"], own["count"]):
            new_label = kind == "label" and label not in colour_of
            colour = colour_of.setdefault(label, palette(len(colour_of) % 10)) if kind == "label" else (0.78, 0.78, 0.78)
            axes.barh(row, count, left=position, color=colour, edgecolor="white", label=label if new_label else "_nolegend_")
            position += count
    return colour_of


def _tone_dots(axes, shown: pd.DataFrame, order: list[str]) -> None:
    """Writer's-voice tone (circle) and quoted tone (square) of each actor, on -1..1."""
    for row, actor in enumerate(order):
        record = shown[shown["actor"] == actor].iloc[0]
        if not pd.isna(record["tone_writer"]):
            axes.plot(record["tone_writer"], row, "o", color="#d62728")
        if not pd.isna(record["tone_quoted"]):
            axes.plot(record["tone_quoted"], row, "s", color="#1f77b4")
    axes.axvline(0, color="black", linewidth=0.6)
    axes.set_xlim(-1, 1)
    axes.set_xticks([-1, -0.5, 0, 0.5, 1])
    axes.set_xlabel("mean polarity\n(● writer's voice, ■ quotations)")


def _narrow_lists(figure: Figure, axes, lists: list) -> None:
    """Re-wrap each name list narrower until it fits inside its panel (fonts differ in width)."""
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    right_edge = axes.get_window_extent(renderer).x1
    for text, terms in lists:
        width = LIST_CHARS
        while text.get_window_extent(renderer).x1 > right_edge and width > 12:
            width -= 4
            text.set_text(label_list(terms, width))


@plain_text
def voices_matrix(voices: pd.DataFrame, top: int = VOICES_TOP, title: str = "Who speaks about whom") -> Figure:
    """Speaker × actor heat map of the voices table: statements per cell, colour the polarity.

    ``voices`` is the voices table of one article (one row per speaker × actor mentioned in that
    speaker's statements; rows of several articles are pooled). Each cell is the number of the
    speaker's statements that mention the actor, shaded by their mean TextBlob polarity (red
    negative, blue positive, weighted by statements when rows are pooled); empty cells: the
    speaker never mentions that actor. The ``top`` speakers and actors with most statements are
    shown (the title says how many there are).
    """
    if voices.empty:
        return empty_figure(title, "no speaker mentions an actor")
    cells = voices.assign(weighted=voices["polarity"].fillna(0.0) * voices["statements"])
    counts = cells.pivot_table(index="speaker", columns="actor", values="statements", aggfunc="sum", fill_value=0)
    weighted = cells.pivot_table(index="speaker", columns="actor", values="weighted", aggfunc="sum", fill_value=0.0)
    speakers = _most(counts.sum(axis=1), top)
    actors = _most(counts.sum(axis=0), top)
    counts, weighted = counts.loc[speakers, actors], weighted.loc[speakers, actors]
    polarity = np.ma.masked_where(counts.to_numpy() == 0, weighted.to_numpy() / np.maximum(counts.to_numpy(), 1))
    scale = max(MIN_POLARITY_SCALE, float(np.abs(polarity).max()) if polarity.count() else 0.0)
    types = voices.drop_duplicates("speaker").set_index("speaker")["speaker_type"].astype(str)
    width = 3.6 + 0.8 * len(actors)
    figure, axes = plt.subplots(figsize=(width, max(3.2, 2.4 + 0.45 * len(speakers))))
    image = axes.imshow(polarity, cmap="RdBu", vmin=-scale, vmax=scale, aspect="auto")
    for (r, c), n in np.ndenumerate(counts.to_numpy()):
        if n:
            axes.text(c, r, str(n), ha="center", va="center", fontsize=8,
                      color="white" if abs(polarity[r, c]) > 0.6 * scale else "black")
    # Upright labels, wrapped: a column 0.8 inch wide holds three lines of 8 pt side by side.
    axes.set_xticks(range(len(actors)), [wrapped(a, 18) for a in actors], fontsize=8, rotation=90)
    axes.set_yticks(range(len(speakers)), [wrapped(f"{s} ({types.get(s, '')})" if types.get(s) else s, 34) for s in speakers],
                    fontsize=8)
    axes.set_xticks(np.arange(-0.5, len(actors)), minor=True)
    axes.set_yticks(np.arange(-0.5, len(speakers)), minor=True)
    axes.grid(which="minor", color="0.85", lw=0.6)
    axes.tick_params(which="minor", length=0)
    hidden = (counts.shape[0] < voices["speaker"].nunique(), counts.shape[1] < voices["actor"].nunique())
    note = f" ({len(speakers)} of {voices['speaker'].nunique()} speakers)" if hidden[0] else ""
    note += f" ({len(actors)} of {voices['actor'].nunique()} actors)" if hidden[1] else ""
    # Above the whole figure (colour bar included), wrapped to its width (about 11 characters an inch at 10 pt).
    figure.suptitle(wrapped(f"{title}: statements mentioning each actor{note}", int(width * 11)), fontsize=10, x=0.02, ha="left")
    axes.set_xlabel("actor mentioned")
    figure.colorbar(image, ax=axes, shrink=0.8, label="mean polarity of\nthose statements")
    figure.tight_layout()
    return figure


def _most(totals: pd.Series, top: int) -> list[str]:
    """The ``top`` labels of ``totals`` with the largest totals (ties: alphabetical)."""
    frame = totals.rename("total").rename_axis("name").reset_index()
    return list(frame.sort_values(["total", "name"], ascending=[False, True], kind="stable")["name"].head(top))
