"""The writer's stance toward each actor, read with the loaded lexicon (the actors table's ``stance_writer``).

``tone_writer`` scores the writer's-voice text of the sentences that name an actor with TextBlob,
whose lexicon is a general adjective list ("controversial" is +0.55) and does not separate the
entities BASIL's annotators judge the author to treat negatively (ROC AUC about 0.5). The
project's own loaded lexicon (`analysis/lexicons/loaded.csv`: emotive verbs, dysphemisms,
evaluative adjectives and phrases, negation-flipped by `analysis.framing`) is the lexical bias
BASIL annotates (Fan et al. 2019; Recasens et al. 2013). ``stance_writer`` counts it over the same
unit as ``tone_writer``: favourable minus unfavourable loaded words in the writer's voice in the
sentences that name the actor in the writer's voice. Every actor a sentence names gets the
sentence's words: the writer's choice to set an actor beside loaded wording is the stance
measured, whichever actor the framing table picked as the word's single ``target`` (a word
with no subject of its own goes to the article's most mentioned actor there, so the per-target
counts ``favourable_writer`` / ``unfavourable_writer`` miss the others). Headline words are
left out: the headline is no sentence of the body (they stay in ``favourable_writer``).

``tone_others`` is the mean TextBlob polarity of what the other speakers say about the actor:
the statements (statements table) whose content names it and whose speaker is not the actor
itself (the quotations a writer chooses to let others say about an actor: Entman 1993 on whose
framing prevails; the voices table breaks it down by speaker).

``writer_feeling`` combines these signals into one score per actor, higher = more favourable: a
logistic regression of BASIL's article-level ``author_feeling`` negative (Fan et al. 2019) on the
signals of `FEELING_FILE` (``analysis/lexicons/actor_feeling.csv``: signal, transform, weight
and how the weights were fitted), negated, so ``writer_feeling`` is the log-odds that the
author does *not* treat the actor negatively. The weights are data, refitted with
``python -m tools.evaluate basil_actors --fit`` on the tuning years only.

Measured on BASIL 2010–2015 (the tuning years; `tools.evaluate.basil_actors`): see the README's
actors section and ``docs/notes/NOTES-tone26.md``.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import read_csv
from .schema import Category, Columns, Part, Polarity, Voice, row_count

FEELING_FILE = "actor_feeling.csv"
# Transforms a signal may take before its weight: counts are damped (one actor with 20 loaded
# words is not 20 times as negative as one with one), polarities are kept as they are.
TRANSFORMS = {
    "identity": float,
    "signed_log": lambda x: math.copysign(math.log1p(abs(x)), x),
}
INTERCEPT = "intercept"
# Signals that are not a column of the actors table: the TextBlob polarity of the whole body
# (`analysis.summary.body_sentiment`), the writer's tone the actor stands in.
BODY_POLARITY = "body_polarity"
# The signals a row of `FEELING_FILE` may weigh: the actors table computes each of them before
# the score (`analysis.actors`); a weights file naming another fails to load.
FEELING_SIGNALS = frozenset(
    {"stance_writer", "tone_writer", "tone_others", "favourable_writer", "unfavourable_writer", "favourable_quoted", "unfavourable_quoted", BODY_POLARITY}
)


def writer_loaded_by_sentence(framing: Columns) -> Counter:
    """Body sentence number -> favourable minus unfavourable loaded rows in the writer's voice.

    E.g. the seed article's "The discussions intensified following Hamas's brutal execution of
    seven Gazans [...] fueled international outrage [...] the terror group's repressive rule"
    counts -4 for its sentence ('brutal', 'outrage', 'terror group's', 'repressive'), and the
    sentence's every actor named in the writer's voice (Hamas, the Gazans, Israel) gets -4.
    """
    net: Counter = Counter()
    if not row_count(framing) or "polarity" not in framing:
        return net
    loaded, writer, body, favourable = Category.LOADED.value, Voice.WRITER.value, Part.BODY.value, Polarity.FAVOURABLE.value
    for category, part, voice, sentence, polarity in zip(framing["category"], framing["part"], framing["voice"], framing["sentence"], framing["polarity"]):
        if category == loaded and voice == writer and part == body and polarity:
            net[int(sentence)] += 1 if polarity == favourable else -1
    return net


def stance_writer(framing: Columns, mentions: Mapping[str, Iterable[tuple[int, int, int, bool]]]) -> dict[str, int]:
    """Per actor: ``stance_writer`` (module docstring), from the framing table and the actor's
    mentions ``(sentence, start, end, in_quote)`` (`analysis.actors`); actors with no
    writer's-voice mention get 0."""
    net = writer_loaded_by_sentence(framing)
    return {actor: sum(net[s] for s in {int(s) for s, _, _, inside in own if not inside}) for actor, own in mentions.items()}


def tone_others(statements: Columns, speaker_actors: Sequence[str], mentions: Sequence[tuple[int, int, str]]) -> dict[str, float]:
    """Per actor: ``tone_others`` (module docstring), the mean ``polarity`` of the statements whose
    content (``start``/``end``) holds a mention of the actor and whose speaker's actor
    (``speaker_actors``, one per statement: `analysis.overlay.SpeakerIndex`, "" if none) is
    another; actors nobody else speaks about are left out (the actors table gives NaN).
    ``mentions``: ``(start, end, actor)`` of every mention, sorted.

    E.g. "Critics said Mr. Steele's remarks were an embarrassment" gives Michael Steele that
    statement's polarity; his own "I am not going anywhere" counts for him nowhere.
    """
    if not row_count(statements) or "polarity" not in statements:
        return {}
    starts = [span[0] for span in mentions]
    tones: dict[str, list[float]] = {}
    for start, end, polarity, speaker in zip(statements["start"], statements["end"], statements["polarity"], speaker_actors):
        lo, hi = bisect.bisect_left(starts, int(start)), bisect.bisect_left(starts, int(end))
        for actor in {a for _, e, a in mentions[lo:hi] if e <= end and a != speaker}:
            tones.setdefault(actor, []).append(float(polarity))
    return {actor: sum(values) / len(values) for actor, values in tones.items()}


@dataclass(frozen=True)
class FeelingTerm:
    """One row of `FEELING_FILE`: a signal (an actors column, `BODY_POLARITY` or `INTERCEPT`), its transform and weight."""

    signal: str
    transform: str
    weight: float


@lru_cache(maxsize=1)
def feeling_terms() -> tuple[FeelingTerm, ...]:
    """The rows of `FEELING_FILE`, checked: a known signal (`FEELING_SIGNALS`) and transform, a numeric weight, one intercept at most."""
    terms = []
    for row in read_csv("analysis.lexicons", FEELING_FILE):
        transform = row.get("transform") or "identity"
        if transform not in TRANSFORMS:
            raise ValueError(f"{FEELING_FILE}: unknown transform {transform!r} for {row['signal']!r} (known: {', '.join(TRANSFORMS)})")
        if row["signal"] not in FEELING_SIGNALS | {INTERCEPT}:
            raise ValueError(f"{FEELING_FILE}: unknown signal {row['signal']!r} (known: {', '.join(sorted(FEELING_SIGNALS))})")
        terms.append(FeelingTerm(row["signal"], transform, float(row["weight"])))
    if sum(term.signal == INTERCEPT for term in terms) > 1:
        raise ValueError(f"{FEELING_FILE}: more than one {INTERCEPT} row")
    return tuple(terms)


def writer_feeling(signals: Mapping[str, float], terms: Sequence[FeelingTerm] | None = None) -> float:
    """``writer_feeling`` of one actor (module docstring): minus the fitted log-odds of negative
    treatment, ``-(intercept + Σ weight · transform(signal))``; a missing or NaN signal counts 0."""
    total = 0.0
    for term in feeling_terms() if terms is None else terms:
        if term.signal == INTERCEPT:
            total += term.weight
            continue
        value = signals.get(term.signal, 0.0)
        if value is None or value != value:
            value = 0.0
        total += term.weight * TRANSFORMS[term.transform](value)
    return -total
