"""Writing the XML form (see :mod:`vn_newsdoc.formats.xml`)."""

from __future__ import annotations

from lxml import etree

from vn_newsdoc.formats._iso import format_when
from vn_newsdoc.formats.json import SCHEMA_VERSION
from vn_newsdoc.formats.xml._names import _DECLARATION, _TAGS, NAMESPACE, _q
from vn_newsdoc.model import (
    Article,
    Block,
    Figure,
    Heading,
)

__all__ = ["write_xml"]


def _leaf(parent: etree._Element, name: str, text: str | None) -> None:
    if text is not None:
        etree.SubElement(parent, _q(name)).text = text


def _write_block(parent: etree._Element, block: Block) -> None:
    if isinstance(block, Heading):
        el = etree.SubElement(parent, _q("heading"), level=str(block.level))
        el.text = block.text
    elif isinstance(block, Figure):
        el = etree.SubElement(parent, _q("figure"))
        _leaf(el, "caption", block.caption)
        _leaf(el, "credit", block.credit)
        _leaf(el, "src", block.src)
    else:
        etree.SubElement(parent, _q(_TAGS[type(block)])).text = block.text


def write_xml(article: Article) -> str:
    """Write ``article`` as an XML document (the form described in this module).

    Args:
        article: The article to write.

    Returns:
        The document, with its XML declaration, indented, ending in a newline. Encode it
        as UTF-8 to store it.

    Raises:
        InvalidArticleError: A time has an offset that XML Schema cannot write (not a
            whole number of minutes, or beyond ±14:00).

    >>> from vn_newsdoc.model import Article
    >>> write_xml(Article(headline="Tin <nóng>")).splitlines()[2]
    '  <headline>Tin &lt;nóng&gt;</headline>'
    """
    root = etree.Element(_q("article"), nsmap={None: NAMESPACE})
    root.set("schema", SCHEMA_VERSION)
    _leaf(root, "headline", article.headline)
    if article.published is not None:
        _leaf(root, "published", format_when(article.published))
    if article.updated is not None:
        _leaf(root, "updated", format_when(article.updated))
    _leaf(root, "lead", article.lead)
    _leaf(root, "outlet", article.outlet)
    if article.body:
        body = etree.SubElement(root, _q("body"))
        for block in article.body:
            _write_block(body, block)
    if article.byline is not None:
        byline = etree.SubElement(root, _q("byline"))
        for author in article.byline.authors:
            el = etree.SubElement(byline, _q("author"))
            _leaf(el, "name", author.name)
            for role in author.roles:
                _leaf(el, "role", role.value)
        _leaf(byline, "source", article.byline.source)
    if article.people:
        people = etree.SubElement(root, _q("people"))
        for person in article.people:
            el = etree.SubElement(people, _q("person"))
            _leaf(el, "name", person.name)
            for title in person.titles:
                _leaf(el, "title", title)
    _leaf(root, "url", article.url)
    _leaf(root, "site", article.site)
    _leaf(root, "section", article.section)
    if article.tags:
        tags = etree.SubElement(root, _q("tags"))
        for tag in article.tags:
            _leaf(tags, "tag", tag)
    return _DECLARATION + etree.tostring(root, encoding="unicode", pretty_print=True)


# --- Reading ------------------------------------------------------------------------------
