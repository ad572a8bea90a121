"""Violence roles (analysis.roles): agent, target and agentless passives of each violence word."""

from __future__ import annotations

from analysis import framing
from analysis.roles import violence_roles

from .test_framing import EXAMPLE


def test_agents_targets_and_agentless_passives_of_the_example():
    table = violence_roles(EXAMPLE, framing(EXAMPLE))
    assert [tuple(row) for row in table.drop(columns=["article"]).itertuples(index=False, name=None)] == [
        (0, 73, 80, "killing", "Israel", "Palestinians", False, False),  # "Israel violated ... with Hamas by killing"
        (1, 139, 145, "killed", "", "", True, False),  # "were killed by an aerial attack": a by-phrase, no actor in it
        (1, 159, 165, "attack", "", "", False, False),
        (2, 189, 195, "killed", "", "Palestinians", True, True),  # "Two Palestinians were killed": agentless
        (3, 223, 231, "attacked", "Hamas", "Israel", False, False),
        (3, 252, 259, "strikes", "Israel", "Hamas", False, False),  # "Israeli strikes on Hamas"
        (3, 269, 275, "killed", "Israel", "", False, False),
        (4, 297, 305, "murdered", "Hamas", "Israeli hostages", False, False),
        (5, 368, 377, "destroyed", "", "Hamas", True, True),
    ]
    assert all(EXAMPLE.text[s:e] == t for s, e, t in zip(table["start"], table["end"], table["term"]))
