"""What vn_newsdoc knows about Vietnamese: dates, bylines, people, legacy encodings.

Offline and deterministic; nothing here imports lxml.
"""

from __future__ import annotations

from vn_newsdoc.vi.bylines import (
    is_byline_line,
    parse_author_meta,
    parse_byline,
    split_byline,
    split_outlet_tag,
)
from vn_newsdoc.vi.dates import (
    VIETNAM,
    Timestamp,
    dates_prove_month_first,
    find_timestamps,
    is_placeholder,
    parse_iso,
    parse_timestamp,
)
from vn_newsdoc.vi.encodings import (
    LEGACY_ENCODINGS,
    detect_legacy,
    from_unicode,
    repair_mojibake,
    to_unicode,
)
from vn_newsdoc.vi.people import find_people

__all__ = [
    "LEGACY_ENCODINGS",
    "VIETNAM",
    "Timestamp",
    "dates_prove_month_first",
    "detect_legacy",
    "find_people",
    "find_timestamps",
    "from_unicode",
    "is_byline_line",
    "is_placeholder",
    "parse_author_meta",
    "parse_byline",
    "parse_iso",
    "parse_timestamp",
    "repair_mojibake",
    "split_byline",
    "split_outlet_tag",
    "to_unicode",
]
