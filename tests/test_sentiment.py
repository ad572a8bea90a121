"""`analysis.sentiment` gives exactly TextBlob's figures, text by text, however many are scored at once."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textblob import TextBlob
from textblob._text import find_tokens

from analysis.load import load_article
from analysis.segment import sentence_spans
from analysis.sentiment import pattern_tokens, polarity_subjectivity, polarity_subjectivity_many

from .conftest import FIXTURE_ARTICLES, SEED

# The tests' own list of articles (never the folder: a user's files there must not change it).
ARTICLES = sorted((*FIXTURE_ARTICLES, SEED))


def textblob(text: str) -> tuple[float, float]:
    polarity, subjectivity = TextBlob(text).sentiment
    return float(polarity), float(subjectivity)


# Each exercises one rule of Pattern's tokenizer or scorer.
EDGE_CASES = [
    "",
    "   \n\n  ",
    "A good plan.",
    "It was not good.",  # negation
    "It isn't bad, it's really not very good!",  # n't, modifier + negation, "!"
    "Really, truly awful!!!",
    "That is (!) a great idea.",  # sarcasm mark
    "That is ( ! ) a great idea.",
    "We won :) and they lost :-(",  # emoticons
    "We won : ) and then\n\n) they lost",  # emoticon split by a paragraph break
    "He scored in 1998) and cried 8)",  # Pattern reads "8)" as an emoticon
    "Let it go. O'Brien said o.O is fine.",  # "o . O" across Pattern's sentence end
    "Mr. Smith met Dr. Jones in the U.S. at 5 p.m. It was great...",  # abbreviations, ellipsis
    "“Excellent,” he said. ‘Terrible’ came the reply. \"Fine.\"",  # curly and straight quotes
    "She said: 'I can't believe it's so wonderful'.",
    "The never-ending, over-the-top, mind-boggling debate.",
    "Not a good day; never a happy one",  # negation across short words
    "Very, very good. Extremely bad.",
    "END-OF-SENTENCE good END-OF-SENTENCE.",
    "The result was xD and XD and :P and :p and >:(",
    "Line one\r\n\r\nline two is good\rand three",
    "Good\ue000bad",  # the private-use character that separates batched texts
]


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases_score_as_textblob(text):
    assert polarity_subjectivity(text) == textblob(text)


def test_edge_cases_score_as_textblob_when_batched():
    assert polarity_subjectivity_many(EDGE_CASES) == [textblob(text) for text in EDGE_CASES]


@pytest.mark.parametrize("text", EDGE_CASES)
def test_tokens_are_patterns(text):
    assert pattern_tokens(text) == " ".join(find_tokens(text)).split()


@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.stem)
def test_every_sentence_of_the_shipped_articles_scores_as_textblob(path):
    body = load_article(path).text
    sentences = [body[start:end] for start, end, _ in sentence_spans(body)]
    assert polarity_subjectivity_many(sentences) == [textblob(sentence) for sentence in sentences]
    assert polarity_subjectivity(body) == textblob(body)


def test_a_known_sentence_has_the_expected_figures():
    # TextBlob 0.20.1: "good" (0.7, 0.6), "not" inverts: 0.7 * -0.5.
    assert polarity_subjectivity("The plan is not good.") == pytest.approx((-0.35, 0.6))
    good, plain = polarity_subjectivity_many(["The plan is good.", "No words of note here."])
    assert good == pytest.approx((0.7, 0.6)) and plain == (0.0, 0.0)


PIECES = ["good", "bad", "not", "very", "really", "never", "n't", "!", "(", ")", ":", "-", ".", "...", "?",
          "'", '"', "“", "”", "’", "8", "o", "O", "x", "D", "p", "Mr", "U.S", "\n\n", "\n", " ", "  ", ";", "(!)",
          "great", "awful", "truly", "extremely", "isn", "t", "s", "1998", ",", "END-OF-SENTENCE", "<", "3", ">"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=25).map("".join), min_size=1, max_size=6))
def test_random_texts_score_as_textblob(texts):
    assert polarity_subjectivity_many(texts) == [textblob(text) for text in texts]
