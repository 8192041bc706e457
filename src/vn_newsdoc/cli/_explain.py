"""``--explain``: one HTML page read, and why it reads so, on standard error."""

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

__all__ = ["read_explained"]


def read_explained(
    item: Input,
    args: argparse.Namespace,
    limits: Limits | None,
    profiles: tuple[SiteProfile, ...],
) -> Article | NewsdocError | str:
    """Read the one input as usual, and write on standard error which rule gave each field
    of its article and from where: its article, its error, or a usage problem."""
    from vn_newsdoc.html import explain_html  # noqa: PLC0415

    name = show_name(item.source)
    try:
        charset = None
        url = args.url
        if item.source == "-":
            data = sys.stdin.buffer.read()
        elif is_url(item.source):
            page = fetch(
                item.source, timeout=args.timeout, max_bytes=(limits or Limits()).max_bytes
            )
            data, charset, url = page.data, page.charset, url or page.url
        else:
            data = read_path(item.source)
        fmt = args.from_ or guess_format(name, data[:SNIFF_BYTES])
        if fmt != "html":
            return f"--explain explains HTML pages; {name} reads as {fmt}"
        article = read_data(
            data,
            name,
            format=fmt,
            url=url,
            url_given=args.url is not None,
            charset=charset,
            strict=args.strict,
            limits=limits,
            profiles=profiles,
        )
    except NewsdocError as exc:
        return exc
    # The same page read again for its reasons; its warnings were reported by the read above.
    package_log = logging.getLogger("vn_newsdoc")
    propagate, package_log.propagate = package_log.propagate, False
    try:
        explanation = explain_html(
            _with_charset(data, charset) if charset is not None else data,
            url=url,
            strict=args.strict,
            limits=limits,
            profiles=profiles,
        )
    finally:
        package_log.propagate = propagate
    lines = [f"{name}: {source}" for source in explanation.sources]
    sys.stderr.write("".join(f"{line}\n" for line in lines))
    return article
