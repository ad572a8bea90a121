"""Speed of the statements table against TextBlob sentiment of the whole article.

Milliseconds per article on N AllSides bodies (Baly et al. 2020), as a ratio to
``TextBlob(body).sentiment`` measured in the same run (the corpus issue's baseline: the whole
analysis may cost at most 3x that; the statements table's share is 0.8x). The table is timed
as `analysis.pipeline.analyze` calls it (given the sentences table) and on its own (segmenting
the text itself). Each article is timed R times and the fastest run kept (the machine is
shared).

    python benchmarks/statements.py [--articles 200] [--repeats 3] [--profile]

Skips with a message when ../shared is absent.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
from pathlib import Path

from textblob import TextBlob

sys.path.insert(0, str(Path(__file__).resolve().parent))

from framing_tables import fastest, options_and_articles  # noqa: E402

from analysis.sentences import sentences  # noqa: E402
from analysis.statements import statements  # noqa: E402


def main() -> None:
    setup = options_and_articles(__doc__.splitlines()[0], "the statements table")
    if setup is None:
        return
    options, articles, words = setup
    warm = articles[0]
    statements(warm, sentences=sentences(warm))  # load lexicons and compile patterns once
    TextBlob(warm.text).sentiment
    totals = {"textblob": 0.0, "statements (given sentences)": 0.0, "statements (alone)": 0.0}
    tables = []
    rows = 0
    for article in articles:
        totals["textblob"] += fastest(lambda: TextBlob(article.text).sentiment, options.repeats)[0]
        sentence_table = sentences(article)
        seconds, table = fastest(lambda: statements(article, sentences=sentence_table), options.repeats)
        totals["statements (given sentences)"] += seconds
        totals["statements (alone)"] += fastest(lambda: statements(article), options.repeats)[0]
        tables.append((article, sentence_table))
        rows += len(table)
    n = len(articles)
    print(f"{n} AllSides articles, {words / n:.0f} words and {rows / n:.1f} statements on average; ms per article")
    for stage, seconds in totals.items():
        ratio = seconds / totals["textblob"]
        print(f"  {stage:30s} {1000 * seconds / n:6.2f}  ({ratio:.2f}x TextBlob)")
    if options.profile:
        profile = cProfile.Profile()
        profile.enable()
        for article, sentence_table in tables:
            statements(article, sentences=sentence_table)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(35)


if __name__ == "__main__":
    main()
