"""Agency normaliser and addressee rules: the general rules behind past extraction errors."""

from __future__ import annotations

import pytest

from classification.addressees import lead_agencies
from classification.agencies import find_agencies, normalise_agency


@pytest.mark.parametrize(
    ("name", "agency"),
    [
        # a council department is the department only
        ("Kingsmere Council Adult Social Care", "adult_social_care"),
        ("Blackpool Council Adult Services", "adult_social_care"),
        ("Riverton Borough Council Children's Social Care", "childrens_social_care"),
        ("Eastbridge Borough Council Housing Services", "housing"),
        ("the Council's Housing Department", "housing"),
        # trusts without a type word: known acute, mental-health and community trusts
        ("Lewisham and Greenwich NHS Trust", "hospital"),
        ("Medway NHS Foundation Trust", "hospital"),
        ("Torbay and South Devon NHS Foundation Trust", "hospital"),
        ("Surrey and Sussex Healthcare NHS Trust", "hospital"),
        ("Blackpool Teaching Hospitals NHS Foundation Trust", "hospital"),
        ("Lancashire and South Cumbria NHS FT", "mental_health_services"),
        ("Lancashire and South Cumbria NHS Foundation Trust", "mental_health_services"),
        ("Kent and Medway NHS and Social Care Partnership Trust", "mental_health_services"),
        ("Norfolk and Suffolk NHS Foundation Trust", "mental_health_services"),
        ("Livewell Southwest", "mental_health_services"),
        ("Leeds Community Healthcare NHS Trust", "local_health_trust"),
        ("Herefordshire and Worcestershire Health and Care NHS Trust", "local_health_trust"),
        ("Sirona Care and Health", "local_health_trust"),
        # acronyms
        ("LTHT", "hospital"),
        ("LYPFT", "mental_health_services"),
        ("KMPT", "mental_health_services"),
        ("TCSP", "community_safety_partnership"),
        ("WSCP", "children_safeguarding_board"),
        # CSPs and domestic abuse governance
        ("Safer Leeds", "community_safety_partnership"),
        ("Keep Bristol Safe Partnership", "community_safety_partnership"),
        ("Lewisham VAWG Strategic Board", "domestic_abuse_partnership_board"),
        ("Lewisham Violence Against Women and Girls Strategic Board", "domestic_abuse_partnership_board"),
        ("Torbay Domestic Abuse and Sexual Violence Executive Group", "domestic_abuse_partnership_board"),
        ("Leeds Domestic Violence and Abuse Partnership Board", "domestic_abuse_partnership_board"),
        ("Kent and Medway Domestic Abuse Strategy Group", "domestic_abuse_partnership_board"),
        # local services by name
        ("Forward Leeds", "drug_and_alcohol_services"),
        ("Bristol Drugs Project", "drug_and_alcohol_services"),
        ("Leeds Domestic Violence Service", "domestic_abuse_services"),
        ("Ministry of Defence", "other"),
    ],
)
def test_normalise_names(name, agency):
    assert normalise_agency(name) == agency


def test_safer_places_is_not_a_csp():
    assert normalise_agency("Safer Places") == "domestic_abuse_services"
    assert not [m for m in find_agencies("They provide safer spaces for victims.") if m.agency != "other"]


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # joint addressees: the second one is kept
        (
            "Leeds Domestic Violence Service and LYPFT should jointly review training.",
            None,
            {
                "domestic_abuse_services",
                "mental_health_services",
            },
        ),
        (
            "LTHT and Forward Leeds should deliver joint training.",
            None,
            {"hospital", "drug_and_alcohol_services"},
        ),
        (
            "The Partnership and Blackpool Council to deliver joint training.",
            None,
            {
                "community_safety_partnership",
                "local_authority",
            },
        ),
        (
            "Safer Lewisham Partnership and London Borough of Lewisham to deliver joint training.",
            None,
            {
                "community_safety_partnership",
                "local_authority",
            },
        ),
        (
            "Wealdshire County Council Adult Social Care and NHS Sussex CCG to commission a pathway.",
            None,
            {
                "adult_social_care",
                "integrated_care_board",
            },
        ),
        (
            "Adult Social Care and Kent and Medway NHS and Social Care Partnership Trust should review.",
            None,
            {
                "adult_social_care",
                "mental_health_services",
            },
        ),
        # a name ending in a head noun or an acronym is not the start of the next name
        (
            "Torbay Domestic Abuse and Sexual Violence Executive Group and Devon Partnership NHS Trust should review.",
            None,
            {"domestic_abuse_partnership_board", "mental_health_services"},
        ),
        (
            "Keep Bristol Safe Partnership and Bristol City Council to deliver training.",
            None,
            {
                "community_safety_partnership",
                "local_authority",
            },
        ),
        # passive agents joined by "between ... and"
        (
            "A protocol should be agreed between probation and the MARAC.",
            None,
            {"probation_service", "marac"},
        ),
        # audiences are not addressees
        (
            "Eastbridge Borough Council should develop a pathway for housing officers to refer tenants.",
            None,
            {"local_authority"},
        ),
        (
            "Training should be provided for housing officers.",
            "Eastbridge Borough Council Housing Services",
            {"housing"},
        ),
        (
            "The ICB should commission domestic abuse training for primary care.",
            None,
            {"integrated_care_board"},
        ),
        # staff and units of the heading's trust are the trust (agencies sets B-K and extraction_dev2 label an
        # acute trust's emergency department `hospital`, never `accident_and_emergency` beside it)
        (
            "Health visitors should be given protected time for supervision.",
            "Wyvern Health and Care NHS Trust",
            {"local_health_trust"},
        ),
        (
            "The emergency department to audit compliance.",
            "Royal Berkshire NHS Foundation Trust",
            {"hospital"},
        ),
        # a heading naming the council and its department: the department
        (
            "Awareness training should be made mandatory.",
            "Eastbridge Borough Council Housing | Eastbridge Council",
            {"housing"},
        ),
        (
            "The Ministry of Defence and NHS England should write to the Home Office.",
            None,
            {"other", "nhs_england"},
        ),
    ],
)
def test_addressees(text, context, expected):
    assert set(lead_agencies(text, context)) == expected


def test_without_heading_staff_stay_addressees():
    assert lead_agencies("Health visitors should ask about domestic abuse at every contact.") == [
        "community_health"
    ]
