"""The mention record and the word lists actor discovery reads, built once per process.

`Mention` is one way an article names an actor before clustering; `vocabulary` gathers every
list the name spotter and the description finder read (titles, organisation heads, group
nouns, non-names, first names, the country gazetteer, context words, outlets, reporting verbs,
TextBlob's lexicon as the common words of English) from ``analysis/lexicons`` and the
countryinfo data (`gazetteer`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import read_csv, textblob_lexicon
from ..statements.lexicons import nominal_cues, reporting_cues
from . import gazetteer


@dataclass(slots=True)
class Mention:
    """One way the article names an actor, before clustering.

    ``kind``: person, organisation, country, group, role (a description such as "the company")
    or unknown (a single capitalised word the clustering resolves). ``key`` is what mentions
    cluster on: the name without its title, the country's canonical name, the group's name or
    the role noun. ``via`` says which rule found it.
    """

    start: int
    end: int
    kind: str
    key: str
    via: str
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
    place_heads: frozenset[str]
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


NOWHERE = gazetteer.Place("", "")
# Reporting frames whose verb follows its speaker ("Cooper said", "Cooper told reporters").
SPEAKER_FIRST_FRAMES = frozenset({"verb", "tell"})


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
        plural_demonym(term): place.country for term, place in countries.items() if place.kind == "demonym"
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
        # A name ending in an event word ("Chick-fil-A Appreciation Day"), a law's ("Clean Water
        # Act") or a programme's ("The Jane Roe Show") is no actor, like a place.
        place_heads=gazetteer.context_words("place_head")
        | gazetteer.context_words("event_head")
        | gazetteer.context_words("law_head")
        | gazetteer.context_words("work_head"),
        state_abbreviations=gazetteer.context_words("state_abbreviation"),
        locatives=gazetteer.context_words("locative"),
        state_nouns=gazetteer.context_words("state_noun"),
        verbs=gazetteer.context_words("verb") | reporting_forms(),
        noun_followers=gazetteer.context_words("noun_follower"),
        capitalised_groups=frozenset(form for form in gazetteer.group_nouns() if form[0].isupper()),
        group_plurals=frozenset(plural for plural in {p for _, p in gazetteer.group_nouns().values()} if " " not in plural and plural.islower()),
        person_roles=frozenset(
            [role.split(" ")[-1] for role, _ in titles.values() if role]
            + [lemma for lemma, _ in gazetteer.group_nouns().values() if " " not in lemma and lemma.islower()]
        ),
        outlets=frozenset(row["name"] for row in read_csv("analysis.lexicons", "outlets.csv")),
        common_words=frozenset(textblob_lexicon()),
        inflected_cues=inflected_cues(),
        place_prefixes=gazetteer.context_words("place_prefix"),
    )
