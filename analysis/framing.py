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
from .lexicon import Entry, Matcher, inflections, longest_per_category, read_csv, textblob_lexicon
from .schema import empty_table

LEXICON_FILES = ("loaded.csv", "stance.csv", "violence.csv", "frames.csv")

# TextBlob's lexicon words count as `loaded` (subcategory `textblob_subjective`) when strongly
# subjective and clearly polar. Chosen on the BASIL 2010–2015 triplets only
# (analysis/evaluate/framing.py): subjectivity >= 0.5 alone is the weak baseline the issue quotes.
TEXTBLOB_MIN_SUBJECTIVITY = 0.5
TEXTBLOB_MIN_ABS_POLARITY = 0.2


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


def quote_voice(article: Article, statements: pd.DataFrame | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, speaker)`` of every stretch of quoted voice, attributed ones first.

    Quoted voice is the content of direct statements (from `analysis.statements.statements`,
    speaker = ``speaker_resolved`` or else ``speaker``) plus every other stretch inside quotation
    marks (`analysis.statements.quotation_spans`), whose speaker is unknown (empty string):
    scare quotes and unattributed quotations are still not the writer's own words.
    """
    from .statements import quotation_spans
    from .statements import statements as statements_table

    if statements is None:
        statements = statements_table(article)
    spans: list[tuple[int, int, str]] = []
    direct = statements
    if "kind" in statements.columns:
        direct = statements[statements["kind"].astype(str) != "indirect"]
    for row in direct.itertuples(index=False):
        speaker = getattr(row, "speaker_resolved", "") or getattr(row, "speaker", "") or ""
        spans.append((int(row.start), int(row.end), str(speaker) if isinstance(speaker, str) else ""))
    spans += [(int(start), int(end), "") for start, end, *_ in quotation_spans(article.text)]
    return spans


def framing(
    article: Article,
    sentences: pd.DataFrame | None = None,
    statements: pd.DataFrame | None = None,
    topic: str | None = "israel_gaza",
) -> pd.DataFrame:
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
    from .sentences import sentences as sentences_table

    if sentences is None:
        sentences = sentences_table(article)
    text = article.text
    matches = longest_per_category(matcher(topic).find(text))
    if not matches:
        return empty_table("framing")
    quotes = quote_voice(article, statements)
    sentence_starts = [int(s) for s in sentences["start"]] if len(sentences) else [0]
    sentence_ids = [int(s) for s in sentences["sentence"]] if len(sentences) else [0]
    rows = []
    for match in matches:
        entry = match.entry
        voice = next((q for q in quotes if q[0] <= match.start and match.end <= q[1]), None)
        sentence = sentence_ids[max(bisect.bisect_right(sentence_starts, match.start) - 1, 0)]
        rows.append(
            (
                article.id,
                sentence,
                match.start,
                match.end,
                text[match.start : match.end],
                entry.lemma,
                entry.category,
                entry.subcategory,
                entry.actor,
                voice is not None,
                voice[2] if voice else "",
            )
        )
    table = pd.DataFrame(rows, columns=list(empty_table("framing").columns))
    table = _label_actor_terms(table)
    return table.sort_values(["start", "end", "category"], kind="stable").reset_index(drop=True)


def _label_actor_terms(table: pd.DataFrame) -> pd.DataFrame:
    """Give loaded and other rows the actor of an actor label with the same span ("terrorists")."""
    labels = table[table["category"] == "actor_label"]
    if labels.empty:
        return table
    actor_of = {(s, e): a for s, e, a in zip(labels["start"], labels["end"], labels["actor"])}
    table["actor"] = [
        actor or actor_of.get((s, e), "") for s, e, actor in zip(table["start"], table["end"], table["actor"])
    ]
    return table
