"""The article's fields, one module each, each holding its cascade as data.

:mod:`~vn_newsdoc.html._fields.headline`, :mod:`~vn_newsdoc.html._fields.lead`,
:mod:`~vn_newsdoc.html._fields.dates`, :mod:`~vn_newsdoc.html._fields.body`,
:mod:`~vn_newsdoc.html._fields.figures`, :mod:`~vn_newsdoc.html._fields.byline` and
:mod:`~vn_newsdoc.html._fields.people`: a new rule for a field is a new
:class:`~vn_newsdoc.html._fields._cascade.Strategy` in its module's table, tested alone on
a small page. The order in which the fields are read is
:data:`vn_newsdoc.html._reading.READING_ORDER`.
"""
