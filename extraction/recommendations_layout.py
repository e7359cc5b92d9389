"""Where a recommendation's paragraph starts and ends on the page, and which lines are not its words.

Split out of :mod:`extraction.recommendations` (which walks a section's lines into items): the geometry of
printed lines (a paragraph cut by a page break or sharing a text block with the next, a number wrapped inside
a sentence, a short cell printed beside the text) and the lines that name a lead agency or who made the
recommendations rather than what they say.
"""

from __future__ import annotations

import re

from extraction.document import Line
from extraction.field_labels import LEAD_LABEL_WORDS
from extraction.recommendation_items import RawItem
from extraction.recommendation_marks import match_marker
from extraction.recommendation_wording import INTRO
from extraction.recommendations_wrap import (
    ends_at_number_edge,
    ends_before_break,
    goes_on_in_next_column,
    set_apart_below,
    words_go_on,
)

#: A line that only names the lead ("Lead agency: Kent Police", "Agency: KMPT", "Responsible agency - NHS England",
#: "Recommendation for: Kent Police", "Responsible officer: Head of Service, Adult Social Care"): the shared lead
#: labels, and the addressee's phrasing a line of its own may also take ("Recommendation for", "Addressed to").
LEAD_LINE = re.compile(
    rf"^(?:{LEAD_LABEL_WORDS}|recommendations?\s+for|addressed\s+to)\s*[:\-–]\s*(?P<lead>[A-Z][^.;:]{{1,90}})$",
    re.IGNORECASE,
)


#: "Recommendations of the review panel", "... made by the DHR panel": the heading names who made them, not
#: whom they are for ("Recommendations for Northshire Police").
AUTHOR_CLAUSE = re.compile(
    r"\b(?:of|from|made by|by|agreed by)\s+(?:the\s+)?(?:(?:domestic homicide |dhr |overview |independent )?"
    r"(?:review|panel|review panel|chair|author|overview author|reviewer)s?)\b.*$",
    re.IGNORECASE,
)


def addressee_part(heading: str) -> str:
    return AUTHOR_CLAUSE.sub("", heading)


_BARE_LIST_NUMBER = re.compile(r"^\s*\d{1,3}[.)]?\s*$")


def wrapped_number(lines: list[Line], index: int, marker: tuple[str, str, str | None, int]) -> bool:
    """A bare number at the start of a line wrapped inside a paragraph ("... between" / "2 November and ..."):
    a day, a count or an hour, not a list number. Only an undotted whole number is taken so: "4.2" or "3."
    starting a line is a marker even where the text layer ran two paragraphs into one block."""
    style, number, _tag, end = marker
    line = lines[index]
    if style != "numeric" or not number.isdigit() or line.text.strip()[:end].strip() != number:
        return False
    if index == 0 or line.block < 0:
        return False
    previous = lines[index - 1]
    if previous.page == line.page and previous.block == line.block:
        return abs(previous.x0 - line.x0) < 3.0 and not re.search(r"[.:;!?]$", previous.text.rstrip())
    # a table cell's lines can each be a block of their own, a cell beside cutting in between: the line one
    # pitch above at the same edge is the same paragraph's
    for above in reversed(lines[max(0, index - 3) : index]):
        if (
            above.page == line.page
            and above.x1 > 0
            and abs(above.x0 - line.x0) < 3.0
            and 0 < line.y0 - above.y0 < 1.8 * (above.y1 - above.y0)
        ):
            # a number over a number is a list's number column (items of one line each, set close in large
            # print), not a paragraph that a count wrapped out of
            return not re.search(r"[.:;!?]$", above.text.rstrip()) and not _BARE_LIST_NUMBER.match(above.text)
    return False


def bare_number_in_dotted_list(
    lines: list[Line], index: int, marker: tuple[str, str, str | None, int], current: str | None
) -> bool:
    """A bare whole number opening a line under an item numbered "6.1" ("... between" / "2 November and ..."),
    the line above not ending a sentence: the list prints its numbers dotted, so this one is a wrapped day, count
    or hour going on with the item. Where the layout says nothing (no blocks, no positions) the list's own
    numbering is the only sign left; where it does, the line must sit at the item's continuation edge."""
    style, number, _tag, end = marker
    line = lines[index]
    if style != "numeric" or not number.isdigit() or line.text.strip()[:end].strip() != number:
        return False
    if index == 0 or current is None or not re.fullmatch(r"\d{1,2}\.\d{1,2}", current):
        return False
    previous = lines[index - 1]
    if re.search(r"[.:;!?]$", previous.text.rstrip()) or previous.page != line.page:
        return False
    if line.block >= 0 and previous.x1 > 0 and line.x0 < previous.x0 - 3.0:
        # out at the list's number edge, left of the text above (a hanging indent's continuation is at or
        # right of the item's first line)
        return False
    return True


#: A line ending where no heading ends: a comma or a word that needs what follows.
RUNS_ON = re.compile(r"(?:,|\b(?:with|and|of|the|to|in|for|by|on|at|or|a|an|from|that))$", re.IGNORECASE)


def wraps_on(lines: list[Line], index: int) -> bool:
    """Does the sentence on ``lines[index]`` run on to the next line of its paragraph (which starts in lower
    case)? Then it is not a heading, however its print compares with a section of small table print."""
    line = lines[index]
    if line.heading_level is not None or line.block < 0 or index + 1 >= len(lines):
        return False
    nxt = lines[index + 1]
    return nxt.page == line.page and nxt.block == line.block and nxt.text.strip()[:1].islower()


def hangs_under(lines: list[Line], index: int) -> bool:
    """Does the next line set in under ``lines[index]`` (one pitch below, further right than its start) carry
    on its text at a hanging indent ("Recommendation 7 ..... The provision of" / "Police and the ...")? Then
    what follows a label on the line is no title over the text but its first words."""
    if index + 1 >= len(lines):
        return False
    line, below = lines[index], lines[index + 1]
    if line.x1 <= 0 or below.page != line.page or not 0 < below.y0 - line.y0 < 2.0 * (line.y1 - line.y0):
        return False
    return below.x0 > line.x0 + 12.0 or _filled_over(lines, index)


def _filled_over(lines: list[Line], index: int) -> bool:
    """Is ``lines[index]`` filled to its column's edge, the next line in its print at its left edge (the word that
    starts it would not have fitted)? Then the sentence wraps on ("Recommendation 2: The provision of assurances
    from Northshire Police and the National" / "Probation Service that ..."): in the DOCX one paragraph, no title
    over the text. A title is short of the edge."""
    line, below = lines[index], lines[index + 1]
    words = below.text.split()
    if (
        not words
        or abs(below.x0 - line.x0) >= 3.0
        or abs(below.size - line.size) >= 0.3
        or below.bold != line.bold
    ):
        return False
    near = lines[max(0, index - 30) : index + 30]
    right = max(ln.x1 for ln in near if ln.page == line.page and abs(ln.x0 - line.x0) < 3.0)
    return line.x1 + 0.45 * line.size * (len(words[0]) + 1) >= right - 2.0


def ended_short(item: RawItem) -> bool:
    """Did ``item``'s last line stop well short of the right edge its other lines reach? A paragraph cut by a
    page break fills its last line on the page; one that ended there (a sentence end, then white space) does
    not, so what starts the next page is a paragraph of its own even at the same indent (a closing note after
    a recommendation printed under its own label)."""
    lines = [ln for ln in item.lines if ln.x1 > 0]
    if len(lines) < 2:
        return False
    last = lines[-1]
    # the lines of the last one's column (a paragraph can run from one column or page into another)
    lines = [ln for ln in lines if ln.page == last.page and ln.x0 < last.x1 and ln.x1 > last.x0]
    if len(lines) < 2:
        return False
    right = max(ln.x1 for ln in lines[:-1])
    width = right - min(ln.x0 for ln in lines)
    return width > 150.0 and right - last.x1 > max(40.0, 0.2 * width)


def left_of_hanging_text(item: RawItem, line: Line) -> bool:
    """Does ``line`` start left of where every line of ``item``'s text starts (a numbered item whose text
    hangs at an indent, its number printed apart), after a last line that stopped short?"""
    return left_of_text(item, line) and ended_short(item)


def left_of_text(item: RawItem, line: Line) -> bool:
    """Does ``line`` start left of where every line of ``item``'s text starts (its number printed apart)?"""
    printed = [ln for ln in item.lines if ln.x1 > 0]
    text_lines = [ln for ln in printed if not re.fullmatch(r"\S{1,8}", ln.text.strip())]
    # one line of text is enough where the number is printed apart, left of it: the text hangs there
    apart = any(ln.x1 < text_lines[0].x0 for ln in printed if ln not in text_lines) if text_lines else False
    if len(text_lines) < 2 and not apart:
        return False
    first, rest = text_lines[0], text_lines[1:]
    if rest and match_marker(first.text.strip()) is not None and min(ln.x0 for ln in rest) - first.x0 > 12.0:
        # the number (or label) starts the first line at the left and the text hangs further in under it
        # ("Recommendation 7 ..... The provision of" / "the National Probation Service"): a line back at the
        # label's edge is left of the text
        return min(ln.x0 for ln in rest) - line.x0 > 12.0 and line.x0 <= first.x0 + 3.0
    return min(ln.x0 for ln in text_lines) - line.x0 > 12.0


def _docx_paragraph_after(current: RawItem, line: Line) -> bool:
    """DOCX: after an item with a typed number (not a Word list) and no full stop, is ``line`` a paragraph of
    the report's own? One set less far in than the item's text, or a whole sentence of some length when the
    item's last word needs nothing after it; a sentence cut by a stray paragraph mark reads on in lower case
    or after a word like "the"."""
    first = current.lines[0]
    if line.x1 > 0 or first.x1 > 0 or first.list_item or line.list_item:
        return False
    if match_marker(first.text.strip()) is None:
        return False
    text = line.text.strip()
    if first.x0 - line.x0 > 3.0:
        return True
    return (
        len(text.split()) >= 8
        and re.search(r"[.!?]$", text) is not None
        and not RUNS_ON.search(current.text.rstrip())
    )


def at_items_left_edge(item: RawItem, line: Line) -> bool:
    """Does ``line`` start at the left edge of ``item``'s lines, where its number is printed (its first line
    begins with the number) or its text wraps back under the number (a list with no hanging indent), after a
    last line that stopped short? Then it starts a paragraph of its own. Where the text hangs at an indent,
    a paragraph set in at that indent may be the item's second one: not taken here."""
    lines = [ln for ln in item.lines if ln.x1 > 0 and ln.page == line.page]
    if not lines or not item.lines[0].x1 > 0:
        return False
    first = item.lines[0]
    edge = min(ln.x0 for ln in lines)
    number_at_edge = match_marker(first.text.strip()) is not None and first.x0 <= edge + 3.0
    wraps_back = any(ln.x0 < first.x0 - 9.0 for ln in lines)
    return (
        (number_at_edge or wraps_back)
        and line.x0 <= edge + 3.0
        and ended_short(item)
        and not words_go_on(item.lines[-1], line)
    )


#: "Panel note:", "Rationale -": a labelled paragraph of its own, wherever it is set.
_LABELLED = re.compile(r"^[A-Z][\w']*(?: [\w']+){0,2}\s?[:\-–]\s")


def set_in_at_text(current: RawItem, line: Line, margin: float | None) -> bool:
    """Is ``line`` a second paragraph of a numbered item, set in at the item's text (a list paragraph with
    no number of its own): DOCX, a non-list paragraph indented as the Word-list item above it, further in than
    the section's prose; PDF, a line starting where the item's text hangs, right of its number printed apart,
    on the item's page or the next, further in than the page's margin?"""
    first = current.lines[0]
    if line.list_item or _LABELLED.match(line.text.strip()) or margin is None:
        return False
    if line.x1 <= 0:
        return (
            first.x1 <= 0
            and first.list_item
            and current.style in ("numeric", "labelled", "letter", "list")
            and abs(line.x0 - first.x0) <= 3.0
            and line.x0 > margin + 9.0
        )
    if current.style not in ("numeric", "labelled", "letter") or line.page - current.lines[-1].page not in (
        0,
        1,
    ):
        return False
    # the item's text lines: all but a first line that starts with its number (a number printed apart, on a
    # line of its own, is not among the item's lines)
    text_lines = [ln for ln in current.lines if ln.x1 > 0]
    if text_lines and match_marker(text_lines[0].text.strip()) is not None:
        text_lines = text_lines[1:]
    if not text_lines or max(ln.x0 for ln in text_lines) - min(ln.x0 for ln in text_lines) > 3.0:
        return False
    return (
        abs(line.x0 - text_lines[0].x0) <= 3.0
        and line.x0 > margin + 9.0
        and match_marker(line.text.strip()) is None
    )


def prose_margin(lines: list[Line]) -> float | None:
    """Where the section's own paragraphs start: the least indent of its lines that are not a number printed
    apart (a list number hung out in the margin is left of it). PDF lines only; None where there are none."""
    return min(
        (
            ln.x0
            for ln in lines
            if ln.x1 > 0 and ln.text.strip() and not re.fullmatch(r"\S{1,8}", ln.text.strip())
        ),
        default=None,
    )


def new_paragraph(
    current: RawItem,
    line: Line,
    text: str,
    page_left: float | None = None,
    prose_left: float | None = None,
    page_lines: list[Line] | None = None,
    last_page_lines: list[Line] | None = None,
) -> bool:
    """Does ``line`` start a paragraph of its own after ``current`` has ended? ``page_left``: the leftmost
    start of the section's lines on ``line``'s page (its margin); ``prose_left``: where the section's
    paragraphs start (for a DOCX, the least indent of its paragraphs outside lists); ``page_lines``: the
    section's printed lines on ``line``'s page (where a column's lines end); ``last_page_lines``: those on the
    page of ``current``'s last line (over a page break, where that line could have gone on)."""
    if not current.lines:
        return False
    last = current.lines[-1]
    if line.block < 0:
        return False
    if (
        line.italic
        and line.x1 > 0
        and last.x1 > 0
        and (line.block != last.block or line.page != last.page)
        and text[:1].isupper()
        and not any(ln.italic for ln in current.lines)  # the last line among them
    ):
        return True  # italic prose after an upright item (panel commentary, a note) is no more of it
    # over a page break, at the item's own left edge after a last line its first word would have ended
    short_before_break = ends_before_break(current, line, last_page_lines)
    if line.block != last.block and set_in_at_text(current, line, prose_left):
        return False  # a list item's second paragraph, set in at its text
    if (line.block != last.block or line.page != last.page) and re.search(r"[.!?]$", current.text.rstrip()):
        about = INTRO.search(text)
        if about is not None and about.start() == 0:
            # "These recommendations were agreed by the panel ..." after a finished recommendation: a note about
            # the list, not more of the item's words, wherever it is printed (over a page break at the same
            # indent, after a last line that only looks full)
            return True
    if not re.search(r"[.!?]$", current.text.rstrip()) and not (
        # in one text block (paragraphs printed with no space between them), a line back at the left edge of
        # an item whose number starts its first line, after a last line that stopped short: the paragraph ended
        # there, as a word processor fills a line before it wraps
        (
            line.block == last.block
            and line.page == last.page
            and line.y0 > last.y0 + 2.0
            and (
                at_items_left_edge(current, line)
                or ends_at_number_edge(current, line, page_lines)
                # left of the text hanging right of a number printed apart, after a last line that stopped
                # short: no line of the item's paragraph starts there
                or (left_of_hanging_text(current, line) and not words_go_on(last, line))
            )
        )
        or (line.block != last.block or line.page != last.page)
        and (
            # a recommendation with no full stop ("... which includes the impact on other family members"),
            # then a paragraph of the page's prose: out of the Word list (DOCX), or back at the margin left of
            # the item's hanging text after its last line stopped short (PDF), or at the item's own left edge
            # where its lines wrap back under the number (no hanging indent); over a page break, left of the
            # text the item hangs at (its text goes on at that indent on the next page)
            (line.x1 <= 0 and last.list_item and not line.list_item)
            # a paragraph after a table (a DOCX's Action | Lead | By when table under the recommendation, then a
            # closing note): the recommendation's paragraph ended at the table, unless its words run on
            or (line.after_table and not current.text.rstrip().endswith(":") and not words_go_on(last, line))
            or (
                line.x1 > 0
                and last.x1 > 0
                and line.page == last.page + 1
                and (
                    left_of_text(current, line)
                    # or its last line stopped short on the page (a paragraph cut by the break fills it) and
                    # the next page's line starts at or left of the item's left edge
                    or (
                        ended_short(current)
                        and line.x0 <= min(ln.x0 for ln in current.lines if ln.x1 > 0) + 3.0
                    )
                    or short_before_break
                )
            )
            or _docx_paragraph_after(current, line)
            or (
                line.x1 > 0
                and line.page == last.page
                and (
                    left_of_hanging_text(current, line)
                    or at_items_left_edge(current, line)
                    # below an item whose text hangs at an indent: no line of its paragraph starts left of
                    # that on the page, however full its last line
                    or (line.y0 > last.y0 + 2.0 and left_of_text(current, line))
                    or set_apart_below(current, line, page_lines)
                )
            )
        )
    ):
        return False
    if line.page != last.page:
        # over a page break a recommendation's text goes on at its own indent; a paragraph of prose after the
        # last one starts at the margin, left of a numbered item's hanging indent
        # (after a full stop a few points are enough: a box's inset, the text inside it, while prose outside
        # starts at the margin; without one, the margin must be well left of where the text went)
        left = 5.0 if re.search(r"[.!?]$", current.text.rstrip()) else 15.0
        if (
            not (last.x1 > 0 and last.x0 - line.x0 > left)
            and not ended_short(current)
            and not short_before_break
        ):
            return False
        above = [ln for ln in current.lines if ln.page == last.page and ln.x1 > 0]
        # under the item's own column and set in left of all its lines (not a column's text going on)
        set_left = any(ln.x0 < line.x1 and ln.x1 > line.x0 for ln in above) and all(
            ln.x0 - line.x0 > 12.0 for ln in above
        )
        if page_left is not None and line.x0 - page_left > 15.0 and not set_left:
            # indented on its own page: the text of a two-column page's right column goes on in the next
            # page's left column, left of where it stopped but still at the list's indent (a line under the
            # item's own column, set in left of its text, is a paragraph of its own: commentary after it)
            return False
    elif line.block == last.block and not (
        line.y0 > last.y0 + 2.0
        and (
            left_of_hanging_text(current, line)
            or ended_short(current)
            or ends_at_number_edge(current, line, page_lines)
            # after a full stop, a line back at the margin left of the hanging text: no line of the item's
            # paragraph starts there, however full its last line (a narrow column)
            or (re.search(r"[.!?]$", current.text.rstrip()) is not None and left_of_text(current, line))
        )
    ):
        # (paragraphs printed with no space between them can share a text block: one starting on the row after
        # a last line that stopped short, or left of a numbered item's hanging text, is a paragraph of its own)
        return False
    if line.block != last.block and goes_on_in_next_column(current, line, page_lines, ended_short(current)):
        return False  # the item's text goes on at the top of the next column, at that column's text indent
    from extraction.action_plan import PROSE_LABEL_START

    # ("Agency: Kent Police" under the text is its lead line, split off when the item closes)
    return (
        text[:1].isupper()
        and not line.list_item
        and not PROSE_LABEL_START.match(text)
        and not LEAD_LINE.match(text)
    )


def block_lines(lines: list[Line], index: int) -> list[Line]:
    """The lines of ``lines[index]``'s text block on its page (itself alone where blocks are unknown)."""
    line = lines[index]
    if line.block < 0:
        return [line]
    start = index
    while start > 0 and lines[start - 1].page == line.page and lines[start - 1].block == line.block:
        start -= 1
    end = index + 1
    while end < len(lines) and lines[end].page == line.page and lines[end].block == line.block:
        end += 1
    return lines[start:end]


def in_paragraph_run(lines: list[Line], index: int) -> bool:
    """PDF: is ``lines[index]`` one of three or more lines of its text block set at one left edge in one print
    (weight and size), twenty words or more together? That is a paragraph wrapped over lines, however bold or
    large its print (a recommendation set in a heading style to list it in the contents), not a heading: a
    heading is a line or two."""
    line = lines[index]
    if line.x1 <= 0 or line.block < 0:
        return False

    def same(other: Line) -> bool:
        return (
            other.page == line.page
            and other.block == line.block
            and abs(other.x0 - line.x0) <= 3.0
            and other.bold == line.bold
            and abs(other.size - line.size) < 0.5
        )

    # the run of lines next to each other (bold agency lines further down the block are no part of it)
    start, end = index, index + 1
    while start > 0 and same(lines[start - 1]):
        start -= 1
    while end < len(lines) and same(lines[end]):
        end += 1
    run = lines[start:end]
    return len(run) >= 3 and sum(len(ln.text.split()) for ln in run) >= 20


def beside(item: RawItem, line: Line, block: list[Line] | None = None) -> bool:
    """Is ``line`` a short cell printed beside ``item``'s text on the same rows (the lead-agency column of a
    recommendations table read after the recommendation's cell), not more of its words? ``block``: the lines
    of ``line``'s paragraph (text block); a paragraph of several lines printed wholly beside the item's rows
    (a "Rationale" or "Comments" cell) is beside it too, whatever its length."""
    text = line.text.strip()
    if line.x1 <= 0:
        return False
    rows = [ln for ln in item.lines if ln.page == line.page and ln.x1 > 0]
    if (
        block
        and len(block) > 1
        and rows
        and match_marker(block[0].text.strip()) is None
        # (a sentence cut at a column's foot that goes on in lower case at the head of the next column beside
        # it is the item's own words: newspaper-style columns, not a cell beside it)
        and not (block[0].text.strip()[:1].islower() and not re.search(r"[.!?:;]$", rows[-1].text.rstrip()))
    ):
        right = max(ln.x1 for ln in rows)
        if all(
            ln.x0 > right + 8.0 and rows[0].y0 - 2.0 <= ln.y0 and ln.y1 <= rows[-1].y1 + 2.0 for ln in block
        ):
            return True
    if text[:1].islower() and rows and re.search(r"[.!?]$", item.text.rstrip()):
        # a finished sentence is not followed by a lower-case one: the wrapped end of a cell beside the item's
        # rows (a "Rationale" cell's last line, each line a block of its own in justified print)
        return line.x0 > max(ln.x1 for ln in rows) + 8.0 and rows[0].y0 - 2.0 <= line.y0 <= rows[-1].y1 + 2.0
    if len(text.split()) > 6 or text[:1].islower():
        return False
    marker = match_marker(text)
    if marker is not None and marker[0] != "bullet":
        return False  # a numbered paragraph beside it is one of its own (the English beside the Welsh)
    rows = [ln for ln in item.lines if ln.page == line.page and ln.x1 > 0]
    if not rows:
        return False
    # (a justified cell's lines reach its right edge: the next cell's text starts two cell margins on, some
    # 7 pt in a LibreOffice table, less than a wider gap a ragged column leaves)
    return line.x0 > max(ln.x1 for ln in rows) + 5.0 and rows[0].y0 - 2.0 <= line.y0 <= rows[-1].y1 + 2.0


def repeats(lines: list[Line]) -> set[int]:
    """Indexes of the lines of paragraphs that only repeat a numbered item's words: a pull-quote set in a box
    beside the list (larger print, read as a column of its own, so between the lines of an item the page
    breaks), or an unnumbered copy of an item's text. A paragraph (a text block; a DOCX line) of a dozen words
    or more, not numbered itself, whose words all run on in order inside a numbered paragraph."""
    units: list[list[int]] = []
    for index, line in enumerate(lines):
        previous = lines[index - 1] if index and units else None
        if (
            previous is not None
            and line.block >= 0
            and previous.page == line.page
            and previous.block == line.block
            and previous.x1 > 0
        ):
            units[-1].append(index)
        else:
            units.append([index])
    if len(units) < 2:
        return set()

    def words(unit: list[int]) -> str:
        return " " + " ".join(re.findall(r"[a-z0-9]+", " ".join(lines[i].text for i in unit).lower())) + " "

    numbered = [
        unit for unit in units if lines[unit[0]].list_item or match_marker(lines[unit[0]].text.strip())
    ]
    if not numbered:
        return set()
    numbered_words = [words(unit) for unit in numbered]
    out: set[int] = set()
    for unit in units:
        first = lines[unit[0]]
        if first.list_item or match_marker(first.text.strip()) is not None:
            continue
        text = words(unit)
        if len(text.split()) >= 12 and any(text in other for other in numbered_words):
            out.update(unit)
    return out
