"""Target dates of action-plan actions: the cell as printed -> an ISO date, or nothing when it is not a date.

A Target Date cell holds more than dates: "Ongoing", "Complete", "TBC", "6 months", "Within 3 months of
publication", "Q3 2017/18", "April 2018 - review quarterly", "End of March 2018", "31/03/2018". The rule is
never to report a wrong date: what is not a calendar date stays text only (the action keeps the cell as
``target_date_text``; ``target_date`` is null).

Every shape is read by :mod:`dhr.dates` (``find_dates(cell, deadline=True)``, UK day-first); this module only
decides which of a cell's dates is the target and counts durations. The conventions (a deadline is the END of
the period it names, at the precision that is certain; what could fall in two years stays text), in full in
``dhr.dates.DEADLINE_CONVENTIONS``:

* A date at day, month or year precision as printed; with several, the latest ("March 2021 (reviewed June
  2021)" -> June). A month with a two-digit year is a month ("Mar-18", "Dec 17", "March '18" -> 2018-03,
  2017-12): in a target cell "Dec 17" is December 2017, not the 17th of an unknown year.
* A quarter of a financial year written with its two years ("Q3 2017/18", "Q3 17/18", "Quarter 1 2018-19":
  public-sector years run April to March) is the last month of that quarter (Q3 2017/18 -> 2017-12, Q4
  2017/18 -> 2018-03). A quarter with one year ("Q3 2018") may be the calendar's or the financial year's: Q1-Q3
  fall in that year either way, so they give the year (2018); Q4 is October-December of it or January-March of
  the next, so it stays text.
* A financial year ("2019/20", "FY 2019-20") is its last month, March of its second year (2020-03), like its
  fourth quarter. Two full years with no "FY" ("2017-2018") may be two calendar years: the end year (2018).
* A season gives its year ("Spring 2020" -> 2020: every reading of spring falls in 2020); "Winter 2019/20" ->
  2020; "Winter 2019" (December 2019 to February 2020, or the start of 2019) stays text.
* A day without its year ("w/c 3 June") stays text unless the caller passes the plan's year.
* A duration with no anchor ("6 months", "within 12 weeks") is not a date: the publication or approval it
  counts from is not in the cell, so it stays text. With its anchor written in the cell ("6 months from
  March 2018", "within 3 months of publication (May 2019)") it is the anchor moved on by the duration, at the
  anchor's precision (a count of weeks needs a day).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dhr.dates import FoundDate, add_months, find_dates
from dhr.schema import DatePrecision

_COUNT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "nine": 9, "twelve": 12, "eighteen": 18, "a": 1,
}  # fmt: skip
#: "6 months from", "within three months of", "12 weeks after": a duration counted from what follows it.
_DURATION_FROM = re.compile(
    r"\b(?P<n>\d{1,2}|one|two|three|four|six|nine|twelve|eighteen|a)\s+(?P<unit>months?|weeks?|years?)\s+"
    r"(?:from|after|following|of)\b",
    re.IGNORECASE,
)

#: What may stand between "from"/"of" and the date it counts from: "publication (May 2019)", "the report dated".
_ANCHOR_WORDS = re.compile(
    r"[\s(,:]*(?:(?:the|publication|publishing|approval|sign[- ]off|signed off|report|action plan|plan|date|"
    r"dated|published|on|in|agreed|ratified|panel|meeting|board)\b[\s(,:]*){0,4}",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class TargetDate:
    """A target date as read from a cell: ISO at the precision printed, and the words it came from."""

    iso: str
    precision: DatePrecision
    text: str


def target_dates(cell: str | None, *, default_year: int | None = None) -> list[TargetDate]:
    """Every target date in a cell, in order (quarters, financial years and seasons included); [] when the cell
    holds none. ``default_year`` dates a day written without its year ("w/c 3 June") when the caller knows the
    plan's year; without it such a day stays text."""
    if not cell:
        return []
    return [_from_found(f) for f in find_dates(cell, default_year=default_year, deadline=True)]


def _from_found(found: FoundDate) -> TargetDate:
    return TargetDate(found.iso, found.precision, found.text)


def _anchored(cell: str) -> tuple[TargetDate | None, bool]:
    """(the date a duration counted from a written date gives, whether the cell counts a duration from
    anything at all). "6 months from March 2018" -> 2018-09; "6 months from publication" -> (None, True)."""
    m = _DURATION_FROM.search(cell)
    if m is None:
        return None, False
    rest = cell[m.end() :]
    after = [t for t in target_dates(rest) if t.precision != "year"]
    if not after or not _ANCHOR_WORDS.fullmatch(rest[: rest.find(after[0].text)]):
        return None, True  # no date, or one that is not what the duration counts from ("reviewed March")
    anchor = after[0]
    n = int(m.group("n")) if m.group("n").isdigit() else _COUNT_WORDS[m.group("n").lower()]
    unit = m.group("unit").lower()
    if unit.startswith("week"):
        if anchor.precision != "day":
            return None, True  # weeks from a month: the day is not known
        from datetime import date, timedelta

        day = date.fromisoformat(anchor.iso) + timedelta(weeks=n)
        return TargetDate(day.isoformat(), "day", cell[m.start() :].strip()), True
    months = n * 12 if unit.startswith("year") else n
    # "31 January" + 1 month: the month's last day when the day does not exist in it
    return TargetDate(add_months(anchor.iso, months), anchor.precision, cell[m.start() :].strip()), True


def target_date(cell: str | None, *, default_year: int | None = None) -> TargetDate | None:
    """The date a Target Date cell sets, or None when it sets none ("Ongoing", "6 months", "TBC").

    With several dates the latest is the target ("March 2021 (reviewed June 2021)", "April 2018 - March 2019").
    """
    if not cell:
        return None
    anchored, counts_from = _anchored(cell)
    if anchored is not None:
        return anchored
    if counts_from:
        # "within 6 months of publication (reviewed March 2018)": the dates in the cell are not the target
        before = target_dates(cell[: _DURATION_FROM.search(cell).start()])  # type: ignore[union-attr]
        return max(before, key=lambda t: t.iso) if before else None
    found = target_dates(cell, default_year=default_year)
    if not found:
        return None
    return max(found, key=lambda t: t.iso)


__all__ = ["TargetDate", "target_date", "target_dates"]
