"""The signed-caption test's plain looks (a colon, "ảnh" or "photo" in the lower case) give
what the regular expression alone gives, for any text; an address the image resolver gives
back without a join is what the join gives."""

from __future__ import annotations

from urllib.parse import urljoin

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.html._fields import figures
from vn_newsdoc.html._thresholds import SIGNED_CAPTION_MAX

# The signature's words in several cases and spellings (a decomposed "ả", a dotted capital
# I), its punctuation and white space, and any character.
_PIECES = st.sampled_from(
    [
        "ảnh", "Ảnh", "ẢNH", "a\u0309nh", "photo", "PHOTO", "Photo", "hình", "HÌNH", "minh",
        "họa", "hoạ", "tư liệu", "\u0130", ":", ".", "(", ")", "”", "!", " ", "\n", "\xa0",
        "Reuters", "TTXVN",
    ]
)  # fmt: skip
_TEXT = st.lists(st.one_of(_PIECES, st.characters()), max_size=30).map("".join)


@given(_TEXT)
@example("90% thuê bao sẽ được lợi. Ảnh minh họa: nguồn Internet")
@example("Mưa lớn. (ẢNH: TTXVN)")
@example("Flood waters rose. PHOTO: Reuters.")
@example("Mưa lớn. Ảnh: " + "x" * SIGNED_CAPTION_MAX)
def test_the_plain_looks_give_what_the_pattern_gives(text: str) -> None:
    expected = len(text) <= SIGNED_CAPTION_MAX and figures._PHOTO_SIGNED_RE.search(text) is not None
    assert figures.is_signed_caption(text) is expected


# Addresses built from the pieces that decide how urljoin() reads one: schemes in any case,
# hosts with ports and brackets, paths with parameters, empty or full queries and
# fragments, white space and control characters anywhere, and any character.
_URL_PIECES = st.sampled_from(
    [
        "http://", "https://", "HTTP://", "ftp://", "//", "http:", "https:/", "a.example",
        "b-c.example", ":8080", ":", "[::1]", "[", "]", "/", "/x", "../", "./", ";", ";p",
        "?", "?q=1", "#", "#f", "&", "%20", " ", "\t", "\n", "\x00", "\x1f", "\xa0", "ả",
        "@", "user:pw@",
    ]
)  # fmt: skip
_URL = st.one_of(
    st.lists(st.one_of(_URL_PIECES, st.characters()), max_size=12).map("".join),
    # An absolute address's shape, anything after the host.
    st.tuples(
        st.sampled_from(["http://", "https://"]),
        st.sampled_from(["a.example", "b-c.example:8080", "x"]),
        st.lists(st.one_of(_URL_PIECES, st.characters()), max_size=8).map("".join),
    ).map("".join),
)
_BASES = st.sampled_from(
    [
        "https://baomau.example/x/a.html", "http://baomau.example/", "HTTPS://b.example",
        "ftp://f.example/", "http://[x", "a/b.html", "https://b.example/?q#f",
    ]
)  # fmt: skip


@given(_URL, _BASES)
@example("https://cdn.example/a/b.jpg", "https://baomau.example/x/a.html")
@example("http://cdn.example/a.jpg;", "http://baomau.example/")
@example("https://cdn.example/a.jpg?", "https://baomau.example/x/a.html")
@example("https://cdn.example/a.jpg#", "https://baomau.example/x/a.html")
@example("https://cdn.example:80/a b.jpg", "https://baomau.example/x/a.html")
def test_a_plain_absolute_address_is_what_urljoin_gives(src: str, base: str) -> None:
    # The shortcut stands in for the join only where it matches: there, the join gives
    # the address back as it is (or fails on the base, and the resolver keeps the address).
    if figures._PLAIN_ABSOLUTE_RE.match(src):
        try:
            joined = urljoin(base, src)
        except ValueError:
            joined = src
        assert joined == src
