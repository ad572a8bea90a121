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

Speed: what a run's string decides by itself (its pieces, cuts, trimming, title and the
classification as far as its words tell) is planned once per distinct string (`run_plan`,
remembered per process: most names repeat within an article and across a corpus); each
occurrence then asks only its context (`article_text.ArticleText`). A run's words, its cuts
and its titles are `name_pieces`; the reporting verbs come through the statements package's
reader.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..statements.lexicons import closed_class
from .article_text import ArticleText, at_sentence_start
from .name_context import DEFINITE as _DEFINITE
from .name_context import NEXT_LOWER_WORD as _NEXT_LOWER_WORD
from .name_context import before_state as _before_state
from .name_context import capital_modifies as _capital_modifies
from .name_context import context as _context
from .name_context import country_of_a_place as _country_of_a_place
from .name_context import spread_locative as _spread_locative
from .gazetteer import PlaceKind
from .modifiers import brill_tag
from .name_pieces import (
    RUN, TIME_PREFIX, TITLE_WORDS, Piece, droppable, find_title, has_head, in_capitals, joined, opening_verb,
    opens_with_title, run_pieces, split_connectors, strip_connectors, surname_after_first_name, without_possessive,
)
from .vocabulary import NOWHERE, Mention, MentionKind, PlanRule, Vocabulary, Via, capitalised_group_plural, person_verbs, plural_demonym, vocabulary

__all__ = ["Mention", "name_mentions", "vocabulary"]

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,5}$")
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[ \u00a0]+(?:the[ \u00a0]+)?$")
# Party-state tags ("R-La."), words with digits ("AR-15"), long words in capitals (datelines).
_NOT_A_NAME = re.compile(r"^(?:[RDI]-[A-Z][A-Za-z]*|\S*\d\S*|[A-Z]{7,})$")
# What follows a person's name: an apposition (", a …", ", the …", ", 42,"), "who", a reporting
# verb (`vocabulary.person_verbs`).
_AFTER_PERSON = re.compile(
    r"(?:['’]s)?(?:,[ \u00a0]+(?:a|an|the|who|\d+)\b|[ \u00a0]+(?:who|"
    + "|".join(sorted(map(re.escape, person_verbs()), key=len, reverse=True))
    + r")\b)"
)
_PEOPLE_PLURAL = re.compile(r"^[A-Z][a-z]+(?:ans|ites)$")
# A surname's shape: a particle fused to a capitalised stem ("McCarthy", "DeVos", "MacLean",
# "DiNapoli", "O'Rourke"): a person written by surname only, where a plain capitalised word
# would need more evidence.
_SURNAME_SHAPE = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|O['’])[A-Z][a-z]{2,}$")
_ABBREVIATED = re.compile(r"^(?:[A-Z]\.)+$|^[A-Z]{2,3}$")
# A market quote after a ticker symbol: "Tesla's shares TSLA, +0.21% have risen".
_QUOTE_CHANGE = re.compile(r",?[ \u00a0]*[+\-\u2212]\d+(?:\.\d+)?%")
# An adherent's noun or adjective in -ist ("a committed Zionist", "the Marxist left"): no body's
# name by itself (a surname in -quist is: "Bergquist").
_ADHERENT = re.compile(r"^[A-Z][a-z]{3,}(?<!qu)(?<!qv)ist$")


# --- Plans: what a run's string decides once, and what is left to its context ---


class _Class(NamedTuple):
    """How a trimmed piece without a title is classified (`_classify_plan`): its `PlanRule`, and
    the `MentionKind`, key, `Via` rule, role and gender of the mention it gives (kind and via
    empty for ``none``)."""

    rule: PlanRule
    kind: str = ""
    key: str = ""
    via: str = ""
    role: str = ""
    gender: str = ""
    fallback: "_Class | None" = None
    ends: tuple[str, ...] = ()


_NONE = _Class(PlanRule.NONE)


def _classify_plan(whole: str, words: list[str], vocab: Vocabulary) -> _Class:
    """What a trimmed piece with no title names (see the module docstring), as far as its words tell."""
    if whole in vocab.non_names or whole + "." in vocab.non_names or _NOT_A_NAME.match(whole):
        return _NONE
    if whole in vocab.outlets:
        return _Class(PlanRule.CONTEXT, MentionKind.ORGANISATION, whole, Via.OUTLET, "paper")
    if whole in vocab.countries:
        place = vocab.countries[whole]
        if place.kind == PlaceKind.DEMONYM:
            # "Israeli strikes" is the state acting; "Israeli officials" a group (qualified there).
            return _Class(PlanRule.DEMONYM, key=place.country)
        if _ABBREVIATED.match(whole):
            # "U.S. economy", "US supreme court": an attribute, the state acting only before a
            # state noun ("U.S. military"), like a demonym.
            return _Class(PlanRule.ABBREVIATED, MentionKind.COUNTRY, place.country, Via(place.kind))
        return _Class(PlanRule.CONTEXT, MentionKind.COUNTRY, place.country, Via(place.kind))
    if whole in vocab.capitalised_groups:
        return _NONE  # "Republicans": a group noun, found by `descriptions.group_mentions`
    if capitalised_group_plural(whole, vocab):
        return _NONE  # "Critics say …": a sentence's capital on a group noun, found as the group
    if len(words) > 1 and vocab.countries.get(words[-1], NOWHERE).kind == PlaceKind.DEMONYM:
        # "Native American" (community): the group's adjective, counted for the group.
        return _Class(PlanRule.FIXED, MentionKind.GROUP, whole[: -len(words[-1])] + plural_demonym(words[-1]), Via.DEMONYM_PLURAL)
    if whole in vocab.states:
        return _Class(PlanRule.PROVINCE, MentionKind.COUNTRY, whole, Via.US_STATE)  # a place unless it acts (`_province_acts`)
    if whole in vocab.places or (words[-1] in vocab.place_heads and words[-2:-1] != ["of"]):  # not "Department of War"
        return _NONE
    if words[-1] in vocab.party_adjectives:
        # "House Democratic leaders", "New Hampshire Democratic Senator": an adjective, no
        # name; it qualifies a group noun after it, like a demonym.
        return _Class(PlanRule.FIXED, MentionKind.DEMONYM, whole, Via.DEMONYM)
    if "the" in words[1:-1]:
        # "Change the Mascot", "Bring the Vote Home": a campaign's name.
        return _Class(PlanRule.CONTEXT, MentionKind.ORGANISATION, whole, Via.NAME_WITH_THE)
    heads = [vocab.heads[w] for w in words if w in vocab.heads]
    if heads:
        return _Class(PlanRule.CONTEXT, MentionKind.ORGANISATION, whole, Via.HEAD, heads[-1])
    if len(words) == 2 and words[1] in vocab.capitalised_groups and words[1].endswith("s") and _qualifies_group(words[0], vocab):
        # "Arab Muslims", "American Jews", "Judiciary Republicans": a group noun qualified by a
        # capitalised word, no person or body ("Senate Republicans" has a head, read above).
        return _Class(PlanRule.FIXED, MentionKind.GROUP, whole, Via.DEMONYM_PLURAL)
    if len(words) > 1 and vocab.programme_words.intersection(words):
        return _NONE  # "Medicare Advantage", "Romney-Ryan Medicare": a plan (a head wins: "Medicare Payment Advisory Commission")
    if whole in vocab.demonym_plurals or words[-1] in vocab.demonym_plurals:
        return _Class(PlanRule.FIXED, MentionKind.GROUP, whole, Via.DEMONYM_PLURAL)
    if len(words) == 1 and _ACRONYM.match(whole):
        if whole.lower() in vocab.common_words:
            return _NONE  # "NEVER", "GREAT": emphasis in capitals, not an acronym
        rule = PlanRule.WORD_IN_CAPITALS if word_in_capitals(whole, vocab) else PlanRule.ACRONYM
        return _Class(rule, MentionKind.ORGANISATION, whole, Via.ACRONYM)
    if len(words) >= 3 and all(w.isupper() for w in words):
        return _NONE  # a headline in capitals, not a name
    if len(words) == 1:
        fallback = _single_word_plan(whole, words, vocab)
        return _NONE if fallback is _NONE else _Class(PlanRule.SINGLE, fallback=fallback)
    if len(words) == 2 and words[1] in _PARTY_MEMBER and (words[0] in vocab.places or words[0] in vocab.countries):
        return _NONE  # "a Virginia Democrat", "an Iowa Republican": a person's description, no name
    given = words[1] if len(words) > 2 and _is_initial(words[0]) else words[0]  # "W. Joseph King", "J. Edgar Hoover"
    if given in vocab.first_names:
        return _Class(PlanRule.FIXED, MentionKind.PERSON, whole, Via.FIRST_NAME, gender=vocab.first_names[given])
    if words[0] in vocab.countries or words[0] in vocab.places:
        return _Class(PlanRule.CONTEXT, MentionKind.ORGANISATION, whole, Via.PLACE_NAMED_ORGANISATION)
    if len(words[-1]) < 2 or words[0] in vocab.place_prefixes:
        return _NONE  # "Medicare Part D"; "El Paso", "San Bernardino": a place
    if _particle_name(words):
        return _Class(PlanRule.FIXED, MentionKind.PERSON, whole, Via.CAPITALISED_WORDS)
    if _dictionary_words(words):
        # "Planned Parenthood", "Social Security", "Citizens United": a body's or programme's name,
        # no person's; an unknown the clustering keeps on evidence (written twice, after "the").
        return _Class(PlanRule.CONTEXT, MentionKind.UNKNOWN, whole, Via.DICTIONARY_WORDS)
    # An event, a title of a work, a headline in title case unless a person is evidenced.
    surname = words[-2] if len(words) > 2 and words[-1] in _NAME_SUFFIXES else words[-1]  # "King" of "… King Jr."
    return _Class(PlanRule.EVIDENCE, MentionKind.PERSON, whole, Via.CAPITALISED_WORDS, ends=(words[0], surname))


# Name particles of persons' names only (name_connectors.csv also holds "de", "la": "Rio de Janeiro").
_PERSON_PARTICLES = frozenset({"bin", "ibn", "von", "van", "al", "el"})


def _particle_name(words: list[str]) -> bool:
    """Whether capitalised words joined by a person's name particle are a person ("Osama bin
    Laden", "Ursula von der Leyen"), whatever the first word: no body's name is so written."""
    return len(words) >= 3 and words[-1][0].isupper() and any(w in _PERSON_PARTICLES for w in words[1:-1])


def _role_before_person(piece: Piece, vocab: Vocabulary) -> int:
    """Where a role noun stands in a name of a body, a role and a person (0 when not so): an
    organisation head before it, a common English word in capitals ("Chief", "Counsel",
    "Spokesman", "Administrator"), then a first name and one surname ending the piece:
    "Police Chief Dan Oates" → 1. A body's name ending in a person's ("Jane Roe Foundation")
    has the head last, and is not read so."""
    words = [w for _, _, w in piece]
    if len(words) < 4 or words[-2] not in vocab.first_names or words[-1] in vocab.heads:
        return 0
    at = len(words) - 3
    role = words[at]
    if not role[0].isupper() or role in vocab.heads or role.lower() not in vocab.english_words or not any(w in vocab.heads for w in words[:at]):
        return 0
    return at


def _qualifies_group(word: str, vocab: Vocabulary) -> bool:
    """Whether a capitalised word may qualify a plural group noun after it ("Arab", "Southern",
    "Iowa"): not a verb's -ing form opening a sentence ("Scapegoating Muslims"), a function word
    or a determiner ("Several Republicans", "Eight Democrats")."""
    lower = word.lower()
    return not (lower.endswith("ing") or lower in vocab.function_words or brill_tag(lower) in ("CD", "DT", "JJS"))


def _is_initial(word: str) -> bool:
    """Whether a word is an initial ("W.")."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def _dictionary_words(words: list[str]) -> bool:
    """Whether every word of a name is an English word of Brill's lexicon (textblob's
    ``en-lexicon.txt``, MIT) in lower case, as a surname or given name seldom all are ("Planned
    Parenthood", "Homeland Security"; not "Kody Brown", "Jeb Bush")."""
    from textblob.en import lexicon

    return all(word.lower() in lexicon for word in words)


def word_in_capitals(whole: str, vocab: Vocabulary) -> bool:
    """Whether a word in capitals is a common English word (Brill's lexicon, any tag but a
    name's) or a place: emphasis or a heading ("OH. MY. GOD.", "AT HOME", "SYRIA If anything
    …") unless its context makes it an acronym (`PlanRule.WORD_IN_CAPITALS`); a
    ``word_acronym`` of entity_context.csv ("ICE", "WHO") is always an acronym.
    ``word_in_capitals("HOME", vocab)`` is True, "FBI" and "UN" False."""
    if whole in vocab.word_acronyms:
        return False
    title = whole.title()
    return whole.lower() in vocab.english_words or title in vocab.countries or title in vocab.places


def _single_word_plan(whole: str, words: list[str], vocab: Vocabulary) -> _Class:
    """What one capitalised word is when no state follows it (`_classify_plan`)."""
    if len(whole.rstrip(".")) < 2:
        return _NONE  # "S" of "S&P", "U.": no actor's name
    if _ADHERENT.match(whole):
        # "a committed Zionist", "Islamist gunmen": an adherent or adjective, a modifier like a demonym
        return _Class(PlanRule.FIXED, MentionKind.DEMONYM, whole, Via.DEMONYM)
    if _PEOPLE_PLURAL.match(whole):
        return _Class(PlanRule.FIXED, MentionKind.GROUP, whole, Via.DEMONYM_LIKE_PLURAL)  # "Gazans", "Shiites"
    if len(words) == 2 and words[1] in _PARTY_MEMBER and (words[0] in vocab.places or words[0] in vocab.countries):
        return _NONE  # "a Virginia Democrat", "an Iowa Republican": a person's description, no name
    given = words[1] if len(words) > 2 and _is_initial(words[0]) else words[0]  # "W. Joseph King", "J. Edgar Hoover"
    if given in vocab.first_names:
        return _Class(PlanRule.FIXED, MentionKind.PERSON, whole, Via.FIRST_NAME, gender=vocab.first_names[given])
    if "-" in whole and whole.rsplit("-", 1)[1].islower():
        return _NONE  # "Republican-controlled": an adjective
    if _SURNAME_SHAPE.match(whole):
        return _Class(PlanRule.FIXED, MentionKind.PERSON, whole, Via.SURNAME_SHAPE)
    return _Class(PlanRule.CONTEXT, MentionKind.UNKNOWN, whole, Via.CAPITALISED_WORD)


class _Titled(NamedTuple):
    """The mentions a trimmed piece gives (`_titled_plan`): a bare title ``role`` ("the
    President", a role description when "the" is before it), or an untitled name ``name``, or
    a titled ``person`` ((start, end, key, role, gender)) with the ``prefix`` before its title
    (a modifier: "Broward County" of "Broward County Sheriff Scott Israel")."""

    start: int = 0
    end: int = 0
    role: str = ""
    name: _Class | None = None
    person: tuple[int, int, str, str, str] | None = None
    prefix: _Class | None = None
    prefix_end: int = 0


_NOTHING = _Titled()


_NAME_SUFFIXES = frozenset(closed_class("name_suffix"))
# A party member's noun ("Democrat", "Republican"; the class's plurals name groups).
_PARTY_MEMBER = frozenset(word for word in closed_class("party_word") if not word.endswith("s"))


def _titled_plan(piece: Piece, run: str, vocab: Vocabulary) -> _Titled:
    """Mentions of a piece: a titled person and the modifier before the title, or one name."""
    piece = in_capitals(piece, vocab)
    found = find_title(piece, vocab)
    whole = joined(piece, run)
    start, end = piece[0][0], piece[-1][1]
    if found is None and whole in vocab.titles:
        # "the President" alone is a role description; a bare title names no one.
        role = vocab.titles[whole][0]
        return _Titled(start, end, role=role) if role else _NOTHING
    if found is None:
        role_at = _role_before_person(piece, vocab)
        if role_at:
            # "Police Chief Dan Oates", "White House Counsel Don McGahn": a body, a role noun
            # in capitals and a person; the body is the modifier before the role, as before a title.
            name = piece[role_at + 1 :]
            role = piece[role_at][2].lower()
            person = (name[0][0], name[-1][1], " ".join(w for _, _, w in name), role, vocab.first_names[name[0][2]])
            prefix = _classify_plan(joined(piece[:role_at], run), [w for _, _, w in piece[:role_at]], vocab)
            return _Titled(start, end, person=person, prefix=prefix, prefix_end=piece[role_at - 1][1])
        return _Titled(start, end, name=_classify_plan(whole, [w for _, _, w in piece], vocab))
    i, n = found
    role, gender = vocab.title_words[tuple(TIME_PREFIX.sub("", w) for _, _, w in piece[i : i + n])]
    # Only a title right after the last one continues the chain, and a title has at most
    # TITLE_WORDS words and needs a word after it, so the next TITLE_WORDS + 1 words decide: the
    # chain costs linear time even in "Mr. Mr. Mr. …" (issue 14's pathological inputs).
    while (more := find_title(piece[i + n : i + n + TITLE_WORDS + 1], vocab)) is not None and more[0] == 0:
        # "Lt. Gen. Patrick Frank", "Former Sen. …": titles in a row, the last one names the role.
        role, gender = vocab.title_words[tuple(w for _, _, w in piece[i + n : i + n + more[1]])]
        n += more[1]
    name = piece[i + n :]
    if name and not name[0][2][0].isupper() and len(name) >= 3 and name[-2][2] in vocab.first_names:
        # "Speaker of the House John Boehner": the office's name, then the person holding it.
        name = name[-2:]
    elif name and (name[-1][2] in vocab.heads or not name[0][2][0].isupper()):
        # "Justice Department", "Justice Center", "Secretary of State": the title word opens a
        # body's or an office's name, no titled person ("Department", "of State").
        return _Titled(start, end, name=_classify_plan(whole, [w for _, _, w in piece], vocab))
    if name and all(word in _NAME_SUFFIXES for _, _, word in name):
        # "Martin Luther King Jr.": the title word is the surname before a generational suffix.
        return _Titled(start, end, name=_classify_plan(whole, [w for _, _, w in piece], vocab))
    if all(word in vocab.titles for _, _, word in name):
        return _NOTHING  # "Mr. Secretary": a form of address, no name
    if name and name[0][2] in vocab.first_names and not gender:
        gender = vocab.first_names[name[0][2]]
    person = (piece[i][0], name[-1][1], " ".join(w for _, _, w in name), role, gender)
    prefix = None
    if i:
        prefix = _classify_plan(joined(piece[:i], run), [w for _, _, w in piece[:i]], vocab)
    return _Titled(start, end, person=person, prefix=prefix, prefix_end=piece[i - 1][1] if i else 0)


class _Trim(NamedTuple):
    """A part of a run trimmed of non-names at its ends (`_trim_plan`), and what its context
    decides: whether its first word is a sentence opener to drop (Mikheev et al. 1999). It is
    kept as it is when ``decided`` (an outlet, an organisation's name), or when ``repeated``
    and the article writes it more than once; else its first word, at a sentence start, is
    dropped when ``opener`` and (``common``, or the article writes ``lower`` in lower case),
    leaving ``rest`` (planned when first needed, `_rest_plan`)."""

    piece: Piece
    whole: str = ""
    decided: bool = False
    repeated: bool = False
    opener: bool = False
    common: bool = False
    lower: str = ""
    rest: Piece = ()
    run: str = ""
    titled: _Titled = _NOTHING


_EMPTY = _Trim(())


def _trim_plan(piece: Piece, run: str, vocab: Vocabulary) -> _Trim:
    """Drop function words, dates, compound adjectives ("Utah-based") from the ends of a
    piece; say how a sentence opener would be dropped."""
    if joined(piece, run) in vocab.outlets:
        return _Trim(piece, decided=True, titled=_titled_plan(without_possessive(piece), run, vocab))
    while piece and (droppable(piece[0][2], vocab) or opening_verb(piece, vocab)):
        piece = strip_connectors(piece[1:])
    while piece and droppable(piece[-1][2], vocab) and not surname_after_first_name(piece, vocab):
        piece = strip_connectors(piece[:-1])
    if not piece or joined(piece, run) in vocab.non_names:
        return _EMPTY
    whole = joined(piece, run)
    titled = _titled_plan(without_possessive(piece), run, vocab)
    # An organisation's name keeps its first word at a sentence start ("Internet Research
    # Agency"); so does a name written the same way elsewhere (`_trimmed`).
    if len(piece) > 1 and has_head(piece, vocab):
        return _Trim(piece, whole, decided=True, titled=titled)
    word = piece[0][2]
    known = _particle_name([w for _, _, w in piece]) or word in vocab.first_names or word in vocab.countries or whole in vocab.countries or word in vocab.titles or opens_with_title(piece, run, vocab)
    lower = word.rstrip(".").lower()
    others = joined(piece[1:], run) if len(piece) > 1 else ""
    common = lower in vocab.common_words or lower in vocab.function_words or bool(others and others in vocab.countries)
    rest = strip_connectors(piece[1:]) if len(piece) > 1 and not known else ()
    return _Trim(piece, whole, False, len(piece) > 1, not known, common, lower, rest, run, titled)


@lru_cache(maxsize=4096)
def _rest_plan(run: str, rest: Piece) -> _Trim:
    """The plan of what is left of a part of ``run`` when its opener is dropped (`_Trim`)."""
    return _trim_plan(rest, run, vocabulary())


# Run strings whose plans are remembered (a plan depends on the run's string and the word lists
# only; an article of 1,000 words has about 100 runs, a corpus repeats most names).
RUN_PLANS = 50_000


@lru_cache(maxsize=RUN_PLANS)
def run_plan(run: str) -> tuple[_Trim, ...]:
    """The trimmed parts of a capitalised run, each with its mentions' plan (remembered per
    process: `forget_plans` empties it)."""
    vocab = vocabulary()
    plans = (
        _trim_plan(part, run, vocab)
        for piece in run_pieces(run, vocab)
        if piece  # "Yemen's al-Qaeda": a fused article alone after a possessive leaves an empty piece
        for part in split_connectors(without_possessive(piece), run, vocab)
    )
    return tuple(plan for plan in plans if plan.piece)  # "The", "But": nothing left, nothing to read


# --- The article's context: what each occurrence of a run is ---


def _trimmed(node: _Trim | None, offset: int, article: ArticleText) -> _Trim | None:
    """The part as trimmed at this occurrence: its first word dropped at a sentence start when
    it is an opener (see `_Trim`), or None when nothing is left."""
    while node is not None and node.piece:
        if node.decided or (node.repeated and article.count(node.whole) > 1):
            return node
        if (
            node.opener
            and at_sentence_start(article.text, offset + node.piece[0][0])
            and (node.common or article.written_lower(node.lower))
        ):
            node = _rest_plan(node.run, node.rest) if node.rest else None
            continue
        return node
    return None


def _person_evidence(plan: _Class, start: int, end: int, article: ArticleText, vocab: Vocabulary) -> bool:
    """Whether capitalised words with no first name of the list name a person: one of the
    name's words is written alone elsewhere (not inside another capitalised name, a title
    before it allowed: "Mr. Kim" for "Kim Jong Un"), or the name is followed by an
    apposition, "who" or a reporting verb, or preceded by a lowercase role noun ("lawyer Kody
    Brown")."""
    text = article.text
    if any(article.written_alone(word, start, end, vocab) for word in set(plan.ends) if len(word) > 1):
        return True
    if _AFTER_PERSON.match(text, end):
        return True
    before = _PREVIOUS_WORD.search(text[max(0, start - 30) : start])
    return bool(before and before.group(1) in vocab.person_roles)


# `_classified` runs for every name occurrence: what it tests is read once into module names
# (speed: in Python 3.11 an enum member read off its class costs four times a global's read).
_RULE_FIXED, _RULE_SINGLE, _RULE_EVIDENCE, _RULE_CONTEXT, _VIA_CAPITAL = (PlanRule.FIXED, PlanRule.SINGLE, PlanRule.EVIDENCE, PlanRule.CONTEXT, Via.CAPITAL)
_RULE_DEMONYM, _RULE_ABBREVIATED, _RULE_ACRONYM, _RULE_NONE = PlanRule.DEMONYM, PlanRule.ABBREVIATED, PlanRule.ACRONYM, PlanRule.NONE
_RULE_WORD_IN_CAPITALS, _RULE_PROVINCE = PlanRule.WORD_IN_CAPITALS, PlanRule.PROVINCE
# Brill's tags of a finite verb: a province right before one is its subject, the state acting.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "MD", "VBN"})  # VBN: "legalized" is often tagged so
# Words before a province that make it no subject: an article ("the Texas we know") or a
# preposition of the lists below (the locatives are read by `_context`).
_NOT_SUBJECT_BEFORE = re.compile(r"(?:\b(?:the|a|an|of|like|than|as|and|or|for|with|by|to|about|between|against)|[’'‘“\-])[ \u00a0]*$", re.IGNORECASE)


_QUANTITY_AFTER = re.compile(r"(?:[ \u00a0]+(?:had|been|only|just|about|nearly|almost|roughly|over|more|than))*[ \u00a0]+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|more|fewer|no)\b)")
_LOWER_WORD_BEFORE = re.compile(r"\b([a-z]+)[ \u00a0]+$")
# Brill's tags of a word before a state that make the state no subject: an adjective, a noun,
# a verb (the state its object), a preposition other than a subordinator.
_NOT_BEFORE_SUBJECT_TAGS = frozenset({"JJ", "NN", "NNS", "VB", "VBD", "VBN", "VBG", "VBP", "VBZ", "IN"})
_SUBORDINATORS = frozenset({"that", "after", "because", "while", "since", "if", "although", "though", "whether", "until", "unless", "once", "before"})
_DIRECTIONS = frozenset({"south", "north", "east", "west", "inland", "downstate"})


def _not_before_subject(word: str) -> bool:
    """Whether a lowercase word right before a state makes it no subject (`_province_acts`)."""
    return word in _DIRECTIONS or (word not in _SUBORDINATORS and brill_tag(word) in _NOT_BEFORE_SUBJECT_TAGS)
_WORD_BEFORE_COMMA = re.compile(r"([A-Z][\w.]*),[ \u00a0]+$")


def _after_city(text: str, start: int, vocab: Vocabulary) -> bool:
    """Whether a capitalised name and a comma stand before ``start`` ("San Jose, California"),
    not a date word that opens the sentence ("On Sunday, California did …")."""
    before = _WORD_BEFORE_COMMA.search(text, max(0, start - 30), start)
    return bool(before) and before.group(1) not in vocab.non_names


def _province_acts(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """Whether a US state (`vocab.states`) is the state acting: right
    before a finite verb ("California chose to flout the F.C.C.", "after Colorado legalized pot",
    "Texas has sued"), not after a locative, an article, a preposition or a conjunction ("in
    California", "voters of Ohio said", "Iowa and Ohio voted": a list is no evidence) or a comma
    ("San Jose, California voted": the city's state) or an adjective or noun ("in suburban
    Virginia ordered"), nor before a noun ("California law") or a quantity held ("Texas has 15 of
    the 100 best")."""
    following = _NEXT_LOWER_WORD.match(text, end)
    if not following or text[end : following.start(1)].strip():
        return False
    word = following.group(1)
    if not (brill_tag(word) in _FINITE_TAGS or word in vocab.verbs) or word == "have":
        return False  # "small town Mississippi have": a state takes "has"
    if word in ("has", "had") and _QUANTITY_AFTER.match(text, following.end()):
        return False  # "Texas has 15 of the 100 best": what the place holds, no act
    previous = _LOWER_WORD_BEFORE.search(text, max(0, start - 30), start)
    if previous and _not_before_subject(previous.group(1)):
        return False  # "in suburban Virginia ordered", "push to win California is", "Attention on California is"
    if _NOT_SUBJECT_BEFORE.search(text, max(0, start - 12), start) or _after_city(text, start, vocab):
        return False  # "San Jose, California voted": a city's state
        return False
    return not _context(text, start, end, vocab)[0]
_WORD_BEFORE = re.compile(r"(\S+)[ \u00a0]+$")


def heading_word(text: str, start: int) -> bool:
    """Whether a word in capitals at ``start`` is part of a heading or of emphasis: it opens a
    sentence or a line, or follows another word in capitals ("AT HOME The next …": both words);
    "the terrorism monitoring group SITE", "Gays Against Guns, or GAG" are in running text (a
    transcript's speaker label, "TRUMP:", is read by `_classified` before this)."""
    if at_sentence_start(text, start):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return bool(before and before.group(1).isupper() and before.group(1).isalpha())


def _classified(plan: _Class, start: int, end: int, article: ArticleText, vocab: Vocabulary) -> Mention | None:
    """The mention a classified piece is at ``text[start:end]`` (see `_Class`), or None."""
    rule, text = plan.rule, article.text
    if rule == _RULE_FIXED:
        return Mention(start, end, plan.kind, plan.key, plan.via, plan.role, plan.gender)
    if rule == _RULE_SINGLE:
        return None if _before_state(text, end, vocab) else _classified(plan.fallback, start, end, article, vocab)
    if rule == _RULE_EVIDENCE:
        return Mention(start, end, MentionKind.PERSON, plan.key, plan.via) if _person_evidence(plan, start, end, article, vocab) else None
    if rule == _RULE_DEMONYM or rule == _RULE_ABBREVIATED:  # the state only when what follows makes it act
        following = _NEXT_LOWER_WORD.match(text, end)
        if rule == _RULE_DEMONYM:
            state_use = bool(following and following.group(1) in vocab.state_nouns)
            return Mention(start, end, MentionKind.COUNTRY if state_use else MentionKind.DEMONYM, plan.key, Via.DEMONYM)
        if following:
            word = following.group(1)
            # "the U.S. as a partner": a preposition after it ends the noun phrase, so the
            # abbreviation is the country itself, not a modifier ("the U.S. assessment").
            acting = word in vocab.state_nouns or word in vocab.verbs or word.endswith("ed") or word in vocab.noun_followers
            # "moved to the U.S. is …": where, not who, whatever follows.
            locative = acting and _context(text, start, end, vocab)[0]
            return Mention(start, end, MentionKind.COUNTRY if acting else MentionKind.DEMONYM, plan.key, Via.ALIAS, locative=locative)
    elif rule == _RULE_CONTEXT and plan.via == _VIA_CAPITAL and _capital_modifies(text, start, end, vocab):
        # "the Paris climate accord": after "the" and before a noun the city names a thing,
        # like a demonym; "Beijing said", "accused New Delhi of" are the government.
        return Mention(start, end, MentionKind.DEMONYM, plan.key, Via.CAPITAL)
    elif (rule == _RULE_ACRONYM or rule == _RULE_WORD_IN_CAPITALS) and (article.written_lower(plan.key.lower()) or _QUOTE_CHANGE.match(text, end)):
        return None  # "NEVER", "GREAT": emphasis in capitals, not an acronym; "TSLA, +0.21%": a ticker
    elif rule == _RULE_WORD_IN_CAPITALS and heading_word(text, start) and not text.startswith(":", end):
        return None  # "AT HOME The next president …", "OH. MY. GOD.": a heading or emphasis
    elif rule == _RULE_NONE:
        return None
    elif rule == _RULE_PROVINCE:
        return Mention(start, end, plan.kind, plan.key, plan.via) if _province_acts(text, start, end, vocab) else None
    locative, definite = _context(text, start, end, vocab)
    if not locative and plan.kind == _COUNTRY_KIND and text.startswith(", ", start - 2):
        locative = _country_of_a_place(text, start, end, vocab.locatives)  # "in Sydney, Australia."
    return Mention(start, end, plan.kind, plan.key, plan.via, plan.role, locative=locative, definite=definite)


_COUNTRY_KIND = MentionKind.COUNTRY


def _mentions(plan: _Titled, offset: int, article: ArticleText, vocab: Vocabulary) -> list[Mention]:
    """The mentions of a trimmed part at this occurrence (see `_Titled`)."""
    if plan.name is not None:
        mention = _classified(plan.name, offset + plan.start, offset + plan.end, article, vocab)
        return [mention] if mention else []
    if plan.person is not None:
        start, end, key, role, gender = plan.person
        mentions = [Mention(offset + start, offset + end, MentionKind.PERSON, key, Via.TITLE, role, gender)]
        if plan.prefix is not None:
            prefix = _classified(plan.prefix, offset + plan.start, offset + plan.prefix_end, article, vocab)
            if prefix is not None:
                prefix.modifier = True
                mentions.insert(0, prefix)
        return mentions
    if plan.role:
        start = offset + plan.start
        window = max(0, start - 10)
        article_word = _DEFINITE.search(article.text[window:start])
        if article_word:
            return [Mention(window + article_word.start(), offset + plan.end, MentionKind.ROLE, plan.role, Via.ROLE_DESCRIPTION, plan.role)]
    return []


def forget_plans() -> None:
    """Empty the remembered run plans (`run_plan`), so that a benchmark can time a cold start."""
    run_plan.cache_clear()
    _rest_plan.cache_clear()


def name_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Every name mention of ``text[start:end]``, in text order (see the module docstring).

    A run's string is planned once (`run_plan`: most names repeat, within an article and
    across a corpus), and each occurrence is then read in its context."""
    vocab = vocabulary()
    end = len(text) if end is None else end
    article = ArticleText(text)
    mentions: list[Mention] = []
    for match in RUN.finditer(text, start, end):
        offset = match.start()
        for part in run_plan(match.group()):
            node = _trimmed(part, offset, article)
            if node is not None:
                mentions.extend(_mentions(node.titled, offset, article, vocab))
    _spread_locative(mentions, text)
    return mentions

