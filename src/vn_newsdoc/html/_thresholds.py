"""The HTML reader's numbers, named by what they decide and documented with why.

Every length, share and rank a rule of the reader compares against lives here, grouped by
concept, so that a rule reads as a sentence (``len(text) <= HEADLINE_MAX``) and a change of
a number is a change of one line that the corpus tests then judge. Lengths are characters
of clean text unless they say otherwise.

"Bold throughout" is two numbers, one per kind of block. A block's ``bold`` is the share
of its text set in bold. A paragraph taken out of the body as a repeated headline or as the
lead needs most of it (0.8): a lead often opens on a plain outlet tag (``(Dân trí) -``) or
holds a plain date, and is still the lead. A short line read as a title (the headline
where only ``<title>`` named the article, or a subheading) needs all but a stray character
(0.95), because body paragraphs often open with a bold phrase. The headline's rule used
0.9 before the two were named; moving it to 0.95 changes no reading of the corpus or of
the generic test pages, while the subheading's at 0.8 would, and the lead's at 0.95 would
lose leads that open on a plain outlet tag.
"""

from __future__ import annotations

from typing import Final

__all__: list[str] = []

# -- bold throughout ---------------------------------------------------------------------
BOLD_SET_APART: Final = 0.8
"""Share of bold (or italic) text for an opening body line to be set apart: a repeat of
the headline, a lead, or the rest of a lead cut mid-sentence."""
BOLD_TITLE_LINE: Final = 0.95
"""Share of bold text for a short body line to read as a title: the headline (where only
``<title>`` named the article) or a subheading. Paragraphs often open with a bold phrase,
so all but a stray character must be bold."""

# -- the survey ------------------------------------------------------------------------
HINT_MIN: Final = 3
"""Shortest class/id string read for hints: ``a``, ``x1`` name nothing."""

BRAND_MIN: Final = 3
"""Shortest label of a host (``vnexpress`` of ``vnexpress.net``) taken as the site's brand
in its titles: ``vn``, ``tv`` name no site."""

# -- the headline ------------------------------------------------------------------------
HEADLINE_MIN: Final = 8
"""Shortest headline: shorter text in a title-classed element is a label (``Tin mới``)."""
HEADLINE_MAX: Final = 300
"""Longest headline: longer text in a title-classed element is a block of the article."""
HEADLINE_BOX_CHILDREN: Final = 3
"""A ``div`` or ``td`` with more children than this is a box holding a title, not one."""
HEADLINE_FEW_WORDS: Final = 3
"""A candidate of fewer words is more likely a section name than a headline."""
HEADLINE_LINKED_MAX: Final = 0.5
"""Share of a candidate's text (other than an ``h1``) in links beyond which it is a link to
another article."""
HEADLINE_PREFIX_SHARE: Final = 0.5
"""A candidate that starts a metadata title counts when it is at least this share of it
(a title with the site's name still appended)."""
HEADLINE_SIMILAR: Final = 0.6
"""Share of words a candidate must share with a metadata title to score by similarity."""
HEADLINE_ATOP_HOPS: Final = 3
"""Siblings before the body's container looked at for a heading set right above it (an
empty date slot or a share bar may sit between)."""
HEADLINE_ATOP_LEVELS: Final = 2
"""The body's container and the box around it: where a heading set above it is looked
for (the container may be the text's own element, an ``h1`` holding the text)."""
HEADLINE_SCORE_MIN: Final = 2.0
"""Least score for a generic headline: a class hint alone, with nothing else for it, is not
enough."""
HEADLINE_COMPARABLE: Final = 2
"""Two titles are compared word for word when neither has more than this many times the
other's words."""
ANCESTOR_LEVELS: Final = 12
"""How many ancestors of the body's first container are the body's line (its anchors)."""
UNRELATED_CLOSENESS_RANK: Final = 9
"""The rank a headline candidate off the body's line of ancestors is scored at, as if nine
levels up: the headline of many pages sits in a header beside, not above, the body, and
the corpus figures hold this weight."""
REPEAT_LENGTH: Final = 1.3
"""A bold body opening up to this many times the headline's length may repeat it."""
REPEAT_SIMILAR: Final = 0.75
"""Share of the headline's words a bold body opening must share to be its repeat."""
REPEAT_BLOCKS: Final = 4
"""Text blocks at the top of the body looked at for a repeated headline or lead."""
BODY_HEADLINE_MAX: Final = 200
"""Longest body opening that may be the headline."""

# -- the lead ----------------------------------------------------------------------------
LEAD_MIN: Final = 30
"""Shortest text of a lead-classed element: shorter is a label or a date."""
LEAD_BOX_CHILDREN: Final = 6
"""A lead-classed ``div``/``section``/``td`` with more children holds more than the lead."""
LEAD_AFTER_BODY: Final = 40
"""Elements after the body's start within which a lead-classed element may still stand
(sites put the sapo at the very top of the body's container)."""
LEAD_RANK_MAX: Final = 4
"""Without a headline element, a lead-classed element must sit at most this many levels
above the body."""
LEAD_NEXT_MIN: Final = 40
"""Shortest ``h2`` or bold paragraph right after the headline to be its lead."""
LEAD_NEXT_HOPS: Final = 4
"""Siblings after the headline looked at for that ``h2`` or bold paragraph."""
LEAD_LINE_LINKED_MAX: Final = 0.6
"""Share of a line of the lead element in links beyond which it is a "read more" link."""
LEAD_LINKED_MAX: Final = 0.3
"""Share of a lead's text that may be links: more is a list of links, not a lead."""
LEAD_SCAN: Final = 400
"""Elements looked at after the headline for a lead set apart from the body."""
LEAD_DESCRIBED_BLOCKS: Final = 4
"""Text blocks after the headline among which the block the description repeats is looked
for."""
LEAD_DESCRIPTION_MIN: Final = 40
"""Characters a description must keep to be matched as the start of a block: shorter
descriptions start too many."""
LEAD_PICTURE_HOPS: Final = 3
"""Levels above a block classed as a lead that are looked at for a picture's box or
caption (``figure > figcaption > p.caption``, the caption's ``itemprop`` naming a
description): within them the block is the picture's caption, never the lead. Three
levels reach the ``<figure>`` above a caption's paragraph and its ``<figcaption>``,
and stop well short of a page's wrappers."""
FIGURE_ABOVE_HOPS: Final = 1
"""Levels above the body's container searched for the article's lead picture set between
the headline and the body (``div.article-body > figure + div.article-text``): the box
around the text; higher lies the header's and the page's own pictures."""
SIGNED_CAPTION_MAX: Final = 500
"""Characters of a paragraph ending with a photo's label and credit (``… Ảnh: TTXVN``) to
be read as a caption whose picture is gone; a longer block is text quoting a credit."""
LEAD_BETWEEN_MIN: Final = 80
"""Characters of a block between the headline and the body to be the lead."""
LEAD_MAX: Final = 1200
"""Characters: a longer block between headline and body is an article, not its lead."""
ELLIPSIS_DOTS: Final = 3
"""Dots that end a description cut short (``...``)."""
BODY_LEAD_MIN: Final = 40
"""Shortest opening body paragraph to be taken as the lead."""
BODY_LEAD_LEVEL: Final = 3
"""Deepest heading level of an opening body line that may be the lead."""

# -- dates -------------------------------------------------------------------------------
DATELINE_CHILDREN: Final = 8
"""A date-classed element with more children holds more than a date."""
DATELINE_MAX: Final = 160
"""Longest text of a dateline element."""
DATELINE_LINE_MAX: Final = 100
"""Longest whole line (the date element's parent) taken as the dateline."""
DATELINE_CANDIDATES: Final = 12
"""Dateline candidates read, nearest first, before giving up on a time."""
BODY_DATELINE_BLOCKS: Final = 4
"""Text blocks at the top of the body looked at for a dateline (old pages print it there)."""
BODY_DATELINE_MAX: Final = 120
"""Longest body line read as a dateline."""
BODY_DATELINE_DROP: Final = 80
"""Longest body dateline taken out of the body: a longer line goes on with text."""

LABEL_HEAD: Final = 40
"""Characters at the start of an element's own text where a date label is looked for."""
LABEL_LEVELS: Final = 2
"""Levels above a date label looked at for its value (``<td>`` to ``<tr>``, ``<dt>`` to
``<dl>``, a ``<strong>`` label to its line)."""
TEASER_LEVELS: Final = 3
"""Levels above a date looked at for the item of a list of other articles it sits in."""
TEASER_TITLE_WORDS: Final = 5
"""Fewest words of a link that is another article's title (an author's name or a section
is shorter)."""
TEASER_ITEMS_MIN: Final = 2
"""Fewest items (siblings of one tag and class) of a list of other articles."""

# -- the location stamp in front of the lead --------------------------------------------
STAMP_MAX: Final = 40
"""Longest location stamp (``(VOV) - THỪA THIÊN HUẾ:``); longer is a line in capitals."""
STAMP_WORDS_MAX: Final = 6
"""Most words of a location stamp."""
STAMP_LETTERS_MIN: Final = 3
"""Fewest letters of a location stamp: ``HUẾ``, not a drop capital or ``VN`` of
``<b>VN</b>Express``."""

# -- the body ----------------------------------------------------------------------------
SUBHEADING_MAX: Final = 120
"""Longest body line that may be a subheading."""
HEADING_LEVEL_MAX: Final = 6
"""HTML's deepest heading."""

# -- pictures --------------------------------------------------------------------------
ICON_SIZE_MAX: Final = 50
"""Pixels: a picture this wide or high (or less), as its attributes say, is an icon."""
CREDIT_WORDS_MAX: Final = 6
"""Most words of a photo credit (``Ảnh: Võ Hải``): more is a sentence of the caption."""

# -- byline and source -------------------------------------------------------------------
CREDIT_MAX: Final = 80
"""Longest text of an author or source box: longer is a paragraph about someone."""
SOURCE_WORDS: Final = 8
"""Most words in a source's name."""
CREDIT_RANK_MAX: Final = 8
"""Levels above the body an author or source box may sit (further is another column)."""
AUTHOR_BOX_CHILDREN: Final = 6
"""An author-classed element with more children holds more than a name."""
SIDE_AUTHORS: Final = 4
"""Author boxes whose row is looked at for a source beside them."""
OPENING_BYLINE_BLOCKS: Final = 2
"""Text blocks at the top of the body among which a labelled byline (``Von Jane Roe``)
stands."""
OPENING_BYLINE_MAX: Final = 80
"""Longest labelled byline at the top of the body."""
SIGNATURE_BLOCKS: Final = 4
"""Short blocks right after the body's container read as a signature, at most."""
SIGNATURE_SIBLINGS: Final = 8
"""Elements after the body's container (at its level, then its parent's) looked at."""
SIGNATURE_MAX: Final = 120
"""Longest block after the body's container read as a signature."""

# -- the body's blocks -------------------------------------------------------------------
LINKED_LIST: Final = 0.6
"""Share of a block's text inside links from which the block (not a caption, not a
sentence that links a phrase of its own) is a list of links to elsewhere, not body text."""
CENTRED_CAPTION_BOLD: Final = 0.5
"""A short centred line is an old-style caption only while less than this share of it is
bold: a centred line in bold is a subheading."""
CENTRED_LINES_USUAL: Final = 2
"""Centred plain lines standing away from any picture from which a body centres its
ordinary text (so a centred line is no caption there)."""
ITALIC_CAPTION: Final = 0.6
"""Share of italic text from which a block has the usual caption style."""
ITALIC_CAPTION_LINE: Final = 0.9
"""Share of italic text of a short line after a caption that continues the caption (the
credit or a second caption line): nearly all of it, since a paragraph may quote in
italics."""
SUMMARY_ITEMS_MIN: Final = 2
"""List items above the first paragraph from which they are a box of highlights, not the
article's opening (one item is a stray line)."""
HEADING_LINE_MAX: Final = 200
"""Longest all-bold line ended by ``<br>`` read as a subheading: longer is a bold
paragraph."""
SPINE_MIN: Final = 400
"""Characters of a body container for the boxes its text runs through to be read whatever
their class says: less is a picture's box with its caption, not an article."""
SPINE_SHARE: Final = 0.8
"""Share of a body container's text a box inside it must hold to be one of the article's
own boxes, read whatever its class says (page builders call every box a widget)."""
SPLIT_BLOCK_BREAKS: Final = 2
"""Blank-line breaks from which one long block holds paragraphs of its own (an article
written as text with ``<br><br>``)."""
GALLERY_PICTURES: Final = 2
"""Pictures (or inner figures) from which a box is a gallery or a photo story's run of
pictures, read picture by picture: one picture is a figure."""
DATE_LINE_NUMBERS: Final = 2
"""Groups of digits a date line holds at least (a day and a month, or a date and a time):
one number is no date."""

# -- metadata ----------------------------------------------------------------------------
JSONLD_STUB_KEYS: Final = 3
"""Keys of a JSON-LD article object up to which it may be a stub that a page repeats (type,
context, headline): a fuller object of the page is preferred."""
MICRODATA_TEXT_MAX: Final = 2000
"""Longest text of a visible microdata element taken as a field's value: longer is a whole
article body, never a headline, name or date."""
