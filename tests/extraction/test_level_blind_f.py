"""The level blind set F (``tests/extraction/level_blind_f``: sixteen own-words reports of real CSPs by a writer
who ran nothing, DOCX and PDF: two-tier and former districts, whole-county CSPs, unitaries, merged CSPs, Welsh CSPs
with regional boards, London boroughs, a CSP named only on the title page, in a running header or in a foreword).
Scored once by the lead after the eleventh session's fixes (338bf96; ``python -m tests.extraction.level_blind_f.score
-v``): CSP 1.000, level 0.973 in both forms; the classifier on the gold texts 0.973 with the gold CSP, 0.717 without.
Its errors read since (a dev set now): police officers of a neighbourhood team or based in a town are local:
level 0.991 in both forms and with the gold CSP. Left: Norfolk and Waveney ICB in a Norfolk County review, the
county's own ICB by the team's rule (local), regional in the writer's gold."""

from __future__ import annotations

import pytest

from tests.extraction.level_blind_f.score import score


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, float]]:
    return score()


@pytest.mark.parametrize("form", ["docx", "pdf"])
def test_csp_and_level_hold_on_the_level_blind_set_f(figures: dict[str, dict[str, float]], form: str) -> None:
    assert figures[form]["documents"] == 16
    assert figures[form]["csp_accuracy"] >= 0.99
    assert figures[form]["recs_found"] >= 0.99
    assert figures[form]["level_accuracy"] >= 0.985


def test_the_classifier_with_the_gold_csp_beats_no_csp_on_set_f(figures: dict[str, dict[str, float]]) -> None:
    assert figures["classify_gold_csp"]["level_accuracy"] >= 0.985
    assert figures["classify_gold_csp"]["level_accuracy"] > figures["classify_no_csp"]["level_accuracy"]
    # without a CSP the text's own unit, scope or wide addressee decides (classification/level_no_csp.py)
    assert figures["classify_no_csp"]["level_accuracy"] >= 0.88
