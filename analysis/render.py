"""An article as HTML: who speaks coloured by speaker, framing terms highlighted by category.

Direct quotations are underlined in the speaker's colour (text in that colour too); reported
speech and partial quotations ("Hamas claimed it had …") are shaded with a light tint of the
speaker's colour and a dashed underline, so the two kinds of statement (Bergler 2006; the
direct/indirect distinction of sourcing studies) read apart at a glance. Hover titles name the
speaker, the reporting verb and its stance, and the outlet a statement is credited to
("credited to Reuters").

Article text is untrusted: every piece of it, and every speaker name or term put in a title
attribute, goes through `html.escape`, so ``<script>`` or ``<img onerror=…>`` in an article is
shown as text and never runs. The fragment is self-contained (inline CSS, no scripts, no external
resources), for notebooks (`IPython.display.HTML`) and the HTML report alike.
"""

from __future__ import annotations

import heapq
import html
import re

import pandas as pd

from .framing import quote_voice, statement_speakers
from .schema import columns_of, row_count

# Category -> (background colour, legend text). Light colours so quote colours stay readable.
CATEGORY_STYLE = {
    "loaded": ("#ffb3b3", "loaded wording"),
    "actor_label": ("#b3d1ff", "actor name or label"),
    "violence": ("#ffcc80", "violence"),
    "victim": ("#d9b3ff", "victim"),
    "hedge": ("#c8e6c9", "hedge"),
    "booster": ("#fff59d", "booster"),
}
# Categories shown, strongest first: one span gets the colour of its first category here.
CATEGORY_ORDER = ("loaded", "violence", "victim", "actor_label", "hedge", "booster")
# Underline colours for quotations, one per speaker in order of first appearance.
# (Blues, greens, purples and browns: reds and oranges are the framing categories' shades.)
SPEAKER_COLOURS = (
    "#1f77b4", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f",
    "#393b79", "#637939", "#7b4173", "#8c6d31", "#3182bd", "#31a354",
)
UNATTRIBUTED = "#aaaaaa"
# Reported speech: the speaker's colour at this opacity (two hex digits appended) as background.
REPORTED_TINT = "22"
# Statement kinds drawn as reported speech (the rest, "direct", are drawn as quotations).
REPORTED_KINDS = ("reported", "partial")
# A paragraph break: a cut at each position where two line feeds begin (overlapping, as "\n\n\n"
# starts a break at two positions).
_PARAGRAPH_CUT = re.compile(r"(?=\n\n)")


def highlight_html(article, statements: pd.DataFrame | None, framing: pd.DataFrame | None) -> str:
    """The article body as a self-contained HTML fragment with a legend.

    Quoted voice (`analysis.framing.quote_voice`) is underlined in its speaker's colour; reported
    and partial statements' content is tinted in its speaker's colour with a dashed underline
    (`_reported_spans`); framing terms are shaded by category (frame cues are left out to keep
    the page readable). Every mark has a hover title (category, subcategory, lemma, actor;
    speaker, cue and stance, credited outlet). Paragraphs follow the blank lines of the body.
    Time and memory grow linearly with the text and the tables (one sweep over the cut points;
    see `_shown_terms`, `_covering_quotes` and `_innermost_reported`).
    """
    text = article.text
    quotes = sorted(quote_voice(article, statements))
    reported = _reported_spans(statements)
    credits = _direct_credits(statements)
    speakers = _speaker_colours(quotes, reported)
    terms = _shown_terms(framing, len(text))

    # Cut the text at every boundary, then wrap each piece in the marks that cover it.
    cuts = {0, len(text)}
    for spans in (quotes, reported, terms):
        for start, end, *_ in spans:
            cuts.update((start, end))
    cuts.update(match.start() for match in _PARAGRAPH_CUT.finditer(text))
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    body = ['<p style="margin:0 0 0.8em 0">']
    term_index = 0
    covering, inner = _covering_quotes(quotes), _innermost_reported(reported)
    next(covering)
    next(inner)
    for a, b in zip(points, points[1:]):
        quote, speech = covering.send(a), inner.send(a)
        piece = text[a:b]
        if piece.startswith("\n\n"):
            body.append('</p><p style="margin:0 0 0.8em 0">')
            piece = piece.lstrip("\n")
            if not piece:
                continue
        chunk = html.escape(piece).replace("\n", "<br>")
        # Terms are disjoint and sorted: the one covering [a, b), if any, is the first not ended.
        while term_index < len(terms) and terms[term_index][1] <= a:
            term_index += 1
        if term_index < len(terms) and terms[term_index][0] <= a and b <= terms[term_index][1]:
            _, _, category, title = terms[term_index]
            colour = CATEGORY_STYLE[category][0]
            chunk = f'<span style="background:{colour};border-radius:2px" title="{html.escape(title)}">{chunk}</span>'
        if quote is not None and b <= quote[1]:
            speaker, credit = _quote_speaker(quote, speech, credits)
            colour = speakers.get(speaker, UNATTRIBUTED)
            who = f"quoted: {speaker}" if speaker else "quoted (speaker unknown)"
            who += f"; credited to {credit}" if credit else ""
            chunk = (
                f'<span style="border-bottom:2px solid {colour};color:{colour}" '
                f'title="{html.escape(who)}">{chunk}</span>'
            )
        if speech is not None and b <= speech[1]:
            colour = speakers.get(speech[2], UNATTRIBUTED)
            chunk = (
                f'<span style="background:{colour}{REPORTED_TINT};border-bottom:2px dashed {colour}" '
                f'title="{html.escape(speech[3])}">{chunk}</span>'
            )
        body.append(chunk)
    body.append("</p>")
    return _frame(article, speakers, body)


def _reported_spans(statements: pd.DataFrame | None) -> list[tuple[int, int, str, str, str]]:
    """``(start, end, speaker, title, source)`` of each reported or partial statement's content.

    The title reads "reported speech: senior U.S. advisers (revealed, concessive; credited to
    Reuters)". Missing columns (a table a user filtered or edited) read as empty; empty spans
    are left out. Sorted by start, then end.
    """
    columns = columns_of(statements)
    if not columns or not row_count(columns):
        return []
    count = row_count(columns)
    blank = [""] * count
    spans = []
    for start, end, kind, speaker, cue, stance, source in zip(
        columns.get("start", blank), columns.get("end", blank), columns.get("kind", blank), statement_speakers(columns),
        columns.get("cue", blank), columns.get("cue_stance", blank), columns.get("source", blank),
    ):
        if not _drawn_as_reported(kind, start, end):
            continue
        source = source if isinstance(source, str) else ""
        how = ", ".join(part for part in (cue, stance) if isinstance(part, str) and part.strip(" :"))
        detail = "; ".join(part for part in (how, f"credited to {source}" if source else "") if part)
        label = "partial quotation" if kind == "partial" else "reported speech"
        title = f"{label}: {speaker or '(speaker unknown)'}" + (f" ({detail})" if detail else "")
        spans.append((int(start), int(end), speaker, title, source))
    spans.sort()
    return spans


def _drawn_as_reported(kind: object, start: object, end: object) -> bool:
    """Whether a statement is drawn as reported speech: kind reported or partial, and a
    non-empty span (direct statements are drawn as quotations by `quote_voice`)."""
    return kind in REPORTED_KINDS and isinstance(start, (int, float)) and isinstance(end, (int, float)) and end > start


def _direct_credits(statements: pd.DataFrame | None) -> dict[tuple[int, int], str]:
    """``(start, end)`` of each direct statement → the outlet it is credited to (``source``), or ""."""
    columns = columns_of(statements)
    if not columns or not row_count(columns) or "start" not in columns or "end" not in columns:
        return {}
    count = row_count(columns)
    return {
        (int(start), int(end)): source if isinstance(source, str) else ""
        for start, end, kind, source in zip(columns["start"], columns["end"], columns.get("kind", [""] * count), columns.get("source", [""] * count))
        if kind not in REPORTED_KINDS
    }


def _quote_speaker(quote: tuple[int, int, str], speech: tuple | None, credits: dict[tuple[int, int], str]) -> tuple[str, str]:
    """Whose quoted words these are, and the outlet credited: a direct statement's own speaker and
    source; for words in quotation marks inside reported speech, the innermost reported
    statement's ("Netanyahu said Hamas claimed it had “fulfilled …”": Hamas's words)."""
    if (quote[0], quote[1]) in credits:
        return quote[2], credits[(quote[0], quote[1])]
    if speech is not None:
        return speech[2], speech[4]
    return quote[2], ""


def _speaker_colours(quotes: list[tuple[int, int, str]], reported: list[tuple]) -> dict[str, str]:
    """One colour per speaker (`SPEAKER_COLOURS`, cycled), in order of first appearance in the text."""
    speakers: dict[str, str] = {}
    for _, _, speaker, *_ in heapq.merge(quotes, reported, key=lambda span: span[0]):
        if speaker and speaker not in speakers:
            speakers[speaker] = SPEAKER_COLOURS[len(speakers) % len(SPEAKER_COLOURS)]
    return speakers


def _shown_terms(framing: pd.DataFrame | None, length: int) -> list[tuple[int, int, str, str]]:
    """``(start, end, category, title)`` of the framing terms shaded, disjoint, sorted by start.

    Strongest category first (`CATEGORY_ORDER`), then by position: a term overlapping one already
    shown is left out. Overlap is checked on a byte per character of the text, so the cost is the
    total length of the terms, not their number squared. The title lists every framing row with
    the same span (one dictionary pass over the table).
    """
    if framing is not None and "part" in framing:
        framing = framing[framing["part"] != "title"]  # headline rows' offsets point into the title
    if framing is None or not len(framing):
        return []
    rank = {c: i for i, c in enumerate(CATEGORY_ORDER)}
    titles: dict[tuple[int, int], list[str]] = {}
    for start, end, category, subcategory, lemma, actor in zip(
        framing["start"], framing["end"], framing["category"], framing["subcategory"], framing["lemma"], framing["actor"]
    ):
        titles.setdefault((int(start), int(end)), []).append(
            f"{category}/{subcategory}: {lemma}" + (f" ({actor})" if actor else "")
        )
    candidates = sorted(  # by rank, then start, then table order (as a stable sort would)
        (rank[category], int(start), row, int(end), category)
        for row, (start, end, category) in enumerate(zip(framing["start"], framing["end"], framing["category"]))
        if category in rank
    )
    taken = bytearray(length + 1)
    terms = []
    for _, start, _, end, category in candidates:
        if start >= end or taken.find(1, start, end) != -1:
            continue  # empty, or overlaps a term already shown
        taken[start:end] = b"\x01" * (end - start)
        terms.append((start, end, category, "; ".join(titles[(start, end)])))
    terms.sort()
    return terms


def _covering_quotes(quotes: list[tuple[int, int, str]]):
    """A generator: sent each cut point in increasing order, yields the quote drawn there, or None.

    The quote drawn over a piece starting at ``point`` is the first of the sorted ``quotes``
    (lowest start, then end, then speaker) with ``start <= point < end``. Quotes enter a heap
    as the sweep reaches their start and leave it once it passes their end, so each is pushed
    and popped once: O(n log n) for n quotes.
    """
    heap: list[tuple[int, int, str]] = []
    index = 0
    point = yield None
    while True:
        while index < len(quotes) and quotes[index][0] <= point:
            heapq.heappush(heap, quotes[index])
            index += 1
        while heap and heap[0][1] <= point:
            heapq.heappop(heap)
        point = yield heap[0] if heap else None


def _innermost_reported(spans: list[tuple]):
    """A generator: sent each cut point in increasing order, yields the reported statement drawn
    there (the innermost: latest start, then earliest end), or None.

    In "Netanyahu said Hamas claimed it had fulfilled its obligations" the inner words are
    Hamas's, so they are drawn in Hamas's colour. Spans enter a heap keyed by their start
    (latest first) as the sweep reaches them; a top that has ended is dropped. Each span is
    pushed and popped once: O(n log n) for n spans.
    """
    heap: list[tuple[int, int, int]] = []
    index = 0
    point = yield None
    while True:
        while index < len(spans) and spans[index][0] <= point:
            heapq.heappush(heap, (-spans[index][0], spans[index][1], index))
            index += 1
        while heap and heap[0][1] <= point:
            heapq.heappop(heap)
        point = yield spans[heap[0][2]] if heap else None


def _frame(article, speakers: dict[str, str], body: list[str]) -> str:
    """The fragment: title, legend (categories and speakers' colours) and the marked-up body."""
    legend = ['<div style="font-size:0.85em;margin-bottom:0.8em">']
    for category in CATEGORY_ORDER:
        colour, label = CATEGORY_STYLE[category]
        legend.append(f'<span style="background:{colour};padding:0 4px;margin-right:6px">{html.escape(label)}</span>')
    legend.append(
        f'<br>speakers: <span style="border-bottom:2px solid {UNATTRIBUTED}">quoted words</span> underlined, '
        f'<span style="background:{UNATTRIBUTED}{REPORTED_TINT};border-bottom:2px dashed {UNATTRIBUTED}">reported speech</span> '
        "shaded, in the speaker's colour: "
    )
    for speaker, colour in speakers.items():
        legend.append(f'<span style="border-bottom:2px solid {colour};color:{colour};margin-right:6px">{html.escape(speaker)}</span>')
    legend.append(f'<span style="border-bottom:2px solid {UNATTRIBUTED};color:{UNATTRIBUTED}">speaker unknown</span></div>')
    title = f"<h3>{html.escape(article.title)}</h3>" if getattr(article, "title", "") else ""
    return (
        '<div class="article-highlight" style="font-family:Georgia,serif;line-height:1.5;max-width:46em">'
        + title
        + "".join(legend)
        + "".join(body)
        + "</div>"
    )
