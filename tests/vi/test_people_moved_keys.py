"""The key of a word where a tone may move is worked out once and then remembered: the
key remembered is the one :func:`token_key` gives, and the memory is emptied when full,
so that it stays small whatever is read."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.vi.people import _build, _keyed
from vn_newsdoc.vi.people._keyed import _MOVED_KEYS, _moved_key
from vn_newsdoc.vi.people._tokens import token_key


@given(st.text(st.sampled_from(list("cuaoeyhòóủụÒỦÚTt.9-İΣ")), min_size=1, max_size=6))
@example("của")
@example("Thủy")
@example("HÒA")
@example("hòa9")
@example("hòab")
@example("TP.")
def test_a_remembered_key_is_the_one_worked_out(word: str) -> None:
    expected = token_key(word)
    assert _moved_key(word) == expected
    assert _moved_key(word) == expected  # remembered
    assert _MOVED_KEYS[word] == expected


@pytest.mark.skipif(
    _build.COMPILED,
    reason="a compiled module reads its own constants, past a patch (the pure suite runs this)",
)
def test_the_memory_is_emptied_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_keyed, "_MOVED_KEPT", 3)
    _MOVED_KEYS.clear()
    for word in ("của", "hòa", "Thủy", "khỏe"):
        _moved_key(word)
    assert list(_MOVED_KEYS) == ["khỏe"]
    assert _moved_key("của") == token_key("của")
