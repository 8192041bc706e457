"""Bylines, sources and outlet tags of Vietnamese news articles.

Vietnamese articles credit their authors in closing lines (``Bài, ảnh: Ngọc Thành``,
``Minh Anh - Hoàng Hiếu``, ``Hà Thu (tổng hợp)``, ``Vi Thu`` over an office line,
``Theo TTXVN``) and in metadata (``<meta name="author">``, JSON-LD ``author``); many put an
outlet tag in front of the lead (``(Dân trí) -``, ``TTO -``). This module reads all three:

* :func:`split_byline` finds how many closing blocks of an article are credits, and what
  they say; it is conservative, so an ordinary sentence is never taken for a byline;
* :func:`parse_byline` reads lines already known to be a byline;
* :func:`is_byline_line` tells whether one line is, on its own, a credit;
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

import html
import re
from collections.abc import Sequence
from urllib.parse import urlsplit

import attrs

from vn_newsdoc.model import Author, Byline, Role
from vn_newsdoc.text import clean
from vn_newsdoc.vi import _byline_words as _w

__all__ = [
    "is_byline_line",
    "labelled_byline",
    "parse_author_meta",
    "parse_byline",
    "split_byline",
    "split_outlet_tag",
]

# At most this many closing blocks are credits; a longer run is not a byline.
_MAX_BYLINE_BLOCKS = 4
_MAX_LINE = 120
_MAX_META = 300

_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_PART_SPLIT = re.compile(r"\s*[\u2012\u2013\u2014\u2015]\s*|\s+-+\s+|\s*;\s*|\s+\|\s+")
_ITEM_SPLIT = re.compile(r"\s*,\s*|\s+(?:và|and|&)\s+", re.IGNORECASE)
_LABEL = re.compile(_w.LABEL_PATTERN, re.IGNORECASE)
_ROLE_PREFIX = re.compile(
    rf"^(?P<roles>{_w.ROLE_PATTERN}(?:\s*(?:,|\bvà\b|&|/|\+)\s*{_w.ROLE_PATTERN})*)"
    r"\s*(?::\s*|\s+(?=\S))(?P<rest>.*)$",
    re.IGNORECASE,
)
_ROLE_LIST = re.compile(
    rf"^{_w.ROLE_PATTERN}(?:\s*(?:,|\bvà\b|&|/|\+)\s*{_w.ROLE_PATTERN})*$", re.I
)
_ONE_ROLE = re.compile(_w.ROLE_PATTERN, re.IGNORECASE)
_SOURCE_PREFIX = re.compile(r"^(?:theo|nguồn(?:\s+tin)?\s*:?)\s+(?P<rest>.+)$", re.IGNORECASE)
_TRAILING_PAREN = re.compile(r"^(?P<head>.*?)\s*\((?P<inner>[^()]*)\)$")
_SLASH = re.compile(r"^(?P<left>[^/]+?)\s*/\s*(?P<right>[^/].*)$")
_NAME_TOKEN = re.compile(
    r"^(?:[^\W\d_]+(?:[\-'’][^\W\d_]+)*"  # Hùng, Hang-seo, H'Hen
    r"|(?:[^\W\d_]{1,3}\.)+[^\W\d_]{0,3})$"  # initials: V.D, H.Y.T., Th.S
)
_INITIALS_END = re.compile(r"(?:^|\s)(?:[^\W\d_]\.)+$")
_INITIALS_ONLY = re.compile(r"^(?:[^\W\d_][^\W\d_]?\.\s?){1,4}$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info|gov|edu|biz|tv)$", re.I)
_ACRONYM = re.compile(r"^[^\W\d_][^\W_]*(?:[&/-][^\W_]+)*$")
_SENTENCE_END = re.compile(r"[!?…]$|[^\W\d_]{2}\.\s*$")
# A regional bureau of an outlet: "VOV-Tây Bắc", "TTXVN - Hà Nội".
_BUREAU = re.compile(rf"^(?P<outlet>[^{_DASHES}]+?)\s*[{_DASHES}]\s*(?P<region>[^{_DASHES}]+)$")


@attrs.frozen
class _Line:
    """What one closing line credits."""

    kind: str  # "credit" (names and/or a source), "office" (an organisation alone), "anon"
    authors: tuple[Author, ...] = ()
    source: str | None = None
    bare_names: bool = False  # only names, no role word and no source: an office may follow


# ---------------------------------------------------------------------------------------
# Small predicates.


def _strip_end(text: str) -> str:
    """Drop a closing full stop (``./.`` too), but not the dot of trailing initials."""
    text = text.strip()
    if text.endswith("./."):
        return text[:-3].rstrip()
    if text.endswith(".") and not _INITIALS_END.search(text):
        return text[:-1].rstrip()
    return text


def _is_name(text: str, *, loose: bool = False) -> bool:
    """Whether ``text`` is written like a credited person's name (one person)."""
    tokens = text.split()
    if not 1 <= len(tokens) <= 6 or len(text) > 40:
        return False
    folded = _w.key(text)
    if folded in _w.STOP_PHRASES or folded in _w.ANONYMOUS or _w.is_outlet(text):
        return False
    if _starts_with_org_word(text):
        return False  # "Trung tâm Y tế", "CỔNG THÔNG TIN ..."
    keys = folded.split()
    if keys[0] in _w.STOP_FIRST or (len(keys) > 1 and " ".join(keys[:2]) in _w.STOP_FIRST):
        return False
    if any(k in _w.STOP_WORDS for k in keys):
        return False
    if not all(_NAME_TOKEN.match(t) for t in tokens):
        return False
    capitalised = all(t[0].isupper() for t in tokens)
    # Each syllable of a name is capitalised; a metadata value may be all lower case.
    if not (capitalised or (loose and text.islower())):
        return False
    if len(tokens) == 1 and not loose:
        token = tokens[0]
        # A lone word in capitals is an acronym (PV, TTXVN), not a pen name.
        if len(token) > 1 and token.isupper():
            return False
    return not _ONE_ROLE.fullmatch(text)


_NAME_TITLE = re.compile(_w.NAME_TITLE_PATTERN, re.IGNORECASE)


def _strip_title(name: str) -> str:
    """``TS. Nguyễn Văn An`` → ``Nguyễn Văn An``: a degree or title is not the name."""
    m = _NAME_TITLE.match(name)
    return name[m.end() :] if m and m.end() < len(name) else name


def _starts_with_org_word(text: str) -> bool:
    words = _w.key(text).split()
    return any(
        " ".join(words[:n]) in _w.ORG_WORDS and len(words) > n
        for n in range(1, min(_w.ORG_MAX_WORDS, len(words)) + 1)
    )


def _is_source(text: str, *, loose: bool = False) -> bool:
    """Whether ``text`` is written like a credited organisation."""
    text = text.strip()
    if not text or len(text) > 80 or _SENTENCE_END.search(text):
        return False
    if "," in text or ";" in text or ":" in text:
        return False
    if _w.is_outlet(text) or _DOMAIN.match(text) or _starts_with_org_word(text):
        return True
    if _is_bureau(text):
        return True
    if "/" in text:
        parts = [p.strip() for p in text.split("/")]
        return all(p and _is_source(p, loose=loose) for p in parts)
    tokens = text.split()
    if len(tokens) == 1 and _ACRONYM.match(text) and text.isupper() and len(text) <= 10:
        return True  # an agency's initials: TTXVN, QĐND, VNA
    if loose and len(tokens) <= 6 and _w.key(text) not in _w.STOP_PHRASES:
        keys = _w.key(text).split()
        if keys[0] in _w.STOP_FIRST or any(k in _w.STOP_WORDS for k in keys):
            return False
        return all(t[0].isupper() or not t[0].isalpha() for t in tokens)
    return False


def _is_bureau(text: str) -> bool:
    """``VOV-Tây Bắc``, ``VOV-ĐBSCL``: a known outlet, a dash, then a region's name."""
    m = _BUREAU.match(text)
    if not m or not _w.is_outlet(m.group("outlet")):
        return False
    region = m.group("region").split()
    return len(region) <= 4 and all(t[0].isupper() and t.isalpha() for t in region)


def _strip_label(text: str) -> str:
    """``By Jane Roe``, ``Tác giả: Minh Anh``, ``Author: Jane Roe`` → the names alone."""
    return text[m.end() :] if (m := _LABEL.match(text)) else text


def _url_host(text: str) -> str | None:
    url = text if "://" in text else "http://" + text
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _roles_of(text: str) -> tuple[Role, ...]:
    roles: list[Role] = []
    for m in _ONE_ROLE.finditer(text):
        role = _w.ROLE_WORDS.get(_w.key(m.group()))
        if role is not None and role not in roles:
            roles.append(role)
    return tuple(roles)


# ---------------------------------------------------------------------------------------
# One line.


def _is_person(text: str) -> bool:
    """A Vietnamese full name: a family name and one to three syllables, no outlet, place or
    organisation word (``Hồ Hương``, not ``Hà Nội`` or ``Lao Động``)."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 4 or _w.key(tokens[0]) not in _w.SURNAMES:
        return False
    keys = _w.key(text).split()
    spans = (" ".join(keys[i:j]) for i in range(len(keys)) for j in range(i + 1, len(keys) + 1))
    if _w.is_outlet(text) or any(span in _w.PLACES for span in spans):
        return False
    return _is_name(text) and not any(k in _w.ORG_WORDS for k in keys)


def _parse_source_line(rest: str, *, loose: bool) -> _Line | None:
    """``Theo X`` / ``Nguồn: X``: a source, or a person (``Theo Hồ Hương``), or a name with
    its source in parentheses or after a slash (``Theo Minh Anh/Vcamp.vn``)."""
    rest = _strip_end(rest)
    if _URL.fullmatch(rest) or _DOMAIN.match(rest):
        host = _url_host(rest)
        return _Line("credit", source=host) if host else None
    if _is_person(rest):
        return _Line("credit", (Author(rest),))
    sm = _SLASH.match(rest)
    if sm and _is_name(sm.group("left")) and not _is_source(sm.group("left")):
        right = _strip_end(sm.group("right"))
        if _is_source(right) or _w.is_outlet(right) or _DOMAIN.match(right):
            return _Line("credit", (Author(sm.group("left")),), source=right)
    m = _TRAILING_PAREN.match(rest)
    if m and m.group("head"):
        head, inner = m.group("head"), m.group("inner").strip()
        if _ROLE_LIST.match(inner):
            rest = head  # "Theo Reuters (lược dịch)": the role of an unnamed translator
        elif not _w.is_outlet(head) and _is_name(head) and _is_source(inner, loose=True):
            return _Line("credit", (Author(head),), source=inner)
    parts = [p.strip() for p in rest.split(",")]
    if all(_is_source(p, loose=True) for p in parts):
        return _Line("credit", source=rest)
    first = _w.key(rest).split()[0] if rest.split() else ""
    if loose and "," not in rest and first not in _w.STOP_FIRST and len(rest.split()) <= 8:
        return _Line("credit", source=rest)
    return None


def _parse_item(text: str, roles: tuple[Role, ...], *, loose: bool) -> _Line | None:
    """One credited name, with a role or source in parentheses or after a slash."""
    text = _strip_end(text)
    source: str | None = None
    m = _TRAILING_PAREN.match(text)
    if m and m.group("head"):
        inner = m.group("inner").strip()
        sm = _SOURCE_PREFIX.match(inner)
        if _ROLE_LIST.match(inner):
            roles = _merge_roles(roles, _roles_of(inner)) if roles else _roles_of(inner)
        elif sm and _is_source(sm.group("rest"), loose=True):
            source = sm.group("rest")
            roles = roles or (Role.COMPILED,)
        elif _is_source(inner, loose=loose):
            source = inner
        else:
            return None
        text = m.group("head")
    sm2 = _SLASH.match(text)
    if sm2 and _is_source(sm2.group("right")) and not _is_source(sm2.group("left")):
        text, source = sm2.group("left"), source or sm2.group("right")
    if _w.key(text) in _w.ANONYMOUS or (_w.is_outlet(text) and roles):
        return _Line("anon")  # "Bài, ảnh: PV", "Ảnh: Reuters": nobody named
    text = _strip_title(text)
    if not _is_name(text, loose=loose):
        return None
    return _Line("credit", (Author(text, roles or (Role.TEXT,)),), source=source)


def _is_outlet_word(text: str) -> bool:
    """A known outlet, or a short word in capitals (``CNN``, ``AFP``), closing a credit."""
    text = _strip_end(text)
    if _w.is_outlet(text):
        return True
    return len(text.split()) == 1 and 2 <= len(text) <= 6 and text.isupper() and text.isalpha()


def _merge_roles(a: tuple[Role, ...], b: tuple[Role, ...]) -> tuple[Role, ...]:
    return a + tuple(r for r in b if r not in a)


def _parse_line(line: str, *, loose: bool = False) -> _Line | None:
    """Read one closing line, or ``None`` when it is not a credit."""
    text = clean(line)
    if not text or len(text) > _MAX_LINE:
        return None
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()
    text = _EMAIL.sub("", text)
    text = _strip_label(clean(re.sub(r"\(\s*\)|\[\s*\]", "", text)))
    if text.endswith(("...", "…")):
        return None  # "Loading...", "(Còn nữa...)": never a credit
    text = _strip_end(text)
    if not text:
        return None
    folded = _w.key(text)
    if folded in _w.ANONYMOUS:
        return _Line("anon")
    m = _SOURCE_PREFIX.match(text)
    if m:
        return _parse_source_line(m.group("rest"), loose=loose)
    if _w.is_outlet(text) and _is_source(text):
        return _Line("credit", source=text)
    if not _ROLE_PREFIX.match(text) and not _is_name(text, loose=loose) and _is_source(text):
        return _Line("office", source=text)  # "Trung tâm TT&VH Móng Cái"
    parts = [p for p in _PART_SPLIT.split(text) if p]
    authors: list[Author] = []
    sources: list[str] = []
    roles: tuple[Role, ...] = ()
    bare = True
    for i, part in enumerate(parts):
        rm = _ROLE_PREFIX.match(part)
        if rm:
            roles = _roles_of(rm.group("roles"))
            names = rm.group("rest")
            bare = False
            if not names:
                continue
        elif i == len(parts) - 1 and authors and _is_source(part) and not _is_name(part):
            sources.append(_strip_end(part))  # "Vi Thu - Trung tâm TT&VH Móng Cái"
            bare = False
            continue
        else:
            names = part
        items = _ITEM_SPLIT.split(names)
        for j, item in enumerate(items):
            parsed = _parse_item(item, roles, loose=loose)
            if parsed is None and authors and j == len(items) - 1 and _is_outlet_word(item):
                sources.append(_strip_end(item))  # "Jane Roe, CNN": the outlet closes the line
                bare = False
                continue
            if parsed is None:
                return None
            authors.extend(parsed.authors)
            if parsed.source:
                sources.append(parsed.source)
                bare = False
            if parsed.authors and parsed.authors[0].roles != (Role.TEXT,):
                bare = False
    if authors or sources:
        return _Line("credit", tuple(authors), _join(sources), bare_names=bare)
    if not bare:
        return _Line("anon")  # role words with only photo sources after them
    return None


def _join(sources: Sequence[str]) -> str | None:
    seen: list[str] = []
    for s in sources:
        if s and s not in seen:
            seen.append(s)
    return ", ".join(seen) if seen else None


def _further_sources(lines: Sequence[_Line]) -> list[_Line]:
    """A one-word "name" right under a line that credits a source (``Theo Minh Anh/Vcamp.vn``
    then ``Forbes``) is a further source, not a person."""
    out: list[_Line] = []
    for line in lines:
        if (
            out
            and out[-1].kind == "credit"
            and out[-1].source
            and line.bare_names
            and len(line.authors) == 1
            and len(line.authors[0].name.split()) == 1
            and line.source is None
        ):
            out.append(_Line("credit", source=line.authors[0].name))
        else:
            out.append(line)
    return out


def _combine(lines: Sequence[_Line]) -> Byline | None:
    lines = _further_sources(lines)
    authors: list[Author] = []
    for line in lines:
        for author in line.authors:
            for j, known in enumerate(authors):
                if known.name == author.name:
                    authors[j] = Author(known.name, _merge_roles(known.roles, author.roles))
                    break
            else:
                authors.append(author)
    source = _join([line.source for line in lines if line.source])
    if not authors and source is None:
        return None
    return Byline(authors=tuple(authors), source=source)


# ---------------------------------------------------------------------------------------
# The public functions.


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

    >>> b = parse_byline(["Ngô Tấm – Khánh Hiền (Đài Truyền thanh huyện)"])
    >>> b.names, b.source
    (('Ngô Tấm', 'Khánh Hiền'), 'Đài Truyền thanh huyện')
    >>> parse_byline(["Dương Ngọc", "Nhịp sống thị trường"]).source
    'Nhịp sống thị trường'
    """
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


def _office_may_follow(line: _Line) -> bool:
    """An office line names the credited people's employer: it may stand under a line that
    credits people and names no source (``Vi Thu``, ``Bài, ảnh: Vi Thu``)."""
    return line.kind == "credit" and bool(line.authors) and line.source is None


def _is_label(line: str) -> bool:
    """A short capitalised line that is no sentence: in a byline, a publication's name."""
    text = clean(line)
    if not text or len(text) > 60 or len(text.split()) > 8 or not text[0].isupper():
        return False
    if re.search(r"[,;:!?.…]", text) or _w.key(text) in _w.STOP_PHRASES:
        return False
    return _w.key(text).split()[0] not in _w.STOP_FIRST


def _initials_credit(line: str, following: str | None) -> _Line | None:
    """An initials-only signature (``H.V.``) right above a role line (``Ảnh: Minh Anh``)."""
    text = clean(line)
    if following is None or not _INITIALS_ONLY.match(text) or not text[0].isupper():
        return None
    if not _ROLE_PREFIX.match(clean(following)):
        return None
    return _Line("credit", (Author(text),), bare_names=True)


def _parse_block(block: str) -> list[_Line] | None:
    out: list[_Line] = []
    ones = [one for one in str(block).splitlines() if one.strip()]
    for k, one in enumerate(ones):
        line = _parse_line(one)
        if line is None:
            line = _initials_credit(one, ones[k + 1] if k + 1 < len(ones) else None)
        if line is None:
            return None
        if line.kind == "office" and out and not _office_may_follow(out[-1]):
            return None
        out.append(line)
    return out or None


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
    """
    if len(value) > _MAX_META:
        return None  # an author value is a few names long; anything longer is not one
    text = clean(html.unescape(str(value))) if "&" in str(value) else clean(str(value))
    text = clean(_URL.sub(" ", _EMAIL.sub(" ", text)))
    text = _strip_label(text.strip(" ,;|-")).strip(" ,;|-")
    if not text:
        return None
    tokens = {_w.flat_key(w) for w in re.split(r"[\s,;/|]+", text)}
    if not tokens.isdisjoint(_w.NOT_AUTHORS):
        return None
    parsed: list[_Line] = []
    for raw in re.split(r"\s*[;|]\s*", text):
        piece = _strip_end(_strip_label(raw))
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


_TAG_PAREN = re.compile(
    rf"^\(\s*(?P<tag>[^()]{{1,30}}?)\s*\)\s*(?P<dash>[{_DASHES}]+)?\s*(?P<rest>.*)$", re.S
)
_TAG_BARE = re.compile(rf"^(?P<tag>[^\s()][^()]{{0,24}}?)\s*[{_DASHES}]+\s*(?P<rest>.*)$", re.S)
_SLUG = re.compile(r"^[a-z]+(?: [a-z]+){0,2}$")


def split_outlet_tag(lead: str) -> tuple[str | None, str]:
    """Split an outlet tag off the front of a lead.

    Recognised: ``(Dân trí) -``, ``(NLĐO)-``, ``(TNO)`` (an acronym in parentheses, with or
    without a dash), ``TTO -``, ``VOV.VN -``, ``Dân trí -``, ``VietNamNet -``, with hyphens,
    en and em dashes, spaced or not. A bare tag must be a known outlet, a dotted name or an
    acronym; a parenthesised tag must be short and capitalised, dotted or a lower-case
    section slug. A lead that merely opens with a parenthesis, or with a place name and a
    dash (``HÀ NỘI -``), is left whole.

    Args:
        lead: The lead (sapo) as printed.

    Returns:
        ``(tag, rest)``: the tag without parentheses and the lead without it, or
        ``(None, lead)`` when there is no tag.

    >>> split_outlet_tag("(Dân trí) - Giá vàng hôm nay giảm mạnh.")
    ('Dân trí', 'Giá vàng hôm nay giảm mạnh.')
    >>> split_outlet_tag("(Ảnh minh họa) Người dân xếp hàng từ sáng sớm.")
    (None, '(Ảnh minh họa) Người dân xếp hàng từ sáng sớm.')
    """
    text = lead.strip()
    m = _TAG_PAREN.match(text)
    if m and m.group("rest"):
        tag, rest = m.group("tag").strip(), m.group("rest").strip()
        if _is_tag(tag, dashed=bool(m.group("dash")), parenthesised=True):
            return tag, rest
        return None, lead
    m = _TAG_BARE.match(text)
    if m and m.group("rest"):
        tag, rest = m.group("tag").strip(), m.group("rest").strip()
        if _is_tag(tag, dashed=True, parenthesised=False):
            return tag, rest
    return None, lead


def _is_tag(tag: str, *, dashed: bool, parenthesised: bool) -> bool:
    known = _w.is_outlet(tag)
    if not tag or len(tag.split()) > 4 or (not known and any(c.isdigit() for c in tag)):
        return False
    acronym = " " not in tag and tag.isupper() and len(tag) <= 8 and _ACRONYM.match(tag)
    dotted = " " not in tag and "." in tag.strip(".") and _ACRONYM.match(tag.replace(".", ""))
    if not dashed:
        return bool(acronym or (known and " " not in tag))
    if known or acronym or dotted:
        return True
    if not parenthesised:
        return False
    if _SLUG.match(tag):
        return True  # a section slug such as "(giao duc) -"
    tokens = tag.split()
    return tag[0].isupper() and not any(_w.key(t) in _w.STOP_WORDS for t in tokens)
