"""Every table's columns, in order, with what each means: the one place they are documented.

Tables are tidy (Wickham 2014): one row per observation, one column per variable. Every row
that points into an article carries ``article`` (the article id) and, where it has a span,
``start``/``end`` character offsets into ``Article.text`` (``text[start:end]``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from functools import lru_cache

import numpy as np
import pandas as pd


# The values of the columns that later steps branch on, named once. They are `StrEnum`s, so a
# value read from a table compares equal to its member (``kind == StatementKind.DIRECT``); tables
# themselves hold plain strings.
class StatementKind(StrEnum):
    """Statements table ``kind``."""

    DIRECT = "direct"
    REPORTED = "reported"
    PARTIAL = "partial"


class Category(StrEnum):
    """Framing table ``category``."""

    LOADED = "loaded"
    ACTOR_LABEL = "actor_label"
    HEDGE = "hedge"
    BOOSTER = "booster"
    VIOLENCE = "violence"
    VICTIM = "victim"
    FRAME = "frame"
    CONTESTED = "contested"


class Voice(StrEnum):
    """Framing table ``voice``: whose wording a term stands in."""

    WRITER = "writer"
    QUOTE = "quote"
    REPORTED = "reported"


class ActorTermKind(StrEnum):
    """How a term refers to its actor: actor_labels ``kind``. A topic file's rows are ``name``,
    ``alias`` or ``label`` (also the framing subcategory of an ``actor_label`` row); a form the
    article itself writes for a discovered actor, with no topic row for it, is ``form`` ("Mr.
    Kim", "Beijing", "NRA") or ``description`` (a role description resolved to the actor: "the
    company", "the ministry"), given by `analysis.overlay`."""

    NAME = "name"
    ALIAS = "alias"
    LABEL = "label"
    FORM = "form"
    DESCRIPTION = "description"


class SpeakerType(StrEnum):
    """Statements ``speaker_type`` (defined in `COLUMNS`); also the kinds of the speaker lexicon
    (`lexicons/speakers.csv`)."""

    PERSON = "person"
    ORGANISATION = "organisation"
    GOVERNMENT = "government"
    ANONYMOUS = "anonymous"
    DOCUMENT = "document"
    MEDIA = "media"
    UNKNOWN = "unknown"


# Statements ``speaker_type`` values of speakers who speak in no one's own name (a document, an
# unnamed source, an unknown phrase): their statement never encloses or issues another speaker's
# words (`statements.clauses.cited_in_report`, `statements.objects.issuer_of_document`).
NOT_OWN_NAME_TYPES = frozenset({SpeakerType.DOCUMENT.value, SpeakerType.ANONYMOUS.value, SpeakerType.UNKNOWN.value})


COLUMNS: dict[str, dict[str, str]] = {
    "statements": {
        "article": "article id",
        "statement": "0-based statement number in the article, in order of position",
        "kind": "direct (quoted words), reported (indirect speech, no quote marks) or partial (reported speech quoting a fragment)",
        "speaker": "who speaks, as written at the attribution ('he', 'the adviser', 'SECRETARY RUBIO'); empty if none",
        "speaker_resolved": "the fullest name the article gives that speaker ('Cooper' -> 'Adm. Brad Cooper', 'he' / 'the Israeli envoy' -> 'Daniel Ayalon', 'the adviser' -> 'one senior adviser'); the speaker as written when nothing resolves it",
        "speaker_type": "who speaks, in the taxonomy of sourcing studies (AP Stylebook 'anonymous sources'; Sternadori & Wise 2010): person (a named person), organisation (a named organisation speaking as a body: 'Hamas said'), government (a named state body or country speaking as a body: 'the Health Ministry said', 'Israel told the UN'), anonymous (an unnamed source: officials, advisers, 'a source familiar with', and unnamed insiders of an institution: 'Israeli intelligence disputes', 'U.S. officials acknowledged'), document (polls, rulings, agreements, reports), media (an outlet credited as the speaker, when nobody else speaks in its report) or unknown",
        "speaker_via": "how the speaker was found, so the uncertain rows can be checked first: cue (named at the cue, as written), pronoun (resolved from 'he', 'they', ...), description (a role description resolved: 'the adviser', 'the senator'), carried (from the previous quotation of the same speaker), label (a transcript or interview label: 'QUESTION:', 'Name: \"…\"') or unresolved (no speaker phrase, or a pronoun or description nothing resolved)",
        "anonymous": "True when the speaker is not named (unnamed officials, sources, aides; unnamed questioners in a transcript)",
        "cue": "the reporting verb or phrase as written ('said', 'according to', 'remain firm' before a colon, ':' for a transcript or interview label)",
        "cue_lemma": "the cue's base form (lexicons/reporting_verbs.csv); empty for a label",
        "cue_stance": "neutral, assertive, distancing, concessive or hostile (lexicons/reporting_verbs.csv); empty when the cue is no reporting verb (a label, a colon introduction)",
        "source": "the outlet the statement is credited to ('According to Axios', 'Reuters reported'), else empty",
        "quote": "the content exactly as in the text: text[start:end] (quoted words without marks; the reported clause)",
        "start": "offset of the content's first character in the body",
        "end": "offset after the content's last character",
        "sentence": "number of the sentence (sentences table) where the content starts",
        "polarity": "TextBlob polarity of the content, -1 to 1",
        "subjectivity": "TextBlob subjectivity of the content, 0 to 1",
    },
    "framing": {
        "article": "article id",
        "part": "title (the headline: start/end are offsets into Article.title) or body (offsets into Article.text); title rows come first",
        "sentence": "sentence number (sentences table) the term stands in; -1 for a title row",
        "start": "offset of the term's first character in its part (title or body)",
        "end": "offset after the term's last character: text[start:end] is the term, text = the title or the body (part)",
        "term": "the term as written in the article",
        "lemma": "the lexicon entry it matched (base form)",
        "category": "loaded, actor_label, hedge, booster, violence, victim, frame or contested",
        "subcategory": "loaded: emotive_verb, dysphemism, evaluative_adjective, intensifier, nickname (insult nicknames: 'Rocket Man', 'dotard'), evaluative_phrase ('dramatic escalation', 'remain firm', 'demonstrating restraint'), textblob_subjective; contested: the issue (immigration, abortion, guns, taxes, ...; lexicons/contested.csv); actor_label: name, alias, label; hedge: attribution, epistemic, approximator; booster: certainty; violence: verb, noun; victim: person; frame: one of the 14 Media Frames Corpus dimensions with cue words (economic ... external_regulation_and_reputation)",
        "actor": "actor_label rows: the topic file's actor the term names or labels (whether or not the article names that actor: the actors table applies the overlay only then), else empty",
        "in_quote": "True when the term stands in quoted voice (a direct statement or any quotation marks), False in the writer's voice",
        "speaker": "who is quoted or reported (statement's speaker_resolved, else speaker) when voice is quote and attributed, or reported; else empty",
        "voice": "writer (the writer's own wording), quote (in_quote: inside quoted voice) or reported (inside the content of a reported or partial statement: the speaker's claim, e.g. 'rigged' in 'the group said the vote was rigged')",
        "polarity": "loaded rows: favourable or unfavourable toward the target (lexicons/loaded.csv polarity; intensifiers from the words after them; flipped by a negator before: 'showed no restraint'); empty for other categories",
        "target": "loaded rows: whom or what the wording is about. An actor (the actors table's name, among the mentions of the article's actors: analysis.entities.discover_actors with the topic overlay; never the quoted speaker of the words, the speaker joined onto its actor as the actors table joins it: 'President Donald Trump' is Donald Trump): the mention it is part of, the actor a modifier stands right before, the object of a verb of favour, the subject right before it ('Hamas showed no restraint'). In each slot (the noun after the word before the subject) a bill, law, ruling, ban, mandate, regulation or administration there counts too, which no actor table offers ('praised the ruling' -> 'ruling'; lexicons/target_heads.csv; analysis.framing_targets): a definite bill or law by the article's most written bill or act name ('this \"toxic\" legislation' -> 'Senate Bill 1062'), else the noun as written with the names before it ('an awful bill' -> 'bill'); an administration or government by the actor of that name ('Obama administration'); such a bill or law matches no actor row. Then the actor in the object of a naming verb whose complement the word is ('called Lopez's inquiry a witch hunt' -> Lopez); an actor's aides, staff, advisers, lawyers or officials are the actor ('Obama's national security staff' -> Obama; lexicons/target_owners.csv); then the subject of the word's clause further back (across an appositive: 'Smith, the governor's aide, slammed' -> Smith; an actor's possessive: 'Romney's ad is dishonest' -> Romney; the object before of/for + an -ing clause: 'accused Germany of being a cheat' -> Germany; not when the main actor is named after the word; analysis.framing_subjects). Else the article's most mentioned actor; empty when none",
        "side": "contested rows: left or right, the side whose usage the term marks (lexicons/contested.csv); empty for other categories",
    },
    "actors": {
        "article": "article id",
        "actor": "canonical actor name: the fullest form the article writes (analysis.entities.discover_actors; a country's gazetteer name), or the topic actor's name when the topic overlay matched it (analysis.overlay)",
        "kind": "person, organisation, country (a state or government: 'Beijing said', 'Israeli strikes') or group (a collective that acts or speaks: 'Israeli officials', 'protesters'); a topic actor discovery did not find: group when its name is a plural, else organisation",
        "central": "True when the actor is central to the article: named in the title, or 3+ mentions, or named in the first paragraph and 2+ mentions (analysis.entities CENTRAL_MENTIONS)",
        "mentions": "times the actor is named, described or labelled in the body (its forms, resolved role descriptions, and the topic overlay's aliases and labels: actor_labels rows)",
        "mentions_writer": "mentions in the writer's voice",
        "mentions_quoted": "mentions inside quotations",
        "labels": "every term used for the actor with its count, most used first: 'Hamas:5; terror group:2' (long form: actor_labels table)",
        "quoted": "statements whose speaker (speaker_resolved, else speaker) names the actor: written as one of its forms, else holding its longest form ('A second U.S. adviser' -> United States) (times quoted)",
        "words_quoted": "words in those statements' content",
        "tone_writer": "mean TextBlob polarity of the writer's-voice text (quotations removed) of sentences that mention the actor in the writer's voice; NaN if none",
        "tone_quoted": "mean TextBlob polarity of the quotations that mention the actor; NaN if none",
        "stance_writer": "favourable minus unfavourable loaded words (framing loaded rows, voice writer, negation-flipped) in the sentences that mention the actor in the writer's voice, whichever actor the framing row targets (the sentences tone_writer scores, read with the loaded lexicon instead of TextBlob; headline left out); 0 if none (analysis.actor_tone)",
        "tone_others": "mean TextBlob polarity of the statements of other speakers whose content mentions the actor (statements table polarity; the actor's own statements left out); NaN if none (analysis.actor_tone)",
        "writer_feeling": "one score of the writer's feeling toward the actor, higher = more favourable: minus the log-odds that the author treats the actor negatively, a logistic regression fitted on BASIL 2010-2015 author_feeling over stance_writer, unfavourable_quoted, tone_others and the body's TextBlob polarity (the last the same for every actor of the article; weights and how they were fitted: analysis/lexicons/actor_feeling.csv; analysis.actor_tone). Measured: ROC AUC 0.741 on the years it was fitted on, 0.616 on BASIL 2016-2019 (scored once, stop 26), below favourable minus unfavourable loaded words toward the actor (0.647-0.653): a rough ranking, not a verdict",
        "violence_agent": "violence verbs or nouns whose agent is the actor (active subject, 'by' phrase, 'Israeli strikes')",
        "violence_target": "violence verbs or nouns whose target is the actor (object, passive subject, 'attack on')",
        "agentless_passives": "agentless passives of violence verbs ('were killed') in sentences that mention the actor",
        "favourable_writer": "loaded rows (headline and body) in the writer's voice whose target is the actor and polarity favourable",
        "unfavourable_writer": "loaded rows in the writer's voice whose target is the actor and polarity unfavourable",
        "favourable_quoted": "loaded rows in quotes or reported claims (voice quote or reported) whose target is the actor, favourable",
        "unfavourable_quoted": "loaded rows in quotes or reported claims whose target is the actor, unfavourable",
    },
    "actor_labels": {
        "article": "article id",
        "actor": "canonical actor name (actors table)",
        "label": "the term used for the actor: the topic term's lemma ('terror group') where the topic overlay matched, else the form as written ('Mr. Kim', 'Beijing', 'the company')",
        "kind": "name, alias or label (a topic file's term), form (a way the article writes the actor's name: name, surname, title + surname, acronym, capital, demonym, group noun) or description (a role description resolved to it: 'the company', 'the ministry'); analysis.schema.ActorTermKind",
        "writer": "uses in the writer's voice",
        "quoted": "uses inside quotations",
        "count": "all uses",
    },
    "voices": {
        "article": "article id",
        "speaker": "who speaks (statements: speaker_resolved, else speaker), one row per speaker and actor they mention",
        "speaker_type": "the speaker's speaker_type (statements table; of their first statement)",
        "actor": "an actor (actors table) mentioned in the content of the speaker's statements; never the actor the speaker's own name names",
        "statements": "the speaker's statements whose content mentions the actor",
        "mentions": "mentions of the actor inside those statements' contents",
        "favourable": "loaded framing rows inside those contents whose target is the actor, polarity favourable",
        "unfavourable": "loaded framing rows inside those contents whose target is the actor, polarity unfavourable",
        "polarity": "mean TextBlob polarity of those statements (statements table polarity), -1 to 1",
    },
    "summary": {
        "article": "article id",
        "language": "detected language (ISO 639-1); the English lexicons and TextBlob mean little unless 'en'",
        "words": "word tokens in the body (analysis.tokenize)",
        "words_writer": "words in the writer's voice",
        "words_quoted": "words inside quotations (quoted voice)",
        "loaded_writer_per_1000": "loaded terms in the writer's voice per 1,000 writer's-voice words",
        "loaded_quoted_per_1000": "loaded terms in quotations per 1,000 quoted words (NaN without quotations)",
        "hedges_per_1000": "hedges per 1,000 words",
        "boosters_per_1000": "boosters per 1,000 words",
        "positive_pct": "GDELT-style: percent of words that are positive in TextBlob's word lexicon",
        "negative_pct": "GDELT-style: percent of words that are negative in TextBlob's word lexicon",
        "tone": "GDELT-style tone: positive_pct - negative_pct",
        "word_polarity": "GDELT-style polarity (emotional charge): positive_pct + negative_pct",
        "textblob_polarity": "TextBlob polarity of the whole body, -1 to 1, pooled from the sentences table (mean sentence polarity weighted by its assessments; equal to TextBlob(body) but where Pattern carries a modifier or negation across a sentence end)",
        "textblob_subjectivity": "TextBlob subjectivity of the whole body, 0 to 1, pooled like textblob_polarity",
        "contested_terms": "contested-vocabulary terms (framing rows of category contested) in the body in the writer's voice: the number behind vocabulary_lean",
        "contested_used": "those terms with the side each marks, in order: 'undocumented immigrants:left; death tax:right'; empty if none",
        "vocabulary_lean": "(right-marked - left-marked) / contested_terms, -1 (left usage only) to +1 (right usage only); NaN below analysis.contested.MIN_TERMS terms (too little evidence). Validated on AllSides outlets split by hash (benchmarks/contested.py)",
    },
    "sentences": {
        "article": "article id (a file's stem)",
        "sentence": "0-based sentence number in the article",
        "paragraph": "0-based paragraph number (paragraphs are separated by blank lines)",
        "start": "offset of the sentence's first character in the body",
        "end": "offset after its last character; spans partition the body, trailing whitespace included",
        "text": "the sentence exactly as in the body: text[start:end]",
        "polarity": "TextBlob polarity, -1 (negative) to 1 (positive)",
        "subjectivity": "TextBlob subjectivity, 0 (objective) to 1 (subjective)",
        "assessments": "number of TextBlob assessments the scores average over (lexicon words, a modifier and its word counting once, emoticons); 0 = no sentiment words, so a polarity of 0 means no evidence rather than balance",
    },
    # Corpus mode (analysis.corpus): one row per article read, then one per failure. The articles
    # table (and summary) end with one column per label of the corpus's column map, e.g. AllSides'
    # bias_text and topic.
    "articles": {
        "article": "article id (the corpus's id column, or a file's stem)",
        "title": "title",
        "outlet": "outlet (the corpus's outlet column, or the file header's outlet)",
        "date": "publication date as given",
        "url": "address of the original, when given",
        "source": "where the record was read: file path, or corpus file and record number (file.jsonl.gz:12)",
        "language": "identified language code (analysis.language)",
        "language_confidence": "probability of that language",
        "words": "word tokens in the body (analysis.tokenize)",
        "status": "analysed, or failed (see the errors table)",
        "warnings": "warnings raised while loading or analysing, '; '-separated, else empty",
        "seconds": "time spent loading and analysing the article",
    },
    "errors": {
        "article": "article id",
        "source": "where the record was read",
        "stage": "load (reading, empty body, language), analyze (a table failed) or worker (the worker process died: the article is not marked done and the next run retries it)",
        "error": "exception type (ArticleError for bad input)",
        "message": "the problem in one line",
        "location": "for an unexpected exception (a bug), file:line in function where it was raised, else empty",
    },
    # --- Comparison tables (analysis/compare.py, analysis/fightin_words.py): across articles. ---
    "comparison_articles": {
        "article": "article id",
        "label": "short name for charts: 'outlet date' from an outlet-YYYY-MM-DD-slug id, else the id cut to 24 characters",
        "outlet": "the outlet from the article's metadata (header 'outlet:'), else empty",
        "title": "the article's title",
        "date": "the date from the article's metadata, else empty",
        "words": "word tokens in the body (analysis.tokenize)",
    },
    "comparison": {
        "article": "article id; one row per article, in the order given",
        "label": "short name for charts (comparison_articles.label)",
        "outlet": "outlet from the metadata",
        "words": "word tokens in the body",
        "statements": "rows of the statements table (direct, reported and partial statements)",
        "voice_<speaker_type>": "share of the article's statements by that speaker type (person, government, ...); 0 if none, NaN without statements",
        "anonymous_share": "share of statements whose speaker is anonymous; NaN without statements",
        "stance_<stance>": "share of statements whose reporting cue has that stance (neutral, assertive, distancing, concessive, hostile, no_cue)",
        "<summary columns>": "every column of the summary table (loaded_writer_per_1000, hedges_per_1000, tone, textblob_polarity, ...)",
        "label_<actor>": "the label the article uses most for the actor (rank 1 of comparison_labels); NaN if never named",
    },
    "comparison_measures": {
        "article": "article id",
        "label": "short name for charts",
        "measure": "a numeric column of the comparison table (words, voice_person, tone, ...)",
        "value": "its value for the article (float; NaN where the article has no data)",
    },
    "share_of_voice": {
        "article": "article id",
        "speaker_type": "speaker type of the statements table ('unknown' when empty)",
        "statements": "statements by speakers of that type",
        "words": "words in those statements' content (quote)",
        "share": "statements / all statements of the article",
        "words_share": "words / all words in the article's statements",
    },
    "cue_stance_mix": {
        "article": "article id",
        "cue_stance": "stance of the reporting cue (reporting_verbs.csv), or no_cue",
        "statements": "statements reported with a cue of that stance",
        "share": "statements / all statements of the article",
    },
    "comparison_labels": {
        "article": "article id",
        "actor": "canonical actor name (actors table)",
        "label": "term used for the actor (actor_labels.label)",
        "kind": "name, alias, label, form or description (actor_labels.kind)",
        "writer": "uses in the writer's voice",
        "quoted": "uses inside quotations",
        "count": "all uses",
        "share": "count / all uses of any label for the actor in the article",
        "rank": "1 for the most used label of the actor in the article (ties alphabetical)",
    },
    "frame_profile": {
        "article": "article id",
        "category": "framing category (loaded, actor_label, hedge, booster, violence, victim, frame)",
        "subcategory": "framing subcategory (for frame: the Media Frames Corpus dimension)",
        "terms": "framing terms of that category and subcategory in the article (0 if none)",
        "per_1000_words": "terms per 1,000 words of the body",
    },
    "sentiment_positions": {
        "article": "article id",
        "sentence": "sentence number",
        "position": "the sentence's midpoint as % of the body's length (0-100)",
        "polarity": "TextBlob polarity of the sentence",
        "subjectivity": "TextBlob subjectivity of the sentence",
    },
    "fightin_words": {
        "term": "a word, lower case, possessive 's removed (dotted initialisms kept whole: 'u.s')",
        "count_a": "occurrences in group a",
        "count_b": "occurrences in group b",
        "prior": "its Dirichlet prior count alpha_w (default: pooled count in both groups)",
        "log_odds_ratio": "delta_w, the log-odds ratio of a over b with the prior (Monroe et al. 2008, eq. 16)",
        "variance": "approximate variance of delta_w: 1/(count_a+alpha_w) + 1/(count_b+alpha_w)",
        "z": "delta_w / sqrt(variance); > 0 leans to a, < 0 to b",
        "frequency": "count_a + count_b (x axis of the fightin' words plot)",
        "leans": "the group's label when |z| >= 1.96, else empty",
    },
    # Views for reading (analysis.views, analysis.compare): built from the tables above.
    "who_said_what": {
        "statement": "statement number (statements table)",
        "kind": "direct, reported or partial",
        "speaker": "the resolved speaker (speaker_resolved, else speaker)",
        "as_written": "the speaker as written at the cue when it differs from the resolved one ('the adviser'), else empty",
        "speaker_type": "person, organisation, government, anonymous, document, media or unknown (statements table)",
        "speaker_via": "how the speaker was found (statements table)",
        "cue (stance)": "the cue as written and its stance: 'revealed (concessive)'",
        "source": "the outlet credited, else empty",
        "words": "the content on one line, cut at a word boundary (analysis.views.WORDS_SHOWN characters) with ' …'",
    },
    "speaker_via_counts": {
        "speaker_via": "how speakers were found, least certain first (unresolved, pronoun, description, carried, label, cue)",
        "statements": "statements whose speaker was found that way",
        "share": "their share of the article's statements, 0 to 1",
    },
    "source_overlap": {
        "what": "speaker (a voice: statements' resolved speaker) or actor (actors table)",
        "name": "the speaker's or actor's name",
        "article": "article id",
        "count": "statements of the speaker, or mentions of the actor, in the article",
        "in_articles": "how many of the compared articles have this speaker or actor (names compared ignoring case and spacing)",
        "only_here": "True when no other compared article has it",
        "labels": "actors: the terms the article uses for it with counts, most used first ('Hamas 9 · terror group 1'); empty for speakers",
    },
}


# Text columns hold Python strings (pandas' "str" dtype with python storage): building the many
# small per-article tables and reading their columns back costs about half as much as with
# pyarrow storage (benchmarks/corpus.py); Parquet stores them as strings either way.
TEXT_DTYPE = pd.StringDtype("python", na_value=np.nan)
_TEXT_ARRAY = TEXT_DTYPE.construct_array_type()


def _text_column(values: Sequence) -> object:
    """A text column: pandas' public ``StringArray`` constructor round an object array of the
    values when every one is a string (a third of the time of ``pd.array``'s dispatch), else
    ``_from_sequence``, which turns None and NA into the dtype's missing value (the constructor
    would keep them as they are)."""
    if all(isinstance(value, str) for value in values):
        return pd.arrays.StringArray(np.array(values, dtype=object), dtype=TEXT_DTYPE)
    return _TEXT_ARRAY._from_sequence(values, dtype=TEXT_DTYPE)


def _column(values: Sequence) -> object:
    kind = type(values[0])
    try:
        if kind is str:
            return _text_column(values)
        if kind is bool:
            return np.array(values, dtype=bool)
        if kind is int:
            return np.array(values, dtype=np.int64)
        if kind is float:
            return np.array(values, dtype=np.float64)
    except (TypeError, ValueError):  # a column of mixed types: let pandas infer it
        pass
    return pd.Series(list(values)).array


@lru_cache(maxsize=64)
def _column_index(names: tuple[str, ...]) -> pd.Index:
    """The column labels of a table as pandas builds them from ``names``, built once per set of
    names: inferring the labels' string dtype cost a third of building a statements table.
    Callers take a (shallow) copy, so a user renaming one table's columns renames no other."""
    return pd.Index(list(names))


def table_from_columns(data: Mapping[str, Sequence]) -> pd.DataFrame:
    """A table from equal-length columns, each typed from its first value (str, bool, int, float).

    The one way the package builds its tables: same values as ``pd.DataFrame(data)``, without
    pandas' per-cell type inference.
    """
    lengths = {len(values) for values in data.values()}
    if lengths == {0} or not lengths:
        return pd.DataFrame(columns=list(data))
    if len(lengths) > 1:
        raise ValueError(f"columns of unequal length: {sorted(lengths)}")
    # pandas' own constructor from typed arrays, without re-checking them: 40% less time per
    # table than ``pd.DataFrame(dict)``, for the tables a user asks of one article at a time.
    return pd.DataFrame._from_arrays(
        [_column(values) for values in data.values()],
        columns=_column_index(tuple(data)).copy(),
        index=pd.RangeIndex(lengths.pop()),
        verify_integrity=False,
    )


def empty_table(name: str) -> pd.DataFrame:
    """A table with no rows and the documented columns, so empty results still merge."""
    return pd.DataFrame(columns=list(COLUMNS[name]))


# A table as the pipeline's steps hand it to each other: column name -> list of Python values,
# columns in their documented order. The steps work on these; the public table functions wrap
# them in DataFrames (`table_from_columns`), and corpus mode turns a chunk's worth straight into
# Arrow, so no per-article DataFrame is built there (building them took 12% of the analysis time).
Columns = dict[str, list]


def columns_from_rows(rows: Sequence[tuple], columns: Sequence[str]) -> Columns:
    """Row tuples in the order of ``columns`` as `Columns`."""
    if not rows:
        return {name: [] for name in columns}
    return {name: list(values) for name, values in zip(columns, zip(*rows))}


def empty_columns(name: str) -> Columns:
    """`Columns` with no rows and the documented columns of table ``name``."""
    return {column: [] for column in COLUMNS[name]}


def columns_of(table: pd.DataFrame | Columns | None) -> Columns | None:
    """A table given by a user (a DataFrame, perhaps filtered or edited) as `Columns`."""
    if table is None or isinstance(table, dict):
        return table
    return {name: table[name].tolist() for name in table.columns}


def row_count(columns: Columns) -> int:
    """Number of rows of `Columns`."""
    return len(next(iter(columns.values()), ()))


def describe(name: str | None = None) -> pd.DataFrame:
    """The documentation of every column (or one table's) as a table: table, column, meaning."""
    rows = [
        (table, column, meaning)
        for table, columns in COLUMNS.items()
        if name is None or table == name
        for column, meaning in columns.items()
    ]
    return pd.DataFrame(rows, columns=["table", "column", "meaning"])


# The stored type of each column of the tables a corpus run writes (analysis.corpus.arrow), so
# every Parquet part of a table has one schema: a chunk where a column is missing throughout is
# typed like any other, and DuckDB reads ``avg(tone_quoted)`` across parts. Types are Arrow's
# names ("string", "int64", "float64", "bool"); a column not listed here is text. Read off the
# values the steps produce (tests/test_corpus_faults.py checks them against `analyze` on real articles).
_STORED_NON_TEXT: dict[str, dict[str, str]] = {
    "sentences": {
        "sentence": "int64", "paragraph": "int64", "start": "int64", "end": "int64",
        "polarity": "float64", "subjectivity": "float64", "assessments": "int64",
    },
    "statements": {
        "statement": "int64", "anonymous": "bool", "start": "int64", "end": "int64", "sentence": "int64",
        "polarity": "float64", "subjectivity": "float64",
    },
    "framing": {"sentence": "int64", "start": "int64", "end": "int64", "in_quote": "bool"},  # part, voice, polarity, target, side: text
    "actors": {
        "central": "bool", "mentions": "int64", "mentions_writer": "int64", "mentions_quoted": "int64", "quoted": "int64",
        "words_quoted": "int64", "tone_writer": "float64", "tone_quoted": "float64", "stance_writer": "int64",
        "tone_others": "float64", "writer_feeling": "float64",
        "violence_agent": "int64", "violence_target": "int64", "agentless_passives": "int64",
        "favourable_writer": "int64", "unfavourable_writer": "int64", "favourable_quoted": "int64", "unfavourable_quoted": "int64",
    },
    "actor_labels": {"writer": "int64", "quoted": "int64", "count": "int64"},
    "voices": {"statements": "int64", "mentions": "int64", "favourable": "int64", "unfavourable": "int64", "polarity": "float64"},
    "summary": {
        "words": "int64", "words_writer": "int64", "words_quoted": "int64",
        **dict.fromkeys(
            ("loaded_writer_per_1000", "loaded_quoted_per_1000", "hedges_per_1000", "boosters_per_1000",
             "positive_pct", "negative_pct", "tone", "word_polarity", "textblob_polarity", "textblob_subjectivity",
             "vocabulary_lean"),
            "float64",
        ),
        "contested_terms": "int64",
    },
    "articles": {"language_confidence": "float64", "words": "int64", "seconds": "float64"},
    "errors": {},
}
STORED_TYPES: dict[str, dict[str, str]] = {
    table: {column: non_text.get(column, "string") for column in COLUMNS[table]}
    for table, non_text in _STORED_NON_TEXT.items()
}


# The category values the actor steps branch on (`analysis.entities`, `analysis.actors`,
# `analysis.voices`), named once like the enums at the top: tables hold their plain string
# values (``ActorKind.PERSON.value``).


class ActorKind(StrEnum):
    """Actors table ``kind`` (`analysis.entities.Actor.kind`): a person, an organisation, a
    country (a state or government acting: "Beijing said", "Israeli strikes") or a group (a
    collective that acts or speaks: "Israeli officials", "protesters")."""

    PERSON = "person"
    ORGANISATION = "organisation"
    COUNTRY = "country"
    GROUP = "group"


class Polarity(StrEnum):
    """Framing ``polarity`` of a loaded row: the wording is favourable or unfavourable toward its
    target (empty for other categories)."""

    FAVOURABLE = "favourable"
    UNFAVOURABLE = "unfavourable"


class Part(StrEnum):
    """Framing ``part``: a term of the headline (offsets into ``Article.title``) or of the body."""

    TITLE = "title"
    BODY = "body"
