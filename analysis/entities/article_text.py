"""The text of one article with the questions name spotting asks about it, answered once.

How often a name is written, whether a word is written in lower case anywhere (Mikheev et al.
1999: a capitalised word at a sentence start is a name only if the article never writes it in
lower case), where a word is written alone (evidence of a surname), and whether a position
opens a sentence.
"""

from __future__ import annotations

import re

from .vocabulary import Vocabulary

# What may stand between a sentence end and the first word of the next sentence.
_OPENING = " \t\"'“‘([\u2014\u2013-"
_SENTENCE_END = ".!?:…\n"
_LAST_WORD = re.compile(r"(\S+)[ \u00a0]+$")


class ArticleText:
    """The article's text with the answers about it memoised (how often a name is written,
    whether a word is written in lower case, where a word is written alone)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._counts: dict[str, int] = {}
        self._lower: dict[str, bool] = {}
        self._alone: dict[str, list[int]] = {}

    def count(self, whole: str) -> int:
        """How often ``whole`` is written in the text."""
        found = self._counts.get(whole)
        if found is None:
            found = self._counts[whole] = self.text.count(whole)
        return found

    def written_lower(self, word: str) -> bool:
        """Whether ``word`` (lower case) is written somewhere in the text as a whole word."""
        found = self._lower.get(word)
        if found is None:
            found = self._lower[word] = _written_lower(self.text, word)
        return found

    def written_alone(self, word: str, start: int, end: int, vocab: Vocabulary) -> bool:
        """Whether ``word`` is written outside ``text[start:end]`` with no capitalised word
        before it other than a title."""
        positions = self._alone.get(word)
        if positions is None:
            positions = self._alone[word] = _alone_positions(self.text, word, vocab)
        return any(not start <= at < end for at in positions)


def _written_lower(text: str, word: str) -> bool:
    """Whether ``word`` (lower case) is written somewhere in ``text`` as a whole word."""
    at = text.find(word)
    while at >= 0:
        after = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (after >= len(text) or not text[after].isalnum()):
            return True
        at = text.find(word, after)
    return False


def _alone_positions(text: str, word: str, vocab: Vocabulary) -> list[int]:
    """Where ``word`` is written as a whole word with no capitalised word before it other than
    a title ("Mr. Kim" for "Kim Jong Un")."""
    positions = []
    at = text.find(word)
    while at >= 0:
        after = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (after >= len(text) or not text[after].isalnum()):
            previous = _LAST_WORD.search(text, max(0, at - 30), at)
            if previous is None or not previous.group(1)[0].isupper() or previous.group(1) in vocab.titles:
                positions.append(at)
        at = text.find(word, at + 1)
    return positions


def at_sentence_start(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence (or a line, or a quotation)."""
    i = start - 1
    while i >= 0 and text[i] in _OPENING:
        if text[i] in "\"“‘(":
            return True
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END
