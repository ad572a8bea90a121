"""The evaluators of tools/evaluate on small hand-made gold files (never the real gold being annotated)."""

from __future__ import annotations

import gzip
import io
import json
import math
from pathlib import Path

import pytest

from analysis import Article
from tools.evaluate import actors as actors_evaluation
from tools.evaluate import statements as statements_evaluation

ACTORS_ARTICLE = Article(
    "as-actors",
    "",
    "Israeli forces struck Gaza City on Tuesday. Hamas said the strike killed five people. The militants "
    "fired rockets at Israel overnight. Qatar's foreign minister urged calm, and the Red Cross said aid was blocked.",
)
ACTORS_GOLD = """# Hand-made for this test: four actors of ACTORS_ARTICLE.
article,actor,kind,central,forms,mentions
as-actors,Israel,country,yes,Israeli forces|Israel,2
as-actors,Hamas,organisation,yes,Hamas|The militants,2
as-actors,Red Cross,organisation,yes,the Red Cross,1
as-actors,Qatari foreign minister,person,no,Qatar's foreign minister,1
"""


def test_actors_evaluation_counts_central_actors_forms_and_rows_that_are_no_actor(tmp_path):
    gold = tmp_path / "actors.csv"
    gold.write_text(ACTORS_GOLD, encoding="utf-8")
    by_split, per_article = actors_evaluation.evaluate(gold, articles={"as-actors": ACTORS_ARTICLE})
    assert list(by_split) == ["dev", "all"] and by_split["dev"] == by_split["all"]
    figures = by_split["all"]
    # Actors come from the text (the topic file only overlays): Israel, Hamas and the Red Cross
    # are all rows, so every central gold actor is found.
    assert figures["central_actors"] == 3 and figures["central_found"] == 1.0
    # Right: "Israeli forces", "Israel", "Hamas", "The militants" (the label "militant" inside
    # it), "the Red Cross"; wrong: "Qatar's foreign minister" (tagged Qatar, no gold actor).
    assert figures["forms"] == 6 and figures["forms_attached_right"] == pytest.approx(5 / 6)
    # Rows Hamas, Israel, Qatar, Red Cross: Qatar matches no gold actor's name or form.
    assert figures["rows"] == 4 and figures["rows_not_actors"] == pytest.approx(1 / 4)
    counts = per_article["as-actors"]
    assert counts["missed"] == [] and counts["not_actors"] == ["Qatar"]
    assert counts["wrong_forms"] == ["\"Qatar's foreign minister\" of Qatari foreign minister -> Qatar"]


def test_actors_gold_reader_rejects_a_central_value_that_is_not_yes_or_no(tmp_path):
    gold = tmp_path / "actors.csv"
    gold.write_text(ACTORS_GOLD.replace("country,yes", "country,maybe"), encoding="utf-8")
    with pytest.raises(ValueError, match="Israel: central 'maybe' is not yes or no"):
        actors_evaluation.read_gold(gold)
    assert actors_evaluation.read_gold(tmp_path / "absent.csv") == []


def test_actors_evaluation_without_gold_articles_scores_nothing(tmp_path):
    gold = tmp_path / "actors.csv"
    gold.write_text(ACTORS_GOLD, encoding="utf-8")
    figures, per_article = actors_evaluation.evaluate(gold, articles={})
    assert per_article == {} and figures["all"]["articles"] == 0 and math.isnan(figures["all"]["central_found"])


def allsides_file(folder: Path, records: list[dict]) -> Path:
    path = folder / "articles.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps({"source": "Example Wire", "date": "2025-10-01", "url": "", "bias_text": "center", "topic": "world", **record}) + "\n")
    return path


STATEMENTS_GOLD = """# Hand-made for this test (invented articles); a deliberate miss in each split.
article,split,kind,speaker,anchor
as-1,dev,reported,officials,The ceasefire held
as-1,dev,direct,Jane Doe,We are hopeful
as-1,dev,reported,nobody,No one was hurt
as-2,heldout9,direct,Tom Reed,Nothing is agreed
as-2,heldout9,reported,nobody,The border stayed closed
"""


def test_statements_evaluation_reads_allsides_gold_per_split_and_hides_held_out_errors(tmp_path):
    (tmp_path / "allsides.csv").write_text(STATEMENTS_GOLD, encoding="utf-8")
    corpus = allsides_file(tmp_path, [
        # The body's first line repeats the title and is dropped, as corpus mode does.
        {"ID": "as-1", "title": "Ceasefire holds", "content_original": 'Ceasefire holds\nThe ceasefire held on Sunday, officials said. "We are hopeful," said Jane Doe, a UN envoy.\n\nNo one was hurt.'},
        {"ID": "as-2", "title": "Talks", "content_original": 'Talks resumed in Cairo. "Nothing is agreed yet," Tom Reed told reporters.\n\nThe border stayed closed.'},
        {"ID": "as-3", "title": "Not in the gold", "content_original": "Nothing here."},
    ])
    printed = io.StringIO()
    results = statements_evaluation.evaluate(True, printed, folder=tmp_path, basil=tmp_path / "no-basil", allsides=corpus)
    assert list(results) == ["AllSides dev", "AllSides heldout9", "all"]
    dev, held_out = results["AllSides dev"], results["AllSides heldout9"]
    assert (dev["articles"], dev["gold_direct"], dev["gold_reported"], dev["rows"]) == (1, 1, 2, 2)
    assert (dev["direct_recall"], dev["reported_recall"], dev["precision"], dev["speaker_accuracy"]) == (1.0, 0.5, 1.0, 1.0)
    assert (held_out["direct_recall"], held_out["reported_recall"]) == (1.0, 0.0)
    assert printed.getvalue() == "--- AllSides dev: as-1\n  MISS  reported: No one was hurt\n"


def test_statements_evaluation_skips_allsides_when_the_corpus_is_absent(tmp_path):
    (tmp_path / "allsides.csv").write_text(STATEMENTS_GOLD, encoding="utf-8")
    results = statements_evaluation.evaluate(folder=tmp_path, basil=tmp_path, allsides=tmp_path / "absent.jsonl.gz")
    assert results == {}


def test_basil_actors_matches_entity_names_loosely_and_ranks_tone_by_roc_auc():
    from tools.evaluate import basil_actors

    # BASIL writes entities with underscores; a surname or a longer name of the actor names it.
    assert basil_actors.names_it("Obama", "Barack_Obama") and basil_actors.names_it("the Trump administration", "Trump")
    assert basil_actors.names_it("Republicans", "the Republicans")
    assert not basil_actors.names_it("Obamacare", "Barack Obama") and not basil_actors.names_it("", "Obama")
    # Every "rest" score above every negative one: 1.0; a tie counts one half; an empty class: NaN.
    assert basil_actors.roc_auc([-0.5, -0.2], [0.0, 0.3]) == 1.0
    assert basil_actors.roc_auc([0.0], [0.0, 1.0]) == 0.75
    assert math.isnan(basil_actors.roc_auc([], [0.1]))
    level = {"article-level-annotations": "{'author_feeling_Barack_Obama': 'neg', 'author_feeling_main_event': 'neu', 'relative_stance': 'left'}"}
    assert basil_actors._feelings(level) == {"Barack Obama": "neg"}
