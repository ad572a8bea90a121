"""Actor discovery on the classes opened by BASIL 2010-2015 misses and the dev8 batch (stop 26)."""

from __future__ import annotations

from .conftest import discovered


def _found(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return discovered(text, "dev8")


def test_an_unknown_name_modifying_the_object_of_a_locative_is_no_place():
    # "headed to Zorbly restaurants": the preposition's object is the restaurants, so the name
    # is no place there; "in Quux next Friday" (a time word after it) stays a place, and a word
    # that only ever modifies the noun after it ("a Hindu mob", "Hindu far-right") is no name.
    found = _found(
        "Crowds headed to Zorbly restaurants on Wednesday. Lines formed outside Zorbly restaurants. "
        "Zorbly's president spoke. Critics called for a boycott of Zorbly. "
        "The rally in Quux next Friday was moved. Fans flew to Quux on Monday. "
        "A Hindu mob gathered. India's Hindu far-right agreed."
    )
    assert ("Zorbly", "organisation", ("Zorbly",)) in found
    assert not [row for row in found if row[0] in ("Quux", "Hindu")]


def test_a_roundups_credit_lines_make_the_commentators_actors_and_mask_the_outlets():
    # AllSides' round-ups quote columns, each closed by "Name, Outlet" on its own line: the
    # commentator is a (central) speaker, the outlet only credits the column; one such line
    # alone is no round-up ("Jane Roe, You're Fired" may be a book after a quote).
    from analysis.article import Article
    from analysis.entities import discover_actors

    text = (
        "From the Left\n\n“The plan will fail, and the voters know it.”\n\nGaby Hinsliff, The Guardian\n\n"
        "“Nobody expected this.”\n\nJen Kirby, Vox\n\n“Editors disagree.”\n\nEditorial Board, Acme Times"
    )
    actors = discover_actors(Article("dev8", "", text))
    assert [(a.name, a.kind, a.forms, a.central) for a in actors if a.kind == "person"] == [
        ("Gaby Hinsliff", "person", ("Gaby Hinsliff",), True),
        ("Jen Kirby", "person", ("Jen Kirby",), True),
    ]
    assert not [a for a in actors if a.name in ("The Guardian", "Vox", "Regarding")]
    assert not [row for row in _found("“It will pass.”\n\nCorey Lewandowski, You're Fired") if row[0] == "Corey Lewandowski"]


def test_authorities_pollsters_aides_and_worshippers_are_groups():
    # entity_groups.csv rows of stop 26, plural only ("the authority to act" is none); pilgrims
    # and devotees are one group with the story's worshippers (same_as on a plural-only row).
    found = _found(
        "The authorities said the shrine would reopen. Thousands of worshippers came; the pilgrims "
        "prayed. Pollsters will be expected to call more phones. Aides to the mayor declined to comment. "
        "The council has the authority to act."
    )
    assert found == [
        ("authorities", "group", ("The authorities",)),
        ("worshippers", "group", ("worshippers", "the pilgrims")),
        ("pollsters", "group", ("Pollsters",)),
        ("aides", "group", ("Aides",)),
    ]


def test_an_initial_before_a_first_name_and_a_title_word_before_a_suffix_make_persons():
    # "W. Joseph King" (dev8): the given name after an initial is the first name; "King" before
    # "Jr." is a surname, not the royal title (the person was "Jr." before).
    assert _found("Few have closure policies.” — W. Joseph King to Inside Higher Ed") == [
        ("W. Joseph King", "person", ("W. Joseph King",)),
    ]
    assert _found("The Rev. Martin Luther King Jr. marched in Selma.") == [
        ("Martin Luther King Jr.", "person", ("Rev. Martin Luther King Jr.",)),
    ]


def test_the_country_of_a_place_after_a_locative_is_a_place():
    # "in Sydney, Australia.": the country closing a place's phrase is where, not who; a
    # possessive after it ("In Moscow, Russia's envoy") is no such phrase.
    assert _found("It was the 2014 attack in Sydney, Australia. He was born in Dorado, Puerto Rico.") == []
    assert _found("Relations with Mexico, Canada and France soured.") == [
        ("Mexico", "country", ("Mexico",)),
        ("Canada", "country", ("Canada",)),
        ("France", "country", ("France",)),
    ]


def test_a_gallery_of_getty_images_captions_is_furniture():
    # dev8 (rPbX): "… AFP via Getty Images Jane Roe and …": captions glued into one paragraph.
    found = _found(
        "The deal was signed on Wednesday.\n\nDonald Trump and Liu He AFP via Getty Images Jared Kushner and "
        "Ivanka Trump AP Kevin McCarthy (left) AFP via Getty Images Ad Up Next Close"
    )
    assert found == []


def test_a_state_and_a_party_members_noun_describe_a_person_no_body():
    # "a Virginia Democrat" (dev7), "an Iowa Republican" (dev4): no organisation, no person
    # "Virginia Democrat" (Virginia is a given name too); "Virginia Smith" stays a person.
    assert _found("Sen. Mark Warner, a Virginia Democrat, said no. The Iowa Republican disagreed. Virginia Smith agreed.") == [
        ("Mark Warner", "person", ("Sen. Mark Warner",)),
        ("Virginia Smith", "person", ("Virginia Smith",)),
    ]
