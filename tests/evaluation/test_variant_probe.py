"""The gold-scored variant probe: one committed document pair scored in both forms against its gold, the action
differential, the ranking, and the variant gold written again from its seed (no LibreOffice needed; the path
that builds and converts a variant is skipped where ``soffice`` is missing)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from evaluation.docx_pdf_agency_probe_build import (
    WORDPROC,
    _write,
    dev_builders,
    ensure_gold,
    gold_path,
    variant_pairs,
)
from evaluation.extraction_scoring import Counts, ExtractionMetrics
from evaluation.variant_probe import LayoutScore, compare_actions, figures, report, score_pair

NAME = "dev-03-landscape-plan"  # a plan table with actions, leads and target dates


def _rec(number: str, text: str, actions: list[tuple[str, str | None]]) -> dict[str, object]:
    return {
        "number": number,
        "text": text,
        "agencies": ["police"],
        "level": "local",
        "heading": None,
        "actions": [{"text": t, "target_date": d} for t, d in actions],
    }


def test_committed_pair_is_scored_against_its_gold_in_both_forms(tmp_path: Path) -> None:
    folder = WORDPROC / "dev"
    docx, pdf, gold = folder / f"{NAME}.docx", folder / f"{NAME}-pdf.pdf", folder / f"{NAME}.gold.json"
    score = score_pair(NAME, docx, pdf, gold, "test", cache=tmp_path)
    assert set(score.metrics) == {"docx", "pdf"}
    for form in ("docx", "pdf"):
        row = score.figures(form)
        assert set(row) >= {"recs_f1", "numbers", "agencies_f1", "actions_date_f1", "level"}
        m = score.metrics[form]
        assert m.recommendations.tp + m.recommendations.fn >= 4  # every gold rec is counted
        assert m.actions.tp + m.actions.fn >= 4  # the plan's actions are scored too
    # the committed dev documents are read right in the DOCX (errors in dev are fixed against)
    assert score.figures("docx")["recs_f1"] == 1.0
    assert any((tmp_path / "results").rglob("test.json"))  # cached: a rerun extracts nothing


def test_action_differential_names_lost_extra_and_redated_actions() -> None:
    text = "The police should review how they record repeat calls about domestic abuse."
    docx = [
        _rec("1", text, [("Audit repeat calls in the force area", "2025-03-31"), ("Brief all staff", None)])
    ]
    pdf = [
        _rec(
            "1",
            text,
            [("Audit repeat calls in the force area", "2025-06-30"), ("Lead: Police March 2025", None)],
        )
    ]
    kinds = sorted((d.kind, d.docx, d.pdf) for d in compare_actions("doc", docx, pdf))
    assert kinds == [
        ("action_date", "2025-03-31", "2025-06-30"),
        ("action_extra", None, None),
        ("action_missing", None, None),
    ]
    assert compare_actions("doc", docx, [dict(docx[0])]) == []


def test_figures_leave_unmeasured_fields_empty_and_worst_layouts_rank_by_shortfall(
    capsys: pytest.CaptureFixture[str],
) -> None:
    good = ExtractionMetrics(recommendations=Counts(tp=4))
    good.numbers.correct = good.numbers.total = 4
    bad = ExtractionMetrics(recommendations=Counts(tp=2, fn=2))
    bad.numbers.total, bad.numbers.correct = 2, 1
    assert figures(good)["actions_date_f1"] is None and figures(good)["recs_f1"] == 1.0
    scores = [LayoutScore("a", {"docx": good, "pdf": good}), LayoutScore("b", {"docx": good, "pdf": bad})]
    assert scores[0].shortfall("pdf") == 0 and scores[1].shortfall("pdf") > 0.8
    totals = report(scores, worst=5, verbose=False)
    assert totals["pdf"]["recs_r"] == 0.75
    out = capsys.readouterr().out
    assert "WORST PDF (1 layouts short)" in out and "b " in out.split("WORST PDF")[1]


def test_variant_gold_is_written_again_from_its_seed(tmp_path: Path) -> None:
    from annotations.wordproc.parts import real_pool

    builders, _options = dev_builders()
    pool = real_pool()
    written = _write(builders[NAME], pool, 2, NAME)
    assert written is not None
    docx = tmp_path / f"{NAME}.docx"
    written[0].save(docx)
    assert ensure_gold(docx, builders[NAME], pool, 2, NAME)
    assert gold_path(docx).read_text().count('"text"') >= len(written[1].recs)
    other = tmp_path / "other" / f"{NAME}.docx"  # a document the seed does not write gets no gold
    other.parent.mkdir()
    shutil.copy(WORDPROC / "dev" / f"{NAME}.docx", other)
    assert not ensure_gold(other, builders[NAME], pool, 1, NAME)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice's soffice builds the variants")
def test_variant_is_built_converted_and_given_its_gold(tmp_path: Path) -> None:
    pairs = list(variant_pairs(tmp_path, [1], [NAME], gold=True))
    assert [p[0].name for p in pairs] == [f"{NAME}.docx"]
    assert pairs[0][1].exists() and gold_path(pairs[0][0]).exists()


def test_any_code_reuses_an_earlier_reading_of_the_file(tmp_path: Path) -> None:
    import hashlib

    from dhr.schema import ExtractionResult
    from evaluation.variant_probe import read_result

    path = WORDPROC / "dev" / f"{NAME}.docx"
    folder = tmp_path / "results" / hashlib.sha256(path.read_bytes()).hexdigest()[:24]
    folder.mkdir(parents=True)
    earlier = ExtractionResult.model_validate(
        {"source": {"filename": "earlier.docx", "format": "docx", "sha256": "0" * 64, "pages": 1}}
    )
    (folder / "old.json").write_text(earlier.model_dump_json())
    assert read_result(path, "new", tmp_path, any_code=True).source.filename == "earlier.docx"
