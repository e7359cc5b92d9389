"""Rows of an action-plan table that continue the row above: the rest of a row that a page or column break cut
in two ("... to ensure that" | "it reflects current guidance ..."), date cells cut in two ("31st" | "March 2018"),
and a row's cells read by column (a revised date over the target it replaced).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dhr.dates import find_dates
from dhr.schema import Action
from extraction.document import TableRows
from extraction.plan_actions import _ACTION_SPLIT, BULLETS, _split_numbered, actions_from_cells, split_actions
from extraction.plan_columns import Column, agencies_from_lead
from extraction.target_dates import _close_broken_months, closed_up, plan_target, target_date, target_dates

if TYPE_CHECKING:
    from extraction.action_plan import PlanRow

#: Lower roman numbers of two letters or more ("ii", "iv", "xii"; a single "i", "v" or "x" reads as a letter):
#: Word's "i."-"iii." lists copied into a plan's Recommendation cells.
_ROMAN = r"(?=[ivx]{2})x{0,3}(?:ix|iv|v?i{0,3})"
NUMBER_IN_CELL = re.compile(
    r"^(?:recommendation\s*(?:number|no\.?)?\s*)?(?:(?P<n>\d{1,3}(?:\.\d{1,3}){0,3}(?!\d)(?:\s?\([a-z]\)|[a-z](?![a-z]))?)"
    rf"|\((?P<l1>[a-z])\)|(?P<l2>[a-z])[.)](?=\s)|\((?P<r1>{_ROMAN})\)|(?P<r2>{_ROMAN})[.)](?=\s))"
    r"[.):]?\s*(?:\((?P<tag>[A-Za-z][^)]{1,40})\))?\s*[-–:]?\s*",
    re.IGNORECASE,
)


def continues_split_row(
    row: list[str], header: dict[int, Column], out: list[PlanRow], page_top: bool = False
) -> bool:
    """The rest of a row that a page break (or the table finder) cut in two.

    Its action starts lowercase; or, at the top of a continuation page (``page_top``), it holds only action
    text (with milestones or outcome) under an action that has its lead and target: a page break between two
    sentences of one cell leaves a capital, but a new action row has its own Lead or Target cell.
    """
    if not out:
        return False
    cells = row_cells(row, header)
    rec = cells.get("rec", "")
    own_cells = any(cells.get(k) for k in ("lead", "target", "number", "scope"))
    # (a row that has no recommendation text, only its number, was not cut inside one)
    rec_cut = rec and out[-1].text and not cells.get("number") and not NUMBER_IN_CELL.match(rec)
    whole_row_cut = rec_cut and page_top and own_cells and out[-1].number and out[-1].actions
    if whole_row_cut and _mid_sentence(out[-1].text):
        if _cells_continue(cells, out[-1].actions[-1]):
            return _join_cut_row(cells, out[-1])
        if cells.get("action") and not cells.get("number"):
            # the rest of a Recommendation cell merged down over its actions, beside a new action row with
            # cells of its own ("... under the" | "Neighbourhood Harm Reduction Register ..." + "Audit ...")
            out[-1].text = f"{out[-1].text} {rec}"
            if _continues_numbered(out[-1], cells):
                return True
            out[-1].actions.extend(
                actions_from_cells(cells["action"], cells.get("lead") or out[-1].lead_text, cells.get("target"),
                                   out[-1].page, cells.get("milestones"), cells.get("outcome"))
            )  # fmt: skip
            return True
    if (
        rec_cut
        and rec[0].islower()
        and page_top
        and out[-1].actions
        and _completes_date(cells.get("target"), out[-1].actions[-1])
    ):
        # a row cut by the page break in every cell, an unnumbered Recommendation cell merged down over its
        # actions too: "... audit" | "of complex cases ...", "Carry out a dip sample of" | "20 cases and report
        # the findings", "31st March" | "2016" (the date completed says the action was cut, not a new one)
        return _join_cut_row(cells, out[-1])
    if (
        rec_cut
        and page_top
        and out[-1].actions
        and cells.get("action", "")[:1].islower()
        and _mid_sentence(out[-1].actions[-1].text)
    ):
        # a row cut by the page break in every cell where the recommendation's cut fell between two of its
        # sentences ("... mechanisms." | "Refinements to this process ..."): the action cell going on in lower
        # case says the row was cut (a new row's action starts its own sentence)
        return _join_cut_row(cells, out[-1])
    if rec_cut and (
        rec[0].islower()
        # at a page top, an unnumbered recommendation cell with no cells of its own under a numbered one
        or (
            page_top and out[-1].number and not own_cells and not re.search(r"[.;!?]$", out[-1].text.rstrip())
        )
        or (page_top and out[-1].number and not own_cells and not cells.get("action"))
        # a plan with no action column, the row cut under a repeated header: the Lead cell cut with the
        # recommendation ("Cardiff and Vale" | "Regional ... Board"), no number or target of its own
        or (
            page_top
            and out[-1].number
            and "action" not in header.values()
            and not out[-1].actions
            and not cells.get("number")
            and not cells.get("target")
            and not re.search(r"[.;!?]$", out[-1].text.rstrip())
        )
    ):
        # the recommendation cell itself was cut: "... to ensure that" | "it reflects current guidance ..."
        out[-1].text = f"{out[-1].text} {rec}".strip()
        action = cells.get("action", "")
        if "action" not in header.values() and not out[-1].actions:
            # a plan with no action column ("No. | Recommendation | Agency | Timescale"): the Lead and Target
            # cells were cut with it ("Kent Children's" | "Social Services") and are the recommendation's own
            for key, attr in (("lead", "lead_text"), ("target", "target_text")):
                if cells.get(key):
                    setattr(out[-1], attr, f"{getattr(out[-1], attr) or ''} {cells[key]}".strip())
        last_complete = bool(out[-1].actions and out[-1].actions[-1].target_date_text)
        if action and _continues_numbered(out[-1], cells):
            pass
        elif (
            action
            and out[-1].actions
            and (action[0].islower() or (page_top and last_complete and not own_cells))
        ):
            _append_action_text(out[-1], action)
        elif action:
            out[-1].actions.extend(
                actions_from_cells(action, cells.get("lead") or out[-1].lead_text, cells.get("target"),
                                    out[-1].page, cells.get("milestones"), cells.get("outcome"))
            )  # fmt: skip
        return True
    if not out[-1].actions:
        return False
    if page_top and not rec and _rest_of_lead(cells, out[-1].actions[-1]):
        # the last line(s) of a Lead cell a page break cut ("Cornwall & Isles of Scilly (IoS) Public" |
        # "Health", "Community Safety Manager, Sefton" | "Community Safety Partnership"), maybe beside the rest
        # of the outcome cell: a row of its own would have an action or a recommendation
        _join_cut_row(cells, out[-1])
        for key in ("milestones", "outcome"):
            if cells.get(key):
                last = out[-1].actions[-1]
                setattr(last, key, f"{getattr(last, key) or ''} {cells[key]}".strip())
        return True
    if not rec and not cells.get("action") and not any(cells.get(k) for k in ("lead", "number", "scope")):
        return _continues_dates(cells, out[-1])
    action = cells.get("action", "")
    last = out[-1].actions[-1]
    if page_top and action and not rec and not any(cells.get(k) for k in ("number", "scope")):
        if _continues_numbered(out[-1], cells):
            return True
        if _completes_date(cells.get("target"), last):
            # a row cut by the page break in every cell: "Add the check ..." | "31st March" | "Brackenmoor" over
            # "The lead agency will ..." | "2019" | "Police" (a new row's date would be whole)
            return _join_cut_row(cells, out[-1])
    if rec or not action:
        return False
    cut_by_page = (
        page_top
        and not any(cells.get(k) for k in ("lead", "target", "number", "scope"))
        and bool(last.lead_text and last.target_date_text)
        and not _ACTION_SPLIT.match(action)
        and not _starts_own_action(last.text, action)
    )
    if not action[0].islower() and not cut_by_page:
        return False
    _append_action_text(out[-1], action)
    if cells.get("lead"):
        last.lead_text = f"{last.lead_text or ''} {cells['lead']}".strip()
        last.agencies = agencies_from_lead(last.lead_text)
    if cells.get("target") and last.target_date is None:
        found = plan_target(cells["target"])
        last.target_date, last.target_date_text = (found.iso if found else None), cells["target"]
    return True


_NUMBER_MARK = re.compile(r"^(\d{1,2})[.)]\s")


def _continues_numbered(row: PlanRow, cells: dict[Column, str]) -> bool:
    """A numbered list of actions and its numbered dates, both cut by the page break ("1. Write ..." | "1. March
    2017 2. 31/03/18" over "2. Train ... 3. Audit ..." | "3. Ongoing"): the actions of both parts take the dates
    of both parts by number. Only when the cell below goes on from the last number above."""
    action, target = cells.get("action", ""), cells.get("target")
    m = _NUMBER_MARK.match(action)
    if m is None or not row.actions or not row.actions[-1].target_date_text:
        return False
    last = row.actions[-1]
    above = [a for a in row.actions if a.target_date_text == last.target_date_text]
    if int(m.group(1)) != len(above) + 1 or not _NUMBER_MARK.match(last.target_date_text):
        return False
    texts = " ".join(f"{k}. {a.text}" for k, a in enumerate(above, start=1))
    joined_target = f"{last.target_date_text} {target or ''}".strip()
    lead = _cell_of([a.lead_text for a in above])
    redone = actions_from_cells(f"{texts} {action}", lead, joined_target, last.page or row.page,
                                last.milestones, last.outcome)  # fmt: skip
    if len(redone) != len(above) + len(split_actions(action)):
        return False
    keep = [a for a in row.actions if a not in above]
    row.actions[:] = [*keep, *redone]
    return True


def row_cells(row: TableRows | list[str], header: dict[int, Column]) -> dict[Column, str]:
    """A row's filled cells by column. A "Revised target date" cell that holds a date is the target (the
    original date beside it was replaced); one that holds none ("N/A", empty) leaves the target as printed."""
    cells: dict[Column, str] = {header[i]: row[i] for i in header if i < len(row) and row[i]}
    revised = cells.pop("revised", None)
    if revised and plan_target(revised) is not None:
        cells["target"] = revised
    if "target" in cells and "lead" not in header.values():
        # one column for the lead and the date ("Who / When": "Oakby Police - March 2020"): the words before
        # the date name the lead when they name an agency
        lead = _lead_before_date(cells["target"])
        if lead:
            cells["lead"] = lead
    return cells


def _lead_before_date(cell: str) -> str | None:
    """The agency named before a cell's date ("Oakby Police - March 2020" -> "Oakby Police"); None when the
    words before the date (or the whole cell, with no date) name none."""
    found = target_dates(cell)
    at = cell.find(found[0].text) if found else -1
    words = re.sub(r"[\s,;:(\-–—/]*(?:by|before|due|in|from|target(?:\s+date)?)?[\s,;:(\-–—/]*$", "",
                   cell[:at] if at > 0 else ("" if found else cell), flags=re.I)  # fmt: skip
    return words if len(words) > 2 and agencies_from_lead(words) else None


#: Words a sentence does not end on: a cell cut after one goes on after the break.
_OPEN_END = re.compile(
    r"^(?:the|a|an|to|of|and|or|but|for|with|on|in|at|by|from|into|onto|that|which|who|whose|as|their|its|his|"
    r"her|our|is|are|was|be|been|will|would|should|must|can|may|all|any|each|every|than|between|about|under|"
    r"over|within|including|such|this|these|those|not|no|more|most)$",
    re.IGNORECASE,
)


def _starts_own_action(above: str, rest: str) -> bool:
    """The row under a page break is an action of its own beside Lead and Target cells merged down over it (their
    text printed above the break only), not the rest of the action above: that action ends on a lowercase word
    a sentence can end on ("... how to record the answer"), and this row opens a sentence, a capital word then a
    lowercase one ("Put a module ..."; "Social Care teams" is the rest of a name cut in two)."""
    words, first = above.rstrip().split(), rest.split()[:2]
    if (
        not words
        or len(first) < 2
        or not re.fullmatch(r"[a-z][a-z'-]*", words[-1])
        or _OPEN_END.match(words[-1])
    ):
        return False
    return first[0][:1].isupper() and first[1][:1].islower()


def _rest_of_lead(cells: dict[Column, str], last: Action) -> bool:
    """A row of only a Lead cell (with, at most, the rest of the date, milestones or outcome cells) under an
    action that has a lead: the rest of that Lead cell. No action, recommendation, number or scope cell of its
    own, and no whole date of its own (a cut date cell completes the one above)."""
    if not cells.get("lead") or not last.lead_text:
        return False
    if any(cells.get(k) for k in ("rec", "action", "number", "scope")):
        return False
    return not cells.get("target") or _completes_date(cells.get("target"), last)


def _mid_sentence(text: str) -> bool:
    return not re.search(r"[.;:!?)]$", text.rstrip())


def _cells_continue(cells: dict[Column, str], last: Action) -> bool:
    """The action, lead or date cells of a row are the rest of ``last``'s: an action or lead that starts
    lowercase, or a date cell that completes the one above ("March" | "2021"). A new action row beside the rest
    of a merged Recommendation cell has its own whole cells."""
    if any(cells.get(k, "A")[0].islower() for k in ("action", "lead")):
        return True
    if not cells.get("action") and not cells.get("number") and cells.get("rec"):
        # no action and no number of its own beside the rest of a recommendation cut mid-sentence: the rest of
        # the row ("Merseyside Police and National" | "Probation Service"), not a new one
        return True
    return _completes_date(cells.get("target"), last)


#: A financial year alone in a cell ("2022/23", "2022-2023"): read as its last month on its own, but the rest of
#: a date cell cut after a quarter ("Q3" | "2022/23") when the cell above is no date without it.
_FINANCIAL_YEAR = re.compile(r"^\s*(?:FY\s*)?\d{4}\s*[/-]\s*(?:\d{2}|\d{4})\s*$", re.IGNORECASE)


def _completes_date(target: str | None, last: Action) -> bool:
    """``target`` is the rest of ``last``'s date cell: the cell above is no date as printed and the two make one
    whose words run across the join ("March" | "2021", "31st March" | "2019"; not "Completed" | "Q3 2018/19")."""
    above = last.target_date_text
    if not target or not above or target_date(above) is not None:
        return False
    own = target_date(target)
    if own is not None and own.precision != "year" and not _FINANCIAL_YEAR.match(target):
        # a whole date of its own ("April 2018") under "6 months": a new row's, not the rest (a financial year
        # alone, "2022/23", is the year a quarter cut above it wants: "Q3" | "2022/23")
        return False
    # ("Septembe" | "r": a narrow column wrapped the month's name; the join's place moves left by what closed)
    joined = f"{above} {target}"
    closed = _close_broken_months(joined)
    at = len(above) - (len(joined) - len(closed))
    return any(d.start < at < d.end for d in find_dates(closed, deadline=True))


def _redate(row: PlanRow, above: str | None, joined: str) -> None:
    """The actions that shared the date cell ``above`` take the cell ``joined`` (the rest of it added), read
    again: by number when it is a numbered list of one date per action ("1. End of August 2021 2. Ongoi" |
    "ng"), else the one date for all."""
    sharing = [a for a in row.actions if a.target_date_text == above]
    parts = _split_numbered(joined)
    dates = [plan_target(p) for p in parts] if len(sharing) > 1 and len(parts) == len(sharing) else None
    one = plan_target(joined) if dates is None else None
    for k, action in enumerate(sharing):
        found = dates[k] if dates is not None else one
        action.target_date_text = closed_up(joined)
        action.target_date = found.iso if found else None


_BULLET_MARK = re.compile(rf"(?:(?<=\s)|^)[{BULLETS}]\s+(?=[A-Z(])")


def _append_action_text(row: PlanRow, text: str) -> None:
    """The rest of a cut action cell joins the last action; the actions after it in the same cell ("... for
    victims • Brief social workers ...", or a cell that goes on with a bullet) are actions of their own, with
    the same lead and date cells."""
    last = row.actions[-1]
    if _BULLET_MARK.match(text):
        # the cut fell between two bullets: what follows are actions of their own under the same cells
        row.actions.extend(last.model_copy(update={"text": part}) for part in split_actions(text))
        return
    # (bullets only: a number in the rest of a sentence, "... for step 2. Share it ...", is no new action)
    first = _BULLET_MARK.search(text)
    if first is None:
        last.text = f"{last.text} {text}"
        return
    last.text = f"{last.text} {text[: first.start()].strip()}"
    row.actions.extend(
        last.model_copy(update={"text": part}) for part in split_actions(text[first.start() :])
    )


def _join_cut_row(cells: dict[Column, str], row: PlanRow) -> bool:
    """Every cell of a row cut by a page or column break ("2. Ashcombe" | "Council should ...", "Lead" |
    "body", "March" | "2021"): each part joins its cell in the row above, and the date is read again whole."""
    if cells.get("rec"):
        row.text = f"{row.text} {cells['rec']}"
    if _rejoin_numbered(cells, row):
        return True
    last = row.actions[-1]
    if cells.get("action"):
        _append_action_text(row, cells["action"])
    if cells.get("lead"):
        last.lead_text = f"{last.lead_text or ''} {cells['lead']}".strip()
        last.agencies = agencies_from_lead(last.lead_text)
    if cells.get("target"):
        joined = f"{last.target_date_text or ''} {cells['target']}".strip()
        if not _read_whole(row, joined):
            _redate(row, last.target_date_text, joined)
    return True


def _rejoin_numbered(cells: dict[Column, str], row: PlanRow) -> bool:
    """A numbered list of actions cut inside one action, its Lead and Target cells numbered alike and cut too
    ("1. Add ... 2. Include homicide risk in the" | "1. Police 2. Adult" | "1. Q2 2023/24 2. 31st March 2024"
    over "assessment training 3. Send ..." | "Social Care 3. ICB" | "3. Ongoing"): the three cells are joined
    and read again as one row's, so the numbers after the cut are actions of their own with their own lead and
    date. Only when the rest goes on from the last number above; False (nothing changed) otherwise."""
    action = cells.get("action", "")
    last = row.actions[-1]
    above = [a for a in row.actions if a.target_date_text == last.target_date_text]
    numbers = [
        int(m.group(0).strip()[:-1])
        for m in _ACTION_SPLIT.finditer(action)
        if m.group(0).strip()[0].isdigit()
    ]
    if not action or not numbers or action[0].isdigit() or numbers[0] != len(above) + 1:
        return False
    if numbers != list(range(len(above) + 1, len(above) + 1 + len(numbers))):
        return False
    total = len(above) + len(numbers)
    lead = _cell_of([a.lead_text for a in above])
    lead = f"{lead or ''} {cells.get('lead', '')}".strip() or None
    target = f"{last.target_date_text or ''} {cells.get('target', '')}".strip() or None
    if len(above) == 1 and not any(len(_split_numbered(c or "")) == total for c in (lead, target)):
        return False  # one action above: its number is shown only by Lead or Target cells numbered alike
    texts = " ".join(f"{k}. {a.text}" for k, a in enumerate(above, start=1))
    redone = actions_from_cells(f"{texts} {action}", lead, target, last.page or row.page, last.milestones,
                                last.outcome)  # fmt: skip
    if len(redone) != total:
        return False
    keep = [a for a in row.actions if all(a is not b for b in above)]
    row.actions[:] = [*keep, *redone]
    return True


def _cell_of(leads: list[str | None]) -> str | None:
    """The Lead cell that gave these actions their leads: the one cell they share, or the numbered parts it was
    split into, numbered again."""
    if len(set(leads)) <= 1:
        return leads[0] if leads else None
    return " ".join(f"{k}. {lead or ''}" for k, lead in enumerate(leads, start=1))


def _read_whole(row: PlanRow, joined: str) -> bool:
    """The last action, alone under its date cell, read again with the joined date cell as an uncut row would
    be: unmarked paragraph actions beside one date line each ("Write ..." | "By September 2024" over "Name ...
    Hold ..." | "Sept 24 w/c 14/10/2024") part where the date lines do. False (nothing changed) when it stays
    one action."""
    last = row.actions[-1]
    if sum(a.target_date_text == last.target_date_text for a in row.actions) != 1:
        return False
    redone = actions_from_cells(last.text, last.lead_text, joined, last.page or row.page, last.milestones,
                                last.outcome)  # fmt: skip
    if len(redone) < 2:
        return False
    row.actions[-1:] = redone
    return True


def _continues_dates(cells: dict[Column, str], row: PlanRow) -> bool:
    """A row of only Target Date / milestones / outcome cells: the rest of the row above, cut by a page break.

    The date cell went whole to the next page ("" | "March 2017") or was cut in two ("31st" | "March 2018"):
    the actions of the row above that share its date cell take the joined cell, parsed again (still text when
    the join is no date). A date cell under actions that already have a date is not theirs: left alone.
    """
    target = cells.get("target")
    if not target and not cells.get("milestones") and not cells.get("outcome"):
        return False
    last = row.actions[-1]
    if target:
        # a date read from the plan's year ("March" -> the next March) may be the first half of a cut cell
        # ("March" | "2021"): the printed year wins when the join has one
        dated_by_plan = last.target_date is not None and target_date(last.target_date_text) is None
        joined = f"{last.target_date_text or ''} {target}".strip()
        if last.target_date is not None and not (dated_by_plan and target_date(joined) is not None):
            return False
        found = plan_target(joined)
        cell_above = last.target_date_text
        for action in row.actions:
            if action.target_date_text == cell_above and (action.target_date is None or dated_by_plan):
                action.target_date_text = closed_up(joined)
                action.target_date = found.iso if found else None
    for key in ("milestones", "outcome"):
        if cells.get(key):
            setattr(last, key, f"{getattr(last, key) or ''} {cells[key]}".strip())
    return True


__all__ = ["NUMBER_IN_CELL", "continues_split_row", "row_cells"]
