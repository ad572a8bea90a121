"""Corpus mode under hostile input and faults (issue 14): nothing touched outside the dataset, no
SQL from names, one schema per table, killed workers and parents, racing runs, damaged parts,
colliding ids, deep and oversized records, truncated gzip streams."""

from __future__ import annotations

import gzip
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
import tracemalloc
import zlib
from pathlib import Path

import psutil
import pyarrow.parquet as pq
import pytest

from analysis import ArticleError, load_article, sentences
from analysis.corpus import analyze_corpus, query, read_records
from analysis.corpus import lock as lock_module
from analysis.corpus.arrow import table_schema
from analysis.corpus.lock import DatasetLock
from analysis.pipeline import analyze
from analysis.schema import STORED_TYPES

from .conftest import FIXTURE_ARTICLES, ROOT

SHIPPED = sorted(FIXTURE_ARTICLES)
# Written for these tests: names an actor of the default topic without quoting anyone.
UNQUOTED = "Hamas leaders met in Doha on Monday to discuss the ceasefire plan. Israel sent no delegation to the talks."
FORK = multiprocessing.get_context("fork")


def jsonl(path: Path, rows) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def shipped_rows():
    """The fixture articles as AllSides-style JSON Lines rows."""
    return [
        {"ID": a.id, "title": a.title, "content_original": a.text, "source": a.metadata["outlet"]}
        for a in map(load_article, SHIPPED)
    ]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


# --- 1. A run touches only its own dataset --------------------------------------------------------


def test_an_out_folder_holding_other_things_is_refused_and_left_untouched(tmp_path, shipped_rows):
    corpus = jsonl(tmp_path / "c.jsonl", shipped_rows[:1])
    out = tmp_path / "out"
    (out / "sentences").mkdir(parents=True)
    (out / "notes.txt").write_text("my notes")
    (out / "sentences" / "part-00001.parquet").write_bytes(b"someone else's part")
    (out / "sentences" / ".part-00000.parquet.tmp").write_bytes(b"someone else's temp file")
    before = snapshot(out)
    with pytest.raises(ArticleError, match=r"holds 'notes.txt', which is not part of a corpus dataset written here; give --out a new or empty folder"):
        analyze_corpus(corpus, out, progress=False)
    assert snapshot(out) == before


def test_a_dataset_without_a_manifest_is_refused_and_left_untouched(tmp_path, shipped_rows):
    corpus = jsonl(tmp_path / "c.jsonl", shipped_rows[:1])
    out = tmp_path / "old"
    (out / "articles").mkdir(parents=True)
    (out / "articles" / "part-00000.parquet").write_bytes(b"written by an earlier version")
    with pytest.raises(ArticleError, match="a dataset without manifest.json .* give --out a new folder"):
        analyze_corpus(corpus, out, progress=False)
    with pytest.raises(ArticleError, match="no corpus dataset here"):
        query(out, "SELECT 1")
    assert snapshot(out) == {"articles/part-00000.parquet": b"written by an earlier version"}


def test_a_symlink_in_the_dataset_is_refused_and_what_it_points_to_is_untouched(tmp_path, shipped_rows):
    corpus = jsonl(tmp_path / "c.jsonl", shipped_rows[:1])
    out = tmp_path / "out"
    analyze_corpus(corpus, out, progress=False)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "part-00000.parquet").write_bytes(b"not the dataset's")
    (outside / "x.tmp").write_bytes(b"not the dataset's either")
    (out / "framing" / "part-00000.parquet").unlink()
    (out / "framing").rmdir()
    (out / "framing").symlink_to(outside, target_is_directory=True)
    with pytest.raises(ArticleError, match="holds 'framing', which is not part of a corpus dataset"):
        analyze_corpus(corpus, out, progress=False)
    assert snapshot(outside) == {"part-00000.parquet": b"not the dataset's", "x.tmp": b"not the dataset's either"}


# --- 2. No SQL from names ---------------------------------------------------------------------------


def test_a_hostile_folder_name_runs_no_sql_and_writes_no_file(tmp_path, shipped_rows, monkeypatch):
    # A dataset whose own path holds quotes, and a planted folder named to close the view's SQL.
    out = tmp_path / "it's \"odd\"; DROP VIEW x; --"
    analyze_corpus(jsonl(tmp_path / "c.jsonl", shipped_rows[:1]), out, progress=False)
    hostile = out / "x\" AS SELECT 1; COPY (SELECT 42) TO 'pwned.csv'; CREATE VIEW \"y"
    hostile.mkdir()
    (hostile / "part-00000.parquet").write_bytes((out / "sentences" / "part-00000.parquet").read_bytes())
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    views = query(out, "SELECT table_name FROM information_schema.tables ORDER BY table_name")
    assert list(views.table_name) == sorted(STORED_TYPES)
    assert query(out, "SELECT count(*) AS n FROM sentences").n[0] == len(sentences(load_article(SHIPPED[0])))
    assert list(cwd.iterdir()) == [] and not list(tmp_path.rglob("pwned.csv"))


# --- 3. One Arrow schema per table ------------------------------------------------------------------


def test_stored_types_are_the_types_the_steps_produce():
    for path in SHIPPED:
        for name, table in analyze(load_article(path)).items():
            assert list(table.columns) == list(STORED_TYPES[name]), name
            for column, kind in STORED_TYPES[name].items():
                values = table[column].dropna()
                if len(values):
                    python = {"string": str, "int64": int, "float64": float, "bool": bool}[kind]
                    assert all(isinstance(v.item() if hasattr(v, "item") else v, python) for v in values), (name, column)


# Run in a fresh process, so its workers are forked from a single-threaded parent (as from the
# command line) and inherit the patched loader: the first worker to load 'kill-me' is killed.
_KILL_ONCE_SCRIPT = """
import multiprocessing, os, signal, sys
from pathlib import Path
from analysis.corpus import analyze_corpus, work
corpus, out, marker = sys.argv[1:]
original = work.record_article

def load(record):
    if record["id"] == "kill-me" and multiprocessing.parent_process() is not None and not Path(marker).exists():
        Path(marker).touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return original(record)

work.record_article = load
run = analyze_corpus(corpus, out, workers=2, chunk_articles=2, part_articles=3, progress=False)
print(run.analysed, run.failed)
"""


def test_two_workers_first_articles_quote_no_actor_and_a_killed_worker_is_retried(tmp_path, shipped_rows):
    rows = [{"ID": f"unquoted-{n}", "title": "Talks", "content_original": UNQUOTED} for n in range(7)]
    rows += shipped_rows[:2] + [{**shipped_rows[2], "ID": "kill-me"}] + shipped_rows[3:]
    out, marker = tmp_path / "out", tmp_path / "killed"
    result = subprocess.run(
        [sys.executable, "-c", _KILL_ONCE_SCRIPT, str(jsonl(tmp_path / "c.jsonl", rows)), str(out), str(marker)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert marker.exists()  # a worker was killed, and the run went on
    assert result.stdout.split() == ["11", "0"]
    articles = query(out, "SELECT article, status FROM articles ORDER BY article")
    assert sorted(articles.article) == sorted(row["ID"] for row in rows) and set(articles.status) == {"analysed"}
    for table in STORED_TYPES:
        for part in (out / table).glob("part-*.parquet"):
            expected = table_schema(table, ("bias_text", "topic"))
            assert pq.read_schema(part).remove_metadata() == expected, part
    tone = query(out, "SELECT count(*) AS n, count(tone_quoted) AS quoted, avg(tone_quoted) AS mean FROM actors")
    assert tone.n[0] > tone.quoted[0] > 0 and -1 <= tone["mean"][0] <= 1
    assert query(out, "SELECT count(*) AS n FROM errors").n[0] == 0


# --- 5. Folder ids ------------------------------------------------------------------------------------


def test_folder_ids_are_relative_paths_and_a_collision_is_an_error_row(tmp_path):
    corpus = tmp_path / "site"
    text = "Talks\n\nThe minister said the talks would resume on Monday, officials said in {where}."
    for where in ("a", "b", "c"):
        (corpus / where / "story").mkdir(parents=True)
        (corpus / where / "story" / "index.txt").write_text(text.format(where=where))
    (corpus / "x.md").write_text(text.format(where="x.md"))
    (corpus / "x.txt").write_text(text.format(where="x.txt"))
    out = tmp_path / "out"
    run = analyze_corpus(corpus, out, progress=False)
    assert (run.analysed, run.failed) == (4, 1)
    articles = query(out, "SELECT article FROM articles ORDER BY article")
    assert list(articles.article) == ["a/story/index", "b/story/index", "c/story/index", "x"]
    errors = query(out, "SELECT article, source, message FROM errors")
    assert errors.to_dict("records") == [{
        "article": "x", "source": str(corpus / "x.txt"),
        "message": f"repeated article id 'x' (first at {corpus / 'x.md'}): not analysed",
    }]
    by_id = query(out, "SELECT article, text FROM sentences WHERE sentence = 0 ORDER BY article")
    assert [text.split(" in ")[-1] for text in by_id.text] == ["a.", "b.", "c.", "x.md."]
    again = analyze_corpus(corpus, out, progress=False)
    assert (again.analysed, again.failed, again.skipped) == (0, 0, 5)


# --- 6. Damaged parts ----------------------------------------------------------------------------------


def test_a_damaged_part_is_named_by_query_and_redone_by_the_next_run(fixture_folder, tmp_path):
    out = tmp_path / "out"
    analyze_corpus(fixture_folder, out, chunk_articles=2, part_articles=2, progress=False)
    expected = {path.stem: len(sentences(load_article(path))) for path in SHIPPED}
    part = out / "sentences" / "part-00001.parquet"
    data = part.read_bytes()
    part.write_bytes(data[: len(data) // 2])  # a copy cut short
    with pytest.raises(ArticleError, match=r"sentences/part-00001.parquet: damaged part .* run analyze_corpus on this dataset again"):
        query(out, "SELECT count(*) FROM sentences")
    run = analyze_corpus(fixture_folder, out, chunk_articles=2, part_articles=2, progress=False)
    assert (run.analysed, run.skipped) == (2, 2) and run.redone[0].startswith("sentences/part-00001.parquet:")
    counts = query(out, "SELECT article, count(*) AS n FROM sentences GROUP BY article")
    assert dict(zip(counts.article, counts.n)) == expected
    # Same size, changed content: found by its checksum, redone again.
    part = next(p for p in sorted((out / "framing").glob("part-*.parquet")))
    data = bytearray(part.read_bytes())
    data[100:110] = b"\0" * 10
    part.write_bytes(bytes(data))
    run = analyze_corpus(fixture_folder, out, chunk_articles=2, part_articles=2, progress=False)
    assert run.analysed == 2 and "checksum" in run.redone[0]
    assert query(out, "SELECT count(*) AS n FROM articles").n[0] == 4
    assert query(out, "SELECT count(DISTINCT article) AS n FROM framing").n[0] == 4


# --- 7. Workers die with their parent --------------------------------------------------------------------

_POOL_SCRIPT = """
import multiprocessing, time
from analysis.corpus.pool import start_method, worker_pool
pool = worker_pool(2, multiprocessing.get_context(start_method()))
print(" ".join(str(pid) for pid in pool._processes), flush=True)
time.sleep(120)
"""


def gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


@pytest.mark.parametrize("parent_signal", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_workers_exit_when_the_parent_is_killed(parent_signal):
    parent = subprocess.Popen([sys.executable, "-c", _POOL_SCRIPT], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    workers: list[int] = []
    try:
        workers = [int(pid) for pid in parent.stdout.readline().split()]
        assert len(workers) == 2 and not any(map(gone, workers))
        parent.send_signal(parent_signal)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 5
        while not all(map(gone, workers)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert all(map(gone, workers))
    finally:
        parent.kill()
        parent.wait()
        for pid in workers:  # whatever the outcome, no worker of this test outlives it
            if not gone(pid):
                os.kill(pid, signal.SIGKILL)


# --- 8. The lock -------------------------------------------------------------------------------------------


def _contend(folder: str, start, hold, results) -> None:
    start.wait()
    try:
        held = DatasetLock(Path(folder))
    except ArticleError as error:
        results.put(str(error))
        hold.wait()
        return
    results.put("locked")
    hold.wait()
    held.release()


@pytest.mark.parametrize("trial", range(4))
def test_contenders_started_at_once_get_the_lock_exactly_once(tmp_path, trial):
    contenders = 6
    start, hold, results = FORK.Barrier(contenders), FORK.Barrier(contenders), FORK.Queue()
    processes = [FORK.Process(target=_contend, args=(str(tmp_path), start, hold, results)) for _ in range(contenders)]
    for process in processes:
        process.start()
    outcomes = sorted(results.get(timeout=20) for _ in processes)
    for process in processes:
        process.join(timeout=20)
    assert outcomes[-1] == "locked" and outcomes.count("locked") == 1
    assert all("another run (process" in outcome and "is writing this dataset" in outcome for outcome in outcomes[:-1])


def _run_corpus(corpus: str, out: str, start, results) -> None:
    start.wait()
    try:
        results.put(analyze_corpus(corpus, out, progress=False).analysed)
    except ArticleError as error:
        results.put(str(error))


def test_two_runs_started_at_once_write_each_article_once(tmp_path, shipped_rows):
    corpus = jsonl(tmp_path / "c.jsonl", shipped_rows[:2])
    for trial in range(3):
        out = tmp_path / f"out-{trial}"
        start, results = FORK.Barrier(2), FORK.Queue()
        runs = [FORK.Process(target=_run_corpus, args=(str(corpus), str(out), start, results)) for _ in range(2)]
        for run in runs:
            run.start()
        outcomes = [results.get(timeout=60) for _ in runs]
        for run in runs:
            run.join(timeout=60)
        analysed = [o for o in outcomes if isinstance(o, int)]
        refused = [o for o in outcomes if isinstance(o, str)]
        assert sum(analysed) == 2 and all("is writing this dataset" in message for message in refused), outcomes
        articles = query(out, "SELECT article FROM articles")
        assert sorted(articles.article) == sorted(row["ID"] for row in shipped_rows[:2])


def test_a_stale_exclusive_lock_file_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setattr(lock_module, "fcntl", None)  # a system without flock: the O_EXCL lock file
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (tmp_path / ".lock.pid").write_text(f"{dead.pid} {os.uname().nodename}\n")
    with pytest.raises(ArticleError, match=rf"a stale lock of process {dead.pid}, which is no longer running: if no run is writing, delete .*\.lock\.pid and rerun"):
        DatasetLock(tmp_path)
    (tmp_path / ".lock.pid").unlink()
    held = DatasetLock(tmp_path)
    with pytest.raises(ArticleError, match=rf"another run \(process {os.getpid()}\) is writing this dataset"):
        DatasetLock(tmp_path)
    held.release()
    assert not (tmp_path / ".lock.pid").exists()


# --- 9. Deep JSON and truncated gzip -------------------------------------------------------------------------


def test_json_nested_100000_deep_is_an_error_row_also_on_rerun(tmp_path, shipped_rows):
    corpus = tmp_path / "deep.jsonl"
    corpus.write_text(json.dumps(shipped_rows[0]) + "\n" + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    out = tmp_path / "out"
    run = analyze_corpus(corpus, out, progress=False)
    assert (run.analysed, run.failed) == (1, 1)
    errors = query(out, "SELECT article, source, message FROM errors")
    assert errors.to_dict("records") == [{"article": "record-2", "source": "deep.jsonl:2", "message": "JSON nested too deeply to read"}]
    again = analyze_corpus(corpus, out, progress=False)
    assert (again.analysed, again.failed, again.skipped) == (0, 0, 2)


def test_a_truncated_gzip_corpus_keeps_what_was_read_and_says_where_it_broke(tmp_path, shipped_rows):
    data = gzip.compress("".join(json.dumps(row) + "\n" for row in shipped_rows).encode())
    corpus = tmp_path / "cut.jsonl.gz"
    corpus.write_bytes(data[: int(len(data) * 0.8)])
    # The complete lines in the part that survived, found independently of the reader.
    readable = zlib.decompressobj(wbits=31).decompress(corpus.read_bytes())
    complete = readable.count(b"\n")
    assert 0 < complete < len(shipped_rows)
    out = tmp_path / "out"
    run = analyze_corpus(corpus, out, progress=False)
    assert (run.analysed, run.failed) == (complete, 1)
    errors = query(out, "SELECT article, message FROM errors")
    assert errors.to_dict("records") == [{
        "article": f"record-{complete + 1}",
        "message": f"the compressed file ends early after record {complete}: the records before it are kept, the rest of cut.jsonl.gz is lost",
    }]
    assert sorted(query(out, "SELECT article FROM articles WHERE status = 'analysed'").article) == sorted(r["ID"] for r in shipped_rows[:complete])


# --- 13. Record size limit ---------------------------------------------------------------------------------------


def peak_reading(path: Path, **options) -> tuple[list[dict], int]:
    """The records of ``path`` and the peak of Python memory allocated while reading them."""
    tracemalloc.start()
    try:
        records = list(read_records(path, **options))
        return records, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_50_mb_record_is_an_error_row_read_in_bounded_memory(tmp_path, shipped_rows):
    corpus = tmp_path / "big.jsonl"
    with corpus.open("w", encoding="utf-8") as stream:
        stream.write(json.dumps(shipped_rows[0]) + "\n")
        huge = json.dumps({"ID": "huge", "title": "T", "content_original": "word " * 10_000_000}) + "\n"
        stream.write(huge)
        stream.write(json.dumps(shipped_rows[1]) + "\n")
    records, peak = peak_reading(corpus)
    assert [r["id"] for r in records] == [shipped_rows[0]["ID"], "record-2", shipped_rows[1]["ID"]]
    assert records[1]["error"] == f"record of {len(huge):,} bytes, over the 5,242,880-byte limit (max_record_bytes)"
    assert len(huge) > 50_000_000
    assert peak < 20_000_000  # the 5 MB limit and the two good records, never the 50 MB line
    run = analyze_corpus(corpus, tmp_path / "out", progress=False)
    assert (run.analysed, run.failed) == (2, 1)


def test_a_small_gzip_expanding_to_a_huge_line_is_read_in_bounded_memory(tmp_path, shipped_rows):
    corpus = tmp_path / "bomb.jsonl.gz"
    with gzip.open(corpus, "wb", compresslevel=1) as stream:
        stream.write(b'{"ID": "bomb", "content_original": "')
        block = b"a" * (1 << 20)
        for _ in range(60):
            stream.write(block)
        stream.write(b'"}\n' + json.dumps(shipped_rows[0]).encode() + b"\n")
    assert corpus.stat().st_size < 1_000_000
    records, peak = peak_reading(corpus)
    assert [r.get("error", "")[:30] for r in records] == ["record of 62,914,599 bytes, ov", ""]
    assert peak < 20_000_000


def test_the_record_limit_is_configurable_and_applies_to_csv(tmp_path):
    corpus = tmp_path / "c.csv"
    corpus.write_text('ID,content_original\n1,"Officials said the talks would resume."\n2,"' + "x" * 500 + '"\n3,"The minister said no."\n')
    records = list(read_records(corpus, {"id": "ID", "body": "content_original"}, max_record_bytes=200))
    assert [(r["id"], r.get("error")) for r in records] == [
        ("1", None),
        ("record-2", "record of over 505 bytes, over the 200-byte limit (max_record_bytes)"),
        ("3", None),
    ]
    assert analyze_corpus(corpus, tmp_path / "out", columns={"id": "ID", "body": "content_original"}, max_record_bytes=200, progress=False).failed == 1


def test_reading_a_corpus_csv_leaves_the_csv_field_limit_of_other_readers_alone(tmp_path):
    # The csv module's field limit is process-wide: a corpus read with a small record limit,
    # left suspended mid-way, must not make a lexicon with a long rationale unreadable.
    import csv

    from analysis.lexicon import read_csv

    corpus = tmp_path / "corpus.csv"
    corpus.write_text("ID,content_original\na,short body\nb,another body\n", encoding="utf-8")
    before = csv.field_size_limit()
    records = read_records(corpus, {"id": "ID", "body": "content_original"}, max_record_bytes=200)
    assert next(records)["id"] == "a"  # the generator is now suspended inside the CSV reader
    assert csv.field_size_limit() == before
    longest = max(len(value) for row in read_csv("analysis.lexicons", "loaded.csv") for value in row.values())
    assert longest > 200  # a field over the corpus's limit, read while the corpus reader is suspended
    assert [r["id"] for r in records] == ["b"]
