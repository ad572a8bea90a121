"""The words of a capitalised run, whatever their context: pure functions of the run's string.

A run of capitalised words (`RUN`: name words joined by the connectors of
``lexicons/name_connectors.csv``, use "entities") is cut into pieces at a full stop that ends a
sentence and after a possessor ("Florida's Marjory Stoneman Douglas High School"), a piece is
split at "and"/"of" unless they join one organisation's name or a title (`split_connectors`),
and the predicates `names` trims and plans a piece with are here: droppable end words, an
opening verb of saying, a title and its length (`find_title`), a speaker label in capitals, the
possessive "'s". Abbreviations whose full stop is part of the word are ``lexicons/titles.csv``,
the organisation heads and ``lexicons/closed_class.csv`` class ``name_abbreviation``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..name_words import name_connectors
from ..statements.lexicons import closed_class
from .vocabulary import Vocabulary, brill_words

# A name word: an initialism ("U.S."), or a capitalised word with inner hyphens and apostrophes
# ("Latter-day", "O'Rourke", "McPeak") and an optional full stop (an abbreviation or a sentence
# end, told apart below).
_UPPER = "A-ZÀ-ÖØ-Þ"
# A name word after its capital: the rest of an initialism ("U.S.": ".S.") or of a word, an
# ampersand inside it ("AT&T", "S&P": one name, not "AT" and "T").
_WORD_REST = rf"(?:\.(?:[{_UPPER}]\.)+|[\w'’]*(?:&[{_UPPER}][\w'’]*)?(?:-[\w'’]+)*\.?)"
_WORD = rf"[{_UPPER}]{_WORD_REST}"
# An Arabic article fused to a surname inside a name ("Bashar al-Assad", "Abdel Fattah el-Sisi"):
# a name word after another one, never the run's first (`name_particle` strips it for the surname).
_PARTICLE = "(?:al|el)-"
_PARTICLE_WORD = rf"{_PARTICLE}[{_UPPER}]{_WORD_REST}"
_PARTICLE_PREFIX = re.compile(rf"^(?:{_PARTICLE}|Al-|El-)(?=[{_UPPER}])")
# Words joining the words of one name ("Bank of America", "Osama bin Laden"), longest first
# (`lexicons/name_connectors.csv`, use "entities").
_CONNECTORS = "|".join(re.escape(word) for word in name_connectors("entities"))
# The run's first word is `_WORD` with its capital matched first and what may stand before it
# looked behind at from there: a pattern opening with a character class lets the scan skip to
# the next capital (the same matches as the look-behinds first, at every position).
_FIRST_WORD = rf"[{_UPPER}](?:(?<=\bnow-.)|(?<=\bthen-.)|(?<=\bex-.)|(?<![\w'’.-].)){_WORD_REST}"
RUN = re.compile(rf"{_FIRST_WORD}(?:(?:[ \u00a0]|[ \u00a0](?:{_CONNECTORS})[ \u00a0])(?:{_WORD}|{_PARTICLE_WORD}))*")
_NAME_WORD = re.compile(rf"(?<=[ \u00a0]){_PARTICLE_WORD}|{_WORD}|(?<=[ \u00a0])(?:{_CONNECTORS})(?=[ \u00a0])")
_POSSESSIVE = re.compile(r"['’]s?$")
_ACRONYM_WORD = re.compile(r"^[A-Z]{2,6}$")
_CONTRACTION = re.compile(r"['’](?:re|ve|ll|m|d)$|n['’]t$")
_INITIAL = re.compile(rf"^[{_UPPER}]\.$")
_INITIALISM = re.compile(rf"^(?:[{_UPPER}]\.){{2,}}$")
_ABBREVIATIONS = frozenset(closed_class("name_abbreviation"))
# "now-President Trump", "then-Sen. Obama", "ex-Gov. Scott": the title after the prefix.
TIME_PREFIX = re.compile(r"^(?:now|then|ex|former)-")

# A word of a capitalised run: (start, end, word), offsets relative to the run's start.
Word = tuple[int, int, str]
Piece = tuple[Word, ...]


def _is_abbreviation(word: str, vocab: Vocabulary) -> bool:
    """A word whose full stop is part of it (a title, "Inc.", an initial, "U.S.")."""
    return (
        word in vocab.titles
        or word in vocab.heads
        or word in _ABBREVIATIONS
        or bool(_INITIAL.match(word) or _INITIALISM.match(word))
    )


def run_pieces(run: str, vocab: Vocabulary) -> list[Piece]:
    """The words of a capitalised run, cut after a full stop that ends a sentence."""
    pieces: list[list[Word]] = [[]]
    for word in _NAME_WORD.finditer(run):
        start, end, written = word.start(), word.end(), word.group()
        if written.endswith(".") and not _is_abbreviation(written, vocab):
            pieces[-1].append((start, end - 1, written[:-1]))
            pieces.append([])
        elif (_POSSESSIVE.search(written) and written[-1] != "'" or written.endswith("s'")) and not _plural_possessor(written):
            # "Florida's Marjory Stoneman Douglas High School": the possessor is a name of its own.
            pieces[-1].append((start, end, written))
            pieces.append([])
        else:
            pieces[-1].append((start, end, written))
    return [strip_connectors(tuple(piece)) for piece in pieces if piece]


def _plural_possessor(written: str) -> bool:
    """Whether a possessive is an irregular plural noun's ("People’s", "Women's", "Children's":
    tagged NNS in Brill's lexicon, no final "s"), which opens a name rather than naming a
    possessor of its own: "People’s Republic of China", "Women's March"; "Florida's" is split."""
    base = _POSSESSIVE.sub("", written)
    return not base.endswith("s") and base.lower() in _irregular_plurals()


@lru_cache(maxsize=1)
def _irregular_plurals() -> frozenset[str]:
    """Brill's lexicon's plural nouns not ending in "s" ("people", "women", "children", "men")."""
    return frozenset(word for word in brill_words(frozenset({"NNS"})) if not word.endswith("s"))


def strip_connectors(piece: Piece) -> Piece:
    """A piece without connectors at its ends (a run never starts or ends with "of")."""
    while piece and not piece[0][2][0].isupper():
        piece = piece[1:]
    while piece and not (piece[-1][2][0].isupper() or _PARTICLE_PREFIX.match(piece[-1][2])):
        piece = piece[:-1]
    return piece


def name_particle(word: str) -> str:
    """A surname without its fused Arabic article: "Assad" of "al-Assad" and "Al-Assad" (a
    surname mention "Assad" is the person "Bashar al-Assad"); any other word itself."""
    return _PARTICLE_PREFIX.sub("", word)


def joined(piece: Piece, run: str) -> str:
    """The piece as written in the run."""
    return run[piece[0][0] : piece[-1][1]]


def _split_at(piece: Piece, connectors: frozenset[str]) -> list[Piece]:
    """The piece cut at the given connectors (which are dropped)."""
    parts: list[list[Word]] = [[]]
    for word in piece:
        if word[2] in connectors:
            parts.append([])
        else:
            parts[-1].append(word)
    return [tuple(part) for part in parts if part]


_AND = frozenset({"and", "&"})
_OF = frozenset({"of", "for", "of the", "for the"})


def has_head(piece: Piece, vocab: Vocabulary) -> bool:
    """Whether a word of the piece is an organisation head."""
    return any(word in vocab.heads for _, _, word in piece)


def split_connectors(piece: Piece, run: str, vocab: Vocabulary) -> list[Piece]:
    """Keep "and"/"of" inside organisation names and titles; elsewhere they join two names."""
    if not any(word in _AND or word in _OF for _, _, word in piece):
        return [piece]  # nothing to cut at
    whole = joined(piece, run)
    if whole in vocab.non_names or whole in vocab.countries or whole in vocab.outlets:
        return [piece]
    parts = _split_and(piece, vocab)
    if len(parts) == 1 and _person_before_of(piece, vocab):
        # The person, then the body whole when it has a head ("Dr Alex Adami of University of
        # Acme Medical"), else cut at every "of" as before ("Jo Ray of Ohio").
        cut = next(i for i, word in enumerate(piece) if word[2] in _OF)
        rest = piece[cut + 1 :]
        return [piece[:cut]] + ([rest] if rest and has_head(rest, vocab) else _split_at(rest, _OF))
    if len(parts) == 1 and has_head(piece, vocab):
        return parts
    keep_of = any(title in whole for title in vocab.titles_with_of)
    return [p for part in parts for p in (_split_at(part, _OF) if not keep_of and not has_head(part, vocab) else [part])]


def _person_before_of(piece: Piece, vocab: Vocabulary) -> bool:
    """Whether the words before the first "of"/"for" end with a person's name (a first name, an
    optional initial, a surname that is no organisation head): "House Speaker John Boehner of
    Ohio", "Rep. Kevin McCarthy for the House", "Dr Alex Adami of Acme University" (a title, a
    given name and a surname) are a person and a place or body, not one name; "Bill of Rights"
    and "John F. Kennedy School of Government" stay whole."""
    cut = next((i for i, word in enumerate(piece) if word[2] in _OF), 0)
    surname = piece[cut - 1][2] if cut >= 2 else ""
    if not surname or surname in vocab.heads or surname.endswith("."):
        return False
    given = [word for _, _, word in piece[max(0, cut - 3) : cut - 1]]
    if given[-1] in vocab.first_names or (len(given) == 2 and given[0] in vocab.first_names and given[1].endswith(".")):
        return True
    # "Dr Alex Adami of …": a title before a given name the list lacks (names of either gender).
    return cut == 3 and piece[0][2] in vocab.titles and given[-1][:1].isupper()


def _split_and(piece: Piece, vocab: Vocabulary) -> list[Piece]:
    """Cut at "and"/"&" unless it joins the words of one organisation's name: kept when just
    one side has a head and neither side starts with a first name or title ("Department of
    Health and Human Services"); cut otherwise ("Jackie Pata and Oneida Nation", "Acme News and
    Republican")."""
    parts = _split_at(piece, _AND)
    if len(parts) == 1:
        return parts
    personal = any(part[0][2] in vocab.first_names or part[0][2] in vocab.titles for part in parts)
    headed = [has_head(part, vocab) for part in parts]
    # "Jackie Pata and Oneida Nation": a two-word name without a head before an organisation.
    personal = personal or (len(parts[0]) >= 2 and not headed[0] and len(parts[-1]) >= 2 and headed[-1])
    # "Acme News and Republican presidential nominee …": a party word alone is no part of a name.
    grouped = any(len(part) == 1 and part[0][2] in vocab.capitalised_groups for part in parts)
    # "Department of Justice and FBI": an acronym alone after "and" is a body of its own.
    grouped = grouped or (len(parts[-1]) == 1 and bool(_ACRONYM_WORD.match(parts[-1][0][2])))
    # "People’s Daily and Xinhua": an outlet of outlets.csv after "and" is a name of its own.
    grouped = grouped or " ".join(word for _, _, word in parts[-1]) in vocab.outlets
    if not (personal or grouped) and any(headed) and not all(headed):
        return [piece]
    return parts


# The most words a title may have (titles.csv's longest has three: "Lt. Gen."-style chains are
# separate titles); titles are looked up longest first.
TITLE_WORDS = 4


def droppable(word: str, vocab: Vocabulary) -> bool:
    """A word that never starts or ends a name: a non-name, a compound adjective, or a word
    with a contracted verb or "not" ("We're", "They've", "Don't": a pronoun or auxiliary opening
    a sentence; a name takes only the possessive "'s")."""
    if word in vocab.non_names or word.rstrip(".") in vocab.non_names or _CONTRACTION.search(word):
        return True
    return "-" in word and word.rsplit("-", 1)[1].islower()


def surname_after_first_name(piece: Piece, vocab: Vocabulary) -> bool:
    """Whether the piece's last word, a non-name elsewhere, is a surname after a first name
    ("Theresa May", "Joe Friday"): a month or weekday right after a given name is the name."""
    return len(piece) >= 2 and piece[-2][2] in vocab.first_names and piece[-1][2][:1].isupper() and "-" not in piece[-1][2]


def opening_verb(piece: Piece, vocab: Vocabulary) -> bool:
    """Whether the piece opens with a capitalised inflected verb of saying before another word:
    a headline's or a sentence's verb glued to the name after it ("Praised Roe", "Citing
    Acme", "Claimed Doe"), never the start of a name (a first name is kept, and so is the
    first word of an organisation's name: "Appeals Court")."""
    word = piece[0][2]
    return (
        len(piece) > 1 and word.lower() in vocab.inflected_cues and word not in vocab.first_names
        and not has_head(piece, vocab)
    )


def find_title(piece: Piece, vocab: Vocabulary) -> tuple[int, int] | None:
    """(first word, word count) of the longest title in the piece that a name follows."""
    if len(piece) < 2:
        return None  # a title needs a name after it
    words = [TIME_PREFIX.sub("", w) for _, _, w in piece]
    best = None
    for i in range(len(words)):
        for n in range(TITLE_WORDS, 0, -1):
            if i + n < len(words) and tuple(words[i : i + n]) in vocab.title_words:
                if best is None or n > best[1]:
                    best = (i, n)
                break
        if best is not None:
            return best
    return best


def in_capitals(piece: Piece, vocab: Vocabulary) -> Piece:
    """A transcript's speaker label in capitals ("SECRETARY RUBIO") with its words in title
    case, so its title and name are read as in running text; other pieces as they are."""
    if len(piece) >= 2 and all(word.isupper() and len(word) > 1 for _, _, word in piece):
        titled = tuple((start, end, word.title()) for start, end, word in piece)
        if find_title(titled, vocab) is not None:
            return titled
    return piece


def without_possessive(piece: Piece) -> Piece:
    """The last word without "'s" / "’s" / a trailing apostrophe."""
    start, end, word = piece[-1]
    if word[-1] not in "s'’":
        return piece
    bare = _POSSESSIVE.sub("", word)
    if bare != word and bare:
        piece = (*piece[:-1], (start, end - (len(word) - len(bare)), bare))
    return piece


def opens_with_title(piece: Piece, run: str, vocab: Vocabulary) -> bool:
    """Whether the piece starts with a title of several words ("Special Counsel Robert Mueller"
    opening a sentence keeps "Special", a common word elsewhere)."""
    return any(joined(piece[:n], run) in vocab.titles for n in range(2, min(len(piece), TITLE_WORDS) + 1))
