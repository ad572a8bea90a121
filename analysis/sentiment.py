"""TextBlob sentiment, computed one way everywhere in the suite."""

from __future__ import annotations

from textblob.en.sentiments import PatternAnalyzer

# One analyzer for the process: building it loads TextBlob's lexicon, which is
# the expensive part; analysing a text afterwards is cheap.
_ANALYZER = PatternAnalyzer()


def polarity_subjectivity(text: str) -> tuple[float, float]:
    """TextBlob's pattern-lexicon polarity (-1..1) and subjectivity (0..1) of ``text``.

    Same figures as ``TextBlob(text).sentiment`` (Loria, TextBlob; De Smedt &
    Daelemans 2012, Pattern), without building a ``TextBlob`` object.
    """
    if not text or not text.strip():
        return 0.0, 0.0
    result = _ANALYZER.analyze(text)
    return float(result.polarity), float(result.subjectivity)
