"""A table of one agency's recommendations under that agency's heading, with a paragraph of prose between them:
the heading governs the table until the next heading of its level or higher, so its rows keep the agency as their
printed heading and are that agency's (single-agency) recommendations, in the DOCX and in a print without heading
levels. Made-up text."""

from __future__ import annotations

from pathlib import Path

from docx import Document as make_docx

from extraction.document import Line, Page
from extraction.plan_columns import governing_agency
from extraction.readers.docx_parts import headings_above


def _page(*lines: tuple[str, int | None]) -> Page:
    page = Page(number=1)
    page.lines = [Line(text=t, page=1, heading_level=level, block=k) for k, (t, level) in enumerate(lines)]
    return page


def test_the_headings_over_a_table_are_its_ancestors_not_every_heading_above() -> None:
    page = _page(
        ("Chronology", 1),
        ("Analysis by agency", 1),
        ("Eastby Police", 2),
        ("The IMR author interviewed the officers who attended.", None),
    )
    assert headings_above([page]) == ["Analysis by agency", "Eastby Police"]
    # a sibling heading after the agency's ends its part: the table is under the sibling, not the agency
    page.lines.append(Line(text="Lessons learned", page=1, heading_level=2, block=9))
    assert headings_above([page]) == ["Analysis by agency", "Lessons learned"]
    # a sub-heading under the agency's keeps the agency among them
    page.lines[-1] = Line(text="Recommendations", page=1, heading_level=3, block=9)
    assert headings_above([page]) == ["Analysis by agency", "Eastby Police", "Recommendations"]


def test_the_governing_agency_is_the_nearest_heading_naming_one() -> None:
    assert governing_agency(["Analysis by agency", "Eastby Police", "Recommendations"]) == "Eastby Police"
    assert governing_agency(["7. Agencies", "7.3 Eastby Police"]) == "Eastby Police"
    assert governing_agency(["Analysis by agency", "Lessons learned"]) is None
    assert governing_agency([]) is None


def _report(path: Path) -> Path:
    doc = make_docx()
    doc.add_heading("Domestic Homicide Review: Mrs A", 0)
    doc.add_heading("Analysis by agency", 1)
    doc.add_paragraph("Each agency's IMR made recommendations for its own service, quoted below.")
    recs = {
        "Eastby Police": [
            "Eastby Police should review how call handlers grade repeat calls from the same address.",
            "Eastby Police should train response officers in recognising coercive and controlling behaviour.",
        ],
        "Eastby Hospitals NHS Trust": [
            "Eastby Hospitals NHS Trust should ask every patient attending the emergency department alone "
            "about domestic abuse.",
        ],
    }
    for agency, texts in recs.items():
        doc.add_heading(agency, 2)
        doc.add_paragraph(
            "The panel discussed the IMR with its author, who described the changes already made."
        )
        table = doc.add_table(rows=1, cols=3)
        for cell, text in zip(table.rows[0].cells, ["No.", "IMR recommendation", "Progress"], strict=True):
            cell.text = text
        for n, text in enumerate(texts, 1):
            cells = table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = str(n), text, "In progress"
    doc.add_heading("Overview recommendations", 1)
    doc.add_paragraph("The partnership should commission a review of refuge provision for older victims.")
    doc.save(str(path))
    return path


def test_docx_tables_under_agency_headings_keep_them(tmp_path: Path) -> None:
    from extraction.pipeline import get_extractor

    result = get_extractor().extract_path(_report(tmp_path / "imr.docx"))
    got = sorted(
        (r.section, r.heading, r.text[:30]) for r in result.recommendations if r.text.startswith("Eastby")
    )
    assert got == [
        ("single_agency", "Eastby Hospitals NHS Trust", "Eastby Hospitals NHS Trust sho"),
        ("single_agency", "Eastby Police", "Eastby Police should review ho"),
        ("single_agency", "Eastby Police", "Eastby Police should train res"),
    ]


def test_a_print_without_heading_levels_ranks_its_headings_by_size_and_weight() -> None:
    from extraction.document import Document, SourceInfo
    from extraction.plan_columns import printed_headings

    prose = "The panel discussed the IMR with its author, who described the changes already made since."
    page = Page(number=2)
    page.lines = [
        Line(text="Analysis by agency", page=2, size=14, bold=True, block=1),
        Line(text="Eastby Police", page=2, size=12, bold=True, block=2),
        Line(text=prose[:50], page=2, size=11, block=3),
        Line(text=prose[50:], page=2, size=11, block=3),
    ]
    doc = Document(
        source=SourceInfo(filename="x.pdf", sha256="0" * 64, pages=2, format="pdf"), pages=[Page(1), page]
    )
    assert printed_headings(doc, 2, [prose]) == ["Analysis by agency", "Eastby Police"]
    # a sibling as large as the agency's heading ended its part
    page.lines.insert(2, Line(text="Lessons learned", page=2, size=12, bold=True, block=9))
    assert governing_agency(printed_headings(doc, 2, [prose])) is None
    # no paragraph found above the table: no headings
    assert printed_headings(doc, 2, []) == []
