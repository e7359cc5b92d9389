"""A template's label cells read in a PDF's flow: a "Recommendation" label broken by a narrow cell made one line
again, and a label/value table's fields ("Recommendation number" | 3, "Lead agency" | X) turned into the label
and lead lines the walk over a section's lines reads. Split out of :mod:`extraction.recommendations_layout`
(kept under its size limit); a pure move.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extraction.document import Line
from extraction.field_labels import LEAD_LABEL_HEADS, LEAD_LABEL_WORDS
from extraction.recommendation_marks import match_marker

#: A template's field label in a cell of its own ("Recommendation", "Recommendation number", "Scope").
_FIELD_LABEL = re.compile(
    r"^(?:recommendation(?:\s+(?:number|no\.?|ref(?:erence)?|text))?|ref(?:erence)?|scope"
    rf"|{LEAD_LABEL_WORDS}|timescale|target date|priority|status)\s*:?$",
    re.IGNORECASE,
)
_REF = re.compile(r"(?:[A-Z]{1,4}\s?)?\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?")


def value_beside(lines: list[Line], index: int) -> int | None:
    """The index of the line printed on the same row right of ``lines[index]`` (a label cell's value cell)."""
    line = lines[index]
    if line.x1 <= 0:
        return None
    for j in range(max(0, index - 3), min(len(lines), index + 4)):
        other = lines[j]
        if (
            j != index
            and other.page == line.page
            and abs(other.y0 - line.y0) <= 2.0
            and other.x0 > line.x1 + 15
        ):
            return j
    return None


def _first_in_row(lines: list[Line], index: int) -> bool:
    """Is nothing printed left of ``lines[index]`` on its row (a label is a row's first cell)?"""
    line = lines[index]
    return not any(
        other.page == line.page and abs(other.y0 - line.y0) <= 2.0 and other.x1 < line.x0
        for other in lines[max(0, index - 3) : index + 4]
        if other is not line
    )


def broken_labels(lines: list[Line]) -> list[Line]:
    """A label cut by a narrow cell is one line again: broken inside its word ("Recommendatio" over "n 1",
    Word's break of a word longer than the cell is wide) or wrapped before its number ("Recommendation" over
    "1"), the pieces one pitch apart at the same left edge (the text cell beside may be read between them),
    when they join into a label with nothing after it that neither piece is alone."""
    out: list[Line] = []
    taken: set[int] = set()
    for index, line in enumerate(lines):
        if index in taken:
            continue
        head = line.text.strip()
        if line.x1 > 0 and re.fullmatch(r"[A-Za-z]{5,}", head) and "recommendation".startswith(head.lower()):
            for j in range(index + 1, min(len(lines), index + 4)):
                below = lines[j]
                if not (
                    below.page == line.page
                    and abs(below.x0 - line.x0) < 3.0
                    and 0 < below.y0 - line.y0 < 2.0 * (line.y1 - line.y0)
                ):
                    continue
                gap = " " if head.lower() == "recommendation" else ""
                joined = head + gap + below.text.strip()
                marker = match_marker(joined)
                if marker is not None and marker[0] == "labelled" and not joined[marker[3] :].strip():
                    line = replace(line, text=joined, x1=max(line.x1, below.x1), y1=below.y1)
                    taken.add(j)
                break
        out.append(line)
    return out


def label_value_fields(lines: list[Line]) -> list[Line]:
    """A template's label/value table read in the flow (PDF): "Recommendation" over a wrapped "number" with
    "3" beside it is the label "Recommendation 3"; the "Recommendation" label beside the text is dropped (the
    text follows); "Lead agency" beside a name is a lead line; other labels and their values ("Scope" |
    "Local") are left out. Lines of any other kind pass unchanged."""
    out: list[Line] = []
    skip: set[int] = set()
    for index, line in enumerate(lines):
        if index in skip:
            continue
        text = line.text.strip()
        j = value_beside(lines, index) if _FIELD_LABEL.match(text) and _first_in_row(lines, index) else None
        if j is None or _FIELD_LABEL.match(lines[j].text.strip()):
            # (a table's header row, "Recommendation | Lead agency | Timescale", is labels beside labels)
            out.append(line)
            continue
        value = lines[j].text.strip()
        label = text.rstrip(":").lower()
        below = lines[index + 1] if index + 1 < len(lines) else None
        wrapped = (
            below is not None
            and below.page == line.page
            and abs(below.x0 - line.x0) < 3.0
            and 0 < below.y0 - line.y0 < 2.5 * (line.y1 - line.y0)
            and re.fullmatch(r"(?:number|no\.?|ref(?:erence)?)", below.text.strip(), re.IGNORECASE)
            is not None
        )
        if (
            label.startswith("recommendation")
            and _REF.fullmatch(value)
            and (wrapped or label != "recommendation")
        ):
            skip.update({j, index + 1} if wrapped else {j})
            out.append(replace(line, text=f"Recommendation {value}"))
        elif label in ("recommendation", "recommendation text") and len(value.split()) >= 6:
            continue  # the label beside the text: the text follows
        elif re.match(rf"(?:{LEAD_LABEL_HEADS})\b", label):
            skip.add(j)
            out.append(replace(line, text=f"Lead agency: {value}"))
        elif label in ("scope", "priority", "status") and len(value.split()) <= 3:
            skip.add(j)
        else:
            out.append(line)
    return out


#: A label printed before the agency's name in its heading ("Agency: Kent Police", "Lead agency - KMPT"), with a
#: recommendation's own label a PDF line runs into it ("Recommendation number 1 Agency: Kent Police").
_HEADING_LABEL = re.compile(
    r"^(?:recommendation\s+(?:number|no\.?)?\s*\d{1,3}[.:]?\s+)?"
    rf"(?:{LEAD_LABEL_WORDS})\s*[:\-\u2013]\s*"
    r"(?=\S)",
    re.IGNORECASE,
)


def heading_name(heading: str | None) -> str | None:
    """The agency's name a heading prints after its label: "Agency: Kent Police" is headed "Kent Police"."""
    return _HEADING_LABEL.sub("", heading) if heading else heading
