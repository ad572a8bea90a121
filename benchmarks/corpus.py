"""Corpus mode speed and memory on AllSides, against TextBlob sentiment alone in the same run.

Figures (all measured in one run, on the same N AllSides articles, Baly et al. 2020):
- baseline: ``TextBlob(body).sentiment`` over the N bodies (the corpus issue's yardstick);
- the analysis alone in this process (load + `analyze_columns`, no I/O, warm caches), and
  ``python -m analysis corpus`` end to end in a fresh process (start-up, reading the gzipped JSON
  Lines, every table, Parquet written) with 1 and 2 workers: articles/s, words/s, CPU seconds,
  ratio to the baseline (bar: <= 3x) and speed-up of 2 workers over 1 (bar: >= 1.8x); the
  baseline and both commands run ``--repeat`` times, interleaved, and the best of each is used;
- where the time goes: CPU seconds of loading and of each step of `analysis.pipeline.STEPS`
  (given its upstream tables), as multiples of the baseline;
- peak memory of the run's process tree (RSS and PSS, sampled every 0.2 s) on a larger N
  (bar: < 1.5 GB);
- with ``--whole``, only the whole corpus (37,554 articles): the baseline, then the command with
  1 and with 2 workers, with peak memory (about 10 minutes).

Start-up (imports, the language model, the lexicons: about 1.3 s) is paid once by any number of
workers, so the speed-up of 2 workers over 1 grows with N: N = 6,000 by default.

    python benchmarks/corpus.py [--articles 6000] [--large 5000] [--repeat 2] [--no-steps] [--whole]

Skips with a message when ../shared/datasets/allsides is absent.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import resource
import subprocess
import sys
import tempfile
import threading
import time
import warnings

import psutil
from textblob import TextBlob

from analysis.corpus import read_records, record_article
from analysis.options import Options
from analysis.pipeline import STEPS, analyze_columns, run_step
from analysis.tokenize import count_words

from allsides import ALLSIDES, allsides_missing


class TreeMemory:
    """Peak memory of a process and all its descendants, sampled every ``interval`` seconds.

    ``rss``: summed resident set sizes (pages shared between forked workers counted once per
    process: an over-estimate). ``pss``: summed proportional set sizes (each shared page split
    between the processes sharing it: what the tree really costs), where the system reports it.
    """

    def __init__(self, root: psutil.Process, interval: float = 0.2) -> None:
        self.root, self.interval = root, interval
        self.rss = self.pss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            rss = pss = 0
            try:
                processes = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                processes = []
            for process in processes:
                try:
                    info = process.memory_full_info()
                except psutil.Error:
                    continue
                rss += info.rss
                pss += getattr(info, "pss", info.rss)
            self.rss, self.pss = max(self.rss, rss), max(self.pss, pss)
            self._stop.wait(self.interval)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def corpus_run(limit: int | None, workers: int, memory_every: float | None = None) -> dict:
    """A cold end-to-end run of ``python -m analysis corpus`` on the first ``limit`` AllSides articles
    (None: the whole corpus, counted first for the progress bar as a user's run does).

    A fresh process, as a user runs it: start-up, reading, every table, Parquet written. Returns
    wall seconds, the run's own summary line, CPU seconds of the process tree and, when
    ``memory_every`` gives a sampling interval in seconds, peak memory. Speed runs sample no
    memory: reading a process's PSS costs about 12 ms of CPU per sample, which a 2-worker run,
    with no idle core, would pay and a 1-worker run would not.
    """
    with tempfile.TemporaryDirectory() as out:
        command = [sys.executable, "-m", "analysis", "corpus", str(ALLSIDES), "--out", out,
                   "--workers", str(workers), "--quiet"] + (["--limit", str(limit)] if limit else [])
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        process = psutil.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        memory = TreeMemory(process, memory_every) if memory_every else contextlib.nullcontext()
        with memory:
            _, stderr = process.communicate()
        seconds = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode != 0:
        raise RuntimeError(stderr)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    peak = {"rss": memory.rss, "pss": memory.pss} if memory_every else {}
    return {"seconds": seconds, "line": stderr.strip().splitlines()[-1], "cpu": cpu, **peak}


def analysis_alone(records: list[dict]) -> float:
    """Seconds to load and analyse the records in this process, without reading or writing files:
    every table as the corpus runner computes it (`analyze_columns`), before any DataFrame."""
    started = time.perf_counter()
    for record in records:
        try:
            analyze_columns(record_article(record))
        except Exception:  # noqa: BLE001 (failures are part of a corpus; analyze_corpus records them)
            pass
    return time.perf_counter() - started


def stage_seconds(records: list[dict]) -> dict[str, float]:
    """CPU seconds of each step of the analysis over ``records``: loading, then each table of
    `analysis.pipeline.STEPS` given what it needs, as `analyze` runs them. No profiler,
    so the shares are not skewed by profiling overhead."""
    seconds = dict.fromkeys(["load", *(step.name for step in STEPS)], 0.0)
    for record in records:
        started = time.process_time()
        try:
            article = record_article(record)
        except Exception:  # noqa: BLE001 (an article that fails to load is a row of errors in a corpus run)
            continue
        finally:
            seconds["load"] += time.process_time() - started
        results: dict = {}
        for step in STEPS:
            started = time.process_time()
            results[step.name] = run_step(step, article, results, Options())
            seconds[step.name] += time.process_time() - started
    return seconds


def whole_corpus() -> int:
    """Every AllSides article: the baseline, then the command with 1 and with 2 workers."""
    count = words = 0
    baseline = 0.0
    for record in read_records(ALLSIDES):
        body = record.get("body") or ""
        started = time.perf_counter()
        TextBlob(body).sentiment
        baseline += time.perf_counter() - started  # the sentiment alone, not the reading
        count, words = count + 1, words + count_words(body)
    print(f"whole AllSides corpus: {count:,} records, {words:,} words; load average {psutil.getloadavg()[0]:.2f}")
    print(f"baseline TextBlob(body).sentiment: {baseline:7.1f} s  {count / baseline:6.1f} articles/s")
    seconds = {}
    for workers in (1, 2):
        run = corpus_run(None, workers, memory_every=1.0)
        seconds[workers] = run["seconds"]
        print(f"python -m analysis corpus, {workers} worker{'s' if workers > 1 else ' '}: {run['seconds']:7.1f} s  "
              f"{count / run['seconds']:6.1f} articles/s  {words / run['seconds']:9,.0f} words/s  = {run['seconds'] / baseline:4.2f}x baseline; "
              f"CPU {run['cpu']:6.1f} s; peak RSS {run['rss'] / 2**20:,.0f} MB, PSS {run['pss'] / 2**20:,.0f} MB")
        print(f"  {run['line']}")
    print(f"2 workers vs 1: {seconds[1] / seconds[2]:.2f}x faster; load average at end {psutil.getloadavg()[0]:.2f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=6000, help="N for speed figures (default 6000)")
    parser.add_argument("--large", type=int, default=5000, help="N for the peak-memory run (default 5000; 0 skips)")
    parser.add_argument("--no-steps", action="store_true", help="skip the per-step breakdown")
    parser.add_argument("--whole", action="store_true", help="only the whole corpus: baseline, 1 worker, 2 workers (about 10 minutes)")
    parser.add_argument("--repeat", type=int, default=2, help="runs of the baseline and of each corpus command (default 2; best is used)")
    args = parser.parse_args(argv)
    if allsides_missing():
        return 0
    warnings.simplefilter("ignore")
    if args.whole:
        return whole_corpus()
    n = args.articles
    records = list(itertools.islice(read_records(ALLSIDES), n))
    bodies = [record.get("body") or "" for record in records]
    words = sum(map(count_words, bodies))
    print(f"{n} AllSides articles, {words:,} words (analysis.tokenize); {psutil.cpu_count()} CPUs, "
          f"load average {psutil.getloadavg()[0]:.2f} at start")

    # The machine's speed drifts (other tenants, clock), so every measurement is repeated,
    # interleaved, and the best of each is used, as timeit does: ratios of bests compare each
    # thing at its least disturbed. Every run is printed too.
    def baseline_run() -> tuple[float, float]:
        started, cpu_started = time.perf_counter(), time.process_time()
        for body in bodies:
            TextBlob(body).sentiment
        return time.perf_counter() - started, time.process_time() - cpu_started

    baselines: list[tuple[float, float]] = []
    runs: dict[int, list[dict]] = {1: [], 2: []}
    alone = alone_cpu = None
    for repeat in range(args.repeat):
        baselines.append(baseline_run())
        print(f"  run {repeat + 1}: baseline {baselines[-1][0]:6.2f} s", end="", flush=True)
        if alone is None:
            cpu_started = time.process_time()
            alone = analysis_alone(records)
            alone_cpu = time.process_time() - cpu_started
        for workers in (1, 2):
            runs[workers].append(corpus_run(n, workers))
            print(f"; {workers} worker{'s' if workers > 1 else ''} {runs[workers][-1]['seconds']:6.2f} s", end="", flush=True)
        print()
    baseline, baseline_cpu = min(b[0] for b in baselines), min(b[1] for b in baselines)
    print(f"\nbest of {args.repeat} runs each:")
    print(f"baseline TextBlob(body).sentiment: {baseline:6.2f} s  {n / baseline:8.1f} articles/s  "
          f"{words / baseline:10,.0f} words/s; CPU {baseline_cpu:5.2f} s")
    print(f"analysis alone (load+analyze_columns):{alone:6.2f} s  {n / alone:8.1f} articles/s  {words / alone:10,.0f} words/s"
          f"  = {alone / baseline:5.1f}x baseline; CPU {alone_cpu:5.2f} s = {alone_cpu / baseline_cpu:4.1f}x baseline CPU (run 1)")
    best = {workers: min(measured, key=lambda run: run["seconds"]) for workers, measured in runs.items()}
    for workers, run in best.items():
        print(f"python -m analysis corpus, {workers} worker{'s' if workers > 1 else ' '}: {run['seconds']:6.2f} s  "
              f"{n / run['seconds']:8.1f} articles/s  {words / run['seconds']:10,.0f} words/s  "
              f"= {run['seconds'] / baseline:5.2f}x baseline; CPU {run['cpu']:5.1f} s = {run['cpu'] / baseline_cpu:4.2f}x "
              f"baseline CPU, {run['cpu'] / run['seconds']:3.1f} cores busy")
    pairs = ", ".join(f"{one['seconds'] / two['seconds']:.2f}x" for one, two in zip(runs[1], runs[2]))
    print(f"  (bar: 1 worker <= 3x baseline; cold start included)   2 workers vs 1: "
          f"{best[1]['seconds'] / best[2]['seconds']:.2f}x faster (bar >= 1.8x); run by run: {pairs}")
    print(f"  last line of the best 1-worker run: {best[1]['line']}")

    if not args.no_steps:
        seconds = stage_seconds(records)
        print(f"\nwhere the time goes (CPU seconds per step on the {n} articles, each step as a multiple of the baseline):")
        for step, cpu in seconds.items():
            print(f"  {step:14s} {cpu:6.2f} s  {cpu / baseline_cpu:5.2f}x")
        print(f"  {'all steps':14s} {sum(seconds.values()):6.2f} s  {sum(seconds.values()) / baseline_cpu:5.2f}x")

    if args.large:
        large = corpus_run(args.large, 2, memory_every=0.2)
        print(f"\npeak memory, {args.large:,} articles, 2 workers: RSS {large['rss'] / 2**20:,.0f} MB, "
              f"PSS {large['pss'] / 2**20:,.0f} MB (bar < 1,536 MB); {large['seconds']:,.1f} s, "
              f"{args.large / large['seconds']:,.1f} articles/s; {large['line']}")
    print(f"load average at end {psutil.getloadavg()[0]:.2f} (other processes share the CPUs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
