"""Metadata times in ISO-like forms are made from the expression's groups, without writing
the strict form and parsing it: the same times as the strict form read by ``parse_iso``."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.errors import DateParseError
from vn_newsdoc.html import _metatime
from vn_newsdoc.vi.dates import is_placeholder, parse_iso


def _by_strict_form(text: str) -> _metatime.MetaTime | None:
    """``read_meta_time`` of an ISO-like ``text`` as it was: the groups rewritten in the
    strict form, read by ``parse_iso``."""
    match = _metatime._ISO.match(text)
    assert match is not None
    tz_text = match["tz"]
    tz = _metatime._timezone(tz_text) if tz_text else _metatime.VIETNAM
    if tz is None:
        return None
    has_time = match["H"] is not None
    iso = f"{int(match['y']):04d}-{int(match['m']):02d}-{int(match['d']):02d}"
    if has_time:
        minutes = int(tz.utcoffset(None).total_seconds() // 60)
        sign = "-" if minutes < 0 else "+"
        iso += f"T{int(match['H']):02d}:{match['M']}:{match['S'] or '00'}"
        iso += f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    try:
        value = parse_iso(iso)
    except DateParseError:
        return None
    if not has_time:
        value = value.replace(tzinfo=tz)
    if is_placeholder(value):
        return None
    return _metatime.MetaTime(value=value, has_time=has_time, has_offset=tz_text is not None)


def _digits(usual: int, high: int, width: int) -> st.SearchStrategy[str]:
    """A number up to ``high`` (mostly from 1 to ``usual``) written in ``width`` digits,
    ASCII or not (the expression's ``\\d``)."""
    return st.builds(
        lambda n, zero: "".join(chr(zero + int(c)) for c in f"{n:0{width}d}"),
        st.integers(1, usual) | st.integers(0, high),
        st.sampled_from([ord("0"), ord("0"), ord("0"), 0x660, 0xFF10]),
    )


_ZONES = st.sampled_from(
    ["", "Z", "UTC", "gmt", "+07:00", "+0700", "-05:30", "+14:00", "-14:01", "+15", "+08",
     "GMT+7", "UTC -3:30", "+07:60", "-00:00", "+00"]
)  # fmt: skip


@st.composite
def _iso_like(draw: st.DrawFn) -> str:
    sep = draw(st.sampled_from(["-", "/"]))
    text = draw(_digits(9999, 9999, 4)) + sep + draw(_digits(12, 19, draw(st.sampled_from([1, 2]))))
    text += sep + draw(_digits(28, 39, draw(st.sampled_from([1, 2]))))
    if draw(st.booleans()):
        text += draw(st.sampled_from(["T", " ", "T  "])) + draw(_digits(23, 29, 2))
        text += ":" + draw(_digits(59, 69, 2))
        if draw(st.booleans()):
            text += ":" + draw(_digits(59, 69, 2))
            if draw(st.booleans()):
                text += "." + draw(_digits(999, 999, 3))
    return text + draw(st.sampled_from(["", " "])) + draw(_ZONES)


def _same(got: _metatime.MetaTime | None, expected: _metatime.MetaTime | None) -> bool:
    if got is None or expected is None:
        return got is expected
    return (
        got.value == expected.value
        and got.value.tzinfo == expected.value.tzinfo
        and got.value.tzname() == expected.value.tzname()
        and got.value.isoformat() == expected.value.isoformat()
        and (got.has_time, got.has_offset) == (expected.has_time, expected.has_offset)
    )


@given(_iso_like())
@example("2026-03-07T24:00:00+07:00")  # the next midnight
@example("9999-12-31T24:00")  # past the last year
@example("2026-03-07T24:00:01")
@example("2026-02-30")
@example("0000-01-01")
@example("2026-03-07T08:\u0663\u0660")  # Arabic-Indic minutes: no strict form
@example("\u0662\u0660\u0662\u0666-\u0660\u0663-\u0660\u0667T08:52")  # such a date is read
@example("0001-01-01T00:00:00Z")  # a placeholder
@example("1970-01-01T07:00:00+07:00")
@example("2019-01-14 +07:00")
def test_an_iso_like_time_is_what_its_strict_form_reads(text: str) -> None:
    assert _same(_metatime.read_meta_time(text), _by_strict_form(text))
