"""Reported statements: a cue, its speaker and a content clause without quote marks.

Content clause with or without "that", according-to and as-reported-by, as-parenthetical,
relative clause, document cues ("the poll found"), and nominal cues ("Axelrod's comment that").
"""

from __future__ import annotations

import re

from .context import Context, Covered, Statement, ends_with_comma, skip_space, trim_end, word_count
from .cues import CueMatch, content_noun_re
from .direct import is_title
from .guards import (adds_to_a_thing, counts_a_quantity, after_determiner_or_possessive, attributive_participle, cue_taken, document_participle_without_that,
                     gerund_of_means, gerund_owns_that, initial_participle_without_that, mandative_subjunctive, needs_content_noun, passive_naming, perception_not_report,
                     plain_form_not_verb)
from .lexicons import closed_class, cue_lemmas, CueClause, CueFrame, reporting_cues
from .names import Speaker, licensed
from .objects import (gerund_subject_start, naming_end, noun_phrase_object, premodified_subject_start, pro_form_start, quoted_object_start, relative_after_quoted_for,
                      relative_that, with_colon_quote)
from .according import according_statement
from .clauses import (AS_PARENTHETICAL_RE, appositive_after_speaker, holds_finite_verb, COMMA_SOON_RE, CONTESTING_LEMMAS as _CONTESTING_LEMMAS, as_parenthetical, MEDIAL_RE, NAMING_LEMMAS as _NAMING_LEMMAS, contact_relative, document_object, document_subject,
                      expletive_infinitive, fronted_adjunct_clause, may_report, own_voice, quoted_predicate, unrealised_speech, verb_after_cue,
                      verbless_object)
from .patterns import (
    ADJUNCT,
    ATTRIBUTION_TAIL_RE,
    CLAUSE_OPENERS,
    LEADING_DROP,
    PLAIN_WORD_RE,
    PLURAL_DETERMINERS,
    PREFIX_WORDS,
    RELATIVE_VERBS,
    STOP,
    THAT_RE,
    THAT_WORD_RE,
    WEEKDAYS,
)
from .phrases import speaker_after
from .addressees import SUBORDINATING_THAT_RE as _SUBORDINATING_THAT_RE, after_addressee, nominal_owns_that
from .speakers import speaker_for

# A determined object noun (and one modifier) before "that", then the clause's first word (group
# 1): "expressed his displeasure that …".
_OBJECT_THAT_RE = re.compile(r"\s+ (?: his | her | their | its | the | a | an | some ) \s+ [a-z]+ (?: \s+ [a-z]+ )? \s+ that \s+ ( [\w'’]+ )", re.VERBOSE)

# The same parenthetical after a coordinator: "Not only that, but as Wolfers points out, …".
_COORDINATED_AS_RE = re.compile(r"(?:^|,)\s*(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o)\s+as\s*$")


# The next word (group 1).
_OPENER_RE = re.compile(r"\s+ ( [\w'’]+ )", re.VERBOSE)

_APOSTROPHE_RE = re.compile(r"['’]", re.VERBOSE)

# The word after a clause's first word, past a preverbal adverb ("he still supports").
_SECOND_WORD_RE = re.compile(r"\s+ [\w'’]+ \s+ (?: (?: still | also | never | always | already | now | just | really | [a-z]{3,}ly ) \s+ )? ( [a-z]+ )", re.VERBOSE)


# Factive verbs of saying that take a gerund complement, its verb then its object.
_GERUND_CONTENT_LEMMAS = cue_lemmas("gerund_content")


# A gerund (group 1) and the start of its object or complement: "confirmed speaking with Frank".
_GERUND_CONTENT_RE = re.compile(r"\s+ ( [a-z]{2,}ing ) \s+ (?: with | to | about | on | that | the | a | an | his | her | their | him | them | it | any | in ) \b", re.VERBOSE)


_GERUND_NOUNS = frozenset(closed_class("gerund_noun"))




# A time adjunct and nothing else: "A few months later", "Two days ago", "That evening".
_TIME_ONLY_RE = re.compile(r"""
    (?: (?: the | a | an | one | two | three | few | several | next | last | that | this | following
          | same | many | some ) \s+ ){0,3}
    [\w\-]* \s*
    (?: ago | earlier | later | afterward | afterwards | days? | weeks? | months? | years? | morning
      | afternoon | evening | night | weekend )
""", re.IGNORECASE | re.VERBOSE)


_SUBORDINATORS = frozenset(closed_class("subordinator"))



# The first comma within 40 characters (and the spaces after it).


# Time, manner and addressee adjuncts between a cue and "that" ("said on Tuesday that",
# "added later that", "told reporters that").
_ADJUNCT_THAT_RE = re.compile(rf"""
    \s+
    (?: (?: on | in | at | during | over | late | early | last | this | earlier | later | then
          | afterwards | afterward | after | before | via | through | from | to | with | for | by
          | ahead | {WEEKDAYS} | yesterday | today | repeatedly | publicly | privately | again
          | recently | also | him | her | them | us | me | reporters | journalists | [a-z]+ly ) \b
        (?: [^,;.“”\"]                                       # the adjunct's words
          | “[^”]{{1,40}}” | \"[^\"]{{1,40}}\"                 # a short quoted title
          | \b (?: Jan | Feb | Aug | Sept | Sep | Oct | Nov | Dec | Mr | Mrs | Ms | Dr | Gen | Sen
                 | Rep | Gov ) \.                            # an abbreviation's period does not end
        ){{0,80}}? )                                         # the adjunct: "in a Sept. 14 email"
    \s* ,? \s* that \s+
""", re.VERBOSE)

# A relative pronoun before the speaker: "the restaurant that the people said …".
_RELATIVE_END_RE = re.compile(r"\b (?: that | which | whom ) \s* $", re.VERBOSE)

# A bare noun subject and a finite verb after a cue ("said turnout would be high", "saying
# business leaders have a duty"). The noun may take a prepositional phrase ("said people at a
# recent public meeting were furious", "saying prosecutors in Mr. Fishman's office had
# interviewed her"); a coordinated subject counts too ("insisted criminals, gang members and
# drug traffickers were pouring over the border").
_BARE_SUBJECT_RE = re.compile(r"""
    [a-z][\w\-]* (?: \s+ [a-z][\w\-]* )?                                  # one or two words
    (?: (?: , \s+ [a-z][\w\-]* (?: \s+ [a-z][\w\-]* )? ){0,4}
        ,? \s+ (?: and | or ) \s+ [a-z][\w\-]* (?: \s+ [a-z][\w\-]* )? )?   # coordinated nouns
    (?: \s+ (?: in | at | of | from | on | across | near | inside | outside | around | about | over | for | with ) \s+
        [^\s,;:“”\"]+ (?: \s+ [^\s,;:“”\"]+ ){0,4}? )?                    # a prepositional phrase
    (?: \s+ [a-z]+ly )?                                                   # an adverb ("generally")
    \s+ (?: was | were | is | are | has | have | had | will | would | could | can | cannot | may | might
          | should | must | did | does | do
          | (?: do | does | did | is | are | was | were | can | won | would ) n['’]t ) \b   # the finite verb
""", re.VERBOSE)

# A focus particle after a comma, before a medial attribution's speaker: "…, even officials admit".
_FOCUS_END_RE = re.compile(r"(?<=,) \s+ (?: even | also | too ) \s* $", re.VERBOSE)

# "remind X of": "reminded him of", "reminds many voters of".
_REMIND_OF_RE = re.compile(r"\s+ (?: [\w'’]+ \s+ ){1,3}? of \b", re.VERBOSE)



# An adverbial clause between commas right after a cue: ", once a strategy is formed, ", ", when
# pressed on the president's remarks, " (its subordinator from closed class subordinator).
_ASIDE_RE = re.compile(r"""\s*,\s+ ([a-z]+) \s+ [^,;:.!?“”"]{2,90}? , (?=\s+\S)""", re.VERBOSE)
_NOT_ASIDE_SUBORDINATORS = frozenset(closed_class("not_aside_subordinator"))
_THAT_AFTER_ASIDE_RE = re.compile(r"""\s+ that \s+""", re.VERBOSE)
# An object pronoun closing the cue's phrase: "saying it,", "said so.", "denied saying that."
# ("China said it, too, is moving slowly": a subject with a focus particle opens a clause.)
_PRONOUN_OBJECT_RE = re.compile(r"""\s+ (?: (?: it | this | so ) \s* (?: [.;:)] | , (?! \s* (?:too|also|though|however|in\s+turn) \s* , ) ) | that \s* [.;] )""", re.VERBOSE)


def _subordinate_aside(ctx: Context, cue: CueMatch, window: str, offset: int) -> int:
    """Where the content resumes past an adverbial clause that opens with a subordinator between
    commas right after a cue (else ``offset``), unless the cue is medial (`_medial_cue`): "said, once a strategy is formed, there will be …",
    "said Friday, when pressed, that …". Not "said, adding …" nor a plain aside ("said, in fact,"),
    nor a reason after a medial attribution ("…, analysts say, because it addresses …, a
    priority …": closed class not_aside_subordinator)."""
    aside = _ASIDE_RE.match(window, offset)
    if aside is None or aside.group(1) not in _SUBORDINATORS or aside.group(1) in _NOT_ASIDE_SUBORDINATORS or _medial_cue(ctx, cue):
        return offset
    return aside.end()


def _medial_cue(ctx: Context, cue: CueMatch) -> bool:
    """Whether a comma stands before the cue in its sentence, within 60 characters (a medial
    attribution: "So, he says, if the goal is …, these cuts make no sense" reports the whole
    sentence, so the clause after its comma is no content of its own)."""
    start = ctx.sentence_starts[ctx.sentence_of(cue.start)]
    return ctx.text.rfind(",", max(start, cue.start - 60), cue.start) != -1


def _clause_after(ctx: Context, cue: CueMatch, limit: int) -> int | None:
    """Start of the reported clause after a cue, or None if none follows.

    Skips an addressee after "told" ("told the United Nations it would"), time and manner
    adjuncts ("said last week the letters …", "said in a statement on Tuesday that"), an
    interjected ", though," and "that" itself.
    """
    text = ctx.text
    position = cue.end
    window = text[position:limit]
    if adds_to_a_thing(cue, window):
        return None
    has_that = "that" in window  # (speed: the patterns below that end in "that" are tried only where it occurs)
    that = THAT_RE.match(window) if has_that else None
    if that and not (cue.info.lemma in _NAMING_LEMMAS and that.start() == 0 and window[that.end():that.end() + 1].islower()):
        # (A verb of naming takes an object and its name, never a that-clause: in "calls that
        # evidence unreliable" the "that" is a demonstrative.)
        return position + that.end()
    # "expressed concern that …", "raised fears that …", "repeated his claim that …" (but "raised
    # a question that has long been debated" is a relative clause, not content).
    content = content_noun_re().match(window) if has_that else None
    following = PLAIN_WORD_RE.match(window, content.end()) if content else None
    if content and not (following and (following.group() in RELATIVE_VERBS or following.group().endswith("ed"))):
        return position + content.end()
    if needs_content_noun(cue.info):
        return None
    if _PRONOUN_OBJECT_RE.match(window):
        return None  # "denied saying it, thus making …": an object pronoun, no clause
    if cue.info.lemma in _GERUND_CONTENT_LEMMAS:
        gerund = _GERUND_CONTENT_RE.match(window)
        if gerund and gerund.group(1) not in _GERUND_NOUNS and not _PRONOUN_OBJECT_RE.match(window, gerund.end(1)):  # (not "denied saying it")
            # "confirmed speaking with Frank", "denied having met him": a factive verb's gerund
            # complement is a proposition about the speaker (Kiparsky & Kiparsky 1970).
            return position + gerund.start(1)
    adjunct_that = _ADJUNCT_THAT_RE.match(window) if has_that else None
    if adjunct_that and (_SUBORDINATING_THAT_RE.search(window, 0, adjunct_that.end()) or gerund_owns_that(window, adjunct_that.end()) or relative_that(window, adjunct_that.end())):
        adjunct_that = None  # "told him to act so that the case …", "appealing to the interests that had sprung up": no content
    if adjunct_that and (relative_after_quoted_for(window, adjunct_that.end()) or nominal_owns_that(window, adjunct_that.end())):
        adjunct_that = None  # 'apologized for "hurtful" comments that led …': a relative clause
    if adjunct_that and not (cue.info.lemma == "call" and window.lstrip().startswith("for ")):
        # ("calling for a budget that prioritizes aid": a demand's object and its relative
        # clause, not a content clause)
        return position + adjunct_that.end()
    object_that = _OBJECT_THAT_RE.match(window) if has_that else None
    if object_that and object_that.group(1) not in RELATIVE_VERBS and not object_that.group(1).endswith("ed"):
        # "expressed his displeasure that …", "voiced concern that …"
        return position + object_that.start(1)
    offset = 0
    if cue.info.frame == CueFrame.TELL:
        addressed = after_addressee(window, has_that)
        if addressed is None or addressed[1]:
            return None if addressed is None else position + addressed[0]
        offset = addressed[0]
    for _ in range(2):
        adjunct = ADJUNCT.match(window, offset)
        if not adjunct:
            break
        offset = adjunct.end()
    offset = _subordinate_aside(ctx, cue, window, offset)
    if (that := _THAT_AFTER_ASIDE_RE.match(window, offset)) and window[:offset].endswith(","):
        return position + that.end()  # "said Friday, when pressed on the remarks, that …"
    if counts_a_quantity(cue, window, offset):
        return None  # "Construction companies added 30,000 positions": the object of adding
    opener = _OPENER_RE.match(window, offset)
    if opener and cue.info.clause == CueClause.THAT:
        # "announced on Tuesday he will …" but not "announced his candidacy": only a subject
        # pronoun opens a clause without "that" after these verbs ("he's ready", "they won't": a contraction is finite).
        word = _APOSTROPHE_RE.split(opener.group(1))[0]
        verb = _SECOND_WORD_RE.match(window, offset)
        finite = opener.group(1) != word or verb is not None and (verb.group(1) in RELATIVE_VERBS or window[verb.end(1):verb.end(1) + 2] in ("'t", "’t") or (verb.group(1).endswith(("ed", "s")) and verb.group(1) not in STOP) or verb.group(1) in ("will", "would", "could", "should", "can", "may", "might", "must", "did", "does"))
        return position + opener.start(1) if word in ("he", "she", "they", "it", "we", "I") and finite else None
    if opener:
        word = _APOSTROPHE_RE.split(opener.group(1))[0]
        if word.lower() in CLAUSE_OPENERS or (word[:1].isupper() and word.lower() not in STOP and word.lower() not in PREFIX_WORDS) or word[:1].isdigit():
            return position + opener.start(1)
        if word.islower() and word not in PREFIX_WORDS and (quoted_predicate(window, opener.start(1)) or (word not in STOP and _BARE_SUBJECT_RE.match(window, opener.start(1)))):
            # A bare noun subject and a finite verb: "saying business leaders have a duty",
            # "said turnout would be high" (not "said goodbye to his staff").
            return position + opener.start(1)
    return None


# A participle right after a medial attribution's comma continues the attribution: "…, he
# said, adding that …".
_PARTICIPLE_CONTINUATION_RE = re.compile(r"[a-z]+ing \b", re.VERBOSE)


# Before a cue form ending in "s", these mark a plural noun ("all states", "these claims"): a
# third-person verb never follows them. After one, "that" and a past-tense verb is a relative
# clause on a noun ("the attacks that killed"), not a content clause.


# "that" directly before its verb after a plural noun is the relative's subject (a content
# clause has its own): a verb with an object ("the attacks that killed four", not the
# adjective of "that increased spending") or an auxiliary ("Democratic-leaning states that
# would not be a factor").
_RELATIVE_AFTER_NOUN_RE = re.compile(r"""
    \s+ that \s+
    (?: [a-z]+ed \s+
        (?: the | a | an | his | her | their | its | our | at | more | \d[\d,]* | one | two | three
          | four | five | six | seven | eight | nine | ten | dozens | hundreds | thousands | millions
          | him | them | us | me | it )                      # a past verb and its object
      | would | will | could | should | might | must | can | are | were | have ) \b
""", re.VERBOSE)


# A clause break between a verb of naming and a quoted name.
_NAMING_BREAK_RE = re.compile(r"[,;:.!?] | \b (?: that | which | who | and | but ) \b", re.VERBOSE)


# A manner phrase after a cue, with an optional object first: "(responded) to the news by posting".
_BY_GERUND_RE = re.compile(r"(?: \s+ to \s+ [^,.;:“”\"]{1,60}? )? \s+ by \s+ ( [a-z]+ing ) \b", re.VERBOSE)


def reported_statements(ctx: Context, used_cues: set[int], taken: list[tuple[int, int]]) -> list[Statement]:
    """Reported speech: cue + speaker + a content clause, with no quote marks around it."""
    found: list[Statement] = []
    covered = Covered(taken)
    for cue in ctx.cues:
        if cue_taken(ctx, cue, used_cues, covered):
            continue
        if _noun_not_cue(ctx.text, cue):
            continue
        if plain_form_not_verb(ctx.text, cue):
            continue  # "a false claim the helicopter …": the noun
        bounds = _clause_bounds(ctx, cue)
        if cue.info.frame in (CueFrame.ACCORDING, CueFrame.BY):
            statement = according_statement(ctx, cue, used_cues, *bounds)
            statements = [statement] if statement is not None else []
        else:
            statements = _verb_statements(ctx, cue, *bounds)
        found += [s for s in statements if word_count(ctx.text, s.start, s.end) >= 2]
    return found


def _noun_not_cue(text: str, cue: CueMatch) -> bool:
    """Whether a cue form is a noun here: after a determiner or possessive ("the president's
    chief demand", "a report"), or a plural after a plural determiner or before a relative
    clause ("of all states", "several published reports", "the Benghazi attacks that killed
    four")."""
    c_start, c_end = cue.start, cue.end
    previous = text[max(0, c_start - 30):c_start].split()
    if after_determiner_or_possessive(previous) or attributive_participle(cue, previous):
        return True  # ("of daily confirmed cases": an adjective)
    if cue.text.endswith("s") and " " not in cue.text and (
        (previous and (previous[-1].lower() in PLURAL_DETERMINERS or previous[-1] == "of"))  # ("a series of tweets")
        or (len(previous) >= 2 and previous[-2].lower() in PLURAL_DETERMINERS and previous[-1].isalpha() and previous[-1].islower()
            and previous[-1].endswith("ed"))
        or _RELATIVE_AFTER_NOUN_RE.match(text, c_end)
    ):
        # "of all states", "several published reports" (a determiner, then a participle
        # adjective; not a noun: "other research suggests"), "the
        # Benghazi attacks that killed four": a plural noun
        return True
    return False


def _clause_bounds(ctx: Context, cue: CueMatch) -> tuple[int, int, int]:
    """(start, end) of the cue's sentence within its paragraph, extended over a quotation the
    segmenter cut inside, and the end of the content after the cue (final stop trimmed)."""
    text = ctx.text
    c_start, c_end = cue.start, cue.end
    index = ctx.sentence_of(c_start)
    p_start, p_end = ctx.paragraph_of(c_start)
    s_start, s_end = max(ctx.sentence_starts[index], p_start), min(ctx.sentence_ends[index], p_end)
    # A quotation the segmenter cut inside belongs to this clause ('he said "A. B."').
    for q in ctx.quotes_between(s_start, s_end):
        if s_end <= q.end:
            s_end = min(p_end, q.close)
    content_end = trim_end(text, c_end, s_end)
    return s_start, s_end, content_end


# Sentinels of the steps below: the cue makes no statement at all (not even one that a
# trailing attribution would give).
_NO_SPEAKER = Speaker("", -1, -1)
_NO_CLAUSE = -1


def _verb_statements(ctx: Context, cue: CueMatch, s_start: int, s_end: int, content_end: int) -> list[Statement]:
    """The reported statement of a verbal cue: an as-parenthetical, a relative clause's verb
    phrase, a content clause after the cue, a quoted fragment after it, or the clause before
    a trailing attribution."""
    text = ctx.text
    c_start, c_end = cue.start, cue.end
    info = cue.info
    spoken = _content_start(ctx, cue, True, s_end, content_end)  # the clause, should someone speak
    if not may_report(ctx, cue, s_start, s_end, None if spoken == _NO_CLAUSE else spoken, spoken == _NO_CLAUSE):
        return []  # (speed: decided before the speaker search, most of a cue's cost)
    speaker = _verb_speaker(ctx, cue, s_start)
    if speaker is _NO_SPEAKER:
        return []
    coordinated = coordinated_parenthetical(ctx, cue, speaker, s_start, s_end, content_end)
    if coordinated is not None:
        return with_colon_quote(ctx, coordinated)
    parenthetical = AS_PARENTHETICAL_RE.search(text[s_start:speaker.start]) if speaker else None
    if parenthetical:
        return as_parenthetical(ctx, cue, speaker, s_start, s_end, content_end, s_start + parenthetical.start())
    clause = spoken if speaker else _content_start(ctx, cue, False, s_end, content_end)
    if clause == _NO_CLAUSE:
        return []
    contact = contact_relative(ctx, cue, speaker, s_start) if clause is None and speaker and info.clause == CueClause.ANY else None
    speaker = contact or speaker
    if clause is None and speaker and info.clause == CueClause.ANY and (_RELATIVE_END_RE.search(text, s_start, speaker.start) or contact):
        # "the restaurant that the people said was a focus of the indictment": the
        # content is the relative clause's verb phrase, up to its comma.
        verb = _OPENER_RE.match(text, c_end, s_end)
        if verb and (verb.group(1) in RELATIVE_VERBS or contact):
            comma = text.find(",", c_end, content_end)
            end = comma if comma > 0 else content_end
            if word_count(text, verb.start(1), end) >= 3:
                return [Statement("reported", speaker, cue.text, c_start, verb.start(1), end, info.lemma, info.stance)]
            return []
    if clause is None and speaker and info.clause == CueClause.THAT and not (info.lemma == "remind" and _REMIND_OF_RE.match(text, c_end, s_end)):
        # ("reminded him of the “six-year itch”": "remind X of Y" evokes, it does not say.)
        # "calling the win a "miracle"", "describing himself as a "man of faith"": a
        # quoted fragment soon after the cue makes a partial statement.
        # A verb of naming takes a whole noun phrase before its quoted name ("called the
        # idea of schools being run by the federal government “anachronistic”): the
        # quote may stand further off, as long as no comma or clause break intervenes.
        reach = 20 if info.lemma in _NAMING_LEMMAS and not text.startswith(" for ", c_end) else 8
        nearby = [q for q in ctx.quotes_between(c_end, s_end) if not is_title(text, q) and (
            word_count(text, c_end, q.open) <= 8
            or (word_count(text, c_end, q.open) <= reach and not _NAMING_BREAK_RE.search(text, c_end, q.open)))]
        # "responded to the controversy by posting an “outtakes” gallery": a "by" + gerund
        # phrase names the act that was the response, and its quote marks a term, not words
        # said (unless the gerund is itself a cue: "responded by calling it “a farce”").
        manner = _BY_GERUND_RE.match(text, c_end, s_end)
        if nearby and not (manner and manner.group(1) not in reporting_cues()) and not _cue_before_quote(ctx, c_end, nearby[0]):
            clause = skip_space(text, c_end)
    if clause is None and speaker and info.clause == CueClause.ANY:
        clause = quoted_object_start(ctx, cue, s_end)  # 'used to say "monarch"'
    if clause is None and speaker and info.clause == CueClause.ANY:
        clause = pro_form_start(text, cue, s_end)  # "King said the same."
    before = text[s_start:c_start].rstrip()
    end = content_end
    if cue.participle and not before and clause is not None:
        comma = text.find(",", clause, content_end)
        end = comma if comma > 0 else content_end  # the participial clause ends at its comma
    # ("The plans, even officials admit, are …": a focus particle before a medial
    # attribution's speaker stands outside it.)
    lead_in = _FOCUS_END_RE.sub("", text[s_start:speaker.start]) if speaker else ""
    if speaker and clause is not None and word_count(text, clause, end) >= 2:
        named = _named_act(ctx, cue, speaker) or cue
        return with_colon_quote(ctx, naming_end(ctx, Statement("reported", speaker, named.text, named.start, clause, end, named.info.lemma, named.info.stance)))
    if counts_a_quantity(cue, text[c_end:s_end], 0):
        return []  # "But in 1989, the plant added 650 jobs": an object follows, no trailing attribution
    if not cue.participle and info.lemma not in _NAMING_LEMMAS and info.lemma not in _CONTESTING_LEMMAS and (ends_with_comma(before) or (
        speaker and ends_with_comma(lead_in) and len(text[speaker.end:c_start].split()) <= 2
    )):
        statement = _trailing_statement(ctx, cue, speaker, s_start, s_end, content_end, before, lead_in)
        return [statement] if statement is not None else []
    return []


def _cue_before_quote(ctx: Context, c_end: int, q) -> bool:
    """Whether a participle cue after a comma (", saying", ", adding") stands between a cue and
    the quotation after it, which is then the participle's words: in 'Brown attacked Hatch,
    saying: “Mr. Chairman, …”' the quote is what Brown said, not the object of "attacked"."""
    return any(c.participle and ctx.text[:c.start].rstrip().endswith(",") for c in ctx.cues_between(c_end, q.open))


def coordinated_parenthetical(ctx: Context, cue: CueMatch, speaker: Speaker | None, s_start: int, s_end: int,
                              content_end: int) -> Statement | None:
    """An as-parenthetical after a coordinator, with the clause after its comma: "Not only that,
    but as Wolfers points out, the gains were concentrated at the bottom." (the
    as-parenthetical of Quirk et al. 1985, 15.54). Without a comma soon after the cue ("but as
    officials said the plan would …") the cue's ordinary clause rules apply."""
    text = ctx.text
    if speaker is None or not _COORDINATED_AS_RE.search(text[s_start:speaker.start]):
        return None
    comma = COMMA_SOON_RE.match(text, cue.end, s_end)
    if comma is None or word_count(text, comma.end(), content_end) < 3:
        return None
    return Statement("reported", speaker, cue.text, cue.start, comma.end(), content_end, cue.info.lemma, cue.info.stance)


def _named_act(ctx: Context, cue: CueMatch, speaker: Speaker) -> CueMatch | None:
    """The finite cue a participle elaborates ("Israeli intelligence flatly disputes this claim,
    asserting that …": the act is disputing; the participle only introduces its content), when
    that cue stands between the speaker and the participle, takes a plain object and lends a
    stance (a neutral act such as "wrote to employees, saying …" leaves the participle the cue)."""
    if not cue.participle or speaker.end > cue.start:
        return None
    earlier = [c for c in ctx.cues_between(speaker.end, cue.start) if not c.participle and c.info.frame in (CueFrame.VERB, CueFrame.TELL) and c.info.stance != "neutral"]
    earlier = [c for c in earlier if not _noun_not_cue(ctx.text, c)]  # ("disputes this claim, asserting": a noun)
    if not earlier or not ctx.text[earlier[-1].end:cue.start].rstrip().endswith(",") or THAT_WORD_RE.search(ctx.text, earlier[-1].end, cue.start):
        return None
    return earlier[-1]


def _verb_speaker(ctx: Context, cue: CueMatch, s_start: int) -> Speaker | None:
    """The speaker of a verbal cue (`speaker_for`), a document cue's document ("released her
    tax returns, showing that …"), or `_NO_SPEAKER` when a document cue reports nothing
    ("he found that …" is perception; "a poll showing Clinton with a lead" has no clause)."""
    text = ctx.text
    c_start = cue.start
    info = cue.info
    previous = text[max(0, c_start - 30):c_start].split()
    speaker = speaker_for(ctx, cue, s_start)
    if not cue.participle:
        speaker = document_subject(ctx, cue, s_start, speaker) or speaker
    if info.clause == CueClause.DOCUMENT and not licensed(cue, speaker) and cue.participle:
        # "Clinton released her tax returns, showing that …": the document the clause
        # is about reports the result, not its publisher.
        speaker = document_object(text, speaker.end if speaker else s_start, c_start)
    if perception_not_report(cue, speaker) or document_participle_without_that(text, cue) or gerund_of_means(cue, previous) or own_voice(speaker) \
            or expletive_infinitive(text, cue, speaker) or unrealised_speech(text, cue, speaker) or passive_naming(text, cue):
        return _NO_SPEAKER
    return speaker


# A clause opening on a quantity ("say at least 40 homes were lost", "said more than 200 …").
_QUANTITY_OPENER_RE = re.compile(r"""
    \s+ (?: at\s+least | at\s+most | more\s+than | fewer\s+than | less\s+than | nearly | almost
          | roughly | up\s+to | as\s+many\s+as ) \s+ \$? \d
""", re.VERBOSE)


def _contests_a_claim(text: str, cue: CueMatch) -> bool:
    """Whether a verb of contesting takes its clause through a noun, not "that": in "dismissed
    the notion that …" the clause is the claim contested, not the speaker's."""
    return cue.info.lemma in _CONTESTING_LEMMAS and not THAT_RE.match(text, cue.end)


def _content_start(ctx: Context, cue: CueMatch, speaker: bool, s_end: int, content_end: int) -> int | None:
    """Where the content clause after the cue starts, None when there is none, `_NO_CLAUSE`
    when the cue cannot report without one ("Adding CHAZ to the equation", "raised taxes").
    ``speaker``: whether the cue has a speaker (without one no clause is looked for)."""
    text = ctx.text
    c_end = cue.end
    info = cue.info
    premodified = (premodified_subject_start(text, c_end, s_end) or gerund_subject_start(text, cue, s_end)) if speaker else None  # "said closely held corporations do not …", "said putting NAFTA under threat … would"
    clause = premodified if premodified is not None else _clause_after(ctx, cue, s_end) if speaker else None
    if clause is None and speaker and info.clause == CueClause.ANY:
        clause = fronted_adjunct_clause(text, c_end, content_end)  # "said in order to …, the job requires"
    if clause is not None and (verbless_object(text, c_end, clause, content_end) or noun_phrase_object(text, c_end, clause, content_end)):
        clause = None  # "denied the allegations on Monday", "asserted her innocence at …": an object, not a clause
    if clause is None and speaker and info.clause == CueClause.ANY and _QUANTITY_OPENER_RE.match(text, c_end, content_end) \
            and not counts_a_quantity(cue, text[c_end:content_end], 0):
        clause = skip_space(text, c_end)  # "county officials say at least 40 homes were lost"
    if clause is not None and _contests_a_claim(text, cue):
        clause = None
    if clause is not None and mandative_subjunctive(ctx, cue, clause, content_end):
        return _NO_CLAUSE  # "demanded that the press apologize": a directive, no statement
    if initial_participle_without_that(text, cue) or (needs_content_noun(info) and clause is None):
        return _NO_CLAUSE
    return clause


def _fronted_adjuncts(lead: str) -> bool:
    """Whether the words before a subject are fronted adjuncts only, each comma-separated part
    opening on a preposition or adverb of `prefix_word` ("Meanwhile, in the nearby
    neighborhoods, residents and volunteers continued …"): no reported clause trails there."""
    parts = [part.split() for part in lead.split(",")]
    return 1 < len(parts) and sum(map(len, parts)) <= 8 and all(part and part[0].lower() in PREFIX_WORDS for part in parts)


def _trailing_statement(ctx: Context, cue: CueMatch, speaker: Speaker | None, s_start: int, s_end: int, content_end: int,
                        before: str, lead_in: str) -> Statement | None:
    """The clause before a trailing or medial attribution: "The truce is holding, officials
    said.", "…, said Adm. Brad Cooper.", "That group, Mr. Corker said on Fox, was beginning …"."""
    text = ctx.text
    c_start, c_end = cue.start, cue.end
    info = cue.info
    # (A verb of naming never trails a clause: "a task force, called the School
    # Shield Program," is a reduced relative naming it, "X called up Y" a summons.)
    # Trailing attribution: "The truce is holding, officials said." or
    # "…, said Adm. Brad Cooper." (also after a quoted fragment: 'His seat is the
    # "one pick-up we figured we would get," said Sen. Mike Braun.')
    rest = text[c_end:s_end]
    if speaker is not None and (
        (speaker.appositive.split()[:1] in (["who"], ["which"], ["whose"]) and not ends_with_comma(lead_in))
        or (speaker.appositive and lead_in.strip().rstrip(",").strip() == speaker.appositive)
        or (speaker.appositive and not lead_in.strip() and ends_with_comma(before))
    ):
        # "The president, who was hammered …, acknowledged the difficult environment",
        # "The lieutenant governor, Kim Guadagno, denied …": the commas bound the
        # subject's appositive; nothing trails the cue.
        speaker = None
        rest, clause_end = "", 0
    elif speaker is None or not ends_with_comma(lead_in):
        speaker = speaker_after(text, c_end, s_end) if ends_with_comma(before) else None
        rest = text[speaker.end:s_end] if speaker else rest
        clause_end = len(before) - 1
    else:
        clause_end = len(lead_in.rstrip()) - 1
    rest_words = rest.split()
    # "…, Indiana lawmakers vowed to act": a cue with an infinitive complement trails no clause.
    verb_like = verb_after_cue(rest_words, info.lemma)
    # A clause ending in a quote mark ends there: the attribution is trailing.
    medial = MEDIAL_RE.match(rest) if text[s_start + clause_end] not in "”\"" else None
    continued = bool(medial and _PARTICIPLE_CONTINUATION_RE.match(rest, medial.end() - 1))
    if continued:
        # "…, he said, adding that …": a participle continues the attribution, it
        # does not resume the reported clause ("…, Mr. Corker said, was beginning").
        medial = None
    appositive = bool(medial and speaker and speaker.start >= c_end and appositive_after_speaker(rest, medial.end()))
    medial = None if appositive else medial  # ("…, said Jim Smith, chief economist at Acme.")
    if speaker and not verb_like and clause_end > 0 and (medial or continued or appositive or (len(rest_words) <= 12 and not THAT_WORD_RE.search(rest))):
        start = skip_space(text, s_start)
        # "That group, Mr. Corker said on Fox, was beginning …": the content runs on.
        end = content_end if medial else s_start + clause_end
        opening = text[start:s_start + clause_end].split()
        fronted = bool(opening) and (opening[0].lower() in PREFIX_WORDS or opening[0].lower() == "prior")
        # ("At least three people … were found in vehicles, Barineau said.": a clause, no phrase.)
        clause_before = bool(opening) and (speaker.start >= c_end or len(rest_words) <= 3) and not opening[0].endswith("ed") and holds_finite_verb(opening[1:])
        prepositional = fronted and len(opening) <= 6 and not (clause_before and not medial)
        if fronted and medial and prepositional and ATTRIBUTION_TAIL_RE.fullmatch(rest[:medial.end() - 1]):
            # "In any event, the company says, the plaintiffs … do not have …": the
            # fronted phrase is an adjunct; the reported clause follows the attribution.
            start = skip_space(text, s_end - len(rest) + medial.end() - 1)
            prepositional = False
        elif fronted and not medial and "," not in text[start:s_start + clause_end].rstrip(",") and not clause_before:
            # "Prior to the passage of the bill, the White House repeated …": one
            # prepositional phrase and no clause of its own is no reported content.
            prepositional = True
        # "But when Indiana passed a law, lawmakers said …": a fronted adverbial clause
        # alone (no comma inside it) is the main clause's adjunct, not reported words.
        lead = [w for w in opening[:2] if w.lower() not in LEADING_DROP][:1]
        if not medial and lead and lead[0].lower() in _SUBORDINATORS and "," not in text[start:s_start + clause_end].rstrip(","):
            prepositional = True
        if _TIME_ONLY_RE.fullmatch(text[start:end].strip()) or _fronted_adjuncts(text[start:end]):
            prepositional = True  # "A few months later, he tweeted, adding …": a time adjunct
        if word_count(text, start, end) >= 3 and not prepositional:
            return Statement("reported", speaker, cue.text, c_start, start, end, info.lemma, info.stance)
    return None
