"""Reading the XML form (see :mod:`vn_newsdoc.formats.xml`): strict, and safe on hostile
documents."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from lxml import etree

from vn_newsdoc._ceilings import check_attributes, check_tree
from vn_newsdoc._dictform import _VERSION_1
from vn_newsdoc.errors import (
    InputLimitError,
    InvalidArticleError,
    MalformedInputError,
    SchemaVersionError,
    shown,
)
from vn_newsdoc.formats._iso import parse_datetime, parse_when
from vn_newsdoc.formats._source import open_source, with_url
from vn_newsdoc.formats.xml._names import (
    _DECLARATIONS,
    _NAMESPACE_1,
    _NAMESPACE_BASE,
    _TEXT_BLOCKS,
    NAMESPACE,
)
from vn_newsdoc.limits import Limits
from vn_newsdoc.model import (
    Article,
    Author,
    Block,
    Byline,
    Figure,
    Heading,
    Person,
    Role,
)
from vn_newsdoc.schemas import SCHEMA_VERSION

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from vn_newsdoc.html.sites import SiteProfile


__all__ = ["read_xml"]


class _ElementError(Exception):
    """A problem with one element: becomes a MalformedInputError with its line and path."""

    def __init__(self, message: str, element: etree._Element) -> None:
        super().__init__(message)
        self.message = message
        self.line = element.sourceline
        self.path = _element_path(element)


def _element_path(element: etree._Element) -> str:
    """The element's path from the root, XPath style, by local name within the form's
    namespace: ``/article/body/figure[2]`` (the index, 1-based, only where the parent holds
    more than one element of that name)."""
    steps: list[str] = []
    node: etree._Element | None = element
    while node is not None:
        step = _name(node)
        parent = node.getparent()
        if parent is not None:
            same = [child for child in parent if child.tag == node.tag]
            if len(same) > 1:
                step += f"[{same.index(node) + 1}]"
        steps.append(step)
        node = parent
    return "/" + "/".join(reversed(steps))


def _name(element: etree._Element) -> str:
    qname = etree.QName(element)
    if qname.namespace in (NAMESPACE, None):
        return shown(qname.localname, quoted=False)
    return shown(f"{{{qname.namespace}}}{qname.localname}", quoted=False)


def _children(element: etree._Element) -> Iterator[etree._Element]:
    """The child elements, after checking that nothing but white space stands between them
    (comments and processing instructions are skipped)."""
    if element.text is not None and element.text.strip():
        raise _ElementError(f"<{_name(element)}> must not hold text directly", element)
    for child in element:
        if child.tail is not None and child.tail.strip():
            raise _ElementError(f"<{_name(element)}> must not hold text directly", element)
        if isinstance(child, (etree._Comment, etree._ProcessingInstruction)):
            continue
        if not isinstance(child.tag, str):
            raise _ElementError(f"<{_name(element)}> holds an unexpected node", element)
        if etree.QName(child).namespace != NAMESPACE:
            raise _ElementError(
                f"<{_name(child)}> is not in the namespace {NAMESPACE} of this form", child
            )
        yield child


def _no_attributes(element: etree._Element, allowed: tuple[str, ...] = ()) -> None:
    for key in element.attrib:
        if key not in allowed:
            raise _ElementError(
                f"<{_name(element)}> has an unknown attribute {shown(key)}", element
            )


def _text(element: etree._Element) -> str:
    """The text of a leaf element: text only, no child nodes."""
    if len(element):
        raise _ElementError(f"<{_name(element)}> must hold text only", element)
    return element.text or ""


def _leaf_text(element: etree._Element) -> str:
    _no_attributes(element)
    return _text(element)


def _fields(
    element: etree._Element, order: tuple[str, ...], repeated: frozenset[str] = frozenset()
) -> dict[str, list[etree._Element]]:
    """The children of ``element`` by name, checked to come in ``order``, each once unless
    it is ``repeated``."""
    found: dict[str, list[etree._Element]] = {}
    position = 0
    for child in _children(element):
        name = etree.QName(child).localname
        if name not in order:
            raise _ElementError(f"<{_name(element)}> cannot hold <{_name(child)}>", child)
        index = order.index(name)
        if index < position or (index == position and name in found and name not in repeated):
            raise _ElementError(
                f"<{name}> is out of place in <{_name(element)}> "
                f"(the order is {', '.join(order)}; each once)",
                child,
            )
        position = index
        found.setdefault(name, []).append(child)
    return found


def _build(element: etree._Element, make: Callable[[], Any]) -> Any:
    """Build a model object, turning a refusal by the model into an error at ``element``."""
    try:
        return make()
    except InvalidArticleError as exc:
        raise _ElementError(_model_message(element, exc), element) from exc


def _model_message(element: etree._Element, exc: InvalidArticleError) -> str:
    name = _name(element)
    if exc.field in (name, "text", "figure", "byline"):
        return f"<{name}>: {exc.reason}"
    return f"<{name}>: {exc}"


def _optional(found: dict[str, list[etree._Element]], name: str) -> str | None:
    elements = found.get(name)
    return _leaf_text(elements[0]) if elements else None


def _read_time(found: dict[str, list[etree._Element]], name: str, *, version_1: bool) -> Any:
    elements = found.get(name)
    if not elements:
        return None
    text = _leaf_text(elements[0])
    try:
        # The previous version holds date-times only.
        return parse_datetime(text) if version_1 else parse_when(text)
    except ValueError as exc:
        raise _ElementError(f"<{name}>: {exc}", elements[0]) from exc


def _read_block(element: etree._Element) -> Block:
    name = etree.QName(element).localname
    if name in _TEXT_BLOCKS:
        cls = _TEXT_BLOCKS[name]
        text = _leaf_text(element)
        block: Block = _build(element, lambda: cls(text))
        return block
    if name == "heading":
        _no_attributes(element, ("level",))
        level_text = element.get("level", "2")
        if not re.fullmatch("[0-9]{1,2}", level_text):
            raise _ElementError(
                f"<heading> level must be a number, not {shown(level_text)}", element
            )
        text = _text(element)
        heading: Heading = _build(element, lambda: Heading(text, int(level_text)))
        return heading
    if name == "figure":
        _no_attributes(element)
        found = _fields(element, ("caption", "credit", "src"))
        caption, credit = _optional(found, "caption"), _optional(found, "credit")
        src = _optional(found, "src")
        figure: Figure = _build(element, lambda: Figure(caption, credit, src))
        return figure
    raise _ElementError(f"<body> cannot hold <{name}>", element)


def _read_author(element: etree._Element) -> Author:
    _no_attributes(element)
    found = _fields(element, ("name", "role"), repeated=frozenset({"role"}))
    if "name" not in found:
        raise _ElementError("<author> needs a <name>", element)
    name = _leaf_text(found["name"][0])
    roles = []
    for role_element in found.get("role", ()):
        value = _leaf_text(role_element)
        try:
            roles.append(Role(value))
        except ValueError:
            known = ", ".join(r.value for r in Role)
            raise _ElementError(
                f"<role>: unknown role {shown(value)}; known roles: {known}", role_element
            ) from None
    if not roles:
        raise _ElementError("<author> needs at least one <role>", element)
    author: Author = _build(element, lambda: Author(name, tuple(roles)))
    return author


def _read_byline(element: etree._Element) -> Byline:
    _no_attributes(element)
    found = _fields(element, ("author", "source"), repeated=frozenset({"author"}))
    authors = tuple(_read_author(el) for el in found.get("author", ()))
    source = _optional(found, "source")
    byline: Byline = _build(element, lambda: Byline(authors, source))
    return byline


def _read_person(element: etree._Element) -> Person:
    if etree.QName(element).localname != "person":
        raise _ElementError(f"<people> cannot hold <{_name(element)}>", element)
    _no_attributes(element)
    found = _fields(element, ("name", "title"), repeated=frozenset({"title"}))
    if "name" not in found:
        raise _ElementError("<person> needs a <name>", element)
    name = _leaf_text(found["name"][0])
    titles = tuple(_leaf_text(el) for el in found.get("title", ()))
    person: Person = _build(element, lambda: Person(name, titles))
    return person


def _read_tags(element: etree._Element) -> tuple[str, ...]:
    tags = []
    for child in _children(element):
        if etree.QName(child).localname != "tag":
            raise _ElementError(f"<tags> cannot hold <{_name(child)}>", child)
        tags.append(_leaf_text(child))
    return tuple(tags)


_ARTICLE_ORDER = (
    "headline",
    "published",
    "updated",
    "lead",
    "outlet",
    "body",
    "byline",
    "people",
    "url",
    "site",
    "section",
    "tags",
)


def _read_article(root: etree._Element, *, version_1: bool = False) -> Article:
    _no_attributes(root, ("schema",))
    found = _fields(root, _ARTICLE_ORDER)
    if "headline" not in found:
        raise _ElementError("<article> needs a <headline>", root)
    headline = _leaf_text(found["headline"][0])
    body: tuple[Block, ...] = ()
    if "body" in found:
        _no_attributes(found["body"][0])
        body = tuple(_read_block(el) for el in _children(found["body"][0]))
    people: tuple[Person, ...] = ()
    if "people" in found:
        _no_attributes(found["people"][0])
        people = tuple(_read_person(el) for el in _children(found["people"][0]))
    tags: tuple[str, ...] = ()
    if "tags" in found:
        _no_attributes(found["tags"][0])
        tags = _read_tags(found["tags"][0])
    values = {
        "headline": headline,
        "published": _read_time(found, "published", version_1=version_1),
        "updated": _read_time(found, "updated", version_1=version_1),
        "lead": _optional(found, "lead"),
        "outlet": _optional(found, "outlet"),
        "body": body,
        "byline": _read_byline(found["byline"][0]) if "byline" in found else None,
        "people": people,
        "url": _optional(found, "url"),
        "site": _optional(found, "site"),
        "section": _optional(found, "section"),
        "tags": tags,
    }
    try:
        return Article(**values)
    except InvalidArticleError as exc:
        element = found.get(exc.field.split("[")[0], [root])[0]
        raise _ElementError(_model_message(element, exc), element) from exc


def _check_version(root: etree._Element, source_name: str | None) -> bool:
    """Check the root names a version this release reads; whether it is the previous one."""
    qname = etree.QName(root)
    namespace = qname.namespace
    if qname.localname != "article" or (
        namespace is not None and not namespace.startswith(_NAMESPACE_BASE)
    ):
        raise MalformedInputError(
            f"not a vn_newsdoc article: the root element is <{_name(root)}>",
            source=source_name,
            line=root.sourceline,
            field=_element_path(root),
        )
    if namespace not in (NAMESPACE, _NAMESPACE_1):
        raise SchemaVersionError(namespace, NAMESPACE, source=source_name)
    version = root.get("schema")
    if version != (SCHEMA_VERSION if namespace == NAMESPACE else _VERSION_1):
        raise SchemaVersionError(version, SCHEMA_VERSION, source=source_name)
    return namespace == _NAMESPACE_1


def _to_current_namespace(root: etree._Element) -> None:
    """Move the elements of a previous-version document into this version's namespace
    (the forms differ only in what a time may hold)."""
    for element in root.iter():
        if isinstance(element.tag, str) and etree.QName(element).namespace == _NAMESPACE_1:
            element.tag = f"{{{NAMESPACE}}}{etree.QName(element).localname}"


def _offset(text: str, line: int, column: int) -> int | None:
    """The 0-based character offset in ``text`` of a 1-based line and column."""
    if line < 1:
        return None
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return None
    return min(start + max(column - 1, 0), len(text))


def _parser() -> etree.XMLParser:
    # One per call: lxml parsers keep state and must not be shared between threads.
    return etree.XMLParser(
        encoding="utf-8",
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        attribute_defaults=False,
        # No DTD and no entity can reach the parser (refused before it), and the size, the
        # depth, the elements and each text are held to our own ceilings (Limits): libxml2's
        # 10 MB text-node cap would refuse write_xml's output of an article read_html and
        # read_json accept under raised ceilings.
        huge_tree=True,
        remove_blank_text=False,
    )


def read_xml(
    source: str | bytes,
    *,
    source_name: str | None = None,
    url: str | None = None,
    strict: bool = False,
    reference: dt.datetime | None = None,
    limits: Limits | None = None,
    profiles: Sequence[SiteProfile] = (),
) -> Article:
    """Read an article from an XML document written by :func:`write_xml` (or by hand).

    Args:
        source: The document, as text or as UTF-8 bytes (a byte-order mark is allowed).
        source_name: The document's name (a file name or URL) in errors.
        url: The address it was found at: the article's ``url`` unless the document gives
            one, and the document's name in errors when there is no ``source_name``.
        limits: The input ceilings (size, nesting, elements, text length); ``None`` keeps
            the defaults of :class:`~vn_newsdoc.Limits`.
        strict, reference, profiles: Taken as by every reader
            (:class:`~vn_newsdoc.readers.ReaderOptions`), and of no use here: an XML
            document is read exactly or refused, with its times in full and no layout.

    Returns:
        The article.

    Raises:
        InputLimitError: The document passes one of the ``limits``.
        MalformedInputError: The input is not UTF-8, holds a ``DOCTYPE`` or ``ENTITY``
            declaration, is not well-formed (with the ``line`` and the 0-based character
            ``position`` where the parser stopped), or is not an article of this form (with
            the ``line`` of the element at fault, and its path, such as
            ``/article/body/figure[2]``, as ``field``).
        SchemaVersionError: The root's namespace or ``schema`` attribute is missing or names
            a version this release does not read (it reads ``vn_newsdoc/2`` and
            ``vn_newsdoc/1``).

    >>> read_xml('<article xmlns="https://vn-newsdoc.readthedocs.io/ns/article/2" '
    ...          'schema="vn_newsdoc/2"><headline>Tin nóng</headline>'
    ...          '<published>2022-07-01</published></article>').published
    datetime.date(2022, 7, 1)
    >>> read_xml('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]><x>&e;</x>')
    Traceback (most recent call last):
    ...
    vn_newsdoc.errors.MalformedInputError: DOCTYPE and ENTITY declarations are not allowed (line 1, position 0)
    """  # noqa: E501
    del strict, reference, profiles  # the shared contract's; nothing here to use them on
    text, source_name, limits = open_source(source, source_name, url, limits)
    declaration = _DECLARATIONS.search(text)
    if declaration is not None:
        raise MalformedInputError(
            "DOCTYPE and ENTITY declarations are not allowed",
            source=source_name,
            line=text.count("\n", 0, declaration.start()) + 1,
            position=declaration.start(),
        )
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate in the text
        raise MalformedInputError(
            f"not XML text: character {exc.start} is a lone surrogate",
            source=source_name,
            position=exc.start,
        ) from exc
    check_attributes(data, limits, source_name)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        if "Excessive depth" in exc.msg:
            raise InputLimitError(
                "depth", limits.max_depth + 1, limits.max_depth, source=source_name
            ) from exc
        line, column = exc.position
        raise MalformedInputError(
            f"not well-formed XML: {shown(exc.msg, 200, quoted=False)}",
            source=source_name,
            line=line or None,
            position=_offset(text, line, column),
        ) from exc
    if root is None:
        raise MalformedInputError("not XML: no root element", source=source_name)
    check_tree(root, limits, source_name, data=data)
    version_1 = _check_version(root, source_name)
    if version_1:
        _to_current_namespace(root)
    try:
        return with_url(_read_article(root, version_1=version_1), url)
    except _ElementError as exc:
        # The cause is the model's or the time parser's own error, where there is one.
        raise MalformedInputError(
            exc.message, source=source_name, line=exc.line, field=exc.path
        ) from exc.__cause__
