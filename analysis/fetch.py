"""Fetch an http(s) URL: one deadline for the whole request, a size limit, no credentials sent.

A web page is untrusted input. The deadline covers the whole exchange — connecting, the status
line, every header, any number of interim ``100 Continue`` responses and the body — because every
read from the socket waits only for the time left (`_DeadlineReader`), as curl's ``--max-time``
bounds a whole transfer. Whatever the server sends that is shown to the user (the reason phrase
of an error, a refused redirect address) passes through `printable` first.
"""

from __future__ import annotations

import http.client
import io
import socket
import time
import unicodedata
import urllib.error
import urllib.parse
import urllib.request

from .errors import ArticleError

# The whole request, first byte to last; a news page on a slow line arrives in a few seconds.
FETCH_TIMEOUT_SECONDS = 15
FETCH_MAX_BYTES = 5 * 1024 * 1024
# Bidirectional controls reorder what a terminal shows (Boucher & Anderson 2021, "Trojan Source"):
# escaped in server-supplied text like the C0 and C1 controls (escape sequences start with them).
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# A reason phrase is a few words ("Not Found"); a longer one is cut at this many characters.
REASON_MAX_CHARS = 200


def printable(text: str) -> str:
    """``text`` with control and bidirectional-control characters shown as ``\\xNN`` escapes.

    A server chooses its reason phrase and redirect address: printed raw, an ESC or CSI
    (``\\x1b[…``, ``\\x9b…``) would drive the user's terminal. Everything else is kept.
    """
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if unicodedata.category(ch) == "Cc" or ch in _BIDI_CONTROLS
        else ch
        for ch in text
    )


def redacted(url: str) -> str:
    """``url`` with any user name and password replaced by ``***``: what an error may print."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    authority, slash, path = rest.partition("/")
    if "@" not in authority:
        return url
    return f"{scheme}://***@{authority.rpartition('@')[2]}{slash}{path}"


class _Deadline:
    """The instant a request must be over by (monotonic clock)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def remaining(self) -> float:
        """Seconds left; raises `TimeoutError` when none are."""
        left = self.end - time.monotonic()
        if left <= 0:
            raise TimeoutError
        return left


class _DeadlineReader(io.RawIOBase):
    """A socket's incoming bytes, each receive waiting at most until the deadline."""

    def __init__(self, owner: _DeadlineSocket) -> None:
        super().__init__()
        self._owner = owner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # noqa: ANN001 (io API)
        sock = self._owner.sock
        sock.settimeout(self._owner.deadline.remaining())
        return sock.recv_into(buffer)

    def close(self) -> None:
        if not self.closed:
            super().close()
            self._owner.reader_closed()


class _DeadlineSocket:
    """A connected socket whose reader (``makefile``, what `http.client` reads) keeps the deadline.

    Sending goes to the socket itself; a send waits at most the time that was left at the last
    read or at connection. As with `socket.socket.makefile`, the socket closes when it and every
    reader made from it are closed (urllib closes the connection before the body is read).
    """

    def __init__(self, sock: socket.socket, deadline: _Deadline) -> None:
        self.sock = sock
        self.deadline = deadline
        self._readers = 0
        self._closed = False

    def makefile(self, mode: str = "rb", *args, **kwargs) -> io.BufferedReader:  # noqa: ARG002 (socket API)
        self._readers += 1
        return io.BufferedReader(_DeadlineReader(self))

    def reader_closed(self) -> None:
        self._readers -= 1
        if self._closed and not self._readers:
            self.sock.close()

    def close(self) -> None:
        self._closed = True
        if not self._readers:
            self.sock.close()

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self.sock, name)


class _DeadlineConnection:
    """Mixed into `http.client`'s connections: connect within the time left, then read within it."""

    def __init__(self, *args, deadline: _Deadline, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._deadline = deadline

    def connect(self) -> None:
        self.timeout = self._deadline.remaining()  # connection and TLS handshake
        super().connect()
        self.sock = _DeadlineSocket(self.sock, self._deadline)


class _DeadlineHTTPConnection(_DeadlineConnection, http.client.HTTPConnection):
    pass


class _DeadlineHTTPSConnection(_DeadlineConnection, http.client.HTTPSConnection):
    pass


class _DeadlineHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def http_open(self, req):  # noqa: ANN001, ANN201 (urllib API)
        return self.do_open(_DeadlineHTTPConnection, req, deadline=self._deadline)


class _DeadlineHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def https_open(self, req):  # noqa: ANN001, ANN201 (urllib API)
        return self.do_open(_DeadlineHTTPSConnection, req, context=self._context, deadline=self._deadline)


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s) addresses without credentials."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001, ANN201 (urllib API)
        parts = urllib.parse.urlsplit(newurl)
        if parts.scheme.lower() not in ("http", "https"):
            raise urllib.error.URLError(f"redirect to a non-http(s) address {printable(redacted(newurl))!r}")
        if "@" in parts.netloc:
            raise urllib.error.URLError("redirect to an address with a user name or password")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def check_url(url: str) -> urllib.parse.SplitResult:
    """The parts of an http(s) URL fit to fetch, or an `ArticleError` saying why it is not.

    Refused: other schemes, no host, a port out of range, hosts under ``.invalid`` (which fail
    at once without a DNS query, RFC 6761 §6.4) and a user name or password in the address —
    urllib would hand them to the resolver as part of the host, and an error would print them;
    the error names the URL with them replaced by ``***``.
    """
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError for a port out of range)
    except ValueError as error:
        raise ArticleError(redacted(url), f"invalid URL ({error})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ArticleError(redacted(url), f"unsupported URL scheme '{scheme}' (only http and https)")
    if "@" in parts.netloc:
        raise ArticleError(redacted(url), "URL with a user name or password refused (credentials are never sent)")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise ArticleError(url, "invalid URL (no host name)")
    if host == "invalid" or host.endswith(".invalid"):
        raise ArticleError(url, f"URL failed (host not found: {host})")
    return parts


def fetch_url(url: str, *, timeout: float | None = None, max_bytes: int | None = None) -> tuple[bytes, str]:
    """GET an http(s) URL within ``timeout`` seconds and ``max_bytes``; return (body, content type).

    ``timeout`` (default `FETCH_TIMEOUT_SECONDS`, read at call time) bounds the whole request,
    redirects included; ``max_bytes`` (default `FETCH_MAX_BYTES`) the body, from Content-Length
    or while streaming. A body shorter than its Content-Length, or a chunked body cut off, is
    reported as truncated. Redirects are followed to http(s) addresses only. Every failure is an
    `ArticleError` naming the URL in one line.
    """
    timeout = FETCH_TIMEOUT_SECONDS if timeout is None else timeout
    max_bytes = FETCH_MAX_BYTES if max_bytes is None else max_bytes
    check_url(url)
    deadline = _Deadline(timeout)
    opener = urllib.request.build_opener(_HttpOnlyRedirects, _DeadlineHTTPHandler(deadline), _DeadlineHTTPSHandler(deadline))
    request = urllib.request.Request(url, headers={"User-Agent": "media-analysis-notebooks/0.1"})
    try:
        with opener.open(request, timeout=timeout) as response:
            return _read_body(response, url, max_bytes), response.headers.get("Content-Type", "")
    except ArticleError:
        raise  # a size limit or a truncation found above (ArticleError is a ValueError: keep it first)
    except urllib.error.HTTPError as error:
        lines = str(error.reason).strip().splitlines()  # urllib's loop message adds a second line
        reason = printable(lines[0][:REASON_MAX_CHARS] if lines else "")
        if 300 <= error.code < 400:
            raise ArticleError(url, f"redirect refused ({reason})") from None
        raise ArticleError(url, f"HTTP error {error.code} {reason}".strip()) from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise ArticleError(url, f"timed out after {timeout:g} s") from None
        if isinstance(error.reason, OSError) and error.reason.strerror:
            raise ArticleError(url, f"URL failed ({error.reason.strerror})") from None
        raise ArticleError(url, f"URL failed ({printable(str(error.reason))})") from None
    except TimeoutError:
        raise ArticleError(url, f"timed out after {timeout:g} s") from None
    except http.client.IncompleteRead:
        raise ArticleError(url, "page truncated (the connection closed in the middle of a chunk)") from None
    except http.client.HTTPException as error:
        raise ArticleError(url, f"bad HTTP response ({type(error).__name__})") from None
    except (OSError, ValueError) as error:  # ValueError: a host name IDNA cannot encode, and the like
        raise ArticleError(url, f"URL failed ({printable(str(error))})") from None


def _read_body(response: http.client.HTTPResponse, url: str, max_bytes: int) -> bytes:
    """The response body, refused over ``max_bytes`` and when shorter than its Content-Length."""
    declared = response.headers.get("Content-Length", "").strip()
    expected = int(declared) if declared.isdigit() else None
    if expected is not None and expected > max_bytes:
        raise ArticleError(url, f"page too large ({expected:,} bytes; limit {max_bytes:,})")
    chunks, size = [], 0
    while chunk := response.read1(65536):
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise ArticleError(url, f"page too large (over the {max_bytes:,}-byte limit)")
    if expected is not None and size < expected:
        raise ArticleError(url, f"page truncated ({size:,} of the {expected:,} bytes its Content-Length announced)")
    return b"".join(chunks)
