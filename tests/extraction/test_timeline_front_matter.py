"""A report's front matter dating its publication, and a QA-panel sentence with several dates.

Written with the fixes (not blind), in words of their own: a "Date of publication:" / "Published:" /
"Publication date:" field on a title page whose review was named on a line further up than the 160 characters
the title-page reader keeps, or after a line naming a partner body, is the review's publication (a news page's
bare stamp stays none); "the Panel" signing off after the Home Office QA panel or a resubmission was named is the
QA panel's sign-off (a review panel's approval stays the report's completion), and a date inside the QA cue's span
(the letter that asked for changes) is no sign-off.
"""

import pytest

from tests.extraction.timeline_batch_checks import check_document, check_reading

#: A title page whose lines between the review's name and its publication field run past 160 characters.
_LONG_TITLE = (
    "Domestic Homicide Review\n\nInto the death of 'Dana'\n\n"
    "Commissioned by the Safer Northvale and Eastmoor Community Safety Partnership on behalf of Northvale "
    "District Council, Westshire Constabulary and the Westshire Integrated Care Board\n\n"
    "Independent Chair and Author: R. Okafor MA\n\n"
)
_BODY = "\f#1. Introduction\n\n1.1 Dana died at her home on 14 August 2020.\n"


@pytest.mark.parametrize(
    ("field", "publication"),
    [
        ("Date of publication: 9 January 2024", "2024-01-09"),
        ("Publication date: 9 January 2024", "2024-01-09"),
        ("Published: January 2024", "2024-01"),
    ],
    ids=["date_of_publication", "publication_date", "published"],
)
def test_a_publication_field_far_below_the_reviews_name(field: str, publication: str) -> None:
    check_document(
        {"text": f"{_LONG_TITLE}{field}\n{_BODY}"}, {"death": "2020-08-14", "publication": publication}
    )


def test_a_news_pages_bare_stamp_is_still_none() -> None:
    text = "Northvale Council News\n\nLibrary opening hours to change\n\nPublished: 9 January 2024\n\f#Story\n\nHours change.\n"
    check_document({"text": text}, {})


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "After the Home Office QA Panel's letter of 4 March 2021 asked for changes, the report was resubmitted "
            "on 1 May 2021 and approved by the Panel on 9 June 2021.",
            {"2021-05-01": {"sent_to_qap"}, "2021-06-09": {"qap_signed_off"}},
        ),
        (
            "The Home Office QA Panel considered the report on 3 March 2021 and, after changes, it was approved by "
            "the Panel on 9 June 2021.",
            {"2021-03-03": {"qap_first_heard"}, "2021-06-09": {"qap_signed_off"}},
        ),
        (
            "Once the report had been resubmitted in March 2021, it was signed off by the Panel on 4 May 2021.",
            {"2021-03": {"sent_to_qap"}, "2021-05-04": {"qap_signed_off"}},
        ),
        # no QA panel or resubmission named before it: the review panel agreeing the report
        (
            "The overview report was approved by the panel on 12 May 2022.",
            {"2022-05-12": {"report_completed"}},
        ),
    ],
)
def test_the_panel_after_the_qa_panel_or_a_resubmission(sentence: str, expected: dict) -> None:
    check_reading(sentence, expected)
