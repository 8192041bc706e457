"""The page survey as a look at every element makes it, the reference the survey's
shortcuts are checked against (``tests/html/test_survey_shortcuts.py`` and
``test_survey_lookups.py``)."""

from __future__ import annotations

from lxml.etree import _Element

from vn_newsdoc.html import _survey
from vn_newsdoc.html._hints import AUTHOR_HREF, may_name_a_source


def looked_at_tag_by_tag(root: _Element) -> tuple[list[_Element] | bool, ...]:
    """The survey's lists as a walk asking every element for its tag makes them: the
    hint of the class, id, role attributes and author link, its flags by the whole-hint
    patterns; and whether some hint may name a source box."""
    source_words = False
    titles: list[_Element] = []
    leads: list[_Element] = []
    dates: list[_Element] = []
    authors: list[_Element] = []
    sources: list[_Element] = []
    for el in root.iter():
        tag = el.tag
        if tag == "h1":
            titles.append(el)
        elif tag == "time":
            dates.append(el)
        if not isinstance(tag, str) or not len(el.attrib):
            continue
        cls, ident = el.get("class"), el.get("id")
        hint = f"{cls or ''} {ident or ''}"
        roles = [el.get(name) for name in ("itemprop", "data-role", "data-slot")]
        if any(roles):
            hint += "".join(f" {role or ''}" for role in roles)
        if tag == "a" and (AUTHOR_HREF.search(el.get("href", "")) or "author" in el.get("rel", "")):
            hint += " author"
        flags = _survey._hint_flags(hint)
        source_words = source_words or may_name_a_source(hint)
        if flags & _survey._SOURCE and _survey._names_source(cls, ident):
            sources.append(el)
        if flags & _survey._TITLE and tag in _survey._TITLE_TAGS and tag != "h1":
            titles.append(el)
        if flags & _survey._LEAD and tag in _survey._LEAD_TAGS:
            leads.append(el)
        if flags & _survey._DATE and tag != "time":
            dates.append(el)
        if flags & _survey._AUTHOR:
            authors.append(el)
    return titles, leads, dates, authors, sources, source_words
