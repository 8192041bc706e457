"""One input read in the command line's own process: with ``--url``, or ``--explain``
(which also writes, on standard error, which rule gave each field and from where)."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING

from vn_newsdoc.cli._sources import Input
from vn_newsdoc.errors import NewsdocError
from vn_newsdoc.inputs import SNIFF_BYTES, guess_format
from vn_newsdoc.inputs._fetch import fetch, is_url
from vn_newsdoc.inputs._read import _with_charset, read_data, read_path, show_name
from vn_newsdoc.limits import Limits
from vn_newsdoc.model import Article

if TYPE_CHECKING:
    from vn_newsdoc.html.sites import SiteProfile

__all__ = ["read_one"]


def read_one(
    item: Input,
    args: argparse.Namespace,
    limits: Limits | None,
    profiles: tuple[SiteProfile, ...],
) -> Article | NewsdocError | str:
    """The one input read with ``--url`` and ``--explain`` as given: its article, its
    error, or a usage problem."""
    name = show_name(item.source)
    try:
        charset = None
        url = args.url
        if item.source == "-":
            data = sys.stdin.buffer.read()
        elif is_url(item.source):
            ceiling = (limits or Limits()).max_bytes
            page = fetch(item.source, timeout=args.timeout, max_bytes=ceiling)
            data, charset, url = page.data, page.charset, url or page.url
        else:
            data = read_path(item.source)
        fmt = args.from_ or guess_format(name, data[:SNIFF_BYTES])
        if args.explain and fmt != "html":
            return f"--explain explains HTML pages; {name} reads as {fmt}"
        article = read_data(
            data,
            name,
            format=fmt,
            url=url,
            charset=charset,
            strict=args.strict,
            limits=limits,
            profiles=profiles,
        )
    except NewsdocError as exc:
        return exc
    if args.explain:
        source = _with_charset(data, charset) if charset is not None else data
        _explain(name, source, args, url=url, limits=limits, profiles=profiles)
    return article


def _explain(
    name: str,
    source: str | bytes,
    args: argparse.Namespace,
    *,
    url: str | None,
    limits: Limits | None,
    profiles: tuple[SiteProfile, ...],
) -> None:
    """Write which rule gave each field of the page and from where, one line each."""
    from vn_newsdoc.html import explain_html  # noqa: PLC0415

    # The page read again for its reasons: its warnings were reported by the first read.
    package_log = logging.getLogger("vn_newsdoc")
    propagate, package_log.propagate = package_log.propagate, False
    try:
        explanation = explain_html(
            source,
            source_name=name,
            url=url,
            strict=args.strict,
            limits=limits,
            profiles=profiles,
        )
    finally:
        package_log.propagate = propagate
    sys.stderr.write("".join(f"{name}: {field}\n" for field in explanation.sources))
