"""The documents of the level blind set D: twenty short overview reports (DHR and DARDR) of CSPs across England
and Wales, written in our own words, each with its gold (the CSP's places and each recommendation's agencies and
level by ``shared/docs/LABELLING-GUIDE.md``, "level"). Labelled before the pipeline was run on them.

The set covers what set C lacks: London boroughs (the Met, its BCUs, MOPAC, London-wide bodies), Welsh reviews
(Welsh forces, health boards, the Welsh Government), unitaries inside a ceremonial county, merged CSPs whose
names list several districts, a county-wide CSP, two-tier districts whose county council serves several CSPs, a
county council named in a neighbouring unitary's review, trusts covering several counties, ambulance trusts,
ICBs spanning several places, probation regions and delivery units, CPS areas, fire and rescue services,
national bodies, "all agencies", the CSP itself and safeguarding boards (one known by its initials), and CSP
names written in several ways (DARDR as well as DHR, capitals, "commissioned by", a name with no place in it).

Places and public bodies are real (the level depends on them); the people, events and wording are invented, and
so is the one partnership brand with no place in it ("Stronger Together Partnership", d12). Judgements the guide
leaves open, kept as set C keeps them: a county-level review's own county force, fire service, ICB and boards are
`local`; an ICB, county council, fire service or safeguarding board covering more than the CSP's area is
`regional` (so is a county council named in a neighbouring unitary's review: its area is not the CSP's at all);
a force's or probation's change confined to its unit for the CSP's area (a BCU, a delivery unit) is `local`;
NHS trusts and Welsh health boards acting as providers are `local` however many counties they serve. Added here:
a CPS area (one of the CPS's fourteen) asked to change its own practice is `regional`, as a probation region is;
the CPS, HMPPS or a department asked is `national`; a national change asked of the wrong department (the Home
Office asked to change a GP contract) is still `national`; the Welsh Ambulance Services trust is an ambulance
trust (`regional`).
"""

from __future__ import annotations

from tests.extraction.level_blind_c.docs import BlindDoc, Rec

P, L, R, N = "police", "local", "regional", "national"
HO, CSP, AA = "home_office", "community_safety_partnership", "all_agencies"

__all__ = ["DOCS", "BlindDoc", "Rec"]

# fmt: off
DOCS: list[BlindDoc] = [
    BlindDoc(
        "bld-01-tower-hamlets", ["Tower Hamlets"], "headed",
        ["London Borough of Tower Hamlets", "Tower Hamlets Community Safety Partnership",
         "Domestic Homicide Review", "Overview Report into the death of Amina", "Independent Chair: Helen Rourke",
         "Final version: July 2024"],
        ["Amina was 26 and lived with her husband and his parents in a flat in Bow. She was killed by her husband "
         "in 2022.",
         "The panel heard from agencies in the borough and from London-wide services."],
        [
            ("Metropolitan Police Service", "The Met should ensure that every officer who attends a domestic "
             "incident can call an interpreter who is not a member of the household.", [P], R),
            ("Metropolitan Police Service", "The Central East Basic Command Unit should audit how its officers "
             "record the voice of the victim in Tower Hamlets.", [P], L),
            ("Mayor's Office for Policing and Crime", "MOPAC should include honour-based abuse in the London-wide "
             "domestic abuse services it commissions.", ["police_and_crime_commissioner"], R),
            ("Barts Health NHS Trust", "Maternity staff should see every woman alone at least once during her "
             "pregnancy.", ["midwifery"], L),
            ("NHS North East London Integrated Care Board", "The ICB should fund interpreters for GP appointments "
             "where domestic abuse is suspected.", ["integrated_care_board"], R),
            ("Tower Hamlets Council", "The housing options service should offer a safe place to stay to a victim "
             "who discloses abuse by her in-laws.", ["housing"], L),
        ],
    ),
    BlindDoc(
        "bld-02-croydon", ["Croydon"], "numbered",
        ["SAFER CROYDON PARTNERSHIP", "DOMESTIC ABUSE RELATED DEATH REVIEW", "Mr Daniel Okoye",
         "Report Author: Simon Leary", "March 2025"],
        ["Mr Okoye was 38. He took his own life in 2023 after several years of abuse by his partner. This review "
         "is a Domestic Abuse Related Death Review."],
        [
            (None, "London Ambulance Service NHS Trust should ensure that crews ask a male patient with injuries "
             "whether anyone at home has hurt him.", ["ambulance_service"], R),
            (None, "The London Violence Reduction Unit should include male victims in its pan-London awareness "
             "campaigns.", ["other"], R),
            (None, "Croydon Health Services NHS Trust should refer every patient who discloses abuse to the "
             "hospital IDVA service.", ["hospital"], L),
            (None, "The Probation Service London region should ensure that its offender managers check for "
             "domestic abuse call-outs before a home detention curfew is approved.", ["probation_service"], R),
            (None, "The Croydon Probation Delivery Unit should share its risk assessments with the Croydon MARAC.",
             ["probation_service"], L),
            (None, "The Home Office should amend the statutory guidance for reviews so that suicides after "
             "domestic abuse are always reviewed.", [HO], N),
            (None, "The Safer Croydon Partnership should check every six months that the actions of this review "
             "are being completed.", [CSP], L),
        ],
    ),
    BlindDoc(
        "bld-03-swansea", ["Swansea"], "label",
        ["Safer Swansea Partnership", "Partneriaeth Abertawe Mwy Diogel", "Domestic Homicide Review",
         "Overview Report: Ceri", "Independent Reviewer: Gareth Price", "September 2023"],
        ["Ceri was 47 and lived in Morriston. She was killed by her partner in 2021.",
         "The review follows the Welsh and English guidance for domestic homicide reviews."],
        [
            (None, "South Wales Police should review how domestic abuse calls are graded when the caller is a "
             "neighbour.", [P], R),
            (None, "Swansea Bay University Health Board should ensure that its mental health teams ask every "
             "patient about abuse by a partner.", ["mental_health_services"], L),
            (None, "The Welsh Ambulance Services NHS Trust should add a domestic abuse prompt to its electronic "
             "patient record.", ["ambulance_service"], R),
            (None, "Mid and West Wales Fire and Rescue Service should train its staff to make a safeguarding "
             "referral after a home fire safety check.", ["other"], R),
            (None, "The Welsh Government should update the national VAWDASV training framework so that it covers "
             "financial abuse.", ["other"], N),
            (None, "Swansea Council should ensure that its housing staff ask about abuse when a tenant asks to end "
             "a joint tenancy.", ["housing"], L),
        ],
        font="Calibri",
    ),
    BlindDoc(
        "bld-04-carmarthenshire", ["Carmarthenshire"], "table",
        ["Domestic Abuse Related Death Review", "Commissioned by the Carmarthenshire Community Safety Partnership",
         "Review into the death of Mrs Jones", "Chair and Author: Eleri Morgan", "January 2025"],
        ["Mrs Jones was 72 and lived on a farm near Llandeilo. She died in 2023. Her son has been convicted of her "
         "manslaughter."],
        [
            ("Dyfed-Powys Police", "Ensure that call handlers ask about firearms and shotgun licences held in the "
             "household.", [P], R),
            ("Hywel Dda University Health Board", "Ensure that district nurses are trained to recognise abuse of "
             "older people by adult children.", ["community_health"], L),
            ("Carmarthenshire County Council", "Review how carers' assessments consider the carer's own history of "
             "violence.", ["adult_social_care"], L),
            ("Probation Service Wales", "Ensure that the victim's family is told before an offender is released "
             "to an address nearby.", ["probation_service"], R),
            ("Welsh Government", "Ensure that statutory guidance for Welsh local authorities covers abuse of "
             "older people by family members.", ["other"], N),
            ("Department for Work and Pensions", "Review how appointees for pension payments are checked when "
             "abuse is reported.", ["dwp"], N),
        ],
    ),
    BlindDoc(
        "bld-05-newport", ["Newport"], "numbered",
        ["Safer Newport Partnership", "Domestic Homicide Review", "Overview Report",
         "Into the death of Leanne", "Independent Chair: Rhys Bowen", "Final: 2 May 2022"],
        ["Leanne was 24. She was killed by her former partner in Newport in 2020, three weeks after she reported "
         "him to the police."],
        [
            (None, "Gwent Police should ensure that a suspect's bail conditions are sent to the victim in writing.",
             [P], R),
            (None, "Aneurin Bevan University Health Board should ensure that its sexual health clinics ask about "
             "domestic abuse at every visit.", ["community_health"], L),
            (None, "Newport City Council should include coercive control in the training for its housing support "
             "officers.", ["housing"], L),
            (None, "The Gwent Violence Against Women, Domestic Abuse and Sexual Violence Board should commission a "
             "single service for young victims across the five local authorities of Gwent.", ["other"], R),
            (None, "South Wales Fire and Rescue Service should share concerns about deliberate fires at a victim's "
             "home with the police.", ["other"], R),
            (None, "HM Prison and Probation Service should change its national policy so that victims are told "
             "when a recall is refused.", ["ministry_of_justice"], N),
        ],
    ),
    BlindDoc(
        "bld-06-milton-keynes", ["Milton Keynes"], "headed",
        ["Safer MK Partnership", "Milton Keynes Domestic Homicide Review", "The death of Sophie",
         "Author: Clare Hindley", "Final report, November 2022"],
        ["Sophie was 33 and lived in Milton Keynes with her two children. She was killed by her husband in 2021.",
         "Milton Keynes City Council's community safety team supported the panel."],
        [
            ("Thames Valley Police", "The force should ensure that officers use body-worn video at every domestic "
             "abuse incident.", [P], R),
            ("Milton Keynes City Council", "Children's social care should involve the non-abusing parent in every "
             "safety plan.", ["childrens_social_care"], L),
            ("NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board", "The ICB should ensure that GP "
             "practices record domestic abuse disclosures with a standard code.", ["integrated_care_board", "gp"],
             R),
            ("Buckinghamshire Fire and Rescue Service", "Home fire safety visits should include a question about "
             "threats made by a partner.", ["other"], R),
            ("Milton Keynes University Hospital NHS Foundation Trust", "The emergency department should offer a "
             "referral to the hospital IDVA to every patient who discloses abuse.", ["hospital"], L),
            ("South Central Ambulance Service NHS Foundation Trust", "Crews should pass safeguarding concerns to "
             "the local authority on the same day.", ["ambulance_service"], R),
        ],
    ),
    BlindDoc(
        "bld-07-medway", ["Medway"], "numbered",
        ["Medway Community Safety Partnership", "Domestic Homicide Review", "Overview Report: Tracey",
         "Chair: Andrew Pike", "October 2023"],
        ["Tracey was 51 and lived in Chatham. She was killed by her husband in 2021.",
         "The Kent and Medway Safeguarding Adults Board (KMSAB) and the Medway Safeguarding Children Partnership "
         "sat on the panel."],
        [
            (None, "Kent Police should ensure that repeat victims are reviewed by a domestic abuse investigator.",
             [P], R),
            (None, "Kent County Council should ensure that the domestic abuse support service it commissions "
             "jointly with Medway Council offers outreach to older women.", ["local_authority_commissioners"], R),
            (None, "Medway Council should ensure that its adult social care staff ask about domestic abuse at "
             "every review.", ["adult_social_care"], L),
            (None, "The KMSAB should publish a briefing for practitioners on abuse of women over 50.",
             ["safeguarding_adults_board"], R),
            (None, "Medway NHS Foundation Trust should ensure that staff in its emergency department complete "
             "routine enquiry.", ["hospital"], L),
            (None, "The Medway Probation Delivery Unit should check police call-outs before each supervision "
             "appointment.", ["probation_service"], L),
            (None, "Kent Fire and Rescue Service should refer residents who disclose abuse during safe and well "
             "visits.", ["other"], R),
        ],
        font="Calibri",
    ),
    BlindDoc(
        "bld-08-bassetlaw-newark-sherwood", ["Bassetlaw", "Newark and Sherwood"], "headed",
        ["Bassetlaw, Newark & Sherwood Community Safety Partnership", "Domestic Homicide Review",
         "Report into the death of Mr Paul Reid", "Independent Author: Jane Wicks", "June 2022"],
        ["Mr Reid was 59. He was killed by his son at the family home near Worksop in 2020."],
        [
            ("Nottinghamshire Police", "The force should ensure that abuse by an adult child is recorded as "
             "domestic abuse in every case.", [P], R),
            ("Nottinghamshire County Council", "Adult social care should offer carers' assessments to parents who "
             "care for an adult child with a substance misuse problem.", ["adult_social_care"], R),
            ("Bassetlaw District Council", "The housing team should ask about violence from family members when a "
             "household applies as homeless.", ["housing"], L),
            ("Nottinghamshire Healthcare NHS Foundation Trust", "The Trust should involve family carers in "
             "discharge planning.", ["mental_health_services"], L),
            ("East Midlands Ambulance Service NHS Trust", "Crews should record who else is present when they "
             "attend an assault at home.", ["ambulance_service"], R),
            ("Bassetlaw, Newark and Sherwood Community Safety Partnership", "The partnership should hold a "
             "learning event on this review for practitioners in both districts.", [CSP], L),
        ],
        font="Times New Roman",
    ),
    BlindDoc(
        "bld-09-lichfield-tamworth", ["Lichfield", "Tamworth"], "numbered",
        ["Lichfield and Tamworth Community Safety Partnership", "Domestic Homicide Review",
         "Overview Report", "Death of Kelly", "April 2021"],
        ["Kelly was 30. She was killed by her partner in Tamworth in 2019."],
        [
            (None, "Staffordshire Police should ensure that officers check for previous partners' reports before "
             "closing a domestic abuse incident.", [P], R),
            (None, "Staffordshire County Council should ensure that its children's services contact the victim "
             "alone before a case is closed.", ["childrens_social_care"], R),
            (None, "Staffordshire Fire and Rescue Service should add domestic abuse to the questions asked at "
             "safe and well visits.", ["other"], R),
            (None, "Midlands Partnership University NHS Foundation Trust should ensure that health visitors ask "
             "about domestic abuse at every contact.", ["community_health"], L),
            (None, "NHS Staffordshire and Stoke-on-Trent Integrated Care Board should commission an IRIS service "
             "for GP practices.", ["integrated_care_board"], R),
            (None, "Tamworth Borough Council should train its housing officers on coercive control.",
             ["housing"], L),
        ],
    ),
    BlindDoc(
        "bld-10-lincolnshire", ["Lincolnshire"], "label",
        ["Safer Lincolnshire Partnership", "Domestic Homicide Review", "Overview Report: Margaret",
         "Independent Chair: Robert Ince", "Final version: February 2024"],
        ["Margaret was 79 and lived in a village near Boston. She was killed by her husband in 2022.",
         "Lincolnshire's reviews are commissioned by the county-wide partnership. The Lincolnshire Safeguarding "
         "Adults Board (LSAB) was represented on the panel."],
        [
            (None, "Lincolnshire Police should ensure that a DASH risk assessment is completed with older victims "
             "away from the suspect.", [P], L),
            (None, "Lincolnshire County Council should ensure that adult social care reviews ask about the "
             "relationship between a cared-for person and their carer.", ["adult_social_care"], L),
            (None, "Lincolnshire Fire and Rescue should share concerns from home safety visits with adult social "
             "care.", ["other"], L),
            (None, "NHS Lincolnshire Integrated Care Board should ensure that GP practices review patients with "
             "dementia whose carer has a history of violence.", ["integrated_care_board"], L),
            (None, "East Midlands Ambulance Service should make a safeguarding referral whenever an older patient "
             "has an unexplained injury.", ["ambulance_service"], R),
            (None, "The LSAB should include domestic abuse of older people in its annual audit programme.",
             ["safeguarding_adults_board"], L),
            (None, "The Department of Health and Social Care should include domestic abuse in the national "
             "dementia care guidance.", ["dhsc"], N),
        ],
    ),
    BlindDoc(
        "bld-11-huntingdonshire", ["Huntingdonshire"], "numbered",
        ["Huntingdonshire CSP", "Domestic Homicide Review", "Executive summary and overview: Rachel",
         "Author: Martin Goodall", "December 2021"],
        ["Rachel was 42 and lived in St Neots. She was killed by her former husband in 2020."],
        [
            (None, "Cambridgeshire Constabulary should ensure that stalking protection orders are considered in "
             "every stalking case.", [P], R),
            (None, "Cambridgeshire County Council should ensure that the domestic abuse service it commissions "
             "offers support after separation.", ["local_authority_commissioners"], R),
            (None, "The Cambridgeshire and Peterborough Safeguarding Adults Board should publish a learning "
             "briefing on stalking.", ["safeguarding_adults_board"], R),
            (None, "Huntingdonshire District Council should ensure that its community safety team shares "
             "antisocial behaviour reports with the police.", ["council_community_safety_team"], L),
            (None, "Cambridgeshire and Peterborough NHS Foundation Trust should ask about stalking at every "
             "mental health assessment.", ["mental_health_services"], L),
            (None, "The CPS East of England Area should review how it decides to charge breaches of a restraining "
             "order.", ["crown_prosecution_service"], R),
        ],
    ),
    BlindDoc(
        "bld-12-thurrock", ["Thurrock"], "headed",
        ["Stronger Together Partnership", "Domestic Homicide Review", "Report concerning Ms Hannah Cole",
         "Independent Chair: Peter Lamb", "August 2023"],
        ["Ms Cole was 36 and lived in Grays. She was killed by her partner in 2021.",
         "Thurrock Council chaired the panel. Agencies from Thurrock and from Essex took part.",
         "The panel looked at the help given to Ms Cole in Thurrock over four years."],
        [
            ("Essex Police", "The force should ensure that a victim who withdraws a statement is offered support "
             "from an IDVA.", [P], R),
            ("Essex County Council", "The council should ensure that its Essex-wide domestic abuse helpline takes "
             "calls from Thurrock residents.", ["local_authority"], R),
            ("Thurrock Council", "Housing should ensure that a tenant who reports abuse is offered a sanctuary "
             "scheme.", ["housing"], L),
            ("Mid and South Essex NHS Foundation Trust", "The Trust should ensure that its emergency departments "
             "record who accompanies a patient.", ["hospital"], L),
            ("NHS Mid and South Essex Integrated Care Board", "The ICB should ensure that GP practices follow up "
             "patients referred to a MARAC.", ["integrated_care_board"], R),
            ("Essex County Fire and Rescue Service", "The service should train its staff to recognise abuse "
             "during home safety visits.", ["other"], R),
        ],
    ),
    BlindDoc(
        "bld-13-swindon", ["Swindon"], "table",
        ["Swindon Community Safety Partnership", "Domestic Homicide Review", "Overview Report",
         "Death of Adult B", "Final: March 2022"],
        ["Adult B was 55. She was killed by her husband in Swindon in 2020."],
        [
            ("Wiltshire Police", "Ensure that a domestic abuse investigation is reviewed by a supervisor before "
             "it is closed.", [P], R),
            ("NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board", "Commission domestic "
             "abuse training for practice nurses.", ["integrated_care_board"], R),
            ("Great Western Hospitals NHS Foundation Trust", "Ensure that routine enquiry is made in the "
             "emergency department.", ["hospital"], L),
            ("Avon and Wiltshire Mental Health Partnership NHS Trust", "Ensure that carers are asked about risks "
             "at home.", ["mental_health_services"], L),
            ("Dorset & Wiltshire Fire and Rescue Service", "Refer every disclosure of abuse made during a home "
             "visit to the police.", ["other"], R),
            ("Swindon Borough Council", "Ensure that its adult social care front door checks for police call-outs "
             "to the address.", ["adult_social_care"], L),
            ("Ministry of Justice", "Review the law on how family courts consider evidence of coercive control.",
             ["ministry_of_justice"], N),
        ],
    ),
    BlindDoc(
        "bld-14-wirral", ["Wirral"], "headed",
        ["Domestic Homicide Review", "Commissioned by Wirral Council on behalf of the Safer Wirral Partnership",
         "Overview Report: Lisa", "Independent Chair: Katherine Doyle", "May 2023"],
        ["Lisa was 40 and lived in Birkenhead. She was killed by her partner in 2021."],
        [
            ("Merseyside Police", "The force should ensure that every domestic abuse arrest is followed by a "
             "safety plan for the victim.", [P], R),
            ("NHS Cheshire and Merseyside Integrated Care Board", "The ICB should fund domestic abuse advisers in "
             "GP practices across its nine places.", ["integrated_care_board"], R),
            ("Wirral University Teaching Hospital NHS Foundation Trust", "The Trust should ensure that staff ask "
             "about abuse when a patient attends with a head injury.", ["hospital"], L),
            ("North West Ambulance Service NHS Trust", "Crews should record a safeguarding concern when a patient "
             "says a partner hurt them.", ["ambulance_service"], R),
            ("Wirral Council", "Children's services should ensure that school staff are told when a child has "
             "witnessed domestic abuse.", ["childrens_social_care"], L),
            ("Merseyside Fire and Rescue Service", "The service should refer residents who disclose abuse to the "
             "local IDVA service.", ["other"], R),
            ("Department for Education", "The department should add coercive control to the statutory guidance "
             "on relationships education.", ["dfe"], N),
        ],
    ),
    BlindDoc(
        "bld-15-cornwall", ["Cornwall", "Isles of Scilly"], "numbered",
        ["Safer Cornwall", "Domestic Abuse Related Death Review", "Concerning the death of Jenna",
         "Chair: Tom Pascoe", "April 2025"],
        ["Jenna was 28 and lived near Truro. She died in 2023. Her partner has been charged with her murder.",
         "Safer Cornwall is the community safety partnership for Cornwall and the Isles of Scilly."],
        [
            (None, "Devon and Cornwall Police should ensure that officers check a suspect's history in both "
             "counties before deciding on bail.", [P], R),
            (None, "Cornwall Council should ensure that its housing service offers a safe place to stay to victims "
             "in rural areas.", ["housing"], L),
            (None, "Cornwall Fire and Rescue Service should include domestic abuse in its safe and well visits.",
             ["other"], L),
            (None, "NHS Cornwall and Isles of Scilly Integrated Care Board should ensure that GP practices offer "
             "routine enquiry to pregnant women.", ["integrated_care_board"], L),
            (None, "Royal Cornwall Hospitals NHS Trust should refer every pregnant woman who discloses abuse to "
             "the specialist midwife.", ["midwifery"], L),
            (None, "South Western Ambulance Service NHS Foundation Trust should train call handlers to recognise "
             "coded calls for help.", ["ambulance_service"], R),
            (None, "NHS England should update the national maternity records so that routine enquiry is "
             "recorded.", ["nhs_england"], N),
        ],
        font="Calibri",
    ),
    BlindDoc(
        "bld-16-luton", ["Luton"], "label",
        ["Community Safety Partnership Luton", "DHR 03/2021", "Overview Report: Mrs Begum",
         "Independent Author: Nadia Shah", "February 2022"],
        ["Mrs Begum was 44. She was killed by her husband in Luton in 2021."],
        [
            (None, "Bedfordshire Police should ensure that officers speak to the victim alone at every domestic "
             "incident.", [P], R),
            (None, "Luton Borough Council should ensure that its housing service asks about abuse by extended "
             "family.", ["housing"], L),
            (None, "Bedfordshire Fire and Rescue Service should share concerns from home visits with the local "
             "authority.", ["other"], R),
            (None, "NHS Bedfordshire, Luton and Milton Keynes ICB should commission domestic abuse training for "
             "GP practices across the three places.", ["integrated_care_board"], R),
            (None, "Bedfordshire Hospitals NHS Foundation Trust should offer an interpreter to every patient who "
             "needs one.", ["hospital"], L),
            (None, "The Department for Work and Pensions should allow a victim to have Universal Credit paid into "
             "her own account.", ["dwp"], N),
        ],
    ),
    BlindDoc(
        "bld-17-warrington", ["Warrington"], "numbered",
        ["Warrington Community Safety Partnership", "Domestic Homicide Review", "Overview Report",
         "Into the death of Mr Steven Hart", "Independent Chair: Lorna Bates", "Final, 14 September 2022"],
        ["Mr Hart was 61. He was killed by his partner in Warrington in 2020."],
        [
            (None, "Cheshire Constabulary should ensure that male victims are offered a referral to a specialist "
             "service.", [P], R),
            (None, "Cheshire Fire and Rescue Service should refer to the police any injury seen during a home "
             "safety visit.", ["other"], R),
            (None, "Warrington Borough Council should ensure that adult social care considers domestic abuse when "
             "a man is the victim.", ["adult_social_care"], L),
            (None, "Warrington and Halton Teaching Hospitals NHS Foundation Trust should ask male patients about "
             "domestic abuse.", ["hospital"], L),
            (None, "The Probation Service in the North West region should ensure that every offender's current "
             "partner is identified.", ["probation_service"], R),
            (None, "HMPPS should change its national guidance so that a partner is told when an offender is "
             "released to her address.", ["ministry_of_justice"], N),
            (None, "All agencies should ensure that their staff know the referral route for male victims.",
             [AA], L),
        ],
    ),
    BlindDoc(
        "bld-18-dacorum", ["Dacorum"], "headed",
        ["Dacorum Community Safety Partnership", "Domestic Homicide Review", "The death of Sarah",
         "Author: Elizabeth Moon", "November 2021"],
        ["Sarah was 37 and lived in Hemel Hempstead. She was killed by her former partner in 2019.",
         "The Hertfordshire Safeguarding Adults Board (HSAB) and Hertfordshire County Council sat on the panel."],
        [
            ("Hertfordshire Constabulary", "The force should ensure that breaches of non-molestation orders are "
             "always investigated.", [P], R),
            ("Hertfordshire County Council", "The council should ensure that the county's domestic abuse helpline "
             "is open at weekends.", ["local_authority"], R),
            ("HSAB", "The HSAB should seek assurance that partner agencies have trained staff on stalking.",
             ["safeguarding_adults_board"], R),
            ("Dacorum Borough Council", "Housing should ask every applicant who is fleeing abuse about "
             "stalking.", ["housing"], L),
            ("West Hertfordshire Teaching Hospitals NHS Trust", "The Trust should ensure that routine enquiry is "
             "made in maternity services.", ["midwifery"], L),
            ("Hertfordshire Partnership University NHS Foundation Trust", "The Trust should ensure that staff ask "
             "about stalking at every assessment.", ["mental_health_services"], L),
            ("Crown Prosecution Service", "CPS Thames and Chiltern should review its charging decisions in "
             "stalking cases.", ["crown_prosecution_service"], R),
        ],
    ),
    BlindDoc(
        "bld-19-wrexham", ["Wrexham"], "headed",
        ["Wrexham Community Safety Partnership", "Adolygiad Dynladdiad Domestig", "Domestic Homicide Review",
         "Overview Report: Rhian", "Chair: David Hughes", "July 2022"],
        ["Rhian was 35 and was killed by her partner in Wrexham in 2020."],
        [
            ("North Wales Police", "The force should ensure that all officers receive training on the risks "
             "after separation.", [P], R),
            ("North Wales Police", "Officers in the Wrexham district should complete a follow-up visit to every "
             "high-risk victim.", [P], L),
            ("Betsi Cadwaladr University Health Board", "The health board should ensure that midwives ask about "
             "domestic abuse at every antenatal appointment.", ["midwifery"], L),
            ("North Wales Fire and Rescue Service", "The service should refer residents who disclose abuse to the "
             "local IDVA service.", ["other"], R),
            ("Wrexham County Borough Council", "The council should ensure that its housing officers are trained "
             "to recognise coercive control.", ["housing"], L),
            ("Welsh Government", "The Welsh Government should fund a national campaign on coercive control in "
             "Wales.", ["other"], N),
            ("Home Office", "The Home Office should ensure that the Department for Work and Pensions changes the "
             "rules on joint Universal Credit claims.", [HO], N),
        ],
    ),
    BlindDoc(
        "bld-20-haringey", ["Haringey"], "table",
        ["Haringey Community Safety Partnership", "DARDR", "Review of the death of Ms Eleni",
         "Independent Chair and Author: Joanna Fry", "June 2025"],
        ["Ms Eleni was 49 and lived in Tottenham. She died by suicide in 2023 after years of abuse by her "
         "husband.", "Haringey's Domestic Abuse Related Death Review panel met five times."],
        [
            ("Metropolitan Police Service", "The North Area Basic Command Unit should ensure that its officers "
             "refer victims in Haringey to the local IDVA service.", [P], L),
            ("Metropolitan Police Service", "The Met should ensure that force-wide guidance on suicide risk "
             "covers victims of domestic abuse.", [P], R),
            ("MOPAC", "Commission a London-wide service for victims at risk of suicide.",
             ["police_and_crime_commissioner"], R),
            ("Whittington Health NHS Trust", "Ensure that district nurses ask about domestic abuse.",
             ["community_health"], L),
            ("Barnet, Enfield and Haringey Mental Health NHS Trust", "Ensure that every patient who discloses "
             "abuse is asked about suicidal thoughts.", ["mental_health_services"], L),
            ("NHS North Central London ICB", "Fund domestic abuse training for GP practices in all five "
             "boroughs.", ["integrated_care_board"], R),
            ("Haringey Safeguarding Adults Board", "Publish a learning briefing on suicide and domestic abuse.",
             ["safeguarding_adults_board"], L),
            ("Home Office", "Work with the Department of Health and Social Care to include domestic abuse in the "
             "national suicide prevention strategy.", [HO], N),
        ],
    ),
]
# fmt: on
