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
    assert len(checked) == (7 if many else 5)
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
