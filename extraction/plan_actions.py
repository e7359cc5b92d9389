"""The actions of one action-plan row: several actions in one cell ("1. Review ... 2. Train ...", bullets), each
with its own date when the Target Date cell gives one per action ("1. March 2017 2. Ongoing", "a) ... b) ...").
"""

from __future__ import annotations

import re

from dhr.schema import Action
from extraction.plan_columns import agencies_from_lead
from extraction.target_dates import (
    TargetDate,
    closed_up,
    deadline_in_text,
    one_target_each,
    plan_target,
    target_dates,
)

#: Bullet glyphs as cells give them: Word's (as DOCX and PDF give them, Symbol and Wingdings ones mapped to the
#: private use area), a PDF font's middle dot or bullet operator, and a dash.
BULLETS = "•▪●◦■➢►○◆❖➤·∙‣⁃\uf0b7\uf0a7\uf0a8\uf0d8\uf076\uf0fc"
_ACTION_SPLIT = re.compile(rf"(?:(?<=\s)|^)(?:\d{{1,2}}[.)]|[a-z]\)|\([a-z]\)|[{BULLETS}-])\s+(?=[A-Z(])")


def split_actions(cell: str) -> list[str]:
    """Several numbered actions in one cell ("1. Review ... 2. Train ...") -> one string each."""
    cell = cell.strip()
    marks = list(_ACTION_SPLIT.finditer(cell))
    if marks:
        # one list, one kind of mark: in a bulleted cell "... step 2. Offer ..." is text, not a new action
        kind = _mark_kind(marks[0].group(0))
        marks = [m for m in marks if _mark_kind(m.group(0)) == kind]
    starts = [m.start() for m in marks]
    if len(starts) < 2 and not (starts and starts[0] == 0):
        return [cell] if cell else []
    if starts[0] != 0:
        starts = [0, *starts]
    parts = [cell[a:b] for a, b in zip(starts, [*starts[1:], len(cell)], strict=True)]
    out = []
    for part in parts:
        part = _ACTION_SPLIT.sub("", part, count=1) if _ACTION_SPLIT.match(part) else part
        part = part.strip(" ;")
        if part:
            out.append(part)
    return out


def _mark_kind(mark: str) -> str:
    mark = mark.strip().lstrip("(")
    return "number" if mark[:1].isdigit() else "letter" if mark[:1].isalpha() else "bullet"


#: "1. ", "2) ", "a) ", "(b) " or a bullet starting each part of a cell ("a) Ongoing b) 31/03/2018" beside
#: "a) ... b) ...", "• June 2019 • Ongoing" beside bullets)
_NUMBERED_ANY = re.compile(
    rf"(?:(?<=\s)|^)(?:\d{{1,2}}[.)]|[a-z]\)|\([a-z]\)|[{BULLETS}])\s+(?!(?:st|nd|rd|th)\b)"
)


def _split_numbered(cell: str) -> list[str]:
    """A cell of numbered parts whatever follows the numbers ("1. 26 March 2018 2. Ongoing 3. TBC")."""
    starts = [m.start() for m in _NUMBERED_ANY.finditer(cell)]
    if len(starts) < 2 or starts[0] != 0:
        return [cell] if cell else []
    parts = [cell[a:b] for a, b in zip(starts, [*starts[1:], len(cell)], strict=True)]
    return [_NUMBERED_ANY.sub("", part, count=1).strip(" ;,") for part in parts]


def actions_from_cells(
    action_cell: str,
    lead_cell: str | None,
    target_cell: str | None,
    page: int,
    milestones: str | None,
    outcome: str | None,
) -> list[Action]:
    texts = split_actions(action_cell)
    dates = []
    if target_cell:
        target_parts = _split_numbered(target_cell)
        in_cell = target_dates(target_cell)
        whole = _whole_parts(target_cell)
        if len(texts) == 1 and len(target_parts) == 1 and len(whole) > 1:
            # actions written as paragraphs with no marks beside a date per line ("March 2019" over "Ongoing"):
            # the cell's paragraphs came out as one run of text, cut again where a new sentence starts
            texts = _unmarked_actions(texts[0], len(whole))
        if len(target_parts) == len(texts) and len(texts) > 1:
            dates = [plan_target(p) for p in target_parts]
        elif len(texts) > 1 and len(whole) == len(texts):
            dates = [plan_target(p) for p in whole]
        elif (
            len(texts) > 1
            and len(in_cell) == len(texts)
            and not _is_range(target_cell, in_cell)
            and one_target_each(target_cell, in_cell)
        ):
            # one date per action, in the same order (not a target and its revision, or the day it was done)
            dates = list(in_cell)
        elif len(texts) > 1 and len(target_parts) > 1:
            # numbered dates, fewer or more than the actions ("1. March 2019 2. Ongoing" beside three): each
            # action its own number's date, none for an action with no date of its number
            dates = [plan_target(p) for p in target_parts[: len(texts)]]
        elif len(texts) > 1 and len(whole) > 1:
            # several targets ("March 2019 Ongoing") that do not pair with the actions: which is whose is not
            # known, and one date for all would be wrong for some
            dates = [None] * len(texts)
        else:
            one = plan_target(target_cell)
            dates = [one] * len(texts)
    else:
        # no date column, or its cell left empty: an action can set its own deadline ("... by September 2019")
        dates = [deadline_in_text(text) for text in texts]
    lead_cells = _lead_each(lead_cell, len(texts))
    actions = []
    for i, text in enumerate(texts):
        date = dates[i] if i < len(dates) else None
        leads = agencies_from_lead(lead_cells[i])
        actions.append(
            Action(
                text=text,
                agencies=leads,
                target_date=date.iso if date else None,
                target_date_text=closed_up(target_cell),
                lead_text=lead_cells[i],
                milestones=milestones,
                outcome=outcome,
                page=page,
                confidence=0.9 if leads and date else 0.7,
            )
        )
    return actions


def _lead_each(lead_cell: str | None, n: int) -> list[str | None]:
    """Each action's lead: a Lead cell numbered alike beside numbered actions ("1. Police 2. Adult Social Care"
    beside "1. Add ... 2. Include ...") gives each action its own number's lead; any other cell is every
    action's (a count that does not pair leaves the cell whole: which lead is whose is not known)."""
    parts = _split_numbered(lead_cell) if lead_cell and n > 1 else []
    if len(parts) == n and all(parts):
        return list(parts)
    return [lead_cell] * n


def _is_range(cell: str, found: list[TargetDate]) -> bool:
    """Two dates joined as a span ("April 2018 - March 2019", "Jan to Mar 2020"): one target, not one each."""
    if len(found) != 2:
        return False
    first = cell.find(found[0].text)
    second = cell.find(found[1].text, first + len(found[0].text))
    if first < 0 or second < 0:
        return False
    return cell[first + len(found[0].text) : second].strip().lower() in {"-", "–", "—", "to", "until", "till"}


#: Target cells that are whole though they name no date ("Ongoing", "TBC").
_TARGET_WORDS = re.compile(
    r"\b(?:ongoing|tbc|tbd|tba|complete[d]?|immediate(?:ly)?|n/a|annually|quarterly|monthly|to be confirmed)\b",
    re.IGNORECASE,
)


def _whole_parts(cell: str) -> list[str]:
    """A target cell that is several whole targets one after another ("March 2019 Ongoing", "TBC June 2019"):
    each part, in order; [] unless the parts cover the cell with nothing but spaces, commas or semicolons
    between them (a range, "April 2018 - March 2019", is one target)."""
    spans = [(m.start(), m.end()) for m in _TARGET_WORDS.finditer(cell)]
    at = 0
    for found in target_dates(cell):
        start = cell.find(found.text, at)
        if start < 0:
            return []
        spans.append((start, start + len(found.text)))
        at = start + len(found.text)
    spans = _joined(cell, _led_in(cell, sorted(spans)))
    if len(spans) < 2:
        return []
    ends = [0, *(e for _, e in spans)]
    gaps = [cell[a:b] for a, (b, _) in zip(ends, spans, strict=False)] + [cell[spans[-1][1] :]]
    if any(a < e for (a, _), e in zip(spans[1:], ends[1:-1], strict=False)):
        return []  # overlapping parts: a date that holds a target word, or the other way round
    if any(gap.strip(" ,;.") for gap in gaps):
        return []
    return [cell[a:b] for a, b in spans]


#: Words that open a target before its date ("By September 2024", "End of Q4 2024/25", "w/c 14/10/2024").
_LEAD_IN = re.compile(
    r"\b(?:(?:by\s+)?(?:the\s+)?end\s+of(?:\s+the)?|by|before|due|no\s+later\s+than|w/c|week\s+commencing)\s*$",
    re.IGNORECASE,
)
#: What joins two pieces of one target ("Ongoing - reviewed annually", "March 2019 and ongoing", a range's dash).
_GLUE = re.compile(r"\s*(?:[-–—]\s*)?(?:(?:and|then|reviewed|review|thereafter)\s*)*", re.IGNORECASE)


def _led_in(cell: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each part's span moved back over the words that open it in the gap before it ("By", "End of", "w/c")."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        before = out[-1][1] if out else 0
        if before <= start and (m := _LEAD_IN.search(cell, before, start)) is not None:
            start = m.start()
        out.append((start, end))
    return out


def _joined(cell: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Parts that one target's words join ("Ongoing - reviewed annually": "Ongoing" and "annually") as one;
    parts with nothing but spaces between them stay apart."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and out[-1][1] <= start:
            gap = cell[out[-1][1] : start]
            if gap.strip() and _GLUE.fullmatch(gap):
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


#: A capitalised word after a lowercase one: where an unmarked paragraph of a cell may start ("procedure Remind").
_NEW_SENTENCE = re.compile(r"(?<=[a-z,;.)] )([A-Z][a-z]+)\b")


def _unmarked_actions(text: str, n: int) -> list[str]:
    """``text`` cut into ``n`` actions where exactly ``n - 1`` new sentences start (a capitalised word after a
    lowercase one, not inside an agency's name and not the start of a name of several capitalised words); the
    text whole otherwise (a capitalised place or service name is no new action)."""
    from classification.agencies import find_agencies

    names = [(m.start, m.end) for m in find_agencies(text)]
    cuts = []
    for m in _NEW_SENTENCE.finditer(text):
        following = text[m.end() :].split()
        if any(a <= m.start() < b for a, b in names) or (following and following[0][:1].isupper()):
            continue
        if len(text[: m.start()].split()) < 3 or len(following) < 2:
            continue
        cuts.append(m.start())
    if len(cuts) != n - 1:
        return [text]
    bounds = [0, *cuts, len(text)]
    return [text[a:b].strip(" ;,") for a, b in zip(bounds, bounds[1:], strict=False)]


__all__ = ["actions_from_cells", "split_actions"]
