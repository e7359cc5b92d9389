"""Two addressee shapes the level sets' reading left: a voluntary domestic abuse service named "<Place> Against
Domestic Abuse", and the office of a PCC / PFCC under its own brand ("<Force area> Commissioner's Office", "the
Commissioner's Office"). Sentences written for these tests (invented places)."""

from __future__ import annotations

import pytest

from classification.addressees import lead_agencies
from classification.agencies import find_agencies, normalise_agency


@pytest.mark.parametrize(
    ("text", "context", "want"),
    [
        (
            "Westmoor Against Domestic Abuse should offer outreach in the villages.",
            None,
            ["domestic_abuse_services"],
        ),
        (
            "North Kelby Against Domestic Violence to run a group for older victims.",
            None,
            ["domestic_abuse_services"],
        ),
        (
            "Westmoor Commissioner's Office should fund training for call handlers.",
            None,
            ["police_and_crime_commissioner"],
        ),
        (
            "Fund training for call handlers across the county.",
            "Westmoor Commissioner's Office",
            ["police_and_crime_commissioner"],
        ),
        (
            "The Commissioner's Office should commission an outreach service.",
            None,
            ["police_and_crime_commissioner"],
        ),
        (
            "The Office of the Police, Fire and Crime Commissioner should fund the service.",
            None,
            ["police_and_crime_commissioner"],
        ),
    ],
)
def test_lead_agency(text: str, context: str | None, want: list[str]) -> None:
    assert lead_agencies(text, context) == want


def test_heading_names_the_office() -> None:
    assert normalise_agency("Westmoor Commissioner's Office") == "police_and_crime_commissioner"
    assert normalise_agency("Kelby Against Domestic Abuse") == "domestic_abuse_services"


@pytest.mark.parametrize(
    "text",
    [
        # another commissioner's office is not a PCC's
        "The Children's Commissioner's Office published guidance.",
        "Information Commissioner's Office guidance on sharing data.",
        # a plan or campaign against abuse is not a service; no name before it is none either
        "The Strategy Against Domestic Abuse should be refreshed.",
        "Agencies should work Against Domestic Abuse.",
    ],
)
def test_not_these_bodies(text: str) -> None:
    agencies = {m.agency for m in find_agencies(text)}
    assert not agencies & {"police_and_crime_commissioner", "domestic_abuse_services"}


def test_a_board_named_against_abuse_stays_a_board() -> None:
    found = [
        m.agency for m in find_agencies("Westmoor Against Domestic Abuse Partnership Board should meet.")
    ]
    assert found == ["domestic_abuse_partnership_board"]
