"""Sentence segmenters compared: boundary accuracy on BASIL, speed on AllSides.

Accuracy: BASIL (Fan et al. 2019) stores each article as paragraphs of sentences; joining them
(a space within a paragraph, a blank line between paragraphs) gives a text with gold sentence
boundaries. Boundary precision/recall/F1 count sentence starts inside paragraphs (paragraph
starts are given away by the blank lines and are not counted).
Speed: milliseconds per article on N AllSides bodies, as a ratio to TextBlob sentiment of the
whole article measured in the same run (the corpus issue's baseline).

    python benchmarks/segmenters.py [--articles 300]

Skips with a message when ../shared is absent. pysbd is measured only when installed
(`.venv/bin/pip install pysbd`); the product does not use it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from textblob import TextBlob

from analysis.segment import sentence_spans

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"


def basil_texts() -> list[tuple[str, set[int]]]:
    """(text, gold sentence starts inside paragraphs) for every BASIL article."""
    out = []
    for path in sorted((SHARED / "basil" / "articles").glob("*/*.json")):
        paragraphs = json.loads(path.read_text(encoding="utf-8"))["body-paragraphs"]
        text, gold = "", set()
        for paragraph in paragraphs:
            if text:
                text += "\n\n"
            for i, sentence in enumerate(paragraph):
                if i:
                    text += " "
                    gold.add(len(text))
                text += sentence.strip()
        out.append((text, gold))
    return out


def ours(text: str) -> list[int]:
    return [start for start, _, _ in sentence_spans(text)]


def pysbd_starts(segmenter):
    def starts(text: str) -> list[int]:
        return [span.start for span in segmenter.segment(text)]

    return starts


def boundary_scores(texts, starts_of) -> tuple[float, float, float]:
    true_positive = predicted = gold_total = 0
    for text, gold in texts:
        paragraph_starts = {0} | {i + 2 for i in range(len(text)) if text.startswith("\n\n", i)}
        found = {s for s in starts_of(text) if s not in paragraph_starts}
        # Leading-space differences: a start at the space or just after it is the same boundary.
        found = {s + 1 if s < len(text) and text[s] == " " else s for s in found}
        true_positive += len(found & gold)
        predicted += len(found)
        gold_total += len(gold)
    precision = true_positive / predicted if predicted else 0.0
    recall = true_positive / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def allsides_bodies(n: int) -> list[str]:
    bodies = []
    with gzip.open(SHARED / "allsides" / "articles.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            body = json.loads(line)["content_original"]
            if body and body.strip():
                bodies.append(body)
            if len(bodies) >= n:
                break
    return bodies


def ms_per_article(function, bodies: list[str]) -> float:
    begin = time.perf_counter()
    for body in bodies:
        function(body)
    return (time.perf_counter() - begin) * 1000 / len(bodies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    if not SHARED.exists():
        print(f"skipped: {SHARED} not found (BASIL and AllSides are development data)")
        return
    candidates = {"analysis.segment (ours)": ours}
    try:
        import pysbd

        candidates["pysbd 0.3 (char_span)"] = pysbd_starts(pysbd.Segmenter(language="en", clean=False, char_span=True))
    except ImportError:
        print("pysbd not installed: only our segmenter is measured")

    texts = basil_texts()
    print(f"Boundary accuracy on BASIL, {len(texts)} articles, {sum(len(g) for _, g in texts)} gold boundaries:")
    print(f"  {'segmenter':28} precision  recall   F1")
    for name, starts in candidates.items():
        p, r, f = boundary_scores(texts, starts)
        print(f"  {name:28} {p:9.3f} {r:7.3f} {f:6.3f}")

    bodies = allsides_bodies(args.articles)
    words = sum(len(b.split()) for b in bodies) / len(bodies)
    baseline = ms_per_article(lambda body: TextBlob(body).sentiment, bodies)
    print(f"\nSpeed on {len(bodies)} AllSides articles ({words:.0f} words each on average), one core:")
    print(f"  {'TextBlob sentiment (baseline)':28} {baseline:7.2f} ms/article   1.00x")
    for name, starts in candidates.items():
        ms = ms_per_article(starts, bodies)
        print(f"  {name:28} {ms:7.2f} ms/article  {ms / baseline:5.2f}x")


if __name__ == "__main__":
    main()
