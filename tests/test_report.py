"""The report: self-contained, escaped, titled and laid out for one article or for several.

`tests/test_browser.py` opens it in a real browser and checks every chart decodes."""

from __future__ import annotations

import re

import matplotlib
import pytest

matplotlib.use("Agg")

from analysis.cli import main  # noqa: E402
from analysis.load import text_article  # noqa: E402
from analysis.report import CONTENT_SECURITY_POLICY, report_html  # noqa: E402

from .conftest import CENTCOM, RUBIO_PRESS, SEED  # noqa: E402

CHARTS = 7  # summary bars, share of voice, frame heatmap, category heatmap, actor matrix, arcs, fightin' words
ONE_ARTICLE_CHARTS = 5  # sentiment arc, share of voice, sourcing, loaded wording by voice, actors


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
