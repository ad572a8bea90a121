"""The actors table's ``stance_writer``: loaded words in the writer's voice in the sentences naming an actor (analysis.actor_tone)."""

from __future__ import annotations

from analysis import analyze, load_article
from analysis.actor_tone import stance_writer, writer_loaded_by_sentence
from analysis.pipeline import analyze_columns
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
