"""SQL over a corpus dataset (DuckDB): one view per table, read from the parts the manifest lists.

Views are made only for the known table names (`dataset.TABLES`), never from what a folder of
the dataset is called, and the parts are handed to DuckDB as a list of paths through its Python
API, not pasted into SQL: no name in the dataset can become a statement.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import ArticleError
from ..schema import STORED_TYPES
from .dataset import MANIFEST_NAME, TABLES, committed_files, part_problem, read_manifest

# DuckDB's names of the stored types (analysis.schema.STORED_TYPES), for the empty views.
_SQL_TYPES = {"string": "VARCHAR", "int64": "BIGINT", "float64": "DOUBLE", "bool": "BOOLEAN"}


def quote_identifier(name: str) -> str:
    """``name`` as a quoted SQL identifier (a double quote doubled), whatever it holds."""
    return '"' + name.replace('"', '""') + '"'


def connect(out: str | Path):
    """A DuckDB connection with one view per table of the dataset ``out`` (``sentences``, …, ``errors``).

    Views read the committed parts lazily, so queries over millions of rows stream from disk. A
    table with no rows yet is an empty view with its documented columns and types. A part that
    is not as written (size, footer) is refused with its name: rerun the corpus to redo it.
    """
    import duckdb

    out = Path(out).expanduser()
    manifest = read_manifest(out) if out.is_dir() else None
    if manifest is None:
        raise ArticleError(str(out), f"no corpus dataset here (no {MANIFEST_NAME}: run analyze_corpus first)")
    files = committed_files(manifest)
    connection = duckdb.connect()
    try:
        for table in TABLES:
            paths = []
            for name, record in files.get(table, []):
                path = out / table / name
                problem = part_problem(path, record, checksum=False)
                if problem:
                    raise ArticleError(str(path), f"damaged part ({problem}): run analyze_corpus on this dataset again to redo it")
                paths.append(str(path))
            if paths:
                connection.read_parquet(paths, union_by_name=True).create_view(table)
            else:
                typed = ", ".join(f"CAST(NULL AS {_SQL_TYPES[kind]}) AS {quote_identifier(column)}" for column, kind in STORED_TYPES[table].items())
                connection.execute(f"CREATE VIEW {quote_identifier(table)} AS SELECT {typed} WHERE false")
    except BaseException:
        connection.close()
        raise
    return connection


def query(out: str | Path, sql: str) -> pd.DataFrame:
    """Run ``sql`` (DuckDB) over the corpus dataset ``out``; tables are views named after them.

    Example: ``query(out, "SELECT outlet, avg(loaded_writer_per_1000) FROM summary GROUP BY outlet")``.
    Join any table to ``articles`` (``USING (article)``) for metadata and labels.
    """
    connection = connect(out)
    try:
        return connection.sql(sql).df()
    finally:
        connection.close()
