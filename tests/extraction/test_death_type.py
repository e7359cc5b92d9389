"""Review kind (DHR / DARDR) and death type read from the report's own narrative."""

from __future__ import annotations

import pytest

from extraction.death_type import death_type, death_type_of_text, review_kind
from extraction.review_fields import review_info
from tests.extraction.builders import make_document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ms P was fatally stabbed at her flat in the early hours of 3 May 2019.", "homicide"),
        (
            "In March 2020 her former partner was convicted of her murder and sentenced to life imprisonment.",
            "homicide",
        ),
        ("Her son pleaded guilty to manslaughter on the grounds of diminished responsibility.", "homicide"),
        ("Her husband, Mr Q, killed her and then took his own life.", "homicide"),  # murder-suicide
        (
            "Anna took her own life at her home in June 2021, eight weeks after she left the relationship.",
            "suicide",
        ),
        ("The coroner recorded a conclusion of suicide.", "suicide"),
        ("Mr R died by suicide; this review looks at the abuse he experienced.", "suicide"),
        ("Mrs S died of an accidental overdose at the home she shared with her partner.", "other"),
        ("The cause of death was recorded as unascertained.", "other"),
        ("This Domestic Homicide Review was commissioned by the Safer Vale Partnership.", "unknown"),
        # talk of suicide risk or threats is not a statement of how the person died
        ("Agencies should improve awareness of suicide risk. He had threatened to kill her.", "unknown"),
    ],
)
def test_death_type_from_narrative(text: str, expected: str) -> None:
    assert death_type_of_text(text) == expected


def test_review_kind_prefers_the_title_page() -> None:
    doc = make_document(
        "# Domestic Abuse Related Death Review\nInto the death of Adult C\n\f"
        "This review follows the statutory guidance for Domestic Homicide Reviews (DHRs). The DHR panel met...\n"
    )
    assert review_kind(doc) == "dardr"
    doc = make_document("# Overview Report\n\fThe Domestic Homicide Review panel met four times.\n")
    assert review_kind(doc) == "dhr"
    assert review_kind(make_document("# Minutes\nNothing about reviews here.\n")) == "unknown"


def test_review_info_carries_kind_and_death_type() -> None:
    doc = make_document(
        "# Domestic Abuse Related Death Review\nSafer Vale Partnership\n\f"
        "# Summary\nBeth took her own life in August 2022. She had told her GP about the abuse.\n"
    )
    info = review_info(doc)
    assert (info.review_kind, info.death_type) == ("dardr", "suicide")
    assert info.document_type == "overview_report"
    assert death_type(make_document("")) == "unknown"


def test_work_is_bounded_for_huge_text() -> None:
    # a pathological input costs a bounded scan, not one proportional to its size
    assert death_type_of_text("word " * 2_000_000 + "was stabbed") == "unknown"
