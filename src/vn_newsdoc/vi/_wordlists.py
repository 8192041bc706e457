"""The one loader of the word lists in ``vn_newsdoc/vi/data``.

Every list is a UTF-8 file of tab-separated columns (``.tsv``):

* a line whose first character is ``#`` is a comment; the comments at the top of a file
  are its header, saying what the list holds, its columns and how they are matched;
* blank lines are skipped;
* every other line is one entry: its columns separated by one TAB each, every column clean
  text (NFC, no control characters, single spaces, nothing around it).

A file that breaks these rules stops the import with an error naming the file and line,
so a word added by hand in the wrong form is found at once, not matched silently wrong.
Each file is read once; the rows are immutable.

>>> ("ảnh", "photo") in read_pairs("byline_roles.tsv")
True
>>> "Nguyễn" in read_words("people_surnames.tsv")
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources

from vn_newsdoc.text import is_clean

__all__ = ["alternation", "parse_rows", "read_pairs", "read_rows", "read_words"]

_PACKAGE = "vn_newsdoc.vi"
_FOLDER = "data"


@functools.cache
def read_rows(
    name: str, columns: int, *, required: int | None = None
) -> tuple[tuple[str, ...], ...]:
    """The entries of the list ``name``, each as ``columns`` strings.

    Args:
        name: The file's name in ``vi/data`` (``"date_months.tsv"``).
        columns: How many columns an entry has at most.
        required: How many it has at the least (default: ``columns``); the missing
            columns of a shorter entry are ``""``.

    Raises:
        RuntimeError: The file is not UTF-8, or a line holds too few or too many columns,
            an empty column, or text that is not clean (not NFC, stray spaces, controls).

    >>> read_rows("outlets.tsv", 2, required=1)[1][:1]
    ('VOV',)
    """
    where = f"vn_newsdoc/vi/data/{name}"
    try:
        text = resources.files(_PACKAGE).joinpath(_FOLDER).joinpath(name).read_text("utf-8")
    except UnicodeDecodeError as exc:
        raise RuntimeError(f"{where}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    return parse_rows(text, where, columns, required=required)


def parse_rows(
    text: str, where: str, columns: int, *, required: int | None = None
) -> tuple[tuple[str, ...], ...]:
    """The entries of a list's ``text``, as :func:`read_rows` reads them from a file.

    ``where`` names the list in errors.

    >>> parse_rows("# word<TAB>value\\n\\nSA\\tam\\n", "x.tsv", 2)
    (('SA', 'am'),)
    >>> parse_rows("Thành \\n", "x.tsv", 1)
    Traceback (most recent call last):
    ...
    RuntimeError: x.tsv, line 1: column 'Thành ' is empty or not clean text (NFC, single spaces, nothing around it)
    """  # noqa: E501
    least = columns if required is None else required
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not least <= len(fields) <= columns:
            shape = f"{least} to {columns}" if least < columns else str(columns)
            raise RuntimeError(
                f"{where}, line {number}: expected {shape} tab-separated columns, "
                f"found {len(fields)}"
            )
        for field in fields:
            if not field or not is_clean(field):
                raise RuntimeError(
                    f"{where}, line {number}: column {field!r} is empty or not clean text "
                    "(NFC, single spaces, nothing around it)"
                )
        rows.append((*fields, *[""] * (columns - len(fields))))
    return tuple(rows)


def read_words(name: str) -> tuple[str, ...]:
    """The entries of a one-column list, in file order.

    >>> read_words("people_modifiers.tsv")[:2]
    ('Phó', 'nguyên')
    """
    return tuple(row[0] for row in read_rows(name, 1))


def read_pairs(name: str, values: frozenset[str] | None = None) -> tuple[tuple[str, str], ...]:
    """The entries of a two-column list (``word<TAB>value``), in file order.

    Args:
        name: The file's name in ``vi/data``.
        values: The values the second column may hold, where the list has a fixed set.

    Raises:
        RuntimeError: As :func:`read_rows`; or a value is not one of ``values``.

    >>> read_pairs("date_months.tsv")[0]
    ('January', '1')
    >>> read_pairs("date_line_names.tsv", frozenset({"month"}))
    Traceback (most recent call last):
    ...
    RuntimeError: vn_newsdoc/vi/data/date_line_names.tsv: 'thứ hai' has the value 'weekday', not one of: month
    """  # noqa: E501
    pairs = tuple((row[0], row[1]) for row in read_rows(name, 2))
    for word, value in pairs:
        if values is not None and value not in values:
            raise RuntimeError(
                f"vn_newsdoc/vi/data/{name}: {word!r} has the value {value!r}, "
                f"not one of: {', '.join(sorted(values))}"
            )
    return pairs


def alternation(words: Iterable[str], *, space: str = r"\s+") -> str:
    """A regex alternation of ``words``, longest first, each space in a word matching
    ``space`` (by default one or more white-space characters).

    Longest first, so that a word is never cut short by one it starts with.

    >>> print(alternation(["Ảnh", "Ảnh tư liệu", "&"]))
    Ảnh\\s+tư\\s+liệu|Ảnh|\\&
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", space) for w in ordered)
