"""The mention record, its categories and the word lists actor discovery reads, built once.

`Mention` is one way an article names an actor before clustering, with its `MentionKind` and the
`Via` rule that found it (`PlanRule`: what a name's context must still decide); `vocabulary`
gathers every list the name spotter and the description finder read (titles, organisation heads,
group nouns, non-names, first names, the country gazetteer, context words, outlets, reporting
verbs, TextBlob's lexicon as the common words of English) from ``analysis/lexicons`` and the
countryinfo data (`gazetteer`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from ..lexicon import read_csv, textblob_lexicon
from ..schema import ActorKind
from ..statements.lexicons import CueFrame, nominal_cues, reporting_cues
from . import gazetteer
from .gazetteer import ContextRole, PlaceKind


class MentionKind(StrEnum):
    """`Mention.kind`: an actor kind (`schema.ActorKind`), or ``role`` (a role description such
    as "the company", resolved to the actor introduced in that role), ``unknown`` (a single
    capitalised word the clustering resolves, keeps as an organisation or drops) or ``demonym``
    (a demonym or capital used as a modifier, "the Paris climate accord", never an actor alone)."""

    PERSON = ActorKind.PERSON.value
    ORGANISATION = ActorKind.ORGANISATION.value
    COUNTRY = ActorKind.COUNTRY.value
    GROUP = ActorKind.GROUP.value
    ROLE = "role"
    UNKNOWN = "unknown"
    DEMONYM = "demonym"


class Via(StrEnum):
    """`Mention.via` (and `Actor.via`, read by `analysis.overlay`): the rule that found a mention.
    A gazetteer term's rule is the term's `PlaceKind` (name, alias, capital, demonym)."""

    TITLE = "title"  # a title before the name: "Sen. Lee"
    FIRST_NAME = "first name"  # a given name of first_names.csv: "Kody Brown"
    CAPITALISED_WORDS = "capitalised words"  # two or more capitalised words, a person evidenced
    CAPITALISED_WORD = "capitalised word"  # one capitalised word: an unknown the clustering resolves
    DICTIONARY_WORDS = "dictionary words"  # "Planned Parenthood": title-cased common words, a body's name
    SURNAME_SHAPE = "surname shape"  # "McCarthy", "O'Rourke"
    HEADLINE_NAME = "headline name"  # a name glued to a headline's Title Case, cut back
    CREDIT_LINE = "credit line"  # a round-up's commentator: "Jane Roe, The Acme Times" after a quote
    HEAD = "head"  # an organisation head: "Ministry of Health"
    OUTLET = "outlet"  # a news outlet of outlets.csv
    ACRONYM = "acronym"  # "NRA"
    NAME_WITH_THE = "name with 'the'"  # a campaign's name: "Change the Mascot"
    PLACE_NAMED_ORGANISATION = "place-named organisation"  # "Indian Country", "Utah Jazz"
    PLACE_INSTITUTION = "place institution"  # "the Utah state senate"
    LED_BODY = "led body"  # "the Obama administration"
    APPOSITIVE_NOUN = "appositive noun"  # "the anti-abortion group Acme Action"
    NAME = PlaceKind.NAME.value
    ALIAS = PlaceKind.ALIAS.value
    CAPITAL = PlaceKind.CAPITAL.value
    DEMONYM = PlaceKind.DEMONYM.value
    US_STATE = "US state"  # a US state acting: "California chose to flout …" (`names._province_acts`)
    DEMONYM_PLURAL = "demonym plural"  # "Israelis", "Native Americans"
    DEMONYM_LIKE_PLURAL = "demonym-like plural"  # "Gazans", "Shiites"
    GROUP_NOUN = "group noun"  # "lawmakers", "Israeli officials"
    ROLE_DESCRIPTION = "role description"  # "the company", "the former president"


class PlanRule(StrEnum):
    """What the context of a name piece classified from its words alone must still decide
    (`names._Class.rule`, read by `names._classified`)."""

    NONE = "none"  # never an actor
    FIXED = "fixed"  # the mention as it is
    CONTEXT = "context"  # with "in"/"the" before it (locative, definite)
    DEMONYM = "demonym"  # the state when a state noun follows ("Israeli strikes"), else a modifier
    ABBREVIATED = "abbreviated"  # "U.S.": the state when a state noun or verb follows
    ACRONYM = "acronym"  # an organisation unless written in lower case too ("NEVER")
    WORD_IN_CAPITALS = "word in capitals"  # "HOME", "GAG": an acronym in running text, else a heading's word
    PROVINCE = "province"  # a state or region: the state acting before a verb ("California chose"), else a place
    SINGLE = "single"  # one word: its ``fallback`` unless a state follows ("Austin, Texas")
    EVIDENCE = "evidence"  # a person when the article gives evidence of one (`_person_evidence`)


@dataclass(slots=True)
class Mention:
    """One way the article names an actor, before clustering.

    ``kind``: a `MentionKind`. ``key`` is what mentions cluster on: the name without its title,
    the country's canonical name, the group's name or the role noun. ``via``: the `Via` rule
    that found it.
    """

    start: int
    end: int
    kind: MentionKind
    key: str
    via: Via
    role: str = ""
    gender: str = ""
    locative: bool = False
    modifier: bool = False
    definite: bool = False


# Organisation roles an organisation of no stated kind may fill ("the company" → "Facebook"),
# and the nouns that introduce one in apposition ("the anti-abortion group Acme Action").
GENERIC_ORGANISATION_ROLES = frozenset({"company", "group", "firm", "organization"})


@dataclass(frozen=True)
class Vocabulary:
    """The word lists name spotting reads, built once (`vocabulary`)."""

    titles: dict[str, tuple[str, str]]
    title_words: dict[tuple[str, ...], tuple[str, str]]
    titles_with_of: tuple[str, ...]
    heads: dict[str, str]
    non_names: frozenset[str]
    first_names: dict[str, str]
    countries: dict[str, gazetteer.Place]
    demonym_plurals: dict[str, str]
    places: frozenset[str]
    states: frozenset[str]
    place_heads: frozenset[str]
    programme_words: frozenset[str]
    state_abbreviations: frozenset[str]
    locatives: frozenset[str]
    state_nouns: frozenset[str]
    verbs: frozenset[str]
    noun_followers: frozenset[str]
    capitalised_groups: frozenset[str]
    group_plurals: frozenset[str]
    person_roles: frozenset[str]
    outlets: frozenset[str]
    common_words: frozenset[str]
    inflected_cues: frozenset[str]
    place_prefixes: frozenset[str]
    function_words: frozenset[str]
    english_words: frozenset[str]
    word_acronyms: frozenset[str]
    party_adjectives: frozenset[str]


def capitalised_group_plural(whole: str, vocab: Vocabulary) -> bool:
    """Whether a capitalised word is a lowercase group noun's plural ("Critics", "Police"):
    capitalised only because it opens a sentence or a headline (read by `names`)."""
    return whole[:1].isupper() and whole.lower() in vocab.group_plurals


NOWHERE = gazetteer.Place("", "")  # the place of a term no gazetteer row names: no kind
# Reporting frames whose verb follows its speaker ("Cooper said", "Cooper told reporters").
SPEAKER_FIRST_FRAMES = frozenset({CueFrame.VERB, CueFrame.TELL})


@lru_cache(maxsize=1)
def reporting_forms() -> frozenset[str]:
    """Every one-word form of a reporting cue, verbal or nominal ("said", "announced",
    "statement"), as the statements package reads ``lexicons/reporting_verbs.csv``
    (`analysis.statements.lexicons`)."""
    return frozenset(form for form in (*reporting_cues(), *nominal_cues()) if " " not in form)


@lru_cache(maxsize=1)
def inflected_cues() -> frozenset[str]:
    """The inflected one-word forms of the verbal reporting cues ("claimed", "citing", "slams";
    not the base form "claim", which may be a name: "Hope", "Grant")."""
    return frozenset(form for form, cue in reporting_cues().items() if " " not in form and form != cue.lemma)


@lru_cache(maxsize=1)
def person_verbs() -> frozenset[str]:
    """Reporting verbs whose subject before them is evidence of a person ("Kody Brown said"):
    the neutral cues of a speaker-first frame, inflected (past or third person: not the base
    form, not "-ing"), from the statements package's reporting cues."""
    return frozenset(
        form for form, cue in reporting_cues().items()
        if " " not in form and cue.stance == "neutral" and cue.frame in SPEAKER_FIRST_FRAMES
        and form != cue.lemma and not form.endswith("ing")
    )


def plural_demonym(demonym: str) -> str:
    """The plural noun of a demonym: Israeli → Israelis; Chinese, British, French stay as they are."""
    return demonym if demonym.endswith(("ese", "sh", "ch", "ss", "s")) else demonym + "s"


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Every list the spotter reads, from ``analysis/lexicons`` and the countryinfo data."""
    titles = gazetteer.titles()
    countries = gazetteer.countries()
    plurals = {
        plural_demonym(term): place.country for term, place in countries.items() if place.kind == PlaceKind.DEMONYM
    }
    return Vocabulary(
        titles=titles,
        title_words={tuple(term.split(" ")): value for term, value in titles.items()},
        titles_with_of=tuple(term for term in titles if " of " in term),
        heads=gazetteer.organisation_heads(),
        non_names=gazetteer.non_names(),
        first_names=gazetteer.first_names(),
        countries=countries,
        demonym_plurals=plurals,
        places=gazetteer.provinces(),
        states=gazetteer.us_states(),
        # A name ending in an event word ("Chick-fil-A Appreciation Day"), a law's ("Clean Water
        # Act"), a programme's ("The Jane Roe Show") or a disease's ("Ebola") is no actor, like a place.
        place_heads=gazetteer.context_words(ContextRole.PLACE_HEAD)
        | gazetteer.context_words(ContextRole.EVENT_HEAD)
        | gazetteer.context_words(ContextRole.LAW_HEAD)
        | gazetteer.context_words(ContextRole.WORK_HEAD)
        | gazetteer.context_words(ContextRole.DISEASE_HEAD),
        programme_words=gazetteer.context_words(ContextRole.PROGRAMME_WORD),
        state_abbreviations=gazetteer.context_words(ContextRole.STATE_ABBREVIATION),
        locatives=gazetteer.context_words(ContextRole.LOCATIVE),
        state_nouns=gazetteer.context_words(ContextRole.STATE_NOUN),
        verbs=gazetteer.context_words(ContextRole.VERB) | reporting_forms(),
        noun_followers=gazetteer.context_words(ContextRole.NOUN_FOLLOWER),
        capitalised_groups=frozenset(form for form in gazetteer.group_nouns() if form[0].isupper()),
        group_plurals=frozenset(plural for plural in {p for _, p in gazetteer.group_nouns().values()} if " " not in plural and plural.islower()),
        person_roles=frozenset(
            [role.split(" ")[-1] for role, _ in titles.values() if role]
            + [lemma for lemma, _ in gazetteer.group_nouns().values() if " " not in lemma and lemma.islower()]
        ),
        outlets=frozenset(row["name"] for row in read_csv("analysis.lexicons", "outlets.csv")),
        common_words=frozenset(textblob_lexicon()),
        inflected_cues=inflected_cues(),
        # Opening a name like "El" or "San", an event's first word ("Hurricane Maria") is no person.
        place_prefixes=gazetteer.context_words(ContextRole.PLACE_PREFIX) | gazetteer.context_words(ContextRole.EVENT_PREFIX),
        function_words=brill_words(FUNCTION_TAGS),
        english_words=brill_words(None),
        word_acronyms=gazetteer.context_words(ContextRole.WORD_ACRONYM),
        party_adjectives=gazetteer.context_words(ContextRole.PARTY_ADJECTIVE),
    )


# Brill's tags of words that open a sentence but never name anyone: adverbs, modals,
# interjections, prepositions, determiners, conjunctions, pronouns, wh-words ("Sadly", "Can",
# "Sometimes", "Oh").
FUNCTION_TAGS = frozenset({"RB", "RBR", "RBS", "MD", "UH", "IN", "DT", "CC", "PRP", "PRP$", "WRB", "WP", "WDT", "EX", "PDT", "TO"})
# Brill's tags of a word that is a name in English, not a common word ("miami" NNP, "un" FW).
_NAME_TAGS = frozenset({"NNP", "NNPS", "FW"})


def brill_words(tags: frozenset[str] | None) -> frozenset[str]:
    """Lower-case words of Brill's lexicon (textblob's ``en-lexicon.txt``, MIT) whose tag is one
    of ``tags`` and whose capitalised form is no name ("South" NNP opens "South Korea"; one
    letter, "W." of "W. Va.", is left out), or (``None``) every common word, whatever its tag
    but a name's (NNP, FW): ``brill_words(FUNCTION_TAGS)`` holds "sadly" and "can", not "south";
    ``brill_words(None)`` "home", not "miami"."""
    from textblob.en import lexicon

    if tags is None:
        return frozenset(word for word, tag in lexicon.items() if word.islower() and tag not in _NAME_TAGS)
    return frozenset(
        word for word, tag in lexicon.items()
        if word.islower() and len(word) > 1 and tag in tags and lexicon.get(word.capitalize()) not in _NAME_TAGS
    )
