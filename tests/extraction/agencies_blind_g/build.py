"""A seventh blind set for who each recommendation is for, written with REAL AGENCY NAMES (forces, NHS trusts,
ICBs and CCGs, councils and their services, housing providers, charities, national bodies) in our own words, by a
writer who did not read set F: per-agency headings, Lead cells and plan Lead columns over subject-less text,
glossary-defined initials, "the Trust" back-references (and a Trust that is not an NHS one), two agencies in one
sentence, consult / assurance / write-to / partner traps, "All agencies" beside "all GP practices", voluntary
bodies, council services named by service, national bodies, tags in the numbering, a heading naming several
health bodies, lead-in sentences ("It is recommended that X:") over lettered items.

Labelled with ``shared/docs/LABELLING-GUIDE.md`` (agencies rules 1-5: the text comes first; a heading, Lead cell
or tag gives the addressee only to passive or subject-less text) before the pipeline or any scorer was run on it.
The bodies named are real; people, events and wording are invented. Only ``agencies`` (and the texts they hang
on) are labelled with care; ``level`` and ``themes`` in the gold are placeholders.

Judgements the guide leaves open (kept the same throughout): GP practices as the subject under an ICB heading or
Lead cell are ``gp`` and ``integrated_care_board`` (as sets d and e label them); a subject-less item under a
heading naming several bodies is for all of them; "X, working with Y, should" is for X only (Y a partner);
Birmingham Children's Trust (the council's children's services company) is ``childrens_social_care``; HMPPS is
``probation_service``; a council's own housing service is ``housing``; "X, together with Y, should" is for X
only; a council's Community Protection team is ``council_community_safety_team``.

* ``agg-01-agency-headings``: one heading per real agency, items with no subject or "The Trust" / "The force".
* ``agg-02-lead-cells``: No | Recommendation | Lead with real names, one text naming another subject.
* ``agg-03-glossary``: initials defined in a glossary, used alone in headings and sentences.
* ``agg-04-trust-back-references``: "the Trust" under four NHS trusts' headings, and Birmingham Children's Trust.
* ``agg-05-two-agencies``: joint subjects ("X and Y should"), "X, working with Y", "jointly".
* ``agg-06-consult-traps``: must consult, in consultation with, seek assurance from, write to, report to, staff
  working in.
* ``agg-07-all-agencies``: all agencies / partners / each agency beside all GP practices / all schools / every
  housing provider.
* ``agg-08-voluntary``: Refuge, the IDVA service, Change Grow Live, a perpetrator programme, Age UK, a housing
  trust, Citizens Advice.
* ``agg-09-council-services``: services by their names (Children's Integrated Services, Housing Aid, the
  Community Protection team, the Youth Justice Service, the MASH, Public Health, an ALMO).
* ``agg-10-national``: Home Office, DHSC / "the Department of Health", MoJ, HMPPS, DfE, DLUHC, DWP, NHS England,
  CPS, the Domestic Abuse Commissioner, the Government, one under a "Home Office" heading with no subject.
* ``agg-11-short-names``: KCHFT, KMPT, MTW, SECAmb, KSS CRC, NPS, CCG renamed ICB.
* ``agg-12-plan-lead``: a Home Office style plan whose Lead Agency column gives the addressee of subject-less
  recommendations.
* ``agg-13-tags``: typed numbers tagged with the agency ("4 (Police)", "7 (CCG)").
* ``agg-14-combined-heading``: headings naming several bodies ("Health - ICB, CPFT and North West Anglia").
* ``agg-15-lead-ins``: "It is recommended that <body>:" over numbered items.

Gold: ``<name>.gold.json`` (DOCX) and ``<name>-pdf.gold.json`` (its LibreOffice export). A recommendation's
``heading`` is the heading, Lead cell, tag or lead-in the document prints for it. Rebuild (LibreOffice needed):
``python -m tests.extraction.agencies_blind_g.build``; score: ``python -m tests.extraction.agencies_blind_g.score``.
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
    GP,
    HOSP,
    HOUSING,
    ICB,
    LA,
    LHT,
    MH,
    PROB,
    P,
    Recs,
    Tagged,
    headed,
    start,
)
from tests.extraction.agencies_blind_e.build import _lead_table, _plan
from tests.extraction.plans.build import Doc, _numbered_body
from tests.extraction.plans_blind.build import build_set

HERE = Path(__file__).resolve().parent


def agency_headings() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Stockton Partnership", "Adult K")
    headed(w, d, [
        ("Cleveland Police", [
            ("The force to make sure that a victim who declines to give a statement is still offered a referral "
             "to a support service.", [P]),
            ("Response officers to record whether children were in the house at every domestic incident.", [P]),
        ]),
        ("North Tees and Hartlepool NHS Foundation Trust", [
            ("The Trust should ensure that patients who attend the emergency department with a head injury are "
             "asked how it happened.", [HOSP]),
            ("Ward staff to record who visits a patient admitted with an injury that was not explained.",
             [HOSP]),
        ]),
        ("Tees, Esk and Wear Valleys NHS Foundation Trust", [
            ("Review how the crisis team records a patient's disclosure that a partner has threatened them.",
             [MH]),
        ]),
        ("Stockton-on-Tees Borough Council - Adult Services", [
            ("Social workers to ask the person being cared for, alone, whether their carer ever frightens them.",
             [ASC]),
        ]),
        ("Thirteen Group", [
            ("Neighbourhood coordinators to be trained to spot signs of coercive control during tenancy visits.",
             [HOUSING]),
        ]),
    ])  # fmt: skip
    return w, d


def lead_cells() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Leeds", "Adult L", font="Calibri")
    _lead_table(w, d, ["No.", "Recommendation", "Lead"], [
        ("West Yorkshire Police", "Review how a repeat victim is recognised when she reports from a new "
         "address.", [P]),
        ("Leeds Teaching Hospitals NHS Trust", "Routine enquiry about domestic abuse to be made of every adult "
         "seen in the emergency department with an injury.", [HOSP]),
        ("Leeds and York Partnership NHS Foundation Trust", "A review of how a patient's risk to a partner is "
         "recorded when the patient is discharged.", [MH]),
        ("Leeds Community Healthcare NHS Trust", "Health visitors to ask about abuse at every new birth visit.",
         [LHT]),
        ("Leeds City Council Children and Families", "Ensure that fathers and new partners are included in "
         "every child and family assessment.", [CSC]),
        ("NHS West Yorkshire ICB (Leeds place)", "GP practices to record on the patient's file that a MARAC "
         "was held.", [GP, ICB]),
        ("Leeds Domestic Violence Service", "Offer a follow-up call to every caller who does not take up "
         "support.", [DAS]),
        ("Forward Leeds", "Ask each client about the person they live with at every review of their care "
         "plan.", [DRUGS]),
        ("Safer Leeds", "Safer Leeds to write to the Home Office about the time taken to approve reviews.",
         [CSP]),
        ("West Yorkshire Police", "Leeds City Council should tell the police when a tenant subject to a MARAC "
         "asks to move.", [LA]),
    ])  # fmt: skip
    return w, d


def glossary() -> tuple[WordDoc, Doc]:
    w, d = start("Sheffield Community Safety Partnership", "Adult M", heading=False)
    w.heading("Glossary", 1)
    w.table([
        ["Term", "Meaning"],
        ["STH", "Sheffield Teaching Hospitals NHS Foundation Trust"],
        ["SHSC", "Sheffield Health and Social Care NHS Foundation Trust"],
        ["SYP", "South Yorkshire Police"],
        ["SCC", "Sheffield City Council"],
        ["YAS", "Yorkshire Ambulance Service NHS Trust"],
        ["IDAS", "Independent Domestic Abuse Services"],
        ["SYB ICB", "NHS South Yorkshire Integrated Care Board"],
    ], [3.0, 12.0], font_size=10)  # fmt: skip
    w.heading("Recommendations", 1)
    headed(w, d, [
        ("STH", [
            ("STH should make sure that its safeguarding team sees every referral from the fracture clinic.",
             [HOSP]),
        ]),
        ("SHSC", [
            ("SHSC to share its crisis plans with YAS when a patient has threatened a partner.", [MH]),
            ("Care coordinators to ask about new relationships at every review.", [MH]),
        ]),
        ("SYP", [
            ("SYP and SCC should agree how reports of neighbour disputes that hide domestic abuse are passed "
             "between them.", [P, LA]),
        ]),
        ("YAS", [
            ("Crews to pass a concern to the GP when a patient's partner answers every question for them.",
             [AMB]),
        ]),
        ("IDAS", [
            ("IDAS should offer outreach to victims who live outside the city centre.", [DAS]),
        ]),
        ("SYB ICB", [
            ("The ICB should fund a domestic abuse lead in each primary care network in Sheffield.", [ICB]),
        ]),
    ])  # fmt: skip
    return w, d


def trust_back_references() -> tuple[WordDoc, Doc]:
    w, d = start("Birmingham Community Safety Partnership", "Ayesha")
    headed(w, d, [
        ("University Hospitals Birmingham NHS Foundation Trust", [
            ("The Trust should ensure that the hospital IDVA is told of every patient who discloses abuse.",
             [HOSP]),
        ]),
        ("Birmingham and Solihull Mental Health NHS Foundation Trust", [
            ("The Trust to involve the patient's family in safety planning unless the family is the risk.",
             [MH]),
        ]),
        ("Birmingham Community Healthcare NHS Foundation Trust", [
            ("The Trust should make sure that its district nurses know how to refer a patient to the MARAC.",
             [LHT]),
        ]),
        ("West Midlands Ambulance Service University NHS Foundation Trust", [
            ("The Trust's call handlers to ask whether the caller can speak freely.", [AMB]),
        ]),
        ("Birmingham City Council", [
            ("Birmingham Children's Trust should make sure that a child's social worker is told of every "
             "domestic abuse incident at the child's home.", [CSC]),
            ("The council's housing service to check for domestic abuse when a joint tenancy ends.", [HOUSING]),
        ]),
    ])  # fmt: skip
    return w, d


def two_agencies() -> tuple[WordDoc, Doc]:
    w, d = start("Wirral Community Safety Partnership", "Adult N")
    _numbered_body(w, d, [
        ("Merseyside Police and Wirral Council should agree a protocol for sharing reports of abuse against "
         "older people.", [P, LA]),
        ("The Probation Service and the police should jointly review how perpetrators released on licence "
         "are managed.", [PROB, P]),
        ("Wirral University Teaching Hospital and Cheshire and Wirral Partnership NHS Foundation Trust should "
         "agree one safeguarding referral form.", [HOSP, MH]),
        ("Wirral Council, working with Magenta Living, should review how victims are moved to safe "
         "accommodation.", [LA]),
        ("Merseyside Police should give the hospital's safeguarding team the name of a contact in the public "
         "protection unit.", [P]),
        ("Adult Social Care and the NHS Cheshire and Merseyside Integrated Care Board should commission "
         "joint training on carers who are victims.", [ASC, ICB]),
        ("The Community Safety Partnership, together with the Safeguarding Adults Board, should hold a "
         "learning event on this review.", [CSP]),
    ])  # fmt: skip
    return w, d


def consult_traps() -> tuple[WordDoc, Doc]:
    w, d = start("Safe in the City Partnership", "Adult O", font="Calibri")
    w.para("Safe in the City is the community safety partnership for Brighton and Hove.")
    _numbered_body(w, d, [
        ("Sussex Police should consult the Crown Prosecution Service before it closes a stalking case in which "
         "the victim has withdrawn her support.", [P]),
        ("Brighton & Hove City Council, in consultation with the IDVA service, should revise its housing "
         "allocations policy for victims of abuse.", [LA]),
        ("The Partnership should seek assurance from University Hospitals Sussex NHS Foundation Trust that "
         "routine enquiry is made in its maternity services.", [CSP]),
        ("The Partnership to write to the Department for Work and Pensions about the delay in splitting "
         "Universal Credit payments.", [CSP]),
        ("Sussex Partnership NHS Foundation Trust must consult the patient's GP before a patient who has "
         "harmed a partner is discharged.", [MH]),
        ("Domestic abuse training for all staff working in GP surgeries in the city to be commissioned by "
         "NHS Sussex.", [ICB]),
        ("Brighton Housing Trust should share any concern about a resident's safety with the police and the "
         "council.", [HOUSING]),
        ("The Probation Service to report its progress on these actions to the Safeguarding Adults Board.",
         [PROB]),
    ])  # fmt: skip
    return w, d


def all_agencies() -> tuple[WordDoc, Doc]:
    w, d = start("Blackburn with Darwen Community Safety Partnership", "Adult P")
    headed(w, d, [
        ("Multi-agency recommendations", [
            ("All agencies should make sure that their staff know how to refer a victim to the MARAC.", [ALL]),
            ("Partners to adopt one definition of honour-based abuse across the borough.", [ALL]),
            ("Each agency represented on the panel should brief its frontline staff on the findings of this "
             "review.", [ALL]),
            ("All GP practices in Blackburn with Darwen to name a lead for domestic abuse.", [GP]),
            ("All schools should record and pass on any disclosure of abuse at home by a pupil.", ["school"]),
            ("Every housing provider in the borough to sign up to the Domestic Abuse Housing Alliance "
             "standards.", [HOUSING]),
            ("Lancashire Constabulary and all partner agencies to use interpreters who are not related to the "
             "victim.", [P, ALL]),
        ]),
    ])  # fmt: skip
    return w, d


def voluntary() -> tuple[WordDoc, Doc]:
    w, d = start("Cheshire West and Chester Community Safety Partnership", "Adult Q")
    recs: Recs = [
        ("Refuge should record why a resident leaves a refuge place early and tell her IDVA.", [DAS]),
        ("The IDVA service to keep high-risk cases open until the perpetrator's bail has ended.", [DAS]),
        ("Change Grow Live should ask every client about their partner's use of drugs or alcohol.", [DRUGS]),
        ("The provider of the perpetrator programme should tell the referrer when a man stops attending.",
         ["dv_perpetrator_programme"]),
        ("Age UK Cheshire to include information about domestic abuse in its later-life advice sessions.",
         ["other"]),
        ("Weaver Vale Housing Trust should train its repairs staff to report signs of abuse they see in "
         "homes.", [HOUSING]),
        ("Citizens Advice Cheshire West to ask clients with debts whether a partner controls their money.",
         ["other"]),
    ]  # fmt: skip
    headed(w, d, [("Specialist and voluntary sector", recs)])
    return w, d


def council_services() -> tuple[WordDoc, Doc]:
    w, d = start("Nottingham Crime and Drugs Partnership", "Adult R", heading=False)
    w.para("The Crime and Drugs Partnership is Nottingham's community safety partnership.")
    w.heading("Recommendations", 1)
    headed(w, d, [
        ("Nottingham City Council", [
            ("Children's Integrated Services should ensure that a parent's new partner is checked before a "
             "child in need plan is closed.", [CSC]),
            ("Housing Aid to ask every applicant leaving a relationship whether they are afraid of their "
             "former partner.", [HOUSING]),
            ("The Community Protection team should screen neighbour noise complaints for domestic abuse.",
             ["council_community_safety_team"]),
            ("The Youth Justice Service should ask each young person about violence in their own "
             "relationships.", ["youth_offending_service"]),
            ("The Multi-Agency Safeguarding Hub to check police records for every adult in the household.",
             ["mash"]),
            ("Public Health should commission a substance misuse service that can see both partners "
             "separately.", ["public_health"]),
        ]),
        ("Nottingham City Homes", [
            ("Tenancy staff to act on a report of damage to a door or window as a possible sign of abuse.",
             [HOUSING]),
        ]),
    ])  # fmt: skip
    return w, d


def national() -> tuple[WordDoc, Doc]:
    w, d = start("Southampton Safe City Partnership", "Adult S", heading=False)
    w.heading("Recommendations", 1)
    w.heading("National recommendations", 2)
    _numbered_body(w, d, [
        ("The Home Office, with the Ministry of Justice, should review how victims are told about the "
         "release of a perpetrator on bail.", ["home_office"]),
        ("The Department of Health should ensure that domestic abuse is part of the training of every "
         "newly qualified nurse.", ["dhsc"]),
        ("HM Prison and Probation Service to make sure that prison staff pass on threats made by a prisoner "
         "against a former partner.", [PROB]),
        ("The Department for Education should include coercive control in relationships education.", ["dfe"]),
        ("The Department for Levelling Up, Housing and Communities should require councils to record domestic "
         "abuse as a reason for homelessness.", ["mhclg"]),
        ("NHS England should add a domestic abuse question to the national GP patient record template.",
         ["nhs_england"]),
        ("The Crown Prosecution Service should publish its guidance on charging non-fatal strangulation.",
         ["crown_prosecution_service"]),
        ("The Domestic Abuse Commissioner is asked to consider the findings of this review in her work on "
         "older victims.", ["domestic_abuse_commissioner"]),
        ("The Government should fund specialist advocacy for victims with no recourse to public funds.",
         ["other"]),
    ])  # fmt: skip
    headed(w, d, [
        ("Home Office", [
            ("Amend the statutory guidance so that a review can consider a death abroad.", ["home_office"]),
        ]),
        ("Department of Health and Social Care", [
            ("Make safeguarding training a condition of a GP practice's contract, working with NHS England.",
             ["dhsc"]),
        ]),
    ])  # fmt: skip
    return w, d


def short_names() -> tuple[WordDoc, Doc]:
    w, d = start("Kent Community Safety Partnership", "Adult T", heading=False)
    w.para("Kent Community Health NHS Foundation Trust (KCHFT), Kent and Medway NHS and Social Care Partnership "
           "Trust (KMPT), Maidstone and Tunbridge Wells NHS Trust (MTW) and South East Coast Ambulance Service "
           "(SECAmb) gave reports to the panel. The Kent, Surrey and Sussex Community Rehabilitation Company "
           "(KSS CRC) and the National Probation Service (NPS) supervised the perpetrator. NHS Kent and Medway "
           "Clinical Commissioning Group (CCG) became NHS Kent and Medway (the ICB) in July 2022.")  # fmt: skip
    w.heading("Recommendations", 1)
    headed(w, d, [
        ("KCHFT", [("Health visitors to ask about abuse at each mandated contact.", [LHT])]),
        ("KMPT", [("KMPT should tell the GP within a day when a patient in crisis discloses abuse.", [MH])]),
        ("MTW", [("MTW to offer a safe room in its emergency departments for disclosures.", [HOSP])]),
        ("SECAmb", [("SECAmb should share with the GP the record of every call to a domestic incident.", [AMB])]),
        ("KSS CRC / NPS", [
            ("Responsible officers to check with the police before agreeing a new address.", [PROB]),
            ("The NPS should tell the victim liaison unit of every breach of licence conditions.", [PROB]),
        ]),
        ("Kent and Medway CCG (now the ICB)", [
            ("The ICB should require practices to code domestic abuse disclosures.", [ICB]),
        ]),
        ("Kent County Council", [
            ("Specialist Children's Services to record the voice of the child after each notification.", [CSC]),
            ("Kent Police and KCC should agree how notifications reach schools the next day.", [P, LA]),
        ]),
    ])  # fmt: skip
    return w, d


def plan_lead() -> tuple[WordDoc, Doc]:
    w, d = start("Norfolk County Community Safety Partnership", "Adult U")
    _plan(w, d, [
        ("A review of the referral route from the hospital to the IDVA service.", [HOSP],
         "Norfolk and Norwich University Hospitals NHS Foundation Trust", "Map the route and agree changes"),
        ("Training for call handlers on recognising coercive control.", [P], "Norfolk Constabulary",
         "Deliver training to all call handlers"),
        ("Carers' assessments to include a question about domestic abuse.", [ASC],
         "Norfolk County Council Adult Social Services", "Amend the assessment form"),
        ("The dual diagnosis protocol to be refreshed.", [MH], "Norfolk and Suffolk NHS Foundation Trust",
         "Publish the new protocol"),
        ("A briefing for partner agencies on economic abuse.", [CSP],
         "Norfolk County Community Safety Partnership", "Hold the briefing"),
        ("Learning from this review to be shared with frontline staff.", [ALL], "All agencies",
         "Each agency to report to the CSP"),
        ("An alert on the records of patients discussed at MARAC.", [ICB, GP],
         "NHS Norfolk and Waveney ICB and GP practices", "Issue guidance to practices"),
        ("Release planning to include a check of the address with the police.", [PROB],
         "Probation Service (East of England)", "Add the check to the release checklist"),
    ], ["Recommendation", "Recommendation text", "Action to take", "Lead Agency", "Target Date"])  # fmt: skip
    return w, d


def tags() -> tuple[WordDoc, Doc]:
    w, d = start("Stevenage Community Safety Partnership", "Adult V")
    w.para(
        "Each recommendation's number is followed by the agency it is for, in brackets. CCG: East and North "
        "Hertfordshire Clinical Commissioning Group; HCC ASC: Hertfordshire County Council Adult Care "
        "Services; HPFT: Hertfordshire Partnership University NHS Foundation Trust; SBC: Stevenage Borough "
        "Council."
    )
    items: Tagged = [
        ("Police", "The threshold for a supervisor's review of a DASH assessment to be lowered for repeat "
         "victims.", [P]),
        ("Police", "Officers should be reminded to take photographs of injuries at the scene.", [P]),
        ("CCG", "Routine enquiry training to be commissioned for practice nurses.", [ICB]),
        ("HCC ASC", "A carer's assessment to be offered whenever a carer discloses abuse.", [ASC]),
        ("HPFT", "Care plans to name who the patient lives with.", [MH]),
        ("Lister Hospital", "Safeguarding referrals from the emergency department to be audited every "
         "quarter.", [HOSP]),
        ("SBC Housing", "Homelessness applications to be screened for domestic abuse.", [HOUSING]),
    ]  # fmt: skip
    for n, (tag, text, agencies) in enumerate(items, start=4):
        w.para(f"{n} ({tag}) {text}")
        d.rec(str(n), text, agencies).heading = tag
    return w, d


def combined_heading() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Peterborough Partnership", "Adult W")
    health = (
        "Health - NHS Cambridgeshire and Peterborough ICB, CPFT and North West Anglia NHS Foundation Trust"
    )
    headed(w, d, [
        (health, [
            ("Domestic abuse training to be mandatory for all health staff who see adults.", [ICB, MH, HOSP]),
            ("CPFT should review how its staff ask patients about their partners.", [MH]),
            ("North West Anglia NHS Foundation Trust to place an IDVA in Peterborough City Hospital.", [HOSP]),
        ]),
        ("Police and Probation", [
            ("A joint review of how perpetrators who move into the city are identified.", [P, PROB]),
            ("Cambridgeshire Constabulary should share its list of repeat perpetrators with the Probation "
             "Service every month.", [P]),
        ]),
        ("Peterborough City Council and Cross Keys Homes", [
            ("Tenancy and social care staff to be trained on economic abuse.", [LA, HOUSING]),
        ]),
    ])  # fmt: skip
    return w, d


def lead_ins() -> tuple[WordDoc, Doc]:
    w, d = start("Salford Community Safety Partnership", "Adult X")
    blocks: list[tuple[str, Recs]] = [
        ("It is recommended that Greater Manchester Police:", [
            ("reviews how officers in Salford follow up a victim who does not answer a call back;", [P]),
            ("makes sure that every stalking report is checked against earlier reports by the same person.",
             [P]),
        ]),
        ("It is recommended that the Northern Care Alliance NHS Foundation Trust:", [
            ("trains its emergency department staff to ask about strangulation;", [HOSP]),
            ("audits the use of the hospital IDVA service after six months.", [HOSP]),
        ]),
        ("The review recommends that Salford City Council and Salix Homes:", [
            ("agree a sanctuary scheme for tenants who are over 60.", [LA, HOUSING]),
        ]),
        ("The panel recommends that Greater Manchester Mental Health NHS Foundation Trust:", [
            ("shares a patient's risk to a partner with the GP when the patient is discharged.", [MH]),
        ]),
    ]  # fmt: skip
    for lead_in, recs in blocks:
        w.para(lead_in)
        for rec in _numbered_body(w, d, recs):
            rec.heading = lead_in
    return w, d


DOCUMENTS = {
    "agg-01-agency-headings": agency_headings,
    "agg-02-lead-cells": lead_cells,
    "agg-03-glossary": glossary,
    "agg-04-trust-back-references": trust_back_references,
    "agg-05-two-agencies": two_agencies,
    "agg-06-consult-traps": consult_traps,
    "agg-07-all-agencies": all_agencies,
    "agg-08-voluntary": voluntary,
    "agg-09-council-services": council_services,
    "agg-10-national": national,
    "agg-11-short-names": short_names,
    "agg-12-plan-lead": plan_lead,
    "agg-13-tags": tags,
    "agg-14-combined-heading": combined_heading,
    "agg-15-lead-ins": lead_ins,
}


def main(argv: list[str]) -> int:
    return build_set(DOCUMENTS, {}, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
