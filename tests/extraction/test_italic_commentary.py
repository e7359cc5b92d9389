"""Italic commentary after an upright recommendation starts a paragraph of its own (``new_paragraph``): the
panel's note printed in italic under the last item is no more of the item."""

from __future__ import annotations

from extraction.document import Line
from extraction.recommendation_items import RawItem
from extraction.recommendations_layout import new_paragraph


def _item(*lines: Line) -> RawItem:
    return RawItem(
        number="4",
        text=" ".join(ln.text for ln in lines),
        page=lines[0].page,
        section="overview",
        heading=None,
        lines=list(lines),
    )


def _line(text: str, y0: float, block: int, italic: bool = False) -> Line:
    return Line(text, page=3, x0=72.0, y0=y0, x1=520.0, y1=y0 + 12, block=block, italic=italic)


def test_italic_note_after_an_upright_item_is_a_new_paragraph() -> None:
    item = _item(
        _line("4. The ICB should audit the routine enquiry made by GP practices in the area and", 100, 5)
    )
    note = _line("The panel discussed whether a wider audit was needed and agreed it was not.", 128, 6, True)
    assert new_paragraph(item, note, note.text)


def test_upright_line_after_an_upright_item_is_not_split_by_the_italic_rule() -> None:
    item = _item(
        _line("4. The ICB should audit the routine enquiry made by GP practices in the area and", 100, 5)
    )
    more = _line("Report its findings to the Board.", 114, 5)
    assert not new_paragraph(item, more, more.text)


def test_an_italic_item_goes_on_in_italic() -> None:
    # a recommendation printed in italic throughout: its next line in italic is more of it
    item = _item(
        _line(
            "4. The ICB should audit the routine enquiry made by GP practices in the area and", 100, 5, True
        )
    )
    more = _line("Report its findings to the Board.", 114, 6, True)
    assert not new_paragraph(item, more, more.text)
