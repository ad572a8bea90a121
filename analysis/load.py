"""Load an article from a text file, an HTML file, a URL or a string into an `Article`."""

from __future__ import annotations

import csv
import hashlib
import re
import urllib.error
import urllib.parse
import urllib.request
import warnings
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .article import Article
from .errors import ArticleError

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
FETCH_TIMEOUT_SECONDS = 15
FETCH_MAX_BYTES = 5 * 1024 * 1024
# Header keys as in ../shared/articles: "url: …", "outlet: …", then a line "---".
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9_ -]{0,30}):[ \t]*(.*)$")
_HEADER_END = re.compile(r"^-{3,}[ \t]*$")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_BLANK_LINES = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
# Magic numbers of binary formats that arrive with a text extension.
_BINARY_SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"RIFF", "a RIFF media file"),
    (b"\x7fELF", "an executable"),
)


def load_article(source: str | Path, *, article_id: str | None = None) -> Article:
    """Load an article from a path (.txt/.md or .html), an http(s) URL, or the text itself.

    A string is read as a URL when it starts with a scheme (``https://``), as a path when it is
    a single line naming an existing file or ending in a known suffix, and as the article's text
    otherwise. Plain text: an optional header block of ``key: value`` lines ended by ``---``
    gives metadata; the first non-empty line is the title. HTML keeps the main text only
    (trafilatura; Barbaresi 2021). Trailing page furniture (comment forms, share widgets) is cut
    by `strip_boilerplate`. Raises `ArticleError` naming the input and the problem.
    """
    if isinstance(source, Path):
        return _load_path(source, article_id)
    if not isinstance(source, str):
        raise ArticleError(repr(source)[:80], f"cannot load an article from {type(source).__name__}")
    stripped = source.strip()
    scheme = _SCHEME.match(stripped)
    if scheme and "\n" not in stripped:
        return _load_url(stripped, article_id)
    if "\n" not in stripped and len(stripped) < 4096 and stripped:
        path = Path(stripped).expanduser()
        if path.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES or _exists(path):
            return _load_path(path, article_id)
    return text_article(source, article_id=article_id)


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:  # a name too long for the file system is not a path
        return False


def text_article(
    text: str, *, article_id: str | None = None, source: str = "<text>", metadata: dict | None = None
) -> Article:
    """An `Article` from plain text: optional ``key: value`` header ended by ``---``, title line, body."""
    text = normalise_text(text)
    header, rest = split_header(text)
    title, body = split_title(rest)
    body, boilerplate = strip_boilerplate(body)
    if not body.strip():
        problem = "empty file" if not text.strip() else "no article text after the title"
        raise ArticleError(source, problem)
    meta = {"source": source, **header, **(metadata or {})}
    meta.setdefault("title", title)
    if boilerplate:
        meta["boilerplate_removed"] = boilerplate
    article_id = article_id or "text-" + hashlib.sha1(body.encode("utf-8")).hexdigest()[:10]
    return _with_language(Article(id=article_id, title=meta["title"] or title, text=body, metadata=meta))


def normalise_text(text: str) -> str:
    """Line ends made ``\\n``; a byte-order mark dropped. Nothing else is changed."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split a leading ``key: value`` block ended by a ``---`` line; return (header, rest)."""
    lines = text.split("\n")
    header: dict[str, str] = {}
    for index, line in enumerate(lines[:60]):
        if _HEADER_END.match(line):
            if header:
                return header, "\n".join(lines[index + 1 :])
            break
        match = _HEADER_LINE.match(line)
        if not match:
            break
        header[match.group(1).strip().lower().replace(" ", "_")] = match.group(2).strip()
    return {}, text


def split_title(text: str) -> tuple[str, str]:
    """The first non-empty line is the title; the body is what follows, trimmed of blank edges."""
    stripped = text.lstrip()
    if "\n" not in stripped.strip():
        # A single paragraph is all body: a one-line article has no separate title.
        return "", stripped.strip()
    title, _, body = stripped.partition("\n")
    return title.strip(), body.strip()


@lru_cache(maxsize=1)
def _boilerplate_cues() -> tuple[str, ...]:
    with resources.files("analysis.lexicons").joinpath("boilerplate.csv").open(encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return tuple(sorted((row["cue"].lower() for row in rows), key=len, reverse=True))


def strip_boilerplate(body: str) -> tuple[str, str]:
    """Cut trailing page furniture from a plain-text body; return (body, removed text).

    Rule (general, not site-specific): look at the last paragraphs; the earliest one that
    starts with a furniture cue (`lexicons/boilerplate.csv`: comment forms, share widgets,
    newsletter sign-ups, copyright lines) begins the furniture if everything after it is
    furniture too — further cues or short lines without sentence punctuation (form labels such
    as "Name", "Email", "Website", "Post Comment"). Scanning stops at the first paragraph from
    the end that is neither, so an article that quotes such a phrase mid-story keeps its text;
    the first paragraph is never cut.
    """
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*", body)]
    if len(paragraphs) < 2:
        return body, ""
    cues = _boilerplate_cues()
    cut = None
    for start, end in reversed(paragraphs):
        chunk = body[start:end].strip()
        lowered = chunk.lower()
        is_cue = any(lowered.startswith(cue) for cue in cues)
        is_form_label = len(chunk.split()) <= 6 and not re.search(r"[.!?…][\"'”’]?$", chunk)
        if is_cue and start > paragraphs[0][0]:
            cut = start
        elif not is_form_label:
            break
    if cut is None:
        return body, ""
    return body[:cut].rstrip(), body[cut:].strip()


def _with_language(article: Article) -> Article:
    from .language import detect_language

    code, confidence = detect_language(article.text)
    article.metadata["language"] = code
    article.metadata["language_confidence"] = round(confidence, 3)
    if code != "en":
        message = (
            f"{article.metadata.get('source', article.id)}: text looks like language '{code}', "
            "not English; lexicon and sentiment figures assume English and are not meaningful"
        )
        article.metadata["language_warning"] = message
        warnings.warn(message, stacklevel=3)
    return article


def decode_bytes(data: bytes, source: str) -> str:
    """Decode file or response bytes: UTF-8 (with or without BOM), UTF-16 with BOM, cp1252.

    Refuses binary formats and undecodable bytes with an `ArticleError`.
    """
    if not data.strip():
        raise ArticleError(source, "empty file")
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise ArticleError(source, f"binary data ({kind}), not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ArticleError(source, f"invalid UTF-16 text ({error.reason})") from None
    if b"\x00" in data[:4096]:
        raise ArticleError(source, "binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise ArticleError(source, "unknown text encoding (not UTF-8, UTF-16 or cp1252)") from None


def _load_path(path: Path, article_id: str | None) -> Article:
    name = str(path)
    if not _exists(path):
        raise ArticleError(name, "file not found")
    if path.is_dir():
        raise ArticleError(name, "is a folder, not an article file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ArticleError(name, f"cannot read file ({error.strerror})") from None
    text = decode_bytes(data, name)
    article_id = article_id or path.stem
    if path.suffix.lower() in HTML_SUFFIXES or _looks_like_html(text):
        return html_article(text, article_id=article_id, source=name)
    return text_article(text, article_id=article_id, source=name)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "<head" in head)


def html_article(html: str, *, article_id: str | None = None, source: str = "<html>", url: str | None = None) -> Article:
    """An `Article` from an HTML page: main text only, via trafilatura (Barbaresi 2021).

    Navigation, scripts, styles, comment sections and forms are dropped by the extractor; script
    content is never executed. Paragraphs are separated by blank lines.
    """
    import trafilatura

    document = trafilatura.bare_extraction(
        html, url=url, include_comments=False, include_tables=False, with_metadata=True, favor_precision=True
    )
    if document is None or not (document.text or "").strip():
        raise ArticleError(source, "no article text found in the HTML page")
    body = _BLANK_LINES.sub("\n", normalise_text(document.text)).strip().replace("\n", "\n\n")
    metadata = {
        key: value
        for key, value in {
            "title": document.title,
            "outlet": document.sitename,
            "date": document.date,
            "url": url or document.url,
            "author": document.author,
        }.items()
        if value
    }
    title = metadata.get("title", "")
    if title and body.startswith(title):
        body = body[len(title) :].lstrip()
    body, boilerplate = strip_boilerplate(body)
    article_id = article_id or "html-" + hashlib.sha1(body.encode("utf-8")).hexdigest()[:10]
    meta = {"source": source, "title": title, **metadata}
    if boilerplate:
        meta["boilerplate_removed"] = boilerplate
    return _with_language(Article(id=article_id, title=title, text=body, metadata=meta))


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s): a page must not send us to file:// or ftp://."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001 (stdlib API)
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise urllib.error.URLError(f"redirect to a non-http(s) address {newurl!r}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_url(url: str, *, timeout: float = FETCH_TIMEOUT_SECONDS, max_bytes: int = FETCH_MAX_BYTES) -> tuple[bytes, str]:
    """GET an http(s) URL with a timeout and a size limit; return (body bytes, content type)."""
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise ArticleError(url, f"unsupported URL scheme '{scheme}' (only http and https)")
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    request = urllib.request.Request(url, headers={"User-Agent": "media-analysis-notebooks/0.1"})
    try:
        with opener.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise ArticleError(url, f"page too large ({int(declared):,} bytes; limit {max_bytes:,})")
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise ArticleError(url, f"page too large (over the {max_bytes:,}-byte limit)")
            return data, response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        raise ArticleError(url, f"HTTP error {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise ArticleError(url, f"URL failed ({error.reason})") from None
    except TimeoutError:
        raise ArticleError(url, f"timed out after {timeout:g} s") from None
    except OSError as error:
        raise ArticleError(url, f"URL failed ({error})") from None


def _load_url(url: str, article_id: str | None) -> Article:
    data, content_type = fetch_url(url)
    text = decode_bytes(data, url)
    article_id = article_id or _url_id(url)
    if "html" in content_type.lower() or _looks_like_html(text):
        return html_article(text, article_id=article_id, source=url, url=url)
    return text_article(text, article_id=article_id, source=url, metadata={"url": url})


def _url_id(url: str) -> str:
    """A readable, stable id: the last path segment plus a short hash of the whole URL."""
    parts = urllib.parse.urlsplit(url)
    segment = re.sub(r"[^A-Za-z0-9-]+", "-", parts.path.rstrip("/").rsplit("/", 1)[-1] or parts.netloc).strip("-")
    return f"{segment[:60] or 'page'}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:8]}"
