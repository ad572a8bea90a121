"""Load an article from a text file, an HTML file, a URL or a string into an `Article`."""

from __future__ import annotations

import codecs
import hashlib
import re
import urllib.parse
import warnings
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .article import Article
from .errors import ArticleError
from .fetch import fetch_url, printable
from .html_text import page_text
from .lexicon import read_csv
from .segment import PARAGRAPH_BREAK, paragraph_ranges

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# A news article is tens of kilobytes; a bigger file is not one (and would cost minutes).
FILE_MAX_BYTES = 5 * 1024 * 1024
# Bytes outside ASCII needed before a Chinese, Japanese or Korean encoding is considered.
CJK_MIN_BYTES = 24
# Mojibake is repaired only when ftfy's detector finds at least this many telltale sequences:
# one lone "Ã" or "Â" can be a real letter, an article decoded wrongly has one per quote mark.
MOJIBAKE_MIN_BADNESS = 2
# ...and the sequences must make up this share of the non-ASCII characters. On the first 8,000
# AllSides rows (bodies and titles) ftfy repaired 72 texts: 10 had C1 controls, the other 62 a
# share of 1.0, and this threshold keeps all 72; an article that quotes "â€œ" among its own
# curly quotes has a share of about 0.6 or less (three telltale characters against two quotes).
MOJIBAKE_MIN_COVERAGE = 0.75
# Bytes that decode cleanly as UTF-8 are repaired only with this many telltales per 1,000
# characters: double encoding leaves one for every non-ASCII character (curly quotes, dashes),
# and the median of 3,000 AllSides bodies has 4.7 per 1,000 (90th percentile 10.5); an article
# about encodings quotes a few telltales in a page or more of text.
MOJIBAKE_MIN_PER_1000_CLEAN_UTF8 = 2
# Schemes that an input without whitespace may carry without "//": refused, not read as text.
_OTHER_SCHEME = re.compile(r"^(?:data|javascript|vbscript|file|mailto|about|blob|ftp):", re.IGNORECASE)
_SURROGATE = re.compile("[\ud800-\udfff]")
# UTF-8 read as cp1252, Latin-1 or MacRoman always shows a lead byte as one of "Â"…"ô" or a C1
# control: text without any cannot be such mojibake, and skips ftfy's costlier detector (1 ms
# an article). UTF-8 read as cp437 or cp1251 ("ΓÇ£", "вЂњ") is rare in news and not repaired.
_MOJIBAKE_HINT = re.compile("[\x80-\x9f\xc2-\xf4]")
_C1_CONTROL = re.compile("[\x80-\x9f]")
# C0 control characters other than tab, line feed, vertical tab, form feed and carriage return.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# The Encoding Standard's encodings (WHATWG, https://encoding.spec.whatwg.org/#names-and-labels)
# as Python names them: the only charsets a web page's declaration is taken for.
_WEB_ENCODINGS = frozenset(
    """utf-8 cp866 iso8859-2 iso8859-3 iso8859-4 iso8859-5 iso8859-6 iso8859-7 iso8859-8 iso8859-10
    iso8859-13 iso8859-14 iso8859-15 iso8859-16 koi8-r koi8-u mac-roman cp874 cp1250 cp1251 cp1252
    cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 mac-cyrillic gbk gb18030 big5 euc_jp iso2022_jp
    shift_jis euc_kr utf-16-be utf-16-le utf-16""".split()
)
# A byte that is not valid UTF-8, as decoding with "surrogateescape" leaves it.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
# Multi-byte encodings of Chinese, Japanese and Korean: the only guesses of charset-normalizer
# we take (for Western text it prefers cp1250 and others over cp1252 and garbles "ñ" or "“").
_CJK_ENCODINGS = frozenset(
    """gb18030 gb2312 gbk hz big5 big5hkscs cp950 cp932 shift_jis shift_jis_2004 shift_jisx0213
    euc_jp euc_jis_2004 euc_jisx0213 iso2022_jp cp949 euc_kr johab iso2022_kr""".split()
)
# A tag, comment or doctype: a ".html" file without any is plain text saved under that name.
_MARKUP = re.compile(r"<[A-Za-z!/?]")
_NOT_TEXT_TYPES = re.compile(r"^\s*(?:image|audio|video|font)/|^\s*application/(?:pdf|zip|octet-stream|gzip|x-)", re.I)
# Header keys as in data/articles: "url: …", "outlet: …", then a line "---".
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9_ -]{0,30}):[ \t]*(.*)$")
_HEADER_END = re.compile(r"^-{3,}[ \t]*$")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
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

    A string is read as a URL when it starts with a scheme (``https://``) and has no spaces, as a
    path when it is a single line naming an existing file or ending in a known suffix, and as the
    article's text otherwise. Plain text: an optional header block of ``key: value`` lines ended
    by ``---`` gives metadata; the first non-empty line is the title. HTML keeps the main text
    only (trafilatura; Barbaresi 2021). Trailing page furniture (comment forms, share widgets) is
    cut by `strip_boilerplate`. Bytes are decoded by `decode_text` (``metadata["encoding"]``,
    and ``metadata["encoding_repaired"]`` when a few bytes were not valid UTF-8); mojibake is
    repaired by `repair_mojibake` (``metadata["mojibake_repaired"]``); HTML text that had to be
    repaired or could not be kept is said in ``metadata["html_…"]`` (`analysis.html_text`, with
    a warning for what was dropped); text that is not English is analysed but flagged
    (``metadata["language_warning"]`` and a warning). URLs are fetched by
    `analysis.fetch.fetch_url`. Raises `ArticleError` naming the input and the problem (empty,
    binary, too large, not found, unreachable, truncated) and nothing else for bad input.
    """
    if isinstance(source, Path):
        return _load_path(source, article_id)
    if not isinstance(source, str):
        raise ArticleError(repr(source)[:80], f"cannot load an article from {type(source).__name__}")
    stripped = source.strip()
    scheme = _SCHEME.match(stripped)
    if scheme and not re.search(r"\s", stripped):  # a URL has no spaces: "https://… said" is text
        return _load_url(stripped, article_id)
    if _OTHER_SCHEME.match(stripped) and not re.search(r"\s", stripped):  # "Data: the ministry…" is text
        scheme_name = stripped.split(":", 1)[0].lower()
        raise ArticleError(stripped[:200], f"unsupported URL scheme '{scheme_name}' (only http and https)")
    if "\n" not in stripped and len(stripped) < 4096 and stripped:
        path = _as_path(stripped)
        if path is not None and (path.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES or _exists(path)):
            return _load_path(path, article_id)
    return text_article(source, article_id=article_id)


def _as_path(name: str) -> Path | None:
    """``name`` as a path with ``~`` expanded, or None when it cannot name a file (NUL byte)."""
    if "\x00" in name:
        return None
    try:
        return Path(name).expanduser()
    except RuntimeError:  # "~someone" for a user who does not exist: not a path
        return Path(name)


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except (OSError, ValueError):  # a name too long for the file system, or with a NUL, is no path
        return False


def text_article(
    text: str, *, article_id: str | None = None, source: str = "<text>", metadata: dict | None = None
) -> Article:
    """An `Article` from plain text: optional ``key: value`` header ended by ``---``, title line, body.

    Mojibake (UTF-8 read as cp1252, "â€œ" for "“") is repaired first when detected
    (`repair_mojibake`); the repair is recorded in ``metadata["mojibake_repaired"]``.
    """
    text, repair = repair_mojibake(normalise_text(text), from_clean_utf8=_clean_utf8(metadata))
    header, rest = split_header(text)
    title, body = split_title(rest)
    body, boilerplate = strip_boilerplate(body)
    if not body.strip():
        if not text.strip():
            problem = "empty file"
        elif not rest.strip():
            problem = "no article text after the header"
        else:
            problem = "no article text after the title"
        raise ArticleError(source, problem)
    meta = {"source": source, **header, **(metadata or {})}
    meta.setdefault("title", title)
    if isinstance(meta["title"], str) and meta["title"] != title:
        # A title given by the caller (a corpus row) did not go through the repair above.
        meta["title"], title_repair = repair_mojibake(normalise_text(meta["title"]))
        repair = repair or title_repair
    if repair:
        meta["mojibake_repaired"] = repair
    if boilerplate:
        meta["boilerplate_removed"] = boilerplate
    article_id = article_id or "text-" + _content_hash(body)
    return _with_language(Article(id=article_id, title=meta["title"] or title, text=body, metadata=meta))


def _clean_utf8(metadata: dict | None) -> bool:
    """True when the text is bytes that decoded as UTF-8 without a single invalid byte."""
    return bool(metadata) and metadata.get("encoding") in ("utf-8", "utf-8-sig") and not metadata.get("encoding_repaired")


def _content_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def normalise_text(text: str) -> str:
    """Line ends made ``\\n``; a byte-order mark dropped; surrogate halves joined or made U+FFFD.

    Nothing else is changed: non-breaking spaces, quotes and dashes stay as written. Lone
    surrogates (from broken JSON escapes) cannot be written as UTF-8 and are replaced.
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if _SURROGATE.search(text):
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def repair_mojibake(text: str, *, from_clean_utf8: bool = False) -> tuple[str, str]:
    """``(text, repair)``: text wrongly decoded (UTF-8 bytes read as cp1252 or Latin-1) repaired.

    Follows ftfy's ``fix_encoding`` (Speer 2019, ftfy), which re-encodes and re-decodes only
    where the result is more plausible. It runs only on evidence that covers the text
    (`_mojibake_evidence`), so correct text — an article that quotes "â€œ" among its own curly
    quotes — is left as written. ``from_clean_utf8``: the text is bytes that decoded as UTF-8
    without an error, which is strong evidence of correct text; it is repaired only when the
    telltales are dense (at least `MOJIBAKE_MIN_PER_1000_CLEAN_UTF8` per 1,000 characters).
    ``repair`` names the steps taken ("encode sloppy-windows-1252, decode utf-8"), or is "".
    Quotes are never straightened and nothing else is normalised.
    """
    from ftfy import fix_encoding_and_explain

    telltales = _mojibake_evidence(text)
    if not telltales:
        return text, ""
    if from_clean_utf8 and telltales < MOJIBAKE_MIN_PER_1000_CLEAN_UTF8 * len(text) / 1000:
        return text, ""
    fixed = fix_encoding_and_explain(text)
    if fixed.text == text or not fixed.explanation:
        return text, ""
    return fixed.text, ", ".join(f"{action} {argument}" for action, argument in fixed.explanation)


def _mojibake_evidence(text: str) -> int:
    """How many telltales of mojibake ``text`` shows, or 0 when they do not cover it.

    Telltales: ftfy's badness count (sequences that UTF-8 read as cp1252 leaves). At least
    `MOJIBAKE_MIN_BADNESS` are needed. C1 control characters never stand in correct text, so
    with any the evidence is conclusive; otherwise the mojibake sequences (ftfy's
    ``UTF8_DETECTOR_RE``) must make up at least `MOJIBAKE_MIN_COVERAGE` of the non-ASCII
    characters — text decoded wrongly as a whole has no correct non-ASCII characters left.
    """
    from ftfy.badness import badness
    from ftfy.chardata import UTF8_DETECTOR_RE

    if not _MOJIBAKE_HINT.search(text):
        return 0
    telltales = badness(text)
    if telltales < MOJIBAKE_MIN_BADNESS:
        return 0
    if _C1_CONTROL.search(text):
        return telltales
    covered = sum(len(match.group()) for match in UTF8_DETECTOR_RE.finditer(text))
    non_ascii = sum(not ch.isascii() for ch in text)
    return telltales if covered >= MOJIBAKE_MIN_COVERAGE * non_ascii else 0


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split a leading ``key: value`` block ended by a ``---`` line; return (header, rest)."""
    lines = text.split("\n", 60)  # a header is short: the rest of the text stays one piece
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
    rows = read_csv("analysis.lexicons", "boilerplate.csv")
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
    paragraphs = paragraph_ranges(body)
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


class Decoded(NamedTuple):
    """Text decoded from bytes: the encoding used, and what was repaired while decoding ("" if none)."""

    text: str
    encoding: str
    repaired: str = ""


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode file or response bytes; see `decode_text` for the order of encodings tried."""
    return decode_text(data, source, declared).text


def decode_text(data: bytes, source: str, declared: str | None = None) -> Decoded:
    """The text of file or response bytes (`Decoded`); no byte is dropped.

    Tried in order (`_DECODERS`): UTF-32/UTF-16 with a byte-order mark; UTF-16 without one (every
    other byte NUL); the charset a web server ``declared``, when it is one of the Encoding
    Standard's (`_WEB_ENCODINGS`; anything else — ``punycode``, ``rot13``, an unknown name — is
    ignored, as browsers ignore it); UTF-8 (with or without BOM); UTF-8 with a few bytes that
    are not (`_decode_mostly_utf8`: those bytes alone read as cp1252); Chinese, Japanese or Korean
    multi-byte encodings when most bytes are non-ASCII and charset-normalizer (Ousret,
    charset_normalizer) names one; cp1252 (Windows Western, the usual non-UTF-8 news text: bytes
    0x93/0x94 are “ ”); else ftfy's sloppy cp1252, which maps cp1252's five undefined bytes to
    the same-numbered code points instead of failing. Refuses empty input, known binary formats
    (PDF, images, archives, executables) and control-character soup with an `ArticleError`.
    """
    if not data.strip():
        raise ArticleError(source, "empty file")
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise ArticleError(source, f"binary data ({kind}), not text")
    decoded = next(found for decoder in _DECODERS if (found := decoder(data, source, declared)) is not None)
    if not decoded.text.strip("\ufeff \t\n\r\f\v\u00a0"):
        raise ArticleError(source, "empty file")
    sample = decoded.text[:8192]
    if len(_CONTROL.findall(sample)) > 0.05 * len(sample):
        raise ArticleError(source, "binary data (control characters), not text")
    return decoded


def _decode_unicode_bom(data: bytes, source: str, declared: str | None) -> Decoded | None:
    """UTF-32 or UTF-16 announced by a byte-order mark (an invalid one is an `ArticleError`)."""
    for bom, encoding in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as error:
                raise ArticleError(source, f"invalid {encoding.upper()} text ({error.reason})") from None
    return None


def _decode_utf16_or_nul(data: bytes, source: str, declared: str | None) -> Decoded | None:
    """UTF-16 without a byte-order mark; other data with NUL bytes is binary (`ArticleError`)."""
    if b"\x00" not in data[:4096]:
        return None
    encoding = _utf16_without_bom(data)
    if encoding is None:
        raise ArticleError(source, "binary data (NUL bytes), not text")
    return Decoded(data.decode(encoding), encoding)


def _decode_declared(data: bytes, source: str, declared: str | None) -> Decoded | None:
    """The charset a server declared, when it is a web encoding and the bytes fit it."""
    if not declared:
        return None
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return None  # an unknown name: fall back on the bytes themselves
    # As browsers do (WHATWG Encoding Standard), "iso-8859-1" and "ascii" mean cp1252.
    name = "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name
    if name not in _WEB_ENCODINGS:
        return None  # punycode, idna, rot13, base64, unicode_escape…: not how a page is written
    try:
        return Decoded(data.decode(name), name)
    except UnicodeError:
        return None  # a wrong declaration


def _decode_utf8(data: bytes, source: str, declared: str | None) -> Decoded | None:
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8")
    except UnicodeDecodeError:
        return None


def _decode_mostly_utf8(data: bytes, source: str, declared: str | None) -> Decoded | None:
    """UTF-8 with a few invalid bytes (a cp1252 quote pasted into a UTF-8 page): repaired locally.

    When the valid multi-byte UTF-8 sequences outnumber the invalid bytes, the bytes are UTF-8
    and the invalid ones alone are read as cp1252 (each is most often a cp1252 quote mark or
    dash), instead of reading the whole page as cp1252 and turning every “ into â€œ. The
    majority decides because each kind of byte is evidence for one encoding. ``repaired`` says
    how many bytes were read so and where the first one is.
    """
    text = data.decode("utf-8", "surrogateescape")  # each invalid byte becomes one lone surrogate
    invalid = [match.start() for match in _ESCAPED_BYTE.finditer(text)]
    valid = sum(not ch.isascii() for ch in text) - len(invalid)
    if valid <= len(invalid):
        return None
    import ftfy.bad_codecs  # noqa: F401 (registers the "sloppy-windows-1252" codec)

    text = _ESCAPED_BYTE.sub(lambda m: bytes([ord(m.group()) - 0xDC00]).decode("sloppy-windows-1252"), text)
    repaired = f"{len(invalid)} byte{'s' if len(invalid) > 1 else ''} not valid UTF-8 read as cp1252 (first at character {invalid[0]})"
    return Decoded(text.lstrip("\ufeff"), "utf-8", repaired)


def _decode_cjk(data: bytes, source: str, declared: str | None) -> Decoded | None:
    non_ascii = sum(byte >= 0x80 for byte in data[:8192])
    # A few cp1252 quote marks alone ("\x93\x94") also pass for a Chinese character: ask only
    # when there are at least CJK_MIN_BYTES non-ASCII bytes and they are most of the text.
    if non_ascii < CJK_MIN_BYTES or non_ascii <= 0.3 * min(len(data), 8192):
        return None
    from charset_normalizer import from_bytes

    guess = from_bytes(data[:65536]).best()
    if guess is None or guess.encoding not in _CJK_ENCODINGS:
        return None
    try:
        return Decoded(data.decode(guess.encoding), guess.encoding)
    except UnicodeDecodeError:
        return None  # the guess fitted the sample only


def _decode_cp1252(data: bytes, source: str, declared: str | None) -> Decoded:
    try:
        return Decoded(data.decode("cp1252"), "cp1252")
    except UnicodeDecodeError:
        import ftfy.bad_codecs  # noqa: F401 (registers the "sloppy-windows-1252" codec)

        return Decoded(data.decode("sloppy-windows-1252"), "sloppy-windows-1252")


# The decoders `decode_text` tries, in order; the first that returns text wins (the last always does).
_DECODERS = (
    _decode_unicode_bom, _decode_utf16_or_nul, _decode_declared, _decode_utf8, _decode_mostly_utf8, _decode_cjk, _decode_cp1252,
)


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when every other byte is NUL (mostly-Latin UTF-16), else None."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2 or len(data) % 2:
        return None
    even_nuls = sample[0 : 2 * pairs : 2].count(0)
    odd_nuls = sample[1 : 2 * pairs : 2].count(0)
    for encoding, nuls, others in (("utf-16-le", odd_nuls, even_nuls), ("utf-16-be", even_nuls, odd_nuls)):
        if nuls >= 0.5 * pairs and others <= 0.02 * pairs:
            try:
                data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return encoding
    return None


def _load_path(path: Path, article_id: str | None) -> Article:
    name = str(path)
    if not _exists(path):
        raise ArticleError(name, "file not found")
    if path.is_dir():
        raise ArticleError(name, "is a folder, not an article file")
    if not path.is_file():  # a device or pipe (/dev/zero) would never end
        raise ArticleError(name, "not a regular file")
    try:
        with path.open("rb") as handle:
            data = handle.read(FILE_MAX_BYTES + 1)
    except OSError as error:
        raise ArticleError(name, f"cannot read file ({error.strerror or error})") from None
    if len(data) > FILE_MAX_BYTES:
        raise ArticleError(name, f"file too large (over the {FILE_MAX_BYTES:,}-byte limit)")
    text, encoding, repaired = decode_text(data, name)
    article_id = article_id or path.stem
    metadata = {"encoding": encoding, **({"encoding_repaired": repaired} if repaired else {})}
    if (path.suffix.lower() in HTML_SUFFIXES and _MARKUP.search(text[:65536])) or _looks_like_html(text):
        return html_article(text, article_id=article_id, source=name, metadata=metadata)
    return text_article(text, article_id=article_id, source=name, metadata=metadata)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "<head" in head)


def html_article(
    html: str,
    *,
    article_id: str | None = None,
    source: str = "<html>",
    url: str | None = None,
    metadata: dict | None = None,
) -> Article:
    """An `Article` from an HTML page: main text only, via trafilatura (Barbaresi 2021).

    Navigation, scripts, styles, comment sections and forms are dropped by the extractor; script
    content is never executed; text the parser or the extractor would lose is kept or reported
    (`analysis.html_text.page_text`: notes in ``metadata``, a warning for what was dropped).
    Paragraphs are separated by blank lines. Mojibake is repaired as in `text_article`.
    """
    html = normalise_text(html)
    page = page_text(html, source, url)
    document = page.document
    text, repair = repair_mojibake(normalise_text(page.text), from_clean_utf8=_clean_utf8(metadata))
    body = PARAGRAPH_BREAK.sub("\n", text).strip().replace("\n", "\n\n")
    found = {
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
    title = found.get("title", "")
    if title and body.startswith(title):
        body = body[len(title) :].lstrip()
    body, boilerplate = strip_boilerplate(body)
    if not body.strip():
        raise ArticleError(source, "no article text found in the HTML page")
    article_id = article_id or "html-" + _content_hash(body)
    meta = {"source": source, "title": title, **found, **(metadata or {})}
    if repair:
        meta["mojibake_repaired"] = repair
    if boilerplate:
        meta["boilerplate_removed"] = boilerplate
    meta.update(page.notes)
    for key in ("html_repeats_dropped", "html_text_dropped"):
        if key in page.notes:
            warnings.warn(f"{source}: {page.notes[key]}", stacklevel=2)
    return _with_language(Article(id=article_id, title=title, text=body, metadata=meta))


def _load_url(url: str, article_id: str | None) -> Article:
    data, content_type = fetch_url(url)
    if _NOT_TEXT_TYPES.search(content_type) and not _looks_like_html(data[:512].decode("latin-1")):
        raise ArticleError(url, f"not a text page (Content-Type {printable(content_type.split(';')[0].strip())})")
    charset = re.search(r"charset=[\"']?([A-Za-z0-9._:-]+)", content_type)
    text, encoding, repaired = decode_text(data, url, charset.group(1) if charset else None)
    article_id = article_id or _url_id(url)
    metadata = {"url": url, "encoding": encoding, **({"encoding_repaired": repaired} if repaired else {})}
    if "html" in content_type.lower() or _looks_like_html(text):
        return html_article(text, article_id=article_id, source=url, url=url, metadata=metadata)
    return text_article(text, article_id=article_id, source=url, metadata=metadata)


def _url_id(url: str) -> str:
    """A readable, stable id: the last path segment plus a short hash of the whole URL."""
    parts = urllib.parse.urlsplit(url)
    segment = re.sub(r"[^A-Za-z0-9-]+", "-", parts.path.rstrip("/").rsplit("/", 1)[-1] or parts.netloc).strip("-")
    return f"{segment[:60] or 'page'}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:8]}"
