"""Actor discovery: reported rows that are no actor (issue 17, classes from the dev1-dev3 batches).

Every text is invented; each test names the class of construction it covers."""

from __future__ import annotations

from analysis.article import Article
from analysis.entities import discover_actors
from analysis.entities.cluster import is_credit
from analysis.entities.furniture import masked

from .conftest import discovered


def _found(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return discovered(text, "precision")


def test_template_furniture_lines_are_masked_to_their_paragraph_end():
    # A media player's notice and its caption, a byline's social link and a syndication
    # notice are page furniture: their names are no actors ("Follow Jane Roe", "Media").
    text = (
        'Media playback is unsupported on your device Media caption Mayor Jane Roe: "We will rebuild."\n\n'
        "Mayor Jane Roe said the Acme Group would rebuild the bridge. Roe spoke on Monday.\n\n"
        "Follow Jane Roe on Twitter\n\n"
        "Content created by The Acme Group Foundation is available without charge."
    )
    assert _found(text) == [
        ("Jane Roe", "person", ("Mayor Jane Roe", "Roe")),
        ("Acme Group", "organisation", ("Acme Group",)),
    ]
    assert len(masked(text)) == len(text)
    assert masked(text).split("\n\n")[2].strip() == ""


def test_follow_opens_a_furniture_line_only_at_the_start_of_a_line():
    assert masked("Officials will follow Jane Roe.") == "Officials will follow Jane Roe."
    assert masked("x\nFollow Jane Roe on Twitter\n\ny") == "x\n" + " " * len("Follow Jane Roe on Twitter") + "\n\ny"


def test_an_outlet_only_addressed_or_crediting_its_journalist_is_no_actor():
    # "told CNN", "said on Fox News", "CBS News correspondent John Doe": credits; "Reuters
    # reported" is the outlet acting in the story.
    assert _found(
        "Senator Jane Roe told CNN on Monday that she would vote no. \"We will not,\" Roe said on Fox News. "
        "Reuters reported that the bill would fail. The vote was set for Tuesday, CBS News correspondent John Doe said."
    ) == [
        ("Jane Roe", "person", ("Senator Jane Roe", "Roe")),
        ("Reuters", "organisation", ("Reuters",)),
        ("John Doe", "person", ("John Doe",)),
    ]


def test_credit_positions_of_an_outlet():
    text = "told Acme News. [Acme News, 10/21/15] Acme News correspondent Jo Ray. a leak to Acme News. Acme News' Jo Ray"
    spans = [(at, at + len("Acme News")) for at in range(len(text)) if text.startswith("Acme News", at)]
    assert [is_credit(text, start, end) for start, end in spans] == [True, True, True, False, False]


def test_places_after_a_locative_with_an_adjective_or_in_a_coordination_are_no_actors():
    # "in neighbouring Canada", "in countries like Italy and Spain", "to the U.S." before a verb:
    # where, not who; "Mexico said" acts and "to punish Peru" (a verb after "to") is acted on.
    assert _found(
        "Sales rose in neighbouring Canada. The virus spread in countries like Italy and Spain. "
        "Her move to the U.S. was approved. Mexico said it would act. The tariffs aim to punish Peru."
    ) == [
        ("Mexico", "country", ("Mexico",)),
        ("Peru", "country", ("Peru",)),
    ]


def test_time_zones_openers_contractions_laws_and_programmes_are_no_actors():
    # "8 p.m. ET" is a time; "Assuming" opens a clause (Smith is the governor); "the Clean Water
    # Act" is a law and "The Ann Smith Show" a programme.
    assert _found(
        "The debate starts at 8 p.m. ET on Tuesday. Do you approve? Assuming Smith agrees, Governor Ann Smith "
        "will sign the Clean Water Act. I’m sure. She hosted The Ann Smith Show."
    ) == [
        ("Ann Smith", "person", ("Smith", "Governor Ann Smith")),
    ]


def test_a_person_glued_in_a_headline_line_is_cut_to_the_name_written_elsewhere_or_dropped():
    # Title Case headline lines glue words to names: cut to the running text's name ("Jane
    # Roe"), to a surname written there ("Roe"), or dropped ("Tax Reform In Op-Ed Article").
    text = (
        "Jane Roe One Of Three Judges For Acme Contest\n\n"
        "Roe Criticized Tax Plans\n\n"
        "Tax Reform In Op-Ed Article\n\n"
        "Jane Roe said the contest was fair. Roe spoke on Monday."
    )
    assert [(a.name, a.forms) for a in discover_actors(Article("headline", "", text)) if a.kind == "person"] == [
        ("Jane Roe", ("Jane Roe", "Roe")),
    ]


def test_an_inflected_verb_of_saying_glued_before_a_name_is_no_part_of_it():
    # "Citing Roe's plan" opens with the verb, Roe is the governor; a first name ("Hope Diaz") and
    # an organisation's first word ("Appeals Court") are kept.
    assert _found(
        "Governor Jane Roe signed it. Citing Roe's plan, the mayor agreed. Hope Diaz said the Appeals Court would rule."
    ) == [
        ("Jane Roe", "person", ("Governor Jane Roe", "Roe")),
        ("Hope Diaz", "person", ("Hope Diaz",)),
        ("Appeals Court", "organisation", ("Appeals Court",)),
    ]


def test_british_doctor_title_and_journalist_titles_join_the_person():
    assert _found("Dr Ann Lee treated him. Later Dr Lee said so. CNN Correspondent Tom Ray asked.") == [
        ("Ann Lee", "person", ("Dr Ann Lee", "Dr Lee")),
        ("Tom Ray", "person", ("Correspondent Tom Ray",)),
    ]


def test_a_month_after_a_first_name_is_a_surname_and_place_prefixes_make_places():
    # "Prime Minister Theresa May" keeps May (a month elsewhere); "Tom Ray Tuesday" drops the
    # weekday after a surname; "San Marcos" (no first name, a place prefix) is a place, even
    # where its words are written in a place sense elsewhere.
    assert _found(
        "He met Prime Minister Theresa May the same day. Tom Ray Tuesday said no. "
        "Officials in San Marcos met. San Marcos shooters struck."
    ) == [
        ("Theresa May", "person", ("Prime Minister Theresa May",)),
        ("Tom Ray", "person", ("Tom Ray",)),
        ("officials", "group", ("Officials",)),
        ("shooters", "group", ("shooters",)),
    ]


def test_a_titled_person_of_a_body_is_split_even_with_a_given_name_the_list_lacks():
    # "Dr Alex Adami of Acme University": a title, a given name, a surname, then the body.
    assert _found("Dr Alex Adami of Acme University said so. Later Dr Adami spoke.") == [
        ("Alex Adami", "person", ("Dr Alex Adami", "Dr Adami")),
        ("Acme University", "organisation", ("Acme University",)),
    ]
    # The body after the person stays whole when it has a head ("University of Acme Medical").
    assert _found("Dr Alex Adami of University of Acme Medical said so.") == [
        ("Alex Adami", "person", ("Dr Alex Adami",)),
        ("University of Acme Medical", "organisation", ("University of Acme Medical",)),
    ]
