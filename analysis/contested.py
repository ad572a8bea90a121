"""Contested vocabulary: which side's words for a disputed thing an article uses, and its lean.

Many contested issues have two vocabularies for the same thing: "undocumented immigrants" and
"illegal aliens", "estate tax" and "death tax", "pro-choice" and "pro-life". Gentzkow & Shapiro
(2010, "What Drives Media Slant?") measure a newspaper's slant by how often it uses the phrases
that distinguish the two U.S. parties' speech. This module applies that idea with a readable,
hand-written list (``analysis/lexicons/contested.csv``: issue, term, the side whose usage it marks,
a source and a rationale), matched with the same `analysis.lexicon.Matcher` as every lexicon.

The article's *vocabulary lean* is (right-marked terms − left-marked terms) / all contested terms
in the writer's voice (terms inside quotation marks are the quoted speakers' words, not the outlet's),
from −1 (only left-side usage) to +1 (only right-side usage), with the number of terms behind it;
below `MIN_TERMS` terms there is no lean (one or two words are too little evidence). How well the
sign agrees with outlets' AllSides labels, on outlets the list was never checked against, is
printed by ``benchmarks/contested.py`` (see the README).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from .lexicon import Entry, Matcher, inflections, longest_per_category, read_csv

SIDES = ("left", "right")
POS_VALUES = frozenset({"verb", "noun", "adj", "fixed"})
CSV_COLUMNS = ("issue", "term", "pos", "forms", "side", "source", "rationale")
CATEGORY = "contested"
# Fewest contested terms (in the writer's voice) an article needs before it gets a lean. Chosen on
# the tuning half of the AllSides outlets only (benchmarks/contested.py --tune, 2026-12-01): sign
# agreement for minimums 1-6 was 0.759, 0.771, 0.764, 0.769, 0.750, 0.739 with coverage falling
# from 0.29 to 0.04 of the left/right articles; 2 agrees best while covering 0.15. With the second
# pass of contested.csv (issue 13, 2026-12-02; tuning half only) minimums 1-3 agree 0.778, 0.797,
# 0.794 at coverage 0.43, 0.26, 0.19: 2 still agrees best.
MIN_TERMS = 2


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
