"""Contested vocabulary in context: distancing cues and names are not the writer's usage.

The passages are sentences of AllSides articles (Baly et al. 2020) of the tuning half's outlets,
quoted short for the test; the outlet is named beside each.
"""

from __future__ import annotations

import pytest

from analysis import summary
from analysis.contested import (
    ContestedLexiconError,
    distancing_patterns,
    find_contested,
    is_distanced,
    is_headline_line,
    is_inside_name,
    is_writers_usage,
    side_of,
)
from analysis.framing import framing
from analysis.lexicon import read_csv
from analysis.load import text_article


def _uses(text: str, in_body: bool = True) -> list[tuple[str, str, bool]]:
    """(term as written, side, the writer's usage) of every contested term of ``text``."""
    return [(text[m.start:m.end], side_of(m.entry.subcategory), is_writers_usage(text, m.start, m.end, in_body))
            for m in find_contested(text)]


def test_every_context_row_has_a_position_a_cue_and_a_rationale():
    rows = read_csv("analysis.lexicons", "contested_contexts.csv")
    assert {row["position"] for row in rows} == {"before", "after"}
    assert all(row["cue"].strip() and row["rationale"].strip() for row in rows)
    before, after = distancing_patterns()
    assert before.search("a ban on so-called ") and after.match(", as opponents call it")


def test_a_context_row_without_a_known_position_is_refused(monkeypatch):
    import analysis.contested as contested

    monkeypatch.setattr(contested, "read_csv", lambda *_: [{"position": "around", "cue": "so-called", "rationale": "x"}])
    contested.distancing_patterns.cache_clear()
    try:
        with pytest.raises(ContestedLexiconError, match="row 1"):
            contested.distancing_patterns()
    finally:
        contested.distancing_patterns.cache_clear()


def test_so_called_distances_the_other_sides_term():
    # Townhall: a right-leaning outlet writing the gun-control side's term at arm's length.
    text = ("Well, if you live in Deerfield, Illinois, a new law is going into effect on June 13: a ban on "
            "so-called assault weapons, which carries a $1,000/day fine if current owners of AR-15s don’t "
            "remove them from the village limits.")
    assert _uses(text) == [("assault weapons", "left", False)]
    # Townhall: "the so-called Dreamers" after a dash; the writer's own term is "illegal immigrants".
    text = ("A second provision in the legislation creates another fast track for illegal immigrants who came "
            "to the United States before they were 16 -- the so-called Dreamers.")
    assert _uses(text) == [("illegal immigrants", "right", True), ("Dreamers", "left", False)]


def test_what_a_group_calls_and_known_as_report_a_name():
    # New York Times: the Republicans' term, attributed to them.
    text = ("The party has also spent years objecting to what Republicans call government overreach by "
            "President Obama")
    assert _uses(text) == [("government overreach", "right", False)]
    # New York Times: "known as" glosses the group by its name.
    text = ("He said that previous beneficiaries of DACA, known as Dreamers, must be allowed to renew their "
            "status in the program, though the government would not be required to accept new applications "
            "from immigrants who had not previously submitted one.")
    assert _uses(text) == [("Dreamers", "left", False)]


def test_a_cue_after_the_term_and_the_plain_use():
    # Written for this test (not from any publication): the cue follows the term.
    text = "The estate tax, or the death tax as opponents call it, was cut. Congress banned assault weapons."
    assert _uses(text) == [("estate tax", "left", True), ("death tax", "right", False), ("assault weapons", "left", True)]
    assert not is_distanced(text, text.index("estate"), text.index("estate") + len("estate tax"))


def test_a_term_inside_a_longer_name_is_not_the_writers_usage():
    # Vox: a law's name holds "voting rights"; the lower-case use in the next article is usage.
    text = ("The DOJ’s reasoning was that to appropriately enforce the Voting Rights Act, the DOJ needs to "
            "know where eligible voters, and specifically eligible voters of color, live.")
    assert _uses(text) == [("Voting Rights", "left", False)]
    text = "He’s a student of nonviolence who’s been beaten up dozens of times; a voting rights activist."
    assert _uses(text) == [("voting rights", "left", True)]
    # Vox: an organisation's name, joined by the connector "for".
    text = ("Everytown for Gun Safety, one of the most prominent gun control groups in the country, practically "
            "celebrated the NRA’s lack of success on this front.")
    assert _uses(text) == [("Gun Safety", "left", False)]
    # CBN: a law's name with a capitalised word before and after.
    text = ("As they prepare to take over the chamber, 50 Democrats have agreed to co-sponsor legislation that "
            "would effectively cripple the 25-year-old Religious Freedom Restoration Act.")
    assert _uses(text) == [("Religious Freedom", "right", False)]


def test_a_capital_at_a_sentence_start_or_in_a_headline_is_no_name():
    # Written for this test: a sentence-initial capital, then a term whose own name is capitalised.
    text = "He left. Gun violence rose. The Dreamers rallied as the Senate recalled Jim Crow laws."
    assert _uses(text) == [("Gun violence", "left", True), ("Dreamers", "left", True), ("Jim Crow", "left", True)]
    # National Review: a related-stories link inside a body, in title case (the outlet's headline).
    text = "There is much to say.\nRELATED: California Shamelessly Persecutes Pro-Life Journalists\nThe end."
    start = text.index("Pro-Life")
    assert is_headline_line(text, start) and not is_inside_name(text, start, start + len("Pro-Life"))
    assert _uses(text) == [("Pro-Life", "right", True)]
    # The headline itself (in_body False): title case everywhere, never read as names.
    title = "Law Center To Prevent Gun Violence Sues State"
    assert _uses(title, in_body=False) == [("Gun Violence", "left", True)]
    assert _uses(title) == [("Gun Violence", "left", True)]  # a title-case line in a body, too
    # Written for this test: the same name in a body's sentence is a name.
    text = "The Law Center To Prevent Gun Violence said on Tuesday that the bill fails."
    assert _uses(text) == [("Gun Violence", "left", False)]


def test_the_framing_table_and_the_lean_count_only_the_writers_usage():
    # The product applies `is_writers_usage` to writer-voice contested rows: the Townhall and Vox
    # sentences above, in one article body. "the so-called Dreamers" (distanced) and "the Voting
    # Rights Act" (a law's name) give no contested row; "illegal immigrants" and "a voting rights
    # activist" (plain uses) do, and only they reach the summary's lean.
    body = ("A second provision in the legislation creates another fast track for illegal immigrants who came "
            "to the United States before they were 16 -- the so-called Dreamers. The DOJ’s reasoning was that "
            "to appropriately enforce the Voting Rights Act, the DOJ needs to know where eligible voters, and "
            "specifically eligible voters of color, live. He’s a student of nonviolence who’s been beaten up "
            "dozens of times; a voting rights activist.")
    article = text_article("Two Bills\n\n" + body, article_id="writers-usage")
    table = framing(article, topic=None)
    rows = table[table["category"] == "contested"]
    assert list(zip(rows["part"], rows["term"], rows["voice"], rows["side"])) == [
        ("body", "illegal immigrants", "writer", "right"),
        ("body", "voting rights", "writer", "left"),
    ]
    assert [article.text[start:end] for start, end in zip(rows["start"], rows["end"])] == ["illegal immigrants", "voting rights"]
    row = summary(article).iloc[0]
    assert (row["contested_terms"], row["contested_used"], row["vocabulary_lean"]) == (
        2, "illegal immigrants:right; voting rights:left", 0.0)
