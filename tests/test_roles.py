"""Violence roles (analysis.roles): agent, target and agentless passives of each violence word."""

from __future__ import annotations

from analysis import Article, framing
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


def test_a_participle_modifying_a_noun_names_no_agent():
    """"booby-trapped areas", "all murdered hostages": no clause, so no agent; the noun is the target."""
    article = Article(
        "attributive",
        "",
        "U.S. officials cited collapsed tunnels, booby-trapped areas and unexploded shells. "
        "Israel demands Hamas return all murdered hostages. Hamas murdered hostages, Israel said.",
    )
    table = violence_roles(article, framing(article))
    assert [tuple(row) for row in table[["term", "agent", "target", "passive"]].itertuples(index=False, name=None)] == [
        ("booby-trapped", "", "", False),  # not "U.S. officials", the subject of "cited"
        ("shells", "", "", False),
        ("murdered", "", "Israeli hostages", False),
        ("murdered", "Hamas", "Israeli hostages", False),  # a finite verb after its subject: active
    ]


def test_the_tagger_call_gives_the_parsers_tags():
    """`roles._tag` calls Pattern's tagger function directly (no Penn ``map``, no keyword
    plumbing): the same tags as ``textblob.en.parser.find_tags``."""
    from textblob.en import parser

    from analysis.roles import _tag

    text = "Six Palestinians were killed in Israeli strikes on Gaza, officials said, as 3 gunmen fled."
    assert [tag for *_, tag in _tag(text, 0, len(text))] == [tag for _, tag in parser.find_tags(text.replace(",", "").replace(".", "").split())]
