"""Direct statements: quotations attributed by a cue after or before them, a colon, a dash,
an interview label ('Name: "…"'), and continuation segments (block quotes without marks and
paragraphs continuing an open quote are in `blocks`).
"""

from __future__ import annotations

import bisect
from dataclasses import replace
import re

from ..quotes import MARK_RE, ZERO_WIDTH, Quotation, closing_mark
from ..schema import SpeakerType
from .blocks import ABBREVIATION_RE, BREAK_RE, credit_line_below, possessed_speech_speaker
from .by_start import ByStart, later_ending
from .context import Context, Covered, Statement, skip_space, trim_end
from .cues import CueMatch, find_cues
from .guards import (closed_quote_opens_paragraph, plain_form_not_verb, copula_announces_no_words, passive_naming, follows_report_or_its_attribution, participle_right_after_quote, quote_fills_addressee,
                     related_link, unclosed)
from .lexicons import closed_class, CueFrame, reporting_cues
from .names import Speaker, licensed, speaker_type_of
from .patterns import (
    ADJUNCT,
    CAP_SEQ,
    DETERMINERS,
    NOT_LABELS,
    QUANTIFIER_WORDS,
    STOP,
    THAT_RE,
    THAT_WORD_RE,
    TITLE,
)
from .phrases import speaker_after, speaker_before
from .subjects import named_colon_subject, sentence_subject
from .speakers import speaker_for
from .posts import is_post

# What may stand between a closing quote mark and its attribution: spaces, a comma or a dash.
_QUOTE_TAIL_RE = re.compile(r"[ \t]* [,—–-]? [ \t]*", re.VERBOSE)

# The end of an introduction before a quote mark: a comma, colon, semicolon, dash or "that"
# (a semicolon or dash may follow the cue: 'Rossi said; "…"'), then spaces, zero-width ones too.
_INTRO_TAIL_RE = re.compile(r"""
    (?: , | : | ; | \s*[—–] | \s+that )?
    [\s\u200b\u200c\u200d\u2060\ufeff]*                      # zero-width characters are invisible
    $
""", re.VERBOSE)
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


def _intro_tail(left: str) -> re.Match[str]:
    """`_INTRO_TAIL_RE` searched in ``left`` from the earliest start its match can have (speed:
    it was tried at every character): trailing spaces after at most one mark or "that" and the
    spaces before it, so no earlier than the spaces before the four characters before them."""
    end = len(left)
    while end > 0 and (left[end - 1].isspace() or left[end - 1] in _ZERO_WIDTH):
        end -= 1  # (str.isspace is what the pattern's \s matches)
    earliest = max(0, end - 4)
    while earliest > 0 and left[earliest - 1].isspace():
        earliest -= 1
    return _INTRO_TAIL_RE.search(left, earliest)


# A coordinator after a quoted first clause: '"…," and that "…"'.
_COORDINATOR_END_RE = re.compile(r"[”\"] ,? \s+ (?: and | but ) \s* $", re.VERBOSE)

# A perception passive before a participle cue: "is shown saying", "was heard telling".
_SHOWN_SAYING_RE = re.compile(r"""
    \s+ (?: is | was | are | were | can\s+be | could\s+be )
    \s+ (?: shown | seen | heard | caught | filmed | recorded | quoted )
    \s* $
""", re.VERBOSE)

# "is expected to" before a cue: '"…," Cooper is expected to say'.
_EXPECTED_TO_RE = re.compile(r"\s+ (?: is | are | was | were ) \s+ expected \s+ to \s* $", re.VERBOSE)


# A name label may hold lowercase particles ("Omar al-Masri:", "Ana de la Cruz:", "Pieter van Dijk:").
_NAME_PARTICLE = r"(?:al|el|ad|ash|bin|ibn|abu|de|del|della|da|di|du|dos|la|le|van|von|der|den|ter)"
_NAME_LABEL_RE = re.compile(rf"""
    (?P<label>
        {CAP_SEQ}
      | [A-Z][\w'’.\-]* (?: \s+ (?: {_NAME_PARTICLE} (?: \s+ | - ) )+ [A-Z][\w'’\-]+ )+   # "Ana de la Cruz"
    )
    :
""", re.VERBOSE)

# Nouns for words spoken or written: an introduction naming one ("used virtually identical
# language to beat up on McCain:") attributes the quotation it introduces.
_SPEECH_NOUN_RE = re.compile(r"""
    \b (?: language | words | remarks | statement | message | speech | comments | tweet | post | ad
         | advertisement | letter | note | response | reply | answer ) \b
""", re.VERBOSE)

# A stance predicate before a colon announces the quote like a speech noun ("Israeli officials remain firm:").
_STANCE_INTRO_RE = re.compile(r"""
    \b (?: remains? | remained | is | are | was | were | stands? | stood ) \s+
    (?: (?: just\s+as | as | equally | very | quite | similarly ) \s+ )?
    (?: firm | adamant | defiant | unequivocal | blunt | clear | emphatic | resolute | unapologetic
      | undeterred | unmoved | categorical )
    \s* : $
""", re.VERBOSE)


def _adjuncts_only(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one or more time or manner adjuncts ("on Friday", "in a
    statement") and nothing else: the stretch a cue's direct object may follow."""
    position = start
    while position < end:
        adjunct = ADJUNCT.match(text, position, end)
        if adjunct is None:
            return False
        position = adjunct.end()
    return position > start and not text[position:end].strip()


_TITLE_FUNCTION_WORDS = frozenset(closed_class("title_function_word"))
_LONE_SUBJECT_WORDS = frozenset(closed_class("lone_subject_word"))


def _lone_subject_before_cue(text: str, floor: int, cue_start: int) -> Speaker | None:
    """A word of `lone_subject_word` that alone opens the sentence right before a cue: a
    programme named by a time word ('Today reported, "…"'; the adverb would need a subject of
    its own, "Today she said") or "One" of a group just named ('One wrote, "…"'; the number
    would need a noun). None otherwise (a lowercase or comma-separated "today" is the adverb)."""
    start = skip_space(text, floor)
    word = text[start:cue_start].rstrip()
    return Speaker(word, start, start + len(word)) if word in _LONE_SUBJECT_WORDS else None


def _whole_sentence_quote(text: str, q: Quotation) -> bool:
    """Whether a quotation is a sentence of its own: it opens with a capital (after a hashtag
    or handle mark, as tweets do), ends in a full stop, "?" or "!" inside the marks, and has a
    lowercase word other than a title's function words, so it is not a title in headline case
    ('on the CNN program "State of the Union."', where the stop is the sentence's)."""
    words = text[q.start:q.end].rstrip(".?! ").split()
    opening = text[q.start:q.start + 2].lstrip("#@")[:1]
    return (opening.isupper() and text[q.start:q.end].rstrip().endswith((".", "?", "!"))
            and any(word[:1].islower() and word not in _TITLE_FUNCTION_WORDS for word in words))


def _verbal_cues(text: str, cues: list[CueMatch]) -> list[CueMatch]:
    """The cues that are verbs here: not a plain form that lacks its plural subject ("on a
    hopeful note: “…”" is the noun; "Others note that “…”" the verb; `plain_form_not_verb`)."""
    return [cue for cue in cues if not plain_form_not_verb(text, cue)]


def _attribution_before(ctx: Context, q: Quotation, floor: int) -> Statement | None:
    """'Cooper said: "…"' / 'He told reporters, "…"' / 'said that "…"' / 'Officials remain firm: "…"'."""
    text = ctx.text
    left = text[floor:q.open]
    stripped = left.rstrip()
    if not stripped:
        return None
    # Interview label at a paragraph start: 'Name: "…"'
    label = _NAME_LABEL_RE.fullmatch(stripped)
    if label and floor in ctx.paragraph_starts and label.group("label").lower() not in NOT_LABELS:
        name = label.group("label")
        return Statement("direct", Speaker(name, floor, floor + len(name)), ":", -1, q.start, q.end, "", "", via="label")
    tail = _intro_tail(left)
    end_of_cue = floor + tail.start()
    punctuation = tail.group().strip()
    cues = _verbal_cues(text, ctx.cues_between(max(floor, end_of_cue - 100), end_of_cue))
    if punctuation == "that" and _COORDINATOR_END_RE.search(text, floor, end_of_cue):
        # 'responded that "A" but that "B"': a second content clause coordinated under the
        # same cue (the repeated "that" marks the parallel clause) is a statement of its own.
        outside = [c for c in ctx.cues_between(floor, end_of_cue) if not ctx.inside_quote(c.start) and THAT_RE.match(text, c.end)]
        if outside and not BREAK_RE.search(ABBREVIATION_RE.sub("", text[outside[-1].end:end_of_cue]).replace("“", "").replace("”", "").replace('"', "")):
            cue = outside[-1]
            speaker = speaker_for(ctx, cue, floor)
            if speaker is not None and licensed(cue, speaker):
                return Statement("partial", speaker, cue.text, cue.start, q.open, q.close, cue.info.lemma, cue.info.stance)
    if cues:
        cue = cues[-1]
        between = text[cue.end:end_of_cue]
        words = len(between.split())
        direct_intro = punctuation in (",", ":")
        if quote_fills_addressee(cue, words, punctuation, len(text[q.start:q.end].split())):
            return None
        if cue.info.frame == CueFrame.ACCORDING and direct_intro:
            speaker = speaker_after(text, cue.end, end_of_cue, bare=True)
        elif cue.info.frame == CueFrame.BY:
            speaker = None
        elif words == 0 or (direct_intro and words <= 10 and not BREAK_RE.search(ABBREVIATION_RE.sub("", between))):
            # Nothing, or an addressee or adjunct ("told reporters on Monday,"), between cue and quote.
            speaker = speaker_for(ctx, cue, floor) or _lone_subject_before_cue(text, floor, cue.start)
        elif not punctuation and _adjuncts_only(text, cue.end, end_of_cue) and _whole_sentence_quote(text, q):
            # 'tweeted on Friday "Labrador is pro amnesty."': a time or manner adjunct, then a
            # quoted sentence of its own (capital to final stop), is the cue's direct object.
            speaker = speaker_for(ctx, cue, floor)
        else:
            speaker = None  # a quote inside a reported clause: a partial, found with the clause
        if speaker is not None and licensed(cue, speaker) and not passive_naming(text, cue):  # (not 'a law dubbed "…"')
            if direct_intro or (punctuation != "that" and text[q.start:q.start + 2].lstrip("#@")[:1].isupper()):
                return Statement("direct", speaker, cue.text, cue.start, q.start, q.end, cue.info.lemma, cue.info.stance)
            return Statement("partial", speaker, cue.text, cue.start, q.open, q.close, cue.info.lemma, cue.info.stance)
    if punctuation == ":":
        # Colon introduction: 'Israeli officials remain firm: "…"'; a possessed speech noun:
        # 'one of Trump's most memorable lines of the night: "…"'.
        owner = possessed_speech_speaker(text, floor, end_of_cue)
        if owner is not None:
            return Statement("direct", owner, text[owner.end:end_of_cue].strip(" :"), owner.end, q.start, q.end, "", "")
        speaker = _colon_subject(ctx, floor, end_of_cue)
        if speaker and speaker.end < end_of_cue:
            cue_text = text[speaker.end:end_of_cue].strip().strip(",").strip()
            if 0 < len(cue_text.split()) <= 6 and not copula_announces_no_words(cue_text, speaker.text, _SPEECH_NOUN_RE):
                first = cue_text.split()[0].lower()
                info = reporting_cues().get(first)
                return Statement("direct", speaker, cue_text, speaker.end, q.start, q.end,
                                  info.lemma if info else cue_text.lower(), info.stance if info else "")
    return None


# A lowercase role word right before a capitalised name: "co-host Savannah Guthrie", "economist
# Maria Lopez" (the name, not the role word, opens the subject).
_ROLE_WORD_BEFORE_NAME_RE = re.compile(r"[a-z][a-z\-]+ \s+ (?=[A-Z])", re.VERBOSE)


def _colon_subject(ctx: Context, floor: int, end: int) -> Speaker | None:
    """The subject of a colon introduction without a known cue ('Israeli officials remain firm:'),
    from the sentence's start or, in a paragraph of several quotations, from the end of the last
    quotation before it ('Sanders countered: “… – ” Guthrie cut her off to lecture: “…”'), past a
    lowercase role word before a name ('During the exchange, co-host Savannah Guthrie fretted:')."""
    text = ctx.text
    p_start = ctx.paragraph_of(floor)[0]
    closed = [q for q in ctx.quotes_between(p_start, end) if floor < q.close < end and q.close > q.end]  # (the segmenter may cut inside a quote)
    start = closed[-1].close if closed else floor
    speaker = sentence_subject(text, start, end)
    if speaker is None:
        comma = text.rfind(",", start, end)  # (after a fronted adjunct: "During the exchange, co-host …")
        position = skip_space(text, comma + 1 if comma >= 0 else start)
        role = _ROLE_WORD_BEFORE_NAME_RE.match(text, position, end)
        speaker = sentence_subject(text, role.end(), end) if role else None
    return speaker


def _colon_paragraph_attribution(ctx: Context, q: Quotation) -> Statement | None:
    """A quotation opening a paragraph after one that ends in a colon: the introduction
    attributes it as it would in one paragraph ('Cooper said:', 'Israeli officials remain
    firm:') or, without a cue, when it names the words ('Obama used identical language:')."""
    text = ctx.text
    p_start, _ = ctx.paragraph_of(q.open)
    if q.open != p_start or p_start == ctx.paragraph_starts[0]:
        return None
    prev_start, prev_end = ctx.paragraphs[bisect.bisect_left(ctx.paragraph_starts, p_start) - 1]
    if text[prev_end - 1] != ":" or ctx.inside_quote(prev_end - 1):
        return None
    floor = max(prev_start, ctx.sentence_starts[ctx.sentence_of(prev_end - 1)])
    statement = _attribution_before(ctx, q, floor)
    if statement is not None and (statement.cue_start <= floor or not text[statement.cue_start].islower()):
        # Only a reporting verb carries over a paragraph break: a short "Duck quacker:" or
        # "Saying grace:" over a quoted paragraph is a heading.
        statement = None
    owner = possessed_speech_speaker(text, floor, prev_end - 1) if statement is None else None
    if owner is not None:
        return Statement("direct", owner, ":", -1, q.start, q.end, "", "")  # "Trump's best line:" ¶ "…"
    stance_intro = _STANCE_INTRO_RE.search(text, floor, prev_end) is not None
    if statement is None and (_SPEECH_NOUN_RE.search(text, floor, prev_end) or stance_intro) and not find_cues(text[floor:prev_end]):
        speaker = sentence_subject(text, floor, prev_end)
        speakers = (SpeakerType.PERSON, SpeakerType.ORGANISATION, SpeakerType.GOVERNMENT, SpeakerType.MEDIA) + ((SpeakerType.ANONYMOUS,) if stance_intro else ())
        if speaker is not None and speaker_type_of(speaker.text) in speakers:
            statement = Statement("direct", speaker, ":", -1, q.start, q.end, "", "")
    if statement is None and not find_cues(text[floor:prev_end]):
        speaker = named_colon_subject(text, floor, prev_end)
        statement = Statement("direct", speaker, ":", -1, q.start, q.end, "", "") if speaker is not None else None
    return statement


# A dash and a source after a quotation, to the paragraph's end: ' — Dan Froomkin, Salon'.
_DASH_SOURCE_RE = re.compile(rf"""
    [ \t]* (?: [—–] | -- ) [ \t]*
    ( (?: {TITLE} \s+ )? {CAP_SEQ} )                         # the source's name
    [ \t]* (?: , [^\n.;“”\"]{{0,60}} )?                       # its description: ", Salon"
    \.? [ \t]* $
""", re.VERBOSE)


def is_title(text: str, q: Quotation) -> bool:
    """Whether a quotation looks like the title of a work or a headline ("The Gaza Question",
    "Meet the Press"): short, no final punctuation, every long word capitalised."""
    words = text[q.start:q.end].split()
    long_words = [w for w in words if len(w.strip(".,;:!?")) > 3]
    return (
        0 < len(words) <= 8
        and not text[q.end - 1:q.end] in ".,;:!?"
        and bool(long_words)
        and all(w[:1].isupper() or not w[:1].isalpha() for w in long_words)
        and words[0][:1].isupper()
    )


def _dash_attribution(ctx: Context, q: Quotation) -> Statement | None:
    """A verb-less attribution: a paragraph that is a quote followed by a dash and its source
    ('"…" — Dan Froomkin, Salon'), the layout of epigraphs, pull quotes and quote round-ups."""
    text = ctx.text
    p_start, p_end = ctx.paragraph_of(q.open)
    if not closed_quote_opens_paragraph(text, q, p_start) or is_title(text, q):
        return None
    match = _DASH_SOURCE_RE.match(text, q.close, p_end)
    if match is None or match.group(1).split()[0].lower() in NOT_LABELS:
        return None
    speaker = Speaker(match.group(1), match.start(1), match.end(1))
    return Statement("direct", speaker, "—", -1, q.start, q.end, "", "")


# A name, a comma and a lowercase description: "Torsten Slok, chief economist for …".
_NAME_THEN_DESCRIPTION_RE = re.compile(rf"""
    ( (?: {TITLE} \s+ )? {CAP_SEQ} ) , \s+
    ( (?: the\s+ | a\s+ | an\s+ )? [a-z] [^,.;:!?“”\"()]* )
""", re.VERBOSE)

# A name and a comma before a lowercase appositive, right after a quote.
_LEAD_NAME_RE = re.compile(rf"""
    [ \t]*
    ( (?: {TITLE} \s+ )? {CAP_SEQ} ) , \s+
    (?= [a-z] | (?: the | a | an ) \s )
""", re.VERBOSE)

# Punctuation that a single speaker phrase between a quote and its cue does not contain.
_LEADBREAK_RE = re.compile(r"[.;:!?“”\"(),—–]", re.VERBOSE)


def _attribution_after(ctx: Context, q: Quotation) -> Statement | None:
    """'"…," said Cooper' / '"…," Cooper said' / '"…?" Bachmann asked' / '"…," the letter states'."""
    text = ctx.text
    if unclosed(q):
        return None
    lead = _QUOTE_TAIL_RE.match(text, q.close, q.close + 5)
    position = lead.end()
    p_end = ctx.paragraph_of(max(q.open, q.close - 1))[1]  # (the paragraph the quote closes in)
    if position >= p_end:
        return None
    # The quote must open its sentence or follow a comma, colon or dash: in 'including the "economic
    # disruption …," according to excerpts' it is a fragment of a longer clause. (Before the cue search: speed.)
    sentence_start = ctx.sentence_starts[ctx.sentence_of(q.open)]
    lead_in = text[max(sentence_start, ctx.paragraph_of(q.open)[0]):q.open].rstrip()
    if lead_in and not lead_in.endswith((",", ":", "—", "–", "-", "”", '"')):
        return None
    sentence = ctx.sentence_of(position)
    limit = min(p_end, max(ctx.sentence_ends[sentence], position + 1), position + 250)
    # A name and a comma after the quote: its appositive may run long before the cue ('"…,"
    # Elliott Maynard, a Republican trying to unseat Representative Nick J. Rahall II, a
    # Democrat, in West Virginia's Third District, said').
    lead_name = _LEAD_NAME_RE.match(text, position, limit)
    cues = _verbal_cues(text, ctx.cues_between(position, min(limit, position + (250 if lead_name else 100))))
    if not cues:
        return None
    cue = cues[0]
    between = text[position:cue.start]
    # '… is expected to say.': the speaker stands before "is expected to".
    expected = _EXPECTED_TO_RE.search(between)
    # '"…," Mr. Netanyahu is shown saying': a perception passive reports the recorded saying
    # (the video or broadcast convention); its subject is the speaker.
    shown = _SHOWN_SAYING_RE.search(between) if cue.participle else None
    expected = expected or shown
    cue_start = position + expected.start() if expected else cue.start
    between = text[position:cue_start]
    if BREAK_RE.search(ABBREVIATION_RE.sub("", between)) or cue.info.frame == CueFrame.BY:
        return None
    if participle_right_after_quote(cue, between):
        return None
    if not between.strip():
        speaker = speaker_after(text, cue.end, limit, bare=cue.info.frame == CueFrame.ACCORDING)
    else:
        speaker = speaker_before(text, position, cue_start)
        lead_words = text[position:speaker.start].strip().rstrip(",").strip() if speaker else ""
        if speaker is not None and lead_words and lead_words != speaker.appositive:
            # '"…," the person close to Pelosi said', '"…," the statement from DisArt said':
            # between a quote and its cue stands one speaker phrase, whatever its prepositions.
            whole = text[position:speaker.end].strip()
            words = whole.split()
            if (len(words) <= 9 and not _LEADBREAK_RE.search(ABBREVIATION_RE.sub("", whole)) and not find_cues(whole)
                    and (words[0].lower() in DETERMINERS or words[0][:1].isupper()) and words[0].lower() not in STOP):
                start = text.index(whole, position)
                speaker = Speaker(whole, start, start + len(whole), speaker.appositive)
            elif (named := _NAME_THEN_DESCRIPTION_RE.fullmatch(whole)) and len(words) <= 14 and not find_cues(whole):
                # '"…," Torsten Slok, chief economist for Deutsche Bank Securities said': a name
                # and an appositive whose closing comma is missing.
                start = text.index(whole, position)
                speaker = Speaker(named.group(1), start, start + len(named.group(1)), named.group(2))
            elif lead_name and len(words) <= 35 and not find_cues(whole) and not BREAK_RE.search(ABBREVIATION_RE.sub("", whole)):
                # A name, then appositives with commas of their own, then the cue: the name speaks.
                name = lead_name.group(1)
                speaker = Speaker(name, lead_name.start(1), lead_name.end(1), text[lead_name.end():speaker.end].strip(" ,"))
            else:
                speaker = None
    if speaker is None or not licensed(cue, speaker):
        return None
    ends_sentence = text[q.end - 1:q.end] in ".!?" or text[q.end - 1:q.close].rstrip("”\"»" + ZERO_WIDTH).endswith((".", "!", "?"))
    if ends_sentence and text[q.end - 1] == "." and text[position:position + 1].isupper():
        # After '…."' a new sentence starts; it attributes the quote only if that is all it
        # does ('"…." Cooper said.'), not if it goes on to report more ('Cooper said the …').
        rest = text[max(cue.end, speaker.end):ctx.sentence_ends[sentence]]
        if len(rest.split()) > 8 or THAT_WORD_RE.search(rest):
            return None
    return Statement("direct", speaker, cue.text, cue.start, q.start, q.end, cue.info.lemma, cue.info.stance)


def direct_statements(ctx: Context, turns: list[Statement]) -> tuple[list[Statement], set[int], list[Quotation]]:
    """Attribute each quotation by the cue right after it or right before it (or a colon)."""
    found: list[Statement] = []
    used_cues: set[int] = set()
    pending: list[Quotation] = []
    in_turns = Covered([(t.start, t.end) for t in turns])
    for q in ctx.quotes:
        if in_turns.holds(q.open):
            continue
        statement = _attribution_after(ctx, q)
        if statement is None:
            p_start, _ = ctx.paragraph_of(q.open)
            floor = max(p_start, ctx.sentence_starts[ctx.sentence_of(q.open)])
            statement = _attribution_before(ctx, q, floor)
        if statement is None:
            statement = _dash_attribution(ctx, q)
        if statement is None:
            statement = _colon_paragraph_attribution(ctx, q)
        if statement is None:
            statement = _bare_cue_before(ctx, q, used_cues)
        if statement is None:
            pending.append(q)
            continue
        statement = _credited_instead_of_quantifier(ctx, statement, q)
        if statement.cue_start >= 0 and not _parenthetical_over_paragraph(ctx, statement):
            used_cues.add(statement.cue_start)
        found.append(statement)
    return found, used_cues, pending


def _credited_instead_of_quantifier(ctx: Context, statement: Statement, q: Quotation) -> Statement:
    """The statement with the credited writer as speaker when a quantifier speaker ("Others",
    "Some") introduces a quotation whose last paragraph sits over a credit line: in a round-up
    'Others note that “…” ¶ Jeet Heer, The Nation' quotes Jeet Heer, not "Others"."""
    speaker = statement.speaker
    if speaker is None or speaker.text.lower() not in QUANTIFIER_WORDS:
        return statement
    credit = credit_line_below(ctx, q.end - 1)
    if credit is None:
        return statement
    writer = Speaker(credit.group("name"), credit.start("name"), credit.end("name"))
    return replace(statement, speaker=writer, source=credit.group("outlet"))


def _bare_cue_before(ctx: Context, q: Quotation, used_cues: set[int]) -> Statement | None:
    """A quoted sentence right after a sentence of its paragraph that ends in a speaker and a
    cue with nothing to report ('… plays as the prime minister continues. "The world tells us
    to wait."'): the cue announces the quote that follows. Not a cue that already attributes a
    quote ('"A," she said. "B."' is a continuation), a participle, nor one inside a quote."""
    text = ctx.text
    index = ctx.sentence_of(q.open)
    p_start, _ = ctx.paragraph_of(q.open)
    if index == 0 or ctx.sentence_starts[index] <= p_start or text[ctx.sentence_starts[index]:q.open].strip():
        return None
    floor, end = max(p_start, ctx.sentence_starts[index - 1]), ctx.sentence_ends[index - 1]
    cues = _verbal_cues(text, ctx.cues_between(floor, end))
    if not cues or text[cues[-1].end:end].strip() != "." and text[cues[-1].end:q.open].strip() != ".":
        return None
    cue = cues[-1]
    if cue.participle or cue.start in used_cues or ctx.inside_quote(cue.start) or cue.info.frame in (CueFrame.ACCORDING, CueFrame.BY):
        return None
    speaker = speaker_for(ctx, cue, floor)
    if speaker is None or not licensed(cue, speaker) or not speaker.end <= cue.start or not _opens_clause(text, floor, speaker):
        return None
    return Statement("direct", speaker, cue.text, cue.start, q.start, q.end, cue.info.lemma, cue.info.stance)


_CLAUSE_LEAD_WORDS = frozenset(closed_class("subordinator") + closed_class("clause_lead_word"))


def _opens_clause(text: str, floor: int, speaker: Speaker) -> bool:
    """Whether a speaker phrase of at most four words opens its sentence or a clause ("as the
    prime minister continues", "Then Smith added"): not a stretch of a longer clause that the
    phrase search read as one ("no indication that the spying stopped any terrorist attacks"),
    nor a trailing attribution ("…, he said."), whose report the quote after it continues
    (`attach_pending`)."""
    before = text[floor:speaker.start].split()
    return len(speaker.text.split()) <= 4 and (not before or before[-1].lower() in _CLAUSE_LEAD_WORDS)


def _parenthetical_over_paragraph(ctx: Context, statement: Statement) -> bool:
    """Whether a quote's cue is a parenthetical in the paragraph before the quote ("Loneliness,
    she argues, has serious consequences:" over a quoted paragraph): the introduction is a
    reported statement of its own, so the cue stays free for it (a plain 'She said:' is not)."""
    speaker = statement.speaker
    if speaker is None or statement.cue_start < 0 or statement.cue_start >= ctx.paragraph_of(statement.start)[0]:
        return False
    text = ctx.text
    before = text[ctx.paragraph_of(statement.cue_start)[0]:speaker.start].rstrip()
    after = text[statement.cue_start + len(statement.cue):statement.cue_start + len(statement.cue) + 1]
    return speaker.end <= statement.cue_start and before.endswith(",") and after == ","


def _cue_follows(ctx: Context, q: Quotation) -> bool:
    """Whether the words right after a quotation, to the end of the next sentence in its
    paragraph or the next quotation, hold a reporting cue: then the quote has its own
    attribution after it, even if the speaker phrase was not recognised ('"…" WILL President
    Rick Esenberg said'), unless that cue introduces words of its own."""
    p_end = ctx.paragraph_of(q.open)[1]
    index = ctx.sentence_of(min(q.close, p_end - 1))
    stop = min(p_end, ctx.sentence_ends[min(index + 1, len(ctx.sentence_ends) - 1)], q.close + 200)
    stop = min([stop] + [other.open for other in ctx.quotes if q.close <= other.open < stop])
    return any(not ctx.inside_quote(c.start) and not _introduces_own_content(ctx.text, c) for c in ctx.cues_between(q.close, stop))


def _introduces_own_content(text: str, cue: CueMatch) -> bool:
    """Whether a cue after a quotation introduces words of its own ("that", a colon or a quote
    mark right after it: '“That’s surprising …” Besides Mariotti makes clear that “…”'), so it
    is no attribution of the quotation before it."""
    after = text[cue.end:cue.end + 8].lstrip()
    return after[:1] in ":“\"" or THAT_WORD_RE.match(after) is not None


def _whole_quoted_sentence(ctx: Context, q: Quotation) -> bool:
    """Whether a closed quotation is a whole sentence of at least four words: it opens its
    sentence and only closing punctuation follows it there."""
    text = ctx.text
    if q.close == q.end or len(text[q.start:q.end].split()) < 4:
        return False
    index = ctx.sentence_of(q.open)
    p_start, p_end = ctx.paragraph_of(q.open)
    before = text[max(ctx.sentence_starts[index], p_start):q.open].strip()
    after = text[q.close:min(p_end, max(ctx.sentence_ends[index], q.close))].strip()
    return not before and (not after or after in ".") and text[q.start:q.start + 1].isupper()


def _continues_report(ctx: Context, report: Statement, q: Quotation) -> bool:
    """Whether an unattributed quotation continues the reported or partial statement before it:
    a quoted sentence of its own that follows the report directly ('He has complained that
    arrests strained his budget. "For the longest time we were saying …"') or after the
    report's own attribution ('… "has the potential," said Lanhee Chen, his adviser. "It can
    be …"'). News style attributes every quote, so an unattributed quoted sentence right after
    a report is the same source's words. Not a quoted fragment opening a sentence (a term, a
    title), a quote after an unattributed sentence, nor one after a poll's finding."""
    speaker = report.speaker
    if speaker is None:
        return False
    if not (follows_report_or_its_attribution(ctx, report, q) or _introduced_after_report(ctx, report, q)):
        return False
    return speaker_type_of(speaker.text) != SpeakerType.DOCUMENT and _whole_quoted_sentence(ctx, q) and not _cue_follows(ctx, q)


_POSSESSIVE_RE = re.compile(r"\w['’]s\b")


def _introduced_after_report(ctx: Context, report: Statement, q: Quotation) -> bool:
    """Whether a quotation opens the paragraph after the report's own paragraph, which ends in a
    colon introducing it with no statement, quote or new speaker after the report ('The paper says
    that the cuts cost $3.4 trillion. But there are two elements to it:' over '"We estimate
    …"'): the colon hands the floor back to the report's source. The colon's sentence has no
    subject: "Critics see it otherwise:" and "This is a key point of the memo:" name another
    source, or another speaker without a cue."""
    text = ctx.text
    p_start = ctx.paragraph_of(q.open)[0]
    if q.open != p_start or p_start == ctx.paragraph_starts[0]:
        return False
    prev_start, prev_end = ctx.paragraphs[bisect.bisect_left(ctx.paragraph_starts, p_start) - 1]
    if text[prev_end - 1] != ":" or not prev_start <= report.start < report.end <= prev_end:
        return False
    if MARK_RE.search(text, report.end, prev_end):
        return False
    floor = max(prev_start, ctx.sentence_starts[ctx.sentence_of(prev_end - 1)])
    # (A possessor in the colon's sentence names a new source: "a key point of Corbett's memo:".)
    return sentence_subject(text, floor, prev_end) is None and not _POSSESSIVE_RE.search(text, floor, prev_end)


def attach_pending(ctx: Context, statements: list[Statement], pending: list[Quotation]) -> list[Statement]:
    """Partial quotes inside reported clauses, and continuation segments of attributed quotes."""
    text = ctx.text
    statements.sort(key=lambda s: s.start)
    everything = ByStart(statements)
    clauses = ByStart([s for s in statements if s.kind in ("reported", "partial")])
    direct = ByStart([s for s in statements if s.kind == "direct"])
    added = ByStart([])
    for q in pending:
        if is_title(text, q):
            continue
        container = clauses.innermost_around(q.open)  # the innermost clause
        if container is not None:
            container.kind = "partial"
            if q.close > container.end:
                container.end = trim_end(text, q.start, q.close) if closing_mark(text, q) not in "”\"»" else q.close
                everything.note(container)
                clauses.note(container)
            continue
        # Continuation: the previous statement is a quote of the same paragraph or the previous
        # one, and nothing but its attribution sits between.
        latest = later_ending(everything.latest_ended(q.open), added.latest_ended(q.open))
        last = later_ending(direct.latest_ended(q.open), added.latest_ended(q.open))  # the latest direct one
        if latest is not None and latest.kind != "direct" and _continues_report(ctx, latest, q):
            added.add(Statement("direct", latest.speaker, latest.cue, latest.cue_start, q.start, q.end, latest.lemma, latest.stance, via="carried"))
            continue
        if last is None or is_post(last):
            continue
        if any(s.speaker is None or last.speaker is None or s.speaker.text != last.speaker.text and s.speaker.start != last.speaker.start
               for s in everything.between(last.end, q.open)):
            continue
        p_start, p_end = ctx.paragraph_of(q.open)
        last_paragraph = ctx.paragraph_of(max(last.start, last.end - 1))[0]
        same_paragraph = last_paragraph == p_start
        attribution = text[last.end:q.open]
        if same_paragraph and last.speaker is not None and last.end <= last.speaker.start < q.open and attribution.rstrip().endswith(".") \
                and not MARK_RE.search(attribution[3:]):
            # '"…," said James Henson, a pollster with Strategic Research Associates LLC. "Have …"':
            # the quote after the attribution's sentence continues it (whatever the segmenter made
            # of the abbreviation before it).
            added.add(Statement("direct", last.speaker, last.cue, last.cue_start, q.start, q.end, last.lemma, last.stance, via="carried"))
            continue
        only_quote = not text[p_start:q.open].strip() and (q.close >= p_end or not text[q.close:p_end].strip())
        here, there = bisect.bisect_left(ctx.paragraph_starts, p_start), bisect.bisect_left(ctx.paragraph_starts, last_paragraph)
        consecutive = all(related_link(text, *ctx.paragraphs[number]) for number in range(there + 1, here))
        sentence_start = ctx.sentence_starts[ctx.sentence_of(q.open)]
        if (same_paragraph and not text[max(last.end, sentence_start, p_start):q.open].strip()) or (only_quote and consecutive):
            added.add(Statement("direct", last.speaker, last.cue, last.cue_start, q.start, q.end, last.lemma, last.stance, via="carried"))
    return statements + added.items
