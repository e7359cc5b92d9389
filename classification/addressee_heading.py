"""What a recommendation's heading or Lead cell says about its addressee.

:func:`addressee_context` drops a heading that cannot name one (a preamble about every responsible agency, the
panel's own title, prose about the recommendations); :func:`_context_agencies` reads the bodies it names, the one
marked lead first. :func:`classification.addressees.addressees` takes its leads from them when the text names none.
"""

from __future__ import annotations

import re

from classification.addressee_words import BARE_HEALTH
from classification.agencies import (
    COUNCIL_DEPARTMENTS,
    HEALTH_GENERIC,
    AgencyMatch,
    find_agencies,
    normalise_agency,
)


def _surface_key(surface: str) -> str:
    return " ".join(surface.lower().split())


def addressee_context(context: str | None) -> str | None:
    """The heading or Lead cell as far as it can name a recommendation's addressee (None when it cannot)."""
    if context and _PREAMBLE.search(context):
        return (
            None  # every agency "responsible for this action plan", a group title: no per-recommendation lead
        )
    if context:
        # "Recommendations of the review panel", "Panel recommendations": who wrote them, not who they are for;
        # "Each recommendation carries the reference ...": a line of prose about them (a PDF's wrapped paragraph
        # read as a heading) names no addressee either
        context = (
            " | ".join(
                p
                for p in context.split(" | ")
                if not _AUTHOR_HEADING.fullmatch(p) and not _ABOUT_THEM.match(p)
            )
            or None
        )
    return context


def _context_agencies(context: str | None) -> list[AgencyMatch]:
    if not context:
        return []
    seen: dict[str, AgencyMatch] = {}
    found = find_agencies(context)
    support = _SUPPORT_LABEL.search(context)
    if support:
        # "Lead: Police; Support: Probation": the bodies after a supporting label are not leads (if any is left)
        found = [m for m in found if m.start < support.start()] or found
    # "Gwent Police, supported by Women's Aid, should:", "SWP (lead); Assia (support)": the supporter is no lead
    found = [
        m
        for m in found
        if not (_SUPPORTED_BY.search(context, 0, m.start) or _SUPPORT_MARK_AFTER.match(context, m.end))
    ] or found
    # "the borough's drug and alcohol service, run by ...": the area's service, not the council beside it
    found = [
        m
        for m in found
        if not (
            _surface_key(m.text) in _AREA_WORDS
            and _POSSESSIVE_AFTER.match(context, m.end)
            and any(o.start > m.end for o in found)
        )
    ] or found
    marked = [m for m in found if _LEAD_MARK_AFTER.match(context, m.end)]
    for m in marked or found:
        # "Police (lead), Probation", "Health (CCG lead)": the one marked lead
        seen.setdefault(m.agency, m)
    if not seen or set(seen) <= HEALTH_GENERIC:
        # nothing found, or only a generic health word of a trust's bare name ("Barts Health"); the whole name's
        # id includes the learned guess from similar known names (classification.agency_names)
        agency = normalise_agency(context)
        if agency and (not seen or agency not in seen):
            return [AgencyMatch(0, len(context), context, agency)]
        if not seen and _ORGANISATION.search(context):
            # a body by name that fits no pick-list id ("Northshire Carers Centre"): ``other``, surface kept
            return [AgencyMatch(0, len(context), context, "other")]
    if (
        len(seen) > 1
        and seen.get("local_health_trust")
        and _surface_key(seen["local_health_trust"].text) in BARE_HEALTH
    ):
        del seen[
            "local_health_trust"
        ]  # "Health (CCG)", "Health - CCG and acute trust": a group title, not a body
    if "local_authority" in seen and any(
        a in COUNCIL_DEPARTMENTS for a in seen if not _beside_council(context, seen, a)
    ):
        # "Eastbridge Borough Council Housing Services | Eastbridge Borough Council": the department is meant
        del seen["local_authority"]
    return list(seen.values())


def _beside_council(context: str, seen: dict[str, AgencyMatch], agency: str) -> bool:
    """A housing provider listed beside the council ("Northshire Council and Oak Homes") is a body of its own (a
    housing association), not the council's housing department."""
    council, other = seen["local_authority"], seen[agency]
    between = context[min(council.end, other.end) : max(council.start, other.start)]
    return agency == "housing" and re.fullmatch(r"\s*(?:,|and|&)\s*(?:the\s+)?", between, re.I) is not None


#: An area named by its kind ("the borough", "the county"): before a possessive it says where a service is.
_AREA_WORDS = frozenset({"the borough", "borough", "the county", "the city", "the district", "the town"})
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
_LEAD_MARK_AFTER = re.compile(
    r"\s*(?:\(\s*|-\s*|–\s*)?(?:as\s+)?lead(?:\s+agency)?\b(?!\s+(?:on|for)\b)", re.I
)
_SUPPORTED_BY = re.compile(
    r"\b(?:supported|assisted|aided)\s+by\s+(?:the\s+)?$|\bwith\s+(?:the\s+)?support\s+of\s+(?:the\s+)?$",
    re.I,
)
_SUPPORT_MARK_AFTER = re.compile(
    r"\s*\(\s*(?:in\s+)?support(?:ing)?(?:\s+agenc(?:y|ies)|\s+role)?\s*\)", re.I
)
_AUTHOR_HEADING = re.compile(
    r"\s*(?:(?:the\s+)?(?:(?:dhr|review|overview|independent)\s+)*(?:panel|chair|author|review)['’]?s?\s+"
    r"recommendations?|recommendations?\s+(?:of|from|by|made\s+by)\s+(?:the\s+)?"
    r"(?:(?:dhr|review|overview|independent)\s+)*(?:panel|chair|author|review|reviewer))\s*[:.]?\s*",
    re.I,
)
_PREAMBLE = re.compile(
    r"\b(?:agencies|organisations|partners|bodies)\s+(?:(?:who\s+are|that\s+are)\s+)?(?:responsible|involved|"
    r"contributing|represented|taking\s+part)\b|\bresponsible\s+(?:agencies|organisations|bodies)\b|"
    # a group title: "The partnership and its members", "Northshire health and partnership bodies"
    r"\b(?:and|&)\s+(?:its|their)\s+(?:members|member\s+agencies|partners)\b|\band\s+\w+\s+bodies\s*$",
    re.I,
)
#: Prose about the recommendations themselves ("Each recommendation carries ...", "These recommendations were
#: agreed ..."), not a lead-in that says whom they are for ("These recommendations are for Kent Police").
_ABOUT_THEM = re.compile(
    r"\s*(?:each|every|all|these|this|the\s+following)\s+recommendations?\s+"
    r"(?!(?:(?:are|is|were)\s+)?(?:for|to|addressed|directed|made\s+to)\b)[a-z]+",
    re.I,
)
_SUPPORT_LABEL = re.compile(
    r"[;,|(]?\s*\b(?:support(?:ing|ed\s+by)?|partners?|with|in\s+consultation\s+with|consult(?:ed)?)"
    r"(?:\s+agenc(?:y|ies)|\s+partners?)?\s*[:\-–]",
    re.I,
)


#: A heading that names an organisation by a head noun ("... Centre", "... Trust", "... CIC"), not a theme
#: ("Theme 2 - Risk assessment", "Training"): kept as ``other`` when nothing else knows it.
_ORGANISATION = re.compile(
    r"^(?!.*\b(?:theme|recommendations?|actions?|overview|summary|learning|conclusions?)\b)"
    r"(?:[A-Z][\w'’&.-]*\s+){1,6}(?:Service|Services|Team|Trust|Board|Group|Partnership|Centre|Center|Project|"
    r"Agency|Office|Unit|Hub|Network|Charity|Foundation|Commission|Authority|Association|Society|Ltd|Limited|"
    r"CIC|Department|Directorate|Company|Organisation|Council|Panel|Forum|Alliance|Collective|Institute|"
    r"College|Clinic|Practice)\s*$"
)
