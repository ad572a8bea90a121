"""Contested vocabulary: the CSV's schema, the terms found in real and invented text, the lean."""

from __future__ import annotations

import math

import pytest

from analysis import load_article, quotation_spans
from analysis.contested import (
    ContestedLexiconError,
    check_row,
    contested_terms,
    find_contested,
    issue_of,
    side_of,
    vocabulary_lean,
)
from analysis.lexicon import read_csv

from .conftest import COMMONDREAMS, SEED


def test_every_row_of_the_csv_passes_its_schema_and_the_issues_are_covered():
    rows = read_csv("analysis.lexicons", "contested.csv")
    for line, row in enumerate(rows, start=1):
        check_row(row, line)
    issues = {row["issue"] for row in rows}
    assert {"immigration", "abortion", "guns", "taxes", "climate", "israel_palestine", "policing"} <= issues
    # every issue has terms of both sides, so a lean is never one-sided by construction
    for issue in issues - {"foreign_policy"}:
        assert {row["side"] for row in rows if row["issue"] == issue} == {"left", "right"}, issue
    assert len(contested_terms()) > len(rows)  # inflected forms generated


def test_a_row_with_an_unknown_side_is_refused_with_its_line():
    row = {"issue": "guns", "term": "gun nut", "pos": "noun", "forms": "", "side": "centre", "source": "x", "rationale": "y"}
    with pytest.raises(ContestedLexiconError, match="row 7: side 'centre'"):
        check_row(row, 7)


def test_the_seed_article_uses_one_contested_term():
    article = load_article(SEED)
    found = [(article.text[m.start:m.end], m.entry.subcategory) for m in find_contested(article.text)]
    assert found == [("terror group’s", "israel_palestine:right")]
    assert find_contested(load_article(COMMONDREAMS).text) == []


# Written for this test (not from any publication).
DEBATE = (
    'The Senate debated the estate tax on Tuesday. "This is a death tax on family farms," '
    "Sen. Ray Moss said. Supporters said the bill would also give undocumented immigrants a "
    "path to citizenship."
)


def test_terms_inflect_and_quoted_uses_do_not_count_toward_the_lean():
    matches = find_contested(DEBATE)
    found = [(DEBATE[m.start:m.end], issue_of(m.entry.subcategory), side_of(m.entry.subcategory)) for m in matches]
    assert found == [
        ("estate tax", "taxes", "left"),
        ("death tax", "taxes", "right"),
        ("undocumented immigrants", "immigration", "left"),
        ("path to citizenship", "immigration", "left"),
    ]
    quoted = quotation_spans(DEBATE)
    writer = [side_of(m.entry.subcategory) for m in matches if not any(a <= m.start < b for a, b in quoted)]
    assert vocabulary_lean(writer) == (-1.0, 3)
    assert vocabulary_lean([side_of(m.entry.subcategory) for m in matches]) == (-0.5, 4)


def test_no_lean_below_the_minimum_and_a_tie_is_zero():
    assert vocabulary_lean(["right"]) == (None, 1)
    assert vocabulary_lean([]) == (None, 0)
    assert vocabulary_lean(["left", "right"]) == (0.0, 2)
    assert vocabulary_lean(["right", "right", "left"], minimum=4) == (None, 3)


def test_second_pass_terms_mark_their_side():
    # Written for this test (not from any publication).
    text = (
        "Rioters clashed with police as the crime bill stalled. Advocates for asylum seekers and "
        "Dreamers called for police reform, while the governor blamed left-wing groups and the "
        "far-left for the tax hike. Critics of the right-wing plan defended abortion rights."
    )
    found = [(text[m.start:m.end], m.entry.subcategory) for m in find_contested(text)]
    # "Rioters" is no term since stop 25 (AP's own word for violent unrest: lexicons/contested.csv).
    assert found == [
        ("asylum seekers", "immigration:left"),
        ("Dreamers", "immigration:left"),
        ("police reform", "policing:left"),
        ("left-wing", "partisan_labels:right"),
        ("far-left", "partisan_labels:right"),
        ("tax hike", "taxes:right"),
        ("right-wing", "partisan_labels:left"),
        ("abortion rights", "abortion:left"),
    ]
    assert vocabulary_lean(side_of(sub) for _, sub in found) == (pytest.approx(-2 / 8), 8)


def _contested_benchmark():
    """benchmarks/contested.py as a module (it imports its neighbour `allsides` by name)."""
    import importlib.util
    import sys
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "benchmarks"
    sys.path.insert(0, str(folder))
    try:
        spec = importlib.util.spec_from_file_location("contested_benchmark", folder / "contested.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(folder))
    return module


def test_cross_outlet_check_scores_hand_sides_and_learned_weights():
    bench = _contested_benchmark()
    rows = [
        ("tuning", "right", "Outlet A", [("death tax", "right"), ("amnesty", "right")]),
        ("tuning", "left", "Outlet B", [("undocumented", "left")]),
        ("tuning", "left", "Outlet C", [("undocumented", "left"), ("amnesty", "right"), ("amnesty", "right")]),
    ]
    # Outlet B has one term in the writer's voice (below the minimum); Outlet C leans right by count.
    assert bench.signed_agreement(rows, 2, None) == (0.5, 2)
    weights = bench.log_odds(rows)
    assert weights[("death tax", "right")] == pytest.approx(math.log((1.5 / 2) / (0.5 / 3)))
    assert weights[("undocumented", "left")] == pytest.approx(math.log((0.5 / 2) / (2.5 / 3)))
    # Learned weights: "undocumented" outweighs one "amnesty" use per article, so C is left.
    assert bench.signed_agreement(rows, 2, weights) == (1.0, 2)


def test_names_whose_side_the_sources_dispute_are_no_terms():
    # After two Vox sentences (AllSides, tuning half; shortened and joined for the test): the law's
    # nickname and its official name, both removed in stop 25 (AP 2013 and NPR 2013 disagree on
    # their sides), and AP's own word "Islamist".
    text = ("The secret to Obamacare’s persistence is that the American people want the health care the "
            "Affordable Care Act provides. The three biggest drivers of the chaos — weak or failed states, "
            "Islamist extremism, and authoritarianism — are problems America is in.")
    assert find_contested(text) == []
    text = "Critics say the tax hike would fund Obamacare."
    assert [(text[m.start:m.end], m.entry.subcategory) for m in find_contested(text)] == [("tax hike", "taxes:right")]


def test_the_benchmark_counts_the_terms_the_summary_counts():
    # One definition of the lean: benchmarks/contested.py reads the product's framing table through
    # `analysis.summary.writers_contested_terms`. Around the Townhall and Vox sentences of
    # test_contested_contexts, written for this test: a headline, a reported claim and a quotation.
    from analysis import summary
    from analysis.corpus import record_article

    bench = _contested_benchmark()
    body = ("A second provision in the legislation creates another fast track for illegal immigrants who came "
            "to the United States before they were 16 -- the so-called Dreamers. Republicans said the bill was "
            "amnesty for lawbreakers. \"This is a death tax on family farms,\" Sen. Ray Moss said. He’s a student "
            "of nonviolence who’s been beaten up dozens of times; a voting rights activist.")
    record = {"ID": "r1", "title": "Senate Weighs Amnesty for Dreamers", "content_original": body, "source": "Townhall"}
    # Not counted: the headline's Amnesty and Dreamers (the summary's lean is the body's), "the
    # so-called Dreamers" (distanced), "amnesty" (reported claim) and "death tax" (quoted).
    assert bench.lean_terms(record) == [("illegal immigrant", "right"), ("voting rights", "left")]
    row = summary(record_article({"id": "r1", "title": record["title"], "body": body, "source": "Townhall"})).iloc[0]
    assert (row["contested_terms"], row["contested_used"], row["vocabulary_lean"]) == (
        2, "illegal immigrants:right; voting rights:left", 0.0)
