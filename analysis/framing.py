"""The framing table: loaded words, actor labels, hedges, boosters, violence, victims, frame cues.

How a story is framed shows in word choice (Entman 1993): "terror group" or "militants",
"murdered" or "killed", hedges ("reportedly") and boosters ("flatly"). Each matched term is one
row, with its category, whether it stands in the writer's voice or inside a quotation, and who is
quoted. Terms come from the CSV lexicons in ``analysis/lexicons/`` and the actor file of a topic
(``analysis/topics/TOPIC.csv``), matched with `analysis.lexicon.Matcher` over the word tokens of
`analysis.tokenize.word_spans` (inflected forms generated at load time).
"""

from __future__ import annotations

import bisect
from functools import lru_cache

import pandas as pd

from .article import Article
from .lexicon import Entry, Matcher, inflections, longest_per_category, read_csv, textblob_lexicon, token_pass
from .schema import COLUMNS, Columns, columns_from_rows, columns_of, empty_columns, row_count, table_from_columns

LEXICON_FILES = ("loaded.csv", "stance.csv", "violence.csv", "frames.csv")
FRAMING_COLUMNS = list(COLUMNS["framing"])

# TextBlob's lexicon words count as `loaded` (subcategory `textblob_subjective`) when strongly
# subjective and clearly polar. Chosen on the BASIL 2010–2015 triplets only
# (analysis/evaluate/framing.py): subjectivity >= 0.5 alone is the weak baseline the issue quotes;
# at 0.6 / 0.3 four in five of these rows were false positives ("good", "poor", "tough"), at
# 0.7 / 0.5 the channel keeps the clearly judging words and precision rises 0.04 for a recall
# loss under 0.01.
TEXTBLOB_MIN_SUBJECTIVITY = 0.7
TEXTBLOB_MIN_ABS_POLARITY = 0.5


def _is_acronym(term: str) -> bool:
    letters = [c for c in term if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def lexicon_terms() -> list[tuple[str, Entry]]:
    """(written form, entry) for every form of every entry of the shipped lexicon CSVs."""
    terms = []
    for name in LEXICON_FILES:
        for row in read_csv("analysis.lexicons", name):
            entry = Entry(row["term"], row["category"], row["subcategory"], match_case=_is_acronym(row["term"]))
            terms += [(form, entry) for form in inflections(row["term"], row["pos"], row["forms"])]
    return terms


def textblob_subjective_terms() -> list[tuple[str, Entry]]:
    """TextBlob lexicon words that are strongly subjective and polar, minus the listed exclusions."""
    excluded = {row["term"].lower() for row in read_csv("analysis.lexicons", "textblob_exclusions.csv")}
    return [
        (word, Entry(word, "loaded", "textblob_subjective"))
        for word, (polarity, subjectivity) in sorted(textblob_lexicon().items())
        if subjectivity >= TEXTBLOB_MIN_SUBJECTIVITY
        and abs(polarity) >= TEXTBLOB_MIN_ABS_POLARITY
        and word not in excluded
        and word.isalpha()
    ]


@lru_cache(maxsize=8)
def topic_terms(topic: str) -> tuple[tuple[str, Entry], ...]:
    """(written form, entry) for every name, alias and label of the actors of ``topic``.

    Reads ``analysis/topics/TOPIC.csv`` (columns ``actor, term, kind, pos, forms``); ``kind`` is
    ``name``, ``alias`` or ``label`` and becomes the row's subcategory.
    """
    terms = []
    for row in read_csv("analysis.topics", f"{topic}.csv"):
        entry = Entry(row["term"], "actor_label", row["kind"], actor=row["actor"], match_case=_is_acronym(row["term"]))
        terms += [(form, entry) for form in inflections(row["term"], row["pos"], row.get("forms", ""))]
    return tuple(terms)


@lru_cache(maxsize=8)
def matcher(topic: str | None = "israel_gaza") -> Matcher:
    """The matcher for every lexicon plus ``topic``'s actors, built once per process."""
    terms = lexicon_terms() + textblob_subjective_terms()
    if topic:
        terms += list(topic_terms(topic))
    return Matcher(terms)


# The last article's quoted voice, keyed by its text and the very statements table it came from:
# framing, actors, summary and the rendered page of one article all need it, so it is computed once.
_LAST_QUOTE_VOICE: list = []


def quote_voice(article: Article, statements: pd.DataFrame | Columns | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, speaker)`` of every stretch of quoted voice, attributed ones first.

    Quoted voice is the content of direct statements (`analysis.statements.statements`, kind
    ``direct``: quoted words and transcript turns) plus every other stretch inside quotation marks
    (`analysis.statements.quotation_spans`). A stretch inside a reported or partial statement's
    content takes that statement's speaker; any other (scare quotes, unattributed quotations)
    has an empty speaker — still not the writer's own words. Speaker = ``speaker_resolved``,
    else ``speaker``. Reported speech without quotation marks is the writer's wording.
    ``statements``: the statements table or its `Columns`.
    """
    from .quotes import quotation_spans
    from .statements import statement_columns

    given = statements
    if (
        _LAST_QUOTE_VOICE
        and given is not None
        and _LAST_QUOTE_VOICE[0] is given
        and _LAST_QUOTE_VOICE[1] == _rows(given)
        and _LAST_QUOTE_VOICE[2] == article.text
    ):
        return list(_LAST_QUOTE_VOICE[3])
    statements = statement_columns(article) if given is None else columns_of(given)
    attributed = []
    count = row_count(statements)
    if count:
        resolved = statements.get("speaker_resolved", [""] * count)
        written = statements.get("speaker", [""] * count)
        for start, end, kind, first, second in zip(statements["start"], statements["end"], statements["kind"], resolved, written):
            speaker = first if isinstance(first, str) and first else second if isinstance(second, str) and second else ""
            attributed.append((int(start), int(end), str(kind), speaker))
    spans = [(start, end, speaker) for start, end, kind, speaker in attributed if kind == "direct"]
    for start, end in quotation_spans(article.text):
        owner = next((speaker for s, e, _, speaker in attributed if s <= start and end <= e), "")
        spans.append((int(start), int(end), owner))
    if given is not None:
        _LAST_QUOTE_VOICE[:] = [given, _rows(given), article.text, tuple(spans)]
    return spans


def _rows(table: pd.DataFrame | Columns) -> int:
    # With the identity, the row count tells a table edited in place from the one cached.
    return len(table) if isinstance(table, pd.DataFrame) else row_count(table)


def merge_spans(spans: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """``(start, end, speaker)`` spans (e.g. `quote_voice`) as disjoint ``(start, end)`` spans."""
    merged: list[list[int]] = []
    for start, end, _ in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def framing(
    article: Article,
    sentences: pd.DataFrame | None = None,
    statements: pd.DataFrame | None = None,
    topic: str | None = "israel_gaza",
) -> pd.DataFrame:
    """The framing table of ``article`` (`framing_columns`); upstream tables reused when given."""
    return table_from_columns(framing_columns(article, columns_of(sentences), columns_of(statements), topic))


def framing_columns(
    article: Article,
    sentences: Columns | None = None,
    statements: Columns | None = None,
    topic: str | None = "israel_gaza",
) -> Columns:
    """One row per framing term in ``article``: where it is, what it is, and whose voice it is in.

    Categories: ``loaded`` (emotive, evaluative or dysphemistic wording; subcategories
    ``emotive_verb``, ``dysphemism``, ``evaluative_adjective``, ``intensifier``,
    ``textblob_subjective``), ``actor_label`` (a name, alias or label of an actor of ``topic``;
    subcategory = kind, ``actor`` = the actor), ``hedge`` and ``booster`` (Hyland 2005),
    ``violence`` and ``victim``, and ``frame`` (subcategory = one of the Media Frames Corpus
    dimensions, Boydstun et al. 2014). A word can be several things at once ("massacre" is loaded
    and violence): it then has one row per category. Within a category overlapping matches
    resolve leftmost-longest. ``in_quote`` is True inside quoted voice (see `quote_voice`);
    ``speaker`` names the quoted speaker when a statement attributes it, else is empty.
    """
    from .sentences import sentence_columns

    text = article.text
    tokens, keys = token_pass(text)
    matches = longest_per_category(matcher(topic).find_in_tokens(text, tokens, keys))
    if not matches:
        return empty_columns("framing")
    if sentences is None:
        sentences = sentence_columns(article)
    quotes = quote_voice(article, statements)
    sentence_starts = sentences["start"] or [0]
    sentence_ids = sentences["sentence"] or [0]
    # Loaded and other rows that share an actor label's span name that actor too ("terrorists").
    actor_of = {(m.start, m.end): m.entry.actor for m in matches if m.entry.category == "actor_label"}
    rows = []
    for match in sorted(matches, key=lambda m: (m.start, m.end, m.entry.category)):
        entry, start, end = match.entry, match.start, match.end
        voice = next((q for q in quotes if q[0] <= start and end <= q[1]), None)
        rows.append(
            (
                article.id,
                int(sentence_ids[max(bisect.bisect_right(sentence_starts, start) - 1, 0)]),
                start,
                end,
                text[start:end],
                entry.lemma,
                entry.category,
                entry.subcategory,
                entry.actor or actor_of.get((start, end), ""),
                voice is not None,
                voice[2] if voice else "",
            )
        )
    return columns_from_rows(rows, FRAMING_COLUMNS)
