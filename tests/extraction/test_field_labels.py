"""The lead-label vocabulary written once (extraction.field_labels) and the regexes built from it."""

from __future__ import annotations

import re

import pytest

from extraction.action_plan import _LEAD_FIELD
from extraction.field_labels import LEAD_LABEL_HEADS, LEAD_LABEL_WORDS
from extraction.plan_prose import prose_actions
from extraction.readers.docx_parts import recommendation_record
from extraction.recommendation_marks import agency_run_in
from extraction.recommendation_wording import split_fields
from extraction.recommendations_labels import heading_name
from extraction.recommendations_layout import LEAD_LINE

_TEXT = "Kent Police should review its training on coercive control for all frontline officers."


#: Every label the shared vocabulary reads.
_LABELS = [
    "Lead",
    "Lead agency",
    "Lead agencies",
    "Lead organisation",
    "Lead partner",
    "Lead officer",
    "Agency",
    "Agencies",
    "Owner",
    "Responsible agency",
    "Responsible organisation",
    "Responsible officer",
    "Responsible lead",
]


@pytest.mark.parametrize("label", _LABELS)
def test_every_lead_label_reads_in_each_context(label: str) -> None:
    assert re.fullmatch(LEAD_LABEL_WORDS, label, re.IGNORECASE)
    assert re.match(rf"(?:{LEAD_LABEL_HEADS})\b", label, re.IGNORECASE)
    line = LEAD_LINE.match(f"{label}: Kent Police")
    assert line is not None and line.group("lead") == "Kent Police"
    assert _LEAD_FIELD.match(f"{label} - Kent Police")
    assert heading_name(f"{label}: Kent Police") == "Kent Police"
    record = recommendation_record(
        [["Recommendation number", "3"], ["Recommendation", _TEXT], [label, "Kent Police"]]
    )
    assert record == ["Recommendation 3", _TEXT, "Lead agency: Kent Police"]


def test_words_that_only_start_like_a_label_are_none() -> None:
    assert not re.fullmatch(LEAD_LABEL_WORDS, "Leadership", re.IGNORECASE)
    assert LEAD_LINE.match("Leadership: Kent Police") is None
    assert heading_name("Leadership: Kent Police") == "Leadership: Kent Police"


def test_prose_plan_reads_the_shared_lead_labels_but_no_bare_agency() -> None:
    text, actions = prose_actions(
        "Improve training. Action 1: Deliver training. Lead partner: Kent Police. Action 2: Audit the files. "
        "Responsible organisation: KMPT.",
        4,
    )
    assert text == "Improve training."
    assert [a.lead_text for a in actions] == ["Kent Police", "KMPT"]
    # a bare "Agency:" in running text ("multi-agency:") is no label there
    _, actions = prose_actions("Action 1: Hold a multi-agency: review of the case.", 4)
    assert actions[0].lead_text is None


def test_a_field_label_is_no_run_in_agency() -> None:
    assert agency_run_in("Responsible: Kent Police must review its training for officers.") is None


@pytest.mark.parametrize("label", [*_LABELS, "Responsible", "Responsible agencies", "Responsible partner"])
def test_a_lead_field_after_the_recommendation_is_split_off(label: str) -> None:
    # the field splitter builds its label from the shared words, plus a bare "Responsible" and two pairings
    assert split_fields(f"{_TEXT} {label}: Kent Police Timescale: 6 months") == (
        _TEXT,
        "Kent Police",
        "6 months",
    )
