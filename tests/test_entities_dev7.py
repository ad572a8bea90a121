"""Actor discovery on the classes opened by the dev7 batch and seen again in dev2-dev6 (stop 25)."""

from __future__ import annotations

from analysis import analyze
from analysis.article import Article

from .conftest import discovered


def _found(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return discovered(text, "dev7")


def test_the_white_house_acting_is_an_actor_not_where_it_is_a_building_its_staff_or_a_room():
    # dev5 (JEbh, ivq9): "the White House said" acts; "a White House official" names the staff,
    # "reports from the White House" the building, "the White House Briefing Room" a room.
    assert _found(
        'With only days to come up with a deal to avoid the fiscal cliff, the White House said "congressional '
        'stupidity" was damaging the economy. While Boehner put the onus on the president, a White House official '
        "used testy language. CBS's Weijia Jiang reports from the White House. President Trump called reporters "
        "to the White House Briefing Room."
    ) == [
        ("White House", "organisation", ("White House",)),
        ("CBS", "organisation", ("CBS",)),
        ("Weijia Jiang", "person", ("Weijia Jiang",)),
        ("Trump", "person", ("President Trump",)),
        ("reporters", "group", ("reporters",)),
    ]


def test_the_white_house_sought_is_no_actor_and_the_house_is_not_the_white_house():
    # dev2 (1nvR), dev5 (8wC6): the office sought; "The House" stays the chamber.
    assert _found(
        "Sen. Elizabeth Warren formally announced her candidacy for the White House on Saturday. The split "
        "cleared the way for Woodrow Wilson to win the White House. The House voted."
    ) == [
        ("Elizabeth Warren", "person", ("Sen. Elizabeth Warren",)),
        ("House", "organisation", ("House",)),
    ]


def test_a_presidents_white_house_is_his_administration_also_under_the_shipped_topic():
    # dev7 (IwxW), dev6 (N1vv: "the Trump White House"): the gold counts it a form of the
    # administration. The shipped topic makes "White House" an alias of the United States; one
    # alias among an actor's mentions does not carry the actor over to the topic's.
    text = (
        "The Washington Post reported that the Obama White House knew as soon as August of 2016 that Russia "
        "was interfering. The Obama administration did not act."
    )
    assert _found(text) == [
        ("The Washington Post", "organisation", ("The Washington Post",)),
        ("Obama administration", "organisation", ("Obama White House", "Obama administration")),
        ("Russia", "country", ("Russia",)),
    ]
    assert analyze(Article("dev7", "", text))["actors"][["actor", "kind", "mentions"]].values.tolist() == [
        ["Obama administration", "organisation", 2], ["Russia", "country", 1], ["The Washington Post", "organisation", 1]
    ]


def test_agent_nouns_in_ists_and_ians_are_groups_in_the_plural_only():
    # dev5 (0o9j, 5s9r; dev7 I3B7): plurals in -ists / -ians that Brill's lexicon tags NNS are
    # people (`gazetteer.agent_plurals`); the singular is as often an adjective ("a racist comment").
    assert _found(
        "Politicians grasping for power and money need polarization to pose as heroes. It hides the truth that "
        "culture leads and politicians lag behind. But within months of the Chinese blanket ban, chemists in "
        "Chinese labs plundered medical literature. He was suspended after making what was viewed as a racist "
        "comment. Lawmakers and other legislators agreed."
    ) == [
        ("politicians", "group", ("Politicians", "politicians")),
        ("chemists", "group", ("chemists",)),
        ("lawmakers", "group", ("Lawmakers",)),
        ("legislators", "group", ("legislators",)),
    ]


def test_states_acting_are_a_group_in_the_plural_only_and_not_inside_united_states():
    # dev6 (N1vv "Other states"), dev5 (ivq9 "states"): the plural is the group (entity_groups.csv
    # `number` plural); "a state of emergency", "a state law" and "United States" name none.
    assert _found(
        "Other states have enacted their own net-neutrality rules. An agency that has no power to regulate "
        "has no power to preempt the states. The United States declared a state of emergency, and a state law bars it."
    ) == [
        ("states", "group", ("states", "the states")),
        ("United States", "country", ("United States",)),
    ]


def test_a_transcripts_speaker_label_in_capitals_is_the_person_not_an_acronym():
    # dev5 (ivq9, a newscast transcript): "JIANG:" and "TRUMP:" are Weijia Jiang and President Trump.
    assert _found(
        "CBS’s Weijia Jiang reports from the White House. JIANG: President Trump wasted no time calling reporters "
        "to celebrate the jobs report. TRUMP: Today's announcement proves that our economy is roaring back. "
        "JIANG: But the latest employment survey was taken before the new wave of COVID-19 cases. The NAACP objected."
    ) == [
        ("CBS", "organisation", ("CBS",)),
        ("Weijia Jiang", "person", ("Weijia Jiang", "JIANG")),
        ("Trump", "person", ("President Trump", "TRUMP")),
        ("reporters", "group", ("reporters",)),
        ("NAACP", "organisation", ("NAACP",)),
    ]


def test_a_name_in_dictionary_words_is_a_body_kept_on_evidence_not_a_person():
    # dev2 (oROA): "Student Defense", written twice, is an organisation ("counsel at Student Defense"
    # works there: not a place unless every mention is one); "Social Security" (BASIL's programme,
    # a person before) an organisation; dev1 (ygOt): "The Big Short", once after "the", is a book.
    assert _found(
        "The suit was filed in D.C. federal court by Student Defense and the National Consumer Law Center. "
        "Alex Elson, senior counsel at Student Defense, said that DeVos broke the promise. The escape featured "
        "in Michael Lewis’s book “The Big Short.” Social Security will run out of money in 2034. Social Security "
        "said it would act."
    ) == [
        ("Student Defense", "organisation", ("Student Defense",)),
        ("National Consumer Law Center", "organisation", ("National Consumer Law Center",)),
        ("DeVos", "person", ("DeVos",)),
        ("Michael Lewis", "person", ("Michael Lewis",)),
        ("Social Security", "organisation", ("Social Security",)),
    ]


def test_a_court_case_named_by_its_parties_names_no_actor_but_a_contest_does():
    # dev6 (pFdq): "Citizens United v. Federal Election Commission" is the ruling; "vs." a contest.
    assert _found(
        'Clinton promised her Supreme Court nominees "will stand up and say no" to Citizens United v. Federal '
        "Election Commission. The justices overturned Roe v. Wade. Planned Parenthood objected, and Planned "
        "Parenthood said it would sue. Clinton vs. Trump was a close race, Hillary Clinton said."
    ) == [
        ("Hillary Clinton", "person", ("Clinton", "Hillary Clinton")),
        ("Supreme Court", "organisation", ("Supreme Court",)),
        ("Planned Parenthood", "organisation", ("Planned Parenthood",)),
    ]


def test_a_single_word_listed_after_a_comma_with_an_organisation_is_an_organisation():
    # dev7 (6dxV): BuzzFeed and Vice, once each, in a list with the Huffington Post; dev3 (sEK2):
    # a bare "and" (which may join the halves of one name cut there) makes no list.
    assert _found(
        "Three leading digital outlets—BuzzFeed, the Huffington Post, and Vice—announced layoffs that left many "
        "accomplished journalists unemployed. The 65-year-old rose from an impoverished youth in Detroit to "
        "attend Yale and the University of Michigan Medical School."
    ) == [
        ("BuzzFeed", "organisation", ("BuzzFeed",)),
        ("Huffington Post", "organisation", ("Huffington Post",)),
        ("Vice", "organisation", ("Vice",)),
        ("journalists", "group", ("journalists",)),
        ("University of Michigan Medical School", "organisation", ("University of Michigan Medical School",)),
    ]
