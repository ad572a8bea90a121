"""Actor discovery: classes of construction from the dev4 actors batch (issue 17).

Every text is invented; each test names the class of construction it covers."""

from __future__ import annotations

from analysis.article import Article
from analysis.entities import discover_actors
from analysis.entities.furniture import masked


def _found(text: str) -> list[tuple[str, str, tuple[str, ...], int]]:
    return [(a.name, a.kind, a.forms, len(a.mentions)) for a in discover_actors(Article("dev4", "", text))]


def test_an_abbreviated_country_before_a_preposition_is_the_country_not_a_modifier():
    # "the U.S. as a partner": the noun phrase ends at the preposition; "the U.S. assessment"
    # stays a modifier (no country mention there).
    text = "Acme Corp said the U.S. would pay. Critics treat the U.S. as a partner, and the U.S. assessment is wrong."
    assert _found(text) == [
        ("Acme Corp", "organisation", ("Acme Corp",), 1),
        ("United States", "country", ("U.S.",), 2),
        ("critics", "group", ("Critics",), 1),
    ]


def test_prison_and_college_groups_their_synonyms_join_and_a_number_opening_the_sentence_is_no_qualifier():
    # same_as: "prisoners" are the "inmates"; "Four" counts the inmates, it names no one.
    text = (
        "Four inmates are dead. Inmates and prisoners sued. Corrections officers have joined in lawsuits, "
        "and 191 correctional officers tested positive. Colleges raise tuition while universities cut staff."
    )
    assert _found(text) == [
        ("inmates", "group", ("inmates", "Inmates", "prisoners"), 3),
        ("corrections officers", "group", ("Corrections officers", "correctional officers"), 2),
        ("colleges", "group", ("Colleges",), 1),
        ("universities", "group", ("universities",), 1),
        ("staff", "group", ("staff",), 1),
    ]


def test_an_outlet_s_short_names_join_its_full_name_but_a_body_of_it_stays_apart():
    # "The Times" after "The New York Times"; "U.S. News" the leading words of one longer name;
    # "Federal Reserve" is not "Federal Reserve Bank of Boston" (an "of" body of its own).
    text = (
        "The New York Times reported the clash first. “It was bad,” The Times said. U.S. News & World Report "
        "later reported deaths, a source told U.S. News. The Federal Reserve Bank of Boston said the Federal Reserve would act."
    )
    assert _found(text) == [
        ("The New York Times", "organisation", ("The New York Times", "The Times"), 2),
        ("U.S. News & World Report", "organisation", ("U.S. News & World Report", "U.S. News"), 2),
        ("Federal Reserve Bank of Boston", "organisation", ("Federal Reserve Bank of Boston",), 1),
        ("Federal Reserve", "organisation", ("Federal Reserve",), 1),
    ]


def test_a_membership_blurb_and_contact_lines_are_furniture():
    # The blurb names the outlet's host before its cue; a short paragraph with an e-mail
    # address is a contact line or the writer's signature.
    text = (
        "Mayor Jane Roe said the Acme Group would rebuild.\n\n"
        "The Acme Wire, headed by host John Doe, is a leading provider of news. Get inside access to The Acme Wire by becoming a member.\n\n"
        "Send letters to letters@acme.com\n\n"
        "Rev. John Poe at jpoe@acme.org. Follow him on Twitter @JPoe."
    )
    assert _found(text) == [
        ("Jane Roe", "person", ("Mayor Jane Roe",), 1),
        ("Acme Group", "organisation", ("Acme Group",), 1),
    ]
    assert len(masked(text)) == len(text)
    assert [p.strip() for p in masked(text).split("\n\n")][1:] == ["", "", ""]


def test_an_address_inside_a_long_paragraph_of_the_story_is_not_masked():
    text = "Mayor Jane Roe said " + "the city will rebuild the bridge and " * 5 + "residents may write to roe@acme.gov with ideas."
    assert masked(text) == text


def test_a_capitalised_group_plural_and_a_modal_opening_a_sentence_are_no_names():
    # "Critics say" opens a sentence: the group, not an organisation "Critics"; "Should Roe
    # lose" glues a modal to the surname.
    text = "Mayor Jane Roe left. Critics of the plan say it failed, and critics say more. Should Roe lose, Police will act."
    assert _found(text) == [
        ("Jane Roe", "person", ("Mayor Jane Roe", "Roe"), 2),
        ("critics", "group", ("Critics", "critics"), 2),
        ("police", "group", ("Police",), 1),
    ]


def test_an_outlet_with_and_without_a_capitalised_the_is_one_actor_and_nations_heads_an_organisation():
    # The outlets list spells "The Washington Post" with its "The": the same outlet as "the
    # Washington Post's"; "United Nations" is an organisation (head "Nations"), so "UN" spells it.
    text = (
        "Case in point: the Washington Post’s report on costs. A recent Washington Post poll finds more.\n\n"
        "The Washington Post noted costs rose. The country told the United Nations on Monday. The UN did not answer."
    )
    assert _found(text) == [
        ("The Washington Post", "organisation", ("Washington Post", "The Washington Post"), 3),
        ("United Nations", "organisation", ("United Nations", "UN"), 2),
    ]


def test_a_name_after_a_generic_organisation_noun_is_that_organisation_in_its_role():
    # "the anti-abortion group Zeta Action": an organisation (capitalised words alone would
    # make it a person), so "The group" is it; a first-named person after "company" keeps its kind.
    text = (
        "Yesterday the anti-abortion group Zeta Action launched a campaign. The group said Zeta Action "
        "had been banned. The company Jane Roe founded did not reply."
    )
    assert _found(text) == [
        ("Zeta Action", "organisation", ("Zeta Action", "The group"), 3),
        ("Jane Roe", "person", ("Jane Roe",), 1),
    ]


def test_treaties_venues_compass_places_and_a_capital_modifying_a_noun_are_no_actors():
    # "the Paris climate accord": the capital names a thing; "Paris Agreement" a treaty (law
    # head); "North Charleston Coliseum" a venue; "Paris said" and "accused Berlin of" are states.
    text = (
        "Mayor Jane Roe decried the Paris climate accord at the North Charleston Coliseum. The Paris Agreement "
        "binds states. Paris said it would stay, and Greece accused Berlin of stalling."
    )
    assert _found(text) == [
        ("Jane Roe", "person", ("Mayor Jane Roe",), 1),
        # "binds states": the states party to the treaty, a group (entity_groups.csv, stop 25).
        ("states", "group", ("states",), 1),
        ("France", "country", ("Paris",), 1),
        ("Greece", "country", ("Greece",), 1),
        ("Germany", "country", ("Berlin",), 1),
    ]


def test_followers_investigators_and_authors_are_groups():
    text = "The group's followers have been activated. Investigators said the study's authors erred."
    assert _found(text) == [
        ("followers", "group", ("followers",), 1),
        ("investigators", "group", ("Investigators",), 1),
        ("authors", "group", ("authors",), 1),
    ]


def test_a_bare_group_mention_includes_the_and_a_capitalised_determiner_is_no_qualifier():
    # "The staff" is written so by the annotators; "Another nurse" counts a nurse, it names no
    # qualified group ("Another nurses").
    text = "The staff said patients waited. Another nurse agreed with the staff."
    assert _found(text) == [
        ("staff", "group", ("The staff", "the staff"), 2),
        ("patients", "group", ("patients",), 1),
        ("nurses", "group", ("nurse",), 1),
    ]


def test_a_party_word_after_and_is_cut_from_an_organisation_name_and_leading_words_need_a_clean_rest():
    # "Acme News and Republican presidential nominee …": "Republican" is no part of the outlet's
    # name; a name glued with "and" is never the longer name its leading words stand for.
    text = "The bond between Acme News and Republican presidential nominee Jane Roe grew. Acme News denied it."
    assert _found(text) == [
        ("Acme News", "organisation", ("Acme News",), 2),
        ("Jane Roe", "person", ("Jane Roe",), 1),
    ]


def test_a_columnist_s_closing_bio_is_furniture():
    text = (
        "Mayor Jane Roe said the Acme Group would rebuild.\n\n"
        "John Doe has been an adviser to three presidents and the nominee for the Reform Party in 2000. "
        "For more of his reports, Go Here Now."
    )
    assert _found(text) == [
        ("Jane Roe", "person", ("Mayor Jane Roe",), 1),
        ("Acme Group", "organisation", ("Acme Group",), 1),
    ]



def test_a_photo_caption_paragraph_is_furniture():
    # One short sentence closed by the picture's full date, perhaps with its credit: the people in
    # the picture are not the story's actors. A story sentence with a full date in the middle
    # ("On May 2, 2019, …") and a two-sentence paragraph ending on a date are kept.
    text = (
        "Mayor Jane Roe said the Acme Group would rebuild.\n\n"
        "U.S. Senator John Doe speaks with protesters in Acme City, Ohio, on May 2, 2019. REUTERS/Mary Major\n\n"
        "Activist Ann Poe walks with marchers in Acme City on September 20, 2019.\n\n"
        "On May 2, 2019, Richard Miles said the Acme Group would pay. It paid on June 3, 2019."
    )
    assert _found(text) == [
        ("Jane Roe", "person", ("Mayor Jane Roe",), 1),
        ("Acme Group", "organisation", ("Acme Group",), 2),
        ("Richard Miles", "person", ("Richard Miles",), 1),
    ]


def test_a_speech_named_as_an_address_and_a_historical_event_are_no_actors():
    # "the Acme Inaugural Address" is an occasion ("Address" is an event head like "Day"); "the
    # Holocaust" is a historical event (a non-name row, like "Great Depression").
    text = (
        "Mayor Jane Roe raised it in the Acme Inaugural Address. "
        "The Acme Group compared the policy with the Holocaust, and Jane Roe objected."
    )
    assert _found(text) == [
        ("Jane Roe", "person", ("Mayor Jane Roe", "Jane Roe"), 2),
        ("Acme Group", "organisation", ("Acme Group",), 1),
    ]


def test_social_media_is_a_thing_not_the_press():
    # "social media" names platforms and their use; "the media" and "news media" stay the press.
    text = "Jane Roe said social media spread the claim. The media ignored it, and news media apologised."
    assert _found(text) == [
        ("Jane Roe", "person", ("Jane Roe",), 1),
        ("media", "group", ("The media", "media"), 2),
    ]


def test_a_caption_closed_by_a_bracketed_credit_is_furniture():
    # "[John Doe/AFP]" closes a caption alone; a bracket without a slash closes a story sentence.
    text = (
        "Mayor Jane Roe said the Acme Group would rebuild.\n\n"
        "A marcher shouts slogans after being arrested in Acme City during a protest [John Doe/AFP]\n\n"
        "Richard Miles said the Acme Group erred [sic]."
    )
    assert _found(text) == [
        ("Jane Roe", "person", ("Mayor Jane Roe",), 1),
        ("Acme Group", "organisation", ("Acme Group",), 2),
        ("Richard Miles", "person", ("Richard Miles",), 1),
    ]
