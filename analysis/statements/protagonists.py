"""Protagonists: the person a definite description points at when no earlier speaker and no
titled holder is found: the latest person marked with the description's party ("the Ohio
Republican"), the head of an administration the article names ("the president"), the person
named most often ("the congressman"), or the name after a role word ("spokesman Brad
Woodhouse"). Read by `resolve`.
"""

from __future__ import annotations

import bisect
import re

from .context import Context
from .descriptions import in_other_role, is_title_role
from .fullnames import fullest_name
from .patterns import CAP_SEQ, TITLE


# A capitalised word, with its apostrophe or hyphen parts: "O'Rourke", "Ocasio-Cortez".
# (The lookbehind after the capital stands for a leading \b, so that the scan starts from the
# capitals alone: the same matches, faster.)
CAPITALISED_WORD_RE = re.compile(r"[A-Z] (?<! \w[A-Z] ) \w* (?: ['’\-] \w+ )*", re.VERBOSE)

# A name right after a word (group 1).
_NAME_FOLLOWS_RE = re.compile(rf"\s+ ( {CAP_SEQ} )", re.VERBOSE)


def _surname_offsets(text: str, mentions: list[tuple[int, str]]) -> dict[str, list[int]]:
    """Every occurrence offset of every person's surname (one pass of a precompiled pattern:
    a per-article alternation of surnames would cost a regex compilation per article)."""
    surnames = list(dict.fromkeys(name.split()[-1] for _, name in mentions))  # first-mention order
    offsets: dict[str, list[int]] = {s: [] for s in surnames}
    if surnames:
        for match in CAPITALISED_WORD_RE.finditer(text):
            found = offsets.get(match.group())
            if found is not None:
                found.append(match.start())
    return offsets


def named_after_word(text: str, word: str, where: int) -> re.Match[str] | None:
    """The last "WORD Name" before ``where`` ("the spokesman" -> "spokesman Brad Woodhouse"),
    with the name as group 1."""
    position = where
    while True:
        position = text.rfind(word, 0, position)
        if position < 0:
            return None
        if position == 0 or not (text[position - 1].isalnum() or text[position - 1] == "_"):
            match = _NAME_FOLLOWS_RE.match(text, position + len(word), where)
            if match:
                return match


# The party a name is followed with: "Rep. Trey Gowdy, R-S.C.", "Bob Corker, Republican of
# Tennessee", "Joe Manchin, a moderate Democrat" (the party in group 1, 2 or 3).
_PARTY_MARK_RE = re.compile(r"""
    ,? \s* \(?
    (?: ( [RDI] ) - [A-Z]                                              # "R-S.C."
      | ( Republican | Democrat | Independent ) \s+ (?: of | from ) \s+ [A-Z]   # "Republican of Tennessee"
      | , \s+ (?: a | the ) \s+ (?: [\w\-]+ \s+ ){0,2}?
        ( Republican | Democrat | Independent ) \b )                   # ", a moderate Democrat"
""", re.VERBOSE)

# A party word before the name: "Democrat Stacey Abrams", "Republican Sen. Lindsey Graham".
_PARTY_BEFORE_RE = re.compile(rf"""
    \b ( Republican | Democrat | Democratic | Independent ) \s+
    (?: {TITLE} \s+ )?
    $
""", re.VERBOSE)


def party_member(ctx: Context, head: str, where: int) -> str | None:
    """The latest person before ``where`` whose name the article follows with the party of
    ``head`` ("republican", "democrat"): "Rep. Trey Gowdy, R-S.C.", "Bob Corker, Republican of
    Tennessee"."""
    party = {"republican": "R", "democrat": "D", "independent": "I"}.get(head)
    if party is None:
        return None
    for offset, name in reversed(ctx.mentions):
        if offset >= where:
            continue
        end = ctx.text.find(name, offset)
        mark = _PARTY_MARK_RE.match(ctx.text, end + len(name)) if end >= 0 else None
        before = _PARTY_BEFORE_RE.search(ctx.text, max(0, offset - 40), offset)
        marked = (mark.group(1) or mark.group(2) or mark.group(3))[0] if mark else before.group(1)[0] if before else ""
        if marked == party:
            # (Also "Etheridge, a Democrat," and "Democrat Stacey Abrams".)
            return fullest_name(name, ctx.mentions, where)
    return None


# The executive whose term news calls "the X administration" ("the Obama administration"; a
# governor's and a mayor's too, which a lexicon row would add).
_ADMINISTRATION_ROLE = "president"

# "the Trump administration", "the Cuomo administration" (the surname in group 1).
_ADMINISTRATION_RE = re.compile(r"\bthe ([A-Z][\w'’\-]+) administration\b")


def administration_head(ctx: Context, spoken: set[str], lower: str, head: str, where: int) -> str | None:
    """The person "the president" describes when the article
    names them only through their administration: the surname of a "the X administration"
    before ``where`` ("CNN sued the Trump administration. … 'Let me run the country,' the
    president said": Trump), in its fullest form, when an earlier statement is theirs (their
    surname in ``spoken``) (a past
    "Obama administration" in an article about Trump is no one's who speaks in it); of
    several, the surname the text uses most before ``where``, the latest on a tie. A ranked
    role ("the vice president", "the former president") is someone else."""
    if head != _ADMINISTRATION_ROLE or lower.split() != ["the", head]:
        return None
    surnames = [m.group(1) for m in _ADMINISTRATION_RE.finditer(ctx.text, 0, where) if m.group(1) in spoken]
    if not surnames:
        return None
    before = ctx.text[:where]
    chosen = max(reversed(list(dict.fromkeys(surnames))), key=before.count)
    return fullest_name(chosen, ctx.mentions, where)


def most_mentioned(ctx: Context, where: int, head: str = "", role: str = "") -> str | None:
    """The person whose surname occurs most often before ``where`` (ties: mentioned first);
    for a title role ``head``, none the article gives only other roles than ``role`` (the head
    with its rank, `in_other_role`)."""
    if ctx.surnames is None:
        ctx.surnames = _surname_offsets(ctx.text, ctx.mentions)
    counts = {s: bisect.bisect_left(found, where) for s, found in ctx.surnames.items()
              if not (head and is_title_role(head) and in_other_role(ctx.text, ctx.mentions, s, role or head))}
    if not counts or max(counts.values()) == 0:
        return None
    surname = max(counts, key=lambda s: counts[s])
    # The surname's most frequent full name ("Donald Trump" over a later "Melania Trump").
    names = [name for offset, name in ctx.mentions if offset < where and name.split()[-1] == surname]
    if names:
        counted = {n: names.count(n) for n in names}
        surname = max(counted, key=lambda n: counted[n])
    return fullest_name(surname, ctx.mentions, where)
