"""Analysing records (in the workers): one chunk of records becomes Arrow tables and counts.

Every failure of one article is an errors row, never an exception out of a chunk: an
`ArticleError` keeps its message; any other exception is recorded with its type, message and
location, so one odd article cannot stop a corpus run.
"""

from __future__ import annotations

import math
import os
import time
import traceback
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from ..article import Article
from ..errors import ArticleError
from ..lexicon import token_pass
from ..load import load_article, normalise_text, text_article
from ..options import Options
from ..pipeline import analyze_columns
from ..schema import Columns, row_count
from .arrow import LABELLED_TABLES, columns_table, rows_table, table_schema, with_labels


@dataclass(frozen=True)
class Settings:
    """What every worker needs besides the records: the same for every chunk of a run."""

    options: Options = field(default_factory=Options)
    # Articles whose identified language is not one of these are failures (None: any language).
    languages: tuple[str, ...] | None = ("en",)
    # The label columns of the corpus's column map (`readers.label_names`).
    labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChunkResult:
    """A chunk's tables in their stored schemas, its articles and errors rows, and its counts."""

    tables: dict[str, pa.Table]
    articles: pa.Table
    errors: pa.Table
    analysed: int
    failed: int
    words: int


def record_article(record: Mapping) -> Article:
    """The `Article` of a record: loaded from its file, or built from its title and body.

    Bodies go through `analysis.load.text_article` like any text, so boilerplate is cut and the
    language identified the same way. A body whose first line repeats the title (newspaper3k
    output, as in AllSides) loses that line, as `html_article` does for HTML.
    """
    if record.get("error"):
        raise ArticleError(record["source"], record["error"])
    if "path" in record:
        article = load_article(Path(record["path"]), article_id=record["id"])
        for name, key in record.get("label_keys", {}).items():
            article.metadata[name] = article.metadata.get(key)
        return article
    title = " ".join((record.get("title") or "").split())
    body = normalise_text(record.get("body") or "")
    first, _, rest = body.lstrip().partition("\n")
    if title and " ".join(first.split()) == title:
        body = rest
    if not body.strip():
        raise ArticleError(record["source"], "empty body")
    metadata = {key: record.get(key) for key in ("outlet", "date", "url") if record.get(key) is not None}
    metadata.update(record.get("labels", {}))
    metadata["title"] = title
    # The title line is only there to be split off again: the body itself is never re-split.
    return text_article(f"{title or record['id']}\n\n{body.strip()}", article_id=record["id"], source=record["source"], metadata=metadata)


def analyze_record(record: Mapping, settings: Settings = Settings()) -> tuple[dict[str, Columns], dict, dict | None]:
    """(tables as `Columns`, articles row, errors row or None) for one record; never raises for bad input.

    Warnings are kept in the row's ``warnings`` column instead of being printed.
    """
    started = time.perf_counter()
    row = {"article": str(record["id"]), "title": None, "outlet": None, "date": None, "url": None}
    row["source"] = record.get("source")
    row.update(language=None, language_confidence=math.nan, words=0, status="analysed")
    tables: dict[str, Columns] = {}
    error = None
    stage = "load"
    with warnings.catch_warnings(record=True) as caught:
        # Every warning about the article (language...), each time; warnings about code
        # (ResourceWarning from a library's file handling, deprecations) keep Python's filters.
        warnings.simplefilter("always", UserWarning)
        try:
            article = record_article(record)
            meta = article.metadata
            row.update(title=article.title, outlet=meta.get("outlet"), date=meta.get("date"), url=meta.get("url"))
            row.update(language=meta.get("language"), language_confidence=meta.get("language_confidence", math.nan))
            # The article's word tokens, cut once here and handed to the tables (`token_pass`).
            tokens = token_pass(article.text)
            row["words"] = len(tokens[0])
            code = meta.get("language")
            if settings.languages and code not in settings.languages:
                raise ArticleError(
                    record.get("source", row["article"]), f"language '{code}', not {'/'.join(settings.languages)}: not analysed"
                )
            stage = "analyze"
            tables = analyze_columns(article, settings.options, given={"tokens": tokens})
            row.update({name: meta.get(name) for name in settings.labels})
        except Exception as exc:  # noqa: BLE001 (a corpus run records every failure and goes on)
            tables = {}
            row["status"] = "failed"
            error = error_row(record, stage, exc)
    for name in settings.labels:
        row.setdefault(name, (record.get("labels") or {}).get(name))
    row["warnings"] = "; ".join(dict.fromkeys(str(w.message) for w in caught)) or None
    row["seconds"] = time.perf_counter() - started
    return tables, row, error


def error_row(record: Mapping, stage: str, exc: BaseException) -> dict:
    """The errors row of ``record``, which failed at ``stage`` with ``exc``."""
    message = exc.problem if isinstance(exc, ArticleError) else str(exc)
    return {
        "article": str(record["id"]), "source": record.get("source"), "stage": stage, "error": type(exc).__name__,
        "message": message, "location": None if isinstance(exc, ArticleError) else _location(exc),
    }


def _location(exc: BaseException) -> str:
    """``module.py:line in function`` of the innermost frame in this package, for bug reports."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if f"{os.sep}analysis{os.sep}" in f.filename] or frames
    if not ours:
        return ""
    frame = ours[-1]
    return f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}"


def analyze_chunk(records: list[dict], settings: Settings = Settings()) -> ChunkResult:
    """Analyse a chunk of records into a `ChunkResult`.

    The articles' `Columns` are joined and turned into Arrow here, in the worker, with no
    DataFrame per article: done in the workers these run in parallel, and the process that
    writes the batches only joins Arrow tables and writes them. A record marked ``repeated``
    (its id was given before in this run) gets an errors row only, so ids stay unique.
    """
    analysed: list[tuple[dict[str, Columns], dict]] = []
    article_rows, error_rows = [], []
    for record in records:
        if record.get("repeated"):
            error_rows.append(error_row(record, "load", ArticleError(record["source"], record["repeated"])))
            continue
        tables, row, error = analyze_record(record, settings)
        if error:
            error_rows.append(error)
        else:
            analysed.append((tables, row))
        article_rows.append(row)
    try:
        tables = _arrow_tables(analysed, article_rows, settings)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        # A value of an unexpected type (a bug in a step): find the articles it comes from.
        tables = _arrow_tables_one_by_one(analysed, article_rows, error_rows, settings)
    return _result(tables, article_rows, error_rows, settings)


def _arrow_tables(analysed: list[tuple[dict[str, Columns], dict]], article_rows: list[dict], settings: Settings) -> dict[str, pa.Table]:
    collected: dict[str, Columns] = {}
    for tables, _ in analysed:
        for name, columns in tables.items():
            if row_count(columns):
                joined = collected.setdefault(name, {column: [] for column in columns})
                for column, values in columns.items():
                    joined[column].extend(values)
    converted = {}
    for name, columns in collected.items():
        if name in LABELLED_TABLES:
            columns = with_labels(columns, article_rows)
        converted[name] = columns_table(columns, table_schema(name, settings.labels))
    return converted


def _arrow_tables_one_by_one(analysed, article_rows: list[dict], error_rows: list[dict], settings: Settings) -> dict[str, pa.Table]:
    """As `_arrow_tables`, an article at a time: an article whose tables do not convert fails."""
    parts: dict[str, list[pa.Table]] = {}
    for tables, row in analysed:
        try:
            converted = _arrow_tables([(tables, row)], [row], settings)
        except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
            row["status"] = "failed"
            error_rows.append(error_row({"id": row["article"], "source": row["source"]}, "analyze", exc))
            continue
        for name, table in converted.items():
            parts.setdefault(name, []).append(table)
    return {name: pa.concat_tables(tables) for name, tables in parts.items()}


def _result(tables: dict[str, pa.Table], article_rows: list[dict], error_rows: list[dict], settings: Settings) -> ChunkResult:
    analysed = sum(row["status"] == "analysed" for row in article_rows)
    return ChunkResult(
        tables=tables,
        articles=rows_table(article_rows, table_schema("articles", settings.labels)),
        errors=rows_table(error_rows, table_schema("errors")),
        analysed=analysed,
        failed=len(error_rows),
        words=sum(row["words"] for row in article_rows),
    )


def failed_chunk(records: list[dict], exc: BaseException, settings: Settings) -> ChunkResult:
    """The result of a chunk whose worker died: an errors row per article, and no articles row.

    Without an articles row the articles are not done, so the next run retries them: a lost
    worker or a killed process is usually about the machine, not the article.
    """
    message = f"worker failed: {type(exc).__name__}: {exc}"
    errors = [{**error_row(r, "worker", exc), "message": message, "location": None} for r in records]
    return _result({}, [], errors, settings)


def chunked(records: Iterable[dict], size: int, first_size: int | None = None, sizes=None) -> Iterator[list[dict]]:
    """Lists of records: the first of ``first_size``, then of ``sizes(records given so far)`` or ``size``."""
    chunk: list[dict] = []
    given = 0
    limit = first_size or (sizes(0) if sizes else size)
    for record in records:
        chunk.append(record)
        if len(chunk) >= limit:
            yield chunk
            given += len(chunk)
            chunk, limit = [], sizes(given) if sizes else size
    if chunk:
        yield chunk
