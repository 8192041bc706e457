"""The marks the plain-text form adds where the plain dump would read back otherwise.

A real dump has no marks: its date line is the short line after the headline that reads
as a date, its byline the closing lines that read as credits. The writer writes that plain
form wherever it reads back as written, and one of two marks where it would not:

* ``Không có ngày đăng`` ("no publication date") where the date line stands, for an article
  without a date whose first block would otherwise be read as its date line;
* a closing block that opens with the line ``--`` (the signature delimiter of e-mail) for
  a byline the plain form would not give back exactly. Under it, one line an author,
  ``Roles: name`` (``Bài: jdadmin``, ``Ảnh, video: Nguyễn Văn An``), the name taken as
  written whatever it holds, and ``Theo source`` last. The line ``--`` alone closes an
  article without a byline whose last block would otherwise be read as one.
"""

from __future__ import annotations

from collections.abc import Sequence

from vn_newsdoc.model import Author, Byline, Role

__all__ = [
    "BYLINE_MARK",
    "NO_DATE",
    "ROLE_WORDS",
    "marked_byline",
    "read_marked_byline",
    "role_words",
]

NO_DATE = "Không có ngày đăng"
"""The line that stands for the date line of an article without a date."""
BYLINE_MARK = "--"
"""The first line of a marked byline block; alone, it says the article has no byline."""

_SOURCE_WORD = "Theo "
# The word that credits each role in a byline line ("Bài, ảnh: X").
ROLE_WORDS: dict[Role, str] = {
    Role.TEXT: "bài",
    Role.PHOTO: "ảnh",
    Role.VIDEO: "video",
    Role.GRAPHICS: "đồ họa",
    Role.COMPILED: "tổng hợp",
    Role.TRANSLATED: "dịch",
}
_ROLE_OF = {word: role for role, word in ROLE_WORDS.items()}


def role_words(roles: Sequence[Role]) -> str:
    """The roles as a byline line credits them.

    >>> role_words((Role.TEXT, Role.PHOTO))
    'Bài, ảnh'
    """
    words = ", ".join(ROLE_WORDS[role] for role in roles)
    return words[0].upper() + words[1:]


def marked_byline(byline: Byline | None) -> list[str]:
    """The lines of the marked byline block (the mark alone for no byline).

    >>> marked_byline(Byline(authors=(Author("jdadmin"),), source="Taste of Country"))
    ['--', 'Bài: jdadmin', 'Theo Taste of Country']
    """
    lines = [BYLINE_MARK]
    if byline is not None:
        lines.extend(f"{role_words(a.roles)}: {a.name}" for a in byline.authors)
        if byline.source is not None:
            lines.append(_SOURCE_WORD + byline.source)
    return lines


def read_marked_byline(lines: Sequence[str]) -> tuple[bool, Byline | None]:
    """Read a closing block in the marked form: whether it is one, and its byline.

    >>> ok, byline = read_marked_byline(["--", "Ảnh, video: PTI", "Theo Taste of Country"])
    >>> ok, byline.authors[0].name, byline.authors[0].roles, byline.source
    (True, 'PTI', (<Role.PHOTO: 'photo'>, <Role.VIDEO: 'video'>), 'Taste of Country')
    >>> read_marked_byline(["--"]), read_marked_byline(["--", "Vi Thu"])
    ((True, None), (False, None))
    """
    if not lines or lines[0] != BYLINE_MARK:
        return False, None
    authors: list[Author] = []
    source: str | None = None
    for i, line in enumerate(lines[1:], start=2):
        if line.startswith(_SOURCE_WORD) and i == len(lines):
            source = line[len(_SOURCE_WORD) :]
            continue
        author = _author_line(line)
        if author is None:
            return False, None
        authors.append(author)
    if not authors and source is None:
        return len(lines) == 1, None
    return True, Byline(authors=tuple(authors), source=source)


def _author_line(line: str) -> Author | None:
    words, colon, name = line.partition(": ")
    if not colon or not name:
        return None
    roles = [_ROLE_OF.get(word.casefold()) for word in words.split(", ")]
    if None in roles or len(set(roles)) != len(roles):
        return None
    return Author(name, tuple(role for role in roles if role is not None))
