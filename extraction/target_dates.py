"""Target dates of action-plan actions: the cell as printed -> an ISO date, or nothing when it is not a date.

A Target Date cell holds more than dates: "Ongoing", "Complete", "TBC", "6 months", "Within 3 months of
publication", "Q3 2017/18", "April 2018 - review quarterly", "End of March 2018", "31/03/2018". The rule is
never to report a wrong date: what is not a calendar date stays text only (the action keeps the cell as
``target_date_text``; ``target_date`` is null).

* A date (day, month or year precision) is parsed by :mod:`extraction.dates` (UK day-first); with several,
  the latest ("March 2021 (reviewed June 2021)" -> June).
* A quarter is the last month of that quarter: "Q3 2018" (calendar) -> 2018-09; of a financial year written
  with its two years ("Q3 2017/18", "Quarter 1 2018-19": public-sector years run April to March) -> the
  quarter of that year (Q3 2017/18 -> 2017-12, Q4 2017/18 -> 2018-03).
* A duration with no anchor ("6 months", "within 12 weeks") is not a date: the publication or approval it
  counts from is not in the cell, so it stays text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dhr.schema import DatePrecision
from extraction.dates import FoundDate, find_dates

_QUARTER = re.compile(
    r"\b(?:Q|quarter\s*)(?P<q>[1-4])\s*(?:of\s+)?(?:(?:the\s+)?(?:FY|financial\s+year)\s*)?"
    r"(?P<y0>20\d\d)(?:\s*[/\-–]\s*(?P<y1>20\d\d|\d\d))?\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class TargetDate:
    """A target date as read from a cell: ISO at the precision printed, and the words it came from."""

    iso: str
    precision: DatePrecision
    text: str


def _quarter(match: re.Match[str]) -> TargetDate | None:
    q = int(match.group("q"))
    y0 = int(match.group("y0"))
    y1_raw = match.group("y1")
    if y1_raw is not None:
        y1 = int(y1_raw) if len(y1_raw) == 4 else (y0 // 100) * 100 + int(y1_raw)
        if y1 != y0 + 1:
            return None  # "Q3 2017/19" is not a financial year: leave it as text
        # financial year April-March: Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec of y0; Q4 Jan-Mar of y1
        year, month = (y0, 3 * q + 3) if q < 4 else (y1, 3)
    else:
        year, month = y0, 3 * q
    return TargetDate(f"{year:04d}-{month:02d}", "month", match.group(0))


def target_dates(cell: str | None) -> list[TargetDate]:
    """Every target date in a cell, in order (quarters included); [] when the cell holds none."""
    if not cell:
        return []
    out: list[tuple[int, TargetDate]] = []
    taken: list[tuple[int, int]] = []
    for m in _QUARTER.finditer(cell):
        found = _quarter(m)
        if found is not None:
            out.append((m.start(), found))
        # a quarter that is not a valid period is still not a year: keep the dates parser off it
        taken.append(m.span())
    for f in find_dates(cell):
        if any(f.start < e and s < f.end for s, e in taken):
            continue
        out.append((f.start, _from_found(f)))
    return [t for _, t in sorted(out, key=lambda pair: pair[0])]


def _from_found(found: FoundDate) -> TargetDate:
    return TargetDate(found.iso, found.precision, found.text)


def target_date(cell: str | None) -> TargetDate | None:
    """The date a Target Date cell sets, or None when it sets none ("Ongoing", "6 months", "TBC").

    With several dates the latest is the target ("March 2021 (reviewed June 2021)", "April 2018 - March 2019").
    """
    found = target_dates(cell)
    if not found:
        return None
    return max(found, key=lambda t: t.iso)


__all__ = ["TargetDate", "target_date", "target_dates"]
