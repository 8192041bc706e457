"""Memory and speed of the dataset paths: Parquet output, and WARC input into Parquet.

Each measurement runs in a fresh Python process and reports its peak resident memory
(``ru_maxrss``) after setting up and after streaming ``N`` articles, so a memory that grows
with ``N`` shows as a growing difference between the rows of one run:

* ``parquet``: the corpus pages read once, then ``N`` articles (the corpus articles in
  turn, each with its own URL) written through :class:`vn_newsdoc.parquet.ParquetWriter`;
* ``warc``: a WARC file of ``N`` pages (the corpus pages in turn) built beforehand, then
  read with :func:`vn_newsdoc.warc.read_warc` and each article written to Parquet (the
  whole path, reading included).

Run: ``python bench/datasets.py [--sizes 1000 10000] [--warc]`` (needs
``pip install -e ".[warc,parquet]"``). The corpus is read from ``../shared/corpus`` beside
the project, or from ``$VN_NEWSDOC_SHARED/corpus``.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("VN_NEWSDOC_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"


def _peak_mib() -> float:
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def _pages() -> list[tuple[str, bytes]]:
    return [
        (f"https://corpus.invalid/{p.parent.name}/{p.name}", p.read_bytes())
        for p in sorted(CORPUS.glob("*/*.html"))
    ]


def _write_warc(path: Path, pages: list[tuple[str, bytes]], count: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders  # noqa: PLC0415
    from warcio.warcwriter import WARCWriter  # noqa: PLC0415

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for n in range(count):
            uri, page = pages[n % len(pages)]
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"{uri}?copy={n}",
                "response",
                payload=io.BytesIO(page),
                length=len(page),
                http_headers=http,
            )
            writer.write_record(record)


def _child(mode: str, count: int, workdir: Path) -> dict[str, float]:
    """One measurement, in this (fresh) process."""
    import attrs  # noqa: PLC0415
    import pyarrow.parquet  # noqa: F401, PLC0415 (its import is setup, not streaming)

    from vn_newsdoc.html import read_html  # noqa: PLC0415
    from vn_newsdoc.parquet import ParquetWriter  # noqa: PLC0415
    from vn_newsdoc.warc import read_warc  # noqa: PLC0415

    out = workdir / f"{mode}-{count}.parquet"
    if mode == "parquet":
        corpus = [read_html(page, url=uri) for uri, page in _pages()]
        articles = (
            attrs.evolve(corpus[n % len(corpus)], url=f"https://corpus.invalid/{n}")
            for n in range(count)
        )
    else:
        readings = read_warc(workdir / f"pages-{count}.warc.gz")
        articles = (result for _, result in readings if not isinstance(result, Exception))
    setup = _peak_mib()
    start = time.perf_counter()
    with ParquetWriter(out) as writer:
        for article in articles:
            writer.write(article)
    seconds = time.perf_counter() - start
    return {
        "articles": writer.rows,
        "setup_mib": setup,
        "peak_mib": _peak_mib(),
        "seconds": seconds,
        "file_mib": out.stat().st_size / 2**20,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--warc", action="store_true", help="also time WARC -> Parquet")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, count, workdir = args.child
        print(json.dumps(_child(mode, int(count), Path(workdir))))
        return
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    modes = ["parquet", "warc"] if args.warc else ["parquet"]
    print(
        f"{'mode':8} {'articles':>8} {'setup MiB':>10} {'peak MiB':>9} {'growth':>7} "
        f"{'s':>7} {'art/s':>7} {'file MiB':>9}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for mode in modes:
            for count in args.sizes:
                if mode == "warc":
                    _write_warc(workdir / f"pages-{count}.warc.gz", _pages(), count)
                result = subprocess.run(
                    [sys.executable, __file__, "--child", mode, str(count), str(workdir)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                r = json.loads(result.stdout)
                print(
                    f"{mode:8} {r['articles']:>8} {r['setup_mib']:>10.1f} {r['peak_mib']:>9.1f} "
                    f"{r['peak_mib'] - r['setup_mib']:>7.1f} {r['seconds']:>7.2f} "
                    f"{r['articles'] / r['seconds']:>7.0f} {r['file_mib']:>9.2f}"
                )


if __name__ == "__main__":
    main()
