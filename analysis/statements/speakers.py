"""Which phrase speaks for a cue whose speaker stands before it.

Participles after a comma take the attribution's or the sentence's subject, coordinated verbs
take their clause's subject, infinitives of purpose take the sentence's subject (an expected or
intended saying is no statement), agentless passives name no speaker.
"""

from __future__ import annotations

import re

from ..schema import SpeakerType
from .context import Context, ends_with_comma, skip_space
from .cues import CueMatch
from .lexicons import addressee_participles, closed_class, CueClause, CueFrame
from .names import Speaker, speaker_type_of
from .patterns import ATTRIBUTION_TAIL_RE, CAP_SEQ, IRREGULAR_PASTS, LY_NOUNS, NOT_NAME_PARTS, PASSIVE_BE_RE, TITLE
from .phrases import speaker_after, speaker_before
from .subjects import sentence_subject

# A verb of attempting or continuing before the infinitive marker: the saying happened
# ("tried to explain", "went on to say", "went so far as to say").
_ATTEMPT_RE = re.compile(r"""
    \s+
    (?: sought | seeking | tried | trying | attempted | attempting | moved | moving | continued
      | went\ on | goes\ on | going\ on
      | (?:went|goes|go|going|gone) \s+ (?:so|as) \s+ far \s+ as )     # "went so far as"
    \s+ to $
""", re.VERBOSE)

# A coordinator, at most one word, then the infinitive marker: "and to say", "but also to warn".
_COORDINATED_TO_RE = re.compile(r"""
    (?: ^ | \s ) (?: and | but | or ) \s+
    (?: \w+ \s+ ){0,1}
    to $
""", re.VERBOSE)

# A coordinator right before a cue ("and said", "but warned", "went on to say").
_COORDINATED_RE = re.compile(r"""
    (?: ^ | \s )
    (?: and | but | or | (?:going|went|goes|go) \ on\ to )
    $
""", re.VERBOSE)


# The same past a parenthetical, auxiliaries or an adverb: "and immediately asks", "and,
# mirroring her stance, has reportedly said".
_LOOSE_COORDINATION_ENDS = closed_class("loose_coordination_end")


_COORDINATED_LOOSE_RE = re.compile(r"""
    (?: ^ | \s ) (?: and | but )
    (?: , \s [^,;:.“”\"]{1,60} , )?                          # a parenthetical: ", mirroring her stance,"
    (?: \s+ (?: has | have | had | was | is | were | are | also | then | later | did | does
              | [a-z]{3,}ly ) )+                             # auxiliaries and adverbs
    $
""", re.VERBOSE)

# An infinitive marker before a cue ("to complain that"), and a relative pronoun before a
# speaker ("the restaurant that the people said was …").
_INFINITIVE_TO_RE = re.compile(r"(?: ^ | \s ) to $", re.VERBOSE)


_OBJECT_WORDS = frozenset(closed_class("object_word"))


# An impersonal subject and its copula ("it is crazy to suggest", "this seems", "that's").
_IMPERSONAL_RE = re.compile(r"""
    \b (?: it | this | that )
    (?: \s+ (?: is | was | would\ be | seems? | seemed ) \b
      | ['’]s \b )
""", re.VERBOSE)

# "that" or an opening quote mark after a cue: the saying has content.
_THAT_OR_QUOTE_RE = re.compile(r"\s* (?: that\b | [“\"] )", re.VERBOSE)

# Expletive "it" and a passive "be" before the cue ("it was reported that", "it has been said"):
# the construction exists to leave the speaker out (Quirk et al. 1985, §16.34 extraposition).
_IMPERSONAL_PASSIVE_RE = re.compile(r"""
    (?: ^ | [\s,] ) [Ii]t \s+
    (?: is | was | has\s+been | had\s+been | will\s+be | would\s+be )
    (?: \s+ [a-z]+ly )?                                      # an adverb: "it was widely reported"
    $
""", re.VERBOSE)


# The addressee cues of `lexicons/reporting_verbs.csv` (column addressee) as past participles.
_ADDRESSEE_CUES = addressee_participles()


_EXPECTATION_WORDS = frozenset(closed_class("expectation_word"))


_INTENTION_WORDS = frozenset(closed_class("intention_word"))


# ("as well as Democrats", "such as Democrats" coordinate nouns: no clause, no subject.)
_SUBORDINATE_RE = re.compile(r"""
    \b (?: (?<!well\ )(?<!such\ )as | while | when | after | because | since | although | though | whereas )
    \s+
    (?= [A-Z] | he\b | she\b | they\b | it\b )               # a name or a subject pronoun follows
  | , \s* but \s+                                            # a coordinated clause with its own subject:
    (?= [A-Z] | the\b | he\b | she\b | they\b | it\b )      # "…, but the group persisted, explaining"
""", re.VERBOSE)

# A sentence break the segmenter missed: a stop between two lowercase words.
_LOWER_AFTER_PERIOD_RE = re.compile(r"[a-z]{2} \. \s+ [a-z]", re.VERBOSE)

# A subordinate clause whose subject is a determiner phrase ("after the man approached …").
_DETERMINED_CLAUSE_RE = re.compile(r"""
    \b (?: while | when | after | because | since | although | though | whereas | before | until )
    \s+
    (?= (?:the|a|an) \s )
""", re.VERBOSE)


def _narrative_subject(ctx: Context, start: int, limit: int) -> Speaker | None:
    """`sentence_subject`, unless the sentence begins inside a quotation: then its first words
    are the quoted speaker's ('It's destructive," Mr. Gibbs said, adding that …')."""
    subject = sentence_subject(ctx.text, start, limit)
    return None if subject is not None and ctx.inside_quote(subject.start) else subject


def _earlier_speaker(ctx: Context, floor: int, position: int) -> Speaker | None:
    """The speaker of an earlier cue of the same sentence ('"…," he said, adding that …')."""
    for cue in reversed(ctx.cues_between(floor, position)):
        speaker = speaker_before(ctx.text, floor, cue.start)
        if speaker is not None:
            return speaker
    return None


# An implicative causative verb, its object, then "to": "That caused other Republicans to warn".
_CAUSATIVE_RE = re.compile(r"""
    \b (?: caused | led | prompted | spurred | forced | compelled | drove | inspired | moved )
    \s+
    ( (?: [\w'’\-]+ \s+ ){0,4}? [\w'’\-]+ )                  # the object: up to five words
    \s+ to $
""", re.VERBOSE)

# Verbs of issuing a document ("issued a statement saying …"; not "denied a report claiming …").
_PAST_VERB_END_RE = re.compile(r"""
    \b (?: issued | released | sent | posted | published | put\ out | wrote | filed | circulated
         | distributed | delivered )
    \s+
    (?: [\w'’\-]+ \s+ ){0,2}                                 # the document: "a statement"
    $
""", re.VERBOSE)

# A determiner or a possessive right before: the next word is a noun ("the statement", "Obama's").
_NOUN_BEFORE_RE = re.compile(r"""
    (?: \b (?: the | a | an | his | her | their | its | our | this | that )
      | ['’]s? )
    \s* $
""", re.IGNORECASE | re.VERBOSE)

# A determined document noun and its author's "from" or "by", or its addressee's "to": "a
# statement from", "the letter by", "the Bishops' letters to (Congress saying …)".
_AUTHORED_DOCUMENT_RE = re.compile(r"""
    \b
    ( (?: a | an | the | his | her | their | its | [A-Z][\w.]*['’]s? ) \s+
      (?: [\w\-]+ \s+ ){0,2}? [\w\-]+ )                      # the document phrase
    \s+ (?: from | by | to ) \s+ $
""", re.VERBOSE)

# A comma and an adverb before a participle (", instead saying", ", also claiming").
_PARTICIPLE_ADVERB_RE = re.compile(r"""
    , \s* (?: instead | also | then | later | again | further ) $
""", re.VERBOSE)


# Raising verbs before an infinitive cue ("appeared to suggest", "seems to acknowledge"): the
# saying took place, hedged by the writer (not an intended or expected saying).
_RAISING_VERBS = frozenset(closed_class("raising_verb"))


def speaker_for(ctx: Context, cue: CueMatch, floor: int) -> Speaker | None:
    """The speaker of a cue whose speaker stands before it (the usual order).

    A participle after a comma (", saying …") and a verb after "and"/"but" take the sentence's
    subject; "according to X" takes what follows it.
    """
    text = ctx.text
    participle = cue.participle  # (a property, read several times below)
    before = text[floor:cue.start].rstrip()
    if _names_no_speaker(cue, before):
        return None
    if _passive_participle(cue) and PASSIVE_BE_RE.search(before, max(0, len(before) - 20)):
        # "Trump was accused of “treason,”": the subject is the target, not the speaker; a
        # document fronted by "In" speaks ("In Article I, Trump is accused of …").
        return _fronted_document(text, floor, cue.start)
    # (These end-anchored patterns are searched only in the last words of the sentence so far:
    # a search from its start would try every position.)
    tail = max(0, len(before) - 60)
    attempt = _ATTEMPT_RE.search(before, tail) if before.endswith("to") else None  # (speed: the pattern ends in "to")
    if attempt and not _COORDINATED_TO_RE.search(before, tail):
        speaker = speaker_before(text, floor, floor + attempt.start())
        if speaker is not None:
            return speaker
    if participle and not before:
        # "Suggesting that the photo was altered, he alluded …": the subject follows.
        index = ctx.sentence_of(cue.start)
        return sentence_subject(text, floor, ctx.sentence_ends[index])
    adverb = _PARTICIPLE_ADVERB_RE.search(before, tail) if participle else None
    if adverb:
        before = before[:adverb.start() + 1]  # ", instead suggesting": as ", suggesting"
    if participle and ends_with_comma(before):
        return _participle_speaker(ctx, cue, floor)
    if _coordinated(before):
        return _coordinated_speaker(ctx, cue, floor, before)
    if _infinitive(cue, before):
        return _infinitive_speaker(ctx, cue, floor, before)
    return _preceding_speaker(ctx, cue, floor)



def _passive_participle(cue: CueMatch) -> bool:
    """Whether a one-word cue is a past participle, which after a passive "be" makes its
    subject the target or the thing reported, never the speaker ("he was accused of lying",
    "the plan was announced")."""
    word = cue.text.lower()
    return " " not in word and (word.endswith("ed") or word in IRREGULAR_PASTS)


# "In Article I,", "In the indictment,": a fronted "in" phrase at the sentence start.
_FRONTED_IN_RE = re.compile(r"""[ \t]* In \s+ ( (?: the \s+ )? [A-Za-z][\w’'\-]* (?: \s+ [A-Z0-9][\w’'\-]* ){0,3} ) \s* , \s""", re.VERBOSE)


def _fronted_document(text: str, floor: int, end: int) -> Speaker | None:
    """The document a fronted "In X," at ``floor`` names before a passive cue, as its speaker
    ("In Article I, Trump is accused of …" -> Article I; "In the lawsuit, she is accused …"),
    or None ("In Washington, he was accused of …": a place)."""
    match = _FRONTED_IN_RE.match(text, floor, end)
    if match is None:
        return None
    phrase = match.group(1)
    head = phrase.split()[1] if phrase.lower().startswith("the ") else phrase.split()[0]
    if speaker_type_of(f"the {head.lower()}") != SpeakerType.DOCUMENT:
        return None
    return Speaker(phrase, match.start(1), match.end(1))


# An adverb in -ly ending the text before a cue ("was clearly (told)", "were repeatedly (warned)").
_TRAILING_ADVERB_RE = re.compile(r"\s+ [a-z]{3,}ly $", re.VERBOSE)


def _without_adverb(before: str) -> str:
    """The text before a cue without one adverb in -ly at its end (not a noun in -ly: "the
    family told")."""
    adverb = _TRAILING_ADVERB_RE.search(before, max(0, len(before) - 30))
    return before[:adverb.start()] if adverb and before[adverb.start():].strip() not in LY_NOUNS else before


def _names_no_speaker(cue: CueMatch, before: str) -> bool:
    """Whether the construction leaves the speaker out: "according to X" and "as reported by
    X" (the speaker follows), "he was told that …" (the subject is the addressee), "it was
    reported that …" (an agentless passive)."""
    if cue.info.frame in (CueFrame.ACCORDING, CueFrame.BY):
        return True
    if cue.text in _ADDRESSEE_CUES and PASSIVE_BE_RE.search(_without_adverb(before), max(0, len(before) - 40)):
        return True  # ("the team was clearly told that …": an adverb inside the passive)
    return before.endswith(("is", "was", "been", "be", "ly")) and bool(_IMPERSONAL_PASSIVE_RE.search(before, max(0, len(before) - 40)))


# Relative pronouns: an appositive they open is a relative clause, not a speaker's description.
_RELATIVE_WORDS = frozenset(closed_class("relative_word"))


def _participle_speaker(ctx: Context, cue: CueMatch, floor: int) -> Speaker | None:
    """The speaker of a participle after a comma ("…, Mr. Williams said, describing it as …",
    "… as Netanyahu turned down an invitation, saying …")."""
    text = ctx.text
    # "…, Mr. Williams said, describing it as …" / "…, said Mr. Williams, describing …": a
    # participle right after an attribution describes the same act of saying, so the
    # attribution's speaker is its subject (not the subject of the reported words).
    # (Only the attribution itself stands between: "…, he said in an interview, adding".
    # The last two cues are tried: a cue word may sit inside the speaker phrase, "says
    # noted economist Dean Baker, adding".)
    for prior in [c for c in ctx.cues_between(floor, cue.start) if not c.participle and not ctx.inside_quote(c.start)][-2:][::-1]:
        if prior.info.frame in (CueFrame.ACCORDING, CueFrame.BY) or _NOUN_BEFORE_RE.search(text, max(floor, prior.start - 40), prior.start):
            continue
        speaker = None
        if ATTRIBUTION_TAIL_RE.fullmatch(text, prior.end, cue.start):
            speaker = speaker_before(text, floor, prior.start)
        elif text[floor:prior.start].rstrip().endswith((",", "”", '"')):
            # An inverted attribution ("…, said Mr. Williams, describing"); after any other
            # verb the noun phrase that follows is its object ("found a way out, saying").
            # (The comma may close the subject's appositive: in "Paul Ryan, R-Wis., blasted the
            # decision, calling it …" Ryan speaks and the decision is the object of a verb that
            # lends a stance; such verbs are seldom inverted.)
            own = speaker_before(text, floor, prior.start) if prior.info.stance != "neutral" or prior.text in _ADDRESSEE_CUES else None
            if own is not None and own.appositive and own.appositive.split()[0].lower() not in _RELATIVE_WORDS and prior.text not in _ADDRESSEE_CUES:
                speaker = own
                after = None
            else:
                after = speaker_after(text, prior.end, cue.start)
            if after is not None and ATTRIBUTION_TAIL_RE.fullmatch(text, after.end, cue.start):
                # ('"…," David Gergen, who served …, told CNN's Anderson Cooper, adding': after
                # "told" the noun phrase is the addressee; the subject before it speaks.)
                speaker = own if prior.text in _ADDRESSEE_CUES else after
        if speaker is not None:
            return speaker
    # "… as Netanyahu turned down an invitation, saying …": the participle belongs to the
    # nearest clause, whose subject follows its conjunction.
    for clause in reversed(list(_SUBORDINATE_RE.finditer(text, floor, cue.start))):
        subject = sentence_subject(text, clause.end(), cue.start)
        if subject is not None and subject.text.lower() not in ("the", "a"):
            return subject
    return _narrative_subject(ctx, floor, cue.start) or _earlier_speaker(ctx, floor, cue.start)


def _coordinated(before: str) -> bool:
    """Whether the cue is a verb coordinated with an earlier one ("… and told them that",
    "and, mirroring her stance, has reportedly said")."""
    return bool(_COORDINATED_RE.search(before, max(0, len(before) - 30)) or (
        before.endswith(_LOOSE_COORDINATION_ENDS) and _COORDINATED_LOOSE_RE.search(before, max(0, len(before) - 100))))


def _coordinated_speaker(ctx: Context, cue: CueMatch, floor: int, before: str) -> Speaker | None:
    """The subject shared by a coordinated cue: its relative or subordinate clause's subject,
    else the sentence's."""
    text = ctx.text
    # A verb coordinated inside a relative or subordinate clause shares that clause's
    # subject: "two of the mayor's aides, who were interviewed … and told them that …"
    # (the aides), "after the man approached the congressman and asked if …" (the man).
    # (The nearest such clause wins; a relative's "but" mostly joins the main clause.)
    who = before.rfind(", who ")
    clauses = list(_SUBORDINATE_RE.finditer(text, floor, cue.start)) + list(_DETERMINED_CLAUSE_RE.finditer(text, floor, cue.start))
    clause = max(clauses, key=lambda m: m.start()) if clauses else None
    if who >= 0 and (clause is None or clause.start() < floor + who) and "," not in before[who + 6:] \
            and not _LOWER_AFTER_PERIOD_RE.search(before, who + 6) and before.endswith("and"):
        speaker = speaker_before(text, floor, floor + who + 5)
        if speaker is not None:
            return speaker
    if clause is not None and clause.start() > floor + who and "," not in text[clause.end():cue.start]:
        subject = sentence_subject(text, clause.end(), cue.start)
        if subject is not None and subject.text.lower() not in ("the", "a"):
            return subject
    return _narrative_subject(ctx, floor, cue.start) or _earlier_speaker(ctx, floor, cue.start)


def _infinitive(cue: CueMatch, before: str) -> bool:
    """Whether the cue is an infinitive ("to complain that", "expected to announce")."""
    return before.endswith("to") and bool(_INFINITIVE_TO_RE.search(before, max(0, len(before) - 4))) \
        and not cue.participle and not cue.text.endswith(("ed", "s"))


def _saying_not_done(words: list[str]) -> bool:
    """Whether the lowercased words before an infinitive cue make its saying asked for,
    intended or expected, not done: "asked to explain", "told him to say", "prompted some to
    suggest", "is expected by some to announce"."""
    return (len(words) >= 2 and (words[-2].endswith("ed") or words[-2] in _INTENTION_WORDS or words[-2] in _OBJECT_WORDS)
            or any(w in _EXPECTATION_WORDS for w in words[-5:-1]))


def _infinitive_speaker(ctx: Context, cue: CueMatch, floor: int, before: str) -> Speaker | None:
    """The speaker of an infinitive cue: a raising verb's or a causative's subject or object,
    a relative's antecedent, the sentence's subject; None for an expected or intended saying."""
    text = ctx.text
    # "… went to his office to complain that …": an infinitive of purpose takes the
    # sentence's subject; an expected or intended saying ("is expected to announce",
    # "plans to say") is not a statement yet.
    words = before.lower().split()
    if len(words) >= 2 and words[-2] in _RAISING_VERBS:
        # "Clinton appeared to suggest she would …": a raising verb hedges the saying but
        # does not take it back; the subject of "appeared" is the speaker.
        raised = before.lower().rfind(" " + words[-2] + " ")
        if raised >= 0:
            speaker = speaker_before(text, floor, floor + raised + 1)
            if speaker is not None:
                return speaker
    causative = _CAUSATIVE_RE.search(before)
    if causative and _THAT_OR_QUOTE_RE.match(text, cue.end):
        # "That caused other Republicans to warn that …": after an implicative causative
        # verb the saying happened (Karttunen 1971), and its object is the one who said it.
        speaker = speaker_before(text, floor + causative.start(1), floor + causative.end(1))
        if speaker is not None:
            return speaker
    if _saying_not_done(words):
        return None
    if _IMPERSONAL_RE.search(" ".join(words[-7:])) or not _THAT_OR_QUOTE_RE.match(text, cue.end):
        # "it is crazy to suggest that …" is no one's statement; without "that" or a quote
        # the infinitive is mostly an act ("to add a question", "to confirm Gorsuch").
        return None
    who = before.rfind(" who ")
    if who >= 0 and "," not in before[who:]:
        # "a lawyer who contacted his office to complain that …": the relative's antecedent.
        speaker = speaker_before(text, floor, floor + who + 4)
        if speaker is not None:
            return speaker
    return _narrative_subject(ctx, floor, cue.start) or _earlier_speaker(ctx, floor, cue.start)


# A name and an optional age before an appositive description: "Laurence Falque, 57, ".
_NAME_BEFORE_APPOSITIVE_RE = re.compile(rf"((?:{TITLE}\s+)?{CAP_SEQ}),\s+(?:\d{{1,3}},\s+)?$")
_RELATIVE_BEFORE_CUE_RE = re.compile(r"\s+who\s+(?:(?:also|later|then|has|had|once)\s+)?$")
_PARTITIVE_RE = re.compile(r"(?i:the|a)\s+(?:portion|percent|percentage|share|number|majority|minority|proportion|rest|half|third|quarter)\s+of\b")
_COORDINATED_NAME_RE = re.compile(r"(?:\band|&)\s+$")
_CALENDAR_WORDS = frozenset(closed_class("month")) | frozenset(closed_class("weekday"))


def _named_by_appositive(text: str, floor: int, speaker: Speaker | None, cue: CueMatch) -> Speaker | None:
    """The named person whose appositive description is a relative clause's antecedent: in
    "said Laurence Falque, 57, a doctor from Paris who said she worked …" the doctor is Falque.
    Only an indefinite or definite description right after the name's comma (and age)."""
    if speaker is None or speaker.text.split()[0].lower() not in ("a", "an", "the") or not _RELATIVE_BEFORE_CUE_RE.search(text, speaker.end, cue.start):
        return None
    if _PARTITIVE_RE.match(speaker.text):
        return None  # "the portion of students who said …": a share of a group, no one person
    name = _NAME_BEFORE_APPOSITIVE_RE.search(text, max(floor, speaker.start - 80), speaker.start)
    if name is None or _COORDINATED_NAME_RE.search(text, max(floor, name.start(1) - 6), name.start(1)):
        return None  # ("Diamond and Silk, the stars who …": a pair)
    words = name.group(1).split(" of ")[0].split()  # ("Gary Berg of Boca Raton" -> Gary Berg)
    skipped = 0
    while words and words[0] in NOT_NAME_PARTS:
        skipped += len(words[0]) + 1  # ("But Sen. Rand Paul", "While Trump")
        words = words[1:]
    phrase = " ".join(words)
    if not words or any(word[:1].islower() or word in _CALENDAR_WORDS for word in words) or speaker_type_of(phrase) != SpeakerType.PERSON:
        return None  # ("to Stockton on Thursday, a young man who said", "In late October, the Times …")
    start = name.start(1) + skipped
    return Speaker(phrase, start, start + len(phrase), appositive=speaker.text)


def _preceding_speaker(ctx: Context, cue: CueMatch, floor: int) -> Speaker | None:
    """The speaker phrase right before the cue, corrected for documents issued by someone
    ("issued a statement saying") and for nouns after a preposition ("an ad in Iowa describing")."""
    text = ctx.text
    participle = cue.participle  # (a property, read up to three times below)
    speaker = speaker_before(text, floor, cue.start)
    speaker = _named_by_appositive(text, floor, speaker, cue) or speaker
    if participle and speaker is not None and cue.info.clause != CueClause.DOCUMENT and speaker.text.split()[0].lower() in ("a", "an") \
            and speaker_type_of(speaker.text) == SpeakerType.DOCUMENT and _PAST_VERB_END_RE.search(text, max(floor, speaker.start - 60), speaker.start) \
            and " from " not in speaker.text:
        # "Ms. Zimmer issued a statement saying …": the issuer speaks through the statement
        # (but "released a statement from her doctor declaring …": the author is named).
        subject = sentence_subject(text, floor, speaker.start)
        if subject is not None and speaker_type_of(subject.text) != SpeakerType.DOCUMENT:
            return subject
    if participle and speaker is not None:
        # "another ad in Iowa describing himself": a noun after a preposition does not speak.
        preceding = text[floor:speaker.start].split()
        authored = _AUTHORED_DOCUMENT_RE.search(text, max(floor, speaker.start - 60), speaker.start)
        if authored and speaker_type_of(authored.group(1)) == SpeakerType.DOCUMENT:
            # "a statement from her doctor declaring …": the document and its named author
            # speak (the participle, with no comma, modifies the whole noun phrase).
            speaker = Speaker(text[authored.start(1):speaker.end], authored.start(1), speaker.end)
        elif preceding and preceding[-1].lower() in ("in", "at", "on", "of", "for", "to", "from", "by", "into", "about", "over", "during", "after", "before", "since", "until", "through", "across", "under", "within"):
            speaker = None
    if speaker is None and participle:
        if ctx.inside_quote(skip_space(text, floor)):
            # '… It's destructive," Mr. Gibbs said on ABC, adding that …': the sentence opens
            # inside the quote, so the participle's subject is the attribution's speaker.
            return _earlier_speaker(ctx, floor, cue.start)
        return sentence_subject(text, floor, cue.start)
    return speaker
