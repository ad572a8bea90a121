"""The statements table: exact rows on data/articles and one small case per "must handle" item."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import load_article
from analysis.article import Article
from analysis.schema import COLUMNS
from analysis.sentences import sentences
from analysis.statements import quotation_spans, statements

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
CENTCOM = ARTICLES / "centcom-2025-10-21-cmcc-opens-to-support-gaza-stabilization.txt"
COMMONDREAMS = ARTICLES / "commondreams-2025-10-15-zunes-global-community-gaza-ceasefire-lasting-peace.txt"
RUBIO_22 = ARTICLES / "usstate-2025-10-22-rubio-remarks-to-press-before-israel-trip.txt"
RUBIO_24 = ARTICLES / "usstate-2025-10-24-rubio-tours-civil-military-coordination-center.txt"

WHO = ["kind", "speaker", "speaker_resolved", "speaker_type", "anonymous", "cue", "cue_lemma", "cue_stance", "source", "quote"]


def rows(text: str, columns: list[str] = WHO) -> list[tuple]:
    table = statements(Article("case", "", text))
    return [tuple(r) for r in table[columns].itertuples(index=False)]


def check_offsets(article: Article, table: pd.DataFrame) -> None:
    for row in table.itertuples(index=False):
        assert article.text[row.start:row.end] == row.quote


# --- data/articles: exact rows ---------------------------------------------------------------


def test_columns_follow_schema():
    table = statements(load_article(CENTCOM))
    assert list(table.columns) == list(COLUMNS["statements"])
    assert list(statements(Article("empty", "", "")).columns) == list(COLUMNS["statements"])


def test_centcom_quote_split_around_inverted_attribution():
    article = load_article(CENTCOM)
    table = statements(article)
    check_offsets(article, table)
    cooper = ("person", False, "said", "say", "neutral", "")
    assert [tuple(r) for r in table[["statement", "kind", "speaker", "speaker_resolved"]].itertuples(index=False)] == [
        (0, "direct", "Adm. Brad Cooper", "Adm. Brad Cooper"),
        (1, "direct", "Adm. Brad Cooper", "Adm. Brad Cooper"),
        (2, "direct", "Cooper", "Adm. Brad Cooper"),
        (3, "direct", "Cooper", "Adm. Brad Cooper"),
    ]
    assert {tuple(r) for r in table[["speaker_type", "anonymous", "cue", "cue_lemma", "cue_stance", "source"]].itertuples(index=False)} == {cooper}
    assert list(table.quote) == [
        "Bringing together stakeholders who share the goal of successful stabilization in Gaza is essential for a peaceful transition,",
        "Over the next two weeks, U.S. personnel will integrate representatives from partner nations, non-governmental "
        "organizations, international institutions, and the private sector as they arrive to the coordination center.",
        "The team worked tirelessly to build the CMCC from the ground up,",
        "They can take great pride in knowing that they have built something that is critical to enabling the transition "
        "to civilian governance in Gaza.",
    ]
    assert list(table.sentence) == [3, 4, 8, 9]
    assert table.polarity.iloc[0] == pytest.approx(0.333, abs=1e-3)


def test_transcript_labels_are_turns():
    article = load_article(RUBIO_22)
    table = statements(article)
    check_offsets(article, table)
    assert [tuple(r) for r in table[["speaker", "speaker_resolved", "speaker_type", "anonymous", "cue", "cue_stance"]].itertuples(index=False)] == [
        ("SECRETARY RUBIO", "Secretary Rubio", "person", False, ":", ""),
        ("QUESTION", "QUESTION", "media", True, ":", ""),
        ("QUESTION", "QUESTION", "media", True, ":", ""),
        ("SECRETARY RUBIO", "Secretary Rubio", "person", False, ":", ""),
        ("QUESTION", "QUESTION", "media", True, ":", ""),
        ("QUESTION", "QUESTION", "media", True, ":", ""),
        ("SECRETARY RUBIO", "Secretary Rubio", "person", False, ":", ""),
    ]
    assert list(table.quote[:3]) == [
        "All right, we'll have a good trip here. You guys are sticking with us through Israel, right?",
        "(Inaudible.)",
        "And Asia.",
    ]
    # A turn runs over its paragraphs up to the next label.
    assert table.quote.iloc[3].startswith("We're going to go see the Civilian-Military Coordination Center.")
    assert table.quote.iloc[3].endswith("which is key to holding this all together.")
    assert "\n\nAnd then the work will begin" in table.quote.iloc[3]
    one_turn = statements(load_article(RUBIO_24))
    assert len(one_turn) == 1 and one_turn.speaker.iloc[0] == "SECRETARY RUBIO"


def test_commondreams_reported_and_document_statements():
    article = load_article(COMMONDREAMS)
    table = statements(article)
    check_offsets(article, table)
    assert [tuple(r) for r in table[["kind", "speaker", "speaker_resolved", "speaker_type", "cue", "source"]].itertuples(index=False)] == [
        ("reported", "Middle East Eye", "Middle East Eye", "media", "as reported by", "Middle East Eye"),
        ("reported", "local Palestinian Civil Defence personnel", "local Palestinian Civil Defence personnel", "anonymous", "as described by", ""),
        ("partial", "the October 10 ceasefire agreement", "the October 10 ceasefire agreement", "document", "requires", ""),
        ("reported", "It", "Israel", "government", "announced", "",),
        ("reported", "It", "Israel", "government", "saying", ""),
    ]
    assert table.quote.iloc[0] == (
        "Israel violated its fragile, days-old ceasefire agreement with Hamas on Tuesday by killing six "
        "Palestinians in Gaza City and another near Khan Younis"
    )
    assert table.quote.iloc[2].startswith('"all military operations')
    assert table.quote.iloc[3].startswith("it would halve the number of aid trucks")


def test_sentences_table_is_reused():
    article = load_article(CENTCOM)
    assert statements(article, sentences=sentences(article)).equals(statements(article))


# --- must handle ------------------------------------------------------------------------------


def test_straight_and_curly_quotes():
    assert rows('"We are ready," Cooper said.', ["kind", "speaker", "quote"]) == [("direct", "Cooper", "We are ready,")]
    assert rows("“We are ready,” Cooper said.", ["kind", "speaker", "quote"]) == [("direct", "Cooper", "We are ready,")]


def test_quote_split_around_attribution_gives_one_row_per_segment():
    text = "“We are ready,” said Adm. Brad Cooper, commander of U.S. Central Command. “The center opens today.”"
    assert rows(text, ["kind", "speaker", "cue", "quote"]) == [
        ("direct", "Adm. Brad Cooper", "said", "We are ready,"),
        ("direct", "Adm. Brad Cooper", "said", "The center opens today."),
    ]


def test_multi_sentence_quote_is_one_row():
    text = "“The team worked hard. They built it from the ground up. We are proud,” Cooper said."
    assert rows(text, ["speaker", "quote"]) == [("Cooper", "The team worked hard. They built it from the ground up. We are proud,")]


def test_quote_running_over_paragraphs():
    text = (
        "Cooper described the plan.\n\n“First, we will open the center,” he said. “Then we will bring in partners.\n\n"
        "“Finally, we will hand over to civilians.”\n\nThe center opened on Friday."
    )
    assert rows(text, ["speaker", "speaker_resolved", "quote"]) == [
        ("he", "Cooper", "First, we will open the center,"),
        ("he", "Cooper", "Then we will bring in partners.\n\n“Finally, we will hand over to civilians."),
    ]
    assert [text[s:e] for s, e in quotation_spans(text)] == [
        "First, we will open the center,",
        "Then we will bring in partners.\n\n“Finally, we will hand over to civilians.",
    ]


def test_cue_before_the_quote():
    assert rows("Cooper said: “The center is open.”", ["kind", "speaker", "cue"]) == [("direct", "Cooper", "said")]
    assert rows("Cooper told reporters, “The center is open.”", ["kind", "speaker", "cue"]) == [("direct", "Cooper", "told")]


def test_colon_introduced_quote():
    text = "Israeli officials remain firm: “There will be no reconstruction while Hamas is armed.”"
    assert rows(text, ["kind", "speaker", "speaker_type", "anonymous", "cue", "quote"]) == [
        ("direct", "Israeli officials", "anonymous", True, "remain firm", "There will be no reconstruction while Hamas is armed.")
    ]


def test_interview_and_transcript_labels():
    assert rows("Host: “What happens next?”\n\nCooper: “We build.”", ["speaker", "cue", "quote"]) == [
        ("Host", ":", "What happens next?"),
        ("Cooper", ":", "We build."),
    ]
    text = "SECRETARY RUBIO: We are going to the center.\n\nQUESTION: When?\n\nSECRETARY RUBIO: Tomorrow."
    assert rows(text, ["speaker", "anonymous", "quote"]) == [
        ("SECRETARY RUBIO", False, "We are going to the center."),
        ("QUESTION", True, "When?"),
        ("SECRETARY RUBIO", False, "Tomorrow."),
    ]


def test_said_with_a_semicolon():
    text = "“We will not negotiate under fire,” the minister said; hours later the talks collapsed."
    assert rows(text, ["kind", "speaker", "quote"]) == [("direct", "the minister", "We will not negotiate under fire,")]


def test_was_quoted_as_saying():
    assert rows("Netanyahu was quoted as saying that the operation would continue.", ["kind", "speaker", "cue", "quote"]) == [
        ("reported", "Netanyahu", "was quoted as saying", "the operation would continue")
    ]


def test_according_to_before_and_after():
    assert rows("According to Axios, Israeli officials believe the deal will hold.", ["speaker", "speaker_type", "source", "quote"]) == [
        ("Axios", "media", "Axios", "Israeli officials believe the deal will hold")
    ]
    assert rows("The deal will hold for at least a month, according to Axios.", ["speaker", "source", "quote"]) == [
        ("Axios", "Axios", "The deal will hold for at least a month")
    ]


def test_outlets_as_sources():
    assert rows("Reuters reported that the crossing reopened on Sunday.", ["speaker", "speaker_type", "source"]) == [("Reuters", "media", "Reuters")]
    assert rows("Al Jazeera is reporting that dozens of trucks entered Gaza.", ["speaker", "cue", "source"]) == [
        ("Al Jazeera", "is reporting", "Al Jazeera")
    ]


def test_reported_speech_with_and_without_that():
    assert rows("Israel told the United Nations it would halve the number of aid trucks.", ["kind", "speaker", "speaker_type", "quote"]) == [
        ("reported", "Israel", "government", "it would halve the number of aid trucks")
    ]
    assert rows("Hamas said that it had returned all living hostages.", ["speaker", "speaker_type", "quote"]) == [
        ("Hamas", "organisation", "it had returned all living hostages")
    ]
    assert rows("The truce is holding, officials said.", ["speaker", "anonymous", "quote"]) == [("officials", True, "The truce is holding")]


def test_reported_speech_nested_with_two_speakers():
    assert rows("Netanyahu said Hamas claimed it had fulfilled its obligations.", ["speaker", "cue_stance", "quote"]) == [
        ("Netanyahu", "neutral", "Hamas claimed it had fulfilled its obligations"),
        ("Hamas", "distancing", "it had fulfilled its obligations"),
    ]


def test_partial_quote():
    assert rows("Hamas claimed it had “fulfilled its obligations” under the deal.", ["kind", "speaker", "cue_lemma", "quote"]) == [
        ("partial", "Hamas", "claim", "it had “fulfilled its obligations” under the deal")
    ]


def test_speaker_resolution():
    text = "One senior adviser said the plan was dead. The adviser added that talks would resume."
    assert rows(text, ["speaker", "speaker_resolved", "anonymous"]) == [
        ("One senior adviser", "One senior adviser", True),
        ("The adviser", "One senior adviser", True),
    ]
    text = (
        "Daniel Ayalon, the Israeli envoy, said the talks had failed. He said the blockade would stay. "
        "The Israeli envoy said Israel would not apologize."
    )
    assert rows(text, ["speaker", "speaker_resolved"]) == [
        ("Daniel Ayalon", "Daniel Ayalon"),
        ("He", "Daniel Ayalon"),
        ("The Israeli envoy", "Daniel Ayalon"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "She wrote the book “The Gaza Question” in 2010.",
        "Related: “Ceasefire takes hold in Gaza”\n\nRead more: “Aid trucks enter Rafah”",
        "Protesters carried a sign reading “Free Palestine” outside the embassy.",
        "The so-called “humanitarian corridor” was closed again.",
    ],
)
def test_titles_related_stories_slogans_and_scare_quotes_are_not_statements(text):
    assert statements(Article("case", "", text)).empty
    assert quotation_spans(text)  # ... but they are quoted stretches for the framing table


def test_scare_quote_attributed_by_the_article_is_a_statement():
    assert rows("Hamas called the plan a “humanitarian corridor” in name only.", ["kind", "speaker", "cue"]) == [("partial", "Hamas", "called")]


@pytest.mark.parametrize(
    "text",
    [
        "“This never closes, Cooper said.\n\nThe next paragraph has no quotes.",
        "The plan” failed, he said.",
        '"""',
        "“",
        "”“",
        'He said "',
        "“A “B” C” D",
    ],
)
def test_unbalanced_quotes_neither_crash_nor_lose_text(text):
    article = Article("case", "", text)
    table = statements(article)
    check_offsets(article, table)
    for start, end in quotation_spans(text):
        assert 0 <= start <= end <= len(text)
    if text.startswith("“This never closes"):
        assert [text[s:e] for s, e in quotation_spans(text)] == ["This never closes, Cooper said."]


_PIECES = ['"', "“", "”", "‘", "’", " said ", " he said", " according to ", " Cooper", ", ", ": ", ".", "\n\n",
           "QUESTION: ", "SECRETARY RUBIO: ", " that ", " the official ", "Mr. ", "(", ")", "—", " told ", " Israel ",
           " it would ", "saying ", "Hamas "]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_any_mix_of_quotes_and_cues_keeps_offsets_exact(pieces):
    text = "".join(pieces)
    article = Article("case", "", text)
    table = statements(article)
    check_offsets(article, table)
    assert all(0 <= s < e <= len(text) for s, e in zip(table.start, table.end))
    assert all(0 <= s <= e <= len(text) for s, e in quotation_spans(text))


def test_reporting_verb_lexicon_is_data_with_rationale():
    lexicon = pd.read_csv(Path(__file__).resolve().parents[1] / "analysis" / "lexicons" / "reporting_verbs.csv", comment="#")
    assert {"cue", "lemma", "stance", "frame", "clause", "rationale"} <= set(lexicon.columns)
    assert set(lexicon.stance) == {"neutral", "assertive", "distancing", "concessive", "hostile"}
    assert lexicon.rationale.notna().all()
    stance = dict(zip(lexicon.cue, lexicon.stance))
    assert (stance["said"], stance["insisted"], stance["claimed"], stance["admitted"], stance["slammed"]) == (
        "neutral", "assertive", "distancing", "concessive", "hostile",
    )


# --- the evaluation ----------------------------------------------------------------------------


def test_evaluation_on_the_repository_gold():
    from analysis.evaluate.statements import ARTICLES, match, read_gold

    gold = read_gold("articles")
    assert len(gold) == 17
    for name in sorted({g.article for g in gold}):
        article = load_article(ARTICLES / f"{name}.txt")
        counts = match(article, [g for g in gold if g.article == name], statements(article))
        assert not counts["misses"] and not counts["false"] and not counts["wrong_speaker"], name


def test_evaluation_on_basil_when_present():
    from analysis.evaluate.statements import BASIL, evaluate

    if not (BASIL / "articles").exists():
        pytest.skip("BASIL (../shared/datasets/basil) is not present")
    results = evaluate()
    held_out = results["BASIL heldout"]
    assert held_out["articles"] == 9
    assert held_out["direct_recall"] >= 0.95 and held_out["precision"] >= 0.9 and held_out["speaker_accuracy"] >= 0.9
