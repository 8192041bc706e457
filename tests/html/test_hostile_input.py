"""Hostile values inside a page that is otherwise fine: each once let a plain Python error
escape, handed the model a value it refuses, or took seconds to minutes on a run of
characters. Each now reads (or is refused with a ReaderError), by a fix at the root.

No test here times anything: the large inputs are sized so that the quadratic patterns
they once met would keep the suite busy for minutes.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

import pytest

from vn_newsdoc import Limits, read_html, read_text
from vn_newsdoc.errors import InputLimitError, MissingFieldError, ReaderError
from vn_newsdoc.html._elements import title_tag_headline
from vn_newsdoc.html._fields.lead._cues import _describes
from vn_newsdoc.html._jsonld import load_jsonld
from vn_newsdoc.html.metadata._collect import _split_list
from vn_newsdoc.model import Article

_HEADLINE = "Nông dân Tân Phú thu hoạch lúa sớm"
_PAGE = """<html{html}><head><title>{title}</title>{head}</head><body><article>
<h1>Nông dân Tân Phú thu hoạch lúa sớm</h1>{dateline}
<div class="content"><p>Từ sáng sớm, các cánh đồng ven sông đã rộn ràng tiếng máy gặt.</p>
<p>Giá lúa tươi tại ruộng dao động quanh mức bảy nghìn đồng một ký.</p></div>
</article></body></html>"""


def _page(*, html: str = "", title: str = _HEADLINE, head: str = "", dateline: str = "") -> str:
    return _PAGE.format(html=html, title=title, head=head, dateline=dateline)


def _ld(**fields: str) -> str:
    items = ", ".join(f'"{k}": {v}' for k, v in fields.items())
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", {items}}}</script>'


# -- fault 1: a JSON-LD integer past Python's 4,300-digit limit -------------------------------


def test_a_5000_digit_json_ld_integer_is_no_date() -> None:
    page = _page(head=_ld(headline=f'"{_HEADLINE}"', datePublished="9" * 5000))
    article = read_html(page)
    assert article.headline == _HEADLINE
    assert article.published is None


# -- fault 2: an offset beyond ±14:00 -------------------------------------------------------

_FAR = "2024-04-12T07:30:00+14:30"
_WIDE_OFFSETS = {
    "meta": _page(head=f'<meta property="article:published_time" content="{_FAR}">'),
    "time": _page(dateline=f'<time datetime="{_FAR}">Sáng thứ sáu</time>'),
    "json-ld": _page(head=_ld(datePublished=f'"{_FAR}"')),
    "dateline": _page(dateline='<p class="date">Thứ sáu, 12/4/2024, 07:30 (GMT+23)</p>'),
}


@pytest.mark.parametrize("page", _WIDE_OFFSETS.values(), ids=_WIDE_OFFSETS.keys())
def test_an_offset_beyond_14_hours_is_dropped(page: str) -> None:
    published = read_html(page).published
    if isinstance(published, dt.datetime):
        assert published.utcoffset() == dt.timedelta(hours=7)


@pytest.mark.parametrize("page", _WIDE_OFFSETS.values(), ids=_WIDE_OFFSETS.keys())
def test_an_offset_beyond_14_hours_is_refused_when_strict(page: str) -> None:
    with pytest.raises(MissingFieldError) as info:
        read_html(page, strict=True)
    assert info.value.field == "published"


def test_a_dropped_metadata_offset_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        read_html(_WIDE_OFFSETS["meta"])
    assert "beyond ±14:00" in caplog.text


def test_the_other_date_still_reads_beside_a_wide_offset() -> None:
    page = _page(
        head=f'<meta property="article:published_time" content="{_FAR}">',
        dateline='<p class="date">Thứ sáu, 12/4/2024, 07:30 (GMT+7)</p>',
    )
    published = read_html(page).published
    assert published is not None
    assert published.isoformat() == "2024-04-12T07:30:00+07:00"


@pytest.mark.parametrize("line", ["12/04/2024 07:30 GMT+23", "2024-04-12T07:30:00+14:30"])
def test_a_text_dump_date_line_beyond_14_hours_is_no_date(line: str) -> None:
    dump = f"Lúa chín\n\n{line}\nNước dâng cao.\n"
    assert read_text(dump).published is None
    with pytest.raises(MissingFieldError):
        read_text(dump, strict=True)


# -- faults 3 and 4: runs of white space before a separator ---------------------------------


@pytest.mark.parametrize("space", [" ", "\u00a0", "\t"])
def test_the_title_splits_over_a_long_run_of_spaces(space: str) -> None:
    title = "Lúa chín vàng đồng" + space * 200_000 + "| Báo A"
    assert title_tag_headline(title) == "Lúa chín vàng đồng"
    assert title_tag_headline("Lúa chín" + space * 200_000 + "x") == "Lúa chín x"


def test_the_title_is_split_as_clean_text() -> None:
    # What makes the split linear: the pattern, with its \s+ and \s* next to each other,
    # only ever meets single spaces.
    assert title_tag_headline("Lúa chín vàng đồng \u00a0 - \t Báo A") == "Lúa chín vàng đồng"
    assert title_tag_headline("Giá vàng giảm|Báo A") == "Giá vàng giảm"


_SPLIT = re.compile(r"\s*[,;]\s*")


@pytest.mark.parametrize(
    "value", ["", " a , b ;c", "a,,b", " ,; ", "\u00a0a\u00a0;\u00a0", "a" + " " * 50 + "b"]
)
def test_list_values_split_as_the_old_pattern_did(value: str) -> None:
    assert _split_list(value) == _SPLIT.split(value)


def test_list_values_split_over_a_long_run_of_spaces() -> None:
    assert _split_list("lúa" + " " * 300_000 + "gạo") == ["lúa" + " " * 300_000 + "gạo"]
    assert _split_list("lúa" + " " * 300_000 + ", gạo") == ["lúa", "gạo"]


@pytest.mark.parametrize(
    "where",
    [
        '<meta name="keywords" content="lúa{}gạo">',
        '<meta property="article:tag" content="lúa{}gạo">',
        _ld(keywords='"lúa{}gạo"'),
    ],
    ids=["keywords", "article:tag", "json-ld"],
)
def test_tags_read_over_a_long_run_of_spaces(where: str) -> None:
    article = read_html(_page(head=where.replace("{}", " " * 100_000 + "," + " " * 100_000)))
    assert article.tags == ("lúa", "gạo")


def test_the_language_reads_over_a_long_run_of_spaces() -> None:
    article = read_html(_page(html=' lang="' + " " * 200_000 + 'vi"'))
    assert isinstance(article, Article)


# -- fault 10: one huge text or attribute ----------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        _page(title="a " * 10_000_000),
        _page(html=' class="' + "a " * 5_000_000 + '"'),
        _page(dateline="<table><tr><td>" + "ab " * 7_000_000 + "</td></tr></table>"),
        _page(head=_ld(headline='"' + "ab " * 7_000_000 + '"')),
        _page(head='<meta name="description" content="' + "ab " * 7_000_000 + '">'),
    ],
    ids=["title", "class", "table cell", "json-ld", "meta"],
)
def test_a_20_mb_text_or_attribute_is_refused_at_once(page: str) -> None:
    with pytest.raises(InputLimitError) as info:
        read_html(page)
    assert info.value.limit == "text"


def test_a_text_under_the_ceiling_reads() -> None:
    cell = "ab " * 300_000
    page = _page(dateline=f"<table><tr><td>{cell}</td></tr></table>")
    assert read_html(page, limits=Limits()).headline == _HEADLINE


# -- fault 11: a reference time at the edge of the datetime range ----------------------------


@pytest.mark.parametrize(
    "reference",
    [
        dt.datetime(1, 1, 1, tzinfo=dt.UTC),
        dt.datetime(9999, 12, 31, 23, 0, tzinfo=dt.UTC),
        dt.datetime(9999, 12, 31, 16, 59, tzinfo=dt.UTC),
    ],
    ids=["year 1", "after the last +07:00 day", "last +07:00 day"],
)
@pytest.mark.parametrize("shown", ["hôm qua 08:30", "hôm nay 08:30", "2 giờ trước"])
def test_relative_times_at_the_edge_of_time_are_no_date(reference: dt.datetime, shown: str) -> None:
    page = _page(dateline=f'<p class="date">{shown}</p>')
    try:
        article = read_html(page, reference=reference)
    except ReaderError:  # pragma: no cover - a refusal is allowed, an OverflowError not
        return
    assert isinstance(article, Article)
    dump = read_text(f"Lúa chín\n\n{shown}\nNước dâng cao.\n", reference=reference)
    assert isinstance(dump, Article)


# -- a description ending in a long run of dots (found auditing the patterns) ---------------


def test_a_description_of_100000_dots_reads() -> None:
    # The pattern \s*(?:…|\.{3,})\s*$ took minutes over this run; the lead is now matched
    # against the description read from its end.
    page = _page(head='<meta name="description" content="Lúa ' + "." * 100_000 + 'x">')
    assert read_html(page).headline == _HEADLINE


def test_a_lead_cut_short_by_an_ellipsis_still_matches_its_description() -> None:
    lead = "Nắng sớm giúp bà con xã Tân Phú gặt lúa nhanh hơn mọi năm một tuần."
    assert _describes(lead, lead[:41] + " ...")
    assert _describes(lead, lead[:41] + "…")
    assert not _describes(lead, lead[:41] + "..x")


def test_json_ld_reads_past_a_5000_digit_integer() -> None:
    found = load_jsonld(
        '{"@type": "NewsArticle", "wordCount": ' + "9" * 5000 + ', "headline": "Tin"}'
    )
    assert found == [{"@type": "NewsArticle", "wordCount": float("inf"), "headline": "Tin"}]
