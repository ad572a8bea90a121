"""An article as HTML: quotations coloured by speaker, framing terms highlighted by category.

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

from .framing import quote_voice

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
SPEAKER_COLOURS = ("#1f77b4", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f")
UNATTRIBUTED = "#aaaaaa"
# A paragraph break: a cut at each position where two line feeds begin (overlapping, as "\n\n\n"
# starts a break at two positions).
_PARAGRAPH_CUT = re.compile(r"(?=\n\n)")


def highlight_html(article, statements: pd.DataFrame | None, framing: pd.DataFrame | None) -> str:
    """The article body as a self-contained HTML fragment with a legend.

    Quoted voice (`analysis.framing.quote_voice`) is underlined in its speaker's colour, framing
    terms are shaded by category (frame cues are left out to keep the page readable), and every
    mark has a hover title (category, subcategory, lemma, actor; speaker). Paragraphs follow the
    blank lines of the body. Time and memory grow linearly with the text and the tables (one
    sweep over the cut points; see `_shown_terms` and `_covering_quotes`).
    """
    text = article.text
    quotes = sorted(quote_voice(article, statements))
    speakers: dict[str, str] = {}
    for _, _, speaker in quotes:
        if speaker and speaker not in speakers:
            speakers[speaker] = SPEAKER_COLOURS[len(speakers) % len(SPEAKER_COLOURS)]
    terms = _shown_terms(framing, len(text))

    # Cut the text at every boundary, then wrap each piece in the marks that cover it.
    cuts = {0, len(text)}
    for start, end, *_ in quotes:
        cuts.update((start, end))
    for start, end, *_ in terms:
        cuts.update((start, end))
    cuts.update(match.start() for match in _PARAGRAPH_CUT.finditer(text))
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    body = ['<p style="margin:0 0 0.8em 0">']
    term_index = 0
    covering = _covering_quotes(quotes)
    next(covering)
    for a, b in zip(points, points[1:]):
        quote = covering.send(a)
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
            colour = speakers.get(quote[2], UNATTRIBUTED)
            who = f"quoted: {quote[2]}" if quote[2] else "quoted (speaker unknown)"
            chunk = (
                f'<span style="border-bottom:2px solid {colour};color:{colour}" '
                f'title="{html.escape(who)}">{chunk}</span>'
            )
        body.append(chunk)
    body.append("</p>")
    return _frame(article, speakers, body)


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


def _frame(article, speakers: dict[str, str], body: list[str]) -> str:
    """The fragment: title, legend (categories and speakers' colours) and the marked-up body."""
    legend = ['<div style="font-size:0.85em;margin-bottom:0.8em">']
    for category in CATEGORY_ORDER:
        colour, label = CATEGORY_STYLE[category]
        legend.append(f'<span style="background:{colour};padding:0 4px;margin-right:6px">{html.escape(label)}</span>')
    legend.append("<br>quoted voice: ")
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
