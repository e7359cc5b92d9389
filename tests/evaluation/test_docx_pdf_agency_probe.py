"""The DOCX/PDF agency probe: alignment and comparison of two readings, and two committed documents read in both
forms (no LibreOffice needed: the committed dev PDFs are used)."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.docx_pdf_agency_probe import align, compare, read, run
from evaluation.docx_pdf_agency_probe_build import WORDPROC, committed_pairs, shuffled_pool


def _rec(number: str | None, text: str, agencies: list[str], level: str = "local") -> dict[str, object]:
    return {"number": number, "text": text, "agencies": agencies, "level": level, "heading": None}


DOCX = [
    _rec("1", "The police should review how they record repeat calls about domestic abuse.", ["police"]),
    _rec("2", "The trust should train its staff on routine enquiry about abuse.", ["mental_health_services"]),
    _rec(
        "3",
        "The partnership should write to the Home Office about the guidance.",
        ["home_office"],
        "national",
    ),
]


def test_alike_readings_have_no_disagreement() -> None:
    aligned, diffs = compare("doc", DOCX, [dict(r) for r in DOCX])
    assert aligned == 3
    assert diffs == []


def test_agency_and_level_differences_are_reported_with_the_docx_as_reference() -> None:
    pdf = [dict(r) for r in DOCX]
    pdf[1] = {**pdf[1], "agencies": [], "heading": "Recommendations"}
    pdf[2] = {**pdf[2], "level": "local"}
    _aligned, diffs = compare("doc", DOCX, pdf)
    kinds = {(d.kind, d.number, str(d.docx), str(d.pdf)) for d in diffs}
    assert kinds == {
        ("agencies", "2", "['mental_health_services']", "[]"),
        ("level", "3", "national", "local"),
    }


def test_a_text_read_otherwise_aligns_by_number_and_lost_ones_are_missing() -> None:
    pdf = [
        _rec("1", "Nottinghamshire DHR page 4 of 9 the police should review", ["police"]),
        _rec("3", DOCX[2]["text"], ["home_office"], "national"),  # type: ignore[arg-type]
    ]
    pairs, left, right = align(DOCX, pdf)
    assert pairs == [(0, 0), (2, 1)]
    assert left == [1] and right == []


def test_shuffled_pool_is_another_order_of_the_same_texts_and_repeatable() -> None:
    pool = {"A": list(range(30)), "B": list(range(5))}
    one = shuffled_pool(pool, 1, "doc")  # type: ignore[arg-type]
    assert sorted(one["A"]) == pool["A"] and one["A"] != pool["A"]
    assert one == shuffled_pool(pool, 1, "doc")  # type: ignore[arg-type]
    assert one != shuffled_pool(pool, 2, "doc")  # type: ignore[arg-type]


def test_committed_pairs_hold_dev_sets_only() -> None:
    pairs = committed_pairs()
    assert len(pairs) > 200
    assert all(p[0].parent.name.startswith("dev") for p in pairs)


@pytest.mark.parametrize("name", ["dev-02-recno-bullets", "dev2-07-agency-letters-fields"])
def test_committed_document_reads_alike_in_both_forms(name: str, tmp_path: Path) -> None:
    folder = WORDPROC / name.split("-")[0]
    docx, pdf = folder / f"{name}.docx", folder / f"{name}-pdf.pdf"
    code = "test"
    aligned, diffs = compare(name, read(docx, code, cache=tmp_path), read(pdf, code, cache=tmp_path))
    assert aligned >= 4
    assert [d.line() for d in diffs if d.kind in {"agencies", "level"}] == []
    # the reading is cached: the run reads it back without extracting again
    assert any((tmp_path / "readings").rglob("test.json"))


def test_run_counts(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pair = next(p for p in committed_pairs() if p[0].stem == "dev-02-recno-bullets")
    totals = run([pair], any_code=False, verbose=False, cache=tmp_path)
    assert totals["documents"] == 1 and totals["aligned"] >= 4
    assert "TOTAL aligned" in capsys.readouterr().out
