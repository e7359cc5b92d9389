"""Readings found missing by blind set 11 (``plans_blind_k``), on text written for these tests: a progress note
written into the target cell of an updated plan ("Update (June 2021): ...") is dated when the note was written;
that date is never the action's target."""

from __future__ import annotations

from pathlib import Path

import pytest

from extraction.target_dates import target_date


@pytest.mark.parametrize(
    ("cell", "iso"),
    [
        ("September 2020. Update (June 2021): completed", "2020-09"),
        ("December 2020. Update (June 2021): moved to March 2022", "2022-03"),
        ("March 2019 Progress update 30/06/2019: on track", "2019-03"),
        ("Position as at June 2021: due March 2022", "2022-03"),
        ("Update (June 2021): ongoing", None),
        ("Update June 2021 - completed", None),
        # no note: a date after the label, or a revised one, is still the target
        ("Update: March 2020", "2020-03"),
        ("Updated to March 2022", "2022-03"),
        ("March 2021 (reviewed June 2021)", "2021-06"),
        ("April 2018 - March 2019", "2019-03"),
    ],
)
def test_a_progress_notes_date_is_not_the_target(cell: str, iso: str | None) -> None:
    found = target_date(cell)
    assert (found.iso if found else None) == iso


def test_an_updated_plan_keeps_the_target_beside_a_done_note() -> None:
    from extraction.pipeline import get_extractor

    path = Path(__file__).parent / "plans_blind_k" / "blindk-09-update-notes.docx"
    result = get_extractor().extract_path(path)
    dates = [(a.target_date_text, a.target_date) for r in result.recommendations for a in r.actions]
    assert dates[:2] == [
        ("September 2020. Update (June 2021): completed", "2020-09"),
        ("December 2020. Update (June 2021): moved to March 2022", "2022-03"),
    ]
