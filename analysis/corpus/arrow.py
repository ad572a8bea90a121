"""Arrow tables of a chunk of articles, each with the one schema of its table.

The schema of a stored table is its documented columns typed by `analysis.schema.STORED_TYPES`,
then (for ``articles`` and the labelled tables) ``outlet``, ``date`` and the label columns of the
corpus's column map, as text. Values are converted to that type, never inferred per chunk: a
chunk where a column is missing throughout (no article quotes an actor: ``tone_quoted`` all
NaN) has the same schema as every other, so parts merge and DuckDB's ``avg(tone_quoted)`` works.
Arrow's safe conversion refuses a value of another kind instead of changing it (0.5 is never
stored as the int 0).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pyarrow as pa

from ..schema import COLUMNS, STORED_TYPES, Columns

_ARROW_TYPES = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_()}
# Per-article tables that also get outlet, date and the label columns, so they group on their own.
LABELLED_TABLES = ("summary",)
# Columns of the articles table carried into the labelled tables besides the labels.
_CARRIED = ("outlet", "date")


def table_schema(table: str, labels: Sequence[str] = ()) -> pa.Schema:
    """The one Arrow schema of stored ``table`` for a corpus whose column map has ``labels``."""
    fields = [pa.field(column, _ARROW_TYPES[kind]) for column, kind in STORED_TYPES[table].items()]
    if table == "articles":
        fields += [pa.field(name, pa.string()) for name in labels]
    elif table in LABELLED_TABLES:
        present = set(STORED_TYPES[table])
        fields += [pa.field(name, pa.string()) for name in (*_CARRIED, *labels) if name not in present]
    return pa.schema(fields)


def arrow_array(values: list, kind: pa.DataType | None = None) -> pa.Array:
    """``values`` as an Arrow array of type ``kind``: NaN and None are missing values.

    Without ``kind``, Arrow's inference, and text when every value is missing. With it, a value
    that does not fit the type raises (``pyarrow.ArrowInvalid`` / ``ArrowTypeError``).
    """
    array = pa.array(values, type=kind, from_pandas=True)
    return array.cast(pa.string()) if kind is None and pa.types.is_null(array.type) else array


def columns_table(columns: Columns, schema: pa.Schema) -> pa.Table:
    """`Columns` (the documented columns, perhaps more) as an Arrow table of ``schema``."""
    rows = len(next(iter(columns.values()), ()))
    arrays = [
        arrow_array(columns[field.name], field.type) if field.name in columns else pa.nulls(rows, field.type)
        for field in schema
    ]
    return pa.Table.from_arrays(arrays, schema=schema)


def rows_table(rows: Iterable[dict], schema: pa.Schema) -> pa.Table:
    """Row dicts (articles or errors rows) as an Arrow table of ``schema``; absent keys are missing."""
    rows = list(rows)
    return columns_table({field.name: [row.get(field.name) for row in rows] for field in schema}, schema)


def with_labels(columns: Columns, article_rows: Sequence[dict]) -> Columns:
    """``columns`` with the outlet, date and label columns of each row's article (``article_rows``)."""
    by_article = {row["article"]: row for row in article_rows}
    carried = [name for name in dict.fromkeys(key for row in article_rows for key in row) if name in _CARRIED or name not in COLUMNS["articles"]]
    labelled = dict(columns)
    for name in carried:
        if name not in labelled:
            labelled[name] = [by_article.get(article, {}).get(name) for article in columns["article"]]
    return labelled
