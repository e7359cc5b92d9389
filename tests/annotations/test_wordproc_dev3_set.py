"""The committed ``annotations/wordproc/dev3`` set: every document has both forms with a gold file, its
recommendation texts are real train/dev texts, and its target dates follow the set's conventions."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.wordproc.build import DEV3
from annotations.wordproc.vocab import LEADS, TARGETS
from evaluation.extraction import load_gold

DEV3_DIR = Path(__file__).resolve().parents[2] / "annotations" / "wordproc" / "dev3"


@pytest.mark.parametrize("name", sorted(DEV3))
def test_both_forms_with_gold(name: str) -> None:
    for stem, suffix in ((name, ".docx"), (f"{name}-pdf", ".pdf")):
        assert (DEV3_DIR / f"{stem}{suffix}").is_file()
        gold = load_gold(DEV3_DIR / f"{stem}.gold.json")
        assert gold.recommendations
        assert gold.source.filename == f"{stem}{suffix}"
        # small enough to commit many of
        assert (DEV3_DIR / f"{stem}{suffix}").stat().st_size < 200_000


def test_texts_are_real_train_or_dev_recommendations() -> None:
    from annotations.wordproc.parts import real_pool

    real = {rec.text for recs in real_pool().values() for rec in recs}
    for path in DEV3_DIR.glob("*.gold.json"):
        for rec in load_gold(path).recommendations:
            assert rec.text in real, (path.name, rec.text[:60])


def test_actions_use_the_set_vocabulary() -> None:
    for path in DEV3_DIR.glob("*.gold.json"):
        for rec in load_gold(path).recommendations:
            for action in rec.actions:
                assert action.lead_text in LEADS
                assert action.target_date_text in TARGETS
                assert action.target_date == TARGETS[action.target_date_text]
