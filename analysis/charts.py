"""Charts for the notebooks and the report: each takes a table and returns a matplotlib Figure.

Figures are built with the object-oriented API (no global pyplot state besides creation), so
they render the same in JupyterLab, in nbval runs and when embedded in the HTML report.
Every label is plain text (a ``$`` in a file name or a title is a dollar sign, never the start
of matplotlib's mathtext), legends sit outside the data, and labels that would be drawn over
one another are wrapped, moved or left out: ``tests/test_charts.py`` draws every chart of every
notebook and of the report and fails on overlapping text or a legend over data.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import NullFormatter, ScalarFormatter

from .actor_charts import actor_portrait, voices_matrix  # noqa: F401 (charts of one article's actors)
from .chart_base import WRAP_CHARS, plain_text, wrapped  # noqa: F401 (WRAP_CHARS: part of this module's interface)
from .chart_base import article_name as _name
from .chart_base import drop_colliding as _drop_colliding
from .chart_base import empty_figure as _empty_figure
from .chart_base import legend_below as _legend_below
from .chart_base import ordered_articles as _ordered_articles


@plain_text
def sentiment_arc(sentences: pd.DataFrame, title: str = "") -> Figure:
    """Polarity per sentence as a line, subjectivity as a second series, paragraphs shaded.

    The "sentiment arc" of narrative analysis (Reagan et al. 2016) read sentence by sentence:
    x is the sentence number, so the line follows the order a reader meets the text.
    """
    figure, axes = plt.subplots(figsize=(9, 3.6))
    x = sentences["sentence"]
    for paragraph, rows in sentences.groupby("paragraph"):
        if paragraph % 2:
            axes.axvspan(rows["sentence"].min() - 0.5, rows["sentence"].max() + 0.5, color="0.93", lw=0)
    axes.axhline(0, color="0.6", lw=0.8)
    axes.plot(x, sentences["polarity"], marker="o", color="tab:blue", label="polarity (-1..1)")
    axes.plot(x, sentences["subjectivity"], marker=".", ls="--", color="tab:orange", label="subjectivity (0..1)")
    axes.set_ylim(-1.05, 1.05)
    axes.set_xlabel("sentence (shaded bands: alternate paragraphs)")
    axes.set_ylabel("TextBlob score")
    axes.set_title(wrapped(title or "Sentiment arc", 90), fontsize=11, loc="left")
    _legend_below(axes, 2, 0.2)
    figure.tight_layout()
    return figure


# --- Comparison charts (analysis/compare.py tables): one colour per article, in input order. ---

# Panels of `summary_bars`: measures sharing a unit share an axis. Each entry: title, measures.
SUMMARY_PANELS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Loaded terms, hedges and boosters per 1,000 words",
     ("loaded_writer_per_1000", "loaded_quoted_per_1000", "hedges_per_1000", "boosters_per_1000")),
    ("Sourcing: share of statements (0-1)",
     ("anonymous_share", "stance_neutral", "stance_assertive", "stance_distancing", "stance_concessive",
      "stance_hostile", "stance_no_cue")),
    ("GDELT-style tone: % of words positive / negative", ("positive_pct", "negative_pct", "tone")),
    ("TextBlob sentiment of the whole body", ("textblob_polarity", "textblob_subjectivity")),
)
# Colours of speaker types and stances stay the same in every chart, whatever the articles.
_ARTICLE_COLOURS = plt.get_cmap("tab10").colors


def _article_colours(articles: Sequence[str]) -> dict[str, tuple]:
    return {article: _ARTICLE_COLOURS[i % len(_ARTICLE_COLOURS)] for i, article in enumerate(articles)}


@plain_text
def summary_bars(
    measures: pd.DataFrame,
    panels: Sequence[tuple[str, Sequence[str]]] = SUMMARY_PANELS,
    names: Mapping[str, str] | None = None,
) -> Figure:
    """Grouped bars of the comparison measures: one panel per unit, one bar per article.

    ``measures`` is `analysis.compare.measures` (article, label, measure, value); ``panels``
    lists (title, measures) and measures absent from the table are skipped, so the chart shows
    what was computed. Bars are labelled with the article's ``label``.
    """
    present = set(measures["measure"]) if not measures.empty else set()
    panels = [(title, [m for m in wanted if m in present]) for title, wanted in panels]
    panels = [(title, wanted) for title, wanted in panels if wanted]
    if not panels:
        return _empty_figure("Summary measures", "no measures to show")
    articles = _ordered_articles(measures, names)
    labels = dict(zip(measures["article"], measures["label"])) if "label" in measures else {}
    colours = _article_colours(articles)
    figure, axes_list = plt.subplots(len(panels), 1, figsize=(9, 2.9 * len(panels)), squeeze=False)
    width = 0.8 / max(len(articles), 1)
    values = measures.set_index(["measure", "article"])["value"]
    for axes, (title, wanted) in zip(axes_list[:, 0], panels):
        x = np.arange(len(wanted))
        for i, article in enumerate(articles):
            heights = [float(values.get((m, article), np.nan)) for m in wanted]
            axes.bar(x + (i - (len(articles) - 1) / 2) * width, np.nan_to_num(heights), width,
                     color=colours[article], label=_name(article, names) if names else labels.get(article, article))
        axes.axhline(0, color="0.5", lw=0.8)
        # ("stance" on its own line: seven stance labels side by side overlap on one line.)
        axes.set_xticks(x, [m.replace("_per_1000", "").replace("stance_", "stance\n").replace("_", " ") for m in wanted], fontsize=9)
        axes.set_title(title, fontsize=10, loc="left")
    handles, legend_labels = axes_list[0, 0].get_legend_handles_labels()
    figure.legend(handles, legend_labels, fontsize=8, frameon=False, ncols=min(len(articles), 4), loc="upper center")
    figure.tight_layout(rect=(0, 0, 1, 1 - 0.35 / (2.9 * len(panels))))
    return figure


@plain_text
def frame_heatmap(
    profile: pd.DataFrame, category: str | None = "frame", names: Mapping[str, str] | None = None
) -> Figure:
    """Heatmap of framing terms per 1,000 words: rows are frames (or categories), columns articles.

    ``profile`` is `analysis.compare.frame_profile`. With ``category="frame"`` the rows are the
    Media Frames Corpus dimensions (Boydstun et al. 2014) the frame cues point to; with
    ``category=None`` the rows are the framing categories themselves (loaded, hedge, ...).
    Each cell is annotated with its rate; a blank column means the article used none.
    """
    title = "Frame cues per 1,000 words" if category else "Framing terms per 1,000 words, by category"
    if profile.empty or (category and not (profile["category"] == category).any()):
        return _empty_figure(title, "no framing terms found")
    rows = profile[profile["category"] == category] if category else profile
    key = "subcategory" if category else "category"
    grid = rows.pivot_table(index=key, columns="article", values="per_1000_words", aggfunc="sum", fill_value=0.0)
    grid = grid[_ordered_articles(rows, names)]
    figure, axes = plt.subplots(figsize=(2.0 + 1.7 * grid.shape[1], 1.2 + 0.42 * grid.shape[0]))
    image = axes.imshow(grid.to_numpy(), cmap="Blues", aspect="auto", vmin=0)
    top = float(grid.to_numpy().max()) or 1.0
    for (r, c), value in np.ndenumerate(grid.to_numpy()):
        axes.text(c, r, f"{value:.1f}" if value else "·", ha="center", va="center", fontsize=8,
                  color="white" if value > 0.6 * top else "black")
    axes.set_xticks(range(grid.shape[1]), [wrapped(_name(a, names)) for a in grid.columns], fontsize=8)
    axes.set_yticks(range(grid.shape[0]), [str(i).replace("_", " ") for i in grid.index], fontsize=8)
    axes.set_title(title, fontsize=10, loc="left")
    figure.colorbar(image, ax=axes, shrink=0.8, label="per 1,000 words")
    figure.tight_layout()
    return figure


# Actors (rows) of `actor_label_matrix` at most, the most mentioned over all the articles first.
ACTORS_SHOWN = 15


@plain_text
def actor_label_matrix(
    labels: pd.DataFrame, names: Mapping[str, str] | None = None, top: int = 2, actors: int = ACTORS_SHOWN
) -> Figure:
    """Actor × article matrix of how each actor is named: the ``top`` labels and their counts.

    ``labels`` is `analysis.compare.ranked_labels`. Cell shade is the actor's mentions in the
    article; the text lists its most used labels ("Hamas 3 / terrorist group 1"), so one look
    shows who says "militants" where another says "terrorists" (Entman 1993). The ``actors``
    most mentioned over all the articles are shown (the title says so when there are more).
    """
    title = "How each article names each actor (mentions; most used labels)"
    if labels.empty:
        return _empty_figure(title, "no actor labels found")
    articles = _ordered_articles(labels, names)
    totals = labels.pivot_table(index="actor", columns="article", values="count", aggfunc="sum", fill_value=0)
    totals = totals.reindex(columns=articles, fill_value=0)
    totals = totals.loc[totals.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    if len(totals) > actors:
        title = f"{title}: the {actors} most mentioned of {len(totals)} actors"
        totals = totals.head(actors)
    figure, axes = plt.subplots(figsize=(2.2 + 2.3 * len(articles), 1.0 + 0.55 * len(totals)))
    axes.imshow(totals.to_numpy(), cmap="Oranges", aspect="auto", vmin=0, vmax=max(float(totals.to_numpy().max()), 1) * 1.6)
    ranked = labels.sort_values(["article", "actor", "rank"])
    for r, actor in enumerate(totals.index):
        for c, article in enumerate(articles):
            cell = ranked[(ranked["actor"] == actor) & (ranked["article"] == article)].head(top)
            text = "\n".join(f"{label} {n}" for label, n in zip(cell["label"], cell["count"])) or "·"
            axes.text(c, r, text, ha="center", va="center", fontsize=7.5)
    axes.set_xticks(range(len(articles)), [wrapped(_name(a, names), 24) for a in articles], fontsize=8)
    axes.set_yticks(range(len(totals)), list(totals.index), fontsize=8)
    axes.set_title(title, fontsize=10, loc="left")
    figure.tight_layout()
    return figure


@plain_text
def overlaid_sentiment_arcs(
    positions: pd.DataFrame, names: Mapping[str, str] | None = None, window: int = 3
) -> Figure:
    """Sentiment arcs of several articles on one 0–100 % axis: polarity as one reads on.

    ``positions`` is `analysis.compare.sentiment_positions`. Each article's polarity is
    smoothed with a centred moving average over ``window`` sentences (the "sentiment arc" of
    Reagan et al. 2016, on normalised narrative time); dots are the raw sentence scores.
    """
    title = f"Sentiment arcs (TextBlob polarity, {window}-sentence moving average)"
    if positions.empty:
        return _empty_figure(title, "no sentences")
    articles = _ordered_articles(positions, names)
    colours = _article_colours(articles)
    figure, axes = plt.subplots(figsize=(9, 3.8))
    axes.axhline(0, color="0.6", lw=0.8)
    for article in articles:
        rows = positions[positions["article"] == article].sort_values("position")
        smooth = rows["polarity"].rolling(window, center=True, min_periods=1).mean()
        axes.plot(rows["position"], rows["polarity"], ".", color=colours[article], alpha=0.35)
        axes.plot(rows["position"], smooth, "-", color=colours[article], lw=2, label=_name(article, names))
    axes.set_xlim(0, 100)
    axes.set_ylim(-1.05, 1.05)
    axes.set_xlabel("position in the article (% of its length)")
    axes.set_ylabel("polarity (-1..1)")
    axes.set_title(title, fontsize=10, loc="left")
    _legend_below(axes, min(len(articles), 3), 0.2)
    figure.tight_layout()
    return figure


@plain_text
def share_of_voice_bars(
    share: pd.DataFrame, names: Mapping[str, str] | None = None, value: str = "share"
) -> Figure:
    """Stacked bars of who speaks in each article: one bar per article, one segment per speaker type.

    ``share`` is `analysis.compare.share_of_voice`; ``value`` is ``share`` (of statements) or
    ``words_share`` (of quoted words). Segments are labelled with their percentage when wide
    enough to hold it; articles without statements get an empty bar marked "no statements".
    """
    unit = "statements" if value == "share" else "quoted words"
    title = f"Share of voice by speaker type (share of {unit})"
    articles = list(names) if names else _ordered_articles(share, None) if not share.empty else []
    if not articles:
        return _empty_figure(title, "no statements")
    types = sorted(set(share["speaker_type"])) if not share.empty else []
    colours = {t: plt.get_cmap("Set2").colors[i % 8] for i, t in enumerate(types)}
    grid = (
        share.pivot_table(index="article", columns="speaker_type", values=value, aggfunc="sum", fill_value=0.0)
        .reindex(index=articles, columns=types, fill_value=0.0)
        if types
        else pd.DataFrame(index=articles)
    )
    figure, axes = plt.subplots(figsize=(9, 1.2 + 0.55 * len(articles)))
    y = np.arange(len(articles))
    left = np.zeros(len(articles))
    for speaker_type in types:
        widths = 100.0 * grid[speaker_type].to_numpy()
        axes.barh(y, widths, left=left, color=colours[speaker_type], label=speaker_type, edgecolor="white")
        for yi, (x0, w) in enumerate(zip(left, widths)):
            if w >= 8:
                axes.text(x0 + w / 2, yi, f"{w:.0f}%", ha="center", va="center", fontsize=8)
        left += widths
    for yi, total in enumerate(left):
        if total == 0:
            axes.text(1, yi, "no statements", va="center", fontsize=8, color="0.4")
    axes.set_yticks(y, [_name(a, names) for a in articles], fontsize=8)
    axes.invert_yaxis()
    axes.set_xlim(0, 100)
    axes.set_xlabel(f"% of {unit}")
    axes.set_title(title, fontsize=10, loc="left")
    if types:
        axes.legend(fontsize=8, frameon=False, ncols=min(len(types), 5), loc="upper center",
                    bbox_to_anchor=(0.5, -0.35 if len(articles) < 4 else -0.2))
    figure.tight_layout()
    return figure


@plain_text
def fightin_words_plot(table: pd.DataFrame, labels: Sequence[str] = ("a", "b"), n: int = 10) -> Figure:
    """The "Fightin' Words" plot: z-score against word frequency, top words of each side labelled.

    ``table`` is `analysis.fightin_words.log_odds_dirichlet`. x is the pooled count (log
    scale), y the z-score; dashed lines at ±1.96 mark the paper's threshold (Monroe, Colaresi &
    Quinn 2008, figure 4 style). The ``n`` words leaning most to each side are labelled.
    """
    title = "\n".join(
        textwrap.shorten(line, 110, placeholder="…")
        for line in ("Words that tell the groups apart", f"up: {labels[0]}", f"down: {labels[1]}")
    )
    if table.empty:
        return _empty_figure(title, "no words")
    figure, axes = plt.subplots(figsize=(9, 5))
    strong = table["z"].abs() >= 1.96
    colour = np.where(table["z"] > 0, "tab:blue", "tab:red")
    axes.scatter(table["frequency"], table["z"], s=10, c=np.where(strong, colour, "0.75"), alpha=0.8, lw=0)
    for z in (1.96, -1.96):
        axes.axhline(z, color="0.5", ls="--", lw=0.8)
    axes.axhline(0, color="0.7", lw=0.6)
    to_a = table[table["z"] > 0].sort_values(["z", "term"], ascending=[False, True]).head(n)
    to_b = table[table["z"] < 0].sort_values(["z", "term"], ascending=[True, True]).head(n)
    annotations = []
    for rows, colour_name in ((to_a, "tab:blue"), (to_b, "tab:red")):
        # Words with the same counts sit on the same point: one label lists them all.
        for (frequency, z), point in rows.groupby(["frequency", "z"], sort=False):
            annotations.append((abs(z), axes.annotate(
                wrapped(", ".join(point["term"]), 40), (frequency, z), xytext=(4, 2), textcoords="offset points",
                fontsize=8, color=colour_name)))
    axes.set_xscale("log")
    # Plain numbers (1, 10, 100) rather than mathtext powers of ten.
    axes.xaxis.set_major_formatter(ScalarFormatter())
    axes.xaxis.set_minor_formatter(NullFormatter())
    axes.set_xlabel("word frequency in both groups (log scale)")
    axes.set_ylabel("z-score of log-odds ratio")
    axes.set_title(title, fontsize=10, loc="left")
    figure.tight_layout()
    # The most distinctive words keep their label; one that would cover another's is left out
    # (every word is in the table of top terms).
    _drop_colliding(figure, [text for _, text in sorted(annotations, key=lambda pair: -pair[0])])
    return figure


@plain_text
def rate_bars(rates: pd.DataFrame, xlabel: str, value: str = "per_1000", low: str = "low", high: str = "high") -> Figure:
    """Horizontal bars of one rate per group (the index), with its interval as error bars.

    ``rates`` has one row per group (an outlet, a label) and the columns ``value``, ``low`` and
    ``high`` (notebook 03's pooled rate and bootstrap interval). Group names are wrapped, never
    cut, so two outlets whose names begin alike stay two bars.
    """
    if rates.empty:
        return _empty_figure(xlabel, "no groups")
    names = [wrapped(name, 36) for name in rates.index]
    lines = sum(name.count("\n") + 1 for name in names)
    figure, axes = plt.subplots(figsize=(7, 0.9 + 0.28 * lines + 0.15 * len(names)))
    errors = [rates[value] - rates[low], rates[high] - rates[value]]
    axes.barh(range(len(names)), rates[value], xerr=errors, color="#7a7a7a")
    axes.set_yticks(range(len(names)), names, fontsize=8)
    axes.invert_yaxis()
    axes.set_xlabel(xlabel)
    figure.tight_layout()
    return figure


@plain_text
def loaded_by_voice(framing: pd.DataFrame, title: str = "Loaded wording by kind: writer's voice vs quotations") -> Figure:
    """Counts of `loaded` framing rows per subcategory, the writer's voice beside quoted voice.

    ``framing`` is `analysis.framing.framing`. Separating voices answers whether the emotive words
    are the outlet's or its sources' (BASIL, Fan et al. 2019, marks the same distinction).
    """
    loaded = framing[framing["category"] == "loaded"] if len(framing) else framing
    if loaded.empty:
        return _empty_figure(title, "no loaded terms found")
    counts = (
        loaded.assign(voice=np.where(loaded["in_quote"].astype(bool), "quoted", "writer"))
        .pivot_table(index="subcategory", columns="voice", values="start", aggfunc="count", fill_value=0)
        .reindex(columns=["writer", "quoted"], fill_value=0)
    )
    counts = counts.loc[counts.sum(axis=1).sort_values(kind="stable").index]
    figure, axes = plt.subplots(figsize=(7, 0.8 + 0.45 * len(counts)))
    positions = np.arange(len(counts))
    axes.barh(positions - 0.2, counts["writer"], height=0.4, label="writer's voice", color="#d62728")
    axes.barh(positions + 0.2, counts["quoted"], height=0.4, label="in quotations", color="#1f77b4")
    axes.set_yticks(positions, [str(s).replace("_", " ") for s in counts.index], fontsize=8)
    axes.set_xlabel("terms")
    axes.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    axes.set_title(title, fontsize=10, loc="left")
    figure.tight_layout()
    return figure


# --- statements (who said what) -------------------------------------------------------------

_SPEAKER_TYPE_COLOURS = {
    "person": "#1f77b4", "anonymous": "#7f7f7f", "government": "#d62728", "organisation": "#2ca02c",
    "media": "#9467bd", "document": "#8c564b", "unknown": "#c7c7c7",
}
_STANCE_COLOURS = {
    "neutral": "#9e9e9e", "assertive": "#1f77b4", "distancing": "#ff7f0e", "concessive": "#2ca02c",
    "hostile": "#d62728", "no cue": "#dddddd",
}


def _own_words(statements: pd.DataFrame) -> list[int]:
    """Words of each statement's content that no statement nested inside it reports: in
    "Netanyahu said Hamas claimed it had fulfilled its obligations" the inner words are Hamas's,
    so Netanyahu is credited with "Hamas claimed" only, and no word is counted twice. A span
    repeated by a later row counts once, for the first row."""
    from .tokenize import count_words

    spans = list(zip(statements["start"].tolist(), statements["end"].tolist(), statements["quote"].tolist()))
    words = []
    for index, (start, end, quote) in enumerate(spans):
        if any((s, e) == (start, end) for s, e, _ in spans[:index]):
            words.append(0)
            continue
        inner = sorted((s, e) for s, e, _ in spans if start <= s and e <= end and (s, e) != (start, end))
        pieces, position = [], start
        for s, e in inner:
            if s > position:
                pieces.append(quote[position - start:s - start])
            position = max(position, e)
        pieces.append(quote[position - start:])
        words.append(sum(count_words(piece) for piece in pieces))
    return words


def _quoted_words(statements: pd.DataFrame) -> pd.DataFrame:
    """The statements with ``who`` (resolved speaker) and ``words`` (words in the content that
    are this speaker's own: nested statements' words go to their own speakers, `_own_words`)."""
    who = statements["speaker_resolved"].where(statements["speaker_resolved"].astype(str) != "", statements["speaker"])
    return statements.assign(
        who=who.replace("", "(unattributed)"),
        speaker_type=statements["speaker_type"].replace("", "unknown"),
        words=_own_words(statements),
    )


@plain_text
def share_of_voice_chart(statements: pd.DataFrame, top: int = 12, title: str = "Share of voice") -> Figure:
    """Words quoted per speaker (left, top ``top``, coloured by speaker type) and per speaker
    type (right), from one article's statements table. Words are counted in each statement's
    content with the suite's tokenizer, so a long quotation weighs more than a short one."""
    if statements.empty:
        return _empty_figure(title, "no statements")
    frame = _quoted_words(statements)
    speakers = (
        frame.groupby(["who", "speaker_type"], sort=False)["words"].sum().reset_index()
        .sort_values("words", ascending=False, kind="stable").head(top)
    )
    types = frame.groupby("speaker_type")["words"].sum().sort_values(ascending=False)
    total = max(int(frame["words"].sum()), 1)
    figure, (left, right) = plt.subplots(
        1, 2, figsize=(11, 1.4 + 0.32 * max(len(speakers), len(types))), gridspec_kw={"width_ratios": [3, 2]}
    )
    labels = [wrapped(w, 40) for w in speakers["who"]]
    left.barh(range(len(speakers)), speakers["words"], color=[_SPEAKER_TYPE_COLOURS.get(t, "#c7c7c7") for t in speakers["speaker_type"]])
    left.set_yticks(range(len(speakers)), labels, fontsize=8)
    left.invert_yaxis()
    left.set_xlabel("words quoted")
    left.set_title(f"{title}: words quoted per speaker", fontsize=10, loc="left")
    right.barh(range(len(types)), 100.0 * types.to_numpy() / total, color=[_SPEAKER_TYPE_COLOURS.get(t, "#c7c7c7") for t in types.index])
    right.set_yticks(range(len(types)), list(types.index), fontsize=8)
    right.invert_yaxis()
    right.set_xlabel("% of quoted words")
    right.set_title("per speaker type", fontsize=10, loc="left")
    figure.tight_layout()
    return figure


@plain_text
def sourcing_chart(statements: pd.DataFrame, title: str = "Sourcing") -> Figure:
    """Named vs anonymous speakers (statements and quoted words, left) and the mix of
    reporting-verb stances (right; "no cue" for transcript labels and colon introductions)
    from one article's statements table."""
    if statements.empty:
        return _empty_figure(title, "no statements")
    frame = _quoted_words(statements)
    frame = frame.assign(
        named=frame["anonymous"].map({True: "anonymous", False: "named"}),
        stance=frame["cue_stance"].replace("", "no cue"),
    )
    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 2.6))
    groups = ["named", "anonymous"]
    counts = frame.groupby("named").size().reindex(groups, fill_value=0)
    words = frame.groupby("named")["words"].sum().reindex(groups, fill_value=0)
    y = np.arange(2)
    left.barh(y - 0.2, 100.0 * counts.to_numpy() / max(counts.sum(), 1), height=0.4, color="#1f77b4", label="statements")
    left.barh(y + 0.2, 100.0 * words.to_numpy() / max(words.sum(), 1), height=0.4, color="#aec7e8", label="quoted words")
    for yi, (c, w) in enumerate(zip(counts, words)):
        left.text(1, yi - 0.2, f"{c} statements", va="center", fontsize=7)
        left.text(1, yi + 0.2, f"{w} words", va="center", fontsize=7)
    left.set_yticks(y, groups, fontsize=8)
    left.invert_yaxis()
    left.set_xlim(0, 100)
    left.set_xlabel("%")
    _legend_below(left, 2, 0.3)
    left.set_title(f"{title}: named vs anonymous speakers", fontsize=10, loc="left")
    stances = frame["stance"].value_counts()
    order = [s for s in _STANCE_COLOURS if s in stances.index] + [s for s in stances.index if s not in _STANCE_COLOURS]
    right.barh(range(len(order)), [stances[s] for s in order], color=[_STANCE_COLOURS.get(s, "#c7c7c7") for s in order])
    right.set_yticks(range(len(order)), order, fontsize=8)
    right.invert_yaxis()
    right.set_xlabel("statements")
    right.set_title("reporting-verb stance", fontsize=10, loc="left")
    figure.tight_layout()
    return figure


# --- source overlap (several articles) -------------------------------------------------------

# Rows of each panel of `source_overlap_chart` at most (speakers, actors), the most shared first.
OVERLAP_TOP = 18
_SHARED_COLOUR = "0.6"


@plain_text
def source_overlap_chart(overlap: pd.DataFrame, names: Mapping[str, str] | None = None, top: int = OVERLAP_TOP) -> Figure:
    """Dot matrix of who each article quotes (top panel) and which actors it names (bottom).

    ``overlap`` is `analysis.compare.source_overlap`. Rows are speakers or actors (those shared
    by most articles first), columns articles; a dot means the article has it, its area grows
    with the count (statements, mentions) written beside it. Grey dots are shared with another
    article; a dot in the article's colour is a voice or an actor only that article has.
    """
    title = "Source overlap: who each article quotes, and whom it names"
    if overlap.empty:
        return _empty_figure(title, "no speakers or actors found")
    articles = _ordered_articles(overlap, names)
    colours = _article_colours(articles)
    panels = [(what, overlap[overlap["what"] == what]) for what in ("speaker", "actor")]
    panels = [(what, rows) for what, rows in panels if not rows.empty]
    shown = [(what, list(dict.fromkeys(rows["name"]))[:top], rows) for what, rows in panels]
    heights = [max(len(rows_shown), 1) for _, rows_shown, _ in shown]
    figure, axes_list = plt.subplots(len(shown), 1, figsize=(3.8 + 1.5 * len(articles), 1.6 + 0.27 * sum(heights) + 0.9 * len(shown)),
                                     squeeze=False, gridspec_kw={"height_ratios": heights})
    largest = max(int(overlap["count"].max()), 1)
    for axes, (what, row_names, rows) in zip(axes_list[:, 0], shown):
        position = {name: i for i, name in enumerate(row_names)}
        rows = rows[rows["name"].isin(position)]
        x = [articles.index(a) for a in rows["article"]]
        y = [position[n] for n in rows["name"]]
        axes.scatter(x, y, s=[30 + 170 * (c / largest) ** 0.5 for c in rows["count"]], lw=0,
                     c=[colours[a] if only else _SHARED_COLOUR for a, only in zip(rows["article"], rows["only_here"])])
        for xi, yi, count in zip(x, y, rows["count"]):
            axes.text(xi + 0.18, yi, str(count), va="center", fontsize=7, color="0.25")
        axes.set_yticks(range(len(row_names)), [wrapped(n, 40) for n in row_names], fontsize=8)
        axes.set_ylim(len(row_names) - 0.5, -0.5)
        axes.set_xlim(-0.5, len(articles) - 0.5)
        axes.set_xticks(range(len(articles)), [wrapped(_name(a, names)) for a in articles], fontsize=8)
        total = overlap.loc[overlap["what"] == what, "name"].nunique()
        more = f" ({len(row_names)} of {total}, most shared first)" if len(row_names) < total else ""
        unit = "statements" if what == "speaker" else "mentions"
        axes.set_title(f"{'Speakers quoted' if what == 'speaker' else 'Actors named'} ({unit}){more}", fontsize=9, loc="left")
        axes.grid(axis="y", color="0.92", lw=0.6)
        axes.set_axisbelow(True)
    figure.suptitle(title + "\n(grey: shared with another article; coloured: only this article)", fontsize=10, x=0.01, ha="left")
    figure.tight_layout()
    return figure
