"""The lowercase words that restrict a group noun: "federal employees", "consumer protection
advocates", "political analysts", "black students".

The actors gold names a group with the modifiers written before its noun (the annotators' "local
law enforcement", "foreign investors", "government officials", "federal employees", actors
dev1-dev6), so a group mention starts at them: "federal employees" is another group than the
story's "employees". A modifier is a lowercase word whose most frequent part of speech is an
adjective or a singular noun in Brill's lexicon (textblob's ``en-lexicon.txt``, read through
textblob; MIT), up to MODIFIER_WORDS of them, or a hyphenated compound ("right-wing").
Determiners, quantifiers and pronouns ("many", "other", "their": ``closed_class.csv``), verbs
(the reporting verbs and ``entity_context.csv`` role ``verb``) and the words of
``entity_context.csv`` role ``not_group_modifier`` (evaluative or time words the gold leaves
out: "new", "top") never are; participles are left out too ("arrested protesters" is a verb and
its object as often as "elected officials" is one group).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..statements.lexicons import closed_class
from . import gazetteer
from .article_text import at_sentence_start
from .gazetteer import ContextRole
from .vocabulary import vocabulary

# The most words before a group noun read as its modifiers ("military law experts": two).
MODIFIER_WORDS = 3
# Brill's tags of a word that restricts a noun: an adjective or a singular noun.
MODIFIER_TAGS = frozenset({"JJ", "NN"})
# Brill's tags of a noun a name written before it modifies ("a White House official").
NOUN_TAGS = ("NN", "JJ")
# The lowercase word after a name, and whether it is a hyphenated compound ("Hindu far-right").
_NEXT_WORD = re.compile(r"[ \u00a0]+([a-z]+)(-[a-z])?")
# A word right before ``position``, one space between: letters, perhaps hyphenated.
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Za-z]+(?:-[A-Za-z]+)*)[ \u00a0]$")


@lru_cache(maxsize=1)
def _never_modifiers() -> frozenset[str]:
    """Words that never restrict a group noun (module docstring)."""
    words = set()
    for name in ("determiner", "quantifier", "pronoun", "plural_determiner", "stop", "auxiliary"):
        words.update(closed_class(name))
    vocab = vocabulary()
    return frozenset(words | vocab.verbs | vocab.locatives | gazetteer.context_words(ContextRole.NOT_GROUP_MODIFIER))


@lru_cache(maxsize=8192)
def is_modifier(word: str) -> bool:
    """Whether a lowercase word restricts the group noun after it (module docstring)."""
    if word in _never_modifiers():
        return False
    if "-" in word:
        return True  # "right-wing", "anti-abortion": a compound adjective
    from textblob.en import lexicon

    return lexicon.get(word) in MODIFIER_TAGS


def modifiers_start(text: str, start: int) -> int:
    """Where the modifiers written before a group noun at ``start`` begin (``start`` when none):
    lowercase modifiers, and a capitalised one only where it opens the sentence ("Community
    members")."""
    begin = start
    for _ in range(MODIFIER_WORDS):
        found = _WORD_BEFORE.search(text, max(0, begin - 40), begin)
        if found is None:
            break
        word = found.group(1)
        if word[0].isupper():
            opens = at_sentence_start(text, found.start(1))
            if opens and word[1:].islower() and is_modifier(word.lower()):
                begin = found.start(1)
            break
        if not is_modifier(word) or _after_infinitive_marker(text, found.start(1)):
            break
        begin = found.start(1)
    if begin < start and _after_singular_article(text, begin):
        return start  # "a figure economists consider": the modifier is another noun phrase's head
    return begin


_TO_BEFORE = re.compile(r"\bto[ \u00a0]$")
# A singular indefinite article: a plural group noun after it and its modifiers is not its noun.
_SINGULAR_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]|[Aa]n|[Oo]ne|[Ee]ach|[Ee]very|[Aa]nother)[ \u00a0]$")


def _after_singular_article(text: str, start: int) -> bool:
    """Whether "a", "an", "one", "each", "every" or "another" stands right before ``start``:
    the modifiers after it then head a singular noun phrase of their own ("a figure economists
    consider fantastical"), since a plural group noun takes no singular article."""
    return bool(_SINGULAR_ARTICLE_BEFORE.search(text, max(0, start - 8), start))


def _after_infinitive_marker(text: str, start: int) -> bool:
    """Whether "to" stands right before the word at ``start``: a verb then ("to discipline
    students", "to support families"), whatever its most frequent tag."""
    return bool(_TO_BEFORE.search(text, max(0, start - 3), start))


def modifies_next(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` modifies the noun after it, by that word's most
    frequent tag in Brill's lexicon (a noun or adjective): "a White House official", "White
    House officials", "the White House press secretary"; not "the White House said", "the Obama
    White House knew", "the White House will"."""
    following = _NEXT_WORD.match(text, end)
    return bool(following) and brill_tag(following.group(1)).startswith(NOUN_TAGS)


@lru_cache(maxsize=8192)
def brill_tag(word: str) -> str:
    """A word's most frequent tag in Brill's lexicon, "" when it has none (remembered: textblob's
    lexicon is read through a lazy mapping, slow per look-up)."""
    from textblob.en import lexicon

    return lexicon.get(word) or ""


def heads_noun_after(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` modifies the phrase after it (`modifies_next`: "headed
    to Acme restaurants", "to Acme presidential causes"), not counting a time word or quantity
    (``entity_context.csv`` role ``not_group_modifier``: "in Tulsa next Friday"): a preposition
    before the name then has that phrase for its object, not the name."""
    following = _NEXT_WORD.match(text, end)
    return bool(following) and following.group(1) not in _never_modifiers() and modifies_next(text, end)


def only_modifies(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` modifies what follows: a noun or adjective
    (`modifies_next`) or a hyphenated compound ("India's Hindu far-right", "a Hindu mob")."""
    following = _NEXT_WORD.match(text, end)
    return bool(following) and (bool(following.group(2)) or modifies_next(text, end))
