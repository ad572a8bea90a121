"""Corpus mode: every table of thousands of articles, streamed into a Parquet dataset.

`analyze_corpus` reads a corpus record by record (a folder of article files, a CSV, or JSON
Lines, optionally gzipped), runs `analysis.pipeline.analyze_columns` on each article in worker
processes or on a Dask cluster, and appends the tables in batches to ``OUT/TABLE/part-NNNNN.parquet``
— the Hive-less "dataset of parts" layout that Arrow, DuckDB, pandas and Spark all read. Memory
stays bounded: only a few chunks of articles are in flight and at most one batch of rows waits
to be written. Two corpus tables are added to the article tables:

- ``articles``: one row per article read, with its metadata, label columns, status and timing;
- ``errors``: one row per article that could not be analysed, with the error and its message.

A run is resumable: articles already in ``OUT/articles`` are skipped, so an interrupted run
continues where it stopped. `query` runs SQL (DuckDB) over the dataset with one view per table.
The batch-and-commit layout follows the usual write-ahead rule: a batch's ``articles`` part is
written last, so a batch counts as done only when all its tables are on disk.
"""

from __future__ import annotations

import csv
import gc
import gzip
import io
import json
import math
import multiprocessing
import os
import re
import sys
import threading
import time
import traceback
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .article import Article
from .errors import ArticleError
from .load import HTML_SUFFIXES, TEXT_SUFFIXES, decode_bytes, load_article, normalise_text, text_article
from .pipeline import analyze_columns
from .schema import COLUMNS, Columns, row_count, table_from_columns
from .lexicon import token_pass

# Column map of the AllSides Article-Bias-Prediction corpus (Baly et al. 2020): field -> column.
ALLSIDES_COLUMNS: dict[str, str] = {
    "id": "ID",
    "title": "title",
    "body": "content_original",
    "outlet": "source",
    "date": "date",
    "url": "url",
    "bias_text": "bias_text",
    "topic": "topic",
}
# Fields every record has; any other key of a column map names a label column.
FIELDS = ("id", "title", "body", "outlet", "date", "url")
# Articles per task sent to a worker: small enough to balance load (with 2 workers a 3,000-article
# run has 30 tasks), large enough that the per-task costs (concatenating the articles' tables,
# labelling, converting to Arrow, shipping) stay small: from 20 to 100 articles they halve.
CHUNK_ARTICLES = 100
# Articles analysed in the calling process before worker processes fork from it.
WARM_UP_ARTICLES = 5
# The smallest chunk sent to a worker as the run nears its end.
TAIL_ARTICLES = 10
# Articles per Parquet part: parts of a few MB read fast and keep the writer's buffer small.
PART_ARTICLES = 500
ENGINES = ("processes", "dask")
# Per-article tables that also get outlet, date and the label columns, so they group on their own.
LABELLED_TABLES = ("summary",)
_PART = re.compile(r"^part-(\d{5,})\.parquet$")
# Undecodable bytes as `_open_text` keeps them (errors="surrogateescape").
_UNDECODED = re.compile("[\udc80-\udcff]")
_HALF_CHARACTER = re.compile("[\ud800-\udc7f\udd00-\udfff]")
_JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")


@dataclass(frozen=True)
class CorpusRun:
    """What a call of `analyze_corpus` did: counts, words and wall time of this run."""

    out: Path
    analysed: int
    failed: int
    skipped: int
    words: int
    seconds: float

    @property
    def articles_per_second(self) -> float:
        return (self.analysed + self.failed) / self.seconds if self.seconds else 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def __str__(self) -> str:
        return (
            f"{self.analysed:,} articles analysed, {self.failed:,} failed (errors table), "
            f"{self.skipped:,} already done; {self.words:,} words in {self.seconds:,.1f} s "
            f"({self.articles_per_second:,.1f} articles/s, {self.words_per_second:,.0f} words/s) -> {self.out}"
        )


# ---------------------------------------------------------------------------------------------
# Reading a corpus: records are small dicts, so they pickle cheaply to workers.


def parse_column_map(text: str) -> dict[str, str]:
    """``"id=ID,title=title,body=content_original"`` as ``{"id": "ID", ...}`` (field=column)."""
    mapping = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        field, sep, column = item.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise ValueError(f"column map item {item!r} is not FIELD=COLUMN")
        mapping[field.strip()] = column.strip()
    return mapping


def _source_kind(path: Path) -> str:
    if path.is_dir():
        return "folder"
    name = path.name.lower().removesuffix(".gz")
    if name.endswith(".csv"):
        return "csv"
    if name.endswith(_JSON_SUFFIXES):
        return "jsonl"
    raise ArticleError(str(path), "not a corpus: give a folder of articles, a .csv or a .jsonl file (optionally .gz)")


def _open_text(path: Path):
    raw = open(path, "rb")  # noqa: SIM115 (closed by the wrapper)
    if raw.peek(2)[:2] == b"\x1f\x8b":
        raw = gzip.GzipFile(fileobj=raw)
    # Bytes that are not UTF-8 (a CSV saved as cp1252) are kept as surrogates and decoded per
    # cell by `_cell`, instead of becoming U+FFFD: curly quotes 0x93/0x94 must survive.
    return io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")


def _folder_files(path: Path) -> list[Path]:
    suffixes = TEXT_SUFFIXES | HTML_SUFFIXES
    return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes and not p.name.startswith("."))


def read_records(source: str | Path, columns: Mapping[str, str] | None = None) -> Iterator[dict]:
    """The corpus at ``source`` one record at a time, never the whole corpus in memory.

    A folder yields one record per article file (``.txt``, ``.md``, ``.html``; id = file stem;
    the file is read later, by the worker). A CSV or JSON Lines file (gzip detected by its magic
    bytes) yields one record per row, with the fields ``id, title, body, outlet, date`` and a
    ``labels`` dict, named through ``columns`` (field -> column; keys that are not fields are
    label columns; ``url`` is optional too). ``columns=None`` means the AllSides map `ALLSIDES_COLUMNS`. A row without
    an id gets ``record-N`` (its 1-based number); unreadable rows become records with an
    ``error``, analysed as failures.
    """
    path = Path(source).expanduser()
    if not path.exists():
        raise ArticleError(str(source), "corpus not found")
    kind = _source_kind(path)
    clashes = [name for name in (columns or {}) if name not in FIELDS and name in COLUMNS["articles"]]
    if clashes:
        raise ValueError(f"label name {clashes[0]!r} is a column of the articles table; name the label otherwise ({clashes[0]}_label={columns[clashes[0]]})")
    if kind == "folder":
        label_keys = {name: key for name, key in (columns or {}).items() if name not in FIELDS}
        for file in _folder_files(path):
            yield {"id": file.stem, "path": str(file), "source": str(file), "label_keys": label_keys}
        return
    mapping = dict(ALLSIDES_COLUMNS if columns is None else columns)
    if "body" not in mapping:
        raise ArticleError(str(path), "the column map names no body column (body=COLUMN)")
    rows = _csv_rows(path) if kind == "csv" else _json_rows(path)
    for number, row in enumerate(rows, start=1):
        where = f"{path.name}:{number}"
        if isinstance(row, str):  # a row that could not be parsed
            yield {"id": f"record-{number}", "source": where, "error": row}
            continue
        if number == 1 and mapping["body"] not in row:
            raise ArticleError(
                str(path), f"no column '{mapping['body']}' for the body; columns are: {', '.join(map(str, row))}"
            )
        record = {field: _cell(row.get(mapping[field])) for field in FIELDS if field in mapping}
        record["id"] = record.get("id") or f"record-{number}"
        record["source"] = where
        record["labels"] = {name: _cell(row.get(column)) for name, column in mapping.items() if name not in FIELDS}
        yield record


def _cell(value: object) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if not isinstance(value, str):
        return str(value)
    try:
        value.encode("utf-8")  # no surrogate in it: the usual case, found at memcpy speed
        return value
    except UnicodeEncodeError:
        pass
    # Half a character from a JSON escape ("\ud800") cannot be written to Parquet: U+FFFD.
    value = _HALF_CHARACTER.sub("\ufffd", value)
    if _UNDECODED.search(value):
        data = value.encode("utf-8", "surrogateescape")
        try:
            return decode_bytes(data, "cell")  # cp1252 and the rest, as for an article file
        except ArticleError:
            return data.decode("utf-8", "replace")
    return value


def _json_rows(path: Path) -> Iterator[dict | str]:
    with _open_text(path) as stream:
        for line in stream:
            if not line.strip():
                continue
            try:
                row = json.loads(line.rstrip("\r\n"))
            except json.JSONDecodeError as error:
                yield f"invalid JSON ({error.msg} at column {error.colno})"
                continue
            yield row if isinstance(row, dict) else f"a JSON {type(row).__name__}, not an object"


def _csv_rows(path: Path) -> Iterator[dict]:
    csv.field_size_limit(sys.maxsize)  # article bodies exceed the default 128 KB field limit
    with _open_text(path) as stream:
        yield from csv.DictReader(stream)


def count_records(source: str | Path) -> int:
    """Number of records, for the progress bar: files of a folder, non-blank lines of JSON Lines,
    rows of a CSV (read with the C csv reader, as quoted fields may hold line breaks)."""
    path = Path(source).expanduser()
    kind = _source_kind(path)
    if kind == "folder":
        return len(_folder_files(path))
    with _open_text(path) as stream:
        if kind == "jsonl":
            return sum(1 for line in stream.buffer if line.strip())
        csv.field_size_limit(sys.maxsize)
        return max(sum(1 for _ in csv.reader(stream)) - 1, 0)  # minus the header row


# ---------------------------------------------------------------------------------------------
# Analysing records (runs in the workers).


def record_article(record: Mapping) -> Article:
    """The `Article` of a record: loaded from its file, or built from its title and body.

    Bodies go through `analysis.load.text_article` like any text, so boilerplate is cut and the
    language identified the same way. A body whose first line repeats the title (newspaper3k
    output, as in AllSides) loses that line, as `html_article` does for HTML.
    """
    if record.get("error"):
        raise ArticleError(record["source"], record["error"])
    if "path" in record:
        article = load_article(Path(record["path"]))
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


def _label_names(record: Mapping) -> list[str]:
    return list(record.get("labels") or record.get("label_keys") or {})


def analyze_record(record: Mapping, languages: tuple[str, ...] | None = ("en",)) -> tuple[dict[str, Columns], dict, dict | None]:
    """(tables as `Columns`, articles row, errors row or None) for one record; never raises for bad input.

    An `ArticleError` keeps its message; any other exception is recorded as its type and
    message, so one odd article cannot stop a corpus run. Warnings are kept in the row's
    ``warnings`` column instead of being printed. Articles whose identified language is not in
    ``languages`` are failures (English lexicons would give meaningless figures).
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
            if languages and code not in languages:
                raise ArticleError(
                    record.get("source", row["article"]), f"language '{code}', not {'/'.join(languages)}: not analysed"
                )
            stage = "analyze"
            tables = analyze_columns(article, given={"tokens": tokens})
            row.update({name: meta.get(name) for name in _label_names(record)})
        except Exception as exc:  # noqa: BLE001 (a corpus run records every failure and goes on)
            tables = {}
            row["status"] = "failed"
            message = exc.problem if isinstance(exc, ArticleError) else str(exc)
            error = {"article": row["article"], "source": row["source"], "stage": stage, "error": type(exc).__name__}
            error.update(message=message, location=None if isinstance(exc, ArticleError) else _location(exc))
    for name in _label_names(record):
        row.setdefault(name, (record.get("labels") or {}).get(name))
    row["warnings"] = "; ".join(dict.fromkeys(str(w.message) for w in caught)) or None
    row["seconds"] = time.perf_counter() - started
    return tables, row, error


def _location(exc: BaseException) -> str:
    """``module.py:line in function`` of the innermost frame in this package, for bug reports."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if f"{os.sep}analysis{os.sep}" in f.filename] or frames
    if not ours:
        return ""
    frame = ours[-1]
    return f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}"


def with_labels(table: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """``table`` with ``outlet``, ``date`` and the label columns of ``articles``, matched by article.

    Done once per written batch (one merge), not per article: pandas calls cost more than the rows.
    """
    carried = [c for c in articles.columns if c in ("outlet", "date") or c not in COLUMNS["articles"]]
    carried = ["article"] + [c for c in carried if c not in table.columns]
    return table.merge(articles[carried].drop_duplicates("article"), on="article", how="left", validate="many_to_one")


def analyze_chunk(records: list[dict], languages: tuple[str, ...] | None = ("en",)) -> dict:
    """Analyse a chunk of records; return ``{"tables": {name: pyarrow.Table}, "articles": …, "errors": …}``.

    The articles' `Columns` are joined and turned into Arrow here, in the worker, with no
    DataFrame per article: done in the workers these run in parallel, and the process that
    writes the batches only joins Arrow tables and writes them.
    """
    import pyarrow as pa

    collected: dict[str, Columns] = {}
    article_rows, error_rows = [], []
    for record in records:
        tables, row, error = analyze_record(record, languages)
        article_rows.append(row)
        if error:
            error_rows.append(error)
        for name, columns in tables.items():
            if row_count(columns):
                joined = collected.setdefault(name, {column: [] for column in columns})
                for column, values in columns.items():
                    joined[column].extend(values)
    articles = _articles_frame(article_rows)
    arrow_tables = {}
    for name, columns in collected.items():
        if name in LABELLED_TABLES:
            arrow_tables[name] = pa.Table.from_pandas(with_labels(table_from_columns(columns), articles), preserve_index=False)
        else:
            arrow_tables[name] = pa.table({column: _arrow_array(values) for column, values in columns.items()})
    return {"tables": arrow_tables, "articles": articles, "errors": _errors_frame(error_rows)}


def _arrow_array(values: list):
    """A column as an Arrow array, typed by Arrow from its values; text when all are missing."""
    import pyarrow as pa

    # from_pandas: NaN is a missing value, as in the DataFrame tables. (A type given up front
    # would truncate silently: [1, 0.5] as int64 is [1, 0].)
    array = pa.array(values, from_pandas=True)
    return array.cast(pa.string()) if pa.types.is_null(array.type) else array


def _errors_frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(COLUMNS["errors"])).astype("str")


def _articles_frame(rows: list[dict]) -> pd.DataFrame:
    base = list(COLUMNS["articles"])
    labels = [name for name in dict.fromkeys(key for row in rows for key in row) if name not in base]
    frame = pd.DataFrame(rows, columns=base + labels)
    # Text columns typed as text even when a batch has no value, so every part has one schema.
    for name in ("title", "outlet", "date", "url", "source", "language", "status", "warnings", *labels):
        frame[name] = frame[name].astype("str")
    frame["words"] = frame["words"].fillna(0).astype("int64")
    return frame


def _failed_chunk(records: list[dict], exc: BaseException) -> dict:
    """The result of a chunk whose worker died: an errors row per article, and no articles row.

    Without an articles row the articles are not done, so the next run retries them: a lost
    worker or a killed process is usually about the machine, not the article.
    """
    message = f"worker failed: {type(exc).__name__}: {exc}"
    errors = [
        {"article": str(r["id"]), "source": r.get("source"), "stage": "worker", "error": type(exc).__name__, "message": message, "location": None}
        for r in records
    ]
    return {"tables": {}, "articles": _articles_frame([]), "errors": _errors_frame(errors)}


# ---------------------------------------------------------------------------------------------
# The Parquet dataset: batches of parts, committed by their `articles` part.


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, owned by someone else
        return True
    return True


class _Dataset:
    """``out/TABLE/part-NNNNN.parquet``; a part number is committed once ``articles`` has it."""

    def __init__(self, out: Path, part_articles: int = PART_ARTICLES) -> None:
        self.out = out
        self.part_articles = part_articles
        out.mkdir(parents=True, exist_ok=True)
        self.lock = self._lock(out / ".lock")
        committed = self._numbers(out / "articles")
        for folder in (p for p in out.iterdir() if p.is_dir()):
            for file in folder.iterdir():
                match = _PART.match(file.name)
                # Parts of a batch interrupted before its articles part was written, and temp files.
                if (match and int(match.group(1)) not in committed) or file.name.endswith(".tmp"):
                    file.unlink()
        self.next_part = max(committed, default=-1) + 1
        self.buffer: list[dict] = []
        self.buffered = 0

    @staticmethod
    def _lock(path: Path) -> Path:
        """One writer per dataset: a second run on the same folder would number parts twice."""
        try:
            holder = int(path.read_text().strip() or 0)
        except (FileNotFoundError, ValueError):
            holder = 0
        if holder and holder != os.getpid() and _process_alive(holder):
            raise ArticleError(str(path.parent), f"another run (process {holder}) is writing this dataset")
        path.write_text(str(os.getpid()))
        return path

    def release(self) -> None:
        self.lock.unlink(missing_ok=True)

    @staticmethod
    def _numbers(folder: Path) -> set[int]:
        if not folder.is_dir():
            return set()
        return {int(m.group(1)) for m in map(_PART.match, os.listdir(folder)) if m}

    def done_ids(self) -> set[str]:
        import pyarrow.parquet as pq

        folder = self.out / "articles"
        done: set[str] = set()
        for number in sorted(self._numbers(folder)):
            done.update(pq.read_table(folder / f"part-{number:05d}.parquet", columns=["article"]).column(0).to_pylist())
        return done

    def add(self, result: dict) -> None:
        self.buffer.append(result)
        self.buffered += len(result["articles"]) + len(result["errors"])
        if self.buffered >= self.part_articles:
            self.flush()

    def flush(self) -> None:
        if not self.buffer:
            return
        import pyarrow as pa

        name = f"part-{self.next_part:05d}.parquet"
        tables: dict[str, list] = {}
        for result in self.buffer:
            for table, arrow_table in result["tables"].items():
                tables.setdefault(table, []).append(arrow_table)
        errors = [r["errors"] for r in self.buffer if len(r["errors"])]
        if errors:
            tables["errors"] = [pa.Table.from_pandas(pd.concat(errors, ignore_index=True), preserve_index=False)]
        for table, arrow_tables in tables.items():
            # A chunk where a text column was empty throughout has it as nulls: promote to one schema.
            self._write(pa.concat_tables(arrow_tables, promote_options="permissive"), self.out / table / name)
        # Last: the articles part commits the batch.
        articles = pd.concat([r["articles"] for r in self.buffer], ignore_index=True)
        self._write(pa.Table.from_pandas(articles, preserve_index=False), self.out / "articles" / name)
        self.next_part += 1
        self.buffer, self.buffered = [], 0

    @staticmethod
    def _write(table, path: Path) -> None:
        import pyarrow.parquet as pq

        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.tmp")
        pq.write_table(table, temporary)
        os.replace(temporary, path)


# ---------------------------------------------------------------------------------------------
# Running chunks: in this process, in worker processes, or on Dask.


def _serial(chunks: Iterable[list[dict]], languages) -> Iterator[tuple[list[dict], dict]]:
    frozen = False
    try:
        for chunk in chunks:
            yield chunk, analyze_chunk(chunk, languages)
            if not frozen:
                # Lexicons, models and compiled patterns are loaded now and live as long as the
                # run: out of the cyclic collector's sight they stop making each of its full
                # passes slow (about 7% of a run's time on AllSides).
                gc.collect()
                gc.freeze()
                frozen = True
    finally:
        if frozen:
            gc.unfreeze()


def _start_method() -> str:
    """fork from a single-threaded process on Linux; else forkserver (or spawn where that is all).

    Forking shares the parent's loaded lexicons and models with the workers (no second start-up,
    copy-on-write memory); it is only safe when no other thread can hold a lock at fork time, so
    a threaded parent (a Jupyter kernel, a Dask client) gets a fresh forkserver instead.
    """
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and sys.platform == "linux" and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def _processes(chunks: Iterable[list[dict]], languages, workers: int) -> Iterator[tuple[list[dict], dict]]:
    """Worker processes, at most two tasks each in flight.

    The first chunk is analysed here, in this process, before the workers start: real work that
    loads every lexicon and model once, which forked workers then inherit. If a worker dies
    (killed for memory, a crash in C code), the pool is rebuilt and the articles of the chunks it
    held are retried one at a time, so only the article that kills a worker fails.
    """
    queue = iter(chunks)
    first = next(queue, None)
    if first is None:
        return
    yield first, analyze_chunk(first, languages)
    context = multiprocessing.get_context(_start_method())
    if context.get_start_method() == "forkserver":
        context.set_forkserver_preload(["analysis.corpus"])
    retry: list[tuple[list[dict], bool]] = []
    pending: dict = {}

    def new_pool() -> ProcessPoolExecutor:
        gc.freeze()  # objects loaded so far stay untouched by the collector: forked pages stay shared
        try:
            pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
            pool.submit(int).result()  # start the workers now, while the caller is single-threaded
            return pool
        except BrokenProcessPool as exc:
            raise RuntimeError(
                "worker processes could not start; in a script, call analyze_corpus under "
                "`if __name__ == '__main__':` (see the multiprocessing docs)"
            ) from exc
        finally:
            gc.unfreeze()

    pool = new_pool()
    try:
        while True:
            # After a worker died, suspects run one at a time, so a second death names the culprit.
            while len(pending) < (1 if retry else 2 * workers):
                if retry:
                    chunk, single = retry.pop()
                else:
                    chunk, single = next(queue, None), False
                    if chunk is None:
                        break
                pending[pool.submit(analyze_chunk, chunk, languages)] = (chunk, single)
            if not pending:
                return
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for future in finished:
                chunk, single = pending.pop(future)
                try:
                    result = future.result()
                except BrokenProcessPool as exc:
                    broken = True
                    if single:
                        yield chunk, _failed_chunk(chunk, exc)
                    else:
                        retry += [([record], True) for record in chunk]
                else:
                    yield chunk, result
            if broken:
                for future, (chunk, single) in pending.items():
                    retry += [([record], True) for record in chunk] if not single else [(chunk, True)]
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _dask(chunks: Iterable[list[dict]], languages, workers: int, client) -> Iterator[tuple[list[dict], dict]]:
    """Chunks as Dask tasks, at most two per worker thread in flight; a failed task fails its chunk."""
    from distributed import Client, LocalCluster, as_completed

    own = []
    if client is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
        own = [client, cluster]
    elif isinstance(client, str):
        client = Client(client)
        own = [client]
    try:
        slots = 2 * max(1, sum(client.nthreads().values()))
        queue = iter(chunks)
        tasks: dict = {}
        running = as_completed()
        for chunk in queue:
            future = client.submit(analyze_chunk, chunk, languages, pure=False)
            tasks[future.key] = chunk
            running.add(future)
            if len(tasks) >= slots:
                break
        for future in running:
            chunk = tasks.pop(future.key)
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001 (KilledWorker, lost connection: the chunk fails)
                result = _failed_chunk(chunk, exc)
            future.release()
            yield chunk, result
            following = next(queue, None)
            if following is not None:
                future = client.submit(analyze_chunk, following, languages, pure=False)
                tasks[future.key] = following
                running.add(future)
    finally:
        for thing in own:
            thing.close()


def _progress(total: int | None, enabled: bool):
    if not enabled:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tqdm.auto warns when ipywidgets is missing; the text bar is fine
        from tqdm.auto import tqdm

    class Bar(tqdm):
        monitor_interval = 0  # no monitor thread: worker processes are forked from this process

    return Bar(total=total, unit="article", unit_scale=False, dynamic_ncols=True, smoothing=0.05)


def analyze_corpus(
    source: str | Path,
    out: str | Path,
    workers: int = 1,
    engine: str = "processes",
    client=None,
    columns: Mapping[str, str] | None = None,
    limit: int | None = None,
    progress: bool = True,
    *,
    languages: tuple[str, ...] | None = ("en",),
    chunk_articles: int = CHUNK_ARTICLES,
    part_articles: int = PART_ARTICLES,
) -> CorpusRun:
    """Analyse every article of ``source`` into the Parquet dataset ``out``; skip those already done.

    ``source``: a folder of article files, a CSV or a JSON Lines file (gzipped or not), read
    by `read_records` with the column map ``columns`` (None: AllSides). ``limit``: read only the
    first N records (already-done ones included, so raising the limit continues a sample).
    ``engine="processes"`` runs ``workers`` worker processes (``workers=1``: this process);
    ``engine="dask"`` sends chunks to a Dask cluster: ``client`` is a ``distributed.Client`` or
    a scheduler address, or None for a `LocalCluster` of ``workers`` processes. Every worker
    needs this package installed; the calling process reads the corpus and writes the dataset,
    so ``out`` need only be on this machine. Results: ``out/TABLE/part-NNNNN.parquet`` for
    every table of `analysis.pipeline.analyze`, plus ``articles`` and ``errors``; read them
    with `query`. Label columns of the column map are carried into ``articles`` and
    ``summary``. A progress bar (tqdm) shows articles/s and words/s.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    if workers < 1:
        raise ValueError("workers must be at least 1")
    started = time.perf_counter()
    out = Path(out).expanduser()
    records = read_records(source, columns)  # validates the source before anything is written
    first = next(records, None)
    dataset = _Dataset(out, part_articles)
    done = dataset.done_ids()
    total = limit if limit is not None else count_records(source)
    bar = _progress(None if total is None else max(total - len(done), 0), progress)
    counts = {"skipped": 0, "analysed": 0, "failed": 0, "words": 0}

    def pending() -> Iterator[dict]:
        stream = records if first is None else _chain_one(first, records)
        for number, record in enumerate(stream, start=1):
            if limit is not None and number > limit:
                return
            if record["id"] in done:
                counts["skipped"] += 1
                continue
            done.add(record["id"])  # a repeated id in the corpus is analysed once
            yield record

    sizes: Callable[[int], int] | None = None
    if total and workers > 1:
        # Chunks shrink towards the end (at most a quarter of what is left per worker, at least
        # TAIL_ARTICLES), so a small corpus is still spread over every worker and no worker
        # finishes a long chunk alone at the end while the others wait.
        left = max(total - len(done), 1)

        def shrinking(given: int) -> int:
            return max(TAIL_ARTICLES, min(chunk_articles, math.ceil((left - given) / (4 * workers))))

        sizes = shrinking

    # With worker processes the first chunk only warms this process up (lexicons, models) before
    # the workers fork from it: kept small, it keeps the workers waiting briefly.
    warm_up = WARM_UP_ARTICLES if engine == "processes" and workers > 1 else None
    chunks = _chunked(pending(), chunk_articles, warm_up, sizes)
    if engine == "dask":
        results = _dask(chunks, languages, workers, client)
    elif workers == 1:
        results = _serial(chunks, languages)
    else:
        results = _processes(chunks, languages, workers)
    try:
        for chunk, result in results:
            dataset.add(result)
            articles, errors = result["articles"], result["errors"]
            analysed = int((articles.status == "analysed").sum())
            counts["analysed"] += analysed
            counts["failed"] += len(articles) - analysed + int((errors.stage == "worker").sum())
            counts["words"] += int(articles.words.sum())
            if bar is not None:
                bar.update(len(chunk))
                elapsed = time.perf_counter() - started
                bar.set_postfix_str(f"{counts['words'] / elapsed:,.0f} words/s, {counts['failed']} failed", refresh=False)
    finally:
        results.close()  # stops the workers, also on an interrupt
        try:
            dataset.flush()  # chunks already analysed are kept
        finally:
            dataset.release()
            if bar is not None:
                bar.close()
    return CorpusRun(out, counts["analysed"], counts["failed"], counts["skipped"], counts["words"], time.perf_counter() - started)


def _chain_one(first: dict, rest: Iterator[dict]) -> Iterator[dict]:
    yield first
    yield from rest


def _chunked(
    records: Iterable[dict], size: int, first_size: int | None = None, sizes: Callable[[int], int] | None = None
) -> Iterator[list[dict]]:
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


# ---------------------------------------------------------------------------------------------
# Reading the dataset back.


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def connect(out: str | Path):
    """A DuckDB connection with one view per table of the dataset ``out`` (``sentences``, …, ``errors``).

    Views read ``out/TABLE/*.parquet`` lazily, so queries over millions of rows stream from
    disk. A documented table with no rows yet is an empty view with its documented columns.
    """
    import duckdb

    out = Path(out).expanduser()
    if not out.is_dir():
        raise ArticleError(str(out), "no corpus dataset here (run analyze_corpus first)")
    connection = duckdb.connect()
    present = set()
    for folder in sorted(p for p in out.iterdir() if p.is_dir() and any(p.glob("part-*.parquet"))):
        pattern = _sql_string(str(folder / "part-*.parquet"))
        connection.execute(f'CREATE VIEW "{folder.name}" AS SELECT * FROM read_parquet({pattern}, union_by_name = true)')
        present.add(folder.name)
    for table, columns in COLUMNS.items():
        if table not in present:
            selected = ", ".join(f'CAST(NULL AS VARCHAR) AS "{column}"' for column in columns)
            connection.execute(f'CREATE VIEW "{table}" AS SELECT {selected} WHERE false')
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
