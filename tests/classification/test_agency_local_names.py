"""Addressees written by local names and a trust's own units (LABELLING-GUIDE agencies rules 1-5, as the agencies
sets E-K read them): a named prison, a 0-19 service, a unit of the heading's trust, a trust's initials beside a
place, an ICB's locality team, a council told of a duty every body has, bodies only told something, and a
supporter between commas. Texts are this file's own, not any set's."""

from __future__ import annotations

import pytest

from classification.addressees import lead_agencies
from classification.agencies import find_agencies, normalise_agency
from classification.agency_topics import council_service


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("HMP Wealdstone should check every call a prisoner makes.", "other"),
        ("HMP/YOI Northdale to share release dates with the police.", "other"),
        ("HMP should review its visits policy.", "ministry_of_justice"),  # the service, no prison named
        ("HM Prison and Probation Service to review licence checks.", "probation_service"),
    ],
)
def test_a_named_prison_is_a_local_establishment(text: str, agency: str) -> None:
    assert find_agencies(text)[0].agency == agency


@pytest.mark.parametrize(
    "name",
    ["0-19 Public Health Nursing Team", "0-19 Children's Public Health Service", "0-25 Healthy Child Team"],
)
def test_a_0_19_service_is_a_community_arm_not_public_health(name: str) -> None:
    assert [m.agency for m in find_agencies(f"The {name} should ask about abuse.")] == ["community_health"]


def test_a_service_provided_by_a_trust_is_that_trust_as_a_community_trust() -> None:
    text = "The 0-19 Public Health Nursing Team run by Leicestershire Partnership NHS Trust should ask about abuse."
    assert lead_agencies(text) == ["local_health_trust"]


@pytest.mark.parametrize(
    ("text", "heading", "expected"),
    [
        (
            "Ensure that the maternity unit at St Mary's Hospital asks every woman about abuse when she is alone.",
            "Northshire University Health Board",
            ["local_health_trust"],
        ),
        (
            "Staff in the emergency department at Northshire General Hospital to ask who brought the patient in.",
            "Northshire Hospitals NHS Foundation Trust",
            ["hospital"],
        ),
    ],
)
def test_a_unit_of_the_heading_trust_is_no_second_addressee(
    text: str, heading: str, expected: list[str]
) -> None:
    assert lead_agencies(text, heading) == expected


def test_a_trusts_initials_beside_a_place_keep_the_trusts_type() -> None:
    # the place alone names an acute trust; the initials name the mental health trust that serves it
    assert normalise_agency("ELFT Luton and Dunstable") == "mental_health_services"
    assert normalise_agency("Barts Health") == "hospital"  # a bare name's generic word still takes the list's


def test_an_icb_locality_team_is_the_heading_icb() -> None:
    # the team is the heading's ICB; the practices it is to make act are labelled beside it (rule 4, as after
    # "ensure that": agencies sets K and L label "make sure that GP practices add ..." so)
    text = "The locality team should make sure that every practice codes a MARAC discussion."
    assert sorted(lead_agencies(text, "NHS Northshire Integrated Care Board")) == [
        "gp",
        "integrated_care_board",
    ]
    text = "The locality team should review how a MARAC discussion is coded."
    assert lead_agencies(text, "NHS Northshire Integrated Care Board") == ["integrated_care_board"]


def test_the_duty_to_report_an_adult_at_risk_is_every_bodys() -> None:
    assert council_service("local_authority", "remind staff of their duty to report an adult at risk") == (
        "local_authority"
    )
    assert (
        council_service("local_authority", "make enquiries about every adult at risk") == "adult_social_care"
    )


def test_a_body_only_told_is_no_addressee() -> None:
    assert lead_agencies("Tell the police of every breach of a bail condition.", "HMP Wealdstone") == [
        "other"
    ]
    assert lead_agencies("Northshire Police should tell Children's Social Care of every incident.") == [
        "police"
    ]


def test_the_object_after_a_supporter_between_commas_is_no_addressee() -> None:
    text = (
        "It is recommended that Northshire Hospitals NHS Trust (NHT), supported by Northshire Women's Aid, places "
        "an IDVA in its maternity unit."
    )
    assert lead_agencies(text) == ["hospital"]


def test_staff_of_two_trades_one_unnamed_are_the_headings_bodies() -> None:
    heading = "Northshire City Council and Oak Homes"
    text = "Tenancy and social care staff to be trained on stalking."
    assert sorted(lead_agencies(text, heading)) == ["housing", "local_authority"]
    # one trade the recogniser names stays that trade's body
    assert lead_agencies("Social care staff to be trained on stalking.", heading) == ["local_authority"]


@pytest.mark.parametrize(
    "text",
    [
        "The by-and-for service for disabled women should open a drop-in in each library.",
        "Northshire's 'by and for' DA services to be funded for three years.",
    ],
)
def test_a_by_and_for_service_by_any_words_between(text: str) -> None:
    assert [m.agency for m in find_agencies(text)] == ["specialist_by_and_for_services"]


def test_sexual_health_clinics_are_a_community_service() -> None:
    assert [m.agency for m in find_agencies("Staff in sexual health clinics to ask about abuse.")] == [
        "community_health"
    ]
