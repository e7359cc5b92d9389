"""The level a plan's "Scope of recommendation (i.e. local or regional)" cell prints (the Home Office template's
second column), read as evidence of how wide the change is.

The authors know their own geography: a scope they print as regional or national says the change reaches beyond
the CSP's area even where the text alone reads local. A printed "Local" does not narrow a reading that the
labelling guide makes wider (a force-wide change in a CSP that covers part of the force), so the printed scope
only ever widens the level (the guide: several levels, the widest).
"""

from __future__ import annotations

import re

from dhr.schema.common import Level

_ORDER: dict[str, int] = {"local": 0, "regional": 1, "national": 2}
_SCOPE_WORDS: list[tuple[re.Pattern[str], Level]] = [
    (re.compile(r"\bnational(?:ly)?\b|\bcountry[- ]wide\b|\bengland and wales\b", re.I), "national"),
    # "county-wide", "pan-Dorset" name the CSP's own area in a county-wide CSP: only the words themselves count
    (re.compile(r"\b(?:sub-?)?regional(?:ly)?\b|\bregion\b", re.I), "regional"),
    (re.compile(r"\blocal(?:ly)?\b", re.I), "local"),
]


def printed_level(scope: str | None) -> Level | None:
    """The widest level a scope cell names ("Local", "Local and regional", "National"); None for an empty cell or
    one naming no level ("Single agency", "Multi-agency", "County-wide")."""
    if not scope or len(scope) > 120:  # a long cell is a sentence, not a scope
        return None
    named = [level for pattern, level in _SCOPE_WORDS if pattern.search(scope)]
    return max(named, key=_ORDER.__getitem__) if named else None


def widest_level(read: Level, printed: Level | None) -> Level:
    """The level read from the text, widened to the printed scope when that is wider."""
    if printed is None or _ORDER[printed] <= _ORDER[read]:
        return read
    return printed


__all__ = ["printed_level", "widest_level"]
