"""The documents of the level blind set E: sixteen short overview reports (DHR and DARDR) of real CSPs in England
and Wales, written in our own words, each with its gold (the CSP's places and each recommendation's agencies and
level by ``shared/docs/LABELLING-GUIDE.md``), in set C's format (``BlindDoc``, built by set C's layouts).

Places and public bodies are real (the level depends on them); people, events and wording are invented. Labelled
before the pipeline or any scorer was run on them, by a writer who did not read set D. Judgements the guide
leaves open, kept the same in every document (and as set C keeps them): a county-level review's own county force,
county council and fire service are ``local``; an ICB, county council, fire service or force whose area is wider
than the CSP's is ``regional`` (the ICB even when the CSP's county is most of it: Coventry and Warwickshire for
Warwickshire); a body whose area is exactly the CSP's (Dorset Police for Pan-Dorset, Central West BCU for the
Tri-borough) is ``local``; a force's change confined in the text to its unit for the CSP's place is ``local``;
NHS trusts and Welsh health boards acting as providers are ``local``; a CSP asking a department for a national
change is ``national``. Agencies: fire and rescue services and the Welsh Government are ``other`` (no id of their
own); community NHS trusts are ``local_health_trust``.
"""

from __future__ import annotations

from tests.extraction.level_blind_c.docs import BlindDoc

P, L, R, N = "police", "local", "regional", "national"
ASC, CSC, LA = "adult_social_care", "childrens_social_care", "local_authority"
ICB, MH, HOSP = "integrated_care_board", "mental_health_services", "hospital"
CSP, AMB, PROB, ALL = "community_safety_partnership", "ambulance_service", "probation_service", "all_agencies"

DOCS: list[BlindDoc] = [
    BlindDoc(
        "ble-01-hackney", ["Hackney"], "headed",
        ["HACKNEY", "Hackney Council", "Community Safety Partnership", "Domestic Homicide Review",
         "Overview Report concerning the death of Ms Amara", "Independent Chair: Lydia Brennan", "May 2022"],
        ["Ms Amara was 33. She was killed in her flat in Dalston by her husband in the summer of 2020.",
         "The Community Safety Partnership decided in September 2020 that the death met the criteria for a "
         "review and told the Home Office."],
        [
            ("Metropolitan Police Service", "The Metropolitan Police should change its London-wide guidance so "
             "that a victim who withdraws a complaint is always offered a follow-up call.", [P], R),
            ("Metropolitan Police Service", "Officers of the Central East Basic Command Unit working in Hackney "
             "should be briefed on the local IDVA referral route.", [P], L),
            ("Homerton Healthcare NHS Foundation Trust", "Maternity staff should see every pregnant woman alone "
             "at least once and ask her about abuse.", [HOSP], L),
            ("East London NHS Foundation Trust", "The Trust should record the name and relationship of every "
             "person who accompanies a patient to the perinatal mental health team.", [MH], L),
            ("NHS North East London Integrated Care Board", "The ICB should fund a domestic abuse adviser in "
             "each place it covers, starting with City and Hackney.", [ICB], R),
            ("Hackney Council", "Children and Families Service should make sure that a referral about an unborn "
             "baby is allocated within two working days.", [CSC], L),
            ("Hackney Community Safety Partnership", "The Partnership should ask the Department for Education to "
             "add domestic abuse to the statutory guidance for designated safeguarding leads in schools.",
             [CSP], N),
        ],
    ),
    BlindDoc(
        "ble-02-cwm-taf", ["Merthyr Tydfil", "Rhondda Cynon Taf"], "numbered",
        ["Cwm Taf Community Safety Partnership", "Domestic Homicide Review", "Overview Report",
         "Review into the death of Gwen", "Final version, July 2019"],
        ["Gwen was 61 and lived in Aberdare. She was killed by her partner of twenty years in 2017.",
         "Agencies from Merthyr Tydfil and Rhondda Cynon Taf took part in the review."],
        [
            (None, "South Wales Police should update its guidance to all call handlers on recognising a caller "
             "who cannot speak freely.", [P], R),
            (None, "Cwm Taf Morgannwg University Health Board should ensure that its district nurses ask about "
             "the safety of patients who are cared for by a partner.", ["local_health_trust"], L),
            (None, "Rhondda Cynon Taf County Borough Council should review how its adult services respond when a "
             "carer withdraws from a care package.", [ASC], L),
            (None, "Merthyr Tydfil County Borough Council should make sure that its housing team knows how to "
             "refer a tenant to the MARAC.", [LA], L),
            (None, "The Welsh Ambulance Service should make sure that crews record any injury whose cause is not "
             "explained.", [AMB], R),
            (None, "The Welsh Government should require every public body in Wales to publish how its staff are "
             "trained to ask about abuse.", ["other"], N),
        ],
        font="Calibri",
    ),
    BlindDoc(
        "ble-03-citysafe", ["Liverpool"], "table",
        ["Citysafe", "Liverpool's Community Safety Partnership", "Domestic Homicide Review",
         "Executive Summary: the death of Kieran", "Author: Moira Tait", "January 2021"],
        ["Kieran was 27. He was killed by his partner at their home in Liverpool in 2019.",
         "Citysafe commissioned this review under section 9 of the Domestic Violence, Crime and Victims Act "
         "2004."],
        [
            ("Merseyside Police", "Review the force's training on recognising male victims of domestic abuse.",
             [P], R),
            ("Liverpool City Council", "Ensure that the adult social care front door asks about abuse by a "
             "partner when a man with a learning disability is referred.", [ASC], L),
            ("Mersey Care NHS Foundation Trust", "Ensure that its community mental health staff ask every "
             "patient about a partner's behaviour towards them.", [MH], L),
            ("Liverpool University Hospitals NHS Foundation Trust", "Ensure that the emergency department "
             "refers any adult who attends three times in a year with injuries to its safeguarding team.",
             [HOSP], L),
            ("North West Ambulance Service NHS Trust", "Remind crews across the region that a male patient can "
             "be a victim of domestic abuse.", [AMB], R),
            ("NHS Cheshire and Merseyside", "Commission a domestic abuse service for men that GP practices in "
             "all nine places can refer to.", [ICB], R),
        ],
    ),
    BlindDoc(
        "ble-04-north-hampshire", ["Hart", "Rushmoor"], "label",
        ["Safer North Hampshire", "Domestic Homicide Review", "Overview Report", "Mrs Patricia D",
         "Independent author: Colin Avery", "Final version: 2018"],
        ["The review was commissioned by Safer North Hampshire, the community safety partnership for Hart and "
         "Rushmoor.",
         "Mrs D was 74. She was killed by her husband, who had dementia, at their home in Fleet in 2016."],
        [
            (None, "Hampshire Constabulary should ensure that officers attending a call from an older couple "
             "check whether either has a diagnosis of dementia.", [P], R),
            (None, "Hampshire County Council adult services should ensure that carers' assessments ask whether "
             "the carer has been hurt by the person they care for.", [ASC], R),
            (None, "Hart District Council should include domestic abuse in the training given to its community "
             "support staff.", [LA], L),
            (None, "Frimley Health NHS Foundation Trust should ensure that its memory clinic asks the spouse "
             "about their own safety.", [HOSP], L),
            (None, "Southern Health NHS Foundation Trust should make sure that its older people's mental health "
             "team shares risk information with the GP.", [MH], L),
            (None, "South Central Ambulance Service should remind call handlers to ask whether a caller is safe "
             "when the patient has dementia.", [AMB], R),
        ],
    ),
    BlindDoc(
        "ble-05-pan-dorset", ["Dorset", "Bournemouth, Christchurch and Poole"], "headed",
        ["Pan-Dorset Community Safety Partnership", "Domestic Abuse Related Death Review", "Final Report",
         "Adult Q", "Chair and author: Fiona Marsh", "October 2025"],
        ["Adult Q died in Poole in 2024. The Pan-Dorset partnership covers Dorset Council and Bournemouth, "
         "Christchurch and Poole Council areas."],
        [
            ("Dorset Police", "The force should ensure that every report of non-fatal strangulation is reviewed "
             "by a supervisor within 24 hours.", [P], L),
            ("NHS Dorset", "The ICB should commission routine enquiry training for all GP practices in Dorset "
             "and BCP.", [ICB], L),
            ("Dorset HealthCare University NHS Foundation Trust", "Community mental health teams should tell the "
             "police when a patient on their caseload is known to have strangled a partner.", [MH], L),
            ("Dorset and Wiltshire Fire and Rescue Service", "Safe and well visits should include a question "
             "about whether anyone in the home feels afraid.", ["other"], R),
            ("South Western Ambulance Service", "Crews should record signs of strangulation on the patient "
             "record, even when the patient is not taken to hospital.", [AMB], R),
            ("Home Office", "The Home Office should publish guidance on how reviews of suicides after domestic "
             "abuse are to be notified.", ["home_office"], N),
        ],
        font="Calibri",
    ),
    BlindDoc(
        "ble-06-cornwall", ["Cornwall", "Isles of Scilly"], "numbered",
        ["Safer Cornwall", "Community Safety Partnership for Cornwall and the Isles of Scilly",
         "Domestic Homicide Review", "Overview Report",
         "Into the death of Jenna", "Published 2020"],
        ["Jenna was 36 and lived near Redruth. She was killed by her ex-partner in 2018 after he had been "
         "released from prison."],
        [
            (None, "Devon and Cornwall Police should ensure that officers across the force are told when a "
             "domestic abuse perpetrator is released from prison into their area.", [P], R),
            (None, "Cornwall Council should ensure that its housing options team checks whether a homeless "
             "applicant's former partner has been released from custody.", [LA], L),
            (None, "NHS Kernow Clinical Commissioning Group should ensure that GP practices in Cornwall record "
             "MARAC information on the patient record.", [ICB, "gp"], L),
            (None, "Royal Cornwall Hospitals NHS Trust should train its emergency department staff in the use of "
             "the DASH risk checklist.", [HOSP], L),
            (None, "Cornwall Fire and Rescue Service should refer any concern about domestic abuse seen during a "
             "home fire safety check to the council's safeguarding team.", ["other"], L),
            (None, "The Probation Service should ensure that victim liaison officers in the South West region "
             "tell the police of every release date they are given.", [PROB], R),
        ],
        font="Times New Roman",
    ),
    BlindDoc(
        "ble-07-kirklees", ["Kirklees"], "numbered",
        ["Communities Partnership Kirklees", "Domestic Homicide Review", "Overview Report",
         "Death of Mrs Nasreen B", "Report author: Tom Haigh", "September 2021"],
        ["This review was commissioned by the Kirklees Community Safety Partnership.",
         "Mrs B was 48 and lived in Dewsbury. She was killed by her son in 2019."],
        [
            (None, "West Yorkshire Police should review its policy on responding to parents who report abuse by "
             "an adult child.", [P], R),
            (None, "Officers of the Kirklees policing district should be reminded to refer a parent abused by "
             "an adult child to the local domestic abuse service.", [P], L),
            (None, "Kirklees Council adult social care should ensure that carers' assessments consider abuse by "
             "the person cared for.", [ASC], L),
            (None, "South West Yorkshire Partnership NHS Foundation Trust should involve a patient's family in "
             "planning for discharge from inpatient care.", [MH], L),
            (None, "Calderdale and Huddersfield NHS Foundation Trust should ensure that staff in its emergency "
             "department ask older patients with injuries how they happened.", [HOSP], L),
            (None, "NHS West Yorkshire Integrated Care Board should ensure that the learning from this review is "
             "shared with GP practices in all five of its places.", [ICB], R),
            (None, "The Mayor of West Yorkshire should commission a service across the county for parents "
             "abused by their children.", ["police_and_crime_commissioner"], R),
        ],
    ),
    BlindDoc(
        "ble-08-sandwell", ["Sandwell"], "table",
        ["Safer Sandwell Partnership", "Domestic Homicide Review", "Overview Report", "Adult R",
         "Final report, March 2023"],
        ["Adult R was 52 and lived in West Bromwich. She was killed by her husband in 2021."],
        [
            ("West Midlands Police", "Ensure that every force domestic abuse investigation checks for "
             "previous victims in other force areas.", [P], R),
            ("Sandwell Metropolitan Borough Council", "Ensure that the welfare rights team asks clients about "
             "financial control by a partner.", [LA], L),
            ("Sandwell and West Birmingham Hospitals NHS Trust", "Ensure that the emergency department offers "
             "a referral to the hospital IDVA to every patient who discloses abuse.", [HOSP], L),
            ("Black Country Healthcare NHS Foundation Trust", "Ensure that psychological therapy staff are "
             "trained to respond to a disclosure of domestic abuse.", [MH], L),
            ("NHS Black Country Integrated Care Board", "Commission domestic abuse training for practice staff "
             "across the Black Country.", [ICB], R),
            ("Probation Service, Sandwell Probation Delivery Unit", "Ensure that practitioners in the Sandwell "
             "unit contact children's services before they agree a release address.", [PROB], L),
            ("Department for Work and Pensions", "Review how Universal Credit can be paid to both partners so "
             "that one partner cannot control the money.", ["dwp"], N),
        ],
    ),
    BlindDoc(
        "ble-09-northumberland", ["Northumberland"], "headed",
        ["Northumberland County Council", "Safer Northumberland Partnership", "Domestic Homicide Review",
         "Overview Report", "The death of Mr Alan T", "2019"],
        ["Mr T was 69 and was killed by his wife at their home in Hexham in 2017."],
        [
            ("Northumbria Police", "The force should make sure that its control room staff across Northumbria "
             "treat a report of an assault by a wife as a domestic incident.", [P], R),
            ("Northumberland County Council", "Adult social care should offer a carer's assessment to any man "
             "who cares for a wife with mental ill health.", [ASC], L),
            ("Northumberland County Council", "Northumberland Fire and Rescue Service should add domestic abuse "
             "to the questions asked on a safe and well visit.", ["other"], L),
            ("Northumbria Healthcare NHS Foundation Trust", "Staff in the minor injuries units should ask how "
             "an injury to an older man happened.", [HOSP], L),
            ("Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust", "The Trust should make sure that the "
             "spouse of a patient is given the crisis team's telephone number.", [MH], L),
            ("North East Ambulance Service", "Crews should pass on a safeguarding concern when an older person's "
             "account of a fall does not match the injury.", [AMB], R),
            ("NHS England", "NHS England should include male victims of domestic abuse in the national "
             "safeguarding training for all NHS staff.", ["nhs_england"], N),
        ],
        font="Calibri",
    ),
    BlindDoc(
        "ble-10-bedford", ["Bedford"], "label",
        ["Bedford Borough Community Safety Partnership", "Domestic Homicide Review", "Report into the death of "
         "Lena", "Independent Chair: Marcus Ojo", "December 2020"],
        ["Lena was 22 and was killed by her former boyfriend in Bedford in 2019."],
        [
            (None, "Bedfordshire Police should ensure that all officers know how to apply for a Domestic Violence "
             "Protection Order.", [P], R),
            (None, "Bedford Borough Council should ensure that its leaving care team asks young people about "
             "abuse in their relationships.", [CSC], L),
            (None, "The Office of the Police and Crime Commissioner for Bedfordshire should fund a young person's "
             "IDVA across the county.", ["police_and_crime_commissioner"], R),
            (None, "Bedfordshire Hospitals NHS Foundation Trust should ensure that its sexual health clinic asks "
             "every patient under 25 about relationship abuse.", [HOSP], L),
            (None, "East London NHS Foundation Trust should ensure that its Bedford community teams record a "
             "patient's disclosure of abuse in the risk assessment.", [MH], L),
            (None, "Bedfordshire, Luton and Milton Keynes Integrated Care Board should ensure that GP practices "
             "receive the learning from this review.", [ICB], R),
            (None, "All agencies should make sure that staff know the local referral route for young victims.",
             [ALL], L),
        ],
    ),
    BlindDoc(
        "ble-11-cheltenham", ["Cheltenham"], "numbered",
        ["Domestic Homicide Review", "Overview Report", "Victim: Sophie", "Author: Anne Kerr",
         "Final version: April 2017"],
        ["This review was commissioned by the Cheltenham Community Safety Partnership on behalf of Cheltenham "
         "Borough Council.",
         "Sophie was 40 and was killed by her husband at their home in Cheltenham in 2015."],
        [
            (None, "Gloucestershire Constabulary should review how its officers respond to a third report of "
             "domestic abuse at the same address within a year.", [P], R),
            (None, "Gloucestershire County Council children's social care should ensure that a single assessment "
             "covers both parents' histories.", [CSC], R),
            (None, "Cheltenham Borough Homes should train its tenancy officers to recognise signs of coercive "
             "control.", ["housing"], L),
            (None, "Gloucestershire Hospitals NHS Foundation Trust should ensure that routine enquiry is made at "
             "every antenatal booking appointment.", [HOSP], L),
            (None, "Gloucestershire Health and Care NHS Foundation Trust should make sure that its talking "
             "therapies service asks about abuse at assessment.", [MH], L),
            (None, "NHS Gloucestershire Clinical Commissioning Group should commission domestic abuse training "
             "for GP practices in the county.", [ICB], R),
            (None, "The Cheltenham Community Safety Partnership should write to the Home Office asking it to "
             "change the statutory guidance so that reviews can be published after an inquest.", [CSP], N),
        ],
        font="Times New Roman",
    ),
    BlindDoc(
        "ble-12-warwickshire", ["Warwickshire"], "table",
        ["Safer Warwickshire Partnership Board", "Domestic Abuse Related Death Review", "Final Report",
         "Into the death of Adult S", "Chair: Rachel Hume", "June 2025"],
        ["Adult S died in Nuneaton in 2024. The review was held at county level by the Safer Warwickshire "
         "Partnership Board, which acts as the community safety partnership for the county."],
        [
            ("Warwickshire Police", "Make sure that officers complete a stalking risk assessment for every "
             "report of harassment by a former partner.", [P], L),
            ("Warwickshire County Council", "Ensure that adult social care checks for domestic abuse when a "
             "safeguarding concern is raised about an adult with autism.", [ASC], L),
            ("Coventry and Warwickshire Integrated Care Board", "Commission training on autism and domestic "
             "abuse for GP practices.", [ICB], R),
            ("South Warwickshire University NHS Foundation Trust", "Ensure that the emergency department's "
             "safeguarding nurse reviews every attendance linked to self-harm after abuse.", [HOSP], L),
            ("Coventry and Warwickshire Partnership NHS Trust", "Ensure that autism assessment staff ask adults "
             "about their relationships.", [MH], L),
            ("West Midlands Ambulance Service", "Remind crews across the service to record what the patient says "
             "about how they were hurt.", [AMB], R),
            ("HM Courts and Tribunals Service", "Review how victims are told of hearing dates in stalking cases "
             "so that no victim learns of a hearing after it has taken place.", ["hmcts"], N),
        ],
    ),
    BlindDoc(
        "ble-13-tri-borough", ["Hammersmith and Fulham", "Kensington and Chelsea", "Westminster"], "headed",
        ["Commissioned by the Tri-borough Community Safety Partnership",
         "Hammersmith and Fulham, Kensington and Chelsea, and Westminster", "Domestic Homicide Review",
         "Overview Report: Ms Yasmin", "Independent author: Daniel Fry", "November 2016"],
        ["Ms Yasmin was 30 and was killed by her husband in Westminster in 2014."],
        [
            ("Metropolitan Police Service", "The Central West Basic Command Unit should ensure that its "
             "officers attending a domestic incident in the three boroughs speak to the victim away from the "
             "suspect.", [P], L),
            ("Metropolitan Police Service", "The Met should ensure that interpreters it uses across London are "
             "told not to pass messages between a victim and a suspect.", [P], R),
            ("Imperial College Healthcare NHS Trust", "The Trust should make sure that its maternity staff use a "
             "professional interpreter whenever a woman does not speak English.", [HOSP], L),
            ("Central and North West London NHS Foundation Trust", "The Trust should ensure that its staff ask "
             "about immigration status only where it affects the support on offer.", [MH], L),
            ("London Ambulance Service", "Crews should use the language line when a patient's partner offers to "
             "translate.", [AMB], R),
            ("Mayor's Office for Policing and Crime", "MOPAC should fund advocacy across London for victims with "
             "no recourse to public funds.", ["police_and_crime_commissioner"], R),
            ("Home Office", "The Home Office should extend the destitution domestic violence concession to women "
             "on every kind of visa.", ["home_office"], N),
        ],
    ),
    BlindDoc(
        "ble-14-carmarthenshire", ["Carmarthenshire"], "numbered",
        ["Cyngor Sir Gâr", "Carmarthenshire County Council", "Carmarthenshire Community Safety Partnership",
         "Adolygiad Dynladdiad Domestig / Domestic Homicide Review", "Overview Report: Mr Huw E",
         "February 2022"],
        ["Mr E was 57 and lived on a smallholding near Llandeilo. He was killed by his wife in 2020."],
        [
            (None, "Dyfed-Powys Police should ensure that officers in all four counties of the force area offer "
             "male victims a referral to a specialist service.", [P], R),
            (None, "Hywel Dda University Health Board should ensure that its community mental health teams ask "
             "patients whether they are afraid of anyone at home.", [MH], L),
            (None, "Carmarthenshire County Council should make sure that its rural support officers know how to "
             "refer a farmer who discloses abuse.", [LA], L),
            (None, "Mid and West Wales Fire and Rescue Service should include domestic abuse in its home safety "
             "check questions.", ["other"], R),
            (None, "The Dyfed-Powys Police and Crime Commissioner should commission a service for male victims "
             "across the force area.", ["police_and_crime_commissioner"], R),
            (None, "The Probation Service in Wales should ensure that every pre-sentence report on a domestic "
             "abuse offence includes the view of the victim liaison officer.", [PROB], R),
        ],
    ),
    BlindDoc(
        "ble-15-eastbourne-lewes-wealden", ["Eastbourne", "Lewes", "Wealden"], "label",
        ["Eastbourne, Lewes and Wealden Community Safety Partnership", "Domestic Homicide Review",
         "Overview Report", "Death of Mrs Carol H", "Independent Chair: Simon Pryce", "August 2021"],
        ["Mrs H was 66 and was killed by her husband near Crowborough in 2019. The review was commissioned by "
         "the Safer East Sussex Team on behalf of the Eastbourne, Lewes and Wealden Community Safety "
         "Partnership."],
        [
            (None, "Sussex Police should ensure that officers across Sussex check the firearms licensing record "
             "at every domestic incident.", [P], R),
            (None, "East Sussex County Council should ensure that its adult social care assessments ask about "
             "any weapons in the home.", [ASC], R),
            (None, "Wealden District Council should train its environmental health officers to recognise "
             "domestic abuse during home visits.", [LA], L),
            (None, "East Sussex Healthcare NHS Trust should ensure that district nurses raise a concern when a "
             "patient appears frightened of a partner.", [HOSP], L),
            (None, "Sussex Partnership NHS Foundation Trust should ensure that its staff ask patients' partners "
             "about their safety.", [MH], L),
            (None, "NHS Sussex should ensure that GP practices in Sussex are told about firearms certificate "
             "holders who are known to be violent at home.", [ICB], R),
            (None, "The Community Safety Partnership should write to the Home Office asking it to change the "
             "firearms licensing guidance so that a GP is asked about domestic abuse at every renewal.", [CSP],
             N),
        ],
    ),
    BlindDoc(
        "ble-16-bristol", ["Bristol"], "headed",
        ["Keeping Bristol Safe Partnership", "Domestic Homicide Review", "Overview Report",
         "Concerning the death of Danielle", "Author: Grace Lowe", "March 2023"],
        ["Danielle was 29 and was killed by her former partner in south Bristol in 2021."],
        [
            ("Avon and Somerset Police", "The force should ensure that officers in all its areas check a "
             "suspect's history with earlier partners before a risk assessment is graded.", [P], R),
            ("Bristol City Council", "Children's services should invite the domestic abuse service to every "
             "strategy meeting where abuse is the main concern.", [CSC], L),
            ("North Bristol NHS Trust", "The Trust should offer training on non-fatal strangulation to all "
             "emergency department staff.", [HOSP], L),
            ("Avon and Wiltshire Mental Health Partnership NHS Trust", "The Trust should make sure that risk "
             "assessments for patients who have harmed a partner are shared with the police.", [MH], L),
            ("Avon Fire and Rescue Service", "Home fire safety visits should include a question about whether "
             "the resident feels safe at home.", ["other"], R),
            ("Bristol, North Somerset and South Gloucestershire Integrated Care Board", "The ICB should "
             "commission a domestic abuse adviser for GP practices in all three areas.", [ICB], R),
            ("All agencies", "All agencies should ensure that their staff know how to refer a victim to the "
             "MARAC in Bristol.", [ALL], L),
        ],
        font="Calibri",
    ),
]  # fmt: skip
