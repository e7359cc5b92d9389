"""Data of the word-processor set: lead-agency cells and target dates with their gold values, the prose around
the recommendations (written here: none of it is a recommendation) and the Home Office action-plan header."""

from __future__ import annotations

#: Lead-agency cells used in the action plans, with the taxonomy ids the gold gives them.
LEADS: dict[str, list[str]] = {
    "Kent Police": ["police"],
    "KMPT": ["mental_health_services"],
    "Kent and Medway CCG": ["integrated_care_board"],
    "KCC Adult Social Care": ["adult_social_care"],
    "Kent Children's Social Services": ["childrens_social_care"],
    "NHS England": ["nhs_england"],
    "Nottinghamshire Police": ["police"],
    "Nottingham City Adult Social Care": ["adult_social_care"],
    "Nottingham Recovery Network": ["drug_and_alcohol_services"],
    "Cornwall Public Health": ["public_health"],
    "Devon and Cornwall Police": ["police"],
    "NHS Kernow": ["integrated_care_board"],
    "Home Office": ["home_office"],
    "Norfolk County Community Safety Partnership": ["community_safety_partnership"],
    "Probation Service": ["probation_service"],
    "Cambridgeshire Community Services": ["local_health_trust"],
    "Safe Durham Partnership": ["community_safety_partnership"],
    "South Yorkshire Police": ["police"],
    "Sheffield City Council": ["local_authority"],
    "Harlow Community Safety Partnership": ["community_safety_partnership"],
    "Sussex Police": ["police"],
    "Brighton & Hove City Council": ["local_authority"],
    "Northumbria Police": ["police"],
    "MARAC Steering Group": ["marac"],
    "All agencies": ["all_agencies"],
    "Sefton Community Safety Partnership": ["community_safety_partnership"],
    "Merseyside Police and National Probation Service": ["police", "probation_service"],
}

#: Target-date cells as printed -> the ISO date the gold expects (None: not a date; kept as text only).
#: A quarter of a financial year ("Q3 2017/18", April-March years) ends with the quarter's last month.
TARGETS: dict[str, str | None] = {
    "Ongoing": None,
    "6 months": None,
    "Q3 2017/18": "2017-12",
    "Q1 2018/19": "2018-06",
    "March 2017": "2017-03",
    "31/03/2018": "2018-03-31",
    "30/09/2017": "2017-09-30",
    "End of March 2018": "2018-03",
    "April 2018 - review quarterly": "2018-04",
    "December 2017": "2017-12",
    "30th June 2018": "2018-06-30",
    "Complete": None,
    "TBC": None,
    "Within 3 months of publication": None,
    "September 2018": "2018-09",
    "End of December 2017": "2017-12",
    "01/02/2018": "2018-02-01",
    "Quarterly from July 2018": "2018-07",
    "12 months": None,
    "January 2019": "2019-01",
    "Q4 2017/18": "2018-03",
    "15.01.2018": "2018-01-15",
    "Immediate": None,
}


# --------------------------------------------------------------------------------------------------------------
# shared prose (written here: not recommendations)
# --------------------------------------------------------------------------------------------------------------

INTRO_PROSE = (
    "This review was commissioned by the {csp} following the death of {subject}. The panel examined the contact "
    "that agencies had with {subject} and with the perpetrator, and considered what could have been done "
    "differently."
)
ANALYSIS_TRAP = (
    "There should always be a clear record of why a referral was closed, and practitioners should be curious "
    "about the reasons a victim gives for not engaging."
)
TOR_ITEMS = [
    "To establish what lessons are to be learned from the domestic homicide regarding the way in which local "
    "professionals and organisations work individually and together to safeguard victims.",
    "To identify clearly what those lessons are, both within and between agencies, how and within what "
    "timescales they will be acted on, and what is expected to change as a result.",
    "To consider whether agencies should have shared information about the risk the perpetrator posed.",
]
FOOTNOTES = [
    ("MARAC", "MARAC - Multi-Agency Risk Assessment Conference: a meeting where information on high risk "
     "domestic abuse cases is shared between agencies."),
    ("IDVA", "IDVA - Independent Domestic Violence Advisor."),
    ("DASH", "DASH - Domestic Abuse, Stalking and Harassment and Honour Based Violence risk identification "
     "checklist."),
    ("GP", "GP - General Practitioner."),
    ("IMR", "IMR - Individual Management Review, the report each agency writes for the review."),
]  # fmt: skip
COMMENTARY = [
    "The panel noted that several of these agencies have already begun work on the learning identified.",
    "The panel was of the view that the agencies concerned had engaged fully with this review.",
]

HO_HEADER = [
    "Recommendation",
    "Scope of recommendation i.e. local or regional",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target Date",
    "Date of completion and outcome",
]

#: Lessons learned, numbered or bulleted before the recommendations: worded like recommendations ("should") but
#: the report files them as learning, so none of them is a recommendation.
LESSONS = [
    "Practitioners should stay curious when a victim withdraws a complaint soon after making it; withdrawal "
    "is often a sign that the abuse has grown worse, not that it has stopped.",
    "A victim who is also a carer may not feel able to leave, and agencies must take that into account when "
    "they judge how safe the home is.",
    "Where several agencies each hold a small piece of information, nobody sees the whole picture unless "
    "someone takes responsibility for putting the pieces together.",
]
#: The executive summary's lead-in to its copy of the recommendations.
SUMMARY_LEAD_IN = "The recommendations of this review, which are set out in full later in the report, are:"
#: Notes about the recommendations that sit between them, in the same numbering.
PANEL_NOTES = [
    "The panel was told that Nottinghamshire Police had started some of this work before the review ended.",
    "The panel agreed these recommendations at its final meeting and each agency has accepted them.",
]
