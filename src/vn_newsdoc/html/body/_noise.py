"""What is never the article: page furniture by class or id, "read more" lines, and the
scripts, styles, forms and hidden parts :func:`strip_page` removes before reading."""

from __future__ import annotations

import enum
import itertools
import re
import unicodedata
from typing import Final

from lxml import etree
from lxml.etree import XPath, _Element

from vn_newsdoc._tree import drop_tag, text_content
from vn_newsdoc.html._hints import (
    NOISE_FRAGMENTS,
    NOISE_WORDS,
    PAGE_BUILDER_BOX,
    TAXONOMY_CLASS,
    TEASER_WORDS,
    prescreened,
)
from vn_newsdoc.text import drop_xml_invalid

__all__ = [
    "holds_sentences",
    "is_noise_element",
    "is_noise_text",
    "noise_by_attributes",
    "noise_by_class",
    "strip_page",
    "without_view_hint",
]

# Elements that never hold article text.
_DROP_TAGS: Final = frozenset(
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
_HIDDEN_STYLE_RE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# What may hide an element, each found on its own (reached from the attributes, which
# libxml2 finds faster than testing every element; "//*/@x" walks the elements only, where
# "//@x" walks every node, text included): the styles, as values that know their element
# (no look-up of the style again), the elements with a hidden attribute, and those whose
# aria-hidden is "true". Unlike their union, which merges and sorts the three sets (and
# goes up from each attribute to its element), they are searched one after the other; the
# order elements are dropped in changes nothing (see _drop_hidden).
_STYLES_XPATH: Final = XPath("//*/@style")
_HIDDEN_ATTRIBUTE_XPATH: Final = XPath("//*/@hidden/..")
_ARIA_HIDDEN_XPATH: Final = XPath("//*/@aria-hidden[. = 'true']/..")
# The elements around the page's ``<main>``: a menu or a ``<nav>`` among them is one the
# page left open, which the parser makes wrap the rest of the page, the article too.
_AROUND_MAIN_XPATH: Final = XPath("//main/ancestor::*")
_PAGE_TAGS: Final = frozenset({"html", "body"})
# React's server rendering streams a part of the page, ready, into a hidden box with an id
# ``S:<n>`` for its script to move into place: the page's text, not a hidden part.
_STREAMED_ID_RE: Final = re.compile(r"S:\d+$")

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


def strip_page(root: _Element) -> None:
    """Remove, in place, what is never article text: scripts, styles, forms, hidden parts.

    Run it after metadata (JSON-LD lives in scripts) has been read. Tails are kept. A
    button holding paragraphs (one the page left open, which the parser makes wrap the
    rest of the page) loses its tag only, and so does a menu or a ``<nav>`` holding the
    page's ``<main>`` (left open before it), and a box hidden by React's streaming
    (``<div hidden id="S:0">``, moved in place by its script) stays.

    Args:
        root: The page's root element; changed in place.

    >>> from lxml.html import document_fromstring, tostring
    >>> page = document_fromstring(
    ...     "<p>Một<script>x()</script> hai<span style='display:none'>ẩn</span> ba</p>")
    >>> strip_page(page)
    >>> page.text_content()
    'Một hai ba'
    """
    # One walk finds both (buttons and mains are rare, the walk is in C).
    buttons: list[_Element] = []
    mains: list[_Element] = []
    for el in root.iter("button", "main"):
        (mains if el.tag == "main" else buttons).append(el)
    _strip_page(root, buttons, mains)


def _strip_page(root: _Element, buttons: list[_Element], mains: list[_Element]) -> None:
    """:func:`strip_page`, given the page's buttons and ``<main>`` elements in page order
    (which the metadata's walk finds on its way)."""
    # A button left open swallows the page after it: its paragraphs are the page's text.
    for button in buttons:
        if next(button.iterdescendants("p"), None) is not None:
            drop_tag(button)
    # So does a menu (a ``<nav>``, a list or item named as one) left open before ``<main>``.
    for el in _around_main(root, mains):
        if el.tag not in _PAGE_TAGS and (el.tag in _DROP_TAGS or is_noise_element(el)):
            drop_tag(el)
    etree.strip_elements(root, *_DROP_TAGS, with_tail=False)
    _drop_hidden(root)


def _drop_hidden(root: _Element) -> None:
    """Drop the elements an inline style, a ``hidden`` attribute (React's streamed boxes
    aside) or ``aria-hidden="true"`` (images aside) hides.

    The elements dropped are those of the three searches together, whatever the order:
    dropping an element changes no attribute, and the text left in the tree does not
    depend on the order either (the tails of a run of dropped siblings join the text
    before the run in page order, one by one or in a block; a tail inside a dropped
    element leaves with it). An element found twice, or inside one dropped already, is
    dropped from where it is (nothing, or a part already out of the page).
    """
    # (_drop_tree leaves the page's root element alone, the one without a parent.)
    for style in _STYLES_XPATH(root):
        # What _style_hides remembers, read here: no call for a style judged before.
        hides = _HIDING.get(style)
        if hides is None:
            hides = bool(style) and _style_hides(style)
        if hides:
            el = style.getparent()
            if isinstance(el, _Element):
                _drop_tree(el)
    for el in _HIDDEN_ATTRIBUTE_XPATH(root):
        # The id's name as bytes, which lxml takes as it is (a str it encodes each time).
        if isinstance(el, _Element) and not _STREAMED_ID_RE.match(el.get(b"id") or ""):
            _drop_tree(el)
    for el in _ARIA_HIDDEN_XPATH(root):
        if isinstance(el, _Element) and el.tag != "img":
            _drop_tree(el)


# Pages set the same styles on many elements (a page of the corpus: 60 styles, 25 of them
# different): each is judged once. Past the bound all are forgotten (what is kept changes
# no answer); longer styles are judged each time.
_HIDING: dict[str, bool] = {}
_HIDING_MAX: Final = 1 << 12
_HIDING_LEN: Final = 200


def _style_hides(style: str) -> bool:
    """:func:`_hides`, each style judged once (see ``_HIDING``)."""
    said = _HIDING.get(style)
    if said is None:
        said = _hides(style)
        if len(style) <= _HIDING_LEN:
            if len(_HIDING) >= _HIDING_MAX:
                _HIDING.clear()
            _HIDING[style] = said
    return said


def _hides(style: str) -> bool:
    """Whether an inline style hides its element (``display: none``, ``visibility:
    hidden``): what ``_HIDDEN_STYLE_RE`` finds.

    >>> _hides("color: red; DISPLAY :none"), _hides("overflow: hidden; display: block")
    (True, False)
    """
    if style.isascii():  # the usual case: plain searches of the style in lower case
        lowered = style.lower()
        return _declares(lowered, "display", "none") or _declares(lowered, "visibility", "hidden")
    # Outside ASCII, letters such as "ſ" or "ı" match the expression's in any case.
    return _HIDDEN_STYLE_RE.search(style) is not None


def _declares(lowered: str, name: str, value: str) -> bool:
    """Whether ``lowered`` (an ASCII style in lower case) holds ``name``, white space,
    ``:``, white space and ``value`` (``\\s*`` of the expression: ``str.isspace``)."""
    size = len(lowered)
    at = lowered.find(name)
    while at >= 0:
        pos = at + len(name)
        while pos < size and lowered[pos].isspace():
            pos += 1
        if pos < size and lowered[pos] == ":":
            pos += 1
            while pos < size and lowered[pos].isspace():
                pos += 1
            if lowered.startswith(value, pos):
                return True
        at = lowered.find(name, at + 1)
    return False


def _around_main(root: _Element, mains: list[_Element]) -> list[_Element]:
    """The elements around the page's ``<main>`` elements, in document order (what
    ``//main/ancestor::*`` finds): walked up from a single ``<main>``, the usual case."""
    if len(mains) == 1:
        return list(mains[0].iterancestors())[::-1]
    return _AROUND_MAIN_XPATH(root) if mains else []


def _drop_tree(el: _Element) -> None:
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
