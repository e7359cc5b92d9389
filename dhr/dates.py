"""Dates, parsed in one place: found in report text, read from table and CSV cells, turned into calendar days.

* :func:`find_dates` / :func:`parse_date` / :func:`latest_date`: date mentions in free text, keeping the
  precision the text gives. Regexes only *locate* candidate spans and tell the precision (day, month, year);
  the calendar work is done by ``dateparser`` (UK day-first). A day and month with no year ("19 August")
  inherit the year from context: the nearest full date before it, as DHR chronologies run in order.
* :func:`iso_from_cell`: a structured cell (CSV import) written ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or
  ``DD/MM/YYYY`` -> ISO at that precision.
* :func:`add_months`: an ISO date at month or day precision moved on by whole months (target dates counted
  from an anchor, "6 months from March 2018").
* :func:`to_date`: an ISO date at its precision -> the calendar day that stands for it (stage timings).

Extraction, the action-plan target dates, the CSV import and the library's timelines all call these; none
parses dates itself.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from dhr.schema import DatePrecision

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_ORD = r"(?:\s?(?:st|nd|rd|th))?"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"

# Order matters: longer, more precise shapes first; the scanner takes non-overlapping leftmost-longest.
_PATTERNS: list[tuple[str, DatePrecision, bool]] = [
    # 21 August 2012, 29th January 2013, 10 th December 2014, the 13th of March 2012, 1st Aug. 2019
    (rf"\b(?P<d>[0-3]?\d){_ORD}(?:\s+of)?\s+(?P<m>{_MONTHS})\.?,?\s+(?P<y>{_YEAR})\b", "day", True),
    # August 21, 2012 / August 21st 2012
    (rf"\b(?P<m>{_MONTHS})\.?\s+(?P<d>[0-3]?\d){_ORD},?\s+(?P<y>{_YEAR})\b", "day", True),
    # 13/03/2012, 13.03.2012, 13-03-2012, 13/03/12
    (r"\b(?P<d>[0-3]?\d)[/.\-](?P<mo>[01]?\d)[/.\-](?P<y>(?:19|20)\d\d|\d\d)\b", "day", True),
    # 2012-03-13 (ISO, in tables exported from systems)
    (r"\b(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)\b", "day", True),
    # December 2020, Dec 2020, end of March 2021
    (rf"\b(?P<m>{_MONTHS})\.?,?\s+(?P<y>{_YEAR})\b", "month", True),
    # 03/2021
    (r"\b(?P<mo>[01]?\d)/(?P<y>(?:19|20)\d\d)\b", "month", True),
    # 19 August (year omitted): inherit the year
    # (not "19 August 12": a broken year; but "3 May, 12 July" is a list)
    (
        rf"\b(?P<d>[0-3]?\d){_ORD}(?:\s+of)?\s+(?P<m>{_MONTHS})\b(?!\.?,?\s+\d(?!\d?{_ORD}(?:\s+of)?\s+{_MONTHS}))",
        "day",
        False,
    ),
    # financial year / ranges: 2017-2018, 2017/18, 2017-18  -> the end year
    (rf"\b(?P<y0>{_YEAR})\s?[-/–]\s?(?P<y>{_YEAR}|\d\d)\b", "year", True),
    # in 2009, during 2017, by 2022, Q3 2021 (year only)
    (rf"\b(?P<y>{_YEAR})\b", "year", True),
]
_COMPILED = [(re.compile(p, re.IGNORECASE), prec, has_year) for p, prec, has_year in _PATTERNS]

_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": False,
}


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date span in a string: where, what it says, and its ISO value at the known precision."""

    start: int
    end: int
    text: str
    iso: str
    precision: DatePrecision
    inferred_year: bool = False

    @property
    def year(self) -> int:
        return int(self.iso[:4])


@lru_cache(maxsize=8192)
def _parse(text: str) -> tuple[int, int, int] | None:
    # "10 th December" -> "10th December": superscripts split off by PDF text extraction
    cleaned = re.sub(r"(\d)\s+(st|nd|rd|th)\b", r"\1\2", text, flags=re.IGNORECASE)
    import dateparser  # slow to import: only when text is parsed, not wherever a date is converted

    parsed = dateparser.parse(cleaned, settings=_SETTINGS, languages=["en"])
    if parsed is None:
        return None
    return parsed.year, parsed.month, parsed.day


def _iso(y: int, m: int, d: int, precision: DatePrecision) -> str:
    if precision == "year":
        return f"{y:04d}"
    if precision == "month":
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _year_value(raw: str, y0: str | None = None) -> int:
    if len(raw) == 2:
        century = int(y0[:2]) * 100 if y0 else 2000
        return century + int(raw)
    return int(raw)


def find_dates(text: str, *, default_year: int | None = None) -> list[FoundDate]:
    """All date mentions in ``text``, in order, non-overlapping.

    Args:
        text: any text (a sentence, a table cell, a page).
        default_year: year for "19 August"-style mentions when no earlier full date in ``text`` gives one;
            without it such mentions are dropped (a date with an unknown year is not a date we can report).
    """
    taken: list[tuple[int, int]] = []
    found: list[FoundDate] = []
    pending: list[tuple[int, int, str]] = []  # day-month mentions with no year, resolved last
    for pattern, precision, has_year in _COMPILED:
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            groups = m.groupdict()
            if precision == "year":
                if not _plausible_year_context(text, s, e):
                    continue
                y = _year_value(groups["y"], groups.get("y0"))
                if groups.get("y0") and not (0 < y - int(groups["y0"]) <= 2):
                    continue
                found.append(FoundDate(s, e, m.group(0), _iso(y, 1, 1, "year"), "year"))
                taken.append((s, e))
                continue
            if "mo" in groups and groups["mo"] is not None:
                try:
                    d = int(groups.get("d") or 1)
                    mo = int(groups["mo"])
                    y = _year_value(groups["y"])
                except ValueError:
                    continue
                if not (1 <= mo <= 12 and 1 <= d <= 31):
                    continue
                if groups.get("d") is None:
                    iso = _iso(y, mo, 1, "month")
                else:
                    parts = _parse(f"{d:02d}/{mo:02d}/{y:04d}")
                    if parts is None:
                        continue
                    iso = _iso(*parts, precision)
                found.append(FoundDate(s, e, m.group(0), iso, precision))
                taken.append((s, e))
                continue
            if has_year:
                parts = _parse(m.group(0))
                if parts is None:
                    continue
                found.append(FoundDate(s, e, m.group(0), _iso(*parts, precision), precision))
            else:
                pending.append((s, e, m.group(0)))
            taken.append((s, e))
    found.sort(key=lambda f: f.start)
    for s, e, surface in pending:
        # year omitted: a list closed by a full date ("3 May, 12 July and 9 September 2016") takes that year;
        # else inherit from the nearest dated mention before it, else the default
        later = [f for f in found if f.start >= e and f.precision == "day"]
        if later and _LIST_GAP.fullmatch(text[e : later[0].start]):
            year: int | None = later[0].year
        else:
            prior = [f for f in found if f.start < s]
            year = max(prior, key=lambda f: f.start).year if prior else default_year
        if year is None:
            continue
        parts = _parse(f"{surface} {year}")
        if parts is not None:
            found.append(FoundDate(s, e, surface, _iso(*parts, "day"), "day", inferred_year=True))
    found.sort(key=lambda f: f.start)
    return found


#: What may stand between the days of one list of dates: separators and more day-month mentions.
_LIST_GAP = re.compile(
    rf"(?:\s*(?:,|;|&|\band\b|\s)\s*(?:[0-3]?\d{_ORD}(?:\s+of)?\s+{_MONTHS}\.?)?)*\s*",
    re.IGNORECASE,
)

_YEAR_CUES = re.compile(
    r"(?:\b(?:in|during|by|since|until|from|of|early|late|mid|end|spring|summer|autumn|winter|q[1-4]|"
    r"year|financial|before|after|around|circa|c\.)\s*-?\s*$)",
    re.IGNORECASE,
)


def _plausible_year_context(text: str, start: int, end: int) -> bool:
    """A bare year counts only after a cue word ("in 2009", "by 2022"): bare numbers are often not years."""
    before = text[max(0, start - 16) : start]
    if _YEAR_CUES.search(before):
        return True
    # a cell holding just a year ("2021") is a date too
    return text.strip() == text[start:end].strip()


def parse_date(text: str, *, default_year: int | None = None) -> FoundDate | None:
    """The first date in ``text`` (e.g. a Target Date cell), or None."""
    dates = find_dates(text, default_year=default_year)
    return dates[0] if dates else None


def latest_date(text: str, *, default_year: int | None = None) -> FoundDate | None:
    """The latest date in ``text``: a target cell saying "March 2021 (reviewed June 2021)" means June."""
    dates = find_dates(text, default_year=default_year)
    if not dates:
        return None
    return max(dates, key=lambda f: f.iso)


# --------------------------------------------------------------------------------------------- structured cells

#: An ISO date at the precision known: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.
ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
#: A UK numeric date in a cell: ``DD/MM/YYYY`` (or with dots).
_UK_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")


def iso_from_cell(value: str) -> str:
    """A date cell written ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or ``DD/MM/YYYY`` as ISO at its precision.

    Only the shape is checked here (the caller validates the calendar and the range of years).

    Raises:
        ValueError: the cell has none of these shapes.
    """
    value = value.strip()
    if ISO_DATE.match(value):
        return value
    m = _UK_NUMERIC.match(value)
    if not m:
        raise ValueError(f"date {value[:40]!r} is not YYYY-MM-DD, YYYY-MM, YYYY or DD/MM/YYYY")
    day, month, year = (int(g) for g in m.groups())
    return f"{year:04d}-{month:02d}-{day:02d}"


# ------------------------------------------------------------------------------------------------- arithmetic


def add_months(iso: str, months: int) -> str:
    """``iso`` (``YYYY-MM`` or ``YYYY-MM-DD``) moved on by ``months``, at the same precision.

    A day that the target month does not have becomes its last day ("31 January" + 1 month -> 28/29 February).
    """
    total = int(iso[:4]) * 12 + int(iso[5:7]) - 1 + months
    year, month = total // 12, total % 12 + 1
    if len(iso) < 10:
        return f"{year:04d}-{month:02d}"
    day = min(int(iso[8:10]), calendar.monthrange(year, month)[1])
    return f"{year:04d}-{month:02d}-{day:02d}"


def to_date(value: str) -> date | None:
    """The calendar day an ISO date stands for: a day as it is, a month as its 15th (good to half a month, enough
    for stage averages in months); None for a year alone (too coarse for stage timings) or a malformed value."""
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 15)
    except ValueError:
        return None
    return None
