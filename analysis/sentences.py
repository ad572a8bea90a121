"""The sentences table: one row per sentence, with TextBlob sentiment."""

from __future__ import annotations

import pandas as pd

from .article import Article
from .schema import COLUMNS, empty_table
from .segment import sentence_spans
from .sentiment import polarity_subjectivity


def sentences(article: Article) -> pd.DataFrame:
    """One row per sentence of ``article.text`` with its paragraph, offsets and sentiment.

    Spans come from `analysis.segment.sentence_spans` and partition the body exactly (the
    whitespace after a sentence belongs to it), so ``"".join(table.text) == article.text``.
    Polarity and subjectivity are TextBlob's pattern-lexicon scores of the sentence.
    """
    rows = []
    for index, (start, end, paragraph) in enumerate(sentence_spans(article.text)):
        text = article.text[start:end]
        polarity, subjectivity = polarity_subjectivity(text)
        rows.append((article.id, index, paragraph, start, end, text, polarity, subjectivity))
    if not rows:
        return empty_table("sentences")
    return pd.DataFrame(rows, columns=list(COLUMNS["sentences"]))
