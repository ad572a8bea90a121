"""Violence roles: who does the violence and to whom, and the agentless passives that hide the agent.

For each violence word of the framing table (category ``violence``), the actor of the topic that
is its agent and the one that is its target, read off part-of-speech tags within its sentence,
and whether it is a passive with no agent ("six Palestinians were killed"): the construction
that hides who acted (Trew 1979; Fowler 1991, ch. 5). The actors table counts them per actor
(`analysis.actors`).
"""

from __future__ import annotations

import bisect
import re

import pandas as pd
from textblob._text import find_tags as _find_tags
from textblob.en import parser as _PARSER

from .article import Article
from .schema import Category, Columns, columns_from_rows, columns_of, table_from_columns
from .sentences import sentence_columns
from .tokenize import word_spans

# Forms of "be" and "get" that make a passive with a past participle ("were killed", "got shot").
PASSIVE_AUXILIARIES = frozenset("be is are was were been being am 's get gets got gotten getting".split())
HAVE_FORMS = frozenset("have has had having 've".split())
# Words that may stand between the auxiliary and the participle ("were reportedly killed").
_BETWEEN = frozenset("RB RBR RBS".split())
# Tags of words that may stand between a preposition and its noun ("with the group").
_MODIFIERS = frozenset("DT JJ JJR JJS PRP$ CD POS NNP NNPS".split())
_CLAUSE_END = re.compile(r"[;:!?]|\s[—–-]\s|\.\s")
# Prepositions introducing a violence noun's target ("attack on", "strikes against", "execution of").
NOUN_TARGET_PREPOSITIONS = frozenset({"on", "against", "at", "of"})
# Tags of a participle used as an adjective ("booby-trapped areas", "murdered hostages") and of the
# words that may stand before it: a determiner, quantifier, adjective, comma or conjunction, not a
# subject or an auxiliary ("Hamas murdered hostages" is active; "were murdered" passive).
_ATTRIBUTIVE_TAGS = frozenset("VBN VBD JJ".split())
_BEFORE_ATTRIBUTIVE = frozenset("DT PDT CD JJ JJR JJS PRP$ CC IN POS".split())
_LIST_BREAKS = frozenset({",", ";", ":", "(", "—", "–"})
# How far (in words) an agent or target may stand from the violence word.
WINDOW = 8

ROLE_COLUMNS = ["article", "sentence", "start", "end", "term", "agent", "target", "passive", "agentless"]


def _tag(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """``(start, end, word, Penn tag)`` of the words of ``text[start:end]``, offsets into ``text``.

    Tags come from the tagger behind TextBlob's ``PatternTagger`` (Pattern's Brill-style lexicon
    tagger, offline), called on our own tokens so tags align one-to-one with words; it is run
    only on sentences that hold a violence word, so untouched articles cost nothing.
    """
    words = word_spans(text, start, end)
    if not words:
        return []
    # Pattern's tagger function with the arguments ``_PARSER.find_tags`` hands it, minus its Penn
    # ``map`` (an identity on the tags) and its keyword plumbing (speed: the same tags).
    tagged = _find_tags([word for _, _, word in words], lexicon=_PARSER.lexicon, language=_PARSER.language, default=_PARSER.default)
    if len(tagged) != len(words):
        tagged = [(word, "NN") for _, _, word in words]
    return [(s, e, word, token[1]) for (s, e, word), token in zip(words, tagged)]


def violence_roles(
    article: Article, framing: pd.DataFrame, sentences: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One row per violence word with its agent actor, target actor and whether it is an agentless passive.

    Rules over PatternTagger tags within the sentence (sentences table): a verb after a form of
    be/get (adverbs between allowed), or a past participle with no auxiliary and no object ("six
    Palestinians killed in strikes"), is passive; its agent is an actor in a following "by"
    phrase, its target the actor before it; with no "by" phrase it is agentless. An active verb's
    agent is the nearest actor before it that is not the object of a preposition ("Israel
    violated the truce with Hamas by killing" → Israel), its target the first actor after it. A
    noun's agent is an actor right before it ("Israeli strikes") or after "by"; its target an
    actor after "on"/"against"/"at"/"of". A participle modifying a noun ("booby-trapped areas",
    "murdered hostages": `is_attributive`) has no agent; its target is the noun's actor. Columns: article, sentence, start, end, term, agent,
    target, passive, agentless.
    """
    sentences = sentence_columns(article) if sentences is None else columns_of(sentences)
    rows = violence_rows(article, columns_of(framing), sentences)
    return table_from_columns(columns_from_rows(rows, ROLE_COLUMNS))


def violence_rows(
    article: Article, framing: Columns, sentences: Columns, only: set[int] | None = None, mentions: list[tuple[int, int, str]] | None = None
) -> list[tuple]:
    """Rows of `violence_roles`, for the sentences in ``only`` when given (all otherwise).

    ``mentions``: ``(start, end, actor)`` of the actors that can be agent or target (the actors
    table's: `analysis.overlay.mention_spans`); when None, the framing table's ``actor_label`` rows.
    """
    category, sentence_of, starts, ends, terms, actor_names = (
        framing[name] for name in ("category", "sentence", "start", "end", "term", "actor")
    )
    violence = Category.VIOLENCE.value  # a plain str compares faster than the enum member
    by_sentence: dict[int, list[int]] = {}
    for i, kind in enumerate(category):
        # Headline rows (sentence -1, offsets into the title) have no body sentence to parse.
        if kind == violence and sentence_of[i] >= 0 and (only is None or sentence_of[i] in only):
            by_sentence.setdefault(int(sentence_of[i]), []).append(i)
    if not by_sentence:
        return []
    spans = dict(zip(sentences["sentence"], zip(sentences["start"], sentences["end"])))
    text = article.text
    actor_label = Category.ACTOR_LABEL.value
    if mentions is None:
        mentions = [(int(starts[i]), int(ends[i]), actor_names[i]) for i, kind in enumerate(category) if kind == actor_label]
    rows = []
    # The mentions in a sentence by bisection on their starts when they come sorted (the actors
    # table hands them so), the same list in the same order as filtering them all.
    mention_starts = [m[0] for m in mentions] if all(a[0] <= b[0] for a, b in zip(mentions, mentions[1:])) else None
    for sentence in sorted(by_sentence):
        words = by_sentence[sentence]
        lo, hi = spans.get(sentence, (min(starts[i] for i in words), max(ends[i] for i in words)))
        tokens = _tag(text, lo, hi)
        if mention_starts is None:
            actors_here = [m for m in mentions if lo <= m[0] and m[1] <= hi]
        else:
            first, last = bisect.bisect_left(mention_starts, lo), bisect.bisect_right(mention_starts, hi)
            actors_here = [m for m in mentions[first:last] if m[1] <= hi]
        lower = [t[2].lower() for t in tokens]  # read by every violence word of the sentence
        for i in words:
            start, end = int(starts[i]), int(ends[i])
            rows.append((article.id, sentence, start, end, terms[i], *_roles(text, tokens, actors_here, start, end, lower)))
    return rows


def _roles(
    text: str, tokens: list[tuple[int, int, str, str]], actors: list[tuple[int, int, str]], start: int, end: int, lower: list[str] | None = None
) -> tuple[str, str, bool, bool]:
    index = next((i for i, t in enumerate(tokens) if t[0] <= start < t[1] or t[0] >= start), None)
    if index is None:
        return "", "", False, False
    last = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i][0] < end), index)
    tag = tokens[index][3]
    lower = [t[2].lower() for t in tokens] if lower is None else lower  # ``lower``: the words lowered, when the caller has them
    after = tokens[last + 1 : last + 1 + WINDOW]
    # Cut the look-ahead at a clause end so "..., while Hamas" does not become a target.
    after = [t for t in after if not _CLAUSE_END.search(text[tokens[last][1] : t[0]])]

    def actor_at(token: tuple[int, int, str, str]) -> str:
        return next((a for s, e, a in actors if s <= token[0] < e), "")

    by_agent = ""
    by_at = next((i for i, t in enumerate(after) if t[2].lower() == "by"), None)
    if by_at is not None:
        by_agent = next((actor_at(t) for t in after[by_at + 1 : by_at + 5] if actor_at(t)), "")
    following = [actor_at(t) for t in (after[:by_at] if by_at is not None else after)]
    target_after = next((a for a in following if a), "")

    if is_attributive(text, tokens, index, last):
        return "", next((actor_at(t) for t in after[:2] if actor_at(t)), ""), False, False
    if tag.startswith("NN"):
        before = tokens[max(index - 2, 0) : index]
        agent = next((actor_at(t) for t in reversed(before) if actor_at(t)), "") or by_agent
        on_at = next((i for i, t in enumerate(after[:4]) if t[2].lower() in NOUN_TARGET_PREPOSITIONS), None)
        target = next((actor_at(t) for t in after[on_at + 1 : on_at + 5] if actor_at(t)), "") if on_at is not None else ""
        return agent, target, False, False

    back = index - 1
    while back >= 0 and (tokens[back][3] in _BETWEEN or lower[back] in ("been", "being")):
        back -= 1
    auxiliary = back >= 0 and lower[back] in PASSIVE_AUXILIARIES
    perfect = back >= 0 and lower[back] in HAVE_FORMS
    next_tag = tokens[last + 1][3] if last + 1 < len(tokens) else "."
    reduced = tag == "VBN" and not perfect and not next_tag.startswith(("DT", "NN", "PRP", "CD", "JJ"))
    passive = auxiliary or (reduced and index > 0 and tokens[index - 1][3].startswith(("NN", "CD")))
    subject = _subject_before(tokens, actors, index, text)
    if passive:
        return by_agent, subject, True, by_at is None
    return subject, target_after, False, False


def is_attributive(text: str, tokens: list[tuple[int, int, str, str]], index: int, last: int) -> bool:
    """True for a violence participle modifying the noun after it ("all murdered hostages",
    "collapsed tunnels, booby-trapped areas"): no clause, so no agent is named (Quirk et al. 1985
    §17.99, participial adjectives); the noun it modifies is its target."""
    if tokens[index][3] not in _ATTRIBUTIVE_TAGS or last + 1 >= len(tokens):
        return False
    if not tokens[last + 1][3].startswith("NN"):
        return False
    if index == 0:
        return True
    before = tokens[index - 1]
    if text[before[1] : tokens[index][0]].strip() in _LIST_BREAKS:  # "collapsed tunnels, booby-trapped areas"
        return True
    return before[3] in _BEFORE_ATTRIBUTIVE and before[2].lower() not in PASSIVE_AUXILIARIES | HAVE_FORMS


def _subject_before(tokens, actors, index: int, text: str) -> str:
    """The nearest actor before ``tokens[index]`` in its clause that is not a prepositional object."""
    clause_start = tokens[index][0]
    for s, e, actor in sorted(actors, key=lambda m: -m[0]):
        if e > tokens[index][0]:
            continue
        if _CLAUSE_END.search(text[e:clause_start]):
            break
        position = next((i for i, t in enumerate(tokens) if t[0] >= s), None)
        if position is None:
            continue
        back = position - 1
        while back >= 0 and tokens[back][3] in _MODIFIERS and tokens[back][2][:1].islower():
            back -= 1
        if back >= 0 and tokens[back][3] in ("IN", "TO") and tokens[back][2].lower() not in ("that", "while", "as", "after", "because", "when", "if"):
            continue
        return actor
    return ""
