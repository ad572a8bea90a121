"""Country gazetteer and the word lists of actor discovery, loaded once.

Countries, capitals and demonyms come from the countryinfo package's data (MIT licence; one
JSON file per ISO 3166 country with its name, capital, demonym and alternative spellings,
installed with the package and read from where it is installed, never downloaded), overlaid by
``analysis/lexicons/gazetteer_news.csv`` for the names news uses that the data spells otherwise
("U.S.", "Britain", "Washington", "the Kremlin"). Two- and three-letter ISO codes among the
alternative spellings are left out ("IN", "TO", "IS" are English words); the overlay lists the
codes news does use ("US", "UK", "UAE"). Provinces (countryinfo's provinces of each country:
the US states, Gaza, Tel Aviv) are kept as places: "in Utah" is where something happens, not
who acts.

The other lists (titles, organisation heads, group nouns, words that are never names, context
words) are the CSV files ``analysis/lexicons/entity_*.csv``; each is checked against the
columns it must have, so a hand-edited file fails with its name and the missing column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from ..errors import ArticleError
from ..lexicon import read_csv
from ..name_words import titles_for

LEXICONS = "analysis.lexicons"
# Each CSV and the columns the code reads from it.
SCHEMAS: dict[str, tuple[str, ...]] = {
    "entity_heads.csv": ("term", "role", "rationale"),
    "entity_groups.csv": ("term", "plural", "same_as", "number", "rationale"),
    "entity_non_names.csv": ("term", "reason"),
    "entity_context.csv": ("term", "role", "rationale"),
    "entity_furniture.csv": ("cue", "where", "rationale"),
    "gazetteer_news.csv": ("country", "term", "kind", "rationale"),
    "first_names.csv": ("name", "gender", "rationale"),
}


class PlaceKind(StrEnum):
    """How a gazetteer term names its country (`Place.kind`; ``gazetteer_news.csv`` column
    ``kind``): the country's name, another name of the state ("U.S.", "Britain"), its capital
    standing for the government ("Washington said") or its demonym ("Israeli")."""

    NAME = "name"
    ALIAS = "alias"
    CAPITAL = "capital"
    DEMONYM = "demonym"


class ContextRole(StrEnum):
    """What a context word of ``entity_context.csv`` (column ``role``) says about the name
    near it (the file's header and each row's rationale say more)."""

    LOCATIVE = "locative"  # "in Chicago": a place, not an actor
    STATE_NOUN = "state_noun"  # "Israeli strikes": the demonym is the state acting
    PLACE_HEAD = "place_head"  # "Broward County": a place
    EVENT_HEAD = "event_head"  # "Chick-fil-A Appreciation Day": an event
    LAW_HEAD = "law_head"  # "Clean Water Act": a law
    WORK_HEAD = "work_head"  # "The Jane Roe Show": a programme
    DISEASE_HEAD = "disease_head"  # "Ebola", "Spanish Flu": a disease
    PROGRAMME_WORD = "programme_word"  # "Medicare Advantage": a longer name holding it is a plan
    STATE_ABBREVIATION = "state_abbreviation"  # "Parkland, Fla.": a place
    VERB = "verb"  # "the U.S. pledged": the abbreviation acts
    NOUN_FOLLOWER = "noun_follower"  # "the U.S. as a partner": the noun phrase ends
    PLACE_PREFIX = "place_prefix"  # "El Paso", "San Bernardino": a place
    EVENT_PREFIX = "event_prefix"  # "Hurricane Maria": an event
    LED_BODY = "led_body"  # "the Obama administration": a body a person leads
    SEAT = "seat"  # "the White House said": the building standing for the administration it houses
    SEAT_SOUGHT = "seat_sought"  # "win the White House": the office sought, no actor
    CREDIT = "credit"  # "told Acme News": an outlet only credited
    CREDIT_AFTER = "credit_after"  # "Acme News correspondent": an outlet crediting its journalist
    INSTITUTION = "institution"  # "the Utah state senate": a place's institution
    THING_MODIFIER = "thing_modifier"  # "social media": a thing, not people
    NOT_GROUP_MODIFIER = "not_group_modifier"  # "new", "top": no restriction of a group noun
    NOT_AGENT_NOUN = "not_agent_noun"  # "booklists": a plural in -ists that names no people
    WORD_ACRONYM = "word_acronym"  # "ICE": an acronym spelt like an English word, still an acronym
    PARTY_ADJECTIVE = "party_adjective"  # "House Democratic leaders": a name ending in it is an adjective


class GroupNumber(StrEnum):
    """Which forms of a group noun of ``entity_groups.csv`` (column ``number``) name the group:
    both (empty), or the plural only ("states": "a state law" is no group)."""

    BOTH = ""
    PLURAL = "plural"


class FurnitureWhere(StrEnum):
    """Where a page-furniture cue of ``entity_furniture.csv`` (column ``where``) masks: from
    the cue when it opens a line, from the cue anywhere, or the cue's whole paragraph
    (`analysis.entities.furniture`)."""

    START = "start"
    ANYWHERE = "anywhere"
    PARAGRAPH = "paragraph"


@dataclass(frozen=True)
class Place:
    """What a gazetteer term is: the country it names and how (a `PlaceKind`)."""

    country: str
    kind: str


def lexicon_rows(name: str) -> list[dict[str, str]]:
    """Rows of ``analysis/lexicons/<name>``, checked to have the columns `SCHEMAS` lists."""
    rows = read_csv(LEXICONS, name)
    missing = [column for column in SCHEMAS[name] if rows and column not in rows[0]]
    if missing:
        raise ArticleError(f"analysis/lexicons/{name}", f"missing column {', '.join(missing)}")
    return rows


def _checked(kinds: type[StrEnum], value: str, name: str, column: str) -> StrEnum:
    """The member of ``kinds`` a lexicon row's ``column`` holds, or an error naming the file."""
    try:
        return kinds(value)
    except ValueError:
        raise ArticleError(f"analysis/lexicons/{name}", f"unknown {column} {value!r}") from None


def _is_code(spelling: str) -> bool:
    """ISO-style codes ("IN", "ISR"): capitals only, at most three letters."""
    return len(spelling) <= 3 and spelling.isupper()


def _strings(value: object) -> list[str]:
    """A data field as a list of non-empty strings (the data has a string, a list or nothing)."""
    values = value if isinstance(value, list) else [value]
    return [item.strip() for item in values if isinstance(item, str) and item.strip()]


@lru_cache(maxsize=1)
def countries() -> dict[str, Place]:
    """Term as written → `Place`, for every country name, alias, capital and demonym."""
    from countryinfo._cache import load_countries

    table: dict[str, Place] = {}
    for info in load_countries()["countries"].values():
        name = info.get("name") or ""
        if not info.get("ISO", {}).get("alpha2") or "," in name or "(" in name:
            continue
        table.setdefault(name, Place(name, PlaceKind.NAME))
        for spelling in _strings(info.get("altSpellings")):
            if spelling.isascii() and not _is_code(spelling) and "," not in spelling:
                table.setdefault(spelling, Place(name, PlaceKind.ALIAS))
        for capital in _strings(info.get("capital")):
            if " " not in capital:
                table.setdefault(capital, Place(name, PlaceKind.CAPITAL))
        for demonym in _strings(info.get("demonym")):
            table.setdefault(demonym, Place(name, PlaceKind.DEMONYM))
    for row in lexicon_rows("gazetteer_news.csv"):
        table[row["term"]] = Place(row["country"], _checked(PlaceKind, row["kind"], "gazetteer_news.csv", "kind"))
    # News text writes the typographic apostrophe: "People’s Republic of China".
    for term in [term for term in table if "'" in term]:
        table.setdefault(term.replace("'", "\u2019"), table[term])
    return table


@lru_cache(maxsize=1)
def provinces() -> frozenset[str]:
    """Provinces, states and regions of every country (countryinfo's ``provinces``, ``region``
    and ``subregion``), such as the US states, Gaza and Central Asia: places where things
    happen, never actors by themselves."""
    from countryinfo._cache import load_countries

    names = set()
    for info in load_countries()["countries"].values():
        names.update(name for name in _strings(info.get("provinces")) if " and " not in name)
        names.update(_strings(info.get("region")) + _strings(info.get("subregion")))
    return frozenset(names)


@lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """The US states (countryinfo's provinces of the United States): the provinces a news story
    has act as a state ("California chose to flout the F.C.C."; `names._province_acts`). Other
    countries' provinces and regions share names with people and towns ("Franklin", "Toledo")."""
    from countryinfo._cache import load_countries

    info = load_countries()["countries"].get("united states", {})
    return frozenset(name for name in _strings(info.get("provinces")) if name != "District of Columbia")


@lru_cache(maxsize=1)
def titles() -> dict[str, tuple[str, str]]:
    """Title as written ("Sen.", "President") → (role noun, gender)."""
    return {title.term: (title.role, title.gender) for title in titles_for("entities")}


@lru_cache(maxsize=1)
def organisation_heads() -> dict[str, str]:
    """Organisation head word as written ("Ministry", "Inc.") → the role noun that refers back."""
    return {row["term"]: row["role"] for row in lexicon_rows("entity_heads.csv")}


@lru_cache(maxsize=1)
def group_nouns() -> dict[str, tuple[str, str]]:
    """Every written form of a group noun → (singular lemma, plural form)."""
    from ..lexicon import noun_forms

    forms: dict[str, tuple[str, str]] = {}
    for row in lexicon_rows("entity_groups.csv"):
        words = row["term"].split(" ")
        prefix = " ".join(words[:-1] + [""])
        singular, plural = words[-1], row["plural"]
        if not plural:
            plural = next(form for form in sorted(noun_forms(singular)) if form != singular)
        # ``number`` plural: the singular names no group ("a state of emergency", "a state law").
        for variant in {plural} if _checked(GroupNumber, row["number"], "entity_groups.csv", "number") == GroupNumber.PLURAL else {singular, plural}:
            forms[prefix + variant] = (row["term"], prefix + plural)
    for plural in agent_plurals():
        # The plural only: the singular is as often an adjective ("a racist comment", "a socialist").
        forms.setdefault(plural, (plural[:-1], plural))
    return forms


# An agent noun's plural: a person by what they do or hold ("chemists", "politicians",
# "historians", "strategists"; the actors gold names such groups in dev4-dev7).
_AGENT_PLURAL = re.compile(r"[a-z]{3,}(?:ists|ians)")


@lru_cache(maxsize=1)
def agent_plurals() -> frozenset[str]:
    """The plural agent nouns in -ists and -ians that Brill's lexicon (textblob's
    ``en-lexicon.txt``, MIT) tags plural nouns (NNS), less the ``not_agent_noun`` rows of
    ``entity_context.csv`` (things and plants: "booklists", "gentians")."""
    from textblob.en import lexicon

    excluded = context_words(ContextRole.NOT_AGENT_NOUN)
    return frozenset(word for word, tag in lexicon.items() if tag == "NNS" and _AGENT_PLURAL.fullmatch(word) and word not in excluded)


@lru_cache(maxsize=1)
def group_synonyms() -> dict[str, str]:
    """Plural of a group noun → plural of the noun it is a synonym of (``same_as``):
    "prisoners" → "inmates"."""
    # By each row's term (its singular may be no written form: ``number`` plural).
    plural_of = dict(group_nouns().values())
    synonyms = {}
    for row in lexicon_rows("entity_groups.csv"):
        if row["same_as"]:
            synonyms[plural_of[row["term"]]] = plural_of[row["same_as"]]
    return synonyms


@lru_cache(maxsize=1)
def non_names() -> frozenset[str]:
    """Capitalised words and phrases that are never an actor alone (dates, openers, buildings)."""
    return frozenset(row["term"] for row in lexicon_rows("entity_non_names.csv"))


@lru_cache(maxsize=1)
def _context_rows() -> tuple[tuple[str, ContextRole], ...]:
    """(term, role) of every row of ``entity_context.csv``, each role checked to be a `ContextRole`."""
    return tuple(
        (row["term"], _checked(ContextRole, row["role"], "entity_context.csv", "role"))
        for row in lexicon_rows("entity_context.csv")
    )


@lru_cache(maxsize=4)
def context_words(role: ContextRole) -> frozenset[str]:
    """Context words of one role (`ContextRole`): ``locative`` prepositions, ``state_noun`` words, …"""
    return frozenset(term for term, row_role in _context_rows() if row_role == role)


@lru_cache(maxsize=1)
def furniture_cues() -> tuple[tuple[str, FurnitureWhere], ...]:
    """(cue, where: a `FurnitureWhere`) of every page-furniture line cue."""
    return tuple(
        (row["cue"], _checked(FurnitureWhere, row["where"], "entity_furniture.csv", "where"))
        for row in lexicon_rows("entity_furniture.csv")
    )


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Given name → gender, from ``analysis/lexicons/first_names.csv``."""
    return {row["name"]: row["gender"] for row in lexicon_rows("first_names.csv")}
