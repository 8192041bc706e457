"""The signed-caption test's plain looks (a colon, "ảnh" or "photo" in the lower case) give
what the regular expression alone gives, for any text."""

from __future__ import annotations

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
