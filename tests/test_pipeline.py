"""The pipeline: tables computed once as Columns, the same whichever way a user asks for them."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pytest

from analysis import load_article
from analysis.corpus import _arrow_array
from analysis.pipeline import STEPS, TABLES, analyze, analyze_columns
from analysis.schema import COLUMNS, columns_of, table_from_columns

from .conftest import ARTICLES

SHIPPED = sorted(ARTICLES.glob("*.txt"))


def test_steps_and_tables_name_the_same_tables_in_schema_order():
    assert [name for name, _, _ in STEPS] == list(TABLES)
    assert all(name in COLUMNS for name in TABLES)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem[:24])
def test_each_table_function_given_upstream_dataframes_equals_analyze(path):
    """The public functions turn given tables into Columns (`columns_of`); alone they compute them."""
    article = load_article(path)
    tables = analyze(article)
    for name, function, upstream in STEPS:
        given = TABLES[name](article, **{table: tables[table] for table in upstream})
        pd.testing.assert_frame_equal(given, tables[name], obj=name)
        pd.testing.assert_frame_equal(TABLES[name](article), tables[name], obj=f"{name} alone")
        assert list(tables[name].columns) == list(COLUMNS[name])


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
