"""Action-plan layouts written for the extraction tests: DOCX made the way Word stores them, their LibreOffice PDF
exports, and a ``<name>.gold.json`` beside each (``annotations/extraction`` gold format).

Every word here is written for these tests (recommendations, actions, leads, dates are invented; no text is
taken from a report). Each document exercises what real action plans do to a table reader:

* ``plan-01-yearless``: target cells with no year ("w/c 3 June", "end of June", "September") under a report
  dated on its title page; "By when" / "Lead officer" columns; a "Monitoring" column that holds no actions.
* ``plan-02-landscape-merged``: a landscape section with columns in another order (Lead before Action), theme
  rows merged across the width, Recommendation / Lead / Timescale cells merged down over several actions.
* ``plan-03-two-column``: a narrow plan table flowing from the left column into the right one and over the page,
  the header repeated, "Deadline" dates written as "Mar-18", "31/03/18", "31st March 2018", "Immediate".
* ``plan-04-split-rows``: long rows cut by the page break (the header repeated on the next page), a
  "Completion date" column that is the target and a "Progress update" column that is not an action.
* ``plan-05-separate-plan``: a separate landscape action plan (no report text) with "Date for completion",
  "Success measures" and "Evidence" columns, numbered recommendations inside the first column.
* ``plan-06-column-cut``: a plan in a two-column section whose row is cut by the column break in every cell
  ("2. Ashcombe" | "Council should ...", "Lead" | "body", "March" | "2021"); "Recommendat ion" wrapped.
* ``plan-07-table-per-recommendation``: "Recommendation N" and its text, then a small Action | Lead | Target
  date table of its own under each recommendation (no recommendation column in the tables).
* ``plan-08-bullets-in-cells``: several actions in one cell as Word bullets or Word numbers (the marks live in
  numbering.xml), their dates numbered alike in the Target date cell.
* ``plan-09-row-rules-only``: a table style with rules between rows and no column lines (the PDF's line
  finder sees no table; the columns come from the header's words).
* ``plan-10-merged-over-page-break``: Lead and Target cells merged over five actions, cut by the page break
  (printed on the first page only; the rest of the span is empty on the next).

The files are committed, so the tests need no LibreOffice. Rebuild: ``python -m tests.extraction.plans.build``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from annotations.wordproc.worddoc import Level, WordDoc
from dhr.schema import Recommendation

# the gold model and the set writer live in kit.py (shared with the other plan sets); imported here under their
# old names so that callers of ``tests.extraction.plans.build`` keep working
from tests.extraction.plans.kit import (  # noqa: F401 - _write_gold: re-exported for callers
    Doc,
    Plan,
    _numbered_body,
    _write_gold,
    act,
    build_documents,
)

HERE = Path(__file__).resolve().parent


# ------------------------------------------------------------------------------------------------ documents


def plan_yearless() -> tuple[WordDoc, Doc]:
    d = Doc("Westmoor Community Safety Partnership", "Adult K")
    w = WordDoc("Arial", 11)
    w.para("Domestic Homicide Review: Adult K", style="Title")
    w.para("Overview Report", bold=True)
    w.para("Commissioned by Westmoor Community Safety Partnership")
    w.para("Final version: April 2019")
    w.page_break()
    w.heading("Recommendations", 1)
    w.para("The panel makes the recommendations below, which are set out again in the action plan.")
    recs = _numbered_body(w, d, [
        ("Westmoor Police should make sure that officers attending a report of domestic abuse record what the "
         "children in the house say about what they saw.", ["police"]),
        ("The Westmoor Hospitals Trust should ask every patient who attends the emergency department with an "
         "unexplained injury whether they feel safe at home.", ["acute_health_trust"]),
        ("Westmoor Community Safety Partnership should write to the local housing associations about the "
         "signs of abuse that neighbours report.", ["community_safety_partnership"]),
    ])  # fmt: skip
    w.heading("Action Plan", 1)
    plan: list[tuple[Recommendation, Plan]] = [
        (recs[0], [
            ("Add a prompt about the voice of the child to the attendance form", "Chief Inspector, Westmoor Police",
             "w/c 3 June", "2019-06-03"),
            ("Brief response teams on the new prompt at shift briefings", "Chief Inspector, Westmoor Police",
             "end of June", "2019-06"),
        ]),
        (recs[1], [
            ("Introduce a routine enquiry question at triage", "Named Nurse, Westmoor Hospitals Trust",
             "September", "2019-09"),
            ("Audit thirty triage records for the question", "Named Nurse, Westmoor Hospitals Trust",
             "By end of financial year", "2020-03"),
        ]),
        (recs[2], [
            ("Send a letter to every housing association in the borough", "Partnership Manager",
             "Immediate", None),
            ("Hold a learning event for housing officers", "Partnership Manager", "31st March 2020",
             "2020-03-31"),
        ]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [
        ["Rec No.", "Recommendation", "Action", "Lead officer", "By when", "Monitoring"]
    ]
    for rec, actions in plan:
        for k, (text, lead, cell, iso) in enumerate(actions):
            act(rec, text, lead, cell, iso)
            rows.append([
                rec.number if k == 0 else None, rec.text if k == 0 else None, text, lead, cell,
                "Reported to the partnership board each quarter" if k == 0 else "Dip sample by the panel chair",
            ])  # fmt: skip
    w.table(rows, [1.3, 4.2, 3.6, 2.6, 1.8, 2.6], font_size=8.5)
    w.header_footer("DHR Adult K - Westmoor", "Page {n}")
    return w, d


def plan_landscape_merged() -> tuple[WordDoc, Doc]:
    d = Doc("Safer Lindhurst Partnership", "Maria")
    w = WordDoc("Calibri", 11)
    w.para("Domestic Homicide Review into the death of Maria", style="Title")
    w.para("Safer Lindhurst Partnership, report completed February 2018")
    w.heading("Recommendations", 1)
    recs = _numbered_body(w, d, [
        ("Lindhurst Council adult social care should make sure that carers' assessments ask the carer about "
         "their own safety.", ["adult_social_care"]),
        ("The Lindhurst drug and alcohol service should share its risk assessments with the GP when a client "
         "discloses abuse.", ["drug_and_alcohol_services"]),
        ("The Safer Lindhurst Partnership should publish a short guide for employers on supporting staff who "
         "experience domestic abuse.", ["community_safety_partnership"]),
    ])  # fmt: skip
    w.section(landscape=True)
    w.heading("Appendix 1: Action Plan", 1)
    plan: list[tuple[str, Recommendation, str, Plan]] = [
        ("Theme A - Assessment", recs[0], "Local", [
            ("Revise the carers' assessment form to add a question on the carer's own safety",
             "Lindhurst Adult Social Care", "Mar-18", "2018-03"),
            ("Train assessment staff in using the revised question", "Lindhurst Adult Social Care", "Mar-18",
             "2018-03"),
            ("Check the use of the question in a case audit", "Lindhurst Adult Social Care",
             "April 2018 and ongoing", "2018-04"),
        ]),
        ("Theme B - Information sharing", recs[1], "Local", [
            ("Agree an information sharing template with the local GP practices", "Lindhurst Recovery Service",
             "Q4 2017/18", "2018-03"),
            ("Record each disclosure and the date it was passed to the GP", "Lindhurst Recovery Service",
             "Completed", None),
        ]),
        ("Theme C - Workplaces", recs[2], "Local", [
            ("Write the employers' guide with the chamber of commerce", "Safer Lindhurst Partnership",
             "31/03/18", "2018-03-31"),
            ("Launch the guide at the partnership's annual conference", "Safer Lindhurst Partnership",
             "Ongoing", None),
        ]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [
        ["Recommendation", "Lead agency", "Action", "Timescale", "Outcome", "Scope"]
    ]
    for theme, rec, scope, actions in plan:
        rows.append([theme])
        previous: tuple[str, str] | None = None
        for k, (text, lead, cell, iso) in enumerate(actions):
            act(rec, text, lead, cell, iso)
            # a Lead and Timescale merged down over the actions that share them
            same = previous == (lead, cell)
            rows.append([
                f"{rec.number}. {rec.text}" if k == 0 else None, None if same else lead, text,
                None if same else cell, "", scope if k == 0 else None,
            ])  # fmt: skip
            previous = (lead, cell)
    w.table(rows, [6.5, 3.5, 7.0, 2.6, 4.0, 2.0], font_size=9)
    w.header_footer("OFFICIAL - Safer Lindhurst Partnership", "Page {n}")
    return w, d


def plan_two_column() -> tuple[WordDoc, Doc]:
    d = Doc("Brackenford Community Safety Partnership", "Sam")
    w = WordDoc("Arial", 10)
    w.para("DHR Sam: Overview Report", style="Title")
    w.para("Brackenford Community Safety Partnership, January 2018")
    w.heading("Recommendations", 1)
    recs = _numbered_body(w, d, [
        ("Brackenford Probation should check that the address given by a person on licence has been "
         "visited before the licence starts.", ["probation_service"]),
        ("Brackenford mental health services should invite the family to contribute to the care plan when a "
         "patient is discharged.", ["mental_health_services"]),
    ])  # fmt: skip
    w.section(columns=2)
    w.heading("Action Plan", 1)
    for _ in range(5):  # fill most of the left column so the table flows into the right one
        w.para(
            "Each lead named below has agreed the actions and the dates by which they will be done. The "
            "partnership's learning group checks the evidence before an action is closed and asks for a new "
            "date when one has passed without the action being done."
        )
    plan: list[tuple[Recommendation, Plan]] = [
        (recs[0], [
            ("Write a home visit step into the pre-release checklist", "Probation", "Mar-18", "2018-03"),
            ("Tell every offender manager about the new step at team meetings", "Probation", "Immediate", None),
            ("Audit ten release cases for the home visit", "Probation", "31/03/18", "2018-03-31"),
            ("Report the audit to the reducing reoffending board", "Probation", "6 months", None),
            ("Ask the prison resettlement teams to share address checks", "Probation", "Q3 2017/18", "2017-12"),
            ("Include the home visit in the probation quality framework", "Probation", "March 2018",
             "2018-03"),
        ]),
        (recs[1], [
            ("Change the discharge template to record the family's views", "Mental Health Trust",
             "31st March 2018", "2018-03-31"),
            ("Train ward staff in talking with families before discharge", "Mental Health Trust",
             "Within 3 months of publication", None),
            ("Send carers a copy of the discharge plan with consent", "Mental Health Trust", "Ongoing", None),
            ("Audit twenty discharges for family involvement", "Mental Health Trust", "Sept 2018", "2018-09"),
            ("Present the audit to the trust safeguarding committee", "Mental Health Trust", "Dec 18",
             "2018-12"),
            ("Review the template after a year", "Mental Health Trust", "2019/20", "2020-03"),
        ]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Action", "Lead", "Deadline"]]
    for rec, actions in plan:
        for k, (text, lead, cell, iso) in enumerate(actions):
            act(rec, text, lead, cell, iso)
            rows.append([rec.number if k == 0 else "", text, lead, cell])
    w.table(rows, [0.8, 3.4, 1.7, 1.6], font_size=8)
    w.header_footer("Brackenford DHR Sam", "Page {n}")
    return w, d


def plan_split_rows() -> tuple[WordDoc, Doc]:
    d = Doc("Kellbridge Safer Communities Partnership", "Ruth")
    w = WordDoc("Arial", 11)
    w.para("Domestic Homicide Review - Ruth", style="Title")
    w.para("Kellbridge Safer Communities Partnership. Published: October 2018")
    w.heading("Recommendations", 1)
    recs = _numbered_body(w, d, [
        ("Kellbridge GP practices should flag the records of patients who disclose domestic abuse so that any "
         "clinician who sees them knows.", ["gp"]),
        ("The Kellbridge Domestic Abuse Service should follow up within two working days every referral that "
         "it cannot reach by telephone.", ["specialist_domestic_abuse_services"]),
        ("Kellbridge Children's Services should invite the school nurse to every strategy meeting about a "
         "school-age child.", ["childrens_social_care"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    w.para("The plan below was agreed by the review panel.")
    long = (
        "Design a records flag with the clinical system supplier, test it in two practices, write short "
        "guidance for reception and clinical staff on when the flag is added and who can see it, and then "
        "roll it out to every practice in the borough with a briefing at the practice managers' forum and a "
        "check after three months that the flag is being used as the guidance describes, with the results "
        "shared with the clinical commissioning group's safeguarding lead and the partnership"
    )
    plan: list[tuple[Recommendation, Plan]] = [
        (recs[0], [
            (long, "Kellbridge CCG", "31 December 2018", "2018-12-31"),
            ("Add the flag to the safeguarding training for practice staff", "Kellbridge CCG", "Spring 2019",
             "2019"),
        ]),
        (recs[1], [
            ("Write the two working day rule into the service's referral procedure", "Kellbridge Domestic Abuse "
             "Service", "November 2018", "2018-11"),
            ("Send a letter to every referral that cannot be reached by telephone, saying how to get in touch",
             "Kellbridge Domestic Abuse Service", "Completed", None),
            ("Report monthly figures on referrals not reached to the commissioning manager",
             "Kellbridge Domestic Abuse Service", "End Q3 2018/19", "2018-12"),
        ]),
        (recs[2], [
            ("Change the strategy meeting invitation list in the children's services procedures",
             "Kellbridge Children's Services", "30.11.2018", "2018-11-30"),
            ("Agree with the school nursing service who attends when the named nurse is away",
             "Kellbridge Children's Services", "Jan 2019", "2019-01"),
        ]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [
        ["Recommendation", "Actions to be taken", "Responsible agency", "Completion date", "Progress update"]
    ]
    for rec, actions in plan:
        for k, (text, lead, cell, iso) in enumerate(actions):
            act(rec, text, lead, cell, iso)
            rows.append([f"{rec.number}. {rec.text}" if k == 0 else None, text, lead, cell,
                         "Work has started and is on track." if k == 0 else ""])  # fmt: skip
    # the long first rows are placed low on a page so that they break over to the next one
    for _ in range(3):
        w.para(
            "Each agency named in the plan has agreed its actions. The panel chair will ask for an update on "
            "every action before the partnership board meets, and the board will be told of any action that "
            "has fallen behind its completion date together with the reason and the new date proposed."
        )
    w.table(rows, [4.2, 5.6, 2.6, 2.2, 2.6], font_size=9.5)
    w.header_footer("Kellbridge DHR Ruth - restricted until publication", "{n}")
    return w, d


def plan_separate() -> tuple[WordDoc, Doc]:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    d = Doc("Harrowdene Community Safety Partnership", "Ms D", "action_plan")
    w = WordDoc("Arial", 10)
    first = w.doc.sections[0]
    first.orientation = WD_ORIENT.LANDSCAPE
    first.page_width, first.page_height = Cm(29.7), Cm(21.0)
    w.para("DHR Ms D - Action Plan", style="Title")
    w.para("Harrowdene Community Safety Partnership. Agreed by the panel in May 2017.")
    nums = w.abstract([Level("decimal", "%1.")])
    nid = w.num(nums)
    texts = [
        ("Harrowdene Council housing should make sure that a request to change the locks from a tenant who "
         "reports abuse is dealt with within one working day.", ["local_authority"], "Harrowdene Housing"),
        ("The Harrowdene ambulance service should pass on to the police any concern about domestic abuse "
         "that its crews see at a call-out.", ["ambulance_service"], "Ambulance Service"),
        ("Harrowdene Adult Social Care should check that safeguarding enquiries about older people consider "
         "abuse by adult children.", ["adult_social_care"], "Adult Social Care"),
    ]  # fmt: skip
    plan: list[Plan] = [
        [("Add the one working day standard to the repairs policy", "Harrowdene Housing", "Q2 2017/18",
          "2017-09"),
         ("Report lock changes for victims to the housing board each quarter", "Harrowdene Housing",
          "Ongoing", None)],
        [("Add domestic abuse to the crews' safeguarding referral guidance", "Ambulance Service",
          "31st October 2017", "2017-10-31"),
         ("Check twenty referrals for the concerns passed on", "Ambulance Service", "12 months", None)],
        [("Brief safeguarding enquiry officers on abuse by adult children", "Adult Social Care",
          "Aug-17", "2017-08"),
         ("Amend the enquiry template to ask who else lives at the address", "Adult Social Care",
          "By 31/12/2017", "2017-12-31"),
         ("Audit enquiries for older people against the template", "Adult Social Care", "TBC", None)],
    ]  # fmt: skip
    rows: list[list[str | None]] = [
        [
            "Recommendation",
            "Key actions",
            "Lead agency",
            "Date for completion",
            "Success measures",
            "Evidence",
        ]
    ]
    cell_numbering: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    for (text, agencies, _lead), actions in zip(texts, plan, strict=True):
        label = w._label(nid, 0)
        rec = d.rec(label.rstrip("."), text, agencies, "action_plan")
        for k, (atext, lead, cell, iso) in enumerate(actions):
            act(rec, atext, lead, cell, iso)
            rows.append([text if k == 0 else None, atext, lead, cell,
                         "Fewer repeat incidents reported" if k == 0 else "Staff can say what has changed",
                         "Audit report to the panel"])  # fmt: skip
            if k == 0:
                cell_numbering[(len(rows) - 1, 0)] = [(text, (nid, 0))]
    w.table(rows, [7.5, 6.5, 3.0, 2.8, 3.5, 3.0], cell_numbering=cell_numbering, font_size=10)
    w.header_footer("Harrowdene DHR Ms D - Action Plan", "{n}")
    return w, d


def plan_column_cut() -> tuple[WordDoc, Doc]:
    d = Doc("Ashcombe Community Safety Partnership", "Mr T", "executive_summary")
    w = WordDoc("Arial", 10)
    w.para("Executive Summary: DHR Mr T", style="Title")
    w.para("Ashcombe Community Safety Partnership, March 2020")
    w.section(columns=2)
    w.heading("Recommendations and action plan", 1)
    for _ in range(9):  # places the table so that a whole row is cut by the column break, every cell in two
        w.para(
            "The panel found that agencies knew of the abuse but did not share what they knew. Each agency has "
            "agreed the plan below."
        )
    recs = [
        ("Ashcombe Police should review call handling. Call handlers should ask about fear. They should record "
         "the answer. Supervisors should check the record. The force should report on this.", ["police"]),
        ("Ashcombe Council should train housing officers. Officers should ask about abuse. They should offer a "
         "referral. Managers should check files. The council should report on this.", ["local_authority"]),
        ("Probation should tell the police about new partners. Officers should ask at each visit. They should "
         "record the answer. Managers should check the record. Probation should report on this.",
         ["probation_service"]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Action", "Lead", "Target date"]]
    for i, (text, agencies) in enumerate(recs, start=1):
        rec = d.rec(str(i), text, agencies, "executive_summary")
        first = f"Write guidance for step {i}. Share it with staff. Check it is used."
        act(rec, first, "Lead body", "March 2021", "2021-03")
        act(rec, f"Audit twenty cases for step {i}", "Lead body", "June 2021", "2021-06")
        rows.append([f"{i}. {text}", first, "Lead body", "March 2021"])
        rows.append([None, f"Audit twenty cases for step {i}", "Lead body", "June 2021"])
    w.table(rows, [2.4, 2.3, 1.2, 1.4], font_size=8)
    return w, d


def plan_table_per_recommendation() -> tuple[WordDoc, Doc]:
    d = Doc("Fenmouth Community Safety Partnership", "Helen")
    w = WordDoc("Arial", 11)
    w.para("Domestic Homicide Review: Helen", style="Title")
    w.para("Fenmouth Community Safety Partnership. Report completed: November 2019")
    w.heading("Recommendations", 1)
    w.para("Each recommendation is followed by the actions the lead agency has agreed.")
    plan: list[tuple[str, list[str], Plan]] = [
        ("Fenmouth Police should give every officer who attends a domestic abuse incident a short guide to the "
         "local support services.", ["police"], [
            ("Print the guide and add it to the officers' pocket notebooks", "Fenmouth Police", "January 2020",
             "2020-01"),
            ("Put the guide on the force's mobile devices", "Fenmouth Police", "end of March", "2020-03"),
        ]),
        ("The Fenmouth Clinical Commissioning Group should remind GP practices to record who attends an "
         "appointment with a patient.", ["integrated_care_board"], [
            ("Send a practice bulletin on recording who attends", "Fenmouth CCG", "31/12/2019", "2019-12-31"),
            ("Check recording in the annual safeguarding audit of practices", "Fenmouth CCG", "Q4 2019/20",
             "2020-03"),
            ("Add the point to the GP safeguarding training", "Fenmouth CCG", "Ongoing", None),
        ]),
        ("Fenmouth Community Safety Partnership should ask the local domestic abuse service to offer support "
         "to the families of victims after a homicide.", ["community_safety_partnership"], [
            ("Agree a family support offer with the service", "Fenmouth CSP", "6 months", None),
        ]),
    ]  # fmt: skip
    for i, (text, agencies, actions) in enumerate(plan, start=1):
        w.para(f"Recommendation {i}", bold=True)
        w.para(text)
        rec = d.rec(str(i), text, agencies)
        rows: list[list[str | None]] = [["Action", "Lead", "Target date"]]
        for atext, lead, cell, iso in actions:
            act(rec, atext, lead, cell, iso)
            rows.append([atext, lead, cell])
        w.table(rows, [9.0, 3.5, 3.0], font_size=10)
    w.header_footer("Fenmouth DHR Helen", "Page {n}")
    return w, d


def plan_bullets_in_cells() -> tuple[WordDoc, Doc]:
    from annotations.wordproc.worddoc import BULLET

    d = Doc("Greyhaven Community Safety Partnership", "Leah")
    w = WordDoc("Arial", 11)
    w.para("Domestic Homicide Review: Leah", style="Title")
    w.para("Greyhaven Community Safety Partnership. Final report: June 2021")
    w.heading("Recommendations", 1)
    recs = _numbered_body(w, d, [
        ("Greyhaven Council should make sure that its debt advice service asks callers about economic abuse.",
         ["local_authority"]),
        ("The Greyhaven domestic abuse service should offer follow-up support to every client who leaves a "
         "refuge.", ["specialist_domestic_abuse_services"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    bullets = w.abstract(BULLET)
    numbers = w.abstract([Level("decimal", "%1.")])
    plan: list[tuple[Recommendation, Plan]] = [
        (recs[0], [
            ("Add an economic abuse question to the debt advice script", "Greyhaven Council", "Sept 2021",
             "2021-09"),
            ("Train debt advisers on economic abuse", "Greyhaven Council", "December 2021", "2021-12"),
            ("Report the number of disclosures to the partnership", "Greyhaven Council", "Quarterly from Jan 2022",
             "2022-01"),
        ]),
        (recs[1], [
            ("Write a follow-up support offer for refuge leavers", "Greyhaven Domestic Abuse Service",
             "End of August 2021", "2021-08"),
            ("Call every refuge leaver four weeks after they leave", "Greyhaven Domestic Abuse Service",
             "Ongoing", None),
        ]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Actions", "Lead", "Target date"]]
    cell_numbering: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    for k, (rec, actions) in enumerate(plan):
        for text, lead, cell, iso in actions:
            act(rec, text, lead, cell, iso)
        rows.append([f"{rec.number}. {rec.text}", "", actions[0][1], ""])
        # the first recommendation's actions are Word bullets, the second's Word numbers, dates numbered alike
        kind = w.num(bullets) if k == 0 else w.num(numbers, restart={0: 1})
        dates = w.num(numbers, restart={0: 1})
        cell_numbering[(len(rows) - 1, 1)] = [(a[0], (kind, 0)) for a in actions]
        cell_numbering[(len(rows) - 1, 3)] = [(a[2], (dates, 0)) for a in actions]
    w.table(rows, [4.5, 6.0, 3.0, 3.0], cell_numbering=cell_numbering, font_size=9.5)
    return w, d


def plan_row_rules_only() -> tuple[WordDoc, Doc]:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    d = Doc("Ashcombe Community Safety Partnership", "Mr T")
    w = WordDoc("Arial", 10)
    w.para("DHR Mr T: Overview report", style="Title")
    w.para("Ashcombe Community Safety Partnership, March 2020")
    w.heading("Recommendations", 1)
    recs = _numbered_body(w, d, [
        ("Ashcombe Police should review call handling so that call handlers ask about fear.", ["police"]),
        ("Ashcombe Council should train housing officers to ask about abuse when a tenant asks to move.",
         ["local_authority"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: list[tuple[Recommendation, Plan]] = [
        (recs[0], [
            ("Write guidance for call handlers", "Ashcombe Police", "March 2021", "2021-03"),
            ("Audit twenty calls", "Ashcombe Police", "June 2021", "2021-06"),
        ]),
        (recs[1], [
            ("Train housing officers", "Ashcombe Council", "Q2 2021/22", "2021-09"),
            ("Check files for the question", "Ashcombe Council", "Ongoing", None),
        ]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Rec", "Action", "Lead agency", "Target date"]]
    for rec, actions in plan:
        for k, (text, lead, cell, iso) in enumerate(actions):
            act(rec, text, lead, cell, iso)
            rows.append([rec.number if k == 0 else "", text, lead, cell])
    w.table(rows, [1.2, 7.0, 4.0, 3.0], font_size=10)
    # a table style with rules between rows and no column lines
    props = w.doc.tables[-1]._tbl.tblPr
    for style in props.findall(qn("w:tblStyle")):
        props.remove(style)
    nil = "".join(f'<w:{side} w:val="nil"/>' for side in ("left", "right", "insideV"))
    rules = "".join(f'<w:{side} w:val="single" w:sz="4"/>' for side in ("top", "bottom", "insideH"))
    props.append(parse_xml(f"<w:tblBorders {nsdecls('w')}>{rules}{nil}</w:tblBorders>"))
    return w, d


def plan_merged_over_page_break() -> tuple[WordDoc, Doc]:
    d = Doc("Ashcombe Community Safety Partnership", "Mr T")
    w = WordDoc("Arial", 11)
    w.para("DHR Mr T: Overview report", style="Title")
    w.para("Ashcombe Community Safety Partnership, March 2020")
    w.heading("Recommendations", 1)
    rec = _numbered_body(
        w,
        d,
        [("Ashcombe Police should review call handling so that call handlers ask about fear.", ["police"])],
    )[0]
    w.heading("Action plan", 1)
    for _ in range(8):  # places the page break inside the Lead and Target cells merged over five actions
        w.para(
            "The panel agreed the plan below with each agency. Every lead has agreed its actions and dates, and "
            "the partnership will check progress at each of its meetings until the plan is closed."
        )
    actions = [
        "Write guidance for call handlers on asking about fear",
        "Brief every call handler on the guidance at team meetings",
        "Audit twenty calls for the question about fear",
        "Report the audit to the force vulnerability board",
        "Repeat the audit after six months",
    ]
    rows: list[list[str | None]] = [["Recommendation", "Action", "Lead agency", "Target date"]]
    for k, text in enumerate(actions):
        act(rec, text, "Ashcombe Police", "March 2021", "2021-03")
        first = k == 0
        rows.append([f"1. {rec.text}" if first else None, text, "Ashcombe Police" if first else None,
                     "March 2021" if first else None])  # fmt: skip
    w.table(rows, [5.0, 6.0, 3.0, 2.5], font_size=11)
    return w, d


DOCUMENTS: dict[str, Callable[[], tuple[WordDoc, Doc]]] = {
    "plan-01-yearless": plan_yearless,
    "plan-02-landscape-merged": plan_landscape_merged,
    "plan-03-two-column": plan_two_column,
    "plan-04-split-rows": plan_split_rows,
    "plan-05-separate-plan": plan_separate,
    "plan-06-column-cut": plan_column_cut,
    "plan-07-table-per-recommendation": plan_table_per_recommendation,
    "plan-08-bullets-in-cells": plan_bullets_in_cells,
    "plan-09-row-rules-only": plan_row_rules_only,
    "plan-10-merged-over-page-break": plan_merged_over_page_break,
}


def main(argv: list[str]) -> int:
    return build_documents(DOCUMENTS, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
