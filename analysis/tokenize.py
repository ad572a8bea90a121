"""Word tokens with character offsets, shared by every table that reads words."""

from __future__ import annotations

import re

# Words keep inner hyphens and apostrophes ("booby-trapped", "Israel's",
# "don’t") so that multi-part lexicon entries match as one token.
WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` for every word of ``text[start:end]``, offsets into ``text``."""
    end = len(text) if end is None else end
    return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, start, end)]


def count_words(text: str) -> int:
    """Number of word tokens in ``text`` (the unit of every per-1,000-words rate)."""
    return len(WORD_RE.findall(text))  # speed: no match objects (the same count)
