"""Draw a blind annotation batch of AllSides articles (developer tool; needs ../shared).

The rule every batch of `tests/gold/*/allsides.csv` was drawn by: records of 350-1,000 words with at
least 5 paragraphs, outside the Middle East topics, whose ID is in no gold file and whose outlet is
in no batch named with ``--avoid-splits``; one outlet once, left / center / right in turn, at most
two articles of a topic; in the order of ``random.Random(seed)``. Writes one text file per article
(title, blank line, body: the text corpus mode analyses) for the annotator, who sees nothing else.

    python -m tools.draw_batch --seed 20261205 --count 10 --out /tmp/batch [--avoid-splits dev12,heldout13]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from collections import Counter
from pathlib import Path

from analysis.lexicon import commented_csv_rows

from .evaluate import ALLSIDES, GOLD, allsides_articles

MIDDLE_EAST = {"middle_east", "israel", "terrorism", "isis", "syria", "iran", "palestine"}
LEANS = ("left", "center", "right")


def raw_records():
    """AllSides records as stored (fields ID, topic, source, bias_text, content_original)."""
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def gold_rows() -> list[dict]:
    return [row for path in sorted(GOLD.glob("*/allsides.csv")) for row in commented_csv_rows(path.open(encoding="utf-8"))]


def draw(seed: int, count: int, avoid_splits: set[str]) -> list[dict]:
    rows = gold_rows()
    used_ids = {row["article"] for row in rows}
    avoided_ids = {row["article"] for row in rows if row["split"] in avoid_splits}
    avoided_outlets = {record["source"] for record in raw_records() if record["ID"] in avoided_ids}
    pool = []
    for record in raw_records():
        body = record["content_original"]
        words = len(body.split())
        paragraphs = [p for p in body.split("\n") if p.strip()]
        if record["ID"] in used_ids or record["topic"] in MIDDLE_EAST or not 350 <= words <= 1000 or len(paragraphs) < 5:
            continue
        if record["source"] in avoided_outlets:
            continue
        pool.append(record)
    random.Random(seed).shuffle(pool)
    chosen, outlets, topics = [], set(), Counter()
    for lean in (LEANS * count):
        for record in pool:
            if record["bias_text"] == lean and record["source"] not in outlets and topics[record["topic"]] < 2:
                chosen.append(record)
                outlets.add(record["source"])
                topics[record["topic"]] += 1
                break
        if len(chosen) == count:
            break
    return chosen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--avoid-splits", default="")
    options = parser.parse_args()
    chosen = draw(options.seed, options.count, {s for s in options.avoid_splits.split(",") if s})
    articles = allsides_articles([record["ID"] for record in chosen])
    options.out.mkdir(parents=True, exist_ok=True)
    for record in chosen:
        (options.out / f"{record['ID']}.txt").write_text(articles[record["ID"]].text, encoding="utf-8")
        print(record["ID"], record["bias_text"], record["topic"], record["source"], sep="\t")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
