"""How well `analysis.statements` finds who said what, against hand-annotated gold statements.

Gold (``tests/gold/statements/*.csv``): every statement of the 4 articles in ``data/articles``
and of 93 BASIL articles (Fan et al. 2019), 77 from 2010–2015 and 16 from 2016–2019 (text read at
run time from the shared BASIL folder beside the checkout or ``$BASIL_DIR``, skipped when absent),
annotated by hand; the header of ``basil.csv`` says when each batch was annotated and scored. BASIL bodies are rebuilt as in `tools.evaluate.framing` (sentences joined by a space,
paragraphs by a blank line). ``allsides.csv`` (same columns, ``article`` = the AllSides ID) holds
AllSides articles (Baly et al. 2020), read from the shared corpus (or ``$ALLSIDES_FILE``) the way
corpus mode loads a record (`tools.evaluate.allsides_articles`); skipped when the corpus or the
file is absent. Each gold row has a short ``anchor`` string at its content; a
predicted row matches a gold statement when its ``start:end`` overlaps the anchor (each gold
statement takes the overlapping row starting nearest it, so nested statements are not both
credited to one row).

Figures, per subset: data/articles, then one subset per ``split`` value of the BASIL gold in
order of first appearance, then one per ``split`` of the AllSides gold. Splits named ``dev*``
are for developing the rules (dev2 to dev7 were blind held-out batches, each opened on
2026-11-25 after being scored); splits named ``heldout*`` (heldout, and the latest blind batch,
heldout8) are scored but their errors are never printed, so they stay unseen while tuning.
For each: direct recall, reported+partial recall, precision (share of predicted rows matching a gold
statement), speaker accuracy (share of matched statements whose ``speaker`` or
``speaker_resolved`` contains a gold name) and kind accuracy. Bars (issue): direct recall >=
0.95, reported+partial recall >= 0.80, precision >= 0.90, speaker accuracy >= 0.90.

Run ``python -m tools.evaluate statements [--dev] [--misses]`` (``--dev``: held-out splits left out).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from textblob import TextBlob

from analysis.article import Article
from analysis.lexicon import commented_csv_rows
from analysis.load import load_article
from analysis.statements import statements
from analysis.tokenize import count_words

from . import ALLSIDES, BASIL, GOLD, REPO, allsides_articles, basil_body

STATEMENTS_GOLD = GOLD / "statements"
ARTICLES = REPO / "data" / "articles"
BARS = {"direct_recall": 0.95, "reported_recall": 0.80, "precision": 0.90, "speaker_accuracy": 0.90}


@dataclass
class GoldStatement:
    """One hand-annotated statement: its article, split, kind, speaker names and anchor."""

    article: str
    split: str
    kind: str
    speakers: list[str]
    anchor: str


def read_gold(name: str, folder: Path = STATEMENTS_GOLD) -> list[GoldStatement]:
    """The gold rows of ``tests/gold/statements/NAME.csv``; none when the file is absent."""
    path = folder / f"{name}.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return [
            GoldStatement(r["article"], r["split"], r["kind"], r["speaker"].split("|"), r["anchor"])
            for r in commented_csv_rows(f)
        ]


def basil_article(name: str, root: Path = BASIL) -> Article | None:
    """BASIL article ``YEAR/UUID_N`` rebuilt as an `Article`, or None when BASIL is absent."""
    path = root / "articles" / f"{name}.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    text, _ = basil_body(data.get("body-paragraphs", []))
    return Article(Path(name).name, data.get("title", ""), text, {"outlet": data.get("source", "")})


def match(article: Article, gold: list[GoldStatement], table: pd.DataFrame) -> dict:
    """Counts for one article: gold found by kind, rows matched, speakers and kinds right."""
    text = article.text
    rows = list(table[["start", "end", "speaker", "speaker_resolved", "kind"]].itertuples(index=False))
    assigned: set[int] = set()
    counts = {"direct": 0, "direct_found": 0, "reported": 0, "reported_found": 0,
              "speaker_right": 0, "kind_right": 0, "found": 0, "misses": [], "wrong_speaker": []}
    touched: set[int] = set()
    for item in gold:
        position = text.find(item.anchor)
        if position < 0:
            raise ValueError(f"{item.article}: anchor not found: {item.anchor!r}")
        end = position + len(item.anchor)
        group = "direct" if item.kind == "direct" else "reported"
        counts[group] += 1
        overlapping = [i for i, r in enumerate(rows) if r.start < end and position < r.end]
        touched.update(overlapping)
        if not overlapping:
            counts["misses"].append(f"{item.kind}: {item.anchor}")
            continue
        free = [i for i in overlapping if i not in assigned] or overlapping
        best = min(free, key=lambda i: abs(rows[i].start - position))
        assigned.add(best)
        row = rows[best]
        counts[f"{group}_found"] += 1
        counts["found"] += 1
        said = f"{row.speaker} | {row.speaker_resolved}".lower()
        if any(name.lower() in said for name in item.speakers):
            counts["speaker_right"] += 1
        else:
            counts["wrong_speaker"].append(f"{item.anchor} -> {row.speaker} / {row.speaker_resolved} (gold {'|'.join(item.speakers)})")
        counts["kind_right"] += row.kind == item.kind
    counts["rows"] = len(rows)
    counts["rows_matched"] = len(touched)
    counts["false"] = [f"{r.kind}: {r.speaker}: {text[r.start:r.end][:70]}" for i, r in enumerate(rows) if i not in touched]
    return counts


def score(subset: list[dict]) -> dict[str, float]:
    """The issue's figures over a list of per-article counts."""
    total = {k: sum(c[k] for c in subset) for k in ("direct", "direct_found", "reported", "reported_found", "speaker_right", "kind_right", "found", "rows", "rows_matched")}

    def ratio(a: str, b: str) -> float:
        return total[a] / total[b] if total[b] else float("nan")

    return {
        "articles": len(subset),
        "gold_direct": total["direct"],
        "gold_reported": total["reported"],
        "rows": total["rows"],
        "direct_recall": ratio("direct_found", "direct"),
        "reported_recall": ratio("reported_found", "reported"),
        "precision": ratio("rows_matched", "rows"),
        "speaker_accuracy": ratio("speaker_right", "found"),
        "kind_accuracy": ratio("kind_right", "found"),
    }


def _held_out(subset: str) -> bool:
    """Whether a subset (``BASIL SPLIT``) is a blind split, whose errors must not be shown."""
    return subset.split()[-1].startswith("heldout")


def _by_article(gold: list[GoldStatement]) -> dict[str, list[GoldStatement]]:
    """Gold rows grouped by article, articles in order of first appearance."""
    grouped: dict[str, list[GoldStatement]] = {}
    for item in gold:
        grouped.setdefault(item.article, []).append(item)
    return grouped


def gold_jobs(
    folder: Path = STATEMENTS_GOLD, basil: Path = BASIL, allsides: Path = ALLSIDES
) -> list[tuple[str, Article, list[GoldStatement]]]:
    """(subset, article, gold rows) of every gold article whose text is present."""
    jobs: list[tuple[str, Article, list[GoldStatement]]] = []
    for name, rows in sorted(_by_article(read_gold("articles", folder)).items()):
        jobs.append(("data/articles", load_article(ARTICLES / f"{name}.txt"), rows))
    for name, rows in _by_article(read_gold("basil", folder)).items():
        article = basil_article(name, basil)
        if article is not None:
            jobs.append((f"BASIL {rows[0].split}", article, rows))
    allsides_gold = _by_article(read_gold("allsides", folder))
    found = allsides_articles(allsides_gold, allsides)
    for name, rows in allsides_gold.items():
        if name in found:
            jobs.append((f"AllSides {rows[0].split}", found[name], rows))
    return jobs


def evaluate(
    show_misses: bool = False, stream=sys.stdout, folder: Path = STATEMENTS_GOLD, basil: Path = BASIL, allsides: Path = ALLSIDES,
    dev_only: bool = False,
) -> dict[str, dict[str, float]]:
    """Score every gold subset that is present; print misses when asked (never a held-out split's).

    ``dev_only`` leaves the held-out splits out altogether (not even their aggregates are
    computed): what a developer tuning the rules runs, so a blind batch stays unseen.
    """
    subsets: dict[str, list[dict]] = {}
    timings = []
    jobs = [job for job in gold_jobs(folder, basil, allsides) if not (dev_only and _held_out(job[0]))]
    if jobs:
        statements(jobs[0][1])  # load lexicons and compile patterns before timing
    for subset, article, gold in jobs:
        started = time.perf_counter()
        table = statements(article)
        middle = time.perf_counter()
        TextBlob(article.text).sentiment  # the corpus issue's yardstick
        timings.append((middle - started, time.perf_counter() - middle, count_words(article.text)))
        counts = match(article, gold, table)
        subsets.setdefault(subset, []).append(counts)
        # Held-out articles' errors are never printed: they are for scoring, not for tuning.
        if show_misses and not _held_out(subset):
            _print_errors(subset, article, counts, stream)
    results = {name: score(items) for name, items in subsets.items()}
    if subsets:
        results["all"] = score([c for items in subsets.values() for c in items])
        words = sum(w for _, _, w in timings)
        results["all"]["ms_per_1000_words"] = 1e6 * sum(t for t, _, _ in timings) / words if words else float("nan")
        results["all"]["textblob_ms_per_1000_words"] = 1e6 * sum(t for _, t, _ in timings) / words if words else float("nan")
    return results


def _print_errors(subset: str, article: Article, counts: dict, stream) -> None:
    """The misses, false rows and wrong speakers of one article, if any."""
    if not (counts["misses"] or counts["false"] or counts["wrong_speaker"]):
        return
    print(f"--- {subset}: {article.id}", file=stream)
    for line in counts["misses"]:
        print(f"  MISS  {line}", file=stream)
    for line in counts["false"]:
        print(f"  FALSE {line}", file=stream)
    for line in counts["wrong_speaker"]:
        print(f"  SPKR  {line}", file=stream)


def _print(results: dict[str, dict[str, float]], stream=sys.stdout) -> None:
    columns = ["articles", "gold_direct", "gold_reported", "rows", "direct_recall", "reported_recall", "precision", "speaker_accuracy", "kind_accuracy"]
    table = pd.DataFrame(results).T.reindex(columns=columns)
    with pd.option_context("display.float_format", "{:.3f}".format, "display.width", 200):
        print(table.to_string(), file=stream)
    if "all" in results and "ms_per_1000_words" in results["all"]:
        ms, textblob = results["all"]["ms_per_1000_words"], results["all"]["textblob_ms_per_1000_words"]
        print(f"\nspeed: statements table {ms:.2f} ms per 1,000 words (sentence segmentation included); "
              f"TextBlob sentiment of the same texts {textblob:.2f} ms ({ms / textblob:.1f}x)", file=stream)
    print("bars: " + ", ".join(f"{k} >= {v}" for k, v in BARS.items()), file=stream)
    if not any(k.startswith("BASIL") for k in results):
        print(f"BASIL not found at {BASIL}: BASIL subsets skipped", file=stream)
    if not any(k.startswith("AllSides") for k in results):
        print(f"no AllSides gold present (corpus at {ALLSIDES}, gold {STATEMENTS_GOLD / 'allsides.csv'}): AllSides subsets skipped", file=stream)


def main(argv: list[str] | None = None) -> int:
    """Print the statement-extraction figures for every gold subset present."""
    parser = argparse.ArgumentParser(prog="python -m tools.evaluate statements", description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list missed, false and wrongly attributed statements")
    parser.add_argument("--dev", action="store_true", help="development splits only: held-out splits are not scored at all")
    args = parser.parse_args(argv)
    results = evaluate(show_misses=args.misses, dev_only=args.dev)
    _print(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
