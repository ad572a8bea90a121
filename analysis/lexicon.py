"""Lexicon data and the one matcher that finds lexicon terms in a text.

The two primitives of finding terms live here: `Matcher` (a token trie that finds the terms of a
lexicon on their own, as framing and the contested-term tables do) and `trie_pattern` (the same
longest-match trie written as a regex fragment, for terms that sit inside a larger pattern with
context around them, as in the statements table's speaker and cue patterns).

Lexicons are CSV files (``analysis/lexicons/*.csv``, ``analysis/topics/*.csv``) whose header
lines start with ``#`` (licence and notes). Each entry is a lemma plus a part of speech; the
inflected forms are generated once at load time (regular English morphology, Quirk et al. 1985
§3.5–3.6 and §5.5; irregular forms listed in the CSV's ``forms`` column), so "execution" also
finds "executions" and "booby-trap" finds "booby-trapped". Matching walks the tokens of
`analysis.tokenize.word_spans` through a token trie (Aho–Corasick-style longest match over words
instead of characters), so a 1,000-word article is matched in about a millisecond whatever the
lexicon size.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import compress
from typing import NamedTuple

from .tokenize import word_spans

VOWELS = frozenset("aeiou")
# Between the words of a multi-word term the text must have what the term has (a space, a
# hyphen, the full stop of "U.S."), with any run of whitespace counting as one space, so a
# term never spans a sentence end or a comma it does not contain.
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: what a matched term counts as."""

    lemma: str
    category: str
    subcategory: str
    actor: str = ""
    # Entries written in capitals ("US", "UN", "IDF") match only in capitals, so "us" is no actor.
    match_case: bool = False


class Match(NamedTuple):
    """A lexicon term found in a text: ``text[start:end]`` is the term as written."""

    # A named tuple, not a frozen dataclass: an article has hundreds of matches, and a tuple is
    # made several times faster.
    start: int
    end: int
    entry: Entry


def read_csv(package: str, name: str) -> list[dict[str, str]]:
    """Rows of a lexicon CSV shipped in ``package`` (lines starting with ``#`` are notes)."""
    with resources.files(package).joinpath(name).open(encoding="utf-8") as handle:
        return commented_csv_rows(handle)


def commented_csv_rows(lines: Iterable[str]) -> list[dict[str, str]]:
    """Rows of the lines of a commented CSV file: the one reader of the package's CSV data.

    Lines starting with ``#`` are notes (licence, rationale of the file) and are skipped; the
    first other line is the header. Every vocabulary file (lexicons, topics, boilerplate cues)
    and a user's topic file are read through here.
    """
    return list(csv.DictReader(line for line in lines if not line.startswith("#")))


def normalise(word: str) -> str:
    """The lookup key of a word: lower case, straight apostrophe, possessive ``'s`` removed."""
    key = word.lower().replace("’", "'")
    if key.endswith("'s"):
        key = key[:-2]
    elif key.endswith("'"):
        key = key[:-1]
    return key


def _doubles_final_consonant(word: str) -> bool:
    """One-syllable consonant-vowel-consonant verbs double the consonant: stab → stabbed."""
    if len(word) < 3 or word[-1] in VOWELS or word[-1] in "wxy":
        return False
    if word[-2] not in VOWELS or word[-3] in VOWELS:
        return False
    return sum(1 for i, c in enumerate(word) if c in VOWELS and (i == 0 or word[i - 1] not in VOWELS)) == 1


REGULAR_FORMS = ("base", "s", "ed", "ing")
"""The regular forms of a word, by name: the base, the -s form (third person or plural), the
-ed form (past and past participle) and the -ing form. A noun has ``base`` and ``s`` only."""


def verb_inflection(verb: str) -> dict[str, str]:
    """Regular forms of a verb by name (`REGULAR_FORMS`): base, third person -s, past/participle -ed, -ing."""
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        s, ed, ing = verb + "s", verb + "d", verb[:-1] + "ing"
    elif verb.endswith("y") and len(verb) > 2 and verb[-2] not in VOWELS:
        s, ed, ing = verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"
    elif verb.endswith(("s", "x", "z", "ch", "sh")):
        s, ed, ing = verb + "es", verb + "ed", verb + "ing"
    elif _doubles_final_consonant(verb):
        s, ed, ing = verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing"
    else:
        s, ed, ing = verb + "s", verb + "ed", verb + "ing"
    return {"base": verb, "s": s, "ed": ed, "ing": ing}


def verb_forms(verb: str) -> set[str]:
    """Regular forms of a verb: base, third person -s, past/participle -ed, -ing."""
    return set(verb_inflection(verb).values())


def noun_inflection(noun: str) -> dict[str, str]:
    """Singular (``base``) and regular plural (``s``) of a noun."""
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return {"base": noun, "s": noun + "es"}
    if noun.endswith("y") and len(noun) > 2 and noun[-2] not in VOWELS:
        return {"base": noun, "s": noun[:-1] + "ies"}
    return {"base": noun, "s": noun + "s"}


def noun_forms(noun: str) -> set[str]:
    """Singular and regular plural of a noun."""
    return set(noun_inflection(noun).values())


def adjective_forms(adjective: str) -> set[str]:
    """An adjective and its -ly adverb (brutal → brutally, angry → angrily, horrific → horrifically)."""
    if adjective.endswith("ly"):
        return {adjective}
    if adjective.endswith("ic"):
        return {adjective, adjective + "ally"}
    if adjective.endswith("le") and len(adjective) > 3 and adjective[-3] not in VOWELS:
        return {adjective, adjective[:-1] + "y"}
    if adjective.endswith("y") and len(adjective) > 2 and adjective[-2] not in VOWELS:
        return {adjective, adjective[:-1] + "ily"}
    return {adjective, adjective + "ly"}


def inflections(term: str, pos: str, forms: str = "", regular: Iterable[str] | None = None) -> list[str]:
    """Every written form of a lexicon term.

    ``pos`` says which word inflects: ``verb`` the first word ("carry out" → "carried out"),
    ``noun`` the last ("terror group" → "terror groups"), ``adj`` adds the -ly adverb, anything
    else (``fixed``) keeps the term as written. ``forms`` adds irregular forms, ``|``-separated.
    ``regular`` keeps only the named regular forms of a verb or noun (`REGULAR_FORMS`: "s ed"
    gives "lashes out", "lashed out"); None keeps them all.
    """
    words = term.split(" ")
    if pos == "verb":
        variants = _keep({name: " ".join([form, *words[1:]]) for name, form in verb_inflection(words[0]).items()}, regular)
    elif pos == "noun":
        variants = _keep({name: " ".join([*words[:-1], form]) for name, form in noun_inflection(words[-1]).items()}, regular)
    elif pos == "adj" and len(words) == 1:
        variants = adjective_forms(term)
    else:
        variants = {term} if regular is None else set()
    variants |= {form.strip() for form in forms.split("|") if form.strip()}
    return sorted(variants)


def _keep(named: dict[str, str], regular: Iterable[str] | None) -> set[str]:
    """The forms of ``named`` (form name → form) that ``regular`` names; all when it is None."""
    if regular is None:
        return set(named.values())
    return {named[name] for name in regular if name in named}


def lemma_row_forms(row: Mapping[str, str]) -> list[str]:
    """The written forms of one row of a per-lemma lexicon (``lemma``, ``pos``, ``regular``,
    ``forms`` columns, as in ``lexicons/reporting_verbs.csv``): the regular forms named in
    ``regular`` (space-separated `REGULAR_FORMS`; empty for none) and the ``|``-separated
    irregular or extra ``forms``, lower case."""
    regular = tuple((row.get("regular") or "").split())
    return [form.lower() for form in inflections(row["lemma"], row.get("pos") or "fixed", row.get("forms") or "", regular)]


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` factored as a character trie ("claim(?:s)?"): the one
    builder of a word-list regex, for lexicon terms that sit inside a larger pattern (a speaker
    noun at the end of a phrase, a content noun before "that"). At each position the longest
    word is tried first, as in a longest-first alternation, only faster. `Matcher` is the
    token-level counterpart, for finding terms on their own."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


class Matcher:
    """Finds lexicon terms in a text by walking its word tokens through a token trie."""

    def __init__(self, terms: Iterable[tuple[str, Entry]]) -> None:
        # first token key -> list of (token keys, raw tokens, gaps, entry), longest first
        self._by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], Entry]]] = {}
        seen: set[tuple[tuple[str, ...], Entry]] = set()
        for term, entry in terms:
            spans = word_spans(term)
            raw = tuple(word for _, _, word in spans)
            gaps = tuple(_SPACES.sub(" ", term[a[1] : b[0]]) for a, b in zip(spans, spans[1:]))
            # The full stop of "U.S." belongs to the term when the text has it too.
            gaps += (term[spans[-1][1] :].strip(),) if spans else ()
            if not raw:
                continue
            keys = tuple(normalise(word) for word in raw)
            if (keys, entry) in seen:
                continue
            seen.add((keys, entry))
            self._by_first.setdefault(keys[0], []).append((keys, raw, gaps, entry))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda item: -len(item[0]))
        # The same candidates split by length, longest first as above: multi-word terms indexed by
        # their first two keys, so a common first word ("the …") costs one lookup, not one
        # comparison per term that starts with it.
        self._by_pair: dict[tuple[str, str], tuple] = {}
        self._single: dict[str, tuple] = {}
        for first, candidates in self._by_first.items():
            for candidate in candidates:
                if len(candidate[0]) > 1:
                    pair = (first, candidate[0][1])
                    self._by_pair[pair] = (*self._by_pair.get(pair, ()), candidate)
                else:
                    self._single[first] = (*self._single.get(first, ()), candidate)

    def __len__(self) -> int:
        return sum(len(candidates) for candidates in self._by_first.values())

    def find(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
        """Every occurrence of every term in ``text[start:end]``, overlaps included."""
        tokens = word_spans(text, start, end)
        return self.find_in_tokens(text, tokens, [normalise(word) for _, _, word in tokens])

    def find_in_tokens(
        self, text: str, tokens: Sequence[tuple[int, int, str]], keys: Sequence[str]
    ) -> Iterator[Match]:
        """`find` over tokens already cut (``word_spans``) and normalised (`normalise`) from ``text``."""
        by_first, by_pair, single = self._by_first, self._by_pair, self._single
        count = len(tokens)
        # Most words start no term: pick the ones that do in one pass, then try their terms.
        starts = compress(range(count), map(by_first.__contains__, keys))
        for i in starts:
            key = keys[i]
            candidates = single.get(key, ())
            if i + 1 < count:
                candidates = by_pair.get((key, keys[i + 1]), ()) + candidates
            for term_keys, raw, gaps, entry in candidates:
                n = len(term_keys)
                if n > 1 and (i + n > count or tuple(keys[i : i + n]) != term_keys):
                    continue
                if entry.match_case and any(
                    tokens[i + j][2].replace("’", "'") not in (raw[j], raw[j] + "'s")
                    for j in range(n)
                ):
                    continue
                if n > 1 and any(
                    _SPACES.sub(" ", text[tokens[i + j][1] : tokens[i + j + 1][0]]) != gaps[j] for j in range(n - 1)
                ):
                    continue
                end_at = tokens[i + n - 1][1]
                if gaps[-1] and text.startswith(gaps[-1], end_at):
                    end_at += len(gaps[-1])
                yield Match(tokens[i][0], end_at, entry)


def token_pass(text: str) -> tuple[tuple[tuple[int, int, str], ...], tuple[str, ...]]:
    """The word tokens of ``text`` (`word_spans`) and their lookup keys (`normalise`): computed here.

    Tokenises ``text`` on every call (nothing is remembered between calls). The pipeline
    (`analysis.pipeline`) calls it once per article and hands the result to every table that
    reads the article's words (framing terms, word counts, GDELT-style tone).
    """
    tokens = tuple(word_spans(text))
    keys = [word.lower() for _, _, word in tokens]
    # Only words with an apostrophe need more than lower case (same keys as `normalise`).
    return tokens, tuple(normalise(key) if "'" in key or "’" in key else key for key in keys)


def longest_per_category(matches: Iterable[Match]) -> list[Match]:
    """Resolve overlaps within a category: leftmost-longest wins, the first-listed entry on ties.

    Terms of different categories may overlap ("terror group" is an actor label, "terror" a
    loaded word), because each category answers a different question.
    """
    kept: list[Match] = []
    reach: dict[str, int] = {}  # category -> furthest end of a kept match (matches come by start)
    indexed = sorted(enumerate(matches), key=lambda im: (im[1].start, im[1].start - im[1].end, im[0]))
    for _, match in indexed:
        category = match.entry.category
        if match.start < reach.get(category, -1):
            continue
        reach[category] = match.end
        kept.append(match)
    return kept


@lru_cache(maxsize=1)
def textblob_lexicon() -> dict[str, tuple[float, float]]:
    """TextBlob's word lexicon: word → (polarity, subjectivity), averaged over its senses.

    The data is ``textblob/en/en-sentiment.xml`` from the installed textblob package (Pattern's
    English adjective lexicon, De Smedt & Daelemans 2012; the file declares licence PDDL, Pattern
    is BSD-3-Clause, TextBlob MIT), read where it is installed — not copied into this project.
    The averaging over senses is the one Pattern itself uses for an untagged word.
    """
    from textblob.en import sentiment as pattern_sentiment

    pattern_sentiment.load()
    lexicon = {}
    for word, senses in pattern_sentiment.items():
        if None in senses and " " not in word:
            polarity, subjectivity, _intensity = senses[None]
            lexicon[word.lower()] = (float(polarity), float(subjectivity))
    return lexicon
