"""Actor discovery: name particles and people sharing a surname (issue 17, stop 30, ent30b)."""

from __future__ import annotations

from .conftest import discovered


def _rows(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return discovered(text, "ent30b")


def test_a_fused_arabic_article_stays_in_the_name_and_its_surname_joins_it():
    # "President Karim al-Hadad" was the person "Karim" and the organisation "Hadad".
    rows = _rows(
        "President Karim al-Hadad spoke on Monday. Hadad said the war was over. "
        "Mr. Hadad left for Geneva, where Hadad met envoys."
    )
    assert ("Karim al-Hadad", "person", ("President Karim al-Hadad", "Hadad", "Mr. Hadad")) in rows
    assert [name for name, _, _ in rows if "Hadad" in name] == ["Karim al-Hadad"]


def test_a_name_with_and_without_its_article_is_one_person():
    # "Karim Hadad" and "Karim al-Hadad" have the same first name and surname.
    rows = _rows("President Karim Hadad spoke. Karim al-Hadad said no. Hadad left.")
    assert [name for name, _, _ in rows if "Hadad" in name] == ["Karim al-Hadad"]


def test_a_lowercase_article_never_opens_a_run():
    # Negative: "al-" only inside a name after another name word; a sentence's "al-Hadad" alone
    # is no run of capitalised words (and a plain hyphenated word is untouched).
    rows = _rows("Critics gathered in Zurich. They said al-Hadad was gone. Jane Roe-Smith said so. Roe-Smith left.")
    assert not any(name.startswith("al-") for name, _, _ in rows)
    assert ("Jane Roe-Smith", "person", ("Jane Roe-Smith", "Roe-Smith")) in rows


def test_a_title_of_the_other_gender_is_another_person_of_that_surname():
    # "Mr. Duval" after "Michelle Duval": her husband, not her; "Duval" then goes to the one with
    # more mentions so far (the titled one on a tie).
    rows = _rows("Michelle Duval spoke at the convention. Mr. Duval praised her. Duval said she was great.")
    assert ("Michelle Duval", "person", ("Michelle Duval",)) in rows
    assert ("Duval", "person", ("Mr. Duval", "Duval")) in rows


def test_a_surname_with_a_title_of_the_same_gender_still_joins_the_full_name():
    # Negative: "Ms. Duval" is Michelle Duval; an ungendered title ("Sen. Duval") too, the role
    # being no evidence of another person ("Chairman … Sen." are one person's titles).
    rows = _rows("Michelle Duval spoke. Ms. Duval praised him. Sen. Duval left. Duval said so.")
    assert rows == [("Michelle Duval", "person", ("Michelle Duval", "Ms. Duval", "Sen. Duval", "Duval"))]


def test_of_two_full_names_a_titled_surname_goes_to_the_one_with_that_role():
    # "President Clinton" is the Bill Clinton the article titled president, not Hillary Clinton
    # (introduced first, who gets the bare surname as before).
    rows = _rows(
        "Hillary Clinton spoke. Former President Bill Clinton praised her. President Clinton smiled. Clinton left."
    )
    assert ("Bill Clinton", "person", ("Former President Bill Clinton", "President Clinton")) in rows
    assert ("Hillary Clinton", "person", ("Hillary Clinton", "Clinton")) in rows


def test_a_paper_named_daily_is_an_organisation():
    # "People’s Daily" was a person ("People’s" opens a name, `name_pieces._plural_possessor`).
    rows = _rows("The English versions of People’s Daily said Xi was president. People’s Daily called him so.")
    assert ("People’s Daily", "organisation", ("People’s Daily",)) in rows
    # Negative: a sentence's capitalised adjective alone is no paper.
    assert not any("Daily" in name for name, _, _ in _rows("Daily life resumed in the town. The mayor spoke."))


def test_an_outlet_after_and_is_a_name_of_its_own():
    # "People’s Daily and Xinhua", "CNN and Fox News" were one organisation (a head on one side
    # kept "and"); negative: "Department of Health and Human Services" stays one name.
    rows = _rows("Acme Daily and Xinhua reported the talks. CNN and Fox News aired them.")
    names = [name for name, _, _ in rows]
    assert "Acme Daily" in names and "CNN" in names and "Fox News" in names
    assert not any(" and " in name for name in names)
    rows = _rows("The Department of Health and Human Services said on Monday that it agreed.")
    assert "Department of Health and Human Services" in [name for name, _, _ in rows]


def test_a_persons_name_particle_makes_a_person_whatever_the_first_word():
    # "Osama bin Laden was killed" gave no person (an unlisted first word at a sentence start is
    # dropped as its opener, then "bin" as an end connector): only "Laden".
    rows = _rows("Zayd bin Hamdan was killed in May. Officials said Zayd bin Hamdan had hidden in a town.")
    assert ("Zayd bin Hamdan", "person", ("Zayd bin Hamdan",)) in rows
    # Negative: "de", "la" are no person's particle ("Rio de Janeiro", "Museo de …", "Casa la …").
    rows = _rows("Officials at Museo de Acmeria reopened it. Lunch at Casa la Vista was served.")
    assert not any(kind == "person" for _, kind, _ in rows)
