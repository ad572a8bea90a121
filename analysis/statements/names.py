"""Speaker phrases typed and person names found: what kind of speaker a phrase is, and who the article names.

`speaker_type_of` reads a phrase's head against `lexicons/speakers.csv` and `outlets.csv`
(person, anonymous, organisation, government, media, document, unknown); `name_mentions` finds
every multi-word person name of the text; `is_speaker` says whether a phrase can speak at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..name_words import titles_for
from ..schema import SpeakerType
from .cues import CueMatch
from .lexicons import CueClause, closed_class, first_name_genders, outlet_pattern, speaker_term_re, speaker_terms
from .patterns import (
    DETERMINERS,
    HONORIFIC_GENDERS,
    HONORIFIC_RE,
    LEADING_DROP,
    NOT_NAME_PARTS,
    NOT_NAME_WORDS,
    NOT_SPEAKERS,
    PARTY_WORDS,
    PERSON_PRONOUNS,
    POSSESSIVE_END_RE,
    PREFIX_WORDS,
    PRONOUNS,
    QUANTIFIER_WORDS,
    ROLE_NOUNS,
    STOP,
    TITLE,
    TITLE_WORD_RE,
)

# Patterns used on every speaker phrase or cue, compiled once (a string pattern passed to
# `re.match` costs a cache look-up per call, and these run hundreds of times per article).
# A preposition that ends a phrase's head ("the head of the agency" -> "the head").
# Prepositions after a speaker phrase's head ("people with knowledge of the case").
_HEAD_PREPOSITIONS = closed_class("head_preposition")
_PREPOSITION_WORDS = frozenset(_HEAD_PREPOSITIONS)
_PREPOSITION_RE = re.compile(
    rf"""
    \s+
    (?:{"|".join(_HEAD_PREPOSITIONS)})
    \s+
    """,
    re.VERBOSE,
)


# A leading article ("the Times" -> "Times").
_LEADING_THE_RE = re.compile(
    r"""
    ^the\s+
    """,
    re.VERBOSE | re.IGNORECASE,
)


# A parenthetical closing a phrase ("John Boehner (R-Ohio)").
_TRAILING_PARENTHETICAL_RE = re.compile(
    r"""
    \s*
    \( [^)]* \)
    $
    """,
    re.VERBOSE,
)


# Everything up to the last possessor of a phrase ("Trump's spokesman" -> "spokesman").
_POSSESSOR_RE = re.compile(
    r"""
    ^.*
    ['’]s\s+
    """,
    re.VERBOSE,
)


@dataclass(slots=True)
class Speaker:
    """A speaker phrase as written, where it sits, and its appositive if any."""

    text: str
    start: int
    end: int
    appositive: str = ""


# A surname with a lowercase particle: "el-Gamal", "al-Assad", "bin-Salman".
_PARTICLE_NAME_RE = re.compile(
    r"""
    (?:al|el|ad|ash|bin|ibn|abu)    # the particle
    -[A-Z]                          # hyphen, capital
    """,
    re.VERBOSE,
)


def _names_outlet(phrase: str, bare: str) -> bool:
    """Whether a phrase (or ``bare``, the phrase without a leading "the") is an outlet's name:
    "the Times" in running text is the outlet "The Times"."""
    return bool(outlet_pattern().fullmatch(phrase) or outlet_pattern().fullmatch(bare)
                or (bare != phrase and outlet_pattern().fullmatch("The " + bare)))


def _outlet_ending_in_time_word(words: list[str]) -> bool:
    """Whether a phrase whose last word never speaks alone is an outlet's whole name all the
    same (an outlet of `lexicons/outlets.csv`): "Four students were arrested, USA Today
    reports", where "Today" alone is a time word."""
    return len(words) > 1 and bool(outlet_pattern().fullmatch(" ".join(words)))


# Nouns of quantity that head a group before "of" ("Much of the media", "The majority of voters").
_QUANTITY_NOUNS = frozenset(closed_class("quantity_noun"))


def _quantity_head(words: list[str], head_word: str, phrase: str) -> bool:
    """Whether a phrase's head, before any preposition, is one quantity word: "Hundreds of
    activists", "Most of the voters", "Much of the media" are anonymous sources (a noun of
    quantity only with its "of" phrase: "Much" alone names no one)."""
    lower = head_word.lower()
    return len(words) == 1 and (lower in NOT_NAME_WORDS or lower in QUANTIFIER_WORDS or (lower in _QUANTITY_NOUNS and " " in phrase))


@lru_cache(maxsize=4096)
def speaker_type_of(phrase: str) -> str:
    """speaker_type of a speaker phrase from the lexicons (no name lists of people)."""
    phrase = phrase.strip()
    if not phrase:
        return SpeakerType.UNKNOWN.value
    if phrase.upper() in ("QUESTION", "Q", "REPORTER", "PARTICIPANT", "AUDIENCE MEMBER"):
        return SpeakerType.MEDIA.value
    if phrase.isupper() and len(phrase) > 3 and " " in phrase:
        phrase = phrase.title()  # a transcript label: "SECRETARY RUBIO" is read as "Secretary Rubio"
    bare = _LEADING_THE_RE.sub("", phrase)
    if _names_outlet(phrase, bare):
        return SpeakerType.MEDIA.value
    lower = phrase.lower()
    if lower in PRONOUNS:
        return SpeakerType.PERSON.value if lower in PERSON_PRONOUNS else SpeakerType.UNKNOWN.value
    if lower in QUANTIFIER_WORDS:
        return SpeakerType.ANONYMOUS.value
    terms = speaker_terms()
    head_phrase = _PREPOSITION_RE.split(phrase)[0].strip()
    head_phrase = _TRAILING_PARENTHETICAL_RE.sub("", head_phrase) or head_phrase
    words = head_phrase.split()
    head_word = words[-1].strip(",.") if words else ""
    head_lower = _POSSESSOR_RE.sub("", head_phrase.lower())
    term = speaker_term_re().search(head_lower.strip(",. "))
    if _quantity_head(words, head_word, phrase):
        return SpeakerType.ANONYMOUS.value
    if (head_word[:1].isupper() or _PARTICLE_NAME_RE.match(head_word)) and head_word.lower() not in terms and not head_word.isupper():
        # A capitalised head is a person unless the phrase carries an institution word
        # ("Human Rights Campaign", "Public Policy Institute", "Treasury Department").
        for word in words[1:]:
            kind = terms.get(word.lower().strip(",."))
            if kind in (SpeakerType.GOVERNMENT, SpeakerType.ORGANISATION) and word[:1].isupper():
                if any(w.lower().strip(",.") in person_nouns() for w in words[words.index(word) + 1:-1]):
                    # "White House Press Secretary Robert Gibbs", "Treasury spokesman Bill
                    # Jones", "Brookings Institution analyst Ben Wittes": the institution
                    # modifies a noun for a person, and the name after it heads.
                    return SpeakerType.PERSON.value
                return kind
        if outlet_pattern().search(head_phrase):
            return SpeakerType.MEDIA.value
        return SpeakerType.PERSON.value
    if term:
        return terms[term.group()]
    if head_word.isupper() and len(head_word) > 1:
        return SpeakerType.ORGANISATION.value
    if words and (words[0].lower() in DETERMINERS or words[0].lower() in QUANTIFIER_WORDS):
        return SpeakerType.ANONYMOUS.value
    return SpeakerType.UNKNOWN.value


def licensed(cue: CueMatch, speaker: Speaker | None) -> bool:
    """Whether a cue may attribute words to this speaker: "document" cues ("found", "showed")
    only to a document, poll or study; "noun" cues ("raised") only through a content noun."""
    if cue.info.clause == CueClause.DOCUMENT:
        return speaker is not None and speaker_type_of(speaker.text) == SpeakerType.DOCUMENT
    return cue.info.clause != CueClause.NOUN


# Plural nouns for people by their endings ("strategists", "historians", "investors",
# "migrants", "attendees", "conservatives", "voters"), not things ("numbers", "orders").
_PLURAL_PERSON_RE = re.compile(
    r"""
    (?:
        ists | ians | ors | ants | ees | tives                              # "strategists", "historians"
        | (?:resid|stud|par|oppon|recipi|pati|cli|ag|dissid|respond)ents    # "residents", "students"
        | (?:candid|deleg|advoc|gradu)ates                                  # "candidates", "delegates"
        | (?<!numb)(?<!matt)(?<!ord)(?<!oth)(?<!bord)(?<!cent)(?<!lett)(?<!pap)(?<!pow)ers  # "voters", not "numbers"
    )
    $
    """,
    re.VERBOSE,
)


def _lone_function_word(words: list[str]) -> bool:
    """Whether a phrase is one capitalised function word, no pronoun or quantifier: "In the
    same statement confirming …" — "In" is no speaker."""
    return (len(words) == 1 and words[0] in NOT_NAME_PARTS and words[0].lower() not in PRONOUNS
            and words[0].lower() not in QUANTIFIER_WORDS)


def _head_before_preposition_speaks(words: list[str]) -> bool:
    """Whether the words before a phrase's first preposition are a speaker of their own:
    "people with knowledge of the case", "the head of the agency". (``words`` hold no
    whitespace, as every caller's do: the preposition is then a word between the first and the
    last, which the set test looks for before the pattern splits; speed.)"""
    if _PREPOSITION_WORDS.isdisjoint(words[1:-1]):
        return False
    head = _PREPOSITION_RE.split(" ".join(words))[0].split()
    return bool(head) and len(head) < len(words) and is_speaker(head)


def _cut_off_after_function_word(lower: str) -> bool:
    """Whether a phrase's last word (lowercased) is a determiner or stop word, so the phrase
    was cut off: "the head of the" is no speaker ("some", "many" are kept)."""
    return (lower in DETERMINERS or lower in STOP) and lower not in QUANTIFIER_WORDS


def _lone_quantifier(words: list[str], lower: str) -> bool:
    """Whether a phrase is one quantifier (``lower``, its word lowercased): "many predict",
    "some say", "others said"."""
    return len(words) == 1 and lower in QUANTIFIER_WORDS


def _plural_of_people(head: str) -> bool:
    """Whether a phrase's last word is a plural noun for people by its ending: "strategists
    said", "Republican strategists say" (not "numbers", "orders")."""
    return bool(_PLURAL_PERSON_RE.search(head.lower())) and head.isalpha()


def is_speaker(words: list[str]) -> bool:
    """Whether a phrase can be a speaker: a pronoun, a capitalised name or a known noun."""
    if not words:
        return False
    if _lone_function_word(words):
        return False
    if _head_before_preposition_speaks(words):
        return True
    head = words[-1].rstrip(".")
    lower = head.lower()
    if lower in PRONOUNS:
        return len(words) == 1
    if _cut_off_after_function_word(lower):
        return False
    if _lone_quantifier(words, lower):
        return True
    if lower in NOT_SPEAKERS:
        return _outlet_ending_in_time_word(words)
    if (head[:1].isupper() or _PARTICLE_NAME_RE.match(head)) and lower not in LEADING_DROP and lower not in DETERMINERS and lower not in PREFIX_WORDS:
        return True
    phrase = " ".join(w.lower() for w in words)
    if speaker_term_re().search(phrase) or lower in ROLE_NOUNS:
        return True
    if _plural_of_people(head):
        return True
    if _and_others(words):
        return True
    # A possessive name determines the noun like "his" does ("Jeb's brother" as "His brother").
    return (words[0].lower() in DETERMINERS or _possessive_name(words[:-1])) and len(words) >= 2 and head.isalpha()


def _and_others(words: list[str]) -> bool:
    """Whether a phrase is a name and "other" members of a group that can speak ("Sinclair and
    other networks", "Colorado and other states"): the group after "and other" decides."""
    join = words.index("and") if "and" in words else -1
    return 0 < join < len(words) - 2 and words[join + 1] == "other" and is_speaker(words[join + 1:])


def _possessive_name(words: list[str]) -> bool:
    """Whether ``words`` are a capitalised name in the possessive ("Jeb's", "Jane Roe’s")."""
    return bool(words) and all(w[:1].isupper() for w in words) and bool(POSSESSIVE_END_RE.search(words[-1])) and words[-1][:-2].isalpha()


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns for people that speak ("analysts", "voters", "spokesman"): the anonymous-source
    terms of `lexicons/speakers.csv`, role nouns and group heads such as "people"."""
    terms = {t for t, kind in speaker_terms().items() if kind == SpeakerType.ANONYMOUS and " " not in t}
    return frozenset(terms | ROLE_NOUNS | {"people", "members", "member", "person"})


def locative_head(word: str) -> bool:
    """Whether a word can head a speaker phrase that a place follows ("voters in Iowa",
    "organizations across the country"): a person noun or a non-document speaker noun."""
    lower = word.lower()
    return lower in person_nouns() or speaker_terms().get(lower, SpeakerType.DOCUMENT) != SpeakerType.DOCUMENT


# A person's name: titles, a capitalised given name, initials and one or more capitalised
# further names ("Lt. Gen. Michael T. Flynn", "Ahmed bin Salman", "Beto O'Rourke"), from its
# first given name on (`_name_pattern` puts the titles and the first capital before it). The
# first name's letters are taken possessively (``++``: never given back): what follows them
# begins with whitespace, which none of them is, so giving one back never makes a match, and
# at the many capitals that begin no name (sentence openers) the engine gives up at once
# (speed: a fifth of the scan).
_NAME_AFTER_TITLES = r"""
    [a-z'’\-]++                        # the first name, past its capital
    (?:\s+[A-Z]\.)*                     # initials
    (?:                                 # further names:
        \s+(?:de|van|von|bin|al-)?\s*   # a particle,
        (?:Mc|Mac|O['’])?               # a prefix,
        [A-Z][a-z\-]+                   # the name,
        (?:['’][A-Z][a-z]+)?            # an apostrophe part ("D'Souza"),
        (?:-[A-Z][a-z]+)?               # a hyphenated part
    )+
"""


# A title word as `_name_pattern` splits it: its capital, then the rest of the word.
_PLAIN_TITLE_RE = re.compile(
    r"""
    [A-Z][a-z]*
    """,
    re.VERBOSE,
)


def _name_pattern() -> str:
    """A name not inside a word: at most four stacked titles ("Lt. Gen. Dr."; an unbounded run
    made "Mr. Mr. Mr. …" quadratic), then the name (`_NAME_AFTER_TITLES`). Written as one
    alternative per capital letter, the letter first: the regex engine then skips to the
    capitals of the text before trying a name (speed), and the look-behind after the letter
    tests the character before it. Each alternative is the titles that start with its letter
    without that letter, their full stop and space, further titles and the first name's
    capital, or nothing (the letter begins the first name): the same matches, tried in the same
    order, as titles written before the first capital."""
    bares = [title.bare for title in titles_for("statements")]
    if not all(_PLAIN_TITLE_RE.fullmatch(bare) for bare in bares):
        raise ValueError("a title of lexicons/titles.csv that is not one capitalised word: _name_pattern cannot split it")
    alternatives = []
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        rests = [bare[1:] for bare in bares if bare[0] == letter]
        titled = rf"(?:(?:{'|'.join(rests)})\.?\s+(?:(?:{TITLE})\s+){{0,3}}[A-Z])?" if rests else ""
        alternatives.append(rf"{letter}(?<![\w'’].){titled}")
    return "(?:" + "|".join(alternatives) + ")" + _NAME_AFTER_TITLES


_PERSON_NAME_RE = re.compile(_name_pattern(), re.VERBOSE)


# A whitespace-delimited word.
_WORD_SPAN_RE = re.compile(
    r"""
    \S+
    """,
    re.VERBOSE,
)


class Mentions(list):
    """The (offset, name) list of `name_mentions`, indexed by surname on first use (the
    resolver looks names up by surname for every statement)."""

    _index: dict[str, list[tuple[int, str]]] | None = None
    _names: dict[str, list[tuple[str, list[int]]]] | None = None

    def by_surname(self) -> dict[str, list[tuple[int, str]]]:
        if self._index is None:
            self._index = {}
            for offset, name in self:
                self._index.setdefault(name.split()[-1], []).append((offset, name))
        return self._index

    def names_of(self, surname: str) -> list[tuple[str, list[int]]]:
        """The distinct names ending in ``surname``, in order of first mention, each with its
        offsets in text order (so a look-up costs the number of names, not of mentions)."""
        if self._names is None:
            self._names = {}
            for last, items in self.by_surname().items():
                grouped: dict[str, list[int]] = {}
                for offset, name in items:
                    grouped.setdefault(name, []).append(offset)
                self._names[last] = list(grouped.items())
        return self._names.get(surname, [])


def _description_not_name(words: list[str], name: str) -> bool:
    """Whether a run of capitalised words is a description, not a person's name: it ends in
    a party word or is not typed a person ("South Carolina Republican")."""
    return words[-1] in PARTY_WORDS or speaker_type_of(name) != SpeakerType.PERSON


# The first letters of the honorifics `HONORIFIC_RE` drops from a name ("M" of "Mr.", "Ms.").
_HONORIFIC_INITIALS = tuple(sorted({word[0] for word in HONORIFIC_GENDERS}))


def name_mentions(text: str) -> Mentions:
    """(offset, name) of every multi-word person name in the text, honorifics dropped.

    A run of capitalised words is split at words that never belong to a name and at a
    possessive ("Facebook's Libra Trump" -> "Libra Trump"), so "Donald Trump Before Trump"
    gives "Donald Trump"."""
    mentions = []
    for match in _PERSON_NAME_RE.finditer(text):
        run = match.group()
        words = run.split()
        # (The apostrophe test first: a possessive inside the run is rare, and the word loop slow.)
        if NOT_NAME_PARTS.isdisjoint(words) and "\n" not in run and not (("'" in run or "’" in run) and any(w.endswith(("'s", "’s", "'", "’")) for w in words[:-1])):
            segments = ((words, match.end()),)  # the usual case: the whole run is one name
        else:
            segments = _name_segments(text, match.start(), match.end())
        for words, end in segments:
            while words and words[0] in PARTY_WORDS:
                words = words[1:]  # "Republican Mitt Romney", "Republican Congressional candidates"
            if len(words) < 2:
                continue
            name = " ".join(words)
            if _description_not_name(words, name):
                continue
            # (Every honorific begins with one of a few letters: the pattern runs only there.)
            bare = HONORIFIC_RE.sub("", name) if name.startswith(_HONORIFIC_INITIALS) else name
            if len(bare.split()) >= 2:
                mentions.append((end - len(bare), bare.rstrip("’'s") if bare.endswith(("'s", "’s")) else bare))
    return Mentions(mentions)


def _name_segments(text: str, start: int, end: int) -> list[tuple[list[str], int]]:
    """The words and end of each part of the run of capitalised words ``text[start:end]``
    between words that never belong to a name, after each possessive inside it and at a line
    break (a paragraph ends a name: "… Rob Witwer / Florida: …", "Frida Ghitis / Much became")."""
    segments, current, last = [], [], end
    for word in _WORD_SPAN_RE.finditer(text, start, end):
        if current and "\n" in text[last:word.start()]:
            segments.append((current, last))
            current = []
        if word.group() in NOT_NAME_PARTS or (word.group().endswith(("'s", "’s", "'", "’")) and word.end() < end):
            segments.append((current, last))
            current = []
        else:
            current.append(word.group())
            last = word.end()
    segments.append((current, last))
    return segments


def given_gender(name: str) -> str:
    """The gender of a full name's first given name ("Rudy Giuliani" -> "male"), or ""."""
    words = [w for w in name.split() if not TITLE_WORD_RE.match(w)]
    return first_name_genders().get(words[0], "") if len(words) >= 2 else ""


# Endings of nouns for people ("congressman", "senator", "lawmaker", "president", "nominee",
# "candidate", "activist", "politician", "billionaire", "president-elect"), for telling a
# description of a person ("the congressman") from one of a thing ("the attack").
PERSON_HEAD_RE = re.compile(
    r"""
    (?:
        man|woman|or|er|ent|ant|ee|ate|ist|ian|aire|elect                           # endings
        | mogul|star|chief|head|boss|leader|judge|justice|official|aide|envoy        # roles
        | diplomat|general|admiral|rep|sen|gov|pro|veteran|hopeful|firebrand
        | spouse|wife|husband|mother|father|son|daughter|widow|lady|girl|boy          # kin and people
        | actress|queen|king|host|attorney|chair|executive|conservative|liberal
        | progressive|pope|year-old|victim|witness|expert|scholar|analyst|counsel
        | nurse|mom|dad|child|kid|teen|spokesperson|activist|candidate
    )
    $
    """,
    re.VERBOSE,
)


# Words spelled like a person noun ("whether", "former", "reason") that head no role or group.
NOT_ROLE_HEADS = frozenset(closed_class("not_role_head"))


def people_plural(word: str) -> bool:
    """Whether a lowercase plural names a group of people by its singular: a person noun or a
    word formed like one (`PERSON_HEAD_RE`: "owners", "parents", "respondents", "staffers";
    not "numbers", "others")."""
    if not (word.islower() and word.endswith("s")) or word.endswith(("ss", "us")):
        return False
    singular = word[:-1]
    return word in person_nouns() or singular in person_nouns() or (singular not in NOT_ROLE_HEADS and bool(PERSON_HEAD_RE.search(singular)))


def our_person(phrase: str) -> bool:
    """Whether a speaker phrase is "our" and a noun for a person, resolved as "the" + that noun
    ("shouts our president" -> the article's president); not "Our Kids" (a title) nor "our
    dilemma"."""
    words = phrase.split()
    return len(words) >= 2 and words[0] == "our" and (words[-1] in person_nouns() or bool(PERSON_HEAD_RE.search(words[-1])))


def coordinated_people(name: str) -> bool:
    """Whether a person speaker's phrase is two names joined by "and", an antecedent of "they"
    ("Susan Hennessey and Benjamin Wittes … They argue"): each part one capitalised word (a
    surname) or opened by a given name or a title. Not "The mayor and Governor Smith", nor
    "Former DNC Chair and Virginia Gov. Terry McAuliffe" (one person's two roles)."""
    parts = name.split(" and ")
    return len(parts) == 2 and all(_name_part(part) for part in parts)


def _name_part(part: str) -> bool:
    """Whether one side of "X and Y" is a person's name: "Ryan", "Mr. Pruitt", "Susan Rice"."""
    words = part.split()
    if not words or not all(word[:1].isupper() for word in words):
        return False
    return len(words) == 1 or words[0] in first_name_genders() or bool(TITLE_WORD_RE.match(words[0]))
