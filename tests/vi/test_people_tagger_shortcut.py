"""The tagger looks for a dot or hyphen before more of a word (``BS.CK2``) only in words
of two characters or more that are not letters and digits alone: no other word holds
one, so that the words it looks at start the same phrases."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.vi.people._tagger import _JOINED
from vn_newsdoc.vi.people._tokens import WORD

_TEXT = st.text(st.sampled_from(list("aĐ9.-_ \n’/,")), max_size=12)


@given(_TEXT)
@example("BS.CK2")
@example(".-")
@example("a.")
@example(".\n")
@example("-")
def test_a_word_with_a_dot_or_hyphen_before_more_is_no_single_letter_or_digit_run(
    text: str,
) -> None:
    for word in [text, *WORD.findall(text)]:
        if _JOINED(word) is not None:
            assert len(word) > 1
            assert not word.isalnum()
