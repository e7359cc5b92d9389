"""Action plans in layouts the table reader was not fitted on (``tests/extraction/plans_blind*``, text written for
these tests): five blind sets, each written and scored before the fixes it led to, kept as regression tests.

Before the fixes (actions with their target date, F1): set 1 0.701, set 2 0.791, set 3 0.560, set 4 0.684
(borderless tables lost every action; a "Start date" column was read as the target, giving wrong dates; two
unnumbered actions in one cell were one), set 5 (borderless recommendations tables with a date column, written
after set 4's fixes) 1.000 before any change. After: 1.000 on each.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.extraction import evaluate_extraction, load_gold
from extraction.pipeline import get_extractor
from extraction.plan_columns import classify_header

HERE = Path(__file__).resolve().parent
GOLDS = sorted(
    g
    for folder in ("plans_blind", "plans_blind_b", "plans_blind_c", "plans_blind_d", "plans_blind_e")
    for g in (HERE / folder).glob("*.gold.json")
)


def _source(gold: Path) -> Path:
    stem = gold.name.removesuffix(".gold.json")
    return next(p for p in (gold.with_name(f"{stem}.pdf"), gold.with_name(f"{stem}.docx")) if p.exists())


@pytest.mark.parametrize("gold", GOLDS, ids=[g.name.removesuffix(".gold.json") for g in GOLDS])
def test_every_action_keeps_its_target_date(gold: Path) -> None:
    result = get_extractor().extract_path(_source(gold))
    m = evaluate_extraction(result, load_gold(gold))
    wrong = [e for e in m.errors if e["field"].startswith(("action", "rec_"))]
    assert m.actions_target_date.f1 == 1.0, wrong
    assert m.recommendations.f1 == 1.0, wrong


def test_the_sets_cover_drawn_and_word_processor_forms() -> None:
    names = [g.name for g in GOLDS]
    assert len(GOLDS) >= 25
    assert sum("drawn" in n for n in names) >= 8 and sum(not n.endswith("-pdf.gold.json") for n in names) >= 8


@pytest.mark.parametrize(
    ("header", "roles"),
    [
        # a start date is when work begins: never the target, whose own column says "Target ... completion"
        (["Rec No.", "Action", "Lead officer", "Start date", "Target completion date", "RAG status"],
         ["number", "action", "lead", "start", "target", "outcome"]),
        # a header that starts with "Actions" names the actions, whatever agency it names after
        (["Recommendation number and text", "Actions agreed by the lead agency", "Responsible lead agency",
          "Target date for completion"], ["rec", "action", "lead", "target"]),
        (["Recommendation", "Action", "Action owner", "Action status", "Target date"],
         ["rec", "action", "lead", "outcome", "target"]),
        # who an action is for is no date column
        (["Recommendation", "Target audience", "Action", "Lead", "Target date"],
         ["rec", None, "action", "lead", "target"]),
    ],
)  # fmt: skip
def test_start_and_action_headers(header: list[str], roles: list[str | None]) -> None:
    columns = classify_header(header)
    assert columns is not None
    assert [columns.get(i) for i in range(len(header))] == roles


def test_lettered_target_cells_split_per_action() -> None:
    from extraction.action_plan import actions_from_cells

    actions = actions_from_cells("a) Write the note b) Check its use", "Police", "a) Ongoing b) 31/03/2018", 1,
                                 None, None)  # fmt: skip
    assert [(a.text, a.target_date) for a in actions] == [
        ("Write the note", None),
        ("Check its use", "2018-03-31"),
    ]


@pytest.mark.parametrize(
    ("above", "below", "two"),
    [
        ("Sept 2018", "Oct 2018", True),  # two rows' whole dates, one over the other
        ("Ongoing", "31/01/2019", True),
        ("a) Sept 2017 b) Q3", "2017/18", False),  # one cell: Q3 2017/18 read together
        ("1. June 2019 2.", "Ongoing", False),  # a numbered list in one cell
        ("31st", "March 2018", False),
        ("By end of", "2019", False),
    ],
)
def test_tight_rows_split_on_two_whole_target_cells(above: str, below: str, two: bool) -> None:
    from extraction.readers.pdf_borderless import _two_targets

    assert _two_targets(above, below) is two


def test_unmarked_actions_take_a_date_per_line() -> None:
    from extraction.plan_actions import actions_from_cells

    actions = actions_from_cells("Agree who pays for the directory Publish the directory online", "Partnership",
                                 "TBC June 2019", 1, None, None)  # fmt: skip
    assert [(a.text, a.target_date) for a in actions] == [
        ("Agree who pays for the directory", None),
        ("Publish the directory online", "2019-06"),
    ]
    # a range is one target; a single-word agency name is no new action
    one = actions_from_cells("Review the policy with Probation and report", "Police", "April 2018 - March 2019", 1,
                             None, None)  # fmt: skip
    assert [(a.text, a.target_date) for a in one] == [
        ("Review the policy with Probation and report", "2019-03")
    ]
