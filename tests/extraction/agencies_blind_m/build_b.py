"""Set M's last six documents (Windsor and Maidenhead, Central Bedfordshire, Tendring, Mansfield, Ceredigion,
Monmouthshire); the set, its shapes and the guide's open judgements are described in ``README.md``."""

from __future__ import annotations

from collections.abc import Callable

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
    HO,
    HOSP,
    HOUSING,
    ICB,
    LA,
    LHT,
    MH,
    OTHER,
    PROB,
    SCHOOL,
    P,
    headed,
    keep,
    lead_table,
    lettered_lead_ins,
    start,
    summary,
)
from tests.extraction.agencies_blind_m.labels import UNI, Rows, agency_table, typed
from tests.extraction.plans.build import Doc


def windsor_maidenhead() -> tuple[WordDoc, Doc]:
    w, d = start("Royal Borough of Windsor and Maidenhead Community Safety Partnership", "Adult CG",
                 heading=False)  # fmt: skip
    w.para("Thames Valley Police (TVP), Frimley Health NHS Foundation Trust (FHFT), Berkshire Healthcare NHS "
           "Foundation Trust (BHFT), NHS Frimley Integrated Care Board, Achieving for Children (AfC), Optalis, "
           "the Royal Borough of Windsor and Maidenhead (RBWM), Radian, the Dash Charity and South Central "
           "Ambulance Service (SCAS) contributed to this review.")  # fmt: skip
    w.heading("Action plan", 1)
    lead_table(w, d, ["No", "Recommendation", "Lead", "Target date"], [
        ("TVP", "Thames Valley Police should make sure that officers in the Windsor and Maidenhead local "
         "policing area record whether a child saw or heard the incident.", [P]),
        ("FHFT", "Wexham Park Hospital's emergency department to refer a patient who discloses abuse to the "
         "hospital IDVA before the patient leaves the department.", [HOSP]),
        ("BHFT", "The Trust's community mental health team for east Berkshire should ask every patient "
         "referred after self-harm whether they feel safe at home.", [MH]),
        ("Frimley ICB", "The ICB, which replaced NHS East Berkshire CCG, should make sure that GP practices in "
         "the Royal Borough code a disclosure of domestic abuse on the patient's record.", [ICB, GP]),
        ("AfC", "Achieving for Children, which provides the Royal Borough's children's services, should hold a "
         "strategy discussion whenever a child is present at an incident involving a weapon.", [CSC]),
        ("Optalis", "Ask a carer about their own safety at every carer's assessment and review.", [ASC]),
        ("RBWM Housing", "It is recommended that out-of-borough temporary accommodation placements are "
         "reviewed within a week when the applicant is a victim of domestic abuse.", [HOUSING]),
        ("Radian", "Radian should train its neighbourhood officers to recognise coercive control during a "
         "tenancy visit.", [HOUSING]),
        ("Dash Charity", "Offer every victim whose case is closed at MARAC a follow-up contact within a "
         "month.", [DAS]),
        ("SCAS", "South Central Ambulance Service NHS Foundation Trust should make sure that crews record who "
         "called the ambulance and who was present.", [AMB]),
        ("RBWM / TVP", "The Royal Borough and Thames Valley Police should jointly run a campaign on economic "
         "abuse in Windsor and Maidenhead.", [LA, P]),
        ("RBWM CSP", "The Community Safety Partnership should ask the Home Office to publish the findings of "
         "reviews that concern older victims together.", [CSP]),
    ], [1.2, 9.5, 3.8, 2.0], "September 2025")  # fmt: skip
    return w, d


def central_bedfordshire() -> tuple[WordDoc, Doc]:
    w, d = start("Central Bedfordshire Community Safety Partnership", "Adult CH", font="Times New Roman")
    typed(w, d, [
        ("Bedfordshire Police should ensure that a DASH risk assessment is completed at every domestic "
         "incident, including those in which the victim says nothing has happened.", [P]),
        ("Luton and Dunstable University Hospital NHS Foundation Trust should ensure that the emergency "
         "department records who accompanies a patient with an injury.", [HOSP]),
        ("SEPT should ensure that its Central Bedfordshire community mental health team asks about domestic "
         "abuse at every review of a care plan.", [MH]),
        ("SEPT Community Health Services should make sure that health visitors see the mother alone at least "
         "once before the child is one.", [LHT]),
        ("NHS Bedfordshire, and the clinical commissioning group that will succeed it in April 2013, should "
         "ensure that GP practices in Central Bedfordshire have a lead for domestic abuse.", [ICB, GP]),
        ("Central Bedfordshire Council's Children's Services should hold a strategy discussion when a child is "
         "present at a domestic incident in which someone is injured.", [CSC]),
        ("Central Bedfordshire Council's Adult Social Care should consider the risk from a partner in every "
         "carer's assessment.", [ASC]),
        ("The Council's Housing Service, which took over the housing duties of the former Mid Bedfordshire and "
         "South Bedfordshire District Councils, should ask every applicant for a transfer whether they are "
         "moving to escape abuse.", [HOUSING]),
        ("Bedfordshire Probation Trust should check the police call-out history of any address proposed for an "
         "offender on licence.", [PROB]),
        ("CRI, the provider of the adult drug and alcohol service, should ask every client about abuse in their "
         "relationships at assessment.", [DRUGS]),
        ("The Central Bedfordshire Community Safety Partnership should send this report to the Home Office and "
         "to the Bedfordshire Local Safeguarding Adults Board.", [CSP]),
    ])  # fmt: skip
    w.para("SEPT: South Essex Partnership University NHS Foundation Trust, which provided mental health and "
           "community health services in Bedfordshire. CRI: Crime Reduction Initiatives.")  # fmt: skip
    return w, d


def tendring() -> tuple[WordDoc, Doc]:
    w, d = start("Tendring Community Safety Partnership", "Adult CI", font="Calibri")
    headed(w, d, [
        ("Identifying risk", [
            ("Essex Police should make sure that a DASH risk assessment completed by telephone is reviewed by "
             "the Tendring Local Policing Team within 24 hours.", [P]),
            ("East Suffolk and North Essex NHS Foundation Trust (ESNEFT), formerly Colchester Hospital "
             "University NHS Foundation Trust, to ask about domestic abuse at every attendance at Colchester "
             "Hospital's emergency department, with the patient alone.", [HOSP]),
            ("Anglian Community Enterprise, which provides community nursing in Tendring, should make sure that "
             "its nurses see a housebound patient without their carer at least once a month.", [LHT]),
        ]),
        ("Children and families", [
            ("Essex County Council's Children and Families service should, in consultation with Essex Police, "
             "agree how quickly a domestic incident involving a baby is screened.", [CSC]),
        ]),
        ("Housing", [
            ("Tendring District Council's Housing Options team to ask every homeless applicant whether they "
             "are leaving an abusive relationship.", [HOUSING]),
            ("Tendring District Council, working with Essex County Council's Adult Social Care, should review "
             "how it places vulnerable adults in private rented housing on the coast.", [LA]),
        ]),
        ("Health commissioning", [
            ("NHS Suffolk and North East Essex Integrated Care Board (SNEE ICB), which took on the duties of "
             "NHS North East Essex CCG in 2022, to ensure that GP practices in Clacton and Harwich take part in "
             "the IRIS programme.", [ICB, GP]),
            ("The Kingsway Medical Practice, where Adult CI was registered, should review how a patient's "
             "request for a telephone consultation is handled when a partner makes it on their behalf.", [GP]),
        ]),
        ("Specialist services", [
            ("Next Chapter should offer outreach sessions in Clacton-on-Sea and Harwich.", [DAS]),
            ("Open Road to screen every client for domestic abuse at each review of their recovery plan.",
             [DRUGS]),
        ]),
        ("Welfare benefits", [
            ("Jobcentre Plus in Clacton-on-Sea should make sure that work coaches know the local domestic abuse "
             "services.", [DWP]),
        ]),
        ("Governance", [
            ("The Southend, Essex and Thurrock Domestic Abuse Board (SETDAB) should review whether the county's "
             "IDVA capacity matches the number of high-risk referrals from the coast.", [DAPB]),
            ("The Tendring Community Safety Partnership should ask the Essex Police, Fire and Crime "
             "Commissioner to fund a perpetrator programme for the district.", [CSP]),
        ]),
    ])  # fmt: skip
    return w, d


def mansfield() -> tuple[WordDoc, Doc]:
    w, d = start("Mansfield Community Safety Partnership", "Adult CJ")
    headed(w, d, [
        ("Nottinghamshire Police", [
            ("Work with the Crown Prosecution Service to review why a charge of controlling or coercive "
             "behaviour was not considered.", [P]),
        ]),
        ("Sherwood Forest Hospitals NHS Foundation Trust", [
            ("The Trust should ensure that the emergency department at King's Mill Hospital asks about abuse "
             "when a patient attends twice in a month with an injury.", [HOSP]),
        ]),
        ("Nottinghamshire Healthcare", [
            ("The Mansfield and Ashfield community mental health team to record who a patient lives with at "
             "every review.", [MH]),
            ("The Trust's Healthy Family Teams to ask about domestic abuse at every contact at which the "
             "mother is seen alone.", [LHT]),
        ]),
        ("NHS Nottingham and Nottinghamshire Integrated Care Board (formerly NHS Mansfield and Ashfield CCG)", [
            ("Ensure that GP practices in Mansfield follow up a patient discussed at MARAC who misses two "
             "appointments.", [ICB, GP]),
        ]),
        ("Nottinghamshire County Council", [
            ("Children's Social Care to hold a strategy discussion whenever a child is present at an incident "
             "in which a weapon is used.", [CSC]),
            ("The Family Service (Early Help) should ask both parents about their relationship at the first "
             "visit.", [CSC]),
            ("Adult Social Care should seek assurance from the home care agencies it commissions that their "
             "staff know how to report a concern about abuse.", [ASC]),
        ]),
        ("Mansfield District Council", [
            ("Housing Options to ask every applicant who is leaving a joint tenancy whether they are escaping "
             "abuse.", [HOUSING]),
        ]),
        ("Nottinghamshire Women's Aid", [
            ("Offer every victim referred by the police a choice of where to meet.", [DAS]),
        ]),
        ("Home Office", [
            ("Update the statutory guidance so that it says how a review is to involve the family of a "
             "perpetrator who has died.", [HO]),
        ]),
        ("All agencies", [
            ("Make sure that staff can give a victim the number of the Nottinghamshire domestic abuse "
             "helpline.", [ALL]),
        ]),
    ])  # fmt: skip
    return w, d


def ceredigion() -> tuple[WordDoc, Doc]:
    w, d = start("Ceredigion Community Safety Partnership", "Adult CK", font="Calibri")
    summary(d)
    rows: Rows = [
        ("Heddlu Dyfed-Powys Police", "Officers to ask a victim, in Welsh where that is her first language, "
         "whether she would like a referral to an IDVA.", [P]),
        ("Bwrdd Iechyd Prifysgol Hywel Dda University Health Board", "Bronglais General Hospital's emergency "
         "department to ask every patient with an injury whether they feel safe at home.", [LHT]),
        ("Hywel Dda University Health Board", "The Aberystwyth community mental health team to record who a "
         "patient lives with and whether that person has been violent.", [LHT]),
        ("Cyngor Sir Ceredigion County Council", "Porth Cymorth Cynnar, the Council's early help service, "
         "should ask both parents about their relationship at the first visit.", [CSC]),
        ("Ceredigion County Council", "Porth Gofal, the Council's front door for adult social care, to offer a "
         "carer's assessment to an older victim who cares for her abuser.", [ASC]),
        ("Barcud", "Barcud, formed in 2022 from Tai Ceredigion and Tai Cantref, to train its housing officers "
         "to recognise economic abuse.", [HOUSING]),
        ("West Wales Domestic Abuse Service", "Offer outreach sessions in Lampeter and Cardigan as well as in "
         "Aberystwyth.", [DAS]),
        ("Dyfed Drug and Alcohol Service (DDAS)", "Ask every client about their partner's drinking and whether "
         "they feel safe at home.", [DRUGS]),
        ("Aberystwyth University", "The University's student support service should tell students how to "
         "report abuse by a partner.", [UNI]),
        ("Mid and West Wales VAWDASV Regional Board", "Review whether refuge places in the region meet the "
         "needs of women from rural areas.", [DAPB]),
        ("Department for Work and Pensions", "Jobcentre Plus work coaches in Aberystwyth to be trained to "
         "recognise economic abuse when a claimant's partner manages the claim.", [DWP]),
        ("Ceredigion Community Safety Partnership", "The Partnership should ask the Welsh Government to "
         "include rural isolation in the next national VAWDASV strategy.", [CSP]),
    ]  # fmt: skip
    agency_table(w, d, rows, "Agency / Asiantaeth")
    return w, d


def monmouthshire() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Monmouthshire", "Adult CL", heading=False)
    w.para("Safer Monmouthshire is the county's community safety partnership.")
    w.heading("Recommendations", 1)
    lettered_lead_ins(w, d, [
        ("The Panel recommends that Gwent Police:", [
            ("reviews how officers record a victim's reasons for declining an IDVA referral.", [P]),
        ]),
        ("The Panel recommends that Aneurin Bevan University Health Board:", [
            ("ensures that staff at the minor injuries unit at Nevill Hall Hospital ask every patient with an "
             "injury whether they feel safe at home.", [LHT]),
        ]),
        ("The Panel recommends that Monmouthshire County Council's Children's Services and Gwent Police "
         "jointly:", [
            ("agree how a police notification about a pregnant victim reaches the social worker on duty.",
             [CSC, P]),
        ]),
        ("The Panel recommends that Monmouthshire County Council:", [
            ("ensures that a victim who leaves the county to escape abuse keeps her place on the housing "
             "register;", [LA]),
            ("publishes its offer of safe accommodation for victims of domestic abuse in Welsh and English.",
             [LA]),
        ]),
        ("The Panel recommends that Monmouthshire Housing Association:", [
            ("trains its housing officers to recognise the signs of abuse during a tenancy visit.", [HOUSING]),
        ]),
        ("The Panel recommends that Llamau:", [
            ("records a refuge resident's reasons for leaving early and shares them, with consent, with the "
             "IDVA service.", [DAS]),
        ]),
        ("The Panel recommends that Kaleidoscope, as provider of the Gwent Drug and Alcohol Service in "
         "Monmouthshire:", [
            ("asks every client about abuse in their relationships at each review.", [DRUGS]),
        ]),
        ("The Panel recommends that Coleg Gwent and the county's secondary schools:", [
            ("include coercive control in their teaching on healthy relationships.", [SCHOOL]),
        ]),
        ("The Panel recommends that the Welsh Ambulance Services University NHS Trust (formerly the Welsh "
         "Ambulance Services NHS Trust):", [
            ("reminds crews to record who else is present at a call to an older patient.", [AMB]),
        ]),
        ("The Panel recommends that the Welsh Government:", [
            ("considers including the learning from this review in the National Training Framework.", [OTHER]),
        ]),
        ("The Panel recommends that Safer Monmouthshire:", [
            ("shares this report with the Gwent Safeguarding Board and the Gwent VAWDASV Board.", [CSP]),
        ]),
    ])  # fmt: skip
    keep(d.recs, {10: "the Welsh Government"})
    return w, d


LATER: dict[str, Callable[[], tuple[WordDoc, Doc]]] = {
    "am-07-windsor-maidenhead": windsor_maidenhead,
    "am-08-central-bedfordshire": central_bedfordshire,
    "am-09-tendring": tendring,
    "am-10-mansfield": mansfield,
    "am-11-ceredigion": ceredigion,
    "am-12-monmouthshire": monmouthshire,
}
