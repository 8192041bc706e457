"""vn_newsdoc: Vietnamese news articles as clean, typed documents.

Readers turn a page into an :class:`Article`; writers turn an :class:`Article` into text.
Readers are ``read_<format>(source, **options) -> Article`` and writers
``write_<format>(article, **options) -> str``; :func:`read` and :func:`write` reach them by
name through :data:`READERS` and :data:`WRITERS`.

>>> import vn_newsdoc as nd
>>> a = nd.Article(headline="Giá vàng giảm", body=(nd.Paragraph("Sáng nay giá vàng giảm."),))
>>> a.paragraphs
('Sáng nay giá vàng giảm.',)
>>> nd.read_json(nd.write_json(a)) == a
True
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING

from vn_newsdoc.errors import (
    DateParseError,
    InputLimitError,
    InvalidArticleError,
    MalformedInputError,
    MissingExtraError,
    MissingFieldError,
    NewsdocError,
    ProfileError,
    ReaderError,
    SchemaVersionError,
    SourceError,
    UnknownFormatError,
    UnsupportedInputError,
)
from vn_newsdoc.limits import Limits
from vn_newsdoc.model import (
    Article,
    Author,
    Block,
    Byline,
    Figure,
    Heading,
    ListItem,
    Paragraph,
    Person,
    Quote,
    Role,
)

if TYPE_CHECKING:
    from vn_newsdoc.buildinfo import BuildInfo, build_info
    from vn_newsdoc.formats.html import write_html
    from vn_newsdoc.formats.json import read_json, write_json
    from vn_newsdoc.formats.jsonld import write_jsonld
    from vn_newsdoc.formats.markdown import write_markdown
    from vn_newsdoc.formats.ninjs import write_ninjs
    from vn_newsdoc.formats.text import read_text, write_text
    from vn_newsdoc.formats.xml import read_xml, write_xml
    from vn_newsdoc.html import read_html
    from vn_newsdoc.inputs import guess_format, read_file, read_many
    from vn_newsdoc.registry import READERS, WRITERS, read, write

# The readers and writers are imported on first use, so that ``import vn_newsdoc`` (and a
# command line that reads one format) does not pay for the word lists, lxml and cattrs of
# all the others: the name, and the module it comes from.
_LAZY = {
    "read_json": "vn_newsdoc.formats.json",
    "write_json": "vn_newsdoc.formats.json",
    "read_text": "vn_newsdoc.formats.text",
    "write_text": "vn_newsdoc.formats.text",
    "read_xml": "vn_newsdoc.formats.xml",
    "write_xml": "vn_newsdoc.formats.xml",
    "read_html": "vn_newsdoc.html",
    "guess_format": "vn_newsdoc.inputs",
    "read_file": "vn_newsdoc.inputs",
    "read_many": "vn_newsdoc.inputs",
    "write_html": "vn_newsdoc.formats.html",
    "write_jsonld": "vn_newsdoc.formats.jsonld",
    "write_markdown": "vn_newsdoc.formats.markdown",
    "write_ninjs": "vn_newsdoc.formats.ninjs",
    "READERS": "vn_newsdoc.registry",
    "WRITERS": "vn_newsdoc.registry",
    "read": "vn_newsdoc.registry",
    "write": "vn_newsdoc.registry",
    "BuildInfo": "vn_newsdoc.buildinfo",
    "build_info": "vn_newsdoc.buildinfo",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'vn_newsdoc' has no attribute {name!r}")  # Python's own
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # the next look-up is an ordinary one
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__version__ = "0.1.0.dev0"

__all__ = [
    "READERS",
    "WRITERS",
    "Article",
    "Author",
    "Block",
    "BuildInfo",
    "Byline",
    "DateParseError",
    "Figure",
    "Heading",
    "InputLimitError",
    "InvalidArticleError",
    "Limits",
    "ListItem",
    "MalformedInputError",
    "MissingExtraError",
    "MissingFieldError",
    "NewsdocError",
    "Paragraph",
    "Person",
    "ProfileError",
    "Quote",
    "ReaderError",
    "Role",
    "SchemaVersionError",
    "SourceError",
    "UnknownFormatError",
    "UnsupportedInputError",
    "__version__",
    "build_info",
    "guess_format",
    "read",
    "read_file",
    "read_html",
    "read_json",
    "read_many",
    "read_text",
    "read_xml",
    "write",
    "write_html",
    "write_json",
    "write_jsonld",
    "write_markdown",
    "write_ninjs",
    "write_text",
    "write_xml",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
