"""Hostile inputs for every reader and writer: the table behind ``bench/hostile.py``.

Each :class:`Hostile` builds its input on demand at a given size (the benchmark runs the
full size; the test suite runs the cases cheap enough at a small size) and :func:`run`
feeds it to its reader or writer and names the outcome: ``Article`` (or ``written`` for a
writer), the :class:`~vn_newsdoc.errors.NewsdocError` subclass raised, or ``other
exception: <type>``. Cases marked ``fault`` are the faults listed in issue 8.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import vn_newsdoc as nd

_HEAD = '<html lang="vi"><head><meta charset="utf-8">'
_BODY = (
    "<body><h1>Mưa lớn ở Quảng Tín</h1><div class='content'>"
    "<p>Nước dâng nhanh ở các thôn ven suối, người dân kê đồ đạc lên cao.</p>"
    "<p>Chính quyền xã đã cử lực lượng hỗ trợ, chưa có thiệt hại về người.</p>"
)
_END = "</div></body></html>"
_PLUS7 = dt.timezone(dt.timedelta(hours=7))
_NS = "https://vn-newsdoc.readthedocs.io/ns/article/1"


def page(head: str = "", body: str = "") -> str:
    """A small valid news page with ``head`` added to its ``<head>`` and ``body`` to its text."""
    return f"{_HEAD}{head}</head>{_BODY}{body}{_END}"


def _article(**fields: Any) -> nd.Article:
    base: dict[str, Any] = {
        "headline": "Mưa lớn ở Quảng Tín",
        "body": (nd.Paragraph("Nước dâng nhanh ở các thôn ven suối."),),
    }
    base.update(fields)
    return nd.Article(**base)


@dataclass(frozen=True)
class Hostile:
    """One hostile input: what it is, which function it goes to, and how to build it.

    ``call`` is a reader's format (``html``, ``text``, ``json``, ``xml``), ``write:<fmt>``
    for a writer, or ``roundtrip:<fmt>`` for writing an article and reading it back (the
    outcome is ``lost data`` when the date, a paragraph or the byline does not come back,
    or a second write differs from the first). ``make`` builds the input at a size;
    ``size`` is the benchmark's, ``test_size`` the test suite's (``None``: too costly for
    the suite).
    """

    name: str
    call: str
    make: Callable[[int], Any]
    size: int
    test_size: int | None = None
    fault: int | None = None
    options: dict[str, Any] = field(default_factory=dict)


def run(case: Hostile, size: int) -> tuple[str, BaseException | None]:
    """Run ``case`` at ``size``; returns the outcome's name and the exception, if any."""
    value = case.make(size)
    kind, _, fmt = case.call.partition(":")
    try:
        if kind == "write":
            nd.write(value, fmt)
            return "written", None
        if kind == "roundtrip":
            first = nd.write(value, fmt)
            back = nd.read(first, fmt)
            kept = (back.published, back.paragraphs, back.byline) == (
                value.published,
                value.paragraphs,
                value.byline,
            )
            return ("Article" if kept and nd.write(back, fmt) == first else "lost data"), None
        nd.read(value, kind, **case.options)
    except expected_family(case) as exc:
        return type(exc).__name__, exc
    except Exception as exc:
        return f"other exception: {type(exc).__name__}", exc
    return "Article", None


def expected_family(case: Hostile) -> type[nd.NewsdocError]:
    """The exception family ``case``'s function may raise: readers ReaderError, writers all."""
    return nd.NewsdocError if case.call.startswith("write:") else nd.ReaderError


def _json(doc: dict[str, Any]) -> str:
    return json.dumps({"schema": "vn_newsdoc/1", "headline": "Mưa lớn", **doc})


def _jsonld(value: str) -> str:
    return f'<script type="application/ld+json">{value}</script>'


CASES: tuple[Hostile, ...] = (
    # The faults listed in issue 8.
    Hostile(
        "JSON-LD integer of n digits",
        "html",
        lambda n: page(_jsonld('{"@type":"NewsArticle","datePublished":' + "9" * n + "}")),
        5_000,
        5_000,
        fault=1,
    ),
    Hostile(
        "meta time offset +23:00",
        "html",
        lambda n: page(
            '<meta property="article:published_time" content="2022-07-01T10:00:00+23:00">'
        ),
        1,
        1,
        fault=2,
    ),
    Hostile(
        "JSON-LD time offset +23:00",
        "html",
        lambda n: page(
            _jsonld('{"@type":"NewsArticle","datePublished":"2022-07-01T10:00:00+23:00"}')
        ),
        1,
        1,
        fault=2,
    ),
    Hostile(
        "<time> offset -15:00",
        "html",
        lambda n: page(body='<time datetime="2022-07-01T10:00:00-15:00">1/7</time>'),
        1,
        1,
        fault=2,
    ),
    Hostile(
        "dateline GMT+23",
        "html",
        lambda n: page(body="<p class='date'>Thứ sáu, 1/7/2022, 10:00 (GMT+23)</p>"),
        1,
        1,
        fault=2,
    ),
    Hostile(
        "text dump date GMT+23",
        "text",
        lambda n: "Mưa lớn\n\n01/07/2022 10:00 (GMT+23)\n\nNước dâng nhanh.\n",
        1,
        1,
        fault=2,
    ),
    Hostile(
        "<title> of n spaces",
        "html",
        lambda n: page(f"<title>Mưa{' ' * n}lớn</title>"),
        40_000,
        2_000,
        fault=3,
    ),
    Hostile(
        "<title> of n NBSPs",
        "html",
        lambda n: page(f"<title>Mưa{chr(0xA0) * n}lớn</title>"),
        40_000,
        2_000,
        fault=3,
    ),
    Hostile(
        "keywords of n spaces",
        "html",
        lambda n: page(f'<meta name="keywords" content="mưa{" " * n}lũ">'),
        40_000,
        2_000,
        fault=4,
    ),
    Hostile(
        "article:tag of n spaces",
        "html",
        lambda n: page(f'<meta property="article:tag" content="mưa{" " * n}lũ">'),
        40_000,
        2_000,
        fault=4,
    ),
    Hostile(
        "JSON-LD keywords of n spaces",
        "html",
        lambda n: page(_jsonld('{"@type":"NewsArticle","keywords":"mưa' + " " * n + 'lũ"}')),
        40_000,
        2_000,
        fault=4,
    ),
    Hostile(
        "<html lang> of n spaces",
        "html",
        lambda n: page().replace('lang="vi"', f'lang="vi{" " * n}en"'),
        40_000,
        2_000,
        fault=4,
    ),
    Hostile(
        "n bytes of unclosed <script>, windows-1252",
        "html",
        lambda n: b"<meta charset=windows-1252><p>M\xfba</p><script>" + b"x" * n,
        256 * 1024,
        4_000,
        fault=5,
    ),
    Hostile(
        "n bytes of '<!--' without '>'",
        "html",
        lambda n: b"<meta charset=windows-1252><p>M\xfba</p>" + b"<!--" * (n // 4),
        128 * 1024,
        4_000,
        fault=5,
    ),
    Hostile(
        "write_xml text node of n characters",
        "roundtrip:xml",
        lambda n: _article(body=(nd.Paragraph("a" * n),)),
        11_000_000,
        None,
        fault=6,
    ),
    Hostile(
        "text round trip: undated, short paragraph with a date",
        "roundtrip:text",
        lambda n: _article(body=(nd.Paragraph("a 01/07/2022%."), nd.Paragraph("Nước dâng."))),
        1,
        1,
        fault=7,
    ),
    Hostile(
        "write_text of 0001-01-01T00:00+08:00",
        "write:text",
        lambda n: _article(
            published=dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=8)))
        ),
        1,
        1,
        fault=8,
    ),
    Hostile(
        "text round trip: year 1",
        "roundtrip:text",
        lambda n: _article(published=dt.datetime(1, 1, 1, 7, tzinfo=_PLUS7)),
        1,
        1,
        fault=9,
    ),
    Hostile(
        "<title> of n bytes",
        "html",
        lambda n: page(f"<title>{'Mưa lớn ' * (n // 9)}</title>"),
        20_000_000,
        None,
        fault=10,
    ),
    Hostile(
        "class attribute of n bytes",
        "html",
        lambda n: page(body=f"<p class='{'a ' * (n // 2)}'>Nước dâng cao.</p>"),
        10_000_000,
        None,
        fault=10,
    ),
    Hostile(
        "table cell of n bytes",
        "html",
        lambda n: page(body=f"<table><tr><td>{'Mưa lớn ' * (n // 9)}</td></tr></table>"),
        20_000_000,
        None,
        fault=10,
    ),
    Hostile(
        "'hôm qua 08:30' against the first possible reference",
        "html",
        lambda n: page(body="<p class='date'>hôm qua 08:30</p>"),
        1,
        1,
        fault=11,
        options={"reference": dt.datetime(1, 1, 1, tzinfo=dt.UTC)},
    ),
    Hostile(
        "JSON block type of n characters",
        "json",
        lambda n: _json({"body": [{"type": "p" * n, "text": "Nước."}]}),
        5_000_000,
        5_000,
        fault=12,
    ),
    Hostile(
        "JSON unknown key of n characters",
        "json",
        lambda n: _json({"k" * n: 1}),
        5_000_000,
        5_000,
        fault=12,
    ),
    Hostile(
        "JSON role of n characters",
        "json",
        lambda n: _json({"byline": {"authors": [{"name": "Ngô Tấm", "roles": ["r" * n]}]}}),
        5_000_000,
        5_000,
        fault=12,
    ),
    Hostile(
        "XML element of n characters",
        "xml",
        lambda n: f'<article xmlns="{_NS}"><{"e" * n}/></article>',
        5_000_000,
        5_000,
        fault=12,
    ),
    Hostile(
        "text round trip: source 'Taste of Country'",
        "roundtrip:text",
        lambda n: _article(byline=nd.Byline(source="Taste of Country")),
        1,
        1,
        fault=13,
    ),
    Hostile(
        "text round trip: authors PTI, jdadmin",
        "roundtrip:text",
        lambda n: _article(byline=nd.Byline(authors=(nd.Author("PTI"), nd.Author("jdadmin")))),
        1,
        1,
        fault=13,
    ),
    # Beyond the listed faults.
    Hostile(
        "HTML paragraph of n letters, no space",
        "html",
        lambda n: page(body=f"<p>{'a' * n}</p>"),
        5_000_000,
        20_000,
    ),
    Hostile(
        "text dump of n letters, no space",
        "text",
        lambda n: "Mưa lớn\n\n" + "ư" * n + "\n",
        5_000_000,
        20_000,
    ),
    Hostile(
        "headline of n letters, no space",
        "html",
        lambda n: page().replace("Mưa lớn ở Quảng Tín", "ư" * n),
        1_000_000,
        20_000,
    ),
    Hostile(
        "n attributes on one element",
        "html",
        lambda n: page(body="<p " + " ".join(f"a{i}=''" for i in range(n)) + ">Nước.</p>"),
        1_000_000,
        5_000,
    ),
    Hostile(
        "n table cells",
        "html",
        lambda n: page(body="<table><tr>" + "<td>Mưa lớn</td>" * n + "</tr></table>"),
        100_000,
        2_000,
    ),
    Hostile(
        "n JSON-LD blocks",
        "html",
        lambda n: page(
            _jsonld('{"@type":"NewsArticle","datePublished":"2022-07-01T10:00:00+07:00"}') * n
        ),
        10_000,
        500,
    ),
    Hostile(
        "n <meta> dates",
        "html",
        lambda n: page(
            "".join(
                '<meta property="article:published_time" '
                f'content="2022-07-{1 + i % 28:02d}T10:00:00+07:00">'
                for i in range(n)
            )
        ),
        10_000,
        500,
    ),
    Hostile(
        "n byline lines",
        "html",
        lambda n: page(body="<p style='text-align:right'><b>Ngô Tấm</b></p>" * n),
        10_000,
        300,
    ),
    Hostile(
        "text dump of n date lines",
        "text",
        lambda n: "Mưa lớn\n\n" + "01/07/2022 10:00\n" * n,
        100_000,
        2_000,
    ),
    Hostile(
        "JSON nested n deep",
        "json",
        lambda n: _json({"tags": "["}).replace('"["', "[" * n + "]" * n),
        100_000,
        5_000,
    ),
    Hostile(
        "XML nested n deep",
        "xml",
        lambda n: f'<article xmlns="{_NS}">' + "<a>" * n + "</a>" * n + "</article>",
        100_000,
        5_000,
    ),
)
"""The hostile inputs, in the order the benchmark prints them."""
