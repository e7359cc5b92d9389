from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

from dhr.errors import InputError
from dhr.schema import ExtractionResult
from evaluation.synthetic_reports import NUMBERING_STYLES, TABLE_STYLES, generate_report

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "reports"

#: Variants that a 10-document corpus must contain (DHR-REPORTS.md shapes).
REQUIRED = {
    *(f"numbering_{s}" for s in NUMBERING_STYLES),
    *(f"table_{s}" for s in TABLE_STYLES),
    "numbering_restarts_per_agency",
    "single_agency_block",
    "heading_several_agencies",
    "passive_rec_heading_agency",
    "rec_in_body_and_action_plan",
    "rec_across_page_break",
    "analysis_trap",
    "responsible_preamble",
    "consultation_trap",
    "joint_addressees",
    "national_rec",
    "all_agencies_rec",
    "target_date_in_rec",
    "theme_group_rows",
    "several_actions_in_one_cell",
    "date_day",
    "date_ordinal",
    "date_split_ordinal",
    "date_numeric",
    "date_month",
    "date_year",
    "date_year_from_context",
    "date_with_time",
    "chronology_distractor_dates",
    "repeated_header_footer",
    "page_x_of_y",
    "hyphenation",
    "two_column_page",
    "html_navigation_chrome",
    "doc_overview_report",
    "doc_executive_summary",
    "doc_action_plan",
    "format_pdf",
    "format_docx",
    "format_html",
    "inline_paragraph_numbers",
}


def test_corpus_covers_every_variant(synthetic_corpus):
    seen = {v for r in synthetic_corpus for v in r.variants}
    assert REQUIRED - seen == set()


def test_gold_files_validate_and_match_documents(synthetic_corpus):
    for r in synthetic_corpus:
        gold = ExtractionResult.model_validate_json(r.gold_path.read_text())
        assert gold.source.filename == r.path.name
        assert gold.recommendations, r.name
        if r.doc_type != "action_plan":
            assert gold.timeline, r.name
        for rec in gold.recommendations:
            assert rec.agencies, (r.name, rec.text)
            assert rec.text == " ".join(rec.text.split())


def test_committed_fixtures_validate():
    golds = sorted(FIXTURES.glob("*.gold.json"))
    assert len(golds) >= 5
    for g in golds:
        ExtractionResult.model_validate_json(g.read_text())
    assert json.loads((FIXTURES / "manifest.json").read_text())


def test_generation_is_deterministic(tmp_path):
    a = generate_report(tmp_path / "a", "x", 42, numbering="section_paren", table_style="theme_groups")
    b = generate_report(tmp_path / "b", "x", 42, numbering="section_paren", table_style="theme_groups")
    assert a.gold_path.read_text() == b.gold_path.read_text()
    assert a.variants == b.variants
    c = generate_report(tmp_path / "c", "x", 43, numbering="section_paren", table_style="theme_groups")
    ga, gc = (json.loads(p.read_text()) for p in (a.gold_path, c.gold_path))
    assert ga["recommendations"] != gc["recommendations"]


def test_pdf_text_contains_gold_recommendations(synthetic_report_pdf):
    gold = ExtractionResult.model_validate_json(
        synthetic_report_pdf.with_name(synthetic_report_pdf.stem + ".gold.json").read_text()
    )
    with pymupdf.open(synthetic_report_pdf) as doc:
        text = " ".join(" ".join(p.get_text().split()) for p in doc)
        assert all("OFFICIAL" in p.get_text() or "DHR" in p.get_text() for p in doc)  # repeated header
    import unicodedata

    text = unicodedata.normalize("NFKC", text).replace("- ", "")
    for rec in gold.recommendations:
        assert " ".join(rec.text.split()[:4]) in text


def test_numbering_printed_as_gold(tmp_path):
    r = generate_report(tmp_path, "n", 5, numbering="section_paren", fmt="html")
    gold = ExtractionResult.model_validate_json(r.gold_path.read_text())
    html = r.path.read_text()
    assert all(rec.number and "(" in rec.number for rec in gold.recommendations)
    assert gold.recommendations[0].number in html


def test_bad_arguments_raise_input_error(tmp_path):
    with pytest.raises(InputError, match="numbering"):
        generate_report(tmp_path, "x", 1, numbering="roman")
    with pytest.raises(InputError, match="format"):
        generate_report(tmp_path, "x", 1, fmt="odt")  # type: ignore[arg-type]
