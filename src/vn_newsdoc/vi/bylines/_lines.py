"""Reading one closing line (and one block of lines) into what it credits."""

from __future__ import annotations

import re
from collections.abc import Sequence

from vn_newsdoc.model import Author, Role
from vn_newsdoc.text import clean
from vn_newsdoc.vi import _byline_words as _w
from vn_newsdoc.vi.bylines._combining import _merge_roles
from vn_newsdoc.vi.bylines._names import (
    _DOMAIN,
    _EMAIL,
    _INITIALS_ONLY,
    _MAX_LINE,
    _ROLE_LIST,
    _ROLE_PREFIX,
    _SOURCE_PREFIX,
    _URL,
    _is_name,
    _is_source,
    _Line,
    _roles_of,
    _slash,
    _split_items,
    _split_parts,
    _strip_end,
    _strip_label,
    _strip_title,
    _trailing_paren,
    _url_host,
)


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
    return _is_name(text) and _w.ORG_WORDS.isdisjoint(keys)


def _is_masthead(text: str) -> bool:
    """A paper's name in sentence case after ``Theo``: a capital first, then words of letters
    only, lower case allowed, joined by ``và`` or ``&`` (``Công lý``, ``Tổ quốc``, ``Pháp luật &
    Bạn đọc``, ``Doanh nghiệp và Tiếp thị``); no form of address first, no sentence word."""
    tokens = text.split()
    if not 1 <= len(tokens) <= 6 or not tokens[0][:1].isupper():
        return False
    if _w.key(tokens[0]) in _w.STOP_FIRST or _w.key(text) in _w.STOP_PHRASES:
        return False
    for i, token in enumerate(tokens):
        k = _w.key(token)
        if 0 < i < len(tokens) - 1 and (token == "&" or k in {"và", "va"}):
            continue
        if not token.isalpha() or k in _w.STOP_WORDS:
            return False
    return True


def _parse_source_line(rest: str, *, loose: bool) -> _Line | None:
    """``Theo X`` / ``Nguồn: X``: a source, or a person (``Theo Hồ Hương``), or a name with
    its source in parentheses or after a slash (``Theo Minh Anh/Vcamp.vn``)."""
    rest = _strip_end(rest)
    if _DOMAIN.match(rest):
        # A site's name written as its domain is kept as written ("Theo Chinhphu.vn").
        return _Line("credit", source=re.sub(r"^www\.", "", rest, flags=re.IGNORECASE))
    if _URL.fullmatch(rest):
        host = _url_host(rest)
        return _Line("credit", source=host) if host else None
    if _is_person(rest):
        return _Line("credit", (Author(rest),))
    sm = _slash(rest)
    if sm and _is_name(sm.group("left")) and not _is_source(sm.group("left")):
        right = _strip_end(sm.group("right"))
        if _is_source(right) or _w.is_outlet(right) or _DOMAIN.match(right):
            return _Line("credit", (Author(sm.group("left")),), source=right)
    m = _trailing_paren(rest)
    if m and m.group("head"):
        head, inner = m.group("head"), m.group("inner").strip()
        if _ROLE_LIST.match(inner):
            rest = head  # "Theo Reuters (lược dịch)": the role of an unnamed translator
        elif not _w.is_outlet(head) and _is_name(head) and _is_source(inner, loose=True):
            return _Line("credit", (Author(head),), source=inner)
    parts = [p.strip() for p in rest.split(",")]
    if all(_is_source(p, loose=True) for p in parts) or _is_masthead(rest):
        return _Line("credit", source=rest)
    first = _w.key(rest).split()[0] if rest.split() else ""
    if loose and "," not in rest and first not in _w.STOP_FIRST and len(rest.split()) <= 8:
        return _Line("credit", source=rest)
    return None


def _parse_item(
    text: str,
    roles: tuple[Role, ...],
    *,
    loose: bool,
    named: str | None = None,
    unnamed: str | None = None,
) -> _Line | None:
    """One credited name, with a role or source in parentheses or after a slash, or a
    compiler's or translator's role word after it (``Minh Anh tổng hợp``). ``named`` is a
    text already known to be written like a name (``_is_name`` with the same ``loose``):
    the line's own, where the line is one name, is not looked at again; ``unnamed`` one
    known not to be (the line's own, where it has no role prefix and is no name)."""
    text = _strip_end(text)
    source: str | None = None
    text, after = _split_trailing_role(text)
    if after:
        roles = _merge_roles(roles, after) if roles else after
    m = _trailing_paren(text)
    if m and m.group("head"):
        inner = m.group("inner").strip()
        sm = _SOURCE_PREFIX.match(inner)
        cm = _COMPILED_FROM.match(inner)
        if _ROLE_LIST.match(inner):
            roles = _merge_roles(roles, _roles_of(inner)) if roles else _roles_of(inner)
        elif sm and _all_sources(sm.group("rest")):
            source = sm.group("rest")
            roles = roles or (Role.COMPILED,)
        elif cm and _w.key(cm.group("rest")) in _UNNAMED_ORIGINS:
            found = _roles_of(cm.group("role"))  # "tổng hợp từ nhiều nguồn": no source named
            roles = _merge_roles(roles, found) if roles else found
        elif cm and _all_sources(cm.group("rest")):
            # "Thu Hằng (tổng hợp từ Reuters, AFP)": the role, and where it was taken from
            source = cm.group("rest")
            found = _roles_of(cm.group("role"))
            roles = _merge_roles(roles, found) if roles else found
        elif _is_source(inner, loose=loose):
            source = inner
        else:
            return None
        text = m.group("head")
    sm2 = _slash(text)
    if sm2 and _is_source(sm2.group("right")) and not _is_source(sm2.group("left")):
        text, source = sm2.group("left"), source or sm2.group("right")
    if _w.names_nobody(text) or (roles and _w.is_outlet(text)):
        return _Line("anon")  # "Bài, ảnh: PV", "Ảnh: Reuters": nobody named
    text = _strip_title(text)
    if text != named and (text == unnamed or not _is_name(text, loose=loose)):
        return None
    return _Line("credit", (Author(text, roles or (Role.TEXT,)),), source=source)


# "tổng hợp từ Reuters", "lược dịch theo AFP": a compiler's or translator's role word, then
# the sources the text was taken from.
_COMPILED_FROM = re.compile(
    r"^(?P<role>tổng\s+hợp|biên\s+dịch|lược\s+dịch|dịch)\s+(?:từ|theo)\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)


# What a compiler took the text from without naming a source.
_UNNAMED_ORIGINS = frozenset({"nhiều nguồn", "các nguồn", "internet", "các báo", "nguồn internet"})


def _all_sources(text: str) -> bool:
    """Whether ``text`` names one source or a list of them (``Reuters, AFP``)."""
    return all(_is_source(part.strip(), loose=True) for part in text.split(","))


# Roles written after a name without parentheses: the compiler's and the translator's.
_AFTER_NAME_ROLES = frozenset({Role.COMPILED, Role.TRANSLATED})


def _split_trailing_role(text: str) -> tuple[str, tuple[Role, ...]]:
    """``Minh Anh tổng hợp`` → (``Minh Anh``, compiled); other text is returned as it is."""
    words = text.split()
    for n in (3, 2, 1):  # a role is one to three words ("biên dịch", "dịch"): longest first
        if len(words) <= n:
            continue
        tail = " ".join(words[-n:])
        if _ROLE_LIST.match(tail):
            roles = _roles_of(tail)
            if roles and set(roles) <= _AFTER_NAME_ROLES:
                return " ".join(words[:-n]), roles
    return text, ()


def _is_outlet_word(text: str) -> bool:
    """A known outlet, or a short word in capitals (``CNN``, ``AFP``), closing a credit."""
    text = _strip_end(text)
    if _w.is_outlet(text):
        return True
    return len(text.split()) == 1 and 2 <= len(text) <= 6 and text.isupper() and text.isalpha()


_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")


def _line_text(line: str) -> tuple[str, bool] | None:
    """The text of a closing line to read, and whether it stood in parentheses; ``None``
    for a line that is never a credit (empty, too long, ``Loading...``)."""
    text = clean(line)
    if not text or len(text) > _MAX_LINE:
        return None
    in_parens = text.startswith("(") and text.endswith(")") and text.count("(") == 1
    if in_parens:
        text = text[1:-1].strip()
    if "@" in text:  # an address needs one
        text = _EMAIL.sub("", text)
    text = _strip_label(clean(_EMPTY_BRACKETS.sub("", text)))
    if text.endswith(("...", "…")):
        return None  # "Loading...", "(Còn nữa...)": never a credit
    text = _strip_end(text)
    return (text, in_parens) if text else None


def _names_nobody(text: str, *, in_parens: bool) -> bool:
    """``Nhóm PV``, ``PV tổng hợp``, ``(tổng hợp)`` alone: a credit that names no one."""
    if _w.names_nobody(text):
        return True
    if in_parens and _ROLE_LIST.match(text) and set(_roles_of(text)) <= _AFTER_NAME_ROLES:
        return True
    head, after = _split_trailing_role(text)
    return bool(after) and _w.names_nobody(head)


def _hyphened_names(part: str) -> list[str]:
    """``Minh Anh-Hoàng Hiếu``: two full names joined by a bare hyphen, as portals set a
    bold closing line, are two names; a hyphen within a name (``Park Hang-seo``,
    ``Jean-Pierre Roe``, ``Mary Roe-Smith``) or a bureau (``VOV-Tây Bắc``) stays."""
    left, hyphen, right = part.partition("-")
    if not hyphen or "-" in right or left != left.rstrip() or right != right.lstrip():
        return [part]
    if len(left.split()) < _FULL_NAME_WORDS or len(right.split()) < _FULL_NAME_WORDS:
        return [part]
    return [left, right] if _is_name(left) and _is_name(right) else [part]


_FULL_NAME_WORDS = 2
"""Words of a full name on each side of a bare hyphen for the hyphen to join two names."""


def _parse_line(line: str, *, loose: bool = False) -> _Line | None:
    """Read one closing line, or ``None`` when it is not a credit."""
    read = _line_text(line)
    if read is None:
        return None
    text, in_parens = read
    if _names_nobody(text, in_parens=in_parens):
        return _Line("anon")
    m = _SOURCE_PREFIX.match(text)
    if m:
        return _parse_source_line(m.group("rest"), loose=loose)
    if _w.is_outlet(text) and _is_source(text):
        return _Line("credit", source=text)
    # The line's role prefix and whether it is written like a name are read once: a line
    # of one part and one name (most credits) is that part and that name.
    role_prefix = _ROLE_PREFIX.match(text)
    named = None if role_prefix else _named_or_office(text, loose=loose)
    if isinstance(named, _Line):
        return named  # "Trung tâm TT&VH Móng Cái"
    parts = [p for p in _split_parts(text) if p]
    authors: list[Author] = []
    sources: list[str] = []
    roles: tuple[Role, ...] = ()
    bare = True
    for i, part in enumerate(parts):
        rm = role_prefix if part == text else _ROLE_PREFIX.match(part)
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
        elif i == len(parts) - 1 and authors and (sm := _SOURCE_PREFIX.match(part)):
            # "Graphics: T.L – Nguồn: TTXVN": the source closes the line.
            given = _parse_source_line(sm.group("rest"), loose=loose)
            if given is None or given.authors or given.source is None:
                return None
            sources.append(given.source)
            bare = False
            continue
        else:
            names = part
        items = [n for item in _split_items(names) for n in _hyphened_names(item)]
        for j, item in enumerate(items):
            # Without a role prefix, a line that is not a name is known as such: an item
            # that is the whole line is not looked at again.
            parsed = _parse_item(
                item,
                roles,
                loose=loose,
                named=named,
                unnamed=None if role_prefix or named else text,
            )
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


def _named_or_office(text: str, *, loose: bool) -> str | _Line | None:
    """A line without a role prefix: the line itself where it is written like a name, the
    office line it is where it names an organisation instead (``Trung tâm TT&VH Móng
    Cái``), else ``None``."""
    if _is_name(text, loose=loose):
        return text
    if _is_source(text):
        return _Line("office", source=text)
    return None


def _join(sources: Sequence[str]) -> str | None:
    """The sources one line names, in order, each once: two spellings of one source
    (``Tuổi Trẻ Online`` and ``Báo Tuổi Trẻ``) are one, the first kept."""
    seen: dict[str, str] = {}
    for s in sources:
        if s:
            seen.setdefault(_w.source_key(s), s)
    return ", ".join(seen.values()) if seen else None


def _office_may_follow(line: _Line) -> bool:
    """An office line names the credited people's employer: it may stand under a line that
    credits people and names no source (``Vi Thu``, ``Bài, ảnh: Vi Thu``)."""
    return line.kind == "credit" and bool(line.authors) and line.source is None


def _initials_credit(line: str, following: str | None) -> _Line | None:
    """An initials-only signature (``H.V.``) right above a role line (``Ảnh: Minh Anh``)."""
    if following is None:
        return None  # (told before the line is cleaned: most lines asked have none)
    text = clean(line)
    if not _INITIALS_ONLY.match(text) or not text[0].isupper():
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
