"""How far two blind annotators of the same articles agree: the ceiling a blind score can reach.

A blind batch is annotated once (``tests/gold/*/allsides.csv``); for agreement a second
annotator, who saw neither the first annotation nor the system's output, annotated the same
articles from the same rules page (``tests/gold/agreement/``). Each annotation is then scored
against the other with the very matching the system is scored by, so the figures read like the
system's:

- statements (`tools.evaluate.statements.match`): a row of the second annotation stands for the
  text from its anchor to the end of the sentence that anchor ends in (an annotation has an
  anchor, not an end; a statement is rarely longer than its sentence). Direct and
  reported+partial recall, precision, speaker and kind agreement, both ways.
- actors (`benchmarks/actors_dev.score`): a second-annotation actor mentions every whole-word
  occurrence of its forms and is central as annotated. Central actors found, mentions attached
  to the right actor, actors matching none of the other annotation's, both ways.

Held-out splits print aggregates only, as every scorer of a blind split does.

    python -m tools.evaluate agreement statements dev19
    python -m tools.evaluate agreement actors dev8

Skips with a message when ../shared or an annotation is absent.
"""

from __future__ import annotations

import bisect
import contextlib
import io
import sys
from pathlib import Path

import pandas as pd

from analysis.article import Article
from analysis.segment import sentence_spans

from . import ALLSIDES, GOLD, REPO
from .statements import GoldStatement, _by_article, allsides_articles, match, read_gold, score

AGREEMENT = GOLD / "agreement"
STATEMENTS_SECOND = AGREEMENT / "statements.csv"
ACTORS_SECOND = AGREEMENT / "actors.csv"


def annotation_table(article: Article, rows: list[GoldStatement]) -> pd.DataFrame:
    """One annotation's statements of an article as a statements-table slice (start, end,
    speaker, speaker_resolved, kind): each from its anchor to the end of that anchor's sentence."""
    ends = [end for _, end, _ in sentence_spans(article.text)]
    records = []
    for item in rows:
        start = article.text.find(item.anchor)
        if start < 0:
            raise ValueError(f"{item.article}: anchor not found: {item.anchor!r}")
        last = start + len(item.anchor)
        end = ends[min(bisect.bisect_left(ends, last), len(ends) - 1)]
        speaker = " | ".join(item.speakers)
        records.append({"start": start, "end": max(end, last), "speaker": speaker, "speaker_resolved": speaker, "kind": item.kind})
    return pd.DataFrame(records, columns=["start", "end", "speaker", "speaker_resolved", "kind"])


def statements_agreement(split: str, first: Path = GOLD / "statements", second: Path = STATEMENTS_SECOND) -> dict[str, dict[str, float]]:
    """Each annotation of ``split`` scored against the other (the first as gold, then the second)."""
    one = _by_article([row for row in read_gold("allsides", first) if row.split == split])
    two = _by_article([row for row in read_gold(second.stem, second.parent) if row.split == split])
    articles = allsides_articles(set(one) | set(two))
    results = {}
    for name, gold, other in (("second vs first", one, two), ("first vs second", two, one)):
        counts = [match(articles[a], gold.get(a, []), annotation_table(articles[a], other.get(a, []))) for a in sorted(set(one) | set(two)) if a in articles]
        results[name] = score(counts)
    return results


def actors_agreement(split: str, first: Path, second: Path) -> str:
    """The actors scorer's printout for each annotation scored against the other."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    import actors_dev  # the benchmark's scorer: one matching for the system and for annotators

    one = actors_dev.read_gold(first, split)
    two = actors_dev.read_gold(second, split)
    articles = actors_dev.read_articles(set(one) | set(two))
    out = io.StringIO()
    for name, gold, other in (("second vs first", one, two), ("first vs second", two, one)):
        annotated = {a: actors_dev.annotated_actors(other.get(a, []), articles[a]) for a in gold if a in articles}
        with contextlib.redirect_stdout(out):
            print(f"--- {name}")
            actors_dev.score({a: g for a, g in gold.items() if a in articles}, articles, show=False, split=split,
                             blind=actors_dev.is_blind(split), actors_of=lambda article: annotated[article.id])
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    """Print the agreement of the two annotations of one split."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 2 or args[0] not in ("statements", "actors"):
        print(__doc__)
        return 2
    table, split = args
    if not ALLSIDES.exists():
        print(f"AllSides corpus not found at {ALLSIDES}: agreement skipped")
        return 0
    if table == "statements":
        if not STATEMENTS_SECOND.exists():
            print(f"no second annotation at {STATEMENTS_SECOND}")
            return 0
        frame = pd.DataFrame(statements_agreement(split)).T
        columns = ["articles", "gold_direct", "gold_reported", "rows", "direct_recall", "reported_recall", "precision", "speaker_accuracy", "kind_accuracy"]
        with pd.option_context("display.float_format", "{:.3f}".format, "display.width", 200):
            print(frame.reindex(columns=columns).to_string())
        return 0
    if not ACTORS_SECOND.exists():
        print(f"no second annotation at {ACTORS_SECOND}")
        return 0
    print(actors_agreement(split, GOLD / "actors" / "allsides.csv", ACTORS_SECOND), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
