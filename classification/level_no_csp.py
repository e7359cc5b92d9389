"""A recommendation's level when the commissioning CSP is not known: the most probable reading of the text alone.

The labelling guide decides most levels from geography (regional when the body asked covers more than the
commissioning CSP's area). Without the CSP the classifier cannot know whether, say, Kent Police is the county's
own force (a Kent review: local) or covers a district and more (a Maidstone review: regional), so it reads what
the text itself gives, in this order:

1. a unit of the force or of probation (a BCU, a local policing area, officers based in a town) is local, unless
   the unit is named for or said to cover several council areas;
2. a scope written across more than one council area ("in all five boroughs", "across Kent and Medway",
   "pan-London", "force-wide") is regional; one written for a single council area ("in Lewisham") is local;
3. a body whose area holds several CSPs' areas - a police force or PCC, a fire and rescue service, a probation
   region, an ICB named by place or not named, a county council or a board named after a county - is regional:
   most reviews are commissioned by a district, borough or unitary smaller than such a body (the county's own
   review, where they are local, is the exception);
4. otherwise the level model's reading stands.

Each reading's confidence is lower than the same reading with the CSP known, and its basis starts "no CSP
known:", so a caller can see the level was guessed. The confidences are the readings' measured accuracies on the
level sets C-H and the real train and dev recommendations without their CSP (rounded down), not model scores.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from classification.geography import geography, resolve_csp, without_minor
from classification.level_bodies import (
    AREA_BODY,
    FIRE,
    FORCE_NAME,
    FORCE_WIDE,
    ICB_NAME,
    PROVIDER,
    REGIONAL_AGENCIES,
    fire_addressed,
    heading_body,
    not_force_wide,
    other_body_asked,
    place_team,
    regional_name,
    unit_places,
)

#: Confidences of the readings without a CSP (their accuracies on the level sets and real data, rounded down).
UNIT_LOCAL = 0.7
SCOPE_WIDE = 0.75
SCOPE_ONE = 0.65
BODY_WIDE = 0.6

_NUMBER = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|\d{1,2})"
_COUNCIL_AREAS = (
    r"(?:boroughs|places|counties|districts|local authorities|local authority areas|council areas|"
    r"unitary authorities|unitaries|CSPs|community safety partnerships|partnerships|areas|localities)"
)
# a scope of several council areas counted or listed: "in all five boroughs", "across its nine places",
# "in each of its boroughs", "both counties", "all local authorities in ..."
_MANY_AREAS = re.compile(
    rf"\b(?:(?:all|each|every one|across|throughout|in)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?{_NUMBER}\s+"
    rf"(?:of\s+(?:its|the|their)\s+)?{_COUNCIL_AREAS}|each\s+of\s+(?:its|the|their)\s+{_COUNCIL_AREAS}|"
    # "both counties" (a merged CSP's "both districts" may be the CSP's own two)
    rf"both\s+counties|"
    rf"all\s+(?:the\s+)?(?:local authorities|boroughs|districts|counties|council areas)\s+(?:in|across|of))\b",
    re.I,
)
# a place the change is written for: "across Kent", "throughout the Thames Valley", "every GP practice in
# Epping Forest, Harlow and Uttlesford", "officers in Lewisham"
_PLACE = r"[A-Z][\w'\u2019&-]*"
_SCOPE_PLACE = re.compile(
    rf"\b(?i:across|throughout|within|in|for)\s+(?:(?i:the)\s+)?(?:(?i:county|city|borough)\s+of\s+)?"
    rf"({_PLACE}(?:(?:\s+|,\s*|\s+(?:and|&)\s+|,\s+and\s+){_PLACE}){{0,7}})"
)
_PAN_PLACE = re.compile(
    rf"\b(?i:pan)(?:- ?| )({_PLACE}(?:\s+{_PLACE})?)|\b({_PLACE}(?:\s+{_PLACE})?)(?:- ?| )(?i:wide)\b"
)
_COUNTY_COUNCIL = re.compile(r"\b((?:[A-Z][\w-]+\s+){1,2})County\s+Council\b|\bthe county council\b")
# a fire and rescue service named by its place ("Kent Fire and Rescue Service", "Cornwall Fire and Rescue")
_FIRE_NAME = re.compile(
    r"\b((?:[A-Z][\w'&-]*\s+(?:(?:and|&|of|upon|on)\s+)?){1,5})(?:County\s+)?Fire\s+(?:and|&)\s+Rescue|"
    r"\b((?:[A-Z][\w'&-]*\s+){1,3})Fire\s+(?:Service|Brigade|Authority)\b"
)
# a sentence's lead-in before its subject ("It is recommended that Kent County Council ...")
_LEAD_IN = re.compile(
    r"^\s*(?:it is (?:therefore )?recommended that|the (?:review|panel) recommends that|we recommend that|that)\s+",
    re.I,
)
_COUNTY_BOARD = re.compile(
    r"\b((?:[A-Z][\w-]+\s+(?:(?:and|&)\s+)?){1,4})(?:Safeguarding (?:Adults|Children)(?:'s)? (?:Board|Partnership)|"
    r"Domestic Abuse (?:(?:Strategic|Partnership|Executive|Local Partnership|Steering)\s+)*(?:Board|Group)|"
    r"VAWDASV (?:Board|Partnership)|Violence [Aa]gainst Women,? Domestic Abuse and Sexual Violence (?:Board|Partnership))"
)
_COUNTY_WIDE = re.compile(r"\bcounty(?:- ?| )?wide\b|\b(?:across|throughout) the county\b", re.I)
_SUBJECT_END = re.compile(r"\b(should|must|shall|will|to|is|are|needs?|has|have)\b", re.I)
_AREA_AGENCIES = frozenset({"police", "police_and_crime_commissioner", "probation_service"})
_COUNTY_AGENCIES = frozenset(
    {
        "local_authority",
        "adult_social_care",
        "childrens_social_care",
        "public_health",
        "safeguarding_adults_board",
        "adult_safeguarding_board",
        "children_safeguarding_board",
        "domestic_abuse_partnership_board",
        "local_authority_commissioners",
    }
)


# a Community Safety Partnership's name ("Bassetlaw, Newark and Sherwood Community Safety Partnership", "Safer
# Stockport Partnership", "Harlow CSP")
_CSP_NAME = re.compile(
    r"\b(?:Community\s+Safety|Crime\s+Reduction)\s+(?:Partnership|Board)|\bCSP\b|\bSafer?\s+[A-Z]\w+(?:\s+[A-Z]\w+){0,3}\s+Partnership"
)


@dataclass(frozen=True, slots=True)
class Guess:
    level: str
    confidence: float
    basis: str


def _areas_named(text: str) -> frozenset[str]:
    """The current council areas a text's place names stand for (a county's districts, a former district's
    unitary), each merged CSP's members once; the City of London and the Isles of Scilly beside a neighbour do
    not make a body wider ("NHS Kernow" is Cornwall's)."""
    return _areas_of(geography().place_names(text))


def _areas_of(names: Sequence[str]) -> frozenset[str]:
    covered, partial = geography().coverage(names)
    return without_minor(covered | partial)


def _rows_named(text: str) -> list[str]:
    return geography().place_names(text)


def _scope(text: str, wider: bool) -> Guess | None:
    """The scope written in the text: several council areas (regional) or one (local); ``wider``: the text's
    own wider cues (pan-London, force-wide; :func:`classification.level.names_wider_area`)."""
    if _MANY_AREAS.search(text):
        return Guess("regional", SCOPE_WIDE, "the text names a scope of several council areas")
    if wider:
        return Guess("regional", SCOPE_WIDE, "the text writes a scope wider than one CSP")
    single: str | None = None
    for m in (*_SCOPE_PLACE.finditer(text), *_PAN_PLACE.finditer(text)):
        rows = _rows_named(m.group(m.lastindex or 1))
        areas = _areas_of(rows)
        # several council areas listed, or one place of several written across ("across Kent", "Essex-wide");
        # a county only named ("a strategy for Norfolk") may be the review's own county. Places are counted as
        # today's council areas: "Corby and Kettering" are both North Northamptonshire now
        across = m.re is _PAN_PLACE or m.group(0).split()[0].lower() in ("across", "throughout")
        if len(areas) > 1 and (across or len(_areas_of(rows[:1])) < len(areas)):
            return Guess("regional", SCOPE_WIDE, f"the change is written across {' and '.join(rows)}")
        if len(areas) == 1:
            single = single or rows[0]
    if single is not None:
        return Guess("local", SCOPE_ONE, f"the change is written for {single} alone")
    return None


def _unit(text: str, agencies: Sequence[str]) -> Guess | None:
    """A unit of the force or of probation: local, unless named for or said to cover several council areas
    (the Met's BCUs of two or three boroughs)."""
    if not set(agencies) & {"police", "probation_service"} or FORCE_WIDE.search(text):
        return None
    units = unit_places(text)
    for unit, names in units:
        if len(_areas_of(names)) > 1:
            return Guess("regional", SCOPE_WIDE, f"the {unit} covers {' and '.join(names)}")
    if units or not_force_wide(text, None):
        return Guess("local", UNIT_LOCAL, "a change for a unit of the force or service, not force-wide")
    return None


def _subject(text: str, context: str | None) -> str:
    """The body asked: the sentence's subject (before its verb, after an "It is recommended that" lead-in), and
    the heading or Lead cell."""
    text = _LEAD_IN.sub("", text)
    # no modal verb ("That the ICB ensures ..."): the sentence's opening words
    return f"{text[: m.start()] if (m := _SUBJECT_END.search(text)) else text[:60]} | {context or ''}"


def _by_place(named: str, body: str) -> Guess | None:
    """A body named after its place: regional when the place is several council areas, local when one."""
    if not _rows_named(named):
        return None
    n = len(_areas_named(named))
    name = " ".join(f"{named} {body}".split())
    if n > 1:
        return Guess("regional", BODY_WIDE, f"{name} covers {n} council areas")
    return Guess("local", BODY_WIDE, f"{name} covers one council area")


def _wide_body(text: str, context: str | None, agencies: Sequence[str]) -> Guess | None:
    """An addressee whose area usually holds several CSPs' areas, or one named after a single council area."""
    geo = geography()
    joined = f"{text} | {context or ''}"
    asked = _subject(text, context)
    # a police agency read for a body that is none ("X Against Domestic Abuse should ..."): no force's area
    misread = (
        "probation_service" not in agencies
        and geo.force_named(joined) is None
        and other_body_asked(text, context)
    )
    if set(agencies) & _AREA_AGENCIES and not misread:
        force = geo.force_named(joined)
        if force is not None:
            n = len(geo.area_of("police_force", force.force_id))
            level = "regional" if n > 1 else "local"
            return Guess(level, BODY_WIDE, f"{force.name} covers {n} CSP area{'s' * (n != 1)}")
        if "probation_service" in agencies:
            return Guess("regional", BODY_WIDE, "a probation region covers many CSPs")
        return Guess("regional", BODY_WIDE, "a police force usually covers several CSPs")
    if fire_addressed(text, context) or ("other" in agencies and FIRE.search(asked)):
        for m in _FIRE_NAME.finditer(asked):
            if found := _by_place(m.group(1) or m.group(2), "fire and rescue service"):
                return found
        return Guess("regional", BODY_WIDE, "a fire and rescue service usually covers several CSPs")
    if "integrated_care_board" in agencies:
        if len(_areas_of(team := place_team(text))) == 1:
            # the ICB's team for one place ("the ICB's Calderdale place team"): that council area's, as a unit
            return Guess("local", UNIT_LOCAL, f"the ICB's team for {team[0]}, one council area")
        for m in ICB_NAME.finditer(joined):
            if found := _by_place(m.group(1) or m.group(2) or "", "ICB"):
                return found
        if re.search(r"\b(ICBs?|Integrated Care (Boards?|Systems?))\b", joined):
            return Guess("regional", BODY_WIDE, "an ICB usually covers several CSPs")
    if set(agencies) & _COUNTY_AGENCIES:
        for m in _COUNTY_COUNCIL.finditer(asked):
            # a Welsh principal area's or a unitary's "County Council" is one council area
            if m.group(1) is None:
                return Guess("regional", BODY_WIDE, "a county council covers several districts")
            if found := _by_place(m.group(1), "County Council"):
                return found
        for m in _COUNTY_BOARD.finditer(asked):
            if len(_areas_named(m.group(1))) > 1:
                return Guess("regional", BODY_WIDE, f"{' '.join(m.group(0).split())} covers several CSPs")
    return None


def guess_level(text: str, context: str | None, agencies: Sequence[str], wider: bool) -> Guess | None:
    """The level read from the text alone when no CSP is known (see the module docstring), or None to leave it
    to the level model. ``wider``: the text writes a scope wider than one CSP (pan-London, force-wide)."""
    if _COUNTY_WIDE.search(f"{text} | {context or ''}"):
        return None  # the county's own scope: a county-level review's local area, or a district's wider one
    if set(agencies) & REGIONAL_AGENCIES:
        # an ambulance trust or MATAC covers many CSPs, a PCC its force's area, wherever the change is written
        return Guess("regional", BODY_WIDE, "an ambulance trust, MATAC or PCC covers several CSPs")
    return (
        _unit(text, agencies)
        or _csp_own_places(text, context)
        or _scope(text, wider)
        or _wide_body(text, context, agencies)
        or _heading_body(text, context)
    )


def _csp_own_places(text: str, context: str | None) -> Guess | None:
    """A partnership asked (the sentence's subject, or the heading over "The Partnership should ...") whose name
    places it, acting only in its own places ("The Partnership should run a campaign in Malvern Hills, Worcester
    and Wychavon" under "South Worcestershire Community Safety Partnership"): its own area, local, though the
    places are several council areas (a merged CSP's districts)."""
    sentence = _LEAD_IN.sub("", text)
    subject = sentence[: m.start()] if (m := _SUBJECT_END.search(sentence)) else ""
    named = heading_body(text, context) or subject
    if not _CSP_NAME.search(named) or (area := resolve_csp(named)) is None:
        return None
    own = without_minor(area.covered | area.partial)
    places = _areas_named(text)
    if len(places) > 1 and places <= own:
        return Guess("local", SCOPE_ONE, f"{' '.join(named.split())} acts in its own places")
    return None


def _heading_body(text: str, context: str | None) -> Guess | None:
    """The body the heading or Lead cell names when the sentence names none (``heading_body``): regional when its
    name calls it a region's ("Cardiff and Vale Regional Safeguarding Board") or names several council areas
    ("Mayor of West Yorkshire"); providers and police forces are left to their own rules."""
    named = heading_body(text, context)
    if named is None or not AREA_BODY.search(named) or FORCE_NAME.search(named) or PROVIDER.search(named):
        return None
    if _CSP_NAME.search(named):
        return None  # a CSP's own name over its recommendation: likely the commissioning CSP itself (local)
    if regional_name(named):
        return Guess("regional", BODY_WIDE, f"{' '.join(named.split())} is a regional body by its name")
    if len(n := _areas_named(named)) > 1:
        return Guess("regional", BODY_WIDE, f"{' '.join(named.split())} covers {len(n)} council areas")
    return None
