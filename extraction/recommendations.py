"""Split a recommendations section into numbered (or bulleted) recommendations.

Handles the numbering styles of real reports: ``1``, ``2a``, ``a)``, ``(a)``, ``7.2.1(a)``, ``21.10.1``,
``10.3b``, "Recommendation number 1", "Recommendation 3:", bullets; numbering that restarts per agency;
per-agency headings whose agency applies to the recommendations under them; text running across pages; a
number printed on its own line; a tag naming the agency in the numbering (``10 (CCG)``).
Whether an item's wording makes it a recommendation (directive, lead-in, commentary, already done) is
:mod:`extraction.recommendation_wording`'s.
"""

from __future__ import annotations

import re

from dhr.schema.extraction import SectionKind
from extraction.agency_context import lead_in_addressee, topic_under_agency, wrapped_lead_in
from extraction.document import Line
from extraction.recommendation_items import (
    RawItem,
    _has_sub_points,
    _in_recommendations_block,
    _is_sub_item,
    _is_sub_point,
    _next_numbers,
)
from extraction.recommendation_marks import (
    WORD_NUMBERS,
    alone_in_block,
    is_agency_heading,
    is_title,
    match_marker,
    names_agency,
    numbered_sub_heading,
    starts_block,
)
from extraction.recommendation_wording import (
    GLOSSARY_NOTE,
    INTRO,
    NOT_RECS_LEAD_IN,
    NOTE_ENTRY,
    REC_LEAD_IN,
    STILL_TO_DO,
    directs_forward,
    is_commentary,
    reads_as_recommendation,
    split_fields,
    subject_of,
    written_as_done,
)
from extraction.sections import (
    LEARNING_LABEL,
    Section,
    body_font_size,
    is_heading_like,
    section_body_size,
    section_kind_for,
)

#: A line that only names the lead ("Lead agency: Kent Police", "Agency: KMPT", "Responsible agency - NHS England",
#: "Recommendation for: Kent Police", "Responsible officer: Head of Service, Adult Social Care").
_LEAD_LINE = re.compile(
    r"^(?:lead(?:\s+(?:agency|agencies|organisation|partner))?|agency|agencies|responsible\s+(?:agency|organisation)"
    r"|owner|recommendations?\s+for|addressed\s+to|responsible\s+(?:officer|lead))\s*[:\-–]\s*(?P<lead>[A-Z][^.;:]{1,90})$",
    re.IGNORECASE,
)


#: "Recommendations of the review panel", "... made by the DHR panel": the heading names who made them, not
#: whom they are for ("Recommendations for Northshire Police").
_AUTHOR_CLAUSE = re.compile(
    r"\b(?:of|from|made by|by|agreed by)\s+(?:the\s+)?(?:(?:domestic homicide |dhr |overview |independent )?"
    r"(?:review|panel|review panel|chair|author|overview author|reviewer)s?)\b.*$",
    re.IGNORECASE,
)


def _addressee_part(heading: str) -> str:
    return _AUTHOR_CLAUSE.sub("", heading)


def _wrapped_number(lines: list[Line], index: int, marker: tuple[str, str, str | None, int]) -> bool:
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
    return (
        previous.page == line.page
        and previous.block == line.block
        and abs(previous.x0 - line.x0) < 3.0
        and not re.search(r"[.:;!?]$", previous.text.rstrip())
    )


#: A line ending where no heading ends: a comma or a word that needs what follows.
_RUNS_ON = re.compile(r"(?:,|\b(?:with|and|of|the|to|in|for|by|on|at|or|a|an|from|that))$", re.IGNORECASE)


def _wraps_on(lines: list[Line], index: int) -> bool:
    """Does the sentence on ``lines[index]`` run on to the next line of its paragraph (which starts in lower
    case)? Then it is not a heading, however its print compares with a section of small table print."""
    line = lines[index]
    if line.heading_level is not None or line.block < 0 or index + 1 >= len(lines):
        return False
    nxt = lines[index + 1]
    return nxt.page == line.page and nxt.block == line.block and nxt.text.strip()[:1].islower()


def _ended_short(item: RawItem) -> bool:
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


def _left_of_hanging_text(item: RawItem, line: Line) -> bool:
    """Does ``line`` start left of where every line of ``item``'s text starts (a numbered item whose text
    hangs at an indent, its number printed apart), after a last line that stopped short?"""
    text_lines = [ln for ln in item.lines if ln.x1 > 0 and not re.fullmatch(r"\S{1,8}", ln.text.strip())]
    if len(text_lines) < 2:
        return False
    indent = min(ln.x0 for ln in text_lines)
    return indent - line.x0 > 12.0 and _ended_short(item)


def _new_paragraph(current: RawItem, line: Line, text: str, page_left: float | None = None) -> bool:
    """Does ``line`` start a paragraph of its own after ``current`` has ended? ``page_left``: the leftmost
    start of the section's lines on ``line``'s page (its margin)."""
    if not current.lines:
        return False
    last = current.lines[-1]
    if line.block < 0:
        return False
    if not re.search(r"[.!?]$", current.text.rstrip()) and not (
        line.block != last.block
        and (
            # a recommendation with no full stop ("... which includes the impact on other family members"),
            # then a paragraph of the page's prose: out of the Word list (DOCX), or back at the margin left of
            # the item's hanging text after its last line stopped short (PDF)
            (line.x1 <= 0 and last.list_item and not line.list_item)
            or (line.x1 > 0 and line.page == last.page and _left_of_hanging_text(current, line))
        )
    ):
        return False
    if line.page != last.page:
        # over a page break a recommendation's text goes on at its own indent; a paragraph of prose after the
        # last one starts at the margin, left of a numbered item's hanging indent
        if not (last.x1 > 0 and last.x0 - line.x0 > 15.0) and not _ended_short(current):
            return False
        if page_left is not None and line.x0 - page_left > 15.0:
            # indented on its own page: the text of a two-column page's right column goes on in the next
            # page's left column, left of where it stopped but still at the list's indent
            return False
    elif line.block == last.block and not (
        line.y0 > last.y0 + 2.0 and (_left_of_hanging_text(current, line) or _ended_short(current))
    ):
        # (paragraphs printed with no space between them can share a text block: one starting on the row after
        # a last line that stopped short, or left of a numbered item's hanging text, is a paragraph of its own)
        return False
    from extraction.action_plan import PROSE_LABEL_START

    # ("Agency: Kent Police" under the text is its lead line, split off when the item closes)
    return (
        text[:1].isupper()
        and not line.list_item
        and not PROSE_LABEL_START.match(text)
        and not _LEAD_LINE.match(text)
    )


def _beside(item: RawItem, line: Line) -> bool:
    """Is ``line`` a short cell printed beside ``item``'s text on the same rows (the lead-agency column of a
    recommendations table read after the recommendation's cell), not more of its words?"""
    text = line.text.strip()
    if line.x1 <= 0 or len(text.split()) > 6 or text[:1].islower():
        return False
    marker = match_marker(text)
    if marker is not None and marker[0] != "bullet":
        return False  # a numbered paragraph beside it is one of its own (the English beside the Welsh)
    rows = [ln for ln in item.lines if ln.page == line.page and ln.x1 > 0]
    if not rows:
        return False
    return line.x0 > max(ln.x1 for ln in rows) + 8.0 and rows[0].y0 - 2.0 <= line.y0 <= rows[-1].y1 + 2.0


def split_items(section: Section, body_size: float) -> list[RawItem]:
    """The recommendations in ``section``, with the heading they sat under."""
    # never below the document's: a section's own small print (a table) must not make its prose look large
    body_size = max(body_size, section_body_size(section.lines, body_size))
    items: list[RawItem] = []
    # "Recommendations for Northshire Police": the block's own heading names the addressee
    heading: str | None = section.heading if names_agency(_addressee_part(section.heading)) else None
    kind: SectionKind = section.kind
    current: RawItem | None = None
    pending_number: tuple[str, str, str | None] | None = None
    # "Recommendation number 2" as a title over bullets: each bullet is a recommendation numbered 2
    titled: tuple[str, str | None] | None = None
    # in a block of recommendations: a "Recommendations" section (not "Conclusions and recommendations"), or
    # after a "Recommendations" sub-heading or a lead-in line
    in_block = bool(
        re.search(r"recommendation", section.heading, re.I)
        and not re.search(r"conclusion|lesson|learning", section.heading, re.I)
    )

    def new_item(style: str, number: str | None, tag: str | None, text: str, line: Line) -> RawItem:
        number = number if style not in ("bullet", "list") else None
        return RawItem(
            number, text, line.page, kind, heading, tag=tag, style=style, lines=[line], in_block=in_block
        )

    def close() -> None:
        nonlocal current
        if current is not None:
            current.text = " ".join(current.text.split())
            items.append(current)
        current = None

    lines = section.lines
    page_left: dict[int, float] = {}
    for ln in lines:
        if ln.x1 > 0 and ln.text.strip():
            page_left[ln.page] = min(page_left.get(ln.page, ln.x0), ln.x0)
    notes: Line | None = None  # the last endnote line, while the lines are endnotes
    learning = False  # under a "Learning 2" label: the lesson's prose, until the next number or heading
    lead_in_left = 0  # lines still to skip of a wrapped lead-in paragraph whose addressee was taken
    leads_before = False  # a "Lead agency: X" line came before a recommendation: such lines head what follows
    # the last agency heading, for topic headings under it (the section's own heading: every heading inside it)
    agency_head: tuple[str, Line | None] | None = (heading, None) if heading else None
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        if lead_in_left:
            lead_in_left -= 1
            continue
        if (current is None or re.search(r"[.:!?]$", current.text.rstrip())) and (
            wrapped := wrapped_lead_in(lines, index)
        ):
            # "The panel makes these recommendations to ... Children's" / "Services:" wrapped in a PDF: the
            # addressee of the list under it, as a one-line lead-in's (below)
            close()
            in_block = True
            heading, lead_in_left = wrapped[0], wrapped[1] - 1
            continue
        small = line.size <= body_size - 0.9
        if (
            (small and NOTE_ENTRY.match(text))
            or GLOSSARY_NOTE.match(text)
            or (
                notes is not None
                and not match_marker(text)
                and (small or (line.page == notes.page and line.block == notes.block and line.block >= 0))
            )
        ):
            # endnotes printed after the last recommendation ("iii GP - General Practitioner."), in smaller
            # print or reading as a glossary entry: read in the flow they would run on from the recommendation
            notes = line
            continue
        notes = None
        if current is not None and _beside(current, line):
            continue
        marker = match_marker(text)
        if marker is not None and _wrapped_number(lines, index, marker):
            marker = None
        if marker is None and LEARNING_LABEL.match(text):
            close()
            pending_number = None
            learning = True
            continue
        if marker is not None:
            learning = False
        headingish = (
            is_heading_like(line, body_size)
            and marker is None
            and not _wraps_on(lines, index)
            and not (pending_number is not None and _RUNS_ON.search(text))  # a bold lead filling the line
        )
        if headingish or (
            marker is None
            # (a plain-print agency line after a finished recommendation heads the next ones too; an "Agency: X"
            # line there is that recommendation's own, read below)
            and (
                current is None
                or (
                    re.search(r"[.!?]$", current.text.rstrip())
                    and not _LEAD_LINE.match(text)
                    and ":" not in text.rstrip(":")  # "Action 1: ... Lead: Kent" wrapped is no heading
                )
            )
            and pending_number is None
            and alone_in_block(lines, index)
            and is_agency_heading(text)
        ):
            # An agency heading, or a sub-block heading ("Single agency recommendations", "Theme 2 - ...").
            learning = False
            new_kind = section_kind_for(text, kind)
            if pending_number is not None and pending_number[0] == "numeric" and len(text.split()) <= 6:
                # "10.2" printed on a line of its own, then "Kent Police": the number was the heading's
                pending_number = None
            if is_agency_heading(text):
                close()
                heading = text.rstrip(":")
                agency_head = (heading, line)
                kind = "single_agency" if kind not in ("executive_summary",) else kind
                leads_before = leads_before or bool(_LEAD_LINE.match(text))  # "Lead agency: X" over the text
                continue
            titled = None
            if new_kind != kind or re.search(r"recommendation", text, re.I):
                close()
                kind = new_kind
                # a long "Recommendations for <agency> (<its services>):" still names the block's addressee
                heading = lead_in_addressee(text, heading=True)
                in_block = bool(re.search(r"recommendation", text, re.I))
                continue
            if current is not None and not headingish:
                current.text += " " + text
                continue
            close()
            heading = topic_under_agency(agency_head, heading, line, text)
            continue
        if (
            marker is None
            and pending_number is None
            and len(text.split()) <= 30
            and (current is None or re.search(r"[.:!?]$", current.text.rstrip()))
            and REC_LEAD_IN.search(text)
        ):
            # "The panel makes the following recommendations:": a lead-in, and what follows is the list
            close()
            in_block = True
            # "The following recommendations are for Kent Police:" names the list's addressee, as a heading would
            heading = lead_in_addressee(text) or heading
        if (
            marker is not None
            and marker[0] == "bullet"
            and (titled is not None or (pending_number is not None and pending_number[0] == "labelled"))
        ):
            # a bullet under a "Recommendation number N" title: recommendation N (one of several)
            if titled is None and pending_number is not None:
                titled = (pending_number[1], pending_number[2])
            close()
            rest = text[marker[3] :].strip()
            if rest:
                current = new_item("labelled", titled[0], titled[1], rest, line)
                pending_number = None
            else:
                pending_number = ("labelled", titled[0], titled[1])
            continue
        if marker is not None:
            titled = None
            style, number, tag, end = marker
            rest = text[end:].strip()
            if len(rest.split()) <= 30 and REC_LEAD_IN.search(rest):
                # "11.2 The panel makes the following recommendations:" numbered as a paragraph
                close()
                in_block = True
                heading = lead_in_addressee(rest) or heading  # "5.4 ... are for X:" names their addressee
            nxt = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
            if (
                style == "numeric"
                and rest
                and is_agency_heading(rest)
                and len(rest.split()) <= 8
                # "4. Kent Police, in consultation with" (a bold lead filling the line): the sentence runs on
                and not _RUNS_ON.search(rest)
                # a heading is styled, or followed by its numbered items; a wrapped first line is neither
                and (is_heading_like(line, body_size) or match_marker(nxt) is not None)
            ):
                # "7.3 Northshire Police": a numbered agency heading, not a recommendation
                close()
                heading = rest.rstrip(":")
                kind = "single_agency" if kind != "executive_summary" else kind
                continue
            if style == "numeric" and numbered_sub_heading(rest, line, body_size, number, nxt):
                # "10.4 KSCS" in bold over 10.4(a): a heading the gazetteer does not know, still a heading
                close()
                heading = rest.rstrip(":")
                continue
            close()
            if style == "labelled" and rest and is_title(rest):
                # "Recommendation 3 - Information sharing" then the recommendation on the next lines; a title
                # naming an agency ("Recommendation 4 - Northshire Police") is its addressee, kept as its tag
                tag = tag or (rest if names_agency(rest) else None)
                rest = ""
            if not rest:
                pending_number = (style, number, tag)
                continue
            current = new_item(style, number, tag, rest, line)
            continue
        lead_line = _LEAD_LINE.match(text) if marker is None and not line.list_item else None
        if lead_line and (current is None or pending_number is not None or leads_before):
            # "Lead agency: Home Office" on its own line between a "Recommendation number N" title and its
            # text: the addressee of what follows (a heading), not the recommendation's first words. Once a
            # report puts its lead lines before the text, a later one after a recommendation is the next one's
            # (where they come under the text, each is its recommendation's, split off when the item closes)
            close()
            heading = lead_line.group("lead").strip()
            leads_before = True
            continue
        if line.list_item and marker is None and pending_number is None:
            close()
            if titled is not None:
                current = new_item("labelled", titled[0], titled[1], text, line)
            else:
                current = new_item("list", None, None, text, line)
            continue
        if pending_number is not None:
            if line.list_item and pending_number[0] == "labelled":
                titled = (pending_number[1], pending_number[2])  # its first bullet (a Word list item)
            current = new_item(*pending_number, text, line)
            pending_number = None
            continue
        if current is not None and _new_paragraph(current, line, text, page_left.get(line.page)):
            # a new paragraph after a finished recommendation is commentary unless numbered
            close()
        if current is not None:
            current.text += " " + text
            current.lines.append(line)
        elif (
            not learning
            and directs_forward(text)
            and not INTRO.search(text)
            and starts_block(lines, index)
            and not text[:1].islower()  # "learned from this review ...": the rest of a cut table row
        ):
            # unnumbered paragraph recommendations ("The Police should ..."), one per block; never from a line
            # inside a paragraph of prose (its wrapped lines read as a sentence starting mid-way)
            current = RawItem(
                number=None, text=text, page=line.page, section=kind, heading=heading, style="paragraph",
                lines=[line], in_block=in_block,
            )  # fmt: skip
    close()
    return _clean(_split_inline_numbers(items), section.heading)


_INLINE_LABEL = re.compile(
    r"(?<=[.;:!?])\s+(?:recommendation|rec\.?)\s*(?:number|no\.?)?\s*(?P<n>\d+(?:\.\d+)*[a-z]?)\s*[:.\-–)]\s*",
    re.IGNORECASE,
)


def _split_inline_numbers(items: list[RawItem]) -> list[RawItem]:
    """Text extraction can run two numbered paragraphs into one line ("... incidents. 68. The CCG ...")."""
    out: list[RawItem] = []
    queue = list(items)
    while queue:
        item = queue.pop(0)
        labelled = _INLINE_LABEL.search(item.text)
        if labelled and labelled.start() > 0:
            # "Recommendation 1: ... Recommendation 2: ..." in one paragraph (Word drafts, prose plans)
            rest = item.text[labelled.end() :]
            item.text = item.text[: labelled.start()].strip()
            number = WORD_NUMBERS.get(labelled.group("n").lower(), labelled.group("n"))
            queue.insert(
                0,
                RawItem(
                    number,
                    rest,
                    item.page,
                    item.section,
                    item.heading,
                    style="labelled",
                    in_block=item.in_block,
                ),
            )
            out.append(item)
            continue
        if item.style in ("numeric", "labelled") and item.number:
            for nxt in _next_numbers(item.number):
                m = re.search(rf"(?<=[.;:])\s+{re.escape(nxt)}[.)]?\s+(?=[A-Z])", item.text)
                if m:
                    rest = item.text[m.end() :]
                    item.text = item.text[: m.start()].strip()
                    queue.insert(
                        0,
                        RawItem(
                            nxt,
                            rest,
                            item.page,
                            item.section,
                            item.heading,
                            style=item.style,
                            in_block=item.in_block,
                        ),  # fmt: skip
                    )
                    break
        out.append(item)
    return out


def _clean(items: list[RawItem], section_heading: str = "") -> list[RawItem]:
    """Drop lead-ins and non-recommendations; fold sub-bullets of a lead-in into their parent."""
    out: list[RawItem] = []
    numbered = any(i.style in ("numeric", "labelled", "letter") for i in items)
    lead_in: RawItem | None = None  # "3. The Police should:" introducing a), b), c)
    not_recs: RawItem | None = None  # "6.1 The terms of reference asked the panel to consider:" and its items
    for index, item in enumerate(items):
        if item.lead_text is None and item.target_text is None:
            item.text, item.lead_text, item.target_text = split_fields(item.text)
        text = item.text.strip()
        if len(text) < 12 and not _is_sub_point(item, out):
            continue  # a stray number or label; a short sub-point ("stalking") still joins its recommendation
        if not_recs is not None and _is_sub_item(item, not_recs):
            continue  # an item of a terms-of-reference list restated inside the recommendations chapter
        not_recs = None
        if re.search(r"(?::|\b(?:as follows|following|below)\.?)$", text) and NOT_RECS_LEAD_IN.search(text):
            not_recs = item
            continue
        if (
            text.endswith(":")
            and len(text.split()) <= 30
            and REC_LEAD_IN.search(text)
            and not STILL_TO_DO.search(text.replace("recommend", ""))
            and not _has_sub_points(items, index)
        ):
            continue  # "The review also adopted the recommendations of an earlier review:" announces the list
        first_sentence = re.split(r"(?<=[.:;])\s+(?=[A-Z])", text, maxsplit=1)[0]
        intro = INTRO.search(first_sentence)
        if intro and (intro.start() < 60 or not re.search(r"\b(?:should|must)\b", first_sentence, re.I)):
            continue  # a lead-in or closing note ("The panel makes the recommendations below ...")
        if item.style == "paragraph" and numbered and out:
            # prose between numbered recommendations is commentary, not a recommendation
            continue
        if item.style in ("bullet", "list") and is_commentary(text):
            continue  # the panel's comment set as a bullet after a recommendation, not a sub-point of it
        if _is_sub_point(item, out) or (
            item.style == "bullet" and numbered and out and out[-1].style != "bullet"
        ):
            # bullets under a numbered recommendation are its sub-points, and so is a Word list paragraph
            # indented under it
            if out[-1].main_len is None:
                out[-1].main_len = len(out[-1].text)
            out[-1].text += " " + text
            continue
        if item.style == "letter" and lead_in is not None:
            # each lettered item is a recommendation (numbered as printed: "a", "b"), addressed to the
            # lead-in's subject
            if out and out[-1] is lead_in and len(lead_in.text) < 160:
                out.pop()
            item.heading = item.heading or lead_in.heading
            item.tag = item.tag or subject_of(lead_in.text)
            out.append(item)
            continue
        if item.style != "letter":
            lead_in = item if text.endswith(":") else None
            if lead_in is not None:
                out.append(item)
                continue
        if is_commentary(text):
            continue  # the panel's or author's comment, numbered in the chapter's scheme between recommendations
        done = written_as_done(item.text, first_sentence)
        if not reads_as_recommendation(text):
            # no directive: a heading, a note, or a numbered paragraph of conclusions, not a recommendation
            # (a short noun-phrase recommendation - "Training for GPs on coercive control" - is kept), unless
            # it is a recommendation written as an action already taken ("Training ... has been provided")
            # in a recommendations block
            if done and item.style != "paragraph" and _in_recommendations_block(items, index):
                pass
            elif (
                len(text.split()) < 8
                or len(text.split()) > 40
                or re.search(r"conclusion|lesson", section_heading, re.I)
            ):
                continue
        item.already_done = done
        out.append(item)
    return out


def extract_items(sections: list[Section], body_size: float) -> list[RawItem]:
    from extraction.readers.bilingual import language

    items: list[RawItem] = []
    for section in sections:
        if section.is_action_plan:
            continue
        items.extend(split_items(section, body_size))
    if any(language(item.text) == "en" for item in items):
        # a bilingual report printed side by side: the Welsh items repeat the English ones
        items = [item for item in items if language(item.text) != "cy"]
    return items


__all__ = ["RawItem", "body_font_size", "extract_items", "split_items"]
