"""The actors table: how often each actor of an article appears, how it is labelled, quoted and cast.

Actors are found in the article itself (`analysis.entities.discover_actors`), with a topic file
(``analysis/topics/TOPIC.csv`` or a user's CSV) as an optional overlay of aliases and labels
for the actors the article names (`analysis.overlay.article_actors`). For each actor: its kind,
whether it is central, mentions, the labels used
(Entman 1993: naming as framing), how often and how much it is quoted (statements table), the
tone of the sentences around it in the writer's voice and in quotations, the loaded wording beside
it, what other speakers say about it and one fitted writer-feeling score (`analysis.actor_tone`),
and whether it is the
agent or the target of violence, with the agentless passives ("six Palestinians were killed")
that hide an agent (Trew 1979; Fowler 1991, ch. 5).
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from .actor_tone import BODY_POLARITY, stance_writer, tone_others, writer_feeling
from .article import Article
from .framing import article_entities, framing_columns, merge_spans, statement_speakers, upstream_columns
from .lexicon import token_pass
from .options import DEFAULT_TOPIC
from .overlay import ArticleActor, mention_spans, speaker_index
from .roles import violence_rows
from .schema import (
    COLUMNS,
    Category,
    Columns,
    Polarity,
    Voice,
    columns_from_rows,
    columns_of,
    empty_columns,
    row_count,
    table_from_columns,
)
from .sentiment import polarity_subjectivity_many
from .spans import SpanIndex
from .summary import body_sentiment
from .tokenize import count_words

ACTOR_COLUMNS = list(COLUMNS["actors"])
ACTOR_LABEL_COLUMNS = list(COLUMNS["actor_labels"])


class _MergedQuotes:
    """The questions `_mention_rows` and `_tones` ask a `SpanIndex` of quotations, answered for
    merged quotations (`merge_spans`: sorted, disjoint, so their ends rise too) by one bisection:
    at most one of them can hold a stretch, the last starting at or before it (speed: the same
    answers as ``SpanIndex(quotes)``, without collecting candidates)."""

    def __init__(self, quotes: list[tuple[int, int]]) -> None:
        self._quotes = quotes
        self._starts = [a for a, _ in quotes]
        self._ends = [b for _, b in quotes]

    def first_covering(self, start: int, end: int) -> tuple[int, int] | None:
        at = bisect.bisect_right(self._starts, start) - 1
        return self._quotes[at] if at >= 0 and self._quotes[at][1] >= end else None

    def covering(self, start: int, end: int) -> list[tuple[int, int]]:
        found = self.first_covering(start, end)
        return [found] if found is not None else []

    def overlaps(self, start: int, end: int) -> bool:
        at = bisect.bisect_right(self._ends, start)  # the first quotation ending after ``start``
        return at < len(self._quotes) and self._quotes[at][0] < end


def _label_uses(actor_names, lemmas, kinds, quoted) -> list[tuple[str, str, str, int, int]]:
    """(actor, label, kind, writer uses, quoted uses): actors alphabetically, then most used first."""
    uses: dict[tuple[str, str, str], list[int]] = {}
    for actor, label, kind, inside in zip(actor_names, lemmas, kinds, quoted):
        uses.setdefault((actor, label, kind), [0, 0])[bool(inside)] += 1
    # Ties keep the order of first use (the sort is stable).
    return sorted(((*key, w, q) for key, (w, q) in uses.items()), key=lambda r: (r[0], -(r[3] + r[4])))


def _mention_rows(
    article: Article, entities: Sequence[ArticleActor], sentences: Columns, quoted_voice: list[tuple[int, int, str]], quotes: SpanIndex | None = None
) -> list[tuple[str, str, str, bool, int, int, int]]:
    """(actor, label, kind, in_quote, sentence, start, end) of every body mention of ``entities``.

    ``in_quote``: inside quoted voice (`quote_voice`); ``sentence``: the sentences table's number.
    ``quotes``: the `SpanIndex` of ``merge_spans(quoted_voice)`` when the caller has built it.
    """
    quotes = SpanIndex(merge_spans(quoted_voice)) if quotes is None else quotes
    starts, numbers = sentences["start"] or [0], sentences["sentence"] or [0]
    rows = []
    for actor in entities:
        for m in actor.mentions:
            sentence = numbers[max(bisect.bisect_right(starts, m.start) - 1, 0)]
            rows.append((actor.name, m.label, m.kind, quotes.first_covering(m.start, m.end) is not None, int(sentence), m.start, m.end))
    return rows


def actor_labels(
    article: Article,
    framing: pd.DataFrame | None = None,
    topic: str | Path | None = DEFAULT_TOPIC,
    entities: Sequence[ArticleActor] | None = None,
) -> pd.DataFrame:
    """The actor_labels table of ``article`` (`actor_label_columns`) for ``topic``.

    ``framing`` is accepted for compatibility and not needed: the labels come from the actors
    (``entities``, `analysis.overlay.article_actors`), computed here when not given.
    """
    entities = article_entities(article, token_pass(article.text), topic) if entities is None else entities
    sentences, _statements, voice = upstream_columns(article)
    return table_from_columns(actor_label_columns(article, sentences, voice, entities))


def actor_label_columns(article: Article, sentences: Columns, quoted_voice: list[tuple[int, int, str]], entities: Sequence[ArticleActor]) -> Columns:
    """Long table: one row per article, actor and term used for it, with uses in each voice.

    Terms: the topic's names, aliases and labels where the overlay attached them, and every other
    form the article writes for a discovered actor (kind ``form``, ``description``:
    `analysis.schema.ActorTermKind`). Actors alphabetically, then the most used term first.
    """
    rows = _mention_rows(article, entities, sentences, quoted_voice)
    if not rows:
        return empty_columns("actor_labels")
    names, labels, kinds, quoted = (list(column) for column in list(zip(*rows))[:4])
    return columns_from_rows([(article.id, *use, use[3] + use[4]) for use in _label_uses(names, labels, kinds, quoted)], ACTOR_LABEL_COLUMNS)


def actors(
    article: Article,
    sentences: pd.DataFrame | None = None,
    statements: pd.DataFrame | None = None,
    framing: pd.DataFrame | None = None,
    topic: str | Path | None = DEFAULT_TOPIC,
    entities: Sequence[ArticleActor] | None = None,
) -> pd.DataFrame:
    """The actors table of ``article`` (`actor_columns`).

    Upstream tables are reused when given; the sentences, statements and framing tables not
    given are computed here (framing with the actors as target candidates), as are the quoted
    voice and the actors (``entities``: `analysis.overlay.article_actors` for ``topic``).
    `analysis.pipeline.analyze` computes each of them once for every table.
    """
    sentence_table, statement_table, voice = upstream_columns(article, sentences, statements)
    tokens = token_pass(article.text)
    entities = article_entities(article, tokens, topic) if entities is None else entities
    if framing is None:
        framing_table = framing_columns(article, tokens, sentence_table, voice, topic, statement_table, mention_spans(entities))
    else:
        framing_table = columns_of(framing)
    return table_from_columns(actor_columns(article, sentence_table, statement_table, framing_table, voice, entities))


def actor_columns(
    article: Article,
    sentences: Columns,
    statements: Columns,
    framing: Columns,
    quoted_voice: list[tuple[int, int, str]],
    entities: Sequence[ArticleActor],
) -> Columns:
    """One row per actor of ``article`` (``entities``: `analysis.overlay.article_actors`, the
    discovered actors with the topic overlay; columns: `analysis.schema`).

    ``labels`` is the compact form "Hamas:3; terror group:2" of `actor_labels` (the long table,
    registered as its own table). Times quoted counts statements whose speaker
    (`analysis.framing.statement_speakers`) names the actor (`analysis.overlay.SpeakerIndex`).
    Tones are TextBlob polarity means (`analysis.sentiment`): a sentence with no quotation in it
    takes its polarity from the sentences table, a quotation that is a whole direct statement
    from the statements table, so only the sentences that mix voices are scored again (with their
    quotations left out). Violence roles: `analysis.roles`. ``quoted_voice``: `quote_voice`.
    """
    quotes = merge_spans(quoted_voice)
    quote_index = _MergedQuotes(quotes)  # built once, read by the mention rows and the tones
    mentions = _mention_rows(article, entities, sentences, quoted_voice, quote_index)
    if not mentions:
        return empty_columns("actors")
    actor_names, lemmas, kinds, in_quote, sentence_of, starts, ends = (list(column) for column in zip(*mentions))
    speakers = speaker_index(entities)
    speaker_actors = [speakers.actor(speaker) if speaker else "" for speaker in statement_speakers(statements)] if row_count(statements) else []
    quoted, words_quoted = _quoted_by_actor(statements, speaker_actors)
    spans = [(s, e, a) for a, s, e in zip(actor_names, starts, ends)]
    ordered = sorted(spans)
    agents, targets, agentless = _violence_counts(article, framing, sentences, spans, sentence_of, ordered)
    label_text: dict[str, list[str]] = defaultdict(list)
    for actor, label, _kind, writer, inside in _label_uses(actor_names, lemmas, kinds, in_quote):
        label_text[actor].append(f"{label}:{writer + inside}")
    by_actor: dict[str, list[tuple[int, int, int, bool]]] = {}
    for actor, sentence, start, end, inside in zip(actor_names, sentence_of, starts, ends, in_quote):
        by_actor.setdefault(actor, []).append((int(sentence), int(start), int(end), bool(inside)))
    tone_writer, tone_quoted = _tones(article, sentences, statements, quotes, by_actor, quote_index)
    stance = stance_writer(framing, by_actor)
    others = tone_others(statements, speaker_actors, ordered)
    body_polarity = body_sentiment(article, sentences)[0]
    final_of = {raw: actor.name for actor in entities for raw in actor.discovered}
    loaded_toward = _loaded_toward(framing, final_of)
    rows = []
    for entity in entities:
        actor, own = entity.name, by_actor[entity.name]
        quoted_mentions = sum(1 for *_, q in own if q)
        toward = loaded_toward.get(actor, (0, 0, 0, 0))
        signals = _feeling_signals(stance[actor], _mean(tone_writer[actor]), others.get(actor, float("nan")), toward, body_polarity)
        rows.append(
            (
                article.id,
                actor,
                entity.kind,
                entity.central,
                len(own),
                len(own) - quoted_mentions,
                quoted_mentions,
                "; ".join(label_text[actor]),
                quoted.get(actor, 0),
                words_quoted.get(actor, 0),
                _mean(tone_writer[actor]),
                _mean(tone_quoted[actor]),
                stance[actor],
                signals["tone_others"],
                writer_feeling(signals),
                agents.get(actor, 0),
                targets.get(actor, 0),
                agentless.get(actor, 0),
                *toward,
            )
        )
    # Most mentioned first, then alphabetically.
    rows.sort(key=lambda r: (-r[4], r[1]))
    return columns_from_rows(rows, ACTOR_COLUMNS)


def _feeling_signals(stance: int, tone: float, others: float, toward: tuple[int, int, int, int], body_polarity: float) -> dict[str, float]:
    """An actor's values by the signal names of `analysis.actor_tone.FEELING_FILE` (its columns'
    names, and ``body_polarity``): what `analysis.actor_tone.writer_feeling` weighs."""
    favourable_writer, unfavourable_writer, favourable_quoted, unfavourable_quoted = toward
    return {
        "stance_writer": stance, "tone_writer": tone, "tone_others": others,
        "favourable_writer": favourable_writer, "unfavourable_writer": unfavourable_writer,
        "favourable_quoted": favourable_quoted, "unfavourable_quoted": unfavourable_quoted,
        BODY_POLARITY: body_polarity,
    }


def _loaded_toward(framing: Columns, final_of: dict[str, str]) -> dict[str, tuple[int, int, int, int]]:
    """Per target actor: favourable and unfavourable loaded rows in the writer's voice, then in
    others' voices (quotes and reported claims), headline included (`analysis.framing` ``target``).
    ``final_of``: a discovered actor's name -> its name after the topic overlay (a framing table
    computed on its own targets the discovered names)."""
    if "target" not in framing:  # a framing table saved before targets existed
        return {}
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    loaded, writer, favourable = Category.LOADED.value, Voice.WRITER.value, Polarity.FAVOURABLE.value
    for category, target, polarity, voice in zip(framing["category"], framing["target"], framing["polarity"], framing["voice"]):
        if category == loaded and target:
            counts[final_of.get(target, target)][(0 if voice == writer else 2) + (polarity != favourable)] += 1
    return {actor: tuple(values) for actor, values in counts.items()}


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def _violence_counts(
    article: Article, framing: Columns, sentences: Columns, spans: list[tuple[int, int, str]], sentence_of: list, ordered: list[tuple[int, int, str]]
) -> tuple[Counter, Counter, Counter]:
    """Per actor: violence words it is the agent of, the target of, and agentless passives beside it.

    ``spans``: ``(start, end, actor)`` of every mention, ``sentence_of`` the sentence of each,
    ``ordered``: ``spans`` sorted."""
    actors_in_sentence: dict[int, set[str]] = defaultdict(set)
    for (_, _, actor), sentence in zip(spans, sentence_of):
        actors_in_sentence[int(sentence)].add(actor)
    agents, targets, agentless = Counter(), Counter(), Counter()
    # Roles are only read for actors, so sentences without an actor are not tagged at all.
    for _, sentence, _, _, _, agent, target, _, no_agent in violence_rows(article, framing, sentences, set(actors_in_sentence), ordered):
        agents[agent] += 1
        targets[target] += 1
        if no_agent:
            for actor in actors_in_sentence[sentence]:
                agentless[actor] += 1
    return agents, targets, agentless


def _tones(
    article: Article,
    sentences: Columns,
    statements: Columns,
    quotes: list[tuple[int, int]],
    by_actor: dict[str, list[tuple[int, int, int, bool]]],
    quote_index: SpanIndex | None = None,
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Per actor, the polarities of its writer's-voice sentences (quotations removed) and of its
    quotations. ``quote_index``: the `SpanIndex` of ``quotes`` when the caller has built it."""
    text = article.text
    sentence_rows = dict(zip(sentences["sentence"], zip(sentences["start"], sentences["end"], sentences["polarity"])))
    statement_polarity = (
        dict(zip(zip(statements["start"], statements["end"]), statements["polarity"]))
        if row_count(statements) and "polarity" in statements
        else {}
    )
    # Per actor: the sentences where the writer names it, and the quotations that name it.
    writer_sentences = {
        actor: sorted({s for s, _, _, q in own if not q and s in sentence_rows}) for actor, own in by_actor.items()
    }
    if quote_index is None:
        quote_index = SpanIndex(quotes)  # linear on long texts: no scan of every quote per mention
    quote_ends = [b for _, b in quotes]
    stretches = {
        actor: sorted({tuple(q) for _, a, b, inside in own if inside for q in quote_index.covering(a, b)})
        for actor, own in by_actor.items()
    }
    # Polarity of each writer sentence and quotation: from the upstream tables where they have
    # it, the rest (sentences that mix voices, quotations that are not a whole statement) scored
    # here in one pass.
    polarity_of: dict[tuple[str, object], float] = {}
    to_score: dict[tuple[str, object], str] = {}
    for sentence in sorted({s for own in writer_sentences.values() for s in own}):
        start, end, polarity = sentence_rows[sentence]
        if quote_index.overlaps(start, end):
            to_score[("writer", sentence)] = _without(text, start, end, quotes, quote_ends)
        else:
            polarity_of[("writer", sentence)] = float(polarity)
    for stretch in sorted({q for own in stretches.values() for q in own}):
        if stretch in statement_polarity:
            polarity_of[("quoted", stretch)] = float(statement_polarity[stretch])
        else:
            to_score[("quoted", stretch)] = text[stretch[0] : stretch[1]]
    for key, (polarity, _) in zip(to_score, polarity_subjectivity_many(list(to_score.values()))):
        polarity_of[key] = polarity
    tone_writer = {actor: [polarity_of[("writer", s)] for s in own] for actor, own in writer_sentences.items()}
    tone_quoted = {actor: [polarity_of[("quoted", q)] for q in own] for actor, own in stretches.items()}
    return tone_writer, tone_quoted


def _without(text: str, start: int, end: int, quotes: list[tuple[int, int]], ends: list[int]) -> str:
    """``text[start:end]`` with quoted stretches blanked out: the writer's own words.

    ``quotes`` are merged spans (`merge_spans`: sorted, disjoint), so the first one that can reach
    the sentence is found by bisection and the walk stops at the sentence's end.
    """
    pieces, position = [], start
    first = bisect.bisect_right(ends, start)  # ``ends``: the quotes' ends, in order
    for a, b in quotes[first:]:
        if a >= end:
            break
        if b <= start:
            continue
        pieces.append(text[position : max(a, start)])
        position = min(b, end)
    pieces.append(text[position:end])
    return " ".join(pieces)


def _quoted_by_actor(statements: Columns, speaker_actors: list[str]) -> tuple[Counter, Counter]:
    """Statements and words of statement content per actor the statement's speaker names
    (``speaker_actors``: one per statement, `analysis.overlay.SpeakerIndex`, "" if none)."""
    times, words = Counter(), Counter()
    if not row_count(statements):
        return times, words
    for actor, quote in zip(speaker_actors, statements["quote"]):
        if actor:
            times[actor] += 1
            words[actor] += count_words(str(quote))
    return times, words
