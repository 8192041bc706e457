"""The attribute ceiling's one match per start tag: it raises exactly where the loop over
the tag's attributes counts more than the ceiling, for any bytes and any ceiling."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc import _ceilings
from vn_newsdoc.errors import InputLimitError
from vn_newsdoc.limits import Limits

# The pieces of start tags: names, values quoted or not (closed or not), slashes, every
# kind of white space the tokenizer knows and some it does not, and the characters that
# end a name or a tag.
_BYTES = st.lists(
    st.sampled_from(
        [
            *(bytes([b]) for b in b"<>/=\"' \t\n\r\x0b\x0caZ0-:_"),
            b"<a",
            b"<div",
            b" x",
            b" x=1",
            b' x="1"',
            b" x='>'",
            b' x="',
            b" / ",
            b"\xc3\xa9",
            b"\x00",
        ]
    ),
    max_size=24,
).map(b"".join)


@given(_BYTES, st.integers(0, 6))
@example(b"<a b c=1 / d>", 2)
@example(b"<a b c d>", 3)
@example(b"<abc x y z", 3)  # no shorter name is tried
@example(b"<a x=' y z w", 2)  # an unclosed quote: an empty value
@example(b"<a/ / / x", 0)
@example(b'<a x=">" y=">" z', 2)
@example(b"", 1)
def test_one_match_finds_what_the_loop_counts(data: bytes, limit: int) -> None:
    for start in range(len(data) + 1):
        loop = _ceilings._attributes_in_tag(data, start, limit) > limit
        assert (_ceilings._crowded_tag(limit).match(data, start) is not None) is loop


def _check_by_loop(data: bytes, limit: int) -> str:
    """What check_attributes raises where each tag's attributes are counted by the loop."""
    span = 2 * limit
    if len(data) <= span:
        return "fine"
    starts: list[int] = []
    if _ceilings._more_than(data, b"=", _ceilings._EQUALS_TRUSTED):
        starts = [m.start() for m in _ceilings._START_TAG.finditer(data)]
    else:
        for begin, end in _ceilings._long_pieces(data, span):
            _ceilings._tag_starts(data, begin, end - span, starts)
    for start in starts:
        count = _ceilings._attributes_in_tag(data, start, limit)
        if count > limit:
            return str(InputLimitError("attributes", count, limit, source=None))
    return "fine"


def _check(data: bytes, limit: int) -> str:
    try:
        _ceilings.check_attributes(data, Limits(max_attributes=limit), None)
    except InputLimitError as exc:
        return str(exc)
    return "fine"


@given(st.lists(_BYTES, max_size=6).map(b"".join), st.integers(1, 4))
@example(b"<p>" + b"<a" + b" x" * 9 + b">", 3)
@example(b"<a" + b" x='>'" * 9 + b">", 3)
def test_the_ceiling_raises_as_the_loop_does(data: bytes, limit: int) -> None:
    assert _check(data, limit) == _check_by_loop(data, limit)
