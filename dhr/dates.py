"""Dates, parsed in one place: found in report text, read from table and CSV cells, turned into calendar days.

* :func:`find_dates` / :func:`parse_date` / :func:`latest_date`: date mentions in free text, keeping the
  precision the text gives. Regexes only *locate* candidate spans and tell the precision (day, month, year);
  the calendar work is done by ``dateparser`` (UK day-first). A day and month with no year ("19 August")
  inherit the year from context: the nearest full date before it, as DHR chronologies run in order.
* ``deadline=True`` (:func:`find_dates`): the text is a deadline, where shapes that are ambiguous in narrative
  read one way ("Dec 17" is December 2017, "Q3 2017/18" its last month): :mod:`dhr.dates_deadline`, which also
  reads a whole Target Date cell (:func:`dhr.dates_deadline.find_deadlines`).
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
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from dhr.schema import DatePrecision

# Month names as a regex group (case-insensitive use): the one spelling list for every date reader.
MONTH_NAMES = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTHS = MONTH_NAMES
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

# Named days with a year ("on New Year's Day in 2010", "Halloween night 2010", "Christmas 2014"): (month, day);
# day 0 is a month (Christmas, unqualified, is the season's month, not the 25th).
_NAMED_DAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "christmas": (12, 0),
    "boxing day": (12, 26),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "bonfire night": (11, 5),
    "guy fawkes night": (11, 5),
}
_NAMED_DAY = re.compile(
    r"\b(?P<h>new\s+year['’]?s\s+(?:day|eve)|christmas(?:\s+(?:day|eve))?|boxing\s+day|hallowe['’]?en|"
    rf"valentine['’]?s\s+day|bonfire\s+night|guy\s+fawkes\s+night)(?:\s+night)?\s*,?\s+(?:in\s+|of\s+)?(?P<y>{_YEAR})\b",
    re.IGNORECASE,
)
# A day or month with a year given relative to when the text was written ("on March 28 last year"). Its year is
# known only when the text says which year that is: a gloss ("'last year' = 2020", as labelled sentences carry)
# or a bracketed source note with its own date ("[Western Mail, 27 Feb 2021]"); otherwise it is no date.
_RELATIVE = re.compile(
    rf"\b(?:(?P<d1>[0-3]?\d){_ORD}(?:\s+of)?\s+(?P<m1>{_MONTHS})|(?P<m2>{_MONTHS})\.?\s+(?P<d2>[0-3]?\d){_ORD}|"
    rf"(?P<m3>{_MONTHS}))\s*,?\s+(?P<rel>last|this|next)\s+year\b",
    re.IGNORECASE,
)
_RELATIVE_GLOSS = re.compile(
    rf"['‘’\"]\s*(?P<rel>last|this|next)\s+year\s*['‘’\"]\s*=\s*(?P<y>{_YEAR})\b", re.IGNORECASE
)
_SOURCE_NOTE = re.compile(r"\[[^\[\]]{0,200}\]")
_YEAR_OFFSET = {"last": -1, "this": 0, "next": 1}

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


class _Spans:
    """The character spans of a text already read as dates: a mask, so that checking a new match costs its
    length, not the number of dates found before it (a long page of dates stays linear)."""

    __slots__ = ("_mask",)

    def __init__(self, length: int) -> None:
        self._mask = bytearray(length)

    def overlaps(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) != -1

    def add(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)


def find_dates(text: str, *, default_year: int | None = None, deadline: bool = False) -> list[FoundDate]:
    """All date mentions in ``text``, in order, non-overlapping.

    Args:
        text: any text (a sentence, a table cell, a page).
        default_year: year for "19 August"-style mentions when no earlier full date in ``text`` gives one;
            without it such mentions are dropped (a date with an unknown year is not a date we can report).
        deadline: ``text`` sets a deadline (a Target Date cell): also read the shapes of
            :data:`dhr.dates_deadline.DEADLINE_CONVENTIONS` (two-digit years after a month, quarters, financial
            years, seasons).
    """
    taken = _Spans(len(text))
    found: list[FoundDate] = []
    if deadline:
        # (imported here: dhr.dates_deadline builds on this module's patterns and FoundDate)
        from dhr.dates_deadline import convention_dates

        found = convention_dates(text, taken)
    found.extend(_named_and_relative(text, taken))
    pending: list[tuple[int, int, str]] = []  # day-month mentions with no year, resolved last
    for pattern, precision, has_year in _COMPILED:
        for m in pattern.finditer(text):
            s, e = m.span()
            if taken.overlaps(s, e):
                continue
            groups = m.groupdict()
            if precision == "year":
                if not _plausible_year_context(text, s, e):
                    continue
                y = _year_value(groups["y"], groups.get("y0"))
                if groups.get("y0") and not (0 < y - int(groups["y0"]) <= 2):
                    continue
                found.append(FoundDate(s, e, m.group(0), _iso(y, 1, 1, "year"), "year"))
                taken.add(s, e)
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
                taken.add(s, e)
                continue
            if has_year:
                parts = _parse(m.group(0))
                if parts is None:
                    continue
                found.append(FoundDate(s, e, m.group(0), _iso(*parts, precision), precision))
            else:
                pending.append((s, e, m.group(0)))
            taken.add(s, e)
    found.sort(key=lambda f: f.start)
    # bisect over the dates with a year, so that a long chronology of "4 June"s stays n log n
    starts = [f.start for f in found]
    days = [f for f in found if f.precision == "day"]
    day_starts = [f.start for f in days]
    last_inferred: FoundDate | None = None  # pending spans come in text order: the last one is the nearest
    for s, e, surface in pending:
        # year omitted: a list closed by a full date ("3 May, 12 July and 9 September 2016") takes that year;
        # else inherit from the nearest dated mention before it, else the default
        i = bisect_left(day_starts, e)
        if i < len(days) and _LIST_GAP.fullmatch(text[e : days[i].start]):
            year: int | None = days[i].year
        else:
            j = bisect_left(starts, s) - 1
            prior = [f for f in (found[j] if j >= 0 else None, last_inferred) if f is not None]
            year = max(prior, key=lambda f: f.start).year if prior else default_year
        if year is None:
            continue
        parts = _parse(f"{surface} {year}")
        if parts is not None:
            last_inferred = FoundDate(s, e, surface, _iso(*parts, "day"), "day", inferred_year=True)
            found.append(last_inferred)
    found.sort(key=lambda f: f.start)
    return found


def _reference_year(text: str, rel: str) -> int | None:
    """The year a relative "<rel> year" stands for in ``text``: its gloss, else a bracketed source note's date."""
    for gloss in _RELATIVE_GLOSS.finditer(text):
        if gloss.group("rel").lower() == rel:
            return int(gloss.group("y"))
    for note in _SOURCE_NOTE.finditer(text):
        for pattern, precision, has_year in _COMPILED[:4]:  # the note's own full date (day precision shapes)
            m = pattern.search(note.group(0))
            if m and has_year and precision == "day":
                parts = _parse(m.group(0))
                if parts is not None:
                    return parts[0] + _YEAR_OFFSET[rel]
    return None


def _named_and_relative(text: str, taken: _Spans) -> list[FoundDate]:
    """Named days with a year and relative-year mentions whose year the text gives (see the patterns)."""
    found: list[FoundDate] = []
    if not ("year" in text.lower() or _NAMED_DAY.search(text)):
        return found
    for m in _NAMED_DAY.finditer(text):
        name = re.sub(r"\s+", " ", m.group("h").lower()).replace("’", "'").replace("hallowe'en", "halloween")
        month, day = _NAMED_DAYS.get(name, (0, 0))
        if not month:
            continue
        y = int(m.group("y"))
        iso = _iso(y, month, day, "day") if day else _iso(y, month, 1, "month")
        found.append(FoundDate(m.start(), m.end(), m.group(0), iso, "day" if day else "month"))
        taken.add(m.start(), m.end())
    years: dict[str, int | None] = {}  # each "<rel> year" resolved once: the text is scanned once per word
    for m in _RELATIVE.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        rel = m.group("rel").lower()
        if rel not in years:
            years[rel] = _reference_year(text, rel)
        year = years[rel]
        if year is None:
            continue
        month_name = m.group("m1") or m.group("m2") or m.group("m3")
        day_text = m.group("d1") or m.group("d2")
        parts = _parse(f"{day_text or 1} {month_name} {year}")
        if parts is None:
            continue
        precision: DatePrecision = "day" if day_text else "month"
        found.append(FoundDate(m.start(), m.end(), m.group(0), _iso(*parts, precision), precision))
        taken.add(m.start(), m.end())
    return found


#: What may stand between the days of one list of dates: separators and more day-month mentions.
_LIST_GAP = re.compile(
    rf"(?:\s*(?:,|;|&|\band\b|\s)\s*(?:[0-3]?\d{_ORD}(?:\s+of)?\s+{_MONTHS}\.?)?)*\s*",
    re.IGNORECASE,
)

_YEAR_ADJECTIVE_BEFORE = re.compile(r"\b(?:her|his|their|the|a|this|that)\s+$", re.IGNORECASE)
_YEAR_ADJECTIVE_AFTER = re.compile(
    r"\s+(?:death|murder|killing|homicide|manslaughter|domestic homicide review|review|report|dhr|dardr|"
    r"inquest|trial|conviction|attack|assault|marriage|separation|arrest)\b",
    re.IGNORECASE,
)
_YEAR_CUES = re.compile(
    r"(?:\b(?:in|during|by|since|until|from|of|early|late|mid|end|spring|summer|autumn|winter|q[1-4]|"
    # "(died 2019)", "born 1972", "on Boxing Day 2016" / "Christmas Eve 2015" (the year, at least)
    r"year|financial|before|after|around|circa|c\.|died|born|christmas|boxing day|new year'?s? (?:day|eve)|"
    # a listing's "published 2021", "(completed 2017)", "updated 2019"
    r"published|completed|updated|revised|"
    r"christmas (?:day|eve))\s*-?\s*$)",
    re.IGNORECASE,
)


def _plausible_year_context(text: str, start: int, end: int) -> bool:
    """A bare year counts only after a cue word ("in 2009", "by 2022"): bare numbers are often not years."""
    before = text[max(0, start - 16) : start]
    if _YEAR_CUES.search(before):
        return True
    # a year used as an adjective of an event: "her 2011 death", "the 2016 review", "his 2009 conviction"
    if _YEAR_ADJECTIVE_BEFORE.search(before) and _YEAR_ADJECTIVE_AFTER.match(text, end):
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
# A financial or academic year range ("2018/19", "2017-2018"): find_dates reads it as its end year (right for a
# deadline); range_start gives its first year (right for something that happened during it).
_YEAR_RANGE = re.compile(r"((?:19|20)\d\d)\s?[-/–]\s?(?:(?:19|20)\d\d|\d\d)")


def range_start(found: FoundDate) -> FoundDate:
    """The same date read as the first year of a year range, when it is one; else unchanged."""
    m = _YEAR_RANGE.fullmatch(found.text.strip()) if found.precision == "year" else None
    if m and m.group(1) != found.iso:
        return FoundDate(found.start, found.end, found.text, m.group(1), "year", found.inferred_year)
    return found


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
