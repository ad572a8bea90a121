"""Group mentions ("lawmakers", "Israeli officials") and role descriptions ("the former president").

Groups: a noun of ``lexicons/entity_groups.csv``, plural (or a mass noun such as "police"), or
singular after an indefinite determiner ("a parent" stands for parents; "the senator" is a role
description of one person instead). A demonym or a name written just before it qualifies the
group ("Israeli officials", "NRA officials"); a group noun before another one is a modifier
("police officers" is one group), and a word of ``entity_context.csv`` role ``thing_modifier``
before it makes it a thing ("social media"). Role descriptions: "the" (optionally "former", "new", …) plus a
role noun that a title or organisation head of ``lexicons/titles.csv`` /
``entity_heads.csv`` gives, or "the country" / "the nation"; the clustering step resolves each
to the latest actor introduced in that role (Hobbs 1978's recency for definite descriptions),
never by world knowledge.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lexicon import normalise
from ..statements.lexicons import closed_class
from ..tokenize import WORD_RE
from . import gazetteer
from .gazetteer import ContextRole, PlaceKind
from .article_text import at_sentence_start
from .modifiers import brill_tag, modifiers_start
from .vocabulary import GENERIC_ORGANISATION_ROLES, NOWHERE, Mention, MentionKind, Via, vocabulary

INDEFINITE = frozenset({"a", "an", "one", "each", "every", "another", "any"})
COUNTRY_ROLES = ("country", "nation")
# Words between "the" and the role noun that keep the description about the same role holder.
# A word token: (start, end, word), offsets into the text.
Token = tuple[int, int, str]
ROLE_MODIFIERS = "former|then-|new|current|late|outgoing|incoming|ex-|embattled|sitting"


@lru_cache(maxsize=1)
def role_nouns() -> tuple[str, ...]:
    """Every role noun a title or an organisation head gives, longest first."""
    roles = {role for role, _ in gazetteer.titles().values() if role}
    roles |= {role for role in gazetteer.organisation_heads().values() if role}
    roles |= set(COUNTRY_ROLES)
    return tuple(sorted(roles, key=lambda role: (-len(role), role)))


@lru_cache(maxsize=1)
def _role_pattern() -> re.Pattern[str]:
    """ "the [former] <role>" not followed by a capitalised name (that is a title instead)."""
    # A trie (`_alternation`): the same matches as the roles longest first, fewer branches tried (speed).
    roles = _alternation(set(role_nouns()))
    # The literal "he" first and "\b[Tt]" looked behind at (same matches as "\b[Tt]he", each
    # starting one character later): a pattern that opens with a literal lets the scan jump from
    # one "he" to the next (speed: 3.5 times faster than opening with "[Tt]"). `role_mentions`
    # starts each match at its "T"/"t".
    return re.compile(rf"he(?<=\b[Tt]he)[ \u00a0]+(?:(?:{ROLE_MODIFIERS})[ \u00a0-]?)?({roles})\b(?![ \u00a0]+[A-Z])(?!-)")


# How far before an institution word its place's name may start (three capitalised words, a
# possessive and "state").
PLACE_REACH = 80


@lru_cache(maxsize=2)
def _institution_pattern(no_break_space: bool = True) -> re.Pattern[str]:
    """An institution in lower case, optionally after "state" (the place before it is read by
    `_place_pattern`: scanning from each institution word is cheaper than from each capital).
    Without ``no_break_space`` the blanks are plain spaces only: the same matches in a text that
    has no no-break space, and a pattern opening with a literal scans faster (speed)."""
    heads = sorted(gazetteer.context_words(ContextRole.INSTITUTION), key=len, reverse=True)
    # A trie (`_alternation`): the same matches as the heads longest first, fewer branches tried (speed).
    head = _alternation(set(heads))
    blank = "[ \u00a0]" if no_break_space else " "
    # The space before it is matched, not looked behind at (a pattern opening with a character
    # class skips to the next space), so the institution starts one character after the match.
    return re.compile(rf"{blank}(?:state{blank})?({head})\b")


# A place whose institution is a state's: a country's name or alias, not its capital or demonym.
_STATE_NAMES = frozenset({PlaceKind.NAME, PlaceKind.ALIAS})
_PLACE_BEFORE = re.compile(r"(?<![\w.-])((?:[A-Z][\w.]*[ \u00a0]){0,2}[A-Z][\w.]*)(['’]s)?[ \u00a0]$")


def institution_mentions(text: str) -> list[Mention]:
    """Institutions of a place written in lower case ("the Utah state senate", "US supreme
    court", "Nepal's foreign ministry"): organisations named "<place>['s] <institution>", whose
    role is the institution's first word ("ministry" for a ministry), so that a later "the
    senate" is them. The place is a country or province."""
    vocab = vocabulary()
    found = []
    for match in _institution_pattern("\u00a0" in text).finditer(text):
        begins = match.start() + 1  # after the space the pattern matches
        before = _PLACE_BEFORE.search(text, max(0, begins - PLACE_REACH), begins)
        if before is None:
            continue
        words = before.group(1).split()
        institution = match.group(1)
        # "the ministry" refers back to "Nepal's foreign ministry"; "the senate" to "the Utah state senate".
        role = "ministry" if institution.endswith("ministry") else institution.split()[0]
        for i in range(len(words)):
            place = " ".join(words[i:])
            if place in vocab.places or vocab.countries.get(place, NOWHERE).kind in _STATE_NAMES:
                start = before.start(1) + before.group(1).index(place)
                key = f"{place}{before.group(2) or ''} {institution}"
                found.append(Mention(start, match.end(), MentionKind.ORGANISATION, key, Via.PLACE_INSTITUTION, role))
                break
    return found


LEADER_ONLY_BODY = "administration"
# The names that may lead a body: a person, or a single unknown word written as one elsewhere.
_LEADER_KINDS = frozenset({MentionKind.PERSON, MentionKind.UNKNOWN})


@lru_cache(maxsize=1)
def _led_body_pattern() -> re.Pattern[str]:
    """ "'s" or nothing, then a led-body noun, right after a name."""
    nouns = "|".join(sorted(gazetteer.context_words(ContextRole.LED_BODY)))
    return re.compile(rf"(?:['’]s)?[ \u00a0]+({nouns})\b(?![ \u00a0]+[A-Z])")


def led_body_mentions(text: str, names: list[Mention]) -> list[Mention]:
    """Bodies a person leads, named after them ("the Obama administration", "Trump's campaign"):
    organisations keyed "<surname> <noun>" whose role is the noun ("the administration")."""
    pattern = _led_body_pattern()
    found = []
    person = MentionKind.PERSON  # read once (speed: an enum member off its class costs a call)
    surnames = {name.key.split()[-1] for name in names if name.kind == person}
    for name in names:
        if name.kind not in _LEADER_KINDS or name.modifier:
            continue
        match = pattern.match(text, name.end)
        # A single unknown word leads a body when the article writes it as a person's name
        # elsewhere, or the body is an administration (companies run campaigns, not administrations:
        # "a Facebook campaign" is no campaign organisation).
        if match is not None and name.kind == MentionKind.UNKNOWN and name.key not in surnames and match.group(1) != LEADER_ONLY_BODY:
            continue
        if match is not None:
            key = f"{name.key.split()[-1]} {match.group(1)}"
            found.append(Mention(name.start, match.end(), MentionKind.ORGANISATION, key, Via.LED_BODY, match.group(1)))
    return found


def role_mentions(text: str) -> list[Mention]:
    """Every role description of ``text``: kind ``role``, key = the role noun."""
    return [
        Mention(match.start() - 1, match.end(), MentionKind.ROLE, match.group(1), Via.ROLE_DESCRIPTION, match.group(1))
        for match in _role_pattern().finditer(text)  # a match starts after the "T"/"t" of "the"
    ]


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The lowercase first word of every group noun form."""
    return frozenset(form.split(" ")[0].lower() for form in gazetteer.group_nouns())


def _alternation(words: set[str]) -> str:
    """A regex matching any of ``words``, as a trie (one branch per first letter, longest
    continuation first), so the scan tries a handful of branches per letter, not every word."""
    by_first: dict[str, set[str]] = {}
    ends = False
    for word in words:
        if word:
            by_first.setdefault(word[0], set()).add(word[1:])
        else:
            ends = True
    branches = [re.escape(first) + _alternation(rests) for first, rests in sorted(by_first.items())]
    if not branches:
        return ""
    group = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{group})?" if ends else group  # greedy: the longer word first


@lru_cache(maxsize=2)
def _candidate_pattern(any_case: bool = False) -> re.Pattern[str]:
    """The lower-case first word of a group noun form (`_first_words`) at the start of a word,
    to be found in the lower-cased text (or, ``any_case``, in the text itself when lower-casing
    changes its length). Where it matches is checked to be a whole word token (`_is_token`).

    The character before the word (not a letter or digit) is matched, not looked behind at, so
    the scan jumps from one such character to the next instead of trying every letter; the
    searched text gets a space in front for a word at its very start, and group 1 is the word."""
    return re.compile(r"[\W_](" + _alternation(set(_first_words())) + ")", re.IGNORECASE if any_case else 0)


def _candidates(text: str) -> Iterator[Token]:
    """Every word token of ``text`` whose lower case starts a group noun form, in text order."""
    lowered = text.lower()
    searched = lowered if len(lowered) == len(text) else text
    first_words = _first_words()
    for match in _candidate_pattern(searched is text).finditer(" " + searched):
        start, end = match.start(1) - 1, match.end(1) - 1  # offsets without the space in front
        if _is_token(text, start, end) and text[start:end].lower() in first_words:
            yield start, end, text[start:end]


def _is_token(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole word token of `WORD_RE` (letters and digits joined
    by single hyphens or apostrophes): no letter or digit, or joined one, on either side."""
    if start and (text[start - 1].isalnum() or (start >= 2 and text[start - 1] in "-'’" and text[start - 2].isalnum())):
        return False
    size = len(text)
    return not (end < size and (text[end].isalnum() or (end + 1 < size and text[end] in "-'’" and text[end + 1].isalnum())))



def _next_token(text: str, position: int) -> Token | None:
    """The first word token (`WORD_RE`) at or after ``position``, which is not inside a token."""
    match = WORD_RE.search(text, position)
    return (match.start(), match.end(), match.group()) if match else None


def _previous_key(text: str, start: int) -> str:
    """The lookup key (`token_pass`) of the word token before the one at ``start``, or ""."""
    end = start
    while end > 0 and not text[end - 1].isalnum():
        end -= 1
    at = end
    while at > 0:
        while at > 0 and text[at - 1].isalnum():
            at -= 1
        if at >= 2 and text[at - 1] in "-'’" and text[at - 2].isalnum():
            at -= 1
            continue
        break
    key = text[at:end].lower()
    return normalise(key) if "'" in key or "’" in key else key


def _group_form(text: str, token: Token, forms: dict[str, tuple[str, str]]) -> tuple[str, Token] | None:
    """(form, last token) of a group noun starting at ``token``, two-word forms first."""
    word = token[2]
    following = _next_token(text, token[1])
    if following is not None:
        pair = f"{word} {following[2]}"
        if pair in forms or pair.lower() in forms:
            return (pair if pair in forms else pair.lower()), following
    if word in forms:
        return word, token
    lowered = word[0].lower() + word[1:]
    if word[0].isupper() and lowered in forms and not forms[lowered][0][0].isupper():
        return lowered, token
    return None


# The names that qualify a group noun written right after them ("NRA officials", "Israeli officials").
_QUALIFIER_KINDS = frozenset({MentionKind.ORGANISATION, MentionKind.COUNTRY, MentionKind.UNKNOWN, MentionKind.DEMONYM})


def _qualifier(text: str, start: int, names_by_end: dict[int, Mention]) -> Mention | None:
    """The name or demonym written just before a group noun, if any ("NRA", "Israeli")."""
    before = start - 1
    if before < 0 or text[before] not in " \u00a0":
        return None
    name = names_by_end.get(before)
    if name is not None and name.kind in _QUALIFIER_KINDS and not _is_number_word(name.key):
        return name
    return None


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    """Numbers, quantities and determiners that are no one-word name (closed_class
    ``not_name_word``, ``determiner``, ``quantifier``): "Several" opening "Several mainstream
    media outlets" counts the group, it names none."""
    return frozenset(closed_class("not_name_word") + closed_class("determiner") + closed_class("quantifier"))


def _is_number_word(key: str) -> bool:
    """Whether a capitalised word before a group noun is a number or determiner opening the
    sentence ("Four inmates are dead", "Another nurse"): it counts the group, it names none."""
    return key.lower() in _number_words() or key.lower() in INDEFINITE


_THE_BEFORE = re.compile(r"\b[Tt]he[ \u00a0]$")


def _with_definite_article(text: str, start: int) -> int:
    """Where a bare group mention starts: at "the" when "the" is written before it ("the staff",
    the way the annotators write the form), else at the noun."""
    before = _THE_BEFORE.search(text, max(0, start - 4), start)
    return before.start() if before else start


def _names_a_thing(text: str, start: int) -> bool:
    """Whether the word before a group noun makes the pair a thing, not people acting
    (``entity_context.csv`` role ``thing_modifier``: "social media" are platforms)."""
    return _previous_key(text, start) in gazetteer.context_words(ContextRole.THING_MODIFIER)


def _collective_modifies(text: str, following: Token) -> bool:
    """Whether the word right after a collective group noun ("police", "media", "staff": plural
    = singular) is a noun it modifies: a lowercase singular noun by its most frequent tag in
    Brill's lexicon, no verb of the word lists, and no object after it ("a police state", "the
    modern media environment"; not "police said", "media report that", "police shot him",
    "police guard the building": a verb tagged as a noun). A plural after it may name the
    same people ("media outlets", "media organizations"): left a group."""
    word = following[2]
    if word in _BODY_NOUNS or not (word.islower() and brill_tag(word) in _NOUN_TAGS and word not in _verbs()):
        return False
    after = _next_token(text, following[1])
    return after is None or bool(text[following[1] : after[0]].strip()) or after[2].lower() not in _OBJECT_OPENERS


_NOUN_TAGS = frozenset({"NN"})
# Nouns after a collective noun that name the same body ("the Ferguson police department said",
# "the police force"): the group still acts there.
_BODY_NOUNS = frozenset({"department", "force"})


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """The verbs of the word lists (``entity_context.csv`` role ``verb``) and the inflected
    reporting verbs ("said", "reports"), not their base forms, which are nouns as often ("a
    police state", "a media report that …" is kept by its object)."""
    return gazetteer.context_words(ContextRole.VERB) | vocabulary().inflected_cues
# Words opening a verb's object: a "noun" before one is a verb ("police shot him").
_OBJECT_OPENERS = frozenset(closed_class("determiner")) | {"him", "them", "us", "me", "it", "this", "that", "these", "those"}


def group_mentions(text: str, names: list[Mention]) -> list[Mention]:
    """Every group mention of ``text`` (see the module docstring), qualified where written so.

    Most words start no group noun: one pattern finds the words that may (`_candidates`), and
    only their neighbouring tokens are read."""
    forms = gazetteer.group_nouns()
    names_by_end = {mention.end: mention for mention in names}
    found: list[Mention] = []
    bares: list[str] = []  # the bare key of each mention qualified by modifiers only, else ""
    resume = 0
    for token in _candidates(text):
        if token[0] < resume:
            continue
        hit = _group_form(text, token, forms)
        if hit is None:
            continue
        form, last = hit
        lemma, plural = forms[form]
        start, end = token[0], last[1]
        resume = end
        if token[2][0].isupper() and not lemma[0].isupper() and _inside_name(start, names):
            continue  # "States" of "United States": a word of a name, not the group noun
        following = _next_token(text, end)
        if following is not None and following[0] == end + 1 and _group_form(text, following, forms):
            continue  # "police officers": the first noun modifies the second
        if _names_a_thing(text, start):
            continue  # "social media": the platforms, not the press
        if plural == lemma and following is not None and following[0] == end + 1 and _collective_modifies(text, following):
            continue  # "a police state", "the media environment": the collective noun modifies a noun
        singular = form != plural and form == lemma.split(" ")[-1] or form == lemma
        if singular and form != plural and _previous_key(text, start) not in INDEFINITE:
            continue
        start, key, bare = _qualified(text, start, plural, names_by_end, collective=plural == lemma)
        found.append(Mention(start, end, MentionKind.GROUP, key, Via.GROUP_NOUN, lemma))
        bares.append(bare)
    return _modified_as_bare(found, bares) + side_mentions(text)


# "the left", "the Right", "the far right": a political side acting or addressed as a group.
_SIDE = re.compile(r"\b[Tt]he[ \u00a0]+((?:far[ \u00a0])?([Ll]eft|[Rr]ight))\b(?![-\w])")
# What after "the right" makes it an entitlement or a place: "the right to vote", "the right of return".
_NOT_SIDE_AFTER = frozenset({"to", "of", "hand", "side", "one", "for", "under", "after"})


def side_mentions(text: str) -> list[Mention]:
    """The political sides of ``text`` as group mentions keyed "the left" / "the right" / "the
    far right": "the left opposes Brexit", "critics on the left", "a fall from grace with the far
    right". Not where a noun or adjective follows ("the right thing", "the left side"), "to" or
    "of" ("the right to vote"), or "to" stands before ("moved the party to the left": a
    direction)."""
    if "left" not in text and "right" not in text and "Left" not in text and "Right" not in text:
        return []
    found = []
    for match in _SIDE.finditer(text):
        after = _next_token(text, match.end())
        between = text[match.end() : after[0]] if after is not None else "\n"
        word = re.split(r"['’]", after[2])[0] if not between.strip() and "\n" not in between else ""  # "the right wing’s"
        if word and (word.lower() in _NOT_SIDE_AFTER or word[0].isupper() or (word.islower() and brill_tag(word) in _NOT_SIDE_TAGS)):
            continue  # "the right thing", "the right one", "The Right Stuff", "the Left Can’t Handle"
        previous = _previous_key(text, match.start())
        if previous in ("to", "toward", "towards") or _capitalised_before(text, match.start(), previous):
            continue  # "moved to the left"; "Unite the Right" (a name's words)
        if match.group(2) == "right" and previous not in _SIDE_PREPOSITIONS and not at_sentence_start(text, match.start()):
            continue  # "have the right", "revoked the right after", "Trump is in the right": an entitlement
        key = "the " + match.group(1).lower().replace("\u00a0", " ")
        found.append(Mention(match.start(), match.end(), MentionKind.GROUP, key, Via.GROUP_NOUN, key))
    return found


# (not NNS: "the left wonders", "the right says" are verbs in -s)
_NOT_SIDE_TAGS = frozenset({"NN", "JJ"})
# The words before a lowercase "the right" that make it a side ("critics on the right", "from
# both the left and the right"); elsewhere it is an entitlement as often ("have the right").
_SIDE_PREPOSITIONS = frozenset({"on", "from", "of", "by", "against", "about", "with", "between", "among", "for", "and", "both"})


def _capitalised_before(text: str, start: int, previous: str) -> bool:
    """Whether the word before ``start`` is capitalised and no preposition opening a heading
    ("Unite the Right" is a rally's name; "From the Right" a heading naming the side)."""
    at = start - 1
    while at >= 0 and text[at] in " \u00a0":
        at -= 1
    begin = at
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    return at >= 0 and text[begin : at + 1][:1].isupper() and previous not in _SIDE_PREPOSITIONS and not at_sentence_start(text, begin)


def _inside_name(start: int, names: list[Mention]) -> bool:
    """Whether a capitalised word at ``start`` is inside a name found there, after its first
    word ("States" of "United States")."""
    return any(name.start < start < name.end for name in names)


def _qualified(text: str, start: int, plural: str, names_by_end: dict[int, Mention], collective: bool = False) -> tuple[int, str, str]:
    """(start, key, bare key) of a group mention whose noun starts at ``start``: from the name
    or demonym written before it ("NRA officials", "Israeli officials"), else from its
    modifiers ("federal employees", "U.S. technology companies": `modifiers.modifiers_start`),
    else the bare noun, from a "the" before it; keyed on those words and the noun's plural.
    The bare key is the noun's alone (a synonym's the noun it names alike: "prisoners" are the
    story's "inmates"), given for a mention qualified by modifiers only (`_modified_as_bare`).
    A ``collective`` noun (plural = singular in ``entity_groups.csv``: "media", "police",
    "staff") names an institution as a whole, and a modifier before it its scope ("bar
    international media from entering"): it keeps no modifiers."""
    qualifier = _qualifier(text, start, names_by_end)
    if qualifier is not None:
        return qualifier.start, f"{text[qualifier.start:qualifier.end]} {plural}", ""
    bare = gazetteer.group_synonyms().get(plural, plural)
    begin = start if collective else modifiers_start(text, start)
    if begin == start:
        return _with_definite_article(text, start), bare, ""
    written = text[begin:start].split()
    if written[0][0].isupper():
        written[0] = written[0].lower()  # "Community members" opening a sentence
    key = " ".join(written + [plural])
    qualifier = _qualifier(text, begin, names_by_end)
    if qualifier is not None:
        return qualifier.start, f"{text[qualifier.start:qualifier.end]} {key}", ""
    return _with_definite_article(text, begin), key, bare


def _modified_as_bare(found: list[Mention], bares: list[str]) -> list[Mention]:
    """The group mentions, those qualified by modifiers only keyed as their bare noun when the
    article writes that noun alone more often than the modified form: an occasional modifier
    describes the story's group ("talented teachers" among a dozen "teachers"), a modified form
    the story repeats is a group of its own ("senior voters" six times, "voters" three;
    "federal employees" where "employees" is never alone). The span keeps the modifiers."""
    counts: dict[str, int] = {}
    for mention in found:
        counts[mention.key] = counts.get(mention.key, 0) + 1
    for mention, bare in zip(found, bares):
        if bare and counts.get(bare, 0) > counts[mention.key]:
            mention.key = bare
    return found


# A generic organisation noun right before a name, as its apposition ("the anti-abortion group
# Acme Action", "the software company Zeta").
_NOUN_BEFORE = re.compile(r"\b(" + "|".join(sorted(GENERIC_ORGANISATION_ROLES)) + r")[ \u00a0]+$")
# Names read from capitalised words alone, whose kind the apposition may overrule (a titled or
# first-named person keeps its kind: "the company Jane Roe founded").
RETYPED_VIAS = frozenset({Via.CAPITALISED_WORDS, Via.CAPITALISED_WORD, Via.DICTIONARY_WORDS})
_RETYPED_KINDS = frozenset({MentionKind.PERSON, MentionKind.UNKNOWN})


def _read_from_capitals(mention: Mention) -> bool:
    """Whether a name mention was typed from its capitals alone (a person or unknown read from
    `RETYPED_VIAS`), so the noun written before it may retype it."""
    return mention.kind in _RETYPED_KINDS and mention.via in RETYPED_VIAS


def _introduced_by_noun(text: str, mention: Mention) -> str:
    """The generic organisation noun written just before a name read from capitals alone, or ""."""
    if mention.modifier or not _read_from_capitals(mention):
        return ""
    before = _NOUN_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    return before.group(1) if before else ""


def appositive_organisations(text: str, names: list[Mention]) -> list[Mention]:
    """The name mentions with every name introduced by a generic organisation noun ("the
    anti-abortion group Acme Action") made an organisation in that role, so that a later
    "the group" is it, and so is every other mention of the same name."""
    introduced = {mention.key: noun for mention in names if (noun := _introduced_by_noun(text, mention))}
    if not introduced:
        return names
    retyped = []
    for mention in names:
        noun = introduced.get(mention.key) if _read_from_capitals(mention) else None
        if noun:
            mention = Mention(mention.start, mention.end, MentionKind.ORGANISATION, mention.key, Via.APPOSITIVE_NOUN, noun, modifier=mention.modifier)
        retyped.append(mention)
    return retyped
