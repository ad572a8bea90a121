"""Shared fixtures: the articles shipped in data/articles, and ../shared when present."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest

from analysis import load_article
from analysis.article import Article
from analysis.entities import discover_actors

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"
SHARED = ROOT.parent / "shared"
CENTCOM = ARTICLES / "centcom-2025-10-21-cmcc-opens-to-support-gaza-stabilization.txt"
COMMONDREAMS = ARTICLES / "commondreams-2025-10-15-zunes-global-community-gaza-ceasefire-lasting-peace.txt"
RUBIO_PRESS = ARTICLES / "usstate-2025-10-22-rubio-remarks-to-press-before-israel-trip.txt"
RUBIO_CMCC = ARTICLES / "usstate-2025-10-24-rubio-tours-civil-military-coordination-center.txt"
SEED = ARTICLES / "seed-2025-10-gaza-stabilization-force.txt"
# The tests' own fixture list: the articles whose exact rows the tests assert. A user's files
# dropped into data/articles never change what the tests read (corpus tests copy these files into
# a folder of their own, `fixture_folder`).
FIXTURE_ARTICLES = (CENTCOM, COMMONDREAMS, RUBIO_PRESS, RUBIO_CMCC)


def discovered(text: str, article_id: str = "test") -> list[tuple[str, str, tuple[str, ...]]]:
    """(name, kind, forms) of each actor `discover_actors` finds in a body-only article of ``text``:
    the rows the actor-discovery tests assert."""
    return [(a.name, a.kind, a.forms) for a in discover_actors(Article(article_id, "", text))]


@pytest.fixture(scope="session")
def centcom():
    return load_article(CENTCOM)


@pytest.fixture(scope="session")
def commondreams():
    return load_article(COMMONDREAMS)


@pytest.fixture(scope="session")
def rubio_press():
    return load_article(RUBIO_PRESS)


@pytest.fixture(scope="session")
def rubio_cmcc():
    return load_article(RUBIO_CMCC)


@pytest.fixture(scope="session")
def shipped_articles():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # every shipped article is English: no language warning
        return [load_article(path) for path in FIXTURE_ARTICLES]


@pytest.fixture(scope="session")
def fixture_folder(tmp_path_factory):
    """A folder holding exactly `FIXTURE_ARTICLES`, for the tests that read a whole folder."""
    folder = tmp_path_factory.mktemp("fixture-articles")
    for path in FIXTURE_ARTICLES:
        shutil.copyfile(path, folder / path.name)
    return folder
