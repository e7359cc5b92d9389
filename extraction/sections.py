"""Find the parts of a report that hold recommendations and the action plan.

The recommendations section, its numbering and its headings decide what is a recommendation, not modal verbs:
analysis prose that reads like a recommendation ("There should always be a process...") is outside these
sections and so never extracted. Headings are recognised by style when the source gives it (bold, larger
font, DOCX/HTML heading levels) and by wording when it does not (plain-text exports).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from dhr.schema.extraction import SectionKind
from extraction.document import Document, Line
from extraction.group_headings import group_heading_kind

_NUM_PREFIX = (
    r"(?:(?:section|part|chapter)\s+\w+\s*[-–:.]?\s*|\d+(?:\.\d+)*\.?\s+|[A-Z][.)]\s+|[ivx]+[.)]\s+)?"
)

#: A heading that opens a recommendations block ("9. Recommendations", "Single Agency Recommendations").
REC_HEADING = re.compile(
    # "Appendix 2: Single agency recommendations": an appendix that holds recommendations opens a block too
    rf"^{_NUM_PREFIX}(?:(?:appendix|annex)\s+\w+\s*[-–:.]?\s*)?"
    r"(?:(?:summary of|the|overview(?: report)?|dhr|review(?: panel)?|panel|multi[- ]agency|"
    r"single[- ]agency|individual (?:agency|management review)s?|imr|agency|agencies'?|key|final|national|"
    r"local|specific|partnership|(?:conclusions?|findings|learning|key learning) and|lessons learn(?:ed|t) and)\s+)*"
    # "Recommendations and actions" / "and learning" heads the block as well (the actions follow each one)
    # ("... and how they will be monitored", "... and their implementation": the block too)
    r"recommendations?(?:\s+and\s+(?:actions?|learning|lessons(?: learn(?:ed|t))?"
    r"|(?:how|their)\s+.{3,50}|(?:monitoring|implementation|progress)\b.{0,40}))?"
    r"(?:\s+(?:of|from|for|made by|by)\s+.{0,60})?\s*:?$",
    re.IGNORECASE,
)
ACTION_PLAN_HEADING = re.compile(
    rf"^{_NUM_PREFIX}(?:appendix\s+\w+\s*[-–:.]?\s*)?(?:(?:dhr|draft|multi[- ]agency|single[- ]agency|"
    r"overview|the|recommendations?(?: and)?)\s+)*action\s+plans?\b.{0,60}$"
    # a title naming the plan: "Wealdshire DHR 'Daniel': Action Plan", "Action plan for DHR Adult A"
    r"|^[^.]{0,80}\baction\s+plans?\b[^.]{0,60}$"
    # an update's tables of the plan by state: "Completed actions", "Outstanding actions", "Actions still open"
    rf"|^{_NUM_PREFIX}(?:completed|outstanding|open|closed|ongoing|current)\s+actions\s*$"
    rf"|^{_NUM_PREFIX}actions\s+(?:completed|outstanding|(?:still\s+)?open|closed|ongoing)\s*$",
    re.IGNORECASE,
)
#: Headings that close a recommendations block.
END_HEADING = re.compile(
    rf"^{_NUM_PREFIX}(?:glossary|appendix|appendices|annex|references|bibliography|terms of reference|"
    r"conclusions?$|concluding|equality|dissemination|introduction|chronology|background|methodology|"
    r"the facts|analysis|panel membership|review panel members|contents|table of contents|"
    r"lessons (?:to be )?learn|learning|good practice|family|involvement|preventab|summary|"
    r"statement|acknowledg|next steps|abbreviations|acronyms|sources|signature)",
    re.IGNORECASE,
)
SINGLE_AGENCY_WORDS = re.compile(
    r"single[- ]agency|individual (?:agency|management review)|\bimr\b|agency[- ]specific|agencies' own",
    re.IGNORECASE,
)
OVERVIEW_WORDS = re.compile(
    r"overview|multi[- ]agency|panel|partnership|\bdhr\b|review recommendations", re.I
)
_TOC_LINE = re.compile(r"(?:\.{3,}|…{2,}|\s{2,}|\t)\s*\d{1,3}\s*$|^\D{3,80}\s\d{1,3}$")
#: A contents entry with leader dots or a tab before its page number: one on its own is enough.
_TOC_LEADERS = re.compile(r"(?:\.{3,}|…{2,}|\s{2,}|\t)\s*\d{1,3}\s*$")
#: A numbered contents entry whose tab became a space: "6.2 Recommendations 14".
_TOC_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\D{3,80}\s\d{1,3}$")
_SENTENCE_END = re.compile(r"[.;,]$")
#: A chapter that joins its conclusions (findings, lessons) and its recommendations under one heading.
_COMBINED = re.compile(r"\b(?:conclusions?|findings|learning|lessons)\b.*\brecommendation", re.IGNORECASE)
#: A plain "Recommendations" heading: inside a combined chapter it is where the recommendations start.
_PLAIN_REC_HEADING = re.compile(
    rf"^{_NUM_PREFIX}(?:the\s+|panel\s+|review\s+|overview\s+|dhr\s+)?recommendations?\s*:?$", re.IGNORECASE
)
#: The parts a combined chapter may hold before its "Recommendations" sub-heading.
_SUB_PART = re.compile(
    rf"^{_NUM_PREFIX}(?:conclusions?|(?:key\s+)?lessons?(?:\s+(?:to be\s+)?learn\w*)?|(?:key\s+)?learning|"
    r"(?:key\s+)?findings|good practice)\b",
    re.IGNORECASE,
)
#: "Learning 1", "Lesson 2:", "Learning point 3": a numbered label over one lesson inside a block of learning
#: and recommendations, not a chapter heading that ends the block.
LEARNING_LABEL = re.compile(
    r"^(?:key\s+)?(?:learning|lesson)(?:\s+point)?s?\s*(?:number\s*|no\.?\s*)?\d{1,3}[a-z]?\s*[:.\-–]?\s*$",
    re.IGNORECASE,
)


#: Welsh headings of reports from Welsh partnerships (often printed beside the English: "Argymhellion /
#: Recommendations"), read as their English words.
_WELSH = [
    (re.compile(r"\bargymhellion\b|\bargymhelliad\b", re.I), "recommendations"),
    (re.compile(r"\bcynllun gweithredu\b", re.I), "action plan"),
    (re.compile(r"\bgeirfa\b", re.I), "glossary"),
    (re.compile(r"\batodiad(?:au)?\b", re.I), "appendix"),
    (re.compile(r"\bcasgliad(?:au)?\b", re.I), "conclusions"),
    (re.compile(r"\bcyflwyniad\b", re.I), "introduction"),
    (re.compile(r"\bcylch gorchwyl\b", re.I), "terms of reference"),
    (re.compile(r"\bgwersi a ddysgwyd\b", re.I), "lessons learned"),
    (re.compile(r"\bcrynodeb gweithredol\b", re.I), "executive summary"),
]
_BILINGUAL_SPLIT = re.compile(r"\s+[/|]\s+")
_LEADING_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[A-Z][.)]|[ivx]+[.)])\s+")


def heading_forms(text: str) -> list[str]:
    """The forms of a heading to test against the heading patterns: itself, each side of a bilingual heading
    ("Argymhellion / Recommendations", "3. Recommendations | Argymhellion": the chapter number kept on each
    side), and Welsh words read as English."""
    forms = [text]
    parts = _BILINGUAL_SPLIT.split(text)
    if len(parts) == 2 and all(0 < len(p.split()) <= 8 for p in parts):
        number = _LEADING_NUMBER.match(parts[0])
        prefix = number.group(0) if number else ""
        forms += [parts[0], prefix + parts[1]]
    for form in list(forms):
        english = form
        for pattern, word in _WELSH:
            english = pattern.sub(word, english)
        if english != form:
            forms.append(english)
    return forms


def _matches(pattern: re.Pattern[str], forms: list[str]) -> bool:
    return any(pattern.match(form) for form in forms)


_EXECUTIVE_SUMMARY = re.compile(r"^(?:\d+\.?\s+)?executive summary\b", re.I)


@dataclass(slots=True)
class Section:
    """A run of lines under a recommendations or action-plan heading."""

    kind: SectionKind
    heading: str
    lines: list[Line] = field(default_factory=list)
    is_action_plan: bool = False
    #: a combined "Conclusions and recommendations" chapter whose own "Recommendations" sub-heading came
    #: later: what it holds before that is the chapter's conclusions, not recommendations
    superseded: bool = False
    #: where the document's printed paragraphs start (the commonest left edge of its long lines; PDF only):
    #: a paragraph set in from it under a numbered item is the item's own, one at it the report's
    margin: float | None = None

    @property
    def pages(self) -> list[int]:
        return sorted({line.page for line in self.lines})


def body_font_size(document: Document) -> float:
    """The size most body text is printed in, weighted by characters.

    Only longer lines count: action-plan tables print many short cell lines in a smaller font, and in a
    report with a long action plan they would otherwise outvote the prose.
    """
    weight: Counter[float] = Counter()
    for line in document.lines():
        text = line.text.strip()
        if len(text) >= 40:
            weight[round(line.size * 2) / 2] += len(text)
    if not weight:
        for line in document.lines():
            weight[round(line.size * 2) / 2] += len(line.text)
    return weight.most_common(1)[0][0] if weight else 11.0


def section_body_size(lines: list[Line], default: float) -> float:
    """The size a section's own prose is printed in (its longer lines, weighted by characters), else
    ``default``: a report whose long action plan is printed small has a small document-wide body size, and
    against it every line of the recommendations would look large enough to be a heading."""
    weight: Counter[float] = Counter()
    for line in lines:
        text = line.text.strip()
        if len(text) >= 40:
            weight[round(line.size * 2) / 2] += len(text)
    if sum(weight.values()) < 200:
        return default
    return weight.most_common(1)[0][0]


#: "Recommendation number 2", "Appendix 3", "Theme 1": a heading ending in its own number, not a contents entry
#: ending in a page number.
_NUMBERED_TITLE = re.compile(
    r"\b(?:recommendations?|rec|number|no|appendix|annex|part|section|chapter|theme|phase|stage|priority|"
    r"action|issue|finding|lesson|learning point|point|table|figure)\.?\s*\d{1,3}$",
    re.IGNORECASE,
)


def is_toc_line(text: str) -> bool:
    text = text.strip()
    return bool(_TOC_LINE.search(text)) and not _NUMBERED_TITLE.search(text)


def is_heading_like(line: Line, body_size: float) -> bool:
    """Styled or shaped like a heading: short, no sentence end, and bold/larger/a declared heading."""
    text = line.text.strip()
    if not text or len(text) > 120:
        return False
    if line.heading_level is not None:
        return True
    if _SENTENCE_END.search(text):
        return False
    if line.size >= body_size + 2.0:
        return len(text.split()) <= 25  # a title: long, but printed large
    styled = line.bold or line.size >= body_size + 1.0
    return styled and len(text.split()) <= 14


def _looks_like_heading_text(text: str) -> bool:
    """For unstyled sources: a short line, capitalised, no sentence end."""
    text = text.strip()
    return (
        bool(text)
        and len(text.split()) <= 10
        and not _SENTENCE_END.search(text)
        and text[0].isupper()
        or (bool(text) and text[0].isdigit() and len(text.split()) <= 8 and not _SENTENCE_END.search(text))
    )


def _in_a_row(lines: list[Line], index: int) -> bool:
    """Is the PDF line at ``index`` a table cell: another line printed beside it on its baseline?"""
    line = lines[index]
    if line.x1 <= 0:
        return False
    return any(
        other is not line
        and other.page == line.page
        and abs(other.y0 - line.y0) <= 2.0
        and (other.x0 > line.x1 + 5 or other.x1 < line.x0 - 5)
        for other in lines[max(0, index - 8) : index + 9]
    )


def _wraps_on_below(lines: list[Line], index: int) -> bool:
    """Does the PDF line at ``index`` wrap on to the next: a paragraph's first line in body print ("The
    partnership will monitor the action plan through its" / "domestic abuse board."), no unstyled heading, the
    next line of its block starting in lower case at its left edge, a line's height or less below it."""
    line = lines[index]
    if line.x1 <= 0 or line.block < 0 or index + 1 >= len(lines):
        return False
    below = lines[index + 1]
    height = max(1.0, line.y1 - line.y0)
    return (
        below.page == line.page
        and below.block == line.block
        and below.text.strip()[:1].islower()
        and abs(below.x0 - line.x0) < 3.0
        and -0.3 * height <= below.y0 - line.y1 < height
    )


def section_kind_for(heading: str, current: SectionKind = "overview") -> SectionKind:
    if SINGLE_AGENCY_WORDS.search(heading):
        return "single_agency"
    # "Recommendations for NHS England" / "For all agencies:": the kind follows whom the group heading names
    group = group_heading_kind(heading)
    if group is not None:
        return group
    if OVERVIEW_WORDS.search(heading):
        return "overview"
    if re.search(r"executive summary", heading, re.I):
        return "executive_summary"
    return current


def _contents_lines(lines: list[Line]) -> set[int]:
    """Indexes of the table-of-contents entries among ``lines``.

    An entry with leader dots or a tab is one on its own; a title followed by a bare page number ("Introduction
    3") only beside another entry, since prose wrapped after a number ("... calls made by the victim between
    2") ends the same way but comes alone, and rarely starts with a capital.
    """
    texts = [line.text.strip() for line in lines]
    candidates = {
        i
        for i, t in enumerate(texts)
        if t and (is_toc_line(t) or (_TOC_NUMBERED.match(t) and not _NUMBERED_TITLE.search(t)))
    }
    out = set()
    for i in candidates:
        text = texts[i]
        if _TOC_LEADERS.search(text):
            out.add(i)
            continue
        # (the neighbour must look like an entry too: "... by the victim between 2" over "November and 7" is
        # prose wrapped after two dates' day numbers, the one above starting in lower case)
        neighbours = [
            j
            for j in (i - 1, i + 1)
            if 0 <= j < len(texts) and (texts[j][:1].isupper() or texts[j][:1].isdigit())
        ]
        if (text[0].isupper() or text[0].isdigit()) and any(j in candidates for j in neighbours):
            out.add(i)
    # a PDF contents list without leaders gives each page number as a line of its own, at the right of its title
    # on the same row ("1. The review" ... "2"): two such rows running on are the contents, titles and numbers
    pairs = [i for i in range(len(lines) - 1) if _title_and_page(lines[i], lines[i + 1])]
    paired = set(pairs)
    for i in pairs:
        if i - 2 in paired or i + 2 in paired:
            out.update((i, i + 1))
    return out


def _title_and_page(title: Line, number: Line) -> bool:
    """Is ``number`` a bare page number printed far to the right of ``title`` on its row (a contents entry)?"""
    text = title.text.strip()
    return (
        title.x1 > 0
        and number.page == title.page
        and abs(number.y0 - title.y0) < 2.0
        and number.x0 > title.x1 + 40
        and bool(re.fullmatch(r"\d{1,3}", number.text.strip()))
        and bool(text[:1].isupper() or text[:1].isdigit())
        and len(text.split()) <= 10
        and not re.search(r"[.;:]$", text)
    )


def header_row(lines: list[Line], index: int) -> list[int]:
    """The cells printed on ``lines[index]``'s row when they read as a table's header row (two or more short
    cells side by side: "No. | Recommendation | Lead agency"), else []."""
    line = lines[index]
    if line.x1 <= 0:
        return []
    row = [
        j
        for j in range(max(0, index - 4), min(len(lines), index + 5))
        if lines[j].page == line.page and abs(lines[j].y0 - line.y0) < 2.0 and lines[j].text.strip()
    ]
    if len(row) < 2 or any(len(lines[j].text.split()) > 4 for j in row):
        return []
    return row


def _cut_sentence_header(current: Section, lines: list[Line], index: int) -> list[int]:
    """``[index]`` when ``lines[index]``, the open block's heading printed again as the first of the block's
    lines on a new page, cuts a sentence: the block's last line on the page before ends without a stop and the
    next line goes on in lower case (a one-column table's header row repeated over a row split by the page
    break), else []."""
    line = lines[index]
    if line.x1 <= 0 or not current.lines or any(kept.page == line.page for kept in current.lines):
        return []
    before = current.lines[-1]
    after = next((ln for ln in lines[index + 1 : index + 4] if ln.text.strip()), None)
    if before.page != line.page - 1 or after is None or after.page != line.page:
        return []
    if re.search(r"[.:;!?]$", before.text.rstrip()) or not after.text.strip()[:1].islower():
        return []
    return [index]


def _label_cell(lines: list[Line], index: int) -> bool:
    """Is ``lines[index]`` a bare "Recommendation" label with its value printed beside it on the same row (a
    template's label/value table in a PDF: the text, or the number under a wrapped "Recommendation number"),
    not a heading? A table's header row ("No. | Recommendation | Lead agency") has no such value."""
    line = lines[index]
    if line.x1 <= 0 or not re.fullmatch(r"recommendation\s*:?", line.text.strip(), re.IGNORECASE):
        return False
    return any(
        other.page == line.page
        and abs(other.y0 - line.y0) <= 2.0
        and other.x0 > line.x1 + 15
        and (
            len(other.text.split()) >= 6
            or re.fullmatch(r"(?:[A-Z]{1,4}\s?)?\d{1,3}[a-z]?", other.text.strip())
        )
        for other in lines[max(0, index - 3) : index + 4]
        if other is not line
    )


def find_sections(document: Document) -> list[Section]:
    """Recommendation and action-plan sections, in document order."""
    body = body_font_size(document)
    lines = list(document.lines())
    sections: list[Section] = []
    current: Section | None = None
    in_exec_summary = False
    contents = _contents_lines(lines)
    combined: Section | None = None  # the open combined chapter, until a heading outside it
    repeated: set[int] = set()  # a table header row printed again at the top of a page
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text or index in repeated:
            continue
        if index in contents and not (current and current.is_action_plan):
            continue
        headingish = is_heading_like(line, body) or (
            _looks_like_heading_text(text) and not _wraps_on_below(lines, index)
        )
        forms = heading_forms(text) if headingish else []  # once a line: every heading test reads them
        if _matches(_EXECUTIVE_SUMMARY, forms):
            in_exec_summary = True
        elif headingish and re.search(r"^(?:\d+\.?\s+)?(?:overview report|introduction)\b", text, re.I):
            in_exec_summary = False
        if _matches(ACTION_PLAN_HEADING, forms):
            current = Section(kind="action_plan", heading=text, is_action_plan=True)
            sections.append(current)
            combined = None
            continue
        opens = _matches(REC_HEADING, forms) and not _label_cell(lines, index)
        if (
            opens
            and current is not None
            and not current.is_action_plan
            and current.heading.lower() == text.lower()
            and any(earlier.page < line.page for earlier in current.lines)
        ):
            row = header_row(lines, index) or _cut_sentence_header(current, lines, index)
            if row:
                # "No. | Recommendation | Lead agency" repeated on the next page of a table: the row cut by the
                # page break goes on under it, in the same block
                repeated.update(row)
                cells = {id(lines[j]) for j in row}
                current.lines = [kept for kept in current.lines if id(kept) not in cells]
                continue
        if opens and not (current is not None and current.is_action_plan):
            # (inside an action plan, "Recommendation" is a column header, not a new block)
            default: SectionKind = "executive_summary" if in_exec_summary else "overview"
            kind = section_kind_for(text, default)
            if combined is not None and _matches(_PLAIN_REC_HEADING, forms):
                # "14. Conclusions and recommendations" ... "Recommendations": the numbered paragraphs
                # before the sub-heading are the chapter's conclusions, worded like recommendations or not
                combined.superseded = True
            # a sub-heading ("Single agency recommendations") inside an open block switches its kind
            current = Section(kind=kind, heading=text)
            sections.append(current)
            combined = current if _COMBINED.search(text) else None
            continue
        if headingish and LEARNING_LABEL.match(text) and current is not None:
            current.lines.append(line)  # "Learning 2" between recommendations: a label, the block goes on
            continue
        if (
            current is not None
            and _matches(END_HEADING, forms)
            and not opens
            # (a table cell in body print, "Learning is" beside "31st January", closes no block)
            and (is_heading_like(line, body) or not _in_a_row(lines, index))
        ):
            current = None
            if not _matches(_SUB_PART, forms):
                combined = None
            continue
        if (
            current is None
            and combined is not None
            and (is_heading_like(line, body) or _matches(END_HEADING, forms))
            and re.search(r"[A-Za-z]{3}", text)
            and not _matches(_SUB_PART, forms)
        ):
            combined = None  # another chapter began: a "Recommendations" heading after it is not the sub-part
        if current is not None:
            current.lines.append(line)
    if not any(not s.is_action_plan and s.lines and not s.superseded for s in sections):
        block = _lead_in_block(lines, body, contents)
        if block is not None:
            sections.insert(0, block)  # (before any plan: a summary's list comes first)
    _add_imr_blocks(sections, lines, body, contents)
    margin = _prose_margin(lines)
    for section in sections:
        section.margin = margin
    _front_summaries(sections)
    return [s for s in sections if s.lines and not s.superseded]


def _add_imr_blocks(sections: list[Section], lines: list[Line], body: float, contents: set[int]) -> None:
    """The IMR chapter's lists of agencies' own recommendations (:mod:`extraction.sections_imr`), each put in
    document order among the blocks found under recommendations headings."""
    from extraction.sections_imr import imr_blocks

    taken = {id(line) for s in sections for line in s.lines}
    position = {id(line): i for i, line in enumerate(lines)}
    for block in imr_blocks(lines, body, contents, taken):
        start = position[id(block.lines[1])]
        at = next(
            (k for k, s in enumerate(sections) if s.lines and position.get(id(s.lines[0]), 0) > start),
            len(sections),
        )
        sections.insert(at, block)


def _lead_in_block(lines: list[Line], body: float, contents: set[int]) -> Section | None:
    """A report with no recommendations heading anywhere that still lists its recommendations: the list under a
    lead-in sentence ("The review panel makes the following recommendations to all agencies:"), printed in the
    executive summary and referred to by number elsewhere. The block runs from the lead-in to the next heading,
    and is the executive summary's when the lead-in sits under that heading."""
    from extraction.recommendation_wording import NOT_RECS_LEAD_IN, REC_LEAD_IN

    in_exec_summary = False
    block: Section | None = None
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text or index in contents:
            continue
        headingish = is_heading_like(line, body) or (
            _looks_like_heading_text(text) and not _wraps_on_below(lines, index)
        )
        if block is not None:
            if headingish or (block.lines and block.lines[-1].page < line.page - 1):
                break  # the next heading (or a page beyond the next) ends the list
            block.lines.append(line)
            continue
        forms = heading_forms(text) if headingish else []
        if _matches(_EXECUTIVE_SUMMARY, forms):
            in_exec_summary = True
        elif headingish:
            in_exec_summary = in_exec_summary and not re.search(
                r"^(?:\d+\.?\s+)?(?:overview|introduction)", text, re.I
            )
        elif (
            REC_LEAD_IN.search(text)
            and not NOT_RECS_LEAD_IN.search(text)
            and len(text.split()) <= 40
            # the lead-in is followed by its list: a numbered line or a list paragraph
            and any(
                ln.list_item or re.match(r"^\(?\w{1,3}[.)](?:\s|$)", ln.text.strip())
                for ln in lines[index + 1 : index + 4]
            )
        ):
            block = Section(
                kind="executive_summary" if in_exec_summary else "overview",
                heading="Recommendations",
                lines=[line],
            )
    return block if block is not None and len(block.lines) > 1 else None


#: "Summary of recommendations" (with no "Executive summary" heading over it): the front list of a report
#: whose recommendations chapter follows.
_FRONT_SUMMARY = re.compile(rf"^{_NUM_PREFIX}summary of (?:the )?(?:\w+\s+)?recommendations\s*:?$", re.I)


def _front_summaries(sections: list[Section]) -> None:
    """A "Summary of recommendations" block before another recommendations block is the summary's copy of the
    body's recommendations (bullets, or its own count "1." beside the body's "17.5"): marked as the executive
    summary, so that the body's copy, its number and heading, is the one reported."""
    for i, section in enumerate(sections):
        if (
            section.kind == "overview"
            and not section.is_action_plan
            and _FRONT_SUMMARY.match(section.heading.strip())
            and any(
                not later.is_action_plan and not _FRONT_SUMMARY.match(later.heading.strip())
                for later in sections[i + 1 :]
            )
        ):
            section.kind = "executive_summary"


def _prose_margin(lines: list[Line]) -> float | None:
    """Where the document's paragraphs start: the leftmost edge holding a fair share (a sixth) of its printed
    lines of 40 characters or more (a list's hanging text can outnumber the prose, but it is further right)."""
    edges = Counter(round(ln.x0) for ln in lines if ln.x1 > 0 and len(ln.text.strip()) >= 40)
    total = sum(edges.values())
    common = [edge for edge, n in edges.items() if n * 6 >= total]
    return float(min(common)) if common else None
