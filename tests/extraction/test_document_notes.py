"""Footnotes, endnotes and running headers/footers: the readers keep them out of the lines but on the document
(``Document.notes``, ``Document.running_text``), so initials defined only in a note still name their agency and
a partnership named only in the running header is still the commissioning CSP."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from annotations.wordproc.worddoc import WordDoc
from dhr.schema import SourceInfo
from extraction.document import SIDE_TEXT_CHARS, SIDE_TEXT_ENTRIES, Document, Line, Page, keep_side_text
from extraction.pipeline import Extractor
from extraction.readers import read


def _docx(*, footnote: bool = True, header: bool = True) -> bytes:
    w = WordDoc()
    w.heading("Domestic Homicide Review into the death of Adult A", 1)
    w.para("The review panel met six times.")
    w.heading("Recommendations", 1)
    note = ("NDAS", "NDAS - Northshire Domestic Abuse Service.") if footnote else None
    w.para("1. NDAS should add two questions to the checklist its staff use on home visits.", footnote=note)
    w.para("2. Dartford Borough Council should review how its housing team asks about domestic abuse.")
    if header:
        w.header_footer("Dartford Community Safety Partnership - DHR Adult A - OFFICIAL", "Page {n}")
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "made.docx"
        w.save(target)
        return target.read_bytes()


def test_docx_reader_keeps_notes_and_running_lines_apart_from_the_body() -> None:
    doc = read(_docx(), filename="made.docx")
    assert doc.notes == ["NDAS - Northshire Domestic Abuse Service."]
    assert doc.running_text == ["Dartford Community Safety Partnership - DHR Adult A - OFFICIAL"]
    assert "Northshire" not in doc.text and "Dartford Community Safety" not in doc.text


def test_footnote_defined_initials_and_header_only_csp_are_read() -> None:
    result = Extractor.load()(read(_docx(), filename="made.docx"))
    first = result.recommendations[0]
    assert "domestic_abuse_services" in {a.agency if hasattr(a, "agency") else a for a in first.agencies}
    assert result.review.csp == "Dartford Community Safety Partnership"


def test_without_the_notes_and_header_neither_is_read() -> None:
    # the control: the same document without the footnote and the header gives neither
    result = Extractor.load()(read(_docx(footnote=False, header=False), filename="made.docx"))
    first = result.recommendations[0]
    assert "domestic_abuse_services" not in {a.agency if hasattr(a, "agency") else a for a in first.agencies}
    assert result.review.csp is None


def test_a_csp_in_the_body_is_not_overridden_by_the_running_header() -> None:
    source = SourceInfo(filename="made.docx", sha256="0" * 64, pages=1, format="docx")
    lines = [Line(text=t, page=1) for t in ["Domestic Homicide Review", "Commissioned by Harlow Council"]]
    doc = Document(
        source=source,
        pages=[Page(number=1, lines=lines)],
        running_text=["Dartford Community Safety Partnership - DHR Adult A"],
    )
    from extraction.review_fields import review_info

    assert review_info(doc).csp == "Harlow Council"
    doc.pages[0].lines = lines[:1]
    assert review_info(doc).csp == "Dartford Community Safety Partnership"


@pytest.mark.parametrize("n", [SIDE_TEXT_ENTRIES + 50])
def test_side_text_is_bounded(n: int) -> None:
    into: list[str] = []
    for i in range(n):
        keep_side_text(into, f"note {i} " + "x" * 1000)
    keep_side_text(into, "late")
    assert len(into) == SIDE_TEXT_ENTRIES
    assert all(len(t) <= SIDE_TEXT_CHARS for t in into)


def test_pdf_footnotes_are_kept_as_notes() -> None:
    # a dev document: its initials are spelled out only in footnotes under the rule at the page foot
    pdf = Path(__file__).resolve().parent / "agencies_blind_f" / "agf-02-footnote-pdf.pdf"
    doc = read(pdf)
    assert any(n.startswith("Gloucestershire Domestic Abuse Support Service") for n in doc.notes)
    assert "Gloucestershire Domestic Abuse Support Service" not in doc.text


def test_repeated_running_lines_are_given_back_once_and_page_numbers_not() -> None:
    from extraction.readers.cleanup import drop_headers_footers

    def page(number: int) -> Page:
        texts = [
            ("Safer Northshire Partnership - DHR Adult A", 20.0),
            ("Body text.", 300.0),
            (f"Page {number}", 785.0),
        ]
        return Page(
            number=number, height=800.0, lines=[Line(text=t, page=number, y0=y, y1=y + 11) for t, y in texts]
        )

    pages = [page(n) for n in range(1, 4)]
    removed: list[str] = []
    drop_headers_footers(pages, lambda p, ln: ln.y0 < 0.08 * p.height or ln.y1 > 0.92 * p.height, removed)
    assert removed == ["Safer Northshire Partnership - DHR Adult A"]
    assert all([ln.text for ln in p.lines] == ["Body text."] for p in pages)


@pytest.mark.parametrize(
    "preamble",
    [
        "The agencies responsible for this action plan are Kent Police, Kent County Council and the Probation "
        "Service. Progress will be reported to the partnership every six months.",
        "The following agencies are responsible for the recommendations: Kent Police and Kent County Council.",
    ],
)
def test_a_preamble_naming_the_plans_agencies_is_no_recommendation(preamble: str) -> None:
    from tests.extraction.builders import make_document

    doc = make_document(
        f"#Recommendations\n{preamble}\n\n1. Kent Police should review how call handlers check an address.\n\n"
        "2. Kent County Council should review how it tells an older victim about the help available.\n"
    )
    result = Extractor.load()(doc)
    assert [r.number for r in result.recommendations] == ["1", "2"]
