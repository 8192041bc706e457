"""Measure the Vietnamese layer over ../shared/seed and ../shared/corpus.

Prints, page by page and then in total:

(a) people: precision, recall and F1 of the set of names that ``vn_newsdoc.vi.find_people``
    finds in each expected reading's own headline, lead, paragraphs and captions (the
    people finder alone), and end to end through ``read_html`` / ``read_text``;
(b) dates: the share of pages whose expected ``published`` the date parser
    (``parse_iso`` / ``parse_timestamp`` / ``find_timestamps``) gets from the page's own
    date strings (JSON-LD ``datePublished``, date meta tags, ``<time>`` elements, short
    visible text that looks like a date), with the string that gave it;
(c) bylines: ``split_byline`` over the page's own closing lines (the visible text blocks
    after the article's last paragraph), ``parse_byline`` over the page's author boxes,
    ``parse_author_meta`` over its metadata author strings, and end to end through
    ``read_html`` / ``read_text``, against the expected ``authors`` and ``source``;
(d) outlet tags: ``split_outlet_tag`` over the page's own lead block, against the expected
    lead.

Readings are compared as ../shared/corpus/README.md says. Whatever part of the library
does not exist yet is reported as not measured. The shared data is found at
``../shared`` beside the project, or wherever ``VN_NEWSDOC_SHARED`` points.

Run: ``python bench/vietnamese.py``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lxml.html

from vn_newsdoc.model import Byline
from vn_newsdoc.text import clean
from vn_newsdoc.vi.bylines import (
    parse_author_meta,
    parse_byline,
    split_byline,
    split_outlet_tag,
)

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("VN_NEWSDOC_SHARED", ROOT.parent / "shared"))

# ---------------------------------------------------------------------------------------
# What exists of the library.


def _optional(module: str, name: str) -> Any | None:
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


find_people: Callable[[Iterable[str]], Sequence[Any]] | None = _optional(
    "vn_newsdoc.vi", "find_people"
) or _optional("vn_newsdoc.vi.people", "find_people")
parse_timestamp: Callable[..., Any] | None = _optional("vn_newsdoc.vi.dates", "parse_timestamp")
find_timestamps: Callable[..., Any] | None = _optional("vn_newsdoc.vi.dates", "find_timestamps")
parse_iso: Callable[[str], dt.datetime] | None = _optional("vn_newsdoc.vi.dates", "parse_iso")
read_html: Callable[..., Any] | None = _optional("vn_newsdoc.html", "read_html")
read_text: Callable[..., Any] | None = _optional("vn_newsdoc.formats.text", "read_text")
decode_html: Callable[[bytes], str] | None = _optional("vn_newsdoc.html.decode", "decode_html")


# ---------------------------------------------------------------------------------------
# The pages.


@dataclass
class Page:
    name: str
    expected: dict[str, Any]
    html: bytes | None = None
    text: str | None = None  # the seed's plain-text dump
    _doc: Any = field(default=None, repr=False)

    @property
    def doc(self) -> Any:
        if self._doc is None and self.html is not None:
            page = decode_html(self.html) if decode_html else _decode(self.html)
            self._doc = lxml.html.document_fromstring(page)
        return self._doc


def _decode(data: bytes) -> str:
    m = re.search(rb"charset=[\"']?([\w-]+)", data[:4096])
    encoding = m.group(1).decode("ascii") if m else "utf-8"
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return data.decode("utf-8", "replace")


def load_pages() -> list[Page]:
    pages: list[Page] = []
    for js in sorted((SHARED / "seed").glob("*.json")):
        txt = js.with_suffix(".txt")
        pages.append(
            Page(
                f"seed/{js.stem}",
                json.loads(js.read_text("utf-8")),
                text=txt.read_text("utf-8") if txt.exists() else None,
            )
        )
    for js in sorted((SHARED / "corpus").glob("*/*.json")):
        html_path = js.with_suffix(".html")
        pages.append(
            Page(
                f"{js.parent.name}/{js.stem}",
                json.loads(js.read_text("utf-8")),
                html=html_path.read_bytes() if html_path.exists() else None,
            )
        )
    return pages


# ---------------------------------------------------------------------------------------
# Visible text blocks of a page, in document order.

_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "caption",
        "br",
    ]
)
_SKIP_TAGS = frozenset(
    ["script", "style", "noscript", "template", "iframe", "select", "option", "head"]
)
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def text_blocks(doc: Any) -> list[str]:
    """The visible text of the page as blocks: one per run of inline content."""
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = clean("".join(current))
        current.clear()
        if text:
            blocks.append(text)

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if (
            tag in _SKIP_TAGS
            or el.get("hidden") is not None
            or _HIDDEN.search(el.get("style") or "")
        ):
            if el.tail:
                current.append(el.tail)
            return
        block = tag in _BLOCK_TAGS
        if block:
            flush()
        if tag and el.text:
            current.append(el.text)
        for child in el:
            walk(child)
        if block:
            flush()
        if el.tail:
            current.append(el.tail)

    body = doc.find("body")
    walk(body if body is not None else doc)
    flush()
    return blocks


def _key(text: str) -> str:
    return re.sub(r"\W+", "", clean(text).casefold())


# ---------------------------------------------------------------------------------------
# (a) People.


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, found: Iterable[str], expected: Iterable[str]) -> tuple[int, int, int]:
        f, e = set(found), set(expected)
        tp, fp, fn = len(f & e), len(f - e), len(e - f)
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn
        return tp, fp, fn

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def _texts(expected: dict[str, Any]) -> list[str]:
    out = [expected.get("headline"), expected.get("lead")]
    out += expected.get("paragraphs") or []
    out += expected.get("captions") or []
    return [clean(t) for t in out if t]


_articles: dict[str, Any] = {}


def article_of(page: Page) -> Any | None:
    """The page read end to end (``read_html`` or, for the seed, ``read_text``)."""
    if page.name in _articles:
        return _articles[page.name]
    art = None
    try:
        if page.html is not None and read_html is not None:
            art = read_html(page.html, url=page.expected.get("url"))
        elif page.text is not None and read_text is not None:
            art = read_text(page.text)
    except Exception as exc:
        art = exc
    _articles[page.name] = art
    return art


def bench_people(pages: Sequence[Page]) -> None:
    print("\n== (a) People: names found vs expected (set of names per page)")
    if find_people is None:
        print("not measured: vn_newsdoc.vi.find_people does not exist yet")
        return
    iso, e2e = Score(), Score()
    print(f"{'page':<55} {'exp':>3} {'tp':>3} {'fp':>3} {'fn':>3} | {'e2e tp/fp/fn':>12}")
    for page in pages:
        expected = [clean(p["name"]) for p in page.expected.get("people") or []]
        try:
            found = [p.name for p in find_people(_texts(page.expected))]
        except Exception as exc:
            print(f"{page.name:<55} find_people raised {exc!r}")
            continue
        tp, fp, fn = iso.add(found, expected)
        art = article_of(page)
        if art is None or isinstance(art, Exception):
            e2e_cell = "n/a" if art is None else "error"
        else:
            e2e_cell = "{}/{}/{}".format(*e2e.add([p.name for p in art.people], expected))
        print(f"{page.name:<55} {len(expected):>3} {tp:>3} {fp:>3} {fn:>3} | {e2e_cell:>12}")
        missed, extra = set(expected) - set(found), set(found) - set(expected)
        if missed:
            print(f"{'':<8}missed: {sorted(missed)}")
        if extra:
            print(f"{'':<8}extra:  {sorted(extra)}")
    p, r, f = iso.prf()
    print(
        f"TOTAL people (finder alone): precision {p:.3f} recall {r:.3f} F1 {f:.3f} "
        f"(tp {iso.tp}, fp {iso.fp}, fn {iso.fn})"
    )
    if read_html is None:
        print("end to end: not measured (vn_newsdoc.html.read_html does not exist yet)")
    else:
        p, r, f = e2e.prf()
        print(
            f"TOTAL people (end to end): precision {p:.3f} recall {r:.3f} F1 {f:.3f} "
            f"(tp {e2e.tp}, fp {e2e.fp}, fn {e2e.fn})"
        )


# ---------------------------------------------------------------------------------------
# (b) Dates.

_DATE_META = re.compile(
    r"(?:published|pubdate|publish_date|publishdate|datePublished|dateCreated|date|created|"
    r"modified|lastmod|updated|its_publication)",
    re.I,
)
_DATE_LIKE = re.compile(
    r"\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}|\d{1,2}\s+\d{1,2}\s+\d{4}|"
    r"tháng\s+\d{1,2}|\d{1,2}h\d{0,2}|\d+\s+(?:giờ|phút|ngày)\s+trước|hôm qua",
    re.I,
)


def _jsonld_dates(doc: Any) -> Iterator[tuple[str, str]]:
    for script in doc.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                for k, v in item.items():
                    if k in ("datePublished", "dateCreated") and isinstance(v, str):
                        yield f"json-ld {k}", v
                    elif isinstance(v, (dict, list)):
                        stack.append(v)
            elif isinstance(item, list):
                stack.extend(item)


def date_strings(page: Page) -> list[tuple[str, str]]:
    """The page's own date strings, most reliable first: (where, string)."""
    out: list[tuple[str, str]] = []
    if page.text is not None:
        for i, line in enumerate(page.text.splitlines()[:10]):
            if _DATE_LIKE.search(line) and len(line) <= 80:
                out.append((f"line {i + 1}", clean(line)))
        return out
    doc = page.doc
    if doc is None:
        return out
    out.extend(_jsonld_dates(doc))
    for meta in doc.iter("meta"):
        label = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        content = meta.get("content") or ""
        if (
            _DATE_META.search(label)
            and content
            and not re.search("modif|updat|lastmod", label, re.I)
        ):
            out.append((f"meta {label}", clean(content)))
    for el in doc.iter("time"):
        if el.get("datetime"):
            out.append(("time@datetime", clean(el.get("datetime"))))
    for block in text_blocks(doc):
        if len(block) <= 80 and _DATE_LIKE.search(block):
            out.append(("visible", block))
    seen: set[str] = set()
    return [(w, s) for w, s in out if s and not (s in seen or seen.add(s))]  # type: ignore[func-returns-value]


def _readings(text: str) -> list[Any]:
    """Every (value, is_update) the date parser reads from ``text``."""
    out: list[Any] = []
    if parse_iso is not None:
        with contextlib.suppress(ValueError):
            out.append((parse_iso(text), False))
    if parse_timestamp is not None:
        with contextlib.suppress(ValueError):
            ts = parse_timestamp(text)
            out.append((ts.value, ts.is_update))
    if find_timestamps is not None:
        with contextlib.suppress(ValueError):
            out.extend((ts.value, ts.is_update) for ts in find_timestamps(text))
    return out


def _same_minute(a: dt.datetime, b: dt.datetime) -> bool:
    return a.utcoffset() == b.utcoffset() and a.replace(second=0, microsecond=0) == b.replace(
        second=0, microsecond=0
    )


def bench_dates(pages: Sequence[Page]) -> None:
    print("\n== (b) Dates: expected `published` read from the page's own date strings")
    if parse_timestamp is None and parse_iso is None and find_timestamps is None:
        print("not measured: vn_newsdoc.vi.dates does not exist yet")
        return
    have = got_any = got_first = 0
    for page in pages:
        exp = page.expected.get("published")
        if not exp:
            print(f"{page.name:<55} no expected date")
            continue
        have += 1
        expected = dt.datetime.fromisoformat(exp)
        strings = date_strings(page)
        first: str | None = None  # the first string that reads as a publication time
        hit: tuple[str, str] | None = None
        for where, s in strings:
            readings = _readings(s)
            values = [v for v, upd in readings if not upd]
            if values and first is None:
                first = (
                    "ok"
                    if _same_minute(values[0], expected)
                    else f"{values[0].isoformat()} from {where}"
                )
            if hit is None:
                if any(_same_minute(v, expected) for v in values):
                    hit = (where, s)
                elif any(_same_minute(v, expected) for v, _ in readings):
                    # Read right, and rightly marked as an update time: the page's only date
                    # is a "Cập nhật" one, which the expected reading takes as published.
                    hit = (f"{where}, marked as update", s)
        got_any += hit is not None
        got_first += first == "ok"
        mark = "ok " if hit else "MISS"
        how = f"{hit[0]}: {hit[1]!r}" if hit else f"{len(strings)} strings, none gives {exp}"
        print(f"{page.name:<55} {mark} {how}")
        if first not in (None, "ok"):
            print(f"{'':<8}first string read gives {first}")
    print(
        f"TOTAL dates: {got_any}/{have} pages read right from some own string "
        f"({got_any / have:.2f}); {got_first}/{have} from the first string that reads "
        f"as a publication time ({got_first / have:.2f})"
    )


# ---------------------------------------------------------------------------------------
# (c) Bylines.

_AUTHOR_ATTR = re.compile(r"author|byline|tac-?gia", re.I)
_META_AUTHOR = frozenset(["author", "article:author", "dc.creator", "dable:author", "og:author"])
_WINDOW = 6


def _names(byline: Byline | None) -> tuple[list[str], str | None]:
    if byline is None:
        return [], None
    return list(byline.names), byline.source


def _verdict(byline: Byline | None, page: Page) -> bool:
    authors, source = _names(byline)
    return authors == list(page.expected.get("authors") or []) and source == page.expected.get(
        "source"
    )


def _mark(ok: bool, byline: Byline | None) -> str:
    """``ok``, ``BAD`` (a wrong credit) or ``-`` (nothing found where the page has some)."""
    return "ok " if ok else ("BAD" if byline is not None else " - ")


def _fmt(byline: Byline | None) -> str:
    authors, source = _names(byline)
    return f"{authors}" + (f" src={source!r}" if source else "")


def closing_blocks(page: Page) -> tuple[list[str], list[str]] | None:
    """The article's last paragraphs and the page's blocks right after them."""
    exp = page.expected
    tail = (exp.get("paragraphs") or [])[-3:] or (exp.get("captions") or [])[-1:]
    if not tail and exp.get("lead"):
        tail = [exp["lead"]]
    if not tail:
        return None
    if page.text is not None:
        blocks = [clean(x) for x in page.text.splitlines() if clean(x)]
    elif page.doc is not None:
        blocks = text_blocks(page.doc)
    else:
        return None
    captions = {_key(c) for c in exp.get("captions") or []}
    anchor_key = _key(tail[-1])[-40:]
    anchor = None
    for i, block in enumerate(blocks):
        if anchor_key and anchor_key in _key(block):
            anchor = i
    if anchor is None:
        return None
    # Captions are figures, not text blocks: a reader hands them to split_byline no more.
    following = [b for b in blocks[anchor + 1 :] if _key(b) not in captions]
    return [clean(t) for t in tail], following[:_WINDOW]


def by_closing(page: Page) -> tuple[int, Byline | None, list[str]] | None:
    got = closing_blocks(page)
    if got is None:
        return None
    body, following = got
    best: tuple[int, Byline | None, list[str]] = (0, None, [])
    for k in range(1, len(following) + 1):
        n, byline = split_byline(body + following[:k])
        if n == k:
            best = (k, byline, following[:k])
    return best


def by_author_box(page: Page) -> Byline | None:
    if page.doc is None:
        return None
    best: Byline | None = None
    for el in page.doc.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS or el.tag == "img":
            continue
        attrs = " ".join(el.get(a) or "" for a in ("class", "id", "itemprop", "rel", "data-role"))
        if not _AUTHOR_ATTR.search(attrs) or re.search("avatar|image|img|photo", attrs, re.I):
            continue
        text = clean(el.text_content())
        if not text or len(text) > 100:
            continue
        byline = parse_byline([text])
        if byline and (best is None or len(byline.authors) > len(best.authors)):
            best = byline
    return best


def meta_authors(page: Page) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if page.doc is None:
        return out
    for meta in page.doc.iter("meta"):
        label = (meta.get("name") or meta.get("property") or "").lower()
        if label in _META_AUTHOR and meta.get("content"):
            out.append((f"meta {label}", meta.get("content")))
    for script in page.doc.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                author = item.get("author")
                people = author if isinstance(author, list) else [author]
                names = [
                    n
                    for n in (a.get("name") if isinstance(a, dict) else a for a in people)
                    if isinstance(n, str) and n.strip()
                ]
                if names:
                    out.append(("json-ld author", "; ".join(names)))
                stack.extend(
                    v for k, v in item.items() if k != "author" and isinstance(v, (dict, list))
                )
    return out


def by_meta(page: Page) -> tuple[Byline | None, str | None]:
    """Authors from the first metadata string naming someone; the site-source it gives."""
    site_source = None
    for where, value in meta_authors(page):
        byline = parse_author_meta(value)
        if byline is None:
            continue
        if byline.authors:
            return Byline(authors=byline.authors), None
        site_source = site_source or f"{byline.source} ({where})"
    return None, site_source


def bench_bylines(pages: Sequence[Page]) -> None:
    print("\n== (c) Bylines: authors and source against the expected reading")
    print("marks: ok = right, BAD = a wrong credit, - = nothing found by that route")
    print(
        "routes: closing = split_byline over the blocks after the last paragraph; "
        "box = parse_byline over author boxes; meta = parse_author_meta (authors only: "
        "a site name in metadata is not the article's source); e2e = read_html/read_text"
    )
    totals = dict.fromkeys(("closing", "box", "meta", "cascade", "e2e"), 0)
    e2e_seen = 0
    credited = 0
    for page in pages:
        exp_authors, exp_source = page.expected.get("authors") or [], page.expected.get("source")
        credited += bool(exp_authors or exp_source)
        closing = by_closing(page)
        box = by_author_box(page)
        meta, site_source = by_meta(page)
        closing_byline = closing[1] if closing else None
        ok_closing = closing is not None and _verdict(closing_byline, page)
        ok_box = _verdict(box, page)
        ok_meta = _names(meta)[0] == exp_authors
        cascade = closing_byline or box or meta
        ok_cascade = _verdict(cascade, page)
        totals["closing"] += ok_closing
        totals["box"] += ok_box
        totals["meta"] += ok_meta
        totals["cascade"] += ok_cascade
        art = article_of(page)
        if art is None:
            e2e = "n/a"
        elif isinstance(art, Exception):
            e2e = f"error {type(art).__name__}"
            e2e_seen += 1
        else:
            e2e_seen += 1
            ok = _verdict(art.byline, page)
            totals["e2e"] += ok
            e2e = ("ok " if ok else "BAD ") + _fmt(art.byline)
        expected = f"{exp_authors}" + (f" src={exp_source!r}" if exp_source else "")
        print(f"{page.name}\n    expected {expected}")
        if closing is None:
            print("    closing  n/a (the last paragraph is not found among the page's blocks)")
        else:
            k, byline, used = closing
            mark = _mark(ok_closing, closing[1])
            print(f"    closing  {mark} {k} block(s) {used!r} -> {_fmt(byline)}")
        print(f"    box      {_mark(ok_box, box)} {_fmt(box)}")
        print(
            f"    meta     {_mark(ok_meta, meta)} {_fmt(meta)}"
            + (f"  (site name only: {site_source})" if site_source and not meta else "")
        )
        print(f"    cascade  {'ok ' if ok_cascade else 'BAD'} {_fmt(cascade)}   e2e {e2e}")
    n = len(pages)
    print(
        f"TOTAL bylines right over {n} pages ({credited} credit someone): "
        + ", ".join(f"{k} {v}/{n}" for k, v in totals.items() if k != "e2e")
    )
    if read_html is None and read_text is None:
        print("end to end: not measured (read_html and read_text do not exist yet)")
    else:
        print(f"end to end: {totals['e2e']}/{n} right ({e2e_seen} pages read)")


# ---------------------------------------------------------------------------------------
# (d) Outlet tags in front of the lead.


def bench_outlet_tags(pages: Sequence[Page]) -> None:
    print("\n== (d) Outlet tags: split_outlet_tag over the page's own lead block")
    right = total = 0
    for page in pages:
        lead = page.expected.get("lead")
        if not lead or page.doc is None:
            continue
        total += 1
        key = _key(lead)
        raw = next((b for b in text_blocks(page.doc) if key and key in _key(b)), None)
        if raw is None:
            print(f"{page.name:<55} n/a  the lead is not one block of the page")
            continue
        tag, rest = split_outlet_tag(raw)
        ok = rest == clean(lead)
        right += ok
        shown = f"tag {tag!r}" if tag else "no tag"
        print(
            f"{page.name:<55} {'ok ' if ok else 'BAD'} {shown}" + ("" if ok else f": {raw[:60]!r}")
        )
    print(f"TOTAL outlet tags: {right}/{total} leads right after the tag is split off")


def main() -> int:
    if not (SHARED / "corpus").is_dir():
        print(f"no shared corpus at {SHARED} (set VN_NEWSDOC_SHARED)", file=sys.stderr)
        return 2
    pages = load_pages()
    print(f"{len(pages)} pages from {SHARED}")
    missing = [
        name
        for name, obj in (
            ("vi.find_people", find_people),
            ("vi.dates", parse_timestamp),
            ("html.read_html", read_html),
            ("formats.text.read_text", read_text),
        )
        if obj is None
    ]
    if missing:
        print("not yet in the library (their measures are skipped): " + ", ".join(missing))
    bench_people(pages)
    bench_dates(pages)
    bench_bylines(pages)
    bench_outlet_tags(pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
