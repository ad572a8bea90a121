"""The words written before and inside names: titles and honorifics, and name connectors.

Titles: ``analysis/lexicons/titles.csv`` has one row per title as written ("Sen.", "President",
"Vice President"), with the role noun a later description uses for the holder, the gender the
title gives, the description nouns that resolve to its holder, and which rules read it (the
file's header says why the uses differ). The segmenter, the speaker patterns of the statements,
actor discovery and the framing's proper-name check each ask for their rows here.

Name connectors: ``analysis/lexicons/name_connectors.csv``, the lower-case words joining the
words of one name ("Bank of America", "Ursula von der Leyen"), each with the rules that read it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from .errors import ArticleError
from .lexicon import read_csv

LEXICONS = "analysis.lexicons"
TITLES_CSV = "titles.csv"
COLUMNS = ("term", "role", "gender", "described_as", "uses", "rationale")
USES = frozenset({"entities", "statements", "segmenter", "framing"})


class Title(NamedTuple):
    term: str                  # as written: "Sen.", "Vice President"
    role: str                  # "senator"; "" for none
    gender: str                # "male" / "female" / ""
    described_as: tuple[str, ...]  # description nouns resolving to the holder ("lawmaker", …)
    uses: frozenset[str]       # which rules read the row (USES)

    @property
    def bare(self) -> str:
        """The term without its full stop ("Sen." → "Sen")."""
        return self.term.rstrip(".")


def _split(value: str) -> tuple[str, ...]:
    return tuple(part for part in value.split("|") if part)


@lru_cache(maxsize=1)
def all_titles() -> tuple[Title, ...]:
    """Every row of ``lexicons/titles.csv`` in file order; ArticleError naming the file and the
    row when a column is missing, a use is unknown or a term repeats."""
    rows = read_csv(LEXICONS, TITLES_CSV)
    missing = [column for column in COLUMNS if rows and column not in rows[0]]
    if missing:
        raise ArticleError(f"analysis/lexicons/{TITLES_CSV}", f"missing column {', '.join(missing)}")
    titles, seen = [], set()
    for number, row in enumerate(rows, start=1):
        uses = frozenset(_split(row["uses"]))
        if uses - USES or row["term"] in seen or not row["term"]:
            raise ArticleError(f"analysis/lexicons/{TITLES_CSV}, row {number}", f"{row['term']!r} needs a term not listed before and uses among {sorted(USES)}")
        seen.add(row["term"])
        titles.append(Title(row["term"], row["role"], row["gender"], _split(row["described_as"]), uses))
    return tuple(titles)


def titles_for(use: str) -> tuple[Title, ...]:
    """The rows one rule reads (``use`` one of `USES`), in file order."""
    return tuple(title for title in all_titles() if use in title.uses)


def abbreviated_titles() -> frozenset[str]:
    """Lower-case abbreviated titles whose full stop ends no sentence ("sen", "messrs")."""
    return frozenset(title.bare.lower() for title in titles_for("segmenter"))


def titles_describing(noun: str) -> tuple[str, ...]:
    """The titles, without their full stop, whose holder a description ``noun`` ("lawmaker")
    refers to, in file order; () when none."""
    return tuple(title.bare for title in all_titles() if noun in title.described_as)


def description_nouns() -> tuple[str, ...]:
    """Every description noun that resolves to a title's holder, in order of first appearance."""
    return tuple(dict.fromkeys(noun for title in all_titles() for noun in title.described_as))


CONNECTORS_CSV = "name_connectors.csv"
CONNECTOR_USES = frozenset({"entities", "statements"})


@lru_cache(maxsize=None)
def name_connectors(use: str) -> tuple[str, ...]:
    """The name connectors one rule reads (``use`` one of `CONNECTOR_USES`), in file order
    (longest first where one starts another); ArticleError naming the file and the row when a
    use is unknown or a word repeats."""
    words, seen = [], set()
    for number, row in enumerate(read_csv(LEXICONS, CONNECTORS_CSV), start=1):
        uses = frozenset(_split(row.get("uses") or ""))
        word = row.get("word") or ""
        if not word or not uses or uses - CONNECTOR_USES or word in seen:
            raise ArticleError(f"analysis/lexicons/{CONNECTORS_CSV}, row {number}", f"{word!r} needs a word not listed before and uses among {sorted(CONNECTOR_USES)}")
        seen.add(word)
        if use in uses:
            words.append(word)
    return tuple(words)
