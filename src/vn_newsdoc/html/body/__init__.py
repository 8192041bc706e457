"""The article body: find the element that holds it, then read it in one walk.

:func:`find_containers` scores the page's text blocks (text length, commas, link density,
class and id hints such as ``content``, ``detail``, ``fck_detail``) and returns the element
(or adjacent sibling elements) holding the article: the innermost one that still holds
nearly all of the text, so that bylines and side columns in a wider wrapper stay out, with
the boxes beside it that its prose goes on in, and on a page of several whole stories the
one the page's title names.
:func:`read_blocks` walks those elements once, in document order, gathering each text
block's text with its styling (bold, italic, alignment, link share) and the pictures
between them; :func:`assemble` then decides which blocks are captions of which pictures,
and drops what is not the article (related links, "Xem thêm" lines, share bars, a box of
highlights); :func:`drop_date_lines` leaves out the lines that only give a date, once the
dateline has been read from them. Nothing here reads text twice.

>>> from lxml.html import document_fromstring
>>> page = document_fromstring(
...     "<html><body><div class='detail'><p>Đoạn một, dài đủ để đọc, có dấu phẩy.</p>"
...     "<p><img src='/a.jpg'></p><p><em>Chú thích ảnh</em></p>"
...     "<p>Đoạn hai, cũng dài đủ để đọc.</p></div></body></html>")
>>> blocks = assemble(read_blocks(find_containers(page), skip=frozenset()))
>>> for block in blocks:
...     print(block.kind, block.text)
p Đoạn một, dài đủ để đọc, có dấu phẩy.
figure Chú thích ảnh
p Đoạn hai, cũng dài đủ để đọc.
"""

from __future__ import annotations

from vn_newsdoc.html.body._assemble import assemble
from vn_newsdoc.html.body._datelines import drop_date_lines, is_date_line
from vn_newsdoc.html.body._noise import is_noise_element, is_noise_text
from vn_newsdoc.html.body._scoring import find_containers
from vn_newsdoc.html.body._strip import strip_page
from vn_newsdoc.html.body._walk import BodyBlock, read_blocks

__all__ = [
    "BodyBlock",
    "assemble",
    "drop_date_lines",
    "find_containers",
    "is_date_line",
    "is_noise_element",
    "is_noise_text",
    "read_blocks",
    "strip_page",
]
