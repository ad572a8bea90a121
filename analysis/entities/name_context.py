"""The context of a name occurrence: whether it stands where a place stands, after "the", or
before a state ("Austin, Texas"), for `names` (each occurrence of a planned run asks these).

A locative preposition before a name makes it a place ("in Chicago", "from the Kremlin"), also
across one adjective ("in neighbouring Spain") and for the names coordinated with it ("in Spain
and Peru"); "the" before it is an organisation's definite article ("the Fed said"), unless a
lowercase word follows (a modifier: "the Parkland shooting"); a capital after "the" before a
noun names a thing ("the Paris climate accord"), not the government.
"""

from __future__ import annotations

import re

from ..statements.lexicons import closed_class
from .vocabulary import Mention, MentionKind, Vocabulary

# Function words that end a phrase ("and", "which", "is"): a name before one modifies nothing.
_PHRASE_STOPS = frozenset(closed_class("stop"))
# "the X" before a name: an organisation's definite article ("the Fed", "the Kremlin").
DEFINITE = re.compile(r"\b[Tt]he[ \u00a0]+$")
NEXT_LOWER_WORD = re.compile(r"[ \u00a0]+([a-z]+)")
_FOLLOWED_BY_STATE = re.compile(r"^,[ \u00a0]+([A-Z][a-z]+(?: [A-Z][a-z]+)?)")
# An adjective between a locative preposition and a name ("in neighbouring Spain", "across
# the western United States", "in political Washington"): only a word of an adjective's
# ending, so that "to punish Spain" (a verb after "to") stays the state acted on.
_ADJECTIVE_ENDINGS = ("ing", "al", "ern", "ic", "ed", "ful", "ous", "ive", "ary", "ian")
# Between two conjuncts: "in Spain and Peru", "in Lima, Peru, and Quito".
_CONJUNCTION = re.compile(r"(?:,[ \u00a0]*|,?[ \u00a0]+(?:and|or)[ \u00a0]+)")


def context(text: str, start: int, end: int, vocab: Vocabulary) -> tuple[bool, bool]:
    """(locative, definite): after "in"/"from"/…, or after "the"."""
    before = text[max(0, start - 40) : start]
    locative = after_locative(before.rsplit(None, 3)[-3:], vocab.locatives)  # the last three words
    # "the Fed said" names the Fed; "the Parkland shooting" uses the name as a modifier.
    definite = ends_with_the(before) and not NEXT_LOWER_WORD.match(text, end)
    return locative, definite


def ends_with_the(before: str) -> bool:
    """``bool(DEFINITE.search(before))`` by string tests ("in the " is; "bathe ", "the" are not),
    for speed (a search tries the pattern at each of the window's characters). `DEFINITE`'s
    ``$`` also matches before a final newline; its ``\b`` wants no word character (a letter,
    digit or "_") before the "the"."""
    if before.endswith("\n"):
        before = before[:-1]
    bare = before.rstrip(" \u00a0")
    if len(bare) == len(before) or not bare.endswith(("the", "The")):
        return False
    return len(bare) == 3 or not (bare[-4].isalnum() or bare[-4] == "_")


def after_locative(words: list[str], locatives: frozenset[str]) -> bool:
    """Whether the last words before a name are a locative preposition, "the" and an adjective
    (each of the last two optional): "in Spain", "from the Kremlin", "in neighbouring Spain"."""
    if words and words[-1].islower() and words[-1].endswith(_ADJECTIVE_ENDINGS):
        words = words[:-1]  # the adjective
    if words and words[-1] == "the":
        words = words[:-1]
    return bool(words) and words[-1].lstrip("(\"“‘'").lower() in locatives


# A place's country closes its phrase: punctuation (or the text's end) right after it.
_PHRASE_END = frozenset(".,;:)\n")
PLACE_WORDS = 3  # the most capitalised words of the place before the comma ("San Juan Capistrano")


def country_of_a_place(text: str, start: int, end: int, locatives: frozenset[str]) -> bool:
    """Whether a country at ``text[start:end]`` is the country of a place a locative opens:
    "attacked in Sydney, Australia.", "born in Dorado, Puerto Rico." (a comma, the place's
    capitalised words, a locative preposition before them; punctuation after the country), so
    a place too. Not "In Moscow, Russia's envoy said" (a possessive follows)."""
    if text[start - 2 : start] != ", " or (end < len(text) and text[end] not in _PHRASE_END):
        return False
    words = text[max(0, start - 60) : start - 2].split()[-(PLACE_WORDS + 3) :]
    place = 0
    while place < min(PLACE_WORDS, len(words)) and words[-1 - place][:1].isupper():
        place += 1
    return 0 < place < len(words) and after_locative(words[: len(words) - place], locatives)


def before_state(text: str, end: int, vocab: Vocabulary) -> bool:
    """Whether a state or country follows after a comma ("Austin, Texas", "Parkland, Fla."): a place."""
    followed = _FOLLOWED_BY_STATE.match(text[end : end + 40])
    if not followed:
        return False
    state = followed.group(1)
    if state in vocab.places or state in vocab.countries:
        return True
    return text.startswith(".", end + followed.end(1)) and state + "." in vocab.state_abbreviations


# The mentions a coordinated locative makes places (a named organisation or person stays).
_PLACE_LIKE_KINDS = frozenset({MentionKind.COUNTRY, MentionKind.UNKNOWN})


def spread_locative(mentions: list[Mention], text: str) -> None:
    """A country or unknown name coordinated with a place after a locative preposition is a
    place too: "in Spain and Peru", "in Lima, Peru, and Quito" (Peru and Quito)."""
    for previous, mention in zip(mentions, mentions[1:]):
        if previous.locative and not mention.locative and mention.kind in _PLACE_LIKE_KINDS:
            if _CONJUNCTION.fullmatch(text, previous.end, mention.start):
                mention.locative = True


def _after_the(text: str, start: int) -> bool:
    """Whether "the" is written just before a name ("the Paris climate accord")."""
    return ends_with_the(text[max(0, start - 10) : start])


def _modifies_noun(text: str, end: int, vocab: Vocabulary) -> bool:
    """Whether a lowercase word that is no verb, state noun, preposition or other function word
    follows a name (the name then modifies it: "the Paris climate accord", not "Washington and
    its allies" or "Washington moves to …")."""
    following = NEXT_LOWER_WORD.match(text, end)
    if not following:
        return False
    word = following.group(1)
    # A word in -s may be the verb ("Washington moves to …") as well as a plural noun: acting.
    acting = word in vocab.state_nouns or word in vocab.verbs or word.endswith(("ed", "s"))
    return not (acting or word in _PHRASE_STOPS or word in vocab.noun_followers or word in vocab.locatives)


def capital_modifies(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """Whether a capital names a thing, not the government: "the" before it and a noun after
    ("the Paris climate accord"), unlike "Beijing said" or "accused New Delhi of"."""
    return _after_the(text, start) and _modifies_noun(text, end, vocab)
