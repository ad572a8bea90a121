"""Actors against BASIL's main entities: are they found, and does the writer's tone toward them separate the ones the author treats negatively?

BASIL (Fan et al. 2019; ``../shared/datasets/basil``) annotates, per article, the main entities
and the author's feeling toward each (article-level ``author_feeling_<Entity>``: neutral,
negative or positive; ``main_event`` is no entity and is left out). For every BASIL article of the
chosen years the tables are computed with no topic overlay (``Options(topic=None)``: actors come
from the text alone), and each main entity is looked for among the article's actors:

- an entity is *found* when an actor row's name, or one of the labels the actor_labels table
  gives it, names it: equal after case, a leading "the" and a possessive are ignored, or one is
  a whole-word part of the other ("Obama" ⊂ "Barack Obama", "Trump administration" ⊃ "Trump");
  BASIL writes entities with underscores ("Barack_Obama", "the_Democrats"); then, only if no
  actor names it so, the same words in another order or spelling ("Justice Department" =
  "Department of Justice", "NAACP" = "N.A.A.C.P.", "Walmart" = "Wal-Mart": full stops and hyphens
  dropped, "of"/"the"/"and"/"for" left out; a long word may differ by one letter: "protestors" =
  "protesters"), a person's name with middle names, initials or a
  suffix in between ("Hillary Clinton" = "Hillary Rodham Clinton", "Jesse Jackson" = "Jesse L.
  Jackson Jr."), and last a person actor whose first name is the entity's one letter apart, with the same
  last word ("Kevil McCarthy", a BASIL typo, = "Kevin McCarthy"; never "Bill" for "Hillary Clinton"); the annotators' labels are not the article's spelling;
- *tone AUC*: over the entities found, how well the writer-voice tone toward the actor ranks the
  entities the author treats negatively below the rest (ROC AUC, Mann–Whitney U with ties as
  one half; 0.5 is chance). Three scores are ranked, each higher = more favourable:
  ``tone_writer`` (mean TextBlob polarity of the writer's-voice text of the sentences that
  mention the actor), ``loaded_net`` (favourable minus unfavourable loaded words toward the
  actor in the writer's voice), ``loaded_all`` (the same counting the loaded words toward the
  actor in others' voices too: quotations and reported claims, where critics speak),
  ``stance_writer`` (the actors table's column, `analysis.actor_tone`: favourable minus
  unfavourable loaded words in the writer's voice in the sentences that name the actor in the
  writer's voice, whichever actor the word targets), ``stance_all`` (``stance_writer`` plus the
  loaded words toward the actor in others' voices, as ``loaded_all`` adds them) and, as the baseline asked for in the same run, plain TextBlob
  polarity of the sentences whose text contains the entity's name (its last word for a
  person-like name), which needs no actor discovery.

Tune on 2010–2015 (``--years train``, the default; ``train_early`` 2010–2012 and ``train_late``
2013–2015 to develop on one half and check on the other), report on 2016–2019 (``--years test``,
scored once at the end).
Bars (issue 17): found >= 0.95, tone AUC >= 0.75.

Run ``python -m tools.evaluate basil_actors [--years train|train_early|train_late|test|all]``.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from analysis.article import Article
from analysis.options import Options
from analysis.pipeline import analyze
from analysis.sentiment import polarity_subjectivity

from . import BASIL, basil_body

# The tuning years split in two (develop on one half, check on the other: a measure is kept
# only if it holds on both); "test" is the report years, scored once at the end by the lead.
YEARS = {
    "train": range(2010, 2016),
    "train_early": range(2010, 2013),
    "train_late": range(2013, 2016),
    "test": range(2016, 2020),
    "all": range(2010, 2020),
}
SCORES = ("tone_writer", "loaded_net", "loaded_all", "stance_writer", "stance_all", "baseline")
FOUND_BAR = 0.95
AUC_BAR = 0.75
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_POSSESSIVE = re.compile(r"['’]s?$")
_NON_WORD = re.compile(r"[^\w\s-]")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Entity:
    """One BASIL main entity of one article, with the author's feeling toward it."""

    article: str
    name: str
    feeling: str  # neu, neg or pos


def key(text: str) -> str:
    """A name compared loosely: lowercase, no leading article, no possessive, single spaces."""
    text = _SPACES.sub(" ", _NON_WORD.sub(" ", text.replace("_", " ").lower())).strip()
    return _POSSESSIVE.sub("", _LEADING_ARTICLE.sub("", text)).strip()


def names_it(candidate: str, entity: str) -> bool:
    """Whether ``candidate`` (an actor's name or label) names ``entity`` (see the module docstring)."""
    a, b = key(candidate), key(entity)
    if not a or not b:
        return False
    if a == b:
        return True
    return bool(re.search(rf"\b{re.escape(a)}\b", b) or re.search(rf"\b{re.escape(b)}\b", a))


_GLUE = re.compile(r"['’]s\b|[.\-'’]")
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for"})
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def words(text: str) -> tuple[str, ...]:
    """A name's words spelling-tolerantly: lower case, full stops, hyphens and "'s" dropped, function words left out."""
    return tuple(w for w in _GLUE.sub("", text.replace("_", " ").lower()).split() if w not in _FUNCTION_WORDS)


def _person_words(text: str) -> tuple[str, ...]:
    """A person's name words without a trailing suffix ("Jr.", "III")."""
    found = words(text)
    while len(found) > 1 and found[-1] in _NAME_SUFFIXES:
        found = found[:-1]
    return found


def _is_subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether ``short``'s words occur in ``long`` in order (other words allowed between)."""
    rest = iter(long)
    return all(word in rest for word in short)


SPELLING_MIN_LETTERS = 7  # shorter words one letter apart are often different words ("Bush", "Rush")


def _one_letter_apart(a: str, b: str) -> bool:
    """Equal, or two long words of the same length with one letter substituted ("protestors",
    "protesters")."""
    if a == b:
        return True
    return len(a) == len(b) >= SPELLING_MIN_LETTERS and sum(x != y for x, y in zip(a, b)) == 1


def loosely_names(candidate: str, entity: str) -> bool:
    """The same words in any order or spelling, or a person's name with extra middle words (module docstring)."""
    a, b = words(candidate), words(entity)
    if not a or not b:
        return False
    if set(a) == set(b) or (len(a) == len(b) and all(_one_letter_apart(x, y) for x, y in zip(a, b))):
        return True
    pa, pb = _person_words(candidate), _person_words(entity)
    return len(pb) > 1 and pa[0] == pb[0] and pa[-1] == pb[-1] and _is_subsequence(pb, pa)


def _same_key(candidate: str, entity: str) -> bool:
    """Equal after case, a leading article and a possessive are ignored."""
    return bool(key(candidate)) and key(candidate) == key(entity)


def shares_surname(candidate: str, entity: str) -> bool:
    """Whether a person's name ``candidate`` is a several-word ``entity`` with its first name
    misspelt: the same last word, and first names of one length one letter apart ("Kevil
    McCarthy", a BASIL typo, = "Kevin McCarthy"). A shared surname alone is not enough: "Bill
    Clinton" must never be credited as "Hillary Clinton"."""
    a, b = _person_words(candidate), _person_words(entity)
    if len(b) < 2 or len(a) < 2 or a[-1] != b[-1]:
        return False
    return len(a[0]) == len(b[0]) and sum(x != y for x, y in zip(a[0], b[0])) <= 1


def _feelings(annotation: dict) -> dict[str, str]:
    """``author_feeling_<Entity>`` values of an annotation file, main_event left out."""
    level = annotation.get("article-level-annotations", {})
    if isinstance(level, str):
        level = ast.literal_eval(level)
    return {
        name[len("author_feeling_") :].replace("_", " "): value
        for name, value in level.items()
        if name.startswith("author_feeling_") and name != "author_feeling_main_event" and value
    }


def load(root: Path = BASIL, years: range = YEARS["train"]) -> list[tuple[Article, list[Entity]]]:
    """Every BASIL article of ``years`` (body rebuilt as the framing evaluation does) with its main entities."""
    loaded = []
    for year in years:
        for path in sorted((root / "articles" / str(year)).glob("*.json")):
            annotation_path = root / "annotations" / str(year) / f"{path.stem}_ann.json"
            if not annotation_path.exists():
                continue
            data = json.loads(path.read_text(encoding="utf-8"))
            text, _ = basil_body(data.get("body-paragraphs", []))
            article = Article(path.stem, data.get("title", ""), text, {"outlet": data.get("source", "")})
            feelings = _feelings(json.loads(annotation_path.read_text(encoding="utf-8")))
            loaded.append((article, [Entity(path.stem, name, value) for name, value in feelings.items()]))
    return loaded


def roc_auc(negative: list[float], rest: list[float]) -> float:
    """P(a rest score > a negative score), ties counting one half (Mann–Whitney U / n·m); NaN if a class is empty."""
    if not negative or not rest:
        return float("nan")
    wins = sum((r > n) + 0.5 * (r == n) for n in negative for r in rest)
    return wins / (len(negative) * len(rest))


def _baseline_tone(article: Article, sentences, entity: str) -> float:
    """Mean TextBlob polarity of the sentences whose text names the entity (its last word if several words); 0 if none."""
    words = key(entity).split()
    probe = words[-1] if words else ""
    if not probe:
        return 0.0
    pattern = re.compile(rf"\b{re.escape(probe)}\b", re.IGNORECASE)
    scores = [polarity_subjectivity(article.text[s:e])[0] for s, e in zip(sentences["start"], sentences["end"]) if pattern.search(article.text[s:e])]
    return sum(scores) / len(scores) if scores else 0.0


def _actor_for(entity: str, actors, labels) -> int | None:
    """Index of the actors row that names ``entity``, else None: the strictest rule first (the
    same name; the same words or a fuller person's name; a whole-word part; a shared surname),
    of the rows one rule accepts the most mentioned."""
    forms: dict[str, list[str]] = {}
    for actor, label in zip(labels["actor"], labels["label"]):
        forms.setdefault(actor, []).append(label)
    order = sorted(range(len(actors)), key=lambda i: -int(actors["mentions"].iloc[i]))
    people = [i for i in order if actors["kind"].iloc[i] == "person"] if "kind" in actors else []
    for rule, rows in ((_same_key, order), (loosely_names, order), (names_it, order), (shares_surname, people)):
        for i in rows:
            name = actors["actor"].iloc[i]
            if rule(name, entity) or any(rule(form, entity) for form in forms.get(name, [])):
                return i
    return None


def evaluate(root: Path = BASIL, years: range = YEARS["train"], options: Options | None = None) -> dict[str, float]:
    """Found share and tone AUCs (see the module docstring) on the BASIL articles of ``years``."""
    options = options or Options(topic=None)
    found = total = 0
    scores: dict[str, dict[str, list[float]]] = {name: {"neg": [], "rest": []} for name in SCORES}
    for article, entities in load(root, years):
        tables = analyze(article, options)
        actors, labels, sentences = tables["actors"], tables["actor_labels"], tables["sentences"]
        for entity in entities:
            total += 1
            row = _actor_for(entity.name, actors, labels)
            side = "neg" if entity.feeling == "neg" else "rest"
            scores["baseline"][side].append(_baseline_tone(article, sentences, entity.name))
            if row is None:
                continue
            found += 1
            tone = actors["tone_writer"].iloc[row]
            scores["tone_writer"][side].append(0.0 if tone != tone else float(tone))
            net = quoted_net = 0
            if "favourable_writer" in actors:
                net = int(actors["favourable_writer"].iloc[row]) - int(actors["unfavourable_writer"].iloc[row])
                quoted_net = int(actors["favourable_quoted"].iloc[row]) - int(actors["unfavourable_quoted"].iloc[row])
            scores["loaded_net"][side].append(float(net))
            scores["loaded_all"][side].append(float(net + quoted_net))
            stance = float(actors["stance_writer"].iloc[row]) if "stance_writer" in actors else 0.0
            scores["stance_writer"][side].append(stance)
            scores["stance_all"][side].append(stance + quoted_net)
    figures: dict[str, float] = {"entities": total, "found": found / total if total else float("nan")}
    for name, sides in scores.items():
        figures[f"auc_{name}"] = roc_auc(sides["neg"], sides["rest"])
        figures[f"negatives_{name}"] = len(sides["neg"])
    return figures


def main(argv: list[str] | None = None) -> int:
    """Print the found share and the tone AUCs for the chosen BASIL years."""
    parser = argparse.ArgumentParser(prog="python -m tools.evaluate basil_actors", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--years",
        choices=list(YEARS),
        default="train",
        help="train 2010-2015 (default), train_early 2010-2012, train_late 2013-2015; test 2016-2019 and all: the report years, scored once at the end",
    )
    args = parser.parse_args(argv)
    if not (BASIL / "articles").exists():
        print(f"skipped: BASIL not found at {BASIL}")
        return 0
    figures = evaluate(BASIL, YEARS[args.years])
    print(f"BASIL {args.years} ({YEARS[args.years].start}-{YEARS[args.years].stop - 1}), no topic overlay:")
    print(", ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()))
    print(f"bars: found >= {FOUND_BAR}, tone AUC >= {AUC_BAR} (baseline: plain TextBlob polarity of the sentences naming the entity)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
