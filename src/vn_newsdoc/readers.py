"""The contract every reader keeps: one set of options, one call shape.

A reader is a function ``read_<format>(source, **options) -> Article`` that takes every
option of :class:`ReaderOptions` by keyword, so that :func:`~vn_newsdoc.read`,
:data:`~vn_newsdoc.READERS`, :func:`~vn_newsdoc.read_file` and the command line call any
reader the same way. :class:`Reader` says so to the type checker; each option a format has
no use for is still accepted, with the meaning its reader's docstring gives it.

>>> import vn_newsdoc as nd
>>> from vn_newsdoc.readers import Reader, ReaderOptions
>>> options: ReaderOptions = {"source_name": "tin.json", "strict": True}
>>> reader: Reader = nd.READERS["json"]
>>> reader('{"schema": "vn_newsdoc/2", "headline": "Tin nóng"}', **options).headline
'Tin nóng'
"""

# No postponed annotations here: the TypedDict's are read by the docs as the objects they
# name (a string 'SiteProfile' would match two documented names).
import datetime as dt
from collections.abc import Sequence
from typing import Protocol, TypedDict

from vn_newsdoc.html.sites import SiteProfile
from vn_newsdoc.limits import Limits
from vn_newsdoc.model import Article

__all__ = ["Reader", "ReaderOptions"]


class ReaderOptions(TypedDict, total=False):
    """The keyword options every reader takes (each one optional; ``None`` is the default).

    >>> import vn_newsdoc as nd
    >>> options: ReaderOptions = {"source_name": "bai-viet.txt", "strict": False}
    >>> nd.read("Tin nóng\\n\\nMột đoạn văn.\\n", "text", **options).headline
    'Tin nóng'
    """

    source_name: str | None
    """The input's name (a file name or URL) in errors and warnings."""
    url: str | None
    """Where the input came from: the article's ``url`` where the input states none; the
    HTML reader also chooses the site profile and resolves links by it. It names the input
    in messages where ``source_name`` is not given."""
    strict: bool
    """Raise instead of logging what could not be found (the JSON and XML readers work
    nothing around: whatever is wrong there is an error either way)."""
    reference: dt.datetime | None
    """The aware time relative dates (``2 giờ trước``) resolve against (the JSON and XML
    formats write their times out in full and have none)."""
    limits: Limits | None
    """The input ceilings."""
    profiles: Sequence[SiteProfile]
    """Your own site profiles, tried before the built-in ones (pages only: the other
    formats have no site layout)."""


class Reader(Protocol):
    """The call shape of every reader: ``(source, **ReaderOptions) -> Article``.

    >>> import vn_newsdoc as nd
    >>> def read_all(reader: Reader, sources: list[str]) -> list[str]:
    ...     return [reader(s, source_name=f"#{i}").headline for i, s in enumerate(sources)]
    >>> read_all(nd.read_text, ["Tin một\\n\\nĐoạn văn.\\n"])
    ['Tin một']
    """

    def __call__(
        self,
        source: str | bytes,
        /,
        *,
        source_name: str | None = None,
        url: str | None = None,
        strict: bool = False,
        reference: dt.datetime | None = None,
        limits: Limits | None = None,
        profiles: Sequence[SiteProfile] = (),
    ) -> Article:
        """Read one article from ``source``."""
        ...
