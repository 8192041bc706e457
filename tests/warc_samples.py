"""Web archives built by the tests, with warcio's writer: the corpus pages as HTML responses,
each after its request, among the records a crawl also holds (warcinfo, a picture, a 404
page, a DNS resource record)."""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import CORPUS, SHARED_MISSING

DATE = "2026-11-21T09:30:00Z"
"""The WARC-Date of every record the builder writes (16:30 in Vietnam)."""

#: What :func:`write_warc` adds to the pages, counted as :class:`WarcCounts` counts them.
EXTRA_SKIPPED = {"warcinfo": 1, "request": 1, "non-html": 1, "not-ok": 1, "resource": 1}


def corpus_pages() -> list[tuple[str, bytes]]:
    """The corpus pages as ``(uri, bytes)``: each page's own URL from SOURCES.tsv where it
    has one, else a made-up one under https://corpus.invalid/."""
    # The WARC tests build their archives from the corpus: without it they skip, or under CI
    # fail, for the one reason every test that needs ../shared gives.
    if SHARED_MISSING is not None:
        if os.environ.get("CI"):
            pytest.fail(f"CI {SHARED_MISSING}")
        pytest.skip(SHARED_MISSING)
    urls: dict[str, str] = {}
    sources = CORPUS / "SOURCES.tsv"
    if sources.is_file():
        for line in sources.read_text(encoding="utf-8").splitlines()[1:]:
            cells = line.split("\t")
            if len(cells) >= 5 and cells[4].startswith("http"):
                urls[cells[0]] = cells[4]
    pages = []
    for path in sorted(CORPUS.glob("*/*.html")):
        key = f"{path.parent.name}/{path.name}"
        pages.append((urls.get(key, f"https://corpus.invalid/{key}"), path.read_bytes()))
    assert len(pages) >= 10, f"too few corpus pages in {CORPUS}"
    return pages


def _http(status: str, content_type: str | None, extra: Sequence[tuple[str, str]] = ()) -> object:
    headers = [("Content-Type", content_type)] if content_type else []
    return StatusAndHeaders(status, [*headers, *extra], protocol="HTTP/1.1")


def write_warc(
    path: Path,
    pages: Sequence[tuple[str, bytes]],
    *,
    compress: bool = True,
    content_type: str | None = "text/html; charset=utf-8",
    others: bool = True,
) -> Path:
    """Write ``pages`` as HTML responses to a WARC file at ``path``.

    With ``others``, a warcinfo record comes first, the first page's request before it, and
    a PNG response, a 404 page and a DNS resource record after the pages (see
    :data:`EXTRA_SKIPPED`).
    """
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=compress)

        def record(uri: str, kind: str, payload: bytes, http: object = None) -> None:
            writer.write_record(
                writer.create_warc_record(
                    uri,
                    kind,
                    payload=io.BytesIO(payload),
                    length=len(payload),
                    http_headers=http,
                    warc_headers_dict={"WARC-Date": DATE},
                )
            )

        if others:
            info = writer.create_warcinfo_record(path.name, {"software": "tests"})
            writer.write_record(info)
        for n, (uri, page) in enumerate(pages):
            if others and n == 0:
                request = f"GET / HTTP/1.1\r\nHost: {uri.split('/')[2]}\r\n\r\n".encode()
                record(uri, "request", request, None)
            record(uri, "response", page, _http("200 OK", content_type))
        if others:
            record(
                "https://corpus.invalid/logo.png",
                "response",
                b"\x89PNG\r\n\x1a\n" * 4,
                _http("200 OK", "image/png"),
            )
            record(
                "https://corpus.invalid/gone.html",
                "response",
                b"<html><body><h1>Not Found</h1></body></html>",
                _http("404 Not Found", "text/html"),
            )
            record("dns:corpus.invalid", "resource", b"corpus.invalid. 300 IN A 127.0.0.1\n")
    return path
