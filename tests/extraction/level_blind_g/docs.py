"""The documents of the level blind set G: sixteen short overview reports (DHR and one DARDR) of real CSPs in
England and Wales not used in sets C to F, written in our own words, each with its gold (the CSP's places and each
recommendation's agencies and level by ``shared/docs/LABELLING-GUIDE.md``), in set F's format (``FDoc``: set C's
``BlindDoc`` with a running header and a foreword).

Shapes: district CSPs in two-tier counties (Canterbury in Kent, Harlow in Essex), merged CSPs named with commas and
"&" (Broxtowe, Gedling & Rushcliffe; Adur & Worthing), unitaries inside a wider force area (Safer Plymouth; the
Isle of Wight, whose force and ICB also cover Hampshire), London boroughs (Southwark, Ealing), metropolitan
boroughs (Sheffield; Dudley, whose partnership is called "Safe and Sound", in a DARDR), a whole-county CSP (Safer
Gloucestershire, whose force, county council and ICB cover exactly the county), Welsh CSPs (Cardiff with a
bilingual title; Powys, whose health board covers exactly the county), and CSPs named after former districts
(Harrogate, Sedgemoor, Carlisle and Eden, all dated before the 2023 reorganisations). Where the CSP is printed:
on the title page, only in the commissioning paragraph (Harlow, Sheffield), only in the foreword (Ealing), only
in the running header (Carlisle and Eden), after "On behalf of" under a council's name (Sedgemoor), and beside a
line of partner logos written as text (Canterbury, Southwark).

Places and public bodies are real (the level depends on them); people, events and wording are invented. Labelled
before the pipeline or any scorer was run on them, by a writer who read no extraction or classification code.
Judgements the guide leaves open, kept as sets E and F keep them: a county-level review's own county force, county
council, fire service and an ICB whose area is exactly the county are ``local``; a force, county council, ICB or
CCG, PCC, board or probation region whose area is wider than the CSP's is ``regional``; a CCG whose area is
exactly the CSP's (NHS Ealing CCG for Ealing) is ``local``; a force's change confined in the text to the CSP's
own place (or to a unit covering just that place) is ``local``, but a unit that the text says covers more (the
Met's Central South and West Area BCUs) is ``regional``; NHS trusts, Welsh health boards and other providers are
``local`` even when they serve neighbouring areas; the Met, MOPAC and the London Ambulance Service are
``regional``; an NHS England region is ``regional`` and NHS England addressed as a whole ``national``; a CSP
acting locally is ``local`` and a CSP asking a department for a national change ``national``; the Welsh
Government is ``national``. Agencies (not scored by this set's scorer): fire and rescue services and the Welsh
Government are ``other``; a county or regional domestic abuse board is ``domestic_abuse_partnership_board``; a
regional safeguarding board is ``safeguarding_adults_board``.
"""

from __future__ import annotations

from tests.extraction.level_blind_f.docs import FDoc

P, L, R, N = "police", "local", "regional", "national"
ASC, CSC, LA = "adult_social_care", "childrens_social_care", "local_authority"
ICB, MH, HOSP = "integrated_care_board", "mental_health_services", "hospital"
CSP, AMB, PROB, ALL = "community_safety_partnership", "ambulance_service", "probation_service", "all_agencies"
PCC, LHT, HOUSING, GP = "police_and_crime_commissioner", "local_health_trust", "housing", "gp"
DAPB, SAB, CH = "domestic_abuse_partnership_board", "safeguarding_adults_board", "community_health"

DOCS: list[FDoc] = [
    FDoc(
        "blg-01-canterbury", ["Canterbury"], "numbered",
        ["Canterbury Community Safety Partnership", "Canterbury City Council    Kent Police    Kent County Council",
         "Domestic Homicide Review", "Overview Report", "Into the death of Ms Joanne W",
         "Independent Chair and Author: Alan Tebbutt", "Final version: June 2022"],
        ["Ms W was 38 and lived in Herne Bay with her two children. She was killed by her partner in 2020.",
         "The panel met seven times. Agencies in Canterbury and in Thanet, where the perpetrator had lived, gave "
         "chronologies."],
        [
            (None, "Kent Police should ensure that the DASH risk assessment completed by officers anywhere in the "
             "county records whether the perpetrator has access to the victim's children.", [P], R),
            (None, "Kent Police should make sure that officers of the Canterbury district community policing team "
             "know how to refer a victim to the Canterbury domestic abuse one stop shop.", [P], L),
            (None, "Kent County Council Children's Social Work Services should review how the front door responds "
             "when a family that is already known moves between districts of the county.", [CSC], R),
            (None, "East Kent Hospitals University NHS Foundation Trust should ensure that staff at the Kent and "
             "Canterbury Hospital ask about abuse when a pregnant woman attends with an injury.", [HOSP], L),
            (None, "Canterbury City Council should train its housing options team to ask whether an applicant is "
             "afraid of a former partner.", [HOUSING], L),
            (None, "The Kent and Medway Domestic Abuse Strategic Board should publish a briefing on the risks of "
             "child contact arrangements for practitioners across Kent and Medway.", [DAPB], R),
            (None, "The Probation Service in the Kent, Surrey and Sussex region should make sure that a home visit "
             "is made before a licence address is approved when a child lives there.", [PROB], R),
        ],
    ),
    FDoc(
        "blg-02-harlow", ["Harlow"], "table",
        ["Domestic Homicide Review", "Overview Report", "Adult K", "Report author: Christine Okafor",
         "Published March 2021"],
        ["This review was commissioned by the Harlow Community Safety Partnership under section 9 of the Domestic "
         "Violence, Crime and Victims Act 2004, after the death of Adult K in 2019.",
         "Adult K was 55 and lived alone in a flat in Harlow. She was killed by her former partner."],
        [
            ("Essex Police", "Ensure that officers across Essex check for a live non-molestation order before "
             "closing a report of harassment.", [P], R),
            ("Essex County Council", "Adult Social Care to make sure that a safeguarding enquiry about a woman who "
             "is misusing alcohol considers abuse by a former partner.", [ASC], R),
            ("The Princess Alexandra Hospital NHS Trust", "Remind emergency department staff to ask a patient who "
             "attends with a head injury how the injury happened, out of the hearing of a companion.", [HOSP], L),
            ("Essex Partnership University NHS Foundation Trust", "Ensure that the Harlow community mental health "
             "team records the name of any partner or former partner a patient says they fear.", [MH], L),
            ("NHS West Essex Clinical Commissioning Group", "Share the learning from this review with every GP "
             "practice in Epping Forest, Harlow and Uttlesford.", [ICB], R),
            ("Harlow Council", "Review how the housing service handles a tenant's request to change her locks "
             "after a relationship ends.", [HOUSING], L),
            ("Southend, Essex and Thurrock Domestic Abuse Board", "Commission a pathway for victims who also have "
             "alcohol needs across Southend, Essex and Thurrock.", [DAPB], R),
            ("Department for Work and Pensions", "Make sure that work coaches nationally know how to respond when a "
             "claimant says that a former partner takes her benefits.", ["dwp"], N),
        ],
        font="Calibri",
    ),
    FDoc(
        "blg-03-broxtowe-gedling-rushcliffe", ["Broxtowe", "Gedling", "Rushcliffe"], "headed",
        ["Broxtowe, Gedling & Rushcliffe Community Safety Partnership", "Domestic Homicide Review",
         "Overview Report", "Mr Stephen A", "Independent Chair: Judith Lamb", "January 2023"],
        ["Mr A was 72 and lived in Arnold. He was killed by his wife in 2021.",
         "The partnership, also known as the South Nottinghamshire Community Safety Partnership, serves the "
         "boroughs of Broxtowe, Gedling and Rushcliffe."],
        [
            ("Nottinghamshire Police", "The force should ensure that officers throughout the force area ask an "
             "older man who reports an assault by his wife whether it has happened before.", [P], R),
            ("Nottinghamshire Police", "The South Nottinghamshire neighbourhood policing teams, which cover "
             "Broxtowe, Gedling and Rushcliffe, should be briefed on the local services for older victims.", [P],
             L),
            ("Nottinghamshire County Council", "Adult social care should make sure that a carer's assessment "
             "asks the cared-for person, alone, whether they feel safe.", [ASC], R),
            ("Nottingham University Hospitals NHS Trust", "The Trust should ensure that the frailty team refers "
             "any unexplained fall with bruising to its safeguarding team.", [HOSP], L),
            ("Nottinghamshire Healthcare NHS Foundation Trust", "The Trust should ensure that its memory "
             "assessment service asks about the behaviour of a patient's spouse.", [MH], L),
            ("Gedling Borough Council", "The council should train its community safety officers to recognise "
             "abuse of older people by a partner.", [LA], L),
            ("NHS Nottingham and Nottinghamshire Integrated Care Board", "The ICB should ask every GP practice it "
             "commissions to name a lead for domestic abuse in later life.", [ICB, GP], R),
            ("Nottinghamshire Office of the Police and Crime Commissioner", "The OPCC should fund outreach for "
             "older victims across the city and the county.", [PCC], R),
        ],
        font="Times New Roman",
    ),
    FDoc(
        "blg-04-adur-worthing", ["Adur", "Worthing"], "label",
        ["Adur & Worthing Safer Communities Partnership", "Domestic Homicide Review",
         "Executive Summary and Overview Report", "Mr Peter G", "Author: Naomi Whitlock", "March 2023"],
        ["Mr G was 46 and lived in Lancing. He died in 2021 after an assault by his partner.",
         "The review was commissioned by the partnership on behalf of Adur District Council and Worthing Borough "
         "Council, which share one community safety team."],
        [
            (None, "Sussex Police should ensure that every officer in the force is trained to recognise a male "
             "victim who is being controlled by a female partner.", [P], R),
            (None, "West Sussex County Council should review how adult social care responds to a self-neglect "
             "referral where a partner controls the household money.", [ASC], R),
            (None, "University Hospitals Sussex NHS Foundation Trust should make sure that Worthing Hospital's "
             "emergency department asks every adult with a burn or scald how it happened.", [HOSP], L),
            (None, "Sussex Partnership NHS Foundation Trust should ensure that its Worthing mental health team "
             "asks male patients about abuse at home.", [MH], L),
            (None, "Adur & Worthing Councils should make sure that their housing team can offer emergency "
             "accommodation to a man fleeing abuse.", [HOUSING], L),
            (None, "NHS Sussex should include male victims of domestic abuse in the training it commissions for "
             "primary care across East Sussex, West Sussex and Brighton and Hove.", [ICB], R),
            (None, "South East Coast Ambulance Service NHS Foundation Trust should remind its crews to record "
             "who else was present when they attend an injured adult.", [AMB], R),
            (None, "The Partnership should write to the Home Office asking it to change the statutory guidance so "
             "that a review may consider the perpetrator's own history of being abused.", [CSP], N),
        ],
    ),
    FDoc(
        "blg-05-plymouth", ["Plymouth"], "numbered",
        ["Safer Plymouth", "Domestic Homicide Review", "Overview Report", "Into the death of Kerry",
         "Independent Chair: Rosemary Hale", "Final report: September 2022"],
        ["Kerry was 31 and lived in Devonport. She was killed by her partner in 2020.",
         "Plymouth City Council's community connections team supported the review on behalf of Safer Plymouth, "
         "the city's community safety partnership."],
        [
            (None, "Devon and Cornwall Police should ensure that call handlers across Devon, Cornwall and the "
             "Isles of Scilly search for previous addresses of the caller when grading a domestic call.", [P], R),
            (None, "Devon and Cornwall Police should make sure that Plymouth's neighbourhood officers know the "
             "referral route to the city's domestic abuse service.", [P], L),
            (None, "Plymouth City Council should ensure that children's services ask a mother about her new "
             "partner before closing a child in need plan.", [CSC], L),
            (None, "University Hospitals Plymouth NHS Trust should ensure that Derriford Hospital's maternity "
             "service asks about abuse at every antenatal appointment.", [HOSP], L),
            (None, "Livewell Southwest should make sure that its health visitors record a mother's disclosure of "
             "abuse where her GP can see it.", [CH], L),
            (None, "NHS Devon should commission domestic abuse training for GP practices in Devon, Plymouth and "
             "Torbay.", [ICB], R),
            (None, "South Western Ambulance Service NHS Foundation Trust should remind crews across the South West "
             "to refer a patient who discloses abuse.", [AMB], R),
            (None, "The Probation Service South West region should make sure that a perpetrator's new partner is "
             "considered for a disclosure under the Domestic Violence Disclosure Scheme.", [PROB], R),
        ],
        font="Calibri",
    ),
    FDoc(
        "blg-06-isle-of-wight", ["Isle of Wight"], "headed",
        ["Isle of Wight Community Safety Partnership", "Domestic Homicide Review", "Overview Report",
         "Mrs Susan B", "Author: Graham Pettit", "December 2023"],
        ["Mrs B was 66 and lived in Ryde. She was killed by her husband in 2021.",
         "Agencies on the Island and on the mainland gave chronologies, as Mr B had been treated in Southampton."],
        [
            ("Hampshire and Isle of Wight Constabulary", "The force should ensure that officers throughout "
             "Hampshire and the Isle of Wight consider coercive control when an older couple is involved.", [P],
             R),
            ("Hampshire and Isle of Wight Constabulary", "Officers of the Isle of Wight district should be "
             "reminded of the Island's domestic abuse outreach service.", [P], L),
            ("Isle of Wight Council", "Adult social care should ensure that a review of a care package includes a "
             "private conversation with the person receiving care.", [ASC], L),
            ("Isle of Wight NHS Trust", "The Trust should ensure that St Mary's Hospital's emergency department "
             "refers an older patient with an unexplained injury to its safeguarding team.", [HOSP], L),
            ("NHS Hampshire and Isle of Wight Integrated Care Board", "The ICB should share this review with GP "
             "practices across Hampshire and the Isle of Wight.", [ICB], R),
            ("Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight", "The OPCC should "
             "fund a service for older victims across the force area.", [PCC], R),
            ("All agencies", "All agencies on the Isle of Wight should remind their staff that older people can "
             "be victims of domestic abuse.", [ALL], L),
        ],
    ),
    FDoc(
        "blg-07-southwark", ["Southwark"], "table",
        ["Southwark Council  |  Metropolitan Police  |  NHS South East London", "Safer Southwark Partnership",
         "Domestic Homicide Review", "Overview Report", "Mr Daniel O", "Author: Yvonne Mensah", "May 2023"],
        ["Mr O was 27 and lived in Peckham. He was killed by his former partner in 2021."],
        [
            ("Metropolitan Police Service", "Ensure that officers across London record the sexual orientation of "
             "a victim when the victim agrees.", [P], R),
            ("Metropolitan Police Service", "Remind officers of the Central South Basic Command Unit, which covers "
             "Lambeth and Southwark, to refer male victims to a specialist service.", [P], R),
            ("Southwark Council", "Ensure that the housing solutions service asks every man who presents as "
             "homeless after a relationship ends whether he is afraid of his former partner.", [HOUSING], L),
            ("King's College Hospital NHS Foundation Trust", "Make sure that the emergency department asks a man "
             "with a stab wound about the person who hurt him.", [HOSP], L),
            ("South London and Maudsley NHS Foundation Trust", "Ensure that the Southwark home treatment team "
             "asks about abuse in same-sex relationships.", [MH], L),
            ("NHS South East London Integrated Care Board", "Commission training on abuse in same-sex "
             "relationships for GP practices in its six boroughs.", [ICB], R),
            ("Mayor's Office for Policing and Crime", "Fund an LGBT+ specialist advocacy service across London.",
             [PCC], R),
            ("London Ambulance Service NHS Trust", "Remind crews to record what a patient says about the cause of "
             "an injury.", [AMB], R),
        ],
    ),
    FDoc(
        "blg-08-ealing", ["Ealing"], "headed",
        ["Domestic Homicide Review", "Overview Report", "Adult R", "Independent Chair and Author: Michael Forde",
         "Final version: November 2020"],
        ["Adult R was 43 and lived in Southall. She was killed by her husband in 2018.",
         "Her husband's family lived in Hounslow and Hillingdon, and agencies there gave information."],
        [
            ("Metropolitan Police Service", "The West Area Basic Command Unit, which covers Ealing, Hillingdon and "
             "Hounslow, should ensure that an interpreter who is not a family member is used at every domestic "
             "incident where one is needed.", [P], R),
            ("Metropolitan Police Service", "Ealing's Safer Neighbourhood teams should be briefed on honour-based "
             "abuse and the local specialist service.", [P], L),
            ("Ealing Council", "Children's services should ensure that the extended family is considered in every "
             "assessment of a household where abuse has been reported.", [CSC], L),
            ("Ealing Council", "Adult social care should make sure that a woman with an insecure immigration "
             "status is told of the support she can have.", [ASC], L),
            ("London North West University Healthcare NHS Trust", "The Trust should ensure that Ealing Hospital "
             "offers a professional interpreter to every woman asked about abuse.", [HOSP], L),
            ("West London NHS Trust", "The Trust should ensure that its Ealing community teams ask about abuse by "
             "members of the extended family.", [MH], L),
            ("NHS Ealing Clinical Commissioning Group", "The CCG should make sure that every GP practice in the "
             "borough has access to telephone interpreting for routine enquiry.", [ICB, GP], L),
            ("NHS England", "NHS England (London region) should share the learning from this review with the "
             "clinical commissioning groups of London.", ["nhs_england"], R),
        ],
        foreword=["As Chair of the Safer Ealing Partnership, I thank Adult R's family for their courage in "
                  "helping with this review. The partnership has accepted the recommendations and will oversee "
                  "the action plan through its domestic abuse strategy group."],
    ),
    FDoc(
        "blg-09-sheffield", ["Sheffield"], "label",
        ["Sheffield City Council", "Domestic Homicide Review", "Overview Report", "Ms Amira H",
         "Report author: Joanne Leckie", "April 2025"],
        ["This review was commissioned by the Sheffield Community Safety Partnership after the death of Ms H in "
         "2023. Ms H was 34 and lived in Darnall with her three children; she was killed by her husband.",
         "Agencies in Rotherham, where the family had lived before, also gave chronologies."],
        [
            (None, "South Yorkshire Police should ensure that officers throughout the force area offer a victim an "
             "interpreter who is not known to the family.", [P], R),
            (None, "South Yorkshire Police should make sure that officers of the Sheffield district attend "
             "training given by the city's specialist domestic abuse service.", [P], L),
            (None, "Sheffield Teaching Hospitals NHS Foundation Trust should ensure that its maternity service "
             "sees every pregnant woman alone at least once.", [HOSP], L),
            (None, "Sheffield Health and Social Care NHS Foundation Trust should make sure that its perinatal "
             "mental health team asks about controlling behaviour by a husband.", [MH], L),
            (None, "Sheffield City Council should ensure that children's social care speaks to each child alone "
             "when a domestic abuse notification is received.", [CSC], L),
            (None, "NHS South Yorkshire Integrated Care Board should share this review with GP practices in "
             "Barnsley, Doncaster, Rotherham and Sheffield.", [ICB], R),
            (None, "The South Yorkshire Mayoral Combined Authority should commission specialist advocacy for "
             "women from minority communities across South Yorkshire.", [PCC], R),
            (None, "The Sheffield Community Safety Partnership should run a local campaign on the support "
             "available to women whose husband controls their immigration status.", [CSP], L),
            (None, "The Home Office should extend the Migrant Victims of Domestic Abuse Concession to women on "
             "every kind of visa.", ["home_office"], N),
        ],
        font="Calibri",
    ),
    FDoc(
        "blg-10-dudley", ["Dudley"], "numbered",
        ["Safe and Sound", "Dudley Community Safety Partnership", "Domestic Abuse Related Death Review",
         "Final Report", "Adult T", "Chair: Kevin Marsh", "July 2025"],
        ["Adult T was 24 and lived in Brierley Hill. She took her own life in 2023 after years of abuse by her "
         "partner.",
         "Safe and Sound is the community safety partnership for the borough of Dudley."],
        [
            (None, "West Midlands Police should ensure that officers across the West Midlands record a victim's "
             "disclosure of suicidal thoughts on the domestic abuse risk assessment.", [P], R),
            (None, "West Midlands Police should make sure that Dudley's neighbourhood officers are told of every "
             "repeat victim in their beat.", [P], L),
            (None, "Dudley Council should ensure that adult social care considers domestic abuse when a young "
             "adult leaves care.", [ASC], L),
            (None, "The Dudley Group NHS Foundation Trust should ensure that Russells Hall Hospital refers every "
             "patient who self-harms and discloses abuse to its safeguarding team.", [HOSP], L),
            (None, "Black Country Healthcare NHS Foundation Trust should ensure that its crisis team asks about "
             "abuse by a partner after an attempt at suicide.", [MH], L),
            (None, "NHS Black Country Integrated Care Board should commission suicide prevention training that "
             "covers domestic abuse for primary care in the four boroughs.", [ICB], R),
            (None, "West Midlands Ambulance Service University NHS Foundation Trust should remind crews to ask "
             "about abuse when they attend an overdose.", [AMB], R),
            (None, "The Probation Service in the West Midlands region should share the risk a perpetrator poses "
             "with the police when he starts a new relationship.", [PROB], R),
            (None, "The Department of Health and Social Care should include domestic abuse in the national suicide "
             "prevention strategy's guidance for local areas.", ["dhsc"], N),
        ],
        header="Dudley DARDR Adult T - Official Sensitive",
    ),
    FDoc(
        "blg-11-gloucestershire", ["Gloucestershire"], "table",
        ["Safer Gloucestershire", "Domestic Homicide Review", "Overview Report", "Mrs Margaret E",
         "Independent Chair: Susan Daly", "October 2022"],
        ["Mrs E was 79 and lived near Stroud. She was killed by her husband, who then took his own life, in 2020.",
         "Safer Gloucestershire is the county's community safety partnership and commissions every review in the "
         "county."],
        [
            ("Gloucestershire Constabulary", "Ensure that officers throughout the county ask about access to "
             "firearms at every domestic incident involving an older couple.", [P], L),
            ("Gloucestershire County Council", "Adult social care to ensure that a carer's assessment is offered "
             "to a carer who has himself been violent.", [ASC], L),
            ("NHS Gloucestershire Integrated Care Board", "Commission training on abuse in later life for GP "
             "practices across the county.", [ICB], L),
            ("Gloucestershire Hospitals NHS Foundation Trust", "Ensure that the discharge team asks the patient, "
             "alone, whether they feel safe to go home.", [HOSP], L),
            ("Gloucestershire Health and Care NHS Foundation Trust", "Make sure that community nurses record "
             "concerns about a spouse's behaviour and share them with the GP.", [CH], L),
            ("Gloucestershire Fire and Rescue Service", "Include a question about safety at home in every safe and "
             "well visit.", ["other"], L),
            ("South Western Ambulance Service NHS Foundation Trust", "Remind crews across its region to refer an "
             "older patient who discloses abuse.", [AMB], R),
            ("Probation Service, South West region", "Ensure that a home visit is made when an older man on licence "
             "returns to live with his wife.", [PROB], R),
            ("Home Office", "Consider adding guidance on reviews of a homicide followed by the suicide of the "
             "perpetrator to the national statutory guidance.", ["home_office"], N),
        ],
    ),
    FDoc(
        "blg-12-cardiff", ["Cardiff"], "numbered",
        ["Cardiff Community Safety Partnership", "Partneriaeth Diogelwch Cymunedol Caerdydd",
         "Domestic Homicide Review", "Overview Report", "Mr Tomasz K", "November 2022"],
        ["Mr K was 39 and lived in Splott. He was killed by his partner in 2020.",
         "Agencies in the Vale of Glamorgan, where Mr K worked, took part."],
        [
            (None, "South Wales Police should ensure that officers across the force area use a professional "
             "interpreter for a victim whose first language is not English or Welsh.", [P], R),
            (None, "South Wales Police should make sure that Cardiff's neighbourhood teams know the referral route "
             "to the city's male victims' service.", [P], L),
            (None, "Cardiff and Vale University Health Board should ensure that its community mental health teams "
             "ask every patient about abuse by a partner.", [MH], L),
            (None, "Cardiff Council should make sure that its housing options service records a disclosure of "
             "abuse by a male applicant.", [HOUSING], L),
            (None, "The Cardiff and Vale Regional Safeguarding Board should publish a practice briefing on male "
             "victims for practitioners in both local authority areas.", [SAB], R),
            (None, "The Welsh Ambulance Services NHS Trust should remind crews to record a patient's account of an "
             "injury in the patient's own words.", [AMB], R),
            (None, "The Welsh Government should include male victims in the next national VAWDASV strategy.",
             ["other"], N),
        ],
        font="Arial",
    ),
    FDoc(
        "blg-13-powys", ["Powys"], "label",
        ["Powys Community Safety Partnership", "Domestic Homicide Review", "Overview Report", "Mrs Eleri J",
         "Report author: Dafydd Morgan", "February 2019"],
        ["Mrs J was 58 and lived on a farm near Llandrindod Wells. She was killed by her husband in 2017."],
        [
            (None, "Dyfed-Powys Police should ensure that officers in all four counties of the force area check "
             "for firearms and shotgun certificates at every domestic incident on a farm.", [P], R),
            (None, "Dyfed-Powys Police should make sure that its officers in Powys visit a rural victim in person "
             "after every report of abuse.", [P], L),
            (None, "Powys Teaching Health Board should ensure that community nurses ask about abuse when visiting "
             "isolated patients.", [LHT], L),
            (None, "Powys County Council should make sure that its adult social care team asks a farming couple "
             "separately about their relationship.", [ASC], L),
            (None, "The Police and Crime Commissioner for Dyfed-Powys should fund outreach workers for rural "
             "victims across the force area.", [PCC], R),
            (None, "The Mid and West Wales Safeguarding Board should share this review with practitioners in "
             "Carmarthenshire, Ceredigion, Pembrokeshire and Powys.", [SAB], R),
            (None, "The Department for Work and Pensions should ensure that its staff are trained to recognise "
             "economic abuse in a self-employed household.", ["dwp"], N),
        ],
        font="Times New Roman",
    ),
    FDoc(
        "blg-14-harrogate", ["Harrogate"], "headed",
        ["Harrogate District Community Safety Partnership", "Domestic Homicide Review", "Overview Report",
         "Adult V", "Independent author: Philippa Rowntree", "Final: August 2021"],
        ["Adult V was 50 and lived in Knaresborough. She was killed by her husband in 2019.",
         "Harrogate Borough Council supported the review on behalf of the partnership."],
        [
            ("North Yorkshire Police", "The force should ensure that officers across York and North Yorkshire "
             "consider economic abuse when they assess risk.", [P], R),
            ("North Yorkshire Police", "The Harrogate neighbourhood policing team should be briefed on the "
             "findings of this review.", [P], L),
            ("North Yorkshire County Council", "Children's and Young People's Service should make sure that a "
             "teenager who reports abuse between their parents is seen alone.", [CSC], R),
            ("Harrogate and District NHS Foundation Trust", "The Trust should ensure that its emergency "
             "department records who accompanies an adult with an injury.", [HOSP], L),
            ("Tees, Esk and Wear Valleys NHS Foundation Trust", "The Trust should make sure that its Harrogate "
             "community team asks a patient about money worries caused by a partner.", [MH], L),
            ("NHS North Yorkshire Clinical Commissioning Group", "The CCG should share the learning from this "
             "review with every GP practice in North Yorkshire.", [ICB], R),
            ("Harrogate Borough Council", "The council should ensure that its housing team asks about abuse when "
             "a homeowner applies for help after a separation.", [HOUSING], L),
            ("North Yorkshire Police, Fire and Crime Commissioner", "The Commissioner should fund an economic "
             "abuse advice service across York and North Yorkshire.", [PCC], R),
        ],
        font="Calibri",
    ),
    FDoc(
        "blg-15-sedgemoor", ["Sedgemoor"], "label",
        ["Sedgemoor District Council", "On behalf of the Sedgemoor Community Safety Partnership",
         "Domestic Homicide Review", "Overview Report", "Ms Lauren C", "October 2019"],
        ["Ms C was 26 and lived in Bridgwater. She was killed by her former partner in 2017."],
        [
            (None, "Avon and Somerset Constabulary should ensure that officers throughout the force area treat a "
             "breach of bail conditions by a domestic abuse suspect as a new risk.", [P], R),
            (None, "Somerset County Council should make sure that adult social care refers a young woman with a "
             "learning disability to the IDVA service when she discloses abuse.", [ASC], R),
            (None, "Sedgemoor District Council should train its community safety staff to recognise stalking by "
             "a former partner.", [LA], L),
            (None, "Homes in Sedgemoor should ensure that its neighbourhood officers report a tenant's disclosure "
             "of abuse to the council's safeguarding lead.", [HOUSING], L),
            (None, "Somerset Partnership NHS Foundation Trust should ensure that its learning disability team asks "
             "about the patient's relationships at every review.", [MH], L),
            (None, "NHS Somerset Clinical Commissioning Group should commission domestic abuse training for GP "
             "practices across Somerset.", [ICB], R),
            (None, "The Somerset Domestic Abuse Board should agree a county-wide protocol for victims with a "
             "learning disability.", [DAPB], R),
            (None, "NHS England should include abuse by a partner in the national learning disability annual "
             "health check.", ["nhs_england"], N),
        ],
    ),
    FDoc(
        "blg-16-carlisle-eden", ["Carlisle", "Eden"], "numbered",
        ["Domestic Homicide Review", "Overview Report", "Adult W", "Author: Elizabeth Nixon", "June 2021"],
        ["Adult W was 61 and lived in Penrith. She was killed by her husband in 2019.",
         "The panel met six times. Agencies in Carlisle and Eden, and in Dumfries and Galloway, where the family "
         "had lived, gave information."],
        [
            (None, "Cumbria Constabulary should ensure that officers across Cumbria complete a risk assessment with "
             "the victim in person when the suspect has left the scene.", [P], R),
            (None, "Cumbria Constabulary should make sure that officers based in Carlisle and Penrith know the "
             "referral route to the local outreach service.", [P], L),
            (None, "Cumbria County Council should make sure that adult social care asks about abuse when a spouse "
             "refuses a care package on the patient's behalf.", [ASC], R),
            (None, "North Cumbria Integrated Care NHS Foundation Trust should ensure that the Cumberland Infirmary "
             "asks every adult admitted with a fracture how it happened.", [HOSP], L),
            (None, "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust should ensure that its north "
             "Cumbria teams record the views of a patient's family.", [MH], L),
            (None, "NHS North Cumbria Clinical Commissioning Group should share this review with GP practices in "
             "Allerdale, Carlisle, Copeland and Eden.", [ICB], R),
            (None, "Eden District Council should train its housing staff to recognise controlling behaviour.",
             [HOUSING], L),
            (None, "Carlisle City Council should add domestic abuse to the induction of its licensing staff.",
             [LA], L),
            (None, "The Probation Service in the North West region should share its risk assessment with the "
             "police when a perpetrator's licence ends.", [PROB], R),
        ],
        header="Carlisle & Eden Community Safety Partnership - DHR Adult W - Confidential",
    ),
]  # fmt: skip
