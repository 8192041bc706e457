"""read_file, read_many and guess_format: inputs to articles, one or many, in order."""

from __future__ import annotations

import errno
import gzip
import logging
import pickle
from collections.abc import Sequence
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import ROOT
from local_http import HEADLINE, PAGE, serving
from vn_newsdoc import (
    Article,
    MissingFieldError,
    NewsdocError,
    ReaderError,
    SourceError,
    UnknownFormatError,
    UnsupportedInputError,
    __version__,
    guess_format,
    read_file,
    read_html,
    read_many,
    read_text,
    write_json,
)
from vn_newsdoc.html._parse import MAX_INPUT_BYTES
from vn_newsdoc.inputs import LOG_SOURCE, READER_OPTIONS, options_for, user_agent
from vn_newsdoc.inputs._fetch import fetch
from vn_newsdoc.inputs._read import read_data
from vn_newsdoc.registry import READERS

SAMPLE_TXT = ROOT / "examples" / "sample-article.txt"
SAMPLE_HTML = ROOT / "examples" / "sample-article.html"


# ---------------------------------------------------------------------------------------
# guess_format: formats that are none of ours are refused, naming what they are.


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        pytest.param(b"%PDF-1.7\n%\xe2\xe3", "a PDF document", id="pdf"),
        pytest.param(gzip.compress(b"<html></html>"), "gzip-compressed data", id="gzip"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00", "a PNG image", id="png"),
        pytest.param(b"PK\x03\x04\x14\x00", "a ZIP archive", id="zip"),
        pytest.param(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "a WARC archive", id="warc"),
        pytest.param(
            "url\ttiêu đề\tngày\nhttps://a\tMưa\t2019\nhttps://b\tNắng\t2020\n".encode(),
            "tab-separated values",
            id="tsv",
        ),
        pytest.param(bytes(range(256)) * 4, "binary data", id="binary"),
    ],
)
@pytest.mark.parametrize("name", ["trang.html", "trang.txt", "trang.json", "trang.xml", "trang"])
def test_foreign_inputs_are_refused_whatever_their_name(name: str, head: bytes, kind: str) -> None:
    with pytest.raises(UnsupportedInputError) as caught:
        guess_format(name, head)
    assert kind in caught.value.kind
    assert caught.value.source == name
    assert isinstance(caught.value, ReaderError)


def test_a_text_dump_with_tabs_in_one_line_is_text() -> None:
    dump = "Tin nóng\n\n01/07/2022 18:45\nBảng:\tmột\thai\nMột đoạn văn.\n".encode()
    assert guess_format("a.txt", dump) == "text"


def test_every_reader_is_in_the_options_table() -> None:
    assert set(READER_OPTIONS) == set(READERS)
    for fmt, takes in READER_OPTIONS.items():
        options = options_for(fmt, name="a", url="https://tin.example/a", strict=True)
        assert set(options) <= takes
        # Each option is one the reader really takes: calling it with them raises no TypeError.
        with pytest.raises(ReaderError):
            READERS[fmt]("", **options)


# ---------------------------------------------------------------------------------------
# read_file


@pytest.mark.parametrize("suffix", [".txt", ".json", ".xml", ""])
def test_read_file_reads_a_page_saved_under_another_name_as_html(
    tmp_path: Path, suffix: str
) -> None:
    saved = tmp_path / f"trang{suffix}"
    saved.write_bytes(SAMPLE_HTML.read_bytes())
    assert read_file(saved) == read_html(SAMPLE_HTML.read_bytes())


def test_read_file_passes_its_options_to_the_reader_that_takes_them(tmp_path: Path) -> None:
    url = "https://tin.example/thoi-su/mua.html"
    assert read_file(SAMPLE_HTML, url=url) == read_html(SAMPLE_HTML.read_bytes(), url=url)
    undated = tmp_path / "khong-ngay.txt"
    undated.write_text("Tin không ngày\n\nMột đoạn văn của bài.\n", encoding="utf-8")
    assert read_file(undated) == read_text(undated.read_bytes())
    with pytest.raises(MissingFieldError) as caught:
        read_file(undated, strict=True)
    assert caught.value.format == "text"
    assert caught.value.source == str(undated)


def test_read_file_gives_a_url_to_every_reader(tmp_path: Path) -> None:
    url = "https://tin.example/a"
    article = read_file(SAMPLE_TXT, url=url)
    assert article.url == url
    assert article == attrs.evolve(read_text(SAMPLE_TXT.read_bytes()), url=url)
    written = tmp_path / "bai.json"
    written.write_text(write_json(attrs.evolve(article, url=None)), encoding="utf-8")
    assert read_file(written, url=url).url == url
    # The document's own address wins over where the copy was found.
    written.write_text(write_json(article), encoding="utf-8")
    assert read_file(written, url="https://mirror.example/b").url == url


def test_read_file_errors(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as missing:
        read_file(tmp_path / "khong-co.html")
    assert isinstance(missing.value, OSError)
    assert (missing.value.errno, missing.value.reason) == (errno.ENOENT, "no such file")
    with pytest.raises(SourceError, match="is a directory, not a file"):
        read_file(tmp_path)
    with pytest.raises(UnknownFormatError):
        read_file(SAMPLE_TXT, format="docx")
    pdf = tmp_path / "bao-cao.html"
    pdf.write_bytes(b"%PDF-1.4 ...")
    with pytest.raises(UnsupportedInputError, match="it is a PDF document"):
        read_file(pdf)


def test_our_errors_survive_pickling() -> None:
    for error in (
        SourceError("a.html", "no such file", errno=errno.ENOENT),
        SourceError("https://tin.example/a", "HTTP 404 Not Found", status=404),
        UnsupportedInputError("a PNG image", source="anh.html"),
    ):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert str(copy) == str(error)
        assert copy.__dict__ == error.__dict__


# ---------------------------------------------------------------------------------------
# read_many


def _inputs(folder: Path) -> list[Path]:
    """Good pages and failures, interleaved."""
    (folder / "a.txt").write_bytes(SAMPLE_TXT.read_bytes())
    (folder / "b.html").write_bytes(SAMPLE_HTML.read_bytes())
    (folder / "c.pdf").write_bytes(b"%PDF-1.7")
    (folder / "d.json").write_text('{"headline": "Tin', encoding="utf-8")
    (folder / "e.txt").write_text(PAGE, encoding="utf-8")
    return [
        folder / "a.txt",
        folder / "missing.html",
        folder / "b.html",
        folder / "c.pdf",
        folder / "d.json",
        folder / "e.txt",
        folder / "a.txt",
    ]


def _summary(
    results: Sequence[tuple[object, Article | NewsdocError]],
) -> list[tuple[object, str]]:
    return [
        (source, got.headline if isinstance(got, Article) else type(got).__name__)
        for source, got in results
    ]


def test_read_many_yields_in_input_order_with_errors_in_place(tmp_path: Path) -> None:
    paths = _inputs(tmp_path)
    results = list(read_many(paths))
    sample = read_text(SAMPLE_TXT.read_bytes()).headline
    assert _summary(results) == [
        (paths[0], sample),
        (paths[1], "SourceError"),
        (paths[2], sample),
        (paths[3], "UnsupportedInputError"),
        (paths[4], "MalformedInputError"),
        (paths[5], HEADLINE),
        (paths[6], sample),
    ]
    malformed = results[4][1]
    assert isinstance(malformed, ReaderError)
    assert malformed.format == "json"


def test_read_many_in_worker_processes_gives_the_same_results(tmp_path: Path) -> None:
    paths = _inputs(tmp_path) * 3
    alone = list(read_many(paths))
    pooled = list(read_many(iter(paths), jobs=2))
    assert [source for source, _ in pooled] == paths
    assert _summary(pooled) == _summary(alone)
    for (_, first), (_, second) in zip(alone, pooled, strict=True):
        if isinstance(first, Article):
            assert first == second
        else:
            assert type(first) is type(second)
            assert str(first) == str(second)


@pytest.mark.parametrize("jobs", [1, 2])
def test_read_many_names_the_input_on_its_warnings(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, jobs: int
) -> None:
    undated = tmp_path / "khong-ngay.html"
    undated.write_text(PAGE, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="vn_newsdoc"):
        results = list(read_many([SAMPLE_TXT, undated], jobs=jobs))
    assert all(isinstance(got, Article) for _, got in results)
    warnings = [r for r in caplog.records if r.name.startswith("vn_newsdoc")]
    assert warnings, "the undated page should warn that it has no date"
    assert {getattr(r, LOG_SOURCE) for r in warnings} == {str(undated)}


def test_read_many_refuses_no_workers() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        list(read_many([SAMPLE_TXT], jobs=0))


# ---------------------------------------------------------------------------------------
# URLs, from a server on 127.0.0.1 started here.


@pytest.mark.loopback  # a server of the test's own on 127.0.0.1
def test_urls_are_fetched_and_read_with_their_url() -> None:
    with serving() as server:
        url = server.base + "/bai-viet.html"
        [(_, article)] = list(read_many([url]))
        assert server.agents == [f"vn_newsdoc/{__version__} (+https://vn-newsdoc.readthedocs.io/)"]
        assert server.agents[0] == user_agent()
    assert article == read_html(PAGE.encode(), url=url)
    assert isinstance(article, Article)
    assert article.url == url


@pytest.mark.loopback  # a server of the test's own on 127.0.0.1
def test_a_redirect_is_followed_and_the_final_address_is_the_url() -> None:
    with serving() as server:
        [(_, article)] = list(read_many([server.base + "/chuyen"]))
        assert isinstance(article, Article)
        assert article.url == server.base + "/bai-viet.html"
        [(_, refused)] = list(read_many([server.base + "/chuyen-ftp"]))
    assert isinstance(refused, SourceError)
    assert "redirected to a non-HTTP address: ftp://" in refused.reason


@pytest.mark.loopback  # a server of the test's own on 127.0.0.1
@pytest.mark.parametrize("path", ["/utf16.html", "/cp1258.html"])
def test_the_servers_charset_is_honoured(path: str) -> None:
    with serving() as server:
        [(_, article)] = list(read_many([server.base + path]))
    assert isinstance(article, Article), article
    assert article.headline == HEADLINE


@pytest.mark.loopback  # a server of the test's own on 127.0.0.1
def test_fetch_errors() -> None:
    with serving() as server:
        results = dict(
            read_many(
                [
                    server.base + "/khong-co",
                    server.base + "/qua-lon.html",
                    server.base + "/tai-lieu.pdf",
                ]
            )
        )
        slow = fetch_error(server.base + "/cham.html", timeout=0.5)
    missing = results[server.base + "/khong-co"]
    assert isinstance(missing, SourceError)
    assert (missing.status, missing.reason) == (404, "HTTP 404 Not Found")
    too_big = results[server.base + "/qua-lon.html"]
    assert isinstance(too_big, ReaderError)
    assert (too_big.limit, too_big.maximum) == ("bytes", MAX_INPUT_BYTES)  # type: ignore[attr-defined]
    assert isinstance(results[server.base + "/tai-lieu.pdf"], UnsupportedInputError)
    assert slow.reason == "timed out after 0.5 s"


def fetch_error(url: str, *, timeout: float) -> SourceError:
    with pytest.raises(SourceError) as caught:
        fetch(url, timeout=timeout)
    return caught.value


@pytest.mark.loopback  # a server of the test's own on 127.0.0.1
def test_the_fetch_size_cap_is_the_readers_limit_also_without_a_length() -> None:
    with serving() as server, pytest.raises(ReaderError, match="input exceeds the bytes limit"):
        fetch(server.base + "/bai-viet.html", max_bytes=100)
    assert fetch.__kwdefaults__ is not None
    assert fetch.__kwdefaults__["max_bytes"] == MAX_INPUT_BYTES


@pytest.mark.loopback  # a server of the test's own on 127.0.0.1
def test_an_unreachable_address_is_a_source_error() -> None:
    with serving() as server:
        closed = server.base  # the server stops at the end of the block
    with pytest.raises(SourceError, match="cannot fetch"):
        fetch(closed + "/bai-viet.html", timeout=5)


@given(
    st.one_of(
        st.binary(max_size=2000),
        st.text(max_size=500).map(lambda t: t.encode("utf-8")),
        st.sampled_from([b"<html>", b'{"', b"<?xml version='1.0'?>", b"\xff\xfe<"]).flatmap(
            lambda head: st.binary(max_size=500).map(lambda tail: head + tail)
        ),
    )
)
def test_any_bytes_give_an_article_or_one_of_our_errors(data: bytes) -> None:
    # Whatever the bytes, the guess and the reader it picks raise nothing but our errors.
    result: Article | ReaderError
    try:
        result = read_data(data, "trang")
    except ReaderError as exc:
        result = exc
    if isinstance(result, Article):
        assert result.headline
    else:  # the reader that failed is named, unless no reader was fit to try
        assert result.format is not None or isinstance(result, UnsupportedInputError)


@pytest.mark.parametrize("jobs", [1, 2])
def test_read_many_reads_the_pages_of_web_archives(tmp_path: Path, jobs: int) -> None:
    from vn_newsdoc.warc import WarcCounts, read_warc  # noqa: PLC0415  (needs warcio)
    from warc_samples import EXTRA_SKIPPED, corpus_pages, write_warc  # noqa: PLC0415

    pages = corpus_pages()[:3]
    archive = write_warc(tmp_path / "crawl.warc.gz", pages)
    counts = WarcCounts()
    results = list(read_many([SAMPLE_TXT, archive, SAMPLE_TXT], jobs=jobs, archive_counts=counts))
    assert [source for source, _ in results] == [SAMPLE_TXT, *[archive] * len(pages), SAMPLE_TXT]
    # The same readings as the library's own WARC reader.
    assert [got for _, got in results[1:-1]] == [got for _, got in read_warc(archive)]
    assert (counts.pages, dict(counts.skipped)) == (len(pages), EXTRA_SKIPPED)


def test_an_html_error_names_the_file_not_a_placeholder(tmp_path: Path) -> None:
    page = tmp_path / "trang.html"
    page.write_text("<html><body><p>Không có tiêu đề.</p></body></html>", encoding="utf-8")
    with pytest.raises(ReaderError) as info:
        read_file(page, strict=True)
    assert info.value.source == str(page)
    assert info.value.format == "html"
    assert str(page) in str(info.value)
    assert "<html>" not in str(info.value)
    ((source, error),) = list(read_many([page]))
    assert source == page
    assert isinstance(error, ReaderError)
    assert error.source == str(page)
