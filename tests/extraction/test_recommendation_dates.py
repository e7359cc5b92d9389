"""A recommendations table with a target-date column but no action column ("No. | Recommendation | Lead agency |
Target date", "Recommendation | Timescale"): each recommendation gets one implied action, its own text, carrying
the date read as elsewhere ("Ongoing" and "6 months" stay text). Documents: ``tests/extraction/rec_dates``."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.extraction import evaluate_extraction, load_gold
from extraction.action_plan import parse_tables
from extraction.pipeline import get_extractor
from tests.extraction.builders import make_document

FOLDER = Path(__file__).resolve().parent / "rec_dates"
GOLDS = sorted(FOLDER.glob("*.gold.json"))


def _source(gold: Path) -> Path:
    stem = gold.name.removesuffix(".gold.json")
    return next(p for p in (FOLDER / f"{stem}.pdf", FOLDER / f"{stem}.docx") if p.exists())


@pytest.mark.parametrize("gold", GOLDS, ids=[g.name.removesuffix(".gold.json") for g in GOLDS])
def test_each_recommendation_keeps_its_target_date(gold: Path) -> None:
    result = get_extractor().extract_path(_source(gold))
    m = evaluate_extraction(result, load_gold(gold))
    assert m.recommendations.f1 == 1.0, [e for e in m.errors if e["field"].startswith("rec")]
    assert m.actions_target_date.f1 == 1.0, [e for e in m.errors if e["field"].startswith("action")]


def test_the_set_has_both_forms_of_each_document() -> None:
    assert len(GOLDS) == 4


@pytest.mark.parametrize(
    "header",
    [["No.", "Recommendation", "Lead agency", "Target date"], ["Recommendation", "Timescale"]],
)
def test_implied_action_from_the_table(header: list[str]) -> None:
    body = [
        ["1", "The Police should brief officers on stalking.", "Police", "March 2017"],
        ["2", "The CSP should publish a leaflet.", "CSP", "Ongoing"],
        ["3", "The council should audit referrals.", "Council", "Q3 2017/18"],
        ["4", "The GP practices should record disclosures.", "GPs", "31/03/2018"],
        ["5", "The CSP should evaluate the service.", "CSP", "6 months"],
    ]
    rows = [header] + [r if len(header) == 4 else [f"{r[0]}. {r[1]}", r[3]] for r in body]
    plan = parse_tables(make_document("Recommendations", tables={1: [rows]}), [1])
    assert [r.number for r in plan] == ["1", "2", "3", "4", "5"]
    got = [(a.text, a.target_date, a.target_date_text) for r in plan for a in r.actions]
    assert got == [
        (r[1], iso, r[3])
        for r, iso in zip(body, ["2017-03", None, "2017-12", "2018-03-31", None], strict=True)
    ]
    assert all(a.confidence < 0.7 for r in plan for a in r.actions)  # implied, not printed as an action


def test_a_table_with_an_action_column_gets_no_implied_action() -> None:
    rows = [
        ["Recommendation", "Action", "Lead agency", "Target date"],
        ["1. The Police should brief officers.", "", "Police", "March 2017"],
        ["", "Brief response teams", "Police", "April 2017"],
    ]
    plan = parse_tables(make_document("Action plan", tables={1: [rows]}), [1])
    assert [(a.text, a.target_date) for a in plan[0].actions] == [("Brief response teams", "2017-04")]
