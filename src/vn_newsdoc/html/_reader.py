"""One read of a page: the cascade that finds each field of the article.

:class:`PageReader` holds the parsed page, its metadata and the site profile, and fills the
article field by field: the site profile's selector first, then generic cues (content
scoring, class hints, position beside the headline and body), then the metadata.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from vn_newsdoc.errors import MissingFieldError
from vn_newsdoc.html import _fields
from vn_newsdoc.html._blocks import (
    dateline_from_body,
    headline_from_body,
    is_subheading,
    lead_continued,
    lead_from_body,
)
from vn_newsdoc.html._credits import (
    author_parts,
    find_author_elements,
    find_source,
    merge_bylines,
    opening_byline,
    signature_after,
    source_near,
)
from vn_newsdoc.html._dating import choose_dates, read_datelines
from vn_newsdoc.html._lead import lead_between, lead_by_description
from vn_newsdoc.html._metatime import is_vietnamese, naive_zone
from vn_newsdoc.html.body import (
    BodyBlock,
    assemble,
    drop_date_lines,
    find_containers,
    is_noise_text,
    read_blocks,
)
from vn_newsdoc.html.figures import split_credit
from vn_newsdoc.html.metadata import PageMetadata
from vn_newsdoc.html.sites import CompiledProfile
from vn_newsdoc.model import (
    Article,
    Block,
    Byline,
    Figure,
    Heading,
    ListItem,
    Paragraph,
    Quote,
)
from vn_newsdoc.text import clean, clean_or_none, fold_key
from vn_newsdoc.vi.bylines import parse_author_meta, split_byline, split_outlet_tag
from vn_newsdoc.vi.dates import Timestamp
from vn_newsdoc.vi.people import find_people

__all__ = ["PageReader"]

_log = logging.getLogger(__name__)


class PageReader:
    """The state of one read: the tree, its metadata, the profile, what was found."""

    def __init__(
        self,
        root: HtmlElement,
        meta: PageMetadata,
        profile: CompiledProfile | None,
        *,
        url: str | None,
        name: str,
        strict: bool,
        reference: dt.datetime | None = None,
    ) -> None:
        self.root = root
        self.meta = meta
        self.profile = profile
        self.url = url
        self.name = name
        self.strict = strict
        self.reference = reference

    @functools.cached_property
    def survey(self) -> _fields.Survey:
        """The one pass over the page the generic cues need (made only when needed)."""
        return _fields.Survey(self.root)

    # -- the cascade -------------------------------------------------------------------
    def article(self) -> Article:
        """Read the article, field by field.

        Raises:
            MissingFieldError: No headline; with ``strict``, no body or no date.
        """
        containers = self._containers()
        anchors = _fields.body_anchors(containers)
        headline_el, headline = self._headline(anchors)
        if headline is None:
            raise MissingFieldError("headline", source=self.name)
        lead_el = self._lead_element(headline_el, anchors, containers)
        lead = self._lead_text(lead_el) if lead_el is not None else None
        dateline_els, stamps = self._datelines(headline_el)
        skip = {e for e in (headline_el, lead_el) if e is not None}
        skip.update(dateline_els)
        drops = self._profile_drops(containers)
        blocks = assemble(read_blocks(containers, skip=frozenset(skip), drop=drops))
        blocks = self._drop_repeats(blocks, headline, lead)
        opening, blocks = opening_byline(blocks)
        if headline_el is None and self.meta.sources.get("headlines") in (None, "title"):
            # Only the <title> named the article: a bold line opening the body says better.
            headline, blocks = headline_from_body(headline, blocks)
        if not any(ts.has_time for ts, _ in stamps) and not self.meta.published_has_time:
            found, blocks = dateline_from_body(blocks, self.reference)
            stamps = found + stamps
        blocks = drop_date_lines(blocks)
        if lead is None:
            lead, blocks = lead_from_body(blocks)
        else:
            lead, blocks = lead_continued(lead, blocks)
        outlet: str | None = None
        if lead:
            tag, rest = split_outlet_tag(lead)
            if tag is not None and rest:
                outlet, lead = clean_or_none(tag), clean(rest)
        blocks, trailing = self._split_byline(blocks)
        trailing = merge_bylines([trailing, opening]) or signature_after(containers)
        byline = self._byline(trailing, anchors, containers, headline_el)
        body = self._model_blocks(blocks)
        if not any(not isinstance(b, Figure) for b in body):
            # A photo story's text is its captions: a body of captioned figures is a body.
            if not any(isinstance(b, Figure) and b.caption for b in body):
                self._missing("body")
            lead, outlet, body = self._from_metadata(lead, outlet, body)
        published, updated = choose_dates(
            stamps,
            self.meta.published,
            self.meta.updated,
            dateline_first=self.profile is not None and self.profile.profile.dateline_first,
            published_has_time=self.meta.published_has_time,
            updated_has_time=self.meta.updated_has_time,
            zone=naive_zone(self.meta.language, headline),
            vietnamese=is_vietnamese(self.meta.language, headline),
        )
        if published is None:
            self._missing("published")
        texts: list[str] = [headline]
        if lead:
            texts.append(lead)
        for block in body:
            if isinstance(block, Figure):
                if block.caption:
                    texts.append(block.caption)
            else:
                texts.append(block.text)
        return Article(
            headline=headline,
            published=published,
            updated=updated,
            lead=clean_or_none(lead),
            outlet=outlet,
            body=body,
            byline=byline,
            people=find_people(texts),
            url=clean_or_none(self.meta.url or self.url),
            site=clean_or_none(
                self.meta.site_name
                or (self.profile.name if self.profile else None)
                or _host(self.meta.url or self.url)
            ),
            section=clean_or_none(self.meta.section),
            tags=tuple(t for t in (clean(t) for t in self.meta.tags) if t),
        )

    def _from_metadata(
        self, lead: str | None, outlet: str | None, body: tuple[Block, ...]
    ) -> tuple[str | None, str | None, tuple[Block, ...]]:
        """For a page whose body has no text (its article only in metadata): the lead and
        the pictures from what the metadata says of them, where the page gave none."""
        if lead is None and self.meta.description:
            tag, rest = split_outlet_tag(self.meta.description)
            if tag is not None and rest:
                outlet, lead = clean_or_none(tag), clean(rest)
            else:
                lead = self.meta.description
        return lead, outlet, body or self.meta.images

    def _missing(self, field: str) -> None:
        if self.strict:
            raise MissingFieldError(field, source=self.name)
        _log.warning("no %s found in %s", field, self.name)

    # -- body container ----------------------------------------------------------------
    def _containers(self) -> list[HtmlElement]:
        if self.profile is not None:
            found = _fields.first_match(self.root, self.profile.body)
            if found is not None:
                return [found]
        return find_containers(self.root)

    def _profile_drops(self, containers: list[HtmlElement]) -> list[HtmlElement]:
        if self.profile is None or not self.profile.drop:
            return []
        out: list[HtmlElement] = []
        for container in containers:
            for selector in self.profile.drop:
                out.extend(e for e in selector(container) if isinstance(e, HtmlElement))
        return out

    # -- headline ----------------------------------------------------------------------
    def _headline(self, anchors: list[HtmlElement]) -> tuple[HtmlElement | None, str | None]:
        if self.profile is not None:
            el = _fields.first_match(self.root, self.profile.headline)
            if el is not None:
                return el, _fields.element_text(el)
        title = self.root.findtext(".//title")
        references = [*self.meta.headlines]
        from_title = _fields.title_tag_headline(title)
        if title:
            references.append(clean(title))
        el, text = _fields.find_headline(self.survey, references, anchors)
        if text is not None:
            return el, text
        for candidate in (*self.meta.headlines, from_title):
            if candidate:
                return None, clean(candidate)
        return None, None

    # -- lead --------------------------------------------------------------------------
    def _lead_element(
        self,
        headline_el: HtmlElement | None,
        anchors: list[HtmlElement],
        containers: list[HtmlElement],
    ) -> HtmlElement | None:
        if self.profile is not None:
            el = _fields.first_match(self.root, self.profile.lead)
            if el is not None:
                return el
        start = self.survey.order.get(containers[0], 0) if containers else 0
        found = _fields.find_lead(self.survey, headline_el, anchors, start)
        if found is None and headline_el is not None:
            found = lead_by_description(headline_el, self.meta.description, containers)
            if found is None:
                found = lead_between(headline_el, containers, self.survey.order)
        return found

    @staticmethod
    def _lead_text(el: HtmlElement) -> str | None:
        """The lead element's text, without the "read more" links some sites put in it."""
        parts = [
            b.text
            for b in read_blocks([el], skip=frozenset(), lines=True)
            if b.kind != "image" and b.link < 0.6 and not is_noise_text(b.text)
        ]
        return clean(" ".join(parts)) or None

    def _drop_repeats(
        self, blocks: list[BodyBlock], headline: str, lead: str | None
    ) -> list[BodyBlock]:
        """Leave out the headline or lead repeated at the top of the body."""
        head_key = fold_key(headline)
        lead_key = fold_key(lead) if lead else None
        out: list[BodyBlock] = []
        texts = 0
        for block in blocks:
            if block.kind != "figure" and texts < 4:
                texts += 1
                key = fold_key(block.text)
                if key == head_key or (lead_key and key == lead_key):
                    continue
                if (
                    texts == 1
                    and block.bold >= 0.8
                    and len(block.text) <= 1.3 * len(headline)
                    and _fields.similarity(block.text, headline) >= 0.75
                ):
                    continue
            out.append(block)
        if not any(b.kind != "figure" for b in out):
            return blocks  # the repeat is the whole text: keep it
        return out

    # -- byline ------------------------------------------------------------------------
    def _split_byline(self, blocks: list[BodyBlock]) -> tuple[list[BodyBlock], Byline | None]:
        """Take the closing byline lines off the body.

        The lines are looked for among the text blocks after the last captioned figure;
        pictures without a caption after them (icons of a "related" list) do not hide them.
        """
        tail: list[int] = []
        for i in range(len(blocks) - 1, -1, -1):
            block = blocks[i]
            if block.kind == "figure":
                if block.text:
                    break
                continue
            tail.append(i)
        tail.reverse()
        if not tail:
            return blocks, None
        count, byline = split_byline([blocks[i].text for i in tail])
        if count <= 0:
            return blocks, None
        gone = set(tail[len(tail) - count :])
        return [b for i, b in enumerate(blocks) if i not in gone], byline

    def _byline(
        self,
        trailing: Byline | None,
        anchors: list[HtmlElement],
        containers: list[HtmlElement],
        headline_el: HtmlElement | None,
    ) -> Byline | None:
        """The byline: closing lines, then the profile's, the metadata's, an author box.

        A closing line that gives only a source (``Theo TTXVN``) keeps its source and
        takes its authors from the next place that names some.
        """
        candidates: list[Byline | None] = [trailing]
        if self.profile is not None:
            candidates.append(self._profile_byline(self.profile))
        candidates.append(self.meta.byline)
        if not any(c is not None and c.authors for c in candidates):
            for _el, text in find_author_elements(self.survey, anchors):
                found = merge_bylines(parse_author_meta(part) for part in author_parts(text))
                if found is not None:
                    candidates.append(found)
                    break
        present = [c for c in candidates if c is not None]
        source = next((c.source for c in present if c.source), None)
        if source is None:
            source = find_source(self.survey, containers, anchors) or source_near(
                [headline_el, *self.survey.authors[:4]]
            )
            if source is not None and not present:
                return Byline(source=source)
        for candidate in present:
            if candidate.authors:
                return Byline(authors=candidate.authors, source=candidate.source or source)
        return present[0] if present else None

    def _profile_byline(self, profile: CompiledProfile) -> Byline | None:
        """The byline at the profile's selector; several matches are several authors."""
        for selector in profile.byline:
            texts = [
                text
                for el in selector(self.root)
                if isinstance(el, HtmlElement) and (text := _fields.element_text(el))
            ]
            if not texts:
                continue
            found = merge_bylines(
                parse_author_meta(part)
                for text in dict.fromkeys(texts)
                for part in author_parts(text)
            )
            if found is not None:
                return found
        return None

    # -- dates -------------------------------------------------------------------------
    def _datelines(
        self, headline_el: HtmlElement | None
    ) -> tuple[list[HtmlElement], list[tuple[Timestamp, str]]]:
        candidates: list[tuple[HtmlElement, str]] = []
        if self.profile is not None:
            for selector in self.profile.dateline:
                for el in selector(self.root):
                    if isinstance(el, HtmlElement):
                        text = _fields.element_text(el)
                        if text:
                            candidates.append((el, text))
        used: list[HtmlElement] = []
        stamps: list[tuple[Timestamp, str]] = []
        if read_datelines(candidates, used, stamps, headline_el, self.reference):
            return used, stamps
        # The profile's dateline (if any) showed no time: look by class and tag.
        survey = self.survey
        near = survey.order.get(headline_el, 0) if headline_el is not None else 0
        read_datelines(
            _fields.find_dateline(survey, near), used, stamps, headline_el, self.reference
        )
        return used, stamps

    # -- model -------------------------------------------------------------------------
    def _model_blocks(self, blocks: list[BodyBlock]) -> tuple[Block, ...]:
        out: list[Block] = []
        last_text = max((i for i, b in enumerate(blocks) if b.kind != "figure"), default=-1)
        for i, block in enumerate(blocks):
            if block.kind == "figure":
                caption, credit = split_credit(block.text) if block.text else (None, None)
                credit = credit or block.credit
                src = self._resolve(block.src)
                if caption is None and credit is None and src is None:
                    continue
                out.append(
                    Figure(
                        caption=clean_or_none(caption),
                        credit=clean_or_none(credit),
                        src=clean_or_none(src),
                    )
                )
            elif block.kind == "heading":
                out.append(Heading(block.text, level=min(block.level, 6)))
            elif block.kind == "quote":
                out.append(Quote(block.text))
            elif block.kind == "li":
                out.append(ListItem(block.text))
            elif i < last_text and is_subheading(block):
                out.append(Heading(block.text, level=2))
            else:
                out.append(Paragraph(block.text))
        return tuple(out)

    def _resolve(self, src: str | None) -> str | None:
        """An image address made absolute against the page's URL (never fetched): the URL
        the caller gave, else the page's own canonical or ``og:url``."""
        base = self.url or self.meta.url
        if not src or not base:
            return src
        try:
            return urljoin(base, src)
        except ValueError:
            return src


def _host(url: str | None) -> str | None:
    """The host of a URL without ``www.``, or ``None``."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None
