"""Which of the shared options each reader makes use of, in one table."""

# No postponed annotations here: the TypedDict's are read by the docs as the objects they
# name (a string 'SiteProfile' would match two documented names).
import datetime as dt
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Final

from vn_newsdoc.html.sites import SiteProfile
from vn_newsdoc.limits import Limits
from vn_newsdoc.readers import ReaderOptions

__all__ = ["READER_OPTIONS", "ReaderOptions", "options_for"]


READER_OPTIONS: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {
        "html": frozenset({"source_name", "url", "strict", "reference", "limits", "profiles"}),
        "text": frozenset({"source_name", "url", "strict", "reference", "limits"}),
        "json": frozenset({"source_name", "url", "limits"}),
        "xml": frozenset({"source_name", "url", "limits"}),
    }
)
"""The options of :class:`~vn_newsdoc.readers.ReaderOptions` each reader of
:data:`~vn_newsdoc.READERS` makes use of.

Every reader takes every option (the :class:`~vn_newsdoc.readers.Reader` protocol); this
table says which ones change what it reads. The JSON and XML readers use neither ``strict``
(they work nothing around: what is wrong is an error) nor ``reference`` (their times are
written out in full); only the HTML reader uses ``profiles``. A reader missing from this
table is given none of these options."""


def options_for(
    format: str,
    *,
    name: str | None = None,
    url: str | None = None,
    strict: bool = False,
    reference: dt.datetime | None = None,
    limits: Limits | None = None,
    profiles: Sequence[SiteProfile] = (),
) -> ReaderOptions:
    """The keyword arguments for the reader ``format``: the options it makes use of.

    Args:
        format: A reader's name.
        name: The input's name (a file name or URL), passed as ``source_name``.
        url: Where the input came from.
        strict: Passed to the readers that work things around.
        reference: Passed to the readers that read relative dates.
        limits: The input ceilings, passed to every reader.
        profiles: The user's own site profiles, passed to the HTML reader.

    >>> options_for("text", name="a.txt", strict=True)
    {'source_name': 'a.txt', 'strict': True}
    >>> options_for("json", name="a.json", strict=True, url="https://tin.example/a")
    {'source_name': 'a.json', 'url': 'https://tin.example/a'}
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
    if limits is not None and "limits" in takes:
        options["limits"] = limits
    if profiles and "profiles" in takes:
        options["profiles"] = profiles
    return options
