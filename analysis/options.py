"""What a caller may choose about an analysis, carried from every entry point to every step."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# The topic overlay used when a caller names none: the aliases and labels of the shipped
# Israel–Gaza file (``analysis/topics/israel_gaza.csv``), attached only to the actors an article
# names (`analysis.overlay`), so on a story about anything else it adds next to nothing.
DEFAULT_TOPIC = "israel_gaza"


@dataclass(frozen=True)
class Options:
    """Choices that change what the tables hold.

    Each step of `analysis.pipeline.STEPS` is given the fields it lists in ``reads``; a new
    choice is a new field here plus its name in the ``reads`` of the steps that use it.

    ``topic``: the topic overlay laid over the actors found in the article (`analysis.overlay`):
    the name of a shipped topic file (``analysis/topics/NAME.csv``), a path to a topic CSV of the
    user's anywhere (``"data/topics/my_topic.csv"``), or ``None`` / ``""`` for no overlay (the
    actors are then exactly those `analysis.entities.discover_actors` finds). ``analyze(article,
    topic=None)`` means "not given" (the default overlay); ``topic=""`` there means none.
    """

    topic: str | Path | None = DEFAULT_TOPIC
