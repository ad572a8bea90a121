"""Every table's columns, in order, with what each means: the one place they are documented.

Tables are tidy (Wickham 2014): one row per observation, one column per variable. Every row
that points into an article carries ``article`` (the article id) and, where it has a span,
``start``/``end`` character offsets into ``Article.text`` (``text[start:end]``).
"""

from __future__ import annotations

import pandas as pd

COLUMNS: dict[str, dict[str, str]] = {
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
