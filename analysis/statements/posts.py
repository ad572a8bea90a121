"""Embedded social-media posts: paragraphs closed by an embed signature ``— Name (@handle) Month D, YYYY``.

News pages that embed a post (Twitter's embed markup, flattened to text) print the post's
paragraphs and then its signature: the author's name, the handle in parentheses and the date
("… pic.twitter.com/Ig… — Justin Wolfers (@JustinWolfers) September 13, 2016"). The post is
the author's words, one direct row per paragraph (the gold convention of
``tests/gold/statements/allsides.csv``), and the signature, the trailing link and the
introduction of the post are not part of them.
"""

from __future__ import annotations

import bisect
import re

from .context import Context, Statement
from .lexicons import closed_class
from .names import Speaker
from .patterns import MONTHS

# The signature at a paragraph's end; the name is what stands between the dash and the handle.
_SIGNATURE_RE = re.compile(
    rf"[ \t]*(?:[—–]|--)[ \t]*(?P<name>[^\n()—–@]{{1,60}}?)[ \t]*\(@\w{{1,30}}\)[ \t]*"
    rf"(?:(?:{MONTHS})\.?[ \t]+\d{{1,2}},[ \t]+\d{{4}})?[ \t]*$"
)

# A link the embed leaves before the signature ("pic.twitter.com/…", "https://t.co/…"), glued to
# the last word or not.
_TRAILING_LINK_RE = re.compile(r"(?:pic\.twitter\.com/\S*|https?://\S*)\s*$")

_LINK_RE = re.compile(r"(?:pic\.twitter\.com|https?://)\S*")

# A post holds at most 280 characters (Twitter's limit since 2017; links count as 23), so the
# paragraphs before a signature belong to its post only while they fit.
POST_LIMIT = 280

# A cue of the past tense outside quotation marks ("Trump tweeted:", '"…," she wrote.') makes
# a paragraph the article's sentence about a post, not the post.
_PAST_CUE_WORDS = frozenset(closed_class("past_cue_word"))


def _article_sentence(ctx: Context, start: int, end: int) -> bool:
    """Whether a paragraph reports in the article's voice: a past-tense cue outside quotation
    marks ('"I am more at home here," she tweeted.', "Wolfers tweeted:"), where a post's own
    words would say "show" or "say"."""
    return any(
        (cue.text.endswith("ed") or cue.text in _PAST_CUE_WORDS) and not ctx.inside_quote(cue.start)
        for cue in ctx.cues_between(start, end)
    )


def is_post(statement: Statement) -> bool:
    """Whether a row is a paragraph of an embedded post (`social_posts`): no later quotation
    continues it, since the post ends at its signature."""
    return statement.via == "label" and statement.cue == "—"


def post_length(text: str) -> int:
    """Characters a paragraph takes of a post's limit, links counted as 23 (Twitter's rule):
    ``post_length("Median +5.2% pic.twitter.com/IgFUBDeyK8") == 36``."""
    return len(_LINK_RE.sub("x" * 23, text.strip()))


def _names_author(paragraph: str, author: str) -> bool:
    """Whether a paragraph names the post's author by the last word of the signature's name
    ("Mayor Ortiz welcomed the decision" before a post signed "Lena Ortiz"): a post does not
    speak of its author in the third person, the article's introduction does."""
    words = author.split()
    return bool(words) and re.search(rf"\b{re.escape(words[-1])}\b", paragraph) is not None


def _post_start(ctx: Context, last: int, used: int, author: str) -> int:
    """Index of the first paragraph of the post that ends at paragraph ``last``: earlier
    paragraphs are taken while the whole post fits `POST_LIMIT`, stopping at the article's own
    sentence (`_article_sentence`: "Wolfers tweeted:"; `_names_author`) or at another post's
    signature."""
    text = ctx.text
    first = last
    while first > 0:
        p_start, p_end = ctx.paragraphs[first - 1]
        paragraph = text[p_start:p_end]
        used += post_length(paragraph)
        if used > POST_LIMIT or "(@" in paragraph or _article_sentence(ctx, p_start, p_end) or _names_author(paragraph, author):
            break
        first -= 1
    return first


def social_posts(ctx: Context) -> list[Statement]:
    """Embedded posts, one direct row per paragraph, spoken by the signature's name:
    "Income gains across the board." ¶ "Median +5.2% pic.twitter.com/x — Justin Wolfers
    (@JustinWolfers) September 13, 2016" gives two rows by "Justin Wolfers", the second
    "Median +5.2%". A paragraph that is only a signature (the post itself was an image) gives
    none."""
    text = ctx.text
    found: list[Statement] = []
    position = text.find("(@")
    while position >= 0:
        p_start, p_end = ctx.paragraph_of(position)
        signature = _SIGNATURE_RE.search(text, p_start, p_end)
        position = text.find("(@", p_end)
        if signature is None:
            continue
        speaker = Speaker(signature.group("name").strip(), signature.start("name"), signature.start("name") + len(signature.group("name").strip()))
        link = _TRAILING_LINK_RE.search(text, p_start, signature.start())
        body_end = link.start() if link else signature.start()
        while body_end > p_start and text[body_end - 1].isspace():
            body_end -= 1
        last = bisect.bisect_left(ctx.paragraph_starts, p_start)
        first = _post_start(ctx, last, post_length(text[p_start:body_end]), speaker.text)
        for index in range(first, last + 1):
            start, end = ctx.paragraphs[index]
            end = body_end if index == last else end
            if text[start:end].strip():
                found.append(Statement("direct", speaker, "—", -1, start, end, "", "", via="label"))
    return found
