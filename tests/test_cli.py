"""The command line: JSON Lines per table, CSV folders, one-line errors with exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd

from analysis import load_article, sentences

from .conftest import CENTCOM, ROOT, RUBIO_PRESS


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


def test_sentences_prints_every_sentence_in_order_as_json_lines():
    result = run("sentences", str(CENTCOM))
    assert result.returncode == 0 and result.stderr == ""
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    expected = sentences(load_article(CENTCOM))
    assert [row["sentence"] for row in rows] == list(range(11))
    assert [row["text"] for row in rows] == list(expected.text)
    assert {row["article"] for row in rows} == {CENTCOM.stem}
    assert list(rows[0]) == list(expected.columns)


def test_missing_file_is_one_line_and_status_2():
    result = run("sentences", "data/articles/missing.txt")
    assert result.returncode == 2
    assert result.stderr == "error: data/articles/missing.txt: file not found\n"
    assert result.stdout == ""


def test_good_inputs_are_still_printed_when_one_fails():
    result = run("sentences", "nope.txt", str(RUBIO_PRESS))
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["error: nope.txt: file not found"]
    assert len(result.stdout.splitlines()) == 19


def test_tables_writes_one_csv_per_table(tmp_path):
    result = run("tables", str(CENTCOM), str(RUBIO_PRESS), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    written = pd.read_csv(tmp_path / "sentences.csv", keep_default_na=False)
    assert len(written) == 11 + 19
    assert list(written.article.unique()) == [CENTCOM.stem, RUBIO_PRESS.stem]
