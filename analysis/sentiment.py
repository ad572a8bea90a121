"""TextBlob sentiment, computed one way everywhere in the suite."""

from __future__ import annotations

from textblob.en import sentiment as _pattern_sentiment

# TextBlob's own pattern-lexicon scorer, the one `PatternAnalyzer` wraps. It is called
# directly because `PatternAnalyzer.analyze` builds a new namedtuple class on every call,
# which cost a third of the time of scoring a news sentence (benchmarks/corpus.py).
# The lexicon loads on first use; analysing a text afterwards is cheap.


def polarity_subjectivity(text: str) -> tuple[float, float]:
    """TextBlob's pattern-lexicon polarity (-1..1) and subjectivity (0..1) of ``text``.

    Same figures as ``TextBlob(text).sentiment`` (Loria, TextBlob; De Smedt &
    Daelemans 2012, Pattern), without building a ``TextBlob`` object.
    """
    if not text or not text.strip():
        return 0.0, 0.0
    polarity, subjectivity = _pattern_sentiment(text)
    return float(polarity), float(subjectivity)
