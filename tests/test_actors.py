"""Actors found in any article's text, the topic file as an overlay, and who speaks about whom (voices)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import Article, analyze, load_article
from analysis.compare import compare
from analysis.options import Options
from analysis.overlay import SpeakerIndex, article_actors, is_presence_term, mention_spans
from analysis.pipeline import TABLES, _compute
from analysis.roles import violence_rows
from tests.conftest import SEED

# An invented trade story, no Middle East in it: a capital for its country, a title + surname, a
# declared acronym, a senator quoted by full name then surname.
TRADE = Article(
    "trade",
    "Beijing Hits Back at New Tariffs",
    "Beijing said on Tuesday it would retaliate against new American tariffs on steel, calling them "
    "reckless bullying. China's commerce ministry warned that the duties would hurt farmers on both sides.\n\n"
    'Trade Secretary Daniel Kim defended the measures. "China has cheated for years and we will not back down," '
    "Mr. Kim told reporters in Washington. Farm groups were divided. The National Rifle Association (NRA), "
    "which rarely weighs in on trade, said the tariffs would raise the cost of ammunition. "
    "The NRA urged lawmakers to reconsider.\n\n"
    '"This is a disastrous policy," said Sen. Laura Lee. Lee said she would hold hearings.',
)
ACTOR_VIEW = ["actor", "kind", "central", "mentions", "mentions_quoted", "labels", "quoted", "words_quoted", "unfavourable_quoted"]


def records(table: pd.DataFrame, columns: list[str]) -> list[list]:
    return table[columns].values.tolist()


def test_a_trade_story_has_its_actors_with_no_topic_file():
    tables = analyze(TRADE, Options(topic=None))
    assert records(tables["actors"], ACTOR_VIEW) == [
        # "Beijing said" is the state; the commerce ministry's statement counts as China's.
        ["China", "country", True, 3, 1, "China:2; Beijing:1", 2, 21, 4],
        ["National Rifle Association", "organisation", True, 3, 0, "NRA:2; National Rifle Association:1", 1, 8, 0],
        ["Daniel Kim", "person", False, 2, 0, "Secretary Daniel Kim:1; Mr. Kim:1", 1, 11, 0],
        ["Laura Lee", "person", False, 2, 0, "Sen. Laura Lee:1; Lee:1", 2, 9, 0],
        ["farmers", "group", False, 1, 0, "farmers:1", 0, 0, 0],
        ["lawmakers", "group", False, 1, 0, "lawmakers:1", 0, 0, 0],
        ["reporters", "group", False, 1, 0, "reporters:1", 0, 0, 0],
    ]
    assert records(tables["actor_labels"], ["actor", "label", "kind", "writer", "quoted", "count"]) == [
        ["China", "China", "form", 1, 1, 2],
        ["China", "Beijing", "form", 1, 0, 1],
        ["Daniel Kim", "Secretary Daniel Kim", "form", 1, 0, 1],
        ["Daniel Kim", "Mr. Kim", "form", 1, 0, 1],
        ["Laura Lee", "Sen. Laura Lee", "form", 1, 0, 1],
        ["Laura Lee", "Lee", "form", 1, 0, 1],
        ["National Rifle Association", "NRA", "form", 2, 0, 2],
        ["National Rifle Association", "National Rifle Association", "form", 1, 0, 1],
        ["farmers", "farmers", "form", 1, 0, 1],
        ["lawmakers", "lawmakers", "form", 1, 0, 1],
        ["reporters", "reporters", "form", 1, 0, 1],
    ]
    # Who speaks about whom: the ministry (China's own voice) about farmers; Kim about China,
    # calling it a cheat. Lee's quotation names nobody, so she has no row.
    voices = tables["voices"]
    assert list(voices.columns) == ["article", "speaker", "speaker_type", "actor", "statements", "mentions", "favourable", "unfavourable", "polarity"]
    assert records(voices, ["speaker", "speaker_type", "actor", "statements", "mentions", "favourable", "unfavourable"]) == [
        ["China's commerce ministry", "government", "farmers", 1, 1, 0, 0],
        ["Trade Secretary Daniel Kim", "person", "China", 1, 1, 0, 1],
    ]
    kim = tables["statements"].set_index("speaker_resolved").loc["Trade Secretary Daniel Kim", "polarity"]
    assert voices["polarity"].tolist() == [0.0, pytest.approx(kim)]


def test_the_shipped_topic_adds_nothing_the_trade_story_does_not_name():
    # Hamas, Israel, "the group" ... are never written: the Israel-Gaza overlay adds only the
    # United States, through its alias "American" ("in Washington" is a place, as discovery reads it).
    with_topic = analyze(TRADE)["actors"]
    assert with_topic["actor"].tolist() == [
        "China", "National Rifle Association", "Daniel Kim", "Laura Lee", "United States", "farmers", "lawmakers", "reporters",
    ]
    assert records(with_topic[with_topic["actor"] == "United States"], ["kind", "mentions", "labels"]) == [["country", 1, "American:1"]]


def test_a_topic_actor_absent_by_name_gives_no_row_and_takes_no_description():
    crime = Article(
        "crime",
        "",
        "Police arrested members of the Crips gang on Friday. The group had threatened witnesses, "
        "prosecutors said. Terrorist hands were not involved, the group's lawyer said.",
    )
    table = analyze(crime)["actors"]
    assert "Hamas" not in set(table["actor"])
    assert is_presence_term("Hamas", "name") and is_presence_term("IDF", "alias")
    assert not is_presence_term("the group", "alias") and not is_presence_term("terror group", "label")
    assert not is_presence_term("The President", "alias")


SEED_VIEW = ["actor", "kind", "central", "mentions", "labels", "quoted", "violence_agent", "violence_target"]


def test_the_seed_article_with_the_shipped_overlay():
    tables = analyze(load_article(SEED))
    actors = tables["actors"]
    assert records(actors.head(6), SEED_VIEW) == [
        ["Hamas", "organisation", True, 13, "Hamas:11; terror group:1; terrorist:1", 1, 1, 0],
        ["United States", "country", True, 8, "U.S.:4; Washington:3; Trump administration:1", 1, 0, 0],
        ["Israel", "country", True, 6, "Israel:4; Israeli:2", 1, 0, 0],
        ["Israeli hostages", "group", True, 6, "hostage:5; Israeli hostages:1", 0, 0, 1],
        ["Israeli officials", "group", False, 2, "Israeli officials:2", 2, 0, 0],
        ["Palestinians", "group", False, 2, "Gazans:2", 0, 0, 1],
    ]
    assert set(actors["actor"][6:]) == {
        "Americans", "Axios", "Azerbaijan", "Donald Trump", "Egypt", "Indonesia", "Qatar", "Reuters", "U.S. advisers",
        "U.S. officials", "U.S. troops", "United Arab Emirates", "civilians", "officials", "troops",
    }
    assert records(actors[actors["actor"] == "Donald Trump"], ["kind", "central", "labels"]) == [["person", True, "President Donald Trump:1"]]
    assert records(tables["voices"][tables["voices"]["speaker"] == "Israeli officials"], ["speaker_type", "actor", "statements", "mentions", "polarity"]) == [
        ["anonymous", "Hamas", 2, 2, 0.0],
        ["anonymous", "Israel", 1, 2, 0.0],
        ["anonymous", "Israeli hostages", 1, 1, 0.0],
    ]
    advisers = tables["voices"][tables["voices"]["speaker"].str.contains("advis")]
    assert records(advisers, ["speaker", "actor", "statements", "mentions", "favourable", "unfavourable"]) == [
        ["senior U.S. advisers", "Donald Trump", 1, 1, 1, 0],
        ["one senior adviser", "Hamas", 1, 1, 1, 0],
        ["A second U.S. adviser", "Hamas", 1, 2, 0, 1],  # "Hamas presence", "terrorist hands"
        ["A second U.S. adviser", "Palestinians", 1, 1, 0, 0],
    ]


def test_seed_violence_roles_execution_has_an_agent_booby_traps_none():
    article = load_article(SEED)
    results: dict = {}
    _compute("actors", article, results, Options())
    roles = {row[4]: row[5:7] for row in violence_rows(article, results["framing"], results["sentences"], None, mention_spans(results["entities"]))}
    assert roles["execution"] == ("Hamas", "Palestinians")  # "Hamas's brutal execution of seven Gazans"
    assert roles["booby-trapped"] == ("", "")  # "booby-trapped areas": a participle modifying a noun
    assert roles["murdered"] == ("", "Israeli hostages")  # "return all murdered hostages"


def test_the_seed_article_with_no_topic_keeps_the_discovered_names():
    actors = analyze(load_article(SEED), Options(topic=None))["actors"]
    assert records(actors.head(5), ["actor", "kind", "central", "mentions", "labels"]) == [
        ["Hamas", "organisation", True, 11, "Hamas:11"],
        ["United States", "country", True, 6, "Washington:3; U.S.:3"],
        ["Israel", "country", True, 5, "Israel:4; Israeli:1"],
        ["Gazans", "group", False, 2, "Gazans:2"],
        ["Israeli officials", "group", False, 2, "Israeli officials:2"],
    ]
    # "the Trump administration" is a body Trump leads, an actor of its own (the overlay makes it the United States).
    trump = actors[actors["actor"].str.contains("Trump")]
    assert records(trump, ["actor", "kind", "central", "mentions", "labels"]) == [
        ["Donald Trump", "person", True, 1, "President Donald Trump:1"],
        ["Trump administration", "organisation", False, 1, "Trump administration:1"],
    ]


def test_a_speaker_joins_the_actor_they_name_and_is_not_an_actor_they_mention():
    article = Article(
        "self",
        "",
        'Acme Corp cut jobs. Acme said the cuts were needed. "Acme will grow again," the Acme spokesman said. '
        '"Workers at Acme Corp deserve better," said Maria Lopez.',
    )
    entities = article_actors(article)
    index = SpeakerIndex(entities)
    assert [index.actor(s) for s in ("Acme", "the Acme spokesman", "Maria Lopez", "a union")] == ["Acme Corp", "Acme Corp", "Maria Lopez", ""]
    voices = analyze(article, Options(topic=None))["voices"]
    # The spokesman's "Acme will grow again" is Acme's own voice: no row; Lopez speaks about Acme.
    assert records(voices, ["speaker", "actor", "statements", "mentions"]) == [["Maria Lopez", "Acme Corp", 1, 1], ["Maria Lopez", "workers", 1, 1]]


def test_a_users_topic_csv_anywhere_reaches_analyze_compare_and_the_table_functions(tmp_path):
    folder = tmp_path / "data" / "topics"
    folder.mkdir(parents=True)
    path = folder / "my_topic.csv"
    path.write_text(
        "actor,term,kind,pos\nChina,China,name,fixed\nChina,Beijing,alias,fixed\nChina,bully,label,noun\n"
        "Nobody Here,Nobody Here,name,fixed\n",
        encoding="utf-8",
    )
    for topic in (path, str(path)):
        table = analyze(TRADE, topic=topic)["actors"]
        china = table[table["actor"] == "China"]
        # "Beijing" is the topic's alias now; "bullying" is no form of the label "bully".
        assert records(china, ["kind", "mentions", "labels"]) == [["country", 3, "China:2; Beijing:1"]]
        assert "Nobody Here" not in set(table["actor"])  # a topic actor the story never names
        assert TABLES["actor_labels"](TRADE, topic=topic).query("actor == 'China'")["kind"].tolist() == ["name", "alias"]
    assert records(compare([TRADE], topic=str(path)), ["article"]) == [["trade"]]
    assert analyze(TRADE, topic="")["actors"].equals(analyze(TRADE, Options(topic=None))["actors"])


def test_the_speaker_index_is_shared_only_by_the_very_same_actors():
    """`speaker_index` hands the actors and voices steps one index for the same actor records,
    and a new one when the records differ (another article, or the list edited)."""
    from analysis.overlay import speaker_index

    first = article_actors(Article("a", "", "Acme Corp cut jobs. Acme said the cuts were needed."))
    second = article_actors(Article("b", "", "Maria Lopez spoke. Lopez said the plan works."))
    index = speaker_index(first)
    assert speaker_index(list(first)) is index  # a copy of the list, the same records
    assert [index.actor(s) for s in ("Acme", "Maria Lopez")] == ["Acme Corp", ""]
    other = speaker_index(second)
    assert other is not index and [other.actor(s) for s in ("Acme", "Maria Lopez")] == ["", "Maria Lopez"]
    assert speaker_index(first[:0]) is not index and speaker_index(first[:0]).actor("Acme") == ""


def test_merged_quotes_answer_as_a_span_index_does():
    """`_MergedQuotes` (one bisection over merged quotations) gives the `SpanIndex` answers the
    mention rows and the tones read, on random merged quotations and stretches."""
    import random

    from analysis.actors import _MergedQuotes
    from analysis.framing import merge_spans
    from analysis.spans import SpanIndex

    rng = random.Random(30)
    for _ in range(200):
        raw = [(a, a + rng.randint(0, 12), "") for a in (rng.randint(0, 80) for _ in range(rng.randint(0, 6)))]
        quotes = merge_spans(raw)
        fast, index = _MergedQuotes(quotes), SpanIndex(quotes)
        for _ in range(30):
            start = rng.randint(0, 95)
            end = start + rng.randint(0, 10)
            assert fast.first_covering(start, end) == index.first_covering(start, end)
            assert fast.covering(start, end) == index.covering(start, end)
            assert fast.overlaps(start, end) == index.overlaps(start, end)
