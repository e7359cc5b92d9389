"""Labelled fields of title pages and summary tables: a date is the value of the label before it.

Reports give their key dates as fields ("Date of incident: 02/04/2018 Date of death: 06/04/2018", "Date of first
panel: ... Date of final panel: ... Date of report: ...") or as a flattened table whose header row comes before
its values ("Date of death | Date CSP notified | Date DHR commissioned | 29/01/2020 | 05/02/2020 | 26/02/2020").
The nearest-cue reading (:mod:`extraction.timeline_read`) lets a label after a date take it ("... 02/04/2018
Date of death: ..."); here each date takes the label written for it, so the field's own words decide:
a label that names a stage gives the date that stage, one that names something else (an incident, the final
panel, the review period, a birth) gives it none. Labels that name no stage or not clearly (a bare "Date:", a
publication stamp) are left to the other rules.
"""

from __future__ import annotations

import re
from typing import Literal

from dhr.dates import FoundDate
from dhr.schema import TimelineEventId
from extraction.timeline_dates import find_dates
from extraction.timeline_read import _Candidate, _lower, _occurrences
from extraction.timeline_scope import (
    not_a_report_title,
    other_document_title,
    page_byline,
    unreported_long_line,
)

#: What a field label says its date is: a stage, "other" (no stage), or None (left to the other rules).
Reading = TimelineEventId | Literal["other", "incident"] | None

#: The label's words, in order of precedence (a "CSP notified of death" field is the notification's, not the
#: death's; "Date of final panel" is no first panel).
_LABELS: list[tuple[TimelineEventId | Literal["other", "incident"], re.Pattern[str]]] = [
    (
        "home_office_notified",
        re.compile(
            r"\bhome office (?:notified|informed|told)|\b(?:notified|informed|told) (?:to )?(?:the )?home office|"
            # "Date of partnership notification to the Home Office:", "Home Office notification:" (the
            # partnership's notice to the Home Office, not the one it received)
            r"\bhome office notification|\bnotification (?:sent )?(?:to|of) (?:the )?home office"
        ),
    ),
    ("notification", re.compile(r"\b(?:notified|informed|notification)\b")),
    ("sent_to_qap", re.compile(r"\b(?:submitted|sent)\b.*\b(?:qa|quality assurance|home office)\b")),
    ("decision_to_review", re.compile(r"\b(?:commissioned|decision to (?:review|hold|conduct|undertake))\b")),
    # ("Date of incident leading to death", "Homicide date"; the label ends with the death: not "Chair of
    # Domestic Homicide Review Panel Date:")
    ("death", re.compile(r"\b(?:death|died|homicide|murder|killing)(?: date)?$")),
    (
        "other",
        re.compile(
            r"\b(?:birth|born|d\.?o\.?b|arrest|trial|sentenc|convict|inquest|"
            r"period|final panel|last panel|presented|draft|terms of reference|letter)"
        ),
    ),
    # the incident's date is the death's unless the field beside it dates the death ("Date of incident: DATE"
    # alone is the death's; "Date of incident: DATE Date of death: DATE" is not)
    ("incident", re.compile(r"\b(?:incident|assault|attack)")),
    ("first_panel", re.compile(r"\b(?:first|initial|inaugural) (?:review )?panel\b")),
    (
        "report_completed",
        re.compile(
            r"\breport (?:date|completed|finalised|dated)\b|\bdate of (?:the )?(?:overview )?report\b|"
            r"\bdate of completion\b|\bfinal version\b"
        ),
    ),
]

#: A label and its colon right before a date ("Date of death: ", "Report date : "), back to the field before.
_LABEL_BEFORE = re.compile(r"((?:[a-z][a-z'&/()-]*\s+){0,5}[a-z][a-z'&/()-]*)\s*:\s*$")


def _label_reading(label: str) -> Reading:
    if "publi" in label:
        return None  # a publication field may be a web page's stamp: the title-page rules read it
    for event, words in _LABELS:
        if words.search(label):
            return event
    return None


def _field_labels(low: str, dates: list[FoundDate]) -> dict[int, Reading]:
    """date start -> what its label says, for dates right after "Label:" or under a flattened table's header."""
    out: dict[int, Reading] = {}
    bounds = [0, *sorted(d.end for d in dates)]
    for d in dates:
        start = max(b for b in bounds if b <= d.start)
        segment = re.split(r"[|\u2013\u2014]|\s-\s", low[start : d.start])[-1]
        m = _LABEL_BEFORE.search(segment)
        if m:
            out[d.start] = _label_reading(m.group(1))
    # a flattened table: a run of label cells, then as many cells each holding one date, in the same order
    cells: list[tuple[int, int]] = []
    pos = 0
    for part in low.split("|"):
        cells.append((pos, pos + len(part)))
        pos += len(part) + 1
    for i in range(len(cells)):
        labels = []
        j = i
        while (
            j < len(cells)
            and not re.search(r"\d", low[cells[j][0] : cells[j][1]])
            and low[cells[j][0] : cells[j][1]].strip()
        ):
            labels.append(low[cells[j][0] : cells[j][1]].strip())
            j += 1
        if len(labels) < 2 or j + len(labels) > len(cells):
            continue
        values = cells[j : j + len(labels)]
        in_cells = [[d for d in dates if s <= d.start and d.end <= e] for s, e in values]
        if all(
            len(ds) == 1 and not low[s:e].replace(low[ds[0].start : ds[0].end], "").strip()
            for ds, (s, e) in zip(in_cells, values, strict=True)
        ):
            for label, ds in zip(labels, in_cells, strict=True):
                out[ds[0].start] = _label_reading(label)
            break
    return out


def _cell(low: str, date: FoundDate) -> str:
    """The "|"-separated cell the date is in (the whole line if it has none): a "Review period:" cell beside
    "Report date:" says nothing of the report's date."""
    end = low.find("|", date.end)
    return low[low.rfind("|", 0, date.start) + 1 : end if end >= 0 else len(low)]


def _not_the_report(low: str) -> bool:
    return bool(
        not_a_report_title(low) or unreported_long_line(low) or page_byline(low) or other_document_title(low)
    )


def field_readings(
    sentence: str, found: list[_Candidate], page: int, position: int, default_year: int | None
) -> list[_Candidate]:
    """``found`` (the other rules' readings of a title-like line) with each labelled date read as its label says:
    another reading of it dropped, and its stage added where no rule read it. (Candidates are matched by their
    date's ISO form: the title-page rules find dates in the lines before as well.)"""
    if ":" not in sentence and sentence.count("|") < 3:
        return found
    dates = _occurrences(find_dates(sentence, default_year=default_year))
    low = _lower(sentence)
    by_start = _field_labels(low, dates)
    beside_death = "death" in by_start.values()
    labels = {
        d.iso: ("other" if beside_death else None) if event == "incident" else event
        for d in dates
        if (event := by_start.get(d.start))
    }
    if not labels:
        return found
    out = [c for c in found if labels.get(c.date.iso) in (None, c.event)]
    for d in dates:
        event = labels.get(d.iso)
        if event in (None, "other") or any(c.date.iso == d.iso and c.event == event for c in out):
            continue
        if event == "report_completed" and _not_the_report(_cell(low, d)):
            continue  # "Cabinet Report Date: ...": a committee paper's or a web page's date
        out.append(_Candidate(event, d, sentence, page, 2.0, position))  # type: ignore[arg-type]
    return out
