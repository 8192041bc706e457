"""The dates: visible datelines read first, then weighed against the metadata's times.

The datelines come from the cascade :data:`CASCADE`, whose strategies give candidate
elements, read in order until one shows a time of day (a date alone is kept, and the next
strategy still looked at): the site profile's dateline selector, then short elements near
the headline whose class or tag says date or time, labelled lines, and, where none gave a
date, an element beside the headline that is a date and nothing else. :func:`from_body`
(a step of its own) reads a dateline among the body's first lines where none showed a
time; :func:`choose` weighs what the datelines show against the metadata
(:func:`~vn_newsdoc.html._dating.choose_dates`) and sets ``published`` and ``updated``.

Numeric dates are read day first, unless the page's own dates prove month-first order
(:func:`proves_month_first`, decided once per page as :attr:`Page.month_first
<vn_newsdoc.html._page.Page.month_first>`): then every text date of the page is read month
first, and the dates' rule says so.
"""

from __future__ import annotations

# The names below are defined in the package's modules: the candidates the strategies
# give (_candidates) and what is read and chosen of them (_decide). The private ones are
# named here too, for the tests that look at them.
from vn_newsdoc.html._fields.dates._candidates import (
    ProfileLines,
    find_dateline,
    profile_datelines,
)
from vn_newsdoc.html._fields.dates._candidates import _by_profile as _by_profile
from vn_newsdoc.html._fields.dates._candidates import _holds_text as _holds_text
from vn_newsdoc.html._fields.dates._candidates import _inner_text_shows as _inner_text_shows
from vn_newsdoc.html._fields.dates._candidates import _may_show_digits as _may_show_digits
from vn_newsdoc.html._fields.dates._decide import (
    CASCADE,
    MONTH_FIRST,
    choose,
    decide,
    from_body,
    proves_month_first,
)
from vn_newsdoc.html._fields.dates._decide import _may_be_month_first as _may_be_month_first

__all__ = [
    "CASCADE",
    "MONTH_FIRST",
    "ProfileLines",
    "choose",
    "decide",
    "find_dateline",
    "from_body",
    "profile_datelines",
    "proves_month_first",
]
