"""Readings found missing by blind set 10 (``plans_blind_j``), each on text written for these tests: a prose
plan whose actions are numbered under their recommendation ("Action 1.1: ... Lead: ... By when: ..."), a plan
of "Action: / Lead: / By when:" paragraphs under "Recommendation N" headings, long enough to pass for a
paragraph of commentary, and an update's "Completed actions" / "Outstanding actions" tables as the plan.

The end-to-end tests also hold the readings outside the plan modules (``recommendation_wording.split_fields``,
``recommendations_clean.clean_items``, ``sections.ACTION_PLAN_HEADING``)."""

from __future__ import annotations

import pytest

from extraction.plan_prose import PROSE_LABEL_START, holds_prose_plan, prose_actions
from tests.extraction.builders import make_document


def test_actions_numbered_under_their_recommendation_are_split() -> None:
    text = (
        "Ferncliff Council should ask about abuse when an alarm is fitted. Action 1.1: Add a question to the "
        "checklist Lead: Ferncliff Council By when: end of March 2025 Action 1.2: Train the fitters "
        "Lead: Ferncliff Council By when: TBC"
    )
    head, actions = prose_actions(text, 1)
    assert head == "Ferncliff Council should ask about abuse when an alarm is fitted."
    assert [(a.text, a.lead_text, a.target_date_text, a.target_date) for a in actions] == [
        ("Add a question to the checklist", "Ferncliff Council", "end of March 2025", "2025-03"),
        ("Train the fitters", "Ferncliff Council", "TBC", None),
    ]


@pytest.mark.parametrize(
    ("line", "label"),
    [("Action 1.1: Add a question", True), ("Action 2: Add a question", True), ("Action: Add a question", True),
     ("Actions 3a: Add a question", True), ("Action was taken at once.", False)],
)  # fmt: skip
def test_a_numbered_action_line_goes_on_with_its_recommendation(line: str, label: bool) -> None:
    assert bool(PROSE_LABEL_START.match(line)) is label


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        ("The council should act. Action 1.1: Add a question Lead: Ferncliff Council", True),
        ("Action: Write guidance Lead: Ferncliff Council By when: Immediate", True),
        ("The council should act. Lead agency: Ferncliff Council Timescale: 6 months", False),
        ("The council should take action to protect tenants.", False),
    ],
)
def test_text_holding_a_prose_plan(text: str, plan: bool) -> None:
    assert holds_prose_plan(text) is plan


def _actions(text: str) -> list[tuple[str | None, list[tuple[str, str | None]]]]:
    from extraction.pipeline import get_extractor

    result = get_extractor()(make_document(text))
    return [(r.number, [(a.text, a.target_date) for a in r.actions]) for r in result.recommendations]


def test_numbered_prose_actions_keep_their_lead_and_date() -> None:
    text = (
        "#Recommendations and actions\n"
        "Recommendation 1: Ferncliff Council should ask about abuse when an alarm is fitted.\n"
        "Action 1.1: Add a question to the checklist\nLead: Ferncliff Council\nBy when: end of March 2025\n"
        "Action 1.2: Train the fitters to ask it\nLead: Ferncliff Council\nBy when: TBC\n"
    )
    assert _actions(text) == [("1", [("Add a question to the checklist", "2025-03"),
                                     ("Train the fitters to ask it", None)])]  # fmt: skip


def test_a_long_plan_of_labelled_paragraphs_under_a_recommendation_heading() -> None:
    plan = "".join(
        f"Action: {action}\nLead: Ferncliff Mental Health Trust\nBy when: {when}\n"
        for action, when in [
            ("Write guidance on passing threats to the police", "By the next panel"),
            ("Agree a single point of contact in the police", "Immediate"),
            ("Audit high-risk cases for information passed", "February 2025"),
        ]
    )
    text = (
        "#Recommendations\n1. Ferncliff Council should ask about abuse at every care review.\n"
        "2. Ferncliff Mental Health Trust should share a patient's threats with the police.\n"
        "#Action plan\n#Recommendation 1\nAction: Add a question to the form\nLead: Ferncliff Council\n"
        f"By when: 30 September 2024\n#Recommendation 2\n{plan}"
    )
    assert _actions(text) == [
        ("1", [("Add a question to the form", "2024-09-30")]),
        ("2", [("Write guidance on passing threats to the police", None),
               ("Agree a single point of contact in the police", None),
               ("Audit high-risk cases for information passed", "2025-02")]),
    ]  # fmt: skip


@pytest.mark.parametrize("heading", ["Completed actions", "Outstanding actions", "Actions still open"])
def test_an_updates_tables_by_state_are_the_action_plan(heading: str) -> None:
    from extraction.sections import find_sections

    text = f"#Recommendations\n1. Ferncliff Council should train its staff.\n#{heading}\nRec\nAction\nLead\n"
    assert [(s.heading, s.is_action_plan) for s in find_sections(make_document(text))] == [
        ("Recommendations", False),
        (heading, True),
    ]
