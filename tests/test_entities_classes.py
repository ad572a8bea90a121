"""Actor discovery on the entity classes opened by the dev2 batch and BASIL 2010-2015 (stop 20)."""

from __future__ import annotations

from analysis.article import Article
from analysis.entities import discover_actors

from .conftest import discovered


def _found(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return discovered(text, "classes")


def test_a_person_of_a_place_or_for_a_body_is_the_person():
    # "of"/"for" after a first name and surname join a place or body, not one organisation name;
    # "Bill of Rights" (one word before) and a name with an organisation head stay whole.
    assert _found(
        "Rep. Raul Labrador is challenging Rep. Kevin McCarthy for the House post. McCarthy, 49, said so. "
        "House Speaker John Boehner of Ohio agreed. The Church of Jesus Christ of Latter-day Saints spoke "
        "at the John F. Kennedy School of Government."
    ) == [
        ("Raul Labrador", "person", ("Rep. Raul Labrador",)),
        ("Kevin McCarthy", "person", ("Rep. Kevin McCarthy", "McCarthy")),
        ("House", "organisation", ("House",)),
        ("John Boehner", "person", ("House Speaker John Boehner",)),
        ("Church of Jesus Christ of Latter-day Saints", "organisation", ("Church of Jesus Christ of Latter-day Saints",)),
        ("John F. Kennedy School of Government", "organisation", ("John F. Kennedy School of Government",)),
    ]


def test_a_body_a_person_leads_is_an_organisation_named_after_the_surname():
    assert _found(
        "The Obama administration said on Monday that it would act. Officials of the administration agreed. "
        "Donald Trump’s campaign said Trump would win. The Trump campaign denied it."
    ) == [
        ("Obama administration", "organisation", ("Obama administration", "the administration")),
        ("officials", "group", ("Officials",)),
        ("Donald Trump", "person", ("Donald Trump", "Trump")),
        ("Trump campaign", "organisation", ("Donald Trump’s campaign", "Trump campaign")),
    ]


def test_parties_to_lawsuits_loans_and_care_are_groups():
    assert _found(
        "The plaintiffs said the chain discriminated. Private businesses and Internet companies objected. "
        "The staff said patients and providers waited. Federal air marshals complained. Borrowers and employers disagree."
    ) == [
        # A bare group mention includes "the" written before it, as the gold writes its forms.
        ("plaintiffs", "group", ("The plaintiffs",)),
        # A group is named with the modifiers written before its noun, as the gold names it
        # (dev2: "private businesses", "federal air marshals"; `analysis.entities.modifiers`).
        ("private businesses", "group", ("Private businesses",)),
        ("companies", "group", ("companies",)),
        ("staff", "group", ("The staff",)),
        ("patients", "group", ("patients",)),
        ("providers", "group", ("providers",)),
        ("federal air marshals", "group", ("Federal air marshals",)),
        ("borrowers", "group", ("Borrowers",)),
        ("employers", "group", ("employers",)),
    ]


def test_a_surname_with_a_fused_particle_is_a_person_and_congress_leaders_are_titled():
    # "DeVos" is written only by surname, once after "to": its shape is a surname's.
    assert _found(
        "Borrowers sued DeVos in March. Advocates wrote a letter to DeVos. Senate Majority Leader Mitch McConnell "
        "spoke. McConnell said so. Special Counsel Robert Mueller testified."
    ) == [
        ("borrowers", "group", ("Borrowers",)),
        ("DeVos", "person", ("DeVos",)),
        ("advocates", "group", ("Advocates",)),
        ("Mitch McConnell", "person", ("Majority Leader Mitch McConnell", "McConnell")),
        ("Robert Mueller", "person", ("Special Counsel Robert Mueller",)),
    ]


def test_a_ministry_of_a_country_in_lower_case_and_two_word_capitals():
    assert _found(
        "On Tuesday, Nepal's foreign ministry sought to clarify. The ministry said it regretted the row. "
        "New Delhi protested. Nepali officials met Indian diplomats."
    ) == [
        ("Nepal", "country", ("Nepal",)),
        ("Nepal's foreign ministry", "organisation", ("Nepal's foreign ministry", "The ministry")),
        ("India", "country", ("New Delhi",)),
        ("Nepali officials", "group", ("Nepali officials",)),
        ("Indian diplomats", "group", ("Indian diplomats",)),
    ]


def test_the_government_is_the_country_named_else_an_actor_of_its_own():
    assert _found("Nepal protested. The government said the map was wrong.") == [
        ("Nepal", "country", ("Nepal", "The government")),
    ]
    assert _found("Borrowers sued. The government said it would stop garnishing wages.") == [
        ("borrowers", "group", ("Borrowers",)),
        ("government", "organisation", ("The government",)),
    ]


def test_a_name_glued_to_title_case_words_in_a_headline_line_is_not_the_canonical_name():
    text = "Obama Willing to Use Executive Orders on Guns\n\nWASHINGTON — President Obama will embrace a plan. Obama said so."
    assert [(a.name, a.forms) for a in discover_actors(Article("headline", "", text)) if "Obama" in a.name] == [
        # The headline's "Obama Willing" is cut to the surname the running text writes (issue 17).
        ("Obama", ("Obama", "President Obama")),
    ]


def test_a_campaign_after_a_company_name_is_no_campaign_organisation():
    found = _found("Facebook said on Monday it would start a Facebook campaign to fight misinformation. Facebook said so.")
    assert found == [("Facebook", "organisation", ("Facebook",))]


def test_a_bare_surname_is_the_person_not_the_campaign_named_after_them():
    found = _found("President Trump's campaign said on Monday that it raised money. Trump said he was pleased. Trump laughed.")
    assert found == [
        ("Trump", "person", ("President Trump", "Trump")),
        ("Trump campaign", "organisation", ("President Trump's campaign",)),
    ]


def test_a_company_named_with_stores_is_an_organisation_and_its_short_form_follows():
    assert _found("Wal-Mart Stores said it would appeal. Wal-Mart said so. The Department of Health and Human Services agreed.") == [
        ("Wal-Mart Stores", "organisation", ("Wal-Mart Stores", "Wal-Mart")),
        ("Department of Health and Human Services", "organisation", ("Department of Health and Human Services",)),
    ]


def test_an_event_named_after_a_company_is_no_actor():
    assert _found("Fans flocked to Chick-fil-A Appreciation Day on Wednesday. Mike Huckabee organised it.") == [
        ("fans", "group", ("Fans",)),
        ("Mike Huckabee", "person", ("Mike Huckabee",)),
    ]


def test_a_group_keeps_the_modifiers_written_before_its_noun():
    # The gold names groups with their modifiers ("federal employees", "financial companies",
    # "political analysts": dev5, dev6). Not modifiers: a verb after "to" ("to discipline
    # students"), a singular noun phrase's head ("a figure economists doubt"), a determiner
    # ("Several"), anything before a collective noun ("media", "police", "staff"). An occasional modifier of the story's group is that group ("Talented
    # teachers" among "teachers"); a capitalised word opening the sentence stays a name's
    # qualifier, as before ("Federal employees").
    text = (
        "Federal employees protested. The agency fired financial companies' lawyers, and financial companies paid. "
        "Political analysts doubted it. Officials said they want to discipline students. It was a figure economists "
        "doubt. Talented teachers joined teachers and teachers. Several mainstream media outlets agreed."
    )
    assert _found(text) == [
        ("Federal employees", "group", ("Federal employees",)),
        ("financial companies", "group", ("financial companies",)),
        ("lawyers", "group", ("lawyers",)),
        ("political analysts", "group", ("Political analysts",)),
        ("officials", "group", ("Officials",)),
        ("students", "group", ("students",)),
        ("economists", "group", ("economists",)),
        ("teachers", "group", ("Talented teachers", "teachers")),
        ("media", "group", ("media",)),  # a collective noun keeps no modifiers ("mainstream media")
    ]


def test_openers_laws_languages_and_holidays_are_no_actors():
    # dev6: "Unlike Trump" (an opening preposition glued to the name), "Constitution" (a law),
    # "Latin" (a language), "Juneteenth Holiday" (an event) were reported as actors.
    text = (
        "Unlike Trump, Clinton spoke. Trump replied. The Constitution says so, and the Constitution is clear. "
        "The Latin motto stayed. The Juneteenth Holiday began and the Juneteenth Holiday ended."
    )
    assert _found(text) == [("Trump", "organisation", ("Trump",))]


def test_debt_collectors_banks_academics_and_extremists_are_groups():
    # dev6's gold groups "debt collectors", "banks", "academics", "extremists" (entity_groups.csv rows).
    text = "Debt collectors called. Community banks and academics objected, and extremists recruited."
    assert _found(text) == [
        ("Debt collectors", "group", ("Debt collectors",)),
        ("Community banks", "group", ("Community banks",)),
        ("academics", "group", ("academics",)),
        ("extremists", "group", ("extremists",)),
    ]


def test_plans_of_a_programme_health_law_nicknames_and_constitutions_are_no_actors():
    # BASIL 2012 (the Medicare campaign story: "Medicare Advantage" 17 mentions and
    # "Romney-Ryan Medicare" 29 were the main actors) and BASIL 2011 ("the U.S. Constitution"
    # was the United States acting). The bare programme stays a name (dev1's gold counts
    # "allowing Medicare to negotiate its own prices"); entity_context.csv programme_word, law_head.
    text = (
        "The savings come predominantly from limiting waste, fraud and abuse, mostly in Medicare Advantage. "
        "The Republicans hit back with a commercial asserting that the Romney-Ryan Medicare plan was better. "
        "Mitt Romney has always been fully committed to repealing Obamacare. "
        "Portions of the U.S. Constitution are never deleted, just amended. "
    )
    assert _found(text) == [
        ("Republicans", "group", ("The Republicans",)),
        ("Mitt Romney", "person", ("Mitt Romney",)),
    ]


def test_wars_storms_diseases_and_orders_are_no_actors_but_their_bodies_are():
    # AllSides 3,000: "Iraq War" (36 articles), "Civil War", "Hurricane Maria", "Ebola", "COVID",
    # "Brexit", "Executive Order" were actors; a body named after them keeps its head
    # (entity_context.csv war/storm/disease rows; "of" before a head: "Department of War").
    text = (
        "The Iraq War cost lives. Hurricane Maria hit the island and Hurricane Maria killed thousands. "
        "Ebola spread and Ebola killed. Brexit loomed. The Brexit Party won. The Brexit Party said so. "
        "The Executive Order stood. The Department of War said it would comply."
    )
    assert _found(text) == [
        ("Brexit Party", "organisation", ("Brexit Party",)),
        ("Department of War", "organisation", ("Department of War",)),
    ]


def test_given_names_of_many_origins_make_persons():
    # first_names.csv rows added at stop 24 (Isabel, Fatima, Rosa, Nadia, ...): before them
    # "Isabel Arreola" was typed an organisation and "Fatima Goss Graves" was no actor at all.
    assert _found(
        "Isabel Arreola said the clinic was full. Arreola has worked there for years. "
        "Fatima Goss Graves disagreed, and Nadia Benedetti agreed with her."
    ) == [
        ("Isabel Arreola", "person", ("Isabel Arreola", "Arreola")),
        ("Fatima Goss Graves", "person", ("Fatima Goss Graves",)),
        ("Nadia Benedetti", "person", ("Nadia Benedetti",)),
    ]
