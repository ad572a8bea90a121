"""Share of BASIL's main entities that actor discovery finds as an actor of the article.

BASIL (Fan et al. 2019, "In Plain Sight: Media Bias Through the Lens of Factual Reporting";
``../shared/datasets/basil``) annotates, per article, the author's feeling toward each main
entity: the keys ``author_feeling_<Entity>`` of ``article-level-annotations`` in
``annotations/<year>/<uuid>_<n>_ann.json`` (``main_event`` is the event, not an entity). An
entity ("Barack_Obama", "Democrats", "Obama_administration") is *found* when an actor of
`discover_actors` on the article (title + body, as `tools.evaluate.statements.basil_article`
builds it) is it. BASIL's entities are the annotators' labels, not the article's spelling
("Walmart" for "Wal-Mart", "Justice_Department" for "Department of Justice"), so names are
compared as sets of words (`words`: lower case, "_" a space, full stops, hyphens and "'s"
removed, "of", "the", "and" left out): the entity's words are those of the actor's name or
of one of its forms, or the entity is a person's name whose last word is the last word of a
person actor's name or form ("Obama" for "Barack Obama").

Tune on 2010-2015 (the default; misses are listed with ``--list``); 2016-2019 is the report
split (``--years 2016-2019``): aggregates only, read once at the end of a change.

    python benchmarks/basil_entities.py [--years 2010-2015] [--list]

Skips with a message when BASIL is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.entities import Actor, discover_actors  # noqa: E402
from tools.evaluate import BASIL  # noqa: E402
from tools.evaluate.statements import basil_article  # noqa: E402

TUNE_YEARS = range(2010, 2016)
REPORT_YEARS = range(2016, 2020)
FEELING = "author_feeling_"
EVENT = "main_event"
_GLUE = re.compile(r"['’]s\b|[.\-'’]")
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for"})


def words(name: str) -> tuple[str, ...]:
    """A name's words compared loosely (see the module docstring), in order."""
    return tuple(word for word in _GLUE.sub("", name.replace("_", " ").lower()).split() if word not in _FUNCTION_WORDS)


def main_entities(year: int, root: Path = BASIL) -> dict[str, list[str]]:
    """Article name ("YEAR/UUID_N") → its main entities as BASIL spells them."""
    found = {}
    for path in sorted((root / "annotations" / str(year)).glob("*_ann.json")):
        levels = json.loads(path.read_text(encoding="utf-8")).get("article-level-annotations", {})
        entities = [name[len(FEELING):] for name in levels if name.startswith(FEELING) and name != FEELING + EVENT]
        found[f"{year}/{path.name[: -len('_ann.json')]}"] = entities
    return found


def is_actor(entity: str, actors: list[Actor]) -> bool:
    """Whether one of the article's actors is the entity (see the module docstring)."""
    wanted = words(entity)
    surname = wanted[-1] if len(wanted) > 1 else ""
    for actor in actors:
        names = {words(actor.name)} | {words(form) for form in actor.forms}
        if set(wanted) in [set(name) for name in names]:
            return True
        if surname and actor.kind == "person" and any(name and name[-1] == surname for name in names):
            return True
    return False


def coverage(years: range, root: Path = BASIL) -> tuple[int, int, list[str]]:
    """(entities found, entities, misses as "article: entity") over the articles of ``years``."""
    found = total = 0
    misses: list[str] = []
    for year in years:
        for name, entities in main_entities(year, root).items():
            article = basil_article(name, root)
            if article is None:
                continue
            actors = discover_actors(article)
            for entity in entities:
                total += 1
                if is_actor(entity, actors):
                    found += 1
                else:
                    misses.append(f"{name}: {entity}")
    return found, total, misses


def _years(text: str) -> range:
    """ "2010-2015" → range(2010, 2016)."""
    first, _, last = text.partition("-")
    return range(int(first), int(last or first) + 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=_years, default=TUNE_YEARS, help="e.g. 2010-2015 (tuning, default) or 2016-2019 (report)")
    parser.add_argument("--list", action="store_true", help="list the entities missed (tuning years only)")
    options = parser.parse_args()
    if not (BASIL / "annotations").exists():
        print(f"skipped: BASIL not found at {BASIL}")
        return
    found, total, misses = coverage(options.years)
    span = f"{options.years[0]}-{options.years[-1]}"
    print(f"BASIL {span}: main entities found as an actor {found}/{total} = {found / max(total, 1):.3f}  (bar >= 0.95)")
    if options.list:
        if any(year in REPORT_YEARS for year in options.years):
            print("  (misses are listed for the tuning years only)")
        else:
            for miss in misses:
                print("    " + miss)


if __name__ == "__main__":
    main()
