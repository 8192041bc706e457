"""Dask bags of articles: on a distributed cluster of two worker processes, the same
readings as a local read, in input order, with failures kept as records."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import dask
import dask.bag as db
import pytest
from distributed import Client, LocalCluster

from vn_newsdoc.dask import _groups, articles, articles_from_pages, record_dict
from vn_newsdoc.errors import MalformedInputError, MissingExtraError, ReaderError
from vn_newsdoc.formats.json import read_json
from vn_newsdoc.html import read_html
from vn_newsdoc.model import Article
from vn_newsdoc.warc import read_warc
from warc_samples import corpus_pages, write_warc

# The cluster's scheduler and workers talk over 127.0.0.1 (and only there).
pytestmark = pytest.mark.loopback

PAGE = """<html><head><meta charset="utf-8"></head><body><h1>Mưa lớn ở Quảng Tín</h1>
<div class="detail-content"><p>Nước dâng nhanh ở các thôn ven suối, người dân kê đồ đạc lên
cao.</p><p>Chính quyền xã đã cử lực lượng hỗ trợ, chưa có thiệt hại về người.</p></div>
</body></html>"""


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Two WARC files of corpus pages around a page file, a page that cannot be read and
    a WARC file cut short."""
    where = tmp_path_factory.mktemp("dask")
    pages = corpus_pages()
    half = len(pages) // 2
    first = write_warc(where / "first.warc.gz", pages[:half])
    second = write_warc(where / "second.warc", pages[half:], compress=False)
    page = where / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    empty = where / "empty.htm"
    empty.write_bytes(b"<html><body></body></html>")
    whole = write_warc(where / "whole.warc.gz", pages[:2], others=False).read_bytes()
    cut = where / "cut.warc.gz"
    cut.write_bytes(whole[:-200])
    return [str(p) for p in (first, page, second, empty, cut)]


def _local(paths: list[str]) -> Iterator[tuple[str, Article | ReaderError]]:
    """What reading the inputs one by one in this process gives."""
    for path in paths:
        data = Path(path).read_bytes()
        if path.endswith((".warc", ".warc.gz")):
            try:
                yield from read_warc(path)
            except MalformedInputError as exc:
                yield path, exc
            continue
        try:
            yield path, read_html(data)
        except ReaderError as exc:
            yield path, exc


def _same(got: Sequence[tuple[str, object]], expected: Sequence[tuple[str, object]]) -> None:
    assert [source for source, _ in got] == [source for source, _ in expected]
    for (source, mine), (_, theirs) in zip(got, expected, strict=True):
        if isinstance(theirs, ReaderError):
            assert type(mine) is type(theirs), source
            assert str(mine) == str(theirs), source
        else:
            assert mine == theirs, source


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    # Worker processes, as on a real cluster: articles and errors cross process bounds.
    with (
        LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=":0",  # any free port: never a fixed one another run holds
            host="127.0.0.1",
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


@pytest.mark.slow  # the cluster takes a few seconds to start
def test_a_cluster_reads_the_same_articles_as_a_local_read(
    inputs: list[str], client: Client
) -> None:
    bag = articles(inputs)
    assert bag.npartitions == 5  # each archive alone; the two pages between them apart
    got = bag.compute()
    expected = list(_local(inputs))
    _same(got, expected)
    # Both workers took part, and the failures are all there, in their places.
    assert len(client.scheduler_info()["workers"]) == 2
    failures = [(s, type(r).__name__) for s, r in got if isinstance(r, ReaderError)]
    assert failures[-1] == (inputs[-1], "MalformedInputError")
    assert (inputs[3], "MissingFieldError") in failures
    assert sum(isinstance(r, Article) for _, r in got) >= len(corpus_pages()) + 2


@pytest.mark.slow  # the cluster takes a few seconds to start
def test_a_cluster_gives_json_dicts_that_read_back(inputs: list[str], client: Client) -> None:
    records = articles(inputs, as_dicts=True).compute()
    expected = list(_local(inputs))
    assert records == [record_dict(source, result) for source, result in expected]
    for record, (_, result) in zip(records, expected, strict=True):
        assert set(record) == {"source", "article", "error"}
        json.dumps(record)  # plain JSON values only
        if isinstance(result, Article):
            assert read_json(json.dumps(record["article"])) == result
            assert record["error"] is None
        else:
            assert record["article"] is None
            assert record["error"] == {"type": type(result).__name__, "message": str(result)}


@pytest.mark.slow  # the cluster takes a few seconds to start
def test_pages_already_in_a_bag(client: Client) -> None:
    pages = [(uri, page) for uri, page in corpus_pages()[:6]]
    pages.insert(3, ("https://baomau.vn/logo.png", b"\x89PNG\r\n\x1a\n"))
    bag = db.from_sequence(pages, npartitions=3)
    got = articles_from_pages(bag).compute()
    expected: list[tuple[str, object]] = []
    for uri, page in pages:
        try:
            expected.append((uri, read_html(page, url=uri)))
        except ReaderError as exc:
            expected.append((uri, exc))
    _same(got, expected)
    assert isinstance(got[3][1], MalformedInputError)


def test_a_page_with_its_fetch_time() -> None:
    page = PAGE.replace("<h1>", '<p class="date">2 giờ trước</p><h1>')
    fetched = dt.datetime(2026, 11, 21, 9, 30, tzinfo=dt.UTC)
    bag = db.from_sequence([("https://baomau.vn/a.html", page.encode(), fetched)])
    ((_, article),) = articles_from_pages(bag).compute(scheduler="sync")
    assert isinstance(article, Article)
    assert article.published == fetched - dt.timedelta(hours=2)


def test_inputs_are_told_apart_by_their_bytes(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "crawl.bin", [("https://baomau.vn/a.html", PAGE.encode())])
    page = tmp_path / "page.warc"
    page.write_text(PAGE, encoding="utf-8")
    with dask.config.set(scheduler="sync"):
        got = articles([warc, page]).compute()
    assert [source for source, _ in got] == ["https://baomau.vn/a.html", str(page)]
    assert all(isinstance(result, Article) for _, result in got)


def test_partitions_keep_archives_alone_and_pages_in_runs() -> None:
    paths = ["a.html", "b.html", "c.html", "x.warc.gz", "d.html", "y.ARC", "e.html", "f.html"]
    assert _groups(paths, 2) == [
        ["a.html", "b.html"],
        ["c.html"],
        ["x.warc.gz"],
        ["d.html"],
        ["y.ARC"],
        ["e.html", "f.html"],
    ]
    assert articles([]).compute(scheduler="sync") == []
    with pytest.raises(ValueError, match="pages_per_partition"):
        articles(paths, pages_per_partition=0)


def test_a_missing_input_fails_the_computation_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "missing.html"
    with pytest.raises(FileNotFoundError, match=r"missing\.html"):
        articles([missing]).compute(scheduler="sync")


def test_without_dask_one_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "dask.bag")
    monkeypatch.setitem(sys.modules, "dask", None)
    with pytest.raises(MissingExtraError) as info:
        articles(["page.html"])
    assert str(info.value) == 'vn_newsdoc.dask needs dask: pip install "vn_newsdoc[dask]"'
