"""Two- and three-column pages at narrow geometry (wide margins: each column under a quarter of the page), a
heading wider than a column over a three-column run, two prose columns whose printed rows look like a borderless
plan table's header, and the italic flag (found by ``python -m evaluation.variant_probe --seeds 2``: the PDF
read a column's text out of order, or read two columns of prose as a table, where the DOCX was right)."""

from __future__ import annotations

from extraction.document import Line
from extraction.readers.layout import Block, order_blocks

PROSE = "the panel read each agency's chronology beside"


def _line(text: str, x0: float, y: float, x1: float, bold: bool = False, size: float = 11.5) -> Line:
    return Line(text, 1, x0=x0, y0=y, x1=x1, y1=y + size, size=size, bold=bold)


def _column(x0: float, x1: float, top: float, rows: int, word: str) -> Block:
    return Block.of([_line(f"{word} {k} of a narrow column", x0, top + 15.4 * k, x1) for k in range(rows)])


def test_two_narrow_columns_under_a_heading_are_read_column_by_column() -> None:
    # text from 146.8 to 467 on A4 (wide margins): columns of 148 and 115 points, each under a quarter of 595
    blocks = [
        Block.of(
            [
                _line("Recommendations", 146.8, 464.4, 284.0, bold=True, size=14.0),
                _line("The review makes eight", 146.8, 501.5, 288.3),
                _line("recommendations.", 146.8, 516.9, 254.7),
            ]
        ),
        _column(351.5, 466.7, 464.1, 16, "right"),
        Block.of([_line("1.", 146.8, 538.3, 157.7), *_column(178.0, 295.2, 538.3, 12, "left").lines]),
    ]
    texts = [ln.text for ln in order_blocks(blocks, 595.0)]
    assert texts.index("left 11 of a narrow column") < texts.index("right 0 of a narrow column")


def test_three_narrow_columns_under_a_wider_heading_are_read_column_by_column() -> None:
    # US letter, text from 146.8 to 464.6: three columns of 87 points (0.14 of the page), a heading over them
    # wider than one (it overlaps the first two), a running header over the first
    blocks = [
        Block.of([_line("Kent DHR Ms Z", 146.8, 37.5, 220.2)]),
        Block.of([_line("The panel read each agency's chronology beside the others.", 146.8, 341.4, 463.5)]),
        Block.of([_line("Recommendations", 146.8, 519.0, 292.4, bold=True, size=14.0)]),
        _column(146.8, 234.0, 551.0, 11, "first"),
        _column(293.6, 349.6, 551.0, 4, "second"),
        Block.of([_line("2.", 262.4, 615.5, 271.1), *_column(293.6, 349.6, 615.5, 6, "second on").lines]),
        _column(409.2, 464.6, 551.0, 11, "third"),
    ]
    texts = [ln.text for ln in order_blocks(blocks, 612.0)]
    order = [texts.index(f"{w} 0 of a narrow column") for w in ("first", "second", "second on", "third")]
    assert order == sorted(order)
    assert texts.index("first 10 of a narrow column") < texts.index("second 0 of a narrow column")
    assert texts.index("Recommendations") < texts.index("first 0 of a narrow column")


def test_a_label_value_table_at_narrow_geometry_is_still_read_across() -> None:
    rows = [("Date of death", "12 March 2019"), ("Review commissioned", "1 May 2019"), ("Chair", "A Smith")]
    blocks = []
    for k, (label, value) in enumerate(rows):
        blocks.append(Block.of([_line(label, 146.8, 100 + 20 * k, 240)]))
        blocks.append(Block.of([_line(value, 351.5, 100 + 20 * k, 440)]))
    texts = [ln.text for ln in order_blocks(blocks, 595.0)]
    assert texts[:2] == ["Date of death", "12 March 2019"]


def _words(x0: float, y: float, text: str) -> list[tuple]:
    out, x = [], x0
    for word in text.split():
        out.append((x, y, x + 5.5 * len(word), y + 11, word))
        x += 5.5 * len(word) + 3.0
    return out


def test_two_columns_of_prose_are_no_borderless_plan_header() -> None:
    from extraction.plan_columns import classify_header
    from extraction.readers.pdf_borderless import _header_edges, _sentence_runs_on

    # a row of two prose columns whose words name plan columns by chance ("agency", "recommends")
    row = _words(113.5, 100, "The panel read each agency's chronology beside") + _words(
        431.7, 100, "The panel recommends:"
    )
    below = [
        _words(113.5, 113, "the others and met the family twice.")
        + _words(431.7, 113, "1. It is recommended")
    ]
    assert _sentence_runs_on(row, below)
    # a cell in lower case, or ending on "were", is a sentence's line, not a header's
    for left, right in (("both agencies were asked to", "how agencies worked together."),
                        ("These recommendations were", "MAPPA - Multi-Agency Public")):  # fmt: skip
        assert _header_edges(_words(113.5, 200, left) + _words(308.4, 200, right), classify_header) is None
    header = (
        _words(65, 300, "Recommendation") + _words(300, 300, "Lead agency") + _words(420, 300, "Target date")
    )
    assert _header_edges(header, classify_header) is not None
    assert not _sentence_runs_on(
        header, [_words(65, 313, "1. The police should") + _words(300, 313, "Police")]
    )
