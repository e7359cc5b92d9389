"""SMART check of draft recommendations (seed report 6.2)."""

from __future__ import annotations

import pytest

from drafting.smart import find_agencies, smart_check


def test_good_draft_passes_all_four() -> None:
    check = smart_check(
        "Thames Valley Police should audit DASH completion for repeat callers within six months and report "
        "compliance to the Domestic Abuse Partnership Board."
    )
    assert (check.specific_agency, check.measurable, check.time_bound, check.addressed_to_csp) == (
        True,
        True,
        True,
        False,
    )
    assert check.score == 4 and check.advice == []
    assert "police" in check.agencies


def test_vague_draft_to_the_csp_fails() -> None:
    check = smart_check("The CSP should raise awareness of domestic abuse.")
    assert check.addressed_to_csp and not check.specific_agency
    assert not check.measurable and not check.time_bound
    assert check.score == 0 and len(check.advice) == 4


@pytest.mark.parametrize(
    "draft",
    [
        "All agencies should improve information sharing.",
        "Partner agencies should consider the learning from this review.",
    ],
)
def test_generic_addressees_are_not_specific(draft: str) -> None:
    assert smart_check(draft).specific_agency is False


@pytest.mark.parametrize(
    "draft",
    ["GP practices to introduce routine enquiry by March 2027.", "Housing to complete this within 3 months."],
)
def test_time_bound(draft: str) -> None:
    assert smart_check(draft).time_bound is True


def test_find_agencies_normalises_to_taxonomy_ids() -> None:
    assert find_agencies("The GP surgery and Children's Social Care, with the IDVA service") == [
        "gp",
        "childrens_social_care",
        "domestic_abuse_services",
    ]
