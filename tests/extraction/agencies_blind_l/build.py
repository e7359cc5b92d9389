"""A twelfth blind set for who each recommendation is for, in areas sets A-K and the level sets do not use
(Rochdale, Knowsley, North Tyneside, Darlington, Bromley, Sutton, Cheshire East, Blaenau Gwent, East Riding of
Yorkshire, North Lincolnshire, West Berkshire, Flintshire), written in our own words by a writer who ran nothing
(no extraction, classification or scorer) and read neither the extraction nor the classification code. The
shapes, the areas and the labelling judgements the guide leaves open are listed in ``README.md``.

Rebuild (LibreOffice needed): ``python -m tests.extraction.agencies_blind_l.build``; score:
``python -m tests.extraction.agencies_blind_l.score``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotations.wordproc.worddoc import WordDoc
from tests.extraction.agencies_blind_common import (
    ALL,
    AMB,
    ASC,
    CSC,
    CSP,
    DAS,
    DRUGS,
    DWP,
    GP,
    HOSP,
    HOUSING,
    ICB,
    LA,
    LHT,
    MH,
    NHSE,
    PCC,
    PROB,
    P,
    glossary,
    headed,
    label_runs,
    lead_table,
    start,
    summary,
)
from tests.extraction.agencies_blind_l.build_b import LATER
from tests.extraction.agencies_blind_l.labels import Rows
from tests.extraction.plans.build import Doc, _numbered_body
from tests.extraction.plans_blind.build import build_set

HERE = Path(__file__).resolve().parent


def rochdale() -> tuple[WordDoc, Doc]:
    w, d = start("Rochdale Borough Safer Communities Partnership", "Adult BA", heading=False)
    glossary(w, "Glossary", [
        ("GMP", "Greater Manchester Police"),
        ("HMR CCG", "NHS Heywood, Middleton and Rochdale Clinical Commissioning Group (abolished in July 2022; its "
         "duties passed to NHS Greater Manchester Integrated Care, whose Rochdale locality is NHS GM (Rochdale))"),
        ("IDVA", "Independent Domestic Violence Advisor"),
        ("NCA", "Northern Care Alliance NHS Foundation Trust, which runs Rochdale Infirmary and Fairfield General "
         "Hospital"),
        ("NWAS", "North West Ambulance Service NHS Trust"),
        ("PCFT", "Pennine Care NHS Foundation Trust, the mental health trust for the borough"),
        ("RBC", "Rochdale Borough Council"),
        ("RBH", "Rochdale Boroughwide Housing"),
        ("RBSCP", "Rochdale Borough Safeguarding Children Partnership"),
        ("the Partnership", "Rochdale Borough Safer Communities Partnership, which commissioned this review"),
    ], ("Term", "Meaning"))  # fmt: skip
    w.heading("Recommendations", 1)
    _numbered_body(w, d, [
        ("GMP should make sure that the Rochdale district's Public Protection Investigation Unit reviews every "
         "case in which a victim withdraws a statement within a week of making it.", [P]),
        ("NCA to ensure that staff in the urgent treatment centre at Rochdale Infirmary ask each adult with an "
         "unexplained injury whether anyone at home has hurt them.", [HOSP]),
        ("PCFT should ensure that the Rochdale Home Treatment Team records the name of the person a patient "
         "lives with and asks the patient, alone, whether they feel safe with them.", [MH]),
        ("NWAS should remind its crews that a patient's account of being hurt by a partner is a safeguarding "
         "concern to be passed on even when the patient declines to go to hospital.", [AMB]),
        ("NHS GM (Rochdale), which took over the work of HMR CCG, should ensure that practices in the borough "
         "add a MARAC code to the record of each patient discussed at the meeting.", [ICB, GP]),
        ("RBC Children's Social Care to hold a strategy discussion whenever a child is present at a domestic "
         "incident in which a weapon is used or threatened.", [CSC]),
        ("RBC's Adult Care service should ensure that a carer's assessment asks the carer, away from the person "
         "cared for, whether they are afraid of them.", [ASC]),
        ("RBH should, in consultation with the Council's Housing Options team, review how it responds when a "
         "tenant asks for a partner to be taken off a joint tenancy.", [HOUSING]),
        ("Early Break, with support from the borough's IDVA service, to ask young people about abuse in their "
         "own relationships at every assessment.", [DRUGS]),
        ("The Rochdale Borough IDVA service should offer every victim it cannot reach by telephone a visit at "
         "a place of the victim's choosing.", [DAS]),
        ("The Partnership should ask the Home Office to issue guidance on reviews where the victim took their "
         "own life after abuse.", [CSP]),
    ])  # fmt: skip
    return w, d


def knowsley() -> tuple[WordDoc, Doc]:
    w, d = start("Knowsley Community Safety Partnership", "Adult BB", font="Calibri")
    headed(w, d, [
        ("Merseyside Police", [
            ("The Knowsley Local Policing Unit should visit each address that has had three domestic incidents "
             "in six months.", [P]),
            ("Ensure that the presence of children is recorded at every domestic incident attended.", [P]),
        ]),
        ("Mersey and West Lancashire Teaching Hospitals NHS Trust (formerly St Helens and Knowsley Teaching "
         "Hospitals NHS Trust)", [
            ("The Trust should ensure that the emergency department at Whiston Hospital can refer a patient "
             "directly to the hospital IDVA.", [HOSP]),
        ]),
        ("Mersey Care NHS Foundation Trust", [
            ("The Trust's Knowsley community mental health team to ask about domestic abuse at every review of "
             "a care plan.", [MH]),
            ("Mersey Care's community nursing service in Knowsley should record who else is present at each "
             "home visit.", [LHT]),
        ]),
        ("NHS Cheshire and Merseyside - Knowsley Place (formerly NHS Knowsley CCG)", [
            ("Ensure that GP practices in Knowsley ask about abuse when a patient asks for a repeat sick note "
             "for anxiety.", [ICB, GP]),
        ]),
        ("Knowsley Metropolitan Borough Council", [
            ("Children's Social Care should make sure that an assessment names each adult who stays overnight in "
             "the child's home.", [CSC]),
            ("The Council's Adult Social Care service to review how it records the views of a carer who is also "
             "the person's partner.", [ASC]),
        ]),
        ("Livv Housing Group", [
            ("Livv should train its neighbourhood officers to recognise signs of economic abuse during a rent "
             "arrears visit.", [HOUSING]),
        ]),
        ("The Probation Service (formerly the National Probation Service and Merseyside CRC)", [
            ("Make sure that the police are asked for call-out information before every review of a sentence "
             "plan.", [PROB]),
        ]),
        ("All agencies", [
            ("All partner agencies should make sure that their staff know how to refer a victim to the Knowsley "
             "MARAC.", [ALL]),
        ]),
    ])  # fmt: skip
    return w, d


def north_tyneside() -> tuple[WordDoc, Doc]:
    w, d = start("Safer North Tyneside", "Adult BC", heading=False)
    summary(d)
    w.para("This executive summary uses the following short names: Cumbria, Northumberland, Tyne and Wear NHS "
           "Foundation Trust (CNTW) and NHS North East and North Cumbria Integrated Care Board (NENC ICB), which "
           "replaced NHS North Tyneside CCG in July 2022.")  # fmt: skip
    w.heading("Recommendations", 1)
    items: Rows = [
        ("Northumbria Police", "Review how officers record a victim's wish not to support a prosecution so that "
         "the next officer can see why.", [P]),
        ("Northumbria Healthcare NHS Foundation Trust", "Staff at North Tyneside General Hospital to ask about "
         "domestic abuse when a patient returns within a month with a new injury.", [HOSP]),
        ("CNTW", "Include the partner's account in the risk assessment before a patient's leave from hospital "
         "is approved.", [MH]),
        ("NENC ICB", "Ensure that GP practices in North Tyneside follow up any patient discussed at MARAC who "
         "misses two appointments.", [ICB, GP]),
        ("North Tyneside Council (Children's Services)", "Share a family's early help plan with the child's "
         "school when domestic abuse is the main concern.", [CSC]),
        ("North Tyneside Council (Adult Social Care)", "Revise the carer's assessment so that it asks about the "
         "carer's own safety.", [ASC]),
        ("North Tyneside Council (Housing Advice)", "Ask every homeless applicant whether they are leaving an "
         "abusive relationship.", [HOUSING]),
        ("Harbour Support Services", "Offer a second contact to every victim who declines support at first.",
         [DAS]),
        ("North Tyneside Recovery Partnership", "Make the domestic abuse screening question a required field at "
         "assessment.", [DRUGS]),
        ("Safer North Tyneside", "Ask the Department for Work and Pensions to review how a claim is split when "
         "one partner reports economic abuse.", [CSP]),
        ("All agencies", "Make sure that staff know the North Tyneside referral pathway for victims aged over "
         "60.", [ALL]),
    ]  # fmt: skip
    label_runs(w, d, items, "{}: ")
    return w, d


def darlington() -> tuple[WordDoc, Doc]:
    w, d = start("Darlington Community Safety Partnership", "Adult BD", font="Times New Roman", heading=False)
    w.para("The panel included Durham Constabulary, County Durham and Darlington NHS Foundation Trust (CDDFT), "
           "Tees, Esk and Wear Valleys NHS Foundation Trust (TEWV), the ICB, Darlington Borough Council (DBC), "
           "Harbour and Change Grow Live (CGL).")  # fmt: skip
    w.heading("Action plan", 1)
    lead_table(w, d, ["No", "Recommendation", "Lead", "Target date"], [
        ("Durham Constabulary", "The police should review how a second call from the same address on the same "
         "night is linked to the first.", [P]),
        ("CDDFT", "The acute trust should ensure that Darlington Memorial Hospital's emergency department sees "
         "each patient with a facial injury away from any companion.", [HOSP]),
        ("TEWV", "Mental health services should record the outcome of every routine enquiry about abuse.",
         [MH]),
        ("NENC ICB (Tees Valley)", "Primary care commissioners should make sure that GP practices add an alert "
         "to the record of each patient discussed at MARAC.", [ICB, GP]),
        ("DBC - Children's Services", "Children's social care to see each child alone during an assessment "
         "that follows a domestic incident.", [CSC]),
        ("DBC - Adults", "It is recommended that carers' assessments are reviewed so that they ask about the "
         "carer's own safety.", [ASC]),
        ("DBC - Housing Services", "The Council's landlord service should ask a tenant who reports damage to "
         "their home whether someone they know caused it.", [HOUSING]),
        ("Harbour", "The commissioned domestic abuse service to contact a victim within two working days of a "
         "police referral.", [DAS]),
        ("CGL", "The drug and alcohol service should ask every client about their partner's substance use at "
         "assessment.", [DRUGS]),
        ("DCSP / DBC", "The Community Safety Partnership and Darlington Borough Council should jointly commission "
         "a perpetrator programme for the town.", [CSP, LA]),
        ("NHS England (North East and Yorkshire)", "The regional team should include the learning from this "
         "review in its next safeguarding briefing for primary care.", [NHSE]),
    ], [1.2, 9.3, 4.0, 2.0], "June 2025")  # fmt: skip
    return w, d


def bromley() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Bromley Partnership", "Adult BE")
    _numbered_body(w, d, [
        ("The Metropolitan Police Service's South Area Basic Command Unit and the London Borough of Bromley's "
         "Children's Social Care should jointly review how they decide whether a child present at an incident "
         "is seen.", [P, CSC]),
        ("King's College Hospital NHS Foundation Trust to make sure that staff at the Princess Royal University "
         "Hospital can refer a patient to the hospital IDVA without a manager's approval.", [HOSP]),
        ("Oxleas NHS Foundation Trust should ensure that its Bromley community mental health teams ask every "
         "patient about abuse by a partner or family member.", [MH]),
        ("Bromley Healthcare, the borough's community health provider, to ask about domestic abuse at each "
         "contact at which a health visitor sees the mother alone.", [LHT]),
        ("NHS South East London Integrated Care Board (which replaced NHS Bromley CCG) and the Bromley GP "
         "Alliance should jointly agree a template for recording a disclosure of abuse.", [ICB, GP]),
        ("Clarion Housing Group, known as Affinity Sutton when it let the flat, should review how it handles "
         "a request for a move from a tenant who reports abuse.", [HOUSING]),
        ("Bromley and Croydon Women's Aid should, with support from the Council's commissioning team, offer "
         "group work to victims who are waiting for an IDVA.", [DAS]),
        ("Change Grow Live's Bromley drug and alcohol service to screen for domestic abuse at every review of "
         "a client's recovery plan.", [DRUGS]),
        ("The Mayor's Office for Policing and Crime and the Safer Bromley Partnership should jointly fund an "
         "advocate for older victims in the borough.", [PCC, CSP]),
        ("The Safer Bromley Partnership, in consultation with the Bromley Safeguarding Adults Board, should "
         "agree how reviews that meet both sets of criteria are run.", [CSP]),
        ("The London Borough of Bromley's Housing Options team to record the reason each time a victim leaves "
         "temporary accommodation.", [HOUSING]),
    ])  # fmt: skip
    return w, d


def sutton() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Sutton Partnership", "Adult BF")
    _numbered_body(w, d, [
        ("The Metropolitan Police Service should, in consultation with the Crown Prosecution Service, review "
         "why a charge of controlling or coercive behaviour was not considered in this case.", [P]),
        ("Epsom and St Helier University Hospitals NHS Trust (ESTH) to make sure that St Helier Hospital's "
         "maternity unit sees every pregnant woman alone at least once.", [HOSP]),
        ("South West London and St George's Mental Health NHS Trust should, with support from the ICB's "
         "designated nurse, revise its guidance on patients whose carer is also their abuser.", [MH]),
        ("Sutton Health and Care, the community services partnership hosted by ESTH, should make sure that "
         "district nurses see a housebound patient without their carer at least once a month.", [LHT]),
        ("NHS South West London Integrated Care Board should consult GP practices in Sutton on a template for "
         "recording a disclosure of domestic abuse.", [ICB]),
        ("The London Borough of Sutton's Children's Services to agree, in consultation with the MASH, how a "
         "second police notification about the same family is screened.", [CSC]),
        ("Sutton Council's Adult Social Care service should seek assurance from the home care agencies it "
         "commissions that carers know how to report a concern about abuse.", [ASC]),
        ("The Council's housing service (Sutton Housing Partnership until it returned to the Council) should "
         "ask about abuse at each tenancy audit visit.", [HOUSING]),
        ("Sutton Women's Centre should, with the support of the Safer Sutton Partnership, extend its outreach "
         "to victims in the south of the borough.", [DAS]),
        ("The Safer Sutton Partnership should write to the Department of Health and Social Care about the "
         "lack of guidance on carers who abuse the person they care for.", [CSP]),
        ("The Department for Work and Pensions should make sure that work coaches in Sutton know how to refer "
         "a claimant who discloses abuse to a local domestic abuse service.", [DWP]),
    ])  # fmt: skip
    return w, d


DOCUMENTS = {
    "al-01-rochdale": rochdale,
    "al-02-knowsley": knowsley,
    "al-03-north-tyneside": north_tyneside,
    "al-04-darlington": darlington,
    "al-05-bromley": bromley,
    "al-06-sutton": sutton,
    **LATER,
}


def main(argv: list[str]) -> int:
    return build_set(DOCUMENTS, {}, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
