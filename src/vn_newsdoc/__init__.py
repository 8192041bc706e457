"""vn_newsdoc: Vietnamese news articles as clean, typed documents.

Readers turn a page into an :class:`Article`; writers turn an :class:`Article` into text.

>>> import vn_newsdoc as nd
>>> a = nd.Article(headline="Giá vàng giảm", body=(nd.Paragraph("Sáng nay giá vàng giảm."),))
>>> a.paragraphs
('Sáng nay giá vàng giảm.',)
"""

from __future__ import annotations

import logging

from vn_newsdoc.errors import (
    DateParseError,
    InputLimitError,
    InvalidArticleError,
    MalformedInputError,
    MissingFieldError,
    NewsdocError,
    ReaderError,
    SchemaVersionError,
    UnknownFormatError,
)
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

__version__ = "0.1.0.dev0"

__all__ = [
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
    "MissingFieldError",
    "NewsdocError",
    "Paragraph",
    "Person",
    "Quote",
    "ReaderError",
    "Role",
    "SchemaVersionError",
    "UnknownFormatError",
    "__version__",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
