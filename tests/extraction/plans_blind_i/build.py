"""A ninth blind set of action plans (written for these tests, gold labelled before the reader was run on them):
action-plan shapes the sets a-h did not use. Every place, person, recommendation, action and date is invented;
the Word documents are saved as DOCX and exported to PDF, the drawn ones (``drawn.py``) are PDFs only.

Gold conventions (as the earlier sets and ``extraction.target_dates``): a target is the date the cell sets, at
the precision printed ("Sept 24" and "Dec-24" -> 2024-09, 2024-12; "31.03.25" -> 2025-03-31); a quarter of a
financial year is its last month ("End of Q2 2024/25" -> 2024-09, "Q4 24/25" -> 2025-03); a financial year is
its March ("2024/25", "FY 2024/25" -> 2025-03); a season, or a part of a year that falls within it, gives its
year ("Spring 2025", "Early 2025" -> 2025); a range of months is its end ("April 2024 - March 2025" ->
2025-03); a cell that says the action was done on a date has that date ("Complete (March 2024)" -> 2024-03); a
revised date wins over the one it replaced; "By end of financial year" is the March that ends the plan date's
financial year; a cell that sets no calendar date ("Complete", "Ongoing - reviewed annually", "Within 6 months
of publication", "Quarterly", "TBC") has none. Dates in other columns (key milestones, outcome / evidence,
date completed, RAG notes) and in running footers are not the target. Each bullet or paragraph of an action
cell is one action, with the date on the same line of the target cell.

* ``blindi-01-home-office-rec-continued``: the Home Office columns on a landscape page, a long recommendation
  whose row (bulleted actions, one date per bullet, dated milestones) is cut by the page break.
* ``blindi-02-bullets-outcome-evidence``: "Recommendation | Actions | Lead | Target date | Outcome / Evidence",
  Word bullets in the action and target cells, dates in the evidence column.
* ``blindi-03-lead-officer-agency``: "No. | Action | Lead agency | Lead officer | Target date | RAG", named
  officers with their posts.
* ``blindi-04-single-multi-split``: one table with "Single agency recommendations" and "Multi-agency
  recommendations" rows across it.
* ``blindi-05-table-per-agency``: the recommendations under one heading per agency, numbered from 1 under each,
  and the plan as one table per agency under its name (no lead column).
* ``blindi-06-smart-milestones``: SMART columns with a "Key milestones" column of several dated milestones.
* ``blindi-07-outcome-date-completed``: "Ref | Action | Lead | Target date | Outcome / evidence | Date
  completed", targets that differ from the completion dates.
* ``blindi-08-paragraph-actions-split``: one row of five paragraph actions and five paragraph dates cut by the
  page break, the header repeated.
* ``blindi-09-timescale-words``: "Timescale" cells "FY 2024/25", "Early 2025", "April 2024 - March 2025",
  "By end of financial year", "Complete (March 2024)", "Revised: Dec 2024 (was Sept 2024)".

Scored once at 9a85c0d, before any fix (``python -m tests.extraction.plans_blind_f.score
tests/extraction/plans_blind_i``): 21 documents, 109 gold actions, recommendations F1 1.000, actions F1 0.848,
actions + target date F1 0.829 (P 0.861 R 0.798).

Rebuild (LibreOffice needed): ``python -m tests.extraction.plans_blind_i.build``; score:
``python -m tests.extraction.plans_blind_f.score tests/extraction/plans_blind_i``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotations.wordproc.worddoc import BULLET, Level, WordDoc
from tests.extraction.plans.build import Doc, act
from tests.extraction.plans_blind.build import Plan, build_set, numbered_rows, plan_rows, word_opening
from tests.extraction.plans_blind_i.drawn import DRAWN

HERE = Path(__file__).resolve().parent

Cells = dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]]

_FILLER = (
    "The partnership board receives an update on every action at each of its meetings. An action is closed "
    "only when its lead has sent the evidence named in the plan, and a late action is reported with its reason."
)


def home_office_rec_continued() -> tuple[WordDoc, Doc]:
    intro = "Marlow Fen Community Safety Partnership. Overview report, final version May 2024"
    long_rec = (
        "Marlow Fen Police should review how its officers respond when a victim reports abuse by a partner who "
        "is also a carer. The review should look at the questions officers ask, at the advice they give about "
        "the victim's care if the partner is arrested, and at how quickly adult social care is told. The force "
        "should report what it finds and what it has changed to the partnership board."
    )
    w, d, recs = word_opening("Marlow Fen Community Safety Partnership", "Dorota", intro, [
        (long_rec, ["police"]),
        ("Marlow Fen Adult Social Care should offer an emergency care plan when a carer is arrested.",
         ["adult_social_care"]),
    ])  # fmt: skip
    w.section(landscape=True)
    w.heading("Appendix 1: Action plan", 1)
    for _ in range(7):  # the first row starts near the page foot, where the break cuts it
        w.para(_FILLER)
    bullets = w.abstract(BULLET)
    header = ["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency", "Key milestones",
              "Target Date", "Date of completion and outcome"]  # fmt: skip
    one = [("Write questions for officers to ask when the abuser is also the carer", "By September 2024",
            "2024-09"),
           ("Agree with adult social care how the force tells them of an arrest", "End of Q2 2024/25", "2024-09"),
           ("Add the carer questions to the domestic abuse risk form", "31.03.25", "2025-03-31"),
           ("Review twenty cases where the abuser was the carer", "Spring 2025", "2025"),
           ("Report the findings to the partnership board", "Within 6 months of publication", None)]  # fmt: skip
    two = [("Write an emergency care plan template", "Dec-24", "2024-12"),
           ("Tell the out of hours team about the template", "Complete", None)]  # fmt: skip
    rows: list[list[str | None]] = [header, ["", "Local", "", "Marlow Fen Police", "", "", ""],
                                    ["", "Local", "", "Marlow Fen Adult Social Care", "", "", ""]]  # fmt: skip
    cells: Cells = {}
    for text, cell, iso in one:
        act(recs[0], text, "Marlow Fen Police", cell, iso)
    for text, cell, iso in two:
        act(recs[1], text, "Marlow Fen Adult Social Care", cell, iso)
    nid = w.num(bullets)
    for r, (rec, acts) in enumerate([(recs[0], one), (recs[1], two)], start=1):
        cells[(r, 0)] = [(f"{rec.number}. {rec.text}", None)]
        cells[(r, 2)] = [(a[0], (nid, 0)) for a in acts]
        cells[(r, 5)] = [(a[1], (nid, 0)) for a in acts]
    cells[(1, 4)] = [("Questions drafted 14/06/2024", None), ("Meeting with ASC held 02/07/2024", None),
                     ("Form change requested 19/08/2024", None)]  # fmt: skip
    cells[(1, 6)] = [("Questions issued 30/08/2024", None)]
    cells[(2, 6)] = [("Template in use from 01/11/2024", None)]
    w.table(rows, [5.6, 2.0, 5.8, 3.0, 3.6, 3.6, 3.2], font_size=10, cell_numbering=cells)
    return w, d


def bullets_outcome_evidence() -> tuple[WordDoc, Doc]:
    intro = "Stowbridge Community Safety Partnership. Overview report, final version April 2024"
    w, d, recs = word_opening("Stowbridge Community Safety Partnership", "Imogen", intro, [
        ("Stowbridge Hospital should make sure that a patient who attends with injuries from a fall is asked "
         "privately whether they feel safe at home.", ["hospital"]),
        ("Stowbridge Housing should share a tenant's disclosure of abuse with the IDVA service when the tenant "
         "agrees.", ["housing"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    bullets = w.abstract(BULLET)
    first = [("Add a private safety question to the falls assessment", "31.03.25", "2025-03-31"),
             ("Train the emergency department nurses to ask it", "2024/25", "2025-03"),
             ("Audit thirty falls assessments for the question", "Spring 2025", "2025")]  # fmt: skip
    second = [("Write a consent form for sharing with the IDVA service", "Complete", None),
              ("Brief housing officers on the form", "Ongoing - reviewed annually", None)]  # fmt: skip
    rows: list[list[str | None]] = [
        ["Recommendation", "Actions", "Lead", "Target date", "Outcome / Evidence"]
    ]
    cells: Cells = {}
    nid = w.num(bullets)
    for rec, acts, lead, evidence in [
        (recs[0], first, "Stowbridge Hospital", ["Question live on the system 03/06/2024",
                                                 "Training records to the board 10/12/2024"]),
        (recs[1], second, "Stowbridge Housing", ["Form signed off 22/01/2024"]),
    ]:  # fmt: skip
        for text, cell, iso in acts:
            act(rec, text, lead, cell, iso)
        rows.append([f"{rec.number}. {rec.text}", "", lead, "", ""])
        r = len(rows) - 1
        cells[(r, 1)] = [(a[0], (nid, 0)) for a in acts]
        cells[(r, 3)] = [(a[1], (nid, 0)) for a in acts]
        cells[(r, 4)] = [(e, None) for e in evidence]
    w.table(rows, [4.6, 5.2, 2.6, 2.4, 3.4], font_size=9.5, cell_numbering=cells)
    return w, d


def lead_officer_agency() -> tuple[WordDoc, Doc]:
    intro = "Ashby Wold Community Safety Partnership. Overview report, final version March 2024"
    w, d, recs = word_opening("Ashby Wold Community Safety Partnership", "Kasia", intro, [
        ("Ashby Wold Probation should tell the police offender manager when a perpetrator moves address.",
         ["probation_service"]),
        ("Ashby Wold ICB should remind GP practices to record who attends appointments with a patient.",
         ["integrated_care_board"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    officers = iter(["Head of Public Protection (R. Adeyemi)", "Senior Probation Officer (T. Lund)",
                     "Designated Nurse (H. Brennan)", "Named GP for Safeguarding (Dr P. Shah)",
                     "Designated Nurse (H. Brennan)"])  # fmt: skip
    colours = iter(["Green", "Amber", "Amber", "Red", "Green"])
    plan: Plan = [
        (recs[0], [("Add the police offender manager to the change of address notice", "Ashby Wold Probation",
                    "Within 6 months of publication", None),
                   ("Check ten address changes for the notice", "Ashby Wold Probation", "30th September 2024",
                    "2024-09-30")]),
        (recs[1], [("Send a reminder to every practice", "Ashby Wold ICB", "Dec-24", "2024-12"),
                   ("Add the question to the safeguarding audit tool", "Ashby Wold ICB", "By 31st March 2025",
                    "2025-03-31"),
                   ("Report the audit result to the partnership", "Ashby Wold ICB", "TBC", None)]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Action", "Lead agency", "Lead officer", "Target date", "RAG"]]
    rows += plan_rows(plan, lambda rec, k, a: [
        rec.number if k == 0 else "", a[0], a[1], next(officers), a[2], next(colours)])  # fmt: skip
    w.table(rows, [1.1, 6.0, 2.8, 3.4, 2.6, 1.4], font_size=9.5)
    return w, d


def single_multi_split() -> tuple[WordDoc, Doc]:
    intro = "Greywell Community Safety Partnership. Overview report, final version June 2024"
    w, d, recs = word_opening("Greywell Community Safety Partnership", "Anya", intro, [
        ("Greywell Police should refer every repeat victim to the MARAC after a third report in a year.",
         ["police"]),
        ("Greywell Children's Services should speak to each child alone during an assessment.",
         ["childrens_social_care"]),
        ("The Greywell Community Safety Partnership should agree one information sharing form for all "
         "agencies.", ["community_safety_partnership"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [
        ["No.", "Action", "Lead", "Target date"],
        ["Single agency recommendations"],
    ]
    rows += numbered_rows([
        (recs[0], [("Set a third report alert on the crime system", "Greywell Police", "End of Q3 2024/25",
                    "2024-12"),
                   ("Audit MARAC referrals of repeat victims", "Greywell Police", "Q4 24/25", "2025-03")]),
        (recs[1], [("Add a seen alone box to the assessment record", "Greywell Children's Services",
                    "September 2024", "2024-09")]),
    ])  # fmt: skip
    rows.append(["Multi-agency recommendations"])
    rows += numbered_rows([
        (recs[2], [("Draft the shared form with each agency", "Greywell CSP", "Sept 24", "2024-09"),
                   ("Ask each agency to adopt the form", "Greywell CSP", "Ongoing", None)]),
    ])  # fmt: skip
    w.table(rows, [1.2, 8.0, 3.6, 3.2], font_size=10)
    return w, d


def table_per_agency() -> tuple[WordDoc, Doc]:
    d = Doc("Halstow Marsh Community Safety Partnership", "Freya")
    w = WordDoc("Arial", 11)
    w.para("Domestic Homicide Review: Freya", style="Title")
    w.para("Halstow Marsh Community Safety Partnership. Overview report, final version July 2024")
    w.heading("Recommendations", 1)
    w.para("Each agency's recommendations are numbered from 1 under its own name.")
    nums = w.abstract([Level("decimal", "%1.")])
    agencies = [
        ("Halstow Marsh Police", "police", [
            "Officers should ask a victim about the perpetrator's access to weapons at every attendance.",
            "The force should check bail conditions with the victim before a perpetrator's release.",
        ]),
        ("Halstow Marsh Council", "local_authority", [
            "The council should give its debt advice staff training on economic abuse.",
            "The council should tell a tenant how to stay in the home when a joint tenant is abusive.",
        ]),
    ]  # fmt: skip
    recs = []
    for name, agency, texts in agencies:
        w.heading(name, 2)
        nid = w.num(nums, restart={0: 1})
        for text in texts:
            label = w.para(text, num=(nid, 0))
            recs.append(d.rec(label.rstrip("."), text, [agency]))
    w.heading("Action plan", 1)
    plans = [
        ("Halstow Marsh Police", [
            (recs[0], [("Add a weapons question to the attendance form", "March 2025", "2025-03"),
                       ("Brief response officers on the question", "Complete", None)]),
            (recs[1], [("Write bail checks into the release procedure", "By end of June 2024", "2024-06")]),
        ]),
        ("Halstow Marsh Council", [
            (recs[2], [("Book economic abuse training for debt advisers", "Autumn 2024", "2024"),
                       ("Add economic abuse to the advisers' induction", "Quarterly", None)]),
            (recs[3], [("Write a leaflet on staying in the home", "28/06/24", "2024-06-28")]),
        ]),
    ]  # fmt: skip
    for name, plan in plans:
        w.heading(name, 2)
        rows: list[list[str | None]] = [["Rec", "Action", "Target date", "Progress"]]
        for rec, acts in plan:
            for k, (text, cell, iso) in enumerate(acts):
                act(rec, text, name, cell, iso)
                rows.append([rec.number if k == 0 else "", text, cell, "On track" if iso else ""])
        w.table(rows, [1.2, 8.5, 3.2, 3.2], font_size=10)
    return w, d


def smart_milestones() -> tuple[WordDoc, Doc]:
    intro = "Fernhill Community Safety Partnership. Overview report, final version February 2024"
    w, d, recs = word_opening("Fernhill Community Safety Partnership", "Leona", intro, [
        ("Fernhill Mental Health Trust should involve the family in discharge planning when a patient has "
         "threatened them.", ["mental_health_services"]),
        ("Fernhill Council should make sure that its drug and alcohol service asks every client about abuse.",
         ["local_authority"]),
    ])  # fmt: skip
    w.section(landscape=True)
    w.heading("Appendix B: SMART action plan", 1)
    header = ["Recommendation", "Action (Specific)", "Measure (Measurable)", "Lead (Achievable)",
              "Key milestones", "Target date (Time-bound)"]  # fmt: skip
    plan = [
        (recs[0], "Fernhill Mental Health Trust", [
            ("Add a family contact step to the discharge checklist", "Checklist audit shows the step in 90% of "
             "discharges", ["June 2024 - draft checklist", "Sept 2024 - consult wards", "Dec 2024 - launch"],
             "March 2025", "2025-03"),
            ("Train ward staff on family involvement", "Attendance records", ["Course written by July 2024",
             "First session 16/10/2024"], "2024/25", "2025-03"),
        ]),
        (recs[1], "Fernhill Council", [
            ("Add abuse questions to the drug and alcohol assessment", "Questions asked in every new assessment",
             ["Questions agreed 05/04/2024", "System change 20/05/2024"], "End of Q1 2025/26", "2025-06"),
        ]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [header]
    cells: Cells = {}
    for rec, lead, acts in plan:
        for k, (text, measure, milestones, cell, iso) in enumerate(acts):
            act(rec, text, lead, cell, iso)
            rows.append([f"{rec.number}. {rec.text}" if k == 0 else None, text, measure, lead, "", cell])
            cells[(len(rows) - 1, 4)] = [(m, None) for m in milestones]
    w.table(rows, [5.6, 5.0, 4.0, 3.2, 4.2, 3.0], font_size=10, cell_numbering=cells)
    return w, d


def outcome_date_completed() -> tuple[WordDoc, Doc]:
    intro = "Coldharbour Community Safety Partnership. Action plan update, October 2024"
    w, d, recs = word_opening("Coldharbour Community Safety Partnership", "Maja", intro, [
        ("Coldharbour Ambulance Service should pass a concern to the local authority when a crew sees signs "
         "of coercive control.", ["ambulance_service"]),
        ("Coldharbour GP practices should flag the record of a patient who discloses abuse.", ["gp"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Add coercive control to the crew safeguarding prompt", "Coldharbour Ambulance Service",
                    "By end of June 2024", "2024-06"),
                   ("Brief crews at each station", "Coldharbour Ambulance Service", "Sept 24", "2024-09")]),
        (recs[1], [("Agree a flag with the practice system supplier", "Coldharbour ICB", "31.03.25", "2025-03-31"),
                   ("Tell practices about the flag", "Coldharbour ICB", "Complete", None)]),
    ]  # fmt: skip
    outcome = iter([("Prompt changed; audit of 40 calls", "02/07/2024"), ("All stations briefed", "11/10/2024"),
                    ("Supplier meeting held", ""), ("Bulletin sent to practices", "15/05/2024")])  # fmt: skip
    rows: list[list[str | None]] = [["Ref", "Action", "Lead", "Target date", "Outcome / evidence",
                                     "Date completed"]]  # fmt: skip

    def row(rec: object, k: int, a: tuple[str, str, str, str | None]) -> list[str | None]:
        what, when = next(outcome)
        return [f"{rec.number}.{k + 1}", a[0], a[1], a[2], what, when]  # type: ignore[attr-defined]

    rows += plan_rows(plan, row)
    w.table(rows, [1.2, 5.8, 3.0, 2.4, 3.6, 2.4], font_size=9.5)
    return w, d


def paragraph_actions_split() -> tuple[WordDoc, Doc]:
    intro = "Pendle Brook Community Safety Partnership. Overview report, final version January 2024"
    w, d, recs = word_opening("Pendle Brook Community Safety Partnership", "Roisin", intro, [
        ("Pendle Brook Council should set up a panel to review every case where a victim of abuse is made "
         "homeless.", ["local_authority"]),
        ("Pendle Brook Police should offer a victim a named officer after a second report.", ["police"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    for _ in range(18):  # the five-action row starts near the page foot
        w.para(_FILLER)
    five = [("Write terms of reference for the panel", "By September 2024", "2024-09"),
            ("Name a chair and members from each agency", "Sept 24", "2024-09"),
            ("Hold the first panel meeting", "w/c 14/10/2024", "2024-10-14"),
            ("Review the first ten cases", "End of Q4 2024/25", "2025-03"),
            ("Report the panel's findings to the partnership", "Ongoing - reviewed annually", None)]  # fmt: skip
    for text, cell, iso in five:
        act(recs[0], text, "Pendle Brook Council", cell, iso)
    act(recs[1], "Add a named officer field to the crime record", "Pendle Brook Police", "Friday 28 June 2024",
        "2024-06-28")  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Actions", "Lead", "Target date"],
                                    [f"1. {recs[0].text}", "", "Pendle Brook Council", ""],
                                    [f"2. {recs[1].text}", "Add a named officer field to the crime record",
                                     "Pendle Brook Police", "Friday 28 June 2024"]]  # fmt: skip
    cells: Cells = {(1, 1): [(a[0], None) for a in five], (1, 3): [(a[1], None) for a in five]}
    w.table(rows, [5.0, 6.2, 2.8, 2.8], font_size=11, cell_numbering=cells)
    return w, d


def timescale_words() -> tuple[WordDoc, Doc]:
    intro = "Orchard Vale Community Safety Partnership. Overview report, final version August 2024"
    w, d, recs = word_opening("Orchard Vale Community Safety Partnership", "Nia", intro, [
        ("Orchard Vale Council should check that its commissioned services screen for domestic abuse.",
         ["local_authority"]),
        ("Orchard Vale Probation should share risk information with the victim's IDVA before a licence "
         "begins.", ["probation_service"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Add a screening clause to every new contract", "Orchard Vale Council", "FY 2024/25",
                    "2025-03"),
                   ("Ask current providers for their screening policy", "Orchard Vale Council", "Early 2025",
                    "2025"),
                   ("Check screening in a contract review of each provider", "Orchard Vale Council",
                    "April 2024 - March 2025", "2025-03"),
                   ("Report the reviews to the partnership", "Orchard Vale Council", "By end of financial year",
                    "2025-03")]),
        (recs[1], [("Add the IDVA to the pre-release checklist", "Orchard Vale Probation",
                    "Complete (March 2024)", "2024-03"),
                   ("Audit pre-release sharing", "Orchard Vale Probation", "Revised: Dec 2024 (was Sept 2024)",
                    "2024-12")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Rec no.", "Action", "Responsible agency", "Timescale"]]
    rows += numbered_rows(plan)
    w.table(rows, [1.4, 7.4, 3.6, 3.6], font_size=10)
    return w, d


WORD = {
    "blindi-01-home-office-rec-continued": home_office_rec_continued,
    "blindi-02-bullets-outcome-evidence": bullets_outcome_evidence,
    "blindi-03-lead-officer-agency": lead_officer_agency,
    "blindi-04-single-multi-split": single_multi_split,
    "blindi-05-table-per-agency": table_per_agency,
    "blindi-06-smart-milestones": smart_milestones,
    "blindi-07-outcome-date-completed": outcome_date_completed,
    "blindi-08-paragraph-actions-split": paragraph_actions_split,
    "blindi-09-timescale-words": timescale_words,
}


def main(argv: list[str]) -> int:
    return build_set(WORD, DRAWN, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
