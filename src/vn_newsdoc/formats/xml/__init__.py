"""The XML form of an article: :func:`write_xml` and :func:`read_xml`, exact inverses.

The document is UTF-8 with an XML declaration; every element is in the namespace
:data:`NAMESPACE` (``https://vn-newsdoc.readthedocs.io/ns/article/2``), whose last segment
is the schema's major version, and the root also carries the version in full as
``schema="vn_newsdoc/2"`` (:data:`~vn_newsdoc.formats.json.SCHEMA_VERSION`). The shape is
described by the XSD shipped with the package (``vn_newsdoc.schemas.path("article.xsd")``);
every document :func:`write_xml` produces validates against it::

    <?xml version="1.0" encoding="UTF-8"?>
    <article xmlns="https://vn-newsdoc.readthedocs.io/ns/article/2" schema="vn_newsdoc/2">
      <headline>Giá vàng giảm</headline>
      <published>2022-07-01T18:45:00+07:00</published>
      <updated>2022-07-02</updated>
      <lead>…</lead>
      <outlet>…</outlet>
      <body>
        <paragraph>…</paragraph>
        <heading level="2">…</heading>
        <quote>…</quote>
        <list-item>…</list-item>
        <figure>
          <caption>…</caption>
          <credit>…</credit>
          <src>…</src>
        </figure>
      </body>
      <byline>
        <author>
          <name>Vi Thu</name>
          <role>text</role>
          <role>photo</role>
        </author>
        <source>…</source>
      </byline>
      <people>
        <person>
          <name>…</name>
          <title>…</title>
        </person>
      </people>
      <url>…</url>
      <site>…</site>
      <section>…</section>
      <tags>
        <tag>…</tag>
      </tags>
    </article>

* **Absent values** are left out: an element whose value is ``None`` is not written, nor is
  a container (``body``, ``people``, ``tags``) whose sequence is empty. On reading, a
  missing element is absent and an empty container is an empty sequence.
* **Times** are ISO 8601 with the article's own offset, always with seconds, microseconds
  only when not zero (``2022-07-01T18:45:00+07:00``). A date without a time (a
  :class:`datetime.date` in the model) is written as the date alone (``2022-07-02``), an
  ``xs:date`` without an offset.
* Text elements hold the model's clean text and nothing else, so white space is never
  ambiguous; the document is indented two spaces per level and written deterministically.

Reading is strict and raises only :class:`~vn_newsdoc.errors.ReaderError` subclasses:
:class:`~vn_newsdoc.errors.MalformedInputError` for bytes that are not UTF-8, for text
that is not well-formed XML, for unknown or misplaced elements and attributes and values the
model refuses (with the ``line``), and :class:`~vn_newsdoc.errors.SchemaVersionError` for a
missing or other namespace or schema version. Documents of the previous version
(namespace ``…/ns/article/1``, ``schema="vn_newsdoc/1"``, whose times are all date-times)
are read too; a date alone in one of them is refused. It never resolves entities, never loads a
DTD and never touches the network: a document with a ``DOCTYPE`` or ``ENTITY``
declaration is refused before it is parsed. Bytes are always read as UTF-8 (an encoding
named in the XML declaration is not followed).

>>> import datetime as dt
>>> from vn_newsdoc.model import Article, Paragraph
>>> a = Article(headline="Giá vàng giảm", body=(Paragraph("Sáng nay giá vàng giảm."),))
>>> print(write_xml(a), end="")
<?xml version="1.0" encoding="UTF-8"?>
<article xmlns="https://vn-newsdoc.readthedocs.io/ns/article/2" schema="vn_newsdoc/2">
  <headline>Giá vàng giảm</headline>
  <body>
    <paragraph>Sáng nay giá vàng giảm.</paragraph>
  </body>
</article>
>>> read_xml(write_xml(a)) == a
True
"""

from __future__ import annotations

from vn_newsdoc.formats.xml import _names
from vn_newsdoc.formats.xml._read import read_xml
from vn_newsdoc.formats.xml._write import write_xml

__all__ = ["NAMESPACE", "read_xml", "write_xml"]

NAMESPACE = _names.NAMESPACE
"""The namespace of every element of the XML form; its last segment is the schema's major
version."""
