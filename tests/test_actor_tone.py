"""The actors table's ``stance_writer`` (loaded words in the writer's voice in the sentences naming an actor), ``tone_others`` and ``writer_feeling`` (analysis.actor_tone)."""

from __future__ import annotations

import math

from analysis import analyze, load_article
from analysis.actor_tone import BODY_POLARITY, FEELING_SIGNALS, TRANSFORMS, FeelingTerm, feeling_terms, stance_writer, tone_others, writer_feeling, writer_loaded_by_sentence
from analysis.actors import _feeling_signals
from analysis.pipeline import analyze_columns
from analysis.schema import COLUMNS
from tests.conftest import COMMONDREAMS, SEED


def test_the_seed_article_writer_loaded_words_by_sentence():
    framing = analyze_columns(load_article(SEED))["framing"]
    # 0 'murdered', 1 'dramatic escalation', 2 'terror', 9 'brutal' 'outrage' "terror group's"
    # 'repressive', 19 'restraint' (favourable), 20 'remain firm' (favourable);
    # headline words and words inside quotations are not counted.
    assert dict(writer_loaded_by_sentence(framing)) == {0: -1, 1: -1, 2: -1, 9: -4, 19: 1, 20: 1}


def test_every_actor_a_sentence_names_in_the_writer_voice_gets_its_words():
    framing = analyze_columns(load_article(SEED))["framing"]
    # Sentence 9 ("Hamas's brutal execution of seven Gazans accused of collaborating with Israel
    # [...]"): a mention in the writer's voice brings the sentence's -4, one inside a quotation
    # brings nothing, and a sentence counts once however often the actor is named in it.
    mentions = {"named": [(9, 0, 5, False), (9, 10, 15, False)], "quoted only": [(9, 0, 5, True)], "both": [(9, 0, 5, True), (19, 0, 5, False)]}
    assert stance_writer(framing, mentions) == {"named": -4, "quoted only": 0, "both": 1}


def test_the_actors_table_stance_writer_on_real_articles():
    actors = analyze(load_article(SEED))["actors"]
    stance = {actor: value for actor, value in zip(actors["actor"], actors["stance_writer"]) if value}
    # Hamas: sentences 0, 2 and 9 (-6; 'dramatic escalation' targets Hamas in the framing table,
    # unfavourable_writer 7, but its sentence does not name Hamas). Israel: 0, 9 and 19 (-4),
    # though the words of sentence 9 are about Hamas: the column reads the wording beside the actor.
    assert stance == {
        "Hamas": -6,
        "United States": -2,
        "Israel": -4,
        "Israeli hostages": -1,
        "Israeli officials": 1,
        "Palestinians": -4,
        "Donald Trump": -1,
        "Reuters": -1,
        "U.S. advisers": -1,
        "civilians": -4,
    }
    actors = analyze(load_article(COMMONDREAMS))["actors"]
    stance = {actor: value for actor, value in zip(actors["actor"], actors["stance_writer"]) if value}
    assert stance == {"Israel": -1, "Israeli hostages": 1, "Palestinian prisoners": 1, "Palestinians": -2}


def test_tone_others_is_what_other_speakers_say_about_the_actor():
    # Two statements: the first (content 10-40, polarity -0.5) by a critic names Steele at 20;
    # the second (50-80, polarity 0.4) is Steele's own and names him and Obama. Steele gets only
    # the critic's -0.5; Obama, whom only Steele speaks about, his 0.4; Biden, whom nobody quotes
    # names, nothing.
    statements = {"start": [10, 50], "end": [40, 80], "polarity": [-0.5, 0.4]}
    mentions = [(20, 26, "Michael Steele"), (60, 66, "Michael Steele"), (70, 75, "Barack Obama"), (90, 96, "Michael Steele"), (100, 105, "Joe Biden")]
    assert tone_others(statements, ["critics", "Michael Steele"], mentions) == {"Michael Steele": -0.5, "Barack Obama": 0.4}
    assert tone_others({"start": [], "end": [], "polarity": []}, [], mentions) == {}


def test_writer_feeling_is_minus_the_fitted_log_odds():
    terms = (FeelingTerm("intercept", "identity", -2.0), FeelingTerm("stance_writer", "signed_log", -0.5), FeelingTerm("tone_others", "identity", -1.0))
    # -(-2 - 0.5 * log(1 + 3) * -1 - 1 * 0.2): a stance of -3 and others' tone 0.2
    assert math.isclose(writer_feeling({"stance_writer": -3, "tone_others": 0.2}, terms), 2.0 - 0.5 * math.log(4) + 0.2)
    # a missing or NaN signal counts 0
    assert writer_feeling({"tone_others": float("nan")}, terms) == 2.0


def test_the_shipped_feeling_weights_read_and_score_the_actors_table():
    terms = feeling_terms()
    assert sum(term.signal == "intercept" for term in terms) == 1
    assert {term.transform for term in terms} <= set(TRANSFORMS)
    assert all(term.signal in FEELING_SIGNALS | {"intercept"} for term in terms)
    # every signal a weights file may name is an actors column or the body's polarity, and the
    # actors table hands each of them to the score
    assert FEELING_SIGNALS <= set(COLUMNS["actors"]) | {BODY_POLARITY}
    assert set(_feeling_signals(0, 0.0, 0.0, (0, 0, 0, 0), 0.0)) == FEELING_SIGNALS
    actors = analyze(load_article(SEED))["actors"]
    feeling = dict(zip(actors["actor"], actors["writer_feeling"]))
    # The seed article's most loaded actor scores below the favourably framed Israeli officials.
    assert feeling["Hamas"] < feeling["Israeli officials"]
    assert actors["writer_feeling"].notna().all()
