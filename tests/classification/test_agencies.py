from __future__ import annotations

import pytest

from classification.addressees import addressees, lead_agencies
from classification.agencies import find_agencies, normalise_agency
from classification.gazetteer import POLICE_FORCES


@pytest.mark.parametrize("force", POLICE_FORCES)
@pytest.mark.parametrize("suffix", ["Police", "Constabulary", "Police Service", "Force"])
def test_every_territorial_force(force, suffix):
    assert normalise_agency(f"{force} {suffix}") == "police"


@pytest.mark.parametrize(
    ("name", "agency"),
    [
        ("MPS", "police"),
        ("the Met", "police"),
        ("Metropolitan Police Service", "police"),
        ("British Transport Police", "police"),
        ("Hampshire and Isle of Wight Constabulary", "police"),
        ("Tees, Esk and Wear Valleys NHS Foundation Trust", "mental_health_services"),
        ("Sussex Partnership NHS Foundation Trust", "mental_health_services"),
        ("Avon and Wiltshire Mental Health Partnership NHS Trust", "mental_health_services"),
        ("South Western Ambulance Service NHS Foundation Trust", "ambulance_service"),
        ("London Ambulance Service", "ambulance_service"),
        ("Royal Free London NHS Foundation Trust", "hospital"),
        ("University Hospitals of Leicester NHS Trust", "hospital"),
        ("Sussex Community NHS Foundation Trust", "local_health_trust"),
        ("Kent and Medway CCG", "integrated_care_board"),
        ("NHS Kent and Medway ICB", "integrated_care_board"),
        ("Clinical Commissioning Group", "integrated_care_board"),
        ("Riverside Surgery", "gp"),
        ("GP Federation", "gp"),
        ("Brighton and Hove City Council", "local_authority"),
        ("London Borough of Lambeth", "local_authority"),
        ("Adult Social Care", "adult_social_care"),
        ("Children's Services", "childrens_social_care"),
        ("Housing Options", "housing"),
        ("Riverside Housing Association", "housing"),
        ("Turning Point", "drug_and_alcohol_services"),
        ("Change Grow Live", "drug_and_alcohol_services"),
        ("CGL", "drug_and_alcohol_services"),
        ("We Are With You", "drug_and_alcohol_services"),
        ("Addaction", "drug_and_alcohol_services"),
        ("Bristol Recovery Service", "drug_and_alcohol_services"),
        ("IDVA service", "domestic_abuse_services"),
        ("Refuge", "domestic_abuse_services"),
        ("Women's Aid", "domestic_abuse_services"),
        ("SafeLives", "domestic_abuse_services"),
        ("Safer Croydon Partnership", "community_safety_partnership"),
        ("Safe City Partnership", "community_safety_partnership"),
        ("Safer Stronger Communities Partnership", "community_safety_partnership"),
        ("Community Safety Partnership", "community_safety_partnership"),
        ("OPCC", "police_and_crime_commissioner"),
        ("MOPAC", "police_and_crime_commissioner"),
        ("NPS", "probation_service"),
        ("Community Rehabilitation Company", "probation_service"),
        ("HMPPS", "probation_service"),
        ("Department of Health", "dhsc"),
        ("Dept of Health", "dhsc"),
        ("DCLG", "mhclg"),
        ("DLUHC", "mhclg"),
        ("Department for Levelling Up, Housing and Communities", "mhclg"),
        ("DfES", "dfe"),
        ("DWP", "dwp"),
        ("Ministry of Justice", "ministry_of_justice"),
        ("Home Office", "home_office"),
        ("NHS England area team", "nhs_england"),
        ("NHSE", "nhs_england"),
        ("College of Policing", "other"),
        ("CPS", "crown_prosecution_service"),
        ("HMCTS", "hmcts"),
        ("MARAC", "marac"),
        ("MASH", "mash"),
        ("MATAC", "matac"),
        ("YOT", "youth_offending_service"),
        ("DVPP", "dv_perpetrator_programme"),
        ("Safeguarding Adults Board", "safeguarding_adults_board"),
        ("LSCB", "children_safeguarding_board"),
        ("Public Health", "public_health"),
        ("CQC", "cqc"),
        ("HMICFRS", "hmicfrs"),
        ("HM Inspectorate of Probation", "hm_inspectorate_of_probation"),
        ("All agencies", "all_agencies"),
        ("partner agencies", "all_agencies"),
        ("Lead: Kent Police", "police"),
    ],
)
def test_normalise_spellings(name, agency):
    assert normalise_agency(name) == agency


def test_unknown_name_is_none():
    assert normalise_agency("XYZ Widgets Ltd") is None
    assert normalise_agency("   ") is None


def test_find_agencies_longest_match_and_offsets():
    text = "Kent Police and Sussex Partnership NHS Foundation Trust met the IDVA service."
    found = find_agencies(text)
    assert [m.agency for m in found] == ["police", "mental_health_services", "domestic_abuse_services"]
    for m in found:
        assert text[m.start : m.end] == m.text
    assert found[1].text == "Sussex Partnership NHS Foundation Trust"


def test_ordinary_words_are_not_agencies():
    assert find_agencies("We will drive improvement in advance and impact the bridge.") == []


@pytest.mark.parametrize(
    ("text", "context", "leads"),
    [
        ("Avon and Somerset Constabulary should review its DASH training.", None, ["police"]),
        (
            "The Police and the Office of the PCC should commission a review.",
            None,
            ["police", "police_and_crime_commissioner"],
        ),
        (
            "In consultation with the CCG, the Trust should review its policy.",
            "Oxleas NHS Foundation Trust",
            ["mental_health_services"],
        ),
        ("Kent Police, working with Children's Services, should develop a protocol.", None, ["police"]),
        (
            "The CSP should write to the Home Office asking it to amend the guidance.",
            None,
            ["community_safety_partnership"],
        ),
        (
            "The Home Office should seek assurance from NHS England that GPs are trained.",
            None,
            ["home_office"],
        ),
        (
            "The CCG should ensure that all GP practices establish a policy.",
            None,
            ["integrated_care_board", "gp"],
        ),
        (
            "All GP practices to establish a policy on routine enquiry.",
            "10 (CCG)",
            ["gp", "integrated_care_board"],
        ),
        (
            "Training should be commissioned for all staff working in primary care.",
            "Safer Bristol Partnership",
            ["community_safety_partnership"],
        ),
        ("There is a need for the Probation Service to review its approach.", None, ["probation_service"]),
        (
            "It is recommended that the Integrated Care Board produce guidance.",
            None,
            ["integrated_care_board"],
        ),
        (
            "The CSP and its partners should review the strategy.",
            None,
            ["community_safety_partnership", "all_agencies"],
        ),
        (
            "To review the process for sharing discharge summaries.",
            "Lead Agency: Hospital Trust",
            ["hospital"],
        ),
    ],
)
def test_addressee_rules(text, context, leads):
    assert lead_agencies(text, context) == leads


def test_roles_are_reported():
    roles = {a.agency: a.role for a in addressees("Kent Police should work with the local authority.")}
    assert roles == {"police": "lead", "local_authority": "consulted"}


@pytest.mark.parametrize(
    ("name", "agency"),
    [
        ("NHS Kernow", "integrated_care_board"),  # a CCG/ICB named by its area after "NHS"
        ("NHS Kent and Medway", "integrated_care_board"),
        ("NHS England", "nhs_england"),
        ("Sheffield City Council (Children, Young People and Families)", "childrens_social_care"),
        ("KCC Adult Social Care and Health", "adult_social_care"),
    ],
)
def test_long_tail_names(name, agency):
    assert normalise_agency(name) == agency


def test_trust_acronym_takes_the_type_of_the_heading_trust():
    # an unknown acronym alone would be a community trust by default; the heading names an acute trust
    assert lead_agencies(
        "The NTHFT should ensure that learning is shared.", "North Tees and Hartlepool Foundation Trust"
    ) == ["hospital"]


def test_actor_after_from_in_a_verbless_recommendation():
    assert lead_agencies(
        "The provision of assurances from Merseyside Police and the National Probation Service that the "
        "agreement is embedded"
    ) == ["police", "probation_service"]
    assert lead_agencies("Consideration from all agencies on how staff apply the Mental Capacity Act") == [
        "all_agencies"
    ]
    # with a verb, "from" is still a body asked for assurance (labelling guide: not labelled)
    assert lead_agencies("The CSP to seek assurance from the Police that officers are trained.") == [
        "community_safety_partnership"
    ]
    # a heading gives the addressee of subject-less text; "from" does not override it
    assert lead_agencies("Evidence from the Police to be provided.", "Safer Northshire Partnership") == [
        "community_safety_partnership"
    ]


@pytest.mark.parametrize(
    ("name", "agency"),
    [
        ("Barts Health", "hospital"),  # a known trust without "NHS Trust": not a generic health service
        ("Kent Community Health", "local_health_trust"),
        ("Oxleas", "mental_health_services"),
        ("Environmental Health", "local_authority"),
        ("Armed Forces", "other"),  # not a police force
        ("Health Visiting Service", "community_health"),
    ],
)
def test_known_trusts_and_look_alikes(name, agency):
    assert normalise_agency(name) == agency
    assert lead_agencies("A regular audit is undertaken.", name) == [agency]


def test_council_department_after_a_borough_name_and_voluntary_services():
    assert lead_agencies(
        "The London Borough of Hackney Children and Families Service should audit cases."
    ) == ["childrens_social_care"]
    assert lead_agencies("The London Borough of Hackney should audit cases.") == ["local_authority"]
    assert normalise_agency("Sefton Council for Voluntary Service") == "other"  # not the council
