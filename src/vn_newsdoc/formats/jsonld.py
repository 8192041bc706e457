"""schema.org JSON-LD: :func:`write_jsonld` writes an article as a ``NewsArticle``.

The object is what search engines and link previews read from a page's
``<script type="application/ld+json">``. It names its vocabulary with
``"@context": "https://schema.org"`` and uses only schema.org terms, each on a type that
has it; nothing needs to fetch the context to read it. How each field of the article maps:

* ``headline``: the headline; ``url`` and ``mainEntityOfPage``: the URL;
  ``inLanguage``: ``"vi"``.
* ``datePublished``: ``published``; ``dateModified``: ``updated``; ISO 8601 with the
  article's own offset (``2024-09-14T07:30:00+07:00``), or a schema.org ``Date``
  (``2024-09-14``) where the article holds a date without a time.
* ``description``: the lead; ``articleBody``: the body's text blocks (paragraphs,
  subheadings, quotes, list items), one blank line between them, captions left out.
* ``author``: one ``Person`` per credited author, in byline order, with ``jobTitle``
  naming what the byline credits them for, as the byline words it (``"Bài, ảnh"``,
  ``"Video, đồ họa"``); a plain writer (credited for the text only) has no ``jobTitle``.
* ``sourceOrganization``: the byline's source, an ``Organization``; ``publisher``: the
  site, an ``Organization``.
* ``articleSection``: the section; ``keywords``: the tags.
* ``image``: one ``ImageObject`` per figure, in reading order: ``contentUrl`` the image
  address, ``caption``, ``creditText``.
* ``mentions``: one ``Person`` per person the article names, ``jobTitle`` their titles
  (one title as a string, several as a list).

What has no place: the outlet tag; the body's structure (which blocks were subheadings,
quotes or list items; ``articleBody`` is plain text); the figures' places between the
paragraphs. Nothing is read back by this module; :func:`~vn_newsdoc.html.read_html` reads
such an object from a page (headline, times, lead, authors, captions and more).

The output is safe to paste into a ``<script>`` element as it is: ``<``, ``>`` and ``&``
in text are written as JSON escapes (``\\u003c``), so no ``</script>`` can end it early.

>>> import json
>>> from vn_newsdoc.model import Article, Author, Byline, Role
>>> obj = json.loads(write_jsonld(Article(headline="Mưa <lớn>", byline=Byline(
...     authors=(Author("Vi Thu", roles=(Role.TEXT, Role.PHOTO)),)))))
>>> obj["@type"], obj["headline"], obj["author"]
('NewsArticle', 'Mưa <lớn>', [{'@type': 'Person', 'name': 'Vi Thu', 'jobTitle': 'Bài, ảnh'}])
"""

from __future__ import annotations

from typing import Any

from vn_newsdoc.formats._iso import format_when
from vn_newsdoc.formats._jsontext import json_text
from vn_newsdoc.formats.text import role_words
from vn_newsdoc.model import Article, Author, Figure, Person, Role

__all__ = ["write_jsonld"]

_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def _author(author: Author) -> dict[str, Any]:
    person: dict[str, Any] = {"@type": "Person", "name": author.name}
    if author.roles != (Role.TEXT,):
        person["jobTitle"] = role_words(author.roles)
    return person


def _mention(person: Person) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "Person", "name": person.name}
    if len(person.titles) == 1:
        out["jobTitle"] = person.titles[0]
    elif person.titles:
        out["jobTitle"] = list(person.titles)
    return out


def _image(figure: Figure) -> dict[str, Any]:
    image: dict[str, Any] = {"@type": "ImageObject"}
    if figure.src is not None:
        image["contentUrl"] = figure.src
    if figure.caption is not None:
        image["caption"] = figure.caption
    if figure.credit is not None:
        image["creditText"] = figure.credit
    return image


def _organisation(name: str) -> dict[str, Any]:
    return {"@type": "Organization", "name": name}


def write_jsonld(article: Article, *, indent: int | None = None) -> str:
    """Write ``article`` as a schema.org ``NewsArticle`` in JSON-LD (the mapping above).

    Args:
        article: The article to write.
        indent: Spaces per level for a pretty-printed document; ``None`` (the default)
            writes one compact line.

    Returns:
        The JSON-LD object as text, ready to embed in ``<script type="application/ld+json">``.

    >>> from vn_newsdoc.model import Article
    >>> write_jsonld(Article(headline="Tin"))
    '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tin","inLanguage":"vi"}'
    """
    obj: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.headline,
        "inLanguage": "vi",
    }
    if article.url is not None:
        obj["url"] = article.url
        obj["mainEntityOfPage"] = article.url
    if article.published is not None:
        obj["datePublished"] = format_when(article.published)
    if article.updated is not None:
        obj["dateModified"] = format_when(article.updated)
    if article.lead is not None:
        obj["description"] = article.lead
    if article.paragraphs:
        obj["articleBody"] = "\n\n".join(article.paragraphs)
    if article.byline is not None:
        if article.byline.authors:
            obj["author"] = [_author(a) for a in article.byline.authors]
        if article.byline.source is not None:
            obj["sourceOrganization"] = _organisation(article.byline.source)
    if article.site is not None:
        obj["publisher"] = _organisation(article.site)
    if article.section is not None:
        obj["articleSection"] = article.section
    if article.tags:
        obj["keywords"] = list(article.tags)
    if article.figures:
        obj["image"] = [_image(f) for f in article.figures]
    if article.people:
        obj["mentions"] = [_mention(p) for p in article.people]
    text = json_text(obj, indent)
    return text.translate(_SCRIPT_SAFE)
