"""Coreference clustering of mentions into actors, with the article's own evidence only.

This module assembles the clusters (`Clusterer`: two passes over the mentions, one handler per
mention kind, and which clusters are kept as actors); the lookups from a name to the cluster it
stands for (surnames, titles, initials, short forms, seats) are `name_matching.NameMatcher`.

Rules, applied in text order (after the full names of the whole article are known, so a
surname written before the full name still finds it):

- persons: a full name and the same name with a middle initial or a title are one actor; a
  surname alone, or title + surname ("Mr. Kim", "Sen. Lee"), is the person whose full name ends
  so (the one introduced last before it, else the first after; a title's gender breaks ties); a
  first name alone ("Hillary") is the person whose full name starts so, if only one does;
- organisations: an acronym declared after its expansion ("the National Rifle Association
  (NRA)") or spelled by its capitalised words' initials is the expansion; a single word of a
  longer organisation name ("Cornwall", "Post", "Fed" for "Federal Reserve") is that
  organisation when only one has it;
- countries: name, alias, capital used as the government ("Beijing said", not "in Beijing")
  and demonym used for the state ("Israeli strikes") are the country;
- seats (`entity_context.csv` role `seat`): "the White House said" is the one administration
  the article names, "the Obama White House" the Obama administration, else the White House
  itself; not where it is the building, its staff's modifier or the office sought (`_seat_acts`);
- groups: a bare group noun after a qualified one with the same noun ("officials" after
  "Israeli officials") is that group;
- role descriptions ("the former president", "the company") are the latest actor introduced in
  that role before them (a title or head gave it the role); "the company" / "the group" may
  also be the latest organisation of no stated kind ("Facebook", "Hamas"); "the country" the
  latest country acting. No role is ever filled from world knowledge;
- a single unknown capitalised word that none of these rules places is an organisation if it
  is written twice or more, after "the", or before a reporting verb other than at a sentence
  start ("History shows": a sentence's capital is no evidence, Mikheev et al. 1999), and a
  place (dropped) if it is ever written after a locative preposition ("in Parkland"); an
  organisation named after a place ("Indian Country") only ever after one is a place too;
- an outlet (`lexicons/outlets.csv`) is an actor only when it acts or speaks in the story: one
  whose every mention is a credit is dropped. A credit is the outlet addressed or used as a
  medium ("told Acme News", "said on Acme News", "an article for the Acme Times": a `credit`
  word before it, `lexicons/entity_context.csv`), crediting its journalist ("Acme News
  correspondent Jane Roe": a `credit_after` word after it) or a citation in brackets ("[Acme
  News, 10/21/15]", "(Acme)"). "a report in", "a leak to" and "Acme News' Jane Roe" are no
  credit: the gold counts the outlet reporting or receiving there (actors dev1-dev3).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from . import gazetteer
from .article_text import at_sentence_start
from .gazetteer import ContextRole
from .modifiers import brill_tag, heads_noun_after, only_modifies
from .name_matching import _WORD_BEFORE, Cluster, NameMatcher, _initials, _led_bodies, _person_parts, _seat_leader
from .vocabulary import GENERIC_ORGANISATION_ROLES, Mention, MentionKind, Via, inflected_cues, reporting_forms

# Roles that stand for a country's state when no one was introduced in them ("the government"
# after "Nepal … the government" is Nepal's), and that are an actor of their own when the
# article names no country either (the gold's "the government" of a US agency story).
STATE_ROLES = ("country", "nation", "government")
STANDALONE_ROLES = frozenset({"government"})
_DECLARED = re.compile(r"[ \u00a0]*\(([A-Z][A-Za-z&]{1,7})\)")
# The mentions the first pass keys full names on; the clusters a role description may fall to
# when no one was introduced in its role: a state role's country, a generic role's organisation.
_FULL_NAME_KINDS = frozenset({MentionKind.PERSON, MentionKind.ORGANISATION})
_STATE_HOLDER_KINDS = frozenset({MentionKind.COUNTRY})
_US_STATE = Via.US_STATE
_ORGANISATION_HOLDER_KINDS = frozenset({MentionKind.ORGANISATION, MentionKind.UNKNOWN})
# What the per-mention steps test, read once into module names (speed: in Python 3.11 reading an
# enum member off its class costs four times as much: `EnumType` defines ``__getattr__``).
_PERSON, _ORGANISATION, _ROLE, _TITLE = MentionKind.PERSON, MentionKind.ORGANISATION, MentionKind.ROLE, Via.TITLE
# An "acronym" that is a person's surname in capitals: a transcript's speaker label ("JIANG:",
# "TRUMP:" for Weijia Jiang, President Trump) is that person.
_ACRONYM = Via.ACRONYM
# The inflected one-word reporting verbs ("said", "reported"): a word before one speaks (`Clusterer._speaks`).
_INFLECTED_CUES = inflected_cues()
_LISTED_BEFORE, _FINITE = re.compile(r"\b(?:and|or)[ \u00a0]+$"), ("VBZ", "VBD", "MD")  # "The Pentagon has sent": it acts


class Clusterer(NameMatcher):
    """Builds actors from mentions (see the module docstring); one instance per article."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.clusters: dict[tuple[str, str], Cluster] = {}
        self.declared: dict[str, str] = {}
        # Indexes instead of scans: persons of two or more words by (first, last) word, by
        # last word and by first word (each list in the order of `clusters`), and
        # organisations of two or more words with their initials and words.
        self.full_names: dict[tuple[str, str], Cluster] = {}
        self.by_surname: dict[str, list[Cluster]] = {}
        self.by_given: dict[str, list[Cluster]] = {}
        # (cluster, initials, words, first word): its first word kept for `_is_prefix`.
        self.organisations: list[tuple[Cluster, str, frozenset[str], str]] = []
        # The organisations' mention spans, sorted, once every mention is placed (`run`).
        self._organisation_spans: list[tuple[int, int]] | None = None

    def cluster(self, kind: MentionKind, key: str, mention: Mention | None = None) -> Cluster:
        """The cluster of (kind, key), created on first use; ``mention`` is added to it."""
        found = self.clusters.get((kind, key))
        if found is None:
            found = self.clusters[(kind, key)] = Cluster(kind, key)
            self._index(found)
        if mention is not None:
            found.mentions.append(mention)
            if mention.role and mention.kind != _ROLE:
                found.roles.setdefault(mention.role, mention.start)
            found.gender = found.gender or mention.gender
            found.via = found.via or mention.via
        return found

    def _index(self, cluster: Cluster) -> None:
        """Enter a new cluster in the indexes."""
        if cluster.kind == MentionKind.PERSON and len(cluster.key.split()) > 1:
            first, last = _person_parts(cluster.key)
            self.full_names.setdefault((first, last), cluster)
            self.by_surname.setdefault(last, []).append(cluster)
            self.by_given.setdefault(first, []).append(cluster)
        elif (
            cluster.kind == MentionKind.ORGANISATION and " " in cluster.key and cluster.key.rsplit(" ", 1)[1] not in _led_bodies()
            and _seat_leader(cluster.key) is None
        ):
            # A led body ("Trump campaign") is never what its leader's bare surname stands for,
            # nor a seat what its last word does ("the House" is not the White House).
            words = cluster.key.split()
            self.organisations.append((cluster, _initials(cluster.key), frozenset(words), words[0]))

    def _moved_last(self, cluster: Cluster) -> None:
        """Keep the person indexes in the order of `clusters` after ``cluster`` moved to its end."""
        first, last = _person_parts(cluster.key)
        for index, word in ((self.by_surname, last), (self.by_given, first)):
            index[word].remove(cluster)
            index[word].append(cluster)

    def run(self) -> list[Cluster]:
        """Every actor of the article, its mentions in text order."""
        self._full_names()
        for mention in self.mentions:
            self._resolve(mention)
        self._organisation_spans = self._spans_of_organisations()  # final now: read once by `_kept`
        return [c for c in self.clusters.values() if c.mentions and self._kept(c)]

    def _full_names(self) -> None:
        """First pass: persons with two or more words, organisations and their declared acronyms."""
        for mention in self.mentions:
            if mention.modifier or mention.kind not in _FULL_NAME_KINDS:
                continue
            if mention.kind == _PERSON and len(mention.key.split()) < 2 and mention.via != _TITLE:
                continue
            self._person_or_organisation(mention).mentions  # noqa: B018 (creates the cluster)
            if mention.kind == _ORGANISATION:
                declared = _DECLARED.match(self.text, mention.end)
                if declared and len(mention.key.split()) > 1:
                    self.declared[declared.group(1)] = mention.key
        for cluster in self.clusters.values():
            cluster.mentions.clear()

    def _person_or_organisation(self, mention: Mention) -> Cluster:
        """The cluster a full name belongs to (same first and last word for persons)."""
        if mention.kind == _PERSON:
            cluster = self.full_names.get(_person_parts(mention.key))
            if cluster is not None:
                if len(mention.key) > len(cluster.key):
                    del self.clusters[(MentionKind.PERSON, cluster.key)]
                    cluster.key = mention.key
                    self.clusters[(MentionKind.PERSON, mention.key)] = cluster
                    self._moved_last(cluster)
                return cluster
            return self.cluster(mention.kind, mention.key)
        return self._organisation(mention.key)

    def _organisation(self, key: str) -> Cluster:
        """The organisation cluster of a full name, with or without a capitalised "The" ("The
        New York Times" and "New York Times" are one outlet): the spelling met first keys it."""
        bare = key[4:] if key.startswith("The ") and " " in key[4:] else key
        for spelling in (bare, "The " + bare):
            if (MentionKind.ORGANISATION, spelling) in self.clusters:
                return self.clusters[(MentionKind.ORGANISATION, spelling)]
        return self.cluster(MentionKind.ORGANISATION, key)

    def _resolve(self, mention: Mention) -> None:
        """Second pass: put each mention in its actor's cluster, or leave it out."""
        handler = _HANDLERS.get(mention.kind)
        if handler is not None:
            handler(self, mention)

    def _add_person(self, mention: Mention) -> None:
        if len(mention.key.split()) > 1:
            cluster = self._person_or_organisation(mention)
            self._append(cluster, mention)
            cluster.via = cluster.via or mention.via
            return
        target = self._single_name(mention.key, mention.start, mention.gender, mention.role)
        if target is not None and " " in target.key:
            target = self._surname_holder(target, mention)
        if target is not None:
            self._append(target, mention)
        else:
            self.cluster(MentionKind.PERSON, mention.key, mention)

    def _append(self, cluster: Cluster, mention: Mention) -> None:
        """Add a mention to an existing cluster, with the role its title gives."""
        cluster.mentions.append(mention)
        if mention.role and mention.kind != _ROLE:
            cluster.roles.setdefault(mention.role, mention.start)
        cluster.gender = cluster.gender or mention.gender

    def _add_organisation(self, mention: Mention) -> None:
        leader = _seat_leader(mention.key)
        if leader is not None:
            if self._seat_acts(mention):
                body = self._seat_body(mention.key, leader)
                # Keyed as its body, so the body's name stays the canonical one ("Obama administration").
                self._append(body, replace(mention, key=body.key))
            return
        if mention.modifier:
            target = self._known(mention.key, mention.start)
            if target is not None:
                self._append(target, mention)
            return
        if mention.key in self.declared:
            self._append(self.cluster(MentionKind.ORGANISATION, self.declared[mention.key]), mention)
            return
        target = self._shorter_name_of(mention.key, mention.start)
        if target is None and mention.via == _ACRONYM:
            target = self._single_name(mention.key.title(), mention.start)
        if target is not None:
            self._append(target, mention)
            return
        self._append(self._organisation(mention.key), mention)

    def _add_country(self, mention: Mention) -> None:
        if mention.locative:
            return  # "in Beijing", "from Israel": where, not who
        if mention.via == Via.CAPITAL:
            # "Washington" is the team or the paper when the article names one so.
            organisation = self._short_form(self.text[mention.start : mention.end], mention.start)
            if organisation is not None:
                self._append(organisation, mention)
                return
        self.cluster(MentionKind.COUNTRY, mention.key, mention)

    def _add_group(self, mention: Mention) -> None:
        if " " not in mention.key and mention.role:
            lemma, group = mention.role, MentionKind.GROUP
            qualified = [
                c for c in self.clusters.values()
                if c.kind == group and " " in c.key and c.mentions and c.mentions[-1].role == lemma and c.first < mention.start
            ]
            if qualified:
                max(qualified, key=lambda c: c.first).mentions.append(mention)
                return
        cluster = self.cluster(MentionKind.GROUP, mention.key, None)
        cluster.mentions.append(mention)

    def _add_unknown(self, mention: Mention) -> None:
        word = mention.key
        if mention.modifier:
            target = self._known(word, mention.start)
            if target is not None:
                self._append(target, mention)
            return
        if word in self.declared:
            self._append(self.cluster(MentionKind.ORGANISATION, self.declared[word]), mention)
            return
        person = self._single_name(word, mention.start)
        if person is not None and " " in person.key:
            person = self._surname_holder(person, mention)
        if person is not None:
            self._append(person, mention)
            return
        # A name in dictionary words may be the leading words of a longer one ("Planned Parenthood
        # Federation"); a single word a short form (`_shorter_name_of`).
        organisation = self._shorter_name_of(word, mention.start)
        if organisation is not None:
            self._append(organisation, mention)
            return
        self.cluster(MentionKind.UNKNOWN, word, mention)

    def _add_role(self, mention: Mention) -> None:
        target = self._role_holder(mention.key, mention.start)
        if target is not None:
            self._append(target, mention)
        elif mention.key in STANDALONE_ROLES:
            self.cluster(MentionKind.ORGANISATION, mention.key, mention)

    def _role_holder(self, role: str, position: int) -> Cluster | None:
        """The actor introduced last before ``position`` in ``role`` (see the module docstring)."""
        holders = [(c.roles[role], c) for c in self.clusters.values() if c.roles.get(role, position) < position]
        if holders:
            return max(holders, key=lambda pair: pair[0])[1]
        if role in STATE_ROLES:
            kinds, generic = _STATE_HOLDER_KINDS, True
        else:
            kinds, generic = _ORGANISATION_HOLDER_KINDS, role in GENERIC_ORGANISATION_ROLES
        if not generic:
            return None
        # Of several, the one named most often so far ("the company" after "Facebook … Instagram"
        # is Facebook), the latest on a tie.
        candidates = [
            ((sum(m.start < position for m in c.mentions), max(m.start for m in c.mentions if m.start < position)), c)
            for c in self.clusters.values()
            if c.kind in kinds and not c.roles and any(m.start < position for m in c.mentions) and self._kept(c)
            and not (c.via == _US_STATE and role in STATE_ROLES)  # "the nation" after "Texas has sued" is the US
        ]
        return max(candidates, key=lambda pair: pair[0])[1] if candidates else None

    def _kept(self, cluster: Cluster) -> bool:
        """Whether a cluster is an actor: unknown single words need evidence (module docstring)."""
        mentions = cluster.mentions
        if cluster.kind == _ORGANISATION:
            if all(m.via == Via.PLACE_NAMED_ORGANISATION and m.locative for m in mentions):
                return False  # "leaders in Indian Country": named after a place, only ever where things happen
            outlet = Via.OUTLET
            if any(m.via == outlet for m in mentions):
                return not all(is_credit(self.text, m.start, m.end) for m in mentions)
        if cluster.kind != MentionKind.UNKNOWN:
            return True
        # A body named in dictionary words is a place only if only ever written where things
        # happen ("counsel at Student Defense" works there; "in Wounded Knee").
        dictionary = cluster.via == Via.DICTIONARY_WORDS
        if (all if dictionary else any)(self._placed(m) for m in mentions) and not self._speaks(mentions):
            return False
        # "the" before a name in dictionary words is a work's or an event's as often ("the Big
        # Short", "the Red Wave"): no evidence for it.
        if len(mentions) >= 2 or (not dictionary and any(m.definite for m in mentions)):
            # "Hindu temples", "a Hindu mob": a capitalised adjective, no name (a single mention
            # kept below has a reporting verb or a list's comma after it: it modifies nothing).
            return not all(only_modifies(self.text, m.end) for m in mentions)
        if len(mentions) == 1 and at_sentence_start(self.text, mentions[0].start):
            return False  # "History shows …": a capital that only opens a sentence is no evidence
        return any(self._next_word(m.end) in reporting_forms() or self._listed_with_organisation(m) for m in mentions)

    def _speaks(self, mentions: list[Mention]) -> bool:
        """Whether an unknown word written more than once speaks or acts in the text: an inflected
        reporting verb right after a mention ("Saddoon said"), or "the" and a finite verb ("The
        Pentagon has sent"), so that one mention after a locative ("from Mosul, Saddoon said", "at
        the Pentagon") does not make it a place. A place written once never qualifies, nor a
        speaking mention itself placed or listed ("Police in Smallville said", "Evidence from
        Leeds and Smallville suggests": the place is no subject there)."""
        return len(mentions) >= 2 and any(
            (self._next_word(m.end) in _INFLECTED_CUES or (self.text[max(0, m.start - 4) : m.start].lower() == "the " and brill_tag(self._next_word(m.end)) in _FINITE)) and not m.locative and not _LISTED_BEFORE.search(self.text, max(0, m.start - 6), m.start)
            for m in mentions
        )

    def _placed(self, mention: Mention) -> bool:
        """Whether a mention stands where a place does: after a locative preposition, and the
        head of its phrase there ("in Smallville"), not a modifier of the noun after it ("headed to
        Chick-fil-A restaurants", "outside Acme stores": the preposition's object is the noun)."""
        return mention.locative and not heads_noun_after(self.text, mention.end)

    def _spans_of_organisations(self) -> list[tuple[int, int]]:
        """The organisations' mention spans, sorted."""
        return sorted((m.start, m.end) for c in self.clusters.values() if c.kind == _ORGANISATION for m in c.mentions)

    def _listed_with_organisation(self, mention: Mention) -> bool:
        """Whether a mention is listed, after a comma, next to an organisation's name ("BuzzFeed,
        the Huffington Post, and Vice": a word in a list of bodies is a body too)."""
        spans = self._organisation_spans if self._organisation_spans is not None else self._spans_of_organisations()
        at = bisect.bisect_left(spans, (mention.start, mention.end))
        before = spans[at - 1] if at else None
        after = spans[at] if at < len(spans) else None
        return bool(
            (before and mention.start - before[1] < _LIST_REACH and _LIST_JOIN.fullmatch(self.text, before[1], mention.start))
            or (after and after[0] - mention.end < _LIST_REACH and _LIST_JOIN.fullmatch(self.text, mention.end, after[0]))
        )

    def _next_word(self, end: int) -> str:
        """The word after ``end`` (skipping a possessive), lowercased."""
        match = _NEXT_WORD.match(self.text, end)
        return match.group(1).lower() if match else ""


_NEXT_WORD = re.compile(r"(?:['’]s)?[ \u00a0]+([A-Za-z]+)")
# What joins two names of one list: a comma, perhaps with "and" / "or", and a "the" after it (a
# bare "and" may join the halves of one name cut there: "Centre for Drugs and Drug Addiction"),
# at most _LIST_REACH characters.
_LIST_REACH = 12
_LIST_JOIN = re.compile(r",[ \u00a0]+(?:(?:and|or)[ \u00a0]+)?(?:the[ \u00a0]+)?")
_CREDITED_JOURNALIST = re.compile(r"[ \u00a0]+([a-z-]+)")


@lru_cache(maxsize=1)
def _credit_words() -> tuple[frozenset[str], frozenset[str]]:
    """(words before, words after) an outlet that make a mention a credit (module docstring)."""
    return gazetteer.context_words(ContextRole.CREDIT), gazetteer.context_words(ContextRole.CREDIT_AFTER)


def is_credit(text: str, start: int, end: int) -> bool:
    """Whether the outlet written at ``text[start:end]`` is only credited there ("told Acme
    News", "Acme News correspondent Jane Roe", "[Acme News, 10/21/15]"), not acting (module
    docstring)."""
    before_words, after_words = _credit_words()
    if start and text[start - 1] in "[(":
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before and before.group(1) in before_words:
        return True
    after = _CREDITED_JOURNALIST.match(text, end)
    return bool(after) and after.group(1) in after_words


# How each kind of mention is clustered (a demonym used as a modifier has no handler: dropped).
_HANDLERS = {
    MentionKind.PERSON: Clusterer._add_person,
    MentionKind.ORGANISATION: Clusterer._add_organisation,
    MentionKind.COUNTRY: Clusterer._add_country,
    MentionKind.GROUP: Clusterer._add_group,
    MentionKind.UNKNOWN: Clusterer._add_unknown,
    MentionKind.ROLE: Clusterer._add_role,
}
