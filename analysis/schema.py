"""Every table's columns, in order, with what each means: the one place they are documented.

Tables are tidy (Wickham 2014): one row per observation, one column per variable. Every row
that points into an article carries ``article`` (the article id) and, where it has a span,
``start``/``end`` character offsets into ``Article.text`` (``text[start:end]``).
"""

from __future__ import annotations

import pandas as pd

COLUMNS: dict[str, dict[str, str]] = {
    "framing": {
        "article": "article id",
        "sentence": "sentence number (sentences table) the term stands in",
        "start": "offset of the term's first character in the body",
        "end": "offset after the term's last character: text[start:end] is the term",
        "term": "the term as written in the article",
        "lemma": "the lexicon entry it matched (base form)",
        "category": "loaded, actor_label, hedge, booster, violence, victim or frame",
        "subcategory": "loaded: emotive_verb, dysphemism, evaluative_adjective, intensifier, textblob_subjective; actor_label: name, alias, label; hedge: attribution, epistemic, approximator; booster: certainty; violence: verb, noun; victim: person; frame: one of the 14 Media Frames Corpus dimensions with cue words (economic ... external_regulation_and_reputation)",
        "actor": "the actor (topic file) the term names or labels, else empty",
        "in_quote": "True when the term stands in quoted voice (a direct statement or any quotation marks), False in the writer's voice",
        "speaker": "who is quoted (statement's speaker_resolved, else speaker) when in_quote and attributed, else empty",
    },
    "actors": {
        "article": "article id",
        "actor": "canonical actor name from the topic file (analysis/topics/TOPIC.csv)",
        "mentions": "times the actor is named, aliased or labelled (actor_label rows)",
        "mentions_writer": "mentions in the writer's voice",
        "mentions_quoted": "mentions inside quotations",
        "labels": "every term used for the actor with its count, most used first: 'Hamas:5; terror group:2' (long form: actor_labels table)",
        "quoted": "statements whose resolved speaker is the actor (times quoted)",
        "words_quoted": "words in those statements' content",
        "tone_writer": "mean TextBlob polarity of the writer's-voice text (quotations removed) of sentences that mention the actor in the writer's voice; NaN if none",
        "tone_quoted": "mean TextBlob polarity of the quotations that mention the actor; NaN if none",
        "violence_agent": "violence verbs or nouns whose agent is the actor (active subject, 'by' phrase, 'Israeli strikes')",
        "violence_target": "violence verbs or nouns whose target is the actor (object, passive subject, 'attack on')",
        "agentless_passives": "agentless passives of violence verbs ('were killed') in sentences that mention the actor",
    },
    "actor_labels": {
        "article": "article id",
        "actor": "canonical actor name",
        "label": "the term used for the actor (lexicon form, e.g. 'terror group')",
        "kind": "name, alias or label (topic file)",
        "writer": "uses in the writer's voice",
        "quoted": "uses inside quotations",
        "count": "all uses",
    },
    "summary": {
        "article": "article id",
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
        "textblob_polarity": "TextBlob polarity of the whole body, -1 to 1",
        "textblob_subjectivity": "TextBlob subjectivity of the whole body, 0 to 1",
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
    },
}


def empty_table(name: str) -> pd.DataFrame:
    """A table with no rows and the documented columns, so empty results still merge."""
    return pd.DataFrame(columns=list(COLUMNS[name]))


def describe(name: str | None = None) -> pd.DataFrame:
    """The documentation of every column (or one table's) as a table: table, column, meaning."""
    rows = [
        (table, column, meaning)
        for table, columns in COLUMNS.items()
        if name is None or table == name
        for column, meaning in columns.items()
    ]
    return pd.DataFrame(rows, columns=["table", "column", "meaning"])
