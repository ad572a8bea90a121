"""The comparison report: self-contained, escaped, and every chart decodes in a real browser."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

from analysis.cli import main  # noqa: E402
from analysis.load import text_article  # noqa: E402
from analysis.report import CONTENT_SECURITY_POLICY, report_html  # noqa: E402

from .conftest import ARTICLES  # noqa: E402

CHARTS = 7  # summary bars, share of voice, frame heatmap, category heatmap, actor matrix, arcs, fightin' words
BROWSER = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome") if shutil.which(name)), None)


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
    assert "Fightin’ Words" in report and "<td>Admiral Cooper</td>" in report


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
    paths = [str(p) for p in sorted(ARTICLES.glob("*.txt"))[:2]]
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


# The probe runs only in the test's copy: the shipped report has no script and forbids one.
_PROBE = """<script>
window.addEventListener("load", () => {
  const images = [...document.images];
  const result = document.createElement("pre");
  result.id = "probe";
  result.textContent = images.map(i => `${i.complete}:${i.naturalWidth}x${i.naturalHeight}:${i.getBoundingClientRect().width}`).join(" ");
  document.body.appendChild(result);
});
</script>"""


@pytest.mark.skipif(BROWSER is None, reason="no headless Chromium installed")
def test_every_chart_decodes_in_a_headless_browser(report):
    page = report.replace("default-src 'none';", "default-src 'none'; script-src 'unsafe-inline';")
    page = page.replace("</body>", _PROBE + "</body>")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.html"
        path.write_text(page, encoding="utf-8")
        profile = Path(folder) / "profile"
        result = subprocess.run(
            [
                BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                f"--user-data-dir={profile}", "--window-size=1200,900", "--virtual-time-budget=5000",
                "--dump-dom", path.as_uri(),
            ],
            capture_output=True, text=True, timeout=120,
        )
    probe = re.search(r'<pre id="probe">([^<]*)</pre>', result.stdout)
    assert probe, result.stderr[-2000:]
    images = probe.group(1).split()
    assert len(images) == CHARTS
    for image in images:
        complete, size, shown_width = image.split(":")
        width, height = (int(n) for n in size.split("x"))
        assert complete == "true" and width > 300 and height > 100 and float(shown_width) > 300
