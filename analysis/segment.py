"""Sentence segmentation with exact character spans.

Why a rule-based segmenter of our own: TextBlob's ``.sentences`` needs NLTK's punkt data, which
cannot be downloaded here. Of the segmenters that ship their data, pysbd gives good spans but
costs about 7x TextBlob's sentiment of the same article, which alone would break the corpus
speed budget (whole analysis <= 3x sentiment); blingfire is fast but merges sentences after
abbreviations ("he said. Adm. Brad Cooper said so."). News prose needs a small set of rules
(Grefenstette & Tapanainen 1994; Kiss & Strunk 2006 on abbreviation handling; the rules of
pysbd's "Golden Rules" for English): a boundary is terminal punctuation plus any closing quotes
or brackets, followed by whitespace and a sentence opener, unless the word before the period is
a title, an initial, or an abbreviation. ``benchmarks/segmenters.py`` measures it against pysbd.
"""

from __future__ import annotations

import re

from .name_words import abbreviated_titles

# Titles (`lexicons/titles.csv`, use "segmenter") and the abbreviated first words of place names
# always precede a name: never a sentence end ("Adm. Brad Cooper", "St. Louis").
TITLES = abbreviated_titles() | frozenset({"st", "mt", "ft"})
# Abbreviations that can end a sentence (company suffixes, months, AP state abbreviations):
# split only before a typical sentence opener.
ABBREVIATIONS = frozenset(
    """inc corp co ltd llc plc bros etc vs approx dept est jan feb mar apr jun jul aug sep sept
    oct nov dec jr sr ave blvd rd univ assn
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo
    mont neb nev okla ore pa penn tenn tex va vt wash wis wyo""".split()
)
# Abbreviations before a number ("No. 5", "Vol. 2"); before a word they are ordinary words.
NUMBER_ABBREVIATIONS = frozenset("no nos vol op art fig pp".split())
# Words that open sentences; after "U.S." or "Inc." they mean the abbreviation ended one.
SENTENCE_OPENERS = frozenset(
    """a an the he she it its they we i you his her their our this that these those there here
    but and or so yet if when while after before as at in on for from to by with without of
    however meanwhile still also then now later earlier instead indeed yes no mr mrs ms dr
    according some many most all both each one two three officials""".split()
)

# Candidate boundary: terminal punctuation, closing quotes/brackets, then whitespace. The
# lookbehind starts a match only at the first mark of a run, so a run of k marks not followed
# by whitespace ("......") costs O(k) instead of O(k²) (each later start would rescan the run).
_CANDIDATE = re.compile(r"""(?<![.!?…])[.!?…]+["'”’»)\]]*(?=\s)|\n""")
_WORD_BEFORE = re.compile(r"""([^\s"'“‘(\[]*)[.!?…]+["'”’»)\]]*$""")
_NEXT_WORD = re.compile(r"""\s*["'“‘«(\[]*([^\s"'“‘«(\[]*)""")
_ACRONYM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?$")
# A blank line (whitespace allowed) separates paragraphs; shared with the statements table.
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_WHITESPACE_RUN = re.compile(r"\s*")

# A run of text with no boundary is cut at whitespace after this many characters, so that a
# page with no punctuation still yields sentences of bounded size (time and memory stay linear).
MAX_SENTENCE_CHARS = 2000


def _is_boundary(text: str, stop: int, cut: int) -> bool:
    """Whether the candidate ending at ``stop`` (punctuation end) ends a sentence."""
    following = _NEXT_WORD.match(text, cut)
    next_word = following.group(1) if following else ""
    if not next_word:
        return True
    first = next_word[0]
    if first.islower():
        return False
    if text[stop - 1] != ".":
        # "!", "?" and "…" end a sentence before any capitalised word.
        return True
    before = _WORD_BEFORE.search(text, max(0, stop - 40), stop)
    word = before.group(1) if before else ""
    if not word:
        return True
    bare = word.rstrip(".").lower()
    opener = next_word.strip(".,;:!?\"'”’").lower()
    if bare in TITLES:
        return False
    if bare in NUMBER_ABBREVIATIONS:
        return not first.isdigit()
    if len(bare) == 1 and bare.isalpha():
        # An initial ("John F. Kennedy"), unless a typical opener follows ("Plan B. The").
        return opener in SENTENCE_OPENERS
    if _ACRONYM.match(word) or bare in ABBREVIATIONS:
        if first.isdigit():
            return False
        return opener in SENTENCE_OPENERS
    return True


def _boundaries(text: str, start: int, end: int) -> list[int]:
    """Offsets where a new sentence starts within ``text[start:end]`` (a paragraph)."""
    cuts: list[int] = []
    for match in _CANDIDATE.finditer(text, start, end):
        if match.group() == "\n":
            cut = match.end()
        else:
            stop = match.end()
            cut = stop
            # The boundary sits after the whitespace that follows the punctuation.
            while cut < end and text[cut].isspace():
                cut += 1
            if cut >= end or not _is_boundary(text, _punct_end(text, match), stop):
                continue
        while cut < end and text[cut].isspace():
            cut += 1
        if start < cut < end and (not cuts or cut > cuts[-1]):
            cuts.append(cut)
    return cuts


def _punct_end(text: str, match: re.Match[str]) -> int:
    """End of the terminal punctuation inside a candidate (before closing quotes)."""
    stop = match.start()
    while stop < match.end() and text[stop] in ".!?…":
        stop += 1
    return stop


def _split_long(text: str, start: int, end: int) -> list[int]:
    """Extra cut points so that no piece of ``text[start:end]`` exceeds MAX_SENTENCE_CHARS."""
    cuts = []
    piece_start = start
    while end - piece_start > MAX_SENTENCE_CHARS:
        limit = piece_start + MAX_SENTENCE_CHARS
        space = text.rfind(" ", piece_start + 1, limit)
        cut = space + 1 if space > piece_start else limit
        cuts.append(cut)
        piece_start = cut
    return cuts


def sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, paragraph)`` of every sentence of ``text``.

    The spans partition the text exactly: they are contiguous, the first starts at 0, the last
    ends at ``len(text)``, and whitespace after a sentence belongs to it. Paragraphs are
    separated by blank lines; a single line break also ends a sentence (headings, transcript
    turns). Dashes never end a sentence.
    """
    if not text:
        return []
    starts = [0]
    for paragraph_start, paragraph_end in paragraph_ranges(text):
        starts.extend(_boundaries(text, paragraph_start, paragraph_end))
        if paragraph_start > 0:
            starts.append(paragraph_start)
    starts = sorted(set(starts))
    bounded = []
    for i, begin in enumerate(starts):
        finish = starts[i + 1] if i + 1 < len(starts) else len(text)
        bounded.append(begin)
        if finish - begin > MAX_SENTENCE_CHARS:
            bounded.extend(_split_long(text, begin, finish))
    # The first sentence also takes any leading whitespace of the text.
    starts = sorted(set(bounded))
    paragraph_starts = [0] + [m.end() for m in PARAGRAPH_BREAK.finditer(text)]
    spans = []
    paragraph = 0
    for i, begin in enumerate(starts):
        finish = starts[i + 1] if i + 1 < len(starts) else len(text)
        while paragraph + 1 < len(paragraph_starts) and paragraph_starts[paragraph + 1] <= begin:
            paragraph += 1
        spans.append((begin, finish, paragraph))
    return spans


def paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the text of each paragraph, without the blank lines between them.

    The package's one paragraph splitter: paragraphs are separated by a blank line
    (`PARAGRAPH_BREAK`, whitespace allowed on it); each range starts at its first
    non-whitespace character.
    """
    ranges = []
    position = 0
    for match in PARAGRAPH_BREAK.finditer(text):
        if match.start() < position:
            # Inside the whitespace already skipped: a run of blank lines is one break, and
            # skipping it once keeps the scan linear (rescanning it per break was quadratic).
            continue
        ranges.append((position, match.start()))
        position = _WHITESPACE_RUN.match(text, match.end()).end()
    ranges.append((position, len(text)))
    return [(s, e) for s, e in ranges if e > s]
