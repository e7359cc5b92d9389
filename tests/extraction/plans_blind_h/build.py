"""An eighth blind set of action plans (written for these tests, gold labelled before the reader was run on them):
action-plan shapes the sets a-g did not use. Every place, person, recommendation, action and date is invented;
the Word documents are saved as DOCX and exported to PDF, the drawn ones (``drawn.py``) are PDFs only.

Gold conventions (as the earlier sets and ``extraction.target_dates``): a target is the date the cell sets, at
the precision printed ("Sept 2022" -> 2022-09, "31.03.23" -> 2023-03-31, "2023-03-31" -> 2023-03-31, "March '23"
-> 2023-03); a quarter of a financial year is its last month ("By end of Q2 2023/24" -> 2023-09); a season
gives its year ("Spring 2023" -> 2023); a day or month with no year takes it from the plan's own date, the first
such day on or after it ("w/c 5th June" in a plan dated February 2023 -> 2023-06-05); a cell that says the action
was done on a date has that date ("Completed 12/01/23" -> 2023-01-12); a cell that sets no calendar date
("Immediate", "Complete - see notes", "Within 6 months of the review's publication", "Ongoing", "TBC") has
none. A Lead or Target cell merged down over several actions is each action's. Dates in other columns
(milestones, completion and outcome, status) are not the target; status colour words (Red / Amber / Green) are
no date. Each bullet or numbered paragraph of an action cell is one action.

* ``blindh-01-home-office-merged-split``: the Home Office template's seven columns in a landscape section, one
  recommendation with five actions whose Recommendation, Lead Agency and Target date cells are merged down and cut
  by the page break.
* ``blindh-02-date-shapes``: "No. | Action | Lead | Target date" with ten target shapes ("Sept 2022",
  "w/c 5th June", "Spring 2023", "31.03.23", "2023-03-31", "March '23", "Completed 12/01/23", ...).
* ``blindh-03-rag-colour-column``: a "RAG" column of colour words between the action and the lead.
* ``blindh-04-bullets-one-cell``: Word bullets and typed "-" marks in one action cell, one shared date or one
  date paragraph per action.
* ``blindh-05-summary-then-appendix``: a summary plan (one row a recommendation, no actions) in the body, the
  full plan in an appendix.
* ``blindh-06-two-column-wrap``: a narrow "Action | Target date" table under each recommendation, each action
  wrapping over three lines beside a one-line date.
* ``blindh-07-action-refs-only``: the first column holds only the action's reference ("1.1", "1.2", "2.1"),
  the recommendations only in the body.
* ``blindh-08-r-numbers``: the first column holds "R1", "R2" on a recommendation's first action row only.
* ``blindh-09-borderless-landscape``: a Word table with no borders in a landscape section, ISO and dotted dates
  and a Status column.
* ``blindh-10-completed-target``: target cells that say the action was done ("Completed 12/01/23",
  "Complete - see notes") beside a completion-and-outcome column full of dates.
* ``blindh-11-six-actions-split``: one recommendation with six actions over a page break, the header repeated,
  its text and lead merged down.
* ``blindh-12-numbered-paragraphs``: a recommendation's actions as "1.1", "1.2" paragraphs in one cell, their
  dates numbered alike in the target cell.

Rebuild (LibreOffice needed): ``python -m tests.extraction.plans_blind_h.build``; score:
``python -m tests.extraction.plans_blind_f.score tests/extraction/plans_blind_h``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotations.wordproc.worddoc import BULLET, WordDoc
from tests.extraction.plans.build import Doc, act
from tests.extraction.plans_blind.build import (
    Plan,
    _no_borders,
    build_set,
    first_row_text,
    numbered_rows,
    plan_rows,
    word_opening,
)
from tests.extraction.plans_blind_h.drawn import DRAWN

HERE = Path(__file__).resolve().parent

Cells = dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]]

_FILLER = (
    "Each agency agreed its actions and dates with the review panel. The partnership asks every lead for an "
    "update before each of its meetings and closes an action only when it has seen the evidence."
)


def home_office_merged_split() -> tuple[WordDoc, Doc]:
    intro = "Thornbury Vale Community Safety Partnership. Overview report, final version November 2022"
    w, d, recs = word_opening("Thornbury Vale Community Safety Partnership", "Marta", intro, [
        ("Thornbury Vale Police should make sure that every officer who attends a report of domestic abuse "
         "asks the victim about non-fatal strangulation.", ["police"]),
        ("Thornbury Vale Council should give its housing options staff a route to the IDVA service.",
         ["local_authority"]),
    ])  # fmt: skip
    w.section(landscape=True)
    w.heading("Appendix 2: Action plan", 1)
    for _ in range(8):  # moves the merged rows down to the page foot, where the break cuts them
        w.para(_FILLER)
    header = ["Recommendation", "Scope", "Action to take", "Lead Agency", "Key milestones", "Target date",
              "Completion date and outcome"]  # fmt: skip
    rows: list[list[str | None]] = [header]
    five = [
        "Add a strangulation question to the domestic abuse attendance form on the mobile devices",
        "Brief every response sergeant on the new question and on how to record the answer",
        "Put a module on strangulation into the next round of public protection training days",
        "Tell the crime review team to check the question on every report it looks at",
        "Dip sample forty reports after three months and report the result to the partnership",
    ]
    milestones = ["Form change requested 03/10/2022", "Briefing pack written", "Trainer booked for 14/02/2023",
                  "", "Sample size agreed with the panel"]  # fmt: skip
    for k, text in enumerate(five):
        act(recs[0], text, "Thornbury Vale Police", "By end of Q2 2023/24", "2023-09")
        first = k == 0
        rows.append([f"1. {recs[0].text}" if first else None, "Local" if first else None, text,
                     "Thornbury Vale Police" if first else None, milestones[k],
                     "By end of Q2 2023/24" if first else None, "Form live 01/12/2022" if first else ""])  # fmt: skip
    two = [("Write a one-page guide to referring to the IDVA service", "Thornbury Vale Council Housing",
            "Sept 2022", "2022-09"),
           ("Add the guide to the housing options induction pack", "Thornbury Vale Council Housing",
            "Immediate", None)]  # fmt: skip
    for k, (text, lead, cell, iso) in enumerate(two):
        act(recs[1], text, lead, cell, iso)
        rows.append([f"2. {recs[1].text}" if k == 0 else None, "Local" if k == 0 else None, text, lead,
                     "Draft seen by the IDVA manager" if k == 0 else "", cell, ""])  # fmt: skip
    w.table(rows, [5.5, 1.8, 6.0, 3.2, 3.6, 2.6, 3.4], font_size=10)
    return w, d


def date_shapes() -> tuple[WordDoc, Doc]:
    intro = "Larchmere Community Safety Partnership. Overview report, final version February 2023"
    w, d, recs = word_opening("Larchmere Community Safety Partnership", "Ruta", intro, [
        ("Larchmere GP practices should offer a double appointment to a patient who discloses abuse.", ["gp"]),
        ("Larchmere Adult Social Care should check for coercive control when a carer manages a person's money.",
         ["adult_social_care"]),
        ("The Larchmere Community Safety Partnership should publish a directory of local domestic abuse "
         "services.", ["community_safety_partnership"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Tell practices about the double appointment at the safeguarding forum", "Larchmere ICB",
                    "Sept 2022", "2022-09"),
                   ("Add a double appointment code to the practice system", "Larchmere ICB", "w/c 5th June",
                    "2023-06-05"),
                   ("Check the use of the code in ten practices", "Larchmere ICB", "Spring 2023", "2023"),
                   ("Report the check to the partnership", "Larchmere ICB",
                    "Within 6 months of the review's publication", None)]),
        (recs[1], [("Add money management to the carer review questions", "Larchmere ASC", "Immediate", None),
                   ("Brief social workers on financial abuse", "Larchmere ASC", "Complete - see notes", None),
                   ("Audit twenty reviews where a carer manages money", "Larchmere ASC", "31.03.23",
                    "2023-03-31")]),
        (recs[2], [("Collect the details of every local service", "Larchmere CSP", "2023-03-31", "2023-03-31"),
                   ("Publish the directory on the council website", "Larchmere CSP", "March '23", "2023-03"),
                   ("Send the directory to every GP practice", "Larchmere CSP", "Completed 12/01/23",
                    "2023-01-12")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Action", "Lead", "Target date"]]
    rows += numbered_rows(plan)
    w.table(rows, [1.2, 8.0, 3.5, 3.5], font_size=10)
    return w, d


def rag_colour_column() -> tuple[WordDoc, Doc]:
    intro = "Fallowfield Community Safety Partnership. Overview report, agreed January 2023"
    w, d, recs = word_opening("Fallowfield Community Safety Partnership", "Iwona", intro, [
        ("Fallowfield Probation should tell the victim's IDVA when a perpetrator's licence conditions change.",
         ["probation_service"]),
        ("Fallowfield Hospital should give maternity staff training on coercive control.", ["hospital"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Add the IDVA to the licence change notification list", "Fallowfield Probation", "Dec 2022",
                    "2022-12"),
                   ("Check that notifications are sent in a quarterly audit", "Fallowfield Probation",
                    "Q4 2022/23", "2023-03")]),
        (recs[1], [("Write a coercive control session for maternity staff", "Fallowfield Hospital Maternity",
                    "30/06/2023", "2023-06-30"),
                   ("Deliver the session to every community midwife", "Fallowfield Hospital Maternity", "Ongoing",
                    None)]),
    ]  # fmt: skip
    colours = iter(["Green", "Amber", "Red", "Amber"])
    rows: list[list[str | None]] = [["Ref", "Recommendation", "Action", "RAG", "Lead agency", "Target date"]]
    rows += plan_rows(plan, lambda rec, k, a: [
        rec.number if k == 0 else None, rec.text if k == 0 else None, a[0], next(colours), a[1], a[2]])  # fmt: skip
    w.table(rows, [1.0, 4.5, 5.0, 1.5, 3.0, 2.2], font_size=9.5)
    return w, d


def bullets_one_cell() -> tuple[WordDoc, Doc]:
    intro = "Cobham Heath Community Safety Partnership. Overview report, March 2023"
    w, d, recs = word_opening("Cobham Heath Community Safety Partnership", "Beata", intro, [
        ("Cobham Heath Children's Services should record what a child says about abuse at home in every "
         "assessment.", ["childrens_social_care"]),
        ("The Cobham Heath drug and alcohol service should ask every client about abuse at each review.",
         ["drug_and_alcohol_services"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    bullets = w.abstract(BULLET)
    first = [("Add a voice of the child box to the assessment form", "Cobham Heath Children's Services",
              "By end of Q2 2023/24", "2023-09"),
             ("Train team managers to check the box before sign-off", "Cobham Heath Children's Services",
              "By end of Q2 2023/24", "2023-09"),
             ("Audit fifteen assessments for the child's words", "Cobham Heath Children's Services",
              "By end of Q2 2023/24", "2023-09")]  # fmt: skip
    second = [("Add the question to the review template", "Cobham Heath Recovery Service", "March '23", "2023-03"),
              ("Brief keyworkers at the team meeting", "Cobham Heath Recovery Service", "Immediate", None),
              ("Report how often the question is asked", "Cobham Heath Recovery Service", "Sept 2023",
               "2023-09")]  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Actions", "Lead", "Target date"]]
    cells: Cells = {}
    for a in first:
        act(recs[0], *a)
    rows.append([f"1. {recs[0].text}", "", first[0][1], first[0][2]])
    nid = w.num(bullets)
    cells[(1, 1)] = [(a[0], (nid, 0)) for a in first]
    for a in second:
        act(recs[1], *a)
    rows.append([f"2. {recs[1].text}", "", second[0][1], ""])
    cells[(2, 1)] = [(f"- {a[0]}", None) for a in second]
    cells[(2, 3)] = [(a[2], None) for a in second]
    w.table(rows, [5.0, 6.5, 3.0, 2.6], font_size=10, cell_numbering=cells)
    return w, d


def summary_then_appendix() -> tuple[WordDoc, Doc]:
    intro = "Wrenfield Community Safety Partnership. Overview report, final version October 2022"
    w, d, recs = word_opening("Wrenfield Community Safety Partnership", "Lidia", intro, [
        ("Wrenfield Police should refer a victim to the IDVA service after a second call-out within a year.",
         ["police"]),
        ("Wrenfield Council should check its licensing records when a taxi driver is reported for abuse.",
         ["local_authority"]),
        ("The Wrenfield Community Safety Partnership should hold a learning event on this review.",
         ["community_safety_partnership"]),
    ])  # fmt: skip
    w.heading("Summary action plan", 2)
    w.para("The table below gives each recommendation's lead and the date by which it should be met. The full "
           "plan with each action is in Appendix B.")  # fmt: skip
    summary: list[list[str | None]] = [["No.", "Recommendation", "Lead agency", "Target date"]]
    leads = ["Wrenfield Police", "Wrenfield Council Licensing", "Wrenfield CSP"]
    for rec, lead, when in zip(recs, leads, ["March 2023", "June 2023", "December 2022"], strict=True):
        summary.append([rec.number, rec.text, lead, when])
    w.table(summary, [1.2, 9.0, 3.5, 2.6], font_size=10)
    w.heading("Conclusions", 1)
    for _ in range(3):
        w.para(_FILLER)
    w.page_break()
    w.heading("Appendix B: Full action plan", 1)
    plan: Plan = [
        (recs[0], [("Set a second call-out alert on the domestic abuse system", "Wrenfield Police", "Jan 2023",
                    "2023-01"),
                   ("Audit referrals made after a second call-out", "Wrenfield Police", "March 2023",
                    "2023-03")]),
        (recs[1], [("Agree a check between licensing and the police", "Wrenfield Council Licensing", "TBC",
                    None),
                   ("Add the check to the licence review procedure", "Wrenfield Council Licensing", "June 2023",
                    "2023-06")]),
        (recs[2], [("Hold the learning event for front-line staff", "Wrenfield CSP", "1st December 2022",
                    "2022-12-01")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [
        ["Rec", "Action to take", "Lead", "Target date", "Completion date and outcome"]
    ]
    rows += plan_rows(plan, lambda rec, k, a: [rec.number if k == 0 else "", a[0], a[1], a[2], ""])
    w.table(rows, [1.2, 7.0, 3.5, 2.5, 3.0], font_size=10)
    return w, d


def two_column_wrap() -> tuple[WordDoc, Doc]:
    intro = "Eastcote Community Safety Partnership. Overview report, final version August 2022"
    w, d, recs = word_opening("Eastcote Community Safety Partnership", "Hollie", intro, [
        ("Eastcote Ambulance Service should pass a safeguarding concern to the local authority whenever a crew "
         "sees signs of abuse.", ["ambulance_service"]),
        ("Eastcote Mental Health Trust should include a patient's partner in safety planning when the patient "
         "has threatened them.", ["mental_health_services"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Change the crew safeguarding prompt so that it asks about signs of abuse at every call to "
                    "a home where a partner is present, and record the answer", "Eastcote Ambulance Service",
                    "Dec 2022", "2022-12"),
                   ("Run a short briefing on the changed prompt for every crew at the start of their shift over "
                    "one month, with a sign-off sheet kept by each station", "Eastcote Ambulance Service",
                    "Ongoing", None)]),
        (recs[1], [("Add the partner's safety to the care plan template and to the discharge checklist, with "
                    "a prompt to contact the partner before the patient goes home", "Eastcote Mental Health Trust",
                    "31.01.23", "2023-01-31")]),
    ]  # fmt: skip
    for rec, actions in plan:
        w.para(f"Recommendation {rec.number}", bold=True)
        rows: list[list[str | None]] = [["Action", "Target date"]]
        for a in actions:
            act(rec, *a)
            rows.append([a[0], a[2]])
        w.table(rows, [6.5, 2.5], font_size=10)
    return w, d


def action_refs_only() -> tuple[WordDoc, Doc]:
    intro = "Hollinsend Community Safety Partnership. Overview report, final version January 2023"
    w, d, recs = word_opening("Hollinsend Community Safety Partnership", "Zara", intro, [
        ("Hollinsend Council should make sure that its anti-social behaviour team asks about domestic abuse.",
         ["local_authority"]),
        ("Hollinsend Police should use the stalking protection order where the legal test is met.", ["police"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Add a domestic abuse question to the case opening form", "Hollinsend Council", "31.03.23",
                    "2023-03-31"),
                   ("Train the anti-social behaviour officers", "Hollinsend Council", "2023-03-31", "2023-03-31")]),
        (recs[1], [("Issue guidance on stalking protection orders", "Hollinsend Police", "Sept 2023", "2023-09"),
                   ("Review every stalking case for an order", "Hollinsend Police", "Spring 2023", "2023"),
                   ("Report the number of orders to the partnership", "Hollinsend Police", "Quarterly", None)]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Ref", "Action", "Lead agency", "Target date"]]
    rows += plan_rows(plan, lambda rec, k, a: [f"{rec.number}.{k + 1}", a[0], a[1], a[2]])
    w.table(rows, [1.3, 8.0, 3.5, 3.0], font_size=10)
    return w, d


def r_numbers() -> tuple[WordDoc, Doc]:
    intro = "Saltmarsh Community Safety Partnership. Overview report, final version December 2022"
    w, d, recs = word_opening("Saltmarsh Community Safety Partnership", "Gemma", intro, [
        ("Saltmarsh ICB should make sure that GP practices code a disclosure of abuse in the patient record.",
         ["integrated_care_board"]),
        ("Saltmarsh Housing should visit a tenant who stops paying rent after reporting abuse.", ["housing"]),
        ("Saltmarsh Police should check the partner's record when a victim reports a breach of bail.",
         ["police"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Send the coding guide to every practice", "Saltmarsh ICB", "Feb 2023", "2023-02"),
                   ("Audit records for the code", "Saltmarsh ICB", "Q1 2023/24", "2023-06")]),
        (recs[1], [("Add a visit step to the rent arrears procedure", "Saltmarsh Housing", "Complete", None)]),
        (recs[2], [("Add a record check to the breach of bail checklist", "Saltmarsh Police", "April 2023",
                    "2023-04"),
                   ("Brief control room staff on the check", "Saltmarsh Police", "TBC", None)]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Rec", "Action", "Lead", "Timescale"]]
    rows += plan_rows(plan, lambda rec, k, a: [f"R{rec.number}" if k == 0 else "", a[0], a[1], a[2]])
    w.table(rows, [1.3, 8.0, 3.5, 3.0], font_size=10)
    return w, d


def borderless_landscape() -> tuple[WordDoc, Doc]:
    intro = "Ivybridge Marsh Community Safety Partnership. Overview report, final version March 2023"
    w, d, recs = word_opening("Ivybridge Marsh Community Safety Partnership", "Nell", intro, [
        ("Ivybridge Marsh Council should make sure that its social workers ask about abuse when a parent asks "
         "for help with childcare.", ["local_authority"]),
        ("Ivybridge Marsh Police should refer every victim over sixty to the older people's advocacy service.",
         ["police"]),
    ])  # fmt: skip
    w.section(landscape=True)
    w.heading("Appendix A: Action plan", 1)
    plan: Plan = [
        (recs[0], [("Add a question on abuse to the early help request form", "Ivybridge Marsh Council",
                    "2023-06-30", "2023-06-30"),
                   ("Tell early help workers how to respond to a disclosure", "Ivybridge Marsh Council",
                    "31.07.23", "2023-07-31")]),
        (recs[1], [("Agree a referral form with the advocacy service", "Ivybridge Marsh Police", "March '23",
                    "2023-03"),
                   ("Check referrals of older victims every quarter", "Ivybridge Marsh Police", "Ongoing",
                    None)]),
    ]  # fmt: skip
    status = iter(["Green", "Amber", "Green", "Amber"])
    rows: list[list[str | None]] = [["Recommendation", "Action", "Lead agency", "Target date", "Status"]]
    rows += plan_rows(plan, lambda rec, k, a: [
        f"{rec.number}. {rec.text}" if k == 0 else "", a[0], a[1], a[2], next(status)])  # fmt: skip
    w.table(rows, [7.5, 7.5, 4.5, 3.0, 2.5], font_size=10)
    _no_borders(w)
    return w, d


def completed_target() -> tuple[WordDoc, Doc]:
    intro = "Brackenfield Community Safety Partnership. Action plan update, May 2023"
    w, d, recs = word_opening("Brackenfield Community Safety Partnership", "Dee", intro, [
        ("Brackenfield Hospital should ask every patient who attends with a head injury whether they feel safe "
         "at home.", ["hospital"]),
        ("Brackenfield Adult Social Care should offer a carer's assessment to every carer who is a victim.",
         ["adult_social_care"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Add the question to the head injury pathway", "Brackenfield Hospital", "Completed 12/01/23",
                    "2023-01-12"),
                   ("Train emergency department nurses", "Brackenfield Hospital", "Complete - see notes", None),
                   ("Audit the pathway for the question", "Brackenfield Hospital", "Sept 2023", "2023-09")]),
        (recs[1], [("Change the carer's assessment offer letter", "Brackenfield ASC", "Completed 03/03/23",
                    "2023-03-03"),
                   ("Report the number of assessments offered", "Brackenfield ASC", "31.12.23", "2023-12-31")]),
    ]  # fmt: skip
    outcome = iter(["Pathway v3 issued 12/01/2023", "82% trained by 28/02/2023", "",
                    "New letter in use from 03/03/2023", ""])  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Action", "Lead", "Target date", "Completion date and outcome"]]
    rows += plan_rows(plan, lambda rec, k, a: [rec.number if k == 0 else "", a[0], a[1], a[2], next(outcome)])
    w.table(rows, [1.2, 6.5, 3.2, 2.6, 3.5], font_size=10)
    return w, d


def six_actions_split() -> tuple[WordDoc, Doc]:
    intro = "Gorsebrook Community Safety Partnership. Overview report, final version April 2023"
    w, d, recs = word_opening("Gorsebrook Community Safety Partnership", "Alina", intro, [
        ("Gorsebrook Council should set up a multi-agency response to victims who are also carers of the "
         "person who abuses them.", ["local_authority"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    for _ in range(6):  # the six actions start near the page foot
        w.para(_FILLER)
    six = [("Map the services that carers who are victims use", "Q1 2023/24", "2023-06"),
           ("Write a joint protocol with health and the domestic abuse service", "By end of Q3 2023/24", "2023-12"),
           ("Name a lead officer in each team", "Sept 2023", "2023-09"),
           ("Tell every team about the protocol", "Immediate", None),
           ("Audit ten cases under the protocol", "31.03.24", "2024-03-31"),
           ("Report the audit to the safeguarding adults board", "Ongoing", None)]  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Action", "Lead", "Target date"]]
    for k, (text, cell, iso) in enumerate(six):
        act(recs[0], text, "Gorsebrook Council", cell, iso)
        rows.append([first_row_text(recs[0], k), text, "Gorsebrook Council" if k == 0 else None, cell])
    w.table(rows, [5.0, 6.5, 3.0, 2.6], font_size=11)
    return w, d


def numbered_paragraphs() -> tuple[WordDoc, Doc]:
    intro = "Redmarley Community Safety Partnership. Overview report, final version September 2022"
    w, d, recs = word_opening("Redmarley Community Safety Partnership", "Ola", intro, [
        ("Redmarley Police should make sure that officers read a victim's earlier reports before they visit.",
         ["police"]),
        ("Redmarley Council should tell landlords how to support a tenant who reports abuse.",
         ["local_authority"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Add an earlier reports summary to the incident screen", "Redmarley Police", "Sept 2022",
                    "2022-09"),
                   ("Tell officers to read the summary before a visit", "Redmarley Police", "Ongoing", None),
                   ("Check the summary's use in a dip sample", "Redmarley Police", "31.03.23", "2023-03-31")]),
        (recs[1], [("Write a landlord guide", "Redmarley Council", "Dec 2022", "2022-12"),
                   ("Send the guide to every licensed landlord", "Redmarley Council", "March '23", "2023-03")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Recommendation", "Actions", "Lead agency", "Target date"]]
    cells: Cells = {}
    for rec, actions in plan:
        for a in actions:
            act(rec, *a)
        rows.append([rec.number, rec.text, "", actions[0][1], ""])
        r = len(rows) - 1
        cells[(r, 2)] = [(f"{rec.number}.{k} {a[0]}", None) for k, a in enumerate(actions, start=1)]
        cells[(r, 4)] = [(f"{rec.number}.{k} {a[2]}", None) for k, a in enumerate(actions, start=1)]
    w.table(rows, [1.1, 5.0, 6.0, 2.8, 2.6], font_size=10, cell_numbering=cells)
    return w, d


WORD = {
    "blindh-01-home-office-merged-split": home_office_merged_split,
    "blindh-02-date-shapes": date_shapes,
    "blindh-03-rag-colour-column": rag_colour_column,
    "blindh-04-bullets-one-cell": bullets_one_cell,
    "blindh-05-summary-then-appendix": summary_then_appendix,
    "blindh-06-two-column-wrap": two_column_wrap,
    "blindh-07-action-refs-only": action_refs_only,
    "blindh-08-r-numbers": r_numbers,
    "blindh-09-borderless-landscape": borderless_landscape,
    "blindh-10-completed-target": completed_target,
    "blindh-11-six-actions-split": six_actions_split,
    "blindh-12-numbered-paragraphs": numbered_paragraphs,
}


def main(argv: list[str]) -> int:
    return build_set(WORD, DRAWN, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
