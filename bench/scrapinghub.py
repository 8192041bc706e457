"""Score the article body of vn_newsdoc and its peers on the Scrapinghub benchmark.

The Scrapinghub (Zyte) article extraction benchmark
(https://github.com/scrapinghub/article-extraction-benchmark) holds 181 English news and
blog pages of as many sites (``html/<id>.html.gz``) and, in ``ground-truth.json``, each
page's address and ``articleBody`` as a person marked it. Neither is part of this
project; get them from a clone or a snapshot of that repository::

    git clone https://github.com/scrapinghub/article-extraction-benchmark
    python bench/scrapinghub.py --html article-extraction-benchmark/html \\
        --ground-truth article-extraction-benchmark/ground-truth.json

(the pages may be kept gzipped, ``<id>.html.gz``, or not, ``<id>.html``). Ids of the ground
truth with no page in ``--html`` are left out and counted.

Scoring is that of the repository's ``evaluate.py``, written anew here: a text is cut into
tokens (runs of word characters, ``\\w+``, case kept), the tokens into overlapping
shingles of four (a text of fewer than four tokens is one shingle); per page, a shingle
found as often in the extracted body as in the expected one is a true positive, each one
too many a false positive, each one missing a false negative, and the three counts are
divided by their sum so that every page weighs the same. A page's precision is
``tp/(tp+fp)`` and its recall ``tp/(tp+fn)`` (both 1 where the two texts agree exactly,
0 where nothing is right). Over the pages: the mean precision (pages where something was
extracted or nothing was expected), the mean recall (pages where something was expected),
F1 of those two means, and accuracy, the share of pages whose tokens are exactly the
expected ones. The table adds the count of pages whose own F1 is under 0.8.

Every extractor gets the page's text (UTF-8, as ``evaluate.py``'s runners read it) and
its address; the rows are those of ``bench/generic.py`` (``vn_newsdoc``: the lead, the
body's blocks and each figure's caption and credit; ``vn_newsdoc body``: the body's
blocks alone, which is what the benchmark's ``articleBody`` asks for; ``trafilatura``
with ``fast=True``; ``trafilatura +fb`` with its fallbacks, as the benchmark's own runner
calls it; readability-lxml's summary as text; newspaper4k's ``fulltext``; goose3's
``cleaned_text``), peers that are not installed left out.

Run: ``python bench/scrapinghub.py --html DIR --ground-truth FILE [--only NAME ...]
[--pages]``. ``--pages`` adds a line per page: its id, site and each extractor's F1.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from statistics import mean
from typing import Any
from urllib.parse import urlsplit

from generic import Extractor, extractors, only

_TOKEN = re.compile(r"\w+")
_SHINGLE = 4
_LOW_F1 = 0.8


@dataclass(frozen=True)
class Page:
    """One page of the benchmark: its id, address and expected body."""

    id: str
    url: str
    body: str


@dataclass(frozen=True)
class Match:
    """One page's shingle counts, each a share of their sum, and whether the extracted
    tokens are exactly the expected ones."""

    tp: float
    fp: float
    fn: float
    exact: bool

    @property
    def precision(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        if self.tp == self.fp == 0:
            return 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        if self.tp == self.fn == 0:
            return 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def tokens(text: str) -> list[str]:
    """The benchmark's tokens: runs of word characters, case kept."""
    return _TOKEN.findall(text)


def shingles(text: str, size: int = _SHINGLE) -> Counter[tuple[str, ...]]:
    """Overlapping runs of ``size`` tokens (four by default), counted (a shorter text is
    one run)."""
    words = tokens(text)
    runs = (tuple(words[i : i + size]) for i in range(max(1, len(words) - size + 1)))
    return Counter(run for run in runs if run)


def match(expected: str, extracted: str, size: int = _SHINGLE) -> Match:
    """How the shingles of ``extracted`` meet those of ``expected``, shares of their sum
    (``size=1``: the tokens themselves, a multiset overlap)."""
    want, got = shingles(expected, size), shingles(extracted, size)
    exact = tokens(expected) == tokens(extracted)
    tp = fp = fn = 0
    for key in want.keys() | got.keys():
        w, g = want[key], got[key]
        tp += min(w, g)
        fp += max(0, g - w)
        fn += max(0, w - g)
    total = tp + fp + fn
    if not total:
        return Match(0.0, 0.0, 0.0, exact)
    return Match(tp / total, fp / total, fn / total, exact)


@dataclass(frozen=True)
class Scores:
    """An extractor's figures over the pages."""

    precision: float
    recall: float
    f1: float
    accuracy: float
    low: int


def summarise(matches: list[Match]) -> Scores:
    """Mean precision and recall over the pages that have them, F1 of the two means."""
    precisions = [m.precision for m in matches if m.tp + m.fp > 0]
    recalls = [m.recall for m in matches if m.tp + m.fn > 0]
    p = mean(precisions) if precisions else 0.0
    r = mean(recalls) if recalls else 0.0
    return Scores(
        precision=p,
        recall=r,
        f1=2 * p * r / (p + r) if p + r else 0.0,
        accuracy=mean(m.exact for m in matches) if matches else 0.0,
        low=sum(1 for m in matches if m.f1 < _LOW_F1),
    )


def load_pages(html: Path, truth: Mapping[str, Mapping[str, Any]]) -> tuple[list[Page], int]:
    """The ground truth's pages found in ``html``, by id, and how many were not."""
    found: list[Page] = []
    missing = 0
    for key, item in sorted(truth.items()):
        if (html / f"{key}.html.gz").is_file() or (html / f"{key}.html").is_file():
            found.append(Page(key, str(item.get("url") or ""), str(item.get("articleBody") or "")))
        else:
            missing += 1
    return found, missing


def read_page(html: Path, page: Page) -> str:
    """The page's text, from ``<id>.html.gz`` or ``<id>.html``."""
    packed = html / f"{page.id}.html.gz"
    data = (
        gzip.decompress(packed.read_bytes())
        if packed.is_file()
        else (html / f"{page.id}.html").read_bytes()
    )
    return data.decode("utf-8", "replace")


def extracted(extract: Callable[[str, str], str | None], text: str, url: str, label: str) -> str:
    """What ``extract`` makes of the page, or nothing where it fails: a peer's failure
    scores as nothing extracted, and is printed on standard error after ``label``."""
    try:
        return extract(text, url) or ""
    except Exception as error:
        print(f"{label}: {type(error).__name__}: {error}", file=sys.stderr)
        return ""


def run(
    html: Path, pages: list[Page], runners: Mapping[str, Callable[[str, str], str | None]]
) -> dict[str, list[Match]]:
    """Every extractor's match on every page, in the pages' order."""
    results: dict[str, list[Match]] = {name: [] for name in runners}
    for page in pages:
        text = read_page(html, page)
        for name, extract in runners.items():
            result = extracted(extract, text, page.url, f"{page.id}: {name}")
            results[name].append(match(page.body, result))
    return results


def _lead_and_body() -> Extractor | None:
    """vn_newsdoc's lead, then its body's blocks, without captions: the article's text as
    the benchmark's ``articleBody`` holds it (the standfirst included, the pictures not)."""
    try:
        from vn_newsdoc.html import read_html  # noqa: PLC0415
        from vn_newsdoc.model import Figure  # noqa: PLC0415
    except ImportError:
        return None

    def extract(text: str, url: str) -> str:
        article = read_html(text, url=url)
        lines = [article.lead] if article.lead else []
        lines.extend(b.text for b in article.body if not isinstance(b, Figure))
        return "\n".join(lines)

    return extract


def runners() -> dict[str, Extractor]:
    """The rows of ``bench/generic.py``, with ``vn_newsdoc lead+body`` after its two."""
    found = extractors()
    ours = _lead_and_body()
    rows: dict[str, Extractor] = {}
    for name, extract in found.items():
        rows[name] = extract
        if name == "vn_newsdoc body" and ours is not None:
            rows["vn_newsdoc lead+body"] = ours
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--html", type=Path, required=True, help="the benchmark's html/")
    parser.add_argument("--ground-truth", type=Path, required=True, help="ground-truth.json")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run these extractors")
    parser.add_argument("--pages", action="store_true", help="print each page's F1")
    args = parser.parse_args(argv)

    if not args.html.is_dir():
        sys.exit(f"{args.html}: not a folder")
    if not args.ground_truth.is_file():
        sys.exit(f"{args.ground_truth}: no such file")
    truth = json.loads(args.ground_truth.read_text(encoding="utf-8"))
    pages, missing = load_pages(args.html, truth)
    if not pages:
        sys.exit(f"{args.ground_truth}: no id has a page in {args.html}")
    chosen = only(runners(), args.only)

    results = run(args.html, pages, chosen)
    if args.pages:
        # A column per extractor, numbered; the key follows the lines.
        print(f"{'page':<8} {'site':<28} " + " ".join(f"{i:>6}" for i in range(len(chosen))))
        for i, page in enumerate(pages):
            site = urlsplit(page.url).netloc.removeprefix("www.")[:28]
            cells = " ".join(f"{results[n][i].f1:>6.3f}" for n in chosen)
            print(f"{page.id[:8]:<8} {site:<28} {cells}")
        print("columns: " + ", ".join(f"{i} {n}" for i, n in enumerate(chosen)) + "\n")
    print(f"{len(pages)} pages; {missing} ids of the ground truth have no page in {args.html}")
    print(f"{'extractor':<21} prec. recall    F1  acc.  F1<{_LOW_F1}")
    for name in chosen:
        s = summarise(results[name])
        print(
            f"{name:<21} {s.precision:.3f}  {s.recall:.3f} {s.f1:.3f} {s.accuracy:.3f} {s.low:>6}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
