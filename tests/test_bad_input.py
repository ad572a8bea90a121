"""Bad input and untrusted text: one-line errors (exit 2), text kept intact, nothing executed.

Every kind of bad input in the README's "Bad input" table has a test here. URLs are tested
against a local `http.server` on 127.0.0.1 only; `no_network` makes any other address fail.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import warnings
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401 (registers "sloppy-windows-1252")
import pytest

from analysis import ArticleError, load_article
from analysis import load as load_module
from analysis.article import Article
from analysis import fetch as fetch_module
from analysis.fetch import fetch_url
from analysis.load import decode_bytes, html_article, repair_mojibake, text_article
from analysis.pipeline import TABLES, analyze
from analysis.segment import MAX_SENTENCE_CHARS, sentence_spans

from .conftest import CENTCOM, ROOT

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGE = FIXTURES / "page_with_nav_and_comments.html"
BODY = (
    "Aid talks resume\n\n"
    "The minister said the talks would resume on Monday. Aid trucks waited at the crossing for a third day.\n\n"
    "“We are ready,” a spokesperson said.\n"
)
ARTICLE_TEXT = (
    "The minister said the talks would resume on Monday. Aid trucks waited at the crossing for a third day."
    "\n\n“We are ready,” a spokesperson said."
)
# Two paragraphs of UTF-8 read as cp1252: what a mis-configured CMS or scraper produces.
CLEAN = "Title\n\nThe minister said “we will not stop” and left — quickly.\n\nIt’s over, the café owner said."
MOJIBAKE = CLEAN.encode("utf-8").decode("sloppy-windows-1252")
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=120,
        env=None if env is None else {**os.environ, **env},
    )


def load_quietly(source):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_article(source)


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any name lookup other than the loopback interface fails the test (and sends nothing)."""
    real = socket.getaddrinfo

    def loopback_only(host, *args, **kwargs):
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name not in LOOPBACK:
            pytest.fail(f"test tried to reach a non-loopback host {name!r}")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", loopback_only)


# --- files -------------------------------------------------------------------------------


BAD_FILES = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \r\n\t\n \xc2\xa0\n", "empty file"),
    "binary.txt": (bytes(range(256)) * 8, "binary data (NUL bytes), not text"),
    "controls.txt": (bytes(range(1, 32)) * 40, "binary data (control characters), not text"),
    "report.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>>", "binary data (a PDF document), not text"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data (a PNG image), not text"),
    "photo.html": (b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary data (a JPEG image), not text"),
    "archive.md": (b"PK\x03\x04\x14\x00\x06\x00", "binary data (a ZIP archive (or Office document)), not text"),
    "header-only.txt": (b"outlet: X\ndate: 2025\n---\n", "no article text after the header"),
    "script-only.html": (b"<html><head><script>alert(1)</script></head><body></body></html>", "no article text found in the HTML page"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_one_line_error_naming_file_and_problem(tmp_path, name):
    data, problem = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    assert str(caught.value) == f"{path}: {problem}"
    assert "\n" not in str(caught.value)


def test_missing_file_folder_and_device_are_errors(tmp_path):
    cases = {
        str(tmp_path / "missing.txt"): "file not found",
        str(tmp_path): "is a folder, not an article file",
        "/dev/zero": "not a regular file",  # would never end if read
    }
    for source, problem in cases.items():
        with pytest.raises(ArticleError) as caught:
            load_article(source)
        assert str(caught.value) == f"{source}: {problem}"


def test_file_over_the_size_limit_is_refused_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(load_module, "FILE_MAX_BYTES", 1000)
    path = tmp_path / "long.txt"
    path.write_text("Title\n\n" + "word " * 400, encoding="utf-8")
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    assert str(caught.value) == f"{path}: file too large (over the 1,000-byte limit)"


@pytest.mark.parametrize(
    "source",
    ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:relative.txt", "mailto:a@b.org"],
)
def test_other_url_schemes_are_refused_not_read_as_text(source):
    scheme = source.split(":")[0]
    with pytest.raises(ArticleError) as caught:
        load_article(source)
    assert str(caught.value) == f"{source}: unsupported URL scheme '{scheme}' (only http and https)"


def test_text_that_starts_like_a_scheme_is_still_text():
    assert load_article("Data: the ministry released new figures on Monday.").text == (
        "Data: the ministry released new figures on Monday."
    )
    # Nothing is fetched (no_network would fail the test): a line with spaces is not a URL.
    assert load_article("https://example.org is down, the ministry said.").text == (
        "https://example.org is down, the ministry said."
    )


def test_strings_that_cannot_be_paths_are_read_as_text():
    # A NUL byte or an unknown "~user" cannot name a file: such a line is the article itself.
    assert load_article("Officials met\x00 on Monday.").text == "Officials met\x00 on Monday."
    assert load_article("~nosuchuser-xyz said no.").text == "~nosuchuser-xyz said no."


def test_load_article_refuses_non_text_objects():
    with pytest.raises(ArticleError) as caught:
        load_article(b"bytes are not a path")
    assert str(caught.value) == "b'bytes are not a path': cannot load an article from bytes"


# --- encodings and characters: handled, text intact --------------------------------------


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("utf-8", BODY.encode("utf-8")),
        ("utf-8-sig", BODY.encode("utf-8-sig")),
        ("utf-16", BODY.encode("utf-16")),
        ("utf-16-le", BODY.encode("utf-16-le")),
        ("utf-16-be", BODY.encode("utf-16-be")),
        ("utf-32", BODY.encode("utf-32")),
        ("cp1252", BODY.encode("cp1252")),
        ("utf-8", BODY.replace("\n", "\r\n").encode("utf-8")),  # CRLF
        ("utf-8", BODY.replace("\n", "\r").encode("utf-8")),  # old Mac CR
    ],
)
def test_encodings_and_line_ends_give_the_same_article(tmp_path, encoding, data):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    article = load_article(path)
    assert article.title == "Aid talks resume"
    assert article.text == ARTICLE_TEXT
    assert article.metadata["encoding"] == encoding
    assert "mojibake_repaired" not in article.metadata


def test_cp1252_curly_quotes_come_out_as_curly_quotes():
    assert decode_bytes(b"He said \x93no\x94 \x96 it\x92s over.", "x") == "He said “no” – it’s over."


def test_short_runs_of_cp1252_quotes_are_not_taken_for_chinese():
    assert decode_bytes(b"\x93\x94", "x") == "“”"
    assert decode_bytes(b"\x91\x92\x93\x94\x96\x97", "x") == "‘’“”–—"


def test_bytes_undefined_in_cp1252_are_kept_not_refused(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes(b"Title\n\nHe said \x93no\x94 \x81 and \x9d left.")
    article = load_article(path)
    assert article.text == "He said “no” \x81 and \x9d left."
    assert article.metadata["encoding"] == "sloppy-windows-1252"


@pytest.mark.parametrize(
    ("encoding", "language"), [("gb18030", "zh"), ("shift_jis", "ja"), ("euc-kr", "ko")]
)
def test_east_asian_encodings_are_decoded_and_flagged_as_not_english(tmp_path, encoding, language):
    text = {
        "zh": "停火协议\n\n" + "这是一个关于加沙停火的新闻报道，官员们说谈判将在周一恢复。" * 5,
        "ja": "停戦合意\n\n" + "これはガザ停戦についてのニュース記事で、交渉は月曜日に再開されます。" * 5,
        "ko": "휴전 합의\n\n" + "이것은 가자 휴전에 관한 뉴스 기사이며 협상은 월요일에 재개됩니다. " * 5,
    }[language]
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    with pytest.warns(UserWarning, match=f"looks like language '{language}'"):
        article = load_article(path)
    assert article.title + "\n\n" + article.text == text.strip()
    assert article.metadata["language"] == language


def test_mojibake_is_repaired_and_the_repair_recorded(tmp_path):
    path = tmp_path / "mojibake.txt"
    path.write_text(MOJIBAKE, encoding="utf-8")
    assert "â€œ" in MOJIBAKE
    article = load_article(path)
    assert article.title + "\n\n" + article.text == CLEAN
    assert article.metadata["mojibake_repaired"] == "encode sloppy-windows-1252, decode utf-8"


def test_mixed_file_utf8_with_a_cp1252_byte_is_repaired(tmp_path):
    # Not valid UTF-8 (two cp1252 quotes), but mostly UTF-8: the two bytes alone are read as
    # cp1252, the rest as UTF-8, and the metadata says so.
    path = tmp_path / "mixed.txt"
    path.write_bytes("Title\n\nThe café’s owner said “no” to the plan.".encode("utf-8") + b" \x93Never.\x94")
    article = load_article(path)
    assert article.text == "The café’s owner said “no” to the plan. “Never.”"
    assert article.metadata["encoding"] == "utf-8"
    assert article.metadata["encoding_repaired"] == "2 bytes not valid UTF-8 read as cp1252 (first at character 47)"
    assert "mojibake_repaired" not in article.metadata


def test_a_double_encoded_title_given_by_a_corpus_row_is_repaired():
    # As in AllSides titles: UTF-8 read as cp1252 twice ("Ã¢â‚¬Ëœ" for "‘").
    title = "Activists ‘Have Never Been More Hopeful’"
    twice = title.encode("utf-8").decode("sloppy-windows-1252").encode("utf-8").decode("sloppy-windows-1252")
    assert twice == "Activists Ã¢â‚¬ËœHave Never Been More HopefulÃ¢â‚¬â„¢"
    article = text_article(f"{twice}\n\nThe body is fine, officials said.", metadata={"title": twice})
    assert (article.title, article.text) == (title, "The body is fine, officials said.")
    assert article.metadata["mojibake_repaired"] == (
        "encode sloppy-windows-1252, decode utf-8, encode sloppy-windows-1252, decode utf-8"
    )


def test_a_lone_suspicious_letter_is_not_repaired():
    # One "Ã" can be a real letter (Portuguese, a key name): below the repair threshold.
    assert repair_mojibake("The “Â” key and SÃO PAULO stay as written.") == (
        "The “Â” key and SÃO PAULO stay as written.",
        "",
    )


QUOTES_MOJIBAKE = (
    "Title\n\nReaders wrote in about the “â€œ” they saw where a quote mark belonged. "
    "The site’s editor said the bug — “an encoding mix-up” — was fixed."
)


def test_correct_text_that_quotes_mojibake_is_not_rewritten(tmp_path):
    path = tmp_path / "about-mojibake.txt"
    path.write_text(QUOTES_MOJIBAKE, encoding="utf-8")
    article = load_article(path)
    assert article.title + "\n\n" + article.text == QUOTES_MOJIBAKE
    assert "mojibake_repaired" not in article.metadata
    # The same text as a string (a corpus row): its own curly quotes outweigh the telltales.
    assert text_article(QUOTES_MOJIBAKE).text == QUOTES_MOJIBAKE.split("\n\n", 1)[1]


def test_clean_utf8_with_few_telltales_and_straight_quotes_is_not_rewritten(tmp_path):
    body = ('The page showed "â€œ" and "â€™" where quotes belonged, readers said. ' + "The editor fixed it on Monday. " * 60).strip()
    path = tmp_path / "straight.txt"
    path.write_text("Title\n\n" + body, encoding="utf-8")
    assert load_article(path).text == body
    # Without the bytes' evidence (a string) the same text is taken for mojibake: nothing but
    # telltales among its non-ASCII characters.
    assert text_article(body).metadata["mojibake_repaired"]


def test_non_breaking_spaces_and_invisible_characters_are_kept():
    text = "Officials\u00a0said the\u200b talks\u00ad would resume.\u00a0\u00a0Aid trucks waited."
    article = load_article("Title\n\n" + text)
    assert article.text == text
    spans = sentence_spans(article.text)
    assert [article.text[s:e] for s, e, _ in spans] == [
        "Officials\u00a0said the\u200b talks\u00ad would resume.\u00a0\u00a0",
        "Aid trucks waited.",
    ]


def test_lone_surrogates_become_replacement_characters_and_pairs_are_joined():
    article = load_article("Title\n\nA broken escape \ud800 here and an emoji \ud83d\ude00 there.")
    assert article.text == "A broken escape \ufffd here and an emoji 😀 there."


def test_unbalanced_and_nested_quotes_keep_every_character():
    text = (
        "“He said ‘we will “never” leave’ and then,” the aide added. "
        "“An opening quote that never closes. Another sentence. ”Stray closer. 'Single \"mixed” quotes."
    )
    article = load_article("Title\n\n" + text)
    assert article.text == text
    tables = analyze(article)
    assert "".join(tables["sentences"].text) == text
    for row in tables["statements"].itertuples():
        assert text[row.start : row.end] == row.quote


def test_huge_paragraph_without_punctuation_is_bounded_in_time():
    text = " ".join(f"word{i % 97}" for i in range(200_000))  # about 1.4 MB, no sentence end
    started = time.perf_counter()
    spans = sentence_spans(text)
    assert time.perf_counter() - started < 2
    assert max(e - s for s, e, _ in spans) <= MAX_SENTENCE_CHARS
    assert "".join(text[s:e] for s, e, _ in spans) == text


@pytest.mark.parametrize(
    "text",
    [
        "a" + "." * 100_000 + "b",  # was quadratic: each dot restarted a scan of the run
        "?!" * 50_000 + "x",
        "a" + "\n" * 100_000 + "b",  # was quadratic: each blank line rescanned the run
        "a" + "\n \n" * 50_000 + "b",
        ". " * 50_000,
    ],
    ids=["dots", "marks", "newlines", "blank-lines", "dot-space"],
)
def test_pathological_runs_segment_in_linear_time(text):
    started = time.perf_counter()
    spans = sentence_spans(text)
    assert time.perf_counter() - started < 2
    assert "".join(text[s:e] for s, e, _ in spans) == text


# --- non-English --------------------------------------------------------------------------


FRENCH = (
    "Les négociations reprendront lundi\n\n"
    "Les camions d'aide humanitaire ont attendu au point de passage pendant trois jours. "
    "Le ministre a déclaré que les négociations reprendraient lundi, selon un porte-parole."
)


def test_non_english_text_is_analysed_but_flagged_and_warned():
    with pytest.warns(UserWarning) as caught:
        article = load_article(FRENCH)
    assert article.metadata["language"] == "fr"
    assert article.metadata["language_warning"] == (
        "<text>: text looks like language 'fr', not English; "
        "lexicon and sentiment figures assume English and are not meaningful"
    )
    assert [str(w.message) for w in caught] == [article.metadata["language_warning"]]


def test_short_texts_in_other_scripts_are_not_taken_for_english():
    from analysis.language import detect_language

    assert detect_language("Talks resume.") == ("en", 0.0)  # too short to tell: English assumed
    assert detect_language("שלום עולם, אמר השר")[0] == "he"
    assert detect_language("قال الوزير إن المحادثات ستستأنف")[0] == "ar"


def test_cli_warns_on_stderr_for_non_english(tmp_path):
    path = tmp_path / "french.txt"
    path.write_text(FRENCH, encoding="utf-8")
    result = run("sentences", str(path))
    assert result.returncode == 0
    assert result.stderr == (
        f"warning: {path}: text looks like language 'fr', not English; "
        "lexicon and sentiment figures assume English and are not meaningful\n"
    )
    assert len(result.stdout.splitlines()) == 2


# --- HTML: main text kept, page furniture and active content dropped ----------------------

PAGE_BODY = [
    "Dozens of trucks carrying food and medicine crossed into Gaza on Monday, the third day of a "
    "ceasefire that both sides said they would respect.",
    "“We are seeing the first real movement in weeks,” said a United Nations spokesperson, who asked "
    "that the agency’s warehouses be restocked before winter.",
    "Officials at the crossing said inspections were slower than planned. A convoy of 40 lorries waited "
    "for six hours before it was cleared, according to drivers.",
    "The ceasefire agreement, brokered over two weeks of talks, sets out three phases. The first covers "
    "the exchange of hostages and prisoners and the entry of aid.",
    "Residents returning to the north described streets they no longer recognised. “There is nothing left "
    "of our street,” said one man, standing beside the ruins of his home.",
]
MARKERS = (
    "MARKER", "alert(", "document.", "window.", "font-family", "Subscribe", "Privacy", "Leave a Reply",
    "Post Comment", "All rights reserved", "By Dana Writer",
)


def test_saved_page_keeps_the_article_body_and_drops_the_rest():
    article = load_article(PAGE)
    assert article.text == "\n\n".join(PAGE_BODY)
    assert article.title == "Aid convoys cross into Gaza as ceasefire holds"
    assert {k: article.metadata[k] for k in ("outlet", "author", "date", "encoding", "language")} == {
        "outlet": "The Example Ledger",
        "author": "Dana Writer",
        "date": "2025-10-20",
        "encoding": "utf-8",
        "language": "en",
    }


def test_no_script_style_or_handler_content_reaches_any_table():
    article = load_article(PAGE)
    for name, table in analyze(article).items():
        for column in table.columns:
            if table[column].dtype == object:
                cells = " ".join(map(str, table[column].dropna()))
                for marker in MARKERS:
                    assert marker not in cells, (name, column, marker)


def test_html_with_text_extension_is_read_as_html(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_bytes(PAGE.read_bytes())
    assert load_article(path).text == "\n\n".join(PAGE_BODY)


def test_plain_text_saved_as_html_is_read_as_text(tmp_path):
    path = tmp_path / "saved.html"
    path.write_text(BODY, encoding="utf-8")
    article = load_article(path)
    assert (article.title, article.text) == ("Aid talks resume", ARTICLE_TEXT)


def test_an_html_fragment_without_html_or_body_tags_is_read():
    article = html_article("<p>Officials said the talks would resume on Monday.</p>", source="fragment.html")
    assert article.text == "Officials said the talks would resume on Monday."


def test_escaped_markup_in_the_article_is_kept_as_text():
    # An article about an attack quotes the attack's code: that is text and must stay text.
    page = (
        "<html><head><title>Forum hacked</title></head><body><article><h1>Forum hacked</h1>"
        "<p>The attacker posted &lt;script&gt;alert(1)&lt;/script&gt; into the forum, the company said. "
        "Thousands of users saw a pop-up before the post was removed on Tuesday morning.</p>"
        '<p>Security staff said <img src="x" onerror="alert(2)">the hole was closed within an hour '
        "and that no passwords were taken, according to a statement.</p></article></body></html>"
    )
    article = html_article(page, source="forum.html")
    assert "<script>alert(1)</script>" in article.text
    assert "onerror" not in article.text and "alert(2)" not in article.text


@pytest.mark.parametrize(
    "page",
    [
        "<",
        "<html>" * 5000,
        "<div>" * 20_000 + "Deeply nested text that keeps going. " * 20 + "</div>" * 20_000,
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>' + "Declared XML text. " * 20 + "</p></body></html>",
        "<html><body><p>" + "Text with a NUL \x00 byte. " * 20 + "</p></body></html>",
        "<html><body><![CDATA[" + "hidden " * 50 + "]]></body></html>",
    ],
    ids=["lt", "open-tags", "deep-nesting", "xml-declaration", "nul", "cdata"],
)
def test_malformed_html_loads_or_is_an_article_error(page):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # some of these pages read as another language
            article = html_article(page, source="page.html")
    except ArticleError as error:
        assert str(error).startswith("page.html: ")
    else:
        assert article.text.strip()


def _numbered_page(body: str) -> str:
    return f"<html><head><title>Aid talks</title></head><body><article>{body}</article></body></html>"


NUMBERED = "Paragraph {i} says that the officials met again on Monday to discuss the aid convoy."


@pytest.mark.parametrize(
    "element",
    ['<embed src="clip.swf">', '<source src="clip.mp4">', '<track src="clip.vtt">', "<label>Name", "<button>Share", "<select>"],
)
def test_text_after_a_void_or_unclosed_element_is_kept(element):
    # libxml2 makes the rest of the page the children of these; dropping them dropped it too.
    page = _numbered_page(f"<p>{NUMBERED.format(i=1)}</p>{element}" + "".join(f"<p>{NUMBERED.format(i=i)}</p>" for i in range(2, 6)))
    article = load_quietly_html(page)
    assert article.text.split("\n\n")[-4:] == [NUMBERED.format(i=i) for i in range(2, 6)]


def test_three_hundred_unclosed_font_tags_keep_all_three_hundred_paragraphs():
    page = _numbered_page("".join(f"<p><font color=red>{NUMBERED.format(i=i)}" for i in range(300)))
    article = load_quietly_html(page)
    assert article.text.split("\n\n") == [NUMBERED.format(i=i) for i in range(300)]
    assert article.metadata["html_inline_tags_removed"].startswith("the page nests tags too deep to read")


def test_nesting_too_deep_even_without_inline_tags_is_reported():
    page = _numbered_page("".join(f"<div><p>{NUMBERED.format(i=i)}</p>" for i in range(400)))
    with pytest.warns(UserWarning, match="deeper than 254 levels"):
        article = html_article(page, source="deep.html")
    assert article.metadata["html_text_dropped"] == (
        "the page nests elements deeper than 254 levels even without inline tags; text nested deeper is not read"
    )


LONG = "The officials said that the convoy of forty trucks would cross at dawn, carrying flour, water and medicine."


def test_a_paragraph_repeated_in_a_row_is_kept_every_time():
    page = _numbered_page(f"<p>{NUMBERED.format(i=0)}</p>" + f"<p>{LONG}</p>" * 5 + f"<p>{NUMBERED.format(i=1)}</p>")
    article = load_quietly_html(page)
    assert article.text.split("\n\n") == [NUMBERED.format(i=0), *[LONG] * 5, NUMBERED.format(i=1)]
    assert article.metadata["html_repeats_restored"].startswith("4 repeat(s)")


def test_a_repeat_elsewhere_in_the_page_is_kept_or_reported():
    paragraphs = [NUMBERED.format(i=i) for i in range(6)]
    page = _numbered_page("".join(f"<p>{p}</p>" for p in paragraphs[:3]) + f"<p>{LONG}</p>" + "".join(f"<p>{p}</p>" for p in paragraphs[3:]) + f"<p>{LONG}</p>")
    article = load_quietly_html(page)  # trafilatura keeps both copies here
    assert article.text.split("\n\n") == [*paragraphs[:3], LONG, *paragraphs[3:], LONG]
    # When an extraction holds fewer copies than the page shows apart, that is said.
    from analysis.html_text import _restore_repeats

    text, notes = _restore_repeats("\n".join([*paragraphs[:3], LONG, *paragraphs[3:]]), [*paragraphs[:3], LONG, *paragraphs[3:], LONG])
    assert text.split("\n") == [*paragraphs[:3], LONG, *paragraphs[3:]]
    assert notes == {
        "html_repeats_dropped": "1 repeat(s) of paragraphs the page shows apart (as pull quotes do) were kept once by the extractor (trafilatura)"
    }


def load_quietly_html(page: str) -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)  # nothing dropped: no warning at all
        warnings.filterwarnings("ignore", message=".*not English.*")
        return html_article(page, source="page.html")


# --- rendering: everything shown as HTML is escaped ---------------------------------------

HOSTILE = Article(
    id='x"><script>alert(1)</script>',
    title='<script>alert("title")</script> Talks <b onmouseover="alert(2)">resume</b>',
    text=(
        "The hacker wrote <script>alert(3)</script> on the forum.\n\n"
        "“<img src=x onerror=alert(4)> is all it takes,” said <b>Dr. Eve Hacker</b>, a researcher. "
        "Officials said the ceasefire would hold, calling the attack a terrorist provocation.\n\n"
        '<a href="javascript:alert(5)">click</a> <iframe src="https://example.org"></iframe> '
        "<style>body{display:none}</style>"
    ),
    metadata={"outlet": "<svg onload=alert(6)>", "date": "2025", "source": "<hostile>", "language": "en"},
)


class _Elements(HTMLParser):
    """Every element and attribute a browser would build from an HTML string."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend((name, value or "") for name, value in attrs)


def assert_inert(markup: str, allowed_tags: set[str]) -> None:
    parser = _Elements()
    parser.feed(markup)
    assert set(parser.tags) <= allowed_tags, set(parser.tags) - allowed_tags
    assert not [name for name, _ in parser.attributes if name.startswith("on")]
    for name, value in parser.attributes:
        assert not value.strip().lower().startswith("javascript:"), (name, value)
        if name == "src":
            assert value.startswith("data:image/png;base64,"), value


def test_highlighted_article_renders_hostile_text_inert():
    from analysis.render import highlight_html

    tables = analyze(HOSTILE)
    markup = highlight_html(HOSTILE, tables["statements"], tables["framing"])
    assert_inert(markup, {"div", "h3", "span", "br", "p"})
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in markup
    assert "&lt;img src=x onerror=alert(4)&gt;" in markup
    assert "&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;" in markup


def test_report_renders_hostile_text_inert(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    from analysis.report import report_html

    second = Article(id="plain", title="Plain", text=load_quietly(CENTCOM).text, metadata={"language": "en"})
    markup = report_html([HOSTILE, second], title="<script>alert(7)</script>")
    allowed = {
        "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "b", "i", "em", "strong",
        "table", "thead", "tbody", "tr", "th", "td", "figure", "img", "figcaption", "section", "div", "span",
        "br", "ul", "li", "small", "code",
    }
    assert_inert(markup, allowed)
    assert "<script" not in markup.lower()
    assert "&lt;script&gt;alert(7)&lt;/script&gt;" in markup
    assert "&lt;svg onload=alert(6)&gt;" in markup


def test_a_long_article_with_tens_of_thousands_of_terms_renders_every_term_once():
    # 12,000 paragraphs (over 600,000 characters, 48,000 framing rows): the renderer once
    # scanned every term and quote for every piece of text (minutes here); it sweeps once now.
    import pandas as pd

    from analysis.render import highlight_html

    paragraph = "The terrorists killed civilians, “we will not stop,” he said."
    count = 12_000
    text = "\n\n".join([paragraph] * count)
    step = len(paragraph) + 2
    rows = []
    for i in range(count):
        base = i * step
        rows += [
            (base + 4, base + 14, "actor_label", "label", "terrorist", "Hamas"),
            (base + 4, base + 14, "frame", "security_and_defense", "terrorist", ""),  # same span: in the title
            (base + 15, base + 21, "violence", "verb", "kill", ""),
            (base + 15, base + 31, "hedge", "attribution", "killed civilians", ""),  # overlaps "killed": not shown
        ]
    framing = pd.DataFrame(rows, columns=["start", "end", "category", "subcategory", "lemma", "actor"])
    quote_start = paragraph.index("we")
    statements = pd.DataFrame(
        {
            "start": [i * step + quote_start for i in range(count)],
            "end": [i * step + quote_start + len("we will not stop,") for i in range(count)],
            "kind": ["direct"] * count,
            "speaker": ["he"] * count,
            "speaker_resolved": ["Adm. Brad Cooper"] * count,
        }
    )
    markup = highlight_html(Article("long", "Long", text), statements, framing)
    assert markup.count('title="actor_label/label: terrorist (Hamas); frame/security_and_defense: terrorist"') == count
    assert markup.count('title="violence/verb: kill"') == count
    assert "hedge/attribution" not in markup
    assert markup.count('title="quoted: Adm. Brad Cooper"') == count
    assert markup.count("<p ") == count
    first = markup[markup.index('<p style="margin:0 0 0.8em 0">') :].split("</p>")[0]
    assert first == (
        '<p style="margin:0 0 0.8em 0">The <span style="background:#b3d1ff;border-radius:2px" '
        'title="actor_label/label: terrorist (Hamas); frame/security_and_defense: terrorist">terrorists</span> '
        '<span style="background:#ffcc80;border-radius:2px" title="violence/verb: kill">killed</span> civilians, “'
        '<span style="border-bottom:2px solid #1f77b4;color:#1f77b4" title="quoted: Adm. Brad Cooper">we will not stop,</span>'
        "” he said."
    )


# --- URLs, against a local server only ----------------------------------------------------

URL_TEXT = "Aid talks resume\n\nThe minister said the talks would resume on Monday. Aid trucks waited."
# A UTF-8 page with three bytes that are not UTF-8 (cp1252 quotes and a dash pasted in).
THREE_BAD_BYTES = (
    "<html><head><title>Aid talks</title></head><body><article><h1>Aid talks</h1>"
    "<p>“We are ready,” the minister said on Monday, as the trucks waited at the crossing.</p>"
    "<p>“Nobody told us anything,” a driver said. The café by the road had closed.</p>"
).encode("utf-8") + b"<p>\x93Tomorrow,\x94 an official said \x96 and left.</p></article></body></html>"


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def _send(self, status, body=b"", content_type="text/plain; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _send_reason(self, status, reason):
        # send_response would write the reason phrase as given: as a hostile server does.
        self.wfile.write(f"HTTP/1.0 {status} {reason}\r\nContent-Length: 0\r\n\r\n".encode("latin-1"))

    def do_GET(self):  # noqa: N802 (http.server API)
        path = self.path
        if path == "/article.txt":
            self._send(200, URL_TEXT.encode("utf-8"))
        elif path == "/article.html":
            self._send(200, PAGE.read_bytes(), "text/html; charset=utf-8")
        elif path == "/latin1-declared.txt":
            self._send(200, URL_TEXT.encode("utf-8").replace(b"said", b"said \x93yes\x94"), "text/plain; charset=ISO-8859-1")
        elif path == "/missing":
            self._send(404, b"not here")
        elif path == "/broken":
            self._send(500, b"oops")
        elif path == "/slow":
            time.sleep(3)
            self._send(200, URL_TEXT.encode("utf-8"))
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(30):  # a byte every 0.1 s: each read is quick, the whole is not
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.1)
        elif path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(10**9))
            self.end_headers()
            self.wfile.write(b"x" * 100)
        elif path == "/huge-stream":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(10):
                self.wfile.write(b"word " * 400)
        elif path == "/redirect-file":
            self._send(302, headers=[("Location", "file:///etc/passwd")])
        elif path == "/redirect-ok":
            self._send(302, headers=[("Location", "/article.txt")])
        elif path == "/loop":
            self._send(302, headers=[("Location", "/loop")])
        elif path == "/paper.pdf":
            self._send(200, b"%PDF-1.7\n", "application/pdf")
        elif path == "/photo.txt":
            self._send(200, b"\x89PNG\r\n\x1a\n", "image/png")
        elif path == "/empty":
            self._send(200, b"")
        elif path == "/garbage":
            self.wfile.write(b"NOT HTTP AT ALL\r\n\r\n")
        elif path == "/headers-slowly":
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            for _ in range(40):  # a header every 0.1 s: each read is quick, the whole is not
                self.wfile.write(b"X-Slow: 1\r\n")
                self.wfile.flush()
                time.sleep(0.1)
        elif path == "/continue-forever":
            for _ in range(80):  # an interim response every 0.05 s, never the real one
                self.wfile.write(b"HTTP/1.1 100 Continue\r\n\r\n")
                self.wfile.flush()
                time.sleep(0.05)
        elif path == "/short-body":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.write(URL_TEXT.encode("utf-8"))  # 88 bytes, then the connection closes
            self.close_connection = True
        elif path == "/short-chunks":
            self.protocol_version = "HTTP/1.1"
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self.wfile.write(b"400\r\n" + URL_TEXT.encode("utf-8"))  # a 1,024-byte chunk, cut short
            self.close_connection = True
        elif path == "/escape-reason":
            self._send_reason(404, "Not \x1b[2J\x1b]0;owned\x07Found \x9b31m")
        elif path == "/escape-type":
            self._send(200, b"\x89PNG\r\n\x1a\n", "image/png\x1b[2J")
        elif path.startswith("/charset/"):
            charset = path.rsplit("/", 1)[1]
            self._send(200, URL_TEXT.replace("said", "said “yes”").encode("utf-8"), f"text/plain; charset={charset}")
        elif path == "/three-bad-bytes.html":
            self._send(200, THREE_BAD_BYTES, "text/html")
        else:
            self._send(404)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # the client hung up on /slow or /trickle on purpose: no broken-pipe noise


@pytest.fixture(scope="module")
def server():
    httpd = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_text_and_html_load(server):
    article = load_article(f"{server}/article.txt")
    assert article.text == "The minister said the talks would resume on Monday. Aid trucks waited."
    assert article.metadata["url"] == f"{server}/article.txt"
    assert load_article(f"{server}/article.html").text == "\n\n".join(PAGE_BODY)
    assert load_article(f"{server}/redirect-ok").text == article.text


def test_declared_latin1_is_read_as_cp1252_like_browsers_do(server):
    article = load_article(f"{server}/latin1-declared.txt")
    assert article.text.startswith("The minister said “yes” the talks")
    assert article.metadata["encoding"] == "cp1252"


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("/missing", "HTTP error 404 Not Found"),
        ("/broken", "HTTP error 500 Internal Server Error"),
        ("/redirect-file", "redirect refused (Found - Redirection to url 'file:///etc/passwd' is not allowed)"),
        ("/loop", "redirect refused (The HTTP server returned a redirect error that would lead to an infinite loop.)"),
        ("/paper.pdf", "not a text page (Content-Type application/pdf)"),
        ("/photo.txt", "not a text page (Content-Type image/png)"),
        ("/empty", "empty file"),
        ("/garbage", "bad HTTP response (BadStatusLine)"),
    ],
)
def test_failing_url_is_one_line_error(server, path, problem):
    url = server + path
    with pytest.raises(ArticleError) as caught:
        load_article(url)
    assert str(caught.value).startswith(f"{url}: ")
    assert caught.value.problem == problem


def test_slow_server_times_out(server, monkeypatch):
    monkeypatch.setattr(fetch_module, "FETCH_TIMEOUT_SECONDS", 0.5)
    started = time.perf_counter()
    with pytest.raises(ArticleError) as caught:
        load_article(f"{server}/slow")
    assert str(caught.value) == f"{server}/slow: timed out after 0.5 s"
    assert time.perf_counter() - started < 2


def test_trickling_server_is_cut_off_by_the_total_timeout(server):
    started = time.perf_counter()
    with pytest.raises(ArticleError) as caught:
        fetch_url(f"{server}/trickle", timeout=0.5)
    assert str(caught.value) == f"{server}/trickle: timed out after 0.5 s"
    assert time.perf_counter() - started < 2


def test_too_large_pages_are_refused(server, monkeypatch):
    with pytest.raises(ArticleError) as caught:
        fetch_url(f"{server}/huge-declared", max_bytes=1000)
    assert caught.value.problem == "page too large (1,000,000,000 bytes; limit 1,000)"
    monkeypatch.setattr(fetch_module, "FETCH_MAX_BYTES", 1000)
    with pytest.raises(ArticleError) as caught:
        load_article(f"{server}/huge-stream")
    assert caught.value.problem == "page too large (over the 1,000-byte limit)"


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://no-such-host.invalid/story", "URL failed (host not found: no-such-host.invalid)"),
        ("ftp://127.0.0.1/a.txt", "unsupported URL scheme 'ftp' (only http and https)"),
        ("file:///etc/passwd", "unsupported URL scheme 'file' (only http and https)"),
        ("http:///no-host", "invalid URL (no host name)"),
        ("http://127.0.0.1:99999/", "invalid URL (Port out of range 0-65535)"),
        ("https://[::1/", "invalid URL (Invalid IPv6 URL)"),
    ],
)
def test_unreachable_or_malformed_urls_are_one_line_errors(url, problem):
    with pytest.raises(ArticleError) as caught:
        load_article(url)
    assert str(caught.value) == f"{url}: {problem}"


def test_closed_port_is_a_one_line_error():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now
    with pytest.raises(ArticleError) as caught:
        load_article(f"http://127.0.0.1:{port}/")
    assert str(caught.value) == f"http://127.0.0.1:{port}/: URL failed (Connection refused)"


@pytest.mark.parametrize("path", ["/headers-slowly", "/continue-forever"])
def test_the_timeout_covers_status_line_and_headers(server, path):
    # Each read arrives well within the limit; the whole response never does.
    started = time.perf_counter()
    with pytest.raises(ArticleError) as caught:
        fetch_url(server + path, timeout=0.5)
    assert str(caught.value) == f"{server}{path}: timed out after 0.5 s"
    assert time.perf_counter() - started < 1.5


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("/short-body", "page truncated (88 of the 1,000 bytes its Content-Length announced)"),
        ("/short-chunks", "page truncated (the connection closed in the middle of a chunk)"),
    ],
)
def test_a_body_shorter_than_announced_is_reported_as_truncated(server, path, problem):
    with pytest.raises(ArticleError) as caught:
        load_article(server + path)
    assert str(caught.value) == f"{server}{path}: {problem}"


def test_the_servers_reason_phrase_and_content_type_are_printed_with_controls_escaped(server):
    with pytest.raises(ArticleError) as caught:
        load_article(f"{server}/escape-reason")
    assert caught.value.problem == "HTTP error 404 Not \\x1b[2J\\x1b]0;owned\\x07Found \\x9b31m"
    assert not any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in str(caught.value))
    with pytest.raises(ArticleError) as caught:
        load_article(f"{server}/escape-type")
    assert caught.value.problem == "not a text page (Content-Type image/png\\x1b[2J)"


def test_urls_with_credentials_are_refused_and_the_password_never_printed(server, monkeypatch):
    requests = []
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: requests.append(a) or pytest.fail("connected"))
    port = server.rsplit(":", 1)[1]
    for url in (f"http://user:s3cret@127.0.0.1:{port}/article.txt", f"https://s3cret@127.0.0.1:{port}/"):
        with pytest.raises(ArticleError) as caught:
            load_article(url)
        assert "s3cret" not in str(caught.value)
        assert caught.value.problem == "URL with a user name or password refused (credentials are never sent)"
    assert str(caught.value).startswith(f"https://***@127.0.0.1:{port}/: ")
    assert requests == []


@pytest.mark.parametrize("charset", ["punycode", "idna", "rot13", "base64", "undefined", "unicode_escape", "x-no-such-charset", "utf-8"])
def test_a_declared_charset_that_is_no_web_encoding_is_ignored(server, charset):
    article = load_article(f"{server}/charset/{charset}")
    assert article.text == "The minister said “yes” the talks would resume on Monday. Aid trucks waited."
    assert article.metadata["encoding"] == "utf-8"


def test_three_invalid_bytes_in_a_utf8_page_are_repaired_locally(server):
    article = load_article(f"{server}/three-bad-bytes.html")
    assert article.text == (
        "“We are ready,” the minister said on Monday, as the trucks waited at the crossing.\n\n"
        "“Nobody told us anything,” a driver said. The café by the road had closed.\n\n"
        "“Tomorrow,” an official said – and left."
    )
    assert article.metadata["encoding"] == "utf-8"
    assert article.metadata["encoding_repaired"].startswith("3 bytes not valid UTF-8 read as cp1252")
    assert len(analyze(article)["statements"]) == 3


# --- the command line: one stderr line per bad input, exit 2, no traceback ----------------


def test_every_table_subcommand_reports_bad_input_in_one_line(tmp_path, capsys):
    from analysis.cli import main

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    pdf = tmp_path / "paper.txt"
    pdf.write_bytes(b"%PDF-1.4 ...")
    for name in TABLES:  # in process: any exception but ArticleError would escape and fail here
        assert main([name, str(empty), str(pdf), str(tmp_path / "missing.txt")]) == 2, name
        out, err = capsys.readouterr()
        assert out == "", name
        assert err.splitlines() == [
            f"error: {empty}: empty file",
            f"error: {pdf}: binary data (a PDF document), not text",
            f"error: {tmp_path / 'missing.txt'}: file not found",
        ], name


def test_bad_input_exits_with_status_2_and_no_traceback(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("statements", str(empty))
    assert (result.returncode, result.stdout, result.stderr) == (2, "", f"error: {empty}: empty file\n")


def test_cli_url_errors_are_one_line_with_status_2(server, tmp_path):
    result = run("sentences", f"{server}/missing", "http://no-such-host.invalid/", "gopher://127.0.0.1/x")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"error: {server}/missing: HTTP error 404 Not Found",
        "error: http://no-such-host.invalid/: URL failed (host not found: no-such-host.invalid)",
        "error: gopher://127.0.0.1/x: unsupported URL scheme 'gopher' (only http and https)",
    ]


def test_tables_and_report_subcommands_report_bad_input_without_traceback(tmp_path):
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n")
    result = run("tables", str(bad), "--out", str(tmp_path / "out"))
    assert (result.returncode, result.stderr) == (2, f"error: {bad}: binary data (a PNG image), not text\n")
    result = run("report", str(bad), "--out", str(tmp_path / "report.html"))
    assert result.returncode == 2
    assert result.stderr.splitlines()[0] == f"error: {bad}: binary data (a PNG image), not text"
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "report.html").exists()


def test_cli_output_of_hostile_and_odd_text_is_valid_json_lines(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes(
        "Title\r\n\r\n“Nested ‘quotes’ and <script>alert(1)</script>,” he said.\u00a0Then\u2028a line separator."
        .encode("utf-8")
    )
    result = run("sentences", str(path))
    assert result.returncode == 0, result.stderr
    # JSON Lines are split on "\n" only: U+2028 inside a string is legal JSON.
    rows = [json.loads(line) for line in result.stdout.split("\n") if line]
    text = load_article(path).text
    assert "".join(row["text"] for row in rows) == text
    assert all(text[row["start"] : row["end"]] == row["text"] for row in rows)


def test_text_article_and_html_article_never_return_an_empty_body():
    for make in (text_article, html_article):
        with pytest.raises(ArticleError):
            make("   \n\n  ")


def test_cli_prints_utf8_even_when_the_console_code_page_is_cp1252(tmp_path):
    path = tmp_path / "arabic.txt"
    path.write_text("Title\n\nقال الوزير إن المحادثات ستستأنف يوم الاثنين.", encoding="utf-8")
    result = run("sentences", str(path), env={"PYTHONIOENCODING": "cp1252"})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["text"] == "قال الوزير إن المحادثات ستستأنف يوم الاثنين."
    assert result.stderr.startswith(f"warning: {path}: text looks like language 'ar'")


# --- whole pipeline and corpus mode ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Mr. " * 10_000, "“‘" * 2_500 + "x", "terrorists killed civilians " * 2_000, "SECRETARY RUBIO: Yes.\n" * 2_000],
    ids=["stacked-titles", "nested-quote-marks", "lexicon-run", "transcript-labels"],
)
def test_pathological_text_analyses_in_bounded_time(text):
    started = time.perf_counter()
    tables = analyze(Article(id="x", title="", text=text, metadata={}))
    assert time.perf_counter() - started < 3  # "Mr. " * 10,000 took 12 s before names were bounded
    assert "".join(tables["sentences"].text) == text


def test_corpus_bad_rows_become_error_rows_and_the_run_goes_on(tmp_path):
    import pandas as pd

    from analysis.corpus import analyze_corpus

    good = "The minister said the talks would resume on Monday. Aid trucks waited at the crossing, officials said."
    french = FRENCH.split("\n\n", 1)[1]
    rows = [
        json.dumps({"ID": "good", "title": "Talks", "content_original": good, "source": "X"}),
        '{"ID": "broken", "content_original": ',
        json.dumps(["not", "an", "object"]),
        json.dumps({"ID": "empty", "title": "T", "content_original": ""}),
        json.dumps({"ID": "null", "title": "T", "content_original": None}),
        json.dumps({"ID": "blank", "title": "T", "content_original": " \n\t\u00a0 "}),
        json.dumps({"ID": "title-only", "title": "Talks resume", "content_original": "Talks resume"}),
        json.dumps({"ID": "french", "title": "T", "content_original": french}),
        json.dumps({"ID": "mojibake", "title": "T", "content_original": MOJIBAKE.split("\n\n", 1)[1]}),
        '{"ID": "surrogate", "title": "T", "content_original": "A broken escape \\ud800 here, officials said on Monday."}',
        json.dumps({"ID": "script", "title": "T", "content_original": "<script>alert(1)</script> Officials said no."}),
    ]
    source = tmp_path / "corpus.jsonl"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    run_ = analyze_corpus(source, tmp_path / "out", workers=1, progress=False)
    assert (run_.analysed, run_.failed) == (4, 7)
    errors = pd.read_parquet(tmp_path / "out" / "errors")
    assert list(zip(errors.article, errors.stage, errors.error, errors.message)) == [
        ("record-2", "load", "ArticleError", "invalid JSON (Expecting value at column 38)"),
        ("record-3", "load", "ArticleError", "a JSON list, not an object"),
        ("empty", "load", "ArticleError", "empty body"),
        ("null", "load", "ArticleError", "empty body"),
        ("blank", "load", "ArticleError", "empty body"),
        ("title-only", "load", "ArticleError", "empty body"),
        ("french", "load", "ArticleError", "language 'fr', not en: not analysed"),
    ]
    sentences = pd.read_parquet(tmp_path / "out" / "sentences")
    assert "".join(sentences[sentences.article == "mojibake"].text) == CLEAN.split("\n\n", 1)[1]
    assert "".join(sentences[sentences.article == "surrogate"].text).startswith("A broken escape \ufffd here")


def test_corpus_folder_with_bad_files_records_each_reason(tmp_path):
    import pandas as pd

    from analysis.corpus import analyze_corpus

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text("Title\n\nThe minister said the talks would resume, officials said.", encoding="utf-8")
    (folder / "paper.txt").write_bytes(b"%PDF-1.4 ...")
    (folder / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "cp1252.txt").write_bytes(b"Title\n\nHe said \x93no\x94 to the plan, officials said on Monday.")
    run_ = analyze_corpus(folder, tmp_path / "out", workers=1, progress=False)
    assert (run_.analysed, run_.failed) == (2, 3)
    errors = pd.read_parquet(tmp_path / "out" / "errors")
    assert sorted(zip(errors.article, errors.message)) == [
        ("empty", "empty file"),
        ("paper", "binary data (a PDF document), not text"),
        ("photo", "binary data (a PNG image), not text"),
    ]
    sentences = pd.read_parquet(tmp_path / "out" / "sentences")
    assert "".join(sentences[sentences.article == "cp1252"].text) == "He said “no” to the plan, officials said on Monday."


def test_corpus_csv_in_cp1252_and_json_half_characters_lose_nothing_else(tmp_path):
    import pandas as pd

    from analysis.corpus import analyze_corpus

    csv_source = tmp_path / "cp1252.csv"
    csv_source.write_bytes(
        b'ID,title,content_original,source\n1,\x93Talks\x94,"He said \x93no\x94 to the plan, officials said.",Caf\xe9\n'
    )
    analyze_corpus(csv_source, tmp_path / "csv", workers=1, progress=False)
    articles = pd.read_parquet(tmp_path / "csv" / "articles")
    assert (articles.title[0], articles.outlet[0]) == ("“Talks”", "Café")
    assert "".join(pd.read_parquet(tmp_path / "csv" / "sentences").text) == "He said “no” to the plan, officials said."

    # A lone surrogate escape could not be written to Parquet and stopped the whole run.
    json_source = tmp_path / "half.jsonl"
    json_source.write_text(
        '{"ID": "a", "title": "T", "content_original": "Officials said the talks would resume.", "source": "X \\ud800"}\n'
        '{"ID": "b", "title": "T", "content_original": "The minister said no, officials said.", "source": "Y"}\n',
        encoding="utf-8",
    )
    run_ = analyze_corpus(json_source, tmp_path / "json", workers=1, progress=False)
    assert (run_.analysed, run_.failed) == (2, 0)
    assert list(pd.read_parquet(tmp_path / "json" / "articles").outlet) == ["X \ufffd", "Y"]
