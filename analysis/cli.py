"""Command line: python -m analysis TABLE PATH_OR_URL... and friends.

Every table in `analysis.pipeline.TABLES` is a subcommand printing JSON Lines (one object per
row). ``tables PATH... --out DIR`` writes every table as CSV; ``report PATH... --out FILE.html``
writes one self-contained HTML report (`analysis.report`); ``corpus SOURCE --out DIR`` writes a
Parquet dataset (`analysis.corpus`). Every subcommand takes ``--topic`` (the actors' topic file).
Bad input prints one line on stderr naming the input and the problem and exits with status 2,
without a traceback. The help texts below are what ``--help`` prints: plain text with examples.
"""

from __future__ import annotations

import argparse
import textwrap
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


def _run_table(name: str, sources: list[str], topic: str | None) -> int:
    articles, failures = _load_all(sources)
    for article in articles:
        try:
            # Every table through `analyze`, so the topic reaches each step that reads it.
            table = analyze(article, topic=topic)[name]
        except ArticleError as error:
            print(f"error: {error}", file=sys.stderr)
            failures += 1
            continue
        write_json_lines(table, sys.stdout)
    return EXIT_BAD_INPUT if failures else 0


def _run_tables(sources: list[str], out: Path, topic: str | None) -> int:
    articles, failures = _load_all(sources)
    collected: dict[str, list[pd.DataFrame]] = {}
    for article in articles:
        try:
            tables = analyze(article, topic=topic)
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


def _run_report(sources: list[str], out: Path, title: str | None, group_a: list[str] | None, topic: str | None) -> int:
    """Write the comparison report of every input that loads; exit 2 if any input failed."""
    import matplotlib

    matplotlib.use("Agg")  # files only, never a window
    from .report import write_report

    articles, failures = _load_all(sources)
    if not articles:
        return EXIT_BAD_INPUT
    try:
        path = write_report(articles, out, title=title, group_a=group_a, topic=topic)
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
            columns=columns, limit=args.limit, progress=not args.quiet, topic=args.topic,
        )
    except (ArticleError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(f"interrupted; the articles done so far are in {args.out}: run the same command to continue", file=sys.stderr)
        return 130
    print(run, file=sys.stderr)
    return 0


PROG = "python -m analysis"
_FORMAT = argparse.RawDescriptionHelpFormatter  # keeps the examples' line breaks
_SOURCES_HELP = "article files (.txt, .md, .html) or http(s) URLs; several may be given"
_TOPIC_HELP = ("the topic overlay of aliases and labels for the actors the article names: a shipped topic's "
               "name (default: israel_gaza), the path of your own topic CSV (a copy of "
               "analysis/topics/israel_gaza.csv, edited), or '' for none")
_EXAMPLE_ARTICLE = "data/articles/seed-2025-10-gaza-stabilization-force.txt"

_DESCRIPTION = f"""\
News articles as tidy tables: sentences, statements (who said what), framing terms, actors,
actor labels and a summary, each row pointing into the text by character offsets.

Bad input (a missing file, an empty or binary file, a failing URL) prints one line naming the
input and the problem, and the command exits with status 2.

examples:
  {PROG} statements {_EXAMPLE_ARTICLE}
  {PROG} framing https://example.org/story.html --topic my_topic.csv
  {PROG} tables data/articles/*.txt --out out/tables
  {PROG} report data/articles/*.txt --out report.html
  {PROG} corpus articles.jsonl.gz --out out/corpus --workers 2

Run "{PROG} COMMAND --help" for a command's arguments."""

# Each subcommand: (name, one-line help, what it writes, example arguments).
_TABLE_HELP = {
    "sentences": "one row per sentence: offsets, paragraph, TextBlob polarity and subjectivity",
    "statements": "one row per statement: who said what, reporting verb and its stance, quote offsets",
    "framing": "one row per framing term: loaded words, actor labels, hedges, boosters, frame cues",
    "actors": "one row per actor found in the article (topic file optional): kind, central, mentions, labels, times quoted, tone, agent or target of violence",
    "actor_labels": "one row per actor and label: the words used for each actor, writer and quotes apart",
    "voices": "one row per speaker and actor they mention: who speaks about whom, how often, loaded words, polarity",
    "summary": "one row per article: words by voice, loaded terms per 1,000 words, tone, polarity",
}


def _paragraph(text: str) -> str:
    """``text`` wrapped for a terminal (descriptions are printed as written, to keep examples)."""
    return textwrap.fill(text, 88)


def _epilog(*examples: str) -> str:
    return "examples:\n" + "\n".join(f"  {PROG} {example}" for example in examples)


def _add_sources(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("sources", nargs="+", metavar="PATH_OR_URL", help=_SOURCES_HELP)


def _add_topic(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--topic", metavar="PATH", default=None, help=_TOPIC_HELP)


def _add_table_commands(commands) -> None:
    for name in TABLES:
        sub = commands.add_parser(
            name, help=f"print the {name} table as JSON Lines", formatter_class=_FORMAT,
            description=_paragraph(f"Print the {name} table of each article as JSON Lines on stdout ({_TABLE_HELP.get(name, name)})."),
            epilog=_epilog(f"{name} {_EXAMPLE_ARTICLE}", f"{name} data/articles/*.txt --topic my_topic.csv > {name}.jsonl"),
        )
        _add_sources(sub)
        _add_topic(sub)


def _add_tables_and_report(commands) -> None:
    sub = commands.add_parser(
        "tables", help="write every table as CSV into a folder", formatter_class=_FORMAT,
        description=_paragraph("Analyse the articles and write every table, all articles stacked, as DIR/TABLE.csv."),
        epilog=_epilog("tables data/articles/*.txt --out out/tables"),
    )
    _add_sources(sub)
    sub.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the CSV files (created if missing)")
    _add_topic(sub)
    sub = commands.add_parser(
        "report", help="write one self-contained HTML report on the articles", formatter_class=_FORMAT,
        description=_paragraph("Write one HTML file (charts embedded, no scripts, no network needed) on one "
                               "article, or comparing several side by side."),
        epilog=_epilog(f"report {_EXAMPLE_ARTICLE} --out seed.html", "report data/articles/*.txt --out report.html --title 'Four voices'"),
    )
    _add_sources(sub)
    sub.add_argument("--out", type=Path, required=True, metavar="FILE.html", help="the HTML file to write")
    sub.add_argument("--title", default=None,
                     help="the report's heading (default: the article's title, or 'Comparing N articles')")
    sub.add_argument("--group-a", nargs="+", metavar="ARTICLE_ID", default=None,
                     help="article ids (file names without extension) contrasted with the rest in the "
                          "word-choice section (default: the first article)")
    _add_topic(sub)


def _add_corpus(commands) -> None:
    sub = commands.add_parser(
        "corpus", help="analyse a corpus (folder, CSV or JSON Lines) into a Parquet dataset", formatter_class=_FORMAT,
        description=_paragraph("Analyse every article of SOURCE into a Parquet dataset, one folder per table "
                               "plus articles and errors; a rerun skips the articles already done."),
        epilog=_epilog("corpus data/articles --out out/shipped",
                       "corpus articles.jsonl.gz --out out/allsides --workers 2 --limit 3000",
                       "corpus stories.csv --out out/stories --column-map id=story_id,title=headline,body=text"),
    )
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
    _add_topic(sub)


def build_parser() -> argparse.ArgumentParser:
    """The parser of every subcommand; each one's --help names its arguments and gives examples."""
    parser = argparse.ArgumentParser(prog=PROG, description=_DESCRIPTION, formatter_class=_FORMAT)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_table_commands(commands)
    _add_tables_and_report(commands)
    _add_corpus(commands)
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
            return _run_table(args.command, args.sources, args.topic)
        if args.command == "tables":
            return _run_tables(args.sources, args.out, args.topic)
        if args.command == "report":
            return _run_report(args.sources, args.out, args.title, args.group_a, args.topic)
        if args.command == "corpus":
            return _run_corpus(args)
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    except OSError as error:
        print(f"error: {getattr(error, 'filename', '') or args.command}: {error.strerror or error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    raise AssertionError(f"unhandled command {args.command}")
