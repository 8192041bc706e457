"""Score vn_newsdoc's HTML reader and its peers on trafilatura's own evaluation pages.

The pages are the ``tests/cache/*.html`` pages of the trafilatura repository
(https://github.com/adbar/trafilatura): German, English and French news, blogs and
portals that no rule of this project was written for. Its ``tests/evaldata.py`` (older
versions) or ``tests/evaldata.json`` (newer ones) names, for each page, snippets that must
be in the extracted text (``with``) and snippets that must not (``without``). Neither is
part of this project; get them from a clone or a snapshot of that repository::

    git clone https://github.com/adbar/trafilatura
    python bench/generic.py --pages trafilatura/tests/cache \\
        --evaldata trafilatura/tests/evaldata.json

(or ``git show <commit>:tests/evaldata.py > evaldata.py`` for the older file; it is read
with :func:`ast.literal_eval`, never run). Entries naming a page that is not in
``--pages`` (the larger ``tests/eval`` set) are left out and counted.

Scoring is that of the repository's ``tests/comparison.py``: per page, each ``with``
snippet found in the text (a plain substring test) is a true positive, each one missing a
false negative; each ``without`` snippet found is a false positive, each one missing a true
negative; an extractor that fails or returns nothing scores every ``with`` as missed and
every ``without`` as avoided. Over the pages: precision ``tp/(tp+fp)``, recall
``tp/(tp+fn)``, accuracy ``(tp+tn)/all`` and F1 ``2tp/(2tp+fp+fn)``.

Every extractor is given the same text, decoded as ``comparison.py`` decodes it (UTF-8,
else charset_normalizer's best guess), and the page's address from the evaluation data:

* ``vn_newsdoc``: :func:`vn_newsdoc.html.read_html`; its text is the lead, then the body
  blocks in reading order (paragraphs, subheadings, quotes, list items) with each figure's
  caption and credit where the figure stands, one block a line. trafilatura's text holds
  the lead and the captions where they stand in the page's main element, so they count
  here too;
* ``vn_newsdoc body``: the same reading without the lead and the captions (the body's
  paragraphs, subheadings, quotes and list items alone), to show what they add;
* ``trafilatura``: ``extract(text, fast=True, include_comments=False,
  include_tables=True, include_formatting=False)``, ``comparison.py``'s main run
  (``no_fallback=True`` there, ``fast=True`` since trafilatura 2);
* ``trafilatura +fb``: the same with its fallback extractors (``fast=False``);
* ``readability``: readability-lxml ``Document(text).summary()``, scored on the summary's
  text (one block a line) rather than on its HTML, so that markup and entities inside a
  snippet do not count against it;
* ``newspaper4k``: ``newspaper.fulltext(text)``, as ``comparison.py`` runs it;
* ``goose3``: ``Goose().extract(raw_html=text).cleaned_text``, image fetching off.

Peers that are not installed are left out. The pages are split in two halves by a rule
that depends on the file name alone: the CRC-32 of its UTF-8 bytes, even for the
``dev`` half, odd for the ``held-out`` half. Changes to the body's container search are
tuned on ``dev`` only; ``held-out`` and ``all`` show whether they generalise.

Run: ``python bench/generic.py --pages DIR --evaldata FILE [--only NAME ...]
[--misses]``. ``--misses`` prints, per page and extractor, the ``with`` snippets missed and
the ``without`` snippets found.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import json
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lxml.html

Extractor = Callable[[str, str], "str | None"]
_BLOCK_TAGS = frozenset(
    {
        *("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td"),
        *("th", "tr", "table", "ul", "ol", "dl", "dt", "dd", "figure", "figcaption"),
        *("section", "article", "br"),
    }
)


# ---------------------------------------------------------------------------------------
# The evaluation data and the pages.


@dataclass(frozen=True)
class Entry:
    """One evaluated page: its address, file name and snippets."""

    url: str
    file: str
    with_: tuple[str, ...]
    without: tuple[str, ...]

    @property
    def half(self) -> str:
        """``dev`` or ``held-out``, by the parity of the file name's CRC-32."""
        return "dev" if zlib.crc32(self.file.encode("utf-8")) % 2 == 0 else "held-out"


def load_evaldata(path: Path) -> dict[str, dict[str, Any]]:
    """The evaluation entries of ``evaldata.json`` or of ``evaldata.py``'s ``EVAL_PAGES``
    (read as a literal, never run)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        data = json.loads(text)
    else:
        data = None
        for node in ast.parse(text).body:
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "EVAL_PAGES" for t in node.targets
            ):
                data = ast.literal_eval(node.value)
        if data is None:
            sys.exit(f"{path}: no EVAL_PAGES = {{...}} found")
    if not isinstance(data, dict):
        sys.exit(f"{path}: expected a mapping of addresses to entries")
    return data


def entries(evaldata: dict[str, dict[str, Any]], pages: Path) -> tuple[list[Entry], int]:
    """The entries whose page is in ``pages``, by file name, and how many were left out."""
    found = []
    missing = 0
    for url, item in evaldata.items():
        name = item.get("file") or ""
        if not name or not (pages / name).is_file():
            missing += 1
            continue
        found.append(Entry(url, name, tuple(item["with"]), tuple(item["without"])))
    return sorted(found, key=lambda e: e.file), missing


def decode(data: bytes) -> str:
    """The page's text as ``comparison.py`` reads it: UTF-8, else the best guess."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        charset_normalizer = importlib.import_module("charset_normalizer")
        best = charset_normalizer.from_bytes(data).best()
        return str(best) if best is not None else data.decode("utf-8", "replace")


# ---------------------------------------------------------------------------------------
# The extractors, each turning a page into plain text.


def _optional(name: str) -> Any:
    """The module ``name``, or ``None`` where it is not installed."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _vn_newsdoc(lead_and_captions: bool) -> Extractor | None:
    try:
        from vn_newsdoc.html import read_html  # noqa: PLC0415
        from vn_newsdoc.model import Figure  # noqa: PLC0415
    except ImportError:
        return None

    def extract(text: str, url: str) -> str:
        article = read_html(text, url=url)
        lines = [article.lead] if lead_and_captions and article.lead else []
        for block in article.body:
            if isinstance(block, Figure):
                if lead_and_captions:
                    lines.extend(t for t in (block.caption, block.credit) if t)
            else:
                lines.append(block.text)
        return "\n".join(lines)

    return extract


def _trafilatura(fast: bool) -> Extractor | None:
    trafilatura = _optional("trafilatura")
    if trafilatura is None:
        return None

    def extract(text: str, url: str) -> str | None:
        result: str | None = trafilatura.extract(
            text,
            fast=fast,
            include_comments=False,
            include_tables=True,
            include_formatting=False,
        )
        return result

    return extract


def _html_text(html: str) -> str:
    """The text of an HTML fragment, a line for each block."""
    tree = lxml.html.fromstring(html)
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
    return str(tree.text_content())


def _readability() -> Extractor | None:
    readability = _optional("readability")
    if readability is None:
        return None

    def extract(text: str, url: str) -> str:
        return _html_text(readability.Document(text, url=url).summary())

    return extract


def _newspaper() -> Extractor | None:
    newspaper = _optional("newspaper")
    if newspaper is None:
        return None

    def extract(text: str, url: str) -> str:
        return str(newspaper.fulltext(text))

    return extract


def _goose() -> Extractor | None:
    goose3 = _optional("goose3")
    if goose3 is None:
        return None
    goose = goose3.Goose({"enable_image_fetching": False})

    def extract(text: str, url: str) -> str:
        return str(goose.extract(raw_html=text).cleaned_text)

    return extract


def extractors() -> dict[str, Extractor]:
    """The extractors that can run here, by row name."""
    found = {
        "vn_newsdoc": _vn_newsdoc(lead_and_captions=True),
        "vn_newsdoc body": _vn_newsdoc(lead_and_captions=False),
        "trafilatura": _trafilatura(fast=True),
        "trafilatura +fb": _trafilatura(fast=False),
        "readability": _readability(),
        "newspaper4k": _newspaper(),
        "goose3": _goose(),
    }
    return {name: fn for name, fn in found.items() if fn is not None}


def only(rows: dict[str, Extractor], names: list[str] | None) -> dict[str, Extractor]:
    """The rows named by ``--only`` (all without it); exits naming any that cannot run."""
    if not names:
        return rows
    unknown = sorted(set(names) - set(rows))
    if unknown:
        sys.exit(f"unknown or missing extractors: {', '.join(unknown)}")
    return {name: rows[name] for name in names}


# ---------------------------------------------------------------------------------------
# Scoring, as comparison.py scores.


@dataclass
class Counts:
    """True and false positives and negatives, added up over pages."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fn += other.fn
        self.fp += other.fp
        self.tn += other.tn

    def scores(self) -> tuple[float, float, float, float]:
        """Precision, recall, accuracy and F1 (0.0 where a denominator is empty)."""
        tp, fn, fp, tn = self.tp, self.fn, self.fp, self.tn
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        total = tp + fn + fp + tn
        accuracy = (tp + tn) / total if total else 0.0
        f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
        return precision, recall, accuracy, f1


def score(result: str | None, entry: Entry) -> Counts:
    """One page's counts: ``comparison.py``'s ``evaluate_result``."""
    if not isinstance(result, str):
        return Counts(fn=len(entry.with_), tn=len(entry.without))
    found = sum(1 for s in entry.with_ if s in result)
    leaked = sum(1 for s in entry.without if s in result)
    return Counts(tp=found, fn=len(entry.with_) - found, fp=leaked, tn=len(entry.without) - leaked)


def run(
    pages: Path, chosen: list[Entry], runners: dict[str, Extractor], misses: bool
) -> Iterator[tuple[str, Entry, Counts]]:
    """Every extractor's counts on every page, page by page."""
    for entry in chosen:
        text = decode((pages / entry.file).read_bytes())
        for name, extract in runners.items():
            try:
                result = extract(text, entry.url)
            except Exception as error:  # a peer's failure scores as nothing
                print(f"{entry.file}: {name}: {type(error).__name__}: {error}", file=sys.stderr)
                result = None
            counts = score(result, entry)
            if misses and (counts.fn or counts.fp):
                missed = [s for s in entry.with_ if not result or s not in result]
                leaked = [s for s in entry.without if result and s in result]
                print(f"{entry.file} [{entry.half}] {name}: missed {missed} leaked {leaked}")
            yield name, entry, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, required=True, help="trafilatura's tests/cache")
    parser.add_argument(
        "--evaldata", type=Path, required=True, help="its tests/evaldata.py or .json"
    )
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run these extractors")
    parser.add_argument("--misses", action="store_true", help="print each page's misses")
    args = parser.parse_args(argv)

    if not args.pages.is_dir():
        sys.exit(f"{args.pages}: not a folder")
    if not args.evaldata.is_file():
        sys.exit(f"{args.evaldata}: no such file")
    chosen, missing = entries(load_evaldata(args.evaldata), args.pages)
    if not chosen:
        sys.exit(f"{args.evaldata}: no entry names a page in {args.pages}")
    runners = only(extractors(), args.only)

    totals: dict[tuple[str, str], Counts] = {}
    for name, entry, counts in run(args.pages, chosen, runners, args.misses):
        for half in (entry.half, "all"):
            totals.setdefault((half, name), Counts()).add(counts)

    halves = {half: sum(1 for e in chosen if e.half == half) for half in ("dev", "held-out")}
    halves["all"] = len(chosen)
    print(
        f"{len(chosen)} pages ({halves['dev']} dev, {halves['held-out']} held-out); "
        f"{missing} entries name pages not in {args.pages}"
    )
    for half, n in halves.items():
        with_ = sum(len(e.with_) for e in chosen if half in ("all", e.half))
        without = sum(len(e.without) for e in chosen if half in ("all", e.half))
        print(f"\n{half}: {n} pages, {with_} snippets with, {without} without")
        head = f"{'extractor':<16} {'tp':>4} {'fn':>4} {'fp':>4} {'tn':>4}"
        print(f"{head}  prec. recall  acc.    F1")
        for name in runners:
            c = totals.get((half, name), Counts())
            precision, recall, accuracy, f1 = c.scores()
            print(
                f"{name:<16} {c.tp:>4} {c.fn:>4} {c.fp:>4} {c.tn:>4}  "
                f"{precision:.3f}  {recall:.3f} {accuracy:.3f} {f1:.3f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
