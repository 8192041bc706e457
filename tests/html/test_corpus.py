"""Every corpus page read by read_html, its scores pinned field by field.

The pages and their expected readings are read from ../shared/corpus at test time (the
repository keeps no copy of them). Each page has a row of floors, pinned at the scores the
reader reaches (never above what the page allows): a test fails when a change makes any
page read worse on any field. Raise a floor when the reader gets better; add a row when
the corpus gains a page.

Columns: headline exact, published exact (minute and offset), lead exact, authors exact,
source exact (``None``: the field is not scored on that page, the expected reading has no
value), body token F1 at least, share of captions found at least, share of captions leaked
into the body at most (``None``: the page has no captions), and people recall at least.
On every page, an update time the expected reading has must be right, and no field may be
filled where the expected reading has none (a lead, a date or a byline made up).
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

import pytest

from conftest import CORPUS
from vn_newsdoc.evaluation import PageScores, evaluate
from vn_newsdoc.html import read_html

pytestmark = pytest.mark.corpus


class Floors(NamedTuple):
    headline: bool
    published: bool | None
    lead: bool | None
    authors: bool | None
    source: bool | None
    body_f1: float
    captions_found: float | None
    captions_leaked: float | None
    people_recall: float | None


_: None = None
T: bool = True
F: bool = False

# page: headline, published, lead, authors, source, body F1 >=, found >=, leaked <=, people
FLOORS: dict[str, Floors] = {
    "24h.com.vn/2012-lo-luyen-thi-cong-chuc-han-quoc": Floors(T, T, T, T, T, 1.0, 1.0, 0.0, 1.0),
    "baochinhphu.vn/chinh-sach-moi-thang-3-2026": Floors(T, T, T, _, _, 1.0, _, _, _),
    "binhluan.biz/2018-thu-tuong-abe-xin-loi": Floors(T, T, T, T, _, 1.0, 1.0, 0.0, 1.0),
    "cafef.vn/mbs-30-co-phieu-ftse": Floors(T, T, T, T, T, 1.0, _, _, _),
    "dakrlap.daknong.gov.vn/bo-nhiem-chanh-an-toa-an-huyen": Floors(T, T, T, T, T, 1.0, _, _, 1.0),
    "dakrlap.daknong.gov.vn/dai-hoi-thi-dua-cuu-chien-binh": Floors(
        T, T, T, T, _, 1.0, 1.0, 0.0, 1.0
    ),
    "dakrlap.daknong.gov.vn/huyen-uy-giao-ban-thang-6-2019": Floors(T, T, T, T, T, 1.0, _, _, 1.0),
    "dakrlap.daknong.gov.vn/mua-lon-ngap-lut-quang-tin": Floors(T, T, T, T, _, 1.0, 1.0, 0.0, 1.0),
    "dakrlap.daknong.gov.vn/vo-dich-bong-ban-2019": Floors(T, T, T, T, _, 1.0, 1.0, 0.0, _),
    "daksong.daknong.gov.vn/hoi-nong-dan-tong-ket-2018": Floors(T, T, T, T, _, 1.0, 1.0, 0.0, 1.0),
    "dantri.com.vn/gia-vang-giam-20-trieu": Floors(T, T, T, T, _, 1.0, _, _, 1.0),
    "nld.com.vn/sai-sot-ho-kinh-doanh-thue": Floors(T, T, T, T, _, 1.0, 1.0, 0.0, 1.0),
    "odp.cantho.gov.vn/dak-lak-csdl-dat-dai": Floors(T, T, _, _, _, 1.0, _, _, _),
    "thanhnien.vn/2012-bong-hong-buon-ma-tuy": Floors(T, T, T, T, _, 1.0, 1.0, 0.0, 1.0),
    "tuoitre.vn/2015-chat-cay-xanh-ha-noi-mobile": Floors(T, T, T, T, _, 1.0, 1.0, 0.0, 1.0),
    "tuoitre.vn/2015-chat-cay-xanh-ha-noi": Floors(T, T, T, T, _, 1.0, 1.0, 0.0, 1.0),
    "tuoitre.vn/chien-su-gia-hoa-8-3": Floors(T, T, T, T, _, 1.0, 1.0, 0.0, 1.0),
    "vietnamnet.vn/co-phieu-flc-giao-dich-tro-lai": Floors(T, T, T, T, _, 1.0, 1.0, 0.0, _),
    "vnexpress.net/2012-ban-doc-viet-tam-su": Floors(T, T, T, T, _, 1.0, _, _, 0.0),
    "vnexpress.net/2012-dong-nuoc-doc-canh-dong-ha-noi": Floors(T, T, T, T, _, 1.0, _, _, _),
    "vnexpress.net/2012-ione-nhung-nguoi-kho-hanh-vi-bot-la": Floors(T, T, T, T, _, 1.0, _, _, 1.0),
    "vnexpress.net/2018-set-danh-bay-mai": Floors(T, T, T, T, _, 1.0, _, _, 1.0),
    "vnexpress.net/2019-khu-tuong-niem-phi-cong-trieu-tien": Floors(
        T, T, T, T, _, 1.0, 1.0, 0.0, 1.0
    ),
    "vnexpress.net/2023-giam-tru-gia-canh-thue": Floors(T, T, T, T, _, 1.0, 1.0, 0.0, 1.0),
    "vnexpress.net/cac-nuoc-doi-pho-soc-nang-luong": Floors(T, T, T, T, _, 1.0, 1.0, 0.0, 1.0),
    "vnexpress.net/dau-bung-lymphoma-ruot-non": Floors(T, T, T, T, _, 1.0, 1.0, 0.0, 1.0),
    "xinhxinh.com.vn/2012-mix-do-dem-noel": Floors(T, T, T, _, T, 1.0, 1.0, 0.0, _),
    "znews.vn/2012-nha-tho-tac-nghen-giang-sinh": Floors(T, T, T, _, T, 1.0, 1.0, 0.0, 1.0),
    "znews.vn/2012-van-ta-mui-con-lon": Floors(T, T, T, _, T, 1.0, 1.0, 0.0, 0.75),
}

# The generic path alone (site_profiles=False), where it reads a page less well.
GENERIC: dict[str, Floors] = {
    **FLOORS,
    # The visible dateline (a re-post's time) is known only to the site profile; the
    # metadata's time is the original's.
    "24h.com.vn/2012-lo-luyen-thi-cong-chuc-han-quoc": FLOORS[
        "24h.com.vn/2012-lo-luyen-thi-cong-chuc-han-quoc"
    ]._replace(published=F),
}


def _score(page: str, *, site_profiles: bool) -> PageScores:
    corpus = CORPUS
    html = corpus / f"{page}.html"
    expected: dict[str, Any] = json.loads(html.with_suffix(".json").read_text("utf-8"))
    article = read_html(html.read_bytes(), url=expected.get("url"), site_profiles=site_profiles)
    return evaluate(article, expected)


def _check(page: str, scores: PageScores, floors: Floors) -> None:
    problems: list[str] = []
    if scores.spurious:
        problems.append(f"fields extracted where none is expected: {sorted(scores.spurious)}")
    if scores.updated is False:
        problems.append("updated: wrong time")
    for field in ("headline", "published", "lead", "authors", "source"):
        want = getattr(floors, field)
        got = getattr(scores, field)
        if want is None and got is not None:
            problems.append(f"{field}: scored ({got}) but the table says not scored")
        elif want is True and got is not True:
            problems.append(f"{field}: {got}, pinned right")
        elif want is False and got is None:
            problems.append(f"{field}: not scored, but pinned as scored")
    if scores.body.f1 < floors.body_f1:
        problems.append(f"body F1 {scores.body.f1:.4f} < {floors.body_f1}")
    if scores.captions_expected:
        found = scores.captions_found / scores.captions_expected
        leaked = scores.captions_leaked / scores.captions_expected
        if floors.captions_found is None or floors.captions_leaked is None:
            problems.append("the page has captions: pin captions found and leaked")
        else:
            if found < floors.captions_found:
                problems.append(f"captions found {found:.3f} < {floors.captions_found}")
            if leaked > floors.captions_leaked:
                problems.append(f"captions leaked {leaked:.3f} > {floors.captions_leaked}")
    elif floors.captions_found is not None:
        problems.append("the page has no captions, but captions are pinned")
    if scores.people_expected:
        recall = scores.people_found / scores.people_expected
        if floors.people_recall is None or recall < floors.people_recall:
            problems.append(f"people recall {recall:.3f} < {floors.people_recall}")
    assert not problems, f"{page}: " + "; ".join(problems)


@pytest.mark.parametrize("page", sorted(FLOORS))
def test_page_with_site_profiles(page: str) -> None:
    _check(page, _score(page, site_profiles=True), FLOORS[page])


@pytest.mark.parametrize("page", sorted(GENERIC))
def test_page_with_the_generic_path_alone(page: str) -> None:
    _check(page, _score(page, site_profiles=False), GENERIC[page])


def test_every_corpus_page_has_floors() -> None:
    corpus = CORPUS
    pages = {f"{p.parent.name}/{p.stem}" for p in corpus.glob("*/*.html")}
    assert pages == set(FLOORS), (
        f"pages without floors: {sorted(pages - set(FLOORS))}; "
        f"floors without a page: {sorted(set(FLOORS) - pages)}"
    )
