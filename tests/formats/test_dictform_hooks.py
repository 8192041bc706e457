"""The JSON form's own array and optional hooks read as cattrs' generic hooks would: the
same values, and on bad input the same errors, each noted with the same index (the paths in
``read_json``'s messages are read from those notes)."""

from __future__ import annotations

from typing import Any

import cattrs
import pytest
from cattrs.errors import IterableValidationError, IterableValidationNote
from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc import MalformedInputError
from vn_newsdoc._dictform import SCHEMA_VERSION, _array_of, _optional, _structure_str, from_dict

_OPTIONAL_STR: Any = str | None
_ITEMS = st.lists(st.one_of(st.text(max_size=3), st.integers(), st.none()), max_size=6)


def _reference() -> cattrs.Converter:
    converter = cattrs.Converter(detailed_validation=True)
    converter.register_structure_hook(str, _structure_str)
    return converter


def _outcome(read: Any) -> object:
    try:
        return ("value", read())
    except IterableValidationError as exc:
        inner = [
            (
                type(e).__name__,
                str(e),
                [n.index for n in e.__notes__ if isinstance(n, IterableValidationNote)],
            )
            for e in exc.exceptions
        ]
        return ("error", str(exc), inner)
    except Exception as exc:  # compared, whatever it is
        return ("other", type(exc).__name__, str(exc))


@given(_ITEMS)
@example([])
@example(["a", 1, "b", None])
def test_an_array_reads_as_cattrs_reads_it(items: list[object]) -> None:
    ours = _array_of(str, _structure_str)
    assert _outcome(lambda: ours(items, tuple[str, ...])) == _outcome(
        lambda: _reference().structure(items, tuple[str, ...])
    )


def test_an_array_must_be_an_array() -> None:
    outcome = _outcome(lambda: _array_of(str, _structure_str)("ab", tuple[str, ...]))
    assert outcome == ("other", "_ShapeError", "must be an array, not a string")


@given(st.one_of(st.none(), st.text(max_size=3), st.integers()))
def test_an_optional_value_reads_as_cattrs_reads_it(value: object) -> None:
    ours = _optional(_structure_str, str)
    assert _outcome(lambda: ours(value, _OPTIONAL_STR)) == _outcome(
        lambda: _reference().structure(value, _OPTIONAL_STR)
    )


@pytest.mark.parametrize(
    ("key", "value", "path"),
    [
        ("tags", "ab", "$.tags"),
        ("body", "ab", "$.body"),
        ("people", "ab", "$.people"),
        ("people", [{"name": "Lan", "titles": "ab"}], "$.people[0].titles"),
        ("byline", {"authors": "ab", "source": None}, "$.byline.authors"),
        (
            "byline",
            {"authors": [{"name": "Lan", "roles": "ab"}], "source": None},
            "$.byline.authors[0].roles",
        ),
    ],
)
def test_every_array_of_the_form_refuses_a_string(key: str, value: object, path: str) -> None:
    data = {"schema": SCHEMA_VERSION, "headline": "Tin", key: value}
    with pytest.raises(MalformedInputError) as info:
        from_dict(data)
    assert str(info.value).startswith(f"{path}: must be an array, not a string")
