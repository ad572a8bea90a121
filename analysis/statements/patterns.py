"""Closed-class word sets and regex fragments shared by several steps of the statements table.

Titles, calendar words, determiners, pronouns, stop words (read from
`lexicons/closed_class.csv`, where each list lives once) and the name pattern (`CAP_SEQ`)
that the cue, speaker-phrase, statement and resolution modules all use. Compiled patterns are
written with re.VERBOSE (named, commented, built from the lists); the fragments that other
patterns embed (`TITLE`, `CAP_SEQ`, the ``|``-joined lists) are compact strings, valid in a
pattern with or without re.VERBOSE.
"""

from __future__ import annotations

import re

from ..name_words import name_connectors, titles_for
from .lexicons import closed_class, cue_lemmas

# A title before a name, in the order of `closed_class.csv` ("Sen.", "President"); a fragment.
TITLE = r"(?:" + "|".join(title.bare for title in titles_for("statements")) + r")\.?"


# One capitalised word of a name. (A fragment: compact, so that it fits patterns with and
# without re.VERBOSE; the commented pieces concatenate to one string.)
_CAP = (
    r"(?:[A-Z]\.(?:[A-Z]\.)+"            # initials: "U.S.", "J.D."
    r"|[A-Z][a-z]{0,3}\.(?=\s+[A-Z])"    # an abbreviation before a name: "Gov. Perry", "St. Louis"
    r"|[A-Z](?:[\w\-]|['’](?!s\b))*"     # a capitalised word, without its possessive 's
    r"(?:\.(?:org|com|gov|net)\b)?)"     # a web domain is one name: "FactCheck.org"
)


NAME_PARTICLES = "|".join(name_connectors("statements"))


# A name: up to six capitalised words, a particle between them ("Bank of America").
CAP_SEQ = rf"{_CAP}(?:\s+(?:(?:{NAME_PARTICLES})\s+)?{_CAP}){{0,5}}"


QUANTIFIERS = "|".join(closed_class("quantifier"))


PRONOUNS = frozenset(closed_class("pronoun"))


PERSON_PRONOUNS = frozenset(closed_class("person_pronoun"))


# The subject pronouns as a regex alternation, "I" written as it always is.
SUBJECT_PRONOUNS = "|".join("I" if word == "i" else word for word in closed_class("pronoun"))


QUANTIFIER_WORDS = frozenset(QUANTIFIERS.split("|"))


# Words that end a speaker phrase when walking back from a cue.
STOP = frozenset(closed_class("stop"))


# (Focus adverbs too: "only two candidates said", "even though crime data shows".)
LEADING_DROP = frozenset(closed_class("leading_drop"))


DETERMINERS = frozenset(closed_class("determiner"))


ROLE_NOUNS = frozenset(closed_class("role_noun"))


# A capitalised sentence adverb by its ending ("Specifically", "Additionally", "Dishonestly",
# "Explicitly"), which no name has ("Connally", "Kelly", "Beverly" end otherwise): no speaker.
ADVERB_WORD_RE = re.compile(r"""[A-Z][a-z]{2,}
    (?: ically | ually | ially | ionally | estly | ently | antly | ously | ively | edly | ately
      | itly | ibly | ably | ingly | ctly | fully | essly )""", re.VERBOSE)


# Nouns in -ly, which no test for an adverb in -ly may take ("the family said", "the assembly voted").
LY_NOUNS = frozenset(closed_class("ly_noun"))


# Words that can open a reported clause without "that" ("told the UN it would ...").
CLAUSE_OPENERS = frozenset(closed_class("clause_opener"))


# Openings of a sentence that precede its subject ("In an e-mail, Mary Cheney declined …").
PREFIX_WORDS = frozenset(closed_class("prefix_word"))  # (prepositions that open a fronted adjunct: "Prior to the declaration, Pelosi …", "Amid the …")


WEEKDAYS = "|".join(closed_class("weekday"))
MONTHS = "|".join(closed_class("month"))


DAY_PARTS = "|".join(closed_class("day_part"))
MEDIA = "|".join(closed_class("medium"))
PLATFORMS = "|".join(w.replace(" ", r"\s+") for w in closed_class("platform"))


# A weekday as a time adjunct: "on Tuesday", "Tuesday morning" (after a cue, `ADJUNCT`; ending a
# subject phrase, `subjects`).
WEEKDAY_TIME = rf"(?:on\s+)?(?:{WEEKDAYS})(?:\s+(?:{DAY_PARTS}))?"


# Time and manner adjuncts between a cue and a clause ("said last week the letters …").
ADJUNCT = re.compile(
    rf"""\s+(?:
        {WEEKDAY_TIME}                                          # "on Tuesday", "Tuesday morning"
      | yesterday | today | tonight
      | (?:in|on|since|during)\s+(?:early\s+|late\s+|mid-)?   # "in early March", "since 2019",
        (?:{MONTHS}|\d{{4}}\b)(?:\s+\d{{1,2}}\b)?(?:,?\s+\d{{4}}\b)?  # "on March 3, 2020"
      | (?:last|this|next|earlier|late|early)\s+               # "last week", "this Tuesday"
        (?:week|month|year|night|morning|afternoon|evening|weekend|{WEEKDAYS})
      | earlier | later
      | [a-z]+ly                                                # "said repeatedly", "said bluntly"
      | (?:in|on|during|at)\s+(?:a|an|the|his|her|their|its)\s+  # "in a statement",
        (?:[\w'’\-]+\s+){{0,2}}?(?:{MEDIA})                    # "on his weekly radio show"
      | on\s+(?:[A-Z][\w.&\-]*\s+){{0,2}}?(?:[A-Z][\w.&\-]*['’]s\s+)?  # "said on CNN's “State of the Union”",
        [“"][A-Z][^”"\n]{{1,40}}[”"]                             # "said on “Fox News Sunday” the president …"
      | (?:on|via)\s+(?:{PLATFORMS})\b                          # "said on Twitter he would"
    )""",
    re.VERBOSE,
)


TITLE_WORD_RE = re.compile(rf"""{TITLE}$   # a word that is a title ("Sen.", "President")""", re.VERBOSE)


# "that" opening a content clause, past a short parenthetical ("said, in a statement, that").
THAT_RE = re.compile(
    r"""\s*
        (?:,[^,.;]{1,30},)?   # a parenthetical between commas
        \s*that\s+""",
    re.VERBOSE,
)


WORD_RE = re.compile(r"""[\w'’\-]+   # a word with its apostrophes and hyphens ("Sheikh's", "so-called")""", re.VERBOSE)


PLAIN_WORD_RE = re.compile(r"""[\w'’]+   # a word, split at hyphens""", re.VERBOSE)


THAT_WORD_RE = re.compile(r"""\bthat\b""", re.VERBOSE)


# Page furniture before a colon: "Related: “…”", "Read more: “…”" are links, not interviews.
NOT_LABELS = frozenset(closed_class("not_label"))


# Capitalised words that never speak ("on Tuesday said" must not make Tuesday a speaker).
NOT_SPEAKERS = frozenset(w.lower() for w in closed_class("weekday") + closed_class("month") + closed_class("not_speaker"))


NOT_NAME_WORDS = frozenset(closed_class("not_name_word"))


# A passive "be" before an addressee cue: in "he was told that …" he is the addressee.
PASSIVE_BE_RE = re.compile(
    r"""(?:
        \b(?:was|were|been|being|is|are|be)
      | ['’](?:m|re)           # contracted: "I’m told", "we’re reminded"
    )\s*$""",
    re.VERBOSE,
)


# What may follow an attribution before a participle that continues it: a comma, after at most
# a short time or place adjunct ("said on Tuesday,", "told CNN in an interview,").
ATTRIBUTION_TAIL_RE = re.compile(
    rf"""(?:[ \t]+                # "on Tuesday", "in an interview", "last week"
        (?:on|in|at|during|to|last|this|late|early|earlier|later|{WEEKDAYS}|yesterday|today)\b
        [^,.;:“”"]{{0,40}}     # the rest of the adjunct, within the clause
    )?
    [ \t]*,[ \t]*""",
    re.VERBOSE,
)


POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}

# A possessive ending on a word or name: "Trump's", "Krauthammer’s", "Mr. Sanders’s".
POSSESSIVE_END_RE = re.compile(r"""['’]s $""", re.VERBOSE)


# Honorifics and the gender they give ("Mrs." a woman).
HONORIFIC_GENDERS = {word: "male" for word in closed_class("male_honorific")} | {word: "female" for word in closed_class("female_honorific")}


HONORIFIC_RE = re.compile(rf"""^(?:{"|".join(HONORIFIC_GENDERS)})\.?\s+   # "Mrs. ", "Mr " """, re.VERBOSE)


# Party words: capitalised, but they describe a person ("the Ohio Republican") rather than name one.
PARTY_WORDS = frozenset(closed_class("party_word"))


_NON_NAME_FIRST = frozenset(closed_class("non_name_first"))


# Capitalised words that are never part of a person's name, though a run of capitals can
# include them: sentence openers ("Both Lemon and …", "Now Trump …", "Indeed, …"), weekdays
# ("Saturday Kim Yo Jong said"), and photo furniture ("Hide Caption").
NOT_NAME_PARTS = _NON_NAME_FIRST | frozenset(closed_class("not_name_part"))


# Auxiliaries and modals: the finite verb that follows a relative pronoun or a subject.
RELATIVE_VERBS = frozenset(closed_class("relative_verb"))
# Irregular past forms ("told", "written", "put"): with the regular "-ed", the past tense and
# past participle; the set for look-ups, the alternation (in the file's order) for patterns.
IRREGULAR_PASTS = frozenset(closed_class("irregular_past"))
IRREGULAR_PAST_ALTERNATION = "|".join(closed_class("irregular_past"))

# Determiners of plural nouns ("all", "several", "many"), and prepositions that take an object.
PLURAL_DETERMINERS = frozenset(closed_class("plural_determiner"))
OBJECT_PREPOSITIONS = frozenset(closed_class("object_preposition"))

# Verbs of naming (column naming of lexicons/reporting_verbs.csv: "called it a hoax").
NAMING_LEMMAS = cue_lemmas("naming")


# A time adjunct opening a speaker phrase: "(On) Thursday Attorney General Jeff Sessions", "(Earlier)
# this month Sen. Cory Booker", "three days ago Mr Trump", "January last year Trump adviser …" (a
# month only with a day or year after it: "June Davis" is a name).
LEADING_TIME_RE = re.compile(rf"""
    (?: (?: {WEEKDAYS} ) (?: \s+ (?: {DAY_PARTS} ) )?
      | (?: {MONTHS} ) \s+ (?: \d{{1,2}} | (?:last|this|next) \s+ year )
      | (?i: this | last | next | that | early | late ) \s+ (?: week | month | year | weekend | morning | afternoon | evening | night )
      | (?: (?i: [a-z]+ ) \s+ )? (?: days? | weeks? | months? | years? | hours? ) \s+ (?: ago | later | earlier ) )
    \s+ (?= \S )
""", re.VERBOSE)
