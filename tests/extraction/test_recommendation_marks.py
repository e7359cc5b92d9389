"""The list markers of extraction.recommendation_marks: bullet glyphs before an item's text and alone on a line."""

from __future__ import annotations

import re

import pytest

from extraction.recommendation_marks import BULLET_GLYPHS, match_marker

#: Each glyph of the bullet class, its escapes read ("\-" the hyphen, "\uf0b7" a private-use bullet).
_GLYPHS = sorted(
    set(re.sub(r"\\u([0-9a-f]{4})", lambda m: chr(int(m.group(1), 16)), BULLET_GLYPHS.replace("\\-", "-")))
)


@pytest.mark.parametrize("glyph", _GLYPHS)
def test_every_bullet_glyph_marks_the_text_after_it(glyph: str) -> None:
    marker = match_marker(f"{glyph} Kent Police should review its training.")
    assert marker is not None and marker[0] == "bullet"


@pytest.mark.parametrize("glyph", [g for g in _GLYPHS if g != "-"])
def test_a_bullet_glyph_alone_on_its_line_is_a_marker(glyph: str) -> None:
    # a PDF prints a Word list's bullet apart from its text
    marker = match_marker(glyph)
    assert marker is not None and marker[0] == "bullet"


def test_a_hyphen_alone_on_its_line_is_no_marker() -> None:
    assert match_marker("-") is None
