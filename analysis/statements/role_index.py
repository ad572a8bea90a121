"""One article's index of role nouns for `descriptions.introduced_in_role`: the words after an
appositive's opening (", the mayor of"), and the lower-cased text its string searches use.

Built once per article on first use (a pass over the text each), so the text is not searched
again for every role noun the article's descriptions name (issue 12: that search grew with the
text times the number of role nouns). Read by `descriptions`; no state survives the article.
"""

from __future__ import annotations

import re

# An appositive's opening after a name (", the "), the modifiers after it and the role noun:
# `descriptions._appositive_tail` as plain matching.
APPOSITIVE_OPEN_RE = re.compile(r",\s+(?:the|a|an)\s+")
_MODIFIER_RE = re.compile(r"[\w'’\-]+\s+")
_MAX_MODIFIERS = 4  # as in `descriptions._appositive_tail`
_WORD_RE = re.compile(r"\w*")

# Characters a case-insensitive pattern matches to an ASCII letter that str.lower() does not
# map to it ("ſ" to "s", "ı" and "İ" to "i"): a text holding one takes the compiled patterns.
_CASE_FOLD_EXCEPTIONS = "\u017f\u0131\u0130"  # characters, not a word list


def lowered(text: str) -> str | None:
    """The text lower-cased offset for offset, or None when lower-casing cannot stand in for
    case-insensitive matching (`_CASE_FOLD_EXCEPTIONS`)."""
    if any(c in text for c in _CASE_FOLD_EXCEPTIONS):
        return None
    lower = text.lower()
    return lower if len(lower) == len(text) else None


class RoleIndex(dict):
    """Per-article cache of `introduced_in_role` (role noun -> the people introduced in it; ""
    -> the organisations named, `latest_organisation`), the lower-cased text and the words
    after the appositives' openings.

    A role noun of ASCII word characters followed by a non-word character is the whole word
    (maximal run of ``\\w``) at its offset, so looking the lower-cased word up gives exactly the
    offsets a string search for the noun with the boundary checks gives."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self._lower: str | None = None
        self._lower_done = False
        self._appositive: dict[str, list[tuple[int, int, int]]] | None = None

    def lower(self) -> str | None:
        """`lowered` of the article's text, computed once."""
        if not self._lower_done:
            self._lower, self._lower_done = lowered(self.text), True
        return self._lower

    def appositive_heads(self, head: str) -> list[tuple[int, int, int]]:
        """(opening start, opening end, head end) of every appositive opening (`APPOSITIVE_OPEN_RE`,
        in text order) after which ``head`` stands behind at most four modifiers, the fewest
        first (as the lazy ``(?:[\\w'’\\-]+\\s+){0,4}?(?i:head)\\b``)."""
        if self._appositive is None:
            self._appositive = self._index_appositives()
        return self._appositive.get(head, [])

    def _index_appositives(self) -> dict[str, list[tuple[int, int, int]]]:
        text, lower, index = self.text, self.lower(), {}
        for opening in APPOSITIVE_OPEN_RE.finditer(text):
            position, seen = opening.end(), set()
            for _ in range(_MAX_MODIFIERS + 1):
                end = _WORD_RE.match(text, position).end()
                word = lower[position:end]
                if word and word not in seen:
                    seen.add(word)
                    index.setdefault(word, []).append((opening.start(), opening.end(), end))
                modifier = _MODIFIER_RE.match(text, position)
                if modifier is None:
                    break
                position = modifier.end()
        return index
