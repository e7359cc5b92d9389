"""The plain-text reader keeps the running header and footer lines it drops, as the PDF and DOCX readers do
(``Document.running_text``), so a plain-text report naming its partnership only in its running header still
gives the commissioning CSP."""

from __future__ import annotations

from dhr.schema import SourceInfo
from dhr.settings import get_settings
from extraction.document import Document
from extraction.readers.text import read_text
from extraction.review_fields import review_info

_HEADER = "Dartford Community Safety Partnership - DHR Adult A - OFFICIAL"


def _report(header: bool) -> bytes:
    pages = []
    for n, body in enumerate(
        [
            "Domestic Homicide Review into the death of Adult A\n\nThe review panel met six times.",
            "The panel read each agency's chronology.\n\nThe family were spoken to twice.",
            "Recommendations\n\n1. The housing team should ask about domestic abuse at every visit.",
        ],
        start=1,
    ):
        pages.append((f"{_HEADER}\n\n" if header else "") + f"{body}\n\nPage {n}")
    return "\f".join(pages).encode("utf-8")


def _document(data: bytes) -> Document:
    running: list[str] = []
    pages, warnings = read_text(data, "made.txt", get_settings(), running)
    source = SourceInfo(filename="made.txt", sha256="0" * 64, pages=len(pages), format="text")
    return Document(source=source, pages=pages, warnings=warnings, running_text=running)


def test_text_reader_keeps_the_running_header_it_drops() -> None:
    doc = _document(_report(header=True))
    assert doc.running_text == [_HEADER]
    assert "Dartford" not in doc.text  # still out of the running text of the pages
    assert review_info(doc).csp == "Dartford Community Safety Partnership"


def test_without_the_header_no_csp_is_read() -> None:
    doc = _document(_report(header=False))
    assert doc.running_text == []
    assert review_info(doc).csp is None


def test_running_is_optional() -> None:
    pages, _ = read_text(_report(header=True), "made.txt", get_settings())
    assert all("Dartford" not in line.text for page in pages for line in page.lines)


def test_read_fills_the_running_text_of_a_text_file() -> None:
    # the entry point every caller uses passes the list through, so the pipeline sees the header too
    from extraction.readers import read

    doc = read(_report(header=True), filename="made.txt")
    assert doc.running_text == [_HEADER]
    assert review_info(doc).csp == "Dartford Community Safety Partnership"
