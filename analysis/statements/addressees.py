"""Addressees of a reporting cue: where the content clause starts past "told the court", "warned
Sens. Dick Durbin, of Illinois, and …, that", "told federal agents he …".

Used by `reported` to find the clause after a cue of frame tell.
"""

from __future__ import annotations

import re

from .context import skip_space
from .cues import find_cues
from .lexicons import closed_class, nominal_cues
from .names import people_plural
from .patterns import CAP_SEQ, CLAUSE_OPENERS, DETERMINERS, PRONOUNS, RELATIVE_VERBS, STOP

# "so that", "now that", "except that", "given that", "in order that": "that" completing a
# subordinating conjunction opens an adverbial clause (purpose, reason, exception), never the
# content of a cue before it (Quirk et al. 1985, 14.12).
SUBORDINATING_THAT_RE = re.compile(r"\b (?: so | such | now | except | given | provided | providing | order ) \s* ,? \s* that \s+ $", re.VERBOSE)

# After "told": addressees up to "that", past commas and abbreviations ("told Sens. Dick
# Durbin, of Illinois, and Dianne Feinstein, of California, that …").
_LISTED_ADDRESSEES_RE = re.compile(r"""
    \s+ (?: [A-Z] | him\b | her\b | them\b | the\b )
    (?: [^.;:“”\"] | \.(?=\s[A-Z]) )*?                      # a stop only before a capital ("Sens. Dick")
    ,? \s+ that \s+
""", re.VERBOSE)
# Words that open the clause after an addressee, never a second word of it ("told the court he
# was", "told the jury the defendant was", "warned the economy will slow", "told the audience
# what could be").
_CLAUSE_FIRST = "(?:" + "|".join(sorted(CLAUSE_OPENERS | PRONOUNS | DETERMINERS | RELATIVE_VERBS | frozenset(closed_class("relative_word") + closed_class("wh_word"))
                                         | {"must"}, key=len, reverse=True)) + ")"
_CLAUSE_WORDS = CLAUSE_OPENERS | PRONOUNS | DETERMINERS | RELATIVE_VERBS
# Object pronouns are addressees, never a clause's subject ("warned him could …" is no English).
_OBJECT_WORDS = frozenset(closed_class("object_word"))
# The addressee of "told": a name, a determined noun or one word ("told the United Nations").
_ADDRESSEE_RE = re.compile(rf"""
    \s+ (?: (?: the \s+ )? {CAP_SEQ}
         | (?: the | a | an | his | her | their | its ) \s+ [a-z]+
           (?: \s+ (?! {_CLAUSE_FIRST} \b ) [a-z]+ )?          # a second noun ("the grand jury"), not the clause's first word
         | [a-z]+ )
""", re.VERBOSE)
# A bare plural addressee with one modifier ("told federal agents he …", "told local reporters
# the plan …"): the modifier ends in no "s" (not "told reporters officials would …"), and the
# head must name people (`people_plural`).
_GROUP_ADDRESSEE_RE = re.compile(r"\s+ ([a-z][a-z\-]*[a-rt-z]) \s+ ([a-z]+s) (?=\s)", re.VERBOSE)
_THAT_NEXT_RE = re.compile(r"\s+ that \s+", re.VERBOSE)
# A modal or auxiliary right after a noun phrase: the verb of the clause that noun phrase opens.
_FINITE_NEXT_RE = re.compile(r"\s+ (?: " + "|".join(sorted(RELATIVE_VERBS | {"must"})) + r" ) \s", re.VERBOSE)


def nominal_owns_that(window: str, end: int) -> bool:
    """Whether a nominal cue with its "by"/"from" agent among the adjunct words before "that" owns
    the clause: in "responded to explosive accusations by a lawyer … that the investigators …"
    the clause is the accusations' content (`nominal`), not the response's ("said in a
    statement that" is the saying's)."""
    nouns = nominal_cues()
    words = window[:end].split()
    return any(word.lower() in nouns and after in ("by", "from") for word, after in zip(words, words[1:]))


def after_addressee(window: str, has_that: bool) -> tuple[int, bool] | None:
    """After a cue of frame tell: (offset, True) where its clause starts past the addressee and
    "that" ("told Sens. Dick Durbin, of Illinois, and …, that …", "told the court that"), or at
    a would-be addressee that a finite verb follows ("Experts warn the virus could spread": it
    is the clause's subject); (offset past the addressee, False) to look on; None without one."""
    listed = _LISTED_ADDRESSEES_RE.match(window[:160]) if has_that else None
    if listed and not find_cues(listed.group()) and not SUBORDINATING_THAT_RE.search(listed.group()):
        return listed.end(), True
    group = _GROUP_ADDRESSEE_RE.match(window)
    recipient = group if group and people_plural(group.group(2)) and group.group(1) not in STOP and group.group(1) not in _CLAUSE_WORDS else _ADDRESSEE_RE.match(window)
    if not recipient:
        return None
    if recipient.group().split()[0].lower() not in _OBJECT_WORDS and _FINITE_NEXT_RE.match(window, recipient.end()):
        return skip_space(window, 0), True
    that = _THAT_NEXT_RE.match(window, recipient.end()) if has_that else None
    return (that.end(), True) if that else (recipient.end(), False)
