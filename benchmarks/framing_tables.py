"""Speed of each step of the pipeline, the framing, actors, actor_labels, voices and summary tables above all, against TextBlob sentiment.

Milliseconds per article on N AllSides bodies (Baly et al. 2020), each step of
`analysis.pipeline.STEPS` given what it needs as `analysis.pipeline.analyze` runs it, as a
ratio to ``TextBlob(body).sentiment`` measured in the same run (the corpus issue's baseline:
the whole analysis may cost at most 3x that). Each article is timed R times and the fastest run
kept (the machine is shared); the memos of text-keyed lookups (quotation marks, speaker lookups)
are cleared before every run, so each run pays the full price of a new article.

    python benchmarks/framing_tables.py [--articles 200] [--repeats 3] [--profile]
    python benchmarks/framing_tables.py --articles 2000 --term-frequency

``--term-frequency`` times nothing: it prints, for each loaded-language lexicon row that fires, the
share of the articles it fires in (document frequency) and its rows. A word that fires in many
articles of every outlet is mostly used in a neutral sense; loaded.csv's frequency demotion reads it.

Skips with a message when ../shared is absent.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import importlib
import json
import pstats
import time
from collections import Counter

from textblob import TextBlob

from analysis.framing import framing
from analysis.load import text_article
from analysis.options import Options
from analysis.pipeline import STEPS, run_step
from analysis.tokenize import count_words

from allsides import ALLSIDES, allsides_missing

# `analysis/__init__.py` re-exports the function `statements` under the module
# name, so the module itself is fetched by name.
statements_module = importlib.import_module("analysis.statements")
UPSTREAM = ("sentences", "statements")
# The steps after the statements table: the token pass and quoted voice they share, and the tables.
DOWNSTREAM = tuple(step for step in STEPS if step.name not in UPSTREAM)
OWN = tuple(step.name for step in DOWNSTREAM)
STAGES = ("textblob", *UPSTREAM, *OWN)


def read_articles(count: int, min_words: int = 150) -> list:
    """The first ``count`` AllSides articles of at least ``min_words`` words, loaded as Articles."""
    articles = []
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if len(record["content_original"].split()) < min_words:
                continue
            try:
                articles.append(text_article(record["title"] + "\n" + record["content_original"], article_id=record["ID"]))
            except Exception:  # noqa: BLE001 - a body the loader refuses is simply not timed
                continue
            if len(articles) >= count:
                break
    return articles


def forget(quotations: bool = True) -> None:
    """Clear the memos of text-keyed lookups so the next call computes from scratch.

    ``quotations=False`` keeps the statements table's memo of the article's quotation marks,
    which in `analyze` the statements step has filled before the quoted voice reads it.
    """
    if quotations and hasattr(statements_module, "_text_quotations"):
        statements_module._text_quotations.cache_clear()


def step_seconds(article, results: dict, steps) -> dict[str, float]:
    """Seconds of each of ``steps`` for one article, in pipeline order; fills ``results``."""
    seconds, options = {}, Options()
    for step in steps:
        started = time.perf_counter()
        results[step.name] = run_step(step, article, results, options)
        seconds[step.name] = time.perf_counter() - started
    return seconds


def downstream(article, upstream: dict) -> dict[str, float]:
    """Seconds of each step after the statements table for one article, given sentences and statements."""
    return step_seconds(article, dict(upstream), DOWNSTREAM)


def fastest(function, repeats: int):
    """(seconds of the fastest of ``repeats`` calls, result)."""
    best, result = float("inf"), None
    for _ in range(repeats):
        started = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - started)
    return best, result


def options_and_articles(description: str, profiled: str):
    """Parse the benchmarks' common options and read the articles; None when AllSides is absent."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help=f"print a cProfile of {profiled}")
    parser.add_argument("--term-frequency", action="store_true", help="print each loaded term's document frequency instead of timing")
    options = parser.parse_args()
    if allsides_missing():
        return None
    articles = read_articles(options.articles)
    return options, articles, sum(count_words(article.text) for article in articles)


# How many of the most frequent loaded terms --term-frequency prints.
FREQUENT_TERMS = 120


def term_frequency(articles) -> tuple[Counter, Counter]:
    """(articles each (subcategory, lemma) of the body's `loaded` rows fires in, its rows), no topic."""
    documents, rows = Counter(), Counter()
    for article in articles:
        table = framing(article, topic=None)
        loaded = table[(table["category"] == "loaded") & (table["part"] == "body")]
        keys = list(zip(loaded["subcategory"], loaded["lemma"]))
        documents.update(set(keys))
        rows.update(keys)
    return documents, rows


def print_term_frequency(articles) -> None:
    documents, rows = term_frequency(articles)
    print(f"{len(articles)} AllSides articles, {sum(rows.values())} loaded rows: terms by document frequency (share of articles, rows)")
    for (subcategory, lemma), count in documents.most_common(FREQUENT_TERMS):
        print(f"  {100 * count / len(articles):5.1f}%  {rows[subcategory, lemma]:5d}  {subcategory:22s} {lemma}")


def main() -> None:
    setup = options_and_articles(__doc__.splitlines()[0], "the downstream steps")
    if setup is None:
        return
    options, articles, words = setup
    if options.term_frequency:
        print_term_frequency(articles)
        return
    warm = articles[0]
    step_seconds(warm, {}, STEPS)  # load lexicons and taggers once
    TextBlob(warm.text).sentiment
    totals = dict.fromkeys(STAGES, 0.0)
    upstream = []
    for article in articles:
        seconds, _ = fastest(lambda: TextBlob(article.text).sentiment, options.repeats)
        totals["textblob"] += seconds
        runs = []
        for _ in range(options.repeats):
            forget()
            results: dict = {}
            runs.append(step_seconds(article, results, [step for step in STEPS if step.name in UPSTREAM]))
        for stage in UPSTREAM:
            totals[stage] += min(run[stage] for run in runs)
        upstream.append((article, {name: results[name] for name in UPSTREAM}))
        runs = []
        for _ in range(options.repeats):
            forget(quotations=False)
            runs.append(downstream(article, upstream[-1][1]))
        for stage in runs[0]:
            totals[stage] += min(run[stage] for run in runs)
    n = len(articles)
    print(f"{n} AllSides articles, {words / n:.0f} words on average; ms per article (per 900 words)")
    for stage, seconds in totals.items():
        print(f"  {stage:13s} {1000 * seconds / n:6.2f}  ({1000 * seconds / words * 900:6.2f})")
    own = sum(totals[s] for s in OWN)
    whole = own + sum(totals[s] for s in UPSTREAM)
    print(f"  {'+'.join(OWN)}: {1000 * own / n:.2f} ms = {own / totals['textblob']:.2f}x TextBlob")
    print(f"  whole analysis: {1000 * whole / n:.2f} ms = {whole / totals['textblob']:.2f}x TextBlob")
    # Issue 17's bar: the actors and voices tables, with the entities step (actor discovery and
    # the topic overlay) they are built from, at most 0.4x TextBlob.
    for group in (("entities", "actors", "voices"), ("entities", "actors", "actor_labels", "voices")):
        seconds = sum(totals[s] for s in group)
        print(f"  {'+'.join(group)}: {1000 * seconds / n:.2f} ms = {seconds / totals['textblob']:.2f}x TextBlob (bar for entities+actors+voices: 0.4x)")
    if options.profile:
        profile = cProfile.Profile()
        profile.enable()
        for article, given in upstream:
            forget(quotations=False)
            downstream(article, given)
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)


if __name__ == "__main__":
    main()
