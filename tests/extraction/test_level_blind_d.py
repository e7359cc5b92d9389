"""The level blind set D (``tests/extraction/level_blind_d``: twenty reports of real CSPs, DOCX and PDF, with the
London, Welsh, unitary, merged and two-tier shapes set C lacks): the CSP read from each report and each
recommendation's level. Figures in the set's README."""

from __future__ import annotations

import pytest

from tests.extraction.level_blind_c.score import score
from tests.extraction.level_blind_d.score import HERE


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, float]]:
    return score(folder=HERE)


@pytest.mark.parametrize("form", ["docx", "pdf"])
def test_csp_and_level_hold_on_level_blind_set_d(figures: dict[str, dict[str, float]], form: str) -> None:
    assert figures[form]["csp_accuracy"] >= 0.95
    assert figures[form]["recs_found"] >= 0.98
    assert figures[form]["level_accuracy"] >= 0.95


def test_the_classifier_with_the_gold_csp_on_set_d(figures: dict[str, dict[str, float]]) -> None:
    assert figures["classify_gold_csp"]["level_accuracy"] >= 0.95
