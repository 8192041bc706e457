"""Tables that set one picture with its caption, as older layouts do."""

from __future__ import annotations

from typing import Final

from lxml.etree import _Element

from vn_newsdoc.html.figures import image_source, is_caption_element

__all__ = ["is_picture_table"]

_TEXT_MAX: Final = 300  # characters of text a picture's table may hold as caption
_IMAGE_TAGS: Final = frozenset({"img", "amp-img"})
# Elements that make a block of text of their own inside a table cell.
_TEXT_BLOCK_TAGS: Final = frozenset(
    {"p", "div", "td", "th", "caption", "li", "center", "blockquote"}
    | {"h1", "h2", "h3", "h4", "h5", "h6"}
)


def _text_block(node: _Element, table: _Element) -> _Element:
    """The block ``node``'s text belongs to: itself or its nearest block ancestor."""
    el: _Element | None = node
    while el is not None and el is not table:
        if el.tag in _TEXT_BLOCK_TAGS:
            return el
        el = el.getparent()
    return table


def _row(node: _Element, table: _Element) -> _Element | None:
    """The table row (or ``<caption>``) ``node`` sits in."""
    el: _Element | None = node
    while el is not None and el is not table:
        if el.tag in ("tr", "caption"):
            return el
        el = el.getparent()
    return None


def is_picture_table(table: _Element) -> bool:
    """Whether a table holds one picture with its caption (not text beside photos).

    The table holds one picture and one short block of text, set in another row than the
    picture (the picture in one row, the caption in the next) or marked as a caption. Text
    in a cell beside the picture, or several blocks of it, is the article's text.

    >>> from lxml.html import fragment_fromstring as f
    >>> is_picture_table(f('<table><tr><td><img src="a.jpg"></td></tr>'
    ...                    '<tr><td>Cánh đồng lúa chín</td></tr></table>'))
    True
    >>> is_picture_table(f('<table><tr><td><img src="a.jpg"></td>'
    ...                    '<td><p>Bước 1:</p><p>Trộn bột với trứng.</p></td></tr></table>'))
    False
    """
    picture: _Element | None = None
    chars = 0
    blocks: set[_Element] = set()
    for node in table.iter():
        tag = node.tag
        if node is not table and tag == "table":
            return False
        if tag in _IMAGE_TAGS:
            if image_source(node) is not None:
                if picture is not None:
                    return False
                picture = node
        elif isinstance(tag, str) and node.text and node.text.strip():
            chars += len(node.text.strip())
            blocks.add(_text_block(node, table))
        if node is not table and node.tail and node.tail.strip():
            chars += len(node.tail.strip())
            parent = node.getparent()
            blocks.add(_text_block(parent if parent is not None else table, table))
        if chars > _TEXT_MAX or len(blocks) > 1:
            return False
    if picture is None or not blocks:
        return False
    block = next(iter(blocks))
    if any(is_caption_element(el) for el in (block, *block.iterancestors()) if el is not table):
        return True
    row = _row(block, table)
    return row is not None and row is not _row(picture, table)
