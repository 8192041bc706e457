"""The lead: one home for every rule that decides it.

The lead's element is the first found by the cascade :data:`CASCADE`: the site profile's
selector; an element classed as a lead (``sapo``, ``lede``, ``summary``…) under the
headline, or an ``h2`` or bold paragraph right after it; the block the page's description
repeats (``og:description``, perhaps cut short with "…"), when it is set apart from the
body; a block of text standing alone between the headline and the body. Class names for
the lead vary without end; the last two cues do not depend on them.

Three later steps of the reading revise it, each named in
:data:`~vn_newsdoc.html._reading.READING_ORDER`: :func:`from_body` (an opening paragraph
set apart is the lead; a lead cut mid-sentence goes on in the body), :func:`outlet_tag`
(``(Dân trí) -`` in front of the lead is the outlet's) and :func:`from_metadata` (a page
whose article is only in its metadata).
"""

from __future__ import annotations

# The rules live in _steps, which the compiled build compiles (a package's front door
# stays Python); the package gives their names.
from vn_newsdoc.html._fields.lead import _steps
from vn_newsdoc.html._fields.lead._steps import *  # noqa: F403

__all__: list[str] = []
__all__ += _steps.__all__
