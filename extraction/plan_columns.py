"""Action-plan table headers: which column is which ("Target date", "Timescale", "By when", "Completion date",
"Lead officer", "Lead agency", "Success measures"...), whatever their order.

A header row is a plan's when most of its cells name a column and it has an action or recommendation column
beside a lead, target or action one. Columns that say how the plan is checked ("Monitoring", "How will success
be measured", "Evidence") are read as ``monitoring``, never as the actions; a lone "Completion date" is the
target, while "Date of completion and outcome" beside a target column is what happened.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extraction.document import Document, Page
    from extraction.sections import Section

#: "rec" | "number" | "scope" | "action" | "lead" | "milestones" | "target" | "outcome" | "monitoring" |
#: "start" (a start date: read as no part of the action) | "revised" (a revised target date: the target when its
#: cell holds a date) | "action_number" (an action's own number, "1.1": read as no part of it) | "partners"
Column = str


_HEADER_RULES: list[tuple[Column, re.Pattern[str]]] = [
    # "Revised target date", "New deadline", "Target date (revised)": the date that replaced the target's (its
    # cell, when it holds a date, is the action's target; see :func:`classify_header`)
    (
        "revised",
        re.compile(
            r"^(?:revised|new|amended|extended|updated|re-?set|rescheduled)\s+(?:(?:target|completion|due)\s+)*"
            r"(?:date|deadline|timescale|target)s?\b|^(?:target|due|completion)\s+date\s*\((?:revised|new|amended)\)",
            re.I,
        ),
    ),
    # "Target completion date", "Target date for completion": the target, though "completion date" is an outcome
    ("target", re.compile(r"^target\b(?!\s*(?:audience|group|population|cohort))", re.I)),
    # "Planned completion date" beside "Actual completion date": the plan's date is the target, the actual one
    # what happened
    (
        "target",
        re.compile(
            r"^(?:planned|proposed|expected|anticipated|estimated|intended|scheduled)\s+(?:\w+\s+)?(?:date|deadline)"
            r"|^(?:planned|proposed|expected|anticipated|estimated|intended|scheduled)\s+(?:completion|end)$",
            re.I,
        ),
    ),
    # "Start date" beside the target: when work begins, never the target (its dates are not deadlines); "Date
    # agreed", "Date raised", "Date of panel": when the action was set, no deadline either
    (
        "start",
        re.compile(
            r"\bstart|\bbegin|\bcommenc|^date\s+(?:agreed|raised|added|identified|opened|logged|received|created|"
            r"recorded|set|of\s+(?:panel|meeting|agreement|review|report|recommendation))$",
            re.I,
        ),
    ),
    # "Action no.", "Action ref": the number of an action under its recommendation ("1.1", "1.2"), not the action
    ("action_number", re.compile(r"^actions?\s*(?:no\.?|number|ref(?:erence)?\.?|#|id)$", re.I)),
    # "Actions agreed by the lead agency": a header that starts with "Action" names the actions, whatever agency it
    # names after ("Action owner", "Action status", "Action lead" are other columns)
    (
        "action",
        re.compile(
            r"^actions?\b(?!\s*(?:status|progress|update|complete|owner|lead|by\b|date|taken to date))", re.I
        ),
    ),
    # "Date to be completed by", "Date for completion": the deadline, though "completed" names what happened
    ("target", re.compile(r"\bto be complet|\bfor complet|\bcomplete by\b|\bcompletion by\b", re.I)),
    (
        "outcome",
        re.compile(r"outcome|date of completion|completion date|completed|status|progress|update", re.I),
    ),
    # "\bdate": not the "date" of "Progress update"
    (
        "target",
        re.compile(
            r"target(?!\s*(?:audience|group|population|cohort))|by when|timescale|time ?frame|time ?line|deadline|\bdue\b"
            r"|\bdate|^when\b"
            r"|^(?:to be completed|completion) by\b|^completion$",
            re.I,
        ),
    ),
    ("milestones", re.compile(r"milestone", re.I)),
    # "Agencies involved", "Partner agencies", "Supporting agencies": bodies that take part, not the lead
    # (LABELLING-GUIDE agencies rule 2: partners are not addressees); "Lead partner" stays the lead
    (
        "partners",
        re.compile(
            # (a few words: "Add a both-partners check to the guide" is an action cell, not a header)
            r"^(?=(?:\S+\s+){0,4}\S+\s*$)(?!.*\b(?:lead|responsib|owner))"
            r"(?=.*\b(?:involved|partners?|supporting|contributing)\b)",
            re.I,
        ),
    ),
    # "Single agency recommendation": the recommendations, though "agency" names the lead elsewhere
    ("rec", re.compile(r"\bagency\s+recommendations?$", re.I)),
    (
        "lead",
        re.compile(
            r"\bleads?\b|agency|agencies|responsib|accountab|owner|who\b|by whom|organisation|addressee", re.I
        ),
    ),
    # how the plan will know an action worked: never the action itself ("How will success be measured")
    (
        "monitoring",
        re.compile(r"monitor|measur|evidence|success|assurance|impact|\bkpi|\brag\b|indicator", re.I),
    ),
    ("scope", re.compile(r"scope|level|local or regional|geograph", re.I)),
    # "What will be done", "What needs to happen": the actions in plain words
    (
        "action",
        re.compile(
            r"action|how|activity|tasks?\b|^steps\b|^what\s+(?:will|needs?\s+to|should|is\s+to|we\s+will)\b|"
            r"^interventions?\b",
            re.I,
        ),
    ),
    (
        "number",
        re.compile(
            r"^(?:no\.?|number|ref\.?|#|item|rec\.?(?: no\.?)?|rec(?:ommendation)? (?:no\.?|number))$", re.I
        ),
    ),
    # "What the panel recommends": the recommendation written as a verb
    ("rec", re.compile(r"recommendation|recommends\b|^rec\b|learning|issue", re.I)),
]
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NUMBER_HEADER = re.compile(r"^(?:no|ref)\.?$", re.I)
_LIST_NUMBER = re.compile(r"^\(?\d{1,3}(?:\.\d{1,3}){0,3}[.)]?$")
_DEADLINE_HEADER = re.compile(r"target|when|timescale|time ?frame|deadline|due|complet", re.I)
_DATE_TO_COMPLETE = re.compile(r"\bcompletion date|date (?:of|for|to be) complet|complete(?:d)? by\b", re.I)
_LEAD_AND_WHEN = re.compile(r"\bwhen\b|timescale|time ?frame|deadline|\bdue\b|\bdate\b|target", re.I)
_OUTCOME_WORDS = re.compile(r"outcome|status|progress|update|comment|result|evidence", re.I)


#: A SMART plan's criterion before what its column holds: "Specific - what will be done", "Time-bound: target
#: date", "Achievable / who will lead" (the words after it name the column as any plan's header does)
_SMART_PREFIX = re.compile(
    r"^(?:specific|measurable|achievable|attainable|agreed|relevant|realistic|time[- ]?bound|timely|timed)"
    r"\s*[-\u2013\u2014:/]\s*(?=\w)",
    re.I,
)


def _header_forms(cell: str) -> list[str]:
    """A header cell as printed, and closed up when a narrow column broke its word ("Re c" -> "Rec"); a SMART
    criterion before the column's own words is dropped in a further form."""
    cell = cell.strip()
    plain = _SMART_PREFIX.sub("", cell)
    if plain != cell:
        return [cell, *_header_forms(plain)]
    if len(cell) <= 12 and re.search(r"\b\w{1,2}$", cell) and " " in cell:
        return [cell, cell.replace(" ", "")]
    # "Recommendat ion", "Timesca le": only a cell that names no column as printed, and only where the join
    # is a header word (a wider closing-up gave other tables' headers roles they do not have)
    closed = _SPLIT_PAIR.sub(lambda m: _joined(m), cell)
    if closed != cell and not any(rule.search(cell) for _, rule in _HEADER_RULES):
        return [cell, closed]
    sides = cell.split(" / ")
    if len(sides) == 2 and all(sides) and not any(rule.search(cell) for _, rule in _HEADER_RULES):
        # a bilingual header, the Welsh word and the English one ("Rhif / No."): each side names the column
        return [cell, sides[1].strip(), sides[0].strip()]
    return [cell]


_HEADER_WORDS = {
    "recommendation", "recommendations", "action", "actions", "agency", "agencies", "responsible", "timescale",
    "timescales", "target", "outcome", "outcomes", "milestones", "completion", "organisation", "deadline",
    "monitoring", "evidence", "progress", "update", "scope", "officer", "date",
}  # fmt: skip
_SPLIT_PAIR = re.compile(r"\b([A-Za-z]{1,14}) ([a-z]{1,12})\b")


def _joined(m: re.Match[str]) -> str:
    word = m.group(1) + m.group(2)
    return word if word.lower() in _HEADER_WORDS else m.group(0)


def _wrapped_number_header(row: list[str], columns: dict[int, Column]) -> None:
    """ "No .", "N o.": a narrow column wrapped its header word or full stop onto a line of its own. Read as the
    number column only in a plan with no Recommendation column, where the number is all that ties an action
    to its recommendation (beside a Recommendation cell the number is read from that cell, as before)."""
    if "rec" in columns.values() or "number" in columns.values():
        return
    # and only under a deadline column: a numbered chronology ("No | Date | Agency | Action taken") is no plan
    if not any(
        c == "target" and any(_DEADLINE_HEADER.search(form) for form in _header_forms(row[i]))
        for i, c in columns.items()
    ):
        return
    for i, cell in enumerate(row):
        closed = cell.replace(" ", "")
        if i not in columns and " " in cell.strip() and len(cell) <= 6 and _NUMBER_HEADER.match(closed):
            columns[i] = "number"
            return


def cell_role(cell: str) -> Column | None:
    return next(
        (column for form in _header_forms(cell) for column, rule in _HEADER_RULES if rule.search(form)), None
    )


def dense_wrapped_number(columns: dict[int, Column], header: list[str], data: list[list[str]]) -> None:
    """Keep a wrapped "No ." column (:func:`_wrapped_number_header`) only when it numbers recommendations over
    several actions (blank under a number): one on every row numbers the rows themselves, not recommendations."""
    index = next(
        (
            i
            for i, c in columns.items()
            if c == "number" and " " in header[i].strip() and _NUMBER_HEADER.match(header[i].replace(" ", ""))
        ),
        None,
    )
    # (one data row proves nothing: the first part of a table that flows on into the next column or page; a
    # cell merged down from the row above, marked "\u2063", is blank under its number)
    if (
        index is not None
        and len(data) >= 2
        and all(len(row) > index and row[index] and not row[index].startswith("\u2063") for row in data)
    ):
        del columns[index]


_BARE_REF = re.compile(r"^(?:rec(?:ommendation)?\s*)?[A-Z]{0,3}\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?[.):]?$", re.I)


def unlabelled_number(columns: dict[int, Column], header: list[str], data: list[list[str]]) -> None:
    """A first column with no header over bare numbers ("" over "1", "2"): the recommendations' numbers (the
    header names every other column, so the blank one is no text column left unnamed by chance)."""
    if "number" in columns.values() or 0 in columns or not header:
        return
    head = header[0].strip()
    cells = [row[0].lstrip("\u2063").strip() for row in data if row]
    filled = [c for c in cells if c]
    # (or headed by the references' own prefix: "OR" over "OR1", "OR2", an overview's recommendations)
    prefix = re.fullmatch(r"[A-Z]{1,4}", head) is not None and all(
        re.match(rf"{head}\s?\d", c) for c in filled
    )
    if (not head or prefix) and len(filled) >= 1 and all(_BARE_REF.match(c) for c in filled):
        columns[0] = "number"


def _recommendation_over_issue(row: list[str], columns: dict[int, Column]) -> None:
    """ "Issue | Recommendation | Action": the column that says "Recommendation" holds the recommendations; the
    issue or learning beside it (read first as the recommendation) is the finding, no column of the plan."""
    first = next((i for i, c in columns.items() if c == "rec"), None)
    if first is None or re.search(r"recommend", row[first], re.I):
        return
    named = next(
        (
            i
            for i, cell in enumerate(row)
            if i not in columns and re.search(r"^recommendations?$", cell.strip(), re.I)
        ),
        None,
    )
    if named is not None:
        del columns[first]
        columns[named] = "rec"


def classify_header(row: list[str]) -> dict[int, Column] | None:
    columns: dict[int, Column] = {}
    for i, cell in enumerate(row):
        cell = cell.strip()
        # (a header names its column in a few words: a sentence of ten or more is a data cell, whatever column
        # word it holds by chance, "... saying how to get in")
        if not cell or len(cell) > 90 or len(cell.split()) > 10:
            continue
        for column, rule in _HEADER_RULES:
            if any(rule.search(form) for form in _header_forms(cell)) and column not in columns.values():
                columns[i] = column
                break
    _wrapped_number_header(row, columns)
    _recommendation_over_issue(row, columns)
    if "target" not in columns.values():
        # a lone "Completion date" / "Date to be completed by" column is the target; "Date of completion and
        # outcome" or "Date completed" beside a target column is what happened
        for i, column in columns.items():
            if column == "outcome" and _DATE_TO_COMPLETE.search(row[i]) and not _OUTCOME_WORDS.search(row[i]):
                columns[i] = "target"
                # the outcome role is free again for a "Progress update" column after it
                outcome_rule = dict(_HEADER_RULES)["outcome"]
                more = [j for j, cell in enumerate(row) if j not in columns and outcome_rule.search(cell)]
                if more:
                    columns[more[0]] = "outcome"
                break
    if "target" not in columns.values():
        # "Who / When", "Lead officer and date": one column for the lead and the date; its dates are the
        # targets (the lead is read from the rest of its cell, plan_continued.row_cells)
        for i, column in columns.items():
            if column == "lead" and _LEAD_AND_WHEN.search(row[i]):
                columns[i] = "target"
                break
    if "revised" in columns.values() and "target" not in columns.values():
        # a revised date with no target column beside it is the only target there is
        columns = {i: "target" if c == "revised" else c for i, c in columns.items()}
    if any(_YEAR.search(cell) or _LIST_NUMBER.match(cell.strip()) for cell in row):
        # a header names columns; a row with a year in it is data ("Audit ... | Lead | June 2021"), and so is one
        # with a list number in a cell ("1. | The Review recommends that ... | target the need ...": a numbered
        # list beside a box, taken for a table, whose sentences hold column words by chance)
        return None
    roles = set(columns.values())
    filled = sum(1 for cell in row if cell.strip())
    # most cells of a header name a column; a data row has a word or two of them by chance ("Hold a learning
    # event. Invite every agency.") among cells that name none
    if len(columns) * 5 < filled * 3:
        return None
    if len(columns) >= 2 and ("action" in roles or "rec" in roles) and (roles & {"lead", "target", "action"}):
        return columns
    aside = [c for c in columns.values() if c in ("partners", "outcome")]
    if roles - {"partners", "outcome"} == {"number", "rec"} and filled - len(aside) == 2:
        # "No. | Recommendation": the recommendations set out as a table (agency names as rows across it); so
        # too "No. | IMR recommendation | Progress", an agency's recommendations quoted with what it has done
        # since (the progress is no part of the text, nor a target)
        return columns
    return None


_AGENCY_SPLIT = re.compile(r"\s*(?:[,;/&\n]|\band\b|\bwith\b(?=.*\blead\b))\s*", re.IGNORECASE)


def agencies_from_lead(text: str | None) -> list[str]:
    """Lead Agency cell -> agency ids, in order, without duplicates."""
    from classification.agencies import find_agencies, normalise_agency
    from extraction.plan_lead_names import lead_name_parts

    if not text:
        return []
    ids: list[str] = []
    parts = lead_name_parts(text)
    if len(parts) > 1:
        # bodies printed one a line and read as one run of words: each whole name is read on its own
        for part in parts:
            for agency in agencies_from_lead(part):
                if agency not in ids:
                    ids.append(agency)
        return ids
    for match in find_agencies(text):
        if match.agency not in ids:
            ids.append(match.agency)
    if len(ids) < 2:
        # one name (or an unknown local name): the whole-cell normaliser knows more spellings
        whole = normalise_agency(text)
        if whole:
            return [whole]
    if not ids:
        for part in _AGENCY_SPLIT.split(text):
            agency = normalise_agency(part) if part else None
            if agency and agency not in ids:
                ids.append(agency)
    return ids


def agency_heading(before: list[str]) -> str | None:
    """The agency a plan table is under when the line just above it is its name alone ("Halstow Marsh Police"
    over a "Rec | Action | Target date" table, one table per agency): that line, or None. A sentence, a title
    ("Action plan") or a line naming no agency is no such heading."""
    line = " ".join(before[-1].split()) if before else ""
    if not line or len(line) > 80 or len(line.split()) > 8 or re.search(r"[.:;?!]$|\d", line):
        return None
    if re.search(r"\b(?:action|plan|recommendations?|appendix|table)\b", line, re.IGNORECASE):
        return None
    return line if agencies_from_lead(line) else None


def governing_agency(headings: list[str]) -> str | None:
    """The agency heading a table sits under, though prose comes between them: of the headings above it
    (``headings``, outermost first, each the nearest of a higher level than the next; a DOCX reader gives them),
    the nearest that names an agency alone ("Kent Police" over a paragraph and the IMR's table; "7.3 KMPT" with
    its number), or None. A later heading of the same level or higher ends the agency's part, so it is no
    longer among them."""
    for text in reversed(headings):
        name = re.sub(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+", "", text)
        if agency_heading([name]):
            return name
    return None


def printed_headings(document: Document, page_number: int, before: list[str]) -> list[str]:
    """The headings over a table of a print with no heading levels (a PDF), as :func:`governing_agency` takes
    them: walking up from the paragraph printed just above the table (``before``, nearest last) over its page and
    the page before, each heading-like line printed larger or bolder than every one nearer the table (a higher
    level). A heading as large as a nearer one is a sibling that ended its part and is left out."""
    from extraction.sections import body_font_size, is_heading_like

    last = " ".join(before[-1].split()) if before else ""
    lines = [
        ln for page in document.pages if page.number in (page_number - 1, page_number) for ln in page.lines
    ]
    end = next(
        (
            k
            for k in range(len(lines) - 1, -1, -1)
            if lines[k].page == page_number
            and (text := " ".join(lines[k].text.split()))
            and last.endswith(text)
        ),
        None,
    )
    if end is None:
        return []
    body = body_font_size(document)
    chain: list[str] = []
    floor = 0.0
    for line in reversed(lines[: end + 1]):
        # bold counts half a point: a bold heading ranks over a plain one of its size, yet under one printed a
        # point larger (bold 11 pt is 11.5, under a plain 12 pt)
        rank = line.size + (0.5 if line.bold else 0.0)
        if rank > floor and is_heading_like(line, body):
            chain.append(" ".join(line.text.split()))
            floor = rank
    return chain[::-1]


#: The fields a per-recommendation box gives (a lead, a target, an outcome, milestones), never the text.
_BOX_FIELDS = {"lead", "target", "outcome", "milestones"}


def field_box(rows: list[list[str]]) -> dict[Column, str] | None:
    """A small table of a recommendation's fields set under it: "Lead agency | Timescale" over one row of values,
    or label cells down the left ("Lead agency | Kent Police" / "Timescale | 6 months"). Returns the fields by
    column role; None for any other table. Every label must name a field and a lead or target must be among
    them: a table of other columns, or with more than one row of values, is data, not a recommendation's box."""
    rows = [[c.strip() for c in row if c.strip()] for row in rows]
    rows = [row for row in rows if row]
    if not 2 <= len(rows) <= 4:
        return None
    # across: one header row naming only fields, one row of values under it
    if len(rows) == 2 and len(rows[0]) == len(rows[1]) >= 2 and not any(_YEAR.search(c) for c in rows[0]):
        roles = [_box_role(cell) for cell in rows[0]]
        if all(roles) and len(set(roles)) == len(roles) and {"lead", "target"} & set(roles):
            return {role: value for role, value in zip(roles, rows[1], strict=True) if role}
    # down: a label and its value on each row
    if all(len(row) == 2 for row in rows):
        fields: dict[Column, str] = {}
        for label, value in rows:
            role = _box_role(label)
            if role is None or role in fields:
                return None
            fields[role] = value
        if {"lead", "target"} & set(fields):
            return fields
    return None


def _box_role(cell: str) -> Column | None:
    """The field a box's label names ("Lead agency", "Timescale", "Outcome"): a few words, no sentence."""
    cell = cell.rstrip(":").strip()
    if not cell or len(cell.split()) > 4:
        return None
    role = cell_role(cell)
    return role if role in _BOX_FIELDS else None


__all__ = [
    "Column",
    "agencies_from_lead",
    "cell_role",
    "classify_header",
    "dense_wrapped_number",
    "field_box",
]


# --------------------------------------------------------------------------------------------------------------
# which pages to run the table finder on
# --------------------------------------------------------------------------------------------------------------

_CANDIDATE_PAGE = re.compile(
    r"(?:lead\s+(?:agency|organisation|officer|partner)|action to take|key milestones|target\s+date|"
    r"actions?\s+(?:required|to be taken)|by when|timescale)",
    re.IGNORECASE,
)
_NUMBER_COLUMN_LINE = re.compile(r"^(?:no\.?|ref\.?|rec\.? no\.?|number)$", re.IGNORECASE)
_COLUMN_WORD = re.compile(
    r"\b(lead|target|action|scope|outcome|milestone|timescale|deadline|completion|owner|status|agency|level|"
    r"responsib|recommendation)",
    re.IGNORECASE,
)


def candidate_pages(document: Document, sections: list[Section]) -> list[int]:
    pages: set[int] = set()
    rec_pages: set[int] = set()
    for section in sections:
        if section.is_action_plan:
            pages.update(section.pages)
        else:
            rec_pages.update(section.pages)
    for page in document.pages:
        if page.native_tables:
            pages.add(page.number)
            continue
        # two different column phrases on one page ("Lead agency", "Target date"), or three column words
        # printed as short lines, as table headers are: a single "Timescales" heading is not a table
        kinds = {m.group(0).lower().split()[0] for m in _CANDIDATE_PAGE.finditer(page.text)}
        words = {
            m.group(1).lower()
            for line in page.lines
            if len(line.text.split()) <= 6
            for m in _COLUMN_WORD.finditer(line.text)
        }
        if any(_NUMBER_COLUMN_LINE.match(line.text.strip()) for line in page.lines):
            # "No." over a column of numbers: with "Recommendation", a recommendations table
            words.add("number")
        # inside a recommendations section a two-column "Agency | Recommendation" table is enough
        if len(kinds) >= 2 or len(words) >= 3 or (page.number in rec_pages and len(words) >= 2):
            pages.add(page.number)
    # a table's header repeated at the top of the next page ("No. | Recommendation" over the rest of a cut
    # row): that page holds the same table, though its own column words are too few to say so
    by_number = {page.number: page for page in document.pages}
    for number in sorted(pages):
        nxt = by_number.get(number + 1)
        if nxt is None or nxt.number in pages or nxt.number not in rec_pages | pages:
            continue
        header = {ln.text.strip() for ln in by_number[number].lines if _header_word_line(ln.text)}
        if any(ln.text.strip() in header for ln in nxt.lines[:8] if _header_word_line(ln.text)):
            pages.add(nxt.number)
    # a table that runs on over the page with no header repeated: the next page starts with the rest of its
    # rows, short pieces of text in three or more columns (a PDF's; a DOCX's tables are read whole)
    for number in range(1, len(document.pages)):
        nxt = by_number.get(number + 1)
        if (
            number in pages
            and nxt is not None
            and nxt.number not in pages
            and not by_number[number].native_tables
        ):
            if _rows_at_top(nxt):
                pages.add(nxt.number)
    return sorted(pages)


def _rows_at_top(page: Page) -> bool:
    """The page's first lines are the cells of table rows: mostly short, set in three or more columns."""
    top = sorted((ln for ln in page.lines if ln.text.strip()), key=lambda ln: (ln.y0, ln.x0))[:12]
    if len(top) < 6 or sum(len(ln.text.split()) <= 6 for ln in top) < 0.75 * len(top):
        return False
    columns: dict[int, int] = {}
    for ln in top:
        columns[round(ln.x0 / 8)] = columns.get(round(ln.x0 / 8), 0) + 1
    return sum(count >= 2 for count in columns.values()) >= 3


def _header_word_line(text: str) -> bool:
    return len(text.split()) <= 4 and bool(_COLUMN_WORD.search(text))
