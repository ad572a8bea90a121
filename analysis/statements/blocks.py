"""Block quotes without quote marks, and the paragraphs that continue a quote left open.

A paragraph ending in a colon after a cue or a source introduces the next paragraph (or run of
bulleted paragraphs) as quoted words (`block_quotes`); a quote left open at its paragraph's
end runs on over paragraphs without marks (`unclosed_continuations`). `direct` reads these
(and re-exports both for the table's assembly).
"""

from __future__ import annotations

import bisect
import re

from ..quotes import CLOSING_MARKS, MARK_RE, OPENING_MARKS
from ..schema import SpeakerType
from .context import Context, Covered, Statement, skip_space
from .cues import CueMatch
from .guards import opens_block_left_open, page_furniture, reopened_or_introduced
from .names import Speaker, licensed, speaker_type_of
from .patterns import CAP_SEQ, NOT_LABELS, PASSIVE_BE_RE, POSSESSIVE_PRONOUNS, PRONOUNS
from .phrases import speaker_after
from .speakers import speaker_for
from .stray import lost_openings
from .subjects import sentence_subject
from .lexicons import CueFrame, closed_class

# Punctuation that separates a quote from a would-be attribution; abbreviations ("Mr.",
# "U.S.", "Gov.") are removed first so that their periods do not count.
BREAK_RE = re.compile(r"[.;!?“”\"]", re.VERBOSE)

ABBREVIATION_RE = re.compile(r"""
    \b (?: [A-Z][a-z]{0,3}\.                                 # "Mr.", "Gov.", "Sept."
         | (?: [A-Z]\. )+ )                                  # "U.S."
""", re.VERBOSE)


# A bullet opening a paragraph: dashes, bullets, stars, or a number and a stop or parenthesis.
_BULLET_RE = re.compile(r"(?: [-•*–—]+ | \d{1,2}[.)] ) [ \t]*", re.VERBOSE)

# Verb-less introductions of a block quote: "Here's an excerpt from the Times report:", "a set
# of response points were circulated by Democrats close to the campaign:".
_BLOCK_SOURCE_RE = re.compile(r"""
    \b
    (?: (?: excerpt | excerpts | passage | portion | part | text ) \s+ (?: from | of )
      | more \s+ from
      | (?: circulated | released | issued | posted | published | distributed | sent | shared | written ) \s+ by )
    \s+
    ( (?: [\w'’.\-]+ \s+ ){0,7} [\w'’.\-]+ )                 # the source: up to eight words
    \s* : $
""", re.VERBOSE)

# The speech nouns ("statement", "rebuke", "retort"), as one alternation for the patterns below.
_SPEECH_NOUNS = "|".join(closed_class("speech_noun"))

# A speech noun and the speaker it comes from before a colon: "This prompted a not-so-subtle
# rebuke from Sanders on the day of Biden's announcement:", "a statement from the White House:".
_SPEECH_FROM_RE = re.compile(rf"""
    \b (?: {_SPEECH_NOUNS} ) \s+ from \s+
    (?P<speaker> (?: the \s+ )? {CAP_SEQ} ) [^.;!?:“”\"]* : $
""", re.VERBOSE)

# A possessed speech noun ending a colon introduction: "one of Trump's most memorable lines of
# the night:", "Then came Obama's sharpest retort:" (the possessor spoke the words that follow).
_POSSESSED_SPEECH_RE = re.compile(rf"""
    ( {CAP_SEQ} ) ['’]s \s+
    (?: [a-z][\w\-]* \s+ ){{0,3}}                          # modifiers: "most memorable"
    (?: {_SPEECH_NOUNS} ) s?
    (?: \s+ (?: of | on | at ) \s+ (?: the | that | this ) \s+ [a-z]+ )?   # "of the night"
    \s* :? \s* $
""", re.VERBOSE)


def possessed_speech_speaker(text: str, floor: int, end: int) -> Speaker | None:
    """The person or body whose speech noun ends a colon introduction at ``end`` ("one of
    Trump's most memorable lines of the night:" -> Trump), or None (searched in the last 120
    characters only)."""
    match = _POSSESSED_SPEECH_RE.search(text, max(floor, end - 120), end)
    if match is None or speaker_type_of(match.group(1)) not in (SpeakerType.PERSON, SpeakerType.ORGANISATION, SpeakerType.GOVERNMENT):
        return None
    return Speaker(match.group(1), match.start(1), match.end(1))


# A presentation of a recording before a colon: "Here he is talking to CNBC's John Harwood about
# the deficit:", "Here's Warren speaking on the floor:"; the one presented speaks the block.
_HERE_IS_RE = re.compile(rf"""
    (?: ^ | (?<= [\n.!?] ) ) [ \t]*
    (?: And \s+ | So \s+ )? Here (?: \s+ is | \s+ are | ['’]s )? \s+
    (?P<speaker> [a-z]+ | {CAP_SEQ} ) \s+ (?: (?: is | are ) \s+ )?
    (?: {"|".join(closed_class("speaking_participle"))} ) \b [^.;!?\n]* : $
""", re.VERBOSE)


def _presented_speaker(text: str, floor: int, end: int) -> Speaker | None:
    """The speaker a colon introduction presents ("Here he is talking to CNBC about it:" -> he),
    a pronoun or a name; None when ``text[floor:end]`` is no such presentation."""
    match = _HERE_IS_RE.search(text, floor, end)
    if match is None:
        return None
    word = match.group("speaker")
    if word.islower() and word not in PRONOUNS:
        return None
    return Speaker(word, match.start("speaker"), match.end("speaker"))


def _fronted_according(text: str, cue: CueMatch, floor: int) -> bool:
    """Whether an according-to cue opens the introduction's sentence, crediting all of it and so
    the block after its colon: "According to the New York Times, this was an important target
    for his campaign:" (the Times's words follow)."""
    return cue.info.frame == CueFrame.ACCORDING and not text[floor:cue.start].strip(" \t\n\"“‘'")


def _speech_from(text: str, floor: int, end: int) -> Speaker | None:
    """The speaker a speech noun comes from in a colon introduction ("a rebuke from Sanders on
    the day of the announcement:" -> Sanders), or None."""
    match = _SPEECH_FROM_RE.search(text, floor, end)
    return Speaker(match.group("speaker"), match.start("speaker"), match.end("speaker")) if match else None


# A verb, then "the following": "provides the following commentary".
_FOLLOWING_RE = re.compile(r"\s+ [a-z]+ \s+ the\ following \b", re.VERBOSE)


# A credit line of its own paragraph under a quoted paragraph in opinion digests and round-ups:
# "Jane Roe, The Daily Ledger", "— Jane Roe, Ledger", "Editorial Board, The Ledger". The name,
# a comma and the outlet, capitalised words (function words between), no full stop.
_CREDIT_LINE_RE = re.compile(rf"""
    (?: [—–] | -- )? [ \t]*
    (?P<name> {CAP_SEQ} )
    [ \t]* , [ \t]+
    (?P<outlet> [A-Z][\w'’.&\-]* (?: [ \t]+ (?: (?: of | the | and | for | on | & ) [ \t]+ )? [A-Z0-9][\w'’.&\-]* ){{0,5}} )
    [ \t]* $
""", re.VERBOSE)


def _credit_line(text: str, start: int, end: int) -> re.Match[str] | None:
    """The credit line filling the paragraph ``text[start:end]`` ("Jane Roe, The Ledger"), if
    it is one: a name of two or more words (a lone capitalised word is a heading), not a label
    word ("Related, More"). None otherwise."""
    match = _CREDIT_LINE_RE.match(text, start, end)
    if match is None or match.end() != end or " " not in match.group("name").strip():
        return None
    return None if match.group("name").split()[0].lower() in NOT_LABELS else match


def credit_line_below(ctx: Context, position: int) -> re.Match[str] | None:
    """The credit line filling the paragraph right after the one holding ``position`` ("Jeet
    Heer, The Nation" under 'Others note that “…”' in a round-up), if it is one."""
    index = bisect.bisect_right(ctx.paragraph_starts, position)
    if index >= len(ctx.paragraphs):
        return None
    c_start, c_end = ctx.paragraphs[index]
    return _credit_line(ctx.text, c_start, c_end) if c_end - c_start < 90 else None


def credited_quotes(ctx: Context, taken: list[tuple[int, int]]) -> list[Statement]:
    """Quoted paragraphs over a credit line of their own, the layout of opinion digests ("From
    the Left"): the run of paragraphs right above it that each open with a quote mark (the
    last may close with one; a paragraph may end in "…" with none) is the credited writer's
    words, one direct row per paragraph, the outlet as ``source``:

        “Corporations are creatures of the law…
        “It is wrong for them to break it.”
        Jane Roe, The Ledger

    A paragraph that is already a statement (a quote with its own attribution) ends the run."""
    text = ctx.text
    covered = Covered(taken)
    found: list[Statement] = []
    paragraphs = ctx.paragraphs
    for index in range(1, len(paragraphs)):
        c_start, c_end = paragraphs[index]
        # (Speed: the pattern is tried only on a short paragraph under one opening with a quote mark.)
        above = text[paragraphs[index - 1][0]] in OPENING_MARKS
        credit = _credit_line(text, c_start, c_end) if above and c_end - c_start < 90 else None
        if credit is None:
            continue
        run: list[tuple[int, int]] = []
        for q_start, q_end in reversed(paragraphs[max(0, index - 8):index]):
            if text[q_start] not in OPENING_MARKS or covered.meets(q_start, q_end) or _credit_line(text, q_start, q_end):
                break
            run.insert(0, (q_start, q_end))
        speaker = Speaker(credit.group("name"), credit.start("name"), credit.end("name"))
        for q_start, q_end in run:
            b_start = skip_space(text, q_start + 1)
            b_end = q_end - 1 if text[q_end - 1] in CLOSING_MARKS else q_end
            if b_end > b_start:
                found.append(Statement("direct", speaker, "", -1, b_start, b_end, source=credit.group("outlet")))
    return found


def _enclosed_run(ctx: Context, first: int) -> int | None:
    """The last paragraph of a block quote that opens a paragraph with a quote mark, left open
    there, and closes only at the end of a later paragraph, no paragraph between reopening it
    (web layout that omits the reopening marks of the print convention). None otherwise."""
    text = ctx.text
    paragraphs = ctx.paragraphs
    start, end = paragraphs[first]
    quote = ctx.inside_quote(start)
    if not opens_block_left_open(text, quote, start, end):
        return None
    for number in range(first + 1, min(len(paragraphs), first + 8)):
        p_start, p_end = paragraphs[number]
        if reopened_or_introduced(text, p_start, p_end):
            return None
        if text[p_end - 1] in CLOSING_MARKS:
            return number
    return None


def unclosed_continuations(ctx: Context, direct: list[Statement]) -> list[Statement]:
    """Paragraphs continuing a direct quote that is left open at the end of its paragraph when
    the reopening marks are missing: the next paragraphs carry no quote mark at all until one
    whose only mark closes it at its end (web layout that drops the print convention's reopening
    marks, as `_enclosed_run` finds for block quotes). One direct row per paragraph, with the
    opening quote's speaker and cue; a paragraph ending in a colon, a second mark, or no closer
    within seven paragraphs means the quote simply ended with its paragraph."""
    text = ctx.text
    found: list[Statement] = []
    for statement in direct:
        quote = ctx.inside_quote(statement.start)
        if statement.kind != "direct" or quote is None or quote.close != quote.end or statement.end < quote.end - 1:
            continue
        first = bisect.bisect_right(ctx.paragraph_starts, statement.start) - 1
        if first < 0 or ctx.paragraphs[first][1] != quote.end or text[quote.end - 1] in CLOSING_MARKS:
            continue
        for number in range(first + 1, min(len(ctx.paragraphs), first + 8)):
            p_start, p_end = ctx.paragraphs[number]
            marks = list(MARK_RE.finditer(text, p_start, p_end))
            if text[p_end - 1] == ":" or len(marks) > 1:
                break
            if marks:
                if marks[0].end() == p_end and marks[0].group() in CLOSING_MARKS:
                    for b_start, b_end in ctx.paragraphs[first + 1:number + 1]:
                        b_end = b_end - 1 if b_end == p_end else b_end
                        found.append(Statement("direct", statement.speaker, statement.cue, statement.cue_start, b_start, b_end, statement.lemma, statement.stance, via="carried"))
                break
    return found + lost_openings(ctx, direct)  # quotes whose opening mark is missing (`stray`)


def block_quotes(ctx: Context, taken: list[tuple[int, int]]) -> list[Statement]:
    """Block quotes without quote marks: a paragraph that ends in a colon after a reporting cue
    ("…, as Marc Hetherington told NPR last month:", "Krugman continues:") or naming a source
    ("Here's an excerpt from the Times report:") introduces the next paragraph, or the run of
    bulleted paragraphs that follows, as the speaker's words (news and blog layout for long
    quotations, where indentation replaces quote marks). Each introduced paragraph is one row.
    An introduction with neither ("Here are some possibilities:", "Advertisement:") introduces
    no statement."""
    text = ctx.text
    found: list[Statement] = []
    covered = Covered(taken)
    paragraphs = ctx.paragraphs
    for index in range(len(paragraphs) - 1):
        i_start, i_end = paragraphs[index]
        if text[i_end - 1] != ":" or covered.holds(i_end - 1):
            continue
        n_start, n_end = paragraphs[index + 1]
        enclosed = _enclosed_run(ctx, index + 1) if text[n_start] in OPENING_MARKS else None
        if enclosed is None and (text[n_start] in OPENING_MARKS + "‘'" or covered.meets(n_start, n_end)):
            continue
        floor = max(i_start, ctx.sentence_starts[ctx.sentence_of(i_end - 1)])
        speaker, cue_text, lemma, stance, cue_start = None, ":", "", "", -1
        cues = [c for c in ctx.cues_between(floor, i_end) if not ctx.inside_quote(c.start)]
        cue = cues[-1] if cues else None
        # (Quote marks around the block already mark it as quoted words: the cue may then stand
        # further from the colon, "… writes about X, and argues that Y:".)
        if cue is not None and (enclosed is not None or _fronted_according(text, cue, floor) or (len(text[cue.end:i_end - 1].split()) <= 6 and not BREAK_RE.search(ABBREVIATION_RE.sub("", text[cue.end:i_end - 1])))):
            if cue.info.frame == CueFrame.ACCORDING:
                speaker = speaker_after(text, cue.end, i_end - 1, bare=True)
            elif cue.info.frame != CueFrame.BY and not cue.participle:
                speaker = speaker_for(ctx, cue, floor)
            noun = speaker is not None and speaker.text.split()[0].lower() in POSSESSIVE_PRONOUNS and " " in speaker.text
            passive = PASSIVE_BE_RE.search(text[floor:cue.start].rstrip())
            if speaker is not None and licensed(cue, speaker) and not noun and not passive:
                # (Not "Read her full comments below:", a noun, nor "These were said to be:".)
                cue_text, lemma, stance, cue_start = cue.text, cue.info.lemma, cue.info.stance, cue.start
            else:
                speaker = None
        following = _FOLLOWING_RE.search(text, floor, i_end) if speaker is None and enclosed is not None else None
        if following is not None:
            # "a post accompanying the video provides the following commentary:" — the subject
            # of the verb announcing "the following" words is their source.
            subject = sentence_subject(text, floor, following.start())
            if subject is not None and speaker_type_of(subject.text) in (SpeakerType.PERSON, SpeakerType.ORGANISATION, SpeakerType.GOVERNMENT, SpeakerType.MEDIA, SpeakerType.DOCUMENT, SpeakerType.ANONYMOUS):
                speaker = subject
        if speaker is None:
            speaker = _presented_speaker(text, floor, i_end)
        if speaker is None:
            speaker = _speech_from(text, floor, i_end)
        if speaker is None:
            source = _BLOCK_SOURCE_RE.search(text, floor, i_end)
            if source is None:
                continue
            phrase = source.group(1)
            speaker = Speaker(phrase, source.start(1), source.end(1))
        if enclosed is not None:
            # One row per paragraph of a block quote enclosed once in quote marks.
            for number in range(index + 1, enclosed + 1):
                b_start, b_end = paragraphs[number]
                if number == index + 1:
                    b_start = skip_space(text, b_start + 1)
                if number == enclosed:
                    b_end -= 1
                if b_end > b_start and not covered.meets(b_start, b_end):
                    found.append(Statement("direct", speaker, cue_text, cue_start, b_start, b_end, lemma, stance))
            continue
        bulleted = _BULLET_RE.match(text, n_start)
        for b_start, b_end in paragraphs[index + 1:]:
            bullet = _BULLET_RE.match(text, b_start)
            if bulleted and (bullet is None or bullet.end() == b_start):
                break
            start = bullet.end() if bulleted else b_start
            if covered.holds(start) or MARK_RE.match(text, start):
                break
            if page_furniture(text, start, b_end):
                break
            found.append(Statement("direct", speaker, cue_text, cue_start, start, b_end, lemma, stance))
            if not bulleted:
                break
    return found + credited_quotes(ctx, taken + [(s.start, s.end) for s in found])
