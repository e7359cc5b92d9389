"""A third blind set of action-plan layouts, written after the second set's fixes and scored before any further
change (``annotations/extraction`` gold format). Every word is written for these tests (all invented):

* ``blindc-01-tight-borderless``: a Word table with no borders and no paragraph spacing, so that rows sit as
  close as the lines of one cell; most rows one line, the lead repeated on each.
* ``blindc-02-drawn-centred-header``: a drawn plan with no lines whose header cells are centred over their
  columns (the data starts left of each header word), rows tight.
* ``blindc-03-drawn-two-tables``: a drawn page with a single-agency table and, under a paragraph, a
  multi-agency table with other columns.

Rebuild (LibreOffice needed): ``python -m tests.extraction.plans_blind_c.build``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotations.wordproc.worddoc import WordDoc
from tests.extraction.plans.build import Doc, _numbered_body, act
from tests.extraction.plans_blind.build import (
    _no_borders,
    build_set,
    drawn_opening,
    numbered_rows,
)
from tests.extraction.plans_blind.draw import Drawn

HERE = Path(__file__).resolve().parent


def tight_borderless() -> tuple[WordDoc, Doc]:
    from docx.shared import Pt

    d = Doc("Kilnsey Community Safety Partnership", "Rose")
    w = WordDoc("Arial", 11)
    normal = w.doc.styles["Normal"].paragraph_format
    normal.space_after = normal.space_before = Pt(0)
    w.para("Domestic Homicide Review: Rose", style="Title")
    w.para("Kilnsey Community Safety Partnership. Report completed: July 2018")
    w.heading("Recommendations", 1)
    recs = _numbered_body(w, d, [
        ("Kilnsey Police should flag the address of every victim assessed at high risk.", ["police"]),
        ("Kilnsey Council should offer a sanctuary scheme to every high-risk victim who wants to stay at home.",
         ["local_authority"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan = [
        (recs[0], [("Add a high-risk flag to the address system", "Kilnsey Police", "Sept 2018", "2018-09"),
                   ("Brief the control room on the flag", "Kilnsey Police", "Oct 2018", "2018-10"),
                   ("Audit flags each quarter", "Kilnsey Police", "Ongoing", None)]),
        (recs[1], [("Agree a sanctuary scheme budget", "Kilnsey Council", "31/01/2019", "2019-01-31"),
                   ("Appoint a sanctuary scheme installer", "Kilnsey Council", "Q4 2018/19", "2019-03")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Action", "Lead", "Target date"]]
    rows += numbered_rows(plan)
    w.table(rows, [1.2, 8.5, 3.5, 2.8], font_size=10)
    _no_borders(w)
    return w, d


def drawn_centred_header() -> tuple[Drawn, Doc]:
    intro = "Pellbrook Community Safety Partnership. Final version: 14 February 2019."
    texts = [
        ("Pellbrook GP practices should ask about abuse when a patient asks for a change of GP without a move.",
         ["gp"]),
        ("The Pellbrook IDVA service should give victims a named worker for at least six months.",
         ["domestic_abuse_services"]),
    ]  # fmt: skip
    p, d, recs = drawn_opening("Pellbrook Community Safety Partnership", "Mrs H", intro, texts)
    p.para("Action Plan", size=13, bold=True)
    plan = [
        (recs[0], [("Write a practice note on requests to change GP", "Pellbrook CCG", "April 2019", "2019-04"),
                   ("Send the note to every practice manager", "Pellbrook CCG", "May 2019", "2019-05")]),
        (recs[1], [("Change the IDVA case allocation policy", "Pellbrook IDVA Service", "30/06/2019",
                    "2019-06-30"),
                   ("Recruit one more IDVA", "Pellbrook IDVA Service", "Subject to funding", None)]),
    ]  # fmt: skip
    rows = numbered_rows(plan)
    p.table(["Rec", "Agreed action", "Lead agency", "Target date"], rows, [45, 260, 120, 80], size=9.5,
            rules="none", row_gap=0, centre_header=True)  # fmt: skip
    return p, d


def drawn_two_tables() -> tuple[Drawn, Doc]:
    intro = "Ashgrove Community Safety Partnership. Overview report completed September 2018."
    texts = [
        ("Ashgrove Probation should check the housing of a person on licence with the council before release.",
         ["probation_service"]),
        ("All agencies in Ashgrove should use the same risk assessment tool for domestic abuse.",
         ["all_agencies"]),
    ]  # fmt: skip
    p, d, recs = drawn_opening(
        "Ashgrove Community Safety Partnership", "Adult M", intro, texts, landscape=True
    )
    p.para("Action plan: single agency", size=12, bold=True)
    act(
        recs[0],
        "Add a housing check to the pre-release checklist",
        "Ashgrove Probation",
        "Nov 2018",
        "2018-11",
    )
    act(recs[0], "Agree a contact point in council housing", "Ashgrove Probation", "TBC", None)
    p.table(["No.", "Action", "Lead", "Target date"],
            [["1", "Add a housing check to the pre-release checklist", "Ashgrove Probation", "Nov 2018"],
             ["", "Agree a contact point in council housing", "Ashgrove Probation", "TBC"]],
            [40, 330, 140, 90], size=9.5)  # fmt: skip
    p.para("The multi-agency actions below were agreed by every agency on the panel at its last meeting.")
    p.para("Action plan: multi-agency", size=12, bold=True)
    act(recs[1], "Choose one risk assessment tool for all agencies", "Ashgrove CSP", "Q3 2018/19", "2018-12")
    act(recs[1], "Train staff of every agency on the tool", "Ashgrove CSP", "2019-2020", "2020")
    p.table(["Recommendation", "Scope", "Action to take", "Lead agency", "Target date", "Outcome"],
            [[f"2. {recs[1].text}", "Local", "Choose one risk assessment tool for all agencies", "Ashgrove CSP",
              "Q3 2018/19", "Tool chosen 12/12/2018"],
             ["", "", "Train staff of every agency on the tool", "Ashgrove CSP", "2019-2020", ""]],
            [190, 45, 200, 90, 70, 110], size=9)  # fmt: skip
    return p, d


WORD = {"blindc-01-tight-borderless": tight_borderless}
DRAWN = {
    "blindc-02-drawn-centred-header": drawn_centred_header,
    "blindc-03-drawn-two-tables": drawn_two_tables,
}


def main(argv: list[str]) -> int:
    return build_set(WORD, DRAWN, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
