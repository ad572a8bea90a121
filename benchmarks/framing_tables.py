"""Speed of the framing, actors, actor_labels and summary tables against TextBlob sentiment.

Milliseconds per article on N AllSides bodies (Baly et al. 2020), each table given its upstream
tables as `analysis.pipeline.analyze` does, as a ratio to ``TextBlob(body).sentiment`` measured
in the same run (the corpus issue's baseline: the whole analysis may cost at most 3x that).
Each article is timed R times and the fastest run kept (the machine is shared); the per-article
memos (token pass, quoted voice, framing columns, speaker lookups) are cleared before every run,
so each run pays the full price of a new article.

    python benchmarks/framing_tables.py [--articles 200] [--repeats 3] [--profile]

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

from textblob import TextBlob

from analysis.actors import actor_labels, actors
from analysis.framing import framing
from analysis.load import text_article
from analysis.sentences import sentences
from analysis.statements import statements
from analysis.summary import summary
from analysis.tokenize import count_words

from allsides import ALLSIDES, allsides_missing

# `analysis/__init__.py` re-exports the functions `framing` and `actors` under the module names,
# so the modules themselves are fetched by name.
framing_module = importlib.import_module("analysis.framing")
actors_module = importlib.import_module("analysis.actors")
lexicon_module = importlib.import_module("analysis.lexicon")
STAGES = ("textblob", "sentences", "statements", "framing", "actors", "actor_labels", "summary")


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


def forget() -> None:
    """Clear every per-article memo so the next call computes from scratch."""
    lexicon_module.token_pass.cache_clear()
    framing_module._LAST_QUOTE_VOICE.clear()
    actors_module._speaker_actor.cache_clear()


def downstream(article, sentence_table, statement_table) -> dict[str, float]:
    """Seconds of each downstream table for one article, in pipeline order."""
    seconds = {}
    started = time.perf_counter()
    framing_table = framing(article, sentences=sentence_table, statements=statement_table)
    seconds["framing"] = time.perf_counter() - started
    started = time.perf_counter()
    actors(article, sentences=sentence_table, statements=statement_table, framing=framing_table)
    seconds["actors"] = time.perf_counter() - started
    started = time.perf_counter()
    actor_labels(article, framing=framing_table)
    seconds["actor_labels"] = time.perf_counter() - started
    started = time.perf_counter()
    summary(article, sentences=sentence_table, statements=statement_table, framing=framing_table)
    seconds["summary"] = time.perf_counter() - started
    return seconds


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
    options = parser.parse_args()
    if allsides_missing():
        return None
    articles = read_articles(options.articles)
    return options, articles, sum(count_words(article.text) for article in articles)


def main() -> None:
    setup = options_and_articles(__doc__.splitlines()[0], "the downstream tables")
    if setup is None:
        return
    options, articles, words = setup
    warm = articles[0]
    warm_sentences = sentences(warm)
    downstream(warm, warm_sentences, statements(warm, sentences=warm_sentences))  # load lexicons and taggers once
    TextBlob(warm.text).sentiment
    totals = dict.fromkeys(STAGES, 0.0)
    upstream = []
    for article in articles:
        seconds, _ = fastest(lambda: TextBlob(article.text).sentiment, options.repeats)
        totals["textblob"] += seconds
        seconds, sentence_table = fastest(lambda: sentences(article), options.repeats)
        totals["sentences"] += seconds
        seconds, statement_table = fastest(lambda: statements(article, sentences=sentence_table), options.repeats)
        totals["statements"] += seconds
        upstream.append((article, sentence_table, statement_table))
        runs = []
        for _ in range(options.repeats):
            forget()
            runs.append(downstream(article, sentence_table, statement_table))
        for stage in runs[0]:
            totals[stage] += min(run[stage] for run in runs)
    n = len(articles)
    print(f"{n} AllSides articles, {words / n:.0f} words on average; ms per article (per 900 words)")
    for stage, seconds in totals.items():
        print(f"  {stage:13s} {1000 * seconds / n:6.2f}  ({1000 * seconds / words * 900:6.2f})")
    own = sum(totals[s] for s in ("framing", "actors", "actor_labels", "summary"))
    whole = own + totals["sentences"] + totals["statements"]
    print(f"  framing+actors+actor_labels+summary: {1000 * own / n:.2f} ms = {own / totals['textblob']:.2f}x TextBlob")
    print(f"  whole analysis: {1000 * whole / n:.2f} ms = {whole / totals['textblob']:.2f}x TextBlob")
    if options.profile:
        profile = cProfile.Profile()
        profile.enable()
        for article, sentence_table, statement_table in upstream:
            forget()
            downstream(article, sentence_table, statement_table)
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)


if __name__ == "__main__":
    main()
