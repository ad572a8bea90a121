"""Corpus mode: every table of thousands of articles, streamed into a Parquet dataset.

`analyze_corpus` reads a corpus record by record (a folder of article files, a CSV, or JSON
Lines, optionally gzipped), runs `analysis.pipeline.analyze_columns` on each article in worker
processes or on a Dask cluster, and appends the tables in batches to ``OUT/TABLE/part-NNNNN.parquet``
— the Hive-less "dataset of parts" layout that Arrow, DuckDB, pandas and Spark all read — listed
in ``OUT/manifest.json``. Memory stays bounded: only a few chunks of articles are in flight, at
most one batch of rows waits to be written, and a record is read in bounded pieces. Two corpus
tables are added to the article tables:

- ``articles``: one row per article read, with its metadata, label columns, status and timing;
- ``errors``: one row per article that could not be analysed, with the error and its message.

A run is resumable: articles already in ``OUT/articles`` are skipped, so an interrupted run
continues where it stopped. `query` runs SQL (DuckDB) over the dataset with one view per table.

The modules, bottom up: `readers` (records from a folder, CSV or JSON Lines), `arrow` (one Arrow
schema per table), `work` (a chunk of records analysed, in a worker), `lock` and `dataset` (the
locked Parquet dataset and its manifest), `pool` (worker processes), `dask_engine` (Dask),
`sql` (DuckDB views) and `run` (`analyze_corpus`).
"""

from __future__ import annotations

# Arrow's inference of a column's type, as tests/test_pipeline.py checks it.
from .arrow import arrow_array as _arrow_array  # noqa: F401
from .readers import ALLSIDES_COLUMNS, RECORD_MAX_BYTES, count_records, parse_column_map, read_records
from .run import CorpusRun, analyze_corpus
from .sql import connect, query
from .work import analyze_chunk, analyze_record, record_article

__all__ = [
    "ALLSIDES_COLUMNS",
    "RECORD_MAX_BYTES",
    "CorpusRun",
    "analyze_chunk",
    "analyze_corpus",
    "analyze_record",
    "connect",
    "count_records",
    "parse_column_map",
    "query",
    "read_records",
    "record_article",
]
