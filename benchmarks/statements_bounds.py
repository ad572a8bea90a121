"""Upper bounds of speed levers for the statements step: what the step would cost if a part of it were free.

Issue 12 asks the statements step (`statement_columns` given the sentences step's columns) to cost
at most 0.6x TextBlob sentiment of the same articles. Before building a lever, this measures the
most it can give, by running the step with the lever's work done by an oracle or knocked out:

- ``perfect cue prefilter``: `reported._verb_statements` and `according.according_statement` run
  only for the cues that give a statement (recorded in a first pass over the same articles), the
  others return nothing at once: the bound of any per-cue or per-sentence prefilter ("cues that
  pass `may_report` but give nothing", "skip the handlers that cannot match"). Its tables are
  checked equal to the step's.
- ``free statement sentiment``: the scorer returns zeros (tables differ; only time is read): the
  bound of reusing the sentences step's tokens for the statement spans.
- both at once.

``--exits`` instead splits the time of `_verb_statements` (wall clock, one pass after a warm one)
by whether the cue gives a statement, what `may_report` said and what `_verb_speaker` found (a
speaker, None, or `_NO_SPEAKER` from a guard after the search), as shares of the step.

CPU time (``time.process_time``), each article's variants in rotating turn order (the turn after a
call of the same code is ~2% faster, NOTES-speed26), the fastest of R kept, TextBlob timed in the
same loop. Skips with a message when ../shared is absent.

    python benchmarks/statements_bounds.py [--articles 200] [--repeats 3] [--exits]
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

from textblob import TextBlob

sys.path.insert(0, str(Path(__file__).resolve().parent))

from framing_tables import options_and_articles  # noqa: E402

import analysis.statements  # noqa: E402,F401  (the package; its modules are read from sys.modules)
from analysis.sentences import sentence_columns  # noqa: E402

_STEP = sys.modules["analysis.statements"]
_REPORTED = sys.modules["analysis.statements.reported"]
_VERB, _ACCORDING, _SCORER = _REPORTED._verb_statements, _REPORTED.according_statement, _STEP.polarity_subjectivity_many


def _giving(text: str, statements) -> bool:
    """Whether a cue's statements include one `reported_statements` keeps (two words or more)."""
    return any(_REPORTED.word_count(text, s.start, s.end) >= 2 for s in statements)


def _recording(keep: set[tuple[str, int]]):
    """`_verb_statements` and `according_statement` that add each cue that gives a statement to ``keep``."""
    def verb(ctx, cue, *bounds):
        found = _VERB(ctx, cue, *bounds)
        if _giving(ctx.text, found):
            keep.add((ctx.text, cue.start))
        return found

    def according(ctx, cue, used_cues, *bounds):
        found = _ACCORDING(ctx, cue, used_cues, *bounds)
        if found is not None and _giving(ctx.text, [found]):
            keep.add((ctx.text, cue.start))
        return found
    return verb, according


def _oracle(keep: set[tuple[str, int]]):
    """The two handlers, run only for the cues in ``keep``."""
    def verb(ctx, cue, *bounds):
        return _VERB(ctx, cue, *bounds) if (ctx.text, cue.start) in keep else []

    def according(ctx, cue, used_cues, *bounds):
        return _ACCORDING(ctx, cue, used_cues, *bounds) if (ctx.text, cue.start) in keep else None
    return verb, according


def _zeros(texts):
    return [(0.0, 0.0)] * len(texts)


def _install(handlers, scorer) -> None:
    _REPORTED._verb_statements, _REPORTED.according_statement = handlers
    _STEP.polarity_subjectivity_many = scorer


def exits(given) -> None:
    """Shares of the step spent in `_verb_statements` by outcome (module docstring, ``--exits``)."""
    may_report, verb_speaker = _REPORTED.may_report, _REPORTED._verb_speaker
    state: dict[str, object] = {}

    def judged(*args):
        state["may_report"] = may_report(*args)
        return state["may_report"]

    def searched(ctx, cue, s_start):
        found = verb_speaker(ctx, cue, s_start)
        state["speaker"] = "guarded" if found is _REPORTED._NO_SPEAKER else "none" if found is None else "found"
        return found

    seconds, cues = Counter(), Counter()

    def timed(ctx, cue, *bounds):
        state.clear()
        started = time.perf_counter()
        found = _VERB(ctx, cue, *bounds)
        key = ("gives" if _giving(ctx.text, found) else "gives nothing", state.get("may_report"), state.get("speaker", "not searched"))
        seconds[key] += time.perf_counter() - started
        cues[key] += 1
        return found
    _REPORTED.may_report, _REPORTED._verb_speaker, _REPORTED._verb_statements = judged, searched, timed
    try:
        for article, columns in given:
            _STEP.statement_columns(article, columns)  # warm
        seconds.clear(), cues.clear()
        started = time.perf_counter()
        for article, columns in given:
            _STEP.statement_columns(article, columns)
        total = time.perf_counter() - started
    finally:
        _REPORTED.may_report, _REPORTED._verb_speaker, _REPORTED._verb_statements = may_report, verb_speaker, _VERB
    print(f"{len(given)} AllSides articles; `_verb_statements` by outcome (cues, share of the step)")
    print(f"  {'statement':14s} {'may_report':10s} {'speaker':13s} {'cues':>5s}  share")
    for key in sorted(seconds, key=seconds.get, reverse=True):
        print(f"  {key[0]:14s} {str(key[1]):10s} {key[2]:13s} {cues[key]:5d}  {seconds[key] / total:.1%}")


def main() -> None:
    show_exits = "--exits" in sys.argv
    if show_exits:
        sys.argv.remove("--exits")
    setup = options_and_articles(__doc__.splitlines()[0], "the statements step")
    if setup is None:
        return
    options, articles, _ = setup
    given = [(article, sentence_columns(article)) for article in articles]
    if show_exits:
        exits(given)
        return
    keep: set[tuple[str, int]] = set()
    _install(_recording(keep), _SCORER)
    expected = [repr(_STEP.statement_columns(article, columns)) for article, columns in given]
    oracle = _oracle(keep)
    _install(oracle, _SCORER)
    if any(repr(_STEP.statement_columns(article, columns)) != table for (article, columns), table in zip(given, expected)):
        raise SystemExit("the perfect prefilter changed a table: the recording is wrong")
    variants = {
        "statements step": ((_VERB, _ACCORDING), _SCORER),
        "perfect cue prefilter": (oracle, _SCORER),
        "free statement sentiment": ((_VERB, _ACCORDING), _zeros),
        "both": (oracle, _zeros),
    }
    totals = dict.fromkeys(["textblob", *variants], 0.0)
    names = list(variants)
    for index, (article, columns) in enumerate(given):
        best = dict.fromkeys(totals, float("inf"))
        for turn in range(options.repeats):
            started = time.process_time()
            TextBlob(article.text).sentiment
            best["textblob"] = min(best["textblob"], time.process_time() - started)
            shift = (index + turn) % len(names)
            for name in names[shift:] + names[:shift]:
                _install(*variants[name])
                started = time.process_time()
                _STEP.statement_columns(article, columns)
                best[name] = min(best[name], time.process_time() - started)
        for name in totals:
            totals[name] += best[name]
    _install((_VERB, _ACCORDING), _SCORER)
    n = len(given)
    cues = sum(len(_STEP.Context(a.text, [int(s) for s in c["start"]], [int(e) for e in c["end"]]).cues) for a, c in given if c["start"])
    print(f"{n} AllSides articles; {len(keep)} of {cues} cues give a statement; CPU ms per article (fastest of {options.repeats})")
    for name, seconds in totals.items():
        saving = "" if name in ("textblob", "statements step") else f"  (-{1 - seconds / totals['statements step']:.1%} of the step)"
        print(f"  {name:28s} {1000 * seconds / n:6.3f}  ({seconds / totals['textblob']:.3f}x TextBlob){saving}")


if __name__ == "__main__":
    main()
