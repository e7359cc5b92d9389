"""A ninth blind set for who each recommendation is for, in the LONG TAIL of how real reports name their
addressees, in forms sets B-H mostly do not use, with real agency names in our own words, by a writer who ran
nothing (no extraction, classification or scorer) and read neither the extraction nor the classification code:
trusts by their brand names with and without "NHS Foundation Trust" / "University Hospitals", initials defined
once in running text and then used ("WMP", "the CCG", "LSCFT"), former names (a Primary Care Trust, a Probation
Trust, the CRC and the NPS, a mental health trust's old name), council services by their service name (Homelessness
Prevention, Public Protection, the MASH, Strategic Commissioning, an ALMO), a CSP called "the Board" beside a
Safeguarding Adults Board and a Domestic Abuse Forum, "all agencies" and its variants, several addressees in one
sentence, voluntary sector bodies by their brand names (drug and alcohol services, IDVA services, Victim Support,
Citizens Advice), national bodies (DWP, Jobcentre Plus, the Home Office, HMCTS, the CPS, the MoJ, the DfE), GP
practices, schools, a college and a university, agencies only in a heading, an Owner column, a tag after the
number ("1. (YAS) ..."), justice bodies (a prison, the Parole Board, the MARAC), and IMR recommendations under
agency headings.

Labelled with ``shared/docs/LABELLING-GUIDE.md`` (agencies rules 1-5: the text comes first; a heading, Owner cell
or tag gives the addressee only to passive or subject-less text) before any pipeline or scorer was run on it. The
bodies named are real; people, events and wording are invented. Only ``agencies`` (and the texts they hang on) are
labelled with care; ``level`` and ``themes`` in the gold are placeholders.

Judgements the guide leaves open (set H's kept where it has them): GP practices as the actors of a change an ICB,
CCG or PCT is told to bring about are ``gp`` beside the commissioner; "X, working with Y" is for X only; a
council's own housing service or ALMO is ``housing``; a council's Early Help / family support service is
``childrens_social_care``; its commissioning team is ``local_authority_commissioners``; its Public Protection or
customer services is ``local_authority``; "All agencies, including X" is for both (as set H's "and in particular
X"); a Primary Care Trust (the commissioner before CCGs) is ``integrated_care_board``; a Probation Trust, CRC and
the NPS are ``probation_service``; the Police, Fire and Crime Commissioner is ``police_and_crime_commissioner``; a
CSP's Domestic Abuse Forum is ``domestic_abuse_partnership_board``; a multi-academy trust and a further education
college are ``school``; a university is ``university``; Victim Support (not named as an IDVA service), Citizens
Advice, Age UK and a prison are ``other``; a mental health trust that also runs community services is
``mental_health_services`` when the item is about its mental health teams; a community health provider
(Medway Community Healthcare, a community NHS trust) is ``local_health_trust``; "the Government" is ``other``.

* ``ai-01-trust-brands``: trusts by brand name with and without suffix, initials in the heading, "the Trust".
* ``ai-02-initials-in-text``: initials defined once in running text (WMP, WHT, BCHFT, the CCG, WMAS, whg).
* ``ai-03-former-names``: a Primary Care Trust, a Probation Trust and CRC, a mental health trust's old name, a
  CSP with a local name (the Responsible Authorities Group).
* ``ai-04-council-services``: Adult Social Care, Children's Services, Homelessness Prevention, the MASH, Public
  Protection, Strengthening Families, Strategic Commissioning, the ALMO.
* ``ai-05-the-board``: the CSP defined as "the Board", beside the SAB, the Forum, MOPAC and trusts' initials.
* ``ai-06-all-agencies``: all agencies, every agency that wrote an IMR, all partner agencies, "Agencies", each
  organisation on the panel, "all agencies, including GP practices".
* ``ai-07-several-addressees``: two to three bodies joined in one subject.
* ``ai-08-voluntary``: IDVA service, refuge, drug and alcohol services by brand name, Victim Support, Citizens
  Advice, Age UK, a housing association.
* ``ai-09-national``: DWP, Jobcentre Plus, the Home Office, HMCTS, the CPS, DHSC, the MoJ, NHS England, the DfE,
  "the Government", a CSP writing to the Home Office.
* ``ai-10-gp-schools``: a GP practice, a GP federation, practice managers, a school, a multi-academy trust, a
  college, a university, an ambulance trust, an ICB telling GP practices.
* ``ai-11-heading-only``: subject-less items under agency headings, initials in the headings.
* ``ai-12-owner-column``: Ref | Recommendation | Owner | Timescale, owners by initials.
* ``ai-13-tags``: a tag in brackets after each item's number gives subject-less items their addressee.
* ``ai-14-justice``: NPS, CRC, a prison, the Parole Board, the MARAC, the YOT, KMPT, community and acute trusts.
* ``ai-15-imr-sections``: overview recommendations, then each IMR's under its agency's heading ("the Trust",
  "the service").

Gold: ``<name>.gold.json`` (DOCX) and ``<name>-pdf.gold.json`` (its LibreOffice export). A recommendation's
``heading`` is the heading, Owner cell or tag the document prints for it. Rebuild (LibreOffice needed):
``python -m tests.extraction.agencies_blind_i.build``; score: ``python -m tests.extraction.agencies_blind_i.score``.
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
    NHSE,
    OTHER,
    PCC,
    PROB,
    SAB,
    SCHOOL,
    P,
    Tagged,
    headed,
    label_runs,
    lead_table,
    start,
)
from tests.extraction.plans.build import Doc, _numbered_body
from tests.extraction.plans_blind.build import build_set

HERE = Path(__file__).resolve().parent


def trust_brands() -> tuple[WordDoc, Doc]:
    w, d = start("Preston Community Safety Partnership", "Adult R")
    headed(w, d, [
        ("Lancashire Teaching Hospitals", [
            ("The Trust should ensure that staff in the emergency department at the Royal Preston Hospital ask "
             "every patient with an assault injury, on their own, who hurt them.", [HOSP]),
        ]),
        ("Lancashire & South Cumbria NHS Foundation Trust (LSCFT)", [
            ("LSCFT to make sure that its talking therapies service asks about domestic abuse at every "
             "assessment.", [MH]),
            ("The Home Treatment Team should record the name and relationship of each person present at a home "
             "visit.", [MH]),
        ]),
        ("Blackpool Teaching Hospitals NHS Foundation Trust", [
            ("The Trust's safeguarding team to follow up every referral it makes to children's social care "
             "until an outcome is known.", [HOSP]),
        ]),
        ("North West Ambulance Service", [
            ("NWAS should review how call handlers pass on a safeguarding concern raised by a caller who is not "
             "the patient.", [AMB]),
        ]),
        ("Lancashire County Council", [
            ("Adult Social Care to ensure that a Care Act assessment asks whether the person is being harmed by "
             "the person who cares for them.", [ASC]),
            ("Children's Services should invite the mother's IDVA to every child protection conference.",
             [CSC]),
        ]),
        ("Lancashire Constabulary", [
            ("The Constabulary should complete a risk assessment with the victim at every domestic incident, "
             "including where she declines to give a statement.", [P]),
        ]),
        ("Preston City Council", [
            ("The council's Housing Advice team to ask every applicant fleeing a partner about the partner's "
             "access to weapons.", [HOUSING]),
        ]),
    ])  # fmt: skip
    return w, d


def initials_in_text() -> tuple[WordDoc, Doc]:
    w, d = start("Walsall Community Safety Partnership", "Adult S", heading=False)
    w.para("The agencies that took part in this review were West Midlands Police (WMP), Walsall Healthcare NHS "
           "Trust (WHT), Black Country Healthcare NHS Foundation Trust (BCHFT), NHS Walsall Clinical "
           "Commissioning Group (the CCG, since 2022 part of NHS Black Country Integrated Care Board), West "
           "Midlands Ambulance Service (WMAS), Walsall Council and whg, the victim's landlord.")  # fmt: skip
    w.heading("Recommendations", 1)
    _numbered_body(w, d, [
        ("WMP to ensure that officers attending a domestic incident check the history of the address as well "
         "as of the people present.", [P]),
        ("WHT should make sure that emergency department staff can see when a patient has been discussed at "
         "MARAC.", [HOSP]),
        ("BCHFT to ensure that its crisis team speaks to the patient's family before the patient is discharged "
         "home.", [MH]),
        ("The CCG should commission domestic abuse training for every GP practice in the borough.", [ICB]),
        ("WMAS should pass every safeguarding referral it makes about an adult to the patient's GP as well.",
         [AMB]),
        ("whg to train its neighbourhood coordinators to ask about abuse when a tenant reports damage to the "
         "home.", [HOUSING]),
        ("Walsall Council should include domestic abuse in the training given to every new member of its "
         "customer services team.", [LA]),
        ("WMP and WMAS to agree how a crew tells the police about a patient's injury that may have been caused "
         "by a partner.", [P, AMB]),
    ])  # fmt: skip
    return w, d


def former_names() -> tuple[WordDoc, Doc]:
    w, d = start("Stoke-on-Trent Responsible Authorities Group", "Adult T", heading=False)
    w.para("The events considered in this review took place between 2011 and 2013. Health services in the city "
           "were then commissioned by NHS Stoke on Trent, the Primary Care Trust (the PCT), and the perpetrator "
           "was supervised by Staffordshire and West Midlands Probation Trust. The review was commissioned by "
           "the Stoke-on-Trent Responsible Authorities Group (the RAG), the city's community safety "
           "partnership.")  # fmt: skip
    w.heading("Recommendations", 1)
    _numbered_body(w, d, [
        ("Staffordshire and West Midlands Probation Trust should ensure that every offender manager checks "
         "with the police for call-outs to an offender's new address.", [PROB]),
        ("The PCT should ensure that GP practices in the city add MARAC information to the patient's record.",
         [ICB, GP]),
        ("North Staffordshire Combined Healthcare NHS Trust to review how it plans the discharge of a patient "
         "who has been violent towards a partner.", [MH]),
        ("University Hospitals of North Midlands should make routine enquiry part of every antenatal booking "
         "appointment.", [HOSP]),
        ("Staffordshire Police to review how the force identifies a perpetrator who moves between partners.",
         [P]),
        ("The Staffordshire and West Midlands Community Rehabilitation Company and the National Probation "
         "Service should agree one way of recording domestic abuse risk.", [PROB]),
        ("The RAG should publish the learning from this review in a short briefing for frontline staff.",
         [CSP]),
    ])  # fmt: skip
    return w, d


def council_services() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Wolverhampton Partnership", "Adult U")
    headed(w, d, [
        ("City of Wolverhampton Council", [
            ("Adult Social Care should open a safeguarding enquiry whenever an adult with care and support "
             "needs discloses abuse by a family member.", [ASC]),
            ("Children's Services to make sure that both parents are invited to every child protection "
             "conference.", [CSC]),
            ("The Homelessness Prevention Team should ask every person leaving a shared home whether they are "
             "afraid of anyone living there.", [HOUSING]),
            ("The Multi-Agency Safeguarding Hub to record the outcome of every domestic abuse notification it "
             "screens.", ["mash"]),
            ("Public Protection officers should be trained to recognise coercive control when they visit a home "
             "about a noise complaint.", [LA]),
            ("The Strengthening Families service to ask both parents about abuse at the start of every family "
             "support plan.", [CSC]),
            ("Strategic Commissioning should require every supported housing contract to include a domestic "
             "abuse policy.", ["local_authority_commissioners"]),
        ]),
        ("Wolverhampton Homes", [
            ("Tenancy officers to report to the council any concern about abuse seen during a home visit.",
             [HOUSING]),
        ]),
    ])  # fmt: skip
    return w, d


def the_board() -> tuple[WordDoc, Doc]:
    w, d = start("Havering Community Safety Partnership", "Adult V", heading=False)
    w.para("This review was commissioned by the Havering Community Safety Partnership Board (the Board). The "
           "Havering Safeguarding Adults Board (the SAB) and the Havering Domestic Abuse Forum (the Forum) were "
           "consulted on its recommendations. Barking, Havering and Redbridge University Hospitals NHS Trust "
           "(BHRUT) and North East London NHS Foundation Trust (NELFT) provided IMRs.")  # fmt: skip
    w.heading("Recommendations", 1)
    _numbered_body(w, d, [
        ("The Board should check the progress of this review's action plan at each of its meetings.", [CSP]),
        ("The Board to write to the Home Office asking for guidance on reviews where the victim died by "
         "suicide.", [CSP]),
        ("The Board and the SAB should jointly hold a learning event on abuse of older people by their adult "
         "children.", [CSP, SAB]),
        ("The Forum to update the local directory of domestic abuse services every year.", [DAPB]),
        ("The SAB should seek assurance from the London Borough of Havering that carers' assessments ask about "
         "abuse.", [SAB]),
        ("The Metropolitan Police Service's East Area Command Unit should review how it follows up a victim who "
         "withdraws a complaint.", [P]),
        ("The Mayor's Office for Policing and Crime to fund an IDVA based in the borough's emergency "
         "department.", [PCC]),
        ("BHRUT should ensure that the hospital IDVA is told of every patient who discloses abuse.", [HOSP]),
        ("NELFT's home treatment team to ask every patient whether they feel safe at home.", [MH]),
    ])  # fmt: skip
    return w, d


def all_agencies() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Rotherham Partnership", "Adult W")
    headed(w, d, [
        ("Multi-agency recommendations", [
            ("All agencies involved in this review should make sure that their staff can name the local IDVA "
             "service.", [ALL]),
            ("Every agency that provided an IMR to assure the Partnership within six months that its single "
             "agency actions are complete.", [ALL]),
            ("All partner agencies of the Safer Rotherham Partnership should include economic abuse in their "
             "domestic abuse policies.", [ALL]),
            ("Agencies should not rely on a family member to interpret for a victim.", [ALL]),
            ("All statutory and voluntary sector organisations in Rotherham to adopt the Partnership's routine "
             "enquiry guidance.", [ALL]),
            ("All agencies, including GP practices, should record when a victim is seen with her partner in the "
             "room.", [ALL, GP]),
            ("It is recommended that all agencies review their 'was not brought' policies so that a missed "
             "appointment of an adult at risk is followed up.", [ALL]),
            ("Each organisation represented on the review panel to name a domestic abuse champion.", [ALL]),
        ]),
    ])  # fmt: skip
    return w, d


def several_addressees() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Colchester Partnership", "Adult X")
    _numbered_body(w, d, [
        ("Essex Police, Essex County Council and the Integrated Care Board should agree a protocol for sharing "
         "information about a victim who is discharged from hospital.", [P, LA, ICB]),
        ("The police and the Probation Service to review jointly how they manage a perpetrator who has "
         "breached a restraining order.", [P, PROB]),
        ("East Suffolk and North Essex NHS Foundation Trust and Essex Partnership University NHS Foundation "
         "Trust should both audit how their staff ask about abuse.", [HOSP, MH]),
        ("Colchester City Council's housing service and Colchester Borough Homes to agree who contacts a "
         "tenant after a report of abuse.", [HOUSING]),
        ("NHS England and the Integrated Care Board should make domestic abuse training a condition of "
         "primary care contracts.", [NHSE, ICB]),
        ("Essex Police and the Office of the Police, Fire and Crime Commissioner for Essex should review the "
         "support offered to victims after a charge.", [P, PCC]),
        ("Children's social care, the police and the school should each record the child's own account of "
         "the incident.", [CSC, P, SCHOOL]),
        ("Both the GP practice and the community mental health team to review how they share a patient's "
         "disclosure of abuse.", [GP, MH]),
    ])  # fmt: skip
    return w, d


def voluntary() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Plymouth", "Adult Y")
    headed(w, d, [
        ("Voluntary and community sector", [
            ("The Plymouth Domestic Abuse Service should make sure that its IDVAs record every contact they try "
             "to make with a victim.", [DAS]),
            ("The refuge to tell the victim's IDVA the same day when a resident leaves without notice.", [DAS]),
            ("Harbour, the city's drug and alcohol service, should ask each client about the person they live "
             "with.", [DRUGS]),
            ("Change Grow Live to include a question about domestic abuse in every recovery plan review.",
             [DRUGS]),
            ("Victim Support should offer a follow-up call to every victim of a reported crime by a partner.",
             [OTHER]),
            ("Citizens Advice Plymouth to train its debt advisers to ask about economic abuse.", [OTHER]),
            ("Age UK Plymouth should ask older clients whether anyone controls their money.", [OTHER]),
            ("Plymouth Community Homes to report any sign of abuse its repairs staff see in a tenant's home.",
             [HOUSING]),
            ("Women's Aid should share this review's learning with the refuges it supports.", [DAS]),
        ]),
    ])  # fmt: skip
    return w, d


def national() -> tuple[WordDoc, Doc]:
    w, d = start("Telford & Wrekin Community Safety Partnership", "Adult Z")
    _numbered_body(w, d, [
        ("The Department for Work and Pensions should ensure that a work coach who is told of abuse gives the "
         "claimant the number of the local domestic abuse service.", [DWP]),
        ("Jobcentre Plus staff in Telford to be trained to recognise economic abuse.", [DWP]),
        ("The Home Office should update the statutory guidance so that a review considers the victim's "
         "finances.", ["home_office"]),
        ("The Partnership to write to the Home Office asking that reviews of suicides after abuse are "
         "published.", [CSP]),
        ("HM Courts and Tribunals Service should tell the victim when a perpetrator's hearing is moved.",
         ["hmcts"]),
        ("The Crown Prosecution Service to review how it decides to charge a breach of a non-molestation "
         "order.", ["crown_prosecution_service"]),
        ("The Department of Health and Social Care should include domestic abuse in the guidance on carers' "
         "assessments.", ["dhsc"]),
        ("The Ministry of Justice to consider extending the victim contact scheme to the families of victims "
         "of manslaughter.", ["ministry_of_justice"]),
        ("NHS England should remind every GP practice of its duties under the Domestic Abuse Act 2021.",
         [NHSE]),
        ("The Department for Education to add coercive control to the relationships education curriculum.",
         ["dfe"]),
        ("The Government should fund a national helpline for older victims.", [OTHER]),
    ])  # fmt: skip
    return w, d


def gp_schools() -> tuple[WordDoc, Doc]:
    w, d = start("Ipswich Community Safety Partnership", "Adult AA")
    _numbered_body(w, d, [
        ("The victim's GP practice should review how it responds when a patient misses three appointments in "
         "a row.", [GP]),
        ("The Ipswich and East Suffolk GP Federation to offer its member practices a template for recording a "
         "disclosure of abuse.", [GP]),
        ("Practice managers in every GP surgery should make sure that reception staff know how to book a "
         "private appointment.", [GP]),
        ("NHS Suffolk and North East Essex Integrated Care Board to ensure that GP practices code every "
         "domestic abuse notification they receive.", [ICB, GP]),
        ("The children's primary school should record every disclosure a child makes about home, however "
         "small.", [SCHOOL]),
        ("The Active Learning Trust should make sure that each of its schools has a trained deputy designated "
         "safeguarding lead.", [SCHOOL]),
        ("Suffolk New College to include healthy relationships in the tutorial programme for every student.",
         [SCHOOL]),
        ("The University of Suffolk should tell students how to report abuse by a partner.", ["university"]),
        ("East of England Ambulance Service NHS Trust should remind crews to ask about abuse when a patient has "
         "fallen more than once.", [AMB]),
    ])  # fmt: skip
    return w, d


def heading_only() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Lincolnshire Partnership", "Adult BB")
    headed(w, d, [
        ("Lincolnshire Police", [
            ("Supervisors to check that a risk assessment has been completed before a domestic incident is "
             "closed.", [P]),
        ]),
        ("United Lincolnshire Hospitals NHS Trust (ULHT)", [
            ("A review of how the emergency department shares information with the patient's GP.", [HOSP]),
        ]),
        ("Lincolnshire Partnership NHS Foundation Trust (LPFT)", [
            ("Care plans to include the views of the patient's partner where it is safe to ask.", [MH]),
        ]),
        ("East Midlands Ambulance Service (EMAS)", [
            ("Crews to be reminded to record who else was present at a call.", [AMB]),
        ]),
        ("Lincolnshire County Council - Children's Services", [
            ("Ensure that a child in need plan names every adult living in the household.", [CSC]),
        ]),
        ("City of Lincoln Council - Housing Solutions", [
            ("Ask every applicant whether they are afraid of a former partner.", [HOUSING]),
        ]),
        ("Lincolnshire Community Health Services NHS Trust", [
            ("District nurses to be trained to ask about abuse during home visits.", [LHT]),
        ]),
        ("EDAN Lincs Domestic Abuse Service", [
            ("Outreach workers to contact each victim referred by the police within two working days.", [DAS]),
        ]),
        ("We Are With You (formerly Addaction)", [
            ("Recovery workers to ask every client about their partner's drug use.", [DRUGS]),
        ]),
    ])  # fmt: skip
    return w, d


def owner_column() -> tuple[WordDoc, Doc]:
    w, d = start("Swindon Community Safety Partnership", "Adult CC", font="Calibri", heading=False)
    w.para("Abbreviations used: GWH, Great Western Hospitals NHS Foundation Trust; AWP, Avon and Wiltshire Mental "
           "Health Partnership NHS Trust; SBC, Swindon Borough Council; BSW ICB, Bath and North East Somerset, "
           "Swindon and Wiltshire Integrated Care Board; SWASFT, South Western Ambulance Service NHS Foundation "
           "Trust.")  # fmt: skip
    w.heading("Recommendations", 1)
    lead_table(w, d, ["Ref", "Recommendation", "Owner", "Timescale"], [
        ("Wiltshire Police", "Repeat callers to be flagged to the neighbourhood team after a third call.", [P]),
        ("GWH", "An audit of routine enquiry in the maternity service.", [HOSP]),
        ("AWP", "Crisis plans to name the people a patient lives with.", [MH]),
        ("SBC Adult Social Care", "Carers' assessments to include a question about the carer's own safety.",
         [ASC]),
        ("SBC Children's Services", "Assessments to include the father or any other adult male in the "
                                    "household.", [CSC]),
        ("BSW ICB", "Domestic abuse training to be offered to every practice nurse in Swindon.", [ICB]),
        ("SWASFT", "Call handlers to be trained to ask whether a caller can speak freely.", [AMB]),
        ("Swindon CSP", "A campaign to raise awareness of stalking by former partners.", [CSP]),
        ("All agencies", "This review's learning to be shared with frontline staff within three months.",
         [ALL]),
    ], [1.2, 9.5, 3.5, 2.5], "6 months")  # fmt: skip
    return w, d


def tags() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Barnsley Partnership", "Adult DD", heading=False)
    w.para(
        "In this report SYP is South Yorkshire Police, BHNFT is Barnsley Hospital NHS Foundation Trust, SWYPFT "
        "is South West Yorkshire Partnership NHS Foundation Trust, BMBC is Barnsley Metropolitan Borough "
        "Council, YAS is Yorkshire Ambulance Service and IDAS is Independent Domestic Abuse Services."
    )
    w.heading("Recommendations", 1)
    items: Tagged = [
        ("SYP", "Review how call handlers grade a call from a third party reporting abuse.", [P]),
        ("BHNFT", "Emergency department staff to be trained to ask about strangulation.", [HOSP]),
        ("SWYPFT", "Community mental health teams to record a patient's threats towards a partner.", [MH]),
        ("BMBC", "Include domestic abuse in the council's tenancy sustainment policy.", [LA]),
        ("BMBC Adult Social Care", "Consider the risk from a carer in every safeguarding enquiry.", [ASC]),
        ("YAS", "Pass a safeguarding concern to the GP after every call to a domestic incident.", [AMB]),
        ("Berneslai Homes", "Neighbourhood officers to report damage to doors as a possible sign of abuse.",
         [HOUSING]),
        ("IDAS", "Offer every victim referred by the hospital a call within one working day.", [DAS]),
        ("SYP", "BMBC should tell the police when a tenant discussed at MARAC asks to move home.", [LA]),
    ]  # fmt: skip
    label_runs(w, d, items, "({}) ", "({})")
    return w, d


def justice() -> tuple[WordDoc, Doc]:
    w, d = start("Medway Community Safety Partnership", "Adult EE")
    _numbered_body(w, d, [
        ("The National Probation Service should check with Kent Police before it approves a release address.",
         [PROB]),
        ("The Kent, Surrey and Sussex Community Rehabilitation Company to make a home visit within ten days of "
         "a change of address.", [PROB]),
        ("HMP Elmley should tell the offender manager of every call a prisoner makes to a victim.", [OTHER]),
        ("The Parole Board to ask for the views of a former partner before it decides on release.", ["parole"]),
        ("The Medway MARAC should review every case heard three times in a year.", ["marac"]),
        ("The Youth Offending Team to ask every young person about abuse in their own relationships.",
         ["youth_offending_service"]),
        ("Kent and Medway Partnership Trust (KMPT) should share a patient's risk plan with the probation officer "
         "supervising them.", [MH]),
        ("Medway NHS Foundation Trust to make the hospital IDVA known to staff on every ward.", [HOSP]),
        ("Medway Community Healthcare should train its community nurses to ask about abuse.", [LHT]),
        ("Kent Police to ensure that a bail condition is checked at the first visit after a release.", [P]),
    ])  # fmt: skip
    return w, d


def imr_sections() -> tuple[WordDoc, Doc]:
    w, d = start("Wakefield District Community Safety Partnership", "Adult FF")
    headed(w, d, [("Overview report recommendations", [
        ("The Community Safety Partnership to ensure that the learning from this review is part of its "
         "domestic abuse training for the next two years.", [CSP]),
        ("West Yorkshire Police and Wakefield Council should jointly review how a victim's vulnerability is "
         "assessed when she calls the council first.", [P, LA]),
    ])])  # fmt: skip
    w.heading("Single agency recommendations", 2)
    headed(w, d, [
        ("Mid Yorkshire Teaching NHS Trust", [
            ("That the Trust reviews how its emergency department records the person who brings a patient in.",
             [HOSP]),
        ]),
        ("Turning Point", [
            ("That the service asks every client at each review whether they are in a relationship.", [DRUGS]),
        ]),
        ("Wakefield District Housing (WDH)", [
            ("That WDH trains its income officers to recognise economic abuse.", [HOUSING]),
        ]),
        ("Wakefield Council - Adults, Health and Communities", [
            ("That a carer's assessment is offered whenever an adult at risk lives with their carer.", [ASC]),
        ]),
        ("West Yorkshire Police - Wakefield District", [
            ("That neighbourhood officers are told of every high risk victim living in their area.", [P]),
        ]),
    ], level=3)  # fmt: skip
    return w, d


DOCUMENTS = {
    "ai-01-trust-brands": trust_brands,
    "ai-02-initials-in-text": initials_in_text,
    "ai-03-former-names": former_names,
    "ai-04-council-services": council_services,
    "ai-05-the-board": the_board,
    "ai-06-all-agencies": all_agencies,
    "ai-07-several-addressees": several_addressees,
    "ai-08-voluntary": voluntary,
    "ai-09-national": national,
    "ai-10-gp-schools": gp_schools,
    "ai-11-heading-only": heading_only,
    "ai-12-owner-column": owner_column,
    "ai-13-tags": tags,
    "ai-14-justice": justice,
    "ai-15-imr-sections": imr_sections,
}


def main(argv: list[str]) -> int:
    return build_set(DOCUMENTS, {}, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
