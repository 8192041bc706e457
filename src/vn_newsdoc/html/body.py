"""The article body: find the element that holds it, then read it in one walk.

:func:`find_containers` scores the page's text blocks (text length, commas, link density,
class and id hints such as ``content``, ``detail``, ``fck_detail``) and returns the element
(or adjacent sibling elements) holding the article. :func:`read_blocks` walks those
elements once, in document order, gathering each text block's text with its styling
(bold, italic, alignment, link share) and the pictures between them; :func:`assemble` then
decides which blocks are captions of which pictures, and drops what is not the article
(related links, "Xem thêm" lines, share bars). Nothing here reads text twice.

>>> from lxml.html import document_fromstring
>>> page = document_fromstring(
...     "<html><body><div class='detail'><p>Đoạn một, dài đủ để đọc, có dấu phẩy.</p>"
...     "<p><img src='/a.jpg'></p><p><em>Chú thích ảnh</em></p>"
...     "<p>Đoạn hai, cũng dài đủ để đọc.</p></div></body></html>")
>>> blocks = assemble(read_blocks(find_containers(page), skip=frozenset()))
>>> for block in blocks:
...     print(block.kind, block.text)
p Đoạn một, dài đủ để đọc, có dấu phẩy.
figure Chú thích ảnh
p Đoạn hai, cũng dài đủ để đọc.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from lxml import etree
from lxml.etree import XPath
from lxml.html import HtmlElement

from vn_newsdoc.html.figures import image_source, is_caption_element, is_figure_element
from vn_newsdoc.text import clean

__all__ = [
    "BodyBlock",
    "assemble",
    "find_containers",
    "is_noise_element",
    "is_noise_text",
    "read_blocks",
    "strip_page",
]

# ---------------------------------------------------------------------------------------
# What is not the article.

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
_HIDDEN_XPATH = XPath("//*[@style or @hidden or @aria-hidden]")

# Class/id words of page furniture (matched as whole words, split on - and _).
_NOISE_WORDS = frozenset(
    {
        "related",
        "relate",
        "relates",
        "relatednews",
        "share",
        "sharing",
        "social",
        "comment",
        "comments",
        "banner",
        "ads",
        "ad",
        "adv",
        "advert",
        "advertisement",
        "adsbygoogle",
        "quangcao",
        "tag",
        "tags",
        "keyword",
        "keywords",
        "breadcrumb",
        "breadcrumbs",
        "footer",
        "nav",
        "navigation",
        "menu",
        "sidebar",
        "widget",
        "rating",
        "rate",
        "stars",
        "vote",
        "subscribe",
        "newsletter",
        "popup",
        "modal",
        "toolbar",
        "sponsor",
        "sponsored",
        "promo",
        "recommend",
        "recommended",
        "mostread",
        "trending",
        "readmore",
        "seemore",
        "tinkhac",
        "lienquan",
        "tinlienquan",
        "xemthem",
        "docthem",
        "splienquan",
        "othernews",
    }
)
# Fragments that mark furniture even inside longer words ("box_tinlienquanv2").
_NOISE_FRAGMENTS_RE = re.compile(
    r"lienquan|lien-quan|tinkhac|tin-khac|xemthem|xem-them|docthem|doc-them|adsby|"
    r"quangcao|comment|relate|relation|social|sharing|share-|-share|_share|share_|"
    r"\blikes?(?:count|subj|box|btn|button)",
    re.IGNORECASE,
)
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
    r"loading\.*$|quảng\s+cáo$|advertisement$|read\s+more\b|related\b|see\s+also\b)",
    re.IGNORECASE,
)

_TEXT_MIN = 25  # characters for a block to count when scoring containers
_MAX_DEPTH = 300  # the walk stops descending deeper than this (pages nest far less)


# Classes a CMS puts on the article itself to name its taxonomy ("tag-bong-da",
# "category-thoi-su" on a WordPress post): they name a topic, not a tag bar.
_TAXONOMY_CLASS_RE = re.compile(
    r"^(?:tag|category|cat|topic|chuyen-muc)-(?!(?:list|box|bar|links|wrap|wrapper|area|"
    r"item|items|cloud|title|name)$)[\w-]+$",
    re.IGNORECASE,
)


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
            el.drop_tree()


# ---------------------------------------------------------------------------------------
# Finding the body.

_GOOD_HINT_RE = re.compile(
    r"article|content|detail|entry|post|story|body|main|text|fck|noidung|news|chitiet|"
    r"baiviet|journal",
    re.IGNORECASE,
)
_BAD_HINT_RE = re.compile(
    r"comment|sidebar|footer|header|menu|nav|related|relate|lienquan|widget|banner|"
    r"ads|advert|promo|share|social|tag|popup|modal|breadcrumb|tinkhac|othernews|"
    r"most|hot|list|box-?news|timeline",
    re.IGNORECASE,
)
_PARA_TAGS = ("p", "pre", "td", "li", "h2", "h3", "blockquote", "div")


def _own_text(el: HtmlElement) -> tuple[int, int, int]:
    """Characters, characters inside links, and commas of the text directly in ``el``
    and its inline children (nested blocks are scored on their own)."""
    texts = [el.text or ""]
    linked = 0
    for child in el:
        tag = child.tag
        if isinstance(tag, str) and tag in _INLINE_TAGS:
            inner = "".join(child.itertext())
            texts.append(inner)
            if tag == "a":
                linked += len(inner.strip())
        texts.append(child.tail or "")
    text = " ".join(texts)
    return len(text.strip()), linked, text.count(",")


def _hint_weight(el: HtmlElement) -> float:
    weight = 0.0
    if el.get("itemprop") == "articleBody":
        weight += 40.0
    elif el.tag == "article":
        weight += 10.0
    raw = f"{el.get('class', '')} {el.get('id', '')} {el.get('data-role', '')}"
    if not raw.strip():
        return weight
    if _GOOD_HINT_RE.search(raw):
        weight += 25.0
    if _BAD_HINT_RE.search(raw):
        weight -= 25.0
    return weight


def find_containers(root: HtmlElement) -> list[HtmlElement]:
    """The element(s) holding the article body, by content scoring.

    Each text block of 25 characters or more scores by length and commas; the score goes
    to its parent in full and to its grandparent in half. Candidates gain or lose by
    class/id hints (``itemprop=articleBody`` and ``<article>`` count too) and are scaled by
    how little of their text is links. Siblings of the winner that score nearly as well,
    or fairly well with the same class, are kept beside it, in document order.

    Args:
        root: The page (already stripped with :func:`strip_page`).

    Returns:
        One or more elements in document order; none when no block of text scores (a
        page of menus and links has no body).

    >>> from lxml.html import document_fromstring
    >>> page = document_fromstring(
    ...     "<div id='menu'><a href='/'>Trang chủ</a></div><div class='content'>"
    ...     "<p>Một đoạn văn khá dài, có dấu phẩy, để được chấm điểm.</p></div>")
    >>> [e.get("class") for e in find_containers(page)]
    ['content']
    """
    scores: dict[HtmlElement, float] = {}
    chars: dict[HtmlElement, list[int]] = {}
    for el in root.iter(*_PARA_TAGS):
        length, linked, commas = _own_text(el)
        if length < _TEXT_MIN:
            continue
        parent = el.getparent()
        if parent is None:
            continue
        share = linked / length
        text_score = (1.0 + min(length / 100.0, 3.0) + min(commas / 3.0, 3.0)) * (1.0 - share)
        for target, weight in ((parent, 1.0), (parent.getparent(), 0.5)):
            if target is None:
                continue
            scores[target] = scores.get(target, 0.0) + text_score * weight
            counts = chars.setdefault(target, [0, 0])
            counts[0] += length
            counts[1] += linked
    if not scores:
        return []

    def final(el: HtmlElement) -> float:
        total, linked = chars[el]
        return (scores[el] + _hint_weight(el)) * (1.0 - linked / total if total else 1.0)

    best = max(scores, key=final)
    best_score = final(best)
    parent = best.getparent()
    if parent is None:
        return [best]
    # A sibling joins the winner when it scores nearly as well, or when it carries the
    # same class and scores fairly (an article split in two boxes by an advert).
    kin = best.get("class")
    kept = []
    for sibling in parent:
        if sibling is best:
            kept.append(sibling)
        elif sibling in scores and not is_noise_element(sibling):
            score = final(sibling)
            same = kin is not None and sibling.get("class") == kin and sibling.tag == best.tag
            if score >= max(10.0, best_score * (0.2 if same else 0.6)):
                kept.append(sibling)
    return kept


# ---------------------------------------------------------------------------------------
# Reading the body.

_INLINE_TAGS = frozenset(
    {
        "a",
        "abbr",
        "acronym",
        "b",
        "bdi",
        "bdo",
        "big",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "ins",
        "kbd",
        "label",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
        "nobr",
        "o:p",
    }
)
_QUOTE_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:quote|blockquote|pullquote|trich-?dan)", re.I)
_IMAGE_TAGS = frozenset({"img", "amp-img"})
_BOLD_TAGS = frozenset({"b", "strong"})
_NOT_ARTICLE_TAGS = frozenset({"header", "footer", "aside", "menu", "dialog"})
_ITALIC_TAGS = frozenset({"i", "em", "cite"})
_BOLD_STYLE_RE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.IGNORECASE)
_NOT_BOLD_STYLE_RE = re.compile(r"font-weight\s*:\s*(?:normal|[1-4]00)", re.IGNORECASE)
_ITALIC_STYLE_RE = re.compile(r"font-style\s*:\s*(?:italic|oblique)", re.IGNORECASE)
_NOT_ITALIC_STYLE_RE = re.compile(r"font-style\s*:\s*normal", re.IGNORECASE)
_ALIGN_STYLE_RE = re.compile(r"text-align\s*:\s*(left|right|center|justify)", re.IGNORECASE)
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


class _Format(NamedTuple):
    """The inline formatting in force at a point of the walk."""

    bold: bool
    italic: bool
    link: bool
    quote: bool


def _format(el: HtmlElement, tag: str, fmt: _Format) -> _Format:
    """The formatting inside ``el``, given the formatting around it."""
    style = el.get("style") or ""
    bold, italic, link, quote = fmt
    if tag in _BOLD_TAGS or tag in _HEADING_TAGS or (style and _BOLD_STYLE_RE.search(style)):
        bold = True
    elif style and _NOT_BOLD_STYLE_RE.search(style):
        bold = False
    if tag in _ITALIC_TAGS or (style and _ITALIC_STYLE_RE.search(style)):
        italic = True
    elif style and _NOT_ITALIC_STYLE_RE.search(style):
        italic = False
    if tag == "a" and el.get("href"):
        link = True
    if tag == "blockquote" or (
        tag in ("div", "p", "aside") and _QUOTE_CLASS_RE.search(el.get("class", ""))
    ):
        quote = True
    if (bold, italic, link, quote) == fmt:
        return fmt
    return _Format(bold, italic, link, quote)


def _alignment(el: HtmlElement) -> str:
    style = el.get("style")
    match = _ALIGN_STYLE_RE.search(style) if style else None
    if match:
        return match.group(1).lower()
    return (el.get("align") or "").lower()


class BodyBlock:
    """One block of the body as read from the page, with what its styling says.

    ``kind`` is ``"p"``, ``"heading"``, ``"quote"``, ``"li"``, ``"caption"`` (marked as a
    caption by the page), ``"image"`` (a picture, ``src`` set, no text) or, after
    :func:`assemble`, ``"figure"`` (a picture with its caption in ``text``).
    """

    __slots__ = (
        "after_image",
        "align",
        "bold",
        "credit",
        "element",
        "italic",
        "kind",
        "level",
        "link",
        "src",
        "text",
    )

    def __init__(
        self,
        kind: str,
        text: str = "",
        *,
        element: HtmlElement | None = None,
        level: int = 2,
        bold: float = 0.0,
        italic: float = 0.0,
        link: float = 0.0,
        align: str = "",
        src: str | None = None,
        after_image: bool = False,
    ) -> None:
        self.kind = kind
        self.text = text
        self.element = element
        self.level = level
        self.bold = bold
        """Share of the text in bold (0 to 1)."""
        self.italic = italic
        """Share of the text in italics (0 to 1)."""
        self.link = link
        """Share of the text inside links (0 to 1)."""
        self.align = align
        self.src = src
        self.after_image = after_image
        """The block follows a picture inside the same paragraph (after a ``<br>``)."""
        self.credit: str | None = None

    def __repr__(self) -> str:
        return f"BodyBlock({self.kind!r}, {self.text[:40]!r})"

    @property
    def styled(self) -> bool:
        """Italic for most of its text (the usual caption style)."""
        return self.italic >= 0.6


class _Walker:
    """One walk over the body's elements, emitting blocks in document order."""

    def __init__(
        self, skip: frozenset[HtmlElement], drop: Sequence[HtmlElement], *, lines: bool = False
    ) -> None:
        self.lines = lines
        self.skip = skip
        self.drop = frozenset(drop)
        self.blocks: list[BodyBlock] = []
        self.parts: list[str] = []
        self.chars = 0
        self.bold = 0
        self.italic = 0
        self.link = 0
        self.after_image = False
        self.last_br = False
        # The current block context.
        self.element: HtmlElement | None = None
        self.kind = "p"
        self.level = 2
        self.align = ""

    # -- text runs ---------------------------------------------------------------------
    def add(self, text: str | None, fmt: _Format) -> None:
        if not text:
            return
        self.parts.append(text)
        n = len(text.strip())
        if n:
            self.last_br = False
            self.chars += n
            if fmt.bold:
                self.bold += n
            if fmt.italic:
                self.italic += n
            if fmt.link:
                self.link += n

    def flush(self) -> None:
        if self.parts:
            text = clean("".join(self.parts))
            if text and self.chars:
                self.blocks.append(
                    BodyBlock(
                        self.kind,
                        text,
                        element=self.element,
                        level=self.level,
                        bold=self.bold / self.chars,
                        italic=self.italic / self.chars,
                        link=self.link / self.chars,
                        align=self.align,
                        after_image=self.after_image,
                    )
                )
                self.after_image = False
        self.parts = []
        self.chars = self.bold = self.italic = self.link = 0
        self.last_br = False

    def image(self, img: HtmlElement) -> None:
        src = image_source(img)
        if src is None:
            return
        self.flush()
        self.blocks.append(BodyBlock("image", element=img, src=src))
        self.after_image = True

    # -- the walk ----------------------------------------------------------------------
    def walk(self, el: HtmlElement, fmt: _Format, depth: int) -> None:
        tag = el.tag
        if not isinstance(tag, str) or el in self.skip or el in self.drop:
            return
        if depth > _MAX_DEPTH:
            self.add(" ".join(el.itertext()), fmt)
            return
        tag = tag.lower()
        if tag in _IMAGE_TAGS:
            self.image(el)
            return
        if tag == "br":
            if (self.lines or self.last_br) and self.parts:
                self.flush()
            else:
                self.parts.append("\n")
                self.last_br = True
            return
        if tag == "hr":
            self.flush()
            return
        if tag in _NOT_ARTICLE_TAGS or is_noise_element(el):
            return
        fmt = _format(el, tag, fmt)
        if tag in _INLINE_TAGS:
            self.children(el, fmt, depth)
            return
        if is_figure_element(el):
            self.figure(el)
            return
        # A block element: its text starts and ends a block.
        self.flush()
        saved = (self.element, self.kind, self.level, self.align)
        self.element = el
        if tag in _HEADING_TAGS:
            self.kind, self.level = "heading", max(2, int(tag[1]))
        elif fmt.quote:
            self.kind = "quote"
        elif tag == "li":
            self.kind = "li"
        elif is_caption_element(el):
            self.kind = "caption"
        elif self.kind not in ("caption", "li"):
            self.kind = "p"
        align = _alignment(el)
        if align:
            self.align = align
        self.children(el, fmt, depth)
        self.flush()
        self.after_image = False  # "after a picture" holds inside one block only
        self.element, self.kind, self.level, self.align = saved

    def children(self, el: HtmlElement, fmt: _Format, depth: int) -> None:
        self.add(el.text, fmt)
        for child in el:
            self.walk(child, fmt, depth + 1)
            self.add(child.tail, fmt)

    def figure(self, el: HtmlElement) -> None:
        """A ``<figure>`` or caption box: its pictures, then its caption text."""
        self.flush()
        saved = (self.element, self.kind, self.level, self.align)
        self.element = el
        self.kind = "caption"
        first = True
        for node in el.iter():
            if node.tag in _IMAGE_TAGS:
                src = image_source(node)
                if src is not None and first:
                    self.blocks.append(BodyBlock("image", element=node, src=src))
                    first = False
        texts: list[str] = []
        for node in el.iter():
            if not isinstance(node.tag, str) or node.tag in _IMAGE_TAGS:
                continue
            if is_caption_element(node):
                texts.append(" ".join(node.itertext()))
                break
        else:
            # No marked caption: the box's own text is its caption.
            texts.append(" ".join(el.itertext()))
        text = clean(" ".join(texts))
        if text:
            self.blocks.append(BodyBlock("caption", text, element=el, italic=1.0))
        self.element, self.kind, self.level, self.align = saved


def read_blocks(
    containers: Iterable[HtmlElement],
    *,
    skip: frozenset[HtmlElement],
    drop: Sequence[HtmlElement] = (),
    lines: bool = False,
) -> list[BodyBlock]:
    """Walk the body element(s) once and return their blocks in reading order.

    Args:
        containers: The element(s) holding the body, in document order.
        skip: Elements read elsewhere (the headline, lead, dateline), left out here.
        drop: More elements to leave out (a site profile's furniture).
        lines: Split blocks at every line break, not only at a blank line (``<br><br>``).

    Returns:
        Text blocks and pictures, in document order, before :func:`assemble`.
    """
    walker = _Walker(skip, drop, lines=lines)
    plain = _Format(bold=False, italic=False, link=False, quote=False)
    for container in containers:
        walker.element = container
        walker.kind = "p"
        walker.children(container, plain, 0)
        walker.flush()
    return walker.blocks


# ---------------------------------------------------------------------------------------
# From raw blocks to the body.

_CAPTION_MAX = 400  # characters: longer italic text under a picture is body text


def _is_noise_block(block: BodyBlock) -> bool:
    if block.kind == "image":
        return False
    if block.link >= 0.6 and block.kind != "caption":
        return True
    return bool(_NOISE_LINE_RE.match(block.text))


def is_noise_text(text: str) -> bool:
    """Whether a line points elsewhere ("Xem thêm: …", ">> …") rather than being text.

    >>> is_noise_text(">> Xả rác, sự hồn nhiên độc ác"), is_noise_text("Mưa lớn kéo dài.")
    (True, False)
    """
    return bool(_NOISE_LINE_RE.match(text))


def assemble(blocks: list[BodyBlock]) -> list[BodyBlock]:
    """Pair pictures with their captions and drop what is not the article.

    A caption is a block the page marks as one (``figcaption``, a caption class), or the
    text right under a picture when it is set apart: italic, or inside the picture's own
    paragraph after a line break. Further italic lines directly under a caption are
    captions too. Related-article lines and link lists are dropped.

    Args:
        blocks: What :func:`read_blocks` returned.

    Returns:
        Blocks of kind ``p``, ``heading``, ``quote``, ``li`` and ``figure`` (a figure
        carries its caption in ``text``, possibly empty, and its picture in ``src``).
    """
    out: list[BodyBlock] = []
    pending: BodyBlock | None = None  # a picture waiting for its caption
    last_caption = False
    for block in blocks:
        if _is_noise_block(block):
            continue
        if block.kind == "image":
            if pending is not None:
                out.append(_figure(pending, None))
            pending = block
            last_caption = False
            continue
        short = len(block.text) <= _CAPTION_MAX
        if block.kind == "caption":
            if pending is not None:
                out.append(_figure(pending, block))
                pending = None
            elif out and out[-1].kind == "figure" and not out[-1].text:
                out[-1].text = block.text
            else:
                out.append(_figure(None, block))
            last_caption = True
            continue
        if pending is not None:
            # A short right-aligned line under a picture is a signature, not a caption.
            captionable = block.kind in ("p", "quote") and block.align != "right"
            if short and captionable and (block.styled or block.after_image):
                out.append(_figure(pending, block))
                pending = None
                last_caption = True
                continue
            out.append(_figure(pending, None))
            pending = None
        elif (
            last_caption
            and short
            and block.kind == "p"
            and block.italic >= 0.9
            and block.align != "right"
        ):
            out.append(_figure(None, block))
            continue
        last_caption = False
        out.append(block)
    if pending is not None:
        out.append(_figure(pending, None))
    # A heading with nothing after it heads something that is not the article.
    while out and out[-1].kind == "heading":
        out.pop()
    return out


def _figure(image: BodyBlock | None, caption: BodyBlock | None) -> BodyBlock:
    text = caption.text if caption is not None else ""
    element = caption.element if caption is not None else None
    if element is None and image is not None:
        element = image.element
    return BodyBlock(
        "figure",
        text,
        element=element,
        src=image.src if image is not None else None,
        italic=caption.italic if caption is not None else 0.0,
    )
