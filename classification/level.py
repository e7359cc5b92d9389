"""A recommendation's level (local / regional / national), decided in one place by the labelling guide.

- **national**: a government department or national body asked for a change, or a national change asked for
  (law, statutory guidance, the review process) - from the text (:func:`text_level`) or the level model;
- **regional / local by geography**: for each addressee with an area - a police force (and its PCC), a fire and
  rescue service, an ICB or CCG named by place, a probation region, an ambulance trust, a county council's
  service in a district's review - local when the commissioning CSP is the body's whole area (for a
  county-level review, the county with the unitaries of its own police force), regional when it is only part
  (:mod:`classification.geography`); a change asked of a unit of the force (a BCU) or confined to the CSP's own
  place stays local, and a scope written in the text (pan-London, force-wide) is regional;
- otherwise the level model (or the rules baseline) decides. Several addressees: the widest level wins.

:func:`decide_level` returns the level with a confidence and a short ``basis`` saying which of these decided
it, so that a level guessed without knowing the CSP says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from classification.geography import CspArea, Geography, geography, normalise, resolve_csp

if TYPE_CHECKING:
    from classification.rules import RuleOutput
    from dhr.schema import Recommendation

_ORDER = {"local": 0, "regional": 1, "national": 2}

# --- levels from the text alone (the rules baseline's level, and the overrides of the model) ---------------
_NATIONAL_RX = re.compile(
    r"\b(legislation|statutory guidance|(?<!['\u2019]s )law|nationally|national (guidance|policy|framework|review|level|"
    r"standard|campaign|database|training|helpline|data|approach|register|strategy|minimum)|government|"
    r"parliament|across england( and wales)?|england and wales|all (police )?forces|every (police )?force|"
    r"all ccgs|all icbs|all local authorities|dhr (statutory )?guidance|multi-agency statutory guidance|"
    # an Act changed, not merely cited ("take cognisance of the Mental Capacity Act 2005" is local practice)
    r"(amend|amending|amendment (of|to)|change|changes to|review of|revise|revising|reform of) (the )?"
    r"([a-z']+ ){1,6}act( \d{4})?)\b",
    re.I,
)
_REGIONAL_RX = re.compile(
    r"\b(pan[- ]london|london[- ]wide|force[- ]wide|forcewide|across the force|regional(ly)?|region|region's|"
    r"county[- ]wide|countywide|across the county|sub[- ]regional|across (all|the) (csps|boroughs|districts|"
    r"local authority areas|three|four|five|six)|all (csps|boroughs|districts|community safety partnerships) in|"
    r"across (the )?(two|three|four|five|six|seven|eight|nine|ten) (boroughs|districts|counties|local authorities)|"
    r"multi[- ]county|across [A-Z]\w+ and [A-Z]\w+|area team|trust[- ]wide)\b",
    re.I,
)
#: What is written just before a body's name when it is asked for something ("write to the Home Office").
ASK_RX = re.compile(
    r"\b(write|writes|writing|ask|asks|asking|lobby|lobbies|request|requests|petition|raise)\b[\w\s]*$", re.I
)
# A letter to a national body that only shares or informs ("write to the Home Office sharing the learning") asks
# it for no change, so it is not national (labelling guide: national = asking for national change).
_SHARE_RX = re.compile(
    r"\b(shar(e|es|ing)|inform(s|ing)?|notify(ing)?|highlight(s|ing)?|send(s|ing)?|mak(e|es|ing) (it|them) aware|"
    r"for (their )?information)\b",
    re.I,
)
_REQUEST_RX = re.compile(
    r"\b(ask(s|ing)?|request(s|ing)?|urg(e|es|ing)|seek(s|ing)?|call(s|ing)? (on|for)|propos(e|es|ing)|"
    r"recommend(s|ing)?|lobby(ing)?|petition(ing)?|should|must|needs? to|to (amend|change|review|revise|update|"
    r"issue|introduce|include|consider|ensure|publish|produce|develop|add|fund|commission|require))\b",
    re.I,
)
#: Addressees whose area is always wider than one CSP (ambulance trusts, MATAC) or is the force's (the PCC).
REGIONAL_AGENCIES = frozenset({"ambulance_service", "matac", "police_and_crime_commissioner"})


def names_wider_area(text: str) -> bool:
    """Whether the text itself states a scope wider than one CSP ("pan-London", "force-wide", "across the
    boroughs"); "county-wide" is left out, as for a county-level review the county is the local area."""
    return any("count" not in m.group(0).lower() for m in _REGIONAL_RX.finditer(text))


def asks_for_change(text: str, end: int) -> bool:
    """Whether what is written to a body (the text after its name, from ``end``) asks it for something."""
    rest = text[end:]
    return not _SHARE_RX.search(rest) or bool(_REQUEST_RX.search(rest))


def text_level(
    text: str, context: str | None, agencies: Sequence[str], national_named: bool
) -> tuple[str, float]:
    """The level by keywords and addressees alone (the rules baseline): national when a national body is asked
    (``national_named``) or a national change is written; regional for a wider scope or a regional addressee."""
    if national_named or _NATIONAL_RX.search(text):
        return "national", 0.8 if national_named else 0.6
    if _REGIONAL_RX.search(f"{text} {context or ''}") or any(a in REGIONAL_AGENCIES for a in agencies):
        return "regional", 0.6
    return "local", 0.7


# --- the police rule when the CSP is not on the map (fictional or unrecognised names) -----------------------
_FORCE = re.compile(
    r"\b((?:[A-Z][\w'&]+\s+){1,4})(?:Constabulary|Police(?:\s+Service|\s+Force)?)\b(?!\s+and\s+Crime)"
)
_NOT_AREA = {"The", "the", "All", "Local", "British", "Transport", "Neighbourhood", "Response", "Force"}
# a unit of a force (its change is the unit's, not force-wide) and a force-wide scope written out
_FORCE_UNIT = re.compile(
    r"\b(basic command units?|BCUs?|borough command units?|command units?|local policing (areas?|units?|teams?)|"
    r"(safer )?neighbourhood (policing )?teams?|(area|district|borough|local) commands?|"
    # probation's local units: a change for the office or delivery unit that serves the CSP's area
    r"probation delivery units?|PDUs?|local delivery units?|LDUs?|(the|that|this|relevant|local) (probation )?office)\b",
    re.I,
)
_FORCE_WIDE = re.compile(
    r"\b(force[- ]?wide|across the force|all (officers|staff) (in|of|across) the force)\b", re.I
)
_CSP_WORDS = {
    "Safer", "Safe", "Stronger", "Community", "Communities", "Safety", "Partnership", "Board", "Crime",
    "Reduction", "The", "and", "City", "Borough", "District", "County", "Council", "Neighbourhoods", "Places",
    "Domestic", "Homicide", "Review", "Overview", "Report",
}  # fmt: skip


def confined_to(text: str, csp: str) -> bool:
    """Whether the text confines the change to the commissioning CSP's own place ("... in the Ashdown district")."""
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
            rf"\b(in|within|across|throughout)\s+(the\s+)?{place}\b(?!\s+(review|dhr|case|panel|partnership)\b)",
            text,
        )
        # the place as the force's or service's unit: "the Brighton and Hove district's officers"
        or re.search(
            rf"\b{place}(['\u2019]s)?\s+(district|division|area|command|policing area|office|team|unit|delivery unit)\b",
            text,
        )
    )


# a change written across a named place, or for every body in it ("across Kent", "all agencies in Kent")
_ACROSS_PLACE = re.compile(
    r"\b(?:(?i:across|throughout)\s+(?:the\s+)?|(?i:all|every)\b[\w' -]{0,40}?\b(?:in|within|across)\s+(?:the\s+)?)"
    r"(?:county\s+of\s+)?([A-Z][\w'&-]*(?:\s+(?:and|&|upon|on)\s+[A-Z][\w'&-]*|\s+[A-Z][\w'&-]*){0,3})"
)


def wider_place(text: str, csp: CspArea) -> str | None:
    """A place the change is written across that holds the CSP's area and more (a district's county), or None."""
    geo = geography()
    own = csp.covered | csp.partial
    for m in _ACROSS_PLACE.finditer(text):
        for name in geo.place_names(m.group(1)):
            members = geo.members(name) or frozenset({geo.areas[name].successor}) - {""}
            if own and own < members:
                return name
    return None


_AREA_BODY = re.compile(r"\b(Partnership|Board|Council|Authority|Group|Network|Committee|Alliance)\b")
# providers, local whatever place they are named after ("Cumbria Partnership NHS Foundation Trust")
_PROVIDER = re.compile(
    r"\b(Trusts?|Hospitals?|NHS|Homes|Housing|Association|Aid|Refuge|Practices?|Surgery|University|College|"
    r"School|CIC|Ltd|Limited|Charity)\b"
)
_VERB = re.compile(r"\b(should|must|shall|will|to|is|are|needs?|has|have)\b", re.I)


def wider_body(text: str, csp: CspArea) -> str | None:
    """A partnership, board or council asked (the sentence's subject) that is named after a
    place holding the CSP's area and more ("the Greater Manchester Health and Social Care Partnership" in
    Stockport's review); providers (trusts, hospitals, housing) are left to their own rules (local)."""
    named = text[: m.start()] if (m := _VERB.search(text)) else ""
    if not _AREA_BODY.search(named) or _FORCE.search(named) or _PROVIDER.search(named):
        return None  # a heading is left out: over a sentence with its own subject it is not the addressee
    geo = geography()
    own = csp.covered | csp.partial
    for name in geo.place_names(named):
        members = geo.members(name) or frozenset({geo.areas[name].successor}) - {""}
        if own and own < members:
            return f"{' '.join(named.split())[:80]} (named after {name})"
    return None


def not_force_wide(text: str, csp: str | None) -> bool:
    """A change asked of a unit of the force, or confined to the CSP's own place, unless written force-wide."""
    if _FORCE_WIDE.search(text):
        return False
    return bool(_FORCE_UNIT.search(text)) or (csp is not None and confined_to(text, csp))


def force_area_words(text: str) -> str | None:
    """'Gloucestershire Constabulary' -> 'Gloucestershire'; 'Metropolitan Police Service' -> 'Metropolitan'."""
    for m in _FORCE.finditer(text):
        words = [w for w in m.group(1).split() if w not in _NOT_AREA and w != "and"]
        if words:
            return " ".join(words)
    return None


def force_named_after_other_area(force_words: str | None, csp: str) -> bool:
    """For a CSP not on the map: the force is named after another area than the CSP (so covers more)."""
    return bool(force_words) and not any(word in csp for word in (force_words or "").split() if len(word) > 3)


# --- geography ---------------------------------------------------------------------------------------------
_ICB_NAME = re.compile(
    r"\b((?:NHS\s+)?(?:[A-Z][\w'&-]*\s+(?:(?:and|&|of|upon|on|with)\s+)?){1,7})"
    r"(?:CCGs?|ICBs?|ICS|Clinical Commissioning Groups?|Integrated Care (?:Boards?|Systems?))\b"
    r"|\bNHS\s+((?:[A-Z][\w'&-]*\s*(?:(?:and|&)\s+)?){1,5})"
)
_NATIONAL_FORCE = re.compile(
    r"\b(British Transport Police|BTP|Ministry of Defence Police|Civil Nuclear Constabulary)\b"
)
_ICB = re.compile(r"\b(ICBs?|Integrated Care (Boards?|Systems?))\b")
_FIRE = re.compile(r"\bfire (and|&) rescue\b|\bfire (service|brigade|authority)\b", re.I)
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


def _police(geo: Geography, csp: CspArea, agency: str, text: str, context: str | None) -> BodyLevel | None:
    if _NATIONAL_FORCE.search(f"{text} {context or ''}"):
        return None  # British Transport Police (and the like) cover Great Britain: not a question of the CSP's area
    force = geo.force_named(f"{text} {context or ''}")
    if force is None:
        ids = csp.bodies("police_force")
        force = geo.forces.get(ids[0]) if ids else None
    if force is None:
        return None
    if agency == "police" and not_force_wide(text, csp.name):
        return BodyLevel(agency, "local", f"a change for the CSP's own part of {force.name}")
    area = geo.area_of("police_force", force.force_id)
    body = force.name if agency == "police" else f"the PCC of {force.name}"
    level, why = _area_level(geo, csp, area, body)
    return BodyLevel(agency, level, why)


def _icb(geo: Geography, csp: CspArea, text: str, context: str | None) -> BodyLevel | None:
    joined = f"{text} | {context or ''}"
    for m in _ICB_NAME.finditer(joined):
        named = m.group(1) or m.group(2) or ""
        places = geo.place_names(named)
        if places:
            area = frozenset().union(*(geo.members(p) or {geo.areas[p].successor} for p in places)) - {""}
            return _icb_level(geo, csp, area, " ".join(named.split()))
    if not _ICB.search(joined):
        # a CCG, or commissioners under another name ("Manchester Health and Care Commissioning"), not named
        # by place: CCGs were often one borough's, so the area is unknown and the model decides
        return None
    ids = csp.bodies("icb")
    if not ids:
        return None
    return _icb_level(geo, csp, geo.area_of("icb", ids[0]), "the ICB")


def _icb_level(geo: Geography, csp: CspArea, area: frozenset[str], body: str) -> BodyLevel:
    """An ICB's level by its area; for a county-level review, the ICB most of whose areas are the county's is
    the county's own and so local (labelling guide: the county is the local area), as Norfolk and Waveney is
    Norfolk's though it takes in a Suffolk district."""
    level, why = _area_level(geo, csp, area, body)
    shared = area & csp.covered
    if level == "regional" and csp.county_level and len(shared) * 2 > len(area):
        level, why = (
            "local",
            f"{body} is the county's own ({len(shared)} of its {len(area)} areas are {csp.label})",
        )
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
    """A county council's service in the review of one district of that county covers the whole county."""
    districts = [a for a in csp.areas if a.kind in ("district", "former_district") and a.county in geo.areas]
    if csp.county_level or not districts:
        return None
    joined = f"{text} | {context or ''}"
    county = districts[0].county
    named = [n for m in _NAMED_COUNTY_COUNCIL.finditer(joined) for n in geo.place_names(m.group(1))]
    # the county's council, or a board named after the county ("Essex Safeguarding Adults Board")
    boards = [n for m in _COUNTY_BOARD.finditer(joined) for n in geo.place_names(m.group(1))]
    if county in named or county in boards or _COUNTY_COUNCIL.search(joined):
        n = len(geo.members(county)) or "several"
        return BodyLevel(
            agency,
            "regional",
            f"a county-wide body of {county} covers {n} districts; {csp.label} is one of them",
        )
    return None


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
            if not_force_wide(text, csp.name):
                found = BodyLevel(agency, "local", "a change for the CSP's own probation delivery")
            else:
                region = csp.bodies("probation_region")
                n = len(geo.area_of("probation_region", region[0])) if region else 0
                found = BodyLevel(agency, "regional", f"the probation region covers {n} CSPs")
        elif agency == "other" and _FIRE.search(f"{text} {context or ''}"):
            found = _fire(geo, csp)
        elif agency in _COUNTY_SERVICES:
            found = _county_service(geo, csp, agency, text, context)
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
    return bool(_FIRE.search(subject) or (context and _FIRE.search(context)))


_MOJ = re.compile(r"\b(ministry of justice|moj|hmpps|hm prison and probation service|parole board)\b", re.I)


def _probation_only(text: str, rules: RuleOutput, agencies: Sequence[str]) -> bool:
    """The National Probation Service is the probation of the CSP's region, not a national body asked for a
    national change (labelling guide: NPS -> probation_service, probation regions are regional)."""
    return (
        "probation_service" in agencies
        and set(rules.named_departments) <= {"moj_hmpps"}
        and not _MOJ.search(text)
        and not _NATIONAL_RX.search(text)
    )


# NHS England asked about one case, one GP or one practice acts as the area team that manages GP performance
# (labelling guide: NHS England area teams are regional); asked for guidance, contracts or systems it is national.
_LOCAL_MATTER = re.compile(
    r"\b((the|this|that) (gp|practice|surgery|gp practice)|complex cases|(the|this) case|the victim|"
    r"the perpetrator|the (deceased|subject))\b",
    re.I,
)
_NHSE_NATIONAL = re.compile(
    r"\b(national(ly)?|guidance|contracts?|contractual|all (gps|gp practices|practices)|every (gp|practice)|"
    r"systems?|mandatory|statutory|legislation|code)\b",
    re.I,
)


# NHS England's regional teams: a change asked across one region of England, or of its area team
_NHSE_REGION = re.compile(
    r"\b((across|in|throughout|within) (the )?(North West|North East|Yorkshire and (the )?Humber|East Midlands|"
    r"West Midlands|East of England|South East|South West|London|Midlands|North East and Yorkshire)|"
    r"(the|its|this|that) region|regional(ly)? teams?|area teams?|(the )?region's)\b"
)


def _nhs_england_local_matter(text: str, rules: RuleOutput) -> bool:
    return (
        rules.named_departments == ["nhs_england"]
        and bool(_LOCAL_MATTER.search(text) or _NHSE_REGION.search(text))
        and not _NHSE_NATIONAL.search(text)
    )


# other areas or bodies learnt from or worked with across the country: a partner phrase, not a national change
_ELSEWHERE = re.compile(
    r"\b(with|from|among|alongside) (other|similar|neighbouring|comparable)\b[^.;:]{0,100}?\bnationally\b",
    re.I,
)


def _without_elsewhere(text: str) -> str:
    """The text with its "with other ... nationally" partner phrases taken out, when nothing else in it is a
    national cue; else the text unchanged."""
    rest = _ELSEWHERE.sub(" ", text)
    return rest if rest != text and not _NATIONAL_RX.search(rest) else text


# --- the decision ------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LevelDecision:
    level: str
    confidence: float
    basis: str


def widest(levels: Iterable[str]) -> str:
    return max(levels, key=_ORDER.__getitem__, default="local")


def decide_level(
    text: str,
    context: str | None,
    agencies: Sequence[str],
    rules: RuleOutput,
    model_level: str,
    model_confidence: float,
    csp: str | None,
) -> LevelDecision:
    """The level of one recommendation; see the module docstring for the order of the rules.

    ``agencies`` are the addressees the classifier settled on, ``model_level`` is the level model's prediction
    (the rules baseline's when no model is trained) and ``csp`` the commissioning CSP as written, when known.
    """
    if _nhs_england_local_matter(text, rules):
        return LevelDecision(
            "regional", 0.75, "NHS England on one area's case, practice or region: its area team"
        )
    if rules.level == "national" and rules.named_departments and not _probation_only(text, rules, agencies):
        return LevelDecision(
            "national",
            max(model_confidence if model_level == "national" else 0.0, 0.85),
            "national body asked: " + ", ".join(rules.named_departments),
        )
    if (
        model_level == "national"
        and not rules.named_departments
        and (rest := _without_elsewhere(text)) != text
    ):
        # "nationally" only in whom the CSP learns from ("explore with other forces nationally"): no national
        # change is asked, so the level is the rest of the text's
        model_level, model_confidence = text_level(rest, context, agencies, False)
    if model_level == "national" and not _probation_only(text, rules, agencies):
        return LevelDecision("national", model_confidence, "national change asked (level model)")
    area = resolve_csp(csp) if csp else None
    # the scope written in the recommendation itself ("a pan-London campaign", "force-wide"); headings are left
    # out: "county wide" over an action plan's rows is the local area of a county-level review
    wider = names_wider_area(text)
    if area is not None:
        bodies = geography_levels(agencies, text, context, area)
        # a change written across a wider place, or asked of a partnership or council named after one
        place = wider_place(text, area) or wider_body(text, area)
        if bodies:
            level = widest(b.level for b in bodies)
            if wider or place:
                level = "regional"
            basis = (
                "; ".join(dict.fromkeys(b.basis for b in bodies if b.level == level))
                or f"a wider scope in the text{f' ({place})' if place else ''}"
            )
            return LevelDecision(level, 0.9, f"csp geography: {basis}")
        if place is not None:
            return LevelDecision("regional", 0.8, f"csp geography: {place} is wider than {area.label}")
    elif csp and "police" in agencies and not not_force_wide(text, csp):
        # a CSP not on the map: the force is regional when named after another area than the CSP
        words = force_area_words(f"{text} {context or ''}")
        if force_named_after_other_area(words, csp):
            return LevelDecision(
                "regional", 0.7, f"csp not on the map: the force ({words}) is named after another area"
            )
    level, confidence = model_level, model_confidence
    if level == "local" and rules.level == "regional" and wider:
        level = "regional"
    if csp is None:
        # the model's confidence is kept (it is calibrated on labelled text); the basis says the CSP was missing
        basis = "no CSP known: guessed from text"
    elif area is None:
        basis = "CSP not recognised: guessed from text"
    else:
        basis = "no force- or county-wide addressee: level model"
    return LevelDecision(level, round(confidence, 4), basis)


def document_force_scope(recommendations: list[Recommendation], csp: str | None, document_text: str) -> None:
    """For a CSP not on the map: a police recommendation that names no force takes the force the report names
    most often, and is regional when that force is named after another area (labelling guide)."""
    if not csp or resolve_csp(csp) is not None:
        return
    default_force: str | None = None
    for rec in recommendations:
        if rec.level != "local" or "police" not in rec.agencies or not_force_wide(rec.text, csp):
            continue
        words = force_area_words(
            " ".join([rec.text, rec.heading or "", *(a.lead_text or "" for a in rec.actions)])
        )
        if words is None:
            if default_force is None:
                counts: dict[str, int] = {}
                for m in _FORCE.finditer(document_text):
                    name = force_area_words(m.group(0))
                    if name:
                        counts[name] = counts.get(name, 0) + 1
                default_force = max(counts, key=counts.__getitem__) if counts else ""
            words = default_force or None
        if force_named_after_other_area(words, csp):
            rec.level = "regional"


__all__ = [
    "ASK_RX",
    "BodyLevel",
    "LevelDecision",
    "REGIONAL_AGENCIES",
    "asks_for_change",
    "confined_to",
    "decide_level",
    "document_force_scope",
    "geography_levels",
    "names_wider_area",
    "normalise",
    "text_level",
    "widest",
]
