"""The title-page and listing-line regexes of the timeline extractor (:mod:`extraction.timeline`).

Moved out of :mod:`extraction.timeline_cues` (the sentence cue tables) so each module stays small: the words
around a title page's own date (author, chair, version, "Date:", "Updated"), a title naming the death, a life
span, a version-history table, a listing line that does not say which event its date is, and a review named by
one name before a date; the panel-meeting lists, tables and their headings. Every regex is matched on lowercased text unless it says otherwise.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from dhr.dates import FoundDate
from extraction.timeline_cues import _MONTH

#: On a title page, the words around the report's own date: who wrote it, which version, "Date:".
_TITLE_ROLE = re.compile(
    r"\b(?:author|chair|chairs|chairperson|produced by|prepared by|written by|reviewer|version|final|date|"
    r"dated|completed|completion)\b"
)
#: A word of a signature's role (a one-line signature: see SIGNED_DATE_LINE).
_SIGNATURE = re.compile(r"\b(?:chair|chairperson|author|reviewer)\b")
#: A signature's role at a report's close ("Independent Chair and Author", "Overview Author"): a bare day-date
#: printed right under it (or after it on its line) is the day the author signed the finished report off (a bare
#: "Month Year" there is its month, as under a title page's author).
_ROLE = (
    r"(?:independent )?(?:overview )?(?:report )?(?:chair(?:person)?(?: and (?:overview |report )?author)?|"
    r"author(?: and chair)?|reviewer)(?: of the review| of the dhr)?"
)
#: (the role ending its line, under or after the signer's name: "Kim Lee / Independent Author")
SIGNER_ROLE = re.compile(rf"(?:^|[\s,])(?:the )?{_ROLE}\s*$")
#: A line holding a date (a day or a month) and at most a "Date:" label (the signature's date line), or a whole
#: signature on one line: a name, the role and the date ("Dr A Sandhu Independent Chair and Author 14th December 2020").
SIGNED_DATE_LINE = re.compile(
    rf"^(?:(?:(?:dr|mr|mrs|ms|miss|prof)\.? )?(?:[a-z][\w.'’-]*,? ){{1,4}}?{_ROLE}\s*[,–-]?\s*)?"
    r"(?:dated?\s*[:–-]?\s*)?"
    # (or a month: "A Khan / Independent Author / May 2022", as a title page's author over "May 2016")
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?{_MONTH}\.?,?\s+(?:19|20)\d\d|\d{{1,2}}[/.]\d{{1,2}}[/.](?:19|20)?\d\d)"
    r"\s*\.?$"
)
#: A later version named on the title page ("... August 2021 / Updated May 2022") outweighs the first date.
_TITLE_REVISED = re.compile(r"\b(?:updated|revised|amended|reissued)\b")
#: A title naming the death with its date right after the name: "Arising from the death of “Mrs J”, December
#: 2015", "Review into the death of 'Neil' – December 2020" (not "the death of Mrs B Approved for publication in
#: June 2014": words of the report's own history in between). Ends where the date begins.
_TITLE_DEATH = re.compile(
    r"\b(?:death|deaths|murder|killing|homicide) of\s+(?:(?!publi|approv|report|review|produced|author|chair|final|"
    # (nor across the partnership's name: "the death of Tina Safer Peterborough Partnership April 2017")
    r"partnership|council\b|csp\b|community safety|"
    r"version|dated?\b|updated|complet|draft|presented|executive|overview)[^|\d.;:()]|"
    # (a short aside with no year: "the death of Mr G (aged 67) in Stockport, March 2018")
    r"\((?![^()]*\d{4})[^()|]{1,20}\)){1,40}?[\s,–—-]*"
    rf"(?=(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}\s+(?:19|20)\d\d|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})"
)
_ACTION_PLAN = re.compile(r"\baction plan\b")
#: A title or listing line naming a letter ("Letter from the Home Office QA Panel dated 4 June 2019"): its date
#: is the letter's (the team labels it `other`), not the report's.
_LETTER_LINE = re.compile(r"\bletters?\b")
#: "Emma 1972 - 2014" on a title page: the years of a life; the second is the year of the death.
_LIFESPAN = re.compile(r"\b((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\b")
#: "Gloucestershire, 2022" ending a title page: a year after a comma or dash (a bare "Review 2019" may be the
#: year of the death as well as of the report).
_TRAILING_YEAR = re.compile(r"(?:^|[,:–—-]\s*)((?:19[5-9]|20[0-4])\d)\s*$")

#: A procedure's title page ("Process for requesting a Domestic Homicide Review ... Final 25 February 2016"):
#: its date is not a review's report date.
_PROCESS_DOCUMENT = re.compile(
    r"\b(?:process|procedure|protocol|policy|guidance|toolkit|terms of reference) (?:for|on)\b"
)
#: A version-history table flattened into a line: more than one version, or the "Version date" column head.
_VERSION_TABLE = re.compile(r"\bversion (?:date|history|control)\b|\bversion\s*\d[^|]{0,40}?\bversion\s*\d")
#: A review's name and a date with nothing else on the line ("Domestic homicide review - May 2019"): a listing
#: that does not say which event the date is (the team labels it `other`).
_LISTED_REVIEW = re.compile(
    r"^\W*(?:(?:domestic homicide|domestic abuse related death) reviews?|dhr|dardr)\s*[:–—-]\s*$"
)
_FILE_MARK = re.compile(r"\((?:pdf|docx?|word|odt)\b|\b\d+(?:\.\d+)?\s?[km]b\b")
_SAYS_WHICH = re.compile(
    r"\b(?:published|publication|final|completed?|updated|revised|dated?|author|chair|died|death of|approved|"
    r"uploaded|version|report produced)\b"
)
_ROW_BREAK = re.compile(r"\bv(?:ersion)?\s*\d")


def unsaid_title_dates(text: str, dates: list[FoundDate], offset: int) -> set[int]:
    """Starts of the title-page dates that date no report: a bare listing line (see :data:`_LISTED_REVIEW`), or
    a row of a version history whose own words call it a draft ("Version 3 | 12/03/2019 | final draft"; the team
    labels a draft's date `other`, the final version's the report's). ``text[offset:]`` is the line itself.

    Line-wide facts are read once and each date's row is found by bisection, so a long flattened table stays
    linear (a date at a time over the whole line was quadratic)."""
    if not dates:
        return set()
    low = text.lower()
    by_start = sorted(dates, key=lambda d: d.start)
    starts = [d.start for d in by_start]
    ends = sorted(d.end for d in dates)
    breaks = [m.start() for m in _ROW_BREAK.finditer(low, offset)]
    versions = bool(_VERSION_TABLE.search(low, offset))
    # a version history whose last row has no date ("... / Version1 25/03/14 / Version 2"): the final version's
    # date is not on the line, and an earlier version's date is not the report's
    if versions and breaks and breaks[-1] > ends[-1]:
        return {d.start for d in dates}
    file_mark = bool(_FILE_MARK.search(low, offset))
    out: set[int] = set()
    for date in dates:
        if _LISTED_REVIEW.match(low[offset : date.start]) and not low[date.end :].strip(" .)|"):
            out.add(date.start)
            continue
        # a download link's line ("Domestic Homicide Review: Mr C, September 2020 (PDF, 450KB)") with no word
        # before the date to say which event it is
        if file_mark and not _SAYS_WHICH.search(low, offset, date.start):
            out.add(date.start)
            continue
        # the row: from the previous date (or the line's start) to the next date or the next "Version N"
        before = bisect_right(ends, date.start)
        row_start = max(offset, ends[before - 1]) if before else offset
        # (and from this row's own "vN": "v1.0 12.01.2019 (panel draft); v2.0 03.04.2019 (final)")
        own_break = bisect_right(breaks, date.start)
        if own_break:
            row_start = max(row_start, breaks[own_break - 1])
        following = bisect_left(starts, date.end)
        row_end = starts[following] if following < len(starts) else len(low)
        next_break = bisect_left(breaks, date.end)
        if next_break < len(breaks):
            row_end = min(row_end, breaks[next_break])
        if re.search(r"\bdraft\b", low[row_start:row_end]):
            out.add(date.start)
    return out


#: A review named by one name (quoted, or a single word) right before a date: "Review 'Scott' October 2015",
#: "Review Dorothy/April 2018" (not "Review Executive Summary March 2016", nor an author's full name).
_NAMED_REVIEW = re.compile(
    r"\b(?:review|dhr|dardr|report|summary)(?: (?:in the case of|case of|regarding|concerning|re:?))?"
    r"(?:\s*[:–-]?\s*(?:overview report|executive summary))?\s*[:–-]?\s*"
    # a pseudonym of initials ("Adult B", "Mrs A", "Ms X") is a name like "'Scott'"
    r"(?P<name>['‘’\"“”?][a-z][\w -]{0,20}['‘’\"“”?]|(?:adult|mrs|mr|ms|miss|female|male|subject)\s+[a-z]\d?|(?!(?:final|report|draft|summary|version|overview|executive|published|"
    r"updated|uploaded|released|publication|dated|completed|date|author|chair|panel|and|of|the|into)\b)[a-z][\w-]*)\s*[/,–-]?\s*$"
)


# ---- panel-meeting lists and tables (read by extraction.timeline._panel_list and its loop)

MONTH_NAME = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
#: Months listed with one year at the end ("April, June, September and November 2021"): each is in that year.
MONTH_LIST = re.compile(
    rf"\s*(?P<first>{MONTH_NAME})(?:\s*,\s*(?:and\s+)?{MONTH_NAME}|\s+and\s+{MONTH_NAME})+\s+"
    r"(?P<year>(?:19|20)\d\d)\b"
)
MONTH_NUMBER = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
#: A heading over a table or list of panel meetings ("2.3 Panel meetings", "Dates of review panel meetings:"):
#: the first dated row under it is the first meeting.
PANEL_HEADING = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:the )?dates? of (?:the )?)?(?:review |dhr |dardr )?panel meetings?"
    r"(?: (?:dates|held))?\s*:?\s*$"
)
