"""Contested vocabulary: which side's words for a disputed thing an article uses, and its lean.

Many contested issues have two vocabularies for the same thing: "undocumented immigrants" and
"illegal aliens", "estate tax" and "death tax", "pro-choice" and "pro-life". Gentzkow & Shapiro
(2010, "What Drives Media Slant?") measure a newspaper's slant by how often it uses the phrases
that distinguish the two U.S. parties' speech. This module applies that idea with a readable,
hand-written list (``analysis/lexicons/contested.csv``: issue, term, the side whose usage it marks,
a source and a rationale), matched with the same `analysis.lexicon.Matcher` as every lexicon.

The article's *vocabulary lean* is (right-marked terms − left-marked terms) / all contested terms
in the writer's voice of the body (terms inside quotation marks are the quoted speakers' words, terms
inside a reported claim the claimant's, not the outlet's; `analysis.summary.writers_contested_terms`;
and `is_writers_usage`: a term in a distancing context of ``lexicons/contested_contexts.csv``,
"the so-called Dreamers", "what Republicans call government overreach", or inside a longer proper
name, "the Voting Rights Act", "Everytown for Gun Safety", is someone else's name, not the writer's),
from −1 (only left-side usage) to +1 (only right-side usage), with the number of terms behind it;
below `MIN_TERMS` terms there is no lean (one or two words are too little evidence). How well the
sign agrees with outlets' AllSides labels, on outlets the list was never checked against, is
printed by ``benchmarks/contested.py`` (see the README).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .lexicon import Entry, Matcher, inflections, longest_per_category, read_csv
from .name_words import name_connectors

SIDES = ("left", "right")
POS_VALUES = frozenset({"verb", "noun", "adj", "fixed"})
CSV_COLUMNS = ("issue", "term", "pos", "forms", "side", "source", "rationale")
CATEGORY = "contested"
# Fewest contested terms (in the writer's voice) an article needs before it gets a lean. Chosen on
# the tuning half of the AllSides outlets only (benchmarks/contested.py --tune, 2026-12-01): sign
# agreement for minimums 1-6 was 0.759, 0.771, 0.764, 0.769, 0.750, 0.739 with coverage falling
# from 0.29 to 0.04 of the left/right articles; 2 agrees best while covering 0.15. With the second
# pass of contested.csv (issue 13, 2026-12-02; tuning half only) minimums 1-3 agree 0.778, 0.797,
# 0.794 at coverage 0.43, 0.26, 0.19: 2 still agrees best. Stop 25, second round, with the benchmark
# measuring the product's own lean (body, writer's voice, no reported claims; tuning half only):
# minimums 1-4 agree 0.790, 0.828, 0.824, 0.848 at coverage 0.31, 0.16, 0.10, 0.07: 4 agrees a little
# more on half the articles, so 2 stays.
MIN_TERMS = 2


CONTEXTS_CSV = "contested_contexts.csv"
CONTEXT_COLUMNS = ("position", "cue", "rationale")
POSITIONS = ("before", "after")
# How far around a term the distancing cues and the neighbouring name words are looked for.
CONTEXT_REACH = 60


class ContestedLexiconError(ValueError):
    """A row of the contested-vocabulary CSV breaks its schema."""


def check_row(row: dict[str, str], line: int) -> None:
    """Raise `ContestedLexiconError` unless ``row`` has every column, a known side and pos."""
    missing = [column for column in CSV_COLUMNS if row.get(column) is None]
    if missing:
        raise ContestedLexiconError(f"contested.csv row {line}: missing columns {missing}")
    if row["side"] not in SIDES:
        raise ContestedLexiconError(f"contested.csv row {line}: side {row['side']!r} is not one of {SIDES}")
    if row["pos"] not in POS_VALUES:
        raise ContestedLexiconError(f"contested.csv row {line}: pos {row['pos']!r} is not one of {sorted(POS_VALUES)}")
    if not row["issue"].strip() or not row["term"].strip() or not row["source"].strip():
        raise ContestedLexiconError(f"contested.csv row {line}: issue, term and source must not be empty")


@lru_cache(maxsize=1)
def contested_terms() -> tuple[tuple[str, Entry], ...]:
    """(written form, entry) for every form of every row of ``contested.csv``, checked first.

    The entry's ``subcategory`` is ``ISSUE:SIDE`` ("immigration:right"), its ``lemma`` the row's term.
    """
    terms = []
    for line, row in enumerate(read_csv("analysis.lexicons", "contested.csv"), start=1):
        check_row(row, line)
        entry = Entry(row["term"], CATEGORY, f"{row['issue']}:{row['side']}")
        terms += [(form, entry) for form in inflections(row["term"], row["pos"], row["forms"])]
    return tuple(terms)


@lru_cache(maxsize=1)
def contested_matcher() -> Matcher:
    """The matcher for the contested vocabulary, built once per process."""
    return Matcher(contested_terms())


def find_contested(text: str, tokens: Sequence[tuple[int, int, str]] | None = None,
                   keys: Sequence[str] | None = None) -> list:
    """Every contested term in ``text``, overlaps resolved leftmost-longest (`Match` tuples).

    Pass the article's ``tokens`` and ``keys`` (`analysis.lexicon.token_pass`) when already cut.
    """
    matcher = contested_matcher()
    found = matcher.find(text) if tokens is None else matcher.find_in_tokens(text, tokens, keys)
    return longest_per_category(found)


def side_of(subcategory: str) -> str:
    """The side of a contested entry's ``ISSUE:SIDE`` subcategory."""
    return subcategory.rpartition(":")[2]


def issue_of(subcategory: str) -> str:
    """The issue of a contested entry's ``ISSUE:SIDE`` subcategory."""
    return subcategory.rpartition(":")[0]


def vocabulary_lean(sides: Iterable[str], minimum: int = MIN_TERMS) -> tuple[float | None, int]:
    """(lean, number of terms): (right − left) / all, in [−1, 1]; lean None below ``minimum`` terms."""
    counted = [side for side in sides if side in SIDES]
    if len(counted) < max(minimum, 1):
        return None, len(counted)
    right = sum(side == "right" for side in counted)
    return (2 * right - len(counted)) / len(counted), len(counted)


def _cue_pattern(cue: str) -> str:
    """The regex of one cue of ``contested_contexts.csv``: its words, ``*`` one to three words."""
    words = [r"(?:[\w'’.-]+\s+){0,2}[\w'’.-]+" if word == "*" else re.escape(word) for word in cue.split()]
    return r"\s+".join(words)


@lru_cache(maxsize=1)
def distancing_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(before, after): the compiled cues of ``contested_contexts.csv``, rows checked first.

    ``before`` must match the end of the text before a term (an article and an opening quotation
    mark may follow the cue: "dubbed the", "so-called “"); ``after`` the start of the text after it.
    """
    cues: dict[str, list[str]] = {position: [] for position in POSITIONS}
    for line, row in enumerate(read_csv("analysis.lexicons", CONTEXTS_CSV), start=1):
        if any(row.get(column) is None for column in CONTEXT_COLUMNS) or row["position"] not in POSITIONS or not row["cue"].strip():
            raise ContestedLexiconError(f"{CONTEXTS_CSV} row {line}: needs columns {CONTEXT_COLUMNS}, a position in {POSITIONS} and a cue")
        cues[row["position"]].append(_cue_pattern(row["cue"].strip().lower()))
    before = re.compile(r"(?<![\w-])(?:" + "|".join(cues["before"]) + r")\s+(?:(?:a|an|the)\s+)?[“\"‘']?$", re.IGNORECASE)
    after = re.compile(r"^[”\"’']?,?\s+(?:" + "|".join(cues["after"]) + r")(?![\w-])", re.IGNORECASE)
    return before, after


def is_distanced(text: str, start: int, end: int) -> bool:
    """True when the contested term ``text[start:end]`` stands in a distancing context of
    ``contested_contexts.csv``: someone else's name for the thing, reported, not the writer's
    usage. "ban on so-called assault weapons" and "what conservatives call government overreach"
    are distanced; "a ban on assault weapons" is not."""
    before, after = distancing_patterns()
    return bool(before.search(text[max(start - CONTEXT_REACH, 0) : start]) or after.match(text[end : end + CONTEXT_REACH]))


# The end of a sentence or paragraph before a word.
_SENTENCE_END_RE = re.compile(r"(?:[.!?:;]['\"”’)]*|\n)\s*$")


def is_headline_line(text: str, at: int) -> bool:
    """True when the line holding offset ``at`` is written as a headline, in title case or capitals
    (a related-stories link inside a body: "RELATED: California Shamelessly Persecutes Pro-Life
    Journalists"): four or more words of four letters or more, at least 80% of them capitalised.
    Capitals there are the headline's style, not a name's."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    words = re.findall(r"[A-Za-z][\w'’-]{3,}", text[line_start : len(text) if line_end < 0 else line_end])
    return len(words) >= 4 and sum(word[0].isupper() for word in words) >= 0.8 * len(words)


def _title_case(words: str) -> bool:
    """True when every word of ``words`` starts with a capital ("Voting Rights", "Pro-Life")."""
    return all(word[:1].isupper() for word in re.split(r"[\s-]+", words) if word[:1].isalpha())


@lru_cache(maxsize=1)
def _previous_name_word_re() -> re.Pattern:
    """A capitalised word right before a term, directly or through a name connector ("Everytown
    for", "Commission on International"), read at the end of the text before it."""
    connectors = "|".join(re.escape(word) for word in name_connectors("entities") if word.isalpha() or " " in word)
    return re.compile(r"(?P<word>[A-Z][\w'’&.-]*)\s+(?P<connector>(?:" + connectors + r")\s+)?$")


def is_inside_name(text: str, start: int, end: int) -> bool:
    """True when the contested term ``text[start:end]`` is written as part of a longer proper name
    (an organisation, a law, a programme): every word of it capitalised and a capitalised word of
    the same name right after it or right before it, directly or through a name connector, not at
    a sentence's start. The name is not the writer's choice of words: "the Voting Rights Act",
    "Everytown for Gun Safety", "Amnesty International", "the Religious Freedom Restoration Act"
    are inside names; "voting rights", "Gun violence rose" (a sentence's start), "Obamacare's
    mandate" are not. Read on the body only: a headline in title case capitalises every word."""
    if not _title_case(text[start:end]) or text[start:end].isupper() or is_headline_line(text, start):
        return False
    if re.match(r"[ \t]+(?!I\b)[A-Z][\w'’&.-]", text[end : end + 3]):
        return True  # "Voting Rights Act", "Amnesty International"
    reach = max(start - CONTEXT_REACH, 0)
    before = text[reach:start]
    previous = _previous_name_word_re().search(before)
    if not previous:
        return False
    if previous.group("connector"):
        return True  # "Everytown for Gun Safety": no sentence opens with a word and a connector
    # A capitalised word right before must not itself open the text or a sentence ("The Dreamers").
    opening = before[: previous.start("word")]
    return bool(opening.strip() or reach) and not _SENTENCE_END_RE.search(opening)


def is_writers_usage(text: str, start: int, end: int, in_body: bool = True) -> bool:
    """True when the contested term ``text[start:end]`` outside quotation marks is the writer's own
    choice of words: not in a distancing context (`is_distanced`) and, in the body (``in_body``; a
    headline's capitals are its style), not inside a longer proper name (`is_inside_name`). Only
    such uses count toward the vocabulary lean: "the so-called Dreamers" and "the Voting Rights
    Act" are not the writer's usage, "Dreamers" and "voting rights" are."""
    return not is_distanced(text, start, end) and not (in_body and is_inside_name(text, start, end))
