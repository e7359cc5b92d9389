"""A label on a line of its own ("1."), then a text opening with an undotted number ("5 Boroughs Partnership NHS
Foundation Trust should ..."): the number is the text's first word (a body's name), not a second label."""

from __future__ import annotations

from extraction.pipeline import Extractor
from tests.extraction.builders import make_document


def test_a_number_opening_a_labelled_items_text_stays_text() -> None:
    doc = make_document(
        "#Review\n#Recommendations\n1.\n5 Boroughs Partnership NHS Foundation Trust should review its discharge "
        "policy.\n2.\nThe police should review how it grades repeat calls.\n"
    )
    recs = Extractor.load()(doc).recommendations
    assert [r.number for r in recs] == ["1", "2"]
    assert recs[0].text.startswith("5 Boroughs Partnership")
