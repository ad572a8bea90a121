"""Quotation marks paired into quoted stretches, at text level (beside `analysis.segment`).

Curly marks are paired by direction and straight marks by position, following news conventions
for quotes running over paragraphs (a continuation mark reopens the quote) and for unbalanced
marks (an unclosed quote ends with its paragraph). The statements table attributes these
stretches; the framing table reads `quotation_spans` to tell quoted voice from the writer's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from .segment import PARAGRAPH_BREAK

OPENERS = "“«„"


CLOSERS = "”»"

# A mark that may open or close a double quotation: a curly or guillemet form, or the straight
# mark, which does both.
OPENING_MARKS = OPENERS + '"'
CLOSING_MARKS = CLOSERS + '"'


# A double quotation mark: curly, straight or guillemet.
MARK_RE = re.compile(
    r"""
    [“”"«»„]
    """,
    re.VERBOSE,
)


# A single curly quotation mark that opens or closes a quote (British style), not an apostrophe.
_SINGLE_RE = re.compile(
    r"""
    (?:(?<=^)|(?<=[\s(\[—–-]))‘(?=\S)              # an opening mark before a word
    | (?<=\S)’(?=[\s.,;:!?)\]—–]|$)                 # a closing mark after one
    """,
    re.VERBOSE,
)


@dataclass(slots=True)
class Quotation:
    """A quoted stretch: ``open`` is the opening mark, ``start:end`` the words inside."""

    open: int
    start: int
    end: int
    close: int  # offset after the closing mark (== end when the quote is never closed)
    paragraph: int
    speaker: str | None = None


def paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph's text (blank lines between paragraphs excluded)."""
    ranges, position = [], 0
    for match in PARAGRAPH_BREAK.finditer(text):
        ranges.append((position, match.start()))
        position = match.end()
    ranges.append((position, len(text)))
    out = []
    for start, end in ranges:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return out


# Zero-width space, non-joiner, joiner, word joiner and byte-order mark: invisible, so a quote
# mark next to one is read by the characters beyond it (issue 14: '\u200d"…"' hid a quotation).
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


def _neighbour(text: str, i: int, step: int, start: int, end: int) -> str:
    """The first visible character before (``step`` -1) or after (+1) offset ``i`` inside
    ``[start, end)``, a space at either bound."""
    j = i + step
    while start <= j < end and text[j] in ZERO_WIDTH:
        j += step
    return text[j] if start <= j < end else " "


def quote_marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Quote marks of a paragraph as (offset, 'open'|'close'|'either')."""
    return _mark_roles(text, [match.start() for match in MARK_RE.finditer(text, start, end)], start, end)


def _mark_roles(text: str, offsets: list[int], start: int, end: int) -> list[tuple[int, str]]:
    """`quote_marks` of the paragraph ``[start, end)`` given the offsets of its marks."""
    marks = []
    for i in offsets:
        ch = text[i]
        if ch == '"' and i > start and text[i - 1] == '"':
            continue  # '""' (a nested quote typed with straight marks) counts as one mark
        if ch == "“" and i > start and text[i - 1] in ".,!?" and (i + 1 >= end or text[i + 1].isspace()):
            # '"Who can guarantee you happiness?“ he asked': an opening mark typed after the
            # final punctuation and before a space closes the quote (an autocorrect slip).
            marks.append((i, "close"))
        elif ch in OPENERS:
            marks.append((i, "open"))
        elif ch in CLOSERS:
            marks.append((i, "close"))
        else:
            before = _neighbour(text, i, -1, start, end)
            after = _neighbour(text, i, 1, start, end)
            if (before.isspace() or before in "([—–-/") and not after.isspace():
                marks.append((i, "open"))
            elif not before.isspace() and (after.isspace() or after in ".,;:!?)]—–-"):
                marks.append((i, "close"))
            else:
                marks.append((i, "either"))
    return marks


def make_quotation(text: str, open_at: int, end: int, close: int, paragraph: int) -> Quotation:
    """The quotation between an opening mark and ``end``: its words without the spaces and
    zero-width characters around them; the zero-width characters directly outside the marks
    belong to the quotation too, so the words around it (an attribution) are read as if they
    were not there."""
    start = open_at + 1
    while start < end and (text[start].isspace() or text[start] in ZERO_WIDTH):
        start += 1
    stop = end
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] in ZERO_WIDTH):
        stop -= 1
    if close > end:
        while close < len(text) and text[close] in ZERO_WIDTH:
            close += 1
    while open_at > 0 and text[open_at - 1] in ZERO_WIDTH:
        open_at -= 1
    return Quotation(open_at, start, stop, close, paragraph)


def closing_mark(text: str, quote: Quotation) -> str:
    """The last character of a quotation before any zero-width characters that follow it: its
    closing mark when it has one."""
    return text[:quote.close].rstrip(ZERO_WIDTH)[-1:]


def quotations(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[Quotation]:
    """Every quoted stretch of ``text``, following news conventions for unbalanced marks.

    Curly marks are paired by direction, straight marks by position (opening after a space,
    closing before one). A quote left open at the end of a paragraph continues into the next
    paragraph when that paragraph opens with a quote mark (the convention for quotes running
    over paragraphs); otherwise it ends with its paragraph, so no text is lost and nothing
    leaks further. Stray closing marks are ignored. Single curly quotes count only when the
    text has no double quotes (British style).
    """
    paragraphs = paragraphs if paragraphs is not None else paragraph_ranges(text)
    use_single = not MARK_RE.search(text) and "‘" in text
    quotes: list[Quotation] = []
    open_at: int | None = None
    open_paragraph = 0
    # (The marks of the whole text found once and cut per paragraph: most paragraphs have none.)
    offsets = [match.start() for match in MARK_RE.finditer(text)]
    for p, (p_start, p_end) in enumerate(paragraphs):
        if use_single:
            marks = [(m.start(), "open" if m.group() == "‘" else "close") for m in _SINGLE_RE.finditer(text, p_start, p_end)]
        else:
            marks = _mark_roles(text, offsets[bisect_left(offsets, p_start):bisect_left(offsets, p_end)], p_start, p_end)
        for i, role in marks:
            if open_at is None:
                if role in ("open", "either"):
                    open_at, open_paragraph = i, p
                continue
            if role == "open" and open_paragraph != p and i == p_start:
                continue  # continuation mark of a quote running over paragraphs
            if role == "open" and open_paragraph == p and text[i] != '"':
                # A second curly opener before any closer: the first quote was never closed.
                # (A straight mark while a quote is open always closes it, whatever the
                # spacing around it: 'is wrong. "Perry is' closes the quote before "Perry".)
                quotes.append(make_quotation(text, open_at, i, i, open_paragraph))
                open_at = i
                continue
            quotes.append(make_quotation(text, open_at, i, i + 1, open_paragraph))
            open_at = None
        if open_at is not None:
            following = paragraphs[p + 1][0] if p + 1 < len(paragraphs) else None
            if following is None or (text[following] not in OPENING_MARKS + ("‘" if use_single else "")
                                     and not runs_on_mid_sentence(text, p_end, *paragraphs[p + 1])):
                quotes.append(make_quotation(text, open_at, p_end, p_end, open_paragraph))
                open_at = None
    return [q for q in quotes if q.end > q.start]


def runs_on_mid_sentence(text: str, p_end: int, n_start: int, n_end: int) -> bool:
    """Whether a quote left open at a paragraph's end (``p_end``) runs on into the next
    paragraph in mid-sentence: the paragraph stops without final punctuation and the next one
    opens in lower case and closes the quote ('"… the bridge will close' ¶ 'indefinitely,"
    Mayor Ortiz said.'): a line break inside one quotation (issue 16), not two quotes."""
    last = text[p_end - 1] if p_end > 0 else "."
    if last in ".!?:;…" or not text[n_start:n_start + 1].islower():
        return False
    return any(role == "close" for _, role in quote_marks(text, n_start, n_end))


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the words inside every quoted stretch of ``text``, attributed or not.

    Marks excluded, so ``text[start:end]`` is the quoted voice; a quote running over
    paragraphs is one span (its inner paragraph breaks and continuation marks included).
    Used by the framing table to tell the writer's voice from quoted voices. Pairing rules:
    see `quotations`.
    """
    return [(q.start, q.end) for q in quotations(text)]
