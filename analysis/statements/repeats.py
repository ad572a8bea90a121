"""Paragraphs that repeat an earlier paragraph of the same article word for word.

News pages often print a paragraph twice: an agency photo caption above the story and again in
the gallery, a pull quote lifted from the body, a social post embedded and then quoted. Its
statements were already found at the first copy; counted again they would double a speaker's
share of voice. A sourcing count keeps the first copy only (the rule the gold annotators follow:
"its first occurrence should be the statement's").
"""

from __future__ import annotations

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
