"""Who each recommendation is for, on the ninth agencies blind set (``tests/extraction/agencies_blind_i``: fifteen
word-processor documents and their PDF exports with long-tail addressees, by a writer who ran nothing). Scored once
by the lead (``python -m tests.extraction.agencies_blind_i.score -v``): extraction agencies F1 DOCX 0.917 / PDF
0.910, recommendations F1 1.000 / 0.992; the classifier on the texts 0.906. Its errors read since (a dev set now):
"&" for "and" in a known trust's name, a trust of unclear type typed by its own mental health team, a housing
association's brand, a council's family support and commissioning services by their names, a CSP's forum, the
office of a Police, Fire and Crime Commissioner, "all agencies, including X", a refuge, a multi-academy trust and
a college, the agent of a participle that describes a noun, a tag left before the text: DOCX 0.986 / PDF 0.979,
the classifier 0.976. Left, as the team's earlier conventions: Victim Support is a domestic abuse service (set F's
gold) where this writer has ``other``, a prison (HMP) is the Ministry of Justice's (the gazetteer) where this writer
has ``other``; "the Board" with no definition in the text is not read as the CSP; the tag left in a PDF's text
(``(BMBC Adult Social Care) Consider ...``) is the extraction's."""

from __future__ import annotations

import pytest

from tests.extraction.agencies_blind_i.score import score


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, float]]:
    return score()


@pytest.mark.parametrize(("form", "recs", "agencies"), [("docx", 1.0, 0.986), ("pdf", 0.992, 0.979)])
def test_agencies_hold_on_the_agencies_blind_set_i(
    figures: dict[str, dict[str, float]], form: str, recs: float, agencies: float
) -> None:
    assert figures[form]["documents"] == 15
    assert figures[form]["recs_f1"] >= recs
    assert figures[form]["agencies_f1"] >= agencies


def test_the_classifier_on_set_i(figures: dict[str, dict[str, float]]) -> None:
    assert figures["classify"]["agencies_f1"] >= 0.976
