"""How well the actors table finds an article's actors and the words used for them, against hand-annotated gold.

Gold (``tests/gold/actors/allsides.csv``, commented CSV): one row per actor of an AllSides article
(Baly et al. 2020) with columns ``article`` (the AllSides ID), ``actor`` (the annotator's name
for it), ``kind`` (person, organisation, country, ...), ``central`` (yes/no: the story is about
it), ``forms`` (every surface form the article uses for it, ``|``-separated: "Hamas|the militant
group|terrorists") and ``mentions`` (how often it is referred to). Articles are loaded the way
corpus mode loads a record (`tools.evaluate.allsides_articles`) and analysed with the topic given
(default: the shipped one); skipped when the corpus is absent.

A row of the actors table is the gold actor whose name or one of whose forms equals the row's
``actor`` (case and a leading "the" ignored). Figures:

- central found: share of central gold actors that some row is;
- forms attached right: share of gold forms (of every gold actor) that the framing table tags,
  as an ``actor_label`` term equal to the form or a whole-word part of it ("the Hamas
  militants" ⊃ "Hamas militants"), with the actor of the row that is that gold actor;
- not actors: share of rows of the actors table that are no gold actor of their article.

Run ``python -m tools.evaluate actors [--topic NAME_OR_CSV] [--gold CSV]``.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.article import Article
from analysis.lexicon import commented_csv_rows
from analysis.options import DEFAULT_TOPIC, Options
from analysis.pipeline import analyze
from analysis.schema import Category

from . import ALLSIDES, GOLD, allsides_articles

ACTORS_GOLD = GOLD / "actors" / "allsides.csv"
GOLD_COLUMNS = ("article", "actor", "kind", "central", "forms", "mentions")  # and ``split`` (default dev)
CENTRAL = {"yes": True, "y": True, "true": True, "1": True, "no": False, "n": False, "false": False, "0": False, "": False}
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class GoldActor:
    """One hand-annotated actor of one article."""

    article: str
    split: str
    actor: str
    kind: str
    central: bool
    forms: tuple[str, ...]
    mentions: int


def read_gold(path: Path = ACTORS_GOLD) -> list[GoldActor]:
    """The gold actors of ``path``; none when the file is absent. Raises ValueError on a malformed row."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        rows = commented_csv_rows(handle)
    if rows and any(column not in rows[0] for column in GOLD_COLUMNS):
        raise ValueError(f"{path}: needs the columns {', '.join(GOLD_COLUMNS)}")
    gold = []
    for row in rows:
        central = row["central"].strip().lower()
        if central not in CENTRAL:
            raise ValueError(f"{path}: {row['article']} {row['actor']}: central {row['central']!r} is not yes or no")
        forms = tuple(form.strip() for form in row["forms"].split("|") if form.strip())
        mentions = int(row["mentions"]) if row["mentions"].strip() else 0
        gold.append(GoldActor(row["article"], (row.get("split") or "").strip() or "dev", row["actor"].strip(), row["kind"].strip(), CENTRAL[central], forms, mentions))
    return gold


def key(text: str) -> str:
    """A name or form compared loosely: lower case, one space, no leading article, curly apostrophe straightened."""
    return _LEADING_ARTICLE.sub("", _SPACES.sub(" ", text.replace("’", "'").strip().lower()))


def _contains(form: str, term: str) -> bool:
    """Whether ``term`` is ``form`` or a whole-word part of it (both `key`-ed)."""
    return form == term or f" {term} " in f" {form} "


def match(gold: list[GoldActor], actors: pd.DataFrame, framing: pd.DataFrame, labels: pd.DataFrame | None = None) -> dict:
    """Counts for one article: central actors found, forms attached right, rows that are no actor.

    A form is attached to an actor when one of the actor's terms is the form or a whole-word part
    of it: the terms as written of the framing table's ``actor_label`` rows, and the labels the
    actor_labels table gives it (``labels``, when given).
    """
    names = {gold_actor: {key(gold_actor.actor), *map(key, gold_actor.forms)} for gold_actor in gold}
    row_of: dict[GoldActor, str] = {}
    unmatched = []
    for actor in actors["actor"]:
        hits = [g for g in gold if key(actor) in names[g]]
        if not hits:
            unmatched.append(actor)
        for g in hits:
            row_of.setdefault(g, actor)
    written = framing[framing["category"] == Category.ACTOR_LABEL]
    tagged = [(key(term), actor) for term, actor in zip(written["term"], written["actor"])]
    if labels is not None:
        tagged += [(key(label), actor) for label, actor in zip(labels["label"], labels["actor"])]
    forms = right = 0
    wrong = []
    for g in gold:
        for form in g.forms:
            forms += 1
            owners = {actor for term, actor in tagged if _contains(key(form), term)}
            if g in row_of and row_of[g] in owners:
                right += 1
            else:
                wrong.append(f"{form!r} of {g.actor} -> {', '.join(sorted(owners)) or 'no actor'}")
    central = [g for g in gold if g.central]
    return {
        "central": len(central),
        "central_found": sum(g in row_of for g in central),
        "forms": forms,
        "forms_right": right,
        "rows": len(actors),
        "rows_not_actors": len(unmatched),
        "missed": [g.actor for g in central if g not in row_of],
        "not_actors": unmatched,
        "wrong_forms": wrong,
    }


def score(counts: list[dict]) -> dict[str, float]:
    """The three figures over a list of per-article counts."""
    total = {name: sum(c[name] for c in counts) for name in ("central", "central_found", "forms", "forms_right", "rows", "rows_not_actors")}

    def ratio(a: str, b: str) -> float:
        return total[a] / total[b] if total[b] else float("nan")

    return {
        "articles": len(counts),
        "central_actors": total["central"],
        "central_found": ratio("central_found", "central"),
        "forms": total["forms"],
        "forms_attached_right": ratio("forms_right", "forms"),
        "rows": total["rows"],
        "rows_not_actors": ratio("rows_not_actors", "rows"),
    }


def evaluate(
    gold_path: Path = ACTORS_GOLD, allsides: Path = ALLSIDES, options: Options | None = None, articles: dict[str, Article] | None = None
) -> tuple[dict[str, dict[str, float]], dict[str, dict]]:
    """(figures per split and "all", per-article counts) for every gold article present (``articles``: given instead of read from AllSides)."""
    gold = read_gold(gold_path)
    by_article: dict[str, list[GoldActor]] = {}
    for g in gold:
        by_article.setdefault(g.article, []).append(g)
    found = articles if articles is not None else allsides_articles(by_article, allsides)
    per_article = {}
    for name, rows in by_article.items():
        if name in found:
            tables = analyze(found[name], options)
            per_article[name] = {**match(rows, tables["actors"], tables["framing"], tables["actor_labels"]), "split": rows[0].split}
    splits = dict.fromkeys(counts["split"] for counts in per_article.values())
    figures = {split: score([c for c in per_article.values() if c["split"] == split]) for split in splits}
    figures["all"] = score(list(per_article.values()))
    return figures, per_article


def main(argv: list[str] | None = None) -> int:
    """Print the actors figures on the gold articles present."""
    parser = argparse.ArgumentParser(prog="python -m tools.evaluate actors", description=__doc__.splitlines()[0])
    parser.add_argument("--topic", default=DEFAULT_TOPIC, help="a shipped topic's name or the path of a topic CSV")
    parser.add_argument("--gold", type=Path, default=ACTORS_GOLD, help="gold CSV (default tests/gold/actors/allsides.csv)")
    parser.add_argument("--errors", action="store_true", help="list missed central actors, rows that are no actor and forms tagged wrong (never for a heldout split)")
    args = parser.parse_args(argv)
    if not args.gold.exists():
        print(f"skipped: no actors gold at {args.gold}")
        return 0
    if not ALLSIDES.exists():
        print(f"skipped: AllSides corpus not found at {ALLSIDES}")
        return 0
    figures, per_article = evaluate(args.gold, ALLSIDES, Options(topic=args.topic))
    print(f"actors table vs {args.gold.name} (topic {args.topic}):")
    for split, values in figures.items():
        print(f"{split}: " + ", ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in values.items()))
    if args.errors:
        # A held-out split's errors are never printed: it is for scoring, not for tuning.
        for name, counts in per_article.items():
            if counts["split"].startswith("heldout"):
                continue
            for label, lines in (("MISSED", counts["missed"]), ("NOT AN ACTOR", counts["not_actors"]), ("FORM", counts["wrong_forms"])):
                for line in lines:
                    print(f"  {name} {label}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
