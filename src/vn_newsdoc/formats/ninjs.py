"""IPTC ninjs 3.x: :func:`write_ninjs` writes an article as a ninjs news item.

ninjs ("News in JSON", https://iptc.org/standards/ninjs/) is the IPTC's JSON form for news
items, spoken by news agencies and newsroom systems. The item written validates against
the official schema ``ninjs-schema_3.1.json`` (JSON Schema draft 2020-12). How each field
of the article maps:

* ``uri``: the article's ``url``, with characters a URI cannot hold percent-encoded; an
  article without an absolute URL gets ``urn:uuid:`` and a UUID made from its JSON form
  (the same article always gets the same one). ``type`` is ``"text"``,
  ``representationType`` ``"full"``, ``language`` ``"vi"``, and ``standard`` names ninjs
  3.1 and its schema.
* ``headlines``: the headline, role ``"main"``.
* ``firstCreated``: ``published``; ``versionCreated``: ``updated``, else ``published``;
  both with the article's own offset (``2024-09-14T07:30:00+07:00``). ninjs requires a
  date and time there, so a date without a time is written as the start of that day in
  Vietnam time (``2024-09-14T00:00:00+07:00``: the earliest the item can have been
  published, so sorting and "since" filters stay right), and ``edNote``, the note to the
  receiving newsroom, says which of the two times stand for a date alone
  (``firstCreated: the source gives the date 2024-09-14 without a time of day; 00:00 in
  Vietnam time (+07:00) stands for it.``). The item's consumer who needs to tell the two
  apart reads ``edNote``; a time of day at midnight is never given such a note.
* ``descriptions``: the lead, role ``"summary"``.
* ``bodies``: the body twice, as ``text/plain`` (role ``"text"``: the text blocks, one
  blank line between them, captions left out) and as ``text/html`` (role ``"html"``: the
  blocks as HTML elements, figures in place, as :func:`~vn_newsdoc.formats.html.body_html`
  writes them), each with ``charCount`` and ``wordCount`` (captions excluded).
* ``by``: the byline as the page prints it (``Bài, ảnh: Lê Minh Đức - Video: Vũ Thanh``,
  ``Theo TTXVN``); ``people``: each author once per role, ``rel`` ``"author:<role>"``
  (``author:text``, ``author:photo``...), then each person the article names, ``rel``
  ``"mentioned"``.
* ``infoSources``: the byline's source organisation (role ``"source"``), the site
  (``"publisher"``) and the outlet tag (``"outlet"``).
* ``subjects``: the section (``rel`` ``"section"``) and each tag (``rel`` ``"tag"``).
* ``associations``: one per figure, in reading order, named ``figure1``, ``figure2``...:
  ``type`` ``"picture"``, ``uri`` the image address (or a ``urn:uuid:`` when it has
  none), the caption as its description (role ``"caption"``), the credit as its ``by``,
  and the image address again as its ``renditions[0].href`` (name ``"original"``).

What ninjs has no place for: a person's titles (ninjs people carry a name and a relation
only; the titles stay in the text), and an image address that is not an absolute URI
(kept in the HTML body, left out of the association). Nothing is read back: ninjs is an
export.

>>> import datetime as dt, json
>>> from vn_newsdoc.model import Article, Figure
>>> vn = dt.timezone(dt.timedelta(hours=7))
>>> item = json.loads(write_ninjs(Article(
...     headline="Mưa lớn", published=dt.datetime(2019, 8, 7, 15, 43, tzinfo=vn),
...     url="https://baomau.vn/mưa-lớn.html",
...     body=(Figure(caption="Đường ngập", credit="Vi Thu", src="https://baomau.vn/a.jpg"),))))
>>> item["uri"], item["firstCreated"], item["headlines"]
('https://baomau.vn/m%C6%B0a-l%E1%BB%9Bn.html', '2019-08-07T15:43:00+07:00', [{'role': 'main', 'value': 'Mưa lớn'}])
>>> item["associations"][0]["descriptions"], item["associations"][0]["by"]
([{'role': 'caption', 'value': 'Đường ngập'}], 'Vi Thu')
"""  # noqa: E501

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from typing import Any
from urllib.parse import quote, urlsplit

from vn_newsdoc._dictform import to_dict
from vn_newsdoc.formats._iso import format_date, format_datetime
from vn_newsdoc.formats._jsontext import json_text
from vn_newsdoc.formats.html import body_html
from vn_newsdoc.formats.text import byline_lines
from vn_newsdoc.model import Article, Figure
from vn_newsdoc.vi.dates import VIETNAM

__all__ = ["NINJS_SCHEMA_URI", "write_ninjs"]

NINJS_SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"
"""The ``$id`` of the ninjs schema the items validate against (named in ``standard``)."""

# A URI scheme, then anything; characters a URI cannot hold are percent-encoded first.
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
# What quote() leaves alone: the reserved and unreserved characters of RFC 3986, and %.
_URI_SAFE = ":/?#[]@!$&'()*+,;=-._~%"
_WORDS = re.compile(r"\w+")


def _uri(value: str | None) -> str | None:
    """``value`` as an absolute URI (non-ASCII and spaces percent-encoded), or ``None``."""
    if value is None:
        return None
    encoded = quote(value, safe=_URI_SAFE)
    if not _SCHEME.match(encoded):
        return None
    try:
        parts = urlsplit(encoded)
    except ValueError:
        return None
    if parts.scheme in ("http", "https") and not parts.netloc:
        return None
    # A % that starts no escape cannot stand in a URI.
    if re.search(r"%(?![0-9A-Fa-f]{2})", encoded):
        encoded = re.sub(r"%(?![0-9A-Fa-f]{2})", "%25", encoded)
    return encoded


def _urn(data: object) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'vn_newsdoc:' + text)}"


def _counted(value: str, text: str, role: str, content_type: str) -> dict[str, Any]:
    return {
        "role": role,
        "contentType": content_type,
        "charCount": len(text),
        "wordCount": len(_WORDS.findall(text)),
        "value": value,
    }


def _association(index: int, figure: Figure, article_uri: str) -> dict[str, Any]:
    src = _uri(figure.src)
    item: dict[str, Any] = {
        "name": f"figure{index}",
        "uri": src or _urn([article_uri, index, figure.caption, figure.credit, figure.src]),
        "type": "picture",
        "representationType": "partial",
    }
    if figure.caption is not None:
        item["descriptions"] = [{"role": "caption", "value": figure.caption}]
    if figure.credit is not None:
        item["by"] = figure.credit
    if src is not None:
        item["renditions"] = [{"name": "original", "href": src}]
    return item


def write_ninjs(article: Article, *, indent: int | None = None) -> str:
    """Write ``article`` as an IPTC ninjs 3.x news item (the mapping in this module).

    Args:
        article: The article to write.
        indent: Spaces per level for a pretty-printed document; ``None`` (the default)
            writes one compact line.

    Returns:
        The JSON document, text not escaped to ASCII, no trailing newline.

    >>> from vn_newsdoc.model import Article
    >>> write_ninjs(Article(headline="Tin", url="https://baomau.vn/tin.html"))[:60]
    '{"uri":"https://baomau.vn/tin.html","type":"text","represent'
    """
    uri = _uri(article.url) or _urn(to_dict(article))
    item: dict[str, Any] = {
        "uri": uri,
        "type": "text",
        "representationType": "full",
        "standard": {"name": "ninjs", "version": "3.1", "schema": NINJS_SCHEMA_URI},
        "language": "vi",
    }
    notes = []
    last = article.updated or article.published
    for key, value in (("firstCreated", article.published), ("versionCreated", last)):
        if value is None:
            continue
        if isinstance(value, dt.datetime):
            item[key] = format_datetime(value)
            continue
        item[key] = format_datetime(dt.datetime.combine(value, dt.time(), tzinfo=VIETNAM))
        notes.append(
            f"{key}: the source gives the date {format_date(value)} without a time of day; "
            "00:00 in Vietnam time (+07:00) stands for it."
        )
    if notes:
        item["edNote"] = " ".join(notes)
    item["headlines"] = [{"role": "main", "value": article.headline}]
    if article.lead is not None:
        item["descriptions"] = [{"role": "summary", "value": article.lead}]
    if article.body:
        plain = "\n\n".join(article.paragraphs)
        html = body_html(article.body)
        item["bodies"] = [
            _counted(plain, plain, "text", "text/plain"),
            _counted(html, plain, "html", "text/html"),
        ]
    people: list[dict[str, str]] = []
    if article.byline is not None:
        item["by"] = "\n".join(byline_lines(article.byline))
        people.extend(
            {"name": author.name, "rel": f"author:{role.value}"}
            for author in article.byline.authors
            for role in author.roles
        )
    people.extend({"name": person.name, "rel": "mentioned"} for person in article.people)
    if people:
        item["people"] = people
    sources = [
        {"name": name, "role": role}
        for name, role in (
            (article.byline.source if article.byline else None, "source"),
            (article.site, "publisher"),
            (article.outlet, "outlet"),
        )
        if name is not None
    ]
    if sources:
        item["infoSources"] = sources
    subjects = [{"name": article.section, "rel": "section"}] if article.section else []
    subjects.extend({"name": tag, "rel": "tag"} for tag in article.tags)
    if subjects:
        item["subjects"] = subjects
    if article.figures:
        item["associations"] = [
            _association(i, figure, uri) for i, figure in enumerate(article.figures, 1)
        ]
    return json_text(item, indent)
