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


# The tables in dependency order, each with the upstream tables it is given (keyword arguments
# of the same names), so sentences are segmented and scored once and reused by every later table.
STEPS: tuple[tuple[str, Callable[..., pd.DataFrame], tuple[str, ...]], ...] = (
    ("sentences", sentences, ()),
    ("statements", statements, ("sentences",)),
    ("framing", framing, ("sentences", "statements")),
    ("actors", actors, ("sentences", "statements", "framing")),
    ("actor_labels", actor_labels, ("framing",)),
    ("summary", summary, ("sentences", "statements", "framing")),
)


def analyze(article: Article) -> dict[str, pd.DataFrame]:
    """Every table the package knows for ``article``, keyed by table name (`STEPS`, in order).

    Each table function takes the upstream tables it needs as keyword arguments, so sentences
    are segmented and scored once and reused by every later table.
    """
    tables: dict[str, pd.DataFrame] = {}
    for name, function, upstream in STEPS:
        tables[name] = function(article, **{table: tables[table] for table in upstream})
    return tables


# Table name -> function computing just that table (on its own it computes what it needs upstream).
TABLES: dict[str, Callable[[Article], pd.DataFrame]] = {name: function for name, function, _ in STEPS}
