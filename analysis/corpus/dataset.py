"""The Parquet dataset of a corpus run: ``OUT/TABLE/part-NNNNN.parquet``, a manifest and a lock.

``OUT/manifest.json`` lists every file the dataset's runs wrote, batch by batch, with its rows,
size and SHA-256; a run touches nothing else. A batch is written write-ahead, as a database
commits a transaction: the manifest first names the files about to be written, each part is
written to a temporary file, checked (rows read back from its footer), flushed to disk and
renamed into place, and only then does the manifest, replaced atomically, list the batch as
done. So an interrupted batch leaves files the manifest names as unfinished (the next run
removes exactly those), and a part damaged later (a disk error, a copy cut short) fails its
checksum: the next run removes its batch and analyses those articles again.

A run refuses an ``OUT`` holding anything the manifest does not list (a folder that is not a
dataset, a stray file, a symbolic link), so it can never delete or write through what it did not
make. One writer at a time (`lock.DatasetLock`).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import ArticleError
from ..schema import STORED_TYPES
from .lock import LOCK_NAME, DatasetLock

MANIFEST_NAME = "manifest.json"
_FORMAT = "analysis.corpus dataset"
_VERSION = 1
# Articles per Parquet part: parts of a few MB read fast and keep the writer's buffer small.
PART_ARTICLES = 500
# The tables a dataset may hold, as folders of OUT.
TABLES = tuple(STORED_TYPES)


def part_name(number: int) -> str:
    return f"part-{number:05d}.parquet"


def _temporary(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp")


def read_manifest(out: Path) -> dict | None:
    """The manifest of dataset ``out``, or None when there is none; refuses one not of this format."""
    path = out / MANIFEST_NAME
    if not path.exists() and not path.is_symlink():
        return None
    if path.is_symlink() or not path.is_file():
        raise ArticleError(str(path), "not a regular file: the folder is not a corpus dataset")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ArticleError(str(path), f"unreadable dataset manifest ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != _FORMAT:
        raise ArticleError(str(path), "not the manifest of a corpus dataset: give another --out")
    return manifest


def _write_manifest(out: Path, manifest: dict) -> None:
    path = out / MANIFEST_NAME
    temporary = _temporary(path)
    temporary.write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    _sync(temporary)
    os.replace(temporary, path)


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sha256(path: Path) -> str:
    with open(path, "rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def committed_files(manifest: dict) -> dict[str, list[tuple[str, dict]]]:
    """Table -> [(file name, its record: rows, bytes, sha256)] of every committed batch, in order."""
    files: dict[str, list[tuple[str, dict]]] = {}
    for batch in manifest["batches"]:
        for table, record in batch["files"].items():
            files.setdefault(table, []).append((part_name(batch["part"]), record))
    return files


def part_problem(path: Path, record: dict, checksum: bool = True) -> str | None:
    """Why the part at ``path`` is not the one the manifest ``record`` describes, or None if it is."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return "missing"
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file"
    if info.st_size != record["bytes"]:
        return f"{info.st_size:,} bytes, not the {record['bytes']:,} written"
    if checksum and _sha256(path) != record["sha256"]:
        return "its content changed since it was written (checksum)"
    try:
        rows = pq.read_metadata(path).num_rows
    except (OSError, pa.ArrowException) as exc:
        return f"unreadable Parquet ({exc})"
    return None if rows == record["rows"] else f"{rows:,} rows, not the {record['rows']:,} written"


def _expected_entries(manifest: dict) -> dict[str, set[str]]:
    """Table folder -> the file names the manifest accounts for (committed, being written, temporary)."""
    names: dict[str, set[str]] = {table: set() for table in TABLES}
    for table, files in committed_files(manifest).items():
        names.setdefault(table, set()).update(name for name, _ in files)
    writing = manifest.get("writing")
    if writing:
        name = part_name(writing["part"])
        for table in writing["tables"]:
            names.setdefault(table, set()).update({name, _temporary(Path(name)).name})
    return names


def foreign_entry(out: Path, manifest: dict | None) -> str | None:
    """The first thing in ``out`` that is not part of the dataset ``manifest`` describes, or None."""
    expected = _expected_entries(manifest or {"batches": []})
    own = {MANIFEST_NAME, _temporary(Path(MANIFEST_NAME)).name, LOCK_NAME, LOCK_NAME + ".pid"}
    for entry in sorted(os.scandir(out), key=lambda e: e.name):
        if entry.name in own and entry.is_file(follow_symlinks=False):
            continue
        if entry.name not in expected or not entry.is_dir(follow_symlinks=False):
            return entry.name
        for inner in sorted(os.scandir(entry.path), key=lambda e: e.name):
            if inner.name not in expected[entry.name] or not inner.is_file(follow_symlinks=False):
                return f"{entry.name}/{inner.name}"
    return None


class Dataset:
    """A locked dataset open for writing: `add` results, `flush` them as one batch of parts."""

    def __init__(self, out: Path, part_articles: int = PART_ARTICLES) -> None:
        self.out = out
        self.part_articles = part_articles
        if out.is_symlink() and not out.is_dir():
            raise ArticleError(str(out), "a symbolic link to nothing, not a folder")
        if out.exists() and not out.is_dir():
            raise ArticleError(str(out), "not a folder: give a new or empty folder for the dataset")
        out.mkdir(parents=True, exist_ok=True)
        self._refuse_foreign(read_manifest(out))
        self.lock = DatasetLock(out)
        try:
            self.manifest = read_manifest(out) or {"format": _FORMAT, "version": _VERSION, "batches": [], "writing": None}
            self._refuse_foreign(self.manifest)
            self._finish_interrupted_batch()
            self.redone = self._drop_damaged_batches()
            _write_manifest(out, self.manifest)
        except BaseException:
            self.lock.release()
            raise
        self.next_part = max((batch["part"] for batch in self.manifest["batches"]), default=-1) + 1
        self.buffer: list = []
        self.buffered = 0

    def _refuse_foreign(self, manifest: dict | None) -> None:
        entry = foreign_entry(self.out, manifest)
        if entry is None:
            return
        if manifest is None and (self.out / "articles").is_dir() and not (self.out / "articles").is_symlink():
            problem = (
                f"a dataset without {MANIFEST_NAME} (written by an earlier version, which kept no list of its files); "
                "give --out a new folder and run again (nothing in it was changed)"
            )
        else:
            problem = (
                f"holds '{entry}', which is not part of a corpus dataset written here; "
                "give --out a new or empty folder (nothing in it was changed)"
            )
        raise ArticleError(str(self.out), problem)

    def _finish_interrupted_batch(self) -> None:
        """Remove the files of a batch that was being written when a run stopped: only those."""
        writing = self.manifest.get("writing")
        if not writing:
            return
        for table in writing["tables"]:
            path = self.out / table / part_name(writing["part"])
            for file in (path, _temporary(path)):
                if file.is_file() and not file.is_symlink():
                    file.unlink()
        self.manifest["writing"] = None

    def _drop_damaged_batches(self) -> list[str]:
        """Batches with a part that is not as written are removed whole, so their articles are
        analysed again; returns the damaged parts with their problem."""
        damaged, kept = [], []
        for batch in self.manifest["batches"]:
            name = part_name(batch["part"])
            problems = [(table, part_problem(self.out / table / name, record)) for table, record in batch["files"].items()]
            problems = [f"{table}/{name}: {problem}" for table, problem in problems if problem]
            if not problems:
                kept.append(batch)
                continue
            damaged += problems
            for table in batch["files"]:
                path = self.out / table / name
                if path.is_file() and not path.is_symlink():
                    path.unlink()
        self.manifest["batches"] = kept
        return damaged

    def done_ids(self) -> set[str]:
        """Ids of the articles in committed batches (analysed or failed, not retried)."""
        done: set[str] = set()
        for name, _ in committed_files(self.manifest).get("articles", []):
            done.update(pq.read_table(self.out / "articles" / name, columns=["article"]).column(0).to_pylist())
        return done

    def add(self, result) -> None:
        """Buffer a `work.ChunkResult`; a batch is flushed once it holds ``part_articles`` rows."""
        self.buffer.append(result)
        self.buffered += result.articles.num_rows + result.errors.num_rows
        if self.buffered >= self.part_articles:
            self.flush()

    def flush(self) -> None:
        """Write the buffered results as one batch of parts (write-ahead, then committed)."""
        if not self.buffer:
            return
        tables: dict[str, list[pa.Table]] = {}
        for result in self.buffer:
            for table, arrow_table in (*result.tables.items(), ("errors", result.errors), ("articles", result.articles)):
                if arrow_table.num_rows or table == "articles":
                    tables.setdefault(table, []).append(arrow_table)
        number = self.next_part
        order = [t for t in tables if t != "articles"] + ["articles"]
        self.manifest["writing"] = {"part": number, "tables": order}
        _write_manifest(self.out, self.manifest)
        files = {table: self._write(pa.concat_tables(tables[table]), table, number) for table in order}
        self.manifest["batches"].append({"part": number, "files": files})
        self.manifest["writing"] = None
        _write_manifest(self.out, self.manifest)  # the commit
        self.next_part += 1
        self.buffer, self.buffered = [], 0

    def _write(self, table: pa.Table, name: str, number: int) -> dict:
        folder = self.out / name
        if folder.is_symlink():
            raise ArticleError(str(folder), "a symbolic link: the dataset writes only into its own folders")
        folder.mkdir(exist_ok=True)
        path = folder / part_name(number)
        temporary = _temporary(path)
        pq.write_table(table, temporary)
        _sync(temporary)
        record = {"rows": table.num_rows, "bytes": temporary.stat().st_size, "sha256": _sha256(temporary)}
        problem = part_problem(temporary, record, checksum=False)
        if problem:
            raise OSError(f"{temporary}: part not written correctly: {problem}")
        os.replace(temporary, path)
        return record

    def release(self) -> None:
        self.lock.release()
