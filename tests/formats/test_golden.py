"""The sample article through each writer, compared with the reviewed golden files.

``pytest --update-golden`` rewrites ``tests/golden/sample.<format>`` from the current output;
review the diff in git before committing it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from golden_sample import SAMPLE
from vn_newsdoc.formats.json import read_json, write_json
from vn_newsdoc.formats.xml import read_xml, write_xml
from vn_newsdoc.model import Article

GOLDEN = Path(__file__).resolve().parent.parent / "golden"

# Each form: how the golden file is written from an article, and how it is read back.
FORMS: dict[str, tuple[Callable[[Article], str], Callable[[str], Article]]] = {
    "json": (lambda article: write_json(article, indent=2) + "\n", read_json),
    "xml": (write_xml, read_xml),
}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_sample_matches_its_golden_file(form: str, update_golden: bool) -> None:
    write, _ = FORMS[form]
    path = GOLDEN / f"sample.{form}"
    output = write(SAMPLE)
    if update_golden:
        path.write_text(output, encoding="utf-8", newline="")
    assert path.read_bytes().decode("utf-8") == output


@pytest.mark.parametrize("form", sorted(FORMS))
def test_golden_file_reads_back_to_the_sample(form: str) -> None:
    _, read = FORMS[form]
    text = (GOLDEN / f"sample.{form}").read_bytes().decode("utf-8")
    article = read(text)
    assert article == SAMPLE
    assert article.published is not None
    assert article.published.isoformat() == "2024-09-14T07:30:00+07:00"
