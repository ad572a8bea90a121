"""Framing terms, actors and summary on the shipped articles and on small written examples."""

from __future__ import annotations

import csv
from importlib import resources

import pandas as pd
import pytest

from analysis import Article, actor_labels, actors, analyze, framing, summary
from analysis.lexicon import inflections
from analysis.render import highlight_html
from analysis.sentiment import polarity_subjectivity
from analysis.schema import COLUMNS

from .conftest import SHARED

EXAMPLE = Article(
    "example",
    "",
    "Israel violated its fragile ceasefire agreement with Hamas on Tuesday by killing six Palestinians "
    "in Gaza City. At least five victims were killed by an aerial attack. Two Palestinians were killed "
    "on Monday. Hamas militants attacked Israel, and Israeli strikes on Hamas killed 20. The terror "
    'group murdered hostages, an Israeli official said. "The terror group must be destroyed," '
    "Netanyahu said.",
)


def rows(table: pd.DataFrame, *columns: str) -> list[tuple]:
    return [tuple(r) for r in table[list(columns)].itertuples(index=False, name=None)]


def test_columns_are_the_documented_ones(commondreams):
    tables = analyze(commondreams)
    for name in ("framing", "actors", "actor_labels", "summary"):
        assert list(tables[name].columns) == list(COLUMNS[name])


def test_loaded_terms_of_the_commondreams_column(commondreams):
    whole = framing(commondreams)
    table = whole[whole["part"] == "body"]
    title = whole[whole["part"] == "title"]
    assert all(commondreams.title[s:e] == t for s, e, t in rows(title, "start", "end", "term"))
    assert (title["sentence"] == -1).all() and whole.index[: len(title)].tolist() == title.index.tolist()
    loaded = table[table["category"] == "loaded"]
    # "refuse" describes an act and is no longer a loaded word (BASIL 2010-2015 false positives);
    # "suffering" left by the frequency demotion (loaded.csv header).
    assert rows(loaded, "start", "end", "term", "lemma", "subcategory", "in_quote") == [
        (245, 253, "violated", "violate", "emotive_verb", False),
        (908, 913, "shaky", "shaky", "evaluative_adjective", False),
        (950, 958, "genocide", "genocide", "dysphemism", False),
        (1016, 1026, "celebrated", "celebrated", "evaluative_adjective", False),
        (1160, 1164, "huge", "huge", "evaluative_adjective", False),
        (1250, 1257, "starved", "starve", "emotive_verb", False),
        (1320, 1327, "flouted", "flout", "emotive_verb", False),
    ]
    assert all(commondreams.text[s:e] == t for s, e, t in rows(table, "start", "end", "term"))


def test_a_word_in_two_lexicons_has_a_row_per_category(commondreams):
    table = framing(commondreams)
    genocide = table[table["start"] == 950]
    assert sorted(rows(genocide, "category", "subcategory")) == [("loaded", "dysphemism"), ("violence", "noun")]


def test_quoted_terms_carry_the_speaker_and_writer_terms_do_not(centcom):
    table = framing(centcom)
    table = table[table["part"] == "body"]
    marked = table[table["category"].isin(["loaded", "hedge"])]
    # "successful" (TextBlob lexicon) describes an outcome and is excluded from `loaded`; "great"
    # left with the frequency demotion (textblob_exclusions.csv).
    assert rows(marked, "term", "category", "in_quote", "speaker") == [
        ("up to", "hedge", False, ""),
        ("Approximately", "hedge", False, ""),
        ("tirelessly", "loaded", True, "Adm. Brad Cooper"),
    ]


def test_terms_inside_unattributed_quotation_marks_are_quoted_without_speaker():
    article = Article("scare", "", 'The so-called "terror group" attacked. Officials were reportedly flatly opposed.')
    table = framing(article)
    assert rows(table[table["in_quote"]], "term", "category", "speaker") == [
        ("terror group", "actor_label", ""),
        ("terror group", "contested", ""),
        ("terror group", "loaded", ""),
    ]
    stance = table[table["category"].isin(["hedge", "booster"])]
    assert rows(stance, "term", "category", "subcategory") == [
        ("so-called", "hedge", "attribution"),
        ("reportedly", "hedge", "attribution"),
        ("flatly", "booster", "certainty"),
    ]


def test_multi_word_terms_inflections_possessives_and_acronyms():
    article = Article(
        "forms",
        "",
        "Terror groups carried out executions with booby-trapped cars. Israel's army said the U.S. "
        "and the US told us. Two were slain.",
    )
    table = framing(article)
    violence = table[table["category"] == "violence"]
    assert rows(violence, "term", "lemma") == [("executions", "execution"), ("booby-trapped", "booby-trap"), ("slain", "slay")]
    labels = table[table["category"] == "actor_label"]
    assert rows(labels, "term", "actor", "subcategory") == [
        ("Terror groups", "Hamas", "label"),
        ("Israel's", "Israel", "name"),
        ("U.S.", "United States", "alias"),
        ("US", "United States", "alias"),
    ]


def test_inflections_follow_english_spelling_rules():
    assert inflections("stab", "verb") == ["stab", "stabbed", "stabbing", "stabs"]
    assert inflections("target", "verb") == ["target", "targeted", "targeting", "targets"]
    assert inflections("carry out", "verb") == ["carried out", "carries out", "carry out", "carrying out"]
    assert inflections("atrocity", "noun") == ["atrocities", "atrocity"]
    assert inflections("brutal", "adj") == ["brutal", "brutally"]
    assert inflections("slay", "verb", "slew|slain") == ["slain", "slay", "slayed", "slaying", "slays", "slew"]


def test_violence_agents_targets_and_agentless_passives():
    table = actors(EXAMPLE)
    # Actors found in the text, the topic laid over them: "Hamas militants" is one mention of
    # Hamas (labelled "militant"); "hostages" alone does not name the topic's Israeli hostages, so
    # they have no row, and "murdered hostages, an Israeli official said" reads Israel as target.
    assert rows(table, "actor", "kind", "central", "mentions", "labels", "violence_agent", "violence_target", "agentless_passives") == [
        ("Hamas", "organisation", True, 5, "Hamas:2; terror group:2; militant:1", 2, 2, 1),
        ("Israel", "country", True, 4, "Israel:2; Israeli:2", 3, 2, 0),
        ("Palestinians", "group", True, 2, "Palestinians:2", 0, 2, 1),
        ("Benjamin Netanyahu", "organisation", False, 1, "Netanyahu:1", 0, 0, 1),
    ]
    hamas = table[table["actor"] == "Hamas"].iloc[0]
    assert (hamas["mentions_writer"], hamas["mentions_quoted"]) == (4, 1)
    assert not pd.isna(hamas["tone_quoted"])
    netanyahu = table[table["actor"] == "Benjamin Netanyahu"].iloc[0]
    assert (netanyahu["quoted"], netanyahu["words_quoted"]) == (1, 6)


def test_actor_tones_reuse_sentence_and_statement_scores():
    article = Article(
        "tone",
        "",
        'Hamas fighters attacked a peaceful town. "Israel is a terrible aggressor," a Hamas spokesman said. '
        "Israel called the attack horrible but said the talks were good.",
    )
    table = actors(article).set_index("actor")
    # Hamas in the writer's voice: sentence 0 as the sentences table scores it (0.25) and
    # sentence 1 scored again without its quotation (" a Hamas spokesman said." -> 0.0).
    assert table.loc["Hamas", "tone_writer"] == pytest.approx(0.125)
    assert pd.isna(table.loc["Hamas", "tone_quoted"])
    assert table.loc["Israel", "tone_writer"] == pytest.approx(
        polarity_subjectivity("Israel called the attack horrible but said the talks were good.")[0]
    )
    # The quotation is a whole direct statement: its score is the statements table's.
    assert table.loc["Israel", "tone_quoted"] == pytest.approx(polarity_subjectivity("Israel is a terrible aggressor,")[0])
    assert table.loc["Israel", "tone_quoted"] == pytest.approx(-1.0)


def test_body_sentiment_pooled_from_sentences_matches_textblob(shipped_articles):
    # Pooled over the sentences weighted by their assessments: the same as scoring the body,
    # since none of these articles carries a modifier or negation across a sentence end.
    for article in shipped_articles:
        row = summary(article).iloc[0]
        expected = polarity_subjectivity(article.text)
        assert (row["textblob_polarity"], row["textblob_subjectivity"]) == pytest.approx(expected, abs=1e-12), article.id
    # A modifier carried across a sentence end is where pooling and TextBlob part.
    article = Article("carried", "", "It was very. Good news followed.", {})
    row = summary(article).iloc[0]
    assert row["textblob_polarity"] == pytest.approx((0.2 + 0.7) / 2)  # "very" (0.2) and "Good" (0.7), one each
    assert polarity_subjectivity(article.text)[0] == pytest.approx(0.91)


def test_actor_labels_long_table_splits_voices():
    table = actor_labels(EXAMPLE)
    hamas = table[table["actor"] == "Hamas"]
    assert rows(hamas, "label", "kind", "writer", "quoted", "count") == [
        ("Hamas", "name", 2, 0, 2),
        ("terror group", "label", 1, 1, 2),
        ("militant", "label", 1, 0, 1),
    ]


def test_actor_table_of_the_commondreams_column(commondreams):
    table = actors(commondreams)
    israel = table.iloc[0]
    # "aid to Israel" is after a locative preposition and discovery does not take it for the
    # actor: five mentions, not six.
    assert (israel["actor"], israel["mentions"], israel["labels"], israel["violence_agent"]) == ("Israel", 5, "Israel:5", 3)
    # The topic's actors the column names, plus the ones discovery finds in it (Middle East Eye,
    # Palestinian Civil Defence, "media"; "Khan Younis", a place discovery takes for a person).
    assert set(table["actor"]) == {
        "Israel", "Israeli hostages", "Palestinians", "Hamas", "Palestinian prisoners", "United States",
        "Middle East Eye", "Palestinian Civil Defence", "Khan Younis", "media",
    }
    assert table.set_index("actor").loc["United States", "kind"] == "country"


def test_summary_rates_and_gdelt_tone(centcom):
    row = summary(centcom).iloc[0]
    assert (row["words"], row["words_writer"], row["words_quoted"]) == (275, 192, 83)
    assert row["loaded_writer_per_1000"] == 0.0
    # One quoted loaded word ("tirelessly"): "great" left with the frequency demotion.
    assert row["loaded_quoted_per_1000"] == pytest.approx(1 / 83 * 1000)
    assert row["hedges_per_1000"] == pytest.approx(2 / 275 * 1000)
    # "established the CMCC" founds a body: no booster without a complement clause (Hyland 2005).
    assert row["boosters_per_1000"] == 0.0
    assert row["positive_pct"] == pytest.approx(4 / 275 * 100)
    assert row["negative_pct"] == pytest.approx(6 / 275 * 100)
    assert row["tone"] == pytest.approx(row["positive_pct"] - row["negative_pct"])
    assert row["word_polarity"] == pytest.approx(row["positive_pct"] + row["negative_pct"])


def test_rendered_article_is_escaped_and_inert():
    article = Article(
        "hostile",
        '<script>alert("t")</script>',
        'Hamas <script>alert(1)</script> militants attacked. "They killed <img src=x onerror=alert(1)>," he said.',
    )
    tables = analyze(article)
    page = highlight_html(article, tables["statements"], tables["framing"])
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert 'title="actor_label/label: militant (Hamas)"' in page
    assert 'title="quoted: he"' in page


def test_every_lexicon_row_has_a_rationale_and_every_file_a_licence_note():
    for package, name in [
        ("analysis.lexicons", "loaded.csv"),
        ("analysis.lexicons", "stance.csv"),
        ("analysis.lexicons", "violence.csv"),
        ("analysis.lexicons", "frames.csv"),
        ("analysis.lexicons", "textblob_exclusions.csv"),
        ("analysis.lexicons", "cue_classes.csv"),
        ("analysis.lexicons", "target_heads.csv"),
        ("analysis.topics", "israel_gaza.csv"),
    ]:
        text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
        notes = [line for line in text.splitlines() if line.startswith("#")]
        assert any("MIT" in line for line in notes), name
        body = [line for line in text.splitlines() if not line.startswith("#")]
        for row in csv.DictReader(body):
            assert "rationale" in row
            if package == "analysis.lexicons":
                assert row["rationale"].strip(), (name, row)


def test_frame_cues_cover_the_fourteen_codebook_dimensions_with_cues():
    body = [line for line in resources.files("analysis.lexicons").joinpath("frames.csv").read_text().splitlines() if not line.startswith("#")]
    assert {row["subcategory"] for row in csv.DictReader(body)} == {
        "economic", "capacity_and_resources", "morality", "fairness_and_equality", "legality",
        "policy_prescription", "crime_and_punishment", "security_and_defense", "health_and_safety",
        "quality_of_life", "cultural_identity", "public_opinion", "political",
        "external_regulation_and_reputation",
    }


@pytest.mark.skipif(not (SHARED / "datasets" / "basil" / "articles").is_dir(), reason="BASIL not present")
def test_basil_test_split_beats_the_textblob_baseline():
    from tools.evaluate.framing import evaluate

    results = evaluate()
    loaded, baseline = results["loaded"], results["baseline_textblob_subjectivity_0.5"]
    assert results["data"]["articles"] == 120
    assert loaded["lexical_spans"] == 214
    assert loaded["recall"] >= 0.50
    assert loaded["recall"] > baseline["recall"] and loaded["precision"] > baseline["precision"]


def test_train_years_flag_scores_only_part_of_the_tuning_years(capsys):
    from tools.evaluate.framing import main, train_years

    assert train_years(["--train-years", "2010-2012"]) == range(2010, 2013)
    assert train_years(["--train-years", "2014"]) == range(2014, 2015)
    assert train_years(["--train"]) == range(2010, 2016)
    assert train_years(["--dev"]) is None  # neither flag: the report set, which --dev refuses
    for bad in ("2015-2016", "2016-2019", "2012-2010", "2010-", "twenty", ""):
        with pytest.raises(ValueError):
            train_years(["--train-years", bad] if bad else ["--train-years"])
    # A range reaching into the report years stops before any article is read.
    assert main(["--train-years", "2013-2016"]) == 2
    assert capsys.readouterr().out == "usage: --train-years must lie inside 2010-2015 (got '2013-2016')\n"
    assert main(["--dev"]) in (0, 2)  # 0 only when BASIL is absent (skipped)
