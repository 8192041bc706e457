"""Names shared by the XML writer and reader: the namespace, the block element names."""

from __future__ import annotations

import re
from typing import Any

from vn_newsdoc.model import ListItem, Paragraph, Quote

_NAMESPACE_BASE = "https://vn-newsdoc.readthedocs.io/ns/article/"
NAMESPACE = _NAMESPACE_BASE + "2"
# The previous version's namespace: its documents are read too (times all date-times).
_NAMESPACE_1 = _NAMESPACE_BASE + "1"

_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
# Refused before parsing, wherever they stand: the writer never produces "<!" at all.
_DECLARATIONS = re.compile(r"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)

_TEXT_BLOCKS: dict[str, type[Paragraph | Quote | ListItem]] = {
    "paragraph": Paragraph,
    "quote": Quote,
    "list-item": ListItem,
}
_TAGS: dict[type[Any], str] = {cls: tag for tag, cls in _TEXT_BLOCKS.items()}


def _q(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"
