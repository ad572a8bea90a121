"""Actors of any English news article, found in its text: no topic file, no statistical model.

`discover_actors` finds the people, organisations, countries acting as agents and collective
groups an article names (`names`: capitalisation, titles, first names, organisation heads and a
country gazetteer; `descriptions`: group nouns and role descriptions) and clusters every way the
article names each one into one actor (`cluster`). Each actor points into ``article.text`` by
character offsets; the title is read for the `Actor.in_title` flag only.
"""

from __future__ import annotations

import bisect
import operator
from dataclasses import dataclass
from functools import lru_cache

from ..article import Article
from ..schema import ActorKind
from ..segment import PARAGRAPH_BREAK
from .cluster import Clusterer
from .name_matching import Cluster, forget_name_parts
from .furniture import masked_with_credits
from .descriptions import appositive_organisations, group_mentions, institution_mentions, led_body_mentions, role_mentions
from .names import forget_plans, name_mentions, vocabulary
from .vocabulary import Mention, MentionKind, Via

__all__ = ["Actor", "discover_actors", "forget_caches", "is_central", "lede_end", "written_in"]

# An actor is central when the title names it, or it has at least CENTRAL_MENTIONS mentions, or
# it is named in the first paragraph and at least CENTRAL_LEDE_MENTIONS times in all. The
# numbers follow the annotation guide of the actors gold set (named in the title or the lede's
# subject, or 3+ mentions; `benchmarks/actors_dev.py` prints how they score on actors1).
CENTRAL_MENTIONS = 3
CENTRAL_LEDE_MENTIONS = 2


@dataclass(frozen=True)
class Actor:
    """One actor of an article.

    ``name`` is the fullest form the article uses (a country's gazetteer name); ``kind`` an
    `ActorKind` value (person, organisation, country or group: a plain string, as the actors
    table holds it); ``mentions`` the ``(start, end)`` spans into ``article.text``, in text
    order, and ``via`` the `Via` rule that found each (parallel to ``mentions``); ``forms`` the distinct surface forms; ``in_title`` whether the title names
    it; ``central`` whether it is central (see CENTRAL_MENTIONS).
    """

    name: str
    kind: str
    mentions: tuple[tuple[int, int], ...]
    via: tuple[Via, ...]
    forms: tuple[str, ...]
    in_title: bool
    central: bool


_AFTER_ANY_END = float("inf")  # sorts a (position, ∞) probe after every span starting at position


def _in_spans(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``position`` lies in one of ``spans`` (headline lines, `headline_spans`: sorted
    and disjoint, so the one span that may hold it is found by bisection; a page of headline
    links has dozens, asked about for every mention)."""
    at = bisect.bisect_right(spans, (position, _AFTER_ANY_END)) - 1
    return at >= 0 and position < spans[at][1]


# Actors whose cluster key is their canonical name (a gazetteer country, a group's noun), and the
# mentions that write no name of the actor (a role description, a country or group form).
_KEYED_KINDS = frozenset({MentionKind.COUNTRY, MentionKind.GROUP})
_UNNAMED_KINDS = frozenset({MentionKind.ROLE, MentionKind.COUNTRY, MentionKind.GROUP})


def _canonical(cluster: Cluster, headlines: list[tuple[int, int]]) -> str:
    """The fullest name: the longest key or mention without a title (role descriptions excluded).
    A headline line's Title Case glues words to a name ("Obama Willing to Use …"), so a name
    written elsewhere is preferred to one written only in a headline (`headline_spans`)."""
    if cluster.kind in _KEYED_KINDS:
        return cluster.key
    named = [m for m in cluster.mentions if m.kind not in _UNNAMED_KINDS]
    outside = [m.key for m in named if not _in_spans(m.start, headlines)] if headlines else None  # speed: none to test
    names = outside if outside else [cluster.key] + [m.key for m in named]
    return max(names, key=lambda name: (len(name.split()), len(name)))


# A headline line inside the body: a paragraph of HEADLINE_WORDS words at most, no end
# punctuation, and at least HEADLINE_CAPITALISED of its words of four letters or more capitalised.
HEADLINE_WORDS = 20
HEADLINE_CAPITALISED = 0.8
_SENTENCE_END = ".!?:;\"”’)"


def headline_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the body's paragraphs that are headlines in Title Case."""
    spans, start = [], 0
    for match in [*PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        paragraph = text[start:end].rstrip()
        # Most paragraphs end a sentence: rejected before their words are read.
        if paragraph and paragraph[-1] not in _SENTENCE_END and paragraph.count(" ") < HEADLINE_WORDS:
            words = [w for w in paragraph.split() if len(w) >= 4 and w[0].isalpha()]
            if words and sum(w[0].isupper() for w in words) >= HEADLINE_CAPITALISED * len(words):
                spans.append((start, end))
        start = match.end() if match else end
    return spans


@lru_cache(maxsize=1)
def country_terms() -> dict[str, set[str]]:
    """Country → every gazetteer term naming it (name, aliases, capital, demonym)."""
    terms: dict[str, set[str]] = {}
    for term, place in vocabulary().countries.items():
        terms.setdefault(place.country, set()).add(term)
    return terms


def _title_names(cluster: Cluster, text: str, title: str) -> bool:
    """Whether the title writes one of the actor's names: a capitalised form it has in the body
    (a person's surname too), a gazetteer term of its country, or a group's noun. Title Case
    makes every title word capitalised, so names are looked up rather than spotted there."""
    role = MentionKind.ROLE
    forms = {text[m.start : m.end] for m in cluster.mentions if m.kind != role} | {cluster.key}
    if cluster.kind == MentionKind.PERSON:
        forms |= {form.split()[-1] for form in forms}
    elif cluster.kind == MentionKind.COUNTRY:
        forms |= country_terms().get(cluster.key, set())
    if cluster.kind == MentionKind.GROUP:
        lowered = title.lower()
        return any(written_in(form.lower(), lowered) for form in forms)
    return any(written_in(form, title) for form in forms if form[:1].isupper() and len(form) > 1)


def written_in(form: str, title: str) -> bool:
    """Whether ``form`` is written in ``title`` as whole words."""
    at = title.find(form)
    while at >= 0:
        before = title[at - 1] if at else " "
        after = title[at + len(form)] if at + len(form) < len(title) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        at = title.find(form, at + 1)
    return False


def lede_end(text: str) -> int:
    """Where the first paragraph of ``text`` ends."""
    for match in PARAGRAPH_BREAK.finditer(text):
        if text[: match.start()].strip():
            return match.start()
    return len(text)


def is_central(count: int, first: int, first_paragraph_end: int, in_title: bool) -> bool:
    """Whether an actor with ``count`` mentions, the first at offset ``first``, is central: the
    title names it, or CENTRAL_MENTIONS mentions, or named in the first paragraph and
    CENTRAL_LEDE_MENTIONS mentions in all."""
    return in_title or count >= CENTRAL_MENTIONS or (first < first_paragraph_end and count >= CENTRAL_LEDE_MENTIONS)


# The actor kind of a cluster, as the plain string the actors table holds: an unknown word kept
# as an actor is an organisation (`Clusterer._kept`).
_ACTOR_KIND = {
    MentionKind.PERSON: ActorKind.PERSON.value,
    MentionKind.ORGANISATION: ActorKind.ORGANISATION.value,
    MentionKind.UNKNOWN: ActorKind.ORGANISATION.value,
    MentionKind.COUNTRY: ActorKind.COUNTRY.value,
    MentionKind.GROUP: ActorKind.GROUP.value,
}


# `_actor` runs per cluster: its sort key and the credit rule read once (speed).
_SPAN_OF = operator.attrgetter("start", "end")
_CREDIT_LINE = Via.CREDIT_LINE


def _actor(cluster: Cluster, text: str, in_title: bool, first_paragraph_end: int, headlines: list[tuple[int, int]]) -> Actor:
    """The public record of a cluster, its mentions deduplicated and in text order."""
    seen: dict[tuple[int, int], str] = {}
    for mention in sorted(cluster.mentions, key=_SPAN_OF):
        seen.setdefault((mention.start, mention.end), mention.via)
    spans = tuple(seen)
    forms = tuple(dict.fromkeys(text[start:end] for start, end in spans))
    # A round-up's commentator is one of its main speakers, named once under the quotation.
    central = is_central(len(spans), spans[0][0], first_paragraph_end, in_title) or _CREDIT_LINE in seen.values()
    return Actor(_canonical(cluster, headlines), _ACTOR_KIND[cluster.kind], spans, tuple(seen.values()), forms, in_title, central)


def forget_caches() -> None:
    """Empty what discovery remembers between articles (run plans, name parts): for timing a
    cold start; the word lists stay loaded."""
    forget_plans()
    forget_name_parts()


def _outside_bodies(names: list[Mention], bodies: list[Mention]) -> list[Mention]:
    """The name mentions without a bare surname that only names a led body ("the Obama
    administration" is the administration, not Obama); a full or titled name ("President
    Trump's campaign") stays a person too."""
    if not bodies:
        return names
    starts = {body.start for body in bodies}
    return [name for name in names if name.start not in starts or " " in name.key or name.via == Via.TITLE]


# The rules that read a person from capitalised words alone (no title, no head): in a headline
# line's Title Case they glue unrelated words to a name ("Jane Roe Slams Tax Plan In Op-Ed").
GLUED_VIAS = frozenset({Via.CAPITALISED_WORDS, Via.FIRST_NAME, Via.DICTIONARY_WORDS})
_GLUED_KINDS = frozenset({MentionKind.PERSON, MentionKind.UNKNOWN})


def _without_headline_glue(names: list[Mention], headlines: list[tuple[int, int]]) -> list[Mention]:
    """The name mentions with the persons read from a headline line's Title Case that the
    article never writes outside such lines cut to their first word when the running text
    names someone so ("Roe Slams Tax Plan" → "Roe", when "Jane Roe" is written; `_written_prefix`), else dropped
    ("Tax Reform In Op-Ed Article"); a name also written outside headlines stays whole."""
    if not headlines:
        return names
    inside = [_in_spans(m.start, headlines) for m in names]
    written = {m.key for m, head in zip(names, inside) if not head}
    surnames = {key.rsplit(" ", 1)[-1] for key in written}
    kept = []
    for mention, head in zip(names, inside):
        if not (head and mention.kind in _GLUED_KINDS and " " in mention.key and mention.via in GLUED_VIAS and mention.key not in written):
            kept.append(mention)
            continue
        prefix = _written_prefix(mention.key.split(), written, surnames)
        if prefix:
            kept.append(Mention(mention.start, mention.start + len(prefix), MentionKind.PERSON, prefix, Via.HEADLINE_NAME))
    return kept


def _written_prefix(words: list[str], written: set[str], surnames: set[str]) -> str:
    """The longest leading words of a glued headline name that the running text writes as (the
    end of) a name ("Jane Roe" of "Jane Roe Slams Tax Plan"), else its first word when it is
    the last word of a name written there ("Roe" of "Roe Slams Tax Plan"), else ""."""
    for n in range(len(words) - 1, 1, -1):
        prefix = " ".join(words[:n])
        if any(key == prefix or key.endswith(" " + prefix) for key in written):
            return prefix
    return words[0] if words[0] in surnames else ""


Credits = list[tuple[tuple[int, int], tuple[int, int]]]


def _without_credit_lines(headlines: list[tuple[int, int]], credits: Credits) -> list[tuple[int, int]]:
    """The headline lines that are no round-up credit line ("Jane Roe, The Acme Times" reads as
    Title Case, but its name is a commentator's, not glued headline words)."""
    if not credits:
        return headlines
    starts = {name[0] for name, _ in credits}
    return [span for span in headlines if not any(span[0] <= start < span[1] for start in starts)]


def _with_credited_commentators(names: list[Mention], credits: Credits, text: str) -> list[Mention]:
    """The name mentions with each round-up commentator a person (`furniture.roundup_credits`),
    in place of what the names step read in those words."""
    if not credits:
        return names
    spans = [name for name, _ in credits]
    kept = [m for m in names if not any(start <= m.start < end for start, end in spans)]
    people = [Mention(start, end, MentionKind.PERSON, text[start:end], Via.CREDIT_LINE) for start, end in spans]
    return sorted(kept + people, key=lambda m: (m.start, -m.end))


def discover_actors(article: Article) -> list[Actor]:
    """Every actor of ``article``, in order of first mention (see the package docstring)."""
    text, credits = masked_with_credits(article.text)
    headlines = headline_spans(text)
    found = _without_headline_glue(name_mentions(text), _without_credit_lines(headlines, credits))
    names = appositive_organisations(text, _with_credited_commentators(found, credits, text))
    bodies = led_body_mentions(text, names)
    mentions = _outside_bodies(names, bodies) + group_mentions(text, names) + bodies + institution_mentions(text) + role_mentions(text)
    clusterer = Clusterer(text, mentions)
    clusters = clusterer.run()
    first_paragraph_end = lede_end(text)
    actors = [_actor(c, text, bool(article.title) and _title_names(c, text, article.title), first_paragraph_end, headlines) for c in clusters]
    return sorted(actors, key=lambda actor: actor.mentions[0])
