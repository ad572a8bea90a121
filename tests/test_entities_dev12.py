"""Actor discovery on the classes opened by the dev12 batch (stop 30)."""

from __future__ import annotations

from .conftest import discovered


def _found(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return discovered(text, "dev12")


def _names(text: str) -> list[str]:
    return [name for name, _, _ in _found(text)]


def test_an_unknown_word_that_speaks_is_no_place_for_one_locative_mention():
    # "Zadoor said" twice: the speaker of the story; "Originally from Mosul, Zadoor said" and
    # "according to Zadoor" put one mention after a locative, which alone would make it a place.
    names = _names(
        "The friendship is part of a new chapter for Zadoor. \u201cWe are different here,\u201d Zadoor said. "
        "Originally from Mosul, Zadoor said he was accustomed to suffering. Things changed, according to Zadoor."
    )
    assert "Zadoor" in names


def test_a_place_followed_by_a_reporting_verb_stays_a_place_where_it_is_placed_or_listed():
    # "Police in Quellburg confirmed": the police speak, the town is where; "Evidence from
    # Leeds and Quellburg suggests": a list's member is no subject.
    names = _names(
        "He transited through Quellburg airports. Police in Quellburg confirmed that he travelled. "
        "Evidence from cities including Leeds and Quellburg suggests a change."
    )
    assert "Quellburg" not in names


def test_nazis_are_a_group_like_the_religious_groups():
    # "tricked by Nazis" after "akin to Nazis tricking Jews": a group of entity_groups.csv, so no
    # locative makes it a place; "Nazi propaganda" is its modifier, counted with it (like "Muslim").
    found = _found("He said the lockdown is akin to Nazis tricking Jews. Jews were tricked by Nazis. Nazi propaganda lied.")
    assert ("Nazis", "group") in [(name, kind) for name, kind, _ in found]


def test_a_plural_organisation_head_keeps_the_name_whole():
    # "Institutes", "Centers" (entity_heads.csv): "National Institutes of Health" was cut at "of"
    # into "National Institutes" and "Health".
    names = _names(
        "During the Obama presidency the National Institutes of Health allowed the change. "
        "The director of the Centers for Medicare and Medicaid Services spoke."
    )
    assert "National Institutes of Health" in names and "Centers for Medicare and Medicaid Services" in names
    assert "Health" not in names


def test_a_collective_group_noun_before_a_noun_modifies_it():
    # "a police state", "the modern media environment": no police or media acting; "police
    # said", "police shot him" (a verb tagged as a noun, an object after it) still are.
    assert "police" not in _names("I refuse to live in a police state. The modern media environment favors the flashy.")
    assert "media" not in _names("The modern media environment favors the flashy.")
    assert "police" in _names("Witnesses say police shot him twice.")
    assert "police" in _names("The police said the road was closed.")


def test_an_irregular_plurals_possessive_opens_a_name_not_a_possessor():
    # "People’s Republic of China" was "People" (an organisation) and "Republic of China"
    # (Taiwan); "Women's", "Children's" likewise; "Florida's" is still a possessor of its own.
    found = _found(
        "He is the head of the People’s Republic of China. The Danish People's Party voted no, the party said. "
        "Florida's Marjory Stoneman Douglas High School reopened."
    )
    names = [name for name, _, _ in found]
    assert ("China", "country") in [(name, kind) for name, kind, _ in found]
    assert "Taiwan" not in names and "People" not in names
    assert "Danish People's Party" in names
    assert "Marjory Stoneman Douglas High School" in names


def test_contractions_and_common_abbreviations_are_no_names():
    # "We're", "They’ve", "Don’t" open sentences (a pronoun or auxiliary with a contracted verb);
    # "ID" (voter ID) and "VP" are common abbreviations, no organisations.
    names = _names(
        "We're going to fight. We're not done. They’ve left. Don’t go. Don’t stay. "
        "Voters must show photo ID. The ID was in his wallet. He was the VP before. O'Rourke said so."
    )
    assert not [n for n in names if n in ("We're", "They’ve", "Don’t", "ID", "VP")]
    assert "O'Rourke" in names


def test_a_title_word_opening_a_bodys_name_makes_no_titled_person():
    # "Justice Department" was the person "Department" titled Justice, "Secretary of State" the
    # person "of State"; "Justice Anthony Kennedy" is still a titled person.
    found = _found(
        "The Justice Department sued. The Multnomah County Justice Center closed. "
        "The Secretary of State left. Justice Anthony Kennedy wrote the opinion."
    )
    rows = [(name, kind) for name, kind, _ in found]
    assert ("Justice Department", "organisation") in rows
    assert ("Multnomah County Justice Center", "organisation") in rows
    assert ("Anthony Kennedy", "person") in rows
    assert not [name for name, _ in rows if name in ("Department", "Center", "of State")]


def test_an_acronym_after_and_is_a_body_of_its_own_and_doj_is_the_department_of_justice():
    # "the Department of Justice and FBI": two bodies ("and" is kept inside "Department of Health
    # and Human Services"); "DOJ" spells the initials with the "of".
    found = _found(
        "The committee is investigating the Department of Justice and FBI. The DOJ declined to comment. "
        "The FBI said nothing. The Department of Health and Human Services agreed."
    )
    rows = {name: forms for name, _, forms in found}
    assert "FBI" in rows and "Department of Justice" in rows
    assert "DOJ" in rows["Department of Justice"]
    assert "Department of Health and Human Services" in rows


def test_a_photographers_credit_before_the_agency_is_furniture():
    # "Jane Roe/AFP/Getty Images", "(Jo Doe/Reuters)", NPR's "toggle caption Jane Roe/AP Jane
    # Roe/AP": the photographer and the agency credit the picture, they do not act.
    names = _names(
        "Xi spoke in Beijing on July 3. Nicolas Asfouri/AFP/Getty Images\n\n"
        "Most journalists agree, Zhang Wei said. Warren spoke in Des Moines. (Eric Thayer/Reuters)\n\n"
        "Enlarge this image toggle caption Jacquelyn Martin/AP Jacquelyn Martin/AP\n\n"
        "Russian hackers tried to get in, AP reported."
    )
    assert not [n for n in names if n in ("Nicolas Asfouri", "AFP", "Getty Images", "Eric Thayer", "Reuters", "Jacquelyn Martin", "AP Jacquelyn Martin")]
    assert "AP" in names and "Zhang Wei" in names


def test_a_body_a_role_noun_and_a_person_are_a_person_and_the_body():
    # "Police Chief Dan Oates", "White House Counsel Don McGahn" were one organisation (the head
    # won); a body named after a person ("Bill and Melinda Gates Foundation") keeps its head last.
    found = _found(
        "Aurora Police Chief Dan Oates said it. White House Counsel Don McGahn left. "
        "Republican Party Spokesman Ryan Mahoney said. The Republican Party denied it. The Melinda Gates Foundation gave."
    )
    rows = [(name, kind) for name, kind, _ in found]
    assert ("Dan Oates", "person") in rows and ("Don McGahn", "person") in rows and ("Ryan Mahoney", "person") in rows
    assert ("Republican Party", "organisation") in rows and ("Melinda Gates Foundation", "organisation") in rows
    assert not [name for name, _ in rows if "Chief" in name or "Counsel" in name]


def test_the_guardians_share_buttons_open_a_caption():
    # "Facebook Twitter Pinterest Jane Roe speaks …. Photograph: …": the picture's caption, whose
    # share buttons glued to its first name ("Facebook Twitter Pinterest Donald Trump").
    names = _names(
        "Zed Quorn spoke on Monday.\n\nFacebook Twitter Pinterest Donald Trump at the summit. Photograph: Jo Doe/Reuters\n\n"
        "Zed Quorn said the talks failed."
    )
    assert not [n for n in names if "Pinterest" in n or n in ("Photograph", "Donald Trump")]
    assert "Zed Quorn" in names


def test_an_office_with_of_before_a_person_titles_the_person_and_a_police_department_is_the_police():
    # "Speaker of the House John Boehner": the person, titled; "Law Office of Sam Koolaq" is a
    # body (its "of" is no role noun); "the Albuquerque police department said": the police act.
    found = _found(
        "He met Speaker of the House John Boehner today. The Law Office of Sam Koolaq sent it. "
        "The Albuquerque police department said the posts were wrong. Albuquerque police made arrests."
    )
    rows = [(name, kind) for name, kind, _ in found]
    assert ("John Boehner", "person") in rows and ("Law Office of Sam Koolaq", "organisation") in rows
    assert ("Albuquerque police", "group") in rows


def test_a_political_side_is_a_group():
    # "The left opposes Brexit", "critics on the right": the side acting (the actors gold, dev8,
    # dev10, dev12, central); not "the right thing", "the right to vote", "have the right",
    # "moved the party to the left", "The Right Stuff".
    found = _found(
        "The left opposes Brexit. Critics on the right said so, and the left agreed. "
        "It is the right thing. They have the right to vote. It moved the party to the left. "
        "They have the right under the rules. He joined The Right Stuff."
    )
    rows = {name: forms for name, _, forms in found}
    assert rows.get("the left") == ("The left", "the left")
    assert rows.get("the right") == ("the right",)


def test_a_capitalised_qualifier_and_a_plural_group_noun_are_a_group():
    # "Arab Muslims", "Southern Democrats" (the actors gold lists "Silver Republicans", "Gold
    # Democrats" as groups): no person or organisation; "Senate Republicans" keeps its head; a
    # determiner qualifies nothing ("Several Republicans" stays the Republicans).
    found = _found("Life is changing the way Arab Muslims and Christians treat one another. In 1948 the Southern Democrats walked out. The Senate Republicans met.")
    rows = [(name, kind) for name, kind, _ in found]
    assert ("Arab Muslims", "group") in rows and ("Southern Democrats", "group") in rows
    assert ("Senate Republicans", "organisation") in rows
