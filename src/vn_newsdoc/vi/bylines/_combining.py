"""What the credit lines of a byline give together: their authors (one each, roles
merged), their one source, and the label line a publication's name stands on. Used by
:mod:`._lines` and :mod:`._read`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from vn_newsdoc.model import Author, Byline, Role
from vn_newsdoc.text import clean
from vn_newsdoc.vi import _byline_words as _w
from vn_newsdoc.vi.bylines._names import _Line


def _merge_roles(a: tuple[Role, ...], b: tuple[Role, ...]) -> tuple[Role, ...]:
    return a + tuple(r for r in b if r not in a)


def _further_sources(lines: Sequence[_Line]) -> list[_Line]:
    """A one-word "name" right under a line that credits a source (``Theo Minh Anh/Vcamp.vn``
    then ``Forbes``) is a further source, not a person (the line is a credit, and the
    first line's source stays the article's: :func:`_first_source`)."""
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
    # One source: the first line that names one, nearest the text (see _first_source).
    source = _first_source(lines)
    if not authors and source is None:
        return None
    return Byline(authors=tuple(authors), source=source)


def _first_source(lines: Sequence[_Line]) -> str | None:
    """The source of the first line that names one; a later line's is dropped.

    An article credits one source, not a list glued from two lines. The line nearest the
    text names the article's origin, as its writer credited it (``Theo TTXVN``); lines
    under it are added as the text travels (a republisher's ``Nguồn: Báo X``, an agency a
    translation was made from), or name the same source again (``Báo Tuổi Trẻ`` under
    ``Theo Tuổi Trẻ Online``). A photo credit (``Nguồn ảnh: Reuters``) names no source at
    all. One line that lists several (``Theo Reuters, AFP``) keeps its list, as written.
    """
    return next((line.source for line in lines if line.source), None)


def _is_label(line: str) -> bool:
    """A short capitalised line that is no sentence: in a byline, a publication's name."""
    text = clean(line)
    if not text or len(text) > 60 or len(text.split()) > 8 or not text[0].isupper():
        return False
    if _PUNCTUATION.search(text) is not None or _w.key(text) in _w.STOP_PHRASES:
        return False
    return _w.key(text).split()[0] not in _w.STOP_FIRST


_PUNCTUATION = re.compile(r"[,;:!?.…]")
