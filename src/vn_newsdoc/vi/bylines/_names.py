"""The pieces of a credit line: patterns, the record of one line, and small predicates
(is this a name, a source, a regional bureau). Used by :mod:`._lines` and :mod:`._read`."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from vn_newsdoc.model import Author, Role
from vn_newsdoc.vi import _byline_words as _w

# At most this many closing blocks are credits; a longer run is not a byline.
_MAX_BYLINE_BLOCKS = 4
_MAX_LINE = 120
_MAX_META = 300

_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
# The splitters do not start a match on a space that follows a space (a match from inside a
# run of spaces is also one from the run's start), so a long run is crossed once, not once
# per space.
# A hyphen between two names may have a space on one side only ("Hoàng Anh- Minh Thu", as
# portals set a bold closing line); with no space on either side it is part of a name
# ("Park Hang-seo") or a bureau ("VOV-Tây Bắc").
_PART_SPLIT = re.compile(
    r"(?!(?<=\s)\s)(?:\s*[\u2012\u2013\u2014\u2015]\s*|\s+-+\s+|\s*;\s*|\s+\|\s+"
    r"|\s+-+(?=[^\W\d_])|(?<=[^\W\d_])-+\s+)"
)
_ITEM_SPLIT = re.compile(rf"(?!(?<=\s)\s)(?:\s*,\s*|\s+{_w.JOINER_PATTERN}\s+)", re.IGNORECASE)
# What every match of a splitter holds: one of the characters of a part's split (a dash, a
# hyphen, ";", "|"); a comma or a joining word, for an item's. A text without one is one
# piece, told by one look for a character or a word, not by the splitter's look at every
# position (most lines are one part of one item).
_PART_MARK = re.compile("[\u2012\u2013\u2014\u2015;|-]")
_ITEM_MARK = re.compile(rf",|{_w.JOINER_PATTERN}", re.IGNORECASE)
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
# "Theo X", "Nguồn: X", also with odd spacing around the colon ("Nguồn : X", "Nguồn:X",
# "Theo: X"); "Nguồn ảnh: X" credits the pictures (a role word), never the article.
_SOURCE_PREFIX = re.compile(
    r"^(?:theo|nguồn(?:\s+tin)?(?!\s+(?:ảnh|hình)(?![^\W\d_])))(?:\s*:\s*|\s+[–—-]\s+|\s+)"
    r"(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# The head is empty or ends on a non-space: the same split as a lazy ".*?" before "\s*",
# without trying each space of a long run against the rest.
_TRAILING_PAREN = re.compile(r"^(?P<head>(?:.*?\S)?)\s*\((?P<inner>[^()]*)\)$")
# "Minh Anh/Vcamp.vn". Each side ends (or starts) on a character the spaces around the slash
# cannot take, or is one space: the same split as "[^/]+?" and "[^/].*", without trying each
# space of a long run on both sides.
_SLASH = re.compile(r"^(?P<left>[^/]*?[^/\s]|\s)\s*/\s*(?P<right>[^/\s].*|\s.*)$")
_NAME_TOKEN = re.compile(
    r"^(?:[^\W\d_]+(?:[\-'’][^\W\d_]+)*"  # Hùng, Hang-seo, H'Hen
    r"|(?:[^\W\d_]{1,3}\.)+[^\W\d_]{0,3}"  # initials: V.D, H.Y.T., Th.S
    r"|(?:[^\W\d_]\.)+[^\W\d_]{4,})$"  # an initial and a given name: T.Hương
)
# A signature of initials, alone or before a given name: "T.H.", "N.L", "T.Hương". One
# capital letter before each stop, so an abbreviated place ("TP.HCM", "Q.1") is none.
_SIGNATURE = re.compile(r"^(?:[^\W\d_]\.){1,3}(?:[^\W\d_]\.?|[^\W\d_]{2,})$")
_INITIALS_END = re.compile(r"(?:^|\s)(?:[^\W\d_]\.)+$")
_INITIALS_ONLY = re.compile(r"^(?:[^\W\d_][^\W\d_]?\.\s?){1,4}$")
# Starts only at the start of a run of address characters, so that a long word without "@"
# is crossed once.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info|gov|edu|biz|tv)$", re.I)
_ACRONYM = re.compile(r"^[^\W\d_][^\W_]*(?:[&/-][^\W_]+)*$")
_SENTENCE_END = re.compile(r"[!?…]$|[^\W\d_]{2}\.\s*$")
_SENTENCE_MARKS = "!?…"
# A regional bureau of an outlet: "VOV-Tây Bắc", "TTXVN - Hà Nội".
# (The same shape as _SLASH, for the same reason.)
_BUREAU = re.compile(
    rf"^(?P<outlet>[^{_DASHES}]*?[^{_DASHES}\s]|\s)\s*[{_DASHES}]\s*"
    rf"(?P<region>[^{_DASHES}\s][^{_DASHES}]*|\s)$"
)


class _Line:
    """What one closing line credits (a plain class, which the compiled build makes a
    struct: the readers make one per line and read its fields)."""

    __slots__ = ("authors", "bare_names", "kind", "source")

    def __init__(
        self,
        kind: str,
        authors: tuple[Author, ...] = (),
        source: str | None = None,
        *,
        bare_names: bool = False,
    ) -> None:
        # "credit" (names and/or a source), "office" (an organisation alone), "anon"
        self.kind = kind
        self.authors = authors
        self.source = source
        # only names, no role word and no source: an office may follow
        self.bare_names = bare_names

    def __repr__(self) -> str:
        return (
            f"_Line(kind={self.kind!r}, authors={self.authors!r}, source={self.source!r}, "
            f"bare_names={self.bare_names!r})"
        )


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


def _split_parts(text: str) -> list[str]:
    """``_PART_SPLIT.split(text)``: a text without a character a part's split needs
    (:data:`_PART_MARK`) is one part."""
    return [text] if _PART_MARK.search(text) is None else _PART_SPLIT.split(text)


def _split_items(text: str) -> list[str]:
    """``_ITEM_SPLIT.split(text)``: a text without a comma or a joining word
    (:data:`_ITEM_MARK`) is one item."""
    return [text] if _ITEM_MARK.search(text) is None else _ITEM_SPLIT.split(text)


def _trailing_paren(text: str) -> re.Match[str] | None:
    """``_TRAILING_PAREN.match(text)``, looked for only where ``text`` ends on ")" (its
    ``$`` also matches before a final line break)."""
    if text[-1:] == ")" or text[-2:] == ")\n":
        return _TRAILING_PAREN.match(text)
    return None


def _slash(text: str) -> re.Match[str] | None:
    """``_SLASH.match(text)``, looked for only where ``text`` holds a "/"."""
    return _SLASH.match(text) if "/" in text else None


def _ends_a_sentence(text: str) -> bool:
    """``_SENTENCE_END.search(text)`` for a stripped, non-empty ``text``: it ends on "!",
    "?" or "…", or on two letters (``[^\\W\\d_]``: alphanumeric, not a decimal digit) and
    a full stop. (Nothing stripped follows, so the pattern's white space and its ``$``
    before a final line break find nothing more.)"""
    last = text[-1]
    if last in _SENTENCE_MARKS:
        return True
    return last == "." and len(text) > 2 and _letter(text[-2]) and _letter(text[-3])


def _letter(char: str) -> bool:
    """Whether ``char`` is what ``[^\\W\\d_]`` matches: alphanumeric, no decimal digit."""
    return char.isalnum() and not char.isdecimal()


def _is_name(text: str, *, loose: bool = False) -> bool:
    """Whether ``text`` is written like a credited person's name (one person)."""
    tokens = text.split()
    if not 1 <= len(tokens) <= 6 or len(text) > 40:
        return False
    folded = _w.key(text)
    # Each syllable of a name is capitalised; a metadata value may be all lower case.
    written = all(_NAME_TOKEN.match(t) for t in tokens) and (
        all(t[0].isupper() for t in tokens) or (loose and text.islower())
    )
    if folded and not written:
        # Told first, by the tokens alone, before the word lists. (With a key, nothing
        # below raises, and every look says no or goes on: the order changes no answer.
        # Without one, the looks below run as they stand, to the same end.)
        return False
    if folded in _w.STOP_PHRASES or _w.names_nobody(text) or _w.is_outlet(text):
        return False
    if _starts_with_org_word(text):
        return False  # "Trung tâm Y tế", "CỔNG THÔNG TIN ..."
    keys = folded.split()
    if keys[0] in _w.STOP_FIRST or (len(keys) > 1 and " ".join(keys[:2]) in _w.STOP_FIRST):
        return False
    if not _w.STOP_WORDS.isdisjoint(keys):
        return False
    if not written:
        return False
    if len(tokens) == 1 and not loose:
        token = tokens[0]
        # A lone word in capitals is an acronym (PV, TTXVN), not a pen name; initials are
        # a signature (T.H., N.L).
        if len(token) > 1 and token.isupper() and not _is_signature(token):
            return False
    return not _ONE_ROLE.fullmatch(text)


def _is_signature(token: str) -> bool:
    """``T.H.``, ``N.L``, ``T.Hương``: initials written as a signature, each a capital."""
    if not _SIGNATURE.match(token):
        return False
    letters = [part for part in token.split(".") if part]
    return all(part[0].isupper() for part in letters) and all(
        part[1:].islower() for part in letters[-1:] if len(part) > 1
    )


_NAME_TITLE = re.compile(_w.NAME_TITLE_PATTERN, re.IGNORECASE)


def _strip_title(name: str) -> str:
    """``TS. Nguyễn Văn An`` → ``Nguyễn Văn An``: a degree or title is not the name."""
    m = _NAME_TITLE.match(name)
    return name[m.end() :] if m and m.end() < len(name) else name


def _starts_with_org_word(text: str) -> bool:
    """Whether the first words of the key of ``text`` (one to ``ORG_MAX_WORDS`` of them)
    are one of the organisation words (``ORG_WORDS``), and more words follow.

    >>> _starts_with_org_word("Trung tâm Y tế"), _starts_with_org_word("Trung tâm")
    (True, False)
    """
    # The words joined by single spaces: a phrase of the list (itself words joined by single
    # spaces) is the first words of it, with more after, where it is followed by a space.
    return _ORG_START.match(" ".join(_w.key(text).split())) is not None


# The organisation words and phrases, each then a space, in one pattern matched once. Only
# those that are words joined by single spaces can be a line's first words so joined.
_ORG_START = re.compile(
    "(?:"
    + "|".join(
        re.escape(w)
        for w in sorted(_w.ORG_WORDS, key=lambda w: (-len(w), w))
        if w and w == " ".join(w.split())
    )
    + ") "
)


def _is_source(text: str, *, loose: bool = False) -> bool:
    """Whether ``text`` is written like a credited organisation."""
    text = text.strip()
    if not text or len(text) > 80 or "," in text or ";" in text or ":" in text:
        return False
    if _ends_a_sentence(text):
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
