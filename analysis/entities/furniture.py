"""Page furniture scraped into an article's text, masked before names are read.

Some scraped bodies carry a site's hover cards inside sentences: The Hill's people cards put a
person's full name and three unrelated headlines, glued to the name and closed by "MORE",
right after the name ("Facebook CEO Mark Zuckerberg Mark Elliot ZuckerbergHillicon Valley: …
MORE"). Their names are not the article's actors. The cards are found as the statements table
finds them (`analysis.cards.card_regions`). Masking replaces those characters by spaces, so every
offset stays valid.

Credits are furniture too: a wire service's dateline tag ("WASHINGTON (AP) —": a word in
parentheses after a word in capitals, before a dash) and a photo credit with the name
after it ("AP Photo/Alex Brandon", "Getty Images/John Doe") or before it ("John Doe/AP", "John
Doe/AFP/Getty Images"); the agency there credits the text or
the picture, it does not act in the story. So is the outlet of a round-up's credit line ("Jane Roe,
The Acme Times" after a quoted column, `roundup_credits`): the commentator speaks, the outlet
credits the column.

And so are the fixed lines of news-site templates (``lexicons/entity_furniture.csv``): a video
player's notice and the caption after it ("Media playback is unsupported on your device Media
caption …"), a byline's social link ("Follow Jane Roe on Twitter"), a syndication notice
("Content created by …"). Each cue masks its paragraph from the cue to the paragraph's end; a
cue marked ``start`` only where it opens a line (a sentence may say "follow"); a cue marked
``paragraph`` masks its whole paragraph (an outlet's promotional blurb names its founder before
the cue: "The Acme Wire, headed by Jane Roe, … by becoming a member"). A short paragraph with an
e-mail address is a contact line or signature ("Send letters to letters@acme.com").

A photo caption is a paragraph of one short sentence that ends with the picture's full date,
perhaps followed by its credit ("Jane Roe speaks at a rally in Acme City on May 2, 2019.",
"… in Acme, Ohio, U.S., June 16, 2016. REUTERS/John Doe"), or by a bracketed credit alone
("A marcher shouts slogans in Acme City [John Doe/AFP]"): the story's own sentences seldom close
on a full date, and a caption's people are the picture's, not the story's actors.

A court case written by its parties ("Roe v. Wade", "Citizens United v. FEC", "Brown v. Board of
Education") is masked too: the case is a ruling, like a law, and its parties' names there are
no actors of the story ("vs." is not read: "Clinton vs. Trump" is a contest of two actors).
"""

from __future__ import annotations

import bisect
import os
import re

from ..cards import card_regions
from ..segment import PARAGRAPH_BREAK, paragraph_ranges
from .gazetteer import FurnitureWhere, furniture_cues



# A dateline tag: "(" first, so the scan jumps from one parenthesis to the next.
_DATELINE_TAG = re.compile(r"\((?<=[A-Z][A-Z][ \u00a0]\()[A-Z][A-Za-z]*(?:[ \u00a0][A-Z][A-Za-z]*)?\)(?=[ \u00a0]*[—–-])")
_PHOTO_CREDIT = re.compile(r"\b[A-Z][A-Za-z]*(?:[ \u00a0][A-Z][A-Za-z]*)?[ \u00a0](?:Photos?|Images)/[A-Z][\w.'’-]*(?:[ \u00a0][A-Z][\w.'’-]*){0,3}")
# A credit line's label and the photographer, perhaps with the agency in parentheses ("Photo: Jane
# Roe (Acme Images)", scraped as "Photo : Jane Roe ( Acme Images )"): a label and colon open no story sentence.
CREDIT_LABELS = ("Photo:", "Photo :", "Photos:", "Photos :")
# What every label opens with ("Photo"): a text without it has no credit line (speed).
_CREDIT_LABELS_OPEN = os.path.commonprefix(CREDIT_LABELS)
_LABELLED_CREDIT = re.compile(
    r"\bPhotos? ?:[ \u00a0]*[A-Z][\w.'’-]*(?:[ \u00a0][A-Z][\w.'’-]*){0,3}"
    r"(?:[ \u00a0]*\([ \u00a0]*[A-Z][\w.'’-]*(?:[ \u00a0][A-Z][\w.'’-]*){0,3}[ \u00a0]*\))?"
)


# A photographer's credit with the agency after the name ("Jane Roe/AP", "Jane Roe/AFP/Getty
# Images", "(Jane Roe/Reuters)"): the agency part, found first, then the name's capitalised words
# (at most four) right before its slash.
_AGENCY_AFTER_NAME = re.compile(r"/(?:[A-Z][A-Za-z]*(?:[ \u00a0][A-Z][A-Za-z]*)?/)?(?:Getty[ \u00a0]Images|AP[ \u00a0]Photo|AP|AFP|Reuters|REUTERS|Bloomberg|EPA)\b")
_NAME_BEFORE_SLASH = re.compile(r"(?<![\w'’.-])[A-Z][\w.'’-]*(?:[ \u00a0][A-Z][\w.'’-]*){0,3}$")


def _agency_credits(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every "Jane Roe/AP"-style credit (`_AGENCY_AFTER_NAME`)."""
    regions = []
    for match in _AGENCY_AFTER_NAME.finditer(text):
        name = _NAME_BEFORE_SLASH.search(text, max(0, match.start() - 60), match.start())
        if name:
            regions.append((name.start(), match.end()))
    return regions


def credit_regions(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every dateline tag and photo credit in ``text`` (module docstring)."""
    regions = [match.span() for match in _DATELINE_TAG.finditer(text)]
    if "/" in text:
        regions += _agency_credits(text)
    # Speed: every photo credit holds "Photo/", "Photos/" or "Images/" (`_PHOTO_CREDIT`), every
    # credit line one of CREDIT_LABELS; most texts have neither, and the patterns, which start
    # at every capital, are not scanned there.
    if "Photo/" in text or "Photos/" in text or "Images/" in text:
        regions += [match.span() for match in _PHOTO_CREDIT.finditer(text)]
    if _CREDIT_LABELS_OPEN in text and any(label in text for label in CREDIT_LABELS):
        regions += [match.span() for match in _LABELLED_CREDIT.finditer(text)]
    return sorted(regions)


def _opens_line(text: str, at: int) -> bool:
    """Whether only blanks stand between the line's start and ``at``."""
    line_start = text.rfind("\n", 0, at) + 1
    return not text[line_start:at].strip()


Ranges = list[tuple[int, int]]


def _paragraph_start(text: str, at: int, ranges: Ranges) -> int:
    """Where the paragraph holding ``at`` begins (``ranges``: `segment.paragraph_ranges` of
    ``text``, the package's one paragraph splitter, split once by `masked`)."""
    return ranges[max(0, bisect.bisect_right(ranges, (at, len(text))) - 1)][0]


def furniture_line_regions(text: str, ranges: Ranges) -> list[tuple[int, int]]:
    """``(start, end)`` from each template cue to its paragraph's end, or the whole paragraph
    for a cue marked ``paragraph`` (module docstring). ``ranges``: `paragraph_ranges` of ``text``."""
    regions = []
    for cue, where in furniture_cues():
        at = text.find(cue)
        while at >= 0:
            if where != FurnitureWhere.START or _opens_line(text, at):
                paragraph_end = PARAGRAPH_BREAK.search(text, at)
                start = _paragraph_start(text, at, ranges) if where == FurnitureWhere.PARAGRAPH else at
                regions.append((start, paragraph_end.start() if paragraph_end else len(text)))
            at = text.find(cue, at + len(cue))
    return regions


# An e-mail address; a short paragraph holding one is a contact line ("Send letters to
# letters@acme.com", "Jane Roe at jroe@acme.org."), a signature, not the story. CONTACT_WORDS:
# longer paragraphs may quote an address inside a sentence of the story.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[A-Za-z]{2,}")
CONTACT_WORDS = 25
_LOCAL_PART = frozenset(".+-_")


def _emails(text: str) -> list[re.Match[str]]:
    """The matches of `_EMAIL` in ``text``, as ``finditer`` finds them, found from each "@"
    (speed: the pattern starts with a repeated class, which ``finditer`` would try, and give
    up, at every letter of the text). An address holds one "@"; its match starts where the run
    of local-part characters before that "@" starts (after the previous match)."""
    found: list[re.Match[str]] = []
    reach, at = 0, text.find("@")
    while at >= 0:
        start = at
        while start > reach and (text[start - 1].isalnum() or text[start - 1] in _LOCAL_PART):
            start -= 1
        match = _EMAIL.match(text, start) if start < at else None
        if match is not None:
            found.append(match)
            reach = match.end()
        at = text.find("@", max(at + 1, reach))
    return found


def contact_regions(text: str, ranges: Ranges) -> list[tuple[int, int]]:
    """``(start, end)`` of every paragraph of CONTACT_WORDS words at most with an e-mail address.
    ``ranges``: `paragraph_ranges` of ``text``."""
    regions = []
    for match in _emails(text):
        start = _paragraph_start(text, match.start(), ranges)
        paragraph_end = PARAGRAPH_BREAK.search(text, match.end())
        end = paragraph_end.start() if paragraph_end else len(text)
        if len(text[start:end].split()) <= CONTACT_WORDS and (not regions or regions[-1] != (start, end)):
            regions.append((start, end))
    return regions


# A caption's close: a full date ("on May 2, 2019." / ", June 16, 2016.") at the paragraph's end,
# perhaps followed by a credit naming the photographer ("REUTERS/John Doe", "John Doe/Acme").
# CAPTION_WORDS: captions run one to three lines (longest in the dev splits: ~40 words).
# Or a bracketed credit alone ("… during a protest [John Doe/AFP]", "(John Doe/Acme)"): a sentence never ends so.
_CAPTION_CLOSE = re.compile(
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"[ \u00a0]\d{1,2},[ \u00a0]\d{4}\.(?:[ \u00a0]+[A-Z][\w.'’ -]{0,40}/[A-Z][\w.'’ -]{0,40})?"
    r"|[\[(][A-Z][\w.'’ -]{0,40}/[A-Z][\w.'’ -]{0,40}[\])])[ \u00a0]*\Z"
)
# A sentence's end: a word of three lower-case letters or more before the stop, so that "U.S.
# President" and "Gov. Jane Roe" are no break.
_SENTENCE_BREAK = re.compile(r"[a-z]{3}[.!?][\"'”’]?[ \u00a0]+[A-Z]")
CAPTION_WORDS = 45
# CLOSE_REACH: how far before a paragraph's end (its trailing spaces left out) a caption's close
# can begin: the longest close is a date (19 characters) and a credit of 83, or a bracketed credit
# of 85, so only the paragraph's tail is searched (speed: the close was searched for from every
# character of every paragraph), exact unless over 190 spaces stand between date and credit.
CLOSE_REACH = 300


def _may_close_caption(text: str, start: int, tail: int) -> bool:
    """Whether a paragraph ending at ``tail`` (its trailing spaces left out) can end with a
    caption's close: a bracketed credit ends with "]", a date alone with a digit and a full
    stop, a date and credit holds the credit's "/". Speed: most paragraphs fail this, and the
    close's pattern is not searched in them."""
    if tail - start < 2:
        return False
    last = text[tail - 1]
    return last == "]" or (last == "." and text[tail - 2].isdigit()) or text.find("/", max(start, tail - CLOSE_REACH), tail) >= 0


def _is_caption(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a paragraph) is one short sentence closed by a full date
    (perhaps a credit) or a bracketed credit."""
    tail = end
    while tail > start and text[tail - 1] in " \u00a0":
        tail -= 1
    if not _may_close_caption(text, start, tail):
        return False
    close = _CAPTION_CLOSE.search(text, max(start, tail - CLOSE_REACH), end)
    if close is None or len(text[start:end].split()) > CAPTION_WORDS:
        return False
    return _SENTENCE_BREAK.search(text, start, close.start() + 1) is None


def caption_regions(text: str, ranges: Ranges) -> list[tuple[int, int]]:
    """``(start, end)`` of every photo-caption paragraph in ``text`` (module docstring).
    ``ranges``: `paragraph_ranges` of ``text``."""
    return [(start, end) for start, end in ranges if _is_caption(text, start, end)]


# The "v." of a court case between two capitalised names; the party names on either side.
# "v" first and the blank before it looked behind at: a pattern opening with a literal lets the
# scan jump from one "v" to the next, not stop at every blank (speed: the same matches, each
# starting one character later, after the blank).
_CASE_V = re.compile(r"v(?<=[ \u00a0]v)\.?[ \u00a0](?=[A-Z])")
_CASE_WORD = r"[A-Z][\w'’&-]*\.?"
_CASE_LEFT = re.compile(rf"(?:{_CASE_WORD}[ \u00a0]){{0,3}}{_CASE_WORD}$")
# The second party: up to six words, none ending a sentence before the last ("Roe v. Wade. And"),
# and not the court that follows ("Bush v Gore Supreme Court decision": the court acts).
_CASE_PARTY_WORD = r"(?!Supreme\b|Court\b)[A-Z][\w'’&-]*"
_CASE_RIGHT = re.compile(rf"(?:{_CASE_PARTY_WORD}[ \u00a0](?:(?:of|for|the)[ \u00a0])?){{0,5}}{_CASE_PARTY_WORD}\.?")


def case_regions(text: str) -> list[tuple[int, int]]:
    """Court cases written by their parties ("Roe v. Wade", "Citizens United v. FEC"; module
    docstring): the party names on both sides of "v."."""
    regions = []
    for match in _CASE_V.finditer(text):
        blank = match.start() - 1  # the blank before "v"
        if not blank or not (text[blank - 1].isalnum() or text[blank - 1] in ".’'"):
            continue  # a name ends right before " v."
        left = _CASE_LEFT.search(text, max(0, blank - 60), blank)
        right = _CASE_RIGHT.match(text, match.end())
        if left is not None and right is not None:
            # A full stop after the last party ends the sentence: left, so the next one opens.
            regions.append((left.start(), right.end() - right.group().endswith(".")))
    return regions


# A round-up's credit line: a paragraph "Jane Roe, The Acme Times" right after a paragraph that
# closes a quotation (AllSides' "From the Left" pages quote commentators so, ~1% of its records).
# The commentator is the quotation's speaker, an actor; the outlet only credits the column. The
# name has two to four capitalised words, the outlet up to five; a round-up has at least
# ROUNDUP_CREDITS such lines (one alone may be a book's title after a quote: "Jane Roe, You're Fired").
ROUNDUP_CREDITS = 2
_CREDIT_LINE = re.compile(
    r"[”\"][ \u00a0]*\n[ \u00a0]*\n[ \u00a0]*"
    r"(?!By[ \u00a0])([A-Z][\w.'’-]+(?:[ \u00a0][A-Z][\w.'’-]+){1,3}),[ \u00a0]+"
    r"((?:The[ \u00a0])?[A-Z][\w.&'’-]*(?:[ \u00a0][A-Z&][\w.&'’-]*){0,4})[ \u00a0]*(?=\n|\Z)"
)
# A name ending so is a body's ("Editorial Board, Acme Times": the outlet speaks), no person.
_BODY_ENDS = ("Board", "Staff", "Editors")


def roundup_credits(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """``((name start, end), (outlet start, end))`` of every credit line of a round-up of quoted
    commentators in ``text`` (see ROUNDUP_CREDITS); none unless the text has two or more."""
    found = []
    for mark in _CLOSING_QUOTES:
        # Speed: the pattern is tried only where a closing mark ends a paragraph.
        at = text.find(mark + "\n")
        while at >= 0:
            line = _CREDIT_LINE.match(text, at)
            if line is not None and not line.group(1).endswith(_BODY_ENDS):
                found.append((line.span(1), line.span(2)))
            at = text.find(mark + "\n", at + 2)
    return sorted(found) if len(found) >= ROUNDUP_CREDITS else []


_CLOSING_QUOTES = ("”", '"')


def masked(text: str) -> str:
    """``text`` with its hover cards, credits and template lines replaced by spaces (same
    length, same offsets)."""
    return masked_with_credits(text)[0]


def masked_with_credits(text: str) -> tuple[str, list[tuple[tuple[int, int], tuple[int, int]]]]:
    """`masked` ``text`` and its round-up credit lines (`roundup_credits`: their outlets are
    masked, their commentators are actors), found once."""
    credits = roundup_credits(text)
    return _masked(text, [outlet for _, outlet in credits]), credits


def _masked(text: str, outlets: list[tuple[int, int]]) -> str:
    """``text`` with every furniture region and the credited ``outlets`` replaced by spaces."""
    ranges = paragraph_ranges(text)  # split once, read by the paragraph-wide regions
    regions = sorted(
        card_regions(text) + credit_regions(text) + furniture_line_regions(text, ranges) + contact_regions(text, ranges)
        + caption_regions(text, ranges) + case_regions(text) + outlets
    )
    if not regions:
        return text
    pieces, position = [], 0
    for start, end in regions:
        if end <= position:
            continue  # a credit inside a card
        start = max(start, position)
        pieces.append(text[position:start])
        pieces.append(" " * (end - start))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
