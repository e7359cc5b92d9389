"""Recommendations an agency's own review made, printed in the report's "Individual Management Reviews"
chapter: under each agency's sub-heading, a lead-in ("The IMR author made the following recommendations, which
the panel endorses:") over a list of them (DHR-REPORTS.md: single-agency recommendations from the IMRs). Each
such list is a block of its own, read as single-agency recommendations under the agency's heading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extraction.document import INDENT_STEP, Line
from extraction.recommendation_marks import BULLET_GLYPHS
from extraction.sections import Section, is_heading_like

#: The chapter of the agencies' own reviews ("Individual Management Reviews", "5. IMRs", "Agency reports").
_IMR_CHAPTER = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:summary of (?:the )?)?individual management reviews?|(?:the\s+)?imrs"
    r"|agency (?:reports|reviews|imrs)"
    # the older plain style's analysis chapter taking each agency in turn ("4 Analysis of agency involvement",
    # "Agencies' involvement", "Analysis by agency"), where each agency's IMR recommendations are quoted
    r"|(?:(?:the\s+)?analysis\s+of\s+)?(?:the\s+)?(?:agency|agencies'?)\s+involvement|analysis\s+by\s+agency)\s*$",
    re.IGNORECASE,
)
#: A heading's chapter number printed in its text ("4.1 Eastby Police" from a DOCX numbered heading style).
_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?\s+")
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
    blocks: list[Section] = []
    quoted = False  # the open block's items are set-in paragraphs, not list items
    chapter: Line | None = None
    agency: Line | None = None
    block: Section | None = None
    lead_in: Line | None = None
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text or index in contents or id(line) in taken:
            continue
        # a heading style numbered by a list (Word's Heading 1 / 2 linked to the chapter numbers) is a list
        # paragraph too, but still a heading; other heading-like list items are the list's own
        if is_heading_like(line, body) and (not line.list_item or line.heading_level is not None):
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
            # the list: list paragraphs, bullets, and the lines of an item wrapped under its text (or, for
            # quotes set in as paragraphs, every paragraph set in from the lead-in, one line each in a DOCX)
            indented = line.x0 > lead_in.x0 + INDENT_STEP and (line.x1 > 0 or quoted)
            if line.list_item or _BULLET.match(text) or indented:
                block.lines.append(_quoted_item(line, block.lines[-1]) if quoted else line)
                continue
            block = None
        opening = _lead_in_lines(lines, index, agency)
        if opening and index + 1 < len(lines):
            after = lines[index + 1]
            quoted = _set_in_quote(after, opening[0])
            if after.list_item or _BULLET.match(after.text.strip()) or quoted:
                heading = _NUMBER.sub("", agency.text.strip()) or agency.text.strip()
                block = Section(kind="single_agency", heading=heading, lines=[agency, *opening])
                lead_in = opening[0]
                blocks.append(block)
    return [b for b in blocks if len(b.lines) > 2]


#: The most lines of a lead-in paragraph read back from its last line (bounds the look-back).
_LEAD_IN_LINES = 4


def _lead_in_lines(lines: list[Line], index: int, agency: Line) -> list[Line]:
    """The lines of a recommendations lead-in ending at ``index`` with a colon: the line alone, or with the lines
    before it when a PDF wrapped the sentence ("The IMR author made the following recommendations for Eastby
    Police, which the" / "panel supports:"), read back through the same paragraph (same page, text block and left
    edge; never past the agency's sub-heading or a line that ends a sentence); empty when it ends no lead-in."""
    from extraction.recommendation_wording import NOT_RECS_LEAD_IN, REC_LEAD_IN

    line = lines[index]
    text = line.text.strip()
    if not text.endswith(":"):
        return []
    opening, joined = [line], text
    for k in range(index - 1, max(-1, index - _LEAD_IN_LINES), -1):
        if REC_LEAD_IN.search(joined):
            break
        before = lines[k]
        if before is agency or before.page != line.page or before.x1 <= 0 or before.block != line.block:
            return []
        if abs(before.x0 - line.x0) > INDENT_STEP or re.search(r"[.:;!?]$", before.text.strip()):
            return []  # not the same paragraph's line
        opening.insert(0, before)
        joined = f"{before.text.strip()} {joined}"
    if REC_LEAD_IN.search(joined) and not NOT_RECS_LEAD_IN.search(joined):
        return opening
    return []


def _set_in_quote(line: Line, lead_in: Line) -> bool:
    """Is ``line`` a paragraph set in from the lead-in above it, the way a report quotes an IMR author's
    recommendation as an indented (often italic) paragraph rather than a list item?"""
    return not line.list_item and line.x0 > lead_in.x0 + INDENT_STEP


def _quoted_item(line: Line, before: Line) -> Line:
    """A set-in quote's line as the block gives it to the item reader: the first line of each quoted paragraph
    (a DOCX paragraph; a new PDF text block or page) as a list item of its own, since the lead-in says each
    paragraph under it is a recommendation, however it is worded ("That ... are refreshed", "Where procedures
    outline ..."); a copy, so the document's own lines keep what the source said."""
    starts = line.x1 <= 0 or before.x1 <= 0 or line.page != before.page or line.block != before.block
    return replace(line, list_item=True) if starts and not line.list_item else line


def _below(line: Line, chapter: Line) -> bool:
    """Is ``line`` a heading of a lower level than the chapter's (by the source's level, else printed smaller)?"""
    if line.heading_level is not None and chapter.heading_level is not None:
        return line.heading_level > chapter.heading_level
    return line.size < chapter.size - _SMALLER
