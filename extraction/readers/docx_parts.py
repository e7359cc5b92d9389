"""Pieces of a DOCX body read apart from its paragraphs' text: text boxes drawn from a paragraph, one-cell
tables (boxes), and section breaks that start a new page."""

from __future__ import annotations

from typing import Any

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
    """A table whose every row is one cell (a bordered box), with no table nested in it."""
    rows = tbl.findall(f"{_W}tr")
    return (
        bool(rows) and all(len(tr.findall(f"{_W}tc")) == 1 for tr in rows) and tbl.find(f".//{_W}tbl") is None
    )


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
