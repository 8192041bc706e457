"""The metadata pass's shortcuts give what they stand in for: a meta tag's attributes read
in one call are filed as the look-ups of each attribute by name filed them, and what its
walk finds for later steps (the buttons and ``<main>`` elements for the page stripper, the
first ``og:url`` meta tag for the site profiles) is what their own walks found."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from lxml.etree import tostring

from metadata_reference import file_every_name
from vn_newsdoc.html._parse import parse_html
from vn_newsdoc.html.body import strip_page
from vn_newsdoc.html.body._strip import _strip_page
from vn_newsdoc.html.metadata import _read_metadata
from vn_newsdoc.html.metadata._collect import _WANTED_METAS, _add_meta

_NAMES = st.sampled_from(
    ["content", "CONTENT", "name", "Name", "property", "http-equiv", "itemprop", "charset",
     "lang", "x:content", "data-name"]
)  # fmt: skip
_VALUES = st.text(alphabet=" \tOg:TitleDescriptionİK\u00a0é", max_size=8)


@given(st.lists(st.lists(st.tuples(_NAMES, _VALUES), max_size=5), max_size=4))
def test_a_meta_tag_is_filed_as_its_attributes_looked_up_by_name(
    tags: list[list[tuple[str, str]]],
) -> None:
    head = "".join(
        "<meta " + " ".join(f'{name}="{value}"' for name, value in attributes) + ">"
        for attributes in tags
    )
    page = parse_html(f"<html><head>{head}</head><body><p>x</p></body></html>")
    filed: dict[str, list[str]] = {}
    expected: dict[str, list[str]] = {}
    for node in page.iter("meta"):
        og_url = _add_meta(node, filed)
        file_every_name(node, expected)
        assert og_url is ((node.get("property") or "").lower() == "og:url")
    # (filed only under the names a cascade reads: test_metadata_collect_shortcuts checks
    # that the readings are those of every name filed)
    assert filed == {k: v for k, v in expected.items() if k in _WANTED_METAS}


@given(st.lists(st.sampled_from(["og:url", "OG:URL", " og:url", "og:title", ""]), max_size=4))
def test_the_first_og_url_meta_is_the_one_the_profiles_looked_for(properties: list[str]) -> None:
    head = "".join(
        f'<meta property="{p}" content="https://a.vn/{i}">' if i % 2 else f'<meta property="{p}">'
        for i, p in enumerate(properties)
    )
    page = parse_html(f"<html><head>{head}</head><body><p>x</p></body></html>")
    expected = None
    for el in page.iter("meta"):  # how the site profiles' marker was looked for before
        if (el.get("property") or "").lower() == "og:url":
            expected = el
            break
    assert _read_metadata(page, url=None)[1].og_url_meta is expected


_SOUP = st.lists(
    st.sampled_from(
        ["<button>", "</button>", "<main>", "</main>", "<p>", "</p>", "<nav>", "<div>",
         "</div>", "<meta name=a content=b>", "<script>x</script>", "<title>t</title>",
         "<span hidden>h</span>", "tail "]
    ),
    max_size=16,
).map("".join)  # fmt: skip


@given(_SOUP)
def test_the_metadata_walk_finds_what_strip_page_walks_for(soup: str) -> None:
    page = parse_html(f"<html><body><p>x</p>{soup}</body></html>")
    _, got = _read_metadata(page, url=None)
    buttons, mains = got.buttons, got.mains
    assert buttons == list(page.iter("button"))
    assert mains == list(page.iter("main"))
    # and the page stripped with them is the page strip_page strips
    again = parse_html(f"<html><body><p>x</p>{soup}</body></html>")
    _strip_page(page, buttons, mains)
    strip_page(again)
    assert tostring(page) == tostring(again)
