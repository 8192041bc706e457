"""The input ceilings every reader keeps: size, nesting, element count and text length.

Each reader refuses input past one of these ceilings with
:class:`~vn_newsdoc.errors.InputLimitError`, before it spends time or memory on it, and
takes other ceilings as ``limits=Limits(...)``. The same four ceilings hold for every
format, so whatever one reader accepts, the writers write and the other readers read back.

>>> from vn_newsdoc import Limits
>>> Limits().max_bytes == 32 * 1024 * 1024
True
>>> big = Limits(max_text=16 * 1024 * 1024)
>>> big.max_text, big.max_depth
(16777216, 255)
>>> Limits(max_depth=0)
Traceback (most recent call last):
...
ValueError: max_depth must be a positive int, not 0
"""

from __future__ import annotations

from typing import Any

import attrs

from vn_newsdoc.errors import shown

__all__ = ["Limits"]


def _positive(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{attribute.name} must be a positive int, not {shown(value)}")


@attrs.frozen
class Limits:
    """The ceilings a reader keeps; pass ``limits=Limits(...)`` to any reader to change them.

    The defaults read every real news page and every article the writers write, and keep
    a hostile input to well under a few seconds and a few hundred megabytes.

    Args:
        max_bytes: The longest input: bytes, or characters for text input (32 MiB).
        max_depth: The deepest nesting: elements (HTML, XML) or arrays and objects (JSON)
            (255, libxml2's own without its ``huge_tree`` mode; HTML and XML cannot go past
            2048, libxml2's ceiling with it).
        max_elements: The most elements (HTML, XML), objects and arrays (JSON) or lines
            (text) (50,000).
        max_text: The longest single text: a text node or attribute value (HTML, outside
            scripts and style sheets, ``data:`` addresses aside; XML), a string (JSON), a
            line (text) (1 MiB, in characters).
        max_attributes: The most attributes on one element (HTML, XML) (1,000; libxml2 checks
            each new attribute of an element against all the ones before it, so time grows
            with the square of this number).

    Raises:
        ValueError: A ceiling is not a positive int.

    >>> Limits(max_elements=200_000).max_elements
    200000
    """

    max_bytes: int = attrs.field(default=32 * 1024 * 1024, validator=_positive)
    """The longest input: bytes, or characters for text input."""
    max_depth: int = attrs.field(default=255, validator=_positive)
    """The deepest nesting of elements (HTML, XML) or of arrays and objects (JSON)."""
    max_elements: int = attrs.field(default=50_000, validator=_positive)
    """The most elements (HTML, XML), objects and arrays (JSON), or lines (text)."""
    max_text: int = attrs.field(default=1024 * 1024, validator=_positive)
    """The longest text node, attribute value, JSON string or text line, in characters."""
    max_attributes: int = attrs.field(default=1000, validator=_positive)
    """The most attributes on one element (HTML, XML); checked before parsing."""
