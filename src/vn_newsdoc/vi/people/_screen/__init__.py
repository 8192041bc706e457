"""Tell, from its words alone, a sentence that can name nobody new and add no title, so
that it is never tagged or read.

A person is found in a sentence only where something marks a run of capitalised words
(see :mod:`vn_newsdoc.vi.people._mentions`): a title or rank of the word lists, anywhere
before or after the run (an office may stand between); a form of address, a name cue or
an appositive head right next to it (before it, or after it and a comma or dash); an age
(``tuổi``) after it; its own shape, which starts with a common family name, a Korean
family name or a known foreign given name; a person's name just before it in the same
sentence; or, in a sport report, two or three syllables alone. A lone capitalised word
that nothing marks only refers back to someone named before and adds nothing. So a
sentence that holds none of these, and whose article is no sport report (or which holds
no two capitalised words side by side), gives nothing, and reading it can be skipped: the
people of an article stay exactly the same.

The look costs the words' keys (which the reading of the sentences let through then uses
as they are), one look-up of each key in a table of what it marks, and a look at the few
words that mark something, against the tags and walks of a full reading; :func:`marked`
looks at all the sentences of an article at once.
"""

from __future__ import annotations

from vn_newsdoc.vi.people._screen._marks import _glued_title_in as _glued_title_in
from vn_newsdoc.vi.people._screen._marks import glued, glued_title, marked, may_hold_person
from vn_newsdoc.vi.people._screen._quiet import (
    marking_runs,
    quiet,
    quiet_among,
    quiet_with,
    spaced,
)
from vn_newsdoc.vi.people._screen._tables import _CLASSES as _CLASSES
from vn_newsdoc.vi.people._screen._tables import _JOINED as _JOINED
from vn_newsdoc.vi.people._screen._tables import _PARTS as _PARTS
from vn_newsdoc.vi.people._screen._tables import _TITLES as _TITLES

__all__ = [
    "glued",
    "glued_title",
    "marked",
    "marking_runs",
    "may_hold_person",
    "quiet",
    "quiet_among",
    "quiet_with",
    "spaced",
]
