"""The decoder's shortcuts give what they stand in for: the mojibake hint looked for in
the text read strictly is the hint the expression finds in the bytes."""

from __future__ import annotations

import codecs

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.html import decode
from vn_newsdoc.html.decode import _MOJIBAKE_HINT, _from_utf8, _has_hint, _hint_in_text

# The characters each branch of the hint is made of, their neighbours in code points, and
# others of a Vietnamese page.
_NEAR = st.sampled_from(
    [*"áâàãÁÂÃÄÅÆÇº»¼€‚ƒ°©ư ơ ỂểỄễỆệ", "\u0080", "\u00bf", "\u00c0", "\u013f", "\u0140",
     "\u01bf", "\u01c0", "\u02bf", "\u02c0", "\u02ff", "\u0300", "\u1fff", "\u2000",
     "\u2fff", "\u3000", "\U0001f600", "a", " ", "<"]
)  # fmt: skip


def _by_bytes(text: str) -> bool:
    return _MOJIBAKE_HINT.search(text.encode("utf-8")) is not None


@given(st.text(alphabet=_NEAR))
@example("Viá»‡t")
@example("áº")
@example("»á")  # the character after, not before
@example("â€œ")
@example("Æ°")
@example("Â")  # at the end: no character after it
@example("ÂÂ\u2000")
@example("á" + "»" * 70)
@example("Â" * 70 + "\u0080")
def test_the_hint_in_the_text_is_the_hint_in_its_bytes(text: str) -> None:
    found = _hint_in_text(text)
    assert found is None or found == _by_bytes(text)
    assert _has_hint(text, text.encode("utf-8")) == _by_bytes(text)
    # After a byte-order mark, which no branch of the hint can start in.
    assert _has_hint(text, codecs.BOM_UTF8 + text.encode("utf-8")) == _by_bytes(text)


@given(st.text())
def test_any_text_has_the_hint_its_bytes_have(text: str) -> None:
    assert _has_hint(text, text.encode("utf-8")) == _by_bytes(text)


@given(st.text(alphabet=_NEAR, max_size=200))
@example("Â" * 70 + "\u0080")
def test_past_the_loops_the_bytes_are_searched(text: str) -> None:
    found = _hint_in_text(text)
    if found is None:
        assert max(text.count(char) for char in "»º€ÂÃÄÅÆ") > decode._HINT_LOOPS
    assert _has_hint(text, text.encode("utf-8")) == _by_bytes(text)


@given(st.text(alphabet=_NEAR))
@example("Viá»‡t Nam")
def test_a_strict_reading_is_repaired_as_the_general_one(text: str) -> None:
    data = text.encode("utf-8")
    assert _from_utf8(text, data, "detected", "p", strict=True) == _from_utf8(
        text, data, "detected", "p"
    )
