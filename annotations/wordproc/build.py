"""Build the word-processor extraction set: DOCX files made the way Word writes them, their LibreOffice PDF exports,
and a ``<name>.gold.json`` beside each (the gold format of ``annotations/extraction``).

What makes these documents unlike the hand-written set is what Word keeps *outside* the paragraph text:

* automatic list numbering: the number lives in ``numbering.xml`` (``w:numPr`` numId/ilvl on the paragraph, an
  ``w:abstractNum`` with ``lvlText`` like ``%1.%2.``), never in the paragraph's own text; legal multi-level lists
  (``6.1``, ``6.1.1``) whose first level also numbers the chapter headings; numbering restarted per agency by a
  new ``w:num`` with ``w:lvlOverride/w:startOverride``;
* a footnotes part (glossary entries under a number at the page foot of the PDF), running headers and footers;
* a landscape section with the Home Office action-plan table: merged cells (``gridSpan`` theme rows,
  ``vMerge`` recommendation cells over several action rows), rows allowed to split across a page break;
* a two-column section that an action-plan table flows through;
* "Recommendation number N" headings followed by bullets; an introductory sentence, terms-of-reference items
  and panel commentary numbered in the same legal scheme as the recommendations (none of them recommendations).

Recommendation texts are REAL ones (``annotations/real``, ``train`` and ``dev`` splits only, never ``test``),
chosen by commissioning CSP so a document reads like one area's report; headings, actions, leads and target
dates are written here. The layouts of ``dev/`` (errors are fixed against it) and ``test/`` (written once,
before any fixing, scored only at the end) differ on purpose.

Run (needs LibreOffice's ``soffice`` for the PDFs; the outputs are committed so tests and CI do not):
``python -m annotations.wordproc.build [--only NAME ...] [--no-pdf]``
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import logging
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
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

from annotations.real import load_recommendations
from dhr.schema import Action, ExtractionResult, Recommendation, ReviewInfo, SourceInfo

HERE = Path(__file__).resolve().parent
log = logging.getLogger("annotations.wordproc.build")

_FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"

#: Lead-agency cells used in the action plans, with the taxonomy ids the gold gives them.
LEADS: dict[str, list[str]] = {
    "Kent Police": ["police"],
    "KMPT": ["mental_health_services"],
    "Kent and Medway CCG": ["integrated_care_board"],
    "KCC Adult Social Care": ["adult_social_care"],
    "Kent Children's Social Services": ["childrens_social_care"],
    "NHS England": ["nhs_england"],
    "Nottinghamshire Police": ["police"],
    "Nottingham City Adult Social Care": ["adult_social_care"],
    "Nottingham Recovery Network": ["drug_and_alcohol_services"],
    "Cornwall Public Health": ["public_health"],
    "Devon and Cornwall Police": ["police"],
    "NHS Kernow": ["integrated_care_board"],
    "Home Office": ["home_office"],
    "Norfolk County Community Safety Partnership": ["community_safety_partnership"],
    "Probation Service": ["probation_service"],
    "Cambridgeshire Community Services": ["local_health_trust"],
    "Safe Durham Partnership": ["community_safety_partnership"],
    "South Yorkshire Police": ["police"],
    "Sheffield City Council": ["local_authority"],
    "Harlow Community Safety Partnership": ["community_safety_partnership"],
    "Sussex Police": ["police"],
    "Brighton & Hove City Council": ["local_authority"],
    "Northumbria Police": ["police"],
}

#: Target-date cells as printed -> the ISO date the gold expects (None: not a date; kept as text only).
#: A quarter of a financial year ("Q3 2017/18", April-March years) ends with the quarter's last month.
TARGETS: dict[str, str | None] = {
    "Ongoing": None,
    "6 months": None,
    "Q3 2017/18": "2017-12",
    "Q1 2018/19": "2018-06",
    "March 2017": "2017-03",
    "31/03/2018": "2018-03-31",
    "30/09/2017": "2017-09-30",
    "End of March 2018": "2018-03",
    "April 2018 - review quarterly": "2018-04",
    "December 2017": "2017-12",
    "30th June 2018": "2018-06-30",
    "Complete": None,
    "TBC": None,
    "Within 3 months of publication": None,
    "September 2018": "2018-09",
    "End of December 2017": "2017-12",
    "01/02/2018": "2018-02-01",
    "Quarterly from July 2018": "2018-07",
    "12 months": None,
    "January 2019": "2019-01",
}


# --------------------------------------------------------------------------------------------------------------
# real recommendation texts
# --------------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class RealRec:
    csp: str
    number: str | None
    text: str
    addressed_to: str
    agencies: list[str]
    level: str
    themes: list[str]


def real_pool() -> dict[str, list[RealRec]]:
    """Train and dev recommendations by CSP, in the loader's order (never the test split)."""
    pool: dict[str, list[RealRec]] = {}
    for split in ("train", "dev"):
        for item in load_recommendations(split):  # type: ignore[arg-type]
            pool.setdefault(item["csp"], []).append(
                RealRec(
                    csp=item["csp"],
                    number=item.get("number"),
                    text=" ".join(item["text"].split()),
                    addressed_to=item.get("addressed_to") or "",
                    agencies=list(item.get("agencies") or []),
                    level=item.get("level") or "local",
                    themes=list(item.get("themes") or ["other"]),
                )
            )
    return pool


def pick(pool: dict[str, list[RealRec]], csp: str, addressed: str, n: int, used: set[str]) -> list[RealRec]:
    """``n`` unused recommendations of ``csp`` whose addressee contains ``addressed`` (case-insensitive)."""
    out = []
    for rec in pool.get(csp, []):
        if rec.text in used or addressed.lower() not in rec.addressed_to.lower():
            continue
        if "•" in rec.text:  # bullets folded into one labelled text: its layout is not ours to redo
            continue
        out.append(rec)
        used.add(rec.text)
        if len(out) == n:
            break
    if len(out) < n:
        raise SystemExit(
            f"not enough real recommendations for {csp} / {addressed}: want {n}, have {len(out)}"
        )
    return out


# --------------------------------------------------------------------------------------------------------------
# a Word document with real numbering, footnotes, headers, sections
# --------------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Level:
    fmt: str  # decimal, lowerLetter, lowerRoman, bullet
    text: str  # lvlText: "%1.", "%1.%2.", "(%3)", "•"
    indent_cm: float = 0.0


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
            font = '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>'
            lvls.append(
                f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{level.fmt}"/>'
                f'<w:lvlText w:val="{level.text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{indent + hanging}" w:hanging="{hanging}"/></w:pPr>'
                + (font if level.fmt == "bullet" and level.text == "\uf0b7" else "")
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

    def num(self, abstract_id: int, restart: dict[int, int] | None = None) -> int:
        """A list instance of ``abstract_id``; ``restart`` {ilvl: start} writes lvlOverride/startOverride."""
        nid = self._next_num
        self._next_num += 1
        overrides = "".join(
            f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            for ilvl, start in (restart or {}).items()
        )
        self._numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'
            )
        )
        self._abstract_of[nid] = abstract_id
        self._num_state[nid] = dict(restart or {})
        return nid

    def _label(self, nid: int, ilvl: int) -> str:
        """The label Word renders for the next item of list ``nid`` at ``ilvl`` (counters per abstract)."""
        aid = self._abstract_of[nid]
        counters = self._counters.setdefault(aid, [0] * 9)
        pending = self._num_state.pop(nid, None)
        if pending:
            for level, start in pending.items():
                counters[level] = start - 1
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        level = self._levels[aid][ilvl]
        if level.fmt == "bullet":
            return ""
        out = level.text
        for k in range(ilvl + 1):
            fmt = self._levels[aid][k].fmt
            value = max(counters[k], 1)
            out = out.replace(f"%{k + 1}", chr(ord("a") + value - 1) if fmt == "lowerLetter" else str(value))
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
    ) -> str:
        """Add a paragraph; returns the numbering label Word shows for it ("" when none).

        ``footnote`` (word, note): a footnote reference after ``word`` in the text, the note in the footnotes part.
        """
        p = self.doc.add_paragraph(style=style)
        label = ""
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
        if footnote is not None and footnote[0] in text:
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

    # --- footnotes ----------------------------------------------------------------------------------------
    def _footnote_ref(self, p: Any, note: str) -> None:
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


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# --------------------------------------------------------------------------------------------------------------
# gold
# --------------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Gold:
    name: str
    csp: str
    subject: str
    document_type: str = "overview_report"
    recs: list[Recommendation] = field(default_factory=list)

    def rec(
        self,
        real: RealRec,
        number: str | None,
        section: str = "overview",
        heading: str | None = None,
        text: str | None = None,
    ) -> Recommendation:
        number = number.rstrip(".").rstrip(")").strip() if number else None
        rec = Recommendation(
            id=f"r{len(self.recs) + 1}",
            number=number or None,
            text=text or real.text,
            section=section,  # type: ignore[arg-type]
            heading=heading,
            agencies=real.agencies,  # type: ignore[arg-type]
            level=real.level,  # type: ignore[arg-type]
            themes=real.themes[:3],  # type: ignore[arg-type]
        )
        self.recs.append(rec)
        return rec


def action(text: str, lead: str, target: str) -> Action:
    if target not in TARGETS:
        raise KeyError(f"target date {target!r} has no gold value in TARGETS")
    return Action(
        text=text,
        agencies=LEADS[lead],  # type: ignore[arg-type]
        target_date=TARGETS[target],
        lead_text=lead,
        target_date_text=target,
    )


# --------------------------------------------------------------------------------------------------------------
# shared prose (written here: not recommendations)
# --------------------------------------------------------------------------------------------------------------

LEGAL3 = [Level("decimal", "%1."), Level("decimal", "%1.%2."), Level("decimal", "%1.%2.%3.")]
LEGAL3_NODOT = [Level("decimal", "%1"), Level("decimal", "%1.%2"), Level("decimal", "%1.%2.%3")]
BULLET = [Level("bullet", "\u2022"), Level("bullet", "o")]

INTRO_PROSE = (
    "This review was commissioned by the {csp} following the death of {subject}. The panel examined the contact "
    "that agencies had with {subject} and with the perpetrator, and considered what could have been done "
    "differently."
)
ANALYSIS_TRAP = (
    "There should always be a clear record of why a referral was closed, and practitioners should be curious "
    "about the reasons a victim gives for not engaging."
)
TOR_ITEMS = [
    "To establish what lessons are to be learned from the domestic homicide regarding the way in which local "
    "professionals and organisations work individually and together to safeguard victims.",
    "To identify clearly what those lessons are, both within and between agencies, how and within what "
    "timescales they will be acted on, and what is expected to change as a result.",
    "To consider whether agencies should have shared information about the risk the perpetrator posed.",
]
FOOTNOTES = [
    ("MARAC", "MARAC - Multi-Agency Risk Assessment Conference: a meeting where information on high risk "
     "domestic abuse cases is shared between agencies."),
    ("IDVA", "IDVA - Independent Domestic Violence Advisor."),
    ("DASH", "DASH - Domestic Abuse, Stalking and Harassment and Honour Based Violence risk identification "
     "checklist."),
    ("GP", "GP - General Practitioner."),
    ("IMR", "IMR - Individual Management Review, the report each agency writes for the review."),
]  # fmt: skip
COMMENTARY = [
    "The panel noted that several of these agencies have already begun work on the learning identified.",
    "The panel was of the view that the agencies concerned had engaged fully with this review.",
]


# --------------------------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------------------------

Builder = Callable[[dict[str, list[RealRec]], set[str]], tuple[WordDoc, Gold]]


def _front(w: WordDoc, g: Gold, chapter: tuple[int, int] | None, *, tor: bool = True, fn: int = 0) -> None:
    """Title, introduction, terms of reference (numbered in the chapter scheme when given), analysis."""
    w.para(f"Domestic Homicide Review into the death of {g.subject}", style="Title")
    w.para(f"Commissioned by {g.csp}", bold=True)
    w.heading("Introduction", 1, num=chapter)
    sub = (chapter[0], 1) if chapter else None
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject), num=sub)
    w.para(
        "Agencies that had contact provided an IMR and a chronology of their involvement.",
        num=sub,
        footnote=FOOTNOTES[4] if fn else None,
    )
    if tor:
        w.heading("Terms of Reference", 1, num=chapter)
        w.para("The terms of reference agreed by the panel were:", num=sub)
        for item in TOR_ITEMS:
            w.para(item, num=(chapter[0], 2) if chapter else None)
    w.heading("Analysis", 1, num=chapter)
    w.para(
        f"{g.subject} was assessed as medium risk on a DASH form in the year before her death and was not "
        "referred to MARAC.",
        num=sub,
        footnote=FOOTNOTES[2] if fn else None,
    )
    w.para(ANALYSIS_TRAP, num=sub)


def dev_legal_overview(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Overview report: one legal list numbers chapters (1.), paragraphs (6.1.) and recommendations (6.3.1.);
    an introductory sentence and panel commentary numbered in the same scheme between recommendations;
    single-agency blocks whose numbering restarts per agency (new w:num with startOverride); footnotes."""
    g = Gold("dev-01-legal-overview", "Kent Community Safety Partnership", "Mrs A")
    w = WordDoc("Arial", 11)
    legal = w.abstract(LEGAL3)
    chapter = w.num(legal)
    _front(w, g, (chapter, 0), fn=1)
    w.heading("Recommendations", 1, num=(chapter, 0))
    w.para("The review panel makes the following recommendations.", num=(chapter, 1))
    w.heading("Overview recommendations", 2, num=(chapter, 1))
    for real in pick(pool, "Kent", "NHS England", 1, used) + pick(pool, "Kent", "Kent Police", 2, used):
        label = w.para(real.text, num=(chapter, 2), footnote=FOOTNOTES[3] if "GP" in real.text else None)
        g.rec(real, label, "overview")
    w.para(COMMENTARY[0], num=(chapter, 1))
    w.heading("Single agency recommendations", 2, num=(chapter, 1))
    agencies = [("KMPT", "Kent and Medway NHS and Social Care Partnership Trust", 2),
                ("Kent and Medway CCG", "Kent and Medway Clinical Commissioning Group", 1),
                ("KCC Adult", "Kent County Council Adult Social Care", 1)]  # fmt: skip
    numbers = w.abstract([Level("decimal", "%1."), Level("lowerLetter", "%2)")])
    for addressee, heading, n in agencies:
        w.heading(heading, 3)
        nid = w.num(numbers, restart={0: 1})
        for real in pick(pool, "Kent", addressee, n, used):
            label = w.para(real.text, num=(nid, 0))
            g.rec(real, label, "single_agency", heading)
    w.heading("Glossary", 1, num=(chapter, 0))
    w.para(
        "CCG - Clinical Commissioning Group; KMPT - Kent and Medway NHS and Social Care Partnership Trust."
    )
    w.header_footer("OFFICIAL SENSITIVE - DHR Mrs A - Final Overview Report", "Page {n}")
    return w, g


def dev_recno_bullets(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Executive summary: "Recommendation number N" headings (Heading 3) each followed by bullet items
    (Word bullets from numbering.xml: the bullet character is not in the text)."""
    g = Gold("dev-02-recno-bullets", "Nottingham Crime and Drugs Partnership", "Adult B", "executive_summary")
    w = WordDoc("Calibri", 11)
    w.para("Executive Summary", style="Title")
    w.heading("1. Introduction", 1)
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject))
    w.heading("2. Conclusions", 1)
    w.para(ANALYSIS_TRAP)
    w.heading("3. Recommendations", 1)
    w.para("The recommendations below are grouped by the agency responsible for them.")
    bullets = w.abstract(BULLET)
    groups = [("Nottinghamshire Police", "Nottinghamshire Police", 3),
              ("Adult Social Care", "Nottingham City Adult Social Care", 2),
              ("Recovery Network", "Nottingham Recovery Network", 1)]  # fmt: skip
    for n, (addressee, heading, count) in enumerate(groups, 1):
        w.heading(f"Recommendation number {n}", 3)
        w.para(f"Agency: {heading}", bold=True)
        nid = w.num(bullets)
        for real in pick(pool, "Nottingham", addressee, count, used):
            w.para(real.text, num=(nid, 0))
            g.rec(real, str(n), "executive_summary", heading)
    w.heading("4. Next steps", 1)
    w.para("The action plan will be monitored by the partnership's DHR steering group every quarter.")
    w.header_footer("Nottingham DHR Adult B - Executive Summary", "{n}")
    return w, g


def _plan_rows(
    g: Gold, recs: list[tuple[Recommendation, str]], actions: dict[str, list[tuple[str, str, str]]]
) -> list[list[str | None]]:
    rows: list[list[str | None]] = []
    for rec, scope in recs:
        acts = actions[rec.id]
        for k, (text, lead, target) in enumerate(acts):
            rec.actions.append(action(text, lead, target))
            first = k == 0
            rows.append(
                [
                    f"{rec.number} {rec.text}" if first else None,
                    scope if first else None,
                    text,
                    lead,
                    "Briefing note drafted" if k % 2 == 0 else "",
                    target,
                    "",
                ]
            )
    return rows


HO_HEADER = [
    "Recommendation",
    "Scope of recommendation i.e. local or regional",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target Date",
    "Date of completion and outcome",
]


def dev_landscape_plan(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Overview with legal 21.10.x numbering, then a landscape section with the Home Office action-plan table:
    theme rows spanning the width (gridSpan), the Recommendation and Scope cells merged down over several
    action rows (vMerge), a long row that splits across the page break, varied target dates."""
    g = Gold("dev-03-landscape-plan", "Safer Cornwall", "Jane")
    w = WordDoc("Times New Roman", 12)
    legal = w.abstract(LEGAL3_NODOT)
    chapter = w.num(legal, restart={0: 20})
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.heading("Conclusions", 1, num=(chapter, 0))
    w.para(ANALYSIS_TRAP, num=(chapter, 1))
    w.heading("Recommendations", 1, num=(chapter, 0))
    w.para("National recommendation", bold=True, num=(chapter, 1))
    national = pick(pool, "Cornwall", "Home Office", 1, used)[0]
    label = w.para(national.text, num=(chapter, 2))
    r_nat = g.rec(national, label, "overview")
    for _ in range(8):
        w.para("", num=None)
    w.para("Cornwall & Isles of Scilly Public Health", bold=True, num=(chapter, 1))
    recs: list[tuple[Recommendation, str]] = [(r_nat, "National")]
    for real in pick(pool, "Cornwall", "Public Health", 2, used):
        label = w.para(real.text, num=(chapter, 2))
        recs.append(
            (g.rec(real, label, "single_agency", "Cornwall & Isles of Scilly Public Health"), "Local")
        )
    w.para("Devon and Cornwall Police", bold=True, num=(chapter, 1))
    for real in pick(pool, "Cornwall", "Devon & Cornwall Police", 1, used):
        label = w.para(real.text, num=(chapter, 2))
        recs.append((g.rec(real, label, "single_agency", "Devon and Cornwall Police"), "Regional"))
    w.section(landscape=True)
    w.heading("Appendix A - Action Plan", 1)
    actions = {
        recs[0][0].id: [
            ("Write to the Home Office setting out the learning from this review about suicide following "
             "domestic abuse and asking that the statutory guidance and leaflets are amended", "Home Office",
             "March 2017"),
        ],
        recs[1][0].id: [
            ("Commission a self-harm and suicide awareness module for frontline practitioners", "Cornwall Public Health",
             "Q3 2017/18"),
            ("Include self-harm as a risk factor in the suicide prevention strategy refresh", "Cornwall Public Health",
             "31/03/2018"),
        ],
        recs[2][0].id: [
            ("Deliver a learning briefing on the prevalence of risk factors in deaths by suicide to the partnership "
             "board and to every agency represented on the panel, with a follow-up survey of staff "
             "understanding three months after the briefing, the results of which will be reported to the "
             "Safer Cornwall Board together with an improvement plan where staff understanding remains low, "
             "and a repeat of the survey twelve months after the briefing to test that the learning has been "
             "retained across the partnership and in particular in those agencies that had contact with Jane",
             "Cornwall Public Health", "Ongoing"),
            ("Publish a seven minute briefing on suicide risk after domestic abuse", "Cornwall Public Health",
             "End of March 2018"),
        ],
        recs[3][0].id: [
            ("Review the triggers of the Neighbourhood Harm Reduction Register for cases that straddle two periods",
             "Devon and Cornwall Police", "6 months"),
            ("Audit a sample of register cases and report to the Force Vulnerability Board",
             "Devon and Cornwall Police", "April 2018 - review quarterly"),
        ],
    }  # fmt: skip
    rows: list[list[str | None]] = [list(HO_HEADER)]
    rows.append(["Theme 1 - National policy"])
    rows += _plan_rows(g, recs[:1], actions)
    rows.append(["Theme 2 - Understanding of suicide risk - county wide"])
    rows += _plan_rows(g, recs[1:3], actions)
    rows.append(["Theme 3 - Policing"])
    rows += _plan_rows(g, recs[3:], actions)
    w.table(rows, [5.0, 2.2, 6.0, 3.0, 3.5, 2.5, 3.0])
    w.header_footer("Safer Cornwall - DHR Jane - OFFICIAL", "Page {n}")
    return w, g


def dev_two_column_plan(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Recommendations numbered 1. 2. (auto) then an action plan in a two-column section: a narrow
    Ref | Action | Lead | Target table that flows from the left column into the right one."""
    g = Gold("dev-04-two-column-plan", "Norfolk County Community Safety Partnership", "Lisa")
    w = WordDoc("Arial", 10.5)
    w.para(f"DHR {g.subject}: Overview Report", style="Title")
    w.heading("Analysis", 1)
    w.para(ANALYSIS_TRAP)
    w.heading("Recommendations", 1)
    nums = w.abstract([Level("decimal", "%1.")])
    nid = w.num(nums)
    recs = []
    for addressee in ("Norfolk County Community Safety Partnership", "Cambridgeshire Community Services",
                      "Probation Service"):  # fmt: skip
        for real in pick(pool, "Norfolk", addressee, 1, used):
            label = w.para(real.text, num=(nid, 0))
            recs.append(g.rec(real, label, "overview"))
    w.section(columns=2)
    w.heading("Action Plan", 1)
    for _ in range(3):  # the preamble fills most of the left column, so the table flows into the right one
        w.para(
            "The action plan sets out how each agency will put the recommendations into practice. Each lead "
            "agency reports progress to the partnership's review group, which will close an action only when "
            "evidence of the change has been seen. Agencies are asked to keep the plan up to date between "
            "meetings and to tell the review group at once if a target cannot be met."
        )
    plan = [
        (recs[0], "Plan a healthy relationships campaign with schools and youth services", "Norfolk County Community Safety Partnership", "September 2018"),
        (recs[0], "Brief hairdressers and beauticians through the licensing newsletter", "Norfolk County Community Safety Partnership", "Quarterly from July 2018"),
        (recs[1], "Audit twenty cases for use of the Pre-Birth Protocol", "Cambridgeshire Community Services", "30/09/2017"),
        (recs[1], "Report the audit findings to the safeguarding children partnership", "Cambridgeshire Community Services", "December 2017"),
        (recs[1], "Repeat the audit after one year", "Cambridgeshire Community Services", "12 months"),
        (recs[2], "Issue a practice note on recording what is said during unpaid work sessions", "Probation Service", "01/02/2018"),
        (recs[2], "Managers to dip sample unpaid work records each month", "Probation Service", "Ongoing"),
        (recs[2], "Include record quality in supervisor appraisals", "Probation Service", "January 2019"),
        (recs[2], "Add a record-keeping session to the induction of new unpaid work supervisors", "Probation Service", "End of March 2018"),
        (recs[2], "Report the dip sample results to the Norfolk reducing reoffending board", "Probation Service", "6 months"),
        (recs[2], "Share a summary of the change with the partnership's review group", "Probation Service", "Q3 2017/18"),
        (recs[2], "Review the practice note after a year in use", "Probation Service", "April 2018 - review quarterly"),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Rec", "Action", "Lead", "Target date"]]
    previous = None
    for rec, text, lead, target in plan:
        rec.actions.append(action(text, lead, target))
        rows.append([rec.number if rec is not previous else "", text, lead, target])
        previous = rec
    w.table(rows, [0.8, 2.3, 2.4, 1.9], font_size=7.5)
    w.header_footer(f"Norfolk DHR {g.subject}", "Page {n}")
    return w, g


def dev_exec_multilevel(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Executive summary: recommendations at level 3 of a legal list (6.1.1) under numbered agency headings
    at level 2 (6.1 Nottinghamshire Police); terms of reference restated inside the chapter, numbered alike."""
    g = Gold("dev-05-exec-multilevel", "Safe Durham Partnership", "Anne", "executive_summary")
    w = WordDoc("Calibri", 11)
    legal = w.abstract(LEGAL3)
    chapter = w.num(legal, restart={0: 5})
    w.para("Executive Summary", style="Title")
    w.heading("Lessons learned", 1, num=(chapter, 0))
    w.para(ANALYSIS_TRAP, num=(chapter, 1))
    w.heading("Recommendations", 1, num=(chapter, 0))
    w.para("The terms of reference asked the panel to consider:", num=(chapter, 1))
    for item in TOR_ITEMS[:2]:
        w.para(item, num=(chapter, 2))
    w.para("The panel makes the following recommendations, grouped by agency.", num=(chapter, 1))
    for addressee, heading, n in (("Safe Durham Partnership", "Safe Durham Partnership", 2),
                                  ("North Tees", "North Tees and Hartlepool NHS Foundation Trust", 1)):  # fmt: skip
        w.para(heading, num=(chapter, 1), bold=True)
        for real in pick(pool, "Durham", addressee, n, used):
            label = w.para(real.text, num=(chapter, 2))
            g.rec(real, label, "executive_summary", heading)
    w.para(COMMENTARY[1], num=(chapter, 1))
    w.heading("Glossary", 1, num=(chapter, 0))
    w.para("DAFEG - Domestic Abuse Focus Executive Group.")
    w.header_footer("Safe Durham Partnership | DHR Anne", "{n}")
    return w, g


def dev_imr_table(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Single-agency recommendations in an Agency | No. | Recommendation table: agency cells merged down
    (vMerge), numbers from Word numbering restarted per agency inside the cells; footnotes in the prose."""
    g = Gold("dev-06-imr-table", "Sheffield Community Safety Partnership", "Maria")
    w = WordDoc("Arial", 11)
    w.para(f"DHR {g.subject} - Overview Report", style="Title")
    w.heading("Analysis", 1)
    w.para("She had been referred to MARAC once and had an IDVA for three weeks.", footnote=FOOTNOTES[0])
    w.para(ANALYSIS_TRAP, footnote=FOOTNOTES[1])
    w.heading("Recommendations", 1)
    w.para("Each agency has accepted the recommendations in the table below.")
    nums = w.abstract([Level("decimal", "%1.")])
    rows: list[list[str | None]] = [["Agency", "No.", "Recommendation"]]
    cell_numbering: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    groups = [
        ("South Yorkshire Police", "South Yorkshire Police"),
        ("Sheffield City Council", "Sheffield City Council"),
    ]
    for addressee, heading in groups:
        nid = w.num(nums, restart={0: 1})
        for k, real in enumerate(pick(pool, "Sheffield", addressee, 1, used)):
            rows.append([heading if k == 0 else None, "", real.text])
            cell_numbering[(len(rows) - 1, 1)] = [("", (nid, 0))]
            g.rec(real, w._label(nid, 0), "single_agency", heading)
    w.table(rows, [4.0, 1.2, 11.0], cell_numbering=cell_numbering, font_size=10)
    w.heading("Harlow panel recommendations", 2)
    w.para("The review also adopted the recommendations of an earlier Harlow review:")
    for k, real in enumerate(pick(pool, "Harlow", "All Agencies", 3, used), 1):
        # "List Number": the numbering comes from the paragraph STYLE's w:numPr (the template's list), not the
        # paragraph's own properties
        w.para(real.text, style="List Number")
        g.rec(real, str(k), "overview")
    w.heading("Appendix 1: Glossary", 1)
    w.para("SYP - South Yorkshire Police.")
    w.header_footer("Sheffield DHR Maria", "Page {n} of 4")
    return w, g


def dev_kent_plan_split(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Separate action plan (landscape from the start) with recommendations numbered by Word inside the
    table's first column (numbering in numbering.xml, restarting per theme) and long cells that split."""
    g = Gold("dev-07-kent-action-plan", "Kent Community Safety Partnership", "Mr C", "action_plan")
    w = WordDoc("Arial", 10)
    first = w.doc.sections[0]
    first.orientation = WD_ORIENT.LANDSCAPE
    first.page_width, first.page_height = Cm(29.7), Cm(21.0)
    w.para(f"DHR {g.subject} - Action Plan", style="Title")
    w.para(
        "The agencies responsible for this action plan are Kent Police, KMPT and Kent Children's Social Services."
    )
    nums = w.abstract([Level("decimal", "%1.")])
    nid = w.num(nums)
    pool_kent = [r for r in pool.get("Kent", []) if r.text not in used][:3]
    leads = {
        "police": "Kent Police",
        "mental_health_services": "KMPT",
        "childrens_social_care": "Kent Children's Social Services",
        "nhs_england": "NHS England",
    }
    targets = [
        "30th June 2018",
        "End of December 2017",
        "TBC",
        "Q1 2018/19",
        "31/03/2018",
        "Within 3 months of publication",
    ]
    rows: list[list[str | None]] = [
        ["Recommendation", "Action to take", "Lead Agency", "Target Date", "Outcome"]
    ]
    cell_numbering: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    t = 0
    for real in pool_kent:
        used.add(real.text)
        lead = leads.get(real.agencies[0], "Kent Police")
        label = w._label(nid, 0)
        rec = g.rec(real, label, "action_plan")
        texts = [
            f"Amend the guidance issued to {lead} staff so that it reflects the learning from this review, and "
            "brief every team on the change through the internal bulletin and team meetings",
            f"Audit a sample of twenty cases handled by {lead} after the change and report the findings to the "
            "Kent and Medway DHR steering group",
        ]
        # the last recommendation's Lead Agency and Target Date cells are merged down over its two actions
        merged = real is pool_kent[-1]
        for k, text in enumerate(texts):
            target = targets[(t - 1 if merged and k else t) % len(targets)]
            rec.actions.append(action(text, lead, target))
            rows.append(
                [
                    real.text if k == 0 else None,
                    text,
                    None if merged and k else lead,
                    None if merged and k else target,
                    "",
                ]
            )
            if k == 0:
                cell_numbering[(len(rows) - 1, 0)] = [(real.text, (nid, 0))]
            t += 1
    w.table(rows, [8.0, 8.0, 3.5, 3.0, 3.5], cell_numbering=cell_numbering, font_size=10)
    w.header_footer("Kent and Medway DHR - Action Plan - OFFICIAL", "{n}")
    return w, g


def dev_split_sentences(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Landscape action plan whose cells hold one sentence a paragraph, placed so that a row is cut by the
    page break between two sentences: the part on the next page starts with a capital letter."""
    g = Gold("dev-08-split-sentences", "Harlow Community Safety Partnership", "Kate")
    w = WordDoc("Arial", 11)
    first = w.doc.sections[0]
    first.orientation = WD_ORIENT.LANDSCAPE
    first.page_width, first.page_height = Cm(29.7), Cm(21.0)
    w.para(f"DHR {g.subject} - Recommendations and Action Plan", style="Title")
    w.heading("Recommendations", 1)
    nums = w.abstract([Level("decimal", "%1.")])
    nid = w.num(nums)
    recs = []
    for real in pick(pool, "Harlow", "All Agencies", 3, used):
        label = w.para(real.text, num=(nid, 0))
        recs.append(g.rec(real, label, "overview"))
    w.heading("Action plan", 1)
    for _ in range(4):  # so that the first row is cut by the page break
        w.para(
            "Progress against each action is reported to the Harlow Community Safety Partnership board by the "
            "lead agency. The board will close an action only when evidence of the change has been provided."
        )
    sentences = {
        recs[0].id: [
            ("Add adult safeguarding and domestic abuse to the mandatory training of every partner agency. "
             "Set the same completion target as for children's safeguarding training. "
             "Report completion rates to the board every six months. "
             "Escalate agencies below ninety per cent to the board chair. "
             "Include a domestic abuse case study from this review in the training.",
             "Harlow Community Safety Partnership", "End of March 2018"),
        ],
        recs[1].id: [
            ("Draft an information sharing protocol for domestic abuse cases. "
             "Agree the protocol with each agency's data protection officer. "
             "Test the protocol on ten cases before it is signed.",
             "Harlow Community Safety Partnership", "Q1 2018/19"),
            ("Publish the signed protocol on the partnership website", "Harlow Community Safety Partnership",
             "6 months"),
        ],
        recs[2].id: [
            ("Circulate the seven golden rules of information sharing to every partner. "
             "Ask each agency to confirm that its staff have read them.",
             "Harlow Community Safety Partnership", "30/09/2017"),
        ],
    }  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Action", "Lead agency", "Target date", "Progress"]]
    cell_numbering: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    for rec in recs:
        for k, (text, lead, target) in enumerate(sentences[rec.id]):
            rec.actions.append(action(text, lead, target))
            rows.append([f"{rec.number}. {rec.text}" if k == 0 else None, "", lead, target, ""])
            # one sentence a paragraph in the cell: the page break falls between two of them
            cell_numbering[(len(rows) - 1, 1)] = [
                (sentence, None) for sentence in re.split(r"(?<=\.) ", text)
            ]
    w.table(rows, [8.0, 8.5, 3.5, 2.6, 3.5], cell_numbering=cell_numbering, font_size=11)
    w.header_footer("Harlow DHR Kate - Action Plan", "Page {n}")
    return w, g


# --- test documents: written once, before any fixing; other layouts than dev -----------------------------------


def test_legal_roman(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Legal list without trailing dots (15.10.1) in Cambria; intro and commentary numbered at the same
    level as the recommendations; agency sub-headings numbered 15.10/15.11; footnotes; running header."""
    g = Gold("test-01-legal-nodot", "Safer Cornwall", "Sam")
    w = WordDoc("Cambria", 11)
    legal = w.abstract(LEGAL3_NODOT)
    chapter = w.num(legal, restart={0: 14})
    _front(w, g, (chapter, 0), fn=1, tor=False)
    w.heading("Recommendations", 1, num=(chapter, 0))
    w.para("The review makes recommendations for the partnership and for single agencies.", num=(chapter, 1))
    pool_b = [r for r in pool.get("Cornwall", []) if r.text not in used]
    half = max(1, len(pool_b) // 2)
    w.para("Partnership recommendations", num=(chapter, 1), bold=True)
    w.para("The panel recommends:", num=(chapter, 2))
    for real in pool_b[:half]:
        used.add(real.text)
        label = w.para(real.text, num=(chapter, 2), footnote=FOOTNOTES[0] if "MARAC" in real.text else None)
        g.rec(real, label, "overview")
    w.para(COMMENTARY[0], num=(chapter, 2))
    w.para("Single agency recommendations", num=(chapter, 1), bold=True)
    for real in pool_b[half:]:
        used.add(real.text)
        label = w.para(real.text, num=(chapter, 2))
        g.rec(real, label, "single_agency")
    w.heading("Terms of reference", 1, num=(chapter, 0))
    for item in TOR_ITEMS:
        w.para(item, num=(chapter, 1))
    w.header_footer("Safer Cornwall DHR Sam - Overview Report - Final", "{n}")
    return w, g


def test_recno_table(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """'Recommendation number N' as bold paragraphs (not heading styles) with Word-bulleted items, then a
    landscape action plan with renamed columns and the lead merged down over actions."""
    g = Gold("test-02-recno-plan", "Kent Community Safety Partnership", "Ms D", "overview_report")
    w = WordDoc("Verdana", 10)
    w.para(f"Overview report - {g.subject}", style="Title")
    w.heading("Conclusions", 1)
    w.para(ANALYSIS_TRAP)
    w.heading("Recommendations", 1)
    bullets = w.abstract(BULLET)
    kent = [r for r in pool.get("Kent", [])]
    groups = [("Kent Police", kent[0:1] + [r for r in kent if "Kent Police" in r.addressed_to][1:3]),
              ("KMPT", [r for r in kent if r.addressed_to.startswith("KMPT")][:2])]  # fmt: skip
    recs = []
    for n, (heading, reals) in enumerate(groups, 1):
        w.para(f"Recommendation number {n}", bold=True)
        nid = w.num(bullets)
        for real in reals:
            w.para(real.text, num=(nid, 0))
            recs.append(g.rec(real, str(n), "overview", heading))
    w.section(landscape=True)
    w.heading("DHR Ms D - Action Plan", 1)
    rows: list[list[str | None]] = [["Ref", "Recommendation", "Actions required", "Responsible", "Timescale"]]
    targets = ["End of March 2018", "6 months", "March 2017", "Q3 2017/18", "31/03/2018", "Ongoing"]
    for k, rec in enumerate(recs):
        lead = "Kent Police" if "police" in rec.agencies else "KMPT"
        for j, text in enumerate(
            (
                f"Brief {lead} practitioners on the learning from the review of Ms D",
                "Check through supervision that the change is followed in practice",
            )
        ):
            target = targets[(2 * k + j) % len(targets)]
            rec.actions.append(action(text, lead, target))
            rows.append([rec.number if j == 0 else None, rec.text if j == 0 else None, text,
                         lead if j == 0 else None, target])  # fmt: skip
    w.table(rows, [1.2, 8.5, 8.0, 3.0, 3.0], font_size=9)
    w.header_footer("Kent DHR Ms D - OFFICIAL", "{n}")
    return w, g


def test_two_column_exec(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Executive summary in two newspaper columns throughout, lettered sub-recommendations (1a, 1b via
    %1%2 levels), and a two-column action table with dates in several shapes."""
    g = Gold("test-03-two-column-exec", "Nottingham Crime and Drugs Partnership", "Rose", "executive_summary")
    w = WordDoc("Georgia", 10)
    first = w.doc.sections[0]
    cols = first._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        first._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    w.para("Executive Summary", style="Title")
    w.heading("Recommendations", 1)
    lettered = w.abstract([Level("decimal", "%1"), Level("lowerLetter", "%1%2")])
    nid = w.num(lettered)
    notts = [r for r in pool.get("Nottingham", [])]
    police = [r for r in notts if "Police" in r.addressed_to][:3]
    asc = [r for r in notts if "Adult Social Care" in r.addressed_to][:2]
    recs = []
    for heading, reals in (("Nottinghamshire Police", police), ("Nottingham City Adult Social Care", asc)):
        w.para(heading, num=(nid, 0), bold=True)
        for real in reals:
            label = w.para(real.text, num=(nid, 1))
            recs.append(g.rec(real, label, "executive_summary", heading))
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [["No.", "Action", "Lead", "By when"]]
    targets = ["Complete", "End of December 2017", "01/02/2018", "April 2018 - review quarterly", "12 months"]
    for k, rec in enumerate(recs):
        lead = "Nottinghamshire Police" if "police" in rec.agencies else "Nottingham City Adult Social Care"
        text = "Issue a practice reminder to staff and check compliance by audit"
        rec.actions.append(action(text, lead, targets[k % len(targets)]))
        rows.append([rec.number, text, lead, targets[k % len(targets)]])
    w.table(rows, [0.8, 2.3, 2.5, 1.8], font_size=7)
    w.header_footer("Nottingham DHR Rose", "Page {n}")
    return w, g


def test_restart_agencies(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Numbering restarted per agency with a NEW abstractNum per agency (another way Word restarts), a
    "Recommendation 1:" lvlText prefix rendered by numbering, footnotes, and a glossary under numbers."""
    g = Gold("test-04-restart-agencies", "Norfolk County Community Safety Partnership", "Helen")
    w = WordDoc("Arial", 11)
    w.para(f"DHR {g.subject}", style="Title")
    w.heading("Single agency recommendations", 1)
    w.para("Each agency made recommendations in its IMR, which the panel endorses.", footnote=FOOTNOTES[4])
    norfolk = [r for r in pool.get("Norfolk", [])]
    groups: dict[str, list[RealRec]] = {}
    for real in norfolk:
        if "•" in real.text:
            continue
        groups.setdefault(real.addressed_to, []).append(real)
    for heading, reals in groups.items():
        w.heading(heading, 2)
        abstract = w.abstract([Level("decimal", "Recommendation %1:")])
        nid = w.num(abstract)
        for real in reals:
            label = w.para(real.text, num=(nid, 0))
            g.rec(real, label.replace("Recommendation ", "").rstrip(":"), "single_agency", heading)
    w.heading("Glossary", 1)
    gl = w.abstract([Level("decimal", "%1.")])
    gid = w.num(gl)
    for _word, note in FOOTNOTES[:3]:
        w.para(note, num=(gid, 0))
    w.header_footer("Norfolk DHR Helen - Overview", "{n}")
    return w, g


DEV: dict[str, Builder] = {
    "dev-01-legal-overview": dev_legal_overview,
    "dev-02-recno-bullets": dev_recno_bullets,
    "dev-03-landscape-plan": dev_landscape_plan,
    "dev-04-two-column-plan": dev_two_column_plan,
    "dev-05-exec-multilevel": dev_exec_multilevel,
    "dev-06-imr-table": dev_imr_table,
    "dev-07-kent-action-plan": dev_kent_plan_split,
    "dev-08-split-sentences": dev_split_sentences,
}
#: Documents also written as a PDF with rotated landscape pages.
ROTATED = {"dev-03-landscape-plan"}
TEST: dict[str, Builder] = {
    "test-01-legal-nodot": test_legal_roman,
    "test-02-recno-plan": test_recno_table,
    "test-03-two-column-exec": test_two_column_exec,
    "test-04-restart-agencies": test_restart_agencies,
}


# --------------------------------------------------------------------------------------------------------------
# writing
# --------------------------------------------------------------------------------------------------------------


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def to_pdf(docx_path: Path) -> Path:
    """LibreOffice's PDF export of ``docx_path`` beside it."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("soffice not found: apt-get install -y libreoffice-writer-nogui (or use --no-pdf)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", str(docx_path.parent), str(docx_path)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
    # "<name>-pdf.pdf": the evaluator pairs "<stem>.gold.json" with "<stem>.pdf" before "<stem>.docx", so the two
    # forms of one document need two stems in one folder
    pdf_path = docx_path.with_name(docx_path.stem + "-pdf.pdf")
    docx_path.with_suffix(".pdf").replace(pdf_path)
    return pdf_path


def rotated_copy(pdf_path: Path) -> Path:
    """A copy whose landscape pages are portrait pages turned by /Rotate 90, as some PDF printers store them
    (the page reads the same on screen; its text runs vertically in the page's own coordinates)."""
    import pymupdf

    out_path = pdf_path.with_name(pdf_path.name.replace("-pdf.pdf", "-rotated-pdf.pdf"))
    with pymupdf.open(str(pdf_path)) as src, pymupdf.open() as out:
        for index, page in enumerate(src):
            rect = page.rect
            if rect.width > rect.height:
                turned = out.new_page(width=rect.height, height=rect.width)
                turned.show_pdf_page(turned.rect, src, index, rotate=90)
                turned.set_rotation(90)
            else:
                out.new_page(width=rect.width, height=rect.height).show_pdf_page(rect, src, index)
        out.set_metadata({"producer": "annotations.wordproc.build", "creationDate": "", "modDate": ""})
        out.save(str(out_path), garbage=3, deflate=True, no_new_id=True)
    return out_path


def _pdf_pages(path: Path) -> int:
    import pymupdf

    with pymupdf.open(str(path)) as doc:
        return doc.page_count


def _pdf_text(path: Path) -> str:
    import pymupdf

    with pymupdf.open(str(path)) as doc:
        return " ".join(page.get_text() for page in doc)


def _norm(text: str) -> str:
    """Words for the gold check; a footnote mark glued to a word ("GP4") and bare numbers left out."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return " ".join(re.sub(r"(?<=[a-z])\d{1,2}$", "", w) for w in words if not w.isdigit())


def _in_order(words: list[str], text: list[str]) -> bool:
    """Are ``words`` in ``text`` in order (running headers, footers and footnotes may sit between them)?"""
    from difflib import SequenceMatcher

    blocks = SequenceMatcher(None, words, text, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks) == len(words)


def write_gold(gold: Gold, path: Path, fmt: str, pages: int) -> None:
    result = ExtractionResult(
        source=SourceInfo(filename=path.name, sha256=_sha256(path), pages=pages, format=fmt),  # type: ignore[arg-type]
        review=ReviewInfo(csp=gold.csp, subject=gold.subject, document_type=gold.document_type),  # type: ignore[arg-type]
        recommendations=[copy.deepcopy(r) for r in gold.recs],
    )
    path.with_name(path.stem + ".gold.json").write_text(
        result.model_dump_json(indent=2) + "\n", encoding="utf-8"
    )


def build(name: str, builder: Builder, out_dir: Path, pool: dict[str, list[RealRec]], pdf: bool) -> None:
    used: set[str] = set()
    word, gold = builder(pool, used)
    out_dir.mkdir(parents=True, exist_ok=True)
    docx_path = out_dir / f"{name}.docx"
    word.save(docx_path)
    write_gold(gold, docx_path, "docx", 1)
    if pdf:
        pdf_path = to_pdf(docx_path)
        text = _norm(_pdf_text(pdf_path)).split()
        for rec in gold.recs:
            printed = [rec.text, *(a.text for a in rec.actions)]
            printed += [a.lead_text or "" for a in rec.actions] + [
                a.target_date_text or "" for a in rec.actions
            ]
            for words in printed:
                if not _in_order(_norm(words).split(), text):
                    raise SystemExit(f"{pdf_path.name}: gold text not in the PDF: {words[:60]}")
        write_gold(gold, pdf_path, "pdf", _pdf_pages(pdf_path))
        if name in ROTATED:
            turned = rotated_copy(pdf_path)
            write_gold(gold, turned, "pdf", _pdf_pages(turned))
    log.info(
        "%s: %d recommendations, %d actions", name, len(gold.recs), sum(len(r.actions) for r in gold.recs)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=None, help="build only these document names")
    parser.add_argument("--no-pdf", action="store_true", help="write the DOCX and its gold only")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    pool = real_pool()
    for folder, builders in (("dev", DEV), ("test", TEST)):
        for name, builder in builders.items():
            if args.only and name not in args.only:
                continue
            build(name, builder, HERE / folder, pool, not args.no_pdf)
    return 0


if __name__ == "__main__":
    sys.exit(main())
