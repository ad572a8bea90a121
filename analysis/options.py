"""What a caller may choose about an analysis, carried from every entry point to every step."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# The topic overlay used when a caller names none: the actors, aliases and labels of the shipped
# Israel–Gaza file (``analysis/topics/israel_gaza.csv``).
DEFAULT_TOPIC = "israel_gaza"


@dataclass(frozen=True)
class Options:
    """Choices that change what the tables hold.

    Each step of `analysis.pipeline.STEPS` is given the fields it lists in ``reads``; a new
    choice is a new field here plus its name in the ``reads`` of the steps that use it.

    ``topic``: the name of a shipped topic file (``analysis/topics/NAME.csv``), a path to a topic
    CSV of the user's, or ``None`` for no topic overlay.
    """

    topic: str | Path | None = DEFAULT_TOPIC
