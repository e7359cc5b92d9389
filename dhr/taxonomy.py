"""The project's controlled vocabularies (agencies, themes, levels, timeline events) and their mappings: the one
loader of both data files, in the core so that every layer (the schema included) reads the same ids.

The ids come from ``dhr/data/taxonomy.json`` (the project's copy of the reference taxonomy; its ids must not
change). Mappings that the reference file does not give (agency -> Home Office sector tag, theme -> DAC
improvement area, agency -> national department, department names) are in ``dhr/data/taxonomy_mappings.json``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from dhr.errors import ModelNotAvailableError, ValidationError

DATA_DIR = Path(__file__).resolve().parent / "data"
TAXONOMY_PATH = DATA_DIR / "taxonomy.json"

MAPPINGS_PATH = DATA_DIR / "taxonomy_mappings.json"


def _load_mappings(path: Path = MAPPINGS_PATH) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelNotAvailableError(f"taxonomy mappings unreadable: {path} ({exc})") from exc
    return data


_MAPPINGS = _load_mappings()

#: Agency id -> Home Office DHR Library sector tag (taxonomy "sectors").
AGENCY_SECTOR: dict[str, str] = dict(_MAPPINGS["agency_sector"])

#: Theme id -> DAC improvement area (Dashboard 2).
THEME_IMPROVEMENT_AREA: dict[str, str] = dict(_MAPPINGS["theme_improvement_area"])

#: Agency id of a national body -> department id (``dhr.schema.DepartmentId``) that a national
#: recommendation addressed to it is routed to.
AGENCY_DEPARTMENT: dict[str, str] = dict(_MAPPINGS["agency_department"])

#: Agencies that are government departments or national bodies (addressing one makes a recommendation national).
NATIONAL_AGENCIES: frozenset[str] = frozenset(_MAPPINGS["national_agencies"])

#: Department id -> its name.
DEPARTMENT_LABELS: dict[str, str] = dict(_MAPPINGS["department_labels"])


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


@lru_cache(maxsize=1)
def pick_lists() -> dict[str, dict[str, str]]:
    """Every id -> label list of the reference file, in its order (the oversight form's pick-lists: agencies,
    themes, sectors, levels, action_status, implementation_level, quality, timeline_events)."""
    data = json.loads(TAXONOMY_PATH.read_text(encoding="utf-8"))
    return {
        name: {item[0]: item[1] for item in section["items"]}
        for name, section in data.items()
        if isinstance(section, dict) and isinstance(section.get("items"), list)
        and all(isinstance(item, list) and len(item) == 2 for item in section["items"])
    }  # fmt: skip
