"""An action plan's Lead cell, one agency per action: bodies printed one a line reach the finder as one run of
words (the readers join a cell's lines), and a body's type given in brackets after its name elsewhere in the
report. Names here are made up for the tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dhr.schema import SourceInfo
from extraction.document import Document, Line, Page
from extraction.plan_columns import agencies_from_lead
from extraction.plan_lead_names import lead_name_parts


@pytest.mark.parametrize(
    ("cell", "agencies"),
    [
        # a council's department on one line, a trust on the next: the trust no longer swallows the department
        (
            "Northvale Police Eastby Council Adult Social Care Westford and Ashby Hospital NHS Trust",
            ["police", "adult_social_care", "hospital"],
        ),
        # a council on the line after a hospital trust: the council no longer swallows the trust
        ("Northvale Police Eastby Alexandra Hospital NHS Trust Northvale County Council",
         ["police", "hospital", "local_authority"]),
        # the council's department, then a mental health trust named from its place
        (
            "Northvale County Council Adult Social Care Northvale Partnership University NHS Foundation Trust",
            ["adult_social_care", "mental_health_services"],
        ),
    ],
)  # fmt: skip
def test_bodies_printed_one_a_line_are_each_read(cell: str, agencies: list[str]) -> None:
    assert agencies_from_lead(cell) == agencies


@pytest.mark.parametrize(
    "cell",
    [
        "Kent and Medway NHS and Social Care Partnership Trust",  # a name wrapped over two lines: one body
        "Eastby Council Adult Social Care",  # a council's department: one body
        "Westford and Ashby Hospital NHS Trust",  # type words go on a name ("NHS Trust"), no cut before them
        "Tees, Esk and Wear Valleys NHS Foundation Trust",
        "Royal Borough of Eastby Children's Services",
        "Northvale Police Domestic Abuse Unit",  # a unit of the force: its type words name no body alone
        "NHS Northshire CCG",  # one word before a place starts the name
    ],
)
def test_one_name_stays_whole(cell: str) -> None:
    assert lead_name_parts(cell) == [cell]


def test_a_type_in_brackets_after_a_name_is_what_the_body_is() -> None:
    from extraction.agency_context import agency_acronyms, label_action_leads

    source = SourceInfo(filename="made-up.docx", sha256="0" * 64, pages=1, format="docx")
    text = (
        "Panel members came from Northvale Police, Eastby Health CIC (the GP federation) and the domestic "
        "abuse service. However Westfield Care CIC (our housing provider) took part. Northvale Partnership NHS "
        "Foundation Trust (the mental health trust) sent a report. The Chair (the review panel) wrote it."
    )
    document = Document(source=source, pages=[Page(number=1, lines=[Line(text=text, page=1)])])
    defined = agency_acronyms(document)
    assert defined["Eastby Health CIC"] == "GP federation"
    assert defined["Westfield Care CIC"] == "housing provider"
    # a name the gazetteer reads whole, and the review's own panel, are not redefined
    assert not any("Trust" in k or "Chair" in k for k in defined)
    action = SimpleNamespace(lead_text="Eastby Health CIC", agencies=["local_health_trust"])
    draft = SimpleNamespace(text="Audit the policies.", item=SimpleNamespace(heading=None), actions=[action])
    label_action_leads([draft], defined)
    assert action.agencies == ["gp"]


def _draft(lead: str, agencies: list[str], text: str = "Audit the policies.") -> SimpleNamespace:
    action = SimpleNamespace(lead_text=lead, agencies=agencies)
    return SimpleNamespace(text=text, item=SimpleNamespace(heading=None), actions=[action])


def test_a_post_before_its_body_leads_as_the_body() -> None:
    from extraction.agency_context import label_action_leads

    csp = _draft(
        "Community Safety Manager, Eastby Community Safety Partnership",
        ["community_safety_partnership", "council_community_safety_team"],
    )
    # a council in general after the post: the post says which department, so the reading stays
    council = _draft(
        "Adult Safeguarding Manager, Eastby County Council", ["adult_social_care", "local_authority"]
    )
    label_action_leads([csp, council], {})
    assert csp.actions[0].agencies == ["community_safety_partnership"]
    assert council.actions[0].agencies == ["adult_social_care", "local_authority"]


def test_a_council_leading_its_departments_recommendation_is_the_department() -> None:
    from extraction.agency_context import label_action_leads

    text = "Eastby City Council (Children, Young People and Families) to ensure that the new framework is embedded."
    dept = _draft("Eastby City Council", ["local_authority"], text)
    other = _draft(
        "Eastby City Council", ["local_authority"], "Eastby City Council to review its housing policy."
    )
    label_action_leads([dept, other], {})
    assert dept.actions[0].agencies == ["childrens_social_care"]
    assert other.actions[0].agencies == ["local_authority"]
