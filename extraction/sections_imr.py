"""Recommendations an agency's own review made, printed in the report's "Individual Management Reviews"
chapter: under each agency's sub-heading, a lead-in ("The IMR author made the following recommendations, which
the panel endorses:") over a list of them (DHR-REPORTS.md: single-agency recommendations from the IMRs). Each
such list is a block of its own, read as single-agency recommendations under the agency's heading.
"""

from __future__ import annotations

import re

from extraction.document import INDENT_STEP, Line
from extraction.recommendation_marks import BULLET_GLYPHS
from extraction.sections import Section, is_heading_like

#: The chapter of the agencies' own reviews ("Individual Management Reviews", "5. IMRs", "Agency reports").
_IMR_CHAPTER = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:summary of (?:the )?)?individual management reviews?|(?:the\s+)?imrs"
    r"|agency (?:reports|reviews|imrs))\s*$",
    re.IGNORECASE,
)
_BULLET = re.compile(rf"^[{BULLET_GLYPHS}](?:\s|$)")
#: The most words an agency's sub-heading has: a body's name, perhaps numbered or with "IMR" ("5.3 Eastby
#: Hospitals NHS Foundation Trust IMR"); a longer heading names no agency and ends the chapter's reading.
_AGENCY_WORDS = 8
#: How much smaller (in points) than the chapter's heading a sub-heading is printed, where the source gives
#: no heading levels: more than a PDF's rounding of one size (10.98 for 11), so a heading the same size as
#: the chapter's is the next chapter, not a sub-heading.
_SMALLER = 0.5


def imr_blocks(lines: list[Line], body: float, contents: set[int], taken: set[int]) -> list[Section]:
    """The IMR chapter's lists of recommendations, one block per agency sub-heading with a recommendations
    lead-in followed by a list; lines already in a block (``taken``: ids) or in the contents are not read."""
    from extraction.recommendation_wording import NOT_RECS_LEAD_IN, REC_LEAD_IN

    blocks: list[Section] = []
    chapter: Line | None = None
    agency: Line | None = None
    block: Section | None = None
    lead_in: Line | None = None
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text or index in contents or id(line) in taken:
            continue
        if is_heading_like(line, body) and not line.list_item:
            block = None
            if _IMR_CHAPTER.match(text):
                chapter, agency = line, None
            elif chapter is not None and _below(line, chapter) and len(text.split()) <= _AGENCY_WORDS:
                agency = line  # an agency's sub-heading inside the chapter
            else:
                chapter = agency = None  # the next chapter
            continue
        if chapter is None or agency is None:
            continue
        if block is not None and lead_in is not None:
            # the list: list paragraphs, bullets, and the lines of an item wrapped under its text
            if line.list_item or _BULLET.match(text) or (line.x1 > 0 and line.x0 > lead_in.x0 + INDENT_STEP):
                block.lines.append(line)
                continue
            block = None
        lead_in_text = _lead_in_paragraph(lines, index, agency) if text.endswith(":") else text
        if (
            text.endswith(":")
            and REC_LEAD_IN.search(lead_in_text)
            and not NOT_RECS_LEAD_IN.search(lead_in_text)
            and index + 1 < len(lines)
            and (lines[index + 1].list_item or _BULLET.match(lines[index + 1].text.strip()))
        ):
            block = Section(kind="single_agency", heading=agency.text.strip(), lines=[agency, line])
            lead_in = line
            blocks.append(block)
    return [b for b in blocks if len(b.lines) > 2]


#: The most lines of a lead-in paragraph read back from its last line (bounds the look-back).
_LEAD_IN_LINES = 4


def _lead_in_paragraph(lines: list[Line], index: int, agency: Line) -> str:
    """The words of the paragraph that ``lines[index]`` (ending on a colon) closes: the lead-in wrapped over
    lines ("The IMR author made the following recommendations, which the" / "panel endorses:" in a narrower
    print), read back through the lines of its text block, never past the agency's sub-heading."""
    last = lines[index]
    words = [last.text.strip()]
    for k in range(index - 1, max(-1, index - _LEAD_IN_LINES), -1):
        line = lines[k]
        if (
            line is agency
            or line.page != last.page
            or line.block < 0
            or line.block != last.block
            or re.search(r"[.:;!?]$", line.text.strip())
        ):
            break
        words.insert(0, line.text.strip())
    return " ".join(words)


def _below(line: Line, chapter: Line) -> bool:
    """Is ``line`` a heading of a lower level than the chapter's (by the source's level, else printed smaller)?"""
    if line.heading_level is not None and chapter.heading_level is not None:
        return line.heading_level > chapter.heading_level
    return line.size < chapter.size - _SMALLER
