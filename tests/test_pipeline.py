"""The pipeline: tables computed once as Columns, the same whichever way a user asks for them."""

from __future__ import annotations

from dataclasses import fields

import pandas as pd
import pyarrow as pa
import pytest

from analysis import Article, actor_labels, actors, framing, load_article, sentences, statements, summary
from analysis.corpus import _arrow_array
from analysis.lexicon import token_pass
from analysis.options import Options
from analysis.pipeline import STEPS, TABLES, analyze, analyze_columns
from analysis.schema import COLUMNS, columns_of, table_from_columns

from .conftest import FIXTURE_ARTICLES, SEED

# The tests' own list (never the folder: a user's files in data/articles must not change it).
SHIPPED = sorted((*FIXTURE_ARTICLES, SEED))


def test_tables_are_the_steps_that_make_tables_in_order_and_each_step_needs_only_earlier_steps():
    assert list(TABLES) == [step.name for step in STEPS if step.table]
    assert list(TABLES) == ["sentences", "statements", "framing", "actors", "actor_labels", "voices", "summary"]
    assert all(name in COLUMNS for name in TABLES)
    option_names = {field.name for field in fields(Options)}
    for position, step in enumerate(STEPS):
        assert set(step.needs) <= {earlier.name for earlier in STEPS[:position]}, step.name
        assert set(step.reads) <= option_names, step.name
    assert [step.name for step in STEPS if "topic" in step.reads] == ["entities", "framing"]


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem[:24])
def test_each_table_function_given_upstream_dataframes_equals_analyze(path):
    """`TABLES` functions reuse the upstream tables given (as DataFrames); alone they compute them."""
    article = load_article(path)
    tables = analyze(article)
    for step in STEPS:
        if not step.table:
            continue
        upstream = {name: tables[name] for name in step.needs if name in tables}
        pd.testing.assert_frame_equal(TABLES[step.name](article, **upstream), tables[step.name], obj=step.name)
        pd.testing.assert_frame_equal(TABLES[step.name](article), tables[step.name], obj=f"{step.name} alone")
        assert list(tables[step.name].columns) == list(COLUMNS[step.name])


@pytest.mark.parametrize("path", SHIPPED[:2], ids=lambda p: p.stem[:24])
def test_the_public_table_functions_equal_the_pipeline(path):
    """`analysis.framing` & co. on their own (computing what they need) give the pipeline's tables."""
    article = load_article(path)
    tables = analyze(article)
    alone = {
        "framing": framing(article),
        "actors": actors(article),
        "actor_labels": actor_labels(article),
        "summary": summary(article),
        "statements": statements(article),
        "sentences": sentences(article),
    }
    for name, table in alone.items():
        pd.testing.assert_frame_equal(table, tables[name], obj=name)
    given = actors(article, sentences=tables["sentences"], statements=tables["statements"], framing=tables["framing"])
    pd.testing.assert_frame_equal(given, tables["actors"])


def test_a_table_function_rejects_an_unknown_upstream_name():
    with pytest.raises(TypeError, match="statement"):
        TABLES["framing"](load_article(SHIPPED[0]), statement=None)


def test_nothing_is_remembered_between_calls_an_edited_statements_table_changes_the_quoted_voice():
    """No hidden memo: the same article with an edited statements table gets the edited voice."""
    article = Article("edited", "", 'Hamas is "a terror group," Netanyahu said. Gaza is quiet.')
    tables = analyze(article)
    label = tables["framing"][tables["framing"]["category"] == "actor_label"]
    assert list(zip(label["term"], label["in_quote"], label["speaker"])) == [
        # "Hamas" stands in the reported content (Netanyahu's claim), outside the quotation marks.
        ("Hamas", False, "Netanyahu"), ("terror group", True, "Netanyahu"), ("Netanyahu", False, "")
    ]
    statements_table = tables["statements"].copy()
    statements_table.loc[0, "speaker_resolved"] = "Benjamin Netanyahu"
    edited = TABLES["framing"](article, statements=statements_table)
    assert list(edited[edited["term"] == "terror group"]["speaker"]) == ["Benjamin Netanyahu"] * 3  # label, contested, loaded
    again = TABLES["framing"](article, statements=tables["statements"])
    assert list(again[again["term"] == "terror group"]["speaker"]) == ["Netanyahu"] * 3
    assert list(framing(article, statements=statements_table)["speaker"]) == ["Benjamin Netanyahu"] * 4 + [""]


def test_columns_are_plain_lists_and_round_trip_through_a_dataframe():
    article = load_article(SHIPPED[0])
    columns = analyze_columns(article)
    statements = columns["statements"]
    assert all(type(values) is list for values in statements.values())
    # First statement of the CENTCOM release: Adm. Brad Cooper, direct quote.
    assert (statements["kind"][0], statements["speaker_resolved"][0]) == ("direct", "Adm. Brad Cooper")
    assert type(statements["start"][0]) is int and type(statements["anonymous"][0]) is bool
    assert columns_of(table_from_columns(statements)) == statements


def test_arrow_columns_are_typed_from_their_values_and_text_when_all_missing():
    assert _arrow_array(["Hamas", None]).type == pa.string()
    assert _arrow_array([None, None]).type == pa.string()
    assert _arrow_array([True, False]).type == pa.bool_()
    assert _arrow_array([3, 4]).type == pa.int64()
    missing = _arrow_array([float("nan"), 0.5])
    assert missing.type == pa.float64() and missing.null_count == 1
    assert _arrow_array([1, 0.5]).to_pylist() == [1.0, 0.5]  # an int first does not truncate the floats


def test_analyze_columns_uses_the_results_a_caller_hands_in_instead_of_computing_them():
    article = load_article(SHIPPED[0])
    computed = analyze_columns(article)
    handed = analyze_columns(article, given={"tokens": token_pass(article.text)})
    assert all(table_from_columns(handed[name]).equals(table_from_columns(computed[name])) for name in computed)
    # What is handed in is what the steps get: no tokens, no words, no framing terms.
    nothing = analyze_columns(article, given={"tokens": ((), ())})
    # (The headline has its own token pass: only its rows remain.)
    assert nothing["summary"]["words"] == [0] and set(nothing["framing"]["part"]) <= {"title"}
    assert nothing["statements"] == computed["statements"]
    with pytest.raises(TypeError, match="token"):
        analyze_columns(article, given={"token": ()})
