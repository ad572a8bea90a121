"""Actor discovery (`analysis.entities`) on the actors1 development gold, and its speed.

Matching (what "found" means), on the article's title + body as annotated:
- a gold actor's *form occurrences* are the places where one of its forms (``|``-separated,
  case-sensitive) is written in the body as whole words;
- a discovered actor *covers* a form occurrence when one of its mention spans contains it
  (a mention "President Donald Trump" covers the form "Donald Trump" there);
- each gold actor is paired with the discovered actor covering most of its form occurrences
  (for pairing, an occurrence inside a longer form of another gold actor, "Americans" in
  "African Americans", counts for that one only), greedily, best pairs first, one to one; a gold actor is *found* when it has such a pair. A
  title mention is a flag, not a span: gold actors named only in the title are found when
  the paired actor has ``in_title``.

Figures: central gold actors found (bar >= 0.95) and, of those, flagged central; form
attachment (bar >= 0.90) = of the discovered mentions that cover a form occurrence of some
gold actor, the share that belong to the actor paired with that gold actor; gold form
occurrences covered by the right actor (recall of forms); reported actors that match no gold
actor, as a share of all reported (an upper bound of "not actors": bar <= 0.05), with the list
so a reader can judge which are places, dates or openers and which are actors the gold left
out. Speed: discovery per article against ``TextBlob(body).sentiment`` of the same articles in
the same run (fastest of R runs each).

    python benchmarks/actors_dev.py [--gold tests/gold/actors/allsides.csv] [--split dev1] [--articles 300] [--list]

The gold is the repository's ``tests/gold/actors/allsides.csv`` (a commented CSV with a
``split`` column), scored on one split (default ``dev1``, the open development split). A
heldout split is blind: the script refuses it unless ``--blind-score`` is given too (for the
integrator only), and then prints the aggregate figures only, never an article, a missed actor
or a reported name. Skips with a message when ../shared or the gold file is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from textblob import TextBlob

sys.path.insert(0, str(Path(__file__).resolve().parent))

from allsides import ALLSIDES, allsides_missing  # noqa: E402

from analysis.entities import Actor, discover_actors, forget_caches  # noqa: E402
from analysis.lexicon import commented_csv_rows  # noqa: E402
from analysis.load import text_article  # noqa: E402

DEFAULT_GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold" / "actors" / "allsides.csv"
DEFAULT_SPLIT = "dev1"


def is_blind(split: str) -> bool:
    """Whether a gold split is blind (heldout: scored only by the integrator, aggregates only)."""
    return split.startswith("heldout")


def read_gold(path: Path, split: str = DEFAULT_SPLIT) -> dict[str, list[dict[str, str]]]:
    """Gold rows of one split by article id (a file without a ``split`` column is one split)."""
    by_article: dict[str, list[dict[str, str]]] = defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for row in commented_csv_rows(handle):
            if row.get("split", split) == split:
                by_article[row["article"]].append(row)
    return by_article


def read_articles(ids: set[str] | None, count: int = 0) -> dict[str, object]:
    """Articles by id, built as corpus mode builds them (title, blank line, stripped body)."""
    found = {}
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if ids is not None and record["ID"] not in ids:
                continue
            body = record["content_original"].strip()
            if ids is None and len(body.split()) < 150:
                continue
            try:
                found[record["ID"]] = text_article(f"{record['title']}\n\n{body}", article_id=record["ID"])
            except Exception:  # noqa: BLE001 - a body the loader refuses is not scored or timed
                continue
            if (ids is not None and len(found) == len(ids)) or (ids is None and len(found) >= count):
                break
    return found


def occurrences(text: str, form: str) -> list[tuple[int, int]]:
    """Where ``form`` is written in ``text`` as whole words (case-sensitive)."""
    pattern = re.compile(rf"(?<![\w]){re.escape(form)}(?![\w])")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def covered(actor: Actor, span: tuple[int, int]) -> bool:
    """Whether one of the actor's mentions contains the span."""
    return any(start <= span[0] and span[1] <= end for start, end in actor.mentions)


def pair(gold: list[dict[str, str]], actors: list[Actor], text: str, title: str) -> dict[int, int]:
    """Gold row index → discovered actor index (see the module docstring)."""
    scores = []
    longer = [(span, g) for g, row in enumerate(gold) for form in row["forms"].split("|") for span in occurrences(text, form)]
    for g, row in enumerate(gold):
        # For pairing, an occurrence inside a longer form of another gold actor ("Americans"
        # in "African Americans") is that actor's.
        spans = [
            span for form in row["forms"].split("|") for span in occurrences(text, form)
            if not any(o != g and s[0] <= span[0] and span[1] <= s[1] and s != span for s, o in longer)
        ]
        title_forms = [form for form in row["forms"].split("|") if occurrences(title, form)]
        for a, actor in enumerate(actors):
            score = sum(covered(actor, span) for span in spans)
            if title_forms and actor.in_title and any(form in title for form in actor.forms + (actor.name,)):
                score += 0.5
            if score:
                scores.append((score, g, a))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, g, a in sorted(scores, reverse=True):
        if g not in pairs and a not in used:
            pairs[g] = a
            used.add(a)
    return pairs


def annotated_actors(rows: list[dict[str, str]], article) -> list[Actor]:
    """Another annotation's actors of ``article`` as discovered actors, for scoring one
    annotator against another (`tools.evaluate.agreement`): each mentions every whole-word
    occurrence of its forms in the text, and is central as annotated."""
    actors = []
    for row in rows:
        forms = tuple(row["forms"].split("|"))
        spans = sorted({span for form in forms for span in occurrences(article.text, form)})
        actors.append(Actor(row["actor"], row["kind"], tuple(spans), (), forms,
                            any(occurrences(article.title, form) for form in forms), row["central"] == "yes"))
    return actors


def score(gold_by_article, articles, show: bool, split: str = DEFAULT_SPLIT, blind: bool = False, actors_of=discover_actors) -> None:
    """Print the figures on one gold split; ``blind``: the aggregates only (no names, no ids).
    ``actors_of`` gives an article's actors (the discovery; another annotation's, for agreement)."""
    central = central_found = central_flagged = 0
    attached = attachable = 0
    gold_forms = gold_forms_right = 0
    reported = unmatched = 0
    unmatched_names: list[str] = []
    missed: list[str] = []
    for article_id, gold in gold_by_article.items():
        article = articles[article_id]
        actors = actors_of(article)
        pairs = pair(gold, actors, article.text, article.title)
        owner_of_span: dict[tuple[int, int], int] = {}
        for g, row in enumerate(gold):
            for form in row["forms"].split("|"):
                for span in occurrences(article.text, form):
                    owner_of_span.setdefault(span, g)
        for g, row in enumerate(gold):
            if row["central"] == "yes":
                central += 1
                if g in pairs:
                    central_found += 1
                    central_flagged += actors[pairs[g]].central
                else:
                    missed.append(f"{article_id[:4]} {row['actor']}")
            spans = {span for form in row["forms"].split("|") for span in occurrences(article.text, form)}
            gold_forms += len(spans)
            if g in pairs:
                gold_forms_right += sum(covered(actors[pairs[g]], span) for span in spans)
        paired_gold = {a: g for g, a in pairs.items()}
        for a, actor in enumerate(actors):
            reported += 1
            if a not in paired_gold:
                unmatched += 1
                unmatched_names.append(f"{article_id[:4]} {actor.name} ({actor.kind}, {len(actor.mentions)})")
            for span in actor.mentions:
                owners = [g for s, g in owner_of_span.items() if span[0] <= s[0] and s[1] <= span[1]]
                if owners:
                    attachable += 1
                    attached += any(pairs.get(g) == a for g in owners)
    print(f"{split}: {len(gold_by_article)} articles, {sum(len(g) for g in gold_by_article.values())} gold actors, {reported} reported")
    print(f"  central gold actors found         {central_found}/{central} = {central_found / central:.3f}  (bar >= 0.95)")
    print(f"    of those flagged central        {central_flagged}/{central_found} = {central_flagged / max(central_found, 1):.3f}")
    print(f"  mentions attached to right actor  {attached}/{attachable} = {attached / max(attachable, 1):.3f}  (bar >= 0.90)")
    print(f"  gold form occurrences covered     {gold_forms_right}/{gold_forms} = {gold_forms_right / gold_forms:.3f}")
    print(f"  reported, matching no gold actor  {unmatched}/{reported} = {unmatched / reported:.3f}  (bar <= 0.05 for non-actors)")
    if blind:
        return
    print("  central gold actors missed: " + "; ".join(missed))
    if show:
        print("  reported, matching no gold actor:")
        for name in unmatched_names:
            print("    " + name)


def speed(count: int, repeats: int) -> None:
    """Print discovery time per article against TextBlob sentiment, same articles, same run.

    The articles are read one after another, as corpus mode reads them, ``repeats`` passes,
    each article's TextBlob and discovery timed back to back (so a busy machine slows both
    alike) and its fastest of the passes kept. Two figures: *corpus order* (the remembered run
    plans emptied before each pass, so each article finds those of the articles before it)
    and *cold* (emptied before every article: one article analysed in a fresh process)."""
    articles = list(read_articles(None, count).values())
    discover_actors(articles[0])
    TextBlob(articles[0].text).sentiment
    n = len(articles)
    print(f"speed: {n} AllSides articles, ms per article (each article's fastest of {repeats} passes)")
    for label, cold in (("corpus order", False), ("cold", True)):
        best = {"textblob": [float("inf")] * n, "discover_actors": [float("inf")] * n}
        for _ in range(repeats):
            forget_caches()
            for k, article in enumerate(articles):
                started = time.perf_counter()
                TextBlob(article.text).sentiment
                best["textblob"][k] = min(best["textblob"][k], time.perf_counter() - started)
                if cold:
                    forget_caches()
                started = time.perf_counter()
                discover_actors(article)
                best["discover_actors"][k] = min(best["discover_actors"][k], time.perf_counter() - started)
        totals = {name: sum(times) for name, times in best.items()}
        print(f"  {label}")
        for name, seconds in totals.items():
            print(f"    {name:16s} {1000 * seconds / n:6.2f}  ({seconds / totals['textblob']:.3f}x TextBlob)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--split", default=DEFAULT_SPLIT, help="gold split scored (default dev1; heldout splits need --blind-score)")
    parser.add_argument("--blind-score", action="store_true", help="integrator only: score a blind heldout split, aggregates only")
    parser.add_argument("--articles", type=int, default=300, help="articles timed for speed (0: no timing)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--list", action="store_true", help="list the reported actors that match no gold actor")
    options = parser.parse_args()
    blind = is_blind(options.split)
    if blind and not options.blind_score:
        parser.error(f"split {options.split} is blind: only the integrator scores it, with --blind-score (aggregates only)")
    if blind and options.list:
        parser.error("--list names reported actors: never on a blind split")
    if allsides_missing():
        return
    if not options.gold.exists():
        print(f"skipped: gold file {options.gold} not found")
    else:
        gold = read_gold(options.gold, options.split)
        if not gold:
            parser.error(f"{options.gold}: no gold rows in split {options.split}")
        score(gold, read_articles(set(gold)), options.list, options.split, blind)
    if options.articles:
        speed(options.articles, options.repeats)


if __name__ == "__main__":
    main()
