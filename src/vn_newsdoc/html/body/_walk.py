"""Reading the body: one walk over its elements, emitting text blocks and pictures."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Final

from lxml.etree import _Element

from vn_newsdoc.html._stamps import glued_stamp
from vn_newsdoc.html._thresholds import GALLERY_PICTURES, HEADING_LINE_MAX
from vn_newsdoc.html.body._blocks import (
    _IMAGE_TAGS,
    BodyBlock,
    _holds_text,
    _most,
    _picture,
    _pictures_in,
    _prefolded,
)
from vn_newsdoc.html.body._boxes import credit_beside, is_gallery, text_and_credit
from vn_newsdoc.html.body._formats import (
    _FORMATTING_TAGS,
    _HEADING_TAGS,
    _alignment,
    _Format,
    _format,
)
from vn_newsdoc.html.body._noise import holds_sentences, noise_by_class
from vn_newsdoc.html.body._tables import is_picture_table
from vn_newsdoc.html.figures import (
    caption_after_picture,
    caption_by_names,
    credit_element,
    figure_by_names,
    image_source,
)
from vn_newsdoc.text import _clean_vouched

__all__ = ["INLINE_TAGS", "BodyBlock", "read_blocks"]

_MAX_DEPTH: Final = 300  # the walk stops descending deeper than this (pages nest far less)

INLINE_TAGS: Final = frozenset(
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
"""Tags that continue the text of the block around them."""

_NOT_ARTICLE_TAGS: Final = frozenset({"header", "footer", "aside", "menu", "dialog"})
# Empty elements never shown: schema.org microdata (``<meta itemprop="name" content=...>``)
# sits in the middle of sentences.
_UNSEEN_TAGS: Final = frozenset({"meta", "link"})


def keyword_in_sentence(link: _Element) -> bool:
    """Whether ``link`` is a word of a sentence that a site links to its topic page
    (``<a class="textTag" rel="tag">space travel</a>``): the sentence goes on after it,
    and the element holding it holds sentences (:func:`holds_sentences`). A tag bar's
    links have no sentence around them.

    >>> from lxml.html import fragment_fromstring as f
    >>> p = f("<p>Bức xạ là mối nguy chính của <a class='tag'>du hành vũ trụ</a>, nhưng "
    ...       "tổ bay ngủ đông sẽ ở trong khoang kín suốt chặng đường dài.</p>")
    >>> keyword_in_sentence(p[0])
    True
    >>> keyword_in_sentence(f("<p>Chủ đề: <a class='tag'>lúa</a></p>")[0])
    False
    """
    parent = link.getparent()
    tail = link.tail or ""
    return parent is not None and bool(tail.strip()) and holds_sentences(parent)


class _Walker:
    """One walk over the body's elements, emitting blocks in document order."""

    def __init__(
        self,
        skip: frozenset[_Element],
        drop: Sequence[_Element],
        *,
        lines: bool = False,
        keep: frozenset[_Element] | Callable[[_Element], bool] = frozenset(),
    ) -> None:
        self.lines = lines
        self.skip = skip
        self.drop = frozenset(drop)
        self.left_out = skip | self.drop  # one look per element instead of two
        # Whether an element is read whatever its names say (one of a set, or by a test):
        # asked only of an element whose names make it furniture (most bodies hold none).
        self.kept: Callable[[_Element], bool] = (
            keep.__contains__ if isinstance(keep, frozenset) else keep
        )
        self.blocks: list[BodyBlock] = []
        self.parts: list[str] = []  # the block's text so far (emptied, never replaced)
        self.chars = 0
        self.bold = 0
        self.italic = 0
        self.link = 0
        self.looks: dict[str, int] = {}
        self.after_image = False
        self.last_br = False
        self.credit: str | None = None  # a credit read from an element inside the block
        # The current block context.
        self.element: _Element | None = None
        self.kind = "p"
        self.level = 2
        self.align = ""

    # -- text runs ---------------------------------------------------------------------
    def add(self, text: str | None, fmt: _Format) -> None:
        if not text:
            return
        self.parts.append(text)
        if not text.isspace():  # white space alone is kept but counts no character
            self.count(text, fmt)

    def count(self, text: str, fmt: _Format) -> None:
        """Count the characters of a run that is not only white space by its format."""
        n = len(text.strip())
        self.last_br = False
        self.chars += n
        if fmt.bold:
            self.bold += n
        if fmt.italic:
            self.italic += n
        if fmt.link:
            self.link += n
        looks = self.looks
        shown = fmt.look
        looks[shown] = looks.get(shown, 0) + n

    def flush(self) -> None:
        if not self.chars and self.credit is None:
            # White space alone between blocks (no character counted, no credit) makes no
            # block: it is not cleaned either. (No character counted: no share, no look.)
            self.parts.clear()
            self.last_br = False
            return
        credit, self.credit = self.credit, None
        if (self.parts and self.chars) or credit:
            text = _clean_vouched(_prefolded("".join(self.parts)))
            if (text and self.chars) or credit:
                chars = self.chars or 1
                # (Its fields in order, not by name: a call by name costs far more here.)
                self.blocks.append(
                    BodyBlock(
                        self.kind,
                        text,
                        self.element,
                        self.level,
                        self.bold / chars,
                        self.italic / chars,
                        self.link / chars,
                        self.align,
                        None,
                        self.after_image,
                        _most(self.looks),
                    )
                )
                self.blocks[-1].credit = credit
                self.after_image = False
        self.parts.clear()
        self.looks.clear()
        self.chars = self.bold = self.italic = self.link = 0
        self.last_br = False

    def image(self, img: _Element) -> None:
        src = image_source(img)
        if src is None:
            return
        self.flush()
        self.blocks.append(_picture(img, src))
        self.after_image = True

    def picture_above(self) -> bool:
        """Whether the last thing read was a picture (no text since)."""
        return not self.parts and bool(self.blocks) and self.blocks[-1].kind == "image"

    # -- the walk ----------------------------------------------------------------------
    def walk(self, el: _Element, fmt: _Format, depth: int) -> None:
        raw = el.tag  # as the page writes it: a picture's box or a caption is named so
        if not isinstance(raw, str) or el in self.left_out:
            return
        if depth > _MAX_DEPTH:
            self.add(" ".join(el.itertext()), fmt)
            return
        tag = raw.lower()
        if tag in _IMAGE_TAGS:
            self.image(el)
            return
        if tag == "br":
            heading_line = 0 < self.chars == self.bold and self.chars <= HEADING_LINE_MAX
            if (self.lines or self.last_br or heading_line) and self.parts:
                self.flush()
            else:
                self.parts.append("\n")
                self.last_br = True
            return
        if tag == "hr":
            self.flush()
            return
        if tag in _UNSEEN_TAGS:  # microdata inside a sentence does not end it
            return
        # The names of its attributes: one call, and none of the look-ups below is made
        # for an attribute it lacks (most elements of a body have none, or a class only).
        names = el.keys()
        classed = el.get("class") if "class" in names else None  # read once for all looks
        if tag in _NOT_ARTICLE_TAGS or (
            names  # (no attribute: nothing names it furniture, without a call)
            and noise_by_class(el, names, classed)
            and not self.kept(el)
            and not (tag in INLINE_TAGS and tag != "a" and holds_sentences(el))
            and not (tag == "a" and keyword_in_sentence(el))
        ):
            return
        if tag in _HEADING_TAGS and _holds_text(el):
            tag = "div"  # text written in a heading's style: paragraphs, not a heading
        # Its style and class, each read once for all the looks below (an inline element's
        # class says nothing of its formatting, nor makes it a picture's box or a caption).
        style = (el.get("style") or "") if "style" in names else ""
        # Inline too: a custom element (a web component, a hyphen in its name), which
        # browsers lay out inline unless told otherwise (a citation's <hl-trusted-source>
        # inside a sentence does not end it); not AMP's components (amp-…), laid out as
        # blocks by their runtime.
        inline = tag in INLINE_TAGS or ("-" in tag and not tag.startswith("amp-"))
        classes = None if inline else classed
        if style or tag in _FORMATTING_TAGS:  # (else nothing changes it: _format's own test)
            fmt = _format(el, tag, fmt, names, style, classes)  # (in order: cheaper than by name)
        if inline:
            self.inline(el, fmt, depth)
            return
        if figure_by_names(raw, classes) or (tag == "table" and is_picture_table(el)):
            # Its pictures found once, for the figure's picture and the gallery's test (a
            # box of fewer pictures than a gallery's is none: not asked).
            pictures = _pictures_in(el)
            if len(pictures) < GALLERY_PICTURES or not is_gallery(el):
                self.figure(el, pictures)
                return
        # A block element: its text starts and ends a block.
        if self.chars or self.credit is not None:
            self.flush()
        else:  # flush() with nothing to make a block of (most block elements)
            self.parts.clear()
            self.last_br = False
        saved = (self.element, self.kind, self.level, self.align)
        self.element = el
        self.set_kind(el, tag, fmt.quote, raw, classes, names)  # (in order: cheaper than by name)
        if style or "align" in names:  # nothing else sets an alignment
            align = _alignment(el, style, names)
            if align:
                self.align = align
        self.children(el, fmt, depth)
        self.flush()
        self.after_image = False  # "after a picture" holds inside one block only
        self.element, self.kind, self.level, self.align = saved

    def set_kind(  # noqa: PLR0917  (the walk calls it in order: cheaper than by name)
        self,
        el: _Element,
        tag: str,
        quote: bool,
        raw: str,
        classes: str | None,
        names: list[str],
    ) -> None:
        """The kind of the block element ``el`` opens (``tag``: as the walk reads it;
        ``raw``: as the page writes it; ``classes``: its class, ``None`` where it has none;
        ``names``: its attributes' names)."""
        if tag in _HEADING_TAGS:
            self.kind, self.level = "heading", max(2, int(tag[1]))
        elif quote:
            self.kind = "quote"
        elif tag == "li":
            self.kind = "li"
        elif (
            self.blocks
            and self.blocks[-1].kind in ("image", "caption")
            and credit_element(el, named=True)
            and not caption_by_names(raw, classes, el.get("id") if "id" in names else None)
        ):
            self.kind = "credit"
        elif caption_by_names(raw, classes, el.get("id") if "id" in names else None) or (
            self.picture_above() and caption_after_picture(el)
        ):
            self.kind = "caption"
        elif self.kind not in ("caption", "li", "credit"):
            self.kind = "p"

    def inline(self, el: _Element, fmt: _Format, depth: int) -> None:
        if self.chars and (self.kind == "caption" or self.after_image):
            # A credit set in its own element inside a caption: kept apart.
            credit = credit_element(el)
            if credit is not None and self.credit is None:
                self.credit = credit
                return
        opening = not self.chars
        self.children(el, fmt, depth)
        if opening and glued_stamp(el):  # "<b>HÀ NỘI</b>Hôm nay": two words
            self.parts.append(" ")

    def children(self, el: _Element, fmt: _Format, depth: int) -> None:
        # add() written out: this loop runs for every element of the body. The children
        # as a list: lxml builds it in one call, cheaper than an iterator.
        parts = self.parts
        text = el.text
        if text:
            parts.append(text)
            if not text.isspace():
                self.count(text, fmt)
        depth += 1
        for child in el[:]:
            self.walk(child, fmt, depth)
            text = child.tail
            if text:
                parts.append(text)
                if not text.isspace():
                    self.count(text, fmt)

    def figure(self, el: _Element, pictures: list[tuple[_Element, str]]) -> None:
        """A ``<figure>`` or caption box: its picture, then its caption text and credit
        (``pictures``: the pictures inside it with their addresses, :func:`_pictures_in`)."""
        self.flush()
        saved = (self.element, self.kind, self.level, self.align)
        self.element = el
        self.kind = "caption"
        if pictures:
            img, src = pictures[0]
            self.blocks.append(_picture(img, src))
        caption: _Element | None = None
        for node in el.iter():
            tag = node.tag  # read once for both looks
            if not isinstance(tag, str) or tag in _IMAGE_TAGS:
                continue
            names = node.keys()
            if caption_by_names(
                tag,
                node.get("class") if "class" in names else None,
                node.get("id") if "id" in names else None,
            ):
                caption = node
                break
        # No marked caption: the box's own text is its caption.
        text, credit = text_and_credit(caption if caption is not None else el)
        if credit is None and caption is not None:
            credit = credit_beside(el, caption)
        if text or credit:
            block = BodyBlock("caption", text, element=el, italic=1.0)
            block.credit = credit
            self.blocks.append(block)
        self.element, self.kind, self.level, self.align = saved


def read_blocks(
    containers: Iterable[_Element],
    *,
    skip: frozenset[_Element],
    drop: Sequence[_Element] = (),
    lines: bool = False,
    keep: frozenset[_Element] | Callable[[_Element], bool] = frozenset(),
) -> list[BodyBlock]:
    """Walk the body element(s) once and return their blocks in reading order.

    Args:
        containers: The element(s) holding the body, in document order.
        skip: Elements read elsewhere (the headline, lead, dateline), left out here.
        drop: More elements to leave out (a site profile's furniture).
        lines: Split blocks at every line break, not only at a blank line (``<br><br>``).
        keep: Elements read whatever their class or id says (the boxes the body's text
            runs through, however a page builder names them), or a test telling them: it
            is asked only of an element whose names make it furniture.

    Returns:
        Text blocks and pictures, in document order, before :func:`assemble`.
    """
    walker = _Walker(skip, drop, lines=lines, keep=keep)
    plain = _Format(bold=False, italic=False, link=False, quote=False)
    for container in containers:
        walker.element = container
        walker.kind = "p"
        walker.children(container, plain, 0)
        walker.flush()
        walker.after_image = False  # a picture ending one container is not in the next
    return walker.blocks
