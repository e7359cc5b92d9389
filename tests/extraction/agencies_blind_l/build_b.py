"""Set L's last six documents (Cheshire East, Blaenau Gwent, East Riding of Yorkshire, North Lincolnshire, West
Berkshire, Flintshire); the set, its shapes and the guide's open judgements are described in ``README.md``."""

from __future__ import annotations

from collections.abc import Callable

from annotations.wordproc.worddoc import WordDoc
from tests.extraction.agencies_blind_common import (
    ALL,
    ASC,
    CSC,
    CSP,
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
    NHSE,
    OTHER,
    PCC,
    PROB,
    P,
    headed,
    keep,
    lead_table,
    lettered_lead_ins,
    start,
    summary,
)
from tests.extraction.agencies_blind_l.labels import Rows
from tests.extraction.plans.build import Doc, _numbered_body


def cheshire_east() -> tuple[WordDoc, Doc]:
    w, d = start("Cheshire East Community Safety Partnership", "Adult BG")
    lettered_lead_ins(w, d, [
        ("It is recommended that Cheshire Constabulary:", [
            ("reviews how officers in the Macclesfield and Crewe local policing units link incidents reported "
             "by different family members;", [P]),
            ("makes sure that a DASH risk assessment is completed with the victim alone.", [P]),
        ]),
        ("It is recommended that Mid Cheshire Hospitals NHS Foundation Trust and East Cheshire NHS Trust each:", [
            ("offer routine enquiry to every woman at the booking appointment for antenatal care;", [HOSP]),
            ("ensure that the emergency departments at Leighton Hospital and Macclesfield District General "
             "Hospital can refer a patient directly to an IDVA.", [HOSP]),
        ]),
        ("It is recommended that Cheshire and Wirral Partnership NHS Foundation Trust (CWP):", [
            ("records the name of each person a patient lives with at every review of a care plan.", [MH]),
        ]),
        ("It is recommended that NHS Cheshire and Merseyside (Cheshire East Place), which replaced NHS Eastern "
         "Cheshire CCG and NHS South Cheshire CCG:", [
            ("ensures that GP practices in the borough add an alert to the record of each patient discussed at "
             "MARAC.", [ICB, GP]),
        ]),
        ("It is recommended that Cheshire East Council:", [
            ("reviews its housing allocations policy so that a victim who has to leave the borough keeps their "
             "priority.", [LA]),
        ]),
        ("It is recommended that Peaks and Plains Housing Trust:", [
            ("trains its income officers to recognise economic abuse.", [HOUSING]),
        ]),
        ("It is recommended that the borough's drug and alcohol service, run by Change Grow Live:", [
            ("asks every client about abuse in their relationships at each review of the recovery plan.",
             [DRUGS]),
        ]),
        ("It is recommended that the Cheshire East Domestic Abuse and Sexual Violence Partnership Board:", [
            ("reviews whether the borough's IDVA capacity matches the number of high-risk referrals.", [DAPB]),
        ]),
        ("It is recommended that all partner agencies:", [
            ("remind staff that a victim who stays with an abuser still needs a safety plan.", [ALL]),
        ]),
    ], letter="%1)")  # fmt: skip
    return w, d


def blaenau_gwent() -> tuple[WordDoc, Doc]:
    w, d = start("Blaenau Gwent Community Safety Partnership", "Adult BH")
    summary(d)
    _numbered_body(w, d, [
        ("Gwent Police should review how officers record a victim's reasons for declining a referral to an "
         "IDVA.", [P]),
        ("Aneurin Bevan University Health Board (ABUHB) should ensure that staff at Ysbyty Aneurin Bevan ask "
         "every patient with an injury whether they feel safe at home.", [LHT]),
        ("The Health Board's Blaenau Gwent community mental health team to ask about domestic abuse at each "
         "review of a patient's care and treatment plan.", [LHT]),
        ("Blaenau Gwent County Borough Council's Children's Services should hold a strategy meeting whenever "
         "an unborn baby's father has a history of violence to a partner.", [CSC]),
        ("Tai Calon Community Housing to train its housing officers to recognise the signs of abuse during a "
         "tenancy visit.", [HOUSING]),
        ("The Probation Service in Wales, which took over the work of the Wales Community Rehabilitation "
         "Company in June 2021, should check any licence condition preventing contact before a prisoner is "
         "released.", [PROB]),
        ("Gwent Police and ABUHB should jointly agree how a police notification about a pregnant victim reaches "
         "the community midwife.", [P, LHT]),
        ("The Gwent VAWDASV Regional Board to review the provision of refuge places for women with complex "
         "needs.", [DAPB]),
        ("The Welsh Government should consider including the learning from this review in the National "
         "Training Framework.", [OTHER]),
        ("The Home Office should update the statutory guidance to make clear when a review should be held "
         "after a death by suicide.", [HO]),
        ("All agencies in Blaenau Gwent should make sure that staff can give a victim the Live Fear Free "
         "helpline number.", [ALL]),
    ])  # fmt: skip
    keep(d.recs, {8: "The Welsh Government"})
    return w, d


def east_riding() -> tuple[WordDoc, Doc]:
    w, d = start("East Riding of Yorkshire Community Safety Partnership", "Adult BI", heading=False)
    summary(d)
    w.para("Humberside Police (HP), Hull University Teaching Hospitals NHS Trust (HUTH), Humber Teaching NHS "
           "Foundation Trust (Humber), City Health Care Partnership CIC (CHCP), NHS Humber and North Yorkshire "
           "Integrated Care Board (HNY ICB, which in July 2022 replaced NHS East Riding of Yorkshire CCG) and "
           "East Riding of Yorkshire Council (ERYC) took part in the review.")  # fmt: skip
    w.heading("Recommendations", 1)
    lead_table(w, d, ["No", "Recommendation", "Lead agency", "By when"], [
        ("HP", "Review how the force control room grades a call from a third party who hears an argument next "
         "door.", [P]),
        ("HUTH", "Ensure that staff at Castle Hill Hospital ask about abuse when an inpatient's visitor answers "
         "questions for them.", [HOSP]),
        ("Humber", "The Trust should include a partner's account in every risk assessment before discharge.",
         [MH]),
        ("CHCP", "District nurses to record who else lives with a housebound patient.", [LHT]),
        ("HNY ICB", "It is recommended that a named GP for safeguarding adults is appointed for the East "
         "Riding.", [ICB]),
        ("ERYC Children's Services", "Make sure that each child and family assessment names every adult who has "
         "a caring role for the child.", [CSC]),
        ("ERYC Adult Social Care", "Review how a Section 42 enquiry considers risk from an adult son or daughter "
         "living at home.", [ASC]),
        ("ERYC Housing", "Ask every applicant for a transfer whether they are moving to escape abuse.",
         [HOUSING]),
        ("ERYC / HP", "The Council and the police should jointly run a campaign on stalking in the market "
         "towns.", [LA, P]),
        ("East Riding CSP", "The Partnership should ask NHS England to add domestic abuse to the national "
         "training for GP receptionists.", [CSP]),
        ("NHS England", "NHS England's North East and Yorkshire region should share this review with the other "
         "ICBs in the region.", [NHSE]),
    ], [1.2, 9.8, 3.5, 2.0], "March 2025")  # fmt: skip
    return w, d


def north_lincolnshire() -> tuple[WordDoc, Doc]:
    w, d = start("North Lincolnshire Community Safety Partnership", "Adult BJ", font="Calibri")
    rows: Rows = [
        ("Humberside Police", "Officers to complete a DASH risk assessment at every domestic incident, even "
         "when the victim says nothing happened.", [P]),
        ("Northern Lincolnshire and Goole NHS Foundation Trust (NLaG)", "Make sure that staff at Scunthorpe "
         "General Hospital record who accompanies a patient with an injury.", [HOSP]),
        ("Rotherham Doncaster and South Humber NHS Foundation Trust (RDaSH)", "The North Lincolnshire crisis "
         "team to ask about domestic abuse at every assessment.", [MH]),
        ("NHS Humber and North Yorkshire ICB (North Lincolnshire Place)", "Ensure that GP practices offer a "
         "double appointment to a patient who discloses abuse.", [ICB, GP]),
        ("North Lincolnshire Council", "Children's Services to see each child alone during a child and family "
         "assessment.", [CSC]),
        ("North Lincolnshire Council", "Adult Social Care should make sure that a carer's assessment asks the "
         "carer about their own safety.", [ASC]),
        ("Ongo Homes", "Include a question about abuse in the annual tenancy check.", [HOUSING]),
        ("Blue Door", "Review how IDVA caseloads are allocated when a victim moves into the area.", [DAS]),
        ("We Are With You", "Ask every client about their partner's drug and alcohol use at assessment.",
         [DRUGS]),
        ("The Probation Service (Yorkshire and the Humber)", "Make sure that records carried over from the "
         "former National Probation Service and Humberside, Lincolnshire and North Yorkshire CRC are read "
         "before a risk assessment is reviewed.", [PROB]),
        ("North Lincolnshire Community Safety Partnership", "The Partnership should write to the Department "
         "for Work and Pensions about how a joint Universal Credit claim can be split quickly.", [CSP]),
        ("Department for Work and Pensions", "Jobcentre Plus work coaches in Scunthorpe to be trained to "
         "recognise economic abuse.", [DWP]),
    ]  # fmt: skip
    table: list[list[str | None]] = [["Agency", "Recommendation"]]
    for n, (agency, text, agencies) in enumerate(rows, start=1):
        d.rec(str(n), text, agencies).heading = agency
        table.append([agency, f"{n}. {text}"])
    w.table(table, [5.0, 11.5], font_size=10)
    return w, d


def west_berkshire() -> tuple[WordDoc, Doc]:
    w, d = start("Building Communities Together Partnership", "Adult BK", heading=False)
    w.para("This Domestic Abuse Related Death Review was commissioned by the Building Communities Together "
           "Partnership (\"the Partnership\"), West Berkshire's Community Safety Partnership.")  # fmt: skip
    w.heading("Recommendations", 1)
    _numbered_body(w, d, [
        ("Thames Valley Police should review how a domestic abuse marker is kept on an address after the "
         "victim has moved out.", [P]),
        ("Royal Berkshire NHS Foundation Trust (RBFT) to ensure that emergency department staff at the Royal "
         "Berkshire Hospital can refer a patient directly to the hospital IDVA.", [HOSP]),
        ("Berkshire Healthcare NHS Foundation Trust (BHFT) should make sure that its West Berkshire Community "
         "Mental Health Team asks about abuse by a partner at every review.", [MH]),
        ("BHFT's health visiting service to ask about domestic abuse at the new birth visit when the mother is "
         "seen alone.", [LHT]),
        ("NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board (which replaced NHS "
         "Berkshire West CCG) should fund a second hospital IDVA post.", [ICB]),
        ("West Berkshire Council's Children and Family Services should hold a strategy discussion whenever a "
         "child is present at an incident in which a weapon is used.", [CSC]),
        ("Sovereign Network Group (Sovereign Housing Association when the couple's tenancy began) should "
         "review how it responds to a tenant's request to end a joint tenancy.", [HOUSING]),
        ("Berkshire Women's Aid to offer every victim referred by the police a choice of where to meet.",
         [DAS]),
        ("The drug and alcohol service commissioned by the Council's Public Health team should screen for "
         "domestic abuse at every assessment.", [DRUGS]),
        ("The Office of the Police and Crime Commissioner for Thames Valley, with support from the Partnership, "
         "should fund a stalking advocate for the district.", [PCC]),
        ("The Partnership should recommend to the Home Office that the statutory guidance covers reviews held "
         "after a suicide.", [CSP]),
        ("The Partnership to receive a report on progress against these recommendations every six months.",
         [CSP]),
    ])  # fmt: skip
    return w, d


def flintshire() -> tuple[WordDoc, Doc]:
    w, d = start("Flintshire Community Safety Partnership", "Adult BL")
    headed(w, d, [
        ("North Wales Police", [
            ("The Flintshire Local Policing Unit to visit a victim within a week of a non-crime domestic "
             "incident.", [P]),
        ]),
        ("Betsi Cadwaladr University Health Board (BCUHB)", [
            ("The Health Board should ensure that the emergency department at Ysbyty Glan Clwyd asks every "
             "patient with an injury whether they feel safe at home.", [LHT]),
            ("BCUHB's Flintshire Community Mental Health Team to record the name of each person a patient lives "
             "with.", [LHT]),
        ]),
        ("Flintshire County Council", [
            ("Children's Services should ensure that each referral about domestic abuse is seen by a qualified "
             "social worker within one working day.", [CSC]),
            ("The Council's Housing Solutions service to ask every homeless applicant whether they are leaving "
             "an abusive relationship.", [HOUSING]),
        ]),
        ("ClwydAlyn", [
            ("Train neighbourhood officers to recognise economic abuse during a rent arrears visit.", [HOUSING]),
        ]),
        ("DASU North Wales", [
            ("Offer a second contact to every victim who declines support at first.", [DAS]),
        ]),
        ("Adferiad (formerly CAIS)", [
            ("Make the domestic abuse screening question a required field at assessment.", [DRUGS]),
        ]),
        ("The Probation Service in Wales", [
            ("Check the address proposed for a person on licence with the police before it is approved.",
             [PROB]),
        ]),
        ("North Wales Safer Communities Board", [
            ("The Board, working with the Flintshire Community Safety Partnership, should publish a learning "
             "brief on this review in Welsh and English.", [CSP]),
        ]),
    ])  # fmt: skip
    return w, d


LATER: dict[str, Callable[[], tuple[WordDoc, Doc]]] = {
    "al-07-cheshire-east": cheshire_east,
    "al-08-blaenau-gwent": blaenau_gwent,
    "al-09-east-riding": east_riding,
    "al-10-north-lincolnshire": north_lincolnshire,
    "al-11-west-berkshire": west_berkshire,
    "al-12-flintshire": flintshire,
}
