"""The sentences table: one row per sentence, with TextBlob sentiment."""

from __future__ import annotations

import pandas as pd

from .article import Article
from .schema import COLUMNS, empty_table, table_from_columns
from .segment import sentence_spans
from .sentiment import scores_with_weights


def sentences(article: Article) -> pd.DataFrame:
    """One row per sentence of ``article.text`` with its paragraph, offsets and sentiment.

    Spans come from `analysis.segment.sentence_spans` and partition the body exactly (the
    whitespace after a sentence belongs to it), so ``"".join(table.text) == article.text``.
    Polarity and subjectivity are TextBlob's pattern-lexicon scores of the sentence, and
    ``assessments`` the number of sentiment words they average over (`analysis.sentiment`).
    """
    text = article.text
    spans = sentence_spans(text)
    if not spans:
        return empty_table("sentences")
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
    return table_from_columns({name: columns[name] for name in COLUMNS["sentences"]})
