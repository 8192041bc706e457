"""Which options each reader takes, in one table instead of signature inspection."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, TypedDict

__all__ = ["READER_OPTIONS", "ReaderOptions", "options_for"]


class ReaderOptions(TypedDict, total=False):
    """The keyword options a reader may take (each reader takes some of them)."""

    url: str
    """Where the page came from (the HTML reader)."""
    source_name: str
    """The input's name for messages (the text, JSON and XML readers)."""
    strict: bool
    """Raise instead of logging what could not be found (the HTML and text readers)."""
    reference: dt.datetime
    """The time relative datelines resolve against (the HTML and text readers)."""


READER_OPTIONS: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {
        "html": frozenset({"url", "strict", "reference"}),
        "text": frozenset({"source_name", "strict", "reference"}),
        "json": frozenset({"source_name"}),
        "xml": frozenset({"source_name"}),
    }
)
"""The options of :class:`ReaderOptions` each reader of :data:`~vn_newsdoc.READERS` takes.

The JSON and XML readers take neither ``strict`` (they work nothing around: what is wrong is
an error) nor ``reference`` (their times are written out in full), so those are not passed
to them. A reader missing from this table is given none of these options."""


def options_for(
    format: str,
    *,
    name: str | None = None,
    url: str | None = None,
    strict: bool = False,
    reference: dt.datetime | None = None,
) -> ReaderOptions:
    """The keyword arguments for the reader ``format``, from the options every reader shares.

    Args:
        format: A reader's name.
        name: The input's name (a file name or URL), passed as ``source_name`` where the
            reader takes it; the HTML reader names its input by ``url``.
        url: Where the page came from; passed to readers that take it, dropped by others.
        strict: Passed to the readers that work things around.
        reference: Passed to the readers that read relative dates.

    >>> options_for("text", name="a.txt", url="https://tin.example/a", strict=True)
    {'source_name': 'a.txt', 'strict': True}
    >>> options_for("html", name="a.html", url="https://tin.example/a")
    {'url': 'https://tin.example/a'}
    """
    takes = READER_OPTIONS.get(format, frozenset())
    options: ReaderOptions = {}
    if name is not None and "source_name" in takes:
        options["source_name"] = name
    if url is not None and "url" in takes:
        options["url"] = url
    if strict and "strict" in takes:
        options["strict"] = strict
    if reference is not None and "reference" in takes:
        options["reference"] = reference
    return options
