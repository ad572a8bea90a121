"""The main text of an HTML page (trafilatura; Barbaresi 2021), with nothing lost unsaid.

The page is parsed by lxml (libxml2), whose HTML parser predates HTML5 in two ways that lose
article text, and trafilatura drops repeated paragraphs. Each is repaired or reported here:

- libxml2 does not know every void element: after ``<embed>`` (or ``<source>``, ``<track>``) the
  rest of the page becomes the element's children, and removing the element removed them too.
  Such children are moved back out (`_unwrap_misparsed`), as are the contents of an unclosed
  ``<label>``, ``<button>`` or ``<select>`` that swallowed paragraphs (these hold only phrasing
  content in HTML5, so a paragraph inside one was never meant to be there).
- libxml2 stops nesting at 255 levels and drops what is deeper (300 paragraphs each with an
  unclosed ``<font>`` kept 127), and trafilatura reads no deeper either. A page that reaches the
  limit is parsed again with presentational inline tags (``<font>``, ``<b>``, …) removed and
  libxml2's larger limit (``html_inline_tags_removed``); if it is still too deep, that is
  reported (``html_text_dropped``).
- trafilatura keeps one copy of a long paragraph that the page repeats. Repeats that stand one
  after the other in the page are put back; others are reported.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .errors import ArticleError

# Elements whose content is never article text, dropped before extraction: scripts (but not
# JSON-LD metadata, which is data and gives author and date), styles, script fallbacks ("please
# enable JavaScript"), templates, embedded frames and objects, and form controls. trafilatura
# drops most of them itself, but takes a title from an <h1> with a <script> inside it as is, and
# falls back on <noscript> text when a page has nothing else.
_NOT_TEXT_ELEMENTS = (
    "//script[not(contains(@type, 'ld+json'))]|//style|//noscript|//template|//iframe|//object|//embed"
    "|//textarea|//select|//button"
)
# HTML5 void elements (WHATWG HTML §13.1.2): they never have content, so children that libxml2
# gives them are the page's following content.
_VOID_ELEMENTS = (
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
)
# Elements whose HTML5 content model is phrasing content or options only: a block element inside
# one means the page never closed it.
_PHRASING_ONLY = ("label", "button", "select")
_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "table", "article", "section")
# Tree depth at which libxml2 stops nesting and drops what is deeper (255 by default; 2,047 with
# its XML_PARSE_HUGE option), and at which trafilatura stops reading even a deeper tree (254):
# measured with lxml 6.1 on libxml2 2.14 and trafilatura 2.3 (300 unclosed <font> tags).
DEPTH_LIMIT = 254
_FLATTENED = "the page nests tags too deep to read; font, b, i, span and other inline tags were removed, their text kept"
_TOO_DEEP = f"the page nests elements deeper than {DEPTH_LIMIT} levels even without inline tags; text nested deeper is not read"
# Presentational inline tags, removed (their text kept) when a page nests too deep: they carry no
# structure the extractor uses, and unclosed ones are what builds such depth in old pages.
_INLINE_TAGS = re.compile(r"</?(?:font|b|i|u|s|em|strong|span|small|big|tt|strike|center|sub|sup|mark|nobr|blink)\b[^>]*>", re.I)
# trafilatura drops a repeat of a paragraph longer than this many characters (its
# MIN_DUPLICATE_LENGTH); shorter repeats ("Advertisement") are kept or dropped by its other rules.
REPEAT_MIN_CHARS = 50
_LEAF_BLOCKS = ("p", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "td", "dd")


@dataclass
class PageText:
    """The extracted document (trafilatura's), and notes on text repaired or dropped."""

    document: object
    text: str
    notes: dict[str, str] = field(default_factory=dict)


def page_text(html: str, source: str, url: str | None = None) -> PageText:
    """The main text of ``html`` and trafilatura's metadata; `ArticleError` when there is none.

    ``notes`` holds ``html_inline_tags_removed`` and ``html_repeats_restored`` (what was
    repaired to keep the text), ``html_repeats_dropped`` and ``html_text_dropped`` (what could
    not be kept, and why).
    """
    import trafilatura

    tree, notes = _parse(html, source)
    try:
        _unwrap_misparsed(tree)
        for element in tree.xpath(_NOT_TEXT_ELEMENTS):
            element.drop_tree()  # keeps the text that follows the element
        page_blocks = _leaf_block_texts(tree)
        document = trafilatura.bare_extraction(
            tree, url=url, include_comments=False, include_tables=False, with_metadata=True, favor_precision=True
        )
    except (ValueError, TypeError, RecursionError, AttributeError) as error:
        # lxml and trafilatura raise these on pathological markup; it is bad input, not a bug here.
        raise ArticleError(source, f"HTML page could not be parsed ({type(error).__name__})") from None
    if document is None or not (document.text or "").strip():
        raise ArticleError(source, "no article text found in the HTML page")
    text, repeat_notes = _restore_repeats(document.text, page_blocks)
    return PageText(document, text, {**notes, **repeat_notes})


def _parse(html: str, source: str):  # noqa: ANN202 (an lxml tree)
    """The page's tree, parsed again without inline tags when it nests deeper than `DEPTH_LIMIT`."""
    from trafilatura.utils import load_html

    try:
        # A fragment without <html> or <body> ("<p>…</p>") is refused by load_html: wrap it.
        tree = load_html(html)
        if tree is None:
            tree = load_html(f"<html><body>{html}</body></html>")
    except (ValueError, TypeError, RecursionError, AttributeError) as error:
        raise ArticleError(source, f"HTML page could not be parsed ({type(error).__name__})") from None
    if tree is None:
        raise ArticleError(source, "no article text found in the HTML page")
    if _depth(tree) < DEPTH_LIMIT:
        return tree, {}
    flat = _parse_huge(_INLINE_TAGS.sub("", html))
    if flat is None:
        flat = tree
    if _depth(flat) < DEPTH_LIMIT:
        return flat, {"html_inline_tags_removed": _FLATTENED}
    return flat, {"html_text_dropped": _TOO_DEEP}


def _parse_huge(html: str):  # noqa: ANN202
    """``html`` parsed with libxml2's larger depth limit, as trafilatura parses it otherwise."""
    import lxml.html

    parser = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True, huge_tree=True)
    try:
        return lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", html), parser=parser)
    except (ValueError, TypeError, RecursionError):  # lxml.etree.ParserError is a ValueError
        return None


def _depth(tree) -> int:  # noqa: ANN001
    """The greatest number of nested elements in ``tree`` (one walk, no recursion)."""
    from lxml import etree

    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _unwrap_misparsed(tree) -> None:  # noqa: ANN001
    """Move content out of void elements, and out of phrasing-only elements holding blocks."""
    void = tree.xpath("|".join(f"//{name}[* or normalize-space(text())]" for name in _VOID_ELEMENTS))
    blocks = " or ".join(f".//{name}" for name in _BLOCKS)
    unclosed = tree.xpath("|".join(f"//{name}[{blocks}]" for name in _PHRASING_ONLY))
    for element in reversed(void + unclosed):  # innermost first, so each move is final
        if element.getparent() is not None:
            element.drop_tag()  # the element goes; its text, children and tail stay in place


def _normalised(text: str) -> str:
    return " ".join(text.split())


def _leaf_block_texts(tree) -> list[str]:  # noqa: ANN001
    """The text of every block holding no other block, in page order (whitespace normalised)."""
    texts = []
    for element in tree.iter(*_LEAF_BLOCKS):
        if any(True for _ in element.iterdescendants(*_LEAF_BLOCKS)):
            continue
        text = _normalised(element.text_content())
        if text:
            texts.append(text)
    return texts


def _restore_repeats(text: str, page_blocks: list[str]) -> tuple[str, dict[str, str]]:
    """``text`` with the repeats of long paragraphs that the extractor dropped put back.

    The text's paragraphs are matched in order against the page's blocks: where the page shows
    a paragraph (longer than `REPEAT_MIN_CHARS`) k times in a row and the text has fewer copies
    there, the missing copies are put back. Repeats elsewhere in the page that the text lacks (a
    pull quote restating the body) are not guessed at: they are counted in
    ``html_repeats_dropped``.
    """
    positions: dict[str, list[int]] = {}
    for index, block in enumerate(page_blocks):
        positions.setdefault(block, []).append(index)
    runs: list[tuple[str, str, int]] = []  # (paragraph, its normalised key, copies in a row)
    for paragraph in text.split("\n"):
        key = _normalised(paragraph)
        if runs and runs[-1][1] == key:
            runs[-1] = (runs[-1][0], key, runs[-1][2] + 1)
        else:
            runs.append((paragraph, key, 1))
    out: list[str] = []
    kept: dict[str, int] = {}
    restored, cursor = 0, 0
    for paragraph, key, copies in runs:
        found = positions.get(key, [])
        at = bisect.bisect_left(found, cursor)
        if at < len(found) and len(key) > REPEAT_MIN_CHARS:
            start = found[at]
            length = 1
            while start + length < len(page_blocks) and page_blocks[start + length] == key:
                length += 1
            restored += max(0, length - copies)
            copies = max(copies, length)
            cursor = start + length
        out.extend([paragraph] * copies)
        kept[key] = kept.get(key, 0) + copies
    dropped = sum(
        max(0, len(positions[key]) - count) for key, count in kept.items() if key in positions and len(key) > REPEAT_MIN_CHARS
    )
    notes = {}
    if restored:
        notes["html_repeats_restored"] = f"{restored} repeat(s) of paragraphs the page shows one after another, dropped by the extractor, put back"
    if dropped:
        notes["html_repeats_dropped"] = f"{dropped} repeat(s) of paragraphs the page shows apart (as pull quotes do) were kept once by the extractor (trafilatura)"
    return "\n".join(out), notes
