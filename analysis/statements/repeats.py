"""Paragraphs that repeat an earlier paragraph of the same article word for word, quotations that
repeat an earlier one, and video link cards: text whose statements are not counted (again).

News pages often print a paragraph twice: an agency photo caption above the story and again in
the gallery, a pull quote lifted from the body, a social post embedded and then quoted. Its
statements were already found at the first copy; counted again they would double a speaker's
share of voice. A sourcing count keeps the first copy only (the rule the gold annotators follow:
"its first occurrence should be the statement's").
"""

from __future__ import annotations

from .lexicons import closed_class

# A repeated paragraph counts only from this many words on: an interview's short answers
# ('"No," he said.') can recur as separate statements; captions and pull quotes are longer.
# (Not tuned: the length of one ordinary sentence.)
MIN_REPEATED_WORDS = 12


def repeated_paragraphs(text: str, paragraphs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The (start, end) ranges of ``paragraphs`` whose text, whitespace normalised, equals that
    of an earlier paragraph and has at least `MIN_REPEATED_WORDS` words."""
    seen: set[str] = set()
    repeats: set[tuple[int, int]] = set()
    for start, end in paragraphs:
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


def _quote_key(text: str) -> str:
    """A quotation's words, lowercased, without punctuation: the text a repeat shares."""
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text.lower()).split())


def repeated_quotes(text: str, quotes: list[tuple[int, int]]) -> set[int]:
    """The indices of ``quotes`` ((start, end) of direct statements, in text order) whose words
    repeat an earlier one's ('"Your record is so bad …," Trump said' and below it the pull quote
    '"Your record is so bad …." — President Trump'), or lie inside one, from
    `MIN_REPEATED_QUOTE_WORDS` words on: the same words said once, counted once."""
    seen: list[str] = []
    repeats: set[int] = set()
    for index, (start, end) in enumerate(quotes):
        key = _quote_key(text[start:end])
        if key.count(" ") + 1 < MIN_REPEATED_QUOTE_WORDS:
            continue
        if any(key == earlier or f" {key} " in f" {earlier} " for earlier in seen):
            repeats.add(index)
        else:
            seen.append(key)
    return repeats


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
