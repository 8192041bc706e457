"""WARC and ARC input: which records become pages, what they carry, and that their articles
are the ones read_html gives for the same page, URL and fetch time."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import pickle
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from vn_newsdoc.errors import MalformedInputError, MissingExtraError, NewsdocError, ReaderError
from vn_newsdoc.html import read_html
from vn_newsdoc.model import Article
from vn_newsdoc.warc import (
    WarcCounts,
    _parse_warc_date,
    looks_like_warc,
    read_page,
    read_warc,
    warc_pages,
)
from warc_samples import DATE, EXTRA_SKIPPED, corpus_pages, write_warc

FETCHED = dt.datetime(2026, 11, 21, 9, 30, tzinfo=dt.UTC)

PAGE = """<html><head><title>Mưa lớn - Báo Mẫu</title></head><body>
<h1>Mưa lớn gây ngập ở Quảng Tín</h1><p class="date">2 giờ trước</p>
<div class="detail-content"><p>Nước dâng nhanh ở các thôn ven suối, người dân kê đồ đạc lên
cao để tránh ngập.</p><p>Chính quyền xã đã cử lực lượng hỗ trợ, chưa có thiệt hại về người.</p>
</div></body></html>"""


@pytest.fixture(scope="module")
def corpus_warc(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[str, bytes]]]:
    pages = corpus_pages()
    return write_warc(tmp_path_factory.mktemp("warc") / "corpus.warc.gz", pages), pages


def test_corpus_pages_read_as_read_html_reads_them(
    corpus_warc: tuple[Path, list[tuple[str, bytes]]],
) -> None:
    path, pages = corpus_warc
    counts = WarcCounts()
    readings = list(read_warc(path, counts=counts))
    assert [uri for uri, _ in readings] == [uri for uri, _ in pages]
    for (uri, result), (_, page) in zip(readings, pages, strict=True):
        expected = read_html(page, url=uri, reference=FETCHED)
        assert result == expected, uri
    assert counts.pages == len(pages)
    assert dict(counts.skipped) == EXTRA_SKIPPED
    assert counts.skipped_total == sum(EXTRA_SKIPPED.values())


def test_pages_carry_uri_payload_date_charset_and_record_id(
    corpus_warc: tuple[Path, list[tuple[str, bytes]]],
) -> None:
    path, pages = corpus_warc
    found = list(warc_pages(path))
    assert [(p.uri, p.payload) for p in found] == pages
    assert {p.date for p in found} == {FETCHED}
    assert {p.charset for p in found} == {"utf-8"}
    ids = [p.record_id for p in found]
    assert all(i is not None and i.startswith("<urn:uuid:") for i in ids)
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_plain_and_gzipped_files_from_a_name_or_a_stream(tmp_path: Path, compress: bool) -> None:
    path = write_warc(
        tmp_path / "one.warc", [("https://baomau.vn/a.html", PAGE.encode())], compress=compress
    )
    assert looks_like_warc(path.read_bytes()[:512])
    for source in (path, str(path), io.BytesIO(path.read_bytes())):
        ((uri, article),) = list(read_warc(source))
        assert uri == "https://baomau.vn/a.html"
        assert isinstance(article, Article)
        assert article.url == "https://baomau.vn/a.html"
        assert article.headline == "Mưa lớn gây ngập ở Quảng Tín"


def test_the_warc_date_is_the_reference_for_relative_datelines(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "a.warc.gz", [("https://baomau.vn/a.html", PAGE.encode())])
    ((_, article),) = list(read_warc(path))
    assert isinstance(article, Article)
    # 09:30 UTC is 16:30 in Vietnam; two hours before is 14:30 there.
    assert article.published == dt.datetime(2026, 11, 21, 7, 30, tzinfo=dt.UTC)
    assert DATE == "2026-11-21T09:30:00Z"


def test_a_page_that_cannot_be_read_is_yielded_with_its_error(tmp_path: Path) -> None:
    pages = [
        ("https://baomau.vn/empty.html", b"<html><body><div></div></body></html>"),
        ("https://baomau.vn/a.html", PAGE.encode()),
    ]
    readings = list(read_warc(write_warc(tmp_path / "a.warc.gz", pages, others=False)))
    assert [uri for uri, _ in readings] == [uri for uri, _ in pages]
    error, article = readings[0][1], readings[1][1]
    assert isinstance(error, ReaderError)
    assert error.source == "https://baomau.vn/empty.html"
    assert isinstance(article, Article)


def test_a_response_without_content_type_is_html_when_it_looks_so(tmp_path: Path) -> None:
    pages = [("https://baomau.vn/a", PAGE.encode()), ("https://baomau.vn/b", b"\x00\x01binary")]
    counts = WarcCounts()
    found = list(
        warc_pages(
            write_warc(tmp_path / "a.warc", pages, content_type=None, others=False), counts=counts
        )
    )
    assert [p.uri for p in found] == ["https://baomau.vn/a"]
    assert dict(counts.skipped) == {"non-html": 1}
    assert found[0].charset is None


# Cyrillic in windows-1251, without a <meta charset>: not UTF-8 and not Vietnamese, so the
# page alone would be read as windows-1252.
_CYRILLIC = "Новости дня сегодня"
_CYRILLIC_PAGE = (
    f"<html><body><h1>{_CYRILLIC}</h1><div class='detail-content'><p>{'Текст статьи. ' * 20}"
    "</p></div></body></html>"
).encode("windows-1251")


@pytest.mark.parametrize(
    ("page", "content_type", "headline"),
    [
        # The HTTP header says what a page that declares nothing is.
        (_CYRILLIC_PAGE, "text/html; charset=windows-1251", _CYRILLIC),
        # A page's own declaration wins over the server's.
        (
            ('<meta charset="utf-8">' + PAGE).encode(),
            "text/html; charset=iso-8859-1",
            "Mưa lớn gây ngập ở Quảng Tín",
        ),
    ],
    ids=["server-charset", "page-declaration-first"],
)
def test_the_server_charset_serves_pages_that_declare_none(
    tmp_path: Path, page: bytes, content_type: str, headline: str
) -> None:
    pages = [("https://baomau.vn/a", page)]
    path = write_warc(tmp_path / "a.warc", pages, content_type=content_type, others=False)
    ((_, article),) = list(read_warc(path))
    assert isinstance(article, Article)
    assert article.headline == headline


def test_a_gzip_encoded_chunked_response_is_decoded(tmp_path: Path) -> None:
    body = gzip.compress(PAGE.encode())
    chunked = f"{len(body):x}\r\n".encode() + body + b"\r\n0\r\n\r\n"
    http = StatusAndHeaders(
        "200 OK",
        [
            ("Content-Type", "text/html"),
            ("Content-Encoding", "gzip"),
            ("Transfer-Encoding", "chunked"),
        ],
        protocol="HTTP/1.1",
    )
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    writer.write_record(
        writer.create_warc_record(
            "https://baomau.vn/a",
            "response",
            payload=io.BytesIO(chunked),
            length=len(chunked),
            http_headers=http,
        )
    )
    buffer.seek(0)
    ((_, article),) = list(read_warc(buffer))
    assert isinstance(article, Article)
    assert article.headline == "Mưa lớn gây ngập ở Quảng Tín"


def _arc(records: list[tuple[str, str, bytes]]) -> bytes:
    """An ARC (version 1) file: the file header record, then one record per response."""
    fields = b"URL IP-address Archive-date Content-type Archive-length\n"
    header_body = b"1 0 Tests\n" + fields
    out = [b"filedesc://test.arc 0.0.0.0 20190807100000 text/plain %d\n" % len(header_body)]
    out.append(header_body + b"\n")
    for url, date, page in records:
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
        out.append(f"{url} 127.0.0.1 {date} text/html {len(http)}\n".encode() + http + b"\n")
    return b"".join(out)


@pytest.mark.parametrize("compress", [False, True], ids=["arc", "arc.gz"])
def test_arc_files(tmp_path: Path, compress: bool) -> None:
    data = _arc([("https://baomau.vn/a.html", "20261121093000", PAGE.encode())])
    path = tmp_path / "old.arc"
    path.write_bytes(gzip.compress(data) if compress else data)
    assert looks_like_warc(path.read_bytes()[:512])
    counts = WarcCounts()
    (page,) = list(warc_pages(path, counts=counts))
    assert (page.uri, page.date, page.record_id) == ("https://baomau.vn/a.html", FETCHED, None)
    ((_, article),) = list(read_warc(path))
    assert isinstance(article, Article)
    assert article.published == dt.datetime(2026, 11, 21, 7, 30, tzinfo=dt.UTC)
    assert counts.pages == 1


def test_a_file_that_is_not_an_archive_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "page.warc"
    path.write_bytes(PAGE.encode())
    with pytest.raises(MalformedInputError, match="not a readable WARC or ARC file") as info:
        list(read_warc(path))
    assert info.value.source == str(path)


def test_a_file_cut_short_gives_the_pages_before_then_an_error(tmp_path: Path) -> None:
    pages = [(f"https://baomau.vn/{n}.html", PAGE.encode()) for n in range(3)]
    whole = write_warc(tmp_path / "a.warc.gz", pages, others=False).read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[: len(whole) - 200])
    readings = read_warc(cut)
    for uri, _ in pages[:2]:
        got, article = next(readings)
        assert got == uri
        assert isinstance(article, Article)
    with pytest.raises(MalformedInputError, match="cut short"):
        next(readings)


def test_without_warcio_one_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [m for m in sys.modules if m == "warcio" or m.startswith("warcio.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "warcio", None)
    with pytest.raises(MissingExtraError) as info:
        list(read_warc(io.BytesIO(b"WARC/1.0\r\n")))
    err = info.value
    assert isinstance(err, NewsdocError)
    assert isinstance(err, ImportError)
    assert str(err) == 'WARC input needs warcio: pip install "vn_newsdoc[warc]"'
    assert (err.module, err.extra) == ("warcio", "warc")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-21T09:30:00Z", FETCHED),
        ("2026-11-21T09:30:00.123456789Z", FETCHED.replace(microsecond=123456)),
        ("2026-11-21T16:30:00+07:00", FETCHED),
        ("2026-11-21T09:30:00.5Z", FETCHED.replace(microsecond=500000)),
        ("2026-11-21 09:30:00", None),
        ("2026-13-21T09:30:00Z", None),
        ("yesterday", None),
        (None, None),
    ],
)
def test_warc_dates(text: str | None, expected: dt.datetime | None) -> None:
    assert _parse_warc_date(text) == expected


def test_counts_add_up_across_files(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "a.warc.gz", [("https://baomau.vn/a.html", PAGE.encode())])
    counts = WarcCounts()
    for _ in range(2):
        list(read_warc(path, counts=counts))
    assert counts.pages == 2
    assert counts.skipped["request"] == 2


def test_a_warc_gzipped_as_one_member_is_read(tmp_path: Path) -> None:
    """``gzip file.warc`` makes one gzip member of the whole file, which warcio alone
    refuses; it holds the same records."""
    pages = [(f"https://baomau.vn/{n}.html", PAGE.encode()) for n in range(3)]
    plain = write_warc(tmp_path / "a.warc", pages, compress=False)
    whole = tmp_path / "a.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    assert [uri for uri, _ in read_warc(whole)] == [uri for uri, _ in pages]


def test_a_gzipped_page_is_not_an_archive(tmp_path: Path) -> None:
    path = tmp_path / "page.warc.gz"
    path.write_bytes(gzip.compress(PAGE.encode()))
    assert not looks_like_warc(path.read_bytes())
    with pytest.raises(MalformedInputError, match="not a readable WARC or ARC file"):
        list(warc_pages(path))


def test_a_page_read_elsewhere_gives_the_same_article(
    corpus_warc: tuple[Path, list[tuple[str, bytes]]],
) -> None:
    """Pages pickle, and read_page reads one as read_warc does: the way to spread an
    archive over worker processes."""
    path, _ = corpus_warc
    sent = [pickle.loads(pickle.dumps(page)) for page in warc_pages(path)]
    readings = list(read_warc(path))
    assert len(sent) == len(readings)
    for page, (uri, result) in zip(sent, readings, strict=True):
        assert page.uri == uri
        if isinstance(result, Article):
            assert read_page(page) == result
        else:
            with pytest.raises(type(result)):
                read_page(page)
