"""Framing in context: word sense checks, polarity, targets, the headline, reported claims, contested vocabulary."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import Article, actors, framing, summary
from analysis.framing_context import CONTEXT_CHECKS, check_context_name, cue_classes, literal_cues, name_mentions
from analysis.lexicon import read_csv

from .conftest import SHARED

SEED = SHARED / "articles" / "seed-2025-10-gaza-stabilization-force.txt"


def rows(text: str, categories: set[str], *columns: str, title: str = "") -> list[tuple]:
    table = framing(Article("example", title, text))
    table = table[table["category"].isin(categories)]
    return [tuple(r) for r in table[list(columns)].itertuples(index=False, name=None)]


def test_stance_verbs_boost_only_with_a_complement_clause():
    text = (
        "The data demonstrate that the plan works. Israel, demonstrating restraint, held fire. "
        "The talks are proving difficult. They established a new force."
    )
    assert rows(text, {"booster"}, "term") == [("demonstrate",)]


def test_stance_verbs_hedge_and_boost_only_before_a_complement_clause():
    text = (
        "Officials suggested that the talks would resume. Mediators suggested a new plan. "
        "Police arrested the suspect on Monday. Analysts suspect he fled. The minister appeared on "
        "television. The ceasefire appears to hold. She stressed the importance of aid. He stressed "
        "that aid must flow. They insisted they had no role. The doubts about the plan grew."
    )
    assert rows(text, {"hedge"}, "term") == [("suggested",), ("suspect",), ("appears",)]
    assert rows(text, {"booster"}, "term") == [("stressed",), ("insisted",)]


def test_certainty_adjectives_boost_only_in_predicative_use():
    text = (
        "It is clear that the vote failed. A certain number of seats changed. Aides made sure the "
        "doors were shut. I'm not sure it will pass. The bill is certain to pass. Crews worked to "
        "clear the road."
    )
    assert rows(text, {"booster"}, "term") == [("clear",), ("sure",), ("certain",)]


def test_must_boosts_in_inference_not_in_obligation():
    text = "The attack must be stopped. He must have known. It must be true. Leaders must act now."
    assert rows(text, {"booster"}, "term") == [("must",), ("must",)]
    assert rows(text, {"booster"}, "start") == [(31,), (51,)]


def test_neutral_uses_of_stance_and_loaded_words_are_not_counted():
    text = (
        "The group claimed responsibility for the blast. Critics claimed the count was inflated. "
        "Police stopped a terror plot. Officials called the group a terrorist gang. The war on terror "
        "went on. He violated the law, prosecutors said. Rebels violated the truce. The lawsuit alleges fraud. His alleged role is at issue. He is alleged to have lied. "
        "Rivals alleged that he lost. Seizures rose to 3,690 pounds. Rivals pounded the plan. "
        "Control of the Senate is up for grabs. The agency made a power grab."
    )
    # "claimed responsibility" is no hedge; every "allege" is an attribution hedge (stance.csv).
    assert rows(text, {"hedge"}, "term") == [("claimed",), ("alleges",), ("alleged",), ("alleged",), ("alleged",)]
    # Not loaded: "the blast" (the noun), "terror plot", "the war on terror" (a policy's name),
    # "violated the law", a
    # legal filing's "alleges", the attributive and passive "alleged", "3,690 pounds", "up for grabs".
    assert rows(text, {"loaded"}, "term", "polarity") == [
        ("terrorist", "unfavourable"),
        ("gang", "unfavourable"),
        ("violated", "unfavourable"),
        ("alleged", "unfavourable"),
        ("pounded", "unfavourable"),
        ("power grab", "unfavourable"),
    ]


def test_lexicon_words_written_as_names_are_not_loaded():
    text = (
        "Aides to Rob Simmons spoke during the Great Depression exhibit. Rob the voters, he said. "
        "Officials said, \u201cOutrageous.\u201d He called her Crooked Hillary.\n\nBombastic hosts cheered."
    )
    # Kept: a sentence's, quotation's and paragraph's first word, and a nickname's word mid-sentence.
    assert rows(text, {"loaded"}, "term", "start") == [("Rob", 64), ("Outrageous", 106), ("Crooked", 133), ("Bombastic", 151)]


def test_a_name_after_an_abbreviated_title_is_not_loaded():
    # "Sen." and "Cong." end no sentence, so "Rob" after them is a first name; after "votes." it is the verb.
    text = "Sen. Rob Portman spoke. Cong. Rob Simmons agreed. They lost the votes. Rob the voters, he said."
    assert rows(text, {"loaded"}, "term", "start") == [("Rob", 71)]


def test_a_surname_after_a_middle_initial_is_not_loaded():
    # BASIL 2013-2015 (tuning): "said Representative Louise M. Slaughter of New York" was a loaded
    # row; the initial's full stop ends no sentence. A lower-case "slaughter" stays loaded.
    text = "The bill was dead, said Representative Louise M. Slaughter of New York. Critics said it would slaughter jobs."
    assert rows(text, {"loaded"}, "term", "start") == [("slaughter", 94)]


def test_modals_hedge_only_in_their_epistemic_use():
    text = "The remains it could locate were returned. The deal may be delayed. Hamas could not be reached."
    assert rows(text, {"hedge"}, "term") == [("may",)]


def test_literal_uses_of_disaster_and_affection_words_are_not_loaded():
    text = (
        "The hikers fell from a sheer cliff. A nuclear disaster struck. The city counted 200 murders. "
        "The brothers embraced each other. It was sheer incompetence. The vote was a disaster for the "
        "party. Senators embraced the plan."
    )
    assert rows(text, {"loaded"}, "term", "polarity") == [
        ("sheer", "unfavourable"),
        ("disaster", "unfavourable"),
        ("embraced", "favourable"),
    ]


def test_polarity_follows_negation_and_target_the_actor_of_the_wording():
    text = "Israel, demonstrating restraint, held fire. Hamas showed no restraint. The brutal Hamas attack shocked Israel."
    assert rows(text, {"loaded"}, "term", "subcategory", "polarity", "target") == [
        ("restraint", "evaluative_phrase", "favourable", "Israel"),
        ("restraint", "evaluative_phrase", "unfavourable", "Hamas"),
        ("brutal", "evaluative_adjective", "unfavourable", "Hamas"),
        # A verb's target is its subject: the nearest actor before it.
        ("shocked", "textblob_subjective", "unfavourable", "Hamas"),
    ]
    # A negated verb further back does not negate the term ("does not fall into terrorist hands").
    assert rows("Aid must not fall into terrorist hands.", {"loaded"}, "term", "polarity") == [("terrorist", "unfavourable")]


def test_nicknames_and_evaluative_phrases_are_loaded_rows():
    text = "He called Kim Jong Un Rocket Man and a dotard. Officials remain firm on a dramatic escalation."
    assert rows(text, {"loaded"}, "term", "subcategory", "polarity") == [
        ("Rocket Man", "nickname", "unfavourable"),
        ("dotard", "nickname", "unfavourable"),
        ("remain firm", "evaluative_phrase", "favourable"),
        ("dramatic escalation", "evaluative_phrase", "unfavourable"),
    ]


def test_reported_claims_are_the_speakers_words_not_the_writers():
    text = "The group said the election was rigged. Officials say Hamas steals aid."
    assert rows(text, {"loaded"}, "term", "voice", "speaker", "in_quote") == [
        ("rigged", "reported", "The group", False),
        ("steals", "reported", "Officials", False),
    ]
    row = summary(Article("claims", "", text)).iloc[0]
    assert row["loaded_writer_per_1000"] == 0.0


def test_headline_rows_come_first_with_offsets_into_the_title():
    title = "Hamas Plan Gains Momentum"
    body = "The plan was announced."
    table = framing(Article("headline", title, body))
    heads = table[table["part"] == "title"]
    assert [tuple(r) for r in heads[["start", "end", "term", "category", "sentence"]].itertuples(index=False, name=None)] == [
        (0, 5, "Hamas", "actor_label", -1),
        (6, 10, "Plan", "frame", -1),
        (11, 25, "Gains Momentum", "loaded", -1),
    ]
    assert list(table["part"]) == ["title"] * 3 + ["body"] * (len(table) - 3)
    body_rows = table[table["part"] == "body"]
    assert all(body[s:e] == t for s, e, t in zip(body_rows["start"], body_rows["end"], body_rows["term"]))


@pytest.mark.skipif(not SEED.exists(), reason="the seed article is in ../shared")
def test_the_seed_headline_yields_its_framing_rows():
    from analysis import load_article

    article = load_article(SEED)
    table = framing(article)
    heads = table[table["part"] == "title"]
    assert all(article.title[s:e] == t for s, e, t in zip(heads["start"], heads["end"], heads["term"]))
    assert [tuple(r) for r in heads[["term", "category", "polarity", "target"]].itertuples(index=False, name=None)] == [
        ("Trump’s", "actor_label", "", ""),
        ("Plan", "frame", "", ""),
        ("Gains Momentum", "loaded", "favourable", "Donald Trump"),
        ("U.S.", "actor_label", "", ""),
        ("Force", "frame", "", ""),
        ("Israeli", "actor_label", "", ""),
        ("Hamas", "actor_label", "", ""),
    ]


def test_contested_terms_in_the_writers_voice_give_the_vocabulary_lean():
    text = 'Illegal aliens crossed the border. Critics of the death tax agree. "Undocumented immigrants are welcome," she said.'
    assert rows(text, {"contested"}, "term", "subcategory", "side", "in_quote") == [
        ("Illegal aliens", "immigration", "right", False),
        ("death tax", "taxes", "right", False),
        ("Undocumented immigrants", "immigration", "left", True),
    ]
    row = summary(Article("lean", "", text)).iloc[0]
    assert (row["contested_terms"], row["contested_used"], row["vocabulary_lean"]) == (2, "Illegal aliens:right; death tax:right", 1.0)
    one = summary(Article("one", "", "Critics of the death tax agree.")).iloc[0]
    assert one["contested_terms"] == 1 and pd.isna(one["vocabulary_lean"])


def test_actor_table_sums_favourable_and_unfavourable_wording_by_voice():
    text = 'Israel, demonstrating restraint, held fire. The brutal Hamas attack shocked Israel. "Hamas are murderous thugs," Netanyahu said.'
    table = actors(Article("toward", "", text)).set_index("actor")
    columns = ["favourable_writer", "unfavourable_writer", "favourable_quoted", "unfavourable_quoted"]
    assert table.loc["Israel", columns].tolist() == [1, 0, 0, 0]
    # Writer: "brutal", "shocked"; quoted: "murderous", "thugs" (Netanyahu's words are about
    # Hamas, not himself: with the article's actors as candidates "thugs" finds its subject).
    assert table.loc["Hamas", columns].tolist() == [0, 2, 0, 2]


def test_context_names_and_literal_cues_are_checked_data():
    with pytest.raises(ValueError, match="context 'sarcastic'"):
        check_context_name("sarcastic", "loaded.csv row 'x'")
    for name in ("loaded.csv", "stance.csv"):
        for row in read_csv("analysis.lexicons", name):
            check_context_name(row["context"], name)
    assert set(CONTEXT_CHECKS) == {"", "adjective_use", "complement_clause", "epistemic_modal", "figurative", "neutral_use", "predicative"}
    assert "cliff" in literal_cues()["sheer"][1] and all(row["rationale"] for row in read_csv("analysis.lexicons", "literal_uses.csv"))
    polarities = {row["polarity"] for row in read_csv("analysis.lexicons", "loaded.csv")}
    assert polarities == {"favourable", "unfavourable", "context"}


def test_speaker_names_are_found_whole_and_by_last_name():
    text = "Adm. Brad Cooper said so. Cooper added more; one senior adviser agreed."
    assert name_mentions(text, ["Adm. Brad Cooper", "one senior adviser"]) == [(0, 16, "Adm. Brad Cooper"), (26, 32, "Adm. Brad Cooper")]


def test_direction_agreement_scores_polarity_and_target_of_found_spans():
    from tools.evaluate.framing import BasilArticle, direction_agreement

    article = Article("basil-like", "", "Israel, demonstrating restraint, held fire. The brutal Hamas attack shocked Israel.")
    table = framing(article)
    spans = [
        {"start": 22, "end": 31, "bias": "lex", "polarity": "pos", "target": "Israel"},  # restraint: agrees on both
        {"start": 48, "end": 54, "bias": "lex", "polarity": "pos", "target": "Hamas_group"},  # brutal: target only
        {"start": 0, "end": 6, "bias": "lex", "polarity": "neg", "target": "Israel"},  # no loaded row: not found
    ]
    assert article.text[22:31] == "restraint" and article.text[48:54] == "brutal"
    figures = direction_agreement([BasilArticle(article, spans)], {article.id: table[table["category"] == "loaded"]})
    assert figures == {"found_with_polarity": 2, "polarity_agrees": 0.5, "found_with_target": 2, "target_given": 1.0, "target_agrees": 1.0,
                       "target_agrees_whole_words": 1.0}


def test_a_plural_or_possessive_target_matches_its_singular_in_the_evaluator():
    from tools.evaluate.framing import _same_actor

    # BASIL 2013-2015 targets: the plural and the possessive gold words (stop 25, NOTES-framing25).
    assert _same_actor("congressional Republicans", "Republican_Lawmakers")
    assert _same_actor("Obama", "Obama's_administration")
    assert _same_actor("Democrats’", "Democratic_Party") is False  # another word, not a form of it
    assert _same_actor("Congress", "Congres") is False  # "ss" is no plural
    # The rule before stop 25 compared whole words only.
    assert not _same_actor("congressional Republicans", "Republican_Lawmakers", singular=False)
    assert not _same_actor("Obama", "Obama's_administration", singular=False)
    assert _same_actor("Mitt Romney", "Mitt_Romney", singular=False)


def test_discovered_actor_mentions_plug_in_as_targets():
    from analysis.entities import discover_actors
    from analysis.framing import discovered_mentions

    article = Article("discovered", "", "Senator Maria Lopez slammed the governor on Monday.")
    mentions = discovered_mentions(discover_actors(article))
    assert mentions == [(0, 19, "Maria Lopez")]
    with_mentions = framing(article, topic=None, actor_mentions=mentions)
    assert with_mentions.loc[with_mentions["term"] == "slammed", "target"].tolist() == ["Maria Lopez"]
    # Given none, framing finds the article's actors itself (as the pipeline hands them in).
    for alone in (framing(article, topic=None), framing(article, topic=None, actor_mentions=[])):
        assert alone.loc[alone["term"] == "slammed", "target"].tolist() == ["Maria Lopez"]
    # Spans given are used as given: another name for the same span is the target.
    renamed = framing(article, topic=None, actor_mentions=[(0, 19, "Sen. Lopez")])
    assert renamed.loc[renamed["term"] == "slammed", "target"].tolist() == ["Sen. Lopez"]


def test_dev_rows_name_the_misses_and_the_false_rows():
    from tools.evaluate.framing import BasilArticle, dev_rows

    article = Article("basil-dev", "", "Critics slammed the plan. The senator praised the vote.")
    table = framing(article, topic=None)
    loaded = table[table["category"] == "loaded"]
    spans = [
        {"start": 0, "end": 7, "bias": "lex", "polarity": "neg", "txt": "Critics"},  # no row: a miss
        {"start": 8, "end": 15, "bias": "inf", "txt": "slammed"},  # "slammed" overlaps it: no false row
    ]
    lines = list(dev_rows([BasilArticle(article, spans)], {article.id: loaded}))
    assert [line.split(" | ")[0] for line in lines] == [
        "MISS basil-dev [neg] 'Critics'",
        "FALSE basil-dev emotive_verb 'praise'",
    ]


def test_a_subject_inside_an_appositive_is_the_actor_it_describes():
    table = lambda text: [tuple(r) for r in framing(Article("x", "", text), topic=None).query("category == 'loaded'")[["term", "target"]].itertuples(index=False, name=None)]
    # The committee and the group "members" sit inside the appositive: the wording is about Lopez.
    assert table("Maria Lopez, chairman of the Budget Committee, drew fierce criticism.") == [("fierce", "Maria Lopez")]
    assert table("Senator Maria Lopez, a member of the Senate Budget Committee, drew fierce criticism.") == [("fierce", "Maria Lopez")]
    # A chain of appositives is followed back to its first noun phrase.
    assert table("Mary Cheney, the sister of Liz Cheney, a Wyoming Senate candidate, sharply criticized the plan.") == [("sharply", "Mary Cheney")]
    # No appositive: the committee itself is the subject.
    assert table("In Ohio, the Senate Budget Committee drew fierce criticism.") == [("fierce", "Senate Budget Committee")]
    # A dash opens an aside, not an appositive: "Reyes grins" is no appositive of Keller.
    text = "Ann Keller spoke first. Tom Reyes went after Ann Keller, attacking Maria Lopez -- who stood firm against a barrage of Reyes grins, guffaws and interruptions."
    assert table(text) == [("barrage", "Ann Keller"), ("guffaws", "Tom Reyes")]
    # A comma before "and" joins a list: Lopez is not the economists.
    assert table("The mayor thanked local economists, and Maria Lopez, a council member, caved.") == [("caved", "Maria Lopez")]


def test_a_possessive_after_a_modifier_is_not_the_noun_it_modifies():
    table = lambda text: [tuple(r) for r in framing(Article("x", "", text), topic=None).query("category == 'loaded'")[["term", "target"]].itertuples(index=False, name=None)]
    # "Lopez's" opens the noun phrase "Lopez's record": the assault is the campaign's (its subject).
    assert table("Maria Lopez spoke on Monday. The Tom Reyes campaign's assault on Maria Lopez's record went on.") == [("assault on", "Reyes campaign")]
    # Not possessive: the mention is the noun the phrase governs.
    assert table("Maria Lopez spoke on Monday. It was an assault on Maria Lopez.") == [("assault on", "Maria Lopez")]


def test_a_reported_claims_speaker_may_be_its_target_a_quoted_speaker_not():
    text = 'Critics said Maria Lopez had abandoned her allies. "Maria Lopez abandoned us," said Tom Reyes.'
    table = framing(Article("x", "", text), topic=None).query("category == 'loaded'")
    assert [tuple(r) for r in table[["term", "voice", "speaker", "target"]].itertuples(index=False, name=None)] == [
        ("abandoned", "reported", "Critics", "Maria Lopez"),
        ("abandoned", "quote", "Tom Reyes", "Maria Lopez"),
    ]
    # In a reported claim the writer's paraphrase may be about the speaker himself (only a quoted
    # speaker is left out of his own words' targets).
    own = framing(Article("x", "", "Tom Reyes said he would not abandon his allies."), topic=None).query("category == 'loaded'")
    assert own[["term", "voice", "target"]].values.tolist() == [["abandon", "reported", "Tom Reyes"]]


def test_noun_record_and_legal_uses_of_loaded_words_are_not_counted():
    text = (
        "Thousands of fans cheered. He is a big fan of the plan. The rumours fanned fears. Search teams "
        "fanned out. Approval hit historic lows. It was a historic deal. He was charged with murder. "
        "Rebels murdered the mayor."
    )
    assert rows(text, {"loaded"}, "term") == [("fanned",), ("historic",), ("murdered",)]


def test_a_quoted_speakers_words_fall_back_to_the_articles_next_actor():
    text = 'Tom Reyes met Maria Lopez. Tom Reyes spoke on Monday. "It is a phony plan," Tom Reyes said.'
    table = framing(Article("x", "", text), topic=None).query("lemma == 'phony'")
    # The article's most mentioned actor is the speaker himself: the next one is the target.
    assert table[["voice", "speaker", "target"]].values.tolist() == [["quote", "Tom Reyes", "Maria Lopez"]]


def test_physical_legal_and_policy_uses_of_loaded_words_are_not_counted():
    text = (
        "A massive earthquake struck. They ran huge deficits. It was a massive failure. Police found powerful rifles. He is a "
        "powerful senator. Officials charged a hate crime. Their hate is plain. I hate to say it. They "
        "urged regime change. The sanctions regime held. The regime jailed critics. Rebels abandoned the "
        "plan. Leaders abandoned their allies."
    )
    assert rows(text, {"loaded"}, "term") == [("massive",), ("powerful",), ("hate",), ("regime",), ("abandoned",)]
    assert rows(text, {"loaded"}, "start") == [(62,), (117,), (173,), (263,), (321,)]


def test_damage_verbs_with_a_natural_force_as_agent_are_not_loaded():
    # Read on AllSides text: "the storm slams into the Carolina coast", "counties slammed by Hurricane
    # Michael", "a tornado that flattened a suburb" (cue class natural_force, lexicons/cue_classes.csv).
    text = (
        "Hurricane Irma pounded the Bahamas. Towns battered by Hurricane Maria waited. A tornado flattened "
        "a suburb. The senator pounded his rival. Critics slammed the plan."
    )
    assert rows(text, {"loaded"}, "term") == [("pounded",), ("slammed",)]
    assert rows(text, {"loaded"}, "start") == [(120,), (147,)]
    assert {"storm", "hurricane", "tornado"} <= cue_classes()["natural_force"] <= literal_cues()["batter"][1]


def test_context_checks_read_only_the_terms_own_sentence():
    # The token pass has no punctuation: "striking. The" once read as "striking the" (the
    # participle of strike) and dropped the evaluative adjective.
    text = "The parallel to 1992 is striking. The growth numbers were far better. Courts are striking down the law."
    assert rows(text, {"loaded"}, "term", "start") == [("striking", 24)]


def test_participial_adjectives_count_as_adjectives_not_as_their_verbs():
    # Read on AllSides text: "The poll measured the most popular governors", "as measured by Gallup",
    # "being restrained by the police", "North Koreans celebrated the launch" (context adjective_use).
    text = (
        "Her plan is diverse, legal and measured. The critics disagree. The poll measured the approval of "
        "governors. Growth, as measured by GDP, slowed. Police restrained him. Supporters celebrated the win. "
        "It was a measured response, and a celebrated author spoke. They have celebrated. The debate was so "
        "heated that it ended."
    )
    assert rows(text, {"loaded"}, "term", "start") == [("measured", 31), ("measured", 207), ("celebrated", 232), ("heated", 297)]


def test_a_criminal_gang_is_no_dysphemism():
    # Read on AllSides text: "gang members", "gang violence", "violent street gangs", "motorcycle gangs".
    text = "Police arrested two gang members. Violent street gangs fought over territory. Critics called the cabinet a gang of crooks."
    assert rows(text, {"loaded"}, "term", "start") == [("gang", 107), ("crooks", 115)]


def test_participle_and_noun_homographs_of_loaded_words_are_not_counted():
    text = (
        "The court is striking down the law. The contrast was a striking one. After a month of silence, "
        "officials spoke. The regime tried to silence critics. Aides met in the spin room. He was a duck "
        "hunter. They tried to duck the question."
    )
    assert rows(text, {"loaded"}, "term") == [("striking",), ("regime",), ("silence",), ("duck",)]


def test_the_object_of_a_preposition_is_not_the_subject_of_the_wording():
    table = lambda text: [tuple(r) for r in framing(Article("x", "", text), topic=None).query("category == 'loaded'")[["term", "target"]].itertuples(index=False, name=None)]
    # "the Senate" is governed by "in": Lopez, the article's actor, is the one ripping the plan.
    text = "Maria Lopez spoke at length. Maria Lopez was heard in the Senate ripping the plan."
    assert table(text) == [("ripping", "Maria Lopez")]
    # Without the preposition the committee is the subject.
    assert table("Maria Lopez spoke at length. The Senate Budget Committee ripped the plan.") == [("ripped", "Senate Budget Committee")]
    # A relative pronoun makes the governed noun phrase the subject of its clause again.
    assert table("Maria Lopez spoke at length. It was a letter from Tom Reyes who complained.") == [("complained", "Tom Reyes")]
    # A possessive is the determiner of the wording's own noun phrase: the plan is Reyes's.
    assert table("Maria Lopez spoke at length. It is central to Tom Reyes's bold plan.") == [("bold", "Tom Reyes")]
    # "after" also opens an adverbial clause: the name after it is that clause's subject.
    assert table("Maria Lopez spoke at length. It came after Tom Reyes publicly chided the mayor.") == [("chided", "Tom Reyes")]


def test_a_verb_of_favour_is_about_its_object():
    table = lambda text: [tuple(r) for r in framing(Article("x", "", text), topic=None).query("category == 'loaded'")[["term", "target"]].itertuples(index=False, name=None)]
    # Being praised shows Reyes in a good light: the object is the target.
    assert table("Maria Lopez praised Tom Reyes on Monday.") == [("praised", "Tom Reyes")]
    # An attack verb keeps its subject; a verb of favour without an actor as object keeps it too.
    assert table("Maria Lopez slammed Tom Reyes on Monday.") == [("slammed", "Maria Lopez")]
    assert table("Maria Lopez praised the plan of Tom Reyes.") == [("praised", "Maria Lopez")]


def test_size_adjectives_take_the_polarity_of_what_they_grade():
    text = "It was a huge win for the mayor. Critics called it a huge mistake. The plan was a massive failure."
    assert rows(text, {"loaded"}, "term", "polarity") == [("huge", "favourable"), ("huge", "unfavourable"), ("massive", "unfavourable")]


def test_carrying_out_a_law_or_plan_and_handing_over_a_thing_are_not_loaded():
    # Read on AllSides text (articles 10,001-12,000 of >= 150 words): "take care that the laws be
    # faithfully executed", "executing a plan to accrue more votes", "police executed a search
    # warrant"; BASIL 2013-2015 (tuning): "after he surrenders his passport", "request for her to
    # surrender her server" (cue class carried_out, literal_uses.csv: 29 AllSides rows removed, all
    # of these uses). The killing and the capitulation stay loaded.
    text = (
        "The president must faithfully execute the laws. Police executed a search warrant at the office. "
        "The campaign is executing a plan to win. Jackson will be free after he surrenders his passport. "
        "The militants executed three hostages. Critics called the deal a surrender to Iran."
    )
    assert rows(text, {"loaded"}, "term", "start") == [("executed", 206), ("surrender", 257)]


def test_disaster_in_emergency_management_use_is_not_loaded():
    # Read on AllSides text: "the House tried to advance the disaster aid measure", "states desperate
    # for disaster assistance", "recovery efforts from the hurricane disaster" (literal_uses.csv;
    # 22 rows of the first 3,000 AllSides articles, all of them this use). The figurative sense stays.
    text = (
        "The House passed the disaster aid bill. States wait for disaster assistance after a major disaster "
        "declaration. Crews began recovery from the hurricane disaster. Critics called the plan a disaster."
    )
    assert rows(text, {"loaded"}, "term", "start") == [("disaster", 188)]


def test_hammering_out_a_deal_is_negotiating_it_not_an_attack():
    # AllSides (unseen, 26 uses in 6,000 articles, all neutral): "the legislation hammered out by
    # Congress", "hammer out an agreement". Hammering an opponent stays loaded.
    text = "Senators hammered out a deal. The legislation hammered out by Congress passed. Lopez hammered Reyes on taxes."
    assert rows(text, {"loaded"}, "term", "start") == [("hammered", 85)]


def test_petroleum_heritage_serial_and_security_senses_are_not_loaded():
    # AllSides (unseen, records 16,000-16,500 and 24,000-24,600; 23 rows removed, all neutral):
    # "crude prices", "Brent crude", "historically black university", "historic sites", "serial
    # killer", "third-degree murder". The judging senses stay loaded.
    text = (
        "Brent crude fell as crude prices slid. He made crude remarks. She spoke at a historically black "
        "university near historic sites. It was a historic deal. A serial killer was caught. He called Lopez "
        "a killer. Hackers exploited a vulnerability. Lopez exploited the crisis. He faces third-degree murder "
        "charges. They murdered Reyes."
    )
    assert rows(text, {"loaded"}, "term", "start") == [
        ("crude", 47),
        ("historic", 137),
        ("killer", 198),
        ("exploited", 247),
        ("murdered", 312),
    ]


def test_a_degree_adverb_beside_a_measured_change_is_not_loaded():
    # AllSides (unseen, records 16,000-16,500 and 26,000-26,600; 17 rows removed, none added):
    # "premiums have risen sharply", "sharply lower tax rates", "dramatically decreased". Grading an
    # actor or a criticism stays loaded: "sharply critical", "dramatically expanding drone strikes".
    text = (
        "Premiums have risen sharply. Markets fell sharply on the news. Rates were sharply lower. "
        "Lopez was sharply critical of Reyes. Cases dramatically decreased. Reyes was dramatically expanding drone strikes."
    )
    assert rows(text, {"loaded"}, "term", "start") == [("sharply", 99), ("dramatically", 166)]


def test_lame_duck_rank_and_file_and_legal_breaches_are_not_loaded():
    # AllSides (unseen, records 16,000-16,500 and 28,000-28,600; 58 rows removed, none added):
    # "the lame duck session", "the NRA rank and file", "breach of contract", "a gut check moment",
    # "successfully pushed legislation". The judging senses stay loaded.
    text = (
        "Lopez is a lame duck president. Reyes gave a lame excuse. The rank and file balked at his rank hypocrisy. "
        "Acme sued for breach of contract. Reyes breached the ceasefire. It is a gut check moment. "
        "The bill guts the law. Lopez successfully pushed the bill. Reyes ducked the question."
    )
    assert rows(text, {"loaded"}, "term", "start") == [
        ("lame", 45),
        ("balked", 76),
        ("rank", 90),
        ("hypocrisy", 95),
        ("breached", 146),
        ("guts", 205),
        ("ducked", 261),
    ]


def test_a_raid_as_an_operation_is_not_loaded_but_raiding_a_fund_is():
    # AllSides (stop 28, 300 random records, seed 2828): 14 rows removed, none added, all police or
    # military operations ("the raid that killed al-Baghdadi", "during the raid, the FBI seized").
    text = (
        "The secret raid that killed the leader was planned for weeks. During the raid, agents seized files. "
        "Reyes said the raid on Oct. 25 killed six fighters. Lopez raided the pension fund to pay for it."
    )
    assert rows(text, {"loaded"}, "term", "start") == [("raided", 158)]


def test_historically_as_a_time_adverb_is_not_loaded_but_historic_still_is():
    # AllSides (stop 28, seeds 2828 and 4243): 17 'historically' rows removed, 15 of them time
    # adverbs ("The US has historically run budget deficits", "historically marginalized groups").
    text = (
        "The US has historically run budget deficits. Historically, companies avoid protests. "
        "Lopez called it a historic victory."
    )
    assert rows(text, {"loaded"}, "term", "start") == [("historic", 103)]


def test_greetings_news_formulas_and_strikes_are_not_loaded():
    # AllSides (stop 28, seeds 2828 and 4243): 8 rows removed, none added, all neutral: "Happy New
    # Year!", "Happy Friday", "a happy wedding anniversary", "I am also happy to report", "turned
    # guns on striking workers". The judging senses stay.
    text = (
        "Troops turned guns on striking workers. \"Happy New Year!\" Lopez wrote. "
        "I am happy to report that the plan works. It was a striking failure, and Reyes was happy with it."
    )
    assert rows(text, {"loaded"}, "term", "start") == [("striking", 122), ("happy", 154)]


def test_a_legal_object_past_its_modifiers_and_terrorism_as_a_policy_field_are_not_loaded():
    # AllSides (stop 29, 300 random records outside the gold, seed 2929): 23 rows removed, none
    # added, all neutral ("violated its scientific integrity rules", "violated Turkish airspace",
    # "an agency that fights terrorism", "a state sponsor of terrorism", "two terrorist bombings").
    # The object head must stand before a preposition ("violated the ceasefire in an act of war"
    # stays loaded); accusations without a legal object and labels for actors stay loaded.
    text = (
        "Reyes violated any IRS rules. The agency violated its scientific integrity rules. "
        "The jet violated Turkish airspace. Reyes violated the ceasefire in an act of war. "
        "The agency fights terrorism. Iran is a state sponsor of terrorism. Two terrorist bombings hit the city. "
        "Lopez called the rebels terrorists and their campaign terrorism."
    )
    assert rows(text, {"loaded"}, "term", "start") == [("violated", 123), ("terrorists", 292), ("terrorism", 322)]


def test_alleged_after_a_preposition_or_a_verb_of_inquiry_is_the_attributive_hedge():
    # AllSides (stop 29, seed 2929): 7 rows removed, none added, all the AP hedge ("new charges of
    # alleged witness tampering", "the probe into alleged Russian interference", "to investigate
    # alleged abuses"). The verb of saying stays loaded.
    text = (
        "Manafort faces charges of alleged witness tampering. The probe into alleged interference went on. "
        "Lopez wants to investigate alleged abuses. Reyes alleged that the count was wrong."
    )
    assert rows(text, {"loaded"}, "term", "start") == [("alleged", 147)]


def test_an_intensity_adjective_before_a_contest_is_not_loaded_but_before_a_person_it_is():
    # BASIL 2010-2015: 6 unannotated rows removed, no annotated one ("the fierce competition", "a sharp
    # and spirited debate", "avoiding a bruising primary"); AllSides (stop 29, seed 2929): 1 removed,
    # neutral ("avoiding a bruising, raucous race"). Before a person or a reaction they stay loaded.
    text = (
        "It will be a bruising primary. The fierce competition ends in May. It was a spirited debate. "
        "Lopez is a fierce opponent of the bill. Reyes drew fierce criticism. The heated debate went on. "
        "A feisty crowd booed."
    )
    assert rows(text, {"loaded"}, "term", "start") == [("fierce", 104), ("fierce", 144), ("feisty", 191)]


def test_thoroughly_beside_a_verb_of_examining_is_a_manner_adverb():
    # BASIL 2013-2015: 1 unannotated row removed ("would thoroughly investigate the case"), no
    # annotated one; AllSides (stop 29, seed 2929): 2 removed, both manner ("investigating thoroughly
    # what happened", "Congress was thoroughly briefed"). The amplifier of a judgement stays loaded.
    text = "The department will thoroughly investigate the case. Congress was thoroughly briefed. The claim was thoroughly discredited."
    assert rows(text, {"loaded"}, "term", "start") == [("thoroughly", 100), ("discredited", 111)]


def test_would_be_names_an_intention_and_bold_letters_are_typography():
    # BASIL 2010-2012: 2 unannotated rows removed ("the would-be group of contenders", "in bold white
    # letters"), no annotated one; AllSides (stop 29, seed 2929): 4 removed, all neutral ("would-be
    # voters", "would-be home buyers"). The sneer stays on its noun ("tyrant"); a bold plan stays loaded.
    text = "Would-be voters lined up. He is a would-be tyrant. The words ran in bold white letters. It was a bold plan."
    assert rows(text, {"loaded"}, "term", "start") == [("tyrant", 43), ("bold", 97)]


def test_an_explosion_a_turn_of_events_and_a_concession_are_not_loaded():
    # BASIL 2013-2015: 1 unannotated row removed ("put an unusual twist on the dilemma"), no
    # annotated one; AllSides (stop 29, seed 2929): 9 removed, all neutral ("a suicide bomber triggered
    # blast", "an email blast", "the latest twist in the saga", "refused to concede victory"). The
    # verbs of criticism, distortion and admission stay loaded.
    text = (
        "A bomber triggered blast in the station. The tornado blasted through the town. It is the latest twist in the saga. "
        "Moore refused to concede victory. Lopez blasted the plan. Reyes is twisting the facts. Lopez conceded that it failed."
    )
    assert rows(text, {"loaded"}, "term", "start") == [("blasted", 155), ("twisting", 182), ("conceded", 208)]


def test_willingness_greetings_records_and_formal_senses_are_not_loaded():
    # BASIL 2010-2012: 1 unannotated row removed ("more than happy to weigh in"), no annotated one;
    # AllSides (stop 29, seed 2929): 16 removed, 13 neutral ("only too happy to signal-boost", "a happy
    # medium", "happy Wednesday", "its worst levels since June of 2009", "the worst case", "an
    # extraordinary session"), 3 arguable (pleasure at something: "happy to see dialogue"). A "happy
    # warrior", "the worst president" and "an extraordinary admission" stay loaded.
    text = (
        "Reyes is more than happy to help. It offers a happy medium. Output hit its worst levels since 2009. "
        "The worst case is a recession. The council met in an extraordinary session. "
        "He is a happy warrior. She is the worst president. It was an extraordinary admission."
    )
    assert rows(text, {"loaded"}, "term", "start") == [("happy", 184), ("worst", 210), ("extraordinary", 237)]


def test_physical_danger_is_not_loaded_but_a_dangerous_idea_is():
    # BASIL 2013-2015: 1 unannotated row removed ("made it a dangerous environment"), no annotated
    # one; AllSides (stop 29, seeds 2929 and 3030): 7 removed, all physical ("exposed to dangerous lead
    # levels", "it's a dangerous job", "officers in dangerous situations", "more dangerous storms").
    # 'situation' and 'weapon' are no cues: "brought us in a dangerous situation" (talks) and "a
    # dangerous weapon in the hands of tribes" (government) are judgements.
    text = (
        "Children were exposed to dangerous lead levels. Policing is a dangerous job. "
        "The talks brought us in a dangerous situation. It is a dangerous idea."
    )
    assert rows(text, {"loaded"}, "term", "start") == [("dangerous", 103), ("dangerous", 132)]


def test_heritage_places_legal_terms_devices_and_medical_senses_are_not_loaded():
    # AllSides (stop 30b; 300 random records outside every gold file, seed 3737, plus 300 records with the
    # constructions, seed 41): heritage places ('the historic Napa Valley Courthouse'), a system of rules
    # ('the climate regime'), legal charges and terms of art ('second degree murder', 'unlawful assembly',
    # 'absent extraordinary circumstances'), bombs ('explosive packages'), medical and conservation senses
    # ('an aggressive tumor', 'dangerous side effects', 'a threatened species'), leaving a place ('abandoned
    # their homes'), 'happy hour' and 'chaos theory'. Each judging use beside them stays loaded.
    text = (
        "Fire damaged the historic courthouse and two historic buildings in the town. Lopez called it a historic victory. "
        "Iran accepted a strict monitoring regime under the climate regime. The regime shelled the city. "
        "Reyes faces second degree murder and manslaughter charges. Lopez called the strike murder. "
        "Police found explosive materials and two explosive packages. It was an explosive claim. "
        "The lab handles dangerous pathogens; the drug has dangerous side effects. Reyes is dangerous. "
        "They met at happy hour. Only under extraordinary circumstances may agents enter. It was an extraordinary speech. "
        "He studied chaos theory. The chaos in the White House grew. "
        "It is an aggressive tumor. Reyes ran aggressive ads. "
        "Two men were charged with unlawful assembly and unlawful entry. The order is unlawful. "
        "Elephants are a threatened species. Reyes threatened Lopez. "
        "Families abandoned their homes and cars to the flood. Reyes abandoned his allies."
    )
    assert rows(text, {"loaded"}, "term", "start") == [
        ("historic", 95), ("regime", 184), ("murder", 292), ("explosive", 371), ("dangerous", 471),
        ("extraordinary", 573), ("chaos", 624), ("aggressive", 692), ("unlawful", 785), ("threatened", 837),
        ("abandoned", 915),
    ]


def test_overwhelmingly_as_a_measured_majority_is_not_loaded():
    # AllSides (stop 30b): 14 rows removed on 600 random records outside every gold file (seeds 3737 and
    # 3838), 154 on 250 records with the word (seed 42); nearly all votes, polls and the make-up of a
    # population ('they overwhelmingly backed Democrats', 'The House bill passed overwhelmingly', 'an
    # overwhelmingly Sunni country'). Beside no verb of voting and no counted group it stays an amplifier.
    text = (
        "Voters overwhelmingly backed Reyes. The bill passed overwhelmingly in the House. "
        "It is an overwhelmingly white state. The plan was overwhelmingly popular with donors."
    )
    assert rows(text, {"loaded"}, "term", "start") == [("overwhelmingly", 131)]


def test_an_assault_on_a_post_or_installation_is_literal_but_on_a_city_s_autonomy_is_not():
    # BASIL 2013-2015 (tuning half B): 2 false rows removed ('last year's assault on an American compound in
    # Benghazi', 'any assault on diplomatic outposts'), 415 -> 413 rows, no hit lost. AllSides (stop 30b, 300
    # records with the phrase, seed 43): 19 removed, all armed attacks ('the assault on the U.S. Consulate',
    # 'the final ISIS assault on the base'). A city or town is no cue: the token pass drops the "'s" of
    # "an assault on the city's autonomy", which stays loaded, as the metaphor for a policy does.
    text = (
        "Four Americans died in the assault on the U.S. compound. Militias led an assault on the embassy in Baghdad. "
        "It is a comprehensive assault on the city's autonomy. The bill is an assault on voting rights."
    )
    assert rows(text, {"loaded"}, "term", "start") == [("assault on", 130), ("assault on", 177)]


def test_corruption_as_the_legal_category_of_a_charge_is_not_loaded():
    # BASIL 2013-2015 (half B): 413 -> 412 rows, no hit lost. AllSides (stop 30b): 9 rows removed on 600 random
    # records outside every gold file (seeds 3737 and 3838), 66 on 300 records with the word (seed 44), all the
    # legal category ('indicted on federal corruption charges', 'his corruption trial', 'public corruption
    # cases', 'a corruption probe'). The writer's or a speaker's charge of corruption stays loaded.
    text = (
        "Reyes was indicted on corruption charges. The FBI calls public corruption its top priority. "
        "His corruption trial opens Monday. Lopez said the deal was corruption, pure and simple."
    )
    assert rows(text, {"loaded"}, "term", "start") == [("corruption", 151)]
