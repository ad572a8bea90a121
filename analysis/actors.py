"""The actors table: how often each actor of a topic appears, how it is labelled, quoted and cast.

Actors, their names, aliases and labels come from the topic file (``analysis/topics/TOPIC.csv``)
through the ``actor_label`` rows of the framing table. For each actor: mentions, the labels used
(Entman 1993: naming as framing), how often and how much it is quoted (statements table), the
tone of the sentences around it in the writer's voice and in quotations, and whether it is the
agent or the target of violence, with the agentless passives ("six Palestinians were killed")
that hide an agent (Trew 1979; Fowler 1991, ch. 5).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

import pandas as pd
from textblob.en import parser as _PARSER

from .article import Article
from .framing import framing_columns, matcher, merge_spans, quote_voice
from .schema import COLUMNS, Columns, columns_from_rows, columns_of, empty_columns, row_count, table_from_columns
from .sentiment import polarity_subjectivity_many
from .tokenize import count_words, word_spans

# Forms of "be" and "get" that make a passive with a past participle ("were killed", "got shot").
PASSIVE_AUXILIARIES = frozenset("be is are was were been being am 's get gets got gotten getting".split())
HAVE_FORMS = frozenset("have has had having 've".split())
# Words that may stand between the auxiliary and the participle ("were reportedly killed").
_BETWEEN = frozenset("RB RBR RBS".split())
# Tags of words that may stand between a preposition and its noun ("with the group").
_MODIFIERS = frozenset("DT JJ JJR JJS PRP$ CD POS NNP NNPS".split())
_CLAUSE_END = re.compile(r"[;:!?]|\s[—–-]\s|\.\s")
# How far (in words) an agent or target may stand from the violence word.
WINDOW = 8

ACTOR_COLUMNS = list(COLUMNS["actors"])
ACTOR_LABEL_COLUMNS = list(COLUMNS["actor_labels"])
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
    tagged = _PARSER.find_tags([word for _, _, word in words])
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
    actor after "on"/"against"/"at". Columns: article, sentence, start, end, term, agent,
    target, passive, agentless.
    """
    from .sentences import sentence_columns

    sentences = sentence_columns(article) if sentences is None else columns_of(sentences)
    rows = _violence_rows(article, columns_of(framing), sentences)
    return table_from_columns(columns_from_rows(rows, ROLE_COLUMNS))


def _violence_rows(article: Article, framing: Columns, sentences: Columns, only: set[int] | None = None) -> list[tuple]:
    """Rows of `violence_roles`, for the sentences in ``only`` when given (all otherwise)."""
    category, sentence_of, starts, ends, terms, actor_names = (
        framing[name] for name in ("category", "sentence", "start", "end", "term", "actor")
    )
    by_sentence: dict[int, list[int]] = {}
    for i, kind in enumerate(category):
        if kind == "violence" and (only is None or sentence_of[i] in only):
            by_sentence.setdefault(int(sentence_of[i]), []).append(i)
    if not by_sentence:
        return []
    spans = dict(zip(sentences["sentence"], zip(sentences["start"], sentences["end"])))
    text = article.text
    mentions = [(int(starts[i]), int(ends[i]), actor_names[i]) for i, kind in enumerate(category) if kind == "actor_label"]
    rows = []
    for sentence in sorted(by_sentence):
        words = by_sentence[sentence]
        lo, hi = spans.get(sentence, (min(starts[i] for i in words), max(ends[i] for i in words)))
        tokens = _tag(text, lo, hi)
        actors_here = [m for m in mentions if lo <= m[0] and m[1] <= hi]
        for i in words:
            start, end = int(starts[i]), int(ends[i])
            rows.append((article.id, sentence, start, end, terms[i], *_roles(text, tokens, actors_here, start, end)))
    return rows


def _roles(
    text: str, tokens: list[tuple[int, int, str, str]], actors: list[tuple[int, int, str]], start: int, end: int
) -> tuple[str, str, bool, bool]:
    index = next((i for i, t in enumerate(tokens) if t[0] <= start < t[1] or t[0] >= start), None)
    if index is None:
        return "", "", False, False
    last = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i][0] < end), index)
    tag = tokens[index][3]
    lower = [t[2].lower() for t in tokens]
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

    if tag.startswith("NN"):
        before = tokens[max(index - 2, 0) : index]
        agent = next((actor_at(t) for t in reversed(before) if actor_at(t)), "") or by_agent
        on_at = next((i for i, t in enumerate(after[:4]) if t[2].lower() in ("on", "against", "at")), None)
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


def _label_uses(actor_names, lemmas, kinds, quoted) -> list[tuple[str, str, str, int, int]]:
    """(actor, label, kind, writer uses, quoted uses): actors alphabetically, then most used first."""
    uses: dict[tuple[str, str, str], list[int]] = {}
    for actor, label, kind, inside in zip(actor_names, lemmas, kinds, quoted):
        uses.setdefault((actor, label, kind), [0, 0])[bool(inside)] += 1
    # Ties keep the order of first use (the sort is stable).
    return sorted(((*key, w, q) for key, (w, q) in uses.items()), key=lambda r: (r[0], -(r[3] + r[4])))


def _mention_columns(framing: Columns) -> list[list]:
    """actor, lemma, subcategory, in_quote, sentence, start, end of the ``actor_label`` rows."""
    columns = [framing[name] for name in ("category", "actor", "lemma", "subcategory", "in_quote", "sentence", "start", "end")]
    keep = [i for i, kind in enumerate(columns[0]) if kind == "actor_label"]
    return [[column[i] for i in keep] for column in columns[1:]]


def actor_labels(article: Article, framing: pd.DataFrame | None = None, topic: str = "israel_gaza") -> pd.DataFrame:
    """The actor_labels table of ``article`` (`actor_label_columns`); ``framing`` reused when given."""
    return table_from_columns(actor_label_columns(article, columns_of(framing), topic))


def actor_label_columns(article: Article, framing: Columns | None = None, topic: str = "israel_gaza") -> Columns:
    """Long table: one row per article, actor and term used for it, with uses in each voice."""
    if framing is None:
        framing = framing_columns(article, topic=topic)
    actor_names, lemmas, kinds, quoted, *_ = _mention_columns(framing)
    if not actor_names:
        return empty_columns("actor_labels")
    rows = [(article.id, *use, use[3] + use[4]) for use in _label_uses(actor_names, lemmas, kinds, quoted)]
    return columns_from_rows(rows, ACTOR_LABEL_COLUMNS)


def actors(
    article: Article,
    sentences: pd.DataFrame | None = None,
    statements: pd.DataFrame | None = None,
    framing: pd.DataFrame | None = None,
    topic: str = "israel_gaza",
) -> pd.DataFrame:
    """The actors table of ``article`` (`actor_columns`); upstream tables reused when given."""
    return table_from_columns(actor_columns(article, *map(columns_of, (sentences, statements, framing)), topic))


def actor_columns(
    article: Article,
    sentences: Columns | None = None,
    statements: Columns | None = None,
    framing: Columns | None = None,
    topic: str = "israel_gaza",
) -> Columns:
    """One row per actor of ``topic`` mentioned in ``article`` (columns: `analysis.schema`).

    ``labels`` is the compact form "Hamas:3; terror group:2" of `actor_labels` (the long table,
    registered as its own table). Times quoted counts statements whose ``speaker_resolved`` (else
    ``speaker``) contains a name or alias of the actor. Tones are TextBlob polarity means
    (`analysis.sentiment`): a sentence with no quotation in it takes its polarity from the
    sentences table, a quotation that is a whole direct statement from the statements table, so
    only the sentences that mix voices are scored again (with their quotations left out).
    """
    from .sentences import sentence_columns
    from .statements import statement_columns

    if sentences is None:
        sentences = sentence_columns(article)
    if statements is None:
        statements = statement_columns(article, sentences=sentences)
    if framing is None:
        framing = framing_columns(article, sentences=sentences, statements=statements, topic=topic)
    actor_names, lemmas, kinds, in_quote, sentence_of, starts, ends = _mention_columns(framing)
    if not actor_names:
        return empty_columns("actors")
    text = article.text
    quotes = merge_spans(quote_voice(article, statements))
    quoted, words_quoted = _quoted_by_actor(statements, topic)

    actors_in_sentence: dict[int, set[str]] = defaultdict(set)
    for actor, sentence in zip(actor_names, sentence_of):
        actors_in_sentence[int(sentence)].add(actor)
    agents, targets, agentless = Counter(), Counter(), Counter()
    # Roles are only read for actors, so sentences without an actor are not tagged at all.
    for _, sentence, _, _, _, agent, target, _, no_agent in _violence_rows(
        article, framing, sentences, set(actors_in_sentence)
    ):
        agents[agent] += 1
        targets[target] += 1
        if no_agent:
            for actor in actors_in_sentence[sentence]:
                agentless[actor] += 1
    label_text: dict[str, list[str]] = defaultdict(list)
    for actor, label, _kind, writer, inside in _label_uses(actor_names, lemmas, kinds, in_quote):
        label_text[actor].append(f"{label}:{writer + inside}")

    sentence_rows = dict(zip(sentences["sentence"], zip(sentences["start"], sentences["end"], sentences["polarity"])))
    statement_polarity = (
        dict(zip(zip(statements["start"], statements["end"]), statements["polarity"]))
        if row_count(statements) and "polarity" in statements
        else {}
    )
    by_actor: dict[str, list[tuple[int, int, int, bool]]] = {}
    for actor, sentence, start, end, inside in zip(actor_names, sentence_of, starts, ends, in_quote):
        by_actor.setdefault(actor, []).append((int(sentence), int(start), int(end), bool(inside)))
    # Per actor: the sentences where the writer names it, and the quotations that name it.
    writer_sentences = {
        actor: sorted({s for s, _, _, q in own if not q and s in sentence_rows}) for actor, own in by_actor.items()
    }
    stretches = {
        actor: sorted({q for _, a, b, inside in own if inside for q in quotes if q[0] <= a and b <= q[1]})
        for actor, own in by_actor.items()
    }
    # Polarity of each writer sentence and quotation: from the upstream tables where they have
    # it, the rest (sentences that mix voices, quotations that are not a whole statement) scored
    # here in one pass.
    polarity_of: dict[tuple[str, object], float] = {}
    to_score: dict[tuple[str, object], str] = {}
    for sentence in sorted({s for own in writer_sentences.values() for s in own}):
        start, end, polarity = sentence_rows[sentence]
        if any(a < end and start < b for a, b in quotes):
            to_score[("writer", sentence)] = _without(text, start, end, quotes)
        else:
            polarity_of[("writer", sentence)] = float(polarity)
    for stretch in sorted({q for own in stretches.values() for q in own}):
        if stretch in statement_polarity:
            polarity_of[("quoted", stretch)] = float(statement_polarity[stretch])
        else:
            to_score[("quoted", stretch)] = text[stretch[0] : stretch[1]]
    for key, (polarity, _) in zip(to_score, polarity_subjectivity_many(list(to_score.values()))):
        polarity_of[key] = polarity

    rows = []
    for actor, own in by_actor.items():
        quoted_mentions = sum(1 for *_, q in own if q)
        tone_writer = [polarity_of[("writer", s)] for s in writer_sentences[actor]]
        tone_quoted = [polarity_of[("quoted", q)] for q in stretches[actor]]
        rows.append(
            (
                article.id,
                actor,
                len(own),
                len(own) - quoted_mentions,
                quoted_mentions,
                "; ".join(label_text[actor]),
                quoted.get(actor, 0),
                words_quoted.get(actor, 0),
                sum(tone_writer) / len(tone_writer) if tone_writer else float("nan"),
                sum(tone_quoted) / len(tone_quoted) if tone_quoted else float("nan"),
                agents.get(actor, 0),
                targets.get(actor, 0),
                agentless.get(actor, 0),
            )
        )
    # Most mentioned first, then alphabetically.
    rows.sort(key=lambda r: (-r[2], r[1]))
    return columns_from_rows(rows, ACTOR_COLUMNS)


def _without(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> str:
    """``text[start:end]`` with quoted stretches blanked out: the writer's own words."""
    pieces, position = [], start
    for a, b in quotes:
        if b <= start or a >= end:
            continue
        pieces.append(text[position : max(a, start)])
        position = min(b, end)
    pieces.append(text[position:end])
    return " ".join(pieces)


@lru_cache(maxsize=4096)
def _speaker_actor(speaker: str, topic: str) -> str:
    """The actor of ``topic`` whose name or alias ``speaker`` contains (labels do not count), else ""."""
    return next(
        (
            m.entry.actor
            for m in matcher(topic).find(speaker)
            if m.entry.category == "actor_label" and m.entry.subcategory != "label"
        ),
        "",
    )


def _quoted_by_actor(statements: Columns, topic: str) -> tuple[Counter, Counter]:
    """Statements and words of statement content per actor whose name or alias the speaker contains."""
    times, words = Counter(), Counter()
    count = row_count(statements)
    if not count:
        return times, words
    resolved = statements.get("speaker_resolved", [""] * count)
    written = statements.get("speaker", [""] * count)
    for first, second, quote in zip(resolved, written, statements["quote"]):
        speaker = first if isinstance(first, str) and first else second if isinstance(second, str) and second else ""
        actor = _speaker_actor(speaker, topic) if speaker else ""
        if actor:
            times[actor] += 1
            words[actor] += count_words(str(quote))
    return times, words
