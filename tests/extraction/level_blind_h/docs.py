"""The documents of the level blind set H: fourteen short overview reports (DHR and one DARDR) of real CSPs in
England and Wales not used in sets C to G, written in our own words, each with its gold (the CSP's places and each
recommendation's agencies and level by ``shared/docs/LABELLING-GUIDE.md``), in set F's format (``FDoc``: set C's
``BlindDoc`` with a running header and a foreword).

Shapes, chosen to stress the level: district CSPs in two-tier counties (Cherwell in Oxfordshire, Babergh and Mid
Suffolk), unitaries formed from districts with reports dated before the change (Aylesbury Vale 2018, Scarborough
2020) and after it (Buckinghamshire 2023, North Northamptonshire 2024, Westmorland and Furness 2025), London
boroughs whose Met BCU covers two or three boroughs (Islington, Havering), Welsh CSPs beside regional VAWDASV and
safeguarding boards (Neath Port Talbot, Torfaen), a metropolitan borough with a mayoral combined authority
(Wakefield, a DARDR), a county-wide CSP over districts (Safer Derbyshire, 2019) and a unitary inside a
multi-county force with a joint fire service (Torbay). Where the CSP is printed: on the title page in
full (Islington, Torfaen), as "X CSP" on the title page (Westmorland & Furness CSP), only in the running header
(Scarborough CSP; Babergh & Mid Suffolk CSP), in a line of partner logos written as text, after the county
council's name, and as "Cherwell CSP" in the introduction (Cherwell), only in the foreword (the "Safer
Buckinghamshire Board"), only in the commissioning paragraph under a council's name (North Northamptonshire,
Safer Neath Port Talbot), only in an introduction paragraph that is not the commissioning sentence (Wakefield
District), after "Report prepared for" (Havering), and as "Safer X" names or with an abbreviation on the title
page ("Safer Derbyshire"; "Safer Communities Torbay", "SCT" in its running header; the Aylesbury Vale CSP,
"(AVCSP)").

Places and public bodies are real (the level depends on them); people, events and wording are invented. Labelled
before the pipeline or any scorer was run on them, by a writer who ran nothing but the builder and read no
extraction or classification code. Judgements the guide leaves open, kept as sets E to G keep them:
- a force, county council, ICB or CCG, PCC / OPCC / mayoral combined authority, fire service, board or probation
  region whose area is wider than the CSP's is ``regional`` (Thames Valley Police for Cherwell, Aylesbury Vale and
  Buckinghamshire; Cumbria Constabulary and Cumbria Fire and Rescue Service for Westmorland and Furness; NHS
  Northamptonshire ICB for North Northamptonshire; the Cumbria Safeguarding Adults Board, which still covers both
  Cumbrian unitaries);
- a county-level review's own county force is ``local`` (the guide), also where the force covers the county's
  unitary city as well (Derbyshire Constabulary for Safer Derbyshire, as set C labels Durham Constabulary for
  County Durham and North Yorkshire Police for North Yorkshire); an ICB or CCG that also covers that city is
  ``regional`` (NHS Derby and Derbyshire CCG), as sets E-G label an ICB wider than the CSP;
- a body whose area is exactly the CSP's is ``local`` (NHS Aylesbury Vale CCG for Aylesbury Vale, the
  Buckinghamshire Safeguarding Adults Board for Buckinghamshire), and so is a body narrower than the CSP acting
  inside it (NHS North Derbyshire CCG and Chesterfield Borough Council under Safer Derbyshire);
- a force's change confined in the text to the CSP's own place (or a unit for just that place) is ``local``; a
  unit that the text says covers more is ``regional`` (the Met's Central North BCU, Camden and Islington; East
  Area BCU, three boroughs; Thames Valley Police's Cherwell and West Oxfordshire local policing area);
- NHS trusts, Welsh health boards, housing associations and other providers are ``local`` even when they serve
  several counties (Oxford Health, Norfolk and Suffolk, Swansea Bay, Aneurin Bevan); Northamptonshire Children's
  Trust, which provides children's services for both Northamptonshire unitaries, is read as a provider: ``local``;
- the Met, MOPAC, London Ambulance and London Fire Brigade are ``regional``; an NHS England region is ``regional``
  and NHS England addressed as a whole ``national``; the Welsh Government is ``national``;
- "all agencies" with no stated geography is ``local``; all agencies "across Gwent" (wider than Torfaen) is
  ``regional``;
- a CSP acting locally is ``local``; a CSP asking a department for a national change is ``national``.
Agencies (not scored by this set's scorer): fire and rescue services and the Welsh Government are ``other``; a
county or regional domestic abuse or VAWDASV board is ``domestic_abuse_partnership_board``; a safeguarding adults
board (county or regional) is ``safeguarding_adults_board``; a children's trust is ``childrens_social_care``; a
mayoral combined authority's policing role is ``police_and_crime_commissioner``; community NHS trusts are
``local_health_trust``.
"""

from __future__ import annotations

from tests.extraction.level_blind_f.docs import FDoc

P, L, R, N = "police", "local", "regional", "national"
ASC, CSC, LA = "adult_social_care", "childrens_social_care", "local_authority"
ICB, MH, HOSP = "integrated_care_board", "mental_health_services", "hospital"
CSP, AMB, PROB, ALL = "community_safety_partnership", "ambulance_service", "probation_service", "all_agencies"
PCC, LHT, HOUSING, GP = "police_and_crime_commissioner", "local_health_trust", "housing", "gp"
DAPB, SAB, DAS = "domestic_abuse_partnership_board", "safeguarding_adults_board", "domestic_abuse_services"

DOCS: list[FDoc] = [
    FDoc(
        "blh-01-cherwell", ["Cherwell"], "numbered",
        ["Oxfordshire County Council  \u00b7  Cherwell Community Safety Partnership  \u00b7  Thames Valley "
         "Police", "Domestic Homicide Review", "Overview Report", "Concerning the death of Mrs Hannah R",
         "Independent Chair and Author: Robert Ashdown", "Final version: July 2022"],
        ["This review was commissioned by the Cherwell CSP after Mrs R, who was 44, was killed by her husband at "
         "their home in Bicester in 2020.",
         "The panel met five times. Agencies in Banbury and in Oxford, where Mr R had worked, gave chronologies."],
        [
            (None, "Thames Valley Police should ensure that officers across Berkshire, Buckinghamshire and "
             "Oxfordshire record on the DASH form whether the suspect has recently lost his job.", [P], R),
            (None, "Thames Valley Police should brief the officers of the Cherwell and West Oxfordshire local "
             "policing area on the findings of this review.", [P], R),
            (None, "Oxfordshire County Council should make sure that the children's services front door asks for "
             "a health visitor's view before closing a domestic abuse notification.", [CSC], R),
            (None, "Oxford University Hospitals NHS Foundation Trust should ensure that the Horton General "
             "Hospital's emergency department asks every adult with a facial injury how it happened.", [HOSP], L),
            (None, "Oxford Health NHS Foundation Trust should make sure that its talking therapies service asks "
             "about abuse at the first assessment.", [MH], L),
            (None, "Cherwell District Council should train its housing options officers to record a disclosure "
             "of abuse when a couple applies for rehousing together.", [HOUSING], L),
            (None, "NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board should commission "
             "routine enquiry training for GP practices across its three areas.", [ICB], R),
            (None, "The Oxfordshire Domestic Abuse Strategic Board should publish a county-wide pathway for "
             "victims whose partner is in financial crisis.", [DAPB], R),
        ],
    ),
    FDoc(
        "blh-02-babergh-mid-suffolk", ["Babergh", "Mid Suffolk"], "table",
        ["Domestic Homicide Review", "Overview Report", "Adult J", "Report author: Sarah Lindqvist",
         "Published November 2021"],
        ["Adult J was 68 and lived in a village near Stowmarket. She was killed by her husband in 2019.",
         "The panel included agencies from Ipswich, where Adult J had been treated, and from Bury St Edmunds."],
        [
            ("Suffolk Constabulary", "Ensure that officers throughout Suffolk ask an older victim whether she "
             "depends on the suspect for care.", [P], R),
            ("Suffolk Constabulary", "Brief the safer neighbourhood teams based in Stowmarket and Sudbury on the "
             "local outreach service for older victims.", [P], L),
            ("Suffolk County Council", "Adult Social Care to ensure that a carer's assessment is offered to the "
             "person cared for as well as to the carer.", [ASC], R),
            ("West Suffolk NHS Foundation Trust", "Ensure that ward staff at West Suffolk Hospital see an older "
             "patient alone before discharge.", [HOSP], L),
            ("Norfolk and Suffolk NHS Foundation Trust", "Ensure that the older people's mental health team "
             "records concerns about a patient's spouse and shares them with the GP.", [MH], L),
            ("NHS Ipswich and East Suffolk Clinical Commissioning Group", "Share the learning from this review "
             "with every GP practice in Ipswich and East Suffolk.", [ICB], R),
            ("Babergh and Mid Suffolk District Councils", "Make sure that the shared housing service asks about "
             "abuse when an older tenant asks for an adaptation to be cancelled.", [HOUSING], L),
            ("East of England Ambulance Service NHS Trust", "Remind crews to record who answered the door when "
             "they attend an older patient who has fallen.", [AMB], R),
            ("Community Safety Partnership", "Write to the Home Office asking that the statutory guidance say how "
             "a review should treat a death where the victim had dementia.", [CSP], N),
        ],
        font="Calibri",
        header="Babergh & Mid Suffolk CSP  |  DHR Adult J  |  Official Sensitive",
    ),
    FDoc(
        "blh-03-aylesbury-vale", ["Aylesbury Vale"], "headed",
        ["Aylesbury Vale Community Safety Partnership (AVCSP)", "Domestic Homicide Review", "Overview Report",
         "Ms Kirsty D", "Independent Chair: Martin Oduya", "March 2018"],
        ["Ms D was 29 and lived in Aylesbury with her young son. She was killed by her former partner in 2016.",
         "Agencies in Milton Keynes, where Ms D's former partner lived, also gave chronologies."],
        [
            ("Thames Valley Police", "The force should ensure that officers throughout the Thames Valley check "
             "for a previous victim when they arrest a man for a domestic assault.", [P], R),
            ("Thames Valley Police", "The Aylesbury Vale local policing area should be briefed on the use of "
             "Domestic Violence Protection Notices.", [P], L),
            ("Buckinghamshire County Council", "Children's social care should make sure that a father's new "
             "address is checked before contact arrangements are agreed.", [CSC], R),
            ("Buckinghamshire Healthcare NHS Trust", "The Trust should ensure that Stoke Mandeville Hospital's "
             "maternity unit asks about abuse after the birth as well as before it.", [HOSP], L),
            ("Oxford Health NHS Foundation Trust", "The Trust should ensure that its Buckinghamshire perinatal "
             "team records disclosures of abuse in the shared record.", [MH], L),
            ("NHS Aylesbury Vale Clinical Commissioning Group", "The CCG should make sure that every GP practice "
             "in the Vale has a named lead for domestic abuse.", [ICB, GP], L),
            ("Aylesbury Vale District Council", "The council should ensure that its housing team offers a "
             "sanctuary scheme to a victim who wishes to stay in her home.", [HOUSING], L),
            ("Buckinghamshire Fire and Rescue Service", "The service should add a question about domestic abuse "
             "to its home fire safety checks across Buckinghamshire and Milton Keynes.", ["other"], R),
        ],
        font="Times New Roman",
    ),
    FDoc(
        "blh-04-buckinghamshire", ["Buckinghamshire"], "label",
        ["Domestic Homicide Review", "Overview Report", "Mr Imran S", "Author: Fiona Carlisle", "September 2023"],
        ["Mr S was 52 and lived in High Wycombe. He was killed by his son in 2021.",
         "Information was also given by agencies in Slough, where his son had lived."],
        [
            (None, "Thames Valley Police should ensure that officers in every part of the force area ask a parent "
             "who reports abuse by an adult child about the child's mental health.", [P], R),
            (None, "Thames Valley Police should make sure that officers working in Buckinghamshire know the "
             "referral route to the county's adult family violence service.", [P], L),
            (None, "Buckinghamshire Council should ensure that adult social care considers the risk from an adult "
             "son when it assesses a parent's needs.", [ASC], L),
            (None, "Oxford Health NHS Foundation Trust should make sure that its Buckinghamshire crisis team asks "
             "a patient's parents whether they feel safe at home.", [MH], L),
            (None, "Buckinghamshire Healthcare NHS Trust should ensure that Wycombe Hospital records concerns "
             "raised by a relative who attends with a patient.", [HOSP], L),
            (None, "The Buckinghamshire Safeguarding Adults Board should publish a practice briefing on abuse of "
             "parents by adult children.", [SAB], L),
            (None, "NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board should share this "
             "review with primary care across the three places it covers.", [ICB], R),
            (None, "The Thames Valley Police and Crime Commissioner should fund a service for parents abused by "
             "their children across the Thames Valley.", [PCC], R),
            (None, "The Probation Service South Central region should make sure that a person on licence who "
             "returns to a parent's home is assessed for the risk to that parent.", [PROB], R),
        ],
        foreword=["As Chairman of the Safer Buckinghamshire Board, I thank Mr S's family for the time they gave to "
                  "this review. The Board accepted the recommendations in full and will watch their progress "
                  "through its domestic abuse sub-group."],
    ),
    FDoc(
        "blh-05-north-northamptonshire", ["North Northamptonshire"], "numbered",
        ["North Northamptonshire Council", "Domestic Homicide Review", "Overview Report", "Adult N",
         "Independent Chair: Eleanor Pike", "February 2024"],
        ["This review was commissioned by the North Northamptonshire Community Safety Partnership after the "
         "death of Adult N in Corby in 2022. Adult N was 33; she was killed by her partner.",
         "Agencies in Northampton, in West Northamptonshire, also took part, as Adult N had lived there until "
         "2021."],
        [
            (None, "Northamptonshire Police should ensure that officers across the county check a suspect's "
             "history with previous partners before the risk is graded.", [P], R),
            (None, "Northamptonshire Police should brief the neighbourhood teams in Corby and Kettering on the "
             "local support for women with multiple needs.", [P], L),
            (None, "North Northamptonshire Council should make sure that adult social care considers domestic "
             "abuse when a woman with drug problems is referred for a care assessment.", [ASC], L),
            (None, "Northamptonshire Children's Trust should ensure that a mother's new partner is assessed before "
             "a child protection plan ends.", [CSC], L),
            (None, "Kettering General Hospital NHS Foundation Trust should ensure that its emergency department "
             "refers every woman who discloses abuse to the hospital IDVA.", [HOSP], L),
            (None, "Northamptonshire Healthcare NHS Foundation Trust should make sure that its drug and alcohol "
             "liaison team asks about abuse by a partner.", [MH], L),
            (None, "NHS Northamptonshire Integrated Care Board should commission training on multiple "
             "disadvantage for GP practices in both North and West Northamptonshire.", [ICB], R),
            (None, "The Northamptonshire Police, Fire and Crime Commissioner should fund a specialist worker for "
             "women with multiple needs across the county.", [PCC], R),
            (None, "NHS England's Midlands region should share the learning from this review with the integrated "
             "care boards of the region.", ["nhs_england"], R),
        ],
        font="Calibri",
    ),
    FDoc(
        "blh-06-westmorland-furness", ["Westmorland and Furness"], "headed",
        ["Westmorland & Furness CSP", "Domestic Homicide Review", "Overview Report", "Mrs Alison T",
         "Report author: Gareth Holme", "April 2025"],
        ["Mrs T was 57 and lived in Ulverston. She was killed by her husband in 2023.",
         "Before April 2023 a death in Ulverston would have been reviewed by the South Lakeland partnership; the "
         "review began after the new council was formed."],
        [
            ("Cumbria Constabulary", "The force should ensure that officers across Cumbria take the victim's "
             "account away from the suspect at every domestic incident.", [P], R),
            ("Cumbria Constabulary", "Officers based in Barrow and Ulverston should be briefed on the local "
             "outreach service.", [P], L),
            ("Westmorland and Furness Council", "Adult social care should ensure that a safeguarding concern "
             "about a woman with a long-term illness considers abuse by her husband.", [ASC], L),
            ("University Hospitals of Morecambe Bay NHS Foundation Trust", "The Trust should ensure that Furness "
             "General Hospital asks a patient alone about how a repeated injury happened.", [HOSP], L),
            ("Lancashire and South Cumbria NHS Foundation Trust", "The Trust should make sure that its community "
             "mental health team in Barrow records the views of a patient's wife.", [MH], L),
            ("NHS Lancashire and South Cumbria Integrated Care Board", "The ICB should commission domestic abuse "
             "training for GP practices across Lancashire and South Cumbria.", [ICB], R),
            ("Cumbria Fire and Rescue Service", "The service should include a question about safety at home in its "
             "home fire safety visits across the county.", ["other"], R),
            ("Cumbria Safeguarding Adults Board", "The Board should share this review with practitioners in both "
             "Cumberland and Westmorland and Furness.", [SAB], R),
        ],
    ),
    FDoc(
        "blh-07-scarborough", ["Scarborough"], "table",
        ["Domestic Homicide Review", "Overview Report", "Adult F", "Independent author: Colin Barraclough",
         "Final: October 2020"],
        ["Adult F was 37 and lived in Whitby. She was killed by her partner in 2018.",
         "The panel met six times. Agencies in Ryedale, where the perpetrator had lived, also took part."],
        [
            ("North Yorkshire Police", "Ensure that officers across York and North Yorkshire check whether a "
             "victim has a child living elsewhere.", [P], R),
            ("North Yorkshire County Council", "Children and Young People's Service to make sure that a child who "
             "lives with grandparents is considered when a parent is at risk.", [CSC], R),
            ("York Teaching Hospital NHS Foundation Trust", "Ensure that Scarborough Hospital's emergency "
             "department shares a disclosure of abuse with the woman's GP.", [HOSP], L),
            ("Tees, Esk and Wear Valleys NHS Foundation Trust", "Make sure that the Scarborough community mental "
             "health team asks about abuse before discharging a patient.", [MH], L),
            ("NHS Scarborough and Ryedale Clinical Commissioning Group", "Share this review with every GP practice "
             "in Scarborough and Ryedale.", [ICB], R),
            ("Scarborough Borough Council", "Ensure that the housing options team offers a victim a place of "
             "safety on the day she asks for help.", [HOUSING], L),
            ("Yorkshire Coast Homes", "Train neighbourhood officers to report a tenant's disclosure of abuse to "
             "the council's community safety team.", [HOUSING], L),
            ("North Yorkshire Police, Fire and Crime Commissioner", "Fund a specialist service for rural and "
             "coastal victims across York and North Yorkshire.", [PCC], R),
        ],
        header="Scarborough CSP - DHR Adult F - Official Sensitive",
    ),
    FDoc(
        "blh-08-islington", ["Islington"], "numbered",
        ["Safer Islington Partnership", "Domestic Homicide Review", "Overview Report", "Ms Grace A",
         "Independent Chair and Author: Priya Shankar", "June 2023"],
        ["Ms A was 41 and lived in Archway. She was killed by her partner in 2021.",
         "Agencies in Camden, where the perpetrator had a flat, took part in the review."],
        [
            (None, "The Metropolitan Police Service should ensure that officers across London complete a risk "
             "assessment with the victim in person after a breach of a protective order.", [P], R),
            (None, "The Metropolitan Police's Central North Basic Command Unit, which covers Camden and Islington, "
             "should review how it follows up a victim who does not answer a call back.", [P], R),
            (None, "Islington's safer neighbourhood teams should be told of each repeat victim on their ward.",
             [P], L),
            (None, "Islington Council should ensure that children's services talk to the mother alone before a "
             "referral is closed.", [CSC], L),
            (None, "Whittington Health NHS Trust should ensure that its district nurses ask about abuse when they "
             "see an injury that is not explained.", [HOSP], L),
            (None, "Camden and Islington NHS Foundation Trust should make sure that its crisis team records who "
             "lives with a patient.", [MH], L),
            (None, "NHS North Central London Integrated Care Board should share the learning with GP practices in "
             "its five boroughs.", [ICB], R),
            (None, "The Mayor's Office for Policing and Crime should fund advocacy for victims who are in debt to "
             "their abuser across London.", [PCC], R),
            (None, "The London Ambulance Service NHS Trust should remind crews to pass on concerns about abuse "
             "when a patient refuses to travel to hospital.", [AMB], R),
        ],
        font="Arial",
    ),
    FDoc(
        "blh-09-havering", ["Havering"], "headed",
        ["Domestic Homicide Review", "Report prepared for the Havering Community Safety Partnership",
         "Overview Report", "Mr Kevin L", "Author: Anne-Marie Doyle", "August 2022"],
        ["Mr L was 61 and lived in Romford. He was killed by his wife in 2020.",
         "Mrs L had received treatment in Barking and Dagenham and in Redbridge, and agencies there gave "
         "information."],
        [
            ("Metropolitan Police Service", "The Metropolitan Police should ensure that officers in every London "
             "borough treat an older man's report of abuse by his wife as a domestic incident.", [P], R),
            ("Metropolitan Police Service", "The East Area Basic Command Unit, which covers Barking and Dagenham, "
             "Havering and Redbridge, should review how it grades calls from older callers.", [P], R),
            ("Metropolitan Police Service", "Havering's safer neighbourhood teams should be briefed on the "
             "borough's support for older male victims.", [P], L),
            ("London Borough of Havering", "The council's housing service should ask about abuse when an older "
             "tenant asks to transfer alone.", [HOUSING], L),
            ("Barking, Havering and Redbridge University Hospitals NHS Trust", "The Trust should make sure that "
             "Queen's Hospital asks a man with unexplained injuries how they happened.", [HOSP], L),
            ("North East London NHS Foundation Trust", "The Trust should ensure that its older adults' mental "
             "health service asks a carer about any violence in the home.", [MH], L),
            ("NHS North East London Integrated Care Board", "The ICB should commission training on male victims "
             "for primary care across north east London.", [ICB], R),
            ("London Fire Brigade", "The Brigade should add a question about feeling safe at home to its home "
             "fire safety visits.", ["other"], R),
            ("NHS England", "NHS England should include older male victims in the national guidance on routine "
             "enquiry in primary care.", ["nhs_england"], N),
        ],
        font="Calibri",
    ),
    FDoc(
        "blh-10-neath-port-talbot", ["Neath Port Talbot"], "label",
        ["Neath Port Talbot Council", "Cyngor Castell-nedd Port Talbot", "Domestic Homicide Review",
         "Overview Report", "Ms Rhian E", "December 2022"],
        ["The Safer Neath Port Talbot Partnership commissioned this review after Ms E, who was 35, was killed by "
         "her former partner in Port Talbot in 2020.",
         "Agencies in Swansea, where Ms E worked, also took part."],
        [
            (None, "South Wales Police should ensure that officers across the force area record a victim's "
             "account of stalking on the domestic abuse risk assessment.", [P], R),
            (None, "South Wales Police should make sure that the Neath Port Talbot neighbourhood policing teams "
             "know how to refer a victim to the local stalking advocate.", [P], L),
            (None, "Neath Port Talbot Council should ensure that children's services consider a father's stalking "
             "of the mother when contact is arranged.", [CSC], L),
            (None, "Swansea Bay University Health Board should make sure that the minor injuries unit at Neath "
             "Port Talbot Hospital asks about abuse when a woman attends after an assault.", [HOSP], L),
            (None, "The West Glamorgan Regional Safeguarding Board should publish a briefing on stalking for "
             "practitioners in Swansea and Neath Port Talbot.", [SAB], R),
            (None, "The West Glamorgan VAWDASV Regional Partnership Board should commission a stalking advocacy "
             "service across the region.", [DAPB], R),
            (None, "Mid and West Wales Fire and Rescue Service should offer target hardening to stalking victims "
             "across its area.", ["other"], R),
            (None, "The Welsh Government should include stalking by a former partner in its national VAWDASV "
             "strategy.", ["other"], N),
        ],
        font="Arial",
    ),
    FDoc(
        "blh-11-torfaen", ["Torfaen"], "table",
        ["Torfaen Community Safety Partnership", "Domestic Homicide Review", "Overview Report", "Adult P",
         "Independent Chair: Huw Pritchard", "May 2023"],
        ["Adult P was 48 and lived in Cwmbran. She was killed by her husband in 2021.",
         "The Gwent VAWDASV Board was kept informed of the review, and agencies in Newport and Monmouthshire "
         "gave chronologies."],
        [
            ("Gwent Police", "Ensure that officers throughout Gwent ask about non-fatal strangulation at every "
             "domestic incident.", [P], R),
            ("Gwent Police", "Brief the Torfaen neighbourhood policing team on the findings of this review.", [P],
             L),
            ("Torfaen County Borough Council", "Adult services to make sure that a woman caring for her husband "
             "is asked, alone, whether she feels safe.", [ASC], L),
            ("Aneurin Bevan University Health Board", "Ensure that the Grange University Hospital records marks "
             "on the neck as a possible sign of strangulation.", [HOSP], L),
            ("Gwent VAWDASV Board", "Agree a regional pathway for victims of non-fatal strangulation across the "
             "five local authorities of Gwent.", [DAPB], R),
            ("Gwent Safeguarding Board", "Share this review with practitioners across Gwent.", [SAB], R),
            ("Police and Crime Commissioner for Gwent", "Fund training on strangulation for specialist services "
             "across the force area.", [PCC], R),
            ("All agencies", "All agencies across Gwent should remind staff that strangulation is a marker of "
             "high risk.", [ALL], R),
            ("Welsh Ambulance Services NHS Trust", "Remind crews to record any sign of strangulation on the "
             "patient record.", [AMB], R),
        ],
        font="Times New Roman",
    ),
    FDoc(
        "blh-12-wakefield", ["Wakefield"], "headed",
        ["Domestic Abuse Related Death Review", "Final Report", "Adult C", "Chair: Margaret Osei",
         "January 2025"],
        ["Adult C was 27 and lived in Castleford. She took her own life in 2023 after abuse by her partner.",
         "Wakefield District Community Safety Partnership has run reviews of suicides that follow domestic "
         "abuse since 2022; its domestic abuse board oversees the action plans.",
         "Agencies in Leeds, where Adult C had studied, gave chronologies."],
        [
            ("West Yorkshire Police", "The force should ensure that officers across West Yorkshire ask a victim "
             "about thoughts of suicide when completing the risk assessment.", [P], R),
            ("West Yorkshire Police", "The Wakefield district's safeguarding unit should review every repeat "
             "victim who has disclosed self-harm.", [P], L),
            ("Wakefield Council", "Children's social care should ensure that a young mother leaving care is "
             "asked about her partner's behaviour.", [CSC], L),
            ("Mid Yorkshire Teaching NHS Trust", "The Trust should ensure that Pinderfields Hospital refers every "
             "patient who self-harms and discloses abuse to its safeguarding team.", [HOSP], L),
            ("South West Yorkshire Partnership NHS Foundation Trust", "The Trust should make sure that its "
             "liaison psychiatry team asks about a partner's control after an overdose.", [MH], L),
            ("NHS West Yorkshire Integrated Care Board", "The ICB should commission suicide prevention training "
             "that covers domestic abuse for primary care in all five West Yorkshire places.", [ICB], R),
            ("Mayor of West Yorkshire", "The Mayor's Policing and Crime team should fund specialist support for "
             "victims at risk of suicide across West Yorkshire.", [PCC], R),
            ("Yorkshire Ambulance Service NHS Trust", "The Trust should remind crews to ask about abuse when they "
             "attend a self-harm call.", [AMB], R),
            ("Wakefield District Community Safety Partnership", "The Partnership should run a campaign in the "
             "district on the link between abuse and suicide.", [CSP], L),
            ("Department for Work and Pensions", "The Department should train its staff nationally to recognise a "
             "claimant at risk of suicide because of abuse.", ["dwp"], N),
        ],
    ),
    FDoc(
        "blh-13-derbyshire", ["Derbyshire"], "numbered",
        ["Safer Derbyshire", "Domestic Homicide Review", "Overview Report", "Mrs Patricia H",
         "Report author: Nigel Ackroyd", "March 2019"],
        ["Mrs H was 74 and lived in Chesterfield. She was killed by her husband in 2017.",
         "Safer Derbyshire is the community safety partnership for the county and commissions every review in "
         "Derbyshire outside the city of Derby."],
        [
            (None, "Derbyshire Constabulary should ensure that officers across the force consider coercive control "
             "when an older woman reports a single incident.", [P], L),
            (None, "Derbyshire County Council should make sure that adult social care asks a woman alone about her "
             "husband's behaviour when he is her carer.", [ASC], L),
            (None, "Chesterfield Royal Hospital NHS Foundation Trust should ensure that its frailty team refers "
             "an unexplained fall with bruising to the safeguarding team.", [HOSP], L),
            (None, "Derbyshire Healthcare NHS Foundation Trust should ensure that its memory service asks about "
             "the carer's behaviour at every review.", [MH], L),
            (None, "NHS North Derbyshire Clinical Commissioning Group should remind GP practices in the north of "
             "the county to ask older patients about abuse.", [ICB, GP], L),
            (None, "NHS Derby and Derbyshire Clinical Commissioning Group should commission training on abuse in "
             "later life for primary care in the city and the county.", [ICB], R),
            (None, "Chesterfield Borough Council should ensure that its housing staff report concerns about an "
             "older tenant's husband to adult social care.", [HOUSING], L),
            (None, "East Midlands Ambulance Service NHS Trust should remind crews to record who was present when "
             "they attend a fall.", [AMB], R),
            (None, "All agencies should make sure their staff know the referral route to the older people's "
             "domestic abuse service.", [ALL], L),
            (None, "The Home Office should add guidance on abuse by a partner who is also a carer to the statutory "
             "guidance for reviews.", ["home_office"], N),
        ],
        font="Calibri",
    ),
    FDoc(
        "blh-14-torbay", ["Torbay"], "label",
        ["Safer Communities Torbay", "Domestic Homicide Review", "Overview Report", "Mr Darren W",
         "Independent Chair: Louise Penhallow", "November 2021"],
        ["Mr W was 42 and lived in Paignton. He was killed by his partner in 2019.",
         "Agencies in Teignbridge, in Devon, where the couple had lived before, also took part."],
        [
            (None, "Devon and Cornwall Police should ensure that officers across Devon, Cornwall and the Isles of "
             "Scilly record a male victim's disclosure on the risk assessment.", [P], R),
            (None, "Devon and Cornwall Police should brief Torbay's neighbourhood officers on the local service "
             "for male victims.", [P], L),
            (None, "Torbay Council should ensure that children's services consider abuse of a father by a mother "
             "when assessing a family.", [CSC], L),
            (None, "Torbay and South Devon NHS Foundation Trust should ensure that Torbay Hospital's emergency "
             "department asks male patients about abuse.", [HOSP], L),
            (None, "Devon Partnership NHS Trust should make sure that its Torbay mental health team asks male "
             "patients about abuse by a partner.", [MH], L),
            (None, "NHS Devon Clinical Commissioning Group should share this review with GP practices across "
             "Devon, Plymouth and Torbay.", [ICB], R),
            (None, "Devon and Somerset Fire and Rescue Service should include a question about abuse in every "
             "home safety visit.", ["other"], R),
            (None, "The Office of the Police and Crime Commissioner for Devon and Cornwall should fund a male "
             "victims' service across the peninsula.", [PCC], R),
            (None, "Safer Communities Torbay should run a local campaign for male victims of domestic abuse.",
             [CSP], L),
        ],
        header="SCT - Domestic Homicide Review - Mr W - Restricted",
    ),
]  # fmt: skip
