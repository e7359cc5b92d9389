"""A seventh blind set of action plans (written for these tests, gold labelled before the reader was run on them):
report styles of ``DHR-REPORTS.md`` the sets a-f did not use. Every place, person, recommendation, action and
date is invented; the Word documents are saved as DOCX and exported to PDF, the drawn ones are PDFs only.

Gold conventions (as the earlier sets and ``extraction.target_dates``): a target is the date the cell sets, at
the precision printed ("Sept 2021" -> 2021-09, "30.06.2021" -> 2021-06-30); a quarter of a financial year
(April to March) is its last month ("End of Q2 2021/22" -> 2021-09, "Q1 2022/23" -> 2022-06); a financial year
is its March ("2021/22", "End of financial year 2021/22" -> 2022-03); a season gives its year ("Autumn 2021" ->
2021); a cell that says the action was done on a date has that date ("Achieved - June 2020" -> 2020-06); a cell
that sets no calendar date ("Complete", "Ongoing", "TBC", "Immediate", "Within 3 months of publication",
"Short term (3 months)", "Annually", an empty cell) has none. Dates in other columns (key milestones, progress,
RAG notes) are not the target.

* ``blindg-01-smart-columns``: "Recommendation | Specific | Measurable | Achievable | Relevant | Time-bound"
  headers each with its explanation ("Specific - what will be done"), the lead in the Achievable column.
* ``blindg-02-key-milestones``: "Action | Lead | Key milestones | Target date | Completion date and outcome",
  the milestone cells full of interim dates.
* ``blindg-03-achieved-status``: "No. | Action | Lead officer | Completion date | Status", completion cells
  "Achieved - June 2020", "Complete", "Achieved – 14/09/2020".
* ``blindg-04-by-when-quarters``: "Recommendation | What we will do | Who | By when" with quarters of financial
  years and "Within 3 months of publication".
* ``blindg-05-rag-status``: "Ref | Recommendation | Action | Lead agency | Target date | RAG status".
* ``blindg-06-merged-label-landscape``: a landscape plan whose first column, merged down over a
  recommendation's actions, repeats "Recommendation N" and its text as two paragraphs.
* ``blindg-07-landscape-split-completion``: a long landscape plan over three pages, the header repeated,
  "Completion date" column.
* ``blindg-08-typed-bullets-cell``: the actions typed as "•" paragraphs in one cell, one "By when" date for all.
* ``blindg-09-separate-smart``: a separate plan (no report), "Rec | Action (Specific) | Measure of success |
  Lead (Accountable) | Target date (Time-bound)".
* ``blindg-10-action-number-column``: "Rec | Action no. | Action | Lead | Target date", actions "1.1", "1.2".
* ``blindg-11-term-timescales``: "Timescale" cells "Short term (3 months)", "Medium term", beside dated ones.
* ``blindg-12-theme-rows-rag``: theme rows across the table, a merged Lead cell, a RAG column.
* ``blindg-13-dates-with-words``: target cells "By 31st October 2021", "January 2022 then annually",
  "End of June 2021", "Annually", "6 weeks after sign-off".
* ``blindg-14-word-bullets-dates``: Word bullets in the action cell, the dates as Word bullets alike.
* ``blindg-15-drawn-smart``: a drawn SMART plan, a rule under the header.
* ``blindg-16-drawn-landscape-milestones``: a drawn landscape plan "Action | Lead | Key milestones | Target
  date | Outcome" cut by page breaks, the header repeated.
* ``blindg-17-drawn-bullets-by-when``: a drawn plan with "•" actions in one cell and one "By when" date.
* ``blindg-18-drawn-rag-achieved``: a drawn plan with "Completion date" cells "Achieved - ..." and a RAG column.
* ``blindg-19-drawn-merged-rec``: a drawn plan whose recommendation is printed once over its actions' rows,
  "Completion date" column, "End of Q3 2021/22".
* ``blindg-20-drawn-quarters-no-lines``: a drawn plan with no lines, "By when" quarters and non-dates.

Rebuild (LibreOffice needed): ``python -m tests.extraction.plans_blind_g.build``; score:
``python -m tests.extraction.plans_blind_f.score tests/extraction/plans_blind_g``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.shared import Cm

from annotations.wordproc.worddoc import BULLET, WordDoc
from dhr.schema import Recommendation
from tests.extraction.plans.build import Doc, act
from tests.extraction.plans_blind.build import (
    Plan,
    build_set,
    first_row_text,
    numbered_rows,
    plan_rows,
    word_opening,
)
from tests.extraction.plans_blind_g.drawn import DRAWN

HERE = Path(__file__).resolve().parent

Acts = list[tuple[str, str, str, str | None]]  # (action, lead, target cell, gold ISO or None)


# ------------------------------------------------------------------------------------------ word processor


def smart_columns() -> tuple[WordDoc, Doc]:
    intro = "Oakhurst Community Safety Partnership. Overview report, final draft March 2021"
    w, d, recs = word_opening("Oakhurst Community Safety Partnership", "Greta", intro, [
        ("Oakhurst Police should make sure that call handlers ask whether there is a court order in force when "
         "a victim reports a breach.", ["police"]),
        ("Oakhurst Council should tell its housing officers how to refer a tenant to the MARAC.",
         ["local_authority"]),
    ])  # fmt: skip
    w.section(landscape=True)
    w.heading("Appendix A: SMART action plan", 1)
    plan: Plan = [
        (recs[0], [("Add a court order question to the call handling script", "Oakhurst Police",
                    "End of Q2 2021/22", "2021-09"),
                   ("Brief every call handler on the new question", "Oakhurst Police", "31 January 2022",
                    "2022-01-31")]),
        (recs[1], [("Write a one-page MARAC referral guide for housing officers", "Oakhurst Council Housing",
                    "Within 3 months of publication", None),
                   ("Add the guide to the housing induction course", "Oakhurst Council Housing", "Q1 2022/23",
                    "2022-06")]),
    ]  # fmt: skip
    measures = iter(["Script changed and checked in a call audit", "Briefing attendance of 90%",
                     "Guide published on the intranet", "Course materials include the guide"])  # fmt: skip
    relevant = iter(["Finding 3: the breach was logged as a nuisance call", "Finding 3",
                     "Finding 5: no referral was made", "Finding 5"])  # fmt: skip
    rows: list[list[str | None]] = [[
        "Recommendation", "Specific - what will be done", "Measurable - how we will know",
        "Achievable - who will lead", "Relevant - link to the finding", "Time-bound - target date",
    ]]  # fmt: skip
    rows += plan_rows(plan, lambda rec, k, a: [
        first_row_text(rec, k), a[0], next(measures), a[1], next(relevant), a[2]])  # fmt: skip
    w.table(rows, [5.5, 5.5, 4.0, 3.5, 4.0, 3.0], font_size=9)
    return w, d


def key_milestones() -> tuple[WordDoc, Doc]:
    intro = "Brookfield Community Safety Partnership. Report signed off by the panel in May 2021"
    w, d, recs = word_opening("Brookfield Community Safety Partnership", "Ines", intro, [
        ("Brookfield Mental Health Trust should ask every patient about abuse at home at their first "
         "assessment.", ["mental_health_services"]),
        ("Brookfield Probation should check police call-out records before it recommends a curfew address.",
         ["probation_service"]),
    ])  # fmt: skip
    w.section(landscape=True)
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Add the routine question to the first assessment form", "Brookfield Mental Health Trust",
                    "September 2021", "2021-09"),
                   ("Audit forty first assessments for the question", "Brookfield Mental Health Trust",
                    "March 2022", "2022-03")]),
        (recs[1], [("Write the address check into the curfew assessment guidance", "Brookfield Probation",
                    "30/11/2021", "2021-11-30")]),
    ]  # fmt: skip
    milestones = iter(["Draft form by June 2021; sign-off at the July 2021 governance meeting",
                       "Audit tool agreed by December 2021",
                       "Guidance drafted by 31/08/2021; staff told in October 2021"])  # fmt: skip
    outcomes = iter(["Form live since 02/08/2021", "", "Achieved - guidance issued 15/11/2021"])
    rows: list[list[str | None]] = [["Rec", "Action", "Lead", "Key milestones", "Target date",
                                     "Completion date and outcome"]]  # fmt: skip
    rows += plan_rows(plan, lambda rec, k, a: [
        rec.number if k == 0 else "", a[0], a[1], next(milestones), a[2], next(outcomes)])  # fmt: skip
    w.table(rows, [1.2, 6.5, 4.0, 6.0, 2.8, 4.5], font_size=9.5)
    return w, d


def achieved_status() -> tuple[WordDoc, Doc]:
    intro = "Larkspur Vale Community Safety Partnership. Action plan position at October 2020"
    w, d, recs = word_opening("Larkspur Vale Community Safety Partnership", "Noor", intro, [
        ("Larkspur Vale GP practices should record the name of anyone who speaks for a patient at an "
         "appointment.", ["gp"]),
        ("The Larkspur Vale domestic abuse service should offer a follow-up call to every victim who leaves "
         "refuge.", ["domestic_abuse_services"]),
    ], font="Calibri")  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Add a field for the person who speaks for the patient", "Larkspur Vale CCG",
                    "Achieved - June 2020", "2020-06"),
                   ("Remind practice staff to see patients alone", "Larkspur Vale CCG", "Complete", None)]),
        (recs[1], [("Write a follow-up call procedure for refuge leavers", "Larkspur Vale Women's Aid",
                    "Achieved – 14/09/2020", "2020-09-14"),
                   ("Record follow-up calls in the case system", "Larkspur Vale Women's Aid", "December 2020",
                    "2020-12")]),
    ]  # fmt: skip
    status = iter(["Closed", "Closed", "Closed", "Open"])
    rows: list[list[str | None]] = [["No.", "Action", "Lead officer", "Completion date", "Status"]]
    rows += plan_rows(plan, lambda rec, k, a: [rec.number if k == 0 else "", a[0], a[1], a[2], next(status)])
    w.table(rows, [1.2, 7.0, 4.0, 3.2, 1.8], font_size=10)
    return w, d


def by_when_quarters() -> tuple[WordDoc, Doc]:
    intro = "Millbeck Community Safety Partnership. Overview report, agreed June 2021"
    w, d, recs = word_opening("Millbeck Community Safety Partnership", "Kasia", intro, [
        ("Millbeck Adult Social Care should ask a carer about their own safety when it reviews a care "
         "package.", ["adult_social_care"]),
        ("The Millbeck Community Safety Partnership should run a campaign for neighbours who hear abuse.",
         ["community_safety_partnership"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Add a carer safety question to the review template", "Millbeck ASC", "End of Q2 2021/22",
                    "2021-09"),
                   ("Train review officers in asking the question", "Millbeck ASC", "Q3 2021/22", "2021-12")]),
        (recs[1], [("Design the campaign with the domestic abuse service", "Millbeck CSP",
                    "Within 3 months of publication", None),
                   ("Run the campaign in two neighbourhoods", "Millbeck CSP", "End of Q4 2021/22", "2022-03")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "What we will do", "Who", "By when"]]
    rows += plan_rows(plan, lambda rec, k, a: [first_row_text(rec, k), a[0], a[1], a[2]])
    w.table(rows, [6.0, 6.0, 2.6, 2.6], font_size=10)
    return w, d


def rag_status() -> tuple[WordDoc, Doc]:
    intro = "Hartwell Community Safety Partnership. Overview report, July 2021"
    w, d, recs = word_opening("Hartwell Community Safety Partnership", "Ola", intro, [
        ("Hartwell Hospital should give emergency department staff a quick guide to the local IDVA service.",
         ["hospital"]),
        ("Hartwell Police should review how it decides to take no further action after a strangulation "
         "report.", ["police"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Print the IDVA quick guide for every cubicle", "Hartwell Hospital Safeguarding Team",
                    "30.06.2021", "2021-06-30"),
                   ("Add the guide to the emergency department induction", "Hartwell Hospital Safeguarding Team",
                    "Sept 2021", "2021-09")]),
        (recs[1], [("Dip sample twenty strangulation reports closed with no further action", "Hartwell Police",
                    "Within 3 months of publication", None),
                   ("Issue guidance on evidence-led prosecution for strangulation", "Hartwell Police",
                    "Dec-21", "2021-12")]),
    ]  # fmt: skip
    rag = iter(["Green - complete", "Amber", "Red - delayed to 2022", "Amber"])
    rows: list[list[str | None]] = [["Ref", "Recommendation", "Action", "Lead agency", "Target date",
                                     "RAG status"]]  # fmt: skip
    rows += plan_rows(plan, lambda rec, k, a: [
        rec.number if k == 0 else "", rec.text if k == 0 else None, a[0], a[1], a[2], next(rag)])  # fmt: skip
    w.table(rows, [1.0, 4.8, 5.0, 2.8, 2.0, 2.0], font_size=9)
    return w, d


def merged_label_landscape() -> tuple[WordDoc, Doc]:
    intro = "Fernley Community Safety Partnership. Final overview report, August 2021"
    w, d, recs = word_opening("Fernley Community Safety Partnership", "Rhona", intro, [
        ("Fernley Children's Services should speak to the non-abusing parent alone before closing a referral.",
         ["childrens_social_care"]),
        ("The Fernley substance misuse service should ask every client with a partner about abuse.",
         ["drug_and_alcohol_services"]),
    ])  # fmt: skip
    w.section(landscape=True)
    w.heading("Appendix 3: Action plan", 1)
    plan: Plan = [
        (recs[0], [("Change the closure checklist to require a conversation alone", "Fernley Children's "
                    "Services", "Dec-21", "2021-12"),
                   ("Tell team managers to check the conversation before they sign a closure",
                    "Fernley Children's Services", "Immediate", None),
                   ("Audit closed referrals every quarter", "Fernley Children's Services", "2021/22",
                    "2022-03")]),
        (recs[1], [("Add an abuse question to the substance misuse assessment", "Fernley Recovery Service",
                    "Autumn 2021", "2021"),
                   ("Train keyworkers on responding to a disclosure", "Fernley Recovery Service", "TBC", None)]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Action", "Lead agency", "Target date", "Evidence"]]
    cells: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    evidence = iter(
        ["Checklist v2", "Team meeting minutes", "Audit report", "Assessment form", "Training log"]
    )
    for rec, actions in plan:
        for k, a in enumerate(actions):
            act(rec, *a)
            rows.append(["" if k == 0 else None, a[0], a[1], a[2], next(evidence)])
            if k == 0:
                cells[(len(rows) - 1, 0)] = [(f"Recommendation {rec.number}", None), (rec.text, None)]
    w.table(rows, [7.5, 7.5, 4.5, 2.8, 3.5], font_size=9.5, cell_numbering=cells)
    return w, d


def landscape_split_completion() -> tuple[WordDoc, Doc]:
    intro = "Ravensmoor Community Safety Partnership. Overview report, final version April 2021"
    w, d, recs = word_opening("Ravensmoor Community Safety Partnership", "Ewa", intro, [
        ("Ravensmoor Police should refer every repeat victim to the IDVA service, whatever the risk level.",
         ["police"]),
        ("Ravensmoor Council should ask about abuse when a resident asks for help with debt.",
         ["local_authority"]),
        ("The Ravensmoor Community Safety Partnership should check that agencies have acted on this review.",
         ["community_safety_partnership"]),
    ])  # fmt: skip
    w.section(landscape=True)
    w.heading("Action plan", 1)
    more = (" The lead will keep evidence of what was done, agree any change to the date with the chair of the "
            "review group and report the result at the next quarterly meeting of the partnership.")  # fmt: skip
    plan: Plan = [
        (recs[0], [("Change the referral rule in the force domestic abuse policy" + more, "Ravensmoor Police",
                    "31/07/2021", "2021-07-31"),
                   ("Tell supervisors to check the referral on every repeat case" + more, "Ravensmoor Police",
                    "Aug 2021", "2021-08"),
                   ("Report repeat victim referral numbers to the partnership" + more, "Ravensmoor Police",
                    "Quarterly", None)]),
        (recs[1], [("Add a screening question to the debt advice form" + more, "Ravensmoor Council",
                    "End of Q3 2021/22", "2021-12"),
                   ("Train debt advisers in safe enquiry" + more, "Ravensmoor Council", "February 2022",
                    "2022-02")]),
        (recs[2], [("Ask each agency for evidence of its actions" + more, "Ravensmoor CSP", "March 2022",
                    "2022-03"),
                   ("Publish a summary of progress" + more, "Ravensmoor CSP", "Complete", None)]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Action", "Lead agency", "Completion date", "Progress"]]
    progress = iter(["Policy redrafted", "Briefing note written", "First report due", "Form in design",
                     "Trainer booked", "Letters sent", "Published on the website"])  # fmt: skip
    rows += plan_rows(
        plan, lambda rec, k, a: [rec.number if k == 0 else "", a[0], a[1], a[2], next(progress)]
    )
    w.table(rows, [1.4, 9.0, 4.0, 3.2, 4.5], font_size=12)
    return w, d


def typed_bullets_cell() -> tuple[WordDoc, Doc]:
    intro = "Elmstead Community Safety Partnership. Executive summary and action plan, May 2021"
    w, d, recs = word_opening("Elmstead Community Safety Partnership", "Dorota", intro, [
        ("Elmstead Ambulance Service should pass on a safeguarding concern whenever a crew attends a "
         "domestic incident.", ["ambulance_service"]),
        ("Elmstead Housing should make sure that a joint tenant fleeing abuse keeps her housing rights.",
         ["housing"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: list[tuple[Recommendation, Acts]] = [
        (recs[0], [("Add a domestic incident prompt to the crew record", "Elmstead Ambulance Service",
                    "November 2021", "2021-11"),
                   ("Brief crews at their next training day", "Elmstead Ambulance Service", "November 2021",
                    "2021-11"),
                   ("Check concerns raised each month", "Elmstead Ambulance Service", "November 2021",
                    "2021-11")]),
        (recs[1], [("Write guidance on joint tenancies and abuse", "Elmstead Housing", "Ongoing", None),
                   ("Train tenancy officers on the guidance", "Elmstead Housing", "Ongoing", None)]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Recommendation", "Actions", "Lead", "By when"]]
    cells: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    for rec, actions in plan:
        for a in actions:
            act(rec, *a)
        rows.append([rec.number, rec.text, "", actions[0][1], actions[0][2]])
        cells[(len(rows) - 1, 2)] = [(f"• {a[0]}", None) for a in actions]
    w.table(rows, [1.1, 5.4, 6.2, 2.8, 2.2], font_size=9.5, cell_numbering=cells)
    return w, d


def separate_smart() -> tuple[WordDoc, Doc]:
    d = Doc("Whitcombe Community Safety Partnership", "Anwen", "action_plan")
    w = WordDoc("Arial", 10)
    first = w.doc.sections[0]  # the whole file is one landscape plan
    first.orientation = WD_ORIENT.LANDSCAPE
    first.page_width, first.page_height = Cm(29.7), Cm(21.0)
    w.para("DHR Anwen - Action Plan", style="Title")
    w.para("Whitcombe Community Safety Partnership. Agreed by the review panel on 9 June 2021.")
    items = [
        ("Whitcombe Council should make sure that school nurses know how to refer a pupil who discloses abuse "
         "at home.", ["local_authority"],
         [("Add the referral route to the school nursing handbook", "Whitcombe School Nursing Service",
           "31st December 2021", "2021-12-31"),
          ("Run a refresher session for school nurses", "Whitcombe School Nursing Service", "Q4 2021/22",
           "2022-03")]),
        ("Whitcombe Police should offer victims a choice of the gender of the officer who takes their "
         "statement.", ["police"],
         [("Change the statement-taking guidance", "Whitcombe Police", "October 2021", "2021-10"),
          ("Check that the offer is recorded", "Whitcombe Police", "Annually", None)]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [[
        "Rec", "Recommendation", "Action (Specific)", "Measure of success (Measurable)", "Lead (Accountable)",
        "Target date (Time-bound)",
    ]]  # fmt: skip
    for i, (text, agencies, actions) in enumerate(items, start=1):
        rec = d.rec(str(i), text, agencies, "action_plan")
        for k, (atext, lead, cell, iso) in enumerate(actions):
            act(rec, atext, lead, cell, iso)
            rows.append([str(i) if k == 0 else "", text if k == 0 else None, atext,
                         "Checked in the annual audit", lead, cell])  # fmt: skip
    w.table(rows, [1.0, 6.5, 6.0, 4.0, 4.0, 3.0], font_size=9.5)
    return w, d


def action_number_column() -> tuple[WordDoc, Doc]:
    intro = "Stonebridge Community Safety Partnership. Overview report, September 2021"
    w, d, recs = word_opening("Stonebridge Community Safety Partnership", "Yasmin", intro, [
        ("Stonebridge GP practices should follow up a patient who misses two appointments after disclosing "
         "abuse.", ["gp"]),
        ("Stonebridge Probation should share its licence conditions with the victim's IDVA.",
         ["probation_service"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Set a missed appointment alert for patients who have disclosed abuse", "Stonebridge ICB",
                    "31/03/22", "2022-03-31"),
                   ("Share a practice note on follow-up calls", "Stonebridge ICB", "Mar 2022", "2022-03")]),
        (recs[1], [("Agree an information sharing form with the IDVA service", "Stonebridge Probation",
                    "TBC", None),
                   ("Send licence conditions to the IDVA within five days of release", "Stonebridge Probation",
                    "1st April 2022", "2022-04-01")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Rec", "Action no.", "Action", "Lead", "Target date"]]
    rows += plan_rows(plan, lambda rec, k, a: [
        rec.number if k == 0 else "", f"{rec.number}.{k + 1}", a[0], a[1], a[2]])  # fmt: skip
    w.table(rows, [1.2, 1.8, 7.5, 3.5, 2.8], font_size=10)
    return w, d


def term_timescales() -> tuple[WordDoc, Doc]:
    intro = "Ashcombe Fields Community Safety Partnership. Overview report, November 2021"
    w, d, recs = word_opening("Ashcombe Fields Community Safety Partnership", "Leila", intro, [
        ("Ashcombe Fields Council should train its parking and licensing staff to recognise coercive control.",
         ["local_authority"]),
        ("The Ashcombe Fields Partnership Board should commission a service for perpetrators who want to "
         "change.", ["domestic_abuse_partnership_board"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Buy an e-learning module on coercive control", "Ashcombe Fields Council",
                    "Short term (3 months)", None),
                   ("Make the module part of induction", "Ashcombe Fields Council", "April 2022", "2022-04")]),
        (recs[1], [("Scope perpetrator services used by neighbouring areas", "Ashcombe Fields Partnership "
                    "Board", "Medium term (6-12 months)", None),
                   ("Commission a perpetrator service", "Ashcombe Fields Partnership Board",
                    "Long term - by March 2023", "2023-03")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Action", "Lead agency", "Timescale"]]
    rows += numbered_rows(plan)
    w.table(rows, [1.2, 8.0, 4.5, 3.5], font_size=10)
    return w, d


def theme_rows_rag() -> tuple[WordDoc, Doc]:
    intro = "Kingsmere Community Safety Partnership. Overview report, final, October 2021"
    w, d, recs = word_opening("Kingsmere Community Safety Partnership", "Selma", intro, [
        ("Kingsmere Police should use the stalking screening tool whenever a victim reports unwanted "
         "contact.", ["police"]),
        ("Kingsmere Council should include domestic abuse in its adult safeguarding training.",
         ["local_authority"]),
    ])  # fmt: skip
    w.section(landscape=True)
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [["Rec", "Action", "Lead", "Target date", "RAG"]]
    themes = ["Theme 1 - Risk assessment - force wide", "Theme 2 - Training - Kingsmere only"]
    plan: Plan = [
        (recs[0], [("Load the stalking screening tool on the crime system", "Kingsmere Police",
                    "End of June 2021", "2021-06"),
                   ("Check ten stalking reports for a completed screen", "Kingsmere Police",
                    "End of Q2 2021/22", "2021-09")]),
        (recs[1], [("Add a domestic abuse module to the safeguarding course", "Kingsmere Council", "Jan 2022",
                    "2022-01"),
                   ("Count staff who have done the module", "Kingsmere Council", "Ongoing", None)]),
    ]  # fmt: skip
    rag = iter(["Green", "Amber", "Amber", "Green"])
    for theme, (rec, actions) in zip(themes, plan, strict=True):
        rows.append([theme])
        for k, a in enumerate(actions):
            act(rec, *a)
            rows.append([rec.number if k == 0 else "", a[0], a[1] if k == 0 else None, a[2], next(rag)])
    w.table(rows, [1.2, 11.0, 5.0, 3.5, 2.0], font_size=10)
    return w, d


def dates_with_words() -> tuple[WordDoc, Doc]:
    intro = "Netherby Community Safety Partnership. Overview report, published July 2021"
    w, d, recs = word_opening("Netherby Community Safety Partnership", "Marisol", intro, [
        ("Netherby Hospital should ask about abuse when a pregnant woman attends with an injury.", ["hospital"]),
        ("The Netherby Community Safety Partnership should publish its learning from this review.",
         ["community_safety_partnership"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Add the question to the maternity triage record", "Netherby Hospital Maternity",
                    "By 31st October 2021", "2021-10-31"),
                   ("Audit maternity records for the question", "Netherby Hospital Maternity",
                    "January 2022 then annually", "2022-01"),
                   ("Remind midwives of the question at handover", "Netherby Hospital Maternity", "Annually",
                    None)]),
        (recs[1], [("Write a learning brief of this review", "Netherby CSP", "End of June 2021", "2021-06"),
                   ("Hold a learning event for front-line staff", "Netherby CSP", "6 weeks after sign-off",
                    None)]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Action", "Responsible", "Target date"]]
    rows += plan_rows(plan, lambda rec, k, a: [first_row_text(rec, k), a[0], a[1], a[2]])
    w.table(rows, [5.5, 6.0, 3.2, 3.0], font_size=10)
    return w, d


def word_bullets_dates() -> tuple[WordDoc, Doc]:
    intro = "Copperfield Community Safety Partnership. Overview report, December 2021"
    w, d, recs = word_opening("Copperfield Community Safety Partnership", "Tamsin", intro, [
        ("Copperfield Adult Social Care should check for abuse when a person in their care moves in with a "
         "new partner.", ["adult_social_care"]),
        ("Copperfield Police should give a victim the outcome of a bail decision on the day it is made.",
         ["police"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    bullets = w.abstract(BULLET)
    plan: list[tuple[Recommendation, Acts]] = [
        (recs[0], [("Add a change of household prompt to the care review", "Copperfield ASC", "March 2022",
                    "2022-03"),
                   ("Brief social workers on the prompt", "Copperfield ASC", "Q1 2022/23", "2022-06")]),
        (recs[1], [("Add a victim contact task to the bail record", "Copperfield Police", "Complete", None),
                   ("Check a sample of bail decisions for the contact", "Copperfield Police", "Sept 2022",
                    "2022-09")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Recommendation", "Actions", "Lead", "Target date"]]
    cells: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    for rec, actions in plan:
        for a in actions:
            act(rec, *a)
        rows.append([rec.number, rec.text, "", actions[0][1], ""])
        cells[(len(rows) - 1, 2)] = [(a[0], (w.num(bullets), 0)) for a in actions]
        cells[(len(rows) - 1, 4)] = [(a[2], (w.num(bullets), 0)) for a in actions]
    w.table(rows, [1.1, 5.2, 6.2, 2.6, 2.6], font_size=9.5, cell_numbering=cells)
    return w, d


WORD = {
    "blindg-01-smart-columns": smart_columns,
    "blindg-02-key-milestones": key_milestones,
    "blindg-03-achieved-status": achieved_status,
    "blindg-04-by-when-quarters": by_when_quarters,
    "blindg-05-rag-status": rag_status,
    "blindg-06-merged-label-landscape": merged_label_landscape,
    "blindg-07-landscape-split-completion": landscape_split_completion,
    "blindg-08-typed-bullets-cell": typed_bullets_cell,
    "blindg-09-separate-smart": separate_smart,
    "blindg-10-action-number-column": action_number_column,
    "blindg-11-term-timescales": term_timescales,
    "blindg-12-theme-rows-rag": theme_rows_rag,
    "blindg-13-dates-with-words": dates_with_words,
    "blindg-14-word-bullets-dates": word_bullets_dates,
}


def main(argv: list[str]) -> int:
    return build_set(WORD, DRAWN, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
