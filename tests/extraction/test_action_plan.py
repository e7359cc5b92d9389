from extraction.action_plan import agencies_from_lead, parse_tables, prose_actions, split_actions
from tests.extraction.builders import make_document

HEADER = [
    "Recommendation",
    "Scope of recommendation (i.e. local or regional)",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target Date",
    "Date of completion and outcome",
]


def test_home_office_template_with_group_rows_and_continuation():
    page1 = [
        HEADER,
        ["Theme 2 - Processes - county wide", "", "", "", "", "", ""],
        [
            "1. Northshire Police should review DASH training.",
            "Local",
            "1. Review the DASH training package. 2. Deliver refresher training to all response officers.",
            "Northshire Constabulary",
            "",
            "31/03/2021",
            "",
        ],
    ]
    page2 = [  # continuation, no header repeated: same column count
        ["", "", "Audit 20 DASH forms.", "Northshire Police", "", "June 2021", ""],
        [
            "2. The CCG should issue guidance to GPs.",
            "Regional",
            "Issue guidance",
            "NHS Northshire CCG",
            "",
            "December 2021",
            "",
        ],
    ]
    doc = make_document("#Action Plan\n\f(continued)\n", tables={1: [page1], 2: [page2]})
    rows = parse_tables(doc, [1, 2])
    assert [r.number for r in rows] == ["1", "2"]
    assert rows[0].group == "Theme 2 - Processes - county wide"
    assert [a.text for a in rows[0].actions] == [
        "Review the DASH training package.",
        "Deliver refresher training to all response officers.",
        "Audit 20 DASH forms.",
    ]
    assert [a.target_date for a in rows[0].actions] == ["2021-03-31", "2021-03-31", "2021-06"]
    assert rows[0].actions[0].agencies == ["police"]
    assert rows[1].actions[0].agencies == ["integrated_care_board"]


def test_renamed_columns_variant():
    table = [
        ["No.", "Recommendation", "Actions", "Lead", "By when"],
        [
            "3",
            "Adult Social Care to improve carers assessments.",
            "Refresh the carers policy",
            "ASC",
            "Spring 2022 - December 2022",
        ],
    ]
    rows = parse_tables(make_document("#Action plan\n", tables={1: [table]}), [1])
    assert rows[0].number == "3"
    assert rows[0].actions[0].target_date == "2022-12"


def test_split_actions_keeps_single_sentences():
    assert split_actions("Review the multi-agency policy.") == ["Review the multi-agency policy."]
    assert split_actions("a) Train staff. b) Audit cases.") == ["Train staff.", "Audit cases."]


def test_prose_action_plan():
    text, actions = prose_actions(
        "The Police should review call grading. Action: Audit calls from repeat victims. Lead: Northshire Police. "
        "Target date: 30 September 2021.",
        page=3,
    )
    assert text == "The Police should review call grading."
    assert actions[0].text == "Audit calls from repeat victims"
    assert actions[0].agencies == ["police"] and actions[0].target_date == "2021-09-30"


def test_lead_cells_with_several_agencies():
    assert set(agencies_from_lead("Police / Probation")) == {"police", "probation_service"}
    assert agencies_from_lead("") == []


def test_header_cut_into_slivers_and_wrapped_over_rows():
    """PyMuPDF can split a wrapped header into extra columns; continuation pages then have fewer."""
    page1 = [
        ["Recommendation", "", "Scope", "of", "", "Action to take", "Lead Agency", "Target", "Date of completion"],
        ["", "recommendation", "", "", "(i.e.", "", "", "", ""],
        ["", "local or regional)", "", "", "", "", "", "", ""],
        ["7.10.1 The CCG should audit GP records.", "Local", "", "", "", "Audit 20 records", "NHS Lewisham CCG",
         "04/10/2020", ""],
    ]  # fmt: skip
    page2 = [
        [
            "7.10.2 The Police should flag repeat victims.",
            "Regional",
            "Add a flag",
            "Metropolitan Police",
            "March 2021",
            "",
        ]
    ]
    rows = parse_tables(make_document("#Action Plan\n\f\n", tables={1: [page1], 2: [page2]}), [1, 2])
    assert [(r.number, r.scope) for r in rows] == [("7.10.1", "Local"), ("7.10.2", "Regional")]
    assert [(a.text, a.agencies, a.target_date) for r in rows for a in r.actions] == [
        ("Audit 20 records", ["integrated_care_board"], "2020-10-04"),
        ("Add a flag", ["police"], "2021-03"),
    ]


#: A complete row before the cut one: the table finder drops columns that hold no data on a page.
_FULL = ["1. The Police to flag repeat callers.", "Local", "Add a repeat-caller flag", "Westmere Police",
         "Flag live", "June 2016", "Done"]  # fmt: skip


def _plan(page1: list[list[str]], page2: list[list[str]]):
    """The rows of a plan whose page 1 holds the header, a complete row and ``page1``'s rows."""
    doc = make_document("#Action Plan\n\f\n", tables={1: [[HEADER, _FULL, *page1]], 2: [page2]})
    return parse_tables(doc, [1, 2])[1:]


_ROW = ["2. Westmere Council to review its hoarding protocol.", "Local", "Rewrite the hoarding protocol",
        "Westmere Council"]  # fmt: skip


def test_a_target_date_cell_that_the_page_break_carried_to_the_next_page():
    page1 = [[*_ROW, "", "", ""]]
    page2 = [["", "", "", "", "", "March 2017", ""]]
    rows = _plan(page1, page2)
    assert [(a.text, a.target_date, a.target_date_text) for a in rows[0].actions] == [
        ("Rewrite the hoarding protocol", "2017-03", "March 2017")
    ]


def test_a_target_date_cell_cut_in_two_by_the_page_break():
    page1 = [[*_ROW, "", "31st", ""]]
    page2 = [["", "", "", "", "", "March 2018", ""]]
    rows = _plan(page1, page2)
    assert [(a.target_date, a.target_date_text) for a in rows[0].actions] == [
        ("2018-03-31", "31st March 2018")
    ]


def test_an_action_row_cut_before_its_lead_and_target_cells():
    page1 = [[*_ROW[:3], "", "", "", ""]]
    page2 = [["", "", "and share it with the housing providers", "Westmere Council", "", "Q3 2017/18", ""]]
    rows = _plan(page1, page2)
    assert [(a.text, a.agencies, a.target_date) for a in rows[0].actions] == [
        (
            "Rewrite the hoarding protocol and share it with the housing providers",
            ["local_authority"],
            "2017-12",
        )
    ]


def test_target_cells_that_are_not_dates_stay_text():
    table = [HEADER]
    cells = [
        "Ongoing",
        "6 months",
        "Q3 2017/18",
        "March 2017",
        "01/04/2018",
        "TBC",
        "Within 3 months of publication",
    ]
    for n, cell in enumerate(cells, 1):
        table.append(
            [f"{n}. The Trust to audit referrals.", "Local", f"Audit number {n}", "The Trust", "", cell, ""]
        )
    rows = parse_tables(make_document("#Action Plan\n", tables={1: [table]}), [1])
    got = [(r.actions[0].target_date, r.actions[0].target_date_text) for r in rows]
    assert got == [
        (None, "Ongoing"),
        (None, "6 months"),
        ("2017-12", "Q3 2017/18"),
        ("2017-03", "March 2017"),
        ("2018-04-01", "01/04/2018"),
        (None, "TBC"),
        (None, "Within 3 months of publication"),
    ]


def test_an_agency_cell_beside_word_numbered_paragraphs_gives_one_recommendation_each():
    # dev8-19: an Agency | Recommendations table, each cell's Word numbering counting on from the row above
    table = [
        ["Agency", "Recommendations"],
        [
            "Northshire Police",
            "1. Northshire Police must review its response to calls made by the victim in 2019. "
            "2. Northshire Police should review the child referral matrix with partners. "
            "3. When training officers, Northshire Police should stress speaking to children.",
        ],
        ["Northshire NHS Trust", "4. The Trust should review its discharge policy within 2 months. It should audit 2. "
                                 "5. The Trust must set out when to ask for police attendance."],
        ["NHS England", "6. NHS England should check the quality of GP records."],
    ]  # fmt: skip
    rows = parse_tables(make_document("#Recommendations\n", tables={1: [table]}), [1])
    assert [r.number for r in rows] == ["1", "2", "3", "4", "5", "6"]
    assert rows[0].text == "Northshire Police must review its response to calls made by the victim in 2019."
    assert rows[1].text == "Northshire Police should review the child referral matrix with partners."
    assert rows[3].text == "The Trust should review its discharge policy within 2 months. It should audit 2."
    assert [r.lead_text for r in rows] == ["Northshire Police"] * 3 + ["Northshire NHS Trust"] * 2 + [
        "NHS England"
    ]


def test_numbered_paragraphs_in_a_recommendation_cell_beside_its_actions_stay_one_recommendation():
    table = [
        ["Recommendation", "Action to take", "Lead Agency"],
        [
            "1. The police should train staff. 2. They should audit it.",
            "Deliver training.",
            "Northshire Police",
        ],
    ]
    rows = parse_tables(make_document("#Action Plan\n", tables={1: [table]}), [1])
    assert [r.number for r in rows] == ["1"]
