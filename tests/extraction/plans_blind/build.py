"""A blind set of action-plan layouts: written once, scored before any fix, to measure how the table reader holds
on shapes it was not fitted on (``annotations/extraction`` gold format, ``<name>.gold.json`` beside each).

Every word is written for these tests (places, people, recommendations, actions and dates are invented).
Word-processor documents (python-docx, exported to PDF by LibreOffice) and PDFs drawn with PyMuPDF:

* ``blind-01-home-office``: the Home Office template's seven columns on a landscape page, theme rows with a scope
  ("Theme 2 - Processes - county wide"), several numbered actions in one cell with their dates numbered alike,
  a Lead Agency cell merged over two rows, dates in "Key milestones" and "Date of completion and outcome".
* ``blind-02-repeats-recommendation``: the plan repeats each recommendation's text (merged down over its
  actions) after the body's numbered list; "Complete", "TBC", "2017-2018", "Immediate", "end of 2019".
* ``blind-03-borderless``: a Word table with every border removed (columns only by x-position).
* ``blind-04-split-no-header``: long rows cut by the page break, the header not repeated, a Lead cell merged
  over three actions, "within 3 months of publication", "Q1 2018/19", "30/06/2018".
* ``blind-05-drawn-borderless``: a drawn PDF table with no line at all, wrapped cells.
* ``blind-06-drawn-landscape-split``: a drawn landscape plan of seven columns, a rule under the header only,
  theme rows, rows cut by the page break with the header repeated, dates in milestones and outcome columns.
* ``blind-07-drawn-separate-plan``: a drawn separate action plan (no report text), no lines, the number in its
  own column and the recommendation only in the plan, numbered actions "a)", "b)" in one cell.
* ``blind-08-start-and-completion``: "Start date" beside "Target completion date" and a "RAG status" column;
  "By 31 March 2018", "Apr-18", "Quarter 3 2017-18", "Summer 2018".
* ``blind-09-drawn-split-no-header``: a drawn plan with a rule under the header only, a long row cut by the
  page break and no header on the next page; "Within 6 months of the report's publication", "30.11.2017",
  "March 2018 and ongoing", "Q4 2017" (October-December or January-March: stays text).
* ``blind-01-home-office-rotated``: the first plan's PDF with its landscape page stored as a turned portrait page.

Rebuild (LibreOffice needed): ``python -m tests.extraction.plans_blind.build``.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable
from pathlib import Path

from annotations.wordproc.worddoc import WordDoc
from dhr.schema import ExtractionResult, Recommendation, ReviewInfo, SourceInfo
from tests.extraction.plans.build import Doc, _numbered_body, act, build_documents
from tests.extraction.plans_blind.draw import Drawn

HERE = Path(__file__).resolve().parent


def _no_borders(w: WordDoc) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    props = w.doc.tables[-1]._tbl.tblPr
    for style in props.findall(qn("w:tblStyle")):
        props.remove(style)
    nil = "".join(
        f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    props.append(parse_xml(f"<w:tblBorders {nsdecls('w')}>{nil}</w:tblBorders>"))


#: A plan: each recommendation with its actions as (text, lead, target cell as printed, target date as gold).
Plan = list[tuple[Recommendation, list[tuple[str, str, str, str | None]]]]


#: One action of a plan as its builder writes it: (text, lead, target cell as printed, target date as gold).
Action = tuple[str, str, str, str | None]
#: A table row of one action: ``row(recommendation, k, action)``, k the action's place under its recommendation.
RowOf = Callable[[Recommendation, int, Action], list[str | None]]


def plan_rows(plan: Plan, row: RowOf) -> list[list[str | None]]:
    """The plan's table rows, one an action as ``row`` lays it out, each action recorded in the gold as it goes."""
    rows: list[list[str | None]] = []
    for rec, actions in plan:
        for k, action in enumerate(actions):
            act(rec, *action)
            rows.append(row(rec, k, action))
    return rows


def numbered_rows(plan: Plan) -> list[list[str | None]]:
    """The plan's table rows (the recommendation's number on its first action's row, then action, lead, target
    cell), each action recorded in the gold as it goes."""
    return plan_rows(plan, lambda rec, k, a: [rec.number if k == 0 else "", a[0], a[1], a[2]])


def first_row_text(rec: Recommendation, k: int) -> str | None:
    """The recommendation as "N. text" on its first action's row; None (a cell merged down) on the others."""
    return f"{rec.number}. {rec.text}" if k == 0 else None


def word_opening(
    csp: str, subject: str, line: str, texts: list[tuple[str, list[str]]], font: str = "Arial"
) -> tuple[WordDoc, Doc, list[Recommendation]]:
    """A report as most plans of these sets open: the title "Domestic Homicide Review: <subject>", a line that
    names the partnership and the report's date, and the recommendations numbered under their heading."""
    d = Doc(csp, subject)
    w = WordDoc(font, 11)
    w.para(f"Domestic Homicide Review: {subject}", style="Title")
    w.para(line)
    w.heading("Recommendations", 1)
    return w, d, _numbered_body(w, d, texts)


def drawn_opening(
    csp: str, subject: str, line: str, texts: list[tuple[str, list[str]]], landscape: bool = False
) -> tuple[Drawn, Doc, list[Recommendation]]:
    """:func:`word_opening` drawn: the same title, line and numbered recommendations on a drawn page."""
    d = Doc(csp, subject)
    p = Drawn(landscape=landscape)
    p.para(f"Domestic Homicide Review: {subject}", size=16, bold=True)
    p.para(line)
    p.para("Recommendations", size=13, bold=True)
    return p, d, drawn_numbered(p, d, texts)


def drawn_numbered(p: Drawn, d: Doc, texts: list[tuple[str, list[str]]]) -> list[Recommendation]:
    """The recommendations printed as numbered paragraphs "1. ...", each added to the gold with its agencies."""
    recs = []
    for i, (text, agencies) in enumerate(texts, start=1):
        p.para(f"{i}. {text}")
        recs.append(d.rec(str(i), text, agencies))
    return recs


# ------------------------------------------------------------------------------------------ word processor


def home_office() -> tuple[WordDoc, Doc]:
    w, d, recs = word_opening("Carrowfield Community Safety Partnership", "Nadia",
                              "Carrowfield Community Safety Partnership. Overview report, final version November "
                              "2016", [
        ("Carrowfield Police should make sure that every report of stalking is checked against earlier reports "
         "about the same person.", ["police"]),
        ("Carrowfield Council housing should record every request to move that a tenant makes because of "
         "fear of a partner.", ["housing"]),
        ("The Carrowfield Safeguarding Adults Board should check how agencies share information about adults "
         "who are both carers and victims.", ["safeguarding_adults_board"]),
    ])  # fmt: skip
    w.section(landscape=True)
    w.heading("Appendix A: Action Plan", 1)
    header = ["Recommendation", "Scope of recommendation (i.e. local or regional)", "Action to take",
              "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
              "Date of completion and outcome"]  # fmt: skip
    rows: list[list[str | None]] = [header, ["Theme 1 - Information sharing - local"]]
    one = [("Write a stalking check into the crime recording procedure", "March 2017", "2017-03"),
           ("Train the control room staff on the check", "31/03/18", "2018-03-31"),
           ("Audit stalking reports each quarter", "Ongoing", None)]  # fmt: skip
    for text, cell, iso in one:
        act(recs[0], text, "Carrowfield Police", cell, iso)
    rows.append([
        f"1. {recs[0].text}", "Local",
        "\n".join(f"{k}. {t}" for k, (t, _, _) in enumerate(one, start=1)),
        "Carrowfield Police", "Procedure drafted January 2017",
        "\n".join(f"{k}. {c}" for k, (_, c, _) in enumerate(one, start=1)),
        "Completed 12 May 2017: procedure live",
    ])  # fmt: skip
    act(
        recs[1],
        "Add a reason-for-move field to the housing register",
        "Carrowfield Council Housing",
        "Q3 2017/18",
        "2017-12",
    )
    act(
        recs[1],
        "Report the number of moves for fear of a partner to the partnership",
        "Carrowfield Council Housing",
        "within 3 months of publication",
        None,
    )
    rows.append([f"2. {recs[1].text}", "Local", "Add a reason-for-move field to the housing register",
                 "Carrowfield Council Housing", "Field specified 02/10/2017", "Q3 2017/18",
                 "Done 14/12/2017"])  # fmt: skip
    rows.append([None, None, "Report the number of moves for fear of a partner to the partnership", None, "",
                 "within 3 months of publication", ""])  # fmt: skip
    rows.append(["Theme 2 - Processes - county wide"])
    act(
        recs[2],
        "Hold a multi-agency audit of carers who are victims",
        "Carrowfield SAB",
        "end of 2019",
        "2019",
    )
    act(recs[2], "Publish the audit findings", "Carrowfield SAB", "2017-2018", "2018")
    rows.append([f"3. {recs[2].text}", "Regional", "Hold a multi-agency audit of carers who are victims",
                 "Carrowfield SAB", "Audit tool agreed 14/02/2018", "end of 2019", "Complete"])  # fmt: skip
    rows.append([None, None, "Publish the audit findings", "Carrowfield SAB", "", "2017-2018", ""])
    w.table(rows, [5.5, 2.4, 5.0, 3.0, 3.4, 2.6, 3.4], font_size=8.5)
    return w, d


def repeats_recommendation() -> tuple[WordDoc, Doc]:
    d = Doc("Safer Pennick Partnership", "Mrs L")
    w = WordDoc("Calibri", 11)
    w.para("Domestic Homicide Review into the death of Mrs L", style="Title")
    w.para("Safer Pennick Partnership, report completed March 2017")
    w.heading("Recommendations", 1)
    w.para("The panel makes three recommendations. They are repeated in the action plan that follows.")
    recs = _numbered_body(w, d, [
        ("Pennick GP practices should ask a patient who attends with a partner whether they can be seen alone.",
         ["gp"]),
        ("The Pennick mental health trust should include the views of family members in every risk assessment "
         "of a patient who has threatened a partner.", ["mental_health_services"]),
        ("The Safer Pennick Partnership should tell the public how to use the domestic violence disclosure "
         "scheme.", ["community_safety_partnership"]),
    ])  # fmt: skip
    w.page_break()
    w.heading("Action Plan", 1)
    plan = [
        (recs[0], [("Send guidance on seeing patients alone to every practice", "Pennick CCG", "Complete", None),
                   ("Add the question to the GP safeguarding template", "Pennick CCG", "TBC", None)]),
        (recs[1], [("Change the risk assessment form to record the family's views", "Pennick Mental Health Trust",
                    "2017-2018", "2018"),
                   ("Train ward staff on the new form", "Pennick Mental Health Trust", "Immediate", None),
                   ("Audit ten assessments for the family's views", "Pennick Mental Health Trust",
                    "end of 2019", "2019")]),
        (recs[2], [("Run a campaign on the disclosure scheme", "Safer Pennick Partnership", "Dec 2017",
                    "2017-12")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [
        [
            "Recommendation",
            "Action",
            "Lead",
            "Key milestones",
            "Target date",
            "Date of completion and outcome",
        ]
    ]
    for rec, actions in plan:
        for k, (text, lead, cell, iso) in enumerate(actions):
            act(rec, text, lead, cell, iso)
            rows.append([f"Recommendation {rec.number}: {rec.text}" if k == 0 else None, text, lead,
                         "Draft by 01/06/2017" if k == 0 else "", cell,
                         "Signed off 20/09/2017" if k == 0 else ""])  # fmt: skip
    w.table(rows, [5.0, 4.2, 2.4, 2.0, 1.8, 2.4], font_size=8.5)
    return w, d


def borderless() -> tuple[WordDoc, Doc]:
    w, d, recs = word_opening("Lowbridge Community Safety Partnership", "Jean",
                              "Lowbridge Community Safety Partnership. Final report: January 2017", [
        ("Lowbridge Probation should tell the police when a person on licence starts a new relationship.",
         ["probation_service"]),
        ("Lowbridge Hospital should give emergency department staff a route to the hospital's domestic abuse "
         "adviser at night.", ["hospital"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan = [
        (recs[0], [("Add a new-relationship prompt to supervision records", "Lowbridge Probation",
                    "March 2017", "2017-03"),
                   ("Agree a notification route with the police", "Lowbridge Probation and Lowbridge Police",
                    "31/03/18", "2018-03-31")]),
        (recs[1], [("Publish an out-of-hours contact rota for the adviser", "Lowbridge Hospital", "Ongoing", None),
                   ("Check the rota is used in a monthly spot check", "Lowbridge Hospital", "September 2017",
                    "2017-09")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Action", "Lead agency", "Target date"]]
    rows += numbered_rows(plan)
    w.table(rows, [1.3, 8.0, 4.0, 2.8], font_size=10)
    _no_borders(w)
    return w, d


def split_no_header() -> tuple[WordDoc, Doc]:
    w, d, recs = word_opening("Marlow Vale Community Safety Partnership", "Aisha",
                              "Marlow Vale Community Safety Partnership. Report completed: February 2018", [
        ("Marlow Vale Children's Services should ask the non-abusing parent about their own safety at every "
         "child protection conference.", ["childrens_social_care"]),
        ("The Marlow Vale drug and alcohol service should offer a joint appointment with the domestic abuse "
         "service to any client who discloses abuse.", ["drug_and_alcohol_services"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    for _ in range(5):  # puts the long rows at a page foot, so that the break cuts them
        w.para(
            "Each lead agency agreed the actions below with the panel. The partnership will ask for an update "
            "at each of its quarterly meetings and will close an action only when evidence has been seen."
        )
    long = ("Write a practice standard for conference chairs that sets out how the non-abusing parent is asked, "
            "away from the other parent, about their own safety, what is recorded, who is told and how the "
            "answer changes the plan for the child; consult the safeguarding partnership on the draft and "
            "publish it on the partnership's website with a short briefing for social workers.")  # fmt: skip
    plan = [
        (recs[0], [(long, "Head of Service, Marlow Vale Children's Services", "within 3 months of publication",
                    None),
                   ("Audit ten conferences against the standard", "Head of Service, Marlow Vale Children's "
                    "Services", "Q1 2018/19", "2018-06"),
                   ("Report the audit to the safeguarding partnership", "Head of Service, Marlow Vale "
                    "Children's Services", "30/06/2018", "2018-06-30")]),
        (recs[1], [("Agree a joint appointment pathway between the two services", "Service Manager, Marlow "
                    "Vale Recovery Service", "Q2 2018/19", "2018-09"),
                   ("Count the joint appointments offered and taken up", "Service Manager, Marlow Vale "
                    "Recovery Service", "6 months", None)]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Action", "Lead", "Target date"]]
    rows += plan_rows(plan, lambda rec, k, a: [first_row_text(rec, k), a[0], a[1] if k == 0 else None, a[2]])
    w.table(rows, [4.6, 6.4, 3.0, 2.4], header_rows=0, font_size=10)
    return w, d


def start_and_completion() -> tuple[WordDoc, Doc]:
    w, d, recs = word_opening("Hexley Community Safety Partnership", "Grace",
                              "Hexley Community Safety Partnership. Overview report agreed October 2017", [
        ("Hexley Council should make sure that its anti-social behaviour team asks about domestic abuse when "
         "neighbours complain about noise.", ["local_authority"]),
        ("The Hexley IDVA service should contact a victim within two working days of a referral from the "
         "police.", ["domestic_abuse_services"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan = [
        (recs[0], [("Add a domestic abuse question to the noise complaint script", "ASB Team Manager",
                    "01/11/2017", "By 31 March 2018", "2018-03-31"),
                   ("Train the anti-social behaviour officers on the question", "ASB Team Manager", "Jan-18",
                    "Apr-18", "2018-04")]),
        (recs[1], [("Set a two working day contact standard", "IDVA Service Manager", "November 2017",
                    "Quarter 3 2017-18", "2017-12"),
                   ("Report contact times to the partnership", "IDVA Service Manager", "April 2018",
                    "Summer 2018", "2018")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [
        ["Rec No.", "Action", "Lead officer", "Start date", "Target completion date", "RAG status"]
    ]
    for rec, actions in plan:
        for k, (text, lead, start, cell, iso) in enumerate(actions):
            act(rec, text, lead, cell, iso)
            rows.append([rec.number if k == 0 else "", text, lead, start, cell, "Green" if k else "Amber"])
    w.table(rows, [1.4, 6.2, 3.0, 2.2, 2.6, 1.6], font_size=9.5)
    return w, d


# ---------------------------------------------------------------------------------------------------- drawn


def drawn_borderless() -> tuple[Drawn, Doc]:
    texts = [
        ("Tennick Police should give officers a short checklist for visits to victims who have withdrawn a "
         "complaint.", ["police"]),
        ("Tennick Council adult social care should ask every carer who asks for help whether they feel safe.",
         ["adult_social_care"]),
        ("The Tennick domestic abuse service should offer support by text message to clients who cannot "
         "safely take calls.", ["domestic_abuse_services"]),
    ]  # fmt: skip
    p, d, recs = drawn_opening("Tennick Community Safety Partnership", "Ms R",
                               "Tennick Community Safety Partnership. Overview report completed June 2017.",
                               texts)  # fmt: skip
    p.para("Action Plan", size=13, bold=True)
    plan = [
        (recs[0], [("Write the checklist with the victims' advocacy team", "Tennick Police", "Q3 2017/18",
                    "2017-12"),
                   ("Put the checklist on officers' phones", "Tennick Police", "6 months", None)]),
        (recs[1], [("Add a safety question to the carers' assessment form", "Tennick Adult Social Care",
                    "end of 2019", "2019"),
                   ("Train assessors to ask the question when the cared-for person is not in the room",
                    "Tennick Adult Social Care", "TBC", None)]),
        (recs[2], [("Buy a text messaging system for the service", "Tennick Domestic Abuse Service",
                    "March 2018", "2018-03"),
                   ("Write a safety protocol for text contact", "Tennick Domestic Abuse Service", "31/01/18",
                    "2018-01-31")]),
    ]  # fmt: skip
    rows = numbered_rows(plan)
    p.table(["Rec", "Action", "Lead", "Target date"], rows, [40, 250, 130, 75], size=9.5, rules="none")
    return p, d


def drawn_landscape_split() -> tuple[Drawn, Doc]:
    texts = [
        ("Oakhurst Police should refer every repeat victim of domestic abuse to the local advocacy service.",
         ["police"]),
        ("The Oakhurst acute hospital trust should train its maternity staff to ask about abuse at every "
         "antenatal appointment.", ["hospital"]),
        ("The Oakhurst Community Safety Partnership should review how its MARAC shares minutes with GPs.",
         ["community_safety_partnership"]),
    ]  # fmt: skip
    p, d, recs = drawn_opening(
        "Oakhurst Community Safety Partnership",
        "Adult P",
        "Oakhurst Community Safety Partnership. Final version: May 2018.",
        texts,
    )
    p.new_page(landscape=True)
    p.para("Action Plan", size=13, bold=True)
    for _ in range(9):  # moves the long second row down to the page foot, where the break cuts it
        p.para("The panel and each agency agreed the actions below. Progress is reported to the partnership "
               "board at each of its meetings until every action has been closed with evidence.")  # fmt: skip
    long = ("Write a referral standard for repeat victims with the advocacy service; agree the referral form, "
            "the consent wording and the time within which the service will make contact; brief every response "
            "team sergeant on the standard and put it into the domestic abuse policy; check twenty referrals "
            "after the first three months and report what was found to the domestic abuse board.")  # fmt: skip
    plan = [
        (recs[0], [("Agree a referral route with the advocacy service", "Oakhurst Police", "July 2018",
                    "2018-07"),
                   (long, "Oakhurst Police", "31/12/2018", "2018-12-31")]),
        (recs[1], [("Add routine enquiry to the antenatal booking checklist", "Oakhurst Hospitals Trust",
                    "Q4 2018/19", "2019-03"),
                   ("Deliver training to community midwives", "Oakhurst Hospitals Trust", "Ongoing", None)]),
        (recs[2], [("Send MARAC minutes to GPs by secure email", "Oakhurst CSP", "Immediate", None),
                   ("Audit GP records for MARAC minutes", "Oakhurst CSP", "2018-2019", "2019")]),
    ]  # fmt: skip
    rows: list[list[str]] = [["Theme 1 - Referrals - local"]]
    for rec, actions in plan:
        if rec is recs[2]:
            rows.append(["Theme 2 - Processes - county wide"])
        for k, (text, lead, cell, iso) in enumerate(actions):
            act(rec, text, lead, cell, iso)
            rows.append([f"{rec.number}. {rec.text}" if k == 0 else "", "Local" if k == 0 else "", text, lead,
                         "Route agreed 03/06/2018" if k == 0 else "", cell,
                         "Closed 14 March 2019" if k == 0 else ""])  # fmt: skip
    header = ["Recommendation", "Scope", "Action to take", "Lead Agency", "Key milestones", "Target Date",
              "Date of completion and outcome"]  # fmt: skip
    p.table(header, rows, [170, 50, 200, 90, 90, 62, 80], size=8.5, rules="header")
    return p, d


def drawn_separate_plan() -> tuple[Drawn, Doc]:
    d = Doc("Brennock Community Safety Partnership", "Kay", "action_plan")
    p = Drawn(landscape=True)
    p.para("DHR Kay: Action Plan", size=16, bold=True)
    p.para("Brennock Community Safety Partnership. Agreed by the review panel in April 2017.")
    texts = [
        ("Brennock Council should give its benefits staff guidance on economic abuse.", ["local_authority"]),
        (
            "The Brennock ambulance service should tell GPs about call-outs where abuse was suspected.",
            ["ambulance_service"],
        ),
    ]
    plan = [
        [
            (
                "Write the guidance with the domestic abuse service",
                "Brennock Council",
                "Sept 2017",
                "2017-09",
            ),
            ("Brief all benefits staff on the guidance", "Brennock Council", "Q3 2017/18", "2017-12"),
        ],
        [
            (
                "Add a GP notification step to the safeguarding procedure",
                "Ambulance Service",
                "Ongoing",
                None,
            ),
            ("Check fifty call-outs for the notification", "Ambulance Service", "31/03/2018", "2018-03-31"),
        ],
    ]
    rows = []
    for i, ((text, agencies), actions) in enumerate(zip(texts, plan, strict=True), start=1):
        rec = d.rec(str(i), text, agencies, "action_plan")
        for atext, lead, cell, iso in actions:
            act(rec, atext, lead, cell, iso)
        rows.append([str(i), text, " ".join(f"{'ab'[k]}) {a[0]}" for k, a in enumerate(actions)),
                     actions[0][1], " ".join(f"{'ab'[k]}) {a[2]}" for k, a in enumerate(actions))])  # fmt: skip
    p.table(["No.", "Recommendation", "Actions", "Responsible agency", "Timescale"], rows,
            [40, 250, 250, 110, 90], size=9.5, rules="none")  # fmt: skip
    return p, d


def drawn_split_no_header() -> tuple[Drawn, Doc]:
    texts = [
        ("Wendal Police should make sure that a DASH risk assessment is completed at every domestic incident, "
         "including when the victim declines to answer.", ["police"]),
        ("Wendal Probation should check the police records of a new partner before approving an address.",
         ["probation_service"]),
    ]  # fmt: skip
    p, d, recs = drawn_opening(
        "Wendal Community Safety Partnership",
        "Sofia",
        "Wendal Community Safety Partnership. Report dated 12 September 2017.",
        texts,
    )
    p.para("Action Plan", size=13, bold=True)
    for _ in range(15):
        p.para("Progress against the plan is reported to the partnership every quarter. An action is closed only "
               "when the lead agency has shown evidence that it is complete.")  # fmt: skip
    long = ("Issue a force order that a risk assessment is completed and recorded at every domestic incident, "
            "that a refusal to answer is recorded as a refusal and the officer's own view of the risk is "
            "written in its place, and that supervisors check every assessment before the end of the shift, "
            "with a monthly report of missing assessments sent to the head of public protection.")  # fmt: skip
    plan = [
        (recs[0], [(long, "Wendal Police", "Within 6 months of the report's publication", None),
                   ("Audit a sample of fifty incidents for a completed assessment", "Wendal Police",
                    "March 2018 and ongoing", "2018-03")]),
        (recs[1], [("Add a partner check to the address approval checklist", "Wendal Probation", "30.11.2017",
                    "2017-11-30"),
                   ("Brief offender managers on the check", "Wendal Probation", "Q4 2017", None)]),
    ]  # fmt: skip
    rows = numbered_rows(plan)
    p.table(["No.", "Action to be taken", "Lead agency", "Target date"], rows, [35, 270, 110, 80], size=9.5,
            rules="header", repeat_header=False)  # fmt: skip
    return p, d


WORD: dict[str, Callable[[], tuple[WordDoc, Doc]]] = {
    "blind-01-home-office": home_office,
    "blind-02-repeats-recommendation": repeats_recommendation,
    "blind-03-borderless": borderless,
    "blind-04-split-no-header": split_no_header,
    "blind-08-start-and-completion": start_and_completion,
}
DRAWN: dict[str, Callable[[], tuple[Drawn, Doc]]] = {
    "blind-05-drawn-borderless": drawn_borderless,
    "blind-06-drawn-landscape-split": drawn_landscape_split,
    "blind-07-drawn-separate-plan": drawn_separate_plan,
    "blind-09-drawn-split-no-header": drawn_split_no_header,
}


def _write_drawn(name: str, builder: Callable[[], tuple[Drawn, Doc]], folder: Path) -> None:
    drawn, d = builder()
    path = folder / f"{name}-pdf.pdf"
    pages = drawn.save(path)
    result = ExtractionResult(
        source=SourceInfo(filename=path.name, sha256=hashlib.sha256(path.read_bytes()).hexdigest(), pages=pages,
                          format="pdf"),  # type: ignore[arg-type]
        review=ReviewInfo(csp=d.csp, subject=d.subject, document_type=d.kind),  # type: ignore[arg-type]
        recommendations=d.recs,
    )  # fmt: skip
    path.with_name(path.stem + ".gold.json").write_text(
        result.model_dump_json(indent=2) + "\n", encoding="utf-8"
    )
    print(
        f"{name}: {len(d.recs)} recommendations, {sum(len(r.actions) for r in d.recs)} actions, {pages} pages"
    )


def build_set(
    word: dict[str, Callable[[], tuple[WordDoc, Doc]]],
    drawn: dict[str, Callable[[], tuple[Drawn, Doc]]],
    folder: Path,
    argv: list[str],
) -> int:
    """Write a blind set's drawn PDFs and Word documents (with their exports) and their gold into ``folder``:
    every one, or those named in ``argv``."""
    for name, builder in drawn.items():
        if not argv or name in argv:
            _write_drawn(name, builder, folder)
    return build_documents(word, folder, argv)


def main(argv: list[str]) -> int:
    build_set(WORD, DRAWN, HERE, argv)
    if not argv or "blind-01-home-office" in argv:
        rotated(HERE, "blind-01-home-office")
    return 0


def rotated(folder: Path, name: str) -> None:
    """A copy of a landscape plan's PDF in ``folder`` stored as portrait pages turned by /Rotate 90 (as some PDF
    printers do), with its gold."""
    import json

    from annotations.wordproc.build import rotated_copy

    path = rotated_copy(folder / f"{name}-pdf.pdf")
    gold = json.loads((folder / f"{name}-pdf.gold.json").read_text(encoding="utf-8"))
    gold["source"]["filename"] = path.name
    gold["source"]["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    path.with_name(path.stem + ".gold.json").write_text(json.dumps(gold, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
