"""Closed-class word sets and regex fragments shared by several steps of the statements table.

Titles, calendar words, determiners, pronouns, stop words (read from
`lexicons/closed_class.csv`, where each list lives once) and the name pattern (`CAP_SEQ`)
that the cue, speaker-phrase, statement and resolution modules all use.
"""

from __future__ import annotations

import re

from .lexicons import closed_class

TITLE = r"(?:" + "|".join(closed_class("title")) + r")\.?"


# (A web domain is one name: "FactCheck.org", "HealthCare.gov".)
_CAP = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.(?=\s+[A-Z])|[A-Z](?:[\w\-]|['’](?!s\b))*(?:\.(?:org|com|gov|net)\b)?)"


NAME_PARTICLES = "|".join(closed_class("name_particle"))


CAP_SEQ = rf"{_CAP}(?:\s+(?:(?:{NAME_PARTICLES})\s+)?{_CAP}){{0,5}}"


QUANTIFIERS = "|".join(closed_class("quantifier"))


PRONOUNS = frozenset(closed_class("pronoun"))


PERSON_PRONOUNS = frozenset(closed_class("person_pronoun"))


QUANTIFIER_WORDS = frozenset(QUANTIFIERS.split("|"))


# Words that end a speaker phrase when walking back from a cue.
STOP = frozenset(closed_class("stop"))


# (Focus adverbs too: "only two candidates said", "even though crime data shows".)
LEADING_DROP = frozenset(closed_class("leading_drop"))


DETERMINERS = frozenset(closed_class("determiner"))


ROLE_NOUNS = frozenset(closed_class("role_noun"))


# Words that can open a reported clause without "that" ("told the UN it would ...").
CLAUSE_OPENERS = frozenset(closed_class("clause_opener"))


# Openings of a sentence that precede its subject ("In an e-mail, Mary Cheney declined …").
PREFIX_WORDS = frozenset(closed_class("prefix_word"))  # (prepositions that open a fronted adjunct: "Prior to the declaration, Pelosi …", "Amid the …")


WEEKDAYS = "|".join(closed_class("weekday"))
MONTHS = "|".join(closed_class("month"))


# Time and manner adjuncts between a cue and a clause ("said last week the letters …").
ADJUNCT = re.compile(
    rf"\s+(?:(?:on\s+)?(?:{WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|"
    rf"(?:in|on|since|during)\s+(?:early\s+|late\s+|mid-)?(?:{MONTHS}|"
    r"\d{4}\b)(?:\s+\d{1,2}\b)?(?:,?\s+\d{4}\b)?|"
    r"(?:last|this|next|earlier|late|early)\s+(?:week|month|year|night|morning|afternoon|evening|"
    rf"weekend|{WEEKDAYS})|earlier|later|[a-z]+ly|"
    r"(?:in|on|during|at)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’\-]+\s+){0,2}?(?:statement|"
    r"interview|e-mail|email|letter|speech|post|tweet|call|conference|briefing|show|program|"
    r"programme|broadcast|hearing|release|video|message|op-ed|appearance|meeting|rally))"
)


TITLE_WORD_RE = re.compile(TITLE + r"$")


THAT_RE = re.compile(r"\s*(?:,[^,.;]{1,30},)?\s*that\s+")


WORD_RE = re.compile(r"[\w'’\-]+")


PLAIN_WORD_RE = re.compile(r"[\w'’]+")


THAT_WORD_RE = re.compile(r"\bthat\b")


# Page furniture before a colon: "Related: “…”", "Read more: “…”" are links, not interviews.
NOT_LABELS = frozenset(closed_class("not_label"))


# Capitalised words that never speak ("on Tuesday said" must not make Tuesday a speaker).
NOT_SPEAKERS = frozenset(w.lower() for w in closed_class("weekday") + closed_class("month") + closed_class("not_speaker"))


NOT_NAME_WORDS = frozenset(closed_class("not_name_word"))


# A passive "be" before an addressee cue: in "he was told that …" he is the addressee.
PASSIVE_BE_RE = re.compile(r"(?:\b(?:was|were|been|being|is|are|be)|['’](?:m|re))\s*$")  # (contracted: "I’m told", "we’re reminded")


# What may follow an attribution before a participle that continues it: a comma, after at most
# a short time or place adjunct ("said on Tuesday,", "told CNN in an interview,").
ATTRIBUTION_TAIL_RE = re.compile(rf"(?:[ \t]+(?:on|in|at|during|to|last|this|late|early|earlier|later|{WEEKDAYS}|yesterday|today)\b[^,.;:“”\"]{{0,40}})?[ \t]*,[ \t]*")


POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}


# Honorifics and the gender they give ("Mrs." a woman).
HONORIFIC_GENDERS = {word: "male" for word in closed_class("male_honorific")} | {word: "female" for word in closed_class("female_honorific")}


HONORIFIC_RE = re.compile(r"^(?:" + "|".join(HONORIFIC_GENDERS) + r")\.?\s+")


# Party words: capitalised, but they describe a person ("the Ohio Republican") rather than name one.
PARTY_WORDS = frozenset(closed_class("party_word"))


_NON_NAME_FIRST = frozenset(closed_class("non_name_first"))


# Capitalised words that are never part of a person's name, though a run of capitals can
# include them: sentence openers ("Both Lemon and …", "Now Trump …", "Indeed, …"), weekdays
# ("Saturday Kim Yo Jong said"), and photo furniture ("Hide Caption").
NOT_NAME_PARTS = _NON_NAME_FIRST | frozenset(closed_class("not_name_part"))


# Auxiliaries and modals: the finite verb that follows a relative pronoun or a subject.
RELATIVE_VERBS = frozenset(closed_class("relative_verb"))
