"""The plain-text dump form: what a page looks like after copying its article as text.

The form (the one of the dumps this project began from)::

    Headline

    01/07/2022 18:45
    Cập nhật: 02/07/2022 08:00          (only when the article was updated)

    First paragraph.

    A photo caption, on its own line where the photo stood (Ảnh: Vi Thu)

    Next paragraph.

    Bài, ảnh: Vi Thu
    Theo Trung tâm TT&VH Móng Cái

One block a line, blocks separated by blank lines, the byline lines together at the end.
Times are written ``dd/mm/yyyy HH:MM`` (the year always in four digits, ``01/01/0001``) in
Vietnam time; a time that Vietnam time would carry outside years 1 to 9999 is written in
its own offset, after the time (``01/01/0001 00:00 +08:00``). A date without a time is
written as the date alone, ``01/07/2022``, and reads back as that date.

**Marks.** A real dump marks nothing, so the writer writes the plain form above wherever
it reads back as written, and marks only what would not:

* ``Không có ngày đăng`` ("no publication date") stands where the date line would, in an
  article without a date whose first block would otherwise be read as the date line (a
  short paragraph holding a date, a caption that is one);
* a byline that the plain lines would not give back exactly (a source or name the byline
  reader does not know, such as ``Taste of Country``, ``PTI`` or ``jdadmin``; a name
  holding `` - `` or ``:``; a name given twice) is written under a line ``--``, one author
  a line with all their roles, then the source::

      --
      Bài: jdadmin
      Ảnh, video: Nguyễn Văn An
      Theo Taste of Country

  and is read exactly as written: the name is all that follows ``: ``, the source all
  that follows ``Theo``;
* ``--`` alone closes an article without a byline whose last blocks would otherwise be
  read as one (a name alone, ``Theo TTXVN``, a photo credit alone).

Reading (:func:`read_text`) is tolerant: the date line may follow the headline with or
without a blank line and may be in any form :func:`vn_newsdoc.vi.parse_timestamp` reads
(``Thứ sáu, 1/7/2022, 18:45 (GMT+7)``, ``18h45 ngày 1/7/2022``, ...); the first paragraph may
follow the date line directly; page artefacts such as a trailing ``Loading...`` are
dropped; an unmarked byline is recognised by :func:`vn_newsdoc.vi.split_byline`; the people
are found in the text by :func:`vn_newsdoc.vi.find_people`. A closing block under ``--``
that is not in the marked form is read as a plain dump's.

What the form carries, exactly (``read_text(write_text(a))`` gives back these parts of
``a`` and nothing else):

* the headline;
* ``published`` and ``updated`` to the minute, in Vietnam time (+07:00): seconds are
  dropped and another offset is converted to +07:00 (the same instant, to the minute),
  except where +07:00 would leave years 1 to 9999: there the time keeps its own offset;
  a date without a time exactly, as a date (a date line without a time, in a dump of any
  origin, reads as a :class:`datetime.date`);
* the order of the body's text blocks and figures; a text block that ends in sentence
  punctuation (``. ! ? … : ;``, possibly followed by a closing quote or bracket) reads
  back as a :class:`~vn_newsdoc.model.Paragraph`, one that does not as a figure caption;
  so headings, quotes and list items read back as paragraphs or captions by that rule;
* a figure's caption and credit (written ``caption (Ảnh: credit)``); a figure with
  neither is not written; the image address is not carried; a caption that itself ends in
  a photo credit (``… Ảnh: X``) reads back split into caption and credit;
* the byline, exactly: its authors in order with all their roles, and the source;
* ``people``: not written, but found again in the text on reading.

Not carried: the lead (written as the first block, it reads back as a paragraph), the
outlet tag, ``url``, ``site``, ``section``, ``tags`` and figure sources. A block that is
a page artefact on its own (``Loading...``, ``Chia sẻ``) is dropped on reading.
"""

from __future__ import annotations

from vn_newsdoc.formats.text._marks import role_words
from vn_newsdoc.formats.text._read import read_text
from vn_newsdoc.formats.text._write import byline_lines, write_text

__all__ = ["byline_lines", "read_text", "role_words", "write_text"]

for _obj in (read_text, write_text):
    _obj.__module__ = __name__
del _obj
