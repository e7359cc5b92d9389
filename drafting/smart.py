"""A SMART check of a draft recommendation, following the Commissioner's advice to chairs (seed report 6.2).

Four rule-based checks, each explainable to a chair: a specific agency is named to implement it; success is
measurable; it is time-bound; it is not addressed to the Community Safety Partnership (CSPs should oversee
delivery, not deliver actions).
"""

from __future__ import annotations

import re

from dhr.dates import MONTH_NAMES as _MONTHS
from dhr.schema.library import SmartCheck

_TIME = re.compile(
    rf"\b(?:within\s+(?:\w+\s+){{0,2}}(?:days?|weeks?|months?|years?)"
    rf"|by\s+(?:the\s+end\s+of\s+)?(?:{_MONTHS}|q[1-4]|\d{{4}}|\d{{1,2}}[/.-]\d{{1,2}}|(?:the\s+)?(?:end|start)\b)"
    rf"|(?:{_MONTHS})\s+\d{{4}}|\b(?:19|20)\d{{2}}\b|q[1-4]\s+\d{{4}}|deadline|no later than|before the end of"
    rf"|(?:next|this|the coming)\s+(?:financial\s+)?(?:year|quarter|month)|\d+\s+(?:days?|weeks?|months?))",
    re.IGNORECASE,  # the month names are written capitalised in dhr.dates
)
_MEASURE = re.compile(
    r"\b(?:audit(?:ed|s|ing)?|dip[- ]?sampl\w*|measur\w+|monitor\w*|evaluat\w+|kpis?|key performance"
    r"|indicators?|targets?|baseline|percent\w*|\d+\s*%|\d+\s+(?:per\s?cent|staff|cases|referrals)"
    r"|compliance|report(?:s|ed)?\s+(?:back\s+)?(?:to|on)|reviewed\s+(?:by|at)|assurance|evidenc\w+"
    r"|number of|proportion of|rate of|all\s+(?:staff|officers|practitioners|gps)\s+(?:have|are|complete))"
)
_CSP_SUBJECT = re.compile(
    r"^(?:that\s+)?(?:the\s+)?(?:[a-z' -]+\s+)?(?:community safety partnership|csp)\b"
    r"|\b(?:community safety partnership|csp)\s+(?:should|must|will|to|needs? to|is to)\b"
    r"|\bcommissioning\s+(?:community safety partnership|csp)\s+(?:should|must|will)\b",
)
#: Ids that do not name an implementing agency.
_NOT_SPECIFIC = frozenset({"community_safety_partnership", "all_agencies", "other"})


def find_agencies(text: str) -> list[str]:
    """Taxonomy agency ids named in the text, in order of first mention (the one agency recogniser,
    ``classification.agencies``)."""
    from classification.agencies import find_agencies as mentions

    return list(dict.fromkeys(m.agency for m in mentions(text)))


def smart_check(draft: str) -> SmartCheck:
    """Check a draft recommendation: specific agency, measurable, time-bound, not addressed to the CSP."""
    text = " ".join(draft.split())
    low = text.lower()
    agencies = find_agencies(text)
    addressed_to_csp = bool(_CSP_SUBJECT.search(low))
    implementers = [a for a in agencies if a not in _NOT_SPECIFIC]
    specific = bool(implementers)
    measurable = bool(_MEASURE.search(low))
    time_bound = bool(_TIME.search(low))
    advice: list[str] = []
    if not specific:
        advice.append("Name the specific agency (or agencies) expected to implement it, e.g. 'Police', 'GP'.")
    if not measurable:
        advice.append(
            "Say how success will be measured, e.g. an audit, a target or a report back on compliance."
        )
    if not time_bound:
        advice.append("Give a time frame, e.g. 'within six months' or 'by March 2027'.")
    if addressed_to_csp:
        advice.append(
            "Avoid addressing it to the Community Safety Partnership: CSPs oversee delivery; name the agencies "
            "that will deliver it (Commissioner's advice to chairs, 6.2)."
        )
    score = int(specific) + int(measurable) + int(time_bound) + int(not addressed_to_csp)
    return SmartCheck(
        specific_agency=specific,
        agencies=agencies,
        measurable=measurable,
        time_bound=time_bound,
        addressed_to_csp=addressed_to_csp,
        score=score,
        advice=advice,
    )
