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
  one half; 0.5 is chance). These scores are ranked, each higher = more favourable:
  ``tone_writer`` (mean TextBlob polarity of the writer's-voice text of the sentences that
  mention the actor), ``loaded_net`` (favourable minus unfavourable loaded words toward the
  actor in the writer's voice), ``loaded_all`` (the same counting the loaded words toward the
  actor in others' voices too: quotations and reported claims, where critics speak),
  ``stance_writer`` (the actors table's column, `analysis.actor_tone`: favourable minus
  unfavourable loaded words in the writer's voice in the sentences that name the actor in the
  writer's voice, whichever actor the word targets), ``stance_all`` (``stance_writer`` plus the
  loaded words toward the actor in others' voices, as ``loaded_all`` adds them),
  ``tone_others`` (mean TextBlob polarity of other speakers' statements about the actor; 0 if
  none), ``writer_feeling`` (the actors table's fitted score: `analysis.actor_tone`) and, as the
  baseline asked for in the same run, plain TextBlob polarity of the sentences whose text
  contains the entity's name (its last word for a person-like name), which needs no actor
  discovery.

``--fit`` refits ``writer_feeling``'s weights (`fit_feeling`: an L2-penalised logistic regression
of "author_feeling is negative" on the signals of ``analysis/lexicons/actor_feeling.csv``, by
Newton's method on standardised signals) on the chosen tuning years and writes them to that
file; ``--crossfit`` fits on train_early and scores train_late and the other way round, the
check a weighting must pass before it is shipped; ``--signals`` tries another signal set
(``name:transform,...``) in the cross-fit without writing anything. The report years can be
neither fitted nor cross-fitted.

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

import numpy as np

from analysis.actor_tone import BODY_POLARITY, FEELING_FILE, INTERCEPT, TRANSFORMS, FeelingTerm, feeling_terms, writer_feeling
from analysis.article import Article
from analysis.options import Options
from analysis.pipeline import analyze
from analysis.sentiment import polarity_subjectivity
from analysis.summary import body_sentiment

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
SCORES = ("tone_writer", "loaded_net", "loaded_all", "stance_writer", "stance_all", "tone_others", "writer_feeling", "baseline")
FIT_YEARS = ("train", "train_early", "train_late")
RIDGE = 100.0  # L2 penalty on the standardised weights (chosen by the cross-fit: NOTES-tone26.md)
FEELING_PATH = Path(__file__).resolve().parents[2] / "analysis" / "lexicons" / FEELING_FILE
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


def signals(actors, row: int, body_polarity: float) -> dict[str, float]:
    """Every numeric value of an actors row (NaN as 0) and the body's polarity: what a feeling weighting may read."""
    values = {BODY_POLARITY: body_polarity}
    for column in actors.columns:
        value = actors[column].iloc[row]
        if isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool):
            values[column] = 0.0 if value != value else float(value)
    return values


def records(root: Path = BASIL, years: range = YEARS["train"], options: Options | None = None) -> tuple[int, list[tuple[bool, dict[str, float] | None, float]]]:
    """Entities of ``years`` and, per entity, (negative?, the signals of its actor or None if not found, baseline tone)."""
    options = options or Options(topic=None)
    found = []
    total = 0
    for article, entities in load(root, years):
        tables = analyze(article, options)
        actors, labels, sentences = tables["actors"], tables["actor_labels"], tables["sentences"]
        polarity = body_sentiment(article, sentences)[0]
        for entity in entities:
            total += 1
            row = _actor_for(entity.name, actors, labels)
            found.append((entity.feeling == "neg", None if row is None else signals(actors, row, polarity), _baseline_tone(article, sentences, entity.name)))
    return total, found


def _scores(values: dict[str, float]) -> dict[str, float]:
    """The ranked scores of one found entity (module docstring) from its signals."""
    net = values.get("favourable_writer", 0.0) - values.get("unfavourable_writer", 0.0)
    quoted_net = values.get("favourable_quoted", 0.0) - values.get("unfavourable_quoted", 0.0)
    stance = values.get("stance_writer", 0.0)
    return {
        "tone_writer": values.get("tone_writer", 0.0),
        "loaded_net": net,
        "loaded_all": net + quoted_net,
        "stance_writer": stance,
        "stance_all": stance + quoted_net,
        "tone_others": values.get("tone_others", 0.0),
        "writer_feeling": values.get("writer_feeling", 0.0),
    }


def evaluate(root: Path = BASIL, years: range = YEARS["train"], options: Options | None = None) -> dict[str, float]:
    """Found share and tone AUCs (see the module docstring) on the BASIL articles of ``years``."""
    total, entities = records(root, years, options)
    scores: dict[str, dict[str, list[float]]] = {name: {"neg": [], "rest": []} for name in SCORES}
    for negative, values, baseline in entities:
        side = "neg" if negative else "rest"
        scores["baseline"][side].append(baseline)
        if values is not None:
            for name, score in _scores(values).items():
                scores[name][side].append(score)
    found = sum(values is not None for _, values, _ in entities)
    figures: dict[str, float] = {"entities": total, "found": found / total if total else float("nan")}
    for name, sides in scores.items():
        figures[f"auc_{name}"] = roc_auc(sides["neg"], sides["rest"])
        figures[f"negatives_{name}"] = len(sides["neg"])
    return figures


def design(entities, terms) -> tuple[np.ndarray, np.ndarray]:
    """Signals of the found entities transformed as ``terms`` say (columns), and 1 for a negative entity."""
    kept = [(negative, values) for negative, values, _ in entities if values is not None]
    columns = [term for term in terms if term.signal != INTERCEPT]
    x = np.array([[TRANSFORMS[t.transform](values.get(t.signal, 0.0)) for t in columns] for _, values in kept], dtype=float).reshape(len(kept), len(columns))
    return x, np.array([float(negative) for negative, _ in kept])


def fit_feeling(entities, terms, ridge: float = RIDGE, steps: int = 50) -> tuple[FeelingTerm, ...]:
    """Logistic regression of "negative" on ``terms``' signals (McCullagh & Nelder 1989, Newton's
    method / IRLS), penalised by ``ridge`` · |w|² on standardised signals (intercept free);
    returns the terms with weights on the signals' own scale and an intercept row first."""
    x, y = design(entities, terms)
    mean, spread = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = np.hstack([np.ones((len(y), 1)), (x - mean) / spread])
    w = np.zeros(z.shape[1])
    penalty = np.diag([0.0] + [ridge] * (z.shape[1] - 1))
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        gradient = z.T @ (p - y) + penalty @ w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    weights = w[1:] / spread
    intercept = w[0] - float(weights @ mean)
    columns = [term for term in terms if term.signal != INTERCEPT]
    return (FeelingTerm(INTERCEPT, "identity", float(intercept)), *(FeelingTerm(t.signal, t.transform, float(v)) for t, v in zip(columns, weights)))


def feeling_auc(entities, terms) -> float:
    """ROC AUC of ``writer_feeling`` computed with ``terms`` over the found entities."""
    neg, rest = [], []
    for negative, values, _ in entities:
        if values is not None:
            (neg if negative else rest).append(writer_feeling(values, terms))
    return roc_auc(neg, rest)


def crossfit(terms, root: Path = BASIL, ridge: float = RIDGE) -> dict[str, float]:
    """Fit on train_early, score train_late, and the other way round (and each half's own fit)."""
    early, late = records(root, YEARS["train_early"])[1], records(root, YEARS["train_late"])[1]
    on_early, on_late = fit_feeling(early, terms, ridge), fit_feeling(late, terms, ridge)
    return {
        "early_to_late": feeling_auc(late, on_early),
        "late_to_early": feeling_auc(early, on_late),
        "early_in_sample": feeling_auc(early, on_early),
        "late_in_sample": feeling_auc(late, on_late),
        "train_in_sample": feeling_auc(early + late, fit_feeling(early + late, terms, ridge)),
    }


RATIONALES = {
    INTERCEPT: "the base rate of negative treatment (about 1 in 7 BASIL main entities)",
    "stance_writer": "the writer's loaded words in the sentences naming the actor (damped count)",
    "favourable_quoted": "favourable loaded words toward the actor in others' voices (damped count)",
    "unfavourable_quoted": "unfavourable loaded words toward the actor in others' voices: critics given room (damped count)",
    "tone_others": "TextBlob polarity of what other speakers say about the actor",
    BODY_POLARITY: "TextBlob polarity of the whole body: the writer's tone the actor stands in",
}


def write_feeling(terms, years: str, count: int, negatives: int, ridge: float, path: Path = FEELING_PATH) -> None:
    """Write ``terms`` as `FEELING_FILE`, with how they were fitted in its header."""
    lines = [
        "# Weights of the actors table's writer_feeling (analysis.actor_tone.writer_feeling): minus the log-odds that",
        "# the author treats the actor negatively = -(intercept + sum of weight * transform(signal)).",
        f"# Fitted by `python -m tools.evaluate basil_actors --fit --years {years}` (tools.evaluate.basil_actors.fit_feeling):",
        f"# L2-penalised logistic regression (penalty {ridge:g} on standardised signals, Newton's method) of BASIL's",
        f"# author_feeling = negative on BASIL {YEARS[years].start}-{YEARS[years].stop - 1} main entities found as actors ({count}, {negatives} negative),",
        "# no topic overlay; the report years 2016-2019 never took part. Cross-fit check and variants: docs/notes/NOTES-tone26.md.",
        "# transform: identity or signed_log (sign(x) * log(1 + |x|), for counts).",
        "signal,transform,weight,rationale",
    ]
    for term in terms:
        lines.append(f"{term.signal},{term.transform},{term.weight:.4f},{RATIONALES.get(term.signal, '')}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def parse_signals(text: str) -> tuple[FeelingTerm, ...]:
    """``"stance_writer:signed_log,tone_others"`` -> terms (weight 0), transform identity when not given."""
    terms = []
    for item in filter(None, (part.strip() for part in text.split(","))):
        signal, _, transform = item.partition(":")
        if (transform or "identity") not in TRANSFORMS:
            raise SystemExit(f"unknown transform {transform!r} (known: {', '.join(TRANSFORMS)})")
        terms.append(FeelingTerm(signal, transform or "identity", 0.0))
    return tuple(terms)


def main(argv: list[str] | None = None) -> int:
    """Print the found share and the tone AUCs for the chosen BASIL years."""
    parser = argparse.ArgumentParser(prog="python -m tools.evaluate basil_actors", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--years",
        choices=list(YEARS),
        default="train",
        help="train 2010-2015 (default), train_early 2010-2012, train_late 2013-2015; test 2016-2019 and all: the report years, scored once at the end",
    )
    parser.add_argument("--fit", action="store_true", help=f"refit writer_feeling's weights on --years (tuning years only) and write {FEELING_FILE}")
    parser.add_argument("--crossfit", action="store_true", help="fit on train_early, score train_late and the other way round; writes nothing")
    parser.add_argument("--signals", help="with --crossfit: another signal set, 'name:transform,...' (default: the shipped file's)")
    parser.add_argument("--ridge", type=float, default=RIDGE, help=f"L2 penalty of the fit (default {RIDGE:g})")
    args = parser.parse_args(argv)
    if not (BASIL / "articles").exists():
        print(f"skipped: BASIL not found at {BASIL}")
        return 0
    terms = parse_signals(args.signals) if args.signals else feeling_terms()
    if args.crossfit:
        figures = crossfit(terms, BASIL, args.ridge)
        print(f"writer_feeling cross-fit ({', '.join(t.signal + ':' + t.transform for t in terms if t.signal != INTERCEPT)}; ridge {args.ridge:g}):")
        print(", ".join(f"{k}={v:.3f}" for k, v in figures.items()))
        return 0
    if args.fit:
        if args.years not in FIT_YEARS:
            raise SystemExit(f"--fit takes tuning years only ({', '.join(FIT_YEARS)}): {args.years} are scored once, never fitted")
        entities = records(BASIL, YEARS[args.years])[1]
        fitted = fit_feeling(entities, terms, args.ridge)
        found = [negative for negative, values, _ in entities if values is not None]
        write_feeling(fitted, args.years, len(found), sum(found), args.ridge)
        print(f"wrote {FEELING_PATH} (in-sample AUC {feeling_auc(entities, fitted):.3f}): " + ", ".join(f"{t.signal}={t.weight:.4f}" for t in fitted))
        return 0
    figures = evaluate(BASIL, YEARS[args.years])
    print(f"BASIL {args.years} ({YEARS[args.years].start}-{YEARS[args.years].stop - 1}), no topic overlay:")
    print(", ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()))
    print(f"bars: found >= {FOUND_BAR}, tone AUC >= {AUC_BAR} (baseline: plain TextBlob polarity of the sentences naming the entity)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
