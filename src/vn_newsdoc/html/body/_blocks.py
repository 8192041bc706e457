"""The blocks the body's walk makes: text blocks and pictures, with what their styling
says."""

from __future__ import annotations

from typing import Final

from lxml.etree import _Element

from vn_newsdoc._tree import text_content
from vn_newsdoc.html._thresholds import HEADLINE_MAX, ITALIC_CAPTION
from vn_newsdoc.html.figures import data_caption, image_source, links_elsewhere

__all__ = ["BodyBlock"]

_IMAGE_TAGS: Final = frozenset({"img", "amp-img"})


class BodyBlock:
    """One block of the body as read from the page, with what its styling says.

    ``kind`` is ``"p"``, ``"heading"``, ``"quote"``, ``"li"``, ``"caption"`` (marked as a
    caption by the page), ``"credit"`` (an element named for a photo credit under a
    picture or caption), ``"image"`` (a picture, ``src`` set; ``text`` is the caption its
    markup carries for gallery scripts, if any; ``link`` is 1 when it links to another
    page) or, after :func:`assemble`, ``"figure"`` (a picture with its caption in
    ``text`` and perhaps its credit in ``credit``).
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
        "look",
        "src",
        "text",
    )

    def __init__(  # noqa: PLR0917  (the walk makes each block in order: cheaper than by name)
        self,
        kind: str,
        text: str = "",
        element: _Element | None = None,
        level: int = 2,
        bold: float = 0.0,
        italic: float = 0.0,
        link: float = 0.0,
        align: str = "",
        src: str | None = None,
        after_image: bool = False,
        look: str = "|",
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
        """A photo credit the page sets apart from the caption's text."""
        self.look = look
        """Colour and font size of most of its text, as a key (``"|"``: as the page's)."""

    def __repr__(self) -> str:
        return f"BodyBlock({self.kind!r}, {self.text[:40]!r})"

    @property
    def styled(self) -> bool:
        """Italic for most of its text (the usual caption style)."""
        return self.italic >= ITALIC_CAPTION


def _holds_text(heading: _Element) -> bool:
    """Whether a heading element holds more than any headline
    (:data:`~vn_newsdoc.html._thresholds.HEADLINE_MAX`): a portal's editor set the text
    in a heading's style, and it reads as paragraphs.

    >>> from lxml.html import fragment_fromstring
    >>> _holds_text(fragment_fromstring("<h1>" + "Người dân gặt lúa sớm. " * 20 + "</h1>"))
    True
    >>> _holds_text(fragment_fromstring("<h2>Mùa gặt ở Đông Hòa</h2>"))
    False
    """
    return len(text_content(heading).strip()) > HEADLINE_MAX


def _pictures_in(box: _Element) -> list[tuple[_Element, str]]:
    """The pictures inside ``box`` with their addresses (:func:`image_source`), in
    document order: icons, spacers and pictures without an address left out, as
    :func:`~vn_newsdoc.html.body._boxes.is_gallery` counts them.

    >>> from lxml.html import fragment_fromstring
    >>> box = fragment_fromstring("<figure><img src='/i/blank.gif'><img src='/a.jpg'></figure>")
    >>> [src for _, src in _pictures_in(box)]
    ['/a.jpg']
    """
    found: list[tuple[_Element, str]] = []
    for img in box.iter(*_IMAGE_TAGS):
        src = image_source(img)
        if src is not None:
            found.append((img, src))
    return found


def _prefolded(text: str) -> str:
    """``text`` with its white space folded already where that spares :func:`clean` its
    costlier looks, which give the same text either way.

    A block's text as the page's source wraps it holds line breaks and indents: folded
    first, it is clean as it stands (most blocks), and :func:`clean` does not search it
    for characters to drop, compose it or fold it. Each run of white space that holds a
    line break is folded to one space, and the runs at either end are trimmed, by
    splitting the text at its line breaks and trimming each line, empty lines left out:
    the other runs, single spaces between words mostly, are left as they are, where
    splitting at every space and joining the words again costs several times more.

    Folding these runs first changes nothing :func:`clean` gives: it drops or replaces
    no white space but the information separators (``\\x1c`` to ``\\x1f``, dropped)
    and ``\\x0b``, ``\\x0c`` (made spaces), so that a run holding a line break is still
    a run after it, folded to one space in the end, and the runs at the ends are trimmed
    in the end; it composes no letter across white space; and a run inside a line (a
    separator there, which it drops, joining the words around it) is left to it as it is.

    >>> _prefolded("\\n    Mùa gặt\\n    ở Đông Hòa.\\n")
    'Mùa gặt ở Đông Hòa.'
    """
    if "\n" not in text:
        return text  # no line break: most such text is clean, or nearly (a test costs more)
    return " ".join([line for part in text.split("\n") if (line := part.strip())])


def _most(looks: dict[str, int]) -> str:
    """The look of most characters, the first of them in ``looks``' order, as
    ``max(looks, key=looks.__getitem__)`` gives it; ``"|"`` for none.

    >>> _most({"|": 3, "#666|": 5, "|9pt": 5}), _most({})
    ('#666|', '|')
    """
    most = "|"
    count = -1
    for look, n in looks.items():
        if n > count:
            most, count = look, n
    return most


def _picture(img: _Element, src: str) -> BodyBlock:
    """A picture's block: its address, the caption gallery scripts read, its link."""
    block = BodyBlock("image", data_caption(img) or "", element=img, src=src)
    block.link = 1.0 if links_elsewhere(img) else 0.0
    return block
