"""Paragraphs that repeat an earlier paragraph of the same article word for word, quotations that
repeat an earlier one, and video link cards: text whose statements are not counted (again).

News pages often print a paragraph twice: an agency photo caption above the story and again in
the gallery, a pull quote lifted from the body, a social post embedded and then quoted. Its
statements were already found at the first copy; counted again they would double a speaker's
share of voice. A sourcing count keeps the first copy only (the rule the gold annotators follow:
"its first occurrence should be the statement's").
"""

from __future__ import annotations

import re
from collections import Counter

from .lexicons import closed_class

# A repeated paragraph counts only from this many words on: an interview's short answers
# ('"No," he said.') can recur as separate statements; captions and pull quotes are longer.
# (Not tuned: the length of one ordinary sentence.)
MIN_REPEATED_WORDS = 12


# Characters read at each end of a paragraph for its first and last word (`_ends`).
_END_WINDOW = 40


def _ends(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The first `_END_WINDOW` characters of the first whitespace-delimited word of
    ``text[start:end]`` and the last as many of its last word, which two paragraphs whose texts
    are equal with whitespace normalised share; None for a paragraph without words. (A range
    that starts and ends at a word, as `paragraph_ranges` gives them, is read only near its ends.)"""
    if end > start and not text[start].isspace() and not text[end - 1].isspace():
        return text[start:min(end, start + _END_WINDOW)].split()[0], text[max(start, end - _END_WINDOW):end].split()[-1]
    words = text[start:end].split()
    return (words[0][:_END_WINDOW], words[-1][-_END_WINDOW:]) if words else None


def repeated_paragraphs(text: str, paragraphs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The (start, end) ranges of ``paragraphs`` whose text, whitespace normalised, equals that
    of an earlier paragraph and has at least `MIN_REPEATED_WORDS` words.

    (Speed: only paragraphs that share their first and last word with another one are split
    and compared: a repeat shares both (`_ends`), and about one paragraph in twenty shares
    them; the rest cannot repeat or be repeated.)"""
    ends = [_ends(text, start, end) for start, end in paragraphs]
    shared = Counter(ends)
    seen: set[str] = set()
    repeats: set[tuple[int, int]] = set()
    for (start, end), first_last in zip(paragraphs, ends):
        if first_last is None or shared[first_last] < 2:
            continue
        words = text[start:end].split()
        if len(words) < MIN_REPEATED_WORDS:
            continue
        key = " ".join(words)
        if key in seen:
            repeats.add((start, end))
        seen.add(key)
    return repeats


# A quotation repeated elsewhere counts only from this many words on: short answers ("No.",
# "We will see.") recur as separate statements; a pull quote or a quote repeated from the lead
# is a sentence or more. (Not tuned: half an ordinary sentence.)
MIN_REPEATED_QUOTE_WORDS = 6


# A run of alphanumeric characters (`str.isalnum`: what ``\w`` matches, less the underscore).
_ALNUM_RUN_RE = re.compile(r"[^\W_]+")


def _quote_words(lowered: str) -> list[str]:
    """The words of a lowercased quotation without punctuation, which a repeat shares: its runs
    of alphanumeric characters."""
    return _ALNUM_RUN_RE.findall(lowered)


def repeated_quotes(text: str, quotes: list[tuple[int, int]]) -> set[int]:
    """The indices of ``quotes`` ((start, end) of direct statements, in text order) whose words
    repeat an earlier one's ('"Your record is so bad …," Trump said' and below it the pull quote
    '"Your record is so bad …." — President Trump'), or lie inside one, from
    `MIN_REPEATED_QUOTE_WORDS` words on: the same words said once, counted once.

    (Speed: an earlier quotation that holds a quotation's words holds each of them, its rarest
    word among them; only the earlier quotations with that word are compared, so an article of
    thousands of distinct quotations costs linear time, not quadratic.)"""
    lowered = [text[start:end].lower() for start, end in quotes]
    if len(lowered) <= _PAIRWISE_PROBES and not _may_repeat(lowered):
        return set()
    seen: list[str] = []
    holding: dict[str, list[int]] = {}  # word -> indices in `seen` of the keys that have it
    repeats: set[int] = set()
    for index, quote in enumerate(lowered):
        words = _quote_words(quote)
        if len(words) < MIN_REPEATED_QUOTE_WORDS:
            continue
        key, distinct = " ".join(words), set(words)
        rarest = min(distinct, key=lambda word: len(holding.get(word, ())))
        if any(key == seen[i] or f" {key} " in f" {seen[i]} " for i in holding.get(rarest, ())):
            repeats.add(index)
        else:
            for word in distinct:
                holding.setdefault(word, []).append(len(seen))
            seen.append(key)
    return repeats


# Up to this many quotations, `_may_repeat` compares every pair before any key is built;
# beyond, the keys are built at once (measured on 1,000 articles: the pairs cost more than the
# keys from about 16 quotations on; 64 made the function 0.88x the old one, 16 0.82x).
_PAIRWISE_PROBES = 16


# Characters read at each end of a quotation for the words `_may_repeat` looks for.
_PROBE_WINDOW = 40


def _may_repeat(lowered: list[str]) -> bool:
    """Whether some lowercased quotation's alphanumeric runs near its start and end (within
    `_PROBE_WINDOW` characters) all occur in an earlier one: true of every repeat, whose words
    are all words of the earlier quotation (speed: one quotation page in fifteen passes, and
    only those have their words compared)."""
    for index, quote in enumerate(lowered):
        probes = set(_ALNUM_RUN_RE.findall(quote, 0, _PROBE_WINDOW))
        if not probes:
            continue  # (no words: never a repeat)
        probes.update(_ALNUM_RUN_RE.findall(quote, max(0, len(quote) - _PROBE_WINDOW)))
        if any(all(probe in earlier for probe in probes) for earlier in lowered[:index]):
            return True
    return False


# The words of a video player's link card that scraped text keeps as a paragraph: "JUST WATCHED
# Trump says his staff can't keep up Replay More Videos ... MUST WATCH Trump says …" (CNN).
_VIDEO_FURNITURE = closed_class("video_furniture")


def video_link_paragraphs(text: str, paragraphs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The (start, end) ranges of ``paragraphs`` that are a video player's link card (they hold
    a word of `video_furniture`): page furniture, whose headline ("Trump says he feels 'very
    badly' for Manafort") is no statement of the article (the gold's rule: "Page furniture
    (link cards, captions, bylines, "Read more") is ignored")."""
    if not any(word in text for word in _VIDEO_FURNITURE):
        return set()  # (speed: one search per word and article)
    return {(start, end) for start, end in paragraphs if any(word in text[start:end] for word in _VIDEO_FURNITURE)}
