"""Pin find_people's scores over the corpus of real pages in ../shared/corpus.

Each page's expected reading holds the people a careful reader finds; find_people reads the
same reading's headline, lead, paragraphs and captions. Names compare after the corpus
normalisation (clean, then case and tone placement folded). The floors are the scores
reached when they were set: raise them when the finder gets better, never lower them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import CORPUS
from vn_newsdoc.text import clean, fold_key
from vn_newsdoc.vi import find_people

# Micro-averaged over the names of all pages (56 of 58 expected names found, none extra).
PRECISION_FLOOR = 1.0
RECALL_FLOOR = 0.96
F1_FLOOR = 0.98
# Share of the names found whose titles are exactly the expected ones, in order.
TITLES_FLOOR = 0.98


def _pages() -> list[Path]:
    return sorted(CORPUS.glob("*/*.json"))


def _texts(expected: dict[str, Any]) -> list[str]:
    out = [expected.get("headline"), expected.get("lead")]
    out += expected.get("paragraphs") or []
    out += expected.get("captions") or []
    return [t for t in out if t]


@pytest.mark.corpus
def test_corpus_is_there() -> None:
    assert len(_pages()) >= 29, f"the corpus was not found under {CORPUS}"


@pytest.mark.corpus
def test_people_scores_over_the_corpus() -> None:
    tp = fp = fn = 0
    titles_right = titles_compared = 0
    for page in _pages():
        expected = json.loads(page.read_text(encoding="utf-8"))
        want = {fold_key(p["name"]): p for p in expected.get("people") or []}
        got = {fold_key(p.name): p for p in find_people(_texts(expected))}
        tp += len(want.keys() & got.keys())
        fp += len(got.keys() - want.keys())
        fn += len(want.keys() - got.keys())
        for key in want.keys() & got.keys():
            titles_compared += 1
            titles_right += got[key].titles == tuple(clean(t) for t in want[key]["titles"])
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert precision >= PRECISION_FLOOR
    assert recall >= RECALL_FLOOR
    assert f1 >= F1_FLOOR
    assert titles_right / titles_compared >= TITLES_FLOOR
