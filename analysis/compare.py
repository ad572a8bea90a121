"""Compare articles and outlets side by side: one wide row per article, long tables for groupby.

Every measure here is read off the per-article tables of `analysis.pipeline.analyze`
(sentences, statements, framing, summary), concatenated over the articles: `collect` computes
them once, the small functions below turn them into tidy comparison tables (one row per
article × thing), and `compare` spreads them into the wide side-by-side summary a reader scans.
Measures follow content-analysis practice for sourcing and word choice: share of voice by
speaker type and the anonymous-source share (Sternadori & Wise 2010), the stance of reporting
verbs (Bergler 2006), actor labels (Entman 1993) and TextBlob sentiment (Loria; De Smedt &
Daelemans 2012).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .article import Article
from .load import load_article
from .pipeline import analyze
from .schema import COLUMNS
from .tokenize import count_words

# "centcom-2025-10-21-cmcc-opens-…" → "centcom 2025-10-21": file stems named outlet-date-slug
# (the day may be missing: "seed-2025-10-gaza-…" → "seed 2025-10").
_OUTLET_DATE = re.compile(r"^([^\W_]+(?:[-_][^\W\d_]+)*?)[-_](\d{4}-\d{2}(?:-\d{2})?)(?:[-_]|$)")
# The topic overlay of an analysis (`analysis.options.Options.topic`); None: the default topic.
TopicChoice = str | Path | None
# Statements whose cue carries no stance (e.g. a transcript's speaker turn) are counted as this.
NO_CUE = "no_cue"
LABEL_MAX_CHARS = 24


@dataclass(frozen=True)
class Collection:
    """Articles and every table of each, concatenated over the articles (one frame per table)."""

    articles: tuple[Article, ...]
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)

    def table(self, name: str) -> pd.DataFrame:
        """The concatenated table ``name`` (empty frame if no article produced it)."""
        return self.tables.get(name, pd.DataFrame())


def collect(articles_or_sources: Iterable[Article | str | Path] | Collection, topic: TopicChoice = None) -> Collection:
    """Load (paths, URLs, raw text) and analyse each article once; concatenate each table.

    ``topic`` is the topic overlay (a shipped topic's name or a topic CSV's path; None: the
    default), passed to `analysis.pipeline.analyze`; a `Collection` is returned as it was made.
    Raises `analysis.errors.ArticleError` for an input that cannot be read. Two inputs with
    the same article id are an error too: every comparison table is keyed by article id.
    """
    if isinstance(articles_or_sources, Collection):
        return articles_or_sources
    articles = tuple(item if isinstance(item, Article) else load_article(item) for item in articles_or_sources)
    ids = [article.id for article in articles]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"the same article given twice: {', '.join(duplicates)}")
    per_table: dict[str, list[pd.DataFrame]] = {}
    for article in articles:
        for name, table in analyze(article, topic=topic).items():
            per_table.setdefault(name, []).append(table)
    tables = {
        name: pd.concat([t for t in frames if not t.empty], ignore_index=True)
        if any(not t.empty for t in frames)
        else frames[0]
        for name, frames in per_table.items()
    }
    return Collection(articles, tables)


def short_label(article_id: str) -> str:
    """A short name for charts: "outlet date" from an ``outlet-YYYY-MM-DD-slug`` id, else the id cut."""
    match = _OUTLET_DATE.match(article_id)
    if match:
        return f"{match.group(1)} {match.group(2)}"
    return article_id if len(article_id) <= LABEL_MAX_CHARS else article_id[: LABEL_MAX_CHARS - 1] + "…"


def outlet_or_label(outlet: object, title: object, article_id: str) -> str:
    """The outlet, or for an article without one a label saying so: its title, else its id.

    Keeps articles without an ``outlet`` header visible (never "NaN", a blank, or a group
    silently dropped by ``groupby``) wherever articles are grouped or listed by outlet.
    """
    text = outlet.strip() if isinstance(outlet, str) else ""
    heading = title.strip() if isinstance(title, str) else ""
    return text or f"(no outlet) {heading or article_id}"


def outlet_name(outlet: str) -> str:
    """The outlet without its parenthetical note: "U.S. Department of State (transcript: …)" → "U.S. Department of State".

    Lets articles of one outlet be grouped although their metadata describe each differently.
    """
    return re.sub(r"\s*\(.*$", "", outlet or "").strip()


def article_index(articles: Iterable[Article]) -> pd.DataFrame:
    """One row per article: id, short chart label, outlet, title, date and word count.

    Words are counted with `analysis.tokenize.count_words` (the unit of every per-1,000 rate).
    An article without an outlet is listed under `outlet_or_label`.
    Labels are made unique by appending the article's position when two would collide.
    """
    rows = []
    for article in articles:
        meta = article.metadata
        rows.append(
            (
                article.id,
                short_label(article.id),
                outlet_or_label(meta.get("outlet"), article.title, article.id),
                article.title,
                str(meta.get("date", "") or ""),
                count_words(article.text),
            )
        )
    table = pd.DataFrame(rows, columns=list(COLUMNS["comparison_articles"]))
    duplicated = table["label"].duplicated(keep=False)
    table.loc[duplicated, "label"] = [f"{label} ({i + 1})" for i, label in zip(table.index[duplicated], table["label"][duplicated])]
    return table


def share_of_voice(statements: pd.DataFrame) -> pd.DataFrame:
    """Who gets to speak: statements and quoted words per article × speaker type, with shares.

    ``share`` is the speaker type's fraction of the article's statements; ``words_share`` its
    fraction of the words inside statements (``quote``), so one long quotation is not one voice
    among many short ones. Speaker types come from the statements table (`speaker_type`).
    """
    columns = list(COLUMNS["share_of_voice"])
    if statements.empty:
        return pd.DataFrame(columns=columns)
    frame = statements.assign(
        speaker_type=statements["speaker_type"].fillna("").replace("", "unknown"),
        words=[count_words(q) if isinstance(q, str) else 0 for q in statements["quote"]],
    )
    table = (
        frame.groupby(["article", "speaker_type"], sort=True)
        .agg(statements=("speaker_type", "size"), words=("words", "sum"))
        .reset_index()
    )
    totals = table.groupby("article")[["statements", "words"]].transform("sum")
    table["share"] = table["statements"] / totals["statements"]
    table["words_share"] = (table["words"] / totals["words"].where(totals["words"] > 0)).fillna(0.0)
    return table[columns]


def cue_stance_mix(statements: pd.DataFrame) -> pd.DataFrame:
    """How statements are reported: count and share per article × reporting-verb stance.

    Stances are those of ``analysis/lexicons/reporting_verbs.csv`` (neutral, assertive,
    distancing, concessive, hostile; Bergler 2006, Wikipedia MOS:SAID); a statement without a
    stance-bearing cue (a transcript's speaker turn, a bare quotation) counts as ``no_cue``.
    """
    columns = list(COLUMNS["cue_stance_mix"])
    if statements.empty:
        return pd.DataFrame(columns=columns)
    frame = statements.assign(cue_stance=statements["cue_stance"].fillna("").replace("", NO_CUE))
    table = frame.groupby(["article", "cue_stance"], sort=True).size().rename("statements").reset_index()
    table["share"] = table["statements"] / table.groupby("article")["statements"].transform("sum")
    return table[columns]


def ranked_labels(actor_labels: pd.DataFrame) -> pd.DataFrame:
    """How each article names each actor, ranked: the actor_labels table plus ``share`` and ``rank``.

    ``actor_labels`` is the per-article table of `analysis.actors` (article, actor, label,
    kind, writer, quoted, count; Entman 1993 on naming as framing). ``share`` is the label's
    share of the actor's mentions in that article, ``rank`` 1 for the most used label (ties
    broken alphabetically, so the ranking is deterministic).
    """
    columns = list(COLUMNS["comparison_labels"])
    if actor_labels.empty:
        return pd.DataFrame(columns=columns)
    table = actor_labels.copy()
    table["share"] = table["count"] / table.groupby(["article", "actor"])["count"].transform("sum")
    table = table.sort_values(["article", "actor", "count", "label"], ascending=[True, True, False, True])
    table["rank"] = table.groupby(["article", "actor"]).cumcount() + 1
    return table[columns].reset_index(drop=True)


def top_labels(labels: pd.DataFrame) -> pd.DataFrame:
    """The label each article uses most for each actor (rank 1 of `ranked_labels`)."""
    return labels[labels["rank"] == 1].drop(columns=["rank"]).reset_index(drop=True)


def frame_profile(framing: pd.DataFrame, index: pd.DataFrame) -> pd.DataFrame:
    """Framing terms per article × category × subcategory, as counts and per 1,000 words.

    ``index`` is `article_index` (for word counts); every article of it appears for every
    category seen anywhere, with zero where it used none, so heatmaps compare like with like.
    """
    columns = list(COLUMNS["frame_profile"])
    if framing.empty:
        return pd.DataFrame(columns=columns)
    counts = framing.groupby(["category", "subcategory", "article"]).size().rename("terms")
    pairs = counts.index.droplevel("article").unique()
    grid = pd.MultiIndex.from_tuples(
        [(c, s, a) for c, s in pairs for a in index["article"]], names=["category", "subcategory", "article"]
    )
    table = counts.reindex(grid, fill_value=0).reset_index()
    words = table["article"].map(dict(zip(index["article"], index["words"])))
    table["per_1000_words"] = 1000.0 * table["terms"] / words.where(words > 0)
    return table[columns].sort_values(["article", "category", "subcategory"], ignore_index=True)


def sentiment_positions(sentences: pd.DataFrame) -> pd.DataFrame:
    """Each sentence's polarity and subjectivity at its position in the article, 0–100 %.

    ``position`` is the sentence's midpoint as a percentage of the body's length, so articles
    of different lengths share one x axis (the normalised narrative time of Reagan et al. 2016).
    """
    columns = list(COLUMNS["sentiment_positions"])
    if sentences.empty:
        return pd.DataFrame(columns=columns)
    length = sentences.groupby("article")["end"].transform("max")
    table = sentences.assign(position=100.0 * (sentences["start"] + sentences["end"]) / 2.0 / length)
    return table[columns].reset_index(drop=True)


def _wide(table: pd.DataFrame, key: str, value: str, prefix: str, articles: pd.Series) -> pd.DataFrame:
    if table.empty:
        return pd.DataFrame({"article": articles})
    wide = table.pivot(index="article", columns=key, values=value)
    wide.columns = [f"{prefix}{column}" for column in wide.columns]
    return wide.reindex(articles).reset_index().rename(columns={"index": "article"})


def _zero_where(shares: pd.DataFrame, rows: pd.Series) -> pd.DataFrame:
    shares = shares.reset_index(drop=True).astype("float64")
    shares.loc[rows.to_numpy()] = shares.loc[rows.to_numpy()].fillna(0.0)
    return shares


def compare(articles_or_sources: Iterable[Article | str | Path] | Collection, topic: TopicChoice = None) -> pd.DataFrame:
    """The side-by-side summary: one row per article, in the order given.

    Columns: ``article``, ``label``, ``outlet``, ``words``, ``statements``; ``voice_<type>``
    (share of statements per speaker type, `share_of_voice`), ``anonymous_share``;
    ``stance_<stance>`` (share of statements per reporting-verb stance, `cue_stance_mix`);
    every measure of the summary table (loaded terms per 1,000 words in the writer's voice and
    in quotes, hedges, boosters, tone, polarity, subjectivity); ``label_<actor>`` (the label the
    article uses most for the actor, `top_labels`). Missing shares are 0 for an article with
    statements; measures an article has no data for are left empty (NaN). ``topic``: the topic
    overlay, as in `collect`.
    """
    collection = collect(articles_or_sources, topic=topic)
    index = article_index(collection.articles)
    articles = index["article"]
    statements = collection.table("statements")
    wide = index[["article", "label", "outlet", "words"]].copy()

    counts = statements.groupby("article").size() if not statements.empty else pd.Series(dtype="int64")
    wide["statements"] = articles.map(counts).fillna(0).astype("int64").to_numpy()
    voice = _wide(share_of_voice(statements), "speaker_type", "share", "voice_", articles)
    stance = _wide(cue_stance_mix(statements), "cue_stance", "share", "stance_", articles)
    has_statements = wide["statements"] > 0
    # A speaker type or stance an article never uses is a share of 0, not missing.
    wide = pd.concat([wide, _zero_where(voice.drop(columns="article"), has_statements)], axis=1)
    anonymous = statements.groupby("article")["anonymous"].mean() if not statements.empty else pd.Series(dtype=float)
    wide["anonymous_share"] = articles.map(anonymous.astype(float)).to_numpy()
    wide = pd.concat([wide, _zero_where(stance.drop(columns="article"), has_statements)], axis=1)

    summary = collection.table("summary")
    if not summary.empty:
        extra = [c for c in summary.columns if c not in wide.columns]
        wide = wide.merge(summary[["article", *extra]], on="article", how="left")

    top = top_labels(ranked_labels(collection.table("actor_labels")))
    labels = _wide(top, "actor", "label", "label_", articles)
    wide = wide.merge(labels, on="article", how="left")
    return wide


def measures(comparison: pd.DataFrame) -> pd.DataFrame:
    """The numeric columns of `compare` as a long table: article, label, measure, value.

    The tidy form for ``groupby`` and for charts: one row per article × measure.
    """
    numeric = [c for c in comparison.columns if c not in ("article", "label") and pd.api.types.is_numeric_dtype(comparison[c])]
    table = comparison.melt(id_vars=["article", "label"], value_vars=numeric, var_name="measure", value_name="value")
    return table.astype({"value": "float64"})[list(COLUMNS["comparison_measures"])]


def _most_quoted(statements: pd.DataFrame, article: str) -> str:
    """"Name (k of n statements)" for the speaker the article quotes most, or "" without statements."""
    own = statements[statements["article"] == article] if not statements.empty else statements
    if own.empty:
        return ""
    who = own["speaker_resolved"].where(own["speaker_resolved"].astype(str) != "", own["speaker"]).replace("", "(unattributed)")
    counts = who.value_counts(sort=False)
    top = counts[counts == counts.max()].index[0]  # ties: the first to speak
    return f"{top} ({counts[top]} of {len(own)})"


def reading_notes(comparison: pd.DataFrame, statements: pd.DataFrame) -> str:
    """What each row of `compare` says, in words: one Markdown bullet per article.

    Generated from the figures, so it describes whatever articles were compared: statements
    and the speaker quoted most, the anonymous share, loaded terms per 1,000 words in the
    writer's voice and in quotations, and tone.
    """
    bullets = []
    for row in comparison.to_dict("records"):
        parts = [f"{row['statements']} statement{'' if row['statements'] == 1 else 's'}"]
        speaker = _most_quoted(statements, row["article"])
        if speaker:
            parts.append(f"quoted most: {speaker}")
        if not pd.isna(row.get("anonymous_share")):
            parts.append(f"anonymous share {row['anonymous_share']:.2f}")
        if "loaded_writer_per_1000" in row:
            parts.append(
                f"loaded terms per 1,000 words {row['loaded_writer_per_1000']:.1f} in the writer's voice, "
                f"{row['loaded_quoted_per_1000']:.1f} in quotations"
            )
        if "tone" in row and not pd.isna(row["tone"]):
            parts.append(f"tone {row['tone']:+.2f}")
        bullets.append(f"- **{row['label']}** ({row['outlet']}, {row['words']} words): " + "; ".join(parts) + ".")
    return "\n".join(bullets)


# Columns of `source_overlap` (a view table, documented here: one row per article × speaker or actor).
OVERLAP_COLUMNS = tuple(COLUMNS["source_overlap"])
# Joins the terms an article uses for an actor in `source_overlap`'s labels ("Hamas 9 · terror group 1").
TERMS_SEPARATOR = " · "


def _voice_key(name: str) -> str:
    """Speakers and actors of different articles are the same when their names match ignoring
    case and spacing ("U.S. officials" and "U.S.  Officials")."""
    return " ".join(name.split()).casefold()


def source_overlap(statements: pd.DataFrame, actors: pd.DataFrame, actor_labels: pd.DataFrame) -> pd.DataFrame:
    """Who each article gives voice to, and which actors it names, against the other articles.

    One row per article × speaker (``what`` "speaker": ``count`` its statements; speaker as in
    `analysis.framing.statement_speakers`, statements without one left out) and per article ×
    actor (``what`` "actor": ``count`` its mentions, from the actors table). ``in_articles``:
    how many of the articles have that speaker or actor (names matched ignoring case and
    spacing; the first spelling met is shown); ``only_here``: no other article has it (never
    True when one article is compared). ``labels``: for actors, every term the article uses
    for it with its count, most used first ("Hamas 9 · terror group 1", from actor_labels);
    empty for speakers. Sorted by ``what`` (speakers first), then the names most articles share,
    then most counted, then name, then article. Columns: `OVERLAP_COLUMNS`.
    """
    rows: list[tuple[str, str, str, int]] = []
    if not statements.empty:
        from .framing import statement_speakers
        from .schema import columns_of

        spoken = statements.assign(who=statement_speakers(columns_of(statements)))
        spoken = spoken[spoken["who"] != ""]
        rows += [("speaker", who, article, int(n)) for (article, who), n in spoken.groupby(["article", "who"], sort=False).size().items()]
    if not actors.empty:
        rows += [("actor", actor, article, int(n)) for article, actor, n in zip(actors["article"], actors["actor"], actors["mentions"])]
    if not rows:
        return pd.DataFrame(columns=list(OVERLAP_COLUMNS))
    table = pd.DataFrame(rows, columns=["what", "name", "article", "count"])
    table["key"] = table["name"].map(_voice_key)
    table["name"] = table.groupby(["what", "key"])["name"].transform("first")
    table = table.groupby(["what", "key", "article"], sort=False, as_index=False).agg(name=("name", "first"), count=("count", "sum"))
    table["in_articles"] = table.groupby(["what", "key"])["article"].transform("nunique").astype("int64")
    table["only_here"] = (table["in_articles"] == 1) & (table["article"].nunique() > 1)
    table["labels"] = [_terms(actor_labels, article, name) if what == "actor" else ""
                       for what, name, article in zip(table["what"], table["name"], table["article"])]
    table["total"] = table.groupby(["what", "key"])["count"].transform("sum")
    table = table.sort_values(["what", "in_articles", "total", "name", "article"], ascending=[False, False, False, True, True], kind="stable")
    return table[list(OVERLAP_COLUMNS)].reset_index(drop=True)


def _terms(actor_labels: pd.DataFrame, article: str, actor: str) -> str:
    """The terms ``article`` uses for ``actor`` with their counts, most used first."""
    if actor_labels.empty:
        return ""
    own = actor_labels[(actor_labels["article"] == article) & (actor_labels["actor"] == actor)]
    own = own.sort_values(["count", "label"], ascending=[False, True], kind="stable")
    return TERMS_SEPARATOR.join(f"{label} {count}" for label, count in zip(own["label"], own["count"]))


def shared_actor_labels(overlap: pd.DataFrame, names: dict[str, str] | None = None) -> pd.DataFrame:
    """How each article labels the actors it shares with another: one row per actor named by two
    or more articles, one column per article (its short name from ``names``), each cell the
    article's terms for the actor with counts (`source_overlap` labels; empty: not named there).
    Actors named by most articles first; columns in the order of ``names``, else as met."""
    shared = overlap[(overlap["what"] == "actor") & (overlap["in_articles"] > 1)]
    if shared.empty:
        return pd.DataFrame(index=pd.Index([], name="actor"))
    seen = list(dict.fromkeys(overlap["article"]))
    articles = [a for a in names if a in seen] + [a for a in seen if a not in names] if names else seen
    grid = shared.pivot_table(index="name", columns="article", values="labels", aggfunc="first", fill_value="", sort=False)
    grid = grid.reindex(columns=[a for a in articles if a in grid.columns], fill_value="")
    grid = grid.rename(columns=names or {}).rename_axis(index="actor", columns=None)
    return grid
