"""A shareable report: one self-contained HTML file, readable offline.

For several articles it holds the side-by-side summary (`analysis.compare.compare`), the
comparison charts (`analysis.charts`, embedded as base64 PNG), the word-choice contrast
("Fightin' Words", `analysis.fightin_words`) and each article's text highlighted by
`analysis.render.highlight_html`. For one article there is nothing to compare: it is titled
with the article's own title and holds the article's figures, the charts of notebook 01
(sentiment arc, share of voice, sourcing, loaded wording by voice, actors) and the text.
Nothing is fetched when the file is opened: no scripts, no external CSS, fonts or images, and a
Content-Security-Policy that forbids them, so a mistake elsewhere cannot turn untrusted article
text into live markup. Every string taken from an article (titles, outlets, labels, terms,
table cells) is HTML-escaped.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from . import charts
from .article import Article
from .compare import (
    Collection,
    TopicChoice,
    article_index,
    collect,
    compare,
    cue_stance_mix,
    frame_profile,
    measures,
    ranked_labels,
    sentiment_positions,
    share_of_voice,
    shared_actor_labels,
    source_overlap,
)
from .display import table_html
from .fightin_words import fightin_words, top_terms
from .views import speaker_via_counts, who_said_what

# Images and inline styles only: no script, no network, no frames, no forms.
CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
PNG_DPI = 100
TOP_TERMS = 12

_STYLE = """
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222;
       max-width: 1100px; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; font-size: 0.85em; margin: 1em 0; }
th, td { border: 1px solid #ddd; padding: 0.25em 0.5em; vertical-align: top; }
figure { margin: 1.5em 0; } figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
figcaption { font-size: 0.9em; color: #555; }
.caveat { background: #fff8e1; border-left: 4px solid #f0b400; padding: 0.5em 1em; }
.article { border: 1px solid #ddd; padding: 0.5em 1.5em; margin: 1.5em 0; }
.meta { color: #666; font-size: 0.9em; }
"""

_INTRO = (
    "Each article was split into sentences, statements (who is quoted, with which reporting verb) "
    "and framing terms (loaded words, actor labels, hedges, boosters, frame cues) by the "
    "lexicon-based methods of this package. Figures are counts of matched words, not judgements: "
    "a lexicon misses words it does not list and cannot see irony or context. Short excerpts give "
    "few statements and few matches, so one quotation more or less moves a share a lot."
)


def figure_png(figure: Figure) -> str:
    """The figure as a base64 PNG data URI (the figure is closed afterwards, freeing its memory)."""
    buffer = io.BytesIO()
    # No "Software"/date metadata: the same tables give the same bytes.
    figure.savefig(buffer, format="png", dpi=PNG_DPI, metadata={"Software": None})
    plt.close(figure)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _figure_html(figure: Figure, alt: str, caption: str) -> str:
    return (
        f'<figure><img src="{figure_png(figure)}" alt="{html.escape(alt)}">'
        f"<figcaption>{html.escape(caption)}</figcaption></figure>"
    )


def _groups(index: pd.DataFrame, group_a: Sequence[str] | None) -> tuple[list[str], list[str]]:
    ids = list(index["article"])
    chosen = list(group_a) if group_a else ids[:1]
    unknown = [a for a in chosen if a not in ids]
    if unknown:
        raise ValueError(f"not among the articles compared: {', '.join(unknown)}")
    return chosen, [a for a in ids if a not in chosen]


def default_title(articles: Sequence[Article]) -> str:
    """The report's heading when none is given: the article's title, or "Comparing N articles"."""
    if len(articles) == 1:
        return articles[0].title or articles[0].id
    return f"Comparing {len(articles)} articles"


def _one_article_parts(collection: Collection) -> list[str]:
    """The sections of a one-article report: its figures and the charts of notebook 01."""
    comparison = compare(collection)
    figures_table = comparison.drop(columns=["article", "label"]).T.rename(columns={0: "value"})
    tables = collection.tables
    figures = [
        (charts.sentiment_arc(tables["sentences"]), "Sentiment arc", "Polarity and subjectivity of each sentence, in reading order."),
        (charts.share_of_voice_chart(tables["statements"]), "Share of voice", "Words quoted per speaker and per speaker type."),
        (charts.sourcing_chart(tables["statements"]), "Sourcing", "Named and anonymous speakers; the stance of the reporting verbs."),
        (charts.loaded_by_voice(tables["framing"]), "Loaded wording by voice", "Loaded terms in the writer's voice and in quotations."),
        (charts.actor_portrait(tables["actors"], tables["actor_labels"]), "Actors", "How each actor is named, and the tone around it."),
    ]
    if "voices" in tables:  # the voices table (who speaks about whom), when the analysis makes it
        figures.append((charts.voices_matrix(tables["voices"]), "Who speaks about whom",
                        "Statements of each speaker that mention each actor, shaded by their mean polarity."))
    return [
        "<h2>The article in figures</h2>",
        "<p>Shares are fractions of the article's statements (0–1); rates are per 1,000 words; tone is "
        "GDELT-style (% positive minus % negative words); polarity and subjectivity are TextBlob's.</p>",
        table_html(figures_table, "measure"),
        "<h2>Charts</h2>",
        *(_figure_html(figure, alt, caption) for figure, alt, caption in figures),
    ]


def _comparison_parts(collection: Collection, index: pd.DataFrame, names: dict[str, str], group_a: Sequence[str] | None) -> list[str]:
    """The sections of a report on several articles: side by side, charts, word contrast."""
    comparison = compare(collection)
    statements = collection.table("statements")
    framing = collection.table("framing")
    shown = comparison.drop(columns=["article"]).set_index("label").T
    parts = [
        "<h2>Side by side</h2>",
        "<p>One column per article. Shares are fractions of the article's statements (0–1); "
        "rates are per 1,000 words; tone is GDELT-style (% positive minus % negative words); "
        "polarity and subjectivity are TextBlob's.</p>",
        table_html(shown, "measure"),
    ]
    figures = [
        (charts.summary_bars(measures(comparison), names=names), "Grouped bars of the summary measures",
         "Summary measures, one bar per article, one panel per unit."),
        (charts.share_of_voice_bars(share_of_voice(statements), names=names), "Share of voice stacked bars",
         "Who speaks: each article's statements by speaker type."),
        (charts.frame_heatmap(frame_profile(framing, index), names=names), "Heatmap of frame cues by article",
         "Frame cues (Media Frames Corpus dimensions) per 1,000 words; darker is more."),
        (charts.frame_heatmap(frame_profile(framing, index), category=None, names=names),
         "Heatmap of framing categories by article",
         "All framing categories per 1,000 words: loaded words, actor labels, hedges, boosters, violence, victims."),
        (charts.actor_label_matrix(ranked_labels(collection.table("actor_labels")), names=names),
         "Actor by article matrix of labels", "How each article names each actor: its most used labels and counts."),
        (charts.overlaid_sentiment_arcs(sentiment_positions(collection.table("sentences")), names=names),
         "Sentiment arcs overlaid", "Sentence polarity along each article (0 % = first word, 100 % = last)."),
    ]
    parts.append("<h2>Charts</h2>")
    parts += [_figure_html(figure, alt, caption) for figure, alt, caption in figures]

    stance = cue_stance_mix(statements)
    if not stance.empty:
        stance = stance.assign(article=stance["article"].map(names))
        parts += ["<h3>Reporting-verb stance</h3>", table_html(stance.set_index("article"), "article")]
    parts += _overlap_parts(collection, names)

    ids_a, ids_b = _groups(index, group_a)
    by_id = {article.id: article for article in collection.articles}
    label_a = " + ".join(names[a] for a in ids_a)
    label_b = " + ".join(names[b] for b in ids_b)
    contrast = fightin_words([by_id[a] for a in ids_a], [by_id[b] for b in ids_b], labels=(label_a, label_b))
    parts += [
        "<h2>Word choice: what tells the groups apart</h2>",
        f"<p>Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008, "
        f"“Fightin’ Words”): <b>{html.escape(label_a)}</b> against <b>{html.escape(label_b)}</b>. "
        "Positive z leans to the first, negative to the second; |z| ≥ 1.96 is the usual threshold. "
        "With a few hundred words per article few words pass it.</p>",
        _figure_html(
            charts.fightin_words_plot(contrast, labels=(label_a, label_b)),
            "Fightin' words plot: z-score against frequency",
            "z-score against word frequency; the most distinctive words of each side are labelled.",
        ),
        table_html(top_terms(contrast, TOP_TERMS)[["term", "count_a", "count_b", "z", "leans"]].set_index("term"), "term"),
    ]
    return parts


def _overlap_parts(collection: Collection, names: dict[str, str]) -> list[str]:
    """Source overlap (`analysis.compare.source_overlap`): the dot matrix, the speakers and
    actors only one article has, and how the articles label the actors they share."""
    overlap = source_overlap(collection.table("statements"), collection.table("actors"), collection.table("actor_labels"))
    if overlap.empty:
        return []
    only = overlap[overlap["only_here"]].assign(article=lambda t: t["article"].map(names))
    only = only.groupby(["article", "what"], sort=False)["name"].agg(", ".join).unstack(fill_value="")
    parts = [
        "<h2>Source overlap</h2>",
        "<p>Which speakers each article quotes and which actors it names that the others do not "
        "(names matched ignoring case), and how each article labels the actors it shares with another.</p>",
        _figure_html(charts.source_overlap_chart(overlap, names=names), "Dot matrix of speakers and actors by article",
                     "Grey: shared with another article; coloured: only this article. Numbers: statements or mentions."),
    ]
    if not only.empty:
        only = only.reindex(columns=[c for c in ("speaker", "actor") if c in only.columns])
        parts += ["<h3>Only in one article</h3>",
                  table_html(only.rename(columns={"speaker": "speakers quoted only here", "actor": "actors named only here"}), "article")]
    shared = shared_actor_labels(overlap, names)
    if not shared.empty:
        parts += ["<h3>How each article labels the actors they share</h3>", table_html(shared, "actor")]
    return parts


def _who_said_what_parts(statements: pd.DataFrame) -> list[str]:
    """One article's who-said-what list (`analysis.views.who_said_what`) and how its speakers
    were found (`speaker_via`, least certain first), escaped."""
    if statements.empty:
        return ["<h3>Who said what</h3>", "<p>No statements found.</p>"]
    via = speaker_via_counts(statements)
    found = ", ".join(f"{via_name} {count}" for via_name, count in zip(via["speaker_via"], via["statements"]))
    return [
        "<h3>Who said what</h3>",
        "<p>One row per statement, in reading order: the speaker (resolved; <i>as_written</i> when the "
        "text names it otherwise there), its type, the reporting verb and its stance, the outlet the "
        "statement is credited to (<i>source</i>), how the speaker was found (<i>speaker_via</i>) and the "
        f"words (shortened). Speakers found by: {html.escape(found)} (check pronoun, description, carried "
        "and unresolved rows first).</p>",
        table_html(who_said_what(statements), css_class="who-said-what", narrow=True),
    ]


def report_html(
    articles_or_sources: Iterable[Article | str | Path] | Collection,
    *,
    title: str | None = None,
    group_a: Sequence[str] | None = None,
    topic: TopicChoice = None,
) -> str:
    """The whole report as one HTML string (self-contained; see the module docstring).

    ``title``: the heading (default `default_title`). ``group_a`` lists the article ids
    contrasted against all the others in the word-choice section; by default the first article
    against the rest. With one article there is no comparison: the report shows that article's
    figures and charts instead. ``topic``: the topic overlay (`analysis.options.Options`;
    None: the default topic).
    """
    from .render import highlight_html

    collection = collect(articles_or_sources, topic=topic)
    index = article_index(collection.articles)
    names = dict(zip(index["article"], index["label"]))
    title = title or default_title(collection.articles)
    many = len(collection.articles) > 1
    statements = collection.table("statements")
    framing = collection.table("framing")

    parts = [f"<h1>{html.escape(title)}</h1>", f'<p class="caveat">{html.escape(_INTRO)}</p>']
    parts += ["<h2>Articles</h2>" if many else "<h2>The article</h2>",
              table_html(index.set_index("label")[["outlet", "title", "date", "words"]], "label")]
    parts += _comparison_parts(collection, index, names, group_a) if many else _one_article_parts(collection)

    parts.append("<h2>The articles, highlighted</h2>" if many else "<h2>The article, highlighted</h2>")
    for article in collection.articles:
        meta = article.metadata
        own_statements = statements[statements["article"] == article.id] if not statements.empty else statements
        own_framing = framing[framing["article"] == article.id] if not framing.empty else framing
        parts += [
            f'<section class="article" id="{html.escape(article.id)}">',
            f'<p class="meta">{html.escape(" · ".join([names[article.id], *(str(meta[k]) for k in ("outlet", "date") if meta.get(k))]))}</p>',
            *_who_said_what_parts(own_statements),
            highlight_html(article, own_statements, own_framing),
            "</section>",
        ]

    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head>\n<body>\n"
        + "\n".join(parts)
        + "\n</body></html>\n"
    )


def write_report(
    articles_or_sources: Iterable[Article | str | Path] | Collection,
    out: str | Path,
    *,
    title: str | None = None,
    group_a: Sequence[str] | None = None,
    topic: TopicChoice = None,
) -> Path:
    """Write `report_html` to ``out`` (UTF-8) and return the path."""
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(report_html(articles_or_sources, title=title, group_a=group_a, topic=topic), encoding="utf-8")
    return path
