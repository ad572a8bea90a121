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
patterns over the few words around each cue (on 200 AllSides articles the pipeline's step
costs about 0.85-0.9x TextBlob sentiment of the same text, 0.9x with its DataFrame, scoring
each statement's content included: ``benchmarks/statements.py``). Lexicons are data: ``lexicons/reporting_verbs.csv`` (cues, stances, frames),
``lexicons/content_nouns.csv`` ("concern" in "expressed concern that"),
``lexicons/outlets.csv`` (media), ``lexicons/speakers.csv`` (anonymous-source patterns,
government, organisation, media and document nouns) and ``lexicons/first_names.csv`` (given
names with a clear gender, for pronoun agreement).
Measured against hand-annotated gold: ``python -m analysis.evaluate statements``.

Layout (each module imports only the modules listed before it; `tests/test_statements.py` checks
the order): `analysis.quotes` pairs quotation marks (text level, beside the segmenter); `lexicons`
reads the CSV vocabulary (and names a cue's `CueFrame` and `CueClause`); `patterns` holds the
closed-class word sets and regex fragments shared by several steps; `cues` finds reporting cues;
`names` types speaker phrases and finds name mentions; `context` holds one article's lookups
(paragraphs, sentences, quotations, cues, mentions); `guards` holds named predicates; `phrases`,
`phrase_after` and `subjects` find the speaker phrase before or after a cue and a sentence's
subject; `speakers` decides which phrase speaks for a cue; `transcript` and `posts` find
transcript turns and embedded social-media posts; `stray` finds a quote whose opening mark was
lost; `blocks` finds block quotes without quote marks and quotes left open at a paragraph's end;
`direct` finds quoted, labelled, dashed and continued statements; `objects` finds quoted objects
and pro-forms; `clauses` holds the clause shapes a cue's rule does not see (a quoted predicate, a
contact relative clause, a document subject, a fronted adjunct); `according` finds "according to
X" and "as reported by X"; `reported` finds reported speech (content clause, as-parenthetical,
relative clause, document); `nominal` finds nominal cues; `chains` credits an outlet that reports
another speaker (one statement, the outlet as `source`); `descriptions` finds the person a role
description or role noun points at; `fullnames` a mention's fullest name; `protagonists` the
party member, most-mentioned person and administration head a description may mean; `gender`
agrees pronouns with names; `resolve` resolves speakers to the fullest name; this
module assembles the table. A new reporting verb is a row of `lexicons/reporting_verbs.csv`.
"""

from __future__ import annotations

import pandas as pd

from ..article import Article
from ..schema import COLUMNS, Columns, columns_from_rows, empty_columns, SpeakerType, table_from_columns
from ..cards import without_cards
from ..segment import sentence_spans
from ..sentiment import polarity_subjectivity_many
from .chains import credit_outlets, end_inside_trailing_reports
from .context import Context, Statement
from .blocks import block_quotes, unclosed_continuations
from .direct import attach_pending, direct_statements
from .guards import cleft_speaker, expletive_it, indefinite_holder, speaker_before_its_verb
from .lexicons import outlet_pattern
from .nominal import nominal_statements
from .posts import social_posts
from .repeats import repeated_paragraphs, repeated_quotes, video_link_paragraphs
from .reported import reported_statements
from .resolve import resolve_speakers, speaker_via
from .transcript import transcript_turns

def statement_columns(article: Article, sentences: Columns | None = None) -> Columns:
    """One row per statement of ``article``: who said what, how, and where in the text.

    Finds direct quotes, reported speech and partial quotes with their speakers, reporting cues
    and stances (rules of Pouliquen et al. 2007 and Krestel et al. 2008; statement = source +
    cue + content as in Pareti's PARC 3.0), resolving pronouns, surnames and definite
    descriptions to the fullest name the article gives. ``sentences`` (the sentences table) is
    reused for sentence numbers when given. Columns: `analysis.schema.COLUMNS["statements"]`.
    """
    original = article.text
    text = without_cards(original)  # (a hover card's headlines are no one's words: `cards`)
    if sentences is not None and sentences["start"]:
        starts = [int(s) for s in sentences["start"]]
        ends = [int(e) for e in sentences["end"]]
    else:
        spans = sentence_spans(original)  # (as the sentences table splits it)
        starts = [s for s, _, _ in spans]
        ends = [e for _, e, _ in spans]
    if not text.strip() or not starts:
        return empty_columns("statements")
    ctx = Context(text, starts, ends)
    turns = transcript_turns(ctx) + social_posts(ctx)
    direct, used_cues, pending = direct_statements(ctx, turns)
    direct += unclosed_continuations(ctx, direct)
    taken = [(t.start, t.end) for t in turns] + [(d.start, d.end) for d in direct]
    blocks = block_quotes(ctx, taken)
    direct += blocks
    taken += [(b.start, b.end) for b in blocks]
    reported = reported_statements(ctx, used_cues, taken) + nominal_statements(ctx, taken)
    found = []
    for statement in attach_pending(ctx, turns + direct + reported, pending):
        if expletive_it(text, statement):
            statement.speaker = cleft_speaker(text, statement)  # "it was left up to WikiLeaks to …"
            if statement.speaker is None:
                continue  # "It is also worth noting that …": the writer's words
        statement.speaker = indefinite_holder(ctx, statement) or statement.speaker  # "One banker at a large firm said"
        statement.speaker = speaker_before_its_verb(text, statement) or statement.speaker  # "the Federal Reserve released data showing"
        found.append(statement)
    for statement in found:
        # Content starts at a word, not at the comma or space left by a cue ("points out, …").
        while statement.start < statement.end and (text[statement.start].isspace() or text[statement.start] in ",;:—–"):
            statement.start += 1
    repeats = repeated_paragraphs(text, ctx.paragraphs) | video_link_paragraphs(text, ctx.paragraphs)  # a caption printed twice: counted once
    found = end_inside_trailing_reports(text, credit_outlets(text, [s for s in found if s.end > s.start and ctx.paragraph_of(s.start) not in repeats]))
    found.sort(key=lambda s: (s.start, -s.end))
    direct = [s for s in found if s.kind == "direct"]
    repeated = {id(direct[i]) for i in repeated_quotes(text, [(s.start, s.end) for s in direct])}  # a pull quote: counted once
    found = [s for s in found if id(s) not in repeated] if repeated else found
    if not found:
        return empty_columns("statements")
    resolved = resolve_speakers(found, ctx)
    # Each distinct span is scored once (a quote and its continuation rows can repeat a span),
    # all of them in one pass of the scorer.
    spans = list(dict.fromkeys((statement.start, statement.end) for statement in found))
    scores = dict(zip(spans, polarity_subjectivity_many([original[start:end] for start, end in spans])))
    outlets = _OutletsNear(text)
    rows = []
    for index, (statement, (name, kind)) in enumerate(zip(found, resolved)):
        polarity, subjectivity = scores[(statement.start, statement.end)]
        speaker = statement.speaker.text if statement.speaker else ""
        sentence = ctx.sentence_of(statement.start)
        rows.append((
            article.id, index, statement.kind, speaker, name, kind, speaker_via(statement, name),
            kind == SpeakerType.ANONYMOUS or (kind == SpeakerType.MEDIA and speaker.upper() in ("QUESTION", "Q")),
            statement.cue, statement.lemma, statement.stance, _source(statement, name, kind, speaker, ctx, sentence, outlets),
            original[statement.start:statement.end], statement.start, statement.end, sentence, polarity, subjectivity,
        ))
    return columns_from_rows(rows, list(COLUMNS["statements"]))


class _OutletsNear:
    """The outlets named in stretches of one article's text, each stretch searched once
    (statements of one sentence share the stretch searched for the outlet of their attribution)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pattern = outlet_pattern()
        self._found: dict[tuple[int, int], list[tuple[int, str]]] = {}

    def between(self, low: int, high: int) -> list[tuple[int, str]]:
        """(offset, name) of every outlet `outlet_pattern` finds in ``text[low:high]``."""
        found = self._found.get((low, high))
        if found is None:
            found = self._found[(low, high)] = [(m.start(), m.group()) for m in self.pattern.finditer(self.text, low, high)]
        return found


def _source(statement: Statement, name: str, kind: str, speaker: str, ctx: Context, sentence: int, outlets: _OutletsNear) -> str:
    """The outlet a statement is credited to: the one a sourcing chain credited
    (`chains.credit_outlets`), the outlet that speaks ("CNN reported"), else an outlet named in
    the attribution outside the content ("told CNN", "according to Axios"), else ""."""
    if statement.source:
        return statement.source
    if kind == SpeakerType.MEDIA:
        outlet = outlets.pattern.search(name) or outlets.pattern.search(speaker)
        if outlet:
            return outlet.group()
    low = min(ctx.sentence_starts[sentence], statement.cue_start if statement.cue_start >= 0 else statement.start)
    high = max(ctx.sentence_ends[sentence], statement.end)
    for offset, outlet in outlets.between(low, high):
        if not statement.start <= offset < statement.end:
            return outlet
    return ""


def statements(article: Article, sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """The statements table of ``article`` (`statement_columns`); ``sentences`` reused when given."""
    return table_from_columns(statement_columns(article, _sentence_bounds(sentences)))


def _sentence_bounds(sentences: pd.DataFrame | Columns | None) -> Columns | None:
    """The ``start`` and ``end`` columns of a sentences table, the only ones the rules read
    (converting the whole table cost a tenth of the statements table's time)."""
    if sentences is None or isinstance(sentences, dict):
        return sentences
    return {"start": sentences["start"].tolist(), "end": sentences["end"].tolist()}
