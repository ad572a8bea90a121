"""Notebooks rerun on another article by changing their parameters cell alone.

nbval (``make test``) checks each notebook's saved outputs on its default article; this test
changes only the cell tagged ``parameters`` and checks every cell still runs.
"""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient

from .conftest import ARTICLES, ROOT

NOTEBOOK_01 = ROOT / "notebooks" / "01_article.ipynb"


def parameters_cell(notebook):
    cells = [cell for cell in notebook.cells if "parameters" in cell.metadata.get("tags", [])]
    assert len(cells) == 1, "exactly one cell tagged 'parameters'"
    return cells[0]


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt"))[1:], ids=lambda p: p.stem[:24])
def test_article_notebook_runs_on_another_article(path):
    notebook = nbformat.read(NOTEBOOK_01, as_version=4)
    cell = parameters_cell(notebook)
    assert cell.source.count("ARTICLE = ") == 1
    cell.source = f'ARTICLE = "../data/articles/{path.name}"'
    NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK_01.parent)}}).execute()
    errors = [output for cell in notebook.cells for output in cell.get("outputs", []) if output.output_type == "error"]
    assert errors == []
    first_output = notebook.cells[2].outputs[-1]["data"]["text/plain"]
    assert path.stem in first_output
