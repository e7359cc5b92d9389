"""A row cut by a page break has no rule where the page cut it: its column lines run on past the table's top (at
a continuation page's head) or bottom (at a page foot). The table finder leaves such a row out unless the
missing rule is drawn in; the row's action and target date must not be lost."""

from __future__ import annotations

import pymupdf

from extraction.readers.pdf_tables import PdfTableFinder

COLUMNS = [50, 250, 400, 545]


def _page_with_open_rows() -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    rules = [110, 160, 210]  # the first row (70-110) was cut at its top, the last (210-260) at its foot
    for x in COLUMNS:
        page.draw_line((x, 70), (x, 260), width=0.7)
    for y in rules:
        page.draw_line((COLUMNS[0], y), (COLUMNS[-1], y), width=0.7)
    cells = [
        (78, ["of the referral.", "Audit ten cases", "31/03/2019"]),
        (128, ["2. The trust should check.", "Brief ward staff", "June 2019"]),
        (178, ["3. The police should ask.", "Add a prompt to the form", "Q3 2019/20"]),
        (228, ["4. The council should write.", "Send the letter", "Ongoing"]),
    ]
    for y, texts in cells:
        for x, text in zip(COLUMNS, texts, strict=False):
            page.insert_text((x + 4, y + 12), text, fontsize=9)
    data = doc.tobytes()
    doc.close()
    return data


def test_rows_cut_at_the_top_and_foot_of_a_page_are_read() -> None:
    finder = PdfTableFinder(_page_with_open_rows())
    try:
        tables = finder(1)
    finally:
        finder.close()
    rows = [row for table in tables for row in table]
    assert ["of the referral.", "Audit ten cases", "31/03/2019"] in rows
    assert ["4. The council should write.", "Send the letter", "Ongoing"] in rows
    assert len(rows) == 4
