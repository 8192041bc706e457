"""The short lines signing an article off, set beside its body rather than inside."""

from __future__ import annotations

import re
from typing import Final

from lxml.etree import _Element

from vn_newsdoc.html.body._noise import is_noise_element
from vn_newsdoc.html.body._walk import INLINE_TAGS as _INLINE_TAGS
from vn_newsdoc.vi.bylines import is_byline_line

__all__ = ["signoffs_after"]

_SIGNOFF_MAX: Final = 80  # characters of a closing signature line kept beside the body
_SIGNOFFS_MAX: Final = 3  # closing lines kept beside the body
_ALIGN_RIGHT_RE: Final = re.compile(r"text-align\s*:\s*right", re.IGNORECASE)


def _alignment(el: _Element) -> str:
    style = el.get("style")
    if style and _ALIGN_RIGHT_RE.search(style):
        return "right"
    return (el.get("align") or "").lower()


def _is_signoff(el: _Element) -> bool | None:
    """A short closing line: set right, in bold throughout, or read as a byline or source
    line (``Theo TTXVN``). ``None`` for an element without text (passed over)."""
    if not isinstance(el.tag, str) or el.tag in _INLINE_TAGS or is_noise_element(el):
        return False
    text = " ".join("".join(el.itertext()).split())
    if not text:
        return None
    if len(text) > _SIGNOFF_MAX:
        return False
    if _alignment(el) == "right" or is_byline_line(text):
        return True
    inner = el[0] if len(el) == 1 else None
    return (
        inner is not None
        and inner.tag in ("b", "strong")
        and not (el.text or "").strip()
        and not (inner.tail or "").strip()
    )


def signoffs_after(el: _Element) -> list[_Element]:
    """The closing lines right after ``el``, up to three: short lines set right, in bold
    throughout, or read as a byline or source line.

    >>> from lxml.html import fragment_fromstring
    >>> page = fragment_fromstring("<div><div>Bài</div><p align='right'>Minh Châu</p>"
    ...                            "<p>Một đoạn khác.</p></div>")
    >>> [el.text for el in signoffs_after(page[0])]
    ['Minh Châu']
    """
    found: list[_Element] = []
    for sibling in el.itersiblings():
        verdict = _is_signoff(sibling)
        if verdict is None:
            continue
        if not verdict or len(found) == _SIGNOFFS_MAX:
            break
        found.append(sibling)
    return found
