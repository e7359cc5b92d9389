"""A sixth blind set for who each recommendation is for, made of the shapes sets a-e lack and real reports print
(``shared/docs/DHR-REPORTS.md``, "Recommendations: shapes seen"): initials defined only AFTER the
recommendations (a glossary at the back) or in a footnote, "the Trust" / "the Force" / "the Council" / "the
Board" standing for a body the introduction named, a preamble listing every agency "responsible for this action
plan" (no lead), a table with an "Agencies involved" column beside a "Lead agency" one, a lead printed after the
text ("Lead: ...", "Owner: ...", "Support: ..."), boards known by initials defined once, trusts' former names,
council services by service name, voluntary bodies by brand, "All agencies" / "Partnership members" / "the
CSP", a primary agency told to consult another, headings naming several agencies ("Health - ICB, community
trust and acute hospital"), national recommendations, "The panel recommends that X ...", Welsh bodies, trusts
by short name.

Labelled with ``shared/docs/LABELLING-GUIDE.md`` (agencies rules 1-5) before the pipeline was run on it. The
agency names are real bodies of England and Wales (from ``classification/data``: the gazetteer, the NHS body list,
the CSP list, and voluntary bodies of the kinds the guide names); every recommendation, person and event is
invented for these tests and written in our own words. ``other`` keeps the words as printed in the gold's
``agency_mentions``.

* ``agf-01-glossary-after``: initials in headings and sentences, the glossary table after the recommendations.
* ``agf-02-footnote``: a body named by initials whose expansion is only in a footnote.
* ``agf-03-defined-short``: "the Trust" / "the Force" / "the Council" defined in the introduction, no headings.
* ``agf-04-plan-preamble``: a preamble naming every agency responsible for the action plan, then recommendations
  that each name their own subject.
* ``agf-05-involved-column``: No | Recommendation | Agencies involved | Lead agency.
* ``agf-06-lead-after``: each item followed by a "Lead: ..." line.
* ``agf-07-owner-support``: each item followed by "Owner: X. Support: Y, Z." (the support bodies are no leads).
* ``agf-08-board-initials``: boards defined once with initials, then named by the initials alone.
* ``agf-09-former-trusts``: trusts by names they had before a merger or rename.
* ``agf-10-council-services``: council services by service name.
* ``agf-11-voluntary-brands``: women's aid groups, IDVA services, drug and alcohol services by brand.
* ``agf-12-all-partners``: "All agencies", "Partnership members", "the CSP", "Each panel agency".
* ``agf-13-consult``: a primary agency told to consult, work with or write to another.
* ``agf-14-joint-headings``: headings naming several agencies over subject-less items.
* ``agf-15-national``: national recommendations (Home Office, DHSC, NHS England, MoJ, DfE, DWP, "the
  Government").
* ``agf-16-defined-board``: "the Board", "the Service", "the Partnership" defined in the introduction.
* ``agf-17-panel-recommends``: "The panel recommends that X ...", "It is recommended that X ...".
* ``agf-18-welsh``: Welsh bodies (a university health board, Welsh Government, a county borough council).
* ``agf-19-short-trust-names``: trusts named by their short names under a "Health providers" heading.
* ``agf-20-lead-table-right``: Recommendation | Lead agency | Timescale, the texts imperative.

Blind figure (scored once at 8eebda2, the set committed before any run: ``python -m
tests.extraction.agencies_blind_f.score``): extraction agencies F1 DOCX 0.917 / PDF 0.917 (P 0.917, R 0.917; 10
recommendations with wrong agencies in each form), recommendations F1 0.996; classification of the gold texts
with their printed context 0.900. After the fixes it prompted (49e7423, 00e1de2; a dev figure from then on):
0.983 / 0.983, classification 0.925 (``tests/extraction/test_agencies_blind_f.py`` lists them and what is left).

Gold: ``<name>.gold.json`` (DOCX) and ``<name>-pdf.gold.json`` (its LibreOffice export); only ``agencies`` (and
the texts they hang on) are labelled with care. A recommendation's ``heading`` in the gold is the heading, Lead
cell or lead line printed for it (what the scorer gives the classifier as context); a body defined only in the
introduction, a footnote or a glossary is not a heading. Rebuild (LibreOffice needed):
``python -m tests.extraction.agencies_blind_f.build``; score: ``python -m tests.extraction.agencies_blind_f.score``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotations.wordproc.worddoc import Level, WordDoc
from tests.extraction.agencies_blind_common import headed, keep, start
from tests.extraction.plans.build import Doc, _numbered_body
from tests.extraction.plans_blind.build import build_set

HERE = Path(__file__).resolve().parent


def _lead_lines(w: WordDoc, d: Doc, items: list[tuple[str, list[str], str]], label: str = "Lead") -> None:
    """Numbered items, each followed by an unnumbered "<label>: <cell>" line (the item's printed context)."""
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for text, agencies, cell in items:
        number = w.para(text, num=(nid, 0))
        w.para(f"{label}: {cell}" if label else cell)
        rec = d.rec(number.rstrip("."), text, agencies)
        rec.heading = cell


def glossary_after() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Leeds", "Adult F1")
    headed(w, d, [
        ("LTHT", [
            ("Staff in the emergency department to ask every patient who attends with a facial injury whether "
             "someone at home hurt them.", ["hospital"]),
            ("LTHT should make sure that the safeguarding team is told when a patient discharges herself "
             "against advice after an assault.", ["hospital"]),
        ]),
        ("LCH", [
            ("Health visitors to record the name of every adult living in the household at the first visit.",
             ["local_health_trust"]),
        ]),
        ("LDAS", [
            ("Caseworkers to try a second way of contact when a client does not answer the phone twice.",
             ["domestic_abuse_services"]),
            ("LDAS should offer a support worker who speaks the client's first language where one is asked "
             "for.", ["domestic_abuse_services"]),
        ]),
        ("WYP", [
            ("WYP should review how the force records a non-fatal strangulation offence reported weeks after "
             "the event.", ["police"]),
        ]),
    ])  # fmt: skip
    w.heading("Glossary", 1)
    w.table([
        ["Abbreviation", "In full"],
        ["LCH", "Leeds Community Healthcare NHS Trust"],
        ["LDAS", "Leeds Domestic Abuse Service"],
        ["LTHT", "Leeds Teaching Hospitals NHS Trust"],
        ["MARAC", "Multi-Agency Risk Assessment Conference"],
        ["WYP", "West Yorkshire Police"],
    ], [3.0, 12.0], font_size=10)  # fmt: skip
    return w, d


def footnote() -> tuple[WordDoc, Doc]:
    w, d = start("Gloucestershire Community Safety Partnership", "Jodie")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    items: list[tuple[str, list[str], tuple[str, str] | None]] = [
        ("GDASS should contact a victim within two working days of a police referral, and record why when it "
         "cannot.", ["domestic_abuse_services"],
         ("GDASS", "Gloucestershire Domestic Abuse Support Service, the county's commissioned specialist domestic "
                   "abuse service.")),
        ("GHNHSFT should add a prompt about domestic abuse to the triage form used in its minor injuries "
         "units.", ["hospital"], ("GHNHSFT", "Gloucestershire Hospitals NHS Foundation Trust.")),
        ("GHC should make sure that a care coordinator asks a patient's partner about their own safety when "
         "the patient has threatened them.", ["mental_health_services"],
         ("GHC", "Gloucestershire Health and Care NHS Foundation Trust, the county's mental health and community "
                 "health provider.")),
        ("Gloucestershire Constabulary should check whether a victim has a firearms licence holder in the "
         "household at every domestic incident.", ["police"], None),
        ("The Constabulary and GDASS should agree a shared record of calls made to a victim who has not "
         "answered.", ["police", "domestic_abuse_services"], None),
    ]  # fmt: skip
    for text, agencies, note in items:
        number = w.para(text, num=(nid, 0), footnote=note)
        d.rec(number.rstrip("."), text, agencies)
    return w, d


def defined_short() -> tuple[WordDoc, Doc]:
    w, d = start("Brighton and Hove Community Safety Partnership", "Martha", heading=False)
    w.para("The agencies most involved were Sussex Partnership NHS Foundation Trust (the Trust), Sussex Police "
           "(the Force) and Brighton and Hove City Council (the Council). Each gave an Individual Management "
           "Review to the panel.")  # fmt: skip
    w.heading("Recommendations", 1)
    _numbered_body(w, d, [
        ("The Trust should make sure that its crisis team asks who else lives at the address when a patient "
         "is discharged to home treatment.", ["mental_health_services"]),
        ("The Force to remind officers that a victim's withdrawal of a complaint does not end the need to "
         "assess risk.", ["police"]),
        ("The Council should review how a request to move a victim to another council property is handled "
         "when there are rent arrears.", ["local_authority"]),
        ("The Trust and the Force should agree how a mental health nurse in the control room is told of a "
         "domestic incident involving a patient.", ["mental_health_services", "police"]),
        ("The Council's Adult Social Care service should ask every carer it assesses whether the person they "
         "care for has hurt them.", ["adult_social_care"]),
        ("The Force should make sure that the named officer for a victim is told when the suspect is released "
         "on bail.", ["police"]),
    ])  # fmt: skip
    return w, d


def plan_preamble() -> tuple[WordDoc, Doc]:
    w, d = start("Kent Community Safety Partnership", "Adult F4", heading=False)
    w.heading("Recommendations", 1)
    w.para("The agencies responsible for this action plan are Kent Police, Kent County Council, NHS Kent and "
           "Medway Integrated Care Board, Kent Community Health NHS Foundation Trust and the Probation "
           "Service. Progress will be reported to the Community Safety Partnership every six months.")  # fmt: skip
    _numbered_body(w, d, [
        ("Kent County Council should review how it tells an older victim about the help available to them.",
         ["local_authority"]),
        ("All agencies to check that their staff know the signs of economic abuse.", ["all_agencies"]),
        ("The Probation Service should ask about any new relationship at each supervision appointment.",
         ["probation_service"]),
        ("GP practices to offer a double appointment when a patient discloses domestic abuse.", ["gp"]),
        ("Kent Police should review how call handlers check the history of an address before officers "
         "attend.", ["police"]),
    ])  # fmt: skip
    return w, d


def involved_column() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Cornwall", "Adult F5", font="Calibri")
    rows: list[tuple[str, list[str], str, str]] = [
        ("A joint protocol for sharing information about a victim who is admitted to hospital after an "
         "assault.", ["hospital"], "Police, Royal Cornwall Hospitals NHS Trust, Safer Futures",
         "Royal Cornwall Hospitals NHS Trust"),
        ("Training for frontline staff on coercive control, to be delivered jointly.", ["community_safety_partnership"],
         "All partners", "Safer Cornwall"),
        ("Devon and Cornwall Police should make sure that a risk assessment is reviewed after every further "
         "report by the same victim.", ["police"], "Police, Safer Futures", "Devon and Cornwall Police"),
        ("A review of how the hidden harm team works with families where a parent drinks heavily.",
         ["drug_and_alcohol_services"], "Children's Social Care, We Are With You",
         "We Are With You"),
        ("Cornwall Council should review its housing allocations policy for victims who must move out of the "
         "county.", ["local_authority"], "Council, Housing associations", "Cornwall Council"),
        ("Community mental health nurses to be told when a patient they see is discussed at the MARAC.",
         ["mental_health_services"], "Cornwall Partnership NHS Foundation Trust, MARAC",
         "Cornwall Partnership NHS Foundation Trust"),
    ]  # fmt: skip
    table: list[list[str | None]] = [["No.", "Recommendation", "Agencies involved", "Lead agency"]]
    for n, (text, agencies, involved, lead) in enumerate(rows, start=1):
        rec = d.rec(str(n), text, agencies)
        rec.heading = lead
        table.append([str(n), text, involved, lead])
    w.table(table, [1.0, 8.5, 4.0, 3.5], font_size=9)
    return w, d


def lead_after() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Sefton Together", "Lorna")
    _lead_lines(w, d, [
        ("A review of the discharge letter sent to the GP so that it says when a patient disclosed abuse on "
         "the ward.", ["hospital"], "Liverpool University Hospitals NHS Foundation Trust"),
        ("Refresher training on the DASH risk checklist for all response officers.", ["police"],
         "Merseyside Police"),
        ("That the ICB commissions a specialist domestic abuse worker for each primary care network.",
         ["integrated_care_board"], "NHS Cheshire and Merseyside"),
        ("Guidance for practitioners on what to do when a victim declines a referral to the IDVA service.",
         ["all_agencies"], "All agencies"),
        ("An audit of the cases closed by Early Help in the last year in which a parent had disclosed abuse.",
         ["childrens_social_care"], "Sefton Council Children's Services"),
    ])  # fmt: skip
    return w, d


def owner_support() -> tuple[WordDoc, Doc]:
    w, d = start("Safe Newcastle", "Adult F7", font="Calibri")
    _lead_lines(w, d, [
        ("A single point of contact in each team for questions about domestic abuse.", ["police"],
         "Northumbria Police. Support: Newcastle City Council, Cumbria, Northumberland, Tyne and Wear NHS "
         "Foundation Trust."),
        ("The process for checking a new partner's history to be written down and shared.",
         ["probation_service"], "Probation Service. Support: Northumbria Police."),
        ("Women in the refuge to be offered a registration with a local GP within a week of arriving.",
         ["domestic_abuse_services"], "Newcastle Women's Aid. Support: NHS North East and North Cumbria ICB."),
        ("Case notes to record who was present when a patient was asked about abuse.", ["hospital"],
         "The Newcastle upon Tyne Hospitals NHS Foundation Trust. Support: GP practices."),
        ("A learning briefing from this review to be sent to every partner agency.",
         ["community_safety_partnership"], "Safe Newcastle. Support: all agencies."),
    ], label="Owner")  # fmt: skip
    return w, d


def board_initials() -> tuple[WordDoc, Doc]:
    w, d = start("Wirral Community Safety Partnership", "Adult F8", heading=False)
    w.para("The review was overseen by the Wirral Safeguarding Adults Partnership Board (WSAPB), with the "
           "Wirral Safeguarding Children Partnership (WSCP) and the Wirral Domestic Abuse Alliance Board (DAAB) "
           "kept informed.")  # fmt: skip
    w.heading("Recommendations", 1)
    _numbered_body(w, d, [
        ("The WSAPB should run an audit of safeguarding enquiries in which the person causing harm was a "
         "partner.", ["safeguarding_adults_board"]),
        ("WSCP to check that schools are told the next morning when police attend a domestic incident at a "
         "pupil's home.", ["children_safeguarding_board"]),
        ("The DAAB should commission a service for older victims of domestic abuse.",
         ["domestic_abuse_partnership_board"]),
        ("WSAPB and WSCP to hold a joint learning event for staff who work with whole families.",
         ["safeguarding_adults_board", "children_safeguarding_board"]),
        ("The DAAB to receive a yearly report on the number of victims who were referred to the MARAC more "
         "than once.", ["domestic_abuse_partnership_board"]),
    ])  # fmt: skip
    return w, d


def former_trusts() -> tuple[WordDoc, Doc]:
    w, d = start("Hull Community Safety Partnership", "Adult F9")
    _numbered_body(w, d, [
        ("Hull and East Yorkshire Hospitals NHS Trust should make sure that midwives ask about domestic abuse "
         "when a woman is seen alone.", ["hospital"]),
        ("Humber NHS Foundation Trust to review how its community mental health team follows up a patient who "
         "misses three appointments.", ["mental_health_services"]),
        ("2gether NHS Foundation Trust should share its learning from this review with its successor trust.",
         ["mental_health_services"]),
        ("Five Boroughs Partnership NHS Foundation Trust to add a domestic abuse question to its assessment "
         "form.", ["mental_health_services"]),
        ("Heatherwood and Wexham Park Hospitals should train staff in its emergency department on routine "
         "enquiry.", ["hospital"]),
        ("The Mid Yorkshire Hospitals NHS Trust should check that referrals to the IDVA are made from the "
         "maternity ward.", ["hospital"]),
    ])  # fmt: skip
    return w, d


def council_services() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Stockton Partnership", "Keeley", font="Calibri")
    headed(w, d, [
        ("Stockton-on-Tees Borough Council", [
            ("Housing Options to ask every applicant leaving a relationship whether they are afraid of their "
             "former partner.", ["housing"]),
            ("Revenues and Benefits to treat a tenant's request to remove a joint tenant's name as a possible "
             "sign of abuse.", ["local_authority"]),
            ("Early Help to see both parents separately when a referral mentions arguments at home.",
             ["childrens_social_care"]),
            ("The Community Safety Team should screen neighbour disputes for domestic abuse.",
             ["council_community_safety_team"]),
            ("Adult Social Care to include the carer's own safety in every review of a care package.",
             ["adult_social_care"]),
            ("Licensing to include domestic abuse in the training given to taxi drivers.", ["local_authority"]),
        ]),
        ("Public Health", [
            ("Commission a drug and alcohol service that asks every client about their relationships.",
             ["public_health"]),
        ]),
    ])  # fmt: skip
    return w, d


def voluntary_brands() -> tuple[WordDoc, Doc]:
    w, d = start("Southend Community Safety Partnership", "Tina")
    headed(w, d, [
        ("Voluntary and community sector", [
            ("Changing Pathways, the specialist domestic abuse charity, should offer follow-up support to "
             "women who leave its refuge.", ["domestic_abuse_services"]),
            ("The IDVA service to tell the GP, with the client's consent, when a client is assessed as high "
             "risk.", ["domestic_abuse_services"]),
            ("Change Grow Live should ask every service user about the person they live with at each review.",
             ["drug_and_alcohol_services"]),
            ("Southend Women's Aid to train its volunteers on the signs of stalking.",
             ["domestic_abuse_services"]),
            ("Turning Point to share its risk assessment with the IDVA when a client discloses abuse.",
             ["drug_and_alcohol_services"]),
            ("Victim Support should pass a victim's details to the IDVA service the same day when the risk is "
             "high.", ["domestic_abuse_services"]),
        ]),
    ])  # fmt: skip
    return w, d


def all_partners() -> tuple[WordDoc, Doc]:
    w, d = start("Safe Durham Partnership", "Adult F12")
    _numbered_body(w, d, [
        ("All agencies should make sure that interpreters who are family members are not used for "
         "conversations about abuse.", ["all_agencies"]),
        ("Partnership members to report to the CSP each year on the domestic abuse training their staff "
         "have had.", ["all_agencies"]),
        ("The CSP should publish this report with an easy read summary.", ["community_safety_partnership"]),
        ("Each agency represented on the panel to share the learning from this review with its frontline "
         "staff.", ["all_agencies"]),
        ("Every organisation that contributed to this review should check that its safeguarding policy names "
         "economic abuse.", ["all_agencies"]),
        ("The Safe Durham Partnership to monitor the action plan until every action is complete.",
         ["community_safety_partnership"]),
    ])  # fmt: skip
    return w, d


def consult() -> tuple[WordDoc, Doc]:
    w, d = start("Citysafe", "Nicola")
    _numbered_body(w, d, [
        ("Merseyside Police should, in consultation with the Crown Prosecution Service, review every stalking "
         "case closed without charge in the last year.", ["police"]),
        ("Adult Social Care must consult Mersey Care NHS Foundation Trust before closing a safeguarding "
         "enquiry in which the person causing harm is a patient.", ["adult_social_care"]),
        ("The Integrated Care Board, working with NHS England, should design training for GP receptionists.",
         ["integrated_care_board"]),
        ("Liverpool City Council's housing team to seek advice from the IDVA service before ending the "
         "tenancy of a victim.", ["housing"]),
        ("The CSP should write to the Home Office asking for the statutory guidance to cover reviews of "
         "deaths by suicide.", ["community_safety_partnership"]),
        ("The Probation Service to seek assurance from the police that bail conditions are shared on the day "
         "they are set.", ["probation_service"]),
    ])  # fmt: skip
    return w, d


def joint_headings() -> tuple[WordDoc, Doc]:
    w, d = start("Pan-Dorset Community Safety Partnership", "Adult F14")
    headed(w, d, [
        ("Health - ICB, community trust and acute hospital", [
            ("Routine enquiry about domestic abuse to be part of every first assessment.",
             ["integrated_care_board", "local_health_trust", "hospital"]),
            ("A review of how safeguarding concerns are passed between the hospital and community nursing "
             "teams.", ["integrated_care_board", "local_health_trust", "hospital"]),
        ]),
        ("Police and Probation", [
            ("Joint supervision of men who have been convicted of domestic abuse offences against more than one "
             "partner.", ["police", "probation_service"]),
        ]),
        ("Dorset Council and BCP Council", [
            ("A shared protocol for a victim who moves between the two council areas.", ["local_authority"]),
        ]),
        ("Children's Services and Adult Social Care", [
            ("Joint training on working with young people who abuse a parent.",
             ["childrens_social_care", "adult_social_care"]),
        ]),
    ])  # fmt: skip
    return w, d


def national() -> tuple[WordDoc, Doc]:
    w, d = start("Bristol Community Safety Partnership", "Adult F15")
    w.heading("National recommendations", 2)
    recs = _numbered_body(w, d, [
        ("The Home Office should update the statutory guidance so that a review considers the role of "
         "online abuse.", ["home_office"]),
        ("That the Department of Health and Social Care issues guidance to GPs on asking about abuse in "
         "remote consultations.", ["dhsc"]),
        ("NHS England to add domestic abuse to the core training required of every member of NHS staff.",
         ["nhs_england"]),
        ("The Ministry of Justice should review how family courts are told of domestic homicide reviews.",
         ["ministry_of_justice"]),
        ("The Department for Education to make sure that relationship education covers coercive control.",
         ["dfe"]),
        ("The Department for Work and Pensions should train work coaches to recognise economic abuse.",
         ["dwp"]),
        ("The Government should fund a national helpline for men who are worried about their own behaviour.",
         ["other"]),
    ])  # fmt: skip
    keep(recs, {6: "The Government"})
    return w, d


def defined_board() -> tuple[WordDoc, Doc]:
    w, d = start("Cumbria Community Safety Partnership", "Adult F16", heading=False)
    w.para("The review was commissioned by the Cumbria Community Safety Partnership (the Partnership). Its "
           "action plan will be overseen by the Cumbria Domestic Abuse Partnership Board (the Board). "
           "Cumbria Fire and Rescue Service (the Service) visited the home twice for safety checks.")  # fmt: skip
    w.heading("Recommendations", 1)
    recs = _numbered_body(w, d, [
        ("The Board should ask each of its members to name a senior lead for domestic abuse.",
         ["domestic_abuse_partnership_board"]),
        ("The Service to add questions about domestic abuse to its home fire safety visits.", ["other"]),
        ("The Partnership should review how families are told about the progress of a review.",
         ["community_safety_partnership"]),
        ("The Board should check each year that its members have trained their staff on domestic violence "
         "protection orders.", ["domestic_abuse_partnership_board"]),
        ("Cumbria Constabulary should make sure that a protection order is considered at every high-risk "
         "incident.", ["police"]),
    ])  # fmt: skip
    keep(recs, {1: "Cumbria Fire and Rescue Service"})
    return w, d


def panel_recommends() -> tuple[WordDoc, Doc]:
    w, d = start("Nottingham Crime and Drugs Partnership", "Sadia")
    _numbered_body(w, d, [
        ("The panel recommends that Nottinghamshire Police review how officers decide whether to arrest at a "
         "domestic incident where the suspect has left.", ["police"]),
        ("It is recommended that Nottingham City Council's Housing Aid service asks each applicant whether "
         "they are escaping abuse.", ["housing"]),
        ("The review panel recommends that Nottinghamshire Healthcare NHS Foundation Trust trains its "
         "community psychiatric nurses on coercive control.", ["mental_health_services"]),
        ("The panel recommends that GP practices in the city record the reason a patient gives for a "
         "missed appointment.", ["gp"]),
        ("It is recommended that the Crime and Drugs Partnership publishes a yearly report on the progress of "
         "its reviews.", ["community_safety_partnership"]),
    ])  # fmt: skip
    return w, d


def welsh() -> tuple[WordDoc, Doc]:
    w, d = start("Cwm Taf Community Safety Partnership", "Carys")
    headed(w, d, [
        ("Cwm Taf Morgannwg University Health Board", [
            ("Staff in sexual health clinics to ask every patient about abuse when they are seen alone.",
             ["local_health_trust"]),
        ]),
        ("South Wales Police", [
            ("Officers to check for earlier reports at the address before they leave the scene.", ["police"]),
        ]),
        ("Rhondda Cynon Taf County Borough Council", [
            ("A review of how the council responds to a victim who asks to move urgently.",
             ["local_authority"]),
        ]),
        ("Welsh Ambulance Services NHS Trust", [
            ("Crews to record any concern about a person who answers for the patient.", ["ambulance_service"]),
        ]),
        ("Welsh Government", [
            ("That the Welsh Government funds training on domestic abuse for every GP practice in Wales.",
             ["other"]),
        ]),
    ])  # fmt: skip
    keep(d.recs, {4: "Welsh Government"})
    return w, d


def short_trust_names() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Sefton Together", "Adult F19", font="Calibri")
    headed(w, d, [
        ("Health providers", [
            ("Mersey Care should check that a patient's care plan names the risk to a partner.",
             ["mental_health_services"]),
            ("Alder Hey to make sure that a child who attends with an injury is asked who looks after them.",
             ["hospital"]),
            ("Bridgewater should train its district nurses to recognise abuse of older patients by a family "
             "member.", ["local_health_trust"]),
            ("NWAS crews to pass on a concern to the GP when they attend a fall at a home where there has been "
             "a domestic incident.", ["ambulance_service"]),
            ("Southport and Ormskirk Hospital should add a domestic abuse prompt to its falls assessment.",
             ["hospital"]),
        ]),
    ])  # fmt: skip
    return w, d


def lead_table_right() -> tuple[WordDoc, Doc]:
    w, d = start("North Worcestershire Community Safety Partnership", "Adult F20")
    rows: list[tuple[str, list[str], str]] = [
        ("Review the process for sharing police call-outs with the victim's GP.", ["police"],
         "West Mercia Police"),
        ("Provide training on stalking for staff in the acute hospital's emergency department.", ["hospital"],
         "Worcestershire Acute Hospitals NHS Trust"),
        ("Make sure that carers' assessments ask about the carer's own safety.", ["adult_social_care"],
         "Worcestershire County Council Adult Social Care"),
        ("Commission a perpetrator programme for the north of the county.",
         ["community_safety_partnership"], "North Worcestershire CSP"),
        ("Check that the housing register flags a victim who has fled another area.", ["housing"],
         "Bromsgrove District Housing Trust"),
        ("Agree one referral form for the MARAC across the county.", ["all_agencies"], "All partners"),
    ]  # fmt: skip
    table: list[list[str | None]] = [["No.", "Recommendation", "Lead agency", "Timescale"]]
    for n, (text, agencies, lead) in enumerate(rows, start=1):
        rec = d.rec(str(n), text, agencies)
        rec.heading = lead
        table.append([str(n), text, lead, "Six months"])
    w.table(table, [1.0, 9.5, 4.5, 2.5], font_size=9)
    return w, d


DOCUMENTS = {
    "agf-01-glossary-after": glossary_after,
    "agf-02-footnote": footnote,
    "agf-03-defined-short": defined_short,
    "agf-04-plan-preamble": plan_preamble,
    "agf-05-involved-column": involved_column,
    "agf-06-lead-after": lead_after,
    "agf-07-owner-support": owner_support,
    "agf-08-board-initials": board_initials,
    "agf-09-former-trusts": former_trusts,
    "agf-10-council-services": council_services,
    "agf-11-voluntary-brands": voluntary_brands,
    "agf-12-all-partners": all_partners,
    "agf-13-consult": consult,
    "agf-14-joint-headings": joint_headings,
    "agf-15-national": national,
    "agf-16-defined-board": defined_board,
    "agf-17-panel-recommends": panel_recommends,
    "agf-18-welsh": welsh,
    "agf-19-short-trust-names": short_trust_names,
    "agf-20-lead-table-right": lead_table_right,
}


def main(argv: list[str]) -> int:
    return build_set(DOCUMENTS, {}, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
