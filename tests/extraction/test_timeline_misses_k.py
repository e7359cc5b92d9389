"""Three readings that batches af and ag (and a key-dates field) had left as known misses, each checked on own
wordings written after the batches (not blind; none of it real text). Each sentence marked "before" read
otherwise before the fix (predict, with and without the sentence model):

- a decision not to review, reversed later in the sentence, is the decision to review (the reversal's date);
- a death that only marks a time ("... before her death was upheld in January 2023") does not date what follows
  it, unless the date is the death's own ("Prior to her death in May 2018");
- a key-dates field naming the partnership's notice *to* the Home Office is home_office_notified.
"""

import pytest

from evaluation.real_timeline import predict


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # before: {}
        (
            "The partnership initially concluded on 3 March 2021 that a review was not required, but that decision "
            "was overturned on 19 May 2021 when new information came to light.",
            {"2021-05-19": {"decision_to_review"}},
        ),
        # before: {}
        (
            "The decision not to hold a DHR was rescinded on 14 February 2022 after the coroner raised concerns.",
            {"2022-02-14": {"decision_to_review"}},
        ),
        # before: {}
        (
            "The Chair decided against a review in June 2018; he reversed his decision in September 2018 following "
            "a letter from the family.",
            {"2018-09": {"decision_to_review"}},
        ),
        # other reversals are none: a court's, or a decision that was no refusal to review
        ("The conviction was overturned on appeal in March 2019.", {}),
        ("The decision to close the case was reversed on 3 May 2019.", {}),
        # before: death
        ("The police complaint about contact with her before her death was upheld in January 2023.", {}),
        # before: death
        ("An audit of the care he received prior to his death was completed in March 2020.", {}),
        # before: death
        (
            "A complaint about the support given to Ms K in the weeks leading up to her death was upheld in "
            "January 2021.",
            {},
        ),
        # the death's own date after the phrase is still the death's
        ("Prior to her death in May 2018, Jane had moved to a refuge.", {"2018-05": {"death"}}),
        ("Shortly before his death on 3 June 2017, he called his sister.", {"2017-06-03": {"death"}}),
        ("Following her death on 9 October 2019, the CSP was notified.", {"2019-10-09": {"death"}}),
        # before: notification
        ("Date of Home Office notification: 08/11/2021", {"2021-11-08": {"home_office_notified"}}),
        # before: notification
        ("Notification to Home Office: 8 November 2021", {"2021-11-08": {"home_office_notified"}}),
        # before: notification
        ("Date notification sent to the Home Office: 12 June 2021", {"2021-06-12": {"home_office_notified"}}),
        # the partnership's own notice is still the notification
        ("Partnership notification: 19 April 2022", {"2022-04-19": {"notification"}}),
        ("Date of notification to the CSP: 4 March 2020", {"2020-03-04": {"notification"}}),
    ],
)
def test_the_readings_on_own_wordings(sentence: str, expected: dict) -> None:
    assert dict(predict(sentence)) == expected
    assert dict(predict(sentence, learned=False)) == expected


def test_the_key_dates_field_of_the_brief() -> None:
    # the field as the batch's follow-up gave it (a colon after the label)
    field = "Date of partnership notification to the Home Office: 3 May 2022"
    assert dict(predict(field)) == {"2022-05-03": {"home_office_notified"}}
