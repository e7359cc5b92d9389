"""The documents of the level blind set F: sixteen short overview reports (DHR and DARDR) of real CSPs in England
and Wales, written in our own words, each with its gold (the CSP's places and each recommendation's agencies and
level by ``shared/docs/LABELLING-GUIDE.md``), in set C's format (``BlindDoc``) with two more parts set C lacks: a
running header printed on every page and a foreword before the introduction (``FDoc``).

Chosen to make the level hard: district CSPs in two-tier counties (the force, the county council and county-wide
health bodies cover more than the CSP), whole-county CSPs (the county's own force is local), unitaries inside a
wider force area, merged CSPs ("X and Y", "X, Y and Z" where one district's own name has "and" in it), CSPs named
after former districts, Welsh CSPs beside regional boards, London boroughs, "Safer X" names, and CSPs named only on
the title page, only in the running header or only in the foreword.

Places and public bodies are real (the level depends on them); people, events and wording are invented. Labelled
before the pipeline or any scorer was run on them, by a writer who read neither set D nor the extraction or
classification code. Judgements the guide leaves open, kept as set E keeps them: a county-level review's own
county force, county council and fire service are ``local``; an ICB, county council, fire service, board or force
whose area is wider than the CSP's is ``regional`` (an ICB even when the CSP's county is most of it: Norfolk and
Waveney for Norfolk); a body whose area is exactly the CSP's is ``local`` (NHS Lincolnshire for Lincolnshire,
Powys Teaching Health Board for Powys); a force's change confined in the text to the CSP's own place is
``local``, but a unit that the text says covers more (the Met's North Area BCU, Enfield and Haringey) is
``regional``; NHS trusts and Welsh health boards acting as providers are ``local``; the Met, MOPAC, London
Ambulance and London Fire Brigade are ``regional`` (pan-London); an NHS England region is ``regional``; a CSP
asking a department for a national change is ``national``. Agencies (not scored by this set's scorer): fire and
rescue services and the Welsh Government are ``other``; a regional VAWDASV or domestic abuse board is
``domestic_abuse_partnership_board``; a safeguarding board for adults is ``safeguarding_adults_board``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.extraction.level_blind_c.docs import BlindDoc


@dataclass(frozen=True, slots=True)
class FDoc(BlindDoc):
    #: a running header printed on every page (None: no header)
    header: str | None = None
    #: paragraphs of a "Foreword" section before the introduction (empty: none)
    foreword: list[str] = field(default_factory=list)


P, L, R, N = "police", "local", "regional", "national"
ASC, CSC, LA = "adult_social_care", "childrens_social_care", "local_authority"
ICB, MH, HOSP = "integrated_care_board", "mental_health_services", "hospital"
CSP, AMB, PROB, ALL = "community_safety_partnership", "ambulance_service", "probation_service", "all_agencies"
PCC, LHT, HOUSING, GP = "police_and_crime_commissioner", "local_health_trust", "housing", "gp"
DAPB, SAB = "domestic_abuse_partnership_board", "safeguarding_adults_board"

DOCS: list[FDoc] = [
    FDoc(
        "blf-01-tonbridge-malling", ["Tonbridge and Malling"], "numbered",
        ["Tonbridge and Malling Community Safety Partnership", "Domestic Homicide Review", "Overview Report",
         "Into the death of Mrs Eileen P", "Independent Chair and Author: Helen Marsh", "Final version: May 2021"],
        ["Mrs P was 71 and lived in a village near West Malling with her husband, who killed her in 2019.",
         "Kent County Council's community safety team supported the review on behalf of the borough council."],
        [
            (None, "Kent Police should review its training for call handlers across the county so that a call "
             "from an older woman about a 'family argument' is graded as a domestic incident.", [P], R),
            (None, "It is recommended that Kent County Council Adult Social Care and Health ensures that a "
             "carer's assessment asks the carer, alone, whether they are safe.", [ASC], R),
            (None, "That Tonbridge and Malling Borough Council trains its housing options staff to ask about "
             "abuse when an older couple asks to move to smaller accommodation.", [HOUSING], L),
            (None, "Maidstone and Tunbridge Wells NHS Trust to ensure that the frailty unit refers any unexplained "
             "injury to an older patient to its safeguarding team.", [HOSP], L),
            (None, "Kent and Medway NHS and Social Care Partnership Trust should make sure that its older adults' "
             "community teams record the name of each patient's main carer.", [MH], L),
            (None, "NHS Kent and Medway should commission training on domestic abuse in later life for GP "
             "practices across Kent and Medway.", [ICB], R),
            (None, "Kent Fire and Rescue Service should add a question about feeling safe at home to its safe and "
             "well visits.", ["other"], R),
        ],
    ),
    FDoc(
        "blf-02-lincolnshire", ["Lincolnshire"], "table",
        ["Safer Lincolnshire Partnership", "Domestic Abuse Related Death Review", "Final Report", "Adult D",
         "Chair: Peter Holt", "February 2026"],
        ["Adult D died in Boston in 2024. The Safer Lincolnshire Partnership is the community safety partnership "
         "for the county and commissions every review in Lincolnshire, whichever district the death happened in."],
        [
            ("Lincolnshire Police", "Ensure that every report of stalking by a former partner is reviewed by the "
             "force's stalking coordinator.", [P], L),
            ("Lincolnshire County Council", "Children's services to include the father's new partner in every "
             "assessment where the father has contact with the child.", [CSC], L),
            ("NHS Lincolnshire Integrated Care Board", "Commission an IDVA based in each of the county's acute "
             "hospitals.", [ICB], L),
            ("United Lincolnshire Hospitals NHS Trust", "Audit the use of routine enquiry in the maternity "
             "service every six months.", [HOSP], L),
            ("Lincolnshire Partnership NHS Foundation Trust", "Make sure that crisis team staff ask a patient "
             "about threats made by a former partner.", [MH], L),
            ("East Midlands Ambulance Service NHS Trust", "Remind crews in all five counties it serves to record "
             "what a patient says about who hurt them.", [AMB], R),
            ("Probation Service, East Midlands region", "Ensure that a victim liaison officer is told of every "
             "change to a licence address in the region.", [PROB], R),
            ("Home Office", "Issue guidance on how a review is to be carried out when the suspect dies before "
             "trial.", ["home_office"], N),
        ],
    ),
    FDoc(
        "blf-03-mendip", ["Mendip"], "label",
        ["Mendip Community Safety Partnership", "Domestic Homicide Review", "Overview Report",
         "The death of Claire", "Report author: James Rowe", "November 2018"],
        ["Claire was 44 and lived in Frome. She was killed by her husband in 2016.",
         "Eleven agencies gave chronologies. The panel met on five occasions between 2017 and 2018."],
        [
            (None, "Avon and Somerset Constabulary should ensure that officers throughout the force area are "
             "trained to use the stalking screening tool.", [P], R),
            (None, "Somerset County Council should review how its children's social care front door responds to "
             "a second notification from the police within a month.", [CSC], R),
            (None, "Mendip District Council should make sure that its housing team asks every applicant who is "
             "fleeing abuse whether the perpetrator knows where they are going.", [HOUSING], L),
            (None, "Somerset Partnership NHS Foundation Trust should ensure that health visitors in Frome are told "
             "of every domestic abuse notification about a family on their caseload.", [LHT], L),
            (None, "NHS Somerset Clinical Commissioning Group should ensure that every GP practice in the county "
             "has a named lead for domestic abuse.", [ICB, GP], R),
            (None, "The Community Safety Partnership should ask the Home Office to change the statutory guidance "
             "so that an employer of the victim can be invited to join a review panel.", [CSP], N),
        ],
        font="Calibri",
    ),
    FDoc(
        "blf-04-craven", ["Craven"], "headed",
        ["Craven Community Safety Partnership", "Domestic Homicide Review", "Overview Report", "Mr Robert K",
         "Independent author: Sally Firth", "2020"],
        ["Mr K was 52 and lived in a farmhouse near Settle. He was killed by his son in 2018.",
         "Agencies in Craven, Bradford and Lancashire took part, as the son had lived in all three."],
        [
            ("North Yorkshire Police", "The force should ensure that every officer who attends a report of abuse "
             "by an adult child completes a risk assessment.", [P], R),
            ("North Yorkshire Police", "Officers of the Craven neighbourhood team should be told of the local "
             "support available to parents abused by their children.", [P], L),
            ("North Yorkshire County Council", "Health and Adult Services should include abuse by a family member "
             "in the county's carers' strategy.", [ASC], R),
            ("Airedale NHS Foundation Trust", "The Trust should make sure that its emergency department asks a "
             "parent with an injury whether it was caused by a family member.", [HOSP], L),
            ("Tees, Esk and Wear Valleys NHS Foundation Trust", "The Trust should involve the parents of an adult "
             "patient in crisis planning when the patient lives with them.", [MH], L),
            ("Yorkshire Ambulance Service NHS Trust", "Crews should pass on a safeguarding concern whenever the "
             "account of an injury given by a relative differs from the patient's.", [AMB], R),
            ("Craven District Council", "The council should brief its rural housing officers on adult family "
             "violence.", [LA], L),
        ],
    ),
    FDoc(
        "blf-05-haringey", ["Haringey"], "headed",
        ["Haringey Community Safety Partnership", "Domestic Homicide Review", "Overview Report", "Ms Grace",
         "Independent Chair: Nadia Cole", "March 2022"],
        ["Ms Grace was 38 and lived in Tottenham. She was killed by her former partner in 2020."],
        [
            ("Metropolitan Police Service", "The Met should ensure that officers across London can see the bail "
             "conditions of a domestic abuse suspect on their mobile devices.", [P], R),
            ("Metropolitan Police Service", "The North Area Basic Command Unit, which polices Enfield and "
             "Haringey, should audit how its officers record breaches of non-molestation orders.", [P], R),
            ("Metropolitan Police Service", "Safer neighbourhood officers in Tottenham should visit every victim "
             "whose former partner is released on bail.", [P], L),
            ("Whittington Health NHS Trust", "The Trust should ensure that its community nurses ask about abuse "
             "when a patient misses two appointments in a row.", [LHT], L),
            ("Barnet, Enfield and Haringey Mental Health NHS Trust", "The Trust should make sure that a patient's "
             "former partner is told when the patient is discharged, where there is a known risk.", [MH], L),
            ("NHS North Central London Integrated Care Board", "The ICB should fund an IRIS programme in GP "
             "practices in all five of its boroughs.", [ICB], R),
            ("Haringey Council", "Children's social care should invite the domestic abuse service to every child "
             "protection conference where abuse is a concern.", [CSC], L),
            ("Mayor's Office for Policing and Crime", "MOPAC should commission a London-wide service for victims "
             "whose abuser is on bail.", [PCC], R),
            ("Ministry of Justice", "The Ministry of Justice should require courts to tell victims within a day "
             "when bail conditions are changed.", ["ministry_of_justice"], N),
        ],
        font="Calibri",
    ),
    FDoc(
        "blf-06-tower-hamlets", ["Tower Hamlets"], "numbered",
        ["Domestic Homicide Review", "Overview Report", "Adult F", "Author: Owen Rees", "Final version: 2023"],
        ["Adult F was 26 and lived in Bow with her husband and his parents. She was killed by her husband in 2021.",
         "Her family had lived in Newham before they moved, and agencies there gave information to the panel."],
        [
            (None, "It is recommended that the Metropolitan Police Service reviews its London-wide guidance on "
             "recognising abuse by extended family members.", [P], R),
            (None, "Officers who attend domestic incidents in Tower Hamlets should speak to every adult woman in "
             "the household alone.", [P], L),
            (None, "East London NHS Foundation Trust to ensure that its perinatal mental health team always sees "
             "the mother without her husband or in-laws present.", [MH], L),
            (None, "Barts Health NHS Trust should make sure that the Royal London Hospital uses a professional "
             "interpreter, never a relative, at maternity appointments.", [HOSP], L),
            (None, "That Tower Hamlets Council reviews how its housing options team responds when a woman asks to "
             "be rehoused away from her husband's family.", [HOUSING], L),
            (None, "NHS England (London region) should share the learning from this review with every maternity "
             "service in London.", ["nhs_england"], R),
            (None, "The London Fire Brigade should train its home fire safety visitors to recognise a household "
             "where a woman is not allowed to speak.", ["other"], R),
            (None, "The Partnership should publish a briefing for faith leaders in the borough on honour-based "
             "abuse.", [CSP], L),
        ],
        header="Tower Hamlets Community Safety Partnership | DHR Adult F | OFFICIAL",
    ),
    FDoc(
        "blf-07-medway", ["Medway"], "table",
        ["Medway Community Safety Partnership", "Domestic Homicide Review", "Executive Summary", "Leanne",
         "Author: Kate Dunmore", "June 2022"],
        ["Leanne was 31 and was killed by her partner in Chatham in 2020. The partnership is the community "
         "safety partnership for the Medway unitary authority."],
        [
            ("Kent Police", "Ensure that every officer in Kent and Medway knows how to make a Clare's Law "
             "disclosure without a request from the victim.", [P], R),
            ("Medway Council", "Ensure that the Medway housing register flags applicants who are high risk "
             "victims discussed at MARAC.", [HOUSING], L),
            ("Medway NHS Foundation Trust", "Offer a referral to the hospital IDVA to every patient who "
             "discloses abuse in the emergency department.", [HOSP], L),
            ("Kent and Medway NHS and Social Care Partnership Trust", "Review how its Medway community mental "
             "health team shares risk with the police.", [MH], L),
            ("NHS Kent and Medway", "Require every GP practice in Kent and Medway to have a domestic abuse "
             "policy.", [ICB, GP], R),
            ("South East Coast Ambulance Service NHS Foundation Trust", "Remind crews to record a patient's "
             "disclosure of abuse on the patient record.", [AMB], R),
            ("Medway Community Safety Partnership", "Hold a learning event for Medway's frontline staff on this "
             "review.", [CSP], L),
        ],
    ),
    FDoc(
        "blf-08-rutland", ["Rutland"], "label",
        ["Safer Rutland Partnership", "Rutland County Council", "Domestic Homicide Review", "Overview Report",
         "Mrs Joan W", "Final version: January 2020"],
        ["Mrs W was 80 and lived in Oakham. She was killed by her husband in 2018, who then took his own life.",
         "The Safer Rutland Partnership is the community safety partnership for Rutland."],
        [
            (None, "Rutland County Council should ensure that its adult social care team offers a carer's "
             "assessment to every spouse caring for a partner with dementia.", [ASC], L),
            (None, "Leicestershire Police should ensure that officers across Leicester, Leicestershire and "
             "Rutland check firearms and shotgun licences at every domestic incident.", [P], R),
            (None, "Leicestershire Partnership NHS Trust should ensure that its memory service asks the carer "
             "about their own safety.", [MH], L),
            (None, "Leicester, Leicestershire and Rutland Integrated Care Board should share this review with "
             "every GP practice it commissions.", [ICB], R),
            (None, "The Partnership should ask the Home Office to change the firearms licensing guidance so that "
             "a GP is asked about a diagnosis of dementia at every renewal.", [CSP], N),
            (None, "All agencies should make sure that their staff in Rutland know how to refer an older victim "
             "to the local domestic abuse service.", [ALL], L),
        ],
        font="Times New Roman",
    ),
    FDoc(
        "blf-09-chorley-south-ribble", ["Chorley", "South Ribble"], "numbered",
        ["Chorley and South Ribble Community Safety Partnership", "Domestic Homicide Review", "Overview Report",
         "Into the death of Adult H", "Independent author: Martin Greaves", "July 2019"],
        ["Adult H was 35 and lived in Leyland. She was killed by her partner in 2017."],
        [
            (None, "Lancashire Constabulary should review how its officers across the county record a victim's "
             "account when the victim is under the influence of alcohol.", [P], R),
            (None, "Lancashire County Council should make sure that children's social care considers a parent's "
             "substance misuse and domestic abuse together.", [CSC], R),
            (None, "Lancashire Teaching Hospitals NHS Foundation Trust should ensure that staff at Chorley and "
             "South Ribble Hospital ask about abuse when a patient attends intoxicated with an injury.", [HOSP],
             L),
            (None, "South Ribble Borough Council to train its community safety officers in the signs of coercive "
             "control.", [LA], L),
            (None, "Chorley Council and South Ribble Borough Council should agree one process for housing a "
             "victim who is moving between the two boroughs.", [LA], L),
            (None, "The pan-Lancashire Domestic Abuse Partnership Board should commission a joint service for "
             "victims with both drug and alcohol needs and domestic abuse.", [DAPB], R),
            (None, "NHS Lancashire and South Cumbria Integrated Care Board should include domestic abuse in the "
             "contracts of the drug and alcohol services it commissions.", [ICB], R),
        ],
    ),
    FDoc(
        "blf-10-bassetlaw-newark-sherwood", ["Bassetlaw", "Newark and Sherwood"], "headed",
        ["Bassetlaw, Newark and Sherwood Community Safety Partnership", "Domestic Homicide Review",
         "Overview Report", "Adult J", "Chair: Karen Lowe", "September 2022"],
        ["Adult J was 47 and lived in Worksop. She was killed by her husband in 2020. The partnership covers the "
         "Bassetlaw district and the Newark and Sherwood district of Nottinghamshire."],
        [
            ("Nottinghamshire Police", "The force should ensure that its officers throughout Nottinghamshire "
             "complete a DASH risk assessment with the victim in person.", [P], R),
            ("Nottinghamshire Police", "Officers based in Worksop should be reminded of the local IDVA referral "
             "route.", [P], L),
            ("Nottinghamshire County Council", "Adult social care should ensure that a safeguarding concern about "
             "an adult with a physical disability considers abuse by a spouse.", [ASC], R),
            ("Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust", "Bassetlaw Hospital's emergency "
             "department should refer any patient with an unexplained injury to its safeguarding team.", [HOSP],
             L),
            ("Nottinghamshire Healthcare NHS Foundation Trust", "The Trust should ensure that its community "
             "teams ask patients about their partner's behaviour.", [MH], L),
            ("Bassetlaw District Council", "The council should train its housing officers to recognise signs of "
             "economic abuse.", [HOUSING], L),
            ("Nottinghamshire Office of the Police and Crime Commissioner", "The OPCC should fund a county-wide "
             "service for victims with disabilities.", [PCC], R),
        ],
    ),
    FDoc(
        "blf-11-conwy-denbighshire", ["Conwy", "Denbighshire"], "numbered",
        ["Conwy and Denbighshire Community Safety Partnership", "Partneriaeth Diogelwch Cymunedol Conwy a "
         "Sir Ddinbych", "Domestic Homicide Review", "Overview Report", "Mr Gareth L", "April 2021"],
        ["Mr L was 63 and lived in Rhyl. He was killed by his wife in 2019."],
        [
            (None, "North Wales Police should ensure that officers across North Wales offer every male victim a "
             "referral to a specialist service.", [P], R),
            (None, "Betsi Cadwaladr University Health Board should ensure that its community mental health teams "
             "ask male patients whether they are afraid of anyone at home.", [MH], L),
            (None, "Denbighshire County Council should review how its adult social care team responds when a man "
             "discloses abuse by his wife.", [ASC], L),
            (None, "Conwy County Borough Council should make sure that its housing solutions team can offer "
             "emergency accommodation to men.", [HOUSING], L),
            (None, "The North Wales Safeguarding Board should publish a learning briefing on male victims for "
             "practitioners in all six counties.", [SAB], R),
            (None, "North Wales Fire and Rescue Service should include domestic abuse in its safe and well "
             "checks.", ["other"], R),
            (None, "The Welsh Government should fund a helpline for male victims in Welsh and English.", ["other"],
             N),
        ],
    ),
    FDoc(
        "blf-12-caerphilly", ["Caerphilly"], "label",
        ["Safer Caerphilly", "Caerffili Saffach", "Domestic Homicide Review", "Overview Report", "Ms Sian T",
         "Report author: Rhian Price", "December 2021"],
        ["Ms T was 29 and lived in Bargoed. She was killed by her former partner in 2019.",
         "The review was commissioned by Safer Caerphilly, the community safety partnership for Caerphilly "
         "county borough, with the support of the Gwent regional team."],
        [
            (None, "Gwent Police should ensure that every officer in the force knows how to apply for a domestic "
             "violence protection notice.", [P], R),
            (None, "Aneurin Bevan University Health Board should ensure that its midwives ask about abuse at every "
             "antenatal contact.", [LHT], L),
            (None, "Caerphilly County Borough Council should make sure that its social services record the name of "
             "a child's father at the first contact.", [CSC], L),
            (None, "The Gwent Violence against Women, Domestic Abuse and Sexual Violence Board should agree one "
             "referral form for all five local authorities in Gwent.", [DAPB], R),
            (None, "The Office of the Police and Crime Commissioner for Gwent should commission a young person's "
             "IDVA service across Gwent.", [PCC], R),
            (None, "Safer Caerphilly should write to the Home Office asking it to extend the Domestic Violence "
             "Disclosure Scheme to past partners of a new partner.", [CSP], N),
        ],
        font="Calibri",
    ),
    FDoc(
        "blf-13-wigan", ["Wigan"], "headed",
        ["Domestic Homicide Review", "Overview Report", "The death of Mr David S", "Independent author: Lisa Clarke",
         "Final version: October 2020"],
        ["Mr S was 58 and was killed by his partner at their home in Leigh in 2018.",
         "The perpetrator had earlier lived in Bolton and in Salford, and agencies there gave information."],
        [
            ("Greater Manchester Police", "The force should review its policy across Greater Manchester on "
             "arresting a woman suspected of assaulting a male partner.", [P], R),
            ("Greater Manchester Police", "Officers of the Wigan district should be reminded to refer male "
             "victims to the borough's domestic abuse service.", [P], L),
            ("Wigan Council", "Adult social care should ensure that a man with a learning disability is asked "
             "about his relationships at every review.", [ASC], L),
            ("Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation Trust", "The Trust should train its "
             "emergency department staff to ask men about abuse.", [HOSP], L),
            ("Greater Manchester Mental Health NHS Foundation Trust", "The Trust should share a patient's history "
             "of violence with the GP when the patient moves between boroughs.", [MH], L),
            ("NHS Greater Manchester Integrated Care", "The ICB should make sure that learning from this review "
             "reaches GP practices in all ten boroughs.", [ICB], R),
            ("Greater Manchester Combined Authority", "The Deputy Mayor for Policing and Crime should commission "
             "support for male victims across Greater Manchester.", [PCC], R),
        ],
        foreword=["As Chair of the Wigan Community Safety Partnership, I would like to thank Mr S's family for "
                  "their help with this review, and the panel members for their work. The partnership has "
                  "accepted every recommendation and will oversee the action plan."],
    ),
    FDoc(
        "blf-14-york", ["York"], "table",
        ["Safer York Partnership", "Domestic Homicide Review", "Overview Report", "Into the death of Hannah",
         "Author: David Moss", "August 2023"],
        ["Hannah was 19 and a student in York. She was killed by her former boyfriend in 2021."],
        [
            ("North Yorkshire Police", "Ensure that every report of stalking across York and North Yorkshire is "
             "reviewed by a specialist officer within a week.", [P], R),
            ("City of York Council", "Ensure that the council's young people's services ask about relationship "
             "abuse when a care leaver asks for help.", [CSC], L),
            ("York and Scarborough Teaching Hospitals NHS Foundation Trust", "Ensure that the sexual health clinic "
             "asks every patient under 25 about controlling behaviour by a partner.", [HOSP], L),
            ("Tees, Esk and Wear Valleys NHS Foundation Trust", "Make sure that the York crisis team asks a "
             "student patient about their relationship.", [MH], L),
            ("NHS Humber and North Yorkshire Integrated Care Board", "Share this review with university health "
             "services throughout the ICB's area.", [ICB], R),
            ("University of York", "Train its student support staff to recognise stalking and refer students to "
             "the police.", ["university"], L),
            ("Department of Health and Social Care", "Add stalking by a former partner to the national "
             "safeguarding training for NHS staff.", ["dhsc"], N),
        ],
    ),
    FDoc(
        "blf-15-norfolk", ["Norfolk"], "numbered",
        ["Norfolk County Community Safety Partnership", "Domestic Homicide Review", "Overview Report", "Adult M",
         "Independent Chair: Anna Pike", "March 2024"],
        ["Adult M was 67 and lived near Great Yarmouth. She was killed by her husband in 2022.",
         "The review was held at county level, as every review in Norfolk is."],
        [
            (None, "Norfolk Constabulary should ensure that every officer who attends a domestic incident involving "
             "an older couple asks about the victim's health needs.", [P], L),
            (None, "Norfolk County Council Adult Social Services should make sure that a request for a care "
             "package from an older couple includes a private conversation with each of them.", [ASC], L),
            (None, "That NHS Norfolk and Waveney Integrated Care Board ensures that GP practices record who "
             "accompanies an older patient to appointments.", [ICB, GP], R),
            (None, "James Paget University Hospitals NHS Foundation Trust to ensure that its discharge team asks a "
             "patient's spouse about their own safety.", [HOSP], L),
            (None, "Norfolk and Suffolk NHS Foundation Trust should ensure that its older people's teams share "
             "risk information with adult social care.", [MH], L),
            (None, "Norfolk Fire and Rescue Service should train its staff to refer concerns about abuse seen on "
             "home visits.", ["other"], L),
            (None, "East of England Ambulance Service NHS Trust should remind its crews across the six counties it "
             "covers to record what a patient says about how they were hurt.", [AMB], R),
            (None, "The Department for Work and Pensions should make sure that its staff ask about abuse when a "
             "couple's claim for Attendance Allowance is reviewed.", ["dwp"], N),
        ],
        font="Calibri",
    ),
    FDoc(
        "blf-16-ipswich", ["Ipswich"], "label",
        ["Domestic Homicide Review", "Overview Report", "Adult N", "Author: Rebecca Stone", "Published 2019"],
        ["Adult N was 41 and lived in Ipswich. She was killed by her husband at their home in 2017.",
         "Suffolk County Council's Domestic Abuse Partnership supported the panel."],
        [
            (None, "Suffolk Constabulary should ensure that officers throughout Suffolk record the presence of "
             "children at every domestic incident.", [P], R),
            (None, "Suffolk County Council should ensure that its children's services contact the non-abusing "
             "parent before a child in need plan is closed.", [CSC], R),
            (None, "Ipswich Borough Council should ensure that its tenancy officers report any damage to a door as "
             "a possible sign of domestic abuse.", [HOUSING], L),
            (None, "East Suffolk and North Essex NHS Foundation Trust should make sure that Ipswich Hospital's "
             "emergency department asks every adult with a facial injury how it happened.", [HOSP], L),
            (None, "NHS Ipswich and East Suffolk Clinical Commissioning Group should commission routine enquiry "
             "training for practice nurses across its area.", [ICB], R),
            (None, "All agencies should remind their staff of the referral route to the Ipswich IDVA service.",
             [ALL], L),
        ],
        header="Ipswich Community Safety Partnership - Domestic Homicide Review Adult N - Restricted",
    ),
]  # fmt: skip
