"""Corpus mode: Parquet dataset per table, resumable runs, errors table, labels, engines, SQL."""

from __future__ import annotations

import csv
import gzip
import json
import subprocess
import sys

import pandas as pd
import pytest

from analysis import ArticleError, load_article, sentences
from analysis.corpus import analyze_corpus, parse_column_map, query, read_records
from analysis.corpus.work import chunked

from .conftest import CENTCOM, FIXTURE_ARTICLES, ROOT, RUBIO_PRESS, SHARED

ALLSIDES = SHARED / "datasets" / "allsides" / "articles.jsonl.gz"
SHIPPED = sorted(FIXTURE_ARTICLES)
# Written for this test (not from any publication): clearly German, long enough to identify.
GERMAN = (
    "Die Waffenruhe im Gazastreifen hält seit einer Woche, sagte der Sprecher am Dienstag in Berlin. "
    "Die Regierung will die humanitäre Hilfe für die Bevölkerung in den kommenden Wochen deutlich erhöhen."
)


def sentence_counts(out) -> dict[str, int]:
    table = query(out, "SELECT article, count(*) AS n FROM sentences GROUP BY article")
    return dict(zip(table.article, table.n))


@pytest.fixture(scope="module")
def shipped_bodies():
    """(id, title, body, outlet) of the shipped articles, as a tabular corpus would hold them."""
    return [(a.id, a.title, a.text, a.metadata["outlet"]) for a in map(load_article, SHIPPED)]


@pytest.fixture(scope="module")
def folder_run(fixture_folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("folder")
    run = analyze_corpus(fixture_folder, out, progress=False)
    return out, run


def test_folder_corpus_writes_every_table_as_parquet_parts(folder_run):
    out, run = folder_run
    assert (run.analysed, run.failed, run.skipped) == (4, 0, 0)
    for table in ("sentences", "statements", "framing", "summary", "articles"):
        assert [p.name for p in (out / table).glob("*.parquet")] == ["part-00000.parquet"], table
    counts = sentence_counts(out)
    assert counts[CENTCOM.stem] == 11 and counts[RUBIO_PRESS.stem] == 19
    assert counts == {path.stem: len(sentences(load_article(path))) for path in SHIPPED}


def test_articles_table_has_metadata_language_and_status(folder_run):
    out, _ = folder_run
    articles = query(out, "SELECT article, outlet, language, status, words FROM articles ORDER BY article")
    assert list(articles.article) == [path.stem for path in SHIPPED]
    assert articles.outlet[0] == "U.S. Central Command (press release)"
    assert set(articles.language) == {"en"} and set(articles.status) == {"analysed"}
    # words are analysis.tokenize words, the same count the summary table uses
    summary = query(out, "SELECT article, words FROM summary ORDER BY article")
    assert list(articles.words) == list(summary.words)
    assert query(out, "SELECT count(*) AS n FROM errors").n[0] == 0


def test_second_run_skips_everything_and_adds_no_rows(fixture_folder, folder_run, tmp_path):
    out, _ = folder_run
    before = sentence_counts(out)
    again = analyze_corpus(fixture_folder, out, progress=False)
    assert (again.analysed, again.failed, again.skipped) == (0, 0, 4)
    assert sentence_counts(out) == before


def test_raising_the_limit_continues_and_an_interrupted_batch_is_discarded(fixture_folder, tmp_path):
    first = analyze_corpus(fixture_folder, tmp_path, limit=2, progress=False)
    assert (first.analysed, first.skipped) == (2, 0)
    # A batch the manifest names as being written, whose commit never came (the run was killed
    # mid-write): its sentences part is on disk, its articles part is not.
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    manifest["writing"] = {"part": 1, "tables": ["sentences", "articles"]}
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    orphan = tmp_path / "sentences" / "part-00001.parquet"
    pd.read_parquet(tmp_path / "sentences" / "part-00000.parquet").to_parquet(orphan)
    second = analyze_corpus(fixture_folder, tmp_path, progress=False)
    assert (second.analysed, second.skipped) == (2, 2)
    articles = query(tmp_path, "SELECT article FROM articles ORDER BY article")
    assert list(articles.article) == [path.stem for path in SHIPPED]
    assert sentence_counts(tmp_path) == {path.stem: len(sentences(load_article(path))) for path in SHIPPED}


def test_a_second_writer_is_refused_while_the_first_runs(fixture_folder, tmp_path):
    analyze_corpus(fixture_folder, tmp_path, limit=1, progress=False)
    # Another process holding the dataset's lock, as a run does while it writes.
    holder = (
        "import fcntl, os, sys, time\n"
        "fd = os.open(sys.argv[1], os.O_RDWR)\n"
        "fcntl.flock(fd, fcntl.LOCK_EX)\n"
        "os.write(fd, f'{os.getpid()} host'.encode())\n"
        "print('locked', flush=True)\n"
        "time.sleep(60)\n"
    )
    other = subprocess.Popen([sys.executable, "-c", holder, str(tmp_path / ".lock")], stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline() == "locked\n"
        with pytest.raises(ArticleError, match=f"another run \\(process {other.pid} on host\\) is writing this dataset; wait for it"):
            analyze_corpus(fixture_folder, tmp_path, progress=False)
    finally:
        other.kill()
        other.wait()
    # Once that process is gone its lock is stale (the system let go of it): the next run proceeds,
    # though the lock file still names the dead process.
    assert str(other.pid) in (tmp_path / ".lock").read_text()
    assert analyze_corpus(fixture_folder, tmp_path, limit=2, progress=False).analysed == 1
    assert (tmp_path / ".lock").read_text() == ""  # released: it names no holder


def write_jsonl_gz(path, rows, extra_lines=()):
    with gzip.open(path, "wt", encoding="utf-8") as stream:
        for row in rows:
            stream.write(json.dumps(row) + "\n")
        for line in extra_lines:
            stream.write(line + "\n")


def test_jsonl_failures_land_in_the_errors_table_and_the_run_goes_on(tmp_path, shipped_bodies):
    rows = [
        {"ID": id_, "title": title, "content_original": body, "source": outlet, "date": "2025-10", "bias_text": "center", "topic": "gaza"}
        for id_, title, body, outlet in shipped_bodies
    ]
    rows += [
        {"ID": "empty", "title": "Nothing here", "content_original": "  \n ", "bias_text": "left"},
        {"ID": "title-only", "title": "Only a title", "content_original": "Only a title\n"},
        {"ID": "german", "title": "Waffenruhe", "content_original": GERMAN, "bias_text": "right"},
        {"ID": rows[0]["ID"], "title": "same id again", "content_original": "Another text entirely."},
    ]
    corpus = tmp_path / "corpus.jsonl.gz"
    write_jsonl_gz(corpus, rows, extra_lines=['{"ID": "broken", "title": '])
    run = analyze_corpus(corpus, tmp_path / "out", progress=False)
    assert (run.analysed, run.failed) == (4, 5)
    errors = query(tmp_path / "out", "SELECT article, stage, error, message FROM errors ORDER BY article")
    assert errors.to_dict("records") == [
        {"article": rows[0]["ID"], "stage": "load", "error": "ArticleError",
         "message": f"repeated article id '{rows[0]['ID']}' (first at corpus.jsonl.gz:1): not analysed"},
        {"article": "empty", "stage": "load", "error": "ArticleError", "message": "empty body"},
        {"article": "german", "stage": "load", "error": "ArticleError", "message": "language 'de', not en: not analysed"},
        {"article": "record-9", "stage": "load", "error": "ArticleError", "message": "invalid JSON (Expecting value at column 27)"},
        {"article": "title-only", "stage": "load", "error": "ArticleError", "message": "empty body"},
    ]
    articles = query(tmp_path / "out", "SELECT article, status, bias_text, language, warnings FROM articles")
    assert len(articles) == 8  # the repeated id is analysed once; its second record is an errors row only
    german = articles.set_index("article").loc["german"].to_dict()
    assert german.pop("warnings") == (
        "corpus.jsonl.gz:7: text looks like language 'de', not English; "
        "lexicon and sentiment figures assume English and are not meaningful"
    )
    assert german == {"status": "failed", "bias_text": "right", "language": "de"}
    assert articles.warnings.isna().sum() == 7
    # Label columns are carried into the summary table, ready to group by.
    by_label = query(tmp_path / "out", "SELECT bias_text, topic, count(*) AS n FROM summary GROUP BY ALL")
    assert by_label.to_dict("records") == [{"bias_text": "center", "topic": "gaza", "n": 4}]


def test_a_body_that_repeats_the_title_loses_that_line(tmp_path, shipped_bodies):
    id_, title, body, outlet = shipped_bodies[0]
    corpus = tmp_path / "one.jsonl"
    corpus.write_text(json.dumps({"ID": id_, "title": title, "content_original": f"{title}\n\n{body}"}) + "\n")
    analyze_corpus(corpus, tmp_path / "out", progress=False)
    first = query(tmp_path / "out", "SELECT text FROM sentences WHERE sentence = 0").text[0]
    assert first == sentences(load_article(CENTCOM)).text[0]


def test_csv_with_a_column_map_through_the_command_line(tmp_path, shipped_bodies):
    corpus = tmp_path / "corpus.csv"
    with corpus.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["doc", "headline", "text", "site", "leaning"])
        for id_, title, body, outlet in shipped_bodies[:2]:
            writer.writerow([id_, title, body, outlet, "gov" if "U.S." in outlet else "opinion"])
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "corpus", str(corpus), "--out", str(tmp_path / "out"),
         "--column-map", "id=doc,title=headline,body=text,outlet=site,leaning=leaning"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    *bar, summary_line = result.stderr.strip().split("\n")
    assert "2/2" in bar[-1] and "article" in bar[-1] and "words/s" in bar[-1]  # the progress bar's last state
    assert summary_line.startswith("2 articles analysed, 0 failed (errors table), 0 already done;")
    summary = query(tmp_path / "out", "SELECT article, outlet, leaning FROM summary ORDER BY article")
    assert summary.to_dict("records") == [
        {"article": shipped_bodies[0][0], "outlet": "U.S. Central Command (press release)", "leaning": "gov"},
        {"article": shipped_bodies[1][0], "outlet": shipped_bodies[1][3], "leaning": "opinion"},
    ]


def test_command_line_refuses_a_missing_body_column_in_one_line(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "Some text."}\n')
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "corpus", str(corpus), "--out", str(tmp_path / "out")],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr == f"error: {corpus}: no column 'content_original' for the body; columns are: id, text\n"
    assert not (tmp_path / "out").exists()


def test_two_worker_processes_give_the_same_tables(fixture_folder, folder_run, tmp_path):
    out, _ = folder_run
    run = analyze_corpus(fixture_folder, tmp_path, workers=2, progress=False)
    assert run.analysed == 4
    order = "ORDER BY article, sentence"
    pd.testing.assert_frame_equal(query(tmp_path, f"SELECT * FROM sentences {order}"), query(out, f"SELECT * FROM sentences {order}"))
    order = "ORDER BY article, start, category"
    pd.testing.assert_frame_equal(query(tmp_path, f"SELECT * FROM framing {order}"), query(out, f"SELECT * FROM framing {order}"))


def test_dask_local_cluster_gives_the_same_tables(fixture_folder, folder_run, tmp_path):
    distributed = pytest.importorskip("distributed")
    out, _ = folder_run
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            run = analyze_corpus(fixture_folder, tmp_path / "client", engine="dask", client=client, progress=False)
        # A scheduler address works as well as a client (the --scheduler option of the CLI).
        by_address = analyze_corpus(fixture_folder, tmp_path / "address", engine="dask", client=cluster.scheduler_address, progress=False)
    assert (run.analysed, run.failed, by_address.analysed) == (4, 0, 4)
    order = "ORDER BY article, statement"
    expected = query(out, f"SELECT * FROM statements {order}")
    pd.testing.assert_frame_equal(query(tmp_path / "client", f"SELECT * FROM statements {order}"), expected)
    assert sentence_counts(tmp_path / "client") == sentence_counts(tmp_path / "address") == sentence_counts(out)


def test_bad_arguments_are_refused(fixture_folder):
    with pytest.raises(ValueError, match="engine must be one of"):
        analyze_corpus(fixture_folder, "unused", engine="spark")
    with pytest.raises(ArticleError, match="not a corpus"):
        list(read_records(CENTCOM))
    with pytest.raises(ArticleError, match="no corpus dataset here"):
        query(ROOT / "no-such-dataset", "SELECT 1")
    with pytest.raises(ValueError, match="label name 'source' is a column of the articles table"):
        list(read_records(fixture_folder, {"source": "outlet"}))
    with pytest.raises(ValueError, match="not FIELD=COLUMN"):
        parse_column_map("id=ID,body")
    assert parse_column_map(" id=ID, body=content_original ,") == {"id": "ID", "body": "content_original"}


@pytest.mark.skipif(not ALLSIDES.exists(), reason="AllSides corpus (../shared) not present")
def test_allsides_sample_keeps_ids_and_labels(tmp_path):
    run = analyze_corpus(ALLSIDES, tmp_path, limit=12, progress=False)
    assert run.analysed + run.failed == 12
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as stream:
        expected = [json.loads(next(stream)) for _ in range(12)]
    articles = query(tmp_path, "SELECT article, outlet, bias_text, topic FROM articles")
    assert sorted(articles.article) == sorted(row["ID"] for row in expected)
    by_id = {row["ID"]: row for row in expected}
    for row in articles.itertuples():
        assert (row.outlet, row.bias_text, row.topic) == (by_id[row.article]["source"], by_id[row.article]["bias_text"], by_id[row.article]["topic"])


def test_corpus_notebook_runs_on_a_labelled_corpus(tmp_path, shipped_bodies):
    """notebooks/03_corpus.ipynb with its parameters cell pointed at a JSON Lines corpus with labels and topics."""
    nbformat = pytest.importorskip("nbformat")
    from nbclient import NotebookClient

    rows = [
        {"ID": id_, "title": title, "content_original": body, "source": outlet, "date": "2025-10",
         "bias_text": "center" if outlet.startswith("U.S.") else "left", "topic": "middle_east" if "Gaza" in title else "politics"}
        for id_, title, body, outlet in shipped_bodies
    ]
    rows.append({"ID": "empty", "title": "Nothing", "content_original": "", "source": "Nobody", "bias_text": "right", "topic": "politics"})
    write_jsonl_gz(tmp_path / "labelled.jsonl.gz", rows)
    path = ROOT / "notebooks" / "03_corpus.ipynb"
    notebook = nbformat.read(path, as_version=4)
    (cell,) = [c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])]
    cell.source = f'CORPUS = "{tmp_path / "labelled.jsonl.gz"}"\nSAMPLE = None\nWORKERS = 1\nOUT = "{tmp_path / "out"}"\n' \
                  'LABEL = "bias_text"\nTOPICS = ["middle_east"]\nKEYWORDS = []\nMIN_ARTICLES = 1\n'
    NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = [output for c in notebook.cells for output in c.get("outputs", [])]
    assert [o for o in outputs if o.output_type == "error"] == []
    text = "".join(o.get("text", "") + o.get("data", {}).get("text/plain", "") for o in outputs)
    assert "5 articles read, 4 analysed" in text and "grouping by 'bias_text'" in text
    assert "topic in ['middle_east']: 2 analysed articles" in text
    assert "empty body" in text  # the errors table is shown


def test_chunks_start_with_a_warm_up_and_shrink_towards_the_end():
    # 2 workers, 300 records left: a quarter of what is left per worker, between 10 and 40.
    def sizes(given: int) -> int:
        return max(10, min(40, -(-(300 - given) // 8)))

    chunks = list(chunked(range(300), 40, 5, sizes))
    assert [len(chunk) for chunk in chunks] == [5, 37, 33, 29, 25, 22, 19, 17, 15, 13, 11, 10, 10, 10, 10, 10, 10, 10, 4]
    assert [record for chunk in chunks for record in chunk] == list(range(300))
    assert [len(chunk) for chunk in chunked(range(7), 3)] == [3, 3, 1]


def test_the_dataset_holds_exactly_the_tables_of_analyze_with_their_types(folder_run):
    """Corpus mode turns Columns straight into Arrow (no DataFrame per article): same rows, same types."""
    import pyarrow.parquet as pq

    from analysis.pipeline import TABLES, analyze

    out, _ = folder_run
    expected = {path.stem: analyze(load_article(path)) for path in SHIPPED}
    for name in TABLES:
        stored = pq.read_table(out / name).to_pandas()
        for article, tables in expected.items():
            table = tables[name]
            rows = stored[stored.article == article][list(table.columns)].reset_index(drop=True)
            pd.testing.assert_frame_equal(rows, table, check_dtype=False, obj=f"{name} of {article}")
    schema = pq.read_schema(next((out / "framing").glob("*.parquet")))
    assert [str(schema.field(c).type) for c in ("sentence", "term", "in_quote")] == ["int64", "string", "bool"]
    schema = pq.read_schema(next((out / "statements").glob("*.parquet")))
    assert [str(schema.field(c).type) for c in ("anonymous", "polarity", "speaker")] == ["bool", "double", "string"]


def test_the_topic_reaches_every_worker(tmp_path, shipped_bodies):
    """`topic=` becomes the Options of every article, in this process and in the workers alike."""
    rows = [
        {"ID": f"{id_}-{copy}", "title": title, "content_original": body}
        for copy in range(2) for id_, title, body, _ in shipped_bodies
    ]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows))
    run = analyze_corpus(corpus, tmp_path / "out", workers=2, topic="no_such_topic", progress=False)
    assert (run.analysed, run.failed) == (0, 8)  # 5 warm-up articles here, 3 in a worker
    errors = query(tmp_path / "out", "SELECT DISTINCT stage, error, message FROM errors")
    assert len(errors) == 1 and errors.stage[0] == "analyze" and errors.message[0].startswith("no shipped topic of that name")


def test_outlets_labelling_a_discovered_actor_is_one_query_over_actor_labels(tmp_path):
    """Corpus mode stores the actors found in each article (no topic needed) and who speaks about whom."""
    bodies = [
        ("wire-1", "Tariffs", "wire", "Beijing said it would retaliate against the tariffs. China warned of harm to farmers."),
        ("paper-1", "Trade war", "paper", 'China hit back on Monday. "China is a bully," said Sen. Laura Lee. China denied it.'),
    ]
    rows = [{"ID": id_, "title": title, "content_original": body, "source": outlet} for id_, title, outlet, body in bodies]
    corpus = tmp_path / "trade.jsonl.gz"
    write_jsonl_gz(corpus, rows)
    run = analyze_corpus(corpus, tmp_path / "out", progress=False, topic="")
    assert (run.analysed, run.failed) == (2, 0)
    labels = query(
        tmp_path / "out",
        "SELECT a.outlet, l.label, l.kind, l.count FROM actor_labels l JOIN articles a USING (article) "
        "WHERE l.actor = 'China' ORDER BY a.outlet, l.label",
    )
    assert labels.values.tolist() == [["paper", "China", "form", 3], ["wire", "Beijing", "form", 1], ["wire", "China", "form", 1]]
    kinds = query(tmp_path / "out", "SELECT actor, kind, central FROM actors WHERE actor = 'China' ORDER BY article")
    assert kinds.values.tolist() == [["China", "country", True], ["China", "country", True]]
    voices = query(tmp_path / "out", "SELECT speaker, actor, statements, unfavourable FROM voices")
    assert voices.values.tolist() == [["Sen. Laura Lee", "China", 1, 1]]
