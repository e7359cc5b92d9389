"""Set N's last six documents (North Somerset, Chelmsford, Lancaster, Hastings, Rugby, Broxbourne); the set, its
shapes and the guide's open judgements are described in ``README.md``."""

from __future__ import annotations

from collections.abc import Callable

from annotations.wordproc.worddoc import WordDoc
from tests.extraction.agencies_blind_common import (
    ALL,
    ASC,
    CSC,
    CSP,
    DAS,
    DRUGS,
    GP,
    HO,
    HOSP,
    HOUSING,
    ICB,
    LA,
    LHT,
    MH,
    P,
    headed,
    keep_rows_whole,
    lead_table,
    lettered_lead_ins,
    start,
    summary,
)
from tests.extraction.agencies_blind_n.labels import (
    DHSC,
    MHCLG,
    MOJ,
    UNI,
    Rows,
    bold_bullets,
    lead_lines,
)
from tests.extraction.plans.build import Doc, _numbered_body


def north_somerset() -> tuple[WordDoc, Doc]:
    w, d = start("North Somerset Community Safety Partnership", "Claire", heading=False)
    w.para("North Somerset Community Safety Partnership (the Partnership) accepted the recommendations below. "
           "The agency that leads on each is given beneath it.")  # fmt: skip
    w.heading("Recommendations", 1)
    items: Rows = [
        ("Avon and Somerset Police", "Avon and Somerset Police should review how a call from a neighbour or "
         "relative about a domestic incident is graded.", [P]),
        ("University Hospitals Bristol and Weston NHS Foundation Trust (formerly Weston Area Health NHS Trust)",
         "A patient who attends Weston General Hospital's emergency department with an injury should be asked "
         "whether anyone at home caused it.", [HOSP]),
        ("Sirona care & health", "Sirona care & health, which provides community health services in North "
         "Somerset, to make sure that community nurses see a housebound patient alone.", [LHT]),
        ("Avon and Wiltshire Mental Health Partnership NHS Trust (AWP)", "Patients of the North Somerset "
         "recovery team who care for a partner should be asked whether they feel safe at home.", [MH]),
        ("BNSSG ICB (formerly NHS North Somerset CCG)", "Ensure that GP practices in North Somerset record the "
         "outcome of each routine enquiry about domestic abuse.", [ICB, GP]),
        ("North Somerset Council, Children's Services", "A strategy discussion should be held whenever a child "
         "is present at a domestic incident in which someone is injured.", [CSC]),
        ("North Somerset Council, Adult Social Care", "The criteria for a carer's assessment should be reviewed "
         "so that an older victim who cares for her abuser is offered one.", [ASC]),
        ("North Somerset Council", "Housing Solutions to ask every applicant leaving a joint tenancy whether "
         "abuse is the reason.", [HOUSING]),
        ("Alliance Homes", "Alliance Homes should train its tenancy officers to recognise economic abuse.",
         [HOUSING]),
        ("Next Link", "Victims referred by the police should be offered a choice of where and when to meet.",
         [DAS]),
        ("We Are With You", "Clients should be screened for domestic abuse at each review of their recovery "
         "plan.", [DRUGS]),
        ("North Somerset Community Safety Partnership", "The Partnership to write to the Department of Health "
         "and Social Care asking that the guidance on carers' assessments say more about domestic abuse.",
         [CSP]),
    ]  # fmt: skip
    lead_lines(w, d, items)
    return w, d


def chelmsford() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Chelmsford Partnership", "Denise", heading=False, font="Calibri")
    w.para("The Safer Chelmsford Partnership (the Partnership) commissioned this review. Essex Partnership "
           "University NHS Foundation Trust (EPUT) and CHP (formerly Chelmsford Housing Partnership) were "
           "members of the panel.")  # fmt: skip
    w.heading("Recommendations", 1)
    lettered_lead_ins(w, d, [
        ("It is recommended that Essex Police:", [
            ("reviews how the Chelmsford Local Policing Team follows up a victim who cannot be contacted after "
             "a domestic incident;", [P]),
            ("considers a Domestic Violence Protection Notice whenever a suspect is released without charge.",
             [P]),
        ]),
        ("It is recommended that Mid and South Essex NHS Foundation Trust (formerly Mid Essex Hospital Services "
         "NHS Trust):", [
            ("ensures that the emergency department at Broomfield Hospital asks about abuse when a patient "
             "returns with a second injury within a month.", [HOSP]),
        ]),
        ("It is recommended that EPUT:", [
            ("ensures that the Chelmsford community mental health team records who the patient lives with at "
             "every review.", [MH]),
        ]),
        ("It is recommended that Provide, the community health provider for mid Essex:", [
            ("makes sure that district nurses see a housebound patient alone at least once a month.", [LHT]),
        ]),
        ("It is recommended that NHS Mid and South Essex Integrated Care Board, which replaced NHS Mid Essex "
         "CCG:", [
            ("ensures that GP practices in Chelmsford take part in the IRIS programme;", [ICB, GP]),
            ("sends practices a short briefing on this review.", [ICB]),
        ]),
        ("It is recommended that Essex County Council's Children and Families service and Essex Police "
         "jointly:", [
            ("agree how a police notification about a pregnant victim reaches the duty social worker.",
             [CSC, P]),
        ]),
        ("It is recommended that Essex County Council's Adult Social Care service:", [
            ("offers a carer's assessment to every victim who cares for the person who harms them.", [ASC]),
        ]),
        ("It is recommended that Chelmsford City Council:", [
            ("publishes its offer of safe accommodation for victims of domestic abuse on its website.", [LA]),
        ]),
        ("It is recommended that CHP:", [
            ("trains its neighbourhood officers to recognise coercive control.", [HOUSING]),
        ]),
        ("It is recommended that Changing Pathways:", [
            ("offers an outreach session in South Woodham Ferrers each week.", [DAS]),
        ]),
        ("It is recommended that the Partnership:", [
            ("asks the Essex Police, Fire and Crime Commissioner to fund a stalking advocate for the city.",
             [CSP]),
        ]),
        ("It is recommended that the Ministry of Housing, Communities and Local Government:", [
            ("sets out in the Homelessness Code of Guidance how a council is to treat an applicant who has left "
             "a refuge in another district.", [MHCLG]),
        ]),
    ], letter="%1)")  # fmt: skip
    return w, d


def lancaster() -> tuple[WordDoc, Doc]:
    w, d = start("Lancaster District Community Safety Partnership", "Amira", heading=False)
    summary(d)
    w.para("In the action plan, UHMBT is University Hospitals of Morecambe Bay NHS Foundation Trust, LSCFT is "
           "Lancashire and South Cumbria NHS Foundation Trust, LCC is Lancashire County Council and LCiC is "
           "Lancaster City Council.")  # fmt: skip
    w.heading("Action plan", 1)
    rows: Rows = [
        ("Lancashire Constabulary", "Officers in the Lancaster district to record whether a victim has been "
         "offered an IDVA, and why not where she has not.", [P]),
        ("UHMBT", "The Royal Lancaster Infirmary's emergency department should ask every patient with an "
         "injury whether they feel safe at home.", [HOSP]),
        ("LSCFT", "It is recommended that the Lancaster community mental health team's risk assessments "
         "include the views of the patient's partner.", [MH]),
        ("NHS Lancashire and South Cumbria ICB", "The ICB (formerly NHS Morecambe Bay CCG) to ensure that GP "
         "practices in Lancaster and Morecambe offer a longer appointment to a patient who discloses abuse.",
         [ICB, GP]),
        ("LCC Children's Services", "The Children and Family Wellbeing Service should ask about domestic abuse "
         "in every early help assessment.", [CSC]),
        ("LCC Adult Social Care", "A Section 42 enquiry about an older person should consider the risk from "
         "any family member who provides care.", [ASC]),
        ("LCiC Housing", "Housing Options to ask every applicant leaving a joint tenancy whether abuse is the "
         "reason.", [HOUSING]),
        ("LCC / Lancashire Constabulary", "Lancashire County Council and Lancashire Constabulary should "
         "jointly review how a police notification about an unborn child is shared.", [LA, P]),
        ("Lancaster University", "The University should tell students living in its halls how to report "
         "abuse by a partner.", [UNI]),
        ("Inspire (Change Grow Live)", "Ask every client whether a partner controls their money or their "
         "medication.", [DRUGS]),
        ("Lancashire Women", "Offer every victim a follow-up call three months after her case is closed.",
         [DAS]),
        ("Lancaster District CSP", "The CSP should ask the Lancashire Police and Crime Commissioner to fund a "
         "stalking advocate for the district.", [CSP]),
    ]  # fmt: skip
    lead_table(w, d, ["Ref", "Recommendation", "Lead agency", "Target date"], rows, [1.1, 8.9, 3.8, 2.7],
               "March 2027")  # fmt: skip
    keep_rows_whole(w)
    return w, d


def hastings() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Hastings Partnership", "Susan", font="Times New Roman")
    headed(w, d, [
        ("Sussex Police", [
            ("Review how the Hastings prevention team follows up a repeat victim who does not answer the "
             "first call.", [P]),
        ]),
        ("East Sussex Healthcare NHS Trust (ESHT)", [
            ("The Conquest Hospital's emergency department to ask about abuse when a patient attends twice in a "
             "month with an injury.", [HOSP]),
            ("ESHT's community nursing teams should see a housebound patient alone at least once a month.",
             [LHT]),
        ]),
        ("Sussex Partnership NHS Foundation Trust", [
            ("Ensure that the Hastings assessment and treatment service records any report that a patient has "
             "harmed a partner.", [MH]),
        ]),
        ("NHS Sussex (formerly NHS Hastings and Rother CCG)", [
            ("Ensure that GP practices in Hastings have a named lead for domestic abuse.", [ICB, GP]),
        ]),
        ("East Sussex County Council", [
            ("Early Help to ask each parent separately about their relationship at the first visit.", [CSC]),
            ("Adult Social Care and Health should seek assurance from the home care agencies it commissions "
             "that their staff know how to report a concern about abuse.", [ASC]),
        ]),
        ("Hastings Borough Council", [
            ("Housing Options should review how it places a victim in temporary accommodation outside the "
             "town.", [HOUSING]),
        ]),
        ("Optivo (formerly Amicus Horizon)", [
            ("Ask about abuse at each tenancy visit to a household with rent arrears.", [HOUSING]),
        ]),
        ("Sussex Police and East Sussex County Council", [
            ("Sussex Police and the County Council's Children's Services should jointly agree how a "
             "notification about a child present at an incident is screened out of hours.", [P, CSC]),
        ]),
        ("National recommendations", [
            ("The Home Office should make clear in the statutory guidance how a review is to be held when the "
             "perpetrator has also died.", [HO]),
            ("The Department of Health and Social Care should include domestic abuse in the next revision of "
             "the Care and Support Statutory Guidance.", [DHSC]),
            ("The Ministry of Justice should consider how a family court is told that a parent's case is open "
             "at MARAC.", [MOJ]),
        ]),
    ])  # fmt: skip
    return w, d


def rugby() -> tuple[WordDoc, Doc]:
    w, d = start("Rugby Community Safety Partnership", "Kelly", font="Calibri")
    summary(d)
    bold_bullets(w, d, [
        ("Warwickshire Police", [
            ("Review how officers in the Rugby safer neighbourhood team are told of an address with repeated "
             "domestic incidents.", [P]),
        ]),
        ("University Hospitals Coventry and Warwickshire NHS Trust", [
            ("The Hospital of St Cross's urgent treatment centre should ask a patient with an injury whether "
             "anyone at home caused it.", [HOSP]),
        ]),
        ("Coventry and Warwickshire Partnership NHS Trust", [
            ("The Rugby community mental health team to record who the patient lives with at each review.",
             [MH]),
        ]),
        ("South Warwickshire University NHS Foundation Trust", [
            ("Health visitors to see the mother alone at least once before the child is one.", [LHT]),
        ]),
        ("NHS Coventry and Warwickshire Integrated Care Board (formerly NHS Coventry and Rugby CCG)", [
            ("Ensure that GP practices in Rugby record a disclosure of abuse with a code.", [ICB, GP]),
            ("Share this report with the Warwickshire Safeguarding Adults Board.", [ICB]),
        ]),
        ("Warwickshire County Council", [
            ("Children and Families to hold a strategy discussion when a baby is present at a domestic "
             "incident.", [CSC]),
            ("Adult Social Care should offer a carer's assessment to an older victim who cares for her "
             "abuser.", [ASC]),
        ]),
        ("Rugby Borough Council", [
            ("The Council's Housing Advice team to ask every homeless applicant whether they are escaping "
             "abuse.", [HOUSING]),
        ]),
        ("Refuge (Warwickshire domestic abuse service)", [
            ("Make sure that an outreach worker is available in Rugby on at least two days a week.", [DAS]),
        ]),
        ("Change Grow Live (Warwickshire drug and alcohol service)", [
            ("Where both partners are clients, ask each about abuse in a separate appointment.", [DRUGS]),
        ]),
        ("Rugby Community Safety Partnership", [
            ("Ask the Warwickshire Police and Crime Commissioner to fund a perpetrator programme for the "
             "borough.", [CSP]),
        ]),
    ])  # fmt: skip
    return w, d


def broxbourne() -> tuple[WordDoc, Doc]:
    w, d = start("Broxbourne Community Safety Partnership", "Joan")
    _numbered_body(w, d, [
        ("Hertfordshire Constabulary should make sure that officers in the Broxbourne Safer Neighbourhood Team "
         "check for earlier reports of stalking when a victim reports criminal damage.", [P]),
        ("The Princess Alexandra Hospital NHS Trust (PAH), whose emergency department most Broxbourne residents "
         "use, should ask about abuse when a patient attends with an injury and gives no clear account of it.",
         [HOSP]),
        ("PAH's maternity service to ask about domestic abuse at booking and after the birth, with the woman "
         "alone.", [HOSP]),
        ("Hertfordshire Partnership University NHS Foundation Trust (HPFT) should, in consultation with "
         "Hertfordshire County Council's Adult Care Services, agree who leads when a patient is the subject of "
         "a safeguarding enquiry.", [MH]),
        ("Hertfordshire Community NHS Trust (HCT) should make sure that school nurses ask about abuse at home "
         "when a pupil is referred for self-harm.", [LHT]),
        ("NHS Hertfordshire and West Essex Integrated Care Board (HWE ICB), formerly NHS East and North "
         "Hertfordshire CCG, to ensure that GP practices in Broxbourne code a disclosure of domestic abuse.",
         [ICB, GP]),
        ("All GP practices in Broxbourne should display information about local domestic abuse services in "
         "their waiting rooms.", [GP]),
        ("Families First, the County Council's early help service, should ask about domestic abuse at every "
         "assessment.", [CSC]),
        ("Adult Care Services to offer a carer's assessment to an older victim who cares for her abuser.", [ASC]),
        ("Broxbourne Borough Council's housing team should ask every homeless applicant whether they are "
         "leaving an abusive relationship.", [HOUSING]),
        ("B3Living should train its tenancy officers to recognise economic abuse.", [HOUSING]),
        ("Survivors Against Domestic Abuse (SADA) should offer an outreach session in Cheshunt each week.",
         [DAS]),
        ("The Broxbourne Community Safety Partnership should send this report to the Hertfordshire Domestic "
         "Abuse Partnership and to the Hertfordshire Safeguarding Adults Board.", [CSP]),
        ("All agencies should make sure that staff working in Broxbourne know the number of the Hertfordshire "
         "domestic abuse helpline.", [ALL]),
    ])  # fmt: skip
    return w, d


LATER: dict[str, Callable[[], tuple[WordDoc, Doc]]] = {
    "an-07-north-somerset": north_somerset,
    "an-08-chelmsford": chelmsford,
    "an-09-lancaster": lancaster,
    "an-10-hastings": hastings,
    "an-11-rugby": rugby,
    "an-12-broxbourne": broxbourne,
}
