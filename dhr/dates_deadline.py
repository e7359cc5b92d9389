"""Deadlines, read in one place: a Target Date cell of an action plan, or a deadline in an action's own text.

A deadline is the END of the period it names, at the precision that is certain; what could fall in two years
stays text. Two layers, both here:

* The conventions (:data:`DEADLINE_CONVENTIONS`, read by ``dhr.dates.find_dates(text, deadline=True)``): a
  month with a two-digit year ("Mar-18", "Dec 17", "March '18", "17-Dec-19") is that month of 20YY (in narrative
  "Dec 17" is more often 17 December); a quarter or a whole financial year (public-sector years run April to
  March) is read as its end; a season gives its year.
* The cell shapes (:data:`CELL_SHAPES`, read by :func:`find_deadlines` before the conventions, their spans hidden
  from them so that no part is read again as something else): worded and bracketed quarters, "FY 2019/20 Q3",
  days written year first or with a dashed month name, two months with two-digit years, academic years,
  "2019/2020 financial year" and a cell of only "03/19".

:func:`find_deadlines` is the one reader of a deadline cell; the action-plan code (``extraction.target_dates``)
only chooses which of its dates is the target.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from dhr.dates import _ORD, _YEAR, MONTH_NAMES, FoundDate, _Spans, find_dates
from dhr.schema import DatePrecision

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

#: The shapes of a deadline cell that the conventions do not read, or read as another date (:func:`find_deadlines`).
CELL_SHAPES: dict[str, str] = {
    "worded or bracketed quarter": "3rd quarter 2019/20, Quarter three 2019/20, Q3 (2019/20) -> 2019-12, as Q3 "
    "2019/20 (read whole they would give the year's end, March)",
    "year before its quarter": "FY 2019/20 Q3, 2019/20 Q3 -> 2019-12",
    "section number": "Version 2.1 March 2019 -> 2019-03, not the 1st of March",
    "day written year first": "2019/03/31 -> 2019-03-31 (the narrative reader takes ISO dates with dashes only)",
    "day with a dashed month name": "31-Mar-2019 -> 2019-03-31, not 'Mar-2019' with a stray '31-'",
    "two months, two-digit years": "Apr 19 - Jun 19 -> 2019-04 and 2019-06 (years 10-29, the second no earlier "
    "and at most three years on), not the 19th of June; 'Mar 12 - Apr 28' -> text (two days of no year)",
    "school year": "Academic year 2019/20, school year 2019-20 -> 2020 (it ends in the summer, not in March); "
    "Summer term 2019 -> 2019",
    "financial year after its years": "2019/2020 financial year -> 2020-03",
    "month in figures": "03/19, by 11.20 -> 2019-03 (a cell of only that; the year 13-39 so that it cannot be a "
    "day and a month: '03/11' -> text)",
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
            rf"\b(?P<d>[0-3]?\d){_ORD}[\s\-/]+(?P<m>{MONTH_NAMES})\.?[\s\-/]+{_YY}{_YY_END}", re.IGNORECASE
        ),
    ),
    (
        "month_yy",
        re.compile(rf"\b(?P<m>{MONTH_NAMES})\.?(?:\s*[\-/]\s*|\s+|(?=['’])){_YY}{_YY_END}", re.IGNORECASE),
    ),
    # "Sep-2018", "Mar/2019": a month and a full year joined by a dash (the narrative pattern wants a space)
    ("month_dash_year", re.compile(rf"\b(?P<m>{MONTH_NAMES})\.?\s*[\-/]\s*(?P<y>{_YEAR})\b", re.IGNORECASE)),
]


def _two_digit_year(match: re.Match[str]) -> int | None:
    """20YY for a two-digit year after a month; None where it may be a day ("Dec 5", "Mar 31")."""
    yy = int(match.group("yy"))
    if match.group("apos") or 10 <= yy <= 30:
        return 2000 + yy
    return None


def _full_year(raw: str, y0: int | None = None) -> int:
    return int(raw) if len(raw) == 4 else (y0 // 100 * 100 if y0 else 2000) + int(raw)


def _year_after(y0: int, raw: str) -> int | None:
    """The second year of a financial or school year written ``y0``/``raw`` ("2019/20"), when it is the year
    after the first; None for "2017/19"."""
    y1 = _full_year(raw, y0)
    return y1 if y1 == y0 + 1 else None


def _quarter_end(y0: int, q: int) -> str:
    """The last month of quarter ``q`` of the financial year that starts in April of ``y0``: Q1 Apr-Jun, Q2
    Jul-Sep, Q3 Oct-Dec of y0; Q4 Jan-Mar of y0 + 1."""
    year, month = (y0, 3 * q + 3) if q < 4 else (y0 + 1, 3)
    return f"{year:04d}-{month:02d}"


def _month_number(word: str) -> int:
    return _MONTH_NUMBERS[word[:3].title()]


def _deadline_match(kind: str, m: re.Match[str]) -> tuple[str, DatePrecision] | None:
    """(ISO, precision) of one deadline shape, or None when it names no certain date (the span stays text)."""
    g = m.groupdict()
    if kind == "quarter":
        q, y0 = int(g["q"]), _full_year(g["y0"])
        if g["y1"] is None:
            # calendar or financial year: both put Q1-Q3 in y0; Q4 is October-December of y0 or January-March
            # of y0 + 1
            return (f"{y0:04d}", "year") if q < 4 else None
        if _year_after(y0, g["y1"]) is None:
            return None  # "Q3 2017/19" is not a financial year
        return _quarter_end(y0, q), "month"
    if kind == "financial_year":
        y0 = _full_year(g["y0"])
        y1 = _year_after(y0, g["y1"])
        short = len(g["y1"]) == 2
        # "19/20" alone may be a day and a month, "2019-2020" two calendar years: only with a marker
        if y1 is None or not (g["fy"] or (short and len(g["y0"]) == 4)):
            return None
        return f"{y1:04d}-03", "month"
    if kind == "season":
        y1 = _full_year(g["y1"])
        if g["y0"] is not None:
            # only winter spans the turn of the year: "Spring 2019/20" may be spring 2019 or 2020
            end = _year_after(_full_year(g["y0"]), g["y1"])
            return (f"{end:04d}", "year") if g["season"].lower() == "winter" and end else None
        return None if g["season"].lower() == "winter" else (f"{y1:04d}", "year")
    month = _month_number(g["m"])
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


def convention_dates(text: str, taken: _Spans) -> list[FoundDate]:
    """The shapes of :data:`DEADLINE_CONVENTIONS` in ``text`` (for ``find_dates(deadline=True)``); their spans go
    into ``taken`` (also those that name no certain date, so that the narrative patterns do not read a year out
    of "Winter 2019" or "Q4 2018")."""
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


# ------------------------------------------------------------------------------------------------ cell shapes

_ORDINALS = {
    "1st": 1, "first": 1, "one": 1, "2nd": 2, "second": 2, "two": 2, "3rd": 3, "third": 3, "three": 3,
    "4th": 4, "fourth": 4, "four": 4,
}  # fmt: skip
#: "3rd quarter", "third quarter", "quarter three": rewritten "Q3" (padded to the same length, so that what the
#: readers find keeps its place in the cell).
_WORDED_QUARTER = re.compile(
    r"\b(?:(?P<a>1st|2nd|3rd|4th|first|second|third|fourth)\s+quarter|quarter\s+(?P<b>one|two|three|four))\b",
    re.IGNORECASE,
)
#: "Q3 (2019/20)": the brackets round a quarter's year.
_BRACKETED_YEAR = re.compile(
    r"\b(?P<q>Q[1-4])\s*\((?P<fy>(?:19|20)\d\d\s?[/\-–]\s?(?:(?:19|20)?\d\d))\)", re.IGNORECASE
)
#: "Version 2.1 March 2019", "see 4.3 May 2019": a section or version number is no day of the month.
_DOTTED_NUMBER = re.compile(rf"(?<![\d.])\d{{1,2}}\.\d{{1,2}}(?=\s+{MONTH_NAMES}\b)", re.IGNORECASE)


def _normalise(cell: str) -> str:
    """The cell with worded and bracketed quarters written as the conventions read them, same length."""

    def worded(m: re.Match[str]) -> str:
        n = _ORDINALS[(m.group("a") or m.group("b")).lower()]
        return f"Q{n}".ljust(len(m.group(0)))

    def bracketed(m: re.Match[str]) -> str:
        return m.group(0).replace("(", " ").replace(")", " ")

    cell = _BRACKETED_YEAR.sub(bracketed, _WORDED_QUARTER.sub(worded, cell))
    return _DOTTED_NUMBER.sub(lambda m: " " * len(m.group(0)), cell)


_FY = rf"(?P<y0>{_YEAR})\s?[/\-–]\s?(?P<y1>{_YEAR}|\d\d)"
_SHAPES: dict[str, re.Pattern[str]] = {
    "fy_quarter": re.compile(
        rf"\b(?:(?:FY|financial\s+year)\s*:?\s*)?{_FY}\s*,?\s*(?:Q|quarter\s*)(?P<q>[1-4])\b", re.IGNORECASE
    ),
    "day_dash": re.compile(
        rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?[-/](?P<m>{MONTH_NAMES})\.?[-/](?P<y>{_YEAR})\b", re.IGNORECASE
    ),
    "year_first": re.compile(
        rf"\b(?P<y>{_YEAR})[/.](?P<mo>0?[1-9]|1[0-2])[/.](?P<d>[0-3]?\d)\b(?![/.]\d)", re.IGNORECASE
    ),
    "month_range": re.compile(
        rf"\b(?P<m0>{MONTH_NAMES})\.?\s*['’]?(?P<yy0>[0-3]?\d)\s*(?:-|–|to)\s*(?P<m1>{MONTH_NAMES})\.?\s*['’]?"
        r"(?P<yy1>[0-3]?\d)\b(?![/.:]\d|\s*(?:st|nd|rd|th)\b)",
        re.IGNORECASE,
    ),
    "school_year": re.compile(rf"\b(?:academic|school)\s+year\s*:?\s*{_FY}\b", re.IGNORECASE),
    "term": re.compile(rf"\b(?:spring|summer|autumn)\s+term\s+(?:of\s+)?(?P<y>{_YEAR})\b", re.IGNORECASE),
    "fy_after": re.compile(rf"\b{_FY}\s+(?:financial|fiscal)\s+year\b", re.IGNORECASE),
}
_NUMERIC_MONTH = re.compile(
    r"\s*(?:(?:by|end(?:\s+of)?|due)\s+)?(?P<mo>0?[1-9]|1[0-2])\s?[/.]\s?(?P<yy>1[3-9]|2\d|3\d)\s*\.?\s*",
    re.IGNORECASE,
)

#: A cell shape's reading: (ISO, precision), or None for a span that must not be read as a date at all.
_Read = tuple[str, DatePrecision] | None


def _shape_match(kind: str, m: re.Match[str]) -> list[_Read]:
    """The dates one cell shape gives: [] when it is none of them after all (its span is left to the
    conventions), [None] when it is no date and must not be read as one."""
    if kind in ("fy_quarter", "school_year", "fy_after"):
        end = _year_after(int(m.group("y0")), m.group("y1"))
        if end is None:
            return []
        if kind == "fy_quarter":
            return [(_quarter_end(end - 1, int(m.group("q"))), "month")]
        return [(f"{end:04d}", "year") if kind == "school_year" else (f"{end:04d}-03", "month")]
    if kind in ("day_dash", "year_first"):
        month = _month_number(m.group("m")) if kind == "day_dash" else int(m.group("mo"))
        try:
            day = date(int(m.group("y")), month, int(m.group("d")))
        except ValueError:
            return [None]  # "2019/02/30": no day, and no other date to be read from it
        return [(day.isoformat(), "day")]
    if kind == "month_range":
        yy0, yy1 = int(m.group("yy0")), int(m.group("yy1"))
        if not (10 <= yy0 <= 29 and 0 <= yy1 - yy0 <= 3 and len(m.group("yy0")) == len(m.group("yy1")) == 2):
            return [None]  # "Mar 12 - Apr 28": days of two months with no year, hidden and not dated
        return [(f"20{m.group(f'yy{k}')}-{_month_number(m.group(f'm{k}')):02d}", "month") for k in (0, 1)]
    return [(m.group("y"), "year")]  # term


def _cell_shapes(cell: str) -> list[tuple[int, int, str, _Read]]:
    """(start, end, text, reading) of each cell shape in ``cell`` (normalised), in order, not overlapping; the
    caller hides these spans from the conventions."""
    m = _NUMERIC_MONTH.fullmatch(cell)
    if m is not None:
        return [(0, len(cell), cell.strip(), (f"20{m.group('yy')}-{int(m.group('mo')):02d}", "month"))]
    spans: list[tuple[int, int, str, _Read]] = []
    for kind, pattern in _SHAPES.items():
        for m in pattern.finditer(cell):
            if any(s < m.end() and m.start() < e for s, e, _, _ in spans):
                continue
            spans.extend((m.start(), m.end(), m.group(0), read) for read in _shape_match(kind, m))
    return sorted(spans, key=lambda span: span[0])


def find_deadlines(cell: str, *, default_year: int | None = None) -> list[FoundDate]:
    """Every date a deadline cell (or an action's text) names, in order: the cell shapes, then the conventions
    and the narrative shapes of ``find_dates(deadline=True)`` over what they leave. Each date's text is as printed
    in ``cell``; ``default_year`` is passed on for a day or month written without its year (``inferred_year``)."""
    norm = _normalise(cell)
    shapes = _cell_shapes(norm)
    hidden = list(norm)
    for start, end, _, _ in shapes:
        hidden[start:end] = " " * (end - start)
    found = find_dates("".join(hidden), default_year=default_year, deadline=True)
    # (the normalised cell keeps every position: the text as printed is the same span of the cell)
    dates = [(f.start, f.end, f.text, f.iso, f.precision, f.inferred_year) for f in found]
    dates += [(s, e, text, read[0], read[1], False) for s, e, text, read in shapes if read is not None]
    return [
        FoundDate(s, e, cell[s : s + len(text)] or text, iso, precision, inferred)
        for s, e, text, iso, precision, inferred in sorted(dates, key=lambda d: d[0])
    ]


# ------------------------------------------------------------------------------------- no year, the plan's date

#: A month named with no year after it ("end of June", "by Sept", "September"): not "June 2019" (find_deadlines),
#: not a day's month ("3 June", find_deadlines), not the verb "May" ("May be extended").
_YEARLESS_MONTH = re.compile(rf"(?<!\d)(?<!\d/)\b(?P<m>(?i:{MONTH_NAMES}))\b\.?(?!\s*[-/'’]?\s*\d)")
_VERB_MAY = re.compile(r"may|May(?=\s+[a-z])")
_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}
_YEARLESS_SEASON = re.compile(r"\b(?P<s>spring|summer|autumn)\b(?!\s*[-/'’]?\s*\d)", re.IGNORECASE)
_FINANCIAL_YEAR_END = re.compile(
    r"\b(?:end|close)\s+of\s+(?:the\s+)?(?:this\s+|current\s+)?financial\s+year\b|"
    r"\bfinancial\s+year[- ]end\b|\bby\s+(?:the\s+)?(?:this\s+|current\s+)?financial\s+year\b",
    re.IGNORECASE,
)


def yearless_deadlines(cell: str, year: int, month: int | None) -> list[FoundDate]:
    """Months, seasons and "end of financial year" written with no year ("end of June", "by Sept", "Summer"),
    dated from the plan's date (``year``, and ``month`` when known): the first such month or season on or after
    it; with no month, ``year`` itself (no roll-over) and no financial year's end (which March is not known)."""
    out: list[FoundDate] = []
    for m in _YEARLESS_MONTH.finditer(cell):
        word = m.group("m")
        if _VERB_MAY.match(cell, m.start()):
            continue
        number = _month_number(word)
        y = year + 1 if month is not None and number < month else year
        out.append(FoundDate(m.start(), m.end(), m.group(0), f"{y:04d}-{number:02d}", "month"))
    for m in _YEARLESS_SEASON.finditer(cell):
        end = _SEASON_END[m.group("s").lower()]
        y = year + 1 if month is not None and end < month else year
        out.append(FoundDate(m.start(), m.end(), m.group(0), f"{y:04d}", "year"))
    for m in _FINANCIAL_YEAR_END.finditer(cell):
        if month is None:
            continue  # April-March: which March needs the plan's month
        y = year + 1 if month >= 4 else year
        out.append(FoundDate(m.start(), m.end(), m.group(0), f"{y:04d}-03", "month"))
    return sorted(out, key=lambda f: f.start)


__all__ = ["CELL_SHAPES", "DEADLINE_CONVENTIONS", "convention_dates", "find_deadlines", "yearless_deadlines"]
