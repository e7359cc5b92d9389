"""A second blind set of action-plan layouts, written after the first set's fixes and scored before any further
change (``annotations/extraction`` gold format). Every word is written for these tests (all invented):

* ``blindb-01-borderless-split``: a Word table with no borders whose long rows are cut by the page break, the
  header repeated on the next page; "Apr-19", "By end of Q2 2019/20", "Ongoing", "31.03.2020".
* ``blindb-02-drawn-home-office``: a drawn landscape plan in the Home Office columns with no lines, a narrow
  number column (theme rows run across it), numbered actions with their dates numbered alike in one cell.
* ``blindb-03-drawn-wrapped-header``: a drawn plan whose every header cell wraps over two lines under a rule;
  "Spring 2020", "1st April 2020", "TBC", "Complete".
* ``blindb-04-landscape-merged-lead``: a landscape Word plan with a Lead cell merged over three actions, a
  Key milestones column of dates, and "Ongoing - reviewed annually", "within 12 weeks", "Sep 2019".

Rebuild (LibreOffice needed): ``python -m tests.extraction.plans_blind_b.build``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotations.wordproc.worddoc import WordDoc
from tests.extraction.plans.build import Doc, act
from tests.extraction.plans_blind.build import (
    _no_borders,
    build_set,
    drawn_opening,
    first_row_text,
    numbered_rows,
    plan_rows,
    word_opening,
)
from tests.extraction.plans_blind.draw import Drawn

HERE = Path(__file__).resolve().parent


def borderless_split() -> tuple[WordDoc, Doc]:
    intro = "Fallowmere Community Safety Partnership. Overview report, final draft December 2018"
    w, d, recs = word_opening("Fallowmere Community Safety Partnership", "Irene", intro, [
        ("Fallowmere Police should record the name of every adult present at a domestic incident.", ["police"]),
        ("The Fallowmere community mental health team should ask a patient's partner about risk when the "
         "patient is discharged.", ["mental_health_services"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    for _ in range(6):
        w.para("Each agency named below has accepted its actions. The partnership will review the plan at each "
               "meeting and will ask for evidence before any action is closed.")  # fmt: skip
    long = ("Change the incident record so that it has a field for each adult present, make the field "
            "mandatory before the record can be closed, tell every response officer of the change through the "
            "daily briefing and the force intranet, and check a sample of fifty records in the first month to "
            "see whether the field is being filled in correctly by officers on every shift.")  # fmt: skip
    plan = [
        (recs[0], [(long, "Fallowmere Police", "Apr-19", "2019-04"),
                   ("Report the sample check to the partnership", "Fallowmere Police", "By end of Q2 2019/20",
                    "2019-09")]),
        (recs[1], [("Add a partner question to the discharge checklist", "Fallowmere Mental Health Trust",
                    "Ongoing", None),
                   ("Audit ten discharges for the partner question", "Fallowmere Mental Health Trust",
                    "31.03.2020", "2020-03-31")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Rec", "Action", "Lead", "Target date"]]
    rows += numbered_rows(plan)
    w.table(rows, [1.2, 9.0, 3.6, 2.6], font_size=10)
    _no_borders(w)
    return w, d


def landscape_merged_lead() -> tuple[WordDoc, Doc]:
    intro = "Safer Stanbury Partnership. Report completed: May 2019"
    w, d, recs = word_opening("Safer Stanbury Partnership", "Olive", intro, [
        ("Stanbury Council should make sure that its homelessness officers ask about abuse by family members, "
         "not only by partners.", ["local_authority"]),
    ])  # fmt: skip
    w.section(landscape=True)
    w.heading("Action plan", 1)
    acts = [
        (
            "Update the homelessness assessment to ask about abuse by family members",
            "Sep 2019",
            "2019-09",
            "Draft agreed 04/07/2019",
        ),
        (
            "Train homelessness officers on abuse by family members",
            "within 12 weeks",
            None,
            "Trainer booked 01/08/2019",
        ),
        ("Check twenty assessments each year", "Ongoing - reviewed annually", None, "First check 10/01/2020"),
    ]
    rows: list[list[str | None]] = [
        ["Recommendation", "Action to take", "Lead Agency", "Key milestones", "Target Date", "Outcome"]
    ]
    for k, (text, cell, iso, milestone) in enumerate(acts):
        act(recs[0], text, "Stanbury Council Housing Options", cell, iso)
        rows.append([f"1. {recs[0].text}" if k == 0 else None, text,
                     "Stanbury Council Housing Options" if k == 0 else None, milestone, cell,
                     "Completed 12 December 2019" if k == 0 else ""])  # fmt: skip
    w.table(rows, [6.0, 6.0, 3.2, 3.2, 2.8, 3.0], font_size=9)
    return w, d


def drawn_home_office() -> tuple[Drawn, Doc]:
    intro = "Ravensgill Community Safety Partnership. Overview report dated 3 March 2019."
    texts = [
        ("Ravensgill GP practices should record a patient's disclosure of abuse by an adult child.", ["gp"]),
        (
            "Ravensgill Probation should share the risk management plan of a person on licence with the "
            "victim's advocate.",
            ["probation_service"],
        ),
    ]
    p, d, recs = drawn_opening("Ravensgill Community Safety Partnership", "Mr E", intro, texts)
    p.new_page(landscape=True)
    p.para("Action Plan", size=13, bold=True)
    one = [
        ("Send a recording template to every practice", "June 2019", "2019-06"),
        ("Add the template to GP safeguarding training", "Ongoing", None),
    ]
    two = [
        ("Agree a sharing protocol with the advocacy service", "Q2 2019/20", "2019-09"),
        ("Brief offender managers on the protocol", "30/11/2019", "2019-11-30"),
    ]
    for text, cell, iso in one:
        act(recs[0], text, "Ravensgill CCG", cell, iso)
    for text, cell, iso in two:
        act(recs[1], text, "Ravensgill Probation", cell, iso)
    rows = [["Theme 1 - Health records and information sharing across primary care - county wide"],
            ["1", "Local", " ".join(f"{k}. {t}" for k, (t, _, _) in enumerate(one, start=1)), "Ravensgill CCG",
             "Template drafted 01/04/2019", " ".join(f"{k}. {c}" for k, (_, c, _) in enumerate(one, start=1)),
             "Template sent 28/06/2019"],
            ["Theme 2 - Offender management and the victim's advocate - regional"],
            ["2", "Regional", " ".join(f"{k}. {t}" for k, (t, _, _) in enumerate(two, start=1)),
             "Ravensgill Probation", "Meeting held 15/05/2019",
             " ".join(f"{k}. {c}" for k, (_, c, _) in enumerate(two, start=1)), ""]]  # fmt: skip
    header = ["No.", "Scope", "Action to take", "Lead Agency", "Key milestones achieved", "Target Date",
              "Date of completion and outcome"]  # fmt: skip
    p.table(header, rows, [35, 55, 250, 100, 110, 90, 100], size=9, rules="none")
    return p, d


def drawn_wrapped_header() -> tuple[Drawn, Doc]:
    intro = "Hollins Community Safety Partnership. Final report: November 2019."
    texts = [
        (
            "Hollins Hospital should offer a private room to any patient who discloses abuse in the emergency "
            "department.",
            ["hospital"],
        ),
        (
            "The Hollins Community Safety Partnership should fund a worker for older victims of abuse.",
            ["community_safety_partnership"],
        ),
    ]
    p, d, recs = drawn_opening("Hollins Community Safety Partnership", "Bea", intro, texts)
    p.para("Action Plan", size=13, bold=True)
    plan = [
        (recs[0], [("Set aside a room in the emergency department", "Hollins Hospital Trust", "Spring 2020",
                    "2020"),
                   ("Tell triage nurses about the room", "Hollins Hospital Trust", "Complete", None)]),
        (recs[1], [("Write a job description for the worker", "Hollins CSP", "1st April 2020", "2020-04-01"),
                   ("Find funding for two years", "Hollins CSP", "TBC", None)]),
    ]  # fmt: skip
    rows = plan_rows(plan, lambda rec, k, a: [first_row_text(rec, k) or "", a[0], a[1], a[2]])
    p.table(["Recommendation number and text", "Actions agreed by the lead agency", "Responsible lead agency",
             "Target date for completion"], rows, [170, 170, 90, 65], size=9, rules="header")  # fmt: skip
    return p, d


WORD = {
    "blindb-01-borderless-split": borderless_split,
    "blindb-04-landscape-merged-lead": landscape_merged_lead,
}
DRAWN = {
    "blindb-02-drawn-home-office": drawn_home_office,
    "blindb-03-drawn-wrapped-header": drawn_wrapped_header,
}


def main(argv: list[str]) -> int:
    return build_set(WORD, DRAWN, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
