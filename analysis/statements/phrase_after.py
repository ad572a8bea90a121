"""The speaker phrase after an inverted cue: "said Adm. Brad Cooper, commander of …",
"said a Ryan spokesman", "said Trump's spokesman Hogan Gidley", "according to local officials".

`speaker_after` tries, in order, a subject pronoun, a name, a determiner phrase and a name after
a lowercase modifier ("said former adviser X"), then a bare role before a name ("said senior
adviser David Axelrod"): compiled patterns over the words after the cue, no POS tagging.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import trie_pattern
from .context import skip_space
from .cues import cue_index
from .lexicons import closed_class, first_name_genders, speaker_terms
from .names import PERSON_HEAD_RE, Speaker, person_nouns
from .patterns import (
    CAP_SEQ,
    CLAUSE_OPENERS,
    NOT_SPEAKERS,
    PLAIN_WORD_RE,
    QUANTIFIERS,
    QUANTIFIER_WORDS,
    ROLE_NOUNS,
    STOP,
    SUBJECT_PRONOUNS,
    TITLE,
    TITLE_WORD_RE,
)

# A name after a cue ("said Cooper", "said the Pentagon"), as group 1.
NAME_AFTER = re.compile(rf"""\s*((?:(?:the|The)\s+)?{CAP_SEQ})""", re.VERBOSE)


_DESCRIPTION_STOPS = "|".join(closed_class("description_stop"))


@lru_cache(maxsize=1)
def description_after() -> re.Pattern[str]:
    """A determiner phrase ("the letter", "a Ryan spokesman", "some officials") that ends
    before punctuation, a function word or any reporting cue of the lexicon."""
    cues = trie_pattern(sorted(cue_index()[0]))
    return re.compile(
        rf"""\s*(
            (?:the|a|an|one|two|three|several|some|another|his|her|their|its|{QUANTIFIERS})\s+
            (?:[\w'’\-.]+\s+){{0,6}}?                        # up to six more words
            (?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|St)\.\s+)?     # "a Ryan spokesman, Mr. …"
            [\w'’\-]+?
        )
        (?=\s*(?:[,.;:!?)]|$                                # ends at punctuation,
          |\s(?:{_DESCRIPTION_STOPS}|{cues})\b))            # a function word or a cue""",
        re.IGNORECASE | re.VERBOSE,
    )


# A phrase opened by a lowercase first- or second-person possessive after a cue ("shouts our
# president", "says my colleague Jane Smith"), up to punctuation or a function word. Only after
# a cue: as a sentence subject, "Our Kids" (a title) and "Our thoughts" are no speakers.
_FIRST_PERSON_AFTER = re.compile(
    rf"""\s*((?:our|my|your)\s+(?:[\w'’\-.]+\s+){{0,4}}?[\w'’\-]+?)
        (?=\s*(?:[,.;:!?)]|$|\s(?:{_DESCRIPTION_STOPS})\b))""",
    re.VERBOSE,
)


# A subject pronoun after a cue ("said he"), and at the start of a clause in any case ("He").
_PRONOUN_AFTER = re.compile(rf"""\s*({SUBJECT_PRONOUNS})\b""", re.VERBOSE)


SUBJECT_PRONOUN = re.compile(rf"""\s*({SUBJECT_PRONOUNS})\b""", re.IGNORECASE | re.VERBOSE)


# A bare phrase after "according to" / "as described by" ("local Palestinian Civil Defence personnel").
_PHRASE_AFTER = re.compile(
    r"""\s*(
        [\w'’\-]+(?:\s+[\w'’\-.()]+){0,7}?   # up to eight words
    )(?=\s*[,.;:”"]|\s*$)                   # up to punctuation or the end""",
    re.VERBOSE,
)


# A name between commas ("The spokesman, Col. Peter Lerner, said"), as group 1.
NAMED_APPOSITIVE_RE = re.compile(rf""",\s*((?:{TITLE}\s+)?{CAP_SEQ}),""", re.VERBOSE)


_FOLLOWING_WORDS_RE = re.compile(r"""((?:\s+[a-z][\w\-]*){1,2})   # one or two lowercase words""", re.VERBOSE)


_APPOSITIVE_AFTER_RE = re.compile(
    r""",\s*([^,.;:“”"]{2,120})   # an appositive after a comma (group 1)
        (?=[,.;]|$)""",
    re.VERBOSE,
)


_INITIALS_END_RE = re.compile(r"""(?:^|\s)(?:[A-Z]\.)+$   # ends in initials: "George W." """, re.VERBOSE)


# What may follow a name after a cue: punctuation, the end, a time or addressee adjunct, or a
# place of origin ("says political analyst Jo Banks of Dayton, Ohio": the "of" phrase is the
# speaker's home, not part of a role, so the name still speaks).
_NAME_END = r"(?=\s*[,.;:!?)]|\s*$|\s+(?:on|in|at|of|last|this|during|to|after)\s)"


# A name after a lowercase modifier: "said former George W. Bush political director Matt
# Schlapp", "said longtime GOP strategist Ed Rollins", "explained newly-minted Speaker John
# Boehner to the Post" (an addressee or time adjunct may follow the name, as after a role).
_MODIFIED_NAME_AFTER = re.compile(
    rf"""\s*(
        (?:former|ex-|then-|acting|longtime|retired|outgoing|interim|veteran|newly[\s\-][a-z]+)\s*
        (?:(?:[A-Z]\.|[\w’'\-]+)\s+){{0,7}}?          # the role: "George W. Bush political director"
        [A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){{1,3}}     # the name: "Matt Schlapp"
    )
    {_NAME_END}""",
    re.VERBOSE,
)


# A bare role before a name, without a determiner ("said senior adviser David Axelrod", "said
# campaign spokesman Ben LaBolt"): the journalistic "false title" (Bell 1988), the name speaks.
_ROLE_NAME_AFTER = re.compile(
    rf"""\s*((?:[a-z][\w’'\-]*\s+){{0,2}}([a-z][\w’'\-]*))   # the role (group 1), its head (group 2)
    \s+((?:{TITLE}\s+)?                                      # the name (group 3): "David Axelrod"
        [A-Z][\w’'\-]+(?:\s+(?:[A-Z]\.|[A-Z][\w’'\-]+)){{1,3}})
    {_NAME_END}""",
    re.VERBOSE,
)


_POSSESSED_RE = re.compile(
    r"""(?P<s>['’]s)\s+            # a possessive
        ((?:[a-z][\w\-]*\s*){1,4})  # up to four lowercase words: "’s chief of staff" """,
    re.VERBOSE,
)


_POSSESSED_NAME_RE = re.compile(rf"""(,\s*)?\s*((?:{TITLE}\s+)?{CAP_SEQ})   # a (titled) name after a possessed noun""", re.VERBOSE)


def with_head_noun(text: str, match: re.Match[str], limit: int) -> tuple[str, int]:
    """A capitalised modifier plus its speaker noun: "Israeli officials", "Hamas spokesman"."""
    return _with_head_noun_at(text, match.group(1), match.end(1), limit)


def _with_head_noun_at(text: str, phrase: str, end: int, limit: int) -> tuple[str, int]:
    """`with_head_noun` of the ``phrase`` that ends at ``end``."""
    following = _FOLLOWING_WORDS_RE.match(text, end, limit)
    if following:
        words = following.group(1).split()
        for n in range(len(words), 0, -1):
            if words[n - 1] in speaker_terms() or words[n - 1] in ROLE_NOUNS:
                extension = re.match(r"(?:\s+[a-z][\w\-]*){%d}" % n, text[end:limit])
                return phrase + extension.group(), end + extension.end()
    return phrase, end


# A possessive and a capitalised name after a name: "(according to) Princeton University's
# Eviction Lab", "Moody's Analytics (chief economist Mark Zandi)".
_POSSESSED_CAPITAL_RE = re.compile(rf"""['’]s\s+({CAP_SEQ})""", re.VERBOSE)


def _possessed_name(text: str, start: int, end: int, limit: int) -> Speaker | str | None:
    """The named body that a name after a cue possesses, which speaks rather than its owner
    ("according to Princeton University's Eviction Lab"), as the whole phrase; the person
    after that body and a bare role ("said Moody's Analytics chief economist Mark Zandi"), as
    a Speaker described by the rest; None when no capitalised name follows a possessive."""
    owned = _POSSESSED_CAPITAL_RE.match(text, end, limit)
    if owned is None or owned.group(1).split()[0].lower() in NOT_SPEAKERS:
        return None
    role = _ROLE_NAME_AFTER.match(text, owned.end(), limit)
    if role and role.group(1).split()[0] not in STOP and (role.group(2) in person_nouns() or PERSON_HEAD_RE.search(role.group(2))):
        return Speaker(role.group(3), role.start(3), role.end(3), text[start:role.end(1)])
    return _with_head_noun_at(text, text[start:owned.end()], owned.end(), limit)[0]  # "Trump's Republican allies"


# A second name joined to a name after a cue ("write Susan Hennessey and Benjamin Wittes"), as group 1.
# (Without name particles: "and Jim Kessler of Third Way" -> "Jim Kessler".)
_AND_NAME_RE = re.compile(rf"""\s+and\s+((?:{TITLE}\s+)?[A-Z][\w’'\-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w’'\-]+){{0,2}})""", re.VERBOSE)


def _personal_name(phrase: str) -> bool:
    """Whether a capitalised phrase reads as a person's full name: two words or more, the first
    a given name of `lexicons/first_names.csv` or a title. "Susan Hennessey", "Sen. Tim Kaine";
    not "Smith", "Justice Department"."""
    words = phrase.split()
    return len(words) >= 2 and (words[0] in first_name_genders() or bool(TITLE_WORD_RE.match(words[0])))


def _with_second_person(text: str, start: int, phrase: str, limit: int) -> str:
    """The name after a cue with a second person's name joined by "and", when both read as full
    names (`_personal_name`): "… write Susan Hennessey and Benjamin Wittes on the Lawfare blog"
    -> "Susan Hennessey and Benjamin Wittes"; "said Susan Rice and added" keeps "Susan Rice"."""
    second = _AND_NAME_RE.match(text, start + len(phrase), limit)
    if second and _personal_name(phrase) and _personal_name(second.group(1)):
        return text[start:second.end(1)]
    return phrase


def speaker_after(text: str, position: int, limit: int, bare: bool = False) -> Speaker | None:
    """The speaker phrase right after a cue ("said Adm. Brad Cooper, commander of …").

    ``bare`` also accepts a phrase with no determiner up to the next punctuation, as after
    "according to" and "as described by".
    """
    patterns = (_PRONOUN_AFTER, NAME_AFTER, description_after(), _FIRST_PERSON_AFTER, _MODIFIED_NAME_AFTER) + ((_PHRASE_AFTER,) if bare else ())
    for pattern in patterns:
        match = pattern.match(text, position, limit)
        if not match:
            continue
        phrase = match.group(1)
        if pattern is _PHRASE_AFTER and phrase.endswith(".") and not _INITIALS_END_RE.search(phrase):
            phrase = phrase[:-1]
        first = phrase.split()[0].lower()
        if pattern is NAME_AFTER and (first in STOP or first in CLAUSE_OPENERS - {"the"} or first in QUANTIFIER_WORDS or (first in NOT_SPEAKERS and " " not in phrase)):
            continue  # (nor a weekday or month alone: "…, asked Thursday about the protests, said")
        if pattern is NAME_AFTER:
            phrase, _ = with_head_noun(text, match, limit)
            owned = _possessed_name(text, match.start(1), match.start(1) + len(phrase), limit)
            if isinstance(owned, Speaker):
                return owned
            phrase = owned or _with_second_person(text, match.start(1), phrase, limit)
        elif pattern is not _PRONOUN_AFTER:
            # "according to several published reports that …": the phrase stopped before a
            # cue form that is its own head noun, a speaker term ("reports", "statements").
            head = PLAIN_WORD_RE.match(text, skip_space(text, match.end(1)), limit)
            if head and head.start() - match.end(1) <= 1 and head.group() in speaker_terms():
                phrase = text[match.start(1):head.end()]
        start = match.start(1)
        possessed = _POSSESSED_RE.match(text, start + len(phrase), limit) if pattern is NAME_AFTER else None
        if possessed:
            nouns = possessed.group(2).split()
            while nouns and nouns[-1].lower() in STOP:
                nouns.pop()
            owner = f"{phrase}{possessed.group('s')} {' '.join(nouns)}" if nouns else ""
            tail = text[start + len(owner):limit]
            named = _POSSESSED_NAME_RE.match(tail) if nouns else None
            if named and (named.group(2).split()[0].lower() in NOT_SPEAKERS or tail[named.end():named.end() + 2].startswith(("'s", "’s"))):
                named = None
            if named:
                # "said Trump's spokesman Hogan Gidley", "said Obama's campaign manager, Jim
                # Messina": the name after the possessed noun speaks; the rest is its appositive.
                name_start = start + len(owner) + named.start(2)
                return Speaker(named.group(2), name_start, name_start + len(named.group(2)), owner)
            if nouns and (nouns[-1].lower() in person_nouns() or nouns[-1].lower() in speaker_terms()):
                phrase = owner  # "said Trump's spokesman": the spokesman speaks, not Trump
        appositive = ""
        rest = _APPOSITIVE_AFTER_RE.match(text[start + len(phrase):limit])
        if rest and (rest.group(1)[:1].islower() or rest.group(1).split()[0] in ("the", "a", "an")):
            appositive = rest.group(1)
        return Speaker(phrase, start, start + len(phrase), appositive)
    role = _ROLE_NAME_AFTER.match(text, position, limit)
    if role and role.group(1).split()[0] not in STOP and (role.group(2) in person_nouns() or PERSON_HEAD_RE.search(role.group(2))):
        return Speaker(role.group(3), role.start(3), role.end(3), role.group(1))
    return None
