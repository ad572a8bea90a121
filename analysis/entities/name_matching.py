"""Which cluster a name stands for: the lookups `cluster.Clusterer` makes for a mention.

A surname or title + surname is the person whose full name ends so (`NameMatcher._single_name`,
told apart by a title's gender or role, `NameMatcher._surname_holder`); an acronym or a single
word of a longer organisation name is that organisation when only one has it
(`NameMatcher._short_form`, `NameMatcher._shorter_name_of`); a seat's name is the body it houses
when it acts (`NameMatcher._seat_acts`, `NameMatcher._seat_body`). The rules themselves are listed
in the docstring of `cluster`, which assembles the clusters; this module holds the `Cluster`
record, the name pieces the lookups compare (initials, first and last words, a seat's leader) and
the lookups, mixed into `Clusterer`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import gazetteer
from .gazetteer import ContextRole
from .modifiers import modifies_next
from .name_pieces import name_particle
from .vocabulary import Mention, MentionKind, Via
# Words that make a longer name another body than its leading words ("Federal Reserve Bank of
# Boston") or glue two names ("Fox News and Republican"): then the leading words are not it.
_REST_BREAKS = frozenset({"of", "and", "for", "in", "on", "at"})
_INITIAL_SKIP = frozenset({"of", "the", "for", "and", "&", "de", "on", "in"})
# What the lookups test, read once into module names (as in `cluster`: reading an enum member off
# its class is slow).
_ORGANISATION, _TITLE = MentionKind.ORGANISATION, Via.TITLE
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \u00a0]+(?:the[ \u00a0]+|The[ \u00a0]+)?$")


@dataclass
class Cluster:
    """The mentions of one actor while clustering: kind (a `MentionKind`: an actor kind, or
    ``unknown`` until kept as an organisation), forms, roles and where they began."""

    kind: MentionKind
    key: str
    mentions: list[Mention] = field(default_factory=list)
    roles: dict[str, int] = field(default_factory=dict)  # role noun -> where first given
    gender: str = ""
    via: str = ""  # the `Via` of its first mention

    @property
    def first(self) -> int:
        """Where the actor is first mentioned (mentions are added in text order)."""
        return self.mentions[0].start


@lru_cache(maxsize=1)
def _led_bodies() -> frozenset[str]:
    """The lower-case nouns of bodies a person leads ("administration", "campaign")."""
    return gazetteer.context_words(ContextRole.LED_BODY)


# The led-body noun of what a seat stands for (`entity_context.csv` role `seat`): "the White
# House said" is the administration housed there.
_SEAT_BODY = "administration"


@lru_cache(maxsize=1)
def _seats() -> frozenset[str]:
    """Buildings standing for the body they house ("White House")."""
    return gazetteer.context_words(ContextRole.SEAT)


@lru_cache(maxsize=1)
def _seat_sought_words() -> frozenset[str]:
    """Words before a seat that make it the office sought ("candidacy for", "win")."""
    return gazetteer.context_words(ContextRole.SEAT_SOUGHT)


@lru_cache(maxsize=4096)
def _seat_leader(key: str) -> str | None:
    """The leader's name before a seat ("Trump" of "Trump White House"), "" for the bare seat,
    None when the name is no seat's."""
    for seat in _seats():
        if key == seat:
            return ""
        if key.endswith(" " + seat) and " " not in key[: -len(seat) - 1]:
            return key[: -len(seat) - 1]
    return None


@lru_cache(maxsize=4096)
def _initials(name: str) -> str:
    """The initials of a name's capitalised words ("National Rifle Association" → "NRA")."""
    return "".join(word[0] for word in name.replace("-", " ").split() if word not in _INITIAL_SKIP and word[0].isupper())


@lru_cache(maxsize=4096)
def _initials_with_of(name: str) -> str:
    """The initials of a name with its "of" spelt too ("Department of Justice" → "DOJ",
    "Department of Defense" → "DOD"), as US departments' acronyms are."""
    words = name.replace("-", " ").split()
    return "".join("O" if word == "of" else word[0] for word in words if word == "of" or (word not in _INITIAL_SKIP and word[0].isupper()))


@lru_cache(maxsize=4096)
def _person_parts(key: str) -> tuple[str, str]:
    """(first, last) word of a person's name, middle names and initials ignored, the last without
    a fused Arabic article (`name_particle`)."""
    words = key.split()
    return words[0], name_particle(words[-1])  # "Bashar al-Assad" is "Bashar Assad"


def forget_name_parts() -> None:
    """Empty the remembered initials and first/last words of names."""
    _initials.cache_clear()
    _person_parts.cache_clear()


def _is_prefix(word: str, first: str) -> bool:
    """"Fed" for "Federal Reserve" (``first``: the name's first word): a clipped first word of
    three letters or more."""
    return len(word) >= 3 and first != word and first.startswith(word) and word[0].isupper()


class NameMatcher:
    """The lookups from a name to the cluster it stands for, mixed into `cluster.Clusterer`, which
    holds what they read (``text``, ``clusters``, the indexes ``by_surname``, ``by_given`` and
    ``organisations``) and makes the clusters they fall back to (``cluster``, ``_organisation``)."""

    def _surname_holder(self, full: Cluster, mention: Mention) -> Cluster:
        """Who a surname mention is when a full name ends so: ``full``, unless a title of the other
        gender tells another person apart ("Michelle Obama … Mr. Obama": the surname's own
        cluster); a bare or titled surname then goes to whichever has more mentions so far (the
        titled one on a tie: the full name is written when she is meant). A role the full name was
        not given is no evidence ("Chairman Chuck Grassley … Sen. Grassley" are one person)."""
        if mention.via == _TITLE and mention.gender and full.gender and mention.gender != full.gender:
            return self.cluster(MentionKind.PERSON, mention.key)
        alone = self.clusters.get((MentionKind.PERSON, mention.key))
        if alone is None or not alone.mentions or not any(m.via == _TITLE for m in alone.mentions):
            return full
        if mention.gender and mention.gender != (alone.gender or mention.gender):
            return full
        if mention.gender and full.gender and mention.gender != full.gender:
            return alone
        return full if len(full.mentions) > len(alone.mentions) else alone

    def _single_name(self, word: str, position: int, gender: str = "", role: str = "") -> Cluster | None:
        """The multi-word person whose surname (else, uniquely, first name) is ``word``; of two
        sharing it, the one the title's gender or role fits ("President Clinton" is the Bill
        Clinton titled president, not Hillary Clinton)."""
        surname = self.by_surname.get(name_particle(word), [])
        if gender and len(surname) > 1:
            surname = [c for c in surname if c.gender in (gender, "")] or surname
        if role and len(surname) > 1:
            surname = [c for c in surname if role in c.roles] or surname
        if surname:
            before = [c for c in surname if c.mentions and c.first < position]
            if len(surname) > 1 and before:
                # Two people share the surname: the one the article introduced first is meant
                # by the bare surname (the other is named in full when meant).
                return min(before, key=lambda c: c.first)
            return surname[0]
        first = self.by_given.get(word, [])
        if len(first) == 1:
            return first[0]  # "Hillary"; "Mr. Kim" for "Kim Jong Un"
        return self.clusters.get((MentionKind.PERSON, word))  # "President Trump" … "Trump"

    def _seat_acts(self, mention: Mention) -> bool:
        """Whether a seat's name stands for the body it houses there ("the White House said"),
        not the building ("at the White House"), its staff ("a White House official", named
        so) or the office sought ("her candidacy for the White House", "win the White House")."""
        if mention.locative or modifies_next(self.text, mention.end):
            return False
        before = _WORD_BEFORE.search(self.text, max(0, mention.start - 30), mention.start)
        return not (before and before.group(1).lower() in _seat_sought_words())

    def _seat_body(self, key: str, leader: str) -> Cluster:
        """The actor a seat's name stands for: "Trump White House" is the Trump administration,
        "the White House" the one administration the article names, else the seat itself."""
        if leader:
            return self._organisation(f"{leader} {_SEAT_BODY}")
        bodies = [c for c in self.clusters.values() if c.kind == _ORGANISATION and c.key.endswith(" " + _SEAT_BODY)]
        return bodies[0] if len(bodies) == 1 else self._organisation(key)

    def _shorter_name_of(self, key: str, position: int) -> Cluster | None:
        """The longer organisation a shorter name stands for: a single word or acronym
        (`_short_form`), that word after a capitalised "The" ("The Times" for "The New York
        Times"), or the leading words of just one longer name whose rest has no `_REST_BREAKS`
        word ("U.S. News" for "U.S. News & World Report", never "Federal Reserve" for "Federal
        Reserve Bank of Boston", a body of its own, nor "Acme News" for a headline's glued
        "Acme News and Republican")."""
        words = key.split()
        if len(words) == 1:
            return self._short_form(key, position)
        if len(words) == 2 and words[0] == "The":
            return self._short_form(words[1], position)
        longer = [
            c for c, _, _, _ in self.organisations
            if c.key.startswith(key + " ") and not _REST_BREAKS & set(c.key[len(key) :].split())
        ]
        return longer[0] if len(longer) == 1 else None

    def _short_form(self, word: str, position: int) -> Cluster | None:
        """The longer organisation this single word or acronym stands for, if just one."""
        if word.isupper():
            by_initials = [c for c, initials, _, _ in self.organisations if initials == word]
            if not by_initials and "O" in word:
                by_initials = [c for c, _, _, _ in self.organisations if _initials_with_of(c.key) == word]
            if len(by_initials) == 1:
                return by_initials[0]
        clipped = len(word) >= 3 and word[0].isupper()
        by_word = [c for c, _, words, first in self.organisations if word in words or clipped and _is_prefix(word, first)]
        if len(by_word) == 1:
            return by_word[0]
        if len(by_word) > 1:
            # "Fed" after "Federal Reserve" and "Federal Reserve Bank of Boston": the one
            # introduced first, the article's main one.
            before = [c for c in by_word if c.mentions and c.first < position]
            return min(before, key=lambda c: c.first) if before else None
        return None

    def _known(self, key: str, position: int) -> Cluster | None:
        """An actor already named elsewhere that a modifier ("Facebook CEO …") refers to."""
        for kind in (MentionKind.ORGANISATION, MentionKind.COUNTRY):
            if (kind, key) in self.clusters:
                return self.clusters[(kind, key)]
        return self._short_form(key, position) or self._single_name(key, position)
