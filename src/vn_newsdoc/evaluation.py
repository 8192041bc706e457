"""Compare an :class:`~vn_newsdoc.Article` with an expected reading, field by field.

The measures are those of the evaluation corpus (``../shared/corpus/README.md``), so that
every extractor is scored the same way by the benchmark and by the tests:

* ``headline``, ``lead``, ``authors``, ``source``: equal after normalisation (NFC, white
  space folded and trimmed: :func:`vn_newsdoc.text.clean`); authors as the ordered list of
  names.
* ``published``, ``updated``: the same instant to the minute (seconds ignored) **and** the
  same UTC offset. ``published_day`` is also kept: the same calendar day in the expected
  offset, for extractors that keep only the date. A date without a time (a
  :class:`datetime.date`, on either side; ``"2019-01-14"`` in an expected reading) stands
  for the start of that day in Vietnam time, the way the corpus writes a reading whose page
  gives only a date (``"2019-01-14T00:00:00+07:00"``): a reader that keeps the date
  ``2019-01-14`` matches that reading, and two dates match when they are the same day.
* body: token precision, recall and F1 between the extracted paragraphs joined and the
  expected ones joined, lower-cased and split on white space, counted as multisets (the
  measure of the ScrapingHub article-extraction benchmark). Two empty bodies score 1; an
  empty side against a non-empty one scores 0.
* captions: the share of expected captions found among the extracted ones, each compared
  with and without a trailing photo credit (``Ảnh: …``, ``Nguồn: …``), lower-cased and
  without closing punctuation, and the share of
  expected captions that leaked into the extracted body (a paragraph equal to the caption,
  or, for a caption of five words or more, holding it).
* people: precision and recall of the set of names.

A field whose expected value is absent (``null`` or empty) is not scored on that page
(``None``): the corpus targets count "pages that have a date", "pages that have a lead".
An extracted value where none is expected is listed in :attr:`PageScores.spurious`.

>>> import datetime as dt
>>> from vn_newsdoc.model import Article, Paragraph
>>> a = Article(headline="Giá vàng giảm", body=(Paragraph("Giá vàng giảm mạnh sáng nay."),))
>>> s = evaluate(a, {"headline": "Giá vàng giảm", "paragraphs": ["Giá vàng giảm sáng nay."]})
>>> s.headline, round(s.body.precision, 2), s.body.recall
(True, 0.83, 1.0)
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from vn_newsdoc.model import Article
from vn_newsdoc.text import clean
from vn_newsdoc.vi.dates import VIETNAM

__all__ = ["BodyScore", "CorpusScores", "PageScores", "Rate", "evaluate", "summarise"]

# A trailing credit, in the forms the HTML reader splits off a caption (html/figures.py):
# "… Ảnh: Võ Hải.", "… (Foto: dpa)", "… Photo - Reuters", "Bild: X", "Crédit : X", "© X".
# No two quantifiers next to each other take the same characters, and a match starts only
# at the first of a run of separators (the lookbehind), so a long run of spaces or dots
# costs one pass, not one pass per character.
_CREDIT = re.compile(
    r"(?<![\s.,;:–—-])[\s.,;:–—-]*(?:[(\[]\s*)?(?:(?:ảnh(?:\s+(?:minh\s+họa|minh\s+hoạ|tư\s+liệu))?|nguồn(?:\s+ảnh)?"
    r"|photos?|foto|bild|crédits?|credits?|image|picture|đồ\s*họa|đồ\s*hoạ|video|clip)"
    r"\s*(?::|[–—-]\s)|©\s*(?=\S))[^:()\[\]]+(?:[)\]][\s.]*)?\Z",
    re.IGNORECASE,
)
_LEAK_SUBSTRING_WORDS = 5


@attrs.frozen
class BodyScore:
    """Token precision, recall and F1 of the body, with the token counts behind them."""

    precision: float
    """Share of extracted tokens that are expected (multiset overlap)."""
    recall: float
    """Share of expected tokens that were extracted."""
    f1: float
    """Harmonic mean of precision and recall."""
    extracted: int
    """Number of extracted tokens."""
    expected: int
    """Number of expected tokens."""


@attrs.frozen
class PageScores:
    """How one extracted article compares with its expected reading.

    Boolean fields are ``None`` where the expected reading has no value for the field.
    """

    headline: bool | None
    """Headline equal after normalisation."""
    published: bool | None
    """Published at the same minute with the same offset."""
    published_day: bool | None
    """Published on the same calendar day (in the expected offset)."""
    updated: bool | None
    """Updated at the same minute with the same offset."""
    lead: bool | None
    """Lead equal after normalisation."""
    authors: bool | None
    """The same author names in the same order."""
    source: bool | None
    """Source equal after normalisation."""
    body: BodyScore
    """Body token precision, recall and F1."""
    captions_expected: int
    """How many captions the expected reading has."""
    captions_found: int
    """How many of them were extracted as captions."""
    captions_leaked: int
    """How many of them leaked into the extracted body."""
    people_expected: int
    """How many people the expected reading names."""
    people_extracted: int
    """How many people were extracted."""
    people_found: int
    """How many extracted names are expected ones."""
    spurious: frozenset[str] = frozenset()
    """Fields extracted where the expected reading has none (``"lead"``, ``"published"``…)."""


@attrs.frozen
class Rate:
    """A share: ``hits`` out of ``total`` (``value`` is ``None`` when ``total`` is 0).

    >>> Rate(3, 4).value, str(Rate(3, 4)), Rate(0, 0).value
    (0.75, '0.75 (3/4)', None)
    """

    hits: int
    """How many counted as right."""
    total: int
    """How many were counted."""

    @property
    def value(self) -> float | None:
        """``hits / total``, or ``None`` when nothing was counted."""
        return self.hits / self.total if self.total else None

    def __str__(self) -> str:
        value = self.value
        shown = "n/a" if value is None else f"{value:.2f}"
        return f"{shown} ({self.hits}/{self.total})"


@attrs.frozen
class CorpusScores:
    """Totals over a set of pages (see :func:`summarise`)."""

    pages: int
    """How many pages were scored."""
    headline: Rate
    """Pages with the headline exact."""
    published: Rate
    """Pages with a date whose published minute and offset are right."""
    published_day: Rate
    """Pages with a date whose published day is right."""
    updated: Rate
    """Pages with an update time that is right to the minute."""
    lead: Rate
    """Pages with a lead whose lead is exact."""
    authors: Rate
    """Pages that credit someone whose authors are exact."""
    source: Rate
    """Pages with a source whose source is exact."""
    body_precision: float
    """Mean body token precision."""
    body_recall: float
    """Mean body token recall."""
    body_f1: float
    """Mean body token F1."""
    body_f1_min: float
    """The lowest body token F1 of any page."""
    captions_found: Rate
    """Expected captions found among the extracted captions (over all pages)."""
    captions_leaked: Rate
    """Expected captions that leaked into the extracted body (over all pages)."""
    people_precision: Rate
    """Extracted names that are expected (over all pages)."""
    people_recall: Rate
    """Expected names that were extracted (over all pages)."""
    spurious: Mapping[str, int]
    """For each field, on how many pages it was extracted where none was expected."""


def evaluate(article: Article, expected: Mapping[str, Any]) -> PageScores:
    """Score one extracted article against its expected reading.

    Args:
        article: What an extractor read from the page.
        expected: The expected reading, as in the corpus' ``NAME.json`` (keys ``headline``,
            ``published``, ``updated``, ``lead``, ``paragraphs``, ``captions``, ``authors``,
            ``source``, ``people``; missing keys count as absent).

    Returns:
        The page's scores, field by field.

    >>> from vn_newsdoc.model import Article, Figure
    >>> a = Article(headline="Lũ về", body=(Figure(caption="Nước dâng cao", credit="Lan"),))
    >>> s = evaluate(a, {"headline": "Lũ về", "captions": ["Nước dâng cao. Ảnh: Lan"]})
    >>> s.captions_found, s.captions_leaked
    (1, 0)
    """
    spurious: set[str] = set()

    def text_field(name: str, got: str | None) -> bool | None:
        want = _clean_or_none(expected.get(name))
        if want is None:
            if got:
                spurious.add(name)
            return None
        return got is not None and clean(got) == want

    published_want = _expected_time(expected.get("published"))
    updated_want = _expected_time(expected.get("updated"))
    if published_want is None and article.published is not None:
        spurious.add("published")
    if updated_want is None and article.updated is not None:
        spurious.add("updated")

    authors_want = tuple(clean(a) for a in expected.get("authors") or () if clean(a))
    authors: bool | None = None
    if authors_want:
        authors = tuple(clean(a) for a in article.authors) == authors_want
    elif article.authors:
        spurious.add("authors")

    captions_want = [c for c in (clean(c) for c in expected.get("captions") or ()) if c]
    found, leaked = _captions(article, captions_want)
    people_want = {clean(_person_name(p)) for p in expected.get("people") or ()} - {""}
    people_got = {clean(p.name) for p in article.people}

    return PageScores(
        headline=text_field("headline", article.headline),
        published=_same_minute(article.published, published_want),
        published_day=_same_day(article.published, published_want),
        updated=_same_minute(article.updated, updated_want),
        lead=text_field("lead", article.lead),
        authors=authors,
        source=text_field("source", article.byline.source if article.byline else None),
        body=body_score(article.paragraphs, expected.get("paragraphs") or ()),
        captions_expected=len(captions_want),
        captions_found=found,
        captions_leaked=leaked,
        people_expected=len(people_want),
        people_extracted=len(people_got),
        people_found=len(people_got & people_want),
        spurious=frozenset(spurious),
    )


def body_score(extracted: Sequence[str], expected: Sequence[str]) -> BodyScore:
    """Token precision, recall and F1 of extracted paragraphs against expected ones.

    >>> s = body_score(["Mưa to", "ở Huế"], ["Mưa to ở Huế hôm nay"])
    >>> s.precision, round(s.recall, 2), round(s.f1, 2)
    (1.0, 0.67, 0.8)
    """
    got = Counter(" ".join(extracted).lower().split())
    want = Counter(" ".join(expected).lower().split())
    n_got, n_want = sum(got.values()), sum(want.values())
    if not n_got and not n_want:
        return BodyScore(1.0, 1.0, 1.0, 0, 0)
    overlap = sum((got & want).values())
    precision = overlap / n_got if n_got else 0.0
    recall = overlap / n_want if n_want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return BodyScore(precision, recall, f1, n_got, n_want)


def summarise(scores: Iterable[PageScores]) -> CorpusScores:
    """Totals over pages: shares of exact fields, mean and minimum body F1, caption and
    people counts summed over all pages before dividing.

    >>> from vn_newsdoc.model import Article
    >>> pages = [evaluate(Article(headline="A"), {"headline": "A"}),
    ...          evaluate(Article(headline="B"), {"headline": "C", "lead": "Sapo"})]
    >>> t = summarise(pages)
    >>> str(t.headline), str(t.lead), t.body_f1
    ('0.50 (1/2)', '0.00 (0/1)', 1.0)
    """
    pages = list(scores)
    f1s = [p.body.f1 for p in pages]
    spurious: Counter[str] = Counter()
    for page in pages:
        spurious.update(page.spurious)
    return CorpusScores(
        pages=len(pages),
        headline=_rate(p.headline for p in pages),
        published=_rate(p.published for p in pages),
        published_day=_rate(p.published_day for p in pages),
        updated=_rate(p.updated for p in pages),
        lead=_rate(p.lead for p in pages),
        authors=_rate(p.authors for p in pages),
        source=_rate(p.source for p in pages),
        body_precision=statistics.fmean(p.body.precision for p in pages) if pages else 0.0,
        body_recall=statistics.fmean(p.body.recall for p in pages) if pages else 0.0,
        body_f1=statistics.fmean(f1s) if pages else 0.0,
        body_f1_min=min(f1s) if pages else 0.0,
        captions_found=Rate(
            sum(p.captions_found for p in pages), sum(p.captions_expected for p in pages)
        ),
        captions_leaked=Rate(
            sum(p.captions_leaked for p in pages), sum(p.captions_expected for p in pages)
        ),
        people_precision=Rate(
            sum(p.people_found for p in pages), sum(p.people_extracted for p in pages)
        ),
        people_recall=Rate(
            sum(p.people_found for p in pages), sum(p.people_expected for p in pages)
        ),
        spurious=dict(sorted(spurious.items())),
    )


# ---------------------------------------------------------------------------------------


def _rate(values: Iterable[bool | None]) -> Rate:
    counted = [v for v in values if v is not None]
    return Rate(sum(counted), len(counted))


def _clean_or_none(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return clean(value) or None


def _person_name(person: object) -> str:
    if isinstance(person, Mapping):
        name = person.get("name")
        return name if isinstance(name, str) else ""
    return person if isinstance(person, str) else ""


def _expected_time(value: object) -> dt.date | None:
    """An expected reading's time: a datetime, or a date where it gives a date alone."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value:
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def _instant(value: dt.date) -> dt.datetime:
    """A datetime as it is; a date alone as the start of that day in Vietnam time (how the
    corpus writes a reading whose page gives only a date)."""
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.combine(value, dt.time(), tzinfo=VIETNAM)


def _both_dates(got: dt.date, want: dt.date) -> bool:
    return not isinstance(got, dt.datetime) and not isinstance(want, dt.datetime)


def _same_minute(got: dt.date | None, want: dt.date | None) -> bool | None:
    if want is None:
        return None
    if got is None:
        return False
    if _both_dates(got, want):
        return got == want
    got, want = _instant(got), _instant(want)
    return got.utcoffset() == want.utcoffset() and got.replace(
        second=0, microsecond=0
    ) == want.replace(second=0, microsecond=0)


def _same_day(got: dt.date | None, want: dt.date | None) -> bool | None:
    if want is None:
        return None
    if got is None:
        return False
    if _both_dates(got, want):
        return got == want
    got, want = _instant(got), _instant(want)
    tz = want.tzinfo
    if got.tzinfo is None or tz is None:
        return got.date() == want.date()
    return got.astimezone(tz).date() == want.date()


def _without_credit(caption: str) -> str:
    return clean(_CREDIT.sub("", caption)) or caption


def _caption_keys(caption: str) -> set[str]:
    # Lower-cased, with and without the credit, and without closing punctuation (a credit
    # split off "… Bình. Ảnh: X" may leave "… Bình." or "… Bình").
    return {
        key
        for key in (k.lower().rstrip(" .,;:–—-") for k in (caption, _without_credit(caption)))
        if key
    }


def _captions(article: Article, expected: list[str]) -> tuple[int, int]:
    got_keys: set[str] = set()
    for figure in article.figures:
        if figure.caption:
            got_keys |= _caption_keys(figure.caption)
    found = sum(1 for c in expected if _caption_keys(c) & got_keys)
    paragraphs = [p.lower() for p in article.paragraphs]
    whole = set(paragraphs)
    leaked = 0
    for caption in expected:
        keys = _caption_keys(caption)
        if keys & whole:
            leaked += 1
            continue
        long_keys = [k for k in keys if len(k.split()) >= _LEAK_SUBSTRING_WORDS]
        if any(k in p for k in long_keys for p in paragraphs):
            leaked += 1
    return found, leaked
