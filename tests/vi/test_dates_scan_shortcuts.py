"""The date scanner's shortcuts give what they stand for: the digit runs looked for from the
last piece's end on find the pieces that visiting every run found, the slot sets made once
are the sets made for each piece, a group is a timestamp where its kinds meet the date and
relative kinds, and a clock is read from the time pattern's form that matched as when each
form's group names were made and looked for in turn."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.vi.dates import _scan, _tolerant, _values
from vn_newsdoc.vi.dates._fold import fold
from vn_newsdoc.vi.dates._scan import Token


def _numeric_every_run(folded: str) -> list[Token]:
    """How the numeric pieces were found before: every run of digits visited in turn."""
    tokens: list[Token] = []
    end = 0
    for run in _scan._DIGITS.finditer(folded):
        start = run.start()
        if start < end:
            continue
        if start > 1 and folded[start - 1] == " " and folded[start - 2] in _scan._LETTER_OR_STOP:
            first = _scan._month_first(folded, start, end)
            if first is not None:
                tokens.append(first)
                end = first.end
                continue
        match = _scan._NUMERIC.match(folded, start)
        if match is None or match.lastgroup is None:
            continue
        kind = match.lastgroup
        ngay = (
            kind == "wdate"
            and _scan._NGAY_BEFORE.search(folded, max(0, start - 8), start) is not None
        )
        tokens.append(Token(kind, start, match.end(), match, ngay))
        end = match.end()
    return tokens


def _seen(tokens: list[Token]) -> list[tuple[object, ...]]:
    return [(t.kind, t.start, t.end, t.match.span(), t.match.groupdict(), t.ngay) for t in tokens]


_PIECES = st.lists(
    st.one_of(
        st.sampled_from(
            ["1", "12", "2024", "07", "123456789012", "٣", "१२", "/", "-", ".", ":", ",", " ",
             "  ", "t", "z", "+07:00", "gmt+7", "h", "g", "gio", "phut", "giay", " am", " pm",
             "sa", "ch", "thang", "ngay ", "nam", "may ", "dec. ", "th", "st", " truoc",
             "ngay truoc", "phut truoc", "cap nhat", "thu hai", "luc", "|", "a"]
        ),
        st.characters(),
    ),
    max_size=14,
).map("".join)  # fmt: skip


@given(_PIECES)
@example("01/03/2026 09:51")
@example("may 14, 2012 9:05 pm")
@example("12345678901 ngay truoc 2024-03-12t08:00:00+07:00")
@example("ngay 3 thang 4 nam 2024, 8h30")
@example("١٢/٠٣/٢٠٢٤ 08:00")
@example("9.30 pm 24/12/2012")
def test_runs_looked_for_from_the_last_piece_find_every_piece(text: str) -> None:
    folded = fold(text)
    assert _seen(_scan._numeric(folded)) == _seen(_numeric_every_run(folded))


def _slots_made(token: Token) -> frozenset[str]:
    """How a piece's slots were made before: a new set for each piece."""
    kind, m = token.kind, token.match
    if kind in _tolerant._STANDALONE:
        return _tolerant._ALL_SLOTS
    if kind == "iso":
        slots = {"date"}
        if m["ih"]:
            slots.add("time")
        if m["itz"]:
            slots.add("offset")
        return frozenset(slots)
    if kind in _tolerant._DATE_KINDS:
        return frozenset({"date"})
    if kind == "time":
        return frozenset({"time", "offset"} if (m["tzs"] or m["tzz"]) else {"time"})
    if kind == "off":
        return frozenset({"offset"})
    return frozenset({"weekday"})


@given(_PIECES)
@example("2024-03-12t08:00:00+07:00 2024-03-12 2024-03-12 08:00 2024-03-12z")
@example("thu hai, 08:00 +0700 9h z gmt+7 vua xong 2 gio truoc")
def test_slots_made_once_are_the_slots_made_for_each_piece(text: str) -> None:
    folded = fold(text)
    tokens = _scan.scan(folded)
    for token in tokens:
        if token.kind != "marker":
            assert _tolerant._slots(token) == _slots_made(token)
    for group in _tolerant._group(folded, tokens):
        assert group.token_slots == [_slots_made(t) for t in group.tokens]
        assert group.slots == set().union(*group.token_slots)
        kinds = {t.kind for t in group.tokens}
        assert group.is_timestamp() is bool(kinds & (_tolerant._DATE_KINDS | _tolerant._STANDALONE))


def _time_of_searched(token: Token) -> tuple[dt.time, int]:
    """How a time piece's clock was read before: the form found by making each group's
    name and looking for it in turn."""
    m = token.match
    if token.kind == "iso":
        frac = (m["ifr"] or "0")[:6].ljust(6, "0")
        parts = (m["ih"], m["imi"], m["is"] or "0", frac)
    else:
        n = next(i for i in "12345" if m["h" + i] is not None)
        parts = (m["h" + n], m["m" + n] or "0", m["s" + n] if n in "14" else "0", "0")
    hour, minute, second, micro = (int(p or 0) for p in parts)
    shift = 0
    if token.kind == "time" and m["period"]:
        if hour > 23:
            raise _values.UnreadableError(f"impossible hour {hour}")
        hour, shift = _values._apply_period(hour, _values._PERIODS[_values.key(m["period"])])
    try:
        return dt.time(hour, minute, second, micro), shift
    except ValueError as exc:
        raise _values.UnreadableError(
            f"impossible time {hour:02d}:{minute:02d}:{second:02d}"
        ) from exc


def _outcome(read: Callable[[Token], tuple[dt.time, int]], token: Token) -> object:
    try:
        return read(token)
    except _values.UnreadableError as exc:
        return str(exc)


@given(_PIECES)
@example("9:05 pm 9h30 9g30 9 gio 5 phut 6 giay 9.30 am 08:00:07.5 2024-03-12t08:00:00.123")
@example("12 gio dem 24:61 99:99 13:00 pm 12:00 sa")
def test_the_clock_is_read_from_the_form_that_matched(text: str) -> None:
    for token in _scan.scan(fold(text)):
        if token.kind == "time" or (token.kind == "iso" and token.match["ih"]):
            assert _outcome(_values.time_of, token) == _outcome(_time_of_searched, token)
