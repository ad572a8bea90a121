"""JupyterLab and the HTML report in a real browser: what a user meets, not what nbval compares.

JupyterLab is started from the checkout by ``make lab`` (a free local port, a token, no browser
of its own, ``--allow-root`` when run as root) and driven in headless Chromium (the Debian
``chromium`` binary, never a downloaded one) with Playwright: each notebook is opened, run with
*Run → Run All Cells*, and checked once the kernel is idle: no error output, the expected number
of images rendered more than 300 px wide, and (notebook 01) the highlighted article. Full-page
screenshots go to a temporary folder whose path is printed (``pytest -s`` shows it). Then another
article's path is typed into notebook 01's parameters cell, the notebook is run again, and the
title shown must change. Settings given to this JupyterLab only: autosave off (the notebooks in
the checkout are never rewritten: checked), no news fetched, every cell kept in the page.

Without Chromium or Playwright these tests skip, unless ``REQUIRE_BROWSER=1`` (set by ``.ci/run``,
which installs both) makes that a failure.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from .conftest import CENTCOM, ROOT, SEED, SHARED  # noqa: F401  (SHARED: documented neighbour)

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
NOTEBOOKS = ROOT / "notebooks"

def _voices_table_made() -> bool:
    """Whether the analysis makes the voices table (who speaks about whom: one chart more in
    notebook 01 and the one-article report once actor discovery is merged)."""
    from analysis.load import text_article
    from analysis.pipeline import analyze

    return "voices" in analyze(text_article("Hamas said Israel attacked.", article_id="probe"))


VOICES = _voices_table_made()
# Images each notebook shows with its default parameters (as in tests/test_notebooks.py).
IMAGES = {"01_article.ipynb": 5 + VOICES, "02_compare.ipynb": 9, "03_corpus.ipynb": 1}
# The one-article report's charts, and the comparison report's (source overlap included).
REPORT_CHARTS = {"one": 5 + VOICES, "several": 8}
SEED_TITLE = "Trump’s Gaza Plan Gains Momentum"
CENTCOM_TITLE = "CENTCOM"
STARTUP_SECONDS = 90
# The notebook on show (JupyterLab keeps other open documents in the page, hidden).
ACTIVE = ".jp-NotebookPanel:not(.lm-mod-hidden)"
RUN_SECONDS = 120

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - reported by the skip below
    sync_playwright = None

_missing = [what for what, present in (("chromium", CHROMIUM), ("playwright", sync_playwright)) if not present]
if _missing and os.environ.get("REQUIRE_BROWSER") == "1":
    raise RuntimeError(f"REQUIRE_BROWSER=1 but {' and '.join(_missing)} missing: run .ci/run or install them")
pytestmark = pytest.mark.skipif(bool(_missing), reason=f"{' and '.join(_missing)} not installed")

# JupyterLab settings of the test's own server (a fresh settings folder): autosave off so running
# the notebooks never rewrites them, no news fetched, every cell rendered (no virtual scrolling).
_SETTINGS = {
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.ipynb"))}


@pytest.fixture(scope="module")
def screenshots():
    folder = Path(tempfile.mkdtemp(prefix="browser-screenshots-"))
    print(f"\nscreenshots: {folder}")
    return folder


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server started by ``make lab`` on a free port; yields its base URL and token."""
    home = tmp_path_factory.mktemp("lab")
    for name, values in _SETTINGS.items():
        path = home / "settings" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values), encoding="utf-8")
    port, token = _free_port(), hashlib.sha256(os.urandom(16)).hexdigest()[:32]
    environment = {**os.environ, "JUPYTERLAB_SETTINGS_DIR": str(home / "settings"),
                   "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"), "JUPYTER_RUNTIME_DIR": str(home / "runtime")}
    arguments = f"--no-browser --ip=127.0.0.1 --port={port} --IdentityProvider.token={token} --ServerApp.port_retries=0"
    before = _digest(NOTEBOOKS)
    server = subprocess.Popen(
        ["make", "-s", "-C", str(ROOT), "lab", f"BIN={Path(sys.executable).parent}", f"LAB_ARGS={arguments}"],
        env=environment, stdout=subprocess.DEVNULL, stderr=open(home / "lab.log", "w"), start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_SECONDS
    while True:
        try:
            with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2):
                break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("JupyterLab did not start:\n" + (home / "lab.log").read_text()[-3000:])
            time.sleep(0.5)
    try:
        yield base, token
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # the make process group this fixture started
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
        assert _digest(NOTEBOOKS) == before, "running the notebooks in JupyterLab rewrote a notebook file"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS,
            viewport={"width": 1400, "height": 1000},
        )
        yield context
        context.close()


def _menu(page, menu: str, item: str) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text=menu).first.click()
    page.locator(".lm-Menu-itemLabel", has_text=item).first.click()


def _kernel_idle(page) -> None:
    """Wait until the status bar says the kernel is idle, choosing the notebook's kernel if asked."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while "| Idle" not in page.locator("#jp-main-statusbar").inner_text():
        dialog = page.locator(".jp-Dialog button.jp-mod-accept")
        if dialog.count():
            dialog.first.click()  # "Select Kernel: Python 3 (ipykernel)", as a user would
        assert time.monotonic() < deadline, page.locator("#jp-main-statusbar").inner_text()
        page.wait_for_timeout(250)


def _run_all(page) -> None:
    """Clear every output, Run → Run All Cells, then wait until every code cell ran and the kernel is idle.

    Clearing first means the saved outputs of the file can never pass for a run."""
    _menu(page, "Edit", "Clear Outputs of All Cells")
    page.wait_for_function(f"() => document.querySelectorAll('{ACTIVE} .jp-OutputArea-output').length === 0")
    _menu(page, "Run", "Run All Cells")
    try:
        page.wait_for_function(
            "() => { const prompts = [...document.querySelectorAll(`${ACTIVE} .jp-CodeCell .jp-InputPrompt`)]"
            ".map(p => p.textContent.trim());"
            " return prompts.length > 0 && prompts.every(p => /^\\[\\d+\\]:$/.test(p)); }".replace("${ACTIVE}", ACTIVE),
            timeout=RUN_SECONDS * 1000,
        )
    except Exception as error:
        shot = Path(tempfile.gettempdir()) / "browser-test-failure.png"
        page.screenshot(path=str(shot))
        prompts = page.eval_on_selector_all(f"{ACTIVE} .jp-CodeCell .jp-InputPrompt", "ps => ps.map(p => p.textContent.trim())")
        raise AssertionError(f"not every cell ran: prompts {prompts}; screenshot {shot}") from error
    _kernel_idle(page)
    page.wait_for_timeout(500)  # the last image decodes


def _open(browser, lab, name: str):
    base, token = lab
    page = browser.new_page()
    page.goto(f"{base}/lab/tree/{name}?reset&token={token}")  # reset: no earlier tabs restored
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=STARTUP_SECONDS * 1000)
    _kernel_idle(page)
    return page


def _screenshot(page, path: Path) -> None:
    """The whole notebook: the window made as tall as the notebook's content, then a full-page shot."""
    height = page.evaluate(
        "() => Math.max(...[...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer')]"
        ".map(e => e.scrollHeight), 0)")
    page.set_viewport_size({"width": 1400, "height": min(max(int(height) + 200, 1000), 32000)})
    page.evaluate("() => document.querySelectorAll('.jp-WindowedPanel-outer').forEach(e => { e.scrollTop = 0; })")
    page.wait_for_timeout(300)
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size({"width": 1400, "height": 1000})


def _check_outputs(page, name: str) -> None:
    # JupyterLab renders an error (a traceback) as stderr text; any stderr at all fails too, so a
    # warning or a progress bar on the pink stderr background is caught as well.
    stderr = page.eval_on_selector_all(f"{ACTIVE} .jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']",
                                       "outputs => outputs.map(o => o.innerText)")
    assert stderr == [], stderr[0][:2000]
    widths = page.eval_on_selector_all(f"{ACTIVE} .jp-OutputArea-output img", "images => images.map(i => i.naturalWidth)")
    assert len(widths) == IMAGES[name], widths
    assert all(width > 300 for width in widths), widths


def _title_shown(page) -> str:
    """The title row of notebook 01's metadata table, as rendered."""
    return page.locator(f"{ACTIVE} .jp-OutputArea-output table tr", has=page.locator("th", has_text="title")).first.inner_text()


@pytest.mark.parametrize("name", sorted(IMAGES))
def test_notebook_runs_all_cells_in_jupyterlab(browser, lab, screenshots, name):
    page = _open(browser, lab, name)
    _run_all(page)
    _check_outputs(page, name)
    if name == "01_article.ipynb":
        highlighted = page.locator(f"{ACTIVE} .jp-OutputArea-output .article-highlight")
        assert highlighted.count() >= 1
        assert "Hamas claimed" in highlighted.first.inner_text()
        # Reported speech is marked too (no quote marks): shaded, with its speaker and outlet on hover.
        reported = highlighted.first.locator('span[title="reported speech: senior U.S. advisers (revealed, concessive; credited to Reuters)"]')
        assert reported.count() >= 1
        listed = page.locator(f"{ACTIVE} .jp-OutputArea-output table tr", has=page.locator("td", has_text="senior U.S. advisers"))
        assert "Reuters" in listed.first.inner_text()
        assert SEED_TITLE in _title_shown(page)
    _screenshot(page, screenshots / f"{name}.png")
    page.close()


def test_another_article_typed_into_the_parameters_cell_changes_the_title(browser, lab, screenshots):
    page = _open(browser, lab, "01_article.ipynb")
    editor = page.locator(f"{ACTIVE} .jp-CodeCell").nth(0).locator(".cm-content")
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.type(f'ARTICLE = "../data/articles/{CENTCOM.name}"')
    page.keyboard.press("Enter")
    page.keyboard.type('TOPIC = "israel_gaza"')
    _run_all(page)
    _check_outputs(page, "01_article.ipynb")
    title = _title_shown(page)
    assert SEED_TITLE not in title and CENTCOM_TITLE in title, title
    _screenshot(page, screenshots / "01_article-another-article.png")
    page.close()


def test_report_opens_in_the_browser_with_every_chart(browser, screenshots, tmp_path, capsys):
    import matplotlib

    matplotlib.use("Agg")
    from analysis.cli import main

    for sources, charts, name in (([SEED, CENTCOM], REPORT_CHARTS["several"], "report-two.html"),
                                  ([SEED], REPORT_CHARTS["one"], "report-one.html")):
        out = tmp_path / name
        assert main(["report", *map(str, sources), "--out", str(out)]) == 0
        page = browser.new_page()
        messages = []
        page.on("console", lambda message: messages.append(message.text))
        page.goto(out.as_uri())
        page.wait_for_load_state("load")
        images = page.eval_on_selector_all(
            "img", "images => images.map(i => [i.complete, i.naturalWidth, i.getBoundingClientRect().width])")
        assert len(images) == charts
        assert all(complete and natural > 300 and shown > 300 for complete, natural, shown in images), images
        assert page.title() == ("Comparing 2 articles" if len(sources) == 2 else
                                "Trump’s Gaza Plan Gains Momentum: U.S.-Led Force to Stabilize Gaza Amid Israeli Pressure on Hamas")
        assert not [m for m in messages if "Refused" in m or "error" in m.lower()], messages
        page.screenshot(path=str(screenshots / f"{name}.png"), full_page=True)
        page.close()


# Article text with markup in a reported statement, a quotation and a speaker's name.
HOSTILE_ARTICLE = (
    "Hostile <script>alert(1)</script> headline\n\n"
    "Senior officials revealed that <b>the plan</b> would fail, Reuters reported.\n\n"
    "“We <i>will</i> not stop,” said Ahmed <img src=x onerror=alert(2)> Khalil.\n"
)


def test_the_reports_who_said_what_and_reported_speech_render_escaped(browser, screenshots, tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    from analysis.cli import main

    source = tmp_path / "hostile.txt"
    source.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    out = tmp_path / "report-hostile.html"
    assert main(["report", str(source), "--out", str(out)]) == 0
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(out.as_uri())
    page.wait_for_load_state("load")
    rows = page.eval_on_selector_all(".who-said-what tbody tr", "rows => rows.map(r => [...r.cells].map(c => c.innerText))")
    assert [row[1:8] for row in rows] == [
        ["reported", "Senior officials", "", "anonymous", "cue", "revealed (concessive)", "Reuters"],
        ["direct", "Ahmed", "", "person", "cue", "said (neutral)", ""],
    ], rows
    assert [row[8] for row in rows] == ["<b>the plan</b> would fail", "We <i>will</i> not stop,"]
    # Shown as text, never as elements: no bold, italic, image or script made from the article.
    made = ".who-said-what b, .who-said-what i, .who-said-what img, .article-highlight b, .article-highlight i, .article-highlight img"
    assert page.eval_on_selector_all(f"{made}, body img:not([src^='data:']), body script", "found => found.length") == 0
    reported = page.locator('span[title="reported speech: Senior officials (revealed, concessive; credited to Reuters)"]')
    assert reported.count() >= 1 and reported.first.inner_text() == "<b>the plan</b> would fail"
    style = reported.first.evaluate("s => [getComputedStyle(s).borderBottomStyle, getComputedStyle(s).backgroundColor]")
    assert style[0] == "dashed" and style[1].startswith("rgba("), style  # shaded, unlike a quotation (solid underline)
    quoted = page.locator('span[title="quoted: Ahmed"]')
    assert quoted.first.evaluate("s => getComputedStyle(s).borderBottomStyle") == "solid"
    assert "<script>alert(1)</script>" in page.inner_text("h1") and dialogs == []
    page.screenshot(path=str(screenshots / "report-hostile.html.png"), full_page=True)
    page.close()
