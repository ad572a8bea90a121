"""Does an article's contested vocabulary lean the way its outlet's AllSides label does?

AllSides (Baly et al. 2020) labels every outlet left, center or right. The outlets are split in
two halves by a stable hash of their names (`half_of`), so no outlet is in both: the word list and
`analysis.contested.MIN_TERMS` may be tuned on the *tuning* half only, and the figures that
count are those of the *test* half. For the left- and right-labelled articles of each half it
prints how many have at least MIN_TERMS contested terms (coverage) and, for those, how often the
sign of the vocabulary lean agrees with the label (bar: at least 0.70 on the test half); and, on
the tuning half only, each term's left/right article counts, so a term used the other way can be
read and removed from the CSV. Each article is the product's: the record loaded as corpus mode
loads it (`analysis.corpus.record_article`: title apart, boilerplate cut) and its lean is the
summary table's (`analysis.summary.writers_contested_terms` over the framing table, then
`analysis.contested.vocabulary_lean`): body terms in the writer's voice only, not inside quoted
voice (quotation marks and direct statements) nor a reported claim ("the group said the vote was
rigged"), and not where `analysis.contested.is_writers_usage` rejects them (a distancing context,
"so-called", "known as"; a longer proper name, "the Voting Rights Act"). Before stop 25 (second
round) the benchmark had its own rule (title plus body, only quotation marks left out), which
differed from the product's; now both read one definition. Only the halves printed are analysed
(the test half only with ``--test``).

    python benchmarks/contested.py [--tune] [--test] [--cross] [--limit N]

By default only the tuning half's figures are printed; ``--test`` adds the test half's (score it
rarely and record every time: each look at it is a use of the held-out outlets). ``--tune`` also
prints, for the tuning half only, agreement and coverage for minimum counts 1–6 and the per-term
counts. ``--cross`` asks, on the tuning half only, whether per-term weights learned from outlets
carry over to other outlets: the tuning half's outlets are split in two four ways (`sub_half_of`),
and on each part it prints the sign agreement of the hand-sided count (the product's lean) and of
a lean weighted by each term's smoothed log-odds of right- vs left-outlet use learned on the other
part (Gentzkow & Shapiro 2010 weight phrases by such rates; Monroe et al. 2008 smooth them).
Skips with a message when ../shared is absent.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import time
from collections import Counter, defaultdict

from analysis.contested import vocabulary_lean
from analysis.corpus import record_article
from analysis.errors import ArticleError
from analysis.framing import framing_columns, upstream_columns
from analysis.lexicon import token_pass
from analysis.summary import writers_contested_terms

from allsides import ALLSIDES, allsides_missing

TUNING, TEST = "tuning", "test"


def half_of(outlet: str) -> str:
    """The half an outlet belongs to: the parity of the first byte of its name's MD5 digest."""
    return TUNING if hashlib.md5(outlet.encode("utf-8")).digest()[0] % 2 == 0 else TEST


def lean_terms(record: dict) -> list[tuple[str, str]]:
    """(term lemma, side) of each contested term the product's lean counts for an AllSides record:
    the article as corpus mode loads it, its framing table as `analysis.summary.summary` computes
    it (default topic; contested rows do not depend on it), read by `writers_contested_terms`.
    Raises `ArticleError` for a record the loader refuses (an empty body)."""
    article = record_article({"id": record["ID"], "title": record["title"], "body": record["content_original"], "source": record["source"]})
    sentences, statements, voice = upstream_columns(article)
    framing = framing_columns(article, token_pass(article.text), sentences, voice, statements=statements)
    return [(lemma, side) for _, lemma, side in writers_contested_terms(framing)]


def scan(limit: int | None, halves: tuple[str, ...]) -> tuple[list[tuple[str, str, str, list[tuple[str, str]]]], int]:
    """((half, label, outlet, [(term lemma, side), ...]) per left/right article of ``halves``,
    articles the loader refused). A refused article has no terms (it counts in coverage)."""
    rows, refused = [], 0
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                break
            record = json.loads(line)
            label, half = record["bias_text"], half_of(record["source"])
            if label not in ("left", "right") or half not in halves:
                continue
            try:
                terms = lean_terms(record)
            except ArticleError:
                refused, terms = refused + 1, []
            rows.append((half, label, record["source"], terms))
    return rows, refused


def sub_half_of(outlet: str, salt: str) -> int:
    """One of two parts of a half, by a salted MD5 digest of the outlet's name (`--cross`)."""
    return hashlib.md5((salt + outlet).encode("utf-8")).digest()[1] % 2


def log_odds(rows, prior: float = 0.5) -> dict[tuple[str, str], float]:
    """Per (term lemma, side): log of its right-article rate over its left-article rate in ``rows``
    (articles using it in the writer's voice; ``prior`` added to each count)."""
    articles = Counter(label for _, label, _, _ in rows)
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for _, label, _, terms in rows:
        for key in set(terms):
            counts[key][label] += 1
    return {key: math.log(((c["right"] + prior) / (articles["right"] + 2 * prior)) / ((c["left"] + prior) / (articles["left"] + 2 * prior)))
            for key, c in counts.items()}


def signed_agreement(rows, minimum: int, weights: dict[tuple[str, str], float] | None) -> tuple[float, int]:
    """(sign agreement, articles scored) of the lean of ``rows``' articles with ``minimum`` terms:
    the hand-sided count (right +1, left -1) when ``weights`` is None, else the sum of the terms'
    learned weights (a term unseen in training counts ±0.5 by its hand side)."""
    scored = agreed = 0
    for _, label, _, terms in rows:
        used = terms
        if len(used) < minimum:
            continue
        if weights is None:
            lean = sum(1 if side == "right" else -1 for _, side in used)
        else:
            lean = sum(weights.get((lemma, side), 0.5 if side == "right" else -0.5) for lemma, side in used)
        if lean == 0:
            continue
        scored += 1
        agreed += (lean > 0) == (label == "right")
    return (agreed / scored if scored else float("nan")), scored


def cross_outlets(rows, minimum: int) -> None:
    """Print `--cross`: hand-sided count vs weights learned on the other part of the tuning half."""
    tuning = [row for row in rows if row[0] == TUNING]
    print(f"\ntuning half, outlets split in two parts four ways (MIN_TERMS={minimum}): sign agreement (articles)")
    for salt in "abcd":
        parts = [[row for row in tuning if sub_half_of(row[2], salt) == part] for part in (0, 1)]
        for learn, score in ((0, 1), (1, 0)):
            right = sum(row[1] == "right" for row in parts[score]) / max(len(parts[score]), 1)
            count, n_count = signed_agreement(parts[score], minimum, None)
            learned, n_learned = signed_agreement(parts[score], minimum, log_odds(parts[learn]))
            print(f"  split {salt}, part {score} ({right:.0%} right-labelled): hand-sided count {count:.3f} ({n_count}), "
                  f"log-odds learned on part {learn} {learned:.3f} ({n_learned})")


def agreement(rows, half: str, minimum: int, label_only: str | None = None) -> tuple[float, float, int, int]:
    """(agreement, coverage, articles with a lean, articles) for ``half`` at ``minimum`` terms,
    over the articles labelled ``label_only`` when given."""
    scored = agreed = total = 0
    for row_half, label, _, terms in rows:
        if row_half != half or label_only not in (None, label):
            continue
        total += 1
        lean, _ = vocabulary_lean((side for _, side in terms), minimum)
        if lean is None or lean == 0:
            continue  # no lean, or a tie: no sign to compare
        scored += 1
        agreed += (lean > 0) == (label == "right")
    return (agreed / scored if scored else float("nan")), (scored / total if total else 0.0), scored, total


def term_counts(rows, half: str) -> dict[str, Counter]:
    """Per (term lemma, side): the left and right articles of ``half`` using it in the writer's voice."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for row_half, label, _, terms in rows:
        if row_half == half:
            for lemma, side in set(terms):
                counts[(lemma, side)][label] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune", action="store_true", help="also print the tuning half's per-term counts and minimums 1-6")
    parser.add_argument("--test", action="store_true", help="also print the test half's figures (the held-out outlets)")
    parser.add_argument("--cross", action="store_true", help="tuning half only: do weights learned on some outlets carry over to others?")
    parser.add_argument("--limit", type=int, default=None, help="read only the first N records")
    args = parser.parse_args()
    if allsides_missing():
        return
    began = time.perf_counter()
    rows, refused = scan(args.limit, (TUNING, TEST) if args.test else (TUNING,))
    from analysis.contested import MIN_TERMS

    outlets = Counter((row[0], row[2]) for row in rows)
    print(f"{len(rows)} left/right articles analysed in {time.perf_counter() - began:.1f} s ({refused} refused by the loader); "
          f"outlets: tuning {sum(1 for h, _ in outlets if h == TUNING)}, test {sum(1 for h, _ in outlets if h == TEST)}")
    if args.tune:
        print("\ntuning half: minimum terms -> sign agreement, coverage (articles with a lean / all)")
        for minimum in range(1, 7):
            agree, cover, scored, total = agreement(rows, TUNING, minimum)
            print(f"  {minimum}: agreement {agree:.3f}, coverage {cover:.3f} ({scored}/{total})")
        articles = Counter(label for half, label, _, _ in rows if half == TUNING)
        print(f"\ntuning half ({articles['left']} left, {articles['right']} right articles): term (side) -> "
              "left articles, right articles; '!' = a higher rate (add-0.5) among the other side's articles")
        for (lemma, side), count in sorted(term_counts(rows, TUNING).items(), key=lambda kv: -sum(kv[1].values())):
            rate = {label: (count[label] + 0.5) / max(articles[label], 1) for label in ("left", "right")}
            flag = "!" if rate["left" if side == "right" else "right"] > rate[side] else " "
            print(f"  {flag} {lemma} ({side}): left {count['left']}, right {count['right']}")
    if args.cross:
        cross_outlets(rows, MIN_TERMS)
    for half in (TUNING, TEST) if args.test else (TUNING,):
        agree, cover, scored, total = agreement(rows, half, MIN_TERMS)
        by_label = {label: agreement(rows, half, MIN_TERMS, label)[0] for label in ("left", "right")}
        print(f"{half} half, MIN_TERMS={MIN_TERMS}: sign agreement {agree:.3f} on {scored} articles "
              f"(left-labelled {by_label['left']:.3f}, right-labelled {by_label['right']:.3f}); "
              f"coverage {cover:.3f} of {total} left/right articles")


if __name__ == "__main__":
    main()
