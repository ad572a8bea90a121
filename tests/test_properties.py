"""Property-based tests (hypothesis): arbitrary text never crashes the suite or loses text.

For any Unicode text: loading and every table in `pipeline.TABLES` (iterated, so new tables are
covered) either succeed or raise `ArticleError`; sentence spans partition the body exactly; every
statement's and framing term's offsets point at exactly its text; script content never reaches
an HTML page's text, and the highlighted HTML of any text holds only the renderer's own tags.
Texts are drawn both from all of Unicode and from news-like fragments (quotes, attributions,
lexicon words, abbreviations) that reach deep into the statement and framing rules. Examples are
bounded so the file stays fast; FUZZ_EXAMPLES=5000 searches harder.
"""

from __future__ import annotations

import os
import socket
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import ArticleError, load_article
from analysis.article import Article
from analysis.load import decode_bytes, html_article, normalise_text
from analysis.pipeline import TABLES, analyze
from analysis.segment import MAX_SENTENCE_CHARS, sentence_spans

# FUZZ_EXAMPLES=5000 pytest tests/test_properties.py searches harder (minutes) before a release.
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))
PROPERTY = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(max_examples=max(40, EXAMPLES // 4), deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of news prose: quote marks of every kind, attributions, titles and abbreviations,
# transcript labels, and words from the framing lexicons, so random joins make real statements.
FRAGMENTS = [
    " ", " ", " ", "\n", "\n\n", "\r\n", "\u00a0", "\t", "“", "”", "‘", "’", '"', "'", "«", "»", "(", ")",
    ".", ". ", "!", "?", "…", ",", ":", ";", "—", "-", "said", " said ", "says", "told reporters",
    "according to", "Reuters reported", "he said.", "she added", "warned", "claimed", "denied",
    "officials", "an official", "a spokesperson", "Mr. ", "Dr. ", "Adm. Brad Cooper", "U.S.", "Inc.",
    "SECRETARY RUBIO:", "QUESTION:", "Israel", "Hamas", "Gaza", "IDF", "the UN", "terrorist",
    "terrorists", "militants", "killed", "massacre", "slaughtered", "civilians", "children",
    "allegedly", "may", "clearly", "ceasefire", "hostages", "We will not stop", "The minister",
    "The", "it", "They", "1", "2025", "No. 5", "<script>alert(1)</script>", "&amp;", "\u200b", "\ufeff",
]
NEWSY = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=60).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=300), NEWSY)


@pytest.fixture(autouse=True, scope="module")
def no_network():
    """Arbitrary text can look like a URL: make sure nothing leaves the machine."""

    def refuse(host, *args, **kwargs):
        raise AssertionError(f"property test tried to look up {host!r}")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket, "getaddrinfo", refuse)
        yield


def load_or_none(text: str) -> Article | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # language warnings on random text are expected
        try:
            return load_article(text)
        except ArticleError:
            return None


def check_tables(article: Article) -> None:
    """Every table succeeds (or refuses with ArticleError) and its offsets point at its text."""
    text = article.text
    try:
        tables = analyze(article)
    except ArticleError:
        return
    for name, function in TABLES.items():
        try:
            alone = function(article)
        except ArticleError:
            continue
        assert list(alone.columns) == list(tables[name].columns), name
        assert len(alone) == len(tables[name]), name

    sentences = tables["sentences"]
    if text:
        assert sentences.start.iloc[0] == 0 and sentences.end.iloc[-1] == len(text)
        assert list(sentences.start.iloc[1:]) == list(sentences.end.iloc[:-1])
    assert "".join(sentences.text) == text
    for row in sentences.itertuples():
        assert text[row.start : row.end] == row.text
        assert row.end - row.start <= MAX_SENTENCE_CHARS

    for row in tables["statements"].itertuples():
        assert text[row.start : row.end] == row.quote, row
    for row in tables["framing"].itertuples():
        assert text[row.start : row.end] == row.term, row


@PROPERTY
@given(ANY_TEXT)
def test_loading_any_text_succeeds_or_is_an_article_error_and_keeps_the_body(text):
    article = load_or_none(text)
    if article is None:
        return
    assert article.text.strip()
    if "mojibake_repaired" not in article.metadata:
        # Only the header, the title line and whitespace at the edges are not body.
        assert article.text in normalise_text(text)


@PROPERTY
@given(ANY_TEXT)
def test_every_table_of_any_text_succeeds_and_points_into_the_text(text):
    check_tables(Article(id="prop", title="", text=text, metadata={}))


@FEW
@given(NEWSY)
def test_every_table_of_a_loaded_article_points_into_its_body(text):
    article = load_or_none("Title\n\n" + text)
    if article is not None:
        check_tables(article)


@PROPERTY
@given(st.text(max_size=500))
def test_sentence_spans_partition_any_text(text):
    spans = sentence_spans(text)
    assert "".join(text[s:e] for s, e, _ in spans) == text
    assert all(s < e for s, e, _ in spans)
    assert [p for _, _, p in spans] == sorted(p for _, _, p in spans)


@PROPERTY
@given(st.one_of(st.binary(max_size=400), st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"%PDF"]).flatmap(
    lambda prefix: st.binary(max_size=200).map(lambda rest: prefix + rest))))
def test_any_bytes_decode_or_are_an_article_error(data):
    try:
        text = decode_bytes(data, "bytes")
    except ArticleError as error:
        assert str(error).startswith("bytes: ") and "\n" not in str(error)
    else:
        assert isinstance(text, str) and text


@FEW
@given(st.binary(max_size=300))
def test_any_file_loads_or_is_an_article_error(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "article.txt"
    path.write_bytes(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            article = load_article(path)
    except ArticleError as error:
        assert str(error).startswith(f"{path}: ")
    else:
        assert article.text.strip()


SAFE_TAGS = ["<p>", "</p>", "<div>", "</div>", "<span>", "</span>", "<b>", "</b>", "<br>", "<h1>", "</h1>",
             "<article>", "</article>", "<a href='/x'>", "</a>", "<img src=x onerror='alert(1)'>", "&lt;", "&amp;"]
PAGE_PIECES = st.lists(
    st.one_of(st.sampled_from(SAFE_TAGS), st.sampled_from(FRAGMENTS), st.text(alphabet="abc xyz.", max_size=30)),
    max_size=40,
).map("".join)


@FEW
@given(PAGE_PIECES, PAGE_PIECES)
def test_script_and_style_content_never_reaches_the_text(before, after):
    page = (
        f"<html><head><style>.SECRETSTYLE{{}}</style></head><body>{before}"
        f"<script>var SECRETSCRIPT = 1;</script>{after}<noscript>SECRETNOSCRIPT</noscript></body></html>"
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            article = html_article(page, source="page.html")
    except ArticleError:
        return
    for secret in ("SECRETSTYLE", "SECRETSCRIPT", "SECRETNOSCRIPT", "onerror", "alert(1)"):
        assert secret not in article.text and secret not in article.title



# Markup that once lost the text after it: void elements libxml2 nests the page into, unclosed
# phrasing-only elements and inline tags (depth), and repeats of the previous paragraph.
LOSSY_MARKUP = ['<embed src="x.swf">', '<source src="x.mp4">', "<track>", "<label>", "<button>", "<font color=red>", "<b>", "<span>", "REPEAT"]
PROSE = st.text(alphabet="abcdefghij klmnop", min_size=55, max_size=80).map(lambda t: "Officials said " + " ".join(t.split()) + ".")


@FEW
@given(st.lists(st.tuples(PROSE, st.sampled_from(LOSSY_MARKUP)), min_size=2, max_size=12), st.integers(0, 300))
def test_article_paragraphs_survive_void_unclosed_deep_and_repeated_markup(pairs, extra_fonts):
    paragraphs, body = [], []
    for prose, markup in pairs:
        if markup == "REPEAT" and paragraphs:
            prose = paragraphs[-1]  # the previous paragraph again, right after it
        paragraphs.append(prose)
        body.append(f"<p>{prose}</p>" + ("" if markup == "REPEAT" else markup))
    page = f"<html><head><title>T</title></head><body><article>{'<font>' * extra_fonts}{''.join(body)}</article></body></html>"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = html_article(page, source="page.html")
    assert article.text.split("\n\n") == paragraphs

@FEW
@given(NEWSY)
def test_highlighted_html_of_any_text_has_only_the_renderers_own_tags(text):
    from html.parser import HTMLParser

    from analysis.render import highlight_html

    article = Article(id="prop", title=text[:40], text=text, metadata={})
    tables = analyze(article)
    markup = highlight_html(article, tables["statements"], tables["framing"])
    found: list[tuple[str, list]] = []

    class Elements(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, attrs))

    Elements(convert_charrefs=True).feed(markup)
    assert {tag for tag, _ in found} <= {"div", "h3", "span", "br", "p"}
    assert {name for _, attrs in found for name, _ in attrs} <= {"class", "style", "title"}
