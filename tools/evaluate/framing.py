"""How well `loaded` framing rows find BASIL's lexical-bias spans (Fan et al. 2019).

BASIL marks phrase-level bias in 300 articles (100 same-event triplets, Fox News / New York Times
/ HuffPost, 2010–2019): ``bias: lex`` spans are loaded wording, ``bias: inf`` spans are biased
informational content (usually whole clauses). Articles are rebuilt from ``body-paragraphs``
(sentences joined by a space, paragraphs by a blank line); annotation ``start``/``end`` are
offsets into one sentence, which is found as the sentence whose ``[start:end]`` equals the
annotated ``txt`` (annotations of the title match no body sentence and are dropped, counted).

Lexicons were tuned only on the 2010–2015 triplets; figures are reported on the 2016–2019
triplets. Direction (`direction_agreement`): for the lexical spans found, the share whose first
overlapping row's ``polarity`` matches BASIL's (favourable = pos) and whose ``target`` shares a
name word with BASIL's ``target`` (a plural or possessive matching its singular; the whole-word
figure of earlier stops is printed beside it). Recall = share of lexical spans overlapped by at least one ``loaded`` row; precision =
share of ``loaded`` rows overlapping any annotated bias span (lexical or informational). The
baseline flags every word of TextBlob's lexicon with subjectivity >= 0.5.

Run ``python -m tools.evaluate framing`` (skips cleanly when BASIL is absent).
``--train`` scores the 2010–2015 tuning triplets, ``--train-years 2010-2012`` a part of them: a change
chosen on one half of the tuning years is measured on the other (NOTES-framing20.md, fourth pass).
"""

from __future__ import annotations

import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.article import Article
from analysis.framing import discovered_mentions, framing
from analysis.lexicon import normalise, textblob_lexicon
from analysis.schema import Category, empty_table
from analysis.sentences import sentences
from analysis.sentiment import polarity_subjectivity
from analysis.statements import statements
from analysis.tokenize import word_spans

from . import BASIL, basil_body

TRAIN_YEARS = range(2010, 2016)
TEST_YEARS = range(2016, 2020)
# The bars of issue 13 (framing in context).
RECALL_BAR = 0.60
PRECISION_BAR = 0.45
POLARITY_BAR = 0.80
TARGET_BAR = 0.60


@dataclass
class BasilArticle:
    """One BASIL article rebuilt as an `Article`, with its annotated spans as body offsets."""

    article: Article
    spans: list[dict] = field(default_factory=list)  # start, end, bias, polarity, quote, speaker, txt
    unplaced: int = 0


def load_basil(root: Path = BASIL, years: range = TEST_YEARS) -> list[BasilArticle]:
    """Every BASIL article of ``years`` with its phrase-level annotations placed in the body."""
    loaded = []
    for year in years:
        for path in sorted((root / "articles" / str(year)).glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            annotation_path = root / "annotations" / str(year) / f"{path.stem}_ann.json"
            annotations = json.loads(annotation_path.read_text(encoding="utf-8")) if annotation_path.exists() else {}
            sentences = [sentence for paragraph in data.get("body-paragraphs", []) for sentence in paragraph]
            text, offsets = basil_body(data.get("body-paragraphs", []))
            item = BasilArticle(Article(path.stem, data.get("title", ""), text, {"outlet": data.get("source", "")}))
            for span in annotations.get("phrase-level-annotations", []):
                hit = next(
                    (i for i, sentence in enumerate(sentences) if sentence[span["start"] : span["end"]] == span["txt"]),
                    None,
                )
                if hit is None:
                    item.unplaced += 1
                    continue
                start = offsets[hit] + span["start"]
                item.spans.append({**span, "start": start, "end": start + len(span["txt"])})
            loaded.append(item)
    return loaded


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def score(items: list[BasilArticle], flagged: dict[str, list[tuple[int, int]]]) -> dict[str, float]:
    """Recall of lexical spans and precision of flagged spans, overall and by BASIL voice."""
    lex_found = lex_total = hits = total = 0
    by_voice = {"yes": [0, 0], "no": [0, 0]}
    for item in items:
        found = flagged.get(item.article.id, [])
        every_span = [(s["start"], s["end"]) for s in item.spans]
        for span in item.spans:
            if span["bias"] != "lex":
                continue
            ok = _overlaps(span["start"], span["end"], found)
            lex_total += 1
            lex_found += ok
            voice = by_voice.setdefault(span.get("quote", "no"), [0, 0])
            voice[0] += ok
            voice[1] += 1
        total += len(found)
        hits += sum(_overlaps(s, e, every_span) for s, e in found)
    return {
        "lexical_spans": lex_total,
        "recall": lex_found / lex_total if lex_total else 0.0,
        "flagged": total,
        "precision": hits / total if total else 0.0,
        "recall_writer": by_voice["no"][0] / by_voice["no"][1] if by_voice["no"][1] else 0.0,
        "recall_quoted": by_voice["yes"][0] / by_voice["yes"][1] if by_voice["yes"][1] else 0.0,
    }


def baseline_spans(item: BasilArticle, min_subjectivity: float = 0.5) -> list[tuple[int, int]]:
    """Words of TextBlob's lexicon with subjectivity >= 0.5: the baseline the issue quotes."""
    lexicon = textblob_lexicon()
    return [
        (start, end)
        for start, end, word in word_spans(item.article.text)
        if lexicon.get(normalise(word), (0.0, 0.0))[1] >= min_subjectivity
    ]


STATEMENT_FAILURES: list[str] = []


# Whether targets may also be chosen among `analysis.entities.discover_actors` mentions (``--discovered``).
USE_DISCOVERED: list[bool] = [False]


def mentions_of(article: Article) -> list[tuple[int, int, str]]:
    """The discovered actors' mentions of ``article`` when ``--discovered`` is given, else none."""
    if not USE_DISCOVERED[0]:
        return []
    from analysis.entities import discover_actors

    return discovered_mentions([actor for actor in discover_actors(article) if actor.central])


def loaded_rows(items: list[BasilArticle]) -> tuple[dict[str, pd.DataFrame], float]:
    """The `loaded` framing rows of every article and the mean seconds per article.

    If the statements table fails on an article, its quoted voice falls back to quotation marks
    alone (an empty statements table) and the article is listed in ``STATEMENT_FAILURES``.
    """
    rows, started = {}, time.perf_counter()
    for item in items:
        sentence_table = sentences(item.article)
        try:
            statement_table = statements(item.article, sentences=sentence_table)
        except Exception as error:  # noqa: BLE001 - reported, not hidden
            STATEMENT_FAILURES.append(f"{item.article.id}: {type(error).__name__}: {error}")
            statement_table = empty_table("statements")
        table = framing(item.article, sentences=sentence_table, statements=statement_table, topic=None, actor_mentions=mentions_of(item.article))
        # Headline rows' offsets point into the title; BASIL's title annotations are dropped (above).
        rows[item.article.id] = table[(table["category"] == Category.LOADED) & (table["part"] == "body")]
    return rows, (time.perf_counter() - started) / max(len(items), 1)


def polarity_agreement(items: list[BasilArticle]) -> dict[str, float]:
    """How often the sign of TextBlob's polarity of a lexical span agrees with BASIL's polarity."""
    agree = disagree = neutral = 0
    for item in items:
        for span in item.spans:
            if span["bias"] != "lex" or span.get("polarity") not in ("pos", "neg"):
                continue
            polarity, _ = polarity_subjectivity(span["txt"])
            if polarity == 0:
                neutral += 1
            elif (polarity > 0) == (span["polarity"] == "pos"):
                agree += 1
            else:
                disagree += 1
    total = agree + disagree + neutral
    return {
        "spans": total,
        "agree": agree / total if total else 0.0,
        "disagree": disagree / total if total else 0.0,
        "textblob_neutral": neutral / total if total else 0.0,
        "agree_when_polar": agree / (agree + disagree) if agree + disagree else 0.0,
    }


def _found_lexical_spans(items: list[BasilArticle], rows: dict[str, pd.DataFrame]):
    """(span, overlapping rows) for every BASIL lexical-bias span that some row of ``rows`` overlaps."""
    for item in items:
        table = rows[item.article.id]
        for span in item.spans:
            if span["bias"] != "lex":
                continue
            inside = table[(table["start"] < span["end"]) & (span["start"] < table["end"])]
            if not inside.empty:
                yield span, inside


def voice_agreement(items: list[BasilArticle], rows: dict[str, pd.DataFrame]) -> dict[str, float]:
    """Share of lexical spans found whose `in_quote` matches BASIL's ``quote`` flag."""
    same = total = 0
    for span, inside in _found_lexical_spans(items, rows):
        total += 1
        same += bool(inside["in_quote"].iloc[0]) == (span.get("quote") == "yes")
    return {"found_spans": total, "voice_agrees": same / total if total else 0.0}


# A possessive ending ("Obama's", "Democrats'") and a plural "s" (not "ss": "Congress"), taken off
# a name word before two names are compared (`_same_actor`, ``singular=True``).
_POSSESSIVE_RE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_PLURAL_RE = re.compile(r"(?<=[^s])s$")


def _name_words(name: str, singular: bool) -> set[str]:
    """The lower-case name words of 3+ letters of ``name`` ("Mitt_Romney" -> mitt, romney); with
    ``singular``, each without a possessive ending and a plural "s" ("Republicans" -> republican,
    "Obama's" -> obama)."""
    words = {word.lower() for word in name.replace("_", " ").split() if len(word) > 2}
    if singular:
        words = {_PLURAL_RE.sub("", _POSSESSIVE_RE.sub("", word)) for word in words}
    return words


def _same_actor(ours: str, theirs: str, singular: bool = True) -> bool:
    """True when the row's target and BASIL's ``target`` ("Mitt_Romney") share a name word
    (`_name_words`, case-insensitive, 3+ letters). ``singular`` (the scoring from stop 25 on): a
    plural or possessive matches its singular, "congressional Republicans" ~ "Republican_Lawmakers",
    "Obama" ~ "Obama's_administration"; ``singular=False`` compares whole words, the rule before it."""
    return bool(_name_words(ours, singular) & _name_words(theirs, singular))


def direction_agreement(items: list[BasilArticle], rows: dict[str, pd.DataFrame]) -> dict[str, float]:
    """For lexical spans found: share whose first overlapping row's ``polarity`` matches BASIL's
    ``polarity`` (favourable = pos), and share whose ``target`` matches BASIL's ``target``
    (`_same_actor`: ``target_agrees`` with plurals and possessives matching their singular,
    ``target_agrees_whole_words`` by the rule before stop 25, printed so both can be reported)."""
    polar = agree = targeted = hit = hit_whole_words = with_target = 0
    for span, inside in _found_lexical_spans(items, rows):
        row = inside.iloc[0]
        if span.get("polarity") in ("pos", "neg"):
            polar += 1
            agree += (row["polarity"] == "favourable") == (span["polarity"] == "pos")
        if span.get("target"):
            targeted += 1
            with_target += bool(row["target"])
            hit += _same_actor(str(row["target"]), span["target"])
            hit_whole_words += _same_actor(str(row["target"]), span["target"], singular=False)
    return {
        "found_with_polarity": polar,
        "polarity_agrees": agree / polar if polar else 0.0,
        "found_with_target": targeted,
        "target_given": with_target / targeted if targeted else 0.0,
        "target_agrees": hit / targeted if targeted else 0.0,
        "target_agrees_whole_words": hit_whole_words / targeted if targeted else 0.0,
    }


def evaluate(root: Path = BASIL, years: range = TEST_YEARS) -> dict[str, dict[str, float]]:
    """Every figure of the report for the articles of ``years``."""
    items = load_basil(root, years)
    rows, seconds = loaded_rows(items)
    flagged = {key: list(zip(table["start"], table["end"])) for key, table in rows.items()}
    by_subcategory = {}
    for subcategory in sorted({s for table in rows.values() for s in table["subcategory"]}):
        only = {k: [(s, e) for s, e, c in zip(t["start"], t["end"], t["subcategory"]) if c == subcategory] for k, t in rows.items()}
        by_subcategory[subcategory] = score(items, only)
    return {
        "data": {
            "articles": len(items),
            "unplaced_annotations": sum(item.unplaced for item in items),
            "ms_per_article_sentences_statements_framing": 1000 * seconds,
            "statements_failures": len(STATEMENT_FAILURES),
        },
        "loaded": score(items, flagged),
        "baseline_textblob_subjectivity_0.5": score(items, {i.article.id: baseline_spans(i) for i in items}),
        "by_subcategory": by_subcategory,
        "textblob_polarity_vs_basil": polarity_agreement(items),
        "writer_vs_quote": voice_agreement(items, rows),
        "direction": direction_agreement(items, rows),
    }


def dev_rows(items: list[BasilArticle], rows: dict[str, pd.DataFrame]):
    """Lines naming each lexical span missed and each `loaded` row overlapping no annotated span.

    For the 2010–2015 tuning triplets only (``--train --dev``): the report set's misses are never printed.
    """
    for item in items:
        table = rows[item.article.id]
        text = item.article.text
        found = list(zip(table["start"], table["end"]))
        every_span = [(s["start"], s["end"]) for s in item.spans]
        for span in item.spans:
            if span["bias"] == "lex" and not _overlaps(span["start"], span["end"], found):
                context = text[max(span["start"] - 50, 0) : span["end"] + 50].replace("\n", " ")
                yield f"MISS {item.article.id} [{span.get('polarity', '')}] {span['txt']!r} | {context}"
        for start, end, subcategory, lemma in zip(table["start"], table["end"], table["subcategory"], table["lemma"]):
            if not _overlaps(start, end, every_span):
                context = text[max(start - 50, 0) : end + 50].replace("\n", " ")
                yield f"FALSE {item.article.id} {subcategory} {lemma!r} | {context}"


def _print(results: dict, stream=sys.stdout) -> None:
    for section, figures in results.items():
        if section == "by_subcategory":
            print("loaded, by subcategory (recall / precision / rows):", file=stream)
            for name, values in figures.items():
                print(f"  {name:24s} {values['recall']:.3f} / {values['precision']:.3f} / {values['flagged']}", file=stream)
            continue
        shown = ", ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items())
        print(f"{section}: {shown}", file=stream)


KNOWN_FLAGS = frozenset({"--train", "--dev", "--discovered"})
YEARS_FLAG = "--train-years"
_YEARS = re.compile(r"(\d{4})(?:-(\d{4}))?")


def train_years(argv: list[str]) -> range | None:
    """The tuning years ``--train-years 2010-2012`` asks for (inside 2010-2015 only), all of them
    for a plain ``--train``, or None (the report set).

    A half of the tuning years lets a change chosen on one half be measured on the other, an
    estimate of how it carries over to text the rules have not seen. Raises ValueError for a
    malformed range or one reaching outside the tuning years (never falls through to 2016-2019).
    """
    if YEARS_FLAG not in argv:
        return TRAIN_YEARS if "--train" in argv else None
    index = argv.index(YEARS_FLAG)
    value = argv[index + 1] if index + 1 < len(argv) else ""
    found = _YEARS.fullmatch(value)
    if not found:
        raise ValueError(f"{YEARS_FLAG} wants FIRST-LAST or one year, e.g. 2010-2012 (got {value!r})")
    years = range(int(found[1]), int(found[2] or found[1]) + 1)
    if not years or years.start < TRAIN_YEARS.start or years.stop > TRAIN_YEARS.stop:
        raise ValueError(f"{YEARS_FLAG} must lie inside {TRAIN_YEARS.start}-{TRAIN_YEARS.stop - 1} (got {value!r})")
    return years


def main(argv: list[str] | None = None) -> int:
    """Print the evaluation on the 2016–2019 test triplets (``--train`` for 2010–2015,
    ``--train-years 2010-2012`` for part of them; ``--dev`` with either lists that tuning set's
    misses and false rows instead, `dev_rows`)."""
    argv = sys.argv[1:] if argv is None else argv
    flags = [a for i, a in enumerate(argv) if not (i and argv[i - 1] == YEARS_FLAG)]
    unknown = sorted(set(flags) - KNOWN_FLAGS - {YEARS_FLAG})
    try:
        chosen = train_years(argv)
    except ValueError as error:
        print(f"usage: {error}")
        return 2
    if unknown:  # "--help" or a typo must not score the report set by falling through to it
        print(f"usage: python -m tools.evaluate framing [--train | --train-years 2010-2012] [--dev] [--discovered]; unknown: {' '.join(unknown)}")
        return 0 if set(unknown) <= {"-h", "--help"} else 2
    if not (BASIL / "articles").is_dir():
        print(f"skipped: BASIL not found at {BASIL.resolve()}")
        return 0
    years = chosen or TEST_YEARS
    USE_DISCOVERED[0] = "--discovered" in argv
    if "--dev" in argv:
        if chosen is None:
            print("--dev prints misses and false rows of the 2010-2015 tuning triplets only: add --train or --train-years")
            return 2
        items = load_basil(BASIL, years)
        rows, _ = loaded_rows(items)
        for line in dev_rows(items, rows):
            print(line)
        return 0
    results = evaluate(BASIL, years)
    print(f"BASIL {years.start}-{years.stop - 1} (Fan et al. 2019): `loaded` framing rows vs lexical-bias spans")
    _print(results)
    loaded = results["loaded"]
    for failure in STATEMENT_FAILURES:
        print(f"  statements failed (quotation marks used instead): {failure}")
    baseline = results["baseline_textblob_subjectivity_0.5"]
    beats = loaded["recall"] > baseline["recall"] and loaded["precision"] > baseline["precision"]
    print(
        f"baseline (every word of TextBlob's lexicon with subjectivity >= 0.5, as the issue defines it): "
        f"recall {baseline['recall']:.3f}, precision {baseline['precision']:.3f} -> loaded "
        f"{'beats it on both' if beats else 'does NOT beat it on both'} "
        f"(recall {loaded['recall']:.3f}, precision {loaded['precision']:.3f})"
    )
    direction = results["direction"]
    for name, value, bar in (("polarity agrees", direction["polarity_agrees"], POLARITY_BAR), ("target agrees", direction["target_agrees"], TARGET_BAR)):
        print(f"bar ({name} >= {bar} of found spans): {'reached' if value >= bar else 'NOT reached'} ({value:.3f})")
    print(f"target agrees, plurals and possessives matching their singular: {direction['target_agrees']:.3f}; "
          f"whole words only (the scoring before stop 25): {direction['target_agrees_whole_words']:.3f}")
    reached = loaded["recall"] >= RECALL_BAR and loaded["precision"] >= PRECISION_BAR
    print(
        f"bar (recall >= {RECALL_BAR} at precision >= {PRECISION_BAR}): "
        f"{'reached' if reached else 'NOT reached'} (recall {loaded['recall']:.3f}, precision {loaded['precision']:.3f})"
    )
    return 0
