"""The subject of a loaded word's clause further back: across an appositive, or as the possessive
determiner of the subject (analysis/framing_subjects.py)."""

from __future__ import annotations

from analysis import Article, framing
from analysis.framing_subjects import verb_group_words

# Tom Reyes is named most, so he is the fallback target of every loaded word with no subject.
OPENING = "Tom Reyes spoke on Monday. Tom Reyes said the vote was close. Tom Reyes left early. "


def loaded(text: str) -> list[tuple[str, str]]:
    table = framing(Article("x", "", OPENING + text), topic=None).query("category == 'loaded'")
    return [tuple(r) for r in table[["term", "target"]].itertuples(index=False, name=None)]


def test_a_subject_across_an_appositive_or_a_relative_clause_is_the_target():
    # AllSides (stop 30): "Rep. Mark Meadows, North Carolina Republican, skirted …", "Louie
    # Gohmert, Republican of Texas, complained bitterly", "Bill de Blasio, who is also running for
    # president, mocked …"; BASIL 2010-2012: "Glenn Beck, the hero of the political right …, ripped the roof off".
    text = (
        "Sen. Maria Lopez, the chair of the budget panel, slammed the plan. "
        "Maria Lopez, who chairs the panel, has also mocked the plan."
    )
    assert loaded(text) == [("slammed", "Maria Lopez"), ("mocked", "Maria Lopez")]


def test_no_appositive_subject_for_an_object_a_clause_or_a_verb_of_favour():
    # Guards, each from an AllSides row it got wrong: the mention is a verb's object ("weaponizes
    # the IRS, orchestrates a swap, stonewalls Congress"), the commas hold a clause ("In an interview
    # with CNN's Dana Bash, Bush admitted …, complaining"), a verb of favour ("The Human Rights
    # Campaign, which held the event, praised him": the one praised).
    text = (
        "The mayor hires Maria Lopez, fires the old city clerk, slams the press. "
        "In a talk with Maria Lopez, the mayor admitted defeat, complaining about the press. "
        "Maria Lopez, who chairs the panel, praised him."
    )
    assert loaded(text) == [("slams", "Tom Reyes"), ("complaining", "Tom Reyes"), ("praised", "Tom Reyes")]


def test_the_main_actor_named_after_the_word_outranks_a_far_subject():
    # BASIL 2013-2015: "Susan E. Rice, President Obama's national security adviser, sharply
    # criticized Prime Minister Benjamin Netanyahu" and "Steve Stockman, Republican of Texas,
    # threatened … if the president …" are the one criticised or threatened, the article's main actor.
    text = "Maria Lopez, long a foe of the budget plan, sharply criticized Tom Reyes on Tuesday. Maria Lopez, long a foe of the budget plan, sharply criticized the plan."
    assert loaded(text) == [("sharply", "Tom Reyes"), ("sharply", "Maria Lopez")]


def test_a_possessed_subject_is_its_possessors():
    # AllSides (stop 30): "Democrats' health care messaging has been muddled", "Mitt Romney's
    # Medicare ad is dishonest" (BASIL 2010-2012), "The Roosevelts' career paths had striking parallels".
    text = "Maria Lopez's new budget plan is reckless. Maria Lopez's budget ad was dishonest."
    assert loaded(text) == [("reckless", "Maria Lopez"), ("dishonest", "Maria Lopez")]


def test_no_possessed_subject_past_a_preposition_a_gerund_or_a_thing():
    # AllSides (stop 30): "the Justice Department's investigation into Russian meddling" is not the
    # department's; a possessed law is the law (framing_targets.py), not its owner.
    text = "Maria Lopez's inquiry into foreign meddling went on. Maria Lopez's new law is harsh."
    assert loaded(text) == [("meddling", "Tom Reyes"), ("harsh", "law")]


def test_verb_group_words_hold_auxiliaries_linking_verbs_and_negators_but_no_determiner():
    words = verb_group_words()
    assert {"has", "was", "would", "remains", "not", "also"} <= words
    assert not {"the", "a", "his"} & words


def test_the_object_before_of_or_for_and_an_ing_clause_is_the_target_of_a_word_in_that_clause():
    # AllSides (stop 30): "accused Germany of being a trade cheat", "Trump accused Obama of being
    # willfully ignorant about … terrorism"; BASIL 2013-2015: "accused Colorado officials of
    # participating in a 'scheme'". Guard: a relative clause inside the -ing clause has its own
    # subject ("accused the foundation of accepting money from governments that brutalize women").
    # A noun in -ing is no clause ("executives of nursing homes has occurred at an extraordinary degree").
    text = (
        "Tom Reyes accused Maria Lopez of being a trade cheat. "
        "Tom Reyes accused Maria Lopez of taking money from groups that brutalize women. "
        "Tom Reyes met Maria Lopez of nursing home fame at an extraordinary gala."
    )
    assert loaded(text) == [("cheat", "Maria Lopez"), ("brutalize", "Tom Reyes"), ("extraordinary", "Tom Reyes")]


def test_a_possessed_staff_group_is_its_owners():
    # BASIL 2013-2015: "President Obama's national security staff had been complicit" is
    # Obama's_administration; AllSides (stop 30c): "Mrs. Clinton's aides feverishly fought the
    # criticism", "Ford's lawyers flippantly dismiss".
    text = "Maria Lopez's top aides slammed the plan. Maria Lopez's lawyers mocked the plan."
    assert loaded(text) == [("slammed", "Maria Lopez"), ("mocked", "Maria Lopez")]


def test_no_owner_for_supporters_a_pronoun_or_a_list():
    # Guards: supporters act for themselves ("Romney's fans will be galvanized" is not Romney's,
    # NOTES-framing30.md); a possessive pronoun is not linked; a list ("Lopez's allies and aides")
    # is no single noun phrase.
    text = "Maria Lopez's supporters slammed the plan. Her aides mocked the plan. Maria Lopez's allies and aides slammed the plan."
    assert loaded(text) == [("slammed", "supporters"), ("mocked", "aides"), ("slammed", "aides")]


def test_every_owned_group_row_has_a_rationale_and_the_file_a_licence_note():
    from importlib import resources
    text = resources.files("analysis.lexicons").joinpath("target_owners.csv").read_text(encoding="utf-8")
    assert any("MIT" in line for line in text.splitlines() if line.startswith("#"))
    from analysis.lexicon import read_csv
    rows = read_csv("analysis.lexicons", "target_owners.csv")
    assert rows and all(row["rationale"].strip() and row["term"] == row["term"].lower() for row in rows)


def test_the_actor_in_a_naming_verbs_object_is_the_target_of_its_complement():
    # AllSides (stop 30c): "Trump, a Republican who has called Mueller's investigation a politically
    # motivated 'witch hunt'" (Mueller, not Manafort), "Pauley described Cohen's crimes as a
    # 'smorgasbord of fraudulent conduct'"; BASIL 2010-2012: "Lis Smith described the new
    # Romney-Ryan ad on the subject as 'dishonest and hypocritical'" (Romney_campaign).
    text = (
        "Ruiz called Maria Lopez's new inquiry a politically motivated “witch hunt.” "
        "Ruiz described the new Lopez campaign ad on the budget as “dishonest.” "
        "Ruiz described Maria Lopez's budget plan as “reckless.”"
    )
    assert loaded(text) == [("witch hunt", "Maria Lopez"), ("dishonest", "Lopez campaign"), ("reckless", "Maria Lopez")]


def test_no_named_object_for_a_thing_a_phone_call_a_verb_or_call_for():
    # Guards: an object with no actor keeps the other rules ("called the vote an 'empty stunt'");
    # "calling a reporter to give a profanity-laced tirade" is a phone call (AllSides, stop 30c); a
    # verb is no complement ("called Obama a 'dope' and railed against the response"); "call for".
    text = (
        "Ruiz called the vote a “stunt.” Ruiz was calling Maria Lopez to give a profanity-laced tirade. "
        "Ruiz called Maria Lopez's plan a “dope” and railed against the plan. Ruiz called for an aggressive response to Maria Lopez."
    )
    assert loaded(text) == [("stunt", "Tom Reyes"), ("tirade", "Ruiz"), ("railed against", "Ruiz"), ("aggressive", "Ruiz")]


def test_a_mention_modifying_a_possessed_subject_yields_to_the_possessor():
    # BASIL 2010-2012: "Mitt Romney's Medicare ad is dishonest and hypocritical" is Romney's
    # (Romney_campaign), not Medicare's, once Medicare is an actor mention. The guard row: a
    # mention that ends the phrase is its head ("Romney's aide Smith slammed": Smith).
    text = "Maria Lopez's Senate ad was dishonest. Maria Lopez's aide Sam Ortiz slammed the plan."
    assert loaded(text) == [("dishonest", "Maria Lopez"), ("slammed", "Sam Ortiz")]


def test_a_named_object_is_never_a_prepositions_object():
    # AllSides (stop 30c): "described US actions against specific Chinese companies as disgraceful
    # and unjust" is about the United States, not the companies.
    text = "Ruiz described Senate actions against the Lopez campaign as “disgraceful.” Ruiz described the actions against Maria Lopez as “disgraceful.”"
    assert loaded(text) == [("disgraceful", "Senate"), ("disgraceful", "Tom Reyes")]


def test_no_named_object_for_a_word_past_the_complement():
    # AllSides (stop 30c): "labeled Paul Ryan as 'very weak' in a Twitter outburst" -- the outburst
    # is the labeller's; "of" stays inside ("a smorgasbord of fraudulent conduct").
    assert loaded("Ruiz labeled Maria Lopez's plan as weak in a Twitter outburst on Tuesday.") == [("outburst", "Tom Reyes")]


def test_no_named_object_past_a_second_verb_phrase():
    # AllSides (stop 30c): "to label Saudi Arabia a human-rights violator or accuse Russia of war
    # crimes" -- the war crimes are Russia's. A mention inside the complement is no bar ("called
    # Kris a 'longtime FISA apologist'", "described … Doug Jones as a 'liberal puppet'").
    assert loaded("Ruiz may label Maria Lopez a liar or accuse Sam Ortiz of war crimes.") == [("liar", "Maria Lopez"), ("war crimes", "Sam Ortiz")]
