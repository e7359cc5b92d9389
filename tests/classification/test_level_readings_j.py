"""Level rules found by the level set J (``tests/extraction/level_blind_j``, a dev set since the sixteenth session),
each tested here on other places and wording than the set's: a change written across the county in a district's
review, a neighbouring council asked by its style ("The London Borough of X"), a force's team for a place named
after it ("its community policing team for X", "the X neighbourhood policing area"), England and Wales only as
where people move between, a police agency read for a body that is none, and a partnership acting in its own
places when no CSP is known."""

from __future__ import annotations

import pytest

from classification.level import decide_level
from classification.level_no_csp import guess_level
from classification.rules import analyse


def _decide(
    text: str,
    csp: str | None,
    context: str | None = None,
    model: str = "local",
    agencies: list[str] | None = None,
) -> str:
    rules = analyse(text, context)
    return decide_level(text, context, agencies or rules.agencies, rules, model, 0.7, csp).level


@pytest.mark.parametrize(
    ("csp", "level"),
    [
        # a district is one of its county's several: the county's scope is wider than the CSP
        ("Maidstone", "regional"),
        ("Swale", "regional"),
        # a county-level review's county, or a unitary county, is the CSP's own area
        ("Kent", "local"),
        ("Cornwall", "local"),
    ],
)
def test_a_change_across_the_county_is_wider_than_a_district(csp: str, level: str) -> None:
    text = (
        "Train neighbourhood officers across the county to ask an older caller whether she can speak freely."
    )
    assert _decide(text, csp, "Kent Police" if csp != "Cornwall" else "Devon and Cornwall Police") == level


@pytest.mark.parametrize(
    ("text", "context", "csp", "level"),
    [
        # a neighbouring council asked by its style, with no "Council" written
        ("The London Borough of Lewisham should ensure that its housing service asks about abuse.", None,
         "Southwark", "regional"),
        ("The London Borough of Lewisham should ensure that its housing service asks about abuse.", None,
         "Lewisham", "local"),
        # the heading names it over "The council should ..."
        ("The council should ensure that its housing advice service knows the local IDVA service.",
         "Royal Borough of Windsor and Maidenhead", "Slough", "regional"),
        ("The council should ensure that its housing advice service knows the local IDVA service.",
         "Royal Borough of Windsor and Maidenhead", "Windsor and Maidenhead", "local"),
    ],
)  # fmt: skip
def test_a_neighbouring_council_named_by_its_style_is_regional(
    text: str, context: str | None, csp: str, level: str
) -> None:
    assert _decide(text, csp, context) == level


@pytest.mark.parametrize(
    ("csp", "level"),
    [
        # the force's team for the CSP's own place is the CSP's part of the force
        ("Dartford", "local"),
        # the team for another place covers more than the CSP
        ("Gravesham", "regional"),
    ],
)
def test_a_community_policing_team_for_a_place(csp: str, level: str) -> None:
    text = (
        "Kent Police should make sure that its community policing team for Dartford knows the referral route."
    )
    assert _decide(text, csp) == level


def test_a_neighbourhood_policing_area_is_a_unit_without_a_csp() -> None:
    text = "Kent Police should brief the Swale neighbourhood policing area on the local outreach service."
    rules = analyse(text, None)
    guess = guess_level(text, None, rules.agencies, False)
    assert guess is not None and guess.level == "local"


@pytest.mark.parametrize(
    ("text", "context", "level"),
    [
        # England and Wales only as where people move between, asked of a regional board for its areas
        ("Publish guidance for all four Dyfed-Powys areas on victims who move between England and Wales.",
         "Mid and West Wales Regional VAWDASV Board", "regional"),
        # a government asked for a cross-border protocol stays national
        ("Agree a protocol for reviews of deaths of people who move between England and Wales.",
         "Welsh Government", "national"),
        # a scope across both nations is national
        ("Publish guidance for all forces across England and Wales.", "Dyfed-Powys Police", "national"),
    ],
)  # fmt: skip
def test_moving_between_england_and_wales_is_not_a_national_scope(
    text: str, context: str, level: str
) -> None:
    assert _decide(text, "Powys", context, model="national") == level


@pytest.mark.parametrize(
    ("text", "csp", "level"),
    [
        # a police agency read for a charity: the force's area does not decide
        ("Cheshire Against Domestic Abuse should offer outreach in the villages of the borough.", "Cheshire East",
         "local"),
        # the force asked as a whole still covers more than the CSP
        ("Cheshire Constabulary should offer outreach in the villages of the borough.", "Cheshire East",
         "regional"),
    ],
)  # fmt: skip
def test_a_police_agency_read_for_another_body(text: str, csp: str, level: str) -> None:
    assert _decide(text, csp, agencies=["police"]) == level


@pytest.mark.parametrize(
    ("context", "level"),
    [
        # a merged CSP acting in its own districts
        ("North Worcestershire Community Safety Partnership", "local"),
        # another CSP over the same places: they are several council areas beyond it
        ("Harlow Community Safety Partnership", "regional"),
    ],
)
def test_a_partnership_acting_in_its_own_places_without_a_csp(context: str, level: str) -> None:
    text = "The Partnership should run a campaign in Bromsgrove, Redditch and Wyre Forest on help for men."
    rules = analyse(text, context)
    guess = guess_level(text, context, rules.agencies, False)
    assert guess is not None and guess.level == level
