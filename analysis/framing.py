"""The framing table: loaded words, actor labels, hedges, boosters, violence, victims, frame cues.

How a story is framed shows in word choice (Entman 1993): "terror group" or "militants",
"murdered" or "killed", hedges ("reportedly") and boosters ("flatly"). Each matched term is one
row, with its category, whether it stands in the writer's voice or inside a quotation, and who is
quoted. Terms come from the CSV lexicons in ``analysis/lexicons/`` and the actor file of a topic
(a shipped ``analysis/topics/TOPIC.csv`` or a user's topic CSV, `topic_source`), matched with
`analysis.lexicon.Matcher` over the article's token pass (`analysis.lexicon.token_pass`;
inflected forms generated at load time). The quoted voice (`quote_voice`) that decides
``in_quote`` is also read by the actors and summary tables.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd

from .article import Article
from .errors import ArticleError
from .lexicon import Entry, Match, Matcher, commented_csv_rows, inflections, longest_per_category, read_csv, textblob_lexicon, token_pass
from .options import DEFAULT_TOPIC
from .overlay import ArticleActor, SpeakerIndex, article_actors, mention_spans
from .schema import (
    COLUMNS,
    ActorTermKind,
    Category,
    Columns,
    Part,
    StatementKind,
    Voice,
    columns_from_rows,
    columns_of,
    empty_columns,
    row_count,
    table_from_columns,
)
from .contested import contested_terms, is_writers_usage, issue_of, side_of
from .framing_subjects import clause_subject, group_owner, modified_possessed_subject, named_object
from .framing_targets import TargetNamer, phrase_target
from .framing_context import CONTEXT_CHECKS, FAVOURABLE, UNFAVOURABLE, Window, check_context_name, is_proper_name_use, literal_cues, name_mentions, polarity, target, target_candidates
from .sentences import sentence_columns
from .spans import SpanIndex
from .quotes import quotation_spans
from .statements import statement_columns

# `Part` values as plain strings (the table keeps plain str values).
PART_TITLE, PART_BODY = Part.TITLE.value, Part.BODY.value

LEXICON_FILES = ("loaded.csv", "stance.csv", "violence.csv", "frames.csv")
FRAMING_COLUMNS = list(COLUMNS["framing"])
# The package of the shipped topic files (``analysis/topics/NAME.csv``) and the columns every
# topic file needs (``forms`` and ``rationale`` are optional).
SHIPPED_TOPICS = "analysis.topics"
TOPIC_COLUMNS = ("actor", "term", "kind", "pos")
_TOPIC_NAME = re.compile(r"[A-Za-z0-9_-]+")

# TextBlob's lexicon words count as `loaded` (subcategory `textblob_subjective`) when strongly
# subjective and clearly polar. Chosen on the BASIL 2010–2015 triplets only
# (tools/evaluate/framing.py): subjectivity >= 0.5 alone is the weak baseline the issue quotes;
# at 0.6 / 0.3 four in five of these rows were false positives ("good", "poor", "tough"), at
# 0.7 / 0.5 the channel keeps the clearly judging words and precision rises 0.04 for a recall
# loss under 0.01. Issue 13, second pass (same triplets, after the context rules): |polarity| >= 0.7
# keeps 1013 of 1080 rows at recall 0.720 / precision 0.448 (0.5: 0.723 / 0.443; 0.6: 0.720 / 0.445;
# 0.8: 0.720 / 0.446; no TextBlob words at all: 0.712 / 0.451) - the mildly polar words it drops
# ("honest", "nice", "amazing", "awkward", "afraid", "unfortunately") were mostly not annotated.
TEXTBLOB_MIN_SUBJECTIVITY = 0.7
TEXTBLOB_MIN_ABS_POLARITY = 0.7


def _is_acronym(term: str) -> bool:
    letters = [c for c in term if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def lexicon_terms() -> list[tuple[str, Entry]]:
    """(written form, entry) for every form of every entry of the shipped lexicon CSVs."""
    terms = []
    for name in LEXICON_FILES:
        for row in read_csv("analysis.lexicons", name):
            entry = Entry(row["term"], row["category"], row["subcategory"], match_case=_is_acronym(row["term"]))
            terms += [(form, entry) for form in inflections(row["term"], row["pos"], row["forms"])]
    return terms


@dataclass(frozen=True)
class TermUse:
    """What a lexicon row says about a term's use: its part of speech, the context check it needs
    (`analysis.framing_context.CONTEXT_CHECKS`) and, for loaded rows, its polarity."""

    pos: str = "fixed"
    context: str = ""
    polarity: str = ""


NO_USE = TermUse(pos="")  # terms with no lexicon row of their own (TextBlob words, topic labels)


@lru_cache(maxsize=1)
def term_uses() -> dict[tuple[str, str], TermUse]:
    """(category, lemma) -> `TermUse` of every shipped lexicon row, context names checked, plus
    `textblob_uses` for the TextBlob-subjective words without a lexicon row of their own."""
    uses = dict(textblob_uses())
    for name in LEXICON_FILES:
        for row in read_csv("analysis.lexicons", name):
            context = row.get("context") or ""
            check_context_name(context, f"{name} row {row['term']!r}")
            uses[(row["category"], row["term"])] = TermUse(row["pos"], context, row.get("polarity") or "")
    return uses


def textblob_uses() -> dict[tuple[str, str], TermUse]:
    """The use of each TextBlob-subjective word (`textblob_subjective_terms`): polarity from the sign
    of its TextBlob polarity ("great" favourable, "awful" unfavourable), and the `figurative` check
    when ``literal_uses.csv`` lists a literal or quantity use of it ("a great deal", "the Great
    Depression"). No part of speech: the word's modifier or verb use is not known."""
    cues, words = literal_cues(), textblob_lexicon()
    return {
        (entry.category, word): TermUse("", "figurative" if word in cues else "", FAVOURABLE if words[word][0] > 0 else UNFAVOURABLE)
        for word, entry in textblob_subjective_terms()
    }


def textblob_subjective_terms() -> list[tuple[str, Entry]]:
    """TextBlob lexicon words that are strongly subjective and polar, minus the listed exclusions."""
    excluded = {row["term"].lower() for row in read_csv("analysis.lexicons", "textblob_exclusions.csv")}
    return [
        (word, Entry(word, Category.LOADED.value, "textblob_subjective"))
        for word, (polarity, subjectivity) in sorted(textblob_lexicon().items())
        if subjectivity >= TEXTBLOB_MIN_SUBJECTIVITY
        and abs(polarity) >= TEXTBLOB_MIN_ABS_POLARITY
        and word not in excluded
        and word.isalpha()
    ]


@dataclass(frozen=True)
class TopicSource:
    """Where a topic's actors are read from; equal sources share one matcher (`matcher`).

    ``name``: the shipped topic's name, or the user's path as given. ``path``: the user's file,
    empty for a shipped topic. ``stamp``: the file's modification time and size, so a topic file
    edited between two runs in one session is read again.
    """

    name: str
    path: str = ""
    stamp: tuple[int, int] = (0, 0)


def shipped_topics() -> list[str]:
    """Names of the topic files shipped in ``analysis/topics/``."""
    return sorted(f.name[:-4] for f in resources.files(SHIPPED_TOPICS).iterdir() if f.name.endswith(".csv"))


@lru_cache(maxsize=64)
def _is_shipped_topic(name: str) -> bool:
    # Shipped files do not change while the process runs: looked up once per name.
    return bool(_TOPIC_NAME.fullmatch(name)) and resources.files(SHIPPED_TOPICS).joinpath(f"{name}.csv").is_file()


def topic_source(topic: str | Path) -> TopicSource:
    """The `TopicSource` of ``topic``: a shipped topic's name, or the path of a topic CSV anywhere.

    A name of a shipped topic wins over a file of the same name in the working folder. Raises
    `ArticleError` naming ``topic`` when it is neither.
    """
    given = str(topic)
    if isinstance(topic, str) and _is_shipped_topic(topic):
        return TopicSource(topic)
    path = Path(given).expanduser()
    if path.is_file():
        status = path.stat()
        return TopicSource(given, str(path.resolve()), (status.st_mtime_ns, status.st_size))
    if isinstance(topic, Path) or given.endswith(".csv") or "/" in given or "\\" in given:
        raise ArticleError(given, "topic file not found")
    raise ArticleError(given, f"no shipped topic of that name (shipped: {', '.join(shipped_topics())}); give the path of a topic CSV instead")


def topic_rows(source: TopicSource) -> list[dict[str, str]]:
    """The rows of a topic file, checked: columns ``actor, term, kind, pos`` (``forms`` optional), kind name/alias/label."""
    if not source.path:
        return read_csv(SHIPPED_TOPICS, f"{source.name}.csv")
    try:
        with open(source.path, encoding="utf-8", newline="") as handle:
            rows = commented_csv_rows(handle)
    except (OSError, UnicodeDecodeError) as error:
        raise ArticleError(source.name, f"topic file could not be read ({type(error).__name__})") from None
    if not rows:
        raise ArticleError(source.name, f"topic file has no rows (needs columns {', '.join(TOPIC_COLUMNS)})")
    missing = [column for column in TOPIC_COLUMNS if column not in rows[0]]
    if missing:
        raise ArticleError(source.name, f"topic file lacks the column(s) {', '.join(missing)} (needs {', '.join(TOPIC_COLUMNS)}; forms optional)")
    for row in rows:
        if row["kind"] not in tuple(ActorTermKind):
            raise ArticleError(source.name, f"term {row['term']!r}: kind {row['kind']!r} is not one of {', '.join(ActorTermKind)}")
    return rows


@lru_cache(maxsize=8)
def _topic_terms(source: TopicSource) -> tuple[tuple[str, Entry], ...]:
    terms = []
    for row in topic_rows(source):
        entry = Entry(row["term"], Category.ACTOR_LABEL.value, row["kind"], actor=row["actor"], match_case=_is_acronym(row["term"]))
        terms += [(form, entry) for form in inflections(row["term"], row["pos"] or "", row.get("forms") or "")]
    return tuple(terms)


def topic_terms(topic: str | Path) -> tuple[tuple[str, Entry], ...]:
    """(written form, entry) for every name, alias and label of the actors of ``topic``.

    ``topic`` is a shipped topic's name (``analysis/topics/TOPIC.csv``) or the path of a topic
    CSV (`topic_source`), with columns ``actor, term, kind, pos, forms``; ``kind`` is ``name``,
    ``alias`` or ``label`` and becomes the row's subcategory. Read once per file version.
    """
    return _topic_terms(topic_source(topic))


@lru_cache(maxsize=8)
def _matcher(source: TopicSource | None) -> Matcher:
    # Contested vocabulary shares the one token pass (its own category keeps its overlaps apart).
    terms = lexicon_terms() + textblob_subjective_terms() + list(contested_terms())
    if source is not None:
        terms += list(_topic_terms(source))
    return Matcher(terms)


def article_entities(article: Article, tokens: tuple, topic: str | Path | None) -> list[ArticleActor]:
    """The article's actors, ``topic`` laid over the discovered ones (`analysis.overlay.article_actors`;
    no topic, or an empty one, lays nothing over them)."""
    return article_actors(article, tokens, topic_terms(topic) if topic else ())


def matcher(topic: str | Path | None = DEFAULT_TOPIC) -> Matcher:
    """The matcher for every lexicon plus ``topic``'s actors (none when ``topic`` is None or empty).

    Built once per process for each topic file version (lexicons and topic files are data that
    does not change while it runs; an edited topic file is a new version).
    """
    return _matcher(topic_source(topic) if topic else None)


def statement_speakers(statements: Columns) -> list[str]:
    """Who speaks in each statement: ``speaker_resolved``, else ``speaker`` as written, else empty.

    Either column may be missing, or hold missing values, in a table a user filtered or edited.
    """
    count = row_count(statements)
    resolved = statements.get("speaker_resolved", [""] * count)
    written = statements.get("speaker", [""] * count)
    return [
        first if isinstance(first, str) and first else second if isinstance(second, str) and second else ""
        for first, second in zip(resolved, written)
    ]


def quote_voice(article: Article, statements: pd.DataFrame | Columns | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, speaker)`` of every stretch of quoted voice, attributed ones first.

    Quoted voice is the content of direct statements (`analysis.statements.statements`, kind
    ``direct``: quoted words and transcript turns) plus every other stretch inside quotation marks
    (`analysis.quotes.quotation_spans`). A stretch inside a reported or partial statement's
    content takes that statement's speaker; any other (scare quotes, unattributed quotations)
    has an empty speaker — still not the writer's own words. Speaker: `statement_speakers`.
    Reported speech without quotation marks is the writer's wording. ``statements``: the
    statements table or its `Columns`; when None, the statements table is computed here. The
    pipeline computes this once per article and hands it to framing, actors and summary.
    """
    statements = statement_columns(article) if statements is None else columns_of(statements)
    attributed = []
    if row_count(statements):
        for start, end, kind, speaker in zip(statements["start"], statements["end"], statements["kind"], statement_speakers(statements)):
            attributed.append((int(start), int(end), str(kind), speaker))
    direct = StatementKind.DIRECT.value
    spans = [(start, end, speaker) for start, end, kind, speaker in attributed if kind == direct]
    statement_index = SpanIndex(attributed)  # linear on long texts: no scan of every statement
    for start, end in quotation_spans(article.text):
        holder = statement_index.first_covering(start, end)
        spans.append((int(start), int(end), holder[3] if holder else ""))
    return spans


def merge_spans(spans: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """``(start, end, speaker)`` spans (e.g. `quote_voice`) as disjoint ``(start, end)`` spans."""
    merged: list[list[int]] = []
    for start, end, _ in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def upstream_columns(
    article: Article, sentences: pd.DataFrame | Columns | None = None, statements: pd.DataFrame | Columns | None = None
) -> tuple[Columns, Columns, list[tuple[int, int, str]]]:
    """The sentences and statements tables of ``article`` as `Columns`, and its quoted voice.

    For the public table functions called on their own: the tables given are reused, the
    others computed here (statements from the sentences); the quoted voice (`quote_voice`) is
    computed from the statements. `analysis.pipeline.analyze` computes each of them once.
    """
    sentences = sentence_columns(article) if sentences is None else columns_of(sentences)
    statements = statement_columns(article, sentences=sentences) if statements is None else columns_of(statements)
    return sentences, statements, quote_voice(article, statements)


def discovered_mentions(actors: Sequence) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of every mention of discovered actors (objects with ``.name`` and
    ``.mentions`` spans, as `analysis.entities.discover_actors` returns), for ``actor_mentions``."""
    return sorted((int(s), int(e), actor.name) for actor in actors for s, e in actor.mentions)


def framing(
    article: Article,
    sentences: pd.DataFrame | None = None,
    statements: pd.DataFrame | None = None,
    topic: str | Path | None = DEFAULT_TOPIC,
    actor_mentions: Sequence[tuple[int, int, str]] | None = None,
) -> pd.DataFrame:
    """The framing table of ``article`` (`framing_columns`) for ``topic``.

    Upstream tables are reused when given; those not given, the token pass and the quoted voice
    are computed here (`upstream_columns`). ``actor_mentions``: the ``(start, end, actor)`` spans
    loaded words' targets are chosen among; when None or empty, the mentions of the article's
    actors (`analysis.overlay.article_actors`: discovered, ``topic`` overlaid), as in `analysis.pipeline.analyze`.
    """
    tokens = token_pass(article.text)
    if not actor_mentions:
        actor_mentions = mention_spans(article_entities(article, tokens, topic))
    sentence_table, statement_table, voice = upstream_columns(article, sentences, statements)
    return table_from_columns(framing_columns(article, tokens, sentence_table, voice, topic, statement_table, actor_mentions))


def framing_columns(
    article: Article,
    tokens: tuple[tuple[tuple[int, int, str], ...], tuple[str, ...]],
    sentences: Columns,
    quoted_voice: list[tuple[int, int, str]],
    topic: str | Path | None = DEFAULT_TOPIC,
    statements: Columns | None = None,
    actor_mentions: Sequence[tuple[int, int, str]] = (),
) -> Columns:
    """One row per framing term in ``article``'s headline and body: where, what, whose voice, which way, about whom.

    Categories: ``loaded`` (emotive, evaluative or dysphemistic wording, nicknames, evaluative
    phrases), ``actor_label`` (a name, alias or label of an actor of ``topic``; ``actor`` = the
    actor), ``hedge`` and ``booster`` (Hyland 2005), ``violence`` and ``victim``, ``frame`` (Media
    Frames Corpus dimensions, Boydstun et al. 2014) and ``contested`` (`analysis.contested`:
    subcategory = issue, ``side`` = whose usage it marks). A word can be several things at once:
    one row per category; within a category overlaps resolve leftmost-longest. A term counts only
    in the context its lexicon row needs (`analysis.framing_context.CONTEXT_CHECKS`). Headline rows
    come first with ``part`` ``title``, offsets into ``article.title`` and sentence -1; body rows
    have ``part`` ``body`` and offsets into ``article.text``. ``voice``: ``quote`` inside quoted
    voice (``quoted_voice``, from `quote_voice`; then ``in_quote`` is True), ``reported`` inside
    the content of a reported or partial statement (the statement's speaker's claim, not the
    writer's), else ``writer``. Loaded rows get ``polarity`` and ``target``
    (`analysis.framing_context`), targets chosen among actor mentions: the topic's actor labels
    and the statements' speaker names. ``tokens``: the body's token pass
    (`analysis.lexicon.token_pass`); ``statements``: the statements table (None: no reported
    voice and no speaker names). ``actor_mentions``: more ``(start, end, actor name)`` spans in
    the body to choose targets among, from any source (e.g. `analysis.entities.discover_actors`:
    `discovered_mentions`).
    """
    statements = statements if statements is not None else empty_columns("statements")
    speakers = statement_speakers(statements)
    reported = [
        (int(s), int(e), speaker)
        for s, e, kind, speaker in zip(statements["start"], statements["end"], statements["kind"], speakers)
        if kind != StatementKind.DIRECT.value
    ]
    title = _part_rows(article, PART_TITLE, token_pass(article.title), (-1, [0], [0]), [], [], speakers, topic) if article.title.strip() else []
    layout = (0, sentences["start"] or [0], sentences["sentence"] or [0])
    body = _part_rows(article, PART_BODY, tokens, layout, quoted_voice, reported, speakers, topic, actor_mentions)
    return columns_from_rows(title + body, FRAMING_COLUMNS) if title or body else empty_columns("framing")


@lru_cache(maxsize=1)
def nickname_lemmas() -> frozenset[str]:
    """Loaded words with a ``nickname`` row in loaded.csv ("crooked", "sleepy"): names by design,
    so they count when capitalised mid-sentence ("called her Crooked Hillary")."""
    return frozenset(row["term"] for row in read_csv("analysis.lexicons", "loaded.csv") if row["subcategory"] == "nickname")


@dataclass(frozen=True)
class _WrittenActor:
    """An actor as its mentions write it (name, the mention texts, the mentions): what
    `analysis.overlay.SpeakerIndex` reads of an actor."""

    name: str
    forms: tuple[str, ...]
    mentions: tuple[tuple[int, int, str], ...]


def speaker_resolver(text: str, mentions: Sequence[tuple[int, int, str]]) -> SpeakerIndex:
    """Joins a quoted speaker onto the actor among ``mentions`` it names, as the actors table does
    (`analysis.overlay.SpeakerIndex`, forms = the mentions as written in ``text``): the statements
    table writes "President Donald Trump" or "Sen. Rand Paul" where the actor is "Donald Trump" or
    "Rand Paul", so a speaker's own quoted words ("fake news", "a disaster") were charged to the
    speaker when the names differed."""
    written: dict[str, list[tuple[int, int, str]]] = {}
    for mention in mentions:
        written.setdefault(mention[2], []).append(mention)
    return SpeakerIndex([_WrittenActor(name, tuple(dict.fromkeys(text[s:e] for s, e, _ in spans)), tuple(spans)) for name, spans in written.items()])


def _loaded_target(start: int, end: int, use: TermUse, sentence: tuple[int, int], mentions: list, tokens: tuple, speaker: str, main_actors: tuple[str, str], namer: TargetNamer) -> str:
    """The actor in the object of a naming verb whose complement is the word ("called Mueller's
    investigation a 'witch hunt'": Mueller; `analysis.framing_subjects.named_object`), else
    `analysis.framing_context.target` among the mentions of actors other than the quoted
    speaker of the term (a speaker's own quoted words are about someone else: BASIL 2010–2015
    tuning triplets), else the article's most mentioned actor, or its second when the first is the
    quoted speaker (``main_actors``; 0.634 -> 0.658 on the tuning triplets). ``speaker`` is empty outside direct
    quotation: a reported claim's content is the writer's paraphrase and may be about its speaker
    ("Perry, railing against …", "despite his threatened run"; 0.624 -> 0.634 of found spans'
    targets on the tuning triplets). ``use``: the term's lexicon row (part of speech; a favourable
    verb is about its object, `analysis.framing_context.verb_object`). When no actor mention stands in
    the term's slot, a bill, law, ruling, policy or administration there is the target
    (`analysis.framing_targets.phrase_target`, named by ``namer``, which holds the part's text);
    before the subject slot, the possessor of a subject whose mention only modifies its head ("Mitt
    Romney's Medicare ad is dishonest": Romney; `analysis.framing_subjects.modified_possessed_subject`,
    BASIL 2010-2012 0.713 -> 0.722);
    then the subject of the word's clause across an appositive or as a possessive determiner
    (`analysis.framing_subjects.clause_subject`: BASIL 2010-2012 0.704 -> 0.722, 2013-2015
    unchanged); only then the fallback. A possessed staff group found by any of these is its
    owner ("President Obama's national security staff had been complicit": Obama;
    `analysis.framing_subjects.group_owner`: BASIL 2013-2015 0.690 -> 0.701, 2010-2012 unchanged)."""
    # Only the sentence's mentions can be the target: sliced first, so a long article's thousands
    # of mentions are not filtered again for every loaded word.
    inside = mentions[bisect.bisect_left(mentions, (sentence[0], -1, "")) : bisect.bisect_left(mentions, (sentence[1], -1, ""))]
    others = [m for m in inside if m[2] != speaker] if speaker else inside
    favours_object = use.polarity == FAVOURABLE
    # Slot by slot, actor or thing: the mention the word is part of or the one after it (the noun a
    # modifier describes, the object of a verb of favour), then a thing there ("praised the ruling",
    # "this oppressive ban"), then the subject before it, actor or thing.
    named = "" if any(s < end and start < e for s, e, _ in others) else named_object(start, end, use.pos, sentence, others, *tokens, namer.text)
    found = named or target(start, end, use.pos, sentence, [m for m in others if m[1] > start], *tokens, namer.text, favours_object=favours_object)
    found = found or phrase_target(start, end, use.pos, favours_object, sentence, tokens, namer, after_only=True)
    found = found or modified_possessed_subject(start, end, use.pos, sentence, others, *tokens, namer.text)
    found = found or target(start, end, use.pos, sentence, others, *tokens, namer.text, favours_object=favours_object)
    found = found or phrase_target(start, end, use.pos, favours_object, sentence, tokens, namer)
    if found:
        return group_owner(found, start, others, *tokens, namer.text)
    first, second = main_actors
    fallback = first if first != speaker else second
    # The subject of the word's clause further back (`analysis.framing_subjects`); not for a verb of
    # favour, which is about the one it favours ("The Human Rights Campaign, which held the event,
    # praised him": Holder, the fallback).
    if favours_object and use.pos == "verb":
        return fallback
    found = clause_subject(start, end, use.pos, sentence, others, *tokens, namer.text, fallback=fallback)
    return group_owner(found, start, others, *tokens, namer.text) if found else fallback


def _speaker_actor(quoted: tuple[int, int, str] | None, resolver: list[SpeakerIndex], text: str, mentions: Sequence[tuple[int, int, str]]) -> str:
    """The actor who speaks the quoted stretch ``quoted`` (`speaker_resolver`, built once into
    ``resolver``), else its speaker as written; empty outside quoted voice or with no speaker."""
    speaker = quoted[2] if quoted else ""
    if not speaker:
        return ""
    if not resolver:
        resolver.append(speaker_resolver(text, mentions))
    return resolver[0].actor(speaker) or speaker


def _sentence_tokens(found: dict[int, tuple[int, int]], index: int, token_starts: list[int], starts: Sequence[int], bounds: Sequence[int]) -> tuple[int, int]:
    """The (first, end) token positions of sentence ``index``, found once per sentence (``found``), not once per match."""
    if index not in found:
        found[index] = (bisect.bisect_left(token_starts, starts[index]), bisect.bisect_left(token_starts, bounds[index]))
    return found[index]


def _window(keys: Sequence[str], token_starts: list[int], match: Match, sentence: tuple[int, int]) -> Window:
    """The `Window` of a match inside its sentence's tokens."""
    return Window(keys, bisect.bisect_left(token_starts, match.start), bisect.bisect_left(token_starts, match.end), match.entry.lemma, *sentence)


def _main_actors(mentions: list[tuple[int, int, str]]) -> tuple[str, str]:
    """The article's most mentioned actor and the next (first mentioned on a tie; empty when
    none): the fallback targets of loaded words (`_loaded_target`)."""
    counts = Counter(name for *_, name in mentions)
    first_at: dict[str, int] = {}
    for mention_start, _, name in mentions:
        first_at.setdefault(name, mention_start)
    ranked = sorted(counts, key=lambda name: (-counts[name], first_at[name]))
    return (ranked[0] if ranked else "", ranked[1] if len(ranked) > 1 else "")


def _part_rows(
    article: Article,
    part: str,
    tokens: tuple[tuple[tuple[int, int, str], ...], tuple[str, ...]],
    layout: tuple[int, list, list],
    quoted_voice: list[tuple[int, int, str]],
    reported: list[tuple[int, int, str]],
    speakers: list[str],
    topic: str | Path | None,
    actor_mentions: Sequence[tuple[int, int, str]] = (),
) -> list[tuple]:
    """The framing rows of one part (title or body) of ``article``: see `framing_columns`.

    A contested term in the writer's voice counts only where `analysis.contested.is_writers_usage`
    says it is the writer's own choice of words (not "so-called", not inside a longer name).
    ``layout``: (sentence number for a title, sentence starts, sentence numbers) of the part.
    """
    text = article.title if part == PART_TITLE else article.text
    token_spans, keys = tokens
    matches = longest_per_category(matcher(topic).find_in_tokens(text, token_spans, keys))
    if not matches:
        return []
    token_starts = [span[0] for span in token_spans]
    title_sentence, sentence_starts, sentence_ids = layout
    sentence_bounds = list(sentence_starts[1:]) + [len(text) + 1]
    actor_label = Category.ACTOR_LABEL.value  # a plain str compares faster than the enum member
    loaded, contested, writer = Category.LOADED.value, Category.CONTESTED.value, Voice.WRITER.value
    # Categories whose lower-case words do not count when written as part of a name (`is_proper_name_use`).
    common_words = {loaded, Category.HEDGE.value, Category.BOOSTER.value} if part == PART_BODY else set()
    nicknames = nickname_lemmas()
    actor_of = {(m.start, m.end): m.entry.actor for m in matches if m.entry.category == actor_label}
    mentions = target_candidates([(s, e, a) for (s, e), a in actor_of.items()], [] if actor_mentions else name_mentions(text, speakers), actor_mentions)
    main_actors, namer = _main_actors(mentions), TargetNamer(text, mentions)
    resolver: list[SpeakerIndex] = []  # built on the first quoted loaded word with a speaker
    uses = term_uses()
    sentence_tokens: dict[int, tuple[int, int]] = {}  # sentence index -> its (first, end) token positions
    # Which quoted stretch or reported claim holds a term, found without scanning them all.
    quoted_index, reported_index = SpanIndex(quoted_voice), SpanIndex(reported)
    rows = []
    for match in sorted(matches, key=lambda m: (m.start, m.end, m.entry.category)):
        entry, start, end = match.entry, match.start, match.end
        use = uses.get((entry.category, entry.lemma), NO_USE)
        is_loaded = entry.category == loaded
        if entry.category in common_words and not entry.match_case and entry.lemma not in nicknames and is_proper_name_use(text, start, end):
            continue
        window = None
        index = max(bisect.bisect_right(sentence_starts, start) - 1, 0)
        if use.context or is_loaded:  # a window only where a check or the polarity reads one
            window = _window(keys, token_starts, match, _sentence_tokens(sentence_tokens, index, token_starts, sentence_starts, sentence_bounds))
            if not CONTEXT_CHECKS[use.context](window):
                continue
        quoted = quoted_index.first_covering(start, end)
        claim = None if quoted else reported_index.first_covering(start, end)
        voice = Voice.QUOTE.value if quoted else Voice.REPORTED.value if claim else writer
        if entry.category == contested and voice == writer and not is_writers_usage(text, start, end, part == PART_BODY):
            continue  # someone else's name for the thing ("the so-called Dreamers", "the Voting Rights Act")
        rows.append(
            (
                article.id,
                part,
                title_sentence if part == PART_TITLE else int(sentence_ids[index]),
                start,
                end,
                text[start:end],
                entry.lemma,
                entry.category,
                issue_of(entry.subcategory) if entry.category == contested else entry.subcategory,
                entry.actor or actor_of.get((start, end), ""),
                quoted is not None,
                (quoted or claim or (0, 0, ""))[2],
                voice,
                polarity(use.polarity, window) if is_loaded else "",
                _loaded_target(start, end, use, (sentence_starts[index], sentence_bounds[index]), mentions, (token_starts, keys), _speaker_actor(quoted, resolver, text, mentions), main_actors, namer) if is_loaded else "",
                side_of(entry.subcategory) if entry.category == contested else "",
            )
        )
    return rows
