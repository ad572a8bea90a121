"""The agreement scorer (`tools.evaluate.agreement`): one annotation scored against another
with the system's matching. Skips without the shared AllSides corpus."""

from __future__ import annotations

import csv
import io

import pytest

from tools.evaluate import ALLSIDES, GOLD
from tools.evaluate.agreement import actors_agreement, statements_agreement

pytestmark = pytest.mark.skipif(not ALLSIDES.exists(), reason="AllSides corpus absent (../shared)")

STATEMENTS = GOLD / "statements" / "allsides.csv"


def _without_first_direct(split: str, path) -> None:
    """The statements gold with the first direct row of ``split`` left out, written to ``path``."""
    lines = STATEMENTS.read_text(encoding="utf-8").splitlines(keepends=True)
    for i, line in enumerate(lines):
        if not line.startswith("#") and f",{split},direct," in line:
            del lines[i]
            break
    path.write_text("".join(lines), encoding="utf-8")


def test_an_annotation_agrees_with_itself_completely(tmp_path):
    second = tmp_path / "statements.csv"
    second.write_text(STATEMENTS.read_text(encoding="utf-8"), encoding="utf-8")
    results = statements_agreement("dev18", GOLD / "statements", second)
    for figures in results.values():
        assert (figures["rows"], figures["direct_recall"], figures["reported_recall"], figures["precision"], figures["speaker_accuracy"]) == (125, 1.0, 1.0, 1.0, 1.0)


def test_a_statement_one_annotator_left_out_is_a_miss_one_way_and_a_false_row_the_other(tmp_path):
    second = tmp_path / "statements.csv"
    _without_first_direct("dev18", second)
    results = statements_agreement("dev18", GOLD / "statements", second)
    assert results["second vs first"]["rows"] == 124
    assert results["second vs first"]["direct_recall"] == pytest.approx(61 / 62)
    assert results["second vs first"]["precision"] == 1.0
    assert results["first vs second"]["direct_recall"] == 1.0
    assert results["first vs second"]["precision"] == pytest.approx(124 / 125)


def test_actors_agreement_of_an_annotation_with_itself_is_complete():
    printed = actors_agreement("dev7", GOLD / "actors" / "allsides.csv", GOLD / "actors" / "allsides.csv")
    assert printed.count("central gold actors found         51/51 = 1.000") == 2
    assert printed.count("reported, matching no gold actor  0/156 = 0.000") == 2
