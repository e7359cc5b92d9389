"""Readings added from agencies set M's errors (own-words texts; LABELLING-GUIDE agencies rules 1-5): a history
clause after the subject names predecessors, not addressees; "the Royal Borough" is a council; a trust acting
through one kind of unit takes that unit's kind when its own type is unclear (an integrated trust's emergency
department is acute, a combined trust's mental health team is mental health), a Welsh health board keeps its
id; a subject under a board's heading that is one of its teams or a hospital's unit is the board; a trust named as its
community arm, and an unknown subject that provides a community service, are community health providers; an
unknown owner of an acute unit is a hospital trust; real brands of housing and council services."""

from __future__ import annotations

import pytest

from classification.addressees import lead_agencies


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # predecessors named in a history clause after the subject
        (
            "The Council's Housing Service, which took over the housing duties of the former North Dale and South "
            "Dale District Councils, should ask every applicant whether they are moving to escape abuse.",
            None,
            ["housing"],
        ),
        (
            "Westmoor Police, which replaced the Westmoor Borough Council's wardens service, should train officers.",
            None,
            ["police"],
        ),
        (
            "NHS Westmoor ICB (formerly Westmoor Borough Council's commissioning unit) should review its policy.",
            None,
            ["integrated_care_board"],
        ),
        (
            "NHS Westmoor ICB, which took on the duties of Westmoor Borough Council in 2022, to ensure that GP "
            "practices take part in the programme.",
            None,
            ["integrated_care_board", "gp"],
        ),
        # a body named after the subject with no history words is still read as before
        (
            "Westmoor Police and Westmoor Borough Council should jointly review the protocol.",
            None,
            ["police", "local_authority"],
        ),
    ],
)
def test_a_history_clause_names_no_addressee(text: str, context: str | None, expected: list[str]) -> None:
    assert lead_agencies(text, context) == expected


def test_the_royal_borough_is_a_council_beside_a_force() -> None:
    text = "The Royal Borough and Thames Valley Police should jointly run a campaign on economic abuse."
    assert lead_agencies(text, None) == ["local_authority", "police"]


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # an integrated (unclear) trust's emergency department: acute
        (
            "Ensure that the emergency department at Westmoor General Hospital asks every patient with an injury "
            "whether anyone at home hurt them.",
            "WICFT",
            ["hospital"],
        ),
        # its district nurses stay its community arm
        ("The Trust's district nurses to see a housebound patient alone.", "WICFT", ["local_health_trust"]),
        # a combined trust's community mental health team: mental health
        (
            "The Trust's community mental health team should ask every patient referred after self-harm whether "
            "they feel safe at home.",
            "WHFT",
            ["mental_health_services"],
        ),
        # a Welsh health board keeps its id whatever unit acts
        (
            "The Health Board's community mental health team to record who a patient lives with.",
            "Westmoor University Health Board",
            ["local_health_trust"],
        ),
        # a mental health trust's 0-19 teams under their local name: its community arm
        (
            "The Trust's Healthy Family Teams to ask about domestic abuse at every contact.",
            "Westmoor Mental Health NHS Foundation Trust",
            ["local_health_trust"],
        ),
    ],
)
def test_a_trust_acting_through_one_kind_of_unit(text: str, context: str, expected: list[str]) -> None:
    assert lead_agencies(text, context) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Aberystwyth community mental health team to record who a patient lives with.",
        "Westmoor General Hospital's emergency department to ask every patient with an injury whether they feel "
        "safe at home.",
    ],
)
def test_a_boards_team_or_hospital_under_its_heading_is_the_board(text: str) -> None:
    assert lead_agencies(text, "Westmoor University Health Board") == ["local_health_trust"]


def test_a_hospital_named_as_the_actor_under_a_boards_heading_stays_a_hospital() -> None:
    text = (
        "Ensure that Westmoor General Hospital records marks on the neck as a possible sign of strangulation."
    )
    assert lead_agencies(text, "Westmoor University Health Board") == ["hospital"]


def test_a_hospital_under_an_english_trusts_heading_stays_a_hospital() -> None:
    text = "Westmoor General Hospital's emergency department to ask every patient about abuse."
    assert lead_agencies(text, "Westmoor Hospitals NHS Foundation Trust") == ["hospital"]


def test_a_trust_named_as_its_community_arm_is_a_community_trust() -> None:
    text = (
        "The Westmoor Local Care Organisation, WHFT's community services arm, to make sure that district nurses "
        "record who is present at each visit."
    )
    assert lead_agencies(text, "Westmoor Hospitals NHS Foundation Trust (WHFT)") == ["local_health_trust"]


def test_an_unknown_provider_of_community_nursing_is_a_community_health_provider() -> None:
    text = (
        "Eastfold Community Enterprise, which provides community nursing in the district, should make sure that its "
        "nurses see a housebound patient alone at least once a month."
    )
    assert lead_agencies(text, "Identifying risk") == ["local_health_trust"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("St Anne's maternity service to record the answer to the routine enquiry question.", ["hospital"]),
        ("Westmoor General's emergency department to ask every patient about abuse.", ["hospital"]),
        # no owner named: the unit keeps its own id
        ("The maternity service to record the answer to the routine enquiry question.", ["midwifery"]),
    ],
)
def test_an_unknown_owner_of_an_acute_unit_is_a_hospital_trust(text: str, expected: list[str]) -> None:
    assert lead_agencies(text, None) == expected


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("Radian should train its neighbourhood officers to recognise coercive control.", None, ["housing"]),
        ("Ask a carer about their own safety at every carer's assessment.", "Optalis", ["adult_social_care"]),
        ("Achieving for Children should hold a strategy discussion.", None, ["childrens_social_care"]),
    ],
)
def test_real_brands_of_housing_and_council_services(
    text: str, context: str | None, expected: list[str]
) -> None:
    assert lead_agencies(text, context) == expected
