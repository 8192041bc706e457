"""A clean page: :func:`write_html` writes an article as one standalone, semantic HTML5 page.

The page is meant for people to read and for programs to read back: no scripts, no remote
assets (no stylesheet, font or image is fetched to show the text; the figures' ``<img>``
point at the image addresses the article holds), everything escaped. Its shape::

    <!DOCTYPE html>
    <html lang="vi">
    <head>
      <meta charset="utf-8"> <title>headline</title>
      <meta name="generator" content="vn_newsdoc/2"> <style>…</style>
      <link rel="canonical" href="url">
      <meta property="og:title" content="headline">
      <meta property="og:site_name" content="site">
      <meta property="article:published_time" content="2024-09-14T07:30:00+07:00">
      <meta property="article:modified_time" content="…">
      <meta property="article:section" content="section">
      <meta property="article:tag" content="tag">        (one per tag)
      <meta name="description" content="lead">
    </head>
    <body><article>
      <header>
        <h1>headline</h1>
        <p class="dateline"><time class="published" datetime="…">14/09/2024 07:30</time> …</p>
        <p class="sapo"><span class="outlet">BQT</span> - lead</p>
      </header>
      <p>…</p> <h2>…</h2> <blockquote><p>…</p></blockquote> <ul><li>…</li></ul>
      <figure><img src="…" alt="caption"><figcaption>caption <span class="credit">(Ảnh: credit)</span></figcaption></figure>
      <footer><p class="byline">Bài, ảnh: <span class="author" data-roles="text photo">…</span></p>
              <p class="source">Theo <span>…</span></p></footer>
    </article></body></html>

Consecutive list items share one ``<ul>``; a heading keeps its level (``<h2>`` to
``<h6>``). Times are shown in Vietnam time to the minute and given exactly, with their
offset, in ``<time datetime>`` and the ``article:`` meta tags; a date without a time is
shown and given as the date alone (``<time class="published"
datetime="2022-07-01">01/07/2022</time>``, ``content="2022-07-01"``). The byline is written as a
Vietnamese page prints it (``Bài, ảnh: Lê Minh Đức - Video: Vũ Thanh``, ``Theo TTXVN``).
The people the article names have no markup of their own: they are in the text.

What :func:`vn_newsdoc.html.read_html` reads back from the page is listed in the
documentation's page on the HTML form.

>>> from vn_newsdoc.model import Article, Figure, Paragraph
>>> page = write_html(Article(headline="Mưa <lớn>", body=(
...     Paragraph("Nước dâng & ngập."), Figure(caption="Đường ngập", credit="Vi Thu"))))
>>> print(page[page.index("<h1>"):page.index("</figure>") + 9])
<h1>Mưa &lt;lớn&gt;</h1>
</header>
<p>Nước dâng &amp; ngập.</p>
<figure><figcaption>Đường ngập <span class="credit">(Ảnh: Vi Thu)</span></figcaption></figure>
"""  # noqa: E501

from __future__ import annotations

import datetime as dt
import functools
import logging
from html import escape

from lxml.etree import XPath, _Element

from vn_newsdoc._dictform import READABLE_VERSIONS, SCHEMA_VERSION
from vn_newsdoc._tree import text_content
from vn_newsdoc.errors import InvalidArticleError
from vn_newsdoc.formats._iso import format_day_first, format_when, parse_when
from vn_newsdoc.formats.text import role_words
from vn_newsdoc.model import (
    Article,
    Author,
    Block,
    Byline,
    Figure,
    Heading,
    ListItem,
    Paragraph,
    Quote,
    Role,
)
from vn_newsdoc.text import clean
from vn_newsdoc.vi.dates import VIETNAM
from vn_newsdoc.vi.people import find_people

__all__ = ["body_html", "read_written_page", "write_html"]

_log = logging.getLogger(__name__)

# Enough to read comfortably; inline, so the page needs nothing from the network.
_STYLE = (
    "body{margin:0 auto;max-width:42em;padding:1em;font:1.1em/1.6 Georgia,serif;color:#222}"
    "h1{line-height:1.25}.dateline,.byline,.source,figcaption{color:#555;font-size:.9em}"
    ".sapo{font-weight:bold}figure{margin:1.5em 0}img{max-width:100%;height:auto}"
    "blockquote{margin-left:0;padding-left:1em;border-left:3px solid #ccc}"
    "footer{margin-top:2em;text-align:right}"
)


def _text(value: str) -> str:
    return escape(value, quote=False)


def _attr(value: str) -> str:
    return escape(value, quote=True)


def _shown_time(value: dt.date) -> str:
    if not isinstance(value, dt.datetime):
        return format_day_first(value)
    return value.astimezone(VIETNAM).strftime("%d/%m/%Y %H:%M")


def _time(value: dt.date, kind: str) -> str:
    stamp = format_when(value)
    return f'<time class="{kind}" datetime="{stamp}">{_shown_time(value)}</time>'


def _figure(figure: Figure) -> str:
    parts = ["<figure>"]
    if figure.src is not None:
        alt = _attr(figure.caption or "")
        parts.append(f'<img src="{_attr(figure.src)}" alt="{alt}">')
    if figure.caption is not None or figure.credit is not None:
        caption = [_text(figure.caption)] if figure.caption is not None else []
        if figure.credit is not None:
            caption.append(f'<span class="credit">(Ảnh: {_text(figure.credit)})</span>')
        parts.append(f"<figcaption>{' '.join(caption)}</figcaption>")
    parts.append("</figure>")
    return "".join(parts)


def _block(block: Block) -> str:
    if isinstance(block, Figure):
        return _figure(block)
    if isinstance(block, Heading):
        return f"<h{block.level}>{_text(block.text)}</h{block.level}>"
    if isinstance(block, Quote):
        return f"<blockquote><p>{_text(block.text)}</p></blockquote>"
    if isinstance(block, ListItem):
        return f"<li>{_text(block.text)}</li>"
    return f"<p>{_text(block.text)}</p>"


def body_html(body: tuple[Block, ...]) -> str:
    """The body's blocks as an HTML fragment, one element a line, in reading order.

    Consecutive list items are wrapped in one ``<ul>``. The ninjs writer uses the same
    fragment for its HTML body.

    >>> from vn_newsdoc.model import ListItem, Paragraph
    >>> print(body_html((Paragraph("Gồm:"), ListItem("Một"), ListItem("Hai"))))
    <p>Gồm:</p>
    <ul>
    <li>Một</li>
    <li>Hai</li>
    </ul>
    """
    lines: list[str] = []
    in_list = False
    for block in body:
        is_item = isinstance(block, ListItem)
        if is_item and not in_list:
            lines.append("<ul>")
        elif in_list and not is_item:
            lines.append("</ul>")
        in_list = is_item
        lines.append(_block(block))
    if in_list:
        lines.append("</ul>")
    return "\n".join(lines)


def _footer(byline: Byline) -> str:
    """The byline as a page prints it, each name in a span that keeps its roles exactly."""
    parts = []
    if byline.authors:
        runs: list[tuple[tuple[Role, ...], list[str]]] = []
        for author in byline.authors:
            kinds = " ".join(role.value for role in author.roles)
            span = f'<span class="author" data-roles="{kinds}">{_text(author.name)}</span>'
            if runs and runs[-1][0] == author.roles:
                runs[-1][1].append(span)
            else:
                runs.append((author.roles, [span]))
        plain = all(roles == (Role.TEXT,) for roles, _ in runs)
        segments = []
        for roles, spans in runs:
            joined = " - ".join(spans)
            if not plain:
                joined = f"{role_words(roles)}: {joined}"
            segments.append(joined)
        parts.append(f'<p class="byline">{" - ".join(segments)}</p>')
    if byline.source is not None:
        parts.append(f'<p class="source">Theo <span>{_text(byline.source)}</span></p>')
    return f"<footer>{''.join(parts)}</footer>"


def _head(article: Article) -> list[str]:
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_text(article.headline)}</title>",
        f'<meta name="generator" content="{SCHEMA_VERSION}">',
        f"<style>{_STYLE}</style>",
    ]
    if article.url is not None:
        head.append(f'<link rel="canonical" href="{_attr(article.url)}">')
    head.append(f'<meta property="og:title" content="{_attr(article.headline)}">')
    if article.site is not None:
        head.append(f'<meta property="og:site_name" content="{_attr(article.site)}">')
    head.append('<meta property="og:type" content="article">')
    if article.published is not None:
        value = format_when(article.published)
        head.append(f'<meta property="article:published_time" content="{value}">')
    if article.updated is not None:
        value = format_when(article.updated)
        head.append(f'<meta property="article:modified_time" content="{value}">')
    if article.section is not None:
        head.append(f'<meta property="article:section" content="{_attr(article.section)}">')
    head.extend(f'<meta property="article:tag" content="{_attr(tag)}">' for tag in article.tags)
    if article.lead is not None:
        head.append(f'<meta name="description" content="{_attr(article.lead)}">')
    return head


def write_html(article: Article) -> str:
    """Write ``article`` as one standalone HTML5 page (the form described in this module).

    Args:
        article: The article to write.

    Returns:
        The page, UTF-8 declared, ending with a line break.

    >>> import datetime as dt
    >>> from vn_newsdoc.model import Article
    >>> vn = dt.timezone(dt.timedelta(hours=7))
    >>> page = write_html(Article(headline="Tin", published=dt.datetime(2019, 8, 7, 15, 43, tzinfo=vn)))
    >>> print(page[page.index("<header>"):page.index("</header>")], end="")
    <header>
    <h1>Tin</h1>
    <p class="dateline"><time class="published" datetime="2019-08-07T15:43:00+07:00">07/08/2019 15:43</time></p>
    """  # noqa: E501
    header = [f"<h1>{_text(article.headline)}</h1>"]
    dates = []
    if article.published is not None:
        dates.append(_time(article.published, "published"))
    if article.updated is not None:
        dates.append(f"Cập nhật: {_time(article.updated, 'updated')}")
    if dates:
        header.append(f'<p class="dateline">{" - ".join(dates)}</p>')
    if article.lead is not None or article.outlet is not None:
        sapo = [] if article.lead is None else [_text(article.lead)]
        if article.outlet is not None:
            sapo.insert(0, f'<span class="outlet">{_text(article.outlet)}</span>')
        header.append(f'<p class="sapo">{" - ".join(sapo)}</p>')
    lines = [
        "<!DOCTYPE html>",
        '<html lang="vi">',
        "<head>",
        *_head(article),
        "</head>",
        "<body>",
        "<article>",
        "<header>",
        *header,
        "</header>",
    ]
    if article.body:
        lines.append(body_html(article.body))
    if article.byline is not None:
        lines.append(_footer(article.byline))
    lines.extend(["</article>", "</body>", "</html>"])
    return "\n".join(lines) + "\n"


# --- Reading a page this module wrote -----------------------------------------------------


class _NotThisFormError(Exception):
    """The page declares this form but its structure differs (edited by hand, say)."""


# The paths of this form, compiled once: compiling one again on every call cost more than
# evaluating it.
_AUTHOR_SPANS = XPath("p[@class='byline']/span[@class='author']")
_META_CONTENT = XPath("head/meta[@property=$prop]/@content")
_CANONICAL = XPath("head/link[@rel='canonical']/@href")
_GENERATOR = XPath("head/meta[@name='generator']/@content")


@functools.cache  # the form's few paths (a dateline's two kinds among them)
def _compiled(path: str) -> XPath:
    return XPath(path)


def _only(parent: _Element, path: str) -> _Element | None:
    found = _compiled(path)(parent)
    if len(found) > 1:
        raise _NotThisFormError(f"more than one {path}")
    return found[0] if found and isinstance(found[0], _Element) else None


def _content(el: _Element) -> str:
    return clean(text_content(el))


def _read_time(header: _Element, kind: str) -> dt.date | None:
    el = _only(header, f"p[@class='dateline']/time[@class='{kind}']")
    if el is None:
        return None
    try:
        return parse_when(el.get("datetime") or "")
    except ValueError as exc:
        raise _NotThisFormError(str(exc)) from exc


def _read_lead(header: _Element) -> tuple[str | None, str | None]:
    sapo = _only(header, "p[@class='sapo']")
    if sapo is None:
        return None, None
    outlet_el = _only(sapo, "span[@class='outlet']")
    outlet = None
    if outlet_el is not None:
        outlet = _content(outlet_el)
        tail = outlet_el.tail or ""
        if not tail:
            return outlet, None
        if not tail.startswith(" - "):
            raise _NotThisFormError("no dash after the outlet tag")
        return outlet, clean(tail[3:])
    return None, _content(sapo)


def _read_figure(el: _Element) -> Figure:
    img = _only(el, "img")
    src = img.get("src") if img is not None else None
    caption: str | None = None
    credit: str | None = None
    figcaption = _only(el, "figcaption")
    if figcaption is not None:
        credit_el = _only(figcaption, "span[@class='credit']")
        if credit_el is not None:
            text = _content(credit_el)
            if not (text.startswith("(Ảnh: ") and text.endswith(")")):
                raise _NotThisFormError("a credit not written (Ảnh: …)")
            credit = clean(text[6:-1])
            caption = clean(figcaption.text or "") or None
        else:
            caption = _content(figcaption) or None
    return Figure(caption=caption, credit=credit, src=src)


def _read_body(article: _Element) -> list[Block]:
    body: list[Block] = []
    for el in article.iterchildren():
        tag = el.tag
        if tag in ("header", "footer"):
            continue
        if tag == "p":
            body.append(Paragraph(_content(el)))
        elif tag in ("h2", "h3", "h4", "h5", "h6"):
            body.append(Heading(_content(el), level=int(tag[1])))
        elif tag == "blockquote":
            body.append(Quote(_content(el)))
        elif tag == "ul":
            body.extend(ListItem(_content(li)) for li in el.iterchildren("li"))
        elif tag == "figure":
            body.append(_read_figure(el))
        else:
            raise _NotThisFormError(f"an element {tag!r} in the article")
    return body


def _read_byline(article: _Element) -> Byline | None:
    footer = _only(article, "footer")
    if footer is None:
        return None
    authors = []
    for span in _AUTHOR_SPANS(footer):
        try:
            roles = tuple(Role(r) for r in (span.get("data-roles") or "").split())
        except ValueError as exc:
            raise _NotThisFormError(str(exc)) from exc
        authors.append(Author(_content(span), roles=roles))
    source_el = _only(footer, "p[@class='source']/span")
    return Byline(
        authors=tuple(authors), source=_content(source_el) if source_el is not None else None
    )


def _meta(root: _Element, prop: str) -> list[str]:
    return [str(v) for v in _META_CONTENT(root, prop=prop)]


def _read_page(root: _Element) -> Article:
    article = _only(root, "body/article")
    header = _only(article, "header") if article is not None else None
    headline = _only(header, "h1") if header is not None else None
    if article is None or header is None or headline is None:
        raise _NotThisFormError("no <article> with a <header> and an <h1>")
    outlet, lead = _read_lead(header)
    canonical = _CANONICAL(root)
    site = _meta(root, "og:site_name")
    section = _meta(root, "article:section")
    body = tuple(_read_body(article))
    title = _content(headline)
    texts = [title, *([lead] if lead else [])]
    texts.extend(b.caption or "" if isinstance(b, Figure) else b.text for b in body)
    return Article(
        headline=title,
        published=_read_time(header, "published"),
        updated=_read_time(header, "updated"),
        lead=lead,
        outlet=outlet,
        body=body,
        byline=_read_byline(article),
        people=find_people(t for t in texts if t),
        url=str(canonical[0]) if canonical else None,
        site=site[0] if site else None,
        section=section[0] if section else None,
        tags=tuple(_meta(root, "article:tag")),
    )


def read_written_page(root: _Element) -> Article | None:
    """The article of a page that :func:`write_html` wrote, read exactly; ``None`` for
    any other page (which the generic reader then reads).

    A page is taken for this form when its ``<meta name="generator">`` names a schema
    version this release reads (``vn_newsdoc/2``, or ``vn_newsdoc/1`` for a page an earlier
    release wrote) and its structure is the one :func:`write_html` writes; a page edited
    so that its structure or values no longer fit is read by the generic path instead.
    ``people`` are found again in the text, as on any page.

    Args:
        root: The parsed page (from :func:`vn_newsdoc.html.read_html`'s parser).

    >>> import lxml.html
    >>> from vn_newsdoc.model import Article
    >>> page = write_html(Article(headline="Tin", lead="Mở đầu."))
    >>> read_written_page(lxml.html.document_fromstring(page)).lead
    'Mở đầu.'
    """
    generator = [str(g) for g in _GENERATOR(root)]
    if len(generator) != 1 or generator[0] not in READABLE_VERSIONS:
        return None
    try:
        return _read_page(root)
    except (_NotThisFormError, InvalidArticleError) as exc:
        _log.info(
            "the page names %s as its generator but is not in its form: %s", generator[0], exc
        )
        return None
