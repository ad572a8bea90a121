"""Closed-class word sets and regex fragments shared by several steps of the statements table.

Titles, determiners, pronouns, stop words and the name pattern (`CAP_SEQ`) that the cue,
speaker-phrase, statement and resolution modules all use; a word set used by one module only
lives in that module.
"""

from __future__ import annotations

import re

TITLE = (
    r"(?:Mr|Mrs|Ms|Dr|Prof|Adm|Gen|Lt|Col|Maj|Capt|Cmdr|Sgt|Sen|Rep|Gov|Amb|Sec|Rev|Brig|Vice|"
    r"Rear|President|Secretary|Senator|Representative|Governor|Ambassador|Minister|Judge|Justice|"
    r"Chairman|Speaker|Prime|Foreign|Defense|Defence|Deputy)\.?"
)


# (A web domain is one name: "FactCheck.org", "HealthCare.gov".)
_CAP = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.(?=\s+[A-Z])|[A-Z](?:[\w\-]|['’](?!s\b))*(?:\.(?:org|com|gov|net)\b)?)"


CAP_SEQ = rf"{_CAP}(?:\s+(?:(?:of|de|da|van|von|bin|al|el|la|le|for|on)\s+)?{_CAP}){{0,5}}"


QUANTIFIERS = "other|others|some|many|most|several|few|both|all|another"


PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}


PERSON_PRONOUNS = {"he", "she", "i", "you"}


QUANTIFIER_WORDS = frozenset(QUANTIFIERS.split("|"))


# Words that end a speaker phrase when walking back from a cue.
STOP = frozenset(
    """that which who whom whose and but or nor because when while if since after before than as
    is was were are be been being will would could should can may might must has have had not
    said says told added do does did also to in on at by with from for into about over under
    during without against upon it's there where what how why so yet then""".split()
)


# (Focus adverbs too: "only two candidates said", "even though crime data shows".)
LEADING_DROP = frozenset("but and so however yet meanwhile still then now instead also thus indeed even only until unless".split())


DETERMINERS = frozenset("the a an one two three several some many most other another his her their its our".split())


ROLE_NOUNS = frozenset(
    """ambassador envoy minister secretary spokesman spokeswoman spokesperson director head chief
    president chairman chairwoman leader commander member members official officials adviser
    advisor aide representative senator governor mayor correspondent editor professor lawyer
    lawyers attorney attorneys counsel""".split()
)


# Words that can open a reported clause without "that" ("told the UN it would ...").
CLAUSE_OPENERS = frozenset(
    """it he she they we i you there this these those the a an its his her their our no some all
    any many most several such neither none nobody either both each every even perhaps probably
    maybe""".split()
)


# Openings of a sentence that precede its subject ("In an e-mail, Mary Cheney declined …").
PREFIX_WORDS = frozenset(
    """in on at after before during while since with without as for from by down up over under
    to earlier later meanwhile posting speaking writing asked when if although though despite
    according once about prior ahead amid amidst upon throughout among""".split()
)  # (prepositions that open a fronted adjunct: "Prior to the declaration, Pelosi …", "Amid the …")


WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"


# Time and manner adjuncts between a cue and a clause ("said last week the letters …").
ADJUNCT = re.compile(
    rf"\s+(?:(?:on\s+)?(?:{WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|"
    r"(?:in|on|since|during)\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|\d{4}\b)(?:\s+\d{1,2}\b)?(?:,?\s+\d{4}\b)?|"
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
NOT_LABELS = frozenset(
    """related read see also more watch listen photo photos video caption credit source sources
    title recommended trending update updated correction clarification editor's note topics tags""".split()
)


# Capitalised words that never speak ("on Tuesday said" must not make Tuesday a speaker).
NOT_SPEAKERS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today yesterday""".split()
)


NOT_NAME_WORDS = frozenset(
    """one two three four five six seven eight nine ten dozens hundreds thousands millions overall
    first second third finally still already advertisement""".split()
)


# A passive "be" before an addressee cue: in "he was told that …" he is the addressee.
PASSIVE_BE_RE = re.compile(r"(?:\b(?:was|were|been|being|is|are|be)|['’](?:m|re))\s*$")  # (contracted: "I’m told", "we’re reminded")


# What may follow an attribution before a participle that continues it: a comma, after at most
# a short time or place adjunct ("said on Tuesday,", "told CNN in an interview,").
ATTRIBUTION_TAIL_RE = re.compile(r"(?:[ \t]+(?:on|in|at|during|to|last|this|late|early|earlier|later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b[^,.;:“”\"]{0,40})?[ \t]*,[ \t]*")


POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}


HONORIFIC_RE = re.compile(r"^(?:Mr|Mrs|Ms|Miss)\.?\s+")


# Party words: capitalised, but they describe a person ("the Ohio Republican") rather than name one.
PARTY_WORDS = frozenset("Republican Republicans Democrat Democrats Independent Independents Libertarian".split())


_NON_NAME_FIRST = frozenset(
    """The A An But And So In On At For If As It He She They We This That These Those When While
    After Before Since Over Under During According Meanwhile However""".split()
)


# Capitalised words that are never part of a person's name, though a run of capitals can
# include them: sentence openers ("Both Lemon and …", "Now Trump …", "Indeed, …"), weekdays
# ("Saturday Kim Yo Jong said"), and photo furniture ("Hide Caption").
NOT_NAME_PARTS = _NON_NAME_FIRST | frozenset(
    """Both Many Most Some Several All Each Every Other Another Such Any No Neither Either Indeed
    Still Yet Now Then Also Even Only Just Like Unlike Among Despite Although Though Because Why
    What Where How Who Whom Whose Whether Once Instead Today Yesterday Tonight Last Next Earlier
    Later Here There From With By To Of Former Asked Told Hide Caption Photo Photos Image Images
    Getty Related Read Watch Video Advertisement Or Nor Not Perhaps Maybe Well Yes Thanks
    Rather Oh Ah Hey Wow Updated Enlarge Toggle Is Was Are Were Did Does Do Will Would Could Should
    Has Had Have Please Whatever Whenever Wherever Nonetheless Nevertheless Moreover Furthermore Additionally Given Share Tweet Email Print Comment Comments Copyright
    copyright caption First Second Third Fourth Fifth Finally Lastly Can Add Interest Story Continued Below Liberal Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday""".split()
)


# Auxiliaries and modals: the finite verb that follows a relative pronoun or a subject.
RELATIVE_VERBS = frozenset("was were is are has have had will would could can may might should did does do".split())
