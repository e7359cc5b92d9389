"""PDF pages drawn directly with PyMuPDF, for action plans that no word processor made: tables with no ruling
lines at all (columns only by the x-position of their words) or a single rule under the header, rows that a
page break cuts (the rest of each cell printed at the top of the next page), landscape pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

FONT, BOLD = "helv", "hebo"


def _wrap(text: str, width: float, size: float, font: str) -> list[str]:
    import pymupdf

    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}".strip()
            if line and pymupdf.get_text_length(trial, fontname=font, fontsize=size) > width:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return lines


class Drawn:
    """A PDF written page by page: paragraphs and tables, with a page number at each foot."""

    def __init__(self, *, landscape: bool = False, margin: float = 50) -> None:
        import pymupdf

        self.doc: Any = pymupdf.open()
        self.width, self.height = (842.0, 595.0) if landscape else (595.0, 842.0)
        self.margin = margin
        self.page: Any = None
        self.y = 0.0
        self.new_page()

    def new_page(self, *, landscape: bool | None = None) -> None:
        if landscape is not None:
            self.width, self.height = (842.0, 595.0) if landscape else (595.0, 842.0)
        self.page = self.doc.new_page(width=self.width, height=self.height)
        self.page.insert_text((self.width / 2 - 10, self.height - 25), str(self.doc.page_count), fontsize=8)
        self.y = self.margin

    @property
    def bottom(self) -> float:
        return self.height - self.margin

    def para(self, text: str, *, size: float = 11, bold: bool = False, gap: float = 6) -> None:
        font = BOLD if bold else FONT
        for line in _wrap(text, self.width - 2 * self.margin, size, font):
            if self.y + size * 1.3 > self.bottom:
                self.new_page()
            self.y += size * 1.3
            self.page.insert_text((self.margin, self.y), line, fontsize=size, fontname=font)
        self.y += gap

    def table(
        self,
        header: list[str],
        rows: list[list[str]],
        widths: list[float],
        *,
        size: float = 8.5,
        rules: str = "none",
        repeat_header: bool = True,
        split_rows: bool = True,
        gap: float = 10,
        row_gap: float = 0.6,
        centre_header: bool = False,
    ) -> None:
        """Rows of cells at fixed column widths (points). A row of one cell spans the width (a theme row).

        ``rules``: "none" (no line at all), "header" (one rule under the header). A row that does not fit is cut
        line by line when ``split_rows`` (the rest of every cell at the next page's top), else moved whole.
        ``row_gap``: the space between rows, in lines (0: rows as tight as a cell's own lines). ``centre_header``:
        each header cell centred over its column.
        """
        import pymupdf

        lead = size * 1.25
        xs = [self.margin]
        for w in widths[:-1]:
            xs.append(xs[-1] + w)

        def draw_header() -> None:
            lines = [_wrap(h, w - 8, size, BOLD) for h, w in zip(header, widths, strict=True)]
            top = self.y
            for x, w, cell in zip(xs, widths, lines, strict=True):
                for k, line in enumerate(cell):
                    shift = 0.0
                    if centre_header:
                        shift = (w - 8 - pymupdf.get_text_length(line, fontname=BOLD, fontsize=size)) / 2
                    self.page.insert_text(
                        (x + shift, top + lead * (k + 1)), line, fontsize=size, fontname=BOLD
                    )
            self.y = top + lead * max(len(c) for c in lines) + 4
            if rules == "header":
                self.page.draw_line((self.margin, self.y), (xs[-1] + widths[-1], self.y), width=0.8)
            self.y += 4

        if self.y + 4 * lead > self.bottom:
            self.new_page()
        draw_header()
        for row in rows:
            if len(row) == 1:
                cells = [_wrap(row[0], sum(widths) - 8, size, BOLD)]
                cols, fonts = [self.margin], [BOLD]
            else:
                cells = [_wrap(c or "", w - 8, size, FONT) for c, w in zip(row, widths, strict=True)]
                cols, fonts = xs, [FONT] * len(xs)
            done = [0] * len(cells)
            while any(d < len(c) for d, c in zip(done, cells, strict=True)):
                room = int((self.bottom - self.y) // lead)
                need = max(len(c) - d for c, d in zip(cells, done, strict=True))
                if room < need and (not split_rows or room < 2):
                    self.new_page()
                    if repeat_header:
                        draw_header()
                    continue
                take = min(room, need)
                for j, (x, cell) in enumerate(zip(cols, cells, strict=True)):
                    for k, line in enumerate(cell[done[j] : done[j] + take]):
                        self.page.insert_text(
                            (x, self.y + lead * (k + 1)), line, fontsize=size, fontname=fonts[j]
                        )
                    done[j] = min(len(cell), done[j] + take)
                self.y += lead * take
                if any(d < len(c) for d, c in zip(done, cells, strict=True)):
                    self.new_page()
                    if repeat_header:
                        draw_header()
            self.y += lead * row_gap
        self.y += gap

    def save(self, path: Path) -> int:
        self.doc.set_metadata({"producer": "tests", "creator": "tests"})
        self.doc.save(str(path), garbage=3, deflate=True, no_new_id=True)
        pages: int = self.doc.page_count
        self.doc.close()
        return pages
