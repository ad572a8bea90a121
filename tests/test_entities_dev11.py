"""Actor discovery on the classes opened by the dev10 and dev11 batches (stop 29)."""

from __future__ import annotations

from .conftest import discovered


def _found(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return discovered(text, "dev11")


def _names(text: str) -> list[str]:
    return [name for name, _, _ in _found(text)]


def test_a_common_word_in_capitals_is_a_heading_unless_running_text_makes_it_an_acronym():
    # "AT HOME The next …", "OH. MY. GOD.", "SYRIA If anything …": headings and emphasis, no
    # organisations; "the monitoring group SITE" and "Gays Against Guns, or GAG," are acronyms
    # in running text, and ICE (a `word_acronym`) is one anywhere.
    names = _names(
        "AT HOME The next president must act.\n\nOH. MY. GOD.\n\nSYRIA If anything, the war goes on.\n\n"
        "The attack was reported by the monitoring group SITE on Friday. "
        "The shooting inspired the creation of Gays Against Guns, or GAG, which marched. "
        "ICE detained him."
    )
    assert not [n for n in names if n in ("AT", "HOME", "OH", "MY", "GOD", "SYRIA")]
    assert "SITE" in names and "ICE" in names
    assert "Gays Against Guns" in names


def test_a_ticker_symbol_before_a_price_change_is_no_organisation():
    names = _names("Shares of Zorblex Inc. ZBX, +0.21% rose. The index QQZ, -1.5% fell, Zorblex Inc. said.")
    assert "Zorblex Inc." in names
    assert not [n for n in names if n in ("ZBX", "QQZ")]


def test_an_adverb_or_modal_opening_a_sentence_is_no_name():
    # The article never writes "sadly", "can" or "sometimes" in lower case: Brill's lexicon
    # tags them as adverbs and modals, which open sentences and name no one.
    names = _names(
        "DEVOS: Sometimes it does. Sadly, Google helped Beijing. Can jobs be found for Mosul's people? "
        "Google said it would act."
    )
    assert not [n for n in names if n in ("Sometimes", "Sadly", "Can")]
    assert "Google" in names


def test_a_name_ending_in_a_party_adjective_names_no_body():
    names = _names(
        "House Democratic leaders are pushing for another round of aid. "
        "New Hampshire Democratic Senator Jeanne Shaheen dodged a question. Shaheen left."
    )
    assert not [n for n in names if n in ("House Democratic", "New Hampshire Democratic")]
    assert "Jeanne Shaheen" in names
    assert ("House Democratic leaders", "group", ("House Democratic leaders",)) in _found("House Democratic leaders want aid.")


def test_an_adherents_noun_in_ist_is_a_modifier_not_an_organisation():
    found = _found("I remain a committed Zionist. Islamist gunmen attacked the town. The Marxist said no.")
    assert not [row for row in found if row[0] in ("Zionist", "Marxist")]
    assert ("Islamist gunmen", "group", ("Islamist gunmen",)) in found


def test_an_ampersand_joins_one_name_and_a_single_letter_is_none():
    found = _found("AT&T was paying Cohen. AT&T declined to comment. The S&P 500 index rose. The U. was closed.")
    assert ("AT&T", "organisation", ("AT&T",)) in found
    assert not [row for row in found if row[0] in ("AT", "T", "S", "U.")]


def test_a_video_players_block_is_page_furniture():
    # CNN's scraped player: "JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 03:16".
    names = _names(
        "Senator Zed Quorn spoke on Monday.\n\n"
        "JUST WATCHED Mitt Romney's entire RNC speech Replay More Videos ... MUST WATCH Mitt Romney's entire RNC speech 37:18\n\n"
        "Quorn said he would vote no."
    )
    assert names == ["Zed Quorn"]
