"""An eighth blind set for who each recommendation is for, in the LONG TAIL of how real reports name their
addressees, with real agency names (forces, NHS trusts, ICBs and CCGs, councils and their services, housing
providers, charities, national bodies) in our own words, by a writer who read neither set G's documents' scores
nor the extraction or classification code: trust names with and without "NHS (Foundation) Trust", former names
(CCG, CRC / NPS, a merged mental health trust, an LSCB), initials a glossary defines, council services by their
service name, "the Partnership" defined once, "all agencies" and its variants, voluntary sector bodies, agencies
named only in a heading, a Lead cell, a plan's Lead Agency column or a bold lead run, agencies named mid-sentence
("working with X", "in partnership with X", "through X"), one agency's recommendation naming others as the ones
it tells or asks, lead-in sentences over lettered items, and a report's IMR recommendations under agency headings.

Labelled with ``shared/docs/LABELLING-GUIDE.md`` (agencies rules 1-5: the text comes first; a heading, Lead cell,
lead run or tag gives the addressee only to passive or subject-less text) before the pipeline or any scorer was
run on it. The bodies named are real; people, events and wording are invented. Only ``agencies`` (and the texts
they hang on) are labelled with care; ``level`` and ``themes`` in the gold are placeholders.

Judgements the guide leaves open (kept the same throughout, as set G keeps them where it has them): GP practices
as the actors of the change an ICB is told to bring about are ``gp`` beside ``integrated_care_board``, but GP
practices that only receive a reminder or learning are an audience (not labelled); "X, working with Y" / "X, in
partnership with Y" / "X, with the support of Y" are for X only; a council's own housing service or ALMO is
``housing``; a council's children's services company (Together for Children, Brighter Futures for Children) is
``childrens_social_care``; a council's commissioning team is ``local_authority_commissioners``; its community
safety team is ``council_community_safety_team``; a local safeguarding children board is
``children_safeguarding_board``; a by-and-for charity (Galop) is ``specialist_by_and_for_services``; a trust
providing mainly community services (Solent, Whittington-style community arms, Derbyshire Community Health
Services, North Cumbria Integrated Care's community nurses) is ``local_health_trust``; a lead-in naming two
bodies ("X and Y each:") gives both to every item under it; "All agencies, and in particular X" is for both.

* ``agh-01-trust-names``: trusts with and without their suffix, "the Trust" under each, a short name defined once.
* ``agh-02-former-names``: 5 Boroughs Partnership, a CCG, the CRC and the NPS, an LSCB, the trust it merged into.
* ``agh-03-glossary``: initials a glossary defines (RD&E, DPT, DCC, DCP, SWASFT, ECC), in headings and sentences.
* ``agh-04-council-services``: Housing Options, Early Help, Revenues and Benefits, Public Health, the Community
  Safety Team, the Youth Offending Service, Licensing, the council's commissioners.
* ``agh-05-the-partnership``: "the Partnership" defined once; its strategic group; joint with the SAB; "Partners".
* ``agh-06-all-agencies``: all agencies, each agency on the panel, multi-agency partners, staff in all agencies.
* ``agh-07-heading-only``: subject-less items under agency headings, one naming another body as its subject.
* ``agh-08-lead-cells``: No | Recommendation | Lead agency with short or former names and two-body cells.
* ``agh-09-mid-sentence``: working with / in partnership with / with the support of / through / jointly with.
* ``agh-10-one-agency-others``: one agency told to tell, refer to or check with several others.
* ``agh-11-voluntary``: DA charities, a refuge provider, the hospital IDVA, a perpetrator programme, Galop, an
  ALMO, a carers' charity, the drug and alcohol service.
* ``agh-12-plan-lead``: a Home Office style plan whose Lead Agency column gives subject-less items their addressee.
* ``agh-13-lead-runs``: each item opens with the agency's name in bold ("Cumbria Constabulary: review ...").
* ``agh-14-lead-ins``: "It is recommended that X and Y each:" / "X should:" over lettered items.
* ``agh-15-imr-sections``: overview recommendations, then each IMR's own under its agency's heading.

Gold: ``<name>.gold.json`` (DOCX) and ``<name>-pdf.gold.json`` (its LibreOffice export). A recommendation's
``heading`` is the heading, Lead cell, lead run or lead-in the document prints for it. Rebuild (LibreOffice
needed): ``python -m tests.extraction.agencies_blind_h.build``; score:
``python -m tests.extraction.agencies_blind_h.score``.
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
    GP,
    HOSP,
    HOUSING,
    ICB,
    LA,
    LHT,
    MH,
    PROB,
    SAB,
    Blocks,
    P,
    Recs,
    Tagged,
    headed,
    label_runs,
    lettered_lead_ins,
    start,
)
from tests.extraction.agencies_blind_e.build import _lead_table
from tests.extraction.plans.build import Doc, _numbered_body
from tests.extraction.plans_blind.build import build_set

HERE = Path(__file__).resolve().parent


def trust_names() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Portsmouth Partnership", "Adult A", heading=False)
    w.para("Solent NHS Trust (Solent) provides community health and mental health services in the city.")
    w.heading("Recommendations", 1)
    headed(w, d, [
        ("Portsmouth Hospitals University NHS Trust", [
            ("The Trust should make sure that every patient seen in the emergency department with a facial injury "
             "is asked, alone, how it happened.", [HOSP]),
            ("Maternity staff to record the name of the person who attends each appointment with the mother.",
             [HOSP]),
        ]),
        ("Solent", [
            ("Health visitors to ask about domestic abuse at every contact where the mother is seen alone.",
             [LHT]),
        ]),
        ("Hampshire and Isle of Wight Healthcare", [
            ("The Trust to review how its community mental health teams record a patient's threats towards a "
             "former partner.", [MH]),
        ]),
        ("South Central Ambulance Service", [
            ("Call handlers should be reminded to ask whether the caller can speak freely.", [AMB]),
        ]),
        ("Portsmouth City Council", [
            ("Children's Social Care should make sure that the father is seen before an assessment is closed.",
             [CSC]),
            ("The council's Adult Social Care service to offer a carer's assessment to every carer who discloses "
             "abuse.", [ASC]),
        ]),
        ("Hampshire and Isle of Wight Constabulary", [
            ("The force should review how officers in Portsmouth follow up a victim who declines to make a "
             "statement.", [P]),
        ]),
    ])  # fmt: skip
    return w, d


def former_names() -> tuple[WordDoc, Doc]:
    w, d = start("Warrington Community Safety Partnership", "Adult B", heading=False)
    w.para("At the time of the events, mental health services in Warrington were provided by the 5 Boroughs "
           "Partnership NHS Foundation Trust, which became part of Mersey Care NHS Foundation Trust in 2021. "
           "NHS Warrington Clinical Commissioning Group became part of NHS Cheshire and Merseyside in 2022. The "
           "perpetrator was supervised first by the Cheshire and Greater Manchester Community Rehabilitation "
           "Company (the CRC) and then by the National Probation Service (the NPS).")  # fmt: skip
    w.heading("Recommendations", 1)
    _numbered_body(w, d, [
        ("5 Boroughs Partnership should ensure that its crisis team asks who a patient lives with before "
         "discharging them home.", [MH]),
        ("Mersey Care NHS Foundation Trust, which now runs the former 5 Boroughs services, to audit the use of "
         "the domestic abuse screening question in Warrington.", [MH]),
        ("NHS Warrington Clinical Commissioning Group should commission domestic abuse training for practice "
         "nurses.", [ICB]),
        ("The CRC and the NPS should agree how a case is handed over when the risk level of an offender "
         "changes.", [PROB]),
        ("Warrington and Halton Teaching Hospitals should make the hospital IDVA known to staff on every ward.",
         [HOSP]),
        ("The Warrington Safeguarding Children Board should audit how domestic abuse notifications reach "
         "schools.", ["children_safeguarding_board"]),
        ("Cheshire Constabulary to ensure that officers record the relationship between a suspect and a victim "
         "on every crime report.", [P]),
    ])  # fmt: skip
    return w, d


def glossary() -> tuple[WordDoc, Doc]:
    w, d = start("Exeter Community Safety Partnership", "Adult C", heading=False, font="Calibri")
    w.heading("Glossary", 1)
    w.table([
        ["Abbreviation", "Meaning"],
        ["DCP", "Devon and Cornwall Police"],
        ["RD&E", "Royal Devon and Exeter NHS Foundation Trust"],
        ["DPT", "Devon Partnership NHS Trust"],
        ["DCC", "Devon County Council"],
        ["ECC", "Exeter City Council"],
        ["SWASFT", "South Western Ambulance Service NHS Foundation Trust"],
        ["IDVA", "Independent Domestic Violence Adviser"],
    ], [3.5, 11.5], font_size=10)  # fmt: skip
    w.heading("Recommendations", 1)
    headed(w, d, [
        ("DCP", [
            ("DCP to share the outcome of every MARAC with the victim's IDVA within two days.", [P]),
        ]),
        ("RD&E", [
            ("The RD&E should ensure that its emergency department refers every patient who discloses abuse to "
             "the hospital IDVA.", [HOSP]),
        ]),
        ("DPT", [
            ("Care coordinators to ask patients about new relationships at each review.", [MH]),
        ]),
        ("DCC", [
            ("DCC Adult Care and Health to include a private conversation with the cared-for person in every "
             "carer's assessment.", [ASC]),
            ("DCC Children's Services should invite the IDVA to every strategy meeting about domestic abuse.",
             [CSC]),
        ]),
        ("ECC", [
            ("ECC Housing Options to ask every applicant whether they are afraid of anyone they have lived with.",
             [HOUSING]),
        ]),
        ("SWASFT", [
            ("SWASFT crews should record who else was present when a patient with an injury was seen.", [AMB]),
        ]),
    ])  # fmt: skip
    return w, d


def council_services() -> tuple[WordDoc, Doc]:
    w, d = start("Leicester Community Safety Partnership", "Adult D")
    headed(w, d, [
        ("Leicester City Council", [
            ("Housing Options should check for domestic abuse whenever a joint tenant asks to leave a tenancy.",
             [HOUSING]),
            ("Early Help to ask both parents about abuse at the start of every family support plan.", [CSC]),
            ("Revenues and Benefits should tell a claimant about the local domestic abuse service when a "
             "partner is removed from a council tax account.", [LA]),
            ("Public Health to include domestic abuse in the city's next health needs assessment.",
             ["public_health"]),
            ("The Community Safety Team should screen reports of anti-social behaviour for domestic abuse.",
             ["council_community_safety_team"]),
            ("The Youth Offending Service to ask every young person about abuse in their own relationships.",
             ["youth_offending_service"]),
            ("Licensing officers should be trained to recognise domestic abuse during visits to licensed "
             "premises.", [LA]),
            ("The council's commissioners should require every housing support contract to include domestic "
             "abuse training.", ["local_authority_commissioners"]),
        ]),
    ])  # fmt: skip
    return w, d


def the_partnership() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Sunderland Partnership", "Adult E", heading=False)
    w.para(
        "The Safer Sunderland Partnership (the Partnership) is the community safety partnership for the city. "
        "Children's social care in Sunderland is provided by Together for Children on behalf of the council."
    )
    w.heading("Recommendations", 1)
    _numbered_body(w, d, [
        ("The Partnership should publish a short guide for families on how to report concerns about domestic "
         "abuse.", [CSP]),
        ("The Partnership's Domestic Abuse Strategic Group to review the referral pathway for victims over 60.",
         [DAPB]),
        ("The Partnership to seek assurance from Northumbria Police that this review's learning has been shared "
         "with its call handlers.", [CSP]),
        ("The Partnership and the Sunderland Safeguarding Adults Board should hold a joint learning event on "
         "this review.", [CSP, SAB]),
        ("Partners should adopt a shared definition of a repeat victim.", [ALL]),
        ("Sunderland City Council, on behalf of the Partnership, should commission a service for older "
         "victims.", [LA]),
        ("The learning from this review to be shared by the Partnership with every GP practice in the city.",
         [CSP]),
        ("Together for Children should make sure that a child's social worker is told of every police call "
         "to the child's home.", [CSC]),
    ])  # fmt: skip
    return w, d


def all_agencies() -> tuple[WordDoc, Doc]:
    w, d = start("Bolton Community Safety Partnership", "Adult F")
    headed(w, d, [
        ("Recommendations for all agencies", [
            ("All agencies to ensure that their safeguarding training covers economic abuse.", [ALL]),
            ("Each agency represented on the review panel should brief its frontline managers on the findings "
             "of this review.", [ALL]),
            ("Multi-agency partners should agree a single referral form for high risk victims.", [ALL]),
            ("All agencies, and in particular Greater Manchester Police, should use an independent interpreter "
             "whenever a victim does not speak English.", [ALL, P]),
            ("All agencies should share information with Fortalice when a victim they support moves house.",
             [ALL]),
            ("Every GP practice in Bolton should name a domestic abuse lead.", [GP]),
            ("Staff in all agencies should receive training on the impact of abuse on older people.", [ALL]),
        ]),
    ])  # fmt: skip
    return w, d


def heading_only() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Stronger Calderdale", "Adult G")
    headed(w, d, [
        ("West Yorkshire Police", [
            ("Review the use of body-worn video at domestic incidents in Calderdale.", [P]),
            ("Officers to record the views of children present at the incident.", [P]),
            ("Calderdale Council's licensing team should tell the police when a taxi driver is the subject of a "
             "domestic abuse complaint.", [LA]),
        ]),
        ("Calderdale and Huddersfield NHS Foundation Trust", [
            ("An audit of safeguarding referrals made from the emergency department.", [HOSP]),
        ]),
        ("South West Yorkshire Partnership NHS Foundation Trust", [
            ("Care coordinators to ask patients whether a partner controls their medication.", [MH]),
        ]),
        ("Calderdale Council - Adults and Wellbeing", [
            ("Carers' assessments to include a question about the carer's safety.", [ASC]),
        ]),
        ("Together Housing", [
            ("Tenancy staff to be trained to spot signs of coercive control during home visits.", [HOUSING]),
        ]),
        ("Calderdale Domestic Abuse Strategic Partnership", [
            ("A communications plan to raise awareness of domestic abuse among older residents.", [DAPB]),
        ]),
    ])  # fmt: skip
    return w, d


def lead_cells() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Derby", "Adult H", font="Calibri")
    _lead_table(w, d, ["No.", "Recommendation", "Lead agency"], [
        ("Derbyshire Constabulary", "Review how repeat victims are identified when they report from a new "
         "address.", [P]),
        ("University Hospitals of Derby and Burton", "Routine enquiry in the emergency department to be audited "
         "every quarter.", [HOSP]),
        ("Derbyshire Healthcare", "Crisis plans to name the people a patient lives with.", [MH]),
        ("Derby City Council (People Services - Children)", "Ensure that the father is contacted before a child "
         "in need plan is closed.", [CSC]),
        ("Derby Homes", "Report damage to doors and windows as a possible sign of abuse.", [HOUSING]),
        ("Derby and Derbyshire ICB (formerly the CCG)", "GP practices to record MARAC information on the "
         "patient's file.", [GP, ICB]),
        ("Derbyshire Community Health Services", "District nurses to be trained to ask about abuse.", [LHT]),
        ("Probation Service (East Midlands)", "Check the address of every person released on licence with the "
         "police.", [PROB]),
        ("Derby City Council / Derbyshire Constabulary", "A joint protocol for sharing reports of abuse of "
         "older people.", [LA, P]),
        ("Derbyshire Constabulary", "Derby City Council should tell the police when a tenant discussed at "
         "MARAC asks to move.", [LA]),
    ])  # fmt: skip
    return w, d


def mid_sentence() -> tuple[WordDoc, Doc]:
    w, d = start("Oldham Community Safety Partnership", "Adult J")
    _numbered_body(w, d, [
        ("Oldham Council, working with Greater Manchester Police, should develop a referral route for victims "
         "of financial abuse.", [LA]),
        ("Greater Manchester Police should work with Oldham Council to identify repeat victims who do not call "
         "the police themselves.", [P]),
        ("The Northern Care Alliance, in partnership with Pennine Care NHS Foundation Trust, to review how the "
         "emergency department refers patients who have self-harmed after abuse.", [HOSP]),
        ("Pennine Care NHS Foundation Trust should, with the support of the IDVA service, train its crisis "
         "team in safety planning.", [MH]),
        ("NHS Greater Manchester should develop, with local GP practices, a template for recording a "
         "disclosure of abuse.", [ICB]),
        ("Achieve Recovery Services should share information with the Probation Service whenever a client "
         "on licence discloses a new relationship.", [DRUGS]),
        ("The Housing Options team to refer every high risk victim to the MARAC through the IDVA service.",
         [HOUSING]),
        ("Working with the Safeguarding Adults Board, the Partnership should hold a learning event on "
         "self-neglect and domestic abuse.", [CSP]),
        ("Jointly with First Choice Homes Oldham, the council's adult social care should review the support "
         "offered to tenants with a learning disability.", [ASC]),
    ])  # fmt: skip
    return w, d


def one_agency_others() -> tuple[WordDoc, Doc]:
    w, d = start("Croydon Community Safety Partnership", "Adult K")
    _numbered_body(w, d, [
        ("The Metropolitan Police Service should tell children's social care within 24 hours of every domestic "
         "incident at which a child is present.", [P]),
        ("Croydon Health Services NHS Trust should refer a patient who discloses abuse to the IDVA service, to "
         "the MARAC where the risk is high, and to the patient's GP.", [HOSP]),
        ("South London and Maudsley NHS Foundation Trust to give the police, the Probation Service and the "
         "housing provider a copy of the risk plan of a patient who has harmed a partner.", [MH]),
        ("Croydon Council's children's social care should seek the views of the police, the school and the "
         "health visitor before it closes a case.", [CSC]),
        ("The Probation Service should check with the police and with children's services before it approves "
         "a release address.", [PROB]),
        ("London Ambulance Service to pass a safeguarding concern to the patient's GP and to adult social care "
         "after every call to a domestic incident.", [AMB]),
        ("NHS South West London should ensure that GP practices record every domestic abuse notification they "
         "receive from the police.", [ICB, GP]),
        ("Croydon Council should ask the Home Office to extend the Domestic Violence Disclosure Scheme to "
         "friends of the victim.", [LA]),
    ])  # fmt: skip
    return w, d


def voluntary() -> tuple[WordDoc, Doc]:
    w, d = start("Southend Community Safety Partnership", "Adult L")
    recs: Recs = [
        ("Safe Steps should offer outreach support to every victim who leaves a refuge place early.", [DAS]),
        ("The refuge provider to tell the victim's IDVA when a resident leaves without notice.", [DAS]),
        ("The hospital IDVA should see every patient referred by the emergency department within one working "
         "day.", [DAS]),
        ("The provider of the Respect-accredited perpetrator programme should tell the referrer when a man stops "
         "attending.", ["dv_perpetrator_programme"]),
        ("Galop to offer training to local agencies on abuse in same-sex relationships.",
         ["specialist_by_and_for_services"]),
        ("South Essex Homes should train its repairs staff to report signs of abuse they see in tenants' "
         "homes.", [HOUSING]),
        ("Southend Carers should ask each carer it supports whether they feel safe with the person they care "
         "for.", ["other"]),
        ("The drug and alcohol treatment service should ask every client about the person they live with.",
         [DRUGS]),
    ]  # fmt: skip
    headed(w, d, [("Voluntary and community sector", recs)])
    return w, d


def _plan_table(w: WordDoc, d: Doc, rows: list[tuple[str, list[str], str, str]]) -> None:
    """The numbered recommendations, then a Home Office style plan whose Lead Agency cell is each item's printed
    context in the gold (no actions in the gold: only the agencies are labelled)."""
    recs = _numbered_body(w, d, [(text, agencies) for text, agencies, _, _ in rows])
    w.heading("Action plan", 1)
    table: list[list[str | None]] = [
        ["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency", "Target date"]
    ]
    for rec, (_, _, lead, action) in zip(recs, rows, strict=True):
        rec.heading = lead
        table.append([f"{rec.number} {rec.text}", "Local", action, lead, "March 2026"])
    w.section(landscape=True)
    w.table(table, [8.0, 2.5, 5.0, 4.5, 2.5], font_size=8.5)


def plan_lead() -> tuple[WordDoc, Doc]:
    w, d = start("Reading Community Safety Partnership", "Adult M")
    _plan_table(w, d, [
        ("A review of the training given to call handlers on coercive control.", [P], "Thames Valley Police",
         "Refresh the call handler training"),
        ("An audit of safeguarding referrals from the emergency department.", [HOSP],
         "Royal Berkshire NHS Foundation Trust", "Audit a sample of referrals"),
        ("Routine enquiry to be part of every talking therapies assessment.", [MH],
         "Berkshire Healthcare NHS Foundation Trust (Mental Health Services)", "Amend the assessment form"),
        ("Learning from this review to be shared with frontline staff.", [ALL], "All agencies",
         "Each agency to confirm to the CSP"),
        ("A local campaign on economic abuse.", [CSP], "Reading Community Safety Partnership",
         "Run the campaign"),
        ("Child and family assessments to include every adult in the household.", [CSC],
         "Brighter Futures for Children", "Update the assessment guidance"),
        ("The housing allocations policy to give priority to victims leaving a refuge.", [HOUSING],
         "Reading Borough Council Housing", "Amend the policy"),
        ("A template for recording MARAC outcomes in primary care records.", [ICB],
         "NHS Buckinghamshire, Oxfordshire and Berkshire West ICB", "Issue the template"),
    ])  # fmt: skip
    return w, d


def lead_runs() -> tuple[WordDoc, Doc]:
    w, d = start("Cumberland Community Safety Partnership", "Adult N")
    items: Tagged = [
        ("Cumbria Constabulary", "Review how officers record the presence of firearms at domestic incidents.",
         [P]),
        ("North Cumbria Integrated Care NHS Foundation Trust", "Community nurses to ask patients who live with a "
         "carer whether they feel safe.", [LHT]),
        ("Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust", "Share crisis plans with the GP when a "
         "patient has threatened a partner.", [MH]),
        ("Cumberland Council Adult Social Care", "Offer a carer's assessment to every carer who discloses "
         "abuse.", [ASC]),
        ("Home Group", "Neighbourhood officers to report any concern about abuse to the council.", [HOUSING]),
        ("Unity Recovery Service", "Ask each client about their partner's use of drugs or alcohol.", [DRUGS]),
        ("Cumbria Constabulary", "Cumberland Council should make sure that its community safety officers know "
         "how to refer a victim to the MARAC.", [LA]),
    ]  # fmt: skip
    label_runs(w, d, items, "{}: ")
    return w, d


def lead_ins() -> tuple[WordDoc, Doc]:
    w, d = start("North Northamptonshire Community Safety Partnership", "Adult P")
    blocks: Blocks = [
        ("It is recommended that Northamptonshire Police and Kettering General Hospital NHS Foundation Trust "
         "each:", [
            ("review how they record a disclosure of abuse made by a third party;", [P, HOSP]),
            ("make sure that their staff know how to refer a victim to the MARAC.", [P, HOSP]),
        ]),
        ("North Northamptonshire Council should:", [
            ("review how its customer services team responds to a caller who says they are afraid of a "
             "partner;", [LA]),
            ("include domestic abuse in the induction of every new member of staff.", [LA]),
        ]),
        ("The panel recommends that NHS Northamptonshire Integrated Care Board:", [
            ("requires every GP practice in the county to name a lead for domestic abuse;", [ICB, GP]),
            ("shares the learning from this review with practice managers.", [ICB]),
        ]),
    ]  # fmt: skip
    lettered_lead_ins(w, d, blocks)
    return w, d


def imr_sections() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Guildford Partnership", "Adult Q")
    headed(w, d, [("Overview report recommendations", [
        ("Surrey Police to ensure that every stalking report by a former partner is reviewed by a specialist "
         "officer.", [P]),
        ("That the Safer Guildford Partnership, through the Surrey Domestic Abuse Partnership Board, asks every "
         "agency for its progress on these recommendations within a year.", [CSP]),
        ("That Surrey County Council's Children's Services and Surrey Police jointly review how notifications "
         "about unborn children are shared.", [CSC, P]),
    ])])  # fmt: skip
    w.heading("Single agency recommendations from the IMRs", 2)
    headed(w, d, [
        ("Surrey and Borders Partnership NHS Foundation Trust", [
            ("That the Trust reviews how it records a patient's disclosure of abuse by a family member.", [MH]),
        ]),
        ("Royal Surrey NHS Foundation Trust", [
            ("That the Trust's maternity service asks about abuse at the booking appointment and at 28 weeks.",
             [HOSP]),
        ]),
        ("Guildford Borough Council", [
            ("That Housing Advice asks every applicant about abuse by a former partner.", [HOUSING]),
        ]),
        ("Your Sanctuary", [
            ("That the outreach service contacts every victim referred by the police within two working days.",
             [DAS]),
        ]),
        ("NHS Surrey Heartlands Integrated Care Board", [
            ("That the ICB reminds GP practices of the local domestic abuse referral route.", [ICB]),
        ]),
    ], level=3)  # fmt: skip
    return w, d


DOCUMENTS = {
    "agh-01-trust-names": trust_names,
    "agh-02-former-names": former_names,
    "agh-03-glossary": glossary,
    "agh-04-council-services": council_services,
    "agh-05-the-partnership": the_partnership,
    "agh-06-all-agencies": all_agencies,
    "agh-07-heading-only": heading_only,
    "agh-08-lead-cells": lead_cells,
    "agh-09-mid-sentence": mid_sentence,
    "agh-10-one-agency-others": one_agency_others,
    "agh-11-voluntary": voluntary,
    "agh-12-plan-lead": plan_lead,
    "agh-13-lead-runs": lead_runs,
    "agh-14-lead-ins": lead_ins,
    "agh-15-imr-sections": imr_sections,
}


def main(argv: list[str]) -> int:
    return build_set(DOCUMENTS, {}, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
