"""Actors of any English news article, found in its text: no topic file, no statistical model.

`discover_actors` finds the people, organisations, countries acting as agents and collective
groups an article names (`names`: capitalisation, titles, first names, organisation heads and a
country gazetteer; `descriptions`: group nouns and role descriptions) and clusters every way the
article names each one into one actor (`cluster`). Each actor points into ``article.text`` by
character offsets; the title is read for the `Actor.in_title` flag only.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..article import Article
from ..segment import PARAGRAPH_BREAK
from .cluster import Cluster, Clusterer
from .furniture import masked
from .descriptions import group_mentions, institution_mentions, role_mentions
from .names import Mention, name_mentions

__all__ = ["Actor", "discover_actors"]

# An actor is central when the title names it, or it has at least CENTRAL_MENTIONS mentions, or
# it is named in the first paragraph and at least CENTRAL_LEDE_MENTIONS times in all. The
# numbers follow the annotation guide of the actors gold set (named in the title or the lede's
# subject, or 3+ mentions; `benchmarks/actors_dev.py` prints how they score on actors1).
CENTRAL_MENTIONS = 3
CENTRAL_LEDE_MENTIONS = 2


@dataclass(frozen=True)
class Actor:
    """One actor of an article.

    ``name`` is the fullest form the article uses (a country's gazetteer name); ``kind`` person,
    organisation, country or group; ``mentions`` the ``(start, end)`` spans into
    ``article.text``, in text order, and ``via`` the rule that found each (parallel to
    ``mentions``); ``forms`` the distinct surface forms; ``in_title`` whether the title names
    it; ``central`` whether it is central (see CENTRAL_MENTIONS).
    """

    name: str
    kind: str
    mentions: tuple[tuple[int, int], ...]
    via: tuple[str, ...]
    forms: tuple[str, ...]
    in_title: bool
    central: bool


def _canonical(cluster: Cluster, text: str) -> str:
    """The fullest name: the longest key or mention without a title (role descriptions excluded)."""
    if cluster.kind in ("country", "group"):
        return cluster.key
    names = [cluster.key] + [m.key for m in cluster.mentions if m.kind not in ("role", "country", "group")]
    return max(names, key=lambda name: (len(name.split()), len(name)))


def _title_clusters(title: str, clusterer: Clusterer) -> set[int]:
    """Ids of the clusters the title names (a title mention never creates an actor)."""
    found: set[int] = set()
    mentions = name_mentions(title)
    for mention in mentions + group_mentions(title, mentions) + institution_mentions(title):
        cluster = _title_match(mention, clusterer)
        if cluster is not None:
            found.add(id(cluster))
    return found


def _title_match(mention: Mention, clusterer: Clusterer) -> Cluster | None:
    """The body's cluster a title mention names, if any."""
    clusters = clusterer.clusters
    if (mention.kind, mention.key) in clusters:
        return clusters[(mention.kind, mention.key)]
    if mention.kind in ("country", "demonym"):
        return clusters.get(("country", mention.key))
    if mention.kind == "group":
        return next((c for c in clusters.values() if c.kind == "group" and c.key.endswith(mention.key)), None)
    words = mention.key.split()
    return clusterer._single_name(words[-1], len(clusterer.text)) or clusterer._short_form(words[-1], len(clusterer.text))


def _lede_end(text: str) -> int:
    """Where the first paragraph of ``text`` ends."""
    for match in PARAGRAPH_BREAK.finditer(text):
        if text[: match.start()].strip():
            return match.start()
    return len(text)


def _actor(cluster: Cluster, text: str, in_title: bool, lede_end: int) -> Actor:
    """The public record of a cluster, its mentions deduplicated and in text order."""
    seen: dict[tuple[int, int], str] = {}
    for mention in sorted(cluster.mentions, key=lambda m: (m.start, m.end)):
        seen.setdefault((mention.start, mention.end), mention.via)
    spans = tuple(seen)
    forms = tuple(dict.fromkeys(text[start:end] for start, end in spans))
    in_lede = any(start < lede_end for start, _ in spans)
    central = in_title or len(spans) >= CENTRAL_MENTIONS or (in_lede and len(spans) >= CENTRAL_LEDE_MENTIONS)
    kind = "organisation" if cluster.kind == "unknown" else cluster.kind
    return Actor(_canonical(cluster, text), kind, spans, tuple(seen.values()), forms, in_title, central)


def discover_actors(article: Article) -> list[Actor]:
    """Every actor of ``article``, in order of first mention (see the package docstring)."""
    text = masked(article.text)
    names = name_mentions(text)
    mentions = names + group_mentions(text, names) + institution_mentions(text) + role_mentions(text)
    clusterer = Clusterer(text, mentions)
    clusters = clusterer.run()
    titled = _title_clusters(article.title, clusterer) if article.title else set()
    lede_end = _lede_end(text)
    actors = [_actor(c, text, id(c) in titled, lede_end) for c in clusters]
    return sorted(actors, key=lambda actor: actor.mentions[0])
