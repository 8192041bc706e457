"""The public readers of closing lines and metadata author values."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from vn_newsdoc.model import Byline
from vn_newsdoc.text import clean
from vn_newsdoc.vi import _byline_words as _w
from vn_newsdoc.vi.bylines._combining import _combine, _is_label
from vn_newsdoc.vi.bylines._lines import (
    _initials_credit,
    _office_may_follow,
    _parse_block,
    _parse_line,
)
from vn_newsdoc.vi.bylines._names import (
    _DOMAIN,
    _EMAIL,
    _LABEL,
    _MAX_BYLINE_BLOCKS,
    _MAX_LINE,
    _MAX_META,
    _URL,
    _Line,
    _strip_end,
    _strip_label,
)

__all__ = [
    "is_byline_line",
    "labelled_byline",
    "parse_author_meta",
    "parse_byline",
    "split_byline",
]


def is_byline_line(line: str) -> bool:
    """Whether ``line`` is, on its own, a byline or source line.

    An office line (``Trung tâm TT&VH Móng Cái``) counts only under a name, so it is not a
    byline line on its own: :func:`split_byline` reads such pairs.

    Args:
        line: One line of text.

    Returns:
        ``True`` for a credit (names with or without roles, ``Theo TTXVN``, ``Nhóm PV``).

    >>> is_byline_line("Bài, ảnh: Ngọc Thành"), is_byline_line("Theo TTXVN")
    (True, True)
    >>> is_byline_line("Theo ông Minh, giá vàng sẽ còn tăng.")
    False
    """
    parsed = _parse_line(line)
    return parsed is not None and parsed.kind != "office"


def labelled_byline(line: str) -> Byline | None:
    """The byline of a line that opens with a byline label (``By``, ``Von``, ``Tác giả:``).

    A page may print its byline above the text (``Von Jane Roe``) where nothing else marks
    it: the label does.

    Args:
        line: One short line of text.

    Returns:
        The credited names, or ``None`` when the line has no label or is no credit.

    >>> labelled_byline("Von Clara Dubois").names
    ('Clara Dubois',)
    >>> labelled_byline("Clara Dubois") is None
    True
    """
    text = clean(line)
    if len(text) > _MAX_LINE or not _LABEL.match(text):
        return None
    parsed = _parse_line(text)
    return _combine([parsed]) if parsed is not None and parsed.kind == "credit" else None


def parse_byline(lines: Sequence[str]) -> Byline | None:
    """Read closing lines known to be a byline into authors and a source.

    More tolerant than :func:`split_byline`: an organisation line may stand anywhere and a
    short line that is not a name is taken for the source. Lines that read as neither are
    skipped.

    Args:
        lines: The byline's lines, in order (each may hold several names).

    Returns:
        The :class:`~vn_newsdoc.model.Byline`, or ``None`` when the lines credit no one
        (``Nhóm PV`` alone).

    Raises:
        TypeError: ``lines`` is one string, not a sequence of lines (it would be read a
            letter a line).

    >>> b = parse_byline(["Ngô Tấm – Khánh Hiền (Đài Truyền thanh huyện)"])
    >>> b.names, b.source
    (('Ngô Tấm', 'Khánh Hiền'), 'Đài Truyền thanh huyện')
    >>> parse_byline(["Dương Ngọc", "Nhịp sống thị trường"]).source
    'Nhịp sống thị trường'
    """
    if isinstance(lines, str):
        raise TypeError("parse_byline() takes a sequence of lines, not one str: use [text]")
    parsed: list[_Line] = []
    for raw in lines:
        for one in str(raw).splitlines() or [""]:
            line = _parse_line(one, loose=True)
            if line is None and _is_label(one):
                line = _Line("office", source=clean(one))
            if line is not None:
                parsed.append(line)
    return _combine(parsed)


def split_byline(blocks: Sequence[str]) -> tuple[int, Byline | None]:
    """How many trailing blocks of an article are credits, and the byline they give.

    Reads backwards from the last block and stops at the first block that is not a credit
    line; at most four blocks are claimed, and at most one that holds names alone (names on
    line after line are a list in the text). An office line counts only right under a line
    crediting people (``Vi Thu`` or ``Bài, ảnh: Vi Thu``, then ``Trung tâm TT&VH Móng
    Cái``). Conservative: an ordinary sentence, a caption or a quoted person's attribution
    line is never claimed. A byline glued to the
    end of the last paragraph is not split off (0 is returned).

    Args:
        blocks: The article's text blocks in order (clean paragraph strings; a block that
            holds line breaks counts as a credit only if every line is one).

    Returns:
        ``(n, byline)``: the number of trailing blocks that are credits (0 to
        ``len(blocks)``) and what they say; ``byline`` is ``None`` when nothing was found
        or the credits name no one (``Nhóm PV``).

    >>> n, b = split_byline(["Giá xăng giảm mạnh từ chiều nay.", "Nhóm PV", "Theo Infonet"])
    >>> n, b.authors, b.source
    (2, (), 'Infonet')
    >>> split_byline(["Ông Minh cho biết giá vàng sẽ còn tăng."])
    (0, None)
    """
    claimed: list[_Line] = []
    i = len(blocks) - 1
    limit = max(-1, len(blocks) - 1 - _MAX_BYLINE_BLOCKS)
    while i > limit:
        lines = _parse_block(blocks[i])
        if lines is None:
            below = str(blocks[i + 1]).splitlines() if claimed else []
            initials = _initials_credit(blocks[i], below[0] if below else None)
            if initials is not None and not any(x.bare_names for x in claimed):
                claimed.insert(0, initials)  # "H.V." above "Ảnh: Minh Anh"
                i -= 1
            break
        if lines[0].kind == "office":
            before = _parse_block(blocks[i - 1]) if i > 0 else None
            if before is None or not _office_may_follow(before[-1]) or len(blocks) - i > 1:
                break
            claimed[:0] = [*before, *lines]
            i -= 2
            continue
        if any(x.bare_names for x in lines) and any(x.bare_names for x in claimed):
            break  # names alone on line after line are a list in the text, not a byline
        claimed[:0] = lines
        i -= 1
    n = len(blocks) - 1 - i
    return n, _combine(claimed) if n else None


_WRAPPED = re.compile(r"^\s*[(\[]\s*(?P<inner>[^()\[\]]+?)\s*[)\]]\s*$")


# The words of an author value, and its pieces (each a credit line of its own). A piece's
# split never starts on a space that follows a space (a match from inside a run of spaces
# is also one from the run's start): a long run is crossed once, not once per space.
_WORD_SPLIT = re.compile(r"[\s,;/|]+")
_PIECE_SPLIT = re.compile(r"(?!(?<=\s)\s)\s*[;|]\s*")


def _unwrap(value: str) -> str:
    """A value wrapped whole in parentheses or brackets, without them (``(SGGPonline)``)."""
    m = _WRAPPED.match(value)
    return m.group("inner") if m else value


def parse_author_meta(value: str) -> Byline | None:
    """Read a metadata author string (JSON-LD ``author``, ``<meta name="author">``).

    Several names (``Minh Anh - Hoàng Hiếu``, ``Minh Anh, Hoàng Hiếu``, ``A;B``,
    ``Jane Roe and John Doe``) give several authors; ``Theo TTXVN``, an agency
    (``Reuters``, ``AP``) and an outlet or site name (``VnExpress``, ``Báo Tuổi Trẻ``,
    ``nld.com.vn``) give the source, and so does a regional bureau after a slash
    (``Ngọc Hà/VOV-Tây Bắc``); a label in front (``By``, ``Tác giả:``, ``Author:``) is
    dropped; URLs and e-mail addresses are ignored, and so are values naming no one
    (``admin``, ``SEO Team``, ``Staff Reporter``) and values longer than 300 characters.
    HTML entities left in the value (``NH&#7852;T XUÂN``) are decoded.

    Args:
        value: The author value as the page gives it.

    Returns:
        The byline, or ``None`` when the value names nobody.

    >>> parse_author_meta("Minh Anh - Hoàng Hiếu").names
    ('Minh Anh', 'Hoàng Hiếu')
    >>> parse_author_meta("Báo Tuổi Trẻ").source
    'Báo Tuổi Trẻ'
    >>> b = parse_author_meta("By Jane Roe/VOV-Tây Bắc")
    >>> b.names, b.source
    (('Jane Roe',), 'VOV-Tây Bắc')
    >>> parse_author_meta("https://www.facebook.com/baodantridientu") is None
    True
    >>> parse_author_meta("(SGGPonline)").source
    'SGGPonline'
    """
    if len(value) > _MAX_META:
        return None  # an author value is a few names long; anything longer is not one
    text = clean(html.unescape(str(value))) if "&" in str(value) else clean(str(value))
    # Each address pattern searched only where what it needs stands: an e-mail address
    # holds "@", a web address "://" or "www." (a "/" or a ".").
    if "@" in text:
        text = _EMAIL.sub(" ", text)
    if "/" in text or "." in text:
        text = _URL.sub(" ", text)
    text = clean(text)
    text = _strip_label(text.strip(" ,;|-")).strip(" ,;|-")
    if not text:
        return None
    tokens = {_w.flat_key(w) for w in _WORD_SPLIT.split(text)}
    if not tokens.isdisjoint(_w.NOT_AUTHORS):
        return None
    parsed: list[_Line] = []
    for raw in _PIECE_SPLIT.split(text):
        piece = _strip_end(_strip_label(_unwrap(raw)))
        if not piece:
            continue
        if _w.is_outlet(piece) or _DOMAIN.match(piece):
            parsed.append(_Line("credit", source=piece))
            continue
        line = _parse_line(piece, loose=True)
        if line is None:
            return None
        parsed.append(line)
    return _combine(parsed)
