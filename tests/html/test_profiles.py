"""Your own site profiles: passed to read_html ahead of the built-in ones, kept in a TOML or
JSON file, and every wrong file named by its entry and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vn_newsdoc.errors import NewsdocError, ProfileError
from vn_newsdoc.html import SiteProfile, dump_profiles, load_profiles, read_html
from vn_newsdoc.html.sites import PROFILES, profile_for_markers, profile_for_url

# A page that says it is vnexpress.net's, in a layout the built-in profile does not know:
# its old selectors find a teaser box, while the article sits in ".noi-dung-moi".
_PAGE = """<html><head><title>Lúa chín sớm - VnExpress</title>
<link rel="canonical" href="https://vnexpress.net/lua-chin-123.html"></head><body>
<h1 class="title-detail">Tin nổi bật trong ngày</h1>
<article class="fck_detail"><p>Hộp tin đọc nhiều: giá vàng, thời tiết, giao thông và
những tin khác của chuyên mục.</p></article>
<h1 class="tieu-de">Lúa chín sớm ở đồng bằng sông Cửu Long</h1>
<div class="noi-dung-moi">
<p>Thời tiết thuận lợi khiến lúa chín sớm hơn mọi năm ở nhiều tỉnh miền Tây.</p>
<p>Nông dân tranh thủ thu hoạch trước đợt mưa lớn được dự báo vào cuối tuần.</p>
</div></body></html>"""

_MINE = SiteProfile(
    name="vnexpress (mine)",
    hosts="vnexpress.net",
    headline="h1.tieu-de",
    body=".noi-dung-moi",
)


def test_a_profile_of_yours_replaces_the_built_in_one_for_its_host() -> None:
    built_in = read_html(_PAGE)
    assert built_in.headline == "Tin nổi bật trong ngày"
    assert built_in.paragraphs[0].startswith("Hộp tin đọc nhiều")

    mine = read_html(_PAGE, profiles=[_MINE])
    assert mine.headline == "Lúa chín sớm ở đồng bằng sông Cửu Long"
    assert [p[:20] for p in mine.paragraphs] == ["Thời tiết thuận lợi ", "Nông dân tranh thủ t"]


def test_your_profiles_apply_with_the_built_in_ones_off() -> None:
    article = read_html(_PAGE, profiles=[_MINE], site_profiles=False)
    assert article.headline == "Lúa chín sớm ở đồng bằng sông Cửu Long"


def test_a_profile_of_yours_for_a_new_site_is_chosen_by_url_and_by_marker() -> None:
    mine = SiteProfile(name="baomau.vn", hosts="baomau.vn")
    assert profile_for_url("https://tinh.baomau.vn/a.html", profiles=[mine]) is not None
    assert profile_for_markers(("https://baomau.vn/a",), profiles=[mine]) is not None
    assert profile_for_url("https://baomau.vn/a.html") is None
    # The built-in profiles still answer for the hosts yours leave alone.
    found = profile_for_url("https://tuoitre.vn/a.htm", profiles=[mine])
    assert found is not None
    assert found.name == "tuoitre.vn"
    assert profile_for_url("https://tuoitre.vn/a.htm", profiles=[mine], built_in=False) is None


def test_the_url_chooses_before_the_page_markers() -> None:
    # Fetched from baomau.vn, the copy's canonical link names vnexpress.net: the layout is
    # the fetching site's.
    mine = SiteProfile(name="baomau.vn", hosts="baomau.vn", headline="h1.tieu-de")
    article = read_html(_PAGE, url="https://baomau.vn/lua.html", profiles=[mine])
    assert article.headline == "Lúa chín sớm ở đồng bằng sông Cửu Long"


def test_a_bad_selector_in_a_profile_is_named_before_the_page_is_read() -> None:
    bad = SiteProfile(name="baomau.vn", hosts="baomau.vn", lead="p:has(b)")
    with pytest.raises(ProfileError) as caught:
        read_html("", profiles=[bad])
    assert (caught.value.name, caught.value.field) == ("baomau.vn", "lead")


def test_profiles_must_be_site_profiles() -> None:
    with pytest.raises(TypeError, match="SiteProfile"):
        read_html(_PAGE, profiles=[{"name": "x"}])  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        pytest.param({"name": "", "hosts": "a.vn"}, "name", id="empty-name"),
        pytest.param({"name": "a", "hosts": ()}, "hosts", id="no-host"),
        pytest.param({"name": "a", "hosts": "https://a.vn/"}, "hosts", id="url-for-host"),
        pytest.param({"name": "a", "hosts": "a vn"}, "hosts", id="space-in-host"),
        pytest.param({"name": "a", "hosts": "a.vn", "body": ""}, "body", id="empty-selector"),
        pytest.param({"name": "a", "hosts": "a.vn", "drop": [3]}, "drop", id="number-selector"),
    ],
)
def test_site_profile_names_the_field_it_refuses(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(ProfileError) as caught:
        SiteProfile(**kwargs)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_hosts_are_kept_as_pages_are_matched() -> None:
    profile = SiteProfile(name="a", hosts=[" WWW.BaoMau.VN. ", "m.baomau.vn"])
    assert profile.hosts == ("baomau.vn", "m.baomau.vn")
    # A host in its own letters is matched against the address a page gives.
    mine = SiteProfile(name="b", hosts="Báo.vn")
    found = profile_for_url("https://tin.báo.vn/a.html", profiles=[mine])
    assert found is not None
    assert found.name == "b"


# --- the file -------------------------------------------------------------------------------

_GOOD = """# My sites
[[site]]
name = "baomau.vn"
hosts = ["baomau.vn", "m.baomau.vn"]
headline = "h1.tieu-de"
body = [".noi-dung", "#content"]
drop = [".tin-lien-quan"]

[[site]]
name = "vnexpress (mine)"
hosts = ["vnexpress.net"]
body = ".noi-dung-moi"
dateline_first = true
"""


def _write(tmp_path: Path, text: str, name: str = "sites.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_load_profiles_reads_the_documented_toml(tmp_path: Path) -> None:
    profiles = load_profiles(_write(tmp_path, _GOOD))
    assert profiles == (
        SiteProfile(
            name="baomau.vn",
            hosts=("baomau.vn", "m.baomau.vn"),
            headline=("h1.tieu-de",),
            body=(".noi-dung", "#content"),
            drop=(".tin-lien-quan",),
        ),
        SiteProfile(
            name="vnexpress (mine)",
            hosts=("vnexpress.net",),
            body=(".noi-dung-moi",),
            dateline_first=True,
        ),
    )
    article = read_html(_PAGE, profiles=profiles)
    assert article.paragraphs[0].startswith("Thời tiết thuận lợi")


def test_load_profiles_reads_the_same_structure_in_json(tmp_path: Path) -> None:
    data = {"site": [{"name": "baomau.vn", "hosts": "baomau.vn", "body": ".noi-dung"}]}
    path = _write(tmp_path, json.dumps(data), "sites.json")
    assert load_profiles(path) == (
        SiteProfile(name="baomau.vn", hosts="baomau.vn", body=".noi-dung"),
    )


def test_the_library_profiles_round_trip_through_both_forms(tmp_path: Path) -> None:
    built_in = tuple(p.profile for p in PROFILES.values())
    for form in ("toml", "json"):
        path = _write(tmp_path, dump_profiles(built_in, format=form), f"sites.{form}")
        assert load_profiles(path) == built_in


_SELECTORS = st.sampled_from(
    sorted({css for p in PROFILES.values() for css in (*p.profile.body, *p.profile.drop)})
)
_LABEL = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1).filter(
    str.strip
)
_HOSTS = st.lists(
    st.from_regex(r"[a-z0-9]{1,8}(\.[a-z0-9]{1,8}){1,2}", fullmatch=True),
    min_size=1,
    max_size=3,
    unique=True,
)


@st.composite
def _profile_sets(draw: st.DrawFn) -> list[SiteProfile]:
    names = draw(st.lists(_LABEL, min_size=1, max_size=3, unique=True))
    hosts = draw(st.lists(_HOSTS, min_size=len(names), max_size=len(names)))
    seen: set[str] = set()
    profiles = []
    for name, drawn in zip(names, hosts, strict=True):
        own = [h for h in drawn if h not in seen] or [f"{len(seen)}x.{drawn[0]}"]
        seen.update(own)
        profiles.append(
            SiteProfile(
                name=name,
                hosts=own,
                body=draw(st.lists(_SELECTORS, max_size=2)),
                drop=draw(st.lists(_SELECTORS, max_size=2)),
                dateline_first=draw(st.booleans()),
            )
        )
    return profiles


@given(profiles=_profile_sets(), form=st.sampled_from(["toml", "json"]))
def test_any_profiles_round_trip(
    tmp_path_factory: pytest.TempPathFactory, profiles: list[SiteProfile], form: str
) -> None:
    path = tmp_path_factory.mktemp("p") / f"sites.{form}"
    path.write_text(dump_profiles(profiles, format=form), encoding="utf-8")
    assert load_profiles(path) == tuple(profiles)


def test_dump_profiles_refuses_an_unknown_format() -> None:
    with pytest.raises(ValueError, match="yaml"):
        dump_profiles([_MINE], format="yaml")


_ONE = '[[site]]\nname = "baomau.vn"\nhosts = ["baomau.vn"]\n'


@pytest.mark.parametrize(
    ("text", "entry", "name", "field", "words"),
    [
        pytest.param('[[site]\nname = "a"', None, None, None, "not valid TOML", id="toml-syntax"),
        pytest.param('site = "x"', None, None, None, "no site profiles", id="site-not-a-list"),
        pytest.param("", None, None, None, "no site profiles", id="empty-file"),
        pytest.param(
            '[[sites]]\nname = "a"', None, None, None, "did you mean 'site'", id="top-level-typo"
        ),
        pytest.param("site = [1]", 1, None, None, "must be a table", id="entry-not-a-table"),
        pytest.param('[[site]]\nhosts = ["a.vn"]', 1, None, "name", "missing", id="no-name"),
        pytest.param('[[site]]\nname = "a"', 1, "a", "hosts", "missing", id="no-hosts"),
        pytest.param(
            '[[site]]\nname = 3\nhosts = ["a.vn"]', 1, None, "name", "a number", id="name-number"
        ),
        pytest.param(
            _ONE + "headlines = 'h1'",
            1,
            "baomau.vn",
            "headlines",
            "did you mean 'headline'",
            id="unknown-field",
        ),
        pytest.param(_ONE + "body = 3", 1, "baomau.vn", "body", "a number", id="selector-number"),
        pytest.param(
            _ONE + "drop = ['.a', 3]", 1, "baomau.vn", "drop", "holds a number", id="list-number"
        ),
        pytest.param(_ONE + "lead = ''", 1, "baomau.vn", "lead", "non-empty", id="empty-selector"),
        pytest.param(
            _ONE + "body = 'div:has(p)'", 1, "baomau.vn", "body", "div:has(p)", id="unsupported-css"
        ),
        pytest.param(
            _ONE + "dateline_first = 'yes'",
            1,
            "baomau.vn",
            "dateline_first",
            "true or false",
            id="flag-not-boolean",
        ),
        pytest.param(
            '[[site]]\nname = "a"\nhosts = ["https://a.vn/tin"]',
            1,
            "a",
            "hosts",
            "not a URL",
            id="url-for-host",
        ),
        pytest.param('[[site]]\nname = "a"\nhosts = []', 1, "a", "hosts", "at least", id="no-host"),
        pytest.param(
            _ONE + '\n[[site]]\nname = "baomau.vn"\nhosts = ["b.vn"]',
            2,
            "baomau.vn",
            "name",
            "taken by site 1",
            id="name-twice",
        ),
        pytest.param(
            _ONE + '\n[[site]]\nname = "b"\nhosts = ["www.baomau.vn"]',
            2,
            "b",
            "hosts",
            "claimed by site 1",
            id="host-twice",
        ),
    ],
)
def test_a_bad_file_is_named_by_entry_and_field(  # noqa: PLR0917 (one table row)
    tmp_path: Path, text: str, entry: int | None, name: str | None, field: str | None, words: str
) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ProfileError) as caught:
        load_profiles(path)
    err = caught.value
    assert (err.entry, err.name, err.field) == (entry, name, field)
    assert err.source == str(path)
    assert words in str(err)
    assert str(err).startswith(f"{path}: ")
    if entry is not None:
        assert f"site {entry}" in str(err)
    if field is not None:
        assert f", {field}: " in str(err) or f"), {field}: " in str(err)
    assert isinstance(err, NewsdocError)
    assert isinstance(err, ValueError)


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        pytest.param("sites.json", b'{"site": [', "not valid JSON", id="json-syntax"),
        pytest.param("sites.json", b"[]", "must hold a table", id="json-not-an-object"),
        pytest.param("sites.toml", b"name = '\xff'", "not UTF-8", id="not-utf-8"),
        pytest.param("sites.yaml", b"site: []", "write .toml or .json", id="unknown-suffix"),
    ],
)
def test_a_file_that_is_not_a_profile_file(
    tmp_path: Path, name: str, data: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ProfileError, match=words):
        load_profiles(path)


def test_a_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_profiles(tmp_path / "nowhere.toml")
