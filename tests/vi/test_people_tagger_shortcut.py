"""The tagger looks a phrase of one word up by its key (the same entries as the tables
by whole phrases hold), and for a dot or hyphen before more of a word (``BS.CK2``) only
in words of two characters or more that are not letters and digits alone: no other word
holds one, so that the words it looks at start the same phrases. It finds a phrase's
entries, and whether one asks for an exact spelling, by one look-up, and tries only the
sizes of the phrases that start with a word's first two keys."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.vi.people._lexicon import PHRASES
from vn_newsdoc.vi.people._tagger import (
    _ENTRIES,
    _ENTRIES_ONE,
    _INEXACT,
    _JOINED,
    _PAIR_SIZES,
    _PAIRS,
)
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
    assert {keys: (entries, keys in _INEXACT) for keys, entries in PHRASES.items()} == _ENTRIES
    assert {(k,): v for k, v in _ENTRIES_ONE.items()} == {
        keys: v for keys, v in _ENTRIES.items() if len(keys) == 1
    }


def test_the_sizes_of_the_phrases_by_their_first_two_keys() -> None:
    # Every phrase of two words or more starts with one of _PAIRS, and is of one of the
    # sizes its first two keys give.
    assert _PAIR_SIZES.keys() == _PAIRS
    for keys in PHRASES:
        if len(keys) > 1:
            assert len(keys) in _PAIR_SIZES[keys[:2]]
    assert all(list(sizes) == sorted(sizes, reverse=True) for sizes in _PAIR_SIZES.values())
    assert sum(map(len, _PAIR_SIZES.values())) == len(
        {(keys[:2], len(keys)) for keys in PHRASES if len(keys) > 1}
    )
