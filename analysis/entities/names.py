"""Name mentions of an article's text, found from capitalisation, titles, first names and heads.

Method (rule-based named-entity spotting in the tradition of the MUC-era systems, Mikheev,
Moens & Grover 1999, "Named entity recognition without gazetteers", whose key idea is used
here: a capitalised word at a sentence start is a name only if the article never writes it in
lower case): runs of capitalised words, joined by "of", "for", "de", "bin" and the like, are cut
at sentence ends, trimmed of sentence openers, dates and function words
(``lexicons/entity_non_names.csv``), split at a title ("Broward County Sheriff Scott Israel" →
the place "Broward County", a modifier, and the sheriff Scott Israel), then classified:
gazetteer country, capital or demonym; US state or a place head ("County") — a place, never an
actor; an organisation head ("Ministry", "Coalition", "Inc.") or a news outlet; an acronym; a
person (a first name, a title, or two or more capitalised words); or a single unknown word,
which the clustering step resolves (a surname, a short form of an organisation) or drops.
Every mention's ``text[start:end]`` is the name as written, without a possessive "'s".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import lemma_row_forms, read_csv, textblob_lexicon
from . import gazetteer

# A name word: an initialism ("U.S."), or a capitalised word with inner hyphens and apostrophes
# ("Latter-day", "O'Rourke", "McPeak") and an optional full stop (an abbreviation or a sentence
# end, told apart below).
_UPPER = "A-ZÀ-ÖØ-Þ"
_WORD = rf"(?:[{_UPPER}]\.){{2,}}|[{_UPPER}][\w'’]*(?:-[\w'’]+)*\.?"
_CONNECTORS = "of the|for the|of|for|and|&|the|de|del|da|bin|ibn|van|von|der|al|el|la|le"
# The look-ahead for a capital first fails fast at the many positions where no name starts.
_RUN = re.compile(rf"(?=[{_UPPER}])(?:(?<=\bnow-)|(?<=\bthen-)|(?<=\bex-)|(?<![\w'’.-]))(?:{_WORD})(?:(?:[ \u00a0]|[ \u00a0](?:{_CONNECTORS})[ \u00a0])(?:{_WORD}))*")
_NAME_WORD = re.compile(rf"{_WORD}|(?<=[ \u00a0])(?:{_CONNECTORS})(?=[ \u00a0])")
_POSSESSIVE = re.compile(r"['’]s?$")
_INITIAL = re.compile(rf"^[{_UPPER}]\.$")
_INITIALISM = re.compile(rf"^(?:[{_UPPER}]\.){{2,}}$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,5}$")
# What may stand between a sentence end and the first word of the next sentence.
_OPENING = " \t\"'“‘([\u2014\u2013-"
_SENTENCE_END = ".!?:…\n"
_ABBREVIATIONS = frozenset({"Jr.", "Sr.", "St.", "Mt.", "Ft."})
# "the X" before a name: an organisation's definite article ("the Fed", "the Kremlin").
_DEFINITE = re.compile(r"\b[Tt]he[ \u00a0]+$")
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[ \u00a0]+(?:the[ \u00a0]+)?$")
# Party-state tags ("R-La."), words with digits ("AR-15"), long words in capitals (datelines).
_NOT_A_NAME = re.compile(r"^(?:[RDI]-[A-Z][A-Za-z]*|\S*\d\S*|[A-Z]{7,})$")
# "now-President Trump", "then-Sen. Obama", "ex-Gov. Scott": the title after the prefix.
_TIME_PREFIX = re.compile(r"^(?:now|then|ex|former)-")
# What follows a person's name: an apposition (", a …", ", the …", ", 42,"), "who", a reporting verb.
_AFTER_PERSON = re.compile(r"(?:['’]s)?(?:,[ \u00a0]+(?:a|an|the|who|\d+)\b|[ \u00a0]+(?:who|said|says|told|wrote|added|explained|argued|noted|asked|stated)\b)")
_PEOPLE_PLURAL = re.compile(r"^[A-Z][a-z]+(?:ans|ites)$")
_ABBREVIATED = re.compile(r"^(?:[A-Z]\.)+$|^[A-Z]{2,3}$")
_LAST_WORD = re.compile(r"(\S+)[ \u00a0]+$")
_NEXT_LOWER_WORD = re.compile(r"[ \u00a0]+([a-z]+)")
_FOLLOWED_BY_STATE = re.compile(r"^,[ \u00a0]+([A-Z][a-z]+(?: [A-Z][a-z]+)?)")


@dataclass
class Mention:
    """One way the article names an actor, before clustering.

    ``kind``: person, organisation, country, group, role (a description such as "the company")
    or unknown (a single capitalised word the clustering resolves). ``key`` is what mentions
    cluster on: the name without its title, the country's canonical name, the group's name or
    the role noun. ``via`` says which rule found it.
    """

    start: int
    end: int
    kind: str
    key: str
    via: str
    role: str = ""
    gender: str = ""
    locative: bool = False
    modifier: bool = False
    definite: bool = False


@dataclass(frozen=True)
class Vocabulary:
    """The word lists name spotting reads, built once (`vocabulary`)."""

    titles: dict[str, tuple[str, str]]
    title_words: dict[tuple[str, ...], tuple[str, str]]
    titles_with_of: tuple[str, ...]
    heads: dict[str, str]
    non_names: frozenset[str]
    first_names: dict[str, str]
    countries: dict[str, gazetteer.Place]
    demonym_plurals: dict[str, str]
    places: frozenset[str]
    place_heads: frozenset[str]
    locatives: frozenset[str]
    state_nouns: frozenset[str]
    verbs: frozenset[str]
    capitalised_groups: frozenset[str]
    person_roles: frozenset[str]
    outlets: frozenset[str]
    common_words: frozenset[str]


_NOWHERE = gazetteer.Place("", "")


def _plural_demonym(demonym: str) -> str:
    """The plural noun of a demonym: Israeli → Israelis; Chinese, British, French stay as they are."""
    return demonym if demonym.endswith(("ese", "sh", "ch", "ss", "s")) else demonym + "s"


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Every list the spotter reads, from ``analysis/lexicons`` and the countryinfo data."""
    titles = gazetteer.titles()
    countries = gazetteer.countries()
    plurals = {
        _plural_demonym(term): place.country for term, place in countries.items() if place.kind == "demonym"
    }
    return Vocabulary(
        titles=titles,
        title_words={tuple(term.split(" ")): value for term, value in titles.items()},
        titles_with_of=tuple(term for term in titles if " of " in term),
        heads=gazetteer.organisation_heads(),
        non_names=gazetteer.non_names(),
        first_names=gazetteer.first_names(),
        countries=countries,
        demonym_plurals=plurals,
        places=gazetteer.provinces(),
        place_heads=gazetteer.context_words("place_head"),
        locatives=gazetteer.context_words("locative"),
        state_nouns=gazetteer.context_words("state_noun"),
        verbs=gazetteer.context_words("verb") | frozenset(
            form for row in read_csv("analysis.lexicons", "reporting_verbs.csv") for form in lemma_row_forms(row) if " " not in form
        ),
        capitalised_groups=frozenset(form for form in gazetteer.group_nouns() if form[0].isupper()),
        person_roles=frozenset(
            [role.split(" ")[-1] for role, _ in titles.values() if role]
            + [lemma for lemma, _ in gazetteer.group_nouns().values() if " " not in lemma and lemma.islower()]
        ),
        outlets=frozenset(row["name"] for row in read_csv("analysis.lexicons", "outlets.csv")),
        common_words=frozenset(textblob_lexicon()),
    )


def _is_abbreviation(word: str, vocab: Vocabulary) -> bool:
    """A word whose full stop is part of it (a title, "Inc.", an initial, "U.S.")."""
    return (
        word in vocab.titles
        or word in vocab.heads
        or word in _ABBREVIATIONS
        or bool(_INITIAL.match(word) or _INITIALISM.match(word))
    )


def _pieces(text: str, match: re.Match[str], vocab: Vocabulary) -> list[list[tuple[int, int, str]]]:
    """The words of a capitalised run, cut after a full stop that ends a sentence."""
    pieces: list[list[tuple[int, int, str]]] = [[]]
    for word in _NAME_WORD.finditer(text, match.start(), match.end()):
        start, end, written = word.start(), word.end(), word.group()
        if written.endswith(".") and not _is_abbreviation(written, vocab):
            pieces[-1].append((start, end - 1, written[:-1]))
            pieces.append([])
        elif _POSSESSIVE.search(written) and written[-1] != "'" or written.endswith("s'"):
            # "Florida's Marjory Stoneman Douglas High School": the possessor is a name of its own.
            pieces[-1].append((start, end, written))
            pieces.append([])
        else:
            pieces[-1].append((start, end, written))
    return [_strip_connectors(piece) for piece in pieces if piece]


def _strip_connectors(piece: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A piece without connectors at its ends (a run never starts or ends with "of")."""
    while piece and not piece[0][2][0].isupper():
        piece = piece[1:]
    while piece and not piece[-1][2][0].isupper():
        piece = piece[:-1]
    return piece


def _at_sentence_start(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence (or a line, or a quotation)."""
    i = start - 1
    while i >= 0 and text[i] in _OPENING:
        if text[i] in "\"“‘(":
            return True
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _joined(piece: list[tuple[int, int, str]], text: str) -> str:
    """The piece as written in the text."""
    return text[piece[0][0] : piece[-1][1]]


def _split_at(piece: list[tuple[int, int, str]], connectors: frozenset[str]) -> list[list[tuple[int, int, str]]]:
    """The piece cut at the given connectors (which are dropped)."""
    parts: list[list[tuple[int, int, str]]] = [[]]
    for word in piece:
        if word[2] in connectors:
            parts.append([])
        else:
            parts[-1].append(word)
    return [part for part in parts if part]


_AND = frozenset({"and", "&"})
_OF = frozenset({"of", "for", "of the", "for the"})


def _has_head(piece: list[tuple[int, int, str]], vocab: Vocabulary) -> bool:
    """Whether a word of the piece is an organisation head."""
    return any(word in vocab.heads for _, _, word in piece)


def _split_connectors(piece: list[tuple[int, int, str]], text: str, vocab: Vocabulary) -> list[list[tuple[int, int, str]]]:
    """Keep "and"/"of" inside organisation names and titles; elsewhere they join two names."""
    whole = _joined(piece, text)
    if whole in vocab.non_names or whole in vocab.countries or whole in vocab.outlets:
        return [piece]
    parts = _split_and(piece, vocab)
    if len(parts) == 1 and _has_head(piece, vocab):
        return parts
    keep_of = any(title in whole for title in vocab.titles_with_of)
    return [p for part in parts for p in (_split_at(part, _OF) if not keep_of and not _has_head(part, vocab) else [part])]


def _split_and(piece: list[tuple[int, int, str]], vocab: Vocabulary) -> list[list[tuple[int, int, str]]]:
    """Cut at "and"/"&" unless it joins the words of one organisation's name: kept when just
    one side has a head and neither side starts with a first name or title ("Department of
    Health and Human Services"); cut otherwise ("Jackie Pata and Oneida Nation")."""
    parts = _split_at(piece, _AND)
    if len(parts) == 1:
        return parts
    personal = any(part[0][2] in vocab.first_names or part[0][2] in vocab.titles for part in parts)
    headed = [_has_head(part, vocab) for part in parts]
    # "Jackie Pata and Oneida Nation": a two-word name without a head before an organisation.
    personal = personal or (len(parts[0]) >= 2 and not headed[0] and len(parts[-1]) >= 2 and headed[-1])
    if not personal and any(headed) and not all(headed):
        return [piece]
    return parts


def _trim(piece: list[tuple[int, int, str]], text: str, vocab: Vocabulary) -> list[tuple[int, int, str]]:
    """Drop function words, dates, compound adjectives ("Utah-based") and sentence openers
    from the ends of a piece."""
    if _joined(piece, text) in vocab.outlets:
        return piece
    while piece and _droppable(piece[0][2], vocab):
        piece = _strip_connectors(piece[1:])
    while piece and _droppable(piece[-1][2], vocab):
        piece = _strip_connectors(piece[:-1])
    if not piece or _joined(piece, text) in vocab.non_names:
        return []
    whole = _joined(piece, text)
    # A name written the same way elsewhere, or an organisation's name, keeps its first word
    # at a sentence start ("Internet Research Agency").
    if len(piece) > 1 and (_has_head(piece, vocab) or text.count(whole) > 1):
        return piece
    start, _, word = piece[0]
    known = word in vocab.first_names or word in vocab.countries or word in vocab.titles
    lower = word.rstrip(".").lower()
    rest = _joined(piece[1:], text) if len(piece) > 1 else ""
    if not known and _at_sentence_start(text, start) and (
        lower in vocab.common_words or (rest and rest in vocab.countries) or _written_lower(text, lower)
    ):
        return _trim(_strip_connectors(piece[1:]), text, vocab) if len(piece) > 1 else []
    return piece


def _written_lower(text: str, word: str) -> bool:
    """Whether ``word`` (lower case) is written somewhere in ``text`` as a whole word."""
    at = text.find(word)
    while at >= 0:
        after = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (after >= len(text) or not text[after].isalnum()):
            return True
        at = text.find(word, after)
    return False


def _droppable(word: str, vocab: Vocabulary) -> bool:
    """A word that never starts or ends a name: a non-name, or a compound adjective."""
    if word in vocab.non_names or word.rstrip(".") in vocab.non_names:
        return True
    return "-" in word and word.rsplit("-", 1)[1].islower()


def _find_title(piece: list[tuple[int, int, str]], vocab: Vocabulary) -> tuple[int, int] | None:
    """(first word, word count) of the longest title in the piece that a name follows."""
    words = [_TIME_PREFIX.sub("", w) for _, _, w in piece]
    best = None
    for i in range(len(words)):
        for n in (4, 3, 2, 1):
            if i + n < len(words) and tuple(words[i : i + n]) in vocab.title_words:
                if best is None or n > best[1]:
                    best = (i, n)
                break
        if best is not None:
            return best
    return best


def _before_state(text: str, end: int, vocab: Vocabulary) -> bool:
    """Whether a state or country follows after a comma ("Austin, Texas"): a place."""
    followed = _FOLLOWED_BY_STATE.match(text[end : end + 40])
    return bool(followed and (followed.group(1) in vocab.places or followed.group(1) in vocab.countries))


def _context(text: str, start: int, end: int, vocab: Vocabulary) -> tuple[bool, bool]:
    """(locative, definite): after "in"/"from"/…, or after "the"."""
    before = text[max(0, start - 30) : start]
    previous = _PREVIOUS_WORD.search(before)
    locative = bool(previous and previous.group(1) in vocab.locatives)
    # "the Fed said" names the Fed; "the Parkland shooting" uses the name as a modifier.
    definite = bool(_DEFINITE.search(before)) and not _NEXT_LOWER_WORD.match(text, end)
    return locative, definite


def _classify(piece: list[tuple[int, int, str]], text: str, vocab: Vocabulary) -> Mention | None:
    """What a trimmed piece with no title names (see the module docstring), or None for a place."""
    start, end = piece[0][0], piece[-1][1]
    whole = text[start:end]
    words = [w for _, _, w in piece]
    locative, definite = _context(text, start, end, vocab)
    if whole in vocab.non_names or whole + "." in vocab.non_names or _NOT_A_NAME.match(whole):
        return None
    if whole in vocab.outlets:
        return Mention(start, end, "organisation", whole, "outlet", "paper", locative=locative, definite=definite)
    if whole in vocab.countries:
        place = vocab.countries[whole]
        if place.kind == "demonym":
            # "Israeli strikes" is the state acting; "Israeli officials" a group (qualified there).
            following = _NEXT_LOWER_WORD.match(text, end)
            state_use = bool(following and following.group(1) in vocab.state_nouns)
            return Mention(start, end, "country" if state_use else "demonym", place.country, "demonym")
        if _ABBREVIATED.match(whole) and _NEXT_LOWER_WORD.match(text, end):
            # "U.S. economy", "US supreme court": an attribute, the state acting only before a
            # state noun ("U.S. military"), like a demonym.
            following = _NEXT_LOWER_WORD.match(text, end).group(1)
            acting = following in vocab.state_nouns or following in vocab.verbs or following.endswith("ed")
            return Mention(start, end, "country" if acting else "demonym", place.country, "alias")
        return Mention(start, end, "country", place.country, place.kind, locative=locative, definite=definite)
    if whole in vocab.capitalised_groups:
        return None  # "Republicans": a group noun, found by `descriptions.group_mentions`
    if len(words) > 1 and vocab.countries.get(words[-1], _NOWHERE).kind == "demonym":
        # "Native American" (community): the group's adjective, counted for the group.
        return Mention(start, end, "group", whole[: -len(words[-1])] + _plural_demonym(words[-1]), "demonym plural")
    if whole in vocab.places or words[-1] in vocab.place_heads:
        return None
    if "the" in words[1:-1]:
        # "Change the Mascot", "Bring the Vote Home": a campaign's name.
        return Mention(start, end, "organisation", whole, "name with 'the'", locative=locative, definite=definite)
    heads = [vocab.heads[w] for w in words if w in vocab.heads]
    if heads:
        return Mention(start, end, "organisation", whole, "head", heads[-1], locative=locative, definite=definite)
    if whole in vocab.demonym_plurals or words[-1] in vocab.demonym_plurals:
        return Mention(start, end, "group", whole, "demonym plural")
    if len(words) == 1 and _ACRONYM.match(whole):
        if whole.lower() in vocab.common_words or _written_lower(text, whole.lower()):
            return None  # "NEVER", "GREAT": emphasis in capitals, not an acronym
        return Mention(start, end, "organisation", whole, "acronym", locative=locative, definite=definite)
    if len(words) >= 3 and all(w.isupper() for w in words):
        return None  # a headline in capitals, not a name
    if len(words) == 1 and _before_state(text, end, vocab):
        return None  # "Austin, Texas"
    if len(words) == 1 and _PEOPLE_PLURAL.match(whole):
        return Mention(start, end, "group", whole, "demonym-like plural")  # "Gazans", "Shiites"
    if words[0] in vocab.first_names:
        return Mention(start, end, "person", whole, "first name", gender=vocab.first_names[words[0]])
    if len(words) >= 2:
        first = words[0]
        if first in vocab.countries or first in vocab.places:
            return Mention(start, end, "organisation", whole, "place-named organisation", locative=locative, definite=definite)
        if _person_evidence(text, start, end, words, vocab):
            return Mention(start, end, "person", whole, "capitalised words")
        return None  # an event, a title of a work, a headline in title case: no evidence of a person
    if "-" in whole and whole.rsplit("-", 1)[1].islower():
        return None  # "Republican-controlled": an adjective
    return Mention(start, end, "unknown", whole, "capitalised word", locative=locative, definite=definite)


def _person_evidence(text: str, start: int, end: int, words: list[str], vocab: Vocabulary) -> bool:
    """Whether capitalised words with no first name of the list name a person: one of the
    name's words is written alone elsewhere (not inside another capitalised name, a title
    before it allowed: "Mr. Kim" for "Kim Jong Un"), or the name is followed by an
    apposition, "who" or a reporting verb, or preceded by a lowercase role noun ("lawyer Kody
    Brown")."""
    if len(words[-1]) < 2:
        return False  # "Medicare Part D"
    if any(_written_alone(text, word, start, end, vocab) for word in {words[0], words[-1]} if len(word) > 1):
        return True
    if _AFTER_PERSON.match(text, end):
        return True
    before = _PREVIOUS_WORD.search(text[max(0, start - 30) : start])
    return bool(before and before.group(1) in vocab.person_roles)


def _written_alone(text: str, word: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """Whether ``word`` is written outside ``text[start:end]`` with no capitalised word before
    it other than a title."""
    at = text.find(word)
    while at >= 0:
        after = at + len(word)
        whole_word = (at == 0 or not text[at - 1].isalnum()) and (after >= len(text) or not text[after].isalnum())
        if whole_word and not start <= at < end:
            previous = _LAST_WORD.search(text, max(0, at - 30), at)
            if previous is None or not previous.group(1)[0].isupper() or previous.group(1) in vocab.titles:
                return True
        at = text.find(word, at + 1)
    return False


def _in_capitals(piece: list[tuple[int, int, str]], vocab: Vocabulary) -> list[tuple[int, int, str]]:
    """A transcript's speaker label in capitals ("SECRETARY RUBIO") with its words in title
    case, so its title and name are read as in running text; other pieces as they are."""
    if len(piece) >= 2 and all(word.isupper() and len(word) > 1 for _, _, word in piece):
        titled = [(start, end, word.title()) for start, end, word in piece]
        if _find_title(titled, vocab) is not None:
            return titled
    return piece


def _titled(piece: list[tuple[int, int, str]], text: str, vocab: Vocabulary) -> list[Mention]:
    """Mentions of a piece: a titled person and the modifier before the title, or one name."""
    piece = _in_capitals(piece, vocab)
    found = _find_title(piece, vocab)
    whole = _joined(piece, text)
    if found is None and whole in vocab.titles:
        # "the President" alone is a role description; a bare title names no one.
        role = vocab.titles[whole][0]
        window = max(0, piece[0][0] - 10)
        article = _DEFINITE.search(text[window : piece[0][0]])
        if role and article:
            return [Mention(window + article.start(), piece[-1][1], "role", role, "role description", role)]
        return []
    if found is None:
        mention = _classify(piece, text, vocab)
        return [mention] if mention else []
    i, n = found
    role, gender = vocab.title_words[tuple(_TIME_PREFIX.sub("", w) for _, _, w in piece[i : i + n])]
    while (more := _find_title(piece[i + n :], vocab)) is not None and more[0] == 0:
        # "Lt. Gen. Patrick Frank", "Former Sen. …": titles in a row, the last one names the role.
        role, gender = vocab.title_words[tuple(w for _, _, w in piece[i + n : i + n + more[1]])]
        n += more[1]
    name = piece[i + n :]
    if all(word in vocab.titles for _, _, word in name):
        return []  # "Mr. Secretary": a form of address, no name
    if name and name[0][2] in vocab.first_names and not gender:
        gender = vocab.first_names[name[0][2]]
    person = Mention(piece[i][0], name[-1][1], "person", " ".join(w for _, _, w in name), "title", role, gender)
    mentions = [person]
    if i:
        prefix = _classify(piece[:i], text, vocab)
        if prefix is not None:
            prefix.modifier = True
            mentions.insert(0, prefix)
    return mentions


def _without_possessive(piece: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The last word without "'s" / "’s" / a trailing apostrophe."""
    start, end, word = piece[-1]
    bare = _POSSESSIVE.sub("", word)
    if bare != word and bare:
        piece = [*piece[:-1], (start, end - (len(word) - len(bare)), bare)]
    return piece


def name_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Every name mention of ``text[start:end]``, in text order (see the module docstring)."""
    vocab = vocabulary()
    end = len(text) if end is None else end
    mentions: list[Mention] = []
    for match in _RUN.finditer(text, start, end):
        for piece in _pieces(text, match, vocab):
            for part in _split_connectors(_without_possessive(piece), text, vocab):
                part = _trim(part, text, vocab)
                if part:
                    mentions.extend(_titled(_without_possessive(part), text, vocab))
    return mentions
