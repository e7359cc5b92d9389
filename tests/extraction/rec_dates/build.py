"""Recommendations tables with a target-date column but no action column, as DOCX and their LibreOffice PDFs,
with a ``<name>.gold.json`` beside each (``annotations/extraction`` gold format).

Every word is written for these tests (places, people, recommendations and dates are invented). The draft action
plan keeps each date as one action whose text is the recommendation's own:

* ``recdates-01-numbered``: "No. | Recommendation | Lead agency | Target date" with "March 2017", "Ongoing",
  "Q3 2017/18", a day-first date and "6 months" (a non-date: stays text, no date).
* ``recdates-02-timescale``: the recommendations numbered in the body (Word numbering), then a
  "Recommendation | Timescale" table repeating them with their timescales.

The files are committed, so the tests need no LibreOffice. Rebuild: ``python -m tests.extraction.rec_dates.build``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from annotations.wordproc.worddoc import WordDoc
from tests.extraction.plans.build import Doc, _numbered_body, act, build_documents

HERE = Path(__file__).resolve().parent

#: (recommendation, agencies, lead cell, target cell, target ISO or None)
Row = tuple[str, list[str], str, str, str | None]

ROWS_01: list[Row] = [
    ("Brackwell Police should check that officers record every incident of controlling behaviour as a crime "
     "where the law allows.", ["police"], "Brackwell Police", "March 2017", "2017-03"),
    ("The Brackwell Safety Partnership should run a campaign telling neighbours how to report concerns about "
     "abuse.", ["community_safety_partnership"], "Brackwell Safety Partnership", "Ongoing", None),
    ("Brackwell Council housing officers should ask tenants in rent arrears about abuse at home.",
     ["housing"], "Brackwell Council", "Q3 2017/18", "2017-12"),
    ("The Brackwell GP practices should review how they record a patient's disclosure of abuse.",
     ["gp"], "Brackwell GP practices", "31/03/2018", "2018-03-31"),
    ("The Safety Partnership should evaluate the local advocacy service for older victims.",
     ["community_safety_partnership"], "Brackwell Safety Partnership", "6 months", None),
]  # fmt: skip

ROWS_02: list[Row] = [
    ("Dunmere Council children's services should invite the police to every strategy meeting about a child "
     "living with domestic abuse.", ["childrens_social_care"], "", "June 2019", "2019-06"),
    ("The Dunmere ambulance service should pass on safeguarding concerns within one working day.",
     ["ambulance"], "", "Q1 2019/20", "2019-06"),
    ("The Dunmere Partnership should publish this review's learning in a short briefing for all staff.",
     ["community_safety_partnership"], "", "Within 3 months of publication", None),
]  # fmt: skip


def recdates_numbered() -> tuple[WordDoc, Doc]:
    d = Doc("Brackwell Safety Partnership", "Edith")
    w = WordDoc("Arial", 11)
    w.para("Domestic Homicide Review into the death of Edith", style="Title")
    w.para("Brackwell Safety Partnership, overview report completed January 2017")
    w.heading("Recommendations", 1)
    w.para(
        "The panel makes the recommendations below; each names the agency that leads it and a target date."
    )
    rows: list[list[str | None]] = [["No.", "Recommendation", "Lead agency", "Target date"]]
    for k, (text, agencies, lead, cell, iso) in enumerate(ROWS_01, start=1):
        rec = d.rec(str(k), text, agencies)
        act(rec, text, lead, cell, iso)
        rows.append([str(k), text, lead, cell])
    w.table(rows, [1.2, 9.0, 3.5, 2.8])
    return w, d


def recdates_timescale() -> tuple[WordDoc, Doc]:
    d = Doc("Dunmere Partnership", "Rosa")
    w = WordDoc("Calibri", 11)
    w.para("Domestic Homicide Review into the death of Rosa", style="Title")
    w.para("Dunmere Partnership, report completed November 2018")
    w.heading("Recommendations", 1)
    recs = _numbered_body(w, d, [(text, agencies) for text, agencies, *_ in ROWS_02])
    w.heading("Timescales", 1)
    rows: list[list[str | None]] = [["Recommendation", "Timescale"]]
    for rec, (text, _agencies, lead, cell, iso) in zip(recs, ROWS_02, strict=True):
        act(rec, text, lead, cell, iso)
        rows.append([f"{rec.number}. {text}", cell])
    w.table(rows, [12.0, 4.5])
    return w, d


DOCUMENTS: dict[str, Callable[[], tuple[WordDoc, Doc]]] = {
    "recdates-01-numbered": recdates_numbered,
    "recdates-02-timescale": recdates_timescale,
}


def main(argv: list[str]) -> int:
    return build_documents(DOCUMENTS, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
