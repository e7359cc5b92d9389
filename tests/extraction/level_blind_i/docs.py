"""The documents of the level blind set I: fourteen short overview reports (DHR and one DARDR) of real CSPs in
England and Wales not used in sets C to H or the agencies sets, written in our own words, each with its gold (the
CSP's places and each recommendation's agencies and level by ``shared/docs/LABELLING-GUIDE.md``), in set F's
format (``FDoc``: set C's ``BlindDoc`` with a running header and a foreword).

Shapes, chosen to stress the level: a CSP whose area is exactly its police force's (the City of London, with the
City of London Police; no English unitary county or Welsh county is a force area on its own, so the City is the
one case), district CSPs in two-tier counties (Tunbridge Wells and Folkestone and Hythe in Kent, Watford in
Hertfordshire, Waveney in Suffolk in 2017 before it became part of East Suffolk, a merged Castle Point & Rochford
CSP in Essex), a district renamed (Folkestone and Hythe, 2022, formerly Shepway), metropolitan boroughs inside
force-wide and ICB-wide areas with ICB place (sub-locality) teams for exactly the borough (Calderdale, a DARDR;
Sunderland), a unitary city inside a three-area force with a CCG for exactly the city in 2021 (Leicester), a
unitary county inside a four-area force with a CCG for exactly the county in 2019 (Herefordshire), a unitary
whose probation delivery unit also covers a neighbour (Halton, Warrington and Halton PDU) against a London
borough whose delivery unit is its own (Newham), Welsh CSPs beside regional boards (Vale of Glamorgan with the
Cardiff and Vale Regional Safeguarding Board; Pembrokeshire with Dyfed-Powys Police and the Mid and West Wales
board). Where the CSP is printed: title page in full ("Safer Leicester Partnership", "Safer Halton Partnership"),
as a "Safer X" name with no place in it on the title page and the place only in the introduction ("Safer City
Partnership", City of London), bilingual ("Safer Pembrokeshire / Sir Benfro Fwy Diogel"), "Prepared for" on the
title page (Waveney), only in the running header ("Tunbridge Wells CSP"; "Castle Point & Rochford CSP", a merged
name with "&"), in a line of partner logos written as text ("Newham CSP"), only in the foreword ("Safer Stronger
Calderdale Partnership"), in the commissioning sentence (Watford Community Safety Partnership; Folkestone & Hythe
Community Safety Partnership under the council's name), only in an introduction paragraph that is not the
commissioning sentence ("Safer Vale Partnership"), by initials after the full name in the introduction and alone
in the header (Herefordshire, "HCSP"), and nowhere (Sunderland: see below).

Places and public bodies are real (the level depends on them); people, events and wording are invented. Labelled
before the pipeline or any scorer was run on them, by a writer who ran nothing but the builder and a check that
each gold parses, and who read no extraction or classification code. Judgements the guide leaves open, kept as
sets D to H keep them:
- a force, county council, ICB or CCG, PCC / OPCC / mayor, fire service, board or probation region whose area is
  wider than the CSP's is ``regional`` (Kent Police and Kent County Council for Tunbridge Wells; West Mercia
  Police for Herefordshire; Leicestershire Police for Leicester; NHS Great Yarmouth and Waveney CCG, which also
  covered Great Yarmouth in Norfolk, for Waveney);
- a force whose area is exactly the CSP's is ``local`` (the City of London Police for the Safer City Partnership,
  force-wide changes included), and so is the City's Police Authority Board, its police body (read as the PCC's
  counterpart for the same area);
- a body whose area is exactly the CSP's is ``local`` (NHS Leicester City CCG for Leicester in 2021, NHS
  Herefordshire CCG and the Herefordshire Safeguarding Adults Board for Herefordshire), and so is an ICB's place
  (sub-locality) team for the CSP's borough acting there (the West Yorkshire ICB's Calderdale place team, the North
  East and North Cumbria ICB's Sunderland team, the North East London ICB's Newham place team, the Cheshire and
  Merseyside ICB's Halton place team), while the ICB as a whole is ``regional``;
- a force's or probation's change confined to its unit for the CSP's area is ``local`` (West Yorkshire Police's
  Calderdale District, Northumbria Police's Sunderland area command, the Newham probation delivery unit, Essex
  Police's Castle Point and Rochford community policing team); a unit that the text says covers more is
  ``regional`` (the Met's North East BCU for Newham and Waltham Forest; the Warrington and Halton probation
  delivery unit);
- a body of a neighbouring area, acting in its own area, is ``regional`` (its area is not the CSP's; as set D
  labels a county council named in a neighbouring unitary's review): the Metropolitan Police Service in the City
  of London's review, Southend-on-Sea City Council in Castle Point & Rochford's; the City and Hackney Safeguarding
  Adults Board, covering two areas, is ``regional``;
- NHS trusts, Welsh health boards, housing associations and other providers are ``local`` even when they serve
  several areas (Homerton Healthcare and East London NHS Foundation Trust for the City; Hywel Dda and Cardiff and
  Vale University Health Boards; Together for Children, Sunderland's children's services company; the Norfolk and
  Suffolk NHS Foundation Trust; West Mercia Women's Aid);
- the Met, London Ambulance Service and London Fire Brigade are ``regional``; a probation region or division
  (London, North West, Kent Surrey and Sussex, Wales, the NPS South East and Eastern division) and a community
  rehabilitation company covering two counties are ``regional``; HMPPS, the Home Office, DWP, NHS England
  addressed as a whole and the Welsh Government are ``national``;
- "all agencies" with no stated geography is ``local``; all agencies "across Cardiff and the Vale" is
  ``regional``;
- a CSP acting locally is ``local``; a CSP asking a department for a national change is ``national``;
- the report that prints no CSP (Sunderland) is labelled against the area the text shows it is about (a death in
  Sunderland, reviewed with Sunderland City Council and Sunderland's services); its gold places are
  ``["Sunderland"]``, so a reader that returns no CSP there counts wrong on the CSP.
Agencies (not scored by this set's scorer): fire and rescue services and the Welsh Government are ``other``;
a county or regional domestic abuse board is ``domestic_abuse_partnership_board``; a safeguarding adults board
(local or regional) is ``safeguarding_adults_board``; HMPPS is ``probation_service``; Together for Children is
``childrens_social_care``; the City's Police Authority Board and a mayor's policing role are
``police_and_crime_commissioner``; community NHS trusts are ``local_health_trust``.
"""

from __future__ import annotations

from tests.extraction.level_blind_f.docs import FDoc

P, L, R, N = "police", "local", "regional", "national"
ASC, CSC, LA = "adult_social_care", "childrens_social_care", "local_authority"
ICB, MH, HOSP = "integrated_care_board", "mental_health_services", "hospital"
CSP, AMB, PROB, ALL = "community_safety_partnership", "ambulance_service", "probation_service", "all_agencies"
PCC, LHT, HOUSING, GP = "police_and_crime_commissioner", "local_health_trust", "housing", "gp"
DAPB, SAB, DAS = "domestic_abuse_partnership_board", "safeguarding_adults_board", "domestic_abuse_services"
NHSE, HO, DWP, OTHER = "nhs_england", "home_office", "dwp", "other"

DOCS: list[FDoc] = [
    FDoc(
        "bli-01-city-of-london", ["City of London"], "numbered",
        ["Safer City Partnership", "Domestic Homicide Review", "Overview Report", "Concerning the death of Ms Priya V",
         "Independent Chair and Author: Jonathan Mercer", "Final version: June 2023"],
        ["The Safer City Partnership, the community safety partnership for the Square Mile, commissioned this review "
         "after Ms V, who was 36, was killed by her partner at their flat in the Barbican in 2021.",
         "Ms V worked in the City and had lived in Hackney until 2020. Agencies in Hackney and Tower Hamlets also "
         "gave chronologies."],
        [
            (None, "The City of London Police should ensure that every officer in the force records whether a "
             "victim of domestic abuse has recently moved into the area.", [P], L),
            (None, "The City of London Police Authority Board should seek evidence each year that the force's "
             "domestic abuse training reaches its response officers.", [PCC], L),
            (None, "The Metropolitan Police Service should make sure that officers in Hackney pass a domestic "
             "incident to the City of London Police when the victim lives in the City.", [P], R),
            (None, "The City of London Corporation should ensure that adult social care asks about abuse by a "
             "partner when a resident asks for help with her tenancy.", [ASC], L),
            (None, "Homerton Healthcare NHS Foundation Trust should ensure that its community nurses in the City "
             "ask about abuse when a patient reports anxiety and poor sleep.", [LHT], L),
            (None, "East London NHS Foundation Trust should make sure that its City and Hackney primary care "
             "psychology service records who accompanies a patient to appointments.", [MH], L),
            (None, "NHS North East London Integrated Care Board should share the learning from this review with "
             "every GP practice across its seven boroughs and the City.", [ICB], R),
            (None, "The City and Hackney Safeguarding Adults Board should publish a briefing on abuse of "
             "professional women who live alone with a partner.", [SAB], R),
            (None, "The London Ambulance Service should remind crews to record who else is present when they "
             "attend a young adult who has taken an overdose.", [AMB], R),
        ],
    ),
    FDoc(
        "bli-02-tunbridge-wells", ["Tunbridge Wells"], "table",
        ["Domestic Homicide Review", "Overview Report", "Adult K", "Report author: Deborah Ashworth",
         "Published September 2020"],
        ["Adult K was 71 and lived in Paddock Wood. She was killed by her husband in 2018.",
         "The panel met five times. Agencies in Maidstone, where Adult K had been treated, also took part."],
        [
            ("Kent Police", "Ensure that officers across Kent ask an older victim whether she depends on the "
             "suspect for her personal care.", [P], R),
            ("Kent Police", "Brief the community safety unit at Tunbridge Wells police station on the local "
             "outreach service for older victims.", [P], L),
            ("Kent County Council", "Adult Social Care and Health to ensure that a carer's assessment asks the "
             "carer about stress and anger as well as about practical help.", [ASC], R),
            ("Maidstone and Tunbridge Wells NHS Trust", "Ensure that staff at Tunbridge Wells Hospital see an "
             "older patient alone before she is discharged home.", [HOSP], L),
            ("Kent and Medway NHS and Social Care Partnership Trust", "Make sure that the older adults' mental "
             "health team asks about the patient's safety at home at every review.", [MH], L),
            ("NHS Kent and Medway Clinical Commissioning Group", "Share the learning from this review with every "
             "GP practice in Kent and Medway.", [ICB], R),
            ("Town and Country Housing", "Ensure that a request to cancel an adaptation is followed by a visit to "
             "the tenant alone.", [HOUSING], L),
            ("Tunbridge Wells Borough Council", "Include older victims in the borough's next domestic abuse "
             "awareness campaign.", [LA], L),
            ("Community Safety Partnership", "Hold a learning event for local practitioners on abuse of older "
             "people by a spouse.", [CSP], L),
        ],
        font="Calibri",
        header="Tunbridge Wells CSP  |  DHR Adult K  |  Official Sensitive",
    ),
    FDoc(
        "bli-03-calderdale", ["Calderdale"], "headed",
        ["Domestic Abuse Related Death Review", "Overview Report", "Mr Daniel H", "Independent Chair: Grace Okafor",
         "Final version: March 2024"],
        ["Mr H was 41 and lived in Halifax. He took his own life in 2022 after years of abuse by his partner.",
         "Agencies in Huddersfield, in Kirklees, also took part, as Mr H had worked there."],
        [
            ("West Yorkshire Police", "The force should ensure that officers across West Yorkshire record a male "
             "victim's account separately from the suspect's.", [P], R),
            ("West Yorkshire Police", "Calderdale District should brief its neighbourhood teams on the local "
             "service for male victims of domestic abuse.", [P], L),
            ("Calderdale Council", "Adult services should make sure that a safeguarding concern about a man who "
             "self-harms considers abuse by his partner.", [ASC], L),
            ("Calderdale and Huddersfield NHS Foundation Trust", "The Trust should ensure that Calderdale Royal "
             "Hospital's emergency department asks a man with self-inflicted injuries about his home life.",
             [HOSP], L),
            ("South West Yorkshire Partnership NHS Foundation Trust", "The Trust should make sure that its "
             "Calderdale crisis team considers domestic abuse when it assesses a man after a suicide attempt.",
             [MH], L),
            ("NHS West Yorkshire Integrated Care Board", "The ICB's Calderdale place team should commission "
             "routine enquiry training for men for the borough's GP practices.", [ICB], L),
            ("NHS West Yorkshire Integrated Care Board", "The ICB should add domestic abuse to its suicide "
             "prevention plan for all five places of West Yorkshire.", [ICB], R),
            ("Mayor of West Yorkshire", "The Mayor should fund a West Yorkshire helpline for male victims.",
             [PCC], R),
            ("All agencies", "All agencies should remind staff that men can be victims of coercive control.",
             [ALL], L),
        ],
        font="Times New Roman",
        foreword=["On behalf of the Safer Stronger Calderdale Partnership, I thank Mr H's sister for helping us "
                  "to understand his life. The Partnership has accepted every recommendation and will check "
                  "progress each quarter."],
    ),
    FDoc(
        "bli-04-watford", ["Watford"], "label",
        ["Domestic Homicide Review", "Overview Report", "Mrs Lorraine B", "Author: Simon Ferreira",
         "November 2022"],
        ["This review was commissioned by the Watford Community Safety Partnership after Mrs B, who was 49, was "
         "killed by her husband at their home in Watford in 2020.",
         "The panel also heard from agencies in Hemel Hempstead and St Albans."],
        [
            (None, "Hertfordshire Constabulary should ensure that officers throughout the county ask about "
             "strangulation at every domestic incident.", [P], R),
            (None, "Hertfordshire Constabulary should make sure that the Watford safer neighbourhood team knows "
             "the referral route to the borough's outreach service.", [P], L),
            (None, "Hertfordshire County Council should ensure that its adult care services consider abuse when "
             "a carer asks for respite.", [ASC], R),
            (None, "West Hertfordshire Teaching Hospitals NHS Trust should ensure that Watford General Hospital "
             "asks every adult with a neck injury how it happened.", [HOSP], L),
            (None, "Hertfordshire Partnership University NHS Foundation Trust should make sure that its "
             "wellbeing service asks about abuse at the first appointment.", [MH], L),
            (None, "NHS Hertfordshire and West Essex Integrated Care Board should share this review with GP "
             "practices across Hertfordshire and west Essex.", [ICB], R),
            (None, "Watford Community Housing should train its neighbourhood officers to record noise complaints "
             "that suggest abuse.", [HOUSING], L),
            (None, "All agencies should check that their staff know how to make a referral to the MARAC.", [ALL],
             L),
            (None, "HM Prison and Probation Service should change its national guidance so that a perpetrator's "
             "history with a former partner is checked before release.", [PROB], N),
        ],
        font="Arial",
    ),
    FDoc(
        "bli-05-leicester", ["Leicester"], "numbered",
        ["Safer Leicester Partnership", "Domestic Homicide Review", "Overview Report", "Adult M",
         "Independent Chair: Harjit Sandhu", "May 2021"],
        ["Adult M was 27 and lived in the west of Leicester with her two children. She was killed by her former "
         "partner in 2019.",
         "The former partner lived in Loughborough, in Charnwood; agencies in Leicestershire also took part."],
        [
            (None, "Leicestershire Police should ensure that officers across Leicester, Leicestershire and Rutland "
             "check a suspect's bail conditions before closing a domestic incident.", [P], R),
            (None, "Leicestershire Police should brief the neighbourhood teams in Leicester city on the findings "
             "of this review.", [P], L),
            (None, "Leicester City Council should make sure that children's social care speaks to both parents "
             "before a child in need plan is closed.", [CSC], L),
            (None, "University Hospitals of Leicester NHS Trust should ensure that its maternity services ask "
             "about abuse at every antenatal appointment.", [HOSP], L),
            (None, "Leicestershire Partnership NHS Trust should make sure that its health visitors record the "
             "name of a mother's new partner.", [LHT], L),
            (None, "NHS Leicester City Clinical Commissioning Group should ensure that every GP practice in the "
             "city has a domestic abuse lead.", [ICB, GP], L),
            (None, "East Midlands Ambulance Service NHS Trust should remind crews to pass a domestic abuse concern "
             "to the safeguarding team the same day.", [AMB], R),
            (None, "The Safer Leicester Partnership should write to the Home Office asking that the statutory "
             "guidance say how a review should involve a victim's children.", [CSP], N),
            (None, "NHS England should add domestic abuse to the national standard for antenatal booking "
             "appointments.", [NHSE], N),
        ],
        font="Calibri",
    ),
    FDoc(
        "bli-06-newham", ["Newham"], "headed",
        ["London Borough of Newham  \u00b7  Newham CSP  \u00b7  Metropolitan Police", "Domestic Homicide Review",
         "Overview Report", "Ms Adaeze O", "Report author: Peter Lindgren", "January 2024"],
        ["Ms O was 31 and lived in Stratford. She was killed by her husband in 2022.",
         "Her husband had been under probation supervision after a conviction for assaulting a former partner in "
         "Waltham Forest."],
        [
            ("Metropolitan Police Service", "The Met should ensure that officers in every London borough record "
             "a suspect's previous victims on the crime report.", [P], R),
            ("Metropolitan Police Service", "The North East BCU, which covers Newham and Waltham Forest, should "
             "brief its response teams on this review.", [P], R),
            ("Metropolitan Police Service", "Newham's safer neighbourhood teams should visit every victim whose "
             "partner is released from prison.", [P], L),
            ("Probation Service", "The Newham probation delivery unit should check police call-outs to a person's "
             "address before each supervision appointment.", [PROB], L),
            ("Probation Service", "The London region should make sure that a new partner is told of a person's "
             "history when the risk is high.", [PROB], R),
            ("London Borough of Newham", "Housing services should ask about abuse when a couple applies for "
             "temporary accommodation.", [HOUSING], L),
            ("East London NHS Foundation Trust", "The Trust should ensure that its Newham talking therapies "
             "service asks about abuse at assessment.", [MH], L),
            ("NHS North East London Integrated Care Board", "The ICB's Newham place-based partnership should "
             "commission IDVA sessions in the borough's GP practices.", [ICB], L),
            ("Department for Work and Pensions", "DWP should ensure that work coaches nationally are trained to "
             "recognise economic abuse.", [DWP], N),
        ],
    ),
    FDoc(
        "bli-07-vale-of-glamorgan", ["Vale of Glamorgan"], "table",
        ["Vale of Glamorgan Council / Cyngor Bro Morgannwg", "Domestic Homicide Review", "Overview Report",
         "Mr and Mrs E", "Independent author: Catrin Howells", "Final: August 2023"],
        ["Mrs E was 82 and lived in Barry with her husband. In 2021 Mr E killed her and then himself.",
         "The Safer Vale Partnership brings together the council, the police, the health board and the "
         "voluntary sector to reduce crime and harm across the Vale.",
         "Agencies in Cardiff, where Mr E attended hospital, also gave chronologies."],
        [
            ("South Wales Police", "Ensure that officers across the force area ask an older couple about stress "
             "in caring when they attend a domestic incident.", [P], R),
            ("Cardiff and Vale University Health Board", "Ensure that the memory team at Barry Hospital asks the "
             "carer of a patient with dementia how he is coping.", [MH], L),
            ("Cardiff and Vale University Health Board", "Ensure that the University Hospital of Wales records a "
             "spouse's concerns about an older patient.", [HOSP], L),
            ("Vale of Glamorgan Council", "Adult services to offer a carer's assessment at every review of a "
             "person with dementia.", [ASC], L),
            ("Cardiff and Vale Regional Safeguarding Board", "Publish a practice guide on homicide-suicide in "
             "older couples.", [SAB], R),
            ("Welsh Ambulance Services NHS Trust", "Remind crews in Wales to record concerns about a carer's "
             "mental state.", [AMB], R),
            ("All agencies", "All agencies across Cardiff and the Vale should train staff on the risk of "
             "homicide-suicide in older couples.", [ALL], R),
            ("Welsh Government", "Include older people's experience of abuse in the national VAWDASV strategy.",
             [OTHER], N),
        ],
        font="Arial",
    ),
    FDoc(
        "bli-08-pembrokeshire", ["Pembrokeshire"], "numbered",
        ["Safer Pembrokeshire / Sir Benfro Fwy Diogel", "Domestic Homicide Review", "Overview Report",
         "Ms Sian T", "Independent Chair: Robert Penhale", "October 2022"],
        ["Ms T was 45 and lived near Haverfordwest. She was killed by her partner in 2020.",
         "Agencies in Carmarthen, where her partner worked, also took part."],
        [
            (None, "Dyfed-Powys Police should ensure that officers across the four counties of the force area "
             "check firearms licences at every domestic incident in a rural home.", [P], R),
            (None, "Dyfed-Powys Police should brief the Pembrokeshire neighbourhood policing teams on rural "
             "isolation as a risk factor.", [P], L),
            (None, "The Dyfed-Powys Police and Crime Commissioner should fund outreach for rural victims across "
             "the force area.", [PCC], R),
            (None, "Hywel Dda University Health Board should ensure that Withybush General Hospital asks about "
             "abuse when a woman attends with an injury.", [HOSP], L),
            (None, "Pembrokeshire County Council should make sure that its housing team offers target hardening "
             "to rural victims.", [HOUSING], L),
            (None, "The Mid and West Wales Regional Safeguarding Board should share the learning across "
             "Carmarthenshire, Ceredigion, Pembrokeshire and Powys.", [SAB], R),
            (None, "Mid and West Wales Fire and Rescue Service should add a question about safety at home to its "
             "safe and well visits.", [OTHER], R),
            (None, "The Home Office should review the national guidance on firearms licensing where there is a "
             "history of domestic abuse.", [HO], N),
        ],
        font="Times New Roman",
    ),
    FDoc(
        "bli-09-castle-point-rochford", ["Castle Point", "Rochford"], "label",
        ["Domestic Homicide Review", "Overview Report", "Adult R", "Author: Joanne Keating", "July 2023"],
        ["Adult R was 38 and lived in Canvey Island. She was killed by her partner in 2021.",
         "Adult R had lived in Southend-on-Sea until 2020, and agencies there gave chronologies."],
        [
            (None, "Essex Police should ensure that officers across Essex ask about stalking at every domestic "
             "incident between former partners.", [P], R),
            (None, "Essex Police should make sure that its Castle Point and Rochford community policing team "
             "knows the local stalking advocacy service.", [P], L),
            (None, "Essex County Council should ensure that children's social care checks a mother's previous "
             "address with the area she has left.", [CSC], R),
            (None, "Southend-on-Sea City Council should ensure that its housing team tells the receiving council "
             "of known risks when a victim moves away.", [HOUSING], R),
            (None, "Mid and South Essex NHS Foundation Trust should ensure that Southend University Hospital "
             "records a disclosure of stalking.", [HOSP], L),
            (None, "Essex Partnership University NHS Foundation Trust should make sure that its community "
             "teams ask about abuse when a patient moves into the area.", [MH], L),
            (None, "NHS Mid and South Essex Integrated Care Board should share the review with GP practices "
             "across mid and south Essex.", [ICB], R),
            (None, "Castle Point Borough Council and Rochford District Council should run a local campaign on "
             "stalking by a former partner.", [LA], L),
            (None, "The Southend, Essex and Thurrock Domestic Abuse Board should publish a stalking pathway for "
             "the three areas.", [DAPB], R),
        ],
        font="Calibri",
        header="Castle Point & Rochford CSP  |  DHR Adult R  |  Official Sensitive",
    ),
    FDoc(
        "bli-10-folkestone-hythe", ["Folkestone and Hythe"], "headed",
        ["Folkestone & Hythe District Council", "Domestic Homicide Review", "Overview Report", "Mrs Carol J",
         "Independent Chair: Michael Prentice", "April 2022"],
        ["The Folkestone & Hythe Community Safety Partnership commissioned this review after Mrs J, who was 63, "
         "was killed by her son at her home in Hythe in 2020. The district was called Shepway until 2018.",
         "Agencies in Ashford, where the son had lived, also took part."],
        [
            ("Kent Police", "The force should ensure that officers across Kent treat abuse of a parent by an "
             "adult son as domestic abuse.", [P], R),
            ("Kent County Council", "Adult social care should make sure that a parent's needs assessment asks "
             "about the behaviour of an adult child at home.", [ASC], R),
            ("Kent Community Health NHS Foundation Trust", "The Trust should ensure that its community nurses "
             "record concerns about an adult son who answers for his mother.", [LHT], L),
            ("East Kent Hospitals University NHS Foundation Trust", "The Trust should ensure that the William "
             "Harvey Hospital asks an older patient how a bruise happened.", [HOSP], L),
            ("Kent and Medway NHS and Social Care Partnership Trust", "The Trust should ensure that its "
             "Folkestone community mental health team asks a patient's parents whether they feel safe.", [MH],
             L),
            ("Folkestone & Hythe District Council", "The council should train its housing officers to ask about "
             "abuse by adult children.", [HOUSING], L),
            ("Probation Service", "The Kent, Surrey and Sussex region should check a person's family home for "
             "risk before approving it as a release address.", [PROB], R),
            ("HM Prison and Probation Service", "HMPPS should add abuse of parents to its national risk "
             "assessment guidance.", [PROB], N),
        ],
    ),
    FDoc(
        "bli-11-waveney", ["Waveney"], "table",
        ["Domestic Homicide Review", "Overview Report", "Adult W", "Prepared for Waveney Community Safety "
         "Partnership", "Author: Linda Marchetti", "March 2017"],
        ["Adult W was 54 and lived in Lowestoft. She was killed by her husband in 2015.",
         "Her husband had been treated at the James Paget Hospital in Gorleston, in Norfolk."],
        [
            ("Suffolk Constabulary", "Ensure that officers across Suffolk complete a DASH risk assessment at "
             "every domestic incident.", [P], R),
            ("Suffolk Constabulary", "Brief the Lowestoft safer neighbourhood team on the outcome of this "
             "review.", [P], L),
            ("Suffolk County Council", "Adult and Community Services to consider abuse when a disabled woman's "
             "husband is her only carer.", [ASC], R),
            ("James Paget University Hospitals NHS Foundation Trust", "Ensure that the emergency department "
             "refers a woman who discloses abuse to the hospital IDVA.", [HOSP], L),
            ("Norfolk and Suffolk NHS Foundation Trust", "Ensure that its Lowestoft team asks a patient's wife "
             "about her safety.", [MH], L),
            ("NHS Great Yarmouth and Waveney Clinical Commissioning Group", "Share this review with every GP "
             "practice in Great Yarmouth and Waveney.", [ICB], R),
            ("Waveney District Council", "Train housing staff to offer a sanctuary scheme.", [HOUSING], L),
            ("Norfolk and Suffolk Community Rehabilitation Company", "Make sure that home visits are made to "
             "every person supervised for a domestic abuse offence.", [PROB], R),
        ],
        font="Arial",
    ),
    FDoc(
        "bli-12-sunderland", ["Sunderland"], "numbered",
        ["Domestic Homicide Review", "Overview Report", "Into the death of Ms Leanne C",
         "Independent Chair and Author: Ruth Emmerson", "Final version: February 2023"],
        ["Ms C was 29 and lived in Washington, in Sunderland. She was killed by her partner in 2021.",
         "The panel met six times and included Sunderland City Council, the police and health services in the "
         "city."],
        [
            (None, "Northumbria Police should ensure that officers across Northumberland and Tyne and Wear check "
             "for a previous partner's complaints when they arrest a man for assault.", [P], R),
            (None, "Northumbria Police's Sunderland area command should brief its officers on the city's "
             "domestic abuse outreach service.", [P], L),
            (None, "Sunderland City Council should make sure that its early help service asks a young mother "
             "about her partner.", [CSC], L),
            (None, "Together for Children should ensure that a child protection plan considers the mother's "
             "new partner.", [CSC], L),
            (None, "South Tyneside and Sunderland NHS Foundation Trust should ensure that Sunderland Royal "
             "Hospital asks about abuse in pregnancy.", [HOSP], L),
            (None, "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust should make sure that its "
             "perinatal team records disclosures of abuse.", [MH], L),
            (None, "The Sunderland team of NHS North East and North Cumbria Integrated Care Board should "
             "commission routine enquiry training for the city's GP practices.", [ICB], L),
            (None, "North East Ambulance Service NHS Foundation Trust should remind crews to record who is "
             "present when they attend a pregnant woman.", [AMB], R),
            (None, "Gentoo should train its staff to recognise signs of abuse during repairs visits.", [HOUSING],
             L),
            (None, "The Home Office should publish guidance on reviews of deaths of young mothers.", [HO], N),
        ],
        font="Calibri",
    ),
    FDoc(
        "bli-13-herefordshire", ["Herefordshire"], "label",
        ["Herefordshire Council", "Domestic Homicide Review", "Overview Report", "Mrs Rosemary L",
         "Author: Thomas Whitcombe", "September 2019"],
        ["This review was commissioned by the Herefordshire Community Safety Partnership (HCSP) after Mrs L, who "
         "was 76, was killed by her husband near Leominster in 2017.",
         "Agencies in Worcester, where Mr L had been treated, also took part."],
        [
            (None, "West Mercia Police should ensure that officers across Herefordshire, Shropshire, Telford and "
             "Wrekin and Worcestershire ask an older victim about controlling behaviour.", [P], R),
            (None, "West Mercia Police should make sure that officers in Herefordshire know the county's "
             "outreach service for older victims.", [P], L),
            (None, "Herefordshire Council should make sure that adult social care considers abuse when a husband "
             "refuses care for his wife.", [ASC], L),
            (None, "Wye Valley NHS Trust should ensure that the County Hospital in Hereford sees an older patient "
             "alone.", [HOSP], L),
            (None, "2gether NHS Foundation Trust should make sure that its older adults' team records the views "
             "of a patient's wife.", [MH], L),
            (None, "NHS Herefordshire Clinical Commissioning Group should share the review with every GP practice "
             "in the county.", [ICB], L),
            (None, "The Herefordshire Safeguarding Adults Board should publish a briefing on abuse of older "
             "women by their husbands.", [SAB], L),
            (None, "The West Mercia Police and Crime Commissioner should fund an older people's IDVA across the "
             "force area.", [PCC], R),
            (None, "West Mercia Women's Aid should offer outreach in Herefordshire's market towns.", [DAS], L),
        ],
        font="Times New Roman",
        header="HCSP  -  DHR Mrs L  -  Restricted",
    ),
    FDoc(
        "bli-14-halton", ["Halton"], "headed",
        ["Safer Halton Partnership", "Domestic Homicide Review", "Overview Report", "Mr Kevin D",
         "Independent Chair: Angela Rourke", "June 2024"],
        ["Mr D was 58 and lived in Runcorn. He was killed by his stepson in 2022.",
         "Agencies in Warrington, where the stepson had lived, also gave chronologies."],
        [
            ("Cheshire Constabulary", "The force should ensure that officers across Cheshire, Halton and "
             "Warrington record a victim's relationship to the suspect accurately.", [P], R),
            ("Cheshire Constabulary", "Officers based in Runcorn and Widnes should be briefed on the local "
             "family violence service.", [P], L),
            ("Halton Borough Council", "Adult social care should make sure that a stepson's role as carer is "
             "assessed.", [ASC], L),
            ("Bridgewater Community Healthcare NHS Foundation Trust", "The Trust should ensure that its district "
             "nurses record concerns about a relative who controls a patient's medication.", [LHT], L),
            ("Mersey Care NHS Foundation Trust", "The Trust should make sure that its Halton community team "
             "considers the risk to family members.", [MH], L),
            ("NHS Cheshire and Merseyside Integrated Care Board", "The ICB's Halton place team should share this "
             "review with the borough's GP practices.", [ICB], L),
            ("Probation Service", "The Warrington and Halton probation delivery unit should check a release "
             "address with the family living there.", [PROB], R),
            ("North West Ambulance Service NHS Trust", "The Trust should remind crews to record injuries that "
             "do not match the account given.", [AMB], R),
            ("Safer Halton Partnership", "The Partnership should hold a learning event on abuse by adult "
             "children and step-children.", [CSP], L),
        ],
        font="Arial",
        header="SHP  |  DHR Mr D  |  Official Sensitive",
    ),
]  # fmt: skip
