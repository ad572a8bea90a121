"""Evaluations of the tables against gold data: ``python -m tools.evaluate SUBCOMMAND``.

Each subcommand is a module of this package with ``main(argv) -> int`` (``statements``,
``framing``); modules are imported only when their subcommand runs, so one evaluation's
development data never has to be present for another to run.
"""

from __future__ import annotations

import os
from pathlib import Path

# BASIL (Fan et al. 2019) is development data, never shipped: by default the copy in the shared
# folder beside the checkout, or wherever the environment variable BASIL_DIR points.
BASIL = Path(os.environ.get("BASIL_DIR") or Path(__file__).resolve().parents[3] / "shared" / "datasets" / "basil")


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
