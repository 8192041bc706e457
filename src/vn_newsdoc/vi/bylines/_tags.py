"""The outlet tag in front of a lead: ``(Dân trí) - …``, ``TTO - …``."""

from __future__ import annotations

import re

from vn_newsdoc.vi import _byline_words as _w
from vn_newsdoc.vi.bylines._names import _ACRONYM, _DASHES

__all__ = ["split_outlet_tag"]


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
