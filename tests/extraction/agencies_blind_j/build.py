"""A tenth blind set for who each recommendation is for, in areas and layouts sets B-I do not use (Gateshead,
Torbay, Cardiff and the Vale, Conwy and Denbighshire, Lewisham, Hackney, Middlesbrough, North East Lincolnshire,
Northumberland, Somerset, Swansea, Haringey), with real agency names in our own words, by a writer who ran
nothing (no extraction, classification or scorer) and read neither the extraction nor the classification code:
trusts and Welsh university health boards by full and short names, initials defined once in running text, council
services by service name ("the Council's Adult Social Care service", Child and Family Services), ALMOs and
housing associations, drug and alcohol services and IDVA services by brand, health visiting and school nursing,
GP practices beside the ICB or CCG that is told to change them, police by force and by unit (the Public
Protection Unit, a Basic Command Unit, the Domestic Abuse Unit), probation by its several names, the CSP, the
safeguarding partnerships and boards, national bodies (the Home Office, the Welsh Government, the DWP), several
addressees in one subject, addressees only in a heading, a Lead Agency column or a tag, lead-ins over lettered
items ("The Panel recommends that X:"), themed (not agency) headings, typed "Recommendation N:" labels, and IMR
recommendations under agency headings.

Labelled with ``shared/docs/LABELLING-GUIDE.md`` (agencies rules 1-5: the text comes first; a heading, Lead cell,
tag or lead-in gives the addressee only to passive or subject-less text) before any pipeline or scorer was run on
it. The bodies named are real; people, events and wording are invented. Only ``agencies`` (and the texts they hang
on) are labelled with care; ``level`` and ``themes`` in the gold are placeholders. ``other`` keeps the words as
printed in the gold's ``agency_mentions`` (as set F does).

Judgements the guide leaves open (sets F, H and I's kept where they have them): a Welsh university health board
is ``local_health_trust`` (sets B and F), the Welsh Government is ``other`` (set F); GP practices as the actors of a
change an ICB or CCG is told to bring about are ``gp`` beside it; "X, working with Y" / "in consultation with Y"
are for X only; a council's own housing service or ALMO is ``housing``; a council's children's service by any name
(Child and Family Services, Children and Families Service) is ``childrens_social_care``; a safeguarding children
partnership is ``children_safeguarding_board``; a regional safeguarding adults board is
``safeguarding_adults_board``; a VAWDASV board or domestic abuse strategic group is
``domestic_abuse_partnership_board``; a council's community safety team is ``council_community_safety_team``;
a council-run IDVA service is ``domestic_abuse_services`` (the guide: IDVA services); health visiting and school
nursing run by a community provider or as a trust's community arm are ``local_health_trust`` (sets E, G, H);
midwives of an acute trust are ``hospital`` (set E); a mental health provider that is a social enterprise (Navigo)
is ``mental_health_services``; a fire and rescue service, Victim Support and the Welsh Government are ``other``;
a lead-in naming two bodies gives both to each item under it (set H); "All agencies, and in particular X" is for
both (sets H, I); a themed heading ("Training") gives no addressee; when a Lead cell and the text's own subject
differ, the text's subject wins (rule 3 only fills subject-less text).

* ``aj-01-gateshead``: agency headings, "the Trust" / "the Force" under them, a CCG and GP practices, an ALMO.
* ``aj-02-torbay``: initials defined once in a paragraph (TSDFT, DPT, D&C Police, TDAS), then used; the PPU.
* ``aj-03-cardiff``: No | Recommendation | Lead Agency | Target; subject-less cells, a two-body cell, texts that name
  their own subject (which wins over the cell), a UHB, the Regional Safeguarding Board, the VAWDASV board.
* ``aj-04-conwy``: a tag in brackets after the number (BCUHB, NWP, CCBC, DCC ...), Welsh bodies, one
  tag that differs from its text's subject.
* ``aj-05-lewisham``: "The Panel recommends that X:" / "X and Y should each:" over lettered items.
* ``aj-06-hackney``: all agencies and its variants, several addressees in one subject, "in particular".
* ``aj-07-middlesbrough``: Action | Responsible agency (addressee only in the table column), police units.
* ``aj-08-ne-lincolnshire``: 2014 style IMR recommendations under agency headings (a Probation Trust, a CCG,
  Navigo, Care Plus Group, the fire service).
* ``aj-09-northumberland``: Agency | Recommendation with subject-less texts; school nursing; Humankind.
* ``aj-10-somerset``: themed headings (Training, Information sharing ...) with each item's subject in the text.
* ``aj-11-swansea``: local then national recommendations (the Home Office, the Welsh Government, the DWP); write
  to / seek assurance from / working with.
* ``aj-12-haringey``: typed "Recommendation N:" labels in an executive summary, a 2015 CCG and the London CRC.

Gold: ``<name>.gold.json`` (DOCX) and ``<name>-pdf.gold.json`` (its LibreOffice export). A recommendation's
``heading`` is the heading, Lead cell, tag or lead-in the document prints for it. Rebuild (LibreOffice needed):
``python -m tests.extraction.agencies_blind_j.build``; score: ``python -m tests.extraction.agencies_blind_j.score``.
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
    DWP,
    GP,
    HO,
    HOSP,
    HOUSING,
    ICB,
    LA,
    LHT,
    MH,
    OTHER,
    PROB,
    SAB,
    SCHOOL,
    SCP,
    Blocks,
    P,
    Recs,
    Tagged,
    headed,
    keep,
    label_runs,
    lead_table,
    lettered_lead_ins,
    start,
)
from tests.extraction.plans.build import Doc, _numbered_body
from tests.extraction.plans_blind.build import build_set

HERE = Path(__file__).resolve().parent


def gateshead() -> tuple[WordDoc, Doc]:
    w, d = start("Gateshead Community Safety Board", "Adult GG")
    headed(w, d, [
        ("Gateshead Health NHS Foundation Trust", [
            ("The Trust should ensure that staff in the Emergency Department at the Queen Elizabeth Hospital "
             "record who accompanied a patient with an unexplained injury.", [HOSP]),
            ("The Trust's maternity service to ask about domestic abuse at every antenatal contact at which the "
             "woman is seen alone.", [HOSP]),
        ]),
        ("Northumbria Police", [
            ("The Force should ensure that the DASH risk assessment is revisited whenever a victim reports a "
             "further incident within twenty-eight days.", [P]),
            ("Response officers to be reminded that a victim's withdrawal of a complaint does not end the "
             "force's duty to assess risk.", [P]),
        ]),
        ("NHS Newcastle Gateshead Clinical Commissioning Group", [
            ("The CCG should ensure that all GP practices in Gateshead have a named lead for domestic abuse and "
             "safeguarding adults.", [ICB, GP]),
        ]),
        ("North East Ambulance Service NHS Foundation Trust", [
            ("NEAS to review how its clinicians raise a safeguarding concern when the patient declines to be "
             "taken to hospital.", [AMB]),
        ]),
        ("Gateshead Council", [
            ("The Council's Adult Social Care service should ensure that a carer's assessment considers whether "
             "the carer is at risk from the person they care for.", [ASC]),
            ("Children's Social Care to ensure that the father of each child is contacted during a child and "
             "family assessment.", [CSC]),
        ]),
        ("The Gateshead Housing Company", [
            ("Housing officers to record and pass on any disclosure of domestic abuse made during a tenancy "
             "visit.", [HOUSING]),
        ]),
        ("Gateshead Community Safety Board", [
            ("The Board should publish a seven-minute briefing on this review for all front-line staff.",
             [CSP]),
        ]),
    ])  # fmt: skip
    return w, d


def torbay() -> tuple[WordDoc, Doc]:
    w, d = start("Torbay Community Safety Partnership", "Adult HH", heading=False)
    w.para("Agencies contributing to this review were Devon and Cornwall Police (D&C Police), Torbay and South "
           "Devon NHS Foundation Trust (TSDFT), which provides both the acute hospital and adult social care in "
           "Torbay, Devon Partnership NHS Trust (DPT), Torbay Council's Children's Services, the Torbay Domestic "
           "Abuse Service (TDAS), Westward Housing and the victim's GP surgery.")  # fmt: skip
    w.heading("Recommendations", 1)
    _numbered_body(w, d, [
        ("D&C Police should ensure that the Public Protection Unit reviews every domestic abuse case graded "
         "medium risk where there have been three or more incidents in a year.", [P]),
        ("TSDFT to ensure that Torbay Hospital's Emergency Department routinely asks patients attending with "
         "injuries whether they feel safe at home.", [HOSP]),
        ("DPT should ensure that its community mental health teams record the details of a patient's intimate "
         "partner in the care plan.", [MH]),
        ("Torbay Council's Children's Services should ensure that assessments consider the risk posed by an "
         "adult who visits the home but does not live there.", [CSC]),
        ("TDAS to offer a follow-up contact to every victim who declines IDVA support at first contact.", [DAS]),
        ("Westward Housing should include domestic abuse in the induction of all its repairs staff.",
         [HOUSING]),
        ("The victim's GP surgery should review its process for following up patients who miss a referral "
         "appointment with mental health services.", [GP]),
        ("D&C Police and TDAS to agree a process for sharing the outcome of a MARAC referral with the referring "
         "officer.", [P, DAS]),
        ("The Partnership should seek assurance from NHS Devon Integrated Care Board that GP practices in "
         "Torbay have received training on coercive and controlling behaviour.", [CSP]),
    ])  # fmt: skip
    return w, d


def cardiff() -> tuple[WordDoc, Doc]:
    w, d = start("Cardiff Community Safety Partnership", "Adult II", font="Calibri")
    lead_table(w, d, ["No", "Recommendation", "Lead Agency", "Target date"], [
        ("South Wales Police", "Ensure that officers attending a domestic incident speak to the victim away "
         "from the suspect.", [P]),
        ("Cardiff and Vale University Health Board", "Routine enquiry about domestic abuse to be embedded in "
         "the Health Board's district nursing service.", [LHT]),
        ("Cardiff Council - Adult Services", "Review the process for safeguarding referrals where the alleged "
         "abuser is also the carer.", [ASC]),
        ("Cardiff Council - Children's Services", "Ensure that the voice of the child is recorded in every "
         "referral involving domestic abuse.", [CSC]),
        ("Cardiff Women's Aid", "IDVAs to record every attempt to contact a victim and the reason contact was "
         "not made.", [DAS]),
        ("South Wales Police / Cardiff Council", "Develop a joint protocol for responding to reports of "
         "stalking by a former partner.", [P, LA]),
        ("Welsh Ambulance Services NHS Trust", "Crews to be reminded to pass on a safeguarding concern about an "
         "adult even where the patient is not conveyed.", [AMB]),
        ("Cardiff and Vale Regional Safeguarding Board", "The Cardiff and Vale Regional Safeguarding Adults "
         "Board should produce guidance on adult family violence.", [SAB]),
        ("Cardiff and Vale VAWDASV Board", "Map the availability of perpetrator programmes across the region.",
         [DAPB]),
        ("Probation Service", "The Probation Service in Wales should check police call-out records before it "
         "approves an address for a person on licence.", [PROB]),
    ], [1.2, 9.0, 3.8, 2.5], "March 2020")  # fmt: skip
    return w, d


def conwy() -> tuple[WordDoc, Doc]:
    w, d = start("Conwy and Denbighshire Community Safety Partnership", "Adult JJ", heading=False)
    w.para("Abbreviations: BCUHB, Betsi Cadwaladr University Health Board; NWP, North Wales Police; CCBC, Conwy "
           "County Borough Council; DCC, Denbighshire County Council; DASU, Domestic Abuse Safety Unit; WAST, "
           "Welsh Ambulance Services NHS Trust.")  # fmt: skip
    w.heading("Recommendations", 1)
    items: Tagged = [
        ("NWP", "Review how the force responds to a third call from the same address within a month.", [P]),
        ("BCUHB", "Health visitors to see the mother alone at every contact after the birth.", [LHT]),
        ("BCUHB", "District nurses to tell the GP when a patient discloses abuse by a partner.", [LHT]),
        ("CCBC", "Include a question on domestic abuse in the council's customer contact scripts.", [LA]),
        ("DCC Children's Services", "Ensure that a strategy discussion is held when a child discloses violence "
         "at home.", [CSC]),
        ("DASU", "Offer a Welsh-speaking IDVA to every victim who asks for one.", [DAS]),
        ("WAST", "Record the names of all adults present at an incident attended by a crew.", [AMB]),
        ("Cartrefi Conwy", "Train tenancy support officers to recognise economic abuse.", [HOUSING]),
        ("NWP", "CCBC and DCC should jointly commission a service for victims who are over sixty.", [LA]),
        ("CSP", "Share the learning from this review with the North Wales Safeguarding Board.", [CSP]),
    ]  # fmt: skip
    label_runs(w, d, items, "[{}] ", "[{}]")
    return w, d


def lewisham() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Lewisham Partnership", "Adult KK")
    blocks: Blocks = [
        ("The Panel recommends that the Metropolitan Police Service's South East Basic Command Unit:", [
            ("reviews how it identifies repeat victims whose partners change;", [P]),
            ("ensures that body-worn video is used at every domestic incident.", [P]),
        ]),
        ("Lewisham and Greenwich NHS Trust and South London and Maudsley NHS Foundation Trust should each:", [
            ("audit how their staff ask about domestic abuse in the emergency department;", [HOSP, MH]),
            ("make sure that a referral to the hospital IDVA is recorded in the patient's notes.", [HOSP, MH]),
        ]),
        ("The Panel recommends that Lewisham Homes:", [
            ("trains its caretakers to report signs of abuse;", [HOUSING]),
            ("reviews its policy on emergency moves for tenants fleeing abuse.", [HOUSING]),
        ]),
        ("The Panel recommends that NHS South East London Integrated Care Board:", [
            ("ensures that every GP practice in Lewisham takes part in the IRIS programme;", [ICB, GP]),
            ("works with the Lewisham Safeguarding Children Partnership to share this review with health "
             "visitors.", [ICB]),
        ]),
        ("The Safer Lewisham Partnership should:", [
            ("ask the Athena service, run by Refuge, to report each quarter on victims it could not reach;",
             [CSP]),
            ("write to the Mayor's Office for Policing and Crime about the funding of IDVAs in the borough.",
             [CSP]),
            ("seek assurance from Change Grow Live that its staff ask clients about abuse in their "
             "relationships.", [CSP]),
        ]),
    ]  # fmt: skip
    lettered_lead_ins(w, d, blocks, "%1)")
    return w, d


def hackney() -> tuple[WordDoc, Doc]:
    w, d = start("Hackney Community Safety Partnership", "Adult LL")
    _numbered_body(w, d, [
        ("All agencies represented on the Review Panel should ensure that their staff know how to make a "
         "referral to MARAC.", [ALL]),
        ("The Panel recommends that all agencies, and in particular GP practices, record a disclosure of abuse "
         "in a way that can be found by other clinicians.", [ALL, GP]),
        ("Partners should adopt a single definition of 'hard to reach' victims.", [ALL]),
        ("Homerton Healthcare NHS Foundation Trust and East London NHS Foundation Trust (ELFT) to jointly "
         "review the discharge of patients who present with self-harm after an argument with a partner.",
         [HOSP, MH]),
        ("The Metropolitan Police, Hackney Council's Children and Families Service and the child's school "
         "should each review how they responded to the child's disclosure.", [P, CSC, SCHOOL]),
        ("Hackney Council's Domestic Abuse Intervention Service (DAIS) should offer support to victims who are "
         "assessed as standard risk.", [DAS]),
        ("Homerton's health visiting service to ask about abuse at the new birth visit when the mother is seen "
         "alone.", [LHT]),
        ("Each agency should ensure that professional curiosity is covered in its safeguarding training.",
         [ALL]),
        ("The Hackney Recovery Service and Hackney Housing Needs should agree how a client who is homeless "
         "after leaving a violent partner is offered treatment and accommodation.", [DRUGS, HOUSING]),
        ("It is recommended that the Community Safety Team, working with the Safeguarding Adults Board, "
         "updates the domestic abuse pathway for older victims.", [CST]),
    ])  # fmt: skip
    return w, d


def middlesbrough() -> tuple[WordDoc, Doc]:
    w, d = start("Middlesbrough Community Safety Partnership", "Adult MM")
    lead_table(w, d, ["Ref", "Action", "Responsible agency", "Completion"], [
        ("Cleveland Police - Domestic Abuse Unit", "Review all cases where a victim has withdrawn support for a "
         "prosecution twice in a year.", [P]),
        ("South Tees Hospitals NHS Foundation Trust", "Introduce routine enquiry in the fracture clinic.",
         [HOSP]),
        ("Tees, Esk and Wear Valleys NHS Foundation Trust", "Include the risk to a partner in every crisis "
         "team assessment.", [MH]),
        ("NHS Tees Valley CCG", "GP practices to be offered a template to record disclosures of domestic abuse.",
         [ICB]),
        ("Middlesbrough Council Children's Services", "Ensure that case transfers between teams include a full "
         "history of domestic abuse notifications.", [CSC]),
        ("Thirteen Group", "Tenancy enforcement to consider whether anti-social behaviour reports may indicate "
         "domestic abuse.", [HOUSING]),
        ("Harbour Support Services", "Outreach workers to visit a victim in person when telephone contact "
         "fails.", [DAS]),
        ("Middlesbrough Recovering Together", "Keyworkers to complete a domestic abuse screening at each review "
         "of a client's recovery plan.", [DRUGS]),
        ("National Probation Service (North East)", "Offender managers to request police information before "
         "every risk review.", [PROB]),
        ("Cleveland Police / Middlesbrough Council", "Agree how neighbourhood wardens share concerns about "
         "domestic abuse with the police.", [P, LA]),
        ("Middlesbrough CSP", "Audit the implementation of these actions after twelve months.", [CSP]),
    ], [1.2, 8.5, 4.5, 2.5], "12 months")  # fmt: skip
    return w, d


def ne_lincolnshire() -> tuple[WordDoc, Doc]:
    w, d = start("North East Lincolnshire Community Safety Partnership", "Adult NN", font="Times New Roman")
    headed(w, d, [("Overview report recommendations", [
        ("North East Lincolnshire Council, Humberside Police and Humberside Probation Trust should review the "
         "arrangements for sharing information about perpetrators who are not being prosecuted.", [LA, P, PROB]),
        ("Humberside Fire and Rescue Service should include a question about domestic abuse in its home safety "
         "checks.", [OTHER]),
    ])])  # fmt: skip
    keep(d.recs, {1: "Humberside Fire and Rescue Service"})
    w.heading("Individual agency recommendations", 2)
    headed(w, d, [
        ("Northern Lincolnshire and Goole NHS Foundation Trust", [
            ("That the Trust ensures that midwives at Diana, Princess of Wales Hospital ask about domestic "
             "abuse at the booking appointment.", [HOSP]),
        ]),
        ("Navigo", [
            ("That the service reviews how it shares risk information with the victim's GP.", [MH]),
        ]),
        ("Care Plus Group", [
            ("That school nurses are trained to recognise abuse in teenage relationships.", [LHT]),
        ]),
        ("NHS North East Lincolnshire Clinical Commissioning Group", [
            ("That the CCG ensures that GP practices complete the domestic abuse e-learning module.", [ICB, GP]),
        ]),
        ("Humberside Probation Trust", [
            ("That offender managers complete a home visit within ten days of a change of address.", [PROB]),
        ]),
        ("Humberside Police", [
            ("That the Public Protection Unit ensures that every high-risk case is referred to the MARAC.", [P]),
        ]),
        ("North East Lincolnshire Council", [
            ("That the Housing Options team asks every applicant whether they are fleeing abuse.", [HOUSING]),
        ]),
    ], level=3)  # fmt: skip
    return w, d


def northumberland() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Northumberland Partnership", "Adult OO")
    table: list[list[str | None]] = [["Agency", "Recommendation"]]
    rows: Tagged = [
        ("Northumbria Police", "The introduction of a flag on the force system for addresses with repeat calls "
         "about domestic abuse.", [P]),
        ("Northumbria Healthcare NHS Foundation Trust", "Emergency department staff to be trained in the use of "
         "routine enquiry.", [HOSP]),
        ("Northumbria Healthcare NHS Foundation Trust", "School nurses to ask each young person seen at a drop-in "
         "about their relationships.", [LHT]),
        ("Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust (CNTW)", "Care coordinators to record "
         "any threats made by a patient against a partner.", [MH]),
        ("Northumberland County Council", "Adult Social Care to consider domestic abuse in every Section 42 "
         "enquiry involving a family member.", [ASC]),
        ("Northumberland County Council", "A review of how the council's customer services respond to a caller "
         "disclosing abuse.", [LA]),
        ("Bernicia", "Domestic abuse awareness to be part of the training for all neighbourhood officers.",
         [HOUSING]),
        ("Humankind", "Workers to ask about the client's partner's drug and alcohol use at assessment.",
         [DRUGS]),
        ("Northumberland Domestic Abuse Services", "IDVAs to check whether there are children in the household "
         "at first contact.", [DAS]),
        ("NHS North East and North Cumbria Integrated Care Board", "GP practices to code every domestic abuse "
         "notification received from the police.", [ICB, GP]),
    ]  # fmt: skip
    for agency, text, agencies in rows:
        d.rec(None, text, agencies).heading = agency
        table.append([agency, text])
    w.table(table, [5.5, 11.0], font_size=10)
    return w, d


def somerset() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Somerset Partnership", "Adult PP")
    blocks: list[tuple[str, Recs]] = [
        ("Training", [
            ("Avon and Somerset Constabulary should train call handlers to recognise coercive control in the "
             "language of a caller.", [P]),
            ("Somerset Council's Adult Social Care service to ensure that social workers are trained in "
             "carrying out risk assessments with older victims.", [ASC]),
        ]),
        ("Information sharing", [
            ("Yeovil District Hospital NHS Foundation Trust and Somerset Partnership NHS Foundation Trust's home "
             "treatment team should agree how a patient's disclosure of abuse is shared between them.", [HOSP, MH]),
            ("The Somerset Integrated Domestic Abuse Service (SIDAS) should inform the GP when a victim is "
             "discussed at MARAC.", [DAS]),
            ("Somerset Drug and Alcohol Service should share information about a client's partner with the "
             "police where there is a risk of serious harm.", [DRUGS]),
        ]),
        ("Policy and procedure", [
            ("NHS Somerset Integrated Care Board to ensure that all GP practices have a domestic abuse policy "
             "that covers patients registered at the same practice as their abuser.", [ICB, GP]),
            ("Abri should update its tenancy management policy so that a report of abuse is not treated as "
             "anti-social behaviour.", [HOUSING]),
            ("The Somerset Safeguarding Children Partnership should update its guidance on non-mobile infants "
             "to include households where there is domestic abuse.", [SCP]),
        ]),
        ("Governance", [
            ("The Safer Somerset Partnership should receive a report on progress against this action plan every "
             "six months.", [CSP]),
            ("The Somerset Domestic Abuse Board to review the commissioning of services for male victims.",
             [DAPB]),
        ]),
    ]  # fmt: skip
    headed(w, d, blocks)
    return w, d


def swansea() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Swansea Partnership", "Adult QQ")
    headed(w, d, [("Local recommendations", [
        ("South Wales Police's Public Protection Unit should review all standard risk cases where the "
         "perpetrator has a history of violence against a previous partner.", [P]),
        ("Swansea Bay University Health Board to ensure that its community nursing teams can refer patients "
         "directly to an IDVA.", [LHT]),
        ("Swansea Council's Child and Family Services, in consultation with Swansea Women's Aid, should "
         "revise the guidance for social workers on safety planning with mothers.", [CSC]),
        ("Swansea Council's Adult Services should ensure that direct payments are reviewed where there is "
         "a concern about financial abuse by a family member.", [ASC]),
        ("Coastal Housing Group to ensure that tenancy officers ask about abuse when a tenant falls into "
         "rent arrears.", [HOUSING]),
        ("Barod should include domestic abuse in every assessment it completes with a client.", [DRUGS]),
        ("The Partnership to seek assurance from the Probation Service that its staff in Swansea have received "
         "training on stalking.", [CSP]),
    ])])  # fmt: skip
    headed(w, d, [("National recommendations", [
        ("The Safer Swansea Partnership should write to the Home Office to ask that the statutory guidance "
         "address reviews of deaths by suicide.", [CSP]),
        ("The Welsh Government should fund a bilingual awareness campaign on coercive control.", [OTHER]),
        ("The Home Office should consider how learning from reviews in Wales is shared with the Welsh "
         "Government.", [HO]),
        ("The Department for Work and Pensions to ensure that staff at Jobcentre Plus know how to refer a "
         "claimant who discloses economic abuse.", [DWP]),
    ])])  # fmt: skip
    keep(d.recs, {8: "The Welsh Government"})
    return w, d


def haringey() -> tuple[WordDoc, Doc]:
    w, d = start("Haringey Community Safety Partnership", "Adult RR", font="Calibri")
    w.para("The Review Panel makes the following recommendations.")
    items: Recs = [
        ("The Review Panel recommends that North Middlesex University Hospital NHS Trust ensures that all staff "
         "in its emergency department are trained to ask about domestic abuse.", [HOSP]),
        ("Barnet, Enfield and Haringey Mental Health NHS Trust should ensure that the risk a patient poses to "
         "others is reviewed at every care programme approach meeting.", [MH]),
        ("Whittington Health should ensure that health visitors record the name and date of birth of every "
         "adult in the household.", [LHT]),
        ("The Metropolitan Police Service should ensure that officers in Haringey Borough complete a DASH risk "
         "assessment at every domestic incident, including where no crime is recorded.", [P]),
        ("Homes for Haringey to provide domestic abuse awareness training for all its housing officers.",
         [HOUSING]),
        ("The Review Panel recommends that Haringey CCG ensures that GP practices follow up a patient who "
         "discloses domestic abuse within two weeks.", [ICB, GP]),
        ("Solace Women's Aid should review its process for closing cases where the victim cannot be "
         "contacted.", [DAS]),
        ("The London Community Rehabilitation Company should ensure that its responsible officers share "
         "information about a service user's new relationship with the police.", [PROB]),
        ("The Haringey Advisory Group on Alcohol (HAGA) should ensure that alcohol workers ask about domestic abuse at assessment.", [DRUGS]),
        ("Haringey Council's Children and Young People's Service to ensure that child protection plans include "
         "a plan for the safety of the non-abusing parent.", [CSC]),
        ("The Haringey Community Safety Partnership should monitor the implementation of these recommendations "
         "through its Violence Against Women and Girls Strategic Group.", [CSP]),
    ]  # fmt: skip
    for n, (text, agencies) in enumerate(items, start=1):
        w.para(text, label_run=f"Recommendation {n}: ")
        d.rec(str(n), text, agencies)
    return w, d


DOCUMENTS = {
    "aj-01-gateshead": gateshead,
    "aj-02-torbay": torbay,
    "aj-03-cardiff": cardiff,
    "aj-04-conwy": conwy,
    "aj-05-lewisham": lewisham,
    "aj-06-hackney": hackney,
    "aj-07-middlesbrough": middlesbrough,
    "aj-08-ne-lincolnshire": ne_lincolnshire,
    "aj-09-northumberland": northumberland,
    "aj-10-somerset": somerset,
    "aj-11-swansea": swansea,
    "aj-12-haringey": haringey,
}


def main(argv: list[str]) -> int:
    return build_set(DOCUMENTS, {}, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
