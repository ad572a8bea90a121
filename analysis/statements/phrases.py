"""The speaker phrase before a reporting cue.

Walks back from a cue over adverbs, appositives, parentheticals and relative pronouns
(`speaker_before`): compiled patterns and a token walk over the few words before a cue, no POS
tagging. The phrase after an inverted cue is `phrase_after.speaker_after` (named here too, for
the modules that read both from here).
"""

from __future__ import annotations

import re

from ..schema import SpeakerType
from .cues import cue_index, find_cues
from .lexicons import closed_class, first_name_genders
from .names import Speaker, is_speaker, locative_head, person_nouns, speaker_type_of
from .patterns import (
    ADVERB_WORD_RE,
    CAP_SEQ,
    DAY_PARTS,
    DETERMINERS,
    LEADING_DROP,
    LEADING_TIME_RE,
    LY_NOUNS,
    MONTHS,
    PARTY_WORDS,
    PREFIX_WORDS,
    PRONOUNS,
    QUANTIFIER_WORDS,
    ROLE_NOUNS,
    STOP,
    TITLE,
    TITLE_WORD_RE,
    WEEKDAYS,
)
from .phrase_after import speaker_after  # noqa: F401  (re-exported: direct, reported, speakers, nominal read it here)


# The tokens of a speaker phrase: words (with apostrophes, inner full stops, hyphens,
# ampersands: "U.S.", "AT&T"), punctuation that bounds a phrase, any other character.
_TOKEN_RE = re.compile(
    r"""[A-Za-z0-9][\w'’.\-&]*
      | [,;:()“”"«»—–]
      | \S""",
    re.VERBOSE,
)


# Words allowed between a speaker and its cue ("Cooper also said", "he is expected to say").
_AUXILIARY = frozenset(closed_class("auxiliary"))  # (emphatic "do": "but did say that …" is an affirmed statement; "did not say" stays negated)


def phrase_tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    # (Mapping the unbound Match methods over the matches costs a third less than a loop
    # calling them on each: this runs once per cue.)
    matches = list(_TOKEN_RE.finditer(text, start, end))
    return list(zip(map(re.Match.start, matches), map(re.Match.end, matches), map(re.Match.group, matches)))


# Photo and share-bar furniture that scraped text runs into a sentence's subject.
_FURNITURE_WORDS = frozenset(closed_class("furniture_word"))


_GERUND_FOLLOWERS = frozenset(closed_class("gerund_follower"))


# Particles and prepositions after the participle of a reduced passive relative ("turned over to").
_REDUCED_RELATIVE_FOLLOWERS = frozenset(closed_class("reduced_relative_follower"))


# A sentence-opening determiner phrase, a non-restrictive "which"/"who" clause, a comma.
_LONG_RELATIVE_SUBJECT_RE = re.compile(
    r"""\s*((?:[Tt]he|[Aa]n?)\s+[\w'’\-]+(?:\s+[\w'’\-]+){0,3}),   # "The group," (group 1)
        \s+((?:which|who)\s+[^.;:!?“”"]{5,240}?),                # "which …," (group 2)
        \s*$""",
    re.VERBOSE,
)


# A finite auxiliary before any relative pronoun, within the clause (no comma).
_FINITE_BEFORE_RELATIVE_RE = re.compile(
    r"""(?:(?!\b(?:who|whom|which|that|whose|where|when)\b)[^,])*?
        \b(?:is|was|were|are|has|have|had|will|would)\b""",
    re.VERBOSE,
)


# AP-style party and state tag ("R-TX", "D-N.J.", "R-Ohio"), and the state or country after a
# place ("Peoria, Ill.", "Tel Aviv, Israel").
_CALENDAR_WORD_RE = re.compile(rf"""(?:{WEEKDAYS}|{MONTHS}|\d+)""", re.VERBOSE)


_ENDS_IN_TOWN_RE = re.compile(
    r"""\b(?:in|of|from|at|near)\s+
        (?:[A-Z][\w.'’\-]*\s?){1,3}$   # "of Peoria, Ill."-style: up to three capitalised words""",
    re.VERBOSE,
)


_PARTY_TAG_RE = re.compile(r"""[RDI]-[A-Z][\w.]*   # "R-TX", "D-N.J." """, re.VERBOSE)


_PLACE_TAIL_RE = re.compile(r"""(?:[A-Z][a-z]*\.?\s?){1,3}   # "Ill.", "Tel Aviv" """, re.VERBOSE)


# A past participle ending the text before a time adjunct: "(a poll) released (Wednesday)",
# "(a survey) conducted (last month)", "(officials) briefed (Monday)".
_PARTICIPLE_END_RE = re.compile(r"\s+ [a-z]{3,}ed $", re.VERBOSE)
_CUE_WORD_RE = re.compile(r"[\w'’]*", re.VERBOSE)
_THAT_AFTER_RE = re.compile(r"\s+ that \b", re.VERBOSE)


# A time adjunct between a speaker and its cue, at the end of the text before the cue.
_TIME_BEFORE_CUE_RE = re.compile(
    rf"""\s+(?:on\s+)?(?:
        (?:{WEEKDAYS})(?:\s+(?:{DAY_PARTS}))?                       # "on Tuesday morning"
      | yesterday | today | tonight
      | (?:last|this|earlier\ this|late\ last|early\ last)\s+      # "earlier this week"
        (?:week|month|year|weekend|night|morning|afternoon|evening|spring|summer|fall|autumn|winter|{WEEKDAYS})
      | (?:over|during|on)\s+the\s+(?:weekend|holidays?|week|summer)  # "Trump over the weekend denied"
    )\s*$""",
    re.VERBOSE,
)


def _comma_opens_appositive(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether a comma stands between token ``i`` and the start of its sentence (walking back
    at most 20 tokens): the comma that would open an appositive ending at ``i``."""
    for j in range(i, max(-1, i - 20), -1):
        word = tokens[j][2]
        if word == ",":
            return True
        if word in (";", ":", "“", "”", '"') or (word.endswith((".", "!", "?")) and not TITLE_WORD_RE.match(word) and len(word) > 3):
            return False
    return False


# Heads that take an "of"/"with" phrase inside a speaker ("two of the people", "people with
# knowledge of the case", "the head of the agency").
_GROUP_HEADS = ROLE_NOUNS | QUANTIFIER_WORDS | frozenset(closed_class("group_head"))


_LOCATIVE_PREPOSITIONS = frozenset(closed_class("locative_preposition"))


_PARTICIPLE_PREPOSITIONS = frozenset(closed_class("participle_preposition"))


def _acronym(word: str) -> bool:
    """Whether a word is an acronym in capitals ("WHO", "US"), which no stop word is."""
    return len(word) > 1 and word.isupper() and word.isalpha()


def _walk_phrase(tokens: list[tuple[int, int, str]], i: int, skipped: int, people: bool = True) -> list[tuple[int, int, str]]:
    """The noun phrase ending at token ``i``, walking left until a clause boundary (``people``:
    a noun for people before "for" may head it, `_with_attachments`)."""
    words, i = _walk_left(tokens, i, people)
    if words and words[-1][2].lower() in PRONOUNS and len(words) > 1:
        words = words[-1:]
    return _with_attachments(tokens, words, i, people)


def _people_nouns(left: str, right: str) -> bool:
    """Whether two bare lowercase nouns joined by "and" both name people ("Beltway analysts and
    pundits predicted", "officials and experts say"): one coordinated subject speaks, not only
    the second noun ("cuts and economists" is no subject: "cuts" names no one)."""
    return right.islower() and all(w.isalpha() and w[1:].islower() and w.lower() not in PRONOUNS and is_speaker([w.lower()]) for w in (left, right))


def _walk_left(tokens: list[tuple[int, int, str]], i: int, people: bool = True) -> tuple[list[tuple[int, int, str]], int]:
    """(the words of a phrase ending at token ``i``, the index before them): left over names,
    parentheticals, a role's preposition, a speaker noun's place, and coordination inside
    the phrase, stopping at a clause boundary, a determiner or a pronoun."""
    words: list[tuple[int, int, str]] = []
    while i >= 0 and len(words) < 8:
        word = tokens[i][2]
        lower = word.lower()
        if word == ")":
            # A parenthetical after a name: "John Boehner (R-Ohio) admitted".
            j = i
            while j >= 0 and tokens[j][2] != "(" and i - j < 12:
                j -= 1
            if j >= 0 and tokens[j][2] == "(":
                i = j - 1
                continue
            break
        if lower in STOP and word[:1].isupper() and words and words[0][2][:1].isupper() and i > 0 and tokens[i - 1][2][:1].isupper():
            # A function word inside a name: "Hotline On Call", "Council on Foreign Relations".
            words.insert(0, tokens[i])
            i -= 1
            continue
        if word in ",;:“”\"«»—–('‘’" or (lower in STOP and not _acronym(word)):
            # "ambassador to the United Nations", "spokesman for Hamas": keep the preposition.
            # (An acronym is a name, never a stop word: "the WHO report", "the US envoy".)
            # (Also any noun for people before "for": "prosecutors for Apple", "attorneys for the family".)
            if lower in ("to", "for", "at", "in") and words and i > 0 and (
                    tokens[i - 1][2].lower() in ROLE_NOUNS or (lower == "for" and people and tokens[i - 1][2].lower() in person_nouns())):
                words.insert(0, tokens[i])
                i -= 1
                continue
            # A place or employer after a speaker noun, directly or through a participle:
            # "analysts at Goldman Sachs", "voters in Iowa", "activists gathered in suburban
            # Maryland" (the noun speaks, not the place).
            if lower in _LOCATIVE_PREPOSITIONS and words and i > 0:
                k = i - 1
                if k > 0 and tokens[k][2].islower() and tokens[k][2].endswith("ed") and locative_head(tokens[k - 1][2]):
                    k -= 1
                if locative_head(tokens[k][2]):
                    words[:0] = tokens[k:i + 1]
                    i = k - 1
                    continue
            # Coordination inside one phrase: "Israel and Hamas", "a gay men and lesbian group".
            if lower == "and" and words and i > 0:
                names = words[0][2][:1].isupper() and tokens[i - 1][2][:1].isupper()
                names = names or _people_nouns(tokens[i - 1][2], words[0][2]) or (words[0][2] == "other" and tokens[i - 1][2][:1].isupper())  # "analysts and pundits said", "Carey and other advocates said"
                determined = False
                for k in range(i - 1, max(-1, i - 5), -1):
                    left = tokens[k][2].lower()
                    if left in ("a", "an", "the"):
                        determined = True
                        break
                    if left in STOP or left in ",;:“”\"()":
                        break
                if names or determined:
                    words.insert(0, tokens[i])
                    i -= 1
                    continue
            break
        words.insert(0, tokens[i])
        i -= 1
        if lower in DETERMINERS and lower not in QUANTIFIER_WORDS and lower not in ("one", "two", "three"):
            break
        if lower in PRONOUNS:
            break
    return words, i


def _with_attachments(tokens: list[tuple[int, int, str]], words: list[tuple[int, int, str]], i: int, people: bool = True) -> list[tuple[int, int, str]]:
    """A walked phrase with what attaches to its head on the left: a reduced relative's place
    ("people briefed on the matter"), prepositional phrases ("two of the people", "the lawyer
    for the campaign") and a coordinated determined phrase after a comma."""
    if words and words[0][2].lower() in ("the", "a", "an") and i >= 1 and (
        tokens[i][2].lower() in _LOCATIVE_PREPOSITIONS
        or (i >= 2 and tokens[i][2].lower() in _PARTICIPLE_PREPOSITIONS and tokens[i - 1][2].islower() and tokens[i - 1][2].endswith("ed"))
    ):
        # "organizations across the country said": the place is a determiner phrase; "two
        # people briefed on the matter said": so is a past participle's object (a reduced
        # relative clause, "people [who were] briefed on the matter"), and the noun speaks.
        k = i - 1
        if k > 0 and tokens[k][2].islower() and tokens[k][2].endswith("ed"):
            k -= 1
        if locative_head(tokens[k][2]):
            head = _walk_phrase(tokens, k, 0)
            if head and head[-1] is tokens[k]:
                words = head + list(tokens[k + 1:i + 1]) + words
    # A prepositional phrase inside the noun phrase: "people with knowledge of the case",
    # "two of the people", "the head of the agency".
    while words and len(words) < 10:
        k = tokens.index(words[0]) - 1
        if k >= 1 and (
            (tokens[k][2] in ("of", "with") and (tokens[k - 1][2].lower() in _GROUP_HEADS or tokens[k - 1][2].isdigit()))
            # (A person noun's "with" or "of" phrase: "a source with knowledge of the exchange", "critics of the plan".)
            or (tokens[k][2] in ("with", "of") and tokens[k - 1][2].lower() in person_nouns())
            or (tokens[k][2] in ("for", "to", "at") and tokens[k - 1][2].lower() in ROLE_NOUNS)
            # (A noun for people and the side it works for: "advocates for children", "attorneys
            # for the family"; not before "which", whose antecedent is a thing: "sources for the
            # story, which alleged".)
            or (tokens[k][2] == "for" and people and tokens[k - 1][2].lower() in person_nouns())
        ):
            # (Also a role's employer with its determiner: "the lawyer for the campaign".)
            more = _walk_phrase(tokens, k - 1, 0)
            if not more:
                break
            words = more + [tokens[k]] + words
        else:
            break
    # Two determined phrases joined by "and" after a comma: ", the lawyer for the campaign and
    # the party said" (a clause's "and" has no comma-bounded noun phrase before it).
    k = tokens.index(words[0]) - 1 if words else -1
    if k >= 2 and tokens[k][2] == "and" and words[0][2].lower() in ("the", "a", "an", "his", "her", "their", "its"):
        more = _walk_phrase(tokens, k - 1, 0)
        before = tokens.index(more[0]) - 1 if more else -1
        if more and more[0][2].lower() in DETERMINERS and before >= 0 and tokens[before][2] == ",":
            words = more + [tokens[k]] + words
    return words


# A finite verb in the words before a cue's subject ("The ban took effect Monday and Ottawa
# said"): the words before the conjunction are a clause of their own, not part of the speaker.
_FINITE_WORD_RE = re.compile(
    r"""[a-z]+ed                                           # a regular past
      | took|made|came|went|was|were|is|are|has|had|began|left|fell|rose|won|lost|held|met|got|saw|ran|did""",
    re.VERBOSE,
)


def _after_coordinated_clause(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``words`` from after the last "and"/"but" that follows a finite verb and precedes a
    capitalised word (the subject of the second clause speaks), else ``words`` unchanged."""
    joins = [k for k, w in enumerate(words) if w[2] in ("and", "but") and 0 < k < len(words) - 1 and words[k + 1][2][:1].isupper()]
    if joins and any(_FINITE_WORD_RE.fullmatch(w[2]) for w in words[:joins[-1]]):
        return words[joins[-1] + 1:]
    return words


def speaker_before(text: str, floor: int, cue_start: int, modifiers: bool = True) -> Speaker | None:
    """The speaker phrase ending just before a cue (walking back over adverbs, appositives,
    parentheticals such as "(R-Ohio)", relative pronouns and a time adjunct: "Obama on Tuesday
    said", "a poll last week found")."""
    if text[cue_start - 2:cue_start].strip() == ",":
        relative = _relative_clause_subject(text, floor, cue_start)
        if relative is not None:
            return relative
    adjunct = _TIME_BEFORE_CUE_RE.search(text, max(floor, cue_start - 40), cue_start)
    cue_end = _CUE_WORD_RE.match(text, cue_start).end() if adjunct else cue_start
    if adjunct and adjunct.start() > floor:
        cue_start = adjunct.start()
        participle = _PARTICIPLE_END_RE.search(text, max(floor, cue_start - 20), cue_start) if _THAT_AFTER_RE.match(text, cue_end) else None
        if participle and participle.start() > floor:
            cue_start = participle.start()  # "A Fox News poll released Wednesday showed": a reduced relative and its time
    tokens = phrase_tokens(text, max(floor, cue_start - 240), cue_start)
    i, skipped = _phrase_end(tokens)
    if i < 0:
        return None
    past = _past_relative_pronoun(text, floor, tokens, i)
    if isinstance(past, Speaker):
        return past
    i = past
    appositive = ""
    if tokens[i][2] == "," and i >= 3 and tokens[i - 1][2] == ")" and tokens[i - 3][2] == "(" and _PARTY_TAG_RE.fullmatch(tokens[i - 2][2]) \
            and not _comma_opens_appositive(tokens, i - 4):
        # "Rep. Steve King (R-Iowa), tweeted": a comma after the party tag with no earlier comma
        # to open an appositive is a stray one; the name before the tag is the subject (but in
        # "A spokesman for the chairman, Sen. X (R-Iowa), said" the spokesman speaks).
        i -= 1
    if tokens[i][2] == ",":
        walked = _past_appositive(text, floor, tokens, i)
        if not isinstance(walked, tuple):
            return walked  # the name between the commas, or None (a trailing attribution)
        i, appositive = walked
    words = _walk_phrase(tokens, i, skipped, people=not (i + 2 < len(tokens) and tokens[i + 2][2].lower() == "which"))
    words = _with_town(tokens, words)
    # "one GOP insider who had direct contact with Steele told …", "the committee probing the
    # Benghazi attacks has requested …": the speaker is the head the modifier hangs on.
    if words and modifiers:
        words = _modified_head(tokens, words)
    words, appositive = _regrouped(text, tokens, words, appositive)
    words = _after_coordinated_clause(words)
    while words and (words[0][2].lower() in LEADING_DROP or words[0][2].lower() in PREFIX_WORDS):
        words = words[1:]
    words = _without_leading_time(words)
    furniture = [k for k, w in enumerate(words) if w[2].lower() in _FURNITURE_WORDS]
    if furniture:
        words = words[furniture[-1] + 1:]  # "Image copyright Getty Images Image caption Trump said"
    if not words or not is_speaker([_domain_as_name(w) for _, _, w in words]) or (len(words) == 1 and ADVERB_WORD_RE.fullmatch(words[0][2])):
        return None  # (nor a sentence adverb: "Explicitly stating that …")
    return Speaker(text[words[0][0]:words[-1][1]], words[0][0], words[-1][1], appositive)


def _with_town(tokens: list[tuple[int, int, str]], words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A phrase that is only a state after a town and its comma, joined to the phrase the town
    ends ("Police in Portland, Ore. declared": the police speak, not "Ore."); ``words``
    unchanged otherwise."""
    if len(words) != 1 or not words[0][2].endswith(".") or not _PLACE_TAIL_RE.fullmatch(words[0][2]):
        return words
    k = tokens.index(words[0])
    if k < 3 or tokens[k - 1][2] != "," or not tokens[k - 2][2][:1].isupper():
        return words
    town = _walk_phrase(tokens, k - 2, 0)
    if len(town) < 3 or town[-2][2].lower() not in _LOCATIVE_PREPOSITIONS:
        return words  # (only "X in Town": a bare "Portland, Ore." is the dateline's place)
    return town + [tokens[k - 1]] + words


def _without_leading_time(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The phrase's words past a time adjunct at its start (`LEADING_TIME_RE`), when words
    remain after it; the words unchanged otherwise."""
    if len(words) < 2:
        return words
    time = LEADING_TIME_RE.match(" ".join(w for _, _, w in words))
    count = len(time.group().split()) if time else 0
    return words[count:] if 0 < count < len(words) else words


# A web domain written in lowercase: "workersvoice.org", "politico.com" (two letters or more
# before the dot, so "a.m." is none).
_DOMAIN_RE = re.compile(r"[a-z][\w\-]+ \. [a-z]{2,4}", re.VERBOSE)


def _domain_as_name(word: str) -> str:
    """A word as the speaker test reads it: a lowercase web domain is a proper name, the site
    ("One such flier from workersvoice.org, a group affiliated with …, says: …")."""
    return word.capitalize() if "." in word and _DOMAIN_RE.fullmatch(word) else word


def _relative_clause_subject(text: str, floor: int, cue_start: int) -> Speaker | None:
    """A sentence-opening subject whose non-restrictive relative clause ends at the comma
    before the cue ("The lawsuit, which was brought by …, accused"), or None."""
    relative = _LONG_RELATIVE_SUBJECT_RE.match(text, floor, cue_start)
    chunks = relative.group(2).split(",")[1:] if relative else []
    # (Only noun phrases after the clause's own commas, "…, Jon Bruning, and …": a chunk
    # opening with a lowercase verb is the main clause's predicate, "…, offer youth a space".)
    listed = bool(chunks) and all(c.split() and (c.split()[0][:1].isupper() or c.split()[0].lower() in DETERMINERS or c.split()[0] in ("and", "or")) for c in chunks)
    if listed and speaker_type_of(relative.group(1)) in (SpeakerType.DOCUMENT, SpeakerType.PERSON, SpeakerType.ORGANISATION, SpeakerType.GOVERNMENT, SpeakerType.MEDIA, SpeakerType.ANONYMOUS):
        # "The lawsuit, which was brought by Nebraska's attorney general, Jon Bruning, and
        # …, accused": a sentence-opening subject with a non-restrictive relative clause
        # whose own commas hide it from the appositive walk; the subject speaks.
        return Speaker(relative.group(1), relative.start(1), relative.end(1), relative.group(2))
    return None


# Longest dash-bounded relative clause between a subject and its verb (tokens).
_RELATIVE_ASIDE_TOKENS = 40


def _phrase_end(tokens: list[tuple[int, int, str]]) -> tuple[int, int]:
    """(index of the last token of the speaker phrase, auxiliaries and adverbs skipped) when
    walking back from a cue: "Cooper also said", "officials there admit", "the former governor
    — and many others — called"."""
    i = len(tokens) - 1
    skipped = 0
    while i >= 0 and skipped < 4 and (tokens[i][2].lower() in _AUXILIARY or (tokens[i][2].endswith("ly") and tokens[i][2].islower() and len(tokens[i][2]) > 4 and tokens[i][2] not in LY_NOUNS)):
        i -= 1
        skipped += 1
    if i >= 1 and tokens[i][2] in ("there", "here") and locative_head(tokens[i - 1][2]):
        i -= 1  # "officials there admit": a place adverb after the speaker noun
    if i >= 2 and tokens[i][2] in "—–":
        # "the former governor — and many others — called": a dash-bounded aside between the
        # subject and its verb (an added co-speaker or comment) is skipped like a parenthesis.
        j = i - 1
        while j >= 0 and tokens[j][2] not in "—–,;:“”\"()" and i - j < _RELATIVE_ASIDE_TOKENS:
            j -= 1
        if j >= 1 and tokens[j][2] in "—–" and j < i - 1 and (i - j < 10 or tokens[j + 1][2].lower() in ("which", "who")):
            # (A longer aside only when it is a relative clause on the subject: "The group –
            # which won a victory last month when a judge ordered … – asserted".)
            i = j - 1
    return i, skipped


def _past_relative_pronoun(text: str, floor: int, tokens: list[tuple[int, int, str]], i: int) -> Speaker | int:
    """The token index before a relative pronoun that opens the cue's clause ("the agreement,
    which requires …", "a group of Republicans who say …"), or the speaker that a "who" after
    an appositive refers to; ``i`` unchanged when no relative pronoun ends the phrase."""
    if tokens[i][2].lower() in ("which", "who") and i >= 2 and tokens[i - 1][2] in (",", "—", "–"):
        # "the agreement, which requires …": the speaker is the relative's antecedent (a dash
        # sets off a non-restrictive relative as a comma does: "Vicente Fox – who said …").
        i -= 2
        if tokens[i + 2][2].lower() == "who":
            # "said James Renacci, a Republican candidate in Ohio's 16th District, who said …":
            # "who" is a person, the name that the appositive before it describes.
            j = i
            while j >= 0 and tokens[j][2] not in ",;:“”\"—–" and i - j < 25:
                j -= 1
            if j >= 1 and tokens[j][2] == tokens[i + 1][2] and tokens[j + 1][2].lower() in ("a", "an", "the") and tokens[j - 1][2][:1].isupper():
                name = _walk_phrase(tokens, j - 1, 0)
                if name and speaker_type_of(" ".join(w for _, _, w in name)) == SpeakerType.PERSON:
                    return Speaker(text[name[0][0]:name[-1][1]], name[0][0], name[-1][1], text[tokens[j + 1][0]:tokens[i][1]])
            if j >= 1 and tokens[j][2] == "," and _PLACE_TAIL_RE.fullmatch(text[tokens[j + 1][0]:tokens[i][1]]) \
                    and _ENDS_IN_TOWN_RE.search(text, max(floor, tokens[j - 1][1] - 60), tokens[j - 1][1]):
                # "Sheriff Adam Hayward of Deuel County, Neb., who said …": the state after a
                # hometown belongs to it (AP dateline style); "who" is the person before both.
                i = j - 1
    elif tokens[i][2].lower() in ("which", "who") and i >= 1:
        i -= 1  # "a group of Republicans who say …"
    elif tokens[i][2] == "that" and i >= 1 and tokens[i - 1][2].isalpha() and tokens[i - 1][2].lower() not in STOP and tokens[i - 1][2].lower() not in cue_index()[0]:
        i -= 1  # "identical statements that said …": "that" is a relative pronoun here
    return i


def _past_appositive(text: str, floor: int, tokens: list[tuple[int, int, str]], i: int) -> tuple[int, str] | Speaker | None:
    """Walking back over a comma-bounded appositive that ends at token ``i`` (a comma):
    (index before it, the appositive), the name between the commas when that is the speaker,
    or None when the comma ends a clause ("…, Cooper said" trails a quotation)."""
    # "Michael Steele, chairman of the committee, said": skip back over the appositive.
    j = i - 1
    while j >= 0 and tokens[j][2] not in ",;:“”\"—–" and i - j < 45:
        j -= 1
    if j < 0 or tokens[j][2] != "," or j == i - 1:
        return None
    # "Bishop Daniel Jenky, of Peoria, Ill., said": the state or country after a hometown
    # appositive ("of Peoria") belongs to it; "Mr. Santorum, at another appearance on
    # Saturday, in Columbus, Ohio, called": so do comma-bounded adjuncts of time and place
    # between the subject and its verb.
    end = i - 1
    while j >= 2:
        current = tokens[j + 1][2]
        place = _PLACE_TAIL_RE.fullmatch(text[tokens[j + 1][0]:tokens[end][1]])
        k = j - 1
        reach = 30 if place else 12  # (a long description before a state: "an internist … in Mount Kisco, New York")
        while k >= 0 and tokens[k][2] not in ",;:“”\"—–" and j - k < reach:
            k -= 1
        if k < 0 or tokens[k][2] != ",":
            break
        earlier = tokens[k + 1][2]
        earlier_adjunct = earlier in ("of", "from") or (earlier in PREFIX_WORDS and earlier.islower())
        # "an internist in Mount Kisco, New York,": a state after a description that ends
        # in a town is part of that description.
        # (Only after a name that the description describes: in "the mayor of Hoboken, Dawn
        # Zimmer," the capitalised words are the name.)
        town = place and current not in first_name_genders() and k >= 1 and tokens[k - 1][2][:1].isupper() \
            and not _CALENDAR_WORD_RE.fullmatch(tokens[k - 1][2]) and _ENDS_IN_TOWN_RE.search(text, tokens[k + 1][0], tokens[j - 1][1])
        if not town and (j - k >= 12 or not earlier_adjunct or not (place or (current in PREFIX_WORDS and current.islower()))):
            break
        end = j - 1
        j = k
    if j >= 2 and tokens[j - 1][2].isdigit() and tokens[j - 2][2] == ",":
        j -= 2  # "Dee Miner, 71, of Fremont, California, said": an age before the hometown
    appositive = text[tokens[j + 1][0]:tokens[i - 1][1]]
    if _FINITE_BEFORE_RELATIVE_RE.match(appositive):
        # "…, the size of the electorate has grown, said Tate": a clause, not an appositive
        # (an appositive is a noun phrase; its verbs sit in a relative clause).
        return None
    first = appositive.split()[0]
    party = first in PARTY_WORDS  # "Bob Corker, Republican of Tennessee, said"
    described = text[floor:tokens[j][0]]
    last_words = described.split()[-4:]
    describes = is_speaker(last_words[-3:]) or (
        bool(last_words) and last_words[-1].isalpha() and last_words[-1].islower()
        and any(w.lower() in DETERMINERS or w.endswith(("'s", "’s")) for w in last_words[:-1])
    )
    is_description = any(w[:1].islower() for w in described.split()[-6:])
    if not party and re.fullmatch(CAP_SEQ, appositive) and describes and is_description and len(described.split()) <= 12 and not find_cues(described):
        # "A spokesman for the Democratic National Committee, Brad Woodhouse, said": the
        # name between the commas speaks; the description before it is its appositive.
        start = tokens[j + 1][0]
        return Speaker(appositive, start, start + len(appositive), described.strip())
    name_first = _walk_phrase(tokens, j - 1, 0)
    opens_sentence = bool(name_first) and not text[floor:name_first[0][0]].strip(" \n\t—–-")
    # '"…," John Rother, AARP's policy chief, said': a name right after a closing quote opens
    # its attribution, so a description after it (a possessive or a common noun in it) is
    # the name's appositive, however it is capitalised.
    lead = text[floor:name_first[0][0]].rstrip() if name_first else ""
    after_quote = len(lead) >= 2 and lead[-1] in "”\"" and lead[-2] in ",?!.—–"
    quoted_lead = after_quote and (first.endswith(("'s", "’s")) or any(w[:1].islower() for w in appositive.split()[1:]))
    if not (appositive[:1].islower() or first.lower() in DETERMINERS or re.match(TITLE, appositive) or first.startswith(("R-", "D-")) or first.isdigit() or opens_sentence or party or quoted_lead):
        # "…, Cooper said" is a trailing attribution, not an appositive.
        return None
    return j - 1, appositive


def _modified_head(tokens: list[tuple[int, int, str]], words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The head noun a relative or participial modifier hangs on ("one GOP insider who had
    direct contact with Steele told", "emails turned over to legislators suggest"), else ``words``."""
    k = tokens.index(words[0]) - 1
    steps = 0
    while k >= 0 and steps < 10 and tokens[k][2] not in ",;:“”\"«»—–()":
        lower = tokens[k][2].lower()
        if lower in ("who", "which") and steps == 0:
            break  # "a version which critics said could …": the relative's own subject speaks
        if lower in ("who", "which") or (lower.endswith("ing") and lower.isalpha() and tokens[k][2].islower() and k > 0 and tokens[k - 1][2][:1].isalpha() and tokens[k - 1][2].lower() not in STOP
                                         and (k + 1 >= len(tokens) or tokens[k + 1][2].lower() not in _GERUND_FOLLOWERS)):
            # (A participle takes an object: "the committee probing the attacks"; before a
            # preposition the -ing word is a noun: "the intense lobbying in recent days".)
            head = _walk_phrase(tokens, k - 1, 0)
            if head and is_speaker([w for _, _, w in head]):
                words = head
            break
        if lower.endswith("ed") and lower.isalpha() and tokens[k][2].islower() and k > 0 and tokens[k - 1][2][:1].isalpha() \
                and tokens[k - 1][2].lower() not in STOP and steps > 0 and all(t[2] in _REDUCED_RELATIVE_FOLLOWERS for t in tokens[k + 1:k + 1 + steps]):
            # A reduced passive relative: "emails turned over to legislators suggest",
            # "officials briefed on the talks said": the noun before the participle speaks.
            head = _walk_phrase(tokens, k - 1, 0)
            if head and is_speaker([w for _, _, w in head]):
                words = head
            break
        k -= 1
        steps += 1
    return words


def _regrouped(text: str, tokens: list[tuple[int, int, str]], words: list[tuple[int, int, str]], appositive: str) -> tuple[list[tuple[int, int, str]], str]:
    """The name a walked phrase is an appositive of ("Sen. John Cornyn, R-TX,", "Jack Levin,
    the chief executive of yFrog,", "John Smith of the Heritage Foundation"), with the
    appositive extended; ``words`` and ``appositive`` unchanged otherwise."""
    # "Sen. John Cornyn, R-TX, who heads …, said": a party tag is an appositive of the name.
    if len(words) == 1 and _PARTY_TAG_RE.fullmatch(words[0][2]):
        k = tokens.index(words[0]) - 1
        head = _walk_phrase(tokens, k - 1, 0) if k >= 1 and tokens[k][2] == "," else []
        if head and head[-1][2][:1].isupper():
            appositive = words[0][2] + (", " + appositive if appositive else "")
            words = head
    # "Jack Levin, the chief executive of yFrog, the … service, said": a description found
    # between commas is itself an appositive of the name before it.
    if words and appositive and words[0][2].lower() in DETERMINERS:
        k = tokens.index(words[0]) - 1
        if k >= 1 and tokens[k][2] == ",":
            head = _walk_phrase(tokens, k - 1, 0)
            if head and head[-1][2][:1].isupper() and is_speaker([w for _, _, w in head]):
                appositive = text[words[0][0]:words[-1][1]] + ", " + appositive
                words = head
    # "the Log Cabin Republicans, a gay men and lesbian group, which said": skip an appositive
    # that opens with "a"/"an" back to the name it describes.
    after = tokens.index(words[-1]) + 1 if words else 0
    if words and words[0][2].lower() in ("a", "an") and after < len(tokens) and tokens[after][2] == ",":
        k = tokens.index(words[0]) - 1
        if k >= 1 and tokens[k][2] == ",":
            head = _walk_phrase(tokens, k - 1, 0)
            if head and is_speaker([w for _, _, w in head]) and head[-1][2][:1].isupper():
                appositive = text[words[0][0]:words[-1][1]]
                words = head
    # "Capt. Ronald S. Johnson of the Missouri State Highway Patrol said", "John Smith of the
    # Heritage Foundation said": a person's name, then "of the" and the body the person serves
    # (the AP affiliation appositive); the person speaks, not the organisation.
    if words and words[0][2] == "the":
        k = tokens.index(words[0]) - 1
        if k >= 1 and tokens[k][2] == "of" and tokens[k - 1][2][:1].isupper():
            head = _walk_phrase(tokens, k - 1, 0)
            if head and head[0][2].lower() not in DETERMINERS and speaker_type_of(" ".join(w for _, _, w in head)) == SpeakerType.PERSON:
                appositive = text[tokens[k][0]:words[-1][1]] + (", " + appositive if appositive else "")
                words = head
    return words, appositive
