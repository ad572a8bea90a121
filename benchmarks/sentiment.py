"""`analysis.sentiment` against TextBlob itself: same figures, and how much faster.

On N AllSides bodies (Baly et al. 2020), three sets of texts per article: its sentences
(`analysis.segment`), windows of random length (5-300 characters, seeded) that cut words and
quotations anywhere, and the whole body. For each text the suite's figures are compared with
TextBlob's own scorer (``textblob.en.sentiment``, what ``TextBlob(text).sentiment`` returns) for
exact equality, and the bodies' tokens with Pattern's ``find_tokens``. Speed: scoring every
sentence with TextBlob one call each, and with `polarity_subjectivity_many` once per article,
as ratios to ``TextBlob(body).sentiment`` over the same bodies in the same run (the corpus
issue's baseline).

    python benchmarks/sentiment.py [--articles 2000] [--skip 0]

Skips with a message when ../shared/datasets/allsides is absent.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
import warnings

from textblob import TextBlob
from textblob._text import find_tokens
from textblob.en import sentiment as textblob_scorer

from analysis.corpus import read_records
from analysis.segment import sentence_spans
from analysis.sentiment import pattern_tokens, polarity_subjectivity_many

from allsides import ALLSIDES, allsides_missing


def textblob(text: str) -> tuple[float, float]:
    polarity, subjectivity = textblob_scorer(text)
    return float(polarity), float(subjectivity)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--skip", type=int, default=0, help="start after this many records")
    args = parser.parse_args(argv)
    if allsides_missing():
        return 0
    warnings.simplefilter("ignore")
    records = itertools.islice(read_records(ALLSIDES), args.skip, args.skip + args.articles)
    bodies = [record.get("body") or "" for record in records]
    rng = random.Random(20261125)
    compared = differing = token_mismatches = 0
    for body in bodies:
        sentences = [body[start:end] for start, end, _ in sentence_spans(body)]
        windows = [body[i : i + rng.randint(5, 300)] for i in range(0, len(body), 150)]
        for texts in (sentences, windows, [body]):
            ours = polarity_subjectivity_many(texts)
            compared += len(texts)
            differing += sum(1 for text, score in zip(texts, ours) if score != textblob(text))
        token_mismatches += pattern_tokens(body) != " ".join(find_tokens(body)).split()
    print(f"{len(bodies)} AllSides articles: {compared:,} texts (sentences, random windows, bodies) compared with "
          f"TextBlob: {differing} differ; {token_mismatches} bodies tokenized differently from Pattern's find_tokens")

    sentence_lists = [[body[start:end] for start, end, _ in sentence_spans(body)] for body in bodies]

    def cpu(function) -> float:
        started = time.process_time()
        function()
        return time.process_time() - started

    baseline = cpu(lambda: [TextBlob(body).sentiment for body in bodies])
    one_by_one = cpu(lambda: [[textblob(text) for text in texts] for texts in sentence_lists])
    batched = cpu(lambda: [polarity_subjectivity_many(texts) for texts in sentence_lists])
    sentences = sum(map(len, sentence_lists))
    print(f"CPU seconds, {sentences:,} sentences: TextBlob(body).sentiment {baseline:.2f} s (baseline); "
          f"TextBlob per sentence {one_by_one:.2f} s = {one_by_one / baseline:.2f}x; "
          f"analysis.sentiment per sentence {batched:.2f} s = {batched / baseline:.2f}x")
    return 1 if differing or token_mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
