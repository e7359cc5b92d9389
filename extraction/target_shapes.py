"""Target-date shapes that the shared date reader (:mod:`dhr.dates`) does not read, or reads as another date, in an
action plan's date cell. :func:`extraction.target_dates.target_dates` reads these first and hides their spans
from the shared reader, so that no part of them is read again as something else.

* "3rd quarter 2019/20", "Quarter three 2019/20", "Q3 (2019/20)": written out or bracketed, a financial-year
  quarter is still the last month of that quarter (2019-12); read whole they would give the year's end (March).
* "FY 2019/20 Q3", "2019/20 Q3": the year before the quarter, the same quarter.
* "Version 2.1 March 2019": March 2019, not the 1st of March.
* "2019/03/31": a day written year first (the shared reader reads ISO dates with dashes only).
* "31-Mar-2019": a day, not "Mar-2019" with a stray "31-".
* "Apr 19 - Jun 19": two months with two-digit years (10-29, the second no earlier and at most three years
  on), not the 19th of June.
* "Academic year 2019/20", "school year 2019-20": a school year ends in the summer, so it gives its end year
  (2020), not the financial year's March; "Summer term 2019" gives 2019.
* "2019/2020 financial year": the financial year after its years (the reader wants "FY" before them).
* "03/19", "by 11.20": a cell that is only a month and a two-digit year in figures, the year 13-39 so that it
  cannot be a day and month ("03/11" stays text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dhr.dates import MONTH_NAMES
from dhr.schema import DatePrecision


@dataclass(frozen=True, slots=True)
class TargetDate:
    """A target date as read from a cell: ISO at the precision printed, and the words it came from."""

    iso: str
    precision: DatePrecision
    text: str


_ORDINALS = {
    "1st": 1, "first": 1, "one": 1, "2nd": 2, "second": 2, "two": 2, "3rd": 3, "third": 3, "three": 3,
    "4th": 4, "fourth": 4, "four": 4,
}  # fmt: skip
#: "3rd quarter", "third quarter", "quarter three": rewritten "Q3" (padded to the same length, so that what the
#: shared reader finds keeps its place in the cell).
_WORDED_QUARTER = re.compile(
    r"\b(?:(?P<a>1st|2nd|3rd|4th|first|second|third|fourth)\s+quarter|quarter\s+(?P<b>one|two|three|four))\b",
    re.IGNORECASE,
)
#: "Q3 (2019/20)": the brackets round a quarter's year.
_BRACKETED_YEAR = re.compile(
    r"\b(?P<q>Q[1-4])\s*\((?P<fy>(?:19|20)\d\d\s?[/\-–]\s?(?:(?:19|20)?\d\d))\)", re.IGNORECASE
)


def normalise(cell: str) -> str:
    """The cell with worded and bracketed quarters written as the shared reader reads them, same length."""

    def worded(m: re.Match[str]) -> str:
        n = _ORDINALS[(m.group("a") or m.group("b")).lower()]
        return f"Q{n}".ljust(len(m.group(0)))

    def bracketed(m: re.Match[str]) -> str:
        return m.group(0).replace("(", " ").replace(")", " ")

    cell = _BRACKETED_YEAR.sub(bracketed, _WORDED_QUARTER.sub(worded, cell))
    # "Version 2.1 March 2019", "see 4.3 May 2019": a section or version number is no day of the month
    return _DOTTED_NUMBER.sub(lambda m: " " * len(m.group(0)), cell)


_DOTTED_NUMBER = re.compile(rf"(?<![\d.])\d{{1,2}}\.\d{{1,2}}(?=\s+{MONTH_NAMES}\b)", re.IGNORECASE)


_Y4 = r"(?:19[5-9]\d|20[0-4]\d)"
_FY = rf"(?P<y0>{_Y4})\s?[/\-–]\s?(?P<y1>{_Y4}|\d\d)"
_SHAPES: dict[str, re.Pattern[str]] = {
    "fy_quarter": re.compile(
        rf"\b(?:(?:FY|financial\s+year)\s*:?\s*)?{_FY}\s*,?\s*(?:Q|quarter\s*)(?P<q>[1-4])\b", re.IGNORECASE
    ),
    "day_dash": re.compile(
        rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?[-/](?P<m>{MONTH_NAMES})\.?[-/](?P<y>{_Y4})\b", re.IGNORECASE
    ),
    "year_first": re.compile(
        rf"\b(?P<y>{_Y4})[/.](?P<mo>0?[1-9]|1[0-2])[/.](?P<d>[0-3]?\d)\b(?![/.]\d)", re.IGNORECASE
    ),
    "month_range": re.compile(
        rf"\b(?P<m0>{MONTH_NAMES})\.?\s*['’]?(?P<yy0>[0-3]?\d)\s*(?:-|–|to)\s*(?P<m1>{MONTH_NAMES})\.?\s*['’]?"
        r"(?P<yy1>[0-3]?\d)\b(?![/.:]\d|\s*(?:st|nd|rd|th)\b)",
        re.IGNORECASE,
    ),
    "school_year": re.compile(rf"\b(?:academic|school)\s+year\s*:?\s*{_FY}\b", re.IGNORECASE),
    "term": re.compile(rf"\b(?:spring|summer|autumn)\s+term\s+(?:of\s+)?(?P<y>{_Y4})\b", re.IGNORECASE),
    "fy_after": re.compile(rf"\b{_FY}\s+(?:financial|fiscal)\s+year\b", re.IGNORECASE),
}
_NUMERIC_MONTH = re.compile(
    r"\s*(?:(?:by|end(?:\s+of)?|due)\s+)?(?P<mo>0?[1-9]|1[0-2])\s?[/.]\s?(?P<yy>1[3-9]|2\d|3\d)\s*\.?\s*",
    re.IGNORECASE,
)
_MONTH_NUMBER = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
_QUARTER_END = {1: 6, 2: 9, 3: 12, 4: 3}


def _end_year(m: re.Match[str]) -> int | None:
    """The second year of a financial or school year, when it is the year after the first."""
    y0, raw = int(m.group("y0")), m.group("y1")
    y1 = int(raw) if len(raw) == 4 else y0 // 100 * 100 + int(raw)
    return y1 if y1 == y0 + 1 else None


def _month(word: str) -> int:
    return _MONTH_NUMBER[word[:3].lower()]


def _read(kind: str, m: re.Match[str]) -> list[TargetDate | None]:
    text = m.group(0)
    if kind == "fy_quarter":
        end = _end_year(m)
        if end is None:
            return []
        q = int(m.group("q"))
        year = end if q == 4 else end - 1
        return [TargetDate(f"{year:04d}-{_QUARTER_END[q]:02d}", "month", text)]
    if kind in ("day_dash", "year_first"):
        from datetime import date

        month = _month(m.group("m")) if kind == "day_dash" else int(m.group("mo"))
        try:
            day = date(int(m.group("y")), month, int(m.group("d")))
        except ValueError:
            return [None]  # "2019/02/30": no day, and no other date to be read from it
        return [TargetDate(day.isoformat(), "day", text)]
    if kind == "month_range":
        yy0, yy1 = int(m.group("yy0")), int(m.group("yy1"))
        if not (10 <= yy0 <= 29 and 0 <= yy1 - yy0 <= 3 and len(m.group("yy0")) == len(m.group("yy1")) == 2):
            return [None]  # "Mar 12 - Apr 28": days of two months with no year, hidden and not dated
        return [
            TargetDate(f"20{m.group(f'yy{k}')}-{_month(m.group(f'm{k}')):02d}", "month", text) for k in (0, 1)
        ]
    if kind == "school_year":
        end = _end_year(m)
        return [TargetDate(f"{end:04d}", "year", text)] if end else []
    if kind == "term":
        return [TargetDate(m.group("y"), "year", text)]
    end = _end_year(m)  # fy_after
    return [TargetDate(f"{end:04d}-03", "month", text)] if end else []


def extra_shapes(cell: str) -> list[tuple[int, int, TargetDate | None]]:
    """(start, end, date) of each shape above in ``cell`` (normalised by :func:`normalise`), in order, not
    overlapping; the caller hides these spans from the shared reader. A date None is a span that must not be
    read as a date at all ("Mar 12 - Apr 28": two days of no written year)."""
    m = _NUMERIC_MONTH.fullmatch(cell)
    if m is not None:
        iso = f"20{m.group('yy')}-{int(m.group('mo')):02d}"
        return [(0, len(cell), TargetDate(iso, "month", cell.strip()))]
    spans: list[tuple[int, int, TargetDate | None]] = []
    for kind, pattern in _SHAPES.items():
        for m in pattern.finditer(cell):
            if any(s < m.end() and m.start() < e for s, e, _ in spans):
                continue
            spans.extend((m.start(), m.end(), date) for date in _read(kind, m))
    return sorted(spans, key=lambda span: span[0])


def hide(cell: str, spans: list[tuple[int, int, TargetDate | None]]) -> str:
    """``cell`` with the spans read here blanked (same length), for the shared reader."""
    out = list(cell)
    for start, end, _ in spans:
        out[start:end] = " " * (end - start)
    return "".join(out)


__all__ = ["TargetDate", "extra_shapes", "hide", "normalise"]
