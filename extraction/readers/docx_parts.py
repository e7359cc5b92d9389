"""Pieces of a DOCX body read apart from its paragraphs' text: text boxes drawn from a paragraph, one-cell
tables (boxes), and section breaks that start a new page."""

from __future__ import annotations

import re
from typing import Any

from extraction.field_labels import LEAD_LABEL_WORDS

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def text_boxes(p_element: Any) -> list[Any]:
    """The text boxes (``w:txbxContent``) drawn from a paragraph, each once: Word writes a box twice, as a
    drawing (``mc:Choice``) and as VML for older readers (``mc:Fallback``); the fallback copy is left out."""
    boxes = []
    for box in p_element.iter(f"{_W}txbxContent"):
        parent = box.getparent()
        inside_fallback = False
        while parent is not None and parent is not p_element:
            if parent.tag == f"{_MC}Fallback":
                inside_fallback = True
                break
            parent = parent.getparent()
        if not inside_fallback and not any(box in b.iter(f"{_W}txbxContent") for b in boxes):
            boxes.append(box)
    return boxes


def one_column(tbl: Any) -> bool:
    """A table whose every row is one cell (a bordered box, or a template's framed section). A table nested in
    such a cell is read as a table of its own where the walk meets it (flattened into one cell's text, a
    framed No. | Recommendation | Lead table lost every row)."""
    rows = tbl.findall(f"{_W}tr")
    return bool(rows) and all(len(tr.findall(f"{_W}tc")) == 1 for tr in rows)


def new_page_after(p_element: Any) -> bool:
    """Does the section that this paragraph ends give way to one that starts on a new page? The paragraph's
    ``w:sectPr`` closes its section; how the NEXT section starts is that section's own ``w:type`` (in the next
    ``w:sectPr``, a later paragraph's or the body's last), a new page unless "continuous" (a change of columns
    on the same page)."""
    ppr = p_element.find(f"{_W}pPr")
    if ppr is None or ppr.find(f"{_W}sectPr") is None:
        return False
    for sibling in p_element.itersiblings():
        sect = sibling if sibling.tag == f"{_W}sectPr" else sibling.find(f"{_W}pPr/{_W}sectPr")
        if sect is not None:
            kind = sect.find(f"{_W}type")
            return kind is None or kind.get(f"{_W}val") not in ("continuous", "nextColumn")
    return True


def _twips_of(element: Any, attribute: str) -> int | None:
    value = element.get(f"{_W}{attribute}") if element is not None else None
    try:
        return int(float(value)) if value is not None else None
    except ValueError:
        return None


def _section_of(p_element: Any) -> Any:
    """The ``w:sectPr`` of the section holding a body paragraph: its own, else the next one after it."""
    own = p_element.find(f"{_W}pPr/{_W}sectPr")
    if own is not None:
        return own
    for sibling in p_element.itersiblings():
        sect = sibling if sibling.tag == f"{_W}sectPr" else sibling.find(f"{_W}pPr/{_W}sectPr")
        if sect is not None:
            return sect
    return None


def margin_frame(p_element: Any) -> bool:
    """Is this paragraph a frame (``w:framePr``) set in the page's margin, out of the text column: a margin
    note beside the text ("Chair: wording agreed ..."), as the PDF prints it to the right of the column. Its
    words are no part of the paragraphs it stands beside. (A drop cap, or a frame set over the column, a
    converted PDF's positioned text, stays in the flow.)"""
    frame = p_element.find(f"{_W}pPr/{_W}framePr")
    if frame is None or frame.get(f"{_W}dropCap") not in (None, "none"):
        return False
    x, width = _twips_of(frame, "x"), _twips_of(frame, "w")
    sect = _section_of(p_element)
    if sect is None:
        return False
    page_width = _twips_of(sect.find(f"{_W}pgSz"), "w")
    margins = sect.find(f"{_W}pgMar")
    left, right = _twips_of(margins, "left"), _twips_of(margins, "right")
    if not page_width or left is None or right is None:
        return False
    anchor = frame.get(f"{_W}hAnchor")
    if x is None:
        # aligned, not placed: only a frame aligned to the page's own edge can stand in its margin
        align = frame.get(f"{_W}xAlign")
        if anchor != "page" or width is None or align not in ("left", "right", "inside", "outside"):
            return False
        starts = [page_width - width if align in ("right", "outside") else 0]
    else:
        # x counts from the page's edge when anchored to the page, else from the text's left edge; where the
        # anchor is not written, the frame is a margin note only if it is one either way
        starts = {"page": [x], None: [x, left + x]}.get(anchor, [left + x])
    return all(
        start >= page_width - right or (width is not None and start + width <= left) for start in starts
    )


_REF_LABEL = re.compile(
    r"^(?:recommendation\s*(?:number|no\.?|ref(?:erence)?)|ref(?:erence)?(?:\s*(?:number|no\.?))?|no\.?|number)"
    r"\s*:?$",
    re.IGNORECASE,
)
_TEXT_LABEL = re.compile(r"^(?:recommendation(?:\s+text)?|the recommendation)\s*:?$", re.IGNORECASE)
#: A template's lead label in a cell of its own ("Lead agency", "Owner:").
_LEAD_LABEL = re.compile(
    rf"^(?:{LEAD_LABEL_WORDS})\s*:?$",
    re.IGNORECASE,
)
_REF = re.compile(r"(?:[A-Z]{1,4}\s?)?\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?")


def recommendation_record(rows: list[list[str]]) -> list[str] | None:
    """A template's table of one recommendation, a label and a value a row ("Recommendation number | 3",
    "Recommendation | <text>", "Lead agency | <name>", "Scope | Local"), as the paragraphs a reader of the
    flow takes it for: "Recommendation 3", its text, its lead line. None for any other table."""
    if not rows or any(len(row) != 2 for row in rows):
        return None
    fields = [(str(label).strip(), str(value).strip()) for label, value in rows]
    ref = next((v for k, v in fields if _REF_LABEL.match(k) and _REF.fullmatch(v)), None)
    text = next((v for k, v in fields if _TEXT_LABEL.match(k) and len(v.split()) >= 6), None)
    if ref is None or text is None:
        return None
    leads = [f"Lead agency: {v}" for k, v in fields if _LEAD_LABEL.match(k) and v]
    return [f"Recommendation {ref}", text, *leads[:1]]


_NOTE_PART = re.compile(r"^word/(?:foot|end)notes\d*\.xml$")
_RUNNING_PART = re.compile(r"^word/(?:header|footer)\d*\.xml$")


def _paragraph_text(p_element: Any) -> str:
    parts = []
    for node in p_element.iter(f"{_W}t", f"{_W}tab", f"{_W}br"):
        parts.append((node.text or "") if node.tag == f"{_W}t" else " ")
    return " ".join("".join(parts).split())


def side_texts(data: bytes, notes: list[str], running: list[str]) -> None:
    """Fill ``notes`` with the document's footnote and endnote texts (one entry a note, its paragraphs joined)
    and ``running`` with its headers' and footers' lines (one entry a paragraph): python-docx reads the body
    alone, and a report may define initials only in a note or name its partnership only in the header. The
    archive's size and paragraph count are bounded before this runs; entities are never resolved."""
    import io
    import zipfile

    from docx.oxml.parser import oxml_parser
    from lxml import etree

    from extraction.document import keep_side_text
    from extraction.readers.cleanup import is_page_chrome

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in sorted(archive.namelist()):
            is_note = bool(_NOTE_PART.match(name))
            if not is_note and not _RUNNING_PART.match(name):
                continue
            try:
                root = etree.fromstring(archive.read(name), oxml_parser)
            except Exception:  # noqa: BLE001 - a damaged side part loses its notes, not the document
                continue
            if is_note:
                for note in root:
                    # the separator and continuation "notes" Word writes first hold only the rule
                    if note.get(f"{_W}type") is not None:
                        continue
                    text = " ".join(t for p in note.iter(f"{_W}p") if (t := _paragraph_text(p)))
                    keep_side_text(notes, text)
            else:
                for p in root.iter(f"{_W}p"):
                    if not is_page_chrome(text := _paragraph_text(p)):  # "Page 3", "OFFICIAL"
                        keep_side_text(running, text)


def headings_above(pages: list[Any]) -> list[str]:
    """The headings a table read now sits under, outermost first: the nearest heading above it, then the nearest
    of a higher level above that, and so on up to level 1. A heading governs what follows it until the next
    heading of its level or higher, so a paragraph of prose between an agency's heading and its table ("Kent
    Police", a paragraph on its IMR, then the IMR's table) leaves the table under that agency."""
    chain: list[str] = []
    limit = 10**6
    for page in reversed(pages):
        for line in reversed(page.lines):
            level = line.heading_level
            if level is not None and level < limit:
                chain.append(" ".join(line.text.split()))
                limit = level
                if level <= 1:
                    return chain[::-1]
    return chain[::-1]
