"""The vocabulary of the statements table, read from `analysis/lexicons/*.csv`.

Reporting cues (`reporting_verbs.csv`: form, lemma, stance, frame, clause), speaker nouns
(`speakers.csv`), outlets (`outlets.csv`), content nouns (`content_nouns.csv`) and given names
with a clear gender (`first_names.csv`), each loaded once; `trie_pattern` compiles a word list
into a fast regex alternation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import read_csv

@dataclass(frozen=True)
class Cue:
    """One row of `lexicons/reporting_verbs.csv`."""

    cue: str
    lemma: str
    stance: str
    frame: str
    clause: str


def _read_csv(name: str) -> list[dict[str, str]]:
    """Rows of ``analysis/lexicons/NAME`` (the shared reader of commented CSV files)."""
    return read_csv("analysis.lexicons", name)


@lru_cache(maxsize=1)
def _lexicon_rows() -> tuple[Cue, ...]:
    return tuple(
        Cue(row["cue"].lower(), row["lemma"], row["stance"], row["frame"], row["clause"])
        for row in _read_csv("reporting_verbs.csv")
    )


@lru_cache(maxsize=1)
def reporting_cues() -> dict[str, Cue]:
    """The verbal reporting cues (every frame but ``noun``) keyed by the lowercase form."""
    return {cue.cue: cue for cue in _lexicon_rows() if cue.frame != "noun"}


@lru_cache(maxsize=1)
def nominal_cues() -> dict[str, Cue]:
    """The nominal reporting cues ("Axelrod's comment that …") keyed by the lowercase form."""
    return {cue.cue: cue for cue in _lexicon_rows() if cue.frame == "noun"}


def trie_pattern(words: list[str]) -> str:
    """A regex alternation of ``words`` factored as a trie, so matching is fast."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


@lru_cache(maxsize=1)
def outlet_pattern() -> re.Pattern[str]:
    # Factored as a trie (greedy, so the longest name wins, as with a longest-first
    # alternation): the table searches each statement's sentence for an outlet.
    names = sorted(row["name"] for row in _read_csv("outlets.csv"))
    return re.compile(r"(?<![\w-])(?:" + trie_pattern(names) + r")(?![\w-])")


@lru_cache(maxsize=1)
def speaker_terms() -> dict[str, str]:
    """term -> speaker_type from `lexicons/speakers.csv`."""
    return {row["term"].lower(): row["speaker_type"] for row in _read_csv("speakers.csv")}


@lru_cache(maxsize=1)
def speaker_term_re() -> re.Pattern[str]:
    """A speaker term at the end of a lowercase phrase (its head), longest term first."""
    # A trie, not a longest-first alternation: at each start only one term can end at "$", and
    # the leftmost start (the longest term) is found first either way, only faster.
    return re.compile(r"(?<![\w.])(?:" + trie_pattern(sorted(speaker_terms())) + r")$")


@lru_cache(maxsize=1)
def content_nouns() -> frozenset[str]:
    """The content nouns of `lexicons/content_nouns.csv` ("concern" in "expressed concern that")."""
    return frozenset(row["noun"].lower() for row in _read_csv("content_nouns.csv"))


@lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """Given name -> "male"/"female" from `lexicons/first_names.csv`."""
    return {row["name"]: row["gender"] for row in _read_csv("first_names.csv")}


@lru_cache(maxsize=1)
def _closed_class_rows() -> tuple[tuple[str, str], ...]:
    """(class, word) rows of `lexicons/closed_class.csv`, in file order."""
    return tuple((row["class"], row["word"]) for row in _read_csv("closed_class.csv"))


@lru_cache(maxsize=None)
def closed_class(name: str) -> tuple[str, ...]:
    """The words of one class of `lexicons/closed_class.csv` (titles, months, function words …),
    in file order (the order of a regex alternation built from them)."""
    words = tuple(word for kind, word in _closed_class_rows() if kind == name)
    if not words:
        raise KeyError(f"lexicons/closed_class.csv has no class {name!r}")
    return words

