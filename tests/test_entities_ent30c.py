"""Actor discovery: a US state acting is an actor (issue 17, stop 30, ent30c)."""

from __future__ import annotations

from .conftest import discovered


def _rows(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return discovered(text, "ent30c")


def test_a_state_before_a_finite_verb_is_the_state_acting():
    # "California" was always a place (dropped), so a central state was never found.
    rows = _rows(
        "On Sunday, California did something unusual. Later California chose to defy the agency. "
        "Customers in California noticed."
    )
    assert ("California", "country", ("California",)) in rows
    assert _rows("It came just after Colorado legalized the sale, the mayor said.") == [("Colorado", "country", ("Colorado",))]


def test_a_state_written_where_things_happen_or_as_a_modifier_stays_a_place():
    # Negative: after a locative, before a noun, after a city and its comma, after an adjective,
    # a verb or a preposition, in a list, or holding a quantity: no actor.
    for text in (
        "Voters in California said no.",
        "The California law passed on Monday.",
        "Last year, San Jose, California voted to take down its statue.",
        "A federal judge in suburban Virginia ordered a stay.",
        "The push to win California is growing.",
        "Iowa and Ohio voted early.",
        "Texas has 15 of the 100 best schools.",
        "Minnesota has had 121 deaths from the virus.",
    ):
        assert not [row for row in _rows(text) if row[1] == "country"], text


def test_a_state_takes_no_description_of_the_nation():
    # Negative: "the nation" after a state acting is the country, not the state.
    rows = _rows("Texas has sued the agency. The nation watched the case.")
    assert ("Texas", "country", ("Texas",)) in rows


def test_other_provinces_stay_places():
    # Negative: only the US states act; other countries' provinces share names with people and
    # towns ("Franklin", "Toledo").
    assert not [row for row in _rows("Later Toledo voted against it.") if row[1] == "country"]


def test_collective_nouns_the_gold_marks_central_are_groups():
    # "newspapers", "moderators", "federal agencies", "U.S. allies", "founders" were no group nouns.
    rows = _rows("Most newspapers were political. The moderators refused. Federal agencies must comply. "
                 "U.S. allies want more. Our founders would have been appalled.")
    kinds = {name: kind for name, kind, _ in rows}
    for name in ("newspapers", "moderators", "agencies", "U.S. allies", "founders"):
        assert any(kind == "group" and name.lower() in key.lower() for key, kind in kinds.items()), (name, rows)


def test_the_singular_of_a_plural_only_group_noun_is_no_group():
    # Negative: "number: plural" rows: "a newspaper", "the agency", "a moderator" are one outlet,
    # body or person, never the group.
    rows = _rows("A newspaper reported the news. The agency declined to comment. A moderator spoke.")
    assert not [row for row in rows if row[1] == "group"], rows


def test_a_fused_article_after_a_possessive_does_not_break_discovery():
    # "Yemen's al-Qaeda" left an empty piece: discovery raised IndexError on the whole article.
    rows = _rows("Al-Ansi says Yemen's al-Qaeda branch chose the target, he said.")
    assert ("Yemen", "country", ("Yemen",)) in rows


def test_a_definite_word_before_a_finite_verb_acts_even_if_once_written_after_a_locative():
    # "at the Pentagon Friday" made the Pentagon a place (dropped), though "The Pentagon has sent"
    # is the body acting (the actors gold, dev9, central).
    rows = _rows("Officials spoke at the Pentagon on Friday. The Pentagon has sent more ships.")
    assert ("Pentagon", "organisation", ("Pentagon",)) in [(n, k, f) for n, k, f in rows]


def test_a_word_after_a_locative_stays_a_place_without_the_and_a_finite_verb():
    # Negative: "the Smallville council" modifies a noun and "Smallville grew" has no "the".
    rows = _rows("She moved to Smallville in May. The Smallville council met. Later Smallville grew.")
    assert not [row for row in rows if "Smallville" in row[0]], rows
