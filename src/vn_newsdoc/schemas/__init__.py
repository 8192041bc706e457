"""The schemas of the JSON and XML forms, shipped with the package.

* ``article.schema.json``: a JSON Schema (draft 2020-12) for the documents
  :func:`vn_newsdoc.formats.json.write_json` writes;
* ``article.xsd``: an XML Schema for the documents :func:`vn_newsdoc.formats.xml.write_xml`
  writes (target namespace ``https://vn-newsdoc.readthedocs.io/ns/article/2``).

Both describe schema version ``vn_newsdoc/2``, in which ``published`` and ``updated`` are
a date-time with its offset or a date alone (``YYYY-MM-DD``). Documents of the previous
version, ``vn_newsdoc/1`` (date-times only), are still read by the readers. Find the
schemas with :func:`path`, or read them with :func:`read_text`:

>>> import json
>>> from vn_newsdoc import schemas
>>> json.loads(schemas.read_text("article.schema.json"))["properties"]["schema"]["const"]
'vn_newsdoc/2'
>>> schemas.path("article.xsd").name
'article.xsd'
"""

from __future__ import annotations

from vn_newsdoc._shipped import Traversable, shipped_file

__all__ = ["NAMES", "SCHEMA_VERSION", "path", "read_text"]

SCHEMA_VERSION = "vn_newsdoc/2"
"""The schema version the writers write and the schemas describe (``"vn_newsdoc/2"``).

Also :data:`vn_newsdoc.formats.json.SCHEMA_VERSION`, where it is found by older code.
"""

NAMES = ("article.schema.json", "article.xsd")
"""The file names of the shipped schemas."""


def path(name: str) -> Traversable:
    """The shipped schema file called ``name``.

    For an ordinary installation the result is a :class:`pathlib.Path`; wrap it in
    :func:`importlib.resources.as_file` where the package may be installed zipped.

    Args:
        name: One of :data:`NAMES`.

    Raises:
        FileNotFoundError: ``name`` is not a shipped schema.

    >>> path("article.schema.json").is_file()
    True
    """
    return shipped_file(__name__, NAMES, "schema", name)


def read_text(name: str) -> str:
    """The text of the shipped schema file called ``name`` (UTF-8).

    Args:
        name: One of :data:`NAMES`.

    Raises:
        FileNotFoundError: ``name`` is not a shipped schema.

    >>> read_text("article.xsd").startswith("<?xml")
    True
    """
    return path(name).read_text(encoding="utf-8")
