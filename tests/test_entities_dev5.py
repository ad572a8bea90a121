"""Actor discovery: classes of construction from the dev5 actors batch (issue 17).

Every text is invented; each test names the class of construction it covers."""

from __future__ import annotations

from analysis.article import Article
from analysis.entities import discover_actors


def _found(text: str) -> list[tuple[str, str, tuple[str, ...], int]]:
    return [(a.name, a.kind, a.forms, len(a.mentions)) for a in discover_actors(Article("dev5", "", text))]


def test_a_parenthesised_credit_alone_is_a_caption_not_the_story():
    # "(John Doe/Acme Wire)" closes a picture's caption as a bracketed credit does; the
    # photographer and the agency are no actors.
    text = (
        "Mayor Jane Roe speaks in Acme City.\n\n"
        "(John Doe/Acme Wire)\n\n"
        "Richard Miles said the Acme Group would rebuild."
    )
    assert _found(text) == [
        ("Jane Roe", "person", ("Mayor Jane Roe",), 1),
        ("Richard Miles", "person", ("Richard Miles",), 1),
        ("Acme Group", "organisation", ("Acme Group",), 1),
    ]


def test_a_labelled_photo_credit_with_its_agency_in_parentheses_is_furniture():
    # "Photo : John Doe ( Acme Images )": a credit line as scraped; the story's people stay.
    text = (
        "Mayor Jane Roe relaxes on the beach. Photo : John Doe ( Acme Images )\n\n"
        "Richard Miles said the Acme Group would rebuild."
    )
    assert _found(text) == [
        ("Jane Roe", "person", ("Mayor Jane Roe",), 1),
        ("Richard Miles", "person", ("Richard Miles",), 1),
        ("Acme Group", "organisation", ("Acme Group",), 1),
    ]


def test_a_columnists_closing_bio_with_book_titles_is_furniture():
    # "Read more reports from": the bio's writer, firm and Title Case book titles are no actors.
    text = (
        "Voters said the Acme Party had failed them.\n\n"
        'Jane Roe is founder of the Roe Media Group. She is the author of "How Voters Will Balance the Budget." '
        "Read more reports from Jane Roe — Click Here Now."
    )
    assert _found(text) == [
        ("voters", "group", ("Voters",), 1),
        ("Acme Party", "organisation", ("Acme Party",), 1),
    ]


def test_a_promoted_link_to_a_sister_sites_post_is_furniture():
    # "... Read on The Acme Blog": a Title Case headline glued to a brand, not the story.
    text = (
        "Richard Miles said the Acme Group would rebuild.\n\n"
        "Update Your Wardrobe With These Zenith Deals... Read on The Acme Blog"
    )
    assert _found(text) == [
        ("Richard Miles", "person", ("Richard Miles",), 1),
        ("Acme Group", "organisation", ("Acme Group",), 1),
    ]
