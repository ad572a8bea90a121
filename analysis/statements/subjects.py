"""The subject of a sentence, found past its opening adjuncts, datelines and page furniture.

"In an e-mail, Mary Cheney declined …", "Down in the polls, Texas Gov. Rick Perry is …": the
subject is the antecedent of a participle or coordinated cue and of pronouns (`resolve`).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..lexicon import trie_pattern
from ..schema import SpeakerType
from .context import Context, skip_space
from .lexicons import closed_class, first_name_genders
from .cues import cue_index
from .names import NOT_ROLE_HEADS, PERSON_HEAD_RE, Speaker, locative_head, people_plural, person_nouns, speaker_type_of
from .patterns import (
    ADVERB_WORD_RE,
    CAP_SEQ,
    CLAUSE_OPENERS,
    DETERMINERS,
    IRREGULAR_PAST_ALTERNATION,
    IRREGULAR_PASTS,
    MONTHS,
    NOT_LABELS,
    NOT_NAME_PARTS,
    NOT_NAME_WORDS,
    NOT_SPEAKERS,
    PREFIX_WORDS,
    PRONOUNS,
    QUANTIFIER_WORDS,
    STOP,
    TITLE,
    WEEKDAY_TIME,
    WEEKDAYS,
    WORD_RE,
)
from .phrase_after import NAMED_APPOSITIVE_RE, NAME_AFTER, SUBJECT_PRONOUN, description_after, with_head_noun


# A dateline before the first sentence: "WASHINGTON —", "GAZA CITY, Oct. 14 (Reuters) -".
_DATELINE_RE = re.compile(
    r"""[A-Z][A-Z .'’\-]{2,40}   # the place in capitals: "GAZA CITY"
        (?:,[^—–\n]{0,40})?      # a date or agency: ", Oct. 14 (Reuters)"
        (?:\s*\([^()\n]{1,30}\))? # the agency alone: "WASHINGTON (Reuters) -", "NEW YORK (AP) —"
        \s+[—–-]{1,2}\s+         # the dash""",
    re.VERBOSE,
)


# A possessed noun before a comma ("Trump’s longtime personal lawyer,").
_POSSESSED_HEAD_RE = re.compile(
    r"""['’]s\s+
        (?:[\w\-]+\s+){0,3}   # up to three modifiers
        [a-z][\w\-]*(?=,)     # the lowercase head, before a comma""",
    re.VERBOSE,
)


@lru_cache(maxsize=1)
def _possessed_person_re() -> re.Pattern[str]:
    """A possessed person noun after a sentence-opening name ("’s personal lawyer"), and the
    name that may follow it as a close appositive ("… lawyer John Dowd", "… physician Dr. Ana
    Ruiz": the title belongs to the name)."""
    nouns = trie_pattern(sorted(person_nouns()))
    return re.compile(
        rf"""['’]s\s+
        (?:[a-z][\w\-]*\s+){{0,2}}   # up to two lowercase modifiers ("personal")
        ({nouns})                   # the person noun (group 1)
        (?:\s+((?:{TITLE}\s+)?{CAP_SEQ}))?   # a close appositive name, titled or not (group 2: "Dr. Ana Ruiz")
        (?=[\s,])""",
        re.VERBOSE,
    )


# A bare role and a name after a sentence-opening name, the journalistic "false title" (Bell
# 1988): "TheBlaze founder Glenn Beck", "Google chief economist Hal Varian" (the name heads the
# subject; the organisation and role describe it): at most one modifier, the role (group 2),
# the name (group 3). Without the role when the phrase already ends in one ("NRA spokeswoman").
_ROLE_NAME_RE = re.compile(
    rf"""\s+((?:([a-z][a-z\-]*)\s+)?([a-z][a-z\-]*))\s+((?:{TITLE}\s+)?{CAP_SEQ})(?=[\s,])""",
    re.VERBOSE,
)
_NAME_AFTER_ROLE_RE = re.compile(rf"""\s+()()()((?:{TITLE}\s+)?{CAP_SEQ})(?=[\s,])""", re.VERBOSE)


# A time phrase opening a sentence: "Two years prior, …", "Days later, …".
_TIME_AGO_RE = re.compile(
    r"""(?:[\w\-]+\s+){1,3}
        (?:ago|earlier|later|prior|before|after|on)\s*,\s+""",
    re.VERBOSE,
)


# A fronted time adjunct with a relative time word, its comma optional: "Last May, Ted Cruz …",
# "Earlier this year, Trump …", "Late Thursday, the court …", "Last month the senator …"
# (a subject follows: a capital, a determiner or a pronoun; "This year has been …" is none).
_FRONTED_TIME_RE = re.compile(
    rf"""(?: (?: (?:Earlier|Later|Early|Late) \s+ (?: (?:this|last|next) \s+ )?
           | (?:Last|This|Next|That) \s+ )
        (?: week | month | year | weekend | morning | afternoon | evening | night
          | spring | summer | fall | autumn | winter | {WEEKDAYS} | {MONTHS} )
        \s* ,? \s+
      | (?: Back | Since | By | Until | Even ) \s+ then \s* , \s+          # "Back then, the White House …"
      | Back \s+ in \s+ (?: {MONTHS} \s+ )? (?: \d{{4}} | the \s+ \d{{4}}s | {MONTHS} ) \s* , \s+ )   # "Back in 2016, …"
        (?= [A-Z] | (?:the|a|an|he|she|they|we|it)\s )""",
    re.VERBOSE,
)


# A one- or two-word label and colon ("Updated:", "Read More:"): page furniture if in NOT_LABELS.
_FURNITURE_LABEL_RE = re.compile(
    r"""([A-Z][\w'’]*(?:[ ][A-Z][\w'’]*)?)   # the label (group 1)
        :\s+""",
    re.VERBOSE,
)


# The comma after an opening phrase that a subject follows: a capital, a pronoun or a determiner.
_SUBJECT_AFTER_COMMA_RE = re.compile(
    r"""
    ,[”"]?\s+
    (?=[A-Z]
      | (?:he|she|they|it|we|I|the|a|an|his|her|their|its|some|several|many|most|both|all)\s)""",
    re.VERBOSE,
)


_OPENER_COMMA_RE = re.compile(r"""([A-Z][a-z]+),\s+   # "Indeed, ", "Still, " """, re.VERBOSE)

# A lowercase word and a comma after a leading adverb: the rest of the adverbial ("So far, ",
# "But now, ").
_LOWER_OPENER_COMMA_RE = re.compile(r"""[a-z]+,\s+""", re.VERBOSE)


def _before_verb(phrase: str) -> str:
    """A description cut before a verb that the phrase pattern ran over: "A former senior
    intelligence official dismissed the notion" -> "A former senior intelligence official"."""
    words = phrase.split()
    for k in range(1, len(words) - 1):
        if (locative_head(words[k]) or verb_follows_noun(words, k)) and words[k + 1].islower() and (words[k + 1].endswith("ed") or words[k + 1] in IRREGULAR_PASTS):
            return " ".join(words[:k + 1])
        if words[k + 1] in _RAISING_WORDS:
            return " ".join(words[:k + 1])  # "the speaker appears to have weathered …"
    return phrase




# Raising verbs after a subject ("the speaker appears to", "the plan seems to"): never part of a noun phrase.
_RAISING_WORDS = frozenset(closed_class("raising_verb"))


def verb_follows_noun(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is a lower-case noun right after a determiner ("The coach thanked
    the fans" -> the past form after "coach" is the verb, cut by `_before_verb`); a
    participle right after the determiner ("the retired general") is an adjective and stays."""
    return k == 1 and words[0].lower() in DETERMINERS and words[k].islower() and not words[k].endswith("ed")


# A determiner phrase of up to five words, then a past-tense verb (its head is group 2).
_SUBJECT_BEFORE_PAST_RE = re.compile(
    rf"""\s*(
        (?:[Tt]he|[Aa]n?|[Ss]ome|[Tt]wo|[Ss]everal|[Mm]any)\s+   # the determiner
        (?:[\w'’\-]+\s+){{0,4}}?                                # modifiers
        ([a-z][\w'’\-]*)                                        # the head (group 2)
    )\s+(?:[a-z]{{3,}}ed|{IRREGULAR_PAST_ALTERNATION})\b   # a past-tense verb, regular or not ("put")""",
    re.VERBOSE,
)


# A bare plural subject (no determiner) and its finite verb: "circuit-level courts have tended
# to side …", "Federal prosecutors said …". Its head must be a speaker noun (`locative_head`).
_BARE_PLURAL_SUBJECT_RE = re.compile(
    r"""\s*(
        (?:[\w\-]+\s+){0,2}?                                  # modifiers ("circuit-level")
        ([a-z][\w\-]*s)                                       # the plural head (group 2)
    )\s+(?:have|had|were|are|will|would|could|can|may|might|should|must|[a-z]{3,}ed)\b""",
    re.VERBOSE,
)


# A bare plural of people and any verb after it: "Vape shop owners believe …", "Many parents
# fear …" is a determiner phrase (`description_after`). The head (group 2) must name people
# (`people_plural`), and the next word (group 3) be no function word.
_BARE_PEOPLE_SUBJECT_RE = re.compile(
    r"""\s*(
        (?:[\w\-]+\s+){0,2}?      # modifiers ("Vape shop")
        ([a-z][\w\-]*s)           # the plural head (group 2)
    )\s+([a-z]+)\b                # the next word (group 3)""",
    re.VERBOSE,
)


# A sentence adverb or conjunction before the subject ("But", "Meanwhile", "Separately",
# "Ironically"), or a short time phrase that needs no comma ("At one point Mayor Jo Banks began
# by saying …": the mayor speaks, not "one point Mayor Jo Banks").
_LEADING_ADVERB_RE = re.compile(
    r"""(?:And|But|So|Yet|Still|Meanwhile|However|Then|Now|Later|Earlier|Instead|Also|Finally|First
        |Separately|Afterward|Afterwards|Today|Yesterday|Previously|[A-Z][a-z]+ly
        |At\s+(?:one\s+point|times|first|the\s+time)),?\s+""",
    re.VERBOSE,
)


def _opens_with_quotation(text: str, position: int, limit: int) -> bool:
    """Whether the sentence at ``position`` opens with a quote mark: its subject is inside the
    quotation ('"We are ready," Cooper said' has no narrative subject before the cue)."""
    return position < limit and text[position] in "“\"«‘'"


def _subject_start(text: str, start: int, limit: int) -> int | None:
    """Where the subject of the sentence at ``start`` begins, past a dateline, page furniture,
    a time phrase, a sentence adverb and an opening adverbial phrase; None when the sentence
    opens with a quotation (its subject is inside it)."""
    position = skip_space(text, start)
    if _opens_with_quotation(text, position, limit):
        return None
    dateline = _DATELINE_RE.match(text, position, limit)
    if dateline:
        position = dateline.end()
    label = _FURNITURE_LABEL_RE.match(text, position, limit)
    if label and label.group(1).lower() in NOT_LABELS:
        position = label.end()  # "Updated: Rick Santorum on Sunday tried …"
    ago = _TIME_AGO_RE.match(text, position, limit) or _FRONTED_TIME_RE.match(text, position, limit)
    if ago:
        position = ago.end()  # "Two years prior, then-Senator Obama used …", "Last May, Ted Cruz …"
    if text.startswith(("then-", "ex-"), position) and NAME_AFTER.match(text, text.index("-", position) + 1, limit):
        position = text.index("-", position) + 1  # "then-Senator Obama": the title and name
    lead = _LEADING_ADVERB_RE.match(text, position, limit)
    if lead:
        position = lead.end()
        rest = _LOWER_OPENER_COMMA_RE.match(text, position, limit)
        if rest:
            position = rest.end()  # "So far, the courts …": the adverbial ends at its comma
    opener = _OPENER_COMMA_RE.match(text, position, limit)
    if opener and opener.group(1) in NOT_NAME_PARTS:
        position = opener.end()  # "Indeed, …", "Still, …": not the subject
    first = WORD_RE.match(text, position, limit)
    if first and (first.group().lower() in PREFIX_WORDS or first.group().endswith("ing") or first.group().endswith("ly")):
        # The opening phrase ends at the first comma that a subject follows (a name, pronoun or
        # determiner): "Asked, for instance, if the White House would …, Robert Gibbs said".
        subject_comma = _SUBJECT_AFTER_COMMA_RE.search(text, position, min(limit, position + 250))
        comma = text.find(",", position, min(limit, position + 120))
        if subject_comma is not None:
            position = subject_comma.end()
        elif comma > 0:
            position = skip_space(text, comma + 1)
    return position


# Auxiliaries after a plural subject, and prepositions and other words that are no verb after one.
_PLURAL_AUXILIARIES = frozenset(closed_class("plural_auxiliary"))
_NOT_PLURAL_VERBS = frozenset(closed_class("not_plural_verb"))


def _plural_verb_next(people: re.Match[str]) -> bool:
    """Whether the word after a bare plural of people may be its verb: no function word or
    determiner or preposition ("critics like Professor Bosco are …"), no form in -s (a plural
    subject's present verb has none: "owners believe", not "Kaine offers one answer"), unless
    an auxiliary ("accountants can"); and no pronoun among the modifiers ("They help lawmakers")."""
    verb = people.group(3)
    if any(w.lower() in PRONOUNS for w in people.group(1).split()[:-1]):
        return False
    return verb in _PLURAL_AUXILIARIES or not (verb in STOP or verb in DETERMINERS or verb in _NOT_PLURAL_VERBS or verb.endswith("s"))


def _one_word_not_a_name(phrase: str) -> bool:
    """Whether a one-word capitalised phrase is a function word, a non-speaker or a sentence
    adverb, no name: "Nonetheless …", "Friday …", "Explicitly stating that …"."""
    return " " not in phrase and (phrase in NOT_NAME_PARTS or phrase.lower() in NOT_SPEAKERS or bool(ADVERB_WORD_RE.fullmatch(phrase))) \
        and phrase.lower() not in PRONOUNS


# A time adjunct at the end of a subject phrase: "The White House on Tuesday", "Trump on
# Wednesday morning" (the pattern reads the phrase up to the verb, past the adjunct).
_TRAILING_TIME_RE = re.compile(rf"\s+ {WEEKDAY_TIME} $", re.VERBOSE)


def _role_word(word: str) -> bool:
    """Whether a lowercase word may stand in a bare role before a name: no function word, no
    verb form ("Trump told reporter Jim Acosta", "Obama called senator …": the name is the
    object), a person noun or a word formed like one ("founder", "economist")."""
    return word not in STOP and not word.endswith(("ed", "ing")) and word not in IRREGULAR_PASTS and word not in cue_index()[0]


def _given_name_after_role_word(role: re.Match[str]) -> bool:
    """Whether one lowercase word of no known role stands before a name that opens on a given
    name and has a surname ("Trump consigliere Paul Manafort demurred", "Obama confidant Valerie
    Jarrett said"): a role all the same, since a verb there is mostly a past, a form in -s or a
    cue, when the name's own verb follows it."""
    words = role.group(4).split()
    if role.group(2) is not None or role.group(3).endswith("s") or len(words) < 2 or words[0] not in first_name_genders():
        return False
    verb = _NEXT_WORD_RE.match(role.string, role.end(4))
    return verb is not None and verb.group(1) not in STOP  # its verb follows ("Trump beat Hillary Clinton in …" has none)


_NEXT_WORD_RE = re.compile(r", ? \s+ ([a-z]+) \b", re.VERBOSE)


def _role_named(text: str, start: int, end: int, limit: int) -> Speaker | None:
    """The name after a sentence-opening name and a bare role ("TheBlaze founder Glenn Beck
    praised …"), described by the words before it; None when no person's name follows a role."""
    words = text[start:end].split()
    first, last = words[0], words[-1]
    if first in NOT_NAME_WORDS:
        return None  # "Two other Secret Service employees", "One reason Trump …": no name opens it
    if last.islower() and (last in person_nouns() or PERSON_HEAD_RE.search(last)):
        role = _NAME_AFTER_ROLE_RE.match(text, end, limit)  # "NRA spokeswoman Dana Loesch"
    else:
        role = _ROLE_NAME_RE.match(text, end, limit)
        if role is None or not all(_role_word(w) for w in role.group(1).split()) or role.group(3) in NOT_ROLE_HEADS \
                or not (role.group(3) in person_nouns() or PERSON_HEAD_RE.search(role.group(3)) or _given_name_after_role_word(role)):
            return None
    name = role.group(4) if role is not None else ""
    time = _TRAILING_TIME_RE.search(name)
    if time is not None and time.start() > 0:
        name = name[:time.start()]  # "Republican presidential candidate Donald Trump on Monday pledged"
    if not name or speaker_type_of(name) != SpeakerType.PERSON or name.split()[0].lower() in NOT_SPEAKERS:
        return None
    return Speaker(name, role.start(4), role.start(4) + len(name), text[start:role.start(4)].strip())


def sentence_subject(text: str, start: int, limit: int) -> Speaker | None:
    """The subject at the start of a sentence, after any opening adverbial phrase
    ("In an e-mail, Mary Cheney declined …", "Down in the polls, Texas Gov. Rick Perry is …"),
    without a time adjunct after it ("The White House on Tuesday rejected …")."""
    subject = _sentence_subject(text, start, limit)
    time = _TRAILING_TIME_RE.search(subject.text) if subject is not None and not subject.appositive else None
    if time is not None and time.start() > 0:
        return Speaker(subject.text[:time.start()], subject.start, subject.start + time.start())
    return subject


def _sentence_subject(text: str, start: int, limit: int) -> Speaker | None:
    """`sentence_subject` as the patterns read it."""
    position = _subject_start(text, start, limit)
    if position is None:
        return None
    bare = _BARE_PLURAL_SUBJECT_RE.match(text, position, limit)
    if bare is not None and locative_head(bare.group(2)) and not NAME_AFTER.fullmatch(bare.group(1)):
        return Speaker(bare.group(1), bare.start(1), bare.end(1))  # "So far, circuit-level courts have tended …"
    people = _BARE_PEOPLE_SUBJECT_RE.match(text, position, limit)
    if people is not None and _plural_verb_next(people) and people_plural(people.group(2)) and not NAME_AFTER.fullmatch(people.group(1)):
        return Speaker(people.group(1), people.start(1), people.end(1))  # "Vape shop owners believe …"
    for pattern in (SUBJECT_PRONOUN, NAME_AFTER, description_after()):
        match = pattern.match(text, position, limit)
        if match:
            phrase = match.group(1)
            if pattern is NAME_AFTER and _one_word_not_a_name(phrase):
                continue
            if pattern is not NAME_AFTER:
                phrase = _before_verb(phrase)
            name_words = phrase.split()[1:] if phrase.split()[0].lower() == "the" else phrase.split()
            if pattern is NAME_AFTER and (not name_words or name_words[0].lower() in (CLAUSE_OPENERS | QUANTIFIER_WORDS) - PRONOUNS):
                continue
            if pattern is NAME_AFTER:
                phrase, _ = with_head_noun(text, match, limit)
                role = _role_named(text, match.start(1), match.start(1) + len(phrase), limit)
                if role is not None:
                    return role
            if phrase.split()[0].lower() in NOT_LABELS:
                return None
            named = NAMED_APPOSITIVE_RE.match(text, match.start(1) + len(phrase), limit)
            possessed = _POSSESSED_HEAD_RE.match(text, match.start(1) + len(phrase), limit) if pattern is NAME_AFTER else None
            if possessed:
                # "Cornyn's Democratic counterpart, Sen. Bob Menendez, D-NJ, offered …": the
                # possessed noun heads the subject (not its possessor), and the name in its
                # appositive is who it is.
                named = NAMED_APPOSITIVE_RE.match(text, possessed.end(), limit)
                if named and speaker_type_of(named.group(1)) == SpeakerType.PERSON:
                    start = named.start(1)
                    return Speaker(named.group(1), start, start + len(named.group(1)), text[match.start(1):possessed.end()])
                named = None
            owned = _possessed_person_re().match(text, match.start(1) + len(phrase), limit) if pattern is NAME_AFTER else None
            if owned:
                # "Trump's personal lawyer John Dowd said …": the possessed person noun heads the
                # subject, not its possessor; a name right after it (a close appositive) is who
                # it is ("Trump's lawyer said …" keeps the whole phrase).
                if owned.group(2) and speaker_type_of(owned.group(2)) == SpeakerType.PERSON:
                    return Speaker(owned.group(2), owned.start(2), owned.end(2), text[match.start(1):owned.end(1)])
                if not owned.group(2):  # (not "The North's official KCNA news agency": an adjective)
                    return Speaker(text[match.start(1):owned.end(1)], match.start(1), owned.end(1))
            if named and phrase.split()[0].lower() in DETERMINERS and speaker_type_of(named.group(1)) == SpeakerType.PERSON:
                # "A lawyer for Mr. Grimm, William McGinley of Patton Boggs, confirmed …"
                start = named.start(1)
                return Speaker(named.group(1), start, start + len(named.group(1)), phrase)
            return Speaker(phrase, match.start(1), match.start(1) + len(phrase))
    subject = _SUBJECT_BEFORE_PAST_RE.match(text, position, limit)
    if subject is not None and locative_head(subject.group(2)):
        # "The source challenged one major aspect of the story line, insisting …": a long
        # predicate hides the clause's end from the description pattern; a determiner phrase
        # headed by a speaker noun before a past-tense verb is the subject all the same.
        return Speaker(subject.group(1), subject.start(1), subject.end(1))
    return None


# A subject pronoun opening the content right after a cue: 'said that he', 'says she'.
_CONTENT_PRONOUN_RE = re.compile(r"\s+ (?: that \s+ )? (he|she) \b", re.VERBOSE)


def self_reference_gender(surname: str, ctx: Context) -> str:
    """The gender of a surname the article gives no honorific or known given name, from the
    pronoun its bearer's reported words open with: "Judge Okoro said that he had received
    threats" makes Okoro male (the reported clause's subject pronoun is read as the speaker, the
    usual reading); "" when the article's uses disagree or there are none."""
    found = set()
    text = ctx.text
    for k in _cues_after(surname, ctx):
        at = ctx.cue_starts[k] - len(surname) - 1
        if not (at and (text[at - 1].isalnum() or text[at - 1] == "-")):
            pronoun = _CONTENT_PRONOUN_RE.match(text, ctx.cues[k].end)
            if pronoun:
                found.add("male" if pronoun.group(1) == "he" else "female")
    return found.pop() if len(found) == 1 else ""


_MAX_INDEXED_WORD = 40  # characters; a longer surname is searched for in the text


def _cues_after(surname: str, ctx: Context) -> list[int]:
    """The cues (index of the first at each offset) that ``surname`` and a space stand right
    before, in text order. A surname without white space is a suffix of the run of non-space
    characters before a cue's space, so the article's cues are indexed once by those suffixes
    that `self_reference_gender` accepts (`Context.before_cues`) rather than the text searched
    for every surname (issue 12); the cues it rejects are left out of the index."""
    text, starts = ctx.text, ctx.cue_starts
    if not surname or len(surname) > _MAX_INDEXED_WORD or surname.split() != [surname]:
        found, at = [], text.find(surname + " ")
        while at >= 0:  # (str.find, then a look at the word after: a pattern scan of the text cost 20 times more)
            after = at + len(surname) + 1
            k = bisect.bisect_left(starts, after)
            if k < len(starts) and starts[k] == after:
                found.append(k)
            at = text.find(surname + " ", after)
        return found
    if ctx.before_cues is None:
        ctx.before_cues = _before_cues(text, starts)
    return ctx.before_cues.get(surname, [])


def _before_cues(text: str, starts: list[int]) -> dict[str, list[int]]:
    """`Context.before_cues`: each string that may be a surname right before a cue's space
    (a suffix of the run of at most `_MAX_INDEXED_WORD` non-space characters there, starting
    where no letter, digit or hyphen precedes) -> the cues (the first at each offset). (Speed:
    the run found by `str.split`, and its characters tested one by one only when one of them
    is neither a letter, a digit nor a hyphen.)"""
    index: dict[str, list[int]] = {}
    previous = -1
    for k, start in enumerate(starts):
        if start == previous or start < 2 or text[start - 1] != " ":
            previous = start
            continue
        previous, end = start, start - 1
        low = max(0, end - _MAX_INDEXED_WORD)
        words = text[low:end].split()  # (`str.split` splits where `str.isspace` holds)
        run = words[-1] if words and not text[end - 1].isspace() else ""
        first = end - len(run)
        inner = run[:-1]
        if inner.isalnum() or not inner or inner.replace("-", "a").isalnum():
            # The usual case: only the run's first character may start a surname.
            if run and not (first and (text[first - 1].isalnum() or text[first - 1] == "-")):
                index.setdefault(run, []).append(k)
            continue
        for at in range(first, end):
            if not (at and (text[at - 1].isalnum() or text[at - 1] == "-")):
                index.setdefault(text[at:end], []).append(k)
    return index


_NAMED_INTRODUCERS = (SpeakerType.PERSON, SpeakerType.ORGANISATION, SpeakerType.GOVERNMENT, SpeakerType.MEDIA)


def named_colon_subject(text: str, floor: int, end: int) -> Speaker | None:
    """The named person or body whose colon sentence ``text[floor:end]`` introduces the quoted
    paragraph after it, whatever its verb ('Times columnist Jim Rutenberg sees a silver lining:'
    over '“As Mr. Trump tries …”', 'ACLU:' over '“Enough is enough.”'): the words are theirs, as
    after a cue. The predicate has two words or more, so that a heading ("Duck quacker:")
    introduces no one; None when no such subject opens the sentence."""
    speaker = sentence_subject(text, floor, end)
    if speaker is None or speaker_type_of(speaker.text) not in _NAMED_INTRODUCERS or not speaker.text[:1].isupper():
        return None
    predicate = text[speaker.end:end - 1].split()
    if len(predicate) == 1 or (not predicate and not all(word[:1].isupper() for word in speaker.text.split())):
        return None  # a verb and its complement, or a name alone ("ACLU:"); not a heading ("Duck quacker:")
    return speaker


# A fronted subordinate clause with a definite description as its subject, up to the comma
# before a main-clause pronoun: "As the president puts a damper on …, ", "When the former
# governor left office, " (group "rest": the words after "the", with no comma or quotation).
_FRONTED_CLAUSE_RE = re.compile(r"""
    \W* (?: (?: But | And | Yet ) \s+ )?
    (?: As | When | While | After | Before | Once | Since | Because | Although | Though | Even \s+ as | Just \s+ as )
    \s+ the \s+ (?P<rest> [a-z][^,;:“”"()—–]* ) , \s* $
""", re.VERBOSE)

# Words that cannot follow the subject description as its verb ("the president of …", "the
# woman who …", "the mayor and …").
_NOT_AFTER_SUBJECT = frozenset(closed_class("description_stop")) | frozenset(closed_class("head_preposition"))


def fronted_clause_subject(text: str, start: int, where: int) -> str | None:
    """The definite description that is the subject of a fronted subordinate clause, when the
    pronoun at ``where`` opens the main clause right after it: "As the president puts a damper
    on speculation, he indicated …" -> "the president" (the subject of the fronted clause is the
    main clause's pronoun's antecedent). One person: a person noun (`names.person_nouns`) within
    three words ("the former governor"), not a plural ("the senators"), followed by a word that
    may be its verb (not "of", "who")."""
    match = _FRONTED_CLAUSE_RE.match(text, start, where)
    if not match:
        return None
    words = match.group("rest").split()
    for k, word in enumerate(words[:3]):
        if k + 1 < len(words) and word in person_nouns() and not (word.endswith("s") and not word.endswith("ss")) \
                and words[k + 1] not in _NOT_AFTER_SUBJECT:
            return "the " + " ".join(words[:k + 1])
    return None
