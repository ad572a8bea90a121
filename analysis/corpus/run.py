"""`analyze_corpus`: read a corpus, analyse it on an engine, write the dataset; resumable."""

from __future__ import annotations

import math
import time
import warnings
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..options import Options
from .dataset import PART_ARTICLES, Dataset
from .pool import processes, serial
from .readers import RECORD_MAX_BYTES, count_records, label_names, read_records
from .work import Settings, chunked

# Articles per task sent to a worker: small enough to balance load (with 2 workers a 3,000-article
# run has 30 tasks), large enough that the per-task costs (concatenating the articles' tables,
# labelling, converting to Arrow, shipping) stay small: from 20 to 100 articles they halve.
CHUNK_ARTICLES = 100
# Articles analysed in the calling process before worker processes fork from it.
WARM_UP_ARTICLES = 5
# The smallest chunk sent to a worker as the run nears its end.
TAIL_ARTICLES = 10
ENGINES = ("processes", "dask")


@dataclass(frozen=True)
class CorpusRun:
    """What a call of `analyze_corpus` did: counts, words and wall time of this run."""

    out: Path
    analysed: int
    failed: int
    skipped: int
    words: int
    seconds: float
    # Damaged parts found and removed at the start, their articles analysed again.
    redone: tuple[str, ...] = ()

    @property
    def articles_per_second(self) -> float:
        return (self.analysed + self.failed) / self.seconds if self.seconds else 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def __str__(self) -> str:
        redone = f"; redid {len(self.redone)} damaged part(s): {', '.join(self.redone)}" if self.redone else ""
        return (
            f"{self.analysed:,} articles analysed, {self.failed:,} failed (errors table), "
            f"{self.skipped:,} already done; {self.words:,} words in {self.seconds:,.1f} s "
            f"({self.articles_per_second:,.1f} articles/s, {self.words_per_second:,.0f} words/s) -> {self.out}{redone}"
        )


def _progress(total: int | None, enabled: bool):
    if not enabled:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tqdm.auto warns when ipywidgets is missing; the text bar is fine
        from tqdm.auto import tqdm

    class Bar(tqdm):
        monitor_interval = 0  # no monitor thread: worker processes are forked from this process

    return Bar(total=total, unit="article", unit_scale=False, dynamic_ncols=True, smoothing=0.05)


def _pending(records: Iterator[dict], done: set[str], limit: int | None, counts: dict) -> Iterator[dict]:
    """The records still to analyse: those done in earlier runs are skipped; an id given twice in
    this run is marked ``repeated`` (an errors row, never a silent skip or a second articles row)."""
    first_source: dict[str, str] = {}
    for number, record in enumerate(records, start=1):
        if limit is not None and number > limit:
            return
        if record["id"] in done and record["id"] not in first_source:
            counts["skipped"] += 1
            continue
        if record["id"] in first_source:
            record = {**record, "repeated": f"repeated article id '{record['id']}' (first at {first_source[record['id']]}): not analysed"}
        else:
            done.add(record["id"])
            first_source[record["id"]] = str(record.get("source"))
        yield record


def _chunk_sizes(total: int | None, done: int, workers: int, chunk_articles: int) -> Callable[[int], int] | None:
    """Chunks shrink towards the end (at most a quarter of what is left per worker, at least
    TAIL_ARTICLES), so a small corpus is still spread over every worker and no worker finishes a
    long chunk alone at the end while the others wait."""
    if not total or workers == 1:
        return None
    left = max(total - done, 1)
    return lambda given: max(TAIL_ARTICLES, min(chunk_articles, math.ceil((left - given) / (4 * workers))))


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
    topic: str | Path | None = None,
    languages: tuple[str, ...] | None = ("en",),
    chunk_articles: int = CHUNK_ARTICLES,
    part_articles: int = PART_ARTICLES,
    max_record_bytes: int = RECORD_MAX_BYTES,
) -> CorpusRun:
    """Analyse every article of ``source`` into the Parquet dataset ``out``; skip those already done.

    ``source``: a folder of article files, a CSV or a JSON Lines file (gzipped or not), read
    by `read_records` with the column map ``columns`` (None: AllSides); a record over
    ``max_record_bytes`` is an errors row. ``limit``: read only the first N records
    (already-done ones included, so raising the limit continues a sample). ``topic``: the topic
    overlay of `analysis.options.Options` (None: its default), given to every worker.
    ``engine="processes"`` runs ``workers`` worker processes (``workers=1``: this process);
    ``engine="dask"`` sends chunks to a Dask cluster: ``client`` is a ``distributed.Client`` or
    a scheduler address, or None for a `LocalCluster` of ``workers`` processes. Every worker
    needs this package installed; the calling process reads the corpus and writes the dataset,
    so ``out`` need only be on this machine. Results: ``out/TABLE/part-NNNNN.parquet`` for
    every table of `analysis.pipeline.analyze`, plus ``articles`` and ``errors``, listed in
    ``out/manifest.json``; ``out`` must be new, empty or such a dataset. Read them with `query`.
    Label columns of the column map are carried into ``articles`` and ``summary``. A progress
    bar (tqdm) shows articles/s and words/s.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    if workers < 1:
        raise ValueError("workers must be at least 1")
    started = time.perf_counter()
    out = Path(out).expanduser()
    records = read_records(source, columns, max_record_bytes=max_record_bytes)
    first = next(records, None)  # validates the source before anything is written
    settings = Settings(options=Options() if topic is None else Options(topic=topic), languages=languages, labels=label_names(source, columns))
    dataset = Dataset(out, part_articles)
    try:
        done = dataset.done_ids()
        total = limit if limit is not None else count_records(source, max_record_bytes)
        bar = _progress(None if total is None else max(total - len(done), 0), progress)
        counts = {"skipped": 0, "analysed": 0, "failed": 0, "words": 0}
        stream = _pending(records if first is None else _chain_one(first, records), done, limit, counts)
        # With worker processes the first chunk only warms this process up (lexicons, models)
        # before the workers fork from it: kept small, it keeps the workers waiting briefly.
        warm_up = WARM_UP_ARTICLES if engine == "processes" and workers > 1 else None
        chunks = chunked(stream, chunk_articles, warm_up, _chunk_sizes(total, len(done), workers, chunk_articles))
        _run(chunks, settings, engine, workers, client, dataset, counts, bar, started)
    finally:
        dataset.release()
    return CorpusRun(
        out, counts["analysed"], counts["failed"], counts["skipped"], counts["words"], time.perf_counter() - started,
        tuple(dataset.redone),
    )


def _run(chunks, settings: Settings, engine: str, workers: int, client, dataset: Dataset, counts: dict, bar, started: float) -> None:
    """Analyse ``chunks`` on ``engine`` into ``dataset``, counting and showing progress."""
    if engine == "dask":
        from .dask_engine import dask_chunks

        results = dask_chunks(chunks, settings, workers, client)
    elif workers == 1:
        results = serial(chunks, settings)
    else:
        results = processes(chunks, settings, workers)
    try:
        for chunk, result in results:
            dataset.add(result)
            counts["analysed"] += result.analysed
            counts["failed"] += result.failed
            counts["words"] += result.words
            if bar is not None:
                bar.update(len(chunk))
                elapsed = time.perf_counter() - started
                bar.set_postfix_str(f"{counts['words'] / elapsed:,.0f} words/s, {counts['failed']} failed", refresh=False)
    finally:
        results.close()  # stops the workers, also on an interrupt
        try:
            dataset.flush()  # chunks already analysed are kept
        finally:
            if bar is not None:
                bar.close()


def _chain_one(first: dict, rest: Iterator[dict]) -> Iterator[dict]:
    yield first
    yield from rest
