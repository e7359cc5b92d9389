"""A thirteenth blind set of action plans (helper W), written by a writer who ran neither the reader nor the
scorer on it: gold labelled from the documents alone, to be scored once by the lead. Every place, person,
recommendation, action and date is invented. Each plan sits in a whole report (introduction, a short
chronology with its own dates, analysis, recommendations in the body, the plan in an appendix), except the
separate plan ``blindm-07``. All are Word documents (this module and ``more.py``), saved as DOCX and exported
to PDF by LibreOffice. See ``README.md`` for the documents and the gold conventions.

Rebuild (LibreOffice needed): ``python -m tests.extraction.plans_blind_m.build``; score (the lead, once):
``python -m tests.extraction.plans_blind_f.score tests/extraction/plans_blind_m``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotations.wordproc.worddoc import Level, WordDoc
from dhr.schema import Recommendation
from tests.extraction.plans.build import Doc, act
from tests.extraction.plans_blind.build import Plan, build_set, plan_rows

HERE = Path(__file__).resolve().parent

HO_HEADER = [
    "Recommendation",
    "Scope of recommendation i.e. local or regional",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target Date",
    "Date of completion and Outcome",
]
#: Prose of the plans' appendices (none of it a recommendation or an action).
FILLER = (
    "The review panel agreed this action plan at its final meeting. Each lead agency reports progress to the "
    "partnership's domestic abuse delivery group every quarter, and the group closes an action only when it "
    "has seen evidence that the change has been made and is being used in practice."
)
#: Agency recommendations: (agency heading, [(text, agencies)]).
Single = list[tuple[str, list[tuple[str, list[str]]]]]


def report(
    csp: str,
    subject: str,
    line: str,
    story: list[str],
    multi: list[tuple[str, list[str]]],
    single: Single | None = None,
    title: tuple[str, str] | None = None,
) -> tuple[WordDoc, Doc, list[Recommendation]]:
    """A whole overview report as councils publish it: title, a line that names the partnership and the report's
    date, an introduction and a short chronology (``story``, dated paragraphs that are not actions), a
    conclusion, then the recommendations: ``multi`` numbered under "Multi-agency recommendations" when
    ``single`` is given (whose agencies' recommendations follow under their headings, the numbering running
    on), or under "Recommendations" alone. ``title``: the title and document lines when not a DHR overview."""
    d = Doc(csp, subject)
    w = WordDoc("Arial", 11)
    head, kind = title or (f"Domestic Homicide Review into the death of {subject}", "Overview Report")
    w.para(head, style="Title")
    w.para(kind)
    w.para(line)
    w.heading("1. Introduction", 1)
    w.para(story[0])
    w.heading("2. Summary of the facts", 1)
    for paragraph in story[1:]:
        w.para(paragraph)
    w.heading("3. Conclusions and lessons learned", 1)
    w.para(
        f"The panel found that agencies knew parts of {subject}'s story but no agency held the whole of it. "
        "Information that would have raised the level of risk stayed within single services, and nobody asked "
        "about the abuse directly. The lessons below are drawn from that finding."
    )
    w.heading("4. Recommendations", 1)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    recs: list[Recommendation] = []
    if single is not None:
        w.heading("Multi-agency recommendations", 2)
    for text, agencies in multi:
        recs.append(d.rec(w.para(text, num=(nid, 0)).rstrip("."), text, agencies))
    if single is not None:
        w.heading("Single agency recommendations", 2)
        for heading, texts in single:
            w.heading(heading, 3)
            for text, agencies in texts:
                recs.append(d.rec(w.para(text, num=(nid, 0)).rstrip("."), text, agencies))
    return w, d, recs


def fillers(w: WordDoc, n: int) -> None:
    for _ in range(n):
        w.para(FILLER)


# ------------------------------------------------------------------------------------------------ documents


def ho_themes_many_leads() -> tuple[WordDoc, Doc]:
    w, d, recs = report("Tarrant Vale Community Safety Partnership", "Carys", "Tarrant Vale Community Safety "
                        "Partnership. Final version, 14 September 2023", [
        "Carys was 44 when she was killed by her husband at their home in Tarrant Vale in the early hours of "
        "3 July 2022. The review was commissioned on 9 August 2022.",
        "Carys first told her GP about her husband's temper on 11 February 2019. Police attended the home "
        "after a neighbour's call on 23 October 2020 and recorded a verbal argument.",
        "In March 2021 Carys asked the council's housing team about moving out with her children; the "
        "request was closed in May 2021 when she did not return a form.",
    ], [
        ("Tarrant Vale Police, the Tarrant Vale Integrated Care Board and Tarrant Vale Council should agree a "
         "shared approach to routine enquiry about domestic abuse when a victim seeks help to move home.",
         ["police", "integrated_care_board", "local_authority"]),
        ("Tarrant Vale Council Housing Options should follow up every closed request to move where abuse "
         "was mentioned.", ["local_authority"]),
        ("The Tarrant Vale Community Safety Partnership should test how well front-line staff know the local "
         "IDVA service.", ["community_safety_partnership"]),
    ])  # fmt: skip
    w.section(landscape=True)
    w.heading("Appendix A: Action plan", 1)
    rows: list[list[str | None]] = [HO_HEADER, ["Theme 1 – Identification of risk – Local"]]
    one: Plan = [
        (recs[0], [
            ("Add a routine enquiry question to the police vulnerability screening form", "Tarrant Vale Police",
             "Q2 2023/24", "2023-09"),
            ("Issue a GP bulletin on asking about abuse when a patient mentions moving home",
             "Tarrant Vale ICB", "Sept 23", "2023-09"),
            ("Train housing options officers in routine enquiry", "Tarrant Vale Council", "31st March 2024",
             "2024-03-31"),
            ("Include routine enquiry in the IDVA service's outreach sessions", "Tarrant Vale Domestic Abuse "
             "Service", "Ongoing", None),
        ]),
    ]  # fmt: skip
    milestones = iter(
        ["Draft form agreed 12/07/2023", "Bulletin drafted", "Course booked for 06/02/2024", ""]
    )
    done = iter(["Complete – form live 29/09/2023", "Complete – issued 20/09/2023", "", ""])
    rows += plan_rows(one, lambda rec, k, a: [f"{rec.number}. {rec.text}" if k == 0 else None,
                                              "Local" if k == 0 else None, a[0], a[1], next(milestones), a[2],
                                              next(done)])  # fmt: skip
    two: Plan = [
        (recs[1], [("Change the closure procedure so that an officer calls the applicant before closing",
                    "Tarrant Vale Council Housing Options", "Within 6 months of publication", None)]),
    ]  # fmt: skip
    rows += plan_rows(two, lambda rec, k, a: [f"{rec.number}. {rec.text}", "Local", a[0], a[1],
                                              "Procedure under review", a[2], ""])  # fmt: skip
    rows.append(["Theme 2 – Awareness of services – Tarrant Vale wide"])
    three: Plan = [
        (recs[2], [("Run a survey of front-line staff on what they know of the IDVA service", "Tarrant Vale CSP",
                    "Immediate", None),
                   ("Publish a seven-minute briefing on the IDVA service", "Tarrant Vale CSP", "by end of 2024",
                    "2024")]),
    ]  # fmt: skip
    rows += plan_rows(three, lambda rec, k, a: [f"{rec.number}. {rec.text}" if k == 0 else None,
                                                "Local" if k == 0 else None, a[0], a[1],
                                                "Survey sent 02/10/2023" if k == 0 else "", a[2],
                                                "Survey closed 30/11/2023; 212 replies" if k == 0 else ""])  # fmt: skip
    w.table(rows, [5.4, 2.2, 5.2, 3.0, 3.4, 2.4, 3.4], font_size=8.5)
    return w, d


def rag_progress() -> tuple[WordDoc, Doc]:
    w, d, recs = report("Safer Kelby Partnership", "Adult T", "Safer Kelby Partnership. Report completed "
                        "June 2023", [
        "Adult T, a woman of 67, died in hospital on 18 January 2022 from injuries her son caused.",
        "Between 2018 and 2021 Adult T's son lived with her. Adult Social Care completed a care needs "
        "assessment on 4 June 2020 and recorded him as her informal carer.",
        "On 2 December 2021 Adult T told a district nurse that her son took her pension; the nurse recorded "
        "this and took no further step.",
    ], [
        ("Kelby Adult Social Care should consider whether an informal carer may be causing harm at every care "
         "needs assessment.", ["adult_social_care"]),
        ("Kelby Community Health Trust should make sure that district nurses raise a safeguarding concern "
         "when a patient discloses financial abuse.", ["local_health_trust"]),
        ("The Safer Kelby Partnership should raise awareness of abuse of older people by adult family "
         "members.", ["community_safety_partnership"]),
    ])  # fmt: skip
    w.heading("Appendix 2: Action plan", 1)
    w.para(FILLER)
    plan: Plan = [
        (recs[0], [("Add a question on the carer's behaviour to the care needs assessment", "Head of Adult "
                    "Social Care, Kelby Council", "December 2023", "2023-12"),
                   ("Audit twenty assessments of people with a family carer", "Principal Social Worker, Kelby "
                    "Council", "Q4 2023/24", "2024-03")]),
        (recs[1], [("Deliver safeguarding refresher training on financial abuse to district nurses",
                    "Named Nurse Safeguarding, Kelby Community Health Trust", "Sept 23", "2023-09"),
                   ("Add financial abuse to the safeguarding concern checklist", "Named Nurse Safeguarding, "
                    "Kelby Community Health Trust", "TBC", None)]),
        (recs[2], [("Hold a public event on abuse of older people", "Safer Kelby Partnership Manager",
                    "by end of 2024", "2024")]),
    ]  # fmt: skip
    rag = iter(["Green", "Amber", "Blue", "Red", "Amber"])
    progress = iter(
        [
            "Question added to the form on 15/11/2023. Managers briefed at the team meeting.",
            "Audit started January 2024; findings to the board in April 2024.",
            "Training delivered to 48 nurses between 04/09/2023 and 22/09/2023.",
            "Waiting for the new safeguarding system; expected go-live date not yet known.",
            "Venue booked; speakers to be confirmed.",
        ]
    )
    rows: list[list[str | None]] = [["Rec No.", "Action", "Lead Officer", "Target Date", "RAG Status",
                                     "Progress"]]  # fmt: skip
    rows += plan_rows(plan, lambda rec, k, a: [rec.number if k == 0 else None, a[0], a[1], a[2], next(rag),
                                               next(progress)])  # fmt: skip
    w.table(rows, [1.4, 5.0, 3.4, 2.2, 1.6, 4.6], font_size=9)
    return w, d


def six_actions_split() -> tuple[WordDoc, Doc]:
    w, d, recs = report("Ashmoor Community Safety Partnership", "Bethan", "Ashmoor Community Safety "
                        "Partnership. Overview report, final version 30 November 2023", [
        "Bethan was killed by her former partner on 27 April 2022, eleven days after she ended the "
        "relationship.",
        "The couple met in 2019. Bethan called the police on 14 January 2022 after he damaged her car; a DASH "
        "risk assessment was graded medium. On 5 April 2022 she told her health visitor that she was afraid "
        "of him.",
        "He had been released from prison in August 2021 and was supervised by the Probation Service until "
        "February 2022.",
    ], [
        ("All agencies represented on the Ashmoor MARAC should make sure that a victim who ends a relationship "
         "with a recently released offender is reassessed for risk.", ["all_agencies"]),
        ("The Ashmoor Community Safety Partnership should publish a guide to the MARAC referral criteria for "
         "practitioners.", ["community_safety_partnership"]),
    ])  # fmt: skip
    w.heading("Appendix B: Action plan", 1)
    fillers(w, 9)
    long_police = (
        "Change the DASH review procedure so that a report from a victim who has ended a relationship with "
        "a person released from prison in the last twelve months triggers a fresh risk assessment by a "
        "supervisor, who checks the police national computer and the probation contact record, records the "
        "check on the crime report and refers to the MARAC when the grading rises."
    )
    long_probation = (
        "Write a release checklist item that asks the offender manager to tell the police and the IDVA "
        "service when a person on licence or recently released is known to have a new partner, and to "
        "record who was told and when."
    )
    plan: Plan = [
        (recs[0], [
            (long_police, "Ashmoor Police", "31st March 2024", "2024-03-31"),
            (long_probation, "Probation Service – Ashmoor PDU", "Q3 2023/24", "2023-12"),
            ("Brief health visitors on asking about a partner's release from prison", "Ashmoor Community "
             "Health Trust", "Jan 24", "2024-01"),
            ("Add the trigger to the MARAC operating protocol", "Ashmoor MARAC Chair", "Immediate", None),
            ("Offer the IDVA service's consultation line to every GP practice", "Ashmoor IDVA Service",
             "Complete", None),
            ("Audit ten MARAC cases for reassessment after separation", "Ashmoor CSP", "Q1 2024/25", "2024-06"),
        ]),
        (recs[1], [("Write the guide to the MARAC criteria", "Ashmoor CSP", "Sept 23", "2023-09"),
                   ("Circulate the guide to every agency on the MARAC", "Ashmoor CSP",
                    "Within 3 months of publication", None)]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Action", "Lead", "Target date"]]
    rows += plan_rows(plan, lambda rec, k, a: [f"{rec.number}. {rec.text}" if k == 0 else None, a[0], a[1],
                                               a[2]])  # fmt: skip
    w.table(rows, [4.6, 7.0, 3.0, 2.4], font_size=10)
    return w, d


def update_notes() -> tuple[WordDoc, Doc]:
    w, d, recs = report("Brynffordd Community Safety Partnership", "Mr J", "Brynffordd Community Safety "
                        "Partnership. Final report, January 2024", [
        "Mr J, aged 38, was killed by his partner at their flat in Brynffordd on 9 October 2021.",
        "Mr J attended the emergency department with a head injury on 17 June 2021 and said he had fallen. "
        "A neighbour reported shouting to the police on 1 August 2021.",
        "His partner had been referred to the substance misuse service in 2020 and was discharged after "
        "missing three appointments.",
    ], [
        ("Brynffordd Hospital should ask every adult who attends with an unexplained head injury whether "
         "anyone has hurt them.", ["hospital"]),
        ("Brynffordd Police should record a neighbour's report of shouting as a domestic incident when the "
         "occupants are partners.", ["police"]),
        ("The Brynffordd substance misuse service should ask a client who misses appointments about their "
         "relationships before discharge.", ["drug_and_alcohol_services"]),
    ])  # fmt: skip
    w.heading("Appendix C: Action plan (updated February 2024)", 1)
    w.para(FILLER)
    plan: Plan = [
        (recs[0], [("Add the question to the emergency department triage record", "Brynffordd Hospital",
                    "31st March 2024. Update (Feb 2024): on track", "2024-03-31"),
                   ("Train triage nurses on asking about injuries caused by others", "Brynffordd Hospital",
                    "December 2023 – revised to June 2024", "2024-06")]),
        (recs[1], [("Issue a briefing to call handlers on recording domestic incidents", "Brynffordd Police",
                    "Complete (Nov 2023)", "2023-11"),
                   ("Dip sample neighbour reports each quarter", "Brynffordd Police",
                    "Ongoing – update Feb 2024: first sample done", None)]),
        (recs[2], [("Add a relationships question to the discharge checklist", "Brynffordd Recovery Service",
                    "Original date Sept 23; new date Jan 24", "2024-01")]),
    ]  # fmt: skip
    done = iter(["", "", "Briefing issued 21/11/2023", "", ""])
    rows: list[list[str | None]] = [["No.", "Recommendation", "Action to take", "Lead Agency", "Target Date",
                                     "Date of completion and Outcome"]]  # fmt: skip
    rows += plan_rows(plan, lambda rec, k, a: [rec.number if k == 0 else None, rec.text if k == 0 else None,
                                               a[0], a[1], a[2], next(done)])  # fmt: skip
    w.table(rows, [1.0, 4.2, 4.4, 2.6, 3.0, 2.6], font_size=9)
    return w, d


def single_multi_sections() -> tuple[WordDoc, Doc]:
    w, d, recs = report("Calder Bridge Community Safety Partnership", "Amira", "Calder Bridge Community Safety "
                        "Partnership. Overview report, completed 21 July 2023", [
        "Amira was killed by her husband on 12 February 2022 at the family home in Calder Bridge.",
        "Amira's children told a teacher in November 2021 that their father shouted at their mother. The "
        "school made a referral to Children's Social Care on 24 November 2021, which was closed after a "
        "phone call with the father.",
        "Amira saw her GP three times in January 2022 about poor sleep.",
    ], [
        ("Calder Bridge Children's Social Care and Calder Bridge Police should agree how a referral that "
         "names domestic abuse is checked against police records before it is closed.",
         ["childrens_social_care", "police"]),
        ("All agencies in Calder Bridge should make sure that interpreters are independent of the family.",
         ["all_agencies"]),
    ], [
        ("Calder Bridge Children's Social Care", [
            ("Managers should not close a referral that names domestic abuse on the word of the alleged "
             "perpetrator alone.", ["childrens_social_care"]),
        ]),
        ("Calder Bridge GP practices", [
            ("Practices should ask about abuse when a patient attends repeatedly with poor sleep or low mood.",
             ["gp"]),
        ]),
    ])  # fmt: skip
    w.heading("Appendix 1: Action plan", 1)
    w.para(FILLER)
    rows: list[list[str | None]] = [["Rec", "Action", "Lead Agency", "Target Date", "Status"],
                                    ["Multi-agency recommendations"]]  # fmt: skip
    status = iter(["Open", "Open", "Closed", "Open", "Open", "Closed"])
    multi: Plan = [
        (recs[0], [("Write a joint checking procedure for referrals", "Calder Bridge Children's Social Care",
                    "Q3 2023/24", "2023-12"),
                   ("Give the front door team read access to police domestic abuse records", "Calder Bridge "
                    "Police", "31st March 2024", "2024-03-31")]),
        (recs[1], [("Remind staff of the interpreting policy", "Calder Bridge CSP", "Complete", None),
                   ("Add the interpreting question to each agency's safeguarding audit", "Calder Bridge CSP",
                    "by end of 2024", "2024")]),
    ]  # fmt: skip
    rows += plan_rows(multi, lambda rec, k, a: [rec.number if k == 0 else None, a[0], a[1], a[2],
                                                next(status)])  # fmt: skip
    rows.append(["Single agency recommendations"])
    single: Plan = [
        (recs[2], [("Change the closure guidance for referrals naming domestic abuse", "Calder Bridge "
                    "Children's Social Care", "Sept 23", "2023-09")]),
        (recs[3], [("Send practices a briefing on repeat attendance and abuse", "Calder Bridge ICB",
                    "Within 6 months of publication", None)]),
    ]  # fmt: skip
    rows += plan_rows(single, lambda rec, k, a: [rec.number if k == 0 else None, a[0], a[1], a[2],
                                                 next(status)])  # fmt: skip
    w.table(rows, [1.2, 7.0, 3.6, 2.6, 1.6], font_size=10)
    return w, d


def numbered_leads_in_cell() -> tuple[WordDoc, Doc]:
    w, d, recs = report("Penmorvah Community Safety Partnership", "Elsie", "Penmorvah Community Safety "
                        "Partnership. Final version, 2 October 2023", [
        "Elsie, 81, was killed by her husband, who then took his own life, on or about 14 March 2022.",
        "Elsie's husband had been caring for her since her stroke in 2019. Their GP recorded carer strain on "
        "8 December 2021, and a social worker visited on 20 January 2022.",
    ], [
        ("Penmorvah Police, Penmorvah Adult Social Care and the Penmorvah Integrated Care Board should make "
         "sure that carer strain is recognised as a possible risk to the person cared for.",
         ["police", "adult_social_care", "integrated_care_board"]),
        ("Penmorvah Adult Social Care should offer a carer's assessment within 28 days of a referral.",
         ["adult_social_care"]),
    ])  # fmt: skip
    w.heading("Appendix A: Action plan", 1)
    w.para(FILLER)
    one = [("Add carer strain to the vulnerability factors in the police risk guidance", "Penmorvah Police",
            "Q2 2023/24", "2023-09"),
           ("Include homicide risk in the carer's assessment training", "Penmorvah Adult Social Care",
            "31st March 2024", "2024-03-31"),
           ("Send GP practices a briefing on carer strain", "Penmorvah ICB", "Ongoing", None)]  # fmt: skip
    two = [("Report waiting times for carer's assessments to the board", "Penmorvah Adult Social Care",
            "Sept 23", "2023-09"),
           ("Recruit two carer's assessors", "Penmorvah Adult Social Care", "Subject to funding", None)]  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Action to take", "Lead Agency", "Target Date"]]
    for rec, acts in ((recs[0], one), (recs[1], two)):
        for text, lead, cell, iso in acts:
            act(rec, text, lead, cell, iso)
        rows.append([f"{rec.number}. {rec.text}", "\n".join(f"{k}. {a[0]}" for k, a in enumerate(acts, 1)),
                     "\n".join(f"{k}. {a[1]}" for k, a in enumerate(acts, 1)),
                     "\n".join(f"{k}. {a[2]}" for k, a in enumerate(acts, 1))])  # fmt: skip
    w.table(rows, [5.0, 6.2, 3.4, 2.6], font_size=9.5)
    return w, d


def separate_plan_ho() -> tuple[WordDoc, Doc]:
    from tests.extraction.plans_blind_l.word_more import landscape_first

    d = Doc("Harrowgate Fields Community Safety Partnership", "Nia", "action_plan")
    w = WordDoc("Arial", 10)
    landscape_first(w)
    w.para("Domestic Homicide Review – Nia – Action Plan", style="Title")
    w.para("Harrowgate Fields Community Safety Partnership. Version 4, updated 3 April 2024.")
    w.para(
        "Agencies responsible for this action plan: Harrowgate Fields Police, Harrowgate Fields Borough "
        "Council, the Harrowgate Fields Integrated Care Board, the Probation Service and Harrowgate Women's Aid."
    )
    texts = [
        ("Harrowgate Fields Police should make sure that officers attending a domestic incident record the "
         "views of any child present.", ["police"]),
        ("The Probation Service should share a perpetrator's risk management plan with the IDVA when the "
         "victim is supported by the IDVA service.", ["probation_service"]),
        ("Harrowgate Fields Borough Council should review its sanctuary scheme so that it covers private "
         "tenants.", ["local_authority"]),
    ]  # fmt: skip
    recs = [d.rec(str(k), text, agencies, "action_plan") for k, (text, agencies) in enumerate(texts, 1)]
    recs[1].level = "regional"  # the plan's scope: a probation region
    plan: Plan = [
        (recs[0], [("Add a child's voice field to the domestic abuse attendance form", "Harrowgate Fields Police",
                    "Q3 2024/25", "2024-12"),
                   ("Brief response officers on the field", "Harrowgate Fields Police", "Within 3 months",
                    None)]),
        (recs[1], [("Agree a consent route for sharing plans with the IDVA", "Probation Service (Harrowgate "
                    "PDU)", "30/09/24", "2024-09-30")]),
        (recs[2], [("Review the sanctuary scheme eligibility criteria", "Harrowgate Fields Borough Council",
                    "Sept 24", "2024-09"),
                   ("Write to private landlords about the scheme", "Harrowgate Fields Borough Council",
                    "by end of 2024", "2024"),
                   ("Report take-up by private tenants to the partnership", "Harrowgate Fields Borough Council",
                    "Annually", None)]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [HO_HEADER]
    rows += plan_rows(plan, lambda rec, k, a: [f"Recommendation {rec.number}: {rec.text}" if k == 0 else None,
                                               ("Regional" if rec.number == "2" else "Local") if k == 0 else None,
                                               a[0], a[1], "", a[2], ""])  # fmt: skip
    w.table(rows, [6.0, 2.2, 5.2, 3.2, 3.0, 2.4, 3.6], font_size=9)
    return w, d


def merged_lead_date_split() -> tuple[WordDoc, Doc]:
    w, d, recs = report("Wexcombe Community Safety Partnership", "Ruth", "Wexcombe Community Safety "
                        "Partnership. Overview report, final version 22 May 2024", [
        "Ruth died on 30 December 2022 after her partner set fire to the house they shared.",
        "Ruth had contacted the Wexcombe domestic abuse helpline on 6 September 2022 and was offered an IDVA, "
        "but the first appointment was not until 11 October 2022. Her partner was arrested on 19 November "
        "2022 and released on bail with conditions.",
    ], [
        ("Wexcombe Police should make sure that bail conditions in domestic abuse cases are explained to the "
         "victim and checked.", ["police"]),
        ("The Wexcombe domestic abuse service should offer a first IDVA appointment within five working days "
         "of a high-risk referral.", ["domestic_abuse_services"]),
    ])  # fmt: skip
    w.heading("Appendix D: Action plan", 1)
    fillers(w, 10)
    long = (
        "Rewrite the bail management procedure for domestic abuse cases so that the officer in the case "
        "tells the victim each condition in person or by phone within twenty-four hours of the decision, "
        "records that the victim has been told, sets a calendar reminder for a neighbourhood officer to "
        "visit the address in the first fortnight and flags any breach for a supervisor's review the same day."
    )
    plan: Plan = [
        (recs[0], [(long, "Wexcombe Police", "31st March 2025", "2025-03-31"),
                   ("Train custody sergeants on the procedure", "Wexcombe Police", "31st March 2025",
                    "2025-03-31"),
                   ("Add bail checks to the neighbourhood tasking system", "Wexcombe Police", "31st March 2025",
                    "2025-03-31"),
                   ("Audit thirty bail cases six months after the change", "Wexcombe Police", "31st March 2025",
                    "2025-03-31")]),
        (recs[1], [("Set a five-day standard for first appointments", "Wexcombe Domestic Abuse Service",
                    "Q2 2024/25", "2024-09"),
                   ("Report performance against the standard to the partnership", "Wexcombe Domestic Abuse "
                    "Service", "Q2 2024/25", "2024-09")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Action", "Lead agency", "Target date"]]
    rows += plan_rows(plan, lambda rec, k, a: [f"{rec.number}. {rec.text}" if k == 0 else None, a[0],
                                               a[1] if k == 0 else None, a[2] if k == 0 else None])  # fmt: skip
    w.table(rows, [4.6, 7.4, 2.8, 2.4], font_size=10)
    return w, d


WORD = {
    "blindm-01-ho-themes-many-leads": ho_themes_many_leads,
    "blindm-02-rag-progress": rag_progress,
    "blindm-03-six-actions-split": six_actions_split,
    "blindm-04-update-notes": update_notes,
    "blindm-05-single-multi-sections": single_multi_sections,
    "blindm-06-numbered-leads-in-cell": numbered_leads_in_cell,
    "blindm-07-separate-plan-ho": separate_plan_ho,
    "blindm-08-merged-lead-date-split": merged_lead_date_split,
}


def main(argv: list[str]) -> int:
    from tests.extraction.plans_blind_m.more import MORE

    return build_set(WORD | MORE, {}, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
