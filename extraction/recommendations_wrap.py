"""Where a PDF recommendation's text ends, read from how a word processor sets lines: it fills a line before it
wraps, and a wrapped line goes back under the item's number or its text, nowhere else. Split out of
:mod:`extraction.recommendations_layout` (kept under its size limit)."""

from __future__ import annotations

import re

from extraction.document import Line
from extraction.recommendation_items import RawItem
from extraction.recommendation_marks import match_marker

#: Words no recommendation or phrase ends with, or a word hyphenated at the line's end: its text goes on.
_OPEN_END = re.compile(
    r"\w-$|\b(?:a|an|the|of|to|for|by|with|and|or|but|in|on|at|from|that|which|who|whose|is|are|be|should|must|"
    r"will|shall|can|their|its|his|her|any|all|each|every|as|into|within|between|including|about|than)$",
    re.IGNORECASE,
)


def words_go_on(last: Line, line: Line) -> bool:
    """Do the words say the sentence goes on from ``last`` into ``line``, whatever the lines' lengths? A line
    that starts in lower case, or a last line ending on a word no phrase ends with ("... is noted by" / "June
    2020.") or a word hyphenated over the line end (printed so, or joined up by the reader): a hard line break
    or a ragged print, not a paragraph's end."""
    return (
        last.broke_word
        or line.text.lstrip()[:1].islower()
        or _OPEN_END.search(last.text.rstrip()) is not None
    )


def set_apart_below(current: RawItem, line: Line, page_lines: list[Line] | None) -> bool:
    """PDF: is ``line``, set apart below ``current`` (its own text block, a paragraph's space above it, not
    where the item's text starts), a paragraph of its own? It is where the item's last line stopped short of
    its column's right edge by more than ``line``'s first word (a word processor fills a line before it wraps,
    so that word would have ended the last line), or where it starts between the item's number printed apart
    and its text (a wrapped line goes back under one or the other). An unpunctuated one-line recommendation,
    then commentary or a call-out box under it, shows no second line of where its text hangs; a line set in
    where the item's text starts is left to the rules for a second paragraph of the item."""
    last = current.lines[-1]
    if not page_lines or last.x1 <= 0 or line.x1 <= 0 or line.page != last.page or line.block == last.block:
        return False
    if line.y0 - last.y1 < 0.3 * last.size or not line.text.split():
        return False
    # more space above it than between the item's own lines (at 1.5 spacing MuPDF makes each line a block)
    rows = [ln for ln in current.lines if ln.page == line.page and ln.x1 > 0]
    pitches = [b.y0 - a.y0 for a, b in zip(rows, rows[1:], strict=False) if b.y0 > a.y0 + 2.0]
    if pitches and line.y0 - last.y0 < min(pitches) + 0.25 * last.size:
        return False
    if any(abs(ln.x0 - line.x0) <= 3.0 for ln in current.lines if ln.page == line.page and ln.x1 > 0):
        # set in where the item's text starts: its second paragraph may go on (set_in_at_text); but where the
        # number starts the item's first line and every line wraps back under it, all lines start there, so
        # only the last line's length tells (a text ending mid-sentence, "... as follows:", goes on)
        if not (
            (at_number_edge(current, line) or under_own_label(current, line, page_lines))
            and re.search(r"[\w)\]'’\"”]$", current.text.rstrip())
        ):
            return False
        return first_word_fits(last, line, page_lines)
    first = current.lines[0]
    numbers = [
        ln.x0
        for ln in page_lines
        if ln.page == first.page
        and abs(ln.y0 - first.y0) <= 2.0
        and ln.x1 <= first.x0
        and match_marker(ln.text.strip()) is not None
    ]
    if numbers and min(numbers) + 3.0 < line.x0 < first.x0 - 3.0:
        return True
    return first_word_fits(last, line, page_lines)


def first_word_fits(last: Line, line: Line, page_lines: list[Line] | None) -> bool:
    """Did ``last`` stop short of its column's right edge by more than ``line``'s first word and a space? A
    word processor fills a line before it wraps, so that word would have ended it: ``line`` is no wrap of it.
    The column's right edge: the page's lines of the section over the same width, in print of its size (a
    table's other columns and a column beside do not overlap it)."""
    if not page_lines or not line.text.split() or last.x1 <= 0 or line.x1 <= 0:
        return False
    if words_go_on(last, line):
        return False
    column = [
        ln for ln in page_lines if ln.x0 < last.x1 and ln.x1 > last.x0 and abs(ln.size - last.size) <= 1.0
    ]
    if len(column) < 3:
        return False
    right = max(ln.x1 for ln in column)
    # the print's width a character from the last line: a paragraph's last line is set at natural spacing where
    # a justified line is stretched (a mid-paragraph last line, stretched, only makes the word look wider)
    per_char = (last.x1 - last.x0) / max(1, len(last.text))
    # (with a quarter to spare: capitals and wide letters, "NHS", run wider than the line's mean character)
    return right - last.x1 > 1.25 * per_char * (len(line.text.split()[0]) + 1)


def at_number_edge(item: RawItem, line: Line) -> bool:
    """Does ``line`` start at the left edge of ``item``'s lines on its page, where the item's first line starts
    with its number (a typed list whose text wraps back under the number)?"""
    lines = [ln for ln in item.lines if ln.x1 > 0 and ln.page == line.page]
    first = item.lines[0]
    if not lines or first.x1 <= 0 or match_marker(first.text.strip()) is None:
        return False
    edge = min(ln.x0 for ln in lines)
    return first.x0 <= edge + 3.0 and line.x0 <= edge + 3.0


def under_own_label(item: RawItem, line: Line, page_lines: list[Line] | None) -> bool:
    """Is ``item`` printed under its own label line ("Recommendation 2" in bold, the text on the lines below),
    every line of it and ``line`` starting at the label's left edge? As where a number starts the first line
    and the text wraps back under it, no indent tells a paragraph after the item from more of it: only the last
    line's length does."""
    first = item.lines[0]
    if item.style != "labelled" or not page_lines or first.x1 <= 0:
        return False
    lines = [ln for ln in item.lines if ln.x1 > 0 and ln.page == line.page]
    if not lines or any(abs(ln.x0 - first.x0) > 3.0 for ln in lines) or abs(line.x0 - first.x0) > 3.0:
        return False
    height = max(1.0, first.y1 - first.y0)
    return any(
        ln.page == first.page
        and abs(ln.x0 - first.x0) <= 3.0
        and first.y0 - 2.5 * height <= ln.y0 < first.y0 - 2.0
        and match_marker(ln.text.strip()) is not None
        for ln in page_lines
    )


def ends_at_number_edge(item: RawItem, line: Line, page_lines: list[Line] | None) -> bool:
    """In one text block: ``line`` back at the edge where ``item``'s number starts its first line, and its first
    word would have fitted on the item's last line (a word processor fills a line before it wraps): the item's
    paragraph ended there."""
    return at_number_edge(item, line) and first_word_fits(item.lines[-1], line, page_lines)


def ends_before_break(item: RawItem, line: Line, last_page_lines: list[Line] | None) -> bool:
    """Over a page break: does ``line`` start the next page at or left of ``item``'s left edge, after the item's
    last line on its page stopped short of the column's right edge by more than ``line``'s first word? A
    paragraph cut by the break fills its last line on the page (a word processor fills a line before it wraps),
    so a paragraph set at the item's own edge there (no hanging indent to tell the two apart) is one of its own:
    prose after an unpunctuated last recommendation at a page's foot."""
    last = item.lines[-1]
    printed = [ln for ln in item.lines if ln.x1 > 0]
    if line.x1 <= 0 or last.x1 <= 0 or line.page != last.page + 1 or not printed:
        return False
    return line.x0 <= min(ln.x0 for ln in printed) + 3.0 and first_word_fits(last, line, last_page_lines)


def goes_on_in_next_column(item: RawItem, line: Line, page_lines: list[Line] | None, cut_short: bool) -> bool:
    """Is ``line`` the top of the next column on the page, set at the indent that column's item text hangs at
    (its numbers printed left of it), after ``item``'s last line at the foot of the column before? A column break
    cuts a paragraph as a page break does (its last line filled, ``cut_short`` False): the item's text goes on
    there, even after a full stop ("... during sessions." | "This could significantly increase ...")."""
    last = item.lines[-1]
    if cut_short or not page_lines or line.x1 <= 0 or last.x1 <= 0 or line.page != last.page:
        return False
    own = [ln for ln in item.lines if ln.page == line.page and ln.x1 > 0]
    own_right = max(ln.x1 for ln in own)
    if line.y0 > last.y0 - 3 * last.size or line.x0 < own_right - 3.0:
        return False  # not back up the page in a column right of the item's
    column = [ln for ln in page_lines if ln.x1 > line.x0 and ln.x0 < line.x1 and ln is not line]
    if any(ln.y1 <= line.y0 + 1.0 for ln in column):
        return False  # not the column's first line
    numbers = [
        ln
        for ln in page_lines
        if ln.x1 <= line.x0
        and ln.x0 > max(ln.x1 for ln in own) - 3.0
        and match_marker(ln.text.strip()) is not None
    ]
    return bool(numbers) and all(line.x0 - ln.x0 > 9.0 for ln in numbers)
