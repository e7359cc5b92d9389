"""Agency names nobody listed (written for this test; invented places): the learned guess from similar known
names, the whole-heading names, and ``other`` for a named body off the pick-list."""

from __future__ import annotations

import pytest

from classification.addressees import addressees, lead_agencies
from classification.agencies import normalise_agency
from classification.agency_names import NameModel, guess_agency


@pytest.mark.parametrize(
    ("name", "agency"),
    [
        ("Aspire Recovery Service", "drug_and_alcohol_services"),
        ("Turning Tides Recovery Hub", "drug_and_alcohol_services"),
        ("Substance Use Team", "drug_and_alcohol_services"),
        ("Northshire Probation Delivery Unit", "probation_service"),
        ("Early Help Hub", "childrens_social_care"),
        ("Locality Social Work Team (Adults)", "adult_social_care"),
        ("Northshire Women's Refuge", "domestic_abuse_services"),
        ("Sunflower Domestic Abuse Project", "domestic_abuse_services"),
        ("Crisis Resolution Team", "mental_health_services"),
        ("Northshire Talking Therapies", "mental_health_services"),
        ("Community Midwifery Team", "midwifery"),
        ("Youth Justice Team", "youth_offending_service"),
        ("Northshire Primary Care Network", "gp"),
        ("Northshire Constabulary Public Protection Unit", "police"),
        ("Office of the Police, Fire and Crime Commissioner", "police_and_crime_commissioner"),
    ],
)
def test_unlisted_names_land_on_their_pick_list_id(name: str, agency: str) -> None:
    assert normalise_agency(name) == agency
    assert lead_agencies("To review how missed appointments are followed up.", name) == [agency]


def test_the_guess_abstains_on_names_with_no_kind_in_them() -> None:
    for heading in ("Risk Assessment", "Coercive control", "Recommendations", "Action Plan", "Safeguarding"):
        assert guess_agency(heading) is None  # topics, not bodies
    assert guess_agency("Xylo Zephyr Service") is None


def test_neighbours_vote_and_the_same_name_stands_alone() -> None:
    model = NameModel(
        [
            ("tenancy support service", "housing"),
            ("housing support service", "housing"),
            ("recovery service", "drug_and_alcohol_services"),
            ("drug recovery service", "drug_and_alcohol_services"),
        ]
    )
    guess = model.guess("Tenancy Support Team")
    assert guess is not None and guess.agency == "housing"
    assert model.guess("drug recovery service").agency == "drug_and_alcohol_services"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("heading", "agency"),
    [
        ("Multi-agency", "all_agencies"),
        ("Education", "school"),
        ("Adults", "adult_social_care"),
        ("The Panel", "community_safety_partnership"),
    ],
)
def test_heading_only_names(heading: str, agency: str) -> None:
    assert normalise_agency(heading) == agency
    # as words in a sentence they are not addressees
    assert (
        agency not in lead_agencies(f"{heading} should be part of the plan.")
        or agency == "community_safety_partnership"
    )


def test_a_named_body_off_the_pick_list_is_other_with_its_name_kept() -> None:
    found = [
        a for a in addressees("To review the referral form.", "Northshire Carers Centre") if a.role == "lead"
    ]
    assert [(a.agency, a.text) for a in found] == [("other", "Northshire Carers Centre")]
    # a theme heading is no body
    assert lead_agencies("To review the referral form.", "Theme 2 - Information Sharing Group") == []


def test_charity_trusts_are_not_the_nhs() -> None:
    assert lead_agencies("The Kenward Trust should review its intake form.") == ["drug_and_alcohol_services"]
    assert lead_agencies("The Lantern Trust should review its intake form.") == ["other"]
    # a place-name trust is an NHS trust of that place
    assert lead_agencies("The Kent and Medway Trust should review its intake form.") == ["local_health_trust"]


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("KCC should review its commissioning of refuges.", "local_authority"),
        ("LBH to share the learning with its housing team.", "local_authority"),
        ("BCUHB should audit its discharge letters.", "local_health_trust"),
        ("Public Health Team, Northshire County Council, to commission training.", "public_health"),
        (
            "Northamptonshire Healthcare NHS Foundation Trust (NHFT) should review its triage.",
            "mental_health_services",
        ),
    ],
)
def test_acronyms_and_departments_named_with_their_council(text: str, agency: str) -> None:
    assert lead_agencies(text) == [agency]
