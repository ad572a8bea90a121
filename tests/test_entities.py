"""Actor discovery (`analysis.entities`): exact actors on the seed article and on short texts
written for each clustering rule and each kind of non-actor."""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.article import Article
from analysis.entities import discover_actors
from analysis.entities.furniture import masked
from tests.conftest import RUBIO_PRESS, SEED


def actors(text: str, title: str = "") -> list[tuple[str, str, tuple[str, ...]]]:
    """(name, kind, forms) of every actor of an invented article."""
    return [(a.name, a.kind, a.forms) for a in discover_actors(Article("t", title, text))]


def test_seed_article_actors_exactly():
    article = load_article(SEED)
    found = [(a.name, a.kind, a.central, a.in_title, a.forms, len(a.mentions)) for a in discover_actors(article)]
    assert found == [
        ("United States", "country", True, True, ("Washington", "U.S."), 6),
        ("Israel", "country", True, True, ("Israel", "Israeli"), 5),
        ("Hamas", "organisation", True, True, ("Hamas",), 11),
        ("U.S. advisers", "group", False, False, ("U.S. advisers",), 1),
        ("Donald Trump", "person", True, True, ("President Donald Trump",), 1),
        ("Reuters", "organisation", False, False, ("Reuters",), 1),
        ("troops", "group", False, False, ("troops",), 1),
        ("officials", "group", False, False, ("officials",), 1),
        ("Indonesia", "country", False, False, ("Indonesia",), 1),
        ("United Arab Emirates", "country", False, False, ("United Arab Emirates",), 1),
        ("Egypt", "country", False, False, ("Egypt",), 1),
        ("Qatar", "country", False, False, ("Qatar",), 1),
        ("Azerbaijan", "country", False, False, ("Azerbaijan",), 1),
        ("U.S. troops", "group", False, False, ("U.S. troops",), 1),
        ("Gazans", "group", False, False, ("Gazans",), 2),
        ("civilians", "group", False, False, ("civilians",), 1),
        ("U.S. officials", "group", False, False, ("U.S. officials",), 1),
        ("Axios", "organisation", False, False, ("Axios",), 1),
        ("Israeli officials", "group", False, False, ("Israeli officials",), 2),
        # "the Trump administration": a body Trump leads, not a mention of Trump himself.
        ("Trump administration", "organisation", False, False, ("Trump administration",), 1),
        ("Americans", "group", False, False, ("Americans",), 1),
    ]


def test_seed_article_spans_point_into_the_body():
    article = load_article(SEED)
    for actor in discover_actors(article):
        assert len(actor.via) == len(actor.mentions)
        assert {article.text[start:end] for start, end in actor.mentions} == set(actor.forms)
    hamas = next(a for a in discover_actors(article) if a.name == "Hamas")
    # "Gaza" is a place (a province in the gazetteer), never an actor; Hamas is never "the group" here.
    assert "Gaza" not in {a.name for a in discover_actors(article)}
    assert all(article.text[s:e] == "Hamas" for s, e in hamas.mentions)


def test_speaker_label_in_capitals_is_the_titled_person():
    found = [(a.name, a.kind, a.in_title, a.forms) for a in discover_actors(load_article(RUBIO_PRESS))]
    assert ("Rubio", "person", True, ("SECRETARY RUBIO",)) in found
    # "the President in Qatar" has no one introduced as president: left unresolved.
    assert not any("President" in form for _, _, _, forms in found for form in forms)


def test_full_name_surname_and_title_surname_cluster():
    assert actors("Sen. Mike Lee spoke on Monday. Lee said the bill would pass. Mr. Lee left early.") == [
        ("Mike Lee", "person", ("Sen. Mike Lee", "Lee", "Mr. Lee")),
    ]


def test_title_and_given_word_find_a_name_written_surname_first():
    assert actors("Kim Jong Un met officials. Later Mr. Kim said nothing.") == [
        ("Kim Jong Un", "person", ("Kim Jong Un", "Mr. Kim")),
        ("officials", "group", ("officials",)),
    ]


def test_same_surname_goes_to_the_person_introduced_first():
    text = "Kellyanne Conway spoke to reporters. Her husband, George Conway, disagreed. Conway said she was right."
    found = {name: forms for name, _, forms in actors(text)}
    assert found["Kellyanne Conway"] == ("Kellyanne Conway", "Conway")
    assert found["George Conway"] == ("George Conway",)


@pytest.mark.parametrize(
    "text",
    [
        "The National Rifle Association (NRA) opposed the plan. The NRA said it would fight.",
        "The National Rifle Association opposed the plan. Later the NRA said it would fight.",
    ],
    ids=["declared", "undeclared"],
)
def test_acronym_and_expansion_cluster(text):
    assert actors(text) == [("National Rifle Association", "organisation", ("National Rifle Association", "NRA"))]


def test_clipped_short_form_is_the_organisation():
    assert actors("The Federal Reserve kept rates steady. The Fed said inflation was low.") == [
        ("Federal Reserve", "organisation", ("Federal Reserve", "Fed")),
    ]


def test_capital_acting_is_the_country_but_a_location_is_not():
    text = "Beijing said on Tuesday that it would retaliate. China has long opposed the tariffs. Reporters gathered in Beijing."
    discovered = discover_actors(Article("t", "", text))
    china = discovered[0]
    assert (china.name, china.kind, china.forms) == ("China", "country", ("Beijing", "China"))
    assert [text[s:e] for s, e in china.mentions] == ["Beijing", "China"]  # not the "in Beijing"


def test_demonym_for_the_state_and_for_a_group():
    assert actors("Israeli strikes hit the area. Israel delayed the aid. Israeli officials warned of more.") == [
        ("Israel", "country", ("Israeli", "Israel")),
        ("Israeli officials", "group", ("Israeli officials",)),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Acme Inc. announced layoffs on Friday. The company said demand had fallen.",
         ("Acme Inc.", "organisation", ("Acme Inc.", "The company"))),
        ("The Sound Choices Coalition criticised the vote. The group said it would appeal.",
         ("Sound Choices Coalition", "organisation", ("Sound Choices Coalition", "The group"))),
        ("Judge Amy Berman ruled on Friday. The judge said the law was void.",
         ("Amy Berman", "person", ("Judge Amy Berman", "The judge"))),
        ("President Barack Obama gave a speech. The president said growth was strong.",
         ("Barack Obama", "person", ("President Barack Obama", "The president"))),
        ("Former President Jimmy Carter visited the town. The former president said he was glad.",  # a sentence-initial title of several words is kept whole
         ("Jimmy Carter", "person", ("Former President Jimmy Carter", "The former president"))),
    ],
    ids=["company", "group", "judge", "president", "former president"],
)
def test_role_description_is_the_actor_introduced_in_that_role(text, expected):
    assert actors(text) == [expected]


def test_role_description_is_never_filled_from_world_knowledge():
    assert actors("The president spoke about the economy. He said growth was strong.") == []


def test_the_latest_holder_of_a_role_is_meant():
    text = "Judge Ann Lee heard the first case. Judge Bob Stone heard the second. The judge said it was late."
    found = {name: forms for name, _, forms in actors(text)}
    assert found == {"Ann Lee": ("Judge Ann Lee",), "Bob Stone": ("Judge Bob Stone", "The judge")}


def test_groups_that_act_and_a_place_that_is_only_a_location():
    assert actors("Protesters marched in Chicago on Monday. The protesters said the mayor had ignored them.") == [
        # A bare group mention includes "the" written before it, as the gold writes its forms.
        ("protesters", "group", ("Protesters", "The protesters")),
    ]
    assert actors("Republicans blocked the bill. Teachers and parents rallied. A parent said the cuts hurt.") == [
        ("Republicans", "group", ("Republicans",)),
        ("teachers", "group", ("Teachers",)),
        ("parents", "group", ("parents", "parent")),
    ]


def test_dates_holidays_and_sentence_openers_are_not_actors():
    text = "On New Year's Day the office closed. In January it reopened. Far from settled, the matter went on. However, nobody complained."
    assert actors(text) == []


def test_places_used_as_places_are_not_actors():
    text = "A Comanche from Austin, Texas, spoke. Officials in Utah and in Broward County agreed."
    assert actors(text) == [("officials", "group", ("Officials",))]


def test_title_mention_is_a_flag_not_a_span():
    found = discover_actors(Article("t", "Facebook Pushes Voter Drive", "Facebook said on Monday it would act. Facebook users agreed."))
    facebook = found[0]
    assert (facebook.name, facebook.in_title, facebook.central) == ("Facebook", True, True)
    assert all(end <= len("Facebook said on Monday it would act. Facebook users agreed.") for _, end in facebook.mentions)


def test_hover_card_is_masked_keeping_offsets():
    text = "Facebook CEO Mark Zuckerberg Mark Elliot ZuckerbergSenate panel advances bill MORE said the drive starts."
    cleaned = masked(text)
    assert len(cleaned) == len(text)
    assert cleaned.startswith("Facebook CEO Mark Zuckerberg ") and "Senate" not in cleaned
    # "Facebook" only as the modifier of a title, never named on its own: not an actor here.
    assert actors(text) == [("Mark Zuckerberg", "person", ("CEO Mark Zuckerberg",))]


def test_wire_dateline_and_photo_credit_are_furniture():
    text = "WASHINGTON (AP) — The Federal Reserve said Wednesday it would wait.\nA logo. AP Photo/Alex Brandon\nThe Federal Reserve acted."
    cleaned = masked(text)
    assert len(cleaned) == len(text)
    assert "(AP)" not in cleaned and "Alex Brandon" not in cleaned and cleaned.startswith("WASHINGTON      —")
    assert actors(text) == [("Federal Reserve", "organisation", ("Federal Reserve",))]


def test_city_before_a_state_abbreviation_and_regions_are_places():
    text = "Students affected by the Parkland, Fla., school shooting spoke. Retirees in the Carolinas worry."
    assert actors(text) == [("students", "group", ("Students",))]


def test_a_capital_that_only_opens_a_sentence_is_no_actor():
    # "History" once, at a sentence start, before "shows": no evidence of a name; "Hamas said"
    # twice is.
    assert actors("He tweeted: “History shows that it lasts three minutes.”") == []
    assert actors("Hamas said it would talk. Later Hamas said no.") == [("Hamas", "organisation", ("Hamas",))]


def test_an_organisation_named_after_a_place_only_where_things_happen_is_a_place():
    text = "Those of us who are leaders in Indian Country know who we are representing."
    assert actors(text) == [("leaders", "group", ("leaders",))]


def test_person_evidence_reads_the_reporting_verbs_of_the_statements_lexicon():
    # "announced" is a neutral reporting verb of lexicons/reporting_verbs.csv after its speaker.
    assert actors("Tamara Keith announced the result.") == [("Tamara Keith", "person", ("Tamara Keith",))]


def test_actor_kinds_are_plain_strings_of_the_schema_enum():
    # The actors table holds plain strings: an enum member there would change the column's dtype.
    from analysis.schema import ActorKind

    found = discover_actors(Article("t", "", "Hamas said it would talk. Later Hamas said no."))
    assert [(a.kind, type(a.kind)) for a in found] == [(ActorKind.ORGANISATION, str)]


@pytest.mark.parametrize(
    ("kinds", "value", "name", "column"),
    [("ContextRole", "locativ", "entity_context.csv", "role"), ("FurnitureWhere", "begin", "entity_furniture.csv", "where"),
     ("PlaceKind", "city", "gazetteer_news.csv", "kind")],
)
def test_a_lexicon_category_outside_its_enum_fails_with_the_file_name(kinds, value, name, column):
    from analysis.entities import gazetteer
    from analysis.errors import ArticleError

    with pytest.raises(ArticleError, match=f"{name}.*unknown {column} '{value}'"):
        gazetteer._checked(getattr(gazetteer, kinds), value, name, column)


def test_a_share_bar_scraped_into_the_body_is_furniture():
    # Bloomberg's share bar (175 AllSides records): its capitals were read as an organisation (dev6).
    bar = "LISTEN TO ARTICLE 3:10 SHARE THIS ARTICLE Share Tweet Post Email"
    text = bar + "\n\nAttorney General William Barr said the report was done."
    assert masked(text) == " " * len(bar) + text[len(bar):]
    assert actors(text) == [("William Barr", "person", ("Attorney General William Barr",))]


def test_photo_credits_of_every_spelling_are_found_behind_their_prefilter():
    """`credit_regions` scans its patterns only in texts holding "Photo/", "Photos/", "Images/" or
    a credit label: each spelling the patterns take is still masked, a text with none is not."""
    from analysis.entities.furniture import credit_regions

    for credit in ("AP Photo/Alex Brandon", "Getty Images/John Doe", "AP Photos/Jane Roe", "Photo: Jane Roe (Acme Images)", "Photos : Jane Roe"):
        text = f"A rally downtown.\n{credit}\nThe mayor spoke."
        start = text.index(credit)
        assert credit_regions(text) == [(start, start + len(credit))], credit
    assert credit_regions("Photographer Jane Roe said the Photo Booth closed.") == []


def test_ends_with_the_answers_as_the_definite_pattern():
    """`name_context.ends_with_the` (string tests, for speed) says what ``DEFINITE.search`` says:
    "the" and blanks at the end, or before a final newline; no word character before the "the"."""
    from analysis.entities.name_context import DEFINITE, ends_with_the

    windows = ["in the ", "The \n", "the\n", "bathe ", "_the ", "éthe ", "(the\u00a0 ", " the", "the  \n", "xthe \n",
               "the \n\n", "The", " The  ", "", " ", "\n", "of the\u00a0", "3the ", "-the ", "the \t", "THE "]
    for window in windows:
        assert ends_with_the(window) == bool(DEFINITE.search(window)), repr(window)
