"""Where a Community Safety Partnership is, and which force-wide or county-wide bodies cover it.

The labelling guide decides a recommendation's level from geography the text rarely states: a change asked of a
body (a police force, a fire and rescue service, an ICB, a probation region) is ``regional`` when the body covers
more than the commissioning CSP's own area and ``local`` when the CSP is the body's whole area - and, for a
county-level review, the county (with the unitaries of its police force area) is the local area. This module
answers those questions from three data files in ``classification/data/``:

- ``csp_geography.csv``: every local authority area of England and Wales (current and former districts and
  unitaries, counties, London boroughs, Welsh principal areas) with its county, the area that replaced it, its
  police force, fire and rescue service, ICB / Welsh health board and probation region, and the other names it
  goes by;
- ``police_force_areas.csv``: the 43 territorial police forces (name, other names, the county names whose
  county-level CSP is the force's own area, probation region);
- ``csps.csv``: CSPs whose names do not name their places ("North Worcestershire" -> Bromsgrove, Redditch,
  Wyre Forest);
- ``joint_areas.csv``: the names joint bodies go by that are no council's and no CSP's ("City and Hackney" for
  the City of London and Hackney, "Cardiff and Vale"), read as their member areas when a body is named by them
  (never counted as the place a report names most);
- ``icbs.csv``: the ICBs' and Welsh health boards' names by their id in ``csp_geography.csv`` ("North East and
  North Cumbria" -> ``nenc``), for names whose words are not their places ("North East London", "Hywel Dda").

:func:`resolve_csp` turns a CSP's name as written ("Safer Stockport Partnership", "Adur & Worthing Community
Safety Partnership", "Corby CSP") into a :class:`CspArea`; :func:`force_for` and :func:`covers_whole_force`
answer the police question, :func:`covers_whole` the same for any body kind. Everything is loaded once.
"""

from __future__ import annotations

import csv
import difflib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

DATA_DIR = Path(__file__).resolve().parent / "data"

#: Body kinds with an area in the table (the column of ``csp_geography.csv`` that holds the body's id).
BodyKind = Literal["police_force", "fire_service", "icb", "probation_region", "county"]
_BODY_COLUMNS: tuple[BodyKind, ...] = ("police_force", "fire_service", "icb", "probation_region")
#: Kinds of row that are a place some CSP covers today (the others group or preceded them).
_CURRENT_KINDS = frozenset(
    {
        "unitary",
        "district",
        "metropolitan_borough",
        "london_borough",
        "welsh_principal_area",
        "city_of_london",
    }
)
#: Rows that stand for a group of current areas (a county council's districts, a former county, a metropolitan
#: county, London): their members are the current rows whose ``county`` is their name.
_GROUP_KINDS = frozenset({"county", "former_county", "area_group"})

# Words of a CSP's name that are not place names ("Safer Stockport Partnership", "Harlow CSP").
_NOISE = re.compile(
    r"\b(safer|safe|stronger|communities|community|safety|partnerships?|board|csp|council|borough|district|"
    r"metropolitan|royal|the|domestic|homicide|abuse|review|dhr|dardr|crime|reduction|disorder|executive|group|"
    r"strategic|for|on behalf|commissioned by|keeping|places|neighbourhoods|city|county|of|london)\b"
)
#: Areas too small to make a body's area wider than a CSP's ("City and Hackney CCG" is Hackney's own): a few
#: thousand residents each, beside neighbours of a quarter of a million.
_MINOR = frozenset({"City of London", "Isles of Scilly"})


def without_minor(areas: frozenset[str]) -> frozenset[str]:
    """``areas`` (current area names) without the City of London and the Isles of Scilly, which do not make a
    body wider than a neighbour's area; kept when they are all there is."""
    return areas if areas <= _MINOR else areas - _MINOR


# an ICB's name without its "the" / "NHS" before it and its body word after it
_ICB_WORDS = re.compile(
    r"^(?:the )?(?:nhs )?|(?: teaching| university)? (?:integrated care (?:boards?|systems?)|icbs?|ics|ccgs?|"
    r"clinical commissioning groups?|health boards?)$"
)
_LONDON_BOROUGH = re.compile(r"\blondon boroughs? of\b")
_POSSESSIVE = re.compile(r"(?<=[A-Za-z])['\u2019]s\b")


def normalise(text: str) -> str:
    """Lower case, '&' as 'and', hyphens and punctuation as spaces, apostrophes dropped ("King's" -> "kings")."""
    text = text.lower().replace("&", " and ").replace("'", "").replace("\u2019", "")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def _text_key(text: str) -> str:
    """A text normalised for finding places in it, a possessive's "'s" dropped ("Harlow's Community Safety
    Partnership", "Staffordshire Moorlands's"): the place names are held in this form too ("king lynn ...")."""
    return normalise(_POSSESSIVE.sub("", text))


@dataclass(frozen=True, slots=True)
class Area:
    """One row of ``csp_geography.csv``."""

    name: str
    kind: str
    county: str
    successor: str
    police_force: str
    fire_service: str
    icb: str
    probation_region: str
    aliases: tuple[str, ...]

    @property
    def current(self) -> bool:
        return self.kind in _CURRENT_KINDS

    def body(self, kind: BodyKind) -> str:
        return self.county if kind == "county" else getattr(self, kind)


@dataclass(frozen=True, slots=True)
class Force:
    """One territorial police force (``police_force_areas.csv``)."""

    force_id: str
    name: str
    aliases: tuple[str, ...]
    home_counties: tuple[str, ...]
    probation_region: str


@dataclass(frozen=True, slots=True)
class CspArea:
    """A commissioning CSP placed on the map.

    ``areas`` are the rows its name matched; ``covered`` the current areas it covers whole (a county's
    districts, a merged CSP's members); ``partial`` current areas it covers only part of (a former district
    inside today's unitary).
    """

    name: str
    areas: tuple[Area, ...]
    covered: frozenset[str] = field(default_factory=frozenset)
    partial: frozenset[str] = field(default_factory=frozenset)

    @property
    def label(self) -> str:
        return ", ".join(a.name for a in self.areas)

    @property
    def county_level(self) -> bool:
        """Whether it is a whole county (or former county, or a group such as a metropolitan county)."""
        return any(a.kind in _GROUP_KINDS for a in self.areas)

    def bodies(self, kind: BodyKind) -> list[str]:
        """The ids of the bodies of ``kind`` covering it, the most common first."""
        geo = geography()
        counts = Counter(
            geo.areas[n].body(kind) for n in sorted(self.covered | self.partial) if geo.areas[n].body(kind)
        )
        if not counts:
            counts = Counter(a.body(kind) for a in self.areas if a.body(kind))
        return [b for b, _ in counts.most_common()]


class Geography:
    """The loaded tables and the look-ups on them; use :func:`geography` for the cached instance."""

    def __init__(self, data_dir: Path = DATA_DIR) -> None:
        self.areas: dict[str, Area] = {}
        for row in _rows(data_dir / "csp_geography.csv"):
            area = Area(
                name=row["area"],
                kind=row["kind"],
                county=row["county"],
                successor=row["successor"],
                police_force=row["police_force"],
                fire_service=row["fire_service"],
                icb=row["icb"],
                probation_region=row["probation_region"],
                aliases=_split(row["aliases"]),
            )
            self.areas[area.name] = area
        self.forces: dict[str, Force] = {
            row["force_id"]: Force(
                force_id=row["force_id"],
                name=row["name"],
                aliases=_split(row["aliases"]),
                home_counties=_split(row["home_counties"]),
                probation_region=row["probation_region"],
            )
            for row in _rows(data_dir / "police_force_areas.csv")
        }
        #: each name of an ICB or Welsh health board (normalised) -> its id in the ``icb`` column
        self._icb_names: dict[str, str] = {}
        icb_file = data_dir / "icbs.csv"
        for row in _rows(icb_file) if icb_file.exists() else []:
            for name in (row["name"], *_split(row["aliases"])):
                self._icb_names[normalise(name)] = row["icb"]
        self.merged: dict[str, tuple[str, ...]] = {}
        #: each name of a merged CSP -> its first name (its several names count as one place)
        self._merged_first: dict[str, str] = {}
        for row in _rows(data_dir / "csps.csv"):
            members = _split(row["members"])
            for name in (row["csp"], *_split(row["aliases"])):
                self.merged[normalise(name)] = members
                self._merged_first[normalise(name)] = normalise(row["csp"])
        #: each normalised name of a joint body's area -> its member areas: read as places, never a CSP (not in
        #: ``merged``, which the CSP reader and its probe take as CSPs) nor a report's own place
        self._joint: dict[str, tuple[str, ...]] = {}
        joint_file = data_dir / "joint_areas.csv"
        for row in _rows(joint_file) if joint_file.exists() else []:
            for name in (row["name"], *_split(row["aliases"])):
                self._joint[normalise(name)] = _split(row["members"])
        # Every name of a place -> the row it names. A current area wins over a group or a former area of the
        # same name, and a group over a former area ("Durham" is County Durham, not the former city district).
        rank = {True: 0, False: 1}
        self._names: dict[str, str] = {}
        for area in self.areas.values():
            for name in (area.name, *area.aliases):
                for key in {normalise(name), _text_key(name)}:
                    held = self.areas.get(self._names.get(key, ""))
                    if held is None or (rank[area.current], area.kind not in _GROUP_KINDS) < (
                        rank[held.current],
                        held.kind not in _GROUP_KINDS,
                    ):
                        self._names[key] = area.name
        ordered = sorted({*self._names, *self.merged, *self._joint}, key=len, reverse=True)
        self._place_rx = re.compile(r"\b(" + "|".join(re.escape(n) for n in ordered) + r")\b")
        # the same names without the joint bodies' ("city and hackney"), to read the places inside one
        plain = [n for n in ordered if n not in self._joint]
        self._plain_rx = re.compile(r"\b(" + "|".join(re.escape(n) for n in plain) + r")\b")
        one = (
            r"(?:the )?(?:(?:city|borough|county|district|county borough|metropolitan borough|london borough|"
            r"royal borough|city and county) of )?(?:" + "|".join(re.escape(n) for n in ordered) + r")"
            r"(?: (?:city|borough|district|county|county borough|metropolitan borough|metropolitan district))?"
        )
        self._place_list_rx = re.compile(rf"(?:and )?{one}(?: and {one})*")
        self._force_names: dict[str, str] = {}
        for force in self.forces.values():
            for name in (force.name, *force.aliases):
                self._force_names[normalise(name)] = force.force_id
        ordered_forces = sorted(self._force_names, key=len, reverse=True)
        self._force_rx = re.compile(r"\b(" + "|".join(re.escape(n) for n in ordered_forces) + r")\b")
        self._generic_force_rx = re.compile(
            r"\b((?:[a-z]+ ){1,4})(?:constabulary|police(?! and crime)(?! fire and crime))\b"
        )

    # --- members -------------------------------------------------------------------------------------
    def members(self, name: str) -> frozenset[str]:
        """The current areas a row stands for whole: itself, or a group's (county's) current member areas."""
        area = self.areas[name]
        if area.current:
            return frozenset({name})
        if area.kind in _GROUP_KINDS:
            held = frozenset(a.name for a in self.areas.values() if a.current and a.county == name)
            # a police area's name that is no county's ("Sussex", "Thames Valley"): the force's whole area
            return held or (self.area_of("police_force", area.police_force) if area.police_force else held)
        return frozenset()

    def area_of(self, kind: BodyKind, body: str) -> frozenset[str]:
        """The current areas a body covers (by its id in ``kind``'s column)."""
        return frozenset(a.name for a in self.areas.values() if a.current and a.body(kind) == body)

    # --- CSPs ----------------------------------------------------------------------------------------
    def place_names(self, text: str) -> list[str]:
        """The rows (by name) whose names appear in ``text``, in order, each once."""
        found: list[str] = []
        # "London Borough of Hackney" is Hackney, not London ("City of London" stays the City)
        for key in self._place_keys(_LONDON_BOROUGH.sub(" ", _text_key(text))):
            names = self.merged.get(key) or self._joint.get(key) or (self._names[key],)
            found.extend(n for n in names if n not in found)
        return found

    def _place_keys(self, norm: str) -> list[str]:
        """The place names (keys) in a normalised text, left to right. A merged CSP's brand name gives way to a
        place that starts inside it and runs on past it ("safer vale" is the Vale of Glamorgan's partnership, but
        "safer vale royal" names Vale Royal, and "safer vale of white horse" the Vale of White Horse)."""
        keys: list[str] = []
        pos = 0
        while (m := self._place_rx.search(norm, pos)) is not None:
            key, end = m.group(1), m.end()
            if key in self.merged or key in self._joint:
                for inner in re.finditer(r" ", norm[m.start() : end]):
                    longer = self._place_rx.match(norm, m.start() + inner.end())
                    if (
                        longer is not None
                        and longer.end() > end
                        and longer.group(1) not in self.merged
                        and longer.group(1) not in self._joint
                    ):
                        key, end = longer.group(1), longer.end()
                        # a joint name gives way to its own first place ("cardiff and vale of glamorgan" is
                        # Cardiff, then the Vale of Glamorgan), not to the place after it
                        first = self._plain_rx.match(norm, m.start()) if m.group(1) in self._joint else None
                        if first is not None:
                            key, end = first.group(1), first.end()
                        break
            keys.append(key)
            pos = end
        return keys

    def is_place_list(self, text: str) -> bool:
        """Whether ``text`` is only places: one, or several joined by commas, "and" and "&" (a merged CSP's
        districts), each perhaps with its council's word ("Wokingham Borough", "City of York", "the London
        Borough of Ealing")."""
        parts = [_text_key(p) for p in text.split(",")]
        return all(parts) and all(self._place_list_rx.fullmatch(p) for p in parts)

    def place_counts(self, text: str) -> Counter[str]:
        """How often each place (an area's name, or a merged CSP's first name) is named in a text, police
        forces' names left out ("South Yorkshire Police" names the force, not the review's area)."""
        norm = self._force_rx.sub(" ", _LONDON_BOROUGH.sub(" ", _text_key(text)))
        counts: Counter[str] = Counter()
        for key in self._place_keys(norm):
            if key in self._joint:
                continue  # "City and Hackney" names a joint body's area, not the place the report is about
            # a merged CSP counts once under its first name, whichever of its names is written ("NHS Kernow" and
            # "Cornwall & Isles of Scilly" both name Cornwall's partnership)
            counts[self._merged_first[key] if key in self.merged else self._names[key]] += 1
        return counts

    def resolve(self, text: str | None) -> CspArea | None:
        """The CSP named by ``text`` ("Safer Leeds", "Adur & Worthing CSP", "Corby"), or None."""
        if not text or not text.strip():
            return None
        names = self.place_names(text)
        if not names:
            names = self._fuzzy(text)
        if not names:
            return None
        covered, partial = self.coverage(names)
        areas = tuple(self.areas[n] for n in names)
        return CspArea(name=text.strip(), areas=areas, covered=covered, partial=partial)

    def coverage(self, names: Sequence[str]) -> tuple[frozenset[str], frozenset[str]]:
        """The current areas the named areas cover whole, and those a former district covers only in part (its
        successor)."""
        covered: set[str] = set()
        partial: set[str] = set()
        for name in names:
            whole = self.members(name)
            covered |= whole
            if not whole and self.areas[name].successor:
                partial.add(self._current_successor(self.areas[name]))
        return frozenset(covered), frozenset(partial)

    def _current_successor(self, area: Area) -> str:
        seen = {area.name}
        while not area.current and area.successor and area.successor not in seen:
            seen.add(area.successor)
            area = self.areas[area.successor]
        return area.name

    def _fuzzy(self, text: str) -> list[str]:
        """Close spellings of the place words left once the partnership words are taken out."""
        rest = _NOISE.sub(" ", normalise(text))
        pieces = [p.strip() for p in re.split(r"\band\b", rest) if p.strip()]
        found: list[str] = []
        for piece in pieces or [rest.strip()]:
            match = difflib.get_close_matches(piece, list(self._names), n=1, cutoff=0.85)
            if match and self._names[match[0]] not in found:
                found.append(self._names[match[0]])
        return found

    # --- bodies --------------------------------------------------------------------------------------
    def force_named(self, text: str) -> Force | None:
        """The police force a text names ("Kent Police", "Devon & Cornwall Police", "Staffordshire Police")."""
        norm = normalise(text)
        m = self._force_rx.search(norm)
        if m is not None:
            return self.forces[self._force_names[m.group(1)]]
        for g in self._generic_force_rx.finditer(norm):
            # "<place> Police": the force whose area holds the place ("Stoke Police" -> Staffordshire)
            places = self.place_names(g.group(1))
            if places:
                return self.forces.get(self.areas[places[-1]].police_force)
        return None

    def icb_named(self, name: str) -> str | None:
        """The id of the ICB (or Welsh health board) whose whole name is ``name`` with its "NHS" and its body word
        ("NHS North East and North Cumbria Integrated Care Board", "Hywel Dda University Health Board",
        "North East London ICB" -> ``nenc``, ``hywel_dda``, ``ne_london``), or None: a name read place by place
        would miss these ("North East London" is no place of the table, "Cumbria" only a part)."""
        key = _ICB_WORDS.sub("", normalise(name)).strip()
        return self._icb_names.get(key)

    def csps_in(self, kind: BodyKind, body: str) -> int:
        """How many current CSP areas (districts, unitaries, boroughs) a body covers."""
        return len(self.area_of(kind, body))

    def covers_whole(self, csp: CspArea, kind: BodyKind, body: str) -> bool:
        """Whether the CSP's area is the body's whole area (so the body's change is local).

        True when the CSP covers every current area of the body, or when the CSP is county-level and the
        body lies inside its police force's area and the force counts the county as its home ("For a
        county-level review the county is the local area", labelling guide: Kent Police, Kent and Medway ICB
        and Kent Fire and Rescue for a Kent review).
        """
        return self.covers_area(csp, self.area_of(kind, body))

    def covers_area(self, csp: CspArea, area: frozenset[str]) -> bool:
        """Whether the CSP's area is the whole of ``area`` (current area names), as :meth:`covers_whole`."""
        if not area:
            return False
        area = without_minor(area)
        if area <= csp.covered:
            return True
        return any(self._home_force_covers(csp, force_id, area) for force_id in csp.bodies("police_force"))

    def _home_force_covers(self, csp: CspArea, force_id: str, area: frozenset[str]) -> bool:
        force = self.forces.get(force_id)
        if force is None or not area <= self.area_of("police_force", force_id):
            return False
        homes = {normalise(h) for h in force.home_counties}
        names = {normalise(n) for a in csp.areas for n in (a.name, *a.aliases)}
        return bool(homes & names)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def _split(value: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in value.split(";") if p.strip())


@lru_cache(maxsize=1)
def geography() -> Geography:
    """The tables, loaded once per process."""
    return Geography()


@lru_cache(maxsize=4096)
def resolve_csp(text: str | None) -> CspArea | None:
    """The CSP a name stands for, or None when no place of England and Wales is recognised in it."""
    return geography().resolve(text)


def force_for(csp: CspArea) -> Force | None:
    """The police force of the CSP's area (the force of most of it, for a CSP across a force boundary)."""
    ids = csp.bodies("police_force")
    return geography().forces.get(ids[0]) if ids else None


def covers_whole_force(csp: CspArea, force: Force | None = None) -> bool:
    """Whether the CSP's area is the whole area of ``force`` (default: its own force)."""
    force = force or force_for(csp)
    return force is not None and geography().covers_whole(csp, "police_force", force.force_id)


def covers_whole(csp: CspArea, kind: BodyKind, body: str) -> bool:
    """Whether the CSP's area is the whole area of the body ``body`` of ``kind`` (see :meth:`Geography.covers_whole`)."""
    return geography().covers_whole(csp, kind, body)
