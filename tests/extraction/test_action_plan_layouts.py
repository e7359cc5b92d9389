"""Action plans as word processors print them (``tests/extraction/plans``, DOCX and their LibreOffice PDFs, text
written for these tests): every action keeps its target date, read at the printed precision, or stays text.

Layouts (``tests/extraction/plans/build.py``): yearless target cells under a dated title page, a landscape table
with merged cells and columns in another order, a narrow plan flowing from one column into the next, rows cut
by a page break with the header repeated, a separate landscape plan with "Date for completion" and "Success
measures" columns, a row cut in every cell by a column break, a table of actions under each recommendation,
Word bullets in one cell, a table ruled only between rows, Lead/Target cells merged across a page break.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.extraction import evaluate_extraction, load_gold
from extraction.pipeline import get_extractor
from extraction.plan_columns import classify_header

PLANS = Path(__file__).resolve().parent / "plans"
GOLDS = sorted(PLANS.glob("*.gold.json"))


def _source(gold: Path) -> Path:
    stem = gold.name.removesuffix(".gold.json")
    return next(p for p in (PLANS / f"{stem}.pdf", PLANS / f"{stem}.docx") if p.exists())


@pytest.mark.parametrize("gold", GOLDS, ids=[g.name.removesuffix(".gold.json") for g in GOLDS])
def test_every_action_keeps_its_target_date(gold: Path) -> None:
    result = get_extractor().extract_path(_source(gold))
    m = evaluate_extraction(result, load_gold(gold))
    wrong = [e for e in m.errors if e["field"].startswith("action")]
    assert m.actions_target_date.f1 == 1.0, wrong


def test_the_set_covers_both_forms_of_each_document() -> None:
    stems = {g.name.removesuffix(".gold.json").removesuffix("-pdf") for g in GOLDS}
    assert len(stems) >= 5 and len(GOLDS) == 2 * len(stems)


@pytest.mark.parametrize(
    ("header", "roles"),
    [
        # a lone "Completion date" is the target; "Progress update" is not a date column ("update")
        (["Recommendation", "Actions to be taken", "Responsible agency", "Completion date", "Progress update"],
         ["rec", "action", "lead", "target", "outcome"]),
        # beside a Target date, "Date of completion and outcome" is what happened
        (["Recommendation", "Action", "Lead", "Target date", "Date of completion and outcome"],
         ["rec", "action", "lead", "target", "outcome"]),
        # "How will success be measured" and "Evidence" say how the plan is checked: never the actions
        (["Rec", "How will success be measured", "Action required", "By whom", "Date to be completed by"],
         ["number", "monitoring", "action", "lead", "target"]),
        (["Recommendation", "Key actions", "Lead officer", "Date for completion", "Success measures", "Evidence"],
         ["rec", "action", "lead", "target", "monitoring", None]),
        (["No .", "Action", "Lead", "Deadline"], ["number", "action", "lead", "target"]),
        (["Ref", "Timescale", "Lead agency", "Steps to be taken"], ["number", "target", "lead", "action"]),
    ],
)  # fmt: skip
def test_column_names_and_orders(header: list[str], roles: list[str | None]) -> None:
    columns = classify_header(header)
    assert columns is not None
    assert [columns.get(i) for i in range(len(header))] == roles


def _anchored(before: list[str]) -> list[tuple[str | None, str, int]]:
    from extraction.action_plan import parse_tables
    from extraction.document import LocatedTable
    from tests.extraction.builders import make_document

    table = LocatedTable(
        [["Action", "Lead", "Target date"], ["Brief the teams", "Police", "May 2020"]], before
    )
    plan = parse_tables(make_document("Recommendations", {1: [table]}), [1])
    return [(row.number, row.text, len(row.actions)) for row in plan]


def test_a_table_of_actions_under_its_recommendation() -> None:
    text = "The police should brief every response team on coercive control."
    assert _anchored(["Recommendation 4", text]) == [("4", text, 1)]
    assert _anchored([f"Recommendation 4: {text}", "Agreed actions:"]) == [("4", text, 1)]
    assert _anchored([f"2.3 {text}"]) == [("2.3", text, 1)]
    # unnumbered prose above the table: no recommendation is guessed for it
    assert _anchored(["The panel agreed the following plan with every agency concerned."]) == []
