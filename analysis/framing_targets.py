"""Targets that are not actors: the bill, law or administration a loaded word judges.

A loaded word is often about a thing, not a person or group: "toxic legislation", "the law is
dangerous", "the administration had airbrushed its account". BASIL's
annotators name such targets (Fan et al. 2019: "SB_1062_bill", "Religious_Freedom_Restoration_Act",
"Obama's_administration"), and an actor table never offers them. When no actor mention stands in
the word's slot (`analysis.framing_context.target`), `phrase_target` reads the same slots for a
head noun of ``lexicons/target_heads.csv``: the noun a modifier stands right before, the object
right after a verb of favour, the subject right before the word (auxiliaries, negators and
determiners between, no punctuation; not a preposition's object, "attacks on the existing law";
not a body's name before a noun for people, "government elites"; not a verb, "to measure"). A
modifier's noun ends its phrase ("generous government services" are the services). The phrase is named the way the article names it (`TargetNamer`): a definite bill or
law ("the law", "this bill": `is_definite`) by the article's most written bill or act name
("Senate Bill 1062"), else the head as written with the names right before it ("legislation",
"Arizona's bill", "an awful bill" -> "bill"); an administration or government by the
article's actor of that name, else no phrase target (the caller falls back to the article's main
actor). Checked on unseen AllSides articles: "the law's more generous guidelines" in an article
that names two acts takes the act it names most, which may be the other one.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from textblob.en import lexicon as _BRILL  # Brill's word -> its most frequent tag, read once by TextBlob

from .framing_context import DETERMINERS, NEGATION_SKIP, NEGATORS, cue_classes, is_prepositional_object, object_prepositions
from .lexicon import read_csv
from .statements.lexicons import closed_class

# `kind` values of target_heads.csv.
DOCUMENT, GENERAL, BODY = "document", "general", "body"
HEAD_KINDS = frozenset({DOCUMENT, GENERAL, BODY})
# The subject head may stand this many words before the loaded word, auxiliaries, modals, negators
# and determiners counted ("the law would not unfairly", "the administration had airbrushed", "the
# bill has not been"): a verb group of up to three words. 1, 2 and 3 give the same targets on both
# BASIL 2010-2015 tuning halves.
SUBJECT_REACH = 3
# A bill or act as an article names it: "the Religious Freedom Restoration Act", "the Affordable
# Care Act", "Senate Bill 1062", "SB 1062", "H.R. 3590" (names of at most eight words).
_DOCUMENT_NAME = re.compile(
    r"\b[A-Z][\w'’.-]*\s+(?:(?:[A-Z][\w'’.-]*|of|and|for|to|on|the)\s+){0,6}?Act\b"
    r"|\b(?:(?:Senate|House|Assembly)\s+Bill|S\.?B\.?|H\.?B\.?|H\.?R\.?|A\.?B\.?)\s?\d+\b"
)
_LEADING_WORD = re.compile(r"^(?:The|[A-Z][\w.-]*['’]s?)\s+")
_WORD = re.compile(r"\w+")
# What may stand between a modifier and its noun: spaces and quotation marks ('"toxic" legislation').
_QUOTE_MARKS = " \t\n\"'“”‘’"
# Marks after a head noun that end its noun phrase (`_ends_phrase`).
_PHRASE_ENDS = frozenset(".,;:!?)—–\"”’'")
# Determiners that make a noun phrase definite (`is_definite`): framing_context's determiners
# but the indefinite article.
_DEFINITE = DETERMINERS - {"a", "an"}
# Punctuation between a subject head and the word that ends the subject's clause or sets off
# another phrase ("people in the administration: the hawks", "the law, he said, is harsh").
_CLAUSE_BREAKS = (",", ":", ";", "—", "–", "(", ")", " - ", "--")


@lru_cache(maxsize=1)
def target_heads() -> dict[str, tuple[str, bool, bool]]:
    """Head noun (lower case, as written) -> (kind, needs a capital, is also a verb) of
    ``lexicons/target_heads.csv``; ValueError naming the row when its kind is not one of `HEAD_KINDS`."""
    heads = {}
    for row in read_csv("analysis.lexicons", "target_heads.csv"):
        if row["kind"] not in HEAD_KINDS:
            raise ValueError(f"target_heads.csv row {row['term']!r}: kind {row['kind']!r} is not one of {', '.join(sorted(HEAD_KINDS))}")
        heads[row["term"]] = (row["kind"], row["capitalised"] == "yes", row["verb"] == "yes")
    return heads


@lru_cache(maxsize=1)
def _subject_skips() -> frozenset[str]:
    """Words that may stand between a subject head and the loaded word: auxiliaries and preverbal
    adverbs (``lexicons/closed_class.csv``), modals and forms of 'be' (``verb_group`` of
    ``lexicons/cue_classes.csv``), negators and determiners."""
    return frozenset(closed_class("auxiliary")) | frozenset(closed_class("preverbal_adverb")) | cue_classes()["verb_group"] | NEGATORS | NEGATION_SKIP


def named_documents(text: str) -> str:
    """The bill or act name written most often in ``text`` (`_DOCUMENT_NAME`; a leading "The" or
    possessive dropped: "Indiana's Religious Freedom Restoration Act"), the first written on a tie;
    empty when it names none. One pass of one pattern over the text, run only when a loaded word's
    target is a bill or law (`TargetNamer`)."""
    names = Counter(_LEADING_WORD.sub("", match.group()) for match in _DOCUMENT_NAME.finditer(text))
    return names.most_common(1)[0][0] if names else ""


def _head_at(index: int, token_starts: Sequence[int], keys: Sequence[str], text: str) -> str:
    """The kind of the head noun at token ``index``, or empty: a row of target_heads.csv, written
    with a capital where the row needs one, not the first word of a name ("Bill Clinton"), and, for
    a word that is also a verb, not after "to", a modal or an auxiliary ("to measure", "would measure")."""
    kind, capital, verb = target_heads().get(keys[index], ("", False, False))
    if not kind:
        return ""
    written = text[token_starts[index] : token_starts[index] + 1]
    if capital and not written.isupper():
        return ""
    following = text[token_starts[index + 1] : token_starts[index + 1] + 1] if index + 1 < len(token_starts) else ""
    if written.isupper() and following.isupper() and not text[token_starts[index] : token_starts[index + 1]].rstrip().endswith((",", ".")):
        return ""
    if verb and index and (keys[index - 1] == "to" or keys[index - 1] in _subject_skips() - NEGATION_SKIP):
        return ""
    return kind


def is_definite(index: int, low: int, token_starts: Sequence[int], keys: Sequence[str], text: str) -> bool:
    """True when the words before token ``index`` (the start of a noun phrase, inside the sentence
    from token ``low``) make the phrase definite, so it refers back to a thing the article has
    named: a definite determiner or a possessive one or two words before ("the law", "this bill",
    "Indiana's new law", "the new law"), or a capitalised word or number right before
    ('SB1062 "toxic" legislation'). "an obscure law" and "passed landmark legislation" are new
    things, not the article's named act."""
    if index <= low:
        return False
    word = text[token_starts[index - 1] : token_starts[index]].strip(_QUOTE_MARKS)
    if word[:1].isupper() or word[:1].isdigit():
        return True
    for before in range(index - 1, max(index - 3, low - 1), -1):
        written = text[token_starts[before] : token_starts[before + 1]].strip(_QUOTE_MARKS)
        if keys[before] in _DEFINITE or written.endswith(("'s", "’s")):
            return True
    return False


def phrase_head(start: int, end: int, pos: str, favours_object: bool, sentence: tuple[int, int], token_starts: Sequence[int], keys: Sequence[str], text: str) -> int:
    """Token index of the target head noun of the loaded word at ``start:end``, or -1: the noun a
    modifier (``pos`` adj, fixed or none) stands right before ("toxic legislation", '"toxic"
    legislation'); the object
    right after a verb of favour, past one determiner ("praised the bill"); the subject right
    before the word, at most `SUBJECT_REACH` auxiliaries, negators or determiners between and no
    `_CLAUSE_BREAKS` punctuation ("the law would unfairly", "the administration had airbrushed"). The slots and their order are
    those of `analysis.framing_context.target`."""
    after = bisect.bisect_left(token_starts, end)
    low, high = bisect.bisect_left(token_starts, sentence[0]), bisect.bisect_left(token_starts, sentence[1])
    if pos in ("adj", "fixed", "") and after < high and not text[end : token_starts[after]].strip(_QUOTE_MARKS) and _head_at(after, token_starts, keys, text):
        return after if _ends_phrase(after, high, token_starts, keys, text) else -1
    if favours_object and after < high:
        index = after + (keys[after] in DETERMINERS and after + 1 < high)
        if _head_at(index, token_starts, keys, text):
            return index
    index, skips = bisect.bisect_left(token_starts, start) - 1, _subject_skips()
    if pos == "noun" and index >= low and target_heads().get(keys[index], ("",))[0] in (BODY, GENERAL) and not text[token_starts[index] : start].rstrip().endswith(("'s", "’s")):
        return -1  # people named after the body they serve or the field they work in ("government elites", "regime thugs", "foreign policy hawks"), not the body or the policy; "the bill fiasco" is the bill's
    while index >= low and keys[index] in skips and bisect.bisect_left(token_starts, start) - index <= SUBJECT_REACH:
        index -= 1
    if index < low or any(mark in text[token_starts[index] : start] for mark in _CLAUSE_BREAKS) or not _head_at(index, token_starts, keys, text):
        return -1
    head_end = token_starts[index] + len(keys[index])
    if is_prepositional_object((token_starts[index], head_end, ""), start, token_starts, keys, text) or _after_preposition(index, low, keys):
        return -1
    return index


def _after_preposition(index: int, low: int, keys: Sequence[str]) -> bool:
    """True when a preposition (`analysis.framing_context.object_prepositions`) opens the head's noun
    phrase, at most two modifiers or determiners before the head ("his attacks on the existing law
    are backfiring": the attacks are, not the law); a verb-group word ends the search."""
    verbs = _subject_skips() - NEGATION_SKIP - NEGATORS
    for before in range(index - 1, max(index - 4, low - 1), -1):
        if keys[before] in object_prepositions():
            return True
        if keys[before] in verbs:
            return False
    return False


def _ends_phrase(index: int, high: int, token_starts: Sequence[int], keys: Sequence[str], text: str) -> bool:
    """True when the head noun at token ``index`` ends its noun phrase: the sentence ends after it
    (token ``high``), punctuation follows, or the next word is no noun in Brill's lexicon (TextBlob's
    tagger lexicon, the one `analysis.roles` reads: "toxic legislation that …", "harsh laws drove",
    "a wise law."); not a noun modifying the next ("generous government services", "tough law
    enforcement": the services and the enforcement are what the word describes)."""
    following = index + 1
    if following >= high or text[token_starts[index] : token_starts[following]].rstrip()[-1:] in _PHRASE_ENDS:
        return True
    return not (_BRILL.get(keys[following]) or "").startswith("NN")


def written_phrase(index: int, low: int, token_starts: Sequence[int], text: str) -> str:
    """The head noun at token ``index`` as written, with the capitalised or possessive words right
    before it inside the sentence (from token ``low``): "legislation", "Obama administration",
    "Arizona's bill"; a determiner ("The law") is left out."""
    first = index
    while first > low:
        gap = text[token_starts[first - 1] : token_starts[first]]
        word = gap.rstrip()
        if gap == word or not (word[:1].isupper() or word.endswith(("'s", "’s"))) or word.lower() in DETERMINERS:
            break
        first -= 1
    head = _WORD.match(text, token_starts[index])
    return text[token_starts[first] : head.end() if head else token_starts[index]]


@dataclass
class TargetNamer:
    """Names the thing a phrase target is, for one part of one article: a bill or law by the
    article's most written document name (`named_documents`, found once, on first need), an
    administration or government by the article's actor whose name ends in its head (among
    ``mentions``, the ``(start, end, name)`` actor mentions), else as written (`written_phrase`;
    empty for a body with no such actor)."""

    text: str
    mentions: Sequence[tuple[int, int, str]]
    _document: str | None = field(default=None, init=False)
    _bodies: dict[str, str] = field(default_factory=dict, init=False)

    def name(self, index: int, low: int, token_starts: Sequence[int], keys: Sequence[str], definite: bool) -> str:
        """The target named for the head noun at token ``index`` of a sentence starting at token
        ``low``; ``definite``: the phrase refers back (`is_definite`), so a bill or law is the
        article's named one."""
        kind, written = target_heads()[keys[index]][0], written_phrase(index, low, token_starts, self.text)
        if kind == BODY:
            bare = written.lower() == keys[index] and (index <= low or keys[index - 1] in _DEFINITE)
            return self._body(keys[index], written, bare)
        if kind == DOCUMENT and definite:
            if self._document is None:
                self._document = named_documents(self.text)
            if self._document:
                return self._document
        return written

    def _body(self, head: str, written: str, bare: bool) -> str:
        """An administration or government: the actor named as written ("German government"); for
        a bare head after a determiner ("the administration", "his administration") the most
        mentioned actor whose name ends in it ("Obama administration"; not "Kennedy School of
        Government"); else the phrase as written when it names more than the head ("Allende's
        government"), else none ("a democratic government" is no one the article names)."""
        if head not in self._bodies:
            counts = Counter(name for *_, name in self.mentions if name.lower().endswith(" " + head) and " of " not in name.lower())
            self._bodies[head] = counts.most_common(1)[0][0] if counts else ""
        if written.lower() == head:
            return self._bodies[head] if bare else ""
        same = next((name for *_, name in self.mentions if name.lower() == written.lower()), "")
        return same or written


def phrase_target(start: int, end: int, pos: str, favours_object: bool, sentence: tuple[int, int], tokens: tuple[Sequence[int], Sequence[str]], namer: TargetNamer, after_only: bool = False) -> str:
    """The named thing (`TargetNamer`) the loaded word at ``start:end`` is about (`phrase_head`), or
    empty. ``tokens``: the part's token starts and keys; ``sentence``: its (start, end) offsets;
    ``after_only``: only a head after the word (the noun a modifier describes, the object of a
    verb of favour), not the subject before it."""
    token_starts, keys = tokens
    index = phrase_head(start, end, pos, favours_object, sentence, token_starts, keys, namer.text)
    after, low = bisect.bisect_left(token_starts, end), bisect.bisect_left(token_starts, sentence[0])
    if index < 0 or (after_only and index < after):
        return ""
    # The phrase starts after the word when it follows it ("Harsh laws" is "laws"), else inside the sentence.
    opening = bisect.bisect_left(token_starts, start) if index >= after else index
    return namer.name(index, after if index >= after else low, token_starts, keys, is_definite(opening, low, token_starts, keys, namer.text))
