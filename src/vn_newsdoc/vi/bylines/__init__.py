"""Bylines, sources and outlet tags of Vietnamese news articles.

Vietnamese articles credit their authors in closing lines (``Bài, ảnh: Ngọc Thành``,
``Minh Anh - Hoàng Hiếu``, ``Hà Thu (tổng hợp)``, ``Vi Thu`` over an office line,
``Theo TTXVN``) and in metadata (``<meta name="author">``, JSON-LD ``author``); many put an
outlet tag in front of the lead (``(Dân trí) -``, ``TTO -``). This package reads all three
(``_names``: the patterns and predicates; ``_lines``: one line; ``_read``: the readers;
``_tags``: outlet tags):

* :func:`split_byline` finds how many closing blocks of an article are credits, and what
  they say; it is conservative, so an ordinary sentence is never taken for a byline;
* :func:`parse_byline` reads lines already known to be a byline;
* :func:`is_byline_line` tells whether one line is, on its own, a credit;
* :func:`labelled_byline` reads a line that opens with a byline label (``Von Jane Roe``);
* :func:`parse_author_meta` reads a metadata author string;
* :func:`split_outlet_tag` splits an outlet tag off a lead.

A label in front of the names (``By``, ``Tác giả:``, ``Author:``) is dropped wherever a
line or value is read. Names keep their published spelling and case (``XUÂN LONG`` stays
as is); role words map to :class:`~vn_newsdoc.model.Role`; an organisation goes to
:attr:`Byline.source <vn_newsdoc.model.Byline.source>`. The words these functions know
(role words, outlets, organisation words, forms of address, anonymous credits, labels) are
data files in ``vn_newsdoc/vi/data``: extend those rather than the code.

>>> parse_byline(["Bài, ảnh: Ngọc Thành"]).authors[0].roles
(<Role.TEXT: 'text'>, <Role.PHOTO: 'photo'>)
>>> split_byline(["Chiều 1/7, đoàn công tác làm việc với Thành ủy.", "Vi Thu",
...               "Trung tâm TT&VH Móng Cái"])[0]
2
"""

from __future__ import annotations

from vn_newsdoc.vi.bylines._read import (
    is_byline_line,
    labelled_byline,
    parse_author_meta,
    parse_byline,
    split_byline,
)
from vn_newsdoc.vi.bylines._tags import split_outlet_tag

__all__ = [
    "is_byline_line",
    "labelled_byline",
    "parse_author_meta",
    "parse_byline",
    "split_byline",
    "split_outlet_tag",
]

for _obj in (
    is_byline_line,
    labelled_byline,
    parse_author_meta,
    parse_byline,
    split_byline,
    split_outlet_tag,
):
    _obj.__module__ = __name__
del _obj
