"""The sentences table: one row per sentence, with TextBlob sentiment."""

from __future__ import annotations

import pandas as pd

from .article import Article
from .schema import COLUMNS, Columns, empty_columns, table_from_columns
from .segment import sentence_spans
from .sentiment import scores_with_weights


def sentences(article: Article) -> pd.DataFrame:
    """The sentences table of ``article`` (`sentence_columns`)."""
    return table_from_columns(sentence_columns(article))


def sentence_columns(article: Article) -> Columns:
    """One row per sentence of ``article.text`` with its paragraph, offsets and sentiment.

    Spans come from `analysis.segment.sentence_spans` and partition the body exactly (the
    whitespace after a sentence belongs to it), so ``"".join(table.text) == article.text``.
    Polarity and subjectivity are TextBlob's pattern-lexicon scores of the sentence, and
    ``assessments`` the number of sentiment words they average over (`analysis.sentiment`).
    """
    text = article.text
    spans = sentence_spans(text)
    if not spans:
        return empty_columns("sentences")
    texts = [text[start:end] for start, end, _ in spans]
    scores = scores_with_weights(texts)
    columns = {
        "article": [article.id] * len(spans),
        "sentence": list(range(len(spans))),
        "paragraph": [paragraph for _, _, paragraph in spans],
        "start": [start for start, _, _ in spans],
        "end": [end for _, end, _ in spans],
        "text": texts,
        "polarity": [polarity for polarity, _, _ in scores],
        "subjectivity": [subjectivity for _, subjectivity, _ in scores],
        "assessments": [count for _, _, count in scores],
    }
    return {name: columns[name] for name in COLUMNS["sentences"]}
