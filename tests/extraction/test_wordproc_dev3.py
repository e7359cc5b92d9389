"""Word-processor layouts of ``annotations/wordproc/dev3``: rules read from one line or row, in made-up text, and
the committed dev3 documents end to end (no ``soffice`` needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extraction.document import Line
from extraction.plan_columns import classify_header
from extraction.readers.layout import _in_rows
from extraction.recommendation_marks import match_marker
from extraction.recommendations import split_items
from extraction.sections import Section

ROOT = Path(__file__).resolve().parents[2]
DEV3 = ROOT / "annotations" / "wordproc" / "dev3"


def _section(texts: list[tuple[str, dict]]) -> Section:
    lines = []
    for i, (text, kw) in enumerate(texts):
        kw = dict(kw)
        block = kw.pop("block", i)
        lines.append(Line(text=text, page=1, block=block, **kw))
    return Section(kind="overview", heading="Recommendations", lines=lines)


def test_lead_agency_line_under_a_numbered_title_is_the_heading_not_the_text() -> None:
    section = _section(
        [
            ("Recommendation number 1", {"bold": True}),
            ("Lead agency: Northshire Constabulary", {}),
            ("The force should give every call handler a short guide to stalking.", {"list_item": True}),
            ("The force should check that repeat callers are flagged.", {"list_item": True}),
            ("Recommendation number 2", {"bold": True}),
            ("Responsible agency: Westvale Council", {}),
            ("The council should publish its housing allocation policy in plain English.", {}),
        ]
    )
    items = split_items(section, 11.0)
    assert [(i.number, i.text[:14], i.heading) for i in items] == [
        ("1", "The force shou", "Northshire Constabulary"),
        ("1", "The force shou", "Northshire Constabulary"),
        ("2", "The council sh", "Westvale Council"),
    ]


def test_lead_line_after_a_recommendation_still_is_its_field() -> None:
    # under a recommendation already begun, "Lead agency:" is one of its fields (split_fields takes it out)
    section = _section(
        [
            ("1. The trust should train ward staff in routine enquiry about abuse.", {}),
            ("Lead agency: Eastshire Hospitals", {"block": 0}),
        ]
    )
    items = split_items(section, 11.0)
    assert len(items) == 1
    assert items[0].lead_text == "Eastshire Hospitals"
    assert items[0].text == "The trust should train ward staff in routine enquiry about abuse."


def test_en_dash_alone_on_its_line_is_a_bullet() -> None:
    assert match_marker("\u2013") == ("bullet", "\u2013", None, 1)
    section = _section(
        [
            ("Recommendation number 4", {"bold": True}),
            ("\u2013", {"block": 1}),
            ("Commission an audit of cases closed without contact.", {"block": 1, "x0": 30.0}),
        ]
    )
    assert [(i.number, i.text) for i in split_items(section, 11.0)] == [
        ("4", "Commission an audit of cases closed without contact.")
    ]


def test_sentence_wrapped_in_larger_print_than_the_section_is_not_a_heading() -> None:
    # a lead-in in body print over a table in smaller print: measured against the table's print it looks
    # large, but it runs on to a lower-case line of its own paragraph
    section = _section(
        [
            ("7.1", {"size": 11.0, "block": 0}),
            ("The panel's recommendations follow, set out by the agency", {"size": 11.0, "block": 0}),
            ("that leads on each.", {"size": 11.0, "block": 0}),
            ("1.", {"size": 11.0, "block": 1}),
            ("The college should name a safeguarding lead for adult learners.", {"size": 10.0, "block": 1}),
        ]
    )
    items = split_items(section, 10.0)
    assert [i.number for i in items] == ["1"]


def test_number_and_recommendation_header_is_a_recommendations_table() -> None:
    assert classify_header(["No.", "Recommendation"]) == {0: "number", 1: "rec"}
    assert classify_header(["Ref", "Recommendations"]) == {0: "number", 1: "rec"}
    assert classify_header(["No.", "Recommendation", "Response"]) is None  # a third column it does not know


def test_lines_of_one_table_row_read_left_to_right_whatever_their_print() -> None:
    number = Line(text="1.", page=1, x0=90.0, y0=355.0, y1=366.0, size=11.0)
    text = Line(text="The agency should ...", page=1, x0=133.0, y0=354.9, y1=364.9, size=10.0)
    below = Line(text="continued", page=1, x0=133.0, y0=366.9, y1=376.9, size=10.0)
    assert [ln.text for ln in _in_rows([below, text, number])] == ["1.", "The agency should ...", "continued"]


# --- end to end -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def extractor():
    from extraction.pipeline import Extractor

    return Extractor.load()


def _score(extractor, pdf: bool):
    from evaluation.extraction import aggregate, evaluate_extraction, load_gold

    metrics = []
    for gold_path in sorted(DEV3.glob("*.gold.json")):
        if gold_path.name.endswith("-pdf.gold.json") != pdf:
            continue
        gold = load_gold(gold_path)
        metrics.append(evaluate_extraction(extractor.extract_path(DEV3 / gold.source.filename), gold))
    return aggregate(metrics)


@pytest.mark.parametrize("pdf", [False, True], ids=["docx", "pdf"])
def test_dev3_documents(extractor, pdf: bool) -> None:
    total = _score(extractor, pdf)
    assert total.recommendations.f1 >= 0.97
    assert total.numbers.value >= 0.97
    assert total.actions_target_date.f1 >= 0.95
    assert total.agencies.f1 >= 0.9


def test_a_header_repeated_whole_on_the_next_page_keeps_the_cut_cell_under_it() -> None:
    from extraction.action_plan import _parse_tables

    header = ["Ref", "Recommendation", "Action", "Lead agency", "Timescale"]
    pages = {
        1: [
            header,
            [
                "1",
                "The board should seek assurance that the protocol is",
                "Audit it",
                "The board",
                "June 2019",
            ],
        ],
        2: [header, ["", "well understood", "", "", ""]],
    }

    class _Doc:
        def tables(self, page: int) -> list[list[list[str]]]:
            return [pages[page]]

    rows = _parse_tables(_Doc(), [1, 2], set())  # type: ignore[arg-type]
    assert len(rows) == 1
    assert rows[0].text.endswith("the protocol is well understood")


def test_panel_comment_as_a_bullet_after_a_recommendation_is_not_part_of_it() -> None:
    section = _section(
        [
            ("Recommendation 1: The service should record who supervises each order.", {}),
            ("\u2022 The panel welcomes the work the service has already begun on this.", {}),
            ("Recommendation 2: The college should review its lone-working policy.", {}),
        ]
    )
    items = split_items(section, 11.0)
    assert [i.text for i in items] == [
        "The service should record who supervises each order.",
        "The college should review its lone-working policy.",
    ]


def test_agency_heading_names_the_addressee_when_the_labeller_finds_none() -> None:
    from types import SimpleNamespace

    from extraction.pipeline import Extractor, _Draft
    from extraction.recommendations import RawItem

    class _Blank:
        """A labeller that finds no agency in the text (a subject-less recommendation)."""

        def predict(self, inputs):  # type: ignore[no-untyped-def]
            return [SimpleNamespace(agencies=[], level="local", themes=["training"]) for _ in inputs]

    text = "That ward staff are reminded to ask about abuse at every admission."
    item = RawItem(number="1", text=text, page=1, section="overview", heading="Northshire Police")
    out = Extractor(classifier=_Blank())._label([_Draft(item=item, text=text, actions=[])])  # type: ignore[arg-type]
    assert out[0].agencies == ["police"]


def test_footnotes_above_a_running_footer_in_body_print_are_dropped(tmp_path: Path) -> None:
    import pymupdf

    from extraction.readers import read

    path = tmp_path / "notes.pdf"
    with pymupdf.open() as pdf:
        page = pdf.new_page(width=612, height=792)
        y = 90.0
        for k in range(12):
            page.insert_text(
                (90, y), f"Line {k} of the body text of this page, long enough to set its print.", fontsize=11
            )
            y += 16
        page.insert_text((90, y), "6.2.1 The trust should audit how it records disclosures.", fontsize=11)
        page.draw_line((90, 690), (198, 690), width=0.5)
        page.insert_text(
            (90, 704), "1 The audit should cover every ward and both emergency departments.", fontsize=9
        )
        page.insert_text((90, 755), "Northshire Community Safety Partnership", fontsize=11)
        pdf.save(str(path))
    document = read(path)
    try:
        texts = [line.text for line in document.lines()]
    finally:
        document.close()
    assert not any(t.startswith("1 The audit") for t in texts)
    assert "6.2.1 The trust should audit how it records disclosures." in texts


def test_a_day_starting_a_wrapped_line_is_not_a_list_number() -> None:
    section = _section(
        [
            ("1. The council should contact every tenant it moved between", {"block": 0}),
            ("3 May and 9 June and check that each has a named officer.", {"block": 0}),
            ("2. The council should publish the results.", {"block": 1}),
        ]
    )
    items = split_items(section, 11.0)
    assert [i.number for i in items] == ["1", "2"]
    assert items[0].text.endswith("between 3 May and 9 June and check that each has a named officer.")


def test_a_new_numbered_line_in_the_same_block_after_a_full_stop_is_still_a_marker() -> None:
    section = _section(
        [
            ("1 The council should contact every tenant it moved.", {"block": 0}),
            ("2 The council should publish the results.", {"block": 0}),
        ]
    )
    assert [i.number for i in split_items(section, 11.0)] == ["1", "2"]


def test_cut_row_whose_lead_cell_also_runs_on_joins_the_row_above() -> None:
    from extraction.action_plan import _parse_tables

    header = ["Ref", "Recommendation", "Action", "Lead agency", "Timescale"]
    first = ["4", "Assurance from the police and the", "Audit referrals", "Westshire Police and", "June 2019"]
    pages = {
        1: [header, first],
        2: [header, ["", "Probation Service that referrals are made", "", "Probation Service", ""]],
    }

    class _Doc:
        def tables(self, page: int) -> list[list[list[str]]]:
            return [pages[page]]

    rows = _parse_tables(_Doc(), [1, 2], set())  # type: ignore[arg-type]
    assert len(rows) == 1
    assert rows[0].text == "Assurance from the police and the Probation Service that referrals are made"
    assert rows[0].actions[0].lead_text == "Westshire Police and Probation Service"


def test_page_repeating_a_table_header_is_read_for_tables() -> None:
    from dhr.schema.extraction import SourceInfo
    from extraction.action_plan import candidate_pages
    from extraction.document import Document, Page

    def page(number: int, texts: list[str]) -> Page:
        return Page(number=number, lines=[Line(text=t, page=number, block=i) for i, t in enumerate(texts)])

    document = Document(
        source=SourceInfo(filename="plan.pdf", sha256="0" * 64, pages=3),
        pages=[
            page(
                1,
                [
                    "Recommendations",
                    "No.",
                    "Recommendation",
                    "Lead agency",
                    "Target date",
                    "1.",
                    "The trust should",
                ],
            ),
            page(2, ["No.", "Recommendation", "audit its discharge letters."]),
            page(3, ["Glossary", "GP - General Practitioner"]),
        ],
    )
    lines = document.pages[0].lines + document.pages[1].lines
    sections = [Section(kind="overview", heading="Recommendations", lines=lines)]
    assert candidate_pages(document, sections) == [1, 2]


@pytest.mark.parametrize(
    ("cell", "iso"),
    [
        ("30/09/201 7", "2017-09-30"),
        ("15.01.20 18", "2018-01-15"),
        ("3/4/2 018", "2018-04-03"),
        ("31/03/2018", "2018-03-31"),
    ],
)
def test_numeric_date_whose_year_a_narrow_cell_wrapped(cell: str, iso: str) -> None:
    from extraction.target_dates import plan_target

    found = plan_target(cell)
    assert found is not None and found.iso == iso


def test_note_on_how_the_plan_is_followed_up_is_not_a_recommendation() -> None:
    section = _section(
        [
            ("41. The college should offer every learner a named tutor.", {}),
            ("42. The partnership board will receive the action plan at its next meeting.", {}),
            ("43. The CSP should monitor the action plan every quarter.", {}),
        ]
    )
    assert [i.number for i in split_items(section, 11.0)] == ["41", "43"]


def test_rest_of_a_merged_recommendation_cell_beside_a_new_action_row() -> None:
    from extraction.action_plan import _parse_tables

    header = ["Recommendation", "Action", "Lead agency", "Target date"]
    first = [
        "3.1 The force should review how it triggers a response under the",
        "Review triggers",
        "Police",
        "6 months",
    ]
    rest = ["Harm Reduction Register.", "Audit register cases", "Police", "April 2018"]
    pages = {1: [header, first], 2: [header, rest]}

    class _Doc:
        def tables(self, page: int) -> list[list[list[str]]]:
            return [pages[page]]

    rows = _parse_tables(_Doc(), [1, 2], set())  # type: ignore[arg-type]
    assert len(rows) == 1
    assert rows[0].text.endswith("under the Harm Reduction Register.")
    assert [(a.text, a.target_date_text) for a in rows[0].actions] == [
        ("Review triggers", "6 months"),
        ("Audit register cases", "April 2018"),
    ]


def test_number_column_header_with_recommendation_marks_a_table_page() -> None:
    from dhr.schema.extraction import SourceInfo
    from extraction.document import Document, Page
    from extraction.plan_columns import candidate_pages

    lines = [
        Line(text=t, page=1, block=i)
        for i, t in enumerate(["Recommendations", "No.", "Recommendation", "1."])
    ]
    document = Document(
        source=SourceInfo(filename="r.pdf", sha256="0" * 64, pages=1), pages=[Page(number=1, lines=lines)]
    )
    assert candidate_pages(document, [Section(kind="overview", heading="Recommendations", lines=lines)]) == [
        1
    ]


def test_wrapped_number_header_over_one_row_before_the_table_flows_on() -> None:
    from extraction.plan_columns import classify_header, dense_wrapped_number

    header = ["Re c", "Action", "Lead", "Target date"]
    columns = classify_header(header) or {}
    dense_wrapped_number(columns, header, [["1", "Plan a campaign", "The CSP", "May 2019"]])
    assert columns[0] == "number"  # one row alone does not show that the column numbers every row


def test_docx_review_reads_the_csp_from_a_table_on_the_first_page(tmp_path: Path) -> None:
    from annotations.wordproc.worddoc import WordDoc
    from extraction.readers import read
    from extraction.review_fields import review_info

    w = WordDoc()
    w.para("DHR Adult Z - Action Plan", style="Title")
    w.table(
        [
            ["Recommendation", "Action", "Lead agency"],
            ["Review the protocol", "Audit it", "Harlow Community Safety Partnership"],
        ],
        [6.0, 6.0, 4.0],
    )
    path = tmp_path / "plan.docx"
    w.save(path)
    document = read(path)
    try:
        assert review_info(document).csp == "Harlow Community Safety Partnership"
    finally:
        document.close()


def test_right_column_recommendation_goes_on_in_the_next_page_left_column() -> None:
    def ln(text: str, page: int, block: int, x0: float) -> Line:
        return Line(text=text, page=page, block=block, x0=x0, x1=x0 + 200.0)

    lines = [
        ln("5. The service should offer carers a private conversation.", 2, 4, 343.0),
        ln("It should be recorded whether an assessment was offered.", 3, 1, 96.0),
        ln("6. The council should review its lone-working policy.", 3, 2, 65.0),
    ]
    items = split_items(Section(kind="overview", heading="Recommendations", lines=lines), 11.0)
    assert [i.number for i in items] == ["5", "6"]
    assert items[0].text.endswith(
        "private conversation. It should be recorded whether an assessment was offered."
    )


@pytest.mark.parametrize("glyph", ["\u2756", "\uf0a8", "\u27a4", "\u2713", "v", "\u00d8", "o"])
def test_word_bullet_glyphs_alone_on_their_line(glyph: str) -> None:
    section = _section(
        [
            ("Recommendation 2", {"bold": True}),
            (glyph, {"block": 1}),
            ("The trust should offer every victim a named contact.", {"block": 1, "x0": 30.0}),
        ]
    )
    assert [(i.number, i.text) for i in split_items(section, 11.0)] == [
        ("2", "The trust should offer every victim a named contact.")
    ]


def test_a_lone_letter_that_is_no_bullet_glyph_is_text() -> None:
    assert match_marker("x") is None
    assert match_marker("vi") is None


def test_recommendation_number_cell_beside_a_cell_of_bullets() -> None:
    from extraction.action_plan import _parse_tables

    rows = [
        ["Number", "Recommendation", "Agency"],
        [
            "Recommendation number 1",
            "\u2022 The trust should audit discharges. \u2022 The trust should brief ward staff.",
            "Eastshire Trust",
        ],
        [
            "Recommendation number 2",
            "\u2022 The council should publish its allocation policy.",
            "Westvale Council",
        ],
    ]

    class _Doc:
        def tables(self, page: int) -> list[list[list[str]]]:
            return [rows]

    out = _parse_tables(_Doc(), [1], set())  # type: ignore[arg-type]
    assert [(r.number, r.text, r.lead_text) for r in out] == [
        ("1", "The trust should audit discharges.", "Eastshire Trust"),
        ("1", "The trust should brief ward staff.", "Eastshire Trust"),
        ("2", "The council should publish its allocation policy.", "Westvale Council"),
    ]


def test_word_prints_roman_list_labels() -> None:
    from annotations.wordproc.worddoc import _format_number

    assert [_format_number(n, "lowerRoman") for n in (1, 4, 9, 14)] == ["i", "iv", "ix", "xiv"]
    assert _format_number(3, "upperRoman") == "III"
