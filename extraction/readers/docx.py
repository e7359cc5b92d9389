"""Read a DOCX with python-docx, after bounding the archive (zip and paragraph bombs are refused unparsed).

One line per paragraph (and per soft line break); heading levels from "Heading N" styles and outline levels;
list items and Word auto-numbering rendered from ``numbering.xml`` ("1.", "a)", "2.1": counted by
:mod:`extraction.readers.docx_numbering`); tables in ``Page.native_tables`` with vertically merged cells
repeated as :class:`~extraction.document.MergedCell`; pages split at explicit and Word-rendered page breaks.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from typing import Any

from dhr.errors import (
    CorruptDocumentError,
    DHRError,
    DocumentTooLargeError,
)
from dhr.settings import Settings
from extraction.document import Line, LocatedTable, MergedCell, Page, TableRows, keep_side_text
from extraction.readers.bilingual import english_column, read_english_side
from extraction.readers.cleanup import (
    dehyphenate,
)
from extraction.readers.common import (
    normalise_ws,
    short_error,
)
from extraction.readers.docx_grid import grid_lines_of, layout_grid
from extraction.readers.docx_numbering import DocxNumbering, indent_twips, w_val
from extraction.readers.docx_parts import (
    headings_above,
    margin_frame,
    new_page_after,
    one_column,
    recommendation_record,
    side_texts,
    text_boxes,
)

#: Unpacked DOCX parts larger than this many times the size limit are refused (zip bombs).
_DOCX_INFLATE_FACTOR = 20


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.I)


#: Paragraph openings in WordprocessingML: ``<w:p>``, ``<w:p w:rsidR=...>`` and the empty ``<w:p/>``.
_DOCX_PARAGRAPH = re.compile(rb"<w:p[\s/>]")


def _docx_paragraphs(archive: zipfile.ZipFile, part: str, stop_after: int) -> int:
    """Paragraphs in one XML part, counted on the compressed stream in 1 MB chunks (constant memory), stopping
    once past ``stop_after`` so that a bomb costs no more than reading that far."""
    count = 0
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(1 << 20):
            buffer = tail + chunk
            count += len(_DOCX_PARAGRAPH.findall(buffer))
            tail = buffer[-4:]
            count -= len(_DOCX_PARAGRAPH.findall(tail))  # a match inside the tail is counted again next time
            if count > stop_after:
                break
    return count + len(_DOCX_PARAGRAPH.findall(tail))


def _check_docx_bounds(data: bytes, name: str, settings: Settings) -> None:
    """Refuse a DOCX whose unpacked size or paragraph count would make parsing take minutes and gigabytes
    (a zip 'paragraph bomb'), before python-docx builds its tree."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            unpacked = sum(info.file_size for info in infos)
            limit = _DOCX_INFLATE_FACTOR * settings.max_file_mb * 1024 * 1024
            if unpacked > limit:
                raise DocumentTooLargeError(
                    f"{name}: unpacks to {unpacked / 1024 / 1024:.0f} MB, over the limit for a .docx"
                    f" ({limit / 1024 / 1024:.0f} MB)"
                )
            xml = sum(i.file_size for i in infos if i.filename.lower().endswith((".xml", ".rels")))
            xml_limit = settings.max_docx_xml_mb * 1024 * 1024
            if xml > xml_limit:
                raise DocumentTooLargeError(
                    f"{name}: its text and layout (XML) unpack to {xml / 1024 / 1024:.0f} MB, over the "
                    f"{settings.max_docx_xml_mb:g} MB limit for a .docx (DHR_MAX_DOCX_XML_MB)"
                )
            parts = [
                i.filename for i in infos if i.filename.startswith("word/") and i.filename.endswith(".xml")
            ]
            paragraphs = 0
            for part in parts:
                paragraphs += _docx_paragraphs(archive, part, settings.max_docx_paragraphs - paragraphs)
                if paragraphs > settings.max_docx_paragraphs:
                    raise DocumentTooLargeError(
                        f"{name}: has over {settings.max_docx_paragraphs:,} paragraphs, over the limit for a "
                        f".docx (DHR_MAX_DOCX_PARAGRAPHS)"
                    )
    except DHRError:
        raise
    except Exception as exc:  # noqa: BLE001 - zipfile raises BadZipFile, zlib.error, EOFError, ... on damage
        raise CorruptDocumentError(
            f"{name}: is damaged: the .docx (ZIP) container is broken ({short_error(exc)})"
        ) from None


def read_docx(
    data: bytes,
    name: str,
    settings: Settings,
    notes: list[str] | None = None,
    running: list[str] | None = None,
) -> tuple[list[Page], list[str]]:
    """Pages and warnings; ``notes`` and ``running``, when given, are filled with the footnotes and endnotes
    and the header and footer lines (see :func:`~extraction.readers.docx_parts.side_texts`)."""
    _check_docx_bounds(data, name, settings)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        reader = _DocxReader(document, name, settings)
        read = reader.read()
        for note in reader.margin_notes if notes is not None else ():
            keep_side_text(notes, note)
        if notes is not None or running is not None:
            side_texts(data, notes if notes is not None else [], running if running is not None else [])
        return read
    except DHRError:
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx raises KeyError/ValueError/lxml errors on damage
        raise CorruptDocumentError(
            f"{name}: is damaged and cannot be read as a .docx ({short_error(exc)})"
        ) from None


#: Parts of a paragraph whose text is not the paragraph's own words: deleted or moved-away text (tracked
#: changes), drawings and text boxes (read elsewhere or twice over in their fallback), embedded objects.
_NOT_TEXT = {
    f"{_W}{tag}" for tag in ("del", "moveFrom", "drawing", "pict", "object", "txbxContent", "rPr", "pPr")
}
_NOT_TEXT.add("{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent")


def _hidden(run: Any) -> bool:
    vanish = run.find(f"{_W}rPr/{_W}vanish")
    return vanish is not None and w_val(vanish) not in ("0", "false")


def visible_text(p_element: Any) -> str:
    """A paragraph's text as Word shows it with changes accepted: runs inside tracked insertions (``w:ins``),
    content controls (``w:sdt``), simple fields, hyperlinks and smart tags included (python-docx's
    ``Paragraph.text`` reads only the paragraph's direct runs and hyperlinks, so a recommendation typed into a
    template's content control came out empty); deletions left out; tabs and breaks as whitespace."""
    out: list[str] = []

    def walk(node: Any) -> None:
        for child in node:
            tag = child.tag
            if not isinstance(tag, str) or tag in _NOT_TEXT:
                continue
            if tag == f"{_W}r" and _hidden(child):
                continue  # hidden text (a template's guidance notes): neither shown nor printed
            if tag == f"{_W}t":
                out.append(child.text or "")
            elif tag == f"{_W}tab":
                out.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                out.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                out.append("-")
            elif tag != f"{_W}p":  # a paragraph nested in this one (a text box) is not this paragraph's text
                walk(child)

    walk(p_element)
    return "".join(out)


class _DocxReader:
    def __init__(self, document: Any, name: str, settings: Settings) -> None:
        self.document = document
        self.name = name
        self.settings = settings
        self.numbering = DocxNumbering(document)
        self.pages: list[Page] = [Page(number=1)]
        self.block = 0
        self.warnings: list[str] = []
        self._style_cache: dict[str, tuple[int | None, bool, bool, float | None, str | None]] = {}
        self._indent: int | None = None  # left indent (twips) of the paragraph last read
        self.margin_notes: list[str] = []  # framed paragraphs printed in the margin, beside the text
        self._after_table = False  # a native table was read since the last paragraph (Line.after_table)

    def read(self) -> tuple[list[Page], list[str]]:
        self._walk(self.document.element.body)
        pages = [p for p in self.pages if p.lines or p.native_tables] or self.pages[:1]
        for number, page in enumerate(pages, start=1):
            page.number = number
            for line in page.lines:
                line.page = number
            page.lines = dehyphenate(page.lines)
        if len(pages) > self.settings.max_pages:
            raise DocumentTooLargeError(
                f"{self.name}: has {len(pages)} pages, over the {self.settings.max_pages}-page limit (DHR_MAX_PAGES)"
            )
        return pages, self.warnings

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def _new_page(self) -> None:
        if self.page.lines or self.page.native_tables:
            self.pages.append(Page(number=len(self.pages) + 1))
            self.block = 0

    def _walk(self, container: Any) -> None:
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        for child in container.iterchildren():
            tag = child.tag
            if tag == f"{_W}p" and margin_frame(child):
                self.margin_notes.append(visible_text(child))
            elif tag == f"{_W}p":
                self._paragraph(Paragraph(child, self.document.part))
                for box in text_boxes(child):
                    self._walk(box)  # a text box anchored in the paragraph: its own paragraphs, after it
                if new_page_after(child):
                    self._new_page()  # a section break to a new page (a landscape action plan after the body)
            elif tag == f"{_W}tbl":
                self._table(Table(child, self.document.part))
            elif tag in (f"{_W}sdt", f"{_W}customXml", f"{_W}sdtContent"):
                content = child.find(f"{_W}sdtContent") if tag == f"{_W}sdt" else child
                if content is not None:
                    self._walk(content)

    def _breaks(self, element: Any) -> tuple[bool, int]:
        """(page break before any text, number of page breaks after text started) in a paragraph."""
        before = False
        after = 0
        seen_text = False
        ppr = element.find(f"{_W}pPr")
        if ppr is not None and ppr.find(f"{_W}pageBreakBefore") is not None:
            before = w_val(ppr.find(f"{_W}pageBreakBefore")) not in ("0", "false")
        for node in element.iter(f"{_W}t", f"{_W}br", f"{_W}lastRenderedPageBreak"):
            if node.tag == f"{_W}t":
                if node.text and node.text.strip():
                    seen_text = True
                continue
            if node.tag == f"{_W}br" and node.get(f"{_W}type") != "page":
                continue
            if seen_text:
                after += 1
            else:
                before = True
        return before, after

    def _style_info(self, style: Any) -> tuple[int | None, bool, bool, float | None, str | None]:
        """(heading level, list style, bold, size, name) of a paragraph style, following based-on styles."""
        if style is None:
            return None, False, False, None, None
        key = style.style_id or style.name or ""
        cached = self._style_cache.get(key)
        if cached is not None:
            return cached
        level: int | None = None
        is_list = False
        bold: bool | None = None
        size: float | None = None
        current = style
        depth = 0
        while current is not None and depth < 10:
            style_name = (current.name or "").strip()
            match = _HEADING_STYLE.match(style_name)
            if level is None and match:
                level = int(match.group(1))
            elif level is None and style_name.lower() == "title":
                level = 1
            if level is None:
                ppr = current.element.find(f"{_W}pPr")
                outline = ppr.find(f"{_W}outlineLvl") if ppr is not None else None
                if outline is not None and (w_val(outline) or "9").isdigit() and int(w_val(outline) or 9) < 9:
                    level = int(w_val(outline) or 0) + 1
            if "list" in style_name.lower():
                is_list = True
            ppr = current.element.find(f"{_W}pPr")
            if ppr is not None and ppr.find(f"{_W}numPr") is not None:
                is_list = True
            if bold is None and current.font.bold is not None:
                bold = bool(current.font.bold)
            if size is None and current.font.size is not None:
                size = float(current.font.size.pt)
            current = current.base_style
            depth += 1
        info = (level, is_list, bool(bold), size, style.name)
        self._style_cache[key] = info
        return info

    def _num_props(self, paragraph: Any) -> tuple[str | None, int]:
        ppr = paragraph._p.pPr
        num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
        current = paragraph.style
        depth = 0
        while num_pr is None and current is not None and depth < 10:
            style_ppr = current.element.find(f"{_W}pPr")
            num_pr = style_ppr.find(f"{_W}numPr") if style_ppr is not None else None
            current = current.base_style
            depth += 1
        if num_pr is None:
            return None, 0
        num_id = w_val(num_pr.find(f"{_W}numId"))
        ilvl = w_val(num_pr.find(f"{_W}ilvl"))
        return num_id, int(ilvl) if ilvl and ilvl.isdigit() else 0

    def _paragraph_text(self, paragraph: Any) -> tuple[str, bool, float | None, str, bool]:
        """(text, bold, size, numbering label, is-list) for a paragraph, numbering counters advanced."""
        try:
            style = paragraph.style
        except Exception:  # noqa: BLE001 - dangling style ids
            style = None
        level, style_list, style_bold, style_size, _ = self._style_info(style)
        del level
        bold_chars = 0
        all_chars = 0
        size: float | None = None
        for run in paragraph.runs:
            n = len(run.text.strip())
            if not n:
                continue
            all_chars += n
            run_bold = run.bold if run.bold is not None else style_bold
            if run_bold:
                bold_chars += n
            if size is None and run.font.size is not None:
                size = float(run.font.size.pt)
        text = visible_text(paragraph._p)
        num_id, ilvl = self._num_props(paragraph)
        label = ""
        is_list = style_list
        self._indent = indent_twips(paragraph._p.find(f"{_W}pPr/{_W}ind"))
        if num_id is not None and num_id != "0":
            is_list = True
            # Word numbers an empty list paragraph too (a table's "No." cell holding only its number): the
            # counter moves and the label shows whether or not the paragraph has text
            label, _bullet = self.numbering.label(num_id, ilvl)
            if self._indent is None:
                self._indent = self.numbering.indent(num_id, ilvl)
        return text, all_chars > 0 and bold_chars * 2 > all_chars, size or style_size, label, is_list

    def _paragraph(self, paragraph: Any) -> None:
        before, after = self._breaks(paragraph._p)
        if before:
            self._new_page()
        text, bold, size, label, is_list = self._paragraph_text(paragraph)
        try:
            level = self._style_info(paragraph.style)[0]
        except Exception:  # noqa: BLE001
            level = None
        pieces = [normalise_ws(part) for part in text.split("\n")]
        pieces = [p for p in pieces if p]
        if pieces:
            if label:
                pieces[0] = f"{label} {pieces[0]}"
            for k, piece in enumerate(pieces):
                self.page.lines.append(
                    Line(
                        text=piece,
                        after_table=self._after_table and k == 0,
                        page=self.page.number,
                        size=size or 11.0,
                        bold=bold,
                        block=self.block,
                        heading_level=level,
                        list_item=is_list,
                        # the indent as a position, so a list's indented sub-points read as deeper than it
                        x0=(self._indent or 0) / 20.0,
                    )
                )
            self.block += 1
            self._after_table = False
        for _ in range(after):
            self._new_page()

    def _cell_text(self, cell_element: Any) -> str:
        from docx.text.paragraph import Paragraph

        parts: list[str] = []
        for p in cell_element.iter(f"{_W}p"):
            paragraph = Paragraph(p, self.document.part)
            text, _bold, _size, label, is_list = self._paragraph_text(paragraph)
            text = normalise_ws(text)
            if is_list and not label and text:
                label = "•"  # a Word bullet (its mark is in numbering.xml): several actions in one cell stay apart
            if text or label:
                parts.append(f"{label} {text}".strip())
        return " ".join(parts)

    def _table(self, table: Any) -> None:
        if one_column(table._tbl):
            # a box around text (a recommendation printed in a bordered call-out, a note): its paragraphs are
            # read in the flow as the PDF shows them, numbering and all, not as a table of one column
            for tc in table._tbl.iter(f"{_W}tc"):
                self._walk(tc)
            return
        # the list counters as they were before the cells were read: a grid read again in the flow numbers
        # its paragraphs from the same place
        counters = {k: dict(v) for k, v in self.numbering.counters.items()}
        seen = set(self.numbering.seen_nums)
        rows: TableRows = []
        above: dict[int, str] = {}  # grid column -> text of the cell that a vertical merge continues
        for tr in table._tbl.findall(f"{_W}tr"):
            cells: list[str] = []
            for tc in tr.findall(f"{_W}tc"):
                tcpr = tc.find(f"{_W}tcPr")
                span = 1
                continued = False
                if tcpr is not None:
                    grid_span = tcpr.find(f"{_W}gridSpan")
                    if grid_span is not None and (w_val(grid_span) or "1").isdigit():
                        span = max(1, int(w_val(grid_span) or 1))
                    v_merge = tcpr.find(f"{_W}vMerge")
                    continued = v_merge is not None and w_val(v_merge) in (None, "continue")
                column = len(cells)
                if continued:
                    cells.append(MergedCell(above.get(column, "")))
                else:
                    text = self._cell_text(tc)
                    above[column] = text
                    cells.append(text)
                cells.extend([""] * (span - 1))
            rows.append(cells)
        english = english_column(rows)
        if english is not None:  # Welsh and English side by side: the English read in the flow, once
            self.numbering.counters, self.numbering.seen_nums = counters, seen
            return read_english_side(self, table._tbl, english, _W)
        record = recommendation_record(rows)
        if record is not None:  # a template's label/value table of one recommendation: read in the flow
            for text in record:
                self.page.lines.append(
                    Line(text=text, page=self.page.number, size=self._size(), block=self.block)
                )
                self.block += 1
        grid_lines = grid_lines_of(rows, self._paragraphs_before(1))
        if (
            grid_lines is not None
        ):  # numbers (or labels) in a column of their own, or the recommendations' column
            for text in grid_lines:
                self.page.lines.append(
                    Line(text=text, page=self.page.number, size=self._size(), block=self.block)
                )
                self.block += 1
        if any(any(cell for cell in row) for row in rows):
            if layout_grid(self, table, rows):
                # an agency's name in a narrow cell beside its numbered recommendations: read in the flow as
                # the PDF prints them (the name, then the items); the native table stays for other readers
                self.numbering.counters, self.numbering.seen_nums = counters, seen
                for tr in table._tbl.findall(f"{_W}tr"):
                    for tc in tr.findall(f"{_W}tc"):
                        self._walk(tc)
            located = LocatedTable(rows, self._paragraphs_before())
            located.headings = headings_above(self.pages)  # see plan_columns
            self.page.native_tables.append(located)
            self._after_table = True

    def _size(self) -> float:
        """The page's commonest print size so far, for lines read out of a table in the flow."""
        return Counter(ln.size for ln in self.page.lines).most_common(1)[0][0] if self.page.lines else 11.0

    def _paragraphs_before(self, n: int = 3) -> list[str]:
        """The last ``n`` paragraphs read (nearest last), for a table that names no recommendation itself."""
        blocks: list[list[str]] = []
        for page in reversed(self.pages[-2:]):
            for line in reversed(page.lines):
                if blocks and blocks[-1][0] == f"{page.number}:{line.block}":
                    blocks[-1].insert(1, line.text)
                elif len(blocks) < n:
                    blocks.append([f"{page.number}:{line.block}", line.text])
                else:
                    return [" ".join(b[1:]) for b in reversed(blocks)]
        return [" ".join(b[1:]) for b in reversed(blocks)]
