"""Does an article's contested vocabulary lean the way its outlet's AllSides label does?

AllSides (Baly et al. 2020) labels every outlet left, center or right. The outlets are split in
two halves by a stable hash of their names (`half_of`), so no outlet is in both: the word list and
`analysis.contested.MIN_TERMS` may be tuned on the *tuning* half only, and the figures that
count are those of the *test* half. For the left- and right-labelled articles of each half it
prints how many have at least MIN_TERMS contested terms (coverage) and, for those, how often the
sign of the vocabulary lean agrees with the label (bar: at least 0.70 on the test half); and, on
the tuning half only, each term's left/right article counts, so a term used the other way can be
read and removed from the CSV. The text scanned is the title plus ``content_original``; only uses
in the writer's voice count: outside quotation marks (`quotation_spans`) and, by
`analysis.contested.is_writers_usage`, not in a distancing context ("so-called", "known as") nor,
in the body, inside a longer proper name ("the Voting Rights Act"). ``--bare`` counts every use
outside quotation marks instead (the rule before stop 25), for comparison.

    python benchmarks/contested.py [--tune] [--test] [--cross] [--bare] [--limit N]

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

from analysis import quotation_spans
from analysis.contested import find_contested, is_writers_usage, side_of, vocabulary_lean

from allsides import ALLSIDES, allsides_missing

TUNING, TEST = "tuning", "test"


def half_of(outlet: str) -> str:
    """The half an outlet belongs to: the parity of the first byte of its name's MD5 digest."""
    return TUNING if hashlib.md5(outlet.encode("utf-8")).digest()[0] % 2 == 0 else TEST


def scan(limit: int | None, bare: bool = False) -> list[tuple[str, str, str, list[tuple[str, str, bool]]]]:
    """(half, label, outlet, [(term lemma, side, not the writer's usage), ...]) per left/right article.

    A use is not the writer's inside quotation marks and, unless ``bare``, where
    `is_writers_usage` says so (the headline is the text before the first blank line)."""
    rows = []
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                break
            record = json.loads(line)
            label = record["bias_text"]
            if label not in ("left", "right"):
                continue
            text = f"{record['title']}\n\n{record['content_original']}"
            quoted, body = quotation_spans(text), len(record["title"]) + 2
            terms = [(m.entry.lemma, side_of(m.entry.subcategory),
                      any(a <= m.start < b for a, b in quoted) or not (bare or is_writers_usage(text, m.start, m.end, m.start >= body)))
                     for m in find_contested(text)]
            rows.append((half_of(record["source"]), label, record["source"], terms))
    return rows


def sub_half_of(outlet: str, salt: str) -> int:
    """One of two parts of a half, by a salted MD5 digest of the outlet's name (`--cross`)."""
    return hashlib.md5((salt + outlet).encode("utf-8")).digest()[1] % 2


def log_odds(rows, prior: float = 0.5) -> dict[tuple[str, str], float]:
    """Per (term lemma, side): log of its right-article rate over its left-article rate in ``rows``
    (articles using it in the writer's voice; ``prior`` added to each count)."""
    articles = Counter(label for _, label, _, _ in rows)
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for _, label, _, terms in rows:
        for key in {(lemma, side) for lemma, side, excluded in terms if not excluded}:
            counts[key][label] += 1
    return {key: math.log(((c["right"] + prior) / (articles["right"] + 2 * prior)) / ((c["left"] + prior) / (articles["left"] + 2 * prior)))
            for key, c in counts.items()}


def signed_agreement(rows, minimum: int, weights: dict[tuple[str, str], float] | None) -> tuple[float, int]:
    """(sign agreement, articles scored) of the lean of ``rows``' articles with ``minimum`` terms:
    the hand-sided count (right +1, left -1) when ``weights`` is None, else the sum of the terms'
    learned weights (a term unseen in training counts ±0.5 by its hand side)."""
    scored = agreed = 0
    for _, label, _, terms in rows:
        used = [(lemma, side) for lemma, side, excluded in terms if not excluded]
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
        lean, _ = vocabulary_lean((side for _, side, excluded in terms if not excluded), minimum)
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
            for lemma, side in {(lemma, side) for lemma, side, excluded in terms if not excluded}:
                counts[(lemma, side)][label] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune", action="store_true", help="also print the tuning half's per-term counts and minimums 1-6")
    parser.add_argument("--test", action="store_true", help="also print the test half's figures (the held-out outlets)")
    parser.add_argument("--cross", action="store_true", help="tuning half only: do weights learned on some outlets carry over to others?")
    parser.add_argument("--bare", action="store_true", help="count every use outside quotation marks (no distancing or name checks)")
    parser.add_argument("--limit", type=int, default=None, help="read only the first N records")
    args = parser.parse_args()
    if allsides_missing():
        return
    began = time.perf_counter()
    rows = scan(args.limit, args.bare)
    from analysis.contested import MIN_TERMS

    outlets = Counter((row[0], row[2]) for row in rows)
    print(f"{len(rows)} left/right articles scanned in {time.perf_counter() - began:.1f} s; "
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
