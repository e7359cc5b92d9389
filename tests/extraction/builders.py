"""Build in-memory Documents from marked-up text, so parsing stages can be tested without a reader.

Markup: pages separated by form feeds; a line starting with ``#`` is a bold heading; blank lines start a new
block (paragraph).
"""

from __future__ import annotations

from dhr.schema import SourceInfo
from extraction.document import Document, Line, Page, TableRows


def make_document(text: str, tables: dict[int, list[TableRows]] | None = None) -> Document:
    pages = []
    for number, page_text in enumerate(text.split("\f"), start=1):
        lines: list[Line] = []
        block = 0
        for raw in page_text.splitlines():
            if not raw.strip():
                block += 1
                continue
            bold = raw.lstrip().startswith("#")
            clean = raw.strip().lstrip("#").strip()
            if bold:
                block += 1
            lines.append(Line(text=clean, page=number, bold=bold, block=block, size=13.0 if bold else 11.0))
            if bold:
                block += 1
        pages.append(Page(number=number, lines=lines, native_tables=(tables or {}).get(number, [])))
    return Document(
        source=SourceInfo(filename="test.txt", sha256="0" * 64, pages=len(pages), format="text"), pages=pages
    )


def html_to_pdf(html: str, path) -> None:
    """Render simple HTML (headings, paragraphs, tables with borders) to a PDF with PyMuPDF's Story."""
    import pymupdf

    css = "table, td, th {border: 1px solid black; border-collapse: collapse;} td, th {padding: 3px;}"
    story = pymupdf.Story(html=html, user_css=css)
    writer = pymupdf.DocumentWriter(str(path))
    mediabox = pymupdf.paper_rect("a4")
    where = mediabox + (40, 40, -40, -40)
    more = True
    while more:
        device = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(device)
        writer.end_page()
    writer.close()
