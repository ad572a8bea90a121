"""The shapes of a reported clause that a cue's own rule does not see: a subject whose predicate
is quoted, a relative clause without "that", and a document subject beyond the phrase before the cue.

Each is a named predicate read by `reported` (which keeps the cue-by-cue walk).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..schema import NOT_OWN_NAME_TYPES, SpeakerType
from .context import Context, Statement, ends_with_comma, skip_space, word_count
from .cues import CueMatch
from .lexicons import closed_class, cue_lemmas, CueClause, reporting_cues, speaker_terms, trie_pattern
from .names import Speaker, speaker_type_of
from .patterns import DETERMINERS, IRREGULAR_PASTS, NAMING_LEMMAS, PRONOUNS, OBJECT_PREPOSITIONS, PREFIX_WORDS, RELATIVE_VERBS, STOP, THAT_WORD_RE, WEEKDAYS, WORD_RE
from .objects import pro_form_start, quoted_object_start, with_colon_quote
from .subjects import sentence_subject

_OPENER_RE = re.compile(r"\s+([\w'’]+)")


# A short subject noun phrase (optionally with a participle and its "by" phrase), then a
# quotation that opens on a finite auxiliary: the quoted words are the clause's predicate.
_QUOTED_PREDICATE_RE = re.compile(
    r"(?:(?:the|a|an|its|his|her|their|some|many|most|all)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,5}?\s*[“\"]"
    r"(?:was|were|is|are|has|have|had|will|would|could|can|may|might|should|must|did|does|do|won['’]t|isn['’]t|wasn['’]t|cannot)\b"
)


def quoted_predicate(window: str, start: int) -> bool:
    """Whether a clause without "that" opens at ``start`` with a bare subject whose predicate is
    quoted: 'said civilian court "is not the appropriate venue"', 'said military-style
    equipment used by police departments "can alienate …"' (Pareti 2015: the partial quote's
    content is the whole reported clause). The subject has at most six lower-case words and no
    punctuation, so 'said on Monday, as "the plan …"' does not qualify."""
    return _QUOTED_PREDICATE_RE.match(window, start) is not None


# The noun a contact relative clause modifies, right before its speaker ("documents they say
# relate to …"), and the finite verb right after the cue: an auxiliary, a past form or a verb
# followed by its preposition ("say relate to", "says belongs in").
_CONTACT_HEAD_RE = re.compile(r"(?:^|\s)(?P<head>[A-Za-z][a-z\-]+)\s+$")
_CONTACT_VERB_RE = re.compile(r"\s+(?:[a-z]+ed\b|[a-z]+\s+(?:to|in|on|with|from|for|by)\b)")


def contact_relative(ctx: Context, cue: CueMatch, speaker: Speaker, s_start: int) -> Speaker | None:
    """The speaker of a cue that heads a relative clause without "that" (a contact clause,
    Jespersen; Quirk et al. 1985, 17.14), or None: "a 44-year-old Russian the government says
    was the chief accountant", "documents they say relate to the case", and "the same operation
    U.S. authorities say meddled in the election" (the speaker phrase found then holds the noun
    modified, "the same operation", which is cut off). The word before the speaker is a noun
    (not a verb, a preposition or a determiner) and the cue is followed by the clause's own
    finite verb."""
    text = ctx.text
    verb = _OPENER_RE.match(text, cue.end)
    if cue.info.lemma not in _CONTACT_LEMMAS or verb is None or (verb.group(1) in STOP and verb.group(1) not in RELATIVE_VERBS):
        return None
    if verb.group(1) not in RELATIVE_VERBS and _CONTACT_VERB_RE.match(text, cue.end) is None:
        return None
    inner = _INNER_SPEAKER_RE.match(speaker.text)
    if inner is not None:
        return Speaker(speaker.text[inner.end():], speaker.start + inner.end(), speaker.end)
    head = _CONTACT_HEAD_RE.search(text, max(s_start, speaker.start - 40), speaker.start)
    word = head.group("head").lower() if head else ""
    if not word or word in STOP or word in PREFIX_WORDS or word in DETERMINERS or word.endswith(("ly", "ed")):
        return None
    return speaker


# Verbs of saying that head contact clauses ("the man police say fired first"); a verb taking
# an object ("Russia has denied involvement in …") does not.
_CONTACT_LEMMAS = frozenset(closed_class("contact_lemma"))

# A noun phrase, then a capitalised speaker: "the same operation U.S. authorities".
_INNER_SPEAKER_RE = re.compile(r"(?:the|a|an|that|this)\s+(?:[a-z][\w\-]*\s+)+(?=[A-Z])")


# What may stand between a document subject and the phrase found before the cue: the
# subject's own modifier ("a study by a panel that includes …", "a survey of voters in …").
_POSTMODIFIER_RE = re.compile(r"\s*(?:by|of|from|for|in|on|at|with|that|which|who)\b")

# What may stand between a document subject and its cue: adverbs and auxiliaries ("the tally
# also shows", "previous reporting has shown").
_DOCUMENT_GAP_RE = re.compile(r"(?:\s+(?:also|now|still|again|already|further|[a-z]{3,}ly|has|have|had))*\s*")


@lru_cache(maxsize=1)
def _document_word_re() -> re.Pattern[str]:
    """The document terms of `lexicons/speakers.csv` anywhere in lowercased text, even inside a word.

    `speaker_type_of` types a phrase "document" only when its lowercased head ends in one of
    these terms, and a sentence subject is made of the text's own words between the sentence
    start and the cue; so where this finds nothing there, `document_subject` has nothing to
    find and the subject search (a tenth of the reported-speech step) is skipped. A looser
    test than the typing (no word boundaries) can only let more sentences through, never
    fewer. (Searched in the lowercased slice: a case-blind trie search costs six times more.)"""
    # (Each word of a term on its own: a phrase joins its words with single spaces.)
    words = sorted({word for term, kind in speaker_terms().items() if kind == SpeakerType.DOCUMENT for word in term.split()})
    return re.compile(trie_pattern(words))


def document_subject(ctx: Context, cue: CueMatch, s_start: int, found: Speaker | None) -> Speaker | None:
    """The sentence's subject when it is a document, poll or study and the cue's phrase is
    missing, is not a document, or sits inside the subject's modifier: "The county's tally also
    shows that …" (the tally), "A new study by a panel that includes two former governors
    concludes that …" (the study, not the governors), "A Rice University study of the Houston
    area found that …" (the study, not the area). Documents are speakers of what they report
    (PARC 3.0; gold convention of dev4)."""
    # (Speed: the term search first, cheaper than typing the phrase found; either test alone
    # returns None.)
    if not _document_word_re().search(ctx.text[s_start:cue.start].lower()):
        return None  # (speed: no subject before the cue can be a document; most sentences)
    if found is not None and speaker_type_of(found.text) == SpeakerType.DOCUMENT:
        return None
    subject = sentence_subject(ctx.text, s_start, cue.start)
    if subject is None or speaker_type_of(subject.text) != SpeakerType.DOCUMENT:
        return None
    if found is None or found.end <= subject.end:
        gap = _DOCUMENT_GAP_RE.fullmatch(ctx.text, subject.end, cue.start)
        return subject if gap else None
    return subject if found.start > subject.end and _POSTMODIFIER_RE.match(ctx.text, subject.end, found.start) else None


# A fronted adverbial right after a cue, up to its comma ("said in order to be what the people
# need, …", "said instead of putting her on leave, …") or up to "that" ("said when he took
# office that …"): purpose, substitution, time, condition, concession, reason.
_FRONTED_ADJUNCT_RE = re.compile(
    r"\s+(?:in\s+order\s+to|instead\s+of|rather\s+than|despite|after|before|when|if|unless|once|while|since|although|though|because)\b"
    r"[^,.;:“”\"]{1,120}?(?:,\s*(?:that\s+)?|\s+that\s+)"
)

# The subject that opens the clause after the adjunct: a pronoun, a determiner or a name.
_CLAUSE_SUBJECT_RE = re.compile(r"(?:he|she|they|it|we|I|you|the|a|an|his|her|their|its|our|this|these|those|[A-Z])\b|[A-Z]")


def fronted_adjunct_clause(text: str, cue_end: int, end: int) -> int | None:
    """Where the content starts when a fronted adverbial stands between the cue and its clause:
    'Conney said in order to be what the people need, the job requires them to "do their
    best"' (textacy's direct_quotations tests: the speaker is Conney, the content starts at
    "the job"), "said instead of putting her on leave, his group is calling for …", "said
    when he took office that he would …". The clause must open with a subject (pronoun,
    determiner or capital), so "said after the meeting." is no statement."""
    adjunct = _FRONTED_ADJUNCT_RE.match(text, cue_end, end)
    if adjunct is None or not _CLAUSE_SUBJECT_RE.match(text, adjunct.end(), end):
        return None
    return adjunct.end()


def document_object(text: str, start: int, end: int) -> Speaker | None:
    """The last document noun between ``start`` and ``end`` ("returns" in "released her tax
    returns,"), as a speaker phrase, or None."""
    found = None
    for word in WORD_RE.finditer(text, start, end):
        if word.group().islower() and speaker_terms().get(word.group()) == SpeakerType.DOCUMENT:
            found = word
    return Speaker(found.group(), found.start(), found.end()) if found else None




_AUXILIARY_OR_PAST_RE = re.compile(r"""
    [a-z]+ed | was | were | is | are | has | have | had | will | would | could | can | may | might
  | should | must | did | does | do
""", re.VERBOSE)

_VERB_LIKE_RE = re.compile(r"""
    [a-z]+ (?: ed | s | n['’]t ) | was | were | is | are | has | have | had | will | would | could
  | can | may | might | should | must | did | does | do | said
""", re.VERBOSE)


def verbless_object(text: str, cue_end: int, clause: int, end: int) -> bool:
    """Whether a short content without "that" is a noun phrase: after its determiner and head
    nothing looks like a verb ("the allegations on Monday"; not "the economy grows"). Two
    words are one ("denied the claim"); of three, the last must not look like a verb
    ("acknowledged the difficult environment")."""
    if THAT_WORD_RE.search(text, cue_end, clause):
        return False
    words = [w.strip(",.;:”\"’'") for w in text[clause:end].split()]
    if not words or len(words) > 6 or words[0].lower() not in ("the", "a", "an", "his", "her", "their", "its", "our"):
        return False
    if len(words) <= 2:
        return True
    if len(words) == 3:
        return not _VERB_LIKE_RE.fullmatch(words[2])
    # "the allegations on Monday", "the need for more enforcement": a head noun, then a
    # preposition, and no auxiliary or past form anywhere ("an act of terrorism was suspected")
    if any(_AUXILIARY_OR_PAST_RE.fullmatch(w) for w in words[2:]):
        return False
    return words[2] in OBJECT_PREPOSITIONS or (words[3] in OBJECT_PREPOSITIONS and not _VERB_LIKE_RE.fullmatch(words[2]))



# Verbs of contesting and blaming take an object first ("rejected Obama's trade agenda",
# "blamed the delays on …"): after a fronted phrase they never trail a reported clause,
# and a content noun after them ("dismissed the notion that …") is the claim contested.
CONTESTING_LEMMAS = cue_lemmas("contesting")  # (column contesting of lexicons/reporting_verbs.csv)

# "as", after a coordinator or not, at the sentence start or after a comma: where an
# as-parenthetical opens ("…, as TPM notes, …", "Not only that, but as Wolfers points out, …").
_AS_OPENING_RE = re.compile(r"(?: ^ | , ) \s* (?: (?: [Bb]ut | [Aa]nd | [Yy]et | [Ss]o ) \s+ )? [Aa]s", re.VERBOSE)


# A comma soon after the cue and a word after it: the reported clause resumes ("…, Mr. Corker
# said on Fox, was beginning …").
MEDIAL_RE = re.compile(r"[^,;]{0,40} , \s+ \S", re.VERBOSE)

# Commissive and directive verbs take an infinitive complement ("vowed to act", "urged him to").
COMMISSIVE_LEMMAS = cue_lemmas("commissive")  # (column commissive of lexicons/reporting_verbs.csv)


def verb_after_cue(rest_words: list[str], lemma: str) -> bool:
    """Whether the words after a cue open with a verb, so the cue trails no clause before it:
    "…, Indiana lawmakers vowed to act" (an infinitive complement), "… the group said was …"."""
    return bool(rest_words) and (rest_words[0] in RELATIVE_VERBS or rest_words[0].endswith("ed")
                                 or (rest_words[0] == "to" and lemma in COMMISSIVE_LEMMAS))


_FINITE_WORDS = RELATIVE_VERBS | IRREGULAR_PASTS | frozenset(closed_class("finite_marker"))


def holds_finite_verb(words: list[str]) -> bool:
    """Whether any of ``words`` looks like a finite verb (an auxiliary or modal, a listed
    irregular past, a word in -ed), so the words before a comma are a clause, not a fronted
    phrase: "At least three people who died were found in vehicles, Barineau said." reports,
    "Prior to the passage of the bill, the White House repeated …" does not."""
    return any(w in _FINITE_WORDS or (len(w) > 4 and w.endswith("ed")) for w in (word.strip(",.;:”’\"").lower() for word in words))


_COORDINATORS = frozenset(closed_class("coordinator"))


def appositive_after_speaker(rest: str, comma_end: int) -> bool:
    """Whether the comma after a speaker who follows its cue opens the speaker's appositive, not
    the resumed reported clause: "…, said Jim Smith, chief economist at Acme." and "…, says Ann
    Roe, who leads the lab" describe the speaker to the sentence end, while "The plan, said
    Smith, is dead" resumes with a verb (`holds_finite_verb`). ``rest``: the text after the speaker;
    ``comma_end``: where `MEDIAL_RE`'s match of it ends (the first character after the comma)."""
    # Each part after a comma must not resume the clause: '…, says a skier, "conditions were …"',
    # "…, said Paul, but if a warrant is issued, …", "Her comments, said Josh Earnest, the press
    # secretary, are “entirely consistent …”", "Some of them, reports Jane Roe, said …",
    # "Indeed, says Zeke Hausfather, the director of …, we can expect …".
    parts = [part.split() for part in rest[comma_end - 1:].split(", ")]
    return bool(parts[0]) and not any(words and (words[0][0] in "“\"" or words[0] in _COORDINATORS or words[0].lower() in PRONOUNS or words[0] in reporting_cues() or holds_finite_verb(words[:1])) for words in parts)


def may_trail(text: str, cue: CueMatch, s_end: int) -> bool:
    """Whether a finite cue with a speaker phrase between a comma and itself ("The truce is
    holding, officials said.") can trail the clause before the comma, told from the words after
    the cue alone: they do not open with a verb (`verb_after_cue`) and either resume the clause
    after a comma ("…, Mr. Corker said on Fox, was beginning …") or are a short tail without
    "that". `reported` tests the same after the speaker search; this lets `may_report` decide
    before it (speed)."""
    rest = text[cue.end:s_end]
    rest_words = rest.split()
    if verb_after_cue(rest_words, cue.info.lemma):
        return False
    return MEDIAL_RE.match(rest) is not None or (len(rest_words) <= 12 and not THAT_WORD_RE.search(rest))


def _as_opening(before: str) -> bool:
    """`_AS_OPENING_RE` found in ``before``, tried only where it can start: at the start and at
    each comma (speed: a search tried every character of the sentence), and only where the
    text holds its last word ("as" or "As") at all."""
    if "as" not in before and "As" not in before:
        return False
    if _AS_OPENING_RE.match(before):
        return True
    comma = before.find(",")
    while comma >= 0:
        if _AS_OPENING_RE.match(before, comma):
            return True
        comma = before.find(",", comma + 1)
    return False


def may_report(ctx: Context, cue: CueMatch, s_start: int, s_end: int, clause: int | None, no_clause: bool) -> bool:
    """Whether a verbal cue can give a reported statement at all, told from its sentence before
    its speaker is looked for (speed: the speaker search is most of a cue's cost, and a quarter
    of the cues fail every test below). ``clause``: where `reported` finds the content clause
    should the cue have a speaker; ``no_clause``: the cue cannot report without one.

    Each way `reported` makes a statement of a verbal cue needs one of these, so a cue that has
    none gives no statement whoever speaks: an as-parenthetical before the cue; a content
    clause; a relative clause's verb after the cue ("the restaurant that the people said was
    …"); a quotation after a cue of "that" clauses (a partial); a comma before a finite cue
    that may trail its clause ("The truce is holding, officials said"). A speaker stands
    before its cue, except the subject after a sentence-opening participle ("Saying that …,
    he"), which is not judged here."""
    text = ctx.text
    info = cue.info
    before = text[s_start:cue.start]
    participle = cue.participle  # (a property, read twice)
    if (participle and not before.strip()) or _as_opening(before):
        return True
    if no_clause or clause is not None:
        return not no_clause
    verb = _OPENER_RE.match(text, cue.end, s_end)
    if info.clause == CueClause.ANY and verb is not None and (verb.group(1) in RELATIVE_VERBS or info.lemma in _CONTACT_LEMMAS):
        return True
    if info.clause == CueClause.THAT and ctx.quotes_between(cue.end, s_end):
        return True
    if info.clause == CueClause.ANY and (quoted_object_start(ctx, cue, s_end) is not None or pro_form_start(text, cue, s_end) is not None):
        return True  # 'used to say "monarch"': a quoted object (a partial)
    if participle or info.lemma in NAMING_LEMMAS or info.lemma in CONTESTING_LEMMAS or "," not in before:
        return False
    # A trailing attribution: right after the comma ("…, said Cooper"), or with its speaker
    # between the comma and the cue ("…, officials said"; `may_trail`).
    return ends_with_comma(before) or may_trail(text, cue, s_end)


# How many statements back the one whose content holds a statement can sit: its own row, then a
# quotation inside it and that quotation's continuation (tuned on dev9-dev14: 3 finds every
# enclosing statement there; more only costs time).
_ENCLOSING_REACH = 3


def cited_in_report(statement: Statement, kind: str, earlier: list[tuple[Statement, str, str]]) -> tuple[str, str] | None:
    """(speaker_resolved, speaker_type) of the earlier statement whose content holds
    ``statement`` when ``statement``'s speaker is a document cited inside those words: in "Dr.
    Ana Ruiz said rents rose and that the survey will show a shortage of homes", "the survey
    will show …" is Ruiz's words (the survey is what she cites), so it is resolved to her;
    "… , according to an interview with the Daily Star" inside her reported words is hers too.
    ``kind``: the speaker's type; ``earlier``: (statement, resolved, type) of the statements
    before, in order of position."""
    if statement.speaker is None or kind != SpeakerType.DOCUMENT:
        return None
    for outer, resolved, outer_kind in reversed(earlier[-_ENCLOSING_REACH:]):
        if outer.start < statement.start and statement.end <= outer.end and outer.speaker is not None \
                and outer_kind not in NOT_OWN_NAME_TYPES:
            return resolved, outer_kind
    return None


# A first- or second-person pronoun, with a contraction ("I’ve said"): the words of the text's own
# voice, not a third party's.
_FIRST_OR_SECOND_PERSON_RE = re.compile(r"(?:I|[Ww]e|[Yy]ou)(?:['’][a-z]{1,2})?")


def own_voice(speaker: Speaker | None) -> bool:
    """Whether a reported statement's speaker is "I", "we" or "you": outside quotation marks
    the writer ("I admit that I’ve said it before, but …") or a generic reader ("You don't
    have to like her to concede that it worked"); inside them the quoted speaker recounting
    her own or her listener's words, speech nested in a quotation. Neither is a statement
    (annotation rules: speech nested in quotations; gold has no such speaker)."""
    return speaker is not None and _FIRST_OR_SECOND_PERSON_RE.fullmatch(speaker.text) is not None


def expletive_infinitive(text: str, cue: CueMatch, speaker: Speaker | None) -> bool:
    """Whether the cue is an infinitive whose "speaker" is the expletive "it" of an
    extraposed clause: "It is fair to say that the plan failed", "it advances the story to
    claim that he resigned" — no one is reported as saying anything."""
    return speaker is not None and speaker.text.lower() == "it" and text[:cue.start].endswith(("to ", "To "))


# Future and negating words between a speaker and its cue (grammar words, like the modals of
# `_AUXILIARY_OR_PAST_RE`, not a vocabulary list): "will say", "won't say", "never said".
_UNREALISED_RE = re.compile(r"\b(?:will|shall|won['’]t|never)\b")
# The words before a cue that can mark it so: an auxiliary and an adverb or two ("will not
# publicly say"); further back they belong to another verb (tuned on the dev splits: 3).
_UNREALISED_REACH = 3


def unrealised_speech(text: str, cue: CueMatch, speaker: Speaker | None) -> bool:
    """Whether the speaker is said to speak only in the future or never: "Critics will say
    that the plan is too costly", "The coach never said that he would resign" (annotation
    rules: negated and future speech are not statements). Only the words between the speaker
    and the cue count ("Aides said he will announce" is a statement of the aides)."""
    if speaker is None or speaker.end > cue.start:
        return False
    near = text[speaker.end:cue.start].split()[-_UNREALISED_REACH:]  # ("He has never shied away …, and he released an ad describing …")
    return _UNREALISED_RE.search(" ".join(near)) is not None


# "as" opening a parenthetical attribution at a clause's start or after a comma: "…, as TPM notes, …".
AS_PARENTHETICAL_RE = re.compile(r"(?: ^ | , ) \s* [Aa]s \s* $", re.VERBOSE)

# What may follow the cue of a trailing as-parenthetical before the clause ends: a time or
# place adjunct ("…, as Reuters reported on Tuesday."), no object.
_AS_TAIL_RE = re.compile(rf"""
    (?: [ \t]+ (?: on | in | at | during | to | last | this | earlier | later | {WEEKDAYS} | yesterday | today ) \b [^,.;:“”"]{{0,40}} )?
    [ \t]* (?: [,.;:!?)—–”"] | $ )""", re.VERBOSE)

# A comma soon after a cue: the end of a parenthetical attribution.
COMMA_SOON_RE = re.compile(r"[^,.;:]{0,40}? , \s*", re.VERBOSE)


def as_parenthetical(ctx: Context, cue: CueMatch, speaker: Speaker, s_start: int, s_end: int, content_end: int, as_start: int) -> list[Statement]:
    """The statement of an as-parenthetical whose "as" stands at ``as_start``: the clause after
    it ("…, as TPM notes, his district is 35 percent Latino") or before it ("…, as Reuters
    reported."); none when the cue takes an object ("…, as the candidates condemned the
    deadliest shooting in U.S. history": a clause of time or manner, no parenthetical)."""
    text, info = ctx.text, cue.info
    comma = COMMA_SOON_RE.match(text[cue.end:s_end])
    if comma and word_count(text, cue.end + comma.end(), content_end) >= 3:
        return with_colon_quote(ctx, Statement("reported", speaker, cue.text, cue.start, cue.end + comma.end(), content_end, info.lemma, info.stance))
    if as_start > s_start and word_count(text, s_start, as_start) >= 3 and _AS_TAIL_RE.match(text, cue.end, s_end):
        return [Statement("reported", speaker, cue.text, cue.start, skip_space(text, s_start), as_start, info.lemma, info.stance)]
    return []
