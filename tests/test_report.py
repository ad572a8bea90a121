"""The report: self-contained, escaped, titled and laid out for one article or for several.

`tests/test_browser.py` opens it in a real browser and checks every chart decodes."""

from __future__ import annotations

import re

import matplotlib
import pytest

matplotlib.use("Agg")

from analysis.cli import main  # noqa: E402
from analysis.load import text_article  # noqa: E402
from analysis.pipeline import analyze  # noqa: E402
from analysis.report import CONTENT_SECURITY_POLICY, report_html  # noqa: E402

from .conftest import CENTCOM, RUBIO_PRESS, SEED  # noqa: E402

# Summary bars, share of voice, frame heatmap, category heatmap, actor matrix, arcs, source overlap, fightin' words.
CHARTS = 8
# Sentiment arc, share of voice, sourcing, loaded wording by voice, actors, and who speaks about
# whom when the analysis makes the voices table (before the actors branch is merged it does not).
ONE_ARTICLE_CHARTS = 5 + ("voices" in analyze(text_article("Hamas said Israel attacked.", article_id="probe")))


@pytest.fixture(scope="module")
def report(shipped_articles) -> str:
    return report_html(shipped_articles)


def test_report_is_self_contained(report, shipped_articles):
    assert f'content="{CONTENT_SECURITY_POLICY}"' in report
    assert "<script" not in report.lower()
    # Nothing is fetched: every src is an embedded PNG, no stylesheet or font is linked.
    sources = re.findall(r'\ssrc="([^"]*)"', report)
    assert len(sources) == CHARTS
    assert all(src.startswith("data:image/png;base64,") for src in sources)
    assert "<link" not in report and "@import" not in report and "url(" not in report
    for article in shipped_articles:
        assert f'<section class="article" id="{article.id}">' in report
    assert "Fightin’ Words" in report and ">Admiral Cooper</td>" in report
    assert "<h1>Comparing 4 articles</h1>" in report and "<h2>Side by side</h2>" in report


def test_untrusted_text_is_escaped():
    hostile = text_article(
        'outlet: <i>Evil</i>\ntitle: <img src=x onerror="alert(1)">\n---\nHeadline\n\n<script>alert("t")</script>\n\n'
        'Officials said "<b>bold</b> move" on Tuesday, according to <a href=//evil>Reuters</a>.',
        article_id="evil<1>",
    )
    page = report_html([hostile, text_article("A quiet day in Gaza.\n\nNothing happened.", article_id="quiet")])
    assert "<script" not in page.lower()
    assert "<img src=x" not in page and "<b>bold" not in page and "<a href" not in page
    assert "&lt;script&gt;alert(" in page and "&lt;a href=//" in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page and "&lt;i&gt;Evil&lt;/i&gt;" in page
    assert 'id="evil&lt;1&gt;"' in page


def test_cli_writes_the_report(tmp_path, capsys):
    out = tmp_path / "nested" / "report.html"
    paths = [str(CENTCOM), str(RUBIO_PRESS)]
    assert main(["report", *paths, "--out", str(out), "--title", "Two <voices>"]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<h1>Two &lt;voices&gt;</h1>" in page
    assert page.count('class="article"') == 2
    assert f"wrote {out}" in capsys.readouterr().err


def test_cli_report_bad_input_exits_2(tmp_path, capsys):
    out = tmp_path / "report.html"
    assert main(["report", str(tmp_path / "missing.txt"), "--out", str(out)]) == 2
    assert "missing.txt" in capsys.readouterr().err
    assert not out.exists()


def test_one_article_report_is_titled_by_the_article_and_compares_nothing(tmp_path, capsys):
    out = tmp_path / "seed.html"
    assert main(["report", str(SEED), "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    title = "Trump’s Gaza Plan Gains Momentum: U.S.-Led Force to Stabilize Gaza Amid Israeli Pressure on Hamas"
    assert f"<title>{title}</title>" in page and f"<h1>{title}</h1>" in page
    assert "Comparing" not in page and "Side by side" not in page and "Fightin" not in page
    assert "<h2>The article in figures</h2>" in page and "<h2>The article, highlighted</h2>" in page
    assert len(re.findall(r'\ssrc="data:image/png;base64,', page)) == ONE_ARTICLE_CHARTS
    assert page.count('class="article"') == 1


def test_report_passes_its_topic_to_the_analysis(tmp_path):
    article = text_article("Hamas said Israel attacked.", article_id="a")
    assert "label_Hamas" in report_html([article], topic="israel_gaza")
    # A topic that does not exist fails, so the choice reaches the analysis (never silently dropped).
    with pytest.raises((OSError, ValueError)):
        report_html([article], topic=str(tmp_path / "no_such_topic"))


# --- who said what, and reported speech in the highlighted article (issue 16, section 4) ------

from analysis.article import Article  # noqa: E402
from analysis.render import highlight_html  # noqa: E402
from analysis.views import shortened, speaker_via_counts, who_said_what  # noqa: E402

CHAIN = (
    'Senior <b>advisers</b> revealed that the force is ready, Reuters reported.\n\n'
    "Netanyahu said Hamas claimed it had “fulfilled its obligations”."
)


def chain_statements():
    """Statements of `CHAIN` as the statements table gives them: an outlet credited (with a hostile
    name), a reported statement holding a partial quotation of another speaker."""
    import pandas as pd

    at = CHAIN.index
    return pd.DataFrame({
        "statement": [0, 1, 2],
        "kind": ["reported", "reported", "partial"],
        "speaker": ["Senior <b>advisers</b>", "Netanyahu", "Hamas"],
        "speaker_resolved": ["Senior <b>advisers</b>", "Benjamin Netanyahu", "Hamas"],
        "speaker_type": ["anonymous", "person", "organisation"],
        "speaker_via": ["cue", "cue", "cue"],
        "cue": ["revealed", "said", "claimed"],
        "cue_stance": ["concessive", "neutral", "distancing"],
        "source": ["Reuters <i>", "", ""],
        "quote": ["the force is ready", "Hamas claimed it had “fulfilled its obligations”", "it had “fulfilled its obligations”"],
        "start": [at("the force"), at("Hamas claimed"), at("it had")],
        "end": [at(", Reuters"), len(CHAIN) - 1, len(CHAIN) - 1],
    })


def test_reported_speech_is_shaded_by_speaker_and_quoted_words_underlined_with_the_credit_in_the_title():
    markup = highlight_html(Article("chain", "", CHAIN), chain_statements(), None)
    paragraphs = markup.split('<p style="margin:0 0 0.8em 0">')[1:]
    assert paragraphs[0] == (
        "Senior &lt;b&gt;advisers&lt;/b&gt; revealed that "
        '<span style="background:#1f77b422;border-bottom:2px dashed #1f77b4" title="reported speech: '
        'Senior &lt;b&gt;advisers&lt;/b&gt; (revealed, concessive; credited to Reuters &lt;i&gt;)">the force is ready</span>'
        ", Reuters reported.</p>"
    )
    # The innermost statement's speaker colours its words: Hamas's inside Netanyahu's, and the
    # words in quotation marks inside Hamas's partial quotation are Hamas's (underlined).
    hamas = '<span style="background:#9467bd22;border-bottom:2px dashed #9467bd" title="partial quotation: Hamas (claimed, distancing)">'
    assert paragraphs[1] == (
        'Netanyahu said <span style="background:#2ca02c22;border-bottom:2px dashed #2ca02c" '
        'title="reported speech: Benjamin Netanyahu (said, neutral)">Hamas claimed </span>'
        f"{hamas}it had “</span>"
        f'{hamas}<span style="border-bottom:2px solid #9467bd;color:#9467bd" title="quoted: Hamas">fulfilled its obligations</span></span>'
        f"{hamas}”</span>.</p></div>"
    )
    assert "<b>" not in markup and "<i>" not in markup


def test_a_direct_quotation_credited_to_an_outlet_names_the_outlet_in_its_title():
    import pandas as pd

    text = "“We are ready,” the minister said, according to Axios."
    statements = pd.DataFrame({
        "start": [1], "end": [text.index("”")], "kind": ["direct"], "speaker": ["the minister"],
        "speaker_resolved": ["Yoav Gallant"], "source": ["Axios"],
    })
    markup = highlight_html(Article("d", "", text), statements, None)
    assert 'title="quoted: Yoav Gallant; credited to Axios">We are ready,</span>' in markup


def test_who_said_what_lists_each_statement_with_speaker_type_via_cue_source_and_shortened_words():
    statements = chain_statements()
    statements.loc[1, ["speaker", "speaker_via"]] = ["he", "pronoun"]
    table = who_said_what(statements, limit=24)
    assert table.to_dict("records") == [
        {"statement": 0, "kind": "reported", "speaker": "Senior <b>advisers</b>", "as_written": "", "speaker_type": "anonymous",
         "speaker_via": "cue", "cue (stance)": "revealed (concessive)", "source": "Reuters <i>", "words": "the force is ready"},
        {"statement": 1, "kind": "reported", "speaker": "Benjamin Netanyahu", "as_written": "he", "speaker_type": "person",
         "speaker_via": "pronoun", "cue (stance)": "said (neutral)", "source": "", "words": "Hamas claimed it had …"},
        {"statement": 2, "kind": "partial", "speaker": "Hamas", "as_written": "", "speaker_type": "organisation",
         "speaker_via": "cue", "cue (stance)": "claimed (distancing)", "source": "", "words": "it had “fulfilled its …"},
    ]
    assert speaker_via_counts(statements).to_dict("records") == [
        {"speaker_via": "pronoun", "statements": 1, "share": 0.333},
        {"speaker_via": "cue", "statements": 2, "share": 0.667},
    ]
    with pytest.raises(ValueError, match="statements table: missing column"):
        who_said_what(statements.drop(columns=["speaker_via", "source"]))


def test_shortened_cuts_at_a_word_boundary_on_one_line():
    assert shortened("one two\n\nthree   four five", 14) == "one two three …"
    assert shortened("short", 14) == "short"
    assert shortened("x" * 20, 8) == "xxxxxxxx …"


def test_the_report_shows_who_said_what_with_the_unnamed_advisers_and_the_credited_outlet():
    from analysis.load import load_article

    page = report_html([load_article(SEED)])
    table = page[page.index('<table class="who-said-what"'):]
    table = table[: table.index("</table>")]
    rows = re.findall(r"<tr>(.*?)</tr>", table)
    cells = [re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row) for row in rows]
    advisers = next(row for row in cells if "senior U.S. advisers" in row)
    assert advisers[1:9] == ["reported", "senior U.S. advisers", "", "anonymous", "cue", "revealed (concessive)", "Reuters",
                             advisers[8]]
    assert advisers[8].startswith("efforts are underway to establish an international stabilization force for Gaza")
    assert "Speakers found by: " in page
    assert 'title="reported speech: senior U.S. advisers (revealed, concessive; credited to Reuters)"' in page


# --- source overlap of several articles (issue 17) --------------------------------------------

from analysis.compare import shared_actor_labels, source_overlap  # noqa: E402


def overlap_tables():
    """Statements, actors and actor_labels of two articles as the pipeline gives them."""
    import pandas as pd

    statements = pd.DataFrame({
        "article": ["a", "a", "a", "b", "b"],
        "speaker": ["Hamas", "officials", "he", "hamas", ""],
        "speaker_resolved": ["Hamas", "", "Benjamin Netanyahu", "", ""],
    })
    actors = pd.DataFrame({"article": ["a", "a", "b", "b"], "actor": ["Hamas", "Israel", "Hamas", "Qatar"], "mentions": [4, 2, 3, 1]})
    labels = pd.DataFrame({
        "article": ["a", "a", "a", "a", "b", "b", "b"],
        "actor": ["Hamas", "Hamas", "Hamas", "Israel", "Hamas", "Hamas", "Qatar"],
        "label": ["Hamas", "terror group", "terrorist", "Israel", "militants", "Hamas", "Doha"],
        "count": [2, 1, 1, 2, 2, 1, 1],
    })
    return statements, actors, labels


def test_source_overlap_says_who_only_one_article_quotes_and_how_shared_actors_are_labelled():
    overlap = source_overlap(*overlap_tables())
    assert overlap.to_dict("records") == [
        {"what": "speaker", "name": "Hamas", "article": "a", "count": 1, "in_articles": 2, "only_here": False, "labels": ""},
        {"what": "speaker", "name": "Hamas", "article": "b", "count": 1, "in_articles": 2, "only_here": False, "labels": ""},
        {"what": "speaker", "name": "Benjamin Netanyahu", "article": "a", "count": 1, "in_articles": 1, "only_here": True, "labels": ""},
        {"what": "speaker", "name": "officials", "article": "a", "count": 1, "in_articles": 1, "only_here": True, "labels": ""},
        {"what": "actor", "name": "Hamas", "article": "a", "count": 4, "in_articles": 2, "only_here": False,
         "labels": "Hamas 2 · terror group 1 · terrorist 1"},
        {"what": "actor", "name": "Hamas", "article": "b", "count": 3, "in_articles": 2, "only_here": False, "labels": "militants 2 · Hamas 1"},
        {"what": "actor", "name": "Israel", "article": "a", "count": 2, "in_articles": 1, "only_here": True, "labels": "Israel 2"},
        {"what": "actor", "name": "Qatar", "article": "b", "count": 1, "in_articles": 1, "only_here": True, "labels": "Doha 1"},
    ]
    shared = shared_actor_labels(overlap, {"b": "second", "a": "first"})
    assert list(shared.columns) == ["second", "first"]
    assert shared.to_dict("index") == {"Hamas": {"second": "militants 2 · Hamas 1", "first": "Hamas 2 · terror group 1 · terrorist 1"}}
    # One article: nothing is "only here" (there is nothing to compare with).
    statements, actors, labels = overlap_tables()
    alone = source_overlap(statements[statements["article"] == "a"], actors[actors["article"] == "a"], labels)
    assert not alone["only_here"].any() and set(alone["in_articles"]) == {1}


def test_the_comparison_report_shows_source_overlap(report):
    assert "<h2>Source overlap</h2>" in report
    assert "<h3>Only in one article</h3>" in report and "<h3>How each article labels the actors they share</h3>" in report
    assert "speakers quoted only here" in report
