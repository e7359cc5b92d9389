"""``extraction.plan_agency_refs``: a plan Ref naming the agency before a number restarted under each agency's
heading ("NNUH 1", "GP 1", "HO 1"), and whether a short name or initials name an agency heading."""

from __future__ import annotations

import pytest

from extraction.plan_agency_refs import agency_ref, names_heading


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("NNUH 1", ("NNUH", "1")),
        ("GP 1", ("GP", "1")),
        ("HO-2", ("HO", "2")),
        ("Probation 1", ("Probation", "1")),
        ("Adult Social Care 3", ("Adult Social Care", "3")),
        ("CCS 1.2", ("CCS", "1.2")),
        # plain or labelled numbers are no agency's
        ("1", None),
        ("1.2", None),
        ("Rec 1", None),
        ("R1", None),
        ("Recommendation 2", None),
        ("Action 3", None),
        ("DHR07/R1", None),
        (None, None),
    ],
)
def test_agency_ref(ref: str | None, expected: tuple[str, str] | None) -> None:
    assert agency_ref(ref) == expected


@pytest.mark.parametrize(
    ("name", "heading", "expected"),
    [
        ("NNUH", "Eastby and Westby University Hospitals NHS Foundation Trust", False),
        # initials, "and" left out
        ("EWUH", "Eastby and Westby University Hospitals NHS Foundation Trust", True),
        ("EC", "Eastby Constabulary", True),
        ("HO", "Home Office", True),
        ("CCS", "Eastby Community Services NHS Trust (CCS)", True),  # printed in the heading
        ("GP practices", "GP practices (primary care)", True),
        ("Probation", "Probation Service", True),
        ("Probation", "Eastby Constabulary", False),
        ("EC", "Home Office", False),
        ("Police", "", False),
        ("Eastby", "Westby Police", False),
    ],
)
def test_names_heading(name: str, heading: str, expected: bool) -> None:
    assert names_heading(name, heading) is expected
