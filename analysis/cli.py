"""Command line: ``python -m analysis TABLE PATH_OR_URL...`` and friends.

Every table in `analysis.pipeline.TABLES` is a subcommand printing JSON Lines (one object per
row). ``tables PATH... --out DIR`` writes every table as CSV; ``report PATH... --out FILE.html``
writes one self-contained HTML report comparing the articles (`analysis.report`). Bad input prints one line on
stderr naming the input and the problem and exits with status 2, without a traceback.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import warnings
from pathlib import Path

import pandas as pd

from .errors import ArticleError
from .load import load_article
from .pipeline import TABLES, analyze

EXIT_BAD_INPUT = 2


def _json_value(value: object) -> object:
    """Plain JSON for numpy/pandas scalars; NaN becomes null."""
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NA or value is pd.NaT:
        return None
    return value


def write_json_lines(table: pd.DataFrame, stream) -> None:
    """One JSON object per row, keys in column order, non-ASCII kept as is."""
    columns = list(table.columns)
    for row in table.itertuples(index=False, name=None):
        record = {column: _json_value(value) for column, value in zip(columns, row)}
        line = json.dumps(record, ensure_ascii=False, default=str)
        # U+2028/U+2029 are valid in JSON strings but split lines for many readers: escape them.
        stream.write(line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n")


def _load_all(sources: list[str]) -> tuple[list, int]:
    """Load each input; report each failure on one stderr line. Returns (articles, failures)."""
    articles, failures = [], 0
    for source in sources:
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                articles.append(load_article(source))
            for warning in caught:
                print(f"warning: {warning.message}", file=sys.stderr)
        except ArticleError as error:
            print(f"error: {error}", file=sys.stderr)
            failures += 1
    return articles, failures


def _run_table(name: str, sources: list[str]) -> int:
    articles, failures = _load_all(sources)
    for article in articles:
        try:
            table = TABLES[name](article)
        except ArticleError as error:
            print(f"error: {error}", file=sys.stderr)
            failures += 1
            continue
        write_json_lines(table, sys.stdout)
    return EXIT_BAD_INPUT if failures else 0


def _run_tables(sources: list[str], out: Path) -> int:
    articles, failures = _load_all(sources)
    collected: dict[str, list[pd.DataFrame]] = {}
    for article in articles:
        try:
            tables = analyze(article)
        except ArticleError as error:
            print(f"error: {error}", file=sys.stderr)
            failures += 1
            continue
        for name, table in tables.items():
            collected.setdefault(name, []).append(table)
    out.mkdir(parents=True, exist_ok=True)
    for name, tables in collected.items():
        path = out / f"{name}.csv"
        pd.concat(tables, ignore_index=True).to_csv(path, index=False)
        print(f"wrote {path}", file=sys.stderr)
    return EXIT_BAD_INPUT if failures else 0


def _run_report(sources: list[str], out: Path, title: str, group_a: list[str] | None) -> int:
    """Write the comparison report of every input that loads; exit 2 if any input failed."""
    import matplotlib

    matplotlib.use("Agg")  # files only, never a window
    from .report import write_report

    articles, failures = _load_all(sources)
    if not articles:
        return EXIT_BAD_INPUT
    try:
        path = write_report(articles, out, title=title, group_a=group_a)
    except (ArticleError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"wrote {path}", file=sys.stderr)
    return EXIT_BAD_INPUT if failures else 0


def _run_corpus(args: argparse.Namespace) -> int:
    """Analyse a corpus into a Parquet dataset (analysis.corpus); failed articles go to its errors table."""
    from .corpus import analyze_corpus, parse_column_map

    try:
        columns = parse_column_map(args.column_map) if args.column_map else None
        run = analyze_corpus(
            args.source, args.out, workers=args.workers, engine="dask" if args.scheduler else args.engine, client=args.scheduler,
            columns=columns, limit=args.limit, progress=not args.quiet,
        )
    except (ArticleError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(f"interrupted; the articles done so far are in {args.out}: run the same command to continue", file=sys.stderr)
        return 130
    print(run, file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in TABLES:
        sub = commands.add_parser(name, help=f"print the {name} table as JSON Lines")
        sub.add_argument("sources", nargs="+", metavar="PATH_OR_URL")
    sub = commands.add_parser("tables", help="write every table as CSV into a folder")
    sub.add_argument("sources", nargs="+", metavar="PATH_OR_URL")
    sub.add_argument("--out", type=Path, required=True, metavar="DIR")
    sub = commands.add_parser("report", help="write one self-contained HTML report comparing the articles")
    sub.add_argument("sources", nargs="+", metavar="PATH_OR_URL")
    sub.add_argument("--out", type=Path, required=True, metavar="FILE.html")
    sub.add_argument("--title", default="Comparing articles", help="the report's heading")
    sub.add_argument("--group-a", nargs="+", metavar="ARTICLE_ID", default=None,
                     help="article ids contrasted with the rest in the word-choice section (default: the first)")
    sub = commands.add_parser("corpus", help="analyse a corpus (folder, CSV or JSON Lines) into a Parquet dataset")
    sub.add_argument("source", metavar="SOURCE", help="folder of articles, .csv or .jsonl (optionally .gz)")
    sub.add_argument("--out", type=Path, required=True, metavar="DIR", help="dataset folder; a rerun skips articles done")
    sub.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (default 1)")
    sub.add_argument("--engine", choices=("processes", "dask"), default="processes",
                     help="worker processes on this machine (default), or a Dask cluster")
    sub.add_argument("--scheduler", metavar="ADDRESS", default=None,
                     help="Dask scheduler address (tcp://host:8786; implies --engine dask); default: a local cluster of N workers")
    sub.add_argument("--limit", type=int, default=None, metavar="N", help="read only the first N records")
    sub.add_argument("--column-map", default=None, metavar="FIELD=COLUMN,...",
                     help="id, title, body, outlet, date, url and label columns (default: AllSides: id=ID,title=title,"
                          "body=content_original,outlet=source,date=date,url=url,bias_text=bias_text,topic=topic)")
    sub.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # JSON Lines are UTF-8 whatever the console's code page (cp1252 on Windows cannot print
    # Arabic or Chinese article text and would crash mid-table).
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace" if stream is sys.stderr else "strict")
    try:
        if args.command in TABLES:
            return _run_table(args.command, args.sources)
        if args.command == "tables":
            return _run_tables(args.sources, args.out)
        if args.command == "report":
            return _run_report(args.sources, args.out, args.title, args.group_a)
        if args.command == "corpus":
            return _run_corpus(args)
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    except OSError as error:
        print(f"error: {getattr(error, 'filename', '') or args.command}: {error.strerror or error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    raise AssertionError(f"unhandled command {args.command}")
