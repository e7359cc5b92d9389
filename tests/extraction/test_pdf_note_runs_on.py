"""A footnote run on from the page before: the notes under the separator rule start with its rest, in lower case
and small print, with no number (found by ``python -m evaluation.variant_probe --seeds 2``: the notes were read
as body text, and the next note's words went into the recommendation printed over them)."""

from __future__ import annotations

import pymupdf

from extraction.readers import read

BODY = "The police should review how repeat calls are recorded and report to the board."


def _page_with_notes(first_note: str) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 90.0
    for _ in range(20):
        page.insert_text((72, y), BODY, fontsize=12)
        y += 16
    page.draw_line((72, 666.5), (152, 666.5), width=0.5)
    page.insert_text((72, 680), first_note, fontsize=9)
    page.insert_text((72, 692), "2 SafeLives (2015), page 4.", fontsize=9)
    return doc.tobytes()


def test_notes_starting_with_the_rest_of_one_from_the_page_before_are_notes() -> None:
    doc = read(
        _page_with_notes("receives the force's update, as the note on the page before asks."),
        filename="n.pdf",
    )
    texts = [ln.text for ln in doc.lines()]
    assert not any("SafeLives" in t or "force's update" in t for t in texts)
    assert sum(t == BODY for t in texts) == 20


def test_small_print_under_a_rule_with_no_numbered_note_stays() -> None:
    # no line under the rule starts with a note's number: not the notes (a caption, a small-print paragraph)
    doc = pymupdf.open(stream=_page_with_notes("Source: the panel's own records."), filetype="pdf")
    page = doc[0]
    page.add_redact_annot(pymupdf.Rect(60, 684, 400, 700))
    page.apply_redactions()
    texts = [ln.text for ln in read(doc.tobytes(), filename="c.pdf").lines()]
    assert "Source: the panel's own records." in texts
