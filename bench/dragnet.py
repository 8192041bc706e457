"""Score the article body of vn_newsdoc and its peers on a blind set of generic pages.

A blind set is one no rule of this project is drawn from: its totals are read before and
after a change to the body's container search, never its pages. Two layouts are read,
both kept outside the project and named at run time:

* ``--dragnet DIR``: the Dragnet benchmark (https://github.com/seomoz/dragnet_data),
  unpacked as its README says: ``DIR/HTML/<name>.html`` and
  ``DIR/Corrected/<name>.html.corrected.txt``, the page names listed one a line in
  ``--list`` (``DIR/test.txt`` by default). The expected body is the corrected text before
  the line ``!@#$%^&*()  COMMENTS`` (what follows is the page's comments, not scored). The
  pages have no address.
* ``--wcxb DIR``: a split of the Web Content Extraction Benchmark
  (https://github.com/Murrough-Foley/web-content-extraction-benchmark), ``DIR/html/<id>.html.gz``
  beside ``DIR/ground-truth/<id>.json`` (its ``ground_truth.main_content`` and ``url``);
  ``--type`` keeps the pages of one kind (its ``_internal.page_type``: ``article`` by
  default, ``all`` for every page).

Every extractor gets the page's text (UTF-8, else charset_normalizer's guess, as
``bench/generic.py`` decodes) and its address where the set has one. The rows are those of
``bench/scrapinghub.py`` (the same calls). Scoring is the token overlap both benchmarks'
own scripts use: a text is cut into lower-cased runs of word characters; per page, a token
found as often as expected is a true positive, each one too many a false positive, each
one missing a false negative (``bench/scrapinghub.py``'s :func:`match` with shingles of
one token). Over the pages: the mean precision, the mean recall, F1 of the two means, the
mean of the pages' own F1, and the count of pages whose F1 is under 0.8. There is no line
per page: a blind set is read by its totals.

Run: ``python bench/dragnet.py (--dragnet DIR [--list FILE] | --wcxb DIR [--type KIND])
[--only NAME ...]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from statistics import mean

from generic import decode, only
from scrapinghub import Match, extracted, match, runners, summarise

_COMMENTS = "!@#$%^&*()  COMMENTS"
_LOW_F1 = 0.8


@dataclass(frozen=True)
class Page:
    """One page of a blind set: where its HTML is, its address and its expected body."""

    html: Path
    url: str
    body: str


def dragnet_pages(root: Path, names: Path) -> tuple[list[Page], int]:
    """The Dragnet pages listed in ``names`` that have both files, and how many do not."""
    found: list[Page] = []
    missing = 0
    for name in names.read_text(encoding="utf-8").split():
        html = root / "HTML" / f"{name}.html"
        gold = root / "Corrected" / f"{name}.html.corrected.txt"
        if not (html.is_file() and gold.is_file()):
            missing += 1
            continue
        text = decode(gold.read_bytes())
        found.append(Page(html, "", text.split(_COMMENTS, 1)[0]))
    return found, missing


def _wcxb_kind(data: Mapping[str, object]) -> str:
    """The page's kind as the benchmark's ``evaluate.py`` reads it (``article`` if unsaid)."""
    internal = data.get("_internal")
    kind = internal.get("page_type") if isinstance(internal, dict) else None
    if isinstance(kind, dict):
        kind = kind.get("primary")
    return kind if isinstance(kind, str) and kind else "article"


def wcxb_pages(root: Path, kind: str) -> tuple[list[Page], int]:
    """The split's pages of ``kind`` (every page for ``all``) that have their HTML, and
    how many of that kind do not."""
    found: list[Page] = []
    missing = 0
    for path in sorted((root / "ground-truth").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        truth = data.get("ground_truth")
        if not isinstance(truth, dict) or kind not in ("all", _wcxb_kind(data)):
            continue
        html = root / "html" / f"{path.stem}.html.gz"
        if not html.is_file():
            missing += 1
            continue
        found.append(Page(html, str(data.get("url") or ""), str(truth.get("main_content") or "")))
    return found, missing


def read(page: Page) -> str:
    """The page's text, gunzipped where its name says so."""
    data = page.html.read_bytes()
    return decode(gzip.decompress(data) if page.html.suffix == ".gz" else data)


def run(
    pages: list[Page], extractors: Mapping[str, Callable[[str, str], str | None]]
) -> dict[str, list[Match]]:
    """Every extractor's token match on every page (lower-cased, shingles of one)."""
    results: dict[str, list[Match]] = {name: [] for name in extractors}
    for page in pages:
        text = read(page)
        expected = page.body.lower()
        for name, extract in extractors.items():
            result = extracted(extract, text, page.url, name)
            results[name].append(match(expected, result.lower(), size=1))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--dragnet", type=Path, help="folder with HTML/ and Corrected/")
    source.add_argument("--wcxb", type=Path, help="a split's folder: html/, ground-truth/")
    parser.add_argument("--list", type=Path, help="Dragnet page names (DIR/test.txt)")
    parser.add_argument("--type", default="article", help="WCXB page kind, or 'all'")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run these extractors")
    args = parser.parse_args(argv)

    root = args.dragnet or args.wcxb
    if not root.is_dir():
        sys.exit(f"{root}: not a folder")
    if args.dragnet:
        names = args.list or root / "test.txt"
        if not names.is_file():
            sys.exit(f"{names}: no such file")
        pages, missing = dragnet_pages(root, names)
    else:
        pages, missing = wcxb_pages(root, args.type)
    if not pages:
        sys.exit(f"{root}: no page has both its HTML and its expected text")
    chosen = only(runners(), args.only)

    results = run(pages, chosen)
    print(f"{len(pages)} pages; {missing} listed pages lack a file")
    print(f"{'extractor':<21} prec. recall    F1  mean F1  F1<{_LOW_F1}")
    for name in chosen:
        s = summarise(results[name])
        per_page = mean(m.f1 for m in results[name])
        cells = f"{s.precision:.3f}  {s.recall:.3f} {s.f1:.3f}    {per_page:.3f} {s.low:>6}"
        print(f"{name:<21} {cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
