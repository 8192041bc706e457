"""Fetching a page over HTTP(S) with the standard library, bounded in time and size."""

from __future__ import annotations

import time
from typing import IO, Final, NamedTuple

from vn_newsdoc.errors import InputLimitError, NewsdocError, SourceError
from vn_newsdoc.html._parse import MAX_INPUT_BYTES

__all__ = ["DEFAULT_TIMEOUT", "Fetched", "fetch", "is_url", "user_agent"]

DEFAULT_TIMEOUT: Final = 30.0
"""Seconds a fetch may take in all (connecting, redirects and the whole body)."""

_CHUNK: Final = 1 << 16
_SCHEMES: Final = ("http://", "https://")


class Fetched(NamedTuple):
    """A fetched page."""

    url: str
    """The address the page was served from, after redirects."""
    data: bytes
    """The body as sent."""
    charset: str | None
    """The charset the server's ``Content-Type`` names, if any."""


def is_url(source: str) -> bool:
    """Whether ``source`` is an ``http://`` or ``https://`` address."""
    return source[:8].lower().startswith(_SCHEMES)


def user_agent() -> str:
    """The ``User-Agent`` sent: ``vn_newsdoc/<version>`` and where to read about it."""
    from vn_newsdoc import __version__  # noqa: PLC0415  (the package imports this module)

    return f"vn_newsdoc/{__version__} (+https://vn-newsdoc.readthedocs.io/)"


def fetch(
    url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = MAX_INPUT_BYTES
) -> Fetched:
    """Fetch ``url``, following up to 10 redirects, within ``timeout`` seconds in all.

    Raises:
        SourceError: The address cannot be reached, the server answers with an error
            status, or the whole fetch takes longer than ``timeout``.
        InputLimitError: The body is larger than ``max_bytes`` (the HTML reader's limit).
    """
    # Imported here: urllib.request takes longer to import than the rest of the package.
    import http.client  # noqa: PLC0415
    import urllib.error  # noqa: PLC0415
    import urllib.request  # noqa: PLC0415

    class _HTTPRedirects(urllib.request.HTTPRedirectHandler):
        """Follow redirects to HTTP(S) addresses only (never to ``ftp:`` or ``file:``)."""

        def redirect_request(  # noqa: PLR0917  (urllib calls it so)
            self,
            req: urllib.request.Request,
            fp: IO[bytes],
            code: int,
            msg: str,
            headers: http.client.HTTPMessage,
            newurl: str,
        ) -> urllib.request.Request | None:
            if not is_url(newurl):
                fp.close()
                raise SourceError(req.full_url, f"redirected to a non-HTTP address: {newurl}")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    opener = urllib.request.build_opener(_HTTPRedirects())
    request = urllib.request.Request(
        url, headers={"User-Agent": user_agent(), "Accept": "text/html,*/*;q=0.8"}
    )
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            final = response.geturl()
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise InputLimitError("bytes", int(length), max_bytes, source=url)
            chunks: list[bytes] = []
            size = 0
            while chunk := response.read(_CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise InputLimitError("bytes", size, max_bytes, source=url)
                if time.monotonic() > deadline:
                    raise SourceError(url, f"timed out after {timeout:g} s")
                chunks.append(chunk)
            charset = response.headers.get_content_charset()
    except NewsdocError:  # the size limit, a redirect refused
        raise
    except urllib.error.HTTPError as exc:
        exc.close()
        raise SourceError(url, f"HTTP {exc.code} {exc.reason}", status=exc.code) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise SourceError(url, f"timed out after {timeout:g} s") from None
        shown = getattr(reason, "strerror", None) or str(reason)
        raise SourceError(
            url, f"cannot fetch: {shown}", errno=getattr(reason, "errno", None)
        ) from None
    except TimeoutError:
        raise SourceError(url, f"timed out after {timeout:g} s") from None
    except (http.client.HTTPException, ValueError) as exc:
        raise SourceError(url, f"cannot fetch: {exc}") from None
    except OSError as exc:
        raise SourceError(url, f"cannot fetch: {exc.strerror or exc}", errno=exc.errno) from None
    return Fetched(final, b"".join(chunks), charset)
