"""Reading a corpus record by record: a folder of article files, a CSV, or JSON Lines (gzip or not).

Records are small dicts, so they pickle cheaply to workers. A record that cannot be read (invalid
JSON, nested too deep, larger than the record limit, the end of a truncated gzip stream) becomes
a record with an ``error``, analysed as a failure: one bad row never stops a run. Lines are read
in bounded pieces (``readline(size)``), so an oversized record is never held whole in memory —
the rule of pandas' and DuckDB's readers, which bound a line by a maximum size.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import math
import os
import re
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path

from ..errors import ArticleError
from ..load import FILE_MAX_BYTES, HTML_SUFFIXES, TEXT_SUFFIXES, decode_bytes
from ..schema import COLUMNS

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
# A record of a CSV or JSON Lines corpus may be as large as an article file (`load.FILE_MAX_BYTES`):
# a news article is tens of kilobytes; a 50 MB record took 405 s and 4.8 GB to analyse.
RECORD_MAX_BYTES = FILE_MAX_BYTES
# Bytes read at a time while skipping the rest of an oversized line.
_SKIP_BYTES = 1 << 20
# Undecodable bytes as the readers keep them (errors="surrogateescape").
_UNDECODED = re.compile("[\udc80-\udcff]")
_HALF_CHARACTER = re.compile("[\ud800-\udc7f\udd00-\udfff]")
_JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")
# What a damaged gzip stream raises while it is read (truncated, bad CRC, corrupt deflate data).
_GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)


def parse_column_map(text: str) -> dict[str, str]:
    """``"id=ID,title=title,body=content_original"`` as ``{"id": "ID", ...}`` (field=column)."""
    mapping = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        field, sep, column = item.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise ValueError(f"column map item {item!r} is not FIELD=COLUMN")
        mapping[field.strip()] = column.strip()
    return mapping


def source_kind(path: Path) -> str:
    """``folder``, ``csv`` or ``jsonl`` (by the name, ``.gz`` removed); else an `ArticleError`."""
    if path.is_dir():
        return "folder"
    name = path.name.lower().removesuffix(".gz")
    if name.endswith(".csv"):
        return "csv"
    if name.endswith(_JSON_SUFFIXES):
        return "jsonl"
    raise ArticleError(str(path), "not a corpus: give a folder of articles, a .csv or a .jsonl file (optionally .gz)")


def _open_binary(path: Path) -> io.BufferedIOBase:
    raw = open(path, "rb")  # noqa: SIM115 (closed by the caller, or by the gzip wrapper)
    if raw.peek(2)[:2] == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=raw)  # type: ignore[return-value]
    return raw


def folder_files(path: Path) -> list[Path]:
    """Article files under ``path`` (``.txt``, ``.md``, ``.html``...), sorted; hidden ones and
    symlinked folders left out (a link may point back up the tree)."""
    suffixes = TEXT_SUFFIXES | HTML_SUFFIXES
    found = []
    for folder, subfolders, names in os.walk(path):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in names:
            file = Path(folder, name)
            if not name.startswith(".") and file.suffix.lower() in suffixes and file.is_file():
                found.append(file)
    return sorted(found)


def folder_id(root: Path, file: Path) -> str:
    """A folder corpus's article id: the path below the corpus folder, without the extension.

    ``story/index.html`` in two sub-folders are two articles (``a/story/index``, ``b/story/index``);
    the id is the same on every machine (``/`` separated).
    """
    return file.relative_to(root).with_suffix("").as_posix()


def read_records(
    source: str | Path, columns: Mapping[str, str] | None = None, *, max_record_bytes: int = RECORD_MAX_BYTES
) -> Iterator[dict]:
    """The corpus at ``source`` one record at a time, never the whole corpus in memory.

    A folder yields one record per article file (``.txt``, ``.md``, ``.html``; id = `folder_id`,
    the path below the folder without its extension; the file is read later, by the worker). A
    CSV or JSON Lines file (gzip detected by its magic bytes) yields one record per row, with the
    fields ``id, title, body, outlet, date`` and a ``labels`` dict, named through ``columns``
    (field -> column; keys that are not fields are label columns; ``url`` is optional too).
    ``columns=None`` means the AllSides map `ALLSIDES_COLUMNS`. A row without an id gets
    ``record-N`` (its 1-based number); unreadable rows, rows over ``max_record_bytes`` and the
    point where a damaged gzip stream breaks become records with an ``error``.
    """
    path = Path(source).expanduser()
    if not path.exists():
        raise ArticleError(str(source), "corpus not found")
    kind = source_kind(path)
    clashes = [name for name in (columns or {}) if name not in FIELDS and name in COLUMNS["articles"]]
    if clashes:
        raise ValueError(f"label name {clashes[0]!r} is a column of the articles table; name the label otherwise ({clashes[0]}_label={columns[clashes[0]]})")
    if kind == "folder":
        label_keys = {name: key for name, key in (columns or {}).items() if name not in FIELDS}
        for file in folder_files(path):
            yield {"id": folder_id(path, file), "path": str(file), "source": str(file), "label_keys": label_keys}
        return
    mapping = dict(ALLSIDES_COLUMNS if columns is None else columns)
    if "body" not in mapping:
        raise ArticleError(str(path), "the column map names no body column (body=COLUMN)")
    rows = _csv_rows(path, max_record_bytes) if kind == "csv" else _json_rows(path, max_record_bytes)
    for number, row in enumerate(rows, start=1):
        where = f"{path.name}:{number}"
        if isinstance(row, str):  # a row that could not be read
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


def bounded_lines(stream: io.BufferedIOBase, max_bytes: int) -> Iterator[bytes | int]:
    """Each line of ``stream`` (bytes, line break included), or its size in bytes (an int) when
    it is longer than ``max_bytes``: the rest of such a line is read and dropped piece by piece,
    so memory stays within ``max_bytes`` whatever the line's length."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) <= max_bytes or line.endswith(b"\n"):
            yield line if len(line) <= max_bytes else len(line)
            continue
        size = len(line)
        del line
        while True:
            piece = stream.readline(_SKIP_BYTES)
            size += len(piece)
            if not piece or piece.endswith(b"\n"):
                break
        yield size


def _damage(path: Path, error: Exception, records: int) -> str:
    """The message of the record where a damaged gzip stream breaks off."""
    what = "the compressed file ends early" if isinstance(error, EOFError) else f"corrupt gzip data ({error})"
    return f"{what} after record {records:,}: the records before it are kept, the rest of {path.name} is lost"


def _json_rows(path: Path, max_bytes: int) -> Iterator[dict | str]:
    with _open_binary(path) as stream:
        number = 0
        lines = bounded_lines(stream, max_bytes)
        while True:
            try:
                line = next(lines, None)
            except _GZIP_ERRORS as error:
                # A partial last line is lost with the stream: it is the record where it broke.
                yield _damage(path, error, number)
                return
            if line is None:
                return
            if isinstance(line, bytes) and not line.strip():
                continue
            number += 1
            yield _json_row(line, max_bytes, first=number == 1)


def _json_row(line: bytes | int, max_bytes: int, first: bool) -> dict | str:
    """One JSON Lines record as a dict, or the one-line reason it cannot be one."""
    if isinstance(line, int):
        return f"record of {line:,} bytes, over the {max_bytes:,}-byte limit (max_record_bytes)"
    text = line.decode("utf-8", "surrogateescape").rstrip("\r\n")
    if first:
        text = text.removeprefix("\ufeff")
    try:
        row = json.loads(text)
    except json.JSONDecodeError as error:
        return f"invalid JSON ({error.msg} at column {error.colno})"
    except RecursionError:
        return "JSON nested too deeply to read"
    return row if isinstance(row, dict) else f"a JSON {type(row).__name__}, not an object"


def _decoded_lines(stream: io.BufferedIOBase, max_bytes: int, cut: dict) -> Iterator[str]:
    """Lines of ``stream`` as text for the csv reader, until one over ``max_bytes``: then its size
    is put in ``cut`` and the lines stop, so the reader ends the record it was reading there."""
    first = True
    for line in bounded_lines(stream, max_bytes):
        if isinstance(line, int):
            cut["size"] = line
            return
        # Bytes that are not UTF-8 (a CSV saved as cp1252) are kept as surrogates and decoded per
        # cell by `_cell`, instead of becoming U+FFFD: curly quotes 0x93/0x94 must survive.
        text = line.decode("utf-8", "surrogateescape")
        yield text.removeprefix("\ufeff") if first else text
        first = False


def _next_row(reader, max_bytes: int) -> list[str] | None:
    """The reader's next row (None at the end) parsed under a field limit of ``max_bytes``."""
    previous = csv.field_size_limit(max_bytes)
    try:
        return next(reader, None)
    finally:
        csv.field_size_limit(previous)


def _csv_rows(path: Path, max_bytes: int) -> Iterator[dict | str]:
    """Rows of a CSV as dicts (header -> value, as `csv.DictReader` gives them), or the reason a
    row cannot be read. Lines and fields are bounded by ``max_bytes``: a record over it is cut
    where its oversized line begins and reported, and the reader starts afresh after that line.

    The csv module's field limit is process-wide: it is set to ``max_bytes`` only while a row is
    parsed and put back at once, so reading a corpus never changes how any other CSV (a lexicon,
    a topic file) is read while this generator is suspended."""
    header: list[str] | None = None
    number = 0
    with _open_binary(path) as stream:
        while True:
            cut: dict = {}
            reader = csv.reader(_decoded_lines(stream, max_bytes, cut))
            while True:
                try:
                    fields = _next_row(reader, max_bytes)
                except csv.Error as error:
                    if cut:
                        break
                    number += 1
                    yield f"unreadable CSV row ({error}; the limit is max_record_bytes)"
                    continue
                except _GZIP_ERRORS as error:
                    yield _damage(path, error, number)
                    return
                if cut:  # the record read last runs into an oversized line: it is that record
                    break
                if fields is None:
                    return
                if header is None:
                    header = fields
                elif fields:  # blank lines are no rows, as for DictReader
                    number += 1
                    yield dict(zip(header, fields))
            number += 1
            yield f"record of over {cut['size']:,} bytes, over the {max_bytes:,}-byte limit (max_record_bytes)"


def count_records(source: str | Path, max_record_bytes: int = RECORD_MAX_BYTES) -> int:
    """Number of records, for the progress bar: files of a folder, non-blank lines of JSON Lines,
    rows of a CSV (parsed, as quoted fields may hold line breaks); a damaged gzip stream counts
    what could be read."""
    path = Path(source).expanduser()
    kind = source_kind(path)
    if kind == "folder":
        return len(folder_files(path))
    if kind == "csv":
        return sum(1 for _ in _csv_rows(path, max_record_bytes))
    count = 0
    with _open_binary(path) as stream:
        try:
            for line in bounded_lines(stream, max_record_bytes):
                count += isinstance(line, int) or bool(line.strip())
        except _GZIP_ERRORS:
            count += 1  # the record where it breaks
    return count


def label_names(source: str | Path, columns: Mapping[str, str] | None) -> tuple[str, ...]:
    """The label columns a corpus's records carry: the column map's keys that are not fields
    (``columns=None``: AllSides' labels for a CSV or JSON Lines file, none for a folder)."""
    if columns is None:
        columns = {} if source_kind(Path(source).expanduser()) == "folder" else ALLSIDES_COLUMNS
    return tuple(name for name in columns if name not in FIELDS)
