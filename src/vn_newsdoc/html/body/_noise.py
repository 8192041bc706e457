"""What is never the article: page furniture by class or id, and "read more" lines
(:mod:`vn_newsdoc.html.body._strip` removes the scripts, styles, forms and hidden parts
before reading, with the furniture it finds here)."""

from __future__ import annotations

import enum
import itertools
import re
import unicodedata
from typing import Final

from lxml.etree import _Element

from vn_newsdoc._tree import text_content
from vn_newsdoc.html._hints import (
    NOISE_FRAGMENTS,
    NOISE_WORDS,
    PAGE_BUILDER_BOX,
    TAXONOMY_CLASS,
    TEASER_WORDS,
    prescreened,
)

__all__ = [
    "holds_sentences",
    "is_noise_element",
    "is_noise_text",
    "noise_by_attributes",
    "noise_by_class",
    "without_view_hint",
]

_SPLIT_RE: Final = re.compile(r"[\s_\-]+")
_SLUG_SPLIT_RE: Final = re.compile(r"[\W_]+")
_SLUG_STRIP: Final = " \t\n\r.,:;!?\"'()[]-_"
_HEADING_TAGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_ANCHOR_WORDS: Final = 3  # first words of a subheading its anchor id must spell
_ANCHOR_WORDS_MIN: Final = 2  # fewer words spelt by an id may be a furniture word by chance
_CAMEL_RE: Final = re.compile(r"(?<=[a-z])(?=[A-Z])")

# Lines that point elsewhere ("Xem thêm: …", ">> …") or are page furniture.
_NOISE_LINE_RE: Final = re.compile(
    r"^(?:>>|»|›|\[\s*xem|"
    r"(?:xem|đọc)\s+(?:thêm|tiếp|chi\s+tiết|nhiều|toàn\s+bộ|ngay)\b|"
    r"(?:tin|bài)(?:\s+tức|\s+viết)?\s+(?:liên\s+quan|cùng\s+chuyên\s+mục|khác|đã\s+đưa|"
    r"gần\s+đây|mới\s+nhất|mới|đọc\s+nhiều|xem\s+nhiều|nổi\s+bật)\b|"
    r"tham\s+khảo\s+thêm|tin\s+nổi\s+bật|chia\s+sẻ\s+bài|bình\s+luận\s*\(|"
    r"theo\s+dòng\s+sự\s+kiện|"
    r"loading\.*$|quảng\s+cáo$|read\s+more\b|related\b|see\s+also\b|"
    # An advert's label, perhaps with its network's name ("Anzeige", "Publicité").
    r"(?:advertisement|advertising|anzeige|werbung|publicité)\s*:?(?:\s+\S+)?$|"
    # A link back to the previous page, alone on its line ("« Quay lại", "Back").
    r"[«‹<←]?\s*(?:quay\s+(?:lại|về)|trở\s+(?:về|lại)|về\s+trang\s+trước|(?:go\s+)?back)"
    r"(?:\s+(?:trang\s+(?:trước|chủ)|đầu\s+trang|to\s+top))?\s*[.!:»›>]*$)",
    re.IGNORECASE,
)


# A picture viewer's instruction inside a caption ("Click to enlarge", "Zum Vergrößern auf
# das Bild klicken", "Cliquez pour agrandir", "Bấm vào ảnh để phóng to"), as a sentence of
# its own, perhaps in brackets.
_PICTURE: Final = r"(?:the\s+)?(?:image|picture|photo|graphic)|(?:das|die)\s+(?:bild|grafik|foto)|"
_VIEW_HINT_RE: Final = re.compile(
    r"(?:[(\[]\s?)?(?:"
    rf"(?:click|tap)(?:\s+on)?(?:\s+(?:{_PICTURE}here))?\s+to\s+"
    r"(?:enlarge|zoom(?:\s+in)?|(?:see|view)\s+(?:a\s+|the\s+)?(?:larger|bigger|full[-\s]size)"
    r"(?:\s+(?:version|image|picture))?)|"
    rf"zum\s+vergrößern(?:\s+bitte)?(?:\s+auf\s+(?:{_PICTURE}))?\s+klicken|"
    r"(?:bild|grafik|foto)\s+anklicken\s+zum\s+vergrößern|"
    r"cliquez(?:\s+sur\s+(?:l['’]image|la\s+photo|ici))?\s+pour\s+(?:l['’])?agrandir|"
    r"(?:click|bấm|nhấp|nhấn)\s+(?:vào\s+)?(?:ảnh|hình(?:\s+ảnh)?)\s+để\s+(?:xem\s+)?"
    r"(?:phóng\s+to|ảnh\s+lớn|kích\s+thước\s+lớn)"
    r")(?:\s?[.!:])?(?:\s?[)\]])?",
    re.IGNORECASE,
)
_SENTENCE_RUN_MIN: Final = 80  # characters of an inline run read as text whatever its class
_SENTENCE_RUN_LINKED_MAX: Final = 0.5  # share of such a run's text inside links
_SENTENCE_END_RE: Final = re.compile(r"[.!?…](?:\s|$)")


def _words(names: str) -> list[str]:
    """The words of class or id names, taxonomy classes left out."""
    if names.isascii():  # the usual case: plain searches spare most names the expressions
        lowered = names.lower()
        tokens = names.split()
        if any(start in lowered for start in _TAXONOMY_STARTS):
            tokens = [t for t in tokens if not TAXONOMY_CLASS.match(t)]
        raw = " ".join(tokens)
        if "elementor-widget" in lowered:
            raw = PAGE_BUILDER_BOX.sub("elementor", raw)
        if lowered != names:  # only then has it a capital for _CAMEL_RE to split before
            raw = _CAMEL_RE.sub("-", raw)
        return [w.lower() for w in _SPLIT_RE.split(raw) if w]
    raw = " ".join(t for t in names.split() if not TAXONOMY_CLASS.match(t))
    raw = PAGE_BUILDER_BOX.sub("elementor", raw)
    raw = _CAMEL_RE.sub("-", raw)
    return [w.lower() for w in _SPLIT_RE.split(raw) if w]


# In ASCII text, TAXONOMY_CLASS's words ("tag-", "category-", "cat-", "topic-",
# "chuyen-muc-") are spelt, in any case, with one of these in lower case, and every
# NOISE_FRAGMENTS word with one of _FRAGMENT_PARTS (outside ASCII, letters such as "ſ" or
# the Kelvin sign match theirs in any case, and the expressions alone answer).
_TAXONOMY_STARTS: Final = ("tag-", "cat", "topic-", "chuyen-muc-")
_FRAGMENT_PARTS: Final = (
    "lien", "tin", "xem", "doc", "ads", "quang", "comment", "relat", "social", "shar",
    "like", "author", "footer",
)  # fmt: skip


# Whether NOISE_FRAGMENTS finds a furniture word in class or id names.
_has_fragment: Final = prescreened(NOISE_FRAGMENTS, _FRAGMENT_PARTS)


def is_noise_element(el: _Element) -> bool:
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
    return _noise_verdict(el, el.get("class", ""), el.get("id", ""), el.get("type", ""))


def noise_by_attributes(el: _Element, names: list[str]) -> bool:
    """:func:`is_noise_element`, given the names of ``el``'s attributes (``el.keys()``):
    an attribute it lacks is not asked for (each look-up by name costs lxml a search).

    >>> from lxml.html import fragment_fromstring
    >>> box = fragment_fromstring('<div id="related-news"></div>')
    >>> noise_by_attributes(box, box.keys()), noise_by_attributes(box, [])
    (True, False)
    """
    return noise_by_class(el, names, el.get("class") if "class" in names else None)


def noise_by_class(el: _Element, names: list[str], classes: str | None) -> bool:
    """:func:`noise_by_attributes`, given ``el``'s class as well (``None`` where it has
    none), for a caller that has read it already.

    >>> from lxml.html import fragment_fromstring
    >>> box = fragment_fromstring('<div class="share-bar" id="x"></div>')
    >>> noise_by_class(box, box.keys(), "share-bar"), noise_by_class(box, [], None)
    (True, False)
    """
    if not names:
        return False  # no class, id or type: nothing names it furniture
    return _noise_verdict(
        el,
        classes if classes is not None else "",
        el.get("id", "") if "id" in names else "",
        el.get("type", "") if "type" in names else "",
    )


def _noise_verdict(el: _Element, classes: str, ident: str, kind: str) -> bool:
    """:func:`is_noise_element` of ``el``, whose class, id and type are given."""
    verdict = _named_furniture(classes, ident, kind)
    if verdict is _Named.FURNITURE:
        return not _is_anchor_heading(el)
    # A teaser box inside the body points to another page ("teaser" alone is no proof:
    # some pages call their own standfirst so).
    return verdict is _Named.TEASER and el.find(".//a[@href]") is not None


class _Named(enum.Enum):
    """What an element's class, id and type say of it."""

    PLAIN = 0
    FURNITURE = 1
    TEASER = 2


def _named_furniture(classes: str, ident: str, kind: str) -> _Named:
    # No furniture word spans two of the three (none holds a space), so each is judged
    # alone; the type's words are no class words, only its fragments count.
    known = _SAID.get  # a remembered answer without a call (an answer is never falsy)
    by_class = known(classes) or _said(classes)
    if by_class is _Named.FURNITURE:
        return by_class
    by_id = known(ident) or _said(ident)
    if by_id is _Named.FURNITURE or (kind and _has_fragment(kind)):
        return _Named.FURNITURE
    if by_class is _Named.TEASER or by_id is _Named.TEASER:
        return _Named.TEASER
    return _Named.PLAIN


# What a class or id says depends on the string alone, and pages repeat theirs on many
# elements (a long list of utility classes on elements whose ids differ): each is judged
# once. Past its bound the older half is forgotten (what is kept changes no answer); names
# longer than _SAID_LEN are judged each time, so that the memory stays small (a few
# megabytes at most) whatever the pages hold.
_SAID: dict[str, _Named] = {}
_SAID_MAX: Final = 1 << 13
_SAID_LEN: Final = 300


def _said(names: str) -> _Named:
    """What class or id names say of their element (furniture, a teaser box, or nothing),
    judged and remembered."""
    said = _judged(names)
    if len(names) > _SAID_LEN:
        return said
    if len(_SAID) >= _SAID_MAX:
        # pop, not del: a reading in another thread may be forgetting the same names.
        for old in list(itertools.islice(_SAID, _SAID_MAX // 2)):
            _SAID.pop(old, None)
    _SAID[names] = said
    return said


def _judged(names: str) -> _Named:
    if not names or names.isspace():
        return _Named.PLAIN
    words = _words(names)
    if _has_fragment(names) or any(w in NOISE_WORDS for w in words):
        return _Named.FURNITURE
    if any(w in TEASER_WORDS for w in words):
        return _Named.TEASER
    return _Named.PLAIN


def _slug_words(text: str) -> list[str]:
    """The words of ``text`` as an address would spell them: lower case, no accents."""
    folded = unicodedata.normalize("NFKD", text.lower().replace("đ", "d"))
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return _SLUG_SPLIT_RE.split(plain.strip(_SLUG_STRIP))


def _is_anchor_heading(el: _Element) -> bool:
    """A subheading whose id only spells its own words (``id="nav_nur_die_folie__1"``): a
    table of contents' anchor, not a furniture word, whatever the words are. Its class
    still counts."""
    anchor = el.get("id")
    if el.tag not in _HEADING_TAGS or not anchor:
        return False
    if _noise_by_class(el):
        return False
    words = [w for w in _slug_words(text_content(el)) if w][:_ANCHOR_WORDS]
    spelt = set(_slug_words(anchor))
    return len(words) >= _ANCHOR_WORDS_MIN and all(w in spelt for w in words)


def _noise_by_class(el: _Element) -> bool:
    """Whether ``el``'s class or type alone names furniture (its id left aside)."""
    raw = f"{el.get('class', '')} {el.get('type', '')}"
    if _has_fragment(raw):
        return True
    return any(w in NOISE_WORDS for w in _words(raw))


def holds_sentences(el: _Element) -> bool:
    """Whether an inline element holds sentences of the text, whatever its class says.

    Text pasted from another site keeps that site's markup: a paragraph's whole text in a
    ``<span>`` whose class names tags or share buttons (``eventDetailsContentTags``).
    Furniture set inline is a few words (a share label, a tag); a run of 80 characters or
    more, mostly not links, with a full stop inside or at its end, is the article's.

    >>> from lxml.html import fragment_fromstring as f
    >>> holds_sentences(f("<span class='tags'>Sáng 3/4, người dân xã Đông Hòa ra đồng gặt lúa. "
    ...                   "Năm nay lúa được mùa, năng suất cao.</span>"))
    True
    >>> holds_sentences(f("<span class='tags'><a href='/t'>lúa</a></span>"))
    False
    """
    text = " ".join(text_content(el).split())
    if len(text) < _SENTENCE_RUN_MIN or not _SENTENCE_END_RE.search(text):
        return False
    linked = sum(len(" ".join(text_content(a).split())) for a in el.iter("a"))
    return linked <= _SENTENCE_RUN_LINKED_MAX * len(text)


def without_view_hint(caption: str) -> str:
    """A caption without the picture viewer's instruction set in it.

    >>> without_view_hint("Sơ đồ tuyến metro. Bấm vào ảnh để phóng to. Đồ họa: Minh Châu")
    'Sơ đồ tuyến metro. Đồ họa: Minh Châu'
    >>> without_view_hint("Firmengeflecht der Firma. Zum Vergrößern auf das Bild klicken.")
    'Firmengeflecht der Firma.'
    >>> without_view_hint("The new bridge (click to enlarge)")
    'The new bridge'
    """
    if not _may_hint(caption) or not _VIEW_HINT_RE.search(caption):
        return caption
    return " ".join(_VIEW_HINT_RE.sub(" ", caption).split())


# Each instruction _VIEW_HINT_RE finds holds one of these in any case ("click", "cliquez",
# "tap", "zum", "bấm", "nhấp", "nhấn"), and no other letter folds to theirs: a plain
# search spares most captions the expression, which tries every position.
_VIEW_HINT_WORDS: Final = ("cl", "tap", "zum", "bấm", "nhấ")


def _may_hint(caption: str) -> bool:
    lowered = caption.lower()
    return any(word in lowered for word in _VIEW_HINT_WORDS)


# Each line _NOISE_LINE_RE finds starts with one of these, or with white space (before
# "back"): its words' first letters in lower case, "ſ" (which matches "s" case-blind, and
# is its own lower case), and its signs. A line starting with any other character is no
# match, without the expression (which tries each of its words in turn).
_NOISE_FIRST: Final = frozenset(">»›[xđtbclqrsawpvg«‹<←ſ")


def is_noise_text(text: str) -> bool:
    """Whether a line points elsewhere ("Xem thêm: …", ">> …") rather than being text.

    >>> is_noise_text(">> Xả rác, sự hồn nhiên độc ác"), is_noise_text("Mưa lớn kéo dài.")
    (True, False)
    """
    first = text[:1]
    if first.lower() not in _NOISE_FIRST and not first.isspace():
        return False  # (no text at all is no match either)
    return bool(_NOISE_LINE_RE.match(text))
