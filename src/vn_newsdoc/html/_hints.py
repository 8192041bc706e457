"""The class and id hints of the HTML reader, in one table.

Pages mark what an element holds by its ``class`` and ``id`` far more often than by its
tag: ``<p class="sapo">`` is a lead, ``<div class="detail-content">`` the article's text,
``<div class="box-tinlienquan">`` page furniture. Every such pattern the reader uses is
here, each named for what it finds, so that a site's new class name is added in one
place, whatever part of the reader looks for it. Patterns are matched with ``search`` on
the class and id (and, where said, on other attributes), ignoring case.

>>> bool(LEAD_CLASS.search("sapo_detail")), bool(CONTENT_CLASS.search("fck_detail"))
(True, True)
>>> bool(NOT_CONTENT_CLASS.search("box-tinlienquan"))
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

__all__ = [
    "AFTER_BODY_STOP_CLASS",
    "ANY_FIELD_CLASS",
    "AUTHOR_CLASS",
    "AUTHOR_HREF",
    "AVATAR_CLASS",
    "BELOW_ARTICLE_CLASS",
    "CAPTION_AFTER_PICTURE_WORDS",
    "CAPTION_CLASS",
    "CAPTION_WORDS",
    "CONTENT_CLASS",
    "CREDIT_CLASS_WORDS",
    "DATE_CLASS",
    "DATE_LINE_CLASS",
    "ELSEWHERE_CLASS",
    "FIGURE_CLASS",
    "LEAD_CLASS",
    "NOISE_FRAGMENTS",
    "NOISE_WORDS",
    "NOT_CONTENT_CLASS",
    "NOT_TITLE_CLASS",
    "OTHER_ARTICLES_CLASS",
    "PAGE_BUILDER_BOX",
    "QUOTE_CLASS",
    "SOURCE_CLASS",
    "TAXONOMY_CLASS",
    "TEASER_WORDS",
    "TITLE_CLASS",
    "UPDATE_CLASS",
    "may_name_a_source",
    "names_matcher",
    "prescreened",
]


# The fields above the body -------------------------------------------------------------

TITLE_CLASS = re.compile(r"title|headline|tieu-?de|heading", re.IGNORECASE)
"""An element holding the headline (the ``<h1>`` of most pages)."""

NOT_TITLE_CLASS = re.compile(
    r"sub-?title|subtitle|section|cate|menu|nav|footer|widget|logo|site|box|related|list|"
    r"item|other|sidebar|popup|modal|comment|tag",
    re.IGNORECASE,
)
"""Titles of something else: sections, menus, boxes, related items."""

LEAD_CLASS = re.compile(
    r"sapo|(?:^|[\s_-])lead(?:$|[\s_-]|text)|lede|descript|summary|excerpt|chapeau|chapo|"
    r"intro|head-?noidung|txt-?head|"
    r"tom-?tat|tomtat|short-?content|abstract|teaser|standfirst|ingress|dek\b",
    re.IGNORECASE,
)
"""The lead (``sapo``, ``chapeau``, ``standfirst``)."""

DATE_CLASS = re.compile(
    r"date|time|publish|posted|ngay|thoi-?gian|dateline|meta",
    re.IGNORECASE,
)
"""An element holding the dateline."""

AUTHOR_CLASS = re.compile(r"author|byline|tac-?gia|writer|reporter", re.IGNORECASE)
"""An element holding the byline."""

# Whether any of the four finds something in a lowercased hint: their alternatives grouped
# by first letter (the lead's "(?:^|[\s_-])lead" as a look-behind after the word), so that
# at each place in a hint the engine tries one group, not forty alternatives. "dateline"
# needs no branch of its own: "date" finds it. A test holds it to the four.
ANY_FIELD_CLASS = re.compile(
    r"a(?:bstract|uthor)|byline|chap(?:o|eau)|d(?:escript|ek\b|ate)|excerpt"
    r"|head(?:line|ing|-?noidung)|in(?:tro|gress)|le(?:ad(?<![^\s_-]lead)(?:$|[\s_-]|text)|de)"
    r"|meta|ngay|p(?:ublish|osted)|reporter|s(?:apo|ummary|hort-?content|tandfirst)"
    r"|t(?:itle|ieu-?de|xt-?head|om-?tat|easer|ime|hoi-?gian|ac-?gia)|writer"
)
"""Whether any of the four above finds something (one fast look first)."""

AUTHOR_HREF = re.compile(r"/(?:tac-?gia|author|authors|tacgia|writer)/", re.IGNORECASE)
"""A link to an author's page (``/tac-gia/…``): not a class, an address."""

UPDATE_CLASS = re.compile(r"updat|modif|cap-?nhat", re.IGNORECASE)
"""A date element that gives the update time."""


# The body's container and what is not the body -----------------------------------------

CONTENT_CLASS = re.compile(
    r"article|content|detail|entry|post|story|body|main|text|fck|noidung|news|chitiet|"
    r"baiviet|journal",
    re.IGNORECASE,
)
"""A container of the article's text: raises its score."""

NOT_CONTENT_CLASS = re.compile(
    r"comment|sidebar|footer|header|menu|nav|related|relate|lienquan|(?<!elementor-)widget|"
    r"banner|"
    r"ads|advert|promo|share|social|tag|popup|modal|breadcrumb|tinkhac|othernews|"
    r"most|hot|list|box-?news|timeline",
    re.IGNORECASE,
)
"""A container of anything else: lowers its score."""

PAGE_BUILDER_BOX = re.compile(r"(?<![\w-])elementor-widget(?=-|$|\s)", re.IGNORECASE)
"""A page builder's name for every box it lays out (``elementor-widget-container``,
``elementor-widget-text-editor``): its "widget" is no side column's widget. The box's other
words still count (``elementor-widget-nav-menu``)."""

BELOW_ARTICLE_CLASS = re.compile(
    r"comment|binh-?luan|kommentar|footer|relat(?!ive)|lien-?quan|"
    r"(?<![a-z])references(?![a-z])|footnotes",
    re.IGNORECASE,
)
"""A box that follows the article with other texts: readers' comments, the post's footer
of recommended posts, related news, the list of references or footnotes (a text inside it
is not the article, however long)."""

# Class/id words of page furniture (matched as whole words, split on - and _).
NOISE_WORDS = frozenset(
    {
        "related",
        "relate",
        "relates",
        "relatednews",
        "share",
        "sharing",
        "social",
        "comment",
        "comments",
        "banner",
        "ads",
        "ad",
        "adv",
        "advert",
        "advertisement",
        "adsbygoogle",
        "quangcao",
        "tag",
        "tags",
        "keyword",
        "keywords",
        "breadcrumb",
        "breadcrumbs",
        "footer",
        "nav",
        "navigation",
        "menu",
        "sidebar",
        "widget",
        "rating",
        "rate",
        "stars",
        "vote",
        "subscribe",
        "newsletter",
        "signup",
        "popup",
        "modal",
        "toolbar",
        "sponsor",
        "sponsored",
        "promo",
        "recommend",
        "recommended",
        "mostread",
        "trending",
        "readmore",
        "seemore",
        "tinkhac",
        "lienquan",
        "tinlienquan",
        "xemthem",
        "docthem",
        "splienquan",
        "othernews",
        # Other languages' furniture (German, French).
        "kommentar",
        "kommentare",
        "anzeige",
        "werbung",
        "teilen",
        "commentaire",
        "commentaires",
        "publicite",
        "publicité",
        "partager",
    }
)
"""Page furniture, as whole words of a class or id."""

# Fragments that mark furniture even inside longer words ("box_tinlienquanv2").
NOISE_FRAGMENTS = re.compile(
    r"lienquan|lien-quan|tinkhac|tin-khac|xemthem|xem-them|docthem|doc-them|adsby|"
    r"quangcao|comment|relate|relation|social|sharing|share-|-share|_share|share_|"
    r"\blikes?(?:count|subj|box|btn|button)|"
    # An author's biography box under the article; a post's own footer written as one
    # word ("entryfooter": its parts are furniture words when written apart).
    r"author-?(?:box|bio)|about-?(?:the-?)?author|(?:entry|post|article)footer",
    re.IGNORECASE,
)
"""Page furniture, even inside a longer word of a class or id."""

TEASER_WORDS = frozenset({"teaser", "teasers", "teasertext"})
"""Class or id words of a teaser box: furniture inside the body when it links elsewhere
("teaser" alone is no proof: some pages call their own standfirst so)."""

# Classes a CMS puts on the article itself to name its taxonomy ("tag-bong-da",
# "category-thoi-su" on a WordPress post): they name a topic, not a tag bar.
TAXONOMY_CLASS = re.compile(
    r"^(?:tag|category|cat|topic|chuyen-muc)-(?!(?:list|box|bar|links|wrap|wrapper|area|"
    r"item|items|cloud|title|name)$)[\w-]+$",
    re.IGNORECASE,
)
"""One tag or category link (``tag-bong-da``), not the list that holds them."""

DATE_LINE_CLASS = re.compile(
    r"date|time|timestamp|datum|zeit|published|publish|posted|ngay|thoigian|thoi-gian",
    re.IGNORECASE,
)
"""A block at the top of the body that gives the posting time."""

QUOTE_CLASS = re.compile(r"(?:^|[\s_-])(?:quote|blockquote|pullquote|trich-?dan)", re.I)
"""A quotation set apart from the text."""


# Figures -------------------------------------------------------------------------------

# Class or id fragments that mark the element holding a caption (lower case).
CAPTION_WORDS = (
    "caption",
    "figcaption",
    "image_desc",
    "img_desc",
    "imgdesc",
    "image-desc",
    "photo-desc",
    "photodesc",
    "ck_legend",
    "legend",
    "chu-thich",
    "chu_thich",
    "chuthich",
    "desc_image",
    "note-image",
    "image-note",
    "img-note",
    "expnoedit",
)
"""Pieces of a caption's class or id, matched anywhere in it."""

CAPTION_CLASS = re.compile("|".join(re.escape(h) for h in CAPTION_WORDS), re.IGNORECASE)
"""A caption, by one of :data:`CAPTION_WORDS`."""

CAPTION_AFTER_PICTURE_WORDS = frozenset(
    {"desc", "cap", "cation", "caption", "captions", "note", "legend", "chuthich", "credit"}
)
"""Class or id words (split on ``-``, ``_`` and case changes) that mark a caption only where
the element comes right after a picture: ``desc_cation`` under a slide, ``img-note``,
``pic-cap``. Away from a picture such a block (``<div class="desc">``) is text."""

CREDIT_CLASS_WORDS = frozenset(
    {"credit", "credits", "copyright", "photographer", "photocredit", "imagecredit"}
)
"""Class or id words of the element holding a photo credit inside or under a caption
(``<span class="credit">``, ``photo-copyright``, ``image-source``)."""

# Elements that wrap one picture and its caption as a unit.
FIGURE_CLASS = re.compile(
    r"\b(?:tplCaption|PhotoCMS_Item|photo-item|image-box|"
    r"box-img|img-box|news-image-box|figure)\b",
    re.IGNORECASE,
)
"""An element that wraps one picture and its caption as a unit."""

# An author's portrait next to the byline is not a picture of the article.
AVATAR_CLASS = re.compile(r"autor|author|avatar", re.IGNORECASE)
"""An author's portrait, not a picture of the article (also tried on the file name)."""


# Credits and sources -------------------------------------------------------------------

SOURCE_CLASS = re.compile(r"(?:^|[\s_-])(?:source|nguon|nguontin|nguon-tin)(?:$|[\s_-])", re.I)
"""An element naming the article's source (``Theo TTXVN``)."""

# What any source class holds (SOURCE_CLASS's words).
_SOURCE_WORD_RE = re.compile(r"source|nguon", re.IGNORECASE)


def may_name_a_source(names: str) -> bool:
    """Whether some class or id values (``names``, joined by a space or a NUL) may name a
    source box (:data:`SOURCE_CLASS`): ``False`` proves that none of them does.

    Each word :data:`SOURCE_CLASS` looks for holds ``source`` or ``nguon``, matched alike
    (case aside); a space or NUL between two values starts no such word.

    In ASCII text the case-blind words are found by a substring search of the lower case
    (only outside ASCII do letters such as "ſ" match ``s`` case-blind), a fraction of the
    regex's time over a page's every class.

    >>> may_name_a_source("lead Nguon-tin"), may_name_a_source("main lead")
    (True, False)
    """
    if names.isascii():
        lowered = names.lower()
        return "source" in lowered or "nguon" in lowered
    return _SOURCE_WORD_RE.search(names) is not None


AFTER_BODY_STOP_CLASS = re.compile(
    r"tag|comment|binh-?luan|related|lien-?quan|share|social|keyword|goback|back", re.I
)
"""Where the search for a signature after the body stops: tags, comments, related links."""

# Boxes that hold other articles or readers' posts ("relative" is a layout class, not
# related news).
_ELSEWHERE_WORDS = (
    r"comment|binh-?luan|relat(?!ive)|lien-?quan|tin-?khac|other|most|trending|list-?news|"
    r"box-?news"
)

ELSEWHERE_CLASS = re.compile(_ELSEWHERE_WORDS, re.IGNORECASE)
"""An ancestor that puts a byline-like line in another article's box (comments, related news)."""

OTHER_ARTICLES_CLASS = re.compile(
    _ELSEWHERE_WORDS + r"|teaser|sidebar|side-?bar|widget|tin-?moi|moi-?nhat|latest|newest|popular|"
    r"xem-?nhieu|doc-?nhieu|menu|navigation|navbar|top-?bar|topnav",
    re.IGNORECASE,
)
"""What :data:`ELSEWHERE_CLASS` names, and also the page's other boxes of other articles
(sidebars, "tin mới", most read, teasers) and the site's menu bar (today's date): the dates
in them are not the article's."""


def names_matcher(pattern: re.Pattern[str]) -> Callable[[str | None, str | None], bool]:
    """A test of an element's class and id (``"class id"``) by ``pattern``, each pair of
    names matched once and remembered: a page repeats its class names on many elements.

    >>> names_a_source = names_matcher(re.compile("nguon"))
    >>> names_a_source("box nguon-tin", None), names_a_source(None, "main")
    (True, False)
    """

    @functools.lru_cache(maxsize=4096)
    def names(cls: str | None, ident: str | None) -> bool:
        return pattern.search(f"{cls or ''} {ident or ''}") is not None

    return names


def prescreened(pattern: re.Pattern[str], parts: Sequence[str]) -> Callable[[str], bool]:
    """``pattern.search(text) is not None``, with a plain look first: each match of
    ``pattern`` (case-blind) holds one of ``parts`` (lower case), so an ASCII text whose
    lower case holds none of them is no match, without the regex. Outside ASCII, letters
    such as "ſ" or the Kelvin sign match ``s`` and ``k`` case-blind: the regex answers.

    >>> names_an_avatar = prescreened(re.compile("autor|author|avatar", re.I), ("aut", "ava"))
    >>> names_an_avatar("post-Author-box"), names_an_avatar("lead"), names_an_avatar("ſ")
    (True, False, False)
    """

    def search(text: str) -> bool:
        if text.isascii():
            lowered = text.lower()
            # A loop, not any() over a generator: no generator made at each call.
            for part in parts:
                if part in lowered:
                    break
            else:
                return False
        return pattern.search(text) is not None

    return search
