"""Comparison tables: the side-by-side summary and the long tables behind the charts."""

from __future__ import annotations

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")

from analysis import COLUMNS, charts  # noqa: E402
from analysis.compare import (  # noqa: E402
    article_index,
    collect,
    compare,
    cue_stance_mix,
    frame_profile,
    measures,
    ranked_labels,
    sentiment_positions,
    share_of_voice,
    short_label,
    top_labels,
)
from analysis.load import text_article  # noqa: E402

from .conftest import ARTICLES  # noqa: E402


@pytest.fixture(scope="module")
def collection(shipped_articles):
    return collect(shipped_articles)


@pytest.fixture(scope="module")
def comparison(collection):
    return compare(collection)


def test_short_labels():
    assert short_label("centcom-2025-10-21-cmcc-opens-to-support-gaza-stabilization") == "centcom 2025-10-21"
    assert short_label("usstate-2025-10-24-rubio-tours") == "usstate 2025-10-24"
    assert short_label("an-article-without-a-date-in-its-long-name") == "an-article-without-a-da…"
    assert short_label("seed") == "seed"


def test_article_index_on_shipped_articles(shipped_articles):
    index = article_index(shipped_articles)
    assert list(index.columns) == list(COLUMNS["comparison_articles"])
    assert list(index["label"]) == ["centcom 2025-10-21", "commondreams 2025-10-15", "usstate 2025-10-22", "usstate 2025-10-24"]
    assert list(index["words"]) == [275, 307, 326, 362]
    assert index.loc[0, "outlet"] == "U.S. Central Command (press release)"


def test_colliding_labels_are_made_unique():
    articles = [text_article("One.", article_id="x-2025-01-01-a"), text_article("Two.", article_id="x-2025-01-01-b")]
    assert list(article_index(articles)["label"]) == ["x 2025-01-01 (1)", "x 2025-01-01 (2)"]


def test_the_same_article_twice_is_an_error(centcom):
    with pytest.raises(ValueError, match="the same article given twice"):
        collect([centcom, centcom])


def test_compare_has_one_row_per_article_in_order(comparison, shipped_articles):
    assert list(comparison["article"]) == [a.id for a in shipped_articles]
    head = ["article", "label", "outlet", "words", "statements"]
    assert list(comparison.columns[:5]) == head
    summary_columns = [c for c in COLUMNS["summary"] if c not in head]
    assert all(c in comparison.columns for c in summary_columns)
    voice = comparison.filter(like="voice_")
    assert voice.sum(axis=1).round(9).tolist() == [1.0] * 4  # shares of statements add up


def test_compare_centcom_row(comparison):
    row = comparison.set_index("label").loc["centcom 2025-10-21"]
    # Four direct quotations, all from Adm. Brad Cooper, all with "said".
    assert row["statements"] == 4
    assert row["voice_person"] == 1.0 and row["anonymous_share"] == 0.0
    assert row["stance_neutral"] == 1.0
    assert row["label_Hamas"] == "Hamas" and row["label_Israel"] == "Israel"


def test_compare_labels_differ_between_articles(comparison):
    labels = comparison.set_index("label")
    # Rubio's remarks at the CMCC say "a terrorist group" but never name Hamas: the topic's label
    # is attached only to an actor the article names, so that article has no Hamas label.
    assert pd.isna(labels.loc["usstate 2025-10-24", "label_Hamas"])
    assert labels.loc["commondreams 2025-10-15", "label_Hamas"] == "Hamas"
    assert labels.loc["usstate 2025-10-22", "label_Marco Rubio"] == "Secretary Rubio"
    assert pd.isna(labels.loc["centcom 2025-10-21", "label_Marco Rubio"])


def test_measures_is_the_long_form(comparison):
    long = measures(comparison)
    assert list(long.columns) == list(COLUMNS["comparison_measures"])
    measured = set(long["measure"])
    assert {"words", "statements", "voice_person", "anonymous_share", "tone", "textblob_subjectivity"} <= measured
    assert not measured & {"article", "label", "outlet", "language", "label_Hamas"}  # text columns stay out
    assert len(long) == 4 * len(measured)
    words = long[long["measure"] == "words"].set_index("label")["value"]
    assert words.to_dict() == {"centcom 2025-10-21": 275.0, "commondreams 2025-10-15": 307.0,
                               "usstate 2025-10-22": 326.0, "usstate 2025-10-24": 362.0}


def _statements(rows):
    return pd.DataFrame(rows, columns=["article", "speaker_type", "anonymous", "cue_stance", "quote"])


def test_share_of_voice_counts_statements_and_words():
    statements = _statements(
        [
            ("a", "person", False, "neutral", "one two three"),
            ("a", "person", False, "assertive", "four"),
            ("a", "anonymous", True, "", "five six seven eight"),
            ("b", "", False, "distancing", "nine"),
        ]
    )
    table = share_of_voice(statements)
    assert list(table.columns) == list(COLUMNS["share_of_voice"])
    assert table.values.tolist() == [
        ["a", "anonymous", 1, 4, 1 / 3, 0.5],
        ["a", "person", 2, 4, 2 / 3, 0.5],
        ["b", "unknown", 1, 1, 1.0, 1.0],
    ]
    stance = cue_stance_mix(statements)
    assert stance.values.tolist() == [
        ["a", "assertive", 1, 1 / 3],
        ["a", "neutral", 1, 1 / 3],
        ["a", "no_cue", 1, 1 / 3],
        ["b", "distancing", 1, 1.0],
    ]


def test_ranked_labels_break_ties_alphabetically():
    labels = pd.DataFrame(
        [
            ("a", "Hamas", "militants", "label", 1, 0, 1),
            ("a", "Hamas", "Hamas", "name", 2, 1, 3),
            ("a", "Hamas", "terror group", "label", 1, 0, 1),
        ],
        columns=["article", "actor", "label", "kind", "writer", "quoted", "count"],
    )
    ranked = ranked_labels(labels)
    assert list(ranked.columns) == list(COLUMNS["comparison_labels"])
    assert ranked[["label", "share", "rank"]].values.tolist() == [["Hamas", 0.6, 1], ["militants", 0.2, 2], ["terror group", 0.2, 3]]
    assert top_labels(ranked)["label"].tolist() == ["Hamas"]


def test_frame_profile_fills_zeros(collection):
    index = article_index(collection.articles)
    profile = frame_profile(collection.table("framing"), index)
    assert list(profile.columns) == list(COLUMNS["frame_profile"])
    # every article has a row for every (category, subcategory) seen in any article
    assert profile.groupby("article").size().nunique() == 1
    assert (profile["terms"] == 0).any()  # zeros are rows, not gaps
    row = profile[(profile["article"] == index.loc[0, "article"]) & (profile["category"] == "hedge")]
    hedges = collection.table("framing")
    hedges = hedges[(hedges["article"] == index.loc[0, "article"]) & (hedges["category"] == "hedge")]
    assert row["terms"].sum() == len(hedges)
    assert row["per_1000_words"].sum() == pytest.approx(1000 * len(hedges) / 275)


def test_sentiment_positions_run_from_0_to_100(collection):
    positions = sentiment_positions(collection.table("sentences"))
    assert list(positions.columns) == list(COLUMNS["sentiment_positions"])
    assert positions["position"].between(0, 100).all()
    assert positions.groupby("article")["position"].is_monotonic_increasing.all()


def test_every_chart_draws(collection, comparison):
    index = article_index(collection.articles)
    names = dict(zip(index["article"], index["label"]))
    figures = [
        charts.summary_bars(measures(comparison), names=names),
        charts.share_of_voice_bars(share_of_voice(collection.table("statements")), names=names),
        charts.frame_heatmap(frame_profile(collection.table("framing"), index), names=names),
        charts.actor_label_matrix(ranked_labels(collection.table("actor_labels")), names=names),
        charts.overlaid_sentiment_arcs(sentiment_positions(collection.table("sentences")), names=names),
    ]
    assert [len(f.axes) for f in figures] == [4, 1, 2, 1, 1]
    bars = figures[0].axes[0]
    assert len(bars.patches) == 4 * 4  # four articles x four per-1,000 measures
    legend = [t.get_text() for t in figures[0].legends[0].get_texts()]
    assert legend == list(index["label"])
    for figure in figures:
        matplotlib.pyplot.close(figure)


def test_empty_inputs_give_empty_tables_and_charts():
    assert share_of_voice(pd.DataFrame()).empty and cue_stance_mix(pd.DataFrame()).empty
    assert ranked_labels(pd.DataFrame()).empty
    figure = charts.actor_label_matrix(ranked_labels(pd.DataFrame()))
    assert figure.axes[0].texts[0].get_text() == "no actor labels found"
    matplotlib.pyplot.close(figure)


def test_compare_accepts_paths():
    table = compare([str(ARTICLES / "centcom-2025-10-21-cmcc-opens-to-support-gaza-stabilization.txt")])
    assert table["label"].tolist() == ["centcom 2025-10-21"]


def test_articles_without_an_outlet_are_labelled_by_title_or_file_name():
    from analysis.compare import article_index, compare, outlet_or_label
    from analysis.load import text_article

    untitled = text_article("\n\nOfficials said the talks went on.", article_id="no-title-file")
    titled = text_article("A quiet day\n\nNothing happened in Gaza, officials said.", article_id="quiet")
    index = article_index([titled, untitled])
    assert list(index["outlet"]) == ["(no outlet) A quiet day", f"(no outlet) {untitled.title or 'no-title-file'}"]
    assert "" not in set(compare([titled, untitled])["outlet"])
    assert outlet_or_label(float("nan"), float("nan"), "x-1") == "(no outlet) x-1"
    assert outlet_or_label(" Reuters ", "t", "x") == "Reuters"
