"""The pipeline: one registry of steps, run in order, each given what it needs and nothing else.

Every table of an article is computed once, in dependency order, from the results of earlier
steps: the article's word tokens are cut once (`analysis.lexicon.token_pass`), sentences are
segmented and scored once, the quoted voice is worked out once (`analysis.framing.quote_voice`),
and each is handed to every later step that declares it needs it. Choices a caller makes (the
topic) travel in one `Options` object to the steps that declare they read them. Nothing is
remembered between two articles.

    tokens ── entities ──────────────────┬─────────────┬───────────────┐
    sentences ── statements ── quoted_voice ── framing ── actors        │
                                         │            ├── actor_labels  │
                                         │            └── voices        │
                                         └─────────────── summary ──────┘

``entities`` (no table of its own) is the article's actors, found in its text and with the
topic overlaid (`analysis.overlay.article_actors`, computing `discover_actors` once): the target
candidates of framing, and the rows of actors, actor_labels and voices.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from .actors import actor_columns, actor_label_columns
from .article import Article
from .framing import article_entities, framing_columns, quote_voice
from .lexicon import token_pass
from .options import Options
from .overlay import ArticleActor, mention_spans
from .schema import Columns, columns_of, table_from_columns
from .sentences import sentence_columns
from .statements import statement_columns
from .summary import summary_columns
from .voices import voice_columns


@dataclass(frozen=True)
class Step:
    """One step of the pipeline.

    ``name``: what it makes, and the keyword under which later steps receive it. ``function``:
    called as ``function(article, **needs, **reads)``. ``needs``: earlier steps whose results it
    is given. ``reads``: the `Options` fields it is given. ``table``: False for a result that is
    handed along but is no table of its own (the token pass, the quoted voice).
    """

    name: str
    function: Callable[..., Any]
    needs: tuple[str, ...] = ()
    reads: tuple[str, ...] = ()
    table: bool = True


def article_tokens(article: Article) -> tuple[tuple[tuple[int, int, str], ...], tuple[str, ...]]:
    """The token pass of the article's body (`analysis.lexicon.token_pass`)."""
    return token_pass(article.text)


def framing_step(
    article: Article, tokens: tuple, sentences: Columns, quoted_voice: list, statements: Columns, entities: list[ArticleActor], topic: str | Path | None
) -> Columns:
    """The framing table, loaded words' targets chosen among the actors' mentions (`analysis.framing.framing_columns`)."""
    return framing_columns(article, tokens, sentences, quoted_voice, topic, statements, mention_spans(entities))


# The steps in dependency order (each needs only steps above it). To add a table: write its
# ``*_columns`` function, document its columns in `analysis.schema.COLUMNS`, and add a row here.
STEPS: tuple[Step, ...] = (
    Step("tokens", article_tokens, table=False),
    Step("sentences", sentence_columns),
    Step("statements", statement_columns, needs=("sentences",)),
    Step("quoted_voice", quote_voice, needs=("statements",), table=False),
    Step("entities", article_entities, needs=("tokens",), reads=("topic",), table=False),
    Step("framing", framing_step, needs=("tokens", "sentences", "quoted_voice", "statements", "entities"), reads=("topic",)),
    Step("actors", actor_columns, needs=("sentences", "statements", "framing", "quoted_voice", "entities")),
    Step("actor_labels", actor_label_columns, needs=("sentences", "quoted_voice", "entities")),
    Step("voices", voice_columns, needs=("statements", "framing", "entities")),
    Step("summary", summary_columns, needs=("tokens", "sentences", "framing", "quoted_voice")),
)
_BY_NAME = {step.name: step for step in STEPS}


def run_step(step: Step, article: Article, results: dict[str, Any], options: Options) -> Any:
    """The result of ``step`` for ``article``, given the results of the steps it needs."""
    return step.function(
        article,
        **{name: results[name] for name in step.needs},
        **{name: getattr(options, name) for name in step.reads},
    )


def analyze_columns(article: Article, options: Options | None = None, *, given: Mapping[str, Any] | None = None) -> dict[str, Columns]:
    """Every table of ``article`` as `Columns`, keyed by table name (`TABLES`, in order).

    ``given``: results of steps the caller already has for this article, used instead of being
    computed again (corpus mode counts words with ``{"tokens": token_pass(article.text)}``).
    """
    options = options or Options()
    results = _given(given or {}, "analyze_columns")
    for step in STEPS:
        _compute(step.name, article, results, options)
    return {step.name: results[step.name] for step in STEPS if step.table}


def _given(given: Mapping[str, Any], caller: str) -> dict[str, Any]:
    """Results handed in by a caller, keyed by step name; tables given as DataFrames become `Columns`."""
    unknown = sorted(set(given) - set(_BY_NAME))
    if unknown:
        raise TypeError(f"{caller}() got unexpected keyword argument(s) {', '.join(unknown)}")
    return {name: columns_of(value) if _BY_NAME[name].table else value for name, value in given.items()}


def _options(options: Options | None, topic: str | Path | None) -> Options:
    # ``topic=None`` means "not given" here, as in `analyze`: no overlay is ``Options(topic=None)``.
    if topic is not None:
        return Options(topic=topic)
    return options or Options()


def analyze(article: Article, options: Options | None = None, *, topic: str | Path | None = None) -> dict[str, pd.DataFrame]:
    """Every table the package knows for ``article``, keyed by table name (`TABLES`, in order).

    Each table is computed once from the upstream tables (`analyze_columns`), so sentences are
    segmented and scored once and reused by every later table. ``topic`` is a shortcut for
    ``Options(topic=...)``: a shipped topic's name or the path of a topic CSV.
    """
    options = _options(options, topic)
    return {name: table_from_columns(columns) for name, columns in analyze_columns(article, options).items()}


def _table_function(step: Step) -> Callable[..., pd.DataFrame]:
    """The function computing just the table of ``step`` (an entry of `TABLES`)."""

    def table(article: Article, options: Options | None = None, *, topic: str | Path | None = None, **given: Any) -> pd.DataFrame:
        results = _given(given, step.name)
        _compute(step.name, article, results, _options(options, topic))
        return table_from_columns(results[step.name])

    table.__name__ = table.__qualname__ = step.name
    table.__doc__ = (
        f"The {step.name} table of ``article`` as a DataFrame (columns: `analysis.schema.COLUMNS`).\n\n"
        f"Results of earlier steps given as keyword arguments (tables as DataFrames or `Columns`; "
        f"this step needs {', '.join(step.needs) or 'nothing'}) are reused; what is missing is "
        f"computed here by the pipeline's steps (`STEPS`). ``options`` / ``topic`` as in `analyze`."
    )
    return table


def _compute(name: str, article: Article, results: dict[str, Any], options: Options) -> None:
    """Fill ``results[name]``, computing first whatever it needs that ``results`` lacks."""
    if name in results:
        return
    step = _BY_NAME[name]
    for needed in step.needs:
        _compute(needed, article, results, options)
    results[name] = run_step(step, article, results, options)


# Table name -> function computing just that table as a DataFrame, derived from `STEPS`:
# ``TABLES[name](article, options=None, *, topic=None, **upstream)``.
TABLES: dict[str, Callable[..., pd.DataFrame]] = {step.name: _table_function(step) for step in STEPS if step.table}
