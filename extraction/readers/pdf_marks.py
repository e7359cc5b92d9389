"""Marks a PDF prints beside its words: footnote marks printed raised and small, and bullets drawn as shapes.

A table's cells are read from the page's words (``get_text("words")``), which know nothing of a superscript:
a footnote mark after a word comes glued to it ("initial¹" read as "initial1"). The page's text lines
(``pdf._pdf_line``) drop such marks already; this does the same for the words the table finder reads.

Producers other than word processors cut a line at a raised mark: a browser's print (Chromium/Skia) or an
HTML layout engine writes the mark and the rest of the line as a line of their own, even a block of their
own, that starts where the first piece ends (:func:`join_touching_lines` puts them together again). A
browser also draws a list's bullets as small filled shapes, not as a glyph (:func:`shape_bullets`).
"""

from __future__ import annotations

import re
from typing import Any

#: A footnote mark's text: a number of up to three digits, a roman endnote mark, or a symbol.
_MARK = re.compile(r"^(?:\d{1,3}|[ivx]{1,5})$|^[*†‡]$")

Box = tuple[float, float, float, float]


def footnote_marks(page: Any) -> list[tuple[Box, str]]:
    """The box and text of every footnote mark on ``page``: a span raised above its line's baseline (or
    flagged superscript) and printed smaller than the line, after a word's letters (after a digit it is
    left alone: "2016" and a raised "1" cannot be told apart from a number)."""
    marks: list[tuple[Box, str]] = []
    raw = join_touching_lines(page.get_text("dict", flags=64))
    for block in raw.get("blocks", ()):
        for line in block.get("lines", ()):
            spans = [s for s in line.get("spans", ()) if s.get("text")]
            if len(spans) < 2:
                continue
            size = max(float(s.get("size", 0.0)) for s in spans)
            base = max(float(s.get("origin", (0.0, 0.0))[1]) for s in spans)
            for before, span in zip(spans, spans[1:], strict=False):
                text = span["text"].strip()
                small = float(span.get("size", size)) < 0.85 * size
                raised = int(span.get("flags", 0)) & 1 or float(span.get("origin", (0.0, base))[1]) < base - 1
                if small and raised and _MARK.match(text) and re.search(r"[^\d\s]$", before["text"]):
                    x0, y0, x1, y1 = (float(v) for v in span["bbox"])
                    marks.append(((x0, y0, x1, y1), text))
    return marks


def strip_marks(words: list[tuple], marks: list[tuple[Box, str]]) -> list[tuple]:
    """``words`` (PyMuPDF word tuples) with each footnote mark cut off the end of the word it is glued to."""
    if not marks:
        return words
    out = []
    for word in words:
        x0, y0, x1, y1, text = word[0], word[1], word[2], word[3], word[4]
        for (mx0, my0, mx1, my1), mark in marks:
            cx, cy = (mx0 + mx1) / 2, (my0 + my1) / 2
            if (
                x0 <= cx <= x1 + 0.5
                and y0 - 1 <= cy <= y1 + 1
                and text.endswith(mark)
                and len(text) > len(mark)
            ):
                text = text[: -len(mark)]
                x1 = mx0
                break
        out.append((x0, y0, x1, y1, text, *word[5:]) if text is not word[4] else word)
    return out


def _baseline(line: dict[str, Any]) -> float:
    return max(float(s.get("origin", (0.0, 0.0))[1]) for s in line["spans"])


def _touches(before: dict[str, Any], line: dict[str, Any]) -> bool:
    """``line`` goes on the row ``before`` ends: the same baseline (a raised mark's own is ignored: the line's
    lowest span decides) and it starts where ``before`` ends, no word gap between them."""
    if not before.get("spans") or not line.get("spans"):
        return False
    if tuple(line.get("dir", (1.0, 0.0))) != tuple(before.get("dir", (1.0, 0.0))):
        return False
    gap = float(line["bbox"][0]) - float(before["bbox"][2])
    return -1.0 <= gap <= 1.0 and abs(_baseline(line) - _baseline(before)) <= 1.0


def join_touching_lines(raw: dict[str, Any]) -> dict[str, Any]:
    """``raw`` (a page's ``get_text("dict")``) with each line that starts exactly where the line before it in
    the text stream ends, on the same baseline, joined to that line: the pieces of one printed line that a
    producer cut at a raised footnote mark ("... an IMR" | "¹ and a chronology"). When the piece opens a new
    block, the rest of that block goes on in the block before (it is the same paragraph). Other lines and
    blocks are left as they are (a new dict; ``raw`` is not changed)."""
    blocks: list[dict[str, Any]] = []
    last: dict[str, Any] | None = None  # the last text line kept, in stream order
    for block in raw.get("blocks", ()):
        if block.get("type", 0) != 0:
            blocks.append(block)
            last = None
            continue
        lines: list[dict[str, Any]] = []
        joined_first = False
        for index, line in enumerate(block.get("lines", ())):
            if last is not None and _touches(last, line):
                x0, y0, x1, y1 = last["bbox"]
                lx0, ly0, lx1, ly1 = line["bbox"]
                last["bbox"] = (min(x0, lx0), min(y0, ly0), max(x1, lx1), max(y1, ly1))
                last["spans"] = [*last["spans"], *line["spans"]]
                joined_first = joined_first or index == 0
                continue
            last = {**line, "spans": list(line.get("spans", ()))}
            lines.append(last)
        if joined_first and blocks and blocks[-1].get("type", 0) == 0:
            blocks[-1] = {**blocks[-1], "lines": [*blocks[-1]["lines"], *lines]}
        elif lines:
            blocks.append({**block, "lines": lines})
    return {**raw, "blocks": blocks}


#: A bullet drawn as a shape is small: a dot or square of a few points (Chromium draws a 3.8 pt disc).
BULLET_MAX = 6.0
BULLET_MIN = 1.5


def shape_bullets(drawings: list[dict[str, Any]], rows: list[Box]) -> dict[int, Box]:
    """For each text row (index into ``rows``: the box of a line's first row) that a bullet drawn as a shape
    opens, that shape's box: a small filled, roughly square shape under ``BULLET_MAX`` points, left of the
    row's start by at most 36 pt with its middle inside the row's height. A browser prints a list's bullets
    so ("disc", "square"), where a word processor writes a "•" glyph; read as nothing, the items of a bulleted
    list run together as one paragraph. A shape that other text sits on or beside to its left is no bullet."""
    found: dict[int, Box] = {}
    for drawing in drawings:
        rect = drawing.get("rect")
        if rect is None or not drawing.get("fill") or "f" not in str(drawing.get("type", "")):
            continue
        rx0, ry0, rx1, ry1 = (float(v) for v in rect)  # a Rect, or a tuple from get_cdrawings()
        w, h = rx1 - rx0, ry1 - ry0
        if not (BULLET_MIN <= w <= BULLET_MAX and BULLET_MIN <= h <= BULLET_MAX) or max(w, h) > 2 * min(w, h):
            continue
        cy = (ry0 + ry1) / 2
        best: int | None = None
        for index, (x0, y0, x1, y1) in enumerate(rows):
            if not (y0 <= cy <= y1):
                continue
            if x0 <= rx1 and x1 > rx0 - 36:
                best = None  # text before or over the shape on its row: a mark inside a line, not a bullet
                break
            if 1.0 <= x0 - rx1 <= 36 and (best is None or x0 < rows[best][0]):
                best = index
        if best is not None:
            found[best] = (rx0, ry0, rx1, ry1)
    return found
