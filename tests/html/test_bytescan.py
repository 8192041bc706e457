"""The compiled build's one pass over a page's bytes gives what it stands for, and a page
parsed on its answers is parsed exactly as one decoded and checked as text: the same tree,
the same error, the same log.

The pass is ``vn_newsdoc._bytescan.scan``, a C extension of the compiled build alone; the
pure-Python package has none and decodes every page. What the pass stands for is written
here in Python (:func:`reference_scan`): the parse's shortcut is tested with it in every
build, and the C pass against it wherever the C pass is built (the compiled build's run of
these tests).
"""

from __future__ import annotations

import codecs
import importlib.util
import logging
from collections.abc import Callable

import lxml.etree
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from vn_newsdoc import Limits
from vn_newsdoc._ceilings import check_attributes, check_tree
from vn_newsdoc.errors import NewsdocError
from vn_newsdoc.html import _parse
from vn_newsdoc.html._native import Scan
from vn_newsdoc.html._parse import _scanned, parse_html
from vn_newsdoc.html.decode import _MOJIBAKE_CHARS, _MOJIBAKE_HINT


def reference_scan(data: bytes) -> tuple[bool, bool, int, int]:
    """What the pass answers, in Python: whether ``data`` decodes as UTF-8, whether its
    text holds a mojibake character while the bytes hold the hint, and its counts of ``<``
    and ``=`` (both 0 for bytes that do not decode)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False, False, 0, 0
    repair = any(c in text for c in _MOJIBAKE_CHARS) and _MOJIBAKE_HINT.search(data) is not None
    return True, repair, data.count(b"<"), data.count(b"=")


_BUILT = importlib.util.find_spec("vn_newsdoc._bytescan") is not None
_SCANS: list[Scan] = [reference_scan]
if _BUILT:
    from vn_newsdoc._bytescan import scan as _c_scan

    _SCANS.append(_c_scan)

# Bytes around every branch of the pass: ASCII and the two it counts, well-formed
# sequences of each length at the edges of their ranges, the mojibake characters and the
# hint's sequences, and what is not UTF-8 (overlong forms, surrogates, past U+10FFFF, lone
# continuation bytes, cut sequences, bytes never used).
_PIECES = st.sampled_from(
    [
        b"<", b"=", b"a", b" ", b"<p>", b"\x00", b"\x7f",
        b"\xc2\x80", b"\xdf\xbf", b"\xe0\xa0\x80", b"\xed\x9f\xbf", b"\xee\x80\x80",
        b"\xef\xbf\xbd", b"\xef\xbb\xbf", b"\xf0\x90\x80\x80", b"\xf4\x8f\xbf\xbf",
        b"\xe1\xbb\x87", b"\xc3\xa0", b"\xc6\xb0",
        b"\xc3\x83", b"\xc2\xbb", b"\xc2\xba", b"\xe2\x82\xac", b"\xc3\x82", b"\xc3\x86",
        b"\xc3\xa1", b"\xc3\xa2", b"\xc3\xa1\xc2\xbb", b"\xc3\xa2\xe2\x82\xac", b"\xc3\x86\xc2\xb0",
        b"\xc0\xaf", b"\xc1\xbf", b"\xe0\x80\xaf", b"\xed\xa0\x80", b"\xf0\x80\x80\x80",
        b"\xf4\x90\x80\x80", b"\xf5\x80\x80\x80", b"\x80", b"\xbf", b"\xc3", b"\xe1\x80",
        b"\xf0\x9f\x98", b"\xfe", b"\xff",
    ]
)  # fmt: skip
_BYTES = st.one_of(st.lists(_PIECES, max_size=40).map(b"".join), st.binary(max_size=60))


@pytest.mark.skipif(not _BUILT, reason="the C pass is built by the compiled build alone")
@given(_BYTES)
@example(b"")
@example(b"<" * 9 + b"=" * 9)  # a word of eight ASCII bytes, then one more
@example(b"abcdefg\xc3\x83")  # a sequence right after seven ASCII bytes
@example(b"\xc3\xa1\xc2")  # the hint's first branch cut short
@example(b"\xc3\x86")  # the third branch with nothing after it
@example(b"\xe2\x82")
def test_the_pass_answers_what_it_stands_for(data: bytes) -> None:
    valid, repair, tags, equals = _c_scan(data)
    expected = reference_scan(data)
    assert valid == expected[0]
    if valid:  # (the counts of bytes that do not decode go unused)
        assert (valid, repair, tags, equals) == expected


@pytest.mark.skipif(not _BUILT, reason="the C pass is built by the compiled build alone")
def test_the_pass_refuses_what_is_not_bytes() -> None:
    with pytest.raises(TypeError, match="takes bytes, not str"):
        _c_scan("<p>")  # type: ignore[arg-type]


# Pages: a byte-order mark or none, a charset declared or none, then text that is HTML
# or not (a PDF's start, JSON, control characters, blank), with the pieces above in it.
_STARTS = st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, b" \n", b"\x00\x00"])
_CHARSETS = st.sampled_from(
    [
        b"", b'<meta charset="utf-8">', b'<meta charset="UTF8">', b"<meta charset=utf-16>",
        b'<meta charset="windows-1258">', b'<meta charset="x-nothing">',
        b'<?xml version="1.0" encoding="iso-8859-1"?>',
    ]
)  # fmt: skip
_BODIES = st.sampled_from(
    [
        b"<html><body><p>Vi\xe1\xbb\x87t Nam</p></body></html>", b"<p>X\xc3\x83 H\xe1\xbb\x98I</p>",
        b"<p>Vi\xc3\xa1\xc2\xbb\xe2\x80\xa1t</p>", b"%PDF-1.7 <p>x</p>", b'{"a": [1]}',
        b"\x01\x02\x03\x04<p>x</p>", b"", b"   ", b"plain text", b"<p a=1 b=2>x</p>",
    ]
)  # fmt: skip
_PAGES = st.tuples(_STARTS, _CHARSETS, _BODIES, st.lists(_PIECES, max_size=12)).map(
    lambda parts: parts[0] + parts[1] + parts[2] + b"".join(parts[3])
)


_SMALL = Limits(max_elements=20, max_attributes=2)


def _outcome(
    data: bytes, scan: Scan | None, limits: Limits | None, caplog: pytest.LogCaptureFixture
) -> tuple[object, list[tuple[str, int, str]]]:
    """What ``parse_html`` gives with ``scan`` as the compiled build's pass (the tree as
    bytes, or the error), and what it logs."""
    saved = _parse._scan
    _parse._scan = scan
    caplog.clear()
    try:
        with caplog.at_level(logging.DEBUG):
            try:
                result: object = lxml.etree.tostring(parse_html(data, limits=limits))
            except NewsdocError as exc:
                result = (type(exc), str(exc))
    finally:
        _parse._scan = saved
    return result, [(r.name, r.levelno, r.getMessage()) for r in caplog.records]


@pytest.mark.parametrize("scan", _SCANS, ids=["python", "c"][: len(_SCANS)])
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=_PAGES, limits=st.sampled_from([None, _SMALL]))
@example(data=b'<meta charset="utf-8"><p>Vi\xe1\xbb\x87t</p>', limits=None)
@example(data=b"<p>Vi\xc3\xa1\xc2\xbb\xe2\x80\xa1t</p>", limits=None)  # mojibake: repaired
@example(data=codecs.BOM_UTF8 + b"<p>x</p>", limits=None)
@example(data=b'{"a": [1]}', limits=None)  # JSON, told by its end
@example(data=b"<p>" * 30, limits=_SMALL)  # too many elements
@example(data=b"<p a=1 b=2 c=3>x</p>", limits=_SMALL)  # too many attributes
def test_a_page_read_on_the_pass_is_parsed_as_a_decoded_one(
    scan: Scan, data: bytes, limits: Limits | None, caplog: pytest.LogCaptureFixture
) -> None:
    assert _outcome(data, scan, limits, caplog) == _outcome(data, None, limits, caplog)


@pytest.mark.parametrize("scan", _SCANS, ids=["python", "c"][: len(_SCANS)])
def test_the_pass_stands_in_for_decoding_only_where_decoding_changes_nothing(
    scan: Scan,
) -> None:
    page = b'<html><head><meta charset="utf-8"></head><body><p a="1">Vi\xe1\xbb\x87t</p>'
    assert _scanned(page, scan) == (page.count(b"<"), page.count(b"="))
    assert _scanned(page, None) is None  # the pure-Python package: no pass
    declined = [
        codecs.BOM_UTF8 + page,  # a byte-order mark
        page.replace(b"utf-8", b"windows-1258"),  # another charset declared
        page.replace(b"utf-8", b"x-nothing"),  # an unknown one (logged when decoded)
        page + b"\xff",  # not UTF-8
        page + b"<p>Vi\xc3\xa1\xc2\xbb\xe2\x80\xa1t</p>",  # mojibake to repair
        b"%PDF-1.7 " + page,
        b'{"a": 1} ' + page,  # JSON's start (its end decides, in the text)
        b"\x01\x02\x03" + page,  # control characters
        b" " * 40_000 + page,  # no tag in the first characters
    ]
    for data in declined:
        assert _scanned(data, scan) is None, data[:40]


@given(st.binary(max_size=200), st.integers(min_value=0, max_value=8))
@example(b"<a b=1 c=2 d=3>", 2)
def test_the_ceilings_told_the_counts_raise_as_when_they_count(data: bytes, limit: int) -> None:
    limits = Limits(max_attributes=max(limit, 1), max_elements=16 + 3 * limit, max_text=50)

    def raised(check: Callable[[], None]) -> str | None:
        try:
            check()
        except NewsdocError as exc:
            return str(exc)
        return None

    assert raised(lambda: check_attributes(data, limits, None)) == raised(
        lambda: check_attributes(data, limits, None, equals=data.count(b"="))
    )
    try:
        root = lxml.etree.fromstring(b"<r>" + b"<a/>" * limit + b"</r>")
    except lxml.etree.XMLSyntaxError:
        return
    assert raised(lambda: check_tree(root, limits, None, data=data)) == raised(
        lambda: check_tree(root, limits, None, data=data, tags=data.count(b"<"))
    )
