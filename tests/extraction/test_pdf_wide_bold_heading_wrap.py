"""A bold heading in a wide face (a bold sans at 13 pt) wrapped onto a second line: its last word is wider than
half the print size a character, so the width of the first line's own characters decides that it was wrapped
(agencies set K: "Recommendation 7: North Wales Regional VAWDASV" / "Board" lost "Board" and the agency)."""

from __future__ import annotations

from extraction.document import Line
from extraction.readers.cleanup import join_wrapped_headings


def _line(text: str, y: float, x1: float, size: float = 13.0, bold: bool = True) -> Line:
    return Line(text=text, page=2, x0=90.1, y0=y, x1=x1, y1=y + size, size=size, bold=bold, block=2)


def _body(y: float) -> Line:
    return _line("the text of a paragraph that runs right across the column to", y, 521.6, 11.0, False)


def test_wide_bold_heading_wrapped_before_a_short_word_is_one_heading() -> None:
    lines = [
        _body(147.3),
        _line("Recommendation 7: North Wales Regional VAWDASV", 186.5, 483.3),
        _line("Board", 203.9, 133.4),
        _line("Commission a perpetrator programme that is available in Welsh.", 221.1, 403.0, 11.0, False),
    ]
    assert [ln.text for ln in join_wrapped_headings(lines)][1:] == [
        "Recommendation 7: North Wales Regional VAWDASV Board",
        "Commission a perpetrator programme that is available in Welsh.",
    ]


def test_wide_bold_heading_ending_far_from_the_edge_is_not_joined() -> None:
    # the same print, but the first line ends where "Board" would still have fitted
    lines = [
        _body(147.3),
        _line("Recommendation 7: North Wales Regional", 186.5, 400.0),
        _line("Board", 203.9, 133.4),
        _line("Commission a perpetrator programme that is available in Welsh.", 221.1, 403.0, 11.0, False),
    ]
    assert [ln.text for ln in join_wrapped_headings(lines)][1:3] == [
        "Recommendation 7: North Wales Regional",
        "Board",
    ]
