"""Dates, parsed in one place: found in report text, read from table and CSV cells, turned into calendar days.

* :func:`find_dates` / :func:`parse_date` / :func:`latest_date`: date mentions in free text, keeping the
  precision the text gives. Regexes only *locate* candidate spans and tell the precision (day, month, year);
  the calendar work is done by ``dateparser`` (UK day-first). A day and month with no year ("19 August")
  inherit the year from context: the nearest full date before it, as DHR chronologies run in order.
* ``deadline=True`` (:func:`find_dates`): the text is a deadline, a Target Date cell of an action plan, where
  shapes that are ambiguous in narrative read one way: a month with a two-digit year ("Mar-18", "Dec 17",
  "March '18", "17-Dec-19") is that month of 20YY (in narrative "Dec 17" is more often 17 December); a quarter
  or a whole financial year (public-sector years run April to March) is read as its end; a season gives its
  year. See :data:`DEADLINE_CONVENTIONS`.
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
            :data:`DEADLINE_CONVENTIONS` (two-digit years after a month, quarters, financial years, seasons).
    """
    taken = _Spans(len(text))
    found: list[FoundDate] = _deadline_dates(text, taken) if deadline else []
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


# ------------------------------------------------------------------------------------------ deadline shapes

#: How a Target Date cell's period shapes are read (``find_dates(..., deadline=True)``). A deadline is the END
#: of the period it names, at the precision that is certain; what could fall in two years stays text.
DEADLINE_CONVENTIONS: dict[str, str] = {
    "month and two-digit year": "Mar-18, Dec 17, March '18, Sept-19 -> 2018-03 (month); a bare two-digit year "
    "counts only from 10 to 30 (2010-2030: 'Dec 5' or 'Mar 31' are days, not years), with an apostrophe any",
    "day, month and two-digit year": "17-Dec-19, 3 June 19 -> 2019-12-17 (day)",
    "financial-year quarter": "Q3 2017/18, Q3 17/18, Quarter 1 2018-19 -> last month of the quarter (2017-12); "
    "Q1-Q3 with one year (Q3 2018) -> the year (calendar or financial, Q1-Q3 fall in it); Q4 2018 -> text",
    "financial year": "2019/20, 2019-20, FY 19/20, financial year 2019/2020 -> its last month, March (2020-03); "
    "2019-2020 with no 'FY' may be two calendar years -> the end year (2020), as in narrative",
    "season": "Spring/Summer/Autumn 2020 or '20 -> 2020 (year: every reading of the season falls in it); "
    "Winter 2019/20 -> 2020; Winter 2019 (December 2019 or early 2019) -> text",
}

_MONTH_NUMBERS = {m: i for i, m in enumerate(calendar.month_abbr) if m}
_YY = r"(?P<apos>['’])?(?P<yy>\d\d)"
#: Not a two-digit year when what follows makes it part of something else: "Dec 17 2019", "June 18th", "Mar 18:30".
_YY_END = r"\b(?!\s*(?:st|nd|rd|th)\b|,?\s*(?:19|20)\d\d\b|[/.:]\d|\s*%)"
_DEADLINE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "quarter",
        re.compile(
            r"\b(?:Q|quarter\s*)(?P<q>[1-4])\s*(?:of\s+)?(?:(?:the\s+)?(?:FY|financial\s+year)\s*)?"
            r"(?P<y0>20\d\d|\d\d(?=\s*[/\-–]\s*\d\d\b))(?:\s*[/\-–]\s*(?P<y1>20\d\d|\d\d))?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "season",
        re.compile(
            rf"\b(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?"
            rf"(?:(?P<y0>{_YEAR}|\d\d)\s?[/\-–]\s?)?['’]?(?P<y1>{_YEAR}|\d\d)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "financial_year",
        re.compile(
            rf"(?:\b(?P<fy>FY|F/Y|financial\s+year)\s*:?\s*|\b)(?P<y0>{_YEAR}|\d\d)\s?[/\-–]\s?(?P<y1>{_YEAR}|\d\d)\b"
            r"(?![/\-.]\d)",
            re.IGNORECASE,
        ),
    ),
    (
        "day_month_yy",
        re.compile(
            rf"\b(?P<d>[0-3]?\d){_ORD}[\s\-/]+(?P<m>{_MONTHS})\.?[\s\-/]+{_YY}{_YY_END}", re.IGNORECASE
        ),
    ),
    (
        "month_yy",
        re.compile(rf"\b(?P<m>{_MONTHS})\.?(?:\s*[\-/]\s*|\s+|(?=['’])){_YY}{_YY_END}", re.IGNORECASE),
    ),
    # "Sep-2018", "Mar/2019": a month and a full year joined by a dash (the narrative pattern wants a space)
    ("month_dash_year", re.compile(rf"\b(?P<m>{_MONTHS})\.?\s*[\-/]\s*(?P<y>{_YEAR})\b", re.IGNORECASE)),
]


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


def _two_digit_year(match: re.Match[str]) -> int | None:
    """20YY for a two-digit year after a month; None where it may be a day ("Dec 5", "Mar 31")."""
    yy = int(match.group("yy"))
    if match.group("apos") or 10 <= yy <= 30:
        return 2000 + yy
    return None


def _full_year(raw: str, y0: int | None = None) -> int:
    return int(raw) if len(raw) == 4 else (y0 // 100 * 100 if y0 else 2000) + int(raw)


def _deadline_match(kind: str, m: re.Match[str]) -> tuple[str, DatePrecision] | None:
    """(ISO, precision) of one deadline shape, or None when it names no certain date (the span stays text)."""
    g = m.groupdict()
    if kind == "quarter":
        q, y0 = int(g["q"]), _full_year(g["y0"])
        if g["y1"] is None:
            # calendar or financial year: both put Q1-Q3 in y0; Q4 is October-December of y0 or January-March
            # of y0 + 1
            return (f"{y0:04d}", "year") if q < 4 else None
        if _full_year(g["y1"], y0) != y0 + 1:
            return None  # "Q3 2017/19" is not a financial year
        # financial year April-March: Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec of y0; Q4 Jan-Mar of y0 + 1
        year, month = (y0, 3 * q + 3) if q < 4 else (y0 + 1, 3)
        return f"{year:04d}-{month:02d}", "month"
    if kind == "financial_year":
        y0 = _full_year(g["y0"])
        y1 = _full_year(g["y1"], y0)
        short = len(g["y1"]) == 2
        # "19/20" alone may be a day and a month, "2019-2020" two calendar years: only with a marker
        if y1 != y0 + 1 or not (g["fy"] or (short and len(g["y0"]) == 4)):
            return None
        return f"{y1:04d}-03", "month"
    if kind == "season":
        y1 = _full_year(g["y1"])
        if g["y0"] is not None:
            y0 = _full_year(g["y0"])
            # only winter spans the turn of the year: "Spring 2019/20" may be spring 2019 or 2020
            ok = g["season"].lower() == "winter" and _full_year(g["y1"], y0) == y0 + 1
            return (f"{_full_year(g['y1'], y0):04d}", "year") if ok else None
        return None if g["season"].lower() == "winter" else (f"{y1:04d}", "year")
    month = _MONTH_NUMBERS[g["m"][:3].title()]
    if kind == "month_dash_year":
        return f"{int(g['y']):04d}-{month:02d}", "month"
    year = _two_digit_year(m)
    if year is None:
        return None
    if kind == "month_yy":
        return f"{year:04d}-{month:02d}", "month"
    day = int(g["d"])
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}", "day"


def _deadline_dates(text: str, taken: _Spans) -> list[FoundDate]:
    """The deadline shapes in ``text``; their spans go into ``taken`` (also those that name no certain date, so
    that the narrative patterns do not read a year out of "Winter 2019" or "Q4 2018")."""
    found: list[FoundDate] = []
    for kind, pattern in _DEADLINE_PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if taken.overlaps(s, e):
                continue
            read = _deadline_match(kind, m)
            if read is not None:
                found.append(FoundDate(s, e, m.group(0), read[0], read[1]))
                taken.add(s, e)
            elif kind in ("quarter", "season"):
                taken.add(s, e)
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
