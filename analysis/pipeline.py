"""Compute every table of an article once, in dependency order, reusing upstream tables."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from .actors import actor_label_columns, actor_labels, actor_columns, actors
from .article import Article
from .framing import framing, framing_columns
from .options import Options
from .schema import Columns, table_from_columns
from .sentences import sentence_columns, sentences
from .statements import statement_columns, statements
from .summary import summary, summary_columns

# The tables in dependency order, each with the function computing its `Columns` and the upstream
# tables it is given (keyword arguments of the same names), so sentences are segmented and scored
# once and reused by every later table.
STEPS: tuple[tuple[str, Callable[..., Columns], tuple[str, ...]], ...] = (
    ("sentences", sentence_columns, ()),
    ("statements", statement_columns, ("sentences",)),
    ("framing", framing_columns, ("sentences", "statements")),
    ("actors", actor_columns, ("sentences", "statements", "framing")),
    ("actor_labels", actor_label_columns, ("framing",)),
    ("summary", summary_columns, ("sentences", "statements", "framing")),
)

# Table name -> function computing just that table as a DataFrame (on its own it computes what
# it needs upstream, or reuses upstream tables given as keyword arguments).
TABLES: dict[str, Callable[..., pd.DataFrame]] = {
    "sentences": sentences,
    "statements": statements,
    "framing": framing,
    "actors": actors,
    "actor_labels": actor_labels,
    "summary": summary,
}


def analyze_columns(article: Article, options: Options | None = None) -> dict[str, Columns]:
    """Every table of ``article`` as `Columns`, keyed by table name (`STEPS`, in order)."""
    options = options or Options()
    tables: dict[str, Columns] = {}
    for name, function, upstream in STEPS:
        chosen = {"topic": options.topic} if name in _TAKES_TOPIC else {}
        tables[name] = function(article, **{table: tables[table] for table in upstream}, **chosen)
    return tables


# The steps whose tables depend on the topic overlay.
_TAKES_TOPIC = frozenset({"framing", "actors", "actor_labels"})


def analyze(article: Article, options: Options | None = None, *, topic: str | None = None) -> dict[str, pd.DataFrame]:
    """Every table the package knows for ``article``, keyed by table name (`STEPS`, in order).

    Each table is computed once from the upstream tables (`analyze_columns`), so sentences are
    segmented and scored once and reused by every later table. ``topic`` is a shortcut for
    ``Options(topic=...)``.
    """
    if topic is not None:
        options = Options(topic=topic)
    return {name: table_from_columns(columns) for name, columns in analyze_columns(article, options).items()}
