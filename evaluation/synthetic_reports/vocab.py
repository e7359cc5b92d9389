"""The synthetic generator's vocabulary: areas and agencies (realistic names; ids per LABELLING-GUIDE.md),
pseudonyms, authors, recommendation templates and topics, action texts, timeline and chronology sentences and
analysis filler. Data only: the code that draws from it lives in the sibling modules."""

from __future__ import annotations

from evaluation.synthetic_reports.model import Agency


def _areas() -> list[dict[str, Agency | str]]:
    A = Agency
    return [
        {
            "place": "Bristol",
            "csp": A("Keep Bristol Safe Partnership", "community_safety_partnership", "KBSP"),
            "police": A("Avon and Somerset Constabulary", "police", "the Constabulary", "regional"),
            "council": A("Bristol City Council", "local_authority", "BCC"),
            "asc": A("Bristol City Council Adult Social Care", "adult_social_care", "Adult Social Care"),
            "csc": A(
                "Bristol City Council Children's Services", "childrens_social_care", "Children's Services"
            ),
            "hospital": A("North Bristol NHS Trust", "hospital", "NBT"),
            "mh": A(
                "Avon and Wiltshire Mental Health Partnership NHS Trust", "mental_health_services", "AWP"
            ),
            "community": A("Sirona Care and Health", "local_health_trust", "Sirona"),
            "icb": A(
                "Bristol, North Somerset and South Gloucestershire Clinical Commissioning Group",
                "integrated_care_board",
                "BNSSG CCG",
            ),
            "da": A("Next Link Domestic Abuse Services", "domestic_abuse_services", "Next Link"),
            "dna": A("Bristol Drugs Project", "drug_and_alcohol_services", "BDP"),
            "housing": A("Brunelcare Housing", "housing", "Brunelcare"),
            "gp": A("Fishponds Family Practice", "gp", "the GP practice"),
            "ambulance": A(
                "South Western Ambulance Service NHS Foundation Trust",
                "ambulance_service",
                "SWASFT",
                "regional",
            ),
            "pcc": A(
                "Office of the Avon and Somerset Police and Crime Commissioner",
                "police_and_crime_commissioner",
            ),
            "board": A("Bristol Domestic Abuse Strategic Board", "domestic_abuse_partnership_board"),
        },
        {
            "place": "Medway",
            "csp": A("Medway Community Safety Partnership", "community_safety_partnership", "the CSP"),
            "police": A("Kent Police", "police", "the Force", "regional"),
            "council": A("Medway Council", "local_authority"),
            "asc": A("Medway Council Adult Social Care", "adult_social_care", "Adult Social Care"),
            "csc": A("Medway Children's Services", "childrens_social_care"),
            "hospital": A("Medway NHS Foundation Trust", "hospital", "MFT"),
            "mh": A(
                "Kent and Medway NHS and Social Care Partnership Trust", "mental_health_services", "KMPT"
            ),
            "community": A("Medway Community Healthcare", "local_health_trust", "MCH"),
            "icb": A("NHS Kent and Medway Integrated Care Board", "integrated_care_board", "the ICB"),
            "da": A("Oasis Domestic Abuse Service", "domestic_abuse_services", "Oasis"),
            "dna": A("Forward Trust Medway", "drug_and_alcohol_services", "Forward Trust"),
            "housing": A("Moat Homes", "housing", "Moat"),
            "gp": A("Rochester Riverside Surgery", "gp", "the surgery"),
            "ambulance": A(
                "South East Coast Ambulance Service NHS Foundation Trust",
                "ambulance_service",
                "SECAmb",
                "regional",
            ),
            "pcc": A(
                "Office of the Kent Police and Crime Commissioner", "police_and_crime_commissioner", "OPCC"
            ),
            "board": A("Kent and Medway Domestic Abuse Strategy Group", "domestic_abuse_partnership_board"),
        },
        {
            "place": "Lewisham",
            "csp": A("Safer Lewisham Partnership", "community_safety_partnership", "SLP"),
            "police": A("Metropolitan Police Service", "police", "MPS", "regional"),
            "council": A("London Borough of Lewisham", "local_authority", "the Council"),
            "asc": A("Lewisham Adult Social Care", "adult_social_care"),
            "csc": A("Lewisham Children's Social Care", "childrens_social_care", "CSC"),
            "hospital": A("Lewisham and Greenwich NHS Trust", "hospital", "LGT"),
            "mh": A("South London and Maudsley NHS Foundation Trust", "mental_health_services", "SLaM"),
            "community": A("Lewisham and Greenwich NHS Trust community services", "local_health_trust"),
            "icb": A("NHS Lewisham Clinical Commissioning Group", "integrated_care_board", "Lewisham CCG"),
            "da": A("Refuge", "domestic_abuse_services"),
            "dna": A("Change Grow Live Lewisham", "drug_and_alcohol_services", "CGL"),
            "housing": A("Lewisham Homes", "housing"),
            "gp": A("Amersham Vale Medical Centre", "gp", "the GP"),
            "ambulance": A("London Ambulance Service NHS Trust", "ambulance_service", "LAS", "regional"),
            "pcc": A(
                "Mayor's Office for Policing and Crime", "police_and_crime_commissioner", "MOPAC", "regional"
            ),
            "board": A(
                "Lewisham Violence Against Women and Girls Strategic Board",
                "domestic_abuse_partnership_board",
            ),
        },
        {
            "place": "Leeds",
            "csp": A("Safer Leeds", "community_safety_partnership"),
            "police": A("West Yorkshire Police", "police", "WYP", "regional"),
            "council": A("Leeds City Council", "local_authority", "LCC"),
            "asc": A("Leeds Adults and Health", "adult_social_care"),
            "csc": A("Leeds Children and Families Service", "childrens_social_care"),
            "hospital": A("Leeds Teaching Hospitals NHS Trust", "hospital", "LTHT"),
            "mh": A("Leeds and York Partnership NHS Foundation Trust", "mental_health_services", "LYPFT"),
            "community": A("Leeds Community Healthcare NHS Trust", "local_health_trust", "LCH"),
            "icb": A("NHS Leeds Clinical Commissioning Group", "integrated_care_board", "the CCG"),
            "da": A("Leeds Domestic Violence Service", "domestic_abuse_services", "LDVS"),
            "dna": A("Forward Leeds", "drug_and_alcohol_services"),
            "housing": A("Leeds Federated Housing Association", "housing", "Leeds Federated"),
            "gp": A("Chapeltown Family Surgery", "gp", "the practice"),
            "ambulance": A("Yorkshire Ambulance Service NHS Trust", "ambulance_service", "YAS", "regional"),
            "pcc": A("Office of the West Yorkshire Mayor", "police_and_crime_commissioner"),
            "board": A(
                "Leeds Domestic Violence and Abuse Partnership Board", "domestic_abuse_partnership_board"
            ),
        },
        {
            "place": "Torbay",
            "csp": A("Torbay Community Safety Partnership", "community_safety_partnership", "TCSP"),
            "police": A("Devon and Cornwall Police", "police", "D&C Police", "regional"),
            "council": A("Torbay Council", "local_authority"),
            "asc": A("Torbay Adult Social Care", "adult_social_care"),
            "csc": A("Torbay Children's Services", "childrens_social_care"),
            "hospital": A("Torbay and South Devon NHS Foundation Trust", "hospital", "TSDFT"),
            "mh": A("Devon Partnership NHS Trust", "mental_health_services", "DPT"),
            "community": A("Torbay community health services", "local_health_trust"),
            "icb": A("NHS Devon Clinical Commissioning Group", "integrated_care_board", "NHS Devon CCG"),
            "da": A("Splitz Support Service", "domestic_abuse_services", "Splitz"),
            "dna": A("Torbay Drug and Alcohol Service", "drug_and_alcohol_services"),
            "housing": A("Sanctuary Housing", "housing"),
            "gp": A("Paignton Health Centre", "gp"),
            "ambulance": A(
                "South Western Ambulance Service NHS Foundation Trust",
                "ambulance_service",
                "SWASFT",
                "regional",
            ),
            "pcc": A(
                "Office of the Police and Crime Commissioner for Devon and Cornwall",
                "police_and_crime_commissioner",
                "OPCC",
            ),
            "board": A(
                "Torbay Domestic Abuse and Sexual Violence Executive Group",
                "domestic_abuse_partnership_board",
            ),
        },
        {
            "place": "Blackpool",
            "csp": A(
                "Blackpool Community Safety Partnership", "community_safety_partnership", "the Partnership"
            ),
            "police": A("Lancashire Constabulary", "police", "the Constabulary", "regional"),
            "council": A("Blackpool Council", "local_authority"),
            "asc": A("Blackpool Council Adult Services", "adult_social_care"),
            "csc": A("Blackpool Children's Social Care", "childrens_social_care"),
            "hospital": A("Blackpool Teaching Hospitals NHS Foundation Trust", "hospital", "BTH"),
            "mh": A("Lancashire and South Cumbria NHS Foundation Trust", "mental_health_services", "LSCFT"),
            "community": A("Blackpool community health services", "local_health_trust"),
            "icb": A("NHS Blackpool Clinical Commissioning Group", "integrated_care_board", "Blackpool CCG"),
            "da": A("Blackpool Fylde and Wyre Women's Aid", "domestic_abuse_services", "Women's Aid"),
            "dna": A("Horizon drug and alcohol service", "drug_and_alcohol_services", "Horizon"),
            "housing": A("Blackpool Coastal Housing", "housing", "BCH"),
            "gp": A("Whitegate Health Centre", "gp"),
            "ambulance": A("North West Ambulance Service NHS Trust", "ambulance_service", "NWAS", "regional"),
            "pcc": A(
                "Office of the Lancashire Police and Crime Commissioner", "police_and_crime_commissioner"
            ),
            "board": A("Blackpool Domestic Abuse Partnership Board", "domestic_abuse_partnership_board"),
        },
    ]


NATIONAL = [
    Agency("Home Office", "home_office", None, "national"),
    Agency("Department of Health", "dhsc", None, "national"),
    Agency("Department for Work and Pensions", "dwp", "DWP", "national"),
    Agency("NHS England", "nhs_england", None, "national"),
    Agency("Ministry of Justice", "ministry_of_justice", "MoJ", "national"),
    Agency("Ministry of Housing, Communities and Local Government", "mhclg", "MHCLG", "national"),
]
PROBATION = [
    Agency("National Probation Service", "probation_service", "NPS"),
    Agency("The Probation Service", "probation_service"),
]

SUBJECTS = [
    ("Adult A", "Adult B"),
    ("Mrs B", "Mr C"),
    ("Jane", "Paul"),
    ("Ms D", "Mr E"),
    ("Sarah", "Michael"),
    ("Amina", "Tariq"),
    ("Helen", "Gary"),
    ("Adult X", "Adult Y"),
]
AUTHORS = [
    "Dr Jane Monckton-Smith",
    "Paul Cheeseman",
    "Gwen Thomas",
    "David Hunter",
    "Mark Wolski",
    "Liz Ward",
    "Simon Hill",
    "Carol Ellwood-Clarke",
]

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# ---------------------------------------------------------------------------------------------------------------
# Recommendation templates: (theme, text with {A} addressee, {B} non-addressee partner, {T} topic)

TOPICS = [
    "coercive and controlling behaviour",
    "economic abuse",
    "the DASH risk identification checklist",
    "domestic abuse experienced by older people",
    "stalking and harassment",
    "non-fatal strangulation",
    "adult family violence",
    "the impact of alcohol misuse on risk",
    "honour-based abuse",
    "domestic abuse and disability",
]

ACTIVE = [
    (
        "training",
        "{A} should ensure that all frontline staff receive training on {T}, including how to respond "
        "when a victim discloses abuse.",
    ),
    ("training", "{A} to deliver refresher training to call handlers and supervisors on {T}."),
    (
        "policy",
        "{A} should review its safeguarding policy to ensure that it reflects current guidance on {T}.",
    ),
    (
        "policy",
        "{A} must update its missed appointments procedure so that repeated non-attendance by a patient "
        "known to be at risk of domestic abuse is followed up.",
    ),
    (
        "identification_of_risk",
        "{A} should ensure that routine enquiry about domestic abuse is made at every "
        "assessment, and that the answer is recorded.",
    ),
    (
        "identification_of_risk",
        "{A} to ensure that practitioners complete a DASH risk assessment whenever {T} "
        "is disclosed, and refer high-risk cases to MARAC.",
    ),
    (
        "multi_agency_working",
        "{A} should develop an information-sharing protocol with {B} so that concerns about "
        "{T} are shared at the earliest opportunity.",
    ),
    (
        "multi_agency_working",
        "{A} must ensure that referrals to MARAC are made for all victims assessed as high "
        "risk, working with {B} to track outcomes.",
    ),
    (
        "record_keeping",
        "{A} should audit case records to ensure that disclosures of {T} are recorded accurately "
        "and that the source of the information is noted.",
    ),
    (
        "awareness_raising",
        "{A} to run a campaign raising awareness of {T} among family members, friends and employers.",
    ),
    (
        "technology_systems",
        "{A} should introduce a flag on its case-management system to alert staff when a "
        "patient is known to be a victim of domestic abuse.",
    ),
]
CONSULT = [
    ("policy", "{A} must review its referral pathway for victims of {T} in consultation with {B}."),
    (
        "multi_agency_working",
        "{A} should seek assurance from {B} that the learning from this review about {T} "
        "has been shared with its staff.",
    ),
    ("policy", "{A} to write to {B} setting out the gaps identified in the local response to {T}."),
]
JOINT = [
    (
        "multi_agency_working",
        "{A} and {A2} should jointly review how information about {T} is shared between them.",
    ),
    ("training", "{A} and {A2} to deliver joint training on {T} to their frontline staff."),
]
PASSIVE = [
    ("training", "A refresher briefing on {T} should be delivered to all staff within the service."),
    (
        "identification_of_risk",
        "Professional curiosity about {T} should be promoted in supervision, and its use audited.",
    ),
    (
        "record_keeping",
        "There is a need to ensure that records of contacts with victims of {T} are complete "
        "and contemporaneous.",
    ),
    ("policy", "The domestic abuse policy should be reviewed and updated to include guidance on {T}."),
]
NATIONAL_RECS = [
    (
        "policy",
        "The {A} should amend the statutory guidance for Domestic Homicide Reviews to require that "
        "learning about {T} is shared nationally.",
    ),
    ("awareness_raising", "The {A} should consider a national awareness campaign on {T}."),
]
ALL_AGENCY = [
    (
        "awareness_raising",
        "All agencies should remind their staff of the referral routes to specialist "
        "domestic abuse services for victims of {T}.",
    ),
    (
        "multi_agency_working",
        "All partners to share the learning from this review about {T} within their organisations.",
    ),
]
ANALYSIS_TRAPS = [
    "There should always be a process that ensures a victim who discloses {T} is offered a referral to a "
    "specialist service.",
    "Agencies should have considered whether {T} was a factor; practitioners must be alert to the signs.",
    "In the panel's view the GP practice should have asked about domestic abuse at this appointment.",
    "It would have been good practice for the Police to complete a DASH risk assessment at this point.",
]

ACTION_TEXTS = {
    "training": [
        "Deliver a refresher training session on {T} to all frontline staff",
        "Add {T} to the mandatory safeguarding training programme",
        "Evaluate attendance and feedback from the training",
    ],
    "policy": [
        "Review and update the safeguarding policy to include {T}",
        "Circulate the revised procedure to all teams",
        "Audit compliance with the revised procedure after six months",
    ],
    "identification_of_risk": [
        "Issue a seven-minute briefing on risk assessment and {T}",
        "Dip sample 20 cases to check that DASH was completed",
        "Include routine enquiry in the supervision template",
    ],
    "multi_agency_working": [
        "Agree an information-sharing protocol with partner agencies",
        "Present the protocol to the Domestic Abuse Strategic Board",
        "Monitor MARAC referrals quarterly",
    ],
    "record_keeping": [
        "Audit a sample of case records for recording of {T}",
        "Issue guidance to staff on recording the source of information",
    ],
    "awareness_raising": [
        "Launch a public awareness campaign on {T}",
        "Share a learning briefing with all partner agencies",
    ],
    "technology_systems": [
        "Introduce a domestic abuse flag on the case-management system",
        "Train staff on the use of the new flag",
    ],
    "other": ["Review resourcing of the service"],
}


LOCAL_KEYS = [
    "police",
    "hospital",
    "mh",
    "community",
    "icb",
    "asc",
    "csc",
    "da",
    "dna",
    "housing",
    "gp",
    "ambulance",
    "council",
]


EVENT_TEMPLATES: dict[str, list[str]] = {
    "death": [
        "{S} died on {D}.",
        "{S} was killed by {P} on {D}.",
        "At 01:32hrs on the {D} police were called to the home of {S}, who was pronounced dead at the scene.",
    ],
    "notification": [
        "The {CSP} was notified of the death by {POLICE} on {D}.",
        "{POLICE} informed the {CSP} of the homicide on {D}.",
    ],
    "decision_to_review": [
        "On {D} the chair of the {CSP} decided that a Domestic Homicide Review should be undertaken.",
        "A decision to conduct a Domestic Homicide Review was made on {D}.",
    ],
    "home_office_notified": [
        "The Home Office was notified of the decision to hold a review on {D}.",
        "The Home Office was informed on {D}.",
    ],
    "first_panel": [
        "The initial meeting of the review panel was held on {D}.",
        "The first panel meeting took place on {D}.",
    ],
    "sent_to_qap": [
        "The overview report was sent to the Home Office Quality Assurance Panel on {D}.",
        "The report was submitted to the Home Office on {D} for quality assurance.",
    ],
    "qap_first_heard": [
        "The Home Office Quality Assurance Panel considered the report on {D}.",
        "The report was first considered by the Quality Assurance Panel at its meeting on {D}.",
    ],
    "qap_signed_off": [
        "The Quality Assurance Panel signed off the report for publication on {D}.",
        "Approval to publish was given by the Home Office Quality Assurance Panel on {D}.",
    ],
    "report_completed": [
        "This report was completed on {D}.",
        "The final version of this report is dated {D}.",
    ],
    "publication": [
        "The report was published on {D}.",
        "This report was published on the {CSP} website on {D}.",
    ],
}

CHRONO_TEMPLATES = [
    "On {D} {S} attended an appointment at {GP} and reported low mood.",
    "On {D} {POLICE} received a call from a neighbour reporting shouting at the address.",
    "{P} was arrested on {D} for criminal damage and released under investigation.",
    "On {D} {S} was seen at the emergency department of {HOSP} with a wrist injury.",
    "A referral was made to {DA} on {D}; {S} declined support.",
    "On {D} {S} told her GP that {P} was drinking heavily.",
    "Police were notified by a neighbour on {D} of a disturbance; no offences were recorded.",
    "On {D} a MARAC meeting discussed {S}; the case was closed to MARAC two months later.",
    "{P} attended {DNA} on {D} for an assessment of his alcohol use.",
    "On {D} a housing officer from {HOUSING} visited {S} about rent arrears.",
]


FILLER = [
    "The panel considered the information provided by each agency in its Individual Management Review and "
    "the chronologies submitted. The family were invited to contribute and the chair met {S}'s sister twice.",
    "Practitioners described a pattern of controlling behaviour that was not recognised at the time. "
    "Contacts were dealt with as single incidents rather than as part of a pattern of abuse.",
    "The panel noted that {S} had contact with several agencies in the year before her death, but that no "
    "agency had a complete picture of the risk she faced from {P}.",
    "Throughout this report the pseudonyms {S} and {P} are used to protect the identity of the family; the "
    "family chose the names.",
]
