"""The dates of one sentence as the timeline reads them: a year left out is taken from the sentence or before it.

:func:`dhr.dates.find_dates` gives a day and month printed without a year ("19 August") the year of the nearest
full date before it in the text, else a default. The timeline reads a report sentence by sentence, so two shapes
of real reports need the sentence's own context:

- a year printed only later in the sentence ("The CSP was notified on 9 March and the chair decided to
  commission a review on 23 March 2022"): the sentence's own year, not the previous sentence's, is the
  year of the day-month before it (a step back over a new year: "28 December ... 4 January 2020" is 2019);
- a day alone ("In the early hours of the 4th, ..."), which a chronology writes after a full date ("On the
  evening of 3 November 2020 ..."): the day of the month of the latest full day-date before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dhr import dates as _dates
from dhr.dates import FoundDate

#: Welsh month names (Welsh CSPs' bilingual and Welsh reports: "17 Mawrth 2023", "Rhagfyr 2022") and the English
#: month each is read as, no longer than the Welsh (padded with spaces, so offsets stay valid).
_WELSH_MONTHS = {
    "ionawr": "Jan",
    "chwefror": "February",
    "mawrth": "March",
    "ebrill": "April",
    "mai": "May",
    "mehefin": "June",
    "gorffennaf": "July",
    "awst": "Aug",
    "medi": "Sept",
    "hydref": "Oct",
    "tachwedd": "November",
    "rhagfyr": "Dec",
}
#: A Welsh month after a day or before a year ("ar 9 Tachwedd 2021"; not "Dydd Mawrth", Tuesday).
_WELSH_MONTH = re.compile(
    rf"(?<=\d )(?:{'|'.join(_WELSH_MONTHS)})\b|\b(?:{'|'.join(_WELSH_MONTHS)})(?=,? (?:19|20)\d\d\b)",
    re.IGNORECASE,
)


def _english_months(text: str) -> str:
    """``text`` with its Welsh month names as English ones, character for character (see :data:`_WELSH_MONTHS`)."""
    return _WELSH_MONTH.sub(lambda m: _WELSH_MONTHS[m.group().lower()].ljust(len(m.group())), text)


#: A day-month with a two-digit year after an apostrophe, as tables and chronologies abbreviate it ("12th Mar '19").
_SHORT_YEAR = re.compile(
    r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
    r"['’‘](?P<y>\d\d)\b",
    re.IGNORECASE,
)


def _full_years(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with each "12th Mar '19" as a day-first numeric date of 20xx ("12/3/2019"), padded to the same
    length (so offsets stay valid), and the spans rewritten."""
    spans: list[tuple[int, int]] = []

    def numeric(m: re.Match[str]) -> str:
        spans.append(m.span())
        month = _MONTHS.index(m.group("m")[:3].lower()) + 1
        return f"{int(m.group('d'))}/{month}/20{m.group('y')}".ljust(len(m.group()))

    return _SHORT_YEAR.sub(numeric, text), spans


def find_dates(text: str, *, default_year: int | None = None) -> list[FoundDate]:
    """:func:`dhr.dates.find_dates`, reading Welsh month names and "12th Mar '19" too (each date's text as
    printed)."""
    short = _SHORT_YEAR.search(text) is not None
    if not _WELSH_MONTH.search(text) and not short:
        return _dates.find_dates(text, default_year=default_year)
    read, spans = _full_years(_english_months(text)) if short else (_english_months(text), [])
    found = _dates.find_dates(read, default_year=default_year)
    # a rewritten date ends where the printed one does
    ends = {start: end for start, end in spans}
    found = [replace(d, end=ends[d.start]) if d.start in ends else d for d in found]
    return [replace(d, text=text[d.start : d.end]) for d in found]


#: A day-month-year written out or day-first ("3 November 2020", "the 3rd of November 2020", "03/11/2020"):
#: where a later day alone finds its month and year.
_FULL_DAY = re.compile(
    r"\b(?P<d>[0-3]?\d)\s?(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"\.?,?\s+(?P<y>(?:19|20)\d\d)\b|\b(?P<d2>[0-3]?\d)[/.](?P<m2>[01]?\d)[/.](?P<y2>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: A day alone after a preposition, the clause ending after it ("in the early hours of the 4th,", "on the
#: 12th."): not "the 4th floor", "the 2nd of May" (a full date), "the 21st century".
_DAY_ALONE = re.compile(
    r"\b(?:on|of|by|until|from|during)\s+the\s+(?P<d>[0-3]?\d)\s?(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)]|$))",
    re.IGNORECASE,
)

#: (year, month, day) of a full day-date.
Day = tuple[int, int, int]


def last_full_day(sentence: str, before: Day | None) -> Day | None:
    """The latest full day-date the sentence prints (text order), else ``before``: a later day alone's month."""
    found = before
    for m in _FULL_DAY.finditer(sentence):
        if m.group("d"):
            day, month, year = (
                int(m.group("d")),
                _MONTHS.index(m.group("m").lower()[:3]) + 1,
                int(m.group("y")),
            )
        else:
            day, month, year = int(m.group("d2")), int(m.group("m2")), int(m.group("y2"))
        if 1 <= day <= 31 and 1 <= month <= 12:
            found = (year, month, day)
    return found


def sentence_dates(
    sentence: str,
    last_year: int | None,
    last_day: Day | None = None,
    month_years: dict[int, int] | None = None,
) -> list[FoundDate]:
    """The sentence's dates (:func:`dhr.dates.find_dates`), a day-month before the sentence's first full date
    taking that date's year, and a day alone taking the month of ``last_day`` (the latest full date before).

    ``month_years``: month -> year of the months the title page printed with a year ("the death of 'N' in August
    2023"), for a report's text before it prints a year of its own: "N died on 19 August" is that August, not
    the year of the title page's last date (the report's own, "3rd April 2025")."""
    found = find_dates(sentence, default_year=last_year)
    anchor = next((d for d in found if d.precision == "day" and not d.inferred_year), None)
    if anchor is None and month_years:
        found = [_month_year(d, month_years) for d in found]
    if anchor is not None and anchor.year != last_year:
        # (read again with the anchor's year: without a default, a day-month before it was dropped)
        again = find_dates(sentence, default_year=anchor.year)
        if any(d.inferred_year and d.start < anchor.start for d in again):
            found = [_forward(d, anchor) for d in again]
    elif last_day is not None and last_day[0] == last_year:
        found = [_rolled(d, found, last_day) for d in found]
    if last_day is not None and not found:
        found = _days_alone(sentence, last_day)
    return found


def _month_year(date: FoundDate, month_years: dict[int, int]) -> FoundDate:
    """A day-month given the year the title page printed with its month (see :func:`sentence_dates`)."""
    year = month_years.get(int(date.iso[5:7])) if date.inferred_year and date.precision == "day" else None
    if year is None or year == date.year or not _valid(year, int(date.iso[5:7]), int(date.iso[8:10])):
        return date
    # (the year is printed, with the month, on the title page: no longer a guess from the dates before)
    return replace(date, iso=f"{year:04d}{date.iso[4:]}", inferred_year=False)


def _rolled(date: FoundDate, found: list[FoundDate], last_day: Day) -> FoundDate:
    """A day-month that took the year of the sentences before, where it would fall more than half a year before
    the latest full date there: the next year ("Ms A died on 28 December 2020." then "The CSP was notified on 4
    January."). Reports run forward; a look back is to a date weeks before, not to most of a year before."""
    if not date.inferred_year or any(d.start < date.start and not d.inferred_year for d in found):
        return date
    year, month, day = last_day
    months_back = (month - int(date.iso[5:7])) + (day - int(date.iso[8:10])) / 31
    if months_back <= 6:
        return date
    return replace(date, iso=f"{date.year + 1:04d}{date.iso[4:]}")


def _forward(date: FoundDate, anchor: FoundDate) -> FoundDate:
    """A day-month before ``anchor`` given the anchor's year; a step back a year where it would fall after it."""
    if not date.inferred_year or date.start >= anchor.start or date.iso <= anchor.iso:
        return date
    return replace(date, iso=f"{date.year - 1:04d}{date.iso[4:]}")


def _days_alone(sentence: str, last_day: Day) -> list[FoundDate]:
    """Each day written alone ("the 4th"), in the month of ``last_day`` (the next month where the day is earlier
    than that date's: "30 October ... the 2nd" is 2 November)."""
    year, month, day = last_day
    out: list[FoundDate] = []
    for m in _DAY_ALONE.finditer(sentence):
        d = int(m.group("d"))
        if not 1 <= d <= 31:
            continue
        y, mo = (year, month) if d >= day else (year + (month == 12), month % 12 + 1)
        iso = f"{y:04d}-{mo:02d}-{d:02d}"
        if _valid(y, mo, d):
            out.append(FoundDate(m.start("d"), m.end(), sentence[m.start("d") : m.end()], iso, "day", True))
    return out


def _valid(year: int, month: int, day: int) -> bool:
    import calendar

    return day <= calendar.monthrange(year, month)[1]
