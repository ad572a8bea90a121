"""The sentences table on real articles: counts, exact boundaries, offsets, sentiment."""

from __future__ import annotations

import pytest
from textblob import TextBlob

from analysis import COLUMNS, load_article, sentences
from analysis.segment import MAX_SENTENCE_CHARS, sentence_spans


def stripped(table):
    return [text.strip() for text in table.text]


def test_columns_are_the_documented_ones(centcom):
    assert list(sentences(centcom).columns) == list(COLUMNS["sentences"])


def test_centcom_sentences_exactly(centcom):
    table = sentences(centcom)
    assert len(table) == 11
    assert list(table.paragraph) == [0, 1, 1, 2, 2, 3, 3, 4, 5, 5, 6]
    texts = stripped(table)
    assert texts[1] == "The CMCC is designed to support stabilization efforts."
    # A quote ending in .” and an inverted attribution with "Adm." and "(CENTCOM)." stay whole.
    assert texts[3] == (
        '"Bringing together stakeholders who share the goal of successful stabilization in Gaza is '
        'essential for a peaceful transition," said Adm. Brad Cooper, commander of U.S. Central '
        "Command (CENTCOM)."
    )
    assert texts[4].startswith('"Over the next two weeks, U.S. personnel will integrate')
    # "Lt. Gen." and "U.S." inside a sentence do not end it.
    assert texts[7] == (
        "Approximately 200 U.S. service members with expertise in transportation, planning, security, "
        "logistics, and engineering established the CMCC under the leadership of Lt. Gen. Patrick Frank, "
        "commander of U.S. Army Central (ARCENT)."
    )
    assert texts[8] == '"The team worked tirelessly to build the CMCC from the ground up," said Cooper.'


@pytest.mark.parametrize(
    ("fixture", "count"),
    [("centcom", 11), ("commondreams", 11), ("rubio_press", 19), ("rubio_cmcc", 15)],
)
def test_sentence_counts_of_shipped_articles(fixture, count, request):
    assert len(sentences(request.getfixturevalue(fixture))) == count


def test_offsets_partition_the_body(shipped_articles):
    for article in shipped_articles:
        table = sentences(article)
        assert table.start.iloc[0] == 0 and table.end.iloc[-1] == len(article.text)
        assert list(table.start.iloc[1:]) == list(table.end.iloc[:-1])
        assert all(article.text[s:e] == t for s, e, t in zip(table.start, table.end, table.text))
        assert list(table.sentence) == list(range(len(table)))


def test_transcript_turns_and_em_dashes(rubio_press):
    texts = stripped(sentences(rubio_press))
    assert texts[:4] == [
        "SECRETARY RUBIO: All right, we'll have a good trip here.",
        "You guys are sticking with us through Israel, right?",
        "QUESTION: (Inaudible.)",
        "QUESTION: And Asia.",
    ]
    assert texts[13] == "QUESTION: Mr. Secretary —"


def test_polarity_is_textblobs(commondreams):
    table = sentences(commondreams)
    row = table.iloc[5]
    assert row.text.strip() == "A shaky ceasefire is better than an ongoing genocide."
    assert (row.polarity, row.subjectivity) == pytest.approx(tuple(TextBlob(row.text).sentiment))
    # TextBlob scores "shaky" -1/3 and "better" +1/2 ("genocide" is not in its lexicon): mean 1/12.
    assert row.polarity == pytest.approx(1 / 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said. Adm. Brad Cooper said so.", ["He said. ", "Adm. Brad Cooper said so."]),
        ("Dr. Smith met Sen. Jones in Washington.", ["Dr. Smith met Sen. Jones in Washington."]),
        ("It was the U.S. Army. The U.S. left.", ["It was the U.S. Army. ", "The U.S. left."]),
        ("“We are ready.” Then he left.", ["“We are ready.” ", "Then he left."]),
        ("John F. Kennedy spoke — briefly — on Jan. 5. It rained.", ["John F. Kennedy spoke — briefly — on Jan. 5. ", "It rained."]),
        ("Rates fell 3.5 percent. No. 2 is next.", ["Rates fell 3.5 percent. ", "No. 2 is next."]),
        ("Why? he asked. Nobody knew!", ["Why? he asked. ", "Nobody knew!"]),
        ("  Leading space. Next\nline", ["  Leading space. ", "Next\n", "line"]),
    ],
)
def test_segmentation_rules(text, expected):
    assert [text[s:e] for s, e, _ in sentence_spans(text)] == expected


def test_a_huge_paragraph_without_punctuation_is_cut_into_bounded_sentences():
    text = "word " * 50_000
    spans = sentence_spans(text)
    assert "".join(text[s:e] for s, e, _ in spans) == text
    assert max(e - s for s, e, _ in spans) <= MAX_SENTENCE_CHARS
    assert len(spans) == -(-len(text) // MAX_SENTENCE_CHARS)


def test_paragraph_numbers_follow_blank_lines():
    article = load_article("Title\n\nOne. Two.\n\n\nThree.\n \nFour.")
    table = sentences(article)
    assert stripped(table) == ["One.", "Two.", "Three.", "Four."]
    assert list(table.paragraph) == [0, 0, 1, 2]
