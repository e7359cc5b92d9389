"""Footnote marks printed raised and small in a PDF's table cells, taken out of the cells' words.

A table's cells are read from the page's words (``get_text("words")``), which know nothing of a superscript:
a footnote mark after a word comes glued to it ("initial¹" read as "initial1"). The page's text lines
(``pdf._pdf_line``) drop such marks already; this does the same for the words the table finder reads.
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
    raw = page.get_text("dict", flags=64)
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
