"""What the byline tests compare: a closing body sentence to put credits under, and a
byline as plain tuples of names with roles, and its source."""

from __future__ import annotations

from vn_newsdoc.model import Byline, Role

BODY = "Chiều 7/3, Ủy ban nhân dân huyện Tiên Yên đã tổ chức hội nghị tổng kết công tác năm."
"""The article's last paragraph, over the closing lines under test."""

Authors = tuple[tuple[str, tuple[Role, ...]], ...]


def shape(byline: Byline | None) -> tuple[Authors, str | None] | None:
    """The byline's authors as (name, roles) pairs, and its source; ``None`` for none."""
    if byline is None:
        return None
    return tuple((a.name, a.roles) for a in byline.authors), byline.source
