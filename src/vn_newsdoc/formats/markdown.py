"""Markdown: :func:`write_markdown` writes an article as a CommonMark document.

For text pipelines, language models and note-taking tools. The document, block by block,
one blank line between blocks::

    # Headline

    14/09/2024 07:30 (GMT+7) · Cập nhật: 14/09/2024 16:05 (GMT+7)

    **BQT - The lead, in bold, with the outlet tag in front as the page prints it.**

    A paragraph.

    ## A subheading             (### to ###### for deeper levels)

    > A quotation.

    - A list item
    - The next one             (consecutive items make one list)

    ![The caption](<https://…/anh.jpg>)

    *The caption* (Ảnh: The credit)

    Bài, ảnh: Lê Minh Đức - Video: Vũ Thanh

    Theo Báo Quảng Tín

    Nguồn: [Báo Quảng Tín](<https://…>)

Times are shown to the minute in the article's own offset; a date without a time is
shown as the date alone (``01/07/2022``). A figure is its image (when it
has an address, with the caption as the image's text) followed by its caption and credit
(when it has either). Text is escaped so that no character of it is read as Markdown:
``* _ ` [ ] < > & # ~ | \\`` always, and at the start of a block anything that would
open a list, a heading, a quote, a rule or a code fence.

Not carried: the people (they are in the text, their titles as the text gives them), the
section and the tags. Nothing is read back: Markdown is an export.

>>> from vn_newsdoc.model import Article, Heading, Paragraph
>>> print(write_markdown(Article(headline="Giá vàng *giảm*", body=(
...     Paragraph("2022. Năm khó khăn."), Heading("Thị trường"))))
... , end="")
# Giá vàng \\*giảm\\*
<BLANKLINE>
2022\\. Năm khó khăn.
<BLANKLINE>
## Thị trường
"""

from __future__ import annotations

import datetime as dt
import re

from vn_newsdoc.formats._iso import format_day_first
from vn_newsdoc.formats.text import byline_lines
from vn_newsdoc.model import Article, Block, Figure, Heading, ListItem, Quote

__all__ = ["write_markdown"]

_INLINE = re.compile(r"([\\`*_\[\]<>&#~|])")
# What opens another block at the start of a line: a list marker, a quote, a heading
# (escaped anyway), a thematic break or setext underline, a code fence, an ordered list.
_BLOCK_START = re.compile(r"^(?:([-+=])|(\d{1,9})([.)]))")


def _escape(text: str) -> str:
    """``text`` as CommonMark inline content that renders as ``text``."""
    escaped = _INLINE.sub(r"\\\1", text)
    match = _BLOCK_START.match(escaped)
    if match is None:
        return escaped
    if match.group(1):
        return "\\" + escaped
    digits = match.group(2)
    return f"{digits}\\{escaped[len(digits) :]}"


def _destination(url: str) -> str:
    # "&" too: CommonMark reads entity references in a destination ("&amp;" would become "&").
    return "<" + re.sub(r"([<>\\&])", r"\\\1", url) + ">"


def _time(value: dt.date) -> str:
    if not isinstance(value, dt.datetime):
        return format_day_first(value)
    offset = value.utcoffset()
    assert offset is not None  # the model holds aware times only
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    zone = f"GMT{sign}{hours}" + (f":{rest:02d}" if rest else "")
    return f"{value.strftime('%d/%m/%Y %H:%M')} ({zone})"


def _figure(figure: Figure) -> list[str]:
    out = []
    if figure.src is not None:
        out.append(f"![{_escape(figure.caption or '')}]({_destination(figure.src)})")
    caption = [f"*{_escape(figure.caption)}*"] if figure.caption is not None else []
    if figure.credit is not None:
        caption.append(f"(Ảnh: {_escape(figure.credit)})")
    if caption:
        out.append(" ".join(caption))
    return out


def _block(block: Block) -> list[str]:
    if isinstance(block, Figure):
        return _figure(block)
    if isinstance(block, Heading):
        return ["#" * block.level + " " + _escape(block.text)]
    if isinstance(block, Quote):
        return ["> " + _escape(block.text)]
    return [_escape(block.text)]


def write_markdown(article: Article) -> str:
    """Write ``article`` as a CommonMark document (the form described in this module).

    Args:
        article: The article to write.

    Returns:
        The document, ending with a line break.

    >>> import datetime as dt
    >>> from vn_newsdoc.model import Article, Figure
    >>> vn = dt.timezone(dt.timedelta(hours=7))
    >>> print(write_markdown(Article(headline="Tin", lead="Mở đầu.",
    ...     published=dt.datetime(2019, 8, 7, 15, 43, tzinfo=vn),
    ...     body=(Figure(caption="Đường ngập", credit="Vi Thu", src="https://a.vn/1.jpg"),))),
    ...     end="")
    # Tin
    <BLANKLINE>
    07/08/2019 15:43 (GMT+7)
    <BLANKLINE>
    **Mở đầu.**
    <BLANKLINE>
    ![Đường ngập](<https://a.vn/1.jpg>)
    <BLANKLINE>
    *Đường ngập* (Ảnh: Vi Thu)
    """
    blocks = ["# " + _escape(article.headline)]
    dates = []
    if article.published is not None:
        dates.append(_time(article.published))
    if article.updated is not None:
        dates.append("Cập nhật: " + _time(article.updated))
    if dates:
        blocks.append(" · ".join(dates))
    if article.lead is not None:
        lead = article.lead if article.outlet is None else f"{article.outlet} - {article.lead}"
        blocks.append(f"**{_escape(lead)}**")
    items: list[str] = []
    for block in article.body:
        if isinstance(block, ListItem):
            items.append("- " + _escape(block.text))
            continue
        if items:
            blocks.append("\n".join(items))
            items = []
        blocks.extend(_block(block))
    if items:
        blocks.append("\n".join(items))
    if article.byline is not None:
        blocks.extend(_escape(line) for line in byline_lines(article.byline))
    if article.url is not None:
        name = _escape(article.site or article.url)
        blocks.append(f"Nguồn: [{name}]({_destination(article.url)})")
    return "\n\n".join(blocks) + "\n"
