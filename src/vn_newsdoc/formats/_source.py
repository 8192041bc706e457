"""What every format reader does first: take ``str`` or UTF-8 ``bytes`` and give text."""

from __future__ import annotations

import attrs

from vn_newsdoc._ceilings import check_text_size
from vn_newsdoc.errors import MalformedInputError
from vn_newsdoc.limits import Limits
from vn_newsdoc.model import Article

__all__ = ["open_source", "source_text", "with_url"]


def open_source(
    source: object, source_name: str | None, url: str | None, limits: Limits | None
) -> tuple[str, str | None, Limits]:
    """What a format reader starts from: the text, the input's name, the ceilings.

    The name is ``source_name``, else the ``url``; the size is checked against
    ``limits`` (default :class:`~vn_newsdoc.Limits`) before the text is decoded.

    >>> open_source(b"Tin", None, "https://tin.example/a", None)[:2]
    ('Tin', 'https://tin.example/a')
    """
    name = source_name if source_name is not None else url
    ceilings = limits or Limits()
    if isinstance(source, (str, bytes)):
        check_text_size(source, ceilings, name)
    return source_text(source, name), name, ceilings


def with_url(article: Article, url: str | None) -> Article:
    """``article`` with ``url`` as its address where it states none of its own.

    The document's own ``url`` wins: the caller's says where the copy was found.

    >>> with_url(Article(headline="Tin"), "https://tin.example/a").url
    'https://tin.example/a'
    >>> with_url(Article(headline="Tin", url="https://tin.example/b"), "https://x.example").url
    'https://tin.example/b'
    """
    if url is None or article.url is not None:
        return article
    return attrs.evolve(article, url=url)


def source_text(source: object, source_name: str | None) -> str:
    """The document as text: ``str`` as it is, bytes decoded as UTF-8; a byte-order mark
    is dropped either way.

    Raises:
        MalformedInputError: The bytes are not UTF-8 (``position`` is the first bad byte),
            or ``source`` is neither text nor bytes.

    >>> source_text(b"\\xef\\xbb\\xbfTin n\\xc3\\xb3ng", None)
    'Tin nóng'
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        try:
            return bytes(source).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise MalformedInputError(
                f"not UTF-8: byte {exc.start} cannot be decoded ({exc.reason})",
                source=source_name,
                position=exc.start,
            ) from exc
    if isinstance(source, str):
        return source.removeprefix("\ufeff")
    raise MalformedInputError(
        f"expected str or bytes, not {type(source).__name__}", source=source_name
    )
