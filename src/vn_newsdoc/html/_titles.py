"""Strip the site's name (and section) from a page title: ``"Tin - VnExpress"`` → ``"Tin"``.

A title is split at its separators (`` - ``, `` | ``, `` – ``, `` — ``, `` » ``, `` :: ``,
always with space around them, so ``8-3`` or ``Covid-19`` stay whole):

1. If another metadata headline (JSON-LD, ``og:title``…) is the title up to a separator,
   that headline is the answer.
2. Otherwise the title is cut before its first segment (after the first) that names a
   site: a segment holding a brand from the page's host (``vnexpress`` from
   ``vnexpress.net``) or its site name, or site words (``Báo …``, ``Cổng …``,
   ``Trang …``, ``… Online``, ``News``, ``.vn``, ``Tin nhanh``, ``điện tử``).
3. Then trailing segments that name a section are dropped: a segment equal (without
   diacritics) to a folder of the page's URL (``/xa-hoi/``) or to its declared section.

>>> strip_site_suffix("Giá vàng giảm | Báo Dân trí", (), (), ())
'Giá vàng giảm'
>>> strip_site_suffix("Chặt cây - Chính trị - Xã hội - Tuổi Trẻ Online", (),
...                   ("chinh-tri-xa-hoi",), ())
'Chặt cây'
>>> strip_site_suffix("Hoa 8-3 tăng giá", ("tuoitre",), (), ())
'Hoa 8-3 tăng giá'
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import Final
from urllib.parse import urlsplit

from vn_newsdoc.html._thresholds import BRAND_MIN
from vn_newsdoc.text import clean, fold_key

__all__ = ["host_brands", "strip_site_suffix"]

_log = logging.getLogger(__name__)

# Each alternative starts only at a run's first space: a match from inside a run is also one
# from its start, and a long run of spaces is crossed once, not once per space.
_SEPARATOR: Final = re.compile(r"(?<!\s)\s+(?:[-|–—»]|::)\s+|(?<!\s)\s*\|\s*")
_SITE_WORDS: Final = re.compile(
    r"^(?:báo|cổng|trang)\b|\bonline$|\bnews\b|\.(?:vn|com|net)\b"
    r"|\btin nhanh\b|\bđiện tử\b|\bmagazine\b|\btimes\b",
    re.IGNORECASE,
)
_NOT_WORD: Final = re.compile(r"[\W_]+")
_GENERIC_LABELS: Final = frozenset(
    {"www", "m", "mobile", "amp", "news", "tin", "com", "net", "org", "vn", "gov", "edu", "info"}
)


def host_brands(urls: Iterable[str]) -> tuple[str, ...]:
    """The brand names in the URLs' host names: ``https://m.tuoitre.vn/x`` gives
    ``("tuoitre",)``.

    Any string is accepted: one that does not parse as a URL (``http://[x``) gives no
    brand and is logged at debug level.

    >>> host_brands(["https://vnexpress.net/a", "http://hcm.24h.com.vn/b", "http://[x"])
    ('vnexpress', 'hcm', '24h')
    """
    found: list[str] = []
    for url in urls:
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError as exc:
            _log.debug("no brand from %r: not a URL (%s)", url, exc)
            continue
        for label in host.split(".")[:-1]:
            if label not in _GENERIC_LABELS and len(label) >= BRAND_MIN and label not in found:
                found.append(label)
    return tuple(found)


def strip_site_suffix(
    title: str, brands: Iterable[str], sections: Iterable[str], headlines: Iterable[str]
) -> str:
    """The title without the site's name and section (see the module's rules).

    Args:
        title: The page title, clean.
        brands: Brand names (host labels, the site name) to recognise.
        sections: Section names or URL folder slugs to drop after the site's name.
        headlines: Other headline candidates from the page's metadata.

    Returns:
        The stripped title; the title itself when nothing could be stripped.
    """
    spans = [m.span() for m in _SEPARATOR.finditer(title)]
    if not spans:
        return title
    cuts = [0, *(s for s, _ in spans)]
    starts = [0, *(e for _, e in spans)]
    segments = [
        title[starts[i] : (cuts[i + 1] if i + 1 < len(cuts) else len(title))]
        for i in range(len(cuts))
    ]

    for other in sorted({h for h in headlines if h != title}, key=len, reverse=True):
        for cut in cuts[1:]:
            if title[:cut].strip() == other:
                return other

    brand_keys = tuple(k for k in (_compact(b) for b in brands) if len(k) >= BRAND_MIN)
    end = len(segments)
    for i in range(1, len(segments)):
        segment = segments[i].strip()
        compact = _compact(segment)
        if _SITE_WORDS.search(segment) or any(k in compact for k in brand_keys if compact):
            end = i
            break
    slugs = {_slug(s) for s in sections if s}
    folders = tuple(s for s in slugs if s)
    while end > 1 and _is_section(segments[end - 1].strip(), folders):
        end -= 1
    result = clean(title[: cuts[end]] if end < len(cuts) else title)
    return result or title


def _is_section(segment: str, folders: tuple[str, ...]) -> bool:
    slug = _slug(segment)
    if not slug:
        return False
    return any(slug == f or f"-{slug}-" in f"-{f}-" for f in folders)


def _compact(text: str) -> str:
    return _NOT_WORD.sub("", fold_key(text, diacritics=False))


def _slug(text: str) -> str:
    return _NOT_WORD.sub("-", fold_key(text, diacritics=False)).strip("-")
