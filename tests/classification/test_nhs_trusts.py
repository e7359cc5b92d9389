"""NHS trusts, ambulance trusts, Welsh health boards and ICBs by every kind of name (classification/data/nhs_bodies.json).

The sentences are written for these tests: recommendations addressing a body by its full name, its name without
"NHS (Foundation) Trust", its initials or a former name, and bodies that are only consulted (not addressees).
"""

from __future__ import annotations

import json

import pytest

from classification.addressees import lead_agencies
from classification.agencies import normalise_agency
from classification.gazetteer import (
    AMBIGUOUS_INITIALS,
    KNOWN_ACRONYMS,
    NHS_BODIES_FILE,
    ambiguous_initials_agency,
    load_nhs_bodies,
    nhs_short_names,
)
from dhr.errors import ModelNotAvailableError

ADDRESSED = [
    # full current names
    (
        "North Tees and Hartlepool NHS Foundation Trust should audit how A&E staff ask about domestic abuse.",
        "hospital",
    ),
    (
        "Tees, Esk and Wear Valleys NHS Foundation Trust to refresh its risk assessment guidance.",
        "mental_health_services",
    ),
    (
        "Shrewsbury and Telford Hospital NHS Trust must record who accompanies patients to appointments.",
        "hospital",
    ),
    (
        "Birmingham and Solihull Mental Health NHS Foundation Trust will review discharge planning.",
        "mental_health_services",
    ),
    (
        "Kent Community Health NHS Foundation Trust should train health visitors in routine enquiry.",
        "local_health_trust",
    ),
    (
        "Yorkshire Ambulance Service NHS Trust to share crew concerns with the safeguarding hub.",
        "ambulance_service",
    ),
    (
        "Betsi Cadwaladr University Health Board should ensure that routine enquiry is made.",
        "local_health_trust",
    ),
    (
        "NHS Surrey Heartlands Integrated Care Board should commission a training offer for practices.",
        "integrated_care_board",
    ),
    ("Mid and South Essex NHS Foundation Trust will update its maternity safeguarding policy.", "hospital"),
    (
        "University Hospitals of Derby and Burton NHS Foundation Trust should review its IDVA provision.",
        "hospital",
    ),
    (
        "Essex Partnership University NHS Foundation Trust to strengthen care coordination.",
        "mental_health_services",
    ),
    (
        "Cardiff and Vale University Health Board should adopt the revised referral pathway.",
        "local_health_trust",
    ),
    # names without the suffix
    ("North Tees and Hartlepool NHS should make sure staff know the MARAC referral route.", "hospital"),
    ("Sussex Partnership must review how carers are involved in care planning.", "mental_health_services"),
    ("Oxleas should remind clinicians to ask about access to children.", "mental_health_services"),
    ("Royal Cornwall Hospitals will add a domestic abuse prompt to the triage form.", "hospital"),
    (
        "Nottingham University Hospitals should hold a learning event for emergency department staff.",
        "hospital",
    ),
    ("Hywel Dda should audit compliance with its routine enquiry policy.", "local_health_trust"),
    (
        "The Surrey ICB should seek assurance that practices have a safeguarding lead.",
        "integrated_care_board",
    ),
    # initials
    ("NTHFT should review its safeguarding supervision arrangements.", "hospital"),
    ("TEWV to audit the quality of risk formulations.", "mental_health_services"),
    ("SaTH should ensure that safeguarding referrals are tracked.", "hospital"),
    ("BSMHFT will roll out training on coercive control.", "mental_health_services"),
    ("UHNM should develop a policy on frequent attenders.", "hospital"),
    ("ESNEFT should embed routine enquiry in its outpatient clinics.", "hospital"),
    ("EEAST will remind crews to record who is present at the address.", "ambulance_service"),
    ("SBUHB to provide assurance on the use of interpreters.", "local_health_trust"),
    ("CWPT must review its policy on missed appointments.", "mental_health_services"),
    # former names
    (
        "Heart of England NHS Foundation Trust should share the learning with its emergency department.",
        "hospital",
    ),
    ("Western Sussex Hospitals NHS Foundation Trust to review its safeguarding training.", "hospital"),
    (
        "Abertawe Bro Morgannwg University Health Board should review its referral pathway.",
        "local_health_trust",
    ),
    (
        "Lancashire Care NHS Foundation Trust must review its crisis team's handover practice.",
        "mental_health_services",
    ),
    # ambiguous initials: only beside a place the body serves
    (
        "In Leicestershire, LPT should review how its crisis team records third-party concerns.",
        "mental_health_services",
    ),
]


@pytest.mark.parametrize(("text", "agency"), ADDRESSED)
def test_trust_addressed_by_each_kind_of_name(text: str, agency: str) -> None:
    assert lead_agencies(text) == [agency]


HEADED = [
    # the name as an agency heading or Lead Agency cell, the recommendation text naming no body
    ("North Tees and Hartlepool", "hospital"),
    ("NTHFT", "hospital"),
    ("Leicestershire Partnership", "mental_health_services"),
    ("South Tyneside and Sunderland", "hospital"),
    ("North Cumbria Integrated Care", "hospital"),
    ("Swansea Bay UHB", "local_health_trust"),
    ("Kettering General", "hospital"),
]


@pytest.mark.parametrize(("heading", "agency"), HEADED)
def test_trust_named_in_the_heading(heading: str, agency: str) -> None:
    assert lead_agencies("Staff should know the MARAC referral route.", context=heading) == [agency]


def test_former_ccg_names_are_integrated_care_boards() -> None:
    assert lead_agencies("NHS Northshire Clinical Commissioning Group should fund the IDVA post.") == [
        "integrated_care_board"
    ]
    assert normalise_agency("Leeds CCG") == "integrated_care_board"


NOT_ADDRESSED = [
    # guide rule 2: a body the recommendation only consults is no addressee
    ("Durham Constabulary, in consultation with TEWV, should review its mental health triage.", ["police"]),
    (
        "The CSP should, in consultation with NTHFT, develop a health pathway.",
        ["community_safety_partnership"],
    ),
    ("Kent Police must consult Kent Community Health NHS Foundation Trust on the protocol.", ["police"]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_ADDRESSED)
def test_a_consulted_trust_is_no_addressee(text: str, expected: list[str]) -> None:
    assert lead_agencies(text) == expected


def test_ambiguous_initials_need_a_place() -> None:
    assert "LPT" in AMBIGUOUS_INITIALS and "LPT" not in KNOWN_ACRONYMS
    assert ambiguous_initials_agency("LPT", "LPT should review its policy.") is None
    assert ambiguous_initials_agency("LPT", "Lincolnshire LPT should review it.") == "mental_health_services"
    assert ambiguous_initials_agency("BHT", "BHT in Brighton should review it.") == "housing"
    # places of bodies of different types: no guess
    assert ambiguous_initials_agency("BHFT", "Berkshire and Bedfordshire: BHFT to act.") is None
    assert lead_agencies("LPT should review how it records third-party concerns.") == []


def test_every_body_normalises_to_its_type() -> None:
    """Each body's full name and its unambiguous initials land on its own type (a damaged row shows here)."""
    data = load_nhs_bodies()
    wrong = []
    for body in data["trusts"]:
        if body["name"].startswith("Great Ormond Street"):
            continue  # "Hospital for Children NHS Foundation Trust": the open-class pattern reads a children's trust
        for name in (body["name"], *body.get("initials", [])):
            if normalise_agency(name) != body["agency"]:
                wrong.append((name, normalise_agency(name), body["agency"]))
    for board in data["icbs"]:
        for name in (board["name"], f"{board['area']} ICB"):
            if normalise_agency(name) != "integrated_care_board":
                wrong.append((name, normalise_agency(name), "integrated_care_board"))
    assert wrong == []


def test_table_shape() -> None:
    data = load_nhs_bodies()
    assert len(data["trusts"]) >= 200 and len(data["icbs"]) == 42
    kinds = {b["kind"] for b in data["trusts"]}
    assert {"acute", "mental_health", "community", "ambulance", "welsh_health_board"} <= kinds
    assert sum(b["kind"] == "ambulance" for b in data["trusts"]) == 11
    names = [b["name"] for b in data["trusts"]]
    assert len(names) == len(set(names))
    # a short name is never "NHS Foundation Trust"-suffixed, and a former full name keeps its "NHS"
    body = next(b for b in data["trusts"] if b["name"].startswith("University Hospitals Birmingham"))
    assert "Heart of England NHS" in nhs_short_names(body)


def test_damaged_table_is_a_clear_error(tmp_path) -> None:
    bad = tmp_path / "nhs.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelNotAvailableError):
        load_nhs_bodies(bad)
    bad.write_text(json.dumps({"trusts": [{"name": "X", "agency": "bakery"}]}), encoding="utf-8")
    with pytest.raises(ModelNotAvailableError):
        load_nhs_bodies(bad)
    assert NHS_BODIES_FILE.name == "nhs_bodies.json"
