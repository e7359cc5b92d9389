from __future__ import annotations

from pathlib import Path

import pytest

from dhr.schema import ExtractionResult
from evaluation.synthetic_reports import document_for_gold

ROOT = Path(__file__).resolve().parents[2] / "annotations" / "extraction"
GOLDS = sorted(ROOT.glob("*.gold.json")) + sorted((ROOT / "samples").glob("*.gold.json"))


def test_hand_authored_set_is_big_enough():
    assert len(list(ROOT.glob("*.gold.json"))) >= 8
    assert (ROOT / "samples" / "sample-overview-report.pdf").exists()
    formats = {document_for_gold(g).suffix for g in GOLDS}  # type: ignore[union-attr]
    assert {".pdf", ".docx", ".html"} <= formats


@pytest.mark.parametrize("gold", GOLDS, ids=lambda p: p.name)
def test_gold_validates_and_document_matches(gold):
    import hashlib

    res = ExtractionResult.model_validate_json(gold.read_text())
    doc = document_for_gold(gold)
    assert doc is not None and doc.name == res.source.filename
    assert hashlib.sha256(doc.read_bytes()).hexdigest() == res.source.sha256
    assert doc.stat().st_size < 200_000
    for rec in res.recommendations:
        assert rec.agencies, rec.text
    ids = [r.id for r in res.recommendations]
    assert len(ids) == len(set(ids))
