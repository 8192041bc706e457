"""What is never the article: page furniture by class or id, "read more" lines, and the
scripts, styles, forms and hidden parts :func:`strip_page` removes before reading."""

from __future__ import annotations

import re

from lxml import etree
from lxml.etree import XPath
from lxml.html import HtmlElement

from vn_newsdoc.html._hints import NOISE_FRAGMENTS, NOISE_WORDS, TAXONOMY_CLASS
from vn_newsdoc.text import drop_xml_invalid

__all__ = ["is_noise_element", "is_noise_text", "strip_page"]

# Elements that never hold article text.
_DROP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "button",
        "select",
        "textarea",
        "input",
        "object",
        "embed",
        "canvas",
        "audio",
        "video",
        "map",
        "nav",
    }
)
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# The elements with a style, hidden or aria-hidden attribute, in document order (reached
# from their attributes, which libxml2 finds faster than testing every element).
_HIDDEN_XPATH = XPath("(//@style | //@hidden | //@aria-hidden)/..")

_NOISE_WORDS = NOISE_WORDS
_NOISE_FRAGMENTS_RE = NOISE_FRAGMENTS
_SPLIT_RE = re.compile(r"[\s_\-]+")
_CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")

# Lines that point elsewhere ("Xem thêm: …", ">> …") or are page furniture.
_NOISE_LINE_RE = re.compile(
    r"^(?:>>|»|›|\[\s*xem|"
    r"(?:xem|đọc)\s+(?:thêm|tiếp|chi\s+tiết|nhiều|toàn\s+bộ|ngay)\b|"
    r"(?:tin|bài)(?:\s+tức|\s+viết)?\s+(?:liên\s+quan|cùng\s+chuyên\s+mục|khác|đã\s+đưa|"
    r"gần\s+đây|mới\s+nhất|mới|đọc\s+nhiều|xem\s+nhiều|nổi\s+bật)\b|"
    r"tham\s+khảo\s+thêm|tin\s+nổi\s+bật|chia\s+sẻ\s+bài|bình\s+luận\s*\(|"
    r"theo\s+dòng\s+sự\s+kiện|"
    r"loading\.*$|quảng\s+cáo$|read\s+more\b|related\b|see\s+also\b|"
    # An advert's label, perhaps with its network's name ("Anzeige", "Publicité").
    r"(?:advertisement|advertising|anzeige|werbung|publicité)(?:\s+\S+)?$|"
    # A link back to the previous page, alone on its line ("« Quay lại", "Back").
    r"[«‹<←]?\s*(?:quay\s+(?:lại|về)|trở\s+(?:về|lại)|về\s+trang\s+trước|(?:go\s+)?back)"
    r"(?:\s+(?:trang\s+(?:trước|chủ)|đầu\s+trang|to\s+top))?\s*[.!:»›>]*$)",
    re.IGNORECASE,
)


_TAXONOMY_CLASS_RE = TAXONOMY_CLASS


def _class_words(el: HtmlElement) -> list[str]:
    tokens = f"{el.get('class', '')} {el.get('id', '')}".split()
    raw = " ".join(t for t in tokens if not _TAXONOMY_CLASS_RE.match(t))
    raw = _CAMEL_RE.sub("-", raw)
    return [w.lower() for w in _SPLIT_RE.split(raw) if w]


def is_noise_element(el: HtmlElement) -> bool:
    """Whether ``el`` is page furniture by its class or id (related links, share bars, ads).

    Args:
        el: Any element.

    Returns:
        True when a word of its class or id names furniture.

    >>> from lxml.html import fragment_fromstring
    >>> is_noise_element(fragment_fromstring('<div class="box_tinlienquanv2"></div>'))
    True
    >>> is_noise_element(fragment_fromstring('<div class="fck_detail"></div>'))
    False
    """
    raw = f"{el.get('class', '')} {el.get('id', '')} {el.get('type', '')}"
    if not raw.strip():
        return False
    if _NOISE_FRAGMENTS_RE.search(raw):
        return True
    return any(w in _NOISE_WORDS for w in _class_words(el))


def strip_page(root: HtmlElement) -> None:
    """Remove, in place, what is never article text: scripts, styles, forms, hidden parts.

    Run it after metadata (JSON-LD lives in scripts) has been read. Tails are kept.

    Args:
        root: The page's root element; changed in place.

    >>> from lxml.html import document_fromstring, tostring
    >>> page = document_fromstring(
    ...     "<p>Một<script>x()</script> hai<span style='display:none'>ẩn</span> ba</p>")
    >>> strip_page(page)
    >>> page.text_content()
    'Một hai ba'
    """
    etree.strip_elements(root, *_DROP_TAGS, with_tail=False)
    for el in _HIDDEN_XPATH(root):
        if not isinstance(el, HtmlElement) or el.getparent() is None:
            continue
        style = el.get("style")
        if (
            (style and _HIDDEN_STYLE_RE.search(style))
            or el.get("hidden") is not None
            or (el.get("aria-hidden") == "true" and el.tag != "img")
        ):
            _drop_tree(el)


def _drop_tree(el: HtmlElement) -> None:
    """``el.drop_tree()``, also when its tail holds a control character.

    ``drop_tree`` joins the element's tail to the text before it, and lxml refuses to set
    a text holding a control character (``\\x07``) that the page itself was allowed to
    carry (and clears the old text before it refuses). The joined text goes without the
    characters XML cannot hold, as every text the reader keeps does.
    """
    parent = el.getparent()
    tail = el.tail
    if parent is None:
        return
    if tail:
        previous = el.getprevious()
        if previous is None:
            parent.text = drop_xml_invalid((parent.text or "") + tail)
        else:
            previous.tail = drop_xml_invalid((previous.tail or "") + tail)
        el.tail = None
    parent.remove(el)


def is_noise_text(text: str) -> bool:
    """Whether a line points elsewhere ("Xem thêm: …", ">> …") rather than being text.

    >>> is_noise_text(">> Xả rác, sự hồn nhiên độc ác"), is_noise_text("Mưa lớn kéo dài.")
    (True, False)
    """
    return bool(_NOISE_LINE_RE.match(text))
