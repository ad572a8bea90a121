"""The context of a name occurrence: whether it stands where a place stands, after "the", or
before a state ("Austin, Texas"), for `names` (each occurrence of a planned run asks these).

A locative preposition before a name makes it a place ("in Chicago", "from the Kremlin"), also
across one adjective ("in neighbouring Spain") and for the names coordinated with it ("in Spain
and Peru"); "the" before it is an organisation's definite article ("the Fed said"), unless a
lowercase word follows (a modifier: "the Parkland shooting").
"""

from __future__ import annotations

import re

from .vocabulary import Mention, Vocabulary

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
    locative = after_locative(before.split()[-3:], vocab.locatives)
    # "the Fed said" names the Fed; "the Parkland shooting" uses the name as a modifier.
    definite = bool(DEFINITE.search(before)) and not NEXT_LOWER_WORD.match(text, end)
    return locative, definite


def after_locative(words: list[str], locatives: frozenset[str]) -> bool:
    """Whether the last words before a name are a locative preposition, "the" and an adjective
    (each of the last two optional): "in Spain", "from the Kremlin", "in neighbouring Spain"."""
    if words and words[-1].islower() and words[-1].endswith(_ADJECTIVE_ENDINGS):
        words = words[:-1]  # the adjective
    if words and words[-1] == "the":
        words = words[:-1]
    return bool(words) and words[-1].lstrip("(\"“‘'").lower() in locatives


def before_state(text: str, end: int, vocab: Vocabulary) -> bool:
    """Whether a state or country follows after a comma ("Austin, Texas", "Parkland, Fla."): a place."""
    followed = _FOLLOWED_BY_STATE.match(text[end : end + 40])
    if not followed:
        return False
    state = followed.group(1)
    if state in vocab.places or state in vocab.countries:
        return True
    return text.startswith(".", end + followed.end(1)) and state + "." in vocab.state_abbreviations


def spread_locative(mentions: list[Mention], text: str) -> None:
    """A country or unknown name coordinated with a place after a locative preposition is a
    place too: "in Spain and Peru", "in Lima, Peru, and Quito" (Peru and Quito)."""
    for previous, mention in zip(mentions, mentions[1:]):
        if previous.locative and not mention.locative and mention.kind in ("country", "unknown"):
            if _CONJUNCTION.fullmatch(text, previous.end, mention.start):
                mention.locative = True
