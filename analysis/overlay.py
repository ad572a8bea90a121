"""An article's actors: the ones found in its own text, with a topic file laid over them.

Actors come from the article (`analysis.entities.discover_actors`: names, groups and role
descriptions clustered into one actor each, no topic file needed). A topic file
(``analysis/topics/TOPIC.csv`` or a user's CSV, `analysis.framing.topic_source`) is an optional
overlay: its aliases and labels ("terror group", "militants" → Hamas) are attached to an actor
only when the article names that actor — a topic actor is *present* when one of its names is
written in the body (a ``name`` row, or an ``alias`` written as a proper name: "IDF",
"Washington", not "the group" or "hostage", `is_presence_term`). A topic actor absent from the
article gives nothing; a present one takes the topic's canonical name, absorbs the discovered
actors that one of its names points at (the mention spans are the same), and adds its other
terms where the text has them. A topic name right after a locative preposition that discovery did
not take for an actor ("in Washington") is a place: neither a mention nor evidence of presence.

Where a topic term and a discovered mention share characters: the same span is one mention
(the topic's kind and lemma label it); a longer topic term holding discovered mentions wins
("Trump administration" is the United States, not Donald Trump: leftmost-longest, as within a
framing category); a present actor's label or alias written where discovery only found a group
noun wins ("militants", "Hamas militants" → Hamas); a topic term inside a mention of its own actor
labels it ("company" in "The company", resolved to Acme); a mention inside another of the same
actor counts once; otherwise the discovered mention stands (a role description
"the group" that discovery resolved from the article's own context is not overruled).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .article import Article
from .entities import Actor, country_terms, discover_actors, is_central, lede_end, written_in
from .entities.names import vocabulary
from .entities.vocabulary import Via
from .lexicon import Entry, Matcher, longest_per_category, token_pass
from .schema import ActorKind, ActorTermKind

# Discovery rules (`Actor.via`) whose mentions a present topic actor's own label or alias may
# take over: bare group nouns and plurals ("militants", "fighters"), not names.
GROUP_VIAS = frozenset({Via.GROUP_NOUN, Via.DEMONYM_PLURAL, Via.DEMONYM_LIKE_PLURAL})
# The rule of a role description ("the company", "the former president"): kind `description`.
DESCRIPTION_VIA = Via.ROLE_DESCRIPTION


class ActorMention(NamedTuple):
    """One mention of an actor in the body: ``text[start:end]``; ``label`` is what the
    actor_labels table counts (the topic term's lemma, else the form as written); ``kind``
    an `ActorTermKind` value."""

    start: int
    end: int
    actor: str
    label: str
    kind: str


@dataclass(frozen=True)
class ArticleActor:
    """One actor of an article after the topic overlay.

    ``kind``: person, organisation, country or group (`analysis.entities.Actor.kind`);
    ``central``: as `Actor.central`; ``mentions`` in text order; ``forms``: every way the article
    writes it (mention texts), for joining speakers onto it; ``discovered``: the names
    `discover_actors` gave the actors merged into this one (a framing table computed without
    the overlay targets them by those names).
    """

    name: str
    kind: str
    central: bool
    mentions: tuple[ActorMention, ...]
    forms: tuple[str, ...]
    discovered: tuple[str, ...]


def is_presence_term(term: str, kind: str) -> bool:
    """True when a topic term names its actor: a ``name`` row, or an ``alias`` written as a proper
    name ("IDF", "Washington", "Gazans"); not a description ("the group", "the President",
    "hostage") or a label, which are attached only to an actor already named."""
    if kind == ActorTermKind.NAME:
        return True
    return kind == ActorTermKind.ALIAS and term[:1].isupper() and not term.startswith("The ")


# A topic's terms as `analysis.framing.topic_terms` gives them: (written form, entry), the entry's
# ``actor`` the topic actor, ``lemma`` the term, ``subcategory`` its kind.
TopicTerms = tuple[tuple[str, Entry], ...]


# Matchers of the topics' terms, by the identity of the terms tuple (`analysis.framing.topic_terms`
# returns one tuple per topic file version), the tuple kept alive beside its matcher: hashing a
# few hundred entries for every article cost more than matching them.
_MATCHERS: dict[int, tuple[TopicTerms, Matcher]] = {}


def _topic_matcher(terms: TopicTerms) -> Matcher:
    # Only the topic's own terms: the lexicons are matched once, by the framing table.
    held = _MATCHERS.get(id(terms))
    if held is None or held[0] is not terms:
        if len(_MATCHERS) >= 8:
            _MATCHERS.clear()
        held = _MATCHERS[id(terms)] = (terms, Matcher(terms))
    return held[1]


def topic_mentions(text: str, tokens: tuple, terms: TopicTerms) -> list[tuple[int, int, str, str, str]]:
    """``(start, end, topic actor, lemma, kind)`` of every topic term (``terms``) in ``text``
    (leftmost-longest, `analysis.lexicon.longest_per_category`); none without terms."""
    if not terms:
        return []
    found = longest_per_category(_topic_matcher(terms).find_in_tokens(text, *tokens))
    return sorted((m.start, m.end, m.entry.actor, m.entry.lemma, m.entry.subcategory) for m in found)


def _overlapping(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> list[tuple[int, int]]:
    """The spans of sorted ``spans`` sharing a character with ``[start, end)``."""
    last = bisect.bisect_left(starts, end)
    found = []
    for i in range(last - 1, -1, -1):
        if spans[i][1] > start:
            found.append(spans[i])
        elif spans[i][0] < start - 200:  # mentions are short: nothing further back can reach
            break
    return sorted(found)


def _after_locative(token_starts: list[int], keys: Sequence[str], start: int, locatives: frozenset[str]) -> bool:
    """Whether the word before ``start`` is a locative preposition ("in", "from", "at": the
    entity_context.csv list discovery reads), so a name there is a place, not an actor."""
    before = bisect.bisect_left(token_starts, start) - 1
    return before >= 0 and keys[before] in locatives


# Endings of a capitalised plural naming people ("Palestinians", "Democrats", "Loyalists"), not
# a name that ends in "s" ("Hamas", "Qassam Brigades" is a unit: organisation).
_PEOPLE_PLURALS = ("ans", "ers", "ists", "ites", "ees", "ats", "ics")


def _topic_kind(name: str) -> str:
    """Kind of a topic actor discovery did not find: country for a gazetteer country ("United
    States"), group for a plural of people ("Israeli hostages", "Palestinians"), else organisation ("Hamas")."""
    if name in country_terms():
        return ActorKind.COUNTRY.value
    last = name.split()[-1] if name.split() else name
    plural = last.endswith("s") and (last[:1].islower() or last.endswith(_PEOPLE_PLURALS))
    return ActorKind.GROUP.value if plural else ActorKind.ORGANISATION.value


def _in_title(terms: set[str], title: str) -> bool:
    """Whether ``title`` writes one of ``terms`` as whole words (`analysis.entities.written_in`)."""
    return any(written_in(term, title) for term in terms)


def article_actors(
    article: Article,
    tokens: tuple | None = None,
    topic: TopicTerms = (),
    discovered: Sequence[Actor] | None = None,
) -> list[ArticleActor]:
    """The actors of ``article`` in order of first mention, a topic's terms (``topic``:
    `analysis.framing.topic_terms`, empty for none) laid over the discovered ones (see the module
    docstring). ``tokens``: the body's token pass (`analysis.lexicon.token_pass`);
    ``discovered``: `discover_actors` output when already computed."""
    text = article.text
    actors = list(discover_actors(article) if discovered is None else discovered)
    owner: dict[tuple[int, int], int] = {}
    via: dict[tuple[int, int], str] = {}
    for index, actor in enumerate(actors):
        for span, rule in zip(actor.mentions, actor.via):
            owner.setdefault(span, index)
            via.setdefault(span, rule)
    spans = sorted(owner)
    starts = [s for s, _ in spans]
    tokens = tokens or token_pass(text)
    matches = topic_mentions(text, tokens, topic)
    # Which topic actors the article names, and which discovered actors those names point at.
    present: set[str] = set()
    votes: dict[int, Counter] = {}
    placed = []
    token_starts: list[int] = []  # cut only when a free topic name needs its preceding word
    locatives = vocabulary().locatives
    for start, end, topic_actor, lemma, kind in matches:
        hits = _overlapping(spans, starts, start, end)
        names = is_presence_term(lemma, kind)
        if names and not hits and not token_starts:
            token_starts = [t[0] for t in tokens[0]]
        if names and not hits and _after_locative(token_starts, tokens[1], start, locatives):
            continue  # "told reporters in Washington": a place, as discovery reads it
        exact = (start, end) in owner
        holds = bool(hits) and not exact and all(start <= s and e <= end for s, e in hits)
        if names and (exact or holds or not hits):
            present.add(topic_actor)
        if names and exact:
            # A topic's name for its actor links the discovered one outright; an alias is one vote.
            index = owner[(start, end)]
            weight = len(actors[index].mentions) if kind == ActorTermKind.NAME else 1
            votes.setdefault(index, Counter())[topic_actor] += weight
        placed.append((start, end, topic_actor, lemma, kind, hits, exact, holds))
    for index, actor in enumerate(actors):
        if actor.name in present:
            votes.setdefault(index, Counter())[actor.name] += len(actor.mentions)
    # A discovered actor joins a topic actor when that actor's aliases are more than half of its
    # mentions (or it is written by the topic's name, or its own name is one): "the Obama
    # administration … the White House" stays the administration though the topic makes "White
    # House" an alias of the United States.
    linked = {
        index: counter.most_common(1)[0][0]
        for index, counter in votes.items()
        if 2 * counter.most_common(1)[0][1] > len(actors[index].mentions)
    }
    return _merged(article, actors, owner, via, linked, present, placed)


def _merged(article: Article, actors: list[Actor], owner: dict, via: dict, linked: dict[int, str], present: set[str], placed: list) -> list[ArticleActor]:
    """The final actors: discovered ones (renamed and merged when linked to a topic actor) plus
    the present topic actors' own mentions, resolved as the module docstring says."""
    text = article.text
    name_of = {index: linked.get(index, actor.name) for index, actor in enumerate(actors)}
    # span -> (final actor, label, kind); discovered mentions first, as written.
    mention_at: dict[tuple[int, int], tuple[str, str, str]] = {}
    description, form = ActorTermKind.DESCRIPTION.value, ActorTermKind.FORM.value  # read once (speed)
    for span, index in owner.items():
        mention_at[span] = (name_of[index], text[span[0] : span[1]], description if via[span] == DESCRIPTION_VIA else form)
    for start, end, topic_actor, lemma, kind, hits, exact, holds in placed:
        if topic_actor not in present:
            continue
        if exact:
            current = mention_at[(start, end)][0]
            if current == topic_actor or via[(start, end)] in GROUP_VIAS:
                mention_at[(start, end)] = (topic_actor, lemma, kind)
        elif holds or not hits:
            for span in hits:
                del mention_at[span]
            mention_at[(start, end)] = (topic_actor, lemma, kind)
        else:
            for span in hits:
                if span not in mention_at:
                    continue
                # A topic term inside the actor's own mention ("company" in "The company" resolved
                # to Acme), or a label inside a group noun ("militant" in "Hamas militants").
                own = mention_at[span][0] == topic_actor
                if own or (via[span] in GROUP_VIAS and not is_presence_term(lemma, kind)):
                    mention_at[span] = (topic_actor, lemma, kind)
    by_actor: dict[str, list[ActorMention]] = {}
    # Longest first at each start, so a mention inside another of the same actor ("Hamas" in
    # "Hamas militants", both taken by Hamas) is counted once.
    for (start, end), (name, label, kind) in sorted(mention_at.items(), key=lambda item: (item[0][0], -item[0][1])):
        own = by_actor.setdefault(name, [])
        if own and start < own[-1].end and end <= own[-1].end:
            continue
        own.append(ActorMention(start, end, name, label, kind))
    first_paragraph_end = lede_end(text)
    result = []
    members_of: dict[str, list[Actor]] = {}
    for index, actor in enumerate(actors):
        members_of.setdefault(name_of[index], []).append(actor)
    for name, mentions in by_actor.items():
        members = members_of.get(name, [])
        if members:
            # The kind of its most mentioned part, but a topic country stays a country ("State
            # Department" under the topic's United States).
            kind = ActorKind.COUNTRY.value if name in country_terms() else max(members, key=lambda actor: len(actor.mentions)).kind
            in_title = any(actor.in_title for actor in members)
        else:
            kind = _topic_kind(name)
            terms = {m.label for m in mentions if m.label[:1].isupper()} | {name}
            in_title = bool(article.title) and _in_title(terms, article.title)
        central = is_central(len(mentions), mentions[0].start, first_paragraph_end, in_title)
        forms = tuple(dict.fromkeys(text[m.start : m.end] for m in mentions))
        result.append(ArticleActor(name, kind, central, tuple(mentions), forms, tuple(actor.name for actor in members)))
    return sorted(result, key=lambda actor: actor.mentions[0].start)


def mention_spans(actors: Sequence[ArticleActor]) -> list[tuple[int, int, str]]:
    """``(start, end, actor name)`` of every mention, sorted: the target candidates of the framing table."""
    return sorted((m.start, m.end, m.actor) for actor in actors for m in actor.mentions)


@lru_cache(maxsize=8192)
def _key(form: str) -> str:
    """How a speaker and a form are compared: case-folded, a leading "the" dropped, spaces collapsed."""
    words = [word.strip(",;:") for word in form.replace("’", "'").casefold().split()]
    words = [word[:-2] if word.endswith("'s") else word for word in words]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


class SpeakerIndex:
    """Joins a statement's speaker (`analysis.framing.statement_speakers`) onto the actor it names.

    The speaker written exactly as one of an actor's forms or its name is that actor ("Hamas",
    "Israeli officials", "the ministry"); otherwise the actor of the longest form written in the
    speaker as whole words ("A second U.S. adviser" → United States, "China's commerce ministry" →
    China; a possessive "'s" is dropped); a form two actors share goes to the more mentioned one.
    "" when none.
    """

    def __init__(self, actors: Sequence[ArticleActor]) -> None:
        self._by_form: dict[str, str] = {}
        for actor in sorted(actors, key=lambda a: -len(a.mentions)):
            for form in (actor.name, *actor.forms):
                key = _key(form)
                if key:
                    self._by_form.setdefault(key, actor.name)
        self._cache: dict[str, str] = {}

    def actor(self, speaker: str) -> str:
        """The actor ``speaker`` names, else ""."""
        if speaker not in self._cache:
            self._cache[speaker] = self._find(speaker)
        return self._cache[speaker]

    def _find(self, speaker: str) -> str:
        key = _key(speaker)
        if not key:
            return ""
        if key in self._by_form:
            return self._by_form[key]
        words = key.split()
        for size in range(len(words) - 1, 0, -1):  # longest form first
            for first in range(len(words) - size + 1):
                found = self._by_form.get(" ".join(words[first : first + size]))
                if found:
                    return found
        return ""


# The index of the last actors asked for, with the actor records it was built from: the actors
# and voices steps of one article ask for the same actors (speed: built once, not twice).
_LAST_INDEX: list = [(), None]


def speaker_index(actors: Sequence[ArticleActor]) -> SpeakerIndex:
    """`SpeakerIndex` of ``actors``; the one built last when ``actors`` holds the very same
    records in the same order (compared by identity: the records are frozen, so a list rebuilt
    or edited gets a new index). Its answers are those of a new index."""
    held, index = _LAST_INDEX
    if index is None or len(held) != len(actors) or any(a is not b for a, b in zip(held, actors)):
        index = SpeakerIndex(actors)
        _LAST_INDEX[:] = [tuple(actors), index]
    return index
