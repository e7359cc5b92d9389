"""The generator's invented vocabulary and proportions: regions, place names, recommendation templates over
agencies, themes and mechanisms, recurring lessons, national departments, and the weights the pilot's figures
give (status, implementation, quality, months per stage)."""

from __future__ import annotations

REGIONS = [
    "North East",
    "North West",
    "Yorkshire and the Humber",
    "East Midlands",
    "West Midlands",
    "East of England",
    "London",
    "South East",
    "South West",
    "Wales",
]
PLACE_HEADS = [
    "Ash", "Bram", "Calder", "Dun", "Elm", "Fern", "Glen", "Hart", "Ivy", "Kings", "Lang", "Marl", "Nor",
    "Oak", "Pen", "Ravens", "Stan", "Thorn", "Wey", "Wick", "Ald", "Bex", "Craw", "Dray", "Fal", "Gos",
    "Hal", "Kel", "Lyn", "Mere", "Ost", "Quen", "Rook", "Sel", "Tam", "Ulver", "Vern", "Wold", "Yar", "Brack",
]  # fmt: skip
PLACE_TAILS = [
    "ford", "ton", "bury", "wick", "ham", "ley", "field", "combe", "mouth", "bridge", "stow", "worth", "by",
    "thorpe", "minster", "dale", "brook", "well", "hurst", "cester",
]  # fmt: skip
FORCE_TAILS = ["shire", "land", "moor", "vale", "dale"]

#: Local agencies a recommendation is for, with weights (pilot: CSP 25% of recommendations, police 12% of
#: actions, local health trusts 10%, then DAPBs, ICBs, adult social care, mental health and DA services).
LOCAL_AGENCY_WEIGHTS: dict[str, float] = {
    "community_safety_partnership": 0.22,
    "police": 0.12,
    "local_health_trust": 0.09,
    "domestic_abuse_partnership_board": 0.06,
    "integrated_care_board": 0.06,
    "adult_social_care": 0.06,
    "mental_health_services": 0.06,
    "domestic_abuse_services": 0.06,
    "gp": 0.05,
    "childrens_social_care": 0.04,
    "housing": 0.04,
    "probation_service": 0.035,
    "drug_and_alcohol_services": 0.03,
    "hospital": 0.025,
    "accident_and_emergency": 0.02,
    "marac": 0.02,
    "safeguarding_adults_board": 0.02,
    "local_authority": 0.02,
    "all_agencies": 0.02,
    "public_health": 0.01,
    "ambulance_service": 0.01,
    "school": 0.01,
    "midwifery": 0.01,
    "specialist_by_and_for_services": 0.01,
    "dv_perpetrator_programme": 0.01,
}
AGENCY_NAMES: dict[str, str] = {
    "community_safety_partnership": "the CSP",
    "police": "the police",
    "local_health_trust": "the local health trust",
    "domestic_abuse_partnership_board": "the Domestic Abuse Partnership Board",
    "integrated_care_board": "the Integrated Care Board",
    "adult_social_care": "adult social care",
    "mental_health_services": "mental health services",
    "domestic_abuse_services": "the domestic abuse service",
    "gp": "GP practices",
    "childrens_social_care": "children's social care",
    "housing": "the housing provider",
    "probation_service": "the Probation Service",
    "drug_and_alcohol_services": "drug and alcohol services",
    "hospital": "the acute hospital trust",
    "accident_and_emergency": "the emergency department",
    "marac": "the MARAC",
    "safeguarding_adults_board": "the Safeguarding Adults Board",
    "local_authority": "the local authority",
    "all_agencies": "all partner agencies",
    "public_health": "public health",
    "ambulance_service": "the ambulance service",
    "school": "schools",
    "midwifery": "midwifery services",
    "specialist_by_and_for_services": "by-and-for specialist services",
    "dv_perpetrator_programme": "the perpetrator programme",
}

THEME_WEIGHTS: dict[str, float] = {
    "identification_of_risk": 0.22,
    "training": 0.20,
    "policy": 0.18,
    "multi_agency_working": 0.18,
    "record_keeping": 0.06,
    "awareness_raising": 0.08,
    "technology_systems": 0.05,
    "other": 0.03,
}
TOPICS = [
    "domestic abuse", "coercive and controlling behaviour", "economic abuse", "stalking and harassment",
    "non-fatal strangulation", "adolescent to parent violence", "abuse of older people by family members",
    "suicide risk after domestic abuse", "honour-based abuse", "substance misuse and domestic abuse",
    "domestic abuse in pregnancy", "abuse of disabled adults", "carer stress", "child contact arrangements",
]  # fmt: skip
TRIGGERS = [
    "a victim discloses coercive control", "there are repeated call-outs to the same address",
    "a victim presents with unexplained injuries", "a pregnant patient attends", "a victim misses appointments",
    "stalking is reported", "there is a history of non-fatal strangulation", "bail conditions change",
    "a victim discloses suicidal thoughts", "a perpetrator is released from custody",
    "an older person is cared for by a relative", "a victim moves between local authority areas",
]  # fmt: skip
SETTINGS = [
    "GP appointments", "emergency department attendances", "maternity appointments", "housing applications",
    "mental health assessments", "substance misuse assessments", "probation supervision sessions",
    "school safeguarding meetings", "adult social care assessments", "ambulance call-outs",
]  # fmt: skip
STAFF = [
    "frontline staff", "call handlers", "health visitors", "housing officers", "safeguarding leads",
    "GP receptionists", "probation officers", "social workers", "A&E triage nurses", "custody sergeants",
]  # fmt: skip
PARTNERS = [
    "the MARAC", "the domestic abuse service", "the GP", "children's social care", "the police",
    "the Probation Service", "mental health services", "the housing provider", "the IDVA service",
]  # fmt: skip
RECORDS = [
    "the outcome of every DASH risk assessment", "the reason a referral was not made",
    "disclosures of domestic abuse", "the voice of the victim", "the details of third-party concerns",
    "safety plans agreed with the victim", "the names of all household members",
]  # fmt: skip
SYSTEMS = ["case-management system", "patient record system", "command and control system", "housing system"]

#: Theme -> phrase templates (verb phrases after "X should ...").
PHRASES: dict[str, list[str]] = {
    "identification_of_risk": [
        "ensure practitioners complete a DASH risk assessment when {trigger}",
        "refer high-risk victims to the MARAC when {trigger}",
        "use professional curiosity to ask about {topic} when {trigger}",
        "introduce routine enquiry about {topic} at {setting}",
        "review risk whenever {trigger}",
    ],
    "training": [
        "deliver training for {staff} on {topic}",
        "refresh mandatory training on {topic} for {staff}",
        "evaluate the impact of training on {topic} among {staff}",
        "train {staff} to recognise {topic} during {setting}",
    ],
    "policy": [
        "review its policy on {topic} so that it covers what to do when {trigger}",
        "update its procedures for {setting} to include {topic}",
        "develop guidance for {staff} on {topic}",
        "adopt a pathway for {topic} that applies when {trigger}",
    ],
    "multi_agency_working": [
        "share information with {partner} when {trigger}",
        "establish a referral pathway to {partner} for {topic}",
        "invite {partner} to strategy meetings when {trigger}",
        "agree an information-sharing protocol with {partner} on {topic}",
    ],
    "record_keeping": [
        "record {record} on the case file",
        "audit case files to check that {record} is recorded",
        "ensure {record} is recorded after {setting}",
    ],
    "awareness_raising": [
        "run a public awareness campaign on {topic}",
        "raise awareness among {staff} of {topic}",
        "publish information for families and friends about {topic}",
    ],
    "technology_systems": [
        "add a flag for {topic} to its {system}",
        "set an alert in the {system} when {trigger}",
        "link the {system} with partner records so that {partner} is notified when {trigger}",
    ],
    "other": [
        "commission an audit of cases involving {topic}",
        "report progress on the learning about {topic} to the Domestic Abuse Partnership Board",
        "hold a learning event on {topic} for {staff}",
    ],
}
QUALIFIERS = [
    "",
    " within six months",
    " and audit compliance each year",
    " so that the learning from this review is embedded",
    " and report progress to the CSP",
    " in line with the statutory guidance",
]
#: Wordings of the same lesson (they normalise to the same key in ``analysis.trends.lesson_key``).
WRAPPERS = [
    "{S} should {p}.",
    "It is recommended that {s} {p}.",
    "{S} must {p}.",
    "Recommendation: {S} to {p}.",
]
ACTIONS: dict[str, list[str]] = {
    "identification_of_risk": [
        "Add the risk question to the assessment template",
        "Audit a sample of risk assessments for completeness",
        "Issue a practice briefing on risk indicators",
    ],
    "training": [
        "Deliver briefing sessions to {staff}",
        "Add {topic} to the mandatory training programme",
        "Record training attendance and report it to the board",
    ],
    "policy": [
        "Redraft the policy and circulate it to teams",
        "Publish the revised procedure on the intranet",
        "Review the policy after twelve months",
    ],
    "multi_agency_working": [
        "Sign the information-sharing agreement",
        "Nominate a single point of contact for referrals",
        "Test the referral pathway with a case audit",
    ],
    "record_keeping": [
        "Update recording guidance for staff",
        "Audit twenty case files for compliance",
    ],
    "awareness_raising": [
        "Launch the campaign materials",
        "Share the awareness leaflet with partner agencies",
    ],
    "technology_systems": [
        "Commission the system change from the supplier",
        "Test the new alert and go live",
    ],
    "other": [
        "Report progress to the Domestic Abuse Partnership Board",
        "Hold the learning event and circulate the notes",
    ],
}
ABANDONED = [
    "no resources were available to deliver it",
    "it needs national leadership and guidance before it can be done locally",
    "an alternative action achieved the intended outcome",
    "the service was recommissioned and the action no longer applies",
    "the IT supplier could not make the system change",
]
INCOMPLETE = [
    "staff capacity was too limited to complete it",
    "it is waiting for a national system change",
    "the training budget was cut",
    "the lead officer left and the action was not handed over",
]
EVIDENCE = [
    "training attendance records",
    "the published policy",
    "an audit report",
    "minutes of the partnership board",
    "screenshots of the system change",
]

#: Department -> (agency id naming it, display name, topics that belong to it).
DEPARTMENTS: dict[str, tuple[str, str, list[str]]] = {
    "home_office": (
        "home_office",
        "the Home Office",
        [
            "update the statutory guidance for Domestic Homicide Reviews on {topic}",
            "fund specialist advocacy for victims of {topic}",
            "review firearms licensing where there are reports of {topic}",
        ],
    ),
    "dhsc": (
        "dhsc",
        "the Department of Health and Social Care",
        [
            "require health services to ask about {topic} at {setting}",
            "fund research into {topic} and health",
        ],
    ),
    "nhs_england": (
        "nhs_england",
        "NHS England",
        [
            "add a prompt about {topic} to GP record systems",
            "include routine enquiry about {topic} in {setting} commissioning",
        ],
    ),
    "moj_hmpps": (
        "ministry_of_justice",
        "the Ministry of Justice",
        [
            "ensure probation risk assessments consider {topic}",
            "review bail decisions where there is {topic}",
        ],
    ),
    "dfe": ("dfe", "the Department for Education", ["include {topic} in relationships education"]),
    "dwp": ("dwp", "the Department for Work and Pensions", ["train Jobcentre staff to recognise {topic}"]),
    "mhclg": (
        "mhclg",
        "the Ministry of Housing, Communities and Local Government",
        ["require councils to prioritise housing for victims fleeing {topic}"],
    ),
    "cps": (
        "crown_prosecution_service",
        "the Crown Prosecution Service",
        ["issue charging guidance on {topic}"],
    ),
    "domestic_abuse_commissioner": (
        "domestic_abuse_commissioner",
        "the Domestic Abuse Commissioner",
        ["monitor national implementation of recommendations on {topic}"],
    ),
}
DEPARTMENT_WEIGHTS: dict[str, float] = {
    "home_office": 0.30,
    "dhsc": 0.14,
    "nhs_england": 0.13,
    "moj_hmpps": 0.12,
    "dfe": 0.08,
    "dwp": 0.06,
    "mhclg": 0.07,
    "cps": 0.05,
    "domestic_abuse_commissioner": 0.05,
}
#: Months: (mean, gamma shape) of death -> first panel -> sent to QAP -> first heard -> signed off -> published.
STAGE_MONTHS: list[tuple[float, float]] = [(9, 3.0), (18, 2.5), (6, 2.0), (5, 2.0), (5, 1.5)]
DAYS_PER_MONTH = 30.4375

STATUS = (
    ["completed", "in_progress", "not_started", "incomplete", "abandoned", "other", None],
    [0.71, 0.15, 0.05, 0.04, 0.012, 0.018, 0.02],
)
IMPL_GIVEN_STATUS: dict[str | None, tuple[list[str | None], list[float]]] = {
    "completed": (["fully", "partly", "somewhat", None], [0.83, 0.06, 0.01, 0.10]),
    "in_progress": (["partly", "somewhat", "not_yet", None], [0.45, 0.2, 0.15, 0.2]),
    "not_started": (["not_yet", None], [0.8, 0.2]),
    "incomplete": (["somewhat", "not_yet", None], [0.4, 0.3, 0.3]),
    "abandoned": (["not_yet", None], [0.5, 0.5]),
    "other": (["partly", "not_yet", None], [0.2, 0.2, 0.6]),
    None: (["partly", "not_yet", None], [0.2, 0.2, 0.6]),
}
QUALITY_GIVEN_IMPL: dict[str | None, tuple[list[str | None], list[float]]] = {
    "fully": (["gold", "silver", "bronze", None], [0.42, 0.30, 0.14, 0.14]),
    "partly": (["silver", "bronze", "not_met_yet", None], [0.2, 0.35, 0.25, 0.2]),
    "somewhat": (["bronze", "not_met_yet", None], [0.3, 0.4, 0.3]),
    "not_yet": (["not_met_yet", "not_met", None], [0.35, 0.4, 0.25]),
    None: (["not_met_yet", "not_met", None], [0.15, 0.1, 0.75]),
}


# ----------------------------------------------------------------------------------------------- places
