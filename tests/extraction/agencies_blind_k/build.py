"""An eleventh blind set for who each recommendation is for, in areas sets B-J do not use (Bradford, Kirklees,
Stockport, Wigan, Milton Keynes, Luton, Shropshire, Wrexham, Newport, Bridgend, Coventry, Tower Hamlets), with the
real bodies of each area in our own words, by a writer who ran nothing (no extraction, classification or scorer)
and read neither the extraction nor the classification code: local trusts and health boards by full name, short
name and initials (BTHFT, CHFT, WWL, MKUH, CNWL, ABUHB, CTMUHB, CWPT, BH), community health providers
(Locala, Shropshire Community Health, Cambridgeshire Community Services, a trust's 0-19 or district nursing arm),
council services by their local names (Stockport Family, Early Help, Start Well, the MASH, Adult Social Care,
Housing Options, Housing Solutions, Homes and Neighbourhoods), each area's domestic abuse and drug and alcohol
providers by brand (Staying Put, Project 6, New Directions, PDAP, Stockport Without Abuse, MK Act, West Mercia
Women's Aid, We Are With You, Cyfannol, GDAS, Assia, Coventry Haven, RESET), police by force and by team (a
Neighbourhood Policing Team, the force's Harm Reduction Unit, a Domestic Abuse Investigation Unit, a BCU),
probation as HMPPS, HMPPS Wales, the Probation Service and a region, the OPCC and MOPAC, Jobcentre Plus, the CPS,
HMCTS, a college and schools, GP practices by practice name, the CSP under its local brand (Safer MK, Safer
Newport, the Coventry Police and Crime Board), a MARAC steering group, "each agency represented on the panel",
addressees only in a table column, a Lead cell that also names a supporting body, a heading per recommendation,
initials spelled out only in a glossary table at the end, passive sentences ("It is recommended that training
is provided by X"), and "X, supported by Y, should ...".

Labelled with ``shared/docs/LABELLING-GUIDE.md`` (agencies rules 1-5: the text comes first; a heading, Lead cell or
lead-in gives the addressee only to passive or subject-less text) before any pipeline or scorer was run on it.
The bodies named are real except the GP practices, whose names are invented; people, events and wording are
invented. Only ``agencies`` (and the texts they hang on) are labelled with care; ``level`` and ``themes`` in the
gold are placeholders. ``other`` keeps the words as printed in the gold's ``agency_mentions`` (as sets F and J do).

Judgements the guide leaves open (sets G-J's kept where they have them):

* "X, supported by Y, should ..." / "X should, supported by Y, ..." / a lead-in "X, supported by Y, should:" are
  for X only (Y helps: rule 2's partners; set F's "Support:" bodies, set H's "with the support of Y");
  "X should be supported by Y to ..." is for X (X does the thing asked; Y helps).
* The agent of a passive ("training is provided by West Yorkshire Police", "should be carried out by the Trust",
  "is reviewed by a senior prosecutor in CPS London North") is the addressee (rule 4: the body named as the actor
  of the change; set E's "should be asked by the force" is the force's); a passive with no agent takes its Lead
  cell (rule 3).
* A Lead cell "X (lead); Y (support)" and a "Supporting organisations" column give X only.
* A Welsh university health board is ``local_health_trust`` whatever its department (sets B, F, J), the Welsh
  Government and a prison (HMP Berwyn) are ``other`` (sets F, I).
* Health visiting, school nursing (0-19 services) and district nursing run by a community provider or as the
  community arm of a mental health or acute trust (BDCFT's 0-19 service, Stockport NHS FT's district nurses, WWL's
  health visitors, CWPT's health visiting, CCS's 0-19 team) are ``local_health_trust`` (sets E, G-J); the same
  trust's mental health teams are ``mental_health_services`` (set I) and its hospital ``hospital``.
* A council's children's services company (Bradford Children and Families Trust) and its family or early help
  service under any name (Stockport Family, Early Help, Start Well) are ``childrens_social_care`` (sets H, I); the
  MASH is ``mash`` (sets G, I); a council's own housing service (Housing Options, Housing Solutions, Homes and
  Neighbourhoods) is ``housing``; its commissioning team is ``local_authority_commissioners`` (set H).
* HMPPS, HMPPS Wales and the Probation Service under any regional name are ``probation_service`` (set G);
  Jobcentre Plus is ``dwp``; a MARAC steering group is ``marac`` (the MARAC's own governance; not the partnership's
  domestic abuse board); a regional VAWDASV board is ``domestic_abuse_partnership_board`` (set J); the Coventry
  Police and Crime Board (Coventry's CSP) is ``community_safety_partnership`` (rule 5: any local name).
* A GP practice named by its practice name is ``gp``; a GP federation (the Tower Hamlets GP Care Group) is ``gp``;
  GP practices that only receive a template or briefing are an audience (set H), GP practices as the actors of an
  ICB's change are ``gp`` beside it (sets G-J); a further education college and "each secondary school" are
  ``school`` (set I).
* "All agencies, and in particular X" is for both (sets H, I); "each agency represented on the panel" is
  ``all_agencies``; a themed or block heading ("Further recommendations") gives no addressee; when a heading,
  Lead cell or tag and the text's own subject differ, the text's subject wins.

* ``ak-01-bradford``: initials used alone in the recommendations (WYP, BTHFT, BDCFT, BCFT, WY ICB, CGL, BSCP),
  spelled out only in a glossary table at the end.
* ``ak-02-kirklees``: passive sentences with and without an agent; "X, supported by Y, should".
* ``ak-03-stockport``: agency headings over local service names and police teams; a practice by name.
* ``ak-04-wigan``: subject-less items under agency headings only; one item naming its own subject.
* ``ak-05-milton-keynes``: Recommendation | Lead organisation | Supporting organisations | Target date.
* ``ak-06-luton``: each agency on the panel, a MARAC steering group, the OPCC, the CPS, HMCTS, Jobcentre Plus.
* ``ak-07-shropshire``: overview then single-agency recommendations; HMPPS, a probation region, the OPCC, an ICB
  whose name holds commas (NHS Shropshire, Telford and Wrekin), a community health trust.
* ``ak-08-wrexham``: a heading per recommendation ("Recommendation 3: Wrexham County Borough Council - ...").
* ``ak-09-newport``: lead-ins over lettered items, one with a supporting body, one for two bodies; ABUHB, GDAS.
* ``ak-10-bridgend``: No | Recommendation | Responsible, cells "X (lead); Y (support)"; a college, schools.
* ``ak-11-coventry``: the CSP under its local brand, GP practices by name, a housing association called Citizen.
* ``ak-12-tower-hamlets``: No | Agency | Recommendation with initials in the Agency column, spelled out in a
  glossary at the end; passives; the CPS, HMCTS, MOPAC, the GP Care Group.

Gold: ``<name>.gold.json`` (DOCX) and ``<name>-pdf.gold.json`` (its LibreOffice export). A recommendation's
``heading`` is the heading, Lead cell, Agency cell or lead-in the document prints for it. Rebuild (LibreOffice
needed): ``python -m tests.extraction.agencies_blind_k.build``; score:
``python -m tests.extraction.agencies_blind_k.score``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotations.wordproc.worddoc import WordDoc
from tests.extraction.agencies_blind_common import (
    ALL,
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
    PCC,
    SCP,
    P,
    glossary,
    headed,
    start,
)
from tests.extraction.agencies_blind_k.build_b import LATER
from tests.extraction.agencies_blind_k.labels import CPS, HMCTS, LAC, MARAC, MASH
from tests.extraction.plans.build import Doc, _numbered_body
from tests.extraction.plans_blind.build import build_set

HERE = Path(__file__).resolve().parent


def bradford() -> tuple[WordDoc, Doc]:
    w, d = start("Bradford District Community Safety Partnership", "Adult SS")
    _numbered_body(w, d, [
        ("WYP should ensure that the Bradford District Safeguarding Hub reviews each standard risk DASH where the "
         "same perpetrator has been named by two different victims.", [P]),
        ("BTHFT to ensure that midwives at Bradford Royal Infirmary see every pregnant woman alone at least once "
         "before the birth.", [HOSP]),
        ("BDCFT should ensure that its community mental health teams ask about a patient's partner and any "
         "children whenever a care plan is reviewed.", [MH]),
        ("The 0-19 Children's Public Health Service provided by BDCFT to make sure that health visitors record "
         "the outcome of every routine enquiry about domestic abuse.", [LHT]),
        ("BCFT should ensure that a child and family assessment names every adult who has a caring role for the "
         "child.", [CSC]),
        ("The WY ICB should ensure that GP practices in the Bradford district add a code to the record of every "
         "patient who is discussed at MARAC.", [ICB, GP]),
        ("Incommunities to review how its neighbourhood officers respond when a tenant asks for a partner to be "
         "removed from a joint tenancy.", [HOUSING]),
        ("Staying Put should offer each victim referred by the police a choice of where and when to meet an "
         "IDVA.", [DAS]),
        ("CGL should ensure that New Directions recovery coordinators ask every client about their relationships "
         "at each review of the recovery plan.", [DRUGS]),
        ("Project 6 to screen for domestic abuse when a client is first assessed at its Keighley service.",
         [DRUGS]),
        ("The BSCP to publish a practice briefing on the risk to children when a parent starts a relationship "
         "with a partner who has a history of abuse.", [SCP]),
    ])  # fmt: skip
    glossary(w, "Glossary", [
        ("BCFT", "Bradford Children and Families Trust"),
        ("BDCFT", "Bradford District Care NHS Foundation Trust"),
        ("BSCP", "Bradford Safeguarding Children Partnership"),
        ("BTHFT", "Bradford Teaching Hospitals NHS Foundation Trust"),
        ("CGL", "Change Grow Live"),
        ("DASH", "Domestic Abuse, Stalking and Harassment risk identification checklist"),
        ("IDVA", "Independent Domestic Violence Advisor"),
        ("MARAC", "Multi-Agency Risk Assessment Conference"),
        ("WY ICB", "NHS West Yorkshire Integrated Care Board"),
        ("WYP", "West Yorkshire Police"),
    ])  # fmt: skip
    return w, d


def kirklees() -> tuple[WordDoc, Doc]:
    w, d = start("Kirklees Community Safety Partnership", "Adult TT", font="Calibri")
    _numbered_body(w, d, [
        ("It is recommended that training on coercive and controlling behaviour is provided by West Yorkshire "
         "Police to every call handler who takes calls from the Kirklees district.", [P]),
        ("It is recommended that Calderdale and Huddersfield NHS Foundation Trust (CHFT), supported by the "
         "Pennine Domestic Abuse Partnership, places an IDVA in the emergency department at Huddersfield Royal "
         "Infirmary.", [HOSP]),
        ("A review of how patients who disclose abuse are discharged from Dewsbury and District Hospital should "
         "be carried out by Mid Yorkshire Teaching NHS Trust.", [HOSP]),
        ("Locala Health and Wellbeing, supported by the ICB's designated nurse for safeguarding adults, should "
         "make sure that district nurses see a housebound patient without their carer at least once a month.",
         [LHT]),
        ("South West Yorkshire Partnership NHS Foundation Trust should, supported by the Council's Adult Social "
         "Care service, review its guidance on carers who are also the patient's abuser.", [MH]),
        ("Homes and Neighbourhoods, the Council's housing service, supported by PDAP, to train its income "
         "officers to recognise economic abuse.", [HOUSING]),
        ("Funding for a second hospital IDVA post should be identified by NHS West Yorkshire Integrated Care "
         "Board.", [ICB]),
        ("It is recommended that a seven-minute briefing on this review is shared with all GP practices in "
         "Kirklees by the ICB.", [ICB]),
        ("The Pennine Domestic Abuse Partnership should be supported by Kirklees Council to offer group work to "
         "victims who are waiting for an IDVA.", [DAS]),
        ("Change Grow Live, supported by PDAP, should agree a joint screening tool for clients of the Kirklees "
         "substance misuse service.", [DRUGS]),
        ("It is recommended that the Kirklees Community Safety Partnership, supported by the Kirklees "
         "Safeguarding Adults Board, oversees the delivery of this action plan.", [CSP]),
    ])  # fmt: skip
    return w, d


def stockport() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Stockport Partnership", "Adult UU")
    headed(w, d, [
        ("Greater Manchester Police", [
            ("The Stockport district's Neighbourhood Policing Team should visit each address that has generated "
             "three domestic incidents in six months.", [P]),
            ("The force's Harm Reduction Unit to include perpetrators of domestic abuse released from custody in "
             "its monthly tasking meeting.", [P]),
        ]),
        ("Stockport NHS Foundation Trust", [
            ("Staff in the emergency department at Stepping Hill Hospital to ask each patient with a facial "
             "injury how it happened, away from anyone who came with them.", [HOSP]),
            ("The Trust's district nursing service should record the name of every adult who lives with a "
             "housebound patient.", [LHT]),
        ]),
        ("NHS Greater Manchester (Stockport locality)", [
            ("The locality team should ensure that Brinnington Lane Surgery, the victim's practice, adds an "
             "alert to the records of patients discussed at MARAC.", [ICB, GP]),
        ]),
        ("Stockport Council", [
            ("Stockport Family to ensure that each assessment records a child's view of any adult who visits the "
             "home.", [CSC]),
            ("Early Help should offer a family support worker to every family where a second domestic incident "
             "is notified.", [CSC]),
            ("The MASH to screen each police notification about a household with a pregnant woman within one "
             "working day.", [MASH]),
            ("Adult Social Care should make sure that a Section 42 enquiry considers the risk from an adult son "
             "or daughter living at home.", [ASC]),
            ("Housing Options to ask every homeless applicant whether they are leaving an abusive relationship.",
             [HOUSING]),
        ]),
        ("Stockport Without Abuse", [
            ("Outreach workers should record whether children were present when a victim is seen.", [DAS]),
        ]),
    ])  # fmt: skip
    return w, d


def wigan() -> tuple[WordDoc, Doc]:
    w, d = start("Wigan Community Safety Partnership", "Adult VV", font="Times New Roman")
    headed(w, d, [
        ("Greater Manchester Police - Wigan District", [
            ("Review how repeat calls from one address are linked when the caller gives a different name.", [P]),
            ("Ensure that the presence of children is recorded at every domestic incident.", [P]),
        ]),
        ("Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation Trust (WWL)", [
            ("Introduce routine enquiry in the maternity triage unit at the Royal Albert Edward Infirmary.",
             [HOSP]),
            ("Health visitors employed by the Trust to see the mother alone at the new birth visit.", [LHT]),
        ]),
        ("Greater Manchester Mental Health NHS Foundation Trust", [
            ("Include the partner's account in the risk assessment before a patient's leave is approved.", [MH]),
        ]),
        ("NHS Greater Manchester - Wigan locality", [
            ("Provide GP practices with a template for recording a disclosure of domestic abuse.", [ICB]),
        ]),
        ("Wigan Council - Start Well", [
            ("Share a family's early help assessment with the child's school when domestic abuse is the main "
             "concern.", [CSC]),
        ]),
        ("Wigan Council - Adult Social Care", [
            ("Review the carer's assessment form so that it asks about the carer's own safety.", [ASC]),
        ]),
        ("We Are With You", [
            ("Make the domestic abuse screening question a required field at assessment.", [DRUGS]),
        ]),
        ("Wigan Community Safety Partnership", [
            ("Wigan Council's commissioning team should review the capacity of the IDVA service against the "
             "number of high-risk referrals.", [LAC]),
        ]),
    ])  # fmt: skip
    return w, d


def milton_keynes() -> tuple[WordDoc, Doc]:
    w, d = start("Safer MK Partnership", "Adult WW", heading=False)
    w.para("The agencies that took part were Thames Valley Police, Milton Keynes University Hospital NHS Foundation "
           "Trust (MKUH), Central and North West London NHS Foundation Trust (CNWL), which provides mental health "
           "and community health services in the city, NHS Bedfordshire, Luton and Milton Keynes Integrated Care "
           "Board (BLMK ICB), Milton Keynes City Council and MK Act.")  # fmt: skip
    w.heading("Recommendations and action plan", 1)
    rows: list[tuple[str, str, str, list[str]]] = [
        ("Thames Valley Police", "Milton Keynes City Council", "Review how domestic abuse markers are kept on an "
         "address after the victim has moved out.", [P]),
        ("MKUH", "CNWL", "Train emergency department staff to use the hospital IDVA referral form.", [HOSP]),
        ("CNWL Milton Keynes", "MK Act", "Add a question about violence from a partner to the community mental "
         "health team's assessment.", [MH]),
        ("BLMK ICB", "GP practices", "Audit a sample of GP records of patients referred to MARAC.", [ICB]),
        ("BLMK ICB", "", "GP practices to ask about abuse at every contraception review.", [ICB, GP]),
        ("Milton Keynes City Council - Children's Social Care", "Thames Valley Police", "Hold a strategy "
         "discussion whenever a child is present at a domestic incident in which a weapon is used.", [CSC]),
        ("Milton Keynes City Council - Housing Options", "MK Act", "Offer each homeless applicant fleeing abuse "
         "temporary accommodation away from the perpetrator's area.", [HOUSING]),
        ("MK Act", "Thames Valley Police", "Contact every victim within two working days of a police referral.",
         [DAS]),
        ("Thames Valley Police and Milton Keynes City Council", "", "Run a joint campaign on stalking in the "
         "city.", [P, LA]),
        ("Office of the Police and Crime Commissioner for Thames Valley", "Safer MK Partnership", "Fund a "
         "perpetrator programme for Milton Keynes.", [PCC]),
        ("Safer MK Partnership", "All partners", "Receive a report on progress against this plan every six "
         "months.", [CSP]),
    ]  # fmt: skip
    table: list[list[str | None]] = [["Recommendation", "Lead organisation", "Supporting organisations",
                                      "Target date"]]  # fmt: skip
    for n, (lead, support, text, agencies) in enumerate(rows, start=1):
        d.rec(str(n), text, agencies).heading = lead
        table.append([f"{n}. {text}", lead, support or "-", "March 2024"])
    w.table(table, [8.0, 3.8, 3.2, 2.0], font_size=9)
    return w, d


def luton() -> tuple[WordDoc, Doc]:
    w, d = start("Luton Community Safety Partnership", "Adult XX")
    _numbered_body(w, d, [
        ("Each agency represented on the panel should make sure that its staff know how to refer a victim to "
         "the Luton MARAC.", [ALL]),
        ("The Luton MARAC Steering Group to review why most referrals in the year before the homicide came from "
         "the police alone.", [MARAC]),
        ("Bedfordshire Police's Domestic Abuse Investigation Unit should review every case in which a suspect "
         "has been released under investigation for more than three months.", [P]),
        ("The Office of the Police and Crime Commissioner for Bedfordshire should commission an advocacy "
         "service for victims of stalking.", [PCC]),
        ("Bedfordshire Hospitals NHS Foundation Trust should ensure that staff at the Luton and Dunstable "
         "University Hospital can refer a patient directly to the hospital IDVA.", [HOSP]),
        ("Cambridgeshire Community Services NHS Trust's 0-19 team in Luton to ask about domestic abuse at every "
         "contact at which the mother is seen alone.", [LHT]),
        ("The Crown Prosecution Service (Thames and Chiltern) should review why a charge of controlling or "
         "coercive behaviour was not brought in this case.", [CPS]),
        ("HM Courts and Tribunals Service should make sure that Luton Magistrates' Court offers a separate "
         "waiting area to every victim of domestic abuse.", [HMCTS]),
        ("Jobcentre Plus in Luton to train work coaches to recognise economic abuse.", [DWP]),
        ("Luton Borough Council's Housing Options service should not require police evidence before it accepts "
         "a homeless application from a victim.", [HOUSING]),
        ("All agencies, and in particular the Council's Children's Services, should record the name of each "
         "adult who lives in a child's household.", [ALL, CSC]),
    ])  # fmt: skip
    return w, d


DOCUMENTS = {
    "ak-01-bradford": bradford,
    "ak-02-kirklees": kirklees,
    "ak-03-stockport": stockport,
    "ak-04-wigan": wigan,
    "ak-05-milton-keynes": milton_keynes,
    "ak-06-luton": luton,
    **LATER,
}


def main(argv: list[str]) -> int:
    return build_set(DOCUMENTS, {}, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
