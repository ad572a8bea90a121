"""Charts a reader can read: no label drawn over another, no legend over data, `$` shown as `$`.

`tests.chart_checks.chart_problems` measures what matplotlib draws (window extents). Here it
checks every chart function on each of the tests' fixture articles and the seed article, every
chart of the report (one article and several), and it is itself checked on figures that are
broken on purpose. `tests/test_notebooks.py` checks every chart the notebooks show.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis import analyze, charts, load_article, report  # noqa: E402
from analysis.compare import (  # noqa: E402
    article_index, collect, compare, frame_profile, measures, ranked_labels, sentiment_positions, share_of_voice,
    source_overlap,
)
from analysis.fightin_words import fightin_words  # noqa: E402
from analysis.load import text_article  # noqa: E402

from .chart_checks import chart_problems  # noqa: E402
from .conftest import FIXTURE_ARTICLES, SEED  # noqa: E402


def one_article_charts(article) -> dict[str, object]:
    tables = analyze(article)
    return {
        "sentiment_arc": charts.sentiment_arc(tables["sentences"], title=article.title),
        "share_of_voice_chart": charts.share_of_voice_chart(tables["statements"]),
        "sourcing_chart": charts.sourcing_chart(tables["statements"]),
        "loaded_by_voice": charts.loaded_by_voice(tables["framing"]),
        "actor_portrait": charts.actor_portrait(tables["actors"], tables["actor_labels"]),
        **({"voices_matrix": charts.voices_matrix(tables["voices"])} if "voices" in tables else {}),
    }


def comparison_charts(articles) -> dict[str, object]:
    collection = collect(articles)
    index = article_index(collection.articles)
    names = dict(zip(index["article"], index["label"]))
    framing = collection.table("framing")
    return {
        "summary_bars": charts.summary_bars(measures(compare(collection)), names=names),
        "share_of_voice_bars": charts.share_of_voice_bars(share_of_voice(collection.table("statements")), names=names),
        "frame_heatmap": charts.frame_heatmap(frame_profile(framing, index), names=names),
        "category_heatmap": charts.frame_heatmap(frame_profile(framing, index), category=None, names=names),
        "actor_label_matrix": charts.actor_label_matrix(ranked_labels(collection.table("actor_labels")), names=names),
        "overlaid_sentiment_arcs": charts.overlaid_sentiment_arcs(sentiment_positions(collection.table("sentences")), names=names),
        "source_overlap_chart": charts.source_overlap_chart(source_overlap(
            collection.table("statements"), collection.table("actors"), collection.table("actor_labels")), names=names),
        "fightin_words_plot": charts.fightin_words_plot(
            fightin_words([collection.articles[0]], list(collection.articles[1:])), labels=(names[index.article[0]], "the others")),
    }


def problems_of(figures: dict[str, object]) -> dict[str, list[str]]:
    found = {name: chart_problems(figure) for name, figure in figures.items()}
    plt.close("all")
    return {name: problems for name, problems in found.items() if problems}


@pytest.mark.parametrize("path", [*FIXTURE_ARTICLES, SEED], ids=lambda p: p.stem[:24])
def test_one_article_charts_have_no_overlaps(path):
    assert problems_of(one_article_charts(load_article(path))) == {}


def test_comparison_charts_of_every_article_have_no_overlaps(shipped_articles):
    assert problems_of(comparison_charts([load_article(SEED), *shipped_articles])) == {}


def test_rate_bars_keep_outlets_that_begin_alike_apart():
    names = ["The Daily Chronicle of Northern Gaza Affairs, morning", "The Daily Chronicle of Northern Gaza Affairs, evening"]
    rates = pd.DataFrame({"per_1000": [3.0, 5.0], "low": [2.0, 4.0], "high": [4.0, 6.0]}, index=names)
    figure = charts.rate_bars(rates, "loaded terms per 1,000 words")
    labels = [label.get_text().replace("\n", " ") for label in figure.axes[0].get_yticklabels()]
    assert labels == names and len(figure.axes[0].patches) == 2
    assert chart_problems(figure) == []


@pytest.mark.parametrize("many", [True, False], ids=["several articles", "one article"])
def test_every_report_chart_has_no_overlaps(monkeypatch, shipped_articles, many):
    checked = []
    original = report.figure_png

    def checked_png(figure):
        checked.append((figure.axes[0].get_title(loc="left") or figure.axes[0].get_title(), chart_problems(figure)))
        return original(figure)

    monkeypatch.setattr(report, "figure_png", checked_png)
    report.report_html([load_article(SEED), *shipped_articles] if many else [load_article(SEED)])
    voices = "voices" in analyze(load_article(SEED))  # who speaks about whom, once the voices table exists
    assert len(checked) == (8 if many else 5 + voices)
    assert [problems for _, problems in checked] == [[]] * len(checked), checked


def test_dollar_signs_in_names_and_titles_are_plain_text():
    """A `$` in a file name or title is shown as written (matplotlib would read `$...$` as maths)."""
    body = ('The $5 billion plan is "a $ bargain," the minister said. Hamas said "$10 is nothing."\n\n'
            'Israel said the $ figure was wrong. Egypt said talks go on.')
    articles = [text_article(body, article_id="cost-$5-$10-$report"), text_article(body, article_id="price_$_of_$peace")]
    one = one_article_charts(text_article(body, article_id="a"))
    one["sentiment_arc"] = charts.sentiment_arc(analyze(articles[0])["sentences"], title="Gaza: $5 bn $plan$ costs")
    figures = {**one, **comparison_charts(articles)}
    for name, figure in figures.items():
        figure.canvas.draw()  # mathtext would raise a ParseException here, or render "$5 bn $plan$" as maths
    texts = [t.get_text() for f in figures.values() for t in f.findobj(matplotlib.text.Text)]
    assert any("$plan$" in t for t in texts) and any("$5-$10" in t or "$5" in t for t in texts)
    assert all(not t.get_parse_math() for f in figures.values() for t in f.findobj(matplotlib.text.Text) if "$" in t.get_text())
    plt.close("all")


def test_the_checker_finds_overlapping_text_and_a_legend_over_data():
    figure, axes = plt.subplots(figsize=(4, 3))
    axes.plot([0, 1, 2, 3], [3, 2, 1, 0], label="falling")
    axes.text(1, 1, "first label")
    axes.text(1.05, 1.02, "second label")
    axes.legend(loc="upper left")  # the line runs through the upper left corner
    problems = chart_problems(figure)
    assert any("'first label' overlaps text 'second label'" in p for p in problems)
    assert any(p.startswith("legend covers line 'falling'") for p in problems)
    clean, axes = plt.subplots(figsize=(4, 3))
    axes.plot([0, 1], [0, 0.1], label="flat")
    axes.legend(loc="upper left")
    assert chart_problems(clean) == []
    plt.close("all")


# --- who speaks about whom, and the actor portrait's labels (issue 17) -------------------------

from analysis.actor_charts import label_list  # noqa: E402

from .chart_checks import drawn_cells  # noqa: E402


def hand_built_voices() -> pd.DataFrame:
    """A voices table as the pipeline gives it: one row per article × speaker × actor."""
    rows = [
        ("a", "Israeli officials", "anonymous", "Hamas", 3, 4, 0, 2, -0.30),
        ("a", "Israeli officials", "anonymous", "Israeli hostages", 1, 1, 0, 0, 0.00),
        ("a", "Hamas", "organisation", "Israel", 2, 3, 0, 1, -0.15),
        ("a", "Hamas", "organisation", "Hamas <b>", 1, 1, 0, 0, 0.10),
        ("a", "The agreement", "document", "Hamas", 1, 1, 0, 0, 0.05),
    ]
    columns = ["article", "speaker", "speaker_type", "actor", "statements", "mentions", "favourable", "unfavourable", "polarity"]
    return pd.DataFrame(rows, columns=columns)


def test_who_speaks_about_whom_draws_one_cell_per_speaker_and_actor_with_its_statements():
    figure = charts.voices_matrix(hand_built_voices())
    axes = figure.axes[0]
    # Speakers with most statements first (4, 3, 1), actors likewise (Hamas 4, Israel 2, then ties alphabetically).
    assert drawn_cells(axes) == {
        ("Israeli officials (anonymous)", "Hamas"): "3",
        ("Israeli officials (anonymous)", "Israeli hostages"): "1",
        ("Hamas (organisation)", "Israel"): "2",
        ("Hamas (organisation)", "Hamas <b>"): "1",
        ("The agreement (document)", "Hamas"): "1",
    }
    assert [t.get_text().replace("\n", " ") for t in axes.get_xticklabels()] == ["Hamas", "Israel", "Hamas <b>", "Israeli hostages"]
    polarity = axes.images[0].get_array()
    assert polarity.mask.tolist() == [[False, True, True, False], [True, False, False, True], [False, True, True, True]]
    assert polarity[0, 0] == pytest.approx(-0.30) and polarity[1, 1] == pytest.approx(-0.15) and polarity[2, 0] == pytest.approx(0.05)
    assert axes.images[0].get_clim() == pytest.approx((-0.30, 0.30))  # symmetric: red below 0, blue above
    assert chart_problems(figure) == []
    plt.close("all")


def test_who_speaks_about_whom_keeps_the_top_speakers_and_says_so():
    many = pd.concat([hand_built_voices().assign(speaker=lambda t, i=i: t["speaker"] + f" {i}") for i in range(5)], ignore_index=True)
    figure = charts.voices_matrix(many, top=6)
    axes = figure.axes[0]
    assert len(axes.get_yticklabels()) == 6
    assert "(6 of 15 speakers)" in figure.get_suptitle().replace("\n", " ")
    assert chart_problems(figure) == []
    empty = charts.voices_matrix(hand_built_voices().iloc[0:0])
    assert [t.get_text() for t in empty.axes[0].texts] == ["no speaker mentions an actor"]
    plt.close("all")


def test_label_lists_keep_every_label_whole_and_collapse_the_rest():
    assert label_list([("Hamas", 11), ("terror group", 1), ("terrorist", 1)]) == "Hamas 11 · terror group 1 · terrorist 1"
    terms = [("Washington", 3), ("Trump administration", 1), ("the White House", 1), ("U.S. officials", 1), ("the administration", 1)]
    assert label_list(terms, width=32) == "Washington 3\nTrump administration 1 · +3 more"
    assert label_list(terms, width=30) == "Washington 3\n+4 more"  # "+3 more" does not fit beside it
    assert label_list([("a very long name of an organisation indeed", 2)], width=20) == "a very long name of…"


def test_the_actor_portrait_never_draws_two_labels_over_each_other():
    labels = [("Hamas", "name", 11), ("terror group", "label", 1), ("terrorist", "label", 1),
              ("U.S.", "alias", 7), ("Washington", "alias", 3), ("Trump administration", "alias", 1),
              *((f"the administration of the day {i}", "label", 1) for i in range(9))]
    actor_of = ["Hamas"] * 3 + ["United States"] * 12
    label_table = pd.DataFrame([(actor, label, kind, count) for actor, (label, kind, count) in zip(actor_of, labels)],
                               columns=["actor", "label", "kind", "count"])
    actors = pd.DataFrame({"actor": ["Hamas", "United States"], "tone_writer": [-0.2, 0.1], "tone_quoted": [0.1, float("nan")]})
    figure = charts.actor_portrait(actors, label_table)
    assert chart_problems(figure) == []
    lists = [t.get_text() for t in figure.axes[1].texts]
    assert lists[1] == "Hamas 11 · terror group 1 · terrorist 1"
    assert lists[0].startswith("U.S. 7 · Washington 3") and lists[0].endswith(" more") and lists[0].count("\n") == 1
    plt.close("all")
