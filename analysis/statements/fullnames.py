"""Full names: the fullest name an article gives a person speaker ("Cooper" -> "Adm. Brad
Cooper"; "Cheney" after "Mary Cheney" is Mary, not Dick). Read by `resolve`.
"""

from __future__ import annotations

import bisect
import re

from .names import Mentions, given_gender
from .patterns import HONORIFIC_GENDERS, HONORIFIC_RE, TITLE_WORD_RE


_HONORIFIC_PREFIX_RE = re.compile(r"( Mr | Mrs | Ms | Miss ) \b", re.VERBOSE)

# Lowercase modifiers (no preposition, no participle with an object) before a surname.
_MODIFIED_SURNAME_RE = re.compile(r"""
    (?: the | a | an ) \s+
    (?: (?! (?:of|in|at|for|from|with|to|on|by) \s )         # no preposition
        [a-z][a-z\-]* \s+ ){1,3}                             # one to three modifiers: "the victorious"
    [A-Z][\w'’\-]+                                           # the surname
""", re.VERBOSE)


def _latest_name(groups: list[tuple[str, list[int]]], where: int) -> str:
    """The name mentioned last at or before ``where`` (offsets by bisection), else the name
    mentioned first."""
    latest, chosen = -1, groups[0][0]
    for name, offsets in groups:
        count = bisect.bisect_right(offsets, where)
        if count and offsets[count - 1] > latest:
            latest, chosen = offsets[count - 1], name
    return chosen


def fullest_name(phrase: str, mentions: Mentions, where: int, gender: str = "",
             cache: dict[tuple[str, str], tuple] | None = None) -> str:
    """The fullest name the article gives a person phrase ("Cooper" -> "Adm. Brad Cooper").

    Among names ending in the same surname, the one mentioned last before ``where`` wins (so
    "Cheney" after "Mary Cheney" is Mary, not Dick); a longer form of that name wins over it.
    With ``gender`` (from "she", or from "Ms." in the phrase), names whose given name has the
    other gender are passed over ("Ms. Trump" is not "Donald Trump"). ``cache`` keeps, per
    phrase and gender, the part that does not depend on ``where`` (`_fullest_candidates`).
    """
    key = (phrase, gender)
    found = cache.get(key) if cache is not None else None
    if found is None:
        found = _fullest_candidates(phrase, mentions, gender)
        if cache is not None:
            cache[key] = found
    fixed, groups, bare, first_names = found
    if fixed is not None:
        return fixed
    chosen = _latest_name(groups, where)
    longer = [n for n, _ in groups if n.endswith(chosen) and len(n) > len(chosen)]
    if longer and (len(first_names) <= 1 or len(chosen.split()) >= 2):
        chosen = max(longer, key=len)
    # (A surname after modifiers, "the victorious Trump", "a visibly moved Ryan", is the name too.)
    return chosen if len(chosen) >= len(bare) or _MODIFIED_SURNAME_RE.fullmatch(bare) else bare


def _fullest_candidates(phrase: str, mentions: Mentions, gender: str) -> tuple:
    """`fullest_name` before the choice by position: (the answer, when it needs no choice, else
    None; the candidate (name, offsets) groups; the phrase without honorific; the given names
    of the candidates)."""
    honorific = _HONORIFIC_PREFIX_RE.match(phrase)
    gender = gender or (HONORIFIC_GENDERS[honorific.group(1)] if honorific else "")
    bare = HONORIFIC_RE.sub("", phrase).strip()
    words = bare.split()
    if not words:
        return phrase, [], bare, set()
    written = bare
    while len(words) > 1 and TITLE_WORD_RE.match(words[0]):
        words = words[1:]  # "Chairman Ryan" is looked up as "Ryan"
    bare = " ".join(words) if len(words) == 1 else bare
    surname = words[-1]
    groups = mentions.names_of(surname)
    if len(words) >= 2:
        groups = [g for g in groups if g[0].endswith(bare) or bare.endswith(" ".join(g[0].split()[-2:]))] or groups
    if gender and groups:
        groups = [g for g in groups if given_gender(g[0]) in ("", gender)]
    if not groups:
        return written, [], bare, set()
    # A name with a first name beats one with only a title ("Hillary Clinton" over "Secretary
    # Clinton"); among those, the latest before ``where`` wins.
    untitled = [g for g in groups if not TITLE_WORD_RE.match(g[0].split()[0])]
    groups = untitled or groups
    first_names = {n.split()[-2] for n, _ in groups if len(n.split()) >= 2}
    return None, groups, bare, first_names
