"""Who each recommendation is for, on the sixth agencies blind set (``tests/extraction/agencies_blind_f``: twenty
word-processor documents and their PDF exports, 112 recommendations, made of the shapes real reports print and
sets a-e lack: initials defined after the recommendations or in a footnote, "the Trust" / "the Force" standing
for a body the introduction named, a preamble listing every agency responsible for the plan, "Agencies involved"
beside "Lead agency", "Lead:" / "Owner: ... Support: ..." lines after the text, boards by initials, former trust
names, council services, voluntary brands, consulted bodies, joint headings, national departments; written and
labelled before the pipeline was run on them; score: ``python -m tests.extraction.agencies_blind_f.score``).

Blind figure (scored once at 8eebda2, the set committed before any run): extraction agencies DOCX P 0.917 R 0.917
F1 0.917, PDF P 0.917 R 0.917 F1 0.917 (10 recommendations with wrong agencies in each form), recommendations F1
0.996 both forms (the preamble "The agencies responsible for this action plan are ..." read as an unnumbered
recommendation); classification of the gold texts with their printed context 0.900. Its errors: initials
defined only in a footnote (GDASS) read as nothing, the text's "police referral" taking the subject's place;
"the Trust" defined in the introduction as a mental health trust read as a generic community trust; a board's
initials defined once (DAAB) unread, a "commission" verb and "MARAC" in the text taken instead; a former trust
name (2gether) and a short name (Alder Hey) unread as their trust's type; "Partnership members" read as the
CSP; "the Service" defined as a fire and rescue service read as probation.
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
