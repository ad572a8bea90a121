"""The one list of titles (`analysis/lexicons/titles.csv`) and the rules that read it."""

from __future__ import annotations

import pytest

from analysis import name_words as titles
from analysis.errors import ArticleError
from analysis.framing_context import is_proper_name_use
from analysis.segment import sentence_spans
from analysis.statements.descriptions import ROLE_TITLES
from analysis.statements.patterns import TITLE_WORD_RE


def test_each_title_is_listed_once_with_known_uses():
    rows = titles.all_titles()
    assert len({row.term for row in rows}) == len(rows)
    assert all(row.uses <= titles.USES for row in rows)


def test_segmenter_reads_abbreviated_titles():
    text = "Sens. Ortiz and Berg left early. Gov. Lee stayed. Then the vote began."
    assert [text[start:end] for start, end, _ in sentence_spans(text)] == [
        "Sens. Ortiz and Berg left early. ",
        "Gov. Lee stayed. ",
        "Then the vote began.",
    ]
    assert "sens" in titles.abbreviated_titles() and "president" not in titles.abbreviated_titles()


def test_description_nouns_resolve_to_their_titles():
    assert titles.titles_describing("lawmaker") == (
        "Sen", "Senator", "Rep", "Representative", "Congressman", "Congresswoman", "Assemblyman", "Assemblywoman", "Del",
    )
    assert ROLE_TITLES["governor"] == "Gov|Governor"
    assert titles.titles_describing("plumber") == ()


def test_speaker_patterns_and_framing_read_their_rows():
    assert TITLE_WORD_RE.match("Cmdr.") and TITLE_WORD_RE.match("Prime") and not TITLE_WORD_RE.match("Mayor")
    text = "The bill failed, said Cong. Rob Simmons."
    start = text.index("Rob")
    assert is_proper_name_use(text, start, start + 3)


def test_a_bad_row_names_the_file_and_row(monkeypatch):
    bad = [{"term": "Sen.", "role": "senator", "gender": "", "described_as": "", "uses": "statements|speeches", "rationale": ""}]
    monkeypatch.setattr(titles, "read_csv", lambda package, name: bad)
    titles.all_titles.cache_clear()
    try:
        with pytest.raises(ArticleError, match=r"titles\.csv, row 1: 'Sen\.'"):
            titles.all_titles()
    finally:
        monkeypatch.undo()
        titles.all_titles.cache_clear()


def test_a_hand_edited_entity_lexicon_names_its_file(monkeypatch):
    """The other word lists of actor discovery fail the same way (`entities.gazetteer.lexicon_rows`)."""
    from analysis.entities import gazetteer

    monkeypatch.setattr(gazetteer, "read_csv", lambda package, name: [{"term": "Ministry"}])
    with pytest.raises(ArticleError, match=r"^analysis/lexicons/entity_heads\.csv: missing column role, rationale$"):
        gazetteer.lexicon_rows("entity_heads.csv")


def test_name_connectors_differ_by_rule_on_purpose():
    """Discovery joins "Procter & Gamble" but never "Trump on Monday"; speaker names take "on"
    ("Council on Foreign Relations") but keep two speakers joined by "and" apart."""
    entities, statements = titles.name_connectors("entities"), titles.name_connectors("statements")
    assert entities[:2] == ("of the", "for the") and "&" in entities and "on" not in entities
    assert "on" in statements and "and" not in statements and "der" not in statements
