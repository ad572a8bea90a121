"""Framing terms in context: whether a matched word is used in its framing sense, which way it leans, and whom it is about.

A lexicon word is not framing wherever it occurs: "demonstrate *that* …" boosts a claim but
"demonstrating restraint" does not (Hyland 2005: stance verbs boost or hedge only with a
complement clause); "may *be*" is an epistemic hedge but "the remains it could locate" is an
ability modal (Coates 1983, epistemic vs root modality); "a sheer cliff", "nuclear disaster" and
"the murder rate" are literal (Lakoff & Johnson 1980). Each lexicon row names the context it needs
in its ``context`` column (empty: none); `CONTEXT_CHECKS` maps each name to a small check over the
article's token pass. Polarity (`polarity`) comes from the lexicon row's ``polarity`` column, the
words around the term for intensifiers, and negation before it ("showed no restraint"). Targets
(`target`) are read off actor mention spans ``(start, end, name)`` from any source (topic actor
labels, speaker names, or discovered actors), by position: the mention a term is part of, the
actor a modifier stands before, the subject right before the wording; the caller falls back to the
article's main actor.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import read_csv, textblob_lexicon
from .schema import Polarity
from .segment import TITLES
from .name_words import titles_for
from .statements.lexicons import closed_class

# `Polarity` values as plain strings: the table keeps plain str values, and a plain str compares
# faster than the enum member in the per-term loop.
FAVOURABLE, UNFAVOURABLE = Polarity.FAVOURABLE.value, Polarity.UNFAVOURABLE.value
# Lexicon polarity value meaning "from the words around it" (intensifiers: "sheer incompetence").
FROM_CONTEXT = "context"
# Words that negate the term they stand right before ("no restraint", "not brutal", "never
# demonstrated"; Quirk et al. 1985 §10.54-10.66 on negators), past at most `NEGATION_WINDOW - 1`
# determiners or degree words ("not a brutal", "not very bold"): a negated verb further back
# ("does not fall into terrorist hands") does not negate the term. A word list in one place.
NEGATORS = frozenset({"no", "not", "never", "without", "nor", "neither", "lack", "lacked", "lacking", "hardly", "barely", "little"})
NEGATION_SKIP = frozenset({"a", "an", "the", "any", "very", "so", "too", "really", "much", "more", "particularly", "at", "all"})
NEGATION_WINDOW = 3
# A complement clause starts right after a stance verb ("show that", "prove to be", "establish
# whether"), at most one adverb or object pronoun between ("demonstrated clearly that").
# A subject pronoun right after the verb starts a complement clause without "that" ("suggested he
# would", "insisted they had"; Biber et al. 1999 §9.2.3 on that-omission after reporting verbs);
# "it" and "you" are left out because they are also objects ("showed it", "assured you"). Only
# right after the verb: the token pass has no punctuation, so a pronoun further on may open the
# next sentence ("proving difficult. They …").
COMPLEMENT_STARTS = frozenset({"that", "how", "whether", "what", "why", "to", "beyond"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
COMPLEMENT_WINDOW = 2
# An epistemic modal is followed by a stative verb ("may be", "could have", "might well be",
# "may not be"); a modal before a dynamic verb ("could locate", "may leave") is root modality
# (ability, permission) in news prose (Coates 1983 ch. 6; Biber et al. 1999 §6.6.1).
EPISTEMIC_NEXT = frozenset({"be", "have", "been", "seem", "appear", "prove", "turn"})
EPISTEMIC_SKIP = frozenset({"not", "well", "also", "still", "even", "n't"})
# "must be" + a participle is obligation, not inference ("must be stopped", "must be held
# accountable"; Coates 1983 §3.2 on deontic MUST in the passive); "must be true", "must have known"
# are epistemic. A participle: a word ending in -ed, or one of these irregular ones. A word list in one place.
IRREGULAR_PARTICIPLES = frozenset({
    "done", "made", "held", "given", "taken", "seen", "known", "brought", "shown", "kept", "paid", "met", "put",
    "set", "told", "sent", "built", "spent", "won", "found", "heard", "left", "led", "read", "run", "sold",
    "thrown", "driven", "drawn", "chosen", "broken", "spoken", "written", "forgotten", "forgiven", "beaten",
    "undone", "overcome", "withdrawn", "struck", "fought", "sought", "taught", "caught", "bought", "thought",
})
# A certainty adjective boosts a claim in predicative use ("it is clear that", "I'm sure", "certain
# to pass"; Hyland 2005 appendix), not as a determiner or in an idiom ("a certain number", "make
# sure", "clear the way"): a form of be / a linking verb stands within two words before it (past
# degree words), or a complement starts right after it. Word lists in one place.
LINKING_WORDS = frozenset({
    "be", "is", "was", "were", "are", "am", "been", "being", "'s", "’s", "'re", "'m", "i'm", "i’m", "it's", "it’s",
    "he's", "he’s", "she's", "she’s", "that's", "that’s", "we're", "we’re", "they're", "they’re", "you're",
    "you’re", "there's", "seem", "seems", "seemed", "feel", "feels", "felt", "remain", "remains", "remained",
    "appear", "appears", "appeared", "become", "became", "becomes", "looks", "looked", "sounds", "sounded",
})
DEGREE_WORDS = frozenset({"not", "so", "very", "quite", "fairly", "almost", "pretty", "absolutely", "less", "more", "too", "all", "now", "also", "increasingly", "abundantly", "perfectly", "entirely", "n't"})
PREDICATIVE_COMPLEMENTS = frozenset({"that", "to", "of", "about", "whether", "how", "what", "who", "why", "enough"})
# The literal cue that stands for any numeral ("200 murders"); other cues written "#CLASS" name a
# class of words in lexicons/cue_classes.csv.
NUMBER_CUE = "#number"
# How far (in tokens) from a figurative-sense word its literal cue may stand (literal_uses.csv).
LITERAL_WINDOW = 2
# The sides a literal cue of literal_uses.csv may stand on: within `LITERAL_WINDOW` words before or
# after the term, or right before it (a determiner or auxiliary whose reach is one word).
LITERAL_SIDES = ("before", "after", "right_before", "object")
# A cue of side ``object`` is the head of the term's object noun phrase: it may stand past a
# determiner and up to two modifiers, within this many words after the term ("violated any IRS
# rules", "violated its scientific integrity rules"; Quirk et al. 1985 §17.2 on the noun phrase's
# premodifiers). Only for cues that name a thing the verb acts on, not for adjacent-word cues, which
# at that distance hit other phrases ("it's striking to see a Supreme Court nominee").
OBJECT_WINDOW = 4
# A modifier's noun stands within this many tokens after it ("brutal Hamas"). With the discovered
# actors as candidates (many more mentions than a topic's labels), an actor two or three words
# after an adjective was its target in 8 of 23 BASIL 2010-2015 tuning spans, and the subject or the
# main actor did better: at 0, 0.635 of the found spans' targets agree there, at 3, 0.608.
MODIFIED_NOUN_WINDOW = 0
# The subject of the wording stands within this many tokens before it, negators and determiners
# not counted ("Hamas brutally murdered", "Hamas showed no restraint"). Farther actors of the sentence were worse targets than the
# article's main actor on the BASIL 2010-2015 tuning triplets (0.481 vs 0.508 of found spans).
SUBJECT_WINDOW = 2
# Determiners that may open the noun phrase of a mention: between a preposition and the noun phrase
# it governs ("in the Senate", "for his party"), or a verb and its object ("praised the senator").
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those"})
# A relative pronoun between the mention and the wording makes the mention its subject again
# ("a rebuke for senators who complained": the senators complained).
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
# Marks that end a clause, so the phrase before them is no appositive of the mention after; a dash
# or bracket opens an aside of its own ("an attack on Ryan -- who stood against a barrage of Biden
# grins, guffaws": Biden is no appositive of Ryan).
APPOSITIVE_BREAKS = (".", ";", ":", "\"", "“", "”", "--", "—", "–", "(", ")")
# A comma followed by a coordinator joins items of a list, not an appositive to its noun phrase
# ("conservative analysts, and Democratic officeholders, including …": the officeholders are not
# the analysts; Quirk et al. 1985 §17.65 vs §13.2 on coordination).
_LIST_COMMA = re.compile(r",\s*(?:and|or|nor|but)\b")
_WORDS_AND_SPACES = re.compile(r"[\w\s]*")
_NUMBER = re.compile(r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands")


@dataclass(slots=True)
class Window:
    """The tokens of one sentence around a match: ``keys[first:last]`` is the term, and
    ``keys[low:high]`` the sentence it stands in (the token pass has no punctuation, so the words
    of the next sentence would otherwise read as the term's object: "more polished. The …").
    Not frozen: one is built for every loaded or context-checked match, and a frozen dataclass's
    construction (``object.__setattr__`` per field) was about a twentieth of the framing step."""

    keys: Sequence[str]
    first: int
    last: int
    lemma: str
    low: int = 0
    high: int | None = None

    def before(self, n: int) -> Sequence[str]:
        """Up to ``n`` keys before the term, inside its sentence."""
        return self.keys[max(self.first - n, self.low, 0) : self.first]

    def after(self, n: int) -> Sequence[str]:
        """Up to ``n`` keys after the term, inside its sentence."""
        stop = self.last + n if self.high is None else min(self.last + n, self.high)
        return self.keys[self.last : stop]


def has_complement_clause(window: Window) -> bool:
    """True when a complement clause follows the stance verb ("demonstrate that", "proved to be",
    "insisted he had"): one of `COMPLEMENT_STARTS` within `COMPLEMENT_WINDOW` words, or one of
    `SUBJECT_PRONOUNS` right after it."""
    following = window.after(COMPLEMENT_WINDOW)
    return bool(following) and following[0] in SUBJECT_PRONOUNS or any(key in COMPLEMENT_STARTS for key in following)


def is_epistemic_modal(window: Window) -> bool:
    """True when the modal is followed (past 'not', 'well') by a stative verb: "may be", "could have".

    Negated "could" is inability ("could not be reached"), root modality (Coates 1983 §6.2).
    """
    following = window.after(4)
    if window.lemma == "could" and following and (following[0] == "not" or following[0].endswith("n't")):
        return False
    for position, key in enumerate(following):
        if key in EPISTEMIC_SKIP:
            continue
        if window.lemma == "must" and key == "be" and _is_participle(following[position + 1 : position + 2]):
            return False  # deontic: "must be stopped"
        return key in EPISTEMIC_NEXT
    return False


def _is_participle(keys: Sequence[str]) -> bool:
    """True when the (one) key is a past participle: ends in -ed or is in `IRREGULAR_PARTICIPLES`."""
    return bool(keys) and (keys[0].endswith("ed") or keys[0] in IRREGULAR_PARTICIPLES)


def is_predicative(window: Window) -> bool:
    """True when a certainty adjective is used predicatively: "it is clear", "I'm not sure", "sure that".

    Past `DEGREE_WORDS`, one of `LINKING_WORDS` must stand within two words before it, or one of
    `PREDICATIVE_COMPLEMENTS` right after it; "a certain number", "make sure" and "clear the way"
    are no boosters.
    """
    if any(key in PREDICATIVE_COMPLEMENTS for key in window.after(1)):
        return True
    words = [key for key in window.before(4) if key not in DEGREE_WORDS][-2:]
    return any(key in LINKING_WORDS for key in words)


@lru_cache(maxsize=1)
def cue_classes() -> dict[str, frozenset[str]]:
    """Class name -> its words (``lexicons/cue_classes.csv``): a literal cue ``#natural_force``
    stands for every weather, fire or earth event ("storm", "hurricane", "quake")."""
    classes: dict[str, set[str]] = {}
    for row in read_csv("analysis.lexicons", "cue_classes.csv"):
        classes.setdefault(row["class"], set()).add(row["word"])
    return {name: frozenset(words) for name, words in classes.items()}


@lru_cache(maxsize=1)
def literal_cues() -> dict[str, tuple[frozenset[str], ...]]:
    """Lemma -> (cues before it, cues after it, cues right before it, object heads after it) of its
    literal or neutral uses (``lexicons/literal_uses.csv``, sides ``before``, ``after``,
    ``right_before`` and ``object``)."""
    classes = cue_classes()
    cues: dict[str, tuple[set[str], ...]] = {}
    for row in read_csv("analysis.lexicons", "literal_uses.csv"):
        if row["side"] not in LITERAL_SIDES:
            raise ValueError(f"literal_uses.csv: side {row['side']!r} of {row['term']!r} is not one of {', '.join(LITERAL_SIDES)}")
        cue = row["cue"]
        names_class = cue.startswith("#") and cue != NUMBER_CUE  # "#natural_force"; "#number" is matched as a numeral
        if names_class and cue[1:] not in classes:
            raise ValueError(f"literal_uses.csv: cue {cue!r} of {row['term']!r} is no class of cue_classes.csv ({', '.join(sorted(classes))}) nor {NUMBER_CUE}")
        sides = cues.setdefault(row["term"], tuple(set() for _ in LITERAL_SIDES))
        sides[LITERAL_SIDES.index(row["side"])].update(classes[cue[1:]] if names_class else (cue,))
    return {term: tuple(frozenset(side) for side in sides) for term, sides in cues.items()}


def is_figurative(window: Window) -> bool:
    """False when a literal cue stands next to the word ("nuclear disaster", "sheer cliff", "200
    murders"), a cue of side ``right_before`` right before it ("the alleged", "are alleged"), or an
    object head within `OBJECT_WINDOW` words after it ("violated any IRS rules")."""
    before, after, right_before, objects = literal_cues().get(window.lemma, _NO_CUES)
    near_before = window.before(LITERAL_WINDOW)
    if near_before and near_before[-1] in right_before:
        return False
    if any(key in before for key in near_before):
        return False
    if NUMBER_CUE in before and any(_NUMBER.fullmatch(key) for key in near_before):
        return False
    if objects and object_head_cue(window.after(OBJECT_WINDOW), objects):
        return False
    return not any(key in after for key in window.after(LITERAL_WINDOW))


_NO_CUES = (frozenset(),) * len(LITERAL_SIDES)


@lru_cache(maxsize=1)
def _noun_phrase_ends() -> frozenset[str]:
    """Words that end a noun phrase after a verb: the ``description_stop`` and ``object_preposition``
    classes of lexicons/closed_class.csv (prepositions, relatives, auxiliaries, coordinators)."""
    return frozenset(closed_class("description_stop")) | frozenset(closed_class("object_preposition"))


def object_head_cue(following: Sequence[str], heads: frozenset[str]) -> bool:
    """True when one of ``heads`` stands in the noun phrase that opens ``following``, before any
    word that ends it: "violated [any IRS rules]" and "violated [its scientific integrity rules]"
    name a rule; "violated the ceasefire in an act of …" does not reach "act"."""
    ends = _noun_phrase_ends()
    for key in following:
        if key in heads:
            return True
        if key in ends:
            return False
    return False


# What may stand between a sentence's end and its first word: spaces, quotation marks, brackets, dashes.
_SENTENCE_OPENERS = " \t\r\n\"'“‘«([—–-*•”’»)]"
_SENTENCE_ENDS = ".!?:;…\n"
_QUOTE_OPENERS = "\"“‘«"
# Abbreviated titles before a name (`analysis.segment.TITLES` and the rows of `lexicons/titles.csv`
# with use "framing", such as "Cong."): after one, a capitalised lexicon word is a first name
# ("Sen. Rob Portman"), not a sentence's first word.
NAME_TITLES = TITLES | {title.bare.lower() for title in titles_for("framing")}
NAME_LOOKBACK = 24  # characters read before a capitalised word to find the end of the previous sentence


def is_proper_name_use(text: str, start: int, end: int) -> bool:
    """True when a lower-case lexicon word is written as a name: capitalised in the middle of a
    sentence ("Rob Simmons", "the Great Depression", "the Patriot Act"), not at a sentence's,
    paragraph's or quotation's start and not in capitals throughout ("RIGGED"). A lexicon word's
    judging sense is a common noun, verb or adjective; a capitalised one mid-sentence is part of a
    proper name (Quirk et al. 1985 §5.60-5.66 on proper nouns). The caller skips nicknames, which
    are names by design."""
    word = text[start:end]
    if not word[:1].isupper() or word.isupper():
        return False
    # Only the few characters before the word are read (not a copy of the text before it).
    piece = text[max(start - NAME_LOOKBACK, 0) : start]
    before = piece.rstrip(_SENTENCE_OPENERS)
    between = piece[len(before) :]
    if not before:
        return False  # the text's first word, or one after a long run of marks
    if "\n" in between or any(mark in between for mark in _QUOTE_OPENERS):
        return False  # a new paragraph or a quotation starts a sentence ('notes, “Strikingly, …')
    if before[-1] == "." and _last_word(before).lower() in NAME_TITLES:
        return True  # a title's full stop ends no sentence: "Sen. Rob Portman", "Cong. Rob Simmons"
    if before[-1] == "." and follows_middle_initial(before):
        return True
    return before[-1] not in _SENTENCE_ENDS


# A middle initial: a capitalised given name, a space, one capital letter and its full stop.
_MIDDLE_INITIAL = re.compile(r"\b[A-Z][a-z]+ [A-Z]\.$")


def follows_middle_initial(before: str) -> bool:
    """True when ``before`` (the text before a capitalised word, spaces stripped) ends in a given
    name and a middle initial ("Representative Louise M." of "Louise M. Slaughter"): the initial's
    full stop ends no sentence, so the capitalised lexicon word after it is a surname. A sentence
    ending in a one-letter word after a capitalised one ("... Plan B. Slaughter ...") is rarer in
    news prose than a middle initial."""
    return bool(_MIDDLE_INITIAL.search(before))


def _last_word(text: str) -> str:
    """The word before the final full stop of ``text`` ("said Sen." → "Sen")."""
    return re.split(r"[\s\"'“‘(\[—–-]", text[:-1])[-1]


# What makes a participial adjective row ("measured", "restrained", "celebrated") its verb instead:
# an object or agent right after it ("measured the lines", "restrained him", "as measured by Gallup"),
# or a perfect auxiliary right before it ("have measured", "had celebrated"). The adjective stands
# before its noun or after a linking or degree word ("a measured response", "far more measured",
# "so heated that": "that" opens a result clause, not an object;
# Quirk et al. 1985 §7.15-7.16 on participial adjectives vs verbal passives). Word lists in one place.
VERB_OBJECT_STARTS = (DETERMINERS - {"that"}) | frozenset({"him", "them", "us", "me", "it", "by", "all", "some", "each", "every", "both"})
PERFECT_AUXILIARIES = frozenset({"have", "has", "had", "having", "'ve", "’ve"})


def is_adjective_use(window: Window) -> bool:
    """True when a participial adjective row is used as an adjective ("a measured response", "more
    restrained"), False for its verb ("the poll measured approval", "police restrained him",
    "as measured by Gallup", "they have celebrated"): an object or agent (`VERB_OBJECT_STARTS`)
    right after it, or a `PERFECT_AUXILIARIES` word right before it. An adjective with literal cues
    must also be used figuratively (`is_figurative`: "a heated debate" is a contest's intensity)."""
    following, previous = window.after(1), window.before(1)
    if following and following[0] in VERB_OBJECT_STARTS or previous and previous[0] in PERFECT_AUXILIARIES:
        return False
    return is_figurative(window)


def always(window: Window) -> bool:  # noqa: ARG001 - the check of terms that need no context
    """True: the term counts wherever it stands."""
    return True


# The named context checks a lexicon's ``context`` column may give (empty = `always`).
CONTEXT_CHECKS: dict[str, Callable[[Window], bool]] = {
    "": always,
    "adjective_use": is_adjective_use,
    "complement_clause": has_complement_clause,
    "epistemic_modal": is_epistemic_modal,
    "figurative": is_figurative,
    # The same check for stance words whose neutral sense a neighbouring word shows ("claimed
    # responsibility", "claimed victory" are no attribution hedges): cues in literal_uses.csv.
    "neutral_use": is_figurative,
    "predicative": is_predicative,
}


def check_context_name(name: str, where: str) -> None:
    """Raise ValueError unless ``name`` is one of `CONTEXT_CHECKS` (``where`` names the lexicon row)."""
    if name not in CONTEXT_CHECKS:
        raise ValueError(f"{where}: context {name!r} is not one of {sorted(k for k in CONTEXT_CHECKS if k)}")


def is_negated(window: Window) -> bool:
    """True when a negator stands before the term, past only `NEGATION_SKIP` words ("no restraint", "not a brutal")."""
    for key in reversed(window.before(NEGATION_WINDOW)):
        if key in NEGATORS or key.endswith("n't"):
            return True
        if key not in NEGATION_SKIP:
            return False
    return False


def _flip(polarity: str) -> str:
    return FAVOURABLE if polarity == UNFAVOURABLE else UNFAVOURABLE


def polarity(lexicon_polarity: str, window: Window) -> str:
    """Favourable or unfavourable: the lexicon's polarity (or, for `FROM_CONTEXT`, the sign of the
    TextBlob polarities of the three words after the term, unfavourable when they have none), flipped
    when negated. Default unfavourable because BASIL's lexical spans on the 2010–2015 tuning
    triplets are mostly negative toward their target.
    """
    if lexicon_polarity == FROM_CONTEXT:
        words = textblob_lexicon()
        score = sum(words.get(key, (0.0, 0.0))[0] for key in window.after(3))
        lexicon_polarity = FAVOURABLE if score > 0 else UNFAVOURABLE
    elif lexicon_polarity not in (FAVOURABLE, UNFAVOURABLE):
        lexicon_polarity = UNFAVOURABLE
    return _flip(lexicon_polarity) if is_negated(window) else lexicon_polarity


def target(
    start: int,
    end: int,
    pos: str,
    sentence: tuple[int, int],
    mentions: Sequence[tuple[int, int, str]],
    token_starts: Sequence[int],
    keys: Sequence[str],
    text: str = "",
    favours_object: bool = False,
) -> str:
    """The actor a term at ``start:end`` is about, from actor ``mentions`` sorted by start.

    In order: a mention the term overlaps (a label names its actor); for a verb of favour
    (``favours_object``: a favourable verb row, "praise", "hail") its object (`verb_object`); for a modifier (``pos`` adj
    or fixed) a mention starting within `MODIFIED_NOUN_WINDOW` tokens after it (the noun it
    modifies), unless that mention is possessive: then it is the determiner of a longer noun
    phrase whose head the modifier describes ("the self-titled America's Toughest Sheriff" is not
    about America; "the Reyes campaign's assault on Lopez's record" is the campaign's; A 0.661 ->
    0.670 of found spans' targets, B unchanged, NOTES-framing24.md); the mention right before it in the sentence, at most `SUBJECT_WINDOW` words
    between and not the object of a preposition (the subject: "Hamas showed no restraint";
    `is_prepositional_object`: "heard in the Senate ripping …" is not the Senate's); else empty (the caller falls back to the
    actor of the article). ``token_starts``/``keys``: the part's token pass.
    """
    first = bisect.bisect_left(mentions, (sentence[0], -1, ""))
    last = bisect.bisect_left(mentions, (sentence[1], -1, ""))
    inside = mentions[first:last]
    for s, e, name in inside:
        if s < end and start < e:
            return name
    after = [m for m in inside if m[0] >= end]
    if favours_object and pos == "verb" and after and verb_object(after[0], start, end, token_starts, keys, text):
        return after[0][2]
    if pos in ("adj", "fixed") and after:
        gap = bisect.bisect_left(token_starts, after[0][0]) - bisect.bisect_left(token_starts, end)
        if gap <= MODIFIED_NOUN_WINDOW and not is_possessive(after[0], text):
            return after[0][2]
    before = [m for m in inside if m[1] <= start]
    if before:
        if _words_between(before[-1][1], start, token_starts, keys) <= SUBJECT_WINDOW and not is_prepositional_object(before[-1], start, token_starts, keys, text):
            return appositive_head(before, start, text)[2] if text else before[-1][2]
    return ""


def _words_between(first: int, last: int, token_starts: Sequence[int], keys: Sequence[str]) -> int:
    """How many words stand between offsets ``first`` and ``last``, negators and `NEGATION_SKIP` words not counted."""
    between = keys[bisect.bisect_left(token_starts, first) : bisect.bisect_left(token_starts, last)]
    return sum(key not in NEGATORS and key not in NEGATION_SKIP for key in between)


def is_possessive(mention: tuple[int, int, str], text: str) -> bool:
    """True when the mention is written with a possessive ending ("Acme's", "Acme’s", "the senators' ")."""
    return text[mention[1] : mention[1] + 2] in ("'s", "’s") or text[mention[1] - 1 : mention[1] + 1] in ("s'", "s’")


def verb_object(mention: tuple[int, int, str], start: int, end: int, token_starts: Sequence[int], keys: Sequence[str], text: str) -> bool:
    """True when the mention is the object of the one-word verb at ``start:end``: it follows the
    verb, only `DETERMINERS` and spaces between ("Lopez praised Reyes", "hailed the Acme board's
    decision"; not "Plan Gains Momentum: Acme …", whose phrase holds its own object and whose colon
    ends the clause). A verb of favour is about the one it favours, not its subject: being praised
    shows the object in a good light (BASIL's targets of praise verbs on the 2010-2015 tuning
    triplets; attack verbs' targets there are their subjects as often as their objects, so they
    keep the subject rule)."""
    if not text or " " in text[start:end] or not _WORDS_AND_SPACES.fullmatch(text[end : mention[0]]):
        return False
    between = keys[bisect.bisect_left(token_starts, end) : bisect.bisect_left(token_starts, mention[0])]
    return all(key in DETERMINERS for key in between)


@lru_cache(maxsize=1)
def object_prepositions() -> frozenset[str]:
    """Prepositions that govern a noun phrase (``object_preposition`` of lexicons/closed_class.csv:
    "in", "for", "against" …), minus those that also open an adverbial clause (``subordinator``:
    "after Boehner chided …" has Boehner as its subject)."""
    return frozenset(closed_class("object_preposition")) - frozenset(closed_class("subordinator"))


def is_prepositional_object(mention: tuple[int, int, str], start: int, token_starts: Sequence[int], keys: Sequence[str], text: str) -> bool:
    """True when the mention right before the wording at ``start`` is the object of a preposition,
    so not its subject: "a senator was heard in the Senate ripping the plan" (the senator rips, not
    the Senate), "a setback for the Acme campaign after its dismal showing". A preposition
    (`object_prepositions`) stands right before the mention, past `DETERMINERS`. Not
    when a comma or a relative pronoun stands between the mention and the wording ("pressure from
    Acme, which slammed …", "a letter from senators who complained …": the relative clause's
    subject is the mention; Quirk et al. 1985 §9.1 on prepositional complements), nor when the
    mention is a possessive: it is the determiner of the wording's own noun phrase, which the
    preposition governs as a whole ("central to Acme's bold plan": the plan is Acme's)."""
    if "," in text[mention[1] : start] or is_possessive(mention, text):
        return False
    first, last = bisect.bisect_left(token_starts, mention[0]), bisect.bisect_left(token_starts, start)
    if any(key in RELATIVE_PRONOUNS for key in keys[bisect.bisect_left(token_starts, mention[1]) : last]):
        return False
    index = first - 1
    while index >= 0 and keys[index] in DETERMINERS:
        index -= 1
    return index >= 0 and keys[index] in object_prepositions()


def appositive_head(before: Sequence[tuple[int, int, str]], start: int, text: str) -> tuple[int, int, str]:
    """The subject a term's nearest preceding mention stands for: that mention itself, or, when it
    sits inside an appositive set off by commas right before the wording, the mention the
    appositive describes ("Michael Steele, chairman of the Republican National Committee, drew
    fierce criticism": Steele, not the committee; "Liz Cheney, a Wyoming Senate candidate, sharply
    criticized": Cheney; Quirk et al. 1985 §17.65 on non-restrictive apposition). The describing mention stands right before the appositive's opening comma; a
    chain of appositives is followed back ("Mary Cheney, the sister of Liz Cheney, a candidate, …")."""
    head = before[-1]
    if "," not in text[head[1] : start]:
        return head
    close, floor = text.index(",", head[1]), before[0][0]
    while True:
        opening = text.rfind(",", floor, min(head[0], close))
        if opening < 0 or any(mark in text[opening:close] for mark in APPOSITIVE_BREAKS) or _LIST_COMMA.match(text, opening) or _LIST_COMMA.match(text, close):
            return head
        described = [m for m in before if m[1] <= opening and not text[m[1] : opening].strip()]
        if not described:
            return head
        head, close = described[-1], opening


def target_candidates(
    labelled: Sequence[tuple[int, int, str]], speakers: Sequence[tuple[int, int, str]], actors: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The actor mentions `target` chooses among, sorted: the article's actors (``actors``:
    discovered, with the topic overlay, `analysis.overlay.mention_spans`) when given — they hold
    the topic's names and labels the article's actors take, and its speakers by name — else the
    topic's actor labels (``labelled``) and the speakers' names (``speakers``, `name_mentions`)."""
    return sorted(actors) if actors else sorted([*labelled, *speakers])


_CAPITALISED = re.compile(r"[A-Z][\w'’.-]+")
_WORD_RUN = re.compile(r"\w+")


def name_mentions(text: str, names: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each written occurrence of a capitalised name or its last word.

    For speaker names from the statements table ("Adm. Brad Cooper" is found as "Adm. Brad
    Cooper" and "Cooper"); names without a capitalised word ("one senior adviser") are skipped.
    Each name's pattern is tried only where a word of the text is the first word of one of its
    forms (one pass over the words, not one pass over the text per name), so long texts with many
    speakers stay linear; the matches are those of each name's pattern run over the whole text.
    """
    # Forms indexed by their first two words ("the Health …", "Adm. Brad …"; a one-word form by
    # its word alone), so a common first word ("the") does not try every name that starts with it.
    by_words: dict[tuple[str, str | None], list[str]] = {}
    scan_whole: list[str] = []
    for name in sorted(set(names)):
        if _name_pattern(name) is None:
            continue
        runs = [_WORD_RUN.findall(form) for form in _name_forms(name)]
        if any(not form_runs or not _WORD_RUN.match(form) for form_runs, form in zip(runs, _name_forms(name))):
            scan_whole.append(name)  # a form starting with a non-word character: scanned as before
            continue
        for key in {(form_runs[0], form_runs[1] if len(form_runs) > 1 else None) for form_runs in runs}:
            by_words.setdefault(key, []).append(name)
    found: list[tuple[int, int, str]] = []
    reached: dict[str, int] = {}
    words = list(_WORD_RUN.finditer(text)) if by_words else []
    for i, word in enumerate(words):
        first, following = word.group(), words[i + 1].group() if i + 1 < len(words) else None
        candidates = by_words.get((first, None), []) + (by_words.get((first, following), []) if following else [])
        for name in dict.fromkeys(candidates):
            if word.start() < reached.get(name, 0):
                continue  # inside this name's previous match, as finditer would skip it
            match = _name_pattern(name).match(text, word.start())
            if match:
                found.append((match.start(), match.end(), name))
                reached[name] = match.end()
    for name in scan_whole:
        found += [(m.start(), m.end(), name) for m in _name_pattern(name).finditer(text)]
    return sorted(found)


def _name_forms(name: str) -> set[str]:
    """The written forms a name is found by: the name, and its last capitalised word if longer than two letters."""
    words = _CAPITALISED.findall(name)
    return {name} | ({words[-1]} if words and len(words[-1]) > 2 else set())


@lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern | None:
    # Speaker names recur across a corpus's articles: each pattern is compiled once.
    if not _CAPITALISED.findall(name):
        return None
    forms = _name_forms(name)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?!\w)")
