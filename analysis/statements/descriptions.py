"""Descriptions and names of speakers: the person a role description or a role noun points at,
and the capitalised words that only open a sentence.

"the mayor" resolves to the person introduced as mayor; "says Stanford economist Maria Lopez"
to Maria Lopez; "Inter-party" or "Atypical" opening a sentence is no person. Read by `resolve`.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .context import Context
from .lexicons import closed_class, first_name_genders
from .names import PERSON_HEAD_RE, Speaker, person_nouns, speaker_type_of
from .patterns import CAP_SEQ, NOT_NAME_PARTS, NOT_NAME_WORDS, PARTY_WORDS, TITLE, TITLE_WORD_RE

_RANK_PREFIXES = frozenset(closed_class("rank_prefix"))


class Capitals:
    """The words an article capitalises mid-sentence (after a lower-case word or a comma),
    collected on first use with one pass over the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: set[str] | None = None

    def words(self) -> set[str]:
        if self._words is None:
            self._words = {m.group(1) for m in _MID_SENTENCE_CAPITAL_RE.finditer(self.text)}
        return self._words


# A capitalised word after a lower-case word or a comma: capitalised mid-sentence, so a name.
_MID_SENTENCE_CAPITAL_RE = re.compile(r"(?<=[a-z,;])[ \t]+([A-Z][\w'’\-]*)")


_NEXT_WORD_RE = re.compile(r"\s+([a-z]+)\b")
_FINITE_NEXT = frozenset(closed_class("relative_verb")) | frozenset(closed_class("finite_after_name"))


def opener_only(subject: Speaker, ctx: Context, capitals: Capitals) -> bool:
    """Whether a one-word subject is only capitalised because it opens its sentence, so it is
    no person: "Inter-party" in "Inter-party hostility has plagued …" (a lower-case part after
    its hyphen), or "Atypical" in "Atypical for a columnist, he …" (never capitalised
    mid-sentence, neither a surname of a named person nor a given name, and not followed by a
    finite verb as "Cooper described the plan." is). speaker_resolved is never such a word
    (issue 16). The mid-sentence capitals are collected once per article (`Capitals`)."""
    words = [w for w in subject.text.split() if w.lower() != "the"]
    if len(words) != 1:
        return False
    word = words[0]
    if re.search(r"-[a-z]", word) and not re.match(r"(?:al|el|ad|bin|ibn|abu)-", word, re.IGNORECASE):
        return True
    if word in ctx.mentions.by_surname() or word in first_name_genders():
        return False
    following = _NEXT_WORD_RE.match(ctx.text, subject.end)
    finite = following is not None and (following.group(1) in _FINITE_NEXT or following.group(1).endswith(("ed", "s")))
    return word not in capitals.words() and not finite


def mid_sentence_name(phrase: str, capitals: Capitals) -> bool:
    """Whether a one-word subject ending in "s" ("Yglesias", "Sanders") is a name all the same:
    the text capitalises it mid-sentence, where a plural common noun ("Buses") stays lower
    case; a party's plural ("Democrats") is still no one person."""
    word = phrase.split()[-1] if phrase.split() else ""
    if " " in phrase.strip() or word.lower() in NOT_NAME_WORDS or word in NOT_NAME_PARTS or word.lower() in PARTY_WORDS:
        return False
    return word in capitals.words()


# A name, with an optional title, right at a position: the person a role noun introduces.
_NAME_AT_RE = re.compile(rf"(?:{TITLE}\s+)?{CAP_SEQ}")


@lru_cache(maxsize=256)
def _role_patterns(head: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """For a role noun: the noun and the spaces after it ("Mayor "), and the tail of an
    appositive naming the role (", the mayor"). Both are small, so compiling one per role noun
    is cheap; the name patterns (`_NAME_AT_RE`, `_appositive_re`) are the costly part."""
    head_re = re.escape(head)
    return re.compile(rf"\b(?i:{head_re})\s+"), re.compile(_appositive_tail(head_re))


def _appositive_tail(head_re: str) -> str:
    return rf",\s+(?:the|a|an)\s+(?:[\w'’\-]+\s+){{0,4}}?(?i:{head_re})\b"


@lru_cache(maxsize=256)
def _appositive_re(head: str) -> re.Pattern[str]:
    """A name with the role noun in its appositive: "Jonas Berg, the mayor of …"."""
    return re.compile(rf"((?:{TITLE}\s+)?{CAP_SEQ}){_appositive_tail(re.escape(head))}")


def _role_before_names(text: str, head: str) -> list[tuple[int, str]]:
    """(offset, name) where the role noun stands before a name ("Mayor Jonas Berg"), scanning
    left to right without overlaps as one regex ``head\s+(name)`` would."""
    noun, _ = _role_patterns(head)
    found, taken = [], 0
    for m in noun.finditer(text):
        if m.start() < taken:
            continue
        name = _NAME_AT_RE.match(text, m.end())
        if name:
            found.append((m.start(), name.group()))
            taken = name.end()
    return found


def _role_mentions(text: str, head: str) -> list[tuple[int, str]]:
    """(offset, name) of every person the text introduces in a role: the role noun before the
    name ("Mayor Jonas Berg", "economist Maria Lopez") or the name with the role in its
    appositive ("Jonas Berg, the mayor of Springfield,"; "Ana Ruiz, a county judge,").

    The name patterns are compiled once; the appositive one, costly because a name may start at
    any capital, runs only when its tail (", the mayor") occurs in the text: it cannot match
    elsewhere."""
    found = [(start, name) for start, name in _role_before_names(text, head) if not _ranked_or_owned(text, start)]
    _, tail = _role_patterns(head)
    if tail.search(text):
        found += [(m.start(), m.group(1)) for m in _appositive_re(head).finditer(text)]
    return sorted((offset, name) for offset, name in found if speaker_type_of(name) == "person")


_WORD_BEFORE_RE = re.compile(r"([\w'’\-]+)[ \t]+$")
_OWNER_BEFORE_RE = re.compile(r"((?:[A-Z][\w'’.&\-]*[ \t]+){1,3})$")


def _ranked_or_owned(text: str, start: int) -> bool:
    """Whether the role word at ``start`` is another role: a rank before it ("Vice President Joe
    Biden" is no president) or an outlet or organisation owning it ("Fox News President Jay
    Wallace" is not the president of the country; "Russian President Vladimir Putin" is)."""
    before = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    if before and before.group(1).lower() in _RANK_PREFIXES:
        return True
    owner = _OWNER_BEFORE_RE.search(text, max(0, start - 40), start)
    return owner is not None and speaker_type_of(owner.group(1).strip()) in ("media", "organisation")


def introduced_in_role(text: str, head: str, where: int, roles: dict[str, list[tuple[int, str]]]) -> str | None:
    """The latest person introduced in the role that a definite description names, before
    ``where``: "Jonas Berg, the mayor of Springfield, won … . The mayor said …" gives Jonas
    Berg, not the person the article names most often (the role description of issue 16;
    Vieira & Poesio 2000 on definite descriptions resolving to an antecedent of the same
    head). ``roles`` caches each head's introductions, so the text is searched once per head."""
    if head not in roles:
        roles[head] = _role_mentions(text, head)
    mentions = roles[head]
    index = bisect.bisect_left(mentions, (where, ""))
    return mentions[index - 1][1] if index else None


# A role noun inside a resolved name: what follows it is the person ("Stanford economist Maria
# Lopez", "CBS News correspondent Anna Werner"); a title ("Sen.", "President") stays.
def name_after_role(name: str) -> str:
    """The name after the last role noun of a resolved speaker: "Stanford economist Maria
    Lopez" -> "Maria Lopez", "CBS News correspondent Anna Werner" -> "Anna Werner"; a title
    before a name is kept ("Adm. Brad Cooper"), and a phrase with no capitalised name after
    its role noun is returned whole."""
    words = name.split()
    nouns = person_nouns()
    for k in range(len(words) - 2, -1, -1):
        word = words[k].lower().strip(",")
        lowercase_role = words[k].islower() and (word in nouns or PERSON_HEAD_RE.search(word) is not None)
        # (A capitalised role opening the name is a title, "Mayor Ana Ortiz", unless it is a
        # profession before a given name: "Economist Mark Lopez".)
        profession = k == 0 and word not in nouns and PERSON_HEAD_RE.search(word) is not None and len(words) >= 3 \
            and words[1] in first_name_genders() and words[k] not in first_name_genders()
        role = lowercase_role or profession
        if role and not TITLE_WORD_RE.match(words[k]) and k + 1 < len(words) and all(w[:1].isupper() for w in words[k + 1:]):
            return " ".join(words[k + 1:])
    return name


_ROLE_THEN_NAME_RE = re.compile(rf"[ \t]+([a-z][a-z\-]+)[ \t]+((?:{TITLE}\s+)?{CAP_SEQ})")
_NAME_AFTER_ROLE_RE = re.compile(rf"[ \t]+((?:{TITLE}\s+)?{CAP_SEQ})")


def named_after_speaker(text: str, phrase: str, end: int) -> str | None:
    """The person a speaker phrase cut before its name introduces: 'says Stanford economist
    Maria Lopez' (the phrase "Stanford", the employer, is followed by a role noun and the name)
    and 'reports CBS News correspondent Anna Werner' (the phrase ends in the role noun). The
    employer or the role is never the speaker (issue 16)."""
    words = phrase.split()
    last = words[-1].lower() if words else ""
    if last in person_nouns() or (PERSON_HEAD_RE.search(last) and words[-1].islower()):
        match = _NAME_AFTER_ROLE_RE.match(text, end)
        return match.group(1) if match and speaker_type_of(match.group(1)) == "person" else None
    match = _ROLE_THEN_NAME_RE.match(text, end)
    if match and (match.group(1) in person_nouns() or PERSON_HEAD_RE.search(match.group(1))) and speaker_type_of(match.group(2)) == "person":
        return match.group(2)
    return None


# Nouns by which an article refers back to an organisation it has named ("the group", "the
# union", "the company"): `lexicons/closed_class.csv` organisation_description.
_ORGANISATION_DESCRIPTIONS = frozenset(closed_class("organisation_description"))
_NAMED_BODY_RE = re.compile(rf"(?:[Tt]he\s+)?{CAP_SEQ}")


def latest_organisation(text: str, phrase: str, where: int, cache: dict[str, list[tuple[int, str]]]) -> str | None:
    """The organisation a definite description of a body refers back to: the latest one named
    before ``where`` whose name holds the description's noun ("the Ohio Farmers Union … the
    union said"), else the latest organisation named ("the Ohio Farmers Union … the group
    stated", issue 16). ``cache`` keeps the article's named organisations (one pass, on first
    use). Only "the", up to two lower-case modifiers and a noun of `_ORGANISATION_DESCRIPTIONS`
    ("the group", "the labor group") is such a description."""
    words = phrase.lower().split()
    if not 2 <= len(words) <= 4 or words[0] != "the" or words[-1] not in _ORGANISATION_DESCRIPTIONS or not phrase[4:].islower():
        return None  # ("the labor group" too; not "the Ohio Farmers Union", a name)
    if "" not in cache:
        cache[""] = [(m.start(), m.group()) for m in _NAMED_BODY_RE.finditer(text)
                     if " " in m.group().strip() and speaker_type_of(m.group()) == "organisation"]
    named = cache[""][:bisect.bisect_left(cache[""], (where, ""))]
    if not named:
        return None
    for _, name in reversed(named[-12:]):
        if words[-1] in name.lower().split():
            return name
    return named[-1][1]


_AUXILIARY_WORD_RE = re.compile(r"\b(?:is|are|was|were|be|being|been|has|have|had)\b")


def verb_inside(phrase: str) -> bool:
    """Whether a subject phrase holds a finite auxiliary, so the subject pattern ran over its
    verb ("Both are being investigated"): such a phrase is no antecedent, and never a
    resolved speaker."""
    return _AUXILIARY_WORD_RE.search(phrase) is not None


_APPOSITIVE_NAME_RE = re.compile(rf"(?:{TITLE}\s+)?{CAP_SEQ}")
_DETERMINERS = frozenset(closed_class("determiner"))


def appositive_name(speaker: Speaker) -> str | None:
    """The name in a described speaker's appositive: "Another Republican, Sen. Lamar Alexander
    of Tennessee, called …" is Sen. Lamar Alexander of Tennessee (the description opens with a
    determiner; the appositive is a person's name and nothing else)."""
    words = speaker.text.split()
    if not speaker.appositive or not words or words[0].lower() not in _DETERMINERS:
        return None
    name = _APPOSITIVE_NAME_RE.fullmatch(speaker.appositive.strip().rstrip(","))
    return name.group() if name and speaker_type_of(name.group()) == "person" and " " in name.group() else None


# Lower-case words of a phrase.
_LOWER_WORDS_RE = re.compile(r"[a-z][a-z'’\-]*", re.VERBOSE)


_RANK_PREFIXES = frozenset(closed_class("rank_prefix"))


def describes(head: str, phrase: str) -> bool:
    """Whether an earlier speaker phrase uses the head noun of a description for its holder:
    "the president" is "President Obama", not "Vice President Mike Pence"."""
    words = _LOWER_WORDS_RE.findall(phrase.lower())
    if not any(word == head and (i == 0 or words[i - 1] not in _RANK_PREFIXES) for i, word in enumerate(words)):
        return False
    at = re.search(rf"\b{re.escape(head)}\b", phrase, re.IGNORECASE)
    return at is None or not _ranked_or_owned(phrase, at.start())  # not "Fox News President Jay Wallace"


# Role nouns and the titles that confer them: "Rep. Bob Etheridge … the lawmaker said".
ROLE_TITLES = {
    "lawmaker": r"Rep|Representative|Congressman|Congresswoman|Sen|Senator|Assemblyman|Assemblywoman|Del",
    "legislator": r"Rep|Representative|Sen|Senator|Assemblyman|Assemblywoman|Del",
    "congressman": r"Rep|Representative|Congressman",
    "congresswoman": r"Rep|Representative|Congresswoman",
    "senator": r"Sen|Senator",
    "governor": r"Gov|Governor",
    "mayor": r"Mayor",
}


@lru_cache(maxsize=None)
def _title_re(head: str) -> re.Pattern[str]:
    """A title conferring the role ``head`` and the name after it (group 1): "Rep. Bob
    Etheridge" for "lawmaker"."""
    return re.compile(rf"""
        \b (?: {ROLE_TITLES[head]} ) \.? \s+
        ( (?: [A-Z][\w'’\-.]* \s+ ){{0,2}} [A-Z][\w'’\-]+ )     # up to three name words
    """, re.VERBOSE)


@lru_cache(maxsize=None)
def _indefinite_re(head: str) -> re.Pattern[str]:
    """An indefinite mention of the role ``head``: "a Republican lawmaker", "another senator"."""
    return re.compile(rf"""
        \b (?: [Aa]n? | [Oo]ne | [Aa]nother ) \s+
        (?: [\w'’\-]+ \s+ ){{0,3}}?                             # up to three modifiers
        {head} \b
    """, re.VERBOSE)


# A possessive ending ("Etheridge's").
_POSSESSIVE_END_RE = re.compile(r"['’]s $", re.VERBOSE)


def titled_holder(text: str, head: str, where: int) -> str | None:
    """The person the latest title of a role noun names before ``where`` ("the lawmaker" ->
    "Bob Etheridge" after "Rep. Bob Etheridge"): a definite description refers back to a
    known referent (familiarity; Heim 1982), and the title introduced it. None when the
    article introduced an unnamed one ("a Republican lawmaker"), which the description is."""
    window = text[max(0, where - 3000):where]
    if _indefinite_re(head).search(window):
        return None
    found = None
    for found in _title_re(head).finditer(window):
        pass
    return _POSSESSIVE_END_RE.sub("", found.group(1)) if found else None
