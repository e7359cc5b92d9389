"""Action plans in layouts the table reader was not fitted on (``tests/extraction/plans_blind*``, text written for
these tests): the blind sets, each written and scored before the fixes it led to, kept as regression tests.

Before the fixes (actions with their target date, F1): set 1 0.701, set 2 0.791, set 3 0.560, set 4 0.684
(borderless tables lost every action; a "Start date" column was read as the target, giving wrong dates; two
unnumbered actions in one cell were one), set 5 (borderless recommendations tables with a date column, written
after set 4's fixes) 1.000 before any change, set 6 (``plans_blind_f``: target date before the action, By when /
Completion date / RAG / Progress update columns, revised dates, deadlines in the action text, a prose plan with
"Completion date:", bullets drawn as middle dots) 0.867 (P 0.871 R 0.863), set 7 (``plans_blind_g``: SMART
columns, key milestones, "Achieved - June 2020", financial-year quarters, RAG columns, merged label cells, split
landscape plans, bullets in one cell, an "Action no." column) 0.905 (P 0.917 R 0.893: the "Action no." column
taken for the actions, the SMART "Specific - what will be done" header naming no column). After: 1.000 on each.

Set 8 (``plans_blind_h``: the Home Office columns with cells merged down over five actions and cut by the page
break, "w/c 5th June", "Spring 2023", "31.03.23", "2023-03-31", "March '23", "Completed 12/01/23", RAG colour
words, bullets in one cell, a summary plan before the full plan in an appendix, narrow two-column plans, action
refs "1.1" or "R1" alone in the first column, "1.1"/"1.2" paragraphs in one cell), scored once at e13d754
(``python -m tests.extraction.plans_blind_f.score tests/extraction/plans_blind_h``): actions + target date F1
0.828 (P 0.825 R 0.830), actions F1 0.834, recommendations F1 1.000. After its fixes 0.953 (P 0.956 R 0.950):
actions numbered "1.1", "1.2" in one cell, a number column of action refs, a summary plan's rows no actions when
the full plan gives them, "Action plan Recommendation 1" read as one line, "Completed" over its day in a drawn
cell; then "R1" in the plan beside "1." in the body (``extraction.pipeline`` compares the numbers without "R",
"Rec" or "Recommendation" and a closing mark): 0.991 (P 0.994 R 0.987). Left then: a Word PDF whose page break falls between two actions beside merged Lead
and Target cells (the first action on the next page was read as the rest of the last one); read since set 9's
fixes (``extraction.plan_continued._starts_own_action``).

Set 9 (``plans_blind_i``: a Home Office row with a long recommendation and bulleted actions cut by the page
break, Outcome / Evidence and Date completed columns full of dates, Lead officer names, Single / Multi-agency
rows, one table per agency with numbers restarting at 1, SMART plans with dated Key milestones, paragraph
actions cut by the page break, "FY 2024/25", "Early 2025", "Complete (March 2024)", a footer's version date),
scored once at 9a85c0d (``python -m tests.extraction.plans_blind_f.score tests/extraction/plans_blind_i``):
actions + target date F1 0.829 (P 0.861 R 0.798), actions F1 0.848, recommendations F1 1.000. After its fixes
1.000: unmarked paragraph actions beside date lines opening "By", "End of", "w/c" or ending "- reviewed
annually", such a row re-read whole when the page break cut it, one table per agency under its name (the name
its lead; ``extraction.pipeline`` matches a number restarting per agency by the heading), "31.03 .25" and
"Sprin g 2025" closed up.

Sets 10 and 11 (``plans_blind_j``, ``plans_blind_k``) are described in their own test modules; set 12
(``plans_blind_l``: 15 documents as DOCX and PDF by a writer who ran nothing, the Home Office columns with theme
rows and scope, renamed and dropped columns, numbered or lettered actions in one cell, start / review /
completion / progress / RAG columns, Lead and Target cells merged down, rows cut by the page break) was scored
once by the lead after the session's plan fixes (29bfc05): recommendations, actions and actions + target date
F1 1.000 in all 30 files. Set 13 (``plans_blind_m``: plans inside whole reports, many leads per recommendation,
update notes in the target cell, merged Lead and Target cells, numbered leads in one cell) was scored once by the
lead at 493c569: recommendations 1.000, actions 0.991, actions + target date 0.985, every error in one PDF
(numbered actions, leads and dates cut by the page break inside an action; ``test_action_plan_blind_m``); 1.000
after its fix.
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
    for folder in (
        "plans_blind",
        "plans_blind_b",
        "plans_blind_c",
        "plans_blind_d",
        "plans_blind_e",
        "plans_blind_f",
        "plans_blind_g",
        "plans_blind_h",
        "plans_blind_i",
        "plans_blind_j",
        "plans_blind_k",
        "plans_blind_l",
        "plans_blind_m",
    )
    for g in (HERE / folder).glob("*.gold.json")
)
#: Documents of the blind sets still read wrong, each with why (strict: one that passes fails the run).
KNOWN: dict[str, str] = {}


def _case(gold: Path) -> object:
    name = gold.name.removesuffix(".gold.json")
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN[name])] if name in KNOWN else []
    return pytest.param(gold, id=name, marks=marks)


def _source(gold: Path) -> Path:
    stem = gold.name.removesuffix(".gold.json")
    return next(p for p in (gold.with_name(f"{stem}.pdf"), gold.with_name(f"{stem}.docx")) if p.exists())


@pytest.mark.parametrize("gold", [_case(g) for g in GOLDS])
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
        # a revised date beside the target is kept apart (its cell wins when it holds a date); alone, the target
        (["Recommendation", "Action", "Lead", "Original target date", "Revised target date"],
         ["rec", "action", "lead", "target", "revised"]),
        (["Recommendation", "Action", "Lead", "New deadline"], ["rec", "action", "lead", "target"]),
        (["Recommendation", "What will be done", "Who", "By when"], ["rec", "action", "lead", "target"]),
        # the planned date is the target, the actual one what happened
        (["Recommendation", "Action", "Lead", "Planned completion date", "Actual completion date"],
         ["rec", "action", "lead", "target", "outcome"]),
        (["Recommendation", "Interventions", "Lead", "Completion by"], ["rec", "action", "lead", "target"]),
        # an action's own number is no action; a SMART criterion before a column's words leaves them to name it
        (["Rec", "Action no.", "Action", "Lead", "Target date"],
         ["number", "action_number", "action", "lead", "target"]),
        (["Recommendation", "Specific - what will be done", "Measurable - how we will know",
          "Achievable - who will lead", "Relevant - link to the finding", "Time-bound - target date"],
         ["rec", "action", "monitoring", "lead", None, "target"]),
        (["No.", "Target date", "Action", "Lead agency", "Progress update"],
         ["number", "target", "action", "lead", "outcome"]),
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


def test_bullets_drawn_as_middle_dots_split_actions_and_dates() -> None:
    from extraction.plan_actions import actions_from_cells

    actions = actions_from_cells("· Write the guide · Deliver two sessions · Add it to induction", "Council",
                                 "· June 2019 · Q4 2019-20 · Ongoing", 1, None, None)  # fmt: skip
    assert [(a.text, a.target_date) for a in actions] == [
        ("Write the guide", "2019-06"),
        ("Deliver two sessions", "2020-03"),
        ("Add it to induction", None),
    ]


def test_an_action_with_no_date_cell_keeps_the_deadline_its_text_sets() -> None:
    from extraction.plan_actions import actions_from_cells

    def date(text: str, cell: str | None = None) -> str | None:
        return actions_from_cells(text, "Police", cell, 1, None, None)[0].target_date

    assert date("Publish the guidance by September 2019") == "2019-09"
    assert date("Report to the board no later than 31 January 2020", "") == "2020-01-31"
    assert date("Add the question before the end of December 2019") == "2019-12"
    # a date that tells what happened, or a year that names something, is no deadline
    assert date("Following the panel meeting on 12 March 2019, write to every sergeant") is None
    assert date("Review the 2018 client survey with staff") is None
    # the date column wins over the text
    assert date("Publish the guidance by September 2019", "Ongoing") is None


def test_revised_date_column_wins_when_it_holds_a_date() -> None:
    from extraction.plan_continued import row_cells as _row_cells

    header = {0: "action", 1: "target", 2: "revised"}
    assert _row_cells(["Do it", "March 2019", "June 2019"], header)["target"] == "June 2019"
    assert _row_cells(["Do it", "March 2019", "N/A"], header)["target"] == "March 2019"


def test_prose_completion_date_label() -> None:
    from extraction.plan_prose import prose_actions

    head, actions = prose_actions(
        "Train the officers. Action 1: Commission the course. Lead: Council. Completion date: Mar-19. "
        "Action 2: Audit it. Target date: Q4 2019-20. Completion date: May 2020.",
        1,
    )
    assert head == "Train the officers."
    assert [(a.text, a.target_date, a.outcome) for a in actions] == [
        ("Commission the course", "2019-03", None),
        ("Audit it", "2020-03", "May 2020"),
    ]


def test_recommendation_rows_across_a_table_with_no_recommendation_column() -> None:
    from extraction.action_plan import parse_tables
    from tests.extraction.builders import make_document

    rec = (
        "Recommendation 2: Lynford Council should offer sanctuary schemes to victims in private rented homes."
    )
    table = [
        ["Action", "Lead", "Target date"],
        ["Recommendation 1: Lynford Police should review how officers record threats made by text message."]
        * 3,
        ["Update the recording guidance", "Lynford Police", "June 2019"],
        ["Audit twenty records", "Lynford Police", "Q3 2019/20"],
        [rec, "", ""],
        ["Extend the sanctuary scheme policy", "Lynford Council", "Ongoing"],
    ]
    rows = parse_tables(make_document("#Action plan\n", tables={1: [table]}), [1])
    assert [(r.number, len(r.actions)) for r in rows] == [("1", 2), ("2", 1)]
    assert rows[1].text.startswith("Lynford Council should")
    assert [a.target_date for a in rows[0].actions] == ["2019-06", "2019-12"]


def test_action_refs_beside_a_merged_recommendation_cell() -> None:
    from extraction.action_plan import parse_tables
    from tests.extraction.builders import make_document

    table = [
        ["Recommendation", "Ref", "Action", "Lead", "Target date"],
        ["1. Pellow GP practices should record who attends appointments with a patient.", "1.1",
         "Add a field to the template", "Pellow CCG", "Mar-20"],
        ["", "1.2", "Remind practices at the forum", "Pellow CCG", "Complete"],
        ["Pellow Probation should check addresses with housing before release.", "2.1",
         "Agree a check with housing", "Pellow Probation", "by 30/09/2019"],
        ["", "2.2", "Add it to the release checklist", "Pellow Probation", "Q4 2019/20"],
    ]  # fmt: skip
    rows = parse_tables(make_document("#Action plan\n", tables={1: [table]}), [1])
    assert [(r.number, [a.target_date for a in r.actions]) for r in rows] == [
        ("1", ["2020-03", None]),
        ("2", ["2019-09-30", "2020-03"]),
    ]


def test_a_row_cut_in_every_cell_by_the_page_break() -> None:
    from extraction.action_plan import parse_tables
    from tests.extraction.builders import make_document

    header = ["Rec no.", "Action", "Timescale", "Lead agency", "Status"]
    page1 = [
        header,
        ["1", "Buy the risk check tool", "Mar-19", "Brackenmoor Police", "Open"],
        ["", "Add the check to the domestic abuse policy", "31st March", "Brackenmoor", "Closed"],
    ]
    page2 = [
        header,
        ["", "The lead agency will report it to the board.", "2019", "Police", ""],
        ["", "Dip sample thirty reports", "Within 6 months of publication", "Brackenmoor Police", "Open"],
    ]
    doc = make_document("#Action plan\n\f\n", tables={1: [page1], 2: [page2]})
    rows = parse_tables(doc, [1, 2])
    assert [(a.text, a.target_date) for a in rows[0].actions] == [
        ("Buy the risk check tool", "2019-03"),
        ("Add the check to the domestic abuse policy The lead agency will report it to the board.", "2019-03-31"),
        ("Dip sample thirty reports", None),
    ]  # fmt: skip
    assert rows[0].actions[1].agencies == ["police"]


def test_bullets_after_the_rest_of_a_cut_action_are_actions_of_their_own() -> None:
    from extraction.action_plan import parse_tables
    from tests.extraction.builders import make_document

    header = ["Ref", "Recommendation", "Actions", "Lead", "Completion date"]
    page1 = [header, ["2", "Ashwell Bridge Adult Social", "• Change the carer's", "Ashwell", "Achieved"]]
    page2 = [
        header,
        [
            "",
            "Care should offer a carer's assessment to every carer who is a victim.",
            "assessment letter for victims • Brief social workers on the step 2. Offer",
            "Bridge ASC",
            "",
        ],
    ]
    rows = parse_tables(make_document("#Action plan\n\f\n", tables={1: [page1], 2: [page2]}), [1, 2])
    assert [a.text for a in rows[0].actions] == [
        "Change the carer's assessment letter for victims",
        "Brief social workers on the step 2. Offer",
    ]  # fmt: skip


def test_a_numbered_list_of_actions_and_dates_cut_by_the_page_break() -> None:
    from extraction.action_plan import parse_tables
    from tests.extraction.builders import make_document

    header = ["Recommendation", "Action to take", "Lead Agency", "Target Date"]
    page1 = [
        header,
        [
            "1. Carrowfield Police should make sure that every report of stalking is",
            "1. Write a stalking check into the procedure",
            "Carrowfield Police",
            "1. March 2017 2. 31/03/18",
        ],
    ]
    page2 = [
        header,
        [
            "checked against earlier reports.",
            "2. Train the control room staff 3. Audit reports",
            "",
            "3. Ongoing",
        ],
    ]
    rows = parse_tables(make_document("#Action plan\n\f\n", tables={1: [page1], 2: [page2]}), [1, 2])
    assert [(a.text, a.target_date) for a in rows[0].actions] == [
        ("Write a stalking check into the procedure", "2017-03"),
        ("Train the control room staff", "2018-03-31"),
        ("Audit reports", None),
    ]  # fmt: skip


def test_a_bulleted_cell_cut_between_two_bullets() -> None:
    from extraction.action_plan import parse_tables
    from tests.extraction.builders import make_document

    header = ["Ref", "Recommendation", "Actions", "Lead", "Completion date"]
    page1 = [
        header,
        [
            "1",
            "Ashwell Bridge GP practices should code every disclosure",
            "• Send a coding reminder",
            "Ashwell Bridge CCG",
            "31/12/2019",
        ],
    ]
    page2 = [
        header,
        [
            "",
            "of domestic abuse in the patient record.",
            "• Add the code to the template • Run a search",
            "",
            "",
        ],
    ]
    rows = parse_tables(make_document("#Action plan\n\f\n", tables={1: [page1], 2: [page2]}), [1, 2])
    assert [(a.text, a.target_date) for a in rows[0].actions] == [
        ("Send a coding reminder", "2019-12-31"),
        ("Add the code to the template", "2019-12-31"),
        ("Run a search", "2019-12-31"),
    ]  # fmt: skip


def test_a_rec_no_column_is_kept_and_a_cut_month_is_joined() -> None:
    from extraction.action_plan import parse_tables
    from extraction.document import MergedCell
    from tests.extraction.builders import make_document

    header = ["Rec No.", "Recommendation", "Action", "Lead officer", "By when"]
    page1 = [
        header,
        ["1", "Westmoor Police should check every report.", "Add a prompt", "Westmoor Police", "June 2019"],
        [
            MergedCell("1"),
            MergedCell("Westmoor Police should check every report."),
            "Brief the teams",
            "Westmoor Police",
            "July 2019",
        ],
        ["2", "The Westmoor Hospitals", "Introduce a routine", "Named Nurse,", "Septembe"],
    ]
    page2 = [
        header,
        [
            "",
            "Trust should ask every patient about abuse.",
            "enquiry question at triage",
            "Westmoor Hospitals Trust",
            "r 2019",
        ],
    ]
    rows = parse_tables(make_document("#Action plan\n\f\n", tables={1: [page1], 2: [page2]}), [1, 2])
    assert [r.number for r in rows] == ["1", "2"]  # "Rec No." is a header of its own, not a wrapped "No ."
    assert [(a.text, a.target_date) for a in rows[1].actions] == [
        ("Introduce a routine enquiry question at triage", "2019-09")
    ]  # fmt: skip


def test_a_new_row_at_the_page_top_is_not_the_rest_of_a_word_above_it() -> None:
    from extraction.action_plan import parse_tables
    from tests.extraction.builders import make_document

    header = ["Recommendation", "Actions to be taken", "Responsible agency", "Completion date"]
    page1 = [
        header,
        [
            "2. The Kellbridge service should follow up referrals.",
            "Send a letter to every referral",
            "Kellbridge Service",
            "Comple ted",
        ],
    ]
    page2 = [header, ["", "Report monthly figures", "Kellbridge Service", "End Q3 2018/1 9"]]
    rows = parse_tables(make_document("#Action plan\n\f\n", tables={1: [page1], 2: [page2]}), [1, 2])
    assert [(a.text, a.target_date) for a in rows[0].actions] == [
        ("Send a letter to every referral", None),
        ("Report monthly figures", "2018-12"),  # "2018/1 9": the financial year's second year wrapped
    ]  # fmt: skip


def test_numbered_dates_cut_by_the_page_break_stay_with_their_actions() -> None:
    from extraction.action_plan import parse_tables
    from tests.extraction.builders import make_document

    header = ["Recommendation", "Actions", "Lead", "Target date"]
    page1 = [
        header,
        [
            "2. The Greyhaven service should offer follow-up",
            "1. Write an offer 2. Call every refuge",
            "Greyhaven Service",
            "1. End of Augus t 2021 2. Ongoi",
        ],
    ]
    page2 = [header, ["support to every client who leaves a refuge.", "leaver after four weeks", "", "ng"]]
    rows = parse_tables(make_document("#Action plan\n\f\n", tables={1: [page1], 2: [page2]}), [1, 2])
    assert [(a.text, a.target_date) for a in rows[0].actions] == [
        ("Write an offer", "2021-08"),
        ("Call every refuge leaver after four weeks", None),
    ]  # fmt: skip


def test_a_data_sentence_is_no_header_and_wrapped_headers_still_read() -> None:
    # a sentence that holds a column word by chance ("... saying how to get in") beside an agency and "Completed"
    row = ["Send a letter to every referral that cannot be reached by telephone, saying how to get in",
           "Kellbridge Domestic Abuse Service", "Complet ed"]  # fmt: skip
    assert classify_header(row) is None
    # a narrow "No." wrapped beside a wrapped "Deadline": the number column of the plan
    assert classify_header(["N o.", "Action", "Lead", "Deadli ne"]) == {
        0: "number", 1: "action", 2: "lead", 3: "target"
    }  # fmt: skip


def test_a_table_at_a_page_top_takes_the_recommendation_that_ends_the_page_before() -> None:
    from extraction.action_plan import parse_tables
    from extraction.document import LocatedTable
    from tests.extraction.builders import make_document

    header = ["Action", "Lead", "Target date"]
    before = ["Recommendation 1", "Fenmouth Police should give officers a guide to the local services."]
    table1 = LocatedTable([header, ["Give officers a guide", "Fenmouth Police", "June 2021"]], before)
    # (the second table's page holds only its running header above it)
    table2 = LocatedTable(
        [header, ["Agree a family support offer", "Fenmouth CSP", "6 months"]], ["Fenmouth DHR"]
    )
    text = (
        "#Action plan\nRecommendation 1\nFenmouth Police should give officers a guide to the local services.\n"
        "\nRecommendation 2\n\nFenmouth Community Safety Partnership should offer support to families.\n"
        "\fFenmouth DHR\n"
    )
    doc = make_document(text, tables={1: [table1], 2: [table2]})
    rows = parse_tables(doc, [1, 2])
    assert [(r.number, [a.text for a in r.actions]) for r in rows] == [
        ("1", ["Give officers a guide"]),
        ("2", ["Agree a family support offer"]),
    ]


def test_as_above_cells_take_the_lead_and_date_printed_above() -> None:
    from extraction.action_plan import parse_tables
    from tests.extraction.builders import make_document

    table = [
        ["Recommendation", "Action", "Lead", "Target date"],
        ["1. Pellow Police should brief every officer on stalking.", "Write the briefing", "Pellow Police",
         "31/03/2019"],
        ["", "Deliver the briefing", "As above", "As above"],
        ["", "Audit its use", "Ditto", "Ongoing"],
    ]  # fmt: skip
    rows = parse_tables(make_document("#Action plan\n", tables={1: [table]}), [1])
    assert [(a.lead_text, a.target_date) for a in rows[0].actions] == [
        ("Pellow Police", "2019-03-31"),
        ("Pellow Police", "2019-03-31"),
        ("Pellow Police", None),
    ]


@pytest.mark.parametrize(
    ("cell", "dates"),
    [
        ("March 2019 June 2019 Ongoing", ["2019-03", "2019-06", None]),  # one target each, in order
        ("1. March 2019 2. Ongoing", ["2019-03", None, None]),  # by number; none for the third
        (
            "March 2019 Ongoing",
            [None, None, None],
        ),  # two targets for three actions: whose is whose is not known
        ("April 2018 - March 2019", ["2019-03"] * 3),  # a span is one target
        ("March 2019", ["2019-03"] * 3),
    ],
)
def test_several_target_cells_beside_several_actions(cell: str, dates: list[str | None]) -> None:
    from extraction.plan_actions import actions_from_cells

    actions = actions_from_cells("1. Write it 2. Train staff 3. Audit it", "Police", cell, 1, None, None)
    assert [a.target_date for a in actions] == dates
