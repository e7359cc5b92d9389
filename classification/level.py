"""A recommendation's level (local / regional / national), decided in one place by the labelling guide.

- **national**: a government department or national body asked for a change, or a national change asked for
  (law, statutory guidance, the review process) - from the text (:func:`text_level`) or the level model;
- **regional / local by geography**: for each addressee with an area - a police force (and its PCC), a fire and
  rescue service, an ICB or CCG named by place, a probation region, an ambulance trust, a county council's
  service in a district's review - local when the commissioning CSP is the body's whole area (for a
  county-level review, the county with the unitaries of its own police force), regional when it is only part
  (:mod:`classification.geography`); a change asked of a unit of the force (a BCU, officers at a police station
  in the CSP's area), of an ICB's team for the CSP's place, or confined to the CSP's own place stays local; a
  scope written in the text (pan-London, force-wide), another area's council, and a body the heading names over
  a sentence that names none ("Publish ..." under a "Regional Safeguarding Board") wider than the CSP are
  regional (the bodies' and places' rules are in :mod:`classification.level_bodies`);
- a CPS area (one of the CPS's fourteen) asked for its own practice is regional, as a probation region is;
- with no CSP known, the text's own unit, written scope or wide addressee (:mod:`classification.level_no_csp`)
  gives the likelier level at a lower confidence;
- otherwise the level model (or the rules baseline) decides. Several addressees: the widest level wins.

:func:`decide_level` returns the level with a confidence and a short ``basis`` saying which of these decided
it, so that a level guessed without knowing the CSP says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from classification.geography import CspArea, covers_whole_force, normalise, resolve_csp
from classification.level_bodies import (
    FORCE_NAME,
    REGIONAL_AGENCIES,
    BodyLevel,
    confined_to,
    force_area_words,
    force_named_after_other_area,
    geography_levels,
    not_force_wide,
    unit_wider,
    wider_body,
    wider_place,
)
from classification.level_no_csp import guess_level

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
# "[- ]" written "(?:- ?| )": a PDF line broken after the hyphen comes back as "pan- London"
_REGIONAL_RX = re.compile(
    r"\b(pan(?:- ?| )london|london(?:- ?| )wide|force(?:- ?| )wide|forcewide|across the force|regional(ly)?|region|region's|"
    r"county(?:- ?| )wide|countywide|across the county|sub(?:- ?| )regional|across (all|the) (csps|boroughs|districts|"
    r"local authority areas|three|four|five|six)|all (csps|boroughs|districts|community safety partnerships) in|"
    r"across (the )?(two|three|four|five|six|seven|eight|nine|ten) (boroughs|districts|counties|local authorities)|"
    r"multi(?:- ?| )county|across [A-Z]\w+ and [A-Z]\w+|area team|trust(?:- ?| )wide)\b",
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


def names_wider_area(text: str, own_force: bool = False) -> bool:
    """Whether the text itself states a scope wider than one CSP ("pan-London", "force-wide", "across the
    boroughs"); "county-wide" is left out, as for a county-level review the county is the local area, and so is
    "force-wide" / "across the force" when the CSP is its force's whole area (``own_force``: the county's own
    force in a county-level review is local, labelling guide)."""
    return any(
        "count" not in (found := m.group(0).lower()) and not (own_force and "force" in found)
        for m in _REGIONAL_RX.finditer(text)
    )


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


# NHS England's regional teams: a change asked across one region of England, or of its area team, or NHS England
# named with its region ("NHS England (London region)", "NHS England - North West", "the London region of NHS ...")
_REGIONS = (
    r"(North West|North East|Yorkshire and (the )?Humber|East Midlands|West Midlands|East of England|South East|"
    r"South West|London|Midlands|North East and Yorkshire)"
)
_NHSE_REGION = re.compile(
    rf"\b((across|in|throughout|within) (the )?{_REGIONS}|"
    r"(the|its|this|that) region|regional(ly)? teams?|area teams?|(the )?region's|"
    rf"NHS England\s*(\(|[-\u2013,:]\s*|'s\s+|\s+)(the\s+)?{_REGIONS}\b|{_REGIONS}\s+[Rr]egion)\b"
)


def _nhs_england_local_matter(text: str, rules: RuleOutput) -> bool:
    return (
        rules.named_departments == ["nhs_england"]
        and bool(_LOCAL_MATTER.search(text) or _NHSE_REGION.search(text))
        and not _NHSE_NATIONAL.search(text)
    )


# the CPS's fourteen areas: a change asked of one is the area's (as a probation region's), not a national change
_CPS_AREA = re.compile(
    r"\b(?:CPS|Crown Prosecution Service)\s+(?:(?:in|for)\s+(?:the\s+)?)?(?:London North|London South|South East|"
    r"South West|Wessex|Thames (?:and|&) Chiltern|East of England|East Midlands|West Midlands|Mersey[- ]Cheshire|"
    r"North West|North East|Yorkshire (?:and|&) Humberside|Cymru[- ]Wales|Wales)\b|\bCPS [Aa]rea\b"
)


def _cps_area_only(text: str, context: str | None, rules: RuleOutput) -> bool:
    """The CPS is the only national body named, written as one of its areas, and no national change is asked."""
    return (
        rules.named_departments == ["cps"]
        and bool(_CPS_AREA.search(f"{text} | {context or ''}"))
        and not _NATIONAL_RX.search(text)
    )


# other areas or bodies learnt from or worked with across the country: a partner phrase, not a national change
_ELSEWHERE = re.compile(
    r"\b(with|from|among|alongside) (other|similar|neighbouring|comparable)\b[^.;:]{0,100}?\bnationally\b",
    re.I,
)


# people or cases moving between the two nations ("perpetrators who move between England and Wales"): the topic of
# a cross-border change, not a scope across both nations ("across England and Wales" stays national)
_BETWEEN_NATIONS = re.compile(r"\bbetween\s+(?:England\s+and\s+Wales|Wales\s+and\s+England)\b", re.I)


def _without_elsewhere(text: str) -> str:
    """The text with its "with other ... nationally" partner phrases taken out, when nothing else in it is a
    national cue; else the text unchanged."""
    rest = _ELSEWHERE.sub(" ", text)
    return rest if rest != text and not _NATIONAL_RX.search(rest) else text


def _regional_between_nations(text: str, context: str | None, agencies: Sequence[str]) -> bool:
    """Whether a text read national only for people moving "between England and Wales" writes a regional scope
    or is asked of a regional body ("Publish guidance for all five Gwent areas on perpetrators who move between
    England and Wales" under a regional board): the change is that region's. Without such a cue (a government
    asked for a cross-border protocol) the national reading stands."""
    rest = _BETWEEN_NATIONS.sub(" ", text)
    if rest == text or _NATIONAL_RX.search(rest):
        return False
    return text_level(rest, context, agencies, False)[0] == "regional"


# a change written across the whole county ("neighbourhood officers across the county and the city")
_ACROSS_COUNTY = re.compile(r"\b(?:across|throughout)\s+(?:the\s+)?(?:whole\s+)?county\b", re.I)


def _across_county_of_district(text: str, area: CspArea) -> bool:
    """Whether a district CSP's recommendation is written across the county: the district is one of the
    county's several, so the change covers more than the CSP (labelling guide: regional), where for a
    county-level review (or a unitary county) the county is the CSP's own area (:func:`names_wider_area` leaves
    "county" scopes out for that reason)."""
    if area.county_level or not _ACROSS_COUNTY.search(text):
        return False
    return bool(area.areas) and all(a.kind == "district" for a in area.areas)


# --- the decision ------------------------------------------------------------------------------------------
_NO_CSP = "no CSP known: guessed from text"


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
    if _cps_area_only(text, context, rules):
        return LevelDecision("regional", 0.8, "a CPS area (one of fourteen) covers many CSPs")
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
    if (
        model_level == "national"
        and not rules.named_departments
        and _regional_between_nations(text, context, agencies)
    ):
        model_level, model_confidence = "regional", 0.6
    if model_level == "national" and not _probation_only(text, rules, agencies):
        return LevelDecision("national", model_confidence, "national change asked (level model)")
    area = resolve_csp(csp) if csp else None
    # the scope written in the recommendation itself ("a pan-London campaign", "force-wide"); headings are left
    # out: "county wide" over an action plan's rows is the local area of a county-level review
    wider = names_wider_area(text)
    if csp is None and (guess := guess_level(text, context, agencies, wider)) is not None:
        # no CSP: the text's own unit, scope or wide addressee, with the lower confidence such a guess has; the
        # basis keeps its documented wording (the schema's, the API's), the confidence says how sure it is
        return LevelDecision(guess.level, guess.confidence, _NO_CSP)
    if area is not None:
        if wider and covers_whole_force(area):
            wider = names_wider_area(text, own_force=True)
        wider = wider or _across_county_of_district(text, area)
        bodies = geography_levels(agencies, text, context, area)
        # a change written across a wider place, or asked of a partnership or council named after one
        place = wider_place(text, area) or wider_body(text, area, context)
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
    if level == "national":
        # only the National Probation Service's name read national (:func:`_probation_only`), and no area is
        # known: probation is its region's (labelling guide: probation regions are regional), or its local
        # unit's when the text names one
        level = "local" if not_force_wide(text, csp) else "regional"
    if level == "local" and rules.level == "regional" and wider:
        level = "regional"
    if csp is None:
        # the model's confidence is kept (it is calibrated on labelled text); the basis says the CSP was missing
        basis = _NO_CSP
    elif area is None:
        basis = "CSP not recognised: guessed from text"
    else:
        basis = "no force- or county-wide addressee: level model"
    return LevelDecision(level, round(confidence, 4), basis)


#: Addressees whose change can be their local unit's (an office, a delivery unit, a BCU): local, not force- or
#: region-wide, when the text names that unit (:func:`~classification.level_bodies.not_force_wide`).
_UNIT_AGENCIES = frozenset({"police", "probation_service"})


def _local_by_sub_points(rec: Recommendation, area: CspArea) -> bool:
    """Whether a recommendation read ``regional`` from its lead-in alone (the classifier reads the text before its
    folded sub-points) is local once its sub-points are read: its addressees are all bodies with local units
    (police, probation) and the whole text confines the change to the unit serving the CSP ("The National
    Probation Service has identified ...:" over points for "the relevant office"), with no wider scope or place
    written (labelling guide: regional is a change covering more than the CSP's area). A lead-in naming the
    unit itself was read local already, so only the sub-points can turn it."""
    if rec.level != "regional" or not rec.agencies or not set(rec.agencies) <= _UNIT_AGENCIES:
        return False
    text = rec.text
    if (
        names_wider_area(text)
        or _across_county_of_district(text, area)
        or wider_place(text, area)
        or wider_body(text, area)
        or unit_wider(text, area)
    ):
        return False
    return not_force_wide(text, area.name)


def document_force_scope(recommendations: list[Recommendation], csp: str | None, document_text: str) -> None:
    """Levels read over the whole recommendation after labelling. For a CSP on the map: a recommendation read
    regional from its lead-in whose sub-points confine every addressee to the CSP's own part (an office, a
    unit) is local (:func:`_local_by_sub_points`). For a CSP not on the map: a police recommendation that names
    no force takes the force the report names most often, and is regional when that force is named after
    another area (labelling guide)."""
    if not csp:
        return
    area = resolve_csp(csp)
    if area is not None:
        for rec in recommendations:
            if _local_by_sub_points(rec, area):
                rec.level = "local"
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
                for m in FORCE_NAME.finditer(document_text):
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
