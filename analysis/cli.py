"""Command line: ``python -m analysis TABLE PATH_OR_URL...`` and friends.

Every table in `analysis.pipeline.TABLES` is a subcommand printing JSON Lines (one object per
row). ``tables PATH... --out DIR`` writes every table as CSV. Bad input prints one line on
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
        stream.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in TABLES:
        sub = commands.add_parser(name, help=f"print the {name} table as JSON Lines")
        sub.add_argument("sources", nargs="+", metavar="PATH_OR_URL")
    sub = commands.add_parser("tables", help="write every table as CSV into a folder")
    sub.add_argument("sources", nargs="+", metavar="PATH_OR_URL")
    sub.add_argument("--out", type=Path, required=True, metavar="DIR")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command in TABLES:
            return _run_table(args.command, args.sources)
        if args.command == "tables":
            return _run_tables(args.sources, args.out)
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    except OSError as error:
        print(f"error: {getattr(error, 'filename', '') or args.command}: {error.strerror or error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    raise AssertionError(f"unhandled command {args.command}")
