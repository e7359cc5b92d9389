"""Whom a sentence-style group heading over recommendations names, and so their kind.

Reports group their recommendations under headings worded as a phrase: "Recommendations for health services",
"For all agencies:", "What the police should do". The kind of the recommendations under one follows whom it names:
the partnership, the review panel or all agencies (the review's own, multi-agency recommendations: ``overview``),
or named agencies or a kind of agency ("NHS England", "health services", "national government": ``single_agency``).
A heading naming no body ("Recommendations for improvement", "For information") says nothing of the kind.
"""

from __future__ import annotations

import re

from dhr.schema.extraction import SectionKind

#: The shapes of a group heading, each capturing whom it names (a chapter number before it is allowed):
#: "Recommendations for <X>" / "... to <X>", "For <X>:", "What <X> should do".
_GROUP_HEADING = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+)?(?:"
    r"(?:(?:the|our|key|specific|further)\s+)?recommendations?\s+(?:for|to)\s+(?P<a>[^.;]{2,120}?)"
    r"|for\s+(?P<b>[^.;]{2,120}?)"
    r"|what\s+(?P<c>[^.;]{2,120}?)\s+(?:should|must|needs?\s+to|will|can)\s+do"
    r")\s*:?\s*$",
    re.IGNORECASE,
)
#: "all agencies", "every partner agency", "each organisation": the whole partnership, not one kind of agency
#: ("other agencies", "health agencies" name kinds, so are not matched).
_ALL_BODIES = re.compile(
    r"\b(?:all|every|each)\s+(?:(?:the|of the)\s+)?(?:partner\s+)?"
    r"(?:agenc(?:y|ies)|partners?|organisations?|bodies)\b",
    re.IGNORECASE,
)
#: The review's own bodies: the partnership that commissioned it and its panel.
_REVIEW_BODIES = re.compile(
    r"\bpartnership\b|\bcsp\b|\b(?:review\s+)?panel\b|\bmulti[- ]agency\b", re.IGNORECASE
)
#: A kind of body the agency recogniser may not know ("national government", "commissioners").
_KIND_OF_BODY = re.compile(
    r"\b(?:government|services?|providers?|commissioners?|practitioners?|professionals?|trusts?|agencies|"
    r"bodies|organisations?|departments?|authorit(?:y|ies))\b",
    re.IGNORECASE,
)
_OVERVIEW_LABELS = frozenset({"community_safety_partnership", "all_agencies"})


def group_addressee(heading: str) -> str | None:
    """Whom a group heading names ("health services" of "Recommendations for health services"), if it has one
    of the group shapes; else None."""
    text = " ".join(heading.split())
    if len(text.split()) > 20:
        return None  # a sentence, not a heading
    m = _GROUP_HEADING.match(text)
    if m is None:
        return None
    return (m.group("a") or m.group("b") or m.group("c") or "").strip() or None


def group_heading_kind(heading: str) -> SectionKind | None:
    """``overview`` for a group heading naming the partnership, the review panel or all agencies,
    ``single_agency`` for one naming agencies or a kind of agency, None for any other line."""
    named = group_addressee(heading)
    if named is None:
        return None
    return addressee_kind(named)


def addressee_kind(named: str) -> SectionKind | None:
    """The kind of recommendations addressed to ``named`` (the words of a heading naming their addressee)."""
    from classification.agencies import find_agencies

    found = find_agencies(named)
    if _ALL_BODIES.search(named) or (_REVIEW_BODIES.search(named) and not found):
        return "overview"
    if found:
        # "agencies" alone is read as all agencies by the recogniser, yet "other agencies" is a kind of them
        if all(match.agency in _OVERVIEW_LABELS for match in found) and not re.search(
            r"\b(?:other|some|relevant|health|named)\s+agencies\b", named, re.IGNORECASE
        ):
            return "overview"
        return "single_agency"
    return "single_agency" if _KIND_OF_BODY.search(named) else None


#: A chapter number before a heading's words ("8.2 ", "8.2. "): the numbering, not the heading's name.
_CHAPTER_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+(?=\D)")


def heading_without_number(text: str) -> str:
    """A heading as its name: no chapter number before it ("8.2 Recommendations for NHS England", the number
    kept in a DOCX list paragraph's text) and no colon after it ("For all agencies:")."""
    return _CHAPTER_NUMBER.sub("", text.strip(), count=1).rstrip(":").strip()
