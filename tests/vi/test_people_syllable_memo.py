"""Whether a word can be a Vietnamese syllable is worked out once and then remembered:
the answer remembered is the one worked out, asked again in any case or spelling, and
the memory is emptied when full, so that it stays small whatever is read."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.vi.people import _build, _tokens
from vn_newsdoc.vi.people._tokens import _SYLLABLES, _syllable, is_vietnamese_syllable


@given(st.text(st.sampled_from(list("abcdghnkqtuyoâăđơưNGUYỄNKặỗ\u0301\u0300İ")), max_size=6))
@example("Nguyễn")
@example("NGUYỄN")
@example("Shinzo")
@example("")
def test_a_remembered_answer_is_the_one_worked_out(text: str) -> None:
    expected = _syllable(text)
    assert is_vietnamese_syllable(text) is expected
    assert is_vietnamese_syllable(text) is expected  # remembered
    assert _SYLLABLES[text] is expected


@pytest.mark.skipif(
    _build.COMPILED,
    reason="a compiled module reads its own constants, past a patch (the pure suite runs this)",
)
def test_the_memory_is_emptied_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_tokens, "_SYLLABLES_KEPT", 3)
    _SYLLABLES.clear()
    for word in ("Lê", "Văn", "Tám", "Abe"):
        is_vietnamese_syllable(word)
    assert list(_SYLLABLES) == ["Abe"]
    assert is_vietnamese_syllable("Lê")
    assert not is_vietnamese_syllable("Abe")
