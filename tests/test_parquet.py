"""Parquet output: the columns hold what the article holds, the JSON column gives the article
back, times keep their instant and their offset, and rows go out in row groups."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given

from strategies import articles
from vn_newsdoc.errors import MalformedInputError, MissingExtraError
from vn_newsdoc.formats.json import read_json, write_json
from vn_newsdoc.html import read_html
from vn_newsdoc.model import Article, Author, Byline, Figure, Paragraph, Person, Quote
from vn_newsdoc.parquet import COLUMNS, ParquetWriter, parquet_schema, read_parquet, write_parquet
from warc_samples import corpus_pages

HANOI = dt.timezone(dt.timedelta(hours=7))
ARTICLE = Article(
    headline="Tân Phong mở thư viện cộng đồng",
    published=dt.datetime(2026, 11, 21, 16, 30, tzinfo=HANOI),
    updated=dt.datetime(
        2026, 11, 21, 9, 45, tzinfo=dt.timezone(dt.timedelta(hours=-5, minutes=-30))
    ),
    lead="Thư viện đầu tiên cho học sinh vùng cao.",
    outlet="TVC",
    body=(
        Paragraph("Sáng nay xã Tân Phong khai trương thư viện."),
        Figure(caption="Học sinh đọc sách", credit="Nông Thị Hằng"),
        Quote("Các em rất vui."),
    ),
    byline=Byline(authors=(Author("Nông Thị Hằng"),), source="Trung tâm Văn hóa"),
    people=(Person("Hoàng Văn Lực", ("Chủ tịch UBND xã",)), Person("Lý Thị Mai")),
    url="https://tinvungcao.vn/thu-vien.html",
    site="tinvungcao.vn",
    section="Giáo dục",
    tags=("thư viện", "vùng cao"),
)


def _rows(data: bytes) -> list[dict[str, object]]:
    return pq.read_table(io.BytesIO(data)).to_pylist()  # type: ignore[no-any-return]


def _write(items: list[Article]) -> bytes:
    buffer = io.BytesIO()
    write_parquet(items, buffer)
    return buffer.getvalue()


def test_one_row_holds_the_article_fields() -> None:
    (row,) = _rows(_write([ARTICLE]))
    assert list(row) == list(COLUMNS)
    assert row["headline"] == ARTICLE.headline
    assert row["published"] == dt.datetime(2026, 11, 21, 9, 30, tzinfo=dt.UTC)
    assert row["published_offset"] == 7 * 60
    assert row["updated"] == dt.datetime(2026, 11, 21, 15, 15, tzinfo=dt.UTC)
    assert row["updated_offset"] == -(5 * 60 + 30)
    assert row["lead"] == ARTICLE.lead
    # The text blocks, not the figure's caption, one blank line apart.
    assert row["text"] == "Sáng nay xã Tân Phong khai trương thư viện.\n\nCác em rất vui."
    assert row["authors"] == ["Nông Thị Hằng"]
    assert row["source"] == "Trung tâm Văn hóa"
    assert row["people"] == ["Hoàng Văn Lực", "Lý Thị Mai"]
    assert (row["url"], row["site"], row["outlet"], row["section"]) == (
        "https://tinvungcao.vn/thu-vien.html",
        "tinvungcao.vn",
        "TVC",
        "Giáo dục",
    )
    assert row["tags"] == ["thư viện", "vùng cao"]
    assert row["input"] is None
    assert row["json"] == write_json(ARTICLE)
    assert read_json(str(row["json"])) == ARTICLE


def test_the_instant_and_the_offset_give_back_the_time() -> None:
    (row,) = _rows(_write([ARTICLE]))
    published = row["published"]
    assert isinstance(published, dt.datetime)
    offset = dt.timezone(dt.timedelta(minutes=int(str(row["published_offset"]))))
    back = published.astimezone(offset)
    assert back == ARTICLE.published
    assert back.isoformat() == "2026-11-21T16:30:00+07:00"


def test_absent_values_are_nulls_and_empty_lists() -> None:
    (row,) = _rows(_write([Article(headline="Tin nóng")]))
    assert row["headline"] == "Tin nóng"
    for column in ("published", "published_offset", "updated", "updated_offset", "lead"):
        assert row[column] is None, column
    for column in ("source", "url", "site", "outlet", "section", "input"):
        assert row[column] is None, column
    assert (row["authors"], row["people"], row["tags"], row["text"]) == ([], [], [], "")


def test_the_schema_is_the_one_documented() -> None:
    schema = pq.read_schema(io.BytesIO(_write([ARTICLE])))
    assert schema.names == list(COLUMNS)
    assert schema.equals(parquet_schema())
    assert schema.field("published").type == pa.timestamp("us", tz="UTC")
    assert schema.field("published_offset").type == pa.int16()
    assert schema.field("authors").type == pa.list_(pa.string())
    assert not schema.field("headline").nullable
    assert schema.metadata == {b"vn_newsdoc.schema": b"vn_newsdoc/2"}


def test_rows_go_out_in_row_groups_in_order(tmp_path: Path) -> None:
    items = [Article(headline=f"Tin số {n}") for n in range(25)]
    path = tmp_path / "a.parquet"
    with ParquetWriter(path, row_group_size=10) as writer:
        for n, article in enumerate(items):
            writer.write(article, input_name=f"page-{n}.html")
            # Held rows never exceed one row group: the rest is in the file already.
            assert writer._held < 10
    meta = pq.ParquetFile(path).metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [10, 10, 5]
    assert list(read_parquet(path)) == items
    assert pq.read_table(path, columns=["input"]).column("input").to_pylist() == [
        f"page-{n}.html" for n in range(25)
    ]


def test_an_exception_inside_the_block_leaves_a_readable_file(tmp_path: Path) -> None:
    path = tmp_path / "a.parquet"
    items = [Article(headline=f"Tin số {n}") for n in range(3)]
    writer = ParquetWriter(path, row_group_size=2)

    def interrupted() -> None:
        with writer:
            for article in items:
                writer.write(article)
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        interrupted()
    assert list(read_parquet(path)) == items
    with pytest.raises(ValueError, match="closed"):
        writer.write(items[0])
    writer.close()  # closing twice does nothing


def test_row_group_size_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="row_group_size"):
        ParquetWriter(tmp_path / "a.parquet", row_group_size=0)
    assert not (tmp_path / "a.parquet").exists()


_VIETNAM = dt.timezone(dt.timedelta(hours=7))


@given(articles())
def test_any_article_comes_back_equal_with_its_offsets(article: Article) -> None:
    data = _write([article])
    (back,) = list(read_parquet(io.BytesIO(data)))
    assert back == article
    for mine, theirs in ((back.published, article.published), (back.updated, article.updated)):
        assert (mine and mine.isoformat()) == (theirs and theirs.isoformat())
    (row,) = _rows(data)
    assert row["text"] == "\n\n".join(article.paragraphs)
    assert row["authors"] == list(article.authors)
    published = article.published
    if isinstance(published, dt.datetime):
        assert row["published"] == published
        offset = published.utcoffset()
        assert offset is not None
        assert row["published_offset"] == offset.total_seconds() // 60
    elif published is not None:  # a date alone: its first moment in Vietnam time, no offset
        start = dt.datetime(published.year, published.month, published.day, tzinfo=_VIETNAM)
        assert row["published"] == start
        assert row["published_offset"] is None


def test_the_corpus_articles_come_back_equal(tmp_path: Path) -> None:
    items = [read_html(page, url=uri) for uri, page in corpus_pages()]
    path = tmp_path / "corpus.parquet"
    assert write_parquet(items, path, row_group_size=7) == len(items)
    assert list(read_parquet(path)) == items
    table = pq.read_table(path)
    assert table.column("headline").to_pylist() == [a.headline for a in items]
    assert [read_json(text) for text in table.column("json").to_pylist()] == items


def test_read_parquet_names_a_bad_row(tmp_path: Path) -> None:
    path = tmp_path / "bad.parquet"
    row: dict[str, object] = dict.fromkeys(COLUMNS)
    row |= {"headline": "x", "authors": [], "people": [], "tags": []}
    row["json"] = json.dumps({"schema": "vn_newsdoc/1", "headline": ""})
    pq.write_table(pa.Table.from_pylist([row], schema=parquet_schema()), path)
    with pytest.raises(MalformedInputError) as info:
        list(read_parquet(path))
    assert info.value.source == f"{path} row group 0 row 0"


def test_read_parquet_needs_the_json_column(tmp_path: Path) -> None:
    path = tmp_path / "other.parquet"
    pq.write_table(pa.table({"headline": ["x"]}), path)
    with pytest.raises(KeyError, match="no 'json' column"):
        list(read_parquet(path))


def test_without_pyarrow_one_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [m for m in sys.modules if m == "pyarrow" or m.startswith("pyarrow.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(MissingExtraError) as info:
        write_parquet([ARTICLE], io.BytesIO())
    assert str(info.value) == 'Parquet output needs pyarrow: pip install "vn_newsdoc[parquet]"'
    assert isinstance(info.value, ImportError)
