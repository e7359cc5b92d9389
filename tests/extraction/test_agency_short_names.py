"""A short name of several words, or with an apostrophe, that a document defines in brackets after a body's full
name (:func:`extraction.agency_context.agency_acronyms`, as agencies set M printed one): "St Anne's Hospitals NHS
Foundation Trust (St Anne's)" makes "St Anne's maternity service to ..." that trust's."""

from __future__ import annotations

from extraction.agency_context import agency_acronyms, expand_acronyms
from tests.extraction.builders import make_document


def test_a_short_name_of_the_first_words_in_brackets_is_defined() -> None:
    text = (
        "# Recommendations\n"
        "1. St Anne's Hospitals NHS Foundation Trust (St Anne's) should ensure that its emergency department "
        "refers patients to the IDVA.\n"
        "2. St Anne's maternity service to record the answer to the routine enquiry question.\n"
        "3. Royal Westmoor Hospitals NHS Trust (Royal Westmoor) to audit referrals.\n"
    )
    found = agency_acronyms(make_document(text))
    assert found["St Anne's"] == "St Anne's Hospitals NHS Foundation Trust"
    assert found["Royal Westmoor"] == "Royal Westmoor Hospitals NHS Trust"
    spelt = expand_acronyms("St Anne's maternity service to record the answer.", found)
    assert spelt.startswith("St Anne's Hospitals NHS Foundation Trust maternity service")


def test_brackets_that_do_not_repeat_the_names_first_words_define_nothing() -> None:
    text = "# Recommendations\n1. Westmoor Hospitals NHS Trust (the acute trust for the area) to audit referrals.\n"
    assert "the acute trust for the area" not in agency_acronyms(make_document(text))
