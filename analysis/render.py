"""An article as HTML: quotations coloured by speaker, framing terms highlighted by category.

Article text is untrusted: every piece of it, and every speaker name or term put in a title
attribute, goes through `html.escape`, so ``<script>`` or ``<img onerror=…>`` in an article is
shown as text and never runs. The fragment is self-contained (inline CSS, no scripts, no external
resources), for notebooks (`IPython.display.HTML`) and the HTML report alike.
"""

from __future__ import annotations

import html

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


def highlight_html(article, statements: pd.DataFrame | None, framing: pd.DataFrame | None) -> str:
    """The article body as a self-contained HTML fragment with a legend.

    Quoted voice (`analysis.framing.quote_voice`) is underlined in its speaker's colour, framing
    terms are shaded by category (frame cues are left out to keep the page readable), and every
    mark has a hover title (category, subcategory, lemma, actor; speaker). Paragraphs follow the
    blank lines of the body.
    """
    text = article.text
    quotes = sorted(quote_voice(article, statements))
    speakers: dict[str, str] = {}
    for _, _, speaker in quotes:
        if speaker and speaker not in speakers:
            speakers[speaker] = SPEAKER_COLOURS[len(speakers) % len(SPEAKER_COLOURS)]

    terms: list[tuple[int, int, str, str]] = []  # start, end, category, title
    if framing is not None and len(framing):
        rank = {c: i for i, c in enumerate(CATEGORY_ORDER)}
        shown = framing[framing["category"].isin(CATEGORY_ORDER)].copy()
        shown["rank"] = shown["category"].map(rank)
        taken: list[tuple[int, int]] = []
        for row in shown.sort_values(["rank", "start"]).itertuples(index=False):
            start, end = int(row.start), int(row.end)
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            others = framing[(framing["start"] == start) & (framing["end"] == end)]
            title = "; ".join(
                f"{c}/{s}: {l}" + (f" ({a})" if a else "")
                for c, s, l, a in zip(others["category"], others["subcategory"], others["lemma"], others["actor"])
            )
            terms.append((start, end, row.category, title))
    terms.sort()

    # Cut the text at every boundary, then wrap each piece in the marks that cover it.
    cuts = {0, len(text)}
    for start, end, *_ in quotes + [(s, e, c) for s, e, c, _ in terms]:
        cuts.update((start, end))
    cuts.update(i for i in range(len(text)) if text.startswith("\n\n", i))
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    body = ['<p style="margin:0 0 0.8em 0">']
    for a, b in zip(points, points[1:]):
        piece = text[a:b]
        if piece.startswith("\n\n"):
            body.append('</p><p style="margin:0 0 0.8em 0">')
            piece = piece.lstrip("\n")
            if not piece:
                continue
        chunk = html.escape(piece).replace("\n", "<br>")
        term = next((t for t in terms if t[0] <= a and b <= t[1]), None)
        if term:
            colour = CATEGORY_STYLE[term[2]][0]
            chunk = f'<span style="background:{colour};border-radius:2px" title="{html.escape(term[3])}">{chunk}</span>'
        quote = next((q for q in quotes if q[0] <= a and b <= q[1]), None)
        if quote:
            colour = speakers.get(quote[2], UNATTRIBUTED)
            who = f"quoted: {quote[2]}" if quote[2] else "quoted (speaker unknown)"
            chunk = (
                f'<span style="border-bottom:2px solid {colour};color:{colour}" '
                f'title="{html.escape(who)}">{chunk}</span>'
            )
        body.append(chunk)
    body.append("</p>")

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
