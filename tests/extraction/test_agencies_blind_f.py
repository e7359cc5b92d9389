"""Who each recommendation is for, on the sixth agencies blind set (``tests/extraction/agencies_blind_f``: twenty
word-processor documents and their PDF exports, 112 recommendations, made of the shapes real reports print and
sets a-e lack: initials defined after the recommendations or in a footnote, "the Trust" / "the Force" standing
for a body the introduction named, a preamble listing every agency responsible for the plan, "Agencies involved"
beside "Lead agency", "Lead:" / "Owner: ... Support: ..." lines after the text, boards by initials, former trust
names, council services, voluntary brands, consulted bodies, joint headings, national departments; written and
labelled before the pipeline was run on them; score: ``python -m tests.extraction.agencies_blind_f.score``).

Blind figure: not yet scored when this file was written (the set is committed first); the form tests are
``xfail`` until it is, and the figure goes in the commit that scores it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extraction.agencies_blind.score import form_metrics

HERE = Path(__file__).resolve().parent / "agencies_blind_f"
GOLDS = sorted(HERE.glob("*.gold.json"))


def test_the_set_is_whole() -> None:
    assert len(GOLDS) == 40
    assert sum(g.name.endswith("-pdf.gold.json") for g in GOLDS) == 20


@pytest.mark.xfail(reason="blind set: committed before the pipeline was run on it", strict=False)
@pytest.mark.parametrize("form", ["docx", "pdf"])
def test_agencies_hold_on_the_sixth_blind_set(form: str) -> None:
    m, wrong = form_metrics(HERE, form)
    assert m.recommendations.f1 >= 0.98, wrong
    assert m.agencies.f1 >= 0.95, wrong


@pytest.mark.xfail(reason="blind set: committed before the pipeline was run on it", strict=False)
def test_classification_holds_on_the_sixth_blind_set() -> None:
    from tests.extraction.agencies_blind_c.score import classify_score

    assert classify_score(folder=HERE)["agencies_f1"] >= 0.95
