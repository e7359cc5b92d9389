"""The quality gate: every field on real text stays within a small margin of the figures recorded in the repo.

`evaluation/real_figures.json` is written by `dhr evaluate real --record` when a change is meant to move the
figures (and the README/RESULTS quote them); any other change that lowers a field by more than
`evaluation.real.GATE_MARGIN` fails here, so accuracy on real text cannot regress silently.
"""

from __future__ import annotations

import json

import pytest

from evaluation.real import FIGURES_FILE, GATE_MARGIN, evaluate_real, gate_failures


@pytest.mark.skipif(not FIGURES_FILE.exists(), reason="no recorded figures (run: dhr evaluate real --record)")
def test_real_text_figures_do_not_regress() -> None:
    recorded = json.loads(FIGURES_FILE.read_text(encoding="utf-8"))
    result = evaluate_real(tuple(recorded), synthetic=0)
    failures = gate_failures(result["real"], recorded, GATE_MARGIN)
    assert not failures, "real-text quality fell:\n" + "\n".join(failures)
