"""The timeline extractor on own-words blind batch af (none of it real text): real reports' narrative and fields.

``timeline_variants_af.jsonl``: 135 sentences, 161 labelled dates (86 of them timeline events), written and
labelled by the team's conventions (annotations/real/README.md, "Timeline labels: conventions") and committed
(d74b08d) before any run: deaths inside long narrative sentences (passive, reported speech, "was pronounced
dead", "died in hospital six days later", "took his own life", "was discovered", ordinal days, "in the early
hours of", dates in brackets, day names, dotted dates, a death and a later discovery each dated), completion and
report dates in labelled forms, panel meetings in sentences and lists, CSP notification, decision and Home Office
notification phrasing, DARDR wording, QA-panel sentences and fields, and 75 hard negatives (births, GP and A&E
visits, arrests, remand, trial, conviction and sentencing, inquests and post-mortems, MARAC and DASH, releases,
funerals, earlier reviews, 999 calls, ranges, a decision not to review).

Scored once at d74b08d, before any change (``PYTHONPATH=. python`` over :func:`batch_result` of the batch, with
``learned=None`` and ``learned=False``): rules and sentence model (the default) P 0.915 R 0.872 F1 0.893 (75 tp,
7 fp, 11 fn); rules alone the same. Fixed by general readings: a fatal attack named by its noun ("after an
assault on DATE and died in hospital six days later") dates the death as the verb does; a death told after a
dated attack in a participle clause ("Having been assaulted ... on DATE, ..., where she died later that day")
keeps the attack's date as the death when no later date follows; a court step right before the date ("was
sentenced on DATE to life imprisonment") is not the death the parse may tie it to; "X was informed of Mrs V's
death by the police on DATE" is the notification (the death is what was told); "the Home Office was formally
advised"; "referred to the QA Panel"; "Panel members met on five occasions: DATE, ..."; "This version of the
report was completed on"; "signed off by the independent chair/author"; "the CSP decided on DATE that the death
did not meet the criteria" is no decision; the QA panel's approval cue does not reach across a year (the
resubmission's date before it); "the earlier review into the death of X in YEAR" is another review's death.
After: P 0.977 R 0.988 F1 0.983 (85 tp, 2 fp, 1 fn), with and without the sentence model (a dev figure now).
Real train 0.990 / dev 0.993 (rules alone 0.960 / 0.980) unchanged; no other variant sentence, real train/dev
sentence, attachment sentence or own-words document reads differently.
"""

import pytest

from tests.extraction.timeline_batch_checks import (
    BOTH_MODES,
    check_batch,
    check_reading,
    kept_rows,
    sentence_id,
)
from tests.extraction.timeline_variants import check_sentence, load_rows

_ROWS = load_rows("timeline_variants_af.jsonl")

#: Sentences still read otherwise than labelled (substring -> why).
KNOWN_MISSES = {
    # labelled `other` by the README (an approval that is not the QA panel's; sent_to_qap needs the panel named),
    # while earlier batches label "signed off by the CSP" report_completed and "sent to the Home Office" sent_to_qap
    "approved by the Community Safety Partnership Board": "CSP approval and 'sent to the Home Office' read as stages",
}


@pytest.mark.parametrize("row", kept_rows(_ROWS, KNOWN_MISSES), ids=sentence_id)
def test_each_sentence(row: dict) -> None:
    check_sentence(row)


@pytest.mark.parametrize("learned", BOTH_MODES)
def test_the_batch_as_a_whole(learned: bool | None) -> None:
    check_batch(_ROWS, size=135, items=161, precision=0.97, f1=0.98, learned=learned)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the fixes' readings on other wordings than the batch's (written after it, so not blind; each read
        # otherwise before the fixes)
        (
            "Mr R was taken to hospital after an attack on 4 June 2019 and died there nine days later.",
            {"2019-06-04": {"death"}},
        ),
        (
            "The Home Office was promptly informed on 3 July 2019 that a review would be held.",
            {"2019-07-03": {"home_office_notified"}},
        ),
        ("Date referred to the QA Panel: 01/02/2023", {"2023-02-01": {"sent_to_qap"}}),
        (
            "The panel members met on the following dates: 4 May 2021, 6 July 2021 and 7 September 2021.",
            {"2021-05-04": {"first_panel"}},
        ),
        ("The chair decided on 3 April 2020 that the case did not meet the criteria for a review.", {}),
        (
            "The overview report was signed off by its independent author on 12 May 2022.",
            {"2022-05-12": {"report_completed"}},
        ),
        ("Lessons from a previous review into the murder of a young mother in 2014 were considered.", {}),
        # kept as before: a later death of its own, a killing named between the court step and the date
        (
            "She was assaulted on 2 March 2018 and reported it to police, but she died in 2020.",
            {"2020": {"death"}},
        ),
        ("The review into the death of Mrs F in 2016 found missed opportunities.", {"2016": {"death"}}),
    ],
)
def test_the_readings_on_other_wordings(sentence: str, expected: dict) -> None:
    check_reading(sentence, expected)
