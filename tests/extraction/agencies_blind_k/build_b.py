"""Set K's last six documents (Shropshire, Wrexham, Newport, Bridgend, Coventry, Tower Hamlets); the set, its
labelling rules and the guide's open judgements are described in ``build.py``'s docstring."""

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
    GP,
    HOSP,
    HOUSING,
    ICB,
    LA,
    LHT,
    MH,
    OTHER,
    PCC,
    PROB,
    SCHOOL,
    P,
    glossary,
    headed,
    keep,
    start,
)
from tests.extraction.agencies_blind_k.labels import CPS, HMCTS, Rows, lettered
from tests.extraction.plans.build import Doc, _numbered_body


def shropshire() -> tuple[WordDoc, Doc]:
    w, d = start("Shropshire Community Safety Partnership", "Adult YY")
    w.heading("Overview report recommendations", 2)
    for rec in _numbered_body(w, d, [
        ("West Mercia Police and the Probation Service (West Midlands region) should agree how a perpetrator's "
         "change of address is shared between them within one working day.", [P, PROB]),
        ("HMPPS should review its guidance on the checks made before home detention curfew when the proposed "
         "address is that of a former partner.", [PROB]),
        ("The Office of the West Mercia Police and Crime Commissioner to fund a domestic abuse champion in each "
         "of the county's market towns.", [PCC]),
    ]):  # fmt: skip
        rec.heading = "Overview report recommendations"
    w.heading("Single agency recommendations", 2)
    headed(w, d, [
        ("Shropshire Community Health NHS Trust", [
            ("The Trust should ensure that its community nursing teams complete routine enquiry at the first "
             "home visit.", [LHT]),
        ]),
        ("The Shrewsbury and Telford Hospital NHS Trust", [
            ("The Trust to ensure that staff at the Royal Shrewsbury Hospital record who accompanies a patient "
             "with an injury.", [HOSP]),
        ]),
        ("Midlands Partnership University NHS Foundation Trust", [
            ("The Trust should make sure that its Shropshire crisis team asks about domestic abuse at every "
             "assessment.", [MH]),
        ]),
        ("NHS Shropshire, Telford and Wrekin", [
            ("The ICB should ensure that GP practices offer a double appointment to a patient who discloses "
             "abuse.", [ICB, GP]),
        ]),
        ("Shropshire Council", [
            ("Early Help should make sure that every family support plan includes the safety of the non-abusing "
             "parent.", [CSC]),
        ]),
        ("Shropshire Towns and Rural Housing", [
            ("STaR Housing should include a question about abuse in its annual tenancy check.", [HOUSING]),
        ]),
        ("West Mercia Women's Aid", [
            ("The service to review its waiting list for community outreach in the south of the county.",
             [DAS]),
        ]),
        ("The Probation Service", [
            ("Probation practitioners to request police call-out information before every sentence plan "
             "review.", [PROB]),
        ]),
    ], level=3)  # fmt: skip
    return w, d


def wrexham() -> tuple[WordDoc, Doc]:
    w, d = start("Wrexham Community Safety Partnership", "Adult ZZ")
    items: Rows = [
        ("North Wales Police", "Neighbourhood Policing Team officers in Wrexham to visit a victim within a week "
         "of a non-crime domestic incident.", [P]),
        ("Betsi Cadwaladr University Health Board", "Ensure that the emergency department at Wrexham Maelor "
         "Hospital asks every patient with an injury whether they feel safe at home.", [LHT]),
        ("Wrexham County Borough Council - Children's Services", "Ensure that each referral about domestic abuse "
         "is seen by a qualified social worker within one working day.", [CSC]),
        ("Wrexham County Borough Council - Housing", "Housing officers to be trained to recognise the signs of "
         "abuse during a tenancy visit.", [HOUSING]),
        ("HMP Berwyn", "Tell the Probation Service of every attempt a prisoner makes to contact a victim covered "
         "by a restraining order.", [OTHER]),
        ("HMPPS Wales", "The Probation Service in Wales should check a licence condition preventing contact with "
         "the victim before a prisoner is released.", [PROB]),
        ("North Wales Regional VAWDASV Board", "Commission a perpetrator programme that is available in Welsh.",
         [DAPB]),
        ("Welsh Government", "Consider including the learning from this review in the National Training "
         "Framework on violence against women, domestic abuse and sexual violence.", [OTHER]),
        ("All agencies", "Make sure that staff can give a victim the Live Fear Free helpline number.", [ALL]),
        ("Wrexham Community Safety Partnership", "Publish a summary of this review in Welsh and English.",
         [CSP]),
    ]  # fmt: skip
    for n, (agency, text, agencies) in enumerate(items, start=1):
        heading = f"Recommendation {n}: {agency}"
        w.heading(heading, 2)
        w.para(text)
        d.rec(str(n), text, agencies).heading = heading
    keep(d.recs, {4: "HMP Berwyn", 7: "Welsh Government"})
    return w, d


def newport() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Newport", "Adult AB", heading=False)
    w.para("Aneurin Bevan University Health Board (ABUHB) provides hospital, community and mental health services "
           "in Newport. The other agencies on the panel were Gwent Police, Newport City Council, Newport City "
           "Homes, Cyfannol Women's Aid and the Gwent Drug and Alcohol Service (GDAS).")  # fmt: skip
    w.heading("Recommendations", 1)
    lettered(w, d, [
        ("Gwent Police, supported by Cyfannol Women's Aid, should:", [
            ("review how officers offer a referral to an IDVA after a standard risk incident;", [P]),
            ("make sure that body-worn video is switched on at every domestic incident.", [P]),
        ]),
        ("The Panel recommends that Aneurin Bevan UHB and Newport City Council should each:", [
            ("audit how their staff record the outcome of a DASH risk assessment;", [LHT, LA]),
            ("remind staff of the duty to report an adult at risk under the Social Services and Well-being "
             "(Wales) Act 2014.", [LHT, LA]),
        ]),
        ("The Health Board should:", [
            ("ensure that health visitors ask about abuse at every contact at which the mother is seen alone;",
             [LHT]),
            ("make sure that the emergency department at the Grange University Hospital can refer a patient "
             "directly to an IDVA.", [LHT]),
        ]),
        ("Newport City Council's Children's Services, supported by the Health Board, should:", [
            ("hold a strategy meeting whenever an unborn baby's father has a history of violence to a partner;",
             [CSC]),
        ]),
    ])  # fmt: skip
    w.heading("Further recommendations", 2)
    for rec in _numbered_body(w, d, [
        ("Newport City Homes to train its housing officers to recognise economic abuse.", [HOUSING]),
        ("GDAS should ask every client about their partner's drug and alcohol use at assessment.", [DRUGS]),
        ("The Gwent VAWDASV Board to review the provision of refuge places for women with complex needs.",
         [DAPB]),
        ("Safer Newport should, supported by the Gwent Safeguarding Board, publish a learning brief on this "
         "review.", [CSP]),
    ]):  # fmt: skip
        rec.heading = "Further recommendations"
    return w, d


def bridgend() -> tuple[WordDoc, Doc]:
    w, d = start("Bridgend Community Safety Partnership", "Adult AC", font="Calibri", heading=False)
    w.para("In the table, SWP is South Wales Police, CTMUHB is Cwm Taf Morgannwg University Health Board and BCBC is "
           "Bridgend County Borough Council.")  # fmt: skip
    w.heading("Recommendations", 1)
    rows: Rows = [
        ("SWP (lead); Assia (support)", "Ensure that a victim who declines an IDVA is offered one again within a "
         "week.", [P]),
        ("CTMUHB", "Offer routine enquiry to every woman attending the early pregnancy unit at the Princess of "
         "Wales Hospital.", [LHT]),
        ("BCBC Adult Social Care (lead); CTMUHB (support)", "Review how a carer's assessment considers whether "
         "the carer is at risk from the person cared for.", [ASC]),
        ("BCBC Early Help", "Offer a family support worker to every family after a second domestic abuse "
         "notification.", [CSC]),
        ("BCBC Housing Solutions", "Record the reason each time a victim leaves temporary accommodation.",
         [HOUSING]),
        ("Valleys to Coast (lead); Assia (support)", "Train neighbourhood coordinators to recognise economic "
         "abuse.", [HOUSING]),
        ("Assia Domestic Abuse Services", "Review how IDVA caseloads are allocated when a victim moves into the "
         "county.", [DAS]),
        ("Bridgend College", "Include healthy relationships in the tutorial programme for all students aged 16 "
         "to 18.", [SCHOOL]),
        ("Each secondary school in Bridgend", "Designated safeguarding leads to be told when a pupil's family is "
         "discussed at MARAC.", [SCHOOL]),
        ("HMPPS Wales", "Check the address proposed for a person on licence with the police before it is "
         "approved.", [PROB]),
        ("Bridgend CSP (lead); all partners (support)", "Monitor this action plan at each meeting of the "
         "partnership.", [CSP]),
    ]  # fmt: skip
    table: list[list[str | None]] = [["No", "Recommendation", "Responsible"]]
    for n, (lead, text, agencies) in enumerate(rows, start=1):
        d.rec(str(n), text, agencies).heading = lead
        table.append([str(n), text, lead])
    w.table(table, [1.2, 10.3, 5.0], font_size=10)
    return w, d


def coventry() -> tuple[WordDoc, Doc]:
    w, d = start("Coventry Police and Crime Board", "Adult AD")
    _numbered_body(w, d, [
        ("West Midlands Police's Coventry Neighbourhood Policing Team should visit a victim within a week of any "
         "incident at which no crime was recorded.", [P]),
        ("Coventry and Warwickshire Partnership NHS Trust (CWPT) should ensure that its community mental health "
         "teams record the details of a patient's partner in the care plan.", [MH]),
        ("CWPT's health visiting service to ask about domestic abuse at the new birth visit when the mother is "
         "seen alone.", [LHT]),
        ("NHS Coventry and Warwickshire Integrated Care Board to ensure that Hillfields Park Surgery and Radford "
         "Lane Medical Centre review how they follow up a patient who misses a referral appointment.",
         [ICB, GP]),
        ("Radford Lane Medical Centre should add an alert to the record of every patient discussed at MARAC.",
         [GP]),
        ("Coventry Haven Women's Aid should offer a second contact to a victim who declines support at first.",
         [DAS]),
        ("Change Grow Live Coventry to ask each client about abuse in their relationships at every review.",
         [DRUGS]),
        ("Citizen, the city's largest housing association, should train its neighbourhood officers to "
         "recognise coercive control.", [HOUSING]),
        ("Coventry College should make sure that its safeguarding team knows how to refer a student to an "
         "IDVA.", [SCHOOL]),
        ("The secondary school the children attended should review how it recorded the children's absence "
         "after each incident at home.", [SCHOOL]),
        ("The Coventry Police and Crime Board should receive a report on these recommendations every six "
         "months.", [CSP]),
    ])  # fmt: skip
    return w, d


def tower_hamlets() -> tuple[WordDoc, Doc]:
    w, d = start("Tower Hamlets Community Safety Partnership", "Adult AE")
    rows: Rows = [
        ("MPS CE BCU", "It is recommended that a domestic abuse refresher is delivered by the BCU's Safeguarding "
         "team to every response officer.", [P]),
        ("BH", "Staff in the emergency department at the Royal London Hospital to ask about abuse when a patient "
         "returns within a month with a new injury.", [HOSP]),
        ("NEL ICB / GPCG", "GP practices to record the outcome of a MARAC in the patient's record within a "
         "week.", [ICB, GP]),
        ("LBTH CSC", "Make sure that the father of an unborn child is assessed when he has a history of "
         "domestic abuse.", [CSC]),
        ("LBTH ASC", "It is recommended that carers' assessments are revised to include the carer's own "
         "safety.", [ASC]),
        ("Poplar HARCA", "Train estate officers to report signs of abuse.", [HOUSING]),
        ("RESET", "Ask every client about their partner's drug use at assessment.", [DRUGS]),
        ("MOPAC", "Fund a specialist IDVA for older victims in the borough.", [PCC]),
        ("CPS", "It is recommended that each charging decision in a case of non-fatal strangulation is reviewed "
         "by a senior prosecutor in CPS London North.", [CPS]),
        ("HMCTS", "Ensure that Thames Magistrates' Court lists domestic abuse cases on a specialist court day.",
         [HMCTS]),
        ("THCSP", "Report progress on this plan to the Violence Against Women and Girls Strategic Board each "
         "quarter.", [CSP]),
    ]  # fmt: skip
    table: list[list[str | None]] = [["No", "Agency", "Recommendation"]]
    for n, (agency, text, agencies) in enumerate(rows, start=1):
        d.rec(str(n), text, agencies).heading = agency
        table.append([str(n), agency, text])
    w.table(table, [1.2, 3.3, 12.0], font_size=10)
    glossary(w, "Glossary", [
        ("BCU", "Basic Command Unit"),
        ("BH", "Barts Health NHS Trust"),
        ("CPS", "Crown Prosecution Service"),
        ("GPCG", "Tower Hamlets GP Care Group"),
        ("HMCTS", "HM Courts and Tribunals Service"),
        ("LBTH ASC", "London Borough of Tower Hamlets, Adult Social Care"),
        ("LBTH CSC", "London Borough of Tower Hamlets, Children's Social Care"),
        ("MOPAC", "Mayor's Office for Policing and Crime"),
        ("MPS CE BCU", "Metropolitan Police Service, Central East Basic Command Unit"),
        ("NEL ICB", "NHS North East London Integrated Care Board"),
        ("RESET", "the borough's drug and alcohol treatment service"),
        ("THCSP", "Tower Hamlets Community Safety Partnership"),
    ])  # fmt: skip
    return w, d


LATER: dict[str, Callable[[], tuple[WordDoc, Doc]]] = {
    "ak-07-shropshire": shropshire,
    "ak-08-wrexham": wrexham,
    "ak-09-newport": newport,
    "ak-10-bridgend": bridgend,
    "ak-11-coventry": coventry,
    "ak-12-tower-hamlets": tower_hamlets,
}
