"""The plain-text dump form: what a page looks like after copying its article as text.

The form (the one of the dumps this project began from)::

    Headline

    01/07/2022 18:45
    Cập nhật: 02/07/2022 08:00          (only when the article was updated)

    First paragraph.

    A photo caption, on its own line where the photo stood (Ảnh: Vi Thu)

    Next paragraph.

    Bài, ảnh: Vi Thu
    Theo Trung tâm TT&VH Móng Cái

One block a line, blocks separated by blank lines, the byline lines together at the end.

Reading (:func:`read_text`) is tolerant: the date line may follow the headline with or
without a blank line and may be in any form :func:`vn_newsdoc.vi.parse_timestamp` reads
(``Thứ sáu, 1/7/2022, 18:45 (GMT+7)``, ``18h45 ngày 1/7/2022``, ...); the first paragraph may
follow the date line directly; page artefacts such as a trailing ``Loading...`` are
dropped; the byline lines are recognised by :func:`vn_newsdoc.vi.split_byline`; the people
are found in the text by :func:`vn_newsdoc.vi.find_people`.

What the form carries, exactly (``read_text(write_text(a))`` gives back these parts of
``a`` and nothing else):

* the headline;
* ``published`` and ``updated`` to the minute, in Vietnam time (+07:00): seconds are
  dropped and another offset is converted to +07:00 (the same instant, to the minute);
* the order of the body's text blocks and figures; a text block that ends in sentence
  punctuation (``. ! ? … : ;``, possibly followed by a closing quote or bracket) reads
  back as a :class:`~vn_newsdoc.model.Paragraph`, one that does not as a figure caption;
  so headings, quotes and list items read back as paragraphs or captions by that rule;
* a figure's caption and credit (written ``caption (Ảnh: credit)``); a figure with
  neither is not written; the image address is not carried; a figure with a credit and no
  caption, as the very last block, reads back as a byline line (``Ảnh: …``), and so does
  a closing paragraph that is itself a credit line (a name alone);
* the byline: authors with all their roles, in order (``Bài, ảnh: X - Video: Y``), and the
  source organisation (``Theo TTXVN``); an author named twice is read as one;
* ``people``: not written, but found again in the text on reading.

Not carried: the lead (written as the first block, it reads back as a paragraph), the
outlet tag, ``url``, ``site``, ``section``, ``tags`` and figure sources.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from vn_newsdoc._ceilings import check_lines, check_text_size
from vn_newsdoc.errors import DateParseError, MissingFieldError
from vn_newsdoc.formats._source import source_text
from vn_newsdoc.limits import Limits
from vn_newsdoc.model import Article, Block, Byline, Figure, Paragraph, Role
from vn_newsdoc.text import clean, clean_or_none
from vn_newsdoc.vi import parse_timestamp, split_byline
from vn_newsdoc.vi.dates import VIETNAM
from vn_newsdoc.vi.people import find_people

__all__ = ["read_text", "write_text"]

_log = logging.getLogger(__name__)

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
_CREDIT = re.compile(
    rf"\s*(?:\(\s*{_CREDIT_WORD}([^()]+?)\s*\)|(?:[-–—]\s*)?{_CREDIT_WORD}([^()]+?))$"
)
# Longest a caption can be before an unpunctuated block is taken for a paragraph.
_CAPTION_MAX_WORDS = 80
# Longest a date line can be.
_DATE_LINE_MAX = 80

# The word that credits each role in a byline line ("Bài, ảnh: X").
_ROLE_WORDS: dict[Role, str] = {
    Role.TEXT: "bài",
    Role.PHOTO: "ảnh",
    Role.VIDEO: "video",
    Role.GRAPHICS: "đồ họa",
    Role.COMPILED: "tổng hợp",
    Role.TRANSLATED: "dịch",
}


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
    blocks: list[str] = [article.headline]
    dates = []
    if article.published is not None:
        dates.append(_format_time(article.published))
    if article.updated is not None:
        dates.append("Cập nhật: " + _format_time(article.updated))
    if dates:
        blocks.append("\n".join(dates))
    if article.lead is not None:
        blocks.append(article.lead)
    for block in article.body:
        line = _block_line(block)
        if line is not None:
            blocks.append(line)
    if article.byline is not None:
        blocks.append("\n".join(_byline_lines(article.byline)))
    return "\n\n".join(blocks) + "\n"


def _format_time(value: dt.datetime) -> str:
    return value.astimezone(VIETNAM).strftime("%d/%m/%Y %H:%M")


def _block_line(block: Block) -> str | None:
    if not isinstance(block, Figure):
        return block.text
    if block.credit is None:
        return block.caption
    credit = f"(Ảnh: {block.credit})"
    return credit if block.caption is None else f"{block.caption} {credit}"


def _byline_lines(byline: Byline) -> list[str]:
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
            words = ", ".join(_ROLE_WORDS[role] for role in roles)
            segments.append(f"{words[0].upper()}{words[1:]}: {joined}")
    lines = [" - ".join(segments)] if segments else []
    if byline.source is not None:
        lines.append(f"Theo {byline.source}")
    return lines


def read_text(
    source: str | bytes,
    *,
    source_name: str | None = None,
    strict: bool = False,
    reference: dt.datetime | None = None,
    limits: Limits | None = None,
) -> Article:
    """Read an article from a plain-text dump.

    Args:
        source: The dump; bytes must be UTF-8 (a byte-order mark is allowed).
        source_name: Where it came from (a file name), for messages.
        strict: Raise :class:`~vn_newsdoc.errors.MissingFieldError` where the default logs
            (no date line).
        reference: The time to resolve relative dates (``2 giờ trước``) against.
        limits: The input ceilings (size, lines, line length); ``None`` keeps the
            defaults of :class:`~vn_newsdoc.Limits`.

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
    limits = limits or Limits()
    if isinstance(source, (str, bytes)):
        check_text_size(source, limits, source_name)
    text = source_text(source, source_name)
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
    count, byline = split_byline(blocks)
    closing = rest[-1][1] if rest else []
    if len(closing) > 1 and count > len(closing):
        # The byline lines stand together in the closing block: what comes before it is
        # body, even when it looks like a name (a caption in title case, say).
        count, byline = split_byline(closing)
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
) -> tuple[dt.datetime | None, dt.datetime | None, list[tuple[int, list[str]]]]:
    """Take the date lines that open the block after the headline."""
    published: dt.datetime | None = None
    updated: dt.datetime | None = None
    if rest:
        number, lines = rest[0]
        taken = 0
        for line in lines:
            if len(line) > _DATE_LINE_MAX:
                break
            try:
                stamp = parse_timestamp(line, reference=reference)
            except DateParseError:
                break
            if not stamp.has_time:
                _log.info(
                    "%s: date line %r has no time; read as midnight +07:00",
                    source_name or "text",
                    line,
                )
            if stamp.is_update:
                updated = stamp.value
            elif published is None:
                published = stamp.value
            else:
                break
            taken += 1
        if taken:
            remaining = lines[taken:]
            rest = ([(number + taken, remaining)] if remaining else []) + rest[1:]
    if published is None:
        message = "no publication date line after the headline"
        if strict:
            raise MissingFieldError("published", source=source_name, line=3, message=message)
        _log.warning("%s: %s", source_name or "text", message)
    return published, updated, rest


def _read_block(line: str) -> Block:
    words = len(line.split())
    if _SENTENCE_END.search(line) or words > _CAPTION_MAX_WORDS:
        return Paragraph(line)
    match = _CREDIT.search(line)
    if match:
        caption = clean_or_none(line[: match.start()])
        return Figure(caption=caption, credit=clean(match.group(1) or match.group(2)))
    return Figure(caption=line)
