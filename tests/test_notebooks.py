"""Notebooks rerun on other articles, and every chart they draw checked for overlaps.

nbval (``make test``) checks each notebook's saved outputs on its default articles. These tests
run the notebooks again with a cell of their own first, which wraps ``plt.show`` so that each
figure shown is checked by `tests.chart_checks.chart_problems` (overlapping labels, a legend over
data) before it is drawn: every chart of every notebook, on the defaults and, for notebook 01,
on each of the tests' own fixture articles (changing only the cell tagged ``parameters``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from .conftest import FIXTURE_ARTICLES, ROOT, SEED

NOTEBOOKS = ROOT / "notebooks"
NOTEBOOK_01 = NOTEBOOKS / "01_article.ipynb"

def _voices_table_made() -> bool:
    """Whether the analysis makes the voices table (notebook 01 then shows who speaks about whom)."""
    from analysis.load import text_article
    from analysis.pipeline import analyze

    return "voices" in analyze(text_article("Hamas said Israel attacked.", article_id="probe"))


# Charts each notebook shows with its default parameters (01: sentiment arc, share of voice,
# sourcing, loaded by voice, actors, and who speaks about whom once the voices table exists;
# 02: summary bars, share of voice, two heatmaps, actor labels, source overlap, arcs, two word
# contrasts; 03: loaded language by label).
CHARTS = {"01_article.ipynb": 5 + _voices_table_made(), "02_compare.ipynb": 9, "03_corpus.ipynb": 1}

_CHECK_CHARTS = f"""
import json as _json, sys as _sys
_sys.path.insert(0, {str(ROOT)!r})
import matplotlib.pyplot as _plt
from tests.chart_checks import chart_problems as _chart_problems
_CHART_PROBLEMS, _SHOW = [], _plt.show
def _checked_show(*args, **kwargs):
    for number in _plt.get_fignums():
        figure = _plt.figure(number)
        _CHART_PROBLEMS.append([figure.axes[0].get_title(loc="left") or figure.axes[0].get_title() if figure.axes else "", _chart_problems(figure)])
    return _SHOW(*args, **kwargs)
_plt.show = _checked_show
"""
_REPORT = "print(_json.dumps(_CHART_PROBLEMS))"


def parameters_cell(notebook):
    cells = [cell for cell in notebook.cells if "parameters" in cell.metadata.get("tags", [])]
    assert len(cells) == 1, "exactly one cell tagged 'parameters'"
    return cells[0]


def run_checked(path: Path, parameters: str | None = None, extra: str = "") -> tuple[nbformat.NotebookNode, list]:
    """Run ``path`` (with ``parameters`` as its parameters cell, if given) with every chart checked.

    Returns the executed notebook and, per chart shown, [title, problems]."""
    notebook = nbformat.read(path, as_version=4)
    if parameters is not None:
        parameters_cell(notebook).source = parameters
    notebook.cells.insert(0, nbformat.v4.new_code_cell(_CHECK_CHARTS))
    notebook.cells.append(nbformat.v4.new_code_cell(_REPORT + extra))
    NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    errors = [output for cell in notebook.cells for output in cell.get("outputs", []) if output.output_type == "error"]
    assert errors == [], errors[0].get("evalue") if errors else ""
    shown = json.loads(notebook.cells[-1].outputs[0]["text"].splitlines()[0])
    return notebook, shown


def metadata_output(notebook) -> str:
    cells = [cell for cell in notebook.cells if cell.cell_type == "code" and "show(pd.Series(metadata" in cell.source]
    assert len(cells) == 1
    return cells[0].outputs[-1]["data"]["text/plain"]


@pytest.mark.parametrize("path", FIXTURE_ARTICLES, ids=lambda p: p.stem[:24])
def test_article_notebook_runs_on_another_article_and_its_charts_are_clean(path):
    assert path != SEED  # the default; nbval runs it
    source = parameters_cell(nbformat.read(NOTEBOOK_01, as_version=4)).source
    assert source.count("ARTICLE = ") == 1
    # Only the ARTICLE line changes; the other parameters (TOPIC) keep their defaults.
    parameters = re.sub(r'(?m)^ARTICLE = .*$', f'ARTICLE = "../data/articles/{path.name}"', source)
    notebook, shown = run_checked(NOTEBOOK_01, parameters)
    assert path.stem in metadata_output(notebook)
    assert len(shown) == CHARTS["01_article.ipynb"]
    assert [problems for _, problems in shown] == [[]] * len(shown), shown


@pytest.mark.parametrize("name", ["02_compare.ipynb", "03_corpus.ipynb"])
def test_notebook_charts_are_clean_and_nothing_is_left_in_the_temp_folder(name):
    notebook, shown = run_checked(NOTEBOOKS / name, extra="\nprint(workspace.name if 'workspace' in dir() else '')")
    assert len(shown) == CHARTS[name]
    assert [problems for _, problems in shown] == [[]] * len(shown), shown
    workspace = notebook.cells[-1].outputs[0]["text"].splitlines()[1]
    if name == "03_corpus.ipynb":
        assert Path(workspace).name.startswith("corpus-") and not Path(workspace).exists()
