"""Tables that are not action plans though a row of them names plan columns by chance: a template's table of one
recommendation's fields (label beside value) cut by a page break, and a numbered list printed beside a
pull-quote box that the table finder took for a table (found by re-printing ``annotations/wordproc`` dev7 in the
``variants`` fonts: dev7-22 in DejaVu Sans 10.5 justified, dev7-17 in DejaVu Serif 11.5 and Liberation Sans
Narrow 12)."""

from __future__ import annotations

from extraction.action_plan import parse_tables
from extraction.plan_columns import classify_header
from tests.extraction.builders import make_document


def _record(number: str, text: str, lead: str) -> list[list[str]]:
    return [
        ["Recommendation number", number],
        ["Recommendation", text],
        ["Scope", "Local"],
        ["Lead agency", lead],
    ]


def test_a_field_table_cut_by_a_page_break_gives_no_plan_rows() -> None:
    # page 1 ends inside the third table, after ten words of its text that hold a column word ("agencies")
    page_one = [
        _record("1", "The partnership should publish a short guide for neighbours who hear abuse next door.",
                "Westvale CSP"),
        [["Recommendation number", "2"], ["Recommendation", "That key agencies gain a deeper understanding of the risk"]],
    ]  # fmt: skip
    page_two = [
        [["", "factors and their prevalence in deaths by suicide."], ["Scope", "Local"],
         ["Lead agency", "Westvale Public Health"]],
        _record("3", "Eastshire Police should audit twenty closed stalking reports every year.", "Eastshire Police"),
    ]  # fmt: skip
    document = make_document("# Recommendations\nText\n\f# More\nText", tables={1: page_one, 2: page_two})
    assert parse_tables(document, [1, 2]) == []


def test_a_row_holding_a_list_number_is_no_header() -> None:
    # the list's numbers, its sentences and the box's lines beside them, read as three columns
    assert classify_header(["1.", "The Review recommends that the Home", "target the need for a"]) is None
    assert classify_header(["2)", "Recommendation", "Action", "Lead"]) is None
    # a header's own words are kept, numbers and all ("Rec no.", "Action no.")
    assert classify_header(["Rec no.", "Action no.", "Action", "Lead", "Target date"]) is not None
