"""A fourteenth blind set for who each recommendation is for, in areas sets A-M, the level sets (C-J) and the
``annotations/wordproc/dev*`` sets do not use as their own (Harrow, Hillingdon, Solihull, South Tyneside, Slough,
Blackpool, North Somerset, Chelmsford, Lancaster, Hastings, Rugby, Broxbourne), written in our own words by a
writer who ran nothing (no extraction, classification or scorer) and read neither the extraction nor the
classification code. The shapes, the areas and the labelling judgements the guide leaves open are listed in
``README.md``.

Rebuild (LibreOffice needed): ``python -m tests.extraction.agencies_blind_n.build``; score:
``python -m tests.extraction.agencies_blind_n.score``.
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
    DAPB,
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
    PH,
    P,
    glossary,
    headed,
    label_runs,
    scope_plan,
    start,
    summary,
)
from tests.extraction.agencies_blind_n.build_b import LATER
from tests.extraction.agencies_blind_n.labels import (
    IMM,
    MASH,
    UNI,
    Rows,
    agency_post_table,
    legal,
)
from tests.extraction.plans.build import Doc, _numbered_body
from tests.extraction.plans_blind.build import build_set

HERE = Path(__file__).resolve().parent


def harrow() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Harrow", "Priya", heading=False)
    w.para("Safer Harrow, the borough's community safety partnership (the Partnership), commissioned this review. "
           "The Metropolitan Police Service, London North West University Healthcare NHS Trust, Central and North "
           "West London NHS Foundation Trust (CNWL), NHS North West London Integrated Care Board (which replaced "
           "NHS Harrow CCG), Harrow Council and the WISH Centre gave information.")  # fmt: skip
    w.heading("Recommendations", 1)
    w.para("Each recommendation is set out under the agency or service that is to carry it out.")
    items: Rows = [
        ("the Metropolitan Police Service", "Make sure that officers of the North West BCU who attend a call "
         "about a breach of a non-molestation order check whether the caller has reported earlier breaches in "
         "Barnet or Brent.", [P]),
        ("London North West University Healthcare NHS Trust", "The emergency department at Northwick Park "
         "Hospital to ask a patient who attends with an injury whether anyone at home caused it, and to record "
         "the answer.", [HOSP]),
        ("CNWL", "Harrow's community mental health team should offer the patient's partner a separate "
         "appointment when the partner is also the patient's carer.", [MH]),
        ("CNWL", "Ensure that district nurses visiting a housebound patient in Harrow see the patient alone at "
         "least once a month.", [LHT]),
        ("NHS North West London ICB", "Ensure that GP practices in Harrow record a disclosure of domestic abuse "
         "with a code that every clinician in the practice can see.", [ICB, GP]),
        ("the MASH", "Check police records for every adult in the household, not only the adult named in the "
         "referral, before a decision is made on a contact.", [MASH]),
        ("Early Help", "Ask each parent, on their own, about their relationship at the first home visit and "
         "again at the review.", [CSC]),
        ("Adult Safeguarding", "Make sure that a Section 42 enquiry about an older person asks whether the "
         "person who provides their care has been violent or controlling.", [ASC]),
        ("Housing Needs", "Ask every homeless applicant who gives relationship breakdown as the reason whether "
         "they are leaving abuse, and record the answer.", [HOUSING]),
        ("the WISH Centre", "Offer each victim whose case is closed by the IDVA service a call three months "
         "later.", [DAS]),
        ("the Partnership", "Write to the Department for Work and Pensions about the time taken to split a "
         "joint Universal Credit claim after one partner leaves because of abuse.", [CSP]),
        ("all agencies", "Make sure that staff who see a patient or client at home know how to refer to the "
         "Harrow MARAC.", [ALL]),
    ]  # fmt: skip
    label_runs(w, d, items, "For {}: ")
    return w, d


def hillingdon() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Hillingdon Partnership", "Jean", heading=False, font="Calibri")
    summary(d)
    glossary(w, "Glossary", [
        ("MPS", "Metropolitan Police Service"),
        ("WA BCU", "the MPS West Area Basic Command Unit (Ealing, Hillingdon and Hounslow)"),
        ("THH", "The Hillingdon Hospitals NHS Foundation Trust"),
        ("CNWL", "Central and North West London NHS Foundation Trust"),
        ("NWL ICB", "NHS North West London Integrated Care Board, formerly NHS North West London CCG and, "
         "before 2021, NHS Hillingdon CCG"),
        ("LBH", "London Borough of Hillingdon"),
        ("LAS", "London Ambulance Service NHS Trust"),
        ("DAAS", "Hillingdon Domestic Abuse Advocacy Service"),
        ("NRPF", "No recourse to public funds"),
    ])  # fmt: skip
    w.heading("Recommendations", 1)
    _numbered_body(w, d, [
        ("The WA BCU should review how a domestic incident reported at Heathrow Airport is passed to officers in "
         "the borough where the couple live.", [P]),
        ("THH to ensure that the emergency department at Hillingdon Hospital asks every patient with an injury "
         "about abuse when the patient can be seen without a companion.", [HOSP]),
        ("THH's maternity service should ask about domestic abuse at booking and again at 36 weeks, each time "
         "with the woman alone.", [HOSP]),
        ("CNWL to make sure that the Hillingdon community mental health team asks a patient's partner about "
         "their own safety when the partner is the patient's carer.", [MH]),
        ("NWL ICB should ensure that all GP practices in Hillingdon take part in the IRIS programme.", [ICB, GP]),
        ("LBH's Multi-Agency Safeguarding Hub should pass a referral about a victim with NRPF to the Council's "
         "NRPF team on the day it is received.", [MASH]),
        ("LBH Adult Social Care to offer a carer's assessment to every victim who cares for the person who "
         "harms them.", [ASC]),
        ("Housing Options at LBH should not ask a victim for proof of abuse before accepting a homelessness "
         "application.", [HOUSING]),
        ("DAAS to hold its drop-in sessions at Hillingdon Hospital as well as at the Civic Centre in "
         "Uxbridge.", [DAS]),
        ("LAS should remind crews that a disclosure of abuse made in the ambulance is to be reported as a "
         "safeguarding concern even when the patient declines to go to hospital.", [AMB]),
        ("Home Office Immigration Enforcement should make sure that a person who discloses abuse at an "
         "immigration interview is told about the Migrant Victims of Domestic Abuse Concession.", [IMM]),
        ("Brunel University London should, in consultation with DAAS, tell students where to get help with "
         "abuse by a partner.", [UNI]),
    ])  # fmt: skip
    return w, d


def solihull() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Solihull Partnership", "Sandra", heading=False, font="Times New Roman")
    legal(w, d, 14, "Recommendations", [
        ("West Midlands Police", [
            ("Review how the Solihull neighbourhood policing unit follows up a victim who withdraws her "
             "statement.", [P]),
            ("The Force to make sure that an application under the Domestic Violence Disclosure Scheme is "
             "decided within the time the guidance sets.", [P]),
        ]),
        ("University Hospitals Birmingham", [
            ("Ensure that staff at Solihull Hospital and at the Heartlands Hospital emergency department ask "
             "about abuse when a patient returns with a second injury within three months.", [HOSP]),
            ("The Trust's community midwives should see the woman alone at least once before 28 weeks.", [HOSP]),
        ]),
        ("Birmingham and Solihull Mental Health NHS Foundation Trust (BSMHFT)", [
            ("It is recommended that discharge plans for patients of the Solihull home treatment team record "
             "the views of the person the patient lives with.", [MH]),
        ]),
        ("NHS Birmingham and Solihull ICB (formerly NHS Birmingham and Solihull CCG)", [
            ("Ensure that all GP practices in Solihull have a named lead for domestic abuse.", [ICB, GP]),
        ]),
        ("Meriden Road Surgery", [
            ("The practice should review how it handles a request for a telephone appointment that a partner "
             "makes on the patient's behalf.", [GP]),
        ]),
        ("Solihull Metropolitan Borough Council", [
            ("Solihull Children's Services to hold a strategy discussion whenever a child is present at an "
             "incident in which a weapon is used.", [CSC]),
            ("The Council's Early Help service should ask both parents about their relationship at the first "
             "visit.", [CSC]),
            ("Adult Social Care to consider the risk from a partner in every carer's assessment.", [ASC]),
        ]),
        ("Solihull Community Housing", [
            ("Train housing officers to recognise coercive control during tenancy visits and to refer to "
             "Birmingham and Solihull Women's Aid.", [HOUSING]),
        ]),
        ("Birmingham and Solihull Women's Aid (BSWA)", [
            ("Offer outreach appointments in Chelmsley Wood and Kingshurst as well as at the Birmingham "
             "office.", [DAS]),
        ]),
        ("Solihull Integrated Addiction Services", [
            ("Ask every client at assessment whether a partner controls their money or their medication.",
             [DRUGS]),
        ]),
    ])  # fmt: skip
    w.heading("Glossary", 1)
    w.para("DVDS: the Domestic Violence Disclosure Scheme, also known as Clare's Law. IRIS: Identification and "
           "Referral to Improve Safety, a training and referral programme for general practice.")  # fmt: skip
    return w, d


def south_tyneside() -> tuple[WordDoc, Doc]:
    w, d = start("South Tyneside Community Safety Partnership", "Lorraine", heading=False)
    w.para("The panel's recommendations and the action plan agreed by the South Tyneside Community Safety "
           "Partnership (the Partnership) are set out below.")  # fmt: skip
    w.heading("Recommendations and action plan", 1)
    scope_plan(w, d, [
        "Theme 1 - Identifying risk",
        ("Northumbria Police", "Officers to complete the DASH risk assessment with the victim on her own, and "
         "to record the reason when that cannot be done.", "Regional", [P]),
        ("STSFT", "The emergency department at South Tyneside District Hospital should ask every patient with "
         "a facial injury whether someone they know caused it.", "Local", [HOSP]),
        ("STSFT", "The Trust's community nursing service to see a housebound patient alone at least once in "
         "every three visits.", "Local", [LHT]),
        ("CNTW", "Ensure that a patient's risk assessment records any report that the patient has been violent "
         "to a partner.", "Regional", [MH]),
        "Theme 2 - Children and families",
        ("South Tyneside Council", "Early Help to ask about domestic abuse in every family assessment, "
         "including where the referral is about school attendance.", "Local", [CSC]),
        ("South Tyneside Council", "The Council's Children's Social Care service should hold a strategy "
         "discussion when a baby is present at a domestic incident.", "Local", [CSC]),
        "Theme 3 - Housing and money",
        ("South Tyneside Council", "It is recommended that the Housing Options team asks every applicant who "
         "is leaving a joint tenancy whether abuse is the reason.", "Local", [HOUSING]),
        ("South Tyneside Homes", "Rent arrears letters to a tenant known to be a victim of abuse should be "
         "checked by a manager before they are sent.", "Local", [HOUSING]),
        ("Department for Work and Pensions", "The Department for Work and Pensions should make sure that work "
         "coaches at South Shields Jobcentre know how to refer a claimant to the local domestic abuse service.",
         "National", [DWP]),
        "Theme 4 - Services and governance",
        ("Impact Family Services", "Offer every victim referred by the police a choice of where to meet.",
         "Local", [DAS]),
        ("South Tyneside Council Public Health", "Public Health to make screening for domestic abuse a "
         "condition of the next drug and alcohol treatment contract.", "Local", [PH]),
        ("NENC ICB", "The ICB, through its South Tyneside place team, should send all GP practices in the "
         "borough a summary of this review.", "Local", [ICB]),
        ("The Partnership / DAPB", "The Partnership and the South Tyneside Domestic Abuse Partnership Board "
         "should jointly review how the learning from reviews is shared with schools.", "Local", [CSP, DAPB]),
    ], "June 2027", [1.0, 6.6, 1.8, 3.0, 2.0, 2.4], outcome=True)  # fmt: skip
    w.para("STSFT: South Tyneside and Sunderland NHS Foundation Trust, formed in 2019 from South Tyneside NHS "
           "Foundation Trust and City Hospitals Sunderland NHS Foundation Trust. CNTW: Cumbria, Northumberland, "
           "Tyne and Wear NHS Foundation Trust. NENC ICB: NHS North East and North Cumbria Integrated Care "
           "Board, whose South Tyneside place team took over from NHS South Tyneside CCG. South Tyneside "
           "Homes, the Council's arm's-length housing company, returned to the Council in 2023. DAPB: Domestic "
           "Abuse Partnership Board.", size=9)  # fmt: skip
    return w, d


def slough() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Slough Partnership", "Hannah", font="Calibri")
    summary(d)
    w.para("The table gives each recommendation, the agency that accepted it and the post that will report on "
           "its progress to the Safer Slough Partnership (the Partnership).")  # fmt: skip
    agency_post_table(w, d, [
        ("Thames Valley Police", "Review how officers in the Slough local policing area record a victim's "
         "reasons for declining an IDVA referral.", "Superintendent, Slough LPA", [P]),
        ("Frimley Health NHS Foundation Trust", "Wexham Park Hospital's maternity service to ask about "
         "domestic abuse at every antenatal appointment at which the woman is seen alone.",
         "Head of Safeguarding", [HOSP]),
        ("Berkshire Healthcare", "The Slough community mental health team should include the account of the "
         "patient's partner, seen separately, in every risk assessment.", "Clinical Director", [MH]),
        ("Berkshire Healthcare", "The Trust's health visitors to ask about domestic abuse at every contact at "
         "which the mother is seen alone.", "Named Nurse", [LHT]),
        ("NHS Frimley ICB", "NHS Frimley should ensure that GP practices in Slough offer a follow-up "
         "appointment to every patient who discloses abuse.", "Designated Nurse", [ICB, GP]),
        ("Slough Children First", "Slough Children First, the company that runs the borough's children's "
         "services (formerly Slough Children's Services Trust), should see every child alone during an "
         "assessment that follows a domestic incident.", "Director of Operations", [CSC]),
        ("Slough Borough Council", "Adult Safeguarding to make sure that an enquiry about an adult with care "
         "needs considers the risk from their partner.", "Principal Social Worker", [ASC]),
        ("Slough Borough Council", "The Council should review its allocations policy so that a victim who "
         "moves to a refuge outside Slough keeps her priority.", "Executive Director, Place", [LA]),
        ("Slough Borough Council", "Housing Options should offer every applicant who discloses abuse an "
         "appointment with an officer trained in domestic abuse.", "Housing Needs Manager", [HOUSING]),
        ("Berkshire Women's Aid", "Record each refuge resident's reasons for leaving early and, with consent, "
         "tell the IDVA service.", "Chief Executive", [DAS]),
        ("Safer Slough Partnership", "The Partnership to seek assurance from the Thames Valley Police and Crime "
         "Commissioner that the Slough MARAC has enough IDVA capacity.", "Chair", [CSP]),
    ])  # fmt: skip
    return w, d


def blackpool() -> tuple[WordDoc, Doc]:
    w, d = start("Blackpool Community Safety Partnership", "Margaret")
    w.para("The recommendations are grouped by the agency that is to carry them out.")
    headed(w, d, [
        ("Lancashire Constabulary", [
            ("Make sure that officers attending a domestic incident in Blackpool record whether the couple have "
             "children who live elsewhere.", [P]),
        ]),
        ("Blackpool Teaching Hospitals", [
            ("Blackpool Victoria Hospital's emergency department should offer a patient who discloses abuse a "
             "referral to the hospital IDVA before the patient is discharged.", [HOSP]),
            ("Community nursing teams to record who is present at each home visit.", [LHT]),
        ]),
        ("Lancashire and South Cumbria NHS Foundation Trust (formerly Lancashire Care)", [
            ("The Blackpool crisis team should ask a patient's partner about their own safety when the partner "
             "calls the team.", [MH]),
        ]),
        ("NHS Lancashire and South Cumbria Integrated Care Board, Blackpool place", [
            ("Ensure that GP practices in Blackpool follow up a patient discussed at MARAC who misses two "
             "appointments.", [ICB, GP]),
        ]),
        ("Seafield Road Surgery", [
            ("A request for a telephone appointment that a partner makes for a patient should be followed by a "
             "call to the patient alone.", [GP]),
        ]),
        ("Blackpool Council", [
            ("Children's Social Care should record the name and date of birth of every adult in the household "
             "at each visit.", [CSC]),
            ("The Council's Adult Safeguarding team to ask, in every enquiry about an older person, who manages "
             "the person's money.", [ASC]),
            ("Housing Options to check, before placing a person in a house in multiple occupation, whether "
             "another tenant there is known to MARAC.", [HOUSING]),
        ]),
        ("Blackpool Coastal Housing", [
            ("A tenant who asks to move because of a neighbour should be asked whether the neighbour is a "
             "former partner.", [HOUSING]),
        ]),
        ("Horizon", [
            ("Clients who are in a relationship with another client of the service should be asked about abuse "
             "separately.", [DRUGS]),
        ]),
        ("North West Ambulance Service", [
            ("Crews to raise a safeguarding concern when a patient discloses abuse, even if the patient is not "
             "taken to hospital.", [AMB]),
        ]),
    ])  # fmt: skip
    return w, d


DOCUMENTS = {
    "an-01-harrow": harrow,
    "an-02-hillingdon": hillingdon,
    "an-03-solihull": solihull,
    "an-04-south-tyneside": south_tyneside,
    "an-05-slough": slough,
    "an-06-blackpool": blackpool,
    **LATER,
}


def main(argv: list[str]) -> int:
    return build_set(DOCUMENTS, {}, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
