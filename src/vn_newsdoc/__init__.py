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

import logging

from vn_newsdoc.errors import (
    DateParseError,
    InputLimitError,
    InvalidArticleError,
    MalformedInputError,
    MissingExtraError,
    MissingFieldError,
    NewsdocError,
    ReaderError,
    SchemaVersionError,
    SourceError,
    UnknownFormatError,
    UnsupportedInputError,
)
from vn_newsdoc.formats.json import read_json, write_json
from vn_newsdoc.formats.text import read_text, write_text
from vn_newsdoc.formats.xml import read_xml, write_xml
from vn_newsdoc.html import read_html
from vn_newsdoc.inputs import guess_format, read_file, read_many
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
from vn_newsdoc.registry import READERS, WRITERS, read, write

__version__ = "0.1.0.dev0"

__all__ = [
    "READERS",
    "WRITERS",
    "Article",
    "Author",
    "Block",
    "Byline",
    "DateParseError",
    "Figure",
    "Heading",
    "InputLimitError",
    "InvalidArticleError",
    "ListItem",
    "MalformedInputError",
    "MissingExtraError",
    "MissingFieldError",
    "NewsdocError",
    "Paragraph",
    "Person",
    "Quote",
    "ReaderError",
    "Role",
    "SchemaVersionError",
    "SourceError",
    "UnknownFormatError",
    "UnsupportedInputError",
    "__version__",
    "guess_format",
    "read",
    "read_file",
    "read_html",
    "read_json",
    "read_many",
    "read_text",
    "read_xml",
    "write",
    "write_json",
    "write_text",
    "write_xml",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
