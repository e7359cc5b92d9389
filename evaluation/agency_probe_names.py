"""The ways reports print an agency's name in a heading, an Agency / Lead cell or a "Lead agency:" line, for the
agency probe (:mod:`evaluation.agency_probe`): full trust names, short names, initials the document defines in a
glossary or a footnote, "Police" alone, council service names. Every name is written here for a made-up area
(Northshire); each maps to exactly one pick-list id under ``LABELLING-GUIDE.md``'s mapping.
"""

from __future__ import annotations

from dhr.taxonomy import pick_lists

#: id -> [(printed name, full name the document defines the initials as, or None)]
NAME_FORMS: dict[str, list[tuple[str, str | None]]] = {
    "police": [
        ("Northshire Police", None),
        ("Northshire Constabulary", None),
        ("Police", None),
        ("NP", "Northshire Police"),
    ],
    "hospital": [
        ("Northshire University Hospitals NHS Foundation Trust", None),
        ("Northshire General Hospital", None),
        ("NUH", "Northshire University Hospitals NHS Foundation Trust"),
    ],
    "mental_health_services": [
        ("Northshire Mental Health NHS Foundation Trust", None),
        ("Mental Health Services", None),
        ("NMHT", "Northshire Mental Health NHS Foundation Trust"),
    ],
    "local_health_trust": [
        ("Northshire Community Health NHS Trust", None),
        ("Northshire Community Healthcare NHS Trust", None),
    ],
    "ambulance_service": [
        ("North Western Ambulance Service NHS Trust", None),
        ("Ambulance Service", None),
        ("NWAS", "North Western Ambulance Service NHS Trust"),
    ],
    "integrated_care_board": [
        ("NHS Northshire Integrated Care Board", None),
        ("Northshire Clinical Commissioning Group", None),
        ("ICB", "NHS Northshire Integrated Care Board"),
    ],
    "gp": [("GP practices", None), ("Primary Care", None)],
    "nhs_england": [("NHS England", None)],
    "adult_social_care": [
        ("Adult Social Care", None),
        ("Northshire County Council Adult Social Care", None),
        ("ASC", "Adult Social Care"),
    ],
    "childrens_social_care": [
        ("Children's Social Care", None),
        ("Northshire Children's Services", None),
    ],
    "local_authority": [("Northshire County Council", None), ("Northshire Borough Council", None)],
    "housing": [("Northshire Homes", None), ("Housing Provider", None)],
    "drug_and_alcohol_services": [
        ("Drug and Alcohol Services", None),
        ("Northshire Recovery Service", None),
    ],
    "domestic_abuse_services": [("Northshire Women's Aid", None), ("IDVA Service", None)],
    "community_safety_partnership": [
        ("Northshire Community Safety Partnership", None),
        ("Safer Northshire Partnership", None),
        ("CSP", "Northshire Community Safety Partnership"),
    ],
    "domestic_abuse_partnership_board": [("Domestic Abuse Partnership Board", None)],
    "police_and_crime_commissioner": [
        ("Office of the Police and Crime Commissioner", None),
        ("OPCC", "Office of the Police and Crime Commissioner"),
    ],
    "probation_service": [
        ("Probation Service", None),
        ("National Probation Service", None),
        ("NPS", "National Probation Service"),
    ],
    "public_health": [("Public Health", None), ("Northshire Public Health", None)],
    "marac": [("MARAC Steering Group", None)],
    "all_agencies": [("All agencies", None), ("All partner agencies", None)],
    "home_office": [("Home Office", None)],
    "dhsc": [("Department of Health and Social Care", None)],
    "dwp": [("Department for Work and Pensions", None)],
    "safeguarding_adults_board": [("Northshire Safeguarding Adults Board", None)],
}

#: Headings over several agencies' recommendations: they name no one body (the guide's "all agencies").
MULTI_HEADINGS = ["All agencies", "Multi-agency recommendations", "All partner agencies"]


_LABELS = {key: label.split(" (")[0] for key, label in pick_lists()["agencies"].items()}


def forms(agency: str) -> list[tuple[str, str | None]]:
    """The printed forms of ``agency``: this module's, else the pick-list's own label."""
    return NAME_FORMS.get(agency) or [(_LABELS.get(agency, agency.replace("_", " ").capitalize()), None)]
