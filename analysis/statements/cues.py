"""Reporting cues found in a text: verbal cues ("said", "according to") and nominal cues ("his claim that").

One trie-factored regex over the first words of every cue of `lexicons/reporting_verbs.csv`,
then a check of the following words for multiword cues (Krestel et al. 2008 use the same
verb-list approach).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicons import content_nouns, Cue, CueFrame, nominal_cues, quote_side_cues, reporting_cues, trie_pattern, trie_with_tails

@lru_cache(maxsize=1)
def nominal_re() -> re.Pattern[str]:
    """A possessor ("Axelrod's", "the plaintiffs'", "his"), up to two modifiers, a nominal
    cue, a short adjunct or a copula, then "that" ("his comment on Sunday that", "Hutchinson's
    chief complaint was that": a predicative content clause states the noun's content just as
    an appositive one does). The modifiers are prenominal words, never a preposition: in
    "their probe into allegations that" the possessor owns the probe, not the allegations."""
    nouns = "|".join(sorted((re.escape(n) for n in nominal_cues()), key=len, reverse=True))
    return re.compile(
        rf"""
        (?:                                             # the possessor:
            \b(?P<pronoun>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)  # a possessive pronoun,
            | (?<=\w)(?P<possessive>['’]s|(?<=s)['’])     # or a possessive ending
        )
        \s+
        (?P<modifiers>(?:[\w\-]+\s+){{0,2}}?)           # up to two prenominal words
        (?P<noun>{nouns})\s+                            # the nominal cue
        (?:                                             # a short adjunct ("on Sunday"), or a copula
            (?:on|in|at|last|this|earlier|during|to|from|about)\b[^.;,“”"]{{0,40}}?\s+
            | (?:is|was)\s+
        )?
        that\s+
        """,
        re.VERBOSE,
    )


@lru_cache(maxsize=1)
def cue_index() -> tuple[dict[str, Cue], dict[str, list[tuple[tuple[str, ...], Cue]]]]:
    """One-word cues by word, and multiword cues by their first word (longest first); the
    quote-side cues among them (`lexicons.quote_side_cues`)."""
    single: dict[str, Cue] = {}
    multi: dict[str, list[tuple[tuple[str, ...], Cue]]] = {}
    for form, cue in (reporting_cues() | quote_side_cues()).items():
        words = tuple(form.split())
        if len(words) == 1:
            single[form] = cue
        else:
            multi.setdefault(words[0], []).append((words, cue))
    for entries in multi.values():
        entries.sort(key=lambda entry: len(entry[0]), reverse=True)
    return single, multi


@dataclass(slots=True)  # not frozen: a frozen dataclass is slower to build, and dozens are built per article
class CueMatch:
    """A reporting cue found in the text: its span, the form as written and its lexicon row."""

    start: int
    end: int
    text: str
    info: Cue

    @property
    def participle(self) -> bool:
        return self.info.cue.endswith("ing") and " " not in self.info.cue


def _cue_words() -> list[str]:
    """The first words of every cue as written: lowercase ("said"), or capitalised only for
    "According to", "As reported by" and one-word participles ("Saying …", "Noting that …"),
    which open sentences. Cues are lowercase words, so "States" in "United States" is no cue."""
    single, multi = cue_index()
    lowercase = sorted(set(single) | set(multi))
    capitalised = sorted({w.capitalize() for w, entries in multi.items() if any(c.frame in (CueFrame.ACCORDING, CueFrame.BY) for _, c in entries)})
    capitalised += sorted(w.capitalize() for w in single if w.endswith("ing"))
    return lowercase + capitalised


@lru_cache(maxsize=1)
def _cue_word_re() -> re.Pattern[str]:
    """A cue's first word as a whole word; a word that begins multiword cues only ("is", "as",
    "has": `_first_words` gives it no cue of its own) only where one of its cues' further
    words follow ("is quoted as"). (Speed: two thirds of the first words found in a text
    began no cue, and each cost a round of `find_cues`'s loop; `find_cues` still checks the
    further words itself, so the cues found are the same. All first words sit in one trie,
    each with its tail, `lexicons.trie_with_tails`.)"""
    table = _first_words()
    tails = {
        word: r"(?![\w-])" if table[word][2] is not None else rf"(?![\w-])(?={table[word][0].pattern})"
        for word in _cue_words()
    }
    return re.compile(
        rf"""
        (?<![\w'’-])          # not inside a word: not "unsaid", "re-said"
        {trie_with_tails(tails)}   # nor "sayings", "said-so"
        """,
        re.VERBOSE,
    )


@lru_cache(maxsize=1)
def _continuations() -> dict[str, tuple[re.Pattern[str], list[Cue]]]:
    """For each first word of multiword cues, one pattern of the words that may follow it and
    the cues it stands for: an alternative per cue (a group each, so `lastindex` names the cue),
    in `cue_index` order, longest first; the first alternative that matches wins, as the
    longest cue does. Each further word is a whole lowercase word after whitespace ("according"
    -> " to"). One match per first word, not a loop over its cues: most first words found
    ("is", "was", "has", "as") begin no cue at all."""
    _, multi = cue_index()
    patterns = {}
    for word, entries in multi.items():
        alternatives = ("(" + "".join(rf"\s+{re.escape(further)}(?![a-z])" for further in sequence[1:]) + ")" for sequence, _ in entries)
        patterns[word] = (re.compile("|".join(alternatives)), [cue for _, cue in entries])
    return patterns


@lru_cache(maxsize=1)
def _first_words() -> dict[str, tuple[re.Pattern[str] | None, list[Cue], Cue | None]]:
    """What each first word as written (`_cue_words`) may begin: the pattern of its multiword
    cues' further words and those cues (`_continuations`), and the one-word cue it is when no
    multiword cue follows (the lowercase form for a capitalised participle), or None. One
    look-up per word found in the text (speed: most words found begin no cue)."""
    single, _ = cue_index()
    continuations = _continuations()
    table = {}
    for written in _cue_words():
        word = written.lower()
        further, cues = continuations.get(word, (None, []))
        table[written] = (further, cues, single.get(written) or (single.get(word) if word.endswith("ing") else None))
    return table


def find_cues(text: str) -> list[CueMatch]:
    """Every reporting cue of ``text`` (one trie regex over the text, then multiword checks)."""
    first_words = _first_words()
    found: list[CueMatch] = []
    position = 0
    pattern = _cue_word_re()
    while (match := pattern.search(text, position)) is not None:
        start, end = match.span()
        written = match.group()
        further, cues, cue = first_words[written]
        following = further.match(text, end) if further is not None else None
        if following:
            stop = following.end()
            found.append(CueMatch(start, stop, text[start:stop], cues[following.lastindex - 1]))
            position = stop
        else:
            if cue:
                found.append(CueMatch(start, end, written, cue))
            position = end
    return found


@lru_cache(maxsize=1)
def content_noun_re() -> re.Pattern[str]:
    """After a cue: an optional determiner and modifier, a content noun, then "that"."""
    return re.compile(
        rf"""
        \s+
        (?:(?:his|her|their|its|the|a|an|some|our|my|this|renewed|new)\s+)?  # a determiner
        (?:(?!(?:he|she|it|they|we|i|you|who)\s)[a-z][a-z\-]*\s+)?           # a modifier, not a pronoun
        (?:{trie_pattern(sorted(content_nouns()))})\s+                        # the content noun
        that\s+
        """,
        re.VERBOSE,
    )


# After a word's first character: no word character before that character (a word boundary
# before the word, written where the regex engine can skip to the word's letters).
_NO_WORD_BEFORE_FIRST = r"(?<!\w.)"


@lru_cache(maxsize=1)
def _nominal_word_re() -> re.Pattern[str]:
    """A nominal cue word ("claim", "comment") as a whole word: the word boundary before it is
    a look-behind after its first letter (no word character before that letter), so the regex
    engine skips to the letters that begin a cue (speed, `trie_with_tails`)."""
    words = trie_with_tails(dict.fromkeys(sorted(nominal_cues()), ""), after_first=_NO_WORD_BEFORE_FIRST)
    return re.compile(
        rf"""
        {words}\b
        """,
        re.VERBOSE,
    )



def nouns_before_that(text: str) -> list[re.Match[str]]:
    """The nominal cue words with a "that" at most 60 characters after them, in text order: only
    there can the full pattern match (it allows a 40-character adjunct between noun and
    "that"). Found from the occurrences of "that", which are far fewer than the positions of
    the text a word pattern would try (speed)."""
    word_re = _nominal_word_re()
    nouns: dict[int, re.Match[str]] = {}
    that = text.find("that")
    while that >= 0:
        for noun in word_re.finditer(text, max(0, that - 80), that):
            if noun.end() >= that - 60:
                nouns.setdefault(noun.start(), noun)
        that = text.find("that", that + 1)
    return [nouns[start] for start in sorted(nouns)]
