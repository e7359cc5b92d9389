"""A thirteenth blind set for who each recommendation is for, in areas sets A-L, the level sets (C-I) and the
``annotations/wordproc/dev*`` sets do not use (Wandsworth, Brent, Bexley, Tameside, Trafford, Redcar and
Cleveland, Windsor and Maidenhead, Central Bedfordshire, Tendring, Mansfield, Ceredigion, Monmouthshire), written
in our own words by a writer who ran nothing (no extraction, classification or scorer) and read neither the
extraction nor the classification code. The shapes, the areas and the labelling judgements the guide leaves open
are listed in ``README.md``.

Rebuild (LibreOffice needed): ``python -m tests.extraction.agencies_blind_m.build``; score:
``python -m tests.extraction.agencies_blind_m.score``.
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
    CST,
    DAPB,
    DAS,
    DRUGS,
    GP,
    HO,
    HOSP,
    HOUSING,
    ICB,
    LHT,
    MH,
    PCC,
    PH,
    PROB,
    SCHOOL,
    P,
    glossary,
    headed,
    keep_rows_whole,
    label_runs,
    scope_plan,
    start,
    summary,
)
from tests.extraction.agencies_blind_m.build_b import LATER
from tests.extraction.agencies_blind_m.labels import MASH, Rows
from tests.extraction.plans.build import Doc, _numbered_body
from tests.extraction.plans_blind.build import build_set

HERE = Path(__file__).resolve().parent


def wandsworth() -> tuple[WordDoc, Doc]:
    w, d = start("Wandsworth Community Safety Partnership", "Adult CA", heading=False)
    w.para("This review was commissioned by the Wandsworth Community Safety Partnership (the Partnership). The "
           "panel's recommendations follow; the agencies are named in full the first time they appear.")  # fmt: skip
    w.heading("Recommendations", 1)
    _numbered_body(w, d, [
        ("The Metropolitan Police Service's South West Basic Command Unit (SW BCU) should review how response "
         "officers record the presence of a child who is asleep in the home when they attend a domestic "
         "incident.", [P]),
        ("The SW BCU to make sure that every report of stalking in Wandsworth is checked by its Public "
         "Protection team for earlier reports of domestic abuse between the same people.", [P]),
        ("St George's University Hospitals NHS Foundation Trust (St George's) should ensure that its emergency "
         "department offers every patient who discloses abuse a referral to the hospital IDVA, whether or not "
         "the patient is admitted.", [HOSP]),
        ("St George's maternity service to record the answer to the routine enquiry question at the booking "
         "appointment and again at 28 weeks.", [HOSP]),
        ("South West London and St George's Mental Health NHS Trust should, in consultation with the Council's "
         "Adult Social Care service, agree who leads when a patient of a community team is also the subject of "
         "a safeguarding enquiry.", [MH]),
        ("Central London Community Healthcare NHS Trust (CLCH), which provides health visiting in the borough, "
         "should ensure that health visitors ask about domestic abuse at every contact at which the mother is "
         "seen without her partner.", [LHT]),
        ("NHS South West London Integrated Care Board (NHS Wandsworth CCG until 2020 and then NHS South West "
         "London CCG) to ensure that GP practices in Wandsworth record the outcome of each routine enquiry about "
         "domestic abuse in coded form.", [ICB, GP]),
        ("Wandsworth Council's Housing Department should make sure that a tenant who reports damage caused by "
         "a partner is asked whether they would like advice from a domestic abuse service.", [HOUSING]),
        ("Wandsworth Children's Services to hold a strategy discussion when a child under five is present at "
         "two domestic incidents within twelve months.", [CSC]),
        ("The Council's Early Help service should ask both parents, separately, about their relationship at "
         "the first home visit.", [CSC]),
        ("The Partnership should write to the Home Office asking that the statutory guidance say how long a "
         "family is to be given to comment on a draft report.", [CSP]),
    ])  # fmt: skip
    return w, d


def brent() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Brent Partnership", "Adult CB", font="Calibri")
    headed(w, d, [
        ("Metropolitan Police Service (North West BCU)", [
            ("Make sure that officers attending a domestic incident in Brent check for earlier calls to the "
             "couple from any London borough, not only from Brent.", [P]),
        ]),
        ("London North West University Healthcare NHS Trust", [
            ("The emergency department at Northwick Park Hospital should prompt staff to ask about domestic "
             "abuse when a patient with an injury is accompanied.", [HOSP]),
        ]),
        ("Central and North West London NHS Foundation Trust (CNWL)", [
            ("The Brent community mental health team to record a carer's relationship to the patient and any "
             "report that the carer has been abusive.", [MH]),
            ("CNWL's district nursing service in Brent should see a housebound patient alone at least once in "
             "every three visits.", [LHT]),
        ]),
        ("NHS North West London Integrated Care Board", [
            ("Ensure that GP practices in Brent offer a longer appointment to a patient who discloses domestic "
             "abuse.", [ICB, GP]),
        ]),
        ("Brent Council - Children and Young People", [
            ("Brent's Multi-Agency Safeguarding Hub (MASH) should check with the police whether an adult who "
             "joins a household known to children's services has a history of domestic abuse.", [MASH]),
            ("See each child alone during an assessment that follows a domestic incident.", [CSC]),
        ]),
        ("Brent Council - Community Wellbeing", [
            ("Adult Social Care to offer a carer's assessment to an older victim whose partner has dementia.",
             [ASC]),
            ("Housing Needs should ask every applicant who gives relationship breakdown as the reason for "
             "homelessness whether they have been abused.", [HOUSING]),
        ]),
        ("Advance", [
            ("Hold the community IDVA service's drop-in sessions in the borough's family hubs as well as in its "
             "own office.", [DAS]),
        ]),
        ("Via (formerly WDP)", [
            ("Ask every client about their partner's use of drugs and alcohol and whether they feel safe at "
             "home.", [DRUGS]),
        ]),
    ])  # fmt: skip
    return w, d


def bexley() -> tuple[WordDoc, Doc]:
    w, d = start("Bexley Community Safety Partnership", "Adult CC", heading=False, font="Times New Roman")
    summary(d)
    w.para("Lewisham and Greenwich NHS Trust (LGT) runs Queen Elizabeth Hospital, Woolwich, where Adult CC was "
           "treated. The London Borough of Bexley (LBB) and NHS South East London ICB (SEL ICB), which replaced "
           "NHS Bexley CCG, sat on the panel with the other agencies listed in the overview report.")  # fmt: skip
    w.heading("Recommendations and action plan", 1)
    scope_plan(w, d, [
        ("MPS (South East BCU)", "Officers to complete the DASH risk assessment with the victim alone and to "
         "record why when that is not possible.", "Regional", [P]),
        ("LGT", "Queen Elizabeth Hospital's emergency department to refer every patient who discloses abuse to "
         "the hospital IDVA.", "Local", [HOSP]),
        ("Oxleas", "Oxleas NHS Foundation Trust should make sure that its Bexley older adults' mental health team "
         "asks the patient's partner about their own safety.", "Local", [MH]),
        ("SEL ICB (Bexley)", "Ensure that every GP practice in Bexley has a named lead for domestic abuse.",
         "Local", [ICB, GP]),
        ("LBB Children's Services", "It is recommended that the threshold for a child and family assessment "
         "after a domestic incident is reviewed.", "Local", [CSC]),
        ("LBB Adult Social Care", "Adult Social Care should make sure that a Section 42 enquiry considers the "
         "risk from a family member who provides care.", "Local", [ASC]),
        ("LBB Housing", "Housing Options to ask every applicant whether they are fleeing abuse before offering "
         "accommodation outside the borough.", "Local", [HOUSING]),
        ("Bexley Women's Aid", "The refuge to record a resident's reasons for leaving early and, with consent, "
         "to share them with the IDVA service.", "Local", [DAS]),
        ("CGL Bexley", "The drug and alcohol service should screen every client for domestic abuse at each "
         "review of their recovery plan.", "Local", [DRUGS]),
        ("LBB Public Health", "Public Health to include a domestic abuse standard in the next contract for "
         "drug and alcohol services.", "Local", [PH]),
        ("LBB Community Safety Team", "The Council's Community Safety Team to check every report of "
         "anti-social behaviour between neighbours for signs of abuse within the household.", "Local", [CST]),
        ("Bexley CSP", "The Bexley Community Safety Partnership should ask MOPAC to fund an advocate for older "
         "victims across the South East BCU.", "Local", [CSP]),
    ], "March 2026", [1.0, 8.3, 2.2, 3.2, 2.2])  # fmt: skip
    keep_rows_whole(w)
    return w, d


def tameside() -> tuple[WordDoc, Doc]:
    w, d = start("Tameside Community Safety Partnership", "Adult CD", heading=False)
    glossary(w, "Abbreviations", [
        ("GMP", "Greater Manchester Police"),
        ("T&G ICFT", "Tameside and Glossop Integrated Care NHS Foundation Trust"),
        ("PCFT", "Pennine Care NHS Foundation Trust"),
        ("NHS GM", "NHS Greater Manchester Integrated Care (the ICB)"),
        ("TMBC", "Tameside Metropolitan Borough Council"),
        ("CGL", "Change Grow Live"),
    ], ("Abbreviation", "In full"))  # fmt: skip
    w.heading("Recommendations", 1)
    items: Rows = [
        ("GMP", "Review how the Tameside district's neighbourhood teams are told about an address that has had "
         "three or more domestic incidents in a year.", [P]),
        ("T&G ICFT", "Ensure that the emergency department at Tameside General Hospital asks every patient with "
         "an injury whether anyone at home hurt them.", [HOSP]),
        ("T&G ICFT", "The Trust's district nurses to see a housebound patient without their carer at least "
         "once a month.", [LHT]),
        ("PCFT", "The Tameside Home Treatment Team should include the views of the person the patient lives "
         "with in every discharge plan.", [MH]),
        ("NHS GM", "NHS Greater Manchester's Tameside locality, which took over from NHS Tameside and Glossop "
         "CCG in July 2022, to make sure that GP practices add a code to the record of each patient discussed "
         "at MARAC.", [ICB, GP]),
        ("TMBC", "Children's Services to record the name of each adult living in the home at every statutory "
         "visit.", [CSC]),
        ("TMBC", "Tameside Council's Early Help service should ask about domestic abuse in every early help "
         "assessment.", [CSC]),
        ("Jigsaw", "Jigsaw Homes Tameside, formerly New Charter Housing Trust, should train its income officers "
         "to recognise economic abuse.", [HOUSING]),
        ("Jigsaw", "Bridges, the domestic abuse service run by Jigsaw Support, to offer every high-risk victim a "
         "call three months after their case is closed.", [DAS]),
        ("CGL", "Ask every client at assessment whether a partner controls their money or their medication.",
         [DRUGS]),
        ("All", "All agencies to make sure that their staff know how to refer to the Tameside MARAC without the "
         "victim's consent where the risk is high.", [ALL]),
    ]  # fmt: skip
    label_runs(w, d, items, "({}) ")
    return w, d


def trafford() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Trafford Partnership", "Adult CE", heading=False, font="Calibri")
    w.heading("Recommendations", 1)
    w.heading("Overview recommendations", 2)
    _numbered_body(w, d, [
        ("The Safer Trafford Partnership and Trafford Council's Public Health team should jointly commission "
         "an audit of how drug and alcohol services in the borough respond to a disclosure of domestic abuse.",
         [CSP, PH]),
        ("The Trafford Domestic Abuse Partnership Board should review whether the borough's refuge places meet "
         "the needs of older women.", [DAPB]),
        ("The Safer Trafford Partnership should write to the Department for Work and Pensions about the delay "
         "in separating a joint Universal Credit claim when one partner leaves because of abuse.", [CSP]),
        ("The Home Office should make clear in the statutory guidance whether a review is to be held when the "
         "victim dies abroad.", [HO]),
    ])  # fmt: skip
    w.heading("Single agency recommendations", 2)
    headed(w, d, level=3, blocks=[
        ("Greater Manchester Police", [
            ("Review the use of Domestic Violence Protection Notices in the Trafford district.", [P]),
        ]),
        ("Manchester University NHS Foundation Trust (MFT)", [
            ("Ensure that the urgent treatment centre at Trafford General Hospital asks about domestic abuse "
             "when a patient returns with a second injury.", [HOSP]),
            ("The Trafford Local Care Organisation, MFT's community services arm, to make sure that district "
             "nurses record who is present at each visit.", [LHT]),
        ]),
        ("Greater Manchester Mental Health NHS Foundation Trust", [
            ("Trafford's community mental health teams to include a partner's account in each risk "
             "assessment.", [MH]),
        ]),
        ("NHS Greater Manchester (Trafford), formerly NHS Trafford CCG", [
            ("Send GP practices in Trafford a short briefing on this review.", [ICB]),
        ]),
        ("Trafford Council", [
            ("Children's Social Care should see each child alone during an assessment that follows a domestic "
             "incident.", [CSC]),
            ("The Council's Housing Options Service to ask every homeless applicant whether they are leaving "
             "an abusive relationship.", [HOUSING]),
        ]),
        ("L&Q (formerly Trafford Housing Trust)", [
            ("Review how a request to remove a partner from a joint tenancy is handled.", [HOUSING]),
        ]),
        ("The children's secondary school", [
            ("Make sure that the designated safeguarding lead reads every Operation Encompass notification on "
             "the day it arrives.", [SCHOOL]),
        ]),
    ])  # fmt: skip
    return w, d


def redcar() -> tuple[WordDoc, Doc]:
    w, d = start("Redcar and Cleveland Community Safety Partnership", "Adult CF")
    summary(d)
    _numbered_body(w, d, [
        ("CP should review how the control room identifies a repeat caller when the victim rings from a "
         "different telephone number.", [P]),
        ("STHFT to ensure that staff at the James Cook University Hospital ask every patient with a facial "
         "injury whether someone they know caused it.", [HOSP]),
        ("STHFT's community midwives should ask about domestic abuse at the booking appointment and again after "
         "the birth, each time with the woman alone.", [HOSP]),
        ("TEWV to make sure that the Redcar community mental health team records who the patient lives with "
         "at every review.", [MH]),
        ("NENC ICB, through its Tees Valley team, should ensure that every GP practice in Redcar and "
         "Cleveland takes part in the IRIS programme.", [ICB, GP]),
        ("R&CBC Children's Services should review how a second police notification about the same family is "
         "screened.", [CSC]),
        ("R&CBC's Adult Social Care team to consider the risk from a partner in every carer's assessment.",
         [ASC]),
        ("Beyond Housing, Coast & Country Housing until 2019, should ask about abuse at each tenancy visit to a "
         "household with rent arrears.", [HOUSING]),
        ("EVA Women's Aid should offer every victim in the refuge a session on the financial help open to "
         "them.", [DAS]),
        ("NEAS to remind crews that a disclosure of abuse is a safeguarding concern to be passed on even when "
         "the patient is not taken to hospital.", [AMB]),
        ("The Probation Service (North East region), which holds the records of the former Durham Tees Valley "
         "CRC, should read them before a risk assessment is reviewed.", [PROB]),
        ("The Cleveland OPCC should, having consulted the four community safety partnerships in the force "
         "area, fund a stalking advocate.", [PCC]),
    ])  # fmt: skip
    glossary(w, "Glossary", [
        ("CP", "Cleveland Police"),
        ("STHFT", "South Tees Hospitals NHS Foundation Trust"),
        ("TEWV", "Tees, Esk and Wear Valleys NHS Foundation Trust"),
        ("NENC ICB", "NHS North East and North Cumbria Integrated Care Board, which replaced NHS South Tees CCG"),
        ("R&CBC", "Redcar and Cleveland Borough Council"),
        ("NEAS", "North East Ambulance Service NHS Foundation Trust"),
        ("OPCC", "Office of the Police and Crime Commissioner"),
        ("CRC", "Community Rehabilitation Company"),
    ], ("Abbreviation", "In full"))  # fmt: skip
    return w, d


DOCUMENTS = {
    "am-01-wandsworth": wandsworth,
    "am-02-brent": brent,
    "am-03-bexley": bexley,
    "am-04-tameside": tameside,
    "am-05-trafford": trafford,
    "am-06-redcar-cleveland": redcar,
    **LATER,
}


def main(argv: list[str]) -> int:
    return build_set(DOCUMENTS, {}, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
