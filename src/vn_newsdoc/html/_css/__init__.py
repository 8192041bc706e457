"""CSS selectors to XPath, for the small part of CSS that site profiles use.

Site profiles are written in CSS because that is how people read a page's markup; lxml
evaluates XPath. lxml's own converter needs the ``cssselect`` package, which would be one
more runtime dependency for a few dozen selectors, so the profiles are compiled here, once,
at import. The subset:

* a compound selector: a tag name or ``*`` (optional), then any number of ``.class``,
  ``#id``, ``[attr]``, ``[attr=value]``, ``[attr*=value]``, ``[attr^=value]``,
  ``[attr$=value]`` and ``[attr~=value]`` (values bare or quoted);
* compound selectors joined by white space (descendant) or ``>`` (child);
* several selectors joined by ``,``.

Tag names match without regard to case, as in HTML; classes, ids and attribute values
match exactly. Anything else raises :class:`ValueError` naming the selector: profiles are
data written by developers, and a selector the reader cannot follow must fail at import,
not match nothing in silence.

>>> print(css_to_xpath("p.sapo").replace("][", "]\\n["))
descendant-or-self::p[contains(@class, 'sapo')]
[contains(concat(' ', normalize-space(@class), ' '), ' sapo ')]
>>> css_to_xpath("#print-news > p")
"descendant-or-self::*/@id[. = 'print-news']/parent::*/p"
"""

from __future__ import annotations

from vn_newsdoc.html._css._compile import class_needs, class_part, css_to_xpath, may_match
from vn_newsdoc.html._css._index import ClassIndex, class_chain, simple_classes

__all__ = [
    "ClassIndex",
    "class_chain",
    "class_needs",
    "class_part",
    "css_to_xpath",
    "may_match",
    "simple_classes",
]
