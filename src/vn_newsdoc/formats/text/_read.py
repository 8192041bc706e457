"""Reading the plain-text dump form (see :mod:`vn_newsdoc.formats.text`)."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from vn_newsdoc._ceilings import check_lines
from vn_newsdoc.errors import DateParseError, MissingFieldError
from vn_newsdoc.formats._source import open_source
from vn_newsdoc.formats.text._marks import NO_DATE, read_marked_byline
from vn_newsdoc.limits import Limits
from vn_newsdoc.model import Article, Block, Byline, Figure, Paragraph
from vn_newsdoc.text import clean, clean_or_none
from vn_newsdoc.vi import parse_timestamp, split_byline
from vn_newsdoc.vi.people import find_people

if TYPE_CHECKING:
    from vn_newsdoc.html.sites import SiteProfile

__all__ = ["closing_byline", "date_lines", "read_text"]

_log = logging.getLogger("vn_newsdoc.formats.text")

# Lines a copied page leaves behind that are not part of the article (compared after
# clean() and casefold()).
_ARTEFACTS = frozenset(
    line.casefold()
    for line in (
        "Loading...",
        "Loading…",
        "Đang tải...",
        "Đang tải…",
        "In bài viết",
        "Chia sẻ",
        "Về đầu trang",
        "Quay lại",
    )
)

# A block ending in one of these (before closing quotes or brackets) is a paragraph.
_SENTENCE_END = re.compile(r"[.!?…:;][\"”’'»)\]]*$")
# A trailing photo credit on a caption: "(Ảnh: X)", "Ảnh: X", "- Ảnh: X".
_CREDIT_WORD = r"(?:Ảnh|Nguồn ảnh|Ảnh minh họa|Ảnh minh hoạ)\s*:\s*"
# The credit starts with a character the credit word's spaces cannot take and the match at a
# run's first space, so no run of spaces is crossed more than once.
_CREDIT = re.compile(
    rf"(?<!\s)\s*(?:\(\s*{_CREDIT_WORD}([^()\s](?:[^()]*[^()\s])?)\s*\)"
    rf"|(?:[-–—]\s*)?{_CREDIT_WORD}([^()\s][^()]*))$"
)
# Longest a caption can be before an unpunctuated block is taken for a paragraph.
_CAPTION_MAX_WORDS = 80
# Longest a date line can be.
_DATE_LINE_MAX = 80


def read_text(
    source: str | bytes,
    *,
    source_name: str | None = None,
    url: str | None = None,
    strict: bool = False,
    reference: dt.datetime | None = None,
    limits: Limits | None = None,
    profiles: Sequence[SiteProfile] = (),
) -> Article:
    """Read an article from a plain-text dump.

    Args:
        source: The dump; bytes must be UTF-8 (a byte-order mark is allowed).
        source_name: Where it came from (a file name), for messages.
        url: Where the dump was found: the article's ``url``, and its name in messages
            where ``source_name`` is not given.
        strict: Raise :class:`~vn_newsdoc.errors.MissingFieldError` where the default logs
            (no date line).
        reference: The time to resolve relative dates (``2 giờ trước``) against.
        limits: The input ceilings (size, lines, line length); ``None`` keeps the
            defaults of :class:`~vn_newsdoc.Limits`.
        profiles: Taken as by every reader (:class:`~vn_newsdoc.readers.Reader`); site
            profiles are for pages, and a dump has no layout.

    Returns:
        The article.

    Raises:
        InputLimitError: The dump passes one of the ``limits``.
        MalformedInputError: The bytes are not UTF-8.
        MissingFieldError: The dump holds no headline (or, strict, no date).

    >>> a = read_text("Mưa lớn gây ngập\\n\\n07/08/2019 15:43\\nNước dâng cao.\\n\\nNgô Tấm\\n")
    >>> a.published.isoformat(), a.paragraphs, a.authors
    ('2019-08-07T15:43:00+07:00', ('Nước dâng cao.',), ('Ngô Tấm',))
    """
    del profiles  # the shared contract's; a dump has no site layout
    text, source_name, limits = open_source(source, source_name, url, limits)
    check_lines(text, limits, source_name)
    groups = _blocks(text)
    if not groups:
        raise MissingFieldError("headline", source=source_name, message="the dump is empty")
    (headline_line, headline), *rest = groups
    if len(headline) > 1:
        # The headline is one line; what follows it without a blank line is the next block.
        rest.insert(0, (headline_line + 1, headline[1:]))
    published, updated, rest = _dates(rest, source_name, strict, reference)
    blocks = [line for _, lines in rest for line in lines]
    count, byline = closing_byline(rest)
    closing = rest[-1][1] if rest else []
    if count == 0 and len(closing) > 1:
        _log.warning(
            "%s: the closing block (line %d) looks like a byline but was not recognised; "
            "kept in the body",
            source_name or "text",
            rest[-1][0],
        )
    body_lines = blocks[: len(blocks) - count]
    body = tuple(_read_block(line) for line in body_lines)
    texts = [headline[0], *(line for line in body_lines)]
    return Article(
        headline=headline[0],
        published=published,
        updated=updated,
        body=body,
        byline=byline,
        url=url,
        people=find_people(texts),
    )


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    """Group the clean, non-artefact lines into blank-line-separated blocks.

    Each block is (its first line's 1-based number, its lines).
    """
    groups: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = clean(raw)
        if line.casefold() in _ARTEFACTS:
            continue
        if not line:
            if current:
                groups.append((start, current))
                current = []
            continue
        if not current:
            start = number
        current.append(line)
    if current:
        groups.append((start, current))
    return groups


def _dates(
    rest: list[tuple[int, list[str]]],
    source_name: str | None,
    strict: bool,
    reference: dt.datetime | None,
) -> tuple[dt.date | None, dt.date | None, list[tuple[int, list[str]]]]:
    """Take the date lines that open the block after the headline."""
    published: dt.date | None = None
    updated: dt.date | None = None
    marked = False
    if rest:
        number, lines = rest[0]
        published, updated, taken = date_lines(lines, reference)
        marked = taken == 1 and lines[0] == NO_DATE
        if taken:
            remaining = lines[taken:]
            rest = ([(number + taken, remaining)] if remaining else []) + rest[1:]
    if published is None and not marked:
        message = "no publication date line after the headline"
        if strict:
            raise MissingFieldError("published", source=source_name, line=3, message=message)
        _log.warning("%s: %s", source_name or "text", message)
    return published, updated, rest


def date_lines(
    lines: list[str], reference: dt.datetime | None
) -> tuple[dt.date | None, dt.date | None, int]:
    """Published, updated and how many of ``lines`` (the block after the headline) are
    date lines; the mark of no date (``Không có ngày đăng``) is one. A line giving a date
    without a time gives a :class:`datetime.date`."""
    if lines and lines[0] == NO_DATE:
        return None, None, 1
    published: dt.date | None = None
    updated: dt.date | None = None
    taken = 0
    for line in lines:
        if len(line) > _DATE_LINE_MAX:
            break
        try:
            stamp = parse_timestamp(line, reference=reference)
        except DateParseError:
            break
        if stamp.is_update:
            updated = stamp.when
        elif published is None:
            published = stamp.when
        else:
            break
        taken += 1
    return published, updated, taken


def closing_byline(rest: list[tuple[int, list[str]]]) -> tuple[int, Byline | None]:
    """How many closing lines are the byline (with its mark), and the byline.

    A closing block in the marked form is read as written; otherwise the closing lines
    that :func:`~vn_newsdoc.vi.split_byline` takes for credits, within the closing block
    when that holds several lines.
    """
    if not rest:
        return 0, None
    closing = rest[-1][1]
    is_marked, byline = read_marked_byline(closing)
    if is_marked:
        return len(closing), byline
    blocks = [line for _, lines in rest for line in lines]
    count, byline = split_byline(blocks)
    if len(closing) > 1 and count > len(closing):
        # The byline lines stand together in the closing block: what comes before it is
        # body, even when it looks like a name (a caption in title case, say).
        count, byline = split_byline(closing)
    return count, byline


def _read_block(line: str) -> Block:
    words = len(line.split())
    if _SENTENCE_END.search(line) or words > _CAPTION_MAX_WORDS:
        return Paragraph(line)
    match = _CREDIT.search(line)
    if match:
        caption = clean_or_none(line[: match.start()])
        return Figure(caption=caption, credit=clean(match.group(1) or match.group(2)))
    return Figure(caption=line)
