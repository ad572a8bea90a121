"""Identity check for changes that must not change behaviour (issue 12's restructure and speed work).

Dumps every table of `analysis.analyze` for a fixed article set — the first N AllSides articles of
at least 150 words, every gold article (statements and actors gold, all splits) and the shipped
articles — to a pickle, and compares two dumps table by table with ``DataFrame.equals`` (NaN-aware).

    python -m tools.identity dump OUT.pkl [--n 1000] [--tables statements,framing]
    python -m tools.identity compare BEFORE.pkl AFTER.pkl

Developer-only: needs ../shared (AllSides); prints what differs, the article and the first rows.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import pandas as pd

from analysis.lexicon import commented_csv_rows
from analysis.load import load_article
from analysis.pipeline import analyze

from .evaluate import GOLD, REPO, allsides_articles
from .evaluate.statements import gold_jobs

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from framing_tables import read_articles  # noqa: E402  (benchmarks/ is no package)


def article_set(count: int) -> list:
    """(key, Article) of the fixed set: N AllSides articles, every gold article, the shipped ones."""
    chosen = [(f"allsides:{a.id}", a) for a in read_articles(count)]
    for subset, article, _rows in gold_jobs():
        chosen.append((f"{subset}:{article.id}", article))
    actor_ids = {row["article"] for row in commented_csv_rows((GOLD / "actors" / "allsides.csv").open(encoding="utf-8"))}
    for key, article in allsides_articles(actor_ids).items():
        chosen.append((f"actors:{key}", article))
    for path in sorted((REPO / "data" / "articles").glob("*.txt")):
        chosen.append((f"shipped:{path.stem}", load_article(path)))
    return chosen


def dump(out: Path, count: int, tables: list[str] | None) -> None:
    result = {}
    for key, article in article_set(count):
        analysed = analyze(article)
        result[key] = {name: frame for name, frame in analysed.items() if not tables or name in tables}
    with open(out, "wb") as handle:
        pickle.dump(result, handle)
    print(f"{len(result)} articles dumped to {out}")


def compare(before: Path, after: Path) -> int:
    old, new = (pickle.loads(path.read_bytes()) for path in (before, after))
    differences = 0
    for key in old:
        if key not in new:
            print(f"missing in {after}: {key}")
            differences += 1
            continue
        for name, frame in old[key].items():
            other = new[key].get(name)
            if other is None or not frame.equals(other):
                differences += 1
                if differences <= 20:
                    print(f"DIFF {key} {name}")
                    if other is not None:
                        merged = pd.concat([frame.head(50), other.head(50)]).drop_duplicates(keep=False)
                        print(merged.head(6).to_string()[:1500])
    print(f"{len(old)} articles, {differences} differing tables")
    return 1 if differences else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    dumping = sub.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--n", type=int, default=1000)
    dumping.add_argument("--tables", default="")
    comparing = sub.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    options = parser.parse_args(argv)
    if options.command == "dump":
        dump(options.out, options.n, [t for t in options.tables.split(",") if t] or None)
        return 0
    return compare(options.before, options.after)


if __name__ == "__main__":
    raise SystemExit(main())
