"""A Word document with real numbering (``numbering.xml``), footnotes, headers and sections: the writer every
word-processor layout (``layouts_*``) and the synthetic action plans (``tests/extraction/plans*``) build with.

The gold built beside the document (``RealRec``, ``Gold``, ``action``) is in ``gold.py``; it is re-exported
here because the layouts import it from this module.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from annotations.wordproc.gold import Gold, RealRec, action  # noqa: F401 - re-exported for the layouts

_FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_ENDNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"


# --------------------------------------------------------------------------------------------------------------
# a Word document with real numbering, footnotes, headers, sections
# --------------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Level:
    fmt: str  # decimal, lowerLetter, lowerRoman, bullet
    text: str  # lvlText: "%1.", "%1.%2.", "(%3)", "•"
    indent_cm: float = 0.0
    font: str = ""  # "Wingdings": a bullet drawn from that font (Word's arrow, diamond and tick bullets)


class WordDoc:
    """python-docx with the parts python-docx does not write: numbering definitions, footnotes, columns."""

    def __init__(self, font: str = "Arial", size: float = 11.0) -> None:
        self.doc = new_docx()
        style = self.doc.styles["Normal"]
        style.font.name = font
        style.font.size = Pt(size)
        self._numbering = self.doc.part.numbering_part.element
        self._next_abstract = 100
        self._next_num = 100
        self._footnotes: Any = None
        self._endnotes: Any = None
        self._next_endnote = 1
        self._shared: dict[int, int] = {}  # abstract linked through a list style -> the abstract defining it
        self._own_levels: dict[int, list[Level]] = {}  # a list's levels where it redefines some of them
        self._next_footnote = 1
        # ilvl counters of every list instance, to write the gold numbers as Word shows them
        self._counters: dict[int, list[int]] = {}
        self._abstract_of: dict[int, int] = {}
        self._levels: dict[int, list[Level]] = {}
        self._num_state: dict[int, dict[int, int]] = {}

    # --- numbering ----------------------------------------------------------------------------------------
    def abstract(self, levels: list[Level]) -> int:
        aid = self._next_abstract
        self._next_abstract += 1
        lvls = []
        for ilvl, level in enumerate(levels):
            indent = int(Cm(level.indent_cm + 0.9 * ilvl).twips) if level.indent_cm or ilvl else 0
            hanging = int(Cm(1.1 + 0.3 * ilvl).twips)
            # Word's own bullets: U+F0B7 in Symbol; arrows, diamonds and ticks (U+F0xx, or the ASCII letter an
            # older document stores) in Wingdings, which a LibreOffice machine may not have
            face = "Symbol" if level.text == "\uf0b7" else "Wingdings"
            font = f'<w:rPr><w:rFonts w:ascii="{face}" w:hAnsi="{face}" w:hint="default"/></w:rPr>'
            symbol = level.text == "\uf0b7" or level.font == "Wingdings"
            lvls.append(
                f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{level.fmt}"/>'
                f'<w:lvlText w:val="{level.text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{indent + hanging}" w:hanging="{hanging}"/></w:pPr>'
                + (font if level.fmt == "bullet" and symbol else "")
                + "</w:lvl>"
            )
        element = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>'
            + "".join(lvls)
            + "</w:abstractNum>"
        )
        first_num = self._numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(element)
        else:
            self._numbering.append(element)
        self._levels[aid] = levels
        return aid

    def link_style(self, style_name: str, nid: int, ilvl: int, *, write_ilvl: bool = True) -> str:
        """Number a paragraph style from list ``nid`` at ``ilvl``, as Word's "link level to style" does: the
        style's ``w:numPr`` names the list, and the abstract level names the style (``w:pStyle``). With
        ``write_ilvl=False`` the style gives no ``w:ilvl``: the level is found from the ``w:pStyle`` link.
        Creates the style (based on Normal) when the document has none of that name; returns its style id."""
        from docx.enum.style import WD_STYLE_TYPE

        styles = self.doc.styles
        try:
            style = styles[style_name]
        except KeyError:
            style = styles.add_style(style_name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles["Normal"]
        ppr = style.element.get_or_add_pPr()
        level = f'<w:ilvl w:val="{ilvl}"/>' if write_ilvl else ""
        ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}>{level}<w:numId w:val="{nid}"/></w:numPr>'))
        aid = self._abstract_of[nid]
        for lvl in self._numbering.iter(qn("w:lvl")):
            if lvl.getparent().get(qn("w:abstractNumId")) == str(aid) and lvl.get(qn("w:ilvl")) == str(ilvl):
                fmt = lvl.find(qn("w:numFmt"))
                fmt.addnext(parse_xml(f'<w:pStyle {nsdecls("w")} w:val="{style.style_id}"/>'))
        return str(style.style_id)

    def num(
        self, abstract_id: int, restart: dict[int, int] | None = None, formats: dict[int, Level] | None = None
    ) -> int:
        """A list instance of ``abstract_id``; ``restart`` {ilvl: start} writes lvlOverride/startOverride;
        ``formats`` {ilvl: Level} redefines a level for this list alone (lvlOverride holding a whole w:lvl, as
        Word writes when one list's numbers are changed to "a)"), restarting it at 1."""
        nid = self._next_num
        self._next_num += 1
        overrides = "".join(
            f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            for ilvl, start in (restart or {}).items()
        )
        for ilvl, level in (formats or {}).items():
            overrides += (
                f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="1"/><w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/>'
                f'<w:numFmt w:val="{level.fmt}"/><w:lvlText w:val="{level.text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{int(Cm(1.1 + level.indent_cm).twips)}" '
                f'w:hanging="{int(Cm(1.1).twips)}"/></w:pPr></w:lvl></w:lvlOverride>'
            )
        self._numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'
            )
        )
        self._abstract_of[nid] = abstract_id
        self._num_state[nid] = dict(restart or {}) | {ilvl: 1 for ilvl in formats or {}}
        if formats:
            # the gold labels of this list come from its own levels
            own = list(self._levels[abstract_id])
            for ilvl, level in formats.items():
                own[ilvl] = level
            self._own_levels[nid] = own
        return nid

    def _label(self, nid: int, ilvl: int) -> str:
        """The label Word renders for the next item of list ``nid`` at ``ilvl`` (counters per abstract)."""
        aid = self._abstract_of[nid]
        counters = self._counters.setdefault(self._shared.get(aid, aid), [0] * 9)
        pending = self._num_state.pop(nid, None)
        if pending:
            for level, start in pending.items():
                counters[level] = start - 1
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        levels = self._own_levels.get(nid, self._levels[aid])
        level = levels[ilvl]
        if level.fmt == "bullet":
            return ""
        out = level.text
        for k in range(ilvl + 1):
            fmt = levels[k].fmt
            value = max(counters[k], 1)
            out = out.replace(f"%{k + 1}", _format_number(value, fmt))
        return out

    # --- paragraphs ---------------------------------------------------------------------------------------
    def para(
        self,
        text: str,
        *,
        style: str | None = None,
        num: tuple[int, int] | None = None,
        bold: bool = False,
        footnote: tuple[str, str] | None = None,
        size: float | None = None,
        keep_with_next: bool = False,
        label_run: str | None = None,
        counted: tuple[int, int] | None = None,
        pieces: list[tuple[str, str]] | None = None,
        endnote: tuple[str, str] | None = None,
    ) -> str:
        """Add a paragraph; returns the numbering label Word shows for it ("" when none).

        ``footnote`` (word, note): a footnote reference after ``word`` in the text, the note in the footnotes part.
        ``label_run``: a bold run before the text ("Recommendation 2: "), typed by the author in the paragraph.
        ``counted`` (numId, ilvl): the list the paragraph's STYLE numbers it from, to count the gold label.
        ``pieces`` [(kind, text)]: the text written as runs of several kinds, joined they are ``text``:
        ``run``, ``ins`` (a tracked insertion, ``w:ins``), ``sdt`` (an inline content control of a report
        template), ``field`` (a simple field's shown result, ``w:fldSimple``), ``link`` (a hyperlink).
        ``endnote`` (word, note): like ``footnote``, the note in the endnotes part (printed at the end).
        """
        if pieces is not None and "".join(t for _, t in pieces) != text:
            raise ValueError("pieces must join to the text")
        p = self.doc.add_paragraph(style=style)
        label = self._label(*counted) if counted is not None else ""
        if label_run:
            self._run(p, label_run, True, size)
        if num is not None:
            ppr = p._p.get_or_add_pPr()
            ppr.append(
                parse_xml(
                    f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
                )
            )
            label = self._label(*num)
        if keep_with_next:
            p.paragraph_format.keep_with_next = True
        if pieces is not None:
            for kind, piece in pieces:
                self._piece(p, kind, piece)
            if endnote is not None:
                self._note_ref(p, endnote[1], "endnote")
        elif endnote is not None and endnote[0] in text:
            word, note = endnote
            head, tail = text.split(word, 1)
            self._run(p, head + word, bold, size)
            self._note_ref(p, note, "endnote")
            self._run(p, tail, bold, size)
        elif footnote is not None and footnote[0] in text:
            word, note = footnote
            head, tail = text.split(word, 1)
            self._run(p, head + word, bold, size)
            self._footnote_ref(p, note)
            self._run(p, tail, bold, size)
        else:
            self._run(p, text, bold, size)
        return label

    @staticmethod
    def _run(p: Any, text: str, bold: bool, size: float | None) -> None:
        if not text:
            return
        run = p.add_run(text)
        if bold:
            run.bold = True
        if size:
            run.font.size = Pt(size)

    def heading(self, text: str, level: int = 1, num: tuple[int, int] | None = None) -> str:
        return self.para(text, style=f"Heading {level}", num=num, keep_with_next=True)

    def page_break(self) -> None:
        from docx.enum.text import WD_BREAK

        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    _PIECE_IDS = iter(range(500, 10_000))

    def _piece(self, p: Any, kind: str, text: str) -> None:
        run = f'<w:r><w:t xml:space="preserve">{_xml(text)}</w:t></w:r>'
        wrap = {
            "run": "{run}",
            "ins": '<w:ins {ns} w:id="{id}" w:author="Panel Chair" w:date="2018-02-01T10:00:00Z">{run}</w:ins>',
            "sdt": '<w:sdt {ns}><w:sdtPr><w:id w:val="{id}"/><w:text/></w:sdtPr><w:sdtContent>{run}'
            "</w:sdtContent></w:sdt>",
            "field": '<w:fldSimple {ns} w:instr=" REF _Ref{id} \\r \\h ">{run}</w:fldSimple>',
            "link": '<w:hyperlink {ns} w:anchor="_Toc{id}">{run}</w:hyperlink>',
        }[kind]
        if kind == "run":
            p.add_run(text)
            return
        p._p.append(parse_xml(wrap.format(ns=nsdecls("w"), id=next(self._PIECE_IDS), run=run)))

    def text_box(self, text: str, height_pt: int = 70) -> None:
        """A paragraph holding a bordered text box (VML, as Word writes for older readers) with ``text``."""
        p = self.doc.add_paragraph()
        p._p.append(
            parse_xml(
                f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
                f'<v:shape id="box{next(self._PIECE_IDS)}" type="#_x0000_t202" '
                f'style="width:440pt;height:{height_pt}pt" stroked="t"><v:textbox><w:txbxContent>'
                f'<w:p><w:r><w:t xml:space="preserve">{_xml(text)}</w:t></w:r></w:p>'
                "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
            )
        )

    def abstract_linked(self, levels: list[Level], list_style: str) -> int:
        """A list defined through a numbering style, as Word's built-in multilevel lists are: one abstract
        holds the levels and ``w:styleLink``s the style; the list's own abstract has no levels, only
        ``w:numStyleLink`` to the style. Returns the id of the abstract to make lists (``num``) from."""
        from docx.enum.style import WD_STYLE_TYPE

        definer = self.abstract(levels)
        for abstract in self._numbering.iter(qn("w:abstractNum")):
            if abstract.get(qn("w:abstractNumId")) == str(definer):
                abstract.find(qn("w:multiLevelType")).addnext(
                    parse_xml(f'<w:styleLink {nsdecls("w")} w:val="{list_style}"/>')
                )
        style_num = self.num(definer)
        style = self.doc.styles.add_style(list_style, WD_STYLE_TYPE.LIST)
        style.element.set(qn("w:styleId"), list_style)
        style.element.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="{style_num}"/></w:numPr>')
        )
        aid = self._next_abstract
        self._next_abstract += 1
        self._numbering.find(qn("w:num")).addprevious(
            parse_xml(
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>'
                f'<w:numStyleLink w:val="{list_style}"/></w:abstractNum>'
            )
        )
        self._levels[aid] = levels
        # Word counts the lists of one list style together: the linking abstract shares the definer's counters
        self._shared[aid] = definer
        return aid

    # --- footnotes ----------------------------------------------------------------------------------------
    def _footnote_ref(self, p: Any, note: str) -> None:
        self._note_ref(p, note, "footnote")

    def _note_ref(self, p: Any, note: str, kind: str) -> None:
        if kind == "endnote":
            if self._endnotes is None:
                self._endnotes = parse_xml(
                    f"<w:endnotes {nsdecls('w')}>"
                    '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
                    '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                    "</w:r></w:p></w:endnote></w:endnotes>"
                )
            eid = self._next_endnote
            self._next_endnote += 1
            self._endnotes.append(
                parse_xml(
                    f'<w:endnote {nsdecls("w")} w:id="{eid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                    '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="20"/></w:rPr><w:endnoteRef/></w:r>'
                    f'<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {_xml(note)}</w:t></w:r>'
                    "</w:p></w:endnote>"
                )
            )
            run = OxmlElement("w:r")
            run.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:vertAlign w:val="superscript"/></w:rPr>'))
            ref = OxmlElement("w:endnoteReference")
            ref.set(qn("w:id"), str(eid))
            run.append(ref)
            p._p.append(run)
            return
        self._footnote_part_ref(p, note)

    def _footnote_part_ref(self, p: Any, note: str) -> None:
        if self._footnotes is None:
            xml = (
                f"<w:footnotes {nsdecls('w')}>"
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                "</w:r></w:p></w:footnote></w:footnotes>"
            )
            self._footnotes = parse_xml(xml)
        fid = self._next_footnote
        self._next_footnote += 1
        self._footnotes.append(
            parse_xml(
                f'<w:footnote {nsdecls("w")} w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {_xml(note)}</w:t></w:r>'
                "</w:p></w:footnote>"
            )
        )
        run = OxmlElement("w:r")
        run.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:vertAlign w:val="superscript"/></w:rPr>'))
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(fid))
        run.append(ref)
        p._p.append(run)

    # --- tables -------------------------------------------------------------------------------------------
    def table(
        self,
        rows: list[list[str | None]],
        widths_cm: list[float],
        *,
        header_rows: int = 1,
        font_size: float = 9.0,
        cell_numbering: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] | None = None,
    ) -> None:
        """A bordered table. A cell ``None`` continues the cell above (vMerge); a row ``[text]`` of one cell
        spans the whole width (gridSpan, a theme row). ``cell_numbering`` {(row, col): [(text, (numId, ilvl))]}
        writes a cell as numbered paragraphs (Word list numbering inside a cell)."""
        ncols = len(widths_cm)
        table = self.doc.add_table(rows=0, cols=ncols)
        table.style = "Table Grid"
        table.autofit = False
        # LibreOffice lays a table out by its grid (w:tblGrid), not by the cell widths: set both
        for grid_col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm, strict=True):
            grid_col.set(qn("w:w"), str(int(Cm(width).twips)))
        for r, values in enumerate(rows):
            row = table.add_row()
            if r < header_rows:
                trpr = row._tr.get_or_add_trPr()
                trpr.append(OxmlElement("w:tblHeader"))
            if len(values) == 1 and ncols > 1:
                merged = row.cells[0].merge(row.cells[ncols - 1])
                merged.text = values[0] or ""
                for run in merged.paragraphs[0].runs:
                    run.bold = True
                    run.font.size = Pt(font_size)
                continue
            for c, value in enumerate(values):
                cell = row.cells[c]
                cell.width = Cm(widths_cm[c])
                if value is None:
                    above = table.rows[r - 1].cells[c]
                    above.merge(cell)
                    continue
                paragraphs = (cell_numbering or {}).get((r, c))
                if paragraphs:
                    first = True
                    for text, num in paragraphs:
                        p = cell.paragraphs[0] if first else cell.add_paragraph()
                        first = False
                        if num is not None:
                            p._p.get_or_add_pPr().append(
                                parse_xml(
                                    f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{num[1]}"/>'
                                    f'<w:numId w:val="{num[0]}"/></w:numPr>'
                                )
                            )
                        run = p.add_run(text)
                        run.font.size = Pt(font_size)
                    continue
                cell.text = value
                for p in cell.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(font_size)
                        run.bold = r < header_rows
        self.doc.add_paragraph()

    # --- sections -----------------------------------------------------------------------------------------
    def header_footer(self, header: str, footer: str) -> None:
        for section in self.doc.sections:
            section.header.is_linked_to_previous = section is not self.doc.sections[0]
            section.footer.is_linked_to_previous = section is not self.doc.sections[0]
        first = self.doc.sections[0]
        first.header.paragraphs[0].text = header
        fp = first.footer.paragraphs[0]
        fp.text = footer.split("{n}")[0]
        if "{n}" in footer:
            fp._p.append(
                parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>')
            )
            fp.add_run(footer.split("{n}")[1])

    def section(self, *, landscape: bool = False, columns: int = 1) -> None:
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        width, height = Cm(21.0), Cm(29.7)
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = (height, width) if landscape else (width, height)
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Cm(1.8 if landscape else 2.3))
        cols = section._sectPr.find(qn("w:cols"))
        if cols is None:
            cols = OxmlElement("w:cols")
            section._sectPr.append(cols)
        cols.set(qn("w:num"), str(columns))
        cols.set(qn("w:space"), "567")

    def save(self, path: Path) -> None:
        if self._footnotes is not None:
            part = Part(
                PackURI("/word/footnotes.xml"),
                _FOOTNOTES_CT,
                self._footnotes.xml.encode("utf-8") if hasattr(self._footnotes, "xml") else b"",
                self.doc.part.package,
            )
            from lxml import etree

            part._blob = etree.tostring(
                self._footnotes, xml_declaration=True, encoding="UTF-8", standalone=True
            )
            self.doc.part.relate_to(part, RT.FOOTNOTES)
        if self._endnotes is not None:
            from lxml import etree

            blob = etree.tostring(self._endnotes, xml_declaration=True, encoding="UTF-8", standalone=True)
            part = Part(PackURI("/word/endnotes.xml"), _ENDNOTES_CT, blob, self.doc.part.package)
            self.doc.part.relate_to(part, RT.ENDNOTES)
        # core properties: fixed, so a rebuild gives the same bytes for the same content
        props = self.doc.core_properties
        props.author = "Review Author"
        props.title = ""
        import datetime as _dt

        fixed = _dt.datetime(2024, 1, 1, 12, 0, 0)
        props.created = props.modified = fixed
        props.last_modified_by = "Review Author"
        props.revision = 1
        self.doc.save(str(path))


def _format_number(value: int, fmt: str) -> str:
    """A list counter as Word prints it in ``fmt`` (decimal, lowerLetter, lowerRoman, upperRoman)."""
    if fmt == "lowerLetter":
        return chr(ord("a") + value - 1)
    if fmt in ("lowerRoman", "upperRoman"):
        numerals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        out = ""
        for size, letters in numerals:
            while value >= size:
                out, value = out + letters, value - size
        return out.upper() if fmt == "upperRoman" else out
    return str(value)


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# list definitions many layouts share: legal numbering with and without the trailing dot, two-level bullets
LEGAL3 = [Level("decimal", "%1."), Level("decimal", "%1.%2."), Level("decimal", "%1.%2.%3.")]
LEGAL3_NODOT = [Level("decimal", "%1"), Level("decimal", "%1.%2"), Level("decimal", "%1.%2.%3")]
BULLET = [Level("bullet", "\u2022"), Level("bullet", "o")]
