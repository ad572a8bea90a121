"""The voices table: who speaks about whom, how often, and in what tone.

Sourcing studies ask not only who is quoted but what each source is given room to say about the
other actors of a story (Entman 1993 on whose framing prevails; Sternadori & Wise 2010 on
sources). One row per speaker of the statements table and actor of the actors table mentioned
in the content of that speaker's statements: how many of their statements mention the actor,
how many times, the loaded wording about the actor inside them (framing ``target``) and the
mean TextBlob polarity of those statements. A speaker's own name is not an actor they mention.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from .article import Article
from .framing import statement_speakers
from .overlay import ArticleActor, mention_spans, speaker_index
from .schema import COLUMNS, Category, Columns, Part, Polarity, columns_from_rows, empty_columns, row_count

VOICE_COLUMNS = list(COLUMNS["voices"])


def _loaded_rows(framing: Columns, final_of: dict[str, str]) -> list[tuple[int, int, str, str]]:
    """(start, end, target actor, polarity) of the body's loaded framing rows, sorted."""
    if not row_count(framing) or "target" not in framing:
        return []
    loaded, body = Category.LOADED.value, Part.BODY.value
    parts = framing.get("part") or [body] * row_count(framing)
    return sorted(
        (int(s), int(e), final_of.get(t, t), p)
        for c, part, s, e, t, p in zip(framing["category"], parts, framing["start"], framing["end"], framing["target"], framing["polarity"])
        if c == loaded and part == body and t
    )


def _inside(spans: list[tuple], starts: list[int], start: int, end: int) -> list[tuple]:
    """The sorted ``spans`` lying within ``[start, end)``."""
    return [span for span in spans[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)] if span[1] <= end]


def voice_columns(article: Article, statements: Columns, framing: Columns, entities: Sequence[ArticleActor]) -> Columns:
    """One row per speaker × actor mentioned in that speaker's statements (columns: `analysis.schema`).

    Speakers: `analysis.framing.statement_speakers` (statements with none are left out), joined
    onto their own actor by `analysis.overlay.SpeakerIndex`. ``entities``: the article's actors
    (`analysis.overlay.article_actors`). Rows in order of each speaker's first statement, then
    the most mentioned actor first, then alphabetically.
    """
    if not row_count(statements) or not entities:
        return empty_columns("voices")
    mentions = mention_spans(entities)
    mention_starts = [m[0] for m in mentions]
    final_of = {raw: actor.name for actor in entities for raw in actor.discovered}
    loaded = _loaded_rows(framing, final_of)
    loaded_starts = [row[0] for row in loaded]
    own = speaker_index(entities)
    # (speaker, actor) -> [speaker_type, statements, mentions, favourable, unfavourable, polarities]
    tally: dict[tuple[str, str], list] = {}
    order: dict[str, int] = {}
    rows = zip(statement_speakers(statements), statements["speaker_type"], statements["start"], statements["end"], statements["polarity"])
    for speaker, speaker_type, start, end, polarity in rows:
        if not speaker:
            continue
        order.setdefault(speaker, len(order))
        self_actor = own.actor(speaker)
        named = [m[2] for m in _inside(mentions, mention_starts, int(start), int(end)) if m[2] != self_actor]
        for actor in dict.fromkeys(named):
            entry = tally.setdefault((speaker, actor), [str(speaker_type or ""), 0, 0, 0, 0, []])
            entry[1] += 1
            entry[2] += named.count(actor)
            entry[5].append(float(polarity))
        for _, _, target, tone in _inside(loaded, loaded_starts, int(start), int(end)):
            if target in named:
                tally[(speaker, target)][3 if tone == Polarity.FAVOURABLE else 4] += 1
    result = [
        (article.id, speaker, kind, actor, n, m, fav, unfav, sum(tones) / len(tones))
        for (speaker, actor), (kind, n, m, fav, unfav, tones) in tally.items()
    ]
    result.sort(key=lambda r: (order[r[1]], -r[5], r[3]))
    return columns_from_rows(result, VOICE_COLUMNS) if result else empty_columns("voices")
