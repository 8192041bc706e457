"""clean() gives a text it cleaned before and vouched for back without a look through it:
what a look would give (a clean text cleans to itself), and only for that very string."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import vn_newsdoc.text as text_module
from vn_newsdoc.text import clean, is_clean

# Page text: Vietnamese letters in both forms, white space of every kind, characters
# clean() drops, and marks that compose with the letter before them.
_PAGE_TEXT = st.lists(
    st.one_of(
        st.sampled_from([*"aăâeêioôơuưyđAĂÂĐ", "ạ", "ế", "ữ", "Ờ", "ư\u0301", "a\u0323"]),
        st.sampled_from([" ", "  ", "\n  ", "\t", "\xa0", "\u3000", "\u200b", "\ufeff"]),
        st.sampled_from(["\x00", "\x7f", "\x85", "\xad", "\ud800", "\u0300", "\U0001f600"]),
        st.characters(),
    ),
    max_size=80,
).map("".join)


@given(st.one_of(st.text(), _PAGE_TEXT))
@example("Nông dân xã Đông Hòa gặt lúa sớm một tuần vì lo mưa bão kéo dài.")
@example("  Nông  dân xã Đông Hòa gặt lúa sớm\u00a0một tuần vì lo mưa bão.  ")
@example("Ha\u0300 Nội " * 8)
@example("x" * 33)
@example("x" * 32)
def test_a_vouched_text_cleans_to_itself_unlooked(text: str) -> None:
    expected = clean(text)
    vouched = text_module._clean_vouched(text)
    assert vouched == expected
    # Cleaned again, as a reader hands it back: the very string, and what a look gives.
    again = clean(vouched)
    assert again is vouched or len(vouched) <= text_module._VOUCHED_LOOK or not vouched
    assert again == vouched == clean((vouched + ".")[:-1])
    assert is_clean(again)
    # A text not cleaned before is looked through as ever, whatever its length.
    assert clean(text) == expected


def test_only_the_vouched_string_is_given_back_unlooked() -> None:
    long = text_module._clean_vouched("Mưa lớn kéo dài ở các tỉnh miền Trung suốt tuần qua.")
    assert text_module._VOUCHED.get(id(long)) is long
    assert clean(long) is long
    # An equal string built apart is looked through, and cleans to an equal string.
    copy = (long + ".")[:-1]
    assert copy is not long
    assert clean(copy) == long
    # An unclean string is never vouched for, so never given back as it is.
    untidy = " " + long
    assert text_module._VOUCHED.get(id(untidy)) is None
    assert clean(untidy) == long
