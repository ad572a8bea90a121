"""Evaluations of the tables against gold data: ``python -m tools.evaluate SUBCOMMAND``.

Each subcommand is a module of this package with ``main(argv) -> int`` (``statements``,
``framing``, ``actors``); modules are imported only when their subcommand runs, so one
evaluation's development data never has to be present for another to run. The evaluations read
the repository's gold (``tests/gold``) and the development corpora beside the checkout, so they
live with the repository's tools, not in the installed package.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from analysis.article import Article
from analysis.corpus import read_records, record_article

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "tests" / "gold"
# BASIL (Fan et al. 2019) and AllSides (Baly et al. 2020) are development data, never shipped: by
# default the copies in the shared folder beside the checkout, or wherever the environment
# variables BASIL_DIR and ALLSIDES_FILE point.
SHARED = REPO.parent / "shared" / "datasets"
BASIL = Path(os.environ.get("BASIL_DIR") or SHARED / "basil")
ALLSIDES = Path(os.environ.get("ALLSIDES_FILE") or SHARED / "allsides" / "articles.jsonl.gz")


def allsides_articles(ids: Iterable[str], path: Path = ALLSIDES) -> dict[str, Article]:
    """The AllSides records with these IDs as `Article`s, loaded the way corpus mode loads a record.

    Body = the record's ``content_original``, title = ``title``, through
    `analysis.corpus.record_article` (so the article's text and offsets are the ones a corpus run
    analyses). Empty when the corpus is absent; the file is read once, up to the last ID wanted.
    """
    wanted = set(ids)
    found: dict[str, Article] = {}
    if not wanted or not path.exists():
        return found
    for record in read_records(path):
        if record["id"] in wanted:
            found[record["id"]] = record_article(record)
            if len(found) == len(wanted):
                break
    return found


def basil_body(paragraphs: list[list[str]]) -> tuple[str, list[int]]:
    """A BASIL article's body text and the offset of each sentence in it.

    Sentences are joined by a space within a paragraph and paragraphs by a blank line, so that
    BASIL's sentence-relative annotation offsets can be placed in the body.
    """
    parts: list[str] = []
    offsets: list[int] = []
    position = 0
    for p, paragraph in enumerate(paragraphs):
        if p:
            parts.append("\n\n")
            position += 2
        for s, sentence in enumerate(paragraph):
            if s:
                parts.append(" ")
                position += 1
            offsets.append(position)
            parts.append(sentence)
            position += len(sentence)
    return "".join(parts), offsets
