"""One article's lookups for the statement rules: paragraphs, sentences, quotations, cues, name mentions and role nouns.

Built once per call of the table (no state survives between articles), with bisect look-ups
by offset; `Statement` is a statement found, before speaker resolution.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..quotes import Quotation, paragraph_ranges, quotations
from .cues import CueMatch, find_cues
from .lexicons import closed_class, cue_lemmas
from .names import Speaker, name_mentions
from .patterns import MONTHS

_WORD_RUN_RE = re.compile(r"\w+")
# Between a quotation and a quote-side cue after it: no stop, colon, bracket or quote mark.
_SIDE_BREAK_RE = re.compile(r"[.,;:!?()“”\"\n]")
_SIDE_INTRO_RE = re.compile(r"[ \t]*[,:][ \t]*")  # 'Smith laughed: "…"'
# After a quote-side cue, what makes it no verb of saying: a gerund or "to" ("began tweeting",
# "began to"), a number or a month ("began Sept. 24").
_SIDE_NOT_SPEECH_RE = re.compile(rf"\s+(?:\w+ing\b|to\b|\d|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\b|(?:{MONTHS})\b)")


def beside_quotation(text: str, cue: CueMatch, quotes: list[Quotation], quote_starts: list[int]) -> bool:
    """Whether a quote-side cue (`lexicons.quote_side_cues`) stands right beside a quotation:
    after the closing mark of a quote that ends with a comma, "?", "!" or a dash, at most five
    words (its speaker) between, with no comma and no other cue ('"…," laughs the comic',
    '"…?" Smith laughed'), or before a quote it introduces with a comma or colon ('Smith
    laughed: "…"'). Not "The crowd laughed and …", '"…." The crowd laughed' (a new sentence
    after a full stop), '"…," Johnson said, as some attendees laughed', '"…?" He then began
    tweeting', '"…," began Sept. 24', nor a cue after another cue of its sentence ('Lieberman
    said before the service began, "…"') or after a preposition or determiner ('he said to
    laughs, "…"')."""
    index = bisect_right(quote_starts, cue.start) - 1
    if index >= 0 and quotes[index].close <= cue.start:
        q = quotes[index]
        inner = text[q.start:q.close].rstrip("”\"’'» \u200b")
        after = text[q.close:cue.start]
        if ((inner.endswith((",", "?", "!", "—", "–")) or after.startswith(","))
                and len(after.split()) <= 5 and not _SIDE_BREAK_RE.search(after.lstrip(" ,")) and not find_cues(after)
                and not _SIDE_NOT_SPEECH_RE.match(text, cue.end)):
            return True
    intro = _SIDE_INTRO_RE.match(text, cue.end)
    following = bisect_left(quote_starts, cue.end)
    lead = text[max(0, cue.start - 150):cue.start]
    lead = lead[max(lead.rfind(". "), lead.rfind("\n"), lead.rfind("”"), lead.rfind('"')) + 1:]
    before = lead.split()
    noun = bool(before) and before[-1].lower() in (*closed_class("head_preposition"), *closed_class("determiner"))
    return bool(intro) and not noun and not find_cues(lead) and following < len(quotes) and quotes[following].open == intro.end()


class Covered:
    """Spans already taken by statements, asked whether they hold an offset or meet a range in
    logarithmic time (starts sorted, with the running maximum of their ends), so checking every
    cue against every statement stays linear on articles with thousands of quotations."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach: list[int] = []  # the furthest end among the spans up to each position
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            self._reach.append(furthest)

    def holds(self, offset: int) -> bool:
        """Whether some span has ``start <= offset < end``."""
        count = bisect_right(self._starts, offset)
        return count > 0 and self._reach[count - 1] > offset

    def meets(self, start: int, end: int) -> bool:
        """Whether some span starts inside ``[start, end)`` or holds ``start``."""
        first = bisect_left(self._starts, start)
        return (first < len(self._starts) and self._starts[first] < end) or self.holds(start)


def ends_with_comma(text: str) -> bool:
    """Whether text ends with a comma, possibly inside a closing quote mark (',”')."""
    return text.rstrip().rstrip("”\"’'").endswith(",")


def skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


@dataclass(slots=True)
class Statement:
    kind: str
    speaker: Speaker | None
    cue: str
    cue_start: int
    start: int
    end: int
    lemma: str = ""
    stance: str = ""
    source: str = ""  # the outlet credited with the report (`chains.credit_outlets`)
    via: str = ""  # "label" or "carried" when the finding step decides it (`resolve.speaker_via`)


class Context:
    """Per-article lookups: paragraphs, sentences, quotes, cue matches."""

    def __init__(self, text: str, sentence_starts: list[int], sentence_ends: list[int]) -> None:
        self.text = text
        self.paragraphs = paragraph_ranges(text)
        self.paragraph_starts = [s for s, _ in self.paragraphs]
        self.sentence_starts = sentence_starts
        self.sentence_ends = sentence_ends
        self.quotes = quotations(text, self.paragraphs)  # parsed once per call
        self.quote_starts = [q.open for q in self.quotes]
        self._quote_reach = [max(q.close, q.end) for q in self.quotes]  # where each quotation stops holding offsets
        side = cue_lemmas("quote_side")
        self.cues = [c for c in find_cues(text) if c.info.lemma not in side or beside_quotation(text, c, self.quotes, self.quote_starts)]
        self.cue_starts = [c.start for c in self.cues]
        self.mentions = name_mentions(text)
        self.mention_starts = [offset for offset, _ in self.mentions]
        self.surnames: dict[str, list[int]] | None = None
        self.honorifics: dict[str, str] | None = None  # surname -> gender, from "Mr."/"Ms." (lazy)
        self.subjects: dict[tuple[int, int], Speaker | None] = {}  # (sentence, limit) -> subject
        self.genders: dict[str, str] = {}  # phrase -> gender (`_gender_of`)
        self.named_by_gender: dict[str, list[tuple[int, str]]] = {}  # gender -> its name mentions (resolve)
        self.before_cues: dict[str, list[int]] | None = None  # word before a cue -> its cues (`subjects._cues_after`)
        self.issued: dict[str, list[tuple[int, int]]] = {}  # document head -> spans of "in a <head>" (`objects`)
        self.issued_openings: list[int] | None = None  # offsets of "in a", "via its", ... (`objects._scan`)
        self._words: frozenset[str] | None = None  # the text's maximal runs of \w (lazy, `has_word`)

    def has_word(self, word: str) -> bool:
        r"""Whether ``re.search(rf"\b{re.escape(word)}\b", text)`` finds ``word`` (a run of
        ``\w`` characters, so a whole run of them in the text), by one pass over the text."""
        if self._words is None:
            self._words = frozenset(_WORD_RUN_RE.findall(self.text))
        return word in self._words

    # (The look-ups below run thousands of times per article: the bisect functions are bound
    # names, and a quotation's reach is computed once.)
    def sentence_of(self, offset: int) -> int:
        index = bisect_right(self.sentence_starts, offset)
        return index - 1 if index else 0

    def paragraph_of(self, offset: int) -> tuple[int, int]:
        if not self.paragraphs:
            return (0, len(self.text))
        index = bisect_right(self.paragraph_starts, offset)
        return self.paragraphs[index - 1 if index else 0]

    def quotes_between(self, start: int, end: int) -> list[Quotation]:
        """Quotations whose opening mark is in ``[start, end)``."""
        return self.quotes[bisect_left(self.quote_starts, start):bisect_left(self.quote_starts, end)]

    def cues_between(self, start: int, end: int) -> list[CueMatch]:
        """Cues that start in ``[start, end)``."""
        return self.cues[bisect_left(self.cue_starts, start):bisect_left(self.cue_starts, end)]

    def inside_quote(self, offset: int) -> Quotation | None:
        """The quotation that opens last at or before ``offset``, if it still holds it."""
        index = bisect_right(self.quote_starts, offset) - 1
        if index >= 0 and offset < self._quote_reach[index]:
            return self.quotes[index]
        return None


def trim_end(text: str, start: int, end: int) -> int:
    """End of a reported clause: its sentence end without trailing space and final period."""
    while end > start and text[end - 1].isspace():
        end -= 1
    while end > start and text[end - 1] in ".,;:—–-":
        end -= 1
    return end


def word_count(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


# The role nouns of `descriptions.introduced_in_role`, indexed once per article: the words after
# an appositive's opening (", the mayor of"), and the lower-cased text its string searches use
# (issue 12: a search of the text per role noun grew with the text times the role nouns).
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
