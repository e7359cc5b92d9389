"""PDF lines and plan tables the variant probe (evaluation/variant_probe.py) found misread on re-printed dev
layouts: a bold label touching its text, a table row cut by a page break under a repeated header. Small made-up
pages and rows, each failing on the reading before its fix."""

from __future__ import annotations

from pathlib import Path

from extraction.document import Line


def test_bold_label_touching_regular_text_keeps_a_word_break(tmp_path: Path) -> None:
    import pymupdf

    from extraction.readers import read

    doc = pymupdf.open()
    page = doc.new_page()
    label = "Recommendation 2"
    page.insert_text((72, 100), label, fontname="hebo", fontsize=11)
    # the tab between label and text printed as nothing: the regular text starts where the bold one ends
    x = 72 + pymupdf.get_text_length(label, fontname="hebo", fontsize=11)
    page.insert_text((x, 100), "An all agency review of their processes.", fontname="helv", fontsize=11)
    path = tmp_path / "label.pdf"
    doc.save(path)
    text = " ".join(ln.text for p in read(path).pages for ln in p.lines)
    assert "Recommendation 2 An all agency review" in text


def test_row_cut_between_two_sentences_of_its_recommendation_is_joined_cell_by_cell() -> None:
    """An unnumbered plan row cut by a page break under a repeated header: the Recommendation cell's cut fell
    between two sentences (a capital below the break), the Action and Lead cells' inside their words. The
    action going on in lower case says it is the rest of the row, not a new recommendation."""
    from extraction.action_plan import PlanRow
    from extraction.plan_actions import actions_from_cells
    from extraction.plan_continued import continues_split_row

    header = {0: "rec", 1: "action", 2: "lead", 3: "target"}
    out = [PlanRow(number=None, text="Ashby Police should review how it records stalking.", page=6)]
    out[0].actions = actions_from_cells(
        "Agree the new process at", "Detective Chief", "Completed", 6, None, None
    )
    row = [
        "A later audit may show how well it works.",
        "the partnership executive",
        "Inspector, Ashby Police",
        "",
    ]
    assert continues_split_row(row, header, out, page_top=True)
    assert out[0].text.endswith("records stalking. A later audit may show how well it works.")
    assert [(a.text, a.lead_text) for a in out[0].actions] == [
        ("Agree the new process at the partnership executive", "Detective Chief Inspector, Ashby Police")
    ]


def test_rest_of_a_table_row_under_a_repeated_header_is_the_rows_not_an_item() -> None:
    """A recommendations table's row cut by a page break: the plan reader joins the rest of its cell under the
    repeated header, while the line splitter read that rest on the next page as an item of its own (the header
    word "Agency" glued on). The row's item replaces it on the page the row went on to as on its own."""
    from extraction.action_plan import PlanRow
    from extraction.pipeline import _Draft, _recommendation_tables
    from extraction.recommendations import RawItem
    from extraction.sections import Section

    cut = "Kent Police should agree with the mental health trust the"
    rest = "criteria for requesting police attendance when visiting patients after their discharge."
    row3 = PlanRow(number="3", text=f"{cut} {rest}", page=1, last_page=2)
    row4 = PlanRow(number="4", text="The trust should review its discharge policy for inpatients.", page=2)
    row4.last_page = 2
    lines = [
        Line(text="x", page=1, x0=72, x1=300, y0=100, y1=111, block=1),
        Line(text="y", page=2, x0=72, x1=300, y0=100, y1=111, block=1),
    ]
    section = Section(heading="Recommendations", kind="overview", lines=lines)

    def draft(number: str | None, text: str, page: int) -> _Draft:
        return _Draft(
            item=RawItem(number=number, text=text, page=page, section="overview", heading=None),
            text=text,
            actions=[],
        )

    drafts = [draft("3", cut, 1), draft(None, f"Agency {rest}", 2), draft("4", row4.text, 2)]
    kept, _ = _recommendation_tables(drafts, [row3, row4], [section])
    assert [(d.item.number, d.text) for d in kept] == [("3", row3.text), ("4", row4.text)]
