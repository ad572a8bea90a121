"""Compute every table of an article once, in dependency order, reusing upstream tables."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from .article import Article
from .sentences import sentences
from .statements import statements
from .framing import framing
from .actors import actor_labels, actors
from .summary import summary


def analyze(article: Article) -> dict[str, pd.DataFrame]:
    """Every table the package knows for ``article``, keyed by table name.

    Each table function takes the upstream tables it needs as keyword arguments, so sentences
    are segmented and scored once and reused by every later table.
    """
    tables: dict[str, pd.DataFrame] = {}
    tables["sentences"] = sentences(article)
    tables["statements"] = statements(article, sentences=tables["sentences"])
    tables["framing"] = framing(article, sentences=tables["sentences"], statements=tables["statements"])
    tables["actors"] = actors(
        article, sentences=tables["sentences"], statements=tables["statements"], framing=tables["framing"]
    )
    tables["actor_labels"] = actor_labels(article, framing=tables["framing"])
    tables["summary"] = summary(
        article, sentences=tables["sentences"], statements=tables["statements"], framing=tables["framing"]
    )
    return tables


# Table name -> function computing just that table (through `analyze`, so upstream work is shared).
TABLES: dict[str, Callable[[Article], pd.DataFrame]] = {
    "sentences": sentences,
    "statements": statements,
    "framing": framing,
    "actors": actors,
    "actor_labels": actor_labels,
    "summary": summary,
}
