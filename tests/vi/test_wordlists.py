"""The one loader of the word lists in vi/data, and the lists themselves."""

from __future__ import annotations

import unicodedata
from importlib import resources

import pytest

from vn_newsdoc.vi._wordlists import parse_rows, read_pairs, read_rows, read_words

_DATA = resources.files("vn_newsdoc.vi").joinpath("data")
_LISTS = sorted(p.name for p in _DATA.iterdir() if p.name != "README.md")
# The lists of two columns; outlets.tsv's second column (the aliases) may be left out.
_PAIRS = {"byline_roles.tsv", *(n for n in _LISTS if n.startswith("date_"))}
_OPTIONAL_SECOND = {"outlets.tsv"}


def test_every_file_in_the_folder_is_a_tsv_list() -> None:
    assert _LISTS
    assert all(name.endswith(".tsv") for name in _LISTS), _LISTS


@pytest.mark.parametrize("name", _LISTS)
def test_every_list_loads_with_its_header(name: str) -> None:
    text = _DATA.joinpath(name).read_text(encoding="utf-8")
    assert text.startswith("#"), f"{name} has no header"
    assert unicodedata.is_normalized("NFC", text)
    if name in _PAIRS:
        rows: tuple[tuple[str, ...], ...] = read_pairs(name)
    elif name in _OPTIONAL_SECOND:
        rows = read_rows(name, 2, required=1)
    else:
        rows = tuple((w,) for w in read_words(name))
    entries = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert len(rows) == len(entries)
    assert ["\t".join(r).rstrip("\t") for r in rows] == entries


def test_comments_and_blank_lines_are_skipped() -> None:
    text = "# header\n# word<TAB>value\n\nSA\tam\n  \n# a note\nCH\tpm\n"
    assert parse_rows(text, "x.tsv", 2) == (("SA", "am"), ("CH", "pm"))


def test_short_rows_are_filled_where_a_column_is_optional() -> None:
    assert parse_rows("VOV\nTTXVN\tVNA|TTX\n", "x.tsv", 2, required=1) == (
        ("VOV", ""),
        ("TTXVN", "VNA|TTX"),
    )


@pytest.mark.parametrize(
    ("text", "columns", "found"),
    [
        ("Ảnh\tphoto\textra\n", 2, "line 1: expected 2 tab-separated columns, found 3"),
        ("# h\nẢnh\n", 2, "line 2: expected 2 tab-separated columns, found 1"),
        ("Ảnh\t\n", 2, "line 1: column '' is empty"),
        (" Ảnh\n", 1, "line 1: column ' Ảnh' is empty or not clean"),
        ("Ả  nh\n", 1, "not clean"),
        (unicodedata.normalize("NFD", "Nguyễn") + "\n", 1, "not clean"),
        ("Tin\x07\n", 1, "not clean"),
    ],
)
def test_a_broken_line_is_refused_with_its_file_and_line(
    text: str, columns: int, found: str
) -> None:
    with pytest.raises(RuntimeError, match=r"^x\.tsv, ") as info:
        parse_rows(text, "x.tsv", columns)
    assert found in str(info.value)


def test_a_list_is_read_once() -> None:
    assert read_rows("date_months.tsv", 2) is read_rows("date_months.tsv", 2)


def test_a_missing_list_is_an_error() -> None:
    with pytest.raises(FileNotFoundError):
        read_words("people_nothing.tsv")
