"""The level sets' agencies scorer (``python -m evaluation.level_sets_agencies``): a level set's gold becomes an
extraction gold the agencies sets' counting reads, and only dev level sets are scored."""

from __future__ import annotations

import pytest

from dhr.schema import ExtractionResult
from evaluation.extraction import evaluate_extraction
from evaluation.level_sets_agencies import DEV_SETS, gold_result, golds, set_folder


def test_gold_result_counts_agency_pairs() -> None:
    gold = {
        "name": "x",
        "csp_places": ["Kent"],
        "recommendations": [
            {"number": "1", "heading": None, "text": "Kent Police should train officers.", "agencies": ["police"],
             "level": "local"},
            {"number": "2", "heading": "Kent County Council", "text": "Review the housing register.",
             "agencies": ["local_authority", "housing"], "level": "local"},
        ],
    }  # fmt: skip
    pred = ExtractionResult.model_validate(
        {
            "source": {"filename": "x.docx", "sha256": "0" * 64, "pages": 1, "format": "docx"},
            "recommendations": [
                {
                    "id": "r1",
                    "number": "1",
                    "text": "Kent Police should train officers.",
                    "agencies": ["police"],
                },
                {"id": "r2", "number": "2", "text": "Review the housing register.", "agencies": ["housing"]},
            ],
        }
    )
    g = gold_result(gold, pred.source)
    assert [r.heading for r in g.recommendations] == [None, "Kent County Council"]
    m = evaluate_extraction(pred, g)
    assert (m.agencies.tp, m.agencies.fp, m.agencies.fn) == (2, 0, 1)


def test_only_dev_level_sets() -> None:
    assert "j" not in DEV_SETS
    with pytest.raises(SystemExit):
        set_folder("j")
    assert all(r["agencies"] for g in golds(set_folder("c")) for r in g["recommendations"])
