"""Score vn_newsdoc's HTML reader and its peers on every page of ../shared/corpus.

For each page, each extractor reads the page's bytes and its reading is compared with the
page's expected reading by :func:`vn_newsdoc.evaluation.evaluate` (the corpus README's
measures). Extractors, all in the same run:

* ``vn_newsdoc``: :func:`vn_newsdoc.html.read_html` with its site profiles;
* ``vn_newsdoc -p``: the same with ``site_profiles=False`` (the generic path alone);
* ``trafilatura``: ``bare_extraction`` with metadata (its date has day precision and is
  kept as a date, which the evaluation compares as the start of that day in Vietnam time;
  the ``published day`` row shows the day);
  its ``description`` stands for the lead;
* ``readability``: readability-lxml's ``Document`` (``short_title`` and ``summary``; it has
  no date, lead or byline);
* ``newspaper4k`` and ``goose3`` where installed (optional).

Prints one table, a row per measure and a column per extractor; with ``--pages``, a line
per page and extractor as well. The corpus is read from ``../shared/corpus`` beside the
project, or from ``$VN_NEWSDOC_SHARED/corpus``; ``--corpus DIR`` scores any other directory
laid out the same way (``SITE/NAME.html`` beside its expected reading ``SITE/NAME.json``),
such as a set of pages of your own kept out of the repository.

Run: ``python bench/quality.py [--pages] [--only NAME ...] [--corpus DIR]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import lxml.html

from vn_newsdoc.evaluation import CorpusScores, PageScores, evaluate, summarise
from vn_newsdoc.model import Article, Author, Byline, Paragraph
from vn_newsdoc.text import clean, clean_or_none

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("VN_NEWSDOC_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
VIETNAM = dt.timezone(dt.timedelta(hours=7))
_NOTHING = Article(headline="(nothing extracted)")

Extractor = Callable[[bytes, "str | None"], Article]


def corpus_pages(corpus: Path = CORPUS) -> Iterator[tuple[str, bytes, dict[str, Any]]]:
    """Every page of the corpus: its name (``site/page``), its bytes, its expected reading."""
    for html in sorted(corpus.glob("*/*.html")):
        expected = json.loads(html.with_suffix(".json").read_text(encoding="utf-8"))
        yield f"{html.parent.name}/{html.stem}", html.read_bytes(), expected


# ---------------------------------------------------------------------------------------
# The extractors, each turning a page into an Article.


def _vn_newsdoc(site_profiles: bool) -> Extractor | None:
    try:
        from vn_newsdoc.html import read_html  # noqa: PLC0415
    except ImportError:
        return None

    def extract(data: bytes, url: str | None) -> Article:
        return read_html(data, url=url, site_profiles=site_profiles)

    return extract


def _paragraphs(lines: Any) -> tuple[Paragraph, ...]:
    if not isinstance(lines, str):
        return ()
    return tuple(Paragraph(t) for t in (clean(line) for line in lines.split("\n")) if t)


def _authors(value: Any, separators: str = r"[;,]") -> Byline | None:
    names = value if isinstance(value, list) else re.split(separators, value or "")
    authors = tuple(Author(n) for n in (clean(str(v)) for v in names) if n)
    return Byline(authors=authors) if authors else None


def _date(value: Any) -> dt.date | None:
    """A peer's date: an aware datetime (a naive one taken for Vietnam time), or a date
    where the peer gives the day alone."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=VIETNAM)
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return dt.date.fromisoformat(value.strip())
    return None


def _article(**fields: Any) -> Article:
    headline = clean_or_none(fields.pop("headline", None))
    return Article(headline=headline or "(no headline)", **fields)


def _trafilatura() -> Extractor | None:
    try:
        trafilatura = importlib.import_module("trafilatura")
    except ImportError:
        return None

    def extract(data: bytes, url: str | None) -> Article:
        result = trafilatura.bare_extraction(data, url=url, with_metadata=True)
        doc = result.as_dict() if result is not None and hasattr(result, "as_dict") else result
        if not doc:
            return _NOTHING
        return _article(
            headline=doc.get("title"),
            published=_date(doc.get("date")),
            lead=clean_or_none(doc.get("description")),
            body=_paragraphs(doc.get("text")),
            byline=_authors(doc.get("author")),
        )

    return extract


def _readability() -> Extractor | None:
    try:
        readability = importlib.import_module("readability")
    except ImportError:
        return None

    def extract(data: bytes, url: str | None) -> Article:
        doc = readability.Document(data, url=url)
        summary = lxml.html.fromstring(doc.summary(html_partial=True))
        blocks = summary.xpath(
            "//p | //h2 | //h3 | //h4 | //li | //blockquote"
            " | //div[not(.//p|.//div|.//h2|.//h3|.//li|.//table)] | //td[not(.//p|.//div)]"
        )
        texts = [clean(b.text_content()) for b in blocks]
        return _article(headline=doc.short_title(), body=tuple(Paragraph(t) for t in texts if t))

    return extract


def _newspaper() -> Extractor | None:
    try:
        newspaper = importlib.import_module("newspaper")
    except ImportError:
        return None

    def extract(data: bytes, url: str | None) -> Article:
        page = newspaper.Article(url or "http://localhost/", language="vi", fetch_images=False)
        page.download(input_html=data.decode("utf-8", "replace"))
        page.parse()
        return _article(
            headline=page.title,
            published=_date(page.publish_date),
            lead=clean_or_none(page.meta_description),
            body=_paragraphs(page.text),
            byline=_authors(page.authors),
        )

    return extract


def _goose() -> Extractor | None:
    try:
        goose3 = importlib.import_module("goose3")
    except ImportError:
        return None
    goose = goose3.Goose(
        {"enable_image_fetching": False, "use_meta_language": False, "target_language": "vi"}
    )

    def extract(data: bytes, url: str | None) -> Article:
        page = goose.extract(url=url, raw_html=data.decode("utf-8", "replace"))
        published = page.publish_datetime_utc or None
        if isinstance(published, dt.datetime) and published.tzinfo is None:
            published = published.replace(tzinfo=dt.UTC)  # goose3 gives naive UTC
        return _article(
            headline=page.title,
            published=published if isinstance(published, dt.datetime) else None,
            lead=clean_or_none(page.meta_description),
            body=_paragraphs(page.cleaned_text),
            byline=_authors(page.authors),
        )

    return extract


def extractors() -> dict[str, Extractor]:
    """The extractors that can run here, by column name."""
    found = {
        "vn_newsdoc": _vn_newsdoc(site_profiles=True),
        "vn_newsdoc -p": _vn_newsdoc(site_profiles=False),
        "trafilatura": _trafilatura(),
        "readability": _readability(),
        "newspaper4k": _newspaper(),
        "goose3": _goose(),
    }
    return {name: fn for name, fn in found.items() if fn is not None}


# ---------------------------------------------------------------------------------------
# Running and printing.


def run(
    names: list[str] | None = None,
    corpus: Path = CORPUS,
) -> tuple[dict[str, dict[str, PageScores]], dict[str, list[str]]]:
    """Score every extractor on every page of ``corpus``: ``{extractor: {page: scores}}``
    and errors."""
    chosen = {n: fn for n, fn in extractors().items() if not names or n in names}
    scores: dict[str, dict[str, PageScores]] = {name: {} for name in chosen}
    errors: dict[str, list[str]] = {name: [] for name in chosen}
    for page, data, expected in corpus_pages(corpus):
        for name, extract in chosen.items():
            try:
                article = extract(data, expected.get("url"))
            except Exception as exc:
                errors[name].append(f"{page}: {type(exc).__name__}: {exc}")
                article = _NOTHING
            scores[name][page] = evaluate(article, expected)
    return scores, errors


_ROWS: list[tuple[str, Callable[[CorpusScores], str]]] = [
    ("headline exact", lambda t: str(t.headline)),
    ("published minute+offset", lambda t: str(t.published)),
    ("published day", lambda t: str(t.published_day)),
    ("updated minute+offset", lambda t: str(t.updated)),
    ("lead exact", lambda t: str(t.lead)),
    ("body F1 mean", lambda t: f"{t.body_f1:.3f}"),
    ("body F1 min", lambda t: f"{t.body_f1_min:.3f}"),
    ("body precision mean", lambda t: f"{t.body_precision:.3f}"),
    ("body recall mean", lambda t: f"{t.body_recall:.3f}"),
    ("captions found", lambda t: str(t.captions_found)),
    ("captions leaked", lambda t: str(t.captions_leaked)),
    ("authors exact", lambda t: str(t.authors)),
    ("source exact", lambda t: str(t.source)),
    ("people precision", lambda t: str(t.people_precision)),
    ("people recall", lambda t: str(t.people_recall)),
    ("spurious fields", lambda t: str(sum(t.spurious.values()))),
]


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend(
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    )
    return "\n".join(lines)


def _mark(value: bool | None) -> str:
    return "." if value is None else "+" if value else "-"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", action="store_true", help="also print a line per page")
    parser.add_argument("--only", nargs="*", help="extractor names to run (default: all)")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=CORPUS,
        metavar="DIR",
        help="score the pages of DIR (SITE/NAME.html beside SITE/NAME.json) instead of the"
        " shared corpus",
    )
    args = parser.parse_args(argv)
    corpus: Path = args.corpus
    if not corpus.is_dir():
        hint = " (set VN_NEWSDOC_SHARED)" if corpus == CORPUS else ""
        print(f"no corpus at {corpus}{hint}", file=sys.stderr)
        return 2
    if not any(corpus.glob("*/*.html")):
        print(f"no pages (SITE/NAME.html) in {corpus}", file=sys.stderr)
        return 2
    if _vn_newsdoc(site_profiles=True) is None:
        print("vn_newsdoc.html.read_html is not available yet: scoring the peers alone.")
    scores, errors = run(args.only, corpus)
    names = list(scores)
    totals = {name: summarise(scores[name].values()) for name in names}
    pages = next(iter(totals.values())).pages if totals else 0
    print(f"{pages} pages of {corpus}")
    print()
    print(
        _table(["measure", *names], [[row, *(fn(totals[n]) for n in names)] for row, fn in _ROWS])
    )
    if args.pages:
        print()
        print("per page: H headline, P published, L lead, A authors, S source (+ right,")
        print("- wrong, . not scored); F1 body; C captions found/expected, leaked; N people")
        rows = []
        for page in scores[names[0]] if names else []:
            for name in names:
                s = scores[name][page]
                rows.append(
                    [
                        page,
                        name,
                        "H"
                        + _mark(s.headline)
                        + " P"
                        + _mark(s.published)
                        + " L"
                        + _mark(s.lead)
                        + " A"
                        + _mark(s.authors)
                        + " S"
                        + _mark(s.source),
                        f"{s.body.f1:.3f}",
                        f"{s.captions_found}/{s.captions_expected} leaked {s.captions_leaked}",
                        f"{s.people_found}/{s.people_extracted}/{s.people_expected}",
                    ]
                )
        print(_table(["page", "extractor", "fields", "F1", "captions", "people"], rows))
    for name, errs in errors.items():
        for err in errs:
            print(f"error [{name}] {err}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
