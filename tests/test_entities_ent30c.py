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
