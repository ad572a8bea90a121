"""SpanIndex answers exactly what a scan of the whole list answers, in the list's order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.spans import SpanIndex

spans_strategy = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 30), st.text("ab", max_size=1)).map(lambda t: (t[0], t[0] + t[1], t[2])),
    max_size=25,
)
stretch = st.tuples(st.integers(0, 70), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1]))


@settings(max_examples=300)
@given(spans_strategy, st.lists(stretch, max_size=20))
def test_index_answers_like_a_scan(spans, stretches):
    index = SpanIndex(spans)
    for start, end in stretches:
        assert index.first_covering(start, end) == next((s for s in spans if s[0] <= start and end <= s[1]), None)
        assert index.covering(start, end) == [s for s in spans if s[0] <= start and end <= s[1]]
        assert index.overlaps(start, end) == any(a < end and start < b for a, b, _ in spans)


def test_nested_spans_give_the_first_listed():
    # A direct statement's span listed before the quotation-mark stretch inside it.
    index = SpanIndex([(10, 50, "statement"), (12, 40, "quotation"), (60, 70, "other")])
    assert index.first_covering(20, 25) == (10, 50, "statement")
    assert index.covering(20, 25) == [(10, 50, "statement"), (12, 40, "quotation")]
    assert index.first_covering(45, 55) is None
    assert index.overlaps(50, 60) is False and index.overlaps(49, 61) is True
