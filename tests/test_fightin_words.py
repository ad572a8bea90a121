"""Fightin' Words (Monroe, Colaresi & Quinn 2008): checked against numbers computed by hand."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis import COLUMNS
from analysis.fightin_words import fightin_words, log_odds_dirichlet, term_counts, top_terms

# Two tiny "groups": a says x twice and y once; b says y three times.
A = pd.Series({"x": 2, "y": 1})
B = pd.Series({"y": 3})


def test_pooled_prior_matches_the_formula_by_hand():
    # Pooled prior: alpha_x = 2, alpha_y = 1 + 3 = 4, alpha_0 = 6; n_a = 3, n_b = 3.
    # delta_w = log((y_aw + a_w) / (n_a + a_0 - y_aw - a_w)) - log((y_bw + a_w) / (n_b + a_0 - y_bw - a_w))
    delta_x = math.log((2 + 2) / (3 + 6 - 2 - 2)) - math.log((0 + 2) / (3 + 6 - 0 - 2))
    var_x = 1 / (2 + 2) + 1 / (0 + 2)
    delta_y = math.log((1 + 4) / (3 + 6 - 1 - 4)) - math.log((3 + 4) / (3 + 6 - 3 - 4))
    var_y = 1 / (1 + 4) + 1 / (3 + 4)
    table = log_odds_dirichlet(A, B).set_index("term")

    assert list(table.index) == ["x", "y"]  # x leans to a (z > 0), y to b
    assert table.loc["x", "prior"] == 2 and table.loc["y", "prior"] == 4
    assert table.loc["x", "log_odds_ratio"] == pytest.approx(delta_x)
    assert table.loc["x", "variance"] == pytest.approx(var_x)
    assert table.loc["x", "z"] == pytest.approx(delta_x / math.sqrt(var_x))
    assert table.loc["y", "log_odds_ratio"] == pytest.approx(delta_y)
    assert table.loc["y", "z"] == pytest.approx(delta_y / math.sqrt(var_y))
    # The literal values, so a change of formula cannot hide behind a shared mistake.
    assert table.loc["x", "z"] == pytest.approx(1.18890, abs=1e-5)
    assert table.loc["y", "z"] == pytest.approx(-1.75841, abs=1e-5)
    assert list(table.loc["x", ["count_a", "count_b", "frequency"]]) == [2, 0, 2]


def test_background_prior_is_rescaled_and_counts_words_outside_the_groups():
    # Background x:1, y:3, w:4 (w absent from both groups) rescaled to alpha_0 = 4:
    # alpha_x = 0.5, alpha_y = 1.5, alpha_w = 2 (still counted in alpha_0).
    background = pd.Series({"x": 1, "y": 3, "w": 4})
    table = log_odds_dirichlet(A, B, background, prior_total=4).set_index("term")
    delta_x = math.log((2 + 0.5) / (3 + 4 - 2 - 0.5)) - math.log((0 + 0.5) / (3 + 4 - 0 - 0.5))
    delta_y = math.log((1 + 1.5) / (3 + 4 - 1 - 1.5)) - math.log((3 + 1.5) / (3 + 4 - 3 - 1.5))

    assert list(table.index) == ["x", "y"]  # only the groups' words get a row
    assert table.loc["x", "prior"] == pytest.approx(0.5)
    assert table.loc["x", "log_odds_ratio"] == pytest.approx(delta_x)
    assert table.loc["x", "z"] == pytest.approx(delta_x / math.sqrt(1 / 2.5 + 1 / 0.5))
    assert table.loc["y", "z"] == pytest.approx(delta_y / math.sqrt(1 / 2.5 + 1 / 4.5))


def test_word_missing_from_background_gets_its_smallest_count():
    table = log_odds_dirichlet(A, B, pd.Series({"y": 2, "w": 4})).set_index("term")
    # alpha_x = min(2, 4) = 2, alpha_0 = 2 + 2 + 4 = 8
    delta_x = math.log((2 + 2) / (3 + 8 - 2 - 2)) - math.log((0 + 2) / (3 + 8 - 0 - 2))
    assert table.loc["x", "prior"] == 2
    assert table.loc["x", "log_odds_ratio"] == pytest.approx(delta_x)


def test_threshold_names_the_group():
    a = pd.Series({"war": 40, "the": 50})
    b = pd.Series({"peace": 40, "the": 50})
    table = log_odds_dirichlet(a, b, labels=("hawks", "doves")).set_index("term")
    assert table.loc["war", "leans"] == "hawks"
    assert table.loc["peace", "leans"] == "doves"
    assert table.loc["the", "leans"] == ""
    assert table.loc["the", "z"] == pytest.approx(0.0)


def test_term_counts_keeps_initialisms_and_drops_numbers():
    counts = term_counts(["The U.S. and Israel's army said 2,000 troops.", "U.S. officials"])
    assert counts.to_dict() == {"u.s": 2, "and": 1, "army": 1, "israel": 1, "officials": 1, "said": 1, "the": 1, "troops": 1}


def test_shipped_articles_written_versus_transcripts(centcom, commondreams, rubio_press, rubio_cmcc):
    table = fightin_words([centcom, commondreams], [rubio_press, rubio_cmcc], labels=("written", "transcripts"))
    assert list(table.columns) == list(COLUMNS["fightin_words"])
    gaza = table.set_index("term").loc["gaza"]
    # "Gaza" 12 times in the two written texts, never in the two transcript excerpts.
    assert (gaza["count_a"], gaza["count_b"], gaza["leans"]) == (12, 0, "written")
    assert table.iloc[0]["term"] == "gaza"
    assert list(top_terms(table, 2)["term"]) == ["gaza", "u.s", "there", "we"]
    assert (table["leans"] != "").sum() == 1  # short excerpts: only one word passes |z| >= 1.96


def test_empty_groups_give_an_empty_table():
    assert fightin_words("", "").empty
