"""Nominal reports: a nominal cue with its owner and content clause.

"David Axelrod's comment on Sunday that House Republicans are …", "his claim that …", "a claim
by an Obama aide earlier Thursday that …" (PARC 3.0's nominal cues, Pareti 2015; the agent
phrase of a deverbal noun names its speaker as a possessor does, Quirk et al. 1985, 17.51).
"""

from __future__ import annotations

import re

from .context import Context, Covered, Statement, trim_end, word_count
from .cues import nominal_re, nouns_before_that
from .lexicons import nominal_cues, reporting_cues
from .names import Speaker, is_speaker
from .patterns import CLAUSE_OPENERS, PLAIN_WORD_RE, RELATIVE_VERBS, WEEKDAYS
from .phrases import speaker_after, speaker_before


# A preposition or coordinator among the words before a nominal cue: they belong to another
# noun ("their probe into allegations that").
_NOT_PRENOMINAL_RE = re.compile(r"""
    \b (?: into | of | on | in | at | about | over | for | to | with | by | from | against | behind
         | and | or ) \s
""", re.VERBOSE)

# A nominal cue with its owner in a "by"/"from" phrase, then its content clause: "a claim by
# an Obama aide earlier Thursday that …", "charges from Republicans that …" (the agent phrase
# of a deverbal noun names its speaker as a possessor does; Quirk et al. 1985, 17.51).
_NOMINAL_AGENT_RE = re.compile(rf"""
    \s+ (?: by | from ) \s+
    (?P<agent> [^.;:,“”\"]{{2,60}}? )                                   # the speaker phrase
    (?: \s+ (?: on | in | at | last | this | earlier | late | early ) \s+
        (?: [\w\-]+ \s+ ){{0,1}}?
        (?: {WEEKDAYS} | week | month | year | morning | night | day | [A-Z][a-z]+ ) )?   # "earlier Thursday"
    \s+ that \s+
""", re.VERBOSE)


def _relative_clause_follows(word: str) -> bool:
    """Whether the word after a nominal cue's "that" is the verb of a relative clause on the
    noun, not the start of its content: "the claims by the firm that were rejected", "his
    remarks that was circulated"."""
    return word.islower() and word not in CLAUSE_OPENERS and (word in RELATIVE_VERBS or word.endswith(("ed", "s")))


def _possessor_owns_another_noun(match: re.Match[str]) -> bool:
    """Whether a preposition among the words between a possessor and a nominal cue gives the
    possessor another noun: in "their probe into allegations that …" they own the probe, and
    the allegations are nobody's statement."""
    return bool(match.group("modifiers")) and bool(_NOT_PRENOMINAL_RE.search(match.group("modifiers")))


def _nominal_agent_statement(ctx: Context, noun: re.Match[str], agent: re.Match[str]) -> Statement | None:
    """The reported statement of a nominal cue whose speaker follows it after "by"/"from" (see
    ``_NOMINAL_AGENT_RE``), or None when the agent is no speaker phrase or the clause is short."""
    text = ctx.text
    previous = text[max(0, noun.start() - 12):noun.start()].split()
    determined = bool(previous) and previous[-1].lower() in ("a", "an", "the", "these", "those", "repeated", "new", "recent")
    if not determined and not (noun.group().endswith("s") and previous and previous[-1].islower() and previous[-1].endswith("ed")) \
            and noun.group().lower() in reporting_cues():
        # Only a determined noun ("a claim by", "the charges from") or a bare plural object of
        # a past verb ("rejected charges from"), not a verb ("to claim by", "he claims"); a
        # noun that is no verb form needs neither ("explosive accusations by a lawyer … that").
        return None
    speaker = speaker_after(text, agent.start("agent") - 1, agent.end("agent"), bare=True)
    if speaker is None or speaker.end != agent.end("agent") or not is_speaker(speaker.text.split()):
        return None
    index = ctx.sentence_of(noun.start())
    p_start, p_end = ctx.paragraph_of(noun.start())
    s_end = min(ctx.sentence_ends[index], p_end)
    following = PLAIN_WORD_RE.match(text, agent.end(), s_end)
    word = following.group() if following else ""
    if _relative_clause_follows(word):
        return None
    end = trim_end(text, agent.end(), s_end)
    if word_count(text, agent.end(), end) < 3:
        return None
    info = nominal_cues()[noun.group().lower()]
    return Statement("reported", speaker, noun.group(), noun.start(), agent.end(), end, info.lemma, info.stance)


def nominal_statements(ctx: Context, taken: list[tuple[int, int]]) -> list[Statement]:
    """Nominal reports: "David Axelrod's comment on Sunday that House Republicans are …"."""
    text = ctx.text
    found = []
    covered = Covered(taken)
    pattern = nominal_re()
    seen = -1
    for noun in nouns_before_that(text):
        match = pattern.search(text, max(0, noun.start() - 60), min(len(text), noun.end() + 80))
        if match is None or match.start() <= seen or match.start("noun") != noun.start():
            agent = _NOMINAL_AGENT_RE.match(text, noun.end(), min(len(text), noun.end() + 100))
            if agent is not None and noun.start() > seen and not ctx.inside_quote(noun.start()) \
                    and not covered.holds(noun.start()):
                statement = _nominal_agent_statement(ctx, noun, agent)
                if statement is not None:
                    seen = noun.start()
                    found.append(statement)
            continue
        if _possessor_owns_another_noun(match):
            continue
        seen = match.start()
        if ctx.inside_quote(match.start("noun")) or covered.holds(match.start()):
            continue
        index = ctx.sentence_of(match.start())
        p_start, p_end = ctx.paragraph_of(match.start())
        s_start, s_end = max(ctx.sentence_starts[index], p_start), min(ctx.sentence_ends[index], p_end)
        if match.group("pronoun"):
            speaker = Speaker(match.group("pronoun"), match.start("pronoun"), match.end("pronoun"))
        else:
            speaker = speaker_before(text, s_start, match.start("possessive"), modifiers=False)
        if speaker is None:
            continue
        info = nominal_cues()[match.group("noun").lower()]
        following = PLAIN_WORD_RE.match(text, match.end(), s_end)
        word = following.group() if following else ""
        if _relative_clause_follows(word):
            continue
        end = trim_end(text, match.end(), s_end)
        if word_count(text, match.end(), end) >= 3:
            found.append(Statement("reported", speaker, match.group("noun"), match.start("noun"), match.end(), end, info.lemma, info.stance))
    return found
