"""Direct quotes whose opening mark was lost: a stray closing mark ends a paragraph after an
attributed quote (issue 16).

`analysis.quotes` ignores a closing mark with no opening before it, so the quoted words before
it were lost: the writer dropped the mark that reopens the quote after its attribution, or
typed a straight mark that `quotes` paired as the first quote's closer. News style attributes
the stretch to the quote's speaker, as the continuation of the quote before it.
"""

from __future__ import annotations

import bisect

from ..quotes import CLOSING_MARKS, MARK_RE
from .context import Context, Statement

# Final punctuation before a closing mark that ends a quoted sentence.
_SENTENCE_END = ".!?…"


def straight_mark_reopens(text: str, mark: int) -> bool:
    """Whether the straight mark at ``mark`` stands where an opening mark stands: after a space
    and before a word ('cities. "Camden has …'), so the writer meant it to reopen the quote and
    its own closing mark was never typed."""
    return text[mark] == '"' and mark > 0 and text[mark - 1].isspace() and text[mark + 1:mark + 2].isalnum()


def stray_closer_ends_paragraph(ctx: Context, after: int, p_end: int) -> bool:
    """Whether the only quote mark of ``text[after:p_end]`` is a closing mark that ends the
    paragraph after a finished sentence ('… in an interview. We all tried again.”'): a quote
    closed there whose opening mark is missing."""
    text = ctx.text
    marks = list(MARK_RE.finditer(text, after, p_end))
    if len(marks) != 1 or marks[0].end() != p_end or marks[0].group() not in CLOSING_MARKS:
        return False
    return text[marks[0].start() - 1:marks[0].start()] in tuple(_SENTENCE_END)


def lost_openings(ctx: Context, direct: list[Statement]) -> list[Statement]:
    """The quoted words before a stray closing mark that ends the paragraph of an attributed
    direct quote: from the quote's straight closing mark when it stood as an opener, else from
    the first sentence after the quote's attribution. Invented examples: '"The dam held. "Crews
    worked all night."' (two rows) and '“We lost,” the coach said after the game. We have to
    regroup.”' (the second sentence is a row of the coach). One row, with the quote's speaker
    and cue."""
    text = ctx.text
    found: list[Statement] = []
    for statement in direct:
        quote = ctx.inside_quote(statement.start)
        if statement.kind != "direct" or statement.speaker is None or quote is None or quote.close <= quote.end:
            continue
        p_start, p_end = ctx.paragraph_of(quote.open)
        while p_end > p_start and text[p_end - 1].isspace():
            p_end -= 1
        if quote.close >= p_end or not stray_closer_ends_paragraph(ctx, quote.close, p_end):
            continue
        if straight_mark_reopens(text, quote.close - 1):
            start = quote.close
        else:
            after = max(quote.close, statement.cue_start, statement.speaker.end)
            index = bisect.bisect_right(ctx.sentence_starts, after)
            if index >= len(ctx.sentence_starts) or ctx.sentence_starts[index] >= p_end - 1:
                continue
            start = ctx.sentence_starts[index]
        while start < p_end and text[start].isspace():
            start += 1
        if start < p_end - 1:
            found.append(Statement("direct", statement.speaker, statement.cue, statement.cue_start, start, p_end - 1,
                                   statement.lemma, statement.stance, via="carried"))
    return found
