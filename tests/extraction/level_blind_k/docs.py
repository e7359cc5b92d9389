"""The documents of the level blind set K: fourteen short overview reports (DHR and one DARDR) of real CSPs in
England and Wales not used as a CSP in level sets C to J, the agencies sets A to M or the wordproc dev sets (one
exception, Flintshire: see below), written in our own words, each with its gold (the CSP's places and each
recommendation's agencies and level by ``shared/docs/LABELLING-GUIDE.md``), in set F's format (``FDoc``: set C's
``BlindDoc`` with a running header and a foreword).

Shapes, chosen to stress reading the commissioning CSP and the level it sets: the CSP printed in the many ways
real reports print it -- a title-page line "A report commissioned by Fenland Community Safety Partnership", a
title-page line "On behalf of Basingstoke and Deane Community Safety Partnership" (a district whose own name has
"and" in it), logos' alt text lines on the title page ("Logo: Stratford-on-Avon District Council", "Logo: Warwick
District Council", "Logo: Warwickshire Police") over an introduction naming the South Warwickshire Community
Safety Partnership of the two districts, a merged CSP of two former districts joined by "&" ("Forest Heath & St
Edmundsbury Community Safety Partnership", 2018, now West Suffolk), a district whose own name has "&" in it
("Hinckley & Bosworth Community Safety Partnership", with Nuneaton and Bedworth as its neighbour), a Welsh
bilingual title page ("Partneriaeth Diogelwch Cymunedol Sir y Fflint | Flintshire Community Safety
Partnership"), "Safer X Partnership" only in the running header (Safer Braintree Partnership), a foreword signed
by the chair of the CSP and the CSP printed nowhere else (Safer Mid Sussex Partnership, with Sussex Partnership
NHS Foundation Trust among the agencies), a brand name that is not "Safer X" ("Oxford Safer Communities
Partnership"), a CSP known by a short local name that is also the name of
another city ("The Newcastle Partnership, the borough's community safety partnership", under
"Newcastle-under-Lyme Borough Council", a DARDR), a CSP in an introduction paragraph that is not the first, with
initials, and in the header (St Helens CSP), a possessive ("Waltham Forest's Community Safety Partnership"), and
two reports that print no CSP anywhere (Wyre Forest, Fylde).

Places and public bodies are real (the level depends on them); people, events and wording are invented. Labelled
before the pipeline or any scorer was run on them, by a writer who ran nothing but the builder and a check that
each gold parses, and who read no extraction or classification code nor the geography tables. Judgements the
guide leaves open, kept as sets D to J keep them:
- a force, county council, ICB, PCC / OPCC / commissioner, board or probation region (or CRC) whose area is wider
  than the CSP's is ``regional`` (Cambridgeshire Constabulary and County Council for Fenland; Suffolk
  Constabulary, which covers only Suffolk, for the two-district CSP; Warwickshire Police for South Warwickshire);
- an ICB's place team for exactly the CSP's area, acting there, is ``local`` (St Helens, Waltham Forest), while
  the ICB as a whole is ``regional``;
- a force's change confined to its unit or officers for the CSP's area is ``local`` (Wisbech and March, the
  Mid Sussex prevention team, Basingstoke district, Kidderminster, Haverhill and Newmarket for the two-district
  CSP, the Braintree district community policing team, the teams in Stratford-on-Avon and Warwick districts, the
  Flintshire local policing team, Newcastle-under-Lyme, the Hinckley and Bosworth neighbourhood policing area,
  Lytham St Annes and Kirkham, St Helens, Oxford, the Met's Waltham Forest safer neighbourhood teams); a unit the
  text says covers more is ``regional`` (the Met's North East BCU for Newham and Waltham Forest);
- a body of a neighbouring area acting there is ``regional`` (King's Lynn and West Norfolk, Brighton & Hove,
  Southend-on-Sea, Stoke-on-Trent, Nuneaton and Bedworth, Blackpool, Wigan, Cherwell and Redbridge councils;
  Cambridgeshire and Cheshire forces over a boundary);
- two councils both inside a merged CSP's area acting jointly there are ``local`` (Forest Heath and St
  Edmundsbury);
- NHS trusts, Welsh health boards, housing associations and universities are providers, ``local``, however many
  areas they serve;
- the Met, MOPAC, London Ambulance Service and all ambulance trusts are ``regional``; the North Wales VAWDASV
  Regional Board and the Probation Service in Wales are ``regional``; the Home Office, DHSC, DfE, MoJ, NHS England
  addressed as a whole and the Welsh Government are ``national``;
- a CSP acting locally is ``local``; a CSP writing to a department for a national change is ``national``;
- the reports that print no CSP (Wyre Forest, Fylde) are labelled against the area the text shows they are
  about (the death's town, the council and services named); their gold places are the writer's knowledge of the
  CSP for that area (``["Wyre Forest"]``, ``["Fylde"]``), as set I records Sunderland and set J Monmouthshire,
  so a reader returning no CSP there counts wrong on the CSP;
- the Forest Heath & St Edmundsbury report's gold places are ``["West Suffolk"]``, the council the two districts
  became in 2019 (the same area); South Warwickshire's are ``["Stratford-on-Avon", "Warwick"]``.
Flintshire was the area of one agencies set L document (``al-12``); no level set uses it, and every Welsh county
is used somewhere, so it is the one area reused, for the Welsh bilingual title page.
Agencies (not scored by this set's scorer): the Welsh Government is ``other``; a council's housing team and a
neighbouring council's housing service are ``housing``; the North Wales VAWDASV Regional Board is
``domestic_abuse_partnership_board``; the Staffordshire Commissioner's Office and the Essex Police, Fire and Crime
Commissioner are ``police_and_crime_commissioner``; the Norfolk and Suffolk CRC is ``probation_service``; Keele
University is ``university``; the Ministry of Justice is ``ministry_of_justice``.
"""

from __future__ import annotations

from tests.extraction.level_blind_f.docs import FDoc

P, L, R, N = "police", "local", "regional", "national"
ASC, CSC, LA = "adult_social_care", "childrens_social_care", "local_authority"
ICB, MH, HOSP = "integrated_care_board", "mental_health_services", "hospital"
CSP, AMB, PROB = "community_safety_partnership", "ambulance_service", "probation_service"
PCC, LHT, HOUSING = "police_and_crime_commissioner", "local_health_trust", "housing"
DAPB, OTHER, UNI = "domestic_abuse_partnership_board", "other", "university"
NHSE, HO, DHSC, DFE, MOJ = "nhs_england", "home_office", "dhsc", "dfe", "ministry_of_justice"

DOCS: list[FDoc] = [
    FDoc(
        "blk-01-fenland", ["Fenland"], "numbered",
        ["Domestic Homicide Review", "Overview Report",
         "A report commissioned by Fenland Community Safety Partnership", "Into the death of Ms Stacey H",
         "Independent Chair and Author: Jonathan Pell", "Final version: March 2024"],
        ["Ms H was 36 and lived in Wisbech. She was killed by her partner at their flat in 2022.",
         "Her partner had family in King's Lynn, and agencies in West Norfolk gave chronologies. The panel met "
         "five times."],
        [
            (None, "Cambridgeshire Constabulary should ensure that officers across Cambridgeshire and Peterborough "
             "ask a victim about her partner's drinking when they complete a risk assessment.", [P], R),
            (None, "Cambridgeshire Constabulary should make sure that the neighbourhood team for Wisbech and "
             "March knows the local outreach service for women who work in the food factories.", [P], L),
            (None, "Cambridgeshire County Council should ensure that children's social care asks a mother about "
             "a partner who has moved in since the last assessment.", [CSC], R),
            (None, "North West Anglia NHS Foundation Trust should ensure that the emergency department at "
             "Peterborough City Hospital uses a professional interpreter when a woman with an injury speaks "
             "little English.", [HOSP], L),
            (None, "Cambridgeshire and Peterborough NHS Foundation Trust should make sure that its first response "
             "service asks a caller in crisis whether anyone at home frightens her.", [MH], L),
            (None, "NHS Cambridgeshire and Peterborough Integrated Care Board should share the learning from this "
             "review with GP practices across both areas.", [ICB], R),
            (None, "Fenland District Council should ensure that its housing options team offers a woman who "
             "arrives with her partner a separate appointment.", [HOUSING], L),
            (None, "Clarion Housing should treat a tenant's report of repeated noise and shouting next door as "
             "possible domestic abuse and tell the police.", [HOUSING], L),
            (None, "The Borough Council of King's Lynn and West Norfolk should ensure that its housing service "
             "tells Fenland District Council when a man with a history of abuse moves to Wisbech.", [HOUSING],
             R),
            (None, "Fenland Community Safety Partnership should write to the Department for Work and Pensions "
             "asking that Jobcentre Plus staff in every district are trained to recognise economic abuse.",
             [CSP], N),
        ],
        font="Arial",
    ),
    FDoc(
        "blk-02-mid-sussex", ["Mid Sussex"], "headed",
        ["Domestic Homicide Review", "Overview Report", "Mr Daniel C", "Independent Chair and Author: Rosalind Tate",
         "Final version: July 2023"],
        ["Mr C was 41 and lived in Burgess Hill. He was killed by his partner in 2021.",
         "His partner had lived in Brighton, and agencies in Brighton and Hove also took part."],
        [
            ("Sussex Police", "The force should make sure that the coercive control training it gives across "
             "Sussex includes men as victims.", [P], R),
            ("Sussex Police", "The Mid Sussex prevention team should be briefed on the support service for male "
             "victims in the district.", [P], L),
            ("Office of the Sussex Police and Crime Commissioner", "The Commissioner should fund a helpline for "
             "male victims across Sussex.", [PCC], R),
            ("West Sussex County Council", "Adult social care should ask about abuse when a man with a learning "
             "disability is supported day to day by his partner.", [ASC], R),
            ("University Hospitals Sussex NHS Foundation Trust", "The Trust should ensure that the emergency "
             "department at the Princess Royal Hospital in Haywards Heath asks a man with burns or cuts who hurt "
             "him.", [HOSP], L),
            ("Sussex Partnership NHS Foundation Trust", "The Trust should make sure that its Mid Sussex community "
             "mental health team records a partner's own history of violence.", [MH], L),
            ("NHS Sussex", "The ICB should share the learning from this review with GP practices across Brighton "
             "and Hove, East Sussex and West Sussex.", [ICB], R),
            ("Mid Sussex District Council", "The council's housing team should offer a man leaving an abusive "
             "partner temporary accommodation on the same terms as a woman.", [HOUSING], L),
            ("Brighton & Hove City Council", "The council should tell Mid Sussex District Council when a tenant "
             "with a history of violence moves out of the city to Burgess Hill.", [HOUSING], R),
            ("Home Office", "The department should fund a national campaign on domestic abuse of men by their "
             "partners.", [HO], N),
        ],
        font="Calibri",
        foreword=["This review looks at the death of Mr C, who was 41, at the hands of his partner. I thank his "
                  "mother and his brother, who spoke to the panel with great openness about the man they lost.",
                  "The partnership accepts every recommendation and will oversee the action plan until each "
                  "action is complete.",
                  "Councillor Margaret Ashdown",
                  "Chair, Safer Mid Sussex Partnership"],
    ),
    FDoc(
        "blk-03-basingstoke-deane", ["Basingstoke and Deane"], "table",
        ["Domestic Homicide Review", "Overview Report", "Mrs Priya V",
         "On behalf of Basingstoke and Deane Community Safety Partnership", "Report author: Andrew Kellaway",
         "Published October 2023"],
        ["Mrs V was 48 and lived in Basingstoke. She was killed by her husband in 2021.",
         "Her husband worked in Reading, and agencies in Berkshire also gave information."],
        [
            ("Hampshire and Isle of Wight Constabulary", "Ensure that officers across Hampshire, the Isle of "
             "Wight, Portsmouth and Southampton record whether a victim's partner keeps her passport.", [P], R),
            ("Hampshire and Isle of Wight Constabulary", "Brief the Basingstoke district's neighbourhood policing "
             "team on the specialist service for South Asian women in the borough.", [P], L),
            ("Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight", "Fund a specialist "
             "adviser for women from South Asian communities across the force area.", [PCC], R),
            ("Hampshire County Council", "Children's services to ask a mother about demands from her husband's "
             "family when a family assessment is made.", [CSC], R),
            ("Hampshire Hospitals NHS Foundation Trust", "Ensure that Basingstoke and North Hampshire Hospital "
             "offers a professional interpreter to every woman seen in the emergency department.", [HOSP], L),
            ("Southern Health NHS Foundation Trust", "Ensure that its community mental health team in "
             "Basingstoke asks a patient about abuse by her husband's relatives.", [MH], L),
            ("NHS Hampshire and Isle of Wight Integrated Care Board", "Share the learning with every GP practice "
             "in Hampshire and the Isle of Wight.", [ICB], R),
            ("Basingstoke and Deane Borough Council", "Train its housing and community safety staff on "
             "honour-based abuse.", [LA], L),
            ("South Central Ambulance Service NHS Foundation Trust", "Remind crews to speak to a woman about her "
             "injuries when her husband answers for her.", [AMB], R),
            ("Community Safety Partnership", "Write to the Home Office asking that the statutory guidance on "
             "honour-based abuse covers abuse by a husband's relatives after the marriage.", [CSP], N),
        ],
        font="Calibri",
        header="DHR Mrs V  |  OFFICIAL SENSITIVE",
    ),
    FDoc(
        "blk-04-wyre-forest", ["Wyre Forest"], "label",
        ["Domestic Homicide Review", "Overview Report", "Mrs Lesley G", "Author: Carol Whitmore",
         "Final version: May 2022"],
        ["Mrs G was 72 and lived in Kidderminster. She was killed by her son, who lived with her, in 2020.",
         "Her son had been in prison in Birmingham, and agencies there also gave chronologies."],
        [
            (None, "West Mercia Police should ensure that its force-wide guidance on family violence tells "
             "officers to complete a risk assessment when an adult son assaults his mother.", [P], R),
            (None, "West Mercia Police should brief its safer neighbourhood team in Kidderminster on the local "
             "service for older victims.", [P], L),
            (None, "Worcestershire County Council should ensure that adult social care asks an older woman alone "
             "whether her son has hurt her or taken her money.", [ASC], R),
            (None, "Wyre Forest District Council should ensure that its community safety team includes abuse by "
             "adult children in its work with older residents.", [LA], L),
            (None, "Community Housing should treat a tenant's request to remove her son from the tenancy as a "
             "possible sign of abuse.", [HOUSING], L),
            (None, "Worcestershire Acute Hospitals NHS Trust should ensure that staff at Kidderminster Hospital "
             "and Treatment Centre ask an older woman with bruising how it happened.", [HOSP], L),
            (None, "Herefordshire and Worcestershire Health and Care NHS Trust should make sure that its older "
             "adults' mental health team asks who else lives in the patient's home.", [MH], L),
            (None, "The Probation Service's West Midlands region should check a release address with adult "
             "social care when the person will live with an older parent.", [PROB], R),
            (None, "West Midlands Ambulance Service University NHS Foundation Trust should remind crews to make "
             "a safeguarding referral when an older woman's fall is not explained.", [AMB], R),
            (None, "The Ministry of Justice should ensure that prison release plans for a man with a history of "
             "family violence are shared with the council of the area he moves to.", [MOJ], N),
        ],
        font="Times New Roman",
        header="DHR Mrs G  |  OFFICIAL",
    ),
    FDoc(
        "blk-05-west-suffolk", ["West Suffolk"], "numbered",
        ["Forest Heath & St Edmundsbury Community Safety Partnership", "Domestic Homicide Review",
         "Overview Report", "Adult J", "Independent Chair: Gillian Marsh-Hooper", "Final version: September 2018"],
        ["Adult J was 29 and lived in Haverhill. She was killed by her former partner in 2016.",
         "Her former partner had lived in Newmarket and in Cambridge, and agencies in Cambridgeshire gave "
         "chronologies."],
        [
            (None, "Suffolk Constabulary should ensure that officers across the county check whether a former "
             "partner has breached a bail condition before they close a report.", [P], R),
            (None, "Suffolk Constabulary should make sure that its safer neighbourhood teams in Haverhill and "
             "Newmarket know the local outreach service.", [P], L),
            (None, "Suffolk County Council should ensure that children's services tell a mother when a former "
             "partner asks to see the children.", [CSC], R),
            (None, "West Suffolk NHS Foundation Trust should ensure that the maternity unit at West Suffolk "
             "Hospital asks every woman about abuse when she is seen alone.", [HOSP], L),
            (None, "Norfolk and Suffolk NHS Foundation Trust should make sure that its wellbeing service asks a "
             "client about a former partner's contact.", [MH], L),
            (None, "Havebury Housing Partnership should treat a tenant's request for new locks as a possible sign "
             "of abuse.", [HOUSING], L),
            (None, "Forest Heath District Council and St Edmundsbury Borough Council should jointly train their "
             "housing options staff on stalking by a former partner.", [HOUSING], L),
            (None, "Cambridgeshire Constabulary should tell Suffolk Constabulary when a man it manages for "
             "domestic abuse moves from Cambridge into Suffolk.", [P], R),
            (None, "The Norfolk and Suffolk Community Rehabilitation Company should check a new address with the "
             "police before it is approved.", [PROB], R),
            (None, "The Home Office should ensure that the guidance on the Domestic Violence Disclosure Scheme "
             "says how quickly a disclosure must be made.", [HO], N),
        ],
        font="Arial",
    ),
    FDoc(
        "blk-06-braintree", ["Braintree"], "headed",
        ["Domestic Homicide Review", "Overview Report", "Ms Natalie O", "Independent Chair and Author: Graham Lusk",
         "Final version: January 2025"],
        ["Ms O was 27 and lived in Witham. She was killed by her partner in 2023.",
         "Her partner had lived in Southend-on-Sea, and agencies there gave chronologies."],
        [
            ("Essex Police", "The force should ensure that officers across Essex, Southend and Thurrock ask a "
             "victim about threats made over social media.", [P], R),
            ("Essex Police", "The Braintree district community policing team should be briefed on the local "
             "service for young people harmed by a partner.", [P], L),
            ("Essex Police, Fire and Crime Commissioner", "The Commissioner should fund a stalking advocacy "
             "service across the force area.", [PCC], R),
            ("Essex County Council", "Children's social care should ask a young mother about her partner's "
             "contact with her baby at every visit.", [CSC], R),
            ("Mid and South Essex NHS Foundation Trust", "The Trust should ensure that the maternity service at "
             "Broomfield Hospital sees each woman alone at least once.", [HOSP], L),
            ("Essex Partnership University NHS Foundation Trust", "The Trust should make sure that its perinatal "
             "mental health team asks about coercive control.", [MH], L),
            ("NHS Mid and South Essex Integrated Care Board", "The ICB should share this review with GP practices "
             "across mid and south Essex.", [ICB], R),
            ("Southend-on-Sea City Council", "The council should tell Essex County Council when a man known to "
             "its children's services moves to Witham.", [CSC], R),
            ("Braintree District Council", "The council should include stalking by a partner in its next "
             "community safety campaign for young adults.", [LA], L),
            ("Department for Education", "The department should include coercive control in young people's "
             "relationships in the statutory guidance on relationships education.", [DFE], N),
        ],
        font="Arial",
        header="Safer Braintree Partnership  |  DHR Ms O  |  OFFICIAL-SENSITIVE",
    ),
    FDoc(
        "blk-07-south-warwickshire", ["Stratford-on-Avon", "Warwick"], "table",
        ["Domestic Homicide Review", "Overview Report", "Mr Colin B", "Author: Deborah Fairweather",
         "February 2024", "Logo: Stratford-on-Avon District Council", "Logo: Warwick District Council",
         "Logo: Warwickshire Police"],
        ["The community safety partnerships of Stratford-on-Avon and Warwick districts, which work together as "
         "the South Warwickshire Community Safety Partnership, commissioned this review after Mr B, who was 64, "
         "was killed by his wife at their home in Kenilworth in 2022.",
         "Mr B had been treated at University Hospital Coventry, and agencies in Coventry also took part."],
        [
            ("Warwickshire Police", "Ensure that officers across the county speak to an older man about his "
             "partner's behaviour away from her.", [P], R),
            ("Warwickshire Police", "Brief its safer neighbourhood teams in Stratford-on-Avon and Warwick "
             "districts on the local support for older male victims.", [P], L),
            ("Warwickshire County Council", "Adult social care to offer a carer's assessment to each partner when "
             "both have care needs.", [ASC], R),
            ("South Warwickshire University NHS Foundation Trust", "Ensure that the frailty team at Warwick "
             "Hospital asks an older patient whether he feels safe at home.", [HOSP], L),
            ("Coventry and Warwickshire Partnership NHS Trust", "Make sure that its memory assessment service "
             "sees the patient alone for part of every assessment.", [MH], L),
            ("NHS Coventry and Warwickshire Integrated Care Board", "Share the learning from this review with GP "
             "practices across Coventry and Warwickshire.", [ICB], R),
            ("Orbit Housing", "Train neighbourhood officers to ask about abuse between older tenants who live "
             "together.", [HOUSING], L),
            ("West Midlands Ambulance Service University NHS Foundation Trust", "Remind crews to record an older "
             "man's own explanation of his injuries.", [AMB], R),
            ("South Warwickshire Community Safety Partnership", "Hold a learning event in Stratford-upon-Avon and "
             "Leamington Spa on abuse of older men.", [CSP], L),
            ("Department of Health and Social Care", "Make abuse by a partner a prompt in the national template "
             "for carer's assessments.", [DHSC], N),
        ],
        font="Times New Roman",
    ),
    FDoc(
        "blk-08-flintshire", ["Flintshire"], "table",
        ["Adolygiad Dynladdiad Domestig", "Domestic Homicide Review",
         "Partneriaeth Diogelwch Cymunedol Sir y Fflint  |  Flintshire Community Safety Partnership",
         "Adroddiad Trosolwg  |  Overview Report", "Ms Sian E", "Awdur / Author: Huw Bellamy",
         "Rhagfyr / December 2023"],
        ["Ms E was 38 and lived in Shotton. She was killed by her partner in 2021.",
         "Her partner had lived in Chester, and agencies in Cheshire gave chronologies. The review followed the "
         "Welsh Government's guidance as well as the Home Office's."],
        [
            ("North Wales Police", "Ensure that officers across the six counties of North Wales check with "
             "Cheshire Constabulary when a suspect has lived over the border.", [P], R),
            ("North Wales Police", "Brief the Flintshire local policing team on the county's outreach service.",
             [P], L),
            ("Cheshire Constabulary", "Tell North Wales Police when a man it manages for domestic abuse moves "
             "from Chester into Flintshire.", [P], R),
            ("Flintshire County Council", "Social services to visit an adult at risk at home when a referral says "
             "her partner stops her going out.", [ASC], L),
            ("Betsi Cadwaladr University Health Board", "Ensure that the emergency department at Wrexham Maelor "
             "Hospital asks about abuse when a woman attends with a fracture.", [HOSP], L),
            ("Betsi Cadwaladr University Health Board", "Make sure that the community mental health team in "
             "Deeside asks whether a partner controls a patient's medication.", [MH], L),
            ("Clwyd Alyn Housing", "Treat a tenant's report of a damaged door as a possible sign of abuse.",
             [HOUSING], L),
            ("North Wales VAWDASV Regional Board", "Publish a protocol for the six North Wales counties on "
             "victims and perpetrators who move across the border with England.", [DAPB], R),
            ("Probation Service in Wales", "Check a release address in Wales with the force over the border when "
             "the person last lived in England.", [PROB], R),
            ("Welsh Government", "Add cases that cross the border with England to the guidance for reviews in "
             "Wales.", [OTHER], N),
        ],
        font="Arial",
        header="DHR Ms E  |  SWYDDOGOL / OFFICIAL",
    ),
    FDoc(
        "blk-09-newcastle-under-lyme", ["Newcastle-under-Lyme"], "label",
        ["Newcastle-under-Lyme Borough Council", "Domestic Abuse Related Death Review", "Overview Report",
         "Miss Abigail F", "Independent Chair: Raymond Oduya", "Final version: November 2024"],
        ["The Newcastle Partnership, the borough's community safety partnership, commissioned this review after "
         "Miss F, who was 22, took her own life at her home in Kidsgrove in 2023.",
         "She had been a student at Keele University. Her partner lived in Stoke-on-Trent, and agencies in the "
         "city also took part."],
        [
            (None, "Staffordshire Police should ensure that officers across Staffordshire and Stoke-on-Trent ask "
             "about self-harm and threats of suicide at every domestic incident.", [P], R),
            (None, "Staffordshire Police should make sure that its local policing team for Newcastle-under-Lyme "
             "knows the referral route to the borough's young people's outreach worker.", [P], L),
            (None, "Staffordshire County Council should ensure that adult social care treats a young woman's "
             "repeated self-harm as a possible sign of abuse.", [ASC], R),
            (None, "Stoke-on-Trent City Council should ensure that its housing service tells the borough council "
             "when it rehouses a man with a history of abuse in Kidsgrove.", [HOUSING], R),
            (None, "University Hospitals of North Midlands NHS Trust should ensure that the emergency department "
             "at Royal Stoke University Hospital asks a young woman who has taken an overdose about her "
             "relationship.", [HOSP], L),
            (None, "Midlands Partnership University NHS Foundation Trust should make sure that its crisis team "
             "records coercive control as a risk factor for suicide.", [MH], L),
            (None, "Keele University should ensure that its student support service knows how to refer a student "
             "to the local IDVA service.", [UNI], L),
            (None, "NHS Staffordshire and Stoke-on-Trent Integrated Care Board should add coercive control to "
             "the suicide prevention training it commissions across both areas.", [ICB], R),
            (None, "The Staffordshire Commissioner's Office should fund specialist support for young women "
             "across the county and the city.", [PCC], R),
            (None, "The Newcastle Partnership should write to the Department of Health and Social Care asking "
             "that deaths by suicide after domestic abuse are counted in the national suicide prevention "
             "data.", [CSP], N),
        ],
        font="Calibri",
    ),
    FDoc(
        "blk-10-hinckley-bosworth", ["Hinckley and Bosworth"], "numbered",
        ["Domestic Homicide Review", "Overview Report", "Into the death of Mrs Karen D",
         "Independent Chair and Author: Philip Oyelaran", "Final version: June 2022"],
        ["Hinckley & Bosworth Community Safety Partnership commissioned this review after Mrs D, who was 54, "
         "was killed by her husband at their home in Market Bosworth in 2020.",
         "Mr D worked in Nuneaton, in Warwickshire, and agencies in Nuneaton and Bedworth also took part."],
        [
            (None, "Leicestershire Police should review its force-wide process for checking whether a domestic "
             "abuse suspect holds a shotgun certificate.", [P], R),
            (None, "Leicestershire Police should make sure that the Hinckley and Bosworth neighbourhood policing "
             "area knows the outreach service for women in the villages.", [P], L),
            (None, "The Police and Crime Commissioner for Leicester, Leicestershire and Rutland should fund "
             "rural outreach across the force area.", [PCC], R),
            (None, "Leicestershire County Council should ensure that adult social care asks a woman about money "
             "and control when her husband manages her care payments.", [ASC], R),
            (None, "University Hospitals of Leicester NHS Trust should ensure that its emergency departments "
             "ask a woman with an unexplained injury whether she feels safe.", [HOSP], L),
            (None, "Leicestershire Partnership NHS Trust should make sure that its mental health services ask a "
             "patient about a partner's threats with a weapon.", [MH], L),
            (None, "Nuneaton and Bedworth Borough Council should ensure that its housing team tells Hinckley and "
             "Bosworth Borough Council when it learns of abuse by a man living in the borough.", [HOUSING], R),
            (None, "Hinckley and Bosworth Borough Council should ensure that its housing team records a "
             "disclosure of abuse and offers a referral on the same day.", [HOUSING], L),
            (None, "Hinckley & Bosworth Community Safety Partnership should run a campaign in the borough's "
             "villages on economic abuse.", [CSP], L),
            (None, "Hinckley & Bosworth Community Safety Partnership should write to the Home Office asking that "
             "firearms licensing guidance requires the police to speak to a certificate holder's partner.",
             [CSP], N),
        ],
        font="Calibri",
    ),
    FDoc(
        "blk-11-fylde", ["Fylde"], "headed",
        ["Domestic Homicide Review", "Overview Report", "Ms Rachel K", "Chair and Author: Stephen Garside",
         "Final version: August 2023"],
        ["Ms K was 45 and lived in Lytham St Annes. She was killed by her partner in 2021.",
         "Her partner had lived in Blackpool, and agencies there gave chronologies."],
        [
            ("Lancashire Constabulary", "The force should ensure that officers across Lancashire check a "
             "suspect's history with other forces before they grade the risk.", [P], R),
            ("Lancashire Constabulary", "Officers in Lytham St Annes and Kirkham should be briefed on the "
             "borough's outreach service.", [P], L),
            ("Office of the Police and Crime Commissioner for Lancashire", "The Commissioner should fund "
             "outreach for disabled victims across the county.", [PCC], R),
            ("Lancashire County Council", "Adult social care should ask about abuse when a woman with a physical "
             "disability is cared for by her partner.", [ASC], R),
            ("Blackpool Teaching Hospitals NHS Foundation Trust", "The Trust should ensure that Blackpool "
             "Victoria Hospital refers a woman who discloses abuse to its hospital IDVA.", [HOSP], L),
            ("Lancashire & South Cumbria NHS Foundation Trust", "The Trust should make sure that its Fylde "
             "community mental health team records a partner's role as carer.", [MH], L),
            ("NHS Lancashire and South Cumbria Integrated Care Board", "The ICB should commission routine enquiry "
             "training for GP practices across Lancashire and South Cumbria.", [ICB], R),
            ("Fylde Council", "The council's housing service should offer a joint tenant a separate interview "
             "when a couple asks to move.", [HOUSING], L),
            ("Blackpool Council", "The council should tell Fylde Council when it closes a case on a man who moves "
             "to Lytham St Annes.", [LA], R),
            ("Home Office", "The department should publish guidance for forces on sharing information when a "
             "perpetrator moves from one force area to another.", [HO], N),
        ],
        font="Arial",
    ),
    FDoc(
        "blk-12-st-helens", ["St Helens"], "label",
        ["St Helens Borough Council", "Domestic Homicide Review", "Overview Report", "Adult P",
         "Independent Author: Fiona Grayling", "March 2025"],
        ["Adult P was 50 and lived in Haydock. She was killed by her husband in 2023.",
         "The review was commissioned by the St Helens Community Safety Partnership (CSP), which oversaw the "
         "panel through its domestic abuse sub-group. Her husband had worked in Wigan, and agencies there also "
         "took part."],
        [
            (None, "Merseyside Police should ensure that officers across the five Merseyside boroughs link every "
             "call from the same address before they grade the risk.", [P], R),
            (None, "Merseyside Police should brief its St Helens local policing team on the borough's domestic "
             "abuse outreach service.", [P], L),
            (None, "St Helens Borough Council should ensure that adult social care asks a woman about her "
             "husband's temper when she asks for help with her own care.", [ASC], L),
            (None, "Mersey and West Lancashire Teaching Hospitals NHS Trust should ensure that Whiston Hospital "
             "refers a woman who discloses abuse to its hospital IDVA on the same day.", [HOSP], L),
            (None, "Mersey Care NHS Foundation Trust should make sure that its talking therapies service asks a "
             "client whether her partner frightens her.", [MH], L),
            (None, "The St Helens place team of NHS Cheshire and Merseyside Integrated Care Board should "
             "commission routine enquiry training for GP practices in the borough.", [ICB], L),
            (None, "NHS Cheshire and Merseyside Integrated Care Board should add coercive control to the "
             "safeguarding training it commissions across Cheshire and Merseyside.", [ICB], R),
            (None, "Wigan Council should ensure that its housing service tells St Helens Borough Council when a "
             "man with a history of abuse moves to Haydock.", [HOUSING], R),
            (None, "The Probation Service's North West region should check a release address with the police "
             "and children's services before it is approved.", [PROB], R),
            (None, "The St Helens CSP should write to the Department for Work and Pensions asking that a victim "
             "of economic abuse can ask for Universal Credit to be paid into her own account.", [CSP], N),
        ],
        font="Calibri",
        header="St Helens CSP  |  DHR Adult P  |  OFFICIAL",
    ),
    FDoc(
        "blk-13-oxford", ["Oxford"], "headed",
        ["Oxford Safer Communities Partnership", "Domestic Homicide Review", "Overview Report", "Ms Amina Y",
         "Independent Chair: Lucy Penhaligon", "Final version: May 2024"],
        ["Ms Y was 33 and lived in Blackbird Leys. She was killed by her former husband in 2022.",
         "He had lived in Banbury, in Cherwell, and agencies there also took part."],
        [
            ("Thames Valley Police", "The force should ensure that officers across the Thames Valley check for a "
             "non-molestation order before they leave an address.", [P], R),
            ("Thames Valley Police", "The Oxford local policing area should brief its neighbourhood officers on "
             "the city's support service for Somali women.", [P], L),
            ("Office of the Police and Crime Commissioner for Thames Valley", "The Commissioner should fund "
             "specialist advocacy for women from East African communities across the force area.", [PCC], R),
            ("Oxfordshire County Council", "Children's social care should speak to a mother alone before it "
             "agrees a contact arrangement with the father.", [CSC], R),
            ("Oxford University Hospitals NHS Foundation Trust", "The Trust should ensure that the emergency "
             "department at the John Radcliffe Hospital asks a woman with an injury whether a former partner "
             "caused it.", [HOSP], L),
            ("NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board", "The ICB should share "
             "this review with GP practices across the three counties.", [ICB], R),
            ("Oxford City Council", "The council's housing needs team should accept a woman's account of abuse "
             "without asking for evidence from the police.", [HOUSING], L),
            ("Cherwell District Council", "The council should tell Oxford City Council when it rehouses a man "
             "who is subject to a non-molestation order.", [HOUSING], R),
            ("Oxford Safer Communities Partnership", "The partnership should run a campaign in the city on the "
             "misuse of family court proceedings by an abusive former partner.", [CSP], L),
            ("Ministry of Justice", "The Ministry should ensure that the family courts check for findings of "
             "domestic abuse before they order contact with a child.", [MOJ], N),
        ],
        font="Times New Roman",
    ),
    FDoc(
        "blk-14-waltham-forest", ["Waltham Forest"], "numbered",
        ["London Borough of Waltham Forest", "Domestic Homicide Review", "Overview Report", "Mrs Zainab R",
         "Independent Chair: Christopher Addo", "Published November 2023"],
        ["Mrs R was 44 and lived in Leyton. She was killed by her husband in 2021.",
         "The review was commissioned by Waltham Forest's Community Safety Partnership. Mrs R had worked in "
         "Redbridge, and agencies there gave chronologies."],
        [
            (None, "The Metropolitan Police Service should ensure that officers across London ask a victim "
             "whether her husband has taken her wages.", [P], R),
            (None, "The Met's North East Basic Command Unit, which covers Newham and Waltham Forest, should "
             "review how it follows up a report when the victim withdraws her statement.", [P], R),
            (None, "The Met's safer neighbourhood teams in Leyton and Leytonstone should be briefed on the borough's "
             "economic abuse advice service.", [P], L),
            (None, "The London Borough of Waltham Forest should ensure that children's services ask each parent "
             "separately about money and control at home.", [CSC], L),
            (None, "Barts Health NHS Trust should ensure that Whipps Cross Hospital offers every woman a private "
             "conversation with a nurse before she leaves the emergency department.", [HOSP], L),
            (None, "The Waltham Forest place team of NHS North East London Integrated Care Board should share "
             "this review with GP practices in the borough.", [ICB], L),
            (None, "The London Borough of Redbridge should ensure that its housing service asks a woman about "
             "abuse when she applies for help with rent arrears.", [HOUSING], R),
            (None, "The Mayor's Office for Policing and Crime should fund economic abuse advice for victims "
             "across London.", [PCC], R),
            (None, "London Ambulance Service NHS Trust should remind crews to speak to a woman alone when her "
             "husband explains her injury.", [AMB], R),
            (None, "NHS England should add economic abuse to the national safeguarding training standard for "
             "all NHS staff.", [NHSE], N),
        ],
        font="Arial",
        header="DHR Mrs R  |  Official Sensitive",
    ),
]  # fmt: skip
