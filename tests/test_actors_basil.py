"""How tools.evaluate.basil_actors matches a BASIL entity label to an actor (stop 20 rules) and fits writer_feeling's weights."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.actor_tone import FeelingTerm, writer_feeling
from analysis.lexicon import commented_csv_rows
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


def test_fit_feeling_recovers_the_direction_of_a_signal_and_writes_the_weights_file(tmp_path):
    # Negatives have the lower stance; tone_others is noise. The fit gives stance a negative
    # weight on the log-odds of negative treatment, so writer_feeling rises with the stance.
    entities = [(stance < 0 and i % 3 != 0, {"stance_writer": float(stance), "tone_others": 0.1 * (i % 5)}, 0.0) for i, stance in enumerate(range(-6, 7))] * 3
    entities.append((True, None, 0.0))  # an entity not found as an actor takes no part
    terms = (FeelingTerm("stance_writer", "signed_log", 0.0), FeelingTerm("tone_others", "identity", 0.0))
    fitted = basil_actors.fit_feeling(entities, terms, ridge=1.0)
    assert [t.signal for t in fitted] == ["intercept", "stance_writer", "tone_others"]
    assert fitted[1].weight < 0
    assert writer_feeling({"stance_writer": 3}, fitted) > writer_feeling({"stance_writer": -3}, fitted)
    assert basil_actors.feeling_auc(entities, fitted) > 0.8
    path = tmp_path / "actor_feeling.csv"
    basil_actors.write_feeling(fitted, "train", 39, 12, 1.0, path)
    rows = commented_csv_rows(path.read_text(encoding="utf-8").splitlines())
    assert [(r["signal"], r["transform"]) for r in rows] == [("intercept", "identity"), ("stance_writer", "signed_log"), ("tone_others", "identity")]
    assert abs(float(rows[1]["weight"]) - fitted[1].weight) < 1e-4


def test_fit_takes_tuning_years_only_and_signals_parse():
    if not (basil_actors.BASIL / "articles").exists():
        pytest.skip("BASIL absent")
    with pytest.raises(SystemExit, match="tuning years only"):
        basil_actors.main(["--fit", "--years", "test"])
    assert [(t.signal, t.transform) for t in basil_actors.parse_signals("stance_writer:signed_log, tone_others")] == [("stance_writer", "signed_log"), ("tone_others", "identity")]
