"""The documents of the level blind set J: fourteen short overview reports (DHR and one DARDR) of real CSPs in
England and Wales not used in sets C to I, the agencies sets or the wordproc dev set, written in our own words,
each with its gold (the CSP's places and each recommendation's agencies and level by
``shared/docs/LABELLING-GUIDE.md``), in set F's format (``FDoc``: set C's ``BlindDoc`` with a running header and a
foreword).

Shapes, chosen to stress the level: district CSPs in two-tier counties (Burnley in Lancashire, with the force's
East division said to cover six areas; Cannock Chase in Staffordshire; Crawley in West Sussex, a DARDR), merged
district CSPs (South Worcestershire, for Malvern Hills, Worcester City & Wychavon; North Devon & Torridge, named
only in the running header), a metropolitan borough whose council was renamed (City of Doncaster Council, formerly
Doncaster Metropolitan Borough Council; "Safer Stronger Doncaster Partnership", "SSDP" in the header), another
inside a combined authority (Trafford, the CSP named only in the foreword), London boroughs (Greenwich, the CSP
named only on the cover, with the Met's South East BCU for three boroughs; Kingston upon Thames, "Safer Kingston
Partnership (SKP)" in an introduction paragraph and "SKP" in the header, with Achieving for Children), unitaries
inside multi-area forces (Central Bedfordshire, a unitary county, named in full on the title page; Bracknell
Forest in the commissioning sentence under the council's name, with a local policing area the text says covers
Wokingham too; Redcar and Cleveland with the Cleveland MATAC), a Welsh county on the border with England
(Monmouthshire, with West Mercia Police and Herefordshire agencies as neighbours), and three reports that print
no CSP anywhere (Monmouthshire, Charnwood, Redcar and Cleveland: see below). Where else the CSP is printed: in the
commissioning sentence ("Burnley Community Safety Partnership commissioned ..."), as a "Commissioned by:" line on
the title page (Cannock Chase), in full on the title page over a line of its three councils (South
Worcestershire).

Places and public bodies are real (the level depends on them); people, events and wording are invented. Labelled
before the pipeline or any scorer was run on them, by a writer who ran nothing but the builder and a check that
each gold parses, and who read no extraction or classification code nor the geography tables. Judgements the
guide leaves open, kept as sets D to I keep them:
- a force, county council, ICB, PCC / OPCC / mayor, fire service, board or probation region whose area is wider
  than the CSP's is ``regional`` (Lancashire Constabulary and Lancashire County Council for Burnley; Bedfordshire
  Police, covering Bedford, Central Bedfordshire and Luton, for Central Bedfordshire; the Worcestershire
  Safeguarding Adults Board for South Worcestershire; the Safer Devon Partnership, the county's partnership, for
  North Devon & Torridge);
- an ICB's place or locality team for exactly the CSP's area, acting there, is ``local`` (NHS South Yorkshire's
  Doncaster place team, NHS Greater Manchester's Trafford locality team, NHS South East London's Greenwich place
  team, NHS Bedfordshire, Luton and Milton Keynes's Central Bedfordshire place team, NHS South West London's
  Kingston place team), while the ICB as a whole is ``regional``;
- a force's change confined to its unit or officers for the CSP's area is ``local`` (Staffordshire Police's
  Cannock Chase local policing team, South Yorkshire Police's Doncaster District, GMP's Trafford district, Sussex
  Police's Crawley district, West Mercia Police's teams in Malvern Hills, Worcester and Wychavon for the merged
  CSP, the neighbourhood team at Abergavenny police station, Cleveland Police's officers in Redcar and Cleveland,
  the Met's Kingston safer neighbourhood teams, the probation delivery unit for Greenwich); a unit the text says
  covers more is ``regional`` (Lancashire's East division, the Met's South East and South West BCUs, Thames Valley
  Police's Bracknell and Wokingham local policing area);
- a body of a neighbouring area acting in its own area is ``regional`` (Pendle Borough Council in Burnley's
  review, Nottinghamshire Police in Doncaster's, the London Borough of Bexley in Greenwich's, Manchester City
  Council in Trafford's, West Mercia Police in Monmouthshire's, Horsham District Council in Crawley's, Wokingham
  Borough Council in Bracknell Forest's, Middlesbrough Council in Redcar and Cleveland's, the London Borough of
  Richmond upon Thames in Kingston's); a joint change by the CSP's council and a neighbouring council is
  ``regional`` (the widest of the two);
- NHS trusts, Welsh health boards, housing associations, charities, a university and Achieving for Children (the
  children's services company of Kingston, Richmond and Windsor and Maidenhead) are providers, ``local``, however
  many areas they serve (Royal Wolverhampton NHS Trust at Cannock Chase Hospital; East London NHS Foundation Trust
  in Bedfordshire; Aneurin Bevan University Health Board);
- the Met, MOPAC and London Ambulance Service are ``regional``; the Cleveland MATAC, working across its force area,
  is ``regional``; probation regions and the Probation Service in Wales are ``regional``; the Home Office, DHSC,
  DfE, NHS England addressed as a whole and the Welsh Government are ``national``;
- "all agencies" with no stated geography is ``local``;
- a CSP acting locally is ``local``; a CSP writing to a department for a national change is ``national``; the
  county's own partnership (Safer Devon) is wider than a district CSP's area, so ``regional``;
- the reports that print no CSP (Monmouthshire, Charnwood, Redcar and Cleveland) are labelled against the area
  the text shows they are about (the death's town, the council and services named); their gold places are the
  writer's knowledge of the CSP for that area (``["Monmouthshire"]``, ``["Charnwood"]``,
  ``["Redcar and Cleveland"]``), so a reader that returns no CSP there counts wrong on the CSP.
Agencies (not scored by this set's scorer): the Welsh Government is ``other``; a council's housing team and a
neighbouring council's housing service are ``housing``; a county or regional domestic abuse or VAWDASV board is
``domestic_abuse_partnership_board``; the Cleveland MATAC is ``matac``; the Mayor of South Yorkshire and GMCA's
Deputy Mayor for policing are ``police_and_crime_commissioner``; Achieving for Children is
``childrens_social_care``; Loughborough University is ``university``; the Safer Devon Partnership is
``community_safety_partnership``.
"""

from __future__ import annotations

from tests.extraction.level_blind_f.docs import FDoc

P, L, R, N = "police", "local", "regional", "national"
ASC, CSC, LA = "adult_social_care", "childrens_social_care", "local_authority"
ICB, MH, HOSP = "integrated_care_board", "mental_health_services", "hospital"
CSP, AMB, PROB, ALL = "community_safety_partnership", "ambulance_service", "probation_service", "all_agencies"
PCC, LHT, HOUSING, GP = "police_and_crime_commissioner", "local_health_trust", "housing", "gp"
DAPB, SAB, DAS = "domestic_abuse_partnership_board", "safeguarding_adults_board", "domestic_abuse_services"
NHSE, HO, DHSC, DFE = "nhs_england", "home_office", "dhsc", "dfe"
OTHER, MATAC, UNI = "other", "matac", "university"

DOCS: list[FDoc] = [
    FDoc(
        "blj-01-burnley", ["Burnley"], "numbered",
        ["Domestic Homicide Review", "Overview Report", "Into the death of Ms Jade W",
         "Independent Chair and Author: Claire Hebden", "Final version: November 2023"],
        ["Burnley Community Safety Partnership commissioned this review after Ms W, who was 33, was killed by her "
         "former partner at her home in Padiham in 2021.",
         "Her former partner lived in Nelson, in Pendle, and agencies there gave chronologies. The panel met six "
         "times between 2022 and 2023."],
        [
            (None, "Lancashire Constabulary should ensure that officers across the county check whether a man "
             "arrested for a domestic offence is already on bail for an offence against another woman.", [P], R),
            (None, "The constabulary's East division, which covers Blackburn with Darwen, Burnley, Hyndburn, "
             "Pendle, Ribble Valley and Rossendale, should review how its domestic abuse investigation team "
             "allocates reports of stalking.", [P], R),
            (None, "Lancashire County Council should ensure that children's social care records the name of each "
             "adult who stays in the household when it completes a child and family assessment.", [CSC], R),
            (None, "East Lancashire Hospitals NHS Trust should ensure that staff at the urgent treatment centre "
             "at Burnley General Teaching Hospital ask a woman with a facial injury whether she feels safe at "
             "home.", [HOSP], L),
            (None, "Lancashire & South Cumbria NHS Foundation Trust should make sure that its crisis team asks a "
             "patient who has harmed herself about her current and former relationships.", [MH], L),
            (None, "NHS Lancashire and South Cumbria Integrated Care Board should share the learning from this "
             "review with GP practices across Lancashire and South Cumbria.", [ICB], R),
            (None, "Calico Homes should treat a tenant's request for new locks as a possible sign of abuse and "
             "offer her a referral to the local outreach service.", [HOUSING], L),
            (None, "Pendle Borough Council should make sure that its housing options team tells the receiving "
             "council when a man with a known history of abuse moves out of the borough.", [HOUSING], R),
            (None, "The Lancashire Domestic Abuse Partnership Board should commission a stalking advocacy service "
             "for victims across the county.", [DAPB], R),
            (None, "Burnley Community Safety Partnership should run a campaign in Burnley and Padiham on stalking "
             "by a former partner.", [CSP], L),
            (None, "The Home Office should revise the statutory guidance on stalking protection orders so that "
             "it says when the police should apply for an interim order.", [HO], N),
        ],
        font="Arial",
        header="OFFICIAL SENSITIVE  |  DHR Ms W",
    ),
    FDoc(
        "blj-02-cannock-chase", ["Cannock Chase"], "table",
        ["Domestic Homicide Review", "Overview Report", "Adult M",
         "Commissioned by: Cannock Chase Community Safety Partnership", "Author: Peter Langridge",
         "Published March 2024"],
        ["Adult M was 67 and lived in Rugeley. She was killed by her husband in 2022.",
         "Her husband had been treated at New Cross Hospital in Wolverhampton, and agencies in Lichfield, where "
         "the couple's daughter lived, also took part."],
        [
            ("Staffordshire Police", "Ensure that call handlers across Staffordshire and Stoke-on-Trent ask an "
             "older caller whether she is able to speak freely.", [P], R),
            ("Staffordshire Police", "Make sure that the Cannock Chase local policing team knows the district's "
             "outreach service for older victims.", [P], L),
            ("Staffordshire Commissioner's Office", "Fund training on abuse in later life for call handlers and "
             "neighbourhood officers across the county and the city.", [PCC], R),
            ("Staffordshire County Council", "Adult social care to ask a carer about his own health and mood at "
             "every review of the person he cares for.", [ASC], R),
            ("Midlands Partnership University NHS Foundation Trust", "Ensure that its community nurses see an "
             "older patient alone at least once during each episode of care.", [LHT], L),
            ("The Royal Wolverhampton NHS Trust", "Ensure that staff at Cannock Chase Hospital record who "
             "accompanies an older patient to appointments.", [HOSP], L),
            ("NHS Staffordshire and Stoke-on-Trent Integrated Care Board", "Share this review with every GP "
             "practice in Staffordshire and Stoke-on-Trent.", [ICB], R),
            ("West Midlands Ambulance Service University NHS Foundation Trust", "Remind crews to make a "
             "safeguarding referral when an older woman's injury is not explained.", [AMB], R),
            ("Cannock Chase District Council", "Train housing and benefits staff to ask about abuse when an older "
             "couple's circumstances change suddenly.", [LA], L),
            ("Community Safety Partnership", "Write to the Home Office asking that the statutory guidance for "
             "reviews sets out how to involve a victim's adult grandchildren.", [CSP], N),
        ],
        font="Calibri",
    ),
    FDoc(
        "blj-03-south-worcestershire", ["Malvern Hills", "Worcester", "Wychavon"], "headed",
        ["South Worcestershire Community Safety Partnership",
         "Malvern Hills District Council  |  Worcester City Council  |  Wychavon District Council",
         "Domestic Homicide Review", "Overview Report", "Mr Gareth P", "Independent Chair: Helen Okonjo",
         "January 2022"],
        ["Mr P was 47 and lived in Evesham. He was killed by his wife in 2020.",
         "The partnership covers Malvern Hills, Worcester City & Wychavon. Agencies in Redditch, where Mr P had "
         "worked, also took part."],
        [
            ("West Mercia Police", "The force should ensure that officers across Herefordshire, Shropshire, "
             "Telford and Wrekin and Worcestershire speak to a male victim away from his partner.", [P], R),
            ("West Mercia Police", "Its Safer Neighbourhood Teams in Malvern Hills, Worcester and Wychavon should "
             "be briefed on the local support service for men.", [P], L),
            ("Worcestershire County Council", "Adult social care should make sure that a safeguarding enquiry "
             "about a man considers abuse by his wife.", [ASC], R),
            ("Worcestershire Acute Hospitals NHS Trust", "The Trust should ensure that the emergency department "
             "at Worcestershire Royal Hospital asks a man with burns or scalds how they happened.", [HOSP], L),
            ("Herefordshire and Worcestershire Health and Care NHS Trust", "The Trust should make sure that its "
             "talking therapies service asks men, as well as women, about abuse at home.", [MH], L),
            ("NHS Herefordshire and Worcestershire Integrated Care Board", "The ICB should share the learning "
             "with every GP practice in the two counties.", [ICB], R),
            ("Wychavon District Council", "The council should offer a male victim emergency accommodation on the "
             "same terms as a female victim.", [HOUSING], L),
            ("Worcestershire Safeguarding Adults Board", "The Board should publish a briefing for practitioners "
             "across Worcestershire on abuse of men by female partners.", [SAB], R),
            ("South Worcestershire Community Safety Partnership", "The Partnership should run a campaign in "
             "Malvern Hills, Worcester and Wychavon telling men where they can get help.", [CSP], L),
        ],
        font="Times New Roman",
        header="South Worcestershire CSP  |  DHR Mr P",
    ),
    FDoc(
        "blj-04-doncaster", ["Doncaster"], "label",
        ["Safer Stronger Doncaster Partnership", "Domestic Homicide Review", "Overview Report", "Ms Kerry A",
         "Independent Chair and Author: Samuel Eze", "Final version: August 2024"],
        ["Ms A was 39 and lived in Mexborough. She was killed by her partner in 2022.",
         "City of Doncaster Council, called Doncaster Metropolitan Borough Council until 2023, supported the "
         "panel. The partner had lived in Worksop, in Bassetlaw, until 2021, and agencies in Nottinghamshire also "
         "took part."],
        [
            (None, "South Yorkshire Police should ensure that officers across Barnsley, Doncaster, Rotherham and "
             "Sheffield check a suspect's history with other forces before they grade the risk.", [P], R),
            (None, "South Yorkshire Police's Doncaster District should brief its neighbourhood teams in "
             "Mexborough and Conisbrough on the borough's outreach service.", [P], L),
            (None, "Nottinghamshire Police should ensure that its officers in Bassetlaw tell the receiving force "
             "when a man with a history of abuse moves out of the county.", [P], R),
            (None, "City of Doncaster Council should ensure that children's social care asks a mother about a "
             "new partner's history before it closes a case.", [CSC], L),
            (None, "Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust should ensure that midwives "
             "at Doncaster Royal Infirmary see a pregnant woman alone at least once.", [HOSP], L),
            (None, "Rotherham Doncaster and South Humber NHS Foundation Trust should make sure that its drug and "
             "alcohol team asks a client about violence from a partner.", [MH], L),
            (None, "The Doncaster place team of NHS South Yorkshire Integrated Care Board should commission "
             "routine enquiry training for GP practices in the city.", [ICB], L),
            (None, "St Leger Homes of Doncaster should treat repeated damage to a tenant's door as a possible "
             "sign of abuse.", [HOUSING], L),
            (None, "The Mayor of South Yorkshire should fund a perpetrator programme across the four districts of "
             "South Yorkshire.", [PCC], R),
            (None, "The Safer Stronger Doncaster Partnership should write to the Department for Work and Pensions "
             "asking that a split payment of Universal Credit is offered to every claimant who discloses abuse.",
             [CSP], N),
        ],
        font="Calibri",
        header="SSDP  |  DHR Ms Kerry A  |  Official Sensitive",
    ),
    FDoc(
        "blj-05-greenwich", ["Greenwich"], "numbered",
        ["Safer Greenwich Partnership", "Domestic Homicide Review", "Overview Report",
         "Into the death of Mrs Adaeze N", "Independent Chair: Frances Whitlock", "Published May 2023"],
        ["Mrs N was 52 and lived in Woolwich. She was killed by her husband in 2021.",
         "Her husband had lived in Bexleyheath before the couple married, and agencies in Bexley gave "
         "information to the panel."],
        [
            (None, "The Metropolitan Police Service should ensure that officers across London record the "
             "language a victim prefers and use an interpreter for her account.", [P], R),
            (None, "The Met's South East Basic Command Unit, which covers Bexley, Bromley and Greenwich, should "
             "review how it follows up a domestic incident when the suspect has left before officers arrive.",
             [P], R),
            (None, "The Royal Borough of Greenwich should ensure that adult social care asks about abuse when a "
             "woman's husband cancels her care package.", [ASC], L),
            (None, "Lewisham and Greenwich NHS Trust should ensure that the Queen Elizabeth Hospital's fracture "
             "clinic asks a woman how her injury happened when she is seen alone.", [HOSP], L),
            (None, "Oxleas NHS Foundation Trust should make sure that its memory service asks the person cared "
             "for, as well as the carer, about life at home.", [MH], L),
            (None, "The Greenwich place team of NHS South East London Integrated Care Board should commission "
             "training on abuse in later life for the borough's GP practices.", [ICB], L),
            (None, "The London Borough of Bexley should ensure that its housing service asks about abuse when a "
             "man applies as homeless after a relationship ends.", [HOUSING], R),
            (None, "The probation delivery unit for Greenwich should check a release address with the police and "
             "children's services before it is approved.", [PROB], L),
            (None, "The Mayor's Office for Policing and Crime should fund specialist advocacy for older Black and "
             "minoritised women across London.", [PCC], R),
            (None, "NHS England should add a question about abuse to the national template for GP health checks "
             "for people aged over 40.", [NHSE], N),
        ],
        font="Arial",
    ),
    FDoc(
        "blj-06-trafford", ["Trafford"], "headed",
        ["Domestic Homicide Review", "Overview Report", "Mr Aamir S", "Chair and Author: Lorraine Whitfield",
         "Final version: October 2022"],
        ["Mr S was 26 and lived in Stretford. He was killed by his older brother at the family home in 2020.",
         "His brother had been a patient of a mental health service in Manchester, and Manchester agencies also "
         "gave chronologies."],
        [
            ("Greater Manchester Police", "The force should ensure that officers in all ten boroughs treat "
             "violence between adult brothers as domestic abuse and complete a risk assessment.", [P], R),
            ("Greater Manchester Police", "The Trafford district should brief its neighbourhood officers on the "
             "borough's family violence service.", [P], L),
            ("Greater Manchester Combined Authority", "The Deputy Mayor for Policing, Crime, Criminal Justice "
             "and Fire should fund a service across Greater Manchester for families harmed by an adult child or "
             "sibling.", [PCC], R),
            ("Trafford Council", "Adult social care should make sure that a carer's assessment for a parent "
             "asks about every adult child living at home.", [ASC], L),
            ("Manchester University NHS Foundation Trust", "The Trust should ensure that the emergency "
             "department at Trafford General Hospital records who brings a young man in with an injury.", [HOSP],
             L),
            ("Greater Manchester Mental Health NHS Foundation Trust", "The Trust should ensure that a patient's "
             "risk to relatives is assessed before he is discharged home.", [MH], L),
            ("NHS Greater Manchester", "The Trafford locality team should share this review with every GP "
             "practice in the borough.", [ICB], L),
            ("NHS Greater Manchester", "The ICB should add family violence to the safeguarding training it "
             "commissions across Greater Manchester.", [ICB], R),
            ("Manchester City Council", "The council's homelessness service should tell Trafford Council when "
             "it places a man with a history of violence with his family in Trafford.", [HOUSING], R),
            ("Home Office", "Add the killing of a sibling to the examples in the statutory guidance for reviews.",
             [HO], N),
        ],
        font="Arial",
        foreword=["On behalf of the Safer Trafford Partnership I thank Mr S's parents and sisters for the time "
                  "they gave to this review, and for telling us who he was.",
                  "The partnership accepts every recommendation in this report."],
    ),
    FDoc(
        "blj-07-monmouthshire", ["Monmouthshire"], "table",
        ["Domestic Homicide Review", "Overview Report", "Ms Bethan R", "Author: Gwyn Pritchard",
         "December 2023"],
        ["Ms R was 58 and lived near Abergavenny. She was killed by her partner in 2022.",
         "Her partner had moved from Hereford in 2020. Agencies in Herefordshire and across Gwent gave "
         "chronologies."],
        [
            ("Gwent Police", "Ensure that officers across Blaenau Gwent, Caerphilly, Monmouthshire, Newport and "
             "Torfaen ask a victim whether her partner has abused anyone in England.", [P], R),
            ("Gwent Police", "Brief the neighbourhood team based at Abergavenny police station on the local "
             "outreach service.", [P], L),
            ("West Mercia Police", "Tell Gwent Police when a man it manages as a domestic abuse perpetrator "
             "moves across the border into Wales.", [P], R),
            ("Aneurin Bevan University Health Board", "Ensure that Nevill Hall Hospital asks about abuse when a "
             "woman attends with a head injury.", [HOSP], L),
            ("Monmouthshire County Council", "Social services to make sure that an adult at risk referral about "
             "a woman in a rural home is followed by a visit.", [ASC], L),
            ("Monmouthshire Housing Association", "Train repairs staff to report signs of abuse seen during a "
             "visit.", [HOUSING], L),
            ("Gwent VAWDASV Regional Board", "Publish guidance for all five Gwent areas on victims and "
             "perpetrators who move between England and Wales.", [DAPB], R),
            ("Probation Service in Wales", "Check a person's new address with the police in both countries "
             "before a transfer from England is accepted.", [PROB], R),
            ("Welsh Government", "Agree with the Home Office a protocol for reviews that cross the border between "
             "England and Wales.", [OTHER], N),
        ],
        font="Times New Roman",
    ),
    FDoc(
        "blj-08-central-bedfordshire", ["Central Bedfordshire"], "numbered",
        ["Central Bedfordshire Community Safety Partnership", "Domestic Homicide Review", "Overview Report",
         "Adult F", "Independent Chair: Nadia Crowther", "July 2024"],
        ["Adult F was 44 and lived in Leighton Buzzard. She was killed by her husband in 2022.",
         "She had worked in Luton, and agencies in Luton and in Milton Keynes also took part."],
        [
            (None, "Bedfordshire Police should ensure that officers across Bedford, Central Bedfordshire and Luton "
             "record the children present at every domestic incident.", [P], R),
            (None, "Bedfordshire Police should make sure that its community policing team for Central "
             "Bedfordshire knows the referral route to the children's independent domestic violence advisers.",
             [P], L),
            (None, "The Bedfordshire Police and Crime Commissioner should fund a service for children who have "
             "lived with domestic abuse across the three council areas.", [PCC], R),
            (None, "Central Bedfordshire Council should ensure that children's services speak to each child "
             "alone after a domestic incident is reported.", [CSC], L),
            (None, "Bedfordshire Hospitals NHS Foundation Trust should ensure that Luton and Dunstable University "
             "Hospital shares a disclosure of abuse with the woman's GP.", [HOSP], L),
            (None, "East London NHS Foundation Trust should make sure that its Bedfordshire community mental "
             "health teams ask about abuse when a woman reports low mood.", [MH], L),
            (None, "The Central Bedfordshire place team of NHS Bedfordshire, Luton and Milton Keynes Integrated "
             "Care Board should commission routine enquiry training for GP practices in the area.", [ICB], L),
            (None, "Central Bedfordshire Council and Luton Borough Council should jointly review how a child's "
             "case is passed between their children's services when a family moves.", [CSC], R),
            (None, "East of England Ambulance Service NHS Trust should remind crews to make a referral when "
             "children are present at a domestic incident.", [AMB], R),
            (None, "The Department for Education should include children who live with domestic abuse in the "
             "national guidance for schools on safeguarding.", [DFE], N),
        ],
        font="Arial",
    ),
    FDoc(
        "blj-09-charnwood", ["Charnwood"], "label",
        ["Domestic Homicide Review", "Overview Report", "Mrs Harjit K", "Author: Simon Abbott",
         "Final version: April 2022"],
        ["Mrs K was 61 and lived in Loughborough, where she worked at the university. She was killed by her "
         "husband in 2020.",
         "Her husband had been treated at the Leicester Royal Infirmary, and agencies in the city also gave "
         "chronologies."],
        [
            (None, "Leicestershire Police should ensure that officers across Leicester, Leicestershire and "
             "Rutland use a professional interpreter when a victim's first language is not English.", [P], R),
            (None, "Leicestershire Police should brief the Charnwood neighbourhood policing area on the local "
             "specialist service for South Asian women.", [P], L),
            (None, "Leicestershire County Council should make sure that adult social care asks a woman about "
             "abuse when her husband asks for her care to end.", [ASC], R),
            (None, "University Hospitals of Leicester NHS Trust should ensure that a patient's relative is not "
             "used as an interpreter when staff ask about abuse.", [HOSP], L),
            (None, "Leicestershire Partnership NHS Trust should make sure that its older people's mental health "
             "team records concerns raised by adult children.", [MH], L),
            (None, "NHS Leicester, Leicestershire and Rutland Integrated Care Board should share this review with "
             "GP practices across the three areas.", [ICB], R),
            (None, "Charnwood Borough Council should ensure that its housing team offers a woman a separate "
             "interview when a couple applies together.", [HOUSING], L),
            (None, "Loughborough University should tell its staff how to ask for help with abuse at home.", [UNI],
             L),
            (None, "The Probation Service's East Midlands region should check a man's home before approving it "
             "for a curfew.", [PROB], R),
            (None, "All agencies should make sure that their staff use a professional interpreter, not a family "
             "member, when they ask about abuse.", [ALL], L),
        ],
        font="Calibri",
    ),
    FDoc(
        "blj-10-crawley", ["Crawley"], "headed",
        ["Domestic Abuse Related Death Review", "Overview Report", "Ms Lauren G", "Independent Chair: Keith Andrade",
         "Final version: February 2025"],
        ["Ms G was 24 and lived in Broadfield. She took her own life in 2023 after months of abuse by her partner.",
         "She had grown up in Horsham, and agencies in Horsham District also took part."],
        [
            ("Sussex Police", "The force should ensure that officers across Brighton and Hove, East Sussex and "
             "West Sussex ask about threats of suicide at every domestic incident.", [P], R),
            ("Sussex Police", "The Crawley district prevention team should be briefed on the link between "
             "coercive control and suicide.", [P], L),
            ("West Sussex County Council", "Adult services should ensure that a young woman who self-harms is "
             "asked about her relationship at a care act assessment.", [ASC], R),
            ("Surrey and Sussex Healthcare NHS Trust", "The Trust should ensure that East Surrey Hospital refers "
             "a young woman who has taken an overdose to its hospital IDVA.", [HOSP], L),
            ("Sussex Partnership NHS Foundation Trust", "The Trust should make sure that its crisis team asks a "
             "patient whether a partner controls her phone or money.", [MH], L),
            ("NHS Sussex", "The ICB should add coercive control to the suicide prevention training it "
             "commissions across Sussex.", [ICB], R),
            ("South East Coast Ambulance Service NHS Foundation Trust", "The Trust should remind crews to record "
             "who is present when they attend a young woman who has harmed herself.", [AMB], R),
            ("Horsham District Council", "The council should ensure that its housing team asks a young applicant "
             "who is leaving a partner whether she feels safe.", [HOUSING], R),
            ("Crawley Borough Council", "The council should include coercive control in its next community "
             "safety campaign in the town.", [LA], L),
            ("Department of Health and Social Care", "The department should name domestic abuse as a risk "
             "factor in the national suicide prevention strategy.", [DHSC], N),
        ],
        font="Calibri",
        header="Safer Crawley Partnership  |  DARDR Ms G  |  OFFICIAL",
    ),
    FDoc(
        "blj-11-bracknell-forest", ["Bracknell Forest"], "table",
        ["Bracknell Forest Council", "Domestic Homicide Review", "Overview Report", "Mrs Olena D",
         "Report author: Richard Fenwick", "Published January 2024"],
        ["The Bracknell Forest Community Safety Partnership commissioned this review after Mrs D, who was 35, was "
         "killed by her husband at their home in Sandhurst in 2022.",
         "Mrs D had come to the UK from Ukraine in 2019. Agencies in Wokingham, where the couple first lived, "
         "also took part."],
        [
            ("Thames Valley Police", "Ensure that officers across Berkshire, Buckinghamshire and Oxfordshire "
             "tell a victim with insecure immigration status that she can still get help.", [P], R),
            ("Thames Valley Police", "Brief the Bracknell and Wokingham local policing area, which covers both "
             "boroughs, on the support open to migrant women.", [P], R),
            ("Office of the Police and Crime Commissioner for Thames Valley", "Fund advocacy for migrant victims "
             "across the force area.", [PCC], R),
            ("Bracknell Forest Council", "Children's social care to record the immigration status of each parent "
             "at a child and family assessment.", [CSC], L),
            ("Frimley Health NHS Foundation Trust", "Ensure that maternity staff at Frimley Park Hospital use a "
             "professional interpreter at every booking appointment.", [HOSP], L),
            ("Berkshire Healthcare NHS Foundation Trust", "Ensure that its health visitors in Bracknell Forest see "
             "a mother alone at the new birth visit.", [LHT], L),
            ("NHS Frimley Integrated Care Board", "Share this review with GP practices across the Frimley "
             "area.", [ICB], R),
            ("Wokingham Borough Council", "Ensure that its housing team tells the receiving council of known "
             "risks when a family moves out of the borough.", [HOUSING], R),
            ("Bracknell Forest Community Safety Partnership", "Hold a learning event on abuse of women whose "
             "right to stay depends on their husband.", [CSP], L),
            ("Home Office", "Extend the Migrant Victims of Domestic Abuse Concession to women on every type of "
             "visa.", [HO], N),
        ],
        font="Calibri",
    ),
    FDoc(
        "blj-12-redcar-cleveland", ["Redcar and Cleveland"], "numbered",
        ["Domestic Homicide Review", "Overview Report", "Ms Chloe B", "Independent Chair and Author: Martin Ellerby",
         "Final version: June 2022"],
        ["Ms B was 31 and lived in Redcar. She was killed by her former partner in 2020.",
         "Her former partner lived in Middlesbrough, and agencies there gave chronologies."],
        [
            (None, "Cleveland Police should ensure that officers across Hartlepool, Middlesbrough, Redcar and "
             "Cleveland and Stockton-on-Tees check for previous victims when they arrest a man for assault.", [P],
             R),
            (None, "Cleveland Police should make sure that its neighbourhood officers in Redcar and Cleveland "
             "know the borough's outreach service.", [P], L),
            (None, "The Cleveland MATAC should consider every perpetrator with three or more victims across the "
             "force area.", [MATAC], R),
            (None, "Redcar and Cleveland Borough Council should ensure that children's services ask a mother "
             "about a former partner's contact with the children.", [CSC], L),
            (None, "South Tees Hospitals NHS Foundation Trust should ensure that the emergency department at the "
             "James Cook University Hospital asks about strangulation.", [HOSP], L),
            (None, "Tees, Esk and Wear Valleys NHS Foundation Trust should make sure that its community team "
             "records a patient's disclosure of abuse in her care plan.", [MH], L),
            (None, "Middlesbrough Council should ensure that its housing team tells the council of the area a "
             "man moves to when he has a history of abuse.", [HOUSING], R),
            (None, "Beyond Housing should treat a request for a move on grounds of harassment as a possible "
             "domestic abuse case.", [HOUSING], L),
            (None, "North East Ambulance Service NHS Foundation Trust should remind crews to record marks on the "
             "neck as a sign of strangulation.", [AMB], R),
            (None, "The Home Office should publish national guidance for the police on non-fatal strangulation "
             "by a former partner.", [HO], N),
        ],
        font="Arial",
    ),
    FDoc(
        "blj-13-north-devon-torridge", ["North Devon", "Torridge"], "label",
        ["Domestic Homicide Review", "Overview Report", "Mrs Janet T", "Author: Philippa Moss", "March 2023"],
        ["Mrs T was 69 and lived in a village near Bideford. She was killed by her husband, who cared for her, "
         "in 2021.",
         "Agencies in Barnstaple and in Exeter also took part."],
        [
            (None, "Devon and Cornwall Police should ensure that officers across Devon, Cornwall and the Isles of "
             "Scilly ask an older victim whether she depends on the suspect for care.", [P], R),
            (None, "The Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly "
             "should fund outreach for older victims in rural areas.", [PCC], R),
            (None, "Devon County Council should ensure that adult social care offers a carer's assessment when a "
             "husband becomes his wife's only carer.", [ASC], R),
            (None, "Royal Devon University Healthcare NHS Foundation Trust should ensure that North Devon "
             "District Hospital sees an older patient alone before discharge.", [HOSP], L),
            (None, "Devon Partnership NHS Trust should make sure that its older people's team asks a carer about "
             "stress and anger.", [MH], L),
            (None, "NHS Devon should share the learning from this review with GP practices across Devon.", [ICB],
             R),
            (None, "North Devon Council and Torridge District Council should jointly train their housing and "
             "benefits staff on abuse in later life.", [LA], L),
            (None, "North Devon Against Domestic Abuse should offer outreach in the villages of North Devon and "
             "Torridge.", [DAS], L),
            (None, "The Safer Devon Partnership should publish a county-wide briefing on abuse by a carer.",
             [CSP], R),
            (None, "The Department of Health and Social Care should ensure that the national guidance on carers' "
             "assessments covers a carer's risk to the person cared for.", [DHSC], N),
        ],
        font="Times New Roman",
        header="North Devon & Torridge CSP  -  DHR Mrs T  -  Restricted",
    ),
    FDoc(
        "blj-14-kingston", ["Kingston upon Thames"], "headed",
        ["Royal Borough of Kingston upon Thames", "Domestic Homicide Review", "Overview Report", "Ms Min-ji L",
         "Independent Chair: Oliver Brandt", "Final version: September 2022"],
        ["Ms L was 29 and lived in New Malden. She was killed by her partner in 2020.",
         "The review was overseen by the Safer Kingston Partnership (SKP) and its domestic abuse sub-group. "
         "Agencies in Richmond upon Thames, where Ms L had studied, also took part."],
        [
            ("Metropolitan Police Service", "The MPS should ensure that officers across London check for reports "
             "by a suspect's former partners before they grade the risk.", [P], R),
            ("Metropolitan Police Service", "The South West Basic Command Unit, which covers Kingston, Merton, "
             "Richmond and Wandsworth, should review how it allocates repeat reports of harassment.", [P], R),
            ("Metropolitan Police Service", "Officers in Kingston's safer neighbourhood teams should be briefed "
             "on the borough's Korean community support group.", [P], L),
            ("Royal Borough of Kingston upon Thames", "The council should ensure that its housing team asks a "
             "tenant about abuse when she reports a partner's damage to her flat.", [HOUSING], L),
            ("Achieving for Children", "The company should make sure that a social worker asks a pregnant woman "
             "about her partner at a pre-birth assessment.", [CSC], L),
            ("Kingston Hospital NHS Foundation Trust", "The Trust should ensure that its maternity service refers "
             "a disclosure of abuse to the hospital IDVA on the same day.", [HOSP], L),
            ("South West London and St George's Mental Health NHS Trust", "The Trust should make sure that its "
             "perinatal team asks about abuse at every review.", [MH], L),
            ("NHS South West London Integrated Care Board", "The ICB's Kingston place team should share this "
             "review with the borough's GP practices.", [ICB], L),
            ("London Borough of Richmond upon Thames", "The council should ensure that its student housing "
             "advice service knows how to refer a victim to the local IDVA service.", [HOUSING], R),
            ("Safer Kingston Partnership", "The SKP should write to the Home Office asking that national guidance "
             "on reviews covers victims who are not British nationals.", [CSP], N),
        ],
        font="Arial",
        header="SKP  |  DHR Ms L  |  Official Sensitive",
    ),
]  # fmt: skip
