"""What the reader asks of an element beyond :mod:`lxml.etree`'s own methods.

The reader parses into plain :class:`lxml.etree._Element` objects, not :mod:`lxml.html`'s
``_Element``: an element object is made each time Python first touches an element (and
again once the object is gone), and a plain one is made in C alone, where an
``_Element`` is a Python class to instantiate. The page is walked several times, so
this was a large share of the reader's time. The two ``_Element`` methods the reader
used are here, with the same results.
"""

from __future__ import annotations

from typing import Final, cast

from lxml import etree
from lxml.etree import _Element

from vn_newsdoc.text import drop_xml_invalid

__all__ = ["drop_tag", "text_content"]

_STRING: Final = etree.XPath("string()", smart_strings=False)


def text_content(el: _Element) -> str:
    """All the text inside ``el``, its tail left out (``_Element.text_content``).

    >>> from lxml import etree
    >>> text_content(etree.fromstring("<p>Hà <b>Nội</b> mưa</p>"))
    'Hà Nội mưa'
    """
    return cast(str, _STRING(el))


def drop_tag(el: _Element) -> None:
    """Take ``el``'s tag out of the tree, its text and children kept in its place
    (``_Element.drop_tag``), also where a text it joins holds a control character.

    lxml refuses to set a text holding a control character (``\\x07``) that the page
    itself was allowed to carry; a joined text goes without the characters XML cannot
    hold, as every text the reader keeps does.

    >>> from lxml import etree
    >>> box = etree.fromstring("<div>Hà <b>Nội</b> mưa</div>")
    >>> drop_tag(box[0])
    >>> etree.tostring(box, encoding="unicode")
    '<div>Hà Nội mưa</div>'
    """
    parent = el.getparent()
    if parent is None:
        raise ValueError("the root element has no tag to drop")
    previous = el.getprevious()
    if el.text and isinstance(el.tag, str):
        if previous is None:
            parent.text = drop_xml_invalid((parent.text or "") + el.text)
        else:
            previous.tail = drop_xml_invalid((previous.tail or "") + el.text)
    if el.tail:
        if len(el):
            last = el[-1]
            last.tail = drop_xml_invalid((last.tail or "") + el.tail)
        elif previous is None:
            parent.text = drop_xml_invalid((parent.text or "") + el.tail)
        else:
            previous.tail = drop_xml_invalid((previous.tail or "") + el.tail)
    index = parent.index(el)
    parent[index : index + 1] = el[:]
