"""Vocabulary of the classification template families: agency spellings (``Subject``), local and national
actions with their themes, passive phrasings, consultation traps, partners, regional phrases, modals and
lead-ins. Every family has a train list and a test list with no spelling or phrasing in common."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Subject:
    surface: str
    agencies: tuple[str, ...]
    regional: bool = False  # the body itself spans several CSPs (ambulance trust, NHS England area team...)
    plural: bool = False


# Each group: train spellings | test spellings (disjoint).
SUBJECTS: dict[str, tuple[list[Subject], list[Subject]]] = {
    "police": (
        [
            Subject(s, ("police",))
            for s in [
                "Avon and Somerset Constabulary",
                "Kent Police",
                "Essex Police",
                "Cumbria Constabulary",
                "The Police",
                "Greater Manchester Police",
                "Dorset Police",
                "Leicestershire Police",
                "North Yorkshire Police",
                "Hertfordshire Constabulary",
                "Devon and Cornwall Police",
                "Merseyside Police",
                "Surrey Police",
                "Wiltshire Police",
                "Norfolk Constabulary",
                "Suffolk Constabulary",
                "GMP",
                "Cleveland Police",
            ]
        ],
        [
            Subject(s, ("police",))
            for s in [
                "Dyfed-Powys Police",
                "Bedfordshire Police",
                "West Mercia Police",
                "Staffordshire Police",
                "Lincolnshire Police",
                "Derbyshire Constabulary",
                "the police force",
                "Gloucestershire Constabulary",
                "Northamptonshire Police",
                "Warwickshire Police",
            ]
        ],
    ),
    "met": (
        [Subject(s, ("police",), regional=True) for s in ["The Metropolitan Police Service", "The MPS"]],
        [Subject(s, ("police",), regional=True) for s in ["The Met"]],
    ),
    "pcc": (
        [
            Subject(s, ("police_and_crime_commissioner",), regional=True)
            for s in ["The Police and Crime Commissioner", "The OPCC", "MOPAC"]
        ],
        [
            Subject(s, ("police_and_crime_commissioner",), regional=True)
            for s in ["The Office of the Police, Fire and Crime Commissioner"]
        ],
    ),
    "probation": (
        [
            Subject(s, ("probation_service",))
            for s in ["The Probation Service", "The National Probation Service", "The CRC", "Probation"]
        ],
        [Subject(s, ("probation_service",)) for s in ["The Community Rehabilitation Company", "NPS"]],
    ),
    "gp": (
        [
            Subject(s, ("gp",), plural=p)
            for s, p in [
                ("GP practices", True),
                ("The GP practice", False),
                ("Primary care", False),
                ("The GP Federation", False),
                ("Park Lane Surgery", False),
            ]
        ],
        [
            Subject(s, ("gp",), plural=p)
            for s, p in [("General practitioners", True), ("Elm Tree Medical Centre", False)]
        ],
    ),
    "icb": (
        [
            Subject(s, ("integrated_care_board",))
            for s in ["The CCG", "The ICB", "NHS Sussex ICB", "Bristol Clinical Commissioning Group"]
        ],
        [Subject(s, ("integrated_care_board",)) for s in ["The Integrated Care Board", "Leeds CCG"]],
    ),
    "mh": (
        [
            Subject(s, ("mental_health_services",))
            for s in [
                "Sussex Partnership NHS Foundation Trust",
                "The mental health trust",
                "Mersey Care NHS Foundation Trust",
                "The Community Mental Health Team",
                "Avon and Wiltshire Mental Health Partnership NHS Trust",
            ]
        ],
        [
            Subject(s, ("mental_health_services",))
            for s in [
                "Oxford Health NHS Foundation Trust",
                "Devon Partnership NHS Trust",
                "Mental health services",
            ]
        ],
    ),
    "hospital": (
        [
            Subject(s, ("hospital",))
            for s in [
                "The acute trust",
                "Royal Berkshire NHS Foundation Trust",
                "University Hospitals Birmingham",
                "The hospital trust",
            ]
        ],
        [Subject(s, ("hospital",)) for s in ["Frimley Health NHS Foundation Trust", "The acute hospital"]],
    ),
    "community": (
        [
            Subject(s, ("local_health_trust",))
            for s in ["Kent Community Health NHS Foundation Trust", "The community health trust"]
        ],
        [Subject(s, ("local_health_trust",)) for s in ["Solent NHS Trust"]],
    ),
    "ambulance": (
        [
            Subject(s, ("ambulance_service",), regional=True)
            for s in ["The ambulance service", "SECAmb", "North West Ambulance Service"]
        ],
        [Subject(s, ("ambulance_service",), regional=True) for s in ["Yorkshire Ambulance Service"]],
    ),
    "asc": (
        [Subject(s, ("adult_social_care",)) for s in ["Adult Social Care", "Adult services", "ASC"]],
        [Subject(s, ("adult_social_care",)) for s in ["Adult social services"]],
    ),
    "csc": (
        [Subject(s, ("childrens_social_care",)) for s in ["Children's Social Care", "Children's services"]],
        [Subject(s, ("childrens_social_care",)) for s in ["The Children and Families Service"]],
    ),
    "la": (
        [
            Subject(s, ("local_authority",))
            for s in ["The local authority", "Bristol City Council", "Kent County Council", "The Council"]
        ],
        [
            Subject(s, ("local_authority",))
            for s in ["The London Borough of Hackney", "Wealden District Council"]
        ],
    ),
    "housing": (
        [
            Subject(s, ("housing",))
            for s in ["The housing provider", "Housing Options", "Peabody", "Riverside Housing Association"]
        ],
        [Subject(s, ("housing",)) for s in ["The registered social landlord", "Sanctuary Housing"]],
    ),
    "daservice": (
        [
            Subject(s, ("drug_and_alcohol_services",))
            for s in ["Turning Point", "CGL", "The drug and alcohol service", "Change Grow Live"]
        ],
        [
            Subject(s, ("drug_and_alcohol_services",))
            for s in ["We Are With You", "The substance misuse service"]
        ],
    ),
    "idva": (
        [Subject(s, ("domestic_abuse_services",)) for s in ["The IDVA service", "Women's Aid", "Refuge"]],
        [
            Subject(s, ("domestic_abuse_services",))
            for s in ["The specialist domestic abuse service", "Solace"]
        ],
    ),
    "csp": (
        [
            Subject(s, ("community_safety_partnership",))
            for s in ["The CSP", "The Community Safety Partnership", "Safer Croydon Partnership"]
        ],
        [
            Subject(s, ("community_safety_partnership",))
            for s in ["Safe City Partnership", "Safer Stronger Communities Partnership"]
        ],
    ),
    "daboard": (
        [
            Subject(s, ("domestic_abuse_partnership_board",))
            for s in ["The Domestic Abuse Partnership Board", "The VAWG Strategic Board"]
        ],
        [Subject(s, ("domestic_abuse_partnership_board",)) for s in ["The Domestic Abuse Steering Group"]],
    ),
    "all": (
        [
            Subject(s, ("all_agencies",), plural=True)
            for s in ["All agencies", "All partner agencies", "Partners"]
        ],
        [Subject(s, ("all_agencies",), plural=True) for s in ["All organisations represented on the panel"]],
    ),
    "school": (
        [Subject(s, ("school",), plural=True) for s in ["Schools", "The school"]],
        [Subject(s, ("school",), plural=True) for s in ["Academies"]],
    ),
    "yos": (
        [Subject(s, ("youth_offending_service",)) for s in ["The Youth Offending Service", "The YOT"]],
        [Subject(s, ("youth_offending_service",)) for s in ["The Youth Justice Service"]],
    ),
    "marac": (
        [Subject(s, ("marac",)) for s in ["The MARAC", "The MARAC Steering Group"]],
        [Subject(s, ("marac",)) for s in ["Marac"]],
    ),
    "mash": (
        [Subject(s, ("mash",)) for s in ["The MASH"]],
        [Subject(s, ("mash",)) for s in ["The Multi-Agency Safeguarding Hub"]],
    ),
    "midwifery": (
        [Subject("Maternity services", ("midwifery",))],
        [Subject("The midwifery service", ("midwifery",))],
    ),
    "hv": (
        [Subject("The health visiting service", ("community_health",))],
        [Subject("Health visitors", ("community_health",), plural=True)],
    ),
    "nhse_area": (
        [Subject("The NHS England area team", ("nhs_england",), regional=True)],
        [Subject("NHS England (London region)", ("nhs_england",), regional=True)],
    ),
}

#: (base-form action, themes). Each list: train phrasings | test phrasings.
LOCAL_ACTIONS: tuple[list[tuple[str, str]], list[tuple[str, str]]] = (
    [
        (
            "review its domestic abuse policy so that it includes coercive and controlling behaviour",
            "policy,identification_of_risk",
        ),
        (
            "deliver training for frontline staff on recognising coercive control",
            "training,identification_of_risk",
        ),
        (
            "ensure that staff complete a DASH risk assessment whenever domestic abuse is disclosed",
            "identification_of_risk",
        ),
        (
            "develop an information sharing protocol with partner agencies for domestic abuse cases",
            "policy,multi_agency_working",
        ),
        (
            "audit case records to check that disclosures of domestic abuse are recorded accurately",
            "record_keeping",
        ),
        ("remind staff of the referral criteria for MARAC", "awareness_raising,multi_agency_working"),
        (
            "introduce a flag on its case management system for victims of domestic abuse",
            "technology_systems,identification_of_risk",
        ),
        ("ensure that professional curiosity is covered in supervision", "identification_of_risk"),
        (
            "share the learning from this review with all staff through a seven-minute briefing",
            "awareness_raising",
        ),
        (
            "review staffing levels so that domestic abuse referrals are allocated within two working days",
            "other",
        ),
        (
            "ensure that routine enquiry about domestic abuse is embedded in all assessments",
            "identification_of_risk",
        ),
        (
            "develop a pathway for referring victims to specialist domestic abuse services",
            "policy,multi_agency_working",
        ),
        ("provide refresher training on the use of interpreters in domestic abuse cases", "training"),
        ("ensure that the names of all household members are recorded", "record_keeping"),
        ("update its safeguarding procedure to include economic abuse", "policy,identification_of_risk"),
        (
            "raise awareness among staff of the risks of stalking after separation",
            "awareness_raising,identification_of_risk",
        ),
        (
            "ensure that referrals to children's services are followed up within 48 hours",
            "multi_agency_working",
        ),
        (
            "add a prompt to its electronic records to ask about domestic abuse at every contact",
            "technology_systems,identification_of_risk",
        ),
        ("review how contract managers monitor domestic abuse performance indicators", "other"),
        ("ensure that case notes record the views of the victim in her own words", "record_keeping"),
    ],
    [
        ("produce a practice guidance note on responding to adult family violence", "policy"),
        ("commission e-learning on honour-based abuse for all practitioners", "training"),
        (
            "ensure that practitioners explore the history of a new partner when risk factors are present",
            "identification_of_risk",
        ),
        ("agree with partners how information about repeat victims is exchanged", "multi_agency_working"),
        (
            "check through a dip sample that safeguarding decisions are documented with their rationale",
            "record_keeping",
        ),
        ("publicise the local domestic abuse helpline in all waiting areas", "awareness_raising"),
        (
            "make the domestic abuse marker visible on the front screen of the electronic patient record",
            "technology_systems",
        ),
        ("consider the capacity of the safeguarding team and report the findings to the board", "other"),
        (
            "revise the escalation procedure for cases where risk increases after a referral is closed",
            "policy,identification_of_risk",
        ),
        ("hold a learning event on the findings of this review", "awareness_raising"),
    ],
)

NATIONAL: tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]] = (
    # (base-form action, themes, correct department)
    [
        (
            "amend the DHR statutory guidance to require panels to consider suicide following domestic abuse",
            "policy",
            "home_office",
        ),
        (
            "issue national guidance to GP practices on recording domestic abuse",
            "policy,record_keeping",
            "nhs_england",
        ),
        (
            "ensure that training on economic abuse is given to Universal Credit staff",
            "training,identification_of_risk",
            "dwp",
        ),
        (
            "review the homelessness code of guidance so that victims of domestic abuse are not required to prove local connection",
            "policy",
            "mhclg",
        ),
        (
            "ensure that relationships education in schools covers coercive control",
            "awareness_raising,policy",
            "dfe",
        ),
        (
            "review national guidance on the supervision of domestic abuse perpetrators released on licence",
            "policy,identification_of_risk",
            "moj_hmpps",
        ),
        (
            "consider how the Mental Health Act Code of Practice addresses risks to family members",
            "policy,identification_of_risk",
            "dhsc",
        ),
        (
            "revise Authorised Professional Practice on domestic abuse to cover adult family violence",
            "policy",
            "college_of_policing",
        ),
        ("develop guidance for employers on supporting staff who experience domestic abuse", "policy", "dbt"),
        ("require gambling operators to consider the harm to partners of problem gamblers", "policy", "dcms"),
        (
            "fund a national awareness campaign on domestic abuse in later life",
            "awareness_raising",
            "home_office",
        ),
        (
            "create a national database that links police domestic abuse records across forces",
            "technology_systems,multi_agency_working",
            "home_office",
        ),
    ],
    [
        (
            "ensure that information on outstanding domestic abuse allegations reaches the family courts",
            "multi_agency_working",
            "moj_hmpps",
        ),
        ("update Keeping Children Safe in Education to address teenage relationship abuse", "policy", "dfe"),
        ("amend the GP contract so that every practice has a domestic abuse lead", "policy", "nhs_england"),
        ("commission research into the links between domestic abuse and suicide", "other", "dhsc"),
        (
            "set up a referral route from Jobcentres to specialist domestic abuse services",
            "multi_agency_working",
            "dwp",
        ),
        (
            "review Clare's Law so that disclosures can be made to the victim's relatives",
            "policy",
            "home_office",
        ),
    ],
)

NATIONAL_SUBJECTS: tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]] = (
    # (surface, agency id, department it names)
    [
        ("The Home Office", "home_office", "home_office"),
        ("The Department of Health", "dhsc", "dhsc"),
        ("NHS England", "nhs_england", "nhs_england"),
        ("The DWP", "dwp", "dwp"),
        ("MHCLG", "mhclg", "mhclg"),
        ("The Department for Education", "dfe", "dfe"),
        ("The Ministry of Justice", "ministry_of_justice", "moj_hmpps"),
        ("The College of Policing", "other", "college_of_policing"),
        ("HMPPS", "probation_service", "moj_hmpps"),
    ],
    [
        ("The Home Office", "home_office", "home_office"),
        ("DHSC", "dhsc", "dhsc"),
        ("DLUHC", "mhclg", "mhclg"),
        ("NHSE", "nhs_england", "nhs_england"),
        ("The DfE", "dfe", "dfe"),
        ("The MoJ", "ministry_of_justice", "moj_hmpps"),
        ("The Department for Work and Pensions", "dwp", "dwp"),
    ],
)

PASSIVE: tuple[list[tuple[str, str]], list[tuple[str, str]]] = (
    [
        ("Training on domestic abuse should be provided to all frontline staff.", "training"),
        ("A domestic abuse policy should be developed and shared with all staff.", "policy"),
        ("There is a need to improve the recording of domestic abuse disclosures.", "record_keeping"),
        (
            "Risk assessments should be reviewed whenever a victim discloses a new incident.",
            "identification_of_risk",
        ),
        (
            "Information about domestic abuse should be shared with the GP at discharge.",
            "multi_agency_working",
        ),
        (
            "To review the process for escalating concerns about repeat victims.",
            "policy,identification_of_risk",
        ),
        ("Staff should be reminded of the availability of the IDVA service.", "awareness_raising"),
        (
            "A system alert should be created for addresses with previous domestic abuse incidents.",
            "technology_systems",
        ),
    ],
    [
        ("Consideration should be given to funding an additional safeguarding post.", "other"),
        ("Learning from this review to be cascaded to all teams.", "awareness_raising"),
        (
            "Practitioners should be supported to use professional curiosity when a client is always accompanied.",
            "identification_of_risk",
        ),
        ("Ensure that notes of joint visits are completed on the same day.", "record_keeping"),
    ],
)

CONSULT_TRAPS = [
    ("in consultation with {p}", "before"),
    ("working with {p}", "mid"),
    ("with the support of {p}", "mid"),
    ("and seek assurance from {p} that this has happened", "after"),
    ("and write to {p} with the findings", "after"),
]
PARTNERS = [
    ("the CCG", "integrated_care_board"),
    ("the police", "police"),
    ("Children's Services", "childrens_social_care"),
    ("the IDVA service", "domestic_abuse_services"),
    ("the local authority", "local_authority"),
    ("the Home Office", "home_office"),
    ("the Probation Service", "probation_service"),
]
REGIONAL_PHRASES = [
    "across the force area",
    "across all the boroughs it serves",
    "across the region",
    "in every district it covers",
]
MODALS = ["should", "must", "to", "should", "is asked to", "needs to", "will"]
LEADINS = ["", "", "", "It is recommended that ", "The panel recommends that ", "Recommendation: "]
