"""A topic reaches every step that uses it: a shipped topic's name, a user's topic CSV anywhere, or none."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import Article, ArticleError, actors, analyze, framing
from analysis.options import Options
from analysis.pipeline import TABLES

ARTICLE = Article(
    "acme",
    "",
    'Acme Corp laid off 200 workers on Monday. "The company betrayed us," a union leader said. '
    "Acme said the cuts were needed. Hamas was not involved.",
)
HEADER = "# A user's topic: one company.\nactor,term,kind,pos,forms,rationale\n"
ROWS = "Acme,Acme Corp,name,fixed,,\nAcme,Acme,alias,fixed,,\nAcme,company,label,noun,,\n"


def write_topic(folder: Path, text: str = HEADER + ROWS) -> Path:
    path = folder / "my_topic.csv"
    path.write_text(text, encoding="utf-8")
    return path


def labels(table) -> list[tuple]:
    rows = table[table["category"] == "actor_label"]
    return list(zip(rows["term"], rows["actor"], rows["subcategory"], rows["in_quote"]))


def test_a_users_topic_file_reaches_framing_actors_and_actor_labels(tmp_path):
    path = write_topic(tmp_path)
    for topic in (path, str(path)):
        tables = analyze(ARTICLE, topic=topic)
        assert labels(tables["framing"]) == [
            ("Acme Corp", "Acme", "name", False), ("company", "Acme", "label", True), ("Acme", "Acme", "alias", False)
        ]
        # The discovered actor "Acme Corp" ("Acme", "The company" resolved to it) takes the topic's
        # name and labels; the discovered group "workers" has no topic row and keeps its form.
        assert tables["actors"][["actor", "kind", "central", "mentions", "mentions_quoted", "labels", "quoted"]].values.tolist() == [
            ["Acme", "organisation", True, 3, 1, "Acme Corp:1; company:1; Acme:1", 1],
            ["workers", "group", False, 1, 0, "workers:1", 0],
        ]
        assert tables["actor_labels"][["label", "kind"]].values.tolist() == [
            ["Acme Corp", "name"], ["company", "label"], ["Acme", "alias"], ["workers", "form"]
        ]
    # The same through Options, and through the one-table functions.
    assert analyze(ARTICLE, Options(topic=path))["actors"]["actor"].tolist() == ["Acme", "workers"]
    assert TABLES["actors"](ARTICLE, topic=path)["actor"].tolist() == ["Acme", "workers"]
    assert actors(ARTICLE, topic=path)["actor"].tolist() == ["Acme", "workers"]


def test_the_shipped_topic_by_default_and_no_topic_with_none():
    # Actors come from the article; the shipped overlay adds Hamas, which the article names once
    # (too little evidence for discovery alone), and leaves the discovered company its own name.
    expected = [["Acme Corp", "organisation", "Acme Corp:1; The company:1; Acme:1"], ["Hamas", "organisation", "Hamas:1"], ["workers", "group", "workers:1"]]
    assert analyze(ARTICLE)["actors"][["actor", "kind", "labels"]].values.tolist() == expected
    assert analyze(ARTICLE, topic="israel_gaza")["actors"][["actor", "kind", "labels"]].values.tolist() == expected
    none = analyze(ARTICLE, Options(topic=None))
    assert none["actors"]["actor"].tolist() == ["Acme Corp", "workers"]
    assert none["actor_labels"][["label", "kind"]].values.tolist() == [["Acme Corp", "form"], ["The company", "description"], ["Acme", "form"], ["workers", "form"]]
    assert analyze(ARTICLE, topic="")["actors"]["actor"].tolist() == ["Acme Corp", "workers"]
    assert labels(framing(ARTICLE, topic=None)) == []


def test_an_edited_topic_file_is_read_again(tmp_path):
    path = write_topic(tmp_path)
    assert analyze(ARTICLE, topic=path)["actors"]["actor"].tolist() == ["Acme", "workers"]
    write_topic(tmp_path, HEADER + ROWS.replace("Acme,", "Acme Inc.,") + "Union,union leader,name,fixed,,\n")
    assert analyze(ARTICLE, topic=path)["actors"]["actor"].tolist() == ["Acme Inc.", "Union", "workers"]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("actor,term\nAcme,Acme\n", "topic file lacks the column(s) kind, pos"),
        ("# notes only\n", "topic file has no rows"),
        (HEADER + "Acme,Acme,company,fixed,,\n", "term 'Acme': kind 'company' is not one of name, alias, label"),
    ],
)
def test_a_bad_topic_file_is_an_article_error_naming_the_file(tmp_path, text, problem):
    path = write_topic(tmp_path, text)
    with pytest.raises(ArticleError) as raised:
        analyze(ARTICLE, topic=path)
    assert raised.value.source == str(path) and raised.value.problem.startswith(problem)


def test_a_missing_topic_is_an_article_error_naming_it(tmp_path):
    missing = tmp_path / "data" / "topics" / "my_topic.csv"
    with pytest.raises(ArticleError, match=f"^{missing}: topic file not found$"):
        analyze(ARTICLE, topic=missing)
    with pytest.raises(ArticleError, match="^data/topics/nowhere.csv: topic file not found$"):
        analyze(ARTICLE, topic="data/topics/nowhere.csv")
    with pytest.raises(ArticleError, match=r"^ukraine: no shipped topic of that name \(shipped: israel_gaza\)"):
        analyze(ARTICLE, topic="ukraine")
