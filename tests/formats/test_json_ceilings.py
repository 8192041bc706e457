"""The JSON ceilings told from the text alone (``_json_within``) never spare the walk over a
value that passes a ceiling: ``check_json`` with the text raises exactly what it raises
without it."""

from __future__ import annotations

import json

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc import InputLimitError, Limits
from vn_newsdoc._ceilings import _json_within, check_json

_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=30,
)
_LIMITS = st.builds(
    Limits,
    max_depth=st.integers(1, 8),
    max_elements=st.integers(1, 20),
    max_text=st.integers(1, 40),
)


def _outcome(value: object, limits: Limits, text: str | None) -> tuple[str, int] | None:
    try:
        check_json(value, limits, None, text=text)
    except InputLimitError as exc:
        return exc.limit, exc.value
    return None


@given(_VALUES, _LIMITS, st.booleans())
@example(["[{"], Limits(max_depth=1, max_elements=1, max_text=40), False)  # brackets in a string
@example([[[]]], Limits(max_depth=2, max_elements=20, max_text=40), False)
@example({"k": "x" * 10}, Limits(max_depth=8, max_elements=20, max_text=10), False)
@example("\\u00e0" * 3, Limits(max_depth=8, max_elements=20, max_text=3), True)  # escapes
def test_the_text_spares_the_walk_only_where_the_walk_finds_nothing(
    value: object, limits: Limits, ascii_only: bool
) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only)
    assert json.loads(text) == value
    if _json_within(text, limits):
        assert _outcome(value, limits, None) is None
    assert _outcome(value, limits, text) == _outcome(value, limits, None)


def test_a_small_article_is_within_the_default_ceilings() -> None:
    text = '{"schema": "vn_newsdoc/2", "headline": "Tin", "body": [{"type": "paragraph"}]}'
    assert _json_within(text, Limits())
    assert not _json_within("[" * 300 + "]" * 300, Limits())
    assert not _json_within('"' + "x" * 20 + '"', Limits(max_text=10))
