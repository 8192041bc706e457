"""Writing the plain-text dump form (see :mod:`vn_newsdoc.formats.text`)."""

from __future__ import annotations

import datetime as dt

from vn_newsdoc.formats._iso import format_day_first
from vn_newsdoc.formats.text._marks import BYLINE_MARK, NO_DATE, marked_byline, role_words
from vn_newsdoc.formats.text._read import closing_byline, date_lines
from vn_newsdoc.model import Article, Block, Byline, Figure, Role
from vn_newsdoc.vi.dates import VIETNAM

__all__ = ["byline_lines", "write_text"]

# The time the writer checks relative dates ("2 giờ trước") against, when it asks whether
# the reader would take a block for a date line: any time well inside the range will do.
_CHECK_REFERENCE = dt.datetime(2000, 1, 1, tzinfo=VIETNAM)


def write_text(article: Article) -> str:
    """Write ``article`` in the plain-text dump form.

    See the module documentation for what the form carries. The output ends with a line
    break; every block stands on one line.

    Args:
        article: The article to write.

    Returns:
        The dump, as text.

    >>> import datetime as dt
    >>> from vn_newsdoc import Article, Author, Byline, Figure, Paragraph
    >>> vn = dt.timezone(dt.timedelta(hours=7))
    >>> a = Article(
    ...     headline="Mưa lớn gây ngập",
    ...     published=dt.datetime(2019, 8, 7, 15, 43, tzinfo=vn),
    ...     body=(Paragraph("Nước dâng cao."), Figure(caption="Đường ngập", credit="Ngô Tấm")),
    ...     byline=Byline(authors=(Author("Ngô Tấm"),)),
    ... )
    >>> print(write_text(a), end="")
    Mưa lớn gây ngập
    <BLANKLINE>
    07/08/2019 15:43
    <BLANKLINE>
    Nước dâng cao.
    <BLANKLINE>
    Đường ngập (Ảnh: Ngô Tấm)
    <BLANKLINE>
    Ngô Tấm
    """
    body = [] if article.lead is None else [article.lead]
    body.extend(line for line in map(_block_line, article.body) if line is not None)
    groups = [[line] for line in body]
    byline = _byline_block(article.byline, groups)
    if byline:
        groups.append(byline)
    dates = []
    if article.published is not None:
        dates.append(_format_time(article.published))
    if article.updated is not None:
        dates.append("Cập nhật: " + _format_time(article.updated))
    if not dates and groups and date_lines(groups[0], _CHECK_REFERENCE)[2]:
        dates.append(NO_DATE)  # the first block would be read as the date line
    if dates:
        groups.insert(0, dates)
    return "\n\n".join("\n".join(lines) for lines in [[article.headline], *groups]) + "\n"


def _format_time(value: dt.date) -> str:
    """``dd/mm/yyyy HH:MM`` in Vietnam time; in the value's own offset, written after the
    time, where Vietnam time would fall outside years 1 to 9999; a date without a time
    alone, ``dd/mm/yyyy``."""
    if not isinstance(value, dt.datetime):
        return format_day_first(value)
    try:
        local, offset = value.astimezone(VIETNAM), ""
    except OverflowError:
        local, offset = value, " " + _offset_text(value)
    return f"{format_day_first(local)} {local.hour:02d}:{local.minute:02d}{offset}"


def _offset_text(value: dt.datetime) -> str:
    minutes = int((value.utcoffset() or dt.timedelta()).total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _byline_block(byline: Byline | None, groups: list[list[str]]) -> list[str]:
    """The closing byline block: plain where it reads back as ``byline``, else marked."""
    numbered = [(0, lines) for lines in groups]
    if byline is None:
        count, found = closing_byline(numbered)
        return [BYLINE_MARK] if count or found is not None else []
    plain = byline_lines(byline)
    count, found = closing_byline([*numbered, (0, plain)])
    if count == len(plain) and found == byline:
        return plain
    return marked_byline(byline)


def _block_line(block: Block) -> str | None:
    if not isinstance(block, Figure):
        return block.text
    if block.credit is None:
        return block.caption
    credit = f"(Ảnh: {block.credit})"
    return credit if block.caption is None else f"{block.caption} {credit}"


def byline_lines(byline: Byline) -> list[str]:
    """The byline as a Vietnamese page prints it: the authors' line, then ``Theo …``.

    Authors credited for the same roles are joined in one run (``Bài, ảnh: A - B``); a
    byline of plain writers names them without role words.

    >>> from vn_newsdoc.model import Author
    >>> byline_lines(Byline(authors=(Author("Vi Thu", roles=(Role.TEXT, Role.PHOTO)),),
    ...                     source="TTXVN"))
    ['Bài, ảnh: Vi Thu', 'Theo TTXVN']
    """
    segments: list[str] = []
    runs: list[tuple[tuple[Role, ...], list[str]]] = []
    for author in byline.authors:
        if runs and runs[-1][0] == author.roles:
            runs[-1][1].append(author.name)
        else:
            runs.append((author.roles, [author.name]))
    plain = all(roles == (Role.TEXT,) for roles, _ in runs)
    for roles, names in runs:
        joined = " - ".join(names)
        if plain:
            segments.append(joined)
        else:
            segments.append(f"{role_words(roles)}: {joined}")
    lines = [" - ".join(segments)] if segments else []
    if byline.source is not None:
        lines.append(f"Theo {byline.source}")
    return lines
