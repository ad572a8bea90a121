"""Speed of the statements table against TextBlob sentiment of the whole article.

Milliseconds per article on N AllSides bodies (Baly et al. 2020), as a ratio to
``TextBlob(body).sentiment`` measured in the same run (the corpus issue's baseline: the whole
analysis may cost at most 3x that; issue 12 asks at most 0.6x of the statements table). Timed
four ways: the pipeline's step as `analysis.pipeline.run_step` runs it (`statement_columns`
given the sentences step's `Columns`; what `analyze_columns` and corpus mode pay), that step
plus the DataFrame `analyze` builds from it (`table_from_columns`), the public function given
the sentences DataFrame (``statements(article, sentences=table)``: reading the DataFrame's
columns and building one are pandas work outside the rules) and the public function alone
(segmenting the text itself). Each article is timed R times and the fastest run kept (the
machine is shared); the ratio of each is printed.

    python benchmarks/statements.py [--articles 200] [--repeats 3] [--profile]
    python benchmarks/statements.py --against REV [--articles 200] [--repeats 5]
    python benchmarks/statements.py --scale

``--against REV`` times the pipeline's step of this tree against the step of git revision REV
(its ``analysis/`` extracted to a temporary directory and imported as a second package) in one
process, in CPU time (``time.process_time``, which other processes on a shared machine disturb
less than wall time), the two versions alternating in turn order for each article, the fastest
of R kept, TextBlob timed the same way in the same loop; the tables of both are checked equal.
Changes that must not change behaviour are measured this way (NOTES-speed26: the wall-clock
ratios move by ±0.05 between runs of the same code on a loaded machine).

``--scale`` times the table on one synthetic article of 1,000, 2,000, 4,000 and 8,000
quotations (attributed quotes, colon introductions, pronoun speakers, participles and
unattributed scare quotes, names that share surnames) and prints seconds, peak memory
(tracemalloc) and the ratio to the previous size: linear time keeps each doubling within 2.5x
(issue 14). It needs no corpus.

Skips with a message when ../shared is absent (not with ``--scale``).
"""

from __future__ import annotations

import cProfile
import importlib
import io
import pstats
import subprocess
import sys
import tarfile
import tempfile
import time
import tracemalloc
from pathlib import Path

from textblob import TextBlob

sys.path.insert(0, str(Path(__file__).resolve().parent))

from framing_tables import fastest, options_and_articles  # noqa: E402

from analysis.article import Article  # noqa: E402
from analysis.schema import table_from_columns  # noqa: E402
from analysis.sentences import sentence_columns, sentences  # noqa: E402
from analysis.statements import statement_columns, statements  # noqa: E402

GIVEN = ("John", "Mary", "Ahmed", "Sarah", "David", "Leila", "Robert", "Anna")
SURNAMES = ("Cooper", "Haddad", "Smith", "Levi", "Jones", "Nasser", "Brown", "Klein", "Garcia", "Cohen")


def quotations_text(count: int) -> str:
    """A synthetic article of ``count`` one-sentence paragraphs, each with a quotation. Each
    quotation names its paragraph's number, so no paragraph or quotation repeats another
    (`statements.repeats` counts a repeated one once: with the same words throughout, the
    article gave four statements, whatever its length)."""
    paragraphs = []
    for i in range(count):
        surname = SURNAMES[(i // 8) % len(SURNAMES)]
        if i % 4 == 0:
            paragraphs.append(f'"We will rebuild the city block by block, from block {i} on," said {GIVEN[i % 8]} {surname}, a spokesman for the council.')
        elif i % 4 == 1:
            paragraphs.append(f'{surname} told reporters: "Crossing {i} opens on Friday at dawn."')
        elif i % 4 == 2:
            paragraphs.append(f'Residents were "cautiously hopeful" about the plan, and "Block {i}" reopened.')
        else:
            paragraphs.append(f'"It is too early to say for round {i}," she said, adding that the talks would resume.')
    return "\n\n".join(paragraphs)


def scale() -> None:
    """Seconds and peak memory of the statements table against the number of quotations."""
    statements(Article("warm", "", quotations_text(50)))
    previous = None
    print("quotations  statements  seconds  peak MB  vs half")
    for count in (1000, 2000, 4000, 8000):
        article = Article("scale", "", quotations_text(count))
        seconds, table = fastest(lambda: statements(article), 3)  # the fastest of three (a shared machine)
        tracemalloc.start()  # a second run, traced: tracing slows Python code several times
        statements(article)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        ratio = f"{seconds / previous:.2f}x" if previous else ""
        print(f"{count:10d}  {len(table):10d}  {seconds:7.2f}  {peak:7.1f}  {ratio}")
        previous = seconds


# What is timed (module docstring); the first stage is the baseline of the ratios.
STAGES = (
    "textblob",
    "statements step (pipeline, Columns)",
    "statements step + DataFrame (analyze)",
    "statements(article, sentences=DataFrame)",
    "statements(article) alone",
)


def _revision_package(revision: str, directory: str):
    """`analysis.statements` and `analysis.sentences` of git ``revision``, imported from
    ``directory`` as the package ``analysis_<short hash>`` (the package imports itself relatively)."""
    root = Path(__file__).resolve().parents[1]
    commit = subprocess.run(["git", "rev-parse", "--short", revision], cwd=root, check=True, capture_output=True, text=True).stdout.strip()
    archive = subprocess.run(["git", "archive", commit, "analysis"], cwd=root, check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(directory, filter="data")
    name = f"analysis_{commit}"
    Path(directory, "analysis").rename(Path(directory, name))
    sys.path.insert(0, directory)
    return importlib.import_module(f"{name}.statements"), importlib.import_module(f"{name}.sentences"), commit


def _cpu_fastest(function, repeats: int) -> float:
    """CPU seconds of the fastest of ``repeats`` calls."""
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        function()
        best = min(best, time.process_time() - started)
    return best


def against(revision: str) -> None:
    """The step of this tree and of ``revision`` in one process, alternating (module docstring)."""
    setup = options_and_articles(__doc__.splitlines()[0], "the statements table")
    if setup is None:
        return
    options, articles, _ = setup
    with tempfile.TemporaryDirectory() as directory:
        old_statements, old_sentences, commit = _revision_package(revision, directory)
        versions = ((commit, old_statements.statement_columns, old_sentences.sentence_columns), ("this tree", statement_columns, sentence_columns))
        totals = {"textblob": 0.0, commit: 0.0, "this tree": 0.0}
        for article in articles:
            given = {name: sentences_of(article) for name, _, sentences_of in versions}
            if repr(versions[0][1](article, given[commit])) != repr(statement_columns(article, given["this tree"])):
                raise SystemExit(f"the statements of {article.id} differ between {commit} and this tree")
            best = dict.fromkeys(totals, float("inf"))
            for turn in range(options.repeats):
                best["textblob"] = min(best["textblob"], _cpu_fastest(lambda: TextBlob(article.text).sentiment, 1))
                for name, step, _ in (versions if turn % 2 else versions[::-1]):
                    best[name] = min(best[name], _cpu_fastest(lambda: step(article, given[name]), 1))
            for name in totals:
                totals[name] += best[name]
    n = len(articles)
    print(f"{n} AllSides articles, CPU ms per article (fastest of {options.repeats}, alternating)")
    for name, seconds in totals.items():
        print(f"  {name if name == 'textblob' else 'statements step, ' + name:44s} {1000 * seconds / n:6.3f}  ({seconds / totals['textblob']:.3f}x TextBlob)")
    print(f"  this tree / {commit}: {totals['this tree'] / totals[commit]:.4f}")


def main() -> None:
    if "--scale" in sys.argv:
        scale()
        return
    if "--against" in sys.argv:
        at = sys.argv.index("--against")
        revision = sys.argv[at + 1]
        del sys.argv[at:at + 2]
        against(revision)
        return
    setup = options_and_articles(__doc__.splitlines()[0], "the statements table")
    if setup is None:
        return
    options, articles, words = setup
    warm = articles[0]
    statements(warm, sentences=sentences(warm))  # load lexicons and compile patterns once
    TextBlob(warm.text).sentiment
    totals = dict.fromkeys(STAGES, 0.0)
    given = []
    rows = 0
    for article in articles:
        totals["textblob"] += fastest(lambda: TextBlob(article.text).sentiment, options.repeats)[0]
        columns = sentence_columns(article)
        table = table_from_columns(columns)
        seconds, found = fastest(lambda: statement_columns(article, columns), options.repeats)
        totals[STAGES[1]] += seconds
        totals[STAGES[2]] += fastest(lambda: table_from_columns(statement_columns(article, columns)), options.repeats)[0]
        totals[STAGES[3]] += fastest(lambda: statements(article, sentences=table), options.repeats)[0]
        totals[STAGES[4]] += fastest(lambda: statements(article), options.repeats)[0]
        given.append((article, columns))
        rows += len(found["statement"])
    n = len(articles)
    print(f"{n} AllSides articles, {words / n:.0f} words and {rows / n:.1f} statements on average; ms per article")
    for stage, seconds in totals.items():
        ratio = seconds / totals["textblob"]
        print(f"  {stage:44s} {1000 * seconds / n:6.2f}  ({ratio:.2f}x TextBlob)")
    if options.profile:
        profile = cProfile.Profile()
        profile.enable()
        for article, columns in given:
            statement_columns(article, columns)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(35)


if __name__ == "__main__":
    main()
