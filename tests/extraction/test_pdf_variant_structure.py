"""PDF structure the variant probe (evaluation/variant_probe.py) found lost on re-printed dev layouts: small
made-up pages, each failing on the reading before its fix."""

from __future__ import annotations

from extraction.document import Line


def _row(text: str, y: float, block: int, x1: float = 460.0) -> Line:
    return Line(text=text, page=2, x0=146.8, x1=x1, y0=y, y1=y + 12.5, block=block, size=11.0)


def test_paragraph_after_an_unpunctuated_last_item_with_inline_numbers_is_its_own() -> None:
    """Numbers typed at the start of each item's first line, every line wrapping back under them: a paragraph
    after a last item with no full stop starts at the same x as all of the item's lines, and only the last
    line's length tells that the item ended (its first word would have fitted there)."""
    from extraction.recommendations import extract_items
    from extraction.sections import Section

    lines = [
        _row("6 – An all agency review of their internal processes for", 235.7, 4, 450.0),
        _row("documenting and flagging victims and perpetrators.", 252.2, 4, 402.1),
        _row("7 – The provision of assurances from Northshire Police", 278.7, 5, 460.4),
        _row("and the Probation Service that the Information", 295.2, 5, 454.2),
        _row("Sharing Agreement was effectively embedded", 311.7, 5, 401.5),
        _row("The panel agreed these points at its final meeting and", 338.2, 6, 461.8),
        _row("the partnership accepted them in full.", 354.7, 6, 402.8),
    ]
    items = extract_items([Section(heading="Recommendations", kind="overview", lines=lines)], 11.0)
    assert [i.number for i in items] == ["6", "7"]
    assert items[1].text.endswith("effectively embedded")


def test_unpunctuated_item_ending_on_a_colon_goes_on() -> None:
    from extraction.recommendations import extract_items
    from extraction.sections import Section

    lines = [
        _row("7 – The provision of assurances from Northshire Police", 278.7, 5, 460.4),
        _row("and the Probation Service on the points below:", 295.2, 5, 401.5),
        _row("That the Information Sharing Agreement was embedded", 321.7, 6, 455.0),
        _row("and is reviewed every year.", 338.2, 6, 300.0),
    ]
    items = extract_items([Section(heading="Recommendations", kind="overview", lines=lines)], 11.0)
    assert len(items) == 1
    assert items[0].text.endswith("reviewed every year.")


def test_prose_wrapped_after_two_day_numbers_is_no_contents_entry() -> None:
    """ "... by the victim between 2" over "November and 7" over "November and ...": prose wrapped after day
    numbers in a narrow column. The line above ends in a number but starts in lower case (no entry), so the
    capitalised line under it is no contents entry either; two real entries together still are."""
    from extraction.sections import _contents_lines

    def line(text: str, y: float) -> Line:
        return Line(text=text, page=3, x0=72, x1=250, y0=y, y1=y + 11)

    prose = ["Ashby Police must examine its response to calls made", "by the victim between 2", "November and 7",
             "November and amend its guidance."]  # fmt: skip
    assert _contents_lines([line(t, 100 + 14 * k) for k, t in enumerate(prose)]) == set()
    contents = ["Introduction 3", "Terms of reference 5", "Chronology 7"]
    assert _contents_lines([line(t, 100 + 14 * k) for k, t in enumerate(contents)]) == {0, 1, 2}


def test_single_letter_prefixed_numbers_are_numbers_only_in_a_list_numbered_so() -> None:
    """ "K.1", "K.2" (an agency's initial, a dot, the number) number a list; "S.47 Enquiries ..." (a statute's
    section at a line start) is no number where nothing else is numbered so."""
    from extraction.recommendation_marks import letter_prefixes, match_marker
    from extraction.recommendations import extract_items
    from extraction.sections import Section

    def line(text: str, y: float, block: int) -> Line:
        return Line(text=text, page=1, x0=72, x1=400, y0=y, y1=y + 11, block=block)

    texts = [
        "K.1 The trust should review its discharge policy.",
        "K.2 The trust must write a referral guide.",
    ]
    lines = [line(t, 100 + 30 * k, k) for k, t in enumerate(texts)]
    items = extract_items([Section(heading="Recommendations", kind="overview", lines=lines)], 11.0)
    assert [i.number for i in items] == ["K.1", "K.2"]
    # one "K.1" only among items numbered after initials ("KP.1", "KC.1"), or printed apart from its text
    assert letter_prefixes(["K.1", "KP.1 Ashby Police should ...", "KC.1 Ashby Council should ..."]) == {"K"}
    assert letter_prefixes(["S.47 Enquiries were made twice.", "The council should audit them."]) == set()
    assert match_marker("S.47 Enquiries were made twice.") is None


def test_item_going_on_at_the_top_of_the_next_column_after_a_full_stop_keeps_its_text() -> None:
    """Two columns, numbers printed apart left of the text: item 8 fills the foot of the left column, ending on a
    full stop, and its second sentence starts the right column at that column's text indent (its own numbers
    hang left of it). A column break cuts a paragraph as a page break does."""
    from extraction.recommendations import extract_items
    from extraction.sections import Section

    def ln(text: str, x0: float, x1: float, y: float, block: int) -> Line:
        return Line(text=text, page=2, x0=x0, x1=x1, y0=y, y1=y + 10, block=block, size=10.0)

    left = ["It is recommended that the Probation", "Service reinforces the current",
            "requirement of supervisors to update", "records, relating more specifically",
            "to what was said during sessions."]  # fmt: skip
    right = ["This could significantly increase the", "quantity and quality of information",
             "known about individuals."]  # fmt: skip
    lines = [ln("8.", 61.8, 70.8, 466.2, 1)]
    lines += [ln(t, 93.0, 285.0 + 5 * (k % 2), 466.2 + 13.8 * k, 1) for k, t in enumerate(left)]
    lines += [ln(t, 351.5, 540.0 - 5 * (k % 2), 73.6 + 13.8 * k, 2) for k, t in enumerate(right)]
    lines += [ln("9.", 320.3, 329.3, 130.0, 2), ln("That NHS England build a requirement", 351.5, 530.0, 130.0, 2),
              ln("into its contracts with GP practices.", 351.5, 520.0, 143.8, 2)]  # fmt: skip
    items = extract_items([Section(heading="Recommendations", kind="overview", lines=lines)], 10.0)
    assert [i.number for i in items] == ["8", "9"]
    assert items[0].text.endswith("during sessions. This could significantly increase the quantity and quality "
                                  "of information known about individuals.")  # fmt: skip


def test_wrapped_bold_label_title_keeps_its_second_line() -> None:
    """ "Recommendation 4 - The child referral" over "matrix", both bold in one block, then the text in regular
    print: the lower-case second line is the title's wrap, not the recommendation's first word."""
    from extraction.recommendations import extract_items
    from extraction.sections import Section

    def ln(text: str, y: float, block: int, bold: bool = False) -> Line:
        return Line(
            text=text, page=3, x0=146.8, x1=146.8 + 6 * len(text), y0=y, y1=y + 12, block=block, bold=bold
        )

    lines = [
        ln("Recommendation 4 - The child referral", 484.6, 7, True),
        ln("matrix", 500.3, 7, True),
        ln("That provision is made for carers to be spoken to", 524.0, 8),
        ln("on their own about how they are coping.", 539.7, 8),
    ]
    items = extract_items([Section(heading="Recommendations", kind="overview", lines=lines)], 11.0)
    assert [(i.number, i.text) for i in items] == [
        ("4", "That provision is made for carers to be spoken to on their own about how they are coping.")
    ]
