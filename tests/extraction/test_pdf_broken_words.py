"""PDF words the print broke and the italic flag: a heading word broken with no hyphen over two lines or opened by
letter spacing ("Recommenda tions", "Recommen- dations") is whole again where the document prints it whole
elsewhere (else the recommendations heading is missed); a line set in italic says so (the panel's commentary
after the last recommendation is printed in italic)."""

from __future__ import annotations

import pymupdf

from extraction.document import Line, Page
from extraction.readers import read
from extraction.readers.broken_words import join_broken_words

BODY = "The panel makes the recommendations below; the recommendations are numbered in the action plan."


def _page(*lines: Line) -> list[Page]:
    body = Line(BODY, 1, x0=72.0, y0=60.0, x1=520.0, y1=72.0)
    return [Page(number=1, lines=[body, *lines])]


def _texts(pages: list[Page]) -> list[str]:
    return [ln.text for ln in pages[0].lines[1:]]


def test_heading_word_opened_within_a_line_is_joined() -> None:
    pages = _page(Line("9. Recommenda tions", 1, x0=72.0, y0=100.0, x1=200.0, y1=114.0, size=14.0, bold=True))
    join_broken_words(pages)
    assert _texts(pages) == ["9. Recommendations"]


def test_heading_word_with_its_hyphen_left_in_the_line_is_joined() -> None:
    pages = _page(Line("Recommen- dations", 1, x0=72.0, y0=100.0, x1=200.0, y1=114.0, size=14.0, bold=True))
    join_broken_words(pages)
    assert _texts(pages) == ["Recommendations"]


def test_heading_word_broken_over_two_lines_without_a_hyphen_is_joined() -> None:
    pages = _page(
        Line("Recommenda", 1, x0=72.0, y0=100.0, x1=150.0, y1=114.0, size=14.0, bold=True),
        Line("tions", 1, x0=72.0, y0=117.0, x1=110.0, y1=131.0, size=14.0, bold=True),
        Line("The police should review training.", 1, x0=72.0, y0=140.0, x1=300.0, y1=152.0),
    )
    join_broken_words(pages)
    assert _texts(pages) == ["Recommendations", "The police should review training."]


def test_capitals_broken_after_a_hyphen_over_two_lines_are_joined() -> None:
    pages = _page(
        Line("RECOMMEN-", 1, x0=72.0, y0=100.0, x1=150.0, y1=114.0, size=14.0, bold=True),
        Line("DATIONS", 1, x0=72.0, y0=117.0, x1=130.0, y1=131.0, size=14.0, bold=True),
    )
    join_broken_words(pages)
    assert _texts(pages) == ["RECOMMENDATIONS"]


def test_two_words_stay_apart() -> None:
    # both pieces are words the document prints ("in", "to"), a joined word it never prints, capitals then lower case
    lines = [
        Line("Went in to the house", 1, x0=72.0, y0=100.0, x1=200.0, y1=112.0),
        Line("The IDVA service and the action plan", 1, x0=72.0, y0=120.0, x1=300.0, y1=132.0),
        Line("every one of them", 1, x0=72.0, y0=140.0, x1=300.0, y1=152.0),
        Line("Recommenda", 1, x0=72.0, y0=200.0, x1=150.0, y1=214.0, size=14.0, bold=True),
        Line(
            "tions follow", 1, x0=72.0, y0=230.0, x1=150.0, y1=244.0, size=14.0, bold=True
        ),  # not the next row
    ]
    pages = _page(*lines)
    for text in ("idvaservice into everyone", "every day is one day"):
        pages[0].lines.append(Line(text, 1, x0=72.0, y0=300.0, x1=200.0, y1=312.0))
    join_broken_words(pages)
    assert _texts(pages)[:5] == [
        "Went in to the house",
        "The IDVA service and the action plan",
        "every one of them",  # "everyone" is printed, but so are "every" and "one" on their own
        "Recommenda",
        "tions follow",
    ]


def _pdf(draw: list[tuple[float, str, str, float]]) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    for y, text, font, size in draw:
        page.insert_text((72, y), text, fontname=font, fontsize=size)
    return doc.tobytes()


def test_pdf_lines_say_italic_and_a_broken_heading_reads_whole() -> None:
    data = _pdf(
        [
            (80, "Domestic Homicide Review: the recommendations of the panel", "helv", 11),
            (120, "Recommenda tions", "hebo", 15),
            (150, "1. The police should review how repeat calls are recorded.", "helv", 11),
            (175, "Note: the panel discussed the recommendations with the family.", "heit", 11),
        ]
    )
    doc = read(data, filename="broken.pdf")
    lines = list(doc.lines())
    texts = [ln.text for ln in lines]
    assert "Recommendations" in texts
    by_text = {ln.text: ln for ln in lines}
    assert by_text["Note: the panel discussed the recommendations with the family."].italic
    assert not by_text["1. The police should review how repeat calls are recorded."].italic
    assert by_text["Recommendations"].bold and not by_text["Recommendations"].italic
