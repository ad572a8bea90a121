"""Time and peak memory against input size: statements, framing, rendering, the report.

One long text made of AllSides bodies (Baly et al. 2020) joined by blank lines is cut at 1x,
2x, 4x and 8x a base size (each size the start of the next, so a doubling adds text of the same
kind). At each size every stage is timed on its own, given its upstream tables as
`analysis.pipeline.analyze` gives them, and ``TextBlob(text).sentiment`` of the same text is
timed in the same run as the baseline. The table prints CPU seconds (the fastest of R rounds
over all sizes), the ratio to the previous size and to the baseline, and the mean ratio per
doubling (the bar: at most 2.5, where linear is 2.0); then peak memory (tracemalloc, in a
second pass so tracing does not slow the timed one) with the same ratios. The stages:

- statements: `analysis.statements.statements`, given the sentences table;
- framing: `analysis.framing.framing`, given sentences and statements;
- rendering: `analysis.render.highlight_html` (quoted voice recomputed: memos are cleared);
- report: `analysis.report.report_html` of the one article, its tables already computed
  (charts, word-choice contrast and the highlighted article).

    python benchmarks/scaling.py [--base-kb 100] [--steps 4] [--stages statements,framing,rendering,report]
                                 [--repeats 3] [--no-memory]

``--base-kb 606 --stages rendering`` reaches the issue's 4.85 MB at 8x. Skips with a message
when ../shared is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
import tracemalloc
import warnings
from pathlib import Path

from textblob import TextBlob

sys.path.insert(0, str(Path(__file__).resolve().parent))

from allsides import ALLSIDES, allsides_missing  # noqa: E402
from framing_tables import forget  # noqa: E402

from analysis.article import Article  # noqa: E402
from analysis.framing import framing  # noqa: E402
from analysis.sentences import sentences  # noqa: E402
from analysis.statements import statements  # noqa: E402

# Each doubling of the input may cost at most this factor (the bar; linear is 2.0).
MAX_RATIO_PER_DOUBLING = 2.5
STAGES = ("statements", "framing", "rendering", "report")


def news_text(chars: int) -> str:
    """The first ``chars`` characters of AllSides bodies joined by blank lines (cut at a space)."""
    bodies, total = [], 0
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as handle:
        for line in handle:
            body = json.loads(line)["content_original"].strip()
            if body:
                bodies.append(body)
                total += len(body) + 2
            if total >= chars:
                break
    text = "\n\n".join(bodies)[:chars]
    return text[: text.rfind(" ")] if " " in text[-200:] else text


def _report(article: Article, tables: dict) -> str:
    import matplotlib

    matplotlib.use("Agg")
    from analysis.compare import Collection
    from analysis.report import report_html

    return report_html(Collection(articles=(article,), tables=tables), title="Scaling")


def stage_calls(article: Article, stages: list[str]) -> tuple[dict, int, int]:
    """Each stage as a call of no arguments, its upstream tables computed here once, untimed."""
    from analysis.pipeline import analyze
    from analysis.render import highlight_html

    sentence_table = sentences(article)
    statement_table = statements(article, sentences=sentence_table)
    framing_table = framing(article, sentences=sentence_table, statements=statement_table)
    tables = analyze(article) if "report" in stages else {}
    return {
        "baseline": lambda: TextBlob(article.text).sentiment,
        "statements": lambda: statements(article, sentences=sentence_table),
        "framing": lambda: framing(article, sentences=sentence_table, statements=statement_table),
        # A copy of the statements table: quoted voice is recomputed, as for a new article.
        "rendering": lambda: highlight_html(article, statement_table.copy(), framing_table),
        "report": lambda: _report(article, tables),
    }, len(statement_table), len(framing_table)


def cpu_seconds(call) -> float:
    """CPU seconds of one call from scratch (memos cleared): other processes on a shared machine
    slow the wall clock far more than the process's own CPU time."""
    forget()
    started = time.process_time()
    call()
    return time.process_time() - started


def peak_mb(call) -> float:
    """Peak memory traced (tracemalloc) during one call from scratch, in MB."""
    forget()
    tracemalloc.start()
    call()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def print_table(title: str, unit: str, sizes: list[int], figures: dict[str, list[float]]) -> list[str]:
    """Print one table (a row per stage); return the stages over the bar.

    Each cell: the figure, its ratio to the previous size (xN) and to the baseline (xTB); the
    last column is the mean ratio per doubling from 1x to the largest size (the geometric
    mean, steadier than any single step on a shared machine). A stage is over the bar when
    that mean is.
    """
    over = []
    print(f"\n{title}")
    print(f"  {'stage':11s}" + "".join(f"{f'{size // 1000:,} KB':>26s}" for size in sizes) + f"{'per doubling':>14s}")
    for stage, values in figures.items():
        cells = []
        for index, value in enumerate(values):
            ratio = "" if index == 0 or not values[index - 1] else f" x{value / values[index - 1]:.2f}"
            baseline = "" if stage == "baseline" else f" ({value / figures['baseline'][index]:.1f}xTB)"
            cells.append(f"{value:.3g} {unit}{ratio}{baseline}")
        mean = (values[-1] / values[0]) ** (1 / (len(values) - 1)) if len(values) > 1 and values[0] else float("nan")
        if stage != "baseline" and mean > MAX_RATIO_PER_DOUBLING:
            over.append(stage)
        print(f"  {stage:11s}" + "".join(f"{cell:>26s}" for cell in cells) + f"{f'x{mean:.2f}':>14s}")
    return over


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-kb", type=float, default=100, help="size of the 1x text in kilobytes (1,000 characters)")
    parser.add_argument("--steps", type=int, default=4, help="sizes: 1x, 2x, ... 2^(steps-1)x")
    parser.add_argument("--stages", default=",".join(STAGES))
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per stage and size; the fastest is kept")
    parser.add_argument("--no-memory", action="store_true")
    options = parser.parse_args()
    if allsides_missing():
        return
    warnings.simplefilter("ignore")
    stages = ["baseline", *(s for s in options.stages.split(",") if s)]
    unknown = set(stages) - {"baseline", *STAGES}
    if unknown:
        parser.error(f"unknown stages: {', '.join(sorted(unknown))}")
    sizes = [int(options.base_kb * 1000) * 2**step for step in range(options.steps)]
    text = news_text(sizes[-1])
    # Warm up (lexicons, compiled patterns, lazy imports) so the 1x figures are not first calls.
    warm_calls = stage_calls(Article(id="warm", title="Warm", text=text[:20_000], metadata={"language": "en"}), stages)[0]
    for stage in stages:
        warm_calls[stage]()
    calls = []
    for size in sizes:
        article = Article(id=f"scaling-{size}", title="Scaling", text=text[:size], metadata={"language": "en"})
        size_calls, statement_rows, framing_rows = stage_calls(article, stages)
        calls.append(size_calls)
        print(f"{len(article.text):,} characters, {len(article.text.split()):,} words: "
              f"{statement_rows:,} statements, {framing_rows:,} framing rows", flush=True)
    # Rounds over every size and stage, the fastest of each kept: a slow minute of the machine
    # then touches one run of each figure, not all runs of one size.
    seconds = {stage: [float("inf")] * len(sizes) for stage in stages}
    for _ in range(options.repeats):
        for index, size_calls in enumerate(calls):
            for stage in stages:
                seconds[stage][index] = min(seconds[stage][index], cpu_seconds(size_calls[stage]))
    peaks = {stage: [peak_mb(size_calls[stage]) for size_calls in calls] for stage in stages} if not options.no_memory else {}
    over = print_table("CPU seconds (xN: ratio to the previous size; xTB: ratio to TextBlob sentiment of the same text)", "s", sizes, seconds)
    if not options.no_memory:
        over += print_table("Peak traced memory (MB)", "MB", sizes, peaks)
    print(f"\nBar: at most x{MAX_RATIO_PER_DOUBLING} per doubling (mean, 1x to {2 ** (len(sizes) - 1)}x). "
          + (f"Over the bar: {', '.join(sorted(set(over)))}." if over else "Every stage within it."))


if __name__ == "__main__":
    main()
