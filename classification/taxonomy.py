"""The project's controlled vocabularies (agencies, themes, levels, timeline events) and their mappings.

The ids come from ``classification/taxonomy.json`` (the project's copy of the reference taxonomy; its ids
must not change). Mappings that the reference file does not give (agency -> Home Office sector tag, theme ->
DAC improvement area, agency -> national department) are kept here, next to the vocabulary they extend.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from dhr.errors import ValidationError

TAXONOMY_PATH = Path(__file__).resolve().parent / "taxonomy.json"

#: Agency id -> Home Office DHR Library sector tag (taxonomy "sectors").
AGENCY_SECTOR: dict[str, str] = {
    "accident_and_emergency": "health_services",
    "adult_safeguarding_board": "social_services",
    "adult_social_care": "social_services",
    "care_provider": "social_services",
    "children_safeguarding_board": "social_services",
    "childrens_social_care": "social_services",
    "community_health": "health_services",
    "community_safety_partnership": "community_safety_partnership",
    "council_community_safety_team": "community_safety_partnership",
    "cqc": "national_government",
    "crown_prosecution_service": "national_government",
    "dfe": "national_government",
    "dhsc": "national_government",
    "mhclg": "national_government",
    "domestic_abuse_partnership_board": "community_safety_partnership",
    "domestic_abuse_services": "domestic_abuse_support",
    "drug_and_alcohol_services": "health_services",
    "dv_perpetrator_programme": "domestic_abuse_support",
    "gp": "health_services",
    "hmcts": "national_government",
    "hm_inspectorate_of_probation": "national_government",
    "hmicfrs": "national_government",
    "home_office": "national_government",
    "hospital": "health_services",
    "housing": "housing_services",
    "immigration_enforcement": "national_government",
    "integrated_care_board": "health_services",
    "local_authority": "social_services",
    "local_authority_commissioners": "social_services",
    "local_health_trust": "health_services",
    "marac": "community_safety_partnership",
    "matac": "police",
    "mash": "social_services",
    "mental_health_services": "health_services",
    "midwifery": "health_services",
    "ministry_of_justice": "national_government",
    "nhs_england": "national_government",
    "domestic_abuse_commissioner": "national_government",
    "parole": "probation_services",
    "police": "police",
    "police_and_crime_commissioner": "police",
    "probation_service": "probation_services",
    "public_health": "health_services",
    "safeguarding_adults_board": "social_services",
    "school": "school",
    "specialist_by_and_for_services": "domestic_abuse_support",
    "university": "other_educational_institution",
    "youth_offending_service": "probation_services",
    "dwp": "national_government",
    "ambulance_service": "health_services",
    "all_agencies": "community_safety_partnership",
    "other": "national_government",
}

#: Theme id -> DAC improvement area (Dashboard 2).
THEME_IMPROVEMENT_AREA: dict[str, str] = {
    "identification_of_risk": "Improving assessments",
    "training": "Training and development of staff",
    "policy": "Policy and process",
    "multi_agency_working": "Multi-agency working",
    "record_keeping": "Information management",
    "awareness_raising": "Developing practice",
    "technology_systems": "Information management",
    "other": "Policy and process",
}

#: Agency id of a national body -> department id (``dhr.schema.DepartmentId``) that a national
#: recommendation addressed to it is routed to.
AGENCY_DEPARTMENT: dict[str, str] = {
    "home_office": "home_office",
    "immigration_enforcement": "home_office",
    "hmicfrs": "home_office",
    "dhsc": "dhsc",
    "cqc": "dhsc",
    "nhs_england": "nhs_england",
    "ministry_of_justice": "moj_hmpps",
    "probation_service": "moj_hmpps",
    "parole": "moj_hmpps",
    "hm_inspectorate_of_probation": "moj_hmpps",
    "hmcts": "moj_hmpps",
    "dfe": "dfe",
    "dwp": "dwp",
    "mhclg": "mhclg",
    "crown_prosecution_service": "cps",
    "domestic_abuse_commissioner": "domestic_abuse_commissioner",
}

#: Agencies that are government departments or national bodies (addressing one makes a recommendation national).
NATIONAL_AGENCIES: frozenset[str] = frozenset(
    {
        "home_office",
        "immigration_enforcement",
        "hmicfrs",
        "dhsc",
        "cqc",
        "nhs_england",
        "ministry_of_justice",
        "parole",
        "hm_inspectorate_of_probation",
        "hmcts",
        "dfe",
        "dwp",
        "mhclg",
        "crown_prosecution_service",
        "domestic_abuse_commissioner",
    }
)

DEPARTMENT_LABELS: dict[str, str] = {
    "home_office": "Home Office",
    "dhsc": "Department of Health and Social Care",
    "nhs_england": "NHS England",
    "moj_hmpps": "Ministry of Justice / HM Prison and Probation Service",
    "dfe": "Department for Education",
    "dwp": "Department for Work and Pensions",
    "mhclg": "Ministry of Housing, Communities and Local Government",
    "dbt": "Department for Business and Trade",
    "dcms": "Department for Culture, Media and Sport",
    "college_of_policing": "College of Policing",
    "cps": "Crown Prosecution Service",
    "domestic_abuse_commissioner": "Office of the Domestic Abuse Commissioner",
    "other": "Other government body",
}


@dataclass(frozen=True)
class Taxonomy:
    """The vocabularies, in file order, with labels and the mappings above."""

    version: str
    agency_labels: dict[str, str]
    theme_labels: dict[str, str]
    level_labels: dict[str, str]
    timeline_event_labels: dict[str, str]
    sector_labels: dict[str, str]
    improvement_areas: tuple[str, ...]
    department_labels: dict[str, str] = field(default_factory=lambda: dict(DEPARTMENT_LABELS))

    @property
    def agency_ids(self) -> list[str]:
        return list(self.agency_labels)

    @property
    def theme_ids(self) -> list[str]:
        return list(self.theme_labels)

    @property
    def level_ids(self) -> list[str]:
        return list(self.level_labels)

    @property
    def timeline_event_ids(self) -> list[str]:
        return list(self.timeline_event_labels)

    @property
    def department_ids(self) -> list[str]:
        return list(self.department_labels)

    def sector_of(self, agency_id: str) -> str:
        """Home Office library sector tag of an agency id."""
        self.check_agency(agency_id)
        return AGENCY_SECTOR.get(agency_id, "national_government")

    def improvement_area_of(self, theme_id: str) -> str:
        """DAC improvement area (Dashboard 2) of a theme id."""
        self.check_theme(theme_id)
        return THEME_IMPROVEMENT_AREA[theme_id]

    def department_of(self, agency_id: str) -> str | None:
        """Department a national recommendation to this agency goes to, or None for local bodies."""
        self.check_agency(agency_id)
        return AGENCY_DEPARTMENT.get(agency_id)

    def is_national_agency(self, agency_id: str) -> bool:
        return agency_id in NATIONAL_AGENCIES

    def check_agency(self, agency_id: str) -> str:
        if agency_id not in self.agency_labels:
            raise ValidationError(f"unknown agency id {agency_id!r}; valid ids: {', '.join(self.agency_ids)}")
        return agency_id

    def check_theme(self, theme_id: str) -> str:
        if theme_id not in self.theme_labels:
            raise ValidationError(f"unknown theme id {theme_id!r}; valid ids: {', '.join(self.theme_ids)}")
        return theme_id

    def check_level(self, level_id: str) -> str:
        if level_id not in self.level_labels:
            raise ValidationError(f"unknown level {level_id!r}; valid levels: {', '.join(self.level_ids)}")
        return level_id


@lru_cache(maxsize=1)
def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """Read the taxonomy file once. ``version`` is the first 12 hex digits of the file's SHA-256."""
    p = path or TAXONOMY_PATH
    raw = p.read_bytes()
    data = json.loads(raw)

    def items(section: dict) -> dict[str, str]:
        return {k: v for k, v in section["items"]}

    return Taxonomy(
        version=hashlib.sha256(raw).hexdigest()[:12],
        agency_labels=items(data["agencies"]),
        theme_labels=items(data["themes"]),
        level_labels=items(data["levels"]),
        timeline_event_labels=items(data["timeline_events"]),
        sector_labels=items(data["sectors"]),
        improvement_areas=tuple(data["themes"]["dac_improvement_areas"]["items"]),
    )
