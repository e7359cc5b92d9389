"""Readings found missing by blind set 13 (``plans_blind_m``), on text written for these tests: numbered actions in
one cell beside Lead and Target cells numbered alike ("1. Police 2. Adult Social Care"), the whole row cut by a
page break inside the second action. The PDF gives the row as two: "1. Add ... 2. Include ... in the carer's" |
"1. Police 2. Adult" | "1. Q2 2023/24 2. 31st March 2024" above the break, "assessment training 3. Send ..." |
"Social Care 3. ICB" | "3. Ongoing" below it. The three cells are joined and read again, so the third number is
an action of its own with its own lead and date (before: one action "... training 3. Send ...", every action
the joined cell's one date). Each action also takes its own number's lead.

The set itself is scored in ``test_action_plan_blind`` (scored once at 493c569: actions + date F1 0.985, the
only errors in ``blindm-06``'s PDF: actions 0.667, actions + date 0.444; 1.000 after these fixes).
"""

from __future__ import annotations

from extraction.action_plan import PlanRow
from extraction.plan_actions import actions_from_cells
from extraction.plan_continued import continues_split_row

HEADER = {0: "rec", 1: "action", 2: "lead", 3: "target"}


def _read(rows: list[list[str]]) -> list[tuple[str, str | None, str | None]]:
    first = rows[0]
    out = [PlanRow(number="1", text=first[0], page=1)]
    out[0].actions = actions_from_cells(first[1], first[2], first[3], 1, None, None)
    for row in rows[1:]:
        assert continues_split_row(row, HEADER, out, page_top=True)
    return [(a.text, a.lead_text, a.target_date) for a in out[0].actions]


def test_numbered_leads_give_each_action_its_own() -> None:
    actions = actions_from_cells(
        "1. Audit the referrals 2. Train the call handlers", "1. Ashby Police 2. Ashby Council",
        "1. June 2025 2. Ongoing", 1, None, None,
    )  # fmt: skip
    assert [(a.text, a.lead_text, a.agencies, a.target_date) for a in actions] == [
        ("Audit the referrals", "Ashby Police", ["police"], "2025-06"),
        ("Train the call handlers", "Ashby Council", ["local_authority"], None),
    ]


def test_a_lead_cell_that_does_not_pair_stays_every_actions() -> None:
    actions = actions_from_cells(
        "1. Audit the referrals 2. Train the call handlers 3. Report to the board", "1. Ashby Police 2. Ashby Council",
        "December 2025", 1, None, None,
    )  # fmt: skip
    assert {a.lead_text for a in actions} == {"1. Ashby Police 2. Ashby Council"}


def test_a_numbered_row_cut_inside_an_action_is_read_again_whole() -> None:
    rows = [
        ["1. Ashby Police and Ashby Council should", "1. Audit the referrals 2. Train the call",
         "1. Ashby Police 2. Ashby", "1. Q3 2024/25 2. 31st March 2025"],
        ["check every referral.", "handlers on coercive control 3. Report the audit to the board",
         "Council 3. Ashby CSP", "3. Ongoing"],
    ]  # fmt: skip
    assert _read(rows) == [
        ("Audit the referrals", "Ashby Police", "2024-12"),
        ("Train the call handlers on coercive control", "Ashby Council", "2025-03-31"),
        ("Report the audit to the board", "Ashby CSP", None),
    ]


def test_a_number_in_the_rest_of_a_sentence_is_no_new_action() -> None:
    # one action above, no Lead or Target cell numbered alike: "step 2." is the action's own words
    rows = [
        ["1. Ashby Council should", "Write the guidance as step", "Ashby Council", "June 2025"],
        ["check every referral.", "one of 2. Review the process", "", ""],
    ]
    assert _read(rows) == [
        ("Write the guidance as step one of 2. Review the process", "Ashby Council", "2025-06")
    ]
