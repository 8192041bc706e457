"""The sample article through each writer, compared with the reviewed golden files.

``pytest --update-golden`` rewrites ``tests/golden/sample.<format>`` from the current output;
review the diff in git before committing it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from golden_sample import SAMPLE
from vn_newsdoc.formats.html import write_html
from vn_newsdoc.formats.json import read_json, write_json
from vn_newsdoc.formats.jsonld import write_jsonld
from vn_newsdoc.formats.markdown import write_markdown
from vn_newsdoc.formats.ninjs import write_ninjs
from vn_newsdoc.formats.text import write_text
from vn_newsdoc.formats.xml import read_xml, write_xml
from vn_newsdoc.model import Article

GOLDEN = Path(__file__).resolve().parent.parent / "golden"

# How each golden file is written from an article (one entry per writer).
WRITERS: dict[str, Callable[[Article], str]] = {
    "json": lambda article: write_json(article, indent=2) + "\n",
    "xml": write_xml,
    # The text form carries only part of the article (see vn_newsdoc.formats.text), so it
    # is compared as written but not read back here.
    "txt": write_text,
    # The exports: compared as written; the HTML page also reads back (test_html_form.py).
    "html": write_html,
    "md": write_markdown,
    "ninjs.json": lambda article: write_ninjs(article, indent=2) + "\n",
    "jsonld": lambda article: write_jsonld(article, indent=2) + "\n",
}
# The forms that carry the whole article, so their golden file reads back to the sample.
EXACT_READERS: dict[str, Callable[[str], Article]] = {"json": read_json, "xml": read_xml}


@pytest.mark.parametrize("form", sorted(WRITERS))
def test_sample_matches_its_golden_file(form: str, update_golden: bool) -> None:
    path = GOLDEN / f"sample.{form}"
    output = WRITERS[form](SAMPLE)
    if update_golden:
        path.write_text(output, encoding="utf-8", newline="")
    assert path.read_bytes().decode("utf-8") == output


@pytest.mark.parametrize("form", sorted(EXACT_READERS))
def test_golden_file_reads_back_to_the_sample(form: str) -> None:
    text = (GOLDEN / f"sample.{form}").read_bytes().decode("utf-8")
    article = EXACT_READERS[form](text)
    assert article == SAMPLE
    assert article.published is not None
    assert article.published.isoformat() == "2024-09-14T07:30:00+07:00"
