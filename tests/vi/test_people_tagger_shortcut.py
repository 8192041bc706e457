"""The tagger looks a phrase of one word up by its key (the same entries as the tables
by whole phrases hold), and for a dot or hyphen before more of a word (``BS.CK2``) only
in words of two characters or more that are not letters and digits alone: no other word
holds one, so that the words it looks at start the same phrases."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.vi.people._tagger import _INEXACT, _INEXACT_ONE, _JOINED, _PHRASES, _PHRASES_ONE
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


def test_the_phrases_of_one_word_by_their_key_are_those_of_the_tables() -> None:
    assert {(k,): v for k, v in _INEXACT_ONE.items()} == {
        keys: v for keys, v in _INEXACT.items() if len(keys) == 1
    }
    assert {(k,): v for k, v in _PHRASES_ONE.items()} == {
        keys: v for keys, v in _PHRASES.items() if len(keys) == 1
    }
