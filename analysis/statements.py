"""The statements table: who said what, one row per quoted or reported statement.

Method: rule-based quotation attribution in the tradition of Pouliquen, Steinberger & Best
(2007, "Automatic detection of quotations in multilingual news"), Krestel, Bergler & Witte
(2008, "Minding the source: automatic tagging of reported speech in newspaper articles") and
Pareti (2015, PARC 3.0: a statement has a source, a cue and content). A statement is:

- ``direct``: words inside quote marks attributed to a speaker by a reporting cue after the
  quote (``"…," said Cooper``; ``"…," he said``; ``"…?" Bachmann asked``), before it
  (``Cooper said: "…"``), a colon introduction (``Israeli officials remain firm: "…"``), an
  interview or transcript label (``Name: "…"``, ``SECRETARY RUBIO: …``, ``QUESTION: …``), a
  dash after a quote paragraph (``"…" — Dan Froomkin, Salon``), by continuation (the next
  segment of a quote split around its attribution, or a paragraph that is only a quote
  following the same speaker's quote), or as a block quote without quote marks (the paragraph,
  or run of bulleted paragraphs, after one that ends in a colon after a cue or a source:
  ``Krugman continues:``, ``Here's an excerpt from the Times report:``), or a block quote
  enclosed once in quote marks over several paragraphs (one row per paragraph; web layout
  that drops the print convention's reopening marks);
- ``reported``: a reporting cue with a speaker and a content clause, with or without "that",
  the cue before the clause (``Israel told the United Nations it would …``), after it
  (``…, officials said.``), around it (``…, as TPM notes, …``), ``according to X`` on either
  side, a nominal cue (``Axelrod's comment that …``), a content noun after a verb of
  expressing (``expressed concern that …``, ``raised fears that …``), a relative clause
  (``the restaurant that the people said was …``), an infinitive of purpose (``hired a lawyer
  who called to complain that …``; expected or intended saying is not a statement yet), a
  predicative nominal cue (``his chief complaint was that …``), a factive cue's gerund
  (``admitted lying to investigators``), or a poll, study, ruling or set of documents reporting
  a result (``a Gallup poll found that …``, ``the decision found that …``); an agentless
  passive (``it was reported that …``) names no speaker and is no statement;
- ``partial``: a reported clause that quotes a fragment (``Hamas claimed it had "fulfilled its
  obligations"``, ``a fight he called "a war of Obama's choosing"``); the content is the
  reported clause, quote marks included.

Decisions: a quote split around its attribution gives one row per quoted segment (each row's
``text[start:end]`` is exactly that segment; both rows share speaker and cue), so offsets stay
exact and framing can mark each quoted stretch. A transcript turn is one row from after its
label to the end of its last paragraph. Quotes with no speaker anywhere (titles, headlines in
related-story lists, slogans, scare quotes) are not statements; a title-like quote ("The Gaza
Question") never makes a partial. Cues inside a quotation are the quoted speaker's own words,
not the article's attributions, and are not read. Nested reported speech gives one row per
speaker (the outer content contains the inner). Speakers are resolved to the fullest name the
article gives: surnames to full names (the latest mention before the statement wins), pronouns
to the latest person speaker or sentence subject (a recency-and-subject heuristic) that agrees
in gender ("she" is never a man the article calls "Mr." or names "John", nor a surname the
article only gives men; "Ms. Trump" is not "Donald Trump"; a subject inside a quotation or
inside the reported words is no antecedent), "the adviser" to an earlier speaker described the
same way, "the lawmaker" to the latest person the article titles "Rep." or "Sen." (unless it
introduced an unnamed "a lawmaker"), "the Ohio Republican" to the latest person the article
marks "R-Ohio", "Republican of Ohio", ", a Republican," or "Republican X", and other singular
definite descriptions of people
("the congressman", not "the couples" or "the attack") to the person the article names most
often. A speaker phrase keeps its prepositional modifiers ("analysts at Goldman Sachs",
"activists gathered in suburban Maryland", "the person close to Pelosi"); after a cue, a
possessed noun speaks, not its possessor ("said Trump's spokesman Hogan Gidley"). Name
mentions are split at words that never belong to names (sentence openers, weekdays, photo
captions: "Both Lemon", "Hide Caption"). No POS tagging: speakers are found with compiled
patterns over the few words around each cue (on 200 AllSides articles the rules and table
cost about 0.85x TextBlob sentiment of the same text, and scoring each statement's content
with TextBlob another 0.4x: ``benchmarks/statements.py``). Lexicons are data: ``lexicons/reporting_verbs.csv`` (cues, stances, frames),
``lexicons/content_nouns.csv`` ("concern" in "expressed concern that"),
``lexicons/outlets.csv`` (media), ``lexicons/speakers.csv`` (anonymous-source patterns,
government, organisation, media and document nouns) and ``lexicons/first_names.csv`` (given
names with a clear gender, for pronoun agreement).
Measured against hand-annotated gold: ``python -m analysis.evaluate statements``.
"""

from __future__ import annotations

import bisect
import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pandas as pd

from .article import Article
from .schema import Columns, columns_of, empty_columns, table_from_columns
from .segment import PARAGRAPH_BREAK, sentence_spans
from .sentiment import polarity_subjectivity_many

# ---------------------------------------------------------------------------------------------
# Lexicons


@dataclass(frozen=True)
class Cue:
    """One row of `lexicons/reporting_verbs.csv`."""

    cue: str
    lemma: str
    stance: str
    frame: str
    clause: str


def _read_csv(name: str) -> list[dict[str, str]]:
    with resources.files("analysis.lexicons").joinpath(name).open(encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


@lru_cache(maxsize=1)
def _lexicon_rows() -> tuple[Cue, ...]:
    return tuple(
        Cue(row["cue"].lower(), row["lemma"], row["stance"], row["frame"], row["clause"])
        for row in _read_csv("reporting_verbs.csv")
    )


@lru_cache(maxsize=1)
def reporting_cues() -> dict[str, Cue]:
    """The verbal reporting cues (every frame but ``noun``) keyed by the lowercase form."""
    return {cue.cue: cue for cue in _lexicon_rows() if cue.frame != "noun"}


@lru_cache(maxsize=1)
def nominal_cues() -> dict[str, Cue]:
    """The nominal reporting cues ("Axelrod's comment that …") keyed by the lowercase form."""
    return {cue.cue: cue for cue in _lexicon_rows() if cue.frame == "noun"}


@lru_cache(maxsize=1)
def _nominal_re() -> re.Pattern[str]:
    """A possessor ("Axelrod's", "the plaintiffs'", "his"), up to two modifiers, a nominal
    cue, a short adjunct or a copula, then "that" ("his comment on Sunday that", "Hutchinson's
    chief complaint was that": a predicative content clause states the noun's content just as
    an appositive one does). The modifiers are prenominal words, never a preposition: in
    "their probe into allegations that" the possessor owns the probe, not the allegations."""
    nouns = "|".join(sorted((re.escape(n) for n in nominal_cues()), key=len, reverse=True))
    return re.compile(
        rf"(?:\b(?P<pronoun>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|(?<=\w)(?P<possessive>['’]s|(?<=s)['’]))\s+"
        rf"(?P<modifiers>(?:[\w\-]+\s+){{0,2}}?)"
        rf"(?P<noun>{nouns})\s+(?:(?:on|in|at|last|this|earlier|during|to|from|about)\b[^.;,“”\"]{{0,40}}?\s+|(?:is|was)\s+)?that\s+"
    )


@lru_cache(maxsize=1)
def _cue_index() -> tuple[dict[str, Cue], dict[str, list[tuple[tuple[str, ...], Cue]]]]:
    """One-word cues by word, and multiword cues by their first word (longest first)."""
    single: dict[str, Cue] = {}
    multi: dict[str, list[tuple[tuple[str, ...], Cue]]] = {}
    for form, cue in reporting_cues().items():
        words = tuple(form.split())
        if len(words) == 1:
            single[form] = cue
        else:
            multi.setdefault(words[0], []).append((words, cue))
    for entries in multi.values():
        entries.sort(key=lambda entry: len(entry[0]), reverse=True)
    return single, multi


@dataclass(slots=True)  # not frozen: a frozen dataclass is slower to build, and dozens are built per article
class CueMatch:
    """A reporting cue found in the text: its span, the form as written and its lexicon row."""

    start: int
    end: int
    text: str
    info: Cue

    @property
    def participle(self) -> bool:
        return self.info.cue.endswith("ing") and " " not in self.info.cue


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation of ``words`` factored as a trie, so matching is fast."""
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


@lru_cache(maxsize=1)
def _cue_word_re() -> re.Pattern[str]:
    """The first words of every cue: lowercase ("said"), or capitalised only for "According
    to", "As reported by" and one-word participles ("Saying …", "Noting that …"), which open
    sentences. Cues are lowercase words, so "States" in "United States" is no cue."""
    single, multi = _cue_index()
    lowercase = sorted(set(single) | set(multi))
    capitalised = sorted({w.capitalize() for w, entries in multi.items() if any(c.frame in ("according", "by") for _, c in entries)})
    capitalised += sorted(w.capitalize() for w in single if w.endswith("ing"))
    return re.compile(r"(?<![\w'’-])(?:" + _trie_pattern(lowercase + capitalised) + r")(?![\w-])")


_NEXT_WORD_RE = re.compile(r"\s+([a-z]+)")


def _find_cues(text: str) -> list[CueMatch]:
    """Every reporting cue of ``text`` (one trie regex over the text, then multiword checks)."""
    single, multi = _cue_index()
    found: list[CueMatch] = []
    position = 0
    pattern = _cue_word_re()
    while True:
        match = pattern.search(text, position)
        if match is None:
            return found
        start, end = match.span()
        word = match.group().lower()
        matched = None
        for sequence, cue in multi.get(word, ()):
            stop = end
            for expected in sequence[1:]:
                following = _NEXT_WORD_RE.match(text, stop)
                if not following or following.group(1) != expected:
                    break
                stop = following.end()
            else:
                matched = (stop, cue)
                break
        if matched:
            found.append(CueMatch(start, matched[0], text[start:matched[0]], matched[1]))
            position = matched[0]
        else:
            cue = single.get(match.group()) or (single.get(word) if word.endswith("ing") else None)
            if cue:
                found.append(CueMatch(start, end, match.group(), cue))
            position = end


@lru_cache(maxsize=1)
def _outlet_re() -> re.Pattern[str]:
    # Factored as a trie (greedy, so the longest name wins, as with a longest-first
    # alternation): the table searches each statement's sentence for an outlet.
    names = sorted(row["name"] for row in _read_csv("outlets.csv"))
    return re.compile(r"(?<![\w-])(?:" + _trie_pattern(names) + r")(?![\w-])")


@lru_cache(maxsize=1)
def _speaker_terms() -> dict[str, str]:
    """term -> speaker_type from `lexicons/speakers.csv`."""
    return {row["term"].lower(): row["speaker_type"] for row in _read_csv("speakers.csv")}


@lru_cache(maxsize=1)
def _speaker_term_re() -> re.Pattern[str]:
    """A speaker term at the end of a lowercase phrase (its head), longest term first."""
    # A trie, not a longest-first alternation: at each start only one term can end at "$", and
    # the leftmost start (the longest term) is found first either way, only faster.
    return re.compile(r"(?<![\w.])(?:" + _trie_pattern(sorted(_speaker_terms())) + r")$")


# ---------------------------------------------------------------------------------------------
# Quotations

_OPENERS = "“«„"
_CLOSERS = "”»"
_MARK_RE = re.compile(r"[“”\"«»„]")
_SINGLE_RE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘(?=\S)|(?<=\S)’(?=[\s.,;:!?)\]—–]|$)")


@dataclass(slots=True)
class Quotation:
    """A quoted stretch: ``open`` is the opening mark, ``start:end`` the words inside."""

    open: int
    start: int
    end: int
    close: int  # offset after the closing mark (== end when the quote is never closed)
    paragraph: int
    speaker: str | None = None


def _paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph's text (blank lines between paragraphs excluded)."""
    ranges, position = [], 0
    for match in PARAGRAPH_BREAK.finditer(text):
        ranges.append((position, match.start()))
        position = match.end()
    ranges.append((position, len(text)))
    out = []
    for start, end in ranges:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return out


def _marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Quote marks of a paragraph as (offset, 'open'|'close'|'either')."""
    marks = []
    for match in _MARK_RE.finditer(text, start, end):
        ch, i = match.group(), match.start()
        if ch == '"' and i > start and text[i - 1] == '"':
            continue  # '""' (a nested quote typed with straight marks) counts as one mark
        if ch == "“" and i > start and text[i - 1] in ".,!?" and (i + 1 >= end or text[i + 1].isspace()):
            # '"Who can guarantee you happiness?“ he asked': an opening mark typed after the
            # final punctuation and before a space closes the quote (an autocorrect slip).
            marks.append((i, "close"))
        elif ch in _OPENERS:
            marks.append((i, "open"))
        elif ch in _CLOSERS:
            marks.append((i, "close"))
        else:
            before = text[i - 1] if i > start else " "
            after = text[i + 1] if i + 1 < end else " "
            if (before.isspace() or before in "([—–-/") and not after.isspace():
                marks.append((i, "open"))
            elif not before.isspace() and (after.isspace() or after in ".,;:!?)]—–-"):
                marks.append((i, "close"))
            else:
                marks.append((i, "either"))
    return marks


def _quotations(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[Quotation]:
    """Every quoted stretch of ``text``, following news conventions for unbalanced marks.

    Curly marks are paired by direction, straight marks by position (opening after a space,
    closing before one). A quote left open at the end of a paragraph continues into the next
    paragraph when that paragraph opens with a quote mark (the convention for quotes running
    over paragraphs); otherwise it ends with its paragraph, so no text is lost and nothing
    leaks further. Stray closing marks are ignored. Single curly quotes count only when the
    text has no double quotes (British style).
    """
    paragraphs = paragraphs if paragraphs is not None else _paragraph_ranges(text)
    use_single = not _MARK_RE.search(text) and "‘" in text
    quotes: list[Quotation] = []
    open_at: int | None = None
    open_paragraph = 0
    for p, (p_start, p_end) in enumerate(paragraphs):
        if use_single:
            marks = [(m.start(), "open" if m.group() == "‘" else "close") for m in _SINGLE_RE.finditer(text, p_start, p_end)]
        else:
            marks = _marks(text, p_start, p_end)
        for i, role in marks:
            if open_at is None:
                if role in ("open", "either"):
                    open_at, open_paragraph = i, p
                continue
            if role == "open" and open_paragraph != p and i == p_start:
                continue  # continuation mark of a quote running over paragraphs
            if role == "open" and open_paragraph == p and text[i] != '"':
                # A second curly opener before any closer: the first quote was never closed.
                # (A straight mark while a quote is open always closes it, whatever the
                # spacing around it: 'is wrong. "Perry is' closes the quote before "Perry".)
                quotes.append(_quote(text, open_at, i, i, open_paragraph))
                open_at = i
                continue
            quotes.append(_quote(text, open_at, i, i + 1, open_paragraph))
            open_at = None
        if open_at is not None:
            following = paragraphs[p + 1][0] if p + 1 < len(paragraphs) else None
            if following is None or text[following] not in _OPENERS + '"' + ("‘" if use_single else ""):
                quotes.append(_quote(text, open_at, p_end, p_end, open_paragraph))
                open_at = None
    return [q for q in quotes if q.end > q.start]


def _quote(text: str, open_at: int, end: int, close: int, paragraph: int) -> Quotation:
    start = open_at + 1
    while start < end and text[start].isspace():
        start += 1
    stop = end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return Quotation(open_at, start, stop, close, paragraph)


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the words inside every quoted stretch of ``text``, attributed or not.

    Marks excluded, so ``text[start:end]`` is the quoted voice; a quote running over
    paragraphs is one span (its inner paragraph breaks and continuation marks included).
    Used by the framing table to tell the writer's voice from quoted voices. Pairing rules:
    see `_quotations`.
    """
    return [(q.start, q.end) for q in _text_quotations(text)]


@lru_cache(maxsize=4)
def _text_quotations(text: str) -> tuple[Quotation, ...]:
    """`_quotations` of a whole text, parsed once per article: the statements table and the
    framing table's quoted voice (`quotation_spans`) both read them. Shared, so never modified."""
    return tuple(_quotations(text))



# ---------------------------------------------------------------------------------------------
# Speaker phrases

_TITLE = (
    r"(?:Mr|Mrs|Ms|Dr|Prof|Adm|Gen|Lt|Col|Maj|Capt|Cmdr|Sgt|Sen|Rep|Gov|Amb|Sec|Rev|Brig|Vice|"
    r"Rear|President|Secretary|Senator|Representative|Governor|Ambassador|Minister|Judge|Justice|"
    r"Chairman|Speaker|Prime|Foreign|Defense|Defence|Deputy)\.?"
)
# (A web domain is one name: "FactCheck.org", "HealthCare.gov".)
_CAP = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.(?=\s+[A-Z])|[A-Z](?:[\w\-]|['’](?!s\b))*(?:\.(?:org|com|gov|net)\b)?)"
_CAP_SEQ = rf"{_CAP}(?:\s+(?:(?:of|de|da|van|von|bin|al|el|la|le|for|on)\s+)?{_CAP}){{0,5}}"
_NAME_AFTER = re.compile(rf"\s*((?:(?:the|The)\s+)?{_CAP_SEQ})")
_QUANTIFIERS = "other|others|some|many|most|several|few|both|all|another"
_DESCRIPTION_STOPS = (
    "in|on|at|during|who|which|that|to|after|before|when|while|as|and|but|from|last|this|earlier|"
    "later|via|by|also|is|was|were|are|has|had|have|would|will|can|could|may|might|should"
)


@lru_cache(maxsize=1)
def _description_after() -> re.Pattern[str]:
    """A determiner phrase ("the letter", "a Ryan spokesman", "some officials") that ends
    before punctuation, a function word or any reporting cue of the lexicon."""
    cues = _trie_pattern(sorted(_cue_index()[0]))
    return re.compile(
        rf"\s*((?:the|a|an|one|two|three|several|some|another|his|her|their|its|{_QUANTIFIERS})\s+"
        r"(?:[\w'’\-.]+\s+){0,6}?(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|St)\.\s+)?[\w'’\-]+?)"
        rf"(?=\s*(?:[,.;:!?)]|$|\s(?:{_DESCRIPTION_STOPS}|{cues})\b))",
        re.IGNORECASE,
    )
_PRONOUN_AFTER = re.compile(r"\s*(he|she|they|it|we|I|you)\b")
_SUBJECT_PRONOUN = re.compile(r"\s*(he|she|they|it|we|I|you)\b", re.IGNORECASE)
# A bare phrase after "according to" / "as described by" ("local Palestinian Civil Defence personnel").
_PHRASE_AFTER = re.compile(r"\s*([\w'’\-]+(?:\s+[\w'’\-.()]+){0,7}?)(?=\s*[,.;:”\"]|\s*$)")
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
_PERSON_PRONOUNS = {"he", "she", "i", "you"}
_QUANTIFIER_WORDS = frozenset(_QUANTIFIERS.split("|"))
_TOKEN_RE = re.compile(r"[A-Za-z0-9][\w'’.\-&]*|[,;:()“”\"«»—–]|\S")
# Words that end a speaker phrase when walking back from a cue.
_STOP = frozenset(
    """that which who whom whose and but or nor because when while if since after before than as
    is was were are be been being will would could should can may might must has have had not
    said says told added do does did also to in on at by with from for into about over under
    during without against upon it's there where what how why so yet then""".split()
)
# Words allowed between a speaker and its cue ("Cooper also said", "he is expected to say").
_AUXILIARY = frozenset(
    """also later previously then again recently repeatedly publicly privately once has had have
    was were is are would will since often always never already still further initially earlier
    first last just did does do""".split()
)  # (emphatic "do": "but did say that …" is an affirmed statement; "did not say" stays negated)
# (Focus adverbs too: "only two candidates said", "even though crime data shows".)
_LEADING_DROP = frozenset("but and so however yet meanwhile still then now instead also thus indeed even only until unless".split())
_DETERMINERS = frozenset("the a an one two three several some many most other another his her their its our".split())
_ROLE_NOUNS = frozenset(
    """ambassador envoy minister secretary spokesman spokeswoman spokesperson director head chief
    president chairman chairwoman leader commander member members official officials adviser
    advisor aide representative senator governor mayor correspondent editor professor lawyer
    lawyers attorney attorneys counsel""".split()
)
# Words that can open a reported clause without "that" ("told the UN it would ...").
_CLAUSE_OPENERS = frozenset(
    """it he she they we i you there this these those the a an its his her their our no some all
    any many most several such neither none nobody either both each every even perhaps probably
    maybe""".split()
)
# Openings of a sentence that precede its subject ("In an e-mail, Mary Cheney declined …").
_PREFIX_WORDS = frozenset(
    """in on at after before during while since with without as for from by down up over under
    to earlier later meanwhile posting speaking writing asked when if although though despite
    according once about prior ahead amid amidst upon throughout among""".split()
)  # (prepositions that open a fronted adjunct: "Prior to the declaration, Pelosi …", "Amid the …")
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# Time and manner adjuncts between a cue and a clause ("said last week the letters …").
_ADJUNCT = re.compile(
    rf"\s+(?:(?:on\s+)?(?:{_WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|"
    r"(?:in|on|since|during)\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|\d{4}\b)(?:\s+\d{1,2}\b)?(?:,?\s+\d{4}\b)?|"
    r"(?:last|this|next|earlier|late|early)\s+(?:week|month|year|night|morning|afternoon|evening|"
    rf"weekend|{_WEEKDAYS})|earlier|later|[a-z]+ly|"
    r"(?:in|on|during|at)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’\-]+\s+){0,2}?(?:statement|"
    r"interview|e-mail|email|letter|speech|post|tweet|call|conference|briefing|show|program|"
    r"programme|broadcast|hearing|release|video|message|op-ed|appearance|meeting|rally))"
)


# Patterns used on every speaker phrase or cue, compiled once (a string pattern passed to
# `re.match` costs a cache look-up per call, and these run hundreds of times per article).
_PREPOSITION_RE = re.compile(r"\s+(?:of|with|for|to|at|in|from|across|around|outside|inside|near|throughout)\s+")
_LEADING_THE_RE = re.compile(r"^the\s+", re.IGNORECASE)
_TRAILING_PARENTHETICAL_RE = re.compile(r"\s*\([^)]*\)$")
_POSSESSOR_RE = re.compile(r"^.*['’]s\s+")
_TITLE_WORD_RE = re.compile(_TITLE + r"$")
_ATTEMPT_RE = re.compile(r"\s+(?:sought|seeking|tried|trying|attempted|attempting|moved|moving|continued|went on|goes on|going on|(?:went|goes|go|going|gone)\s+(?:so|as)\s+far\s+as)\s+to$")  # ("went so far as to say": the saying happened)
_COORDINATED_TO_RE = re.compile(r"(?:^|\s)(?:and|but|or)\s+(?:\w+\s+){0,1}to$")
_COORDINATED_RE = re.compile(r"(?:^|\s)(?:and|but|or|(?:going|went|goes|go) on to)$")
# The same past a parenthetical, auxiliaries or an adverb: "and immediately asks", "and,
# mirroring her stance, has reportedly said".
_LOOSE_COORDINATION_ENDS = ("has", "have", "had", "was", "is", "were", "are", "also", "then", "later", "ly", "did", "does")
_COORDINATED_LOOSE_RE = re.compile(r"(?:^|\s)(?:and|but)(?:,\s[^,;:.“”\"]{1,60},)?(?:\s+(?:has|have|had|was|is|were|are|also|then|later|did|does|[a-z]{3,}ly))+$")
_QUOTE_TAIL_RE = re.compile(r"[ \t]*[,—–-]?[ \t]*")
_AS_PARENTHETICAL_RE = re.compile(r"(?:^|,)\s*[Aa]s\s*$")
_THAT_RE = re.compile(r"\s*(?:,[^,.;]{1,30},)?\s*that\s+")
_OBJECT_THAT_RE = re.compile(r"\s+(?:his|her|their|its|the|a|an|some)\s+[a-z]+(?:\s+[a-z]+)?\s+that\s+([\w'’]+)")
_OPENER_RE = re.compile(r"\s+([\w'’]+)")
_APOSTROPHE_RE = re.compile(r"['’]")
# The word after a clause's first word, past a preverbal adverb ("he still supports").
_SECOND_WORD_RE = re.compile(r"\s+[\w'’]+\s+(?:(?:still|also|never|always|already|now|just|really|[a-z]{3,}ly)\s+)?([a-z]+)")
_WORD_RE = re.compile(r"[\w'’\-]+")
_PLAIN_WORD_RE = re.compile(r"[\w'’]+")
_NAMED_APPOSITIVE_RE = re.compile(rf",\s*((?:{_TITLE}\s+)?{_CAP_SEQ}),")
_INTRO_TAIL_RE = re.compile(r"(?:,|:|\s+that)?\s*$")
_FOLLOWING_WORDS_RE = re.compile(r"((?:\s+[a-z][\w\-]*){1,2})")
# Commissive and directive verbs take an infinitive complement ("vowed to act", "urged him to"):
# after them "to" opens the complement, not an addressee ("confirmed to Fox News").
# Factive verbs of saying that take a gerund complement, its verb then its object.
_GERUND_CONTENT_LEMMAS = frozenset("confirm deny admit acknowledge recall".split())
_GERUND_CONTENT_RE = re.compile(r"\s+([a-z]{2,}ing)\s+(?:with|to|about|on|that|the|a|an|his|her|their|him|them|it|any|in)\b")
_GERUND_NOUNS = frozenset("wrongdoing anything everything nothing something funding spending building hearing meeting briefing ruling bombing shooting".split())
_COMMISSIVE_LEMMAS = frozenset("vow promise pledge threaten urge agree refuse decline offer decide plan hope ask demand call".split())
_TIME_ONLY_RE = re.compile(
    r"(?:(?:the|a|an|one|two|three|few|several|next|last|that|this|following|same|many|some)\s+){0,3}[\w\-]*\s*"
    r"(?:ago|earlier|later|afterward|afterwards|days?|weeks?|months?|years?|morning|afternoon|evening|night|weekend)",
    re.IGNORECASE,
)
_SUBORDINATORS = frozenset("when if because after before while although though since unless once until whereas whether".split())
_COORDINATOR_END_RE = re.compile(r"[”\"],?\s+(?:and|but)\s*$")  # after a quoted first clause
_SHOWN_SAYING_RE = re.compile(r"\s+(?:is|was|are|were|can\s+be|could\s+be)\s+(?:shown|seen|heard|caught|filmed|recorded|quoted)\s*$")
_EXPECTED_TO_RE = re.compile(r"\s+(?:is|are|was|were)\s+expected\s+to\s*$")
_APPOSITIVE_AFTER_RE = re.compile(r",\s*([^,.;:“”\"]{2,120})(?=[,.;]|$)")
_THAT_WORD_RE = re.compile(r"\bthat\b")
_MEDIAL_RE = re.compile(r"[^,;]{0,40},\s+\S")
_COMMA_SOON_RE = re.compile(r"[^,.;:]{0,40}?,\s*")
_TRAILING_NAME_RE = re.compile(rf"(?:{_TITLE}\s+)?{_CAP_SEQ}$")
_INITIALS_END_RE = re.compile(r"(?:^|\s)(?:[A-Z]\.)+$")
# Time, manner and addressee adjuncts between a cue and "that" ("said on Tuesday that",
# "added later that").
# "add to" + a determined noun phrase is the verb of increase ("adding to the sense that",
# "added to the confusion"); a listener after "added" takes no determiner ("added to reporters").
_ADD_TO_RE = re.compile(r"\s+to\s+(?:the|a|an|its|his|her|their|our|this|that|these|those|such)\b")
# "so that", "now that", "except that", "given that", "in order that": "that" completing a
# subordinating conjunction opens an adverbial clause (purpose, reason, exception), never the
# content of a cue before it (Quirk et al. 1985, 14.12).
_SUBORDINATING_THAT_RE = re.compile(r"\b(?:so|such|now|except|given|provided|providing|order)\s*,?\s*that\s+$")
_ADJUNCT_THAT_RE = re.compile(
    rf"\s+(?:(?:on|in|at|during|over|late|early|last|this|earlier|later|then|afterwards|afterward|after|before|via|through|from|"
    rf"to|with|for|by|ahead|{_WEEKDAYS}|yesterday|today|repeatedly|publicly|privately|again|"
    r"recently|also|him|her|them|us|me|reporters|journalists|[a-z]+ly)\b(?:[^,;.“”\"]|“[^”]{1,40}”|\"[^\"]{1,40}\"|"
    r"\b(?:Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov)\.){0,80}?)\s*,?\s*that\s+"
)  # (an abbreviation's period does not end the adjunct: "said in a Sept. 14 email that")


@lru_cache(maxsize=1)
def content_nouns() -> frozenset[str]:
    """The content nouns of `lexicons/content_nouns.csv` ("concern" in "expressed concern that")."""
    return frozenset(row["noun"].lower() for row in _read_csv("content_nouns.csv"))


@lru_cache(maxsize=1)
def _content_noun_re() -> re.Pattern[str]:
    """After a cue: an optional determiner and modifier, a content noun, then "that"."""
    return re.compile(
        r"\s+(?:(?:his|her|their|its|the|a|an|some|our|my|this|renewed|new)\s+)?(?:(?!(?:he|she|it|they|we|i|you|who)\s)[a-z][a-z\-]*\s+)?"
        rf"(?:{_trie_pattern(sorted(content_nouns()))})\s+that\s+"
    )


def _licensed(cue: CueMatch, speaker: Speaker | None) -> bool:
    """Whether a cue may attribute words to this speaker: "document" cues ("found", "showed")
    only to a document, poll or study; "noun" cues ("raised") only through a content noun."""
    if cue.info.clause == "document":
        return speaker is not None and _speaker_type_of(speaker.text) == "document"
    return cue.info.clause != "noun"

# Page furniture before a colon: "Related: “…”", "Read more: “…”" are links, not interviews.
_NOT_LABELS = frozenset(
    """related read see also more watch listen photo photos video caption credit source sources
    title recommended trending update updated correction clarification editor's note topics tags""".split()
)
# Capitalised words that never speak ("on Tuesday said" must not make Tuesday a speaker).
_NOT_SPEAKERS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today yesterday""".split()
)


@dataclass(slots=True)
class Speaker:
    """A speaker phrase as written, where it sits, and its appositive if any."""

    text: str
    start: int
    end: int
    appositive: str = ""


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text, start, end)]


# Photo and share-bar furniture that scraped text runs into a sentence's subject.
_FURNITURE_WORDS = frozenset("caption copyright getty images share tweet email".split())
_GERUND_FOLLOWERS = frozenset("in on at of for by from during over".split())
# Particles and prepositions after the participle of a reduced passive relative ("turned over to").
_REDUCED_RELATIVE_FOLLOWERS = frozenset("to by over from with on in out up into".split())


# A surname with a lowercase particle: "el-Gamal", "al-Assad", "bin-Salman".
_PARTICLE_NAME_RE = re.compile(r"(?:al|el|ad|ash|bin|ibn|abu)-[A-Z]")
# Plural nouns for people by their endings ("strategists", "historians", "investors",
# "migrants", "attendees", "conservatives", "voters"), not things ("numbers", "orders").
_PLURAL_PERSON_RE = re.compile(
    r"(?:ists|ians|ors|ants|ees|tives|(?:resid|stud|par|oppon|recipi|pati|cli|ag|dissid|respond)ents|"
    r"(?:candid|deleg|advoc|gradu)ates|(?<!numb)(?<!matt)(?<!ord)(?<!oth)(?<!bord)(?<!cent)(?<!lett)(?<!pap)(?<!pow)ers)$"
)


def _is_speaker(words: list[str]) -> bool:
    """Whether a phrase can be a speaker: a pronoun, a capitalised name or a known noun."""
    if not words:
        return False
    if len(words) == 1 and words[0] in _NOT_NAME_PARTS and words[0].lower() not in _PRONOUNS and words[0].lower() not in _QUANTIFIER_WORDS:
        return False  # "In the same statement confirming …": "In" is no speaker
    joined = " ".join(words)
    head = _PREPOSITION_RE.split(joined)[0].split()
    if head and len(head) < len(words) and _is_speaker(head):
        return True  # "people with knowledge of the case", "the head of the agency"
    head = words[-1].rstrip(".")
    lower = head.lower()
    if lower in _PRONOUNS:
        return len(words) == 1
    if (lower in _DETERMINERS or lower in _STOP) and lower not in _QUANTIFIER_WORDS:
        return False  # a phrase cut off after "the", "of", …
    if len(words) == 1 and lower in _QUANTIFIER_WORDS:
        return True  # "many predict", "some say", "others said"
    if lower in _NOT_SPEAKERS:
        return False
    if (head[:1].isupper() or _PARTICLE_NAME_RE.match(head)) and lower not in _LEADING_DROP and lower not in _DETERMINERS and lower not in _PREFIX_WORDS:
        return True
    phrase = " ".join(w.lower() for w in words)
    if _speaker_term_re().search(phrase) or lower in _ROLE_NOUNS:
        return True
    if _PLURAL_PERSON_RE.search(lower) and head.isalpha():
        return True  # a plural of people: "strategists said", "Republican strategists say"
    return words[0].lower() in _DETERMINERS and len(words) >= 2 and head.isalpha()


# A sentence-opening determiner phrase, a non-restrictive "which"/"who" clause, a comma.
_LONG_RELATIVE_SUBJECT_RE = re.compile(r"\s*((?:[Tt]he|[Aa]n?)\s+[\w'’\-]+(?:\s+[\w'’\-]+){0,3}),\s+((?:which|who)\s+[^.;:!?“”\"]{5,240}?),\s*$")


def _speaker_before(text: str, floor: int, cue_start: int, modifiers: bool = True) -> Speaker | None:
    """The speaker phrase ending just before a cue (walking back over adverbs, appositives,
    parentheticals such as "(R-Ohio)", relative pronouns and a time adjunct: "Obama on Tuesday
    said", "a poll last week found")."""
    if text[cue_start - 2:cue_start].strip() == ",":
        relative = _LONG_RELATIVE_SUBJECT_RE.match(text, floor, cue_start)
        chunks = relative.group(2).split(",")[1:] if relative else []
        # (Only noun phrases after the clause's own commas, "…, Jon Bruning, and …": a chunk
        # opening with a lowercase verb is the main clause's predicate, "…, offer youth a space".)
        listed = bool(chunks) and all(c.split() and (c.split()[0][:1].isupper() or c.split()[0].lower() in _DETERMINERS or c.split()[0] in ("and", "or")) for c in chunks)
        if listed and _speaker_type_of(relative.group(1)) in ("document", "person", "organisation", "government", "media", "anonymous"):
            # "The lawsuit, which was brought by Nebraska's attorney general, Jon Bruning, and
            # …, accused": a sentence-opening subject with a non-restrictive relative clause
            # whose own commas hide it from the appositive walk; the subject speaks.
            return Speaker(relative.group(1), relative.start(1), relative.end(1), relative.group(2))
    adjunct = _TIME_BEFORE_CUE_RE.search(text, max(floor, cue_start - 40), cue_start)
    if adjunct and adjunct.start() > floor:
        cue_start = adjunct.start()
    tokens = _tokens(text, max(floor, cue_start - 240), cue_start)
    i = len(tokens) - 1
    skipped = 0
    while i >= 0 and skipped < 4 and (tokens[i][2].lower() in _AUXILIARY or (tokens[i][2].endswith("ly") and tokens[i][2].islower() and len(tokens[i][2]) > 4)):
        i -= 1
        skipped += 1
    if i >= 1 and tokens[i][2] in ("there", "here") and _locative_head(tokens[i - 1][2]):
        i -= 1  # "officials there admit": a place adverb after the speaker noun
    if i >= 2 and tokens[i][2] in "—–":
        # "the former governor — and many others — called": a dash-bounded aside between the
        # subject and its verb (an added co-speaker or comment) is skipped like a parenthesis.
        j = i - 1
        while j >= 0 and tokens[j][2] not in "—–,;:“”\"()" and i - j < 10:
            j -= 1
        if j >= 1 and tokens[j][2] in "—–" and j < i - 1:
            i = j - 1
    if i < 0:
        return None
    if tokens[i][2].lower() in ("which", "who") and i >= 2 and tokens[i - 1][2] in (",", "—", "–"):
        # "the agreement, which requires …": the speaker is the relative's antecedent (a dash
        # sets off a non-restrictive relative as a comma does: "Vicente Fox – who said …").
        i -= 2
        if tokens[i + 2][2].lower() == "who":
            # "said James Renacci, a Republican candidate in Ohio's 16th District, who said …":
            # "who" is a person, the name that the appositive before it describes.
            j = i
            while j >= 0 and tokens[j][2] not in ",;:“”\"—–" and i - j < 25:
                j -= 1
            if j >= 1 and tokens[j][2] == tokens[i + 1][2] and tokens[j + 1][2].lower() in ("a", "an", "the") and tokens[j - 1][2][:1].isupper():
                name = _walk_phrase(tokens, j - 1, 0)
                if name and _speaker_type_of(" ".join(w for _, _, w in name)) == "person":
                    return Speaker(text[name[0][0]:name[-1][1]], name[0][0], name[-1][1], text[tokens[j + 1][0]:tokens[i][1]])
            if j >= 1 and tokens[j][2] == "," and _PLACE_TAIL_RE.fullmatch(text[tokens[j + 1][0]:tokens[i][1]]) \
                    and _ENDS_IN_TOWN_RE.search(text, max(floor, tokens[j - 1][1] - 60), tokens[j - 1][1]):
                # "Sheriff Adam Hayward of Deuel County, Neb., who said …": the state after a
                # hometown belongs to it (AP dateline style); "who" is the person before both.
                i = j - 1
    elif tokens[i][2].lower() in ("which", "who") and i >= 1:
        i -= 1  # "a group of Republicans who say …"
    elif tokens[i][2] == "that" and i >= 1 and tokens[i - 1][2].isalpha() and tokens[i - 1][2].lower() not in _STOP and tokens[i - 1][2].lower() not in _cue_index()[0]:
        i -= 1  # "identical statements that said …": "that" is a relative pronoun here
    appositive = ""
    if tokens[i][2] == "," and i >= 3 and tokens[i - 1][2] == ")" and tokens[i - 3][2] == "(" and _PARTY_TAG_RE.fullmatch(tokens[i - 2][2]) \
            and not _comma_opens_appositive(tokens, i - 4):
        # "Rep. Steve King (R-Iowa), tweeted": a comma after the party tag with no earlier comma
        # to open an appositive is a stray one; the name before the tag is the subject (but in
        # "A spokesman for the chairman, Sen. X (R-Iowa), said" the spokesman speaks).
        i -= 1
    if tokens[i][2] == ",":
        # "Michael Steele, chairman of the committee, said": skip back over the appositive.
        j = i - 1
        while j >= 0 and tokens[j][2] not in ",;:“”\"—–" and i - j < 45:
            j -= 1
        if j < 0 or tokens[j][2] != "," or j == i - 1:
            return None
        # "Bishop Daniel Jenky, of Peoria, Ill., said": the state or country after a hometown
        # appositive ("of Peoria") belongs to it; "Mr. Santorum, at another appearance on
        # Saturday, in Columbus, Ohio, called": so do comma-bounded adjuncts of time and place
        # between the subject and its verb.
        end = i - 1
        while j >= 2:
            current = tokens[j + 1][2]
            place = _PLACE_TAIL_RE.fullmatch(text[tokens[j + 1][0]:tokens[end][1]])
            k = j - 1
            reach = 30 if place else 12  # (a long description before a state: "an internist … in Mount Kisco, New York")
            while k >= 0 and tokens[k][2] not in ",;:“”\"—–" and j - k < reach:
                k -= 1
            if k < 0 or tokens[k][2] != ",":
                break
            earlier = tokens[k + 1][2]
            earlier_adjunct = earlier in ("of", "from") or (earlier in _PREFIX_WORDS and earlier.islower())
            # "an internist in Mount Kisco, New York,": a state after a description that ends
            # in a town is part of that description.
            # (Only after a name that the description describes: in "the mayor of Hoboken, Dawn
            # Zimmer," the capitalised words are the name.)
            town = place and current not in _first_name_genders() and k >= 1 and tokens[k - 1][2][:1].isupper() \
                and not _CALENDAR_WORD_RE.fullmatch(tokens[k - 1][2]) and _ENDS_IN_TOWN_RE.search(text, tokens[k + 1][0], tokens[j - 1][1])
            if not town and (j - k >= 12 or not earlier_adjunct or not (place or (current in _PREFIX_WORDS and current.islower()))):
                break
            end = j - 1
            j = k
        if j >= 2 and tokens[j - 1][2].isdigit() and tokens[j - 2][2] == ",":
            j -= 2  # "Dee Miner, 71, of Fremont, California, said": an age before the hometown
        appositive = text[tokens[j + 1][0]:tokens[i - 1][1]]
        if _FINITE_BEFORE_RELATIVE_RE.match(appositive):
            # "…, the size of the electorate has grown, said Tate": a clause, not an appositive
            # (an appositive is a noun phrase; its verbs sit in a relative clause).
            return None
        first = appositive.split()[0]
        party = first in _PARTY_WORDS  # "Bob Corker, Republican of Tennessee, said"
        described = text[floor:tokens[j][0]]
        last_words = described.split()[-4:]
        describes = _is_speaker(last_words[-3:]) or (
            bool(last_words) and last_words[-1].isalpha() and last_words[-1].islower()
            and any(w.lower() in _DETERMINERS or w.endswith(("'s", "’s")) for w in last_words[:-1])
        )
        is_description = any(w[:1].islower() for w in described.split()[-6:])
        if not party and re.fullmatch(_CAP_SEQ, appositive) and describes and is_description and len(described.split()) <= 12 and not _find_cues(described):
            # "A spokesman for the Democratic National Committee, Brad Woodhouse, said": the
            # name between the commas speaks; the description before it is its appositive.
            start = tokens[j + 1][0]
            return Speaker(appositive, start, start + len(appositive), described.strip())
        name_first = _walk_phrase(tokens, j - 1, 0)
        opens_sentence = bool(name_first) and not text[floor:name_first[0][0]].strip(" \n\t—–-")
        # '"…," John Rother, AARP's policy chief, said': a name right after a closing quote opens
        # its attribution, so a description after it (a possessive or a common noun in it) is
        # the name's appositive, however it is capitalised.
        lead = text[floor:name_first[0][0]].rstrip() if name_first else ""
        after_quote = len(lead) >= 2 and lead[-1] in "”\"" and lead[-2] in ",?!.—–"
        quoted_lead = after_quote and (first.endswith(("'s", "’s")) or any(w[:1].islower() for w in appositive.split()[1:]))
        if not (appositive[:1].islower() or first.lower() in _DETERMINERS or re.match(_TITLE, appositive) or first.startswith(("R-", "D-")) or first.isdigit() or opens_sentence or party or quoted_lead):
            # "…, Cooper said" is a trailing attribution, not an appositive.
            return None
        i = j - 1
    words = _walk_phrase(tokens, i, skipped)
    # "one GOP insider who had direct contact with Steele told …", "the committee probing the
    # Benghazi attacks has requested …": the speaker is the head the modifier hangs on.
    if words and modifiers:
        k = tokens.index(words[0]) - 1
        steps = 0
        while k >= 0 and steps < 10 and tokens[k][2] not in ",;:“”\"«»—–()":
            lower = tokens[k][2].lower()
            if lower in ("who", "which") and steps == 0:
                break  # "a version which critics said could …": the relative's own subject speaks
            if lower in ("who", "which") or (lower.endswith("ing") and lower.isalpha() and tokens[k][2].islower() and k > 0 and tokens[k - 1][2][:1].isalpha() and tokens[k - 1][2].lower() not in _STOP
                                             and (k + 1 >= len(tokens) or tokens[k + 1][2].lower() not in _GERUND_FOLLOWERS)):
                # (A participle takes an object: "the committee probing the attacks"; before a
                # preposition the -ing word is a noun: "the intense lobbying in recent days".)
                head = _walk_phrase(tokens, k - 1, 0)
                if head and _is_speaker([w for _, _, w in head]):
                    words = head
                break
            if lower.endswith("ed") and lower.isalpha() and tokens[k][2].islower() and k > 0 and tokens[k - 1][2][:1].isalpha() \
                    and tokens[k - 1][2].lower() not in _STOP and steps > 0 and all(t[2] in _REDUCED_RELATIVE_FOLLOWERS for t in tokens[k + 1:k + 1 + steps]):
                # A reduced passive relative: "emails turned over to legislators suggest",
                # "officials briefed on the talks said": the noun before the participle speaks.
                head = _walk_phrase(tokens, k - 1, 0)
                if head and _is_speaker([w for _, _, w in head]):
                    words = head
                break
            k -= 1
            steps += 1
    # "Sen. John Cornyn, R-TX, who heads …, said": a party tag is an appositive of the name.
    if len(words) == 1 and _PARTY_TAG_RE.fullmatch(words[0][2]):
        k = tokens.index(words[0]) - 1
        head = _walk_phrase(tokens, k - 1, 0) if k >= 1 and tokens[k][2] == "," else []
        if head and head[-1][2][:1].isupper():
            appositive = words[0][2] + (", " + appositive if appositive else "")
            words = head
    # "Jack Levin, the chief executive of yFrog, the … service, said": a description found
    # between commas is itself an appositive of the name before it.
    if words and appositive and words[0][2].lower() in _DETERMINERS:
        k = tokens.index(words[0]) - 1
        if k >= 1 and tokens[k][2] == ",":
            head = _walk_phrase(tokens, k - 1, 0)
            if head and head[-1][2][:1].isupper() and _is_speaker([w for _, _, w in head]):
                appositive = text[words[0][0]:words[-1][1]] + ", " + appositive
                words = head
    # "the Log Cabin Republicans, a gay men and lesbian group, which said": skip an appositive
    # that opens with "a"/"an" back to the name it describes.
    after = tokens.index(words[-1]) + 1 if words else 0
    if words and words[0][2].lower() in ("a", "an") and after < len(tokens) and tokens[after][2] == ",":
        k = tokens.index(words[0]) - 1
        if k >= 1 and tokens[k][2] == ",":
            head = _walk_phrase(tokens, k - 1, 0)
            if head and _is_speaker([w for _, _, w in head]) and head[-1][2][:1].isupper():
                appositive = text[words[0][0]:words[-1][1]]
                words = head
    # "Capt. Ronald S. Johnson of the Missouri State Highway Patrol said", "John Smith of the
    # Heritage Foundation said": a person's name, then "of the" and the body the person serves
    # (the AP affiliation appositive); the person speaks, not the organisation.
    if words and words[0][2] == "the":
        k = tokens.index(words[0]) - 1
        if k >= 1 and tokens[k][2] == "of" and tokens[k - 1][2][:1].isupper():
            head = _walk_phrase(tokens, k - 1, 0)
            if head and head[0][2].lower() not in _DETERMINERS and _speaker_type_of(" ".join(w for _, _, w in head)) == "person":
                appositive = text[tokens[k][0]:words[-1][1]] + (", " + appositive if appositive else "")
                words = head
    while words and (words[0][2].lower() in _LEADING_DROP or words[0][2].lower() in _PREFIX_WORDS):
        words = words[1:]
    furniture = [k for k, w in enumerate(words) if w[2].lower() in _FURNITURE_WORDS]
    if furniture:
        words = words[furniture[-1] + 1:]  # "Image copyright Getty Images Image caption Trump said"
    if not words or not _is_speaker([w for _, _, w in words]):
        return None
    return Speaker(text[words[0][0]:words[-1][1]], words[0][0], words[-1][1], appositive)


_FINITE_BEFORE_RELATIVE_RE = re.compile(r"(?:(?!\b(?:who|which|that|whose|where|when)\b)[^,])*?\b(?:is|was|were|are|has|have|had|will|would)\b")
# AP-style party and state tag ("R-TX", "D-N.J.", "R-Ohio"), and the state or country after a
# place ("Peoria, Ill.", "Tel Aviv, Israel").
_CALENDAR_WORD_RE = re.compile(rf"(?:{_WEEKDAYS}|January|February|March|April|May|June|July|August|September|October|November|December|\d+)")
_ENDS_IN_TOWN_RE = re.compile(r"\b(?:in|of|from|at|near)\s+(?:[A-Z][\w.'’\-]*\s?){1,3}$")
_PARTY_TAG_RE = re.compile(r"[RDI]-[A-Z][\w.]*")
_PLACE_TAIL_RE = re.compile(r"(?:[A-Z][a-z]*\.?\s?){1,3}")
# An infinitive marker before a cue ("to complain that"), and a relative pronoun before a
# speaker ("the restaurant that the people said was …").
_INFINITIVE_TO_RE = re.compile(r"(?:^|\s)to$")
_RELATIVE_END_RE = re.compile(r"\b(?:that|which|whom)\s*$")
_BARE_SUBJECT_RE = re.compile(
    # (The noun may take a prepositional phrase: "said people at a recent public meeting were
    # furious", "saying prosecutors in Mr. Fishman's office had interviewed her".)
    # A coordinated subject counts too: "insisted criminals, gang members and drug traffickers
    # were pouring over the border".
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?:(?:,\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?){0,4},?\s+(?:and|or)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)?(?:\s+(?:in|at|of|from|on|across|near|inside|outside)\s+[^\s,;:“”\"]+(?:\s+[^\s,;:“”\"]+){0,4}?)?"
    r"\s+(?:was|were|is|are|has|have|had|will|would|could|can|may|might|should|must|did|does|do)\b"
)


_FOCUS_END_RE = re.compile(r"(?<=,)\s+(?:even|also|too)\s*$")


def _ends_with_comma(text: str) -> bool:
    """Whether text ends with a comma, possibly inside a closing quote mark (',”')."""
    return text.rstrip().rstrip("”\"’'").endswith(",")


_OBJECT_WORDS = frozenset("him her them us me some others many people is was are were be".split())
_NOT_NAME_WORDS = frozenset(
    """one two three four five six seven eight nine ten dozens hundreds thousands millions overall
    first second third finally still already advertisement""".split()
)
_IMPERSONAL_RE = re.compile(r"\b(?:it|this|that)(?:\s+(?:is|was|would be|seems?|seemed)\b|['’]s\b)")
_THAT_OR_QUOTE_RE = re.compile(r"\s*(?:that\b|[“\"])")
# A passive "be" before an addressee cue: in "he was told that …" he is the addressee.
_PASSIVE_BE_RE = re.compile(r"(?:\b(?:was|were|been|being|is|are|be)|['’](?:m|re))\s*$")  # (contracted: "I’m told", "we’re reminded")
# Expletive "it" and a passive "be" before the cue ("it was reported that", "it has been said"):
# the construction exists to leave the speaker out (Quirk et al. 1985, §16.34 extraposition).
_IMPERSONAL_PASSIVE_RE = re.compile(r"(?:^|[\s,])[Ii]t\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be)(?:\s+[a-z]+ly)?$")
_ADDRESSEE_CUES = frozenset("told asked informed warned assured urged reminded quoted".split())
_EXPECTATION_WORDS = frozenset("expected scheduled slated poised due planning planned intended".split())
_INTENTION_WORDS = frozenset(
    """expect expects plan plans set scheduled want wants hope hopes going likely unlikely ready
    poised intend intends able unable refuse refuses decline declines would will need needs
    try tries seek seeks meant mean means has have had ought got""".split()
)
# A time adjunct between a speaker and its cue, at the end of the text before the cue.
_TIME_BEFORE_CUE_RE = re.compile(
    rf"\s+(?:on\s+)?(?:(?:{_WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|"
    r"(?:last|this|earlier this|late last|early last)\s+(?:week|month|year|weekend|night|morning|"
    rf"afternoon|evening|spring|summer|fall|autumn|winter|{_WEEKDAYS})|"
    r"(?:over|during|on)\s+the\s+(?:weekend|holidays?|week|summer))\s*$"  # "Trump over the weekend denied"
)


# Heads that take an "of"/"with" phrase inside a speaker ("two of the people", "people with
# knowledge of the case", "the head of the agency").
_GROUP_HEADS = _ROLE_NOUNS | _QUANTIFIER_WORDS | frozenset(
    """one two three four five six seven several none each people person members member knowledge
    familiar close group""".split()
)


_LOCATIVE_PREPOSITIONS = frozenset("in at from across around outside inside near throughout".split())
_PARTICIPLE_PREPOSITIONS = frozenset("on about with to by for in into".split())


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """Nouns for people that speak ("analysts", "voters", "spokesman"): the anonymous-source
    terms of `lexicons/speakers.csv`, role nouns and group heads such as "people"."""
    terms = {t for t, kind in _speaker_terms().items() if kind == "anonymous" and " " not in t}
    return frozenset(terms | _ROLE_NOUNS | {"people", "members", "member", "person"})


def _locative_head(word: str) -> bool:
    """Whether a word can head a speaker phrase that a place follows ("voters in Iowa",
    "organizations across the country"): a person noun or a non-document speaker noun."""
    lower = word.lower()
    return lower in _person_nouns() or _speaker_terms().get(lower, "document") != "document"


def _comma_opens_appositive(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether a comma stands between token ``i`` and the start of its sentence (walking back
    at most 20 tokens): the comma that would open an appositive ending at ``i``."""
    for j in range(i, max(-1, i - 20), -1):
        word = tokens[j][2]
        if word == ",":
            return True
        if word in (";", ":", "“", "”", '"') or (word.endswith((".", "!", "?")) and not _TITLE_WORD_RE.match(word) and len(word) > 3):
            return False
    return False


def _walk_phrase(tokens: list[tuple[int, int, str]], i: int, skipped: int) -> list[tuple[int, int, str]]:
    """The noun phrase ending at token ``i``, walking left until a clause boundary."""
    words: list[tuple[int, int, str]] = []
    while i >= 0 and len(words) < 8:
        word = tokens[i][2]
        lower = word.lower()
        if word == ")":
            # A parenthetical after a name: "John Boehner (R-Ohio) admitted".
            j = i
            while j >= 0 and tokens[j][2] != "(" and i - j < 12:
                j -= 1
            if j >= 0 and tokens[j][2] == "(":
                i = j - 1
                continue
            break
        if lower in _STOP and word[:1].isupper() and words and words[0][2][:1].isupper() and i > 0 and tokens[i - 1][2][:1].isupper():
            # A function word inside a name: "Hotline On Call", "Council on Foreign Relations".
            words.insert(0, tokens[i])
            i -= 1
            continue
        if word in ",;:“”\"«»—–('‘’" or lower in _STOP:
            # "ambassador to the United Nations", "spokesman for Hamas": keep the preposition.
            if lower in ("to", "for", "at", "in") and words and i > 0 and tokens[i - 1][2].lower() in _ROLE_NOUNS:
                words.insert(0, tokens[i])
                i -= 1
                continue
            # A place or employer after a speaker noun, directly or through a participle:
            # "analysts at Goldman Sachs", "voters in Iowa", "activists gathered in suburban
            # Maryland" (the noun speaks, not the place).
            if lower in _LOCATIVE_PREPOSITIONS and words and i > 0:
                k = i - 1
                if k > 0 and tokens[k][2].islower() and tokens[k][2].endswith("ed") and _locative_head(tokens[k - 1][2]):
                    k -= 1
                if _locative_head(tokens[k][2]):
                    words[:0] = tokens[k:i + 1]
                    i = k - 1
                    continue
            # Coordination inside one phrase: "Israel and Hamas", "a gay men and lesbian group".
            if lower == "and" and words and i > 0:
                names = words[0][2][:1].isupper() and tokens[i - 1][2][:1].isupper()
                determined = False
                for k in range(i - 1, max(-1, i - 5), -1):
                    left = tokens[k][2].lower()
                    if left in ("a", "an", "the"):
                        determined = True
                        break
                    if left in _STOP or left in ",;:“”\"()":
                        break
                if names or determined:
                    words.insert(0, tokens[i])
                    i -= 1
                    continue
            break
        words.insert(0, tokens[i])
        i -= 1
        if lower in _DETERMINERS and lower not in _QUANTIFIER_WORDS and lower not in ("one", "two", "three"):
            break
        if lower in _PRONOUNS:
            break
    if words and words[-1][2].lower() in _PRONOUNS and len(words) > 1:
        words = words[-1:]
    if words and words[0][2].lower() in ("the", "a", "an") and i >= 1 and (
        tokens[i][2].lower() in _LOCATIVE_PREPOSITIONS
        or (i >= 2 and tokens[i][2].lower() in _PARTICIPLE_PREPOSITIONS and tokens[i - 1][2].islower() and tokens[i - 1][2].endswith("ed"))
    ):
        # "organizations across the country said": the place is a determiner phrase; "two
        # people briefed on the matter said": so is a past participle's object (a reduced
        # relative clause, "people [who were] briefed on the matter"), and the noun speaks.
        k = i - 1
        if k > 0 and tokens[k][2].islower() and tokens[k][2].endswith("ed"):
            k -= 1
        if _locative_head(tokens[k][2]):
            head = _walk_phrase(tokens, k, 0)
            if head and head[-1] is tokens[k]:
                words = head + list(tokens[k + 1:i + 1]) + words
    # A prepositional phrase inside the noun phrase: "people with knowledge of the case",
    # "two of the people", "the head of the agency".
    while words and len(words) < 10:
        k = tokens.index(words[0]) - 1
        if k >= 1 and (
            (tokens[k][2] in ("of", "with") and (tokens[k - 1][2].lower() in _GROUP_HEADS or tokens[k - 1][2].isdigit()))
            # (A person noun's "with" phrase: "a source with knowledge of the exchange".)
            or (tokens[k][2] == "with" and tokens[k - 1][2].lower() in _person_nouns())
            or (tokens[k][2] in ("for", "to", "at") and tokens[k - 1][2].lower() in _ROLE_NOUNS)
        ):
            # (Also a role's employer with its determiner: "the lawyer for the campaign".)
            more = _walk_phrase(tokens, k - 1, 0)
            if not more:
                break
            words = more + [tokens[k]] + words
        else:
            break
    # Two determined phrases joined by "and" after a comma: ", the lawyer for the campaign and
    # the party said" (a clause's "and" has no comma-bounded noun phrase before it).
    k = tokens.index(words[0]) - 1 if words else -1
    if k >= 2 and tokens[k][2] == "and" and words[0][2].lower() in ("the", "a", "an", "his", "her", "their", "its"):
        more = _walk_phrase(tokens, k - 1, 0)
        before = tokens.index(more[0]) - 1 if more else -1
        if more and more[0][2].lower() in _DETERMINERS and before >= 0 and tokens[before][2] == ",":
            words = more + [tokens[k]] + words
    return words


def _speaker_after(text: str, position: int, limit: int, bare: bool = False) -> Speaker | None:
    """The speaker phrase right after a cue ("said Adm. Brad Cooper, commander of …").

    ``bare`` also accepts a phrase with no determiner up to the next punctuation, as after
    "according to" and "as described by".
    """
    patterns = (_PRONOUN_AFTER, _NAME_AFTER, _description_after(), _MODIFIED_NAME_AFTER) + ((_PHRASE_AFTER,) if bare else ())
    for pattern in patterns:
        match = pattern.match(text, position, limit)
        if not match:
            continue
        phrase = match.group(1)
        if pattern is _PHRASE_AFTER and phrase.endswith(".") and not _INITIALS_END_RE.search(phrase):
            phrase = phrase[:-1]
        first = phrase.split()[0].lower()
        if pattern is _NAME_AFTER and (first in _STOP or first in _CLAUSE_OPENERS - {"the"} or first in _QUANTIFIER_WORDS):
            continue
        if pattern is _NAME_AFTER:
            phrase, _ = _with_head_noun(text, match, limit)
        elif pattern is not _PRONOUN_AFTER:
            # "according to several published reports that …": the phrase stopped before a
            # cue form that is its own head noun, a speaker term ("reports", "statements").
            head = _PLAIN_WORD_RE.match(text, _skip_space(text, match.end(1)), limit)
            if head and head.start() - match.end(1) <= 1 and head.group() in _speaker_terms():
                phrase = text[match.start(1):head.end()]
        start = match.start(1)
        possessed = _POSSESSED_RE.match(text, start + len(phrase), limit) if pattern is _NAME_AFTER else None
        if possessed:
            nouns = possessed.group(2).split()
            while nouns and nouns[-1].lower() in _STOP:
                nouns.pop()
            owner = f"{phrase}{possessed.group('s')} {' '.join(nouns)}" if nouns else ""
            tail = text[start + len(owner):limit]
            named = _POSSESSED_NAME_RE.match(tail) if nouns else None
            if named and (named.group(2).split()[0].lower() in _NOT_SPEAKERS or tail[named.end():named.end() + 2].startswith(("'s", "’s"))):
                named = None
            if named:
                # "said Trump's spokesman Hogan Gidley", "said Obama's campaign manager, Jim
                # Messina": the name after the possessed noun speaks; the rest is its appositive.
                name_start = start + len(owner) + named.start(2)
                return Speaker(named.group(2), name_start, name_start + len(named.group(2)), owner)
            if nouns and (nouns[-1].lower() in _person_nouns() or nouns[-1].lower() in _speaker_terms()):
                phrase = owner  # "said Trump's spokesman": the spokesman speaks, not Trump
        appositive = ""
        rest = _APPOSITIVE_AFTER_RE.match(text[start + len(phrase):limit])
        if rest and (rest.group(1)[:1].islower() or rest.group(1).split()[0] in ("the", "a", "an")):
            appositive = rest.group(1)
        return Speaker(phrase, start, start + len(phrase), appositive)
    role = _ROLE_NAME_AFTER.match(text, position, limit)
    if role and role.group(1).split()[0] not in _STOP and (role.group(2) in _person_nouns() or _PERSON_HEAD_RE.search(role.group(2))):
        return Speaker(role.group(3), role.start(3), role.end(3), role.group(1))
    return None


# A name after a lowercase modifier: "said former George W. Bush political director Matt
# Schlapp", "said longtime GOP strategist Ed Rollins", "explained newly-minted Speaker John
# Boehner to the Post" (an addressee or time adjunct may follow the name, as after a role).
_MODIFIED_NAME_AFTER = re.compile(
    rf"\s*((?:former|ex-|then-|acting|longtime|retired|outgoing|interim|veteran|newly[\s\-][a-z]+)\s*(?:(?:[A-Z]\.|[\w’'\-]+)\s+){{0,7}}?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){{1,3}})"
    r"(?=\s*[,.;:!?)]|\s*$|\s+(?:on|in|at|last|this|during|to|after)\s)"
)
# A bare role before a name, without a determiner ("said senior adviser David Axelrod", "said
# campaign spokesman Ben LaBolt"): the journalistic "false title" (Bell 1988), the name speaks.
_ROLE_NAME_AFTER = re.compile(rf"\s*((?:[a-z][\w’'\-]*\s+){{0,2}}([a-z][\w’'\-]*))\s+((?:{_TITLE}\s+)?[A-Z][\w’'\-]+(?:\s+(?:[A-Z]\.|[A-Z][\w’'\-]+)){{1,3}})(?=\s*[,.;:!?)]|\s*$|\s+(?:on|in|at|last|this|during|to|after)\s)")
_POSSESSED_RE = re.compile(r"(?P<s>['’]s)\s+((?:[a-z][\w\-]*\s*){1,4})")
_POSSESSED_NAME_RE = re.compile(rf"(,\s*)?\s*((?:{_TITLE}\s+)?{_CAP_SEQ})")

# A dateline before the first sentence: "WASHINGTON —", "GAZA CITY, Oct. 14 (Reuters) -".
_DATELINE_RE = re.compile(r"[A-Z][A-Z .'’\-]{2,40}(?:,[^—–\n]{0,40})?\s+[—–-]{1,2}\s+")


def _with_head_noun(text: str, match: re.Match[str], limit: int) -> tuple[str, int]:
    """A capitalised modifier plus its speaker noun: "Israeli officials", "Hamas spokesman"."""
    phrase, end = match.group(1), match.end(1)
    following = _FOLLOWING_WORDS_RE.match(text, end, limit)
    if following:
        words = following.group(1).split()
        for n in range(len(words), 0, -1):
            if words[n - 1] in _speaker_terms() or words[n - 1] in _ROLE_NOUNS:
                extension = re.match(r"(?:\s+[a-z][\w\-]*){%d}" % n, text[end:limit])
                return phrase + extension.group(), end + extension.end()
    return phrase, end


_REMIND_OF_RE = re.compile(r"\s+(?:[\w'’]+\s+){1,3}?of\b")  # "reminded him of", "reminds many voters of"
_POSSESSED_HEAD_RE = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,3}[a-z][\w\-]*(?=,)")


@lru_cache(maxsize=1)
def _possessed_person_re() -> re.Pattern[str]:
    """A possessed person noun after a sentence-opening name ("’s personal lawyer"), and the
    name that may follow it as a close appositive ("… lawyer John Dowd")."""
    nouns = _trie_pattern(sorted(_person_nouns()))
    return re.compile(rf"['’]s\s+(?:[a-z][\w\-]*\s+){{0,2}}({nouns})(?:\s+({_CAP_SEQ}))?(?=[\s,])")
_TIME_AGO_RE = re.compile(r"(?:[\w\-]+\s+){1,3}(?:ago|earlier|later|prior|before|after|on)\s*,\s+")
_FURNITURE_LABEL_RE = re.compile(r"([A-Z][\w'’]*(?: [A-Z][\w'’]*)?):\s+")
_SUBJECT_AFTER_COMMA_RE = re.compile(r",[”\"]?\s+(?=[A-Z]|(?:he|she|they|it|we|I|the|a|an|his|her|their|its|some|several|many|most|both|all)\s)")
_OPENER_COMMA_RE = re.compile(r"([A-Z][a-z]+),\s+")


def _before_verb(phrase: str) -> str:
    """A description cut before a verb that the phrase pattern ran over: "A former senior
    intelligence official dismissed the notion" -> "A former senior intelligence official"."""
    words = phrase.split()
    for k in range(1, len(words) - 1):
        if _locative_head(words[k]) and words[k + 1].islower() and words[k + 1].endswith("ed"):
            return " ".join(words[:k + 1])
    return phrase


def _sentence_subject(text: str, start: int, limit: int) -> Speaker | None:
    """The subject at the start of a sentence, after any opening adverbial phrase
    ("In an e-mail, Mary Cheney declined …", "Down in the polls, Texas Gov. Rick Perry is …")."""
    position = _skip_space(text, start)
    if position < limit and text[position] in "“\"«‘'":
        return None  # a sentence that opens with a quotation has its subject inside it
    dateline = _DATELINE_RE.match(text, position, limit)
    if dateline:
        position = dateline.end()
    label = _FURNITURE_LABEL_RE.match(text, position, limit)
    if label and label.group(1).lower() in _NOT_LABELS:
        position = label.end()  # "Updated: Rick Santorum on Sunday tried …"
    ago = _TIME_AGO_RE.match(text, position, limit)
    if ago:
        position = ago.end()  # "Two years prior, then-Senator Obama used …"
    if text.startswith(("then-", "ex-"), position) and _NAME_AFTER.match(text, text.index("-", position) + 1, limit):
        position = text.index("-", position) + 1  # "then-Senator Obama": the title and name
    lead = re.match(r"(?:And|But|So|Yet|Still|Meanwhile|However|Then|Now|Later|Earlier|Instead|Also|"
                    r"Finally|First|Separately|Afterward|Afterwards|Today|Yesterday|Previously|[A-Z][a-z]+ly),?\s+", text[position:limit])
    if lead:
        position += lead.end()
    opener = _OPENER_COMMA_RE.match(text, position, limit)
    if opener and opener.group(1) in _NOT_NAME_PARTS:
        position = opener.end()  # "Indeed, …", "Still, …": not the subject
    first = _WORD_RE.match(text, position, limit)
    if first and (first.group().lower() in _PREFIX_WORDS or first.group().endswith("ing") or first.group().endswith("ly")):
        # The opening phrase ends at the first comma that a subject follows (a name, pronoun or
        # determiner): "Asked, for instance, if the White House would …, Robert Gibbs said".
        subject_comma = _SUBJECT_AFTER_COMMA_RE.search(text, position, min(limit, position + 250))
        comma = text.find(",", position, min(limit, position + 120))
        if subject_comma is not None:
            position = subject_comma.end()
        elif comma > 0:
            position = _skip_space(text, comma + 1)
    for pattern in (_SUBJECT_PRONOUN, _NAME_AFTER, _description_after()):
        match = pattern.match(text, position, limit)
        if match:
            phrase = match.group(1)
            if pattern is _NAME_AFTER and " " not in phrase and (phrase in _NOT_NAME_PARTS or phrase.lower() in _NOT_SPEAKERS) and phrase.lower() not in _PRONOUNS:
                continue  # "Nonetheless …", "Friday …" is no name
            if pattern is not _NAME_AFTER:
                phrase = _before_verb(phrase)
            name_words = phrase.split()[1:] if phrase.split()[0].lower() == "the" else phrase.split()
            if pattern is _NAME_AFTER and (not name_words or name_words[0].lower() in (_CLAUSE_OPENERS | _QUANTIFIER_WORDS) - _PRONOUNS):
                continue
            if pattern is _NAME_AFTER:
                phrase, _ = _with_head_noun(text, match, limit)
            if phrase.split()[0].lower() in _NOT_LABELS:
                return None
            named = _NAMED_APPOSITIVE_RE.match(text, match.start(1) + len(phrase), limit)
            possessed = _POSSESSED_HEAD_RE.match(text, match.start(1) + len(phrase), limit) if pattern is _NAME_AFTER else None
            if possessed:
                # "Cornyn's Democratic counterpart, Sen. Bob Menendez, D-NJ, offered …": the
                # possessed noun heads the subject (not its possessor), and the name in its
                # appositive is who it is.
                named = _NAMED_APPOSITIVE_RE.match(text, possessed.end(), limit)
                if named and _speaker_type_of(named.group(1)) == "person":
                    start = named.start(1)
                    return Speaker(named.group(1), start, start + len(named.group(1)), text[match.start(1):possessed.end()])
                named = None
            owned = _possessed_person_re().match(text, match.start(1) + len(phrase), limit) if pattern is _NAME_AFTER else None
            if owned:
                # "Trump's personal lawyer John Dowd said …": the possessed person noun heads the
                # subject, not its possessor; a name right after it (a close appositive) is who
                # it is ("Trump's lawyer said …" keeps the whole phrase).
                if owned.group(2) and _speaker_type_of(owned.group(2)) == "person":
                    return Speaker(owned.group(2), owned.start(2), owned.end(2), text[match.start(1):owned.end(1)])
                if not owned.group(2):  # (not "The North's official KCNA news agency": an adjective)
                    return Speaker(text[match.start(1):owned.end(1)], match.start(1), owned.end(1))
            if named and phrase.split()[0].lower() in _DETERMINERS and _speaker_type_of(named.group(1)) == "person":
                # "A lawyer for Mr. Grimm, William McGinley of Patton Boggs, confirmed …"
                start = named.start(1)
                return Speaker(named.group(1), start, start + len(named.group(1)), phrase)
            return Speaker(phrase, match.start(1), match.start(1) + len(phrase))
    subject = _SUBJECT_BEFORE_PAST_RE.match(text, position, limit)
    if subject is not None and _locative_head(subject.group(2)):
        # "The source challenged one major aspect of the story line, insisting …": a long
        # predicate hides the clause's end from the description pattern; a determiner phrase
        # headed by a speaker noun before a past-tense verb is the subject all the same.
        return Speaker(subject.group(1), subject.start(1), subject.end(1))
    return None


# A determiner phrase of up to five words, then a past-tense verb (its head is group 2).
_SUBJECT_BEFORE_PAST_RE = re.compile(r"\s*((?:[Tt]he|[Aa]n?|[Ss]ome|[Tt]wo|[Ss]everal|[Mm]any)\s+(?:[\w'’\-]+\s+){0,4}?([a-z][\w'’\-]*))\s+[a-z]{3,}ed\b")


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


# ---------------------------------------------------------------------------------------------
# Statement assembly


@dataclass(slots=True)
class _Statement:
    kind: str
    speaker: Speaker | None
    cue: str
    cue_start: int
    start: int
    end: int
    lemma: str = ""
    stance: str = ""


class _Context:
    """Per-article lookups: paragraphs, sentences, quotes, cue matches."""

    def __init__(self, text: str, sentence_starts: list[int], sentence_ends: list[int]) -> None:
        self.text = text
        self.paragraphs = _paragraph_ranges(text)
        self.paragraph_starts = [s for s, _ in self.paragraphs]
        self.sentence_starts = sentence_starts
        self.sentence_ends = sentence_ends
        self.quotes = list(_text_quotations(text))
        self.quote_starts = [q.open for q in self.quotes]
        self.cues = _find_cues(text)
        self.cue_starts = [c.start for c in self.cues]
        self.mentions = _name_mentions(text)
        self.mention_starts = [offset for offset, _ in self.mentions]
        self.surnames: dict[str, list[int]] | None = None
        self.honorifics: dict[str, str] | None = None  # surname -> gender, from "Mr."/"Ms." (lazy)
        self.subjects: dict[tuple[int, int], Speaker | None] = {}  # (sentence, limit) -> subject
        self.genders: dict[str, str] = {}  # phrase -> gender (`_gender_of`)

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)

    def paragraph_of(self, offset: int) -> tuple[int, int]:
        index = max(0, bisect.bisect_right(self.paragraph_starts, offset) - 1)
        return self.paragraphs[index] if self.paragraphs else (0, len(self.text))

    def quotes_between(self, start: int, end: int) -> list[Quotation]:
        """Quotations whose opening mark is in ``[start, end)``."""
        return self.quotes[bisect.bisect_left(self.quote_starts, start):bisect.bisect_left(self.quote_starts, end)]

    def cues_between(self, start: int, end: int) -> list[CueMatch]:
        """Cues that start in ``[start, end)``."""
        low = bisect.bisect_left(self.cue_starts, start)
        high = bisect.bisect_left(self.cue_starts, end)
        return self.cues[low:high]

    def inside_quote(self, offset: int) -> Quotation | None:
        index = bisect.bisect_right(self.quote_starts, offset) - 1
        if index >= 0:
            q = self.quotes[index]
            if q.open <= offset < max(q.close, q.end):
                return q
        return None


_TRANSCRIPT_LABELS = frozenset("QUESTION Q A MODERATOR REPORTER PARTICIPANT".split())
_LABEL_RE = re.compile(r"(?P<label>(?:[A-Z][A-Z.'’\-]+)(?: [A-Z][A-Z.'’\-]+){0,4}|Q|A):[ \t]+(?=\S)")
_NAME_LABEL_RE = re.compile(rf"(?P<label>{_CAP_SEQ}):")


def _transcript_turns(ctx: _Context) -> list[_Statement]:
    """Transcript and interview turns: a paragraph opening with an all-caps label and colon.

    A turn runs to the end of the last paragraph before the next labelled paragraph. A lone
    labelled paragraph counts only if its label is a transcript form ("SECRETARY RUBIO",
    "QUESTION"), so one "NOTE: …" or "WASHINGTON: …" line is not a turn.
    """
    text = ctx.text
    labelled = []
    for index, (start, end) in enumerate(ctx.paragraphs):
        match = _LABEL_RE.match(text, start, end)
        if match and match.group("label") not in ("U.S.", "UPDATE", "NOTE", "EDITOR'S NOTE", "CORRECTION"):
            labelled.append((index, match))
    if len(labelled) < 2 and not any(" " in m.group("label") or m.group("label") in _TRANSCRIPT_LABELS for _, m in labelled):
        return []
    turns = []
    for k, (index, match) in enumerate(labelled):
        last = (labelled[k + 1][0] if k + 1 < len(labelled) else len(ctx.paragraphs)) - 1
        start, end = match.end(), ctx.paragraphs[last][1]
        label = match.group("label")
        speaker = Speaker(label, match.start(), match.start() + len(label))
        turns.append(_Statement("direct", speaker, ":", -1, start, end, "", ""))
    return turns


_BULLET_RE = re.compile(r"(?:[-•*–—]+|\d{1,2}[.)])[ \t]*")
# Verb-less introductions of a block quote: "Here's an excerpt from the Times report:", "a set
# of response points were circulated by Democrats close to the campaign:".
_BLOCK_SOURCE_RE = re.compile(
    r"\b(?:(?:excerpt|excerpts|passage|portion|part|text)\s+(?:from|of)|more\s+from|(?:circulated|released|issued|posted|published|"
    r"distributed|sent|shared|written)\s+by)\s+"
    r"((?:[\w'’.\-]+\s+){0,7}[\w'’.\-]+)\s*:$"
)


_FOLLOWING_RE = re.compile(r"\s+[a-z]+\s+the following\b")  # the verb, then "the following"


def _enclosed_run(ctx: _Context, first: int) -> int | None:
    """The last paragraph of a block quote that opens a paragraph with a quote mark, left open
    there, and closes only at the end of a later paragraph, no paragraph between reopening it
    (web layout that omits the reopening marks of the print convention). None otherwise."""
    text = ctx.text
    paragraphs = ctx.paragraphs
    start, end = paragraphs[first]
    quote = ctx.inside_quote(start)
    if quote is None or quote.open != start or text[end - 1] in _CLOSERS + '"' or (quote.close > quote.end and text[quote.close - 1] in _CLOSERS + '"'):
        return None  # no quote, or one that closes in its own paragraph
    for number in range(first + 1, min(len(paragraphs), first + 8)):
        p_start, p_end = paragraphs[number]
        if text[p_start] in _OPENERS + '"' or text[p_end - 1] == ":":
            return None  # the print convention (handled by `_quotations`), or a new introduction
        if text[p_end - 1] in _CLOSERS + '"':
            return number
    return None


def _unclosed_continuations(ctx: _Context, direct: list[_Statement]) -> list[_Statement]:
    """Paragraphs continuing a direct quote that is left open at the end of its paragraph when
    the reopening marks are missing: the next paragraphs carry no quote mark at all until one
    whose only mark closes it at its end (web layout that drops the print convention's reopening
    marks, as `_enclosed_run` finds for block quotes). One direct row per paragraph, with the
    opening quote's speaker and cue; a paragraph ending in a colon, a second mark, or no closer
    within seven paragraphs means the quote simply ended with its paragraph."""
    text = ctx.text
    found: list[_Statement] = []
    for statement in direct:
        quote = ctx.inside_quote(statement.start)
        if statement.kind != "direct" or quote is None or quote.close != quote.end or statement.end < quote.end - 1:
            continue
        first = bisect.bisect_right(ctx.paragraph_starts, statement.start) - 1
        if first < 0 or ctx.paragraphs[first][1] != quote.end or text[quote.end - 1] in _CLOSERS + '"':
            continue
        for number in range(first + 1, min(len(ctx.paragraphs), first + 8)):
            p_start, p_end = ctx.paragraphs[number]
            marks = list(_MARK_RE.finditer(text, p_start, p_end))
            if text[p_end - 1] == ":" or len(marks) > 1:
                break
            if marks:
                if marks[0].end() == p_end and marks[0].group() in _CLOSERS + '"':
                    for b_start, b_end in ctx.paragraphs[first + 1:number + 1]:
                        b_end = b_end - 1 if b_end == p_end else b_end
                        found.append(_Statement("direct", statement.speaker, statement.cue, statement.cue_start, b_start, b_end, statement.lemma, statement.stance))
                break
    return found


def _block_quotes(ctx: _Context, taken: list[tuple[int, int]]) -> list[_Statement]:
    """Block quotes without quote marks: a paragraph that ends in a colon after a reporting cue
    ("…, as Marc Hetherington told NPR last month:", "Krugman continues:") or naming a source
    ("Here's an excerpt from the Times report:") introduces the next paragraph, or the run of
    bulleted paragraphs that follows, as the speaker's words (news and blog layout for long
    quotations, where indentation replaces quote marks). Each introduced paragraph is one row.
    An introduction with neither ("Here are some possibilities:", "Advertisement:") introduces
    no statement."""
    text = ctx.text
    found: list[_Statement] = []
    paragraphs = ctx.paragraphs
    for index in range(len(paragraphs) - 1):
        i_start, i_end = paragraphs[index]
        if text[i_end - 1] != ":" or any(s <= i_end - 1 < e for s, e in taken):
            continue
        n_start, n_end = paragraphs[index + 1]
        enclosed = _enclosed_run(ctx, index + 1) if text[n_start] in _OPENERS + '"' else None
        if enclosed is None and (text[n_start] in _OPENERS + "\"‘'" or any(n_start <= s < n_end or s <= n_start < e for s, e in taken)):
            continue
        floor = max(i_start, ctx.sentence_starts[ctx.sentence_of(i_end - 1)])
        speaker, cue_text, lemma, stance, cue_start = None, ":", "", "", -1
        cues = [c for c in ctx.cues_between(floor, i_end) if not ctx.inside_quote(c.start)]
        cue = cues[-1] if cues else None
        # (Quote marks around the block already mark it as quoted words: the cue may then stand
        # further from the colon, "… writes about X, and argues that Y:".)
        if cue is not None and (enclosed is not None or (len(text[cue.end:i_end - 1].split()) <= 6 and not _BREAK_RE.search(_ABBREVIATION_RE.sub("", text[cue.end:i_end - 1])))):
            if cue.info.frame == "according":
                speaker = _speaker_after(text, cue.end, i_end - 1, bare=True)
            elif cue.info.frame != "by" and not cue.participle:
                speaker = _speaker_for(ctx, cue, floor)
            noun = speaker is not None and speaker.text.split()[0].lower() in _POSSESSIVE_PRONOUNS and " " in speaker.text
            passive = _PASSIVE_BE_RE.search(text[floor:cue.start].rstrip())
            if speaker is not None and _licensed(cue, speaker) and not noun and not passive:
                # (Not "Read her full comments below:", a noun, nor "These were said to be:".)
                cue_text, lemma, stance, cue_start = cue.text, cue.info.lemma, cue.info.stance, cue.start
            else:
                speaker = None
        following = _FOLLOWING_RE.search(text, floor, i_end) if speaker is None and enclosed is not None else None
        if following is not None:
            # "a post accompanying the video provides the following commentary:" — the subject
            # of the verb announcing "the following" words is their source.
            subject = _sentence_subject(text, floor, following.start())
            if subject is not None and _speaker_type_of(subject.text) in ("person", "organisation", "government", "media", "document", "anonymous"):
                speaker = subject
        if speaker is None:
            source = _BLOCK_SOURCE_RE.search(text, floor, i_end)
            if source is None:
                continue
            phrase = source.group(1)
            speaker = Speaker(phrase, source.start(1), source.end(1))
        if enclosed is not None:
            # One row per paragraph of a block quote enclosed once in quote marks.
            for number in range(index + 1, enclosed + 1):
                b_start, b_end = paragraphs[number]
                if number == index + 1:
                    b_start = _skip_space(text, b_start + 1)
                if number == enclosed:
                    b_end -= 1
                if b_end > b_start and not any(b_start <= s < b_end or s <= b_start < e for s, e in taken):
                    found.append(_Statement("direct", speaker, cue_text, cue_start, b_start, b_end, lemma, stance))
            continue
        bulleted = _BULLET_RE.match(text, n_start)
        for b_start, b_end in paragraphs[index + 1:]:
            bullet = _BULLET_RE.match(text, b_start)
            if bulleted and (bullet is None or bullet.end() == b_start):
                break
            start = bullet.end() if bulleted else b_start
            if any(s <= start < e for s, e in taken) or _MARK_RE.match(text, start):
                break
            if text[start:b_end].rstrip(":").strip().lower() in _NOT_LABELS | {"advertisement"}:
                break  # page furniture between the introduction and the quote
            found.append(_Statement("direct", speaker, cue_text, cue_start, start, b_end, lemma, stance))
            if not bulleted:
                break
    return found


def _clause_after(ctx: _Context, cue: CueMatch, limit: int) -> int | None:
    """Start of the reported clause after a cue, or None if none follows.

    Skips an addressee after "told" ("told the United Nations it would"), time and manner
    adjuncts ("said last week the letters …", "said in a statement on Tuesday that"), an
    interjected ", though," and "that" itself.
    """
    text = ctx.text
    position = cue.end
    window = text[position:limit]
    if cue.info.lemma == "add" and _ADD_TO_RE.match(window):
        return None  # "adding to the sense that …": "add to" a thing is to increase it, not to say
    that = _THAT_RE.match(window)
    if that and not (cue.info.lemma in _NAMING_LEMMAS and that.start() == 0 and window[that.end():that.end() + 1].islower()):
        # (A verb of naming takes an object and its name, never a that-clause: in "calls that
        # evidence unreliable" the "that" is a demonstrative.)
        return position + that.end()
    # "expressed concern that …", "raised fears that …", "repeated his claim that …" (but "raised
    # a question that has long been debated" is a relative clause, not content).
    content = _content_noun_re().match(window)
    following = _PLAIN_WORD_RE.match(window, content.end()) if content else None
    if content and not (following and (following.group() in _RELATIVE_VERBS or following.group().endswith("ed"))):
        return position + content.end()
    if cue.info.clause == "noun":
        return None  # "raised" without a content noun: "raised taxes", "raised $5 million"
    if cue.info.lemma in _GERUND_CONTENT_LEMMAS:
        gerund = _GERUND_CONTENT_RE.match(window)
        if gerund and gerund.group(1) not in _GERUND_NOUNS:
            # "confirmed speaking with Frank", "denied having met him": a factive verb's gerund
            # complement is a proposition about the speaker (Kiparsky & Kiparsky 1970).
            return position + gerund.start(1)
    adjunct_that = _ADJUNCT_THAT_RE.match(window)
    if adjunct_that and _SUBORDINATING_THAT_RE.search(window, 0, adjunct_that.end()):
        adjunct_that = None  # "told him to act so that the case …": a purpose clause, not content
    if adjunct_that and not (cue.info.lemma == "call" and window.lstrip().startswith("for ")):
        # ("calling for a budget that prioritizes aid": a demand's object and its relative
        # clause, not a content clause)
        return position + adjunct_that.end()
    object_that = _OBJECT_THAT_RE.match(window)
    if object_that and object_that.group(1) not in _RELATIVE_VERBS and not object_that.group(1).endswith("ed"):
        # "expressed his displeasure that …", "voiced concern that …"
        return position + object_that.start(1)
    offset = 0
    if cue.info.frame == "tell":
        listed = re.match(r"\s+(?:[A-Z]|him\b|her\b|them\b|the\b)(?:[^.;:“”\"]|\.(?=\s[A-Z]))*?,?\s+that\s+", window[:160])
        if listed and not _find_cues(listed.group()) and not _SUBORDINATING_THAT_RE.search(listed.group()):
            # "told Sens. Dick Durbin, of Illinois, and Dianne Feinstein, of California, that …"
            return position + listed.end()
        recipient = re.match(
            rf"\s+(?:(?:the\s+)?{_CAP_SEQ}|(?:the|a|an|his|her|their|its)\s+[a-z]+(?:\s+[a-z]+)?|[a-z]+)",
            window,
        )
        if not recipient:
            return None
        offset = recipient.end()
        that = re.match(r"\s+that\s+", window[offset:])
        if that:
            return position + offset + that.end()
    for _ in range(2):
        adjunct = _ADJUNCT.match(window, offset)
        if not adjunct:
            break
        offset = adjunct.end()
    opener = _OPENER_RE.match(window, offset)
    if opener and cue.info.clause == "that":
        # "announced on Tuesday he will …" but not "announced his candidacy": only a subject
        # pronoun opens a clause without "that" after these verbs.
        word = _APOSTROPHE_RE.split(opener.group(1))[0]
        verb = _SECOND_WORD_RE.match(window, offset)
        finite = verb is not None and (verb.group(1) in _RELATIVE_VERBS or verb.group(1).endswith(("ed", "s")) or verb.group(1) in ("will", "would", "could", "should", "can", "may", "might", "must", "did", "does"))
        return position + opener.start(1) if word in ("he", "she", "they", "it", "we", "I") and finite else None
    if opener:
        word = _APOSTROPHE_RE.split(opener.group(1))[0]
        if word.lower() in _CLAUSE_OPENERS or (word[:1].isupper() and word.lower() not in _STOP and word.lower() not in _PREFIX_WORDS) or word[:1].isdigit():
            return position + opener.start(1)
        if word.islower() and word not in _STOP and word not in _PREFIX_WORDS and _BARE_SUBJECT_RE.match(window, opener.start(1)):
            # A bare noun subject and a finite verb: "saying business leaders have a duty",
            # "said turnout would be high" (not "said goodbye to his staff").
            return position + opener.start(1)
    return None


def _trim_end(text: str, start: int, end: int) -> int:
    """End of a reported clause: its sentence end without trailing space and final period."""
    while end > start and text[end - 1].isspace():
        end -= 1
    while end > start and text[end - 1] in ".,;:—–-":
        end -= 1
    return end


def _word_count(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


# ("as well as Democrats", "such as Democrats" coordinate nouns: no clause, no subject.)
_SUBORDINATE_RE = re.compile(r"\b(?:(?<!well )(?<!such )as|while|when|after|because|since|although|though|whereas)\s+(?=[A-Z]|he\b|she\b|they\b|it\b)")


# A subordinate clause whose subject is a determiner phrase ("after the man approached …").
_LOWER_AFTER_PERIOD_RE = re.compile(r"[a-z]{2}\.\s+[a-z]")  # a sentence break the segmenter missed
_DETERMINED_CLAUSE_RE = re.compile(r"\b(?:while|when|after|because|since|although|though|whereas|before|until)\s+(?=(?:the|a|an)\s)")


def _narrative_subject(ctx: _Context, start: int, limit: int) -> Speaker | None:
    """`_sentence_subject`, unless the sentence begins inside a quotation: then its first words
    are the quoted speaker's ('It's destructive," Mr. Gibbs said, adding that …')."""
    subject = _sentence_subject(ctx.text, start, limit)
    return None if subject is not None and ctx.inside_quote(subject.start) else subject


def _earlier_speaker(ctx: _Context, floor: int, position: int) -> Speaker | None:
    """The speaker of an earlier cue of the same sentence ('"…," he said, adding that …')."""
    for cue in reversed(ctx.cues_between(floor, position)):
        speaker = _speaker_before(ctx.text, floor, cue.start)
        if speaker is not None:
            return speaker
    return None


# Verbs of issuing a document ("issued a statement saying …"; not "denied a report claiming …").
_CAUSATIVE_RE = re.compile(r"\b(?:caused|led|prompted|spurred|forced|compelled|drove|inspired|moved)\s+((?:[\w'’\-]+\s+){0,4}?[\w'’\-]+)\s+to$")
_PAST_VERB_END_RE = re.compile(r"\b(?:issued|released|sent|posted|published|put out|wrote|filed|circulated|distributed|delivered)\s+(?:[\w'’\-]+\s+){0,2}$")
# What may follow an attribution before a participle that continues it: a comma, after at most
# a short time or place adjunct ("said on Tuesday,", "told CNN in an interview,").
_ATTRIBUTION_TAIL_RE = re.compile(r"(?:[ \t]+(?:on|in|at|during|to|last|this|late|early|earlier|later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b[^,.;:“”\"]{0,40})?[ \t]*,[ \t]*")
# A determiner or possessive right before a cue word makes it a noun ("Scaramucci’s praises").
_PARTICIPLE_CONTINUATION_RE = re.compile(r"[a-z]+ing\b")
_NOUN_BEFORE_RE = re.compile(r"(?:\b(?:the|a|an|his|her|their|its|our|this|that)|['’]s?)\s*$", re.IGNORECASE)
_AUTHORED_DOCUMENT_RE = re.compile(r"\b((?:a|an|the|his|her|their|its)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+)\s+(?:from|by)\s+$")
_PARTICIPLE_ADVERB_RE = re.compile(r",\s*(?:instead|also|then|later|again|further)$")


# Raising verbs before an infinitive cue ("appeared to suggest", "seems to acknowledge"): the
# saying took place, hedged by the writer (not an intended or expected saying).
_RAISING_VERBS = frozenset("appeared appears appear seemed seems seem".split())


def _speaker_for(ctx: _Context, cue: CueMatch, floor: int) -> Speaker | None:
    """The speaker of a cue whose speaker stands before it (the usual order).

    A participle after a comma (", saying …") and a verb after "and"/"but" take the sentence's
    subject; "according to X" takes what follows it.
    """
    text = ctx.text
    before = text[floor:cue.start].rstrip()
    if cue.info.frame in ("according", "by"):
        return None
    if cue.text in _ADDRESSEE_CUES and _PASSIVE_BE_RE.search(before, max(0, len(before) - 20)):
        return None  # "he was told that …": the subject is the addressee, the speaker unnamed
    if before.endswith(("is", "was", "been", "be", "ly")) and _IMPERSONAL_PASSIVE_RE.search(before, max(0, len(before) - 40)):
        return None  # "it was reported that …": an agentless passive names no speaker
    # (These end-anchored patterns are searched only in the last words of the sentence so far:
    # a search from its start would try every position.)
    tail = max(0, len(before) - 60)
    attempt = _ATTEMPT_RE.search(before, tail)
    if attempt and not _COORDINATED_TO_RE.search(before, tail):
        speaker = _speaker_before(text, floor, floor + attempt.start())
        if speaker is not None:
            return speaker
    if cue.participle and not before:
        # "Suggesting that the photo was altered, he alluded …": the subject follows.
        index = ctx.sentence_of(cue.start)
        return _sentence_subject(text, floor, ctx.sentence_ends[index])
    adverb = _PARTICIPLE_ADVERB_RE.search(before, tail) if cue.participle else None
    if adverb:
        before = before[:adverb.start() + 1]  # ", instead suggesting": as ", suggesting"
    if cue.participle and _ends_with_comma(before):
        # "…, Mr. Williams said, describing it as …" / "…, said Mr. Williams, describing …": a
        # participle right after an attribution describes the same act of saying, so the
        # attribution's speaker is its subject (not the subject of the reported words).
        # (Only the attribution itself stands between: "…, he said in an interview, adding".
        # The last two cues are tried: a cue word may sit inside the speaker phrase, "says
        # noted economist Dean Baker, adding".)
        for prior in [c for c in ctx.cues_between(floor, cue.start) if not c.participle and not ctx.inside_quote(c.start)][-2:][::-1]:
            if prior.info.frame in ("according", "by") or _NOUN_BEFORE_RE.search(text, max(floor, prior.start - 40), prior.start):
                continue
            speaker = None
            if _ATTRIBUTION_TAIL_RE.fullmatch(text, prior.end, cue.start):
                speaker = _speaker_before(text, floor, prior.start)
            elif text[floor:prior.start].rstrip().endswith((",", "”", '"')):
                # An inverted attribution ("…, said Mr. Williams, describing"); after any other
                # verb the noun phrase that follows is its object ("found a way out, saying").
                after = _speaker_after(text, prior.end, cue.start)
                if after is not None and _ATTRIBUTION_TAIL_RE.fullmatch(text, after.end, cue.start):
                    speaker = after
            if speaker is not None:
                return speaker
        # "… as Netanyahu turned down an invitation, saying …": the participle belongs to the
        # nearest clause, whose subject follows its conjunction.
        for clause in reversed(list(_SUBORDINATE_RE.finditer(text, floor, cue.start))):
            subject = _sentence_subject(text, clause.end(), cue.start)
            if subject is not None and subject.text.lower() not in ("the", "a"):
                return subject
        return _narrative_subject(ctx, floor, cue.start) or _earlier_speaker(ctx, floor, cue.start)
    if _COORDINATED_RE.search(before, max(0, len(before) - 30)) or (before.endswith(_LOOSE_COORDINATION_ENDS) and _COORDINATED_LOOSE_RE.search(before, max(0, len(before) - 100))):
        # A verb coordinated inside a relative or subordinate clause shares that clause's
        # subject: "two of the mayor's aides, who were interviewed … and told them that …"
        # (the aides), "after the man approached the congressman and asked if …" (the man).
        # (The nearest such clause wins; a relative's "but" mostly joins the main clause.)
        who = before.rfind(", who ")
        clauses = list(_SUBORDINATE_RE.finditer(text, floor, cue.start)) + list(_DETERMINED_CLAUSE_RE.finditer(text, floor, cue.start))
        clause = max(clauses, key=lambda m: m.start()) if clauses else None
        if who >= 0 and (clause is None or clause.start() < floor + who) and "," not in before[who + 6:] \
                and not _LOWER_AFTER_PERIOD_RE.search(before, who + 6) and before.endswith("and"):
            speaker = _speaker_before(text, floor, floor + who + 5)
            if speaker is not None:
                return speaker
        if clause is not None and clause.start() > floor + who and "," not in text[clause.end():cue.start]:
            subject = _sentence_subject(text, clause.end(), cue.start)
            if subject is not None and subject.text.lower() not in ("the", "a"):
                return subject
        return _narrative_subject(ctx, floor, cue.start) or _earlier_speaker(ctx, floor, cue.start)
    if before.endswith("to") and _INFINITIVE_TO_RE.search(before, max(0, len(before) - 4)) and not cue.participle and not cue.text.endswith(("ed", "s")):
        # "… went to his office to complain that …": an infinitive of purpose takes the
        # sentence's subject; an expected or intended saying ("is expected to announce",
        # "plans to say") is not a statement yet.
        words = before.lower().split()
        if len(words) >= 2 and words[-2] in _RAISING_VERBS:
            # "Clinton appeared to suggest she would …": a raising verb hedges the saying but
            # does not take it back; the subject of "appeared" is the speaker.
            raised = before.lower().rfind(" " + words[-2] + " ")
            if raised >= 0:
                speaker = _speaker_before(text, floor, floor + raised + 1)
                if speaker is not None:
                    return speaker
        causative = _CAUSATIVE_RE.search(before)
        if causative and _THAT_OR_QUOTE_RE.match(text, cue.end):
            # "That caused other Republicans to warn that …": after an implicative causative
            # verb the saying happened (Karttunen 1971), and its object is the one who said it.
            speaker = _speaker_before(text, floor + causative.start(1), floor + causative.end(1))
            if speaker is not None:
                return speaker
        if len(words) >= 2 and (words[-2].endswith("ed") or words[-2] in _INTENTION_WORDS or words[-2] in _OBJECT_WORDS) or any(w in _EXPECTATION_WORDS for w in words[-5:-1]):
            return None  # "asked to explain", "told him to say", "prompted some to suggest", "is expected by some to announce"
        if _IMPERSONAL_RE.search(" ".join(words[-7:])) or not _THAT_OR_QUOTE_RE.match(text, cue.end):
            # "it is crazy to suggest that …" is no one's statement; without "that" or a quote
            # the infinitive is mostly an act ("to add a question", "to confirm Gorsuch").
            return None
        who = before.rfind(" who ")
        if who >= 0 and "," not in before[who:]:
            # "a lawyer who contacted his office to complain that …": the relative's antecedent.
            speaker = _speaker_before(text, floor, floor + who + 4)
            if speaker is not None:
                return speaker
        return _narrative_subject(ctx, floor, cue.start) or _earlier_speaker(ctx, floor, cue.start)
    speaker = _speaker_before(text, floor, cue.start)
    if cue.participle and speaker is not None and cue.info.clause != "document" and speaker.text.split()[0].lower() in ("a", "an") \
            and _speaker_type_of(speaker.text) == "document" and _PAST_VERB_END_RE.search(text, max(floor, speaker.start - 60), speaker.start) \
            and " from " not in speaker.text:
        # "Ms. Zimmer issued a statement saying …": the issuer speaks through the statement
        # (but "released a statement from her doctor declaring …": the author is named).
        subject = _sentence_subject(text, floor, speaker.start)
        if subject is not None and _speaker_type_of(subject.text) != "document":
            return subject
    if cue.participle and speaker is not None:
        # "another ad in Iowa describing himself": a noun after a preposition does not speak.
        preceding = text[floor:speaker.start].split()
        authored = _AUTHORED_DOCUMENT_RE.search(text, max(floor, speaker.start - 60), speaker.start)
        if authored and _speaker_type_of(authored.group(1)) == "document":
            # "a statement from her doctor declaring …": the document and its named author
            # speak (the participle, with no comma, modifies the whole noun phrase).
            speaker = Speaker(text[authored.start(1):speaker.end], authored.start(1), speaker.end)
        elif preceding and preceding[-1].lower() in ("in", "at", "on", "of", "for", "to", "from", "by", "into", "about", "over", "during", "after", "before", "since", "until", "through", "across", "under", "within"):
            speaker = None
    if speaker is None and cue.participle:
        if ctx.inside_quote(_skip_space(text, floor)):
            # '… It's destructive," Mr. Gibbs said on ABC, adding that …': the sentence opens
            # inside the quote, so the participle's subject is the attribution's speaker.
            return _earlier_speaker(ctx, floor, cue.start)
        return _sentence_subject(text, floor, cue.start)
    return speaker


def _direct_statements(ctx: _Context, turns: list[_Statement]) -> tuple[list[_Statement], set[int], list[Quotation]]:
    """Attribute each quotation by the cue right after it or right before it (or a colon)."""
    found: list[_Statement] = []
    used_cues: set[int] = set()
    pending: list[Quotation] = []
    turn_ranges = [(t.start, t.end) for t in turns]
    for q in ctx.quotes:
        if any(s <= q.open < e for s, e in turn_ranges):
            continue
        statement = _attribution_after(ctx, q)
        if statement is None:
            p_start, _ = ctx.paragraph_of(q.open)
            floor = max(p_start, ctx.sentence_starts[ctx.sentence_of(q.open)])
            statement = _attribution_before(ctx, q, floor)
        if statement is None:
            statement = _dash_attribution(ctx, q)
        if statement is None:
            statement = _colon_paragraph_attribution(ctx, q)
        if statement is None:
            pending.append(q)
            continue
        if statement.cue_start >= 0:
            used_cues.add(statement.cue_start)
        found.append(statement)
    return found, used_cues, pending


# Nouns for words spoken or written: an introduction naming one ("used virtually identical
# language to beat up on McCain:") attributes the quotation it introduces.
_SPEECH_NOUN_RE = re.compile(r"\b(?:language|words|remarks|statement|message|speech|comments|tweet|post|ad|advertisement|letter|note)\b")


def _colon_paragraph_attribution(ctx: _Context, q: Quotation) -> _Statement | None:
    """A quotation opening a paragraph after one that ends in a colon: the introduction
    attributes it as it would in one paragraph ('Cooper said:', 'Israeli officials remain
    firm:') or, without a cue, when it names the words ('Obama used identical language:')."""
    text = ctx.text
    p_start, _ = ctx.paragraph_of(q.open)
    if q.open != p_start or p_start == ctx.paragraph_starts[0]:
        return None
    prev_start, prev_end = ctx.paragraphs[ctx.paragraph_starts.index(p_start) - 1]
    if text[prev_end - 1] != ":" or ctx.inside_quote(prev_end - 1):
        return None
    floor = max(prev_start, ctx.sentence_starts[ctx.sentence_of(prev_end - 1)])
    statement = _attribution_before(ctx, q, floor)
    if statement is not None and (statement.cue_start <= floor or not text[statement.cue_start].islower()):
        # Only a reporting verb carries over a paragraph break: a short "Duck quacker:" or
        # "Saying grace:" over a quoted paragraph is a heading.
        statement = None
    if statement is None and _SPEECH_NOUN_RE.search(text, floor, prev_end) and not _find_cues(text[floor:prev_end]):
        speaker = _sentence_subject(text, floor, prev_end)
        if speaker is not None and _speaker_type_of(speaker.text) in ("person", "organisation", "government", "media"):
            statement = _Statement("direct", speaker, ":", -1, q.start, q.end, "", "")
    return statement


_DASH_SOURCE_RE = re.compile(rf"[ \t]*(?:[—–]|--)[ \t]*((?:{_TITLE}\s+)?{_CAP_SEQ})[ \t]*(?:,[^\n.;“”\"]{{0,60}})?\.?[ \t]*$")


def _dash_attribution(ctx: _Context, q: Quotation) -> _Statement | None:
    """A verb-less attribution: a paragraph that is a quote followed by a dash and its source
    ('"…" — Dan Froomkin, Salon'), the layout of epigraphs, pull quotes and quote round-ups."""
    text = ctx.text
    p_start, p_end = ctx.paragraph_of(q.open)
    if q.close == q.end or text[p_start:q.open].strip() or _is_title(text, q):
        return None  # (a title and its author, '"The Gaza Question" — Jane Doe', is no statement)
    match = _DASH_SOURCE_RE.match(text, q.close, p_end)
    if match is None or match.group(1).split()[0].lower() in _NOT_LABELS:
        return None
    speaker = Speaker(match.group(1), match.start(1), match.end(1))
    return _Statement("direct", speaker, "—", -1, q.start, q.end, "", "")


# Punctuation that separates a quote from a would-be attribution; abbreviations ("Mr.",
# "U.S.", "Gov.") are removed first so that their periods do not count.
_BREAK_RE = re.compile(r"[.;!?“”\"]")
_ABBREVIATION_RE = re.compile(r"\b(?:[A-Z][a-z]{0,3}\.|(?:[A-Z]\.)+)")


_NAME_THEN_DESCRIPTION_RE = re.compile(rf"((?:{_TITLE}\s+)?{_CAP_SEQ}),\s+((?:the\s+|a\s+|an\s+)?[a-z][^,.;:!?“”\"()]*)")
_LEAD_NAME_RE = re.compile(rf"[ \t]*((?:{_TITLE}\s+)?{_CAP_SEQ}),\s+(?=[a-z]|(?:the|a|an)\s)")
_LEAD_BREAK_RE = re.compile(r"[.;:!?“”\"(),—–]")


def _attribution_after(ctx: _Context, q: Quotation) -> _Statement | None:
    """'"…," said Cooper' / '"…," Cooper said' / '"…?" Bachmann asked' / '"…," the letter states'."""
    text = ctx.text
    if q.close == q.end:
        return None  # an unclosed quote has no attribution after it
    lead = _QUOTE_TAIL_RE.match(text, q.close, q.close + 5)
    position = lead.end()
    p_end = ctx.paragraph_of(q.open)[1]
    if position >= p_end:
        return None
    sentence = ctx.sentence_of(position)
    limit = min(p_end, max(ctx.sentence_ends[sentence], position + 1), position + 250)
    # A name and a comma after the quote: its appositive may run long before the cue ('"…,"
    # Elliott Maynard, a Republican trying to unseat Representative Nick J. Rahall II, a
    # Democrat, in West Virginia's Third District, said').
    lead_name = _LEAD_NAME_RE.match(text, position, limit)
    cues = ctx.cues_between(position, min(limit, position + (250 if lead_name else 100)))
    if not cues:
        return None
    cue = cues[0]
    between = text[position:cue.start]
    # '… is expected to say.': the speaker stands before "is expected to".
    expected = _EXPECTED_TO_RE.search(between)
    # '"…," Mr. Netanyahu is shown saying': a perception passive reports the recorded saying
    # (the video or broadcast convention); its subject is the speaker.
    shown = _SHOWN_SAYING_RE.search(between) if cue.participle else None
    expected = expected or shown
    cue_start = position + expected.start() if expected else cue.start
    between = text[position:cue_start]
    # The quote must open its sentence or follow a comma, colon or dash: in 'including the
    # "economic disruption …," according to excerpts' it is a fragment of a longer clause.
    sentence_start = ctx.sentence_starts[ctx.sentence_of(q.open)]
    lead_in = text[max(sentence_start, ctx.paragraph_of(q.open)[0]):q.open].rstrip()
    if lead_in and not lead_in.endswith((",", ":", "—", "–", "-", "”", '"')):
        return None
    if _BREAK_RE.search(_ABBREVIATION_RE.sub("", between)) or cue.info.frame == "by":
        return None
    if not between.strip():
        if cue.participle:
            return None  # '"…," saying …' is not an attribution
        speaker = _speaker_after(text, cue.end, limit, bare=cue.info.frame == "according")
    else:
        speaker = _speaker_before(text, position, cue_start)
        lead_words = text[position:speaker.start].strip().rstrip(",").strip() if speaker else ""
        if speaker is not None and lead_words and lead_words != speaker.appositive:
            # '"…," the person close to Pelosi said', '"…," the statement from DisArt said':
            # between a quote and its cue stands one speaker phrase, whatever its prepositions.
            whole = text[position:speaker.end].strip()
            words = whole.split()
            if (len(words) <= 9 and not _LEAD_BREAK_RE.search(_ABBREVIATION_RE.sub("", whole)) and not _find_cues(whole)
                    and (words[0].lower() in _DETERMINERS or words[0][:1].isupper()) and words[0].lower() not in _STOP):
                start = text.index(whole, position)
                speaker = Speaker(whole, start, start + len(whole), speaker.appositive)
            elif (named := _NAME_THEN_DESCRIPTION_RE.fullmatch(whole)) and len(words) <= 14 and not _find_cues(whole):
                # '"…," Torsten Slok, chief economist for Deutsche Bank Securities said': a name
                # and an appositive whose closing comma is missing.
                start = text.index(whole, position)
                speaker = Speaker(named.group(1), start, start + len(named.group(1)), named.group(2))
            elif lead_name and len(words) <= 35 and not _find_cues(whole) and not _BREAK_RE.search(_ABBREVIATION_RE.sub("", whole)):
                # A name, then appositives with commas of their own, then the cue: the name speaks.
                name = lead_name.group(1)
                speaker = Speaker(name, lead_name.start(1), lead_name.end(1), text[lead_name.end():speaker.end].strip(" ,"))
            else:
                speaker = None
    if speaker is None or not _licensed(cue, speaker):
        return None
    ends_sentence = text[q.end - 1:q.end] in ".!?" or text[q.end - 1:q.close].rstrip("”\"»").endswith((".", "!", "?"))
    if ends_sentence and text[q.end - 1] == "." and text[position:position + 1].isupper():
        # After '…."' a new sentence starts; it attributes the quote only if that is all it
        # does ('"…." Cooper said.'), not if it goes on to report more ('Cooper said the …').
        rest = text[max(cue.end, speaker.end):ctx.sentence_ends[sentence]]
        if len(rest.split()) > 8 or _THAT_WORD_RE.search(rest):
            return None
    return _Statement("direct", speaker, cue.text, cue.start, q.start, q.end, cue.info.lemma, cue.info.stance)


def _adjuncts_only(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one or more time or manner adjuncts ("on Friday", "in a
    statement") and nothing else: the stretch a cue's direct object may follow."""
    position = start
    while position < end:
        adjunct = _ADJUNCT.match(text, position, end)
        if adjunct is None:
            return False
        position = adjunct.end()
    return position > start and not text[position:end].strip()


def _whole_sentence_quote(text: str, q: Quotation) -> bool:
    """Whether a quotation is a sentence of its own: it opens with a capital (after a hashtag
    or handle mark, as tweets do), ends in a full stop, "?" or "!" inside the marks, and has a
    lowercase word other than a title's function words, so it is not a title in headline case
    ('on the CNN program "State of the Union."', where the stop is the sentence's)."""
    words = text[q.start:q.end].rstrip(".?! ").split()
    opening = text[q.start:q.start + 2].lstrip("#@")[:1]
    return (opening.isupper() and text[q.start:q.end].rstrip().endswith((".", "?", "!"))
            and any(word[:1].islower() and word not in _TITLE_FUNCTION_WORDS for word in words))


_TITLE_FUNCTION_WORDS = frozenset("a an the and or but nor of in on at to for from by with as vs. v.".split())


def _attribution_before(ctx: _Context, q: Quotation, floor: int) -> _Statement | None:
    """'Cooper said: "…"' / 'He told reporters, "…"' / 'said that "…"' / 'Officials remain firm: "…"'."""
    text = ctx.text
    left = text[floor:q.open]
    stripped = left.rstrip()
    if not stripped:
        return None
    # Interview label at a paragraph start: 'Name: "…"'
    label = _NAME_LABEL_RE.fullmatch(stripped)
    if label and floor in ctx.paragraph_starts and label.group("label").lower() not in _NOT_LABELS:
        name = label.group("label")
        return _Statement("direct", Speaker(name, floor, floor + len(name)), ":", -1, q.start, q.end, "", "")
    tail = _INTRO_TAIL_RE.search(left)
    end_of_cue = floor + tail.start()
    punctuation = tail.group().strip()
    cues = ctx.cues_between(max(floor, end_of_cue - 100), end_of_cue)
    if punctuation == "that" and _COORDINATOR_END_RE.search(text, floor, end_of_cue):
        # 'responded that "A" but that "B"': a second content clause coordinated under the
        # same cue (the repeated "that" marks the parallel clause) is a statement of its own.
        outside = [c for c in ctx.cues_between(floor, end_of_cue) if not ctx.inside_quote(c.start) and _THAT_RE.match(text, c.end)]
        if outside and not _BREAK_RE.search(_ABBREVIATION_RE.sub("", text[outside[-1].end:end_of_cue]).replace("“", "").replace("”", "").replace('"', "")):
            cue = outside[-1]
            speaker = _speaker_for(ctx, cue, floor)
            if speaker is not None and _licensed(cue, speaker):
                return _Statement("partial", speaker, cue.text, cue.start, q.open, q.close, cue.info.lemma, cue.info.stance)
    if cues:
        cue = cues[-1]
        between = text[cue.end:end_of_cue]
        words = len(between.split())
        direct_intro = punctuation in (",", ":")
        if cue.info.lemma == "tell" and words == 0 and not punctuation and len(text[q.start:q.end].split()) <= 4:
            # 'he told "Today."': a short quotation straight after "told" fills its addressee
            # slot (a programme or outlet title), not its content; content follows a comma.
            return None
        if cue.info.frame == "according" and direct_intro:
            speaker = _speaker_after(text, cue.end, end_of_cue, bare=True)
        elif cue.info.frame == "by":
            speaker = None
        elif words == 0 or (direct_intro and words <= 10 and not _BREAK_RE.search(_ABBREVIATION_RE.sub("", between))):
            # Nothing, or an addressee or adjunct ("told reporters on Monday,"), between cue and quote.
            speaker = _speaker_for(ctx, cue, floor)
        elif not punctuation and _adjuncts_only(text, cue.end, end_of_cue) and _whole_sentence_quote(text, q):
            # 'tweeted on Friday "Labrador is pro amnesty."': a time or manner adjunct, then a
            # quoted sentence of its own (capital to final stop), is the cue's direct object.
            speaker = _speaker_for(ctx, cue, floor)
        else:
            speaker = None  # a quote inside a reported clause: a partial, found with the clause
        if speaker is not None and _licensed(cue, speaker):
            if direct_intro or (punctuation != "that" and text[q.start:q.start + 2].lstrip("#@")[:1].isupper()):
                return _Statement("direct", speaker, cue.text, cue.start, q.start, q.end, cue.info.lemma, cue.info.stance)
            return _Statement("partial", speaker, cue.text, cue.start, q.open, q.close, cue.info.lemma, cue.info.stance)
    if punctuation == ":":
        # Colon introduction: 'Israeli officials remain firm: "…"'
        speaker = _sentence_subject(text, floor, end_of_cue)
        if speaker and speaker.end < end_of_cue:
            cue_text = text[speaker.end:end_of_cue].strip().strip(",").strip()
            if 0 < len(cue_text.split()) <= 6:
                first = cue_text.split()[0].lower()
                info = reporting_cues().get(first)
                return _Statement("direct", speaker, cue_text, speaker.end, q.start, q.end,
                                  info.lemma if info else cue_text.lower(), info.stance if info else "")
    return None


# Before a cue form ending in "s", these mark a plural noun ("all states", "these claims"): a
# third-person verb never follows them. After one, "that" and a past-tense verb is a relative
# clause on a noun ("the attacks that killed"), not a content clause.
_PLURAL_DETERMINERS = frozenset("all both these those many several other such some few various".split())
_RELATIVE_AFTER_NOUN_RE = re.compile(
    r"\s+that\s+(?:[a-z]+ed\s+(?:the|a|an|his|her|their|its|our|at|more|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozens|hundreds|thousands|millions|him|them|us|me|it)|would|will|could|should|might|must|can|are|were|have)\b"
)  # a verb with an object ("that killed four", not the adjective of "that increased spending"),
# or a plural's auxiliary ("Democratic-leaning states that would not be a factor"): "that"
# directly before its verb is the relative's subject, while a content clause has its own.


def _document_object(text: str, start: int, end: int) -> Speaker | None:
    """The last document noun between ``start`` and ``end`` ("returns" in "released her tax
    returns,"), as a speaker phrase, or None."""
    found = None
    for word in _WORD_RE.finditer(text, start, end):
        if word.group().islower() and _speaker_terms().get(word.group()) == "document":
            found = word
    return Speaker(found.group(), found.start(), found.end()) if found else None


_NAMING_LEMMAS = frozenset("call label dub brand term describe".split())
_NAMING_BREAK_RE = re.compile(r"[,;:.!?]|\b(?:that|which|who|and|but)\b")


_OBJECT_PREPOSITIONS = frozenset("on in at for of to with about from by during over against after before".split())
_AUXILIARY_OR_PAST_RE = re.compile(r"[a-z]+ed|was|were|is|are|has|have|had|will|would|could|can|may|might|should|must|did|does|do")
_VERB_LIKE_RE = re.compile(r"[a-z]+(?:ed|s|n['’]t)|was|were|is|are|has|have|had|will|would|could|can|may|might|should|must|did|does|do|said")


def _verbless_object(text: str, cue_end: int, clause: int, end: int) -> bool:
    """Whether a short content without "that" is a noun phrase: after its determiner and head
    nothing looks like a verb ("the allegations on Monday"; not "the economy grows")."""
    if _THAT_WORD_RE.search(text, cue_end, clause):
        return False
    words = [w.strip(",.;:”\"’'") for w in text[clause:end].split()]
    if not words or len(words) > 6 or words[0].lower() not in ("the", "a", "an", "his", "her", "their", "its", "our"):
        return False
    if len(words) <= 2:
        return True  # "denied the claim"
    if len(words) == 3:
        return not _VERB_LIKE_RE.fullmatch(words[2])  # "acknowledged the difficult environment"
    # "the allegations on Monday", "the need for more enforcement": a head noun, then a
    # preposition, and no auxiliary or past form anywhere ("an act of terrorism was suspected")
    if any(_AUXILIARY_OR_PAST_RE.fullmatch(w) for w in words[2:]):
        return False
    return words[2] in _OBJECT_PREPOSITIONS or (words[3] in _OBJECT_PREPOSITIONS and not _VERB_LIKE_RE.fullmatch(words[2]))


# A manner phrase after a cue, with an optional object first: "(responded) to the news by posting".
_BY_GERUND_RE = re.compile(r"(?:\s+to\s+[^,.;:“”\"]{1,60}?)?\s+by\s+([a-z]+ing)\b")
# A passive "be" (and an adverb) right before "reported by": the predicate of a noun subject.
_PASSIVE_BY_RE = re.compile(r"\b(?:is|was|were|are|been|being|be)(?:\s+(?:first|also|originally|initially|previously|widely|[a-z]+ly))?$")


def _reported_statements(ctx: _Context, used_cues: set[int], taken: list[tuple[int, int]]) -> list[_Statement]:
    """Reported speech: cue + speaker + a content clause, with no quote marks around it."""
    text = ctx.text
    found: list[_Statement] = []
    for cue in ctx.cues:
        c_start, c_end = cue.start, cue.end
        if c_start in used_cues or ctx.inside_quote(c_start) or any(s <= c_start < e for s, e in taken):
            continue
        info = cue.info
        previous = text[max(0, c_start - 30):c_start].split()
        if previous and (previous[-1].lower() in ("the", "a", "an", "his", "her", "their", "its", "our", "this", "that") or previous[-1].endswith(("'s", "’s", "s'", "s’"))):
            continue  # "the president's chief demand", "a report": a noun, not a cue
        if cue.text.endswith("s") and " " not in cue.text and (
            (previous and previous[-1].lower() in _PLURAL_DETERMINERS)
            or (len(previous) >= 2 and previous[-2].lower() in _PLURAL_DETERMINERS and previous[-1].isalpha() and previous[-1].islower()
                and previous[-1].endswith("ed"))
            or _RELATIVE_AFTER_NOUN_RE.match(text, c_end)
        ):
            # "of all states", "several published reports" (a determiner, then a participle
            # adjective; not a noun: "other research suggests"), "the
            # Benghazi attacks that killed four": a plural noun
            continue
        index = ctx.sentence_of(c_start)
        p_start, p_end = ctx.paragraph_of(c_start)
        s_start, s_end = max(ctx.sentence_starts[index], p_start), min(ctx.sentence_ends[index], p_end)
        # A quotation the segmenter cut inside belongs to this clause ('he said "A. B."').
        for q in ctx.quotes_between(s_start, s_end):
            if s_end <= q.end:
                s_end = min(p_end, q.close)
        content_end = _trim_end(text, c_end, s_end)
        statement = None
        before = text[s_start:c_start].rstrip()
        if info.frame in ("according", "by"):
            if any(s_start <= used < c_start for used in used_cues):
                continue  # '"…," Mr. Steele said, according to a video': the attribution's source
            if info.frame == "by" and _PASSIVE_BY_RE.search(before):
                continue  # "News of the call was first reported by X": the subject is the news, a noun, not reported words
            speaker = _speaker_after(text, c_end, s_end, bare=True)
            if speaker is None:
                continue
            clause_before = before.rstrip("”\"’").rstrip()
            if _word_count(text, s_start, c_start) >= 3 and (clause_before.endswith(",") or info.frame == "by"):
                # "…, according to X." / "…, as reported by X."
                end = s_start + len(clause_before.rstrip(","))
                statement = _Statement("reported", speaker, cue.text, c_start, _skip_space(text, s_start), end, info.lemma, info.stance)
            elif info.frame == "according":
                comma = text.find(",", speaker.end, s_end)
                if comma > 0:
                    start = _skip_space(text, comma + 1)
                    first_word = clause_before.split()[0].strip(",") if clause_before.split() else ""
                    opening = first_word.lower()
                    if clause_before.endswith(",") and _word_count(text, s_start, c_start) < 4 and (
                        opening in _DETERMINERS or opening in ("this", "that", "these", "those")
                        or (clause_before[:1].isupper() and opening not in _PREFIX_WORDS and opening not in _LEADING_DROP
                            and first_word not in _NOT_NAME_PARTS and not opening.endswith("ly"))
                    ):
                        # "The A.G., according to the Times, said …": the subject before the
                        # parenthetical belongs to the reported clause.
                        start = _skip_space(text, s_start)
                    if _word_count(text, start, content_end) >= 3:
                        statement = _Statement("reported", speaker, cue.text, c_start, start, content_end, info.lemma, info.stance)
        else:
            speaker = _speaker_for(ctx, cue, s_start)
            if info.clause == "document" and not _licensed(cue, speaker) and cue.participle:
                # "Clinton released her tax returns, showing that …": the document the clause
                # is about reports the result, not its publisher.
                speaker = _document_object(text, speaker.end if speaker else s_start, c_start)
            if info.clause == "document" and not _licensed(cue, speaker):
                continue  # "he found that …" is perception, "the poll found that …" a report
            if info.clause == "document" and cue.participle and not _THAT_RE.match(text, c_end):
                continue  # "a poll showing Clinton with a lead", "a video showing …": no clause
            if info.clause == "document" and cue.participle and previous and previous[-1].lower() in ("by", "of", "for", "from", "without"):
                continue  # "may benefit her by showing that …": a gerund of means, nobody's report
            parenthetical = _AS_PARENTHETICAL_RE.search(text[s_start:speaker.start]) if speaker else None
            if parenthetical:
                # "…, as TPM notes, his district is 35 percent Latino" / "…, as Reuters reported."
                comma = _COMMA_SOON_RE.match(text[c_end:s_end])
                if comma and _word_count(text, c_end + comma.end(), content_end) >= 3:
                    found.append(_Statement("reported", speaker, cue.text, c_start, c_end + comma.end(), content_end, info.lemma, info.stance))
                elif s_start + parenthetical.start() > s_start and _word_count(text, s_start, s_start + parenthetical.start()) >= 3:
                    found.append(_Statement("reported", speaker, cue.text, c_start, _skip_space(text, s_start), s_start + parenthetical.start(), info.lemma, info.stance))
                continue
            clause = _clause_after(ctx, cue, s_end) if speaker else None
            if clause is not None and _verbless_object(text, c_end, clause, content_end):
                clause = None  # "denied the allegations on Monday": an object, not a clause
            if cue.text[:1].isupper() and not _THAT_RE.match(text, c_end):
                continue  # "Adding CHAZ to the equation": a sentence-initial participle reports only with "that"
            if info.clause == "noun" and clause is None:
                continue  # "raised" reports only with a content noun ("raised concerns that")
            if clause is None and speaker and info.clause == "any" and _RELATIVE_END_RE.search(text, s_start, speaker.start):
                # "the restaurant that the people said was a focus of the indictment": the
                # content is the relative clause's verb phrase, up to its comma.
                verb = _OPENER_RE.match(text, c_end, s_end)
                if verb and verb.group(1) in _RELATIVE_VERBS:
                    comma = text.find(",", c_end, content_end)
                    end = comma if comma > 0 else content_end
                    if _word_count(text, verb.start(1), end) >= 3:
                        found.append(_Statement("reported", speaker, cue.text, c_start, verb.start(1), end, info.lemma, info.stance))
                    continue
            if clause is None and speaker and info.clause == "that" and not (info.lemma == "remind" and _REMIND_OF_RE.match(text, c_end, s_end)):
                # ("reminded him of the “six-year itch”": "remind X of Y" evokes, it does not say.)
                # "calling the win a "miracle"", "describing himself as a "man of faith"": a
                # quoted fragment soon after the cue makes a partial statement.
                # A verb of naming takes a whole noun phrase before its quoted name ("called the
                # idea of schools being run by the federal government “anachronistic”): the
                # quote may stand further off, as long as no comma or clause break intervenes.
                reach = 20 if info.lemma in _NAMING_LEMMAS and not text.startswith(" for ", c_end) else 8
                nearby = [q for q in ctx.quotes_between(c_end, s_end) if not _is_title(text, q) and (
                    _word_count(text, c_end, q.open) <= 8
                    or (_word_count(text, c_end, q.open) <= reach and not _NAMING_BREAK_RE.search(text, c_end, q.open)))]
                # "responded to the controversy by posting an “outtakes” gallery": a "by" + gerund
                # phrase names the act that was the response, and its quote marks a term, not words
                # said (unless the gerund is itself a cue: "responded by calling it “a farce”").
                manner = _BY_GERUND_RE.match(text, c_end, s_end)
                if nearby and not (manner and manner.group(1) not in reporting_cues()):
                    clause = _skip_space(text, c_end)
            end = content_end
            if cue.participle and not before and clause is not None:
                comma = text.find(",", clause, content_end)
                end = comma if comma > 0 else content_end  # the participial clause ends at its comma
            # ("The plans, even officials admit, are …": a focus particle before a medial
            # attribution's speaker stands outside it.)
            lead_in = _FOCUS_END_RE.sub("", text[s_start:speaker.start]) if speaker else ""
            if speaker and clause is not None and _word_count(text, clause, end) >= 2:
                statement = _Statement("reported", speaker, cue.text, c_start, clause, end, info.lemma, info.stance)
            elif not cue.participle and info.lemma not in _NAMING_LEMMAS and (_ends_with_comma(before) or (
                speaker and _ends_with_comma(lead_in) and len(text[speaker.end:c_start].split()) <= 2
            )):
                # (A verb of naming never trails a clause: "a task force, called the School
                # Shield Program," is a reduced relative naming it, "X called up Y" a summons.)
                # Trailing attribution: "The truce is holding, officials said." or
                # "…, said Adm. Brad Cooper." (also after a quoted fragment: 'His seat is the
                # "one pick-up we figured we would get," said Sen. Mike Braun.')
                rest = text[c_end:s_end]
                if speaker is not None and (
                    (speaker.appositive.split()[:1] in (["who"], ["which"], ["whose"]) and not _ends_with_comma(lead_in))
                    or (speaker.appositive and lead_in.strip().rstrip(",").strip() == speaker.appositive)
                    or (speaker.appositive and not lead_in.strip() and _ends_with_comma(before))
                ):
                    # "The president, who was hammered …, acknowledged the difficult environment",
                    # "The lieutenant governor, Kim Guadagno, denied …": the commas bound the
                    # subject's appositive; nothing trails the cue.
                    speaker = None
                    rest, clause_end = "", 0
                elif speaker is None or not _ends_with_comma(lead_in):
                    speaker = _speaker_after(text, c_end, s_end) if _ends_with_comma(before) else None
                    rest = text[speaker.end:s_end] if speaker else rest
                    clause_end = len(before) - 1
                else:
                    clause_end = len(lead_in.rstrip()) - 1
                rest_words = rest.split()
                # "…, Indiana lawmakers vowed to act": a cue with an infinitive complement does
                # not trail a clause.
                verb_like = bool(rest_words) and (rest_words[0] in _RELATIVE_VERBS or rest_words[0].endswith("ed")
                                                  or (rest_words[0] == "to" and info.lemma in _COMMISSIVE_LEMMAS))
                # A clause ending in a quote mark ends there: the attribution is trailing.
                medial = _MEDIAL_RE.match(rest) if text[s_start + clause_end] not in "”\"" else None
                continued = bool(medial and _PARTICIPLE_CONTINUATION_RE.match(rest, medial.end() - 1))
                if continued:
                    # "…, he said, adding that …": a participle continues the attribution, it
                    # does not resume the reported clause ("…, Mr. Corker said, was beginning").
                    medial = None
                if speaker and not verb_like and clause_end > 0 and (medial or continued or (len(rest_words) <= 12 and not _THAT_WORD_RE.search(rest))):
                    start = _skip_space(text, s_start)
                    # "That group, Mr. Corker said on Fox, was beginning …": the content runs on.
                    end = content_end if medial else s_start + clause_end
                    opening = text[start:s_start + clause_end].split()
                    fronted = bool(opening) and (opening[0].lower() in _PREFIX_WORDS or opening[0].lower() == "prior")
                    prepositional = fronted and len(opening) <= 6
                    if fronted and medial and prepositional and _ATTRIBUTION_TAIL_RE.fullmatch(rest[:medial.end() - 1]):
                        # "In any event, the company says, the plaintiffs … do not have …": the
                        # fronted phrase is an adjunct; the reported clause follows the attribution.
                        start = _skip_space(text, s_end - len(rest) + medial.end() - 1)
                        prepositional = False
                    elif fronted and not medial and "," not in text[start:s_start + clause_end].rstrip(","):
                        # "Prior to the passage of the bill, the White House repeated …": one
                        # prepositional phrase and no clause of its own is no reported content.
                        prepositional = True
                    # "But when Indiana passed a law, lawmakers said …": a fronted adverbial clause
                    # alone (no comma inside it) is the main clause's adjunct, not reported words.
                    lead = [w for w in opening[:2] if w.lower() not in _LEADING_DROP][:1]
                    if not medial and lead and lead[0].lower() in _SUBORDINATORS and "," not in text[start:s_start + clause_end].rstrip(","):
                        prepositional = True
                    if _TIME_ONLY_RE.fullmatch(text[start:end].strip()):
                        prepositional = True  # "A few months later, he tweeted, adding …": a time adjunct
                    if _word_count(text, start, end) >= 3 and not prepositional:
                        statement = _Statement("reported", speaker, cue.text, c_start, start, end, info.lemma, info.stance)
        if statement is None or _word_count(text, statement.start, statement.end) < 2:
            continue
        found.append(statement)
    return found


_RELATIVE_VERBS = frozenset("was were is are has have had will would could can may might should did does do".split())
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}


_NOT_PRENOMINAL_RE = re.compile(r"\b(?:into|of|on|in|at|about|over|for|to|with|by|from|against|behind|and|or)\s")


@lru_cache(maxsize=1)
def _nominal_word_re() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + _trie_pattern(sorted(nominal_cues())) + r")\b")


def _nouns_before_that(text: str) -> list[re.Match[str]]:
    """The nominal cue words with a "that" at most 60 characters after them, in text order: only
    there can the full pattern match (it allows a 40-character adjunct between noun and
    "that"). Found from the occurrences of "that", which are far fewer than the positions of
    the text a word pattern would try (speed)."""
    word_re = _nominal_word_re()
    nouns: dict[int, re.Match[str]] = {}
    that = text.find("that")
    while that >= 0:
        for noun in word_re.finditer(text, max(0, that - 80), that):
            if noun.end() >= that - 60:
                nouns.setdefault(noun.start(), noun)
        that = text.find("that", that + 1)
    return [nouns[start] for start in sorted(nouns)]


# A nominal cue with its owner in a "by"/"from" phrase, then its content clause: "a claim by
# an Obama aide earlier Thursday that …", "charges from Republicans that …" (the agent phrase
# of a deverbal noun names its speaker as a possessor does; Quirk et al. 1985, 17.51).
_NOMINAL_AGENT_RE = re.compile(
    r"\s+(?:by|from)\s+(?P<agent>[^.;:,“”\"]{2,60}?)"
    rf"(?:\s+(?:on|in|at|last|this|earlier|late|early)\s+(?:[\w\-]+\s+){{0,1}}?(?:{_WEEKDAYS}|week|month|year|morning|night|day|[A-Z][a-z]+))?"
    r"\s+that\s+"
)


def _nominal_agent_statement(ctx: _Context, noun: re.Match[str], agent: re.Match[str]) -> _Statement | None:
    """The reported statement of a nominal cue whose speaker follows it after "by"/"from" (see
    ``_NOMINAL_AGENT_RE``), or None when the agent is no speaker phrase or the clause is short."""
    text = ctx.text
    previous = text[max(0, noun.start() - 12):noun.start()].split()
    determined = bool(previous) and previous[-1].lower() in ("a", "an", "the", "these", "those", "repeated", "new", "recent")
    if not determined and not (noun.group().endswith("s") and previous and previous[-1].islower() and previous[-1].endswith("ed")):
        # Only a determined noun ("a claim by", "the charges from") or a bare plural object of
        # a past verb ("rejected charges from"), not a verb ("to claim by", "he claims").
        return None
    speaker = _speaker_after(text, agent.start("agent") - 1, agent.end("agent"), bare=True)
    if speaker is None or speaker.end != agent.end("agent") or not _is_speaker(speaker.text.split()):
        return None
    index = ctx.sentence_of(noun.start())
    p_start, p_end = ctx.paragraph_of(noun.start())
    s_end = min(ctx.sentence_ends[index], p_end)
    following = _PLAIN_WORD_RE.match(text, agent.end(), s_end)
    word = following.group() if following else ""
    if word.islower() and word not in _CLAUSE_OPENERS and (word in _RELATIVE_VERBS or word.endswith(("ed", "s"))):
        return None  # "the claims by the firm that were rejected": a relative clause
    end = _trim_end(text, agent.end(), s_end)
    if _word_count(text, agent.end(), end) < 3:
        return None
    info = nominal_cues()[noun.group().lower()]
    return _Statement("reported", speaker, noun.group(), noun.start(), agent.end(), end, info.lemma, info.stance)


def _nominal_statements(ctx: _Context, taken: list[tuple[int, int]]) -> list[_Statement]:
    """Nominal reports: "David Axelrod's comment on Sunday that House Republicans are …"."""
    text = ctx.text
    found = []
    pattern = _nominal_re()
    seen = -1
    for noun in _nouns_before_that(text):
        match = pattern.search(text, max(0, noun.start() - 60), min(len(text), noun.end() + 80))
        if match is None or match.start() <= seen or match.start("noun") != noun.start():
            agent = _NOMINAL_AGENT_RE.match(text, noun.end(), min(len(text), noun.end() + 100))
            if agent is not None and noun.start() > seen and not ctx.inside_quote(noun.start()) \
                    and not any(s <= noun.start() < e for s, e in taken):
                statement = _nominal_agent_statement(ctx, noun, agent)
                if statement is not None:
                    seen = noun.start()
                    found.append(statement)
            continue
        if match.group("modifiers") and _NOT_PRENOMINAL_RE.search(match.group("modifiers")):
            continue  # "their probe into allegations that": the possessor owns another noun
        seen = match.start()
        if ctx.inside_quote(match.start("noun")) or any(s <= match.start() < e for s, e in taken):
            continue
        index = ctx.sentence_of(match.start())
        p_start, p_end = ctx.paragraph_of(match.start())
        s_start, s_end = max(ctx.sentence_starts[index], p_start), min(ctx.sentence_ends[index], p_end)
        if match.group("pronoun"):
            speaker = Speaker(match.group("pronoun"), match.start("pronoun"), match.end("pronoun"))
        else:
            speaker = _speaker_before(text, s_start, match.start("possessive"), modifiers=False)
        if speaker is None:
            continue
        info = nominal_cues()[match.group("noun").lower()]
        following = _PLAIN_WORD_RE.match(text, match.end(), s_end)
        word = following.group() if following else ""
        if word.islower() and word not in _CLAUSE_OPENERS and (word in _RELATIVE_VERBS or word.endswith(("ed", "s"))):
            continue  # "his remarks that was circulated": a relative clause, not the content
        end = _trim_end(text, match.end(), s_end)
        if _word_count(text, match.end(), end) >= 3:
            found.append(_Statement("reported", speaker, match.group("noun"), match.start("noun"), match.end(), end, info.lemma, info.stance))
    return found


def _is_title(text: str, q: Quotation) -> bool:
    """Whether a quotation looks like the title of a work or a headline ("The Gaza Question",
    "Meet the Press"): short, no final punctuation, every long word capitalised."""
    words = text[q.start:q.end].split()
    long_words = [w for w in words if len(w.strip(".,;:!?")) > 3]
    return (
        0 < len(words) <= 8
        and not text[q.end - 1:q.end] in ".,;:!?"
        and bool(long_words)
        and all(w[:1].isupper() or not w[:1].isalpha() for w in long_words)
        and words[0][:1].isupper()
    )


def _attach_pending(ctx: _Context, statements: list[_Statement], pending: list[Quotation]) -> list[_Statement]:
    """Partial quotes inside reported clauses, and continuation segments of attributed quotes."""
    text = ctx.text
    extra: list[_Statement] = []
    statements.sort(key=lambda s: s.start)
    for q in pending:
        if _is_title(text, q):
            continue
        containers = [s for s in statements if s.kind in ("reported", "partial") and s.start <= q.open + 1 and q.open < s.end + 2]
        if containers:
            container = max(containers, key=lambda s: s.start)  # the innermost clause
            container.kind = "partial"
            if q.close > container.end:
                container.end = _trim_end(text, q.start, q.close) if text[q.close - 1] not in "”\"»" else q.close
            continue
        # Continuation: the previous statement is a quote of the same paragraph or the previous
        # one, and nothing but its attribution sits between.
        latest: _Statement | None = None
        last: _Statement | None = None  # the latest statement, and the latest direct one
        for s in statements + extra:
            if s.end <= q.open:
                if latest is None or s.end > latest.end:
                    latest = s
                if s.kind == "direct" and (last is None or s.end > last.end):
                    last = s
        if latest is not None and latest.kind != "direct" and _continues_report(ctx, latest, q):
            extra.append(_Statement("direct", latest.speaker, latest.cue, latest.cue_start, q.start, q.end, latest.lemma, latest.stance))
            continue
        if last is None:
            continue
        if any(last.end < s.start < q.open and (s.speaker is None or last.speaker is None or s.speaker.text != last.speaker.text and s.speaker.start != last.speaker.start) for s in statements):
            continue
        p_start, p_end = ctx.paragraph_of(q.open)
        last_paragraph = ctx.paragraph_of(max(last.start, last.end - 1))[0]
        same_paragraph = last_paragraph == p_start
        attribution = text[last.end:q.open]
        if same_paragraph and last.speaker is not None and last.end <= last.speaker.start < q.open and attribution.rstrip().endswith(".") \
                and not _MARK_RE.search(attribution[3:]):
            # '"…," said James Henson, a pollster with Strategic Research Associates LLC. "Have …"':
            # the quote after the attribution's sentence continues it (whatever the segmenter made
            # of the abbreviation before it).
            extra.append(_Statement("direct", last.speaker, last.cue, last.cue_start, q.start, q.end, last.lemma, last.stance))
            continue
        only_quote = not text[p_start:q.open].strip() and (q.close >= p_end or not text[q.close:p_end].strip())
        consecutive = ctx.paragraph_starts.index(p_start) - ctx.paragraph_starts.index(last_paragraph) <= 1
        sentence_start = ctx.sentence_starts[ctx.sentence_of(q.open)]
        if (same_paragraph and not text[max(last.end, sentence_start, p_start):q.open].strip()) or (only_quote and consecutive):
            extra.append(_Statement("direct", last.speaker, last.cue, last.cue_start, q.start, q.end, last.lemma, last.stance))
    return statements + extra


def _continues_report(ctx: _Context, report: _Statement, q: Quotation) -> bool:
    """Whether an unattributed quotation continues the reported or partial statement before it:
    a quoted sentence of its own that follows the report directly ('He has complained that
    arrests strained his budget. "For the longest time we were saying …"') or after the
    report's own attribution ('… "has the potential," said Lanhee Chen, his adviser. "It can
    be …"'). News style attributes every quote, so an unattributed quoted sentence right after
    a report is the same source's words. Not a quoted fragment opening a sentence (a term, a
    title), a quote after an unattributed sentence, nor one after a poll's finding."""
    text = ctx.text
    speaker = report.speaker
    if speaker is None:
        return False
    between = text[report.end:q.open]
    if between.strip(" \n\t.:”\"’')") and not (
        report.end <= speaker.start < q.open and between.rstrip().endswith(".") and not _MARK_RE.search(between[3:])
        and ctx.paragraph_of(max(report.start, report.end - 1))[0] == ctx.paragraph_of(q.open)[0]
    ):
        return False  # neither directly after the report nor after its attribution in the paragraph
    return _speaker_type_of(speaker.text) != "document" and _whole_quoted_sentence(ctx, q) and not _cue_follows(ctx, q)


def _cue_follows(ctx: _Context, q: Quotation) -> bool:
    """Whether the words right after a quotation, to the end of the next sentence in its
    paragraph or the next quotation, hold a reporting cue: then the quote has its own
    attribution after it, even if the speaker phrase was not recognised ('"…" WILL President
    Rick Esenberg said')."""
    p_end = ctx.paragraph_of(q.open)[1]
    index = ctx.sentence_of(min(q.close, p_end - 1))
    stop = min(p_end, ctx.sentence_ends[min(index + 1, len(ctx.sentence_ends) - 1)], q.close + 200)
    stop = min([stop] + [other.open for other in ctx.quotes if q.close <= other.open < stop])
    return any(not ctx.inside_quote(c.start) for c in ctx.cues_between(q.close, stop))


def _whole_quoted_sentence(ctx: _Context, q: Quotation) -> bool:
    """Whether a closed quotation is a whole sentence of at least four words: it opens its
    sentence and only closing punctuation follows it there."""
    text = ctx.text
    if q.close == q.end or len(text[q.start:q.end].split()) < 4:
        return False
    index = ctx.sentence_of(q.open)
    p_start, p_end = ctx.paragraph_of(q.open)
    before = text[max(ctx.sentence_starts[index], p_start):q.open].strip()
    after = text[q.close:min(p_end, max(ctx.sentence_ends[index], q.close))].strip()
    return not before and (not after or after in ".") and text[q.start:q.start + 1].isupper()


# ---------------------------------------------------------------------------------------------
# Speaker resolution and typing

_PERSON_NAME_RE = re.compile(
    # At most four stacked titles ("Lt. Gen. Dr."): an unbounded run made "Mr. Mr. Mr. …" quadratic.
    # The capital is tested before the look-behind: most positions fail at once (25% faster).
    rf"(?=[A-Z])(?<![\w'’])(?:(?:{_TITLE})\s+){{0,4}}[A-Z][a-z'’\-]+(?:\s+[A-Z]\.)*(?:\s+(?:de|van|von|bin|al-)?\s*(?:Mc|Mac|O['’])?[A-Z][a-z\-]+(?:['’][A-Z][a-z]+)?(?:-[A-Z][a-z]+)?)+"
)
_HONORIFIC_RE = re.compile(r"^(?:Mr|Mrs|Ms|Miss)\.?\s+")
# Party words: capitalised, but they describe a person ("the Ohio Republican") rather than name one.
_PARTY_WORDS = frozenset("Republican Republicans Democrat Democrats Independent Independents Libertarian".split())
_NON_NAME_FIRST = frozenset(
    """The A An But And So In On At For If As It He She They We This That These Those When While
    After Before Since Over Under During According Meanwhile However""".split()
)


# Capitalised words that are never part of a person's name, though a run of capitals can
# include them: sentence openers ("Both Lemon and …", "Now Trump …", "Indeed, …"), weekdays
# ("Saturday Kim Yo Jong said"), and photo furniture ("Hide Caption").
_NOT_NAME_PARTS = _NON_NAME_FIRST | frozenset(
    """Both Many Most Some Several All Each Every Other Another Such Any No Neither Either Indeed
    Still Yet Now Then Also Even Only Just Like Unlike Among Despite Although Though Because Why
    What Where How Who Whom Whose Whether Once Instead Today Yesterday Tonight Last Next Earlier
    Later Here There From With By To Of Former Asked Told Hide Caption Photo Photos Image Images
    Getty Related Read Watch Video Advertisement Or Nor Not Perhaps Maybe Well Yes Thanks
    Rather Oh Ah Hey Wow Updated Enlarge Toggle Is Was Are Were Did Does Do Will Would Could Should
    Has Had Have Please Whatever Whenever Wherever Nonetheless Nevertheless Moreover Furthermore Additionally Given Share Tweet Email Print Comment Comments Copyright
    copyright caption First Second Third Fourth Fifth Finally Lastly Can Add Interest Story Continued Below Liberal Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday""".split()
)
_WORD_SPAN_RE = re.compile(r"\S+")


class _Mentions(list):
    """The (offset, name) list of `_name_mentions`, indexed by surname on first use (the
    resolver looks names up by surname for every statement)."""

    _index: dict[str, list[tuple[int, str]]] | None = None

    def by_surname(self) -> dict[str, list[tuple[int, str]]]:
        if self._index is None:
            self._index = {}
            for offset, name in self:
                self._index.setdefault(name.split()[-1], []).append((offset, name))
        return self._index


def _name_mentions(text: str) -> list[tuple[int, str]]:
    """(offset, name) of every multi-word person name in the text, honorifics dropped.

    A run of capitalised words is split at words that never belong to a name and at a
    possessive ("Facebook's Libra Trump" -> "Libra Trump"), so "Donald Trump Before Trump"
    gives "Donald Trump"."""
    mentions = []
    for match in _PERSON_NAME_RE.finditer(text):
        words = match.group().split()
        if _NOT_NAME_PARTS.isdisjoint(words) and not any(w.endswith(("'s", "’s", "'", "’")) for w in words[:-1]):
            segments = [(words, match.end())]  # the usual case: the whole run is one name
        else:
            segments, current, end = [], [], match.end()
            for word in _WORD_SPAN_RE.finditer(text, match.start(), match.end()):
                if word.group() in _NOT_NAME_PARTS or (word.group().endswith(("'s", "’s", "'", "’")) and word.end() < match.end()):
                    segments.append((current, end))
                    current = []
                else:
                    current.append(word.group())
                    end = word.end()
            segments.append((current, end))
        for words, end in segments:
            while words and words[0] in _PARTY_WORDS:
                words = words[1:]  # "Republican Mitt Romney", "Republican Congressional candidates"
            if len(words) < 2:
                continue
            name = " ".join(words)
            if words[-1] in _PARTY_WORDS or _speaker_type_of(name) != "person":
                continue  # "South Carolina Republican" is a description, not a name
            bare = _HONORIFIC_RE.sub("", name)
            if len(bare.split()) >= 2:
                mentions.append((end - len(bare), bare.rstrip("’'s") if bare.endswith(("'s", "’s")) else bare))
    return _Mentions(mentions)


def _surname_of_other_gender(phrase: str, gender: str, ctx: _Context) -> bool:
    """Whether every full name the article gives this surname has the other gender."""
    words = phrase.split()
    if len(words) != 1 or not isinstance(ctx.mentions, _Mentions):
        return False
    genders = {_given_gender(name) for _, name in ctx.mentions.by_surname().get(words[0], [])}
    return bool(genders) and gender not in genders and "" not in genders


_HONORIFIC_PREFIX_RE = re.compile(r"(Mr|Mrs|Ms|Miss)\b")


def _given_gender(name: str) -> str:
    """The gender of a full name's first given name ("Rudy Giuliani" -> "male"), or ""."""
    words = [w for w in name.split() if not _TITLE_WORD_RE.match(w)]
    return _first_name_genders().get(words[0], "") if len(words) >= 2 else ""


def _fullest(phrase: str, mentions: list[tuple[int, str]], where: int, gender: str = "") -> str:
    """The fullest name the article gives a person phrase ("Cooper" -> "Adm. Brad Cooper").

    Among names ending in the same surname, the one mentioned last before ``where`` wins (so
    "Cheney" after "Mary Cheney" is Mary, not Dick); a longer form of that name wins over it.
    With ``gender`` (from "she", or from "Ms." in the phrase), names whose given name has the
    other gender are passed over ("Ms. Trump" is not "Donald Trump").
    """
    honorific = _HONORIFIC_PREFIX_RE.match(phrase)
    gender = gender or (_HONORIFIC_GENDERS[honorific.group(1)] if honorific else "")
    bare = _HONORIFIC_RE.sub("", phrase).strip()
    words = bare.split()
    if not words:
        return phrase
    written = bare
    while len(words) > 1 and _TITLE_WORD_RE.match(words[0]):
        words = words[1:]  # "Chairman Ryan" is looked up as "Ryan"
    bare = " ".join(words) if len(words) == 1 else bare
    surname = words[-1]
    same = mentions.by_surname().get(surname, []) if isinstance(mentions, _Mentions) else [
        (offset, name) for offset, name in mentions if name.split()[-1] == surname
    ]
    if len(words) >= 2:
        same = [(o, n) for o, n in same if n.endswith(bare) or bare.endswith(" ".join(n.split()[-2:]))] or same
    if gender and same:
        same = [(o, n) for o, n in same if _given_gender(n) in ("", gender)]
    if not same:
        return written
    # A name with a first name beats one with only a title ("Hillary Clinton" over "Secretary
    # Clinton"); among those, the latest before ``where`` wins.
    untitled = [item for item in same if not _TITLE_WORD_RE.match(item[1].split()[0])]
    same = untitled or same
    before = [item for item in same if item[0] <= where]
    chosen = before[-1][1] if before else same[0][1]
    first_names = {n.split()[-2] for _, n in same if len(n.split()) >= 2}
    longer = [n for _, n in same if n.endswith(chosen) and len(n) > len(chosen)]
    if longer and (len(first_names) <= 1 or len(chosen.split()) >= 2):
        chosen = max(longer, key=len)
    # (A surname after modifiers, "the victorious Trump", "a visibly moved Ryan", is the name too.)
    return chosen if len(chosen) >= len(bare) or _MODIFIED_SURNAME_RE.fullmatch(bare) else bare


# Lowercase modifiers (no preposition, no participle with an object) before a surname.
_MODIFIED_SURNAME_RE = re.compile(r"(?:the|a|an)\s+(?:(?!(?:of|in|at|for|from|with|to|on|by)\s)[a-z][a-z\-]*\s+){1,3}[A-Z][\w'’\-]+")


@lru_cache(maxsize=4096)
def _speaker_type_of(phrase: str) -> str:
    """speaker_type of a speaker phrase from the lexicons (no name lists of people)."""
    phrase = phrase.strip()
    if not phrase:
        return "unknown"
    if phrase.upper() in ("QUESTION", "Q", "REPORTER", "PARTICIPANT", "AUDIENCE MEMBER"):
        return "media"
    if phrase.isupper() and len(phrase) > 3 and " " in phrase:
        phrase = phrase.title()  # a transcript label: "SECRETARY RUBIO" is read as "Secretary Rubio"
    bare = _LEADING_THE_RE.sub("", phrase)
    if _outlet_re().fullmatch(phrase) or _outlet_re().fullmatch(bare) or (bare != phrase and _outlet_re().fullmatch("The " + bare)):
        return "media"  # ("the Times" in running text is the outlet "The Times")
    lower = phrase.lower()
    if lower in _PRONOUNS:
        return "person" if lower in _PERSON_PRONOUNS else "unknown"
    if lower in _QUANTIFIER_WORDS:
        return "anonymous"
    terms = _speaker_terms()
    head_phrase = _PREPOSITION_RE.split(phrase)[0].strip()
    head_phrase = _TRAILING_PARENTHETICAL_RE.sub("", head_phrase) or head_phrase
    words = head_phrase.split()
    head_word = words[-1].strip(",.") if words else ""
    head_lower = _POSSESSOR_RE.sub("", head_phrase.lower())
    term = _speaker_term_re().search(head_lower.strip(",. "))
    if len(words) == 1 and (head_word.lower() in _NOT_NAME_WORDS or head_word.lower() in _QUANTIFIER_WORDS):
        return "anonymous"  # "Hundreds of activists", "Most of the voters"
    if (head_word[:1].isupper() or _PARTICLE_NAME_RE.match(head_word)) and head_word.lower() not in terms and not head_word.isupper():
        # A capitalised head is a person unless the phrase carries an institution word
        # ("Human Rights Campaign", "Public Policy Institute", "Treasury Department").
        for word in words[1:]:
            kind = terms.get(word.lower().strip(",."))
            if kind in ("government", "organisation") and word[:1].isupper():
                if any(w.lower().strip(",.") in _ROLE_NOUNS for w in words[words.index(word) + 1:-1]):
                    # "White House Press Secretary Robert Gibbs", "Treasury spokesman Bill
                    # Jones": the institution modifies a role noun, and the name after it heads.
                    return "person"
                return kind
        if _outlet_re().search(head_phrase):
            return "media"
        return "person"
    if term:
        return terms[term.group()]
    if head_word.isupper() and len(head_word) > 1:
        return "organisation"
    if words and (words[0].lower() in _DETERMINERS or words[0].lower() in _QUANTIFIER_WORDS):
        return "anonymous"
    return "unknown"


_CLAUSE_BREAK_RE = re.compile(r"[:;—–“”\"]")
_INNER_CAPITAL_RE = re.compile(r"[A-Z][a-z]+[A-Z][a-z]+")


def _named(phrase: str, ctx: _Context) -> bool:
    """Whether a person phrase is a name: two capitalised words, a title, or a known surname."""
    # ("The Democrats" is one plural word, not a two-word name: openers are not name words.)
    words = [w for w in phrase.split() if w[:1].isupper() and w not in _NOT_NAME_PARTS]
    if len(words) >= 2 or re.match(_TITLE + r"\s", phrase):
        return True
    if not words:
        return False
    # A single capitalised word: a known surname, or a singular word ("Cooper"); sentence-
    # initial plurals ("Advocates", "Buses"), numbers and adverbs ("Four", "Overall") are not.
    if words[-1].lower() in _NOT_NAME_WORDS or words[-1] in _NOT_NAME_PARTS:
        return False
    if _INNER_CAPITAL_RE.fullmatch(words[-1]):
        return True  # "DeVos", "DeSantis", "McConnell": a surname, whatever its last letter
    return any(name.split()[-1] == words[-1] for _, name in ctx.mentions) or not words[-1].endswith("s")


def _antecedent(ctx: _Context, history: list[tuple[int, str, str, str]], where: int, kinds: tuple[str, ...], gender: str = "",
                content_start: int | None = None) -> tuple[str, str] | None:
    """The latest speaker or sentence subject of one of ``kinds`` before ``where``.

    Pronoun resolution by recency and subjecthood (the centering heuristic of Grosz, Joshi &
    Weinstein 1995: the preferred antecedent is the most recent subject), looking back over
    earlier statements' speakers and the subjects of the last six sentences. With ``gender``
    ("he" -> male, "she" -> female), a candidate of the other known gender is passed over
    (`_gender_of`); one of unknown gender is kept. A subject inside a quotation is the quoted
    speaker's word, not the narrative's ("Oh, not a theology …"), and so is the subject of a
    clause that an attribution interrupts or follows ("Progressivism, he told …, is a cancer",
    "Both parties are to blame, he said": the statement's content, from ``content_start``,
    covers it): neither is an antecedent. A party in the plural ("Democrats") is no one person.
    """
    best: tuple[int, str, str] | None = None
    for offset, _, name, kind in history:
        if offset < where and kind in kinds and name.lower() not in _PRONOUNS and (best is None or offset > best[0]):
            if gender and _gender_of(name, ctx) not in ("", gender):
                continue
            if kind == "person" and name.split()[-1] in _PARTY_WORDS and name.endswith("s"):
                continue
            best = (offset, name, kind)
    index = ctx.sentence_of(where)
    for k in range(index, max(-1, index - 6), -1):
        limit = min(ctx.sentence_ends[k], where)
        if (k, limit) not in ctx.subjects:
            subject = _sentence_subject(ctx.text, ctx.sentence_starts[k], limit)
            ctx.subjects[(k, limit)] = None if subject is not None and ctx.inside_quote(subject.start) else subject
        subject = ctx.subjects[(k, limit)]
        if subject and content_start is not None and subject.start < where and (
            content_start <= subject.start
            or (k == index and ctx.text[:where].rstrip().endswith(",") and not _CLAUSE_BREAK_RE.search(ctx.text, subject.end, where))
        ):
            continue  # the subject of the reported words, which the attribution interrupts
        if gender and k == index - 1 and (subject is None or (
                _speaker_type_of(subject.text) not in ("person", "anonymous") and not _PERSON_HEAD_RE.search(subject.text.split()[-1].lower()))):
            # The previous sentence has no person as subject ("That did not satisfy Justice
            # Scalia. '…,' he said"): its highest-ranked person is the one it names (its
            # object; centering's forward-looking centre after the subject).
            in_sentence = ctx.mentions[bisect.bisect_left(ctx.mention_starts, ctx.sentence_starts[k]):bisect.bisect_left(ctx.mention_starts, ctx.sentence_ends[k])]
            named = [(o, n) for o, n in in_sentence if not ctx.inside_quote(o)
                     and _speaker_type_of(n) == "person" and (_gender_of(n, ctx) == gender or (_TITLED_NAME_RE.match(n) and _gender_of(n, ctx) == ""))
                     and not _surname_of_other_gender(n, gender, ctx)]  # (a name the pronoun's gender or a title marks as a person)
            if named and (best is None or named[0][0] > best[0]):
                best = (named[0][0], named[0][1], "person")
                break
        if subject and subject.start < where and subject.text.lower() not in _PRONOUNS:
            kind = _speaker_type_of(subject.text)
            if kind == "person" and not _named(subject.text, ctx):
                continue  # a capitalised common noun opening a sentence ("Buses are …")
            if kind in kinds:
                if gender and _gender_of(subject.text, ctx) not in ("", gender):
                    continue  # "Mary Smith met John Jones. He said …": not Mary Smith
                if gender and _surname_of_other_gender(subject.text, gender, ctx):
                    continue  # "Giuliani … she recalled": every Giuliani named is a man
                if best is None or subject.start > best[0]:
                    best = (subject.start, subject.text, kind)
                break
    if best is None and gender:
        # No subject or speaker of that gender: the latest named person of that gender
        # ("Mary Smith met John Jones. He said …").
        for offset, name in reversed(ctx.mentions):
            if offset < where and _gender_of(name, ctx) == gender:
                return name, "person"
    return (best[1], best[2]) if best else None


_LOWER_WORDS_RE = re.compile(r"[a-z][a-z'’\-]*")
_TITLED_NAME_RE = re.compile(rf"{_TITLE}\s+[A-Z]")
_PRONOUN_GENDERS = {"he": "male", "she": "female"}
_HONORIFIC_GENDERS = {"Mr": "male", "Mrs": "female", "Ms": "female", "Miss": "female"}
_HONORIFIC_SURNAME_RE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z][\w'’\-]*\.?\s+){0,2}?([A-Z][\w'’\-]+)(?![\w'’\-]*\.?\s+[A-Z])")
# Descriptions that carry gender: "the congresswoman", "his wife", "the actress".
_FEMALE_NOUN_RE = re.compile(r"(?:woman|women|wife|mother|daughter|sister|grandmother|widow|actress|queen|lady|girl)$")
_MALE_NOUN_RE = re.compile(r"(?:(?<!wo)man|(?<!wo)men|husband|father|son|brother|grandfather|widower|actor|king|boy)$")


@lru_cache(maxsize=1)
def _first_name_genders() -> dict[str, str]:
    """Given name -> "male"/"female" from `lexicons/first_names.csv`."""
    return {row["name"]: row["gender"] for row in _read_csv("first_names.csv")}


def _gender_of(phrase: str, ctx: _Context) -> str:
    """`_phrase_gender`, computed once per phrase and article."""
    if phrase not in ctx.genders:
        ctx.genders[phrase] = _phrase_gender(phrase, ctx)
    return ctx.genders[phrase]


def _phrase_gender(phrase: str, ctx: _Context) -> str:
    """The gender a person phrase shows, or "" when it shows none.

    In order: an honorific ("Mr. Boehner", "Ms. Harf"), a gendered description ("the
    congresswoman"), a known given name before the surname ("Nancy Pelosi"), and an honorific
    the article gives the same surname elsewhere ("Pelosi" after "Ms. Pelosi"; a surname the
    article gives both "Mr." and "Mrs." is ambiguous). Gender from the article's own honorifics
    first and a name list second is the usual gender-agreement filter of rule-based pronoun
    resolution (Lappin & Leass 1994; Lee et al. 2013, Stanford's sieve).
    """
    words = [w.strip(",.") for w in phrase.replace("’s", "").replace("'s", "").split()]
    words = [w for w in words if w]
    if not words:
        return ""
    honorific = _HONORIFIC_GENDERS.get(words[0])
    if honorific:
        return honorific
    last = words[-1]
    if last.islower():
        if _FEMALE_NOUN_RE.search(last):
            return "female"
        if _MALE_NOUN_RE.search(last):
            return "male"
        return ""
    genders = _first_name_genders()
    given = [w for w in words[:-1] if not _TITLE_WORD_RE.match(w)][:1]  # the first given name only
    if given and given[0] in genders:
        return genders[given[0]]  # "Carlo Maria Vigano" is not read as "Maria"
    if ctx.honorifics is None:
        ctx.honorifics = {}
        for match in _HONORIFIC_SURNAME_RE.finditer(ctx.text):
            surname, gender = match.group(2), _HONORIFIC_GENDERS[match.group(1)]
            ctx.honorifics[surname] = gender if ctx.honorifics.get(surname, gender) == gender else "ambiguous"
    gender = ctx.honorifics.get(last, "")
    return "" if gender == "ambiguous" else gender


_CAPITALISED_WORD_RE = re.compile(r"\b[A-Z]\w*(?:['’\-]\w+)*")
_NAME_FOLLOWS_RE = re.compile(rf"\s+({_CAP_SEQ})")


def _surname_offsets(text: str, mentions: list[tuple[int, str]]) -> dict[str, list[int]]:
    """Every occurrence offset of every person's surname (one pass of a precompiled pattern:
    a per-article alternation of surnames would cost a regex compilation per article)."""
    surnames = list(dict.fromkeys(name.split()[-1] for _, name in mentions))  # first-mention order
    offsets: dict[str, list[int]] = {s: [] for s in surnames}
    if surnames:
        for match in _CAPITALISED_WORD_RE.finditer(text):
            found = offsets.get(match.group())
            if found is not None:
                found.append(match.start())
    return offsets


def _named_after_word(text: str, word: str, where: int) -> re.Match[str] | None:
    """The last "WORD Name" before ``where`` ("the spokesman" -> "spokesman Brad Woodhouse"),
    with the name as group 1."""
    position = where
    while True:
        position = text.rfind(word, 0, position)
        if position < 0:
            return None
        if position == 0 or not (text[position - 1].isalnum() or text[position - 1] == "_"):
            match = _NAME_FOLLOWS_RE.match(text, position + len(word), where)
            if match:
                return match


_PARTY_MARK_RE = re.compile(
    r",?\s*\(?(?:([RDI])-[A-Z]|(Republican|Democrat|Independent)\s+(?:of|from)\s+[A-Z]|"
    r",\s+(?:a|the)\s+(?:[\w\-]+\s+){0,2}?(Republican|Democrat|Independent)\b)"
)
# A party word before the name: "Democrat Stacey Abrams", "Republican Sen. Lindsey Graham".
_PARTY_BEFORE_RE = re.compile(rf"\b(Republican|Democrat|Democratic|Independent)\s+(?:{_TITLE}\s+)?$")


def _party_member(ctx: _Context, head: str, where: int) -> str | None:
    """The latest person before ``where`` whose name the article follows with the party of
    ``head`` ("republican", "democrat"): "Rep. Trey Gowdy, R-S.C.", "Bob Corker, Republican of
    Tennessee"."""
    party = {"republican": "R", "democrat": "D", "independent": "I"}.get(head)
    if party is None:
        return None
    for offset, name in reversed(ctx.mentions):
        if offset >= where:
            continue
        end = ctx.text.find(name, offset)
        mark = _PARTY_MARK_RE.match(ctx.text, end + len(name)) if end >= 0 else None
        before = _PARTY_BEFORE_RE.search(ctx.text, max(0, offset - 40), offset)
        marked = (mark.group(1) or mark.group(2) or mark.group(3))[0] if mark else before.group(1)[0] if before else ""
        if marked == party:
            # (Also "Etheridge, a Democrat," and "Democrat Stacey Abrams".)
            return _fullest(name, ctx.mentions, where)
    return None


def _most_mentioned(ctx: _Context, where: int) -> str | None:
    """The person whose surname occurs most often before ``where`` (ties: mentioned first)."""
    if ctx.surnames is None:
        ctx.surnames = _surname_offsets(ctx.text, ctx.mentions)
    counts = {s: bisect.bisect_left(found, where) for s, found in ctx.surnames.items()}
    if not counts or max(counts.values()) == 0:
        return None
    surname = max(counts, key=lambda s: counts[s])
    # The surname's most frequent full name ("Donald Trump" over a later "Melania Trump").
    names = [name for offset, name in ctx.mentions if offset < where and name.split()[-1] == surname]
    if names:
        counted = {n: names.count(n) for n in names}
        surname = max(counted, key=lambda n: counted[n])
    return _fullest(surname, ctx.mentions, where)


# Endings of nouns for people ("congressman", "senator", "lawmaker", "president", "nominee",
# "candidate", "activist", "politician", "billionaire", "president-elect"), for telling a
# description of a person ("the congressman") from one of a thing ("the attack").
_PERSON_HEAD_RE = re.compile(r"(?:man|woman|or|er|ent|ant|ee|ate|ist|ian|aire|elect|mogul|star|chief|head|boss|leader|judge|"
                             r"justice|official|aide|envoy|diplomat|general|admiral|rep|sen|gov|pro|veteran|hopeful|firebrand|spouse|wife|"
                             r"husband|mother|father|son|daughter|widow|lady|girl|boy|actress|queen|king|host|attorney|chair|"
                             r"executive|conservative|liberal|progressive|pope|year-old|victim|witness|expert|scholar|analyst|"
                             r"counsel|nurse|mom|dad|child|kid|teen|spokesperson|activist|candidate)$")
_RANK_PREFIXES = frozenset("vice deputy assistant associate acting under lieutenant".split())


def _describes(head: str, phrase: str) -> bool:
    """Whether an earlier speaker phrase uses the head noun of a description for its holder:
    "the president" is "President Obama", not "Vice President Mike Pence"."""
    words = _LOWER_WORDS_RE.findall(phrase.lower())
    return any(word == head and (i == 0 or words[i - 1] not in _RANK_PREFIXES) for i, word in enumerate(words))


# Role nouns and the titles that confer them: "Rep. Bob Etheridge … the lawmaker said".
_ROLE_TITLES = {
    "lawmaker": r"Rep|Representative|Congressman|Congresswoman|Sen|Senator|Assemblyman|Assemblywoman|Del",
    "legislator": r"Rep|Representative|Sen|Senator|Assemblyman|Assemblywoman|Del",
    "congressman": r"Rep|Representative|Congressman",
    "congresswoman": r"Rep|Representative|Congresswoman",
    "senator": r"Sen|Senator",
    "governor": r"Gov|Governor",
    "mayor": r"Mayor",
}


@lru_cache(maxsize=None)
def _title_re(head: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_ROLE_TITLES[head]})\.?\s+((?:[A-Z][\w'’\-.]*\s+){{0,2}}[A-Z][\w'’\-]+)")


def _titled_holder(text: str, head: str, where: int) -> str | None:
    """The person the latest title of a role noun names before ``where`` ("the lawmaker" ->
    "Bob Etheridge" after "Rep. Bob Etheridge"): a definite description refers back to a
    known referent (familiarity; Heim 1982), and the title introduced it. None when the
    article introduced an unnamed one ("a Republican lawmaker"), which the description is."""
    window = text[max(0, where - 3000):where]
    if re.search(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'’\-]+\s+){{0,3}}?{head}\b", window):
        return None
    found = None
    for found in _title_re(head).finditer(window):
        pass
    return re.sub(r"['’]s$", "", found.group(1)) if found else None


def _resolve(statements: list[_Statement], ctx: _Context) -> list[tuple[str, str]]:
    """(speaker_resolved, speaker_type) for every statement, in order of position."""
    text = ctx.text
    mentions = ctx.mentions
    resolved: list[tuple[str, str]] = []
    history: list[tuple[int, str, str, str]] = []  # (offset, phrase + appositive, resolved, type)
    for statement in statements:
        speaker = statement.speaker
        phrase = speaker.text if speaker else ""
        where = speaker.start if speaker else statement.start
        lower = _POSSESSIVE_PRONOUNS.get(phrase.lower(), phrase.lower())
        name, kind = phrase, _speaker_type_of(lower if lower != phrase.lower() else phrase)
        if lower in _PERSON_PRONOUNS:
            found = _antecedent(ctx, history, where, ("person",), _PRONOUN_GENDERS.get(lower, ""), statement.start)
            if found:
                name = found[0]
            kind = "person"
        elif lower in ("they", "it", "we"):
            found = _antecedent(ctx, history, where, ("government", "organisation", "media", "document"))
            if found:
                name, kind = found
        elif kind in ("anonymous", "person") and lower.split()[:1] == ["the"]:
            head = lower.split()[-1]
            candidates = [h for h in history if h[0] < where and _describes(head, h[1])]
            terms = _speaker_terms()
            titled = _titled_holder(text, head, where) if head in _ROLE_TITLES else None
            if candidates:
                name, kind = candidates[-1][2], candidates[-1][3]
            elif titled:
                name, kind = titled, "person"
            elif head.endswith("s") and not head.endswith(("ss", "us")):
                pass  # a plural ("the couples", "the critics") describes no one person
            elif not _PERSON_HEAD_RE.search(head) and head not in _person_nouns() and not phrase.split()[-1][:1].isupper():
                pass  # "the attack", "the showdown": a thing, not a description of a person
            elif terms.get(head) != "anonymous" and not any(n.split()[-1] == phrase.split()[-1] for _, n in mentions):
                # "the congressman", "The South Carolina Republican", "the real estate mogul": a
                # description (not an anonymous-source noun) of the person the article is about,
                # taken as the person named most often so far; "the Ohio Republican" as the
                # latest person the article marks with that party ("Trey Gowdy, R-S.C.").
                protagonist = _party_member(ctx, head, where)
                if protagonist is None and history and history[-1][3] == "person" and " " in history[-1][2] \
                        and ctx.sentence_of(where) - ctx.sentence_of(history[-1][0]) <= 1 and not history[-1][2].lower().startswith("the ") \
                        and not any(history[-1][0] < offset < where and n.split()[-1] != history[-1][2].split()[-1] for offset, n in mentions):
                    # 'Sarah Palin … said … . The former Alaska governor said …': a description
                    # in the sentence after a named speaker's statement varies her name (the
                    # news convention of elegant variation), before any protagonist, unless
                    # another person is named in between.
                    protagonist = history[-1][2]
                protagonist = protagonist or _most_mentioned(ctx, where)
                if protagonist:
                    name, kind = protagonist, "person"
            else:
                match = _named_after_word(text, head, where)
                if match and _speaker_type_of(match.group(1)) == "person":
                    name, kind = _HONORIFIC_RE.sub("", match.group(1)), "person"
        if kind == "person" and name[:1].islower():
            # "his lawyer Fareed El-Deeb": the name at the end of a description.
            trailing = _TRAILING_NAME_RE.search(name)
            if trailing and len(trailing.group().split()) >= 2:
                name = trailing.group()
        if kind == "person" and name.isupper() and " " in name:
            name = name.title()  # a transcript label: "SECRETARY RUBIO" -> "Secretary Rubio"
        if kind == "person" and name.lower() not in _PRONOUNS:
            name = _fullest(name, mentions, where, _PRONOUN_GENDERS.get(lower, ""))
        appositive = speaker.appositive if speaker else ""
        history.append((where, f"{phrase} {appositive}", name, kind))
        resolved.append((name, kind))
    return resolved


# ---------------------------------------------------------------------------------------------
# The table

_COLUMNS = (
    "article", "statement", "kind", "speaker", "speaker_resolved", "speaker_type", "anonymous", "cue",
    "cue_lemma", "cue_stance", "source", "quote", "start", "end", "sentence", "polarity", "subjectivity",
)


def statements(article: Article, sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """The statements table of ``article`` (`statement_columns`); ``sentences`` reused when given."""
    return table_from_columns(statement_columns(article, columns_of(sentences)))


def statement_columns(article: Article, sentences: Columns | None = None) -> Columns:
    """One row per statement of ``article``: who said what, how, and where in the text.

    Finds direct quotes, reported speech and partial quotes with their speakers, reporting cues
    and stances (rules of Pouliquen et al. 2007 and Krestel et al. 2008; statement = source +
    cue + content as in Pareti's PARC 3.0), resolving pronouns, surnames and definite
    descriptions to the fullest name the article gives. ``sentences`` (the sentences table) is
    reused for sentence numbers when given. Columns: `analysis.schema.COLUMNS["statements"]`.
    """
    text = article.text
    if sentences is not None and sentences["start"]:
        starts = [int(s) for s in sentences["start"]]
        ends = [int(e) for e in sentences["end"]]
    else:
        spans = sentence_spans(text)
        starts = [s for s, _, _ in spans]
        ends = [e for _, e, _ in spans]
    if not text.strip() or not starts:
        return empty_columns("statements")
    ctx = _Context(text, starts, ends)
    turns = _transcript_turns(ctx)
    direct, used_cues, pending = _direct_statements(ctx, turns)
    direct += _unclosed_continuations(ctx, direct)
    taken = [(t.start, t.end) for t in turns] + [(d.start, d.end) for d in direct]
    blocks = _block_quotes(ctx, taken)
    direct += blocks
    taken += [(b.start, b.end) for b in blocks]
    reported = _reported_statements(ctx, used_cues, taken) + _nominal_statements(ctx, taken)
    found = _attach_pending(ctx, turns + direct + reported, pending)
    for statement in found:
        # Content starts at a word, not at the comma or space left by a cue ("points out, …").
        while statement.start < statement.end and (text[statement.start].isspace() or text[statement.start] in ",;:—–"):
            statement.start += 1
    found = [s for s in found if s.end > s.start]
    found.sort(key=lambda s: (s.start, -s.end))
    if not found:
        return empty_columns("statements")
    resolved = _resolve(found, ctx)
    outlet_re = _outlet_re()
    columns: dict[str, list] = {name: [] for name in _COLUMNS}
    # Each distinct span is scored once (a quote and its continuation rows can repeat a span),
    # all of them in one pass of the scorer.
    spans = list(dict.fromkeys((statement.start, statement.end) for statement in found))
    scores = dict(zip(spans, polarity_subjectivity_many([text[start:end] for start, end in spans])))
    for index, (statement, (name, kind)) in enumerate(zip(found, resolved)):
        quote = text[statement.start:statement.end]
        polarity, subjectivity = scores[(statement.start, statement.end)]
        speaker = statement.speaker.text if statement.speaker else ""
        source = ""
        outlet = outlet_re.search(name) or outlet_re.search(speaker)
        if outlet and kind == "media":
            source = outlet.group()
        else:
            # An outlet named in the attribution ("told CNN", "according to Axios").
            s_index = ctx.sentence_of(statement.start)
            low = min(ctx.sentence_starts[s_index], statement.cue_start if statement.cue_start >= 0 else statement.start)
            high = max(ctx.sentence_ends[s_index], statement.end)
            for match in outlet_re.finditer(text, low, high):
                if not statement.start <= match.start() < statement.end:
                    source = match.group()
                    break
        values = (
            article.id, index, statement.kind, speaker, name, kind,
            kind == "anonymous" or (kind == "media" and speaker.upper() in ("QUESTION", "Q")),
            statement.cue, statement.lemma, statement.stance, source, quote,
            statement.start, statement.end, ctx.sentence_of(statement.start), polarity, subjectivity,
        )
        for column, value in zip(_COLUMNS, values):
            columns[column].append(value)
    return columns
