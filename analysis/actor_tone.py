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

Measured on BASIL 2010–2015 (the tuning years; `tools.evaluate.basil_actors`): see the README's
actors section and ``docs/notes/NOTES-tone25.md``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from .schema import Category, Columns, Part, Polarity, Voice, row_count


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
