"""Level rules found by the level blind set D (``tests/extraction/level_blind_d``), each tested here on other
places and wording than the set's: a county council or board asked in a neighbouring unitary's review, a board
named after two places or known only by its initials, and the CPS written as one of its areas."""

from __future__ import annotations

import pytest

from classification.level import decide_level
from classification.rules import analyse


def _decide(text: str, csp: str | None, context: str | None = None, model: str = "local") -> str:
    rules = analyse(text, context)
    return decide_level(text, context, rules.agencies, rules, model, 0.7, csp).level


@pytest.mark.parametrize(
    ("text", "csp", "context", "level"),
    [
        # a county council asked in a neighbouring unitary's review covers another county's districts
        ("Essex County Council should review the referral route into its adult social care service.",
         "Southend-on-Sea Community Safety Partnership", None, "regional"),
        ("The council should offer carers' assessments to every older carer.", "Safer Peterborough Partnership",
         "Cambridgeshire County Council", "regional"),
        # ... but not when it is only a partner named after the subject
        ("Southend-on-Sea City Council should agree a protocol with Essex County Council on carers.",
         "Southend-on-Sea Community Safety Partnership", None, "local"),
        # the county's own council in a county-level review, and a Welsh principal area's "County Council"
        ("Norfolk County Council should review the referral route into adult social care.", "Norfolk", None,
         "local"),
        ("Powys County Council should review its housing allocations policy.", "Powys", None, "local"),
        # a board named after two places: wider than the unitary's own area
        ("The Brighton and Hove and East Sussex Safeguarding Adults Board should audit carers' assessments.",
         "Brighton and Hove", None, "regional"),
    ],
)  # fmt: skip
def test_county_councils_and_boards_asked_outside_their_own_review(
    text: str, csp: str, context: str | None, level: str
) -> None:
    assert _decide(text, csp, context) == level


@pytest.mark.parametrize(
    ("text", "csp", "level"),
    [
        # the county's board in a district's review, the unitary's own board, another county's board
        ("The ESSAB should publish a briefing on carers.", "Wealden", "regional"),
        ("The BHSAB should publish a briefing on carers.", "Brighton and Hove", "local"),
        ("The WSSAB should publish a briefing on carers.", "Brighton and Hove", "regional"),
        ("The NSAB should publish a briefing on carers.", "Norfolk", "local"),
        # "Local Safeguarding Children Board" names no place (not Lancashire's in Blackpool's review)
        ("The LSCB should publish a briefing on carers.", "Blackpool", "local"),
    ],
)
def test_boards_known_by_their_initials(text: str, csp: str, level: str) -> None:
    assert _decide(text, csp) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("CPS Wessex should review how it charges breaches of bail conditions.", "regional"),
        ("The Crown Prosecution Service in the East Midlands should review its charging of strangulation.",
         "regional"),
        ("The CPS area should ensure that victims are told of charging decisions.", "regional"),
        ("The CPS should update its national legal guidance on coercive control.", "national"),
        ("The Crown Prosecution Service should review its charging decisions in stalking cases.", "national"),
    ],
)  # fmt: skip
def test_a_cps_area_is_regional_the_cps_national(text: str, level: str) -> None:
    assert _decide(text, "Safer Derby Partnership") == level


@pytest.mark.parametrize(
    ("text", "context", "level"),
    [
        # in a two-tier district's review, social care and the safeguarding boards are the county council's
        ("Adult Social Care should review how carers' assessments record threats from a partner.", None,
         "regional"),
        ("Ensure that a child present at an incident is always assessed.", "Children's Services", "regional"),
        ("The Safeguarding Adults Board should audit how agencies record self-neglect.", None, "regional"),
        # ... not when referred to by another body, or confined to the district
        ("Housing officers should refer tenants who disclose abuse to Adult Social Care.", None, "local"),
        ("Adult Social Care's Tunbridge Wells team should review its caseloads.", None, "local"),
    ],
)  # fmt: skip
def test_county_services_in_a_two_tier_districts_review(text: str, context: str | None, level: str) -> None:
    assert _decide(text, "Tunbridge Wells Community Safety Partnership", context) == level


@pytest.mark.parametrize(
    ("text", "csp", "level"),
    [
        ("The partnership should commission a Surrey-wide service for older victims.", "Woking", "regional"),
        ("The partnership should commission a Surrey-wide service for older victims.", "Surrey", "local"),
        ("Commissioners should fund a pan-Cheshire service for male victims.", "Halton", "regional"),
    ],
)
def test_a_scope_written_as_a_places_own(text: str, csp: str, level: str) -> None:
    assert _decide(text, csp) == level


@pytest.mark.parametrize(
    ("text", "csp", "level"),
    [
        # a police area's name that is no county's, and a combined authority's mayor
        ("NHS Sussex should fund a domestic abuse adviser in each GP practice.", "Crawley", "regional"),
        ("The Thames Valley Violence Reduction Unit should fund youth workers.", "Reading", "regional"),
        ("The Mayor of Greater Manchester should fund a perpetrator programme.", "Bolton", "regional"),
        (
            "The Mayor of Greater Manchester should fund a perpetrator programme.",
            "Greater Manchester",
            "local",
        ),
    ],
)
def test_police_areas_and_mayors_named_as_places(text: str, csp: str, level: str) -> None:
    assert _decide(text, csp) == level
