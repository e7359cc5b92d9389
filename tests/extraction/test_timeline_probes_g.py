"""Timeline readings found by probing own-words report shapes after blind batches ai/aj and documents ag (helper G).

Not blind: each wording below was written after those batches had been scored and fixed, to try shapes real
reports share that no batch held; each read otherwise with the code of ea26800 (before this session's timeline
changes), except where a comment says it guards a reading that was already right.
"""

import pytest

from evaluation.real_timeline import predict
from extraction.timeline import extract_timeline
from tests.extraction.builders import make_document


def _events(text: str) -> dict[str, str]:
    return {e.event: e.date for e in extract_timeline(make_document(text), learned=False)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a sub-group's recommendation to review, agreed on a date: the agreement is the decision
        (
            "On 11 October 2018 the CSP's DHR sub-group recommended that a DHR be undertaken, which was agreed by "
            "the chair on 18 October 2018.",
            {"2018-10-18": {"decision_to_review"}},
        ),
        (
            "The core group recommended a review, and this was approved by the chair of the partnership on 2 May "
            "2021.",
            {"2021-05-02": {"decision_to_review"}},
        ),
        # (guards: what was recommended is no review's holding)
        ("The panel recommended that the review be extended, which was agreed on 4 May 2021.", {}),
        # a date of incident alone is the death's; beside a date of death it is not (guards)
        ("Date of incident: 04/05/2019", {"2019-05-04": {"death"}}),
        ("Date of incident: 04/05/2019 Date of death: 06/05/2019", {"2019-05-06": {"death"}}),
    ],
)
def test_sentences(sentence: str, expected: dict) -> None:
    assert dict(predict(sentence)) == expected
    assert dict(predict(sentence, learned=False)) == expected


def test_a_key_dates_table_with_a_row_per_stage() -> None:
    text = (
        "#Glossary\nDHR Domestic Homicide Review\n\nCSP Community Safety Partnership\n\f#Key dates\n"
        "Date of incident | 06.11.2020\n\nDate of death | 07.11.2020\n\nReferral to CSP | 13.11.2020\n\n"
        "DHR decision | 26.11.2020\n\nHome Office informed | 01.12.2020\n\nPanel meeting 1 | 02.03.2021\n\n"
        "Panel meeting 2 | 11.05.2021\n"
    )
    assert _events(text) == {
        "death": "2020-11-07",
        "notification": "2020-11-13",
        "decision_to_review": "2020-11-26",
        "home_office_notified": "2020-12-01",
        "first_panel": "2021-03-02",
    }


_REPORT = (
    "Safer Townley Partnership\n\nDomestic Homicide Review\n\nOverview Report: 'Beth'\n\nIndependent Author: Mary "
    "Lane\n\nFinal version: 3 June 2022\n\f#1. Introduction\n1.1 Beth was killed by her husband on 14 February "
    "2020.\n\f#Appendix C: Home Office Quality Assurance Panel letter\nHome Office\n2 Marsham Street\nLondon SW1P "
    "4DF\n\n19 October 2022\n\nDear Ms Lane,\n\nThank you for submitting the DHR report (Beth) for consideration "
    "by the Home Office Quality Assurance Panel. The report was considered at the Panel meeting on 14 September "
    "2022.\n\n"
)


@pytest.mark.parametrize(
    ("closing", "signed_off"),
    [
        # a short report ending with the QA letter: the report is no letter (its title page's date was read as
        # the sign-off, and its death and date dropped), and the appended letter clearing it dates the sign-off
        ("The Panel concluded the report is of a high standard and it may now be published.", "2022-10-19"),
        # (an appended letter asking to see the report again clears nothing)
        ("Please resubmit the report once the changes have been made; it may then be published.", None),
    ],
)
def test_a_report_with_the_qa_letter_appended(closing: str, signed_off: str | None) -> None:
    events = _events(f"{_REPORT}{closing}\n\nYours sincerely\n")
    assert events.get("death") == "2020-02-14"
    assert events.get("report_completed") == "2022-06-03"
    assert events.get("qap_first_heard") == "2022-09-14"
    assert events.get("qap_signed_off") == signed_off


def test_a_year_left_out_after_a_new_year() -> None:
    # the stages after a death in late December, their year left out: the next year (they cannot precede the
    # death, so all were dropped before) ...
    text = (
        "#1. Introduction\n1.1 Ms A died on 28 December 2020 after being stabbed by her partner.\n\n"
        "1.2 The CSP was notified on 4 January and the decision to hold a review was taken on 20 January.\n\n"
        "1.3 The Home Office was informed on 25 January.\n"
    )
    assert _events(text) == {
        "death": "2020-12-28",
        "notification": "2021-01-04",
        "decision_to_review": "2021-01-20",
        "home_office_notified": "2021-01-25",
    }
    # ... while a look back of a week keeps the year (guards)
    text = (
        "#1. Introduction\n1.1 Ms A died on 10 May 2021 after being stabbed by her partner.\n\n"
        "1.2 On 3 May, a week before, she had told her GP she was afraid. The CSP was notified on 14 May.\n"
    )
    assert _events(text) == {"death": "2021-05-10", "notification": "2021-05-14"}
