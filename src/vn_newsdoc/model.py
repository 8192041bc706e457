"""The article model: one news article, independent of the page it came from.

Every class is a frozen, slotted :mod:`attrs` class, so articles are safe to share, hash and
cache; change one with :func:`attrs.evolve`. The model enforces its invariants when an
object is built and never cleans anything itself (cleaning is the readers' job):

* text is clean in the sense of :func:`vn_newsdoc.text.clean` (NFC, white space folded and
  trimmed, no character XML 1.0 cannot carry), so every article can be written to every
  format;
* an absent value is ``None`` and an absent sequence ``()``; text is never ``""``;
* times are timezone-aware :class:`~datetime.datetime` values with the offset the page gave
  (Vietnamese pages publish in Vietnam time, +07:00), or a :class:`~datetime.date` where
  the page gives a date without a time of day: no time is ever invented.

A violation raises :class:`~vn_newsdoc.errors.InvalidArticleError` naming the field.

>>> import datetime as dt
>>> from vn_newsdoc.model import Article, Figure, Paragraph
>>> a = Article(
...     headline="Mưa lớn ở Quảng Tín",
...     published=dt.datetime(2019, 8, 7, 15, 43, tzinfo=dt.timezone(dt.timedelta(hours=7))),
...     body=(Paragraph("Đoạn một."), Figure(caption="Nước ngập đường"), Paragraph("Đoạn hai.")),
... )
>>> a.paragraphs
('Đoạn một.', 'Đoạn hai.')
>>> a.captions
('Nước ngập đường',)
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs

from vn_newsdoc._field_docs import add_field_docs
from vn_newsdoc.errors import InvalidArticleError, shown
from vn_newsdoc.text import _VOUCHED, clean, is_clean, xml_invalid_chars

__all__ = [
    "Article",
    "Author",
    "Block",
    "Byline",
    "Figure",
    "Heading",
    "ListItem",
    "Paragraph",
    "Person",
    "Quote",
    "Role",
]


# ---------------------------------------------------------------------------------------
# Validators: they check, they never change a value.


def _check_text(field: str, value: object) -> None:
    # A text the reader cleaned and handed over as it is (vn_newsdoc.text._VOUCHED holds
    # the very string) is clean: it is not looked at again. Any other value is checked.
    if type(value) is str and _VOUCHED.get(id(value)) is value:
        return
    if not isinstance(value, str):
        raise InvalidArticleError(field, f"must be a str, not {type(value).__name__}")
    if not value:
        raise InvalidArticleError(field, "must not be empty (use None for an absent value)")
    if is_clean(value):  # the common case, checked at once
        return
    bad = xml_invalid_chars(value)
    if bad:
        raise InvalidArticleError(field, f"holds characters XML 1.0 cannot carry: {shown(bad[:5])}")
    if clean(value) != value:
        raise InvalidArticleError(
            field,
            "must be clean text (NFC, white space folded and trimmed, no control or "
            "zero-width characters); pass it through vn_newsdoc.text.clean() first",
        )


def _text(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_text(attribute.name, value)


def _optional_text(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _check_text(attribute.name, value)


def _text_tuple(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple):
        raise InvalidArticleError(attribute.name, f"must be a tuple, not {type(value).__name__}")
    for i, item in enumerate(value):
        _check_text(f"{attribute.name}[{i}]", item)


_MAX_OFFSET = dt.timedelta(hours=14)


def _aware_or_date(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return  # a date without a time of day
    if not isinstance(value, dt.datetime):
        raise InvalidArticleError(
            attribute.name,
            f"must be a datetime, a date or None, not {type(value).__name__}",
        )
    offset = value.utcoffset()
    if offset is None:
        raise InvalidArticleError(
            attribute.name,
            "must be timezone-aware (Vietnamese pages publish in +07:00); "
            "a naive datetime is ambiguous",
        )
    # ISO 8601 and XML Schema write offsets as ±hh:mm within ±14:00; zoneinfo's local mean
    # times before 1906 (+07:06:40 for Asia/Ho_Chi_Minh) cannot be written.
    if offset % dt.timedelta(minutes=1) or abs(offset) > _MAX_OFFSET:
        raise InvalidArticleError(
            attribute.name,
            f"has a UTC offset of {offset}, which no format can write: offsets are whole "
            "minutes within ±14:00",
        )


def _typed_tuple(*types: type) -> Any:
    names = " or ".join(t.__name__ for t in types)

    def check(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise InvalidArticleError(
                attribute.name, f"must be a tuple, not {type(value).__name__}"
            )
        for i, item in enumerate(value):
            if not isinstance(item, types):
                raise InvalidArticleError(
                    f"{attribute.name}[{i}]", f"must be a {names}, not {type(item).__name__}"
                )

    return check


# ---------------------------------------------------------------------------------------
# Body blocks.


@attrs.frozen
class Paragraph:
    """A paragraph of running text in the body.

    >>> Paragraph("Chiều 1/7, đoàn công tác đã làm việc với Thành ủy.").text
    'Chiều 1/7, đoàn công tác đã làm việc với Thành ủy.'
    """

    text: str = attrs.field(validator=_text)
    """The paragraph's text, clean."""


@attrs.frozen
class Heading:
    """A subheading inside the body (not the article's headline).

    >>> Heading("Giá vàng giảm mạnh", level=2)
    Heading(text='Giá vàng giảm mạnh', level=2)
    """

    text: str = attrs.field(validator=_text)
    """The subheading's text, clean."""
    level: int = attrs.field(default=2)
    """Its rank, as in HTML: 2 for a first-level subheading (the headline is level 1)."""

    @level.validator
    def _check_level(self, attribute: attrs.Attribute[int], value: object) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or not 2 <= value <= 6:
            raise InvalidArticleError("level", f"must be an int from 2 to 6, not {shown(value)}")


@attrs.frozen
class Quote:
    """A quotation set apart from the running text (a blockquote or pull quote).

    >>> Quote("“Chúng tôi sẽ làm đến cùng”").text
    '“Chúng tôi sẽ làm đến cùng”'
    """

    text: str = attrs.field(validator=_text)
    """The quotation, clean."""


@attrs.frozen
class ListItem:
    """One item of a bulleted or numbered list in the body.

    >>> ListItem("Giảm thuế giá trị gia tăng.").text
    'Giảm thuế giá trị gia tăng.'
    """

    text: str = attrs.field(validator=_text)
    """The item's text, clean, without its bullet or number."""


@attrs.frozen
class Figure:
    """A picture in the body, with what the page says under it.

    ``caption`` holds the caption without the photo credit; ``credit`` holds the credited
    name or organisation without the role word (``"Ảnh: Ngọc Thành"`` gives
    ``"Ngọc Thành"``). A figure with neither caption nor source is meaningless and refused.

    >>> Figure(caption="Quang cảnh buổi làm việc", credit="Vi Thu").credit
    'Vi Thu'
    """

    caption: str | None = attrs.field(default=None, validator=_optional_text)
    """The caption as shown, without a trailing photo credit; ``None`` if there is none."""
    credit: str | None = attrs.field(default=None, validator=_optional_text)
    """Who the photo is credited to, without ``Ảnh:``; ``None`` if uncredited."""
    src: str | None = attrs.field(default=None, validator=_optional_text)
    """The image's address as the page gives it (resolved against the page URL)."""

    def __attrs_post_init__(self) -> None:
        if self.caption is None and self.src is None and self.credit is None:
            raise InvalidArticleError("figure", "needs a caption, a credit or a src")


Block: TypeAlias = "Paragraph | Heading | Quote | ListItem | Figure"
"""One block of the body: a paragraph, subheading, quote, list item or figure."""

_BLOCK_TYPES = (Paragraph, Heading, Quote, ListItem, Figure)


# ---------------------------------------------------------------------------------------
# Byline and people.


class Role(str, enum.Enum):  # noqa: UP042 (a StrEnum would print its members otherwise)
    """What an author is credited for.

    >>> Role("photo") is Role.PHOTO
    True
    """

    TEXT = "text"
    """Wrote the text (``Bài:``, ``Tin:``, or a bare name)."""
    PHOTO = "photo"
    """Took the photos (``Ảnh:``)."""
    VIDEO = "video"
    """Shot or edited the video (``Video:``, ``Clip:``)."""
    GRAPHICS = "graphics"
    """Made the graphics or design (``Đồ họa:``, ``Thiết kế:``)."""
    COMPILED = "compiled"
    """Compiled the piece from other sources (``(tổng hợp)``, ``Tổng hợp:``)."""
    TRANSLATED = "translated"
    """Translated it (``Dịch:``, ``(lược dịch)``)."""

    def __str__(self) -> str:
        return self.value


def _roles(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not value:
        raise InvalidArticleError(attribute.name, "must be a non-empty tuple of Role")
    for i, role in enumerate(value):
        if not isinstance(role, Role):
            raise InvalidArticleError(f"roles[{i}]", f"must be a Role, not {shown(role)}")
    if len(set(value)) != len(value):
        raise InvalidArticleError(attribute.name, "must not repeat a role")


@attrs.frozen
class Author:
    """A person credited in the byline, with what they are credited for.

    >>> Author("Ngọc Thành", roles=(Role.TEXT, Role.PHOTO)).role
    <Role.TEXT: 'text'>
    """

    name: str = attrs.field(validator=_text)
    """The name as credited, without role words (``Bài, ảnh:``) or organisation."""
    roles: tuple[Role, ...] = attrs.field(default=(Role.TEXT,), validator=_roles)
    """What the author is credited for, in the order the byline gives (at least one)."""

    @property
    def role(self) -> Role:
        """The first (main) role."""
        return self.roles[0]


@attrs.frozen
class Byline:
    """Who the article is credited to: its authors and the source organisation.

    >>> Byline(authors=(Author("Vi Thu"),), source="Trung tâm TT&VH Móng Cái").names
    ('Vi Thu',)
    """

    authors: tuple[Author, ...] = attrs.field(default=(), validator=_typed_tuple(Author))
    """The credited people, in byline order."""
    source: str | None = attrs.field(default=None, validator=_optional_text)
    """The credited organisation (``"Theo TTXVN"`` gives ``"TTXVN"``), or ``None``."""

    def __attrs_post_init__(self) -> None:
        if not self.authors and self.source is None:
            raise InvalidArticleError(
                "byline", "needs an author or a source (use None for no byline)"
            )

    @property
    def names(self) -> tuple[str, ...]:
        """The authors' names, in order."""
        return tuple(a.name for a in self.authors)


@attrs.frozen
class Person:
    """Someone the article names, with the titles written beside them.

    >>> Person("Nguyễn Văn Đô", ("Phó Bí thư Thường trực Thành ủy",)).titles
    ('Phó Bí thư Thường trực Thành ủy',)
    """

    name: str = attrs.field(validator=_text)
    """The full name as first written."""
    titles: tuple[str, ...] = attrs.field(default=(), validator=_text_tuple)
    """Ranks, degrees and positions written beside the name, verbatim, in order; forms of
    address (``ông``, ``bà``, ``đồng chí``) are not titles."""


# ---------------------------------------------------------------------------------------
# The article.


@attrs.frozen(kw_only=True)
class Article:
    """One news article: what a careful reader takes from the page.

    Only ``headline`` is required; everything else defaults to absent.

    >>> Article(headline="Tin nóng").byline is None
    True
    """

    headline: str = attrs.field(validator=_text)
    """The article's own headline (its ``h1``), not the page title with the site's name."""
    published: dt.datetime | dt.date | None = attrs.field(default=None, validator=_aware_or_date)
    """When it was first published: a timezone-aware :class:`~datetime.datetime` with the
    offset the page gave, or a :class:`~datetime.date` where the page gives only a date
    (``01/07/2022``: no time of day is invented). A naive datetime is refused. Test for a
    time with ``isinstance(a.published, datetime.datetime)``: every datetime is also a
    date."""
    updated: dt.datetime | dt.date | None = attrs.field(default=None, validator=_aware_or_date)
    """When it was last updated, where the page says and it differs from ``published``:
    an aware datetime, or a date where the page gives only a date."""
    lead: str | None = attrs.field(default=None, validator=_optional_text)
    """The sapo: the lead paragraph set apart above the body, without an outlet tag."""
    outlet: str | None = attrs.field(default=None, validator=_optional_text)
    """The outlet tag printed in front of the lead (``"TTO"`` from ``"TTO - …"``,
    ``"Dân trí"`` from ``"(Dân trí) - …"``), kept apart from the lead."""
    body: tuple[Block, ...] = attrs.field(default=(), validator=_typed_tuple(*_BLOCK_TYPES))
    """The article in reading order: paragraphs, subheadings, quotes, list items and
    figures, each where the page put it."""
    byline: Byline | None = attrs.field(default=None)
    """Who the article is credited to, or ``None`` where the page credits no one."""
    people: tuple[Person, ...] = attrs.field(default=(), validator=_typed_tuple(Person))
    """The people the article names, once each, in order of first mention."""
    url: str | None = attrs.field(default=None, validator=_optional_text)
    """Where the article lives: the canonical URL where the page gives one."""
    site: str | None = attrs.field(default=None, validator=_optional_text)
    """The publishing site or organisation (``"vnexpress.net"``, ``"Báo Chính phủ"``)."""
    section: str | None = attrs.field(default=None, validator=_optional_text)
    """The section the site files the article under (``"Kinh doanh"``), or ``None``."""
    tags: tuple[str, ...] = attrs.field(default=(), validator=_text_tuple)
    """The site's tags or keywords for the article, in page order."""

    @byline.validator
    def _check_byline(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and not isinstance(value, Byline):
            raise InvalidArticleError("byline", f"must be a Byline or None, not {shown(value)}")

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The text blocks of the body in order (paragraphs, subheadings, quotes, list
        items), as plain strings; figures left out."""
        return tuple(b.text for b in self.body if not isinstance(b, Figure))

    @property
    def captions(self) -> tuple[str, ...]:
        """The figures' captions in reading order (figures without one left out)."""
        return tuple(b.caption for b in self.body if isinstance(b, Figure) and b.caption)

    @property
    def figures(self) -> tuple[Figure, ...]:
        """The figures of the body, in reading order."""
        return tuple(b for b in self.body if isinstance(b, Figure))

    @property
    def authors(self) -> tuple[str, ...]:
        """The byline's author names, in order (``()`` without a byline)."""
        return self.byline.names if self.byline else ()

    @property
    def text(self) -> str:
        """The article's running text: the lead, then the body's text blocks (paragraphs,
        subheadings, quotes, list items) in reading order, one blank line between blocks;
        captions, the headline and the byline are left out. ``""`` when there is none.

        >>> Article(headline="Tin", lead="Mở đầu.", body=(
        ...     Paragraph("Đoạn một."), Figure(caption="Ảnh"), Quote("“Câu nói”"))).text
        'Mở đầu.\\n\\nĐoạn một.\\n\\n“Câu nói”'
        """
        parts = [self.lead] if self.lead else []
        parts.extend(self.paragraphs)
        return "\n\n".join(parts)

    def to_dict(self) -> dict[str, Any]:
        """The article as Python data in the JSON form (:mod:`vn_newsdoc.formats.json`).

        Unlike ``attrs.asdict``, the data keeps each body block's kind (``"type"``),
        writes times as ISO 8601 strings with their offset and roles as their names, and
        carries the schema version, so :meth:`from_dict` gives the same article back.

        >>> data = Article(headline="Tin", body=(Heading("Phần một"),)).to_dict()
        >>> data["schema"], data["body"]
        ('vn_newsdoc/2', [{'type': 'heading', 'text': 'Phần một', 'level': 2}])
        >>> Article.from_dict(data) == Article(headline="Tin", body=(Heading("Phần một"),))
        True
        """
        # Imported here: the JSON form's converter imports this module.
        from vn_newsdoc._dictform import to_dict  # noqa: PLC0415

        return to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """The article that :meth:`to_dict` gave ``data`` for (or that a JSON document in
        this form holds, once parsed).

        Keys left out count as absent, except ``schema`` and ``headline``.

        Raises:
            MalformedInputError: ``data`` is not an article of this form; ``field`` names
                the path of the bad value (``$.body[2].level``).
            SchemaVersionError: ``"schema"`` is missing or names another version.

        >>> Article.from_dict({"schema": "vn_newsdoc/2", "headline": "Tin"}).headline
        'Tin'
        """
        from vn_newsdoc._dictform import from_dict  # noqa: PLC0415

        return from_dict(data)


# help() shows each field's description: the descriptions under the fields, which Sphinx
# reads from the source, copied into the class docstrings (vn_newsdoc._field_docs).
add_field_docs((*_BLOCK_TYPES, Author, Byline, Person, Article), __file__)
