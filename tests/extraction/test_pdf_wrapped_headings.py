"""PDF lines that the DOCX holds as one paragraph: a bold heading wrapped over lines, a word broken with no hyphen
in a narrow column, a recommendation's label with its title tabbed beside it, a glossary name wrapped onto a line
of its own block, a list's number column, a labelled first line filled to the edge (found by
``python -m evaluation.docx_pdf_agency_probe``: the PDF lost or changed the agencies the DOCX kept)."""

from __future__ import annotations

from extraction.agency_glossary import _wrapped_name
from extraction.document import Line
from extraction.readers.cleanup import join_wrapped_headings
from extraction.recommendations_layout import hangs_under, wrapped_number


def _line(text: str, y: float, x0: float = 146.8, x1: float | None = None, **kw: object) -> Line:
    size = float(kw.pop("size", 13.0))  # type: ignore[arg-type]
    width = x1 if x1 is not None else x0 + 0.5 * size * len(text)
    return Line(text=text, page=1, x0=x0, y0=y, x1=width, y1=y + size * 1.2, size=size, **kw)  # type: ignore[arg-type]


def _body(y: float) -> Line:
    return _line("the text of a paragraph that runs right across the column", y, x1=455.0, size=12.5)


def test_bold_agency_heading_wrapped_over_two_lines_is_one_heading() -> None:
    lines = [
        _body(120.0),
        _line("Norfolk County Community Safety", 183.9, x1=400.8, bold=True, block=2),
        _line("Partnership", 201.3, x1=232.8, bold=True, block=2),
        _line("Recommendation 3: It is recommended that,", 218.6, x1=446.4, size=12.5, block=2),
    ]
    out = join_wrapped_headings(lines)
    assert [ln.text for ln in out][1:3] == [
        "Norfolk County Community Safety Partnership",
        "Recommendation 3: It is recommended that,",
    ]


def test_short_bold_heading_over_a_bold_line_is_not_joined() -> None:
    # "Recommendation 1" is far short of the edge: the line under it was not wrapped from it
    lines = [
        _body(100.0),
        _line("Recommendation 1", 150.0, x1=260.0, bold=True),
        _line("Kent Police", 168.0, bold=True),
    ]
    assert [ln.text for ln in join_wrapped_headings(lines)] == [
        lines[0].text,
        "Recommendation 1",
        "Kent Police",
    ]


def test_bold_paragraph_is_not_joined() -> None:
    lines = [
        _body(100.0),
        _line("The police should review how officers record", 150.0, x1=452.0, bold=True),
        _line("repeat calls and should audit the records", 167.0, x1=450.0, bold=True),
        _line("each year.", 184.0, x1=220.0, bold=True),
    ]
    assert len(join_wrapped_headings(lines)) == 4


def test_last_lines_of_a_bold_paragraph_are_not_a_heading() -> None:
    # a recommendation set in bold: its last two lines (no full stop, few words) are no wrapped heading
    lines = [
        _body(100.0),
        _line("That the director of public health and a leading practitioner", 150.0, x1=452.0, bold=True),
        _line("for the county clinical commissioning groups provide", 165.0, x1=440.0, bold=True),
        _line("leadership to drive forward a multi-agency", 180.0, x1=450.0, bold=True),
        _line("domestic abuse strategy for Norfolk by June 2014", 195.0, x1=420.0, bold=True),
        _line("The panel read each agency's chronology beside the others.", 225.0, x1=455.0),
    ]
    assert len(join_wrapped_headings(lines)) == 6


def test_word_broken_without_hyphen_in_a_narrow_column() -> None:
    lines = [
        _body(100.0),
        _line("Recommendation", 464.4, x1=284.0, bold=True, size=14.0),
        _line("s", 483.1, x1=155.1, bold=True, size=14.0),
    ]
    assert join_wrapped_headings(lines)[-1].text == "Recommendations"
    # a short word alone on a line is a word
    lines = [_body(100.0), _line("Recommendations are made", 464.4, bold=True), _line("to", 481.0, bold=True)]
    assert join_wrapped_headings(lines)[-1].text == "to"


def test_title_tabbed_beside_its_label_is_one_line() -> None:
    lines = [
        _line("Recommendation 5:", 522.0, x1=293.0, bold=True, block=7),
        _line("Children's contact", 522.0, x0=326.8, x1=459.2, bold=True, block=7),
        _line("That someone diagnosed with dementia should be offered a", 538.8, x1=459.4, block=7),
    ]
    assert [ln.text for ln in join_wrapped_headings(lines)][0] == "Recommendation 5: Children's contact"
    # a table row: the label's cell in bold, the text's cell in plain print, stays two cells
    row = [_line("Recommendation 2", 704.0, x1=238.9, bold=True), _line("Kent and Medway", 704.0, x0=441.6)]
    assert len(join_wrapped_headings(row)) == 2


def test_glossary_name_wrapped_onto_a_block_of_its_own() -> None:
    lines = [
        _line("KMPT - Kent and Medway NHS and Social Care", 98.2, x1=464.9, size=13.5, block=2),
        _line("Partnership Trust.", 121.8, x1=267.5, size=13.5, block=3),
        _line("The panel thanks the agencies for their help.", 160.0, size=13.5, block=4),
    ]
    name = _wrapped_name("Kent and Medway NHS and Social Care", lines, 0)
    assert name == "Kent and Medway NHS and Social Care Partnership Trust"
    # a sentence under a finished name is no part of it
    done = [lines[0], _line("The panel thanks the agencies.", 121.8, size=13.5, block=3)]
    assert (
        _wrapped_name("Kent and Medway NHS and Social Care", done, 0) == "Kent and Medway NHS and Social Care"
    )


def test_bare_number_under_a_bare_number_is_a_list_number() -> None:
    lines = [
        _line("6", 206.7, x1=153.6, size=13.5, block=4),
        _line("A review of the MARAC protocol", 206.7, x0=175.2, x1=360.5, size=13.5, block=4),
        _line("7", 230.3, x1=153.6, size=13.5, block=5),
    ]
    lines = [lines[0], lines[1], lines[2]]
    # the line before "7" in reading order is the text beside "6"; the one at its edge above is "6" itself
    assert not wrapped_number(lines, 2, ("numeric", "7", None, 1))
    # a count wrapped out of a sentence at the paragraph's edge still is one
    prose = [
        _line("the victim was seen on", 100.0, x1=400.0, block=-1),
        _line("2 November and again", 115.0, block=-1),
    ]
    prose[0].block = prose[1].block = 3
    assert wrapped_number(prose, 1, ("numeric", "2", None, 1))


def test_labelled_first_line_filled_to_the_edge_goes_on() -> None:
    lines = [
        _line(
            "The review makes seven recommendations to the partnership and its agencies.",
            372.9,
            x0=61.8,
            x1=479.5,
            size=12.0,
        ),
        _line(
            "Recommendation 2: The provision of assurances from Merseyside Police and the National",
            424.6,
            x0=61.8,
            x1=504.9,
            size=12.0,
            block=8,
        ),
        _line(
            "Probation Service that the Information Sharing Agreement was effectively embedded",
            440.5,
            x0=61.8,
            x1=471.1,
            size=12.0,
            block=8,
        ),
        _line(
            "Recommendation 3: The provision of a learning document from the Partnership which captures the",
            466.3,
            x0=61.8,
            x1=546.1,
            size=12.0,
            block=9,
        ),
    ]
    assert hangs_under(lines, 1)
    # a short title over its text does not
    titled = [
        lines[0],
        _line("Recommendation 4: Information sharing", 500.0, x0=61.8, x1=260.0, size=12.0),
        _line("Kent Police should", 515.0, x0=61.8, size=12.0),
    ]
    assert not hangs_under(titled, 1)
