"""Target dates of action-plan actions: the cell as printed -> an ISO date, or nothing when it is not a date.

A Target Date cell holds more than dates: "Ongoing", "Complete", "TBC", "6 months", "Within 3 months of
publication", "Q3 2017/18", "April 2018 - review quarterly", "End of March 2018", "31/03/2018". The rule is
never to report a wrong date: what is not a calendar date stays text only (the action keeps the cell as
``target_date_text``; ``target_date`` is null).

Every shape is read by :mod:`dhr.dates_deadline` (``find_deadlines(cell)``, UK day-first; a month or season
with no year by ``yearless_deadlines``); this module only decides which of a cell's dates is the target and
counts durations. The conventions (a deadline is the END of
the period it names, at the precision that is certain; what could fall in two years stays text), in full in
``dhr.dates_deadline.DEADLINE_CONVENTIONS`` and ``CELL_SHAPES``:

* A date at day, month or year precision as printed; with several, a revised one over the one it replaced
  ("Revised to October 2019 (was December 2019)" -> October), a planned one over the day it was done
  ("Target: March 2019. Completed: May 2019" -> March), else the latest ("March 2021 (reviewed June 2021)" ->
  June). Shapes that narrative reading misreads ("3rd quarter 2019/20", "31-Mar-2019", "Apr 19 - Jun 19",
  "academic year 2019/20") are read as the cell shapes say. A month with a two-digit year is a month
  ("Mar-18", "Dec 17", "March '18" -> 2018-03, 2017-12): in a target cell "Dec 17" is December 2017, not the
  17th of an unknown year.
* A quarter of a financial year written with its two years ("Q3 2017/18", "Q3 17/18", "Quarter 1 2018-19":
  public-sector years run April to March) is the last month of that quarter (Q3 2017/18 -> 2017-12, Q4
  2017/18 -> 2018-03). A quarter with one year ("Q3 2018") may be the calendar's or the financial year's: Q1-Q3
  fall in that year either way, so they give the year (2018); Q4 is October-December of it or January-March of
  the next, so it stays text.
* A financial year ("2019/20", "FY 2019-20") is its last month, March of its second year (2020-03), like its
  fourth quarter. Two full years with no "FY" ("2017-2018") may be two calendar years: the end year (2018).
* A season gives its year ("Spring 2020" -> 2020: every reading of spring falls in 2020); "Winter 2019/20" ->
  2020; "Winter 2019" (December 2019 to February 2020, or the start of 2019) stays text.
* A day or month without its year ("w/c 3 June", "end of June", "September") stays text unless the caller
  passes the plan's date (``after``, e.g. the report's date): then it is the first such day or month on or
  after that date (a plan dated April 2019 sets "end of June" -> 2019-06, "March" -> 2020-03). "By end of
  financial year" is then the March that ends the plan date's financial year. A plan known only by its year
  (``default_year``) gives that year, with no roll-over.
* A duration with no anchor ("6 months", "within 12 weeks") is not a date: the publication or approval it
  counts from is not in the cell, so it stays text. With its anchor written in the cell ("6 months from
  March 2018", "within 3 months of publication (May 2019)") it is the anchor moved on by the duration, at the
  anchor's precision (a count of weeks needs a day).
* A date heading a progress note in the cell ("Update (June 2021): completed") is when the note was written, never
  the target: the cell's other dates compete as above, and a cell with only such a date has none.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from dhr.dates import MONTH_NAMES, FoundDate, add_months, find_dates
from dhr.dates_deadline import find_deadlines, yearless_deadlines
from dhr.schema import DatePrecision
from extraction.document import Document


@dataclass(frozen=True, slots=True)
class TargetDate:
    """A target date as read from a cell: ISO at the precision printed, and the words it came from."""

    iso: str
    precision: DatePrecision
    text: str


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


def target_dates(
    cell: str | None, *, default_year: int | None = None, after: str | None = None
) -> list[TargetDate]:
    """Every target date in a cell, in order (quarters, financial years and seasons included); [] when the cell
    holds none. ``after`` (the plan's date, ISO at any precision) or ``default_year`` dates a day or month
    written without its year ("w/c 3 June", "end of June"); without either such a day stays text."""
    if not cell:
        return []
    cell = _spelled(cell)
    ref = _reference(after, default_year)
    found = find_deadlines(cell, default_year=ref[0] if ref else None)
    # A year inferred from another date in the same text ("By 2 March 2019 and 5 March") is kept as read when
    # there is no plan date to roll it over from.
    out = [_rolled(f, ref) if f.inferred_year and ref is not None else _from_found(f) for f in found]
    if not out and ref is not None:
        out = [_from_found(f) for f in yearless_deadlines(cell, *ref)]
    return out


#: "Qtr 3", "Qtr. 3": a quarter abbreviated; "1st Qtr": a worded one.
_QTR = re.compile(r"\bqtr\.?\s*(?=[1-4]\b)", re.IGNORECASE)
_QTR_AFTER = re.compile(r"\b(1st|2nd|3rd|4th|first|second|third|fourth)\s+qtr\b\.?", re.IGNORECASE)
#: "Dec '22 / Jan '23": two months with their two-digit years either side of a slash (a choice of two months,
#: read as a span is: the later), not the 22nd of January.
_MONTHS_SLASH = re.compile(rf"(\b{MONTH_NAMES}\.?\s*['’]?\d\d)\s*/\s*(?={MONTH_NAMES}\b)", re.IGNORECASE)


#: "Phase 1 March 2019", "Stage 2 June 2020": a numbered step's label before a month, whose number is not the day
#: (read as one, "Phase 1 March 2019" is 1 March 2019: a wrong date).
_LABEL_NUMBER = re.compile(
    rf"\b((?:phase|stage|step|part|tranche|wave|priority|rec(?:ommendation)?)\s+\d{{1,2}})\s+(?={MONTH_NAMES}\b)",
    re.IGNORECASE,
)


def _spelled(cell: str) -> str:
    """The cell with shapes the deadline reader does not know written as ones it does: "Qtr 3" -> "Q3", "1st
    Qtr" -> "1st quarter", "Phase 1 March 2019" -> "Phase 1: March 2019", "Dec '22 / Jan '23" -> "Dec '22 - Jan
    '23" (left as printed, the financial year alone would be read, or a day of the second month or of the
    step's number: a wrong date)."""
    cell = _QTR_AFTER.sub(lambda m: f"{m.group(1)} quarter", cell)
    cell = _QTR.sub("Q", cell)
    cell = _LABEL_NUMBER.sub(r"\1: ", cell)
    return _MONTHS_SLASH.sub(lambda m: f"{m.group(1)} - ", cell)


def _reference(after: str | None, default_year: int | None) -> tuple[int, int | None] | None:
    """(year, month or None) of the plan's date; month None when only the year is known (no roll-over)."""
    if after and re.fullmatch(r"\d{4}(?:-\d\d){0,2}", after):
        return int(after[:4]), int(after[5:7]) if len(after) >= 7 else None
    return (default_year, None) if default_year else None


def _rolled(found: FoundDate, ref: tuple[int, int | None]) -> TargetDate:
    """A day dated with the plan's year, moved to the next year when it falls before the plan's month."""
    iso = found.iso
    if ref[1] is not None and int(iso[5:7]) < ref[1]:
        iso = f"{int(iso[:4]) + 1:04d}{iso[4:]}"
        if iso[5:] == "02-29" and not calendar.isleap(int(iso[:4])):
            iso = iso[:8] + "28"
    return TargetDate(iso, found.precision, found.text)


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


def target_date(
    cell: str | None, *, default_year: int | None = None, after: str | None = None
) -> TargetDate | None:
    """The date a Target Date cell sets, or None when it sets none ("Ongoing", "6 months", "TBC").

    With several dates the latest is the target ("March 2021 (reviewed June 2021)", "April 2018 - March 2019").
    """
    if not cell:
        return None
    cell = _spelled(cell)
    anchored, counts_from = _anchored(cell)
    if anchored is not None:
        return anchored
    if counts_from:
        # "within 6 months of publication (reviewed March 2018)": the dates in the cell are not the target
        before = target_dates(cell[: _DURATION_FROM.search(cell).start()])  # type: ignore[union-attr]
        return max(before, key=lambda t: t.iso) if before else None
    found = target_dates(cell, default_year=default_year, after=after)
    if not found:
        return None
    return _current(cell, found)


# ------------------------------------------------------------------------- which of a cell's dates is the target

#: Words before a date that make it the target now: "Revised to October 2019", "extended to", "new date:".
_REVISED_BEFORE = re.compile(
    r"\b(?:revised|revision|extended|extension|moved|deferred|postponed|put back|pushed back|brought forward|slipped|delayed|"
    r"rescheduled|re-?set|amended|changed|updated|new(?:\s+(?:target|date|deadline|timescale))?|now)\b"
    r"(?:\s+(?:target|date|deadline|timescale|completion))*(?:\s+(?:to|until|till|for|as|date|on|by|in))?"
    r"[\s:,(\-–]*$",
    re.IGNORECASE,
)
#: After a date: "Mar 2020 (revised)", "October 2019 - new date".
_REVISED_AFTER = re.compile(
    r"^[\s,(\-–]*(?:revised|new|extended|amended|rescheduled|updated)\b", re.IGNORECASE
)
#: Before a date that is no longer the target: "(was December 2019)", "Original: 30/06/2019", "moved from".
_OLD_BEFORE = re.compile(
    r"(?:\b(?:was|were|originally|original|previously|previous|initially|initial|old|first)\b"
    r"(?:\s+(?:target|date|deadline|timescale|completion))*(?:\s+(?:of|for|by|set\s+(?:for|as)|due))?|"
    r"\b(?:moved|deferred|postponed|changed|extended|rescheduled|put back|pushed back|brought forward|revised|"
    r"slipped|delayed)"
    r"\s+from)[\s:,(\-–]*$",
    re.IGNORECASE,
)
_OLD_AFTER = re.compile(r"^[\s,(\-–]*(?:original|originally|initial|old|previous)\b", re.IGNORECASE)
#: Before a date that tells when the action was done, not its deadline: "Completed: May 2019".
_DONE_BEFORE = re.compile(
    r"\b(?:completed?|achieved|done|closed|signed off|delivered|implemented|finished|in place|met|actual(?:ly)?)\b"
    r"(?:\s+(?:on|in|by|at|date))?[\s:,(\-–]*$",
    re.IGNORECASE,
)
#: A cell whose target now is no date ("TBC (originally March 2019)", "Ongoing - was December 2019").
_NO_DATE_NOW = re.compile(
    r"\b(?:tbc|tbd|tba|to be (?:confirmed|agreed|decided)|ongoing|on hold|paused|suspended|postponed|"
    r"deferred|not yet (?:set|agreed))\b",
    re.IGNORECASE,
)


#: A date that heads a progress note in the cell, not a target: "Update (June 2021):", "Progress update 30/06/2021
#: -", "Position as at June 2021:". The label's word before it and the colon or dash after it say the date is when
#: the note was written ("December 2020. Update (June 2021): moved to March 2022" -> March 2022; "September 2020.
#: Update (June 2021): completed" -> September 2020). "Updated to March 2022" (no colon after) is a revised date.
_NOTE_BEFORE = re.compile(
    r"\b(?:update[ds]?|progress(?:\s+update)?|position|status|note|comment|as\s+(?:at|of))"
    r"(?:\s+(?:as\s+)?(?:at|of|on))?[\s(]*$",
    re.IGNORECASE,
)
_NOTE_AFTER = re.compile(r"^\s*\)?\s*(?::|[-–]\s)")


def _is_note(cell: str, date: TargetDate, start: int) -> bool:
    """Whether ``date`` (found at ``start`` in ``cell``) is the date a progress note is headed with."""
    if start < 0:
        return False
    end = start + len(date.text)
    return bool(
        _NOTE_BEFORE.search(cell[max(0, start - 30) : start]) and _NOTE_AFTER.match(cell[end : end + 6])
    )


def _current(cell: str, found: list[TargetDate]) -> TargetDate | None:
    """The target among a cell's dates: a revised date over the one it replaces ("Revised to October 2019 (was
    December 2019)", "Original: 30/06/2019 Revised: 31/12/2019"); a planned date over the date the action was
    done ("Target: March 2019. Completed: May 2019"); else the latest (a range's end, "April 2018 - March 2019").
    A cell whose only dates are replaced ones under a word that sets none ("TBC (originally March 2019)") has
    no target date: the old date is no longer the target."""
    cell, kinds = _kinds(cell, found)
    if not kinds:
        return None  # only a note's date: when the note was written
    if len(kinds) == 1:
        one = kinds[0][1]
        at = cell.find(one.text)
        if at >= 0 and _OLD_BEFORE.search(cell[max(0, at - 40) : at]) and _NO_DATE_NOW.search(cell):
            return None
        return one
    for kind in ("revised", "plain", "done"):
        if of_kind := [date for k, date in kinds if k == kind]:
            return max(of_kind, key=lambda t: t.iso)
    old = [date for _, date in kinds]
    return None if _NO_DATE_NOW.search(cell) else max(old, key=lambda t: t.iso)


def _kinds(cell: str, found: list[TargetDate]) -> tuple[str, list[tuple[str, TargetDate]]]:
    """Each of a cell's dates (but a note's, :func:`_is_note`, left out and blanked in the cell returned) with what
    it is: "revised", "old" (replaced), "done" (when the action was done) or "plain"."""
    notes = [k for k, date in enumerate(found) if _is_note(cell, date, _position(cell, found, k))]
    if notes:
        # a note's date is when it was written: the cell's other dates (if any) are the target
        cell = _blank(cell, [(found[k], _position(cell, found, k)) for k in notes])
        found = [date for k, date in enumerate(found) if k not in notes]
    if len(found) == 1:
        return cell, [("plain", found[0])]
    kinds: list[tuple[str, TargetDate]] = []
    at = 0
    for k, date in enumerate(found):
        start = cell.find(date.text, at)
        if start < 0:
            kinds.append(("plain", date))
            continue
        end = start + len(date.text)
        nxt = cell.find(found[k + 1].text, end) if k + 1 < len(found) else -1
        before = cell[max(at, start - 40) : start]
        after = cell[end : nxt if nxt >= 0 else len(cell)][:30]
        at = end
        if _OLD_BEFORE.search(before) or _OLD_AFTER.match(after):
            kinds.append(("old", date))
        elif _REVISED_BEFORE.search(before) or _REVISED_AFTER.match(after):
            kinds.append(("revised", date))
        elif _DONE_BEFORE.search(before):
            kinds.append(("done", date))
        else:
            kinds.append(("plain", date))
    return cell, kinds


def one_target_each(cell: str, found: list[TargetDate]) -> bool:
    """Whether ``found`` (:func:`target_dates` of ``cell``) are all targets as printed, none a note's, a replaced,
    a revised or a done date: only then can each date be one action's ("March 2019 (revised to June 2019)" beside
    two actions is one target, June, for both)."""
    _, kinds = _kinds(_spelled(cell), found)
    return len(kinds) == len(found) and all(kind == "plain" for kind, _ in kinds)


def _position(cell: str, found: list[TargetDate], k: int) -> int:
    """Where the ``k``-th of ``found`` (read in order from ``cell``) starts in it; -1 when not found as written."""
    at = 0
    for date in found[: k + 1]:
        start = cell.find(date.text, at)
        if start < 0:
            return -1
        at = start + len(date.text)
    return start


def _blank(cell: str, dates: list[tuple[TargetDate, int]]) -> str:
    """``cell`` with the given dates (each at its start) written over by spaces, the rest where it was."""
    for date, start in dates:
        cell = cell[:start] + " " * len(date.text) + cell[start + len(date.text) :]
    return cell


# --------------------------------------------------------------------------------- a deadline in an action's text

#: Words just before a date that make it the action's deadline: "by September 2019", "no later than 31 January
#: 2020", "before the end of December 2019", "to be completed by Q4 2019/20". Not "on", "in", "following" or
#: "from": those date an event or a start ("Following the panel meeting on 12 March 2019").
_DEADLINE_CUE = re.compile(
    r"\b(?:by|before|no\s+later\s+than|not\s+later\s+than|until|till|deadline(?:\s+of)?|due(?:\s+(?:by|in))?|"
    r"target(?:\s+date)?(?:\s+of)?)[\s:]+(?:the\s+)?(?:(?:end|close|beginning|start)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


#: A clause about the subject's history, from its start (a comma or bracket) up to the date: a body that "took
#: over" / "took on" / "replaced" / "succeeded" / "will succeed" another, was "formed" / "created" / "merged" /
#: "renamed", or is named "(formerly ...)"; or a former name with its end, "<Name> until 2019".
_HISTORY_CLAUSE = re.compile(
    r"(?:\b(?:took\s+(?:over|on)|taken\s+(?:over|on)|tak(?:es|ing)\s+(?:over|on)|replac(?:ed|es|ing)|"
    r"succeed(?:ed|s|ing)?|formed|created|established|set\s+up|merged|became|renamed|formerly|previously|"
    r"known\s+as)\b[^,;()]*|[A-Z][\w&'’)-]*\s+until\s+)$"
)
_BY_DATE = re.compile(
    r"\b(?:by|before|no\s+later\s+than|not\s+later\s+than)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I
)
#: The recommendation's ask after that clause: ", should ensure", ", to train", ") to ensure", " must review".
_ASK_AFTER = re.compile(
    r"[^.;:!?]*?(?:[,)]\s*(?:to|should|must|shall|will|is\s+to|are\s+to)|\s(?:should|must|shall|is\s+to|are\s+to|"
    r"needs?\s+to))\s+[a-z]"
)


def in_history_clause(text: str, start: int, end: int) -> bool:
    """True when the date at ``text[start:end]`` dates the subject's history, not the ask: it sits in a clause
    (after a comma or bracket) that says how the body came to be ("NHS X ICB, which took over from Y CCG in July
    2022, to ensure ...", "Z Housing, formed in 2022 from A and B, to train ...", "(X CCG until 2020 and then Y
    CCG) to ensure ...") and the recommendation's ask comes after it. A year there is no target date."""
    before = text[max(0, start - 150) : start]
    clause = re.split(r"[,(]", before)[-1]  # from the clause's start (its comma or bracket)
    if not _HISTORY_CLAUSE.search(clause) or _BY_DATE.search(clause):
        return False  # no history word; or "set up by April 2020": a history verb with a deadline's "by"
    return _ASK_AFTER.match(text, end, min(len(text), end + 200)) is not None


def deadline_in_text(text: str | None) -> TargetDate | None:
    """The deadline an action's own text sets when its plan gives no date column ("Publish revised guidance by
    September 2019"): the latest date written right after a deadline word; None when no date is so cued (a date
    that tells when something happened, or a year naming a survey, is no deadline)."""
    if not text:
        return None
    cued: list[TargetDate] = []
    at = 0
    for date in target_dates(text):
        start = text.find(date.text, at)
        if start < 0:
            continue
        at = start + len(date.text)
        if _DEADLINE_CUE.search(text[max(0, start - 40) : start]) and not in_history_clause(text, start, at):
            cued.append(date)
    return max(cued, key=lambda t: t.iso) if cued else None


# ------------------------------------------------------------------------------------- the plan's own date

#: The plan being read (set by :func:`reading_plan`): target cells with no year are dated from its date.
_PLAN: ContextVar[PlanDate | None] = ContextVar("dhr_plan_date", default=None)
#: Words that say a line gives the report's or the plan's own date ("Final version: April 2019").
_DATE_CUES = re.compile(
    r"\b(?:final|version|dated?|published|publication|completed|agreed|approved|updated|report|plan|"
    r"submitted|signed)\b",
    re.IGNORECASE,
)


class PlanDate:
    """When a plan was written, read once and only when a target cell needs it ("end of June").

    The latest date (month or day) on the title pages and on the plan's first page outside the plan's table
    cells ("Final version: April 2019", "Agreed by the panel in May 2017"), preferring lines that say what the
    date is; with none, the year every dated target of the plan shares (no month, so no roll-over); else None:
    a yearless target then stays text.
    """

    def __init__(self, document: Document, pages: list[int], cells: set[str]) -> None:
        self._document, self._pages, self._cells = document, pages, cells
        self._value: str | None = None
        self._read = False

    def __call__(self) -> str | None:
        if not self._read:
            self._read, self._value = True, self._find()
        return self._value

    def _find(self) -> str | None:
        pages = self._document.pages
        head = {1, 2, *self._pages[:1]}
        cued: list[str] = []
        other: list[str] = []
        for page in pages:
            if page.number not in head:
                continue
            for line in page.lines:
                text = " ".join(line.text.split())
                if not text or any(text in cell for cell in self._cells):
                    continue  # a target cell of the plan itself
                for found in find_dates(text):
                    if found.precision != "year" and 1990 <= found.year <= 2045:
                        (cued if _DATE_CUES.search(text) else other).append(found.iso[:7])
        if cued or other:
            return max(cued or other)
        # the plan's own cells (its tables read again: rare, only a plan with a yearless target and no date)
        texts = [
            cell
            for number in self._pages
            if 1 <= number <= len(pages)
            for table in self._document.tables(number)
            for row in table
            for cell in row
            if cell
        ]
        years = {t.iso[:4] for text in texts for t in target_dates(text)}
        return years.pop() if len(years) == 1 else None


@contextmanager
def reading_plan(document: Document, pages: list[int], cells: set[str]) -> Iterator[None]:
    """Within the block, :func:`plan_target` dates yearless cells from this document's plan date; ``cells``
    (filled by the caller as it reads the plan's tables) are left out of the search for that date."""
    token = _PLAN.set(PlanDate(document, pages, cells))
    try:
        yield
    finally:
        _PLAN.reset(token)


def plan_target(cell: str | None) -> TargetDate | None:
    """:func:`target_date` of a cell of the plan being read (:func:`reading_plan`): a day or month written without
    its year takes it from the plan's date; outside a plan, or with no date known, such a cell stays text."""
    if cell:
        cell = _close_broken_year(cell)
    found = target_date(cell)
    if found is None and cell:
        cell = _close_broken_months(cell)
        found = target_date(cell)
    plan = _PLAN.get()
    # only a cell that a plan date would date costs the search for it ("Ongoing" does not)
    if found is not None or not cell or plan is None or target_date(cell, after="2000-06") is None:
        return found
    after = plan()
    return target_date(cell, after=after) if after else None


#: Words a narrow date column wraps ("Septem ber", "financia l year", "Immedi ate"): closed up where the join is one.
_MONTH_WORDS = {calendar.month_name[i].lower() for i in range(1, 13)} | {
    "sept", "financial", "quarter", "quarterly", "ongoing", "immediate", "immediately", "annually", "complete",
    "completed", "months", "weeks", "publication", "published", "reviewed", "beginning", "spring", "summer",
    "autumn", "winter",
}  # fmt: skip
#: A word and the space after it, the next word looked at but not taken (so that "of financia l" tries each pair).
_BROKEN_WORD = re.compile(r"\b([A-Za-z]{1,11}) (?=([a-z]{1,11})\b)")


#: A numeric date whose year a narrow cell wrapped: "30/09/201" | "7", "15.01.20" | "18".
_BROKEN_YEAR = re.compile(r"\b(\d{1,2}[/.]\d{1,2}[/.])(\d{0,3}) (\d{1,4})\b")


def _close_broken_year(cell: str) -> str:
    """Close up a numeric date's year cut by a cell's line end where the parts make a year of this or the last
    century ("30/09/201 7", "15.01.20 18"): read apart, the first part alone can be a wrong date (2020)."""

    def join(m: re.Match[str]) -> str:
        year = m.group(2) + m.group(3)
        # ("31/03/ 18": the whole year wrapped, two digits or four)
        whole = len(year) == 4 and year[:2] in ("19", "20") or (not m.group(2) and len(year) == 2)
        return m.group(1) + year if whole else m.group(0)

    cell = _BROKEN_YEAR.sub(join, cell)
    # "31.03 .25": the cell's line end fell before the year's separator (read apart, "31.03" is no date)
    cell = _BROKEN_SEPARATOR.sub(r"\1\3", cell)
    # "2018/1 9", "2019-2 0": a financial year's second year wrapped (read apart, "2018/1" is no year range)
    return _BROKEN_SECOND_YEAR.sub(
        lambda m: (
            m.group(1) + m.group(2) + m.group(3)
            if int(m.group(2) + m.group(3)) % 100 == (int(m.group(1)[:4]) + 1) % 100
            else m.group(0)
        ),
        cell,
    )


_BROKEN_SEPARATOR = re.compile(r"\b(\d{1,2}([/.])\d{1,2}) (\2(?:\d\d|(?:19|20)\d\d))\b")
_BROKEN_SECOND_YEAR = re.compile(r"\b((?:19|20)\d\d\s?[/\-–]\s?)(\d{1,3}) (\d{1,3})\b")


def _close_broken_months(cell: str) -> str:
    """ "Septembe r": a narrow column wrapped a month name (or a word of a date cell, "financia l"); closed up only
    where the join is one. "30/09/201
    7": the year of a numeric date wrapped; closed up where the two parts make a two- or four-digit year."""
    cell = _close_broken_year(cell)
    return _BROKEN_WORD.sub(
        lambda m: m.group(1) if (m.group(1) + m.group(2)).lower() in _MONTH_WORDS else m.group(0), cell
    )


#: "2024/ 25": a financial year whose line end fell after the slash.
_BROKEN_AFTER_SLASH = re.compile(r"\b((?:19|20)\d\d/) (\d\d)\b")


def closed_up(cell: str | None) -> str | None:
    """A target cell as printed, with the words and dates a narrow PDF column broke closed up ("Complet e",
    "Ongoi ng - revie wed annu ally", "30/09/201 7", "Q1 2022/2 3", "2024/ 25"): only where the join is a
    word or date of a target cell, so the DOCX and the PDF of one plan give one text."""
    if not cell:
        return cell
    return _BROKEN_AFTER_SLASH.sub(r"\1\2", _close_broken_months(cell))


__all__ = [
    "PlanDate",
    "closed_up",
    "TargetDate",
    "deadline_in_text",
    "in_history_clause",
    "one_target_each",
    "plan_target",
    "reading_plan",
    "target_date",
    "target_dates",
]
