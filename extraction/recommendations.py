"""Split a recommendations section into numbered (or bulleted) recommendations.

Handles the numbering styles of real reports: ``1``, ``2a``, ``a)``, ``(a)``, ``7.2.1(a)``, ``21.10.1``,
``10.3b``, "Recommendation number 1", "Recommendation 3:", bullets; numbering that restarts per agency;
per-agency headings whose agency applies to the recommendations under them; text running across pages; a
number printed on its own line; a tag naming the agency in the numbering (``10 (CCG)``).
Where a paragraph starts and ends on the page is :mod:`extraction.recommendations_layout`'s; a line read with
those after it (a numbered title over its paragraph, a part's wrapped lead-in) is
:mod:`extraction.recommendation_openings`'s; the filters run over the items afterwards (lead-ins, commentary,
sub-points) are :mod:`extraction.recommendations_clean`'s;
whether an item's wording makes it a recommendation (directive, lead-in, commentary, already done) is
:mod:`extraction.recommendation_wording`'s. This module's names are the public API callers import.
"""

from __future__ import annotations

import re

from dhr.schema.extraction import SectionKind
from extraction.agency_context import lead_in_addressee, names_lead_in, topic_under_agency, wrapped_lead_in
from extraction.document import Line
from extraction.group_headings import group_heading_kind, heading_without_number
from extraction.recommendation_actions import ACTIONS_LABEL, ActionList, actions_under
from extraction.recommendation_items import RawItem
from extraction.recommendation_marks import (
    agency_run_in,
    alone_in_block,
    is_agency_heading,
    is_title,
    letter_prefixed,
    match_marker,
    names_agency,
    numbered_sub_heading,
    starts_block,
    wrapped_run_in,
)
from extraction.recommendation_openings import paragraph_from, part_lead_in, title_over_text
from extraction.recommendation_wording import (
    GLOSSARY_NOTE,
    INTRO,
    NOTE_ENTRY,
    PER_ITEM_ADDRESSEE,
    REC_LEAD_IN,
    directs_forward,
)
from extraction.recommendations_clean import clean_items, split_inline_numbers
from extraction.recommendations_labels import broken_labels, heading_name, label_value_fields
from extraction.recommendations_layout import (
    LEAD_LINE,
    RUNS_ON,
    addressee_part,
    bare_number_in_dotted_list,
    beside,
    block_lines,
    hangs_under,
    in_paragraph_run,
    new_paragraph,
    prose_margin,
    repeats,
    wrapped_number,
    wraps_on,
)
from extraction.sections import (
    LEARNING_LABEL,
    Section,
    body_font_size,
    header_row,
    is_heading_like,
    section_body_size,
    section_kind_for,
)

#: A column header of a recommendations table or plan ("No. | Recommendation | Lead agency"), read elsewhere.
_PLAN_HEADER = re.compile(r"recommendation|agenc|lead|action|target|timescale|\bno\b|\bref", re.IGNORECASE)

#: A day of the month, then a month's name (no stop or bracket after the number): a date, not a list number.
_DAY_MONTH = re.compile(
    r"^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b(?:\s+(?:19|20)\d{2}\b|$)"
)


def split_items(section: Section, body_size: float) -> list[RawItem]:
    """The recommendations in ``section``, with the heading they sat under."""
    # never below the document's: a section's own small print (a table) must not make its prose look large
    body_size = max(body_size, section_body_size(section.lines, body_size))
    items: list[RawItem] = []
    # "Recommendations for Northshire Police": the block's own heading names the addressee
    # (or "Recommendations for national government": a group heading naming a kind of agency, as its name)
    named = names_agency(addressee_part(section.heading)) or group_heading_kind(section.heading) is not None
    heading: str | None = heading_without_number(section.heading) if named else None
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

    def run_in_head(words: str, line: Line) -> str:
        """An item's words without an agency run in before them ("1. Nottinghamshire Police: That ..."): the
        agency heads this item and the block's later ones, as a heading line would."""
        nonlocal heading, agency_head, kind, first_words
        first_words = None
        if (run_in := agency_run_in(words)) is None:
            first_words = (words, line)  # the run-in may go on past the line's end (see ``close``)
            return words
        heading, words = run_in
        agency_head = (heading, line)
        kind = "single_agency" if kind != "executive_summary" else kind
        return words

    def close() -> None:
        nonlocal current, first_words, heading, agency_head, kind
        if current is not None:
            current.text = " ".join(current.text.split())
            if first_words is not None and (late := wrapped_run_in(current.text, first_words[0])) is not None:
                # the run-in's name wrapped over the item's first line end ("1. Eastby Adult Social Care and" /
                # "Health. That provision is made ...", a narrow PDF column), or the line ended too few words
                # after it to tell: read once the item's words are all in, as the first line's own run-in is
                heading, current.text = late
                agency_head = (heading, first_words[1])
                kind = "single_agency" if kind != "executive_summary" else kind
                current.heading, current.section = heading, kind
            items.append(current)
        current = None
        first_words = None

    lines = label_value_fields(broken_labels(section.lines))
    page_left: dict[int, float] = {}
    page_lines: dict[int, list[Line]] = {}  # the section's printed lines by page (a column's right edge)
    for ln in lines:
        if ln.x1 > 0 and ln.text.strip():
            page_left[ln.page] = min(page_left.get(ln.page, ln.x0), ln.x0)
            page_lines.setdefault(ln.page, []).append(ln)
    # where the section's paragraphs start (a DOCX gives each paragraph's indent only: the least outside lists)
    docx_left = min(
        (ln.x0 for ln in lines if ln.x1 <= 0 and not ln.list_item and ln.text.strip()), default=None
    )
    # (the document's margin where known: a section of a table alone has no prose of its own at the margin)
    pdf_left = section.margin if section.margin is not None else prose_margin(lines)
    notes: Line | None = None  # the last endnote line, while the lines are endnotes
    learning = False  # under a "Learning 2" label: the lesson's prose, until the next number or heading
    lead_in_left = 0  # lines still to skip of a wrapped lead-in paragraph whose addressee was taken
    leads_before = False  # a "Lead agency: X" line came before a recommendation: such lines head what follows
    # the last agency heading, for topic headings under it (the section's own heading: every heading inside it)
    agency_head: tuple[str, Line | None] | None = (heading, None) if heading else None
    # an item's first line's words where no run-in was read from them, and that line: the item's whole text is
    # looked at again when it closes (``wrapped_run_in``)
    first_words: tuple[str, Line] | None = None
    repeated = repeats(lines)  # a pull-quote repeating an item's words is no part of what it prints beside
    actions: ActionList | None = None  # the bullets under an "Actions" line after a recommendation
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text or index in repeated:
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
        if current is not None and beside(current, line, block_lines(lines, index)):
            continue
        marker = match_marker(text)
        if marker is not None and (
            wrapped_number(lines, index, marker)
            or _DAY_MONTH.match(text)
            or bare_number_in_dotted_list(
                lines, index, marker, current.number if current is not None else None
            )
        ):
            # (a day and a month opening a line, "12 March 2016": a date cell or a wrapped date, no list number)
            marker = None
        if (
            marker is not None
            and pending_number is not None
            and pending_number[0] == "numeric"
            and marker[0] == "numeric"
            and marker[1].isdigit()
            and text[: marker[3]].strip() == marker[1]
            and text[marker[3] :].strip()[:1].isupper()
        ):
            # "1." alone, then "5 Boroughs Partnership should ...": an undotted number opening the text of an
            # item that has its own label is the text's first word (a name), no second label
            marker = None
        if marker is None and LEARNING_LABEL.match(text):
            close()
            pending_number = None
            learning = True
            continue
        if marker is not None:
            learning = False
        if actions is not None:
            # a bullet, or a number under the recommendation's own ("3.1" under 3)
            bullet = marker is not None and (marker[0] == "bullet" or actions.numbers_an_action(marker[1]))
            words = text[marker[3] :].strip() if bullet and marker is not None else text
            if actions.add(line, words, bullet or (line.list_item and marker is None)):
                continue
            actions = None
        if marker is None and not line.list_item and ACTIONS_LABEL.match(text):
            # "Actions" over bullets naming each action's lead and target: the recommendation's actions
            close()
            below = next((ln for ln in lines[index + 1 :] if ln.text.strip()), None)
            if (actions := actions_under(items, text, line, below)) is not None:
                continue
        headingish = (
            is_heading_like(line, body_size)
            and marker is None
            and not wraps_on(lines, index)
            and not in_paragraph_run(lines, index)
            and not (pending_number is not None and RUNS_ON.search(text))  # a bold lead filling the line
            # a bold recommendation's sentence going on in lower case (at a page's foot, where no next line on
            # the page shows that it wraps on) is no heading
            and not (
                current is not None
                and text[:1].islower()
                and not re.search(r"[.!?:]$", current.text.rstrip())
            )
        )
        if (
            headingish
            and (row := header_row(lines, index))
            and all(is_heading_like(lines[j], body_size) for j in row)
            and not any(_PLAN_HEADER.search(lines[j].text) for j in row)
        ):
            # "Date | Event": the column headers of a table of other matter printed between the items (a row of
            # two or more short cells in heading print), no heading over the recommendations after the table
            continue
        if headingish or (
            marker is None
            # (a plain-print agency line after a finished recommendation heads the next ones too; an "Agency: X"
            # line there is that recommendation's own, read below)
            and (
                current is None
                or (
                    re.search(r"[.!?]$", current.text.rstrip())
                    and not LEAD_LINE.match(text)
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
            if (
                pending_number is not None
                and pending_number[0] == "numeric"
                and title_over_text(text, pending_number[1], line, lines, index, body_size)
            ):
                # "7.1" printed apart from its title "Missed appointments": the number is the paragraph's under it
                continue
            if pending_number is not None and pending_number[0] == "numeric" and len(text.split()) <= 6:
                # "10.2" printed on a line of its own, then "Kent Police": the number was the heading's
                pending_number = None
            group = group_heading_kind(text)  # "What the police should do", "For all agencies:"
            if is_agency_heading(text) or group is not None:
                close()
                heading = heading_without_number(text)
                agency_head = (heading, line)
                # ("For all agencies:", "For the Community Safety Partnership:": the review's own, overview)
                kind = (group or "single_agency") if kind != "executive_summary" else kind
                leads_before = leads_before or bool(LEAD_LINE.match(text))  # "Lead agency: X" over the text
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
            and (REC_LEAD_IN.search(text) or names_lead_in(text))
        ):
            # "The panel makes the following recommendations:": a lead-in, and what follows is the list
            close()
            in_block = True
            # "The following recommendations are for Kent Police:" names the list's addressee, as a heading would
            heading = lead_in_addressee(text) or heading
        elif marker is None and pending_number is None and (found := part_lead_in(lines, index)):
            # "The remaining recommendations are for the agencies named in each.": a new part of the list (even
            # after a recommendation printed without a full stop); the addressee named for the part before is
            # not this part's, which is the one the sentence names, if any
            part, lead_in_left = found[0], found[1] - 1
            text = part.string
            close()
            in_block = True
            named = (
                None if PER_ITEM_ADDRESSEE.search(part.group("to")) else lead_in_addressee(text[:-1] + ":")
            )
            heading = named
            agency_head = (named, line) if named else None
            continue
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
            if len(rest.split()) <= 30 and (REC_LEAD_IN.search(rest) or names_lead_in(rest)):
                # "11.2 The panel makes the following recommendations:" numbered as a paragraph
                close()
                in_block = True
                heading = lead_in_addressee(rest) or heading  # "5.4 ... are for X:" names their addressee
            nxt = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
            if style == "numeric" and rest and title_over_text(rest, number, line, lines, index, body_size):
                # "7.1 Missed appointments" as a heading: the number heads the paragraph under it
                close()
                pending_number = (style, number, tag)
                continue
            if (
                style == "numeric"
                and rest
                and is_agency_heading(rest)
                and len(rest.split()) <= 8
                # "4. Kent Police, in consultation with" (a bold lead filling the line): the sentence runs on
                and not RUNS_ON.search(rest)
                # a heading is styled, or followed by its numbered items; a wrapped first line is neither
                and (is_heading_like(line, body_size) or match_marker(nxt) is not None)
            ):
                # "7.3 Northshire Police": a numbered agency heading, not a recommendation
                close()
                heading = rest.rstrip(":")
                kind = (group_heading_kind(rest) or "single_agency") if kind != "executive_summary" else kind
                continue
            if style == "numeric" and numbered_sub_heading(rest, line, body_size, number, nxt):
                # "10.4 KSCS" in bold over 10.4(a): a heading the gazetteer does not know, still a heading
                close()
                heading = rest.rstrip(":")
                # "8.5 What the police should do": the group's kind (the summary's list stays the summary's)
                kind = kind if kind == "executive_summary" else group_heading_kind(rest) or kind
                continue
            close()
            # (a title is whole: text whose next line reads on in lower case is the recommendation's first words)
            # a bold title wrapped in a PDF ("Recommendation 4 - The child referral" over "matrix", both bold,
            # then the text in regular print): its second line is the title's, however it starts
            title_wraps = (
                style == "labelled"
                and bool(rest)
                and line.bold
                and line.x1 > 0
                and index + 2 < len(lines)
                and lines[index + 1].bold
                and not lines[index + 2].bold
                and lines[index + 1].page == line.page
                and lines[index + 1].block == line.block
                and is_title(f"{rest} {nxt}")
            )
            if (
                style == "labelled"
                and rest
                # (an agency's full name is a title however many words: "Devon & Torbay (D&T) Adult Social Care")
                and (is_title(rest) or is_agency_heading(rest))
                and (not nxt[:1].islower() or title_wraps)
                and not hangs_under(lines, index)
            ):
                lead_in_left = 1 if title_wraps else 0
                # "Recommendation 3 - Information sharing" then the recommendation on the next lines; a title
                # naming an agency ("Recommendation 4 - Northshire Police") is its addressee, kept as its tag
                tag = tag or (rest if names_agency(rest) else None)
                rest = ""
            if not rest:
                pending_number = (style, number, tag)
                continue
            current = new_item(style, number, tag, run_in_head(rest, line), line)
            continue
        lead_line = LEAD_LINE.match(text) if marker is None and not line.list_item else None
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
                current = new_item("list", None, None, run_in_head(text, line), line)
            continue
        if pending_number is not None:
            if line.list_item and pending_number[0] == "labelled":
                titled = (pending_number[1], pending_number[2])  # its first bullet (a Word list item)
            current = new_item(*pending_number, run_in_head(text, line), line)
            pending_number = None
            continue
        prose_left = pdf_left if line.x1 > 0 else docx_left
        if current is not None and new_paragraph(
            current,
            line,
            text,
            page_left.get(line.page),
            prose_left,
            page_lines.get(line.page),
            page_lines.get(current.lines[-1].page) if current.lines else None,
        ):
            # a new paragraph after a finished recommendation is commentary unless numbered
            close()
        if current is not None:
            current.text += " " + text
            current.lines.append(line)
        elif (
            not learning
            # (the paragraph's words from here, not the line's: a PDF line may stop before the modal, where the
            # same paragraph read from a DOCX is one line)
            and directs_forward(paragraph_from(lines, index))
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
    for item in items:
        item.heading = heading_name(item.heading)  # the name a labelled heading prints, not its label
    return clean_items(split_inline_numbers(items), section.heading)


def extract_items(sections: list[Section], body_size: float) -> list[RawItem]:
    from extraction.readers.bilingual import language

    items: list[RawItem] = []
    for section in sections:
        if section.is_action_plan:
            continue
        # ("K.1", "K.2": a list numbered with one letter's prefix, read as numbers within its section only)
        with letter_prefixed(line.text for line in section.lines):
            items.extend(split_items(section, body_size))
    if any(language(item.text) == "en" for item in items):
        # a bilingual report printed side by side: the Welsh items repeat the English ones
        items = [item for item in items if language(item.text) != "cy"]
    return _numbered_copies_kept(items)


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", text.casefold()))


def _numbered_copies_kept(items: list[RawItem]) -> list[RawItem]:
    """A recommendation printed unnumbered in one place (a "Finding | Recommendation" table closing an analysis
    chapter) and numbered elsewhere in the same words (the recommendations chapter gathering them; a word may
    be lost or misread in the cell): the numbered copy is the report's reference, the unnumbered
    one is dropped."""
    from difflib import SequenceMatcher

    numbered = {_words(i.text) for i in items if i.number}

    def copied(words: tuple[str, ...]) -> bool:
        if words in numbered:
            return True
        return len(words) >= 10 and any(
            abs(len(words) - len(other)) <= 0.05 * len(other) + 1
            and SequenceMatcher(None, words, other, autojunk=False).ratio() >= 0.92
            for other in numbered
        )

    return [i for i in items if i.number or not _words(i.text) or not copied(_words(i.text))]


__all__ = ["RawItem", "body_font_size", "extract_items", "split_items"]
