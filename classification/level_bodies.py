"""The addressee's area in a recommendation's level: which body is asked (a police force or its unit, an ICB,
a fire and rescue service, a probation region, an ambulance trust, a county council's service or board), the
area it covers, and whether that area is the commissioning CSP's own (``local``) or wider (``regional``) -
with the place rules that go with them: a change confined to the CSP's place, written across a wider place, or
asked of a partnership or council named after one. :mod:`classification.level` weighs these with the text's own
national and regional cues (labelling guide, "level").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from classification.geography import Area, CspArea, Geography, geography, normalise, resolve_csp

#: Addressees whose area is always wider than one CSP (ambulance trusts, MATAC) or is the force's (the PCC).
REGIONAL_AGENCIES = frozenset({"ambulance_service", "matac", "police_and_crime_commissioner"})

# --- the police rule when the CSP is not on the map (fictional or unrecognised names) -----------------------
FORCE_NAME = re.compile(
    r"\b((?:[A-Z][\w'&]+\s+){1,4})(?:Constabulary|Police(?:\s+Service|\s+Force)?)\b(?!\s+and\s+Crime)"
)
_NOT_AREA = {"The", "the", "All", "Local", "British", "Transport", "Neighbourhood", "Response", "Force"}
# a unit of a force (its change is the unit's, not force-wide) and a force-wide scope written out
_FORCE_UNIT = re.compile(
    r"\b(basic command units?|BCUs?|borough command units?|command units?|local policing (areas?|units?|teams?)|"
    r"(safer )?neighbourhood (policing )?(teams?|officers)|(area|district|borough|local) commands?|"
    # a force's teams for a place under other names ("its community policing team for Central Bedfordshire",
    # "the Charnwood neighbourhood policing area")
    r"community policing (teams?|units?)|(neighbourhood|community) policing areas?|"
    # probation's local units: a change for the office or delivery unit that serves the CSP's area
    r"probation delivery units?|PDUs?|local delivery units?|LDUs?|(the|that|this|relevant|local) (probation )?office)\b",
    re.I,
)
FORCE_WIDE = re.compile(
    r"\b(force(?:- ?| )?wide|across the force|all (officers|staff) (in|of|across) the force)\b", re.I
)
_CSP_WORDS = {
    "Safer", "Safe", "Stronger", "Community", "Communities", "Safety", "Partnership", "Board", "Crime",
    "Reduction", "The", "and", "City", "Borough", "District", "County", "Council", "Neighbourhoods", "Places",
    "Domestic", "Homicide", "Review", "Overview", "Report",
}  # fmt: skip


#: An ICB's team for one of its places, after the place's name ("Calderdale place team", "Newham place-based
#: partnership", "Halton place", "Sunderland locality team"): ICBs work through a "place" per council area.
PLACE_TEAM = (
    r"(?:place|locality)(?:[- ]based)?(?:\s+(?:partnership|teams?|board|committee|commissioning\s+team))?\b"
)


_PLACE_TEAM_NAMED = re.compile(
    r"\b([A-Z][\w'\u2019-]*(?:\s+(?:and|&|upon|on|of)\s+[A-Z][\w'\u2019-]*|\s+[A-Z][\w'\u2019-]*){0,3})"
    rf"(?:['\u2019]s)?\s+(?:{PLACE_TEAM}|teams?\s+of\b)"
)


def place_team(text: str) -> list[str]:
    """The places of an ICB's place team the text names ("the ICB's Calderdale place team", "the Newham
    place-based partnership", "the Sunderland team of NHS ... ICB"), as area rows; [] when none is named."""
    geo = geography()
    for m in _PLACE_TEAM_NAMED.finditer(text):
        words = m.group(1).split()
        # the place is the name's last words ("The ICB's Calderdale" -> "Calderdale"), at most four
        for i in range(len(words)):
            name = " ".join(words[i:])
            if geo.is_place_list(name) and (names := geo.place_names(name)):
                return names
    return []


def confined_to(text: str, csp: str, for_place: bool = False) -> bool:
    """Whether the text confines the change to the commissioning CSP's own place ("... in the Ashdown district");
    with ``for_place``, also a change written for it ("a strategy for Norfolk")."""
    area = resolve_csp(csp)
    if area is not None:  # the place's names ("in Hull" for Kingston upon Hull; not "London" for Hackney)
        places = [n for a in area.areas for n in (a.name, *a.aliases)]
    else:
        places = [w for w in csp.split() if w not in _CSP_WORDS and len(w) > 2]
    if not places:
        return False
    place = (
        "(" + "|".join(re.escape(w) for w in places) + ")"
    )  # any word of it: "in Marlowe" for Marlowe Vale
    return bool(
        re.search(
            rf"\b(in|within|across|throughout{'|for' if for_place else ''})\s+(the\s+)?{place}\b"
            # not the first of several places ("in Scarborough and Ryedale" reaches past Scarborough)
            r"(?!\s+(review|dhr|case|panel|partnership)\b)(?!\s*(?:,|and\b|&)\s*(?:the\s+)?[A-Z])",
            text,
        )
        # the place as the force's or service's unit: "the Brighton and Hove district's officers", "officers of
        # the Kirklees policing district", "the Canterbury community policing team"
        or re.search(
            rf"\b{place}(['\u2019]s)?\s+((district|neighbourhood|community|local)\s+)?(policing\s+)?"
            r"(district|division|area|command|office|teams?|unit|delivery unit)\b",
            text,
        )
        # an ICB's team for the place (its "place" or locality): "the ICB's Calderdale place team", "the
        # Newham place-based partnership", "the Halton place"
        or re.search(rf"\b{place}(['\u2019]s)?\s+{PLACE_TEAM}", text)
    )


# a change written across a named place, or for every body in it ("across Kent", "all agencies in Kent")
_ACROSS_PLACE = re.compile(
    r"\b(?:(?i:across|throughout)\s+(?:the\s+)?|(?i:all|every)\b[\w' -]{0,40}?\b(?:in|within|across)\s+(?:the\s+)?)"
    r"(?:county\s+of\s+)?([A-Z][\w'&-]*(?:\s+(?:and|&|upon|on)\s+[A-Z][\w'&-]*|\s+[A-Z][\w'&-]*){0,3})"
)

# a scope written as the place's own ("an Essex-wide helpline", "pan-Cheshire", "Greater Manchester wide")
_PLACE_WIDE = re.compile(
    r"\b(?i:pan)(?:- ?| )([A-Z][\w'&]*(?:\s+(?:and|&)\s+[A-Z][\w'&]*|\s+[A-Z][\w'&]*){0,2})"
    r"|\b([A-Z][\w'&]*(?:\s+(?:and|&)\s+[A-Z][\w'&]*|\s+[A-Z][\w'&]*){0,2})(?:- ?| )(?i:wide)\b"
)


def wider_place(text: str, csp: CspArea) -> str | None:
    """A place the change is written across that holds the CSP's area and more (a district's county), or None."""
    geo = geography()
    own = csp.covered | csp.partial
    for m in (*_ACROSS_PLACE.finditer(text), *_PLACE_WIDE.finditer(text)):
        for name in geo.place_names(m.group(m.lastindex or 1)):
            members = geo.members(name) or frozenset({geo.areas[name].successor}) - {""}
            if own and own < members:
                return name
    return _city_and_county(geo, text, csp)


# "the city and the county" written as the change's scope (not "the City and County of Swansea", a council)
_CITY_AND_COUNTY = re.compile(
    r"\b(?:the\s+)?city\s+and\s+(?:the\s+)?county\b(?!\s+of\b)|\b(?:the\s+)?county\s+and\s+(?:the\s+)?city\b"
)


def _city_and_county(geo: Geography, text: str, csp: CspArea) -> str | None:
    """ "The city and the county" in the review of a county whose police area also holds a unitary city (or in
    the city's review): the change covers both council areas, more than the CSP's (Derby and Derbyshire,
    Nottingham and Nottinghamshire); a county whose city is one of its districts (Norwich in Norfolk) has none
    outside it, so the phrase stays inside the county."""
    if not _CITY_AND_COUNTY.search(text):
        return None
    own = csp.covered | csp.partial
    for force_id in csp.bodies("police_force")[:1]:
        force_area = geo.area_of("police_force", force_id)
        cities = {n for n in force_area if _is_city(geo.areas[n])}
        if own < force_area and ((csp.county_level and cities - own) or (own and own <= cities)):
            return "the city and the county"
    return None


def _is_city(area: Area) -> bool:
    """A unitary city ("Derby City", "City of York")."""
    return area.kind == "unitary" and any("city" in normalise(n).split() for n in area.aliases)


AREA_BODY = re.compile(
    r"\b(Partnership|Board|Council|Authority|Group|Network|Committee|Alliance|Mayor|Unit)\b"
)
# providers, local whatever place they are named after ("Cumbria Partnership NHS Foundation Trust")
PROVIDER = re.compile(
    r"\b(Trusts?|Hospitals?|NHS|Homes|Housing|Association|Aid|Refuge|Practices?|Surgery|University|College|"
    r"School|CIC|Ltd|Limited|Charity)\b"
)
_VERB = re.compile(r"\b(should|must|shall|will|to|is|are|needs?|has|have)\b", re.I)


def wider_body(text: str, csp: CspArea, context: str | None = None) -> str | None:
    """A partnership, board or council asked (the sentence's subject, or the heading or Lead cell ``context``
    when the sentence names none: :func:`_unnamed`) that is named after a place holding the CSP's area and more
    ("the Greater Manchester Health and Social Care Partnership" in Stockport's review; "The Mayor should ..."
    under "Mayor of West Yorkshire" in Calderdale's); providers (trusts, hospitals, housing) are left to their
    own rules (local). A body whose area is the local area of a county-level review is left out."""
    named = text[: m.start()] if (m := _VERB.search(text)) else ""
    geo = geography()
    heading = heading_body(text, context)
    by_heading = heading is not None and not confined_to(text, csp.name)
    if by_heading:
        # the heading or Lead cell names the body asked; not when the change is confined to the CSP's own place
        # (that part of a wider body is local)
        named = heading or ""
    if not AREA_BODY.search(named) or FORCE_NAME.search(named) or PROVIDER.search(named):
        return None  # a heading is left out: over a sentence with its own subject it is not the addressee
    if regional_name(named):
        # a body named as a region's ("Cardiff and Vale Regional Safeguarding Board", "the Regional Partnership
        # Board"): its area is several CSPs' by its own name, whatever places the name holds
        return f"{' '.join(named.split())[:80]} (a regional body by its name)"
    own = csp.covered | csp.partial
    names = geo.place_names(named)
    # the places of the name together: "Kent and Medway ..." covers both, wider than Medway's own area
    members = frozenset().union(*(geo.members(n) or {geo.areas[n].successor} for n in names)) - {""}
    # a body whose area is the CSP's own by the area rules (a county-level review's police area; the City of
    # London beside a neighbour: :meth:`Geography.covers_area`) is not wider
    if own and own < members and not geo.covers_area(csp, members):
        return f"{' '.join(named.split())[:80]} (named after {' and '.join(names)})"
    return None


_REGIONAL_NAME = re.compile(r"\bRegional\b")
# words that name a body only by its kind ("The Mayor", "The Board", "the ICB"), not by a name of its own
_KIND_WORDS = frozenset(
    "the a an its their this that mayor board partnership council authority group committee panel icb ccg trust "
    "service services team".split()
)
# the verbs an imperative recommendation opens with ("Publish a practice guide ...", "Write to ...")
_IMPERATIVE = frozenset(
    "ensure publish develop review brief commission provide consider share deliver update write produce raise "
    "establish undertake create introduce agree implement promote seek explore amend audit monitor issue fund "
    "make include offer train remind".split()
)


def heading_body(text: str, context: str | None) -> str | None:
    """The heading or Lead cell ``context`` when it names the body asked: the sentence has no subject of its own
    ("Publish a practice guide ...") or names the body only by its kind ("The Mayor should ..."); else None."""
    subject = text[: m.start()] if (m := _VERB.search(text)) else ""
    return context if context and context.strip() and _unnamed(subject) else None


def regional_name(name: str) -> bool:
    """Whether a body's name calls it a region's ("Cardiff and Vale Regional Safeguarding Board")."""
    return bool(_REGIONAL_NAME.search(name))


def _unnamed(subject: str) -> bool:
    """Whether a sentence's subject names no body of its own: none written (an imperative "Publish ..." or
    "Ensure that staff ..."), or only a kind of body ("The Mayor", "The Board") - so that the heading or Lead
    cell over it is the addressee's name. A place in it ("Medway Council") or a word of a name ("Gentoo")
    names one."""
    words = re.findall(r"[A-Za-z'\u2019]+", subject)
    if words and words[0].lower() in _IMPERATIVE:
        words = words[1:]
    if geography().place_names(subject):
        return False
    return all(w.lower() in _KIND_WORDS or not w[0].isupper() for w in words)


# officers placed in a town ("Officers based in Worksop ..."): a station's officers, not the force's
_BASED_IN = re.compile(
    r"\b(?i:officers|staff|teams?)\s+(?:based|stationed|working)\s+(?:in|at)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)


# a unit or officers placed at a town's police station ("the community safety unit at Tunbridge Wells police
# station", "officers at Worksop Police Station"): the station's, not the force's; the gap is bounded
_AT_STATION = re.compile(
    r"\b(?i:officers|staff|teams?|units?|sergeants?|inspectors?)\b[^.;:\n]{0,40}?\b(?i:at|in|from)\s+(?:the\s+)?"
    r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}?)\s+(?i:police\s+station)\b"
)


def not_force_wide(text: str, csp: str | None) -> bool:
    """A change asked of a unit of the force, or confined to the CSP's own place, unless written force-wide."""
    if FORCE_WIDE.search(text):
        return False
    area = resolve_csp(csp) if csp else None
    # a town the map does not hold, or a former district inside the CSP's area ("based in Barrow" for
    # Westmorland and Furness); another known area ("based in Kent") is left to the area rules
    in_town = any(
        _own_or_unmapped(m.group(1), area) for m in (*_BASED_IN.finditer(text), *_AT_STATION.finditer(text))
    )
    return bool(_FORCE_UNIT.search(text)) or in_town or (csp is not None and confined_to(text, csp))


def _own_or_unmapped(place: str, area: CspArea | None) -> bool:
    """Whether a place is not on the map (a town), or lies wholly inside the CSP's own area; with no CSP area
    known, whether it is one town or council area (not a county: a station serves a town)."""
    geo = geography()
    names = geo.place_names(place)
    if not names:
        return True
    if area is None:
        return len(names) == 1 and geo.areas[names[0]].kind not in ("county", "former_county", "area_group")
    return all(_inside(geo, area, n) for n in names)


def _inside(geo: Geography, area: CspArea, name: str) -> bool:
    """Whether the area row ``name`` (a current area, a former district, a county) lies inside the CSP's area."""
    if name in {a.name for a in area.areas}:
        return True
    # a former district is inside only a CSP that covers its whole successor (Barrow-in-Furness in Westmorland
    # and Furness), not another former district of the same unitary
    covered, partial = geo.coverage([name])
    return bool(covered | partial) and (covered | partial) <= area.covered


# a unit's name before it ("the Cherwell and West Oxfordshire local policing area", "Islington's safer
# neighbourhood teams") and what the text says it covers after it (", which covers Camden and Islington")
_UNIT_NAME = re.compile(r"(?<![\w'\u2019&-])((?:[A-Z][\w'\u2019&-]*\s+(?:(?:and|&)\s+)?){1,6})$")
_WINDOW = 300
_UNIT_COVERS = re.compile(
    r"^\s*(?:,\s*)?(?:\(\s*|(?:which|that)\s+(?:covers?|serves?|includes?|polices?|spans?)\s+|covering\s+|serving\s+|"
    # or the place it is for ("its community policing team for Central Bedfordshire")
    r"policing\s+|for\s+)"
    r"((?:(?:the\s+)?[A-Z][\w'\u2019&-]*(?:\s+|,\s*)(?:(?:and|&)\s+)?){1,8})"
)


# a unit named after its place and a unit noun ("officers of the Kirklees policing district", "the Wakefield
# district's safeguarding unit", "Dudley's neighbourhood officers", "the Isle of Wight district")
_PLACE_UNIT = re.compile(
    r"\b([A-Z][\w'\u2019&-]*(?:\s+(?:and|&|of|upon|on)\s+[A-Z][\w'\u2019&-]*|\s+[A-Z][\w'\u2019&-]*){0,4})"
    r"(?:['\u2019]s)?\s+(?:(?:district|borough|city)['\u2019]s\s+)?"
    r"(?:(?:district|neighbourhood|community|local|safeguarding|policing|safer)\s+)*"
    r"(?:district|division|command|teams?|unit|officers|delivery unit)\b"
)


def unit_places(text: str) -> list[tuple[str, list[str]]]:
    """Each unit of the force (or probation) the text names with its places: what the text says it covers
    (", which covers Camden and Islington"), else its name when the name is only places ("the Cherwell and West
    Oxfordshire local policing area", "Dudley's neighbourhood officers"; not "South Nottinghamshire", a part of
    a county named by its compass point). Units named for no place are left out."""
    geo = geography()
    out: list[tuple[str, list[str]]] = []
    for m in _FORCE_UNIT.finditer(text):
        # a window either side bounds the work on long text (a name of six words, a list of eight places)
        after = _UNIT_COVERS.match(text[m.end() : m.end() + _WINDOW] + " ")
        before = _UNIT_NAME.search(text[max(0, m.start() - _WINDOW) : m.start()])
        name = re.sub(r"^(?:The|the)\s+", "", before.group(1)).strip() if before else ""
        # what the text says it covers or is for, when that names places ("... for the victim" names none)
        said = after.group(1) if after and geo.place_names(after.group(1)) else ""
        part = said or (name if name and geo.is_place_list(name) else "")
        if part and (names := geo.place_names(part)):
            out.append((m.group(0), names))
    for m in _PLACE_UNIT.finditer(text):
        name = re.sub(r"^(?:The|the)\s+", "", m.group(1)).strip()
        if geo.is_place_list(name) and (names := geo.place_names(name)):
            out.append((re.sub(r"^['\u2019]s\s+", "", m.group(0)[len(m.group(1)) :].strip()), names))
    return out


def unit_wider(text: str, csp: CspArea) -> str | None:
    """A unit of the force (or probation) that the text names after, or says covers, places beyond the CSP's
    own area: "the Cherwell and West Oxfordshire local policing area" in Cherwell's review, "the Central North
    BCU, which covers Camden and Islington" in Islington's. Its change covers more than the CSP's area, so it
    is regional (labelling guide), where a unit for the CSP's own place is local. None when no such unit."""
    geo = geography()
    for unit, names in unit_places(text):
        if any(not _inside(geo, csp, n) for n in names):
            return f"the {unit} of {' and '.join(names)} covers more than {csp.label}"
    return None


def _own_unit(agency: str, text: str, csp: CspArea, local_why: str) -> BodyLevel | None:
    """A change asked of a unit of the force or probation, or confined to the CSP's place (:func:`not_force_wide`):
    regional when the text's unit covers places beyond the CSP's area (:func:`unit_wider`), else local with
    ``local_why``. None when the change is not so confined (the whole force's or region's area decides)."""
    if not not_force_wide(text, csp.name):
        return None
    if (unit := unit_wider(text, csp)) is not None:
        return BodyLevel(agency, "regional", unit)
    return BodyLevel(agency, "local", local_why)


def force_area_words(text: str) -> str | None:
    """'Gloucestershire Constabulary' -> 'Gloucestershire'; 'Metropolitan Police Service' -> 'Metropolitan'."""
    for m in FORCE_NAME.finditer(text):
        words = [w for w in m.group(1).split() if w not in _NOT_AREA and w != "and"]
        if words:
            return " ".join(words)
    return None


def force_named_after_other_area(force_words: str | None, csp: str) -> bool:
    """For a CSP not on the map: the force is named after another area than the CSP (so covers more)."""
    return bool(force_words) and not any(word in csp for word in (force_words or "").split() if len(word) > 3)


# --- geography ---------------------------------------------------------------------------------------------
ICB_NAME = re.compile(
    r"\b((?:NHS\s+)?(?:[A-Z][\w'&-]*,?\s+(?:(?:and|&|of|upon|on|with)\s+)?){1,7})"
    r"(?:CCGs?|ICBs?|ICS|Clinical Commissioning Groups?|Integrated Care (?:Boards?|Systems?))\b"
    r"|\bNHS\s+((?:[A-Z][\w'&-]*,?\s*(?:(?:and|&)\s+)?){1,5})"
)
_NATIONAL_FORCE = re.compile(
    r"\b(British Transport Police|BTP|Ministry of Defence Police|Civil Nuclear Constabulary)\b"
)
_ICB = re.compile(r"\b(ICBs?|Integrated Care (Boards?|Systems?))\b")
FIRE = re.compile(r"\bfire (and|&) rescue\b|\bfire (service|brigade|authority)\b", re.I)
_COUNTY_SERVICES = frozenset(
    {
        "adult_safeguarding_board",
        "safeguarding_adults_board",
        "children_safeguarding_board",
        "domestic_abuse_partnership_board",
        "adult_social_care",
        "childrens_social_care",
        "public_health",
        "local_authority",
        "local_authority_commissioners",
    }
)
#: Services and boards that in a two-tier county only the county council holds.
_COUNTY_ONLY = frozenset(
    {
        "adult_safeguarding_board",
        "safeguarding_adults_board",
        "children_safeguarding_board",
        "adult_social_care",
        "childrens_social_care",
        "public_health",
    }
)
_NAMED_COUNTY_COUNCIL = re.compile(r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+County\s+Council\b")
_COUNTY_BOARD = re.compile(
    r"\b((?:[A-Z][\w-]+\s+(?:(?:and|&)\s+)?){1,3})(?:Safeguarding (?:Adults|Children)(?:'s)? (?:Board|Partnership)|"
    r"(?:Local )?Safeguarding Children(?:'s)? Board|"
    r"Domestic Abuse (?:(?:Strategic|Partnership|Executive|Local Partnership|Steering)\s+)*(?:Board|Group))\b"
)
_COUNTY_COUNCIL = re.compile(r"\bthe county council\b", re.I)
_ISLE_OF_WIGHT = "Isle of Wight"


@dataclass(frozen=True, slots=True)
class BodyLevel:
    """The level one addressee's area gives, and why."""

    agency: str
    level: str
    basis: str


def _area_level(geo: Geography, csp: CspArea, area: frozenset[str], body: str) -> tuple[str, str]:
    n = f"{len(area)} CSP" + ("" if len(area) == 1 else "s")
    if geo.covers_area(csp, area):
        return "local", f"{body} covers {n}; {csp.label} is its whole area"
    if not area & (csp.covered | csp.partial):  # another area's body: its change reaches beyond the CSP
        return "regional", f"{body} covers {n}, not {csp.label}"
    return "regional", f"{body} covers {n}; {csp.label} is only part of it"


# words that show the police (or its commissioner) is the body asked or doing the work
_POLICE_WORD = re.compile(
    r"\b(?i:police|policing|officers?|constabulary|forces?|PCSOs?|BCUs?|call\s+handlers?|commissioner|OPCC|PCC|"
    r"MOPAC|mayor|detectives?|custody|sergeants?|inspectors?|MATAC|MARAC|MASH|DVPNs?|DVPOs?|Clare'?s\s+Law)\b"
)


def other_body_asked(text: str, context: str | None) -> bool:
    """Whether the sentence's subject names a body of its own in words that are not the police's (two or more
    words in capitals: "North Devon Against Domestic Abuse should offer ..."), and nothing in the text or heading
    is the police's: a police agency read there is no force's, so the force's area does not decide its level. An
    acronym subject ("WMP should ...") may be a force's, and stays with the force."""
    subject = text[: m.start()] if (m := _SUBJECT_END.search(text)) else ""
    named = [
        w
        for w in re.findall(r"[A-Za-z'\u2019]+", subject)
        if w[0].isupper() and not w.isupper() and w != "The"
    ]
    return len(named) >= 2 and not _POLICE_WORD.search(f"{text} {context or ''}")


def _police(geo: Geography, csp: CspArea, agency: str, text: str, context: str | None) -> BodyLevel | None:
    if _NATIONAL_FORCE.search(f"{text} {context or ''}"):
        return None  # British Transport Police (and the like) cover Great Britain: not a question of the CSP's area
    force = geo.force_named(f"{text} {context or ''}")
    if force is None and other_body_asked(text, context):
        return None  # a police agency read for a body that is none ("X Against Domestic Abuse should ...")
    if force is None:
        ids = csp.bodies("police_force")
        force = geo.forces.get(ids[0]) if ids else None
    if force is None:
        return None
    own_part = f"a change for the CSP's own part of {force.name}"
    if agency == "police" and (own := _own_unit(agency, text, csp, own_part)) is not None:
        return own
    area = geo.area_of("police_force", force.force_id)
    body = force.name if agency == "police" else f"the PCC of {force.name}"
    level, why = _area_level(geo, csp, area, body)
    return BodyLevel(agency, level, why)


def _icb(geo: Geography, csp: CspArea, text: str, context: str | None) -> BodyLevel | None:
    joined = f"{text} | {context or ''}"
    for m in ICB_NAME.finditer(joined):
        named = m.group(1) or m.group(2) or ""
        places = geo.place_names(named)
        if places and set(places) <= {a.name for a in csp.areas}:
            # named after the CSP's own place: a former district's CCG is its area, though the district is
            # now part of a unitary ("NHS Aylesbury Vale CCG" in Aylesbury Vale's review)
            body = " ".join(named.split())
            return BodyLevel(
                "integrated_care_board", "local", f"{body} is named after {csp.label}, its own area"
            )
        if (icb := geo.icb_named(named)) is not None:
            # an ICB's or health board's own name: its area from the table, where its words are not its places
            # ("North East and North Cumbria", "North East London", "Hywel Dda")
            return _icb_level(geo, csp, geo.area_of("icb", icb), " ".join(named.split()), text)
        if places:
            area = frozenset().union(*(geo.members(p) or {geo.areas[p].successor} for p in places)) - {""}
            return _icb_level(geo, csp, area, " ".join(named.split()), text)
    if not _ICB.search(joined):
        # a CCG, or commissioners under another name ("Manchester Health and Care Commissioning"), not named
        # by place: CCGs were often one borough's, so the area is unknown and the model decides
        return None
    ids = csp.bodies("icb")
    if not ids:
        return None
    return _icb_level(geo, csp, geo.area_of("icb", ids[0]), "the ICB", text)


def _icb_level(geo: Geography, csp: CspArea, area: frozenset[str], body: str, text: str) -> BodyLevel:
    """An ICB's level by its area: regional when it covers more than the CSP's area, even when the CSP is most of
    it (Norfolk and Waveney for Norfolk; labelling guide: regional = a change covering more than the CSP's
    area), unless the text confines the change to the CSP's place ("a strategy for Norfolk", "practices in
    Norfolk"), as a force's change confined to the CSP's place is local."""
    level, why = _area_level(geo, csp, area, body)
    if (
        level == "regional"
        and area & (csp.covered | csp.partial)
        and confined_to(text, csp.name, for_place=True)
    ):
        level, why = "local", f"a change for the CSP's own part of {body}"
    return BodyLevel("integrated_care_board", level, why)


def _fire(geo: Geography, csp: CspArea) -> BodyLevel | None:
    ids = csp.bodies("fire_service")
    if not ids:
        return None
    level, why = _area_level(geo, csp, geo.area_of("fire_service", ids[0]), "the fire and rescue service")
    return BodyLevel("fire_service", level, why)


def _county_service(
    geo: Geography, csp: CspArea, agency: str, text: str, context: str | None
) -> BodyLevel | None:
    """A county council's service or a board named after a county covers more than the CSP's area: the review
    of one district of that county, a county council or board asked in a neighbouring unitary's review (another
    county's area altogether), a board named after several places ("... and ... Safeguarding Adults Board") or
    known only by its initials."""
    joined = f"{text} | {context or ''}"
    districts = [a for a in csp.areas if a.kind in ("district", "former_district") and a.county in geo.areas]
    if districts and not csp.county_level:
        county = districts[0].county
        named = [n for m in _NAMED_COUNTY_COUNCIL.finditer(joined) for n in geo.place_names(m.group(1))]
        # the county's council, or a board named after the county ("Essex Safeguarding Adults Board")
        boards = [n for m in _COUNTY_BOARD.finditer(joined) for n in geo.place_names(m.group(1))]
        # in a two-tier county social care, public health and the safeguarding boards are the county council's
        # (a district has none), named or not, when asked (the subject or heading, not a service referred to)
        # and the change is not confined to the district
        county_only = (
            agency in _COUNTY_ONLY
            and geo.areas[county].kind == "county"
            and agency in _asked_agencies(text, context)
            and not confined_to(text, csp.name)
        )
        if county in named or county in boards or _COUNTY_COUNCIL.search(joined) or county_only:
            n = len(geo.members(county)) or "several"
            return BodyLevel(
                agency,
                "regional",
                f"a county-wide body of {county} covers {n} districts; {csp.label} is one of them",
            )
    own = csp.covered | csp.partial
    # the body asked (the sentence's subject, or the heading or Lead cell), not one named as a partner later
    asked = _asked(text, context)
    for m in (*_NAMED_COUNTY_COUNCIL.finditer(asked), *_COUNTY_BOARD.finditer(asked)):
        names = geo.place_names(m.group(1))
        members = frozenset().union(*(geo.members(n) for n in names))
        # a body of several CSPs' areas (one unitary's "County Council" is its own) that holds more than the CSP's
        # area or lies outside it
        # (the City of London beside Hackney does not make "City and Hackney" wider than Hackney's own area)
        if (
            own
            and len(members) > 1
            and (own < members or not own & members)
            and not geo.covers_area(csp, members)
        ):
            body = " ".join(m.group(0).split())
            return BodyLevel(agency, "regional", f"{body} covers {len(members)} CSPs, more than {csp.label}")
    return _other_council(geo, csp, agency, asked) or _board_initials(geo, csp, agency, asked)


# a council asked by its place's name ("Southend-on-Sea City Council", "Thurrock Council", "Durham County
# Council"); its name's words before "Council" are read as places
_COUNCIL_NAME = re.compile(r"\b((?:[A-Z][\w'\u2019-]*\s+(?:(?:and|&|of|upon|on|with)\s+)?){1,6})Council\b")
# a council asked by its style with its place after it, no "Council" written ("The London Borough of Bexley
# should ...", "the Royal Borough of Greenwich", "the City of Wolverhampton")
_COUNCIL_OF = re.compile(
    r"\b(?:London\s+Borough|Royal\s+Borough|Metropolitan\s+Borough|County\s+Borough|City\s+and\s+County|Borough|City)"
    r"\s+of\s+([A-Z][\w'\u2019-]*(?:\s+(?:and|&|upon|on)\s+[A-Z][\w'\u2019-]*|\s+[A-Z][\w'\u2019-]*){0,3})"
)


def _other_council(geo: Geography, csp: CspArea, agency: str, asked: str) -> BodyLevel | None:
    """A council of another area asked (the sentence's subject, or the heading or Lead cell): its change is in a
    neighbouring area, beyond the CSP's own ("Southend-on-Sea City Council should ensure that its housing team
    ..." in Castle Point's review), so regional as the other area's police or ICB would be (labelling guide:
    regional = a change covering more than the CSP's area). The unitaries of a county-level review's own police
    area are its local area (:meth:`Geography.covers_area`), and so are left out."""
    own = csp.covered | csp.partial
    for m in (*_COUNCIL_NAME.finditer(asked), *_COUNCIL_OF.finditer(asked)):
        names = geo.place_names(m.group(1))
        members = frozenset().union(*(geo.members(n) or {geo.areas[n].successor} for n in names)) - {""}
        if own and members and not members & own and not geo.covers_area(csp, members):
            body = " ".join(m.group(0).split())
            return BodyLevel(agency, "regional", f"{body} is another area's council, not {csp.label}'s")
    return None


def _asked(text: str, context: str | None) -> str:
    """The body asked: the sentence's subject (before its verb), and the heading or Lead cell."""
    return f"{text[: m.start()] if (m := _SUBJECT_END.search(text)) else ''} | {context or ''}"


def _asked_agencies(text: str, context: str | None) -> set[str]:
    from classification.agencies import find_agencies  # the gazetteer loads on first use

    return {m.agency for m in find_agencies(_asked(text, context))}


# a safeguarding or domestic abuse board written as its place's initials and the board's ("KMSAB", "HSCP");
# "LSCB" is a Local Safeguarding Children Board, no place
_BOARD_INITIALS = re.compile(r"\b(?!LSCB\b)([A-Z]{1,3})(SAB|SAP|SCP|SCB|SCPB|DAPB|DASB)\b")
_SMALL = frozenset({"and", "of", "upon", "on", "the", "in", "with"})


def _initials(name: str) -> str:
    return "".join(w[0].upper() for w in re.findall(r"[\w']+", name) if w.lower() not in _SMALL)


def _board_initials(geo: Geography, csp: CspArea, agency: str, asked: str) -> BodyLevel | None:
    """A board known by initials: the places whose initials they start with, among the councils with social care
    near the CSP (its own, its county, the counties and unitaries of its police force; boards are theirs, never a
    district's), when one reading fits; local when those places are the CSP's area, regional when wider."""
    m = _BOARD_INITIALS.search(asked)
    if m is None:
        return None
    prefix = m.group(1)
    force = set(csp.bodies("police_force"))
    near = {a.name for a in csp.areas} | {a.county for a in csp.areas if a.county in geo.areas}
    near |= {a.name for a in geo.areas.values() if a.police_force in force}
    near = {n for n in near if geo.areas[n].kind not in ("district", "former_district") and geo.members(n)}
    readings: set[frozenset[str]] = set()
    for first in near:
        if _initials(first) == prefix:
            readings.add(frozenset({first}))
        for second in near - {first}:
            if _initials(first) + _initials(second) == prefix:
                readings.add(frozenset({first, second}))
    if len(readings) != 1:
        return None  # no reading, or several: the model decides
    names = sorted(readings.pop())
    members = frozenset().union(*(geo.members(n) for n in names))
    own = csp.covered | csp.partial
    body = f"{m.group(0)} ({' and '.join(names)})"
    if members <= own or geo.covers_area(csp, members):
        return BodyLevel(agency, "local", f"{body} is {csp.label}'s own board")
    return BodyLevel(agency, "regional", f"{body} covers {len(members)} CSPs, more than {csp.label}")


def geography_levels(
    agencies: Iterable[str], text: str, context: str | None, csp: CspArea
) -> list[BodyLevel]:
    """The level each addressee with an area gives for this CSP (addressees without one are left out)."""
    geo = geography()
    out: list[BodyLevel] = []
    for agency in agencies:
        found: BodyLevel | None = None
        if agency in ("police", "police_and_crime_commissioner"):
            found = _police(geo, csp, agency, text, context)
        elif agency == "integrated_care_board":
            found = _icb(geo, csp, text, context)
        elif agency == "ambulance_service":
            if {a.name for a in csp.areas} == {_ISLE_OF_WIGHT}:
                found = BodyLevel(
                    agency, "local", "the Isle of Wight's ambulance service is the island's own"
                )
            else:
                found = BodyLevel(agency, "regional", "an ambulance trust covers many CSPs")
        elif agency == "probation_service":
            found = _own_unit(agency, text, csp, "a change for the CSP's own probation delivery")
            if found is None:
                region = csp.bodies("probation_region")
                n = len(geo.area_of("probation_region", region[0])) if region else 0
                found = BodyLevel(agency, "regional", f"the probation region covers {n} CSPs")
        elif agency == "other" and FIRE.search(f"{text} {context or ''}"):
            found = _fire(geo, csp)
        elif agency in _COUNTY_SERVICES:
            found = _county_service(geo, csp, agency, text, context)
        elif agency == "housing":
            # a council's housing service (a housing association is a provider: local, so only a council named)
            found = _other_council(geo, csp, agency, _asked(text, context))
        if found is not None:
            out.append(found)
    if not any(b.agency == "fire_service" for b in out) and fire_addressed(text, context):
        # a fire and rescue service as the subject or heading, whatever the agencies read ("Kent Fire and Rescue
        # Service should refer ..." read as a council or MARAC)
        found = _fire(geo, csp)
        if found is not None:
            out.append(found)
    return out


_SUBJECT_END = re.compile(r"\b(should|must|shall|will|to|is|are|needs?|has|have)\b", re.I)


def fire_addressed(text: str, context: str | None) -> bool:
    """Whether a fire and rescue service is the one asked: named in the heading or Lead cell, or in the
    sentence's subject (before its verb); a fire service named later is a partner or a recipient."""
    subject = text[: m.start()] if (m := _SUBJECT_END.search(text)) else ""
    return bool(FIRE.search(subject) or (context and FIRE.search(context)))
