"""Figures in an article body: which elements hold a picture's caption, and its photo credit.

News pages put captions in many places: ``<figcaption>``, caption tables (vnexpress's
``table.tplCaption``, zing's ``td.pCaption``, tuoitre's ``td.ck_legend``), classed blocks
(``PhotoCMS_Caption``, ``image_desc``, ``chu-thich-anh``), or an italic line directly under
the image (pasted Word markup on provincial portals). This module holds what can be said
about one element or one caption string; :mod:`vn_newsdoc.html.body` decides, walking the
body in reading order, which text block is the caption of which image.

>>> split_credit("Mặt bia mộ ghi tên các liệt sĩ. Ảnh: Võ Hải.")
('Mặt bia mộ ghi tên các liệt sĩ.', 'Võ Hải')
"""

from __future__ import annotations

from vn_newsdoc.html.figures._credits import credit_element, split_credit
from vn_newsdoc.html.figures._elements import (
    caption_after_picture,
    caption_by_attributes,
    caption_by_names,
    figure_by_attributes,
    figure_by_names,
    is_caption_element,
    is_figure_element,
)
from vn_newsdoc.html.figures._pictures import data_caption, image_source, links_elsewhere

__all__ = [
    "caption_after_picture",
    "caption_by_attributes",
    "caption_by_names",
    "credit_element",
    "data_caption",
    "figure_by_attributes",
    "figure_by_names",
    "image_source",
    "is_caption_element",
    "is_figure_element",
    "links_elsewhere",
    "split_credit",
]
