"""Descriptions and names of speakers: the person a role description or a role noun points at,
and the capitalised words that only open a sentence.

"the mayor" resolves to the person introduced as mayor; "says Stanford economist Maria Lopez"
to Maria Lopez; "Inter-party" or "Atypical" opening a sentence is no person. Read by `resolve`.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .context import Context, RoleIndex
from ..name_words import description_nouns, titles_describing
from ..schema import SpeakerType
from .lexicons import closed_class, first_name_genders, speaker_terms
from .names import PERSON_HEAD_RE, Mentions, Speaker, given_gender, person_nouns, speaker_type_of
from .patterns import (CAP_SEQ, CLAUSE_OPENERS, DETERMINERS, HONORIFIC_GENDERS, LEADING_DROP, NOT_NAME_PARTS, NOT_NAME_WORDS,
                       PARTY_WORDS, POSSESSIVE_END_RE, PREFIX_WORDS, STOP, TITLE, TITLE_WORD_RE)

RANK_PREFIXES = frozenset(closed_class("rank_prefix"))


class Capitals:
    """The words an article capitalises mid-sentence (after a lower-case word or a comma),
    looked up one word at a time (`has`) and remembered: a pass over the whole text for the
    set of them cost more than the few words asked about (issue 12)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._known: dict[str, bool] = {}
        self._lowered: dict[str, bool] = {}

    def words(self) -> set[str]:
        """Every word the text capitalises mid-sentence (one pass; `has` asks for one)."""
        return {m.group(1) for m in _MID_SENTENCE_CAPITAL_RE.finditer(self.text)}

    def has(self, word: str) -> bool:
        """Whether ``word`` is in `words`: an occurrence of it that is a whole capitalised
        word, after a run of spaces or tabs that follows a lower-case letter, "," or ";"."""
        if word not in self._known:
            self._known[word] = _CAPITALISED_WORD_RE.fullmatch(word) is not None and any(
                _capitalised_mid_sentence(self.text, start, len(word)) for start in _occurrences(self.text, word))
        return self._known[word]

    def lowered(self, word: str) -> bool:
        """Whether the text also writes ``word`` in lower case as a whole word ("immigration"
        beside the opener "Immigration"): a common noun, no name (remembered as `has` is)."""
        key = word.lower()
        if key not in self._lowered:
            text = self.text
            self._lowered[key] = any(not (at and _WORD_PART_RE.match(text, at - 1)) and not _WORD_PART_RE.match(text, at + len(key))
                                     for at in _occurrences(text, key))
        return self._lowered[key]


# A capitalised word after a lower-case word or a comma: capitalised mid-sentence, so a name.
_MID_SENTENCE_CAPITAL_RE = re.compile(r"(?<=[a-z,;])[ \t]+([A-Z][\w'’\-]*)")
_CAPITALISED_WORD_RE = re.compile(r"[A-Z][\w'’\-]*")
_WORD_PART_RE = re.compile(r"[\w'’\-]")
_BEFORE_MID_SENTENCE = frozenset("abcdefghijklmnopqrstuvwxyz,;")


def _occurrences(text: str, word: str) -> list[int]:
    """The offsets of every occurrence of ``word`` in the text."""
    found, start = [], text.find(word)
    while start >= 0:
        found.append(start)
        start = text.find(word, start + 1)
    return found


def _capitalised_mid_sentence(text: str, start: int, length: int) -> bool:
    """Whether the word of ``length`` characters at ``start`` is what `_MID_SENTENCE_CAPITAL_RE`
    captures there: not followed by a word character, and after spaces or tabs that follow a
    lower-case letter, "," or ";"."""
    end = start + length
    if end < len(text) and _WORD_PART_RE.match(text, end):
        return False
    space = start
    while space > 0 and text[space - 1] in " \t":
        space -= 1
    return space < start and space > 0 and text[space - 1] in _BEFORE_MID_SENTENCE


_NEXT_WORD_RE = re.compile(r"\s+([a-z]+)\b")
_FINITE_NEXT = frozenset(closed_class("relative_verb")) | frozenset(closed_class("finite_after_name"))


def opener_only(subject: Speaker, ctx: Context, capitals: Capitals) -> bool:
    """Whether a one-word subject is only capitalised because it opens its sentence, so it is
    no person: "Inter-party" in "Inter-party hostility has plagued …" (a lower-case part after
    its hyphen), or "Atypical" in "Atypical for a columnist, he …" (never capitalised
    mid-sentence, neither a surname of a named person nor a given name, and not followed by a
    finite verb as "Cooper described the plan." is, unless the text writes it in lower case
    too: "Immigration was …"). speaker_resolved is never such a word
    (issue 16). The mid-sentence capitals are collected once per article (`Capitals`)."""
    words = [w for w in subject.text.split() if w.lower() != "the"]
    if len(words) != 1:
        return False
    word = words[0]
    if re.search(r"-[a-z]", word) and not re.match(r"(?:al|el|ad|bin|ibn|abu)-", word, re.IGNORECASE):
        return True
    if word in ctx.mentions.by_surname() or word in first_name_genders():
        return False
    # (Before a finite verb, the opener is a name unless the text writes it in lower case too:
    # "Immigration was the policy core of the speech", "immigration" elsewhere.)
    return not capitals.has(word) and (not finite_next(ctx.text, subject.end) or capitals.lowered(word))


def finite_next(text: str, end: int) -> bool:
    """Whether the word after ``end`` reads as a finite verb: "described" and "says" (in -ed,
    -s) or an auxiliary or cue after a name ("Cooper said", "Cooper has")."""
    following = _NEXT_WORD_RE.match(text, end)
    return following is not None and (following.group(1) in _FINITE_NEXT or following.group(1).endswith(("ed", "s")))


def mid_sentence_name(phrase: str, capitals: Capitals) -> bool:
    """Whether a one-word subject ending in "s" ("Yglesias", "Sanders") is a name all the same:
    the text capitalises it mid-sentence, where a plural common noun ("Buses") stays lower
    case; a party's plural ("Democrats") is still no one person."""
    word = phrase.split()[-1] if phrase.split() else ""
    if " " in phrase.strip() or word.lower() in NOT_NAME_WORDS or word in NOT_NAME_PARTS or word.lower() in PARTY_WORDS:
        return False
    return capitals.has(word)


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


def _role_before_names(text: str, head: str, roles: RoleIndex) -> list[tuple[int, str]]:
    """(offset, name) where the role noun stands before a name ("Mayor Jonas Berg"), scanning
    left to right without overlaps as one regex ``head\s+(name)`` would."""
    found, taken = [], 0
    for start, end in _noun_then_spaces(text, head, roles):
        if start < taken:
            continue
        name = _NAME_AT_RE.match(text, end)
        if name:
            found.append((start, name.group()))
            taken = name.end()
    return found


# A role noun of ASCII word characters, found by string search on the lower-cased text
# without compiling a pattern per noun (issue 12: the compilations were most of the cost).
_PLAIN_HEAD_RE = re.compile(r"[a-z0-9_]+")


def _plain_lower(roles: RoleIndex, head: str) -> str | None:
    """The lower-cased text when ``head`` can be found in it by string search, else None."""
    return roles.lower() if _PLAIN_HEAD_RE.fullmatch(head) else None


def _is_word_char(char: str) -> bool:
    """Whether a character is one that ``\w`` matches (so ``\b`` is beside it)."""
    return char.isalnum() or char == "_"


_SPACES_RE = re.compile(r"\s+")


def _noun_then_spaces(text: str, head: str, roles: RoleIndex) -> list[tuple[int, int]]:
    """(start, end) of every non-overlapping match of ``\b(?i:head)\s+`` in the text."""
    lower = _plain_lower(roles, head)
    if lower is None:
        noun, _ = _role_patterns(head)
        return [m.span() for m in noun.finditer(text)]
    found = []
    position = lower.find(head)
    while position >= 0:
        if position == 0 or not _is_word_char(text[position - 1]):
            spaces = _SPACES_RE.match(text, position + len(head))
            if spaces:
                found.append((position, spaces.end()))
        position = lower.find(head, position + 1)
    return found


# An appositive's opening after a name (", the "), and a name ending right before a comma;
# a name holds no comma, so a name before an appositive ends at the first comma after it.
_NAME_BEFORE_COMMA_RE = re.compile(rf"(?:{TITLE}\s+)?{CAP_SEQ}(?=,)")
_CAPITAL_RE = re.compile(r"[A-Z]")


def _name_start_before(text: str, low: int, comma: int) -> int | None:
    """The first offset from ``low`` where a name (with an optional title) runs up to
    ``comma``, or None."""
    before = text.rfind(",", low, comma)
    capital = _CAPITAL_RE.search(text, before + 1 if before >= 0 else low, comma)
    while capital:
        if _NAME_BEFORE_COMMA_RE.match(text, capital.start()):
            return capital.start()
        capital = _CAPITAL_RE.search(text, capital.start() + 1, comma)
    return None


def _appositive_names(text: str, head: str, roles: RoleIndex) -> list[tuple[int, str]]:
    """(offset, name) of every non-overlapping match of `_appositive_re` (a name with the role
    noun in its appositive: "Jonas Berg, the mayor of …"), found from the appositives' openings
    (`RoleIndex.appositive_heads`) back to their names."""
    if _plain_lower(roles, head) is None:
        _, tail = _role_patterns(head)
        return [(m.start(), m.group(1)) for m in _appositive_re(head).finditer(text)] if tail.search(text) else []
    found, position = [], 0
    for opening, _opened, end in roles.appositive_heads(head):
        if opening < position:
            continue
        start = _name_start_before(text, position, opening)
        if start is not None:
            found.append((start, text[start:opening]))
            position = end
    return found


def _role_mentions(text: str, head: str, roles: RoleIndex) -> list[tuple[int, str]]:
    """(offset, name) of every person the text introduces in a role: the role noun before the
    name ("Mayor Jonas Berg", "economist Maria Lopez") or the name with the role in its
    appositive ("Jonas Berg, the mayor of Springfield,"; "Ana Ruiz, a county judge,")."""
    found = [(start, name) for start, name in _role_before_names(text, head, roles) if not _ranked_or_owned(text, start)]
    found += _appositive_names(text, head, roles)
    return sorted((offset, name) for offset, name in found if speaker_type_of(name) == SpeakerType.PERSON)


_WORD_BEFORE_RE = re.compile(r"([\w'’\-]+)[ \t]+$")
_OWNER_BEFORE_RE = re.compile(r"((?:[A-Z][\w'’.&\-]*[ \t]+){1,3})$")


def _ranked_or_owned(text: str, start: int) -> bool:
    """Whether the role word at ``start`` is another role: a rank before it ("Vice President Joe
    Biden" is no president) or an outlet or organisation owning it ("Fox News President Jay
    Wallace" is not the president of the country; "Russian President Vladimir Putin" is)."""
    before = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    if before and before.group(1).lower() in RANK_PREFIXES:
        return True
    owner = _OWNER_BEFORE_RE.search(text, max(0, start - 40), start)
    return owner is not None and speaker_type_of(owner.group(1).strip()) in (SpeakerType.MEDIA, SpeakerType.ORGANISATION)


def introduced_in_role(text: str, head: str, where: int, roles: RoleIndex, later: bool = False) -> str | None:
    """The latest person introduced in the role that a definite description names, before
    ``where``: "Jonas Berg, the mayor of Springfield, won … . The mayor said …" gives Jonas
    Berg, not the person the article names most often (the role description of issue 16;
    Vieira & Poesio 2000 on definite descriptions resolving to an antecedent of the same
    head). ``roles`` caches each head's introductions, so the text is searched once per head."""
    if head not in roles:
        roles[head] = _role_mentions(text, head, roles)
    mentions = roles[head]
    index = bisect.bisect_left(mentions, (where, ""))
    if index:
        return mentions[index - 1][1]
    # None before: with ``later`` (a bare "the president", no modifier to tell a "prime minister"
    # from a "First Minister"), a title role's holder introduced later ("The president said … .
    # … President Trump"), the one the article gives that title.
    return mentions[0][1] if later and mentions and is_title_role(head) else None


def is_title_role(head: str) -> bool:
    """Whether a description's head is a role a title confers, held by one named person of the
    article ("president", "senator", "judge", "lawmaker"; not "republican" or "mogul")."""
    return head in ROLE_TITLES or (head not in PARTY_WORDS and TITLE_WORD_RE.match(head.capitalize()) is not None and len(head) > 3)


# Function words, never a role noun before a name ("after Jim Acosta" is no role).
_FUNCTION_WORDS = STOP | DETERMINERS | PREFIX_WORDS | LEADING_DROP | CLAUSE_OPENERS


def _roles_of(text: str, mentions: Mentions, surname: str) -> set[str]:
    """The roles the article gives the person of a surname: the titles in a mention
    ("Press Secretary Sarah Sanders": "secretary"; "Vice President Mike Pence": "vice
    president") and a role noun right before one ("star reporter Jim Acosta": "reporter")."""
    roles = set()
    for offset, name in mentions.by_surname().get(surname, []):
        titles = [word.lower().rstrip(".") for word in name.split()[:-1]
                  if TITLE_WORD_RE.match(word) and word.rstrip(".") not in HONORIFIC_GENDERS]  # ("Mr." is no role)
        if titles:
            roles.add(" ".join(titles))
        before = _WORD_BEFORE_RE.search(text, max(0, offset - 30), offset)
        word = before.group(1) if before else ""
        if word.islower() and (word in person_nouns() or (PERSON_HEAD_RE.search(word) and word not in _FUNCTION_WORDS)):
            roles.add(word)
    return roles


def in_other_role(text: str, mentions: Mentions, surname: str, head: str) -> bool:
    """Whether the article gives the person of a surname roles, none of them the role ``head``
    ("the president" is not "star reporter Jim Acosta" nor "Vice President Mike Pence"), or
    names no person by it."""
    if not any(speaker_type_of(name) == SpeakerType.PERSON and (given_gender(name) or TITLE_WORD_RE.match(name.split()[0]))
               for _, name in mentions.by_surname().get(surname, [])):
        return True  # ("Secret Service", with no given name or title, is no person the role can be)
    roles = _roles_of(text, mentions, surname)
    titles = ROLE_TITLES.get(head)
    return bool(roles) and not any(r == head or (titles and re.fullmatch(titles, r, re.IGNORECASE)) for r in roles)


# A role noun inside a resolved name: what follows it is the person ("Stanford economist Maria
# Lopez", "CBS News correspondent Anna Werner"); a title ("Sen.", "President") stays.
@lru_cache(maxsize=4096)
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


# (Up to two lowercase modifiers before the role noun: "Kurdish national security adviser
# Masrour Barzani"; the role noun is the last word of group 1.)
_ROLE_THEN_NAME_RE = re.compile(rf"[ \t]+((?:[a-z][a-z\-]+[ \t]+){{0,2}}[a-z][a-z\-]+)[ \t]+((?:{TITLE}\s+)?{CAP_SEQ})")
_NAME_AFTER_ROLE_RE = re.compile(rf"[ \t]+((?:{TITLE}\s+)?{CAP_SEQ})")


def named_after_speaker(text: str, phrase: str, end: int) -> str | None:
    """The person a speaker phrase cut before its name introduces: 'says Stanford economist
    Maria Lopez' (the phrase "Stanford", the employer, is followed by a role noun and the name;
    'said Kurdish national security adviser Masrour Barzani', with modifiers before the noun)
    and 'reports CBS News correspondent Anna Werner' (the phrase ends in the role noun). The
    employer or the role is never the speaker (issue 16)."""
    words = phrase.split()
    last = words[-1].lower() if words else ""
    if last in person_nouns() or (PERSON_HEAD_RE.search(last) and words[-1].islower()):
        match = _NAME_AFTER_ROLE_RE.match(text, end)
        return match.group(1) if match and speaker_type_of(match.group(1)) == SpeakerType.PERSON else None
    match = _ROLE_THEN_NAME_RE.match(text, end)
    role = match.group(1).split()[-1] if match else ""
    if match and (role in person_nouns() or PERSON_HEAD_RE.search(role)) and speaker_type_of(match.group(2)) == SpeakerType.PERSON:
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
                     if " " in m.group().strip() and speaker_type_of(m.group()) == SpeakerType.ORGANISATION]
    named, count = cache[""], bisect.bisect_left(cache[""], (where, ""))  # (the ones before ``where``; no copy)
    if not count:
        return None
    for _, name in reversed(named[max(0, count - 12):count]):
        if words[-1] in name.lower().split():
            return name
    return named[count - 1][1]


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
    return name.group() if name and speaker_type_of(name.group()) == SpeakerType.PERSON and " " in name.group() else None


# Lower-case words of a phrase.
_LOWER_WORDS_RE = re.compile(r"[a-z][a-z'’\-]*", re.VERBOSE)



def describes(head: str, phrase: str) -> bool:
    """Whether an earlier speaker phrase uses the head noun of a description for its holder:
    "the president" is "President Obama", not "Vice President Mike Pence"."""
    words = _LOWER_WORDS_RE.findall(phrase.lower())
    if not any(word == head and (i == 0 or words[i - 1] not in RANK_PREFIXES) for i, word in enumerate(words)):
        return False
    at = re.search(rf"\b{re.escape(head)}\b", phrase, re.IGNORECASE)
    return at is None or not _ranked_or_owned(phrase, at.start())  # not "Fox News President Jay Wallace"


# Role nouns and the titles that confer them ("Rep. Bob Etheridge … the lawmaker said"): description nouns → the titles (without their full stop) of the holders they refer to, as an
# alternation: "the lawmaker" is a "Rep." or a "Sen." (`lexicons/titles.csv`, column described_as).
ROLE_TITLES = {noun: "|".join(titles_describing(noun)) for noun in description_nouns()}


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
    return POSSESSIVE_END_RE.sub("", found.group(1)) if found else None


def plural_group(phrase: str, ctx: Context) -> bool:
    """Whether a person phrase is a group named by a plural role noun ("Senators", "the
    lawmakers", "Officials") or by the people of a place (`demonym_plural`: "Oklahomans"), no
    antecedent of "he" or "she"; a surname the article gives a person ("Sanders", "Williams")
    is none."""
    words = phrase.split()
    last = words[-1].lower() if words else ""
    if not last.endswith("s") or last.endswith(("ss", "us")) or words[-1] in ctx.mentions.by_surname():
        return False
    return last in person_nouns() or last[:-1] in person_nouns() or demonym_plural(words[-1], ctx)


def demonym_plural(word: str, ctx: Context) -> bool:
    """Whether a capitalised plural in "-ns" names the people of a place the article names as
    a whole word: "Oklahomans" beside "Oklahoma", "Ohioans" beside "Ohio" (a group, no one
    person, though the text capitalises it mid-sentence as it does a name)."""
    if not (word[:1].isupper() and word.endswith("ns")):
        return False
    stems = (word[:-2], word[:-3]) if word.endswith("ans") else (word[:-2],)
    return any(len(stem) >= 3 and stem in ctx.text and _whole_word(stem, ctx) for stem in stems)


_WORD_RUN_RE = re.compile(r"\w+")


def _whole_word(stem: str, ctx: Context) -> bool:
    r"""Whether ``stem`` stands as a whole word (``\b`` either side) in the article's text: a
    look-up in the text's words (`Context.has_word`) when it is one run of ``\w``."""
    if _WORD_RUN_RE.fullmatch(stem):
        return ctx.has_word(stem)
    return re.search(rf"\b{re.escape(stem)}\b", ctx.text) is not None


def ranked_role(phrase: str, head: str) -> str:
    """The role a description names: its head with the rank before it ("the vice president":
    "vice president"), else the head."""
    words = phrase.split()
    return f"{words[-2]} {head}" if len(words) >= 3 and words[-2] in RANK_PREFIXES else head


def same_rank(phrase: str, head: str, earlier: str) -> bool:
    """Whether an earlier speaker phrase that uses a description's head noun has the
    description's rank too: "the vice president" is not the earlier "President Ana Ruiz" (a
    description without a rank matches any, as `describes` decides)."""
    role = ranked_role(phrase, head)
    return role == head or role in earlier.lower()


# A demonstrative for one unnamed source: "this person said", "the source added".
_ONE_SOURCE_ANAPHOR_RE = re.compile(r"(?:this|that|the)\s+(?:person|source|individual)")
# A singular indefinite source: "One Republican close to the White House", "a person involved in …".
_ONE_SOURCE_RE = re.compile(r"(?:an?|one|another)\s+\S", re.IGNORECASE)


def one_source_anaphor(lower: str) -> bool:
    """Whether a (lowercased) speaker phrase points back to one unnamed source: "this person"
    (after "One Republican close to the White House called it …"), "the source", "that
    individual"."""
    return _ONE_SOURCE_ANAPHOR_RE.fullmatch(lower) is not None


def one_source(phrase: str, kind: str) -> bool:
    """Whether an earlier speaker is one unnamed source, the antecedent of `one_source_anaphor`:
    "one banker at a large firm", "A person involved in the confirmation process" (not "people
    familiar with the matter", not "the White House"); a party member unnamed too ("One
    Republican close to the White House called it …, This person said")."""
    return kind in (SpeakerType.ANONYMOUS, SpeakerType.PERSON) and _ONE_SOURCE_RE.match(phrase) is not None


# The capitalised words that open a paragraph, up to a comma or a lowercase word: "U.S.
# District Court Judge Amit Mehta" of "U.S. District Court Judge Amit Mehta ruled …".
_OPENING_NAME_RE = re.compile(r"((?:[A-Z][\w.&'’\-]*[ \t]+){1,6}?[A-Z][\w'’\-]*[a-z])(?=,|[ \t]+[a-z])")


def named_in_next_paragraph(ctx: Context, phrase: str, where: int) -> str | None:
    """The person who opens the next paragraph when an indefinite description of one person
    opens a one-sentence paragraph (the news lede's delayed identification): "A federal judge
    has ruled that … . / U.S. District Court Judge Amit Mehta ruled Tuesday …" and "A former
    senior official who oversaw … warned … . / Bob Carey, the director of …, told …" give
    Judge Amit Mehta and Bob Carey. Only "a"/"an"/"one" and a singular person noun (a new
    referent: "the judge" refers back); the description opens its paragraph (after a
    dateline at most: "WASHINGTON—"); its sentence ends the paragraph; the next paragraph opens
    with capitalised words and a comma or a lowercase word, and their end of two words or more
    is typed a person: from a title if there is one ("Judge Amit Mehta"), else from a given
    name, or before an appositive (", a professor"). Not an anonymous-source noun ("A senior
    official said … / Matthew Olsen, a top official, …": the source stays unnamed); not a
    possessive, a party plural, or a surname the text gave after its first paragraph (the
    headline) and before the description, nor one whose appositive is an anonymous-source
    noun ("Beth Steele, an FBI spokeswoman, said"): that person is not the one the lede withholds."""
    words = phrase.split()
    head = words[-1].lower() if words else ""
    if len(words) < 2 or words[0].lower() not in ("a", "an", "one") or not (head in person_nouns() or PERSON_HEAD_RE.search(head)) \
            or (head.endswith("s") and not head.endswith("ss")) or speaker_terms().get(head) == SpeakerType.ANONYMOUS:
        return None
    start, end = ctx.paragraph_of(where)
    if not re.fullmatch(r"\s*(?:[A-Z][A-Z .,]*(?:—|–|--|\s-\s))?", ctx.text[start:where]) or ctx.sentence_ends[ctx.sentence_of(where)] < end - 1:
        return None
    index = bisect.bisect_right(ctx.paragraph_starts, where)
    opening = _OPENING_NAME_RE.match(ctx.text, ctx.paragraphs[index][0]) if index < len(ctx.paragraphs) else None
    parts = opening.group(1).split() if opening else []
    people = [" ".join(parts[k:]) for k in range(len(parts) - 1) if speaker_type_of(" ".join(parts[k:])) == SpeakerType.PERSON]
    titled = [p for p in people if TITLE_WORD_RE.fullmatch(p.split()[0])]
    given = [p for p in people if p.split()[0] in first_name_genders() or re.match(r",[ \t]+(?:[a-z]|(?:A|An|The)\b)", ctx.text[opening.end():])]
    found = (titled or given or [None])[0]
    after = ctx.text[opening.end():opening.end() + 80] if opening else ""
    appositive = after.split(",")[1] if after.startswith(",") and after.count(",") > 1 else after[1:] if after.startswith(",") else ""
    if found is None or POSSESSIVE_END_RE.search(found) or found.split()[-1] in PARTY_WORDS \
            or found.split()[-1] in ctx.text[ctx.paragraphs[1][0] if len(ctx.paragraphs) > 1 else 0:where] \
            or any(speaker_terms().get(word) == SpeakerType.ANONYMOUS for word in re.findall(r"[a-z]+", appositive)):
        return None  # "Mr. Snowden’s leaks", "Top Republicans", a person named before, "Beth Steele, an FBI spokeswoman"
    return found
