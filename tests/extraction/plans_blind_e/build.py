"""A fifth blind set: recommendations tables with a target-date column but no action column, printed with no
borders (written after the fourth set's fixes, scored before any further change). The draft action plan keeps
each date as one action whose text is the recommendation's own (as ``tests/extraction/rec_dates``). All invented:

* ``blinde-01-borderless-recs-table``: "No. | Recommendation | Lead agency | Target date" with no borders and
  no spacing, inside the recommendations section; "Ongoing", "Q3 2017/18", "31/03/18", "end of 2019".
* ``blinde-02-drawn-timescales``: numbered recommendations in the body, then a drawn borderless
  "Recommendation | Timescale" table repeating them; "Within 3 months of publication", "March 2017", "2017-2018".

Rebuild (LibreOffice needed): ``python -m tests.extraction.plans_blind_e.build``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotations.wordproc.worddoc import WordDoc
from tests.extraction.plans.build import Doc, act
from tests.extraction.plans_blind.build import _no_borders, build_set
from tests.extraction.plans_blind.draw import Drawn

HERE = Path(__file__).resolve().parent

ROWS_01 = [
    ("Harlow Vale Police should make sure that officers tell a victim when a suspect is released from custody.",
     ["police"], "Harlow Vale Police", "Ongoing", None),
    ("Harlow Vale Council should check that its housing allocation policy gives priority to victims who must "
     "move for their safety.", ["local_authority"], "Harlow Vale Council", "Q3 2017/18", "2017-12"),
    ("The Harlow Vale GP practices should add a prompt about abuse to the new patient questionnaire.", ["gp"],
     "Harlow Vale CCG", "31/03/18", "2018-03-31"),
    ("The Harlow Vale Partnership should run a campaign for older victims.", ["community_safety_partnership"],
     "Harlow Vale Partnership", "end of 2019", "2019"),
]  # fmt: skip

ROWS_02 = [
    ("Brookfield Probation should tell the victim's advocate when a perpetrator's licence conditions change.",
     ["probation_service"], "Within 3 months of publication", None),
    ("The Brookfield ambulance service should record who else is present at a call-out to an injured adult.",
     ["ambulance_service"], "March 2017", "2017-03"),
    ("The Brookfield Partnership should hold a learning event on this review for all agencies.",
     ["community_safety_partnership"], "2017-2018", "2018"),
]  # fmt: skip


def borderless_recs_table() -> tuple[WordDoc, Doc]:
    from docx.shared import Pt

    d = Doc("Harlow Vale Partnership", "Ivy")
    w = WordDoc("Arial", 11)
    normal = w.doc.styles["Normal"].paragraph_format
    normal.space_after = normal.space_before = Pt(0)
    w.para("Domestic Homicide Review into the death of Ivy", style="Title")
    w.para("Harlow Vale Partnership, overview report completed March 2017")
    w.heading("Recommendations", 1)
    w.para("The panel makes the recommendations below; each names its lead agency and a target date.")
    rows: list[list[str | None]] = [["No.", "Recommendation", "Lead agency", "Target date"]]
    for k, (text, agencies, lead, cell, iso) in enumerate(ROWS_01, start=1):
        rec = d.rec(str(k), text, agencies)
        act(rec, text, lead, cell, iso)
        rows.append([str(k), text, lead, cell])
    w.table(rows, [1.2, 9.0, 3.5, 2.8], font_size=10)
    _no_borders(w)
    return w, d


def drawn_timescales() -> tuple[Drawn, Doc]:
    d = Doc("Brookfield Partnership", "Nell")
    p = Drawn()
    p.para("Domestic Homicide Review into the death of Nell", size=16, bold=True)
    p.para("Brookfield Partnership, report completed January 2017.")
    p.para("Recommendations", size=13, bold=True)
    recs = []
    for i, (text, agencies, _cell, _iso) in enumerate(ROWS_02, start=1):
        p.para(f"{i}. {text}")
        recs.append(d.rec(str(i), text, agencies))
    p.para("Timescales", size=13, bold=True)
    rows = []
    for rec, (text, _agencies, cell, iso) in zip(recs, ROWS_02, strict=True):
        act(rec, text, "", cell, iso)
        rows.append([f"{rec.number}. {text}", cell])
    p.table(["Recommendation", "Timescale"], rows, [380, 110], size=10, rules="none")
    return p, d


WORD = {"blinde-01-borderless-recs-table": borderless_recs_table}
DRAWN = {"blinde-02-drawn-timescales": drawn_timescales}


def main(argv: list[str]) -> int:
    return build_set(WORD, DRAWN, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
