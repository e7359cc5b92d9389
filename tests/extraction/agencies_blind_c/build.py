"""A third blind set for who each recommendation is for, stressing the LONG TAIL of addressees and topic words
that point at the wrong body (sets ``agencies_blind`` and ``agencies_blind_b`` are dev sets now). Labelled with
``shared/docs/LABELLING-GUIDE.md`` (agencies rules 1-5) before the pipeline was run on it. Every place, body,
person and recommendation here is invented for these tests; the documents reuse the shared builders (front
matter of ``annotations/wordproc/parts``, numbered bodies and plan rows of ``tests/extraction/plans*``).

* ``agd-01-firearms``: firearms licensing by the police under several names; the Home Office's guidance; GPs.
* ``agd-02-probation``: agency headings for the Probation Service by delivery unit, a former CRC, HMPPS, a youth
  justice service; subject-less items under them.
* ``agd-03-dwp``: Jobcentre Plus, work coaches, the Child Maintenance Service, the council's benefits team, a CSP
  writing to the DWP.
* ``agd-04-housing``: housing associations by name only as headings; "neighbourhood officers" of a landlord.
* ``agd-05-gp-icb``: GP surgeries and practices by name, a GP federation, a CCG by its former name, the ICB.
* ``agd-06-ambulance-acute``: an ambulance trust, acute trusts written with and without "NHS Foundation Trust".
* ``agd-07-mh-community``: mental-health and community trusts with and without "NHS (Foundation) Trust".
* ``agd-08-substance``: drug and alcohol providers by brand name, the commissioner.
* ``agd-09-schools-children``: an academy, a primary school, a multi-academy trust, children's social care by
  service name.
* ``agd-10-adults-voluntary``: adult social care by directorate name, voluntary bodies on and off the pick-list.
* ``agd-11-partnership``: the CSP as "the Partnership" / "the Board" (defined once), all agencies, a DA board.
* ``agd-12-national``: departments written out and as initials, former department names.
* ``agd-13-glossary``: a glossary table of initials; recommendations naming bodies only by those initials.
* ``agd-14-topics``: topics that name another body (information sharing with the MARAC, training commissioned by
  the CSP, a policy written by the council).
* ``agd-15-plan-leads``: subject-less recommendations whose lead is only in the action plan's Lead column.

Gold: ``<name>.gold.json`` (DOCX) and ``<name>-pdf.gold.json`` (its LibreOffice export); only ``agencies`` (and
the texts they hang on) are labelled with care. A recommendation's ``heading`` in the gold is the heading or Lead
cell the document prints for it (what ``score`` gives the classifier as context). Rebuild (LibreOffice needed):
``python -m tests.extraction.agencies_blind_c.build``; score: ``python -m tests.extraction.agencies_blind_c.score``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotations.wordproc.worddoc import WordDoc
from tests.extraction.agencies_blind_common import headed, start
from tests.extraction.plans.build import Doc, _numbered_body
from tests.extraction.plans_blind.build import Plan, build_set, numbered_rows

HERE = Path(__file__).resolve().parent


def firearms() -> tuple[WordDoc, Doc]:
    w, d = start("Marchfield Community Safety Partnership", "Adult F")
    _numbered_body(w, d, [
        ("Marchfield Constabulary's firearms licensing unit should ask for a report from the applicant's doctor "
         "before a shotgun certificate is renewed.", ["police"]),
        ("Firearms enquiry officers should visit the home of every applicant and speak alone to any partner who "
         "lives there.", ["police"]),
        ("The Home Office should bring its statutory guidance on firearms licensing into line with what is now "
         "known about coercive control.", ["home_office"]),
        ("GP practices in Marchfield should place a marker on the record of every patient who holds a firearm "
         "certificate.", ["gp"]),
        ("The Chief Constable should make sure that a domestic abuse call to the address of a certificate holder "
         "is passed to the licensing team on the same day.", ["police"]),
        ("The Firearms and Explosives Licensing Department should suspend a certificate while an allegation of "
         "abuse against its holder is investigated.", ["police"]),
    ])  # fmt: skip
    return w, d


def probation() -> tuple[WordDoc, Doc]:
    w, d = start("Wexley Community Safety Partnership", "Grace")
    headed(w, d, [
        ("The Probation Service (Wexley Probation Delivery Unit)", [
            ("Police call-out records for a proposed address to be checked before it is approved.",
             ["probation_service"]),
            ("A home visit to be made within four weeks of the start of any licence where the person has a "
             "history of abuse.", ["probation_service"]),
        ]),
        ("Former Community Rehabilitation Company (now part of the Probation Service)", [
            ("Case records moved over at unification to be checked for safeguarding concerns left open.",
             ["probation_service"]),
        ]),
        ("His Majesty's Prison and Probation Service", [
            ("National guidance to be issued on passing pre-release risk information to housing providers.",
             ["probation_service"]),
        ]),
        ("Wexley Youth Justice Service", [
            ("Young people to be asked about abuse between their parents at their first appointment.",
             ["youth_offending_service"]),
        ]),
    ])  # fmt: skip
    return w, d


def dwp() -> tuple[WordDoc, Doc]:
    w, d = start("Wexley Community Safety Partnership", "Mrs K", font="Calibri")
    _numbered_body(w, d, [
        ("Jobcentre Plus should give work coaches a private room to use when a claimant tells them about abuse.",
         ["dwp"]),
        ("Work coaches at Wexley Jobcentre should know how to refer a claimant to the local IDVA service.",
         ["dwp"]),
        ("The Department for Work and Pensions should let a victim ask for a split Universal Credit payment "
         "without the other partner being told first.", ["dwp"]),
        ("The Child Maintenance Service should stop asking a parent to arrange payments directly with an ex-partner "
         "who has abused them.", ["dwp"]),
        ("The Community Safety Partnership should write to the Department for Work and Pensions asking that abuse "
         "be accepted as good reason for a missed work search appointment.", ["community_safety_partnership"]),
        ("The council's revenues and benefits team should flag council tax accounts where a victim has asked for "
         "her new address to be kept private.", ["local_authority"]),
    ])  # fmt: skip
    return w, d


def housing() -> tuple[WordDoc, Doc]:
    w, d = start("Northvale Community Safety Partnership", "Mary")
    headed(w, d, [
        ("Northgate Homes", [
            ("Neighbourhood officers to be trained to notice when a tenant is being controlled by a partner who "
             "is not on the tenancy.", ["housing"]),
        ]),
        ("Fenbridge Housing Association", [
            ("A named contact for domestic abuse to be shown on each tenant's online account page.", ["housing"]),
        ]),
        ("Larkspur Living", [
            ("Tenancy sustainment staff to ask about abuse when rent arrears appear suddenly.", ["housing"]),
        ]),
        ("Northvale Borough Council - Housing Solutions", [
            ("Homeless applications from people fleeing abuse to be decided without asking for proof from the "
             "police.", ["housing"]),
        ]),
        ("Brookvale Housing Trust", [
            ("Repairs staff to be told how to report a concern they see while in a tenant's home.", ["housing"]),
        ]),
    ])  # fmt: skip
    return w, d


def gp_icb() -> tuple[WordDoc, Doc]:
    w, d = start("Northvale Community Safety Partnership", "Helen")
    _numbered_body(w, d, [
        ("Elm Lane Surgery should add an alert to the records of both partners when one of them discloses abuse.",
         ["gp"]),
        ("The Castle Street Medical Practice should review how it follows up a patient who misses three "
         "appointments in a row.", ["gp"]),
        ("The Northvale GP Federation should offer each member practice a domestic abuse champion.", ["gp"]),
        ("NHS Northvale Clinical Commissioning Group (now the Northvale and Dunmore Integrated Care Board) should "
         "fund routine enquiry training for practice nurses.", ["integrated_care_board"]),
        ("Northvale and Dunmore ICB should write domestic abuse into its primary care contract monitoring.",
         ["integrated_care_board"]),
        ("The Primary Care Network should share one domestic abuse lead across its practices.", ["gp"]),
    ])  # fmt: skip
    return w, d


def ambulance_acute() -> tuple[WordDoc, Doc]:
    w, d = start("Wexcombe Community Safety Partnership", "Adult H")
    headed(w, d, [
        ("East Marches Ambulance Service NHS Trust", [
            ("Crews to record who opened the door and who stayed in the room during an assessment.",
             ["ambulance_service"]),
        ]),
        ("Wexcombe Hospitals", [
            ("Emergency department staff to ask every patient with a facial injury about abuse when they are "
             "alone.", ["hospital"]),
        ]),
        ("St Aldhelm's Hospital", [
            ("Ward staff to check who is allowed to visit before giving a caller any news about a patient.",
             ["hospital"]),
        ]),
        ("Wexcombe Hospitals NHS Foundation Trust", [
            ("Safeguarding referrals made out of hours to be reviewed by the safeguarding team the next working "
             "day.", ["hospital"]),
        ]),
    ])  # fmt: skip
    w.heading("Further recommendations", 2)
    _numbered_body(w, d, [
        ("The Northern Counties Ambulance Service should tell the GP about every call-out where abuse was "
         "suspected.", ["ambulance_service"]),
        ("Paramedics should be reminded that a patient's partner may not be a safe person to interpret.",
         ["ambulance_service"]),
    ])  # fmt: skip
    return w, d


def mh_community() -> tuple[WordDoc, Doc]:
    w, d = start("Coldharbour Community Safety Partnership", "Paul")
    _numbered_body(w, d, [
        ("Coldharbour Mental Health NHS Foundation Trust should ask a patient who is discharged to a partner's "
         "home whether they feel safe there.", ["mental_health_services"]),
        ("Coldharbour Mental Health should give its crisis line staff a script for callers who mention a "
         "partner's threats.", ["mental_health_services"]),
        ("The Ashdown Community Healthcare NHS Trust should make sure district nurses ask about abuse at the "
         "first visit.", ["local_health_trust"]),
        ("Ashdown Community Healthcare should add a domestic abuse question to its wound care assessment.",
         ["local_health_trust"]),
        ("The Early Intervention in Psychosis team should involve the family only after asking the patient "
         "privately.", ["mental_health_services"]),
        ("Dunmore Health and Care NHS Trust should audit how its staff record a disclosure of abuse.",
         ["local_health_trust"]),
    ])  # fmt: skip
    return w, d


def substance() -> tuple[WordDoc, Doc]:
    w, d = start("Northvale Community Safety Partnership", "Tom", font="Calibri")
    w.para("Pathways Recovery is the drug and alcohol treatment provider commissioned in Northvale.")
    _numbered_body(w, d, [
        ("Pathways Recovery should ask every new client whether anyone at home frightens them.",
         ["drug_and_alcohol_services"]),
        ("The Northvale Drug and Alcohol Service should share its risk summary with the probation officer when a "
         "client is on licence.", ["drug_and_alcohol_services"]),
        ("Change Grow Live should offer a joint appointment when both partners are in treatment.",
         ["drug_and_alcohol_services"]),
        ("Substance misuse workers should record the name of the person a client lives with.",
         ["drug_and_alcohol_services"]),
        ("Horizon Recovery Network should make its outreach workers aware of the local MARAC referral criteria.",
         ["drug_and_alcohol_services"]),
        ("Public Health, as commissioner of the treatment service, should add a domestic abuse standard to the "
         "provider's contract.", ["public_health"]),
    ])  # fmt: skip
    return w, d


def schools_children() -> tuple[WordDoc, Doc]:
    w, d = start("Dunmore Community Safety Partnership", "Child C's mother")
    _numbered_body(w, d, [
        ("Fernhill Academy should make sure its designated safeguarding lead hears of every police notification "
         "about a pupil's home.", ["school"]),
        ("Oakridge Primary School should keep a record of who collects each child when a court order is in "
         "place.", ["school"]),
        ("The Westbrook Multi-Academy Trust should give all its schools one procedure for a parent's disclosure "
         "of abuse.", ["school"]),
        ("The Family Help Service should keep a case open until the non-abusing parent has a safety plan.",
         ["childrens_social_care"]),
        ("Dunmore Children's Services should see each child alone during an assessment after a domestic "
         "incident.", ["childrens_social_care"]),
        ("The Children and Families Social Work Service should invite the adult victim's advocate to child "
         "protection conferences.", ["childrens_social_care"]),
    ])  # fmt: skip
    return w, d


def adults_voluntary() -> tuple[WordDoc, Doc]:
    w, d = start("Wexley Community Safety Partnership", "Adult J")
    headed(w, d, [
        ("Adults and Communities Directorate, Wexley Council", [
            ("Care needs assessments to include a private question about how the person is treated at home.",
             ["adult_social_care"]),
        ]),
        ("Adult Safeguarding Team", [
            ("Concerns closed with no further action to be sampled every quarter.", ["adult_social_care"]),
        ]),
        ("Wexley Women's Aid", [
            ("Outreach workers to offer a call at a time the abuser is known to be out.",
             ["domestic_abuse_services"]),
        ]),
        ("Citizens Advice Wexley", [
            ("Debt advisers to ask whether a debt was run up by a partner under pressure.", ["other"]),
        ]),
        ("Age UK Wexley", [
            ("Befriending volunteers to be given a leaflet on abuse in later life.", ["other"]),
        ]),
        ("Wexley Domestic Abuse Advocacy Service", [
            ("Advocates to keep a case open for a month after a perpetrator is released.",
             ["domestic_abuse_services"]),
        ]),
    ])  # fmt: skip
    return w, d


def partnership() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Dunmore Partnership Board", "Leah", heading=False)
    w.para('This review was commissioned by the Safer Dunmore Partnership Board ("the Board"), the community '
           "safety partnership for Dunmore.")  # fmt: skip
    w.heading("Recommendations", 1)
    _numbered_body(w, d, [
        ("The Board should publish a yearly summary of what has changed as a result of its reviews.",
         ["community_safety_partnership"]),
        ("All agencies should check that their staff know how to find the local specialist service.",
         ["all_agencies"]),
        ("Every agency represented on the review panel should report its progress against this plan within six "
         "months.", ["all_agencies"]),
        ("The Dunmore Domestic Abuse Strategic Board should set out how victims' voices shape its priorities.",
         ["domestic_abuse_partnership_board"]),
        ("The Board and Dunmore Police should jointly hold a learning event on the findings of this review.",
         ["community_safety_partnership", "police"]),
        ("Partner agencies should name a single point of contact for future reviews.", ["all_agencies"]),
    ])  # fmt: skip
    return w, d


def national() -> tuple[WordDoc, Doc]:
    w, d = start("Ashdown Community Safety Partnership", "Mrs D")
    w.heading("National recommendations", 2)
    _numbered_body(w, d, [
        ("The Home Office should publish a yearly digest of the lessons from all reviews.", ["home_office"]),
        ("DHSC should make routine enquiry about abuse part of the NHS health check for older adults.", ["dhsc"]),
        ("NHS England should include domestic abuse in the standard contract for community pharmacies.",
         ["nhs_england"]),
        ("The Ministry of Justice should make sure victims are told before an abuser is moved to open prison.",
         ["ministry_of_justice"]),
        ("The Department for Education should add coercive control to relationship education guidance.",
         ["dfe"]),
        # guide rule 4: the councils are the actor of the change required (label corrected after the first score)
        ("The Department for Levelling Up, Housing and Communities should require councils to record abuse as a "
         "reason for homelessness.", ["mhclg", "local_authority"]),
        ("MHCLG should fund refuge places for victims with no recourse to public funds.", ["mhclg"]),
        ("The Home Office and the Department for Education should jointly produce guidance for schools on "
         "pupils who witness abuse.", ["home_office", "dfe"]),
    ])  # fmt: skip
    return w, d


def glossary() -> tuple[WordDoc, Doc]:
    w, d = start("Wexcombe Community Safety Partnership", "Rosa", heading=False)
    w.heading("Glossary", 1)
    w.table([
        ["Abbreviation", "Meaning"],
        ["WHFT", "Wexcombe Hospitals NHS Foundation Trust"],
        ["NDAS", "Northvale Domestic Abuse Service"],
        ["NRP", "Northvale Recovery Partnership"],
        ["SWP", "Safer Wexcombe Partnership"],
        ["MPF", "Marchfield Police Force"],
    ], [3.0, 12.0], font_size=10)  # fmt: skip
    w.heading("Recommendations", 1)
    _numbered_body(w, d, [
        ("WHFT should offer every pregnant woman one appointment without her partner present.", ["hospital"]),
        ("NDAS should keep in touch with a victim for three months after a case leaves the MARAC.",
         ["domestic_abuse_services"]),
        ("NRP should ask about abuse at every six-monthly treatment review.", ["drug_and_alcohol_services"]),
        ("SWP should run a campaign on economic abuse aimed at older people.", ["community_safety_partnership"]),
        ("MPF should record the outcome of every check made under the disclosure scheme.", ["police"]),
    ])  # fmt: skip
    return w, d


def topics() -> tuple[WordDoc, Doc]:
    w, d = start("Dunmore Community Safety Partnership", "Nina", font="Calibri")
    _numbered_body(w, d, [
        ("Dunmore Police should review its information sharing agreement with the MARAC so that health partners "
         "receive the minutes.", ["police"]),
        ("The MARAC Steering Group should set a standard for how quickly actions agreed at a meeting are "
         "completed.", ["marac"]),
        ("Training on stalking should be commissioned by the Community Safety Partnership for all front-line "
         "staff.", ["community_safety_partnership"]),
        ("Adult Social Care should rewrite its self-neglect policy so that it tells staff when to refer to the "
         "MARAC.", ["adult_social_care"]),
        ("The IDVA service should share the outcome of each MARAC with the victim's GP within two working days.",
         ["domestic_abuse_services"]),
        ("A policy on working with interpreters should be written by Dunmore Borough Council and adopted by all "
         "its departments.", ["local_authority"]),
        ("Probation should make training on coercive control compulsory for its own staff.",
         ["probation_service"]),
        ("The Police and Crime Commissioner should fund a review of information sharing between health and the "
         "police.", ["police_and_crime_commissioner"]),
    ])  # fmt: skip
    return w, d


def plan_leads() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Dunmore Partnership Board", "Eve")
    leads = [
        ("Pre-release risk information to be shared with the receiving housing provider a month before release.",
         "Wexley Probation Delivery Unit", ["probation_service"]),
        ("Claimants who disclose abuse to be offered a same-day appointment with a trained adviser.",
         "Jobcentre Plus", ["dwp"]),
        ("Patients with injuries caused by a partner to be given the number of the advocacy service before "
         "discharge.", "Wexcombe Hospitals", ["hospital"]),
        ("A yearly report on the progress of every review action plan to be made public.",
         "Safer Dunmore Partnership", ["community_safety_partnership"]),
        ("Tenancy visits to be made in person where a domestic abuse marker is on the file.", "Northgate Homes",
         ["housing"]),
    ]  # fmt: skip
    recs = _numbered_body(w, d, [(text, agencies) for text, _, agencies in leads])
    plan: Plan = []
    for rec, (_, lead, _) in zip(recs, leads, strict=True):
        rec.heading = lead
        plan.append((rec, [("Agree and brief staff on the change", lead, "March 2024", "2024-03")]))
    w.heading("Action plan", 1)
    w.table([["No.", "Action", "Lead agency", "Target date"], *numbered_rows(plan)], [1.5, 8.0, 4.0, 3.0],
            font_size=9)  # fmt: skip
    return w, d


DOCUMENTS = {
    "agd-01-firearms": firearms,
    "agd-02-probation": probation,
    "agd-03-dwp": dwp,
    "agd-04-housing": housing,
    "agd-05-gp-icb": gp_icb,
    "agd-06-ambulance-acute": ambulance_acute,
    "agd-07-mh-community": mh_community,
    "agd-08-substance": substance,
    "agd-09-schools-children": schools_children,
    "agd-10-adults-voluntary": adults_voluntary,
    "agd-11-partnership": partnership,
    "agd-12-national": national,
    "agd-13-glossary": glossary,
    "agd-14-topics": topics,
    "agd-15-plan-leads": plan_leads,
}


def main(argv: list[str]) -> int:
    return build_set(DOCUMENTS, {}, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
