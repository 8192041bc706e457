"""Files shipped inside the package (schemas, samples), found by name."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

__all__ = ["Traversable", "shipped_file"]


def shipped_file(package: str, names: tuple[str, ...], kind: str, name: str) -> Traversable:
    """The file ``name`` of ``package``, one of ``names``; ``kind`` names them in errors.

    >>> shipped_file("vn_newsdoc.schemas", ("article.xsd",), "schema", "article.xsd").name
    'article.xsd'
    >>> shipped_file("vn_newsdoc.schemas", ("article.xsd",), "schema", "a.dtd")
    Traceback (most recent call last):
    ...
    FileNotFoundError: no schema named 'a.dtd'; the schemas are: article.xsd
    """
    if name not in names:
        raise FileNotFoundError(f"no {kind} named {name!r}; the {kind}s are: {', '.join(names)}")
    return resources.files(package).joinpath(name)
