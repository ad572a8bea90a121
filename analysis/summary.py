"""The summary table: one row per article with word counts, framing rates and tone.

Rates of loaded terms are given per 1,000 words of the voice they stand in (writer's words and
quoted words apart; a loaded word inside a reported statement's claim is the speaker's, in
neither), hedges and boosters per 1,000 words of the whole body. Tone follows GDELT's
Global Knowledge Graph tone fields (Leetaru & Schrodt 2013; GKG codebook V2.1 "V1.5TONE"):
percent of words that are positive, percent negative, tone = positive − negative and polarity =
positive + negative, here with TextBlob's word lexicon (`analysis.lexicon.textblob_lexicon`) as
the positive/negative word list; plus TextBlob's polarity and subjectivity of the body, pooled
from the sentences table (see `body_sentiment`); and the contested vocabulary the writer uses
with its vocabulary lean (`analysis.contested`, Gentzkow & Shapiro 2010). Headline rows (``part``
title) are left out of the rates, which are per body word.
"""

from __future__ import annotations

import bisect

import pandas as pd

from .article import Article
from .framing import framing_columns, merge_spans, upstream_columns
from .contested import vocabulary_lean
from .lexicon import textblob_lexicon, token_pass
from .schema import COLUMNS, Category, Columns, Voice, columns_from_rows, columns_of, table_from_columns
from .sentiment import polarity_subjectivity

SUMMARY_COLUMNS = list(COLUMNS["summary"])


def _tone(keys) -> tuple[float, float]:
    lexicon = textblob_lexicon()
    positive = negative = 0
    for key in keys:
        scores = lexicon.get(key)
        if scores is not None:
            if scores[0] > 0:
                positive += 1
            elif scores[0] < 0:
                negative += 1
    return (100.0 * positive / len(keys), 100.0 * negative / len(keys)) if keys else (0.0, 0.0)


def body_sentiment(article: Article, sentences: pd.DataFrame | Columns | None) -> tuple[float, float]:
    """TextBlob polarity and subjectivity of the whole body, pooled from its sentences' scores.

    TextBlob (Pattern, De Smedt & Daelemans 2012) scores a text as the mean over its
    assessments (`analysis.sentiment`), so the body's score is the mean of the sentence scores
    weighted by each sentence's number of assessments (the sentences table's ``assessments``),
    and the body is not scored a second time. It equals ``TextBlob(body).sentiment`` except where
    Pattern would carry a modifier or negation across a sentence end ("… very. Good …") or join
    an emoticon across one; ``benchmarks/corpus.py`` prints the difference on AllSides.
    A sentences table without the ``assessments`` column is not pooled: the body is scored.
    """
    sentences = columns_of(sentences)
    if sentences is None or "assessments" not in sentences:
        return polarity_subjectivity(article.text)
    weights = sentences["assessments"]
    total = sum(weights)
    if not total:
        return 0.0, 0.0
    polarity = sum(n * p for n, p in zip(weights, sentences["polarity"])) / total
    subjectivity = sum(n * s for n, s in zip(weights, sentences["subjectivity"])) / total
    return float(polarity), float(subjectivity)


def _per_1000(count: int, words: int) -> float:
    return 1000.0 * count / words if words else float("nan")


def summary(
    article: Article,
    sentences: pd.DataFrame | None = None,
    statements: pd.DataFrame | None = None,
    framing: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The summary table of ``article`` (`summary_columns`).

    Upstream tables are reused when given; those not given (framing for the default topic:
    the figures do not depend on it), the token pass and the quoted voice are computed here
    (`analysis.framing.upstream_columns`).
    """
    sentence_table, statement_table, voice = upstream_columns(article, sentences, statements)
    tokens = token_pass(article.text)
    framing_table = framing_columns(article, tokens, sentence_table, voice, statements=statement_table) if framing is None else columns_of(framing)
    return table_from_columns(summary_columns(article, tokens, sentence_table, framing_table, voice))


def summary_columns(
    article: Article,
    tokens: tuple[tuple[tuple[int, int, str], ...], tuple[str, ...]],
    sentences: Columns,
    framing: Columns,
    quoted_voice: list[tuple[int, int, str]],
) -> Columns:
    """One row for ``article``: words by voice, loaded/hedge/booster rates and GDELT-style tone.

    ``tokens``: the token pass (`analysis.lexicon.token_pass`); ``quoted_voice``:
    `analysis.framing.quote_voice`; ``sentences`` and ``framing``: those tables.
    """
    spans, keys = tokens
    words = len(spans)
    token_starts = [start for start, _, _ in spans]
    # Quoted words: tokens starting inside a stretch of quoted voice (bisect over token starts).
    words_quoted = sum(
        bisect.bisect_left(token_starts, b) - bisect.bisect_left(token_starts, a)
        for a, b in merge_spans(quoted_voice)
    )
    words_writer = words - words_quoted
    # One loaded word matched by two subcategories would count twice: count spans, not rows.
    loaded_spans: dict[tuple[int, int], str] = {}
    hedges = boosters = 0
    # Plain str values: they compare faster than the enum members, once per framing row.
    loaded, hedge, booster = Category.LOADED.value, Category.HEDGE.value, Category.BOOSTER.value
    writer, quote = Voice.WRITER.value, Voice.QUOTE.value
    for category, start, end, voice, *_ in _body_rows(framing):
        if category == loaded:
            loaded_spans.setdefault((start, end), voice)
        elif category == hedge:
            hedges += 1
        elif category == booster:
            boosters += 1
    loaded_quoted = sum(voice == quote for voice in loaded_spans.values())
    loaded_writer = sum(voice == writer for voice in loaded_spans.values())
    contested_sides = writers_contested_terms(framing)
    lean, behind = vocabulary_lean(side for *_, side in contested_sides)
    positive, negative = _tone(keys)
    polarity, subjectivity = body_sentiment(article, sentences)
    row = (
        article.id,
        str(article.metadata.get("language", "en")),
        words,
        words_writer,
        words_quoted,
        _per_1000(loaded_writer, words_writer),
        _per_1000(loaded_quoted, words_quoted),
        _per_1000(hedges, words),
        _per_1000(boosters, words),
        positive,
        negative,
        positive - negative,
        positive + negative,
        polarity,
        subjectivity,
        behind,
        "; ".join(f"{term}:{side}" for term, _, side in contested_sides),
        float("nan") if lean is None else lean,
    )
    return columns_from_rows([row], SUMMARY_COLUMNS)


def writers_contested_terms(framing: Columns) -> list[tuple[str, str, str]]:
    """(term as written, lemma, side) of each contested row the vocabulary lean counts, in text order:
    body rows in the writer's voice, neither quoted nor inside a reported claim (framing keeps no
    writer-voice row that `analysis.contested.is_writers_usage` rejects: "the so-called Dreamers",
    "the Voting Rights Act"). The one definition of what the lean counts: the summary table and
    ``benchmarks/contested.py`` both read it."""
    contested, writer = Category.CONTESTED.value, Voice.WRITER.value
    return [(term, lemma, side) for category, _, _, voice, term, lemma, side in _body_rows(framing) if category == contested and voice == writer]


def _body_rows(framing: Columns):
    """(category, start, end, voice, term, lemma, side) of the body's framing rows.

    A table without the newer columns (one a user saved before them) counts as body rows in the
    voice its ``in_quote`` says, with no contested sides.
    """
    count = len(framing["category"])
    parts = framing.get("part") or ["body"] * count
    voices = framing.get("voice") or [Voice.QUOTE.value if inside else Voice.WRITER.value for inside in framing["in_quote"]]
    sides = framing.get("side") or [""] * count
    lemmas = framing.get("lemma") or framing["term"]
    for part, row in zip(parts, zip(framing["category"], framing["start"], framing["end"], voices, framing["term"], lemmas, sides)):
        if part == "body":
            yield row
