"""A cue's quoted object: a short quoted fragment the speaker's words fill, with no clause.

'they used to say "monarch"', 'He told Mitt Romney "everything"' (issue 16): a verb of saying
whose object is a quoted word or phrase reports those words as a partial statement, as a
verb of naming does ('called it "a disgrace"'). And 'apologized for "hurtful" comments that
led …': a "that" after a quoted object of "for" opens a relative clause on that object's noun,
not the cue's content clause.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from .context import Context, Statement, word_count
from .cues import CueMatch
from .direct import is_title
from ..quotes import MARK_RE
from ..schema import NOT_OWN_NAME_TYPES
from .lexicons import closed_class, CueClause
from .patterns import DETERMINERS, IRREGULAR_PAST_ALTERNATION, IRREGULAR_PASTS, NAMING_LEMMAS, OBJECT_PREPOSITIONS, PLURAL_DETERMINERS, RELATIVE_VERBS

# Words a quoted object may stand after the cue: an addressee ("told Mitt Romney") or a
# determiner ("said the word"); more would be a clause of its own.
QUOTED_OBJECT_REACH = 3

# Longest quoted object (words): a longer quotation after the cue is a direct quote, which the
# direct rules own ('said "We will …"').
QUOTED_OBJECT_WORDS = 6

# A clause break or a preposition between the cue and the quote: the quote then belongs to
# another clause or is the name in an adjunct ('said on CNN's "State of the Union."').
_BREAK_RE = re.compile(r"""
    [,;:.!?—–()] | \b (?: that | which | who | and | but | as | on | in | at | to | with | during | from
                       | for | of | about | by | after | before | over ) \b""", re.VERBOSE)

# Lowercase words that may stand between the cue and its quoted object: an object pronoun or a
# determiner ("told him", "said the word"); any other lowercase word is a verb or noun of
# another clause ('the internal notes show Trump's "direct involvement"').
_OBJECT_WORDS = frozenset(closed_class("object_word")) | DETERMINERS


# "for" and then a quote mark before a "that": the quote is the object of "for" and the "that"
# a relative pronoun on its noun ('apologized for "hurtful" comments that led …').
_FOR_QUOTED_RE = re.compile(r"\b for \s [^,;.]*? [“\"]", re.VERBOSE)


def quoted_object_start(ctx: Context, cue: CueMatch, s_end: int) -> int | None:
    """Start of a short quoted fragment that is the cue's object ('say "monarch"', 'told
    Romney "everything"'), or None. The quote must open within `QUOTED_OBJECT_REACH` words of
    the cue with no clause break between and hold at most `QUOTED_OBJECT_WORDS` words."""
    text = ctx.text
    for q in ctx.quotes_between(cue.end, s_end)[:1]:
        if ctx.inside_quote(cue.start) or is_title(text, q):
            return None
        if word_count(text, cue.end, q.open) > QUOTED_OBJECT_REACH or _BREAK_RE.search(text, cue.end, q.open):
            return None
        if any(not w[:1].isupper() and w.lower() not in _OBJECT_WORDS for w in text[cue.end:q.open].split()):
            return None
        if not 1 <= word_count(text, q.start, q.end) <= QUOTED_OBJECT_WORDS:
            return None
        return q.open
    return None


# A pro-form standing for an earlier statement as the cue's whole object, up to the clause's
# end: "King said the same.", "officials said as much" (the words reported are the earlier
# speaker's, re-attributed).
_PRO_FORM_RE = re.compile(r"\s+ ( the \s+ same | as \s+ much ) (?= \s* (?: [.;!?] | $ ) )", re.VERBOSE)


def pro_form_start(text: str, cue: CueMatch, s_end: int) -> int | None:
    """Start of a pro-form object ("said the same", "said as much") ending its clause, or None."""
    match = _PRO_FORM_RE.match(text, cue.end, s_end)
    return match.start(1) if match else None


def relative_after_quoted_for(window: str, that_start: int) -> bool:
    """Whether the adjunct before a "that" (``window[:that_start]``) holds "for" and a quoted
    object: the "that" is then a relative pronoun, not the content clause's complementizer."""
    return _FOR_QUOTED_RE.search(window, 0, that_start) is not None



# Determiners and possessives that open a noun-phrase object ("denied any ties", "asserted her
# innocence"); a subject pronoun never does.
_OBJECT_OPENERS = DETERMINERS | frozenset(closed_class("plural_determiner")) | frozenset(closed_class("object_determiner"))

# The first word of a content.
_FIRST_WORD_RE = re.compile(r"[\w'’\-]+")

# Words that can be a clause's finite verb: auxiliaries and modals, a negated or contracted
# form, and common irregular pasts ("the government made a strong case"), and the other
# finite markers ("said the judge’s gun record must be part of any debate").
_FINITE_WORDS = RELATIVE_VERBS | IRREGULAR_PASTS | frozenset(closed_class("finite_marker"))
_CONTRACTED_RE = re.compile(r"[a-z]+ (?: n['’]t | ['’](?: s | re | ll | d | ve ) )", re.VERBOSE)

_CONJUNCTIONS = frozenset(closed_class("coordinator"))

# Longest name that is a cue's whole object ("admitting South Koreans"); a name is no clause
# without a verb after it.
_NAME_OBJECT_WORDS = 4

# A plural noun before "of" heads a phrase ("levels of isolation"), it is not a verb ("agrees
# with" is).
_NOUN_HEAD_FOLLOWER = "of"

# A word in -ed right after one of these (or a determiner) is an adjective: "a downtick in
# confirmed cases".
_PREPOSITIONS = OBJECT_PREPOSITIONS


def noun_phrase_object(text: str, cue_end: int, clause: int, end: int) -> bool:
    """Whether a content without "that" is only a noun phrase, however long: it opens on a
    determiner or possessive and no later word can be a finite verb (`_may_be_finite`).
    "denied any ties to the man", "asserted her innocence at a House hearing on Wednesday",
    "reported the highest levels of isolation", "are reporting a steady downtick in confirmed
    cases" are objects; "said the government made a strong case", "says its policies
    expressly bar discrimination", "polls showed the representative leading the senator" are
    clauses."""
    first = _FIRST_WORD_RE.match(text, clause, end)
    if first is None or not (first.group().lower() in _OBJECT_OPENERS or first.group()[:1].isupper()):
        return False  # (speed: most contents open on a pronoun or a name and a verb; decided before splitting)
    if "that" in text[cue_end:clause].split() or MARK_RE.search(text, clause, end):
        return False  # (a quoted fragment in it is left to the partial rules: 'predicted a recovery "better than ever"')
    words = [w.strip(",.;:!?()“”\"’'—") for w in text[clause:end].split()]
    if 2 <= len(words) <= _NAME_OBJECT_WORDS and all(w[:1].isupper() for w in words):
        return True  # a name and nothing after it: "keep doing business … and admitting South Koreans"
    if len(words) < 2 or words[0].lower() not in _OBJECT_OPENERS:
        return False
    if _plain_verb_after_plural(words):
        return False
    modified = True  # (the word before is a determiner, a preposition or an adjective)
    for i, word in enumerate(words):
        following = words[i + 1].lower() if i + 1 < len(words) else ""
        if _may_be_finite(word, i, modified, following):
            return False
        lower = word.lower()
        modified = lower in _OBJECT_OPENERS or lower in _PREPOSITIONS or (modified and lower.endswith("ed"))
    return True


def _plain_verb_after_plural(words: list[str]) -> bool:
    """Whether a plural subject (a plural determiner, or a head noun in -s) is followed by a
    word that may be its plain present verb: not a preposition, determiner or conjunction
    ("many people feel the same way", "these antics degrade the institution", "the Islamists
    still lurk"; not "all allegations", "their commitments to …")."""
    if len(words) < 3:
        return False
    plural = words[0].lower() in PLURAL_DETERMINERS or (words[1].lower().endswith("s") and not words[1].lower().endswith(("ss", "'s", "’s")))
    third = words[2].lower()
    return plural and third.isalpha() and third not in _PREPOSITIONS and third not in _OBJECT_OPENERS and third not in _CONJUNCTIONS


def _possessive(lower: str) -> bool:
    """Whether a word in 's is a possessive where a determiner, preposition or adjective
    stands before it: "warned about the moral costs of the company’s foray" (no "it's")."""
    return lower.endswith(("'s", "’s"))


def _may_be_finite(word: str, i: int, modified: bool, following: str) -> bool:
    """Whether ``word``, the ``i``-th of a content, can be its finite verb: an auxiliary, a
    contracted form (not a possessive after a modifier: `_possessive`) or an irregular past; a word in -ed after the first (after a determiner,
    preposition or adjective it is an adjective: "in confirmed cases"); an adverb in -ly after
    the second; a participle right after the head noun ("the representative leading"); a
    lowercase word in -s after the second ("the economy grows"), unless a modifier stands
    before it ("in confirmed cases") or "of" after it ("levels of isolation")."""
    lower = word.lower()
    if lower in _FINITE_WORDS or (_CONTRACTED_RE.fullmatch(lower) and not (modified and _possessive(lower))):
        return True
    if (i >= 1 and lower.endswith("ed") and not modified) or (i >= 2 and lower.endswith("ly")) or (i == 2 and lower.endswith("ing")):
        return True
    return (i >= 2 and word.islower() and lower.endswith("s") and not lower.endswith("ss") and not modified
            and following != _NOUN_HEAD_FOLLOWER)


# A subject whose noun an adverb and a participle modify, then its finite verb, right after a
# cue: "said closely held corporations do not have to", "said newly hired officers will".
_PREMODIFIED_SUBJECT_RE = re.compile(rf"""
    \s+ ( [a-z]+ly ) \s+ (?: [a-z]+ed | {IRREGULAR_PAST_ALTERNATION} ) \s+ [a-z]+s \s+ (?: {"|".join(closed_class("relative_verb"))} ) \b
""", re.VERBOSE)


def premodified_subject_start(text: str, cue_end: int, end: int) -> int | None:
    """Start of a subject right after a cue (before ``end``) that opens on an adverb in -ly
    modifying a participle (`_PREMODIFIED_SUBJECT_RE`), or None. The adverb then belongs to
    the clause, not to the cue: in "a divided court said closely held corporations do not have
    to insure forms that violate …" the content is not what follows "that"."""
    match = _PREMODIFIED_SUBJECT_RE.match(text, cue_end, end)
    return match.start(1) if match else None


# The word after a "that" that opens a relative clause: an auxiliary or a past form, with no
# subject before it ("the interests that had sprung up", "the attacks that killed four").
_RELATIVE_START_RE = re.compile(rf"""( {"|".join(closed_class("relative_verb"))} | [a-z]+ed ) \b""", re.VERBOSE)


def relative_that(window: str, end: int) -> bool:
    """Whether the "that" ending at ``end`` in ``window`` (the text after a cue, past an object
    or adjunct) opens a relative clause on the noun before it, not the cue's content: a content
    clause has a subject, a relative one may start on its verb ("appealing to the massive
    industrial interests that had sprung up over the previous generation")."""
    return _RELATIVE_START_RE.match(window, end) is not None


# A gerund phrase as the subject of a clause right after a cue of clause "any", up to its finite
# verb: "said putting NAFTA under threat of extinction every five years would make it difficult".
_GERUND_SUBJECT_RE = re.compile(rf"""
    \s+ ( [a-z]{{2,}}ing ) \s+ [^,;:.!?“”\"]{{1,80}}? (?<!\band)(?<!\bbut)(?<!\bor) \s+   # (not "… and was hospitalized":
    (?: {"|".join(closed_class("relative_verb"))} | cannot ) \b                       # the main clause's verb)
""", re.VERBOSE)

# Words in -ing that are prepositions, open an adjunct or are nouns, never a gerund subject
# ("said during the meeting he would …"; "said nothing about …" is an object).
_NOT_GERUND_SUBJECTS = OBJECT_PREPOSITIONS | frozenset(closed_class("prefix_word")) | frozenset(closed_class("gerund_noun"))


def gerund_subject_start(text: str, cue: CueMatch, end: int) -> int | None:
    """Start of a gerund phrase that is the subject of the content clause after a cue of clause
    "any" (`_GERUND_SUBJECT_RE`), or None: "He said putting NAFTA under threat … would make it
    difficult for companies to invest" (not "said during the talks he would …")."""
    if cue.info.clause != CueClause.ANY:
        return None
    match = _GERUND_SUBJECT_RE.match(text, cue.end, end)
    return match.start(1) if match and match.group(1) not in _NOT_GERUND_SUBJECTS else None


# Words before a finite cue inside a clause that keep the clause's speaker: a coordinator or a
# pronoun ("…, but added:", "… when she said:").
_SAME_SPEAKER_LEADS = frozenset(closed_class("coordinator")) | frozenset(w.lower() for w in closed_class("pronoun"))


def _new_speaker_before(ctx: Context, start: int, colon: int) -> bool:
    """Whether a finite cue between ``start`` and a colon has a subject of its own, so that the
    quotation after the colon is that subject's ("… on Monday, Trump adviser Peter Navarro
    told CBS News: …", "Moore explained his decision thusly: …"); a participle, or a cue after a
    coordinator or a pronoun ("but added:", "when she said:"), keeps the clause's speaker."""
    for cue in ctx.cues_between(start, colon):
        previous = ctx.text[max(start, cue.start - 20):cue.start].split()
        if not cue.participle and not (previous and previous[-1].lower() in _SAME_SPEAKER_LEADS):
            return True
    return False




def naming_end(ctx: Context, statement: Statement) -> Statement:
    """A verb of naming in a free relative ("what he termed …") ended at the first comma after
    its quoted name: the relative is a noun phrase, and the clause after its comma is not the
    speaker's ("In what he termed a “three-minute version” of the speech, the President
    promised …" ends at "speech")."""
    speaker = statement.speaker
    if statement.lemma not in NAMING_LEMMAS or speaker is None or ctx.text[max(0, speaker.start - 6):speaker.start].split()[-1:] != ["what"]:
        return statement
    for q in ctx.quotes_between(statement.start, statement.end)[:1]:
        # (A comma inside the closing mark ends the name too: 'called the report "fake news," and …'.)
        comma = q.close if ctx.text[q.end - 1:q.end] == "," else ctx.text.find(",", q.close, statement.end)
        if comma > 0 and word_count(ctx.text, comma, statement.end) >= 2:
            return replace(statement, end=comma)
    return statement


def with_colon_quote(ctx: Context, statement: Statement) -> list[Statement]:
    """A reported statement whose clause ends in a colon before a quotation, split in two: the
    clause, and the quotation as the same speaker's direct words ("But as the WHO report
    notes, the Chinese people deserve a lot of that credit: “Achieving China's coverage …”"),
    when the quotation ends the clause and no other speaker's cue stands before the colon
    (`_new_speaker_before`). Otherwise the statement alone."""
    text = ctx.text
    for q in ctx.quotes_between(statement.start, statement.end):
        colon = text.rfind(":", statement.start, q.open)
        if colon < 0 or text[colon + 1:q.open].strip() or abs(q.close - statement.end) > 2:
            continue  # (the quotation must end the clause: '…: “You can give me a list,” he said, “and …”' stays one)
        if word_count(text, statement.start, colon) < 3 or _new_speaker_before(ctx, statement.start, colon):
            return [statement]
        clause = replace(statement, end=colon)
        quoted = replace(statement, kind="direct", start=q.start, end=q.end)
        return [clause, quoted]
    return [statement]


@lru_cache(maxsize=64)
def _issued_in_re(head: str) -> re.Pattern[str]:
    """'in a statement', 'through its written statement', 'via a joint release': the document
    ``head`` named as the medium a cue's speaker spoke in (at most two modifiers)."""
    return re.compile(rf"{_ISSUED_IN}(?:[\w\-]+\s+){{0,2}}{re.escape(head)}\b")


# The opening every match of `_issued_in_re` starts with (whatever the head), and every offset
# where it stands (a look-ahead: overlapping ones too).
_ISSUED_IN = r"\b(?:[Ii]n|[Tt]hrough|[Vv]ia)\s+(?:a|an|its|his|her|their|a\s+written)\s+"
_ISSUED_IN_AT_RE = re.compile(rf"(?={_ISSUED_IN})")


def _scan(ctx: Context, pattern: re.Pattern[str], start: int, end: int) -> list[tuple[int, int]]:
    """The spans ``pattern.finditer(text, start, end)`` gives, for a `_issued_in_re` pattern:
    the same attempts, at the offsets where its opening stands (none matches elsewhere; an
    opening in the text before ``end`` is one in the text cut there too), found once."""
    if ctx.issued_openings is None:
        ctx.issued_openings = [m.start() for m in _ISSUED_IN_AT_RE.finditer(ctx.text)]
    openings, found, position = ctx.issued_openings, [], start
    for at in openings[bisect.bisect_left(openings, start):bisect.bisect_left(openings, end)]:
        if at >= position and (match := pattern.match(ctx.text, at, end)):
            found.append(match.span())
            position = match.end()
    return found


# Words a cue and its "in a statement" may stand apart: "said Tuesday in a statement", "said on
# Friday night in a statement" (tuned on dev9-dev14).
_CUE_TO_MEDIUM_RE = re.compile(r"(?:\s+[\w,.’'\-]+){0,3}\s+")


# Whitespace-separated words from a position up to the start of its ninth: a match attempt of
# `_issued_in_re` reads at most six words ("in a written joint press statement") and a character.
_EIGHT_WORDS_RE = re.compile(r"\S*\s+(?:\S+\s+){7}")
_RESCAN_BACK = 2000  # characters before ``where`` a rescan may start from


def _last_issued_in(ctx: Context, head: str, where: int) -> int | None:
    """The start of the last match of ``_issued_in_re(head).finditer(text, 0, where)``, without scanning the
    text from its start for every document: the matches over the whole text are found once per
    head (`Context.issued`), and a match attempt starting eight words or more before ``where``
    reads nothing at or past it, so it fares the same with ``endpos=where``. The scan to
    ``where`` restarts from the last such match (the same scan from there on) or, when that
    match ends further back, from a position that far back where no match is under way (that
    match then stands unless the scan finds a later one)."""
    text, pattern = ctx.text, _issued_in_re(head)
    if head not in ctx.issued:
        ctx.issued[head] = _scan(ctx, pattern, 0, len(text))
    spans = ctx.issued[head]

    def safe(position: int) -> bool:
        words = _EIGHT_WORDS_RE.match(text, position)
        return words is not None and words.end() < where

    last = bisect.bisect_left(spans, (where, -1)) - 1
    while last >= 0 and not safe(spans[last][0]):
        last -= 1
    back = max(0, where - _RESCAN_BACK)
    back = back if safe(back) else None
    if last >= 0 and (back is None or spans[last][1] > back):
        start = spans[last][0]
    else:
        start = back if back is not None else 0
    found = spans[last][0] if last >= 0 and start != spans[last][0] else None
    for match_start, _ in _scan(ctx, pattern, start, where):
        found = match_start
    return found


def issuer_of_document(ctx: Context, head: str, where: int, earlier: list) -> tuple[str, str] | None:
    """(resolved, type) of the speaker who issued the document that "the ``head``" at ``where``
    goes back to: 'The club said in a statement that the coach had resigned. "We thank him for
    six seasons," the statement said.' (the club's words). The latest earlier "in a ``head``"
    (`_issued_in_re`) right after a speaker's cue ("said Tuesday in a statement") or opening the
    sentence of the cue ("In a statement, the club said"); not "she stars in a new ad" (no cue).
    The speaker must not itself be a document or an unnamed source. ``earlier``: (statement,
    resolved, type) of the statements so far, in order of position."""
    medium = _last_issued_in(ctx, head, where)
    if medium is None:
        return None
    sentence = ctx.sentence_of(medium)
    fronted = not ctx.text[ctx.sentence_starts[sentence]:medium].strip(" \"“‘'")
    for statement, resolved, kind in reversed(earlier):
        if statement.cue_start >= where or kind in NOT_OWN_NAME_TYPES or ctx.sentence_of(statement.cue_start) != sentence:
            continue
        cue_end = statement.cue_start + len(statement.cue)
        if (fronted and statement.cue_start > medium) or _CUE_TO_MEDIUM_RE.fullmatch(ctx.text, cue_end, medium):
            return resolved, kind
    return None
