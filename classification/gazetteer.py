"""Surface names of agencies -> taxonomy agency ids: the gazetteer behind :mod:`classification.agencies`.

The data is ``classification/data/gazetteer.json`` (edit it there, not here); this module loads it once at import
and exposes it under the names the normaliser uses. Phrases are matched case-insensitively on whole tokens; the
longest match wins. Open-class names (an NHS trust, a council, a "Safer X Partnership", a GP surgery) are matched
by token patterns in ``agencies.py``. Ids starting with ``_`` are internal: generic references ("the Trust", "the
Council") that take the agency of the heading the text sat under, and NHS trusts whose type is decided from their
name.

Trust names often carry no type word ("Lewisham and Greenwich NHS Trust"), so the type comes from the lists of
known English trusts (``known_mh_trusts``, ``known_acute_trusts``, ``known_community_trusts``: the distinctive part
of the name, lower case, matched on word boundaries inside the whole name; checked in that order). The NHS bodies
table ``classification/data/nhs_bodies.json`` (trusts, ambulance trusts, Welsh health boards and ICBs by type, with
short names, former names and initials) widens those lists, the acronyms and the ambulance and ICB phrases at load;
gazetteer.json keeps its type where both list a name.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from dhr.errors import ModelNotAvailableError

GAZETTEER_FILE = Path(__file__).resolve().parent / "data" / "gazetteer.json"


def _read_table(path: Path, what: str, key: str, kind: type) -> dict[str, Any]:
    """One JSON object whose ``key`` holds a ``kind``; a missing or damaged file is a clear error naming ``what``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelNotAvailableError(f"{what} unreadable: {path} ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get(key), kind):
        noun = "object" if kind is dict else "list"
        raise ModelNotAvailableError(f"{what} {path} has no '{key}' {noun}")
    return data


def load_gazetteer(path: Path = GAZETTEER_FILE) -> dict[str, Any]:
    """The raw gazetteer data (one JSON object); a missing or damaged file is a clear error."""
    return _read_table(path, "agency gazetteer", "phrases", dict)


_FORCE_SUFFIX = re.compile(r"\s+(?:Police Service|Police Force|Constabulary|Police)$")


def _force_bases() -> tuple[list[str], list[str]]:
    """The forces' names without their suffix, from the one police table (``police_force_areas.csv``, read by
    :mod:`classification.geography`): the 43 main names, and those with the other names written with a suffix
    ("Avon & Somerset", "Herts"); an other name with no suffix ("GMP", "TVP") is an acronym, not a base."""
    from classification.geography import geography

    main: list[str] = []
    every: list[str] = []
    for force in geography().forces.values():
        for i, name in enumerate((force.name, *force.aliases)):
            base, found = _FORCE_SUFFIX.subn("", name)
            if found and base not in every:
                every.append(base)
                if i == 0:
                    main.append(base)
    return main, every


def _force_names(data: dict[str, Any], forces: list[str]) -> list[str]:
    """Every force with every suffix ("Kent Police", "Kent Constabulary", ...): forces are written many ways."""
    return [f"{force} {suffix}" for force in forces for suffix in data["police_force_suffixes"]]


_DATA = load_gazetteer()
_MAIN_FORCES, _EVERY_FORCE = _force_bases()

#: The 43 territorial police forces of England and Wales (names without "Police"/"Constabulary").
POLICE_FORCES: tuple[str, ...] = tuple(_MAIN_FORCES)

#: agency id -> surface phrases (case-insensitive); the police list starts with every force name.
PHRASES: dict[str, list[str]] = {agency: list(phrases) for agency, phrases in _DATA["phrases"].items()}
PHRASES["police"] = _force_names(_DATA, _EVERY_FORCE) + PHRASES.get("police", [])
# "<force area> Police and Crime Commissioner" / "... Police Authority": the matcher takes the longest phrase
# first, then the earliest, so without the whole name the force's name ("Dyfed-Powys Police", as long as
# "Police and Crime Commissioner" and earlier) took the commissioner for the force.
_PCC_TITLES = ("Police and Crime Commissioner", "Police, Fire and Crime Commissioner", "Police Authority")
PHRASES["police_and_crime_commissioner"] = PHRASES.get("police_and_crime_commissioner", []) + [
    f"{force} {title}" for force in _EVERY_FORCE for title in _PCC_TITLES
]

#: Surface phrases (lower case) that name a department or national body other than the agency's own mapping:
#: surface -> department id (``dhr.schema.DepartmentId``).
SURFACE_DEPARTMENT: dict[str, str] = dict(_DATA["surface_department"])

#: Surfaces (lower case) that name a national body even though their agency id is not national.
NATIONAL_SURFACES: frozenset[str] = frozenset(SURFACE_DEPARTMENT) | frozenset(_DATA["national_surfaces"])

#: Multi-word phrases matched with their case as written (they are ordinary words in lower case).
CASE_SENSITIVE: frozenset[str] = frozenset(_DATA["case_sensitive"])

#: Mental health (and mental-health-led combined) trusts and providers.
KNOWN_MH_TRUSTS: tuple[str, ...] = tuple(_DATA["known_mh_trusts"])
#: Acute hospital trusts whose names need not say "Hospital".
KNOWN_ACUTE_TRUSTS: tuple[str, ...] = tuple(_DATA["known_acute_trusts"])
#: Community health trusts and providers (``local_health_trust``).
KNOWN_COMMUNITY_TRUSTS: tuple[str, ...] = tuple(_DATA["known_community_trusts"])
#: Well-known acronyms of NHS trusts and local services (matched with their case) -> agency id.
KNOWN_ACRONYMS: dict[str, str] = dict(_DATA["known_acronyms"])
# ---------------------------------------------------------------------------------------- NHS bodies table
NHS_BODIES_FILE = Path(__file__).resolve().parent / "data" / "nhs_bodies.json"
#: The agency ids the NHS table may give (its kinds map onto these per LABELLING-GUIDE.md, agencies rule 5).
_NHS_LISTS = {
    "mental_health_services": KNOWN_MH_TRUSTS,
    "hospital": KNOWN_ACUTE_TRUSTS,
    "local_health_trust": KNOWN_COMMUNITY_TRUSTS,
}
_TRUST_SUFFIX = re.compile(r"\s+(?:Foundation\s+)?Trust$", re.I)


def load_nhs_bodies(path: Path = NHS_BODIES_FILE) -> dict[str, Any]:
    """The NHS bodies table (trusts, ambulance trusts, Welsh health boards, ICBs); a damaged file is a clear error."""
    data = _read_table(path, "NHS bodies table", "trusts", list)
    for body in data["trusts"]:
        if body.get("agency") not in (*_NHS_LISTS, "ambulance_service"):
            raise ModelNotAvailableError(f"NHS bodies table: {body.get('name')!r} has an unknown agency")
    return data


def nhs_short_names(body: dict[str, Any]) -> list[str]:
    """The names a report may use for a body without its suffix: the short names, and former names with their
    "NHS" kept ("Heart of England NHS": the place alone would be a council's name too)."""
    former = [_TRUST_SUFFIX.sub("", n) for n in body.get("former", [])]
    return [*body.get("short", []), *former]


def _merge_nhs_bodies(
    data: dict[str, Any],
) -> tuple[dict[str, list[str]], dict[str, str], list[str], list[str]]:
    """The table as additions to the gazetteer's lists; names and initials the gazetteer already has keep its
    type (gazetteer.json is the reviewed source; this table widens coverage)."""
    listed = {n for names in _NHS_LISTS.values() for n in names}
    known: dict[str, list[str]] = {agency: [] for agency in _NHS_LISTS}
    acronyms: dict[str, str] = {}
    ambiguous = set(data.get("ambiguous_initials", {}))
    ambulance: list[str] = []
    for body in data["trusts"]:
        agency = body["agency"]
        names = nhs_short_names(body)
        if agency == "ambulance_service":
            ambulance += [body["name"], *names]
        else:
            for name in names:
                key = name.lower()
                if key not in listed:
                    listed.add(key)
                    known[agency].append(key)
        for initials in body.get("initials", []):
            if initials not in ambiguous and initials not in KNOWN_ACRONYMS:
                acronyms.setdefault(initials, agency)
    icb: list[str] = []
    for board in data.get("icbs", []):
        area = board["area"]
        icb += [board["name"], f"{area} Integrated Care Board", f"NHS {area} ICB", f"{area} ICB"]
        icb += [f"{initials} ICB" for initials in board.get("area_initials", [])]
    return known, acronyms, ambulance, icb


_NHS = load_nhs_bodies()
_NHS_KNOWN, _NHS_ACRONYMS, _NHS_AMBULANCE, _NHS_ICB = _merge_nhs_bodies(_NHS)
KNOWN_MH_TRUSTS += tuple(_NHS_KNOWN["mental_health_services"])
KNOWN_ACUTE_TRUSTS += tuple(_NHS_KNOWN["hospital"])
KNOWN_COMMUNITY_TRUSTS += tuple(_NHS_KNOWN["local_health_trust"])
KNOWN_ACRONYMS.update(_NHS_ACRONYMS)
for _agency, _extra in (("ambulance_service", _NHS_AMBULANCE), ("integrated_care_board", _NHS_ICB)):
    PHRASES[_agency] = PHRASES.get(_agency, []) + [
        p for p in dict.fromkeys(_extra) if p not in PHRASES.get(_agency, [])
    ]


def _ampersand_variants(phrases: dict[str, list[str]], case_sensitive: frozenset[str]) -> frozenset[str]:
    """Add each phrase's "&" spelling ("Health & Social Care" for "Health and Social Care"): reports write either,
    and the matcher compares tokens, so "&" would cut the name. A variant another phrase already holds (any
    agency) keeps that phrase's id. Returns the case-sensitive set with the case-sensitive variants added."""
    taken = {p.lower() for ps in phrases.values() for p in ps}
    added: set[str] = set()
    for names in phrases.values():
        for name in list(names):
            if " and " not in name.lower():
                continue
            variant = re.sub(r" and ", " & ", name, flags=re.I)
            if variant.lower() in taken:
                continue
            taken.add(variant.lower())
            names.append(variant)
            if name in case_sensitive:
                added.add(variant)
    return case_sensitive | added


CASE_SENSITIVE = _ampersand_variants(PHRASES, CASE_SENSITIVE)

#: Initials shared by several bodies or with other words ("LPT": Leicestershire or Lincolnshire Partnership, or
#: the former London Probation Trust): initials -> [(agency id, place names)], mapped only beside a place.
AMBIGUOUS_INITIALS: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    initials: [(c["agency"], tuple(c["places"])) for c in candidates]
    for initials, candidates in _NHS.get("ambiguous_initials", {}).items()
}


def ambiguous_initials_agency(initials: str, text: str) -> str | None:
    """The agency of ambiguous ``initials`` in ``text``: the one agency of the bodies whose places the text names,
    None when it names none of them or places of bodies of different types."""
    found = {
        agency
        for agency, places in AMBIGUOUS_INITIALS.get(initials, [])
        if any(re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", text) for p in places)
    }
    return found.pop() if len(found) == 1 else None


#: Whole headings that name an agency only when they stand alone ("Education", "Multi-agency"): lower case -> id.
HEADING_NAMES: dict[str, str] = {
    k: v for k, v in _DATA.get("heading_names", {}).items() if not k.startswith("_")
}
