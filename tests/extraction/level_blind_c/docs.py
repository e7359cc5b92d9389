"""The documents of the level blind set C: twenty short overview reports (DHR and DARDR) of CSPs across England
and Wales, written in our own words, each with its gold (the CSP's places and each recommendation's agencies and
level by ``shared/docs/LABELLING-GUIDE.md``, "level").

Places and the public bodies named are real (the level depends on them); the people, events and wording are
invented. Labelled before the pipeline was run on them. Judgements the guide leaves open, kept the same in every
document: a county-level review's own county force, fire service and the ICB serving mostly that county are
`local` (the guide's "for a county-level review the county is the local area", as the team labels Kent and
Medway for Kent); an ICB or county council wider than a district's or borough's CSP is `regional` (the change
covers more than the CSP's area, as the team labels a Greater Manchester commissioner); a force's change confined
to its unit for the CSP's area (a BCU, an area command) or to the CSP's place is `local`; NHS trusts and Welsh
health boards acting as providers are `local`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: (heading or Lead cell printed for it or None, text, agencies, level)
Rec = tuple[str | None, str, list[str], str]


@dataclass(frozen=True, slots=True)
class BlindDoc:
    name: str
    #: the CSP's places, by their usual names (the gold CSP; scored by the areas they cover)
    places: list[str]
    #: layout of the recommendations: numbered (Word numbering), label ("Recommendation 1:"), headed (agency
    #: headings over numbered items), table (No | Recommendation | Lead agency)
    layout: str
    title: list[str]
    front: list[str]
    recs: list[Rec]
    font: str = "Arial"
    extra: list[str] = field(default_factory=list)


P, L, R, N = "police", "local", "regional", "national"

DOCS: list[BlindDoc] = [
    BlindDoc(
        "blc-01-stockport", ["Stockport"], "numbered",
        ["Safer Stockport Partnership", "Domestic Homicide Review", "Overview Report",
         "Into the death of Adult A in March 2022", "Independent Chair and Author: Ruth Calder",
         "Final version: October 2023"],
        ["Adult A was 58 when she died at her home. Her husband was later convicted of her murder.",
         "The panel met six times. Agencies that had contact with the family gave chronologies and reports."],
        [
            (None, "Greater Manchester Police should review how call handlers link repeat calls from the same "
             "address so that a pattern of incidents is seen by the attending officers.", [P], R),
            (None, "Stockport Council should ensure that carers' assessments include a question about domestic "
             "abuse and coercive control within the household.", ["local_authority"], L),
            (None, "The Probation Service should ensure that a home visit is completed before a person on licence "
             "is allowed to move into a new partner's address.", ["probation_service"], R),
            (None, "Stockport NHS Foundation Trust should provide routine enquiry training to staff in the "
             "emergency department.", ["hospital"], L),
            (None, "The Safer Stockport Partnership should write to the Home Office asking that the statutory "
             "guidance for reviews sets out how families are to be kept informed when a criminal trial is "
             "delayed.", ["community_safety_partnership"], N),
            (None, "All agencies should remind their staff of the local referral pathway to the independent "
             "domestic violence advisers.", ["all_agencies"], L),
        ],
    ),
    BlindDoc(
        "blc-02-bromsgrove-redditch", ["Bromsgrove", "Redditch"], "headed",
        ["Bromsgrove and Redditch Community Safety Partnership", "Domestic Homicide Review",
         "Report into the death of Mrs Hilda Varley", "Author: David Orme", "June 2021"],
        ["Mrs Varley was 81 and lived with her son, who cared for her. The review looked at contact from "
         "January 2018 to her death in 2020."],
        [
            ("West Mercia Police", "Officers attending a domestic incident where the victim is over 60 should "
             "complete the DASH risk assessment with the victim alone.", [P], R),
            ("Worcestershire County Council", "The council should commission an outreach service for older "
             "victims of domestic abuse across the county.", ["local_authority"], R),
            ("Bromsgrove District Housing Trust", "Tenancy officers should be trained to recognise signs of "
             "financial abuse during annual tenancy visits.", ["housing"], L),
            ("Herefordshire and Worcestershire Health and Care NHS Trust", "The Trust should ensure that its "
             "community mental health teams ask about domestic abuse at every care plan review.",
             ["mental_health_services"], L),
            ("Hereford and Worcester Fire and Rescue Service", "Safe and well visits should include a prompt to "
             "ask about the safety of everyone living in the home.", ["other"], R),
        ],
        font="Calibri",
    ),
    BlindDoc(
        "blc-03-wiltshire", ["Wiltshire"], "label",
        ["Domestic Homicide Review", "Overview Report", "Joanne (2021)"],
        ["This review was commissioned by the Community Safety Partnership for Wiltshire following the death of "
         "Joanne at her home in a village near Devizes.",
         "Joanne was 34. She had two children. Her former partner has been convicted of her manslaughter."],
        [
            (None, "Wiltshire Police should ensure that every report of stalking is assessed with the stalking "
             "screening tool before the officer leaves the scene.", [P], L),
            (None, "Wiltshire Council should review its contract with the domestic abuse support service so that "
             "outreach is offered to victims in rural areas.", ["local_authority"], L),
            (None, "Dorset and Wiltshire Fire and Rescue Service should share information on hoarding and fire "
             "risk with the MARAC.", ["other"], R),
            (None, "South Western Ambulance Service NHS Foundation Trust should ensure that crews record a "
             "safeguarding concern when a patient discloses abuse by a partner.", ["ambulance_service"], R),
            (None, "Salisbury NHS Foundation Trust should audit how often routine enquiry is made in maternity "
             "clinics.", ["hospital"], L),
        ],
    ),
    BlindDoc(
        "blc-04-durham", ["County Durham"], "table",
        ["Safe Durham Partnership", "Domestic Abuse Related Death Review", "Final Report",
         "Concerning the death of Mr Ian Hollis", "Chair: Ann Probert", "March 2025"],
        ["Mr Hollis died by suicide in 2023 after years of abuse by his wife. This Domestic Abuse Related Death "
         "Review follows the guidance for reviews under the Victims and Prisoners Act 2024."],
        [
            ("Durham Constabulary", "Review the force's response to missed appointments by victims who have "
             "withdrawn from a prosecution.", [P], L),
            ("Durham County Council Children and Young People's Services", "Ensure that an assessment is started "
             "whenever a child is present at a domestic abuse incident.", ["childrens_social_care"], L),
            ("Tees, Esk and Wear Valleys NHS Foundation Trust", "Ensure that patients discharged from inpatient "
             "care have a named contact for the first month.", ["mental_health_services"], L),
            ("NHS North East and North Cumbria Integrated Care Board", "Commission domestic abuse training for GP "
             "practices across the region.", ["integrated_care_board"], R),
            ("Safe Durham Partnership", "Ask the Ministry of Justice to change the rules on how victims are told "
             "about an offender's release.", ["community_safety_partnership"], N),
        ],
    ),
    BlindDoc(
        "blc-05-maidstone", ["Maidstone"], "numbered",
        ["Maidstone Community Safety Partnership", "Review concerning Dana (DHR)",
         "Overview Report", "Independent author: Priya Natt", "September 2022"],
        ["Dana was 31 and was killed by her former partner in Maidstone in 2021. The panel included agencies from "
         "Kent and from the borough."],
        [
            (None, "Kent Police should make sure that a named officer keeps in touch with a victim while a suspect "
             "is on bail.", [P], R),
            (None, "Kent County Council Adult Social Care should include domestic abuse in the checklist used at "
             "carers' assessments.", ["adult_social_care"], R),
            (None, "Maidstone Borough Council's housing team should ask about domestic abuse when a household "
             "applies as homeless.", ["housing"], L),
            (None, "Golding Homes should train its neighbourhood officers to recognise coercive control.",
             ["housing"], L),
            (None, "Kent Fire and Rescue Service should refer to the police any home visit where a resident "
             "discloses abuse.", ["other"], R),
            (None, "The NHS Kent and Medway Integrated Care Board should ensure GP practices in the county flag "
             "patients who are subject to a MARAC.", ["integrated_care_board", "gp"], R),
        ],
    ),
    BlindDoc(
        "blc-06-colchester", ["Colchester"], "headed",
        ["Safer Colchester Partnership", "DHR 2021/03", "Overview Report", "The death of Ms Dana Okafor"],
        ["Ms Okafor was 41. She was killed by her former partner in 2021, a month after she ended the "
         "relationship."],
        [
            ("Essex Police", "Officers should complete a follow-up visit within seven days to every high-risk "
             "victim in Colchester.", [P], L),
            ("Essex Police", "The force should update its domestic abuse policy to include guidance on economic "
             "abuse.", [P], R),
            ("Essex County Council", "Children and Families services should ensure that fathers are included in "
             "child protection assessments.", ["childrens_social_care"], R),
            ("Colchester Borough Homes", "Housing officers should complete a risk assessment when a tenant asks to "
             "add a partner to the tenancy.", ["housing"], L),
            ("East of England Ambulance Service NHS Trust", "Crews should be reminded to pass safeguarding "
             "referrals to the local authority on the same day.", ["ambulance_service"], R),
        ],
        font="Times New Roman",
    ),
    BlindDoc(
        "blc-07-preston", ["Preston"], "numbered",
        ["Domestic Homicide Review", "Overview Report", "Death of Mrs B", "Report date: 14 February 2020"],
        ["This review was commissioned by Preston City Council on behalf of the local partnership, in line with "
         "section 9 of the Domestic Violence, Crime and Victims Act 2004.",
         "Mrs B was 45. She was killed by her husband at their home in 2018."],
        [
            (None, "Lancashire Constabulary should make sure that bail conditions are checked with the victim "
             "before a suspect is released.", [P], R),
            (None, "Lancashire County Council should ensure that the children's social care front door records the "
             "history of domestic abuse in the family.", ["childrens_social_care"], R),
            (None, "Lancashire and South Cumbria NHS Foundation Trust should ensure its crisis team asks about "
             "domestic abuse at every assessment.", ["mental_health_services"], L),
            (None, "The Probation Service in the North West should ensure that every risk assessment considers the "
             "person's current relationships.", ["probation_service"], R),
            (None, "The Home Office should amend the DASH risk checklist so that it asks about the victim's "
             "health.", ["home_office"], N),
        ],
    ),
    BlindDoc(
        "blc-08-devon", ["Devon"], "label",
        ["Safer Devon Partnership", "Domestic Homicide Review", "Overview Report: Rose",
         "Independent Chair: Mark Ellery", "Final: May 2023"],
        ["Rose was 67 and lived in a small town in mid Devon. She was killed by her husband in 2021.",
         "The review was held as a county-level review because agencies across Devon had been involved."],
        [
            (None, "Devon and Cornwall Police should introduce a check of previous partners' records when a "
             "domestic abuse report is taken.", [P], R),
            (None, "Devon County Council should commission specialist support for victims living in rural areas "
             "of the county.", ["local_authority"], L),
            (None, "NHS Devon should ensure that primary care staff receive training on coercive and controlling "
             "behaviour.", ["integrated_care_board"], L),
            (None, "Devon and Somerset Fire and Rescue Service should include questions about domestic abuse in "
             "home safety visits.", ["other"], R),
            (None, "Royal Devon University Healthcare NHS Foundation Trust should appoint an independent domestic "
             "violence adviser to its emergency departments.", ["hospital"], L),
            (None, "The Safer Devon Partnership should ask the Department of Health and Social Care to include "
             "domestic abuse in the national curriculum for GP training.", ["community_safety_partnership"], N),
        ],
    ),
    BlindDoc(
        "blc-09-surrey", ["Surrey"], "headed",
        ["Surrey Community Safety Partnership", "Domestic Homicide Review", "Overview Report", "Mr C",
         "Chair and author: Helen Marsh"],
        ["Mr C was 72. He was killed by his wife, who had a long history of mental ill health. This review was "
         "commissioned at county level."],
        [
            ("Surrey Police", "The force should make sure that every officer attending a domestic incident checks "
             "for firearms licences held at the address.", [P], L),
            ("Surrey County Council", "Adult Social Care should review how self-neglect referrals are screened "
             "for domestic abuse.", ["adult_social_care"], L),
            ("Surrey and Borders Partnership NHS Foundation Trust", "Care coordinators should ask about a "
             "patient's intimate relationships at each review.", ["mental_health_services"], L),
            ("South East Coast Ambulance Service", "The service should give its call handlers guidance on calls "
             "where the caller cannot speak freely.", ["ambulance_service"], R),
            ("The Probation Service (Kent, Surrey and Sussex region)", "Offender managers should share changes "
             "in risk with the police within one working day.", ["probation_service"], R),
        ],
        font="Calibri",
    ),
    BlindDoc(
        "blc-10-rotherham", ["Rotherham"], "numbered",
        ["Safer Rotherham Partnership", "Domestic Homicide Review", "Executive Summary and Overview Report",
         "Death of Sara", "Author: Peter Dunn, December 2019"],
        ["Sara was 31. She was killed by her partner in 2018. She had recently come to Rotherham from another "
         "part of the country and spoke little English."],
        [
            (None, "South Yorkshire Police should ensure that officers record the voice of the child in every "
             "domestic abuse report.", [P], R),
            (None, "Rotherham Metropolitan Borough Council should review how its housing solutions service "
             "responds to victims who are sofa surfing.", ["local_authority"], L),
            (None, "Rotherham, Doncaster and South Humber NHS Foundation Trust should ensure that a safeguarding "
             "referral is made when a patient discloses abuse.", ["mental_health_services"], L),
            (None, "Yorkshire Ambulance Service NHS Trust should review how repeat calls to the same address are "
             "flagged to clinicians.", ["ambulance_service"], R),
            (None, "NHS England should revise the GP contract so that practices must record domestic abuse "
             "disclosures in a coded form.", ["nhs_england"], N),
            (None, "All agencies should make sure that interpreters used in domestic abuse cases are independent "
             "of the family.", ["all_agencies"], L),
        ],
    ),
    BlindDoc(
        "blc-11-bridgend", ["Bridgend"], "numbered",
        ["Bridgend Community Safety Partnership", "Domestic Homicide Review", "Overview Report",
         "Into the death of Carys", "April 2022"],
        ["Carys was 52 and was killed by her husband at their home in 2020."],
        [
            (None, "South Wales Police should ensure that officers offer a referral to a specialist service at "
             "every domestic abuse incident.", [P], R),
            (None, "Cwm Taf Morgannwg University Health Board should ensure that staff in its emergency "
             "departments ask about domestic abuse.", ["hospital"], L),
            (None, "Bridgend County Borough Council should ensure that its housing options team asks every "
             "applicant about domestic abuse.", ["local_authority"], L),
            (None, "The Welsh Government should update the national training framework on violence against women, "
             "domestic abuse and sexual violence to cover older victims.", ["other"], N),
            (None, "South Wales Fire and Rescue Service should train its home safety staff to recognise domestic "
             "abuse.", ["other"], R),
        ],
    ),
    BlindDoc(
        "blc-12-gwynedd-anglesey", ["Gwynedd", "Isle of Anglesey"], "table",
        ["Gwynedd and Anglesey Community Safety Partnership", "Domestic Homicide Review",
         "Overview Report: Mrs E", "Final version, January 2021"],
        ["Mrs E was 63. She lived on a farm in Gwynedd and was killed by her husband in 2019."],
        [
            ("North Wales Police", "Make sure that officers attending incidents in rural areas can offer the "
             "victim a call-back in Welsh.", [P], R),
            ("Betsi Cadwaladr University Health Board", "Ensure that community midwives ask about domestic abuse "
             "at every antenatal appointment.", ["midwifery"], L),
            ("Cyngor Gwynedd", "Review the support given to victims who live on farms and in tied housing.",
             ["local_authority"], L),
            ("Isle of Anglesey County Council", "Include domestic abuse awareness in the training given to home "
             "care staff.", ["local_authority"], L),
            ("Probation Service Wales", "Ensure that offender managers check with children's services before "
             "approving a new address.", ["probation_service"], R),
        ],
    ),
    BlindDoc(
        "blc-13-lewisham", ["Lewisham"], "headed",
        ["Safer Lewisham Partnership", "Domestic Homicide Review", "Overview Report", "Ms F",
         "Independent Chair: Grace Bello", "November 2022"],
        ["Ms F was 29 and was killed by her former partner in south east London in 2021."],
        [
            ("Metropolitan Police Service", "The Met should ensure that domestic abuse training for all officers "
             "covers stalking after separation.", [P], R),
            ("Metropolitan Police Service", "The South East Basic Command Unit should review how its officers "
             "follow up outstanding suspects in Lewisham.", [P], L),
            ("Mayor's Office for Policing and Crime", "MOPAC should commission a pan-London service for older "
             "victims of abuse.", ["police_and_crime_commissioner"], R),
            ("London Ambulance Service", "Crews should record the details of any other adult present when they "
             "attend a patient with injuries.", ["ambulance_service"], R),
            ("Lewisham and Greenwich NHS Trust", "The Trust should offer every patient who discloses abuse a "
             "referral to the hospital IDVA.", ["hospital"], L),
            ("South London and Maudsley NHS Foundation Trust", "Community teams should include carers in safety "
             "planning where the patient is at risk from a partner.", ["mental_health_services"], L),
        ],
    ),
    BlindDoc(
        "blc-14-barnet", ["Barnet"], "numbered",
        ["Barnet Safer Communities Partnership", "Domestic Homicide Review", "Death of Mr G",
         "Overview Report, August 2020"],
        ["Mr G was 44 and was killed by his partner in 2018."],
        [
            (None, "Barnet Homes should ensure that its tenancy sustainment officers complete domestic abuse "
             "training.", ["housing"], L),
            (None, "The North West Basic Command Unit of the Metropolitan Police should make sure that bail checks "
             "are recorded on the crime report.", [P], L),
            (None, "NHS North Central London Integrated Care Board should commission a domestic abuse adviser for "
             "GP practices in each of its boroughs.", ["integrated_care_board"], R),
            (None, "The Probation Service in London should ensure that victim liaison officers are told when a "
             "licence condition is breached.", ["probation_service"], R),
            (None, "Barnet Council's Family Services should make sure that a parent's new partner is checked "
             "before a child protection plan ends.", ["childrens_social_care"], L),
        ],
        font="Calibri",
    ),
    BlindDoc(
        "blc-15-taunton-deane", ["Taunton Deane"], "numbered",
        ["Taunton Deane Community Safety Partnership", "Domestic Homicide Review", "Overview Report",
         "Victim: Mrs H", "Author: Gillian Shaw, 2016"],
        ["Mrs H was 55. She was killed by her husband at their home near Wellington in 2014."],
        [
            (None, "Avon and Somerset Constabulary should ensure that the officer in charge of a domestic abuse "
             "case contacts the victim before any decision not to charge.", [P], R),
            (None, "Somerset County Council should ensure that adult social care assessments consider whether a "
             "carer is also a victim of abuse.", ["adult_social_care"], R),
            (None, "Somerset Partnership NHS Foundation Trust should ensure that its staff record the name of any "
             "partner who attends appointments with a patient.", ["mental_health_services"], L),
            (None, "Devon and Somerset Fire and Rescue Service should pass any concern about domestic abuse seen on "
             "a home visit to the local authority.", ["other"], R),
            (None, "Taunton Deane Borough Council should ensure that its housing staff know how to use the "
             "sanctuary scheme.", ["local_authority"], L),
        ],
    ),
    BlindDoc(
        "blc-16-somerset", ["Somerset"], "label",
        ["Safer Somerset Partnership", "Domestic Abuse Related Death Review", "Adult J", "Final Report",
         "Chair: Owen Price", "July 2025"],
        ["Adult J died in 2023. Her death was reviewed as a domestic abuse related death."],
        [
            (None, "Somerset Council should ensure that children's social care considers the perpetrator's history "
             "with previous partners.", ["childrens_social_care"], L),
            (None, "Avon and Somerset Police should ensure that officers record whether a victim has a disability "
             "that affects how they can seek help.", [P], R),
            (None, "NHS Somerset Integrated Care Board should commission routine enquiry training for all GP "
             "practices in Somerset.", ["integrated_care_board"], L),
            (None, "Somerset NHS Foundation Trust should offer a safe room for disclosure in its hospitals.",
             ["hospital"], L),
            (None, "The Safer Somerset Partnership should ask the Home Office to publish guidance on reviews of "
             "deaths by suicide after domestic abuse.", ["community_safety_partnership"], N),
        ],
    ),
    BlindDoc(
        "blc-17-north-yorkshire", ["North Yorkshire"], "headed",
        ["North Yorkshire Community Safety Partnership", "Domestic Abuse Related Death Review",
         "Overview Report", "Mr K", "2025"],
        ["Mr K was 79. He was killed by his son, who was his carer, in a village near Thirsk in 2023."],
        [
            ("North Yorkshire Police", "The force should make sure that a partner's history is checked under the "
             "Domestic Violence Disclosure Scheme when a risk is assessed as high.", [P], L),
            ("North Yorkshire Council", "Adult social care should review how it works with victims who care for "
             "an abuser with dementia.", ["adult_social_care"], L),
            ("Humber and North Yorkshire Integrated Care Board", "Commission domestic abuse training for staff in "
             "all GP practices.", ["integrated_care_board"], R),
            ("York and Scarborough Teaching Hospitals NHS Foundation Trust", "Ensure that the emergency "
             "department's safeguarding team reviews every attendance for an injury by an adult over 75.",
             ["hospital"], L),
            ("Yorkshire Ambulance Service", "Make sure that crews pass on concerns when a patient refuses to be "
             "taken to hospital.", ["ambulance_service"], R),
        ],
    ),
    BlindDoc(
        "blc-18-allerdale", ["Allerdale"], "numbered",
        ["Allerdale Community Safety Partnership", "Domestic Homicide Review", "Overview Report",
         "Death of Ms L", "Author: Robert Kay", "November 2017"],
        ["Ms L was 38 and lived in Workington. She was killed by her partner in 2016."],
        [
            (None, "Cumbria Constabulary should review the way it shares information about domestic abuse "
             "incidents with schools.", [P], R),
            (None, "Cumbria County Council Children's Services should make sure that a child's views are recorded "
             "after every domestic abuse notification.", ["childrens_social_care"], R),
            (None, "Cumbria Partnership NHS Foundation Trust should ensure that health visitors ask about domestic "
             "abuse at each home contact.", ["community_health"], L),
            (None, "Cumbria Fire and Rescue Service should include domestic abuse in the safeguarding training of "
             "its home safety advisers.", ["other"], R),
            (None, "Allerdale Borough Council should ensure that homeless applicants fleeing abuse are not placed in "
             "the same town as the abuser.", ["local_authority"], L),
        ],
        font="Times New Roman",
    ),
    BlindDoc(
        "blc-19-cumberland", ["Cumberland"], "label",
        ["Cumberland Council", "Domestic Abuse Related Death Review", "Adult M", "Final report, 2025"],
        ["The review was commissioned by the Cumberland Community Safety Partnership after the death of Adult M "
         "in Carlisle in 2024."],
        [
            (None, "Cumbria Constabulary should ensure that all officers complete training on non-fatal "
             "strangulation.", [P], R),
            (None, "Cumberland Council should make sure that its adult social care team asks about domestic abuse "
             "when a care package is reviewed.", ["adult_social_care"], L),
            (None, "North Cumbria Integrated Care NHS Foundation Trust should ensure that district nurses record "
             "disclosures of abuse in the patient's record.", ["community_health"], L),
            (None, "NHS North East and North Cumbria Integrated Care Board should ensure that the GP domestic abuse "
             "training it commissions covers older couples.", ["integrated_care_board"], R),
            (None, "The Cumberland Community Safety Partnership should ask the Ministry of Justice to review how the "
             "courts tell victims about a change of bail.", ["community_safety_partnership"], N),
        ],
    ),
    BlindDoc(
        "blc-20-newcastle", ["Newcastle upon Tyne"], "numbered",
        ["Safe Newcastle", "Domestic Homicide Review", "Overview Report", "The death of Nadia",
         "Independent author: Claire Wood", "March 2021"],
        ["Nadia was 24 and was killed by her former partner in 2019, after she had obtained a non-molestation "
         "order."],
        [
            (None, "Northumbria Police should ensure that officers in the Central Area Command visit a victim "
             "within 24 hours when a non-molestation order is breached.", [P], L),
            (None, "Northumbria Police should review its force-wide policy on the seizure of phones in stalking "
             "cases.", [P], R),
            (None, "Newcastle City Council should ensure that its adult social care staff are trained to recognise "
             "abuse by adult children.", ["adult_social_care"], L),
            (None, "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust should make sure that discharge "
             "plans are shared with the patient's GP within two days.", ["mental_health_services"], L),
            (None, "The North East Ambulance Service should remind crews to pass on safeguarding concerns when they "
             "attend a fall at home.", ["ambulance_service"], R),
            (None, "NHS England's North East and Yorkshire regional team should ensure that GP practices in the "
             "region receive the learning from this review.", ["nhs_england"], R),
        ],
    ),
]  # fmt: skip
