"""The command line: JSON Lines per table, CSV folders, one-line errors with exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd

from analysis import load_article, sentences
from analysis.cli import main

import pytest

from .conftest import CENTCOM, ROOT, RUBIO_PRESS, SEED


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


def help_text(capsys, *args: str) -> str:
    with pytest.raises(SystemExit) as exit_:
        main([*args, "--help"])
    assert exit_.value.code == 0
    return capsys.readouterr().out


def test_help_is_plain_text_with_examples(capsys):
    text = help_text(capsys)
    assert "`" not in text
    assert "examples:\n  python -m analysis statements data/articles/seed-2025-10-gaza-stabilization-force.txt" in text
    for command in ("sentences", "statements", "framing", "actors", "actor_labels", "summary", "tables", "report", "corpus"):
        assert f"    {command}" in text


@pytest.mark.parametrize(
    "command, arguments",
    [("sentences", "PATH_OR_URL"), ("statements", "PATH_OR_URL"), ("framing", "PATH_OR_URL"), ("actors", "PATH_OR_URL"),
     ("actor_labels", "PATH_OR_URL"), ("summary", "PATH_OR_URL"), ("tables", "PATH_OR_URL"), ("report", "PATH_OR_URL"),
     ("corpus", "SOURCE")],
)
def test_each_subcommand_help_names_its_arguments_topic_and_an_example(capsys, command, arguments):
    text = help_text(capsys, command)
    assert "`" not in text
    assert arguments in text and "--topic PATH" in text
    if command in ("tables", "report", "corpus"):
        assert "--out" in text
    assert f"examples:\n  python -m analysis {command} " in text


def test_topic_reaches_every_table_subcommand(tmp_path, capsys):
    assert main(["actors", str(SEED)]) == 0
    default = capsys.readouterr().out
    assert main(["actors", str(SEED), "--topic", "israel_gaza"]) == 0
    assert capsys.readouterr().out == default and '"actor": "Hamas"' in default
    # A topic that does not exist fails, so the choice reaches the analysis (never silently dropped).
    missing = str(tmp_path / "no_such_topic")
    for args in (["actors", str(SEED)], ["sentences", str(SEED)], ["tables", str(SEED), "--out", str(tmp_path / "t")]):
        assert main([*args, "--topic", missing]) == 2
        assert "no_such_topic" in capsys.readouterr().err


def test_a_users_topic_csv_and_no_topic_reach_the_voices_and_actor_labels_subcommands(tmp_path, capsys):
    folder = tmp_path / "data" / "topics"
    folder.mkdir(parents=True)
    topic = folder / "my_topic.csv"
    topic.write_text("actor,term,kind,pos\nHamas,Hamas,name,fixed\nHamas,terror group,label,noun\n", encoding="utf-8")
    assert main(["actor_labels", str(SEED), "--topic", str(topic)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    hamas = [(row["label"], row["kind"], row["count"]) for row in rows if row["actor"] == "Hamas"]
    assert hamas == [("Hamas", "name", 11), ("terror group", "label", 1)]
    # Without a topic the seed's Gazans keep their own name; the shipped topic calls them Palestinians.
    assert main(["voices", str(SEED), "--topic", ""]) == 0
    voices = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {"speaker": "A second U.S. adviser", "actor": "Gazans"} in [{k: v[k] for k in ("speaker", "actor")} for v in voices]
    assert set(voices[0]) == {"article", "speaker", "speaker_type", "actor", "statements", "mentions", "favourable", "unfavourable", "polarity"}
