"""Readings of a line in a recommendations section that need the lines after it: a numbered topic title over
its paragraph, the paragraph an unnumbered line opens, a part's lead-in sentence wrapped over lines.

Split out of :mod:`extraction.recommendations`, whose walk over a section's lines (``split_items``) asks these
at each line; where a paragraph starts and ends on the page stays :mod:`extraction.recommendations_layout`'s.
"""

from __future__ import annotations

import re

from extraction.document import Line
from extraction.recommendation_marks import is_title, match_marker
from extraction.recommendation_wording import PART_LEAD_IN
from extraction.recommendations_layout import block_lines
from extraction.sections import is_heading_like

#: Titles that head a group of recommendations or other matter, not one recommendation's topic.
_GROUP_TITLE = re.compile(
    r"recommendation|\bagencies\b|single.agency|multi.agency|lesson|learning|theme|conclusion|finding|summary"
    r"|introduction|background|glossary|appendix|action plan|terms of reference",
    re.IGNORECASE,
)


def title_over_text(
    title: str, number: str, line: Line, lines: list[Line], index: int, body_size: float
) -> bool:
    """A numbered topic title printed as a heading ("7.1 Missed appointments"; in a PDF the number apart on the
    line) over an unnumbered paragraph of body print, the next number in the section another such title (or a
    chapter's): the number is the paragraph's, a recommendation under its topic (as a labelled title over its
    text is). Not a numbered agency heading over its own numbered items ("7.3 Kent Police", "7.3.1 ...")."""
    if not is_title(title) or _GROUP_TITLE.search(title) or not is_heading_like(line, body_size):
        return False
    rest = [ln for ln in lines[index + 1 :] if ln.text.strip()]
    if not rest or match_marker(rest[0].text.strip()) is not None or rest[0].list_item:
        return False
    if is_heading_like(rest[0], body_size) or rest[0].text.strip()[:1].islower():
        return False
    later = next((ln for ln in rest if match_marker(ln.text.strip()) is not None), None)
    if later is None:
        return True
    marker = match_marker(later.text.strip())
    return (
        marker is not None
        and marker[0] == "numeric"
        # (another title of its level, or the next chapter's number)
        and marker[1].count(".") <= number.count(".")
        and is_heading_like(later, body_size)
    )


def paragraph_from(lines: list[Line], index: int) -> str:
    """The words of ``lines[index]``'s text block from that line to the first line ending a sentence (a block
    can hold more than one paragraph: the next one starts after a line that ends a sentence)."""
    words: list[str] = []
    for ln in block_lines(lines, index):
        if ln.y0 < lines[index].y0 or (ln is not lines[index] and not words):
            continue
        words.append(ln.text.strip())
        if re.search(r"[.!?][\"')\u2019\u201d]?$", words[-1]):
            break
    return " ".join(words) or lines[index].text


#: The most lines a part's lead-in sentence is read over (bounds the look-ahead).
_PART_LEAD_IN_LINES = 3


def part_lead_in(lines: list[Line], index: int) -> tuple[re.Match[str], int] | None:
    """``PART_LEAD_IN``'s match on the sentence ``lines[index]`` starts, and how many lines it takes: one line,
    or (PDF) the sentence wrapped over the next lines of its text block ("The remaining recommendations are for
    the agencies" / "named in each."), read up to the line that ends it."""
    text = lines[index].text.strip()
    if (m := PART_LEAD_IN.match(text)) is not None:
        return m, 1
    if re.search(r"[.:;!?]$", text) or not re.match(
        r"(?:the\s+)?\w+\s+(?:\w+\s+)?recommendations?\b", text, re.I
    ):
        return None
    block = block_lines(lines, index)
    at = next((k for k, ln in enumerate(block) if ln is lines[index]), None)
    if at is None:
        return None
    words = [text]
    for ln in block[at + 1 : at + _PART_LEAD_IN_LINES]:
        words.append(ln.text.strip())
        if re.search(r"[.:;!?]$", words[-1]):
            m = PART_LEAD_IN.match(" ".join(words))
            return (m, len(words)) if m is not None else None
    return None
