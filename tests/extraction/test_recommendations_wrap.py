"""Where a PDF recommendation ends: the words can say its sentence goes on, whatever the lines' lengths."""

from __future__ import annotations

import pytest

from extraction.document import Line
from extraction.recommendations_wrap import words_go_on


@pytest.mark.parametrize(
    ("last", "line", "goes_on"),
    [
        ("and that the source of the information is noted by", "June 2020.", True),
        ("to ensure that disclosures of coercive and", "Controlling behaviour are recorded", True),
        (
            "the statutory guidance for Domestic Homicide Reviews to require that learning about",
            "honour-based",
            True,
        ),
        ("a refresher briefing on the DASH checklist for all", "Staff.", True),
        ("in the family's own words about their daughter's life and its", "meaning", True),
        ("A system to record each contact's outcome with an auto-", "Matic prompt", True),
        ("Training for GPs on coercive control", "The panel noted that training was patchy.", False),
        ("A named lead for domestic abuse in every practice", "Commentary: this follows the review.", False),
    ],
)
def test_words_say_the_sentence_goes_on(last: str, line: str, goes_on: bool) -> None:
    assert words_go_on(Line(last, 1), Line(line, 1)) is goes_on


def test_a_line_whose_last_word_the_reader_joined_up_goes_on() -> None:
    from extraction.readers.cleanup import dehyphenate

    lines = dehyphenate(
        [Line("amend the statutory guidance for Domes-", 1), Line("tic Homicide Reviews to", 1)]
    )
    assert lines[0].text.endswith("for Domestic") and lines[0].broke_word
    assert words_go_on(lines[0], Line("Homicide Reviews to require that", 1))
    assert not words_go_on(Line("Training for GPs on coercive control", 1), Line("The panel noted this.", 1))
