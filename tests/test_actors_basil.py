"""How tools.evaluate.basil_actors matches a BASIL entity label to an actor (stop 20 rules)."""

from __future__ import annotations

import pandas as pd

from tools.evaluate import basil_actors


def test_loose_matches_tolerate_word_order_spelling_and_middle_names():
    assert basil_actors.loosely_names("Department of Justice", "Justice_Department")
    assert basil_actors.loosely_names("N.A.A.C.P.", "NAACP") and basil_actors.loosely_names("Wal-Mart", "Walmart")
    assert basil_actors.loosely_names("Hillary Rodham Clinton", "Hillary_Clinton")
    assert basil_actors.loosely_names("Jesse L. Jackson Jr.", "Jesse_Jackson")
    assert not basil_actors.loosely_names("Bill Clinton", "Hillary_Clinton")
    assert not basil_actors.loosely_names("Jesse", "Jesse_Jackson")
    assert basil_actors.shares_surname("Kevin McCarthy", "Kevil_McCarthy")
    assert not basil_actors.shares_surname("Kevin McCarthy", "McCarthy") and not basil_actors.shares_surname("", "Kevil_McCarthy")
    assert not basil_actors.shares_surname("Bill Clinton", "Hillary_Clinton")  # a shared surname alone is no match


def test_the_strictest_rule_picks_the_actor_before_mention_counts_do():
    actors = pd.DataFrame({"actor": ["Bill Clinton", "Hillary Rodham Clinton", "Clinton Foundation"], "kind": ["person", "person", "organisation"], "mentions": [9, 2, 5]})
    labels = pd.DataFrame({"actor": ["Bill Clinton"], "label": ["Clinton"]})
    # "Clinton" (a label of Bill Clinton) names "Hillary Clinton" as a whole-word part, but her
    # fuller name (a middle name between) is a stricter match, and wins over mention counts.
    assert basil_actors._actor_for("Hillary_Clinton", actors, labels) == 1
    assert basil_actors._actor_for("Clinton", actors, labels) == 0  # the same name as a label
    assert basil_actors._actor_for("Chelsea_Clinton", actors.iloc[[1]], labels.iloc[0:0]) is None  # a shared surname alone is another person
    assert basil_actors._actor_for("Clinton_Foundation", actors, labels.iloc[0:0]) == 2
    assert basil_actors._actor_for("Al_Gore", actors, labels) is None


def test_a_long_word_may_differ_by_one_letter():
    assert basil_actors.loosely_names("protesters", "protestors")
    assert not basil_actors.loosely_names("Bush", "Rush") and not basil_actors.loosely_names("protesters", "protectors_x")
