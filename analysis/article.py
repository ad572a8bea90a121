"""The `Article` record every table function takes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, eq=False)
class Article:
    """One article: a stable id, its title, its body text and metadata.

    ``text`` is the body that every table points into by character offsets
    (``text[start:end]``); the title is kept apart, as is any header block.
    ``metadata`` holds ``outlet``, ``date``, ``url``, ``source`` (where it was
    loaded from), ``language`` and anything else the input carried.
    """

    id: str
    title: str
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def words(self) -> int:
        """Number of word tokens in the body (`analysis.tokenize.count_words`, as in every rate)."""
        from .tokenize import count_words

        return count_words(self.text)
